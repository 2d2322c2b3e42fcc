"""What a person may change about their own account: how others see them, and how their
pages look."""

from __future__ import annotations

import re
import unicodedata

from django.core.exceptions import ValidationError
from django.db import transaction

from accounts.models import AVATAR_COLOURS, DISPLAY_NAME_MAX_LENGTH, Theme, User
from accounts.usernames import name_looks, persona_lookalike

DISPLAY_NAME_ERRORS = {
    "too_long": "Keep your display name to %(limit)d characters (this one has %(length)d).",
    "control": "A display name cannot contain control or invisible formatting characters.",
    "lookalike": "This display name looks like someone else's username. Please choose another.",
    "persona": "This display name looks like one of the AI personas'. Please choose another.",
    "colour": "Choose one of the colours offered.",
}
THEME_ERROR = "Choose System, Light or Dark."
# Characters a name may not hold: controls (Cc), invisible formatting (Cf: bidi overrides,
# zero-width spaces) except the joiner that emoji sequences need, and line or paragraph breaks
# (tabs and newlines are controls: allowed only around the name, which is stripped).
_REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Co", "Cs", "Cn", "Zl", "Zp"})
_ALLOWED_FORMAT = frozenset({"\u200d"})  # ZERO WIDTH JOINER, inside emoji sequences
_SPACES = re.compile(r"\s+")


def display_name_clean(display_name: str, *, user: User) -> str:
    """The display name as stored: NFKC-normalised, stripped, runs of inner spaces made one;
    empty means "use the username". Raise ValidationError if it is too long, holds a control or
    invisible character, or looks like another person's username (in any case) or a persona's
    name or username."""
    name = unicodedata.normalize("NFKC", display_name).strip()
    for char in name:
        if char not in _ALLOWED_FORMAT and unicodedata.category(char) in _REFUSED_CATEGORIES:
            raise ValidationError(DISPLAY_NAME_ERRORS["control"], code="control")
    name = _SPACES.sub(" ", name)
    if len(name) > DISPLAY_NAME_MAX_LENGTH:
        raise ValidationError(
            DISPLAY_NAME_ERRORS["too_long"],
            code="too_long",
            params={"limit": DISPLAY_NAME_MAX_LENGTH, "length": len(name)},
        )
    if name and persona_lookalike(name):
        raise ValidationError(DISPLAY_NAME_ERRORS["persona"], code="persona")
    if name and (
        User.objects.filter(username_skeleton__in=name_looks(name)).exclude(pk=user.pk).exists()
    ):
        raise ValidationError(DISPLAY_NAME_ERRORS["lookalike"], code="lookalike")
    return name


def profile_update(*, user: User, display_name: str, avatar_colour: int | None, email: str) -> User:
    """Set how others see `user` (their display name, cleaned by `display_name_clean`, and
    avatar colour: a hue of AVATAR_COLOURS, or None for the one picked from the username) and
    where password-reset links go (`email`, already validated; the caller checks the password
    before an address changes). Messages rendered from now on show the new look
    (rooms.fragments keys on it)."""
    if avatar_colour is not None and avatar_colour not in dict(AVATAR_COLOURS):
        raise ValidationError({"avatar_colour": DISPLAY_NAME_ERRORS["colour"]}, code="colour")
    try:
        user.display_name = display_name_clean(display_name, user=user)
    except ValidationError as error:
        raise ValidationError({"display_name": error}) from None
    user.avatar_colour = avatar_colour
    user.email = User.objects.normalize_email(email)
    with transaction.atomic():
        user.save(update_fields=["display_name", "avatar_colour", "email"])
    return user


def theme_set(*, user: User, theme: str) -> User:
    """Remember how `user`'s pages look (a `Theme` value), on every device from their next
    page on. Raise ValidationError for anything else."""
    if theme not in Theme.values:
        raise ValidationError({"theme": THEME_ERROR}, code="theme")
    user.theme = theme
    user.save(update_fields=["theme"])
    return user
