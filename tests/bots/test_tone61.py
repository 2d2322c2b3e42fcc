"""The room's mood in thanks, goodbyes, greetings and welcomes (tone61, bots/tone.py): while the
last messages carry bad news (a death, an illness, a loss, a break-up, a job lost, or the
room's "so sorry"), they are gentle and name a death once; a later piece of good news, or enough
messages after it, and the room has moved on. Bad news in a joke, a thing that "died" and a
death in history or in a play mourn nobody. Thanks fit what was thanked for (words written, a
sum worked), never "a good listener" for a thing done; a greeting whose question is put to the
room or to someone else is greeted back, never owned up to."""

from __future__ import annotations

import pytest

from bots.tone import grave, loss_named, room_question
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import VOICES, say


def talk(slug: str, author: str, before, text: str) -> str:
    return say(
        slug,
        text,
        author=author,
        history=[Line(a, t, own=len(x) > 2) for x in before for a, t in [x[:2]]],
    )


# -- bad news in the room: gentle, the death named once ------------------------------------

MOURNING = [
    (
        "darwin",
        "rosa",
        [
            ("rosa", "awful news, our old cat tibbs died yesterday, he was 16"),
            ("dan", "so sorry rosa x"),
        ],
        "thanks @darwin for being so kind, off to bed now, night all",
        "You are very welcome, Rosa. I am so sorry about Tibbs. Good night; rest well, and take "
        "care.",
    ),
    (
        "curie",
        "dan",
        [
            ("josh", "sad news, mrs okafor from the allotments passed away on friday"),
            ("lin", "oh thats awful, she was lovely"),
        ],
        "right i'm off to work, bye @curie",
        "Goodbye, Dan; take care of yourself. I am so sorry about Mrs Okafor.",
    ),
    (
        "lovelace",
        "cat",
        [("ali", "got made redundant today after 12 years"), ("bo", "gutted for you ali")],
        "evening all, hi @lovelace",
        "Hello, Cat. It is good to see you.",
    ),
    (
        "socrates",
        "lee",
        [
            ("sam", "my dad's been taken into hospital, they think it was a stroke"),
            ("jo", "thinking of you sam x"),
        ],
        "hello @socrates, i'm new here, just joined",
        "Welcome, Lee; I am glad you have joined us.",
    ),
    (
        "shakespeare",
        "jess",
        [
            ("jess", "@shakespeare could you write a few lines for holly's rabbit"),
            (
                "William Shakespeare",
                'I am heartily sorry, Jess. For the rabbit, gently: "Hop on, little one; the '
                'meadow is yours now."',
                True,
            ),
        ],
        "thank you @shakespeare, that made me cry. bye all",
        "You are most welcome, Jess; I am glad the lines will serve. Farewell; be gentle with "
        "thyself.",
    ),
    (
        "einstein",
        "mia",
        [
            ("mia", "my boyfriend dumped me last night after 3 years"),
            ("zoe", "oh mia, sending hugs"),
        ],
        "thanks @einstein, night all",
        "You are very welcome, Mia. Good night; rest, and take good care of yourself.",
    ),
    (
        "darwin",
        "amy",
        [("kev", "my grandad passed away this morning"), ("amy", "so sorry kev")],
        "hiya all, how's everyone doing @darwin",
        "Good day, Amy. I am glad you are here. I am so sorry about Kev's grandad.",
    ),
    # The dev room (h37 r1): thanks for a sign-off after the room's news of a death.
    (
        "shakespeare",
        "kieran",
        [
            ("josh", "sad news, mr patel on ward 4 who rang in every sunday passed away yesterday"),
            ("nadia", "oh no thats so sad"),
            ("bev", "aw he always asked for the goons. we should do a dedication show sunday"),
        ],
        "cheers @shakespeare for the sign off, right im off to ward 7. ta ra all",
        "You are most welcome, Kieran; I am glad the lines will serve. I am heartily sorry to hear "
        "of Mr Patel. Go gently, and take good care.",
    ),
]


@pytest.mark.parametrize(("slug", "author", "before", "text", "expected"), MOURNING)
def test_bad_news_in_the_room_makes_openings_and_closings_gentle(
    slug, author, before, text, expected
):
    assert talk(slug, author, before, text) == expected


def test_a_loss_the_persona_named_already_is_not_named_again():
    before = [
        ("sam", "our dog bramble was put to sleep this morning"),
        ("Marie Curie", "My poor Sam, I am so sorry. Bramble was lucky to have you.", True),
        ("jo", "rip bramble x"),
    ]
    assert talk("curie", "sam", before, "thanks @curie, bye all") == (
        "You are welcome, Sam. Goodbye; take care of yourself."
    )


# Look-alikes: no loss of the room's, or the room has moved on.
UNMOURNED = [
    (
        "shakespeare",
        "ali",
        [("ali", "my team lost again, gutted"), ("bo", "lol unlucky")],
        "night all @shakespeare",
    ),
    ("curie", "ali", [("ali", "my phone died on the bus, nightmare")], "thanks @curie, bye!"),
    (
        "lovelace",
        "bo",
        [("ali", "did you know caesar died in 44 bc, stabbed 23 times")],
        "hi @lovelace",
    ),
    (
        "shakespeare",
        "bo",
        [("ali", "in the play juliet dies at the end, so sad")],
        "bye @shakespeare",
    ),
    (
        "einstein",
        "pat",
        [
            ("sam", "my nan passed away on sunday"),
            ("jo", "so sorry sam"),
            ("kim", "GUESS WHAT i got the job!!!"),
            ("jo", "yesss congrats kim"),
        ],
        "evening all, hi @einstein",
    ),
    (
        "socrates",
        "pat",
        [("sam", "my nan passed away on sunday"), ("jo", "so sorry sam")]
        + [("jo", f"line {i} about the quiz") for i in range(10)],
        "evening all, hi @socrates",
    ),
]


@pytest.mark.parametrize(("slug", "author", "before", "text"), UNMOURNED)
def test_no_loss_of_the_rooms_and_no_gentle_words(slug, author, before, text):
    reply = talk(slug, author, before, text)
    for gentle in ("sorry", "take care", "gentl", "glad you are here", "good to see you"):
        assert gentle not in reply, reply


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("bad news, pepper died last night. she was 7 but still gutted", True),
        ("we had to have our dog biscuit put down this morning", True),
        ("biopsy came back, it's cancer", True),
        ("got made redundant today", True),
        ("my team lost again, gutted", False),
        ("my phone battery died at the worst time", False),
        ("caesar died in 44 bc", False),
        ("in the book her mum dies", False),
        ("my grandad died when i was 5 so never knew him", False),
        ("my plant died, rip", False),
    ],
)
def test_bad_news_of_the_rooms_own(text, expected):
    assert grave(text) is expected


@pytest.mark.parametrize(
    ("text", "author", "to", "named"),
    [
        ("bad news, pepper died last night", "holly", "holly", "Pepper"),
        ("sad news, mr patel on ward 4 passed away yesterday", "josh", "kieran", "Mr Patel"),
        ("my nan passed away on sunday", "sam", "sam", "your nan"),
        ("my nan passed away on sunday", "sam", "jo", "Sam's nan"),
        ("our old cat tibbs died yesterday", "rosa", "dan", "Tibbs"),
        ("she died in her sleep last night", "rosa", "dan", ""),
        ("got made redundant today", "ali", "bo", ""),
    ],
)
def test_who_died_as_the_reply_names_them(text, author, to, named):
    assert loss_named(text, author, to) == named


# -- thanks fit what was thanked for ---------------------------------------------------------

THANKED = [
    (
        "lovelace",
        "@lovelace 3 pizzas at £12 each split between 4 of us, how much each?",
        "thanks @lovelace!",
        "You are most welcome, Maya; I am glad the figures came out clear.",
    ),
    (
        "einstein",
        "@einstein if i drive 150 miles at 50mph how long will it take?",
        "cheers @einstein, that's great",
        "You are welcome, Maya; I am glad the figures came out right.",
    ),
    (
        "shakespeare",
        "@shakespeare could you write us a short toast for my sister's wedding?",
        "thank you @shakespeare!! perfect",
        "You are most welcome, Maya; I am glad the lines will serve.",
    ),
]


@pytest.mark.parametrize(("slug", "asked", "text", "expected"), THANKED)
def test_thanks_for_a_piece_or_a_sum_are_met_as_such(slug, asked, text, expected):
    given = say(slug, asked)
    history = [Line("maya", asked), Line(VOICES[slug].name, given, own=True)]
    assert say(slug, text, history=history) == expected


@pytest.mark.parametrize(
    ("slug", "asked", "text"),
    [
        ("darwin", "@darwin why do cats purr?", "thanks @darwin"),
        ("socrates", "@socrates is it ever right to lie to a friend?", "thanks @socrates"),
        ("shakespeare", "@shakespeare how do you write a good villain?", "thank you @shakespeare"),
    ],
)
def test_thanks_for_an_answer_are_never_for_its_company(slug, asked, text):
    given = say(slug, asked)
    history = [Line("maya", asked), Line(VOICES[slug].name, given, own=True)]
    reply = say(slug, text, history=history)
    assert not any(w in reply for w in ("listener", "willing an ear", "good conversation")), reply


def test_thanks_with_the_thing_named_fit_it():
    history = [
        Line("maya", "an earlier line"),
        Line("Ada Lovelace", 'For the cat, Maya: "Whiskers on the windowsill."', own=True),
    ]
    assert say("lovelace", "thanks @lovelace for the poem, it's lovely", history=history) == (
        "You are most welcome, Maya; I am glad the words will serve."
    )


# -- a greeting with a question put to the room or to someone else --------------------------

ROOM_GREETED = [
    (
        "einstein",
        "bev",
        [],
        "morning all, hi @einstein. who's doing the request round on the wards tonight?",
        "Ah, Bev, hello!",
    ),
    (
        "curie",
        "nat",
        [],
        "hey @curie! anyone know if the car park is free after 6?",
        "Good day, Nat.",
    ),
    (
        "darwin",
        "bev",
        [("jo", "i'll bring the raffle stuff")],
        "hi @darwin. jo, did you remember the raffle tickets?",
        "Good day, Bev.",
    ),
    ("socrates", "ed", [], "evening @socrates, who's bringing the urn on sunday?", "Hello, Ed."),
    (
        "lovelace",
        "ed",
        [],
        "hello @lovelace, does anybody have a spare hi-vis for saturday?",
        "How delightful, Ed, hello!",
    ),
]


@pytest.mark.parametrize(("slug", "author", "before", "text", "expected"), ROOM_GREETED)
def test_a_greeting_with_the_rooms_question_is_greeted_back(slug, author, before, text, expected):
    assert talk(slug, author, before, text) == expected


def test_a_question_put_to_it_after_a_greeting_is_still_answered():
    reply = say("einstein", "hi @einstein, how far away is the moon?")
    assert reply.startswith("About 384,000 kilometres, Maya"), reply


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        ("who's doing the request round on the wards tonight?", True),
        ("anyone know a good vet?", True),
        ("kieran are you on tonight?", True),
        ("does anyone fancy the pub later", True),
        ("what do you think of the new rota?", False),
        ("how far away is the moon?", False),
        ("who do you think would win?", False),
    ],
)
def test_questions_put_to_the_room(after, expected):
    assert room_question(after, ["kieran", "bev"]) is expected


@pytest.mark.parametrize("slug", ["lovelace", "einstein"])
def test_the_rooms_question_after_bad_news_is_greeted_quietly(slug):
    before = [("sam", "my nan passed away last night"), ("jo", "oh sam so sorry x")]
    reply = talk(slug, "ed", before, f"hello @{slug}, does anybody have a spare hi-vis?")
    assert (
        reply
        in {
            "lovelace": {
                "Good day, Ed; I am glad you are here.",
                "Hello, Ed. It is good to see you.",
            },
            "einstein": {
                "Hello, Ed. It is good to have you here.",
                "Guten Tag, Ed; I am glad you came by.",
            },
        }[slug]
    ), reply
