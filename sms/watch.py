"""Which new messages might be texted to someone, decided without the database for the rest.

Each process keeps the usernames of people with a linked phone and the rooms their texts go
to (one query, refreshed every SMS_WATCH_TTL seconds, and at once when a phone or a username
changes in this process). A new message concerns the SMS bridge only if it mentions one of
those people, or is a persona's in one of those rooms; every other message costs a set look-up
or two. A stale entry can only delay texts to a phone linked in another process for a few
seconds; who is texted is always decided from the database (`sms.outbound`)."""

from __future__ import annotations

import time
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction

from rooms.models import Message


@dataclass(frozen=True)
class Watched:
    usernames: frozenset[str]  # lower case
    room_ids: frozenset[int]
    expires: float


_watched: Watched | None = None


def watched() -> Watched:
    global _watched
    found = _watched
    if found is None or found.expires < time.monotonic():
        from sms.models import Phone

        rows = list(
            Phone.objects.filter(confirmed_at__isnull=False).values_list(
                "user__username", "room_id"
            )
        )
        found = _watched = Watched(
            usernames=frozenset(username.lower() for username, _room in rows),
            room_ids=frozenset(room for _username, room in rows if room is not None),
            expires=time.monotonic() + settings.SALON_SMS_WATCH_TTL,
        )
    return found


def forget() -> None:
    global _watched
    _watched = None


def concerns_phones(message: Message, found: Watched) -> bool:
    if message.kind == Message.Kind.PERSONA and message.room_id in found.room_ids:
        return True
    return any(name.lower() in found.usernames for name in message.mention_names)


# Receivers (connected in `SmsConfig.ready`).


def messages_created(sender, messages: list[Message], **kwargs) -> None:
    """New messages were saved (`rooms.signals.messages_created`): queue the texts they call
    for. Most messages leave here after a look at `watched()`."""
    if not messages:
        return
    found = watched()
    concerned = [message for message in messages if concerns_phones(message, found)]
    if concerned:
        from sms import outbound

        outbound.texts_for_messages(concerned)


def phone_changed(sender, instance, **kwargs) -> None:
    transaction.on_commit(forget)


def user_saved(sender, instance, update_fields=None, **kwargs) -> None:
    """A username may have changed (a log-in saves only last_login: nothing to forget)."""
    if update_fields is not None and set(update_fields) <= {"last_login"}:
        return
    transaction.on_commit(forget)
