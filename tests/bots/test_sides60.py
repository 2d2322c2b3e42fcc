"""Sides asked between people, and picks between two options, said back cleanly (issue 14,
sides60). Blind raters gave 1 of 5 to "I side with Finn, Ollie: you say says night trains are
a scam" (another's view reported taken for the asker's, and the sides swapped), "Kofi says
disagree that was fair", "Pat says you can control the temp. I do not agree with Pat; the claim
is larger than the evidence" (a no with no reason), "Rotate to play people where they're best"
(two options merged) and "Nisha loves that. But why?" to a question of its own.

1. Each person's position is read from their own words ("i say X", "disagree that was fair",
   "it IS madness", "fridge all the way" as the option offered, "i say we X"), never from
   another's view they report ("finn says ...", "my mum reckons ..."); one not in the room
   ("me or my brother?") is said back by the view the asker told of them, or no side is taken.
2. The side taken gives a reason: the pick's own case owned ("I side with Finn, Ollie: they are
   a scam, and you don't sleep"), a principle of its kind, or the sweep of a claim; never a bare
   no, nor "I find no flaw in that yet".
3. Either/or deeds are split whole at "or" ("to rotate or to play people where they're best").
4. "do you think ...?" asks the persona's own view unless it names the one whose view is asked
   of: a name said in passing ("older than nisha") is no side asked.
"""

from __future__ import annotations

import pytest

from bots.engine import ASKS_VIEW, _view_asked_of, deed_choice, read
from bots.material import terms
from bots.opine import absent_side, claim_of, said_by
from tests.bots.test_everyday_messages import VOICES
from tests.bots.test_misreads33 import said_after

# 1 and 2. Two people, each position read from their own words, the pick's case owned.
PAIRS = [
    (
        "socrates",
        [
            ("ollie", "finn says night trains are a scam, i say they save a night's hostel"),
            ("finn", "they ARE a scam, you dont sleep"),
            ("ollie", "@socrates who's right, me or finn?"),
        ],
        "You say they save a night's hostel, but I side with Finn, Ollie: they are a scam, and "
        "you don't sleep.",
    ),
    (
        "socrates",
        [
            ("leo", "rob reckons the away kit is a waste of money"),
            ("rob", "it is a waste, we wear it twice a season"),
            ("leo", "i think its worth it, the fans love it"),
            ("leo", "@socrates me or rob?"),
        ],
        "Rob says it is a waste, and you wear it twice a season, but I side with you, Leo: "
        "it's worth it, and the fans love it. But what would Rob answer to that?",
    ),
    (
        "darwin",
        [
            ("maya", "priya says camping in october is madness, i say its the best month"),
            ("priya", "it IS madness, you freeze at night"),
            ("maya", "@darwin who's right, me or priya?"),
        ],
        "I think Priya is right, Maya; it agrees with what I have seen. You say it's the best "
        "month, but you freeze at night.",
    ),
    (
        "shakespeare",
        [
            ("sol", "should the kids walk to school or get the bus?"),
            ("mia", "walk every time, they need the exercise"),
            ("jon", "the bus, its a main road"),
            ("sol", "@shakespeare mia or jon?"),
        ],
        "On that I would not take anyone's word, Sol, mine included: where health or safety "
        "is at stake, go by the official advice, not by whoever sounds surest.",
    ),
    (
        "lovelace",
        [
            ("zoe", "i say we split the bill by what everyone ordered"),
            ("max", "nah split it evenly, its simpler"),
            ("max", "@lovelace do you agree with zoe or me"),
        ],
        "Zoe is right, I think, Max; set it out step by step and it holds. You say to split it "
        "evenly, since it's simpler, but Zoe says you should split the bill by what everyone "
        "ordered; a thing done in company should suit the company, not only the one doing it.",
    ),
    (
        "einstein",
        [
            ("dan", "no one told us there was a uv torch"),
            ("kofi", "disagree that was fair, it was literally in the drawer"),
            ("dan", "@einstein back me up here, is it on us if we never opened the drawer?"),
        ],
        "I think Kofi is right, Dan, and I would stand by it in any frame of reference. You say "
        "no one told you there was a uv torch, but Kofi says that was fair, and it was literally "
        "in the drawer; what is fair to all outlasts what pleases a few.",
    ),
]

# Health and safety are a reason of their own kind.
SAFE = [
    (
        "curie",
        [
            ("jo", "i think the match should be cancelled, the pitch is flooded"),
            ("sam", "nah its fine, a bit of water never hurt anyone"),
            ("jo", "@curie who's right here"),
        ],
        "Sam says it's fine, but you say the match should be cancelled, and the pitch is "
        "flooded; I side with you, Jo, for where health and safety are at stake, the careful "
        "way is the right one.",
    ),
]

# A lean with no reason to give is said to be one, never "I find no flaw in that yet"; an
# option picked bare is no claim when the reason after it says it again.
LEAN = [
    (
        "socrates",
        [
            ("holly", "@socrates what actually gets people to give? is it guilt or pride or what"),
            ("maureen", "guilt. 30 years of tin rattling, its guilt"),
            (
                "steve",
                "i think its the crew in their yellows honestly. people see them and just give",
            ),
            ("raj", "@socrates do you agree with steve or maureen?"),
        ],
        "Steve says it's the crew in their yellows, but Maureen says it's guilt; I lean to "
        "Maureen, Raj, though neither has given me much of a reason yet. But what would Steve "
        "answer to that?",
    ),
]

# 1. One not in the room, by the view the asker told of them, or no side guessed.
ABSENT = [
    (
        "curie",
        [
            (
                "hana",
                "my brother says you should never microwave rice, i think its fine if you eat it "
                "straight away",
            ),
            ("kai", "honestly it's fine"),
            ("hana", "@curie who's right, me or my brother?"),
        ],
        "On that I would not take anyone's word, Hana, mine included: where health or safety "
        "is at stake, go by the official advice, not by whoever sounds surest.",
    ),
    (
        "einstein",
        [
            ("jo", "my mum reckons you should wash chicken before cooking it"),
            ("jo", "i think that spreads germs everywhere"),
            ("jo", "@einstein my mum or me?"),
        ],
        "On that I would not take anyone's word, Jo, mine included: where health or safety "
        "is at stake, go by the official advice, not by whoever sounds surest.",
    ),
    (
        "darwin",
        [("ava", "@darwin who's right, me or my sister?")],
        "Tell me what you say and what your sister says, and why, Ava, and I will tell you whose "
        "side I take.",
    ),
]

# 2. One person's view asked: their case owned as the reason, a sweep the reason against,
# never a bare no.
ONE = [
    (
        "curie",
        [
            (
                "gareth",
                "question for everyone: fridge hibernation or a box in the shed? i've always "
                "done the shed",
            ),
            ("pat", "fridge all the way, you can control the temp"),
            (
                "gareth",
                "@curie do you agree with pat? i dont like the idea of a tortoise next to the "
                "cheese",
            ),
        ],
        "I think Pat is right, Gareth: fridge hibernation, since you can control the temp.",
    ),
    (
        "curie",
        [
            ("ali", "what do you reckon, should we book the cottage or the caravan"),
            ("bea", "cottage hands down, the caravan leaks"),
            ("ali", "@curie is bea right?"),
        ],
        "I think Bea is right, Ali: the cottage, since the caravan leaks.",
    ),
    (
        "shakespeare",
        [
            ("ola", "kindle or paper books?"),
            ("ben", "paper all the way, you can smell them"),
            ("ola", "@shakespeare do you agree with ben"),
        ],
        "I think Ben is right, Ola: paper books, since you can smell them.",
    ),
    (
        "curie",
        [
            ("kit", "the quiz should be on tuesdays, more people are free"),
            ("dan", "disagree thats daft, tuesday is darts night"),
            ("kit", "@curie do you agree with dan?"),
        ],
        "I think Dan is right, Kit: tuesday is darts night.",
    ),
    (
        "lovelace",
        [
            ("gus", "everyone should do a parkrun every saturday, no excuses"),
            ("fi", "@lovelace do you agree with gus?"),
        ],
        "Gus says everyone should do a parkrun every saturday. I am not with Gus on this, Fi; "
        "the steps do not follow for me.",
    ),
]

# 1. One spoken of but not in the room: their view as told of them, or asked for; never "So
# you side with Kieran".
TOLD = [
    (
        "curie",
        [
            (
                "nadia",
                "is it doing anyone any good us playing records to people who mostly want to "
                "sleep? kieran reckons its more for us than them",
            ),
            ("nadia", "@curie do you agree with kieran?"),
        ],
        "Kieran says it's more for you than them. It may be so, Nadia, but I would want to know "
        "more before I took a side.",
    ),
    (
        "darwin",
        [("tim", "@darwin do you agree with bob?")],
        "What does Bob say, and why, Tim? Tell me that, and I will tell you whether I agree.",
    ),
    (
        "einstein",
        [
            ("kieran", "we're on cable josh"),
            (
                "nadia",
                "is it any good playing records to people who want to sleep? kieran reckons its "
                "more for us than them",
            ),
            ("nadia", "@einstein is kieran right?"),
        ],
        "Kieran says it's more for you than them. I think Kieran is right, Nadia, and I would "
        "stand by it in any frame of reference.",
    ),
]

# 1. The view of one not in the room asked ("is my dad right?"): as the asker told it, with a
# reason or a doubt; asked for when not told; two not in the room, no side guessed.
ABSENT_ONE = [
    (
        "darwin",
        [
            (
                "bo",
                "my nan thinks you should feed the birds all year round, they need it in spring "
                "too",
            ),
            ("bo", "@darwin is my nan right?"),
        ],
        "Your nan says you should feed the birds all year round; I think your nan is right, Bo, "
        "for what living things need should come before how a place looks.",
    ),
    (
        "einstein",
        [
            ("bo", "my sister reckons you should always defrost meat in the fridge, she's a chef"),
            ("bo", "@einstein do you agree with my sister?"),
        ],
        "On that I would not take anyone's word, Bo, mine included: where health or safety "
        "is at stake, go by the official advice, not by whoever sounds surest.",
    ),
    (
        "socrates",
        [
            ("ray", "my dad says real ale is the only proper beer"),
            ("ray", "i dunno"),
            ("ray", "@socrates is my dad right?"),
        ],
        "Your dad says real ale is the only proper beer. But how does your dad know it, Ray? "
        "Tell me that, and we shall see whether it is knowledge or only opinion.",
    ),
    (
        "curie",
        [("bo", "@curie do you agree with my mum?")],
        "What does your mum say, and why, Bo? Tell me that, and I will tell you whether I agree.",
    ),
    (
        "curie",
        [("bo", "my mum says i need a coat. do you agree with my mum or my dad?")],
        "Tell me what each of them says, and why, Bo, and I will tell you whose side I take.",
    ),
]

# 3. Either/or deeds split whole; 4. the question asked answered.
ASKED = [
    (
        "socrates",
        [
            ("tash", "i think we should rotate positions more"),
            ("becca", "no, if it works it works"),
            ("tash", "@socrates is it fairer to rotate or to play people where they're best?"),
        ],
        "My opinion, Tash, is worth only as much as the argument behind it: I would play people "
        "where they're best. It is the one that makes the soul better, and that is the only "
        "measure I trust.",
    ),
    (
        "curie",
        [("mo", "@curie is it kinder to tell her or to keep quiet?")],
        "Honestly, Mo, I will tell you what I think. I would keep quiet. The evidence of my own "
        "experience leans that way, and I follow the evidence.",
    ),
    (
        "darwin",
        [("al", "@darwin should we go to the pub or to the cinema tonight")],
        "Go to the pub, Al; that is what I would do, though I would watch how it goes.",
    ),
    (
        "socrates",
        [
            ("nisha", "new years eve tortoise, i love that"),
            (
                "gareth",
                "@socrates do you think a tortoise is ever actually happy? or are we all just "
                "projecting. doris has been alive longer than nisha",
            ),
        ],
        "Yes, Gareth, it seems so to me too, though I have been wrong before, and often. "
        "Pleasures differ, and I will not quarrel with a harmless one; I only ask whether it "
        "makes you better or merely busy.",
    ),
    (
        "darwin",
        [
            ("tom", "honestly dogs are better company than most people"),
            ("jo", "@darwin do you think tom is right?"),
        ],
        "Tom says dogs are better company than most people. Tom has a good case, Jo; I would "
        "want a few more examples, but it fits.",
    ),
]


@pytest.mark.parametrize(
    ("slug", "lines", "reply"), PAIRS + ABSENT + ONE + TOLD + ABSENT_ONE + ASKED
)
def test_a_side_or_a_pick_is_said_back_cleanly_with_its_reason(slug, lines, reply):
    assert said_after(slug, lines) == reply


@pytest.mark.parametrize(
    ("slug", "lines", "_reply"), PAIRS + SAFE + LEAN + ABSENT + ONE + TOLD + ABSENT_ONE
)
def test_no_side_is_garbled_nor_bare(slug, lines, _reply):
    said = said_after(slug, lines)
    for wrong in (
        "says says",
        "says disagree",
        "say says",
        "find no flaw",
        "larger than the evidence",
        "not persuaded",
        "so you side",
        "you agree with",
    ):
        assert wrong not in said, said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        # The speaker's own position, after a view of another's reported.
        (
            "finn says night trains are a scam, i say they save a night's hostel",
            "they save a night's hostel",
        ),  # fmt: skip
        ("my mum thinks its too cold, i reckon its fine", "it's fine"),
        ("i still think its fair", "it's fair"),
        (
            "disagree that was fair, it was literally in the drawer",
            "that was fair, and it was literally in the drawer",
        ),  # fmt: skip
        ("nah thats wrong, the ref was fine", "that's wrong, and the ref was fine"),
        ("it IS madness", "it is madness"),
        ("i say we walk", "you should walk"),
        ("i vote we get pizza, its cheaper", "you should get pizza, and it's cheaper"),
        ("kieran reckons its more for us than them", None),
        # Look-alikes: a denial, a view reported alone, a pick of nothing offered.
        ("i disagree that it was fair", None),
        ("honestly i disagree that dogs need walking twice a day", None),
        ("he reckons the ref was bent", None),
        ("my sister says its exploiting them", None),
        ("own twist all day", None),
        ("bern, zurich, prague, berlin... basically his greatest hits", None),
        ("i love it", "loves it"),
    ],
)
def test_a_position_is_read_from_the_speakers_own_words(text, said):
    claim = claim_of(text, ["finn", "ollie", "kofi", "kieran"])
    if said is None:
        assert claim is None, claim
    else:
        assert claim is not None and said_by("X", claim) in (f"X says {said}", f"X {said}")


class Said:
    """A line of the room, as `absent_side` reads history."""

    def __init__(self, author: str, text: str):
        self.author, self.text, self.own = author, text, False


@pytest.mark.parametrize(
    ("lines", "who", "said"),
    [
        (
            [
                ("hana", "my brother says you should never microwave rice"),
                ("hana", "me or my brother?"),
            ],  # fmt: skip
            "your brother",
            "your brother says you should never microwave rice",
        ),
        (
            [
                ("jo", "our dad reckons the car needs new tyres, its fine"),
                ("jo", "our dad or me?"),
            ],  # fmt: skip
            "your dad",
            "your dad says the car needs new tyres",
        ),
        ([("ava", "who's right, me or my sister?")], "your sister", ""),
    ],
)
def test_one_not_in_the_room_is_said_back_by_what_the_asker_told(lines, who, said):
    history = [Said(a, t) for a, t in lines]
    side = absent_side(lines[-1][1], lines[-1][0], history, [a for a, _ in lines])
    assert side is not None and side.who == who
    assert (said_by(side.who, side.claim) if side.claim else "") == said


@pytest.mark.parametrize(
    "text",
    [
        "who's right, me or rob?",  # Rob is in the room: a side between two who spoke
        "me or my brother?",  # "my brother" is a name here: Brother spoke
        "should i tell my sister or my mum first",
    ],
)
def test_a_side_with_someone_in_the_room_is_no_absent_side(text):
    history = [Said("brother", "it's fine"), Said("rob", "it's fine"), Said("jo", text)]
    assert absent_side(text, "jo", history, ["brother", "rob", "jo"]) is None


@pytest.mark.parametrize(
    ("text", "options"),
    [
        (
            "is it fairer to rotate or to play people where they're best?",
            ("rotate", "play people where they're best"),
        ),  # fmt: skip
        ("is it better to walk or to get the bus", ("walk", "get the bus")),
        ("is it kinder to tell her or to keep quiet?", ("tell her", "keep quiet")),
        ("would it be safer to drive or to take the train", ("drive", "take the train")),
        # Look-alikes: "to" before a place is part of the deed, its verb lent.
        ("should we go to the pub or to the cinema", ("go to the pub", "go to the cinema")),
        (
            "should we play pretty football and lose or ugly and win",
            ("play pretty football and lose", "play ugly and win"),
        ),  # fmt: skip
    ],
)
def test_two_deeds_are_split_whole_at_or(text, options):
    assert deed_choice(text) == options


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("@socrates do you think nisha is right?", True),
        ("do you reckon what nisha said holds up", True),
        ("@darwin do you think nisha has a point", True),
        ("do you think a tortoise is ever happy? doris is older than nisha", False),
        ("do you think cats get bored? mine sleeps more than nisha", False),
        ("do you reckon it's fair on nisha to do all the washing up", False),
        ("do you think dogs are smarter than nisha's cat", False),
    ],
)
def test_a_view_asked_is_of_a_person_only_when_it_names_them_as_its_subject(text, asked):
    found = read(text, voice=VOICES["socrates"], speakers=["nisha", "gareth"], query=terms(text))
    assert (found.kind == "askview" and found.speaker == "nisha") == asked, found


def test_the_view_asked_check_passes_other_ways_of_asking():
    for text in ("what do you make of what tom said", "thoughts on tom's idea"):
        found = ASKS_VIEW.search(text)
        assert found and _view_asked_of(found, "tom", text), text
