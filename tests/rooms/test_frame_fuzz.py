"""Any frame a client can send (issue 8, part 11): the sender gets an answer or nothing, the
socket lives on, nothing fails on the server, and nothing reaches or changes another room."""

from __future__ import annotations

import json
import logging
import uuid
from dataclasses import dataclass

import pytest
from channels.db import database_sync_to_async
from channels.testing import WebsocketCommunicator
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rooms import services
from rooms.models import Message
from tests.rooms.sockets import TIMEOUT, connected_socket, frame

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("presence_tasks", "channel_layer"),
]

FIELDS = (
    "action",
    "body",
    "client_id",
    "message_id",
    "cursor",
    "turn_id",
    "HEADERS",
    "room",
    "attachment",
)
ACTIONS = ("post", "edit", "delete", "stop", "typing", "sync", "read", "join", "", "__init__")

scalars = (
    st.none()
    | st.booleans()
    # Small ids name real messages (the other room's too); big ones overflow 64 bits.
    | st.integers(min_value=-3, max_value=60)
    | st.integers(min_value=2**62, max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=40)
    | st.sampled_from(ACTIONS)
    | st.uuids().map(str)
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner),
    max_leaves=6,
)
json_frames = st.dictionaries(
    st.sampled_from(FIELDS) | st.text(max_size=8), values, max_size=5
).map(json.dumps)
raw_frames = st.text(max_size=120) | st.binary(max_size=40).map(lambda b: b.decode("latin-1"))
frames = st.lists(json_frames | raw_frames, min_size=1, max_size=6)


@database_sync_to_async
def other_room_state(room_id: int) -> list[tuple]:
    return list(
        Message.objects.filter(room_id=room_id)
        .order_by("pk")
        .values_list("pk", "body", "seq", "edited_at", "deleted_at")
    )


@dataclass
class Arena:
    fuzzed: WebsocketCommunicator  # alice's socket in her room, that gets the frames
    bystander: WebsocketCommunicator  # bob's socket in his own room
    other_room_id: int
    other_before: list[tuple]


@pytest.fixture
async def arena(room, alice, bob, caplog):
    other = await database_sync_to_async(services.room_create)(creator=bob, name="Elsewhere")
    await database_sync_to_async(services.message_post)(
        room=other, author=bob, body="bob's own room", client_id=uuid.uuid4()
    )
    caplog.set_level(logging.ERROR, logger="rooms")
    arena = Arena(
        fuzzed=await connected_socket(room.slug, alice),
        bystander=await connected_socket(other.slug, bob),
        other_room_id=other.pk,
        other_before=await other_room_state(other.pk),
    )
    yield arena
    # After every example: nothing reached or changed the other room, nothing failed.
    assert await arena.bystander.receive_nothing(timeout=0.2)
    assert await other_room_state(other.pk) == arena.other_before
    assert [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR] == []
    await arena.fuzzed.disconnect()
    await arena.bystander.disconnect()


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(sent=frames)
async def test_any_frame_gets_an_answer_or_nothing_and_never_leaks(arena: Arena, sent):
    for raw in sent:
        # As the server hands it over (send_to() refuses an empty frame, a client may not).
        await arena.fuzzed.send_input({"type": "websocket.receive", "text": raw})
    # Frames are handled in order: once this one is answered, so are all the others, and the
    # socket is still open.
    marker = str(uuid.uuid4())
    await arena.fuzzed.send_to(text_data=frame("still alive", marker))
    while True:
        output = await arena.fuzzed.receive_output(timeout=TIMEOUT)
        assert output["type"] == "websocket.send", (sent, output)
        if f'data-client-id="{marker}"' in output["text"]:
            break
    assert await arena.bystander.receive_nothing(timeout=0)
