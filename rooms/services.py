"""Writes for rooms. Each service validates, writes in a transaction, and broadcasts after
commit through `rooms.events`."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from functools import partial

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils.text import slugify

from accounts.models import User
from rooms import events
from rooms.models import MESSAGE_MAX_LENGTH, Membership, Message, Room


@dataclass(frozen=True)
class PostResult:
    message: Message
    created: bool


def room_create(*, creator: User, name: str, topic: str = "", is_private: bool = False) -> Room:
    """Create a room with a unique slug; its creator becomes its owner."""
    room = Room(name=name.strip(), topic=topic.strip(), is_private=is_private, created_by=creator)
    room.full_clean(exclude=["slug"])
    base = slugify(room.name)[:80].strip("-") or "room"
    for _attempt in range(3):
        room.slug = _free_slug(base)
        try:
            with transaction.atomic():
                room.save()
                Membership.objects.create(room=room, user=creator, role=Membership.Role.OWNER)
                return room
        except IntegrityError:
            # Another room took this slug between our read and our insert: read again.
            room.pk = None
    raise ValidationError("Could not find a free address for this room.", code="slug_taken")


# Slugs that would shadow another URL under /rooms/.
RESERVED_SLUGS = frozenset({"new"})


def _free_slug(base: str) -> str:
    taken = set(Room.objects.filter(slug__startswith=base).values_list("slug", flat=True))
    taken |= RESERVED_SLUGS
    if base not in taken:
        return base
    suffix = 2
    while f"{base}-{suffix}" in taken:
        suffix += 1
    return f"{base}-{suffix}"


def membership_join(*, room: Room, user: User) -> Membership:
    """Make `user` a member of the public `room` (a no-op for members)."""
    membership = Membership.objects.filter(room=room, user=user).first()
    if membership is not None:
        return membership
    if room.is_private:
        raise PermissionDenied("This room is private.")
    membership, _ = Membership.objects.get_or_create(
        room=room, user=user, defaults={"role": Membership.Role.MEMBER}
    )
    return membership


def membership_leave(*, room: Room, user: User) -> None:
    """Remove `user` from `room`. The room and its history stay."""
    Membership.objects.filter(room=room, user=user).delete()


def membership_mark_read(*, membership: Membership, message_id: int | None) -> None:
    """Record that the member has seen the room up to `message_id` (never moves backwards)."""
    if message_id is None:
        return
    current = membership.last_read_message_id
    if current is not None and current >= message_id:
        return
    Membership.objects.filter(pk=membership.pk).update(last_read_message_id=message_id)
    membership.last_read_message_id = message_id


def message_body_clean(body: object) -> str:
    """The stripped body, or a ValidationError a sender can read."""
    if not isinstance(body, str):
        raise ValidationError("A message needs a text body.", code="invalid")
    body = body.strip()
    if not body:
        raise ValidationError("Type a message before sending.", code="empty")
    if len(body) > MESSAGE_MAX_LENGTH:
        raise ValidationError(
            f"Messages can be at most {MESSAGE_MAX_LENGTH:,} characters "
            f"(this one has {len(body):,}).",
            code="too_long",
        )
    if "\x00" in body:
        raise ValidationError("Messages cannot contain NUL characters.", code="invalid")
    return body


def client_id_clean(client_id: object) -> uuid.UUID:
    try:
        return uuid.UUID(str(client_id))
    except (TypeError, ValueError, AttributeError):
        raise ValidationError(
            "Each message needs a client_id (a UUID).", code="client_id"
        ) from None


def message_post(*, room: Room, author: User, body: object, client_id: object) -> PostResult:
    """Save a person's message and broadcast it after commit.

    Idempotent on (room, author, client_id): a retry returns the saved message, unchanged and
    not broadcast again, even when both sends race on different connections.
    """
    body = message_body_clean(body)
    client_uuid = client_id_clean(client_id)
    if not Membership.objects.filter(room=room, user=author).exists():
        raise PermissionDenied("You are not a member of this room.")
    existing = _message_by_client_id(room=room, author=author, client_id=client_uuid)
    if existing is not None:
        return PostResult(message=existing, created=False)
    try:
        with transaction.atomic():
            message = Message.objects.create(
                room=room, author=author, kind=Message.Kind.USER, body=body, client_id=client_uuid
            )
            transaction.on_commit(partial(events.message_created, message))
    except IntegrityError:
        # The same send won a race on another connection; it is the one to return.
        existing = _message_by_client_id(room=room, author=author, client_id=client_uuid)
        if existing is None:
            raise
        return PostResult(message=existing, created=False)
    return PostResult(message=message, created=True)


def _message_by_client_id(*, room: Room, author: User, client_id: uuid.UUID) -> Message | None:
    return (
        Message.objects.select_related("author")
        .filter(room=room, author=author, client_id=client_id)
        .first()
    )
