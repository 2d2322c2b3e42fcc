"""What a review of round twelve found said wrongly, now said rightly (issue 14):
- a persona named in passing with an everyday word the praise and tease lists held ("king",
  "again", "moving", "deep", "extra") thanked or teased someone who never addressed it;
- "my ankle has fully healed, their physio was great" was met with wishes for someone else's
  recovery ("their" counted as someone dear);
- "honestly i cant sidestep this one" read as declining a side."""

from __future__ import annotations

import pytest

from bots.engine import read
from bots.material import terms
from tests.bots.test_conversation import answers
from tests.bots.test_conversation import say as say_in_room
from tests.bots.test_everyday_messages import PEOPLE, VOICES, say
from tests.bots.test_live12 import room_of

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("quick_bots", "channel_layer"),
]

IN_PASSING = [
    "my history teacher says shakespeare wrote about king lear",
    "we are studying shakespeare again this term",
    "darwin is moving to the top of my reading list",
    "my dog is called einstein and he is deep asleep",
    "einstein had extra time in his exams",
]


async def test_a_persona_named_in_passing_is_neither_thanked_nor_teased(room, alice, personas):
    await room_of(room, personas, "shakespeare", "darwin", "einstein")
    for text in IN_PASSING:
        assert await answers(await say_in_room(room, alice, text)) == {}, text
    # While praise said of one still gets its word of thanks: the room is listening.
    thanked = await answers(await say_in_room(room, alice, "darwin called it, obviously"))
    assert list(thanked) == ["darwin"]


@pytest.mark.parametrize("slug", PEOPLE)
def test_ones_own_recovery_is_congratulated_not_wished_on_someone_else(slug):
    reply = say(slug, f"@{slug} my ankle has fully healed, their physio was great", seed=2)
    assert "may they" not in reply and "give them" not in reply, reply


@pytest.mark.parametrize("slug", PEOPLE)
def test_a_word_beginning_with_side_or_agree_declines_nothing(slug):
    for text in ("honestly i cant sidestep this one", "we dont side-eye anyone here"):
        # Said just after Socrates, a side declined would be taken as declining his.
        found = read(
            text, voice=VOICES[slug], speakers=("Socrates",), query=terms(text), last="Socrates"
        )
        assert found.kind != "disagree", (text, found)
