"""A trouble told to Shakespeare or Socrates, answered with its apt view (know45b).

A plain statement of a trouble ("my dad wants me to marry someone i dont love", "im scared
of dying", "my parents want me to be a doctor but i want to be an artist") asks nothing, so no
`#know` line answers it, and it had got a stock consolation ("that is a sorry scene; may the
next act be kinder") or a stray line of the persona's own ("the gods tease us with small
things"). Each persona has plain, well-worn things to say to a few such troubles: Shakespeare
wrote fathers forcing a marriage, estranged kin and jealousy; Socrates argued that fear of
death is a false wisdom, and would examine a choice of life. `told(slug, message)` gives the
line (with "{name}" for whom it answers) or "".
"""

from __future__ import annotations

import re

_FAMILY = r"(?:brother|sister|sibling|siblings|dad|father|mum|mom|mother|family|cousin|parents)"

TROUBLES: dict[str, tuple[tuple[re.Pattern[str], str], ...]] = {
    "shakespeare": (
        (
            re.compile(
                r"\b(?:wants?|making|makes?|forc\w*|pressur\w*|expects?)\b[^.?!]{0,30}\b(?:me|us)\b"
                r"[^.?!]{0,20}\bmarry\b|\bmarry\b[^.?!]{0,40}\b(?:don'?t|dont|do not|never)\s+"
                r"(?:love|loved|like)\b|\barranged\s+marriage\b",
                re.I,
            ),
            "Juliet's father and Hermia's both tried it, {name}, and in both plays the young were"
            ' right: "I would my father look\'d but with my eyes." Tell them plainly and kindly '
            "you will not marry without love.",
        ),
        (
            re.compile(
                rf"\b{_FAMILY}\b[^.?!]{{0,60}}\b(?:(?:haven'?t|havent|have not|not|don'?t|dont|"
                r"stopped|never)\s+(?:spoken|speaking|talked|talking|speak|talk)|estranged|"
                r"fell out|falling out|inheritance|the will)\b",
                re.I,
            ),
            "Kin falling out over land and inheritance fills my histories, {name}, and Lear's "
            "daughters tore a kingdom apart over theirs. One of you must write first: let it be "
            "you, and make it short, no case argued, only that you miss them.",
        ),
        (
            re.compile(
                r"\b(?:friend|bestie|bff|sister|brother|mate|flatmate|roommate)s?\b[^.?!]{0,30}"
                r"\b(?:is|s|are|got|gets|getting|seems|acting)\s+(?:so\s+|really\s+|kinda\s+)?"
                r"jealous\b|\bjealous of me\b",
                re.I,
            ),
            "Jealousy is the green-eyed monster which doth mock the meat it feeds on, {name}: it "
            "torments the jealous more than you. Do not shrink to spare them; share the credit, "
            "ask after their own hopes, and a true friend will come round.",
        ),
    ),
    "socrates": (
        (
            re.compile(
                r"\b(?:scared|afraid|terrified|frightened|fear|anxious|worried)\b[^.?!]{0,15}"
                r"\b(?:of\s+|about\s+)?(?:dying|death|die)\b",
                re.I,
            ),
            "To fear death, {name}, is to think oneself wise without being so, for no one knows "
            "it is not the greatest of blessings. It is either a dreamless sleep or a journey to "
            "good company; which of those frightens you?",
        ),
        (
            re.compile(
                rf"\b{_FAMILY}\b[^.?!]{{0,40}}\b(?:wants?|expects?|push\w*)\b[^.?!]{{0,40}}"
                r"\b(?:but|and)\s+i\s+(?:want|wanna|would rather|love|like)\b[^.?!]{0,20}"
                r"\b(?:be|become|study|studying|do|career|job|major|degree)\b",
                re.I,
            ),
            "Ask them and yourself the same question, {name}: what is a life for? A man doing "
            "work he does not believe in harms himself first; so find out what each of you knows "
            "of the life you choose.",
        ),
        (
            re.compile(
                r"\b(?:can'?t|cant|cannot|don'?t know|dont know|struggling to|unsure|torn)\b"
                r"[^.?!]{0,20}\b(?:decide|choose|pick|what|which)\b[^.?!]{0,30}\b(?:major|degree|"
                r"course|subject|to study)\b",
                re.I,
            ),
            "Then let us examine it, {name}: which would you study if no one paid you and no one "
            "watched? Then ask whether it will make you better, not only richer.",
        ),
    ),
}


# A question ("are u scared of dying"): the persona's own lines answer it, not these.
_ASKED = re.compile(
    r"\?|^\W*(?:@\w+\W+)?(?:are|aren'?t|do|don'?t|did|is|was|were|have|can|would|should|how|"
    r"why|what|whats|when)\b",
    re.I,
)


def told(slug: str, message: str) -> str:
    """The line of `slug` on a trouble `message` tells that it has an apt view of, or ""."""
    if slug not in TROUBLES or _ASKED.search(message):
        return ""
    return next((line for said, line in TROUBLES[slug] if said.search(message)), "")


# A question put after a colon, with no question mark ("give me a straight answer for once: is
# social media bad", "ok real talk: should i learn latin").
_AFTER_COLON = re.compile(
    r":\s*(?:is|are|should|does|do|can|was|were|did)\s+(?:it|this|that|there|i|we|you|u|[a-z]+"
    r"\s+[a-z]+)\b",
    re.I,
)


def asked_after_colon(text: str) -> bool:
    """Whether `text` puts its question after a colon, with no question mark."""
    return ":" in text and bool(_AFTER_COLON.search(text))
