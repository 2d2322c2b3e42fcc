"""The room socket: `/ws/rooms/<slug>/`.

Browser frames are JSON objects with the form fields at the top level (htmx `ws-send`); an
`action` key says what they are for, and a frame without one posts a message. Server frames
are HTML fragments that htmx swaps out of band.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError

from bots import runner
from bots import services as bot_services
from rooms import events, presence, selectors, services
from rooms.models import Room

logger = logging.getLogger(__name__)

CLOSE_UNAUTHENTICATED = 4401
CLOSE_FORBIDDEN = 4403
CLOSE_NOT_FOUND = 4404

# Generous for a 4,000-character body of multi-byte text plus htmx's HEADERS.
MAX_FRAME_CHARS = 64 * 1024

# channels-redis forgets group members after `group_expiry` (a day) and on a Redis restart;
# a socket re-adds itself this often so that neither silently cuts it off.
GROUP_REFRESH_SECONDS = 300

# The browser sends a typing signal every few seconds at most; more often is ignored.
TYPING_MIN_INTERVAL = 1.5


class RoomConsumer(AsyncWebsocketConsumer):
    room: Room | None = None
    group_refresher: asyncio.Task | None = None
    last_typing: float = 0.0
    released: bool = False

    async def __call__(self, scope, receive, send) -> None:
        # However the consumer ends (a clean close, a crash, a cancelled task), the socket
        # leaves its group and its presence: disconnect() alone does not run after a crash.
        try:
            await super().__call__(scope, receive, send)
        finally:
            await self._release()

    async def connect(self) -> None:
        user = self.scope["user"]
        if not user.is_authenticated:
            await self.refuse(CLOSE_UNAUTHENTICATED)
            return
        slug = self.scope["url_route"]["kwargs"]["slug"]
        code = await database_sync_to_async(self._admit)(slug, user)
        if code is not None:
            await self.refuse(code)
            return
        # Join the group before accepting: once the page sees the socket open, it hears
        # everything said in the room.
        self.group_name = events.room_group(self.room.pk)
        await self.channel_layer.group_add(self.group_name, self.channel_name)
        await self.accept()
        self.group_refresher = asyncio.create_task(self._refresh_group())
        await presence.socket_opened(room=self.room, user=user, channel_name=self.channel_name)

    async def refuse(self, code: int) -> None:
        # Accept first so that the close code reaches the browser: a close before accept
        # becomes an HTTP 403 on the handshake, and the code is lost.
        await self.accept()
        await self.close(code=code)

    def _admit(self, slug, user) -> int | None:
        """Load the room; the close code that refuses this socket, or None to admit it."""
        room = Room.objects.filter(slug=slug).first()
        if room is None:
            return CLOSE_NOT_FOUND
        if selectors.membership_for(room=room, user=user) is None:
            return CLOSE_FORBIDDEN
        self.room = room
        return None

    async def _refresh_group(self) -> None:
        while True:
            await asyncio.sleep(GROUP_REFRESH_SECONDS)
            try:
                await self.channel_layer.group_add(self.group_name, self.channel_name)
            except Exception:
                # Redis may be restarting: keep the socket, try again next round.
                logger.warning("Could not refresh %s for a socket", self.group_name, exc_info=True)

    async def disconnect(self, code: int) -> None:
        await self._release()

    async def _release(self) -> None:
        """Leave the room's group and presence, once."""
        if self.released:
            return
        self.released = True
        if self.group_refresher is not None:
            self.group_refresher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self.group_refresher
        if self.room is not None:
            try:
                await self.channel_layer.group_discard(self.group_name, self.channel_name)
            finally:
                await presence.socket_closed(channel_name=self.channel_name)

    # Browser frames ----------------------------------------------------------------------

    async def receive(self, text_data: str | None = None, bytes_data: bytes | None = None) -> None:
        if self.room is None:
            return
        frame = self._parse(text_data)
        if frame is None:
            await self.send_error("That message could not be read. Please reload the page.")
            return
        action = frame.get("action", "post")
        handler = self.actions.get(action) if isinstance(action, str) else None
        if handler is None:
            await self.send_error("Unknown action.")
            return
        client_id = frame.get("client_id")
        client_id = client_id if isinstance(client_id, str) else ""
        try:
            await handler(self, frame)
        except (ValidationError, PermissionDenied) as error:
            text = error.messages[0] if isinstance(error, ValidationError) else str(error)
            await self.send_error(text, client_id=client_id)
        except Exception:
            # One sender's frame must never end the socket or reach anyone else.
            logger.exception("Frame %r failed in room %s", action, self.room.pk)
            await self.send_error("Something went wrong. Please try again.", client_id=client_id)

    @staticmethod
    def _parse(text_data: str | None) -> dict | None:
        if text_data is None or len(text_data) > MAX_FRAME_CHARS:
            return None
        try:
            frame = json.loads(text_data)
        except (ValueError, RecursionError):  # RecursionError: hostile nesting
            return None
        return frame if isinstance(frame, dict) else None

    async def post(self, frame: dict) -> None:
        result = await database_sync_to_async(services.message_post)(
            room=self.room,
            author=self.scope["user"],
            body=frame.get("body"),
            client_id=frame.get("client_id"),
        )
        if result.created:
            # The personas' answers run beside the sockets, never before the next message.
            runner.answer_human_message(result.message.pk)
        else:
            # A retry of a saved send: only this socket needs it; the room already has it.
            html = await database_sync_to_async(events.messages_frame)([result.message])
            await self.send(text_data=html)

    async def edit(self, frame: dict) -> None:
        await database_sync_to_async(services.message_edit)(
            room=self.room,
            editor=self.scope["user"],
            message_id=frame.get("message_id"),
            body=frame.get("body"),
        )

    async def delete(self, frame: dict) -> None:
        await database_sync_to_async(services.message_delete)(
            room=self.room, actor=self.scope["user"], message_id=frame.get("message_id")
        )

    async def stop(self, frame: dict) -> None:
        """Stop a persona's reply that is being written (and the model request behind it)."""
        turn = await database_sync_to_async(bot_services.turn_stop_request)(
            room=self.room, actor=self.scope["user"], turn_id=frame.get("turn_id")
        )
        runner.cancel_local(turn.pk)

    async def typing(self, frame: dict) -> None:
        now = time.monotonic()
        if now - self.last_typing < TYPING_MIN_INTERVAL:
            return
        self.last_typing = now
        await database_sync_to_async(self._require_membership)()
        user = self.scope["user"]
        await events.user_typing(room_id=self.room.pk, user_id=user.pk, name=user.username)

    async def sync(self, frame: dict) -> None:
        """Send everything that changed after the page's `cursor`, and who is here now."""
        cursor = frame.get("cursor")
        if not isinstance(cursor, int) or isinstance(cursor, bool) or cursor < 0:
            raise ValidationError("A sync needs the page's cursor.", code="cursor")
        html = await database_sync_to_async(self._catch_up)(cursor)
        await self.send(text_data=html)

    def _require_membership(self) -> None:
        if selectors.membership_for(room=self.room, user=self.scope["user"]) is None:
            raise PermissionDenied("You are not a member of this room.")

    def _catch_up(self, cursor: int) -> str:
        self._require_membership()
        # Read the room's seq first: every change up to it has committed (changes commit in
        # seq order), so once the page has what follows its cursor, it stands at `room_seq`.
        room_seq = selectors.room_seq(room=self.room)
        missed = selectors.messages_since(
            room=self.room, cursor=cursor, limit=settings.SALON_CATCH_UP_LIMIT
        )
        if missed is None:
            return events.reload_frame()
        return (
            (events.messages_frame(missed) if missed else "")
            + events.members_frame(self.room.pk)
            + events.cursor_frame(room_seq)
        )

    async def read(self, frame: dict) -> None:
        message_id = frame.get("message_id")
        if not isinstance(message_id, int) or isinstance(message_id, bool):
            raise ValidationError("Which message? Give its id.", code="message_id")
        await database_sync_to_async(self._mark_read)(message_id)

    def _mark_read(self, message_id: int) -> None:
        membership = selectors.membership_for(room=self.room, user=self.scope["user"])
        if membership is None:
            raise PermissionDenied("You are not a member of this room.")
        services.membership_mark_read(membership=membership, message_id=message_id)

    actions = {
        "post": post,
        "edit": edit,
        "delete": delete,
        "typing": typing,
        "sync": sync,
        "read": read,
        "stop": stop,
    }

    async def send_error(self, text: str, *, client_id: str = "") -> None:
        await self.send(text_data=events.error_frame(text, client_id=client_id))

    # Room events -------------------------------------------------------------------------

    async def room_message(self, event: dict) -> None:
        await self.send(text_data=event["html"])

    async def room_members(self, event: dict) -> None:
        await self.send(text_data=event["html"])

    async def room_draft(self, event: dict) -> None:
        await self.send(text_data=event["html"])

    async def room_revoked(self, event: dict) -> None:
        """Someone's membership ended: their open sockets in the room close."""
        if event["user_id"] == self.scope["user"].pk:
            await self.close(code=CLOSE_FORBIDDEN)

    async def room_typing(self, event: dict) -> None:
        if event["user_id"] != self.scope["user"].pk:
            await self.send(text_data=event["html"])
