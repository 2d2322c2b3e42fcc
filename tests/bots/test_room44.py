"""room44: what personas say unasked in live rooms.

A question put to a lively or normal room that a persona present knows ("anyone know why my
sourdough is flat?", "how long do i boil an egg for a runny yolk") had gone unanswered: no line
of its material chimed with the words. The persona with the `#know` line answers it, as asked,
and nobody piles on after it. A persona joining a room's question unasked with a line on one
word of it ("why does the moon look red during an eclipse": "On the Moon you would weigh a
sixth of what you weigh here") keeps quiet instead.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bots.engine import Voice, offline_reply
from bots.policy import Candidate, RoomState, may_answer, plan_for_human
from bots.room44 import knows, on_point, room_question
from rooms.models import Room
from tests.bots.test_conversation import answers, say
from tests.bots.test_live12 import room_of
from tests.bots.test_room42 import EVERYONE, chain

PERSONAS = Path(__file__).resolve().parents[2] / "bots" / "personas"


def _candidate(slug: str) -> Candidate:
    spec = json.loads(next(PERSONAS.glob(f"*-{slug}.json")).read_text(encoding="utf-8"))
    return Candidate(
        slug,
        spec["name"],
        spec["talkativeness"],
        material=tuple(spec["material"]),
        topics=tuple(spec.get("style", {}).get("topics", ())),
    )


PRESENT = tuple(_candidate(slug) for slug in EVERYONE)
SOURDOUGH = (
    "A dense sourdough is nearly always underproved, {name}: wild yeast is slower than packet "
    "yeast, so the dough may need six hours or more in a cool kitchen, from a lively starter. "
    "Wait until it has grown by half and wobbles, then bake."
)


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("anyone know why my sourdough is flat? no rise at all", "curie"),
        ("how long do i boil an egg for a runny yolk", "curie"),
        ("whats the difference between an ionic and covalent bond again", "curie"),
        ("anyone know why my courgettes keep rotting at the tip", "darwin"),
        ("whats a sonnet again, how many lines", "shakespeare"),
        ("what actually gets burnt grease off oven glass", "curie"),
    ],
)
@pytest.mark.parametrize("chattiness", ["lively", "normal"])
def test_a_room_question_a_persona_knows_is_answered_by_it_in_any_room_that_speaks(
    text, owner, chattiness
):
    """Before: nobody answered any of them, lively or normal (room44 dev rooms)."""
    state = RoomState(chattiness=chattiness, present=PRESENT)
    for seed in range(1, 6):
        plan = plan_for_human(state, text, seed=seed)
        assert may_answer(state, text, seed=seed)
        assert plan.slugs == (owner,) and plan.owned


def test_several_who_know_it_answer_one_at_a_time_by_talkativeness():
    text = "is chocolate actually dangerous for dogs or is that a myth"
    state = RoomState(chattiness="lively", present=PRESENT)
    slugs = {plan_for_human(state, text, seed=seed).slugs for seed in range(30)}
    assert slugs == {("curie",), ("darwin",)}


@pytest.mark.parametrize(
    "text",
    [
        # Not asked of the room, or nobody's to answer.
        "i'm doing a cleaning rota for the kitchen btw, everyone pick a day",
        "@tom you still want those seedlings?",
        "whats everyone doing tonight",
        "sara did u sign the school trip form",
        "how does offside actually work i never get it",
        # Its line is on grown people, of its own life, or on another thing.
        "how much sleep should a 4 year old get",
        "who wrote it again, mary shelley right? how old was she",
    ],
)
def test_no_owner_for_what_no_persona_knows_or_was_not_asked_of_the_room(text):
    state = RoomState(chattiness="lively", present=PRESENT)
    assert not plan_for_human(state, text, seed=3).owned


def test_a_line_on_grown_people_does_not_answer_a_question_of_a_child():
    darwin = _candidate("darwin").material
    assert knows(darwin, "how much sleep should i get")
    assert not knows(darwin, "how much sleep should a 4 year old get")


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("how long do i boil an egg for a runny yolk", True),
        ("whats eating my lettuce, big holes overnight", True),
        ("what actually gets burnt grease off oven glass", True),
        ("is chocolate actually dangerous for dogs or is that a myth", True),
        ("whats everyone doing tonight", False),
        ("lets meet at stansted 6am", False),
        ("@maya whats the plan", False),
        ("rent due friday people", False),
    ],
)
def test_a_room_question(text, wanted):
    assert room_question(text) is wanted


def test_a_line_on_one_word_of_the_question_is_not_on_point():
    question = "why does the moon look red during an eclipse"
    assert not on_point(
        question, "On the Moon you would weigh a sixth of what you weigh here, because the Moon"
    )
    assert not on_point(
        "why do plants grow towards the window",
        "Plants do not hear our talk, but they feel a good deal: roots bend towards water",
    )
    assert on_point(
        "why do cats knead blankets anyway",
        "A cat that kneads a soft blanket with its paws is doing what it did as a kitten",
    )


def test_joining_a_room_question_unasked_with_a_line_on_one_word_says_nothing():
    """Before: "A lovely question, Maya. On the Moon you would weigh a sixth of what you weigh
    here ...", unasked, in every run of the science room."""
    spec = json.loads(next(PERSONAS.glob("*-einstein.json")).read_text(encoding="utf-8"))
    voice = Voice(
        slug="einstein", name=spec["name"], style=spec["style"], material=tuple(spec["material"])
    )
    reply = offline_reply(
        voice, message="why does the moon look red during an eclipse", seed=7, unasked=True
    )
    assert reply == ""


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("quick_bots", "channel_layer")
async def test_a_lively_room_question_is_answered_once_by_its_owner(room, alice, bob, personas):
    await room_of(room, personas, *EVERYONE, people=[bob], chattiness=Room.Chattiness.LIVELY)

    message = await say(room, bob, "anyone know why my sourdough is flat? no rise at all")
    said = await answers(message)

    assert said == {"curie": SOURDOUGH.format(name="Bob")}
    # Nobody piles on after it.
    assert [slug for slug, _ in await chain(message)] == ["curie"]
