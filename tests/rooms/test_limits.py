"""Flood control (issue 8, parts 3 and 8): a person's messages, typing signals, sockets and
catch-ups are limited, across all their sockets (and processes, with Redis). Every frame gets
an answer: a saved message, an error that says when to try again, or the socket's close."""

from __future__ import annotations

import re
import uuid

import pytest
from channels.db import database_sync_to_async

from rooms import events, services
from rooms.models import Message
from tests.rooms.sockets import (
    TIMEOUT,
    action,
    communicator_for,
    connected_socket,
    frame,
    message_ids,
)

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("presence_tasks", "channel_layer"),
]


@pytest.fixture
def message_limit(settings):
    """The limit as shipped: a burst of 5, then 1 a second; closed after 50 refusals."""
    settings.SALON_MESSAGE_BURST = 5
    settings.SALON_MESSAGE_RATE = 1
    settings.SALON_FLOOD_REFUSALS = 50


async def saved_bodies() -> list[str]:
    return await database_sync_to_async(
        lambda: list(Message.objects.order_by("seq").values_list("body", flat=True))
    )()


def refusal(html: str) -> tuple[str, float] | None:
    """(client_id, retry_after) of a "too quickly" error frame, or None."""
    match = re.search(
        r'id="composer-error"[^>]*data-client-id="([^"]*)" data-retry-after="([\d.]+)">'
        r"You are sending messages too quickly\. Try again in \d+ s\.<",
        html,
    )
    return (match.group(1), float(match.group(2))) if match else None


async def test_a_burst_goes_through_and_the_rest_are_refused_with_when_to_retry(
    room, alice, message_limit
):
    socket = await connected_socket(room.slug, alice)
    client_ids = [str(uuid.uuid4()) for _ in range(7)]
    for n, client_id in enumerate(client_ids):
        await socket.send_to(text_data=frame(f"m{n}", client_id))
    answers = [await socket.receive_from(timeout=TIMEOUT) for _ in range(7)]

    assert [len(message_ids(html)) for html in answers[:5]] == [1] * 5
    refused = [refusal(html) for html in answers[5:]]
    assert [client_id for client_id, _ in refused] == client_ids[5:]
    assert all(0 < wait <= 1.0 for _, wait in refused)
    assert await saved_bodies() == ["m0", "m1", "m2", "m3", "m4"]
    await socket.disconnect()


async def test_the_limit_is_per_person_across_sockets(room, alice, bob, message_limit):
    await database_sync_to_async(services.membership_join)(room=room, user=bob)
    tabs = [await connected_socket(room.slug, alice) for _ in range(2)]
    bob_socket = await connected_socket(room.slug, bob)
    for n in range(3):
        for tab in tabs:
            await tab.send_to(text_data=frame(f"alice {n}"))
    await bob_socket.send_to(text_data=frame("bob"))

    errors = 0
    for tab in tabs:
        # Each tab hears everyone's saved messages (6 in all) and its own refusals.
        seen: set[int] = set()
        while len(seen) < 6:
            html = await tab.receive_from(timeout=TIMEOUT)
            seen.update(message_ids(html))
            errors += refusal(html) is not None
        while not await tab.receive_nothing(timeout=0.2):
            errors += refusal(await tab.receive_from()) is not None
    assert errors == 1  # 6 sends of alice's, 5 allowed
    bodies = await saved_bodies()
    assert len(bodies) == 6 and bodies.count("bob") == 1
    for socket in (*tabs, bob_socket):
        await socket.disconnect()


async def test_two_thousand_frames_on_one_socket_end_in_4429_with_every_frame_answered(
    room, alice, message_limit
):
    socket = await connected_socket(room.slug, alice)
    for n in range(2000):
        await socket.send_to(text_data=frame(f"flood {n}"))

    saved = refused = 0
    while True:
        output = await socket.receive_output(timeout=TIMEOUT)
        if output["type"] == "websocket.close":
            break
        saved += len(message_ids(output["text"]))
        refused += refusal(output["text"]) is not None
    # The burst is saved, 50 are refused one by one, and the close refuses what is left.
    assert (saved, refused, output["code"]) == (5, 50, 4429)
    assert await saved_bodies() == [f"flood {n}" for n in range(5)]


async def test_typing_is_limited_per_person_not_per_socket(room, alice, bob):
    await database_sync_to_async(services.membership_join)(room=room, user=bob)
    watcher = await connected_socket(room.slug, alice)
    tabs = [await connected_socket(room.slug, bob) for _ in range(3)]
    for tab in tabs:
        await tab.send_to(text_data=action("typing"))

    typing = await watcher.receive_from(timeout=TIMEOUT)
    assert f'data-user-id="{bob.pk}"' in typing
    assert await watcher.receive_nothing(timeout=0.3)  # one signal, not three
    for socket in (watcher, *tabs):
        await socket.disconnect()


async def test_a_person_may_open_only_so_many_sockets_in_a_room(room, alice, settings):
    settings.SALON_SOCKETS_PER_PERSON = 2
    open_ones = [await connected_socket(room.slug, alice) for _ in range(2)]
    third = await communicator_for(room.slug, alice)
    connected, _ = await third.connect(timeout=TIMEOUT)
    assert connected  # accepted so that the close code reaches the page
    closed = await third.receive_output(timeout=TIMEOUT)
    assert (closed["type"], closed["code"]) == ("websocket.close", 4429)

    await open_ones[0].disconnect()
    again = await connected_socket(room.slug, alice)  # a closed tab frees its place
    await again.send_to(text_data=frame("fits"))
    assert message_ids(await again.receive_from(timeout=TIMEOUT))
    for socket in (open_ones[1], again):
        await socket.disconnect()


# Catch-up ---------------------------------------------------------------------------------


@database_sync_to_async
def post_many(room, author, count: int) -> None:
    for n in range(count):
        services.message_post(room=room, author=author, body=f"old {n}", client_id=uuid.uuid4())


async def test_a_catch_up_sends_at_most_a_page_then_asks_for_a_reload(room, alice):
    await post_many(room, alice, 50)
    socket = await connected_socket(room.slug, alice)
    await socket.send_to(text_data=action("sync", cursor=0))
    page = await socket.receive_from(timeout=TIMEOUT)
    assert len(message_ids(page)) == 50
    await socket.disconnect()

    await post_many(room, alice, 1)  # 51 behind: more than a page
    socket = await connected_socket(room.slug, alice)
    await socket.send_to(text_data=action("sync", cursor=0))
    reload = await socket.receive_from(timeout=TIMEOUT)
    assert 'data-reload="now"' in reload and not message_ids(reload)
    assert len(reload) < 200
    await socket.disconnect()


async def test_catch_ups_on_one_socket_are_rate_limited(room, alice, settings):
    settings.SALON_SYNC_MIN_INTERVAL = 2
    socket = await connected_socket(room.slug, alice)
    await socket.send_to(text_data=action("sync", cursor=0))
    assert 'id="room-cursor"' in await socket.receive_from(timeout=TIMEOUT)
    await socket.send_to(text_data=action("sync", cursor=0))
    refused = await socket.receive_from(timeout=TIMEOUT)
    match = re.search(
        r'data-client-id="" data-retry-after="([\d.]+)">Catching up too often', refused
    )
    assert match and 0 < float(match.group(1)) <= 2.0, refused
    await socket.disconnect()


def test_an_error_frame_escapes_the_client_id_it_names():
    html = events.error_frame("x", client_id='"><script>', retry_after=1.5)
    assert "<script>" not in html
    assert 'data-client-id="&quot;&gt;&lt;script&gt;" data-retry-after="1.500">x<' in html
