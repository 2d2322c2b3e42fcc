"""A `#know` answer to what is asked without a question's words (know45c).

`know.known` answers only a message that asks (`sense.ASKED`: a question mark, "how", "is
it", ...). People also ask by bidding ("explain a loop like im 10", "tell me about your wife
emma", "talk me through natural selection") and by telling a plan or a worry the persona has
an apt word on ("i want to go travelling for a year but scared", "i failed my exam again",
"im so bored on this train"). Those were met by a line on one of their words, by a line doubled
or by a stock consolation (rate44); here the persona's own `#know` line answers them.

A bid is read as asked. A thing told is answered only by a line met on two groups of its keys
or more ("failed" and "exam", not "exam" alone), never on grave news (a death, an illness),
which is met with sympathy elsewhere.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bots.fold import folded
from bots.know import _met, _read, known, knowns
from bots.material import Index
from bots.sense import ASKED

# A bid to be told: "explain ...", "tell me about ...", "talk me through ...", opening the
# message (after "pls", "ok so", "can you").
_BID = folded(
    r"^\W*(?:(?:ok(?:ay)?|so|pls|please|hey|hi|right|and|also|now)\W+)*"
    r"(?:(?:can|could|would) (?:you|u) (?:please |pls |just )?)?"
    r"(?:explain|tell (?:me|us) (?:more )?about|talk (?:me|us) through|walk (?:me|us) through|"
    r"describe|eli5|teach (?:me|us))\b",
    re.I,
)
# A yes or no opening "was", "were", "has", "had", with no question mark: "was the beagle ever
# in portugal" (`sense.ASKED` reads only "did", "is", "does" ... so).
_YES_NO = folded(r"^\W*(?:was|were|has|had)\s+(?:the|his|her|their)\b", re.I)
# A thing told of the teller's own: "i failed ...", "im thinking of ...", "my kid wants ...".
_TOLD = folded(r"^\W*(?:i|im|i'm|i am|ive|i've|i'd|id|my|we|we're|were|we've)\b", re.I)
# A plan or a worry in it: "but scared", "thinking of", "i failed", "keep getting stuck", "so
# bored" (not "my echo dot keeps disconnecting", which asks for no word of its life).
_PLAN_OR_WORRY = folded(
    r"\b(?:scared|afraid|nervous|worried|anxious|terrified|bored|stuck|struggling|frustrated|"
    r"failed|flunked|thinking of|thinking about|want to|wanna|wants to|wants a|planning|"
    r"plan to|going to|gonna|about to|considering|can'?t decide|not sure|moving to|starting|"
    r"found (?:a|an|this|some) (?:weird|strange|odd|huge|tiny|funny))\b",
    re.I,
)
# Grave news: its sympathy is said elsewhere, never a line on a word of it.
_GRAVE = folded(
    r"\b(?:died|dead|dying|death|passed away|funeral|cancer|diagnos\w*|killed|suicid\w*|"
    r"miscarr\w*|hospital|lost my|put down|terminal)\b",
    re.I,
)


def told_known(index: Index, text: str, used: Sequence[str]) -> str:
    """Its `#know` line on what `text` bids it tell or tells it of, when `text` asks nothing
    in a question's words; else empty."""
    if "know" not in index.tagged or ASKED.search(text):
        return ""
    bid = bool(_BID.search(text)) or bool(_YES_NO.search(text))
    if not bid and (
        not _TOLD.search(text) or not _PLAN_OR_WORRY.search(text) or _GRAVE.search(text)
    ):
        return ""
    line = known(index, _BID.sub(" ", text) if bid else text, used, asked=True)
    if not line or any(line in u or u in line for u in used if u):
        return ""
    if bid:
        return line
    said, lowered, _ = _read(text)
    for k in knowns(index.tagged["know"]):
        if k.text == line:
            return line if _specific(k.keys, said, lowered) else ""
    return ""


def _specific(keys: tuple, said: frozenset[str], lowered: str) -> bool:
    """Whether an alternative of two groups or more of `keys` is met whole."""
    return any(len(alt) >= 2 and all(_met(g, said, lowered) for g in alt) for alt in keys)
