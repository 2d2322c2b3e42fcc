"""The words of each field a persona may know (bots/lexicon.tsv, built from WordNet 3.0 by
scripts/build_lexicon.py): a persona whose style names a field ("fields": ["life"]) knows a
question about "bats" or "lichen" is its business though no hand-made topic lists them."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from .material import WORD, terms

LEXICON_FILE = Path(__file__).with_name("lexicon.tsv")
# The stemmer cuts these off nouns too, leaving another word's stem: "loudness" would make
# "loud" a word of physics, "feeling" make "feel" one of ethics, "herring" "herr".
DERIVED = ("ness", "ing", "ings", "ed", "ly")
# Latin plurals the stemmer cuts to an everyday word: "cutes" (of "cutis", the skin) is "cut",
# which made "cut flowers" a question of natural history.
EVERYDAY_STEMS = frozenset(("cut",))
# Everyday nouns of a field that WordNet 3.0 lacks (so bots/lexicon.tsv, rebuilt from it, never
# holds them): "do koi actually swim upstream" is the naturalist's, yet read as about "legend"
# it went to the playwright.
UNLISTED = {
    "life": (
        *("koi", "alpaca", "alpacas", "labradoodle", "labradoodles", "cockapoo", "cockapoos"),
        *("cavapoo", "cavapoos", "betta", "bettas"),
    ),
}


@lru_cache(maxsize=1)
def lexicon() -> dict[str, frozenset[str]]:
    """label -> the stems of its words (singular and plural), read once per process."""
    fields: dict[str, set[str]] = {}
    for line in LEXICON_FILE.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        word, plural, labels = line.split("\t")
        if word.endswith(DERIVED):
            continue
        stems = {*terms(word), *(set(terms(plural)) - EVERYDAY_STEMS)}
        for label in labels.split(","):
            fields.setdefault(label, set()).update(stems)
    for label, unlisted in UNLISTED.items():
        fields.setdefault(label, set()).update(t for word in unlisted for t in terms(word))
    return {label: frozenset(stems) for label, stems in fields.items()}


def labels() -> list[str]:
    """The field labels a persona's style may name."""
    return sorted(lexicon())


@lru_cache(maxsize=64)
def field_stems(fields: tuple[str, ...]) -> frozenset[str]:
    """The stems of the words of the named fields (unknown labels know nothing)."""
    found = lexicon()
    return frozenset().union(*(found.get(label, frozenset()) for label in fields))


@lru_cache(maxsize=1)
def _every() -> frozenset[str]:
    """The stems of every field's words."""
    return frozenset().union(*lexicon().values())


# Before these a field's word is a verb ("bats love bell towers", "i envy her", "learn to love
# poetry", "do they hibernate"), not what the message is about.
BEFORE_A_VERB = {
    *("i", "you", "u", "we", "they", "he", "she", "it", "people", "ppl", "to", "not"),
    *("dont", "don't", "doesnt", "doesn't", "didnt", "didn't", "cant", "can't", "just"),
    *("really", "actually", "still", "always", "never", "also", "all", "ever"),
}


def subject(text: str) -> str:
    """The stem of the first noun of any field that `text` is about, or "": "why do bats love
    bell towers so much?" is about bats, not love; "i love poetry" about poetry (a word of a
    field right after a pronoun or "to" is a verb), "how do fungi spread" about fungi."""
    every = _every()
    before = ""
    for word in WORD.findall(text.lower()):
        stems = terms(word)
        if stems and stems[0] in every and before not in BEFORE_A_VERB:
            return stems[0]
        before = word
    return ""


KINDS_FILE = Path(__file__).with_name("kinds.tsv")


@lru_cache(maxsize=1)
def kinds() -> dict[str, frozenset[str]]:
    """stem of a thing's name -> the stems of its kinds (bots/kinds.tsv, built from WordNet 3.0
    by scripts/build_kinds.py): "mockingbird" -> bird, animal, ...; read once per process. Only
    names of physical things are in it."""
    found: dict[str, frozenset[str]] = {}
    # One string per name and one set per list of kinds (a third of them repeat): 4 MB, not 10.
    names: dict[str, str] = {}
    sets: dict[frozenset[str], frozenset[str]] = {}
    for line in KINDS_FILE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            stem, _, above = line.partition("\t")
            above_it = frozenset(names.setdefault(name, name) for name in above.split())
            found[stem] = sets.setdefault(above_it, above_it)
    return found


def a_thing(stem: str) -> bool:
    """Whether `stem` names a physical thing ("bat", "leg", "oven"), not an idea ("time")."""
    return stem in kinds()


def akin(first: str, second: str) -> bool:
    """Whether one stem names the other's kind, or they are the same ("mockingbird", "bird")."""
    found = kinds()
    return (
        first == second
        or second in found.get(first, frozenset())
        or first in found.get(second, frozenset())
    )


@lru_cache(maxsize=1)
def _members() -> dict[str, int]:
    """kind stem -> how many things are of it: the fewer, the nearer the kind ("wader" before
    "bird" before "animal")."""
    counts: dict[str, int] = {}
    for above in kinds().values():
        for kind in above:
            counts[kind] = counts.get(kind, 0) + 1
    return counts


def nearest_kinds(stems: Iterable[str], among: frozenset[str]) -> dict[str, frozenset[str]]:
    """The kinds in `among` of the things `stems` name, nearest first, each with the stems of
    its things ("avocet", "heron" among bird, animal: bird -> both, then animal -> both)."""
    found: dict[str, set[str]] = {}
    every = kinds()
    for stem in stems:
        for kind in every.get(stem, frozenset()) & among:
            found.setdefault(kind, set()).add(stem)
    counts = _members()
    return {
        kind: frozenset(found[kind]) for kind in sorted(found, key=lambda k: (counts.get(k, 0), k))
    }
