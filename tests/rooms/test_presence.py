"""Who is here: several tabs count once, a grace period hides reloads, dead processes expire."""

from __future__ import annotations

import asyncio
import re
from datetime import timedelta

import pytest
from channels.db import database_sync_to_async
from django.utils import timezone

from rooms import selectors, services
from rooms.models import Membership, Message, RoomConnection
from tests.rooms.sockets import TIMEOUT, connected_socket, open_socket

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("presence_tasks", "channel_layer"),
]

GRACE = 0.4


@pytest.fixture(autouse=True)
def short_grace(settings, presence_tasks):
    settings.SALON_PRESENCE_GRACE_SECONDS = GRACE


def online(frame: str) -> dict[str, bool]:
    """Member name -> shown online, from a member panel or a frame of row updates."""
    rows = re.findall(
        r'data-online="(true|false)"[^>]*>.*?<span class="member-name"[^>]*>([^<]+)</span>',
        frame,
        re.S,
    )
    return {name: state == "true" for state, name in rows}


def counts(frame: str) -> str:
    match = re.search(r'<span class="member-counts" id="member-counts"[^>]*>([^<]*)</span>', frame)
    assert match, frame
    return match.group(1)


@database_sync_to_async
def system_lines(room) -> list[str]:
    return list(room.messages.filter(kind=Message.Kind.SYSTEM).values_list("body", flat=True))


@database_sync_to_async
def join(room, user) -> None:
    services.membership_join(room=room, user=user)


async def expect_update(socket, who: dict[str, bool], online_of: str) -> None:
    """A presence change: one small frame with the changed rows and the counts, never the
    whole panel and never a line in the timeline."""
    update = await socket.receive_from(timeout=TIMEOUT)
    assert 'id="member-panel"' not in update
    assert '<ul id="member-updates" hx-swap-oob="beforeend">' in update
    assert online(update) == who
    assert counts(update) == online_of


async def test_first_tab_announces_more_tabs_do_not(room, alice, bob):
    await join(room, bob)
    bob_socket = await open_socket(room.slug, bob)
    await expect_update(bob_socket, {"bob": True}, "1 of 2 online")

    alice_tab1 = await open_socket(room.slug, alice)
    await expect_update(bob_socket, {"alice": True}, "2 of 2 online")
    await expect_update(alice_tab1, {"alice": True}, "2 of 2 online")

    alice_tab2 = await open_socket(room.slug, alice)
    alice_tab3 = await open_socket(room.slug, alice)
    assert await bob_socket.receive_nothing(timeout=0.3)

    # Closing one tab of three changes nothing, even after the grace period.
    await alice_tab3.disconnect()
    assert await bob_socket.receive_nothing(timeout=GRACE * 3)

    # Closing the last ones marks alice gone, once, after the grace period.
    await alice_tab2.disconnect()
    await alice_tab1.disconnect()
    await expect_update(bob_socket, {"alice": False}, "1 of 2 online")
    assert await bob_socket.receive_nothing(timeout=GRACE * 2)
    # Opening and closing tabs is not news for the timeline.
    assert await system_lines(room) == []
    await bob_socket.disconnect()


async def test_a_reload_within_the_grace_period_is_silent(room, alice, bob):
    await join(room, bob)
    bob_socket = await open_socket(room.slug, bob)
    await expect_update(bob_socket, {"bob": True}, "1 of 2 online")
    alice_socket = await open_socket(room.slug, alice)
    await expect_update(bob_socket, {"alice": True}, "2 of 2 online")

    await alice_socket.disconnect()
    alice_socket = await open_socket(room.slug, alice)  # the reloaded page

    assert await bob_socket.receive_nothing(timeout=GRACE * 3)
    membership = await database_sync_to_async(Membership.objects.get)(room=room, user=alice)
    assert membership.is_present is True
    await alice_socket.disconnect()
    await bob_socket.disconnect()


async def test_arrivals_close_together_make_one_update(room, alice, bob, carol, settings):
    settings.SALON_PRESENCE_COALESCE_SECONDS = 2.0
    await join(room, bob)
    await join(room, carol)
    alice_socket = await connected_socket(room.slug, alice)

    others = await asyncio.gather(open_socket(room.slug, bob), open_socket(room.slug, carol))

    await expect_update(alice_socket, {"bob": True, "carol": True}, "3 of 3 online")
    assert await alice_socket.receive_nothing(timeout=0.5)
    for socket in (alice_socket, *others):
        await socket.disconnect()


async def test_a_big_room_gets_counts_not_rows(room, alice, bob, carol, monkeypatch):
    monkeypatch.setattr(selectors, "PANEL_LIMIT", 2)
    await join(room, bob)
    await join(room, carol)
    alice_socket = await connected_socket(room.slug, alice)

    bob_socket = await open_socket(room.slug, bob)

    update = await alice_socket.receive_from(timeout=TIMEOUT)
    assert update == (
        '<span class="member-counts" id="member-counts" hx-swap-oob="true">2 of 3 online</span>'
    )
    for socket in (alice_socket, bob_socket):
        await socket.disconnect()


async def test_a_dead_process_does_not_leave_people_online(room, alice, bob, settings):
    settings.SALON_PRESENCE_STALE_SECONDS = 30
    await join(room, bob)
    bob_socket = await open_socket(room.slug, bob)
    await expect_update(bob_socket, {"bob": True}, "1 of 2 online")

    # alice's socket lived on a process that crashed: its row stopped being refreshed.
    def crashed_socket():
        RoomConnection.objects.create(
            channel_name="12345.deadbeef!1",
            room=room,
            user=alice,
            last_seen=timezone.now() - timedelta(seconds=31),
        )
        Membership.objects.filter(room=room, user=alice).update(is_present=True)

    await database_sync_to_async(crashed_socket)()
    # bob's own socket is refreshed by its live process's heartbeat.
    bob_sockets = await database_sync_to_async(
        lambda: list(RoomConnection.objects.filter(user=bob).values_list("channel_name", flat=True))
    )()
    await database_sync_to_async(services.presence_heartbeat)(socket_ids=bob_sockets)

    settled = await database_sync_to_async(services.presence_sweep)()

    assert settled == [(room.pk, alice.pk)]
    await expect_update(bob_socket, {"alice": False}, "1 of 2 online")
    assert await database_sync_to_async(RoomConnection.objects.filter(user=alice).exists)() is False
    await bob_socket.disconnect()


def test_heartbeat_keeps_open_sockets_fresh(room, alice, settings):
    settings.SALON_PRESENCE_STALE_SECONDS = 30
    old = timezone.now() - timedelta(seconds=29)
    RoomConnection.objects.create(channel_name="a!1", room=room, user=alice, last_seen=old)
    RoomConnection.objects.create(channel_name="a!2", room=room, user=alice, last_seen=old)

    services.presence_heartbeat(socket_ids=["a!1"])

    fresh = RoomConnection.objects.get(channel_name="a!1").last_seen
    assert fresh > old + timedelta(seconds=28)
    assert RoomConnection.objects.get(channel_name="a!2").last_seen == old


async def test_room_page_shows_who_is_online(room, alice, bob, client_for):
    await join(room, bob)
    bob_socket = await open_socket(room.slug, bob)
    await expect_update(bob_socket, {"bob": True}, "1 of 2 online")

    html = await database_sync_to_async(lambda: client_for(alice).get(f"/rooms/{room.slug}/"))()

    assert online(html.content.decode()) == {"bob": True, "alice": False}
    assert "1 of 2 online" in html.content.decode()
    await bob_socket.disconnect()
