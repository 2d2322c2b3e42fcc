"""hijack43: a stock line met on one incidental word is no answer.

The blind raters' biggest loss (rate42 §3A): a line met on one word of a message that is not
what the message is about. "are they dying?" of tomatoes got "I died at thirty-six"; "who's up
early" got girls taught mathematics early; "does putting a laptop in rice actually work" got a
yes and a view of handwriting; "are coffee grounds good for compost" a yes and a pot of tea;
"did you ever struggle to find work?" an own-up about "my own heart"; "shakespeare write me a
short poem about rain" advice on love poems; "who would you pick?" a Romeo and Juliet summary;
"einstein tell sara a joke" "And how did that happen?" (bots/relevance.py and their gates in
bots/engine.py). Where the word IS what is asked, the line still answers.
"""

import pytest

from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say

RATE42 = [
    (
        "lovelace",
        "my tomatoes have yellow leaves at the bottom, are they dying?",
        # (everyday46: advice on the tomato, not owned up to)
        "Plainly, Maya. A few yellow leaves at the bottom are normal as a tomato grows, the old "
        "leaves giving way to the new; many mean hunger or uneven watering, so give a tomato "
        "feed weekly once the fruit sets and water it deeply and evenly.",
    ),
    (
        "lovelace",
        "@lovelace does putting a laptop in rice actually work",
        # (field43: her own line on it)
        "Rice dries a wet phone or laptop no better than open air, Maya. Switch it off at once, "
        "unplug it, and take out the battery if you can; dry the outside, leave it open to air "
        "for a day or two, and have it checked before you charge it again.",
    ),
    (
        "einstein",
        "@einstein did you ever struggle to find work?",
        # (field43: his own line on it)
        "It was hard, Maya: after the Polytechnic in 1900 no professor would take me as "
        "assistant, so for two years I tutored and taught as a substitute, until my friend "
        "Marcel Grossmann's father helped me into the patent office in Bern in 1902.",
    ),
    # (tone43: a greeting to the room is greeted)
    (
        "lovelace",
        "morning all, who's up early",
        "How delightful, Maya, hello! I was just computing something.",
    ),
    (
        "shakespeare",
        "shakespeare write me a short poem about rain",
        "For the poem, Maya: \"Shall I compare thee to a summer's day? Nay: / I'll sing of "
        "rain, and sing it my own way. / For the rain, it raineth every day, they say; / we'll "
        'sing the louder, and be merry anyway."',
    ),
    (
        "einstein",
        "einstein tell sara a joke",
        "A neutron walks into a bar and asks the price of a beer. The barman says: for you, "
        "Maya, no charge.",
    ),
    (
        "shakespeare",
        "shakespeare who would you pick?",
        "Thou hast found the one character I never fathomed, Maya: the man who wrote the rest.",
    ),
    (
        "curie",
        "curie, are coffee grounds good for compost?",
        "That I cannot answer, Maya; my knowledge ends at the laboratory door.",
    ),
]

LOOK_ALIKES = [
    (
        "lovelace",
        "my roses are dying, any idea why?",
        "That question has no place in any table I could draw up, Maya.",
    ),
    (
        "lovelace",
        "my sourdough starter is dying, any idea why?",
        "That question has no place in any table I could draw up, Maya.",
    ),
    (
        "einstein",
        "@einstein are banana skins good for tomato plants?",
        "That one leaves me as puzzled as my cat Tiger on a rainy day, Maya.",
    ),
    (
        "darwin",
        "@darwin does putting a wet phone in rice work?",
        "The Beagle took me round the world, Maya, and never once near that question; it lies "
        "far from my studies.",
    ),
    (
        "darwin",
        "darwin are eggshells good for the garden?",
        "The Beagle took me round the world, Maya, and never once near that question; it lies "
        "far from my studies.",
    ),
    (
        "curie",
        "@curie did you struggle to find work?",
        "Careers are not my field, Maya; I was a governess for years in the Polish "
        "countryside, to pay my sister's studies in Paris, before my own could begin.",
    ),
    (
        "lovelace",
        "anyone up early today?",
        "My mother raised me on mathematics to keep me from fancies, Maya, and she left that "
        "one out.",
    ),
    (
        "einstein",
        "einstein tell my brother a joke",
        "A neutron walks into a bar and asks the price of a beer. The barman says: for you, "
        "Maya, no charge.",
    ),
    (
        "shakespeare",
        "shakespeare write me a short poem about snow",
        'For the poem, Maya: "Let others sing of kings and crowns of gold: / my song is of '
        "snow, and dearer to be told. / The frost is on the pane, the fire burns low; / and "
        'warm within, we let the cold wind blow."',
    ),
    (
        "socrates",
        "@socrates what's the best way to get over a cold?",
        # (everyday46: what helps a cold, not owned up to)
        "I am no physician, Maya. Rest, drinks, honey and salt-water gargles, and paracetamol "
        "if it aches; antibiotics don't touch a virus. See a doctor if you can't swallow, have "
        "a high fever, or it lasts over a week.",
    ),
]

NEAR_MISSES = [
    (
        "lovelace",
        "@lovelace how did you die so young",
        "Of cancer of the womb, Maya, in 1852, at thirty-six, the age my father died; the last "
        "months were very painful. I asked to be buried beside him at Hucknall, and I was.",
    ),
    (
        "einstein",
        "@einstein what is love to you",
        "A lovely question, Maya. I took violin lessons from six to thirteen and hated the "
        "drill, until I fell in love with Mozart's sonatas; love is a better teacher than a "
        "sense of duty.",
    ),
    (
        "curie",
        "@curie how did pierre die?",
        "Pierre was killed in April 1906, Maya, crossing a street in Paris in the rain: he "
        "slipped and fell under a heavy horse-drawn wagon. I took his chair at the Sorbonne "
        "and went on with our work; it was the only way I knew to bear it.",
    ),
    (
        "shakespeare",
        "@shakespeare how did you die?",
        "In Stratford in April 1616, Maya, at fifty-two; some say after a merry meeting with "
        "Jonson and Drayton where I drank too hard. They buried me in Holy Trinity, with a "
        "curse on whoever moves my bones.",
    ),
    (
        "darwin",
        "@darwin how do birds fly?",
        "A fair question, Maya. Penguins are birds that fly under water: their wings became "
        "stiff flippers, as I noted of the Falkland penguins, which use them as fins in the "
        "sea and as front legs on land.",
    ),
    (
        "curie",
        "morning all, who's up early",
        # (tone43: a greeting to the room is greeted, never "Here is what I know of it")
        "Good day, Maya. It is good to hear from you.",
    ),
    (
        "einstein",
        "is pineapple on pizza ok",
        "I would say yes, Maya, though I hold it the way I hold any theory: until an "
        "experiment says otherwise. A treat now and then makes the work go better; I liked a "
        "good strudel, and I would never quarrel with another man's plate.",
    ),
    (
        "curie",
        "@curie is vinegar good for cleaning windows?",
        "Streaks are dried soap and minerals, Maya: use very little cleaner, or a splash of "
        "vinegar in warm water, and dry it with a microfibre cloth or newspaper before it "
        "dries by itself; never in full sun.",
    ),
    (
        "lovelace",
        "@lovelace can you explain loops to me, i'm too tired to think",
        # (know45c: her line on loops, once, not two loop lines stitched together)
        "A loop is a set of operations the Engine repeats until a condition says stop, Maya; "
        "I called it a cycle. For a child: stir the pudding, see whether it is thick, and if it "
        "is not, stir again.",
    ),
]


@pytest.mark.parametrize(("slug", "text", "reply"), RATE42 + LOOK_ALIKES)
def test_a_line_met_on_an_incidental_word_is_no_answer(slug, text, reply):
    assert say(slug, text) == reply


@pytest.mark.parametrize(("slug", "text", "reply"), NEAR_MISSES)
def test_a_line_on_the_word_asked_of_still_answers(slug, text, reply):
    assert say(slug, text) == reply


def test_the_stock_lines_of_the_rated_replies_are_gone():
    assert "died at thirty-six" not in say(
        "lovelace", "my tomatoes have yellow leaves at the bottom, are they dying?"
    )
    assert "Handwritten" not in say(
        "lovelace", "@lovelace does putting a laptop in rice actually work"
    )
    assert "own heart" not in say("einstein", "@einstein did you ever struggle to find work?")
    assert "Tea, I would say" not in say("curie", "curie, are coffee grounds good for compost?")
    assert "Romeo" not in say("shakespeare", "shakespeare who would you pick?")
    assert "love poem" not in say("shakespeare", "shakespeare write me a short poem about rain")


def test_a_line_met_only_on_words_told_beside_the_request_is_no_answer():
    # rate42: "An app on your phone is a program like any other" for the bill split; the
    # sum itself is another helper's (its figures here are no part of this test).
    history = (
        Line("maya", "ok flat meeting time, the electric bill came in and it's £240"),
        Line("tom", "240?? for one month??"),
        Line("priya", "someone leaves the heater on all night and it isn't me"),
        Line("tom", "ok fine that's probably me"),
    )
    reply = say(
        "lovelace",
        "@lovelace can you split 240 three ways for us, i'm too tired to think",
        history=history,
    )
    assert "An app" not in reply
    assert "Computers do not think" not in reply


@pytest.mark.parametrize(
    ("slug", "text", "reply"),
    [
        (
            "einstein",
            "what do you all think about pineapple on pizza",
            "You ask my opinion, Maya; here it is, for what an old physicist's view is worth. A "
            "treat now and then makes the work go better; I liked a good strudel, and I would "
            "never quarrel with another man's plate.",
        ),
        (
            "shakespeare",
            "what do you all think about pineapple on pizza",
            "You would have my mind on it, Maya? Then hear it. Let every man eat what pleases "
            "him; Falstaff lived on sack and capon, and he was the merriest man I ever wrote.",
        ),
        (
            "darwin",
            "how do you all feel about pineapple on pizza",
            "You ask my opinion, Maya; I give it cautiously, as one should. On the Beagle I ate "
            "armadillo, ostrich and puma, and most of it was excellent; try the strange dish "
            "before you judge it.",
        ),
    ],
)
def test_a_view_asked_of_you_all_is_each_ones_view_never_an_own_up_about_itself(slug, text, reply):
    # rate42: "I spent more thought on light than on my own heart" for pineapple on pizza
    assert say(slug, text) == reply
