from __future__ import annotations

import zlib

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models.functions import Lower

from accounts.usernames import username_skeleton


class User(AbstractUser):
    """Salon's user: Django's own, swappable from the first migration so it can grow.

    An AI persona is backed by a user that cannot log in (`is_persona`), so its replies are
    messages like anyone's: same service, same partial, same history.
    """

    is_persona = models.BooleanField(default=False, editable=False)
    # What the username looks like (accounts.usernames), kept with it so that a look-alike of
    # an existing name is found by one indexed query.
    username_skeleton = models.TextField(default="", editable=False, db_index=True)

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
    def avatar_hue(self) -> int:
        """A stable hue for this person's avatar, so everyone sees the same colour."""
        return zlib.crc32(self.username.encode()) % 360

    @property
    def initial(self) -> str:
        return self.username[:1].upper()
