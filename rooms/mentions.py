"""`@username` mentions: finding them in a body and splitting a body for rendering."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Django usernames are letters, digits and @ . + - _; a mention must not follow a word
# character (so "me@example.org" is an address, not a mention) and drops trailing punctuation.
MENTION = re.compile(r"(?<![\w@.+-])@([\w.@+-]*\w)")


@dataclass(frozen=True)
class Segment:
    text: str
    username: str | None = None


def mentioned_usernames(body: str) -> set[str]:
    return set(MENTION.findall(body))


def body_segments(body: str) -> list[Segment]:
    """The body as plain-text and mention segments, in order, for the message template."""
    segments: list[Segment] = []
    position = 0
    for match in MENTION.finditer(body):
        if match.start() > position:
            segments.append(Segment(body[position : match.start()]))
        segments.append(Segment(match.group(0), username=match.group(1)))
        position = match.end()
    if position < len(body):
        segments.append(Segment(body[position:]))
    return segments
