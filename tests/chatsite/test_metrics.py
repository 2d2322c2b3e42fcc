"""/metrics (issue 10, part 2): what a real server counts while people chat, and who may read it."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
import uuid
from contextlib import AsyncExitStack

import pytest
from channels.db import database_sync_to_async
from prometheus_client.parser import text_string_to_metric_families

from rooms.models import Message, Room
from tests.serving import ChatServer, _direct, chat_server_process
from tests.test_scale_out import (
    frames_containing,
    frames_matching,
    open_socket,
    seeded_room_with_two_members,
)

pytestmark = pytest.mark.usefixtures("database_thread")  # closes the test's own connection

TOKEN = "metrics-test-token-5b1e"
# A client that is not on loopback, as uvicorn sees it behind the trusted proxy (chatsite.serve
# takes the address from X-Forwarded-For when the connection comes from 127.0.0.1).
ELSEWHERE = {"X-Forwarded-For": "203.0.113.7"}


def scrape(server: ChatServer, headers: dict[str, str] | None = None) -> dict[tuple, float]:
    """The server's metrics: (sample name, sorted label pairs) -> value."""
    request = urllib.request.Request(f"{server.url}/metrics", headers=headers or {})
    with _direct.open(request, timeout=10) as response:
        assert response.status == 200
        assert response.headers["Content-Type"].startswith("text/plain; version=0.0.4")
        text = response.read().decode()
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


def status_of(server: ChatServer, headers: dict[str, str]) -> tuple[int, str]:
    request = urllib.request.Request(f"{server.url}/metrics", headers=headers)
    try:
        with _direct.open(request, timeout=10) as response:
            return response.status, response.headers.get("WWW-Authenticate", "")
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("WWW-Authenticate", "")


def value(samples: dict[tuple, float], name: str, **labels: str) -> float:
    return samples.get((name, tuple(sorted(labels.items()))), 0.0)


def wait_for_value(server: ChatServer, name: str, expected: float, timeout: float = 10) -> None:
    """Scrape until `name` reads `expected` (a socket's close is counted after the client
    has seen it)."""
    deadline = time.monotonic() + timeout
    while (found := value(scrape(server), name)) != expected:
        if time.monotonic() > deadline:
            pytest.fail(f"{name} is {found} after {timeout:g} s, not {expected}")
        time.sleep(0.05)


@database_sync_to_async
def messages_in(room: Room) -> int:
    return Message.objects.filter(room=room).count()


def post(body: str, client_id: str | None = None) -> str:
    return json.dumps({"body": body, "client_id": client_id or str(uuid.uuid4())})


@pytest.fixture
def metrics_server(transactional_db: None):
    # Seven sends a person, then (nearly) none: ada's eighth send is refused.
    env = {"METRICS_TOKEN": TOKEN, "MESSAGE_BURST": "7", "MESSAGE_RATE": "0.001"}
    with chat_server_process(label="metrics", env=env) as server:
        yield server


@pytest.mark.django_db(transaction=True)
async def test_metrics_count_what_people_did_in_a_room(metrics_server: ChatServer) -> None:
    server = metrics_server
    room, ada_cookie, bob_cookie = await seeded_room_with_two_members()
    async with AsyncExitStack() as stack:
        # Each open_socket sends a blank message (one of its person's seven sends).
        ada = await open_socket(stack, server, room, ada_cookie)
        bob_1 = await open_socket(stack, server, room, bob_cookie)
        bob_2 = await open_socket(stack, server, room, bob_cookie)
        everyone = [ada, bob_1, bob_2]
        assert value(scrape(server), "salon_sockets_open") == 3

        client_ids = [str(uuid.uuid4()) for _ in range(4)]
        for number, client_id in enumerate(client_ids):
            await ada.send(post(f"message number {number}", client_id))
            await frames_containing(everyone, f"message number {number}", total=3)
        # A retry of a saved send: answered to its sender only, and not saved again.
        await ada.send(post("message number 3", client_ids[-1]))
        await frames_containing([ada], "message number 3", total=1)
        # The offline engine's persona answers, in the room's frames too.
        await ada.send(post("/AIBot What is Python?"))
        await frames_matching(
            everyone, lambda frame: 'class="message message-persona"' in frame, total=3
        )
        # Ada's eighth send is over the limit.
        await ada.send(post("one too many"))
        await frames_containing([ada], "sending messages too quickly", total=1)
        # Bob types in both tabs at once: the second signal is over his typing limit. His
        # blank send after it is answered once both signals were handled.
        await bob_1.send(json.dumps({"action": "typing"}))
        await bob_2.send(json.dumps({"action": "typing"}))
        await bob_2.send(post(""))
        await frames_containing([bob_2], "Type a message before sending.", total=1)
        await bob_1.send(post(""))
        await frames_containing([bob_1], "Type a message before sending.", total=1)
        # A page catching up from the start of the room.
        await bob_1.send(json.dumps({"action": "sync", "cursor": 0}))
        await frames_containing([bob_1], 'id="room-cursor"', total=1)

        samples = scrape(server)
    in_room = await messages_in(room)

    assert value(samples, "salon_messages_saved_total") == 5
    # Five messages of people and one of a persona, each one frame to each of three sockets.
    assert value(samples, "salon_frames_fanned_out_total", event="room.message") == 6 * 3
    assert value(samples, "salon_save_to_send_seconds_count") == 6
    assert 0 < value(samples, "salon_save_to_send_seconds_sum") < 6 * 5
    assert value(samples, "salon_persona_turns_total", outcome="offline") == 1
    assert value(samples, "salon_persona_reply_seconds_count", outcome="offline") == 1
    for outcome in ("model", "fallback", "stopped", "failed"):
        assert value(samples, "salon_persona_turns_total", outcome=outcome) == 0
    assert value(samples, "salon_rate_limit_refusals_total", limit="msg") == 1
    assert value(samples, "salon_rate_limit_refusals_total", limit="typing") == 1
    assert value(samples, "salon_catch_up_messages_count") == 1
    assert value(samples, "salon_catch_up_messages_sum") == in_room
    assert value(samples, "salon_catch_up_reloads_total") == 0
    assert not [key for key in samples if key[0] == "salon_layer_errors_total"]
    # The process's own figures come along (the soak reads its memory from here).
    assert value(samples, "process_resident_memory_bytes") > 10_000_000

    wait_for_value(server, "salon_sockets_open", 0)

    # From elsewhere: only with the token.
    assert status_of(server, ELSEWHERE) == (401, 'Bearer realm="metrics"')
    assert status_of(server, {**ELSEWHERE, "Authorization": "Bearer wrong"})[0] == 403
    assert status_of(server, {**ELSEWHERE, "Authorization": "Basic " + TOKEN})[0] == 401
    remote = scrape(server, {**ELSEWHERE, "Authorization": f"Bearer {TOKEN}"})
    assert value(remote, "salon_messages_saved_total") == 5


def test_metrics_from_elsewhere_need_a_configured_token(client, settings):
    settings.SALON_METRICS_TOKEN = ""
    assert client.get("/metrics").status_code == 200  # the test client is 127.0.0.1
    assert client.get("/metrics", REMOTE_ADDR="::1").status_code == 200
    elsewhere = client.get("/metrics", REMOTE_ADDR="192.0.2.1")
    assert (elsewhere.status_code, elsewhere["WWW-Authenticate"]) == (401, 'Bearer realm="metrics"')
    # With no token set, no token opens it.
    assert (
        client.get("/metrics", REMOTE_ADDR="192.0.2.1", HTTP_AUTHORIZATION="Bearer ").status_code
        == 401
    )
    assert (
        client.get("/metrics", REMOTE_ADDR="192.0.2.1", HTTP_AUTHORIZATION="Bearer x").status_code
        == 403
    )
    settings.SALON_METRICS_TOKEN = TOKEN
    response = client.get("/metrics", REMOTE_ADDR="192.0.2.1", HTTP_AUTHORIZATION=f"Bearer {TOKEN}")
    assert response.status_code == 200
    assert b"# TYPE salon_messages_saved_total counter" in response.content
    assert client.post("/metrics").status_code == 405
