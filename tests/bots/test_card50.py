"""Cards, toasts and short messages for a person, made of what the room told (card50): the name
given in the ask or a line before ("his name's rowan", "she's called joan", "for our jan", "the
dog was called bramble"), the age or the years ("80th", "15 years old", "30 years at the firm"),
and what they love or always are ("loves bingo", "always early"), in one to three short lines;
a toast asked for a person or a do is a toast of what was told, never a quoted play line. Cards
that name well already, a name read from an ordinary word ("she's called in sick"), and asks of
another kind are answered as before."""

from __future__ import annotations

import pytest

from bots import toasts
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say


def _said(slug: str, before: list[tuple[str, str]], who: str, ask: str) -> str:
    return say(slug, ask, author=who, history=tuple(Line(a, t) for a, t in before))


# The name given, in the ask or a line before, is used in the piece (the baby's, the pet's, the
# person's); the pronouns right.
NAMED = [
    (
        "shakespeare",
        [],
        "ann",
        "@shakespeare write something for a wedding card for my cousin jess",
        'For Jess, Ann: "Congratulations, Jess! Wishing you both every happiness."',
    ),
    (
        "shakespeare",
        [],
        "ann",
        "@shakespeare can you give me a few words for my dad's funeral card, he was called ron",
        (
            'I am sorry, Ann. For Ron: "With deepest sympathy. Ron will be so missed. Thinking of '
            'you all."'
        ),
    ),
    (
        "curie",
        [],
        "ann",
        "@curie leaving card for our receptionist sandra please, 18 years at the practice",
        (
            'For Sandra, Ann: "Good luck, Sandra! Thank you for 18 years at the practice. '
            "We'll miss you.\""
        ),
    ),
    (
        "shakespeare",
        [],
        "ann",
        "@shakespeare need a get well message for my neighbour pat, she had a hip replacement",
        (
            'For your neighbour Pat, Ann: "Get well soon, Pat! Sleep, that knits up the ravelled '
            "sleeve of care, will do most of the work; we'll send grapes for the rest.\""
        ),
    ),
    (
        "shakespeare",
        [("tom", "our daughter had a little girl on tuesday, 8lb 1oz")],
        "tom",
        "@shakespeare can you do a few lines for the card? we've named her martha",
        (
            'For the new baby card, Tom: "Welcome, Martha! The smallest player on the stage, '
            'and already the star. Congratulations to you all, and sleep when you can."'
        ),
    ),
    (
        "curie",
        [],
        "amy",
        (
            "@curie sympathy card for my aunt please, her cat was called mittens and she had "
            "him 18 years"
        ),
        (
            'For the sympathy card, Amy: "So sorry to hear about Mittens. 18 years of love and '
            'loyalty; may the happy memories be a comfort."'
        ),
    ),
    (
        "darwin",
        [],
        "jo",
        (
            "@darwin could you write something for a card for jo? her horse, a grey named "
            "duchess, had to be put down. 26 years old"
        ),
        (
            'For the sympathy card, Jo: "So sorry to hear about Duchess. 26 years of love and '
            'loyalty; may the happy memories be a comfort."'
        ),
    ),
    (
        "einstein",
        [],
        "kim",
        (
            "@einstein could you write a retirement card for our caretaker, his name is bill, "
            "28 years at the school"
        ),
        'For Bill, Kim: "Happy retirement, Bill! Thank you for 28 years at the school."',
    ),
    (
        "shakespeare",
        [],
        "bea",
        "@shakespeare get well card for our ruth pls, she's in hospital after a fall",
        (
            'For Ruth, Bea: "Get well soon, Ruth! Sleep, that knits up the ravelled sleeve of '
            "care, will do most of the work; we'll send grapes for the rest.\""
        ),
    ),
    (
        "lovelace",
        [],
        "raj",
        "@lovelace can you write a card for my friend amir? he's moving to leeds",
        'For Amir, Raj: "Good luck, Amir! We\'ll miss you."',
    ),
    (
        "shakespeare",
        [("gwen", "our son had his baby boy this morning!! 7lb 9oz")],
        "gwen",
        "@shakespeare could you write something for the card? they've called him otis",
        (
            'For the new baby card, Gwen: "Welcome, Otis! The smallest player on the stage, '
            'and already the star. Congratulations to you all, and sleep when you can."'
        ),
    ),
    (
        "socrates",
        [("di", "sad news, the vet had to put our old dog down today. she was called tess")],
        "al",
        "@socrates can you write a few words for the card for di",
        (
            'For the sympathy card, Al: "So sorry to hear about Tess. May the happy memories '
            'be a comfort."'
        ),
    ),
    (
        "curie",
        [("sam", "wes got the job at the hospital!!")],
        "lou",
        "@curie can you write a congratulations card for him",
        'For Wes, Lou: "Congratulations, Wes! So proud of you."',
    ),
]


# The age, the years and what they love or always are, woven in plainly.
DETAILS = [
    (
        "socrates",
        [],
        "meg",
        (
            "@socrates can u write a birthday message for my nan? she's called edna, 92 today, "
            "always the first up"
        ),
        'For Edna, Meg: "Happy 92nd birthday, Edna! Always the first up, and we love you for it."',
    ),
    (
        "einstein",
        [],
        "rob",
        "@einstein birthday card for my brother sam? he's 40, loves fishing and bad jokes",
        'For Sam, Rob: "Happy 40th birthday, Sam! Here\'s to fishing and bad jokes!"',
    ),
    (
        "curie",
        [],
        "ann",
        (
            "@curie we're doing a card for our jan, she's 60 on friday and loves her "
            "allotment. could you write something?"
        ),
        'For Jan, Ann: "Happy 60th birthday, Jan! Here\'s to your allotment!"',
    ),
    (
        "socrates",
        [],
        "pip",
        (
            "@socrates could u write a leaving card for priya, 6 years at the firm, always "
            "first in and last out"
        ),
        (
            'For Priya, Pip: "Good luck, Priya! Thank you for 6 years at the firm: always '
            "first in and last out. We'll miss you.\""
        ),
    ),
    (
        "curie",
        [],
        "viv",
        "@curie a retirement message for mr patel? 22 years at the surgery, never late once",
        (
            'For Mr Patel, Viv: "Happy retirement, Mr Patel! Thank you for 22 years at the '
            'surgery. Never late once, and we love you for it."'
        ),
    ),
    (
        "shakespeare",
        [],
        "liz",
        (
            "@shakespeare get well card for our ruth pls, she's in hospital after a fall, "
            "loves her garden"
        ),
        (
            'For Ruth, Liz: "Get well soon, Ruth! Sleep, that knits up the ravelled sleeve of '
            "care, will do most of the work; we'll send grapes for the rest. Back to your "
            'garden soon!"'
        ),
    ),
    (
        "lovelace",
        [],
        "ted",
        (
            "@lovelace can you write a card for my friend amir, he's moving to leeds after 12 "
            "years in our street"
        ),
        'For Amir, Ted: "Good luck, Amir! Thank you for 12 years in our street. We\'ll miss you."',
    ),
]


# A toast for a person or a do: a toast of what was told, never a quoted play line.
TOASTS = [
    (
        "shakespeare",
        [],
        "kay",
        (
            "@shakespeare short toast for my brother kev please, he's 50 and loves darts and "
            "bad karaoke"
        ),
        (
            'For the toast, Kay, take this from my own stock: "To Kev on his 50th! Many happy '
            "returns. Here's to darts and bad karaoke! Raise your glasses!\""
        ),
    ),
    (
        "lovelace",
        [],
        "gus",
        (
            "@lovelace toast for my grandad please, he's called frank, 85 next week and mad "
            "about crossword puzzles"
        ),
        (
            'For the toast, Gus, I would set down this: "To Frank on his 85th! Many happy '
            "returns. Here's to crossword puzzles! Raise your glasses!\""
        ),
    ),
    (
        "darwin",
        [],
        "nell",
        "@darwin we need a toast for grandad's 80th, he's called alf, mad about his pigeons",
        (
            'For the toast, Nell, I would offer this: "To Alf on his 80th! Many happy returns. '
            "Here's to his pigeons! Raise your glasses!\""
        ),
    ),
    (
        "socrates",
        [],
        "ian",
        "@socrates write a toast for uncle ray's retirement, 40 years on the buses",
        (
            'For the toast, Ian, I would say only this: "To Uncle Ray, and a long and happy '
            'retirement! 40 years on the buses, every one of them counted. Raise your glasses!"'
        ),
    ),
    (
        "curie",
        [],
        "fay",
        (
            "@curie toast for our coach mel? she's leaving after 9 years with the team, always "
            "on the touchline in the rain"
        ),
        (
            'For the toast, Fay, I would write this, simply: "To Mel: good luck, and '
            "we'll miss you! 9 years with the team, every one of them counted. Raise your "
            'glasses!"'
        ),
    ),
    (
        "darwin",
        [],
        "lee",
        "@darwin a toast for the darts club christmas do please",
        (
            'For the toast, Lee, I would offer this: "To the darts club and a very merry '
            'Christmas! Long may it run. Raise your glasses!"'
        ),
    ),
    (
        "shakespeare",
        [],
        "mo",
        (
            "@shakespeare could you write a toast for my sister? her name's lily, she's 30 on "
            "sunday and loves a karaoke night"
        ),
        (
            'For the toast, Mo, take this from my own stock: "To Lily on her 30th! Many happy '
            "returns. Here's to a karaoke night! Raise your glasses!\""
        ),
    ),
]


# Look-alikes answered as before: no name given ("she's called in sick"), a card told of, a
# question, a sign, a couple's toast, a card that names the pet already, a sum, a dog's name.
STAY = [
    (
        "curie",
        [],
        "ann",
        "@curie could you write me a message for my boss saying i'm sick today, her name is jo",
        "I have no data on that at all, Ann, and I will not invent any.",
    ),
    (
        "darwin",
        [],
        "ann",
        "@darwin we got a card from our neighbour joan, she's 80 next week. isnt that sweet",
        # (greet60: no "Well done" for a card received, nothing done)
        "How very good, Ann! I am delighted for you.",
    ),
    (
        "shakespeare",
        [],
        "ann",
        "@shakespeare she's called in sick again, can you write a get well card",
        (
            'For the get well card, Ann: "Get well soon! Sleep, that knits up the ravelled '
            "sleeve of care, will do most of the work; we'll send grapes for the rest.\""
        ),
    ),
    (
        "shakespeare",
        [],
        "ann",
        "@shakespeare can you write a birthday card for my mum",
        (
            'For the birthday card, Ann, take this from my own stock: "Happy birthday, Mum! '
            'With mirth and laughter let old wrinkles come, and may the cake be large."'
        ),
    ),
    (
        "einstein",
        [],
        "ann",
        "@einstein i got a lovely card from sue for my 60th, wasnt that nice",
        "How splendid, Ann! I am truly glad for you.",
    ),
    (
        "curie",
        [],
        "ann",
        "@curie my dog is called biscuit, any tips for stopping him pulling on the lead?",
        (
            # (everyday46, since session 46: the advice asked for, not her view of dogs)
            "Animals were never my study, Ann. Stop dead whenever the lead goes tight, walk on "
            "only when it slackens, and reward him when he walks at your side. A little practice "
            "every day teaches it in a few weeks; shouting teaches nothing."
        ),
    ),
    (
        "shakespeare",
        [],
        "ann",
        "@shakespeare can you write a sign for the door, it's called the green room",
        'For the sign, Ann: "The Green Room."',
    ),
    (
        "curie",
        [],
        "ann",
        "@curie could you write a toast for my parents' ruby anniversary?",
        (
            'For the toast, Ann, I would write this, simply: "To the happy couple: a bicycle '
            'each and a long road side by side!"'
        ),
    ),
    (
        "shakespeare",
        [("hilary", "my sad news, our old cat tibbs died last night. 19 years")],
        "sue",
        "@shakespeare could you write a little message for a card for hilary? from the club",
        (
            'I am sorry, Sue. For Hilary: "So sorry about Tibbs. 19 years of faithful love and '
            'company, and every one a gift; may the memories be a comfort. From the club."'
        ),
    ),
    (
        "lovelace",
        [],
        "ann",
        "@lovelace whats 15% of 80, its for a leaving card collection",
        "A sum the Engine would take in one turn of its handle, Ann: 15% of 80 is 12.",
    ),
    (
        "darwin",
        [],
        "ann",
        "@darwin is it normal for a dog called rex to sleep 18 hours a day? he's 12",
        (
            "Most grown people need seven to nine hours, Ann; the same bedtime every night, a "
            "dark cool room and daylight in the morning set the body clock best. Teenagers' "
            "clocks truly do run late."
        ),
    ),
]


@pytest.mark.parametrize(("slug", "before", "who", "ask", "reply"), NAMED + DETAILS + TOASTS)
def test_the_piece_says_what_was_told(slug, before, who, ask, reply):
    """The name given is used; the age, the years and the loves are woven in; a toast is made of
    what was told."""
    assert _said(slug, before, who, ask) == reply


@pytest.mark.parametrize(("slug", "before", "who", "ask", "reply"), STAY)
def test_look_alikes_are_answered_as_before(slug, before, who, ask, reply):
    assert _said(slug, before, who, ask) == reply


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("his name's rowan", "Rowan"),
        ("the dog was called bramble, 15 years old", "Bramble"),
        ("toast for nan? she's called joan", "Joan"),
        ("a card for our jan", "Jan"),
        ("leaving card for sister o'brien?", "Sister O'Brien"),
        ("we named her lily", "Lily"),
        ("she's called in sick again", ""),
        ("a card for tomorrow", ""),
        ("a message for the nurses", ""),
        ("card for my mum", ""),
    ],
)
def test_a_name_is_read_only_when_given_as_one(text, name):
    assert toasts._name_of(text) == name
