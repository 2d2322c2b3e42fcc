"""Plain, stable facts asked with chat around them (house42), for the house bot and the personas.

easy39 (bots/easy.py) answers "what's the capital of australia" when the question is the whole
message. People ask with their business after it: "what's the capital of australia, me and my
brother are arguing", "capital of brazil? my kid says rio", "whats the capital of japan again lol
we're doing a quiz". `fact(text)` reads each clause of the message as a question of its own, and
adds a few more facts that never change and anyone would expect a house bot to know: the
continents, the planets in order, the tallest mountain, the biggest ocean, and the two UN members
the capitals table leaves out. Only what is sure is said; a capital of the past ("what was the
capital of germany, before reunification") is no fact here, and keeps its reply."""

from __future__ import annotations

import re
from functools import lru_cache

from bots.easy import TAIL
from bots.easy import fact as easy_fact

# The chat that rides along: a clause ends at punctuation, or at a filler before more words
# ("again lol we're doing a quiz").
CLAUSE_END = re.compile(r"\s*(?:[,;:!?]+|\.+\s|\s[-–—]\s|\s(?:lol|lmao|haha|btw|tbh)\b)\s*")
# A time other than now, anywhere in the message: a capital or a count of the past.
NOT_NOW = re.compile(
    r"\b(?:was|were|used to|former|formerly|ancient|originally|historically|once|back then|"
    r"in \d{3,4}|in the \d{2,4}s|\d{3,4}s|century|centuries|empire|medieval|roman|during|"
    r"before (?:the|it|\d)|after (?:the|it|\d)|until (?:the|\d)|under the|tsars?|"
    r"reunification|independence|colonial|the war|ww[12i]+)\b"
)
# A clause that puts the question in another time: "..., before reunification".
THEN = re.compile(r"(?:before|after|until|prior to|during|pre|post|back in|in the)\b(?! my\b)")
# A question of the tables asked again of something else: "the tallest mountain in scotland",
# "the biggest ocean animal". Each pattern is read to the end of its clause (fillers aside).
WHAT = (
    r"^(?:so |ok |okay |quick q:? |quick question:? |hey |also )?"
    r"(?:what|whats|what's|what is|which|which is|name)(?: are)? (?:the )?"
)
IN_WORLD = r"(?: (?:in|on) (?:the )?(?:world|earth|planet))?"
SUN = r"(?:the )?sun"
SOLAR = r"(?: (?:in|of) (?:the |our )?solar system)?"
EVEREST = (
    "Mount Everest, 8,849 metres (29,032 feet) above sea level, on the border of Nepal and China."
)
PLANETS = (
    "Eight, in order from the Sun: Mercury, Venus, Earth, Mars, Jupiter, Saturn, Uranus and "
    "Neptune. Pluto has been called a dwarf planet since 2006."
)
PLANETS_ORDER = (
    "In order from the Sun: Mercury, Venus, Earth, Mars, Jupiter, Saturn, Uranus and Neptune. "
    "Pluto has been called a dwarf planet since 2006."
)
CONTINENTS = (
    "Seven, as they're usually counted in English: Africa, Antarctica, Asia, Australia (or "
    "Oceania), Europe, North America and South America."
)
STABLE: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile("(?:" + pattern + ")" + TAIL), answer)
    for pattern, answer in (
        (
            r"^(?:so |ok |hey )?how many continents (?:are there|is there|does the world have|"
            r"are there in the world)" + IN_WORLD,
            CONTINENTS,
        ),
        (WHAT + r"(?:seven )?continents" + IN_WORLD, CONTINENTS),
        (WHAT + r"(?:biggest|largest) continent" + IN_WORLD, "Asia, by area and by people."),
        (WHAT + r"smallest continent" + IN_WORLD, "Australia (with Oceania)."),
        (
            r"^(?:so |ok |hey )?how many planets (?:are there|is there|does the sun have)?" + SOLAR,
            PLANETS,
        ),
        (
            r"^(?:what(?:'s| is)? )?(?:the )?(?:order of the planets|planets in order)"
            + SOLAR
            + r"(?: from the sun)?",
            PLANETS_ORDER,
        ),
        (WHAT + r"planets?" + SOLAR + r" in order(?: from the sun)?", PLANETS_ORDER),
        (
            WHAT + rf"(?:planet (?:is )?)?(?:closest|nearest) (?:planet )?to {SUN}",
            "Mercury is the planet closest to the Sun.",
        ),
        (
            WHAT + rf"(?:planet (?:is )?)?(?:furthest|farthest) (?:planet )?from {SUN}",
            "Neptune is the planet furthest from the Sun.",
        ),
        (
            WHAT + r"(?:biggest|largest) planet" + SOLAR + r"|" + WHAT + r"planet is (?:the )?"
            r"(?:biggest|largest)" + SOLAR,
            "Jupiter is the largest planet, more than eleven times as wide as Earth.",
        ),
        (
            WHAT
            + r"smallest planet"
            + SOLAR
            + r"|"
            + WHAT
            + r"planet is (?:the )?smallest"
            + SOLAR,
            "Mercury is the smallest planet.",
        ),
        (
            WHAT + r"hottest planet" + SOLAR + r"|" + WHAT + r"planet is (?:the )?hottest" + SOLAR,
            "Venus is the hottest planet: its thick air traps the heat, so it's hotter than "
            "Mercury.",
        ),
        (WHAT + r"planet is (?:called )?the red planet", "Mars is the red planet."),
        (
            WHAT
            + r"(?:tallest|highest|biggest) mountain"
            + IN_WORLD
            + r"|^(?:what|which) mountain is (?:the )?(?:tallest|highest)"
            + IN_WORLD,
            EVEREST,
        ),
        (
            WHAT + r"(?:biggest|largest) ocean" + IN_WORLD,
            "The Pacific is the largest ocean, bigger than all the land on Earth put together.",
        ),
        (WHAT + r"smallest ocean" + IN_WORLD, "The Arctic Ocean is the smallest."),
        (
            r"^(?:so |ok |hey )?how many oceans (?:are there|is there)" + IN_WORLD,
            "Five: the Pacific, Atlantic, Indian, Southern and Arctic oceans.",
        ),
        (
            WHAT + r"(?:biggest|largest) country" + IN_WORLD + r"(?: by (?:area|size))?",
            "Russia is the largest country by area.",
        ),
        (
            WHAT + r"smallest country" + IN_WORLD + r"(?: by (?:area|size))?",
            "Vatican City is the smallest country, at less than half a square kilometre.",
        ),
        (
            WHAT + r"speed of light(?: in (?:a )?vacuum)?(?: in (?:km/s|kilometres per second|"
            r"kilometers per second|miles per second|mph|km/h))?",
            "About 299,792 kilometres a second in a vacuum (299,792.458 exactly), or about "
            "186,282 miles a second.",
        ),
        (
            r"^(?:so |ok |hey )?how many bones (?:are there |are )?in (?:the |a |an )?(?:adult )?"
            r"(?:human )?body",
            "An adult has 206 bones; a newborn baby has nearer 300, and some fuse as it grows.",
        ),
    )
)
# The two UN members the capitals table leaves out, said as they stand.
CAPITAL_OF = re.compile(
    r"^(?:(?:what|whats|what's|what is|which|do you know|tell me|name|know)\b[^?!.]{0,25}?)?"
    r"(?:the )?capital(?: city)? of (?P<of>israel|nauru)" + TAIL
)
MORE_CAPITALS = {
    "israel": "Israel names Jerusalem as its capital, though most countries keep their "
    "embassies in Tel Aviv.",
    "nauru": "Nauru has no official capital; its government sits in the district of Yaren.",
}


def _said(text: str) -> str:
    return " ".join(re.sub(r"@\w+", " ", text).lower().replace("’", "'").split())


def clauses(said: str) -> list[str]:
    """The clauses of `said`, each as a question of its own ("capital of brazil", "my kid says
    rio")."""
    return [part.strip() for part in CLAUSE_END.split(said) if part.strip()]


def _stable(clause: str) -> str | None:
    if asked := CAPITAL_OF.search(clause):
        return MORE_CAPITALS[asked.group("of")]
    for asked_fact, answer in STABLE:
        if asked_fact.search(clause):
            return answer
    return None


@lru_cache(maxsize=512)
def fact(text: str) -> str | None:
    """The plain, stable fact `text` asks, in its whole or in a clause of it, or None."""
    said = _said(text)
    if found := easy_fact(said) or _stable(said):
        return found
    if NOT_NOW.search(said):
        return None
    parts = clauses(said)
    if any(THEN.match(part) for part in parts):
        return None  # "whats the capital of germany, before reunification"
    for clause in parts:
        if found := easy_fact(clause) or _stable(clause):
            return found
    return None
