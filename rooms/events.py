"""The one place that talks to the channel layer: group names, event payloads, group_send.

Services call the sync senders from `transaction.on_commit`, so nothing is broadcast before
it is saved. Payloads carry strings and ids only; each fragment is rendered once per event
and the same text goes to every socket in the group.
"""

from __future__ import annotations

from collections.abc import Iterable

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.template.loader import render_to_string

from rooms import selectors
from rooms.models import Message, Room

FRAMES = "rooms/frames.html"


def room_group(room_id: int) -> str:
    return f"room.{room_id}"


# Frames: the HTML a socket receives. Each top-level element has an id and a swap. ---------


def messages_frame(messages: Iterable[Message]) -> str:
    """Adds or updates messages on a room page (the page keeps the newest version of each)."""
    return render_to_string(f"{FRAMES}#messages", {"messages": list(messages)})


def members_frame(room_id: int) -> str:
    room = Room.objects.get(pk=room_id)
    return render_to_string(f"{FRAMES}#members", selectors.members_context(room=room))


def error_frame(text: str, *, client_id: str = "") -> str:
    """Shows `text` to the sender only; `client_id` names the send it is about, if any."""
    return render_to_string(f"{FRAMES}#error", {"error": text, "client_id": client_id})


def typing_frame(*, user_id: int, name: str) -> str:
    return render_to_string(f"{FRAMES}#typing", {"user_id": user_id, "name": name})


def cursor_frame(seq: int) -> str:
    """Ends a catch-up: the page now holds every change up to `seq`."""
    return render_to_string(f"{FRAMES}#cursor", {"seq": seq})


def reload_frame() -> str:
    """Tells a page that fell too far behind to reload instead of catching up."""
    return render_to_string(f"{FRAMES}#reload")


# Broadcasts --------------------------------------------------------------------------------


def message_changed(message: Message) -> None:
    """A message was created, edited or deleted: show its current state to the room."""
    _group_send(
        message.room_id,
        {"type": "room.message", "html": messages_frame([message]), "message_id": message.pk},
    )


def presence_changed(room_id: int) -> None:
    """Who is here changed: send the room its member list."""
    _group_send(room_id, {"type": "room.members", "html": members_frame(room_id)})


def membership_revoked(*, room_id: int, user_id: int) -> None:
    """A person is no longer in the room: their sockets close (see the consumer), and everyone
    gets the new member list."""
    _group_send(room_id, {"type": "room.revoked", "user_id": user_id})
    presence_changed(room_id)


async def user_typing(*, room_id: int, user_id: int, name: str) -> None:
    """Someone is typing; everyone but their own sockets is told (see the consumer)."""
    await get_channel_layer().group_send(
        room_group(room_id),
        {
            "type": "room.typing",
            "html": typing_frame(user_id=user_id, name=name),
            "user_id": user_id,
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
    await get_channel_layer().group_send(room_group(room_id), {"type": "room.draft", "html": html})


async def draft_removed(*, room_id: int, turn_id: int) -> None:
    """The draft is done: the saved message replaces it, or it was stopped."""
    html = render_to_string(f"{FRAMES}#draft-removed", {"turn_id": turn_id})
    await get_channel_layer().group_send(room_group(room_id), {"type": "room.draft", "html": html})


def _group_send(room_id: int, event: dict[str, object]) -> None:
    async_to_sync(get_channel_layer().group_send)(room_group(room_id), event)
