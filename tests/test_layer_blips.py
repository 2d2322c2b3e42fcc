"""Issue 10, part 5: a Redis outage closes no socket. Two server processes share a Redis of
this test's own, which is stopped for OUTAGE_SECONDS and started again under traffic."""

from __future__ import annotations

import asyncio
import json
import shutil
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import AsyncExitStack, ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from channels.db import database_sync_to_async
from websockets.asyncio.client import ClientConnection
from websockets.protocol import State

from accounts.models import User
from rooms import services
from rooms.models import Message
from tests.serving import ChatServer, chat_server_process, free_port, session_cookie_for
from tests.test_scale_out import frames_containing, open_socket

pytestmark = pytest.mark.usefixtures("database_thread")  # closes the test's own connection

OUTAGE_SECONDS = 10.0
RESTART_TIMEOUT = 10.0
RESYNC = 'id="room-resync"'


@dataclass
class RedisServer:
    """A Redis of the test's own, so that it can be stopped without touching anyone else's."""

    port: int
    folder: Path
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [shutil.which("redis-server") or "redis-server", "--port", str(self.port)]
            + ["--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
            + ["--dir", str(self.folder)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + RESTART_TIMEOUT
        while not self._answers():
            assert time.monotonic() < deadline, "redis-server did not start"
            assert self.process.poll() is None, "redis-server exited"

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=RESTART_TIMEOUT)

    def _answers(self) -> bool:
        ping = ["redis-cli", "-p", str(self.port), "ping"]
        return subprocess.run(ping, capture_output=True, text=True).stdout.strip() == "PONG"


@contextmanager
def own_redis() -> Iterator[RedisServer]:
    with tempfile.TemporaryDirectory() as folder:
        redis = RedisServer(port=free_port(), folder=Path(folder))
        redis.start()
        try:
            yield redis
        finally:
            redis.stop()


@pytest.fixture
def outage_stack(transactional_db: None) -> Iterator[tuple[RedisServer, ChatServer, ChatServer]]:
    with ExitStack() as stack:
        redis = stack.enter_context(own_redis())
        env = {"REDIS_URL": redis.url}
        first = stack.enter_context(chat_server_process(label="blip-1", env=env))
        second = stack.enter_context(chat_server_process(label="blip-2", env=env))
        yield redis, first, second


def send_frame(body: str) -> tuple[str, str]:
    client_id = str(uuid.uuid4())
    return client_id, json.dumps({"body": body, "client_id": client_id})


async def catch_up(socket: ClientConnection, cursor: int) -> str:
    """What a page does on the resync frame: ask for everything after its cursor."""
    await socket.send(json.dumps({"action": "sync", "cursor": cursor}))
    [[frame]] = await frames_containing([socket], 'id="room-cursor"', total=1)
    return frame


def still_open(*sockets: ClientConnection) -> bool:
    return all(socket.state is State.OPEN for socket in sockets)


async def test_a_redis_outage_closes_no_socket_and_loses_nothing(outage_stack):
    redis, first, second = outage_stack

    def setup():
        ada = User.objects.create_user(username="ada", password="blip-passphrase-7")
        bob = User.objects.create_user(username="bob", password="blip-passphrase-7")
        room = services.room_create(creator=ada, name="Blips")
        services.membership_join(room=room, user=bob)
        return room, session_cookie_for(ada), session_cookie_for(bob)

    room, ada_cookie, bob_cookie = await database_sync_to_async(setup)()
    async with AsyncExitStack() as stack:
        ada = await open_socket(stack, first, room, ada_cookie)
        bob = await open_socket(stack, second, room, bob_cookie)
        _, frame = send_frame("before the outage")
        await ada.send(frame)
        await frames_containing([ada, bob], "before the outage", total=2)
        cursor = await database_sync_to_async(lambda: type(room).objects.get(pk=room.pk).seq)()

        redis.stop()
        outage_started = time.monotonic()

        # Sends during the outage are saved, once, and confirmed to the sender.
        bodies = [f"during the outage {n}" for n in range(3)]
        for body in bodies:
            _, frame = send_frame(body)
            await ada.send(frame)
            [[confirmed]] = await frames_containing([ada], body, total=1)
            assert "composer-error" not in confirmed
        saved = await database_sync_to_async(
            lambda: list(
                Message.objects.filter(room=room, body__startswith="during")
                .order_by("id")
                .values_list("body", flat=True)
            )
        )()
        assert saved == bodies

        # A page that reconnects meanwhile is let in (no HTTP 500) and hears its process.
        carol = await open_socket(stack, first, room, ada_cookie)
        _, frame = send_frame("heard on the same process")
        await ada.send(frame)
        await frames_containing([carol], "heard on the same process", total=1)

        # The outage lasts its full length with every socket open.
        # bob's process hears no message meanwhile (his own presence row, it may).
        end = outage_started + OUTAGE_SECONDS
        while (left := end - time.monotonic()) > 0:
            try:
                heard = await asyncio.wait_for(bob.recv(), timeout=left)
            except TimeoutError:
                break
            assert "<article" not in heard, "a message crossed processes with Redis down"
        assert still_open(ada, bob, carol)

        redis.start()

        # Each process rejoins its groups and has its pages catch up from the database (the
        # processes come back one after the other: what is said in between, a page catches
        # up too).
        for page in (ada, bob):
            await frames_containing([page], RESYNC, total=1)
        caught_up = await catch_up(bob, cursor)
        assert [body for body in bodies if body in caught_up] == bodies

        # The processes hear each other live again, both ways.
        for speaker, listener in ((bob, ada), (ada, bob)):
            _, frame = send_frame(f"after the outage, from {speaker is ada}")
            await speaker.send(frame)
            await frames_containing([listener], f"from {speaker is ada}", total=1)
        assert still_open(ada, bob, carol)
        ids = await database_sync_to_async(
            lambda: list(Message.objects.filter(room=room).values_list("client_id", flat=True))
        )()
        assert len(ids) == len(set(ids)) == 7
