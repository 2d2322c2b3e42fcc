"""A program opens a room socket with its API token (`Authorization: Bearer <token>` on the
handshake) instead of a session cookie."""

from __future__ import annotations

import pytest
from channels.db import database_sync_to_async
from channels.testing import WebsocketCommunicator

from accounts import tokens
from accounts.models import ApiToken
from chatsite.asgi import application
from tests.rooms.sockets import TIMEOUT, frame, message_ids

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("presence_tasks", "channel_layer"),
]


def token_socket(slug: str, token: str) -> WebsocketCommunicator:
    headers = [
        (b"host", b"127.0.0.1"),
        (b"origin", b"http://127.0.0.1"),
        (b"authorization", f"Bearer {token}".encode()),
    ]
    return WebsocketCommunicator(application, f"/ws/rooms/{slug}/", headers=headers)


async def close_code(socket: WebsocketCommunicator) -> int:
    connected, _ = await socket.connect(timeout=TIMEOUT)
    assert connected  # accepted, then closed with the code
    output = await socket.receive_output(timeout=TIMEOUT)
    assert output["type"] == "websocket.close"
    return output["code"]


async def test_a_token_opens_a_members_socket_that_posts_and_hears(room, alice, alice_token):
    socket = token_socket(room.slug, alice_token)
    connected, _ = await socket.connect(timeout=TIMEOUT)
    assert connected
    await socket.send_to(text_data=frame("from a program"))
    received = await socket.receive_from(timeout=TIMEOUT)
    while not message_ids(received):  # the member panel may come first
        received = await socket.receive_from(timeout=TIMEOUT)
    assert "from a program" in received
    await socket.disconnect()


async def test_a_bad_or_revoked_token_is_closed_4401(room, alice, alice_token):
    assert await close_code(token_socket(room.slug, "salon_00000000_nope")) == 4401
    await database_sync_to_async(
        lambda: tokens.token_revoke(token=ApiToken.objects.get(user=alice))
    )()
    assert await close_code(token_socket(room.slug, alice_token)) == 4401


async def test_a_token_does_not_open_a_private_room_its_person_is_not_in(private_room, bob_token):
    assert await close_code(token_socket(private_room.slug, bob_token)) == 4404
