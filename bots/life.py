"""Questions put to a persona about its own life, answered from its life lines (life60).

Four kinds, each answered only from a line that speaks to what is asked, never from a line that
merely shares a word with it or belongs to the same episode:

- a yes or no about its life ("you worked in an office with forms right", "weren't you a
  soldier?", "you lived in half these places didnt you" after the places were named): yes or no,
  with the line that says so;
- how it bore some part of an experience ("how did you cope with no sleep on the boat", "what
  was it like being ill all the time", "were they as fussy about food?" of the Galápagos
  tortoises): the line on THAT part, or, with none, owned up to in its voice;
- a pick among places or things it knew ("is bern worth a night or should we go straight to
  zurich", "prague or berlin, which did you like more"): one of them, with its reason;
- a guess at its liking ("hello @darwin, you must love this group", in a room of tortoise
  keepers): yes, with its line on the thing.

Opinions ("do you like sailing?") and news ("my sister lived in bern") are not read here.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from bots.fold import folded
from bots.material import Index, terms

# A claim about its past, put to it: "you lived in ...", "you were a soldier", "u basically
# invented ...". Its verb is a past one (said or irregular), after "you" and a few adverbs.
_PAST = (
    r"were|was|had|did|grew|went|taught|wrote|fought|spent|kept|met|ran|built|made|slept|won|"
    r"left|came|knew|drove|rode|swam|sang|led|fell|got|gave|took|brought|bought|found|held|lost|"
    r"paid|sold|stood|wore|became|began|sat|saw|flew|fled|broke|chose|drank|ate|dug|"
    r"[a-z]{2,}(?:ed|ied)"
)
CLAIM = folded(
    r"\b(?:you|u|ya)\s+(?:(?:once|really|actually|basically|also|even|literally|yourself|both|"
    r"all|used to|must have|must've|have|'ve|ve|had|did|never|not|n'?t)\s+){0,3}"
    rf"(?P<verb>{_PAST}|used to \w+|did \w+)\b(?P<rest>[^?.!]*)",
    re.IGNORECASE,
)
# The tag that makes the claim a question: "..., didn't you", "... right?", "... yeah?".
TAG_END = folded(
    r"(?:\b(?:didn'?t|didnt|weren'?t|werent|wasn'?t|wasnt|hadn'?t|hadnt|haven'?t|havent|"
    r"don'?t|dont)\s+(?:you|u|ya)|\b(?:right|yeah|yh|yes|no|innit|correct|true|surely|eh|"
    r"or not|am i right|if i remember right(?:ly)?|isn'?t (?:it|that) (?:right|so)|"
    r"is that right|is that true|wasn'?t it)|\?)\W*$",
    re.IGNORECASE,
)
# Or asked in front: "weren't you a soldier", "is it true you kept bees".
FRONT_ASKED = folded(
    r"(?:^|[.!?,]\s*)(?:(?:so|and|but|wait|oh|hang on|ok|okay)\W+)?"
    r"(?:didn'?t|didnt|weren'?t|werent|wasn'?t|wasnt|hadn'?t|hadnt|is it true(?: that)?|"
    r"was it true(?: that)?|i heard|i read|apparently|am i right that)\s+(?:you|u)\b",
    re.IGNORECASE,
)
# The claim put in front: "weren't you a professor in prague", "didn't you keep bees".
FRONT_CLAIM = folded(
    r"\b(?:didn'?t|didnt|weren'?t|werent|wasn'?t|wasnt|hadn'?t|hadnt)\s+(?:you|u)\s+"
    r"(?P<verb>\w+)(?P<rest>[^?.!]*)",
    re.IGNORECASE,
)
NEGATED = folded(r"^\W*(?:never|not|n'?t)\b|\b(?:never|not|didn'?t|didnt)\s+\w+$", re.I)
# A line of its own voice, not a fact of its field ("Time passes no differently for a dog").
OWN_VOICE = re.compile(r"\b(?:I|[Mm]y|[Mm]e|[Ww]e|[Oo]ur|[Uu]s)\b")
# A line that opens with its answer to another question ("Sometimes;", "Bored? Hardly ever"):
# a poor reason for a pick or a yes.
SHORT_LEAD = re.compile(r"^\W*\w+(?: \w+)?(?:[?;:]| ever\b)")
# Another question after the claim: "you lived til 1955 right, did you ever own a car?"
ANOTHER_ASKED = folded(
    r"[,;:]\s*(?:so\s+)?(?:did|do|does|can|could|would|will|is|are|what|how|why|where|which|"
    r"who|any|should)\b",
    re.IGNORECASE,
)
WH_ASKED = folded(
    r"^\W*(?:what|what'?s|which|who|whom|whose|where|when|how|why|most|best|worst|favou?rite|"
    r"any)\b",
    re.IGNORECASE,
)
# Not its past but the room's: what it said here, how it answered, what it did today.
NOT_ITS_PAST = folded(
    r"\b(?:you|u)\s+(?:just\s+)?(?:said|told|mentioned|meant|asked|answered|replied|posted|"
    r"quoted|forgot|missed|were (?:right|wrong|joking|kidding|being)|was (?:right|wrong))\b|"
    r"\b(?:today|tonight|yesterday|this morning|last night|earlier|just now|this week|"
    r"last week|lately|recently|at the weekend|in here|in this chat|above)\b",
    re.IGNORECASE,
)
# How it bore a part of an experience, or what a thing of its past was like in some respect.
ASPECT = folded(
    r"\b(?:how|what) (?:did|were|was) (?:you|u) (?:ever )?(?:cope|deal|manage|handle|"
    r"survive|stand|bear|put up|get by|get through|pass the time|keep going|stay sane)\b"
    r"(?:\s+(?:with|about|for|without|on|in))?|"
    r"\bwhat (?:was|were) (?:it|they|that|those|the \w+) (?:really |actually )?like\b|"
    r"\bhow (?:was|were) (?:it|they|that) (?:for you )?(?:being|living|on|in|at|with|when)?\b|"
    r"\bwhat did (?:you|u) do (?:about|for|with|when|if|without)\b|"
    r"\bhow did (?:they|it|those|the \w+(?: \w+)?) compare\b|"
    r"\b(?:were|was) (?:they|it|those|he|she) (?:as|more|less|very|really|at all)\b|"
    r"\b(?:were|was) (?:the|your) \w+ (?:really |actually |honestly )?(?:as|that|so|very)\b|"
    r"\bdid (?:they|it|those) (?:eat|need|like|mind|bite|sleep|live)\b",
    re.IGNORECASE,
)
ASPECT_WORDS = frozenset(
    terms(
        "how what cope deal manage handle survive stand bear put get by through pass time keep "
        "going stay sane like compare really actually honestly eat need mind bite sleep live"
    )
)
# "as people say": hearsay, not a part asked of
HEARSAY = folded(
    r"\bas (?:people|they|everyone|everybody|folk|some|many) (?:say|said|claim|think)s?\b", re.I
)
# A pick among things it knew: "is X worth a night", "X or Y", "which did you prefer".
WORTH = folded(
    r"\b(?:is|was|are)\s+(?P<x>[\w' ]{2,30}?)\s+(?:\w+ly\s+)?worth\s+(?:it|a|an|the|going|"
    r"seeing|visiting|a visit|the trip|the detour|stopping)\b",
    re.IGNORECASE,
)
PICK_ASKED = folded(
    r"\b(?:which|worth|better|best|prefer|preferred|favourite|favorite|fave|rather|should "
    r"(?:we|i)|recommend|pick|choose|skip|go for|more|liked)\b",
    re.IGNORECASE,
)
# Its own pick asked: "which did you like more", "did you prefer", "which was your favourite".
OWN_PICK = folded(
    r"\b(?:which|what) (?:did|do) (?:you|u) (?:like|prefer|love|enjoy|rate)|"
    r"\b(?:did|do) (?:you|u) (?:prefer|like|love|enjoy) [\w ]{1,30}? or\b|"
    r"\b(?:you|u) (?:preferred|liked|loved|enjoyed)\b|\byour (?:favourite|favorite|fave)\b|"
    r"\bwhich (?:was|were) (?:better|best|nicer|your)\b",
    re.IGNORECASE,
)
# A guess at what it loves: "you must love this group", "bet you love this chat".
LOVE_GUESSED = folded(
    r"\b(?:you must|you'?d|you would|bet you|i bet you|you'?ll|you will|surely you)\s+"
    r"(?:really |so |absolutely |just )?(?:love|like|enjoy|adore|be loving|be enjoying|"
    r"be in your element|feel at home)\b(?P<what>[^?.!]*)",
    re.IGNORECASE,
)
WHEN_WORDS = frozenset(["back", "then", "time", "day", "days", "year", "years", "ago", "earli"])
KIN = frozenset(
    [
        "friend",
        "friends",
        "famili",
        "family",
        "colleagu",
        "colleague",
        "wife",
        "husband",
        "children",
        "child",
        "kid",
        "kids",
        "peopl",
        "people",
        "parent",
        "parents",
        "mother",
        "father",
        "brother",
        "sister",
        "son",
        "daughter",
    ]
)
THIS_ROOM = re.compile(r"^\W*(?:this|it|us|the|here)?\W*(?:group|chat|room|lot|crowd|place)?\W*$")
# "these places", "those", "them": the things the room named just before.
DEICTIC = folded(r"\b(?:these|those|them|all that|all of (?:it|them)|that list)\b", re.IGNORECASE)
# A line that says no: "Never, ...", "No, ...", "I never owned a motor car".
SAYS_NO = folded(
    r"^\W*(?:no\b|not\b|never\b|i (?:never|did not|didn'?t|was never)\b)",
    re.IGNORECASE,
)
NEGATION = folded(r"\b(?:never|not|no|nor|nothing)\b", re.IGNORECASE)
# Verbs too slight to bear out a claim by themselves ("you had three kids": "I had").
WEAK_VERBS = frozenset(["were", "was", "had", "did", "got", "went", "made", "came"])
# A claim that it made a thing ("you wrote the republic", "you discovered x-rays"): borne out
# only by a line that says it made it, never by one that names the thing.
MADE = {
    "wrote": r"\b(?:wrote|writ|write|written)",
    "discovered": r"\bdiscover",
    "invented": r"\binvent",
    "built": r"\b(?:built|build)",
    "made": r"\b(?:made|make)",
    "composed": r"\bcompos",
    "painted": r"\bpaint",
    "designed": r"\bdesign",
    "founded": r"\bfound(?:ed|er)",
    "created": r"\bcreat",
    "coined": r"\bcoin",
}
SAYS_YES = folded(r"^\W*(?:yes\b|i did\b|indeed\b|i was\b|i do\b|often\b|every\b)", re.I)
# Words of warmth in a line on a place or thing: what it would pick.
WARM = folded(
    r"\b(?:happiest|happy|happily|loved?|beautiful|favourite|best|dear|fond|miss(?:ed)?|"
    r"kind|kinder|treasured?|delight\w*|joy|glad|beloved|home|cloister|worth)\b",
    re.IGNORECASE,
)
NAME = re.compile(r",? \{name\}(?=[,;:.!?)])")
# Everyday words of an episode and the words its lines say it in.
_AKIN = {
    "boat": ("ship", "voyage", "sea", "sail", "beagle", "cabin"),
    "ship": ("boat", "voyage", "sea", "sail", "beagle", "cabin"),
    "sea": ("boat", "ship", "voyage", "sail", "seasick"),
    "sleep": ("slept", "bed", "hammock", "night"),
    "space": ("cramped", "cabin", "room"),
    "food": ("ate", "eat", "meal", "fed"),
    "fussy": ("ate", "eat", "food"),
    "eat": ("ate", "food", "meal", "fed"),
    "ill": ("illness", "sick", "health", "bed"),
    "sick": ("ill", "illness", "seasick", "health"),
    "illness": ("ill", "sick", "health"),
    "office": ("patent", "clerk", "desk"),
    "forms": ("patent", "clerk"),
    "war": ("soldier", "army", "battle", "fought"),
    "soldier": ("war", "army", "battle", "hoplite"),
    "army": ("soldier", "war", "battle"),
    "prison": ("jail", "cell", "death"),
    "jail": ("prison", "cell"),
    "school": ("schoolmaster", "pupil", "lessons", "gymnasium"),
    "wife": ("married", "husband"),
    "husband": ("married", "wife"),
    "married": ("wife", "husband", "wedding"),
    "theatre": ("globe", "stage", "play", "players"),
    "lab": ("laboratory", "shed"),
    "laboratory": ("lab", "shed"),
    "dog": ("terrier", "puppy", "hound"),
    "kid": ("child", "girl", "boy"),
    "child": ("girl", "boy"),
    "dad": ("father",),
    "mum": ("mother",),
    "mom": ("mother",),
    "kids": ("children", "sons", "daughters"),
    "countries": ("places", "cities", "citizenship"),
    "teenager": ("seventeen", "sixteen", "fifteen", "girl", "boy"),
}
# "loads of countries", "a lot of places": how many, not what
QUANTITY = frozenset(terms("loads load lots lot bunch heaps tons plenty several couple few many"))
# (said in the stems `terms` gives: "married" is "marry", "laboratory" "laboratori")
AKIN = {
    next(iter(terms(word)), word): tuple(next(iter(terms(w)), w) for w in words)
    for word, words in _AKIN.items()
}


@dataclass(frozen=True)
class _Own:
    lines: tuple[str, ...]
    terms: tuple[frozenset[str], ...]
    idf: dict[str, float]
    lowered: tuple[str, ...]  # each line in small letters, its accents off
    lives: int  # how many of the lines, first, are its #life lines


_OWN: dict[int, tuple[Index, _Own]] = {}


def _own(index: Index) -> _Own:
    """Its life lines and plain lines, with how rare each word of them is."""
    kept = _OWN.get(id(index))
    if kept and kept[0] is index:
        return kept[1]
    lines = (
        *index.tagged.get("life", ()),
        *(line.text for line in index.lines if OWN_VOICE.search(line.text)),
    )
    words = tuple(frozenset(terms(NAME.sub("", line))) for line in lines)
    lowered = tuple(
        unicodedata.normalize("NFKD", line.lower()).encode("ascii", "ignore").decode()
        for line in lines
    )
    frequency: dict[str, int] = {}
    for said in words:
        for word in said:
            frequency[word] = frequency.get(word, 0) + 1
    count = len(lines) or 1
    idf = {w: math.log(1 + count / n) for w, n in frequency.items()}
    own = _Own(lines, words, idf, lowered, len(index.tagged.get("life", ())))
    _OWN[id(index)] = (index, own)
    return own


def _widened(weights: dict[str, float]) -> dict[str, float]:
    wide = dict(weights)
    for word, weight in weights.items():
        for other in AKIN.get(word, ()):
            wide.setdefault(other, weight * 0.3)
    return wide


def _ranked(
    own: _Own,
    weights: dict[str, float],
    used: Sequence[str],
    plain: bool = False,
    counted: Sequence[str] | None = None,
) -> list[tuple[float, int]]:
    """Its lines on the words weighed, those with more of the words asked (`counted`, else all
    weighed) first (a word said in an akin word counts half), then the rarer words; said in the
    room already, or opening with an answer to another question, later."""
    asked = tuple(weights) if counted is None else tuple(counted)
    weights = _widened(weights)
    ranked = []
    for i, said in enumerate(own.terms):
        hit = said & weights.keys()
        if not hit:
            continue
        score = sum(weights[w] * own.idf[w] for w in hit)
        if i < own.lives:
            score += 0.3  # its #life lines, written to answer questions about its life
        # a line about the word, said early ("I was seasick on the Beagle ..."), before one
        # that names it in passing ("... except a cure for seasickness")
        first = min(
            (at for w in hit if (at := own.lowered[i].find(w[:4])) >= 0), default=len(own.lines[i])
        )
        score += 0.5 * (1 - first / len(own.lines[i]))
        score += 100 * sum(
            1 if w in said else 0.5 if any(a in said for a in AKIN.get(w, ())) else 0 for w in asked
        )
        if any(own.lines[i] in u for u in used):
            score *= 0.5  # said in the room already: another, when one is as good
        if plain and SHORT_LEAD.match(_unnamed(own.lines[i])):
            score *= 0.7
        ranked.append((score, i))
    ranked.sort(key=lambda pair: (-pair[0], pair[1]))
    return ranked


def _hits(own: _Own, i: int, words: Sequence[str]) -> set[str]:
    """The words of `words` its line `i` says, itself or in an akin word."""
    said = own.terms[i]
    return {w for w in words if w in said or any(a in said for a in AKIN.get(w, ()))}


def _content(text: str, generic: frozenset[str]) -> list[str]:
    return [t for t in terms(text) if t not in generic]


def _named(line: str, name: str) -> str:
    return line.format(name=name or "friend")


# "The happiest day, {name}, was ...": without the name, no comma before its verb either
NAME_BEFORE_VERB = re.compile(r", \{name\},(?= (?:was|is|were|are|had|has)\b)")


def _unnamed(line: str) -> str:
    return NAME.sub("", NAME_BEFORE_VERB.sub("", line))


def _mentioned(history: Sequence[str], own: _Own, generic: frozenset[str]) -> list[str]:
    """The words of the last few messages before this one that its life lines say."""
    found: list[str] = []
    for said in history[-4:-1]:
        for word in terms(said):
            if word not in generic and _knows(own, [word]) and word not in found:
                found.append(word)
    return found


def _yes_no(index, text, history, name, used, opener, generic) -> str | None:
    if WH_ASKED.match(text):
        return None  # "most bizarre creature u came across?", "where did you live"
    if re.match(r"\W*(?:did|do|have|had|were|was) (?:you|u) ever\b", text, re.I):
        return None  # "did you ever think about quitting?": asked, no claim told back
    claim = CLAIM.search(text)
    if claim and not (
        # the claim is what is asked, at the end ("you lived til 1955 right, did you ever own a
        # car?" asks the car)
        (re.fullmatch(r"[?!.\s]*", text[claim.end() :]) and TAG_END.search(text[claim.start() :]))
        or FRONT_ASKED.search(text)
    ):
        claim = None
    claim = claim or FRONT_CLAIM.search(text)
    if not claim or NOT_ITS_PAST.search(text) or ANOTHER_ASKED.search(claim.group("rest")):
        return None
    if re.search(
        r"\b(?:would|could|should|will|might|do|does|did|can|if|when)\W*$",
        text[: claim.start()],
        re.I,
    ):
        return None  # "would you have lived in a city": a question put, no claim about its life
    own = _own(index)
    verb = claim.group("verb").split()[-1]
    rest = TAG_END.sub("", claim.group("rest"))
    between = text[claim.start() : claim.start("verb")]
    negated = bool(re.search(r"\b(?:never|not|n'?t)\s*$", between, re.I))
    said = [w for w in _content(rest, generic) if w not in QUANTITY]
    if not said and not DEICTIC.search(rest):
        said = [w for w in terms(verb) if w not in generic]  # "you sailed a lot didnt you"
    weights = dict.fromkeys(said, 1.0)
    for word in terms(verb):
        weights.setdefault(word, 0.5)
    named = []
    if DEICTIC.search(claim.group("rest")):
        named = _mentioned(history, own, generic)
        for word in named:
            weights.setdefault(word, 0.8)
        if not named:
            # "you lived in half these places didnt you", before any was named: where it lived
            # (its verb and its generic words are the claim).
            said = [*terms(verb), *terms(claim.group("rest"))]
            weights = dict.fromkeys(said, 1.0)
            named = said
    if not weights:
        return None
    ranked = _ranked(own, weights, used, plain=True, counted=said)[:5]
    verbal = [w for w in terms(verb) if w not in generic]
    # "you hated school": school first, and hated after it, of two lines on school; then a line
    # that says the claim's words together ("daughter of the poet Lord Byron"), before one that
    # lists them apart ("a daughter, Byron, Ralph")
    ranked = sorted(
        ranked,
        key=lambda pair: (
            -pair[0] // 100,
            not set(verbal) & own.terms[pair[1]],
            -pair[0] - 0.1 * _together(own.lines[pair[1]], said),
        ),
    )
    # a line on some word of the claim, that does not bear it out ("you never went to
    # university", of a line on its university): unsure, the older readers answer
    refused = False
    if negated:
        # "you never knew your dad, right?": a line that says never, first; one that does not
        # is no answer to it
        refused = any(_hits(own, i, said) for _, i in ranked)
        ranked = [(score, i) for score, i in ranked if NEGATION.search(own.lines[i])]
    made = MADE.get(verb.lower())
    for _score, i in ranked:
        hit = _hits(own, i, said)
        refused = refused or bool(hit)
        if named:
            enough = len(_hits(own, i, named)) >= min(2, len(set(named)))
        else:
            # Two words of the claim (its verb one of them: "fought ... war"), or a name of it
            # ("Xanthippe"), in the line; never one everyday word ("three", "soldiers",
            # "everywhere") it shares.
            shared = len(hit | _hits(own, i, [w for w in verbal if w not in said])) + bool(
                re.search(rf"\b{re.escape(verb.lower())}\b", own.lowered[i])
                and verb.lower() not in WEAK_VERBS
                and not verbal
            )
            enough = bool(said) and (
                shared >= 2
                or any(_capitalised(own, i, w) for w in hit)
                or (negated and _denies(own.lines[i], hit))
            )
        if not enough:
            continue
        line = own.lines[i]
        bare = _unnamed(line)
        if made and not re.search(made, own.lowered[i]):
            continue  # "you wrote the republic": a line on the Republic is not one that it wrote it
        says_no = bool(SAYS_NO.match(bare)) and bool(re.match(r"\W*I\b", bare))
        if (negated or says_no) and not _denies(bare, [*said, *verbal]):
            # "I never travelled, except to war" denies travel, not "you fought in the war"
            continue
        if negated:  # (its line says never, as the claim does)
            # "you never learned to drive, right?": right, when its line says it never did
            return f"Right, {name or 'friend'}. {_named(bare, name)}"
        if says_no:
            return f"No, {name or 'friend'}. {_named(bare, name)}"
        # its line says it did, in its own words ("I grew up in Warsaw", "Yes, for seven years")
        return _named(line, name)
    if refused:
        return None  # unsure: the older readers answer it
    if said and TAG_END.search(text) and not named and text.count("?") <= 1 and claim.start() < 3:
        # A claim about its life that no line of it bears out: owned up to, in its voice.
        return opener("self")
    return None


@lru_cache(maxsize=4096)
def _clauses(line: str) -> list[tuple[str, set[str]]]:
    """Each clause of `line` (between commas, colons and semicolons), with its words."""
    return [(clause, set(terms(clause))) for clause in re.split(r"[,;:]", NAME.sub("", line))]


def _said_in(clause: set[str], word: str) -> bool:
    return word in clause or any(a in clause for a in AKIN.get(word, ()))


def _together(line: str, words: Sequence[str]) -> bool:
    """Whether two of `words` are said in one clause of `line`."""
    return any(sum(_said_in(c, w) for w in set(words)) >= 2 for _, c in _clauses(line))


def _denies(line: str, words: Sequence[str]) -> bool:
    """Whether a clause of `line` says no to one of `words`, its "never" before the word ("I
    never wrote a book", "nor learned to drive one"), not to another thing ("I never travelled,
    except to war") nor of another thing ("war taught me that courage is not ...")."""
    for raw, _ in _clauses(line):
        tokens = re.findall(r"[\w'-]+", raw)
        no = next((at for at, token in enumerate(tokens) if NEGATION.fullmatch(token)), None)
        if no is not None and any(
            _said_in(set(terms(token)), w) for token in tokens[no + 1 :] for w in words
        ):
            return True
    return False


def _capitalised(own: _Own, i: int, word: str) -> bool:
    """Whether line `i` says `word` as a name (Xanthippe, Princeton), not as its first word, and
    no line of it says the word in small letters (not "The Two Gentlemen of Verona")."""
    return bool(
        re.search(rf"(?<![.!?] )(?<!^)\b{re.escape(word[0].upper() + word[1:])}", own.lines[i])
    ) and not _in_small_letters(own.lines, word)


@lru_cache(maxsize=4096)
def _in_small_letters(lines: tuple[str, ...], word: str) -> bool:
    return any(re.search(rf"\b{re.escape(word)}", line) for line in lines)


def _knows(own: _Own, words: Sequence[str]) -> list[str]:
    """The words its lines say, themselves or in their akin words."""
    return [w for w in words if w in own.idf or any(a in own.idf for a in AKIN.get(w, ()))]


# How it got through a thing: what it did ("I went ashore every day I could"), not how bad it was.
COPE_ASKED = folded(
    r"\b(?:cope|deal|manage|handle|survive|stand|bear|put up|get by|get "
    r"through|keep going|stay sane)\b",
    re.IGNORECASE,
)
COPED = re.compile(
    r"\b(?:helped|cure|I learned|I kept|to keep|ashore|I took|I played|I walked|comfort|"
    r"remedy|I tried|nursed|got me through|taught me|I grieved|I mourned|I wept)\b"
)


# Who it was, asked of: "being a woman in science" is answered by a line on a woman in science.
WHO = {
    "woman": ("woman", "women"),
    "women": ("woman", "women"),
    "man": ("man", "men"),
    "men": ("man", "men"),
    "girl": ("girl", "girls"),
    "foreign": ("foreign", "foreigner"),
    "foreigner": ("foreign", "foreigner"),
}


def _who(own: _Own, i: int, who: Sequence[str]) -> bool:
    """Whether line `i` says each of `who` (in one of its forms)."""
    return all(any(form in own.terms[i] for form in WHO[w]) for w in who)


def _coped(own: _Own, ranked: list[tuple[float, int]], asked: str) -> list[tuple[float, int]]:
    """`ranked`, with lines that say what it did about the thing first among those on as many
    of the words, when how it coped is asked."""
    if not COPE_ASKED.search(asked):
        return ranked
    return sorted(
        ranked, key=lambda pair: (-(pair[0] // 100), not COPED.search(own.lines[pair[1]]))
    )


def _aspect(index, text, history, name, used, opener, generic) -> str | None:
    asked = ASPECT.search(text)
    if not asked:
        return None
    own = _own(index)
    # ("back then", "in those days": when, not what)
    after = HEARSAY.sub(" ", text[asked.end() :])
    asked_of = [w for w in _content(after, generic) if w not in WHEN_WORDS]
    aspect = _knows(own, asked_of)
    # (the thing asked of, in the question's own words: "were the finches as tame")
    subject = [w for w in _content(asked.group(0), generic) if w not in ASPECT_WORDS]
    episode = _knows(own, [*_content(text[: asked.start()], generic), *subject])
    # ("being stuck on crutches": stuck is how, not what)
    how = set(terms(" ".join(re.findall(r"\b(?:being|getting|feeling|been) (\w+)", text, re.I))))
    if not aspect or set(asked_of) - set(aspect) - how:
        return None  # "the heat in brazil": of the heat, it has no line; the older readers answer
    # "being a woman in science": who it was then (a word the readers pass over), in the line too
    who = [w for w in terms(text[asked.end() :]) if w in WHO]
    # "how did you cope with the seasickness", just after "you were on a boat for 5 years":
    # the episode is what was named before, when a line has both.
    before = [w for w in _mentioned(history, own, generic) if w not in aspect][:4]
    for words in (episode, before):
        if not words:
            continue
        weights = {**dict.fromkeys(words, 0.6), **dict.fromkeys(aspect, 1.0)}
        for _score, i in _coped(own, _ranked(own, weights, used)[:8], asked.group(0)):
            # the part asked ("as tame as the tortoises": tame, "when the globe burned": both
            # words), and the episode
            part = aspect[:2]
            if len(_hits(own, i, part)) == len(part) and _hits(own, i, words) and _who(own, i, who):
                return f"{opener('answer')} {_named(_unnamed(own.lines[i]), name)}"
        if words is episode:
            # Its material has nothing on that part of it: never a line of the same episode;
            # the older readers answer it.
            return None
    # "what was it like working at the patent office": the thing asked is the episode; a line
    # with two of its words, or its only one.
    alone = _ranked(own, dict.fromkeys(aspect, 1.0), used)[:6]
    for _score, i in _coped(own, alone, asked.group(0))[:1]:
        hits = _hits(own, i, aspect)
        if (
            len(hits) >= min(2, len(aspect))
            and not (len(hits) == 1 and set(hits) & KIN)
            and _who(own, i, who)
        ):
            # (one word of people alone is no aspect: "working with your friends" is not the
            # retreat from Delium, "friend and foe")
            return f"{opener('answer')} {_named(_unnamed(own.lines[i]), name)}"
    return None


def _key(own: _Own, option: str, generic: frozenset[str]) -> str:
    """The word of `option` its life lines know best (the rarest it says), else ""."""
    known = [w for w in terms(option) if w not in generic and w in own.idf]
    # A name it says (Bern, the Globe) before a rarer everyday word ("straight")
    return max(known, key=lambda w: (_proper(own, w), own.idf[w])) if known else ""


def _proper(own: _Own, word: str) -> bool:
    """Whether its lines say `word` as a name (a place, a ship, a theatre), capitalised."""
    return any(
        re.search(rf"(?<![.!?] )(?<!^)\b{re.escape(word[0].upper() + word[1:])}", line)
        for line, said in zip(own.lines, own.terms, strict=True)
        if word in said
    )


def _surface(line: str, word: str, option: str) -> str:
    found = re.search(
        rf"\b((?:[A-Z][\w'-]+ )?{re.escape(word[0].upper() + word[1:])}\w*)", _unnamed(line)
    )
    if found:
        return found.group(1)  # "Down House", "Bern"
    # ("riding" for "ride", as the option said it)
    said = next((w for w in re.findall(r"[\w'-]+", option) if terms(w) == [word]), word)
    return said.capitalize()


def _pick(index, text, name, used, options, generic) -> str | None:
    if not PICK_ASKED.search(text):
        return None
    if not options and " or " in text.lower():
        left, right = re.split(r"\bor\b", text, maxsplit=1, flags=re.IGNORECASE)
        worth = WORTH.search(left)
        options = ((worth.group("x") if worth else left), right) if worth else None
    if not options:
        return None
    own = _own(index)
    keys = [_key(own, option, generic) for option in options]
    if keys[0] == keys[1] or not any(keys):
        return None
    own_pick = OWN_PICK.search(text)
    if not all(keys) and not (own_pick and _proper(own, keys[0] or keys[1])):
        # (its own pick asked between a place it knew and one it never names: the one it knew)
        return None
    if not own_pick and not all(_proper(own, key) for key in keys):
        # "pencil or pen?" is a taste asked, not a pick among the places and things it knew
        return None
    best = None
    for order, (option, key) in enumerate(zip(options, keys, strict=True)):
        if not key:
            continue
        # (not "Princeton was kinder to me than Berlin", which is no reason to pick Berlin)
        lines = [
            i
            for i, said in enumerate(own.terms)
            if key in said and not re.search(rf"\bthan (?:\w+ )?{key}", own.lines[i], re.I)
        ]
        # What it would go back to: warm lines, then many of them; the first named on a tie.
        ranked = sorted(
            lines,
            key=lambda i: (
                bool(SHORT_LEAD.match(_unnamed(own.lines[i]))),
                -len(WARM.findall(own.lines[i])),
                any(own.lines[i] in u for u in used),
                i,
            ),
        )
        warmth = sum(len(WARM.findall(own.lines[i])) for i in lines) + len(lines) / 10
        if ranked and (best is None or warmth > best[0]):
            best = (warmth, -order, option, key, own.lines[ranked[0]])
    if best is None:
        return None
    _warmth, _order, option, key, line = best
    picked = _surface(line, key, option)
    if picked.lower() in _unnamed(line).lower().split()[:3]:
        return _named(line, name)  # "Bern is worth more than a night, ...": the pick itself
    return f"{picked}, {name or 'friend'}, if I must pick. {_named(_unnamed(line), name)}"


def _loved(index, text, name, used, theme, generic) -> str | None:
    guessed = LOVE_GUESSED.search(text)
    if not guessed:
        return None
    what = guessed.group("what")
    said = _content(what, generic)
    if THIS_ROOM.match(what.lower()) or not said:
        said = _content(theme, generic)
    own = _own(index)
    said = [w for w in said if w in own.idf]
    if not said:
        return None
    ranked = _ranked(own, dict.fromkeys(said, 1.0), used)[:6]
    if not ranked:
        return None
    # Its fondest line on the thing: "I am very fond of tortoises", before what they ate.
    top = ranked[0][0]
    _, i = max(
        ((len(WARM.findall(own.lines[i])), -n), i)
        for n, (score, i) in enumerate(ranked)
        if score >= top * 0.6
    )
    return f"I do, {name or 'friend'}. {_named(_unnamed(own.lines[i]), name)}"


def life_reply(
    index: Index,
    text: str,
    *,
    history: Sequence[str],
    name: str,
    used: Sequence[str],
    opener: Callable[..., str],
    theme: str,
    options: tuple[str, str] | None,
    generic: frozenset[str],
    late: bool = False,
) -> str | None:
    """Its answer to a question about its own life (see the module's doc), or None when the
    message asks no such thing: a pick or a guess at its liking, or (`late`: after its plain
    answers to everyday questions had their turn) a yes or no, or a part of an experience."""
    lowered = text.lower()
    if (
        "you" not in lowered
        and " u " not in f" {lowered} "
        and "worth" not in lowered
        and " or " not in lowered
        and not ASPECT.search(text)
    ):
        return None
    if late:
        return _aspect(index, text, history, name, used, opener, generic) or _yes_no(
            index, text, history, name, used, opener, generic
        )
    return _pick(index, text, name, used, options, generic) or _loved(
        index, text, name, used, theme, generic
    )
