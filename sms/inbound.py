"""A text received, turned into what the person meant: a keyword (STOP, START, HELP), a room
to text into (JOIN <room>), or a message posted into their room as them, the way the room
socket posts (membership and mute, the message rate limit, the group-commit writer, the
personas told), so the room sees it live and the personas answer it."""

from __future__ import annotations

import math
import uuid

from channels.db import database_sync_to_async
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from rooms import limits, selectors, writer
from rooms import services as room_services
from rooms.models import Membership, Room
from rooms.signals import human_message_saved
from sms import keywords, services
from sms.models import Inbound, Phone
from sms.numbers import number_e164

# A message's client_id is derived from the provider's id: a text delivered twice (or
# retried after a lost answer) is posted once, whatever the records say.
SMS_NAMESPACE = uuid.UUID("5f1f7a52-3c1e-4d55-9a4e-2f4d8f0b6c11")
# What a webhook keeps of a body (the message service refuses more than it may post).
BODY_KEPT = 8000

STOP_REPLY = (
    "Salon: you are unsubscribed and will get no more texts from us. Reply START to "
    "subscribe again."
)
START_REPLY = "Salon: you are subscribed again. Reply HELP for help, STOP to unsubscribe."
HELP_REPLY = (
    "Salon: text JOIN <room> to choose a room; anything else you text is posted there. "
    "Mentions of you and persona replies are texted to you. Reply STOP to unsubscribe. "
    "Your phone settings: {url}"
)
UNKNOWN_REPLY = (
    "Salon: this number is not linked to an account. Link it on your profile at {url} to "
    "chat by text. Reply STOP to unsubscribe."
)
NO_ROOM_REPLY = "Salon: text JOIN <room> first to choose the room your texts go to."


def client_id_for(sid: str) -> uuid.UUID:
    return uuid.uuid5(SMS_NAMESPACE, sid)


async def inbound_handle(*, sid: str, sender: str, body: str, site_url: str) -> str | None:
    """Handle one text from the provider; the reply to send back ('' for none), or None while
    another delivery of it is being handled (the provider is to try again later). A text
    delivered again (the same `sid`) gets the first delivery's reply and changes nothing; one
    whose handling failed half-way is handled by its next delivery."""
    body = body[:BODY_KEPT]
    claim = await database_sync_to_async(services.inbound_claim)(
        sid=sid, sender=sender[:64], body=body
    )
    if not claim.ours:
        inbound = claim.inbound
        return None if inbound.outcome == Inbound.Outcome.PENDING else inbound.reply
    try:
        return await _handle(claim.inbound, sender, body, site_url)
    except BaseException:
        await database_sync_to_async(services.inbound_release)(inbound=claim.inbound)
        raise


async def _handle(inbound: Inbound, sender: str, body: str, site_url: str) -> str:
    """Handle a text this delivery claimed; the reply."""
    try:
        number = number_e164(sender)
    except ValidationError:
        await _finish(inbound, Inbound.Outcome.REFUSED)  # no number to answer
        return ""
    stopped = await database_sync_to_async(services.number_stopped)(number=number)
    command = keywords.command(body, stopped=stopped)
    keyword_reply = settings.SALON_SMS_KEYWORD_REPLIES
    if command is not None and command.kind == "stop":
        await database_sync_to_async(services.number_stop)(number=number)
        return await _finish(inbound, Inbound.Outcome.STOP, STOP_REPLY if keyword_reply else "")
    if command is not None and command.kind == "start":
        await database_sync_to_async(services.number_start)(number=number)
        return await _finish(inbound, Inbound.Outcome.START, START_REPLY if keyword_reply else "")
    if command is not None and command.kind == "help":
        reply = HELP_REPLY.format(url=site_url) if keyword_reply else ""
        return await _finish(inbound, Inbound.Outcome.HELP, reply)
    phone = await database_sync_to_async(_phone_for)(number)
    if phone is None:
        answered = await database_sync_to_async(services.unknown_number_answered)(number=number)
        reply = "" if answered or stopped else UNKNOWN_REPLY.format(url=site_url)
        return await _finish(inbound, Inbound.Outcome.UNKNOWN, reply)
    user = phone.user
    if command is not None:  # join
        outcome, reply = await database_sync_to_async(_join)(phone, command.room)
    else:
        outcome, reply, message = await _post(inbound, phone, body)
        if message is not None:
            await _finish(inbound, outcome, "", user=user, message=message)
            # The personas decide beside the sockets, as for a message from the browser.
            human_message_saved.send(sender=type(message), message=message)
            return ""
    # After STOP, nothing but the answers to STOP and START is sent to a number.
    return await _finish(inbound, outcome, "" if stopped else reply, user=user)


async def _finish(inbound: Inbound, outcome: str, reply: str = "", **fields) -> str:
    await database_sync_to_async(services.inbound_finish)(
        inbound=inbound, outcome=outcome, reply=reply, **fields
    )
    return reply


def _phone_for(number: str) -> Phone | None:
    return (
        Phone.objects.filter(number=number, confirmed_at__isnull=False)
        .select_related("user", "room")
        .first()
    )


def _join(phone: Phone, name: str) -> tuple[str, str]:
    """JOIN <room>: the room by its slug, on the browser's rules (a public room is joined, a
    private one only by its members; one they cannot see is one that does not exist)."""
    refused = Inbound.Outcome.REFUSED
    if not name:
        return refused, "Salon: text JOIN and the room's name, e.g. JOIN lobby."
    room = Room.objects.filter(slug=name.lower()).first()  # slugs are lower case
    if room is not None and not phone.user.is_active:
        room = None
    member = Membership.objects.filter(room=room, user=phone.user)
    if room is not None and room.is_private and not member.exists():
        room = None
    if room is None:
        return refused, f"Salon: there is no room called {name} that you can join."
    try:
        room_services.membership_join(room=room, user=phone.user, announce=True)
    except PermissionDenied as error:
        return refused, f"Salon: {error}"
    phone.room = room
    phone.save(update_fields=["room"])  # post_save: this process's watch list learns the room
    return (
        Inbound.Outcome.JOINED,
        f"Salon: your texts now go to #{room.slug} ({room.name}). Text JOIN <room> to switch.",
    )


async def _post(inbound: Inbound, phone: Phone, body: str):
    """Post the text into the person's room; (outcome, reply, message or None)."""
    refused = Inbound.Outcome.REFUSED
    user = phone.user
    if phone.room is None or not user.is_active:
        return refused, NO_ROOM_REPLY, None
    room = phone.room
    membership = await database_sync_to_async(selectors.membership_for)(room=room, user=user)
    if membership is None:
        return refused, f"Salon: you are no longer in #{room.slug}. Text JOIN <room>.", None
    if until := membership.muted_at(timezone.now()):  # the insert checks again
        return refused, f"Salon: {room_services.muted_refusal(until)}", None
    wait = await limits.take(f"msg:{user.pk}", limits.message_rate())
    if wait:
        return (
            refused,
            (f"Salon: you are sending messages too quickly. Try again in {math.ceil(wait)} s."),
            None,
        )
    post = room_services.Post(
        author=user, body=body, client_id=client_id_for(inbound.sid), membership=membership
    )
    try:
        result = await writer.writer().post(room, post)
    except (ValidationError, PermissionDenied) as error:
        text = error.messages[0] if isinstance(error, ValidationError) else str(error)
        return refused, f"Salon: {text}", None
    if not result.created:  # posted by an earlier delivery whose record was lost
        return Inbound.Outcome.POSTED, "", None
    return Inbound.Outcome.POSTED, "", result.message
