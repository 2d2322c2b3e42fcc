from __future__ import annotations

import string

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models

from bots.engine import Voice
from bots.lexicon import labels
from bots.material import material_validate
from rooms.models import Message, Room

STYLE_LISTS = ("traits", "phrases", "topics", "takes", "fields", "crafts")
TAKE_PLACEHOLDERS = {"topic", "theme", "name"}


def style_validate(style: object) -> None:
    if not isinstance(style, dict):
        raise ValidationError("The style must be a JSON object.", code="style")
    for key in STYLE_LISTS:
        value = style.get(key, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValidationError(f"style.{key} must be a list of strings.", code="style")
    unknown_fields = set(style.get("fields", [])) - set(labels())
    if unknown_fields:
        raise ValidationError(
            f"style.fields: {sorted(unknown_fields)}: a field is one of {', '.join(labels())}.",
            code="style",
        )
    for take in style.get("takes", []):
        try:
            fields = {name for _, name, _, _ in string.Formatter().parse(take) if name}
        except ValueError as error:
            raise ValidationError(f"style.takes: {take!r}: {error}.", code="style") from None
        unknown = fields - TAKE_PLACEHOLDERS
        if unknown:
            raise ValidationError(
                f"style.takes: {take!r} uses {sorted(unknown)}; "
                "takes may use {topic}, {theme} and {name}.",
                code="style",
            )


class Persona(models.Model):
    """An AI character that lives in rooms and answers in its own voice."""

    slug = models.SlugField(unique=True, help_text="Also its @mention: @slug.")
    name = models.CharField(max_length=80)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="persona", editable=False
    )
    avatar = models.CharField(max_length=8, help_text="An emoji or up to two initials.")
    color_hue = models.PositiveSmallIntegerField(default=240, validators=[MaxValueValidator(359)])
    bio = models.CharField("One-line bio", max_length=200)
    system_prompt = models.TextField(help_text="Who the persona is, for a real model.")
    style = models.JSONField(
        default=dict,
        blank=True,
        validators=[style_validate],
        help_text="traits, phrases, topics and takes (lists of text), used by the offline "
        "engine and given to real models; topics name the persona's field.",
    )
    material = models.JSONField(
        default=list,
        blank=True,
        validators=[material_validate],
        help_text="What the offline engine answers with: sentences in the persona's voice, one "
        "per line, and openers for each kind of message (#hello, #thanks, #outside, ...).",
    )
    max_reply_chars = models.PositiveIntegerField("Longest reply (characters)", default=280)
    talkativeness = models.PositiveSmallIntegerField(
        default=50, validators=[MaxValueValidator(100)], help_text="0 (quiet) to 100 (chatty)."
    )
    model_override = models.CharField(
        max_length=100, blank=True, help_text="A model name for this persona instead of LLM_MODEL."
    )
    is_active = models.BooleanField(default=True)
    is_house_bot = models.BooleanField(
        default=False, help_text="The house bot answers /AIBot <question> in any room."
    )
    rooms = models.ManyToManyField(Room, through="RoomPersona", related_name="personas", blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def voice(self) -> Voice:
        """What the offline engine and the prompt need of this persona."""
        return Voice(
            slug=self.slug,
            name=self.name,
            max_reply_chars=self.max_reply_chars,
            is_house_bot=self.is_house_bot,
            style=self.style,
            material=tuple(self.material),
        )


class RoomPersona(models.Model):
    room = models.ForeignKey(Room, on_delete=models.CASCADE, related_name="room_personas")
    persona = models.ForeignKey(Persona, on_delete=models.CASCADE, related_name="room_personas")
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["room", "persona"], name="room_persona_unique")
        ]

    def __str__(self) -> str:
        return f"{self.persona} in {self.room}"


class BotTurn(models.Model):
    """One persona answering one message. Its unique row is the claim that makes every
    trigger answered exactly once, however many processes see it."""

    class Status(models.TextChoices):
        PENDING = "pending", "Pending"
        STREAMING = "streaming", "Streaming"
        DONE = "done", "Done"
        STOPPED = "stopped", "Stopped"
        SKIPPED = "skipped", "Skipped"
        FAILED = "failed", "Failed"

    # No index of its own: `bot_turn_under_way` leads with the room and serves every lookup
    # by room (a second one let the planner pick it and walk all the room's turns).
    room = models.ForeignKey(
        Room, on_delete=models.CASCADE, related_name="bot_turns", db_index=False
    )
    persona = models.ForeignKey(Persona, on_delete=models.CASCADE, related_name="turns")
    trigger = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="bot_turns")
    root = models.ForeignKey(
        Message,
        on_delete=models.CASCADE,
        related_name="+",
        help_text="The human message that started this chain of replies.",
    )
    hop = models.PositiveSmallIntegerField(default=0)
    unasked = models.BooleanField(
        default=False,
        help_text="Nobody asked the persona: it joins people talking among themselves.",
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.PENDING)
    provider = models.CharField(max_length=32, blank=True)
    reply = models.ForeignKey(
        Message, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    error = models.TextField(blank=True)
    stop_requested_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["trigger", "persona"], name="bot_turn_once")]
        indexes = [
            # Which personas are answering in a room now (`services._claim`, on every message
            # a persona may answer): a room keeps all the turns it ever had.
            models.Index(fields=["room", "status", "created_at"], name="bot_turn_under_way"),
        ]

    def __str__(self) -> str:
        return f"{self.persona} → message {self.trigger_id} ({self.status})"
