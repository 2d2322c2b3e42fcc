"""When nothing a persona has answers a message, never a content-free stock reply ("Interesting,
Maya", "Tell me more", "Is that so?", "that is all I have"): the particulars taken up instead,
by the shape of the message (rate45: a wave to Lovelace got "Is that so?", a bare "?" to
Socrates "Interesting", Darwin, told "wait really" after his own line, "that is all I have").

- a lone "?" after its own line is read as "??" (which part lost them), "tell me more about
  that" and "and then what happened?" as "tell me more", "did that really happen?" as
  "really?"; a wave as "hi": the engine's own replies to those, in voice (`reread`);
- a lone "?", "huh", "hmm" with nothing before: asked what they want to ask;
- "really?" with no more of its own to give: it stands by what it said;
- a question on a subject it has no line for, whose subject reads as a noun phrase ("why does
  etna keep erupting", "who invented the bicycle"): owned up to naming the subject, and one
  question back about it;
- news with no line of its own on it, of a kind it can name (a trip, a wedding, a birthday):
  a reaction that names it and one question back.

Only a reply that is one of the persona's content-free lines (`#remark`, `#more`, `#outside`,
`#noother`, with its `#invite` or not) is ever replaced; every other reply stands."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from bots.lexicon import kinds
from bots.material import index_of, terms
from bots.pieces import in_words
from bots.sense import _noun_phrases, _plural

# The persona's lines that say nothing of the message (placeholders read as any name).
_EMPTY_TAGS = ("remark", "more", "outside", "noother")
_NAME = r"[\w@' ]+"


def _line_pattern(lines: Sequence[str]) -> str:
    alts = []
    for line in lines:
        alts.append(re.escape(line).replace(re.escape("{name}"), _NAME))
    return "|".join(alts) or r"(?!)"


@lru_cache(maxsize=16)
def _empty_of(slug: str, material_id: int, material: object) -> dict[str, re.Pattern[str]]:
    """Per kind of content-free line, a pattern that matches a reply made only of one (a
    `#remark` with an `#invite` after it or not)."""
    tagged = index_of(material).tagged
    invite = _line_pattern(tagged.get("invite", ()))
    found = {}
    for kind in _EMPTY_TAGS:
        lines = _line_pattern(tagged.get(kind, ()))
        tail = rf"(?:\s+(?:{invite}))?" if kind == "remark" else ""
        found[kind] = re.compile(rf"(?:{lines}){tail}")
    return found


def empty_kind(voice, reply: str) -> str:
    """The kind of content-free line `reply` is ("remark", "more", "outside", "noother"), or
    ""."""
    if not reply:
        return ""
    patterns = _empty_of(voice.slug, id(voice.material), voice.material)
    for kind, pattern in patterns.items():
        if pattern.fullmatch(reply):
            return kind
    return ""


def _remark_led(voice, reply: str) -> bool:
    """Whether `reply` opens with a content-free `#remark` and only then says something ("Well,
    Maya, every day brings its own pattern. Probability is ...": a line met on "bet")."""
    remark = _empty_of(voice.slug, id(voice.material), voice.material)["remark"]
    return bool(reply) and any(
        m.end() < len(reply) and reply[m.end()] == " " for m in [remark.match(reply)] if m
    )


# Messages the engine reads well in other words, said just after its own line.
_AFTER_OWN = (
    (re.compile(r"\s*\?\s*"), "??"),
    (
        re.compile(
            r"\W*(?:(?:ok|okay|so|and|wait|but|oh)\W+)*(?:tell me more(?: about (?:that|it|this|"
            r"them))?|(?:and )?(?:then )?what happened(?: next| then| after(?:wards)?)?|"
            r"then what|what happened after that|go on then|and then\??|what next)\W*",
            re.IGNORECASE,
        ),
        "tell me more",
    ),
    (
        re.compile(
            r"\W*(?:(?:wait|omg|oh|so)\W+)*(?:did (?:that|this|it) (?:really|actually) happen|"
            r"is that (?:really |actually )?true|for real|no way|fr|seriously|really)\W*",
            re.IGNORECASE,
        ),
        "really?",
    ),
)
WAVE = re.compile(r"[\U0001F44B]")
# A lone token of puzzlement, or of thinking aloud, with nothing before it to be puzzled by.
ALONE = re.compile(r"\s*(?:\?+|huh\W*|hu+h+\??|hm+\W*|wdym\W*|what\?+|eh\?*)\s*", re.IGNORECASE)
# "really?" and its kin, said just after its own line.
SURPRISED = _AFTER_OWN[2][0]

ASKED_ALONE = {
    "einstein": "A question mark alone, {name}? Ask away; I have questions of my own all day.",
    "shakespeare": "A question without its words, {name}? Speak it out; I'll answer as I can.",
    "curie": "A question mark alone, {name}? Ask it plainly, and I will answer as well as I can.",
    "lovelace": "A question mark with no question, {name}? Do put the rest of it; I am listening.",
    "socrates": "A question mark alone, {name}? My favourite kind; now tell me the question.",
    "darwin": "A question mark alone, {name}? Ask away; I am a patient listener.",
}
THINKING = {
    "einstein": "Hm? You are turning something over, {name}; say it aloud and we can wonder at "
    "it together.",
    "shakespeare": "Hm? Thou art musing, {name}; out with it, what's on thy mind?",
    "curie": "Hm? Something is puzzling you, {name}; what is it?",
    "lovelace": "Hm? You are calculating something, {name}; do let me see it.",
    "socrates": "Hm? You are thinking, {name}, which I always approve of; what about?",
    "darwin": "Hm? You look as if you are pondering something, {name}; what is it?",
}
# A bare word of approval, taken as "ok" is.
NICE = re.compile(r"\W*(?:oh )?(?:nice|neat|sweet|lovely|noted|fair)(?: one)?\W*", re.IGNORECASE)
# "bet you cant dance": the dare, with what it says it cannot do.
BET = re.compile(
    r"\W*(?:i )?bet (?:you|u|ya) (?:can'?t|cannot|couldn'?t) (?P<deed>[a-z]+(?: [a-z]+){0,3})"
    r"(?: (?:lol|haha|tho|though))?\W*",
    re.IGNORECASE,
)
SWAPPED = {"me": "you", "my": "your", "you": "me", "your": "my", "u": "me", "ur": "my"}
DARED = {
    "einstein": "Ha! Careful, {name}; I have surprised people before. What makes you so sure I "
    "can't {deed}?",
    "shakespeare": "Wager not, {name}, lest thou lose thy purse! Why dost thou think I cannot "
    "{deed}?",
    "curie": "Perhaps not, {name}, but I do not accept a claim without evidence. What makes you "
    "think I can't {deed}?",
    "lovelace": "A wager, {name}? I have lost those before, I admit. But on what evidence do you "
    "say I can't {deed}?",
    "socrates": "Perhaps you are right, {name}. But tell me first: what do you take it to mean, "
    "to {deed} well?",
    "darwin": "You may well win that bet, {name}; I am a slow, careful sort of man. What makes "
    "you think I can't {deed}?",
}
STANDS_BY = {
    "einstein": "Really, {name}; I could not have invented it if I tried.",
    "shakespeare": "As true as I stand here, {name}; I would not gild it.",
    "curie": "Yes, {name}, quite true; I do not report what I have not checked.",
    "lovelace": "Quite true, {name}, every figure of it.",
    "socrates": "Truly, {name}; I would sooner be refuted than say what I think false.",
    "darwin": "Truly, {name}; I set down nothing I had not seen for myself.",
}

# A question on a thing, by its shape: the thing's words are group "np".
_ASKED_ON = (
    re.compile(
        r"\W*(?:but |so |ok |and |hey )?(?:why|how) (?:do|does|did|can|could) (?P<np>.+)", re.I
    ),
    re.compile(r"\W*(?:but |so |ok |and )?what (?:makes|made|causes|caused) (?P<np>.+)", re.I),
    re.compile(
        r"\W*(?:but |so |ok |and )?who (?:invented|discovered|built|designed|made|named) "
        r"(?P<np>.+)",
        re.I,
    ),
    re.compile(
        r"\W*(?:but |so |ok |and )?how (?:are|is|were|was) (?P<np>.+?) "
        r"(?:formed|made|built|created|born)\W*$",
        re.I,
    ),
)
_LEADS = frozenset(("the", "a", "an", "my", "our"))
_OWNED = {"my": "your", "our": "your"}
NOT_A_THING = frozenset(
    [
        "you",
        "u",
        "we",
        "i",
        "they",
        "he",
        "she",
        "it",
        "people",
        "ppl",
        "someone",
        "anyone",
        "everyone",
        "that",
        "this",
        "there",
        "things",
        "stuff",
        "one",
    ]
)

OWN_UP = {
    "einstein": (
        "Ach, {name}, I never studied {np}, so there I would only be guessing. "
        "What set you wondering about {them}?"
    ),
    "shakespeare": (
        "Of {np} I can tell thee nothing true, {name}; my learning is the stage and the heart. "
        "What set thee asking?"
    ),
    "curie": (
        "I have no data on {np}, {name}, and I will not invent any. "
        "Is it for your studies, or your own curiosity?"
    ),
    "lovelace": (
        "{Np} never came into my tables, {name}, and I will not guess at {them}. "
        "What do you know of {them} so far?"
    ),
    "socrates": (
        "Of {np} I know nothing, {name}, and I will not pretend to. "
        "But what do you think the answer is?"
    ),
    "darwin": (
        "On {np} I have no answer worth giving, {name}, and I will not guess. "
        "What have you noticed of {them} yourself?"
    ),
}


@lru_cache(maxsize=1)
def _owned_pattern() -> re.Pattern[str]:
    return re.compile(
        "|".join(re.sub(r"\\\{\w+\\\}", "[^.;!?]+", re.escape(line)) for line in OWN_UP.values()),
        re.IGNORECASE,
    )


def owned(body: str) -> bool:
    """Whether `body` owns up to a subject it has no line for in the words above (`OWN_UP`):
    nothing in it for another persona to take up, as its `#outside` lines."""
    return bool(body) and _owned_pattern().search(body) is not None


def _asked_thing(text: str) -> str:
    """The thing a question asks about, as its words stand ("the bicycle", "your plants",
    "earthquakes"), when the question has one of the shapes above and the thing reads as one
    noun phrase at the start of what follows; else ""."""
    for shape in _ASKED_ON:
        if not (m := shape.fullmatch(text.strip())):
            continue
        rest = m.group("np").strip(" ?!.")
        tokens = re.findall(r"[A-Za-z][A-Za-z'-]*|[^\sA-Za-z]", rest)
        if not tokens or any(not t[:1].isalpha() for t in tokens):
            return ""
        phrases, _ = _noun_phrases(rest)
        if not phrases:
            return ""
        start, end = phrases[0]
        lead = [t.lower() for t in tokens[:start]]
        if len(lead) > 1 or (lead and lead[0] not in _LEADS):
            return ""
        words = [t.lower() for t in tokens[start : end + 1]]
        if any(w in NOT_A_THING for w in words) or end - start > 2:
            return ""
        # "how do noise cancelling headphones work": the words run on past a gerund
        if (
            len(phrases) > 1
            and end + 2 == phrases[1][0]
            and tokens[end + 1].lower().endswith("ing")
            and shape is _ASKED_ON[0]
        ):
            end = phrases[1][1]
            words = [t.lower() for t in tokens[start : end + 1]]
        made = shape is _ASKED_ON[1] and re.search(r"\bwhat ma[dk]e", text, re.I)
        if made and end > start and end == len(tokens) - 1:
            end -= 1  # "what makes popcorn pop": its last word is what the thing does
            words = words[:-1]
        after = tokens[end + 1 :]
        if shape is _ASKED_ON[0] and not after:
            return ""  # ("how do bees": no verb, no question read)
        if shape in (_ASKED_ON[2], _ASKED_ON[3]) and after:
            return ""
        return " ".join([_OWNED.get(w, w) for w in lead] + words)
    return ""


def _pronoun(thing: str) -> str:
    last = thing.split()[-1]
    return "them" if _plural(last) else "it"


# News of a kind it can name: a trip back, a wedding, a birthday.
RELATIVE = (
    r"(?:sister|brother|mum|mom|mother|dad|father|grandma|grandpa|gran|granny|nan|nana|grandad|"
    r"granddad|grandmother|grandfather|aunt|auntie|uncle|cousin|son|daughter|best friend|"
    r"friend|neighbour|neighbor|boss|flatmate|roommate)"
)
TRIP = re.compile(
    r"\W*(?:(?:i|we)(?:'ve| have)? )?(?:just )?(?:got |came |been |am |i'?m |are )?back from "
    r"(?:a (?:trip|week|weekend|holiday) (?:to|in) )?(?P<place>[a-z]+(?: (?!\w+ly\b)[a-z]+)??)"
    r"(?: (?:today|yesterday|tonight|lol|haha|again|at last|last night|this morning|\w+ly))?\W*",
    re.IGNORECASE,
)
WEDDING = re.compile(
    rf"\W*(?:so |omg |guess what,? )?my (?P<who>{RELATIVE}) (?:is|'s) getting married\b.*",
    re.IGNORECASE,
)
BIRTHDAY = re.compile(
    rf"\W*my (?P<who>{RELATIVE}) (?:turns|is turning|will be|'s turning) (?P<age>\d{{1,3}})\b.*",
    re.IGNORECASE,
)
TRIPPED = {
    "einstein": "Back from {place}, {name}! How was it? I always came home from travels with "
    "more questions than luggage.",
    "shakespeare": "Home from {place}, {name}! I never crossed the sea myself, for all my "
    "plays abroad. What was it like?",
    "curie": "Back from {place}, {name}! What did you see there that you would go back for?",
    "lovelace": "Back from {place}, {name}! Do tell me how it was; I longed to travel all my life.",
    "socrates": "Back from {place}, {name}? I hardly left Athens except to go to war. "
    "Tell me, what did you find there?",
    "darwin": "Back from {place}, {name}! After five years on the Beagle I know the pleasure "
    "of coming home. What struck you most?",
}
WED = {
    "einstein": "Your {who} is getting married, {name}? Wunderbar! Have you met the lucky one yet?",
    "shakespeare": "A wedding, {name}! Journeys end in lovers meeting. Is your {who} happy "
    "in the match?",
    "curie": "Your {who} is getting married, {name}? That is happy news. Where will the "
    "wedding be?",
    "lovelace": "A wedding in the family, {name}! How delightful. When is the day?",
    "socrates": "Your {who} is getting married, {name}? Then tell me: do you think the match "
    "a wise one?",
    "darwin": "Your {who} is getting married, {name}? Splendid news; my own marriage was the "
    "best thing I ever did. When is the wedding?",
}
AGED = {
    "einstein": "{age}, {name}! Wish your {who} a happy birthday from me. How will you celebrate?",
    "shakespeare": "{age} years, {name}! Many happy returns to your {who}. How will you "
    "keep the day?",
    "curie": "{age} years, {name}! Give your {who} my warmest wishes. How will you mark it?",
    "lovelace": "{age}, {name}! Do wish your {who} a happy birthday from me. Is there a party?",
    "socrates": "{age} years, {name}! Your {who} has seen much; will you ask what the years "
    "have taught?",
    "darwin": "{age} years, {name}! Wish your {who} many happy returns from me. How will you "
    "celebrate?",
}


# Words said after "back from" that name no place one travels to.
NOT_PLACES = frozenset(
    [
        "the",
        "a",
        "my",
        "our",
        "work",
        "school",
        "uni",
        "college",
        "class",
        "gym",
        "lunch",
        "dinner",
        "shops",
        "shop",
        "town",
        "holiday",
        "vacation",
        "hospital",
        "doctor",
        "dentist",
        "church",
        "practice",
        "training",
        "there",
        "home",
        "it",
        "that",
    ]
)


def _a_place(words: str) -> bool:
    """Whether `words`, said after "back from", name a place: a city or a country, or a name no
    word list knows ("lisbon", "kyoto"), never "work" or "the shops"."""
    first = words.split()[0].lower()
    if first in NOT_PLACES:
        return False
    stems = terms(words.split()[-1])
    found = kinds().get(stems[0], frozenset()) if stems else frozenset()
    return not found or bool(found & PLACE_KINDS)


PLACE_KINDS = frozenset(("city", "capital", "country", "island", "state", "region", "port"))


# A thing found, bought, made or moved into, told as news: the verb, and what follows it.
GOT = re.compile(
    r"\W*(?:(?:i|we|my \w+|our \w+)\s+)?(?:just |finally |have |'ve )?"
    r"(?P<verb>found|bought|got|made|built|baked|knitted|adopted|moved (?:in)?to)\s+"
    r"(?P<rest>[a-z][a-z' -]*)(?:\s+(?:lol|haha|today|yesterday|this \w+|last \w+))?\W*",
    re.IGNORECASE,
)
ASKED_BY_VERB = {
    "found": "What will you do with {them}?",
    "bought": "How do you like {them} so far?",
    "got": "How do you like {them} so far?",
    "made": "How did {them} turn out?",
    "built": "How did {them} turn out?",
    "baked": "How did {them} turn out?",
    "knitted": "How did {them} turn out?",
    "adopted": "What have you called {them}?",
    "moved": "How are you finding {them}?",
}
GOT_LEAD = {
    "einstein": "Wunderbar!",
    "shakespeare": "Marry, that is news!",
    "curie": "",
    "lovelace": "How delightful!",
    "socrates": "Then tell me:",
    "darwin": "I should like to see that.",
}


def _got(text: str) -> str:
    """ "{Np}, {name}? {lead} {question}" for news of a thing got ("we found a hedgehog under the
    shed": "A hedgehog, Maya? ... What will you do with it?"), the thing as said, one noun
    phrase after its article; or "" for none."""
    m = GOT.fullmatch(text)
    if not m:
        return ""
    verb = m.group("verb").split()[0].lower()
    rest = m.group("rest").strip()
    tokens = rest.split()
    if tokens[0].lower() in ("a", "an", "some", "the", "this"):
        phrases, _ = _noun_phrases(rest)
        if not phrases or phrases[0][0] not in (1, 2) or phrases[0][1] > 3:
            return ""
        words = tokens[: phrases[0][1] + 1]
        if any(w.lower() in NOT_A_THING for w in words[1:]):
            return ""
        thing = " ".join(w.lower() for w in words)
        if words[0].lower() in ("the", "this"):
            return ""  # ("we bought the house": which one, it cannot say)
    elif verb == "moved" and len(tokens) <= 2 and _a_place(rest):
        thing = " ".join(w.capitalize() for w in tokens)
    else:
        return ""
    asked = ASKED_BY_VERB[verb].format(them="it" if verb == "moved" else _pronoun(thing))
    return f"{thing[0].upper()}{thing[1:]}, {{name}}? {{lead}} {asked}"


def _filled(line: str, name: str, **parts: str) -> str:
    line = line.format(name=name or "friend", **parts)
    return line[0].upper() + line[1:]


def fallback(
    voice,
    message: str,
    history: Sequence,
    reply: str,
    reread: Callable[..., str],
) -> str:
    """A reply to `message` that takes up its particulars, when `reply` is one of the persona's
    content-free lines (`empty_kind`); else "" (`reply` stands)."""
    slug = voice.slug.lower()
    if slug not in OWN_UP or len(message) > 160:
        return ""
    kind = empty_kind(voice, reply)
    if not kind and not (BET.fullmatch(message) and _remark_led(voice, reply)):
        return ""
    from bots.engine import _addressable  # (bots.engine imports this module)

    name = _addressable(history[-1].author) if history else ""
    text = re.sub(r"@\w+", " ", message).strip()
    after_own = len(history) >= 2 and history[-2].own
    if after_own:
        for shape, said in _AFTER_OWN:
            if shape.fullmatch(text):
                if said == "really?":
                    from bots.engine import _owns_up, owned_up_in

                    own = history[-2].text
                    if owned_up_in(voice.material, own) or _owns_up(voice, own):
                        return ""  # (it stands by nothing it owned up to)
                    return _filled(STANDS_BY[slug], name)
                again = reread(message=said)
                # (all it has given already, said so, rather than a stock remark)
                return again if again and empty_kind(voice, again) in ("", "noother") else ""
    elif ALONE.fullmatch(text) and (text[:1] in "hH" or not text.strip(" ?")):
        # ("What?" and "eh" alone, with nothing said before, are left as they were)
        return _filled((THINKING if text[:1] in "hH" else ASKED_ALONE)[slug], name)
    if NICE.fullmatch(text):
        again = reread(message="ok")
        return again if again and not empty_kind(voice, again) else ""
    if kind in ("more", "") and (m := BET.fullmatch(text)):
        deed = " ".join(SWAPPED.get(w.lower(), w.lower()) for w in m.group("deed").split())
        return _filled(DARED[slug], name, deed=deed)
    if WAVE.search(text) and len(text.split()) <= 6:
        again = reread(message=WAVE.sub(" hi ", text).strip())
        return again if again and not empty_kind(voice, again) else ""
    if kind == "outside" and (thing := _asked_thing(text)):
        return _filled(
            OWN_UP[slug], name, np=thing, Np=thing[0].upper() + thing[1:], them=_pronoun(thing)
        )
    if kind in ("remark", "more") and "?" not in text:
        if m := WEDDING.fullmatch(text):
            return _filled(WED[slug], name, who=m.group("who").lower())
        if m := BIRTHDAY.fullmatch(text):
            age = in_words(int(m.group("age")))
            return _filled(AGED[slug], name, who=m.group("who").lower(), age=age)
        if got := _got(text):
            lead = GOT_LEAD[slug]
            if lead.endswith(":"):
                got = re.sub(r"(\{lead\} )(\w)", lambda m: m[1] + m[2].lower(), got)
            return re.sub(r"  +", " ", got.format(name=name or "friend", lead=lead))
        if (m := TRIP.fullmatch(text)) and _a_place(m.group("place")):
            place = " ".join(w.capitalize() for w in m.group("place").split())
            return _filled(TRIPPED[slug], name, place=place)
    return ""
