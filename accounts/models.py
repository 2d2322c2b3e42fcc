from __future__ import annotations

import zlib

from django.contrib.auth.models import AbstractUser


class User(AbstractUser):
    """Salon's user: Django's own, swappable from the first migration so it can grow."""

    @property
    def avatar_hue(self) -> int:
        """A stable hue for this person's avatar, so everyone sees the same colour."""
        return zlib.crc32(self.username.encode()) % 360

    @property
    def initial(self) -> str:
        return self.username[:1].upper()
