"""Who owns a question put to a live room (session 43, rate42): `bots.services` asks it."""

from __future__ import annotations

import random

from bots.context import asked_of_nobody
from bots.engine import speaks_to
from bots.policy import LIVELY, NORMAL, Candidate, RoomState


def owner(state: RoomState, body: str, *, seed: int) -> Candidate | None:
    """The one persona present whose material speaks to a question put to the room, when the
    plan left it unanswered only because that persona spoke last: in a lively room it answers;
    in a normal one as often as it is talkative; never where personas answer only when
    mentioned. None when several or none own it."""
    if state.chattiness not in (LIVELY, NORMAL) or not asked_of_nobody(body):
        return None
    owning = [
        c
        for c in state.present
        if not c.is_house_bot
        and c.talkativeness > 0
        and c.material
        and speaks_to(c.material, c.topics, body)
    ]
    if len(owning) != 1 or owning[0].slug != state.last_persona:
        return None
    chosen = owning[0]
    if state.chattiness == NORMAL and random.Random(seed * 7 + 1).randrange(100) >= (
        chosen.talkativeness
    ):
        return None
    return chosen
