"""Who could answer in a room is remembered per process: most messages then cost the personas
no database work, and a change to a room's personas applies to the very next message."""

from __future__ import annotations

import re

import pytest
from channels.db import database_sync_to_async
from django.db import connection
from django.test.utils import CaptureQueriesContext

from bots import services
from bots.models import BotTurn
from rooms.models import Room
from tests.bots.conftest import frames_until, persona_message
from tests.rooms.sockets import TIMEOUT, action, connected_socket, frame, message_ids

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("quick_bots", "channel_layer"),
]


async def settled(socket) -> None:
    """Returns once whatever the socket's last frame set off has touched the database: frames
    are handled in order, and the database thread runs its work in the order it was asked."""
    await socket.send_to(text_data=action("sync", cursor=10**9))
    await frames_until(socket, lambda f: 'id="room-cursor"' in f)


@database_sync_to_async
def turns(room) -> list[str]:
    return list(BotTurn.objects.filter(room=room).values_list("persona__slug", flat=True))


async def test_a_message_nobody_can_answer_costs_the_personas_no_query(room, alice, personas):
    socket = await connected_socket(room.slug, alice)
    # The first message in a while asks the database who could answer here.
    await socket.send_to(text_data=frame("good morning"))
    assert message_ids(await socket.receive_from(timeout=TIMEOUT))
    await settled(socket)

    queries = CaptureQueriesContext(connection)
    # The capture must start, end and be read on the database thread, where the queries run.
    await database_sync_to_async(queries.__enter__)()
    try:
        await socket.send_to(text_data=frame("just chatting, nobody asked"))
        assert message_ids(await socket.receive_from(timeout=TIMEOUT))
        await settled(socket)
    finally:
        await database_sync_to_async(queries.__exit__)(None, None, None)
    sql = await database_sync_to_async(lambda: [q["sql"] for q in queries.captured_queries])()

    assert any('INSERT INTO "rooms_message"' in statement for statement in sql)
    # (Messages are read with their authors' personas joined: only reads *from* bots count.)
    assert [
        statement for statement in sql if re.search(r'(FROM|INTO|UPDATE) "bots_', statement)
    ] == []
    assert await turns(room) == []
    await socket.disconnect()


async def test_a_persona_seated_by_the_owner_answers_the_next_message(room, alice, personas):
    # Mentions do not bring personas in here: only the owner seats them.
    await database_sync_to_async(Room.objects.filter(pk=room.pk).update)(
        ai_chattiness=Room.Chattiness.MENTIONS, ai_join_on_mention=False
    )
    socket = await connected_socket(room.slug, alice)
    await socket.send_to(text_data=frame("@einstein, are you there?"))
    assert message_ids(await socket.receive_from(timeout=TIMEOUT))
    assert "is not in this room" in await socket.receive_from(timeout=TIMEOUT)  # the notice
    await settled(socket)
    assert await turns(room) == []  # not in the room: nobody answers

    await database_sync_to_async(services.room_personas_set)(
        room=room, actor=alice, persona_ids=[personas["einstein"].pk]
    )
    await socket.send_to(text_data=frame("@einstein, what is light?"))

    await frames_until(socket, persona_message("Albert Einstein"))
    assert await turns(room) == ["einstein"]
    await socket.disconnect()
