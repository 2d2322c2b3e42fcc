"""A message body's `@username` mentions, found for looking up and for rendering.

A mention is shown as one only when it names a real account, a person or a persona: the
usernames a message's mentions named are looked up when it is written (`Message.mention_names`,
see `rooms.services`) and rendered then (`rooms.formatting`); `@nobody` stays plain text.

Every mention costs a look-up, rendering work and bytes, so a body gets at most
`MENTION_LIMIT` mentions, in order; whatever follows stays plain text.
"""

from __future__ import annotations

import re

# Django usernames are letters, digits and @ . + - _; a mention must not follow a word
# character (so "me@example.org" is an address, not a mention) and drops trailing punctuation.
MENTION = re.compile(r"(?<![\w@.+-])@([\w.@+-]*\w)")
MENTION_LIMIT = 20


def mentioned_usernames(body: str) -> set[str]:
    """The names written after @ that may be mentions (the first MENTION_LIMIT), as written:
    those of real accounts (in any case) are the mentions."""
    if "@" not in body:
        return set()
    return {match.group(1) for match in _mentions(body)}


def written_mentions(body: str) -> list[tuple[int, str]]:
    """Where each @name of the body starts, and the name as written (the first MENTION_LIMIT),
    whether or not it names an account."""
    if "@" not in body:
        return []
    return [(match.start(), match.group(1)) for match in _mentions(body)]


def _mentions(body: str) -> list[re.Match[str]]:
    matches = []
    for match in MENTION.finditer(body):
        matches.append(match)
        if len(matches) == MENTION_LIMIT:
            break
    return matches
