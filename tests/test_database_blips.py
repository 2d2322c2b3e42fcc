"""Issue 10, part 6: while the database is down, a send is refused with a note that the room
is having trouble and when to try again; the page's outbox sends it again with the same
client_id, and once the database is back it is saved once.

The server runs on a PostgreSQL of this test's own (scripts/services.sh), which the test stops
and starts; the test database of the run is not touched."""

from __future__ import annotations

import asyncio
import json
import re
import subprocess
import tempfile
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from contextlib import AsyncExitStack
from pathlib import Path

import pytest
from django.conf import settings
from websockets.asyncio.client import connect
from websockets.protocol import State

from tests.serving import ChatServer, chat_server_process
from tests.test_scale_out import frames_containing, frames_matching

SERVICES = Path(settings.BASE_DIR) / "scripts" / "services.sh"
TIMEOUT = 15.0


class OwnPostgres:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        out = subprocess.run(
            ["bash", str(SERVICES), "start", str(folder)], capture_output=True, text=True
        )
        assert out.returncode == 0, out.stderr
        ports = dict(line.split("=", 1) for line in out.stdout.split())
        self.port, self.pgbin = ports["PG_PORT"], ports["PGBIN"]
        self.url = f"postgres://postgres@127.0.0.1:{self.port}/postgres"

    def pg_ctl(self, *args: str) -> None:
        command = [f"{self.pgbin}/pg_ctl", "-D", str(self.folder / "pg" / "data"), "-w", *args]
        subprocess.run(["runuser", "-u", "postgres", "--", *command], check=True, timeout=60)

    def stop(self) -> None:
        self.pg_ctl("-m", "fast", "stop")

    def start(self) -> None:
        options = f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.folder / 'pg'}"
        self.pg_ctl("-l", str(self.folder / "pg" / "log"), "-o", options, "start")

    def manage(self, *args: str) -> str:
        env = {"DATABASE_URL": self.url, "DJANGO_SETTINGS_MODULE": "chatsite.settings"}
        out = subprocess.run(
            [str(Path(settings.BASE_DIR) / ".venv" / "bin" / "python"), "manage.py", *args],
            cwd=settings.BASE_DIR,
            env={**_environ(), **env},
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert out.returncode == 0, out.stderr[-2000:]
        return out.stdout


def _environ() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}


SETUP = """
from django.test import Client
from accounts.models import User
from rooms import services
ada = User.objects.create_user(username="ada", password="blip-passphrase-7")
room = services.room_create(creator=ada, name="Database blips")
client = Client()
client.force_login(ada)
print("ROOM", room.slug, room.pk)
print("COOKIE", client.cookies["sessionid"].value)
"""


@pytest.fixture
def own_database() -> Iterator[tuple[OwnPostgres, ChatServer, str, str]]:
    with tempfile.TemporaryDirectory(prefix="salon-dbblip-") as folder:
        Path(folder).chmod(0o755)  # the postgres user must be able to enter it
        postgres = OwnPostgres(Path(folder) / "services")
        try:
            postgres.manage("migrate", "--noinput", "-v0")
            out = postgres.manage("shell", "-c", SETUP)
            slug = re.search(r"^ROOM (\S+)", out, re.M).group(1)
            cookie = re.search(r"^COOKIE (\S+)", out, re.M).group(1)
            env = {"DATABASE_URL": postgres.url, "REDIS_URL": None}
            with chat_server_process(label="db-blip", env=env) as server:
                yield postgres, server, slug, cookie
        finally:
            subprocess.run(["bash", str(SERVICES), "stop", str(postgres.folder)], check=False)


async def page_status(url: str, cookie: str) -> int:
    def get() -> int:
        request = urllib.request.Request(
            url, headers={"Cookie": f"{settings.SESSION_COOKIE_NAME}={cookie}"}
        )
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        try:
            with opener.open(request, timeout=TIMEOUT) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code

    return await asyncio.to_thread(get)


def count_saved(postgres: OwnPostgres, client_id: str) -> int:
    code = (
        "from rooms.models import Message; "
        f"print(Message.objects.filter(client_id='{client_id}').count())"
    )
    return int(postgres.manage("shell", "-c", code).split()[-1])


async def test_a_send_during_a_database_outage_goes_through_once_when_it_is_back(own_database):
    postgres, server, slug, cookie = own_database
    async with AsyncExitStack() as stack:
        socket = await stack.enter_async_context(
            connect(
                f"{server.ws_url}/ws/rooms/{slug}/",
                origin=server.url,
                additional_headers={"Cookie": f"{settings.SESSION_COOKIE_NAME}={cookie}"},
                proxy=None,
                open_timeout=TIMEOUT,
            )
        )
        client_id = str(uuid.uuid4())
        frame = json.dumps({"body": "sent while the database was down", "client_id": client_id})

        page = f"{server.url}/rooms/{slug}/"
        assert await page_status(page, cookie) == 200  # a page thread holds a connection now

        postgres.stop()
        await socket.send(frame)
        [[error]] = await frames_containing([socket], 'id="composer-error"', total=1)
        assert "having trouble reaching its database" in error
        assert f'data-client-id="{client_id}"' in error
        assert re.search(r'data-retry-after="2(\.0+)?"', error), error
        assert socket.state is State.OPEN

        postgres.start()
        # The page thread's connection died with the database: a page checks it first.
        assert await page_status(page, cookie) == 200
        # What the page's outbox does after the retry-after: the same frame, twice (a retry
        # racing a reconnect).
        await socket.send(frame)
        await socket.send(frame)
        found = await frames_containing([socket], "sent while the database was down", total=2)
        assert all(f'data-client-id="{client_id}"' in f for f in found[0])
    assert count_saved(postgres, client_id) == 1


TERMINATE_OTHERS = (
    "from django.db import connection\n"
    "with connection.cursor() as cursor:\n"
    "    cursor.execute('SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity'\n"
    "                   ' WHERE datname = current_database() AND pid <> pg_backend_pid()')\n"
    "    print('ENDED', cursor.fetchone()[0])\n"
)


async def test_a_send_after_the_database_ended_the_servers_sessions_is_saved_at_once(
    own_database,
):
    """As a database restart between two sends, or a proxy's idle timeout, would: the server's
    kept connection is dead. The send that meets it is written on a new connection, without an
    error to the person (the writer's one retry; the hop that failed dropped the dead one)."""
    postgres, server, slug, cookie = own_database
    async with connect(
        f"{server.ws_url}/ws/rooms/{slug}/",
        origin=server.url,
        additional_headers={"Cookie": f"{settings.SESSION_COOKIE_NAME}={cookie}"},
        proxy=None,
        open_timeout=TIMEOUT,
    ) as socket:
        await socket.send(json.dumps({"body": "first of two", "client_id": str(uuid.uuid4())}))
        await frames_containing([socket], "first of two", total=1)

        ended = postgres.manage("shell", "-c", TERMINATE_OTHERS)
        assert int(re.search(r"ENDED (\d+)", ended).group(1)) >= 1

        client_id = str(uuid.uuid4())
        await socket.send(json.dumps({"body": "second of two", "client_id": client_id}))
        [[frame]] = await frames_matching(
            [socket], lambda f: "second of two" in f or "composer-error" in f, total=1
        )
        assert "composer-error" not in frame and "second of two" in frame
    assert count_saved(postgres, client_id) == 1
