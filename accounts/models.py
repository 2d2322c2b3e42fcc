from __future__ import annotations

import zlib

from django.contrib.auth.models import AbstractUser
from django.db import models


class User(AbstractUser):
    """Salon's user: Django's own, swappable from the first migration so it can grow.

    An AI persona is backed by a user that cannot log in (`is_persona`), so its replies are
    messages like anyone's: same service, same partial, same history.
    """

    is_persona = models.BooleanField(default=False, editable=False)

    @property
    def avatar_hue(self) -> int:
        """A stable hue for this person's avatar, so everyone sees the same colour."""
        return zlib.crc32(self.username.encode()) % 360

    @property
    def initial(self) -> str:
        return self.username[:1].upper()
