"""A bill said as one rate times a count, plus extras, less what someone puts towards it.

Rooms ask their sums compound: "room £150 plus buffet at £12.50 a head for 48 people, whats
the total? and what's left if the depot chips in £300", "£38 an hour and ive done 26, plus
theory test £23 and practical £62, how much have i spent total". The dimensional search of
`bots.solve` works products and quotients of groups, not a product with sums beside it, so
this reads that one shape on its own: exactly one rate (money per something), exactly one
count of that something, any plain sums of money added, and any sum someone "chips in / pays /
covers / puts in" taken off only when what is left is asked. Precision first: every figure said
must be one of these, or nothing is worked (a wrong sum is worse than a declined one).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bots.solve import (
    ASKED,
    ASKED_PER,
    CHOICE,
    CORRECTED,
    LEFT_OUT,
    PER_LY,
    SUM_ASKED,
    Fig,
    _combine,
    _figures,
    _money,
    _rate_done,
    _said,
    as_done,
)

# The total asked: "whats the total", "how much have i spent", "what does it come to".
TOTAL_ASKED = re.compile(rf"{SUM_ASKED.pattern}|\bspent\b|\bcost(?:s|ing)? (?:us|me)\b")
# What is left asked, after a sum someone puts towards the bill.
REST_ASKED = re.compile(
    r"\b(?:left|rest|remaining|remainder|outstanding|still (?:owe|to pay|need)|balance)\b"
)
# A sum of money someone else puts towards the bill: "the depot chips in £300", "£50 off".
PUT_TOWARDS = re.compile(
    r"\b(?:chips? in|chipping in|chipped in|puts? in|putting in|pays?|paying|paid|covers?|"
    r"covering|covered|gives?|giving|towards|contribut\w*|off|knock\w*)\b"
)
# A sum of money that is not part of the bill: a budget, a pot, what is had or saved.
NOT_BILL = re.compile(
    r"\b(?:budget|pot|kitty|saved|savings|have|got|had|left|deposit|each|per|pp|every|"
    r"discount|refund|back|change)\b"
)
# An answer asked per head or per something: the share is another sum, not read here.
PER_ASKED = re.compile(r"\b(?:each|pp|per|a head|split|between|share|divided)\b")


def _per_asked(clause: str) -> bool:
    """Whether an ask's clause asks a share or a rate ("how much per session", "whats that
    monthly", "how much a month"), not a total."""
    return bool(PER_ASKED.search(clause) or ASKED_PER.search(clause) or PER_LY.search(clause))


def _block(lines: Sequence[str]) -> list[str]:
    """The ask and the lines just before it that carry figures, newest first: a line with none
    ends the sum's block (figures said further back belong to some other talk). An ask that
    says its sum whole is read alone when every figure said before it is said again in it or
    is a head count ("room £150 plus buffet at £12.50 a head for 48 people" after "£150 to
    hire", "about 40 ... say 48"); with another figure before it, [] (two readings stand)."""
    out = [lines[0]]
    for text in lines[1:4]:
        if not re.search(r"\d", text):
            break
        out.append(text)
    if any(CHOICE.search(t) or LEFT_OUT.search(t) or CORRECTED.match(t) for t in out):
        return []  # two readings, someone left out, or a figure put right: not this shape
    own = {round(f.value, 6) for f in _figures(lines[0], 0)}
    if len(own) < 3:
        return out
    earlier = [f for i, t in enumerate(out[1:], 1) for f in _figures(t, i)]
    if not all(round(f.value, 6) in own or f.bare or f.dims == (("#people", 1),) for f in earlier):
        return []  # a sum said whole, and a figure before it not said again: two readings
    return out[:1]


def _clause(text: str, fig: Fig) -> str:
    """The words of a figure's clause ("if the depot chips in £300")."""
    start = max(text.rfind(c, 0, fig.at) for c in ",.;?!")
    end = fig.at + len(fig.said)
    stop = min((i for c in ",.;?!" if (i := text.find(c, end)) >= 0), default=len(text))
    return text[start + 1 : stop]


def _rate_and_count(figs: list[Fig], lines: Sequence[str]) -> tuple[Fig, Fig] | None:
    """The one rate of money per something and the one count of that something, or None."""
    rates = [
        f
        for f in figs
        if dict(f.dims).get("£") == 1 and len(f.dims) == 2 and -1 in dict(f.dims).values()
    ]
    if len(rates) != 1:
        return None
    rate = rates[0]
    counts = [f for f in figs if f is not rate and _combine(rate.dims, f.dims) == (("£", 1),)]
    done = [
        as_done(f, rate)
        for f in figs
        if f.bare and not f.dims and _rate_done(f, figs, lines) is rate
    ]
    if len(counts) + len(done) != 1 or _combine(rate.dims, [*counts, *done][0].dims) != (("£", 1),):
        return None
    return rate, [*counts, *done][0]


def bill_with_extras(lines: Sequence[str]) -> str:
    """The working of a bill of one rate times a count plus extras ("£12.50 a head × 48 is
    £600; + £150 is £750"), and what is left when someone puts a sum towards it and that is
    asked ("less the £300 put in, £450 left"), the ask `lines[0]` (lower case) and the lines
    before it newest first; "" unless every figure said is read so."""
    asking = lines[0]
    asks = [c for c in re.split(r"[,;.?!]", asking) if TOTAL_ASKED.search(c) or ASKED.search(c)]
    if not any(TOTAL_ASKED.search(c) for c in asks) or any(_per_asked(c) for c in asks):
        return ""  # no total asked, or a share asked ("how much per session"): not this shape
    block = _block(lines)
    if not block:
        return ""
    figs = [f for i, t in enumerate(block) for f in _figures(t, i)]
    found = _rate_and_count(figs, block)
    if not found:
        return ""
    rate, many = found
    extras: list[Fig] = []
    towards: list[Fig] = []
    for f in figs:
        if (f.line, f.at) in ((rate.line, rate.at), (many.line, many.at)):
            continue
        if f.dims != (("£", 1),) or "%" in f.said:
            return ""  # a figure of another kind: the sum was not read
        clause = _clause(block[f.line], f)
        if PUT_TOWARDS.search(clause):
            towards.append(f)
        elif NOT_BILL.search(clause):
            return ""
        else:
            extras.append(f)
    if not extras or (towards and not REST_ASKED.search(asking)):
        return ""
    return _worked(rate, many, extras, towards)


def _worked(rate: Fig, many: Fig, extras: list[Fig], towards: list[Fig]) -> str:
    """The working said: the product, the extras added, then what is put towards it taken off."""
    product = rate.value * many.value
    total = product + sum(f.value for f in extras)
    counted = _said(many, many.dims) if many.dims else many.said
    added = " + ".join(_money(f.value) for f in extras)
    working = f"{rate.said} × {counted} is {_money(product)}; + {added} is {_money(total)} in all"
    if towards:
        less = sum(f.value for f in towards)
        if less >= total:
            return ""
        put = " and ".join(_money(f.value) for f in towards)
        working += f"; less the {put} put towards it, {_money(total - less)} left to pay"
    return working


# A sum paid first, before the rest is split: "a £200 deposit", "£600 upfront", "put down £90".
PAID_FIRST = re.compile(rf"{PUT_TOWARDS.pattern}|\b(?:deposit|upfront|up front|down)\b")
# The rest of a bill said split: "splits the rest evenly over", "the balance over 9 months".
REST_SPLIT = re.compile(r"\b(?:rest|remainder|balance|what'?s left)\b")
# What the rest is split over, just before its count: "over the 4 sessions", "across 9 months".
SPLIT_OVER = re.compile(r"\b(?:over|across|between)\s+(?:the\s+|another\s+)?$")
# A count of things each of so much: "4 sessions of 6 hours".
EACH_OF = re.compile(r"^\s+of\s+$")


def _leading(fig: Fig) -> float:
    """The number a figure was said with ("9 months": 9), whatever its base unit."""
    return float(re.match(r"[\d.,]+", fig.said.lstrip("£")).group().replace(",", ""))


def _bill(figs: list[Fig], block: Sequence[str]) -> tuple[float, str] | None:
    """The bill of `figs` (all of them read): a rate times what it is counted in, that maybe
    said as so many things of so much ("4 sessions of 6 hours at £110 an hour"), or one plain
    sum of money; with its working; None when the figures are not all read so."""
    if len(figs) == 1 and figs[0].dims == (("£", 1),):
        return figs[0].value, _money(figs[0].value)
    found = _rate_and_count(figs, block)
    if not found:
        return None
    rate, many = found
    rest = [f for f in figs if (f.line, f.at) not in ((rate.line, rate.at), (many.line, many.at))]
    value, working = rate.value * many.value, f"{rate.said} × {_said(many, many.dims)}"
    if rest:
        things = rest[0]
        text = block[things.line]
        if (
            len(rest) != 1
            or not any(d.startswith("#") for d, _ in things.dims)
            or things.line != many.line
            or not EACH_OF.match(text[things.at + len(things.said) : many.at])
        ):
            return None
        value, working = value * things.value, f"{working} × {things.said}"
    return value, f"{working} is {_money(value)}"


def rest_split(lines: Sequence[str]) -> str:
    """The working of a bill less a sum paid first, the rest split over so many ("£110 an hour
    × 6 hours × 4 sessions is £2,640; less the £200 deposit, £2,440; over 4 sessions, £610
    a session"), the ask `lines[0]` (lower case) and the lines before it newest first; "" unless
    every figure said is read so and a share is asked."""
    asking = lines[0]
    asks = [c for c in re.split(r"[,;.?!]", asking) if ASKED.search(c)]
    if not any(_per_asked(c) for c in asks):
        return ""
    block = _block(lines)
    if not block:
        return ""
    if not any(REST_SPLIT.search(t) for t in block):
        return ""
    figs = [f for i, t in enumerate(block) for f in _figures(t, i)]
    over = [f for f in figs if SPLIT_OVER.search(block[f.line][: f.at]) and not f.bare]
    first = [
        f for f in figs if f.dims == (("£", 1),) and PAID_FIRST.search(_clause(block[f.line], f))
    ]
    if len(over) != 1 or len(first) != 1 or any("%" in f.said for f in figs):
        return ""
    split, paid = over[0], first[0]
    billed = _bill([f for f in figs if f is not split and f is not paid], block)
    if not billed:
        return ""
    value, working = billed
    n = _leading(split)
    if value <= paid.value or n < 2 or n != int(n):
        return ""
    word = split.said.split()[-1]
    one = word[:-1] if word.endswith("s") else word
    each = (value - paid.value) / n
    less = f"less the {_money(paid.value)} deposit"
    rest = (
        f"{working} {less} is {_money(value - paid.value)}"
        if working == _money(value)
        else f"{working}; {less}, {_money(value - paid.value)}"
    )
    return f"{rest}; over {split.said}, {_money(each)} a{'n' if one[0] in 'aeiou' else ''} {one}"
