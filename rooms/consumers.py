"""The room socket: `/ws/rooms/<slug>/`.

Browser frames are JSON objects with the form fields at the top level (htmx `ws-send`); an
`action` key says what they are for, and a frame without one posts a message. Server frames
are HTML fragments that htmx swaps out of band.

A program that asks for the `salon.v1.json` subprotocol sends the same frames and gets JSON
back: each room event as JSON (`rooms.events.JsonFrames`, made once per event), an `ack` for
each action done and an `error` with a stable code for each refused (README: The JSON room
socket). Everything else (who may open it, what each action checks) is the browsers'.

The live path is kept short: a socket has no channel of its own (the process's room hub,
`rooms.hub`, hands it the room's frames), its membership is loaded once when it opens, and
each action is one hop to the database thread (`events.service_call`); sends that arrive
while a room's previous ones are written go together (`rooms.writer`).
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import time
from datetime import datetime

from channels.db import database_sync_to_async
from channels.exceptions import StopConsumer
from channels.generic.websocket import AsyncWebsocketConsumer
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import InterfaceError, OperationalError
from django.utils import timezone

from bots import services as bot_services
from chatsite import logs, metrics
from rooms import events, hub, limits, payloads, presence, reactions, selectors, services, writer
from rooms.models import Membership, Message, Room
from rooms.signals import human_message_saved

logger = logging.getLogger(__name__)

CLOSE_UNAUTHENTICATED = 4401
CLOSE_FORBIDDEN = 4403  # a member's open socket when they lose access (events.membership_revoked)
CLOSE_NOT_FOUND = 4404
CLOSE_FLOODING = 4429  # kept sending far over the message limit (rooms.limits)

# After a database error the page sends again after this many seconds.
DATABASE_RETRY_SECONDS = 2.0

# The subprotocol a program asks for to be answered in JSON instead of HTML.
JSON_SUBPROTOCOL = "salon.v1.json"
# A JSON sync lists at most this many changed messages (the API's largest page).
JSON_SYNC_LIMIT = 100

# Generous for a 4,000-character body of multi-byte text plus htmx's HEADERS.
MAX_FRAME_CHARS = 64 * 1024

# A socket's session expiry is looked at again at least this often (a session may be
# extended, and a timer weeks ahead is better set closer).
SESSION_RECHECK_SECONDS = 6 * 3600


class RoomConsumer(AsyncWebsocketConsumer):
    room: Room | None = None
    membership: Membership | None = None
    user_id: int | None = None
    speaks_json: bool = False
    socket_id: str = ""
    last_typing: float = 0.0
    next_sync: float = 0.0
    # Sends refused by the message limit since `refused_since` (a socket that keeps flooding
    # is closed).
    refused: int = 0
    refused_since: float = 0.0
    joined_hub: bool = False
    released: bool = False
    closing: bool = False
    # The session the socket opened under (the hub closes it when that session ends) and when
    # the session expires (a timer closes it then, unless the session was extended).
    session_key: str | None = None
    auth_hash: str = ""
    expiry: asyncio.TimerHandle | None = None
    expiry_task: asyncio.Task | None = None

    async def __call__(self, scope, receive, send) -> None:
        """Read the socket's frames in order and handle each. Channels' own loop waits on the
        socket and on the socket's channel with a task per frame; with no channel, that is
        only a cost (CPU per frame, memory per socket)."""
        self.scope = scope
        self.channel_layer = None
        self.base_send = send
        try:
            while True:
                await self.dispatch(await receive())
        except StopConsumer:
            pass
        finally:
            # However the consumer ends (a clean close, a crash, a cancelled task), the socket
            # leaves the hub and its presence: disconnect() alone does not run after a crash.
            await self._release()

    async def dispatch(self, message: dict) -> None:
        # Channels closes stale database connections before every handler: a hop to the
        # database thread per frame. Every database call here goes through
        # database_sync_to_async, which does it on that thread anyway.
        handler = getattr(self, message["type"].replace(".", "_"), None)
        if handler is None or message["type"].startswith("_"):
            raise ValueError(f"No handler for message type {message['type']}")
        await handler(message)

    async def websocket_disconnect(self, message: dict) -> None:
        await self.disconnect(message["code"])
        raise StopConsumer()

    async def connect(self) -> None:
        # Asked for among others, or alone; any other subprotocol gets the browsers' HTML.
        self.speaks_json = JSON_SUBPROTOCOL in self.scope.get("subprotocols", ())
        user = self.scope["user"]
        if not user.is_authenticated:
            await self.refuse(CLOSE_UNAUTHENTICATED)
            return
        self.user_id = user.pk
        self.session_key = self.scope.get("session_key")
        self.auth_hash = user.get_session_auth_hash()
        slug = self.scope["url_route"]["kwargs"]["slug"]
        self.socket_id = presence.new_socket_id()
        admitted = await events.service_call(
            services.socket_admit, slug=slug, user=user, socket_id=self.socket_id
        )
        if isinstance(admitted, str):
            # No such room, or a private room this person is not in: one answer for both.
            await self.refuse(CLOSE_FORBIDDEN if admitted == "banned" else CLOSE_NOT_FOUND)
            return
        if hub.hub().sockets_of(admitted.room.pk, user.pk) >= settings.SALON_SOCKETS_PER_PERSON:
            self.room = admitted.room  # closing settles the presence row admission wrote
            await self.refuse(CLOSE_FLOODING)
            return
        # None for a visitor of a public room: they read it live, and posting asks them to
        # join first. Only members' sockets count for presence.
        self.membership = admitted.membership
        if self.membership is not None:
            presence.socket_opened(self.socket_id)
        # Join the hub before accepting: once the page sees the socket open, it hears
        # everything said in the room.
        self.room = await hub.hub().join(admitted.room, self)
        self.joined_hub = True
        await self.accept(self.subprotocol)
        # After the hub joined: the hub's tasks, which it may have started, name no socket.
        logs.socket_context(headers=self.scope["headers"], room=self.room.pk, user=user.pk)
        logger.info("Socket opened")
        self._expire_at(self.scope.get("session_expires"))

    @property
    def subprotocol(self) -> str | None:
        return JSON_SUBPROTOCOL if self.speaks_json else None

    def _expire_at(self, expires: datetime | None) -> None:
        if expires is None:
            return
        delay = max(0.0, (expires - timezone.now()).total_seconds())
        # Timers run late by at most a loop turn; very long ones are re-checked on the way.
        self.expiry = asyncio.get_running_loop().call_later(
            min(delay, SESSION_RECHECK_SECONDS), self._session_due
        )

    def _session_due(self) -> None:
        self.expiry = None
        if not self.released:
            task = asyncio.get_running_loop().create_task(self._session_check())
            self.expiry_task = task  # held until it ends

    async def _session_check(self) -> None:
        expires = await database_sync_to_async(selectors.session_expiry)(self.session_key)
        if expires is None or expires <= timezone.now():
            await self.close(code=CLOSE_UNAUTHENTICATED)
        else:  # extended (or the first of several checks of a long session)
            self._expire_at(expires)

    async def send(self, text_data=None, bytes_data=None, close=False) -> None:
        if self.released:
            return  # closed (or closing): an answer still on its way has nowhere to go
        await super().send(text_data=text_data, bytes_data=bytes_data, close=close)

    async def close(self, code: int | bool | None = None, reason: str | None = None) -> None:
        if self.closing:
            return  # once: the hub and a handler may both close a socket
        self.closing = True
        # Out of the hub first: nothing said in the room reaches a socket that is closing.
        await self._release()
        await super().close(code=code, reason=reason)

    async def refuse(self, code: int) -> None:
        # Accept first so that the close code reaches the browser: a close before accept
        # becomes an HTTP 403 on the handshake, and the code is lost.
        await self.accept(self.subprotocol)
        await self.close(code=code)

    async def disconnect(self, code: int) -> None:
        logger.info("Socket closed with code %s", code)
        await self._release()

    async def _release(self) -> None:
        """Leave the hub and the room's presence, once."""
        if self.released:
            return
        self.released = True
        if self.expiry is not None:
            self.expiry.cancel()
        if self.joined_hub:
            await hub.hub().leave(self.room.pk, self)
        if self.room is not None:
            await presence.socket_closed(self.socket_id)

    # Browser frames ----------------------------------------------------------------------

    async def receive(self, text_data: str | None = None, bytes_data: bytes | None = None) -> None:
        if self.room is None or self.released:
            return  # refused, or closing: frames still queued get the close as their answer
        frame = self._parse(text_data)
        if frame is None:
            await self.send_error(
                "That message could not be read. Please reload the page.", code="bad_frame"
            )
            return
        action = frame.get("action", "post")
        handler = self.actions.get(action) if isinstance(action, str) else None
        ref = self._ref(frame)
        if handler is None:
            await self.send_error("Unknown action.", code="unknown_action", ref=ref)
            return
        client_id = frame.get("client_id")
        client_id = client_id if isinstance(client_id, str) else ""
        try:
            done = await handler(self, frame)
            if self.speaks_json and done is not None:
                await self.send(text_data=payloads.dumps(self._ack(action, ref, done)))
        except (ValidationError, PermissionDenied) as error:
            if isinstance(error, ValidationError):
                text, code = error.messages[0], getattr(error, "code", None) or "invalid"
            else:
                text, code = str(error), getattr(error, "code", "forbidden")
            await self.send_error(
                text, code=code, client_id=client_id, action=action, ref=ref, refused=True
            )
        except (OperationalError, InterfaceError):
            # The database is restarting or unreachable (the writer tried twice): nothing was
            # saved. The page keeps the send in its outbox and tries again by itself; the
            # same client_id makes sure it is saved once.
            logger.warning("Database unavailable for %r in room %s", action, self.room.pk)
            await self.send_error(
                "The room is having trouble reaching its database. "
                "Your message will be sent when it is back.",
                code="unavailable",
                client_id=client_id,
                retry_after=DATABASE_RETRY_SECONDS,
                action=action,
                ref=ref,
            )
        except Exception:
            # One sender's frame must never end the socket or reach anyone else.
            logger.exception("Frame %r failed in room %s", action, self.room.pk)
            await self.send_error(
                "Something went wrong. Please try again.",
                code="server_error",
                client_id=client_id,
                action=action,
                ref=ref,
            )

    def _ref(self, frame: dict) -> str | int | float | None:
        """A program's own name for a frame, echoed in its ack or error."""
        ref = frame.get("ref") if self.speaks_json else None
        return ref if isinstance(ref, str | int | float) and not isinstance(ref, bool) else None

    def _ack(self, action: str, ref: object, done: object) -> dict:
        """What a JSON socket is told of an action done: the message it made or changed."""
        ack: dict = {"type": "ack", "action": action}
        if ref is not None:
            ack["ref"] = ref
        if isinstance(done, services.PostResult):
            ack["created"] = done.created
            done = done.message
        if isinstance(done, Message):
            ack["message"] = payloads.message_data(done, slug=self.room.slug)
        elif isinstance(done, dict):
            ack.update(done)
        return ack

    @staticmethod
    def _parse(text_data: str | None) -> dict | None:
        if text_data is None or len(text_data) > MAX_FRAME_CHARS:
            return None
        try:
            frame = json.loads(text_data)
        except (ValueError, RecursionError):  # RecursionError: hostile nesting
            return None
        return frame if isinstance(frame, dict) else None

    async def _within_message_limit(self, frame: dict) -> bool:
        """Count a message, edit or delete against its person's limit; over it, tell the page
        when to try again (its outbox does), and close a socket that keeps at it."""
        wait = await limits.take(f"msg:{self.user_id}", limits.message_rate())
        if not wait:
            return True
        now = time.monotonic()
        if now - self.refused_since > settings.SALON_FLOOD_WINDOW_SECONDS:
            self.refused, self.refused_since = 0, now
        self.refused += 1
        if self.refused > settings.SALON_FLOOD_REFUSALS:
            await self.close(code=CLOSE_FLOODING)
            return False
        client_id = frame.get("client_id")
        await self.send_error(
            f"You are sending messages too quickly. Try again in {math.ceil(wait)} s.",
            code="rate_limited",
            client_id=client_id if isinstance(client_id, str) else "",
            retry_after=wait,
            action=frame.get("action", "post"),
            ref=self._ref(frame),
        )
        return False

    def membership_changed(self, *, role: str, muted_until: str | None) -> None:
        """A moderator changed this member's role or mute (the hub tells each of their
        sockets): posting checks the mute from here, without a query."""
        if self.membership is not None:
            self.membership.role = role
            self.membership.muted_until = (
                datetime.fromisoformat(muted_until) if muted_until else None
            )

    def _refuse_if_muted(self) -> None:
        if self.membership is not None and (until := self.membership.muted_at(timezone.now())):
            raise services.muted_refusal(until)

    async def post(self, frame: dict) -> services.PostResult | None:
        if self.membership is None:
            raise services.Refusal("Join the room to post in it.", code="not_member")
        self._refuse_if_muted()  # the insert checks again, in its transaction
        if not await self._within_message_limit(frame):
            return None
        result = await writer.writer().post(
            self.room,
            services.Post(
                author=self.scope["user"],
                body=frame.get("body"),
                client_id=frame.get("client_id"),
                membership=self.membership,
                reply_to=frame.get("reply_to"),
                attachment=frame.get("attachment"),
            ),
        )
        if result.created:
            # The personas decide beside the sockets, never before the next message.
            human_message_saved.send(sender=type(result.message), message=result.message)
        elif not self.speaks_json:  # a program hears of it in its ack
            # A retry of a saved send: only this socket needs it; the room already has it.
            html = await database_sync_to_async(events.messages_frame)([result.message])
            await self.send(text_data=html)
        return result

    async def edit(self, frame: dict) -> Message | None:
        self._refuse_if_muted()
        if not await self._within_message_limit(frame):
            return None
        return await events.service_call(
            services.message_edit,
            room=self.room,
            editor=self.scope["user"],
            message_id=frame.get("message_id"),
            body=frame.get("body"),
        )

    async def delete(self, frame: dict) -> Message | None:
        if not await self._within_message_limit(frame):
            return None
        return await events.service_call(
            services.message_delete,
            room=self.room,
            actor=self.scope["user"],
            message_id=frame.get("message_id"),
        )

    async def react(self, frame: dict) -> Message | None:
        """Toggle one of the person's reactions on a message."""
        if not await self._within_message_limit(frame):
            return None
        return await events.service_call(
            reactions.reaction_toggle,
            room=self.room,
            user=self.scope["user"],
            message_id=frame.get("message_id"),
            emoji=frame.get("emoji"),
        )

    async def stop(self, frame: dict) -> dict:
        """Stop a persona's reply that is being written (and the model request behind it)."""
        turn = await events.service_call(
            bot_services.turn_stop_request,
            room=self.room,
            actor=self.scope["user"],
            turn_id=frame.get("turn_id"),
        )
        return {"turn_id": turn.pk}

    async def typing(self, frame: dict) -> None:
        # A signal too soon is dropped, not answered: first for this socket (no round trip),
        # then for the person, however many tabs they type in.
        now = time.monotonic()
        if now - self.last_typing < settings.SALON_TYPING_MIN_INTERVAL:
            return
        self.last_typing = now
        # A membership that ends closes the socket (rooms.receivers): no query needed here.
        if self.membership is None:
            raise services.Refusal("Join the room to post in it.", code="not_member")
        if self.membership.muted_at(timezone.now()):
            return  # a muted member's typing is not shown: they cannot post
        if await limits.take(f"typing:{self.room.pk}:{self.user_id}", limits.typing_rate()):
            return
        user = self.scope["user"]
        await events.user_typing(room_id=self.room.pk, user_id=user.pk, name=user.shown_name)

    async def sync(self, frame: dict) -> None:
        """Send everything that changed after the page's `cursor`, and who is here now (a
        program: the messages changed after its `after_seq`, a page at a time)."""
        cursor = services.id_clean(
            frame.get("after_seq" if self.speaks_json else "cursor"),
            message="A sync needs the seq to catch up from (after_seq)."
            if self.speaks_json
            else "A sync needs the page's cursor.",
            code="after_seq" if self.speaks_json else "cursor",
            minimum=0,
            digits=False,
        )
        now = time.monotonic()
        if now < self.next_sync:
            wait = self.next_sync - now
            await self.send_error(
                "Catching up too often; trying again in a moment.",
                code="rate_limited",
                retry_after=wait,
                action="sync",
                ref=self._ref(frame),
            )
            return
        self.next_sync = now + settings.SALON_SYNC_MIN_INTERVAL
        if self.speaks_json:
            changes = await database_sync_to_async(self._changes)(cursor)
            if (ref := self._ref(frame)) is not None:
                changes["ref"] = ref
            await self.send(text_data=payloads.dumps(changes))
            return
        html = await database_sync_to_async(self._catch_up)(cursor)
        await self.send(text_data=html)

    def _may_read(self) -> None:
        # Anyone may read a public room; a private one only its members (checked again here:
        # staff may have removed this one since the socket opened).
        if (
            self.room.is_private
            and selectors.membership_for(room=self.room, user=self.scope["user"]) is None
        ):
            raise PermissionDenied("You are not a member of this room.")

    def _changes(self, after_seq: int) -> dict:
        """A program's catch-up: the first messages changed after `after_seq`, in seq order,
        as the API's `?after_seq=` lists them."""
        self._may_read()
        room_seq = selectors.room_seq(room=self.room)  # first: see _catch_up
        page = selectors.messages_changed_after(
            room=self.room, seq=after_seq, limit=JSON_SYNC_LIMIT
        )
        return {
            "type": "sync",
            "messages": [payloads.message_data(m, slug=self.room.slug) for m in page.messages],
            "room_seq": room_seq,
            "has_more": page.has_more,
        }

    def _catch_up(self, cursor: int) -> str:
        self._may_read()
        # Read the room's seq first: every change up to it has committed (changes commit in
        # seq order), so once the page has what follows its cursor, it stands at `room_seq`.
        room_seq = selectors.room_seq(room=self.room)
        missed = selectors.messages_since(
            room=self.room, cursor=cursor, limit=settings.SALON_CATCH_UP_LIMIT
        )
        metrics.caught_up(missed)
        if missed is None:
            return events.reload_frame()
        return (
            (events.messages_frame(missed) if missed else "")
            + events.members_frame(self.room.pk)
            + events.cursor_frame(room_seq)
        )

    async def read(self, frame: dict) -> dict | None:
        message_id = services.id_clean(
            frame.get("message_id"),
            message="Which message? Give its id.",
            code="message_id",
            digits=False,
        )
        if self.membership is None:
            return None  # a visitor has no read mark to move
        await database_sync_to_async(services.membership_mark_read)(
            membership=self.membership, message_id=message_id
        )
        return {"message_id": message_id}

    actions = {
        "post": post,
        "edit": edit,
        "delete": delete,
        "typing": typing,
        "sync": sync,
        "read": read,
        "stop": stop,
        "react": react,
    }

    async def send_error(
        self,
        text: str,
        *,
        code: str,
        client_id: str = "",
        retry_after: float | None = None,
        action: str | None = None,
        ref: object = None,
        refused: bool = False,
    ) -> None:
        """Tell this socket only that its frame was refused: the page shows `text` (and,
        `refused`, offers no retry of a frame that would be refused again); a program reads
        `code` (stable), and `action`, `client_id` and `ref` say which frame."""
        if not self.speaks_json:
            frame = events.error_frame(
                text, client_id=client_id, retry_after=retry_after, refused=refused
            )
            await self.send(text_data=frame)
            return
        error: dict = {"type": "error", "code": code, "message": text}
        if action is not None:
            error["action"] = action
        if client_id:
            error["client_id"] = client_id
        if ref is not None:
            error["ref"] = ref
        if retry_after is not None:
            error["retry_after"] = round(retry_after, 3)
        await self.send(text_data=payloads.dumps(error))
