"""Edits, deletions, typing, catch-up and read marks over the room socket."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest
from channels.db import database_sync_to_async
from django.utils import timezone

from rooms import services
from rooms.models import Membership, Message, Room
from tests.rooms.sockets import (
    TIMEOUT,
    action,
    body_text,
    connected_socket,
    frame,
    message_ids,
    message_seqs,
)

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("presence_tasks", "channel_layer"),
]


@database_sync_to_async
def post(room, author, body: str) -> Message:
    return services.message_post(
        room=room, author=author, body=body, client_id=uuid.uuid4()
    ).message


@database_sync_to_async
def join(room, user, role: str = Membership.Role.MEMBER) -> None:
    services.membership_join(room=room, user=user)
    Membership.objects.filter(room=room, user=user).update(role=role)


@database_sync_to_async
def fetch(pk: int) -> Message:
    return Message.objects.get(pk=pk)


@database_sync_to_async
def room_seq(room) -> int:
    return Room.objects.get(pk=room.pk).seq


async def sockets_for(room, *users):
    return [await connected_socket(room.slug, user) for user in users]


async def close_all(*sockets) -> None:
    for socket in sockets:
        await socket.disconnect()


# Edit --------------------------------------------------------------------------------------


async def test_author_edits_and_everyone_sees_it(room, alice, bob):
    await join(room, bob)
    message = await post(room, alice, "teh kettle")
    alice_socket, bob_socket = await sockets_for(room, alice, bob)

    await alice_socket.send_to(text_data=action("edit", message_id=message.pk, body=" the kettle "))

    frames = [await s.receive_from(timeout=TIMEOUT) for s in (alice_socket, bob_socket)]
    saved = await fetch(message.pk)
    assert frames[0] == frames[1]
    assert message_ids(frames[0]) == [message.pk]
    assert message_seqs(frames[0]) == [saved.seq] and saved.seq > message.seq
    assert body_text(frames[0], message.pk) == "the kettle"
    assert "(edited)" in frames[0]
    assert (saved.body, saved.edited_at is not None) == ("the kettle", True)
    await close_all(alice_socket, bob_socket)


async def test_edit_after_the_window_is_refused(room, alice, settings):
    settings.SALON_EDIT_WINDOW_SECONDS = 900
    message = await post(room, alice, "old words")
    await database_sync_to_async(Message.objects.filter(pk=message.pk).update)(
        created_at=timezone.now() - timedelta(minutes=16)
    )
    (socket,) = await sockets_for(room, alice)

    await socket.send_to(text_data=action("edit", message_id=message.pk, body="new words"))

    reply = await socket.receive_from(timeout=TIMEOUT)
    assert "Messages can only be edited for 15 minutes after sending." in reply
    assert (await fetch(message.pk)).body == "old words"
    await close_all(socket)


@pytest.mark.parametrize("role", ["member", "moderator", "owner"])
async def test_nobody_edits_someone_elses_message(room, alice, bob, role):
    await join(room, bob, role)
    message = await post(room, alice, "mine")
    (socket,) = await sockets_for(room, bob)

    await socket.send_to(text_data=action("edit", message_id=message.pk, body="yours"))

    assert "You can only edit your own messages." in await socket.receive_from(timeout=TIMEOUT)
    assert (await fetch(message.pk)).body == "mine"
    await close_all(socket)


@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({"message_id": "x", "body": "hi"}, "Which message? Give its id."),
        ({"message_id": 999999, "body": "hi"}, "That message is not in this room."),
        ({"message_id": None, "body": "hi"}, "Which message? Give its id."),
        ({"body": "   "}, "A message cannot be empty. To remove it, use Delete."),
    ],
)
async def test_bad_edits_get_an_error(room, alice, fields, error):
    message = await post(room, alice, "unchanged")
    (socket,) = await sockets_for(room, alice)
    fields.setdefault("message_id", message.pk)

    await socket.send_to(text_data=action("edit", **fields))

    assert error in await socket.receive_from(timeout=TIMEOUT)
    assert (await fetch(message.pk)).body == "unchanged"
    await close_all(socket)


async def test_edit_of_another_rooms_message_is_refused(room, private_room, alice):
    elsewhere = await post(private_room, alice, "private words")
    (socket,) = await sockets_for(room, alice)

    await socket.send_to(text_data=action("edit", message_id=elsewhere.pk, body="leak"))

    assert "That message is not in this room." in await socket.receive_from(timeout=TIMEOUT)
    assert (await fetch(elsewhere.pk)).body == "private words"
    await close_all(socket)


# Delete ------------------------------------------------------------------------------------


async def test_author_deletes_and_everyone_sees_a_tombstone(room, alice, bob):
    await join(room, bob)
    message = await post(room, alice, "oops, wrong room")
    alice_socket, bob_socket = await sockets_for(room, alice, bob)

    await alice_socket.send_to(text_data=action("delete", message_id=message.pk))

    frames = [await s.receive_from(timeout=TIMEOUT) for s in (alice_socket, bob_socket)]
    saved = await fetch(message.pk)
    assert frames[0] == frames[1]
    assert body_text(frames[0], message.pk) == "message deleted"
    assert "wrong room" not in frames[0]
    assert (saved.body, saved.deleted_at is not None) == ("", True)
    await close_all(alice_socket, bob_socket)


@pytest.mark.parametrize(
    ("role", "allowed"), [("member", False), ("moderator", True), ("owner", True)]
)
async def test_deleting_someone_elses_message_needs_moderator_rights(
    room, carol, bob, role, allowed
):
    await join(room, carol)
    await join(room, bob, role)
    message = await post(room, carol, "carol's words")
    (socket,) = await sockets_for(room, bob)

    await socket.send_to(text_data=action("delete", message_id=message.pk))

    reply = await socket.receive_from(timeout=TIMEOUT)
    saved = await fetch(message.pk)
    if allowed:
        assert body_text(reply, message.pk) == "message deleted"
        assert saved.deleted_at is not None
    else:
        assert "Only the author or a moderator can delete this message." in reply
        assert (saved.body, saved.deleted_at) == ("carol's words", None)
    await close_all(socket)


async def test_rights_are_checked_at_the_moment_of_the_action(room, carol, bob):
    await join(room, carol)
    await join(room, bob, Membership.Role.MODERATOR)
    message = await post(room, carol, "still here")
    (socket,) = await sockets_for(room, bob)
    # Demoted after the socket opened: the open socket must not keep the old rights.
    await database_sync_to_async(Membership.objects.filter(room=room, user=bob).update)(
        role=Membership.Role.MEMBER
    )

    await socket.send_to(text_data=action("delete", message_id=message.pk))

    assert "Only the author or a moderator" in await socket.receive_from(timeout=TIMEOUT)
    assert (await fetch(message.pk)).deleted_at is None
    await close_all(socket)


async def test_deleted_message_cannot_be_edited(room, alice):
    message = await post(room, alice, "gone soon")
    await database_sync_to_async(services.message_delete)(
        room=room, actor=alice, message_id=message.pk
    )
    (socket,) = await sockets_for(room, alice)

    await socket.send_to(text_data=action("edit", message_id=message.pk, body="back"))

    assert "This message was deleted." in await socket.receive_from(timeout=TIMEOUT)
    assert (await fetch(message.pk)).body == ""
    await close_all(socket)


# Typing ------------------------------------------------------------------------------------


async def test_typing_reaches_the_others_only(room, alice, bob, carol):
    await join(room, bob)
    await join(room, carol)
    alice_tab1, alice_tab2, bob_socket, carol_socket = await sockets_for(
        room, alice, alice, bob, carol
    )

    await alice_tab1.send_to(text_data=action("typing"))

    for socket in (bob_socket, carol_socket):
        received = await socket.receive_from(timeout=TIMEOUT)
        assert received == (
            f'<div id="typing-list" hx-swap-oob="beforeend">'
            f'<span data-user-id="{alice.pk}" data-name="alice"></span></div>'
        )
    assert await alice_tab1.receive_nothing(timeout=0.2)
    assert await alice_tab2.receive_nothing(timeout=0.2)
    # A second signal right away is ignored; typing is never saved.
    await alice_tab1.send_to(text_data=action("typing"))
    assert await bob_socket.receive_nothing(timeout=0.3)
    assert await database_sync_to_async(Message.objects.count)() == 0
    await close_all(alice_tab1, alice_tab2, bob_socket, carol_socket)


# Catch-up ----------------------------------------------------------------------------------


async def test_sync_sends_every_missed_change_once_in_order(room, alice, bob):
    await join(room, bob)
    early = await post(room, alice, "before the drop")
    cursor = await room_seq(room)  # where bob's page stood when its socket dropped

    # While bob is away: two new messages, an edit and a deletion of older ones.
    first = await post(room, alice, "missed one")
    second = await post(room, bob, "missed two (from bob's other device)")
    await database_sync_to_async(services.message_edit)(
        room=room, editor=alice, message_id=early.pk, body="before the drop, edited"
    )
    await database_sync_to_async(services.message_delete)(
        room=room, actor=bob, message_id=second.pk
    )
    (socket,) = await sockets_for(room, bob)

    await socket.send_to(text_data=action("sync", cursor=cursor))

    reply = await socket.receive_from(timeout=TIMEOUT)
    assert message_ids(reply) == [early.pk, first.pk, second.pk]
    assert body_text(reply, early.pk) == "before the drop, edited"
    assert body_text(reply, first.pk) == "missed one"
    assert body_text(reply, second.pk) == "message deleted"
    assert f'<div id="room-cursor" hx-swap-oob="true" data-cursor="{await room_seq(room)}"' in (
        reply
    )
    assert 'id="member-panel" hx-swap-oob="true"' in reply
    assert await socket.receive_nothing(timeout=0.2)

    # Syncing again from where the page now stands sends no message twice.
    await socket.send_to(text_data=action("sync", cursor=await room_seq(room)))
    assert message_ids(await socket.receive_from(timeout=TIMEOUT)) == []
    await close_all(socket)


async def test_sync_too_far_behind_asks_for_a_reload(room, alice, settings):
    settings.SALON_CATCH_UP_LIMIT = 3
    for i in range(4):
        await post(room, alice, f"m{i}")
    (socket,) = await sockets_for(room, alice)

    await socket.send_to(text_data=action("sync", cursor=0))

    assert await socket.receive_from(timeout=TIMEOUT) == (
        '<div id="room-reload" hx-swap-oob="true" data-reload="now" hidden></div>'
    )
    await socket.send_to(text_data=action("sync", cursor=1))
    assert message_ids(await socket.receive_from(timeout=TIMEOUT)) != []
    await close_all(socket)


@pytest.mark.parametrize("cursor", [None, "5", -1, 1.5, True])
async def test_sync_needs_a_cursor(room, alice, cursor):
    (socket,) = await sockets_for(room, alice)
    await socket.send_to(text_data=action("sync", cursor=cursor))
    assert "A sync needs the page&#x27;s cursor." in await socket.receive_from(timeout=TIMEOUT)
    await close_all(socket)


# Reading and other actions -----------------------------------------------------------------


async def test_read_moves_the_read_mark_forward_only(room, alice, bob):
    await join(room, bob)
    older = await post(room, alice, "one")
    newer = await post(room, alice, "two")
    (socket,) = await sockets_for(room, bob)

    await socket.send_to(text_data=action("read", message_id=newer.pk))
    await socket.send_to(text_data=action("read", message_id=older.pk))
    await socket.send_to(text_data=action("read", message_id="x"))

    assert "Which message? Give its id." in await socket.receive_from(timeout=TIMEOUT)
    membership = await database_sync_to_async(Membership.objects.get)(room=room, user=bob)
    assert membership.last_read_message_id == newer.pk
    await close_all(socket)


async def test_read_mark_cannot_point_into_another_room(room, private_room, alice):
    elsewhere = await post(private_room, alice, "private")
    (socket,) = await sockets_for(room, alice)

    await socket.send_to(text_data=action("read", message_id=elsewhere.pk + 1000))
    await socket.send_to(text_data=action("read", message_id=elsewhere.pk))
    # Frames are handled in order: once this one is answered, the reads above were handled.
    await socket.send_to(text_data=action("sync", cursor=await room_seq(room)))
    assert "room-cursor" in await socket.receive_from(timeout=TIMEOUT)

    membership = await database_sync_to_async(Membership.objects.get)(room=room, user=alice)
    assert membership.last_read_message_id is None
    await close_all(socket)


async def test_unknown_action_gets_an_error(room, alice):
    (socket,) = await sockets_for(room, alice)
    await socket.send_to(text_data=action("explode"))
    assert "Unknown action." in await socket.receive_from(timeout=TIMEOUT)
    await socket.send_to(text_data=frame("still fine"))
    assert message_ids(await socket.receive_from(timeout=TIMEOUT))
    await close_all(socket)
