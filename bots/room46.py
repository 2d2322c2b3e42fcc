"""A persona called by what it is, or asked to settle the room's question (room46, rate45).

Live rooms rated worst (2.38 of 5): "the plant guy would know", "ask the science lady", "our
physicist will say no" went unanswered, as no name was said (`kind_called`: the persona so
called answers, as if named: `policy.plan_for_human`); and "darwin settle this", "lena is
right isnt she, curie?", "einstein?" were met by a dodge, a stock line or a verdict against
the facts: the persona takes up the question argued in the room's last lines (`taken_up`),
answers it from its `#know` line when it has one, and says whose claim that answer bears out.
"""

from __future__ import annotations

import re

from bots.fold import folded
from bots.know import known, own_known
from bots.material import index_of, terms
from bots.sense import GENERIC_TERMS

# What each persona is, as people call it: "the plant guy", "our physicist", "the computer
# lady", "the bird man", "the poet".
_PERSON = r"(?:guy|man|dude|bloke|lady|woman|gal|girl|person|one|expert|nerd)"
_KINDS = {
    "darwin": (
        rf"naturalist|biologist|(?:plant|bird|nature|worm|evolution|animal|beetle|finch) {_PERSON}"
    ),
    "einstein": rf"physicist|physics {_PERSON}|relativity {_PERSON}",
    "curie": r"chemist|(?:science|chemistry|radium|lab) (?:lady|woman|gal)",
    "lovelace": (
        r"mathematician|programmer|(?:computer|maths?|numbers|code|coding) (?:lady|woman|gal)"
    ),
    "socrates": rf"philosopher|(?:philosophy|greek) {_PERSON}",
    "shakespeare": rf"poet|playwright|bard|(?:poetry|theatre|theater|play) {_PERSON}",
}
_KIND = {
    slug: folded(rf"\b(?:the|our|ur|your|that|this) (?:{kinds})\b", re.IGNORECASE)
    for slug, kinds in _KINDS.items()
}
# ...called on to answer, not spoken of: "ask the poet", "the plant guy would know", "what
# would the philosopher say", "our physicist will say no", "let the chemist settle it".
_CALLED = folded(
    r"\b(?:ask|asking|let|get|call|summon|where(?:'s| is)|paging|over to)\b|\b(?:would|will|"
    r"must|should|can|could|might|prob(?:ably)?|surely|def(?:initely)?)\s+(?:know|say|settle|"
    r"tell|agree|disagree|weigh in|have (?:an|the) answer)\b|'d know|\bknows\b|\bsettle\b|"
    r"\bwhat (?:would|does|do|will) [^?]{0,30}\b(?:say|think|reckon)\b",
    re.IGNORECASE,
)


def kind_called(body: str, slugs) -> str:
    """The slug of `slugs` that a short message calls on by what it is ("the plant guy would
    know", "ask the computer lady"), or "" (cheap: one search for most messages)."""
    if len(body) > 120 or "@" in body or not _CALLED.search(body):
        return ""
    found = [slug for slug in slugs if slug in _KIND and _KIND[slug].search(body)]
    return found[0] if len(found) == 1 else ""


# Asked to settle what the room argues: "settle this", "who's right", "tom is wrong right?",
# "lena is right isnt she", "einstein?", "thoughts?", with the persona's names taken out.
_SETTLE = folded(
    r"^\W*(?:(?:so|ok|okay|well|pls|please|come on|go on|wait|hmm|lol)\W+)*(?:"
    r"(?:settle|sort out) (?:this|it)(?: for us| once and for all)?|sort (?:this|it) out|"
    # ("wait so which one was it", after the room's two answers to its question)
    r"which (?:one )?(?:was|is) it|which is (?:right|true|correct)|"
    r"who(?:'s| is) right|weigh in|break the tie|thoughts|what do (?:you|u) (?:think|say|reckon)|"
    # ("back us up here": whose side the facts are on, room47)
    r"back (?:me|us|him|her|them|[a-z]+) up(?: here| on this| pls| please)?|"
    r"(?P<who>[a-z]+) (?:is|'s|s) (?P<verdict>right|wrong|correct)(?:\W+(?:isn'?t|isnt|aint|"
    r"ain'?t|right|innit|yeah|no)(?: (?:she|he|they|it))?)?|"
    r")(?P<rest>\s*[,.;:!-]\s*\S.{0,60})?\W*$",
    re.IGNORECASE,
)
_QUESTIONED = folded(
    r"\?\W*$|^\W*(?:(?:ok|so|but|and|wait|hmm|also|btw|anyway)\W+)*(?:does anyone know|anyone know|"
    r"why|how|what|is|are|do|does|can|could|should|would|did|will)\b",
    re.IGNORECASE,
)


# A call by what it is that names its own matter: "what would the philosopher say about ai".
_OWN_MATTER = folded(
    r"\b(?:say|think|make|reckon|feel)\b[^?]{0,12}?\b(?:about|on|of|regarding)\s+"
    r"(?!it\b|this\b|that\b)\w",
    re.IGNORECASE,
)


def _bare(message: str, names) -> str:
    for name in names:
        message = re.sub(rf"(?<![\w@])@?{re.escape(name)}(?!\w)", " ", message, flags=re.I)
    return re.sub(r"\s+([,?!.])", r"\1", re.sub(r"\s+", " ", message)).strip(" ,")


def _content(text: str) -> set[str]:
    return {t for t in terms(text) if t not in GENERIC_TERMS}


# Who is right asked outright, naming the two ("who's right, oli or mandy?").
_JUDGED = re.compile(r"\bwho(?:'?s| is) right\b", re.I)


def taken_up(slug, name, material, message, history, ignore) -> tuple[str, str]:
    """For a message calling the persona (`slug`, `name`) to settle the room's matter, by name
    or by what it is: (the room's question, to answer as if asked; or "") and (the reply when its
    `#know` line answers that question, with whose claim it bears out; or ""). ("", "") for any
    other message."""
    if not history or len(message) > 90:
        return "", ""
    if len(history) >= 2 and history[-2].author in ignore:
        return "", ""  # ("@darwin thoughts?" just after another persona: of what it said)
    if _JUDGED.search(message) and any(s.own for s in history[-8:-1]):
        return "", ""  # ("who's right, oli or mandy?" after its own answer: it takes a side)
    names = {slug, name, *name.split()}
    bare = _bare(message, names)
    # (the call after a word to the room: "it's not made up kai lol. @einstein back us up")
    settle = _SETTLE.match(bare) or _SETTLE.match(re.split(r"(?<=[.!?])\s+", bare)[-1])
    by_kind = not settle and slug in _KIND and kind_called(message, (slug,)) == slug
    if not (settle or by_kind) or (bare == message and not by_kind):
        return "", ""
    if by_kind and _OWN_MATTER.search(message):
        return "", ""  # "what would the philosopher say about ai": its own question
    personas = {name, slug, *ignore}
    people = [s for s in history[-8:-1] if not s.own and s.author not in personas]
    question, claims = "", []
    for said in reversed(people):
        text = _bare(said.text, _ALL_NAMES).strip()
        if _QUESTIONED.search(text) and len(_content(text)) >= 2 and not _KIND_ANY.search(text):
            question = text
            break
        claims.append(said)
    if not question:
        return "", ""
    line = known(index_of(material), question)
    if not line or own_known(index_of(material), line):
        return question, ""
    said_before = _content(" ".join(s.text for s in history if s.own))
    sentences = re.split(r"(?<=[.!?])\s+", line)
    fresh = [s for s in sentences if not _content(s.replace("{name}", "")) <= said_before]
    # (all said already: its gist once more, with whose claim it bears out)
    line = " ".join(fresh) if fresh else sentences[0].split(";")[0].rstrip(",.") + "."
    verdict = _verdict(settle, claims, question, line)
    if verdict and "{name}" in line:
        verdict = verdict.replace(", {name}", "")
    return question, f"{verdict}{line}"


_KIND_ANY = folded("|".join(rf"(?:{k.pattern})" for k in _KIND.values()), re.IGNORECASE)


def _shared(said: set[str], answer: set[str]) -> int:
    """How many of `said`'s words the answer has, one inside another ("recrystallizing" and
    "crystallising" share "crystal")."""
    return sum(
        1 for t in said if len(t) >= 4 and any(t in a or (len(a) >= 5 and a in t) for a in answer)
    )


_ALL_NAMES = ("einstein", "albert", "shakespeare", "william", "curie", "marie", "lovelace")
_ALL_NAMES += ("ada", "socrates", "darwin", "charles")


def _verdict(settle, claims, question: str, line: str) -> str:
    """Whose claim (of the people's lines after the question) `line` bears out: the one that
    shares most of its words beyond the question's, when one alone does."""
    answer = _content(line) - _content(question)
    scored = sorted(
        ((_shared(_content(c.text), answer), c.author) for c in claims if c.author), reverse=True
    )
    if not scored or scored[0][0] == 0 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return ""
    best = scored[0][1]
    named = settle.group("who") if settle else None
    verdict = settle.group("verdict") if settle else None
    if named and named.lower() == best.lower():
        right = verdict.lower() != "wrong"
        return f"{'Yes' if right else 'No'}, {{name}}, {best.title()} has it right. "
    if named:
        return f"Not quite, {{name}}: {best.title()} has it. "
    return f"{best.title()} has it right, {{name}}. "


# Its own line doubted or asked for its source, just after it: "source?", "says who", "how do
# you know", "no way thats real", "for real?" (`context.echoed` reads the rest).
_SOURCED = folded(
    r"^\W*(?:(?:wait|ok|okay|hmm+|lol|but|and|um+)\W+)*(?:sources?|sauce|citation needed|citation|"
    r"says who|proof|how (?:do|would|could) (?:you|u) (?:know|tell)(?: that)?|where(?:'d| did) "
    r"(?:you|u) (?:read|get|hear|learn) that|(?:no way|really|seriously|for real),? "
    r"(?:that'?s|thats|is that|it'?s|its) (?:real|true|right)|is that (?:really )?(?:real|true))"
    r"\W*(?:lol|tho|though)?\W*$",
    re.IGNORECASE,
)
# A word of its own line echoed back as a question: "the bernoulli numbers thing?", "the
# tortoises??", "that shell thing?".
_ECHOED_THING = folded(
    r"^\W*(?:wait\W+)?(?:the|that|those|your) (?!.*\b(?:is|are|was|were|at|on|in|to|for|we|i|"
    r"you|he|she|they|it|do|does|did|be|will|gonna|still|now|today|tomorrow|tonight|\d+)\b)"
    r"[a-z' -]{2,30}\?+\W*$",
    re.I,
)


def sourced(text: str) -> bool:
    """Whether `text` doubts the line just said or asks how it is known ("source?", "says
    who", "no way thats real")."""
    return len(text) < 60 and bool(_SOURCED.match(text))


def echoed_thing(text: str) -> bool:
    """Whether `text` echoes a thing of the line just said as a question ("the bernoulli
    numbers thing?")."""
    return len(text) < 45 and "@" not in text and bool(_ECHOED_THING.match(text))


# How it knows what it said, in its voice: said when its line is doubted and it has nothing
# more on it than a plain yes (rate45: "That is all I have", or nothing at all).
_VOUCHED = {
    "darwin": "Truly, {name}; I set such things down in my notebooks as I saw them, and I do "
    "not write down what I have not seen myself or had from a careful observer.",
    "einstein": "Yes, really, {name}; I would not say it if I had not worked it through, and "
    "I would drop it the day an honest measurement said otherwise.",
    "curie": "Yes, {name}, truly; it is measured, not guessed, and anyone with patience and a "
    "good instrument may check it for themselves.",
    "lovelace": "Quite true, {name}; I do not put my name to a thing I have not worked through "
    "on paper, and you may follow the working yourself.",
    "shakespeare": "'Tis true, {name}, upon mine honour; I'll not swear to more than I know, "
    "but that much I stand by.",
    "socrates": "So I believe, {name}; but do not take it on my word: question it with me, and "
    "we shall see whether it stands.",
}


def vouched(slug: str, own_line: str) -> str:
    """Its word on how it knows its own line `own_line` (which says something: six words of
    substance or more), or ""."""
    if slug not in _VOUCHED or len(_content(own_line)) < 6:
        return ""
    return _VOUCHED[slug]


def doubt_unmet(message: str, reply: str, own_line: str, said_as, owned_up, own_owned) -> bool:
    """Whether `reply` leaves a doubt of the persona's own line `own_line` unmet: an owning up
    (`owned_up`: of the reply, as ever); "That is all I have" (`said_as` its "noother" line)
    after a line that said something; or, to "source?" or "no way thats real", a plain yes or
    a line on nothing it said ("A minor mishap, Tom")."""
    if owned_up(reply):
        return True
    if own_owned:  # its line owned up to not knowing, or to itself: nothing to vouch for
        return False
    if said_as(reply, ("noother",)):
        return True
    return sourced(message) and (
        said_as(reply, ("yes",)) or len(_content(reply) & _content(own_line)) < 2
    )
