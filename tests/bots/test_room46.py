"""room46: live rooms, where a persona is followed up, called by what it is, or asked to settle.

rate45 rated live rooms worst (2.38 of 5): "no way thats real" or "source?" just after a
persona's line got "That is all I have" or nothing; "the plant guy would know", "ask the
computer lady" got nobody; "lena is right isnt she, curie?" got "I do not agree with Lena"
against the facts; "einstein is time travel possible" was read as a remark about Einstein.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bots.addressing import spoken_of
from bots.context import follows_on
from bots.engine import ChatLine, Voice, offline_reply
from bots.policy import RoomState, may_answer, plan_for_human
from bots.room46 import kind_called, sourced, taken_up
from tests.bots.test_room44 import PRESENT

PERSONAS = Path(__file__).resolve().parents[2] / "bots" / "personas"
EVERYONE = ("einstein", "shakespeare", "curie", "lovelace", "socrates", "darwin")


def _spec(slug: str) -> dict:
    return json.loads(next(PERSONAS.glob(f"*-{slug}.json")).read_text(encoding="utf-8"))


def _voice(slug: str) -> Voice:
    spec = _spec(slug)
    return Voice(
        slug=slug, name=spec["name"], style=spec["style"], material=tuple(spec["material"])
    )


BREAD = [
    ChatLine("maya", "my bread goes stale in like a day"),
    ChatLine("tom", "put it in the fridge"),
    ChatLine("lena", "no the fridge makes it worse"),
    ChatLine("maya", "does anyone know why bread goes stale"),
    ChatLine("tom", "it dries out obviously"),
    ChatLine("lena", "its not drying, its the starch recrystallizing"),
]


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("the plant guy would know", "darwin"),
        ("ask the computer lady", "lovelace"),
        ("our physicist will say no", "einstein"),
        ("ask the science lady", "curie"),
        ("what would the philosopher say", "socrates"),
        ("ask the poet, he'd know about writing contests", "shakespeare"),
        ("ask the bird man", "darwin"),
    ],
)
@pytest.mark.parametrize("chattiness", ["lively", "normal"])
def test_a_persona_called_by_what_it_is_answers_as_if_named(text, slug, chattiness):
    """Before: nobody answered any of them (room46 dev rooms)."""
    state = RoomState(chattiness=chattiness, present=PRESENT)
    for seed in range(1, 4):
        assert may_answer(state, text, seed=seed)
        plan = plan_for_human(state, text, seed=seed)
        assert plan.slugs == (slug,) and plan.owned


@pytest.mark.parametrize(
    "text",
    [
        "the poet in that book is so annoying",
        "my dad is a physicist lol",
        "the plant guy at the market was rude",
        "ask the teacher tomorrow",
    ],
)
def test_what_it_is_said_in_passing_calls_nobody(text):
    assert kind_called(text, EVERYONE) == ""


def test_a_settle_asked_of_the_room_question_says_who_the_facts_bear_out():
    """Before: "I do not agree with Lena, Tom; the claim is larger than the evidence for it"."""
    history = [*BREAD, ChatLine("tom", "lena is right isnt she, curie?")]
    reply = offline_reply(
        _voice("curie"), message="lena is right isnt she, curie?", seed=3, history=history
    )
    assert reply.startswith("Yes, Lena has it right. Stale bread is not dried out, Tom, but its")


def test_called_by_what_it_is_it_takes_up_the_room_question():
    history = [*BREAD, ChatLine("maya", "ask the science lady")]
    question, line = taken_up(
        "curie", "Marie Curie", _voice("curie").material, "ask the science lady", history, ()
    )
    assert question == "does anyone know why bread goes stale"
    assert line.startswith("Lena has it right. Stale bread is not dried out, {name}, but")


@pytest.mark.parametrize(
    ("message", "question"),
    [
        ("einstein settle this", "is light a wave or a particle"),
        ("einstein?", "is light a wave or a particle"),
        ("our physicist will settle it", "is light a wave or a particle"),
    ],
)
def test_settle_reads_the_room_last_question(message, question):
    history = [
        ChatLine("maya", "is light a wave or a particle"),
        ChatLine("Albert Einstein", "Light behaves like a wave and like a stream.", own=True),
        ChatLine("tom", "both i think"),
        ChatLine("maya", "no its a wave, thats why it diffracts"),
        ChatLine("tom", message),
    ]
    assert taken_up("einstein", "Albert Einstein", (), message, history, ())[0] == question


@pytest.mark.parametrize(
    "message",
    ["einstein what is relativity", "thanks einstein", "einstein is a genius", "einstein lol"],
)
def test_other_messages_naming_it_are_not_settles(message):
    history = [ChatLine("maya", "is light a wave or a particle"), ChatLine("tom", message)]
    assert taken_up("einstein", "Albert Einstein", (), message, history, ()) == ("", "")


@pytest.mark.parametrize(
    "text",
    ["source?", "says who", "no way thats real", "how do you know that", "is that true lol"],
)
def test_a_doubt_of_the_line_just_said_follows_on(text):
    assert sourced(text) and follows_on(text)


def test_a_thing_of_its_line_echoed_back_follows_on():
    assert follows_on("the bernoulli numbers thing?")
    assert not follows_on("the party is at 8?")


def test_a_doubt_with_nothing_more_to_say_is_met_with_how_it_knows():
    """Before: "That is all I have on it, Maya" (Curie), nothing at all (Darwin)."""
    history = [
        ChatLine("maya", "darwin you went there right"),
        ChatLine(
            "Charles Darwin",
            "A fair question, Maya. Giant tortoises of the Galápagos could be told apart by the "
            "shape of their shells, island by island.",
            own=True,
        ),
        ChatLine("tom", "for real?"),
    ]
    reply = offline_reply(_voice("darwin"), message="for real?", seed=5, history=history)
    assert reply == (
        "Truly, Tom; I set such things down in my notebooks as I saw them, and I do not write "
        "down what I have not seen myself or had from a careful observer."
    )


def test_a_question_asked_of_it_without_a_comma_is_to_it():
    """Before: "einstein is time travel possible" was a remark about him: nobody answered."""
    names = ("einstein", "albert einstein", "albert")
    assert not spoken_of("einstein is time travel possible", names)
    assert spoken_of("einstein is a genius honestly", names)
    assert spoken_of("einstein is right about this", names)
