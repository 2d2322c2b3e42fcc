"""Verse made to order on a topic the asker tells: "we need lyrics for the slow one, something
about leaving a seaside town in winter", "a little welcome poem for my boat's naming do, she's
called Marigold", "a few lines for our club banner? we're the Vale Diggers".

The verse is written, in the persona's voice, and names the topic's own things grammatically:
the boat by her name, the club by its name, the town left and the season it is left in. Its
lines are the persona's `#compose poem` lines, by the shape of what is told (plain ones for a
persona with none):

    #compose poem, named, boat: ... {who} takes her name this day ...   (a boat named {who})
    #compose poem, named, banner: Here stand {who} ...                (words for a banner)
    #compose poem, named, group: / poem, named:                       (a club, anything named)
    #compose poem, leaving, season: Farewell to {what}; 'tis {thing} ...  ({what}: the place
    #compose poem, leaving: Farewell to {what} ...                        left; {thing}: when)
    #compose poem, about: ... {what} ...                                 ({what}: the topic)
    #compose poem, close, sea, tide, ...: ...  (a second couplet, by the topic's own words)

A form of its own (a limerick, a shanty, a haiku, a rap, a toast, a speech), an occasion
written elsewhere (a birthday, a wedding, a grief), things it must mention, and lines the persona
is asked whether it has ("got any lines about bells?") are not read here; nor verse told of ("i
wrote a poem about it", "i love that verse", "what does the banner say").
"""

from __future__ import annotations

import re

from bots.asks import HOW_TO, PAST_ASKED, Tagged, _tagged_lines, occasions_of, to_mention
from bots.fold import folded
from bots.letters import NAMED_DAY
from bots.material import STOPWORDS, Index, terms

# What verse is asked as: "lyrics", "a little poem", "a few lines", "a verse", "a song".
_POEM_KINDS = (
    r"poems?|verses?|lyrics|songs?|rhymes?|ditty|ditties|couplets?|stanzas?|"
    r"(?:few|couple of|two|three|four|2|3|4) (?:short |little )?lines|lines"
)
# Asked to make it: "could you write", "we need", "can you do us", "help me with".
_MAKING = (
    r"write|compose|pen|make up|draft|come up with|knock up|whip up|need|needs|want|"
    r"help (?:me|us)(?: with| write)?|do"
)
POEM_ASKED = folded(
    rf"\b(?:{_MAKING})\b(?:\s+(?:me|us|him|her|them))?\s+"
    r"(?:(?:a|an|some|the|our|my|one|another|little|short|quick|new|nice|lovely|funny|sweet|"
    r"simple|small|proper|good|sad|happy|cheerful|catchy|rhyming|few|couple|of|just|wee|"
    r"[\w]+-line)\s+){0,4}"
    r"(?:(?!(?:to|for|about|of|on|and|you|we|i|it)\b)[\w'-]+\s+)?"  # "welcome poem", "slow song"
    rf"(?P<kind>{_POEM_KINDS})\b|"
    # asked with no verb, the verse first: "lyrics about missing the last bus home pls"
    r"^\W*(?:(?:ok|so|and|pls|please|hey|also|right|quick one)\W+){0,2}"
    r"(?:(?:a|an|some|little|short|quick|new|nice|few|couple|of|sad|happy|funny)\s+){0,3}"
    rf"(?P<bare>{_POEM_KINDS})\s+(?=(?:about|for)\b)",
    re.IGNORECASE,
)
# What any verse asked names (read first: most messages name none).
POEM_WORD = folded(r"poem|verse|lyric|song|rhyme|ditt|couplet|stanza|lines", re.IGNORECASE)
# Verse asked again in few words, just after it was asked in the room: "just a verse?", "go on
# then, a short one", "a couple of lines?".
POEM_AGAIN = folded(
    r"^\W*(?:(?:ok|okay|go on|go on then|then|so|yes|yeah|pls|please|just|and|could you|can you|"
    r"can u|would you|will you)\W+){0,4}(?:(?:write|do|give)\s+(?:us|me)?\s*)?"
    r"(?:(?:a|an|one|just|little|short|quick|small|wee|single|tiny)\s+){0,3}"
    rf"(?:one|{_POEM_KINDS}|chorus)(?:\s+(?:then|maybe|pls|please|plz|at least|of it))*\W*$",
    re.IGNORECASE,
)
# Not made here: its own forms, occasions written elsewhere, or told of.
_NOT_HERE = folded(
    r"\b(?:limericks?|haikus?|shant(?:y|ies)|raps?|chants?|toasts?|speech(?:es)?|odes?|sonnets?|"
    r"birthday|bday|wedding|anniversary|retir\w*|funeral|memorial|eulogy|valentine'?s?|"
    r"get well|christening|leaving (?:do|party|card|drinks|present|speech)|card|"
    r"\d+(?:st|nd|rd|th))\b",
    re.IGNORECASE,
)
_TOLD = folded(
    r"\b(?:i|we|she|he|they|you)\s+(?:wrote|written|sang|sung|heard|read|loved?|like)\b|"
    r"\b(?:have|got|has) (?:you|u) (?:got|any|a)\b|\bgot any\b|\bany (?:good )?(?:poems?|verses?|"
    r"lines|songs?)\b|\bwhat (?:does|did|do)\b|"
    r"\b(?:don'?t|do not|doesn'?t|didn'?t|never|no need to)\s+(?:\w+\s+)?(?:need|want|write|do)\b",
    re.IGNORECASE,
)

# What the verse is about, as told: "about leaving a seaside town in winter".
ABOUT = folded(
    r"\babout\s+(?P<topic>(?!(?:it|that|this|them|him|her|you|u|me|us|anything|something|"
    r"everything|nothing|what|which)\b)[^.?!;:()\"]{3,80})",
    re.IGNORECASE,
)
# Where the topic ends: a tail of its own ("pls", "for the gig", "just a verse").
_TOPIC_END = folded(
    r"\s*(?:,|\s-\s|\b(?:pls|please|plz|lol|haha|x+|ta|thanks|if (?:you|u) can|just|maybe|"
    r"ideally|nothing too|not too|make it|keep it|and make|but)\b|"
    r"\s(?:would|will|'d|could|might) be (?:nice|good|great|lovely|fun|ace|perfect|amazing|"
    r"brilliant|cool|ideal|class|sweet|grand)\b|\s(?:is|'s) what (?:i|we) (?:need|want)\b|"
    r"\bfor (?:me|us|him|her|them|the (?:slow one|gig|show|set|album|card|concert|band)|our "
    r"(?:band|gig|set|album|show|choir))\b).*$",
    re.IGNORECASE,
)
# A name told: "she's called Marigold", "it's called the blue door", "we're the Vale Diggers".
_NAME = (
    r"[A-Za-z][\w'-]*(?:\s+(?!(?:and|but|so|lol|pls|please|on|at|in|for|if|btw|who|which|"
    r"that|this|next|tomorrow|today|tonight|x+)\b)[A-Za-z][\w'-]*){0,4}"
)
CALLED = folded(
    r"\b(?:(?:she|he|it|they|we)\s*(?:'s|'re|’s|’re|s|is|are|will be|'ll be|was|were)|"
    r"(?:boat|yacht|barge|ship|club|team|choir|band|group|shop|cafe|café|pub|house|dog|cat|horse|"
    r"pony|society|crew)\s*(?:is|'s)?)\s+(?:called|named)\s+(?P<name>" + _NAME + ")",
    re.IGNORECASE,
)
WE_ARE = folded(r"\bwe\s*(?:'re|’re|re|are)\s+(?P<name>the\s+" + _NAME + ")", re.IGNORECASE)
# The kind of thing named, by what the message calls it.
_KIND_OF = {
    "boat": r"boats?|yachts?|barges?|narrowboats?|dinghy|dinghies|ships?|canoes?|kayaks?|cruisers?",
    "group": r"clubs?|teams?|societ(?:y|ies)|choirs?|bands?|groups?|crews?|squads?|troupes?|guild|"
    r"association",
}
KIND_SAID = {kind: folded(rf"\b(?:{said})\b", re.IGNORECASE) for kind, said in _KIND_OF.items()}
BANNER = folded(r"\b(?:banners?|flags?)\b", re.IGNORECASE)

# A topic of leaving a place: "leaving a seaside town", "moving out of our first flat".
LEAVING = folded(
    r"^(?:leaving|moving (?:away )?(?:out of|from|away from|on from)|saying goodbye to|"
    r"goodbye to|quitting|emigrating from|departing)\s+(?P<place>.+)$",
    re.IGNORECASE,
)
# The season it happens in: "in winter", "this autumn", "in the summer".
SEASON = folded(
    r"\s+(?:in|this|last|during|through|over)\s+(?:the\s+)?(?P<season>winter|summer|autumn|"
    r"spring|fall)\b(?:\s+(?:time|months))?",
    re.IGNORECASE,
)
LIMIT = 210


def _named(text: str) -> str:
    """The name the message tells the thing by ("Marigold", "the Vale Diggers"), as it is
    written (capitals given to a name told in lower case); "" when none is told."""
    found = CALLED.search(text)
    name = found.group("name") if found else ""
    if not found and (we := WE_ARE.search(text)):
        said = we.group("name").split()[1:]
        # ("we're the vale diggers", "we're the Owls"; not "we're the best", "the only ones")
        written = any(w[:1].isupper() for w in said)
        plural = len(said) >= 2 and said[-1].lower().endswith("s")
        if written or (plural and not STOPWORDS & {w.lower() for w in said}):
            name = we.group("name")
    words = name.split()
    if not words or len(words) > 6:
        return ""
    if any(w[:1].isupper() for w in words):
        return " ".join(words)
    head = ["the"] if words[0].lower() == "the" else []
    rest = words[len(head) :]
    return " ".join([*head, *(w if w in ("of", "and") else w.capitalize() for w in rest)])


# The asker's "i" said as written: "how i lost my phone" is how I lost my phone.
_I = {
    "i": "I",
    "im": "I'm",
    "i'm": "I'm",
    "ive": "I've",
    "i've": "I've",
    "i'd": "I'd",
    "i'll": "I'll",
}


def _topic(text: str) -> str:
    """What the verse is about, as told ("leaving a seaside town in winter"), cut before a
    tail of its own; "" when it says nothing there to write on."""
    found = ABOUT.search(text)
    if not found:
        return ""
    topic = _TOPIC_END.sub("", found.group("topic")).strip(" ,-")
    topic = re.sub(r"\s+", " ", topic)
    content = [t for t in terms(topic) if t not in STOPWORDS]
    if not content or len(topic.split()) > 12:
        return ""
    topic = re.sub(r"\b(?:i|im|i'm|ive|i've|i'd|i'll)\b", lambda m: _I[m.group(0)], topic)
    return NAMED_DAY.sub(lambda day: day.group(0).capitalize(), topic)


def _the(place: str) -> str:
    """A place said with "the" ("a seaside town": "the seaside town"); one of someone's kept."""
    return re.sub(r"^(?:a|an)\s+", "the ", place, flags=re.IGNORECASE)


# Places said bare that are no place's name ("leaving home", "leaving school").
_COMMON_PLACES = frozenset(
    ["home", "school", "work", "uni", "university", "college", "church", "town", "it"]
)


def _place(place: str) -> str:
    """A place as it is told, a bare name given its capitals ("glasgow": "Glasgow")."""
    words = place.split()
    if re.match(r"(?:a|an|the|my|our|his|her|their|your|this|that)\b", place, re.I) or any(
        w.lower() in _COMMON_PLACES or "'" in w for w in words
    ):
        return place
    return " ".join(w[:1].upper() + w[1:] for w in words)


def poem_asked(text: str) -> dict[str, str]:
    """The fields of verse asked on a told topic: `who`, a name told (with `kind`: "boat",
    "group", "banner"), else `what`, the topic as told (the place left, with `leaving`, when it
    is of leaving somewhere), `topic` and `thing`, the season, when one is told; and `asked`,
    what it is asked as ("song", "poem", "verse"). {} when no such verse is asked."""
    asked = POEM_WORD.search(text) and POEM_ASKED.search(text)
    if not asked or HOW_TO.match(text) or PAST_ASKED.match(text) or _TOLD.search(text):
        return {}
    if _NOT_HERE.search(text) or to_mention(text) or "grief" in occasions_of(text):
        return {}
    kind = (asked.group("kind") or asked.group("bare")).lower()
    said = "song" if kind in ("lyrics", "song", "songs") else "poem" if "poem" in kind else "verse"
    if called := _named(text):
        fields = {"who": called, "asked": said}
        if BANNER.search(text):
            fields["kind"] = "banner"
        elif thing := next((k for k, found in KIND_SAID.items() if found.search(text)), ""):
            fields["kind"] = thing
        elif WE_ARE.search(text):
            fields["kind"] = "group"
        return fields
    topic = _topic(text[asked.start() :]) or _topic(text)
    if not topic:
        return {}
    fields = {"what": topic, "topic": topic, "asked": said}
    season = SEASON.search(topic)
    if season:
        fields["thing"] = season.group("season").lower().replace("fall", "autumn")
    left = LEAVING.match(SEASON.sub("", topic))
    if left and (place := _place(left.group("place").strip())) and len(place.split()) <= 7:
        fields.update(what=_the(place), leaving="yes")
    return fields


# What the piece is called in the offer ("For the song, Mo:"; "For the banner, Mandy:").
def poem_called(fields: dict[str, str]) -> str:
    return "banner" if fields.get("kind") == "banner" else fields.get("asked", "verse")


# Plain lines for a persona with none of its own.
POEM_PLAIN = {
    "poem, named, boat": (
        "Here's to {who}: fair winds and gentle seas; / may every voyage bring her home with ease.",
    ),
    "poem, named, banner": (
        "We are {who}: together, come rain or shine; / side by side, we'll hold the line!",
    ),
    "poem, named, group": (
        "Here's to {who}: good friends, good cheer; / long may we flourish, year on year!",
    ),
    "poem, named": ("Here's to {who}: good luck, good cheer; / may it flourish, year on year!",),
    "poem, leaving, season": (
        "Goodbye to {what}, in the {thing} light; / we'll carry it with us, and hold it tight.",
    ),
    "poem, leaving": (
        "Goodbye to {what}; it's time to go, / but we'll carry it with us, more than it will know.",
    ),
    "poem, about": (
        "A little verse on {what}, set down with care: / there's more to it than meets the eye, "
        "and all of it is there.",
    ),
}


NO_BRACES = str.maketrans({"{": "(", "}": ")"})


def poem_fill(line: str, fields: dict[str, str]) -> str:
    """A line with its fields put in ({name} left for the engine), begun with a capital. The
    asker's own words carry no braces into it: the engine fills {name} after, and "a poem
    about my cat {hugs}" would be a field it has not got."""
    filled = re.sub(
        r"\{(\w+)\}",
        lambda m: fields[m.group(1)].translate(NO_BRACES) if m.group(1) in fields else m.group(0),
        line,
    )
    return filled[:1].upper() + filled[1:]


def poem_keys(fields: dict[str, str]) -> list[str]:
    """The keys of its `#compose poem` lines that fit what is told, most fitting first."""
    if "who" in fields:
        return [*([f"poem, named, {fields['kind']}"] if "kind" in fields else []), "poem, named"]
    if "leaving" in fields:
        return [*(["poem, leaving, season"] if "thing" in fields else []), "poem, leaving"]
    return ["poem, about"]


def poem_close(index: Index, fields: dict[str, str], seed: int, room: int) -> str:
    """A second couplet for verse on a topic, on the topic's own words (the sea, winter, a
    garden) when it has one, else its plain close; "" when it has none that fits in `room`."""
    if "leaving" in fields or "who" in fields:
        return ""
    closes = [
        line
        for line in _tagged_lines(index.tagged.get("compose", ()))
        if line.names[:2] == ("poem", "close")
    ]
    said = terms(fields["topic"])

    def first_said(line: Tagged) -> int:
        """Where the topic first names the close's theme (the frost before the allotment)."""
        theme = set(terms(" ".join(line.names[2:])))
        return next((at for at, word in enumerate(said) if word in theme), len(said))

    fitting = [line for line in closes if len(line.text) < room]
    themed = sorted((line for line in fitting if first_said(line) < len(said)), key=first_said)
    if themed:
        return poem_fill(themed[0].text, fields)
    plain = [line.text for line in fitting if len(line.names) == 2]
    return poem_fill(plain[seed % len(plain)], fields) if plain else ""
