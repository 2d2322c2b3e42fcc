"""Salon's offline engine: short, in-character replies with no model at all.

A reply is built from the persona's own material (its phrases and its "takes", templates in
its voice) around the topic of the message, leaning to the room's theme. It is deterministic
for a given seed, so tests and demos reproduce, and it never repeats the persona's previous
reply in the room.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field

WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")
# Words, and the punctuation that ends a phrase.
TOKEN = re.compile(r"[A-Za-z][A-Za-z'-]+|[.,;:!?()\[\]\"]")
STOPWORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each else even ever
    every few for from further get gets got had has have having he her here hers herself him
    himself his how i if in into is it its itself just know let like lot make many me might
    more most much must my myself need no nor not now of off often on once only or other ought
    our ours ourselves out over own really right same say says she should so some such tell
    than thank thanks that the their theirs them themselves then there these they thing things
    think this those though through to too under until up us very want was way we well were
    what when where which while who whom why will with would yes yet you your yours yourself
    yourselves hello hi hey okay ok please today tonight anyone everyone someone something
    good evening morning afternoon night folks guys friends welcome back next last week
    weeks year years day days ever never real kind sort other another
    """.split()  # noqa: SIM905 (a word list reads better as text)
)

# The house bot's answers, by intent. Keywords are matched as whole words, lower-cased.
HOUSE_INTENTS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    (
        "websocket",
        ("websocket", "websockets", "ws", "socket", "sockets", "realtime", "real-time"),
        (
            "A WebSocket is one long-lived, two-way connection: the server can push to you "
            "without being asked. This room uses one; Django Channels routes it to a consumer.",
            "WebSockets upgrade an HTTP request into a persistent duplex channel, so messages "
            "flow both ways with no polling. Keep frames small and make sends idempotent.",
        ),
    ),
    (
        "async",
        ("async", "asyncio", "await", "coroutine", "coroutines", "concurrency", "concurrent"),
        (
            "async/await lets one thread juggle many waits: while one task waits on the "
            "network, the event loop runs another. Never block the loop with slow sync calls.",
            "In Python, `async def` makes a coroutine and `await` yields to the event loop "
            "until the result is ready. asyncio.gather runs several at once.",
        ),
    ),
    (
        "event-driven",
        ("event-driven", "event", "events", "pubsub", "pub/sub", "publish", "subscribe", "queue"),
        (
            "Event-driven design means components react to events instead of calling each "
            "other: here, a saved message is published to the room's group and every socket "
            "reacts.",
            "In an event-driven system producers emit events and consumers subscribe. It "
            "decouples parts, but make handlers idempotent: events can arrive twice.",
        ),
    ),
    (
        "database",
        ("database", "databases", "sql", "postgres", "postgresql", "sqlite", "orm", "index"),
        (
            "A database keeps the record: write first, then tell others. Index what you "
            "filter and sort by, and page with a keyset (WHERE id < ?) rather than OFFSET.",
            "Relational databases give you transactions and constraints; let a unique "
            "constraint, not a check in code, stop duplicates under concurrency.",
        ),
    ),
    (
        "python",
        ("python", "pip", "django", "pythonic", "py"),
        (
            "Python is a readable, batteries-included language: great for web back ends "
            "(Django), data work and scripting. Start with the official tutorial at python.org.",
            "Python favours clarity: indentation is syntax, and there is usually one obvious "
            "way to do it. `python -m venv .venv` gives each project its own packages.",
        ),
    ),
)
HOUSE_DEFAULT = (
    "Happy to help! Ask me with /AIBot followed by a question, e.g. about Python, async "
    "code, WebSockets, event-driven design or databases.",
    "I'm the house bot. I know a little about Python, async, WebSockets, event-driven "
    "systems and databases: ask away with /AIBot <question>.",
)


@dataclass(frozen=True)
class Voice:
    """What the engine needs of a persona."""

    slug: str
    name: str
    max_reply_chars: int = 280
    is_house_bot: bool = False
    style: dict = field(default_factory=dict)


def words(text: str) -> list[str]:
    return WORD.findall(text)


def topic_of(
    message: str, theme: str, known: list[str], ignore: tuple[str, ...] = ()
) -> tuple[str, bool]:
    """The subject to talk about and whether it came from the room's theme rather than the
    message: a topic the persona knows if the message names one, else the message's most
    telling words, else the theme. Words in `ignore` (the personas' names) are no subject."""
    ignored = {word.lower() for name in ignore for word in words(name)}
    message = re.sub(r"@[\w.+-]+", ",", message)
    lowered = message.lower()
    for topic in known:
        if re.search(rf"\b{re.escape(topic.lower())}\b", lowered):
            return topic, False
    # Runs of neighbouring content words ("black holes"); the longest run is usually the
    # most specific subject; ties go to the first.
    runs: list[list[str]] = [[]]
    for word in TOKEN.findall(message):
        lower = word.lower()
        if lower in STOPWORDS or lower in ignored or len(word) <= 2:
            runs.append([])
        else:
            runs[-1].append(word)
    phrases = [" ".join(run[-3:]) for run in runs if run]
    if phrases:
        # Prefer phrases of more words, then longer ones; a question's last phrase is often
        # its subject ("should we colonise planets?"), so it wins near-ties.
        last = len(phrases) - 1
        scored = [
            (p.count(" "), len(p) + (3 if i == last else 0), p) for i, p in enumerate(phrases)
        ]
        return max(scored)[2], False
    theme_words = [w for w in words(theme) if w.lower() not in STOPWORDS]
    if theme:
        return (theme.strip() if len(theme_words) <= 3 else max(theme_words, key=len)), True
    return "this", False


def house_reply(question: str, *, seed: int) -> str:
    asked = {w.lower() for w in re.findall(r"[A-Za-z/-]+", question)}
    for _intent, keywords, answers in HOUSE_INTENTS:
        if asked & set(keywords):
            return random.Random(seed).choice(answers)
    return random.Random(seed).choice(HOUSE_DEFAULT)


def house_intent(question: str) -> str:
    asked = {w.lower() for w in re.findall(r"[A-Za-z/-]+", question)}
    for intent, keywords, _answers in HOUSE_INTENTS:
        if asked & set(keywords):
            return intent
    return "default"


def offline_reply(
    voice: Voice,
    *,
    message: str,
    theme: str = "",
    seed: int,
    avoid: str | None = None,
    ignore: tuple[str, ...] = (),
) -> str:
    """A short reply in `voice` to `message`, leaning to `theme`; never equal to `avoid`.
    Words in `ignore` (names of personas) are never taken for the subject."""
    reply = ""
    for attempt in range(12):
        if voice.is_house_bot:
            reply = house_reply(message, seed=seed + attempt)
        else:
            reply = _compose(
                voice, message=message, theme=theme, seed=seed + attempt * 7919, ignore=ignore
            )
        reply = _fit(reply, voice.max_reply_chars)
        if reply != avoid:
            return reply
    return reply


def _compose(voice: Voice, *, message: str, theme: str, seed: int, ignore: tuple[str, ...]) -> str:
    rng = random.Random(seed)
    style = voice.style
    topic, from_theme = topic_of(message, theme, list(style.get("topics", [])), ignore)
    takes = list(style.get("takes", [])) or ["{topic}? I shall have to think about {topic}."]
    themed = [t for t in takes if "{theme}" in t]
    plain = [t for t in takes if "{theme}" not in t]
    # With a theme, lean to it: most of the time pick a take that ties the topic to it (when
    # the theme is the topic itself, any take already talks about it).
    if theme and themed and not from_theme and rng.random() < 0.6:
        take = rng.choice(themed)
    else:
        take = rng.choice(plain or takes)
    body = take.format(topic=topic, theme=theme or "our subject", name=voice.name)
    phrases = list(style.get("phrases", []))
    if phrases and rng.random() < 0.55:
        phrase = rng.choice(phrases)
        if phrase.endswith((".", "!", "?", ":")):
            body = body[0].upper() + body[1:]
        body = f"{phrase} {body}"
    return body[0].upper() + body[1:]


def _fit(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: max(1, limit - 1)].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "…"
