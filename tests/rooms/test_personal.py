"""The person socket (`/ws/me/`): unread that stays live, over real sockets.

Messages are posted through the room socket, as a page does; the person socket must hear of
new messages in its person's rooms only, and follow their memberships as they change.
"""

from __future__ import annotations

import json
import uuid

import pytest
from channels.db import database_sync_to_async
from channels.testing import WebsocketCommunicator

from chatsite.asgi import application
from rooms import direct, events, services
from rooms.models import Membership, Room
from tests.rooms.sockets import TIMEOUT, frame, open_socket, session_cookie
from tests.rooms.test_hub import group_members

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("presence_tasks"),
]


async def person_communicator(user=None, origin: str = "http://127.0.0.1", path: str = "/ws/me/"):
    headers = [(b"host", b"127.0.0.1"), (b"origin", origin.encode())]
    if user is not None:
        headers.append((b"cookie", f"sessionid={await session_cookie(user)}".encode()))
    return WebsocketCommunicator(application, path, headers=headers)


async def open_person_socket(user, path: str = "/ws/me/") -> tuple[WebsocketCommunicator, dict]:
    """`user`'s person socket, open, with the rooms frame it starts with."""
    communicator = await person_communicator(user, path=path)
    connected, _ = await communicator.connect(timeout=TIMEOUT)
    assert connected
    return communicator, await receive_json(communicator)


async def receive_json(communicator) -> dict:
    return json.loads(await communicator.receive_from(timeout=TIMEOUT))


def rooms_by_slug(rooms_frame: dict) -> dict[str, dict]:
    assert rooms_frame["type"] == "rooms"
    return {room["slug"]: room for room in rooms_frame["rooms"]}


@database_sync_to_async
def make_room(owner, name: str, *, private: bool = False) -> Room:
    return services.room_create(creator=owner, name=name, is_private=private)


@database_sync_to_async
def join(room, user) -> None:
    services.membership_join(room=room, user=user, invited=room.is_private)


async def post(room_socket: WebsocketCommunicator, body: str) -> None:
    """Post through a room socket and wait for the room's echo (the message is saved)."""
    await room_socket.send_to(text_data=frame(body))
    while "<article" not in await room_socket.receive_from(timeout=TIMEOUT):
        pass  # presence updates may come first


async def test_only_new_messages_of_my_rooms_reach_me(alice, bob, carol, channel_layer):
    """Alice hears of Bob's messages in the public and the private room she is in, mentions
    of her included, and nothing of the rooms she is not in, public or private."""
    tea = await make_room(bob, "Tea")
    secret = await make_room(bob, "Secret", private=True)
    elsewhere = await make_room(bob, "Elsewhere")
    closed = await make_room(bob, "Closed", private=True)
    await join(tea, alice)
    await join(secret, alice)
    await join(closed, carol)  # someone else's private room

    me, first = await open_person_socket(alice)
    rooms = rooms_by_slug(first)
    assert set(rooms) == {tea.slug, secret.slug}
    assert rooms[secret.slug] | {"seq": 0} == {
        "id": secret.pk,
        "slug": secret.slug,
        "name": "Secret",
        "url": f"/rooms/{secret.slug}/",
        "direct": False,
        "seq": 0,
        "unread": 0,
        "mentions": 0,
    }
    seq_at_open = rooms[tea.slug]["seq"]

    bob_sockets = {r.slug: await open_socket(r.slug, bob) for r in (tea, secret, elsewhere, closed)}
    await post(bob_sockets[tea.slug], "Kettle is on")
    activity = await receive_json(me)
    assert activity == {
        "type": "activity",
        "messages": [
            {
                "room": tea.pk,
                "seq": seq_at_open + 1,
                "author": bob.pk,
                "by": "bob",
                "mentions": [],
            }
        ],
    }
    await post(bob_sockets[secret.slug], "@alice and @carol, see this")
    activity = await receive_json(me)
    assert [(m["room"], m["by"], m["mentions"]) for m in activity["messages"]] == [
        (secret.pk, "bob", ["alice", "carol"])
    ]

    await post(bob_sockets[elsewhere.slug], "Not for alice")
    await post(bob_sockets[closed.slug], "@alice cannot see this")
    assert await me.receive_nothing(timeout=0.3)

    # What the lobby would show if Alice reloaded: the counts agree with what she heard.
    _me2, again = await open_person_socket(alice)
    rooms = rooms_by_slug(again)
    assert (rooms[tea.slug]["unread"], rooms[tea.slug]["mentions"]) == (1, 0)
    assert (rooms[secret.slug]["unread"], rooms[secret.slug]["mentions"]) == (1, 1)
    assert rooms[tea.slug]["seq"] == seq_at_open + 1
    for communicator in (me, _me2, *bob_sockets.values()):
        await communicator.disconnect()


async def test_my_own_messages_are_heard_too_for_the_page_to_skip(alice, bob, channel_layer):
    """The frame is the same for every member: the page skips its person's own messages."""
    tea = await make_room(bob, "Tea")
    await join(tea, alice)
    me, _ = await open_person_socket(alice)
    mine = await open_socket(tea.slug, alice)
    await post(mine, "My own words")
    activity = await receive_json(me)
    assert [(m["author"], m["by"]) for m in activity["messages"]] == [(alice.pk, "alice")]
    await me.disconnect()
    await mine.disconnect()


async def test_leaving_and_revoking_stop_the_frames(alice, bob, channel_layer):
    tea = await make_room(bob, "Tea")
    secret = await make_room(bob, "Secret", private=True)
    await join(tea, alice)
    await join(secret, alice)
    me, _ = await open_person_socket(alice)
    tea_bob = await open_socket(tea.slug, bob)
    secret_bob = await open_socket(secret.slug, bob)

    await database_sync_to_async(services.membership_leave)(room=tea, user=alice)
    changed = await receive_json(me)
    assert changed["changed"] is True
    assert set(rooms_by_slug(changed)) == {secret.slug}
    await post(tea_bob, "After alice left")
    assert await me.receive_nothing(timeout=0.3)

    # Staff (or any path) deleting the membership: the same.
    await database_sync_to_async(lambda: Membership.objects.get(room=secret, user=alice).delete())()
    changed = await receive_json(me)
    assert rooms_by_slug(changed) == {}
    await post(secret_bob, "@alice after the revoke")
    assert await me.receive_nothing(timeout=0.3)
    for communicator in (me, tea_bob, secret_bob):
        await communicator.disconnect()


async def test_joining_and_a_new_direct_chat_start_the_frames(alice, bob, channel_layer):
    tea = await make_room(bob, "Tea")
    me, first = await open_person_socket(alice)
    assert first == {"type": "rooms", "changed": False, "rooms": []}

    await join(tea, alice)
    changed = await receive_json(me)
    assert changed["changed"] is True
    assert set(rooms_by_slug(changed)) == {tea.slug}
    tea_bob = await open_socket(tea.slug, bob)
    await post(tea_bob, "Welcome")
    assert (await receive_json(me))["messages"][0]["room"] == tea.pk

    chat = await database_sync_to_async(direct.direct_open)(user=bob, username="alice")
    changed = await receive_json(me)
    assert rooms_by_slug(changed)[chat.slug] | {"seq": 0} == {
        "id": chat.pk,
        "slug": chat.slug,
        "name": "bob",
        "url": f"/rooms/{chat.slug}/",
        "direct": True,
        "seq": 0,
        "unread": 0,
        "mentions": 0,
    }
    chat_bob = await open_socket(chat.slug, bob)
    await post(chat_bob, "Psst")
    activity = await receive_json(me)
    assert [(m["room"], m["by"]) for m in activity["messages"]] == [(chat.pk, "bob")]
    for communicator in (me, tea_bob, chat_bob):
        await communicator.disconnect()


async def test_a_persons_socket_needs_a_session_and_our_origin(alice, channel_layer):
    communicator = await person_communicator(None)
    connected, _ = await communicator.connect(timeout=TIMEOUT)
    assert connected
    output = await communicator.receive_output(timeout=TIMEOUT)
    assert (output["type"], output["code"]) == ("websocket.close", 4401)

    communicator = await person_communicator(alice, origin="http://evil.example")
    connected, _ = await communicator.connect(timeout=TIMEOUT)
    assert not connected


async def test_a_logout_closes_the_persons_socket(alice, channel_layer):
    from django.contrib.sessions.models import Session

    me, _ = await open_person_socket(alice)
    await database_sync_to_async(lambda: [s.delete() for s in Session.objects.all()])()
    output = await me.receive_output(timeout=TIMEOUT)
    assert (output["type"], output["code"]) == ("websocket.close", 4401)


async def test_members_person_sockets_share_the_rooms_one_group_membership(
    alice, bob, carol, channel_layer
):
    """However many people watch a room, the process is in its group once (with its room
    sockets), and leaves it when the last of them closes."""
    tea = await make_room(bob, "Tea")
    await join(tea, alice)
    await join(tea, carol)
    group = events.room_group(tea.pk)
    watchers = [(await open_person_socket(user))[0] for user in (alice, bob, carol, alice)]
    room_socket = await open_socket(tea.slug, bob)
    assert await group_members(channel_layer, group) == 1

    await post(room_socket, "One text for all")
    texts = [await watcher.receive_from(timeout=TIMEOUT) for watcher in watchers]
    assert len(set(texts)) == 1 and json.loads(texts[0])["messages"][0]["by"] == "bob"

    await room_socket.disconnect()
    for watcher in watchers:
        await watcher.disconnect()
    assert await group_members(channel_layer, group) == 0


def test_the_activity_text_costs_no_query(alice, bob, django_assert_num_queries):
    """Made once per message, on the database thread beside the room's frame: no query, so
    nothing that grows with the room."""
    tea = services.room_create(creator=bob, name="Tea")
    services.membership_join(room=tea, user=alice)
    saved = services.message_post(
        room=tea, author=bob, body="@alice @nobody hello", client_id=uuid.uuid4()
    ).message
    with django_assert_num_queries(0):
        text = events.activity_frame([saved])
    assert json.loads(text) == {
        "type": "activity",
        "messages": [
            {
                "room": tea.pk,
                "seq": saved.seq,
                "author": bob.pk,
                "by": "bob",
                "mentions": ["alice"],  # @nobody names no account
            }
        ],
    }


async def test_a_room_page_person_socket_leaves_out_the_room_it_shows(alice, bob):
    """A room page hears its own room on its room socket: its person socket (`?except=`)
    counts the room in its rooms frame but sends none of its messages, so a message there
    reaches that page once."""
    tea = await make_room(bob, "Tea")
    coffee = await make_room(bob, "Coffee")
    for room in (tea, coffee):
        await join(room, alice)
    me, first = await open_person_socket(alice, path=f"/ws/me/?except={tea.slug}")
    assert set(rooms_by_slug(first)) == {tea.slug, coffee.slug}
    bob_tea, bob_coffee = await open_socket(tea.slug, bob), await open_socket(coffee.slug, bob)

    await post(bob_tea, "Kettle is on")
    await post(bob_coffee, "Beans are ground")
    activity = await receive_json(me)
    assert [m["room"] for m in activity["messages"]] == [coffee.pk]
    assert await me.receive_nothing(timeout=0.2)
    for socket in (me, bob_tea, bob_coffee):
        await socket.disconnect()
