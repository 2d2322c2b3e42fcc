"""Reactions: a person toggles an emoji on a message, and everyone in the room sees the counts
change live.

The Reaction rows are the record (one per person and emoji); the message keeps what its
partial shows (`Message.reactions`: emoji, count, who) so that a page of history, a catch-up
and a socket frame render reactions with no query. A change takes a new seq, like an edit:
pages that were away catch up on it, and the rendered message is cached by seq.
"""

from __future__ import annotations

import unicodedata
from functools import partial

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from accounts.models import User
from rooms import events, selectors, services
from rooms.models import Message, Reaction, Room

# Offered first in the picker; any other single emoji is accepted too.
QUICK = ("👍", "❤️", "😂", "🎉", "😮", "😢")
# Different emoji on one message, and names shown per emoji (the count stays exact).
MAX_EMOJI_PER_MESSAGE = 20
NAMES_SHOWN = 10
# Joiners and modifiers that emoji sequences are built with (ZWJ, variation selectors, skin
# tones, the keycap and tag characters of flag sequences).
_JOINERS = {"\u200d", "\ufe0e", "\ufe0f", "\u20e3"}


def emoji_clean(value: object) -> str:
    """`value` if it is one emoji (a picker's, or any other, sequences included); otherwise
    ValidationError."""
    refusal = ValidationError("Choose one emoji to react with.", code="emoji")
    if not isinstance(value, str) or not value or len(value) > 16:
        raise refusal
    if value in QUICK:
        return value
    symbols = 0
    for char in value:
        if char in _JOINERS or 0x1F3FB <= ord(char) <= 0x1F3FF or 0xE0020 <= ord(char) <= 0xE007F:
            continue
        if unicodedata.category(char) != "So":
            raise refusal  # letters, digits, spaces, punctuation, markup: not an emoji
        symbols += 1
    if not symbols:
        raise refusal
    return value


def reaction_toggle(*, room: Room, user: User, message_id: object, emoji: object) -> Message:
    """Add `user`'s `emoji` to the message, or take it away if it is there; the room sees the
    message's new counts. Members only, not while muted, not on deleted or system messages."""
    emoji = emoji_clean(emoji)
    with transaction.atomic():
        message = services._message_for_update(room=room, message_id=message_id)
        membership = selectors.membership_for(room=room, user=user)
        if membership is None:
            raise PermissionDenied("Join the room to react to its messages.")
        if until := membership.muted_at(timezone.now()):
            raise services.muted_refusal(until)
        if message.deleted_at is not None or message.kind == Message.Kind.SYSTEM:
            raise PermissionDenied("This message takes no reactions.")
        removed, _ = Reaction.objects.filter(message=message, user=user, emoji=emoji).delete()
        if not removed:
            shown = {entry["emoji"] for entry in message.reactions}
            if emoji not in shown and len(shown) >= MAX_EMOJI_PER_MESSAGE:
                raise ValidationError(
                    f"A message takes at most {MAX_EMOJI_PER_MESSAGE} different reactions.",
                    code="emoji",
                )
            Reaction.objects.create(message=message, user=user, emoji=emoji)
        message.reactions = reactions_summary(message)
        message.seq = services._room_next_seq(room.pk)
        message.save(update_fields=["reactions", "seq"])
        transaction.on_commit(partial(events.message_changed, message, change="reactions.changed"))
    return message


def reactions_summary(message: Message) -> list[dict]:
    """What the message shows of its reactions: each emoji in the order it was first used,
    with its count, the first names and the ids of everyone who chose it (one query)."""
    rows = (
        Reaction.objects.filter(message=message)
        .order_by("id")
        .values_list("emoji", "user_id", "user__username")
    )
    summary: dict[str, dict] = {}
    for emoji, user_id, username in rows:
        entry = summary.setdefault(
            emoji, {"emoji": emoji, "count": 0, "names": [], "more": 0, "ids": []}
        )
        entry["count"] += 1
        entry["ids"].append(user_id)
        if len(entry["names"]) < NAMES_SHOWN:
            entry["names"].append(username)
        else:
            entry["more"] += 1
    return list(summary.values())
