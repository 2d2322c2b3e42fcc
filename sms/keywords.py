"""The words a text can be instead of a message: the carriers' opt-out, opt-in and help
keywords (as Twilio and the CTIA handbook list them), and JOIN <room>. A keyword is the whole
text, in any case, with surrounding spaces and a final punctuation mark ignored."""

from __future__ import annotations

import re
from dataclasses import dataclass

STOP_WORDS = frozenset(
    {"STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "OPTOUT", "REVOKE"}
)
START_WORDS = frozenset({"START", "UNSTOP"})
# "yes" is also an opt-in, but only from a number that opted out: elsewhere it is a message.
START_WORDS_WHEN_STOPPED = START_WORDS | {"YES"}
HELP_WORDS = frozenset({"HELP", "INFO"})

_JOIN = re.compile(r"JOIN(?:\s+(\S*))?", re.IGNORECASE)
# Room slugs are letters, digits and dashes; people may write one with a leading #.
ROOM_NAME_MAX = 100


@dataclass(frozen=True)
class Command:
    kind: str  # "stop", "start", "help", "join"
    room: str = ""  # for "join": the room as written ('' when missing)


def command(body: str, *, stopped: bool = False) -> Command | None:
    """The keyword `body` is, or None for a message to post."""
    text = body.strip()
    word = text.rstrip(".!").upper()
    if word in STOP_WORDS:
        return Command("stop")
    if word in (START_WORDS_WHEN_STOPPED if stopped else START_WORDS):
        return Command("start")
    if word in HELP_WORDS:
        return Command("help")
    join = _JOIN.fullmatch(text)
    if join is not None:
        return Command("join", room=(join.group(1) or "").lstrip("#")[:ROOM_NAME_MAX])
    return None
