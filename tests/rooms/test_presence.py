"""Who is here: several tabs count once, a grace period hides reloads, dead processes expire."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest
from channels.db import database_sync_to_async
from django.utils import timezone

from rooms import services
from rooms.models import Membership, Message, RoomConnection
from tests.rooms.sockets import TIMEOUT, body_text, message_ids, open_socket

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("presence_tasks", "channel_layer"),
]

GRACE = 0.4


@pytest.fixture(autouse=True)
def short_grace(settings, presence_tasks):
    settings.SALON_PRESENCE_GRACE_SECONDS = GRACE


def online(members_frame: str) -> dict[str, bool]:
    """Member name -> shown online, from a member panel frame."""
    rows = re.findall(
        r'data-online="(true|false)">.*?<span class="member-name">([^<]+)</span>',
        members_frame,
        re.S,
    )
    return {name: state == "true" for state, name in rows}


@database_sync_to_async
def system_lines(room) -> list[str]:
    return list(room.messages.filter(kind=Message.Kind.SYSTEM).values_list("body", flat=True))


@database_sync_to_async
def join(room, user) -> None:
    services.membership_join(room=room, user=user)


async def expect_announcement(socket, line: str, who: dict[str, bool]) -> None:
    """The two frames of an arrival or departure: the system line, then the member panel."""
    message_frame = await socket.receive_from(timeout=TIMEOUT)
    (pk,) = message_ids(message_frame)
    assert body_text(message_frame, pk) == line
    assert 'class="message message-system"' in message_frame
    assert online(await socket.receive_from(timeout=TIMEOUT)) == who


async def test_first_tab_announces_more_tabs_do_not(room, alice, bob):
    await join(room, bob)
    bob_socket = await open_socket(room.slug, bob)
    await expect_announcement(bob_socket, "bob joined", {"bob": True, "alice": False})

    alice_tab1 = await open_socket(room.slug, alice)
    for socket in (bob_socket, alice_tab1):
        await expect_announcement(socket, "alice joined", {"alice": True, "bob": True})

    alice_tab2 = await open_socket(room.slug, alice)
    alice_tab3 = await open_socket(room.slug, alice)
    assert await bob_socket.receive_nothing(timeout=0.3)
    assert await system_lines(room) == ["bob joined", "alice joined"]

    # Closing one tab of three changes nothing, even after the grace period.
    await alice_tab3.disconnect()
    assert await bob_socket.receive_nothing(timeout=GRACE * 3)

    # Closing the last ones marks alice gone, once, after the grace period.
    await alice_tab2.disconnect()
    await alice_tab1.disconnect()
    await expect_announcement(bob_socket, "alice left", {"bob": True, "alice": False})
    assert await bob_socket.receive_nothing(timeout=GRACE * 2)
    assert await system_lines(room) == ["bob joined", "alice joined", "alice left"]
    await bob_socket.disconnect()


async def test_a_reload_within_the_grace_period_is_silent(room, alice, bob):
    await join(room, bob)
    bob_socket = await open_socket(room.slug, bob)
    await expect_announcement(bob_socket, "bob joined", {"bob": True, "alice": False})
    alice_socket = await open_socket(room.slug, alice)
    await expect_announcement(bob_socket, "alice joined", {"alice": True, "bob": True})

    await alice_socket.disconnect()
    alice_socket = await open_socket(room.slug, alice)  # the reloaded page

    assert await bob_socket.receive_nothing(timeout=GRACE * 3)
    assert await system_lines(room) == ["bob joined", "alice joined"]
    membership = await database_sync_to_async(Membership.objects.get)(room=room, user=alice)
    assert membership.is_present is True
    await alice_socket.disconnect()
    await bob_socket.disconnect()


async def test_a_dead_process_does_not_leave_people_online(room, alice, bob, settings):
    settings.SALON_PRESENCE_STALE_SECONDS = 30
    await join(room, bob)
    bob_socket = await open_socket(room.slug, bob)
    await expect_announcement(bob_socket, "bob joined", {"bob": True, "alice": False})

    # alice's socket lived on a process that crashed: its row stopped being refreshed.
    def crashed_socket():
        RoomConnection.objects.create(
            channel_name="specific.crashed!abc",
            room=room,
            user=alice,
            last_seen=timezone.now() - timedelta(seconds=31),
        )
        Membership.objects.filter(room=room, user=alice).update(is_present=True)

    await database_sync_to_async(crashed_socket)()
    # bob's own socket is refreshed by its live process's heartbeat.
    bob_channels = await database_sync_to_async(
        lambda: list(RoomConnection.objects.filter(user=bob).values_list("channel_name", flat=True))
    )()
    await database_sync_to_async(services.presence_heartbeat)(channel_names=bob_channels)

    settled = await database_sync_to_async(services.presence_sweep)()

    assert settled == [(room.pk, alice.pk)]
    await expect_announcement(bob_socket, "alice left", {"bob": True, "alice": False})
    assert await database_sync_to_async(RoomConnection.objects.filter(user=alice).exists)() is False
    await bob_socket.disconnect()


def test_heartbeat_keeps_open_sockets_fresh(room, alice, settings):
    settings.SALON_PRESENCE_STALE_SECONDS = 30
    old = timezone.now() - timedelta(seconds=29)
    RoomConnection.objects.create(channel_name="a!1", room=room, user=alice, last_seen=old)
    RoomConnection.objects.create(channel_name="a!2", room=room, user=alice, last_seen=old)

    services.presence_heartbeat(channel_names=["a!1"])

    fresh = RoomConnection.objects.get(channel_name="a!1").last_seen
    assert fresh > old + timedelta(seconds=28)
    assert RoomConnection.objects.get(channel_name="a!2").last_seen == old


async def test_room_page_shows_who_is_online(room, alice, bob, client_for):
    await join(room, bob)
    bob_socket = await open_socket(room.slug, bob)
    await expect_announcement(bob_socket, "bob joined", {"bob": True, "alice": False})

    html = await database_sync_to_async(lambda: client_for(alice).get(f"/rooms/{room.slug}/"))()

    assert online(html.content.decode()) == {"bob": True, "alice": False}
    assert "1 of 2 online" in html.content.decode()
    await bob_socket.disconnect()
