"""Whether a persona's line is on what a message asks, not on a word it shares by chance.

A line picked because it shares one word with the message answers another question when that
word is not the message's subject: a word of the part that only tells ("the last lock was a 4
digit code ... is there a trick to knowing which ones are red herrings?": the herrings are
asked of, not the code), or a word that only says which thing is meant ("the gas bill", "my
bus pass", "old lab labels": a bill, a pass and labels, not gas, buses or a laboratory).
"""

from __future__ import annotations

from functools import lru_cache

from bots.material import terms
from bots.sense import (
    ASKED,
    CLAUSES,
    GENERIC_TERMS,
    NOT_ASKED_OF,
    TOKEN,
    _a_person,
    _adjective,
    _content,
    _noun_phrases,
)
from bots.wordsum import MENTION

# What a person puts before the question and is no part of it ("sorry", "quick q", "random
# question"): never its subject.
ASIDE_TERMS = frozenset(terms("sorry soz apologies random quick question q off topic unrelated"))


# "this winter", "every morning": when a thing is asked of, never the thing.
WHEN_WORDS = frozenset(("this", "next", "last", "every", "each", "that"))
TIME_TERMS = frozenset(
    terms(
        "morning afternoon evening night day week weekend month year winter summer spring "
        "autumn season christmas easter holiday holidays term semester time"
    )
)


@lru_cache(maxsize=512)
def _phrases(text: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    """The noun phrases of `text`: the stems of the words that say which thing is meant
    ("bus" of "my bus pass"; never a word of how, "old", "broken") and the stem of the head."""
    tokens = TOKEN.findall(text)
    found = []
    for i, j in _noun_phrases(text)[0]:
        said = [
            (term, _adjective(t.lower()))
            for t in tokens[i : j + 1]
            if t[:1].isalpha() and (term := _content(t))
        ]
        if not said:
            continue
        head = said[-1][0]
        if i and tokens[i - 1].lower() in WHEN_WORDS and head in TIME_TERMS:
            head = ""  # "this winter", "next week": when, not what
        found.append((tuple(term for term, how in said[: -1 if head else None] if not how), head))
    return tuple(found)


@lru_cache(maxsize=512)
def asking(text: str) -> str:
    """The parts of `text` that ask (`sense.ASKED`), when they name a thing of their own
    ("... 6 clues that were all numbers, is there a trick to knowing which ones are red
    herrings?"); all of `text` when they name none ("my code keeps crashing, any tips?")."""
    text = MENTION.sub(" ", text).strip()
    parts = CLAUSES.split(text)
    asked = [part for part in parts if ASKED.search(part)]
    if not asked or len(asked) == len(parts):
        return text
    part = " ".join(asked)
    named = {
        term
        for mods, head in _phrases(part)
        for term in (*mods, head)
        if head and term not in NOT_ASKED_OF and term not in ASIDE_TERMS and not _a_person(term)
    }
    return part if named else text


# Words that say where or when a thing is met, not another kind of it: a job interview is an
# interview, a school essay an essay, the first exam an exam.
SETTING_TERMS = frozenset(
    terms("job work school uni university college class office first next last big final real")
)


def meets_ask(text: str, about: frozenset[str], said: frozenset[str] = frozenset()) -> bool:
    """Whether `about`, the words a line is on, meets a word `text` asks of as its subject: in
    the part that asks; not only as the word that says which thing is meant ("gas" of "the gas
    bill") while the thing itself is not among `about`; nor as a thing another word makes
    another kind of (the "door code", a "stomach bug", the "bin collection"), which neither
    `about` nor the line's own words (`said`) name. A word of no noun phrase ("nervous",
    "procrastinating") is asked of as it is."""
    part = asking(text)
    phrases_said = _phrases(part)
    shared = set(terms(part)) & about - NOT_ASKED_OF - ASIDE_TERMS
    if {head for _mods, head in phrases_said if head} - GENERIC_TERMS - NOT_ASKED_OF:
        # An everyday word ("work", "life") is no subject beside a thing named; asked of
        # everyday things alone ("how can i tell i am living a good life"), it is.
        shared -= GENERIC_TERMS
    if not shared:
        return False
    known = about | said | SETTING_TERMS
    # ("this winter": when it is asked of, not what.)
    shared -= {term for mods, head in phrases_said if not head for term in mods}
    for term in shared:
        phrases = [(mods, head) for mods, head in phrases_said if term in mods or term == head]
        if not phrases:
            return True
        for mods, head in phrases:
            if head == term and set(mods) <= known:
                return True  # the thing itself, of a kind the line knows
            if head != term and head in about:
                return True  # "exam nerves", "python code"
    return False
