from __future__ import annotations

import json
import uuid

import pytest
from asgiref.sync import async_to_sync
from channels.db import database_sync_to_async
from django.contrib.sessions.models import Session
from django.db import transaction
from django.utils import timezone

from rooms import services
from rooms.models import Message
from tests.rooms.sockets import (
    TIMEOUT,
    communicator_for,
    connected_socket,
    frame,
    message_ids,
)

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("presence_tasks"),
]


async def close_code_for(slug: str, user=None, origin: str = "http://127.0.0.1") -> int:
    """Connect and return the close code the server answers with."""
    return await close_code_for_communicator(await communicator_for(slug, user, origin))


async def close_code_for_communicator(communicator) -> int:
    connected, _ = await communicator.connect(timeout=TIMEOUT)
    assert connected, "refusals are sent as close codes after the handshake"
    output = await communicator.receive_output(timeout=TIMEOUT)
    assert output["type"] == "websocket.close"
    await communicator.wait()
    return output["code"]


@database_sync_to_async
def all_messages() -> list[tuple[str, str]]:
    return list(Message.objects.order_by("id").values_list("author__username", "body"))


@database_sync_to_async
def join(room, user) -> None:
    services.membership_join(room=room, user=user)


# Handshake ---------------------------------------------------------------------------------


async def test_anonymous_socket_closes_with_4401(room, channel_layer):
    assert await close_code_for(room.slug) == 4401


async def test_a_session_that_ended_closes_with_4401(room, alice, channel_layer):
    """An expired session, or one from before a password change, is no login at all."""
    communicator = await communicator_for(room.slug, alice)
    await database_sync_to_async(Session.objects.update)(expire_date=timezone.now())
    assert await close_code_for_communicator(communicator) == 4401

    communicator = await communicator_for(room.slug, alice)

    def change_password():
        alice.set_password("another-long-passphrase")
        alice.save()

    await database_sync_to_async(change_password)()
    assert await close_code_for_communicator(communicator) == 4401


async def test_private_room_outsider_closes_with_4404(private_room, bob, channel_layer):
    """As for a room that does not exist: nobody learns that a private room is there."""
    assert await close_code_for(private_room.slug, bob) == 4404


async def test_unknown_room_closes_with_4404(alice, channel_layer):
    assert await close_code_for("no-such-room", alice) == 4404


async def test_foreign_origin_is_refused(room, alice, channel_layer):
    communicator = await communicator_for(room.slug, alice, origin="https://evil.example")
    connected, _ = await communicator.connect(timeout=TIMEOUT)
    assert connected is False


async def test_missing_origin_is_refused(room, alice, channel_layer):
    communicator = await communicator_for(room.slug, alice, origin=None)
    connected, _ = await communicator.connect(timeout=TIMEOUT)
    assert connected is False


# Messages ----------------------------------------------------------------------------------


async def test_message_reaches_every_socket_in_the_room(room, alice, bob, channel_layer):
    await join(room, bob)
    alice_tab1 = await connected_socket(room.slug, alice)
    alice_tab2 = await connected_socket(room.slug, alice)
    bob_socket = await connected_socket(room.slug, bob)

    await alice_tab1.send_to(text_data=frame("  Hello, <b>Bob</b>!  "))

    frames = [await s.receive_from(timeout=TIMEOUT) for s in (alice_tab1, alice_tab2, bob_socket)]
    saved = await database_sync_to_async(Message.objects.get)()
    assert saved.body == "Hello, <b>Bob</b>!"
    assert frames[0] == frames[1] == frames[2]
    assert frames[0].startswith(
        '<div id="messages" hx-swap-oob="beforeend">\n<article id="message-'
    )
    assert message_ids(frames[0]) == [saved.pk]
    assert f'data-client-id="{saved.client_id}"' in frames[0]
    assert "Hello, &lt;b&gt;Bob&lt;/b&gt;!" in frames[0]
    assert "<b>Bob</b>" not in frames[0]
    for socket in (alice_tab1, alice_tab2, bob_socket):
        assert await socket.receive_nothing(timeout=0.1)
        await socket.disconnect()


async def test_other_rooms_do_not_receive_it(room, private_room, alice, channel_layer):
    in_room = await connected_socket(room.slug, alice)
    elsewhere = await connected_socket(private_room.slug, alice)

    await in_room.send_to(text_data=frame("only here"))

    assert message_ids(await in_room.receive_from(timeout=TIMEOUT))
    assert await elsewhere.receive_nothing(timeout=0.3)
    await in_room.disconnect()
    await elsewhere.disconnect()


async def test_message_is_committed_before_it_is_broadcast(room, alice, channel_layer):
    socket = await connected_socket(room.slug, alice)

    def post_inside_a_transaction():
        with transaction.atomic():
            result = services.message_post(
                room=room, author=alice, body="after commit", client_id=uuid.uuid4()
            )
            # Saved but not committed: nobody may see it yet.
            assert async_to_sync(socket.receive_nothing)(timeout=0.3)
        return result.message.pk

    pk = await database_sync_to_async(post_inside_a_transaction)()
    received = await socket.receive_from(timeout=TIMEOUT)
    assert message_ids(received) == [pk]
    await socket.disconnect()


async def test_retry_with_same_client_id_makes_no_second_message(room, alice, bob, channel_layer):
    await join(room, bob)
    sender = await connected_socket(room.slug, alice)
    watcher = await connected_socket(room.slug, bob)
    client_id = uuid.uuid4()

    await sender.send_to(text_data=frame("once only", client_id))
    first = await sender.receive_from(timeout=TIMEOUT)
    assert message_ids(await watcher.receive_from(timeout=TIMEOUT)) == message_ids(first)

    await sender.send_to(text_data=frame("once only", client_id))
    echo = await sender.receive_from(timeout=TIMEOUT)

    assert echo == first  # the sender gets the saved message back
    assert await watcher.receive_nothing(timeout=0.3)  # the room is not told twice
    assert await all_messages() == [("alice", "once only")]
    await sender.disconnect()
    await watcher.disconnect()


async def test_racing_duplicate_frames_on_two_sockets_make_one_row(room, alice, channel_layer):
    tab1 = await connected_socket(room.slug, alice)
    tab2 = await connected_socket(room.slug, alice)
    client_id = uuid.uuid4()

    await tab1.send_to(text_data=frame("raced", client_id))
    await tab2.send_to(text_data=frame("raced", client_id))

    saved_frames = [await tab.receive_from(timeout=TIMEOUT) for tab in (tab1, tab2)]
    # The losing send is echoed to its own socket only: three frames in all, one row.
    has_echo = [not await tab.receive_nothing(timeout=0.5) for tab in (tab1, tab2)]
    assert sorted(has_echo) == [False, True]
    echoing = (tab1, tab2)[has_echo.index(True)]
    saved_frames.append(await echoing.receive_from(timeout=TIMEOUT))
    saved = await database_sync_to_async(Message.objects.get)()
    for received in saved_frames:
        assert message_ids(received) == [saved.pk]
    assert await all_messages() == [("alice", "raced")]
    await tab1.disconnect()
    await tab2.disconnect()


@pytest.mark.parametrize(
    ("raw", "error"),
    [
        ("not json", "That message could not be read"),
        ("[1, 2]", "That message could not be read"),
        ('"a string"', "That message could not be read"),
        ("null", "That message could not be read"),
        (json.dumps({"body": "x" * 70_000, "client_id": str(uuid.uuid4())}), "could not be read"),
        (frame(""), "Type a message before sending."),
        (frame("   \n  "), "Type a message before sending."),
        (frame("x" * 4001), "Messages can be at most 4,000 characters (this one has 4,001)."),
        (json.dumps({"body": 5, "client_id": str(uuid.uuid4())}), "A message needs a text body."),
        (json.dumps({"body": "hi"}), "Each message needs a client_id (a UUID)."),
        (json.dumps({"body": "hi", "client_id": "abc"}), "Each message needs a client_id"),
    ],
)
async def test_bad_frames_get_an_error_for_the_sender_only(
    room, alice, bob, raw, error, channel_layer
):
    await join(room, bob)
    sender = await connected_socket(room.slug, alice)
    watcher = await connected_socket(room.slug, bob)

    await sender.send_to(text_data=raw)

    reply = await sender.receive_from(timeout=TIMEOUT)
    assert reply.startswith('<div id="composer-error"')
    assert error in reply
    assert await watcher.receive_nothing(timeout=0.2)
    assert await all_messages() == []
    # The socket stays open and usable.
    await sender.send_to(text_data=frame("still here"))
    assert message_ids(await sender.receive_from(timeout=TIMEOUT))
    assert await all_messages() == [("alice", "still here")]
    await sender.disconnect()
    await watcher.disconnect()


async def test_binary_frame_gets_an_error(room, alice, channel_layer):
    socket = await connected_socket(room.slug, alice)
    await socket.send_to(bytes_data=b"\x00\x01")
    assert "could not be read" in await socket.receive_from(timeout=TIMEOUT)
    assert await all_messages() == []
    await socket.disconnect()


async def test_htmx_headers_key_is_ignored(room, alice, channel_layer):
    socket = await connected_socket(room.slug, alice)
    await socket.send_to(
        text_data=frame("with headers", HEADERS={"HX-Request": "true", "HX-Trigger": "composer"})
    )
    assert message_ids(await socket.receive_from(timeout=TIMEOUT))
    assert await all_messages() == [("alice", "with headers")]
    await socket.disconnect()


async def test_leaving_closes_your_sockets_and_updates_the_member_list(
    room, alice, bob, channel_layer
):
    await join(room, bob)
    bob_socket = await connected_socket(room.slug, bob)
    alice_socket = await connected_socket(room.slug, alice)

    await database_sync_to_async(services.membership_leave)(room=room, user=bob)

    closed = await bob_socket.receive_output(timeout=TIMEOUT)
    assert (closed["type"], closed["code"]) == ("websocket.close", 4403)
    update = await alice_socket.receive_from(timeout=TIMEOUT)
    assert f'<li id="member-{bob.pk}" data-removed="true"></li>' in update
    assert "1 of 1 online" in update
    await alice_socket.disconnect()


@pytest.mark.parametrize(
    ("raw", "error"),
    [
        ("[" * 5000 + "]" * 5000, "That message could not be read"),
        ('{"action": "edit", "message_id": Infinity, "body": "x"}', "Which message?"),
        ('{"action": "delete", "message_id": -Infinity}', "Which message?"),
        ('{"action": "stop", "turn_id": NaN}', "Which reply?"),
        (json.dumps({"body": "\ud800", "client_id": str(uuid.uuid4())}), "must be valid text"),
        ('{"action": 5}', "Unknown action."),
        ('{"action": "sync", "cursor": 1e400}', "A sync needs the page"),
    ],
)
async def test_hostile_frames_get_an_error_and_the_socket_lives_on(
    room, alice, bob, raw, error, channel_layer
):
    await join(room, bob)
    sender = await connected_socket(room.slug, alice)
    watcher = await connected_socket(room.slug, bob)

    await sender.send_to(text_data=raw)

    assert error in await sender.receive_from(timeout=TIMEOUT)
    assert await watcher.receive_nothing(timeout=0.2)
    await sender.send_to(text_data=frame("still alive"))
    assert message_ids(await watcher.receive_from(timeout=TIMEOUT))
    assert await all_messages() == [("alice", "still alive")]
    await sender.disconnect()
    await watcher.disconnect()
