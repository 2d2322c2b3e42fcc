"""The room socket for programs: asked for the `salon.v1.json` subprotocol, it sends every
room event as JSON (made once per event, whatever the number of JSON sockets) and answers
each action with a JSON ack or error, on the browsers' rules; browser sockets in the same
room keep getting HTML."""

from __future__ import annotations

import json
import uuid

import pytest
from channels.db import database_sync_to_async
from channels.testing import WebsocketCommunicator
from django.core.serializers.json import DjangoJSONEncoder
from django.test import Client

from accounts import tokens
from chatsite.asgi import application
from rooms import events, hub, moderation, payloads, services
from rooms.models import Membership, Message
from tests.rooms.sockets import (
    TIMEOUT,
    action,
    connected_socket,
    frame,
    mark_present,
    message_ids,
    session_cookie,
)

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("presence_tasks", "channel_layer"),
]

JSON = "salon.v1.json"


def program_socket(
    slug: str,
    *,
    cookie: str | None = None,
    token: str | None = None,
    subprotocols: tuple[str, ...] = (JSON,),
    origin: bytes = b"http://127.0.0.1",
) -> WebsocketCommunicator:
    headers = [(b"host", b"127.0.0.1"), (b"origin", origin)]
    if cookie is not None:
        headers.append((b"cookie", f"sessionid={cookie}".encode()))
    if token is not None:
        headers.append((b"authorization", f"Bearer {token}".encode()))
    return WebsocketCommunicator(
        application, f"/ws/rooms/{slug}/", headers=headers, subprotocols=list(subprotocols)
    )


async def json_socket(slug: str, user, **kwargs) -> WebsocketCommunicator:
    """`user`'s JSON socket (by session), already shown present so that it announces nothing."""
    await mark_present(slug, user)
    socket = program_socket(slug, cookie=await session_cookie(user), **kwargs)
    connected, subprotocol = await socket.connect(timeout=TIMEOUT)
    assert (connected, subprotocol) == (True, JSON)
    return socket


async def receive(socket: WebsocketCommunicator) -> dict:
    return json.loads(await socket.receive_from(timeout=TIMEOUT))


@database_sync_to_async
def message_json(pk: int, slug: str) -> dict:
    """The message as the JSON API gives it (GET ?after_seq=), read again from the database."""
    message = Message.objects.select_related("author__persona").get(pk=pk)
    return json.loads(payloads.dumps(payloads.message_data(message, slug=slug)))


@database_sync_to_async
def api_message(token: str, slug: str, pk: int) -> dict:
    """The message as GET /api/rooms/<slug>/messages lists it."""
    response = Client(headers={"Authorization": f"Bearer {token}"}).get(
        f"/api/rooms/{slug}/messages", {"after_seq": 0, "limit": 100}
    )
    assert response.status_code == 200
    return next(m for m in response.json()["messages"] if m["id"] == pk)


async def join(room, user) -> None:
    await database_sync_to_async(services.membership_join)(room=room, user=user)


# Events -------------------------------------------------------------------------------------


async def test_message_events_reach_a_json_socket_as_json_and_a_browser_socket_as_html(
    room, alice, bob
):
    await join(room, bob)
    program = await json_socket(room.slug, alice)
    browser = await connected_socket(room.slug, bob)
    token = await database_sync_to_async(lambda: tokens.token_create(user=alice, name="t")[1])()

    client_id = str(uuid.uuid4())
    await browser.send_to(text_data=frame("Hello **there**", client_id=client_id))
    html = await browser.receive_from(timeout=TIMEOUT)
    (pk,) = message_ids(html)
    created = await receive(program)
    saved = await message_json(pk, room.slug)
    assert created == {"type": "message.created", "seq": saved["seq"], "message": saved}
    assert saved == {
        "id": pk,
        "seq": saved["seq"],
        "room": "tea-room",
        "kind": "user",
        "author": {"id": bob.pk, "username": "bob", "name": "bob", "is_persona": False},
        "body": "Hello **there**",
        "body_html": "Hello <strong>there</strong>",
        "client_id": client_id,
        "mentions": [],
        "reply_to": None,
        "attachments": [],
        "reactions": [],
        "created_at": saved["created_at"],
        "edited_at": None,
        "deleted_at": None,
    }
    # The same shape over HTTP.
    assert await api_message(token, room.slug, pk) == saved

    await browser.send_to(text_data=action("edit", message_id=pk, body="Hello again"))
    assert message_ids(await browser.receive_from(timeout=TIMEOUT)) == [pk]
    edited = await receive(program)
    assert edited == {
        "type": "message.edited",
        "seq": saved["seq"] + 1,
        "message": await message_json(pk, room.slug),
    }
    assert (edited["message"]["body"], edited["message"]["edited_at"] is not None) == (
        "Hello again",
        True,
    )

    await program.send_to(text_data=action("react", message_id=pk, emoji="👍", ref=7))
    reacted = await receive(program)
    assert reacted == {
        "type": "reactions.changed",
        "seq": saved["seq"] + 2,
        "message": await message_json(pk, room.slug),
    }
    assert reacted["message"]["reactions"] == [{"emoji": "👍", "count": 1, "user_ids": [alice.pk]}]
    assert await receive(program) == {
        "type": "ack",
        "action": "react",
        "ref": 7,
        "message": reacted["message"],
    }
    assert message_ids(await browser.receive_from(timeout=TIMEOUT)) == [pk]

    await browser.send_to(text_data=action("delete", message_id=pk))
    assert message_ids(await browser.receive_from(timeout=TIMEOUT)) == [pk]
    deleted = await receive(program)
    assert deleted["type"] == "message.deleted"
    assert deleted["message"] == await message_json(pk, room.slug)
    assert (deleted["message"]["body"], deleted["message"]["body_html"]) == ("", "")
    assert deleted["message"]["deleted_at"] is not None

    await browser.send_to(text_data=action("typing"))
    assert await receive(program) == {"type": "typing", "user_id": bob.pk, "name": "bob"}
    assert await browser.receive_nothing(timeout=0.2)  # nobody is told of their own typing
    await program.disconnect()
    await browser.disconnect()


async def test_members_drafts_notices_and_moderation_as_json(room, alice, bob):
    await join(room, bob)
    program = await json_socket(room.slug, alice)
    browser = await connected_socket(room.slug, bob)

    # The whole member list, as a page catching up gets it.
    await events.room_send(room.pk, await database_sync_to_async(events.members_event)(room.pk))
    assert await receive(program) == {
        "type": "members.changed",
        "complete": True,
        "members": [
            {
                "id": alice.pk,
                "username": "alice",
                "name": "alice",
                "is_persona": False,
                "role": "owner",
                "is_present": True,
            },
            {
                "id": bob.pk,
                "username": "bob",
                "name": "bob",
                "is_persona": False,
                "role": "member",
                "is_present": True,
            },
        ],
        "removed": [],
        "member_count": 2,
        "online_count": 2,
        "persona_count": 0,
    }
    assert 'id="member-list"' in await browser.receive_from(timeout=TIMEOUT)

    await events.draft_updated(
        room_id=room.pk, turn_id=5, name="Ada", avatar="A", hue=20, requested_by_id=bob.pk,
        text="Thinking",
    )  # fmt: skip
    assert await receive(program) == {
        "type": "draft",
        "turn_id": 5,
        "name": "Ada",
        "requested_by": bob.pk,
        "text": "Thinking",
    }
    assert 'id="draft-5"' in await browser.receive_from(timeout=TIMEOUT)
    await events.draft_removed(room_id=room.pk, turn_id=5)
    assert await receive(program) == {"type": "draft.removed", "turn_id": 5}
    await browser.receive_from(timeout=TIMEOUT)

    # To one person only.
    await database_sync_to_async(events.notice_sent)(room_id=room.pk, user_id=alice.pk, text="Hi")
    assert await receive(program) == {"type": "notice", "text": "Hi"}
    # To the moderators only (alice owns the room).
    await database_sync_to_async(events.moderation_changed)(room_id=room.pk)
    assert await receive(program) == {"type": "moderation.changed"}
    assert await browser.receive_nothing(timeout=0.2)

    # bob is muted: his own sockets hear it, the room sees his row change.
    await browser.disconnect()
    bobs = await json_socket(room.slug, bob)
    await database_sync_to_async(moderation.member_mute)(
        room=room, actor=alice, user_id=bob.pk, minutes=60
    )
    membership = await database_sync_to_async(Membership.objects.get)(room=room, user=bob)
    assert await receive(bobs) == {
        "type": "membership.changed",
        "role": "member",
        "muted_until": DjangoJSONEncoder().default(membership.muted_until),
    }
    for socket in (program, bobs):
        row = await receive(socket)
        assert (row["type"], row["complete"], [m["id"] for m in row["members"]]) == (
            "members.changed",
            False,
            [bob.pk],
        )
    # bob's socket takes the mute at once: a send is refused without a query.
    await bobs.send_to(text_data=frame("still here?", client_id="c-1"))
    refused = await receive(bobs)
    assert (refused["type"], refused["code"], refused["action"], refused["client_id"]) == (
        "error",
        "muted",
        "post",
        "c-1",
    )

    # The layer lost events: the programs are asked to catch up.
    await hub.hub().deliver(events.resync_event(room.pk))
    assert await receive(program) == {"type": "resync"}
    await program.disconnect()
    await bobs.disconnect()


async def test_a_room_event_is_serialised_once_for_all_its_json_sockets(room, alice, bob):
    await join(room, bob)
    token = await database_sync_to_async(lambda: tokens.token_create(user=bob, name="t")[1])()
    by_session = await json_socket(room.slug, alice)
    await mark_present(room.slug, bob)
    by_token = program_socket(room.slug, token=token)
    assert await by_token.connect(timeout=TIMEOUT) == (True, JSON)
    browser = await connected_socket(room.slug, bob)

    await browser.send_to(text_data=frame("once"))
    first = await by_session.receive_from(timeout=TIMEOUT)
    second = await by_token.receive_from(timeout=TIMEOUT)
    html = await browser.receive_from(timeout=TIMEOUT)
    # One text, made once, handed to both JSON sockets; the browser has its HTML.
    assert first is second
    assert json.loads(first)["message"]["body"] == "once"
    assert message_ids(html) and html.startswith('<div id="messages"')
    for socket in (by_session, by_token, browser):
        await socket.disconnect()


async def test_a_room_without_json_sockets_never_makes_json(room, alice, bob):
    await join(room, bob)
    browser = await connected_socket(room.slug, bob)

    event = await database_sync_to_async(events.members_event)(room.pk)
    await hub.hub().deliver(event)
    assert 'id="member-list"' in await browser.receive_from(timeout=TIMEOUT)
    assert isinstance(event["json"], events.JsonFrames) and event["json"].made is None

    program = await json_socket(room.slug, alice)
    event = await database_sync_to_async(events.members_event)(room.pk)
    await hub.hub().deliver(event)
    assert [await program.receive_from(timeout=TIMEOUT)] == event["json"]
    assert 'id="member-list"' in await browser.receive_from(timeout=TIMEOUT)
    await program.disconnect()
    await browser.disconnect()


# Actions ------------------------------------------------------------------------------------


async def test_a_post_is_acked_once_and_its_retry_posts_nothing(room, alice, bob):
    await join(room, bob)
    program = await json_socket(room.slug, alice)
    browser = await connected_socket(room.slug, bob)
    original = await database_sync_to_async(services.message_post)(
        room=room, author=bob, body="Which tea?\nAny.", client_id=uuid.uuid4()
    )
    await receive(program)
    await browser.receive_from(timeout=TIMEOUT)

    send = frame("Oolong.", client_id=uuid.uuid4(), ref="a1", reply_to=original.message.pk)
    await program.send_to(text_data=send)
    created = await receive(program)
    ack = await receive(program)
    saved = await message_json(created["message"]["id"], room.slug)
    assert created == {"type": "message.created", "seq": saved["seq"], "message": saved}
    quoted = {"id": original.message.pk, "author": "bob", "excerpt": "Which tea?"}
    assert saved["reply_to"] == quoted
    assert ack == {"type": "ack", "action": "post", "ref": "a1", "created": True, "message": saved}
    assert message_ids(await browser.receive_from(timeout=TIMEOUT)) == [saved["id"]]

    await program.send_to(text_data=send)  # a retry: the same client_id
    assert await receive(program) == {**ack, "created": False}
    assert await browser.receive_nothing(timeout=0.3)
    assert await program.receive_nothing(timeout=0.1)
    assert await database_sync_to_async(Message.objects.filter(room=room).count)() == 2
    await program.disconnect()
    await browser.disconnect()


async def test_refusals_are_json_errors_with_stable_codes(room, alice, bob):
    await join(room, bob)
    program = await json_socket(room.slug, alice)
    mine = await database_sync_to_async(services.message_post)(
        room=room, author=bob, body="bob's", client_id=uuid.uuid4()
    )
    await receive(program)

    async def refused(text: str) -> dict:
        await program.send_to(text_data=text)
        answer = await receive(program)
        assert answer["type"] == "error"
        return answer

    assert await refused("{not json") == {
        "type": "error",
        "code": "bad_frame",
        "message": "That message could not be read. Please reload the page.",
    }
    assert await refused(action("dance", ref=1)) == {
        "type": "error",
        "code": "unknown_action",
        "message": "Unknown action.",
        "ref": 1,
    }
    client_id = str(uuid.uuid4())
    assert await refused(frame("   ", client_id=client_id)) == {
        "type": "error",
        "code": "empty",
        "message": "Type a message before sending.",
        "action": "post",
        "client_id": client_id,
    }
    assert (await refused(frame("hi", client_id="c-2")))["code"] == "client_id"
    assert await refused(action("edit", message_id=mine.message.pk, body="mine now")) == {
        "type": "error",
        "code": "forbidden",
        "message": "You can only edit your own messages.",
        "action": "edit",
    }
    assert (await refused(frame("x", reply_to=10**6)))["code"] == "reply_to"
    assert (await refused(action("sync")))["code"] == "after_seq"
    await program.disconnect()


async def test_the_message_limit_answers_with_when_to_retry(room, alice, settings):
    settings.SALON_MESSAGE_BURST = 1
    program = await json_socket(room.slug, alice)
    await program.send_to(text_data=frame("one"))
    assert (await receive(program))["type"] == "message.created"
    assert (await receive(program))["type"] == "ack"
    await program.send_to(text_data=frame("two", client_id="c-3"))
    limited = await receive(program)
    assert (limited["type"], limited["code"], limited["client_id"]) == (
        "error",
        "rate_limited",
        "c-3",
    )
    assert 0 < limited["retry_after"] <= 60
    assert limited["message"].startswith("You are sending messages too quickly.")
    await program.disconnect()


async def test_a_visitor_reads_a_public_room_but_may_not_post(room, alice, bob):
    program = await json_socket(room.slug, bob)  # not a member
    await program.send_to(text_data=frame("hello?", client_id="v-1"))
    assert await receive(program) == {
        "type": "error",
        "code": "not_member",
        "message": "Join the room to post in it.",
        "action": "post",
        "client_id": "v-1",
    }
    said = await database_sync_to_async(services.message_post)(
        room=room, author=alice, body="welcome", client_id=uuid.uuid4()
    )
    assert (await receive(program))["message"]["id"] == said.message.pk
    await program.disconnect()


# Catching up ----------------------------------------------------------------------------------


async def test_a_reconnected_program_catches_up_on_each_change_exactly_once(room, alice, bob):
    await join(room, bob)
    program = await json_socket(room.slug, alice)
    post = database_sync_to_async(services.message_post)
    first = (await post(room=room, author=bob, body="first", client_id=uuid.uuid4())).message
    heard = await receive(program)
    cursor = heard["seq"]
    await program.disconnect()

    # While it is away: two new messages, the first one edited, one deleted.
    second = (await post(room=room, author=bob, body="second", client_id=uuid.uuid4())).message
    third = (await post(room=room, author=bob, body="third", client_id=uuid.uuid4())).message
    await database_sync_to_async(services.message_edit)(
        room=room, editor=bob, message_id=first.pk, body="first, edited"
    )
    await database_sync_to_async(services.message_delete)(
        room=room, actor=bob, message_id=second.pk
    )

    program = await json_socket(room.slug, alice)
    await program.send_to(text_data=action("sync", after_seq=cursor, ref="catch-up"))
    sync = await receive(program)
    room_seq = await database_sync_to_async(lambda: type(room).objects.get(pk=room.pk).seq)()
    assert sync == {
        "type": "sync",
        "ref": "catch-up",
        "messages": [
            await message_json(third.pk, room.slug),
            await message_json(first.pk, room.slug),
            await message_json(second.pk, room.slug),
        ],
        "room_seq": room_seq,
        "has_more": False,
    }
    assert [m["body"] for m in sync["messages"]] == ["third", "first, edited", ""]
    assert [m["seq"] for m in sync["messages"]] == sorted(m["seq"] for m in sync["messages"])

    # From the room's seq on, only what is new arrives, once.
    await program.send_to(text_data=action("sync", after_seq=room_seq))
    assert await receive(program) == {
        "type": "sync",
        "messages": [],
        "room_seq": room_seq,
        "has_more": False,
    }
    fourth = (await post(room=room, author=bob, body="fourth", client_id=uuid.uuid4())).message
    live = await receive(program)
    assert (live["type"], live["seq"], live["message"]["id"]) == (
        "message.created",
        room_seq + 1,
        fourth.pk,
    )
    assert await program.receive_nothing(timeout=0.3)
    await program.disconnect()


async def test_a_long_absence_is_caught_up_a_page_at_a_time(room, alice, bob):
    await join(room, bob)
    program = await json_socket(room.slug, alice)
    posts = [services.Post(author=bob, body=f"m{n}", client_id=uuid.uuid4()) for n in range(101)]
    await database_sync_to_async(services.messages_post)(room=room, posts=posts)
    for _ in range(101):
        await receive(program)  # heard live, one frame per message

    await program.send_to(text_data=action("sync", after_seq=0))
    page = await receive(program)
    assert (len(page["messages"]), page["has_more"]) == (100, True)
    await program.send_to(text_data=action("sync", after_seq=page["messages"][-1]["seq"]))
    rest = await receive(program)
    assert ([m["body"] for m in rest["messages"]], rest["has_more"]) == (["m100"], False)
    await program.disconnect()


# Who may open it ------------------------------------------------------------------------------


async def test_the_browsers_rules_decide_who_opens_a_json_socket(
    room, private_room, alice, bob, carol
):
    async def close_code(socket: WebsocketCommunicator) -> int:
        # Accepted with the subprotocol, so that a program reads the close code.
        assert await socket.connect(timeout=TIMEOUT) == (True, JSON)
        output = await socket.receive_output(timeout=TIMEOUT)
        assert output["type"] == "websocket.close"
        return output["code"]

    assert await close_code(program_socket(room.slug)) == 4401  # nobody
    assert await close_code(program_socket(room.slug, token="salon_00000000_nope")) == 4401
    bobs = await session_cookie(bob)
    assert await close_code(program_socket(private_room.slug, cookie=bobs)) == 4404
    assert await close_code(program_socket("no-such-room", cookie=bobs)) == 4404
    await join(room, carol)
    await database_sync_to_async(moderation.member_ban)(room=room, actor=alice, user_id=carol.pk)
    assert await close_code(program_socket(room.slug, cookie=await session_cookie(carol))) == 4403

    # A page of another site may not open it, JSON or not.
    other = program_socket(room.slug, cookie=bobs, origin=b"https://evil.example")
    connected, _ = await other.connect(timeout=TIMEOUT)
    assert not connected


async def test_other_subprotocols_get_the_browsers_html(room, alice, bob):
    await join(room, bob)
    await mark_present(room.slug, alice)
    socket = program_socket(
        room.slug, cookie=await session_cookie(alice), subprotocols=("salon.v2.xml",)
    )
    assert await socket.connect(timeout=TIMEOUT) == (True, None)
    await database_sync_to_async(services.message_post)(
        room=room, author=bob, body="hi", client_id=uuid.uuid4()
    )
    assert message_ids(await socket.receive_from(timeout=TIMEOUT))
    await socket.send_to(text_data=action("dance"))
    assert 'id="composer-error"' in await socket.receive_from(timeout=TIMEOUT)
    await socket.disconnect()
