"""Whether a persona's line is on what a message asks, not on a word it shares by chance.

A line picked because it shares one word with the message answers another question when that
word is not the message's subject: a word of the part that only tells ("the last lock was a 4
digit code ... is there a trick to knowing which ones are red herrings?": the herrings are
asked of, not the code), or a word that only says which thing is meant ("the gas bill", "my
bus pass", "old lab labels": a bill, a pass and labels, not gas, buses or a laboratory).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from bots.fold import folded
from bots.lexicon import a_thing
from bots.material import terms
from bots.sense import (
    ASKED,
    CLAUSES,
    DETERMINERS,
    GENERIC_TERMS,
    NOT_ASKED_OF,
    REFERS,
    TOKEN,
    _adjective,
    _content,
    _noun_phrases,
    _verb,
)
from bots.wordsum import MENTION

# What a person puts before the question and is no part of it ("sorry", "quick q", "random
# question"): never its subject.
ASIDE_TERMS = frozenset(
    terms("sorry soz apologies off topic unrelated trick tricks hack hacks knack pointer pointers")
    + terms("suggestion suggestions")
)


# The words a question is put in ("any tips", "your thoughts"), never shared as its subject.
ASK_WORDS = frozenset(
    terms("advice help idea ideas way ways thing things stuff question questions")
    + terms("thoughts opinion opinions view views take takes")
)
# Tips asked for ("any tips", "tips for", "top tips?"), not tipping asked of.
TIPS_ASKED = folded(
    r"\b(?:any|top|some|your|quick|good)\s+tips?\b|\btips?\s*(?:for|on|to|about|\?|$)", re.I
)
TIP_TERMS = frozenset(terms("tip tips"))
# Those for whom a thing is asked ("any tips for my mum"), never what it is asked of.
PEOPLE = frozenset(
    terms(
        "mum mom mam dad nan nana gran granny grandma grandad grandpa brother sister wife husband "
        "partner boyfriend girlfriend friend friends mate mates boss kid kids son daughter child "
        "children family people someone anyone everyone person guy guys beginner beginners "
        "newbie novice learner total complete absolute"
    )
)
# "this winter", "every morning": when a thing is asked of, never the thing.
WHEN_WORDS = frozenset(("this", "next", "last", "every", "each", "that"))
TIME_TERMS = frozenset(
    terms(
        "second seconds minute minutes hour hours moment "
        "morning afternoon evening night day week weekend month year winter summer spring "
        "autumn season christmas easter holiday holidays term semester time"
    )
)


class Phrase(NamedTuple):
    """A noun phrase: the stems of the words that say which thing is meant ("bus" of "my bus
    pass"; never a word of how, "old", "broken"), the stem of its head ("" for a time, "this
    winter"), and whether a preposition leads it ("at work", "for one day")."""

    mods: tuple[str, ...]
    head: str
    placed: bool
    word: str = ""


# Words before a phrase that say where a thing is, not what it is.
WHERE_WORDS = frozenset(
    ("at", "in", "on", "for", "to", "from", "with", "by", "into", "of", "about", "near", "outside")
)
# Things made or met over another thing, which are about it: a bug diary is bugs, a book club
# books, a quiz night a quiz; a gas bill is no gas, a phone contract no phone.
ABOUT_HEADS = frozenset(
    terms(
        "diary journal log notebook book books club group society night evening class classes "
        "lesson lessons course project collection kit list guide show quiz hunt trip walk tour "
        "party festival fair museum exhibition display poster talk lecture documentary film "
        "video podcast blog detail details info information data facts history story stories "
        "times timetable type types kind kinds activity activities game games event "
        "events theme"
    )
)


@lru_cache(maxsize=512)
def _phrases(text: str) -> tuple[Phrase, ...]:
    """The noun phrases of `text` (`Phrase`)."""
    tokens = TOKEN.findall(text)
    lowered = [t.lower() for t in tokens]
    found = []
    for i, j in _noun_phrases(text)[0]:
        said = [
            # (A word of doing before a thing says what is done, not which thing: "tipping
            # hairdressers", "a falling lift".)
            (term, _adjective(t.lower()) or (t is not tokens[j] and _verb(t)))
            for t in tokens[i : j + 1]
            if t[:1].isalpha() and (term := _content(t))
        ]
        if not said:
            continue
        head = said[-1][0]
        k = i - 1
        while k >= 0 and lowered[k] in DETERMINERS:
            k -= 1
        before = lowered[k] if k >= 0 else ""
        if lowered[i - 1 : i] and lowered[i - 1] in WHEN_WORDS and head in TIME_TERMS:
            head = ""  # "this winter", "next week": when, not what
        mods = tuple(term for term, how in said[: -1 if head else None] if not how)
        found.append(Phrase(mods, head, before in WHERE_WORDS, lowered[j]))
    return tuple(found)


@lru_cache(maxsize=512)
def asking(text: str) -> str:
    """The parts of `text` that ask (`sense.ASKED`), when they name a thing of their own
    ("... 6 clues that were all numbers, is there a trick to knowing which ones are red
    herrings?"); all of `text` when they name none ("my code keeps crashing, any tips?")."""
    text = MENTION.sub(" ", text).strip()
    parts = CLAUSES.split(text)
    asked = [part for part in parts if ASKED.search(part)]
    if not asked or len(asked) == len(parts) or any(p.endswith(":") for p in parts):
        return text  # (or what is asked of, put first: "electric scooters: cheating or genius?")
    part = " ".join(asked)
    if REFERS.search(part) or re.search(r"\bhim\b", part, re.IGNORECASE):
        return text  # "my phone screen is broken, any tips for getting it fixed?"
    # (Not by a verb: "my kid wants to start a bug diary, how do we even start?")
    said = {w for t in TOKEN.findall(part) if t[:1].isalpha() and not _verb(t) for w in terms(t)}
    named = said - NOT_ASKED_OF - ASIDE_TERMS - GENERIC_TERMS - PEOPLE
    return part if named else text


# Words that say where or when a thing is met, not another kind of it: a job interview is an
# interview, a school essay an essay, the first exam an exam.
SETTING_TERMS = frozenset(
    terms("job work school uni university college class office first next last big final real")
)


def meets_ask(
    text: str,
    about: frozenset[str],
    said: frozenset[str] = frozenset(),
    line: str = "",
    *,
    kinds: bool = True,
) -> bool:
    """Whether `about`, the words a line is on, meets a word `text` asks of as its subject: in
    the part that asks; not only as the word that says which thing is meant ("gas" of "the gas
    bill") while the thing itself is not among `about`; nor as a thing another word makes
    another kind of (the "door code", a "stomach bug", the "bin collection"), which neither
    `about` nor the line's own words (`said`) name. A word of no noun phrase ("nervous",
    "procrastinating") is asked of as it is. A plain `line` (its words are its `about`) names
    the thing itself when it says its very word ("a budget spreadsheet": "a spreadsheet"), not
    only another of its stem ("the tax code": "coding"). Without `kinds`, a word before the
    thing is never taken to make it another kind (a view on e-bikes is on electric scooters)."""
    part = asking(text)
    phrases = _phrases(part)
    shared = set(terms(part)) & about - ASK_WORDS - ASIDE_TERMS
    if TIPS_ASKED.search(part):
        shared -= TIP_TERMS  # "any tips for ...": no tipping asked of
    if {p.head for p in phrases if p.head} - GENERIC_TERMS - NOT_ASKED_OF:
        # An everyday word said in passing ("the door code at work", "for one day") is no
        # subject beside a thing named; the thing itself ("all that money"), or asked of
        # everyday things alone ("how can i tell i am living a good life"), it is.
        shared -= {
            term
            for term in shared & GENERIC_TERMS
            if all(p.placed for p in phrases if term in (*p.mods, p.head))
        }
    # ("this winter": when it is asked of, not what.)
    shared -= {term for p in phrases if not p.head for term in p.mods}
    known = about | said | SETTING_TERMS | TIME_TERMS
    for term in shared:
        holding = [p for p in phrases if term in p.mods or term == p.head]
        if not holding:
            return True
        for p in holding:
            # The thing itself, of a kind the line knows (the word just before it: "a garden
            # centre job interview" is an interview), or the thing a word of it says which of.
            if p.head == term and (
                not kinds or not p.mods or p.mods[-1] in known or _says(line, p.word)
            ):
                return True
            if p.head != term and (p.head in about or p.head in ABOUT_HEADS):
                return True  # "exam nerves", "python code"
    return False


def _says(line: str, word: str) -> bool:
    """Whether `line` says `word` itself, or its plural or singular."""
    if not line or not word:
        return False
    bare = re.escape(re.sub(r"(?:es|s)$", "", word))
    return bool(re.search(rf"\b{bare}(?:s|es)?\b", line, re.IGNORECASE))


# What to use or do asked for ("what's best for midge bites", "what should i put on a burn",
# "anything good for hay fever?"), not a choice between named things ("which is best for a
# beginner, python or java"): a line that only says why, or what the thing is, is no answer.
REMEDY_ASKED = folded(
    r"\bwhat(?:'?s|s| is| are)? (?:the |ur |your )?(?:best|good|great)(?: \w+){0,2} "
    r"(?:for|on|against)\b|"
    r"\bwhat (?:should|shall|can|do|would|could|to) (?:i|we|you|u|one )?\s?(?:use|put|take|"
    r"give|try|buy|get|rub|apply|spray)\b(?! (?:to|with) (?:you|u)\b)|"
    r"\bwhat (?:helps?|works?|is good|'?s good) (?:for|with|on|against)\b|"
    r"\b(?:anything|something) (?:good|decent|that (?:works|helps)) (?:for|to help with)\b|"
    r"\b(?:got|have|is there|any) (?:anything|something) (?:for|to help with)\b|"
    r"\b(?:any|a|best|good) (?:remedy|remedies|cure|cures|treatment|cream|creams|spray|sprays|"
    r"repellents?) (?:for|on|against)\b",
    re.IGNORECASE,
)
# Something to use or do, as a line says it ("Use a repellent", "a dab of vinegar", "you can
# ...", "... works best").
DOING_LINE = folded(
    r"(^|[.;:!?]\s+|,\s+(then |and |or |but |so )?|\{name\}:?\s+)(use|try|put|add|keep|rub|oil|"
    r"grease|wipe|soak|rinse|wash|dry|open|close|turn|tighten|loosen|replace|check|clean|spray|"
    r"cover|leave|let|give|take|make sure|dab|blot|scrub|sprinkle|pour|heat|cool|boil|fill|"
    r"empty|remove|cut|plant|feed|water|move|set|stand|lay|lift|hold|press|push|pull|stir|mix|"
    r"go|pick|get|avoid|don'?t|do not|never|always|mind|wear|apply|scratch|ice|buy|ask|see|"
    r"ventilate|test|measure|stop|call|ring|bin|throw|make|read|write|steal|walk|rest|sleep|drink|"
    r"eat|stretch|sit|breathe|talk|learn|start|practi[cs]e|begin|find|look|listen|say|warm|wrap|"
    r"run|ease|ring|see|visit|book|sip|gargle|hum|sing)\b|"
    r"\b(you (can|could|should|need|must|may)|one (can|should|must)|a (drop|dab|little) of|"
    r"the (trick|cure|fix|answer|remedy) is|works? best|is best|are best|helps?\b|soothes?|"
    r"cream|antihistamine|repellent|remedy|calms?|eases?|relieves?|cures?|prevents?|clears?)\b",
    re.IGNORECASE,
)
# Whether a thing is safe asked ("is an old radium watch safe", "safe to keep?", "are foxgloves
# poisonous to dogs"), not a word of harm in a claim ("is it true you can test for poisonous
# mushrooms with a silver spoon").
SAFE_ASKED = folded(
    r"\b(?:is|are|was|were|isn'?t|aren'?t|it'?s|its|be)\s+(?:[\w'-]+\s+){0,4}?"
    r"(?:safe|dangerous|harmful|toxic|poisonous|hazardous)\b(?! (?:from|against)\b)|"
    r"\bsafe (?:to|for|enough)\b|\b(?:safe|dangerous|harmful|toxic|poisonous)\s*\?",
    re.IGNORECASE,
)
SAFE_TERMS = frozenset(terms("safe safely safety unsafe dangerous danger harmful harm toxic"))
# Where a thing is kept ("an old watch in a tin", "the mould on the wall behind the sofa"):
# the place is no thing asked of.
WHERE_KEPT = frozenset(("in", "inside", "under", "behind"))


KEPT = folded(
    r"\b([\w'-]+) ([a-z][\w'-]*) (?:"
    + "|".join(sorted(WHERE_KEPT))
    + r") (?:(?:a|an|the|my|his|her|our|their|some|this|that|its) )?([a-z][\w'-]*)",
    re.IGNORECASE,
)


@lru_cache(maxsize=512)
def _kept_in(text: str) -> tuple[tuple[str, str], ...]:
    """(thing, place) stems of `text` where a place follows a thing kept in it ("an old watch in
    a tin": ("watch", "tin")); not a doing ("sealed in a tin", "left on the side")."""
    found = []
    for m in KEPT.finditer(text):
        before, word = m.group(1).lower(), m.group(2).lower()
        if not (
            before in DETERMINERS
            or before.endswith(("'s", "s'"))
            or _adjective(before)
            or before in ("old", "glowing", "little", "big")
        ):
            continue  # a thing named, "an old watch", "my gran's ring"; not "feel lighter"
        if word in DETERMINERS or re.search(r"..(?:ed|ing)$", word) or _adjective(word):
            continue  # (nor how a thing looks: "silvery at the edges")
        thing, place = _content(word), _content(m.group(3))
        if (
            thing
            and place
            and a_thing(place)
            and (a_thing(thing) or not word.endswith("y"))  # (not "silvery at the edges")
            and thing not in GENERIC_TERMS
            and thing not in PEOPLE
        ):
            found.append((thing, place))
    return tuple(found)


def kept_only(text: str, line: str) -> bool:
    """Whether the words `line` shares with what `text` names are only the places things are
    kept ("an old watch in a tin" for a line on tinned beans), while it says nothing of the
    things kept there (the watch)."""
    said = set(terms(line))
    pairs = _kept_in(MENTION.sub(" ", text))
    if not pairs:
        return False
    places = {place for _thing, place in pairs if place in said}
    if not places or any(thing in said for thing, _place in pairs):
        return False
    shared = set(terms(text)) & said - GENERIC_TERMS - ASK_WORDS
    return shared <= places


def _advises(line: str) -> bool:
    """Whether `line` says something to use or do (`DOING_LINE`), not its own doings told ("I
    walked about until my legs were heavy, then lay down")."""
    for found in DOING_LINE.finditer(line):
        clause = re.split(r"[.;:!?]", line[: found.start()])[-1]
        if not re.search(r"\bI\b", clause):
            return True
    return False


def _named(text: str) -> set[str]:
    """The stems (`terms`) of the things `text` names (its noun phrases' heads, and its words of
    things), but a word that says which or how ("wild" of wild garlic, "phone" of a phone
    battery), and safety itself."""
    tokens = TOKEN.findall(text)
    said = [_content(t) if t[:1].isalpha() else "" for t in tokens]
    which = {
        token.lower()
        for token, stem, after, word in zip(tokens, said, said[1:], tokens[1:], strict=False)
        if stem and after and after not in SAFE_TERMS and a_thing(after) and not _verb(word)
    } | {t.lower() for t in tokens if _adjective(t.lower())}
    words = {p.word for p in _phrases(text) if p.head} | {
        token.lower() for token, stem in zip(tokens, said, strict=False) if stem and a_thing(stem)
    }
    return set(terms(" ".join(words - which))) - SAFE_TERMS - TIME_TERMS - GENERIC_TERMS


def answers_ask(text: str, line: str, *, safety: bool = True) -> bool:
    """Whether `line` answers the kind of thing `text` asks: what to use or do (`REMEDY_ASKED`)
    by something to use or do; whether a thing is safe by its safety or harm; and says more of
    it than where it was kept (`kept_only`). Without `safety`, whether a thing is safe is left to
    the persona's field ("is radiation dangerous": radium's danger, to Curie)."""
    asked = MENTION.sub(" ", text)
    if REMEDY_ASKED.search(asked) and not re.search(r"\bor\b", asked, re.I) and not _advises(line):
        return False
    if safety and SAFE_ASKED.search(asked) and not _named(asked) & set(terms(line)):
        # On the thing asked of, not "safe" alone: "brings his ship safe into harbour", for
        # walking home alone at night.
        return False
    return not kept_only(asked, line)
