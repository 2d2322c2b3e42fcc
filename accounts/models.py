from __future__ import annotations

import zlib

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models.functions import Lower

from accounts.usernames import username_skeleton

# The avatar colours a person may choose: hues at which the avatar's initial (CSS `.avatar`:
# hsl(hue 55% 30%) on hsl(hue 65% 90%)) keeps a contrast of at least 4.5:1 (WCAG AA).
AVATAR_COLOURS = [
    (0, "Red"),
    (30, "Orange"),
    (45, "Amber"),
    (120, "Green"),
    (165, "Teal"),
    (195, "Sky"),
    (220, "Blue"),
    (240, "Indigo"),
    (270, "Violet"),
    (300, "Plum"),
    (330, "Pink"),
]
DISPLAY_NAME_MAX_LENGTH = 50


class Theme(models.TextChoices):
    """How a person's pages look: as their system prefers (`prefers-color-scheme`), or always
    light, or always dark. Pages carry it as `<html data-theme>` from the first paint."""

    SYSTEM = "system", "System"
    LIGHT = "light", "Light"
    DARK = "dark", "Dark"


class User(AbstractUser):
    """Salon's user: Django's own, swappable from the first migration so it can grow.

    An AI persona is backed by a user that cannot log in (`is_persona`), so its replies are
    messages like anyone's: same service, same partial, same history.
    """

    is_persona = models.BooleanField(default=False, editable=False)
    # What the username looks like (accounts.usernames), kept with it so that a look-alike of
    # an existing name is found by one indexed query.
    username_skeleton = models.TextField(default="", editable=False, db_index=True)
    # How others see this person (accounts.profiles); empty: the username. `@` mentions, invites
    # and log-in keep using the username, which stays unique.
    display_name = models.CharField(max_length=DISPLAY_NAME_MAX_LENGTH, blank=True, default="")
    # A hue of AVATAR_COLOURS; none: one picked from the username.
    avatar_colour = models.PositiveSmallIntegerField(
        choices=AVATAR_COLOURS, null=True, blank=True, default=None
    )
    # Kept on the person, not the browser, so it follows them to every device they log in on.
    theme = models.CharField(max_length=6, choices=Theme.choices, default=Theme.SYSTEM)

    class Meta(AbstractUser.Meta):
        constraints = [
            models.UniqueConstraint(
                Lower("username"),
                name="accounts_user_username_lower_unique",
                violation_error_message="A user with that username already exists.",
            ),
        ]

    def save(self, *args, **kwargs) -> None:
        update_fields = kwargs.get("update_fields")
        if update_fields is None or "username" in update_fields:
            self.username_skeleton = username_skeleton(self.username)
            if update_fields is not None:
                kwargs["update_fields"] = {*update_fields, "username_skeleton"}
        super().save(*args, **kwargs)

    @property
    def shown_name(self) -> str:
        """The name others see: the display name, or the username without one."""
        return self.display_name or self.username

    @property
    def avatar_hue(self) -> int:
        """This person's avatar hue: the one they chose, or a stable one picked from their
        username, so everyone sees the same colour."""
        return self.username_hue if self.avatar_colour is None else self.avatar_colour

    @property
    def username_hue(self) -> int:
        """The hue of AVATAR_COLOURS picked from the username (the "automatic" colour)."""
        return AVATAR_COLOURS[zlib.crc32(self.username.encode()) % len(AVATAR_COLOURS)][0]

    @property
    def initial(self) -> str:
        return self.shown_name[:1].upper()


class ApiToken(models.Model):
    """A personal API token (`accounts.tokens`): its secret is shown once and kept only as a
    SHA-256 digest; `prefix` finds the row without comparing digests over the whole table."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(max_length=80, help_text="What the token is for, to tell it apart.")
    prefix = models.CharField(max_length=16, unique=True, editable=False)
    digest = models.CharField(max_length=64, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True, editable=False)
    revoked_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = "API token"

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None
