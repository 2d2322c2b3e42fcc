"""A difference of two like figures asked in one line (sums37b): "what's the difference between
£12 and £18", "how much more is £18 than £12", "how many more hours is 18h than 12h", "shift A
is 12 hours, shift B is 18 hours, what's the difference". The larger less the smaller, said in
the unit both are in. None when the line says any other figure, the two are of different kinds
(pounds and hours, km and miles), or it asks anything else of them (each, a rate, a saving)."""

from __future__ import annotations

import re

from bots.fold import folded
from bots.placed import NUMBER
from bots.reckon import money
from bots.wordsum import Worked

UNITS = {
    "h": "hours", "hr": "hours", "hrs": "hours", "hour": "hours", "hours": "hours",
    "min": "minutes", "mins": "minutes", "minute": "minutes", "minutes": "minutes",
    "km": "km", "kms": "km", "mile": "miles", "miles": "miles", "kg": "kg", "kilos": "kg",
    "day": "days", "days": "days", "week": "weeks", "weeks": "weeks",
}  # fmt: skip
FIGURE = folded(
    rf"(?P<sign>[£$€])\s?(?P<m>{NUMBER})(?![\d%])|"
    rf"(?<![\w.,£$€:/])(?P<n>{NUMBER})\s?(?P<u>[a-z]+)?(?![\w:/])",
    re.I,
)
ASKED = folded(
    r"\b(?:what'?s|whats|what is|how (?:big|much) is) the (?:difference|diff)\b|"
    r"\bhow (?:much|many) (?:\w+ )?(?:more|less|fewer|longer|shorter|cheaper|dearer)\b",
    re.I,
)
# Two figures set against each other: "than", "the difference" ("we've collected £45 and need
# £60, how much more?" is money still to find, its own reader's).
THAN = folded(r"\bthan\b|\bdifference\b|\bdiff\b|\bvs\b|\bversus\b", re.I)
# Anything else asked of them, or said with them: a share, a rate, a saving, a per cent.
OTHER = folded(
    r"\b(?:each|per|a (?:week|month|year|day)|save|saving|split|between (?:us|\d)|of us|"
    r"percent|times|twice|total|altogether|in all|costs?|for \d)\b|%|[x×*/+=]",
    re.I,
)


def difference_of(text: str) -> Worked | None:
    """The larger of the two like figures `text` says less the smaller, when it asks their
    difference and says nothing else of them; else None."""
    text = re.sub(r"@[\w.-]+", " ", text)
    if not ASKED.search(text) or OTHER.search(text) or not THAN.search(text):
        return None
    figs = []
    for m in FIGURE.finditer(text):
        if m.group("m"):
            figs.append((float(m.group("m").replace(",", "")), m.group("sign"), m.group(0)))
            continue
        unit = UNITS.get((m.group("u") or "").lower())
        if not unit:
            return None  # a count of things, a name ("shift 2"): of what, unsaid
        figs.append((float(m.group("n").replace(",", "")), unit, m.group(0).strip()))
    if len(figs) != 2 or figs[0][1] != figs[1][1] or figs[0][0] == figs[1][0]:
        return None
    (big, kind, big_said), (small, _kind, small_said) = sorted(figs, reverse=True)
    gap = big - small
    said = money(gap, kind) if kind in "£$€" else f"{gap:g} {kind}"
    return Worked(f"{big_said} − {small_said} is {said}", said)


PARTS = {
    "half": 2, "a half": 2, "1/2": 2, "a third": 3, "one third": 3, "1/3": 3, "a quarter": 4,
    "one quarter": 4, "1/4": 4, "two thirds": 1.5, "2/3": 1.5, "three quarters": 4 / 3,
    "3/4": 4 / 3,
}  # fmt: skip
PART_ASKED = folded(
    r"\s*(?:so\s|ok\s)?(?:what'?s|whats|what is|how much is|how many is)\s"
    rf"(?P<part>{'|'.join(re.escape(p) for p in PARTS)})\sof\s"
    rf"(?:(?P<sign>[£$€])\s?(?P<m>{NUMBER})|(?P<n>{NUMBER})\s?(?P<u>[a-z]+))\s*\??\s*",
    re.I,
)


def part_of(text: str) -> Worked | None:
    """A half, a third, a quarter, two thirds or three quarters of one figure, asked alone
    ("what's half of £37", "what is a third of 90 minutes"); else None."""
    m = PART_ASKED.fullmatch(re.sub(r"@[\w.-]+", " ", text).strip())
    if not m:
        return None
    part, k = m.group("part").lower(), PARTS[m.group("part").lower()]
    if m.group("m"):
        whole = float(m.group("m").replace(",", ""))
        said = money(whole / k, m.group("sign"))
        return Worked(f"{part} of {m.group('sign')}{m.group('m')} is {said}", said)
    unit = UNITS.get(m.group("u").lower())
    if not unit:
        return None
    value = round(float(m.group("n").replace(",", "")) / k, 2)
    said = f"{value:g} {unit}"
    return Worked(f"{part} of {m.group('n')} {m.group('u')} is {said}", said)
