"""Whether a worked sum places every figure the ask depends on (sums37).

A working that leaves out a figure of the ask ("36km, took 1 hr 30 mins" worked as 36 km in
1 hr), or a figure of a line said between the first line it draws on and the ask ("bill is
£142", "lets add 10% for the waiter", "how much each for the 5 of us" worked as £142 ÷ 5), has
read the sum wrong: declining is better than a wrong answer. `unplaced` names the first such
figure, as said; "" when every figure is placed, or the reply works no figure of the ask.

Figures that are no part of a sum are never asked for: clock times and dates, years,
ordinals, numbers glued to a word (a "4b" flat, an "mp3"), a platform, gate or room number,
fractions written with a slash, and the count a total price is said for ("£540 for the 3
nights": the price is of the whole)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bots.fold import folded

FIGURE = re.compile(r"(?<![\w.,:/])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?![\d/:]|,\d{3}|\.\d)")
# A duration of two parts: "1 hr 30 mins", "52 mins 30 secs", "2h 15m".
TWO_PART = re.compile(
    r"(?<![\w.])(\d+)\s?(?P<big>h|hrs?|hours?|m|mins?|minutes?)\.?,?\s?(?:and\s)?"
    r"(\d+)\s?(?P<small>m|mins?|minutes?|s|secs?|seconds?)\b"
)
# (never money: "£87.40" is no 87:40)
CLOCK = folded(r"(?<![£$€])\b\d{1,2}[:.]\d{2}\s?(?:am|pm)?\b|\b\d{1,2}\s?(?:am|pm)\b", re.I)
LABEL = folded(
    r"\b(?:platform|gate|room|flat|no\.?|number|page|bus|route|junction|j|chapter|level|"
    r"year|series|season|episode|version|v|block|unit|plot|floor)\s?#?$",
    re.I,
)
ORDINAL = folded(r"^(?:st|nd|rd|th)\b", re.I)
# The count a whole price is said for: "£540 for the 3 nights", "£60 for all 4 of us".
PRICE_FOR = folded(
    r"[£$€]\s?[\d.,]+k?\s(?:for|over)\s(?:the\s|all\s|both\s)?$|"
    r"[£$€]\s?[\d.,]+k?\s(?:in total|all in|altogether)\s(?:for|over)\s(?:the\s|all\s)?$",
    re.I,
)
REPLY_FIGURE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


def _value(said: str) -> float:
    return float(said.replace(",", ""))


def _free(text: str, start: int, end: int) -> bool:
    """Whether the figure at `start`..`end` of `text` is no part of a sum."""
    before, after = text[:start], text[end:]
    if (
        before[-1:].isalpha()
        or re.match(r"[a-z]{1,2}\b", after, re.I)
        and not re.match(r"(?:k|m|g|l|p|s|h|x|kg|km|ml|cm|mm|hr|lb|oz|ft|in|mi)\b", after, re.I)
    ):
        return True  # "4b", "mp3", "a4": a name, not a figure (unless a unit: "10k", "5m")
    if ORDINAL.match(after) or LABEL.search(before.rstrip()[-14:]):
        return True
    if re.fullmatch(r"(?:19|20)\d\d", text[start:end]) and not re.search(r"[£$€]\s?$", before):
        return True  # a year
    return bool(PRICE_FOR.search(before[-24:]))


UNIT_AFTER = folded(
    r"\s?(?:%|k\b|p\b|(?!(?:and|the|of|for|to|in|on|at|or|is|it|a|an|if|so|but|we|i|me|my|"
    r"each|now|all|more|less|off|per|by|with|each|was|were|ways?|of)\b)[a-z]{1,9}\b)",
    re.I,
)


def _as_said(text: str, start: int, end: int) -> str:
    """The figure at `start`..`end` as said, with its money sign and the unit after it ("£12.60",
    "10%", "7 hours")."""
    sign = re.search(r"[£$€]\s?$", text[:start])
    unit = UNIT_AFTER.match(text, end)
    return f"{sign.group(0) if sign else ''}{text[start:end]}{unit.group(0) if unit else ''}"


def _figures(text: str) -> list[tuple[str, set[float]]]:
    """The figures of `text` a sum must place, each as said with the values it may be placed as
    (a duration of two parts as both parts, or as its whole in the larger or smaller unit)."""
    text = CLOCK.sub(lambda m: " " * len(m.group(0)), text)
    text = re.sub(r"\b\d+\s?/\s?\d+\b", lambda m: " " * len(m.group(0)), text)
    found: list[tuple[str, set[float]]] = []
    taken: list[tuple[int, int]] = []
    for m in TWO_PART.finditer(text):
        big, small = float(m.group(1)), float(m.group(3))
        if m.group("big")[0] == m.group("small")[0]:
            continue
        whole = {round(big + small / 60, 2), round(big * 60 + small, 2)}
        found.append((m.group(0), whole | {-1.0}))  # -1: either whole, or both parts
        taken.append(m.span())
    for m in FIGURE.finditer(text):
        if any(a <= m.start() < b for a, b in taken) or _free(text, m.start(), m.end()):
            continue
        v = _value(m.group(1))
        found.append((_as_said(text, m.start(1), m.end(1)), {v}))
    return found


def figures_of(text: str) -> list[str]:
    """The figures of `text` a sum must place, as said: none for "meeting moved to room 12"."""
    return [said for said, _values in _figures(text)]


def _placed(values: set[float], said: str, shown: set[float]) -> bool:
    """Whether a figure of the ask (`values`) is among the reply's (`shown`), as said or in
    another scale (a fraction as a percentage, pounds as pence, kilos as grams, hours as
    minutes)."""
    if -1.0 in values:
        parts = [float(p) for p in re.findall(r"\d+", said)]
        if all(p in shown for p in parts):
            return True
        values = values - {-1.0}
    for v in values:
        for k in (1, 100, 0.01, 1000, 0.001, 60, 1 / 60):
            if any(abs(v * k - s) < 0.005 * max(1, abs(s)) for s in shown):
                return True
    return False


HOURS_SAID = folded(r"\s?(?:hours?|hrs?|shifts?|days?|nights?|sessions?|lessons?)$", re.I)


# Money said as a rate: "at £12.60", "rate is £14", "£11 an hour".
RATE_SAID = folded(
    r"(?:\bat|\brate(?: is)?|@)\s?[£$€]\s?(\d[\d,]*(?:\.\d+)?)|"
    r"[£$€]\s?(\d[\d,]*(?:\.\d+)?)\s?(?:an? |per |/)(?:hour|hr|h|day|shift|night)\b",
    re.I,
)


def _bound(said: str, line: str, ask: bool, drawn: bool, shown: set[float]) -> bool:
    """Whether a figure the working leaves out is one the sum cannot do without, by the role its
    words give it: a time of two parts ("1 hr 30 mins", never read as 1 hr); a percentage (a
    tip, a discount, a rate put on: never left unapplied); the head count a share is asked of,
    in the ask ("the 3 of us", "split 4 ways"); so many hours said in a line whose rate (at
    £R, rate is £R, £R an hour) the working uses ("7 hours but weekend rate is £14": never the
    rates added as money). Any other figure a working may leave unshown (readers sum up: "240
    miles at 40mpg ... £39.55")."""
    if (len(re.findall(r"\d+", said)) == 2 and not re.match(r"[£$€]", said)) or said.endswith("%"):
        return True  # (a time of two parts, never money in pounds and pence)
    n = re.escape(re.sub(r"\D+$", "", said))
    if ask and re.search(
        rf"(?<![\d.])\b{n}\s(?:of us|of you|ways|people|mates|friends|of them)\b|"
        rf"\b(?:between|among|split(?: it)?(?: between)?) (?:the |us |all )?{n}\b(?![\d.])",
        line,
        re.I,
    ):
        return True
    if not (drawn and HOURS_SAID.search(said)):
        return False
    rates = [_value(a or b) for a, b in RATE_SAID.findall(line)]
    return any(_placed({r}, str(r), shown) for r in rates)


def _money_of_the_sum(said: str, line: str) -> bool:
    """Whether `said` is an amount of money of the sum in `line` ("used a £15 voucher", "shop came
    to £87.40"), not a rate, a price each or a bundle's price ("£14 an hour", "£2 each", "3 for
    £5"), which a working may show as its total."""
    return bool(
        re.match(r"[£$€]", said)
        and not RATE_SAID.search(line)
        and not re.search(rf"{re.escape(said)}\s?(?:each|an? |per |/|pp\b|ea\b|for\b)", line)
        and not re.search(rf"\d\s?(?:for|at)\s?{re.escape(said)}", line)
    )


def unplaced(reply: str, asked: str, before: Sequence[str] = ()) -> str:
    """The first figure of the ask, or of a line `before` it (oldest first) from the first the
    reply draws on, that the reply's working does not place; "" when all are placed, or when
    the reply works no figure of the ask or of those lines (it is no working of this sum)."""
    shown = {_value(f) for f in REPLY_FIGURE.findall(reply)}
    if not shown:
        return ""
    # A figure scaled in the working ("from 8 to 20 is × 2.5: 250g") is placed by its result.
    factors = {_value(f) for f in re.findall(r"×\s?(\d+(?:\.\d+)?)\s?:", reply)}
    shown |= {round(s / k, 6) for s in shown for k in factors if k}
    lines = [*before, asked]
    figures = [_figures(line) for line in lines]
    drawn = [
        i
        for i, figs in enumerate(figures)
        if any(_placed(values, said, shown) for said, values in figs)
    ]
    if not drawn:
        return ""
    missing = [
        (said, line)
        for at, figs in enumerate(figures[min(drawn) :], min(drawn))
        for said, values in figs
        if not _placed(values, said, shown)
        for line in [lines[at]]
        if _bound(said, line, at == len(lines) - 1, at in drawn, shown)
    ]
    # Money said in the line just before the first it draws on ("weekly shop came to £87.40",
    # then "used a £15 voucher and £2.60 of points"): the sum's too, when the ask has no figure.
    if not figures[-1] and re.search(r"(?:\bis|=) [£$€]?\d", reply):
        missing += [
            (said, lines[at])
            for at in range(max(0, min(drawn) - 1), len(lines) - 1)
            for said, values in figures[at]
            if _money_of_the_sum(said, lines[at]) and not _placed(values, said, shown)
        ]
    if not COMPARED.search(asked):
        # an old price ("was £40 last year") is no figure of a sum that compares no prices
        missing = [(said, line) for said, line in missing if not _old_price(said, line)]
    # Named first: a figure of its own, before one a rate is per ("6 litres per 100km")
    own = [said for said, line in missing if not re.search(rf"\bper {re.escape(said)}", line)]
    return next(iter(own or [said for said, _line in missing]), "")


# A percentage asked: "what percentage profit", "what % is that", "as a percent", "% rise".
PERCENT_ASKED = folded(
    r"\b(?:what|how much) (?:%|percent|percentage|per cent)|"
    r"\b(?:as|in) an? (?:%|percent|percentage)\b|"
    r"\b(?:%|percent|percentage|per cent) (?:profit|loss|rise|increase|drop|decrease|change|"
    r"markup|mark-up|margin|discount|difference|return|gain)\b|\bby what (?:%|percent|percentage)",
    re.I,
)
NET_ASKED = folded(
    r"\b(?:before|without|ex|excl|excluding|minus|less|net of)\.? (?:the )?vat\b|\bnet price\b",
    re.I,
)
VAT_IN = folded(
    r"\b(?:inc|incl|including|includes|included|inclusive of|with)\.? (?:the )?vat\b|"
    r"\bvat (?:inc|incl|included|inclusive)\b|\b(?:that|it) includes? vat\b",
    re.I,
)

# What the ask wants of a kind its working must show: a percentage, a price before VAT.
ROLE_ASKED = folded(f"{PERCENT_ASKED.pattern}|{NET_ASKED.pattern}", re.I)


def unroled(reply: str, asked: str, before: Sequence[str] = ()) -> str:
    """What the ask wants that the reply's working never gives, as said in a decline ("the
    percentage"): a percentage asked and none worked ("bought for £250, sold for £320, what
    percentage profit": £250 plus £320 is no answer); a price before VAT asked of a price that
    includes it, and the working never divides it back out. "" when the reply answers as asked."""
    if PERCENT_ASKED.search(asked) and not re.search(r"%|\bper ?cent\b", reply, re.I):
        return "the percentage"
    if NET_ASKED.search(asked) and any(VAT_IN.search(t) for t in [*before, asked]):
        shown = {_value(f) for f in REPLY_FIGURE.findall(reply)}
        monies = [
            _value(m)
            for t in [*before, asked]
            for m in re.findall(r"[£$€]\s?([\d,]+(?:\.\d+)?)", t)
        ]
        rates = [
            float(r) for t in [*before, asked] for r in re.findall(r"(\d+(?:\.\d+)?)\s?%", t)
        ] or [20.0]
        if not any(
            abs(m / (1 + r / 100) - s) < 0.006 for m in monies for r in rates for s in shown
        ):
            return "the price before VAT"
    return ""


NUMBER = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
# A figure put right after it was said: "taxi was £30, no sorry £36", "no wait, it was £40".
CORRECTED = folded(
    r"(?:\b(?:no wait|no sorry|sorry|oops|i mean|correction|scratch that|my bad|make that|no no|"
    r"no,? actually)"
    r"\b[\s,!.:-]*(?:no\b[\s,]*)?(?:it was|it's|its|it is|that's|thats|make it|make that|"
    r"should be|should have said)?|"
    r"\b(?:actually|wait)\b[\s,!.:-]*(?:it was|it's|its|it is|that's|thats|make it|make that|"
    r"should be|it came to|it was actually))"
    rf"\s*(?P<new>[£$€]?\s?{NUMBER})"
    # (never a change said: "actually 2 dropped out", "sorry, 3 more coming")
    r"(?!\d|[.,]\d|\s?(?:more|less|fewer|extra|dropped|dropping|left|off|of|joined|joining|came|"
    r"coming|can'?t|cannot|won'?t|out|back|too|others?|people|have|are|were)\b)",
    re.I,
)
MONEY_SAID = re.compile(rf"[£$€]\s?({NUMBER})")
# An old price, said beside the new one or as last year's: "was £60, now £75", "used to be
# £3", "£40 last year", "reduced from £90".
OLD_PRICE = folded(
    rf"\b(?:was|were)\s?[£$€]\s?(?P<a>{NUMBER})(?:\s(?:a|an|per|each)\s[a-z]+)?,?\s(?:but\s|and\s)?"
    r"(?:it'?s\s|they'?re\s)?(?:now|reduced to|down to|up to|gone up to|gone down to)\s"
    r"(?:it'?s\s|its\s|they'?re\s|only\s|just\s|at\s)?[£$€]\s?\d|"  # (never "now 30% off")
    rf"\b(?:was|were)\s?[£$€]\s?(?P<d>{NUMBER})\b[^.?!£$€]{{0,40}}?\b(?:knocked (?:it |them )?"
    r"(?:down|off)|dropped|reduced|cut|put (?:it |them )?up|gone up|went up|increased|raised|"
    r"changed)\b[^.?!£$€]{0,12}[£$€]\s?\d|"
    r"\b(?:used to be|reduced from|down from|up from|originally|previously)\s?[£$€]\s?"
    rf"(?P<b>{NUMBER})|"
    rf"[£$€]\s?(?P<c>{NUMBER})\s(?:last (?:year|time|month|week)|before the (?:rise|sale)|"
    r"a year ago)\b",
    re.I,
)
# Asked of an old price and a new: what is saved, how much more, the rise.
COMPARED = folded(
    r"\b(?:save|saving|saved|difference|more|less|cheaper|dearer|rise|increase|drop|went up|"
    r"gone up|go up|gone down|change|changed|percent|per cent|up by|down by)\b|%",
    re.I,
)
# A share asked: "how much each", "split it 3 ways", "per head", "what do we owe".
SHARE_ASKED = folded(
    r"\b(?:each|split|ways|per (?:head|person)|a head|pp|owe|between|among|share)\b", re.I
)
# Money said to be no part of what is shared: "but that's separate", "dev's sorting that
# himself"; and money given ("i put £30 in the charity pot", a donation, a sponsorship): whether
# that comes off what is shared or is no part of it is unsaid.
SET_APART = folded(
    r"\b(?:separate(?:ly)?|paid apart|not (?:part of|included|in) (?:it|this|that|the)|"
    r"sorting (?:that|it) (?:himself|herself|themselves|myself|out himself|out herself)|"
    r"paying (?:for )?(?:that|it) (?:himself|herself|myself|themselves)|"
    r"on (?:his|her|my|their) own (?:card|tab|bill))\b",
    re.I,
)
GIVEN = folded(r"\b(?:donat\w*|charity|sponsor\w*|tip jar|collection pot)\b", re.I)


def shares_asked(text: str) -> bool:
    """Whether `text` asks a share ("how much each", "split it 3 ways")."""
    return bool(SHARE_ASKED.search(text))


def set_apart(line: str) -> bool:
    """Whether `line` says one sum of money, and says it is no part of what is shared ("the
    flights were £900 but that's separate", "i put £30 in the charity pot"): said in its own
    clause, or of "that" or "it" after it; not another thing's ("the villa is £1,200 for 6 of us,
    flights separate": the villa's £1,200 is what is shared)."""
    money = list(MONEY_SAID.finditer(line))
    apart = SET_APART.search(line)
    if len(money) != 1 or not apart:
        return False
    said = _clause_of(line, apart.start())
    return said == _clause_of(line, money[0].start()) or bool(_OF_IT.search(said))


def _said_apart_after(line: str, money: re.Match[str], monies: list[re.Match[str]]) -> bool:
    """Whether the clause just after `money`'s (no other money between) says it apart, of "that"
    or "it": "the flights were £900 but that's separate, the villa is £1,200 ..." (never the
    villa's £1,200, which follows it)."""
    after = next((m.start() for m in monies if m.start() > money.start()), len(line))
    for apart in SET_APART.finditer(line, money.end(), after):
        if line[apart.end() :].lstrip().startswith("from"):
            continue  # "that's separate from the tip": the tip is what is apart
        if _OF_IT.search(_clause_of(line, apart.start())):
            return True
    return False


# What a clause says "separate" of, when it is the money before it: "that's", "it is".
_OF_IT = folded(r"\b(?:that|it|this|thats|its)\b", re.I)


def _clause_of(line: str, at: int) -> str:
    """The clause of `line` that holds the place `at`."""
    starts = [0, *(m.end() for m in re.finditer(r"[,.;]\s|\bbut\b|\band\b", line) if m.end() <= at)]
    end = re.compile(r"[,.;]\s|\bbut\b|\band\b").search(line, at)
    return line[max(starts) : end.start() if end else len(line)]


# People come or gone since a head count was said: "2 more are coming", "3 dropped out".
HEADS_CHANGED = folded(
    r"\b(?P<n>\d+) (?:more|extra|others?)\b(?: (?:are|is|people|of us|will be))?"
    r"(?: (?:coming|joining|going|came|joined))?|"
    r"\b(?P<n2>\d+) (?:people |of us |of them )?(?:dropped out|can'?t come|cannot come|pulled out|"
    r"aren'?t coming|won'?t come|left)\b",
    re.I,
)
# A part of something said in the ask ("half way through the £200", "a third of it").
PART_ASKED = folded(
    r"\b(?:half|halfway|a third|a quarter|two thirds|three quarters)\b(?! (?:past|an? hour|hour|"
    r"of an hour|a mile|a day))",
    re.I,
)
PART_OF = {"half": 2, "a third": 3, "a quarter": 4, "two thirds": 1.5, "three quarters": 4 / 3}
PART_SHOWN = folded(r"half|½|third|quarter|÷ ?[234]\b|/|%|× ?0?\.\d|× ?[23]\b", re.I)
# A thing the ask is of: "for the cabin", "split the taxi", "how much each for the hall".
THING_ASKED = re.compile(r"\b(?:for|split|of|on|towards?) (?:the|our) (?P<thing>[a-z]{3,})\b")
GENERAL = {
    "bill", "bills", "total", "lot", "whole", "cost", "costs", "damage", "tab", "money", "rest",
    "day", "night", "weekend", "week", "month", "year", "trip", "thing", "things", "group",
    "team", "club", "family", "kids", "people",
}  # fmt: skip


def _words(text: str) -> set[str]:
    return {w.rstrip("s") for w in re.findall(r"[a-z]{3,}", text.lower())}


def misread(reply: str, asked: str, before: Sequence[str] = ()) -> str:
    """A figure the reply's working uses that its words take out of the sum, as said; "" when
    none. Said wrong and put right ("taxi was £30, no sorry £36"; "no wait, it was £40" after
    "£35"): never the first. An old price ("was £60, now £75", "£40 last year"): never summed,
    nor used at all unless the ask compares prices. Money said of another thing than the one
    the ask names ("my car repair was £400" before "the cabin is £360 ... how much each for the
    cabin"). A part of something in the ask ("half way through the £200 budget") the working
    never takes. Each of these read wrong is a wrong sum: better declined. (A figure the
    working sets aside in brackets, "the £5 is paid apart", is none it uses.)"""
    shown = {_value(f) for f in REPLY_FIGURE.findall(re.sub(r"\([^)]*\)", " ", reply))}
    if not shown:
        return ""
    lines = [*before, asked]
    said_before: list[tuple[str, float, bool]] = []  # (as said, value, money)
    for line in lines:
        at = 0
        for m in CORRECTED.finditer(line):
            for f in FIGURE.finditer(line, at, m.start()):
                money = bool(re.search(r"[£$€]\s?$", line[: f.start()]))
                said_before.append((line[f.start() - money : f.end()].strip(), _value(f[1]), money))
            at = m.end()
            new = m.group("new")
            money, value = new[:1] in "£$€", _value(re.sub(r"[^\d.,]", "", new))
            old = next((s for s in reversed(said_before) if s[2] == money), None)
            if old and old[1] != value and old[1] in shown:
                return old[0]
        for f in FIGURE.finditer(line, at):
            money = bool(re.search(r"[£$€]\s?$", line[: f.start()]))
            said_before.append((line[f.start() - money : f.end()].strip(), _value(f[1]), money))
    for line in lines:
        for m in OLD_PRICE.finditer(line):
            value = _value(m.group("a") or m.group("b") or m.group("c") or m.group("d"))
            if value not in shown:
                continue
            if not COMPARED.search(asked) or "+" in reply:
                return next(s[0] for s in MONEY_SAID.finditer(m.group(0)) if _value(s[1]) == value)
    if SHARE_ASKED.search(asked):
        for line in lines:
            monies = list(MONEY_SAID.finditer(line))
            for money in monies:
                # its line when it says one sum of money (`set_apart`), else its clause
                clause = line if len(monies) == 1 else _clause_of(line, money.start())
                apart = (
                    set_apart(line)
                    if len(monies) == 1
                    else SET_APART.search(clause) or _said_apart_after(line, money, monies)
                ) or GIVEN.search(clause)
                if apart and _value(money.group(1)) in shown:
                    return money.group(0)
    for line in lines:
        for m in HEADS_CHANGED.finditer(line):
            # "2 more are coming" after "8 of us": never a share between the 2
            n = re.escape(m.group("n") or m.group("n2"))
            if re.search(rf"(?:between|among) {n} of you|\b{n} ways|÷ {n}\b(?![.,]\d)", reply):
                return m.group(0)
    for m in PART_ASKED.finditer(asked):
        # of a figure said just after it ("half way through the £200 budget"), that the
        # working uses whole and never in part
        of = re.match(
            rf"(?:\s?way)?\s(?:through|of|off|into|across)\s(?:the\s|our\s|my\s|your\s|that\s)?"
            rf"(?:[a-z]+\s)?[£$€]?\s?({NUMBER})",
            asked[m.end() :],
            re.I,
        )
        if not of or PART_SHOWN.search(reply):
            continue
        whole = _value(of.group(1))
        word = m.group(0).lower()
        k = next((k for w, k in PART_OF.items() if word.startswith(w)), 2)
        if whole in shown and round(whole / k, 2) not in shown:
            return m.group(0)
    thing = THING_ASKED.search(asked.lower())
    if thing and thing["thing"] not in GENERAL and not MONEY_SAID.search(asked):
        name = thing["thing"].rstrip("s")
        # (a line putting a figure right goes on from the one before it)
        priced = [line for line in before if MONEY_SAID.search(line) and not CORRECTED.search(line)]
        if any(name in _words(line) for line in priced):
            ask_words = _words(asked) - {"how", "much", "each", "what", "the", "for", "with"}
            for line in priced:
                if _words(line) & ask_words:
                    continue
                for said in MONEY_SAID.findall(line):
                    if _value(said) in shown:
                        return next(m.group(0) for m in MONEY_SAID.finditer(line) if m[1] == said)
    return ""


# A difference asked: "what's the difference between £12 and £18", "how much more is £18 than
# £12", "how many more hours", "how much do i save".
DIFFERENCE_ASKED = folded(
    r"\b(?:difference|diff|how (?:much|many) (?:\w+ )?(?:more|less|fewer|longer|shorter|"
    r"cheaper|dearer|extra)|(?:more|less|longer|shorter|cheaper|dearer) than|save|saving|saves)\b",
    re.I,
)
# Figures added in a working: "£12 + £18", "£76; + £1.48", "£18, plus £12" (never "3.11+").
ADDED = folded(r"(?:\d[a-z%]*|[;,])\s?\+\s?[£$€]?\d|\bplus,? [£$€]?\d", re.I)
TAKEN = re.compile(
    r"−|(?<![\d/])-(?=\s?[£$€\d])|\bless\b|\bminus\b|\bdifference\b|\bsav|\bmore\b|%|"
    r"\bto go\b|\bleft\b|\bshort\b|\bremain|\bstill\b|\bover\b|\bunder\b"
)


def unsubtracted(reply: str, asked: str) -> str:
    """ "the difference" when `asked` asks one and the reply's working only adds its figures ("£12
    + £18 is £30" for "what's the difference between £12 and £18"); "" for any other."""
    if not DIFFERENCE_ASKED.search(asked) or not ADDED.search(reply) or TAKEN.search(reply):
        return ""
    return "the difference"


def _old_price(said: str, line: str) -> bool:
    """Whether `said` (as `unplaced` names it) is an old price in `line` ("was £40 last year")."""
    figure = re.match(rf"[£$€]\s?({NUMBER})", said)
    return bool(figure) and any(
        _value(m.group("a") or m.group("b") or m.group("c") or m.group("d"))
        == _value(figure.group(1))
        for m in OLD_PRICE.finditer(line)
    )


# A figure said and at once put right in the same breath: "taxi was £30, no sorry £36".
PUT_RIGHT = folded(
    rf"(?P<old>(?:[£$€]\s?)?(?<![\d.,]){NUMBER})"
    r"(?P<unit>\s?(?:hours?|hrs?|h|mins?|minutes?|km|miles?|kg|g|litres?|l|ml|p|pints?)\b)?"
    r"[,.]?\s*(?:\.\.\.\s*)?"
    r"(?:(?:no wait|no sorry|sorry|oops|i mean|correction|make that|no no|no,? actually)\b"
    r"[\s,!.:-]*)+"
    r"(?:it was |it's |its |it is |make it |should be )?"
    rf"(?P<new>(?:[£$€]\s?)?{NUMBER})"
    r"(?!\d|[.,]\d|\s?(?:more|less|fewer|extra|others?|people|of)\b)",
    re.I,
)


def put_right(text: str) -> str:
    """`text` with a figure put right at once said only as put right ("taxi was £30, no sorry
    £36, split between 4?" is "taxi was £36, split between 4?"): the first is no figure of any
    sum. Only a figure of the same kind (pounds for pounds) is put right so."""

    def right(m: re.Match) -> str:
        if (m.group("old")[:1] in "£$€") != (m.group("new")[:1] in "£$€"):
            return m.group(0)
        unit = m.group("unit") or ""
        if not unit or re.match(r"\s?[a-z]", m.string[m.end() :], re.I):
            return m.group("new")  # "3 hours, no wait 4 hours": its own unit after it
        return m.group("new") + unit

    return PUT_RIGHT.sub(right, text) if CORRECTED.search(text) else text
