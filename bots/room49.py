"""Live rooms (session 49): who a message speaks to by name, and what a persona says there.

`bid`: "shakespeare give us a line for the toast", "curie help me with this": a name opening a
sentence, then a request in the imperative, speaks to that persona (rate48 had read it as said
of it, and nobody answered).

`own_dispute`: "einstein settle it, leo says mars has two moons": a claim put in the message
itself, which is what it asks to be settled, never an earlier question of the room's.

`weak_unasked`: a reply a persona would say unasked that a polite guest keeps to itself: a
bare greeting to news told, a way of settling a quarrel, a side taken, a "tell me more".

`misread_side`: a side taken on an earlier claim of the room's, not the one the message puts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bots.fold import folded
from bots.material import terms
from bots.room44 import on_point
from bots.sense import GENERIC_TERMS

# A request in the imperative, just after the name that opens a sentence: "give us a line",
# "write me a toast", "pick one", "help me" (not "shakespeare wrote ...", "darwin gives me
# hope": a verb that says what it did or does is no request).
_BID = folded(
    r"\s*[,:]?\s*(?:pls |please |plz |quickly |quick )?"
    r"(?:give|gimme|write|make|name|pick|choose|recommend|suggest|sing|show|teach|describe|"
    r"compose|rate|roast|translate|check|decide|solve|find|list|draft|invent|say|guess|share|"
    r"help|work out|figure out|break down|sum up|remind|walk|talk|drop|spit|cook up|come up)"
    r"\b(?!\s+(?:him|her|them|his|their)\b)",
    re.IGNORECASE,
)
# What may come before the name at a sentence's start: "ok shakespeare", "hey ada", "so curie".
_OPENING = re.compile(
    r"\W*(?:(?:ok|okay|hey|hi|yo|oi|so|right|alright|well|lol|haha|pls|please|and|but|oh|"
    r"then|now|quick)\W+){0,3}",
    re.IGNORECASE,
)
_SENTENCES = re.compile(r"[.!?]\s")


def bid(body: str, names: Iterable[str]) -> bool:
    """Whether `body` opens a sentence with one of `names` (lowercase) and then asks it, in the
    imperative, to do something: spoken to, not of."""
    lowered = body.lower()
    for name in names:
        if not name or name not in lowered:
            continue
        for found in re.finditer(rf"(?<![\w@]){re.escape(name)}\b", lowered):
            before = _SENTENCES.split(lowered[max(0, found.start() - 60) : found.start()])[-1]
            if _OPENING.fullmatch(before) and _BID.match(lowered, found.end()):
                return True
    return False


# A claim put by someone in the message itself: "leo says mars has two moons", "kev reckons
# like 200 km/h", "priya thinks the fridge kills the yeast" (two words or more of it).
_CLAIM = folded(
    r"\b(?<!\byou )(?<!\bu )(?<!\bi )(?<!\bwe )(?<!\bya )"
    # (what "people say" is a saying, asked of as one: not a side to take)
    r"(?<!\bpeople )(?<!\bthey )(?<!\beveryone )(?<!\bsomeone )(?<!\bfolks )(?<!\bsome )"
    r"(?:says?|said|thinks?|reckons?|claims?|insists?|swears?|believes?)\s+"
    # (not words passed on: "the sopranos say hi", "mum says thanks")
    r"(?!to\b|hi\b|hello\b|hey\b|hiya\b|thanks\b|thank you\b|bye\b|goodnight\b|good night\b)"
    r"(?:that\s+)?"
    r"[\w'/.%-]+(?:\s+[\w'/.%-]+)+",
    re.IGNORECASE,
)


def own_dispute(message: str) -> bool:
    """Whether `message` puts a claim of its own to be judged, not only "settle this"."""
    return len(message) < 400 and bool(_CLAIM.search(message))


# The tags of the lines a persona keeps to itself unasked: a bare greeting, a way to settle a
# quarrel, a side taken, an ask for more (`engine._said_as`).
WEAK_TAGS = ("hello", "settle", "sides", "with", "more")


def weak_unasked(message: str, reply: str, tagged_as) -> bool:
    """Whether `reply`, about to be said unasked to `message`, is one a polite guest keeps to
    itself: a line of `WEAK_TAGS` (`tagged_as(tags)` says whether it is one), a greeting only
    when the message told more than a greeting ("morning all, my starter finally doubled!!":
    rate48 had Curie's "Hello, Priya. I am glad of a pause in the day's measurements")."""
    if tagged_as(WEAK_TAGS[1:]):
        return True
    return tagged_as(WEAK_TAGS[:1]) and len(_content(message)) >= 2


def _content(text: str) -> set[str]:
    return {t for t in terms(text) if t not in GENERIC_TERMS and t not in _GREETING}


_GREETING = frozenset(
    ["morning", "mornin", "evening", "afternoon", "hello", "hiya", "hey", "all", "everyone"]
)


_SIDE_TAKEN = re.compile(r"\bI (?:side with|lean to|am with|stand with)\b", re.IGNORECASE)


def misread_side(message: str, reply: str, tagged_as, earlier: Iterable[str]) -> bool:
    """Whether `reply` takes a side on a claim other than the one `message` puts to it
    ("kev reckons like 200 km/h": "Kev says the penalty was soft. I think Kev is right", an
    earlier line of Kev's): a side taken (`tagged_as(("with",))`, "I side with") that meets
    the message on fewer than two of its words and one of the room's `earlier` lines on two."""
    if not own_dispute(message) or on_point(message, reply):
        return False
    if not (_SIDE_TAKEN.search(reply) or tagged_as(("with",))):
        return False
    return any(on_point(line, reply) for line in earlier)
