"""room49: live rooms, where a persona is spoken to by name after other talk, or speaks unasked.

rate48's rooms (2.73 of 5): "shakespeare give us a line ..." read as said of him, and nobody
answered; "einstein settle it, leo says mars has two moons" answered with the room's question
before it (the Moon's distance); "kev reckons like 200 km/h" met with a side on Kev's earlier
line ("Kev says the penalty was soft. I think Kev is right"); a bare greeting to news told
("Hello, Priya. I am glad of a pause in the day's measurements").
"""

from __future__ import annotations

import time

import pytest

from bots.policy import RoomState, plan_for_human
from bots.room49 import bid, misread_side, own_dispute, weak_unasked
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say
from tests.bots.test_room44 import PRESENT

SHAKESPEARE = ("shakespeare", "william shakespeare", "william")


@pytest.mark.parametrize(
    "text",
    [
        "shakespeare give us a line for the toast, something about love lasting",
        "lol shakespeare write us a sonnet",
        "ok shakespeare, pick one for us",
        "haha. shakespeare name a play we should read next",
        "hey shakespeare help me with this speech",
        "shakespeare please suggest something for the card",
    ],
)
def test_a_request_after_the_name_speaks_to_it(text):
    assert bid(text, SHAKESPEARE)


@pytest.mark.parametrize(
    "text",
    [
        "shakespeare wrote a play about it",
        "shakespeare gives me a headache tbh",
        "i think shakespeare would write him a sonnet",
        "ask shakespeare to write us one",
        "shakespeare make him a villain",
        "we read shakespeare in school",
        "why" + "." * 4000 + " shakespeare",
    ],
)
def test_a_name_said_of_it_is_no_request(text):
    assert not bid(text, SHAKESPEARE)


def test_the_readers_stay_fast_on_long_junk():
    junk = "shakespeare " * 400 + "why" + "." * 4000 + " says " + "a " * 2000
    started = time.perf_counter()
    bid(junk, SHAKESPEARE)
    own_dispute(junk)
    misread_side(junk, junk, lambda tags: False, [junk])
    assert time.perf_counter() - started < 0.2


@pytest.mark.parametrize("chattiness", ["lively", "normal", "mentions"])
def test_a_request_by_name_is_answered_by_it(chattiness):
    state = RoomState(chattiness=chattiness, present=PRESENT)
    text = "shakespeare give us a line for the toast, something about love lasting"
    assert plan_for_human(state, text, seed=3).slugs == ("shakespeare",)


@pytest.mark.parametrize(
    ("text", "put"),
    [
        ("einstein settle it, leo says mars has two moons and maya says one", True),
        ("einstein how fast does a pro kick a ball, kev reckons like 200 km/h", True),
        ("curie, ben thinks gold is magnetic and i say it isnt, who's right", True),
        ("@darwin do you think tom is right?", False),
        ("einstein settle this", False),
        ("i think we should go", False),
        ("what do u reckon curie", False),
    ],
)
def test_a_claim_put_in_the_message_is_read(text, put):
    assert own_dispute(text) is put


def test_a_claim_put_is_settled_not_the_room_question_before_it():
    history = [
        Line("maya", "is the moon actually moving away from us or is that a myth"),
        Line("leo", "i heard like a few cm a year"),
    ]
    text = "einstein settle it, leo says mars has two moons and maya says one"
    assert say("einstein", text, author="sam", history=history) == (
        "Leo says mars has two moons, and Maya says one, Sam? Then suppose each in turn is right "
        "and follow it to its consequences; find the one thing you would see that the other "
        "view says you would not, and look for it."
    )


def test_no_side_is_taken_on_an_earlier_claim_than_the_one_put():
    history = [Line("kev", "the penalty was soft tbf"), Line("leo", "lmao")]
    text = "einstein how fast does a pro kick a ball, kev reckons like 200 km/h"
    reply = say("einstein", text, author="leo", history=history)
    assert "penalty" not in reply
    assert "is right" not in reply


def test_a_claim_its_material_knows_is_answered_with_it():
    history = [Line("mark", "new episode on the romans dropped"), Line("tom", "dark")]
    text = (
        "socrates mark says the athenians sentenced you to death for corrupting the youth, "
        "is that right"
    )
    assert say("socrates", text, author="ella", history=history).startswith(
        "Impiety and corrupting the young, Ella, said the charge"
    )


@pytest.mark.parametrize("slug", ["curie", "darwin", "einstein"])
@pytest.mark.parametrize(
    "text", ["morning all, my starter finally doubled!!", "hi all, the lavender finally came up"]
)
def test_unasked_no_bare_greeting_meets_news_told(slug, text):
    assert say(slug, text, author="priya", unasked=True) == ""
    assert say(slug, text, author="priya")  # asked, it greets


@pytest.mark.parametrize("slug", ["curie", "darwin", "einstein"])
@pytest.mark.parametrize("text", ["morning all", "good morning everyone"])
def test_unasked_a_greeting_still_meets_a_greeting(slug, text):
    assert say(slug, text, author="priya", unasked=True) == say(slug, text, author="priya")


def test_weak_kinds_are_kept_back_unasked():
    sides = lambda tags: "sides" in tags  # noqa: E731
    hello = lambda tags: tags == ("hello",)  # noqa: E731
    assert weak_unasked("linda says worms are bad, george says good", "...", sides)
    assert weak_unasked("morning all, my starter doubled", "Hello, Priya.", hello)
    assert not weak_unasked("morning all", "Hello, Priya.", hello)
    assert not weak_unasked("my tomatoes split", "Tomatoes split ...", lambda tags: False)
