"""Names made up for a thing, fit to what the thing is: `#title` lines.

People ask the poet to name all sorts of things: "our tavern needs a name, the landlord is a
retired pirate", "a name for the ward secret santa group", "we need a name for the new seasonal
drink, chai with maple and orange", "name our bathroom mould". Each name it may give is a line:

    #title tavern/pub/inn/bar pirate/sea/fishing: The Thieves of Mercy | Hamlet's name for ...

Before the colon, keys as `#know` lines have them (bots/know.py): alternatives separated by
commas, each a run of word groups, a group being words any one of which will do. The first group
of an alternative is the kind of thing named (a tavern, a drink, a group chat) and the rest are
words the request must say besides (a pirate, orange, dark humour); `any` marks a name for any
thing. After the colon, the name, then after "|" why it fits, said after the name ("The Boar's
Head, Priya, Falstaff's tavern in Eastcheap").

The names given are those whose alternative the request meets in most groups, the kind named
nearest to the word "name" first ("a name for the ward secret santa group" is festive before it
is a group chat); among equals one picked by the words of the request, so the same request gets
the same names. Two are given: the best, and another of the same kind when there is one. Asked
for short ones ("two words", "it has to fit on a sign", "shorter"), only names of two words or
fewer (a leading "The" aside) are given, opened with a `#brief` line.

`name_again` gives other names for a naming request already answered ("another one", "something
shorter tho, two words like the salty dog"): the engine's follow-up routing asks it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bots.fold import folded
from bots.know import _met, _word
from bots.material import Index, terms

# A name asked to be made up, however it is put: "our tavern needs a name", "got any good names
# for", "give us a name for the group chat", "can you come up with a name", "rename our chat".
# Not a name to give or find: "we need a name for the booking", "need your name on the list".
NAME_ASKED = folded(
    r"\b(?:needs?|wants?|could use|could do with|looking for|after|got|have you got|any|give "
    r"(?:me|us)|gimme|suggest|come up with|think of|think up|dream up|help (?:me |us )?(?:with|"
    r"pick|find|choose|think of)|ideas? for|pick|choose)\s+(?:(?:a|an|some|good|new|better|"
    r"proper|catchy|fun|funny|clever|cool|decent|great|short|shorter|nice|nicer|another|"
    r"different|fitting|dignified|charming|punny|silly)\s+)*names?\b(?!\s+(?:is|was|tag|tags|"
    r"badge|badges|card|cards|change|list|of (?:the|that|this|a|an|his|her)\b))|"
    r"\bname ideas\b|\brename (?:our|my|the|this)\b",
    re.IGNORECASE,
)
# A name wanted for a form or a record, not made up.
NAME_FOR_RECORD = folded(
    r"\b(?:booking|reservation|rota|form|register|sign ?up|tickets?|badge|"
    r"list|contract|invoice|parcel|certificate|receipt|guest ?list|spreadsheet)\b|"
    r"\b(?:remember|forgot|forget|forgotten|recall|what was|what's the name|whats the name|"
    r"what is the name|spell|spelling)\b",
    re.IGNORECASE,
)
# Short names asked for: "two words like the salty dog", "it has to fit on a chalkboard".
SHORT_ASKED = folded(
    r"\b(?:short|shorter|snappy|punchy|one word|two words?|2 words?|a word or two|couple of "
    r"words|fit on (?:a|the|our|my) [\w ]{1,20}|chalkboard|blackboard|plank|sign|signs|"
    r"less of a mouthful|too long)\b",
    re.IGNORECASE,
)
# Words next to which the thing named is said ("name", "call").
_ANCHOR = re.compile(r"^(?:name|names|naming|named|rename|call|called|title)$")
_SMALL = frozenset(("the", "a", "an"))


@dataclass(frozen=True)
class Title:
    """A `#title` line: its keys (alternatives of word groups, the first group the kind of
    thing), the name and why it fits, and its place among the persona's names."""

    keys: tuple[tuple[tuple[str, ...], ...], ...]
    name: str
    why: str
    order: int

    @property
    def anything(self) -> bool:
        return self.keys == ((("any",),),)

    @property
    def short(self) -> bool:
        words = self.name.split()
        if words and words[0].lower() in _SMALL:
            words = words[1:]
        return len(words) <= 2 and len(self.name) <= 18


@lru_cache(maxsize=16)
def titles(lines: tuple[str, ...]) -> tuple[Title, ...]:
    found = []
    for order, line in enumerate(lines):
        about, colon, text = line.partition(":")
        name, bar, why = text.partition("|")
        if not colon or not name.strip():
            continue
        if about.strip().lower() == "any":
            keys: tuple[tuple[tuple[str, ...], ...], ...] = ((("any",),),)
        else:
            keys = tuple(
                tuple(tuple(_word(w) for w in g.split("/") if w.strip()) for g in alt.split())
                for alt in about.split(",")
                if alt.strip()
            )
        found.append(Title(keys, name.strip(), why.strip(), order))
    return tuple(found)


# A title asked to be made up, as a name is: "give us a title for a space mini golf game", "any
# ideas for a title for our podcast"; not "what's the title of that play", "my title at work".
TITLE_ASKED = folded(
    r"\b(?:needs?|wants?|give (?:me|us)|gimme|suggest|come up with|think of|ideas? for|got|any)\s+"
    r"(?:(?:a|an|some|good|new|better|catchy|fun|funny|clever|punny|short)\s+)*titles?\s+for\b",
    re.IGNORECASE,
)


def title_asked(text: str) -> bool:
    """Whether `text` asks for a title to be made up (`TITLE_ASKED`), as a name is."""
    return bool(TITLE_ASKED.search(text)) and not NAME_FOR_RECORD.search(text)


def name_asked(text: str) -> bool:
    """Whether `text` asks for a name to be made up for something (`NAME_ASKED`), not for one to
    put on a form or to remember."""
    return bool(NAME_ASKED.search(text)) and not NAME_FOR_RECORD.search(text)


def for_record(text: str) -> bool:
    """Whether the name `text` speaks of is one to give or to remember (`NAME_FOR_RECORD`):
    "we need a name for the booking", "i forgot the name of that pub"."""
    return bool(NAME_FOR_RECORD.search(text))


def short_asked(text: str) -> bool:
    """Whether `text` asks for short names ("two words", "it has to fit on a sign")."""
    return bool(SHORT_ASKED.search(text))


def _positions(group: tuple[str, ...], tokens: list[str], stems: list[str], lowered: str) -> list:
    """Where in `tokens` a word of `group` is said."""
    found = [i for i, stem in enumerate(stems) if stem and stem in group]
    for word in group:
        if word[0] == "=":
            for match in re.finditer(rf"\b{re.escape(word[1:])}", lowered):
                found.append(lowered[: match.start()].count(" "))
    return found


def _ranked(
    lines: tuple[Title, ...], text: str
) -> list[tuple[tuple[int, int, int], Title, tuple[str, ...]]]:
    """The names whose keys `text` meets, best first: most groups met, then the kind said
    nearest the word "name", then most words shared; each with the kind group it met."""
    lowered = " ".join(re.findall(r"[a-z0-9']+", text.lower()))
    tokens = lowered.split()
    stems = [(terms(t) or [""])[0] for t in tokens]
    said = set(terms(text))
    anchors = [i for i, t in enumerate(tokens) if _ANCHOR.match(t)]
    ranked = []
    for title in lines:
        if title.anything:
            continue
        best = None
        for alt in title.keys:
            if not all(_met(g, said, lowered) for g in alt):
                continue
            at = _positions(alt[0], tokens, stems, lowered)
            near = min((abs(a - b) for a in at for b in anchors), default=0)
            shared = sum(1 for g in alt for w in g if w in said)
            score = (len(alt), -near, shared)
            if best is None or score > best[0]:
                best = (score, alt[0])
        if best:
            ranked.append((best[0], title, best[1]))
    ranked.sort(key=lambda found: (found[0], -found[1].order), reverse=True)
    return ranked


# What a group does, in its own words, said before what it is ("our netball team", "the office
# bake off team", "any good names for our beekeeping group chat"): a name may be made of it.
GROUP_WORD = folded(
    r"\b(?P<words>(?:[a-z][\w'-]*\s+){1,3}?)(?:team|group|club|squad|crew|society|side|gang|"
    r"circle|league)s?\b",
    re.IGNORECASE,
)
# Words before a group that say nothing of what it does.
_NOT_DOING = frozenset(
    "a an the our my your their this that new old good any some name names for of office work "  # noqa: SIM905
    "works charity local village community little weekly whatsapp fb facebook big small "
    "main mixed mens womens ladies social friendly first second third pls please called".split()
)


def group_word(text: str) -> str:
    """What the group named does, in its own words ("netball", "bake off", "beekeeping"); ""
    when it says nothing of it."""
    for found in GROUP_WORD.finditer(text):
        words = found.group("words").lower().split()
        while words and words[0] in _NOT_DOING:
            words = words[1:]
        if words and all(w.isalpha() and w not in _NOT_DOING for w in words):
            return " ".join(words[-2:])
    return ""


def _made_of(title: Title, thing: str) -> Title:
    """A title whose name is made of what the group does (`{thing}`), with it put in."""
    if "{thing}" not in title.name + title.why:
        return title
    name = title.name.replace("{thing}", " ".join(w.capitalize() for w in thing.split()))
    return Title(title.keys, name, title.why.replace("{thing}", thing), title.order)


def _given(title: Title, given: str) -> bool:
    return bool(given) and title.name.lower() in given.lower()


def _head(name: str) -> str:
    """The first two words of a name past "The" or "A" ("small latin" of "Small Latin and Less
    Greek", "much ado" of "Much Ado About Netball"); "" for a name of fewer."""
    words = name.lower().split()
    if words and words[0] in _SMALL:
        words = words[1:]
    return " ".join(words[:2]) if len(words) >= 2 else ""


def _echoed(title: Title, given: str) -> bool:
    """Whether `given` holds the name, or a name that begins as it does ("Small Latin" after
    "Small Latin and Less Greek", "Much Ado About Netball" after "Much Ado About Nothing")."""
    head = _head(title.name)
    return _given(title, given) or bool(head and given and head in given.lower())


def _alike(one: Title, other: Title) -> bool:
    """Whether two names are much the same ("Small Latin", "Small Latin and Less Greek")."""
    return one.name == other.name or bool(_head(one.name) and _head(one.name) == _head(other.name))


def titled(
    index: Index, text: str, given: str = "", *, short: bool | None = None, anything: bool = True
) -> str:
    """Two names for the thing `text` asks a name for, fit to it (see the module's docstring),
    with `{name}` for the person: "The Thieves of Mercy, {name}, Hamlet's name for the pirates
    who took him; or The Sea-Nymph, ..."; never a name `given` (words already said) holds; its
    names for any thing when none fits and `anything` will do; empty when it has none."""
    lines = titles(index.tagged.get("title", ()))
    if not lines:
        return ""
    if NAME_FOR_RECORD.search(text):
        return ""
    short = short_asked(text) if short is None else short
    # Names made of what the group does ("Much Ado About Netball") only when it says.
    thing = group_word(text)
    made = [_made_of(t, thing) for t in lines if thing or "{thing}" not in t.name + t.why]
    # Not one given, nor (unless short ones are asked) one that begins as one given does.
    fresh = [t for t in made if not (_given(t, given) if short else _echoed(t, given))]
    ranked = _ranked(tuple(fresh), text)
    if short and ranked:
        # Short names of the kind asked for ("two words max" for a pub quiz team: a team's),
        # never short names of another kind the request also names (a pub's).
        kind = set(ranked[0][2])
        ranked = [found for found in ranked if found[1].short and kind & set(found[2])]
    picked: list[Title] = []
    if ranked:
        top = ranked[0][0]
        tier = [title for score, title, _ in ranked if score == top]
        first = tier[sum(map(ord, text.lower())) % len(tier)]
        # Another: of the best tier, else the next best that the request meets.
        others = [t for t in tier if not _alike(t, first)] or [
            title for _, title, _ in ranked if not _alike(title, first)
        ]
        picked = [first, *others[:1]]
    if not picked and not anything:
        return ""
    if len(picked) < 2 and anything:
        spare = [t for t in fresh if t.anything and t not in picked and (t.short or not short)]
        picked += spare[: 2 - len(picked)]
    if not picked:
        return ""
    if short:
        brief = index.tagged.get("brief") or ("{name}:",)
        opener = brief[sum(map(ord, text)) % len(brief)]
        return f"{opener} {', or '.join(t.name for t in picked)}."
    first = picked[0]
    said = f"{first.name}, {{name}}, {first.why}" if first.why else f"{first.name}, {{name}}"
    if len(picked) > 1:
        other = picked[1]
        longer = f"{said}; or {other.name}, {other.why}." if other.why else ""
        if longer and len(longer) <= 228:
            return longer
        return f"{said}; or {other.name}." if len(said) <= 200 else f"{said}."
    return f"{said}."


def name_again(index: Index, asked: str, given: str, follow: str = "") -> str:
    """Other names for the naming request `asked`, after the words `given` (its answer already),
    for a follow-up `follow` ("another one", "ok but shorter, it has to fit on a plank of
    wood"): short ones when either asks for them; empty when it has no names, or none left."""
    if not index.tagged.get("title"):
        return ""
    short = short_asked(follow) or short_asked(asked)
    return titled(index, asked, given, short=short, anything=False)


# The people's own names, given for the words to carry: "with our names in it: jo, sam, raj",
# "use our names, its jo sam and raj", "our names are jo, sam and raj", "with jo, sam and raj
# in it". Not "what's in a name", "put our names down for the quiz".
_LIST = r"[a-z][\w'-]*(?:\s*(?:,|&|\band\b|\s)\s*[a-z][\w'-]*){1,11}"
NAMES_LISTED = folded(
    r"\b(?:with|put|add|use|using|include|including|work in|get)\s+(?:all\s+)?(?:of\s+)?"
    r"(?:our|my|their|the|everyone'?s)\s+names\b(?:\s+in(?:\s+it)?)?(?:\s+(?:pls|please|plz|too))?"
    rf"(?:\s*(?:[:,-]|like\b|as\b|so\b|it'?s\b|its\b|we'?re\b|were\b))*\s*(?P<names>{_LIST})\W*$|"
    rf"\b(?:our|their|the) names (?:are|r)\s*:?\s*(?P<are>{_LIST})\W*$|"
    rf"^\W*(?:(?:and|now|ok|okay|can you|could you|pls|please)\W+){{0,2}}(?:with|put|use|add)\s+"
    rf"(?P<with>(?!(?:our|my|their|the|all|them|us)\b){_LIST})\s+in(?:\s+it)?\b",
    re.IGNORECASE,
)
_NOT_A_NAME = frozenset(
    "and or the a an it in of our my us me pls please plz too lol haha names name its it's "  # noqa: SIM905
    "also both all thanks ty x xx".split()
)
_COUNTS = "Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve".split()  # noqa: SIM905


def names_listed(text: str) -> list[str]:
    """The people's names `text` gives for the words to carry (`NAMES_LISTED`), capitalized
    ("Jo", "Sam", "Raj"); empty when it gives none, or fewer than two."""
    lowered = text.lower()
    if "name" not in lowered and " in" not in lowered:
        return []  # (said on every message after its words: the regex only where it may be)
    found = NAMES_LISTED.search(text)
    if not found:
        return []
    said = next(group for group in found.groups() if group)
    names = [w for w in re.split(r"\s*(?:,|&|\band\b|\s)\s*", said.strip()) if w]
    if not 2 <= len(names) <= 12 or any(w.lower() in _NOT_A_NAME for w in names):
        return []
    return [w[:1].upper() + w[1:] for w in names]


def said_together(names: list[str]) -> str:
    """Names said as a list: "Jo, Sam and Raj"."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def named_titles(index: Index, names: list[str], given: str = "") -> str:
    """Two of its `#named` names made of the people's own names (`{what}` the names said
    together, `{thing}` how many they are: "We Happy Three, {name}, King Harry's few before
    Agincourt, counted: Jo, Sam and Raj; or ..."), never a name `given` holds; empty when it has
    none left."""
    together = said_together(names)
    count = _COUNTS[len(names) - 2] if 2 <= len(names) <= 12 else ""
    made = []
    for line in titles(index.tagged.get("named", ())):
        if "{thing}" in line.name and not count:
            continue
        name, why = (
            part.replace("{what}", together).replace("{thing}", count)
            for part in (line.name, line.why)
        )
        title = Title(line.keys, name, why, line.order)
        if not _given(title, given):
            made.append(title)
    if not made:
        return ""
    first, *rest = made
    said = f"{first.name}, {{name}}, {first.why}" if first.why else f"{first.name}, {{name}}"
    if not rest:
        return f"{said}."
    other = rest[0]
    return f"{said}; or {other.name}, {other.why}." if other.why else f"{said}; or {other.name}."
