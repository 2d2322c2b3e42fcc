"""The SMS bridge's records: people's phone numbers, numbers that said STOP, and every text
received and sent (the console provider's outbox is the Outbound table, in the admin)."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q

from rooms.models import Message, Room

# E.164: a plus and at most 15 digits.
NUMBER_MAX_LENGTH = 16


class Phone(models.Model):
    """A person's phone number: pending until they type the code texted to it, then linked.
    A number is linked to one person at most; several may claim it until one confirms."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="sms_phone"
    )
    number = models.CharField(max_length=NUMBER_MAX_LENGTH, help_text="E.164, e.g. +15551234567")
    confirmed_at = models.DateTimeField(null=True, blank=True)
    room = models.ForeignKey(
        Room,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="Where this person's texts are posted (chosen with JOIN <room>).",
    )
    code_hash = models.CharField(max_length=128, blank=True)
    code_sent_at = models.DateTimeField(null=True, blank=True)
    code_attempts = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["number"],
                condition=Q(confirmed_at__isnull=False),
                name="sms_phone_one_person_per_number",
            )
        ]

    def __str__(self) -> str:
        state = "linked" if self.confirmed_at else "pending"
        return f"{self.number} ({state})"


class OptOut(models.Model):
    """A number that texted STOP (or a synonym): nothing is sent to it until it texts START,
    whoever links it."""

    number = models.CharField(max_length=NUMBER_MAX_LENGTH, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = "opt-out"

    def __str__(self) -> str:
        return self.number


class Inbound(models.Model):
    """A text received, once per provider message id (a webhook delivered twice is answered
    from here, and posts nothing twice). Pending until handled: a delivery whose handling
    crashed leaves it pending, and the provider's next delivery of it handles it."""

    class Outcome(models.TextChoices):
        PENDING = "pending", "Being handled"
        POSTED = "posted", "Posted"
        JOINED = "joined", "Chose a room"
        STOP = "stop", "Opted out"
        START = "start", "Opted in"
        HELP = "help", "Asked for help"
        UNKNOWN = "unknown", "Unknown number"
        REFUSED = "refused", "Refused"

    sid = models.CharField("provider message id", max_length=64, unique=True)
    sender = models.CharField(max_length=64)
    body = models.TextField()
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    message = models.ForeignKey(
        Message, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    outcome = models.CharField(max_length=16, choices=Outcome.choices, default=Outcome.PENDING)
    reply = models.TextField(blank=True)
    received_at = models.DateTimeField(auto_now_add=True)
    claimed_at = models.DateTimeField(
        null=True,
        blank=True,
        help_text="When a delivery of it began to be handled (while pending); empty once that "
        "handling failed, so that the next delivery handles it.",
    )

    class Meta:
        verbose_name = "inbound text"
        indexes = [models.Index(fields=["sender", "outcome"])]

    def __str__(self) -> str:
        return f"{self.sid} from {self.sender}"


class Outbound(models.Model):
    """A text to send or sent: queued, then delivered by `sms.services.outbound_deliver`
    (retried with backoff after a failure), then updated by the provider's status reports."""

    class Kind(models.TextChoices):
        CODE = "code", "Confirmation code"
        REPLY = "reply", "Reply to a text"
        MENTION = "mention", "Mention"
        PERSONA = "persona", "Persona reply"

    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        SENDING = "sending", "Sending"
        SENT = "sent", "Sent"
        DELIVERED = "delivered", "Delivered"
        FAILED = "failed", "Failed"
        CANCELLED = "cancelled", "Cancelled (STOP)"
        LIMITED = "limited", "Not sent (rate limit)"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    number = models.CharField(max_length=NUMBER_MAX_LENGTH)
    body = models.TextField()
    kind = models.CharField(max_length=16, choices=Kind.choices)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.QUEUED)
    message = models.ForeignKey(
        Message, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    provider = models.CharField(max_length=32, blank=True)
    provider_sid = models.CharField(max_length=64, blank=True, db_index=True)
    provider_status = models.CharField(max_length=32, blank=True)
    error = models.TextField(blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = "outbound text"
        indexes = [
            models.Index(fields=["status", "next_attempt_at"]),
            models.Index(fields=["user", "kind", "created_at"]),
            models.Index(fields=["number", "kind", "created_at"]),
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} to {self.number} ({self.status})"
