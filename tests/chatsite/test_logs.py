"""Log lines (issue 10, part 3): LOG_FORMAT=json makes a real server write one JSON object per
line, naming the request, and for a room socket the room and the person; plain text stays the
default."""

from __future__ import annotations

import json
import re
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from channels.db import database_sync_to_async
from django.conf import settings
from websockets.asyncio.client import connect

from accounts.models import User
from rooms.models import Room
from tests.serving import ChatServer, _direct, chat_server_process
from tests.test_scale_out import RECEIVE_TIMEOUT, member_in_room

pytestmark = pytest.mark.usefixtures("database_thread")  # closes the test's own connection


def get(server: ChatServer, path: str, headers: dict[str, str]) -> tuple[int, str]:
    """The status and the X-Request-ID of a response."""
    request = urllib.request.Request(server.url + path, headers=headers)
    try:
        with _direct.open(request, timeout=10) as response:
            return response.status, response.headers["X-Request-ID"]
    except urllib.error.HTTPError as error:
        return error.code, error.headers["X-Request-ID"]


async def open_and_close_socket(server: ChatServer, room: Room, cookie: str, request_id: str):
    async with connect(
        f"{server.ws_url}/ws/rooms/{room.slug}/",
        origin=server.url,
        additional_headers={
            "Cookie": f"{settings.SESSION_COOKIE_NAME}={cookie}",
            "X-Request-ID": request_id,
        },
        proxy=None,
        open_timeout=RECEIVE_TIMEOUT,
    ) as socket:
        # The consumer handles frames in order: an answer means the socket was opened.
        await socket.send(json.dumps({"action": "bogus"}))
        assert "Unknown action." in await socket.recv()


def lines_of(log_path: Path) -> list[str]:
    return [line for line in log_path.read_text().splitlines() if line.strip()]


def records_once(server: ChatServer, wanted, timeout: float = 10) -> list[dict]:
    """Every line of the server's log as JSON, read once a line that `wanted` is true for has
    been written (a socket's close is logged after the client has seen it)."""
    deadline = time.monotonic() + timeout
    while True:
        records = [json.loads(line) for line in lines_of(server.log_path)]
        if any(wanted(record) for record in records) or time.monotonic() > deadline:
            return records
        time.sleep(0.05)


@pytest.fixture
def json_server(transactional_db: None) -> Iterator[ChatServer]:
    with chat_server_process(label="logs-json", env={"LOG_FORMAT": "json"}) as server:
        yield server


@pytest.mark.django_db(transaction=True)
async def test_json_lines_name_the_request_the_room_and_the_person(json_server: ChatServer):
    server = json_server
    room, cookie = await database_sync_to_async(member_in_room)()
    ada = await User.objects.aget(username="ada")

    # A request id from the client is used and echoed; a missing or odd one is replaced.
    assert get(server, "/no-such-page", {"X-Request-ID": "req-404.a"}) == (404, "req-404.a")
    status, generated = get(server, "/healthz", {})
    assert status == 200 and re.fullmatch(r"[0-9a-f]{32}", generated)
    status, replaced = get(server, "/healthz", {"X-Request-ID": "x" * 65})
    assert status == 200 and re.fullmatch(r"[0-9a-f]{32}", replaced)

    # A page that loaded its person names them in its lines.
    signed_in = {"Cookie": f"{settings.SESSION_COOKIE_NAME}={cookie}", "X-Request-ID": "req-ada"}
    assert get(server, "/rooms/no-such-room/", signed_in) == (404, "req-ada")

    await open_and_close_socket(server, room, cookie, "socket-req-1")

    def closed(record: dict) -> bool:
        return record.get("message", "").startswith("Socket closed")

    # Every line is one JSON object, uvicorn's own included.
    records = await database_sync_to_async(records_once)(server, closed)
    assert all(isinstance(record, dict) for record in records)
    assert {"time", "level", "logger", "message"} <= set(records[0])
    assert any(r["logger"].startswith("uvicorn") for r in records)

    [not_found] = [r for r in records if r.get("request_id") == "req-404.a"]
    assert (not_found["level"], not_found["logger"]) == ("WARNING", "django.request")
    assert not_found["message"] == "Not Found: /no-such-page"

    [ada_not_found] = [r for r in records if r.get("request_id") == "req-ada"]
    assert ada_not_found["message"] == "Not Found: /rooms/no-such-room/"
    assert ada_not_found["user_id"] == ada.pk
    assert "user_id" not in not_found  # nobody was signed in

    socket_lines = [r for r in records if r.get("request_id") == "socket-req-1"]
    assert [(r["message"], r["room_id"], r["user_id"]) for r in socket_lines] == [
        ("Socket opened", room.pk, ada.pk),
        ("Socket closed with code 1000", room.pk, ada.pk),
    ]
    assert {r["logger"] for r in socket_lines} == {"rooms.consumers"}


@pytest.mark.django_db(transaction=True)
async def test_plain_text_is_the_default(transactional_db: None) -> None:
    room, cookie = await database_sync_to_async(member_in_room)()
    with chat_server_process(label="logs-text", env={"LOG_FORMAT": None}) as server:
        await open_and_close_socket(server, room, cookie, "socket-req-2")
        assert get(server, "/healthz", {"X-Request-ID": "req-text"}) == (200, "req-text")
    lines = lines_of(server.log_path)
    assert any(re.search(r" INFO rooms\.consumers: Socket opened$", line) for line in lines)
    for line in lines:
        with pytest.raises(json.JSONDecodeError):
            json.loads(line)
