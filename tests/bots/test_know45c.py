"""Lovelace and Darwin answer the questions people really ask them (know45c).

rate44 found a specific question met by a stock line on one of its words, or a dodge, though
the character could plainly answer it: "did babbage ever build the engine", a horse book for a
daughter, "why did you wait 20 years to publish", crypto savings, the Beagle in Portugal, life on
other planets. Each asking here is answered by the character's own line on it (a `#know` line),
including those bid ("explain a loop like im 10") or told as a plan or worry ("i failed my exam
again"), which `bots/know45c.py` answers by such a line met on two of its keys.
"""

import pytest

from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say

pytestmark = pytest.mark.django_db

CASES = [
    (
        "lovelace",
        "were you good at maths as a kid",
        [],
        (
            "Yes, Maya, and drilled in it: my mother had me taught arithmetic and geometry "
            "from a small girl, to keep my father's poetry out of me. Later Mary Somerville "
            "and Mr De Morgan taught me, and Mr De Morgan thought me quick."
        ),
    ),
    (
        "lovelace",
        "what was your flying machine idea",
        [],
        (
            "At twelve, Maya, I set out to fly: I studied the wings of birds, tried paper, "
            "silk and feathers, and planned a book I called Flyology, with a flying horse "
            "worked by a steam engine inside. My mother sent me back to my lessons, and I "
            "went."
        ),
    ),
    (
        "lovelace",
        "explain a loop like im 10",
        [],
        (
            "A loop is a set of operations the Engine repeats until a condition says stop, "
            "Maya; I called it a cycle. For a child: stir the pudding, see whether it is "
            "thick, and if it is not, stir again."
        ),
    ),
    (
        "lovelace",
        "whats a variable in programming",
        [],
        (
            "A variable is a named place in the store where a number waits to be used, Maya; "
            "in my table for the Bernoulli numbers they were V1, V2, V3 and so on, each a "
            "column of wheels on the Engine. Put a new number in it and the same operations "
            "give a new answer."
        ),
    ),
    (
        "lovelace",
        "i'm scared to go back to work after maternity leave",
        [],
        (
            "I had three children in four years, Maya, and went back to my mathematics after "
            "them, taking lessons from Mr De Morgan by post; it was not easy, and I was often"
            " ill. Go back gently, ask for what you need, and the old skill returns faster "
            "than the fear says."
        ),
    ),
    (
        "lovelace",
        "should i quit my job to do a coding bootcamp",
        [],
        (
            "Only if you have tried it in your evenings first and cannot stop, Maya: I "
            "studied with Mr De Morgan by post for years before I wrote a line of my Notes. "
            "Keep the wage until a few months of evening work tell you it is your calling."
        ),
    ),
    (
        "lovelace",
        "i'm thinking of taking up horse riding at 40, too late?",
        [],
        (
            "Never too late, Maya: I rode and loved horses all my life, as much as numbers "
            "nearly, and a sensible horse cares nothing for your birthday. Take lessons on a "
            "quiet old cob and you will be trotting by spring."
        ),
    ),
    (
        "lovelace",
        "im so bored on this train",
        [],
        (
            "Set yourself a puzzle, Maya: how fast is the train going, timed by the seconds "
            "between mileposts? Railways were new in my day and I thought them a marvellous "
            "engine; a window and a sum make any journey short."
        ),
    ),
    (
        "lovelace",
        "could your engine have done music",
        ["tom:been playing piano all afternoon"],
        (
            "Yes, Maya, I said so in my Notes of 1843: given the science of harmony, the "
            "Engine might compose elaborate and scientific pieces of music of any degree of "
            "complexity or extent. I played the harp, and thought music and number cousins."
        ),
    ),
    (
        "lovelace",
        "do u think i should bet on the grand national",
        ["tom:grand national is on saturday"],
        (
            "Only what you can afford to lose, Maya, and for the fun of it; I built a "
            "mathematical system for the races in the 1840s and lost so badly I pawned the "
            "family diamonds. The bookmakers' sums are better than yours or mine."
        ),
    ),
    (
        "lovelace",
        "how do i explain recursion to my study group",
        ["tom:cs exam on friday, dying"],
        (
            "Recursion is a procedure that calls upon itself with a smaller piece of the "
            "problem, Maya, until the piece is plain. To count a queue, ask the person behind"
            " you how many stand behind them and add one; the last one says nought."
        ),
    ),
    (
        "lovelace",
        "can u recommend a book for my daughter? she loves horses",
        [],
        (
            "Black Beauty, Maya, though it came out long after my day, in 1877; I am told the"
            " horse tells it himself. I rode and adored horses all my life, and for a younger"
            " girl any good pony story will do; let her read it, then go and groom a real "
            "one."
        ),
    ),
    (
        "lovelace",
        "could a machine play games",
        ["tom:anyone playing the new zelda"],
        (
            "Yes, Maya: Mr Babbage planned a machine to play noughts and crosses, and thought"
            " one might play chess; I worked at peg solitaire to see whether its rule could "
            "be put in a formula. A game is rules and choices, which an engine can be told."
        ),
    ),
    (
        "darwin",
        "is it true you nearly became a priest",
        [],
        (
            "Very nearly, Maya: after I gave up medicine at Edinburgh my father sent me to "
            "Cambridge to become a country clergyman, and I took my degree in 1831. Then the "
            "Beagle came, and the parson's life never did."
        ),
    ),
    (
        "darwin",
        "is it true you were a bad student",
        [],
        (
            "A poor one, Maya: my father said I cared for nothing but shooting, dogs and rat-"
            "catching. I fled medicine at Edinburgh and scraped an ordinary degree at "
            "Cambridge; beetles had most of my attention."
        ),
    ),
    (
        "darwin",
        "why do dogs look so different from each other",
        [],
        (
            "Because breeders chose them, Maya: for thousands of years people bred from the "
            "pups they liked, the fast for hunting, the small for laps, so one wild stock, "
            "the wolf, became greyhound and pug. Selection by man; nature does the same."
        ),
    ),
    (
        "darwin",
        "i want to go travelling for a year but scared",
        [],
        (
            "Go, Maya: I was twenty-two, homesick and fretting over palpitations of the heart"
            " when the Beagle sailed, and nearly did not; it was the making of my whole life."
            " Keep a notebook, and come home changed."
        ),
    ),
    (
        "darwin",
        "im thinking of marrying my gf, pros and cons?",
        [],
        (
            "Make a list, Maya, as I did in 1838: Marry, and Not Marry. Against, less money "
            "for books and no freedom; for, a constant companion in old age, better than a "
            "dog anyhow. Marry won, Q.E.D., and Emma was my best decision."
        ),
    ),
    (
        "darwin",
        "i failed my exam again",
        [],
        (
            "So nearly did I, Maya: I left medicine at Edinburgh without a degree, and my "
            "father thought I would come to nothing. One exam measures one day; go over what "
            "went wrong as I would a failed experiment, and try again."
        ),
    ),
    (
        "darwin",
        "do u think climate change will kill us all",
        [],
        (
            "Not all of us, I think, Maya, but a great many species, for when conditions "
            "change faster than creatures can adapt, extinction follows; the rocks are full "
            "of it. Man is the most adaptable of animals, yet it would be folly to try how "
            "far."
        ),
    ),
    (
        "darwin",
        "did you ever go to scotland",
        ["tom:edinburgh this weekend woo"],
        (
            "Yes, Maya: I studied medicine at Edinburgh from 1825 to 1827, hated the lectures"
            " and fled an operation on a child before chloroform; but I learned to stuff "
            "birds from John Edmonstone, a freed slave, and searched the shore."
        ),
    ),
    (
        "darwin",
        "should i be worried about bird flu",
        ["tom:news says bird flu in cows now"],
        (
            "Worth watching, not losing sleep over, Maya: a disease that jumps to a new host "
            "is selection at work, the strains that spread best favoured. Cook eggs and "
            "poultry well, keep off sick or dead birds, and let the doctors watch the cows."
        ),
    ),
    (
        "darwin",
        "why did you wait 20 years to publish",
        [],
        (
            "Fear, chiefly, Maya: of the outcry, and of grieving my devout Emma; so I "
            "gathered evidence and did eight years of barnacles. Then Wallace's letter of "
            "1858 held my very theory, and I had the Origin out within eighteen months."
        ),
    ),
    (
        "darwin",
        "should i put my savings in crypto",
        [],
        (
            "Only what you could bear to lose entirely, Maya: it is a new variety in a "
            "crowded field, and most new varieties die out; none can tell beforehand which "
            "will thrive. I saw the railway mania of the 1840s; keep your savings somewhere "
            "dull."
        ),
    ),
    (
        "darwin",
        "was the beagle ever in portugal",
        [],
        (
            "Not mainland Portugal, Maya, but Portuguese islands: the Beagle's first "
            "landfall, in January 1832, was Porto Praya in the Cape Verde Islands, and in "
            "1836, homeward, we called at the Azores."
        ),
    ),
    (
        "darwin",
        "do you think there's life on other planets",
        ["tom:nasa found another earth-like planet"],
        (
            "If life began elsewhere, Maya, selection would work on it too, wherever more are"
            " born than can survive; but from other beginnings it would make quite other "
            "forms, nothing like us. There may be many warm little ponds."
        ),
    ),
]


@pytest.mark.parametrize(("slug", "text", "history", "reply"), CASES)
def test_the_question_is_answered_by_its_own_line(slug, text, history, reply):
    lines = [Line(h.split(":", 1)[0], h.split(":", 1)[1].strip()) for h in history]
    assert say(slug, text, history=lines) == reply


def test_teaching_children_to_code_at_school_is_no_parent_told_where_to_start():
    assert "Scratch" not in say("lovelace", "Should we teach children to code at school?")


@pytest.mark.parametrize(
    "text", ["my dog died yesterday", "i lost my job today and im scared", "my exam is tomorrow"]
)
def test_a_thing_told_meets_no_line_on_one_word_of_it(text):
    reply = say("darwin", text)
    assert "Edinburgh without a degree" not in reply
    assert "Beagle sailed" not in reply


def test_a_bid_to_tell_of_his_wife_is_answered_of_emma():
    assert "Emma Wedgwood" in say("darwin", "tell me about your wife emma")


def test_bitcoin_as_an_investment_gets_his_view_not_owning_up_to_money():
    assert say("darwin", "is bitcoin a good investment?") == (
        "Only what you could bear to lose entirely, Maya: it is a new variety in a crowded "
        "field, and most new varieties die out; none can tell beforehand which will thrive. I "
        "saw the railway mania of the 1840s; keep your savings somewhere dull."
    )
