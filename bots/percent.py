"""A figure raised or cut by a percentage (`percent_changed`).

"what's 32000 plus 10%", "if i earn 32000 and they offer 10% more whats that", "add 20% to 150",
"take 15% off £80", "£80 with 25% off", "£250 less 10%", "a 5% raise on 28k": the figure and the
percentage put together, worked exactly ("32,000 plus 10% is 32,000 + 3,200 = 35,200"). Only one
figure and one percentage said, so no other sum is mistaken for this one; a percentage OF a
figure alone ("15% of 240") is another reader's.
"""

from __future__ import annotations

import re
from fractions import Fraction

from bots.reckon import shown_number

# A figure: "32000", "32,000", "£80", "$1,250.50", "28k".
_FIG = r"(?P<sign>[£$€])?(?P<fig>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<k>k)?\b"
_PCT = r"(?P<{name}>\d+(?:\.\d+)?)\s*(?:%|per ?cent|pc\b)"
UP = r"(?:plus|\+|add(?:ed)?|more|raise|rise|increase|increased|higher|up|on top|extra|markup|tip)"
DOWN = r"(?:minus|-|less|off|discount|discounted|cut|reduced|reduction|lower|down|decrease)"
SHAPES = (
    # "32000 plus 10%", "£250 less 10%", "32000 and they offer 10% more", "28k with a 5% raise"
    re.compile(
        _FIG
        + rf"[^%\d]{{0,40}}?(?:(?P<w1>{UP}|{DOWN})\s*{_PCT.format(name='p1')}|"
        + rf"{_PCT.format(name='p2')}\s*(?P<w2>{UP}|{DOWN}))",
        re.IGNORECASE,
    ),
    # "add 20% to 150", "take 15% off £80", "10% more than 32000", "a 5% raise on 28k"
    re.compile(
        rf"(?:(?P<w1>add|take|knock)\s+)?{_PCT.format(name='p1')}\s*(?P<w2>{UP}|{DOWN})?\s*"
        rf"(?:than|to|on|off|from)\s+(?:(?:a|an|the|my|your)\s+)?" + _FIG,
        re.IGNORECASE,
    ),
)
# Asked to be worked, not told: "what's", "how much", "whats that", "?", "work out".
ASKED = re.compile(
    r"\?|\b(?:what'?s|whats|what is|how much|work out|calculate|would be|will be|is that|"
    r"what does|does that come|comes? to)\b",
    re.IGNORECASE,
)
# "15% of 240" alone is a part, not a change; "10% of people" no figure to change.
OTHER_SUMS = re.compile(r"\d\s*(?:x|×|\*|/|÷)\s*\d|\bsplit\b|\bbetween\b|\beach\b", re.IGNORECASE)


def _number(text: str, k: str) -> Fraction:
    value = Fraction(text.replace(",", ""))
    return value * 1000 if k else value


def _said(value: Fraction, sign: str, pennies: bool = False) -> str:
    """`value` as said; money (a sign, or a figure given to the penny) to the penny, with the
    pennies shown when any figure of the working has them (`pennies`)."""
    if sign:
        value = Fraction(round(value * 100), 100)
    shown = shown_number(value)
    if sign and pennies and "." not in shown:
        shown += ".00"
    if sign and "." in shown:
        whole, cents = shown.split(".")
        shown = f"{whole}.{cents[:2].ljust(2, '0')}"
    return f"{sign}{shown}"


def percent_changed(text: str) -> str:
    """The working of a figure raised or cut by a percentage `text` asks for ("32,000 plus 10% is
    32,000 + 3,200 = 35,200"), or "" when it asks no such sum."""
    if len(text) > 240 or not ASKED.search(text) or OTHER_SUMS.search(text):
        return ""
    if len(re.findall(r"\d+(?:[.,]\d+)*\s*(?:%|per ?cent)", text, re.IGNORECASE)) != 1:
        return ""
    if len(re.findall(r"\d+(?:[.,]\d+)*", text)) != 2:
        return ""  # one figure and one percentage, nothing more
    for shape in SHAPES:
        found = shape.search(text)
        if not found:
            continue
        parts = found.groupdict()
        word = f"{parts.get('w1') or ''} {parts.get('w2') or ''} {found.group(0)}"
        down = bool(re.search(rf"\b{DOWN}\b|(?<!\w)-(?!\w)|\btake\b|\bknock\b", word, re.I))
        if not down and not re.search(rf"{UP}|\bto\b", word, re.IGNORECASE):
            return ""
        # "19.99" is money without its sign: worked to the penny all the same
        sign = parts["sign"] or ("\x00" if re.search(r"\.\d\d$", parts["fig"]) else "")
        figure = _number(parts["fig"], parts["k"] or "")
        pct = Fraction(parts["p1"] or parts["p2"])
        if not 0 < pct <= (100 if down else 1000) or figure <= 0:
            return ""
        part = figure * pct / 100
        result = figure - part if down else figure + part
        how = "less" if down else "plus"
        op = "−" if down else "+"
        cents = bool(sign) and any(
            Fraction(round(v * 100), 100).denominator != 1 for v in (figure, part, result)
        )
        said = (
            f"{_said(figure, sign, cents)} {how} {shown_number(pct)}% is "
            f"{_said(figure, sign, cents)} {op} {_said(part, sign, cents)} = "
            f"{_said(result, sign, cents)}"
        )
        return said.replace("\x00", "")
    return ""
