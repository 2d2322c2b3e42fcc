"""The room socket: `/ws/rooms/<slug>/`.

Browser frames are JSON objects with the composer's form fields at the top level (htmx
`ws-send`); server frames are HTML fragments that htmx swaps out of band.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging

from channels.db import database_sync_to_async
from channels.generic.websocket import AsyncWebsocketConsumer
from django.core.exceptions import PermissionDenied, ValidationError

from rooms import events, selectors, services
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


class RoomConsumer(AsyncWebsocketConsumer):
    room: Room | None = None
    group_refresher: asyncio.Task | None = None

    async def connect(self) -> None:
        # Accept first so that the close code reaches the browser: a close before accept
        # becomes an HTTP 403 on the handshake, and the code is lost.
        await self.accept()
        user = self.scope["user"]
        if not user.is_authenticated:
            await self.close(code=CLOSE_UNAUTHENTICATED)
            return
        slug = self.scope["url_route"]["kwargs"]["slug"]
        code = await database_sync_to_async(self._admit)(slug, user)
        if code is not None:
            await self.close(code=code)
            return
        self.group_name = events.room_group(self.room.pk)
        await self.channel_layer.group_add(self.group_name, self.channel_name)
        self.group_refresher = asyncio.create_task(self._refresh_group())

    async def _refresh_group(self) -> None:
        while True:
            await asyncio.sleep(GROUP_REFRESH_SECONDS)
            try:
                await self.channel_layer.group_add(self.group_name, self.channel_name)
            except Exception:
                # Redis may be restarting: keep the socket, try again next round.
                logger.warning("Could not refresh %s for a socket", self.group_name, exc_info=True)

    def _admit(self, slug, user) -> int | None:
        """Load the room; the close code that refuses this socket, or None to admit it."""
        room = Room.objects.filter(slug=slug).first()
        if room is None:
            return CLOSE_NOT_FOUND
        if selectors.membership_for(room=room, user=user) is None:
            return CLOSE_FORBIDDEN
        self.room = room
        return None

    async def disconnect(self, code: int) -> None:
        if self.group_refresher is not None:
            self.group_refresher.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self.group_refresher
        if self.room is not None:
            await self.channel_layer.group_discard(self.group_name, self.channel_name)

    async def receive(self, text_data: str | None = None, bytes_data: bytes | None = None) -> None:
        if self.room is None:
            return
        frame = self._parse(text_data)
        if frame is None:
            await self.send_error("That message could not be read. Please reload the page.")
            return
        try:
            result = await database_sync_to_async(services.message_post)(
                room=self.room,
                author=self.scope["user"],
                body=frame.get("body"),
                client_id=frame.get("client_id"),
            )
        except ValidationError as error:
            await self.send_error(error.messages[0])
            return
        except PermissionDenied as error:
            await self.send_error(str(error))
            return
        if not result.created:
            # A retry of a saved send: only this socket needs it; the room already has it.
            await self.send(
                text_data=await database_sync_to_async(events.message_frame)(result.message)
            )

    @staticmethod
    def _parse(text_data: str | None) -> dict | None:
        if text_data is None or len(text_data) > MAX_FRAME_CHARS:
            return None
        try:
            frame = json.loads(text_data)
        except ValueError:
            return None
        return frame if isinstance(frame, dict) else None

    async def send_error(self, text: str) -> None:
        await self.send(text_data=events.error_frame(text))

    async def room_message(self, event: dict) -> None:
        await self.send(text_data=event["html"])
