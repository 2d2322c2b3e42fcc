"""Everyday sums of four more classes (sums40), read from the ask and the lines said before it,
each only when every figure of the lines it reads has its place (`bots.everyday._placed`): a
wrong answer is rated lower than a decline.

- a bill with a tip or service added before it is split ("£376, plus a tenner tip, 14 of us",
  "add 12.5% service", "round it up to £100 with the tip"); a tip said to be included is no
  tip added;
- a price a night, a session, a class or a go of a thing done once or twice a week, over so
  many weeks ("£18 a session every monday for 8 weeks"); over months, the weeks are asked for
  (four weeks are no month);
- so many things each needing a length, a weight or a volume at a price a unit ("6 cushion
  covers, each needs 0.6m of fabric at £8.50 a metre");
- pay at an hourly rate with some hours at time and a half or double time ("35 hours, 7 of them
  on sunday at double time"), or overtime past so many hours.

`worked(lines)` gives the sum the last of `lines` asks (oldest first), or None; these readers
are put before the others' replies, as they read what those leave out (a tip, the days a week)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from bots.everyday import (
    _HEADS_WORD,
    NUM,
    WORD_NUM,
    Used,
    _asking,
    _find,
    _m,
    _n,
    _num,
    _placed,
    _spans,
    read_by,
    said_plainly,
)
from bots.fold import folded
from bots.wordsum import Worked, count

# Money said in words: "a tenner tip", "a fiver for the waiter", "twenty quid".
WORD_MONEY = ((re.compile(r"\ba tenner\b"), "£10"), (re.compile(r"\ba fiver\b"), "£5"))
QUIDS = {
    "five": "5",
    "ten": "10",
    "fifteen": "15",
    "twenty": "20",
    "thirty": "30",
    "forty": "40",
    "fifty": "50",
}
_QUIDS = "|".join(QUIDS)
QUID = re.compile(rf"(?<![\w.£])(?P<n>{NUM}|{_QUIDS}) ?(?:quid|pounds?)\b")
PENCE = rf"£(?P<p>{NUM})|(?<![\w.£])(?P<q>{NUM})p\b"


def _pounds(m: re.Match[str]) -> float:
    """Money said in pounds or pence ("£8.50", "75p")."""
    return _n(m["p"]) if m["p"] else _n(m["q"]) / 100


def _all_same(found: Sequence[tuple[int, re.Match[str]]], group: Callable) -> float | None:
    values = {group(m) for _, m in found}
    return values.pop() if len(values) == 1 else None


# --- a bill with a tip added, split -----------------------------------------------------------

_TIP = r"tip|tips|gratuity|service|service charge"
_STAFF = r"waiter|waitress|waiting staff|staff|server|driver|bar staff|barman|the tip|a tip"
TIP_FIXED = re.compile(
    rf"£(?P<t>{NUM}) (?:on top |extra |as a |as |more )?(?:for (?:the )?(?:{_STAFF}|{_TIP})|"
    rf"(?:{_TIP}))\b|\b(?:tip|tipping|gratuity) (?:of |is |was |them |her |him |the \w+ )?"
    rf"£(?P<t2>{NUM})|\b(?:leave|leaving|left|give|giving|gave|tip|tipping|tipped|bung|bunging) "
    rf"(?:the |our |a |her |him )?(?:{_STAFF}) (?:a |an )?(?:extra )?£(?P<t3>{NUM})"
)
TIP_PCT = re.compile(
    rf"(?<![\w.])(?P<pc>{NUM}) ?(?:%|per ?cent) (?:(?:on top )?(?:for (?:the )?)?"
    rf"(?:{_STAFF}|{_TIP}))\b|\b(?:{_TIP})(?: charge)? (?:of |is |at |was |on top of |on top, )?"
    rf"(?P<pc2>{NUM}) ?(?:%|per ?cent)|\b(?:add|adding|added|plus|leave|leaving|with|"
    rf"putting|put|puts|stuck|sticks|stick|sticking|charging|charge|charged|whack|whacked|"
    rf"whacking) (?:a |an |on |on a )?(?P<pc3>{NUM}) ?(?:%|per ?cent)(?! ?(?:off|vat|tax|discount))"
)
TIP_ROUND = re.compile(
    rf"\b(?:round|rounding|make|call) (?:it|that|the bill|the total|it all)? ?(?:up )?to "
    rf"£(?P<r>{NUM})"
)
TIP_WORD = re.compile(rf"\b(?:{_TIP}|{_STAFF}|tipping)\b")
INCLUDED = re.compile(
    rf"\b(?:{_TIP})(?: charge)? (?:is |was |already |has been |been )*(?:included|incl|inc)\b|"
    rf"\b(?:includ\w*|incl|inc|already has|has) (?:the |a )?(?:\d+% )?(?:{_TIP})\b"
    r"(?! (?:on top|of))|\bservice (?:is )?already\b|\boptional\b|\bdiscretionary\b"
)
BILL = re.compile(rf"£(?P<b>{NUM})(?!\s?(?:each|pp|a head|per))")
HEADS = re.compile(
    rf"(?<![\w.£$€])(?:the |all )?(?P<n>{_HEADS_WORD}) of (?:us|you|them)\b|"
    rf"\b(?:between|among|split|by) (?:the |all |us )?(?P<m>{_HEADS_WORD})\b"
    r"(?! (?:hours?|days?|weeks?|nights?|courses?|%))|"
    rf"(?<![\w.£$€])(?P<k>{_HEADS_WORD}) (?:ways|people|adults|guests|diners|mates|friends|"
    r"players|lads|girls|couples)\b|"
    rf"\b(?:group|party|table|crowd) of (?P<g>{_HEADS_WORD})\b|"
    rf"£(?:{NUM}),? for (?:the )?(?P<f>{_HEADS_WORD})\b(?!\s?(?:[a-z]+ )?(?:hours?|days?|nights?|"
    r"weeks?|courses?|items?|drinks?|mains?|pizzas?|bottles?))"
)
TIP_ASKED = re.compile(
    r"\bhow much (?:is |should |would |do |will )?(?:the |a |we |i )?(?:tip|leave|service)\b|"
    r"\bwhat'?s the (?:tip|service)\b|\bwhats the (?:tip|service)\b|"
    r"\b(?:tip|service) (?:be|is|come)\b"
)
SPLIT_ASKED = re.compile(
    r"\beach\b|\bper (?:person|head)\b|\bpp\b|\ba head\b|\beach person\b|\bsplit\b|"
    r"\bevery(?:one|body|one's|body's) (?:pay|owe|put|chip|send|give)|\bbetween\b|"
    r"\bhow much (?:do|should|shall|will|would|does|must) (?:i|we|he|she|they|you) (?:send|owe|pay|"
    r"give|transfer|put in|chip in|need to send|need to pay)\b|\bmy (?:share|bit|cut)\b|"
    r"\bchip(?:ping)? in\b"
)


def _heads_of(m: re.Match[str]) -> int:
    return int(_num(m["n"] or m["m"] or m["k"] or m["f"] or m["g"]))


# A part of the bill someone pays apart: "jo is paying for the wine", "dave had the steak so he
# pays that himself", "sam isn't drinking", "own drinks": the split is not even, and its figure
# is asked (`SHAPES`), never left out.
PAID_APART = folded(
    r"\b(?:pays?|paying|paid|covers?|covering|gets?|getting|buys?|buying|sorts?|sorting|"
    r"treats?|treating)\b[^.,;!?]{0,30}?\b(?:himself|herself|themselves|myself|separately|"
    r"on (?:his|her|their|my) own|by (?:himself|herself))\b|"
    r"\b(?!we\b|you\b|they\b)[a-z]+(?:'s| is| was| will be|'ll be|s) (?:paying|covering|getting|"
    r"buying|sorting|treating us to|picking up)(?: for)? (?:the|his|her|their|all the) "
    r"(?!bill\b|meal\b|tip\b|lot\b|rest\b|whole\b|total\b)[a-z]+|"
    r"\b(?:isn'?t|is not|wasn'?t|not|didn'?t|doesn'?t|won'?t be|never) (?:drinking|eating|"
    r"having (?:a |any )?(?:starters?|desserts?|drinks?|wine|puddings?|mains?|food))\b|"
    r"\b(?:their|his|her|my|your) own (?:drinks?|wine|food|meal|bit|starters?|desserts?)\b",
    re.IGNORECASE,
)
# Only the tip shared ("split the tip between 3", "we share the tip"), the bill paid otherwise.
TIP_ALONE = folded(
    rf"\b(?:split|share|divide|splitting|sharing|dividing) (?:the |a |our )?(?:{NUM}% )?"
    rf"(?:{_TIP})\b(?! and)|\bthe (?:{_TIP}) (?:is |was |to be |gets? )?(?:split|shared|divided)\b|"
    rf"\bthe (?:{_TIP}) (?:between|among)\b",
    re.IGNORECASE,
)


def _tip_shape(lines: Sequence[str]) -> bool:
    """A bill with a tip split, a part of it paid apart ("jo is paying for the wine")."""
    text = " ".join(lines)
    return bool(
        SPLIT_ASKED.search(_asking(lines[-1])) and TIP_WORD.search(text) and PAID_APART.search(text)
    )


def _tipped(lines: Sequence[str]) -> Worked | None:
    """A bill with a tip added (a sum, a percentage, or rounded up to a sum), split between so
    many: the tip added first, then the share each."""
    text = " ".join(lines)
    if not SPLIT_ASKED.search(_asking(lines[-1])):
        return None
    if INCLUDED.search(text) or re.search(
        rf"£(?:{NUM}) ?(?:each|pp|a head|per (?:person|head))", text
    ):
        return None  # the tip in the bill already, or a tip each: not added to the bill here
    fixed, pct, rounds = _find(TIP_FIXED, lines), _find(TIP_PCT, lines), _find(TIP_ROUND, lines)
    if len(fixed) + len(pct) + len(rounds) != 1:
        return None
    tip_at = (fixed or pct or rounds)[0]
    said_before = lines[tip_at[0]][max(0, tip_at[1].start() - 30) : tip_at[1].start()]
    if re.search(r"\b(?:each|apiece|a head|per head|every ?one|every ?body)\b", said_before):
        return None  # "we each put in £2 for the tip": a tip each, not one added to the bill
    if TIP_ASKED.search(_asking(lines[-1])) or PAID_APART.search(text):
        return None  # the tip asked, not the share; a part paid apart ("jo has the wine")
    if not TIP_WORD.search(text) and not (
        pct and re.match(r" ?(?:on|extra)\b", lines[tip_at[0]][tip_at[1].end() :])
    ):
        return None  # "add 10%" is a tip only when a tip is said, or it is put "on"
    bills = [
        (i, m)
        for i, m in _find(BILL, lines)
        if not (i == tip_at[0] and tip_at[1].start() <= m.start() < tip_at[1].end())
    ]
    heads = _find(HEADS, lines)
    n = _all_same(heads, _heads_of)
    if len(bills) != 1 or not n or n < 2:
        return None
    used: Used = [(i, *m.span()) for i, m in [*bills, *heads, tip_at]]
    if not _placed(lines, used):
        return None
    bill = _n(bills[0][1]["b"])
    t = tip_at[1]
    if fixed:
        tip = _n(t["t"] or t["t2"] or t["t3"])
        total = bill + tip
        first = f"{_m(bill)} + the {_m(tip)} tip is {_m(total)}"
    elif pct:
        pc = _n(t["pc"] or t["pc2"] or t["pc3"])
        if not 0 < pc <= 30:
            return None
        tip = round(bill * pc / 100, 2)
        total = bill + tip
        first = f"{count(pc)}% of {_m(bill)} is {_m(tip)}, so {_m(total)} with it"
    else:
        total = _n(t["r"])
        if not bill < total <= bill * 1.5:
            return None
        first = f"{_m(bill)} rounded up to {_m(total)} is {_m(total - bill)} tip"
    if any(TIP_ALONE.search(line) for line in lines):
        # "split the tip between 3": the tip alone shared, the bill paid otherwise
        if rounds:
            return None
        total, first = tip, first.split(",")[0] if pct else f"the tip is {_m(tip)}"
    share = total / n
    if share < 1 or n > 1000:
        return None  # "split between 1000000 people": no share worth the saying
    about = "" if abs(round(share, 2) * n - total) < 0.005 else "about "
    return Worked(
        f"{first}; {_m(total)} ÷ {n} is {about}{_m(share)} each", f"{about}{_m(share)} each"
    )


# --- a price a session of a thing done so many times a week --------------------------------

_SESSION = (
    r"night|evening|session|sesh|class|go|lesson|time|visit|game|match|round|meeting|practice|"
    r"practise|day|week"
)
PER_SESSION = re.compile(rf"(?:{PENCE}) ?(?:a|an|per|each|/) ?(?P<u>{_SESSION})\b")
_DAY = r"(?:mon|tues|tue|wednes|wed|thurs|thur|fri|satur|sat|sun)day"
# (a day cut short only after "every" or "on": "every sat", "on tues and thurs")
_SHORT = r"(?:mon|tues?|weds?|thur?s?|fri|sat|sun)\b"
DAYS_A_WEEK = re.compile(
    rf"\b(?:every |on |each )?(?P<d>{_DAY}s?)(?:(?:,| and| &)? (?:every |on )?{_DAY}s?)*\b|"
    rf"\b(?:every|on|each) {_SHORT}(?:(?:,| and| &)? (?:every |on )?(?:{_DAY}s?|{_SHORT}))*\b"
)
DAY_SAID = re.compile(rf"{_DAY}|\b{_SHORT}")
TIMES_A_WEEK = re.compile(
    r"\b(?:(?P<w>once|twice)|(?P<k>\d|one|two|three|four|five) ?(?:x|times|nights?|evenings?|"
    r"sessions?|classes|class|lessons?|days?|goes)) (?:(?:a|per|each|every) week\b|weekly\b)|"
    r"(?<!twice )(?<!once )(?<!times )(?<!\dx )\b(?P<one>weekly|every week|each week)\b"
)
WEEKS = re.compile(
    rf"(?<![\w.£])(?P<n>\d{{1,2}}|{WORD_NUM}) ?(?:-| )?weeks?\b(?! (?:a|per|each) (?:year|month))"
)
MONTHS = re.compile(rf"(?<![\w.£])(?:(?P<n>\d{{1,2}}|{WORD_NUM}) )?months?\b|\byear\b|\bseason\b")
COST_ASKED = re.compile(
    r"\bhow much\b|\bcost|\btotal\b|\bcome to\b|\bspend|\bpay\b|\baltogether\b|\bin all\b|"
    r"\bwhat(?:'?s| is| will| would)? (?:that|it|the damage|the lot)\b|\bprice\b|\bowe\b"
)
SESSION_ASIDE = re.compile(
    r"\bfree\b|\boff\b|\bdiscount|\bdeposit|\bmembership|\bjoining|\b(?:entry|registration|kit|"
    r"sign[- ]?up|one[- ]off) fee|\bmiss|\bskip|"
    r"\bexcept\b|\bapart from\b|\bholiday|\bhalf term\b|\bbank\b|\beach of us\b|\bsplit\b|"
    r"\bother week\b|\bfortnight|\bbetween\b|\b(?:two|three|four|both|the) (?:kids|children|"
    r"boys|girls|of us|of them)\b|\bfor (?:the )?(?:two|three|four|both)\b"
)
PLURAL = {"class": "classes", "go": "goes", "match": "matches", "sesh": "seshes"}


def _weekly(lines: Sequence[str]) -> Worked | None:
    """A price a session of a thing done on some days a week, over so many weeks: the sessions,
    then what they cost; over months, the weeks are asked for."""
    text = " ".join(lines)
    if not COST_ASKED.search(_asking(lines[-1])) or SESSION_ASIDE.search(text):
        return None
    prices = [(i, m) for i, m in _find(PER_SESSION, lines) if m["u"] != "week"]
    days, times = _find(DAYS_A_WEEK, lines), _find(TIMES_A_WEEK, lines)
    if len(prices) != 1 or len(days) + len(times) != 1:
        return None
    if times and not times[0][1]["one"] and days:
        return None
    if days:
        m = days[0][1]
        a_week = len(DAY_SAID.findall(m.group(0)))
        often = ""
    else:
        m = times[0][1]
        a_week = 1 if m["one"] else int(_num(m["k"] or {"once": "1", "twice": "2"}[m["w"]]))
        often = m.group(0)
    weeks = _find(WEEKS, lines)
    unit = prices[0][1]["u"]
    unit = {"sesh": "session", "practise": "practice"}.get(unit, unit)
    if not weeks:
        if MONTHS.search(text):
            month = " (four weeks are no month)" if re.search(r"\bmonths?\b", text) else ""
            return Worked("", need=f"how many weeks it runs{month}")
        return None
    if len(weeks) != 1 or not 0 < a_week <= 5:
        return None
    # (months said beside the weeks they come to: "3 months, call it 12 weeks")
    used: Used = [
        (i, *m.span()) for i, m in [*prices, *weeks, *days, *times, *_find(MONTHS, lines)]
    ]
    if not _placed(lines, used):
        return None
    price, n_weeks = _pounds(prices[0][1]), int(_num(weeks[0][1]["n"]))
    if n_weeks < 2:
        return None
    sessions = a_week * n_weeks
    plural = PLURAL.get(unit, unit + "s")
    said = often or (
        f"{a_week} {unit if a_week == 1 else plural} a week ({days[0][1].group(0).strip()})"
    )
    total = sessions * price
    return Worked(
        f"{said} for {n_weeks} weeks is {sessions} {plural}; {sessions} × {_m(price)} is "
        f"{_m(total)}",
        _m(total),
    )


# --- so many things each of a length, a weight, a volume, at a price a unit ------------------

_Q_UNIT = r"(?P<u>mm|cm|m|metres?|meters?|kg|g|grams?|kilos?|kilograms?|ml|cl|l|litres?|liters?)"
_P_UNIT = r"(?P<pu>metre|meter|m|kilo|kg|kilogram|litre|liter|l)"
UNITS = {
    "mm": ("m", 0.001),
    "cm": ("m", 0.01),
    "m": ("m", 1.0),
    "metre": ("m", 1.0),
    "meter": ("m", 1.0),
    "g": ("kg", 0.001),
    "gram": ("kg", 0.001),
    "kg": ("kg", 1.0),
    "kilo": ("kg", 1.0),
    "kilogram": ("kg", 1.0),
    "ml": ("l", 0.001),
    "cl": ("l", 0.01),
    "l": ("l", 1.0),
    "litre": ("l", 1.0),
    "liter": ("l", 1.0),
}
UNIT_SAID = {"m": ("m", "a metre"), "kg": ("kg", "a kilo"), "l": (" litres", "a litre")}
_COUNT = rf"(?P<n>\d{{1,3}}|{WORD_NUM}|twenty)"
# "3 lengths of 2.4m", "4 bags of 2.5kg", "6 x 2.4m lengths", "5 750ml bottles"
ITEMS_OF = re.compile(
    rf"(?<![\w.£])(?:{_COUNT} (?:[a-z]+ ){{1,2}}?(?:of|at|@|,|each|each of|each at|each needing|"
    rf"each needs|each taking|needing|that need|that each need|that take|each take|each takes) "
    rf"(?:about |roughly |around )?(?P<q>{NUM}) ?{_Q_UNIT}(?![\w/])|{_COUNT.replace('n>', 'n2>')}"
    rf" ?(?:x|×|of|lots of)? ?(?P<q2>{NUM}) ?{_Q_UNIT.replace('u>', 'u2>')} (?:[a-z]+ )?"
    r"[a-z]+s\b)"
)
ITEMS = re.compile(
    rf"(?<![\w.£])(?P<n>\d{{1,3}}|{WORD_NUM}|twenty) (?:[a-z]+ ){{0,2}}?[a-z]{{2,}}s\b"
)
EACH_Q = re.compile(
    rf"\beach (?:one |of them |will |would |[a-z]{{3,}} )?(?:needs?|takes?|uses?|is|being|"
    rf"needing|taking|using|of|at|wants?|requires?)? ?(?:about |roughly |around )?"
    rf"(?P<q>{NUM}) ?{_Q_UNIT}"
    rf"(?![\w/])|(?<![\w.£])(?P<q2>{NUM}) ?{_Q_UNIT.replace('u>', 'u2>')} (?:of (?:the )?[a-z]+ )?"
    r"(?:each|(?:per|a|an|for each|for every) (?!metre|meter|m\b|kilo|kg|litre|liter|l\b|week|"
    r"day|month|year|hour)[a-z]+|a piece|apiece|long|in length)\b"
)
PRICE_AFTER = re.compile(
    rf"\b(?:a|per|one|1) (?P<u>metre|meter|kilo|kg|litre|liter)(?: of (?:the )?[a-z]+)? "
    rf"(?:is|costs?|=|at|for) (?P<p>£(?:{NUM})|(?:{NUM})p)\b"
)
UNIT_PRICE = re.compile(rf"(?:{PENCE}) ?(?:a|an|per|/) ?{_P_UNIT}\b")
AMOUNT_ASKED = re.compile(
    r"\bhow (?:much|many) (?!money\b)(?:[a-z]+ ){0,2}?(?:do|will|would|should|shall|must) (?:i|we|"
    r"you|u) (?:need|buy|get|have to|want)\b|\bhow (?:many|much) (?:metres|meters|m|kilos|kg|"
    r"litres|liters|yards|feet|grams|g)\b"
)
LENGTH_COST_ASKED = re.compile(
    r"\bcost|\bspend|\bprice|\bpay\b|£|\bhow much (?:is|will|would|does|do|for|altogether|in "
    r"total|total|that|it|all|money|are|we|i|should|shall|can|to|for)\b|\bhow much\W*$|"
    r"\btotal\b|\bcome to\b|\bmoney\b|\bbill\b|\bdamage\b|\blooking at\b"
)


def _unit(said: str) -> tuple[str, float]:
    said = said.rstrip("s") if len(said) > 2 else said
    return UNITS[said]


def _lengths(lines: Sequence[str]) -> Worked | None:
    """So many things each needing a length, a weight or a volume, at a price a unit: the
    amount in all, then its price."""
    ask = _asking(lines[-1])
    if not LENGTH_COST_ASKED.search(ask):
        return None
    if AMOUNT_ASKED.search(ask) and not re.search(r"£|\bmoney\b|\bcost|\bspend|\bprice", ask):
        return None  # how much fabric is asked, not what it costs
    prices = _find(UNIT_PRICE, lines)
    if len(prices) != 1:
        return None
    both = _find(ITEMS_OF, lines)
    if both:
        if len(both) != 1:
            return None
        m = both[0][1]
        n, q, u = _num(m["n"] or m["n2"]), _n(m["q"] or m["q2"]), m["u"] or m["u2"]
        used: Used = _spans([*both, *prices])
    else:
        eaches = _find(EACH_Q, lines)
        items = [
            (i, m)
            for i, m in _find(ITEMS, lines)
            if not any(j == i and e.start() <= m.start() < e.end() for j, e in [*eaches, *prices])
        ]
        if len(eaches) != 1 or len(items) != 1:
            return None
        e = eaches[0][1]
        n, q, u = _num(items[0][1]["n"]), _n(e["q"] or e["q2"]), e["u"] or e["u2"]
        used = _spans([*eaches, *items, *prices])
    if not _placed(lines, used):
        return None
    dim, factor = _unit(u)
    p = prices[0][1]
    pdim, pfactor = _unit(p["pu"])
    if dim != pdim or n < 2 or not q:
        return None
    price = _pounds(p)
    amount = n * q * factor / pfactor
    unit, per = UNIT_SAID[dim]
    each_said = f"{count(q)}{u if len(u) <= 2 else ' ' + u}"
    total = amount * price
    about = "" if abs(round(total, 2) - total) < 1e-6 else "about "
    return Worked(
        f"{count(n)} × {each_said} is {count(amount)}{unit}; {count(amount)}{unit} × "
        f"{_pounds_said(p)} {per} is {about}{_m(total)}",
        f"{about}{_m(total)}",
    )


QUANTITY = re.compile(rf"(?<![\w.£])(?P<q>{NUM}) ?{_Q_UNIT}(?![\w/])")
AREA = re.compile(
    r"\bby\b|(?<=\d)\s?(?:x|×)\s?(?=\d)|\bwide\b|\bhigh\b|\bsquare\b|\bsq\b|\barea\b|m2\b|²"
)


# Words after an amount that name no good of it ("9m and", "11m each", "2kg at").
_NOT_GOODS = frozenset(
    (
        "and",
        "at",
        "each",
        "for",
        "in",
        "the",
        "a",
        "an",
        "is",
        "of",
        "per",
        "plus",
        "with",
        "to",
        "long",
        "lengths",
        "length",
        "pieces",
        "piece",
        "please",
        "pls",
        "x",
        "by",
        "or",
        "total",
        "all",
        "so",
        "then",
        "but",
    )
)


def _amounts_listed(lines: Sequence[str]) -> Worked | None:
    """Amounts said one by one ("14m, hall 9m and the back bedroom 11m") at a price a unit, or
    each at its own ("400g cheddar at £12 a kilo, 250g brie at £16 a kilo"): what they cost."""
    ask = _asking(lines[-1])
    if not LENGTH_COST_ASKED.search(ask) or AMOUNT_ASKED.search(ask):
        return None
    if any(AREA.search(t) for t in lines):
        return None  # a floor or a wall is an area, not lengths added
    prices = _find(UNIT_PRICE, lines)
    amounts = [
        (i, m)
        for i, m in _find(QUANTITY, lines)
        if not any(j == i and p.start() <= m.start() < p.end() for j, p in prices)
    ]
    if not prices or len(amounts) < 2 or not _placed(lines, _spans([*prices, *amounts])):
        return None
    if len(prices) == 1:
        goods = {
            after.group(1)
            for i, a in amounts
            if (after := re.match(r"\s*(?:of\s+)?([a-z]+)", lines[i][a.end() :]))
            and after.group(1) not in _NOT_GOODS
        }
        if len(goods) > 1:
            return None  # "2kg of flour and 500g of sugar, flour is £1.20 a kilo": not one good
        pairs = [(a, prices[0][1]) for _, a in amounts]
    elif len(prices) == len(amounts):
        pairs = []
        for (i, a), (j, p) in zip(amounts, prices, strict=True):
            between = lines[i][a.end() : p.start()]
            if i != j or a.end() > p.start() or re.search(r"[,;]|\band\b|\d", between):
                return None  # each amount right before its own price
            pairs.append((a, p))
    else:
        return None
    steps, total = [], 0.0
    dims = {_unit(a["u"])[0] for a, _ in pairs} | {_unit(p["pu"])[0] for _, p in pairs}
    if len(dims) != 1:
        return None
    dim = dims.pop()
    unit, per = UNIT_SAID[dim]
    if len(prices) == 1:
        p = prices[0][1]
        amount = sum(_n(a["q"]) * _unit(a["u"])[1] for a, _ in pairs) / _unit(p["pu"])[1]
        total = amount * _pounds(p)
        steps.append(
            f"{' + '.join(_said_q(a) for a, _ in pairs)} is {count(amount)}{unit}; "
            f"{count(amount)}{unit} × {_pounds_said(p)} {per} is {_m(total)}"
        )
    else:
        costs = []
        for a, p in pairs:
            amount = _n(a["q"]) * _unit(a["u"])[1] / _unit(p["pu"])[1]
            costs.append(amount * _pounds(p))
            steps.append(f"{_said_q(a)} at {_pounds_said(p)} {per} is {_m(costs[-1])}")
        total = sum(costs)
        steps.append(f"{' + '.join(_m(c) for c in costs)} is {_m(total)}")
    about = "" if abs(round(total, 2) - total) < 1e-6 else "about "
    return Worked(
        "; ".join(steps).replace(f" is {_m(total)}", f" is {about}{_m(total)}"),
        f"{about}{_m(total)}",
    )


def _said_q(m: re.Match[str]) -> str:
    u = m["u"]
    return f"{count(_n(m['q']))}{u if len(u) <= 2 else ' ' + u}"


def _pounds_said(m: re.Match[str]) -> str:
    return _m(_pounds(m)) if m["p"] else f"{m['q']}p"


# --- pay with some hours at time and a half or double time ----------------------------------

RATE = re.compile(
    rf"(?:£|(?<![\w.£]))(?P<r>{NUM}) ?(?:an|a|per|/|p/|p) ?(?:hour|hr|h)\b|£(?P<r2>{NUM}) ?ph\b|"
    rf"\b(?:hourly rate|rate|base rate|basic rate|basic pay|basic) (?:is |of |at |'?s )?"
    rf"£(?P<r3>{NUM})|\b(?:hours?|hrs?|normal|basic|standard|regular) (?:at|@) £(?P<r4>{NUM})\b"
    r"(?! ?(?:a|an|per|/) ?(?:day|week|month|shift))"
)
# "the first 39 at £22 and the rest at time and a half"
FIRST = re.compile(
    rf"\b(?:the )?first (?P<t>{NUM}) ?(?:hours? |hrs? )?(?:are |is |at |@ |paid at |on )*£"
    rf"(?P<r>{NUM})\b(?! ?(?:a|an|per|/) ?(?:day|week|month|shift))"
)
REST = re.compile(
    r"\b(?:the rest|the remainder|the others|the other hours|the rest of them|the rest of it|"
    r"anything (?:after|over|more|else)|after that)\b"
)
REST_AFTER = re.compile(
    r"\s?(?:after that|over that|beyond that|on top of that|for (?:the rest|the remainder|"
    r"anything (?:over|after|more)|any more|the others))\b"
)
FIRST_HOURS = re.compile(
    rf"\b(?:the )?first (?P<t>{NUM}) ?(?:hours?|hrs?|h)\b|\b(?:normal|standard|basic|contracted|"
    rf"contract|usual)(?: week| hours)?(?:'?s| is| are| of| =)? (?P<t2>{NUM}) ?(?:hours?|hrs?|h)\b"
)
OVERTIME_HOURS = re.compile(
    rf"(?<![\w.£])(?P<k>{NUM}) ?(?:hours?|hrs?|h)? (?:of )?overtime\b|"
    rf"\bovertime (?:of )?(?P<k2>{NUM}) ?(?:hours?|hrs?|h)\b"
)
MULT = re.compile(
    r"\btime and (?:a )?half\b|\btime & (?:a )?half\b|(?<![\w.])x ?1\.5\b|(?<![\w.])1\.5 ?x\b|"
    r"(?<![\w.])1\.5 times\b|\btriple(?: time| pay| rate)?\b|\bdouble(?: time| pay| rate)?\b|"
    r"(?<![\w.])x ?2\b|(?<![\w.])2x\b|\btwice the (?:rate|hourly rate|normal rate)\b|"
    r"(?<=at )1\.5\b(?! ?(?:hours?|hrs?|h\b|%|£))"
)
_BASE = r"normal|basic|standard|regular|flat|usual|base|ordinary"
HOURS = re.compile(
    rf"(?<![\w.£])(?P<h>{NUM}) ?(?:(?:{_BASE}) )?(?:hours?|hrs?|h)\b|"
    rf"(?<![\w.£])(?P<h2>{NUM}) (?:{_BASE})\b|\b(?:did|worked|done|do) (?:my |the )?"
    rf"(?P<h3>{NUM})(?! ?(?:%|£|at\b(?! £)|on\b|of\b|x\b))\b"
)
# the hours at a higher rate, said in the clause before it: "7 of them on sunday at", "8 at"
SPECIAL_BEFORE = re.compile(
    rf"(?<![\w.£])(?P<k>{NUM})(?: (?:more |extra |other |overtime ))?(?: ?(?:hours?|hrs?|h))?"
    r"(?P<of> (?:of them|of those|of these|of which|of that|out of (?:those|them|that|the \w+)))?"
    r"(?:\s(?!and\b|but\b|plus\b|hours?\b|hrs?\b)[a-z']+){0,7}\s*$"
)
# the hours after it: "double time for 7 of them", "time and a half for the last 5 hours"
SPECIAL_AFTER = re.compile(
    rf"\s?(?:pay |rate )?(?:for|on) (?:the )?(?:last |other |extra |final )?(?P<k>{NUM})"
    r"(?: ?(?:hours?|hrs?|h))?(?P<of> of (?:them|those|these|it))?\b"
)
OVER = re.compile(
    rf"\b(?:over|after|above|beyond|past|more than|anything over|over and above) (?P<t>{NUM})"
    r"(?: ?(?:hours?|hrs?|h)\b|(?= (?:is|are|at|pays?|paid|gets?|goes)\b))"
)
ADDED = re.compile(r"\b(?:plus|extra|another|more|on top|as well|also|additional|then)\b")
FLAT = re.compile(rf"\b(?:{_BASE})\b|^ ?(?:at|@) £")
PAY_ASKED = re.compile(
    r"\bhow much\b|\bwhat (?:do|will|would|did|should|shall|does) (?:i|we|he|she|they|that|it) "
    r"(?:get|earn|make|take|be paid|get paid|come to|add up to)\b|\bpay\b|\bwages?\b|\bearn|"
    r"\bgross\b|\bcome to\b|\btotal\b|\bwhat'?s (?:that|it|my|the)\b|\bwhats (?:that|it|my|the)\b|"
    r"\bowed\b|\bwhat'?s (?:he|she|they|i|we|gemma|[a-z]+'s) on\b|\bwhat (?:am i|is he|is she|are "
    r"they|are we) on\b|\bwork (?:that|it|this) out\b|\bpay ?(?:packet|slip)\b"
)
# a rate asked, or the pay of some hours only ("how much for the 5 hours overtime")
PART_ASKED = re.compile(
    r"\brate\b|\bfor (?:the |those |that |my |his |her )?(?:\d|overtime|over ?time|extra|[a-z]+day|"
    r"bank holiday|weekend|night|sunday|saturday)|\bovertime pay\b|\bjust (?:the )?overtime\b"
)
PAY_ASIDE = re.compile(
    r"\bafter tax\b|\bnet\b|\bnational insurance\b|\bni\b|\bpension\b|\ba month\b|\ba year\b|"
    r"\bper (?:month|year|annum)\b|\bmonthly\b|\bannual|\bholiday pay\b|\bdeduct|\bbonus\b|"
    r"\bunpaid\b|\bbreaks?\b|\blunch\b|\btips?\b|\btake[- ]home\b|\bstudent loan\b|\bshifts\b"
)


def _mult(said: str) -> float:
    if "half" in said or "1.5" in said:
        return 1.5
    return 3.0 if "triple" in said else 2.0


def _mult_said(k: float) -> str:
    return {1.5: "time and a half", 2.0: "double time", 3.0: "triple time"}[k]


def _clause_before(line: str, end: int) -> int:
    """Where the clause ending at `end` starts (after a comma, "and", "but", "then")."""
    starts = [line.rfind(c, 0, end) for c in (",", ";", ". ", " but ", " and ", " then ")]
    return max([0, *(s + 1 for s in starts if s >= 0)])


def _paid(lines: Sequence[str]) -> Worked | None:
    """Pay at an hourly rate with some hours at time and a half or double time: those of the
    hours said ("7 of them"), hours besides them ("plus 6 hours on the bank holiday"), or those
    past so many ("overtime after 37.5 hours", "the first 39 at £22 and the rest")."""
    ask = _asking(lines[-1])
    text = " ".join(lines)
    if not PAY_ASKED.search(ask) or PART_ASKED.search(ask) or PAY_ASIDE.search(text):
        return None
    rates, firsts, mults = _find(RATE, lines), _find(FIRST, lines), _find(MULT, lines)
    values = {_n(next(v for v in m.groups() if v)) for _, m in rates}
    rates = [(i, m) for i, m in rates if len(values) == 1]  # "rate's £16/hr": one rate said
    if len(values) + len(firsts) != 1 or not mults or len(mults) > 2:
        return None
    used: Used = _spans([*rates, *firsts, *mults])
    threshold = None
    if firsts:
        threshold = _n(firsts[0][1]["t"])
        rate = _n(firsts[0][1]["r"])
    else:
        r = rates[0][1]
        rate = _n(r["r"] or r["r2"] or r["r3"] or r["r4"])
    special: list[tuple[float, float, str]] = []  # (hours or 0 for those past, multiple, how)
    for i, m in mults:
        line = lines[i]
        start = _clause_before(line, m.start())
        before = line[start : m.start()]
        k = _mult(m.group(0))
        over = OVER.search(line, m.end(), m.end() + 30) or OVER.search(line, start, m.start())
        if over or REST.search(before) or REST_AFTER.match(line, m.end()):
            if over:
                if threshold is not None:
                    return None
                threshold = _n(over["t"])
                used.append((i, *over.span()))
            special.append((0.0, k, "past"))
            continue
        got = SPECIAL_BEFORE.search(before)
        at = start
        if not got:
            got, at = SPECIAL_AFTER.match(line, m.end()), 0
        if not got and re.search(r"\bovertime\b", before + line[m.end() : m.end() + 20]):
            # "overtime's time and a half", the overtime's hours said elsewhere ("6 hrs overtime")
            ot = _find(OVERTIME_HOURS, lines)
            if len(ot) != 1:
                return None
            j, o = ot[0]
            part = re.search(
                r"\b(?:includ\w*|incl|of which|of them|of those|out of)\b",
                lines[j][max(0, o.start() - 25) : o.end() + 15],
            )
            special.append((_n(o["k"] or o["k2"]), k, "of" if part else "added"))
            used.append((j, *o.span()))
            continue
        if not got:
            return None
        how = (
            "of"
            if got["of"] or re.search(r"\b(?:last|final|first)\s*$", before[: got.start()])
            else ("added" if ADDED.search(before[: got.start()]) else "")
        )
        if not how and (
            re.search(r"\b(?:over|after|past|above|beyond|overtime)\b", before)
            or re.search(r"\band\s*$", before[: got.start()])
        ):
            # "overtime past 40 is": past what? "40 hours and 8 at double": of them or more?
            # (but for normal hours said)
            how = "over"
        special.append((_n(got["k"]), k, how))
        used.append((i, at + got.start("k"), at + got.end("k")))
    if special and special[0][2] == "past" and threshold is None:
        # "for the first 37 hrs then time and a half after that", "normal week is 37.5 hrs"
        said = _find(FIRST_HOURS, lines)
        if len(said) != 1:
            return None
        g = "t" if said[0][1]["t"] else "t2"
        threshold = _n(said[0][1][g])
        used.append((said[0][0], *said[0][1].span(g)))
    hours = [
        (i, m)
        for i, m in _find(HOURS, lines)
        if not any(
            j == i and a <= m.start("h" if m["h"] else "h2" if m["h2"] else "h3") < b
            for j, a, b in used
        )
    ]
    if not hours and len(special) == 1 and special[0][2] == "" and threshold is None:
        # all the hours said at the higher rate ("10 hours at time and a half on £12 an hour")
        if not _placed(lines, used):
            return None
        h, k, _ = special[0]
        return Worked(
            f"{count(h)} hours at {_mult_said(k)} ({_m(rate * k)} an hour) is {_m(h * rate * k)}",
            _m(h * rate * k),
        )
    if len(hours) != 1:
        return None
    hi, hm = hours[0]
    g = "h" if hm["h"] else "h2" if hm["h2"] else "h3"
    used.append((hi, *hm.span(g)))
    if not _placed(lines, used):
        return None
    total_h = _n(hm[g])
    tail = lines[hi][hm.end(g) : hm.end(g) + 25]
    flat = bool(
        re.search(_BASE, hm.group(0))
        or re.match(rf" ?(?:hours? |hrs? |h )?(?:at |on )?(?:the |my )?(?:{_BASE}|£)\b", tail)
    )
    past = [s for s in special if s[2] == "past"]
    if past and (len(special) != 1 or threshold is None or not 0 < threshold < total_h):
        return None
    # The hours named normal ones ("30 normal hours"), not only priced ("35 hours at £12").
    based = bool(
        re.search(_BASE, hm.group(0))
        or re.match(rf" ?(?:hours? |hrs? |h )?(?:at |on )?(?:the |my )?(?:{_BASE})\b", tail)
    )
    if any(how == "of" for _, _, how in special) and based:
        return None  # "30 normal hours, 6 of them double": which 30?
    if any(how == "over" for _, _, how in special) and not flat:
        return None
    steps, parts = [], []
    if past:
        k = past[0][1]
        special = [(total_h - threshold, k, "of")]
        steps.append(
            f"{count(total_h)} − {count(threshold)} is {count(total_h - threshold)} hours past "
            f"{count(threshold)}"
        )
        plain = threshold
    else:
        # hours said beside normal ones ("40 normal, 4 at time and a half") are added to them;
        # those said after the week's hours with nothing else are of them ("35 hours, 7 of them")
        of = sum(h for h, _, how in special if how == "of" or (how in ("", "over") and not flat))
        plain = total_h - of
        if of and plain <= 0:
            return None
        if of:
            taken = (
                ""
                if all(how for _, _, how in special)
                else f" (the {count(of)} taken as of the {count(total_h)})"
            )
            steps.append(
                f"{count(total_h)} − {count(of)} is {count(plain)} at the normal rate{taken}"
            )
    if not all(h > 0 for h, _, _ in special):
        return None
    parts.append(plain * rate)
    steps.append(f"{count(plain)} hours × {_m(rate)} is {_m(plain * rate)}")
    for h, k, _ in special:
        pay = h * rate * k
        steps.append(f"{count(h)} hours at {_mult_said(k)} ({_m(rate * k)}) is {_m(pay)}")
        parts.append(pay)
    total = sum(parts)
    steps.append(f"{' + '.join(_m(p) for p in parts)} is {_m(total)}")
    return Worked("; ".join(steps), _m(total))


# --- the readers, in order -------------------------------------------------------------------


def _weekly_shape(lines: Sequence[str]) -> bool:
    ask = _asking(lines[-1])
    return bool(
        COST_ASKED.search(ask)
        and any(m["u"] != "week" for _, m in _find(PER_SESSION, lines))
        and (_find(DAYS_A_WEEK, lines) or _find(TIMES_A_WEEK, lines))
    )


def _lengths_shape(lines: Sequence[str]) -> bool:
    ask = _asking(lines[-1])
    return bool(
        LENGTH_COST_ASKED.search(ask)
        and not AMOUNT_ASKED.search(ask)
        and not re.search(r"\b(?:one|each|per|a piece)\b", ask)  # the cost of one asked
        and _find(UNIT_PRICE, lines)
        and (
            _find(ITEMS_OF, lines)
            or (_find(EACH_Q, lines) and any(_num(m["n"]) > 1 for _, m in _find(ITEMS, lines)))
        )
    )


def _paid_shape(lines: Sequence[str]) -> bool:
    ask = _asking(lines[-1])
    return bool(
        PAY_ASKED.search(ask)
        and not PART_ASKED.search(ask)
        and not PAY_ASIDE.search(" ".join(lines))
        and (_find(RATE, lines) or _find(FIRST, lines))
        and _find(MULT, lines)
    )


READERS: tuple[Callable[[Sequence[str]], Worked | None], ...] = (
    _tipped,
    _weekly,
    _lengths,
    _amounts_listed,
    _paid,
)
# The shapes of a class a reader above works only in part ("every monday" over "the season",
# pay at "double time" for hours it cannot place): what is asked for then, never the sum of
# another reader, which reads it with a day a week or an hour at double time left out.
SHAPES = (
    (_weekly_shape, "how many times you will pay for it in all"),
    (_lengths_shape, "how much of it you will pay for in all"),
    (_paid_shape, "how many of the hours are paid at which rate"),
    (_tip_shape, "which part of the bill each of you pays"),
)
# What is asked for that no other reader may work around (it would split the bill evenly).
FIRM = frozenset({SHAPES[3][1]})
# What a reply of another reader says when it works what the shape above leaves it (a day a week
# or the sessions counted, a count times a length, the hours at the higher rate): it is kept.
KEPT = {
    SHAPES[0][1]: re.compile(
        r"\b(?:once|twice|\d+|one|two|three) (?:\w+ )?(?:a|per|each) week\b|"
        r"\b\d+ (?:sessions|nights|classes|lessons|goes|games|times|visits)\b"
    ),
    SHAPES[1][1]: re.compile(r"\b\d+ × \d"),
    SHAPES[2][1]: re.compile(r"time and a half|double|triple|1\.5|× ?2\b|x ?2\b"),
}


def kept(reply: str, need: str) -> bool:
    """Whether `reply`, another reader's, works what a sum read only in part here asks for as
    `need` (so the asking is not said in its place)."""
    said = KEPT.get(need)
    return bool(said and said.search(reply))


ASKS_ANY = folded(
    r"\b(?:how much|each|split|pp|per|a head|cost|total|come to|spend|pay|paid|earn|get|wages?|"
    r"gross|owe|owed|altogether|price|between|chip|chipping|send|make|damage|"
    r"work (?:that|it|this) out|what'?s (?:that|it|my|the|he|she|they|everyone)|"
    r"whats (?:that|it|my|the|he|she|they))\b|£",
    re.I,
)


def asks(line: str) -> bool:
    """Whether `line` may ask a sum of a class read here."""
    return bool(ASKS_ANY.search(line))


def worked(lines: Sequence[str]) -> Worked | None:
    """The sum the last of `lines` asks, with the lines before it (oldest first), by the reader
    of its class; None when no reader places every figure."""
    return _worked(tuple(lines))


@lru_cache(maxsize=256)
def _worked(said: tuple[str, ...]) -> Worked | None:
    lines = said_plainly(said)
    if not asks(lines[-1]):
        return None
    lines = [_money_plain(t) for t in lines]
    found = read_by(READERS, lines)
    if found is None:
        need = next((need for shape, need in SHAPES if shape(lines)), "")
        return Worked("", need=need) if need else None
    return found


def _money_plain(line: str) -> str:
    """`line` with money said in words in pounds ("a tenner", "20 quid"), "time-and-a-half" and
    "double-time" without hyphens, and "a metre of it costs £8.50" said as "£8.50 a metre"."""
    for said, meant in WORD_MONEY:
        line = said.sub(meant, line)
    line = QUID.sub(lambda m: f"£{QUIDS.get(m['n'], m['n'])}", line)
    return PRICE_AFTER.sub(r"\g<p> a \g<u>", re.sub(r"(?<=[a-z])-(?=[a-z])", " ", line))
