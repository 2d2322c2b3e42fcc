"""room48: questions of fact put to a live room, and a choice put to a persona on what was said.

rate47's live rooms (2.00 of 5): "who taught plato then... anyone?", "which planet has the most
moons" and "why do we even change the clocks" (relayed: "my 9 yr old asked me ... and i had no
answer") went unanswered; "@einstein settle it, reactor on the moon: genius or insane" got
"And how did that happen, Dev?".
"""

from __future__ import annotations

import pytest

from bots.policy import RoomState, plan_for_human
from bots.room44 import room_question
from bots.room47 import called
from bots.room48 import asked_again, choice_on, fact_asked, relayed, unhanded
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say
from tests.bots.test_room44 import PRESENT


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("oh right so it's... who taught plato then", "socrates"),
        ("ok: who was the teacher of plato?", "socrates"),
        ("next one: which planet has the most moons, i think jupiter", "einstein"),
        ("which planet has the most rings tho", "einstein"),
        ("why is mars red anyway", "einstein"),
        ("and who discovered radioactivity, was it a french guy", "curie"),
        ("who wrote hamlet, asking for my little brother lol", "shakespeare"),
        ("when did the globe theatre burn down", "shakespeare"),
        ("what does 'philosophy' literally mean?? like the word", "socrates"),
        ("my 9 yr old asked me why we even change the clocks and i had no answer", "einstein"),
    ],
)
@pytest.mark.parametrize("chattiness", ["lively", "normal"])
def test_a_question_of_fact_put_to_the_room_is_its_owners_alone(text, owner, chattiness):
    state = RoomState(chattiness=chattiness, present=PRESENT)
    plan = plan_for_human(state, text, seed=3)
    assert plan.slugs == (owner,)
    assert plan.owned


@pytest.mark.parametrize(
    "text",
    [
        "who's bringing snacks saturday",
        "which day works best for everyone",
        "when are we leaving tomorrow",
        "who wants the last slice",
        "which movie should we watch tonight",
        "where are we meeting",
        "who's driving",
        "which of you took my charger",
        "who won the game last night",
        "who wrote it again, mary shelley right?",
        "when did you get home",
        "she asked me why i was late",
    ],
)
def test_the_peoples_own_business_is_no_question_of_fact(text):
    assert not fact_asked(text)
    assert not relayed(text)
    state = RoomState(chattiness="lively", present=PRESENT)
    assert not plan_for_human(state, text, seed=3).owned


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("who taught plato then", True),
        ("which is the biggest ocean", True),
        ("when was the printing press invented", True),
        ("where did the word 'algorithm' come from", True),
        ("how fast does light go anyway", True),
        ("my son keeps asking how planes stay up, no idea tbh", True),
        ("who's in for pizza", False),
    ],
)
def test_room_question_reads_questions_of_fact_by_their_shape(text, asked):
    assert room_question(text) is asked


@pytest.mark.parametrize(
    ("slug", "text", "start"),
    [
        ("socrates", "oh right so it's... who taught plato then", "Plato learned at my side, Maya"),
        (
            "curie",
            "and who discovered radioactivity, was it a french guy",
            "Henri Becquerel, Maya, in Paris in 1896",
        ),
        ("einstein", "next one: which planet has the most moons, i think jupiter", "Saturn, Maya"),
        ("shakespeare", "who wrote hamlet, asking for my little brother lol", "I did, Maya"),
    ],
)
def test_the_owner_says_its_line_on_the_question_not_on_the_chat_after_it(slug, text, start):
    assert say(slug, text).startswith(start)


def test_an_own_line_said_to_one_who_asked_it_of_the_persona_is_no_room_answer():
    # "No, Aristotle was born fifteen years after I died" answers "did you teach aristotle".
    state = RoomState(chattiness="lively", present=PRESENT)
    assert not plan_for_human(state, "who taught aristotle?", seed=3).owned


@pytest.mark.parametrize(
    ("text", "group", "asked"),
    [
        (
            "einstein or curie, is time travel possible",
            ("einstein", "curie"),
            "is time travel possible?",
        ),
        ("why does ice float, curie or darwin?", ("curie", "darwin"), "why does ice float?"),
    ],
)
def test_two_named_beside_a_question_call_one(text, group, asked):
    assert called(text) == (group, asked)


def test_names_with_no_question_call_nobody():
    assert called("curie and darwin are the best") is None


@pytest.mark.parametrize(
    ("message", "before", "choice"),
    [
        (
            "@socrates wise or foolish?",
            ["tom:i think we should all quit our jobs and move to a boat"],
            "we should all quit our jobs and move to a boat: wise or foolish?",
        ),
        (
            "@einstein settle it, reactor on the moon: genius or insane",
            ["leo:they're planning to put a nuclear reactor on the moon"],
            "reactor on the moon: genius or insane?",
        ),
        ("@einstein genius or insane?", [], ""),
        ("@einstein tea or coffee?", ["tom:i think we should all quit our jobs"], ""),
    ],
)
def test_a_choice_of_judgement_is_put_on_what_was_said(message, before, choice):
    history = [Line(*line.split(":", 1)) for line in before] + [Line("maya", message)]
    assert choice_on(message, history) == choice


def test_a_choice_of_judgement_is_answered_as_a_choice():
    history = [Line("tom", "i think we should all quit our jobs and move to a boat")]
    reply = say("socrates", "@socrates wise or foolish?", history=history)
    assert "I would say wise." in reply or "I would say foolish." in reply
    before = [Line("leo", "they're planning to put a nuclear reactor on the moon")]
    reply = say(
        "einstein", "@einstein settle it, reactor on the moon: genius or insane", history=before
    )
    assert "I would say genius." in reply or "I would say insane." in reply
    assert "kangaroo" not in reply


def test_a_question_of_fact_asked_again_is_not_answered_twice():
    # rate47 room10: "ok: who was the teacher of plato?", then "oh right so it's... who taught
    # plato then": Socrates had said the same line twice.
    first = say("socrates", "ok: who was the teacher of plato?")
    assert first.startswith("Plato learned at my side, Maya")
    history = [Line("maya", "ok: who was the teacher of plato?"), Line("Socrates", first, own=True)]
    assert say("socrates", "oh right so it's... who taught plato then", history=history) == ""


@pytest.mark.parametrize(
    ("message", "again"),
    [
        ("@darwin same question, is radium dangerous", "is radium dangerous?"),
        ("@socrates what about you", "is radium dangerous to touch"),
        ("@curie same question, radium?", "is radium dangerous to touch"),
        ("@curie and you're wrong", ""),
        ("@darwin and you said birds fly", ""),
        ("@darwin what do you think", ""),
    ],
)
def test_the_same_question_put_to_another_is_the_question_before(message, again):
    history = [
        Line("tom", "@curie is radium dangerous to touch"),
        Line("Marie Curie", "We did not know how dangerous radium was."),
        Line("maya", message),
    ]
    assert asked_again(message, history, ("Marie Curie",)) == again


def test_the_same_question_is_answered_as_that_question():
    history = [
        Line("maya", "@curie is radium dangerous to touch"),
        Line("Marie Curie", "We did not know how dangerous radium was."),
    ]
    reply = say("darwin", "@darwin same question, is radium dangerous", history=history)
    assert "walk in the garden" not in reply


def test_no_hand_off_to_one_who_has_just_answered():
    history = [
        Line("tom", "@curie is radium dangerous to touch"),
        Line("Marie Curie", "We did not know how dangerous radium was."),
        Line("tom", "@darwin same question, is radium dangerous"),
    ]
    reply = "I have not one, Tom. Perhaps @curie could tell you more; that is Marie Curie's field."
    assert unhanded(reply, history, ("Marie Curie", "Charles Darwin")) == "I have not one, Tom."
    # Curie answered before a person spoke again: handing a new question to her stands.
    later = [*history[:2], Line("priya", "ok"), Line("tom", "@darwin is radium dangerous")]
    assert unhanded(reply, later, ("Marie Curie", "Charles Darwin")) == reply
