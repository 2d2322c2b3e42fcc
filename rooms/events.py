"""The one place that talks to the channel layer: group names, event payloads, group_send.

Services call these from `transaction.on_commit`, so nothing is broadcast before it is saved.
Payloads carry strings and ids only; each fragment is rendered once per event and the same
text goes to every socket in the group.
"""

from __future__ import annotations

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.template.loader import render_to_string

from rooms.models import Message


def room_group(room_id: int) -> str:
    return f"room.{room_id}"


def message_frame(message: Message) -> str:
    """The WebSocket frame that appends `message` to a room page."""
    return render_to_string("rooms/frames.html#message-appended", {"message": message})


def error_frame(text: str) -> str:
    """The WebSocket frame that shows `text` under the sender's composer."""
    return render_to_string("rooms/frames.html#composer-error", {"error": text})


def message_created(message: Message) -> None:
    """Broadcast a newly saved message to everyone in its room."""
    _group_send(
        message.room_id,
        {"type": "room.message", "html": message_frame(message), "message_id": message.pk},
    )


def _group_send(room_id: int, event: dict[str, object]) -> None:
    async_to_sync(get_channel_layer().group_send)(room_group(room_id), event)
