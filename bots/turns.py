"""Who speaks unasked in a live room, read from what the people say (session 42, rate41).

A persona named in the third person with words put in its mouth ("socrates would say something
about cheating probably", "darwin would say only the fittest survive and that's not arsenal")
is cued: in a lively room it answers in kind, sparingly in a normal one, never where personas
speak only when mentioned. A big moment told to a lively room ("gg we actually beat her!!!")
may get one cheer. Pure readings of the text: the plan (`bots.policy`) and the engine ask.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from bots.fold import folded

# What a persona is said to do when words are put in its mouth: say, ask, argue, have a theory.
_CUE_VERB = (
    r"(?:say|ask|tell (?:us|you|him|her|them|me)|argue|question|point out|explain|insist|"
    r"remind (?:us|you)|want to know|calculate|work out|quote|lecture|correct|object|preach|"
    r"call (?:it|this|that|him|her|them)|write|compose|test|measure|prove|start|"
    r"have (?:something|a lot|lots|plenty|words|a word|(?:a |an )?(?:whole |big |long |"
    r"strong |proper |full |few )?(?:thing|theory|opinion|view|thoughts|quote|speech|"
    r"monologue|sonnet|poem|lecture|notes|formula|equation|questions?|field day)s?)|"
    r"make (?:a|an|us|you|this|it)|turn (?:this|it|that) into|"
    # (after "would have", "would've": "would've calculated our xG", "would have said")
    r"said|asked|told (?:us|you|him|her|them|me)|argued|questioned|pointed out|explained|"
    r"calculated|worked out|quoted|lectured|corrected|written|called (?:it|this|that))"
)
# Between the name and the verb: "would", "'d", "would probably", "is gonna", "prob".
_CUE_MODAL = (
    r"(?:['\u2019]d|['\u2019]ll|\s+(?:would|will|could|might|would'?ve|would have|is gonna|"
    r"is going to|probably|prob|definitely|defo|deffo))"
    r"(?:\s+(?:probably|prob|definitely|def|totally|literally|surely|just|also|so|100%|"
    r"defo|deffo|have|'ve))*"
)


@lru_cache(maxsize=128)
def _cue_pattern(names: tuple[str, ...]) -> re.Pattern:
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True) if n)
    return re.compile(
        rf"(?<![\w@])(?:{alternatives}){_CUE_MODAL}\s+{_CUE_VERB}\b(?P<rest>[^.!?]*)",
        re.IGNORECASE,
    )


def cued(text: str, names: Iterable[str]) -> bool:
    """Whether `text` puts words in the mouth of the persona called `names` (its slug, name,
    first name), in the third person: "socrates would say something about cheating probably",
    "i bet curie would test it for fingerprints", "lovelace would've calculated our xG"; with
    something said after the verb ("einstein would say" alone cues nothing), and not asking the
    room ("would darwin say that?" asks, and is answered as asked). Not "would love my compost
    heap" or "would laugh at that": a feeling guessed is no words to answer."""
    own = tuple(sorted({n.lower() for n in names if n}))
    if not own:
        return False
    for found in _cue_pattern(own).finditer(text):
        if re.search(r"[a-z0-9]", found.group("rest"), re.IGNORECASE):
            return True
    return False


@lru_cache(maxsize=128)
def _spoken_for_pattern(names: tuple[str, ...]) -> re.Pattern:
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True) if n)
    return re.compile(
        rf"(?<![\w@])(?:{alternatives}){_CUE_MODAL}\b(?!\s+(?:you|u)\b)", re.IGNORECASE
    )


def spoken_for(text: str, names: Iterable[str]) -> bool:
    """Whether `text` guesses what the persona called `names` would do or say, in the third
    person, whatever the verb: "i bet darwin would call our keeper a missing link" (a loose
    `cued`); never a question put to it ("@socrates would you write ...")."""
    own = tuple(sorted({n.lower() for n in names if n}))
    return bool(own) and bool(_spoken_for_pattern(own).search(text))


# A big moment told to the room: a win, a thing done at last ("gg we actually beat her!!!",
# "WE WON", "finally passed!!", "we're top of the league!!! first time ever").
_WIN = folded(
    r"\b(?:we|i|we've|i've|we have|i have)\s+(?:\w+\s+){0,2}?(?:won|beat|smashed|nailed|did it|"
    r"passed|got (?:it|in|promoted|the (?:job|place|part|role|promotion|offer|keys))|made it|"
    r"finished|qualified|aced)\b|"
    r"\bwe(?:'re| are) (?:top|champions|through|promoted|in the final)\b",
    re.IGNORECASE,
)
# Said loudly: two exclamation marks, or shouted in capitals.
_LOUD = re.compile(r"!!|\b(?:WON|BEAT|DID IT|PASSED|MADE IT)\b")
# No moment for cheers: a question, a loss or a sorrow ("we finally lost", "gg we got wrecked").
_NO_CHEER = folded(
    r"\?|\b(?:lost|lose|losing|wrecked|destroyed|robbed|not|never|no|didn'?t|don'?t|can'?t|"
    r"won'?t|hate|sad|sorry|died|dead|passed away|funeral|hospital|cancelled|missed)\b",
    re.IGNORECASE,
)


def big_moment(text: str) -> bool:
    """Whether `text` tells the room of a win or a thing done at last, loudly: "gg we actually
    beat her!!!", "WE WON!!! finally beat kit"; never a question, a loss or a sorrow."""
    return bool(_WIN.search(text) and _LOUD.search(text) and not _NO_CHEER.search(text))


# A cheer is a short #congrats line that names no occasion (a wedding, a house, a birthday).
_OCCASION = folded(
    r"\b(?:birthday|wedding|married|engage\w*|house|home|keys|roof|print\w*|book|dog|cat|pet|"
    r"exam\w*|post|job|wages|legs|run|ran|baby|born|marriage|examiners|results?|notes|"
    r"tell me|proud of you|strength)\b|\d",
    re.IGNORECASE,
)


def cheers(lines: Sequence[str]) -> tuple[str, ...]:
    """Of a persona's #congrats lines, those fit to cheer a win told to the room: short, and
    on no occasion of their own."""
    return tuple(line for line in lines if len(line) <= 60 and not _OCCASION.search(line))
