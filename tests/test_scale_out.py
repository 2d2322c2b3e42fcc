"""Two server processes behind one Redis and one database behave as one server."""

from __future__ import annotations

import asyncio
import io
import json
import os
import re
import time
import urllib.parse
import urllib.request
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import AsyncExitStack, ExitStack
from html.parser import HTMLParser

import pytest
from channels.db import database_sync_to_async
from django.conf import settings
from django.core.management import call_command
from websockets.asyncio.client import ClientConnection, connect

from accounts.models import User
from bots.models import BotTurn
from rooms import payloads, services
from rooms.models import Membership, Message, Room, RoomConnection
from tests.rooms.sockets import body_text, message_ids
from tests.serving import ChatServer, chat_server_process, session_cookie_for

pytestmark = pytest.mark.usefixtures("database_thread")  # closes the test's own connection

RECEIVE_TIMEOUT = 10.0
BODY = "hello from A & <b>B</b>"
ESCAPED_BODY = "hello from A &amp; &lt;b&gt;B&lt;/b&gt;"


def shared_redis_url() -> str:
    """The Redis both processes meet in: the run's REDIS_URL, else scripts/test.sh's."""
    url = os.environ.get("REDIS_URL") or os.environ.get("TEST_REDIS_URL")
    if not url:
        pytest.fail(
            "test_scale_out needs a Redis: set REDIS_URL or TEST_REDIS_URL "
            "(scripts/test.sh starts one and sets TEST_REDIS_URL)."
        )
    return url


# Presence settings for the crash test, the same in both processes: beat often, and give up
# on a socket whose process stopped refreshing it after two seconds.
FAST_PRESENCE = {"PRESENCE_HEARTBEAT_SECONDS": "0.5", "PRESENCE_STALE_SECONDS": "2"}
# Stale time, plus a beat, plus room for a slow machine.
SWEEP_TIMEOUT = 10.0


def _two_servers(env: Mapping[str, str]) -> Iterator[tuple[ChatServer, ChatServer]]:
    env = {"REDIS_URL": shared_redis_url(), **env}
    with ExitStack() as stack:
        first = stack.enter_context(chat_server_process(label="scale-out-1", env=env))
        second = stack.enter_context(chat_server_process(label="scale-out-2", env=env))
        yield first, second


@pytest.fixture
def two_servers(transactional_db: None) -> Iterator[tuple[ChatServer, ChatServer]]:
    """Two server processes on one test database and one Redis channel layer."""
    yield from _two_servers({})


@pytest.fixture
def two_servers_fast_presence(
    transactional_db: None,
) -> Iterator[tuple[ChatServer, ChatServer]]:
    """As `two_servers`, with FAST_PRESENCE in both processes."""
    yield from _two_servers(FAST_PRESENCE)


def member_in_room() -> tuple[Room, str]:
    """A room, and the session cookie of its owner."""
    user = User.objects.create_user(username="ada", password="scale-out-passphrase-7")
    room = services.room_create(creator=user, name="Scale out")
    return room, session_cookie_for(user)


async def connected(
    stack: AsyncExitStack, server: ChatServer, path: str, cookie: str
) -> ClientConnection:
    """A socket to `path` on `server` under the session `cookie`, from a page of its origin."""
    return await stack.enter_async_context(
        connect(
            f"{server.ws_url}{path}",
            origin=server.url,
            additional_headers={"Cookie": f"{settings.SESSION_COOKIE_NAME}={cookie}"},
            proxy=None,
            open_timeout=RECEIVE_TIMEOUT,
        )
    )


async def open_socket(
    stack: AsyncExitStack, server: ChatServer, room: Room, cookie: str
) -> ClientConnection:
    """A room socket on `server`, once it hears the room."""
    socket = await connected(stack, server, f"/ws/rooms/{room.slug}/", cookie)
    # The consumer handles frames one at a time: the answer to a blank message proves that
    # connect() is over and the socket hears the room.
    await socket.send(json.dumps({"body": "", "client_id": str(uuid.uuid4())}))
    [[error]] = await frames_containing([socket], "Type a message before sending.", total=1)
    assert 'id="composer-error"' in error
    return socket


async def frames_containing(
    sockets: Sequence[ClientConnection], text: str, *, total: int
) -> list[list[str]]:
    """Per socket, the frames that contain `text`, read until `total` such frames arrived
    across all sockets; other frames are skipped. Fails after RECEIVE_TIMEOUT seconds."""
    return await frames_matching(sockets, lambda frame: text in frame, total=total, what=repr(text))


async def frames_matching(
    sockets: Sequence[ClientConnection],
    wanted: Callable[[str], bool],
    *,
    total: int,
    what: str = "wanted",
    timeout: float = RECEIVE_TIMEOUT,
) -> list[list[str]]:
    """Per socket, the text frames for which `wanted` is true, read until `total` such frames
    arrived across all sockets; other frames are skipped. Fails after `timeout` seconds."""
    found: list[list[str]] = [[] for _ in sockets]

    async def read(index: int) -> None:
        while sum(map(len, found)) < total:
            frame = await sockets[index].recv()
            if isinstance(frame, str) and wanted(frame):
                found[index].append(frame)

    readers = [asyncio.ensure_future(read(index)) for index in range(len(sockets))]
    try:
        await asyncio.wait_for(_first_to_finish_then_cancel_rest(readers), timeout=timeout)
    except TimeoutError:
        pytest.fail(f"After {timeout:g} s, {what} frames: {found}")
    return found


class _RoomFrameParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.members: dict[int, bool] = {}
        self.cursor: int | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        element_id = attributes.get("id") or ""
        if tag == "li" and element_id.startswith("member-"):
            self.members[int(element_id.removeprefix("member-"))] = (
                attributes.get("data-online") == "true"
            )
        elif element_id == "room-cursor" and attributes.get("data-cursor"):
            self.cursor = int(attributes["data-cursor"])


def members_online(frame: str) -> dict[int, bool]:
    """User id -> shown online, for each member in a member panel frame ({} if none)."""
    parser = _RoomFrameParser()
    parser.feed(frame)
    return parser.members


def frame_cursor(frame: str) -> int | None:
    """The cursor a catch-up frame ends with, if it has one."""
    parser = _RoomFrameParser()
    parser.feed(frame)
    return parser.cursor


async def _first_to_finish_then_cancel_rest(tasks: list[asyncio.Future[None]]) -> None:
    try:
        done, _ = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
        for task in done:
            task.result()  # re-raise a closed connection
    finally:
        for task in tasks:
            task.cancel()  # websockets' recv() is safe to cancel: no frame is lost
        await asyncio.gather(*tasks, return_exceptions=True)


# database_sync_to_async, not the ORM's a* methods: it closes the connection it used, so the
# test database can be dropped at the end of the run.
@database_sync_to_async
def saved_with(client_id: str) -> list[Message]:
    return list(Message.objects.filter(client_id=client_id))


@database_sync_to_async
def people_message_count(room: Room) -> int:
    return Message.objects.filter(room=room, kind=Message.Kind.USER).count()


@pytest.mark.django_db(transaction=True)
async def test_message_crosses_processes_and_a_racing_retry_saves_once(
    two_servers: tuple[ChatServer, ChatServer],
) -> None:
    room, cookie = await database_sync_to_async(member_in_room)()
    async with AsyncExitStack() as stack:
        sockets = [await open_socket(stack, server, room, cookie) for server in two_servers]
        first, _second = sockets

        # A message sent to process 1 reaches the socket on process 2 through Redis.
        client_id = str(uuid.uuid4())
        await first.send(json.dumps({"body": BODY, "client_id": client_id}))
        on_first, on_second = await frames_containing(sockets, ESCAPED_BODY, total=2)
        [message] = await saved_with(client_id)
        assert message.body == BODY
        assert len(on_first) == len(on_second) == 1
        assert f'id="message-{message.pk}"' in on_second[0]
        assert BODY not in on_second[0]
        # Rendered once, the same text for every socket.
        assert on_first == on_second

        # The same send reaches both processes at once: one row, and both sockets show it.
        # The losing process answers its own socket directly, so three frames in all.
        racing_id = str(uuid.uuid4())
        frame = json.dumps({"body": "sent twice at once", "client_id": racing_id})
        await asyncio.gather(*(socket.send(frame) for socket in sockets))
        received = await frames_containing(sockets, "sent twice at once", total=3)
        [raced] = await saved_with(racing_id)
        assert await people_message_count(room) == 2
        assert sorted(map(len, received)) == [1, 2]
        for frames in received:
            assert all(f'id="message-{raced.pk}"' in frame for frame in frames)


@database_sync_to_async
def member_of(room: Room, username: str) -> tuple[User, str]:
    """A new member of `room`, and their session cookie."""
    user = User.objects.create_user(username=username, password="scale-out-passphrase-7")
    services.membership_join(room=room, user=user)
    return user, session_cookie_for(user)


@database_sync_to_async
def room_seq(room: Room) -> int:
    return Room.objects.values_list("seq", flat=True).get(pk=room.pk)


def shown_online(user: User, online: bool) -> Callable[[str], bool]:
    """Matches member row updates (or panels) that show `user` as `online`."""

    def wanted(frame: str) -> bool:
        return members_online(frame).get(user.pk) is online

    return wanted


@pytest.mark.django_db(transaction=True)
async def test_someone_on_one_process_shows_online_to_a_socket_on_the_other(
    two_servers: tuple[ChatServer, ChatServer],
) -> None:
    first, second = two_servers
    room, ada_cookie = await database_sync_to_async(member_in_room)()
    bruno, bruno_cookie = await member_of(room, "bruno")
    async with AsyncExitStack() as stack:
        watcher = await open_socket(stack, second, room, ada_cookie)
        await open_socket(stack, first, room, bruno_cookie)
        [[update]] = await frames_matching([watcher], shown_online(bruno, True), total=1)
        # A row update for bruno alone, not the whole panel, and the counts.
        assert members_online(update) == {bruno.pk: True}
        assert 'id="member-panel"' not in update
        assert (
            '<span class="member-counts" id="member-counts" hx-swap-oob="true">2 of 2 online</span>'
            in update
        )


@pytest.mark.django_db(transaction=True)
async def test_people_on_a_crashed_process_are_shown_gone_by_the_survivor(
    two_servers_fast_presence: tuple[ChatServer, ChatServer],
) -> None:
    first, second = two_servers_fast_presence
    room, ada_cookie = await database_sync_to_async(member_in_room)()
    bruno, bruno_cookie = await member_of(room, "bruno")
    async with AsyncExitStack() as stack:
        watcher = await open_socket(stack, second, room, ada_cookie)
        await open_socket(stack, first, room, bruno_cookie)
        await frames_matching([watcher], shown_online(bruno, True), total=1)

        # kill -9: process 1 never closes bruno's socket properly nor tells anyone; only its
        # heartbeat stops. Process 2's heartbeat finds his row stale and settles him.
        crashed = time.monotonic()
        first.kill()
        [[update]] = await frames_matching(
            [watcher],
            shown_online(bruno, False),
            total=1,
            what="bruno-offline",
            timeout=SWEEP_TIMEOUT,
        )
        print(f"\nCrashed process swept after {time.monotonic() - crashed:.2f} s")
        assert members_online(update) == {bruno.pk: False}
        assert await presence_rows(room) == {
            "present": ["ada"],
            "connections": ["ada"],
            "lines": [],
        }


@database_sync_to_async
def presence_rows(room: Room) -> dict[str, list[str]]:
    """Who the database holds as present in `room`, whose sockets, and its system lines."""
    return {
        "present": list(
            Membership.objects.filter(room=room, is_present=True)
            .order_by("user__username")
            .values_list("user__username", flat=True)
        ),
        "connections": list(
            RoomConnection.objects.filter(room=room)
            .order_by("user__username")
            .values_list("user__username", flat=True)
        ),
        "lines": list(
            Message.objects.filter(room=room, kind=Message.Kind.SYSTEM)
            .order_by("id")
            .values_list("body", flat=True)
        ),
    }


@database_sync_to_async
def saved(room: Room, client_ids: list[str]) -> list[Message]:
    return [Message.objects.get(room=room, client_id=client_id) for client_id in client_ids]


@pytest.mark.django_db(transaction=True)
async def test_a_socket_on_the_other_process_catches_up_from_its_cursor(
    two_servers: tuple[ChatServer, ChatServer],
) -> None:
    first, second = two_servers
    room, cookie = await database_sync_to_async(member_in_room)()
    async with AsyncExitStack() as stack:
        writer = await open_socket(stack, first, room, cookie)
        cursor = await room_seq(room)

        # Three messages and an edit of the first, all through process 1.
        bodies = ["one", "two", "three"]
        client_ids = [str(uuid.uuid4()) for _ in bodies]
        for body, client_id in zip(bodies, client_ids, strict=True):
            await writer.send(json.dumps({"body": body, "client_id": client_id}))
            await frames_containing([writer], f'data-client-id="{client_id}"', total=1)
        messages = await saved(room, client_ids)
        edit = {"action": "edit", "message_id": messages[0].pk, "body": "one, edited"}
        await writer.send(json.dumps(edit))
        await frames_containing([writer], "one, edited", total=1)

        # ada's page on process 2 (she is already here: nothing is announced) stands at
        # `cursor` and asks for what changed since.
        reader = await open_socket(stack, second, room, cookie)
        await reader.send(json.dumps({"action": "sync", "cursor": cursor}))
        [[reply]] = await frames_containing([reader], 'id="room-cursor"', total=1)
        assert message_ids(reply) == [message.pk for message in messages]
        assert [body_text(reply, message.pk) for message in messages] == [
            "one, edited",
            "two",
            "three",
        ]
        assert frame_cursor(reply) == await room_seq(room) == cursor + 4

        # From the new cursor there is nothing more to fetch.
        await reader.send(json.dumps({"action": "sync", "cursor": frame_cursor(reply)}))
        [[again]] = await frames_containing([reader], 'id="room-cursor"', total=1)
        assert message_ids(again) == []
        assert frame_cursor(again) == cursor + 4


async def seeded_room_with_two_members() -> tuple[Room, str, str]:
    await database_sync_to_async(call_command)("seed_personas", stdout=io.StringIO())
    room, ada_cookie = await database_sync_to_async(member_in_room)()
    _bob, bob_cookie = await member_of(room, "bob")
    return room, ada_cookie, bob_cookie


@database_sync_to_async
def persona_replies(room: Room) -> list[tuple[str, int]]:
    return list(
        Message.objects.filter(room=room, kind=Message.Kind.PERSONA).values_list(
            "author__username", "bot_turns__id"
        )
    )


@database_sync_to_async
def turns_for(room: Room) -> list[tuple[str, str]]:
    return list(BotTurn.objects.filter(room=room).values_list("persona__slug", "status"))


@pytest.mark.django_db(transaction=True)
async def test_a_persona_answers_each_trigger_once_across_processes(
    two_servers: tuple[ChatServer, ChatServer],
) -> None:
    first, second = two_servers
    room, ada_cookie, bob_cookie = await seeded_room_with_two_members()
    async with AsyncExitStack() as stack:
        on_first = await open_socket(stack, first, room, ada_cookie)
        ada_on_second = await open_socket(stack, second, room, ada_cookie)
        on_second = await open_socket(stack, second, room, bob_cookie)

        # ada's send reaches both processes (a retry racing on two of her connections).
        question = json.dumps({"body": "/AIBot What is Python?", "client_id": str(uuid.uuid4())})
        await asyncio.gather(on_first.send(question), ada_on_second.send(question))
        is_reply = re.compile(r'class="message message-persona"[^>]*>.*?AIBot</span>', re.S)
        found = await frames_matching(
            [on_first, on_second], lambda f: bool(is_reply.search(f)), total=2, what="AIBot"
        )
        assert [len(frames) for frames in found] == [1, 1]

    # One question saved, one turn claimed, one reply, in the database both processes share.
    assert await turns_for(room) == [("aibot", "done")]
    replies = await persona_replies(room)
    assert [author for author, _ in replies] == ["aibot"]


@pytest.fixture
def two_servers_slow_replies(transactional_db: None) -> Iterator[tuple[ChatServer, ChatServer]]:
    """As `two_servers`; offline replies take seconds to stream, and neither process looks at
    the database for a stop request during a test: only the Stop event can stop a reply."""
    yield from _two_servers({"OFFLINE_CHUNK_DELAY": "0.5", "STOP_CHECK_SECONDS": "600"})


@database_sync_to_async
def turn_status(turn_id: int) -> str:
    return BotTurn.objects.get(pk=turn_id).status


@pytest.mark.django_db(transaction=True)
async def test_stop_pressed_on_one_process_stops_the_reply_written_on_the_other(
    two_servers_slow_replies: tuple[ChatServer, ChatServer],
) -> None:
    first, second = two_servers_slow_replies
    room, ada_cookie, _bob_cookie = await seeded_room_with_two_members()
    async with AsyncExitStack() as stack:
        on_first = await open_socket(stack, first, room, ada_cookie)
        on_second = await open_socket(stack, second, room, ada_cookie)
        # Asked on the first process: the reply is written there.
        question = json.dumps({"body": "/AIBot What is Python?", "client_id": str(uuid.uuid4())})
        await on_first.send(question)
        [[draft]] = await frames_containing([on_second], 'id="draft-', total=1)
        turn_id = int(re.search(r'id="draft-(\d+)"', draft).group(1))

        # Stop, pressed in ada's other tab, on the second process.
        await on_second.send(json.dumps({"action": "stop", "turn_id": turn_id}))
        removed = f'<div id="draft-{turn_id}" hx-swap-oob="delete"></div>'
        found = await frames_containing([on_first, on_second], removed, total=2)
        assert [len(frames) for frames in found] == [1, 1]

    assert await turn_status(turn_id) == BotTurn.Status.STOPPED
    assert await persona_replies(room) == []


SMS_TOKEN = "scale-out-sms-token"


@pytest.fixture
def two_servers_slow_replies_texted(
    transactional_db: None,
) -> Iterator[tuple[ChatServer, ChatServer]]:
    """As `two_servers_slow_replies`, and both processes take texts signed with SMS_TOKEN."""
    yield from _two_servers(
        {
            "OFFLINE_CHUNK_DELAY": "0.5",
            "STOP_CHECK_SECONDS": "600",
            "TWILIO_ACCOUNT_SID": "AC" + "0" * 32,
            "TWILIO_AUTH_TOKEN": SMS_TOKEN,
            "TWILIO_FROM": "+15005550001",
            "SMS_BASE_URL": "",
        }
    )


def text_to(server: ChatServer, sender: str, body: str) -> int:
    """Twilio delivers a text to `server`'s /sms/inbound/, signed; the answer's status."""
    from twilio.request_validator import RequestValidator

    url = f"{server.url}/sms/inbound/"
    params = {"MessageSid": f"SM{uuid.uuid4().hex}", "From": sender, "Body": body}
    signature = RequestValidator(SMS_TOKEN).compute_signature(url, params)
    request = urllib.request.Request(
        url,
        data=urllib.parse.urlencode(params).encode(),
        headers={"X-Twilio-Signature": signature},
    )
    with urllib.request.urlopen(request, timeout=RECEIVE_TIMEOUT) as response:  # noqa: S310
        return response.status


@database_sync_to_async
def phone_linked(room: Room, username: str, number: str) -> Room:
    """`username`'s phone linked, their texts going to `room`; and another room of theirs."""
    from django.utils import timezone

    from sms.models import Phone

    user = User.objects.get(username=username)
    Phone.objects.create(user=user, number=number, confirmed_at=timezone.now(), room=room)
    return services.room_create(creator=user, name="Elsewhere")


@pytest.mark.django_db(transaction=True)
async def test_stop_reaches_a_reply_written_where_nobody_has_the_room_open(
    two_servers_slow_replies_texted: tuple[ChatServer, ChatServer],
) -> None:
    first, second = two_servers_slow_replies_texted
    room, ada_cookie, _bob_cookie = await seeded_room_with_two_members()
    elsewhere = await phone_linked(room, "ada", "+14155550123")
    async with AsyncExitStack() as stack:
        # The first process serves ada elsewhere only; the room is open on the second.
        await open_socket(stack, first, elsewhere, ada_cookie)
        on_second = await open_socket(stack, second, room, ada_cookie)
        # Asked by text, through the first process: the reply is written there.
        status = await asyncio.to_thread(text_to, first, "+14155550123", "/AIBot What is Python?")
        assert status == 200
        [[draft]] = await frames_containing([on_second], 'id="draft-', total=1)
        turn_id = int(re.search(r'id="draft-(\d+)"', draft).group(1))

        await on_second.send(json.dumps({"action": "stop", "turn_id": turn_id}))
        removed = f'<div id="draft-{turn_id}" hx-swap-oob="delete"></div>'
        await frames_containing([on_second], removed, total=1)

    assert await turn_status(turn_id) == BotTurn.Status.STOPPED
    assert await persona_replies(room) == []


def post_as(server: ChatServer, path: str, cookie: str) -> int:
    """POST an empty form to `server` as the session `cookie`, as a page of Salon would (its
    CSRF token and origin); the status of the answer, redirects followed."""
    token = "a" * 32  # Django takes any token the cookie and the header agree on
    request = urllib.request.Request(
        server.url + path,
        data=b"",
        method="POST",
        headers={
            "Cookie": (
                f"{settings.SESSION_COOKIE_NAME}={cookie}; {settings.CSRF_COOKIE_NAME}={token}"
            ),
            "X-CSRFToken": token,
            "Origin": server.url,
        },
    )
    with urllib.request.build_opener(urllib.request.ProxyHandler({})).open(request) as response:
        return response.status


@pytest.mark.django_db(transaction=True)
async def test_a_persons_socket_hears_their_rooms_from_either_process(
    two_servers: tuple[ChatServer, ChatServer],
) -> None:
    """Unread that stays live across processes: the person socket on one process hears of
    messages posted on the other, and of a join and a leave made there."""
    first, second = two_servers
    room, ada_cookie = await database_sync_to_async(member_in_room)()
    _bea, bea_cookie = await member_of(room, "bea")
    other = await database_sync_to_async(services.room_create)(
        creator=await database_sync_to_async(User.objects.get)(username="ada"), name="Other"
    )
    async with AsyncExitStack() as stack:
        me = await connected(stack, second, "/ws/me/", bea_cookie)
        rooms = json.loads(await asyncio.wait_for(me.recv(), RECEIVE_TIMEOUT))
        assert [r["slug"] for r in rooms["rooms"]] == [room.slug]

        ada_room = await open_socket(stack, first, room, ada_cookie)
        await ada_room.send(json.dumps({"body": "@bea across", "client_id": str(uuid.uuid4())}))
        activity = json.loads(await asyncio.wait_for(me.recv(), RECEIVE_TIMEOUT))
        assert [(m["room"], m["by"], m["mentions"]) for m in activity["messages"]] == [
            (room.pk, "ada", ["bea"])
        ]

        # Joining on the first process: the socket on the second watches the room too.
        assert (
            await asyncio.to_thread(post_as, first, f"/rooms/{other.slug}/join/", bea_cookie) == 200
        )
        changed = json.loads(await asyncio.wait_for(me.recv(), RECEIVE_TIMEOUT))
        assert (changed["changed"], sorted(r["slug"] for r in changed["rooms"])) == (
            True,
            sorted([room.slug, other.slug]),
        )
        ada_other = await open_socket(stack, first, other, ada_cookie)
        await ada_other.send(json.dumps({"body": "in other", "client_id": str(uuid.uuid4())}))
        activity = json.loads(await asyncio.wait_for(me.recv(), RECEIVE_TIMEOUT))
        # bea's join line is Salon's own: it counts as nothing and is not sent.
        assert [(m["room"], m["by"]) for m in activity["messages"]] == [(other.pk, "ada")]

        # Leaving on the first process: the second stops watching it.
        assert (
            await asyncio.to_thread(post_as, first, f"/rooms/{room.slug}/leave/", bea_cookie) == 200
        )
        changed = json.loads(await asyncio.wait_for(me.recv(), RECEIVE_TIMEOUT))
        assert [r["slug"] for r in changed["rooms"]] == [other.slug]
        await ada_room.send(json.dumps({"body": "after bea left", "client_id": str(uuid.uuid4())}))
        await ada_other.send(json.dumps({"body": "still here", "client_id": str(uuid.uuid4())}))
        activity = json.loads(await asyncio.wait_for(me.recv(), RECEIVE_TIMEOUT))
        assert [(m["room"], m["by"]) for m in activity["messages"]] == [(other.pk, "ada")]


@database_sync_to_async
def message_as_json(client_id: str, slug: str) -> dict:
    message = Message.objects.select_related("author__persona").get(client_id=client_id)
    return json.loads(payloads.dumps(payloads.message_data(message, slug=slug)))


@pytest.mark.django_db(transaction=True)
async def test_a_json_socket_and_a_browser_socket_on_two_processes_hear_each_other(
    two_servers: tuple[ChatServer, ChatServer],
):
    """The JSON of an event made by one process reaches a JSON socket on another (and what a
    program sends reaches the browsers there as HTML)."""
    first, second = two_servers
    room, cookie = await database_sync_to_async(member_in_room)()
    async with AsyncExitStack() as stack:
        browser = await open_socket(stack, first, room, cookie)
        program = await stack.enter_async_context(
            connect(
                f"{second.ws_url}/ws/rooms/{room.slug}/",
                origin=second.url,
                additional_headers={"Cookie": f"{settings.SESSION_COOKIE_NAME}={cookie}"},
                subprotocols=["salon.v1.json"],
                proxy=None,
                open_timeout=RECEIVE_TIMEOUT,
            )
        )
        assert program.subprotocol == "salon.v1.json"
        await program.send(json.dumps({"body": "", "client_id": str(uuid.uuid4())}))
        [[refused]] = await frames_matching(
            [program], lambda frame: '"type":"error"' in frame, total=1
        )
        assert json.loads(refused)["code"] == "empty"  # it hears the room from now on

        client_id = str(uuid.uuid4())
        await browser.send(json.dumps({"body": BODY, "client_id": client_id}))
        [[created]] = await frames_matching(
            [program], lambda frame: '"type":"message.created"' in frame, total=1
        )
        saved = await message_as_json(client_id, room.slug)
        expected = {"type": "message.created", "seq": saved["seq"], "message": saved}
        assert json.loads(created) == expected
        assert saved["body"] == BODY  # text in JSON, escaped only in its HTML
        assert ESCAPED_BODY in saved["body_html"]

        reply_id = str(uuid.uuid4())
        await program.send(json.dumps({"body": "from a program", "client_id": reply_id}))
        [[html]] = await frames_containing([browser], "from a program", total=1)
        assert html.startswith('<div id="messages"')
        [[ack]] = await frames_matching([program], lambda frame: '"type":"ack"' in frame, total=1)
        assert json.loads(ack)["message"] == await message_as_json(reply_id, room.slug)
