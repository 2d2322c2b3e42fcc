"""A file sent alone reaches the personas as a line saying what was shared, not as an empty
message: in the model's chat and in the offline engine's history."""

from __future__ import annotations

import json

import pytest
from channels.db import database_sync_to_async

from bots.models import BotTurn
from rooms.models import Message, Room
from tests.bots.conftest import frames_until, persona_message, seat
from tests.rooms.sockets import connected_socket, frame
from tests.rooms.test_attachments import jpeg_with_exif, upload

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("quick_bots", "channel_layer"),
]


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")


@database_sync_to_async
def uploaded(client_for, room: Room, user, data: bytes, name: str) -> str:
    response = upload(client_for(user), room.slug, data, name)
    assert response.status_code == 201, response.content
    return response.json()["token"]


async def share_alone(room, alice, persona, client_for, data: bytes, name: str) -> None:
    """In a room where the personas answer everything, alice sends a file without a word,
    and `persona` answers it."""
    await database_sync_to_async(Room.objects.filter(pk=room.pk).update)(ai_chattiness="always")
    await seat(room, persona)
    token = await uploaded(client_for, room, alice, data, name)
    socket = await connected_socket(room.slug, alice)
    await socket.send_to(text_data=frame("", attachment=token))
    await frames_until(socket, persona_message(persona.name))
    await socket.disconnect()


@database_sync_to_async
def replies_and_turns(room) -> tuple[list[str], list[tuple[str, str]]]:
    bodies = Message.objects.filter(room=room, kind=Message.Kind.PERSONA)
    turns = BotTurn.objects.values_list("status", "provider")
    return list(bodies.values_list("body", flat=True)), list(turns)


async def test_the_model_is_told_what_was_shared(room, alice, personas, model, client_for):
    await share_alone(room, alice, personas["curie"], client_for, jpeg_with_exif(), "beach.jpg")

    (request,) = model.requests
    *_, last = request["body"]["messages"]
    assert json.loads(last["content"]) == {"author": "alice", "text": "(shared a photo: beach.jpg)"}
    assert await replies_and_turns(room) == (["Hello from the model."], [("done", "llm")])


async def test_the_offline_engine_answers_a_file_shared_alone(room, alice, personas, client_for):
    notes = b"Tea at five.\nScones, jam, cream.\n"
    await share_alone(room, alice, personas["curie"], client_for, notes, "notes.txt")

    (body,), turns = await replies_and_turns(room)
    assert turns == [("done", "offline")]
    assert body.strip()
