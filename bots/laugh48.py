"""A laugh put to a persona just after a person teased it: the tease is what it answers (laugh48).

"tom: bet ada would speedrun every puzzle game ever made", then "@lovelace 😂": rate47 S28 had
"Ha! What has amused you, Maya? Do share it." though what amused her was said a line before, of
Ada herself. Said to the room, such a tease already gets its light word back ("Ha! Quite fair,
Maya; my children said the same of my barnacles", "Guilty, Maya; I have been called worse in
the agora"); a laugh sent on to the persona asks for that word, so `teased` gives the tease as
the message to answer.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bots.addressing import _laugh_only, spoken_of

_MENTION = re.compile(r"@[\w.+-]+")
# (the laughing emoji VADER names: "face with tears of joy", "rolling on the floor laughing")
_LAUGHING = re.compile("[\U0001f602\U0001f923\U0001f606\U0001f605\U0001f639\U0001f62d]")
_LAUGH_WORD = re.compile(r"\b(?:lol|lmao|haha\w*|hehe\w*|xd)\b", re.IGNORECASE)


def teased(
    names: Sequence[str], message: str, history: Sequence, persona_names: Sequence[str]
) -> str:
    """The line before `message` when `message` (to the persona called `names`) is only a laugh
    and that line, a person's, speaks of the persona in the third person; "" otherwise."""
    if len(history) < 2 or not (_LAUGHING.search(message) or _LAUGH_WORD.search(message)):
        return ""
    if not _laugh_only(_LAUGHING.sub(" ", _MENTION.sub(" ", message))):
        return ""
    before = history[-2]
    if getattr(before, "own", False) or before.author in persona_names:
        return ""
    return before.text if spoken_of(before.text, names, persona_names) else ""
