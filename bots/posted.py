"""Signs, notices, posters and labels to put up, and short messages to send round, written to
order from what the asker says.

"could you write us a short sign for the end of the road, something like road closed, party on,
cars go round", "a poster for the gate asking people not to feed the horses", "a notice for the
lift, it's out of order until monday", "a sign for the road closure" a few messages after "the
road is closed 12 till 6 on saturday for the street party", "something for the newsletter about
the litter pick on sunday". What it says is what the asker told, set right and made polite,
with a touch of the persona's voice at most (its `#compose sign` closes, its `#notice group`
lines): never a stock line that shares one word with the ask ("cars go round" is no car wash),
never an invitation to a bin. When nothing says what it is to say, the persona asks for it
(`#compose posted, ask`).

A sign whose words another reader already sets (bots/pieces.py: quoted words, people wanted,
hours, a price; `dictated_sign`; a notice of an event with its day and place, bots/letters.py)
is left to it.
"""

from __future__ import annotations

import re
import zlib

from bots.asks import HOW_TO, PAST_ASKED, _tagged_lines
from bots.fold import folded
from bots.letters import WHEN
from bots.material import STOPWORDS, Index
from bots.pieces import _NOT_ASKED, _TAIL, _own, _sentence, _set_right, as_sign

_KIND = r"signs?|notices?|posters?|labels?|flyers?|leaflets?"
# A thing to put up asked for: "could you write us a short sign", "we need a notice"; not "sign
# up", "sign the form", "did you notice that", "a sign of spring".
POSTED_ASKED = folded(
    r"\b(?:write|do|make|draft|design|knock up|put together|come up with|think of|need|want|"
    r"give|help (?:me|us)(?: with| write)?)\b(?:\s+(?:me|us))?\s+"
    r"(?:(?!(?:you|u|we|i|they|he|she|it|people|anyone|someone|sure|that)\b)[\w'-]+\s+){0,3}?"
    rf"(?P<kind>{_KIND})\b(?!\s+(?:up|off|in|out|of|language|that|the|it|this)\b)|"
    # (asked with no verb: "quick notice for the noticeboard pls - ...")
    r"^\W*(?:(?:pls|please|quick one|and|also|ok|so|hey|right)\W+){0,2}(?:an?\s+)?(?:(?:quick|"
    rf"short|little|new|simple)\s+)?(?P<bare>{_KIND})\s+(?:for|about|on)\b",
    re.IGNORECASE,
)
# A short message to send round asked for: "something for the newsletter", "a quick message to
# the neighbours", "a post for the facebook page".
_SENT_TO = (
    r"newsletter|group ?chat|chat|whatsapp(?: group)?|group|facebook(?: page| group)?|"
    r"fb(?: page| group)?|page|neighbou?rs|street|residents|parish (?:magazine|newsletter)|"
    r"magazine|bulletin|mailing list|members|committee|building|parents|team"
)
MESSAGE_ASKED = folded(
    r"(?:\b(?:write|do|draft|put together|knock up|come up with|need|want|give|send|"
    r"help (?:me|us)(?: with| write)?)\b(?:\s+(?:me|us))?\s+|"
    # (asked with no verb: "something for the newsletter about the bike racks?")
    r"^\W*(?:(?:and|also|ok|so|pls|please|hey|quick one|right)\W+){0,2})(?:(?:a|an|the|some|"
    r"quick|short|"
    r"little|brief|nice|friendly|polite|simple|few)\s+)*(?P<kind>messages?|msgs?|texts?|posts?|"
    r"notes?|something|words|lines|bit|blurb|update|paragraph|item|piece)\s+(?:(?:to|for|in|on)"
    rf"\s+(?:the|our|my|all the|all our)\s+(?:[\w'-]+\s+){{0,2}}?(?P<to>{_SENT_TO}))\b",
    re.IGNORECASE,
)
# Any word of a thing to put up or of where a message goes.
_WORDED = folded(rf"\b(?:{_KIND}|{_SENT_TO})\b", re.IGNORECASE)
# Messages of an occasion, written elsewhere (bots/compose.py, bots/cards.py, bots/letters.py).
_OCCASIONED = folded(
    r"\b(?:thank|thanks|birthday|bday|good luck|congrat\w*|sorry|apolog\w*|get well|welcom\w*|"
    r"invit\w*|remind\w*|leaving|retir\w*|condolence\w*|sympathy|wedding|baby|christmas|xmas|"
    r"anniversary)\b",
    re.IGNORECASE,
)

# What it is to say, told in the ask: "something like road closed, party on", "saying X",
# "that says hands off", "along the lines of X".
SAYS = folded(
    r"(?:(?P<like>\b(?:something|sth|smth|anything|one|summat)\s+(?:like|along the lines of)|"
    r"\balong the lines of|[,;:-]\s*like)|\b(?:saying|that says|which says|to say|that reads|"
    r"reading|with the words)\b)\s*:?\s+(?P<said>[^?!.]{3,100})",
    re.IGNORECASE,
)
# Asking people to do or not to do a thing: "asking people not to feed the horses".
BIDS = folded(
    r"\b(?:asking|telling|reminding|to ask|to tell|to remind|to get|getting|begging|"
    r"(?:that |which )?(?:asks|tells|reminds))\s+(?:people|everyone|everybody|folks?|customers|"
    r"visitors|guests|kids|children|parents|dog owners|drivers|cyclists|walkers|residents|"
    r"neighbou?rs|users|them|staff|members|anyone|passers-?by)\s+(?:(?:to\s+)?(?P<not>not\s+)?"
    r"(?:to\s+)|(?P<please>please\s+))(?P<do>[^.?!;]{3,70})",
    re.IGNORECASE,
)
# Telling people a thing: "to tell people the hall is shut", "letting everyone know that ...".
TELLS = folded(
    r"\b(?:to tell|telling|to let|letting|to warn|warning|to inform|informing)\s+(?:people|"
    r"everyone|everybody|folks?|them|all|residents|neighbou?rs|customers|visitors|drivers|"
    r"parents|members|users)\s+(?:know\s+)?(?:that\s+)?(?P<said>[^.?!]{3,100})",
    re.IGNORECASE,
)
# A state told beside the ask: "..., it's out of order until monday", "..., we're closed sunday".
STATED = folded(
    r"[,;:.?!-]\s*(?:(?:cos|because|as|since|so|and)\s+)?(?P<said>(?:(?P<it>it'?s|it is|"
    r"it'?ll be|it will be)|we'?re|we are|we'?ll be|we will be|there'?s|there is|there'?ll be|"
    r"there will be|(?:the|our) [a-z-]+(?: [a-z-]+)? (?:is|are|has|have|will be|won'?t be|"
    r"isn'?t|aren'?t|can'?t be|closes|opens|starts))\s+(?:[^.?!]|(?<=\bno)\.){3,80})",
    re.IGNORECASE,
)
# The words dictated after the ask, after a colon or a dash: "a sign for the door: back in 10".
AFTER_COLON = folded(
    r"[^:.?!]{0,40}?(?:\s*:|\s+[-\u2013]+)\s+(?!(?:something|sth|smth|nothing|not|make|keep|"
    r"maybe|ideally|pls|please|thanks|ta|cheers|it|its|it's|we|we're|the|our|people|someone|kids|"
    r"everyone|folk|they|i|my|he|she|you|u|this|that|so|because|cos|as|like|for|to|and|but|or|if|"
    r"what|how|can|could|would|will|just|only|bit|funny|short|polite|nice|thank|x+)\b)"
    r"(?P<said>[^?!]{3,100})",
    re.IGNORECASE,
)
# A state told that is the trouble, not the words ("it's always left open"): what the sign must
# stop, which this reader does not guess.
HABIT = folded(r"\b(?:always|keeps?|never|constantly|all the time|every time|forever)\b", re.I)
# Words that say what the words are like, not what they say: "like 4 words max", "like the old
# one", "like that".
_NOT_WORDS = folded(
    r"^(?:the|a|an|that|this|it|those|these|last|before|\d+|one|mine|yours|ours|before|"
    r"usual|always|normal|i|we|you|u)\b",
    re.IGNORECASE,
)
# Where the words are said of the manner, not of what to say: "but nicer", "in big letters".
_MANNER = folded(
    r"\s+(?:but|and make it|make it|and keep it|keep it|in big|nothing too|not too|maybe|"
    r"or similar|or whatever|something (?:polite|funny|friendly|nice|short))\b.*$|"
    r"\s+(?:but )?(?:nicer|politer|friendlier|funnier|shorter)\b.*$",
    re.IGNORECASE,
)
# Where a thing goes up (`for the gate`): never what it is about.
_PLACES = (
    r"doors?|gates?|windows?|bins?|fences?|walls?|fridge|freezer|kitchen|toilets?|loos?|lift|"
    r"noticeboard|board|tables?|stall|desk|car ?park|entrance|porch|shed|hall|lamp ?posts?|"
    r"posts?|trees?|bench|bridge|path|drive|driveway|front|reception|office|staff ?room|"
    r"corridor|stairs|stairwell|microwave|kettle|sink|bathroom|shop|counter|till|road|street|"
    r"lane|close|field|pitch|park|playground|tin|jar|box|cupboard|van|car|garage|garden|"
    r"allotment|greenhouse|hut|clubhouse|church|school|stand|shelf|shelves|printer|machine"
)
# What "it" is, when a state is told of it: the thing named just before ("a notice for the lift,
# it's out of order": the lift; "a poster for the quiz? its on the 12th": the quiz).
REFERENT = folded(
    r"\b(?:for|on|about|re)\s+(?P<it>(?:the|our|my|this)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+)"
    r"(?=\s*(?:[,;:?!-]|\.\s|$))",
    re.IGNORECASE,
)
# What it is about: "for the road closure", "about the litter pick on sunday".
TOPIC = folded(
    r"\b(?:for|about|on|re|regarding)\s+(?P<topic>(?:the|our|a|an|this|next|[a-z]+'s)\s+"
    r"(?:[\w'-]+\s+){0,3}?[\w'-]+)(?=\s*(?:$|[,.;!?]|\b(?:on|at|this|next|pls|please|tomorrow|"
    r"tonight|today|asking|telling|saying|something|that|with|so|and|for|to|in|by)\b))",
    re.IGNORECASE,
)
# Things happening, that a message may bid people to.
EVENTED = folded(
    r"\b(?:pick|litter pick|party|sale|meeting|quiz|fair|fete|clean-?up|bbq|barbecue|morning|"
    r"social|picnic|walk|concert|match|jumble|open day|agm|night|evening|festival|market|"
    r"workshop|class|session|drinks|dinner|lunch|breakfast|tea|coffee|get-?together|gathering|"
    r"event|show|race|run|swap|auction|raffle|ceilidh|disco|screening|service|parade)$",
    re.IGNORECASE,
)

# Plain words for a persona with no lines of its own.
PLAIN = {
    "posted, ask": (
        "Happy to, {name}: what should the {what} say? Tell me what it is for, and when and "
        "where if it matters, and I'll write it.",
    ),
    "message, open": ("Hi all!",),
    "message, close": ("Thanks, everyone.",),
    "message, event": ("Hi all! {What} is {when}: do come along if you can. Thanks, everyone.",),
}


def posted_asked(text: str) -> str:
    """The kind of thing to put up or send round that `text` asks written ("sign", "notice",
    "poster", "label", "flyer", "message"), or "" when it asks none (or asks how to write one,
    or tells of one written)."""
    if not _WORDED.search(text):
        return ""  # (a quick look first: most messages name no such thing)
    if HOW_TO.match(text) or PAST_ASKED.match(text) or _NOT_ASKED.match(text):
        return ""
    if found := POSTED_ASKED.search(text):
        kind = (found.group("kind") or found.group("bare")).lower().rstrip("s")
        return "flyer" if kind == "leaflet" else kind
    found = MESSAGE_ASKED.search(text)
    if found and not _OCCASIONED.search(text):
        return "message"
    return ""


def _clean(words: str) -> str:
    """Words told for a piece, its manner and its please left off."""
    return _TAIL.sub("", _MANNER.sub("", words.strip(" ,;:-"))).strip(" ,;:-")


def _referent(text: str, start: int, end: int) -> str:
    """The thing named last between `start` and `end` that "it" stands for, or ""."""
    found = list(REFERENT.finditer(text[:end], start))
    return re.sub(r"^this\b", "the", found[-1].group("it").lower()) if found else ""


def said_in_ask(text: str) -> tuple[str, str]:
    """What the piece is to say as the ask tells it, in the asker's words set right, and its
    sort ("please", "told"); ("", "") when the ask says nothing of it."""
    if said := SAYS.search(text):
        words = _clean(said.group("said"))
        if len(words.split()) >= 2 and not (said.group("like") and _NOT_WORDS.match(words)):
            return _set_right(words), as_sign(words)[1]
    if bid := BIDS.search(text):
        do = _clean(bid.group("do"))
        if 1 <= len(do.split()) <= 12:
            do = re.sub(r"\b(?:them|themselves)\b", "you", _set_right(do), flags=re.I)
            return f"please {'do not ' if bid.group('not') else ''}{do}", "please"
    if tell := TELLS.search(text):
        told = _clean(tell.group("said"))
        told = re.sub(r"^they\b", "you", told, flags=re.IGNORECASE)
        if 2 <= len(told.split()) <= 14:
            return _set_right(told), "told"
    asked = POSTED_ASKED.search(text) or MESSAGE_ASKED.search(text)
    if asked and (after := AFTER_COLON.match(text, asked.end())):
        # ("a notice for the lift: out of order, engineer coming tuesday": the words after it,
        # after what it is for when that is no place it goes up)
        told = _clean(after.group("said"))
        what = _referent(text, asked.end(), after.start("said"))
        if what and not re.search(rf"\b(?:{_PLACES})$", what) and not _stems(what) & _stems(told):
            told = f"{what}: {told}"
        if 2 <= len(told.split()) <= 16:
            return _set_right(told), "told"
    stated = STATED.search(text, asked.end()) if asked else None
    if (
        stated
        and not WHEN.fullmatch(stated.group("said").strip())
        and not HABIT.search(stated.group("said"))
    ):
        told = _unvented(_clean(stated.group("said")))
        named = re.match(
            r"(?:it'?s|it is) (?:called|named)\s+(?P<name>[^,;:]{3,40}?)"
            r"(?:\s*[,;:]\s*(?P<rest>.+))?$",
            told,
            re.I,
        )
        if named:
            # "a sign for the door, it's called the green room": the sign is its name; "a
            # poster for the gig, it's called the green room sessions, friday 8pm": its name,
            # then the rest (review34: never "The gig is called the green room sessions!")
            name = _set_right(named.group("name").strip().title())
            rest = named.group("rest")
            return (f"{name}: {_set_right(rest)}" if rest else name), "named"
        if stated.group("it"):
            place = _referent(text, asked.end(), stated.start())
            if not place:
                return "", ""
            what = re.match(
                r"(?:it'?s|it is) (?P<kind>[a-z]+(?: and [a-z]+| [a-z]+)?)(?:,\s*(?P<rest>.+))?$",
                told,
            )
            if LABELLED.search(text[: stated.start()]) and what:
                # "a label for the jam? it's plum, made in august": Plum Jam, as a jar says it
                thing = re.sub(r"^(?:the|our|my|this)\s+", "", place)
                head = " ".join(
                    w if i and w in ("and", "of", "the", "in") else w.capitalize()
                    for i, w in enumerate(f"{what.group('kind')} {thing}".split())
                )
                return (
                    f"{head}: {_set_right(what.group('rest'))}" if what.group("rest") else head
                ), "named"
            told = re.sub(r"^(?:it'?s|it is)\b", f"{place} is", told, flags=re.IGNORECASE)
            told = re.sub(r"^it(?:'ll| will) be\b", f"{place} will be", told, flags=re.I)
        if 2 <= len(told.split()) <= 14:
            return _set_right(re.sub(r"^(?:the|our|my) ", "the ", told, flags=re.I)), "told"
    return "", ""


# A label asked: what it says is what the thing is, not a sentence about it.
LABELLED = folded(r"\blabels?\b", re.I)
# The asker's feelings about the trouble, beside what a notice is to say: "nobody has fixed
# it", "it's a disgrace" (review34: posted whole, then "Thank you.").
VENTED = folded(
    r"\b(?:disgrace\w*|joke|ridiculous|outrage\w*|shocking|unacceptable|pathetic|annoying|"
    r"nightmare|terrible|awful|fed up|sick of|typical|useless|nobody|no one|bloody|stupid|"
    r"rubbish|sort it|can'?t believe|i'?m|we'?re all)\b",
    re.I,
)


VENT_SPLIT = folded(rf"\s*[,;]\s*|\s+and\s+(?=(?:[\w']+\s+){{0,3}}?(?:{VENTED.pattern}))", re.I)


def _unvented(told: str) -> str:
    """`told` without its clauses of feeling, nor "again": "it's broken again and nobody has
    fixed it, it's a disgrace" is "it's broken"."""
    # (a clause of feeling after "and" goes too: "broken and nobody has fixed it")
    clauses = VENT_SPLIT.split(told)
    kept = [c for c in clauses if c and not VENTED.search(c)]
    said = ", ".join(kept)
    said = re.sub(r"\s+(?:yet )?(?:again|as usual)\b", "", said, flags=re.I)
    return said


def _stems(words: str) -> set[str]:
    return {w[:4] for w in re.findall(r"[a-z]{4,}", words.lower()) if w not in STOPWORDS}


# A topic told as a state: "the lift being fixed", "the bins getting collected late".
BEING = folded(r"^((?:the|our|a|an)\s+[\w'-]+(?:\s+[\w'-]+)?)\s+(being|getting)\s+", re.I)
# A thing told as done, no news to put up: "we made £200 at the bake sale last year".
PAST_TOLD = folded(
    r"\b(?:last (?:year|week|time|month|night)|yesterday|ago|raised|(?:we|i|they) (?:made|had|did|"
    r"got|took))\b",
    re.IGNORECASE,
)
# What a place is told to be ("the car park will be shut on friday"), for a notice put up there.
PLACE_STATE = folded(
    r"\b(?:is|are|will be|'ll be|won'?t be|isn'?t|aren'?t|closed|shut|open|opens|closes|"
    r"out of order|off)\b",
    re.IGNORECASE,
)


def said_before(topic: str, told: tuple[str, ...], place: bool = False) -> str:
    """The sentence of the people's messages just before (`told`, oldest first) that tells of
    `topic` with a day, a time or a figure ("the road is closed from 12 till 6 on saturday"),
    set right; of a `place` only what it is or will be ("shut on friday"); "" when none does."""
    stems = _stems(re.sub(r"^(?:the|our|a|an|this|next)\s+", "", topic, flags=re.IGNORECASE))
    for line in reversed(told):
        if "?" in line:
            continue
        for sentence in re.split(r"(?<=[.!])\s+|\s*\n\s*", line):
            words = sentence.strip(" .!")
            if (
                stems & _stems(words)
                and (WHEN.search(words) or re.search(r"\d", words))
                and 3 <= len(words.split()) <= 30
                and (not place or PLACE_STATE.search(words))
                and not PAST_TOLD.search(words)
            ):
                words = re.sub(r"^(?:so|and|ok|okay|right|fyi|btw|just so you know)\W+", "", words)
                return _set_right(words)
    return ""


def _topic(text: str, start: int) -> str:
    """What the piece asked is about ("the road closure"), never where it goes up."""
    for found in TOPIC.finditer(text, start):
        topic = found.group("topic").lower()
        if not re.search(rf"\b(?:{_PLACES})$", topic):
            return topic
    return ""


def _whole_topic(text: str, topic: str) -> str:
    """`topic` with the day said just after it ("the noise on saturday")."""
    at = text.lower().find(topic)
    on = re.compile(r"\s+(?:on\s+)?").match(text, at + len(topic)) if at >= 0 else None
    when = WHEN.match(text, on.end()) if on else None
    return f"{topic} {text[on.start() : when.end()].strip()}" if when else topic


def posted(text: str, told: tuple[str, ...] = ()) -> tuple[str, str, str]:
    """The piece `text` asks for (`posted_asked`), as (kind, sort, words): the words from the
    ask (`said_in_ask`), else from what was told of its topic just before (`said_before`);
    for a message of an event with its day, a word to come; ("ask", kind, "") when nothing says
    what it is to say."""
    kind = posted_asked(text)
    if not kind:
        return "", "", ""
    said, sort = said_in_ask(text)
    asked = POSTED_ASKED.search(text) or MESSAGE_ASKED.search(text)
    topic = _topic(text, asked.end()) if asked else ""
    if not said and topic and (said := said_before(topic, told)):
        sort = "told"
    if not said and not topic and asked and (what := _referent(text, asked.end(), len(text))):
        said, sort = said_before(what, told, place=True), "told"  # ("a notice about the car park")
    if not said and BEING.match(topic):
        # ("about the lift being fixed on monday": the lift is being fixed on Monday)
        whole = _whole_topic(text, topic)
        said, sort = _set_right(BEING.sub(r"\1 is \2 ", whole, count=1)), "told"
    if said and kind == "message":
        # (a message's words a sentence, as told, after what it is about when they name it not:
        # "About the noise on Saturday: we're having a party til 11.")
        if topic and not _stems(topic) & _stems(said):
            said = _sentence(said)
            said = said if re.match(r"I\b|[A-Z]{2}", said) else said[:1].lower() + said[1:]
            return kind, sort, f"About {_set_right(_whole_topic(text, topic))}: {said}"
        return kind, sort, _sentence(said)
    if said:
        return kind, sort, as_sign(said)[0]  # (a sign's clauses each a line of it)
    when = WHEN.search(text, asked.end()) if asked else None
    if kind == "message" and topic and when and EVENTED.search(topic):
        # ("about the litter pick on sunday": the day said after it, a word to come)
        said = when.group(0).strip()
        said = (
            said if re.match(r"(?:on|at|from|this|next|tomorrow|tonight)\b", said) else f"on {said}"
        )
        return kind, "event", f"{topic}|{_set_right(said)}"
    return "ask", kind, ""


def framed(facts: dict[str, str]) -> bool:
    """Whether a notice's `facts` (bots/letters.py `notice_facts`) are enough for a message of
    them to say something: a place, a thing to bring, words to say, or an event and its day."""
    if {"where", "bring", "says", "besides"} & facts.keys():
        return True
    return "when" in facts and bool(EVENTED.search(facts.get("what", "")))


def _notice_lines(index: Index, *names: str) -> list[str]:
    """Its `#notice` lines of all `names` with no field to fill ("Good friends, a word!")."""
    return [
        line.text
        for line in _tagged_lines(index.tagged.get("notice", ()))
        if set(names) <= set(line.names) and "{" not in line.text
    ]


def posted_piece(index: Index, text: str, told: tuple[str, ...] = ()) -> tuple[str, dict, str]:
    """The piece `text` asks for (`posted`), in the persona's words: the opener's tag, its
    fields and the piece quoted; or, when nothing says what it is to say, its question for the
    words said whole (`#compose posted, ask`, {what} filled)."""
    kind, sort, said = posted(text, told)
    seed = zlib.crc32(text.lower().encode())
    if kind == "ask":
        asks = _own(index, "posted, ask") or list(PLAIN["posted, ask"])
        return ("", {}, asks[seed % len(asks)].replace("{what}", sort))
    tag = "carded" if index.tagged.get("carded") else "offer"
    if kind == "message":
        if sort == "event":
            what, when = said.split("|")
            body = PLAIN["message, event"][0].format(What=what[:1].upper() + what[1:], when=when)
        else:
            opens = _notice_lines(index, "group", "open") or list(PLAIN["message, open"])
            closes = _notice_lines(index, "group", "close") or list(PLAIN["message, close"])
            body = f"{opens[seed % len(opens)]} {said} {closes[seed % len(closes)]}"
        return (tag, {"what": "message"}, f'"{body}"')
    closes = _own(index, f"sign, {sort}")
    close = closes[seed % len(closes)] if closes else ""
    if kind in ("label", "poster", "flyer") and sort == "named":
        close = ""  # (no thanks on a jar of jam, nor on a gig's poster)
    return (tag, {"what": kind}, f'"{f"{said} {close}".strip()}"')
