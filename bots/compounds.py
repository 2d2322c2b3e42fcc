"""Two-word names of living things whose first word names another thing (bots/compounds.tsv,
built from WordNet 3.0 by scripts/build_compounds.py): in "why do my spider plants keep making
babies" the spider only says which plant, and a line on spiders is not met by it."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .material import WORD, stem

COMPOUNDS_FILE = Path(__file__).with_name("compounds.tsv")


@lru_cache(maxsize=1)
def _pairs() -> frozenset[tuple[str, str]]:
    """(first stem, second stem) of every name in the file, read once per process."""
    pairs = set()
    for line in COMPOUNDS_FILE.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            first, second = line.split("\t")
            pairs.add((stem(first), stem(second)))
    return frozenset(pairs)


@lru_cache(maxsize=4096)
def modifiers(text: str) -> frozenset[str]:
    """The stems `text` says only as the first word of such a name ("spider" in "my spider
    plants", not in "a spider on my spider plant")."""
    said = WORD.findall(re.sub(r"[-_]", " ", text.lower()))
    words = [stem(w) for w in said]
    pairs = _pairs()
    named = {
        w
        for at, (w, after) in enumerate(zip(words, words[1:], strict=False))
        if (w, after) in pairs and not _a_sentence(said, at)
    }
    if not named:
        return frozenset()
    alone = {w for at, w in enumerate(words) if w in named and not _first_of_pair(words, at, pairs)}
    return frozenset(named - alone)


def _first_of_pair(words: list[str], at: int, pairs: frozenset[tuple[str, str]]) -> bool:
    return at + 1 < len(words) and (words[at], words[at + 1]) in pairs


# Second words of names that are also a verb's past ("dog rose", "sun rose", "mourning dove",
# "dog bent"), and the words after a verb that show one: "the sun rose over the sea", "my dog
# rose early" say a thing did something, and name no rose.
PAST_SAID = frozenset({"rose", "dove", "bent", "fell", "flew", "ran", "sank", "bit", "lay", "left"})
AFTER_A_VERB = frozenset(
    {
        "up",
        "over",
        "above",
        "out",
        "off",
        "down",
        "from",
        "into",
        "to",
        "at",
        "in",
        "on",
        "early",
        "late",
        "slowly",
        "again",
        "and",
        "behind",
        "through",
        "high",
        "higher",
        "before",
        "after",
        "with",
        "under",
        "beneath",
        "towards",
        "today",
        "this",
        "that",
        "the",
        "his",
        "her",
        "its",
        "my",
    }
)


def _a_sentence(said: list[str], at: int) -> bool:
    """Whether the two words at `at` are a thing and what it did ("the sun rose over", "my dog
    rose early", "the sun rose."), no name: the second a verb's past, said alone or before what
    follows a verb, and no "a" before the first ("a dog rose from the hedge" is a rose)."""
    if said[at + 1] not in PAST_SAID or (at and said[at - 1] in ("a", "an")):
        return False
    return at + 2 >= len(said) or said[at + 2] in AFTER_A_VERB
