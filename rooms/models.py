from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q

from rooms.mentions import Segment, body_segments

MESSAGE_MAX_LENGTH = 4000


class Room(models.Model):
    class Chattiness(models.TextChoices):
        SILENT = "silent", "Silent"
        MENTIONS = "mentions", "Only when mentioned"
        NORMAL = "normal", "Normal"
        LIVELY = "lively", "Lively"
        ALWAYS = "always", "Always answer (one-to-one chat)"

    name = models.CharField(max_length=80)
    slug = models.SlugField(max_length=100, unique=True)
    topic = models.CharField(
        max_length=200, blank=True, help_text="The room's theme, shown under its name."
    )
    is_private = models.BooleanField(
        default=False, help_text="Private rooms are visible to their members only."
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="rooms_created",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    ai_chattiness = models.CharField(
        "How chatty the personas are",
        max_length=16,
        choices=Chattiness.choices,
        default=Chattiness.NORMAL,
    )
    ai_daily_budget = models.PositiveIntegerField(
        "AI replies per day", default=200, help_text="When spent, the personas fall quiet."
    )
    seq = models.BigIntegerField(
        default=0,
        editable=False,
        help_text="The room's change counter: the seq given to the latest message change.",
    )

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Membership(models.Model):
    class Role(models.TextChoices):
        OWNER = "owner", "Owner"
        MODERATOR = "moderator", "Moderator"
        MEMBER = "member", "Member"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    room = models.ForeignKey(Room, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=16, choices=Role.choices, default=Role.MEMBER)
    joined_at = models.DateTimeField(auto_now_add=True)
    last_read_message = models.ForeignKey(
        "Message",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    is_present = models.BooleanField(
        default=False,
        editable=False,
        help_text="Whether the room was last told this member is online.",
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["room", "user"], name="membership_unique_room_user")
        ]

    def __str__(self) -> str:
        return f"{self.user} in {self.room} ({self.role})"

    @property
    def can_moderate(self) -> bool:
        return self.role in {self.Role.OWNER, self.Role.MODERATOR}


class Message(models.Model):
    class Kind(models.TextChoices):
        USER = "user", "Person"
        PERSONA = "persona", "AI persona"
        SYSTEM = "system", "System"

    # The composite (room, id) index below serves every room lookup, so no separate index.
    room = models.ForeignKey(
        Room, on_delete=models.CASCADE, related_name="messages", db_index=False
    )
    kind = models.CharField(max_length=16, choices=Kind.choices, default=Kind.USER)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="messages",
        help_text="The person who wrote it; empty for persona and system messages, "
        "and once the account is deleted.",
    )
    body = models.TextField(max_length=MESSAGE_MAX_LENGTH)
    client_id = models.UUIDField(
        null=True, blank=True, help_text="The sender's id for this send, for safe retries."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    edited_at = models.DateTimeField(null=True, blank=True)
    deleted_at = models.DateTimeField(null=True, blank=True)
    seq = models.BigIntegerField(
        editable=False,
        help_text="The room's change counter when this message last changed (created, edited "
        "or deleted): pages catch up on everything above the seq they have.",
    )
    mentions = models.ManyToManyField(
        settings.AUTH_USER_MODEL, blank=True, related_name="mentioned_in"
    )

    class Meta:
        ordering = ["id"]
        indexes = [models.Index(fields=["room", "id"], name="message_room_id_idx")]
        constraints = [
            models.UniqueConstraint(fields=["room", "seq"], name="message_unique_room_seq"),
            # A retried send (same author, same client_id) can never make a second row.
            models.UniqueConstraint(
                fields=["room", "author", "client_id"],
                name="message_unique_client_id",
                condition=Q(client_id__isnull=False),
            ),
        ]

    def __str__(self) -> str:
        return f"#{self.pk} in {self.room_id}: {self.body[:40]}"

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None

    @property
    def is_edited(self) -> bool:
        return self.edited_at is not None

    @property
    def segments(self) -> list[Segment]:
        """The body split into text and @mentions, for the message template."""
        return body_segments(self.body)


class RoomConnection(models.Model):
    """One open socket in a room: the record that presence is computed from.

    Rows of a process that died stop being refreshed and are swept once stale.
    """

    channel_name = models.CharField(max_length=200, unique=True)
    room = models.ForeignKey(Room, on_delete=models.CASCADE, related_name="connections")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="room_connections"
    )
    opened_at = models.DateTimeField(auto_now_add=True)
    last_seen = models.DateTimeField(db_index=True)

    class Meta:
        indexes = [models.Index(fields=["room", "user"], name="connection_room_user_idx")]

    def __str__(self) -> str:
        return f"{self.user} in {self.room} ({self.channel_name})"
