"""A persona called on mid-sentence, alone or beside another (room47, rate46).

Live rooms rated worst (2.44 of 5). "maybe shakespeare has ideas about how to end a feud",
"curie or darwin must know something about why ...", "i bet einstein could explain why the
jump feels floaty", "ask darwin or einstein, one of them surely knows why the sky is blue":
the persona is named in the third person, not at the start, yet the sentence wants its
answer. It stayed silent, or met the words around its name with a stock line ("Tastes vary
as much as finches' beaks"). Read here by shape (`called`): the names called on (one answers:
the one whose field fits, `policy`) and the question put to it, said after the call or, for a
bare call ("ada would know", "darwin what do you reckon"), the room's question just before
(`put_to`, which the engine answers as if asked). A name dropped in passing ("like darwin
said", "curie would've loved this", "ada would've had this done in an hour") is no call.
"""

from __future__ import annotations

import re

from bots.fold import folded
from bots.know45a import reread
from bots.material import terms
from bots.room46 import echoed_thing
from bots.sense import GENERIC_TERMS

_NAME = (
    r"(?:albert einstein|einstein|albert|william shakespeare|shakespeare|marie curie|curie|"
    r"marie|ada lovelace|lovelace|ada|socrates|charles darwin|darwin|charles)"
)
_GROUP = rf"(?P<group>{_NAME}(?:\s*(?:,|/|&|\bor\b|\band\b)\s*{_NAME})*)"
_SURE = (
    r"(?:must|would|should|might|could|will|can|surely|prob(?:ably)?|def(?:initely)?|defo|"
    r"deffo|totally|100%|definitely|likely)"
)
# "maybe shakespeare has ideas about ...", "curie or darwin must know something about why ...",
# "ada would know how to ...", "socrates probably has an opinion on whether ...".
_KNOWS = folded(
    rf"(?<![\w@]){_GROUP}\s+(?:{_SURE}\s+)*(?:(?P<knows>knows?)|has|have|got)\b"
    r"(?P<what>(?:\s+(?:some|any|an?|the|a few|plenty of|good|real|strong|more|his|her|own))*"
    r"\s+(?:ideas?|thoughts?|theor(?:y|ies)|clues?|answers?|opinions?|views?|takes?|"
    r"something|things|a thing or two|insights?|notes?))?"
    r"(?P<about>\s+(?:about|on|as to|re|regarding))?(?P<q>(?:\W.*)?)$",
    re.IGNORECASE,
)
# "i bet einstein could explain why ...", "darwin could explain that better than our textbook".
_EXPLAINS = folded(
    rf"(?<![\w@]){_GROUP}\s+(?:{_SURE}\s+)+(?:explain|tell (?:us|you|me|ya|u)|answer)\b"
    r"(?P<q>.*)$",
    re.IGNORECASE,
)
# "darwin what do you reckon, why do ...", "curie or darwin what do you reckon".
_RECKON = folded(
    rf"^\W*{_GROUP}\W*(?:what do (?:you|u|ya) (?:reckon|think|say)|thoughts|any ideas|"
    r"(?:you|u) reckon)\b\W*(?P<q>.*)$",
    re.IGNORECASE,
)
# "ask darwin or einstein, one of them surely knows why the sky is blue".
_ASK = folded(
    rf"(?:^|[^\w@])ask\s+{_GROUP}\b\W*(?:(?:one of (?:them|those two|em|you)|they|either)\s+"
    rf"(?:{_SURE}\s+)*knows?\b)?(?P<about>\s+(?:about|on))?(?P<q>.*)$",
    re.IGNORECASE,
)
# "shakespeare, socrates, anyone? why does he delay": several named, one answer wanted.
_ANYONE = folded(
    rf"^\W*{_GROUP}\W+(?:anyone|anybody|someone|either of (?:you|u)|one of (?:you|u))\b\W*"
    r"(?P<q>.*)$",
    re.IGNORECASE,
)
_QUESTION = folded(
    r"^(?:why|how|what|whats|what's|where|when|who|which|whether|if|is|are|was|were|do|does|"
    r"did|can|could|should|would|will)\b",
    re.IGNORECASE,
)
# Nothing said after the call but "this", "that", a laugh: the room's question is meant.
_BARE = folded(
    r"^\W*(?:(?:this|that|it|these|those)\b[^?]{0,40})?\W*(?:lol|lmao|haha\w*|tho|though|"
    r"honestly|tbh|ngl|fr|surely|probably|right)?\W*$",
    re.IGNORECASE,
)
_ASIDE = re.compile(r"\s*[,;(\u2014-]")
_TAIL = folded(r"(?:\s+(?:lol|lmao|haha\w*|tbh|ngl|fr|tho|though|honestly))+\W*$", re.IGNORECASE)
# What the room's people said that asks something: "why do ...", "... right?".
_ASKED = folded(
    r"\?\W*$|^\W*(?:(?:ok|so|but|and|wait|hmm|also|btw|anyway|like)\W+)*(?:does anyone know|"
    r"anyone know|why|how|what|whats|is|are|do|does|can|could|should|would|did|will)\b",
    re.IGNORECASE,
)
# Two or more named, then the question, or the question, then the names (room48): "einstein or
# curie, is time travel possible", "why does ice float, curie or darwin?". One answers.
_PAIR = rf"{_NAME}(?:\s*(?:,|/|&|\bor\b)\s*{_NAME})+"
_EITHER = folded(
    rf"^\W*(?P<group>{_PAIR})\s*(?:,|:|-|\?)\s*(?P<q>.+)$|"
    rf"^(?P<q2>\W*[a-z][^@]*?)\s*(?:,|:|-|\?)\s*(?:(?:so|ok|pls|please)\s+)?"
    rf"(?P<group2>{_PAIR})\W*$",
    re.IGNORECASE,
)
_READERS = (_ANYONE, _RECKON, _ASK, _EXPLAINS, _KNOWS, _EITHER)
_BETWEEN = folded(
    r"^\W*(?:who|who'?d|whos|who'?s|which (?:one|of (?:you|u|them)))\b", re.IGNORECASE
)


def _content(text: str) -> set[str]:
    return {t for t in terms(text) if t not in GENERIC_TERMS}


def called(body: str) -> tuple[tuple[str, ...], str] | None:
    """The persona names a message calls on, lowercased, in order, and what it asks of them
    (a question, or "" for a bare call that means the room's question just before); None when
    the message names no persona that way (cheap for any message with no persona's name)."""
    call = _call(body)
    return call[:2] if call else None


def _call(body: str) -> tuple[tuple[str, ...], str, int] | None:
    """`called`, and where in `body` the call begins."""
    if len(body) > 240 or "@" in body:
        return None
    lowered = body.lower()
    if not any(n in lowered for n in _FIRST):
        return None
    for reader in _READERS:
        found = reader.search(body)
        if not found:
            continue
        named = found.group("group") or found.group("group2") if reader is _EITHER else None
        group = tuple(n.lower() for n in re.findall(_NAME, named or found.group("group"), re.I))
        if reader in (_ANYONE, _EITHER) and len(group) < 2:
            continue
        if reader is _EITHER:
            rest = found.group("q") or found.group("q2")
            if _BETWEEN.match(rest):
                # "who would win in a fight, einstein or darwin": a choice between the named,
                # answered by each as a matter of taste (test_taste42), not a call of one.
                continue
            asked = _asked_of(rest, reader, found) if _QUESTION.match(rest.strip()) else None
            if asked:
                return group, asked, found.start()
            continue
        asked = _asked_of(found.group("q"), reader, found)
        if asked is not None:
            return group, asked, found.start()
    return None


_FIRST = ("einstein", "albert", "shakespeare", "william", "curie", "marie", "lovelace", "ada")
_FIRST += ("socrates", "darwin", "charles")


def _asked_of(rest: str, reader, found) -> str | None:
    """The question `rest` (what follows the call) puts, "" for a bare call, None for none."""
    rest = _TAIL.sub("", rest).strip(" ,;:-.!")
    if _BARE.match(rest) or (
        reader is _KNOWS and found.group("knows") and _ASIDE.match(found.group("q"))
    ):
        # ("lovelace or darwin might know, they were around-ish": a call, then an aside)
        if reader is _KNOWS and not found.group("knows"):
            return None  # "darwin has a point", "ada would've had this done": no call
        return ""
    if _QUESTION.match(rest):
        return rest if rest.endswith("?") else rest + "?"
    if reader in (_KNOWS, _ASK) and found.group("about") and len(_content(rest)) >= 2:
        return f"what do you make of {rest}?"
    return None


def room_question(history, ignore) -> str:
    """The question the room's people put last, in the few lines before the call (not a
    persona's line): what a bare call ("ada would know") asks the persona to answer."""
    for said in reversed(list(history)[-7:-1]):
        if said.own or said.author in ignore:
            continue
        text = said.text.strip()
        if _ASKED.search(text) and len(_content(text)) >= 2 and not called(text):
            return text
    return ""


# Words a persona's lines share only by accident of spelling: "should we book??" (a flight),
# "my cell phone", "travel light", "light reading", "no energy today". Unasked, a persona does
# not speak up on them (rate46: Curie on "should we book??" with "read widely").
_INCIDENTAL = folded(
    r"\b(?:(?:should|shall|can|could|let'?s|lets|to|we'?ll|i'?ll|pls|please|gonna|go|just|and|"
    r"we|i|u|you)\s+(?:re)?book(?:ed|ing)?\b|book(?:ed|ing)?\s+(?:it|the|a|an|our|my|tickets?|"
    r"flights?|hotels?|tables?|tonight|now|in|early|asap)\b|book(?:ing)?s?\?|\bbooking\b|"
    r"cell ?phones?|(?:travel|pack|packing|travell?ing|eat|eating)\s+light\b|"
    r"light\s+(?:reading|lunch|dinner|snack|rain|jacket|load|weight)|"
    r"(?:no|low|zero|some|more|any|little|the|finally|out of)\s+energy\b|energy drinks?|"
    r"(?:oven|fridge|car|bike|porch|brake|warning)\s+lights?\b|light ?bulbs?|"
    r"lights? (?:on|off|out)\b)",
    re.IGNORECASE,
)


def incidental(body: str) -> str:
    """`body` without the words its persona-like words are only spelt like (`_INCIDENTAL`)."""
    return _INCIDENTAL.sub(" ", body) if _INCIDENTAL.search(body) else body


def put_to(names: tuple[str, ...], message: str, history, ignore) -> str:
    """The question `message` puts to the persona called `names` (its slug, name, first
    name) by calling on it mid-sentence or beside another, to answer as if asked; "" for any
    other message, or a bare call with no question before it."""
    if _EXPLAIN.match(message) and (asked := _asked_before(history, ignore)):
        # "ok save tom here, how would u explain it to a 7 year old", after "my kid asked why
        # the sky is blue": the question asked before it (rate47 S4 had "as puzzled as my cat
        # Tiger").
        return asked
    call = _call(message)
    if call is None:
        return QUIET if _echo_astray(message, history) else ""
    group, asked, start = call
    own = {n.lower() for n in names} | {n.lower() for name in names for n in name.split()}
    if not own & set(group):
        return ""
    told = _TOLD_BEFORE.sub("", message[:start]).strip(" ,;:-.!")
    if asked and len(_content(asked)) < 2 and len(_content(told)) >= 2:
        # "my cat kneads my stomach every night like bread dough, maybe darwin knows why?": the
        # question is of what was told before the call (rate47 S36 had got "Have you observed
        # anything curious today?" to a bare "why?").
        return f"{told}, {asked}"
    if asked and _VAGUE.search(asked) and len(_content(asked)) < 2:
        # "shakespeare, socrates, anyone? why does he delay": of whom the room just asked.
        asked = room_question(history, ignore) or asked
    if asked:
        return asked
    if len(_content(told)) >= 2:
        # "was galvanism real or did she make it up? lovelace or darwin might know": what was
        # asked, or told, before the call ("the bread didnt rise again, maybe darwin knows").
        return told if told.endswith("?") else f"{told}?"
    return room_question(history, ignore)


# Asked to explain what was just asked, in so many words: "how would u explain it to a 7 year
# old", "can you explain that simply", "eli5".
_EXPLAIN = folded(
    r"^\W*(?:@\w+\W+)?(?:[^,.!?@]{1,30}[,.!]\s*)?(?:(?:so|ok|okay|then|but|pls|please)\s+)?"
    r"(?:(?:how (?:would|do|can|could|should) (?:you|u)|can (?:you|u)|could (?:you|u)|pls|please)"
    r"\s+)?(?:explain (?:it|that|this)(?:\s+(?:to|for) (?:a |an |my |our )?[\w -]{1,30}|"
    r"\s+simply|\s+like (?:i'?m|im) (?:5|five))?|eli5)\W*$",
    re.IGNORECASE,
)


def _asked_before(history, ignore) -> str:
    """The question a person asked in the few lines before the last (a question relayed, "my
    kid asked why the sky is blue", is that question), or "": none, or the persona answered
    it already."""
    for said in reversed(list(history)[-5:-1]):
        if said.own:
            return ""  # (after its own answer: asked to say it again more simply, `bots.turns`)
        if said.author in ignore:
            continue
        text = said.text.strip()
        if relayed := reread(text, lambda _: False):
            return relayed
        if _ASKED.search(text) and len(_content(text)) >= 2:
            return text
    return ""


QUIET = "."  # (`put_to`: the message is not for this persona; it keeps quiet)


def _echo_astray(message: str, history) -> bool:
    """Whether `message`, read as a thing of the persona's own line just said echoed back ("the
    orange donut again?"), shares no word with that line: said to someone else."""
    if len(history) < 2 or not history[-2].own or not echoed_thing(message):
        return False
    return not _content(message) & _content(history[-2].text)


_VAGUE = folded(r"\b(?:he|she|it|they|him|her|them|this|that)\b", re.IGNORECASE)
# What opens a call after what was told: "..., maybe darwin knows why", "... so i bet ada".
_TOLD_BEFORE = folded(r"\W*\b(?:(?:and|so|but|maybe|perhaps|i bet|bet|prob|probably)\W+)+$", re.I)
