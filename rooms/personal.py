"""The person socket: `/ws/me/`, one per open lobby or room page of a signed-in person.

It keeps the page's unread counts live without polling. When it opens it sends the person's
rooms with what is unread in each (one query), then watches those rooms through the process's
room hub (`rooms.hub`): each new message in them reaches it as the room's one `activity` text
(room, seq, author, mentioned usernames), rendered once per event for every watcher, so a
message costs no work per member. The page's glue (`static/js/unread.js`) counts from there.
A membership made or ended (`events.rooms_changed`) makes it watch or stop watching the room
and send the rooms again. Frames from the browser are ignored: it only listens.
"""

from __future__ import annotations

import asyncio
import json
from urllib.parse import parse_qs

from channels.db import database_sync_to_async
from channels.exceptions import StopConsumer
from channels.generic.websocket import AsyncWebsocketConsumer
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from accounts.models import User
from rooms import direct, hub, selectors
from rooms.models import Membership

CLOSE_UNAUTHENTICATED = 4401
CLOSE_TOO_MANY = 4429


def rooms_frame(*, user: User, changed: bool = False) -> tuple[list[int], str]:
    """`user`'s room ids, and the frame that tells their page each room's name, address,
    kind, change number (`seq`) and unread and mention counts as of that number; `changed`
    says that a membership was made or ended since the page loaded."""
    memberships = selectors.lobby_memberships(user=user)
    rooms, chats = direct.memberships_split(memberships, user=user)
    listed = [(m, m.room.name, False) for m in rooms] + [
        (m, m.other.shown_name, True) for m in chats
    ]
    frame = {
        "type": "rooms",
        "changed": changed,
        "rooms": [
            {
                "id": m.room_id,
                "slug": m.room.slug,
                "name": name,
                "url": reverse("room", args=[m.room.slug]),
                "direct": is_direct,
                "seq": m.room.seq,
                "unread": m.unread_count,
                "mentions": m.mention_count,
            }
            for m, name, is_direct in listed
        ],
    }
    return [m.room_id for m in memberships], json.dumps(frame)


def member_rooms(*, user: User) -> list[tuple[int, str]]:
    """The ids and slugs of `user`'s rooms."""
    return list(Membership.objects.filter(user=user).values_list("room_id", "room__slug"))


class PersonConsumer(AsyncWebsocketConsumer):
    user_id: int | None = None
    session_key: str | None = None
    auth_hash: str = ""
    opened: bool = False
    ready: bool = False
    released: bool = False
    closing: bool = False
    following: asyncio.Task | None = None
    expiry: asyncio.TimerHandle | None = None

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.room_ids: set[int] = set()
        # The room a room page shows (`?except=<slug>`): its own room socket hears it, and
        # watching it too would send every message there to that page twice.
        self.except_id: int | None = None
        # Memberships made (True) or ended (False) that this socket has not followed yet.
        self.changes: list[tuple[int, bool]] = []
        self._tasks: set[asyncio.Task] = set()

    async def __call__(self, scope, receive, send) -> None:
        """As the room socket (`rooms.consumers`): no channel of its own, frames in order."""
        self.scope = scope
        self.channel_layer = None
        self.base_send = send
        try:
            while True:
                message = await receive()
                handler = getattr(self, message["type"].replace(".", "_"), None)
                if handler is not None:
                    await handler(message)
        except StopConsumer:
            pass
        finally:
            await self._release()

    async def websocket_disconnect(self, message: dict) -> None:
        raise StopConsumer()

    async def connect(self) -> None:
        user = self.scope["user"]
        if not user.is_authenticated:
            refusal = CLOSE_UNAUTHENTICATED
        elif hub.hub().people_sockets_of(user.pk) >= settings.SALON_SOCKETS_PER_PERSON:
            refusal = CLOSE_TOO_MANY
        else:
            refusal = None
        # Accepted first, so that a refusal's close code reaches the page (see
        # rooms.consumers.RoomConsumer.refuse).
        await self.accept()
        if refusal is not None:
            await self.close(code=refusal)
            return
        self.user_id, self.session_key = user.pk, self.scope.get("session_key")
        self.auth_hash = user.get_session_auth_hash()
        the_hub = hub.hub()
        # Hear of memberships first, then read them (a change made meanwhile waits in
        # `changes`); watch the rooms, then count what is unread: a message said in between
        # is in the counts, and the page ignores its activity text by its seq.
        await the_hub.person_opened(self)
        self.opened = True
        shown = parse_qs(self.scope.get("query_string", b"").decode()).get("except", [""])[0]
        for room_id, slug in await database_sync_to_async(member_rooms)(user=user):
            if slug == shown:
                self.except_id = room_id
                continue
            self.room_ids.add(room_id)
            await the_hub.watch(room_id, self)
        self.ready = True
        self._start_following(first=True)
        expires = self.scope.get("session_expires")
        if expires is not None:
            # The page reconnects, and is let in again only if the session was extended.
            delay = max(0.0, (expires - timezone.now()).total_seconds())
            self.expiry = asyncio.get_running_loop().call_later(delay, self._session_due)

    def _session_due(self) -> None:
        self.expiry = None
        if not self.released:
            self._start_task(self.close(code=CLOSE_UNAUTHENTICATED))

    def rooms_changed(self, *, room_id: int, member: bool) -> None:
        """The hub: this person became, or stopped being, a member of the room. Followed on
        a task of the socket's own: the hub does not wait for the database."""
        if self.released:
            return
        self.changes.append((room_id, member))
        if self.ready and self.following is None:
            self._start_following(first=False)

    def _start_following(self, *, first: bool) -> None:
        self.following = self._start_task(self._follow_changes(first=first))

    def _start_task(self, coroutine) -> asyncio.Task:
        task = asyncio.get_running_loop().create_task(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def _follow_changes(self, *, first: bool) -> None:
        """Watch and unwatch as memberships changed, then send the rooms as they are now;
        again while changes keep coming."""
        changed = not first
        try:
            while not self.released:
                changes, self.changes = self.changes, []
                for room_id, member in changes:
                    await self._follow(room_id, member)
                _room_ids, frame = await database_sync_to_async(rooms_frame)(
                    user=self.scope["user"], changed=changed or bool(changes)
                )
                await self.send(text_data=frame)
                if not self.changes:
                    break
                changed = True
        finally:
            self.following = None

    async def _follow(self, room_id: int, member: bool) -> None:
        if room_id == self.except_id:
            return
        if member and room_id not in self.room_ids:
            self.room_ids.add(room_id)
            await hub.hub().watch(room_id, self)
        elif not member and room_id in self.room_ids:
            self.room_ids.discard(room_id)
            await hub.hub().unwatch(room_id, self)

    async def receive(self, text_data: str | None = None, bytes_data: bytes | None = None) -> None:
        return  # the page only listens

    async def send(self, text_data=None, bytes_data=None, close=False) -> None:
        if self.released:
            return
        await super().send(text_data=text_data, bytes_data=bytes_data, close=close)

    async def close(self, code: int | bool | None = None, reason: str | None = None) -> None:
        if self.closing:
            return
        self.closing = True
        await self._release()
        await super().close(code=code, reason=reason)

    async def _release(self) -> None:
        """Hear nothing more, once: out of the hub and its rooms."""
        was_released, self.released = self.released, True
        if was_released:
            return
        if self.expiry is not None:
            self.expiry.cancel()
        if self.opened:
            await hub.hub().person_closed(self, list(self.room_ids))
