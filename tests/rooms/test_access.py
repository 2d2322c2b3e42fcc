"""Access that ends, ends at once (issue 8, part 1): whatever path takes a person out of a room
or ends their session, their open sockets close within a second, with 4403 (the room) or
4401 (the session), and receive nothing of the room in between."""

from __future__ import annotations

from datetime import timedelta

import pytest
from channels.db import database_sync_to_async
from channels.testing import WebsocketCommunicator
from django.contrib.sessions.models import Session
from django.test import Client
from django.utils import timezone

from accounts.models import User
from rooms.models import Membership, Room
from tests.rooms.sockets import (
    connected_socket,
    cookie_communicator,
    frame,
    mark_present,
    message_ids,
)

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("presence_tasks", "channel_layer"),
]

# "Within 1 s": every close below must arrive inside this.
WITHIN = 1.0


async def closed_with(socket: WebsocketCommunicator) -> int:
    """The close code of the socket's next output, which must be its close."""
    output = await socket.receive_output(timeout=WITHIN)
    assert output["type"] == "websocket.close", output
    return output["code"]


async def still_open(socket: WebsocketCommunicator, room: Room, sender: User) -> None:
    """`socket` hears a message said now: it was not closed."""
    other = await connected_socket(room.slug, sender)
    await other.send_to(text_data=frame("still here?"))
    assert message_ids(await other.receive_from(timeout=WITHIN))
    assert "still here?" in await socket.receive_from(timeout=WITHIN)
    await other.disconnect()


@database_sync_to_async
def logged_in_client(user: User) -> Client:
    client = Client()
    client.force_login(user)
    return client


async def socket_of(client: Client, room: Room, user: User) -> WebsocketCommunicator:
    """A socket opened under `client`'s session, as the tab that holds its cookie would (by
    someone the room already shows as present, so it announces nothing)."""
    await mark_present(room.slug, user)
    socket = cookie_communicator(f"/ws/rooms/{room.slug}/", client.cookies["sessionid"].value)
    connected, _ = await socket.connect(timeout=WITHIN)
    assert connected
    return socket


@database_sync_to_async
def member(room: Room, user: User) -> Membership:
    return Membership.objects.create(room=room, user=user)


@database_sync_to_async
def staff_client() -> Client:
    client = Client()
    client.force_login(User.objects.create_superuser(username="root", password="x" * 20))
    return client


# Memberships -----------------------------------------------------------------------------


async def test_the_admins_delete_closes_the_members_sockets_and_nothing_leaks_first(
    private_room, alice, bob
):
    membership = await member(private_room, bob)
    bob_socket = await connected_socket(private_room.slug, bob)
    staff = await staff_client()

    response = await database_sync_to_async(staff.post)(
        f"/admin/rooms/membership/{membership.pk}/delete/", {"post": "yes"}
    )
    assert response.status_code == 302
    # Alice speaks right after: bob's socket closes, and her words never reach it.
    alice_socket = await connected_socket(private_room.slug, alice)
    await alice_socket.send_to(text_data=frame("bob is gone"))
    assert await closed_with(bob_socket) == 4403
    assert await bob_socket.receive_nothing(timeout=0.2)
    await alice_socket.disconnect()


async def test_the_admins_bulk_delete_closes_every_removed_members_sockets(
    private_room, alice, bob, carol
):
    memberships = [await member(private_room, person) for person in (bob, carol)]
    sockets = [await connected_socket(private_room.slug, person) for person in (bob, carol)]
    staff = await staff_client()

    response = await database_sync_to_async(staff.post)(
        "/admin/rooms/membership/",
        {
            "action": "delete_selected",
            "_selected_action": [m.pk for m in memberships],
            "post": "yes",
        },
    )
    assert response.status_code == 302
    for socket in sockets:
        # Before its own close, a socket may see the panel drop the other removed member;
        # never a message.
        output = await socket.receive_output(timeout=WITHIN)
        while output["type"] == "websocket.send":
            assert "<article" not in output["text"], output
            output = await socket.receive_output(timeout=WITHIN)
        assert (output["type"], output["code"]) == ("websocket.close", 4403)


async def test_a_membership_deleted_behind_the_services_back_closes_its_sockets(private_room, bob):
    await member(private_room, bob)
    socket = await connected_socket(private_room.slug, bob)
    await database_sync_to_async(Membership.objects.filter(room=private_room, user=bob).delete)()
    assert await closed_with(socket) == 4403


async def test_a_room_turned_private_closes_its_visitors_and_keeps_its_members(room, alice, bob):
    visitor = await connected_socket(room.slug, bob)  # public: bob reads without joining
    owner = await connected_socket(room.slug, alice)

    def make_private() -> None:
        room.is_private = True
        room.save()

    await database_sync_to_async(make_private)()
    assert await closed_with(visitor) == 4403
    await still_open(owner, room, alice)
    await owner.disconnect()


# Sessions ---------------------------------------------------------------------------------


async def test_logging_out_in_one_tab_closes_that_sessions_sockets_only(room, alice):
    tab = await logged_in_client(alice)
    other_device = await logged_in_client(alice)
    socket = await socket_of(tab, room, alice)
    other_socket = await socket_of(other_device, room, alice)

    response = await database_sync_to_async(tab.post)("/accounts/logout/")
    assert response.status_code == 302
    assert await closed_with(socket) == 4401
    await still_open(other_socket, room, alice)
    await other_socket.disconnect()


async def test_a_password_change_closes_the_sockets_of_every_session(room, alice):
    sockets = [await socket_of(await logged_in_client(alice), room, alice) for _ in range(2)]

    def change_password() -> None:
        alice.set_password("a new and long passphrase")
        alice.save()

    await database_sync_to_async(change_password)()
    assert [await closed_with(socket) for socket in sockets] == [4401, 4401]


async def test_an_account_deactivated_by_staff_closes_its_sockets(room, alice, bob):
    await member(room, bob)
    socket = await connected_socket(room.slug, bob)

    def deactivate() -> None:
        bob.is_active = False
        bob.save()

    await database_sync_to_async(deactivate)()
    assert await closed_with(socket) == 4401


async def test_sessions_flushed_by_staff_close_their_sockets(room, alice):
    socket = await socket_of(await logged_in_client(alice), room, alice)
    await database_sync_to_async(lambda: [s.delete() for s in Session.objects.all()])()
    assert await closed_with(socket) == 4401


async def test_a_socket_closes_when_its_session_expires(room, alice):
    client = await logged_in_client(alice)
    key = client.cookies["sessionid"].value
    soon = timezone.now() + timedelta(seconds=0.5)
    await database_sync_to_async(Session.objects.filter(pk=key).update)(expire_date=soon)
    socket = await socket_of(client, room, alice)
    output = await socket.receive_output(timeout=WITHIN + 0.5)
    assert (output["type"], output.get("code")) == ("websocket.close", 4401), output
    assert timezone.now() >= soon


async def test_a_session_extended_before_it_expires_keeps_its_socket(room, alice):
    client = await logged_in_client(alice)
    key = client.cookies["sessionid"].value
    soon = timezone.now() + timedelta(seconds=0.3)
    await database_sync_to_async(Session.objects.filter(pk=key).update)(expire_date=soon)
    socket = await socket_of(client, room, alice)
    later = timezone.now() + timedelta(hours=1)
    await database_sync_to_async(Session.objects.filter(pk=key).update)(expire_date=later)
    # Well past the first expiry (and its check), the socket still hears the room.
    while timezone.now() < soon + timedelta(seconds=0.3):
        assert await socket.receive_nothing(timeout=0.1)
    await still_open(socket, room, alice)
    await socket.disconnect()
