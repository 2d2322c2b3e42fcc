"""A message of one emoji of a thing, read as the thing's name (emoji48).

"@einstein 🎻" is a violin held up to the violinist, "@darwin 🐢" a tortoise to the man who rode
them; rate47 had both answered "Interesting, Maya ... What shall we wonder about together?", as
if nothing was said (S5, S42). `worded` gives such a message the thing's name, which the
persona then answers as it would the word said alone ("violin": the overtones of its string).

The names are VADER's emoji lexicon (`vaderSentiment/emoji_utf8_lexicon.txt`, the Unicode
names: "🎻 violin", "🐢 turtle", "🔭 telescope"), already read for the mood of a message
(`bots.valence`). Faces, hands, hearts and signs are not things held up but how something was
said ("😂", "👍", "❤️"): those messages are left as they are, for the readers of laughs and
thanks.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import vaderSentiment

# An emoji's name that says a feeling, a gesture or a sign, not a thing.
_NOT_A_THING = re.compile(
    r"face|hand|heart|person|\bman\b|woman|\bmen\b|women|sign|symbol|button|arrow|mark|keycap|"
    r"skin tone|finger|thumbs|gesture|kiss|couple|family|people|\bboy\b|\bgirl\b|baby|"
    r"\bok\b|square|circle|\bsmall\b|\blarge\b|clock|ideograph|letter|input|o['’]clock|"
    r"-thirty|\bsuit\b|speech|balloon|sparkle|collision|dizzy|sweat|zzz|hundred points|"
    r"anger|\bbomb\b|^(?:aries|taurus|gemini|cancer|leo|virgo|libra|scorpio|sagittarius|"
    r"capricorn|aquarius|pisces|ophiuchus)$",
    re.IGNORECASE,
)
# What may stand beside the emoji: an @mention, spaces, the joiners and selectors of emoji.
_MENTION = re.compile(r"@[\w.+-]+")
_JOINERS = re.compile("[\\s\u200d\ufe0e\ufe0f]+")
# (a quick look first: most messages hold no emoji at all, and a message with a letter or a
# digit beside its mentions and names is words)
_EMOJI = re.compile("[\u2600-\u27bf\U0001f000-\U0001faff]")
_WORDED = re.compile(r"[^\W_]", re.UNICODE)


# Unicode's names said as people say them ("🐢" is read a tortoise as often as a turtle).
_SAID_AS = {
    "turtle": "tortoise",
    "performing arts": "theatre",
    "wine glass": "wine",
    "test tube": "chemistry",
    "classical building": "ancient Athens",
    "dna": "DNA",
}


@cache
def _names() -> dict[str, str]:
    path = Path(vaderSentiment.__file__).with_name("emoji_utf8_lexicon.txt")
    names = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        emoji, _, name = line.partition("\t")
        if emoji and name and not _NOT_A_THING.search(name):
            names[_JOINERS.sub("", emoji)] = _SAID_AS.get(name, name)
    return names


def worded(message: str, names: tuple[str, ...] = ()) -> str:
    """The thing's name when `message` (past its @mentions and any of the persona `names`) is one
    emoji of a thing, said once or more ("🐢", "🎻🎻"); "" otherwise."""
    if not _EMOJI.search(message):
        return ""
    rest = _MENTION.sub(" ", message)
    for name in names:
        rest = re.sub(rf"\b{re.escape(name)}\b", " ", rest, flags=re.IGNORECASE)
    rest = _JOINERS.sub("", rest)
    if not rest or _WORDED.search(rest):
        return ""
    table = _names()
    found = set()
    at = 0
    while at < len(rest):
        # (the longest emoji the table knows at this place: a flag is two letters' worth)
        for size in (4, 3, 2, 1):
            if rest[at : at + size] in table:
                found.add(table[rest[at : at + size]])
                at += size
                break
        else:
            return ""
    return found.pop() if len(found) == 1 else ""
