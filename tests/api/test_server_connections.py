"""A server answering the JSON API keeps no database connection per request: each request's
sync work runs on a thread of its own, whose connection is closed when the request ends."""

from __future__ import annotations

import contextlib
import os
import time
import urllib.request
from pathlib import Path

import pytest
from django.db import connection

from accounts import tokens
from tests.serving import ChatServer, chat_server_process

pytestmark = pytest.mark.django_db(transaction=True)

REQUESTS = 30
SETTLE_TIMEOUT = 5.0


def server_connections(server: ChatServer) -> int:
    """How many connections to the test database the server process holds."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
            return cursor.fetchone()[0]
    # SQLite: each connection holds the database file open.
    database = str(Path(connection.settings_dict["NAME"]).resolve())
    held = 0
    for fd in Path(f"/proc/{server.process.pid}/fd").iterdir():
        with contextlib.suppress(FileNotFoundError):  # closed while we looked
            held += os.readlink(fd) == database
    return held


def test_api_requests_leave_no_database_connection_open(alice, room):
    _token, raw = tokens.token_create(user=alice, name="counting")
    with chat_server_process(label="api-connections") as server:
        before = server_connections(server)
        for _ in range(REQUESTS):
            request = urllib.request.Request(
                f"{server.url}/api/rooms/{room.slug}/messages",
                headers={"Authorization": f"Bearer {raw}"},
            )
            with urllib.request.urlopen(request, timeout=10) as response:
                assert response.status == 200
        # The last request's connection closes just after its response is sent.
        deadline = time.monotonic() + SETTLE_TIMEOUT
        while (held := server_connections(server)) > before and time.monotonic() < deadline:
            time.sleep(0.05)
        assert held <= before, f"{held} connections after {REQUESTS} requests, {before} before"
