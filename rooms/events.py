"""The one place that talks to the channel layer: group names, event payloads, group_send.

Services queue events with `transaction.on_commit`, so nothing is broadcast before it is
saved. Payloads carry strings and ids only; each fragment is rendered once per event and the
same text goes to every socket in the room (see `rooms.hub`).

Sockets that asked for the `salon.v1.json` subprotocol (programs) get each event as JSON
instead (README: The JSON room socket). An event's JSON frames (`JsonFrames`) are made from
what it was made of, once, and only if wanted: by the hub of a process whose sockets in the
room include JSON ones, or before the event leaves the process through a shared layer. A room
with browser sockets alone never makes them.

Code on the event loop runs services through `service_call`: the events they queue are sent
from the loop once the database thread returns, instead of each hopping back to the loop
through `async_to_sync`. Anywhere else (views, the admin, commands) events are sent at once.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import threading
import time
from collections.abc import Callable, Iterable
from functools import partial
from typing import TYPE_CHECKING, Any, TypeVar

from asgiref.sync import async_to_sync
from channels.db import database_sync_to_async
from channels.layers import InMemoryChannelLayer, get_channel_layer
from django.conf import settings
from django.template.loader import render_to_string

from chatsite import metrics
from rooms import payloads, selectors
from rooms.loops import PerLoop
from rooms.models import Membership, Message, Room

if TYPE_CHECKING:
    from rooms.hub import RoomHub

logger = logging.getLogger(__name__)

FRAMES = "rooms/frames.html"
MODERATION = "rooms/_moderation.html"

T = TypeVar("T")


def room_group(room_id: int) -> str:
    return f"room.{room_id}"


# Every process's hub is in this group too: events about people and sessions, whatever rooms
# their sockets are in.
ACCOUNTS_GROUP = "accounts"


# JSON frames: what a socket of a program receives (README: The JSON room socket). ----------


class JsonFrames:
    """The JSON frames of one room event, made by `make` (which must not query: it runs on the
    event loop) the first time they are wanted, then kept: every JSON socket in the process
    gets the same text. `make` returns the frames as data, each with its `type`."""

    __slots__ = ("make", "made")

    def __init__(self, make: Callable[[], list[dict[str, Any]]]) -> None:
        self.make: Callable[[], list[dict[str, Any]]] | None = make
        self.made: list[str] | None = None

    def texts(self) -> list[str]:
        if self.made is None:
            self.made = [payloads.dumps(frame) for frame in self.make()]
            self.make = None  # let go of what it was made of
        return self.made


def json_frames(event: dict[str, Any]) -> list[str]:
    """The JSON text of a room event, made at most once however often this is asked (an event
    with none, from an older process, asks JSON sockets to catch up instead)."""
    frames = event.get("json")
    if isinstance(frames, JsonFrames):
        try:
            frames = frames.texts()
        except Exception:
            # Never at the cost of the browsers' frames: the programs catch up instead.
            logger.exception("Could not make the JSON of %r", event.get("type"))
            frames = None
        event["json"] = frames
    return frames if frames is not None else [RESYNC_JSON]


def _json(**frame: Any) -> JsonFrames:
    """The JSON frames of an event that is a single small frame."""
    return JsonFrames(lambda: [frame])


RESYNC_JSON = payloads.dumps({"type": "resync"})
MODERATION_JSON = payloads.dumps({"type": "moderation.changed"})


def _message_frames(kind: str, messages: list[Message], slug: str) -> list[dict[str, Any]]:
    return [
        {"type": kind, "seq": m.seq, "message": payloads.message_data(m, slug=slug)}
        for m in messages
    ]


def _members_frames(context: dict[str, Any], *, complete: bool) -> list[dict[str, Any]]:
    return [
        {
            "type": "members.changed",
            "complete": complete,
            "members": [payloads.member_data(m) for m in context["members"]],
            "removed": list(context.get("removed_ids", ())),
            "member_count": context["member_count"],
            "online_count": context["online_count"],
            "persona_count": context["persona_count"],
        }
    ]


def _slug_of(message: Message) -> str:
    """The slug of the message's room: from the Room it was saved with (services keep it), or,
    for a message loaded without it, from the database (on the database thread)."""
    room = message.room if Message.room.is_cached(message) else None
    if room is not None and room.slug:
        return room.slug
    return Room.objects.values_list("slug", flat=True).get(pk=message.room_id)


# Frames: the HTML a socket receives. Each top-level element has an id and a swap. ---------
# Frames travel as plain `str`: the in-memory layer deep-copies what it carries, and a
# SafeString would be copied in full where a str is shared.


def messages_frame(messages: Iterable[Message]) -> str:
    """Adds or updates messages on a room page (the page keeps the newest version of each)."""
    return str(render_to_string(f"{FRAMES}#messages", {"messages": list(messages)}))


def members_frame(room_id: int) -> str:
    """The whole member panel (a page joining or catching up; staff changing seats)."""
    return members_event(room_id)["html"]


def member_updates_frame(room_id: int, user_ids: Iterable[int]) -> str:
    """The member panel rows of `user_ids` as they are now, and the room's counts."""
    return member_updates_event(room_id, user_ids)["html"]


def activity_frame(messages: Iterable[Message]) -> str:
    """What the person sockets of a room's members hear of new messages (`rooms.personal`):
    JSON for the page's unread glue, the same text for every one of them. Salon's own lines
    count as nothing unread and are left out; '' if nothing is left."""
    said = [
        {
            "room": message.room_id,
            "seq": message.seq,
            "author": message.author_id,
            "by": message.author.shown_name,
            # The people and personas it mentions, looked up when it was written.
            "mentions": sorted(message.mention_names),
        }
        for message in messages
        if message.kind != Message.Kind.SYSTEM and message.author_id is not None
    ]
    return json.dumps({"type": "activity", "messages": said}) if said else ""


def error_frame(
    text: str, *, client_id: str = "", retry_after: float | None = None, refused: bool = False
) -> str:
    """Shows `text` to the sender only; `client_id` names the send it is about, if any,
    `retry_after` the seconds after which the page may try again by itself, and `refused`
    that the send itself was refused (invalid, not allowed): sent again, it would be again."""
    context = {
        "error": text,
        "client_id": client_id,
        "retry_after": retry_after,
        "refused": refused,
    }
    return str(render_to_string(f"{FRAMES}#error", context))


def notice_frame(text: str) -> str:
    """A short notice under the composer about what the person just sent."""
    return str(render_to_string(f"{FRAMES}#notice", {"text": text}))


def typing_frame(*, user_id: int, name: str) -> str:
    return str(render_to_string(f"{FRAMES}#typing", {"user_id": user_id, "name": name}))


def cursor_frame(seq: int) -> str:
    """Ends a catch-up: the page now holds every change up to `seq`."""
    return str(render_to_string(f"{FRAMES}#cursor", {"seq": seq}))


def resync_event(room_id: int) -> dict[str, Any]:
    """Asks the room's pages to catch up from the database (the channel layer lost events)."""
    html = str(render_to_string(f"{FRAMES}#resync"))
    return {"type": "room.resync", "html": html, "room_id": room_id, "json": [RESYNC_JSON]}


def reload_frame() -> str:
    """Tells a page that fell too far behind to reload instead of catching up."""
    return str(render_to_string(f"{FRAMES}#reload"))


# Broadcasts --------------------------------------------------------------------------------
#
# Every room event is a dict with `html` (the frame for the room's browser sockets), `json`
# (its frames for JSON sockets: `JsonFrames`, made into a list of texts by `json_frames`) and
# optionally
# `except_user_id` (not to that person's own sockets), `to_user_id` (to that person's sockets
# only, with `membership`: their changed role and mute), `moderators_only`, or
# `close_user_id` and `close_code` (close that person's sockets instead). The hub
# (`rooms.hub`) needs nothing else.


def message_changed(message: Message, *, change: str = "message.updated") -> None:
    """A message was created, edited or deleted: show its current state to the room."""
    messages_changed([message], change=change)


def messages_changed(
    messages: list[Message], *, created: bool = False, change: str = "message.updated"
) -> None:
    """Messages of one room were created together (a group commit), or changed: one frame for
    all, and when they are new, one activity text for the members' person sockets
    (`rooms.hub`). `change` names what happened to them for JSON sockets: message.created,
    message.edited, message.deleted, reactions.changed, or message.updated (anything else
    they show, such as the quote of a deleted message)."""
    kind = "message.created" if created else change
    # saved_at: for the save-to-send latency (chatsite.metrics), on this machine's clock.
    event = {
        "type": "room.message",
        "html": messages_frame(messages),
        "json": JsonFrames(partial(_message_frames, kind, messages, _slug_of(messages[0]))),
        "saved_at": time.time(),
    }
    if created:
        event["activity"] = activity_frame(messages)
    _group_send(messages[0].room_id, event)


def personas_changed(room_id: int) -> None:
    """Personas were seated in the room or taken out of it (by its owner, staff or a mention):
    the personas panel's line follows. Their rows in the member panel come as each membership
    is saved or deleted (`rooms.receivers`), like anyone's: the whole panel is not sent again.
    Programs (JSON) learn it from those rows."""
    room = Room.objects.get(pk=room_id)
    # The house bot, which sits down wherever it is asked, does not count as a guest.
    seated = Membership.objects.filter(room_id=room_id, user__persona__is_house_bot=False)
    context = {"room": room, "personas_seated": seated.exists()}
    html = str(render_to_string(f"{FRAMES}#personas-status", context))
    _group_send(room_id, {"type": "room.personas", "html": html, "json": JsonFrames(list)})


def members_event(room_id: int) -> dict[str, Any]:
    """The whole member panel, as an event (JSON: `complete`, the first 100 members)."""
    context = selectors.members_context(room=Room.objects.get(pk=room_id))
    # The personas panel's line ("No personas in this room yet.") follows who is seated; the
    # house bot, which sits down wherever it is asked, does not count as a guest.
    context["personas_seated"] = (
        any(m.user.is_persona and not m.user.persona.is_house_bot for m in context["members"])
        if context["next_page"] is None
        else context["persona_count"] > 0
    )
    html = str(render_to_string(f"{FRAMES}#members", context))
    complete = context["next_page"] is None
    json = JsonFrames(partial(_members_frames, context, complete=complete))
    return {"type": "room.members", "html": html, "json": json, "room_id": room_id}


def member_updates_event(room_id: int, user_ids: Iterable[int]) -> dict[str, Any]:
    """The member panel rows of `user_ids` as they are now, and the counts, as an event."""
    context = selectors.member_updates_context(room_id=room_id, user_ids=user_ids)
    html = str(render_to_string(f"{FRAMES}#member-updates", context))
    json = JsonFrames(partial(_members_frames, context, complete=False))
    return {"type": "room.members", "html": html, "json": json, "room_id": room_id}


def member_presence_changed(*, room_id: int, user_id: int) -> None:
    """Someone's row in the member panel changed: they joined or left, came online or went
    offline, or their role changed. On the event loop these are coalesced per room (see
    `PresenceCoalescer`) and sent as small row updates, never as whole panels."""
    outbox = getattr(_local, "outbox", None)
    if outbox is not None:
        outbox.append(("presence", room_id, user_id))
        return
    _group_send(room_id, member_updates_event(room_id, [user_id]))


def notice_sent(*, room_id: int, user_id: int, text: str) -> None:
    """Tell one person, on their pages of the room only, something about what they sent."""
    _group_send(
        room_id,
        {
            "type": "room.notice",
            "html": notice_frame(text),
            "json": _json(type="notice", text=text),
            "to_user_id": user_id,
        },
    )


def room_closed_to_visitors(*, room_id: int, close_code: int = 4403) -> None:
    """The room turned private (4403) or was closed (4404): sockets of people who are not
    members close."""
    _group_send(room_id, {"type": "room.private", "html": "", "close_visitors": close_code})


def membership_changed(*, room_id: int, user_id: int) -> None:
    """A member's role or mute changed: their own sockets take the change (posting checks
    the mute in memory) and their pages show it; the room sees their row."""
    membership = Membership.objects.filter(room_id=room_id, user_id=user_id).first()
    if membership is None:
        return
    context = {"membership": membership, "oob": True}
    html = render_to_string(f"{MODERATION}#membership-state", context)
    if membership.can_moderate:  # someone who just became one loads the moderators' panel
        html += render_to_string(f"{MODERATION}#signal")
    else:  # someone who no longer is one: their page's panel empties
        html += render_to_string(f"{MODERATION}#panel-slot", context)
    muted_until = membership.muted_until.isoformat() if membership.muted_until else None
    _group_send(
        room_id,
        {
            "type": "room.membership",
            "html": str(html),
            "json": _json(
                type="membership.changed",
                role=membership.role,
                muted_until=membership.muted_until,  # written as the API writes times
            ),
            "to_user_id": user_id,
            "membership": {"role": membership.role, "muted_until": muted_until},
        },
    )
    member_presence_changed(room_id=room_id, user_id=user_id)


def moderation_changed(*, room_id: int) -> None:
    """Reports or bans changed: the moderators' pages fetch their panel again (over HTTP, so
    that nothing of it reaches anyone else)."""
    html = str(render_to_string(f"{MODERATION}#signal"))
    _group_send(
        room_id,
        {
            "type": "room.moderation",
            "html": html,
            "json": [MODERATION_JSON],
            "moderators_only": True,
        },
    )


def session_ended(*, session_key: str) -> None:
    """A session ended (log-out, flushed, expired, deleted): its sockets close with 4401."""
    _accounts_send({"type": "account.session", "session_key": session_key, "close_code": 4401})


def account_changed(*, user_id: int, auth_hash: str, is_active: bool) -> None:
    """A person's account was saved: sockets opened under another password (their session's
    auth hash no longer matches) or of a deactivated account close with 4401."""
    _accounts_send(
        {
            "type": "account.changed",
            "user_id": user_id,
            "auth_hash": auth_hash if is_active else "",
            "close_code": 4401,
        }
    )


def rooms_changed(*, user_id: int, room_id: int, member: bool) -> None:
    """`user_id` became (`member`) or stopped being a member of the room: their person
    sockets, in every process, start or stop watching it."""
    _accounts_send(
        {"type": "account.rooms", "user_id": user_id, "room_id": room_id, "member": member}
    )


def membership_revoked(*, room_id: int, user_id: int, close_code: int = 4403) -> None:
    """A person is no longer in the room: their sockets close, and the room sees them go."""
    _group_send(
        room_id,
        {"type": "room.revoked", "html": "", "close_user_id": user_id, "close_code": close_code},
    )
    member_presence_changed(room_id=room_id, user_id=user_id)


async def user_typing(*, room_id: int, user_id: int, name: str) -> None:
    """Someone is typing; everyone but their own sockets is told."""
    await room_send(
        room_id,
        {
            "type": "room.typing",
            "html": typing_frame(user_id=user_id, name=name),
            "json": _json(type="typing", user_id=user_id, name=name),
            "except_user_id": user_id,
            "room_id": room_id,
        },
    )


async def draft_updated(
    *,
    room_id: int,
    turn_id: int,
    name: str,
    avatar: str,
    hue: int,
    requested_by_id: int | None,
    text: str,
) -> None:
    """A persona's reply as it is being written (not saved yet)."""
    html = render_to_string(
        f"{FRAMES}#draft",
        {
            "turn_id": turn_id,
            "name": name,
            "avatar": avatar,
            "hue": hue,
            "requested_by_id": requested_by_id or "",
            "text": text,
        },
    )
    json = _json(type="draft", turn_id=turn_id, name=name, requested_by=requested_by_id, text=text)
    await room_send(
        room_id, {"type": "room.draft", "html": str(html), "json": json, "room_id": room_id}
    )


def turn_stop_asked(*, turn_id: int) -> None:
    """A reply's Stop was pressed: whichever process is writing it stops it at once. Sent to
    every process, not to sockets (`rooms.signals.turn_stop_asked`): the reply may be written
    where nobody has the room open (asked by text, or by someone whose page has left)."""
    _accounts_send({"type": "account.turn_stop", "turn_id": turn_id})


async def draft_removed(
    *, room_id: int, turn_id: int, user_id: int | None = None, note: str = ""
) -> None:
    """The draft is done: the saved message replaces it, or it was stopped or failed. Its
    writer (`user_id`) is no longer typing, at once; `note` tells the room why it went."""
    html = render_to_string(
        f"{FRAMES}#draft-removed", {"turn_id": turn_id, "user_id": user_id, "note": note}
    )
    ended = {"user_id": user_id, "note": note} if user_id is not None else {}
    json = _json(type="draft.removed", turn_id=turn_id, **ended)
    await room_send(
        room_id, {"type": "room.draft", "html": str(html), "json": json, "room_id": room_id}
    )


# Sending -----------------------------------------------------------------------------------

_local = threading.local()


def _group_send(room_id: int, event: dict[str, Any]) -> None:
    event["room_id"] = room_id
    outbox = getattr(_local, "outbox", None)
    if outbox is not None:
        outbox.append(("send", room_id, event))
    else:
        _send_now(room_group(room_id), event)


def _accounts_send(event: dict[str, Any]) -> None:
    outbox = getattr(_local, "outbox", None)
    if outbox is not None:
        outbox.append(("accounts", None, event))
    else:
        _send_now(ACCOUNTS_GROUP, event)


_sending: set[asyncio.Task] = set()


def _send_now(group: str, event: dict[str, Any]) -> None:
    """Send from synchronous code: a view or the admin (a worker thread: wait for the layer),
    or a receiver run by code on an event loop's own thread (which must not block: the loop
    sends it next)."""
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        async_to_sync(get_channel_layer().group_send)(group, _leaving(event))
        return
    task = loop.create_task(_deliver(group, event, room_id=event.get("room_id")))
    _sending.add(task)
    task.add_done_callback(_sending.discard)


def _collecting(func: Callable[..., T], kwargs: dict[str, Any]) -> tuple[Any, bool, list]:
    """Run `func` on the database thread, keeping the events it queues instead of sending
    them; an exception is returned, not raised, so the events of what did commit still go."""
    _local.outbox = outbox = []
    try:
        return func(**kwargs), False, outbox
    except BaseException as error:  # noqa: BLE001 - re-raised by service_call
        return error, True, outbox
    finally:
        _local.outbox = None


async def service_call(func: Callable[..., T], /, **kwargs: Any) -> T:
    """Run the service `func(**kwargs)` on the database thread, in one hop, then send the
    events it queued on commit from the event loop."""
    result, failed, outbox = await database_sync_to_async(_collecting)(func, kwargs)
    if outbox:
        await _send_outbox(outbox)
    if failed:
        raise result
    return result


async def _send_outbox(outbox: list) -> None:
    for kind, room_id, payload in outbox:
        if kind == "send":
            await room_send(room_id, payload)
        elif kind == "accounts":
            await _deliver(ACCOUNTS_GROUP, payload)
        else:
            presence_coalescer().add(room_id, payload)


async def room_send(room_id: int, event: dict[str, Any]) -> None:
    """Send a room event from the event loop (see `_deliver`)."""
    await _deliver(room_group(room_id), event, room_id=room_id)


async def _deliver(group: str, event: dict[str, Any], *, room_id: int | None = None) -> None:
    """To this process's sockets at once, through its hub, then to the other processes through
    the layer (each hub skips its own echo).

    The sender's page and everyone on its process see a saved message even while the layer
    (Redis) is down; a process that could not publish has the room's pages elsewhere catch
    up once the layer is back (`RoomHub.layer_failed`)."""
    from rooms.hub import hub  # the hub imports this module

    local = hub.current()
    if local is not None and local.channel_name:
        event["origin"] = local.channel_name
        await local.deliver(event)
        if isinstance(get_channel_layer(), InMemoryChannelLayer):
            return  # the in-memory layer reaches this process only: delivered already
    await _publish(group, event, room_id=room_id, local=local)


def _leaving(event: dict[str, Any]) -> dict[str, Any]:
    """`event` as it leaves the process: its JSON made (other processes may have JSON sockets
    in the room; the layer carries strings)."""
    if "json" in event:
        json_frames(event)
    return event


async def _publish(
    group: str, event: dict[str, Any], *, room_id: int | None, local: RoomHub | None
) -> None:
    try:
        await get_channel_layer().group_send(group, _leaving(event))
    except Exception:
        metrics.layer_errors.labels("group_send").inc()
        logger.warning("Could not publish %r to %s", event.get("type"), group, exc_info=True)
        if local is not None:
            local.layer_failed(room_id)


class PresenceCoalescer:
    """Gathers the presence changes of one event loop per room and sends each room at most
    one row update every `SALON_PRESENCE_COALESCE_SECONDS`, however many people come and go:
    a room filling up costs a few small frames a second, not a panel per arrival."""

    def __init__(self) -> None:
        self.pending: dict[int, set[int]] = {}
        self.tasks: set[asyncio.Task] = set()

    def add(self, room_id: int, user_id: int) -> None:
        users = self.pending.get(room_id)
        if users is not None:
            users.add(user_id)
            return
        self.pending[room_id] = {user_id}
        task = asyncio.get_running_loop().create_task(self._flush_later(room_id))
        self.tasks.add(task)
        task.add_done_callback(self.tasks.discard)

    async def _flush_later(self, room_id: int) -> None:
        await asyncio.sleep(settings.SALON_PRESENCE_COALESCE_SECONDS)
        user_ids = self.pending.pop(room_id, set())
        try:
            event = await database_sync_to_async(member_updates_event)(room_id, sorted(user_ids))
            await room_send(room_id, event)
        except Exception:
            # The next change, or a page's catch-up, brings the panel up to date.
            logger.exception("Presence update for room %s failed", room_id)

    async def stop(self) -> None:
        for task in list(self.tasks):
            task.cancel()
        for task in list(self.tasks):
            with contextlib.suppress(asyncio.CancelledError, RuntimeError):
                await task
        self.pending.clear()


presence_coalescer = PerLoop(PresenceCoalescer)
stop = presence_coalescer.stop
