"""Everyday sums of five more classes (sums50b), read from the ask and the lines said before it,
each only when every figure of the lines it reads has its place (`bots.everyday._placed`): a
wrong answer is rated lower than a decline.

- a plan with an allowance and a charge a unit over it ("£12 a month with 500 texts, 8p a text
  after that, she sent 730"), and a meter's two readings whose dates are no figures of the sum;
- a yearly bill less a discount, paid in so many instalments ("council tax £1,860 a year, 25%
  single person discount, over 10 months");
- a speed or a pace from a distance and a time, or a time from a distance and a speed or a pace
  ("12 miles in 45 min", "10k in 52:30, what pace per km", "200 miles at 80 mph, how long");
- money changed at a rate after a fee is taken off first ("£350 at 1.17 euros to the pound but
  they take a £4 fee", "2% commission");
- turf, carpet, tiles, paint or decking for a floor, a lawn or a wall from its sizes, at a price
  a square metre, a roll, a box or a tin, packs rounded up ("6m by 4.5m, turf £3.20 a sq m").

`worked(lines)` gives the sum the last of `lines` asks (oldest first), or None."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from bots import everyday as ed
from bots.everyday import NUM, WORD_NUM, Used, read_by, said_plainly
from bots.fold import folded
from bots.reckon import money
from bots.wordsum import Worked, count

MONEY = rf"£(?P<p>{NUM})|(?<![\w.£$€])(?P<q>{NUM}) ?p\b"


def _pounds(m: re.Match[str], p: str = "p", q: str = "q") -> float:
    return ed._n(m[p]) if m[p] else ed._n(m[q]) / 100


def _said(value: float) -> str:
    """A price a unit as said: 8p, £2, £1.50."""
    return f"{count(round(value * 100, 2))}p" if value < 1 else ed._m(value)


def _spans_of(found: Sequence[tuple[int, re.Match[str]]]) -> Used:
    return [(i, *m.span()) for i, m in found]


# --- a plan with an allowance, and a charge a unit over it ---------------------------------

_UNITS = (
    r"texts?|messages?|minutes?|mins?|calls?|gb|mb|gigs?|classes|class|sessions?|visits?|"
    r"units?|hours?|miles?|kwh|prints?|copies|pages?|lessons?|swims?|bags?|loads?|washes"
)
_SING = {
    "texts": "text",
    "messages": "message",
    "minutes": "minute",
    "mins": "min",
    "calls": "call",
    "gigs": "gb",
    "gig": "gb",
    "classes": "class",
    "sessions": "session",
    "visits": "visit",
    "units": "unit",
    "hours": "hour",
    "miles": "mile",
    "prints": "print",
    "copies": "copy",
    "pages": "page",
    "lessons": "lesson",
    "swims": "swim",
    "bags": "bag",
    "loads": "load",
    "washes": "wash",
}


def _unit(said: str) -> str:
    return _SING.get(said, said)


# "500 texts included", "with 10gb", "8 classes free", "an allowance of 300 minutes"
ALLOWANCE = re.compile(
    rf"(?<![\w.£])(?P<a>{NUM}) ?(?:free |included )?(?P<u>{_UNITS})\b(?: of data)?"
    r"(?=[^.?!]{0,40}?\b(?:included|includ\w*|inc|incl|free|allowance|a month|per month|"
    r"a week|a year|then|after that|over that|and then|before|extra|after|over)\b)|"
    rf"\b(?P<u7>{_UNITS}) (?:over|above|after|beyond) (?:the first )?(?P<a7>{NUM})\b|"
    rf"\b(?:allowance|includes|including|incl|inc|comes with|with|allows|allow|"
    rf"(?:get|gets|gives|give)(?: you| her| him| me| us| them)?) "
    rf"(?:of |is |up to )?"
    rf"(?P<a2>{NUM}) ?(?:free )?(?P<u2>{_UNITS})\b|"
    rf"£(?:{NUM}) ?(?:(?:a|per|/) ?(?:month|week|year) )?for (?:up to )?(?P<a3>{NUM}) ?(?:free )?"
    rf"(?P<u3>{_UNITS})\b"
)
MONEY2 = MONEY.replace("p>", "p2>").replace("q>", "q2>")
MONEY3 = MONEY.replace("p>", "p3>").replace("q>", "q3>")
MONEY4 = MONEY.replace("p>", "p4>").replace("q>", "q4>")
MONEY5 = MONEY.replace("p>", "p5>").replace("q>", "q5>")
MONEY6 = MONEY.replace("p>", "p6>").replace("q>", "q6>")
MONEY7 = MONEY.replace("p>", "p7>").replace("q>", "q7>")
# "8p a text after that", "£2 a gb over", "£4 each after", "2p for every text over that",
# "£4 for each extra class"
OVER_RATE = re.compile(
    rf"(?:{MONEY}) ?(?:(?:a|an|per|/|for every|for each|every|each) ?(?:extra |additional )?"
    rf"(?P<u>{_UNITS})|each|(?:a|per) go)\b"
    r"(?=[^.?!]{0,30}?\b(?:over|after|above|beyond|extra|more|on top)\b)|"
    r"\b(?:then|after that|after|over that|beyond that|above that) "
    r"(?:it'?s |its |is |at |costs? )?"
    rf"(?:{MONEY3}) ?(?:(?:a|an|per|/|for every|for each|every|each) ?(?P<u3>{_UNITS})|each)\b|"
    rf"\b(?:anything|any|every|each) (?:over|above|extra|more|after)(?: that| it| those)?"
    rf"(?: is| are| costs?| at| charged at|,)? (?:{MONEY5}) ?"
    rf"(?:(?:a|an|per|/|each) ?(?P<u5>{_UNITS})|each)?|"
    rf"(?:{MONEY6}) ?(?:a|an|per|/|for every|for each|every|each) (?:extra|additional) "
    rf"(?P<u6>{_UNITS})\b|"
    rf"\b(?:over|above|after|beyond) (?:the first )?(?:{NUM})(?: ?(?:{_UNITS}))?,? "
    rf"(?:they'?re |it'?s |are |is |cost |costs |at |charged at |=)(?:{MONEY7}) ?"
    rf"(?:each|a (?:{_UNITS})|per (?:{_UNITS}))?|"
    rf"\b(?:extra|additional|more|further) (?:(?P<u4>{_UNITS})|data) "
    r"(?:are |is |cost |at |charged at )?"
    rf"(?:{MONEY4})(?: ?(?:each|(?:a|an|per|/) ?(?P<u8>{_UNITS})))?|"
    rf"\b(?:over|after|above|beyond) (?:that|this|it|those|the allowance|the limit)[, ]+(?:it'?s |"
    rf"is |its |they charge |they're |costs? |charged at |at )?(?:{MONEY2}) ?"
    rf"(?:(?:a|an|per|/|for every|for each|each) ?(?P<u2>{_UNITS})|each)?"
)
USED = re.compile(
    rf"\b(?:sent|used|uses|using|made|did|done|went to|been to|go to|went|had|has had|attended|"
    rf"talked for|talked|spent|drove|driven|drive|covered|printed off|is in for|'?s in for|is in|"
    rf"'?s in|was in|in for|"
    rf"racked up|got through|ran up|clocked|printed|took|take|do|does|is on|was on|used up|"
    rf"will use|'?ll use|using up) (?:about |around |exactly |a total of |up )?(?P<n>{NUM}) ?"
    rf"(?P<u>{_UNITS})?\b(?! (?:a|per|each) )|"
    rf"(?<![\w.£])(?P<n2>{NUM}) ?(?P<u2>{_UNITS}) (?:this|last|that) (?:month|week|time|year)\b|"
    rf"(?<![\w.£])(?P<n3>{NUM}) ?(?P<u3>{_UNITS})? (?:sent|used|done|made|printed|driven|had)\b"
)
PLAN = re.compile(
    rf"£(?P<p>{NUM}) ?(?:a|per|/|each|every) ?(?:month|week|year|mth|pm|m|day)\b|"
    rf"£(?P<p2>{NUM}) (?:plan|contract|tariff|deal|membership|package)\b|"
    rf"\b(?:plan|contract|tariff|deal|membership|package|sim|bundle|hire|pass|lease|rental|"
    rf"childminder|nursery|gym|phone) (?:is |was |costs? |of |at |for )£(?P<p3>{NUM})\b|"
    rf"£(?P<p4>{NUM}) (?:with|for|includes|including|gets you|gives you) (?:up to )?(?:{NUM}) ?"
    rf"(?:free )?(?:{_UNITS})\b"
)
BILL_ASKED = re.compile(
    r"\bhow much\b|\bbill\b|\bcost|\bpay\b|\bowe\b|\btotal\b|\bcome to\b|\bcharged?\b|"
    r"\bdamage\b|\bspend|\bwhat'?s (?:it|that|he|she|they|i|we)\b|\bwhats (?:it|that)\b"
)
PLAN_ASIDE = re.compile(
    r"\broll(?:s|ed)? over\b|\bcarr(?:y|ies|ied) over\b|\bcap(?:ped)?\b|\bdiscount|\b% off\b|"
    r"\bvat\b|\bfree trial\b|\bunlimited\b|\bhalf price\b|\bper person\b|\bbetween\b|\bsplit\b|"
    # pay with overtime is no plan ("40 hours at £13 an hour and anything over is time and a half")
    r"\btime (?:and|&) (?:a )?half\b|\bdouble\b|\btriple\b|\bover ?time\b|\bwages?\b|\bsalary\b|"
    r"\bshifts?\b|\bcontract'?s \d|\b(?:hours?|hrs?) (?:at|@) £"
)


def _allowance(lines: Sequence[str]) -> Worked | None:
    """A plan of so many units, and a charge a unit over them: the units over, what they cost,
    and the plan's own price added when it is said."""
    text = " ".join(lines)
    if not BILL_ASKED.search(ed._asking(lines[-1])) or PLAN_ASIDE.search(text):
        return None
    said_used = _spans_of(ed._find(USED, lines))
    allows = [
        (i, m)
        for i, m in ed._find(ALLOWANCE, lines)
        if not any(j == i and s <= m.start() < e for j, s, e in said_used)
    ]
    rates = ed._find(OVER_RATE, lines)
    if len(allows) != 1 or len(rates) != 1:
        return None
    ai, a = allows[0]
    allowed = ed._n(a["a"] or a["a2"] or a["a3"] or a["a7"])
    unit = _unit(a["u"] or a["u2"] or a["u3"] or a["u7"])
    ri, r = rates[0]
    k = next(k for k in ("", "2", "3", "4", "5", "6", "7") if r["p" + k] or r["q" + k])
    rate = _pounds(r, "p" + k, "q" + k)
    rate_unit = r["u"] or r["u2"] or r["u3"] or r["u4"] or r["u5"] or r["u6"] or r["u8"]
    if rate_unit and _unit(rate_unit) != unit:
        return None
    taken: Used = [(ai, *a.span()), (ri, *r.span())]
    useds = [
        (i, m)
        for i, m in ed._find(USED, lines)
        if not any(j == i and s <= m.start() < e for j, s, e in taken)
        and (not (m["u"] or m["u2"] or m["u3"]) or _unit(m["u"] or m["u2"] or m["u3"]) == unit)
    ]
    plans = [
        (i, m)
        for i, m in ed._find(PLAN, lines)
        if not (i == ri and r.start() <= m.start() < r.end())
    ]
    if len(useds) != 1 or len(plans) > 1:
        return None
    ui, u = useds[0]
    used_n = ed._n(u["n"] or u["n2"] or u["n3"])
    if not ed._placed(lines, [*taken, (ui, *u.span()), *_spans_of(plans)]) or not rate:
        return None
    base = ed._n(next(v for v in plans[0][1].groups() if v)) if plans else None
    if re.search(r"\b(?:excess|extra|on top|over)\b", ed._asking(lines[-1])):
        base = None  # what the units over cost is asked, not the bill
    elif base is not None and re.search(r"\b(?:a|per|each) year\b|\bannual", text):
        return None  # a yearly allowance beside a monthly price
    over = max(0.0, used_n - allowed)
    units = {"gb": "GB", "mb": "MB", "kwh": "kWh"}.get(unit, unit)
    plural = units if units in ("GB", "MB", "kWh") else _SING_PLURAL(units)
    if not over:
        first = f"{count(used_n)} is within the {count(allowed)} {plural}, so nothing over"
        if base is None:
            return Worked(first, "nothing extra")
        return Worked(f"{first}; just the {ed._m(base)}", ed._m(base))
    charge = over * rate
    said = f"{count(over)}{units}" if units in ("GB", "MB") else f"{count(over)} {plural}"
    steps = [
        f"{count(used_n)} − {count(allowed)} is {said} over",
        f"× {_said(rate)} is {ed._m(charge)}",
    ]
    if base is None:
        return Worked(
            ", ".join(steps) + " extra", f"{ed._m(charge)} extra"
        )  # (no plan's price said)
    steps.append(f"+ the {ed._m(base)} is {ed._m(base + charge)}")
    return Worked(", ".join(steps), ed._m(base + charge))


def _SING_PLURAL(unit: str) -> str:  # noqa: N802
    return {"class": "classes", "copy": "copies", "wash": "washes"}.get(unit, unit + "s")


# A meter's readings dated "on 1 jan": the day of a date is no figure of the bill.
DAY_OF_MONTH = re.compile(
    r"\b(?:on |from |to |at |by )?(?:the )?\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:jan|feb|mar|apr|may|"
    r"jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b"
)


def _metered(lines: Sequence[str]) -> Worked | None:
    """Two meter readings at a price a unit, their dates said with them ("23,418 on 1 jan"),
    worked as `bots.everyday` works a meter, the dates left out."""
    if not any(re.search(r"\bmeter\b|\breadings?\b", t) for t in lines):
        return None
    plain = [DAY_OF_MONTH.sub(" ", t) for t in lines]
    plain = [re.sub(r"\((?:ignore|ignoring|no|not|without|forget)[^)]*\)", " ", t) for t in plain]
    plain = [
        re.sub(r"\b(?:ignore|ignoring|forget|not counting) (?:the )?standing charge", " ", t)
        for t in plain
    ]
    if plain == list(lines):
        return None
    return ed._metered(plain)


# --- a yearly bill less a discount, in instalments -------------------------------------------

BILL_SUM = re.compile(rf"£(?P<b>{NUM})(?! ?(?:a|per|/|each) ?(?:month|week|instal|payment))")
DISCOUNT = re.compile(
    rf"(?<![\w.])(?P<pc>{NUM}) ?(?:%|per ?cent)(?= ?(?:off|discount|reduction|less|knocked)|"
    r"[^.?!,]{0,30}?\b(?:discount|off|reduction|knocked|less)\b)|"
    rf"\b(?:discount|off|reduction|knock(?:s|ed)? off|take(?:s|n)? off|less) (?:of |is |by )?"
    rf"(?P<pc2>{NUM}) ?(?:%|per ?cent)"
)
DISCOUNT_SUM = re.compile(
    rf"£(?P<d>{NUM}) (?:off|discount|reduction|knocked off|less)\b|"
    rf"\b(?:discount|reduction|knock(?:s|ed)? off|take(?:s|n)? off) (?:of |is )?£(?P<d2>{NUM})"
)
INSTALMENTS = re.compile(
    rf"(?<![\w.£])(?P<n>\d{{1,2}}|{WORD_NUM}) ?(?:monthly |equal |even |direct debit |dd )?"
    r"(?:instal?l?ments?|payments?|months|monthly (?:instal?l?ments?|payments?)|goes|chunks|"
    r"parts|lots|direct debits)\b|"
    r"\b(?:monthly|quarterly|instal?l?ments|payments|pay(?:ing)?|paid|spread|split)(?: it)? "
    r"(?:over|across|in) (?P<n2>\d{1,2})\b(?! ?(?:%|£|years?|weeks?))(?: months)?"
)
EACH_ASKED = re.compile(
    r"\beach\b|\ba month\b|\bper month\b|\bmonthly\b|\bevery month\b|\bper (?:instal?l?ment|"
    r"payment)\b|\ba (?:payment|go)\b|\bhow much (?:is |will |would )?(?:it |that |i |we )?"
    r"(?:be |pay )?(?:a|per|each)\b|\bwhat(?:'?s| is| are| will)? (?:the |my |each )?"
    r"(?:instal?l?ments?|payments?|monthly)\b|\bwhats (?:the |my )?(?:instal?l?ments?|payments?)\b"
)
INSTAL_ASIDE = re.compile(
    r"\binterest\b|\bapr\b|\bvat\b|\bfee\b|\bplus\b|\bdeposit\b|\bupfront\b|\bup front\b|"
    r"\bfirst payment\b|\bsplit (?:it )?(?:between|with)\b|\bbetween (?:us|the|\d|two|three|four)|"
    r"\beach of us\b|\bthen\b.*%|\banother\b|\bextra\b"
)


def _instalments(lines: Sequence[str]) -> Worked | None:
    """A bill less a discount (a part of it or a sum), paid in so many instalments: the bill
    after the discount, then each instalment."""
    text = " ".join(lines)
    ask = ed._asking(lines[-1])
    if not EACH_ASKED.search(ask) or INSTAL_ASIDE.search(text):
        return None
    pcs, sums = ed._find(DISCOUNT, lines), ed._find(DISCOUNT_SUM, lines)
    if len(pcs) + len(sums) != 1:
        return None
    off = (pcs or sums)[0]
    bills = [
        (i, m)
        for i, m in ed._find(BILL_SUM, lines)
        if not (i == off[0] and off[1].start() <= m.start() < off[1].end())
    ]
    parts = ed._find(INSTALMENTS, lines)
    if len(bills) != 1 or len(parts) != 1:
        return None
    used = _spans_of([*bills, off, *parts])
    # "a year" beside the bill, "12 months" said with the instalments are no other figures
    if not ed._placed(lines, used):
        return None
    bill = ed._n(bills[0][1]["b"])
    n = int(ed._num(parts[0][1]["n"] or parts[0][1]["n2"]))
    if n < 2 or not bill:
        return None
    if pcs:
        pc = ed._n(off[1]["pc"] or off[1]["pc2"])
        if not 0 < pc < 100:
            return None
        cut = round(bill * pc / 100, 2)
        first = f"{count(pc)}% of {ed._m(bill)} is {ed._m(cut)}, so {ed._m(bill - cut)}"
    else:
        cut = ed._n(off[1]["d"] or off[1]["d2"])
        if not 0 < cut < bill:
            return None
        first = f"{ed._m(bill)} less {ed._m(cut)} is {ed._m(bill - cut)}"
    each = (bill - cut) / n
    about = "" if abs(round(each, 2) * n - (bill - cut)) < 0.005 else "about "
    return Worked(f"{first}; ÷ {n} is {about}{ed._m(each)} each", f"{about}{ed._m(each)} each")


# --- money changed at a rate after a fee -------------------------------------------------------

_FOREIGN = {
    "yen": "¥",
    "¥": "¥",
    "lira": " lira",
    "rand": " rand",
    "krona": " krona",
    "kronor": " krona",
    "zloty": " zloty",
    "aussie dollars": "A$",
    "australian dollars": "A$",
    "aud": "A$",
    "canadian dollars": "C$",
    "cad": "C$",
    "euro": "€",
    "euros": "€",
    "€": "€",
    "dollar": "$",
    "dollars": "$",
    "$": "$",
    "usd": "$",
    "bucks": "$",
}
_CUR = (
    r"(?:aussie |australian |canadian |us )?dollars?|euros?|usd|aud|cad|yen|lira|rand|krona|"
    r"kronor|zloty|€|\$|¥"
)
_RATE = r"\d{1,4}(?:\.\d{1,4})?"
# "1.17 euros to the pound", "€1.15 per £1", "£1 = €1.17", "rate is 1.27", "at $1.27"
RATE = re.compile(
    rf"(?<![\w.£])(?P<r>{_RATE}) ?(?P<c>{_CUR})? ?(?:to|per|for|a|for every|for each|=) "
    rf"(?:the |a |one |1 |every )?(?:pound|£1|£|gbp|quid)(?!\w)|"
    rf"(?P<c2>€|\$)(?P<r2>{_RATE}) ?(?:to|per|for|a|=) ?(?:the |a |one |1 )?(?:pound|£1?|gbp)|"
    rf"(?:£1|one pound|a pound|1 pound|1 gbp|the pound) ?(?:=|is|gets|buys|to|gets you|is worth) "
    rf"(?:you )?(?P<c3>€|\$)?(?P<r3>{_RATE}) ?(?P<c4>{_CUR})?|"
    rf"\b(?:rate|rates|exchange rate|rate's|rates are|rate is) (?:is |of |at |was |'s |are "
    rf"|today is )?(?P<c5>€|\$)?(?P<r5>{_RATE})\b(?! ?(?:%|£))|"
    rf"\bat (?P<c6>€|\$)?(?P<r6>{_RATE})\b(?! ?(?:%|£|a |an |per|each))"
)
FEE = re.compile(
    rf"£(?P<f>{NUM}) ?(?:fee|charge|commission)\b|"
    rf"\b(?:fee|charge|commission|charges?|charging|charged) (?:of |is |was |a |an |you |me )?"
    rf"(?:flat )?(?:fee of )?£(?P<f2>{NUM})(?! ?(?:a|per|each))|"
    # "they take a £5 fee", "take £3 off first": never "taking £750" on holiday
    rf"\b(?:take|takes|taking|took|knock|knocks|keep|keeps) (?:a |an |off |out )?(?:flat )?"
    rf"£(?P<f3>{NUM})(?= ?(?:fee|off|first|commission|out|charge|for (?:the|their|it)))|"
    rf"(?<![\w.])(?P<pc>{NUM}) ?(?:%|per ?cent) ?(?:fee|commission|charge|handling)|"
    rf"\b(?:fee|commission|charge|take|takes|taking|took|charges|keep|keeps|keeping|skim|skims)"
    rf"(?:'?s)? (?:is |of |a |an |off )?(?P<pc2>{NUM}) ?(?:%|per ?cent)"
)
CHANGED = re.compile(rf"£(?P<a>{NUM})(?! ?fee)")
CHANGE_ASKED = re.compile(
    rf"\bhow (?:many|much) (?P<c>{_CUR})\b|\bin (?P<c2>{_CUR})\b|"
    r"\bhow (?:much|many) (?:will|would|do|does|did|shall|should|can|'ll) (?:i|we|he|she|they|you|"
    r"u) (?:get|end up with|have|receive|walk away with)\b|"
    r"\bwhat (?:will|would|do|does|did) (?:i|we|he|she|they|you|u) (?:get|end up with|receive)\b|"
    r"\bhow much (?:is that|do i get|spending)\b"
)
CHANGE_ASIDE = re.compile(
    r"\bfee\b[^.?!]{0,20}\bafter\b|\bafter (?:changing|conversion|converting|the exchange)\b|"
    r"\bback\b|\binto pounds\b|\bin pounds\b|\bhow many pounds\b|\bsterling\b|\bboth\b|"
    r"\bbetter\b|\bcheaper\b|\bor\b|\bcompared?\b"
)


NO_RATE = "the rate they change at (so many to the pound)"


def _exchanged(lines: Sequence[str]) -> Worked | None:
    """Pounds changed at a rate, a fee (a sum or a part of it) taken off first: what is left to
    change, then what it comes to."""
    text = " ".join(lines)
    ask = ed._asking(lines[-1])
    asked = CHANGE_ASKED.search(ask)
    if not asked or CHANGE_ASIDE.search(text):
        return None
    rates, fees = ed._find(RATE, lines), ed._find(FEE, lines)
    if not rates and len(fees) == 1 and (asked["c"] or asked["c2"]):
        # a fee and no rate ("they take a £5 fee, how many euros"): the rate is asked for
        fi, f = fees[0]
        amounts = [
            (i, m)
            for i, m in ed._find(CHANGED, lines)
            if not (i == fi and f.start() <= m.start() < f.end())
        ]
        if len(amounts) == 1 and ed._placed(lines, _spans_of([*fees, *amounts])):
            return Worked("", need=NO_RATE)
        return None
    if len(rates) != 1 or len(fees) != 1:
        return None
    ri, r = rates[0]
    fi, f = fees[0]
    amounts = [
        (i, m)
        for i, m in ed._find(CHANGED, lines)
        if not any(j == i and s.start() <= m.start() < s.end() for j, s in ((ri, r), (fi, f)))
    ]
    if len(amounts) != 1:
        return None
    if not ed._placed(lines, _spans_of([*rates, *fees, *amounts])):
        return None
    said = {
        v
        for v in (r["c"], r["c2"], r["c3"], r["c4"], r["c5"], r["c6"], asked["c"], asked["c2"])
        if v
    }
    said |= set(re.findall(rf"\b(?:{_CUR})\b|[€$¥]", text))
    signs = {_FOREIGN.get(c, _FOREIGN.get(c.split()[-1], "")) for c in said}
    if len(signs) > 1 and "$" in signs:
        signs -= {"$"}  # "aussie dollars": A$ over $
    if len(signs) != 1:
        return None
    sign = signs.pop()
    rate = ed._n(next(v for v in (r["r"], r["r2"], r["r3"], r["r5"], r["r6"]) if v))
    amount = ed._n(amounts[0][1]["a"])
    if not 0.05 < rate < 2000 or not amount or not sign:
        return None
    if f["f"] or f["f2"] or f["f3"]:
        fee = ed._n(f["f"] or f["f2"] or f["f3"])
        first = f"{ed._m(amount)} less the {ed._m(fee)} fee is {ed._m(amount - fee)}"
    else:
        pc = ed._n(f["pc"] or f["pc2"])
        if not 0 < pc < 20:
            return None
        fee = round(amount * pc / 100, 2)
        first = (
            f"{count(pc)}% of {ed._m(amount)} is {ed._m(fee)}, so {ed._m(amount - fee)} to change"
        )
    left = amount - fee
    if left <= 0:
        return None
    got = round(left * rate + 1e-9, 2)
    said = f"{count(got)}{sign}" if sign.startswith(" ") else money(got, sign)
    if sign.startswith(" ") or sign == "¥":
        said = f"{got:,.2f}".removesuffix(".00")
        said = f"{said}{sign}" if sign.startswith(" ") else f"¥{said}"
    return Worked(f"{first}; × {count(rate)} is {said}", said)


# --- a speed or a pace, or a time from one --------------------------------------------------

_DIST_U = r"miles?|mi|km|kms|k|kilometres?|kilometers?|kilometre|klicks"
DISTANCE = re.compile(
    rf"(?<![\w.£:])(?P<d>{NUM}) ?(?P<u>{_DIST_U})\b(?! ?(?:an|a|per|/) ?(?:hour|h\b|hr))"
    r"(?! ?(?:followers|views|subs|steps))"
)
_H = r"(?:hours?|hrs?|h)"
_M = r"(?:minutes?|mins?|m)"
DURATION = re.compile(
    rf"(?<![\w.£:])(?P<h>\d{{1,2}}) ?{_H} ?(?:and )?(?P<m>\d{{1,2}}) ?(?:{_M}\b)?(?! ?(?:{_H})\b)|"
    rf"(?<![\w.£:])(?P<h1>{NUM}|an?|one|two|three|four|five) (?:and a half |½ )?{_H}\b"
    rf"(?P<half> and a half| and a bit)?|"
    rf"(?<![\w.£:])(?P<hh>\d{{1,2}}) and a half {_H}\b|"
    rf"\bhalf an? {_H}\b(?P<halfonly>)|"
    rf"(?<![\w.£:])(?P<m1>{NUM}) ?{_M}\b(?! ?(?:miles?|km|k\b|per|a mile|a km))|"
    r"(?<![\w.£:])(?P<c1>\d{1,2}):(?P<c2>\d\d)(?::(?P<c3>\d\d))?(?! ?(?:am|pm|per|a |/))\b"
)
SPEED = re.compile(
    rf"(?<![\w.£])(?P<s>{NUM}) ?(?P<u>mph|km/?h|kph|kmh|(?:km|kilometres?|miles?) (?:an|a|per) "
    r"hour|(?:km|miles?) ?/ ?h(?:ou)?r?)\b"
)
PACE = re.compile(
    r"(?<![\w.£:])(?P<m>\d{1,2}) ?(?:-| )?(?:minute|min) (?P<u>mile|km|k)s?\b|"
    r"(?<![\w.£:])(?:(?P<c1>\d{1,2}):(?P<c2>\d\d)|(?P<m2>\d{1,2}(?:\.\d)?) ?(?:minutes?|mins?)) "
    r"?(?:pace )?(?:per|a|/|each) ?(?P<u2>mile|km|k|kilometre)\b"
)
SPEED_ASKED = re.compile(
    r"\bspeed\b|\bhow fast\b|\bmph\b|\bkm ?/ ?h\b|\bkph\b|\bmiles (?:an|per) hour\b|"
    r"\bkm (?:an|per) hour\b"
)
PACE_ASKED = re.compile(r"\bpace\b|\bper (?:km|k|mile)\b|\bmin(?:ute)?s? (?:a|per|/) ?(?:km|mile)")
LONG_ASKED = re.compile(
    r"\bhow long\b|\bhow many (?:hours|minutes|mins)\b|\bwhat time\b|\btime (?:will|would) it\b|"
    r"\bhow long'?s\b|\bwhats the time\b"
)
FAR_ASKED = re.compile(r"\bhow far\b|\bwhat distance\b|\bhow many (?:miles|km)\b")
SPEED_ASIDE = re.compile(
    r"\bstop(?:s|ped|ping)?\b|\bbreaks?\b|\blunch\b|\bthere and back\b|\breturn\b|\beach way\b|"
    r"\blaps?\b|\bwait|\bthen\b|\bfaster\b|\bslower\b|\bafter\b|\bboth\b|\btraffic\b|\bleave\b|"
    r"\barrive\b|\bget there by\b|\bset off\b"
)
KM_A_MILE = 1.609344


def _km(unit: str) -> bool:
    return unit.startswith("k")


def _hm(hours: float) -> str:
    """2 hours 30 minutes; 1 hour 57 minutes 54 seconds; 45 minutes."""
    total = round(hours * 3600)
    h, rest = divmod(total, 3600)
    m, s = divmod(rest, 60)
    parts = []
    if h:
        parts.append(f"{h} hour{'s' * (h != 1)}")
    if m:
        parts.append(f"{m} minute{'s' * (m != 1)}")
    if s:
        parts.append(f"{s} second{'s' * (s != 1)}")
    return " ".join(parts) or "no time"


def _pace_said(minutes: float) -> str:
    total = round(minutes * 60)
    return f"{total // 60}:{total % 60:02d}"


def _hours_of(m: re.Match[str], distance_km: float | None) -> float | None:
    """The hours a time said comes to; a clock "52:30" is minutes and seconds unless that would
    be faster than a minute a km (then hours and minutes)."""
    words = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5}
    if m["h"]:
        return int(m["h"]) + int(m["m"]) / 60
    if m["h1"]:
        h = words.get(m["h1"]) or ed._n(m["h1"])
        if "and a half" in m.group(0) or "½" in m.group(0):
            h += 0.5
        if m["half"] == " and a bit":
            return None
        return h
    if m["hh"]:
        return int(m["hh"]) + 0.5
    if m["halfonly"] is not None:
        return 0.5
    if m["m1"]:
        return ed._n(m["m1"]) / 60
    a, b, c = int(m["c1"]), int(m["c2"]), int(m["c3"] or 0)
    if b >= 60 or c >= 60:
        return None
    if m["c3"]:
        return a + b / 60 + c / 3600
    as_minutes = (a + b / 60) / 60
    if distance_km and as_minutes * 60 / distance_km < 1:
        return a + b / 60
    return as_minutes


def _time_said(m: re.Match[str]) -> str:
    return m.group(0).strip()


def _speeds(lines: Sequence[str]) -> Worked | None:
    """A speed or a pace from a distance and a time; a time from a distance and a speed or a
    pace; a distance from a time and a speed."""
    text = " ".join(lines)
    ask = ed._asking(lines[-1])
    speed_q, pace_q = SPEED_ASKED.search(ask), PACE_ASKED.search(ask)
    long_q, far_q = LONG_ASKED.search(ask), FAR_ASKED.search(ask)
    if long_q:
        speed_q = pace_q = None  # "at a 5:45 pace per km how long would a 10k take"
    if sum(map(bool, (speed_q or pace_q, long_q, far_q))) != 1 or SPEED_ASIDE.search(text):
        return None
    speeds, paces = ed._find(SPEED, lines), ed._find(PACE, lines)
    taken = _spans_of([*speeds, *paces])

    def free(found: list[tuple[int, re.Match[str]]]) -> list[tuple[int, re.Match[str]]]:
        return [
            (i, m) for i, m in found if not any(j == i and s <= m.start() < e for j, s, e in taken)
        ]

    dists = free(ed._find(DISTANCE, lines))
    taken += _spans_of(dists)
    times = free(ed._find(DURATION, lines))
    # money said is no figure of a speed ("the bike that cost £400")
    money_said = [(i, m) for i, m in ed._find(re.compile(rf"£(?:{NUM})"), lines)]
    used = [*taken, *_spans_of(times), *_spans_of(money_said)]
    if len(dists) > 1 or len(times) > 1 or len(speeds) + len(paces) > 1:
        return None
    if not ed._placed(lines, used):
        return None
    found = _speed_of(dists, times, speeds, paces, ask)
    if found and money_said:
        aside = " and ".join(m.group(0) for _, m in money_said)
        return Worked(f"{found.working} (the {aside} is no part of it)", found.number)
    return found


Found = list[tuple[int, re.Match[str]]]


def _speed_of(dists: Found, times: Found, speeds: Found, paces: Found, ask: str) -> Worked | None:
    """The speed, pace, time or distance asked, from the one distance, time, speed or pace
    read."""
    speed_q, pace_q = SPEED_ASKED.search(ask), PACE_ASKED.search(ask)
    long_q, far_q = LONG_ASKED.search(ask), FAR_ASKED.search(ask)
    ask_km = bool(re.search(r"\bkm\b|\bkph\b|\bkilomet|\bper k\b", ask))
    ask_mi = bool(re.search(r"\bmph\b|\bmiles?\b", ask))
    if ask_km and ask_mi:
        return None
    if dists and times and not speeds and not paces and (speed_q or pace_q):
        d, du = ed._n(dists[0][1]["d"]), dists[0][1]["u"]
        km = d if _km(du) else d * KM_A_MILE
        hours = _hours_of(times[0][1], km)
        if not hours or not d:
            return None
        in_km = ask_km or (_km(du) and not ask_mi)
        dist = km if in_km else km / KM_A_MILE
        shown = f"{count(d)} {'km' if _km(du) else 'miles' if d != 1 else 'mile'}"
        conv = ""
        if in_km != _km(du):
            conv = f" ({count(round(dist, 2))} {'km' if in_km else 'miles'})"
        took = _time_said(times[0][1])
        if pace_q and not speed_q:
            per = hours * 60 / dist
            unit = "km" if in_km else "mile"
            each = f"{_hm(per / 60)} a {unit}"
            return Worked(f"{shown}{conv} in {took} is {each} ({_pace_said(per)} per {unit})", each)
        v = dist / hours
        unit = "km/h" if in_km else "mph"
        about = "" if abs(v - round(v, 1)) < 1e-9 else "about "
        return Worked(
            f"{shown}{conv} in {took} ({count(round(hours, 4))} hours) is {about}"
            f"{count(round(v, 1))} {unit}",
            f"{about}{count(round(v, 1))} {unit}",
        )
    if dists and (speeds or paces) and not times and long_q:
        d, du = ed._n(dists[0][1]["d"]), dists[0][1]["u"]
        shown = f"{count(d)} {'km' if _km(du) else 'miles' if d != 1 else 'mile'}"
        if speeds:
            s = speeds[0][1]
            v, su = ed._n(s["s"]), s["u"]
            if _km(su) != _km(du) or not v:
                return None
            hours = d / v
            return Worked(f"{shown} ÷ {s.group(0)} is {_hm(hours)}", _hm(hours))
        p = paces[0][1]
        pu = p["u"] or p["u2"]
        if _km(pu) != _km(du):
            return None
        per = int(p["c1"]) + int(p["c2"]) / 60 if p["c1"] else ed._n(p["m"] or p["m2"])
        hours = d * per / 60
        return Worked(f"{count(d)} × {_hm(per / 60)} is {_hm(hours)}", _hm(hours))
    if times and speeds and not dists and far_q:
        s = speeds[0][1]
        hours = _hours_of(times[0][1], None)
        if not hours:
            return None
        unit = "km" if _km(s["u"]) else "miles"
        far = ed._n(s["s"]) * hours
        return Worked(
            f"{s.group(0)} for {_time_said(times[0][1])} is {count(round(far, 2))} {unit}",
            f"{count(round(far, 2))} {unit}",
        )
    return None


# --- turf, carpet, tiles, paint or decking at a price ------------------------------------------

_LEN = r"(?:m|metres?|meters?|mtrs?)"
SIZES = re.compile(
    rf"(?<![\w.£])(?P<a>{NUM}) ?{_LEN}? ?(?:by|x|×|\*) ?(?P<b>{NUM}) ?{_LEN}\b|"
    rf"(?<![\w.£])(?P<a2>{NUM}) ?{_LEN} ?(?:by|x|×|\*) ?(?P<b2>{NUM})\b(?! ?(?:cm|mm))|"
    rf"(?<![\w.£])(?P<a3>{NUM}) ?{_LEN} (?:wide|long|across)(?: and| by|,)? (?P<b3>{NUM}) ?"
    rf"{_LEN} (?:high|tall|deep|long|wide)\b"
)
_SQ = r"(?:a |per |/ ?|the |each )?(?:square met(?:re|er)|sq ?m|sqm|m2|m²|sq met(?:re|er)|sq\.? ?m)"
AREA_PRICE = re.compile(rf"£(?P<p>{NUM}) ?{_SQ}\b|£(?P<p2>{NUM}) ?(?:a|per) ?met(?:re|er) squared")
_SQ_END = r"m2|m²|sq m|sqm|square metre|square meter"
_PACKS = r"rolls?|box(?:es)?|packs?|tins?|tubs?|pots?|cans?|bags?|boards?|litres?|liters?"
PACK_PRICE = re.compile(
    rf"£(?P<p>{NUM}) ?(?:a|per|each|for (?:a|one|each)|/) ?(?P<u>{_PACKS})\b"
    rf"(?: of (?P<n>\d{{1,3}}))?|"
    rf"\b(?P<u2>{_PACKS}) (?:are|is|cost|costs|at|of \d+ (?:are|is|cost|costs|at)) £(?P<p2>{NUM})"
    rf"(?: (?:each|a (?:roll|box|pack|tin)))?|"
    rf"\b(?P<u3>{_PACKS}) of (?P<n3>\d{{1,3}}) (?:for|at|is|are|cost|costs) £(?P<p3>{NUM})|"
    # "a tin covers 13m2 and costs £15", "rolls are 1m2 at £2.99 each": the pack said before
    rf"(?<=\d)(?: ?(?:{_SQ_END}))(?: and|,)? (?:costs?|is|are|at|for) £(?P<p4>{NUM})"
    r"(?: each| a piece)?"
    r"(?! ?(?:a|per|/) ?(?:sq|square|m\b|m2|m²))"
)
# what one pack covers: "a roll is 1m²", "a tin covers 12 sq m", "each box does 1.5 sq m"
PACK_COVERS = re.compile(
    rf"(?:\b(?:1|one|a|each|per) (?:litre|liter|l|tin|roll|box|pack|tub|bag) )?"
    rf"\b(?:covers?|covering|does|do|is|are|each|=) (?:about |roughly |up to )?(?P<c>{NUM}) ?{_SQ}|"
    rf"(?<![\w.£])(?P<c2>{NUM}) ?{_SQ} (?:a|per|each|for each|in each|in a) (?:roll|box|pack|tin|"
    r"tub|bag|board)\b"
)
TILE_SIZE = re.compile(
    rf"(?<![\w.£])(?P<t>{NUM}) ?(?P<u>cm|mm) (?:square|sq)\b|(?<![\w.£])(?P<t2>{NUM}) ?(?:cm|mm)? ?"
    rf"(?:x|×|by) ?(?P<t3>{NUM}) ?(?P<u2>cm|mm)\b|"
    r"(?<![\w.£])(?P<t4>[1-9]\d\d) ?(?:x|×|by) ?(?P<t5>[1-9]\d\d)\b(?! ?(?:m\b|cm|metres?))"
)
# a price a piece: "£3.50 each", "£8 a slab", "tiles are £2 a tile"
PIECE_PRICE = re.compile(
    rf"£(?P<p>{NUM}) ?(?:each|apiece|a piece|(?:a|per) (?P<u>tile|slab|paver|board|plank|panel))\b"
)
WALLS = re.compile(
    rf"(?<![\w.£])(?P<k>\d|{WORD_NUM}) walls?\b(?=[^.?!]{{0,12}}\beach\b)|\b(?:one|1) wall\b"
)
COATS = re.compile(rf"(?<![\w.£])(?P<k>\d|{WORD_NUM}) coats?\b")
AREA_THINGS = re.compile(
    r"\b(?:turf|carpet|carpeting|tiles?|tiling|paint|painting|decking|laminate|flooring|lino|"
    r"vinyl|wallpaper|artificial grass|astroturf|grass seed|paving|slabs|gravel|underlay|"
    r"tins?|coats?|emulsion|fake grass|slabs?|pavers?)\b"
)
AREA_ASKED = re.compile(
    r"\bhow much\b|\bcost\b|\bprice\b|\btotal\b|\bcome to\b|\bspend\b|\bbudget\b|\bwhat'?s (?:it|"
    r"that|the damage|the bill)\b|\bwhats (?:it|that|the damage)\b|\bpay\b"
)
AREA_ASIDE = re.compile(
    r"\bwindows?\b|\bdoors?\b|\bminus\b|\bless\b|\bexcept\b|\bapart from\b|\bsubtract\b|"
    r"\bwaste\b|\bspares?\b|\bextra\b|\b% more\b|\bfitting\b|\bdelivery\b|\bplus\b|\bl[- ]shaped\b|"
    r"\bdiscount\b|\boff\b|\bboth\b|\btwo rooms\b|\bceilings? too\b"
)
# a height said beside a floor's sizes ("the ceiling is 2.4m high") is no figure of its floor
HEIGHT = re.compile(rf"\b(?:ceiling|ceilings)[a-z' ]{{0,12}}(?P<h>{NUM}) ?{_LEN}?(?: high| tall)?")


# A part of a lawn or floor left as it is ("the patio in the corner is 2m by 3m and thats
# staying", "minus the pond, 1m by 2m"): its area is taken off the whole.
KEPT_THING = re.compile(
    r"\b(patio|pond|shed|decking|flower ?bed|border|path|greenhouse|hearth|island|fireplace)\b"
)
KEPT_PART = re.compile(
    r"\b(?:staying|stays|stay as it is|keeping|we'?re keeping|kept|"
    r"(?:not|isn'?t|aren'?t) (?:being )?(?:turfed|"
    r"carpeted|tiled|covered|done|touched)|leaving (?:that|it|them)|left as it is|minus|except|"
    r"apart from|not including|stays put)\b"
)


def _clause_of(line: str, m: re.Match[str]) -> str:
    """The clause of `line` that says the sizes `m` found: the words around them up to a
    full stop or "but"."""
    cuts = (".", ",", ";", " but ")
    start = max(-1, *(line.rfind(c, 0, m.start()) for c in cuts))
    ends = [e for e in (line.find(c, m.end()) for c in cuts) if e != -1]
    return line[start + 1 : min(ends) if ends else len(line)].lower()


def _tiles_over(t: re.Match[str], covered: float, thing: str, steps: list[str]) -> int:
    """The tiles (or slabs) of the size `t` says ("30cm square", "600x600") that cover
    `covered` m², rounded up, the step said added to `steps`; 0 for a tile of no size."""
    unit = t["u"] or t["u2"] or "mm"
    w, h = ed._n(t["t"] or t["t2"] or t["t4"]), ed._n(t["t"] or t["t3"] or t["t5"])
    scale = 100 if unit == "cm" else 1000
    one = (w / scale) * (h / scale)
    if not one:
        return 0
    exact = round(covered / one, 6)
    n = math.ceil(exact - 1e-9)
    step = f"÷ {count(w)}{unit} × {count(h)}{unit} ({one:g} m²) is "
    if n == exact:
        steps.append(f"{step}{n} {thing}s")
    else:
        steps.append(f"{step}{count(round(exact, 2))}, so {n} {thing}s (rounded up)")
    return n


def _covered(lines: Sequence[str]) -> Worked | None:
    """The area of a floor, a lawn or a wall from its sides, times a price a square metre, or
    over what a pack covers (rounded up) times a price a pack; square tiles in boxes of so many;
    coats of paint times the area."""
    text = " ".join(lines)
    ask = ed._asking(lines[-1])
    if not AREA_ASKED.search(ask) or not AREA_THINGS.search(text) or AREA_ASIDE.search(text):
        return None
    costed = re.search(r"\bcost|\bprice|£|\bspend|\bmoney\b|\btotal\b|\bdamage\b|\bpay\b", ask)
    if re.search(r"\bhow many\b", ask) and not (costed or re.search(r"\bhow much\b", ask)):
        return None  # a count only: another reader's
    if not costed and re.search(
        r"\bhow much [a-z]+ (?:do|will|would|should|shall|must|to)\b|\bhow much (?:of it|paint)\b",
        ask,
    ):
        return None  # how much carpet is needed, not what it costs
    sizes = ed._find(SIZES, lines)
    prices, packs = ed._find(AREA_PRICE, lines), ed._find(PACK_PRICE, lines)
    pieces = [
        (i, m)
        for i, m in ed._find(PIECE_PRICE, lines)
        if not any(j == i and p.start() <= m.start() < p.end() for j, p in packs)
    ]
    packs = [
        (i, m) for i, m in packs if not any(j == i and p.start() <= m.end() for j, p in prices)
    ]
    kept = [(i, m) for i, m in sizes if KEPT_PART.search(_clause_of(lines[i], m))]
    if kept and (len(kept) != 1 or len(sizes) != 2 or not prices or kept[0] == sizes[0]):
        return None  # a part left as it is, with no whole to take it from: no cover of it
    whole = [(i, m) for i, m in sizes if (i, m) not in kept]
    if len(whole) != 1 or len(prices) + len(packs) + len(pieces) != 1:
        return None
    si, s = whole[0]
    a = ed._n(s["a"] or s["a2"] or s["a3"])
    b = ed._n(s["b"] or s["b2"] or s["b3"])
    coats = ed._find(COATS, lines)
    heights = ed._find(HEIGHT, lines) if not s["a3"] else []
    tiles = ed._find(TILE_SIZE, lines)
    covers = ed._find(PACK_COVERS, lines)
    walls = ed._find(WALLS, lines)
    used = _spans_of([*sizes, *prices, *packs, *pieces, *coats, *heights, *tiles, *covers, *walls])
    if len(coats) > 1 or len(tiles) > 1 or len(covers) > 1 or len(heights) > 1 or len(walls) > 1:
        return None
    if re.search(r"\bwalls\b", text) and not walls:
        return None  # walls of which sizes?
    if not ed._placed(lines, used) or not a or not b:
        return None
    painting = bool(re.search(r"\bpaint|\bcoats?\b|\btins?\b|\bemulsion\b", text))
    if coats and not painting:
        return None
    k = int(ed._num(coats[0][1]["k"])) if coats else 1
    n_walls = int(ed._num(walls[0][1]["k"])) if walls and walls[0][1]["k"] else 1
    area = round(a * b * n_walls, 4)
    steps = [f"{n_walls} × " * (n_walls > 1) + f"{count(a)} × {count(b)} is {count(area)} m²"]
    if kept:
        if n_walls > 1 or coats:
            return None
        part = kept[0][1]
        pa = ed._n(part["a"] or part["a2"] or part["a3"])
        pb = ed._n(part["b"] or part["b2"] or part["b3"])
        thing = KEPT_THING.search(_clause_of(lines[kept[0][0]], part))
        what = f"the {thing.group(1)}" if thing else "the part kept"
        left = round(area - pa * pb, 4)
        if left <= 0:
            return None
        steps.append(
            f"less {what} ({count(pa)} × {count(pb)} is {count(pa * pb)} m²) is {count(left)} m²"
        )
        area = left
    if heights:
        steps[0] += f" (the {count(ed._n(heights[0][1]['h']))}m ceiling is no part of the floor)"
    covered = area * k
    if k > 1:
        steps.append(f"× {k} coats is {count(round(covered, 4))} m²")
    if prices:
        if tiles or covers or (painting and k > 1):
            return None
        p = prices[0][1]
        price = ed._n(p["p"] or p["p2"])
        cost = covered * price
        steps.append(f"× {ed._m(price)} a m² is {ed._m(cost)}")
        return Worked(", ".join(steps), ed._m(cost))
    if pieces:
        if covers or len(tiles) != 1 or painting:
            return None
        thing = pieces[0][1]["u"] or "tile"
        thing = next((t for t in ("slab", "paver", "board", "plank", "panel") if t in text), thing)
        n = _tiles_over(tiles[0][1], covered, thing, steps)
        if not n:
            return None
        price = ed._n(pieces[0][1]["p"])
        steps.append(f"{n} × {ed._m(price)} is {ed._m(n * price)}")
        return Worked(", ".join(steps), f"{n} {thing}s, {ed._m(n * price)}")
    p = packs[0][1]
    unit = p["u"] or p["u2"] or p["u3"]
    if not unit:
        said = re.search(rf"\b(?:{_PACKS})\b", text)
        if not said or said.group(0).startswith("lit"):
            return None
        unit = said.group(0)
    unit = "box" if unit.startswith("box") else re.sub(r"s$", "", unit).replace("liter", "litre")
    price = ed._n(p["p"] or p["p2"] or p["p3"] or p["p4"])
    per_pack = p["n"] or p["n3"]
    plural = "boxes" if unit == "box" else unit + "s"
    if tiles:
        if covers or not per_pack:
            return None
        n_tiles = _tiles_over(tiles[0][1], covered, "tile", steps)
        if not n_tiles:
            return None
        in_box = int(per_pack)
        boxes = math.ceil(n_tiles / in_box - 1e-9)
        steps.append(f"in boxes of {in_box}, {boxes} boxes (rounded up)")
        steps.append(f"× {ed._m(price)} is {ed._m(boxes * price)}")
        return Worked(", ".join(steps), f"{boxes} boxes, {ed._m(boxes * price)}")
    if per_pack or not covers:
        return None
    c = covers[0][1]
    each = ed._n(c["c"] or c["c2"])
    if not each:
        return None
    exact = round(covered / each, 6)
    n = math.ceil(exact - 1e-9)
    if n == exact:
        steps.append(f"÷ {count(each)} m² a {unit} is {n} {plural if n != 1 else unit}")
    else:
        steps.append(
            f"÷ {count(each)} m² a {unit} is {count(round(exact, 2))}, so {n} "
            f"{plural if n != 1 else unit} (rounded up)"
        )
    steps.append(f"× {ed._m(price)} is {ed._m(n * price)}")
    return Worked(", ".join(steps), f"{n} {plural if n != 1 else unit}, {ed._m(n * price)}")


# --- the readers, in order -------------------------------------------------------------------

READERS: tuple[Callable[[Sequence[str]], Worked | None], ...] = (
    _allowance,
    _metered,
    _instalments,
    _exchanged,
    _speeds,
    _covered,
)

ASKED = folded(
    r"\b(?:how much|how many|how long|how far|how fast|each|per|cost|total|come to|spend|pay|"
    r"bill|owe|instal\w*|monthly|a month|speed|pace|mph|km/?h|kph|get|time|price|damage|what'?s|"
    r"whats|charged?)\b|£|€|\$",
    re.I,
)


def asks(line: str) -> bool:
    """Whether `line` may ask a plan's bill, an instalment, money changed, a speed, a pace or a
    time, or what a floor's covering costs."""
    return ASKED.search(line) is not None


@lru_cache(maxsize=256)
def _read(said: tuple[str, ...]) -> Worked | None:
    lines = [QUID.sub(r"£\g<n>", t) for t in said_plainly(said)]
    return read_by(READERS, lines) if asks(lines[-1]) else None


def worked(lines: Sequence[str]) -> Worked | None:
    """The sum of one of the five classes that the last of `lines` (oldest first) asks, worked
    when every figure of the lines read has its place; None otherwise."""
    return _read(tuple(lines))


QUID = re.compile(rf"(?<![\w.£])(?P<n>{NUM}) ?(?:quid|pounds|pound|gbp)\b(?! (?:a|per|each)\b)")
