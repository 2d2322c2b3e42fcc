"""The room hub: one per server process, between the channel layer and the room sockets.

A socket has no channel of its own. The hub is the only member, for this process, of each
room group that has sockets here: a room event crosses the layer (and Redis) once per process,
and the hub hands the same text to every local socket in the room. Events are dicts made by
`rooms.events`: `html` for everyone, except `except_user_id`'s sockets, or only for
`to_user_id`'s (whose sockets take the `membership` change it carries), or only for
moderators' (`moderators_only`); or `close_user_id` and `close_code` to close that person's
sockets; or `close_visitors` to close the sockets of people who are not members. Sockets
that speak JSON (`speaks_json`, programs) get the event's `json` frames instead of its
`html`, made once per event (`events.json_frames`), and only in a room that has some. Every hub
is also in `events.ACCOUNTS_GROUP`, whose events close the sockets of a session that ended or
of an account whose password changed, in every room.

Person sockets (`rooms.personal`, one per open page of a person) watch rooms instead of
joining them: a room event's `activity` text, if it carries one, goes to every watcher of the
room, and `account.rooms` events (a membership made or ended) reach the watchers of that
person, wherever they are, to watch or stop watching the room.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from typing import Protocol

from channels.layers import get_channel_layer

from chatsite import metrics
from rooms import events, signals
from rooms.loops import PerLoop
from rooms.models import Membership, Room

logger = logging.getLogger(__name__)

# channels-redis forgets group members after `group_expiry` (a day) and on a Redis restart;
# the hub re-adds itself to its rooms' groups this often so that neither cuts a room off.
GROUP_REFRESH_SECONDS = 300
# While the layer is unreachable, the hub tries to rejoin its groups this often.
RECOVER_SECONDS = 1.0


class RoomSocket(Protocol):
    user_id: int
    speaks_json: bool
    session_key: str | None
    auth_hash: str
    membership: Membership | None

    def membership_changed(self, *, role: str, muted_until: str | None) -> None: ...

    async def send(self, text_data: str | None = None, bytes_data: bytes | None = None) -> None: ...

    async def close(self, code: int | bool | None = None, reason: str | None = None) -> None: ...


class PersonSocket(Protocol):
    """A person's socket that hears about their rooms without being in them (`rooms.personal`)."""

    user_id: int
    session_key: str | None
    auth_hash: str

    def rooms_changed(self, *, room_id: int, member: bool) -> None: ...

    async def base_send(self, message: dict) -> None: ...

    async def close(self, code: int | bool | None = None, reason: str | None = None) -> None: ...


class _Room:
    __slots__ = ("room", "sockets", "json_sockets", "per_user", "lock", "subscribed", "watchers")

    def __init__(self, room: Room | None) -> None:
        self.room = room  # None while only watchers are here (they need no Room instance)
        self.sockets: set[RoomSocket] = set()
        self.json_sockets: set[RoomSocket] = set()  # those of `sockets` that speak JSON
        self.watchers: set[PersonSocket] = set()
        self.per_user: dict[int, int] = {}  # open sockets by person
        self.lock = asyncio.Lock()
        self.subscribed = False


class RoomHub:
    """This process's sockets by room, and the one channel that receives their rooms' events."""

    def __init__(self) -> None:
        self.layer = get_channel_layer()
        self.channel_name = ""
        self.rooms: dict[int, _Room] = {}
        self.people: dict[int, set[PersonSocket]] = {}  # person sockets by person
        self.tasks: list[asyncio.Task] = []
        self.started = asyncio.Lock()
        # The layer failed: `recovery` runs until this process is back in its groups. Rooms
        # whose events could not be published (`missed`) and groups it could not leave
        # (`stale`) are seen to then.
        self.recovery: asyncio.Task | None = None
        self.missed: set[int] = set()
        self.stale: set[int] = set()

    async def _start(self) -> None:
        async with self.started:
            if self.channel_name:
                return
            channel_name = await self.layer.new_channel("hub.")
            self.channel_name = channel_name
            try:
                await self.layer.group_add(events.ACCOUNTS_GROUP, channel_name)
            except Exception:
                self.layer_failed()
            loop = asyncio.get_running_loop()
            self.tasks = [loop.create_task(self._receive()), loop.create_task(self._refresh())]

    async def join(self, room: Room, socket: RoomSocket) -> Room:
        """Deliver the room's events to `socket` from now on. Returns once this process is in
        the room's group, so nothing said after it returns is missed, with the one Room
        instance the process's sockets in that room share (they only read its id)."""
        if not self.channel_name:
            await self._start()
        entry = self.rooms.get(room.pk)
        if entry is None:
            entry = self.rooms[room.pk] = _Room(room)
        elif entry.room is None:
            entry.room = room
        if socket not in entry.sockets:
            entry.sockets.add(socket)
            if socket.speaks_json:
                entry.json_sockets.add(socket)
            entry.per_user[socket.user_id] = entry.per_user.get(socket.user_id, 0) + 1
            metrics.sockets_open.inc()
        if not entry.subscribed:
            await self._subscribe(room.pk, entry)
        return entry.room

    async def _subscribe(self, room_id: int, entry: _Room) -> None:
        async with entry.lock:
            if not entry.subscribed:
                try:
                    await self.layer.group_add(events.room_group(room_id), self.channel_name)
                except Exception:
                    # The socket is served from this process meanwhile; the recovery joins
                    # the group and has the page catch up.
                    self.layer_failed()
                    return
                entry.subscribed = True

    async def leave(self, room_id: int, socket: RoomSocket) -> None:
        """Stop delivering to `socket`; the last socket of a room takes the process out of its
        group."""
        room = self.rooms.get(room_id)
        if room is None:
            return
        if socket in room.sockets:
            room.sockets.discard(socket)
            room.json_sockets.discard(socket)
            metrics.sockets_open.dec()
            left = room.per_user[socket.user_id] - 1
            if left:
                room.per_user[socket.user_id] = left
            else:
                del room.per_user[socket.user_id]
        if room.sockets or room.watchers:
            return
        await self._unsubscribe(room_id, room)

    async def _unsubscribe(self, room_id: int, room: _Room) -> None:
        async with room.lock:
            # A socket may have joined while we waited for the lock.
            if room.sockets or room.watchers or not room.subscribed:
                return
            room.subscribed = False
            if self.rooms.get(room_id) is room:
                del self.rooms[room_id]
            try:
                await self.layer.group_discard(events.room_group(room_id), self.channel_name)
            except Exception:
                self.stale.add(room_id)  # left again by the recovery
                self.layer_failed()

    async def person_opened(self, socket: PersonSocket) -> None:
        """Tell `socket` of its person's memberships made or ended from now on."""
        if not self.channel_name:
            await self._start()
        self.people.setdefault(socket.user_id, set()).add(socket)

    async def person_closed(self, socket: PersonSocket, room_ids: list[int]) -> None:
        """The socket closed: it hears nothing more, and stops watching `room_ids`."""
        sockets = self.people.get(socket.user_id)
        if sockets is not None:
            sockets.discard(socket)
            if not sockets:
                del self.people[socket.user_id]
        for room_id in room_ids:
            await self.unwatch(room_id, socket)

    def people_sockets_of(self, user_id: int) -> int:
        """How many person sockets `user_id` has open in this process."""
        return len(self.people.get(user_id, ()))

    async def watch(self, room_id: int, socket: PersonSocket) -> None:
        """Deliver the room's `activity` texts to `socket` from now on (once this returns)."""
        entry = self.rooms.get(room_id)
        if entry is None:
            entry = self.rooms[room_id] = _Room(None)
        entry.watchers.add(socket)
        if not entry.subscribed:
            await self._subscribe(room_id, entry)

    async def unwatch(self, room_id: int, socket: PersonSocket) -> None:
        room = self.rooms.get(room_id)
        if room is None:
            return
        room.watchers.discard(socket)
        if not room.sockets and not room.watchers:
            await self._unsubscribe(room_id, room)

    def sockets_of(self, room_id: int, user_id: int) -> int:
        """How many sockets `user_id` has open in the room, in this process."""
        room = self.rooms.get(room_id)
        return room.per_user.get(user_id, 0) if room else 0

    def sockets_in(self, room_id: int) -> int:
        room = self.rooms.get(room_id)
        return len(room.sockets) if room else 0

    async def _receive(self) -> None:
        while True:
            try:
                event = await self.layer.receive(self.channel_name)
            except asyncio.CancelledError:
                raise
            except Exception:
                # Redis may be restarting: no socket closes; once the layer answers again the
                # hub is back in its groups and the pages catch up from the database.
                logger.warning("The room hub could not receive", exc_info=True)
                metrics.layer_errors.labels("receive").inc()
                self.layer_failed()
                await asyncio.shield(self.recovery)
                continue
            if event.get("origin") == self.channel_name:
                continue  # sent by this process, which delivered it already
            try:
                await self.deliver(event)
            except Exception:
                logger.exception("The room hub could not deliver %r", event.get("type"))

    def layer_failed(self, room_id: int | None = None) -> None:
        """The layer failed this process (a receive, a join, or publishing `room_id`'s event):
        recover in the background, unless a recovery runs already."""
        if room_id is not None:
            self.missed.add(room_id)
        if self.recovery is None or self.recovery.done():
            self.recovery = asyncio.get_running_loop().create_task(self._recover())

    async def _recover(self) -> None:
        """Rejoin every group of this process (a restarted Redis forgot them) until the layer
        answers, then have every page here catch up from the database, and the pages of the
        rooms whose events this process could not publish, wherever they are."""
        while True:
            try:
                await self._rejoin()
                break
            except Exception:
                logger.warning("The channel layer is unreachable; trying again", exc_info=True)
                await asyncio.sleep(RECOVER_SECONDS)
        logger.warning("The channel layer answers again: the pages catch up")
        for room_id in list(self.rooms):
            await self.deliver(events.resync_event(room_id))
        missed, self.missed = self.missed, set()
        for room_id in missed:
            event = events.resync_event(room_id) | {"origin": self.channel_name}
            try:
                await self.layer.group_send(events.room_group(room_id), event)
            except Exception:
                logger.warning("Could not ask room %s to catch up", room_id, exc_info=True)

    async def _rejoin(self) -> None:
        await self.layer.group_add(events.ACCOUNTS_GROUP, self.channel_name)
        for room_id, room in list(self.rooms.items()):
            if room.sockets or room.watchers:
                await self.layer.group_add(events.room_group(room_id), self.channel_name)
                room.subscribed = True
        for room_id in list(self.stale):
            if room_id not in self.rooms:
                await self.layer.group_discard(events.room_group(room_id), self.channel_name)
            self.stale.discard(room_id)

    async def deliver(self, event: dict) -> None:
        if str(event.get("type", "")).startswith("account."):
            if event["type"] == "account.rooms":
                self._rooms_changed(event)
            elif event["type"] == "account.turn_stop":
                signals.turn_stop_asked.send(sender=RoomHub, turn_id=event["turn_id"])
            else:
                await self._close_ended_sessions(event)
            return
        room_id = _room_id(event)
        room = self.rooms.get(room_id) if room_id is not None else None
        if room is None:
            return
        close_user_id = event.get("close_user_id")
        if close_user_id is not None:
            for socket in [s for s in room.sockets if s.user_id == close_user_id]:
                await socket.close(code=event["close_code"])
            return
        close_visitors = event.get("close_visitors")
        if close_visitors is not None:
            for socket in [s for s in room.sockets if s.membership is None]:
                await socket.close(code=close_visitors)
            return
        # One ASGI message for every socket (servers only read it), sent straight to each
        # socket's ASGI send: the consumer's send() would only wrap it again.
        message = {"type": "websocket.send", "text": event["html"]}
        json_messages = _json_messages(event) if room.json_sockets else None
        skip = event.get("except_user_id")
        only = event.get("to_user_id")
        changed = event.get("membership")
        moderators_only = event.get("moderators_only", False)
        # A copy: a send may let a socket leave (and change the set) while we iterate.
        for socket in tuple(room.sockets):
            if socket.user_id == skip or (only is not None and socket.user_id != only):
                continue
            if changed is not None:
                socket.membership_changed(**changed)
            if moderators_only and not (socket.membership and socket.membership.can_moderate):
                continue
            try:
                if json_messages is None or socket not in room.json_sockets:
                    await socket.base_send(message)
                else:
                    for json_message in json_messages:
                        await socket.base_send(json_message)
            except Exception:
                logger.debug("A socket of room %s could not take a frame", room_id, exc_info=True)
        metrics.fanned_out(event, len(room.sockets))
        if room.watchers and (activity := event.get("activity")):
            await self._send_watchers(room, {"type": "websocket.send", "text": activity})

    @staticmethod
    async def _send_watchers(room: _Room, message: dict) -> None:
        for socket in tuple(room.watchers):
            try:
                await socket.base_send(message)
            except Exception:
                logger.debug("A person socket could not take a frame", exc_info=True)

    def _rooms_changed(self, event: dict) -> None:
        for socket in tuple(self.people.get(event["user_id"], ())):
            try:
                socket.rooms_changed(room_id=event["room_id"], member=event["member"])
            except Exception:
                logger.exception("A person socket could not follow its rooms")

    async def _close_ended_sessions(self, event: dict) -> None:
        if event["type"] == "account.session":
            key = event.get("session_key")

            def ended(socket: RoomSocket) -> bool:
                return socket.session_key == key

        else:
            user_id, auth_hash = event.get("user_id"), event.get("auth_hash")

            def ended(socket: RoomSocket) -> bool:
                return socket.user_id == user_id and socket.auth_hash != auth_hash

        doomed = [s for room in self.rooms.values() for s in room.sockets if ended(s)]
        doomed += [s for sockets in self.people.values() for s in sockets if ended(s)]
        for socket in doomed:
            await socket.close(code=event["close_code"])

    async def _refresh(self) -> None:
        while True:
            await asyncio.sleep(GROUP_REFRESH_SECONDS)
            try:
                await self.layer.group_add(events.ACCOUNTS_GROUP, self.channel_name)
            except Exception:
                logger.warning("Could not refresh the accounts group", exc_info=True)
                metrics.layer_errors.labels("group_add").inc()
            for room_id, room in list(self.rooms.items()):
                if not room.subscribed:
                    continue
                try:
                    await self.layer.group_add(events.room_group(room_id), self.channel_name)
                except Exception:
                    # Redis may be restarting: keep the sockets, try again next round.
                    logger.warning("Could not refresh room %s's group", room_id, exc_info=True)
                    metrics.layer_errors.labels("group_add").inc()

    async def stop(self) -> None:
        if self.recovery is not None:
            self.tasks.append(self.recovery)
        for task in self.tasks:
            task.cancel()
        for task in self.tasks:
            with contextlib.suppress(asyncio.CancelledError, RuntimeError):
                await task
        self.tasks = []


def _json_messages(event: dict) -> list[dict]:
    """The ASGI messages of an event's JSON frames, the same for every JSON socket."""
    return [{"type": "websocket.send", "text": text} for text in events.json_frames(event)]


def _room_id(event: dict) -> int | None:
    room_id = event.get("room_id")
    return room_id if isinstance(room_id, int) else None


# This process's hub: `hub.hub()`; `await hub.stop()` between tests.
hub = PerLoop(RoomHub)
stop = hub.stop
