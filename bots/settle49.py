"""Who is right about a sum the people just argued over (settle49).

"ok if something has a half-life of 5 days, how much is left after 20 days out of 80 grams? i
got 5g", "i got 10 😬", "i think maya is right", "curie which one of us is right?": the sum
asked a few lines before is worked (`bots.sums44.worked44`), and each figure the people came to
is held up to it, so the reply names who has it right, and who not, with the working. rate48
room 04 had Curie siding with Ben "if I must choose" and asking what persuaded him.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from bots.sums44 import worked44

# "which one of us is right", "who's right", "who is correct here", "settle this"
_WHO_RIGHT = re.compile(
    r"\b(?:wh(?:o|ich)(?: one)?(?: of (?:us|them|those|these))?(?:'s| is|s)? "
    r"(?:right|correct)|settle (?:this|it)|(?:is|are) (?:either|any) of us right)\b",
    re.I,
)
# A figure someone came to: "i got 10", "like 45%?", "its 5g", "= 12".
_FIGURE = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)(?![\d.]*\s*(?:days?|hours?|years?|tries)\b)")
_ABOUT = re.compile(r"\b(?:like|about|around|roughly|approx\w*|maybe)\b|~|\?")
_CLAIM_LEAD = re.compile(
    r"\b(?:i (?:got|get|think|said|put|make it)|got|it'?s|its|answer is|= ?|like|about)\s*"
    r"(?:it'?s |like |about |~)?(\d+(?:\.\d+)?)",
    re.I,
)


def _same(claimed: float, value: float, about: bool) -> bool:
    if about:
        return abs(claimed - value) <= max(0.5, abs(value) * 0.03)
    places = 0
    text = f"{claimed}"
    if "." in text and not text.endswith(".0"):
        places = len(text.split(".")[1])
    return round(value, places) == claimed


def settled49(text: str, history: Sequence, persona_names: Collection[str], to: str = "") -> str:
    """ "Maya has it right, not 10: 20 days is 4 half-lives ..." for a person asking who is
    right about a sum worked from a line among the last six, with "{to}" where the one asked is
    addressed; "" when no sum is read or fewer than one figure was put to it by people."""
    if not _WHO_RIGHT.search(text):
        return ""
    lines = [s for s in history[:-1][-6:] if not s.own and s.author not in persona_names]
    for at in range(len(lines) - 1, -1, -1):
        found = worked44(lines[at].text)
        if found and found.working and found.number:
            break
    else:
        return ""
    value_text = re.match(r"[^\d]*(\d[\d,]*(?:\.\d+)?)", found.number)
    if not value_text:
        return ""
    value = float(value_text.group(1).replace(",", ""))
    right, wrong = [], []
    for line in lines[at:]:
        said = line.text
        if line is lines[at]:
            claim = _CLAIM_LEAD.search(said[said.rfind("?") + 1 :] if "?" in said else "")
            figures = [claim.group(1)] if claim else []
        else:
            figures = _FIGURE.findall(said)
        if len(figures) != 1:
            continue
        claimed = float(figures[0])
        who = line.author
        (right if _same(claimed, value, bool(_ABOUT.search(said))) else wrong).append(
            (who, figures[0])
        )
    if not right and not wrong:
        return ""
    asker = history[-1].author if history else ""

    def named(people: list[tuple[str, str]]) -> str:
        names = [("you" if who == asker else who.capitalize()) for who, _ in people]
        names = list(dict.fromkeys(names))
        return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"

    working = found.working
    if right:
        who = named(right)
        verb = "have" if who == "you" or " and " in who else "has"
        nots = sorted({fig for _, fig in wrong} - {fig for _, fig in right})
        against = f", not {' or '.join(nots)}" if nots else ""
        return f"{who[:1].upper()}{who[1:]} {verb} it right{to}{against}: {working}."
    nots = sorted({fig for _, fig in wrong})
    return f"Neither{to}: not {' nor '.join(nots)}; {working}."
