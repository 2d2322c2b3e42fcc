"""A per-process cache of who could answer in each room (its chattiness, its personas, the
house bot and the personas a mention could bring in), so that the runner sees without the
database that nobody answers a message.

Entries are dropped when a room, its personas or a persona change in this process (model
signals, see `BotsConfig.ready`), and expire after `SALON_PERSONA_CAST_TTL` seconds so that a
change saved by another process reaches this one too. Deciding who does answer always reads
the database afresh (`bots.services.turns_plan_for_human`): a stale entry can only delay a
persona's first answer after it was added, never make a removed one speak.
"""

from __future__ import annotations

import time
from functools import partial

from django.conf import settings
from django.db import transaction

from bots import policy

_casts: dict[int, tuple[float, policy.RoomState]] = {}


def get(room_id: int) -> policy.RoomState | None:
    entry = _casts.get(room_id)
    if entry is None or entry[0] < time.monotonic():
        return None
    return entry[1]


def put(room_id: int, state: policy.RoomState) -> None:
    _casts[room_id] = (time.monotonic() + settings.SALON_PERSONA_CAST_TTL, state)


def forget(room_id: int | None = None) -> None:
    """Drop one room's entry, or every room's (`None`: a persona itself changed)."""
    if room_id is None:
        _casts.clear()
    else:
        _casts.pop(room_id, None)


# Receivers (connected in `BotsConfig.ready`): drop entries once a change commits.


def room_changed(sender, instance, **kwargs) -> None:
    """A Room or a RoomPersona was saved or deleted."""
    room_id = instance.room_id if hasattr(instance, "room_id") else instance.pk
    transaction.on_commit(partial(forget, room_id))


def persona_changed(sender, instance, **kwargs) -> None:
    transaction.on_commit(forget)
