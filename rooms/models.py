from __future__ import annotations

from datetime import UTC, datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe

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
    ai_join_on_mention = models.BooleanField(
        "Personas join when mentioned",
        default=True,
        help_text="@name of a persona that is not in the room brings it in to answer.",
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
    muted_until = models.DateTimeField(
        null=True,
        blank=True,
        editable=False,
        help_text="Until when a moderator muted this member: they read, but cannot post.",
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

    @staticmethod
    def role_rank(role: str) -> int:
        """Who outranks whom: owners (0), then moderators (1), then members (2)."""
        return {"owner": 0, "moderator": 1}.get(role, 2)

    @property
    def is_muted(self) -> bool:
        return self.muted_at(timezone.now()) is not None

    def muted_at(self, now: datetime) -> datetime | None:
        """When this member's mute ends, if they are muted at `now`."""
        until = self.muted_until
        return until if until is not None and until > now else None

    def clean(self) -> None:
        # Staff adding someone in the admin is an invitation too: a ban stands until lifted.
        banned = Sanction.objects.filter(
            room_id=self.room_id, user_id=self.user_id, kind=Sanction.Kind.BAN
        )
        if self.room_id and self.user_id and self._state.adding and banned.exists():
            raise ValidationError(
                "This person is banned from the room: lift the ban before adding them.",
                code="banned",
            )


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
    mention_names = models.JSONField(
        default=list,
        blank=True,
        editable=False,
        help_text="The usernames its @mentions named when it was written or last edited (people "
        "and personas): only these show as mentions.",
    )
    reply_to = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="replies",
        help_text="The message this one answers (in the same room).",
    )
    reply_author = models.CharField(
        max_length=150,
        blank=True,
        editable=False,
        help_text="Who wrote the message it answers, as shown when the reply was written; "
        "empty when it is not a reply.",
    )
    reply_excerpt = models.CharField(
        max_length=200,
        blank=True,
        editable=False,
        help_text="The first line of the message it answers, when the reply was written; "
        "emptied when that message is deleted.",
    )
    body_html = models.TextField(
        blank=True,
        default="",
        editable=False,
        help_text="The body rendered (Markdown subset, mentions, links) and sanitised when it "
        "was written or last edited (rooms.formatting): what every reader is shown.",
    )
    reactions = models.JSONField(
        default=list,
        blank=True,
        editable=False,
        help_text="Its reactions as shown, one entry per emoji (count, who), kept from the "
        "Reaction rows whenever one changes (rooms.reactions).",
    )
    attachments = models.JSONField(
        default=list,
        blank=True,
        editable=False,
        help_text="Its attachments as shown (token, kind, name, size, image sizes), written with "
        "the message from its Attachment rows and emptied when it is deleted.",
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
    def body_markup(self) -> SafeString:
        """The stored HTML of the body, for the message template: nh3 sanitised it when it
        was written (`rooms.formatting.body_html`)."""
        return mark_safe(self.body_html)

    # When it was written and edited, as the message template shows them (in UTC, as its
    # titles say). The same text as Django's date filters, at a twentieth of their cost: the
    # filters were a fifth of the time to render a message, which every new message pays.
    @property
    def created_iso(self) -> str:
        return self.created_at.astimezone(UTC).isoformat()

    @property
    def created_title(self) -> str:
        return self.created_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M")

    @property
    def created_clock(self) -> str:
        return self.created_at.astimezone(UTC).strftime("%H:%M")

    @property
    def edited_title(self) -> str:
        return self.edited_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M") if self.edited_at else ""


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


# Moderation --------------------------------------------------------------------------------


class Sanction(models.Model):
    """A ban or a mute of a person in a room, kept whatever happens to their membership: a
    banned person cannot join or be added until unbanned, and a muted one who leaves and
    joins again is still muted. `Membership.muted_until` mirrors an active mute for the
    posting path, which reads no other row."""

    class Kind(models.TextChoices):
        BAN = "ban", "Ban"
        MUTE = "mute", "Mute"

    room = models.ForeignKey(Room, on_delete=models.CASCADE, related_name="sanctions")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="sanctions"
    )
    kind = models.CharField(max_length=8, choices=Kind.choices)
    until = models.DateTimeField(
        null=True, blank=True, help_text="When a mute ends; empty for a ban (until lifted)."
    )
    reason = models.CharField(max_length=200, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["room", "user", "kind"], name="sanction_unique_room_user_kind"
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} of {self.user} in {self.room}"


class MessageReport(models.Model):
    """A member's report of a message to the room's moderators (and staff). Who reported it
    is shown to staff only: never to the reported, nor in the room."""

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        RESOLVED = "resolved", "Resolved"
        DISMISSED = "dismissed", "Dismissed"

    room = models.ForeignKey(Room, on_delete=models.CASCADE, related_name="reports")
    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="reports")
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reports_made"
    )
    reason = models.CharField(max_length=200)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.OPEN)
    created_at = models.DateTimeField(auto_now_add=True)
    handled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    handled_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            # One report per person and message: reporting again changes nothing.
            models.UniqueConstraint(
                fields=["message", "reporter"], name="report_unique_message_reporter"
            )
        ]
        indexes = [models.Index(fields=["room", "status"], name="report_room_status_idx")]

    def __str__(self) -> str:
        return f"Report #{self.pk} of message {self.message_id} ({self.status})"


class ModerationAction(models.Model):
    """The audit log: one row per moderation action, kept when the people or the room go
    (their names stay in `room_name` and `detail`)."""

    class Kind(models.TextChoices):
        MUTE = "mute", "Muted"
        UNMUTE = "unmute", "Unmuted"
        KICK = "kick", "Removed from the room"
        BAN = "ban", "Banned"
        UNBAN = "unban", "Unbanned"
        PROMOTE = "promote", "Made moderator"
        DEMOTE = "demote", "Made member"
        TRANSFER = "transfer", "Made owner"
        MESSAGE_DELETE = "message_delete", "Deleted a message"
        REPORT_RESOLVE = "report_resolve", "Resolved a report"
        REPORT_DISMISS = "report_dismiss", "Dismissed a report"
        ROOM_CLOSE = "room_close", "Closed the room"

    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    room = models.ForeignKey(
        Room, on_delete=models.SET_NULL, null=True, blank=True, related_name="moderation_log"
    )
    room_name = models.CharField(max_length=80)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="Who did it; empty once the account is deleted.",
    )
    kind = models.CharField(max_length=16, choices=Kind.choices)
    target = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text="Whom it was done to, if anyone.",
    )
    detail = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        whom = f" {self.target}" if self.target_id else ""
        return f"{self.actor}: {self.get_kind_display().lower()}{whom} in {self.room_name}"


# Invites -----------------------------------------------------------------------------------


class Invite(models.Model):
    """A way into a private room, made by one of its owners or moderators: for one person
    (by username; it waits in their lobby) or for anyone holding the link. The token is the
    only thing that reveals the room: an invite that is revoked, expired or used up answers
    exactly like one that never existed."""

    room = models.ForeignKey(Room, on_delete=models.CASCADE, related_name="invites")
    token = models.CharField(max_length=64, unique=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    invitee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="invites_received",
        help_text="The person it is for; empty for a link anyone may use.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    expires_at = models.DateTimeField()
    max_uses = models.PositiveIntegerField(
        null=True, blank=True, help_text="How many people may join by it; empty for any number."
    )
    uses = models.PositiveIntegerField(default=0, editable=False)
    revoked_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["invitee", "revoked_at"], name="invite_invitee_idx")]

    def __str__(self) -> str:
        whom = f"for {self.invitee}" if self.invitee_id else "link"
        return f"Invite to {self.room} ({whom})"

    def is_open_at(self, now: datetime) -> bool:
        """Whether someone may still join by it at `now`."""
        return (
            self.revoked_at is None
            and self.expires_at > now
            and (self.max_uses is None or self.uses < self.max_uses)
        )


# Direct messages ---------------------------------------------------------------------------


class DirectChat(models.Model):
    """The one private room two people write to each other in: the pair is stored in id
    order, so a unique constraint keeps it to one room per pair whoever opens it first."""

    room = models.OneToOneField(Room, on_delete=models.CASCADE, related_name="direct_chat")
    user_low = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    user_high = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user_low", "user_high"], name="direct_chat_unique_pair"
            ),
            models.CheckConstraint(
                condition=Q(user_low__lt=models.F("user_high")), name="direct_chat_pair_in_order"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user_low} and {self.user_high}"

    def other(self, user_id: int):
        """The person in this chat who is not `user_id`."""
        return self.user_high if self.user_low_id == user_id else self.user_low


class Block(models.Model):
    """`blocker` does not want direct messages from `blocked`: while it stands, neither can
    open a direct chat with the other, and `blocked` is out of the one they had."""

    blocker = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="blocks"
    )
    blocked = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["blocker", "blocked"], name="block_unique_pair")
        ]

    def __str__(self) -> str:
        return f"{self.blocker} blocks {self.blocked}"


class Reaction(models.Model):
    """A person's emoji on a message: one row per person and emoji (a second click removes it)."""

    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="reaction_rows")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="reactions"
    )
    emoji = models.CharField(max_length=32)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["message", "user", "emoji"], name="reaction_unique_per_person"
            )
        ]

    def __str__(self) -> str:
        return f"{self.emoji} by {self.user_id} on #{self.message_id}"


# An image attachment shows as a thumbnail of at most this size, in CSS pixels.
SHOWN_BOX = (320, 240)


class Attachment(models.Model):
    """A file or image attached to a message (rooms.attachments). Uploaded first (no message
    yet), then claimed by the send that carries its token. Served only through
    `rooms.attachment_views`, to those who may read its room, and refused once its message is
    deleted (its bytes are removed from storage then)."""

    class Kind(models.TextChoices):
        IMAGE = "image", "Image"
        FILE = "file", "File"

    token = models.CharField(max_length=32, unique=True, editable=False)
    room = models.ForeignKey(Room, on_delete=models.CASCADE, related_name="attachments")
    uploader = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="attachments",
    )
    message = models.ForeignKey(
        Message,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="attachment_rows",
        help_text="The message it was sent with; empty while it waits to be sent.",
    )
    kind = models.CharField(max_length=8, choices=Kind.choices)
    name = models.CharField(max_length=200, help_text="The file's name, as shown and downloaded.")
    content_type = models.CharField(max_length=100)
    size = models.PositiveBigIntegerField(help_text="Bytes stored (after EXIF was stripped).")
    file = models.FileField(max_length=300)
    thumbnail = models.FileField(max_length=300, blank=True)
    width = models.PositiveIntegerField(null=True, blank=True)
    height = models.PositiveIntegerField(null=True, blank=True)
    thumb_width = models.PositiveIntegerField(null=True, blank=True)
    thumb_height = models.PositiveIntegerField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    removed_at = models.DateTimeField(
        null=True, blank=True, help_text="When its message was deleted and its bytes removed."
    )

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.name} ({self.kind}) in {self.room_id}"

    def card(self) -> dict[str, object]:
        """What the message partial shows of it (kept in Message.attachments)."""
        card: dict[str, object] = {
            "token": self.token,
            "kind": self.kind,
            "name": self.name,
            "size": self.size,
        }
        if self.kind == self.Kind.IMAGE and self.thumb_width and self.thumb_height:
            # Shown at most SHOWN_BOX, never larger than the thumbnail: the page keeps its
            # place while the image loads.
            scale = min(1, SHOWN_BOX[0] / self.thumb_width, SHOWN_BOX[1] / self.thumb_height)
            card.update(
                width=self.width,
                height=self.height,
                shown_width=max(1, round(self.thumb_width * scale)),
                shown_height=max(1, round(self.thumb_height * scale)),
            )
        return card
