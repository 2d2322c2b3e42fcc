"""Openers that claim only what is true of the message and of what follows (opener47).

A reply often opens with one of the persona's stock openers: "You ask what I think, Maya",
"A good question, Maya; here is what we found", "I will grant you part of it, Maya; the rest
I hold", "I see, Maya; nature is full of such surprises". Each claims something: that its view
was asked, that a question was put and is answered, that it disagrees in part, that news was
told; a bare "Never, Maya:" that something was denied. rate46 counted 10 faulted rows where
the claim was false: "You ask what I think" said unasked to the room's question, "here is what
we found" before a line on something else, "I see" to a question, "Never" to a question of
fact.

`opened47` is a last pass over a finished reply: when the reply opens with such an opener and
the claim is false of the message or of the body after it, the opener is dropped. The random
draw that chose the opener is untouched, so every reply whose opener is true stays as it was.
Whether a body answers is judged by its shape only (a figure to "how many", what another
thought to "what did pierre think"): shared words tell nothing, for a line is drawn for
sharing them and an answer may share none.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import lru_cache

from bots.fold import folded
from bots.material import STOPWORDS

# An opener claiming its view was asked ("You ask what I think", "You would have my mind on
# it?", "Since you ask my judgement", "My opinion, Maya? ...:"), unlike "If you want my view".
_CLAIMS_ASKED = re.compile(
    r"\byou ask\b|\bsince you ask\b|\bhave my mind\b|^my opinion, \{name\}\?", re.I
)
# An opener granting part and holding the rest ("I will grant you part of it ... the rest I
# hold", "I will give you half of it; the other half I still hold", "Thou hast me there, in
# part").
_CLAIMS_PART = re.compile(r"\b(?:part of it|half of it|in part)\b", re.I)

# A question or an ask put: a question mark, or a question's or an ask's first word.
_FILLER = (
    r"(?:(?:ok|okay|so|hey|but|and|wait|also|btw|lol|hmm|um|well|guys|be real|honestly|"
    r"seriously|real talk|fine|then|@\w+|"
    # (a persona named first, as people write in chat: "darwin did you go abroad again")
    r"einstein|albert|shakespeare|william|curie|marie|lovelace|ada|socrates|darwin|charles|"
    r"aibot)\W+)*"
)
_ASKED = folded(
    # (asked past a clause: "if you smell gas what should you do")
    r"\b(?:what|how|when|where|why|who|which) (?:should|do|does|did|can|could|would|will) "
    r"(?:i|you|u|we|they|one)\b|"
    rf"\?|^\W*{_FILLER}(?:who|whom|whose|what|whats|wats|which|when|where|why|how|hows|is|are|"
    r"was|were|do|does|did|can|could|would|will|should|shall|have|has|had|may|might|tell me|"
    r"explain|name|list|describe|give me|any ?one|any ?body|imagine|"
    r"(?:is|are|was|were|do|does|did|can|could|would|have|has|had|should)n'?t)\b|"
    # ("curie your daughter won a nobel too right", "you failed maths didnt you")
    # (never "yep thats right", "oh no")
    r"(?<!that's )(?<!thats )(?<!that is )(?<!all )(?<!you're )(?<!youre )(?<!you are )"
    r"(?<!ur )(?<!so )(?<!quite )(?<!exactly )\bright\W*$|, (?:yeah|no)\W*$|"
    r"\b(?:innit|didn'?t you|weren'?t you|wasn'?t it|isn'?t it)\W*$|"
    # (after a comma, a question put, not a clause: "be real, are pigeons smart", never
    # "..., which i started on an app")
    rf"[,;:.!]\s*{_FILLER}(?:is|are|was|were|do|does|did|can|could|would|will|should)\s+"
    r"(?:you|u|i|we|they|he|she|it|there|that|this|those|these|\w+s)\b|"
    # ("something else: why did you write", "hi curie, how's your research going", "another
    # question, who was your favourite actor", "kev is doing it anyway but what do u reckon")
    rf"(?:[,;:.!]|\bbut|\bso)\s*{_FILLER}(?:(?:how|what|when|where|why)(?:'?s)?\b|who'?s\b|"
    r"(?:who|which) (?:is|was|are|were|did|do|does|would|will|can|should)\b)|"
    r"\b(?:help|pls|plz|please|any tips|advice)\W*$",
    re.IGNORECASE,
)
# A view asked ("what do you think", "your take", "should we", "is it ever right", "which is
# better", "would you rather", "favourite"), not a fact ("how many moons does jupiter have").
_VIEW = folded(
    r"\b(?:think|thoughts?|opinions?|views?|take|reckon|feel|believe|agree|prefer|rather|"
    r"favou?rites?|fave|best|worst|better|worse|should|ought|right|wrong|fair|worth|matters?|"
    r"like|love|hate|overrated|underrated|good|bad|ok|okay|justified|moral|ethical|"
    r"would you|what if|is it ever|tips?|advice|advise|recommend|suggest|ideas?|worried|"
    r"worry|do i|can i)\b",
    re.IGNORECASE,
)
# The last sentence said ("Did you hear? They found water on Mars." tells news).
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# A pointer at the message above, which the reply answers ("@darwin ^ that", "see above").
_POINTER = folded(
    r"^\W*(?:@\w+\W*)*(?:\^+|see|read|look|that|this|one|q|qn|question|above|up|what|he|she|"
    r"they|said|asked|pls|please|lol|earlier|the|my|\W)*$",
    re.IGNORECASE,
)
# A figure asked ("how many moons", "what year did", "when did you die", "how far").
_COUNT_ASKED = folded(
    rf"(?:^|[,;:.!?]|\bbut|\bso)\W*{_FILLER}"
    r"(?:how (?:many|much|far|long|old|tall|big|high|deep|fast|hot|cold|heavy|often)|"
    r"what (?:year|age|time|date|temperature)|when (?:did|was|were|is|does|do|will))\b",
    re.IGNORECASE,
)
# A figure said: digits or a number's word.
_FIGURE = re.compile(
    r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
    r"forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|"
    r"a few|a couple|once|twice)\b",
    re.I,
)
# Another's mind asked ("what did pierre think", "what did your dad say about it"), and said.
_THOUGHT_ASKED = folded(
    r"\bwhat (?:did|does|do|would) (?!you\b)[\w ]{1,30}? (?:think|say|feel|make of)\b", re.I
)
_THOUGHT = re.compile(
    r"\b(?:thought|thinks?|said|says|felt|feels|believed|told|wrote|called|insisted|wanted|"
    r"hoped|feared|liked|loved|hated|praised|mocked|laughed|agreed|disagreed|urged)\b",
    re.I,
)
# A fact of its own life asked ("did you have any brothers or sisters"), which an "or" does
# not make a choice of taste ("tea or coffee?").
_OWN_FACT = folded(
    rf"^\W*{_FILLER}(?:did|were|was|have|had) (?:you|u|your)\b|\bdo you have\b", re.I
)
_OR = re.compile(r"\bor\b", re.I)
# A body agreeing outright, which no "I grant you part of it" goes before.
_AGREES = folded(
    r"^\W*(?:yes|yea|aye|quite right|you are right|you're right|thou art right|true|agreed|"
    r"i agree|fair enough|indeed|exactly|just so|so it is|rightly said|well said)\b",
    re.IGNORECASE,
)
# A claim's denial ("machines will never be creative", "a machine is not creative").
_DENIED = re.compile(r"\b(?:never|not|no|cannot|can't|cant|won't|wont|isn't|nothing)\b", re.I)
_CONTENT = re.compile(r"[a-z]{5,}")


def _agrees_in_other_words(message: str, body: str) -> bool:
    """Whether the body's first sentence says the message's claim again, on the same side: "I
    disagree with Ada, machines will never be creative" and "A machine is not creative or
    original of itself" (the persona_sample line: the room put on Ada the view she denied)."""
    claim = message.lower().split(",", 1)[-1] if "," in message else message.lower()
    first = _SENTENCE_END.split(body.strip(), maxsplit=1)[0].lower()
    said = {w[:6] for w in _CONTENT.findall(claim) if w not in STOPWORDS}
    shared = said & {w[:6] for w in _CONTENT.findall(first)}
    return bool(shared) and bool(_DENIED.search(claim)) == bool(_DENIED.search(first))


# A bare "Never, Maya:" opening a line (`#know` lines on "would you be on social media", "did
# you ever go back to the galapagos"), and a question it answers: asked yes or no, or how often.
_NEVER = re.compile(r"Never, [^,.;:!?]{1,40}: (?=\w)")
_YES_NO = folded(
    rf"^\W*{_FILLER}(?:did|do|does|would|will|were|was|have|has|had|is|are|can|could|should|"
    r"ever)\b|\b(?:ever|or not|how often|how many times)\b|[,;:.!]\s*(?:did|do|would|have|were)"
    r" (?:you|u)\b",
    re.IGNORECASE,
)


_NAMED = re.compile(r"(, )?\{name\}")
# The name said ("Maya", "good Tom"), or after ", " left out with it as `_with_name` does.
_NAME_SAID = {False: "[^,.;:!?]{1,40}", True: "(?:, [^,.;:!?]{1,40})?"}


@lru_cache(maxsize=64)
def _patterns(templates: tuple[str, ...]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each template with the pattern of its said form at the start of a reply: the name any
    short run of words, or left out as `_with_name` leaves it out."""
    made = []
    for template in templates:
        if "{" in template.replace("{name}", ""):
            continue  # ({speaker} and the like: openers of other kinds)
        said = "".join(
            re.escape(part) if i % 2 == 0 else _NAME_SAID[bool(part)]
            for i, part in enumerate(_NAMED.split(template))
        )
        made.append((template, re.compile(rf"{said}\s+", re.I)))
    return tuple(made)


def _opened(templates: Sequence[str], reply: str) -> tuple[str, str] | None:
    """(template, body) when `reply` opens with one of `templates` said, and a body follows."""
    for template, pattern in _patterns(tuple(templates)):
        if (m := pattern.match(reply)) and len(reply) > m.end():
            return template, reply[m.end() :]
    return None


def _answers(message: str, body: str) -> bool:
    """Whether `body` answers `message` in shape: a figure to "how many", "what year", "when";
    what another thought to "what did pierre think". (Shared words tell nothing: a line is
    drawn for sharing them, and an answer may share none.)"""
    if _COUNT_ASKED.search(message) and not _FIGURE.search(body):
        return False
    return not (_THOUGHT_ASKED.search(message) and not _THOUGHT.search(body))


def _false(kind: str, template: str, message: str, body: str, unasked: bool) -> bool:
    """Whether the opener `template` of `kind` claims what is not so of `message` and `body`."""
    if kind == "opinion":
        # (a view asked of the room, joined unasked, was not asked of it: rate46 r03 L11)
        # (a choice put, "one or the other: christmas pudding or trifle", asks a view)
        chosen = _OR.search(message) and not _OWN_FACT.search(message)
        asked = (chosen or _ASKED.search(message) and _VIEW.search(message)) and not unasked
        return bool(_CLAIMS_ASKED.search(template)) and not asked
    if kind == "answer":
        return not _ASKED.search(message) or not _answers(message, body)
    if kind == "defend":
        return bool(
            _CLAIMS_PART.search(template)
            and (_AGREES.search(body) or _agrees_in_other_words(message, body))
        )
    if kind == "remark":
        # "I see, Maya" to a question or an ask is said to news nobody told ("be real, are
        # pigeons smart": rate46 S38); "Did you hear? They found water on Mars" tells news. A
        # question back after it ("Is that so, Maya? And what do you make of it") keeps it, lest
        # a bare "And ..." stand.
        last = _SENTENCE_END.split(message.strip())[-1]
        return bool(_ASKED.search(last)) and not re.match(r"(?:and|but|so)\b", body, re.I)
    return False


def opened47(
    tagged: Mapping[str, Sequence[str]],
    message: str,
    reply: str,
    *,
    unasked: bool,
) -> str:
    """`reply`, without its opener when the opener claims what is not so: a view asked, a
    question asked and answered, a part granted, news told, a denial (see the module's
    docstring)."""
    if not reply or not message or _POINTER.match(message):
        return reply  # (a pointer, "@darwin ^ that", is answered as the message it points at)
    if (never := _NEVER.match(reply)) and not _YES_NO.search(message):
        # "what do you think about social media": "Never, Maya: I fled from journalists" reads
        # as gainsaying something nobody said (rate46 S24 had "Never" to a question of fact).
        body = reply[never.end() :]
        return f"{body[:1].upper()}{body[1:]}"
    for kind in ("opinion", "answer", "defend", "remark"):
        if (found := _opened(tagged.get(kind, ()), reply)) and _false(
            kind, found[0], message, found[1], unasked
        ):
            body = found[1]
            return f"{body[:1].upper()}{body[1:]}"
    return reply
