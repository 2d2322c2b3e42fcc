"""A question put to a live room that a persona present knows the answer to (room44).

In a lively or normal room, "anyone know why my sourdough is flat?" or "how long do i boil an
egg for a runny yolk" went unanswered: no line of a persona's material chimed with the words,
so nobody spoke, though Curie has a `#know` line on each. The persona whose `#know` line
answers such a question (`room_owners`) answers it as if asked (`policy.plan_for_human`), and
nobody piles on after it (`services.turns_plan_for_reply`).

And a persona that joins a room's question unasked says an answer on what was asked or
nothing: "why does the moon look red during an eclipse" is not met by "On the Moon you would
weigh a sixth" (`on_point`: one shared word is no answer).
"""

from __future__ import annotations

import re

from bots.context import asked_of_nobody, open_to_room
from bots.fold import folded
from bots.know import known, own_known
from bots.material import index_of, terms
from bots.room48 import fact_asked, own_answer, relayed
from bots.sense import GENERIC_TERMS

# Questions put to the room that `context.asked_of_nobody` does not read as asked, for want of
# an apostrophe or with an opener of their own: "whats eating my lettuce", "how long do i boil
# an egg", "how much sleep should a 4 year old get", "who wrote frankenstein".
_ASKED_TOO = folded(
    r"^\W*(?:(?:ok|so|hey|guys|also|and|btw|random but|quick one|quick q)\W+)*"
    r"(?:whats|wats|wots|what (?:actually |really )?(?:gets|makes|causes|happens|kills|stops)|"
    r"how (?:long|much|many|often|far|old|hot|cold)|when (?:do|does|should|is)|"
    r"is (?:it|there|that|this) (?:true|ok|okay|safe|bad|normal|a myth)|"
    r"(?:is|are) [^.!?]{2,80} (?:dangerous|safe|poisonous|toxic|a myth|real|true|bad for))\b",
    re.IGNORECASE,
)
# Said of a child ("how much sleep should a 4 year old get"): a line on grown people answers
# another question.
_CHILD = folded(
    r"\b(?:\d+ ?(?:yr|year|month)s?[ -]?old|kids?|toddlers?|bab(?:y|ies)|child(?:ren)?|newborns?|"
    r"infants?)\b",
    re.IGNORECASE,
)
_GROWN = folded(r"\b(?:grown|adults?)\b", re.IGNORECASE)


# Words that say where or how a thing stands, not what it is: "why do plants grow towards the
# window" is not met by "roots bend towards water".
_BESIDE = frozenset(terms("toward towards away across around round along through into onto"))


# Chat openers before a question ("oh and", "btw", "wait", "lol ok but", "ngl"): what is asked
# comes after them.
_OPENERS = folded(
    r"^\W*(?:(?:oh|ooh|and|btw|wait|lol|lmao|ngl|tbh|ok|okay|so|but|hmm+|um+|right|anyway|"
    r"anyways|also|hey|guys|question|q|random q|quick q|quick one|real quick|serious question)"
    r"(?:\W+|$))+",
    re.IGNORECASE,
)


def asked(text: str) -> str:
    """`text` without the chat openers before its question."""
    return _OPENERS.sub("", text, count=1) if _OPENERS.match(text) else text


def room_question(text: str) -> bool:
    """Whether `text` is a question put to the room at large (`context.asked_of_nobody`, or
    one of `_ASKED_TOO`, with no @mention), after any chat openers."""
    text = asked(text)
    if asked_of_nobody(text):
        return True
    return bool(_ASKED_TOO.search(text) or fact_asked(text) or relayed(text)) and open_to_room(text)


def knows(material: tuple[str, ...], text: str) -> str:
    """The persona's `#know` line that answers the room's question `text`, or "": never a line
    of its own life (the room asked of the thing, not of it) unless the room asked who did a
    thing that was its own deed ("who taught plato": `room48.whose_deed`), nor one on grown
    people for a question of a child."""
    index = index_of(material)
    text = asked(text)
    line = known(index, text)
    if not line or own_known(index, line) and not own_answer(text, line):
        return ""
    if _CHILD.search(text) and _GROWN.search(line):
        return ""
    return line


def fact_line(material: tuple[str, ...], text: str) -> str:
    """The persona's `#know` line (`knows`) that answers a question of fact by its shape
    (`room48.fact_asked`: "who taught plato then", "which planet has the most moons, i think
    jupiter"; or one relayed, `room48.relayed`), whoever it is put to: the chat after it ("was
    it a french guy", "asking for my little brother lol") is no question of its own to read
    (rate47: "who discovered radioactivity, was it a french guy" had got Curie's line on the
    radioactivity all around us). "" for any other message (one regular expression)."""
    if not (fact_asked(text) or relayed(text)):
        return ""
    return knows(material, text)


def room_owners(present, text: str, *, exclude: set[str | None] = frozenset()) -> list:
    """The personas of `present` (policy Candidates) that know the answer to the room's
    question `text`; cheap for any other message (one regular expression)."""
    if not room_question(text):
        return []
    return [
        c
        for c in present
        if c.slug not in exclude
        and not c.is_house_bot
        and c.talkativeness > 0
        and c.material
        and knows(c.material, text)
    ]


def on_point(question: str, answer: str) -> bool:
    """Whether `answer`, said unasked to the room's question `question`, is on what was asked:
    it shares two content words of it (stems, everyday words aside), or every one when the
    question has one only."""
    asked = {t for t in terms(question) if t not in GENERIC_TERMS and t not in _BESIDE}
    if not asked:
        return True
    shared = asked & set(terms(answer))
    return len(shared) >= min(2, len(asked))
