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
    words = [stem(w) for w in WORD.findall(re.sub(r"[-_]", " ", text.lower()))]
    pairs = _pairs()
    named = {w for w, after in zip(words, words[1:], strict=False) if (w, after) in pairs}
    if not named:
        return frozenset()
    alone = {w for at, w in enumerate(words) if w in named and not _first_of_pair(words, at, pairs)}
    return frozenset(named - alone)


def _first_of_pair(words: list[str], at: int, pairs: frozenset[tuple[str, str]]) -> bool:
    return at + 1 < len(words) and (words[at], words[at + 1]) in pairs
