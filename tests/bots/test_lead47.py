"""Session 47, the lead's mends after the blind rating (rate47; they count for nothing in it).

- A persona called at the end of what was told ("my cat kneads my stomach every night like bread
  dough, maybe darwin knows why?") is asked of what was told, not a bare "why?" (room47 had made
  it one: Darwin answered "Have you observed anything curious today?", rate47 S36).
- A rent lock weighed against a rise of so many percent after a year counts the rise (check47
  had left it out: "the lock saves 1,200", rate47 S3; it saves 1,974).
- Of two personas called with an aside after ("lovelace or darwin might know, they were
  around-ish"), one answers the question asked before the call (rate47 room01: both answered,
  and Darwin handed it to Curie again after she had answered; she said she could not).
- Speeds on a train add, and relativity's correction is said to be negligible (Einstein had
  said "I doubt it" to the right sum, rate47 S1).
"""

from __future__ import annotations

import pytest

from bots.policy import RoomState, plan_for_human
from bots.room47 import called, put_to
from rooms.models import Room
from tests.bots.test_conversation import answers
from tests.bots.test_conversation import say as said_in
from tests.bots.test_everyday_messages import say
from tests.bots.test_live12 import room_of
from tests.bots.test_room42 import EVERYONE, chain
from tests.bots.test_room44 import PRESENT

DARWIN = ("darwin", "Charles Darwin")


@pytest.mark.parametrize(
    ("message", "asked"),
    [
        (
            "my dog turns round three times before lying down every night, maybe darwin knows why?",
            "my dog turns round three times before lying down every night, why?",
        ),
        # (a bare call with nothing asked before it in the room: what was told, asked)
        ("the bread didnt rise again, maybe darwin knows", "the bread didnt rise again?"),
        # (nothing told before the call: the question as it stands)
        ("maybe darwin knows why?", "why?"),
    ],
)
def test_a_call_after_what_was_told_asks_of_it(message, asked):
    assert put_to(DARWIN, message, [], ()) == asked


def test_the_habit_told_before_the_call_is_answered():
    assert say(
        "darwin",
        "my dog turns round three times before lying down every night, maybe darwin knows why?",
    ) == (
        "A fair question, Maya. A dog turns round and round before lying down as its wild "
        "forefathers trampled the grass into a bed; I gave it as an instance of a habit kept "
        "long after its use has gone."
    )


def test_a_rise_after_a_year_is_counted_against_the_lock():
    reply = say(
        "curie",
        "@curie rent goes 1150 -> 1290 next month, or i sign 2 yrs locked at 1240. he'd bump it "
        "another 5% next year, which is cheaper over the 2 years",
    )
    # 1,290 x 12 + 1,354.50 x 12 = 31,734 against 1,240 x 24 = 29,760
    assert "month to month comes to 31,734 over the 2 years, against 29,760 locked at 1,240" in (
        reply
    )
    assert "the lock saves 1,974" in reply


def test_without_a_rise_the_lock_is_weighed_as_before():
    reply = say("curie", "rent 1150 -> 1290 or 1240 locked for 2 years")
    assert "the lock at 1,240 saves 50 a month, 600 a year, 1,200 over the 2 years" in reply


@pytest.mark.parametrize(
    "message",
    [
        "@einstein im on a train going 100 km/h and throw a ball forward at 20, so to someone on "
        "the platform its 120 right? or does relativity ruin that",
        "if im walking at 5 km/h on a train doing 200, am i going 205 to someone outside?",
    ],
)
def test_speeds_on_a_train_add(message):
    assert say("einstein", message) == (
        "Yes, Maya: at a train's speed you may simply add the two speeds; the platform sees the "
        "sum. My correction to it is far less than a billionth of a percent; only near the speed "
        "of light do speeds stop adding, and nothing ever passes light."
    )


def test_of_two_called_then_an_aside_one_answers():
    """rate47 room01: "lovelace or darwin might know, they were around-ish" was no call (an
    aside after it), so both answered, and Darwin handed the question to Curie again."""
    text = (
        "was galvanism a real thing back then or did she make that up? lovelace or darwin "
        "might know, they were around-ish"
    )
    assert called(text) == (("lovelace", "darwin"), "")
    plan = plan_for_human(RoomState(chattiness="lively", present=PRESENT), text, seed=1)
    assert len(plan.slugs) == 1 and plan.owned
    assert put_to(("darwin", "Charles Darwin"), text, [], ()) == (
        "was galvanism a real thing back then or did she make that up?"
    )


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("quick_bots", "channel_layer")
async def test_of_two_called_one_answers_and_the_one_it_hands_to_answers(
    room, alice, bob, personas
):
    await room_of(room, personas, *EVERYONE, people=[bob], chattiness=Room.Chattiness.LIVELY)

    message = await said_in(
        room,
        bob,
        "was galvanism a real thing back then or did she make that up? lovelace or darwin "
        "might know, they were around-ish",
    )
    await answers(message)
    said = await chain(message)

    # Lovelace hands it to Curie, who answers it; Darwin, called beside her, does not answer
    # too, nor hand it to Curie again.
    assert [slug for slug, _ in said] == ["lovelace", "curie"]
    assert said[0][1].endswith("@curie?")
    assert "Galvani made dead frogs' legs kick with electricity in the 1780s" in said[1][1]
