"""Writes of the SMS bridge: linking a phone with a code, STOP and START, recording texts
received, and queueing, sending and retrying texts."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac

from accounts.models import User
from rooms.models import Message
from sms import providers, segments
from sms.models import Inbound, OptOut, Outbound, Phone
from sms.numbers import number_e164

CODE_DIGITS = 6
CODE_IN_TEXT = re.compile(rf"\b\d{{{CODE_DIGITS}}}\b")


# Phones ------------------------------------------------------------------------------------


def _code_hash(phone: Phone, code: str) -> str:
    return salted_hmac("sms.phone.code", f"{phone.pk}:{phone.number}:{code}").hexdigest()


def phone_code_send(*, user: User, number: object, now: datetime | None = None) -> Outbound:
    """Start linking `number` (as typed) to `user`, or send a new code for it: the number is
    pending until `phone_confirm`. Returns the queued text with the code (the caller sends it
    at once with `outbound_deliver`). ValidationErrors: a number that is not one ("number"),
    linked to someone else ("taken"), that said STOP ("stopped"), or too many codes ("wait")."""
    now = now or timezone.now()
    number = number_e164(number)
    with transaction.atomic():
        User.objects.select_for_update().filter(pk=user.pk).exists()  # one send at a time
        linked = Phone.objects.filter(number=number, confirmed_at__isnull=False)
        if linked.exclude(user=user).exists():
            raise ValidationError("That number is linked to another account.", code="taken")
        if OptOut.objects.filter(number=number).exists():
            raise ValidationError(
                "That number asked Salon to stop texting it (STOP). Text START to "
                f"{settings.TWILIO_FROM or 'Salon'} from it first, then try again.",
                code="stopped",
            )
        phone = Phone.objects.filter(user=user).first()
        if phone is not None and phone.number == number and phone.confirmed_at is not None:
            raise ValidationError("That number is already linked to your account.", code="linked")
        resend = timedelta(seconds=settings.SALON_SMS_CODE_RESEND_SECONDS)
        if phone is not None and phone.code_sent_at and now < phone.code_sent_at + resend:
            wait = int((phone.code_sent_at + resend - now).total_seconds()) + 1
            raise ValidationError(
                f"A code was just sent. You can ask for another in {wait} s.", code="wait"
            )
        day = Outbound.objects.filter(kind=Outbound.Kind.CODE, created_at__gte=now - timedelta(1))
        if day.filter(Q(user=user) | Q(number=number)).count() >= settings.SALON_SMS_CODES_PER_DAY:
            raise ValidationError(
                "Too many codes were sent today. Try again tomorrow.", code="wait"
            )
        if phone is None:
            phone = Phone(user=user)
        if phone.number != number:
            phone.number, phone.confirmed_at, phone.room = number, None, None
        code = f"{secrets.randbelow(10**CODE_DIGITS):0{CODE_DIGITS}d}"
        phone.save()  # a pk for the hash
        phone.code_hash = _code_hash(phone, code)
        phone.code_sent_at, phone.code_attempts = now, 0
        phone.save()
        minutes = settings.SALON_SMS_CODE_TTL_SECONDS // 60
        return Outbound.objects.create(
            user=user,
            number=number,
            kind=Outbound.Kind.CODE,
            body=f"Your Salon code is {code}. It expires in {minutes} minutes. "
            "If you did not ask for it, ignore this text.",
            next_attempt_at=now,
        )


def phone_confirm(*, user: User, code: object, now: datetime | None = None) -> Phone:
    """Link the person's pending number when `code` is the one texted to it, unexpired and
    within its guesses. ValidationErrors say what to do next."""
    now = now or timezone.now()
    with transaction.atomic():
        phone = Phone.objects.select_for_update().filter(user=user).first()
        if phone is None or phone.confirmed_at is not None or not phone.code_hash:
            raise ValidationError("Ask for a code first.", code="no_code")
        if now > phone.code_sent_at + timedelta(seconds=settings.SALON_SMS_CODE_TTL_SECONDS):
            raise ValidationError("That code has expired. Ask for a new one.", code="expired")
        if phone.code_attempts >= settings.SALON_SMS_CODE_ATTEMPTS:
            raise ValidationError("Too many wrong codes. Ask for a new one.", code="attempts")
        typed = "".join(code.split()) if isinstance(code, str) else ""
        right = constant_time_compare(_code_hash(phone, typed[:20]), phone.code_hash)
        if right:
            phone.confirmed_at, phone.code_hash = now, ""
            try:
                with transaction.atomic():
                    phone.save(update_fields=["confirmed_at", "code_hash"])
            except IntegrityError:
                raise ValidationError(
                    "That number was just linked to another account.", code="taken"
                ) from None
        else:  # counted, and the transaction kept: the refusal is raised after it
            Phone.objects.filter(pk=phone.pk).update(code_attempts=F("code_attempts") + 1)
    if not right:
        left = settings.SALON_SMS_CODE_ATTEMPTS - phone.code_attempts - 1
        raise ValidationError(
            f"That is not the code we sent. {left} {'try' if left == 1 else 'tries'} left."
            if left
            else "That is not the code we sent. Ask for a new one.",
            code="wrong",
        )
    return phone


def phone_unlink(*, user: User) -> None:
    Phone.objects.filter(user=user).delete()


# STOP and START ----------------------------------------------------------------------------


def number_stop(*, number: str) -> int:
    """The number said STOP: nothing more is sent to it, from now, including texts waiting for
    their first try or a retry. Returns how many were cancelled."""
    with transaction.atomic():
        OptOut.objects.get_or_create(number=number)
        return Outbound.objects.filter(number=number, status=Outbound.Status.QUEUED).update(
            status=Outbound.Status.CANCELLED, updated_at=timezone.now()
        )


def number_start(*, number: str) -> None:
    OptOut.objects.filter(number=number).delete()


def number_stopped(*, number: str) -> bool:
    return OptOut.objects.filter(number=number).exists()


# Texts received ----------------------------------------------------------------------------


# How long a pending text belongs to the delivery handling it. Handling takes well under a
# second and the provider waits 15 s for an answer: a text still pending after this was left
# by a process that stopped mid-way (a crash that could run no clean-up), and is handled again.
INBOUND_LEASE = timedelta(seconds=60)


@dataclass(frozen=True)
class Claim:
    inbound: Inbound
    # True: this delivery handles the text (its first, or one after a handling that failed).
    # False: it is handled already (answered from the record), or being handled right now.
    ours: bool


def inbound_claim(*, sid: str, sender: str, body: str, now: datetime | None = None) -> Claim:
    """Record a text by its provider id, once, and claim its handling: a delivery of a text
    handled already gets its record; one whose handling failed, or was left for longer than
    INBOUND_LEASE, takes it over."""
    now = now or timezone.now()
    try:
        with transaction.atomic():
            inbound = Inbound.objects.create(sid=sid, sender=sender, body=body, claimed_at=now)
            return Claim(inbound, True)
    except IntegrityError:
        pass
    left = Q(claimed_at__isnull=True) | Q(claimed_at__lt=now - INBOUND_LEASE)
    taken = Inbound.objects.filter(Q(sid=sid, outcome=Inbound.Outcome.PENDING) & left).update(
        claimed_at=now
    )
    return Claim(Inbound.objects.get(sid=sid), bool(taken))


def inbound_release(*, inbound: Inbound) -> None:
    """Handling the text failed: leave it pending for the provider's next delivery."""
    Inbound.objects.filter(pk=inbound.pk, outcome=Inbound.Outcome.PENDING).update(claimed_at=None)


def inbound_finish(
    *,
    inbound: Inbound,
    outcome: str,
    reply: str = "",
    user: User | None = None,
    message: Message | None = None,
) -> None:
    """Record what became of a text, and the reply sent with the webhook's answer."""
    inbound.outcome, inbound.reply, inbound.user, inbound.message = outcome, reply, user, message
    inbound.save(update_fields=["outcome", "reply", "user", "message"])
    if reply:
        Outbound.objects.create(
            user=user,
            number=inbound.sender[:16],
            kind=Outbound.Kind.REPLY,
            body=reply,
            status=Outbound.Status.SENT,
            provider="reply",
        )


def unknown_number_answered(*, number: str) -> bool:
    """Whether an unknown number was told once already (it is told once, never again)."""
    return (
        Inbound.objects.filter(sender=number, outcome=Inbound.Outcome.UNKNOWN)
        .exclude(reply="")
        .exists()
    )


# Texts sent --------------------------------------------------------------------------------


def outbound_queue(
    *,
    user: User,
    number: str,
    kind: str,
    body: str,
    message: Message | None = None,
    now: datetime | None = None,
    whole: bool = False,
) -> Outbound | None:
    """Queue a mention or persona reply for `user`, cut to one segment: never to a number
    that said STOP (None), and beyond SMS_HOURLY_LIMIT an hour only recorded as LIMITED.
    `whole`: sent uncut (in as many segments as it takes) and never held back by the limit."""
    if number_stopped(number=number):
        return None
    now = now or timezone.now()
    recent = Outbound.objects.filter(
        user=user,
        kind__in=[Outbound.Kind.MENTION, Outbound.Kind.PERSONA],
        created_at__gte=now - timedelta(hours=1),
    ).exclude(status=Outbound.Status.LIMITED)
    limited = not whole and recent.count() >= settings.SALON_SMS_HOURLY_LIMIT
    return Outbound.objects.create(
        user=user,
        number=number,
        kind=kind,
        body=" ".join(body.split()) if whole else segments.segment_cut(body),
        message=message,
        status=Outbound.Status.LIMITED if limited else Outbound.Status.QUEUED,
        next_attempt_at=None if limited else now,
    )


def status_callback_url() -> str | None:
    """Where the provider reports on a text's delivery: only known with SMS_BASE_URL (the
    worker has no request to take the site's address from)."""
    base = settings.SALON_SMS_BASE_URL
    return f"{base}{reverse('sms_status')}" if base else None


def retry_delay(attempts: int) -> timedelta:
    """The wait after the `attempts`-th failed try: SMS_RETRY_SECONDS, doubled each time."""
    return timedelta(seconds=settings.SALON_SMS_RETRY_SECONDS * 2 ** (attempts - 1))


def outbound_deliver(
    *,
    outbound_id: int,
    now: datetime | None = None,
    provider: providers.Provider | None = None,
) -> Outbound | None:
    """Try to send one queued text that is due: claimed first (one sender, however many
    workers), then sent, then recorded as sent, queued again for later, or failed. None when
    it was not queued or not due (another worker has it, STOP cancelled it, ...)."""
    now = now or timezone.now()
    claimed = Outbound.objects.filter(
        pk=outbound_id, status=Outbound.Status.QUEUED, next_attempt_at__lte=now
    ).update(status=Outbound.Status.SENDING, attempts=F("attempts") + 1, updated_at=now)
    if not claimed:
        return None
    outbound = Outbound.objects.get(pk=outbound_id)
    if number_stopped(number=outbound.number):
        outbound.status = Outbound.Status.CANCELLED
        outbound.save(update_fields=["status", "updated_at"])
        return outbound
    provider = provider or providers.provider()
    outbound.provider = provider.name
    try:
        sent = provider.send(
            to=outbound.number, body=outbound.body, status_callback=status_callback_url()
        )
    except providers.SendError as error:
        outbound.error = str(error)
        if error.opted_out:
            number_stop(number=outbound.number)
            outbound.status = Outbound.Status.CANCELLED
        elif error.retryable and outbound.attempts < settings.SALON_SMS_MAX_ATTEMPTS:
            outbound.status = Outbound.Status.QUEUED
            outbound.next_attempt_at = now + retry_delay(outbound.attempts)
        else:
            outbound.status = Outbound.Status.FAILED
    else:
        outbound.status = Outbound.Status.SENT
        outbound.provider_sid, outbound.provider_status, outbound.error = sent.sid, sent.status, ""
    # A code done with (no retry to come) is for the phone only, not for whoever reads this
    # table or a backup (the Phone keeps a hash). The console's outbox still shows it.
    if (
        outbound.kind == Outbound.Kind.CODE
        and outbound.status != Outbound.Status.QUEUED
        and provider.name != providers.ConsoleProvider.name
    ):
        outbound.body = CODE_IN_TEXT.sub("*" * CODE_DIGITS, outbound.body)
    # Only if still ours: a STOP while it was being sent cancels what comes next, not this.
    Outbound.objects.filter(pk=outbound.pk, status=Outbound.Status.SENDING).update(
        status=outbound.status,
        body=outbound.body,
        provider=outbound.provider,
        provider_sid=outbound.provider_sid,
        provider_status=outbound.provider_status,
        error=outbound.error,
        next_attempt_at=outbound.next_attempt_at,
        updated_at=timezone.now(),
    )
    return outbound


SENDING_STUCK_AFTER = timedelta(minutes=10)


def outbound_deliver_due(
    *, now: datetime | None = None, provider: providers.Provider | None = None, limit: int = 100
) -> int:
    """Send the texts that are due at `now` (first tries and retries), oldest first; how many
    were tried. `manage.py sms_worker` calls this in a loop; tests call it with their clock."""
    now = now or timezone.now()
    # A send is a few seconds at most (the client's timeout): one still "sending" long after
    # belongs to a worker that stopped mid-send. It may have reached the provider: it is
    # marked failed, never sent twice.
    Outbound.objects.filter(
        status=Outbound.Status.SENDING, updated_at__lt=now - SENDING_STUCK_AFTER
    ).update(
        status=Outbound.Status.FAILED,
        error="The sender stopped while sending this text; it may or may not have gone out.",
    )
    due = Outbound.objects.filter(status=Outbound.Status.QUEUED, next_attempt_at__lte=now)
    ids = list(due.order_by("next_attempt_at", "pk").values_list("pk", flat=True)[:limit])
    provider = provider or providers.provider()
    tried = 0
    for outbound_id in ids:
        if outbound_deliver(outbound_id=outbound_id, now=now, provider=provider) is not None:
            tried += 1
    return tried


# Delivery reports: the provider's words, in the order a text goes through them.
_STATUS_ORDER = ["accepted", "queued", "sending", "sent", "delivered", "undelivered", "failed"]
_FINAL = {
    "delivered": Outbound.Status.DELIVERED,
    "undelivered": Outbound.Status.FAILED,
    "failed": Outbound.Status.FAILED,
}


def outbound_status_report(*, sid: str, status: str, error_code: str = "") -> Outbound | None:
    """The provider reports where a text stands. Reports may arrive out of order: one never
    moves a text back (a late "sent" after "delivered" changes nothing)."""
    status = status.lower()
    if status not in _STATUS_ORDER:
        return None
    with transaction.atomic():
        outbound = Outbound.objects.select_for_update().filter(provider_sid=sid).first()
        if outbound is None:
            return None
        known = outbound.provider_status.lower()
        if known in _STATUS_ORDER and _STATUS_ORDER.index(status) < _STATUS_ORDER.index(known):
            return outbound
        outbound.provider_status = status
        outbound.status = _FINAL.get(status, outbound.status)
        if error_code:
            outbound.error = f"Delivery error {error_code}"
        outbound.save(update_fields=["provider_status", "status", "error", "updated_at"])
        if error_code == str(providers.TWILIO_UNSUBSCRIBED):
            number_stop(number=outbound.number)
    return outbound
