"""Two server processes behind one Redis and one database behave as one server."""

from __future__ import annotations

import asyncio
import json
import os
import uuid
from collections.abc import Iterator, Sequence
from contextlib import AsyncExitStack, ExitStack

import pytest
from channels.db import database_sync_to_async
from django.conf import settings
from websockets.asyncio.client import ClientConnection, connect

from accounts.models import User
from rooms import services
from rooms.models import Message, Room
from tests.serving import DaphneServer, daphne_server, session_cookie_for

RECEIVE_TIMEOUT = 10.0
BODY = "hello from A & <b>B</b>"
ESCAPED_BODY = "hello from A &amp; &lt;b&gt;B&lt;/b&gt;"


def shared_redis_url() -> str:
    """The Redis both processes meet in: the run's REDIS_URL, else scripts/test.sh's."""
    url = os.environ.get("REDIS_URL") or os.environ.get("TEST_REDIS_URL")
    if not url:
        pytest.fail(
            "test_scale_out needs a Redis: set REDIS_URL or TEST_REDIS_URL "
            "(scripts/test.sh starts one and sets TEST_REDIS_URL)."
        )
    return url


@pytest.fixture
def two_servers(transactional_db: None) -> Iterator[tuple[DaphneServer, DaphneServer]]:
    """Two daphne processes on one test database and one Redis channel layer."""
    env = {"REDIS_URL": shared_redis_url()}
    with ExitStack() as stack:
        first = stack.enter_context(daphne_server(label="daphne-scale-out-1", env=env))
        second = stack.enter_context(daphne_server(label="daphne-scale-out-2", env=env))
        yield first, second


def member_in_room() -> tuple[Room, str]:
    """A room, and the session cookie of its owner."""
    user = User.objects.create_user(username="ada", password="scale-out-passphrase-7")
    room = services.room_create(creator=user, name="Scale out")
    return room, session_cookie_for(user)


async def open_socket(
    stack: AsyncExitStack, server: DaphneServer, room: Room, cookie: str
) -> ClientConnection:
    """A room socket on `server`, once the consumer has joined the room's group."""
    socket = await stack.enter_async_context(
        connect(
            f"{server.ws_url}/ws/rooms/{room.slug}/",
            origin=server.url,
            additional_headers={"Cookie": f"{settings.SESSION_COOKIE_NAME}={cookie}"},
            proxy=None,
            open_timeout=RECEIVE_TIMEOUT,
        )
    )
    # The consumer accepts before it joins the group, and handles frames one at a time: the
    # answer to a blank message proves that connect() is over and the socket will hear the room.
    await socket.send(json.dumps({"body": "", "client_id": str(uuid.uuid4())}))
    [[error]] = await frames_containing([socket], "Type a message before sending.", total=1)
    assert 'id="composer-error"' in error
    return socket


async def frames_containing(
    sockets: Sequence[ClientConnection], text: str, *, total: int
) -> list[list[str]]:
    """Per socket, the frames that contain `text`, read until `total` such frames arrived
    across all sockets; other frames are skipped. Fails after RECEIVE_TIMEOUT seconds."""
    found: list[list[str]] = [[] for _ in sockets]

    async def read(index: int) -> None:
        while sum(map(len, found)) < total:
            frame = await sockets[index].recv()
            if isinstance(frame, str) and text in frame:
                found[index].append(frame)

    readers = [asyncio.ensure_future(read(index)) for index in range(len(sockets))]
    try:
        await asyncio.wait_for(_first_to_finish_then_cancel_rest(readers), timeout=RECEIVE_TIMEOUT)
    except TimeoutError:
        pytest.fail(f"After {RECEIVE_TIMEOUT:g} s, frames containing {text!r}: {found}")
    return found


async def _first_to_finish_then_cancel_rest(tasks: list[asyncio.Future[None]]) -> None:
    try:
        done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        for task in done:
            task.result()  # re-raise a closed connection
    finally:
        for task in tasks:
            task.cancel()  # websockets' recv() is safe to cancel: no frame is lost
        await asyncio.gather(*tasks, return_exceptions=True)


# database_sync_to_async, not the ORM's a* methods: it closes the connection it used, so the
# test database can be dropped at the end of the run.
@database_sync_to_async
def saved_with(client_id: str) -> list[Message]:
    return list(Message.objects.filter(client_id=client_id))


@database_sync_to_async
def people_message_count(room: Room) -> int:
    return Message.objects.filter(room=room, kind=Message.Kind.USER).count()


@pytest.mark.django_db(transaction=True)
async def test_message_crosses_processes_and_a_racing_retry_saves_once(
    two_servers: tuple[DaphneServer, DaphneServer],
) -> None:
    room, cookie = await database_sync_to_async(member_in_room)()
    async with AsyncExitStack() as stack:
        sockets = [await open_socket(stack, server, room, cookie) for server in two_servers]
        first, _second = sockets

        # A message sent to process 1 reaches the socket on process 2 through Redis.
        client_id = str(uuid.uuid4())
        await first.send(json.dumps({"body": BODY, "client_id": client_id}))
        on_first, on_second = await frames_containing(sockets, ESCAPED_BODY, total=2)
        [message] = await saved_with(client_id)
        assert message.body == BODY
        assert len(on_first) == len(on_second) == 1
        assert f'id="message-{message.pk}"' in on_second[0]
        assert BODY not in on_second[0]
        # Rendered once, the same text for every socket.
        assert on_first == on_second

        # The same send reaches both processes at once: one row, and both sockets show it.
        # The losing process answers its own socket directly, so three frames in all.
        racing_id = str(uuid.uuid4())
        frame = json.dumps({"body": "sent twice at once", "client_id": racing_id})
        await asyncio.gather(*(socket.send(frame) for socket in sockets))
        received = await frames_containing(sockets, "sent twice at once", total=3)
        [raced] = await saved_with(racing_id)
        assert await people_message_count(room) == 2
        assert sorted(map(len, received)) == [1, 2]
        for frames in received:
            assert all(f'id="message-{raced.pk}"' in frame for frame in frames)
