"""Messages and members as programs see them, one shape for the JSON API (`api.schemas`
documents it) and the JSON room socket (`rooms.events`): the same message reads the same over
HTTP and over the socket.

These read only what a message or membership already holds (its author and persona loaded
with it), so they never query: the socket's frames are made from them on the event loop.
"""

from __future__ import annotations

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse

from rooms.models import Membership, Message


def dumps(data: object) -> str:
    """JSON text as the API writes it (datetimes to the millisecond, "Z" for UTC)."""
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":"))


def _name(user) -> str:
    persona = getattr(user, "persona", None) if user.is_persona else None
    return persona.name if persona else user.username


def author_data(user) -> dict | None:
    if user is None:
        return None
    return {
        "id": user.pk,
        "username": user.username,
        "name": _name(user),
        "is_persona": user.is_persona,
    }


def message_data(message: Message, *, slug: str) -> dict:
    """A message (its author loaded with `author__persona`) in `slug`'s room."""
    return {
        "id": message.pk,
        "seq": message.seq,
        "room": slug,
        "kind": message.kind,
        "author": author_data(message.author),
        "body": message.body,
        "body_html": message.body_html,
        "client_id": message.client_id,
        "mentions": message.mention_names,
        "reply_to": (
            None
            if message.reply_to_id is None
            else {
                "id": message.reply_to_id,
                "author": message.reply_author,
                "excerpt": message.reply_excerpt,
            }
        ),
        "attachments": [_attachment(card) for card in message.attachments],
        "reactions": [
            {"emoji": entry["emoji"], "count": entry["count"], "user_ids": entry.get("ids", [])}
            for entry in message.reactions
        ],
        "created_at": message.created_at,
        "edited_at": message.edited_at,
        "deleted_at": message.deleted_at,
    }


def _attachment(card: dict) -> dict:
    """A file sent with a message (`Attachment.card`): served to the room's readers only."""
    return {
        "kind": card["kind"],
        "name": card["name"],
        "size": card["size"],
        "url": reverse("attachment", args=[card["token"]]),
        "width": card.get("width"),
        "height": card.get("height"),
    }


def member_data(membership: Membership) -> dict:
    """A member (its user loaded with `user__persona`)."""
    user = membership.user
    return {
        "id": user.pk,
        "username": user.username,
        "name": _name(user),
        "is_persona": user.is_persona,
        "role": membership.role,
        "is_present": membership.is_present,
    }
