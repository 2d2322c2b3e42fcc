"""Issue 10, part 4: clean restarts. A process told to stop (SIGTERM, as a deploy does) closes
its sockets with 1012, so pages reconnect to another process and catch up; a rolling restart
of both processes under traffic loses and doubles nothing; persona replies under way end."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import re
import uuid
from collections.abc import Iterator
from contextlib import AsyncExitStack

import pytest
from channels.db import database_sync_to_async
from django.conf import settings
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed

from accounts.models import User
from bots.models import BotTurn
from bots.runner import RESTARTED
from rooms import services
from rooms.models import Message, Room
from tests.rooms.sockets import message_ids
from tests.serving import ChatServer, session_cookie_for
from tests.test_scale_out import (
    _two_servers,
    frames_containing,
    open_socket,
    seeded_room_with_two_members,
)

pytestmark = pytest.mark.usefixtures("database_thread")  # closes the test's own connection

TIMEOUT = 20.0
SENDS = 60
SEND_EVERY = 0.05  # 20 msg/s from one person


@pytest.fixture
def two_servers(transactional_db: None) -> Iterator[tuple[ChatServer, ChatServer]]:
    # Persona replies stream slowly enough to be caught in the middle.
    yield from _two_servers({"OFFLINE_CHUNK_DELAY": "0.5"})


class Page:
    """What a room page does with its socket: it keeps a cursor and an outbox, and when the
    socket closes it reconnects (to the next process), catches up and sends again."""

    def __init__(self, servers: list[ChatServer], room: Room, cookie: str) -> None:
        self.servers = itertools.cycle(servers)
        self.room, self.cookie = room, cookie
        self.cursor = 0
        self.seen: set[int] = set()
        self.outbox: dict[str, str] = {}
        self.closes: list[int] = []
        self.socket: ClientConnection | None = None
        self.ready = asyncio.Event()

    async def run(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            server = next(self.servers)
            try:
                async with connect(
                    f"{server.ws_url}/ws/rooms/{self.room.slug}/",
                    origin=server.url,
                    additional_headers={"Cookie": f"{settings.SESSION_COOKIE_NAME}={self.cookie}"},
                    proxy=None,
                    open_timeout=TIMEOUT,
                ) as socket:
                    self.socket = socket
                    await socket.send(json.dumps({"action": "sync", "cursor": self.cursor}))
                    for frame in list(self.outbox.values()):
                        await socket.send(frame)
                    self.ready.set()
                    async for text in socket:
                        self._read(text)
            except ConnectionClosed as closed:
                self.closes.append(closed.rcvd.code if closed.rcvd else 1006)
            except OSError:
                pass  # that process is down: try the next
            finally:
                self.ready.clear()
                self.socket = None

    def _read(self, text: str) -> None:
        self.seen.update(message_ids(text))
        for client_id in re.findall(r'data-client-id="([0-9a-f-]{36})"', text):
            self.outbox.pop(client_id, None)
        if match := re.search(r'id="room-cursor"[^>]*data-cursor="(\d+)"', text):
            self.cursor = max(self.cursor, int(match.group(1)))

    async def send(self, body: str) -> str:
        client_id = str(uuid.uuid4())
        self.outbox[client_id] = json.dumps({"body": body, "client_id": client_id})
        if self.socket is not None and self.ready.is_set():
            with contextlib.suppress(ConnectionClosed):  # if so, sent again on reconnect
                await self.socket.send(self.outbox[client_id])
        return client_id


async def test_a_rolling_restart_under_traffic_loses_and_doubles_nothing(two_servers):
    first, second = two_servers

    def setup():
        ada = User.objects.create_user(username="ada", password="restart-passphrase-7")
        bob = User.objects.create_user(username="bob", password="restart-passphrase-7")
        room = services.room_create(creator=ada, name="Restarts")
        services.membership_join(room=room, user=bob)
        return room, session_cookie_for(ada), session_cookie_for(bob)

    room, ada_cookie, bob_cookie = await database_sync_to_async(setup)()
    ada = Page([first, second], room, ada_cookie)
    bob = Page([second, first], room, bob_cookie)
    stop = asyncio.Event()
    pages = [asyncio.create_task(page.run(stop)) for page in (ada, bob)]
    await asyncio.wait_for(asyncio.gather(ada.ready.wait(), bob.ready.wait()), TIMEOUT)

    async def restart(server: ChatServer) -> None:
        await asyncio.to_thread(server.stop)
        await asyncio.to_thread(server.start)

    sent: list[str] = []
    restarts = {SENDS // 3: first, 2 * SENDS // 3: second}
    restarting: list[asyncio.Task] = []
    for n in range(SENDS):
        if n in restarts:
            restarting.append(asyncio.create_task(restart(restarts[n])))
        sent.append(await ada.send(f"message {n}"))
        await asyncio.sleep(SEND_EVERY)  # the pace of the traffic, not a wait for anything
    await asyncio.wait_for(asyncio.gather(*restarting), TIMEOUT * 2)

    all_ids = database_sync_to_async(
        lambda: set(Message.objects.filter(room=room).values_list("pk", flat=True))
    )

    async def settled() -> None:
        # Polls the pages' state (bounded by wait_for): ada's outbox empties as her sends are
        # confirmed, and both pages come to hold every saved message.
        while ada.outbox or not (await all_ids()) <= (ada.seen & bob.seen):
            await asyncio.sleep(0.05)

    try:
        await asyncio.wait_for(settled(), TIMEOUT)
    finally:
        stop.set()
        for page in (ada, bob):
            if page.socket is not None:
                await page.socket.close()
        for task in pages:
            task.cancel()
        await asyncio.gather(*pages, return_exceptions=True)

    saved = await database_sync_to_async(
        lambda: sorted(
            str(client_id)
            for client_id in Message.objects.filter(room=room, author__username="ada").values_list(
                "client_id", flat=True
            )
        )
    )()
    assert saved == sorted(sent)  # every send saved, once
    assert 1012 in ada.closes and 1012 in bob.closes  # both were told "service restart"
    assert await all_ids() <= (ada.seen & bob.seen)  # both pages hold every message


async def test_a_persona_reply_under_way_ends_when_its_process_stops(two_servers):
    first, second = two_servers
    room, ada_cookie, bob_cookie = await seeded_room_with_two_members()
    async with AsyncExitStack() as stack:
        on_first = await open_socket(stack, first, room, ada_cookie)
        on_second = await open_socket(stack, second, room, bob_cookie)
        question = json.dumps({"body": "/AIBot What is Python?", "client_id": str(uuid.uuid4())})
        await on_first.send(question)
        [[draft]] = await frames_containing([on_second], 'id="draft-', total=1)
        turn_id = re.search(r'id="draft-(\d+)"', draft).group(1)

        await asyncio.to_thread(first.stop)  # SIGTERM while the reply is being written

        await frames_containing([on_second], f'id="draft-{turn_id}" hx-swap-oob="delete"', total=1)
    turns = await database_sync_to_async(
        lambda: list(BotTurn.objects.filter(room=room).values_list("status", "error"))
    )()
    assert turns == [(BotTurn.Status.STOPPED, RESTARTED)]
    replies = await database_sync_to_async(
        lambda: Message.objects.filter(room=room, kind=Message.Kind.PERSONA).count()
    )()
    assert replies == 0
