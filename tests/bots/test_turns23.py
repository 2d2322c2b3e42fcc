"""Round twenty-three: what a person asked is what gets answered, in five classes of failure
seen in the dev rooms (/work/prof/s23/dev0), each with phrasings of other rooms (a choir, an
allotment society, a wedding party, a gaming clan, nurses on a ward) and messages that must
not change:

1. An either/or pick ("Coffee, I think", "Tea, I would say") answers a person's either/or
   question, never another persona's statement that names two things ("Milk curdles in tea or
   coffee ...").
2. No side taken with or against someone who took none ("I am not with Gemma on this, Luis",
   when Gemma said nothing on it; "I am with Albert Einstein on this" of his goodbye).
3. A question or a bidding put to a persona is answered (or owned up to), never met with a
   reaction meant for news ("How did that come about, Nadia?"); agreed with, and nothing to add,
   a persona keeps quiet rather than ask "what would make you change your mind?".
4. Asked to change what it just gave (shorter, less weird, the sum again with another figure),
   a persona acts on its own last reply.
5. A guest speaks up unasked only when its line truly meets what was said: not on the asking
   carried on with another ("and straight line for comparison pls"), nor on a choice put to the
   room that its line does not settle ("cold water or ice?").

Exact replies are asserted (seed 1, `say` of test_everyday_messages).
"""

from __future__ import annotations

import pytest

from bots.addressing import follows_up
from bots.engine import (
    Take,
    _options_given,
    changed_asked,
    picks_one,
    speaks_to,
)
from bots.wordsum import word_sum
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import VOICES, say


def _said(slug, text, author, history):
    lines = tuple(Line(a, t, own=a == VOICES[slug].name) for a, t in history)
    return say(slug, text, author=author, seed=1, history=lines)


# 1. Persona statements naming two things: no pick between them (on main: "Coffee, I think",
# "Tea, I would say", "Cats, I would say", "Handwritten, by my troth", "I prefer summer", "A
# quiet evening, I would say", "Flashcards, sooner than rereading").
NO_PICK = [
    (
        "einstein",
        "Milk curdles in tea or coffee when it is no longer fresh: it has turned a "
        "little sour, and acid with heat makes its proteins clump.",
        "Marie Curie",
        (),
        "Marie, I think you have it right. A vacuum flask keeps tea hot because between "
        "its two walls there is almost no air to carry heat away, and the silvering "
        "sends back the heat that would shine off; it keeps ice cold by the same trick.",
    ),
    (
        "curie",
        "Yes, and a cup of tea or coffee with it. A warm cup and a quiet hour have "
        "carried more thought experiments than any laboratory.",
        "Albert Einstein",
        (),
        "Forgive me, Albert, but that needs evidence. Milk curdles in tea or coffee when "
        "it is no longer fresh: it has turned a little sour, and acid with heat makes "
        "its proteins clump; fresh milk in a hot cup stays smooth.",
    ),
    (
        "einstein",
        "A cat or a dog will learn the hour its dinner comes; habit is the whole of it.",
        "Charles Darwin",
        (),
        "Charles, what would make you change your mind on that?",
    ),
    (
        "shakespeare",
        "Handwritten or typed, the notes do the same work if you test yourself on them afterwards.",
        "Marie Curie",
        (),
        "Marie, is that the whole story, or only the first act?",
    ),
    (
        "curie",
        "Summer or winter, the bells ring the same; only the ringers complain of the cold.",
        "William Shakespeare",
        (),
        "And how would you measure that, William?",
    ),
    (
        "einstein",
        "A party or a quiet evening, the mind needs company of some kind to stay sane.",
        "Socrates",
        (),
        "Socrates, what would make you change your mind on that?",
    ),
    (
        "shakespeare",
        "Flashcards or rereading, I cannot say which; I only ever asked questions aloud.",
        "Socrates",
        (),
        "Socrates, would the groundlings at the Globe believe it?",
    ),
]
# A person's either/or question still gets its pick.
PICKED = [
    (
        "einstein",
        "@einstein tea or coffee while we revise?",
        "nadia",
        (),
        "You ask my opinion, Nadia; here it is, for what an old physicist's view is "
        "worth. I would say coffee. Coffee, I think, and a pipe beside it; a warm cup "
        "and a quiet hour have carried more thought experiments than any laboratory.",
    ),
    (
        "shakespeare",
        "@shakespeare cats or dogs for the flat, settle it",
        "kit",
        (),
        # (opine40: a choice put to be settled gets a pick, not the way of settling one)
        "You would have my mind on it, Kit? Then hear it. I would say dogs. Dogs, I say, though "
        "Launce's dog Crab never shed a tear when his master left home; a dog at least makes a "
        "good clown.",
    ),
    (
        "curie",
        "@curie handwritten or typed notes for the exam?",
        "ben",
        (),
        "You ask for my view, Ben. I prefer facts to opinions, but here it is. I would "
        "say handwritten notes. Handwritten, I would say; Pierre and I kept every "
        "measurement in notebooks by hand, and writing a number down makes you check "
        "it.",
    ),
]

# 2. Sides nobody took (on main: "I doubt Mo is right", "I think Lin is right", "I doubt Kev is
# right", "I think Pete is right", "I am not with Lee on this", "I think Jay is right", "I am
# not with Albert Einstein on this").
NO_SIDE = [
    (
        "socrates",
        "@socrates what if the rota itself is wrong, do we still stick to it",
        "jen",
        (("mo", "i'll bring the urn on sunday, the big one"),),
        "I cannot call it right or wrong until we know what it is for, Jen. Ask what good it does,"
        " and to whom; then ask whether a just person would do it in daylight.",
    ),
    (
        "socrates",
        "@socrates is it wrong that i only water my own plot and not the shared beds i dont",
        "pat",
        (("lin", "the shed key went missing again and i got it wrong about who had it"),),
        # (s28: his wider general pool; judged as he would judge a neighbour who did the same)
        "What would you think of someone else who did it, Pat? Judge yourself by the measure "
        "you would use on a neighbour; we are generous to ourselves and strict with others, and "
        "the truth lies between.",
    ),
    (
        "socrates",
        "@socrates kev is doing it anyway but what do u reckon about skipping the warm up",
        "dara",
        (("kev", "pizza"), ("sian", "we're 4 down for saturday")),
        "You ask what I think, Dara? I will tell you, and then you must test it. "
        "Pleasures differ, and I will not quarrel with a harmless one; I only ask "
        "whether it makes you better or merely busy.",
    ),
    (
        "socrates",
        "@socrates what if the allotment rules are wrong, do we still follow them",
        "ivy",
        (("pete", "brought the strimmer back, its in the shed"),),
        "I cannot call it right or wrong until we know what it is for, Ivy. Ask what good it does,"
        " and to whom; then ask whether a just person would do it in daylight.",
    ),
    (
        "socrates",
        "@socrates is it rude to leave the group chat, i kind of want to but i dont",
        "zara",
        (("lee", "the match got moved to 3pm sunday"),),
        "Yes, Zara. Rudeness is a small injustice, and injustice harms the one who does "
        "it; ask whether you would like it done to you, and you will rarely need a "
        "rule.",
    ),
    (
        "socrates",
        "@socrates jay is gonna skip the raid anyway but what do u think",
        "ash",
        (("jay", "ok brb"), ("mo", "raid at 9 tonight, be on time")),
        "A shoemaker could answer that better than I, Ash; I only know how to ask questions.",
    ),
    (
        "socrates",
        "@socrates night socrates, think about whether the seating plan is wrong for me",
        "bride_amy",
        (("Albert Einstein", "Goodbye, Tom, and do not stop asking questions."),),
        "Good night, Bride; even a philosopher must stop asking questions at some hour.",
    ),
]
# A side that was taken is still met as one.
SIDED = [
    (
        "socrates",
        "@socrates that sounds wrong to me",
        "anna",
        (("tom", "homework is pointless for kids under ten"),),
        "I am not with Tom on this, Anna; tell me, does it hold in every case?",
    ),
    (
        "einstein",
        "@einstein do you agree with tom?",
        "anna",
        (("tom", "homework is pointless for kids under ten"),),
        # (opinion39: what Tom said is said back first; a take on study, met by "homework"
        # alone, is no reason on it.)
        # (sides60: no bare no with no reason of its own; more asked of Tom.)
        # (damage61: the askback drawn among those that do not doubt the claim granted)
        "Tom says homework is pointless for kids under ten. It may be so, Anna. Tom, how would "
        "you test that with a thought experiment?",
    ),
    (
        "socrates",
        "@socrates tom is wrong about homework isnt he",
        "anna",
        (("tom", "homework is pointless for kids under ten"),),
        "I am not with Tom on this, Anna; tell me, does it hold in every case?",
    ),
]

# 3. Questions and biddings (on main: "How did that come about?", "Tell me more", "Alas, poor
# Maggie!", "Do tell me more, Leo"; Einstein's "Ada, what would make you change your mind
# on that?" to her agreeing with him).
ANSWERED = [
    (
        "darwin",
        "@darwin ok so what did you eat on the beagle, asking for the camping trip",
        "finn",
        (),
        "I never cooked, Finn; but on the Beagle I ate armadillo and agouti, and half a "
        "rhea before I realised it was the rare species I was hunting.",
    ),
    (
        "einstein",
        "@einstein also how did you practise violin when work was busy",
        "priya",
        (),
        "I began the violin at six and hated the drill, Priya; only at thirteen, when I fell in "
        "love with Mozart's sonatas, did I really learn. Love is a better teacher than a sense of "
        "duty, so play what you love.",
    ),
    (
        "curie",
        "@curie wait what was your lab like, ours is freezing",
        "raj",
        (),
        "Here is what I know of it, Raj. On our bench in the shed stood glass flasks and "
        "beakers, porcelain dishes, a balance, Pierre's quartz electrometer and our "
        "notebooks, with the iron stove for warmth.",
    ),
    (
        "curie",
        "@curie also what did you do on christmas day in paris lol",
        "nadia",
        (),
        "That is a measurement I never made, Nadia; ask Pierre, he knew me better than I did.",
    ),
    (
        "shakespeare",
        "@shakespeare also a 4 line toast for mavis's 80th, she's our oldest member and "
        "she will cry at anything",
        "maggie",
        (),
        'For the toast, Maggie, take this from my own stock: "To Mavis on her 80th! Many happy '
        'returns. Our oldest member, and we love her for it. Raise your glasses!"',
    ),
    (
        "shakespeare",
        "@shakespeare and a two-line blessing for the allotment gate pls",
        "ivy",
        (),
        "For the occasion, Ivy, take this from my own stock. Iago, of all men, said it "
        'well: "Our bodies are our gardens, to the which our wills are gardeners."',
    ),
    (
        "shakespeare",
        "@shakespeare a 2 line verse for the choir newsletter, nothing soppy",
        "gwen",
        (),
        "For the occasion, Gwen, take this from my own stock. The Duke's first line in "
        'Twelfth Night: "If music be the food of love, play on."',
    ),
    (
        "lovelace",
        "@lovelace ok redo it with €15 reservations on 5 of the trains",
        "leo",
        (),
        # (refuse60: a sum declined by what she cannot read in it)
        "I have all your figures, Leo, but I cannot see for certain how they go together, and a "
        "wrong figure is worse than none; this one I leave unworked.",
    ),
    (
        "lovelace",
        "@lovelace pls split the hall deposit between the 6 of us",
        "amy",
        (),
        "That question has no place in any table I could draw up, Amy.",
    ),
    (
        "einstein",
        "Albert, I quite agree. Nobody is simply bad at maths; most were hurried past a "
        "point they never understood.",
        "Ada Lovelace",
        (
            ("ben", "@einstein so you DIDNT fail maths?"),
            (
                "Albert Einstein",
                "It is a legend that I was bad at maths: I had mastered calculus before I was "
                "fifteen; what I could not bear at school was the drill.",
            ),
        ),
        "",
    ),
    (
        "darwin",
        "I agree with you, Charles: patience is the whole of it, whether with barnacles "
        "or with tables of figures.",
        "Ada Lovelace",
        (
            ("ray", "@darwin how did you stay patient with the barnacles"),
            (
                "Charles Darwin",
                "Eight years on barnacles taught me patience; I came to hate them, but they "
                "made me a naturalist.",
            ),
        ),
        "Just so, Ada. I am a slow man, and I have found that patience in long "
        "reflecting did more for my work than any quickness of mind.",
    ),
]
# News is still news.
NEWS = [
    (
        "curie",
        "@curie made a lemon drizzle today, first try",
        "nadia",
        (),
        # (greet60: no "work hard at it" for a cake)
        "Oh, how happy, Nadia! I am so pleased for you; enjoy every minute of it.",
    ),
    (
        "curie",
        "@curie so do i lol",
        "nadia",
        (),
        "I am glad it made you smile, Nadia; we take ourselves too seriously in this room.",
    ),
]

# 4. Changing what it gave (on main: "Were it in Holinshed or Plutarch", "Tell me more, Dan",
# "A plague upon such small mischiefs", "Do tell me more, Priya", "How did that come about, Kit?").
CHANGED = [
    (
        "shakespeare",
        "@shakespeare ok the name's great but can u make it shorter, it has to fit on a chalkboard",
        "tasha",
        (
            ("finn", "@shakespeare we need a name for the new seasonal drink"),
            (
                "William Shakespeare",
                'Take a name from my plays, Finn: Puck, who calls himself "that merry wanderer '
                'of the night", or Titania, a queen for a creature who will rule the house.',
            ),
            ("tasha", "not maple chai pls"),
        ),
        "Short enough for a sign, Tasha: A Winter's Tale.",
    ),
    (
        "shakespeare",
        "@shakespeare love it but can you make it shorter, it has to fit on the choir programme",
        "gwen",
        (
            ("gwen", "@shakespeare a name for our choir pls"),
            (
                "William Shakespeare",
                "The Rude Mechanicals, Tom, after the players in the Dream; or Sound and Fury, "
                "for a band that signifies nothing in particular.",
            ),
        ),
        "Sound and Fury, then, Gwen; brevity is the soul of wit.",
    ),
    (
        "shakespeare",
        "@shakespeare make them snappier, has to fit on a tshirt",
        "dan",
        (
            ("rosie", "@shakespeare we need a team name for our parkrun shirts"),
            (
                "William Shakespeare",
                "We Few, We Happy Few, Rosie; or The Two Gentlemen of Extra Time; or Henry the "
                "Fifth-a-Side, if your five are game.",
            ),
            ("dan", "the snails of wrath"),
        ),
        "We Few, then, Dan; brevity is the soul of wit.",
    ),
    (
        "shakespeare",
        "@shakespeare not 'the four strings of fortune' or anything weird like that. "
        "something we can put on a banner",
        "tom",
        (
            ("tom", "@shakespeare we need a band name that isnt 'Tuesday Strummers'"),
            (
                "William Shakespeare",
                "The Rude Mechanicals, Tom, after the players in the Dream; or Sound and Fury, "
                "for a band that signifies nothing in particular.",
            ),
            ("priya", "something punny pls"),
            ("dev", "the uke-ulele? no"),
        ),
        "Sweet Division, Tom, Juliet's word for the lark's quick notes, a musician's word to this "
        "day; or The Food of Love, from Orsino's first line: if music be the food of love, play "
        "on.",
    ),
    (
        "shakespeare",
        "@shakespeare ok but can u make it less weird, the nurses will actually use it",
        "kay",
        (
            ("kay", "@shakespeare we need a name for the ward quiz team"),
            (
                "William Shakespeare",
                'Take a name from my plays, Finn: Puck, who calls himself "that merry wanderer '
                'of the night", or Titania, a queen for a creature who will rule the house.',
            ),
        ),
        "Small Latin and Less Greek, Kay, Ben Jonson's jibe at my schooling, for a side that knows"
        " more than it lets on; or Wise Enough to Play the Fool, Viola's praise of Feste, for a "
        "team that jokes and still wins.",
    ),
    (
        "lovelace",
        "@lovelace ok make it 1 min of faffing",
        "priya",
        (
            (
                "priya",
                "@lovelace if each song is about 3 and a half min plus 30 sec of us faffing "
                "between songs how many fit in 25 min",
            ),
            (
                "Ada Lovelace",
                "Set out as a little table, Priya: 3.5 minutes and 30 seconds is 4 minutes a "
                "go, so 6 fit in 25 minutes, with 1 minute over.",
            ),
            ("tom", "we faff more than 30 sec let's be real"),
        ),
        "A sum the Engine would take in one turn of its handle, Priya: 3.5 minutes and 1 minute is"
        " 4.5 minutes a go, so 5 fit in 25 minutes, with 2.5 minutes over.",
    ),
    (
        "lovelace",
        "@lovelace what if its 45 sec of faffing",
        "priya",
        (
            (
                "priya",
                "@lovelace if each song is about 3 and a half min plus 30 sec of us faffing "
                "between songs how many fit in 25 min",
            ),
            (
                "Ada Lovelace",
                "Set out as a little table, Priya: 3.5 minutes and 30 seconds is 4 minutes a "
                "go, so 6 fit in 25 minutes, with 1 minute over.",
            ),
        ),
        "A sum the Engine would take in one turn of its handle, Priya: 3.5 minutes and "
        "45 seconds is 4.25 minutes a go, so 5 fit in 25 minutes, with 3.75 minutes "
        "over.",
    ),
    (
        "lovelace",
        "@lovelace redo it with 5 of us, jo's moving in",
        "kit",
        (
            (
                "kit",
                "@lovelace settle this. 4 of us, loo roll pack of 9 is £4.50, we go through "
                "one pack a week-ish. how much each a month",
            ),
            (
                "Ada Lovelace",
                "A sum the Engine would take in one turn of its handle, Kit: a pack a week at "
                "£4.50 is about £19.50 a month (a month being about 4.33 weeks); among 4 of "
                "you, about £4.88 each.",
            ),
        ),
        "Set out as a little table, Kit: a pack a week at £4.50 is about £19.50 a month "
        "(a month being about 4.33 weeks); among 5 of you, about £3.90 each. The "
        "figures, not the hopes, decide it.",
    ),
    (
        "lovelace",
        "and straight line for comparison pls",
        "sue",
        (
            (
                "nadia",
                "@lovelace can u explain depreciation reducing balance like im 5. 20% a year "
                "on a £12,000 van, whats it worth after 3 years",
            ),
            (
                "Ada Lovelace",
                "A sum the Engine would take in one turn of its handle, Nadia: £12,000 less "
                "20% a year on what is left each year: £9,600, then £7,680, then £6,144, so "
                "about £6,144 after 3 years.",
            ),
        ),
        "Set out as a little table, Sue: £12,000 less 20% of what it cost, £2,400, each "
        "year: £9,600, then £7,200, then £4,800, so £4,800 after 3 years. The figures, "
        "not the hopes, decide it.",
    ),
    (
        "lovelace",
        "@lovelace same but 6 of us",
        "kit",
        (
            (
                "kit",
                "@lovelace settle this. 4 of us, loo roll pack of 9 is £4.50, we go through "
                "one pack a week-ish. how much each a month",
            ),
            (
                "Ada Lovelace",
                "A sum the Engine would take in one turn of its handle, Kit: a pack a week at "
                "£4.50 is about £19.50 a month (a month being about 4.33 weeks); among 4 of "
                "you, about £4.88 each.",
            ),
        ),
        "Set out as a little table, Kit: a pack a week at £4.50 is about £19.50 a month "
        "(a month being about 4.33 weeks); among 6 of you, about £3.25 each. The "
        "figures, not the hopes, decide it.",
    ),
]
# Not a change asked: another question, plans of one's own.
UNCHANGED = [
    (
        "shakespeare",
        "@shakespeare another question, who was your favourite actor",
        "tom",
        (
            ("tom", "@shakespeare we need a band name"),
            (
                "William Shakespeare",
                "The Rude Mechanicals, Tom, after the players in the Dream; or Sound and Fury, "
                "for a band that signifies nothing in particular.",
            ),
        ),
        # (field47h: his favourite actor named, not Hamlet's advice to the players)
        "Burbage, Tom: I wrote Hamlet, Othello and Lear for his voice, knowing he could carry "
        "them. For the clowns, Kemp, then Robert Armin, who could sing, so Feste and Lear's Fool "
        "got songs.",
    ),
    (
        "lovelace",
        "@lovelace i'll make it 2 nights then",
        "leo",
        (("leo", "booked the hostel"), ("Ada Lovelace", "Safe travels, Leo.")),
        "A quiet evening is when I like to think, Leo; the numbers come out more clearly.",
    ),
]


@pytest.mark.parametrize(("slug", "text", "author", "history", "reply"), NO_PICK + PICKED)
def test_an_either_or_pick_answers_only_a_persons_either_or_question(
    slug, text, author, history, reply
):
    assert _said(slug, text, author, history) == reply


@pytest.mark.parametrize(("slug", "text", "author", "history", "reply"), NO_SIDE + SIDED)
def test_no_side_is_taken_with_or_against_one_who_took_none(slug, text, author, history, reply):
    assert _said(slug, text, author, history) == reply


@pytest.mark.parametrize(("slug", "text", "author", "history", "reply"), ANSWERED + NEWS)
def test_a_question_or_bidding_gets_no_reaction_meant_for_news(slug, text, author, history, reply):
    assert _said(slug, text, author, history) == reply


@pytest.mark.parametrize(("slug", "text", "author", "history", "reply"), CHANGED + UNCHANGED)
def test_asked_to_change_what_it_gave_it_acts_on_its_own_last_reply(
    slug, text, author, history, reply
):
    assert _said(slug, text, author, history) == reply


def test_the_shortest_name_given_when_its_names_are_further_back_than_the_recent_messages():
    # As in the cafe: Tasha asks a dozen messages after the names given to Finn; the reply is
    # among the persona's earlier ones (`said`), not the recent messages.
    given = (
        'Take a name from my plays, Finn: Puck, who calls himself "that merry wanderer of the '
        'night", or Titania, a queen for a creature who will rule the house.'
    )
    history = (Line("gemma", "dont show the boss that he'll put prices up"),)
    reply = say(
        "shakespeare",
        "@shakespeare ok the name's great but can u make it shorter, it has to fit on a chalkboard",
        author="tasha",
        seed=1,
        history=history,
        said=(given,),
    )
    assert reply == "Puck, then, Tasha; brevity is the soul of wit."
    reply = say(
        "shakespeare",
        "@shakespeare ok but something less weird pls, the nurses will laugh",
        author="kay",
        seed=1,
        history=history,
        said=(given,),
    )
    assert reply == (
        "I have no other in my quill for it, Kay; that was the best I had, and I will not "
        "pad it out."
    )


def test_a_new_question_after_something_else_is_asked_anew_not_owned_up_to():
    given = (
        'Take a name from my plays, Finn: Puck, who calls himself "that merry wanderer of the '
        'night", or Titania, a queen for a creature who will rule the house.'
    )
    reply = say(
        "shakespeare",
        "@shakespeare something else: why did you write so many plays about kings",
        author="kay",
        seed=1,
        history=(Line("gemma", "dont show the boss that he'll put prices up"),),
        said=(given,),
    )
    assert reply == (
        "Hark, Kay, here is my answer. I wrote ten plays of English kings, from King John to "
        "Henry the Eighth, and learned what the fourth Henry says: uneasy lies the head that "
        "wears a crown."
    )


def test_the_names_a_reply_offered():
    assert _options_given(
        'Take a name from my plays, Finn: Puck, who calls himself "that merry wanderer of the '
        'night", or Titania, a queen for a creature who will rule the house.'
    ) == ["Puck", "Titania"]
    assert _options_given(
        "We Few, We Happy Few, Rosie; or The Two Gentlemen of Extra Time; or Henry the "
        "Fifth-a-Side, if your five are game."
    ) == ["We Few", "The Two Gentlemen of Extra Time", "Henry the Fifth-a-Side"]
    assert _options_given("Of bouncy castle, cakes and raffle I never wrote a word, Claire.") == []


@pytest.mark.parametrize(
    ("text", "changed"),
    [
        ("ok the name's great but can u make it shorter, it has to fit on a chalkboard", True),
        ("not 'the four strings of fortune' or anything weird like that", True),
        ("love it but could you make it less cringe, its for my nan", True),
        ("hmm one more name pls, the clan already has a puck", True),
        ("ok but something less weird pls, the nurses will laugh", True),
        ("another question, who was your favourite actor", False),
        ("i'll make it to rehearsal by 7", False),
        ("nothing weird happened at the match", False),
    ],
)
def test_other_words_asked_for_later_in_a_message(text, changed):
    assert changed_asked(text) is changed


def test_straight_line_depreciation_is_worked_out():
    found = word_sum("straight line, 20% a year on a £12,000 van, whats it worth after 3 years")
    assert found.working == (
        "£12,000 less 20% of what it cost, £2,400, each year: £9,600, then £7,200, then £4,800, "
        "so £4,800 after 3 years"
    )


def test_a_pick_take_is_told_from_a_view():
    coffee = Take(frozenset({"coffe", "tea"}), "for", "Coffee, I think, and a pipe beside it.", ())
    summer = Take(frozenset({"summer", "winter"}), "for", "I prefer summer, when we cycle.", ())
    music = Take(frozenset({"music"}), "for", "Music, always; play on.", ())
    lies = Take(frozenset({"lie", "truth"}), "against", "Lies cost more than they save.", ())
    assert picks_one(coffee) and picks_one(summer)
    assert not picks_one(music) and not picks_one(lies)


# 5. Said among the people: nobody joins in unasked (on main, Einstein on a swimming pool seen
# along a straight line; all six on "cold water or ice?" by a take on roughing it).
UNASKED_QUIET = [
    "and straight line for comparison pls",
    "i burnt my hand on the steam wand again, cold water or ice?",
    "sliced my thumb on the mandoline, cold water or ice?",
    "spilt hot tea on my arm at the stall, cold water or ice??",
    "stung by a wasp on the allotment, ice or vinegar?",
    "also same for the altos pls",
    "what about the second van pls",
    "redo it for thursday",
]
# Still taken up by every persona: a farewell or greeting to the room, a choice or a view asked
# of it that a take of each settles.
UNASKED_ALL = [
    "night all x",
    "morning all",
    "tea or coffee while we revise?",
    "cats or dogs for the flat?",
    "is wild swimming worth it, thoughts?",
]


def _joining(text):
    return [
        slug
        for slug, voice in VOICES.items()
        if not voice.is_house_bot
        and speaks_to(voice.material, tuple(voice.style.get("topics", ())), text)
    ]


@pytest.mark.parametrize("text", UNASKED_QUIET)
def test_no_guest_joins_in_where_its_line_does_not_meet_what_was_said(text):
    assert _joining(text) == []


@pytest.mark.parametrize("text", UNASKED_ALL)
def test_guests_still_join_in_where_their_line_meets_it(text):
    assert _joining(text) == ["einstein", "shakespeare", "curie", "lovelace", "socrates", "darwin"]


@pytest.mark.parametrize(
    ("text", "follows"),
    [
        ("and straight line for comparison pls", True),
        ("also for 6 people?", True),
        ("what about the van?", True),
        ("same for thursday pls", True),
        ("and biscuits", False),
        ("and everyone bring a chair pls", False),
        ("also we're out of loo roll AGAIN", False),
    ],
)
def test_the_asking_carried_on_is_for_the_one_who_just_answered(text, follows):
    assert follows_up(text) is follows
