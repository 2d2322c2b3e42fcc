"""Everyday sums of saving, tickets, contracts and ages (lead61), read from the ask and the
lines said before it, each only when every figure of the lines it reads has its place
(`bots.everyday._placed`): a wrong answer is rated lower than a decline.

- months (or weeks) to save a sum when several each put in so much ("£2,700 for all of us",
  "4 of us each putting in £45 a month": £180 a month, 15 months), less what is saved already;
- tickets at a price for adults and another for children, with the count of each ("£18
  adults and £11 kids", "5 adults and 2 kids": £112); a cost someone pays apart ("parking's £6
  but tom's sorting that himself") is no part of them;
- a monthly contract over its months ("£32 a month for 24 months": £768), with a cost paid up
  front added;
- the year someone was born from the age they turn in a year ("turns 90 on her birthday in
  2031": 1941);
- a yearly bill paid monthly, shared ("£468 for the year", "monthly", "each per month for the
  three of us": £13).

`worked(lines)` gives the sum the last of `lines` asks (oldest first), or None."""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from functools import lru_cache

from bots.everyday import NUM, Used, _find, _n, _placed, read_by, said_plainly
from bots.product import WORD_NUMBERS
from bots.reckon import money
from bots.solve_time import _ordinal
from bots.wordsum import Worked, count

_COUNT = r"\d{1,2}|two|three|four|five|six|seven|eight|nine|ten"


def _k(said: str) -> int:
    return WORD_NUMBERS.get(said, 0) or int(said)


# --- saving a sum between several ------------------------------------------------------------

GOAL = re.compile(
    rf"£(?P<g>{NUM})(?P<k>k)?\s?(?:for (?:all of us|everyone|the lot|the whole thing|us all)|"
    r"(?:all in|in total|altogether|total))\b|"
    r"\b(?:comes? to|costs?|is|need|target(?: is| of)?|goal(?: is| of)?|save(?: up)?)"
    rf"\s+£(?P<g2>{NUM})"
    r"(?P<k2>k)?\b(?!\s?(?:a|per|each|/)\s?(?:month|week|person|head))(?!\s?(?:each|pp|a head))"
)
EACH_COST = re.compile(rf"£(?P<c>{NUM})\s?(?:each|pp|per person|a head)\b")
EACH_PUT = re.compile(
    rf"(?<![\d.£])(?P<n>{_COUNT}) of us (?:each |are each |all )?"
    r"(?:putting|put|paying|chipping|saving)"
    rf"(?: in| away| aside)? £(?P<x>{NUM}) (?:a|per|each|every) (?P<u>month|week)\b|"
    rf"\b(?:each|every one) of (?:the )?(?P<n2>{_COUNT}) of us (?:puts?|pays?|saves?|chips?)"
    rf"(?: in| away| aside)? £(?P<x2>{NUM}) (?:a|per|each|every) (?P<u2>month|week)\b"
)
SAVED = re.compile(
    rf"\b(?:saved|got|put by|put away|in the pot|already have|already got)\s+£(?P<s>{NUM})"
    r"(?: already| so far| saved)?\b|"
    rf"£(?P<s2>{NUM}) (?:saved|in the pot|already|so far)\b"
)
HOW_LONG_ASKED = re.compile(
    r"\bhow (?:many|long)\b[^?]*\b(?:months?|weeks?|till|until|til|before|to save|take)\b|"
    r"\bhow long\b"
)


def _saving_time(lines: Sequence[str]) -> Worked | None:
    """The months or weeks to save a goal when several each put in so much."""
    if not HOW_LONG_ASKED.search(lines[-1]):
        return None
    each_costs = _find(EACH_COST, lines)
    if each_costs:
        # "the trip is £700 each, 4 of us putting in £50 a month": each saves for their own
        # share (never £700 as the whole: review35)
        puts = _find(EACH_PUT, lines)
        if len(each_costs) != 1 or len(puts) != 1 or _find(SAVED, lines):
            return None
        (i, c), (j, p) = each_costs[0], puts[0]
        share, each, unit = _n(c["c"]), _n(p["x"] or p["x2"]), p["u"] or p["u2"]
        if not each or not _placed(lines, [(i, *c.span()), (j, *p.span())]):
            return None
        exact = share / each
        times = math.ceil(exact - 1e-9)
        n = _k(p["n"] or p["n2"])
        working = (
            f"{n} of you each putting {money(each)} a {unit} towards {money(share)} each: "
            f"{money(share)} ÷ {money(each)} is {count(round(exact, 2))}"
        )
        working += f", so {times} {unit}s (rounded up)" if times != exact else f" {unit}s"
        return Worked(working, f"{times} {unit}s")
    goals, puts, saved = (_find(p, lines) for p in (GOAL, EACH_PUT, SAVED))
    if len(goals) != 1 or len(puts) != 1 or len(saved) > 1:
        return None
    (i, g), (j, p) = goals[0], puts[0]
    goal = _n(g["g"] or g["g2"]) * (1000 if (g["k"] or g["k2"]) else 1)
    n, each, unit = _k(p["n"] or p["n2"]), _n(p["x"] or p["x2"]), p["u"] or p["u2"]
    used: Used = [(i, *g.span()), (j, *p.span())]
    have = 0.0
    if saved:
        k, s = saved[0]
        have = _n(s["s"] or s["s2"])
        used.append((k, *s.span()))
    if not (1 < n <= 20 and each > 0 and goal > have) or not _placed(lines, used):
        return None
    per = n * each
    left = goal - have
    exact = left / per
    times = math.ceil(exact - 1e-9)
    working = f"{n} × {money(each)} is {money(per)} a {unit}"
    if have:
        working = f"{money(goal)} less the {money(have)} saved is {money(left)}; {working}"
    working += f"; {money(left)} ÷ {money(per)} is {count(round(exact, 2))}"
    if times != exact:
        working += f", so {times} {unit}s (rounded up)"
    else:
        working += f" {unit}s"
    return Worked(working, f"{times} {unit}s")


# --- tickets for adults and children ---------------------------------------------------------

_ADULT = r"adults?|grown[- ]?ups?"
_CHILD = r"kids?|child(?:ren)?|under[- ]?16s?|concessions?|students?|oaps?|seniors?"
PRICE_FOR = re.compile(
    rf"£(?P<p>{NUM})\s?(?:for |an? |per |each for )?(?P<w>{_ADULT}|{_CHILD})\b|"
    rf"\b(?P<w2>{_ADULT}|{_CHILD})(?: tickets?)? (?:are|is|at|cost|costs|=|:)? ?£(?P<p2>{NUM})\b"
)
COUNT_OF = re.compile(
    rf"(?<![\d.£])(?P<n>{_COUNT}) (?P<w>{_ADULT}|{_CHILD})\b(?! (?:are|is|at|cost))"
)
APART = re.compile(
    r"\b(?:himself|herself|themselves|separately|sorting (?:that|it)|covering (?:that|it)|"
    r"paying for (?:that|it)|not included|on (?:him|her|them)|don'?t count|doesn'?t count)\b"
)
TICKETS_ASKED = re.compile(
    r"\b(?:total|how much|cost|come to|comes to|price|pay|spend|whats the damage)\b"
)


def _kind(word: str) -> str:
    return "adult" if re.fullmatch(_ADULT, word) else "child"


def _tickets(lines: Sequence[str]) -> Worked | None:
    """Tickets for so many adults and so many children at a price each."""
    if not TICKETS_ASKED.search(lines[-1]) or re.search(r"\beach\b|\bsplit\b", lines[-1]):
        return None
    if any(re.search(r"\bfree\b|\bunder[- ]?\d|\bunder \w+s\b|\bhalf price\b", t) for t in lines):
        return None  # "under 5s free": who goes free is not said (review35)
    prices, counts = _find(PRICE_FOR, lines), _find(COUNT_OF, lines)
    by_kind: dict[str, tuple[float, tuple[int, re.Match[str]]]] = {}
    for i, m in prices:
        kind = _kind(m["w"] or m["w2"])
        if kind in by_kind:
            return None
        by_kind[kind] = (_n(m["p"] or m["p2"]), (i, m))
    many: dict[str, tuple[int, tuple[int, re.Match[str]]]] = {}
    for i, m in counts:
        if any(j == i and p.start() <= m.start() < p.end() for j, p in prices):
            continue
        kind = _kind(m["w"])
        if kind in many:
            return None
        many[kind] = (_k(m["n"]), (i, m))
    if set(by_kind) != {"adult", "child"} or set(many) != set(by_kind):
        return None
    used: Used = [(i, *m.span()) for _v, (i, m) in [*by_kind.values(), *many.values()]]
    apart = []
    for i, text in enumerate(lines):
        if APART.search(text) and i != len(lines) - 1:
            apart += [(i, *m.span()) for m in re.finditer(r"£\d[\d,.]*", text)]
    if not _placed(lines, [*used, *apart]):
        return None
    parts = []
    total = 0.0
    for kind in ("adult", "child"):
        price, n = by_kind[kind][0], many[kind][0]
        total += price * n
        said = many[kind][1][1]["w"]
        parts.append(f"{n} {said} × {money(price)} is {money(price * n)}")
    working = "; ".join(parts) + f"; {money(total)} in all"
    if apart:
        i, a, b = apart[0]
        working += (
            f" (the {lines[i][a:b]} is paid apart)"
            if len(apart) == 1
            else " (the rest is paid apart)"
        )
    return Worked(working, money(total))


# --- a contract over its months --------------------------------------------------------------

MONTHLY_FOR = re.compile(
    rf"£(?P<p>{NUM})\s?(?:a|per|/|p)\s?(?:month|m|mth)\b[^.?!]{{0,25}}?\b(?:for|over|x|×) "
    rf"(?P<n>{NUM}) ?(?:months|mths|m)\b"
)
UPFRONT = re.compile(rf"£(?P<u>{NUM})\s?(?:up ?front|upfront|to start|setup|set ?up fee|deposit)\b")
WHOLE_ASKED = re.compile(
    r"\b(?:whole|entire|total|in total|altogether|all in|over the (?:\d+ months|contract|term|"
    r"lot|years?)|full)\b"
)


def _contract(lines: Sequence[str]) -> Worked | None:
    """A monthly price over a contract's months, with a sum paid up front."""
    if not WHOLE_ASKED.search(lines[-1]) or re.search(r"\beach\b|\bsplit\b", lines[-1]):
        return None
    terms, fronts = _find(MONTHLY_FOR, lines), _find(UPFRONT, lines)
    if len(terms) != 1 or len(fronts) > 1:
        return None
    i, m = terms[0]
    price, n = _n(m["p"]), _n(m["n"])
    if not (1 < n <= 60 and n == int(n)):
        return None
    used: Used = [(i, m.start(), m.start() + len(m["p"]) + 1), (i, m.start("n"), m.end("n"))]
    total = price * n
    working = f"{money(price)} × {count(n)} months is {money(total)}"
    if fronts:
        k, f = fronts[0]
        up = _n(f["u"])
        used.append((k, *f.span()))
        total += up
        working += f", + {money(up)} up front is {money(total)}"
    # (an allowance said beside it, "30gb data", "500 minutes", is no money of it)
    free = [
        (k, *d.span())
        for k, d in _find(re.compile(r"\b\d+ ?(?:gb|mb|tb|minutes|mins|texts)\b"), lines)
    ]
    if not _placed(lines, [*used, *free]):
        return None
    return Worked(working, money(total))


# --- the year someone was born ---------------------------------------------------------------

TURNS_IN = re.compile(
    r"\b(?:turns?|turning|will be|be) (?P<a>\d{1,3})\b[^.?!]{0,30}?\bin (?P<y>(?:19|20)\d\d)\b|"
    r"\bin (?P<y2>(?:19|20)\d\d)\b[^.?!]{0,30}?\b(?:turns?|turning|will be|was|be) "
    r"(?P<a2>\d{1,3})\b|"
    r"\b(?:was|were) (?P<a3>\d{1,3})\b[^.?!]{0,20}?\bin (?P<y3>(?:19|20)\d\d)\b"
)
BORN_ASKED = re.compile(
    r"\b(?:what|which) year\b[^?]*\bborn\b|\bborn in (?:what|which) year\b|"
    r"\bwhen was (?:she|he|they|i|you) born\b|\byear of birth\b"
)


def _born(lines: Sequence[str]) -> Worked | None:
    """The year of birth from the age someone is in a year: on their birthday that year."""
    if not BORN_ASKED.search(lines[-1]):
        return None
    found = _find(TURNS_IN, lines)
    if len(found) != 1:
        return None
    i, m = found[0]
    age, year = int(m["a"] or m["a2"] or m["a3"]), int(m["y"] or m["y2"] or m["y3"])
    if not 0 < age < 120 or not _placed(lines, [(i, *m.span())]):
        return None
    turned = bool(m["a"] or m["a2"]) and not re.search(r"\bwas\b", m.group(0))
    if not turned:
        # "was 40 in 2010": born in 1970, or in 1969 if her birthday came later that year
        return Worked(
            f"{year} − {age} is {year - age}: born in {year - age}, or in {year - age - 1} if "
            f"the {_ordinal(age + 1)} birthday came later in {year}",
            f"{year - age} or {year - age - 1}",
        )
    return Worked(f"{year} − {age} is {year - age}", str(year - age))


# --- a yearly bill paid monthly, shared ------------------------------------------------------

YEAR_BILL = re.compile(
    rf"£(?P<b>{NUM})\s?(?:for the year|a year|per year|per annum|a yr|annually|for a year|/year|"
    r"/yr|yearly)\b"
)
SHARED_BY = re.compile(rf"\b(?:the |between the |between |for the |all )?(?P<n>{_COUNT}) of us\b")
MONTH_EACH_ASKED = re.compile(
    r"\b(?:each|per person|pp|a head|apiece)\b[^?]*\b(?:a|per|each|every) month\b|"
    r"\b(?:a|per|each|every) month\b[^?]*\b(?:each|per person|pp|a head|apiece)\b|"
    r"\beach per month\b|\bmonthly each\b|\beach monthly\b"
)


def _year_shared(lines: Sequence[str]) -> Worked | None:
    """A yearly bill over 12 months, shared between so many."""
    if not MONTH_EACH_ASKED.search(lines[-1]):
        return None
    bills, shared = _find(YEAR_BILL, lines), _find(SHARED_BY, lines)
    if len(bills) != 1 or len(shared) != 1:
        return None
    (i, b), (j, s) = bills[0], shared[0]
    bill, n = _n(b["b"]), _k(s["n"])
    used: Used = [(i, *b.span()), (j, *s.span())]
    months = [
        (k, m.span())
        for k, m in _find(re.compile(r"\b(?:over |in )?12 (?:months|monthly)\b"), lines)
    ]
    used += [(k, *span) for k, span in months]
    if not 1 < n <= 20 or not _placed(lines, used):
        return None
    month = bill / 12
    each = month / n
    share = money(round(each, 2))
    working = f"{money(bill)} ÷ 12 is {money(round(month, 2))} a month; ÷ {n} is {share} each"
    return Worked(working, f"{share} each a month")


# --- a pack bought between several ----------------------------------------------------------

PACK_PRICED = re.compile(
    r"\b(?:a|one|the|1) (?P<pack>tube|box|pack|packet|bag|crate|case|tin|set|tray|multipack|"
    rf"roll|carton|bundle) of (?P<n>{NUM}) (?P<things>[a-z]+)(?: [a-z]+)? "
    rf"(?:is|are|costs?|for|at|=) £(?P<p>{NUM})\b"
)
CHIPPED = re.compile(
    rf"\b(?:if|with|when|and) (?P<m>{_COUNT}) of us (?:all )?(?:chip in|chipping in|split it|"
    r"split that|share it|share|pay|go halves|club together|put in)\b|"
    rf"\b(?:between|among|split|shared|split between|divided between) (?:the )?(?P<m2>{_COUNT})"
    r" (?:of us|people|ways)\b"
)
EACH_ASKED = re.compile(r"\b(?:each|per person|pp|a head|apiece|everyone)\b")


def _pack_split(lines: Sequence[str]) -> Worked | None:
    """A pack of so many things at a price, its cost shared by so many people: each person's
    share of the money, not the price of one thing."""
    if not EACH_ASKED.search(lines[-1]):
        return None
    packs, chips = _find(PACK_PRICED, lines), _find(CHIPPED, lines)
    if len(packs) != 1 or len(chips) != 1:
        return None
    (i, p), (j, c) = packs[0], chips[0]
    price, m = _n(p["p"]), _k(c["m"] or c["m2"])
    if not 1 < m <= 30 or not _placed(lines, [(i, *p.span()), (j, *c.span())]):
        return None
    each = round(price / m, 2)
    return Worked(
        f"the {p['pack']} of {p['n']} at {money(price)} between {m} of you is {money(each)} each",
        f"{money(each)} each",
    )


# --- things to buy against money held --------------------------------------------------------

_THING = r"(?:[a-z]+ ){0,3}?"
# "£68 a set", "£12 each", "£4.50 per ticket": the price of one
PRICE_ONE = re.compile(
    rf"£(?P<p>{NUM})\s?(?:each|apiece|a piece|(?:a|per|for a|for one|each for a) [a-z]+)\b"
)
# "5 sets at £68", "8 tickets @ £12 each": a count at a price
AT_PRICE = re.compile(
    rf"(?<![\d.£])(?P<n>{_COUNT}) {_THING}(?:at|@) £(?P<p>{NUM})"
    r"(?:\s?(?:each|apiece|a piece|(?:a|per) [a-z]+)\b)?"
)
# "we need 5 sets", "need to buy 8"
NEED_COUNT = re.compile(
    rf"\bneed (?:to (?:buy|get|order|replace|kit out) )?(?:another )?(?P<n>{_COUNT})\b"
    r"(?!\s?(?:%|£|p\b))"
)
HELD = re.compile(
    rf"\b(?:got|have|saved|raised|put by|put away)\s+£(?P<h>{NUM})(?![\d.]|\s?(?:each|a |per ))|"
    rf"£(?P<h2>{NUM}) (?:in the (?:kitty|pot|bank|fund|tin|club account)|saved|raised|so far)\b"
)
SHORT_ASKED = re.compile(
    r"\bhow (?:short|much (?:more|short|extra|else))\b|\bhow much (?:do|will|would) (?:we|i|you) "
    r"(?:still )?need\b|\bshortfall\b|\b(?:are we|am i|is that) short\b|\bleft to (?:raise|find)\b|"
    r"\bstill (?:need|to (?:raise|find))\b|\bneed to (?:raise|find)\b|\bis (?:that|it) enough\b|"
    r"\bhave we got enough\b|\bdo we have enough\b"
)


def _short_of(lines: Sequence[str]) -> Worked | None:
    """Money short for so many things at a price of one, against money held ("new wheels are
    £68 a set and we need 5 sets, we've got £290 in the kitty, how short are we": 5 × £68 is
    £340; less the £290 held, £50 short)."""
    if not SHORT_ASKED.search(lines[-1]):
        return None
    held = _find(HELD, lines)
    if len(held) != 1:
        return None
    at = _find(AT_PRICE, lines)
    used: Used = []
    if len(at) == 1 and not _find(NEED_COUNT, lines):
        i, m = at[0]
        n, price = _k(m["n"]), _n(m["p"])
        used.append((i, *m.span()))
    else:
        prices, needs = _find(PRICE_ONE, lines), _find(NEED_COUNT, lines)
        if at or len(prices) != 1 or len(needs) != 1:
            return None
        (i, pm), (j, nm) = prices[0], needs[0]
        n, price = _k(nm["n"]), _n(pm["p"])
        used += [(i, *pm.span()), (j, *nm.span())]
    k, h = held[0]
    have = _n(h["h"] or h["h2"])
    used.append((k, *h.span()))
    if not (1 < n <= 500 and price > 0) or not _placed(lines, used):
        return None
    cost = n * price
    working = f"{n} × {money(price)} is {money(cost)}; "
    if have >= cost:
        over = have - cost
        tail = f", {money(over)} to spare" if over else ", exactly"
        return Worked(f"{working}the {money(have)} you have covers it{tail}", "enough")
    short = cost - have
    return Worked(f"{working}less the {money(have)} you have, {money(short)} short", money(short))


READERS = (
    _saving_time,
    _tickets,
    _contract,
    _born,
    _year_shared,
    _pack_split,
    _short_of,
)

ASKS_ANY = re.compile(
    r"\bhow (?:many|long|much)\b|\btotal\b|\bcost\b|\bborn\b|\bmonth\b|\bcome to\b|"
    r"\bwhole\b|\bprice\b|\bpay\b|\beach\b|\bshort|\benough\b|\bstill need\b|\bto raise\b"
)


def asks(line: str) -> bool:
    """Whether `line` might ask one of these sums: a quick look before the reading."""
    return bool(ASKS_ANY.search(line.lower()))


def worked(lines: Sequence[str]) -> Worked | None:
    """The sum the last of `lines` asks, with the lines before it (oldest first), by the reader
    of its class; None when no reader places every figure."""
    return _worked(tuple(lines))


@lru_cache(maxsize=256)
def _worked(said: tuple[str, ...]) -> Worked | None:
    return read_by(READERS, said_plainly(said))
