"""Which texts a new message calls for: a mention of someone with a linked phone who is in the
room, and a persona's reply to a message someone texted in. Run only for the messages that
`sms.watch` picked out, on the thread that saved them, once they are committed: a few queries,
then the texts are queued for `manage.py sms_worker` (no network here)."""

from __future__ import annotations

import logging

from django.db.models.functions import Lower

from accounts.models import User
from bots.care import is_care_reply
from bots.models import BotTurn
from rooms.models import Message
from sms import services
from sms.models import Inbound, Outbound, Phone

logger = logging.getLogger(__name__)


def texts_for_messages(messages: list[Message]) -> list[Outbound]:
    queued = []
    for message in messages:
        try:
            queued += _mention_texts(message) + _persona_texts(message)
        except Exception:
            # A text not queued must never undo or stop the message itself.
            logger.exception("Could not queue texts for message %s", message.pk)
    return queued


def _mention_texts(message: Message) -> list[Outbound]:
    names = {name.lower() for name in message.mention_names}
    if not names:
        return []
    people = (
        User.objects.annotate(lower=Lower("username"))
        .filter(
            lower__in=names,
            is_active=True,
            sms_phone__confirmed_at__isnull=False,
            memberships__room_id=message.room_id,
        )
        .exclude(pk=message.author_id)
        .select_related("sms_phone")
    )
    author = _author_name(message)
    texts = []
    for person in people:
        text = services.outbound_queue(
            user=person,
            number=person.sms_phone.number,
            kind=Outbound.Kind.MENTION,
            body=f"{author} in #{message.room.slug}: {message.body}",
            message=message,
        )
        if text is not None:
            texts.append(text)
    return texts


def _persona_texts(message: Message) -> list[Outbound]:
    if message.kind != Message.Kind.PERSONA:
        return []
    turn = BotTurn.objects.filter(reply=message).select_related("trigger").first()
    if turn is None or not Inbound.objects.filter(message_id=turn.trigger_id).exists():
        return []  # not an answer to a text
    phone = (
        Phone.objects.filter(
            user_id=turn.trigger.author_id,
            confirmed_at__isnull=False,
            user__is_active=True,
            user__memberships__room_id=message.room_id,
        )
        .select_related("user")
        .first()
    )
    mentioned = {name.lower() for name in message.mention_names}
    if phone is None or phone.user.username.lower() in mentioned:
        # Unlinked, or out of the room (left, removed, banned) since; or mentioned, so texted
        # as a mention already.
        return []
    text = services.outbound_queue(
        user=phone.user,
        number=phone.number,
        kind=Outbound.Kind.PERSONA,
        body=f"{_author_name(message)}: {message.body}",
        message=message,
        # Care and where to find help (`bots.care`) goes whole, whatever the hourly limit: cut
        # to one segment, it kept "I'm so sorry you're feeling this way" and lost the lines.
        whole=is_care_reply(message.body),
    )
    return [text] if text is not None else []


def _author_name(message: Message) -> str:
    """The name the room shows for the message's author (a persona's own name)."""
    author = message.author
    if author is None:
        return "Someone"
    return author.persona.name if author.is_persona else author.shown_name
