"""The house bot (AIBot): answers `/AIBot <question>` about Salon itself and a little code,
says a word back to greetings, thanks, news and sympathy, and owns up to what it does not know.

It builds on the engine's reading of a message (`bots/engine.py`): greetings, thanks, opinions
asked, either/or questions. Deterministic for a seed, like the personas' replies.
"""

from __future__ import annotations

import random
import re
from collections.abc import Sequence

from bots.engine import (
    DILEMMA,
    FAREWELL,
    GREETING,
    NEWCOMER,
    NEWS,
    OPINION,
    QUESTION_START,
    THANKS,
    _addressable,
    _least_used,
    either_or,
    introduced_as,
    words,
)
from bots.material import terms
from bots.valence import mood as valence_mood

# The house bot's answers, by intent. Keywords are matched as whole words, lower-cased.
# Questions about Salon itself come first: "how do I stop a reply" is not about event loops.
HOUSE_INTENTS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    (
        "salon-summary",
        ("summarise", "summarize", "summary", "summarising", "summarizing", "recap", "tldr"),
        (
            "I can't summarise a room, I'm afraid: I don't read the conversation, I only answer "
            "questions about Salon and a little code. Scrolling up is the only recap there is.",
        ),
    ),
    (
        "salon-stop",
        ("stop", "cancel", "interrupt", "halt"),
        (
            "Press Stop on the reply while it is being written: the draft goes, nothing is "
            "saved, and the request to the model server is closed. The person who asked and the "
            "room's moderators can stop a reply.",
        ),
    ),
    (
        "salon-private",
        ("private", "invite", "invitation", "hidden", "secret"),
        (
            'Tick "Private" when you create the room in the lobby: a private room is visible to '
            "its members only. A one-to-one chat with a persona, opened from the lobby, is "
            "private too.",
        ),
    ),
    (
        "salon-edit",
        ("edit", "delete", "remove", "change", "typo", "undo"),
        (
            "Your own messages have Edit and Delete among their actions: Edit works for 15 "
            "minutes after sending, Delete at any time. A room's owner and moderators can "
            "delete anyone's message.",
        ),
    ),
    (
        "salon-mention",
        ("mention", "mentions", "summon", "tag", "tagging", "ping", "persona", "personas", "@"),
        (
            "Write @ and a persona's short name (as in the room's persona list), or its name, "
            "anywhere in your message: it answers even in a quiet room. Name up to three and "
            "they answer in turn.",
        ),
    ),
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
# Privacy asked about a room that exists already: Room settings (bots/forms.py) change the
# topic and how the personas take part, not privacy, which is chosen when a room is made.
PRIVATE_LATER = re.compile(
    r"\b(later|existing|already|afterwards|after|this room|our room|my room|change|turn|switch|"
    r"now)\b",
    re.IGNORECASE,
)
HOUSE_PRIVATE_LATER = (
    'Not afterwards, I\'m afraid: a room is private only if "Private" is ticked when it is '
    "created in the lobby. Room settings change the topic and how the personas join in, not "
    "privacy, so make a new private room and invite people to it."
)
HOUSE_DEFAULT = (
    "Happy to help! Ask me with /AIBot followed by a question, e.g. about Python, async "
    "code, WebSockets, event-driven design or databases.",
    "I'm the house bot. I know a little about Python, async, WebSockets, event-driven "
    "systems and databases: ask away with /AIBot <question>.",
)
HOUSE_UNKNOWN = (
    "I don't know that one, I'm afraid, and I'd rather not guess.",
    "I don't know, sorry: that's outside what I know, which is code and how Salon works.",
    "That one I don't know. I can't look things up; I only know Salon and a little code.",
    "I don't know, and I won't make something up. Try a search engine for that one.",
    "No idea, I'm afraid; I'm a small bot that knows Salon and some Python, not the wider world.",
    "That's beyond me: I can't search or look anything up. Ask me about Salon instead.",
)
# A question about Salon itself ("how do I mute this room?") that none of its answers is about:
# it says plainly that it does not know, not that Salon is outside what it knows.
SALON_ASKED = re.compile(
    r"\b(how (do|can|would|should) (i|we|you)|can (i|we|you)|is there|are there|where (is|are|do|"
    r"can)|is it possible|am i able|does salon)\b",
    re.IGNORECASE,
)
SALON_THINGS = re.compile(
    r"\b(room|rooms|salon|here|account|password|profile|message|messages|notifications?|"
    r"personas?|mode|theme|upload|uploads|app|site|page|chat|lobby|members?|mute|block|avatar|"
    r"username|email|settings?)\b",
    re.IGNORECASE,
)
HOUSE_SALON_UNKNOWN = (
    "I don't know how to do that in Salon, I'm afraid, and I won't guess: it may not be "
    "possible at all.",
    "That one I don't know: nobody told me whether Salon can do it, so I'd rather say so than "
    "make something up.",
)
# What each of the house bot's Salon answers is about: a question must name it too ("change
# my password" is no question about editing messages).
INTENT_OBJECTS = {
    "salon-edit": frozenset(
        ["message", "messages", "post", "posts", "typo", "wrote", "said", "reply"]
    ),
}
HOUSE_SOCIAL = {
    "thanks": (
        "You're welcome{to}! Ask again any time with /AIBot.",
        "Glad it helped{to}!",
        "Any time{to}: that's what I'm here for.",
    ),
    "hello": (
        "Hello{to}! Ask me with /AIBot about Salon itself, Python, async or WebSockets.",
        "Hi{to}! I'm the house bot: write /AIBot and a question about Salon or code.",
    ),
    "welcome": (
        "Welcome{to}! I'm the house bot: ask me with /AIBot how Salon works (mentions, private "
        "rooms, stopping a reply), or about Python and async code. The personas chat too.",
        "Glad you're here{to}! Mention a persona with @ to talk with it, or ask me how Salon "
        "works with /AIBot and a question.",
    ),
    "bye": ("Bye for now{to}!", "See you soon{to}!", "Take care{to}, and come back any time."),
    # An opinion asked of the house bot: it has none, and says who does.
    "opinion": (
        "I'm only the house bot{to}, so I keep no opinions on that; mention one of the "
        "personas with @ and they'll gladly give you theirs.",
        "That's a question of taste I can't settle{to}: I know Salon and a little code. The "
        "personas here have views on everything; ask one with @.",
    ),
    "sympathy": (
        "I'm sorry to hear that{to}. I'm only the house bot, but the room is listening.",
        "That sounds hard{to}; I'm sorry. If there is anything about Salon I can help with, ask.",
    ),
    "congrats": (
        "Congratulations{to}! That's good news.",
        "That's great news{to}, congratulations!",
    ),
    # News or a remark: the house bot cannot check the world, and says so, without its menu.
    "news": (
        "Thanks for telling me{to}! I can't check news or look things up, so I'll take your word "
        "for it.",
    ),
    "remark": (
        "Noted{to}! I'm the house bot, so I'll leave the chatting to the personas; ask me if "
        "you need a hand with Salon.",
        "I see{to}. I'm better with questions about Salon or code, but the personas love a chat.",
        "Got it{to}. Mention a persona with @ if you'd like to talk it over.",
    ),
}


def house_intent(question: str) -> str:
    asked = _asked(question)
    for intent, keywords, _answers in HOUSE_INTENTS:
        if asked & set(keywords):
            return intent
    return "default"


def _asked(question: str) -> set[str]:
    asked = {w.lower() for w in re.findall(r"[A-Za-z/-]+", question)}
    return asked | ({"@"} if "@" in question else set())


def house_reply(question: str, *, seed: int, name: str = "", used: Sequence[str] = ()) -> str:
    """The house bot's answer: what it knows when asked, a word back to greetings, thanks, news
    and sympathy, and a plain "I don't know" for any other question (its menu only when asked
    nothing). `name` is the person's, to address them; `used` its recent replies, not said
    again while it has another."""
    rng = random.Random(seed)
    text = question.strip()
    given = introduced_as(text)
    to = f", {given or _addressable(name)}" if given or _addressable(name) else ""

    def social(kind: str) -> str:
        return _least_used([o.format(to=to) for o in HOUSE_SOCIAL[kind]], used, rng)

    if not text or text.lower() in {"help", "?", "menu"}:
        return _least_used(HOUSE_DEFAULT, used, rng)
    asks = (
        "?" in text
        or bool(QUESTION_START.match(text))
        or bool(re.match(r"^\W*(help|show|list|teach)\b", text, re.IGNORECASE))
    )
    if THANKS.search(text):
        return social("thanks")
    if FAREWELL.search(text):
        return social("bye")
    if NEWCOMER.search(text) or given:
        return social("welcome")
    greeting = GREETING.match(text)
    if greeting and not (asks and terms(text[greeting.end() :])):
        return social("hello")
    if NEWS.match(text) or not asks:
        mood = valence_mood(text)
        if DILEMMA.search(text):  # a choice being weighed: the personas give views, not it
            return social("opinion")
        if mood in ("grave", "rueful"):
            return social("sympathy")
        if mood == "good":
            return social("congrats")
        return social("news" if NEWS.match(text) else "remark")
    asked = _asked(text)
    if "private" in asked and PRIVATE_LATER.search(text):
        return HOUSE_PRIVATE_LATER
    for intent, keywords, answers in HOUSE_INTENTS:
        if intent in INTENT_OBJECTS and not asked & INTENT_OBJECTS[intent]:
            continue
        if asked & set(keywords):
            # The answer that shares most words with the question; the seed breaks ties.
            scored = [
                (len(asked & {w.lower() for w in words(a)}), rng.random(), a) for a in answers
            ]
            return max(scored)[2]
    if OPINION.search(text) or either_or(text):  # "Cats or dogs?" is a matter of taste too
        return social("opinion")
    if SALON_ASKED.search(text) and SALON_THINGS.search(text):
        return _least_used(HOUSE_SALON_UNKNOWN, used, rng)
    return _least_used(HOUSE_UNKNOWN, used, rng)
