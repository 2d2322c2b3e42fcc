"""A reply to a persona's message asks that persona, and only it (issue 11, part 2)."""

from __future__ import annotations

import uuid

import pytest
from channels.db import database_sync_to_async

from bots.models import BotTurn
from bots.policy import Candidate, Plan, RoomState, plan_for_human
from rooms import services as room_services
from rooms.models import Room
from tests.bots.conftest import frames_until, persona_message, seat
from tests.rooms.sockets import connected_socket, frame

EINSTEIN = Candidate("einstein", "Albert Einstein", 60)
SOCRATES = Candidate("socrates", "Socrates", 50)
DARWIN = Candidate("darwin", "Charles Darwin", 40)


def state(chattiness: str = "mentions", **changes) -> RoomState:
    return RoomState(**{"chattiness": chattiness, "present": (EINSTEIN, SOCRATES), **changes})


@pytest.mark.parametrize("chattiness", ["mentions", "normal", "lively", "always"])
def test_a_reply_to_a_persona_is_for_that_persona_alone(chattiness):
    body = "Socrates would say otherwise, @socrates?"
    assert plan_for_human(state(chattiness), body, seed=1, replied_to="einstein") == Plan(
        slugs=("einstein",)
    )


def test_a_reply_in_a_silent_room_is_not_answered():
    assert plan_for_human(state("silent"), "and you?", seed=1, replied_to="einstein") == Plan()


def test_a_reply_to_a_persona_that_left_brings_it_back_if_the_room_lets_mentions():
    room = state(absent=(DARWIN,))
    assert plan_for_human(room, "and you?", seed=1, replied_to="darwin") == Plan(
        slugs=("darwin",), seat=("darwin",)
    )
    no = state(absent=(DARWIN,), join_on_mention=False)
    assert plan_for_human(no, "and you?", seed=1, replied_to="darwin") == Plan(refused=("darwin",))


def test_a_reply_spends_the_budget_like_a_mention():
    spent = state(replies_today=200, daily_budget=200)
    assert plan_for_human(spent, "and you?", seed=1, replied_to="einstein") == Plan(
        budget_spent=True
    )


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("quick_bots", "channel_layer")
async def test_replying_to_einstein_in_a_mentions_room_gets_einstein_only(room, alice, personas):
    await seat(room, personas["einstein"], personas["socrates"])
    await database_sync_to_async(Room.objects.filter(pk=room.pk).update)(
        ai_chattiness=Room.Chattiness.MENTIONS
    )
    said = await database_sync_to_async(room_services.message_post)(
        room=room,
        author=personas["einstein"].user,
        body="Light is both a wave and a particle.",
        client_id=uuid.uuid4(),
    )
    socket = await connected_socket(room.slug, alice)

    # Socrates is named, which alone would call him: the reply asks Einstein, and only him.
    await socket.send_to(text_data=frame("Would Socrates agree?", reply_to=said.message.pk))

    # (Einstein's answer may in turn call on Socrates: that is a persona's turn, hop 1.)
    await frames_until(socket, persona_message("Albert Einstein"))
    turns = await database_sync_to_async(
        lambda: list(
            BotTurn.objects.filter(room=room, hop=0).values_list("persona__slug", flat=True)
        )
    )()
    assert turns == ["einstein"]
    await socket.disconnect()
