"""A persona's own field asked casually: "define fair first", "ok define justice then".

A word to define, bidden with no question mark, is a question of what the word means: "define
fair first", put to the persona that asked whether a thing was fair, had been read as news told
("how did that come about") or met a stock line on "define" (rate46). It is read as "what is
fair?" (`defined`), which the persona answers where it has something on it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from bots.fold import folded

# "define fair first", "ok define justice then", "@socrates define 'virtue' for me pls": one or
# two words bidden to be defined, the whole message (a longer ask, "define the terms of the
# bet and then we'll see", is no word asked of).
_DEFINE = folded(
    r"^\W*(?:@\w+\W+)?(?:(?:ok(?:ay)?|well|but|so|fine|go on|first|then|alright)\W+){0,2}"
    r"(?:(?:you|u) )?define ['\"]?(?P<word>[a-z][a-z'-]*(?: [a-z][a-z'-]*)?)['\"]?"
    r"(?:\W+(?:first|then|please|pls|for me|for us|yourself|exactly|properly|lol|mate))*\W*$",
    re.IGNORECASE,
)
# Words bidding after the word to define ("define fair first", "define love then").
_AFTER = frozenset({"first", "then", "please", "pls", "exactly", "properly", "lol", "mate"})
# Words that are no thing to define ("define it first", "define that", "define your terms").
_NO_WORD = frozenset(
    {
        "it",
        "that",
        "this",
        "them",
        "those",
        "these",
        "what",
        "your",
        "ur",
        "my",
        "our",
        "his",
        "her",
        "their",
        "the",
        "a",
        "an",
        "terms",
        "words",
        "yourself",
        "me",
        "us",
    }
)


# A question put by its order with no question mark, opening "was" or "were" and asking of a
# thing, not of the persona ("was there a real king lear", "was macbeth a real king", "were
# the witches real"): `bots.sense.ASKED` reads "was" only as "was it"/"was your". (Not news
# opening "was": "was at the shops and saw a fox"; nor "was there slavery in ancient rome", a
# question that is no doubt of a thing's being real, read as `bots.sense.ASKED` reads it.)
_WAS_ASKED = folded(
    r"^\W*(?:@\w+\W+)?(?:(?:ok(?:ay)?|so|wait|but|and|hang on|hmm+)\W+){0,2}(?:was|were) "
    r"(?:there\b(?=.*\b(?:real|really|actually|true)\b)|"
    r"(?:the |a |an )?[a-z'-]+(?: [a-z'-]+)? (?:a )?(?:real|really|actually|true)\b)",
    re.IGNORECASE,
)

# A question put by its order after a word leading in ("so did babbage ever build anything that
# worked", "wait does the engine need steam"), which `bots.sense.ASKED` reads only opening the
# message; not "so did i", "and so is mine", which agree.
_LED_ASKED = folded(
    r"^\W*(?:@\w+\W+)?(?:ok(?:ay)?|so|wait|but|and|hang on|hmm+|oh|lol|ok so)\W+"
    r"(?:did|does|do|is|are|can|could|will|would|has|have|had)\b"
    r"(?!\W+(?:i|we|you|u|he|she|they|it|mine|yours|ours|so|too)\W*$)",
    re.IGNORECASE,
)


def asked(message: str, knows: Callable[[str], bool]) -> str:
    """`message` as the question it puts (`defined`, `_WAS_ASKED`, `_LED_ASKED`), when the
    persona `knows` something on it; else empty."""
    if "?" in message:
        return ""
    if (found := defined(message)) and knows(found):
        return found
    if (_WAS_ASKED.match(message) or _LED_ASKED.match(message)) and knows(
        found := message.rstrip(" .!") + "?"
    ):
        return found
    return ""


def defined(message: str) -> str:
    """`message` as the question it bids ("what is fair? define fair"), or empty."""
    if "define" not in message.lower():  # (cheap: most messages bid nothing defined)
        return ""
    found = _DEFINE.match(message.strip())
    if not found:
        return ""
    # (the word, not the bidding after it: "fair" of "define fair first")
    word = " ".join(w for w in found.group("word").lower().split() if w not in _AFTER)
    if not word:
        return ""
    if word.split()[0] in _NO_WORD:
        return ""
    return f"what is {word}? define {word}"
