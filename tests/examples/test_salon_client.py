"""examples/salon_client.py against a real server (uvicorn, as in production): it catches up
from seq 0, hears a post live, posts once for two sends with one client_id, and after the
server restarts it catches up on what was said while it was away."""

from __future__ import annotations

import asyncio
import importlib.util
import uuid
from pathlib import Path

import pytest
from channels.db import database_sync_to_async
from django.conf import settings

from accounts import tokens
from accounts.models import User
from rooms import services
from rooms.models import Message
from tests.serving import chat_server_process

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("database_thread")]

WAIT = 15.0


def load_example():
    path = Path(settings.BASE_DIR) / "examples" / "salon_client.py"
    spec = importlib.util.spec_from_file_location("salon_client", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


async def test_the_example_client_follows_catches_up_and_posts_once():
    salon_client = load_example()

    def setup():
        alice = User.objects.create_user(username="alice", password="a-long-test-passphrase")
        room = services.room_create(creator=alice, name="Tea Room")
        services.message_post(room=room, author=alice, body="before", client_id=uuid.uuid4())
        return alice, room, tokens.token_create(user=alice, name="example")[1]

    alice, room, token = await database_sync_to_async(setup)()
    seen: list[dict] = []
    arrived = asyncio.Event()

    async def on_message(message: dict) -> None:
        seen.append(message)
        arrived.set()

    async def wait_for(body: str) -> None:
        async def until() -> None:
            while body not in [m["body"] for m in seen]:
                arrived.clear()
                await arrived.wait()

        await asyncio.wait_for(until(), WAIT)

    with chat_server_process(label="example-client") as server:
        client = salon_client.SalonClient(server.url, token)
        following = asyncio.create_task(client.follow(room.slug, on_message, after_seq=0))
        try:
            await wait_for("before")  # caught up from seq 0

            client_id = str(uuid.uuid4())
            first = await client.post(room.slug, "live from a program", client_id=client_id)
            again = await client.post(room.slug, "live from a program", client_id=client_id)
            assert again == first
            await wait_for("live from a program")  # heard on the socket, read from the API

            await asyncio.to_thread(server.stop)
            await database_sync_to_async(services.message_post)(
                room=room, author=alice, body="while you were away", client_id=uuid.uuid4()
            )
            await asyncio.to_thread(server.start)
            await wait_for("while you were away")  # reconnected and caught up by seq
        finally:
            following.cancel()
            await client.http.aclose()

    assert [m["body"] for m in seen] == ["before", "live from a program", "while you were away"]
    assert [m["seq"] for m in seen] == sorted(m["seq"] for m in seen)
    bodies = await database_sync_to_async(
        lambda: list(Message.objects.order_by("id").values_list("body", flat=True))
    )()
    assert bodies == ["before", "live from a program", "while you were away"]
