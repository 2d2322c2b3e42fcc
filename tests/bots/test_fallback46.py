"""When nothing a persona has answers a message, no content-free stock reply ("Interesting,
Maya", "Tell me more", "Is that so?", "that is all I have"): its particulars taken up, by the
shape of the message (`bots.fallback46`); every reply that already answers stands."""

from __future__ import annotations

import re

import pytest

from bots.fallback46 import (
    AGED,
    ASKED_ALONE,
    DARED,
    OWN_UP,
    STANDS_BY,
    THINKING,
    TRIPPED,
    WED,
    _asked_thing,
    _got,
    empty_kind,
)
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import VOICES, say

PEOPLE = ("einstein", "shakespeare", "curie", "lovelace", "socrates", "darwin")


def after_own(slug: str) -> list[Line]:
    """The room just after the persona's own line to Maya."""
    return [
        Line("maya", "what was your childhood like?"),
        Line(VOICES[slug].name, say(slug, "what was your childhood like?"), own=True),
    ]


@pytest.mark.parametrize(
    ("slug", "message", "reply"),
    [
        (
            "socrates",
            "?",
            "A question mark alone, Maya? My favourite kind; now tell me the question.",
        ),
        ("lovelace", "huh", "Hm? You are calculating something, Maya; do let me see it."),
        (
            "darwin",
            "just got back from lisbon",
            "Back from Lisbon, Maya! After five years on the Beagle I know the pleasure of coming "
            "home. What struck you most?",
        ),
        (
            "curie",
            "my sister is getting married in june",
            "Your sister is getting married, Maya? That is happy news. Where will the wedding be?",
        ),
        (
            "einstein",
            "my grandma turns 90 on sunday",
            "Ninety, Maya! Wish your grandma a happy birthday from me. How will you celebrate?",
        ),
        (
            "einstein",
            "why does etna keep erupting?",
            "Ach, Maya, I never studied etna, so there I would only be guessing. What set you "
            "wondering about it?",
        ),
        (
            "lovelace",
            "who invented the bicycle",
            "The bicycle never came into my tables, Maya, and I will not guess at it. What do you "
            "know of it so far?",
        ),
        (
            "shakespeare",
            "bet you cant dance",
            "Wager not, Maya, lest thou lose thy purse! Why dost thou think I cannot dance?",
        ),
        (
            "lovelace",
            "bet you cant dance",
            "A wager, Maya? I have lost those before, I admit. But on what evidence do you say I "
            "can't dance?",
        ),
        ("curie", "nice", "Good, Maya."),
        (
            "curie",
            "back from paris finally",
            "Back from Paris, Maya! What did you see there that you would go back for?",
        ),
        (
            "curie",
            "we found a hedgehog under the shed",
            "A hedgehog, Maya? What will you do with it?",
        ),
        (
            "socrates",
            "just moved to edinburgh",
            "Edinburgh, Maya? Then tell me: how are you finding it?",
        ),
        (
            "einstein",
            "my brother built a treehouse",
            "A treehouse, Maya? Wunderbar! How did it turn out?",
        ),
    ],
)
def test_particulars_taken_up(slug: str, message: str, reply: str) -> None:
    assert say(slug, message) == reply


@pytest.mark.parametrize("slug", PEOPLE)
def test_a_wave_is_greeted_back(slug: str) -> None:
    assert say(slug, "👋") == say(slug, "hi")


@pytest.mark.parametrize("slug", PEOPLE)
def test_a_lone_question_mark_after_its_line_asks_what_lost_them(slug: str) -> None:
    history = after_own(slug)
    assert say(slug, "?", history=history) == say(slug, "??", history=history)
    assert "part" in say(slug, "?", history=history) or slug == "socrates"


@pytest.mark.parametrize("slug", PEOPLE)
def test_did_that_really_happen_is_stood_by(slug: str) -> None:
    reply = say(slug, "did that really happen?", history=after_own(slug))
    assert reply == STANDS_BY[slug].format(name="Maya")


@pytest.mark.parametrize("slug", PEOPLE)
def test_tell_me_more_after_its_line_is_no_stock_remark(slug: str) -> None:
    history = after_own(slug)
    for message in ("tell me more about that", "and then what happened?"):
        reply = say(slug, message, history=history)
        assert reply == say(slug, "tell me more", history=history)
        assert empty_kind(VOICES[slug], reply) in ("", "noother")


UNKNOWN = (
    "how do submarines stay underwater",
    "what makes sourdough rise",
    "what causes earthquakes",
    "who invented the bicycle",
)


@pytest.mark.parametrize("slug", PEOPLE)
def test_a_subject_it_has_no_line_for_is_named_with_one_question_back(slug: str) -> None:
    replies = [say(slug, message) for message in UNKNOWN]
    for message, reply in zip(UNKNOWN, replies, strict=True):
        thing = _asked_thing(message)
        assert thing.lower() in reply.lower(), reply
        assert reply.count("?") == 1 and reply.endswith("?"), reply
        assert not empty_kind(VOICES[slug], reply)
    assert len(set(replies)) == len(replies)  # never the same words for every subject


@pytest.mark.parametrize(
    ("message", "thing"),
    [
        ("why does etna keep erupting?", "etna"),
        ("how do noise cancelling headphones work", "noise cancelling headphones"),
        ("who invented the hot air balloon", "the hot air balloon"),
        ("what makes popcorn pop", "popcorn"),
        ("what causes acid rain", "acid rain"),
        ("how are glaciers formed", "glaciers"),
        ("why do my plants keep dying", "your plants"),
        # no thing read as one noun phrase: nothing slotted in
        ("why is the sky orange at sunset", ""),
        ("how does it work", ""),
        ("why do people yawn", ""),
        ("how do you make pancakes", ""),
        ("how do bees", ""),
    ],
)
def test_the_thing_asked_reads_grammatically(message: str, thing: str) -> None:
    assert _asked_thing(message) == thing


MINE = re.compile(
    "|".join(
        re.sub(r"\\\{\w+\\\}", ".+", re.escape(line))
        for table in (ASKED_ALONE, THINKING, STANDS_BY, OWN_UP, TRIPPED, WED, AGED, DARED)
        for line in table.values()
    ),
    re.IGNORECASE,
)
LOOK_ALIKES = (
    "what is gravity?",
    "what is radium",
    "tell me about the galapagos finches",
    "whats your favourite play",
    "how are you today?",
    "thank you so much",
    "good night everyone",
    "my dog died yesterday",
    "should i quit my job",
    "hi einstein 👋",
    "we adopted a puppy last night",
    "i passed the driving test!!",
    "my exam is tomorrow and im freaking out",
    "why did the chicken cross the road",
    "whats the best way to learn guitar",
)


@pytest.mark.parametrize("slug", PEOPLE)
def test_replies_that_answer_stand(slug: str) -> None:
    for message in LOOK_ALIKES:
        reply = say(slug, message)
        assert reply and not MINE.fullmatch(reply), (message, reply)


@pytest.mark.parametrize(
    ("message", "said"),
    [
        (
            "found some old letters from my grandad",
            "Some old letters, {name}? {lead} What will you do with them?",
        ),
        ("we moved into a new house", "A new house, {name}? {lead} How are you finding it?"),
        ("i made a birdhouse this weekend", "A birdhouse, {name}? {lead} How did it turn out?"),
        # which thing, or what was got, it cannot say: nothing slotted in
        ("we bought the house", ""),
        ("i got it", ""),
        ("just moved to the other side of town", ""),
        ("i got back from work", ""),
    ],
)
def test_the_thing_got_reads_as_said(message: str, said: str) -> None:
    assert _got(message) == said


def test_back_from_no_place_is_no_trip() -> None:
    for message in ("got back from the gym", "just back from work", "back from school lol"):
        assert not say("curie", message).startswith("Back from"), message
