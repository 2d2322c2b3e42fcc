"""Session 47, the lead's mends after the blind rating (rate47; they count for nothing in it).

- A persona called at the end of what was told ("my cat kneads my stomach every night like bread
  dough, maybe darwin knows why?") is asked of what was told, not a bare "why?" (room47 had made
  it one: Darwin answered "Have you observed anything curious today?", rate47 S36).
- A rent lock weighed against a rise of so many percent after a year counts the rise (check47
  had left it out: "the lock saves 1,200", rate47 S3; it saves 1,974).
- Of two personas called with an aside after ("lovelace or darwin might know, they were
  around-ish"), one answers the question asked before the call (rate47 room01: both answered,
  and Darwin handed it to Curie again after she had answered; she said she could not).
- "how would u explain it to a 7 year old", "explain it like im 5": the question a person
  asked just before (a question relayed, "my kid asked why the sky is blue", is that
  question), answered (rate47 S4: "as puzzled as my cat Tiger").
- A question on a thing with a clause of its own life after it ("what do u make of gps needing
  your relativity corrections, did you ever see that coming") gets its line on the thing
  (rate47 S2: "as puzzled as my cat Tiger").
- Speeds on a train add, and relativity's correction is said to be negligible (Einstein had
  said "I doubt it" to the right sum, rate47 S1).
"""

from __future__ import annotations

import pytest

from bots.know import _before_its_life
from bots.know45a import reread
from bots.policy import RoomState, plan_for_human
from bots.room47 import called, put_to
from rooms.models import Room
from tests.bots.talk import Line
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

    # Darwin, whose #know line answers it (room48: the preface to Frankenstein names his
    # grandfather), answers it; Lovelace, called beside him, does not answer too, nor hand it on.
    assert [slug for slug, _ in said] == ["darwin"]
    assert "Galvani made dead frogs' legs kick with electricity in the 1780s" in said[0][1]


@pytest.mark.parametrize(
    ("slug", "message", "before", "start"),
    [
        (
            "einstein",
            "@einstein ok save tom here, how would u explain it to a 7 year old",
            ["tom:my kid asked why the sky is blue and i just said 'science'", "priya:lol"],
            "A lovely question, Maya. The sky is blue because the air scatters blue sunlight",
        ),
        (
            "darwin",
            "explain it like im 5",
            ["tom:how does natural selection work"],
            "A fair question, Maya. Natural selection is simple: more are born than can survive",
        ),
    ],
)
def test_explain_it_asks_the_question_before_it(slug, message, before, start):
    """rate47 S4: Einstein had "as puzzled as my cat Tiger" to "explain it to a 7 year old"."""
    history = [Line(*line.split(":", 1)) for line in before]
    assert say(slug, message, history=history).startswith(start)
    assert put_to((slug,), message, [*history, Line("maya", message)], ()) == (
        reread(history[0].text, lambda _: False) or history[0].text
    )


def test_explain_it_with_nothing_asked_before_is_left_alone():
    assert put_to(DARWIN, "explain it like im 5", [Line("tom", "nice weather today")], ()) == ""


def test_explain_it_after_its_own_answer_is_left_to_owning_the_miss():
    history = [
        Line("tom", "how does natural selection work"),
        Line(
            "Charles Darwin", "More are born than can survive; the fitter leave more young.", True
        ),
        Line("tom", "explain it like im 5"),
    ]
    assert put_to(DARWIN, "explain it like im 5", history, ()) == ""


def test_a_question_on_a_thing_with_one_of_its_life_after_it_gets_its_line_on_the_thing():
    """rate47 S2: "as puzzled as my cat Tiger" (the last clause made it a question of his life,
    which only lines keyed "you" answer)."""
    reply = say(
        "einstein",
        "einstein what do u make of gps needing your relativity corrections to work, did you "
        "ever see that coming",
    )
    assert reply.startswith("Relativity runs your satnav, Maya: the GPS satellites' clocks gain")


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("what do u make of gps, did you ever see that coming", "what do u make of gps"),
        ("how do radium watches glow, did you ever own one", "how do radium watches glow"),
        # (nothing asked before it, or all of it asked of its life: no head)
        ("i love gps, did you ever use one", ""),
        ("did you ever see a platypus", ""),
        ("was your dad strict, did you get on with him", ""),
    ],
)
def test_what_is_asked_before_a_clause_of_its_life(text, head):
    assert _before_its_life(text) == head


def test_darwin_saw_the_platypus():
    """He had said "No, Maya, I cannot say I ever did" (he watched them near Bathurst in 1836)."""
    assert say("darwin", "darwin did you ever see a platypus") == (
        "I did, Maya: in January 1836, near Bathurst in New South Wales, I watched several diving "
        "and playing in a stream at dusk. Furred, with a duck's bill: I wrote that an unbeliever "
        "might exclaim two distinct Creators had been at work."
    )
