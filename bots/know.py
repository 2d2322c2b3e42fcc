"""Everyday practical science a persona knows: `#know` lines.

People in a group chat ask the scientists everyday things: "why does running downhill hurt my
legs more", "how long are tins ok after the best before date", "how do i keep the mice out".
Each such answer is a `#know` line, keyed by the words people use for the thing:

    #know downhill legs/thighs/knees/sore, =coming_down/=going_down legs/knees: <the answer>

Before the colon, alternatives separated by commas; an alternative is met when the question
says every group of it (groups separated by spaces), a group being words any one of which will
do (separated by "/"). A word is met by its stem; a phrase ("best_before") or a word marked
"=" ("=off", "=leaves") is found as said, with an ending such as "s" or "ing" when longer than
three letters. A key of one group is met by one word alone, so only words with one sense stand
alone ("dehumidifier", "condensation"); a word with others ("power", "cold", "pest") is keyed
with the thing it is said of ("heater/kettle power/electricity"). Of the lines met, the one
whose alternative has most groups, then most of the question's words among its keys; a line
said in the room already only when no other is met.

A line on the persona's own life is keyed with a group of the words for "you" as well
("you/your/u/ur prague/see/visit: I taught in Prague ..."): it answers a question put to the
persona itself ("what did you eat during exams", "you lived in prague right? what should we
see"), which no other line does ("did you ever get stung" asks of its life, not of stings).
Its own time is asked as "in your day", "back then", "when you were young": the shared group
"~then" (`SHARED`) says those ("eat/food/dinner ~then you/your/u/ur: Bread, pottage and
cheese ..."), so that "what did ordinary people eat in your day" is answered of its time and
"what should i eat tonight, in your opinion" is not.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import TypeVar

from bots.compounds import modifiers
from bots.fold import folded
from bots.lexicon import a_thing, kinds, nearest_kinds
from bots.material import STOPWORDS, WORD, Index, Line, terms
from bots.sense import (
    ASKED,
    AT_ODDS,
    GENERIC_TERMS,
    THINGS_DISAGREE,
    beside_terms,
    case_unmet,
    focus,
    met_apart,
    off_focus,
    opening_nouns,
    place_names,
    subjects,
)
from bots.sense import _qualifiers as qualifiers
from bots.topic import kept_only

_T = TypeVar("_T")


@dataclass(frozen=True)
class Known:
    """A `#know` line: its keys (alternatives, each a tuple of groups, each a tuple of stems or
    phrases) and the sentence it says."""

    keys: tuple[tuple[tuple[str, ...], ...], ...]
    words: frozenset[str]
    text: str
    # On the persona's own life: a group of its keys is the words for "you".
    own: bool = False
    # The stems of all its keys, phrases' words too: what it is about, for `sense.off_focus`.
    about: frozenset[str] = frozenset()
    # What a reply that says it is sure to hold: its text after the name (`subject_of`).
    said: str = ""


def _word(raw: str) -> str:
    """A key word as its stem; a phrase ("best_before"), or a word the ranking does not read
    ("off", "cans"), as "=" and its words, to be found as said."""
    raw = raw.strip().lower()
    found = terms(raw.lstrip("="))
    if raw.startswith("=") or "_" in raw or len(found) != 1:
        return "=" + raw.lstrip("=").replace("_", " ")
    return found[0]


def _said_as(phrases: str) -> str:
    """A group of keys found as said, from phrases separated by commas ("been to, visit")."""
    return "/".join("=" + p.strip().replace(" ", "_") for p in phrases.split(","))


# Groups of keys many lines share, named once and put in place of the name ("~then") wherever
# a line's keys say it: "~then" is the persona's own time asked of ("what did people eat in your
# day", "did people brush their teeth back then", "what did kids play with when you were
# young"), said with a group of the words for "you" ("you/your/u/ur ~then eat/food: ...").
SHARED = {
    "~then": "/".join(
        "=" + phrase.replace(" ", "_")
        for phrase in (
            "in your day",
            "in ur day",
            "of your day",
            "in your time",
            "in ur time",
            "of your time",
            "during your time",
            "your era",
            "ur era",
            "your century",
            "your lifetime",
            "your generation",
            "back then",
            "those days",
            "the old days",
            "when you were",
            "when u were",
            "you grew up",
            "u grew up",
            "your childhood",
            "your youth",
            "you were alive",
            "u were alive",
        )
    ),
}
# "~been" is a place the persona went to or lived in, asked of it ("have you been to rome",
# "did you live in berlin", "you were in prague right"), said with a group of the words for
# "you" and the places; "~would" a playful hypothetical about today ("would you be any good at
# video games", "what job would you do now").
SHARED["~been"] = _said_as(
    "been to, been in, go to, went to, gone to, get to, got to, ever go, ever went, visit, "
    "visited, live in, lived in, living in, live there, lived there, stay in, stayed in, "
    "grew up in, born in, move to, moved to, trip to, travel to, travelled to, traveled to, "
    "sail to, sailed to, were in, was in, study in, studied in, ever been, been there, ever in, "
    "ever at"
)
SHARED["~would"] = _said_as(
    "would you, would u, would ya, wouldve, would you've, if you were, if u were, if you lived, "
    "if u lived, if you had, were you alive, alive today, alive now, born today, nowadays, "
    "these days, today, now"
)
_SHARED_NAME = re.compile(r"~\w+")


# The `Known` lines of each material's `#know` or `#work` lines, by the identity of the tuple
# its index holds (as `_built`): a reply reads them some ten times, its own and the room's
# other personas', and hashing a tuple of 450 lines for `_knowns`'s cache cost more than the
# reading of a line it meets. (An edited material is another index, holding another tuple.)
_KNOWNS: dict[int, tuple[tuple[str, ...], tuple[Known, ...]]] = {}


def knowns(lines: tuple[str, ...]) -> tuple[Known, ...]:
    found = _KNOWNS.get(id(lines))
    if found is not None and found[0] is lines:
        return found[1]
    if len(_KNOWNS) > 64:
        _KNOWNS.clear()
    read = _knowns(lines)
    _KNOWNS[id(lines)] = (lines, read)
    return read


@lru_cache(maxsize=64)
def _knowns(lines: tuple[str, ...]) -> tuple[Known, ...]:
    found = []
    for line in lines:
        about, colon, text = line.partition(":")
        if not colon or not text.strip():
            continue
        about = _SHARED_NAME.sub(lambda m: SHARED.get(m.group(), m.group()), about)
        keys = tuple(
            tuple(tuple(_word(w) for w in group.split("/") if w.strip()) for group in alt.split())
            for alt in about.split(",")
            if alt.strip()
        )
        words = frozenset(w for alt in keys for group in alt for w in group if w[0] != "=")
        own = any(set(group) & _YOU for alt in keys for group in alt)
        phrased = {
            t for alt in keys for group in alt for w in group if w[0] == "=" for t in terms(w)
        }
        found.append(
            Known(
                keys=keys,
                words=words,
                text=text.strip(),
                own=own,
                about=words | phrased,
                said=text.split("{name}")[-1].strip(" ,.;:"),
            )
        )
    return tuple(found)


# A thing asked to be made ("could you write a shanty for our sailing club"): no question of
# its field, nor of its life.
_MADE = folded(
    r"\b(?:could|can|would|will) (?:you|u) (?:please |pls |just )?(?:write|make|compose|draw|"
    r"code|send|find|book|create|generate|design|plan|sing|play)\b",
    re.I,
)
# The words for "you" that key a line of the persona's own life.
_YOU = frozenset({"=you", "=your", "=u", "=ur", "=yourself"})
# A phrase said with an ending ("keeps coming", "tins"); short words only as said ("on" is no
# "ones").
_ENDING = "(?:s|es|ed|ing)?"
# The persona's own life asked ("was your flat in paris cold", "why did you keep pigeons",
# "what did your pigeons teach you"): no everyday answer ("is running bad for your knees" is one).
# Nor a side asked with someone ("li reckons warming up is pointless, you with me?").
_OF_ITS_LIFE = folded(
    # ("lovely to have you. is it true ..." is a welcome, not a question of its life)
    r"\b(?:is|are|was|were|did|does|do) (?:your|ur)\b|\b(?:did|were|was|(?<!to )have) (?:you|u)\b",
    re.I,
)
# A question of its own life put with no question mark: opening "was", "were", "have", "ever"
# and saying "you" or "your" ("was aristotle your student", "ever been to egypt"). (A claim
# tagged "right", "you were married to xanthippe yeah", is `bots.life`'s.)
_OWN_ASKED = folded(
    r"^\W*(?:@\w+\W+)?(?:was|were|have|had|ever)\b(?=.*\b(?:you|your|u|ur)\b)|"
    r"^\W*(?:@\w+\W+)?ever (?:been|gone|visited|lived|went|go)\b",
    re.I,
)
# "curie was it scary working with radium": asked by its order, with no question mark (`ASKED`
# reads "was" only opening the message), of how a thing of its life felt or how safe it was.
_WAS_IT = folded(
    r"^\W*(?:@?\w+,?\s+)?(?:was|were) it (?:really |ever |not )?(?:scary|frightening|terrifying|"
    r"dangerous|safe|painful|lonely)\b",
    re.I,
)
_SIDE_ASKED = folded(
    rf"\b(?:agree|{THINGS_DISAGREE}disagree|you with me|back me up|reckons|claims|"
    r"is (?:he|she) right)\b",
    re.I,
)


@lru_cache(maxsize=8192)
def _phrase(word: str) -> re.Pattern[str]:
    """The pattern that finds a phrase key ("=coming down") as said. Compiled once: the keys
    outnumber the `re` module's own cache, which would compile them again on every message
    (bounded: staff may edit the material)."""
    return re.compile(rf"\b{re.escape(word[1:])}{_ENDING if len(word) > 4 else ''}\b")


def _met(group: tuple[str, ...], said: set[str] | frozenset[str], lowered: str) -> bool:
    stems, phrases = _parted(group)
    # (A phrase's letters are looked for before its pattern is run: most messages lack them.)
    return not stems.isdisjoint(said) or any(
        letters in lowered and _phrase(w).search(lowered) for letters, w in phrases
    )


@lru_cache(maxsize=8192)
def _parted(group: tuple[str, ...]) -> tuple[frozenset[str], tuple[tuple[str, str], ...]]:
    """A group of keys as its stems, and its phrases (their letters, and the key): the stems
    are looked up at once, not one by one (bounded: staff may edit the material)."""
    stems = frozenset(w for w in group if w[0] != "=")
    return stems, tuple((w[1:], w) for w in group if w[0] == "=")


def _one_word(alt: tuple[tuple[str, ...], ...], said: set[str], lowered: str) -> bool:
    """Whether every group of the keys `alt` (of two groups or more) is met by one and the same
    word: "heater" alone for a dilemma keyed "...heater fair/.../heater", which asks of no
    bill shared in "my heater smells of burnt toast"."""
    if len(alt) < 2:
        return False
    first = _met_by(alt[0], said, lowered)
    return len(first) == 1 and all(_met_by(group, said, lowered) == first for group in alt[1:])


def _met_by(group: tuple[str, ...], said: set[str], lowered: str) -> set[str]:
    """The keys of `group` that the message meets."""
    return {w for w in group if (_phrase(w).search(lowered) if w[0] == "=" else w in said)}


@lru_cache(maxsize=8192)
def _gate_keys(word: str) -> tuple[str, ...] | None:
    """What a message must hold for the key `word` to be met: its stem (as "s:stem"), or for a
    phrase one of its words as a token ("t:coming" for "=coming down"; its last word, or a
    single word, with its endings when the phrase may take one), the one least often said
    (`_gate_cost`: "kids", not "how", of "=how many kids"); None when that can't be told from
    tokens (the line is then always read)."""
    if word[0] != "=":
        return ("s:" + word,)
    said = word[1:].split(" ")
    # The first word as a token, or a token's part after an apostrophe ("don't" holds "t").
    told = [(said[0].split("'")[0], len(said) == 1 and "'" not in word and len(word) > 4)]
    # Each later word as a whole token (after a space in the phrase); the last with an ending.
    told += [(w, at == len(said) - 1 and len(word) > 4) for at, w in enumerate(said) if at]
    found = [
        tuple("t:" + w + end for end in _ENDINGS) if ending else ("t:" + w,)
        for w, ending in told
        if _TOKEN.fullmatch(w)
    ]
    if len(found) < 2:
        return found[0] if found else None
    return min(found, key=_gate_cost)


# A word read as a token (`_read`'s `held`), whole.
_TOKEN = re.compile(r"[a-z0-9]+")
# The endings a phrase key may be said with (`_ENDING`).
_ENDINGS = ("", "s", "es", "ed", "ing")


# What is built of each set of lines (`_gates`, `_openings`), by the identity of the tuple
# `knowns` returns (its own cache hands back the same tuple): hashing a tuple of some 450 lines
# on every call cost more than the reading it saves. An edited material is read into new lines,
# and built again; a few dozen sets are kept, no more.
_BUILT: dict[tuple[str, int], tuple[tuple[Known, ...], object]] = {}


def _built(lines: tuple[Known, ...], build: Callable[[tuple[Known, ...]], _T]) -> _T:
    """`build(lines)`, once for each set of lines."""
    key = (build.__name__, id(lines))
    found = _BUILT.get(key)
    if found is not None and found[0] is lines:
        return found[1]  # type: ignore[return-value]
    if len(_BUILT) > 128:
        _BUILT.clear()
    built = build(lines)
    _BUILT[key] = (lines, built)
    return built


def _gates(
    lines: tuple[Known, ...],
) -> tuple[dict[str, tuple[int, ...]], tuple[int, ...], frozenset[str]]:
    return _built(lines, _gated)


def _gated(
    lines: tuple[Known, ...],
) -> tuple[dict[str, tuple[int, ...]], tuple[int, ...], frozenset[str]]:
    """The lines a message can meet, found by what it holds: each line under the words of one
    group of each of its alternatives (every group must be met, so any one will do: the one
    least often said, `_gate_cost`, not "you/your/u/ur" of a line on its own life, which most
    questions hold); the lines with an alternative none of whose groups can be told so, read
    always; and the stems of all their keys (the kinds a line may be on, for `kind_known`)."""
    gated: dict[str, list[int]] = {}
    always: list[int] = []
    for at, line in enumerate(lines):
        keys: set[str] = set()
        for alt in line.keys:
            told = [found for group in alt if (found := _group_gate(group)) is not None]
            if not told:
                keys = set()
                break
            keys.update(min(told, key=itemgetter(0))[1])  # (the first of the cheapest)
        if not keys:
            always.append(at)
            continue
        for key in keys:
            gated.setdefault(key, []).append(at)
    words = frozenset().union(*(line.words for line in lines))
    return {k: tuple(v) for k, v in gated.items()}, tuple(always), words


@lru_cache(maxsize=4096)
def _group_gate(group: tuple[str, ...]) -> tuple[int, tuple[str, ...]] | None:
    """How often a message may meet a group of keys (`_gate_cost`), and its gate keys (of
    `_gate_keys`: the message meets the group only if it holds one of them); None when a word
    of it can't be told so."""
    found: dict[str, None] = {}
    for word in group:
        keys = _gate_keys(word)
        if keys is None:
            return None
        found.update(dict.fromkeys(keys))
    return _gate_cost(tuple(found)), tuple(found)


def _gate_cost(keys: tuple[str, ...]) -> int:
    """How often a message is likely to hold one of the gate keys `keys`: a word of everyday
    talk (a stopword, "u", "ur": "t:you", "t:why", "t:in") most, an everyday thing ("s:time",
    "s:night") next, any other word little."""
    return sum(map(_key_cost, keys))


@lru_cache(maxsize=16384)
def _key_cost(key: str) -> int:
    return 100 if key[2:] in STOPWORDS or len(key) <= 4 else 10 if key[2:] in GENERIC_TERMS else 1


@lru_cache(maxsize=256)
def _read(text: str) -> tuple[frozenset[str], str, frozenset[str]]:
    """What `text` says, read once however many personas weigh it: its stems, its words
    lower-cased, and the keys it holds for `_gates`."""
    # ("spider" in "my spider plants" only says which plant: no line on spiders is met by it)
    said = frozenset(terms(text)) - modifiers(text)
    lowered = " ".join(re.findall(r"[a-z0-9']+", text.lower()))
    if _stain_asked(lowered):
        said |= {"stain"}  # "get red wine out of a cream dress" asks of a stain, unnamed
    held = {"s:" + w for w in said}
    held.update("t:" + part for token in lowered.split() for part in token.split("'") if part)
    return said, lowered, frozenset(held)


# A thing spilt, got out of or off a cloth or a thing covered in one: "how do i get red wine
# out of a cream dress", "getting coffee off the sofa".
_TAKEN_OUT = re.compile(
    r"\b(?:get|getting|got|take|taking|lift|lifting|remove|removing|shift|shifting)\s+"
    r"(?P<what>(?:[\w'-]+\s+){0,2}?[\w'-]+)\s+(?:out of|off|from)\s+"
    r"(?:(?:a|an|my|the|her|his|our|their|your|this|that|me|mums?)\s+)?"
    r"(?P<on>[\w'-]+(?:\s+[\w'-]+){0,2})"
)
_SPILT = frozenset(terms("liquid fluid beverage drink food sauce dye ink"))
_CLOTH = frozenset(terms("cloth garment fabric textile clothing furnishing"))
# Clothes WordNet files under no such kind, by their British names among others.
_WORN = frozenset(
    terms("jumper jeans hoodie top blouse tshirt trousers leggings jacket cardigan uniform")
)


def _stain_asked(lowered: str) -> bool:
    """Whether `lowered` asks how to get a thing spilt (a drink, a food, an ink: `kinds`) out
    of a cloth (a dress, a shirt) or a thing covered in one (a carpet, a sofa)."""
    found = _TAKEN_OUT.search(lowered)
    if not found:
        return False
    known = kinds()
    what = terms(found.group("what"))
    on = terms(found.group("on"))
    return any(known.get(t, frozenset()) & _SPILT for t in what) and any(
        t in _CLOTH or t in _WORN or known.get(t, frozenset()) & _CLOTH for t in on
    )


def _candidates(lines: tuple[Known, ...], held: frozenset[str]) -> list[Known]:
    gated, always, _ = _gates(lines)
    found = set(always)
    for key in held & gated.keys():
        found.update(gated[key])
    return [lines[at] for at in sorted(found)]


# "you" said of anyone: "how do you stay healthy", "how can you tell if an egg is off"; not
# "how did you cope", "how do you like your tea" (your), "how do you feel about ...".
_ANYONE_YOU = folded(
    r"\bhow (?:do|can|should|would|could) (?:you|u|ya) (?:stay|keep|get|make|write|cook|clean|"
    r"fix|remove|stop|avoid|tell|choose|pick|find|learn|become|gamble|save|lose|grow|look after|"
    r"take care|start|train|study|revise|prepare|apply|treat|cure|prevent)\b",
    re.I,
)
_YOU_ITSELF = folded(
    r"\b(?:your|ur|yourself|did (?:you|u)|were (?:you|u)|have (?:you|u) ever|had (?:you|u)|"
    r"do (?:you|u) (?:feel|think|like|cope|manage|remember|miss)|you (?:two|lot))\b",
    re.I,
)


# The asker's own grave trouble told (theirs or their family's illness, a loss).
_OWN_GRAVE = folded(
    r"\b(?:i|i'm|im|i've|ive|my|we|we're|our)\b[^.?!]{0,40}?\b(?:diagnosed|cancer|tumou?r|"
    r"aneurysm|schizophreni\w*|terminal|heart attack|dementia|alzheimer'?s|"
    r"health is (?:failing|bad|poor)|miscarriage|chemo\w*)\b",
    re.I,
)


def known(index: Index, text: str, used: Sequence[str] = (), *, asked: bool = False) -> str:
    """The persona's `#know` line that answers what `text` asks, or empty when none does (or
    `text` asks nothing, unless it is `asked` of the persona by another message: "^ that
    one")."""
    lines = index.tagged.get("know")
    # Asked of its own life with no question mark ("was pierre your husband", "ever been to
    # england"): only a line of its own life answers it.
    own_asked = bool(_OWN_ASKED.search(text)) and not ASKED.search(text)
    if (
        not lines
        or not (asked or own_asked or ASKED.search(text) or _WAS_IT.search(text))
        or _SIDE_ASKED.search(AT_ODDS.sub(" ", text))
        or _MADE.search(text)
        # "i was just diagnosed with an aortic aneurysm, how was your health after yours": the
        # person's own illness or loss is met with sympathy, never the persona's (review41).
        or _OWN_GRAVE.search(text)
    ):
        return ""
    own = own_asked or bool(_OF_ITS_LIFE.search(text))
    found = knowns(lines)
    line = best_known(found, text, used, own=own, focused=True)
    if not line and own and (head := _before_its_life(text)):
        # "what do u make of gps needing your relativity corrections, did you ever see that
        # coming": a question on a thing, with one of its life after it; its line on the thing
        # (rate47 S2 had got "as puzzled as my cat Tiger").
        line = best_known(found, head, used, focused=True)
    return line or ("" if own else kind_known(found, text, used, index.lines))


_CLAUSES = re.compile(r"\s*[,;]\s*|\s+(?:and|but)\s+(?=(?:did|were|was|have) (?:you|u)\b)")


def _before_its_life(text: str) -> str:
    """What `text` asks before a last clause that asks of the persona's own life, when only
    that clause does ("what do u make of gps ..., did you ever see that coming"), or ""."""
    *head, tail = _CLAUSES.split(text)
    before = ", ".join(head)
    if not head or not _OF_ITS_LIFE.search(tail) or _OF_ITS_LIFE.search(before):
        return ""
    return before if ASKED.search(before) or _THING_ASKED.search(before) else ""


# A view or an account of a thing asked without a question mark: "what do u make of ...",
# "thoughts on ...", "how does ... work".
_THING_ASKED = folded(
    r"\b(?:what do (?:you|u) (?:make of|think (?:of|about))|thoughts on|how (?:does|do|did) )",
    re.IGNORECASE,
)


def own_known(index: Index, line: str) -> bool:
    """Whether the `#know` line `line` is one of the persona's own life (keyed "you")."""
    return any(k.own for k in knowns(index.tagged.get("know", ())) if k.text == line)


# The kinds people ask of as kinds ("why do birds ...", "why do metals ..."): not a kind WordNet
# files a thing under in another sense (a cookie as a cook, wheat as a grass, paper as white).
KINDS_ASKED = frozenset(terms("animal creature bird mammal fish insect reptile metal plant tree"))


def kind_known(
    lines: tuple[Known, ...],
    text: str,
    used: Sequence[str] = (),
    plain: Sequence[Line] = (),
) -> str:
    """The line on the kind of a thing `text` asks of, on what it asks of the thing, when no
    line is on the thing itself: "why do avocets have upturned beaks" is answered by the line
    on birds' bills (an avocet is a bird: `lexicon.kinds`), not by one on birds' song; the
    nearest kind first (a bird before an animal). The thing is what the question is about or
    asks of (`sense.subjects`, `sense.focus`: vinegar, not "mix"), or what that is made of
    ("silver" of "my silver necklace"); its word is put as its kind's ("why do birds have
    upturned beaks"), and the line must be met on a word of the question besides (`_of_kind`)
    and open on the kind (`_kind_line`), not on a sibling ("Cats sleep ..." for cows). A
    line of its own (of `plain`) naming the thing and what the question asks of it, or
    another thing it names, comes first, and none is said then: "A robin ... that red breast
    is a flag" for "why is a robin's breast red", "the peacock's tail ... because peahens
    chose it" for "why are peacocks pretty and the peahens brown"; not "the scream of a fox
    ... in winter" for "why are arctic foxes white in winter". Nor is one said for a question
    of safety it says nothing of (`_safety_unmet`)."""
    said, lowered, _ = _read(text)
    keyed = _gates(lines)[2]
    if not nearest_kinds(said, keyed & KINDS_ASKED):
        return ""  # no thing of a kind its lines are on: the reading of the question spared
    about = {*subjects(text), *focus(text), *qualifiers(text)}
    for kind, things in nearest_kinds(about, keyed & KINDS_ASKED).items():
        word = _kind_word(kind)
        if not word:
            continue
        put = WORD.sub(
            lambda m, w=word, t=things: w if _stem_of(m.group()) in t else m.group(), lowered
        )
        line = best_known(lines, put, used, focused=True, kind=kind)
        if line:
            keys = next(k.words for k in lines if k.text == line)
            if _safety_unmet(said, keys):
                return ""
            if met_apart(text, (said & keys) | (said & things)):
                # "what kind of owl is it likely to be, its brown and fluffy": owls' kind met
                # on how this one looks, told after the question, is no answer to it.
                return ""
            asked_of = {t for t in said if t in keys or a_thing(t)} - things - GENERIC_TERMS
            return "" if _own_line(plain, things, frozenset(asked_of)) else line
    return ""


def _safety_unmet(said: frozenset[str], keys: frozenset[str]) -> bool:
    """Whether the question (its stems `said`) asks whether a thing is safe or harmful and the
    line's `keys` say nothing of that: "is the tarnish on old silver cutlery toxic" is not
    answered by what tarnish is."""
    from bots.engine import SAFETY_ASKED_TERMS  # the engine reads `known`: read at call time

    asked = said & SAFETY_ASKED_TERMS
    return bool(asked) and asked.isdisjoint(keys)


def _own_line(plain: Sequence[Line], things: frozenset[str], asked_of: frozenset[str]) -> bool:
    """Whether a line of `plain` names one of `things` and one of the words `asked_of`."""
    return any(
        not things.isdisjoint(line.counts) and not asked_of.isdisjoint(line.counts)
        for line in plain
    )


@lru_cache(maxsize=1024)
def _kind_word(kind: str) -> str:
    """A word for the kind stem `kind` that reads back as it: its plural ("birds", "metals"),
    else itself; "" when neither does."""
    return next((w for w in (kind + "s", kind) if terms(w) == [kind]), "")


@lru_cache(maxsize=4096)
def _stem_of(word: str) -> str:
    """The stem of one word, or "" for a stopword."""
    found = terms(word)
    return found[0] if len(found) == 1 else ""


def _kind_line(line: str, kind: str) -> bool:
    """Whether `line` opens on the kind `kind`, or a kind of it, as its head noun ("A bird's
    bill is ...", "Grazing animals ..." for mammals): not on another thing ("Both kinds work",
    a line on sunscreen keyed by "chemical"; "Cats sleep ..." for cows; "Sow grass seed ..."
    for wheat)."""
    above = {kind, *kinds().get(kind, ())}
    return not above.isdisjoint(opening_nouns(line.replace(" {name},", "")))


def _of_kind(alt: tuple[tuple[str, ...], ...], kind: str) -> bool:
    """Whether the alternative `alt` is keyed first by the kind `kind`, the thing it is on, and
    by another word besides: "bird/birds bill/beak", not "bird/birds" alone, nor "dog/dogs
    bone/bones eat/cooked" for "cooks" (WordNet's kind of a cookie)."""
    return len(alt) > 1 and kind in alt[0] and all(kind not in group for group in alt[1:])


def best_known(
    lines: tuple[Known, ...],
    text: str,
    used: Sequence[str] = (),
    *,
    own: bool = False,
    focused: bool = False,
    kind: str = "",
) -> str:
    """The line whose keys `text` meets best; with `own` (its own life asked), only a line of
    its own life; `focused`, only one on what `text` asks of (`_on_focus`); with `kind`
    (`kind_known`), only one keyed first by that kind, met on a word besides, and opening on
    it (`_kind_line`). "you" said of anyone ("how do you stay healthy", "how do you write a
    good essay") meets no line of its own life (review41: the persona's death, its Notes)."""
    anyone = bool(_ANYONE_YOU.search(text)) and not _YOU_ITSELF.search(text)
    said, lowered, held = _read(text)
    # A key said only to name a place by another thing ("near the freezer plant") is not met;
    # nor is the thing a line is on (its first group), said only of what another is likened to,
    # a state beside it, a distance or how long ("do songs evolve like species do", "with the
    # window open", "all week"): its breath "like smoke" is still how it looks.
    of_it = said - place_names(text)
    of_thing = of_it - beside_terms(text)
    best, top = "", (0, 0, 0)
    told = "\x00".join(used)  # (no line holds the separator: none is met across two replies)
    for line in _candidates(lines, held):
        if (own and not line.own) or (anyone and line.own):
            continue
        met = [
            alt
            for alt in line.keys
            if _met(alt[0], of_thing, lowered)
            and all(_met(g, of_it, lowered) for g in alt[1:])
            and not _one_word(alt, of_it, lowered)
            and (not kind or _of_kind(alt, kind))
            and not _generic_only(alt, of_it)
        ]
        if kind and met and not _kind_line(line.text, kind):
            continue
        groups = max((len(alt) for alt in met), default=0)
        if not groups or (focused and not _on_focus(line, met, text, said, lowered)):
            continue
        if kept_only(text, line.text):
            # Tinned beans for a watch kept in a tin: another thing answered.
            continue
        fresh = 0 if line.text in told else 1
        # Every word its keys say counts, phrases' too ("burns down the middle" for a candle
        # that tunnels), on a question of its field (`focused`).
        score = (fresh, groups, len(said & (line.about if focused else line.words)))
        if score > top:
            best, top = line.text, score
    return best


def _generic_only(alt: tuple[tuple[str, ...], ...], said: frozenset[str]) -> bool:
    """Whether the keys `alt` of more than one group are met by everyday words alone ("nights"
    and "a week" in "does time go slower on nights ... 4 til 6 lasts about a week", met by a
    line on sunsets keyed "nights" and "week"): no thing of the line's named."""
    return len(alt) > 1 and all(
        not any(w[0] == "=" for w in group) and set(group) & said <= GENERIC_TERMS for group in alt
    )


def _on_focus(
    line: Known,
    met: list[tuple[tuple[str, ...], ...]],
    text: str,
    said: frozenset[str],
    lowered: str,
) -> bool:
    """Whether `line`, its keys met (`met`), is on what `text` asks of, not only on side words
    of it (`sense.off_focus`): "why does my pint go flat so fast in a warm pub" meets "flat
    warmer", keyed for a cold flat, on "flat" and "warm", which say how the pint and the pub
    are. A line on its own life answers what is asked of it (a favourite, when the clause
    asking it does: `_in_one_clause`), and a phrase of its keys said whole ("is it", "in
    august") is said of it."""
    if line.own:
        return not _FAVOURITE_ASKED.search(text) or _in_one_clause(met, text)
    if YOUR_CASE.match(line.text) and case_unmet(text, line.text):
        # A line opening on a case of the asker's the question never names: "If you smell gas,
        # ..." for a heater that smells of burnt toast (met on the carbon monoxide alarm said
        # beside it); not a case the answer sets out ("If it is all above the neck, ...").
        return False
    if any(
        w[0] == "=" and " " in w and _phrase(w).search(lowered)
        for alt in met
        for group in alt
        for w in group
    ):
        return True
    on = frozenset(w for alt in met for group in alt for w in group if w in said)
    return not off_focus(text, line.text, line.about, on)


# A line opening on a case of the one it answers: "If you smell gas", "When your dog ...".
YOUR_CASE = folded(r"^\W*(?:if|when|whenever)\s+(?:you|your)\b", re.IGNORECASE)
# Where one clause of a message ends and the next begins.
_CLAUSE_END = re.compile(r"[,;.!?]+\s|[;!?]+$|\s(?:but|cos|because)\s")
# A favourite asked: its own clause says what of ("your favourite biscuit, we're voting ...").
_FAVOURITE_ASKED = folded(r"\b(?:your|ur) (?:favou?rite|fave|fav)\b", re.IGNORECASE)


def _in_one_clause(met: list[tuple[tuple[str, ...], ...]], text: str) -> bool:
    """Whether one clause of `text` meets every group of some met keys of a line on the persona's
    own life, asked for its favourite: "what's your favourite biscuit, we're voting for the tea
    table" asks of its biscuits, and the "you" of the first clause with the vote of the second
    is no question of its politics; "did you ever vote" is one."""
    for clause in _CLAUSE_END.split(text):
        said, lowered, _held = _read(clause)
        if any(all(_met(group, said, lowered) for group in alt) for alt in met):
            return True
    return False


def subject_of(lines: tuple[Known, ...], answer: str) -> str:
    """The thing the `#know` line said in `answer` is about (the first word of its first key:
    "cake" for the line on sinking cupcakes), or empty when `answer` says none."""
    for at in _saying(lines, answer):
        if lines[at].said in answer:
            first = lines[at].keys[0][0][0]
            return first.lstrip("=")
    return ""


# How many letters of a line's `said` it is found by in an answer (`_saying`).
_OPENING = 8


def _saying(lines: tuple[Known, ...], answer: str) -> list[int]:
    """The places in `lines` of those whose `said` may be in `answer`, in order: those whose
    opening letters `answer` holds somewhere, and those too short to be found so. (Not every
    line is looked for in every answer: some 450 of them, for each reply.)"""
    openings, short = _openings(lines)
    found = set(short)
    for at in range(len(answer) - _OPENING + 1):
        found.update(openings.get(answer[at : at + _OPENING], ()))
    return sorted(found)


def _openings(lines: tuple[Known, ...]) -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    return _built(lines, _opened)


def _opened(lines: tuple[Known, ...]) -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    """`lines` by the opening letters of their `said`, and those said in fewer."""
    openings: dict[str, list[int]] = {}
    short: list[int] = []
    for at, line in enumerate(lines):
        if len(line.said) < _OPENING:
            short.append(at)
        else:
            openings.setdefault(line.said[:_OPENING], []).append(at)
    return {k: tuple(v) for k, v in openings.items()}, tuple(short)


# A question on the persona's own works, asked or put for study: "was lady macbeth actually the
# villain", "why does hamlet wait so long", "i need an argument for my essay on shylock".
WORK_ASKED = folded(
    ASKED.pattern + r"|\b(?:essay|argument|argue|explain|meaning|means|meant|theme|themes|"
    r"analy[sz]\w*|interpret\w*|quote|coursework|revision|gcse|was|were|who|why|which|what|is|"
    r"are|does|did|do|settle|debate|arguing|reckon|think)\b",
    re.IGNORECASE,
)


def work_known(index: Index, text: str, used: Sequence[str] = ()) -> str:
    """The persona's `#work` line (its own answer on one of its own works: a play, a character,
    a famous line) that answers what `text` asks, keyed as `#know` lines are; empty when none
    does. Unlike `known`, asked of its own life ("did you write them all yourself", "why did
    you make hamlet wait") it answers: its works are its life."""
    lines = index.tagged.get("work")
    if not lines or not WORK_ASKED.search(text):
        return ""
    return best_known(knowns(lines), text, used)


def met_on_a_thing(lines: tuple[Known, ...], line: str, text: str) -> bool:
    """Whether the `#know` line `line` (of `lines`) is met by `text` on a thing it says: a key
    word of it, or a phrase key that holds one ("keep stuff"); not by phrases of everyday words
    alone ("why" and "never use" in "why do we even have to learn stuff we'll never use", which
    key a line on hoarding: learning is no hoarding). True when the line is not among them."""
    said, lowered, _ = _read(text)
    found = next((k for k in lines if k.text == line), None)
    if found is None:
        return True
    for alt in found.keys:
        if not all(_met(g, said, lowered) for g in alt):
            continue
        for group in alt:
            for key in _met_by(group, set(said), lowered):
                if key[0] != "=" or set(terms(key[1:])) & said:
                    return True
    return False
