"""A general reader for the sums people put to the mathematician in words (a prototype).

The readers in `bots.wordsum` and `bots.reckon` each read one shape of sentence; a room nobody
has seen asks a new shape. This one reads in two layers instead:

1. `quantities`: every figure in the text with its unit (£, litres, miles, mpg, kWh, miles per
   kWh, days, hours, minutes, people, or the plural noun after it: "30 iftars") and what it is
   per ("a litre", "per kWh", "a day", "each", "a car"), plus the words just before it ("vs last
   month at", "instead of", "half ... at").
2. `read`: relations between those quantities, each named by the units it needs (price per unit
   x amount of that unit; miles / mpg -> litres; a pool split by heads plus a share each; a
   count split among groups with a remainder...), evaluated step by step and said as working.

A reading is given only when it is the one reading: two figures that could fill one role (two
head counts that differ, two prices with nothing to tell them apart) give None, since a wrong
sum is worse than none. Dates, times, scores, phone numbers and "3 for 2" have no units and no
asked quantity of these kinds, so nothing reads them.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, replace

from bots.fold import folded
from bots.reckon import MONTH, REACHED, U_KNOWN, U_NOT, Unit, alternatives, cancelled, unit_of
from bots.wordsum import (
    _WORDS,
    ADDED,
    AVERAGE_AIMED,
    EACH,
    MONEY,
    NUM,
    SUM_PUT,
    TIMES_OVER,
    UPLIFT,
    Worked,
    _clean,
    _n,
    _people,
    count,
    money,
)

GALLON_LITRES = 4.546  # a UK gallon: "45mpg" is miles per one of these

# A unit named after a figure, longest first ("miles per kwh" before "miles").
_UNIT = re.compile(
    r"\s?(?P<u>mpg|miles? (?:per|a|/) ?kwh|mi/kwh|kwh|litres?|liters?|miles?|days?|weeks?|"
    r"hours?|hrs?|mins?|minutes?|people|persons?|of us|households?|families|"
    r"(?!(?:this|thus|was|has|plus|less|minus|always|yes|its|pls|thanks)\b)[a-z]{3,}s)\b"
)
_UNIT_NAME = {
    "liter": "litre",
    "hr": "hour",
    "min": "minute",
    "person": "people",
    "of us": "people",
    "families": "household",
}
# What a figure is per: "a litre", "per kwh", "a day", "each", "a car", "per iftar".
_PER = re.compile(r"\s?(?:(?:(?:a|an|per|every)\s|/\s?)(?P<per>[a-z]+)\b|(?P<each>each|apiece)\b)")
_GROUPS = ("people", "household")
FIGURE = re.compile(rf"(?<![\w.,:/£$€-]){NUM}(?![\d:/-]|st\b|nd\b|rd\b|th\b)")
PERCENT_UP = re.compile(
    r"\b(?:up|rise|rises|risen|more|increase|increased|go up|goes up) (?:by )?"
    r"(?P<a>\d{1,3}(?:\.\d+)?)\s?%|(?P<b>\d{1,3}(?:\.\d+)?)\s?% (?:up|more|rise|higher|increase)"
)
# A figure said with a part of something: "half my charging is rapid at 79p".
_PART = {"half": 0.5, "a third": 1 / 3, "a quarter": 0.25, "quarter": 0.25}
PART_AT = re.compile(r"\b(?P<part>half|a third|a quarter|quarter)\b[^.?!£\d]{0,40}\bat\b")
ROUND_TRIP = re.compile(
    r"\beach way\b|\bback empty\b|\bthere and back\b|\breturn (?:trip|journey)\b"
)
# Asked in words the everyday readers do not take for a sum: "and if half ... at 79p", "what
# average do we need", "is 67 cars possible".
ASKED_TOO = re.compile(r"\b(?:and|what) if\b|\baverage\b|\bpossible\b|\benough time\b|\bhow old\b")
PUT_IN_EACH = re.compile(
    r"\beach (?:put|puts|chip|chipped|paid|pay|give|gave)(?: in)? (?:about )?$"
)
# Words that make a text not a sum of these kinds at all: "3 for 2", a time, a score, a phone
# number; ages ("we're all 17, 18 and 19"); a size that is a limit ("4 words max"); money in
# another currency (the working is said in pounds).
_NOT_A_SUM = re.compile(
    r"(?<![£$€\d,.:])\b\d+ for \d+\b|\b\d{1,2}:\d\d\b|\b\d+\s?-\s?\d+\b|\+?\d{5,}\b|"
    r"\bages?\b|\baged\b|\byears? old\b|\byear olds?\b|\bbirthday\b|"
    r"\b\d+\s?[a-z]*\s(?:max|maximum|tops|or less|or fewer)\b|\b(?:max|maximum|at most) \d|"
    r"[$€]|\b(?:dollars?|euros?|bucks)\b"
)
# Words that add a price each to a share of a sum ("add the entry at £13.50 each", "£8 each on
# top", "plus £15 each"); a choice between them ("£68 or singles are £19 each, which is
# cheaper") is no total of the two.
CHOICE = re.compile(r"\bor\b|\bcheaper\b|\bbetter value\b|\bwhich\b")
# What is asked for: a sum of money ("how much a month", "what's that per person per night",
# "what did i earn") or a count of a unit ("how many months to reach £1,000"); what follows
# "how much" when it is a thing, not money ("how much flour", "how much more fuel"), is not.
ASKED_MONEY = re.compile(
    r"\bhow much\b(?! (?!is\b|does\b|do\b|did\b|will\b|would\b|are\b|was\b|that\b|it\b|a\b|"
    r"an\b|per\b|each\b|for\b|to\b|in\b|on\b|we\b|i\b|you\b|altogether\b|all\b)[a-z]+)|"
    r"\bwhat(?:'s| is| does| did| do| will| would) (?:that|it|this|i|we|the cost|the total)\b|"
    r"\bwhat(?:'s| is) the (?:[a-z]+ )?(?:cost|total|price|bill)\b|"
    r"\bwhat (?:will|would|does|did) (?:the |it |that )?(?:[a-z]+ )?cost\b|"
    # "can you work out what that comes to"
    r"\bwhat (?:that|it|this|the fuel|the petrol|the diesel) (?:comes?|came|works? out|adds? up)"
    r" to\b"
)
ASKED_COUNT = re.compile(r"\bhow many (?P<u>[a-z]+)\b")
# What the asked quantity is per, said after the asking: "per person per night", "a month",
# "each"; and a stretch it is taken over ("each over a year").
ASKED_PER = re.compile(r"\b(?:per|a|an|every) (?P<per>[a-z]+)\b|\b(?P<each>each)\b")
COST_NAMED = re.compile(r"\b(?:cost|costs|price|spend|pay)\b")
OVER_A = re.compile(r"\bover an? (?P<span>[a-z]+)\b")
# Words that leave someone or something out of a count ("jess doesn't pay", "the twins go
# free", "not counting sandra", "but sam only pays half"): more than products, so not read here.
LEFT_OUT = re.compile(
    r"\bnot\b|n't\b|\b(?:doesnt|dont|isnt|arent|wont|cant|didnt|aint)\b|\bfree\b|\bexcept\b|\bbut\b|"
    r"\bonly\b|\bexcluding\b"
)


@dataclass(frozen=True)
class Quantity:
    value: float
    unit: str  # "£", "litre", "mile", "mpg", "kwh", "mi/kwh", "day", "people", "iftar", ""
    per: str  # "" or what it is per: "litre", "day", "each", "iftar"
    at: int  # where it starts in the text
    before: str  # the words just before it
    said: str = ""  # as said: "£2,100", "7 nights", "148p a litre"
    each: bool = False  # said as each one's ("we each put £40 a month in"), beside its per


def _unit(word: str) -> str:
    """The unit a word after a figure names, singular: "litres" -> "litre"."""
    if "kwh" in word and word != "kwh":
        return "mi/kwh"
    word = _UNIT_NAME.get(word, word)
    return _UNIT_NAME.get(word.rstrip("s"), word.rstrip("s")) if word.endswith("s") else word


def quantities(text: str) -> list[Quantity]:
    """Every figure in `text` (cleaned), in order, with its unit and what it is per."""
    found: list[Quantity] = []
    taken: list[tuple[int, int]] = []
    for m in MONEY.finditer(text):
        value = (
            _n(m.group("a") or m.group("b") or "0") if not m.group("p") else _n(m.group("p")) / 100
        )
        found.append(_quantity(text, value, "£", m.start(), m.end()))
        taken.append(m.span())
    for m in FIGURE.finditer(text):
        if any(a <= m.start() < b for a, b in taken) or text[m.end() : m.end() + 1] == "%":
            continue
        unit = _UNIT.match(text, m.end())
        end = unit.end() if unit else m.end()
        found.append(
            _quantity(text, _n(m.group()), _unit(unit.group("u")) if unit else "", m.start(), end)
        )
    return _once(_things_of(sorted(found, key=lambda q: q.at)))


def _things_of(qs: list[Quantity]) -> list[Quantity]:
    """A bare figure a day, a week ("i read about 40 a day") as so many of the one thing another
    figure counts ("340 pages left"): 40 pages a day; as it was when no one thing is counted."""
    things = {q.unit for q in qs if q.unit and _dim(q.unit)[0].startswith("#")} - {*_GROUPS}
    if len(things) != 1:
        return qs
    thing = things.pop()
    return [
        replace(q, unit=thing) if not q.unit and q.per and _dim(q.per)[0] == "time" else q
        for q in qs
    ]


def _once(qs: list[Quantity]) -> list[Quantity]:
    """Each sum of money once: the same sum said twice ("entry is £13.50 concession", then "add
    the entry at £13.50 each") is one figure, kept where it says what it is per; two of them
    would be two roles for one figure, and a share of the one at the price of the other."""
    out: list[Quantity] = []
    for q in qs:
        same = next((o for o in out if o.unit == "£" == q.unit and o.value == q.value), None)
        if not same:
            out.append(q)
        elif q.per and not same.per:
            out[out.index(same)] = q
    return out


def _quantity(text: str, value: float, unit: str, start: int, end: int) -> Quantity:
    per = _PER.match(text, end)
    said = ""
    if per:
        said = "each" if per.group("each") else _unit(per.group("per"))
    each = unit == "£" and bool(PUT_IN_EACH.search(text, max(0, start - 30), start))
    if each and not said:
        said, each = "each", False  # "we each put in £25": a price each, said before it
    words = text[start : per.end() if per else end].strip()
    return Quantity(value, unit, said, start, text[max(0, start - 30) : start], words, each)


def _one(values: list[float]) -> float | None:
    """The one value a role has, when every figure for it agrees; else None."""
    return values[0] if values and all(abs(v - values[0]) < 1e-9 for v in values) else None


def _pounds(qs: list[Quantity], per: str = "") -> list[Quantity]:
    return [q for q in qs if q.unit == "£" and q.per == per]


def _of(qs: list[Quantity], unit: str) -> list[Quantity]:
    return [q for q in qs if q.unit == unit]


def _plural(unit: str) -> str:
    """'litres', 'kWh' (a unit of energy is not made plural), 'people'."""
    return "kWh" if unit == "kwh" else unit if unit == "people" else f"{unit}s"


def _a(word: str) -> str:
    """'a car', 'an iftar', 'an hour'."""
    return f"an {word}" if word[:1] in "aeiou" or word.startswith("hour") else f"a {word}"


def _asked(text: str, words: str) -> bool:
    return bool(re.search(words, text))


# --- units that cancel ----------------------------------------------------------------------
# Each quantity as `bots.reckon` reads units (a dimension and its base unit), so a working is
# checked the way `reckon.units_of` checks its own: £/litre x litres/gallon x gallons = £, and a
# unit left over means the figures were not put together right (no answer).
_DIMS = {
    "£": (("£", 1),),
    "mpg": (("#gallon", -1), ("length", 1)),
    "mi/kwh": (("energy", -1), ("length", 1)),
    "people": (("#people", 1),),
}
_HEADS = ("each", "head", "person", "people")
GALLON = Unit(
    GALLON_LITRES * 1e3,
    (("#gallon", -1), ("volume", 1)),
    "4.546 litres a gallon",
    True,
    (("#gallon", "gallons"), ("volume", "litres")),
)


def _dim(word: str) -> tuple[str, float, str]:
    """A unit word as `reckon.unit_of` reads it, said singular or plural ("litre": volume)."""
    if word in _HEADS:
        return "#people", 1.0, "people"
    for said in (word.lower(), f"{word.lower()}s"):
        if said in U_KNOWN:
            return U_KNOWN[said]
    return unit_of(word)


def _counted(qs: list[Quantity]) -> set[str]:
    """The units some figure is a rate over in its own dimension ("6 hours a day": day): those
    are counted as things ("4 days" as 4 of them), so the hours a day times the days cancel in
    one way only, not also upside down as a bare fraction."""
    return {
        q.per
        for q in qs
        if q.per and q.unit and _dim(q.per)[0] == _dim(q.unit)[0] and q.per != q.unit
    }


def as_unit(q: Quantity, counted: Collection[str] = ()) -> Unit | None:
    """`q` as a figure of `bots.reckon` (its value in base units), or None for a bare number:
    what it counts is not said, so no unit of it can cancel. A unit in `counted` (see
    `_counted`) is a count of its own thing."""
    if not q.unit:
        return None
    dims = dict(_DIMS.get(q.unit, ()))
    shown: dict[str, str] = {"£": "£"} if q.unit == "£" else {}
    factor = 1.0
    if q.unit in counted:
        dims, shown = {f"#{q.unit}": 1}, {f"#{q.unit}": _plural(q.unit)}
    elif not dims:
        dim, factor, said = _dim(q.unit)
        dims, shown = {dim: 1}, {dim: said}
    if q.per:
        dim, f, said = (f"#{q.per}", 1.0, _plural(q.per)) if q.per in counted else _dim(q.per)
        if dims.get(dim):
            return None  # "£5 a pound": no unit said twice over
        dims[dim] = -1
        shown.setdefault(dim, said)
        factor /= f
    if q.each:
        dims["#people"] = dims.get("#people", 0) - 1
    return Unit(
        q.value * factor, tuple(sorted(dims.items())), q.said, bool(q.per), tuple(shown.items())
    )


def units_of_all(qs: list[Quantity]) -> list[Unit] | None:
    """Every figure of `qs` as a figure of `bots.reckon`, the gallon in litres among them when
    one is in miles a gallon; None when one is a bare number."""
    counted = _counted(qs)
    figs = [as_unit(q, counted) for q in qs]
    if any(f is None for f in figs):
        return None
    units = [f for f in figs if f]
    if any(dict(f.dims).get("#gallon") for f in units):
        units.append(GALLON)
    return units


def cancels(qs: list[Quantity], want: str, per: str = "") -> bool:
    """Whether the figures `qs`, each used once, multiply and divide to the unit `want` ("£",
    "litre"), or `want` a `per` ("£" a "week"), in one way only."""
    units = units_of_all(qs)
    wanted = {_dim(want)[0] if want != "£" else "£": 1}
    if per:
        wanted[_dim(per)[0]] = -1
    return bool(units) and cancelled(units, wanted) is not None


# --- the relations -------------------------------------------------------------------------


def _pool_and_share(qs: list[Quantity], text: str, new: str) -> str:
    """A sum for them all shared by heads, plus a price each: "coach is £540 for the day, 23 of
    us", "and if we add the entry at £13.50 each, what's the total per head"."""
    if not _asked(new, r"\b(?:per (?:head|person)|a head|each)\b") or _asked(text, r"\bleft\b"):
        return ""
    if not ADDED.search(text) or CHOICE.search(text) or LEFT_OUT.search(text):
        return ""
    pools, each = _pounds(qs), _pounds(qs, "each")
    if len(_of(qs, "£")) != 2:
        return ""  # a sum of money more than the pool and the price each: not read
    heads = _one([q.value for q in qs if q.unit == "people" or q.before.endswith("for ")])
    if len(pools) != 1 or len(each) != 1 or not heads or heads < 2 or pools[0].at > each[0].at:
        return ""
    share = pools[0].value / heads
    total = share + each[0].value
    return (
        f"{money(pools[0].value)} between {count(heads)} is {money(share)} each; add the "
        f"{money(each[0].value)} each and it is {money(total)} a head"
    )


def _pool_left(qs: list[Quantity], text: str, new: str) -> str:
    """A pool put in by each, less what is spent, shared back: "£150 each from the 4 of us",
    "the hamper + cotswolds weekend is £520", "how much is left ... each if we split it back"."""
    if not _asked(new, r"\bleft\b"):
        return ""
    each, spent = _pounds(qs, "each"), _pounds(qs)
    heads = _one([q.value for q in _of(qs, "people")])
    if len(each) != 1 or len(spent) != 1 or not heads or each[0].at > spent[0].at:
        return ""
    if len(_of(qs, "£")) != 2:
        return ""  # a third sum of money, which this reading would leave out
    pool = each[0].value * heads
    left = pool - spent[0].value
    said = f"{money(each[0].value)} from each of {count(heads)} is {money(pool)}; less "
    said += f"{money(spent[0].value)}, {money(left)} is left" if left >= 0 else ""
    if left < 0:
        return f"{said}{money(spent[0].value)}, you are {money(-left)} short"
    if _asked(new[new.index("left") :], r"\beach\b|\bsplit\b"):
        said += f", which is {money(left / heads)} each split back"
    return said


def _rate_volume(qs: list[Quantity], text: str, new: str) -> str:
    """A price per unit times an amount of it a period over so many periods, and the same at
    another price: "36.5p a litre ... 2,100 litres a day ... a 30 day month vs last month at
    38p"."""
    priced = [q for q in qs if q.unit == "£" and q.per not in ("", "each", "day", "week", "month")]
    if len(priced) != 1:
        return ""
    unit = priced[0].per
    flows = [q for q in _of(qs, unit) if q.per in ("day", "week")]
    spans = [q for q in qs if flows and q.unit == flows[0].per and not q.per]
    if len(flows) != 1 or len(spans) != 1 or not cancels([flows[0], spans[0], priced[0]], "£"):
        return ""
    amount = flows[0].value * spans[0].value
    cost = amount * priced[0].value
    said = f"{count(flows[0].value)} {_plural(unit)} a {flows[0].per} over {count(spans[0].value)} "
    said += (
        f"{flows[0].per}s is {count(amount)} {_plural(unit)}; at {money(priced[0].value)} that is "
    )
    said += money(cost)
    other = [
        q for q in _pounds(qs) if re.search(r"\b(?:vs|versus|compared to|against|at)\s*$", q.before)
    ]
    if len(other) > 1 or len(_pounds(qs)) != len(other):
        return ""
    if other:
        then = amount * other[0].value
        word = "less" if then > cost else "more"
        gap = money(abs(then - cost))
        said += f"; at {money(other[0].value)} it was {money(then)}, so {gap} {word}"
    return said


def _fuel(miles: float, qs: list[Quantity]) -> tuple[str, float] | None:
    """What `miles` cost in fuel at so many mpg and a price a litre, with its working."""
    mpg, litre = _one([q.value for q in _of(qs, "mpg")]), _pounds(qs, "litre")
    if not mpg or len(litre) != 1:
        return None
    if not cancels([_of(qs, "mile")[0], _of(qs, "mpg")[0], litre[0]], "£", _of(qs, "mile")[0].per):
        return None
    litres = miles / mpg * GALLON_LITRES
    cost = litres * litre[0].value
    return f"{count(miles)} miles at {count(mpg)}mpg is {litres:.1f} litres, {money(cost)}", cost


def _charge(miles: float, qs: list[Quantity], new: str) -> tuple[str, float] | None:
    """What `miles` cost in charge at so many miles per kWh and a price per kWh, with a part of
    it at another price ("half my charging is rapid at 79p")."""
    reach, price = _one([q.value for q in _of(qs, "mi/kwh")]), _pounds(qs, "kwh")
    if not reach or len(price) != 1:
        return None
    trip = _of(qs, "mile")[0]
    if not cancels([trip, _of(qs, "mi/kwh")[0], price[0]], "£", trip.per):
        return None
    kwh = miles / reach
    part = PART_AT.search(new)
    if not part:
        cost = kwh * price[0].value
        return (
            f"{count(miles)} miles at {count(reach)} miles per kWh is {count(round(kwh, 1))} kWh, "
            f"{money(cost)}",
            cost,
        )
    rest = _pounds(quantities(new))
    if len(rest) != 1:
        return None
    share = _PART[part.group("part")]
    cost = kwh * (1 - share) * price[0].value + kwh * share * rest[0].value
    return (
        f"{count(round(kwh, 1))} kWh, {kwh * (1 - share):.1f} at {money(price[0].value)} and "
        f"{kwh * share:.1f} at {money(rest[0].value)}, is {money(cost)}"
    ), cost


# Miles added to a trip: "plus a 20 mile detour to pick up chris", "and an extra 15 miles".
DETOUR = re.compile(r"\b(?:plus|and|\+|with)\s(?:an?\s)?(?:extra\s|further\s)?$")
DETOUR_AFTER = re.compile(r"\s?(?:miles?\s)?(?:detour|extra|diversion|more|round trip)\b")
# Shared so many ways: "split 3 ways", "split it four ways", "between 4", "between the 4 of us".
WAYS_NUM = rf"{NUM}|" + "|".join(_WORDS)
SHARED_WAYS = folded(
    rf"\b(?:split|shared?|divided)\s(?:it\s|that\s|this\s|the (?:cost|lot|fuel|bill)\s)?"
    rf"(?P<n>{WAYS_NUM}) ways\b|\bbetween (?:the )?(?P<m>{WAYS_NUM})\b",
    re.IGNORECASE,
)


def _ways(found: re.Match) -> float:
    """How many ways a sum is shared, said in figures or words ("four ways": 4)."""
    said = (found.group("n") or found.group("m")).lower()
    return _n(_WORDS.get(said, said))


def _detour(miles: list[Quantity], text: str) -> float:
    """The miles of a trip with a detour added ("180 miles to the festival plus a 20 mile
    detour": 200), one way; 0 when there are not two such figures."""
    if len(miles) != 2 or miles[0].per or miles[1].per or ROUND_TRIP.search(text):
        return 0.0
    second = miles[1]
    after = text[second.at + len(str(count(second.value))) :]
    if not DETOUR.search(second.before) or not DETOUR_AFTER.match(after):
        return 0.0
    return miles[0].value + second.value


def _fuel_shared(
    qs: list[Quantity], text: str, new: str, miles: list[Quantity], distance: float
) -> str:
    """Fuel for a trip with a detour, shared so many ways when asked ("... split 3 ways how
    much each"): "180 + 20 miles is 200 miles, and 200 miles at 45mpg is 20.2 litres, £30.31;
    between 3, £10.10 each"."""
    fuel = _fuel(distance, qs)
    if not fuel or len(_of(qs, "£")) != 1 or not ASKED_MONEY.search(new):
        return ""
    ways = SHARED_WAYS.search(text)
    n = _ways(ways) if ways else 1
    known = {q.at for q in [*miles, *_of(qs, "mpg"), *_of(qs, "£")]}
    if ways:
        known |= {ways.start("n") if ways.group("n") else ways.start("m")}
    if any(q.at not in known for q in qs) or n < 1 or n != int(n):
        return ""  # a figure this reading would leave out
    said = f"{count(miles[0].value)} + {count(miles[1].value)} miles is {count(distance)} miles, "
    said += f"and {fuel[0]}"
    if not ways:
        return said
    if not _asked(new, r"\beach\b|\ba head\b|\bper (?:person|head)\b"):
        return ""
    return f"{said}; between {count(n)}, {money(fuel[1] / n)} each"


def _driving(qs: list[Quantity], text: str, new: str) -> str:
    """Fuel for miles at mpg and a price a litre; against charging an EV ("how much do i save")
    or off a fee quoted ("quoted £115 ... what do i actually clear")."""
    miles = [q for q in _of(qs, "mile") if q.per in ("", "week", "day", "month", "each")]
    detour = _detour(miles, text)
    if detour:
        return _fuel_shared(qs, text, new, miles, detour)
    if len(miles) != 1:
        return ""
    distance = miles[0].value * (2 if ROUND_TRIP.search(text) else 1)
    fuel, period = _fuel(distance, qs), f" a {miles[0].per}" if miles[0].per else ""
    if not fuel:
        return ""
    if _asked(text, r"\bclear\b|\bprofit\b|\bmake\b|\bleft\b"):
        quoted = _pounds(qs)
        if len(quoted) != 1:
            return ""
        trip = f"{count(miles[0].value)} miles each way is {count(distance)} miles, and "
        trip = trip if distance != miles[0].value else ""
        clear = money(quoted[0].value - fuel[1])
        return f"{trip}{fuel[0]}; {money(quoted[0].value)} less that, you clear {clear}"
    charge = _charge(distance, qs, new)
    if not charge and len(_of(qs, "£")) == 1 and ASKED_MONEY.search(new):
        # "what's the fuel cost": the fuel alone; "... and split it four ways", shared too.
        ways = SHARED_WAYS.search(new)
        if not ways:
            return fuel[0]
        n = _ways(ways)
        trip = f"{count(miles[0].value)} miles each way is {count(distance)} miles, and "
        trip = trip if distance != miles[0].value else ""
        return f"{trip}{fuel[0]}; between {count(n)}, {money(fuel[1] / n)} each" if n > 1 else ""
    if not charge or not _asked(text, r"\bsave\b|\bcheaper\b|\bdifference\b"):
        return ""
    gap = fuel[1] - charge[1]
    burnt = re.search(r"\b(?:diesel|petrol)\b", text)
    said = f"{burnt.group() if burnt else 'fuel'}: {fuel[0]}{period}; EV: {charge[0]}{period}; "
    if gap >= 0:
        return said + f"you save {money(gap)}{period}"
    return said + f"that is {money(-gap)}{period} more than {burnt.group() if burnt else 'fuel'}"


def _per_unit(qs: list[Quantity], text: str, new: str) -> str:
    """A price per thing for so many things, shared by heads, raised by a percent, and some of
    the things for more heads: "14 people at £85 per iftar and we do 30 iftars ... up 10%", "and
    if two of the iftars are 18 people instead of 14"."""
    priced = [q for q in qs if q.unit == "£" and q.per and q.per not in ("each", "head", "person")]
    if len(priced) != 1 or len(_of(qs, "£")) != 1:
        return ""  # "... plus £40 fuel": a sum of money this reading would leave out
    thing = priced[0].per
    things = [q for q in _of(qs, thing) if not re.search(r"\bof the\s*$", q.before)]
    heads = [q for q in _of(qs, "people") if not re.search(r"\binstead of\s*$", q.before)]
    if len(things) != 1 or not heads or not cancels([priced[0], things[0]], "£"):
        return ""
    price, n = priced[0].value, things[0].value
    base = _one([heads[0].value])
    total = price * n
    said = f"{money(price)} {_a(thing)} for {count(n)} {thing}s is {money(total)}"
    if _asked(text, r"\bper (?:person|head)\b|\ba (?:person|head)\b|\beach\b") and base:
        said += f"; {money(price / base)} a person {_a(thing)}"
    up = PERCENT_UP.search(text)
    rise = 1 + float(up.group("a") or up.group("b")) / 100 if up else 1
    if up:
        said += f"; up {count((rise - 1) * 100)}%, {money(total * rise)}"
    change = re.search(
        rf"\b(?P<k>\d+) of the {thing}s? (?:are|is|have|has) (?P<h>\d+) people "
        r"instead of (?P<b>\d+)",
        new,
    )
    if not change:
        return "" if len(heads) != 1 else said
    k, more, was = (float(change.group(g)) for g in ("k", "h", "b"))
    if base != was:
        return ""
    bigger = price / was * more
    extra = (bigger - price) * k
    said = f"{money(price)} for {count(was)} is {money(price / was)} a head, so {count(more)} "
    said += f"people is {money(bigger)} {_a(thing)}; {count(k)} of those add {money(extra)}, "
    said += f"{money(total + extra)} in all"
    if up:
        said += f"; with the {count((rise - 1) * 100)}% on, {money(extra * rise)} more, "
        said += f"{money((total + extra) * rise)} in all"
    return said


def _shared_out(qs: list[Quantity], text: str, new: str) -> str:
    """So many things shared among so many groups as evenly as can be: "4 households hosting,
    30 days ... how many each and how do we split the leftover days"."""
    if not _asked(new, r"\bhow many each\b|\beach\b") or not _asked(
        new, r"\bleft ?over\b|\bspare\b|\bremainder\b"
    ):
        return ""
    groups = [q for q in qs if q.unit in _GROUPS]
    things = [q for q in qs if q.unit and q.unit not in _GROUPS and q.unit != "£"]
    if (
        len(groups) != 1
        or len(things) != 1
        or groups[0].value < 2
        or qs != sorted(groups + things, key=lambda q: q.at)
    ):
        return ""
    g, n, noun = int(groups[0].value), int(things[0].value), things[0].unit
    if g != groups[0].value or n != things[0].value:
        return ""
    each, left = divmod(n, g)
    who = "households" if groups[0].unit == "household" else "of you"
    shared = f"{n} {noun}s among {g} {who} is {each} each"
    if not left:
        return f"{shared}, none left over"
    # "1 takes 2", never "1 take 2"
    split = (
        f"so {left} of the {g} take{'s' if left == 1 else ''} {each + 1} "
        f"and {g - left} take{'s' if g - left == 1 else ''} {each}"
    )
    return f"{shared} with {left} left over, {split}"


# The one score still to come an average aimed at (`AVERAGE_AIMED`) needs: "on the last one".
ONE_MORE = re.compile(
    r"\b(?:the|my|our) (?:last|next|final|\d+(?:st|nd|rd|th)|fourth|fifth|sixth)"
    r"(?: one| 1\b| (?:test|game|round|match|exam|paper|go|week|quiz|leg|race|set))?\b(?! \d)"
)
LIST = re.compile(rf"(?P<xs>(?:{NUM}(?:\s?,\s?|\s))+(?:and|&)\s{NUM})")


def _average(qs: list[Quantity], text: str, new: str) -> str:
    """The mean of a list said ("78, 81 and 74 ... what average do we need to beat that")."""
    if not _asked(new, r"\baverage\b|\bmean\b"):
        return ""
    lists = LIST.findall(text)
    if len(lists) != 1 or "," not in lists[0]:
        return ""  # "they got 2 and 1 was disallowed" is no list to average
    xs = [_n(x) for x in re.findall(NUM, lists[0])]
    if any(1900 <= x <= 2099 for x in xs):
        return ""  # years, not scores
    aim = AVERAGE_AIMED.search(new)
    if aim:
        return _needed_for(xs, _n(aim.group("t") or aim.group("u") or aim.group("v")), new)
    mean = round(sum(xs) / len(xs), 2)
    said = (
        f"{' + '.join(count(x) for x in xs)} is {count(sum(xs))}, over {len(xs)} is {count(mean)}"
    )
    if _asked(new, r"\bbeat\b|\bbetter\b|\btop\b"):
        said += f"; to beat it you need above {count(mean)}"
    return said


def _needed_for(xs: list[float], aim: float, new: str) -> str:
    """What one more score must be for the mean of all to reach `aim` ("64, 71 and 58 ... what
    do i need on the last one to average 70": 87); "" unless one more, and one only, is asked."""
    if not ONE_MORE.search(new):
        return ""
    n = len(xs) + 1
    need = aim * n - sum(xs)
    said = f"an average of {count(aim)} over {n} is {count(aim * n)}; "
    said += f"{' + '.join(count(x) for x in xs)} is {count(sum(xs))}, so you need {count(need)}"
    return said if need > 0 else f"{said[: said.rfind(',')]}: you are there whatever you get"


def _throughput(qs: list[Quantity], text: str, new: str) -> str:
    """So many at once, minutes each, against a count in hours: "2 cars at once, 10 mins a car,
    is 67 cars possible in 5 hours"."""
    at_once = re.search(r"\b(?P<n>\d+) (?P<thing>[a-z]+?)s? at (?:once|a time)\b", text)
    if not at_once:
        return ""
    thing = at_once.group("thing")
    mins = [q for q in _of(qs, "minute") if q.per == thing]
    hours = [q for q in _of(qs, "hour") if not q.per]
    wanted = [q for q in _of(qs, thing) if q.at != at_once.start()]
    if len(mins) != 1 or len(hours) != 1 or len(wanted) != 1:
        return ""
    per_hour = int(at_once.group("n")) * 60 / mins[0].value
    can = per_hour * hours[0].value
    said = f"{at_once.group('n')} at once, {count(mins[0].value)} minutes {_a(thing)}, is "
    said += f"{count(per_hour)} an hour, {count(can)} in {count(hours[0].value)} hours"
    need = wanted[0].value
    if need <= can:
        return f"{said}: yes, {count(need)} fits with {count(can - need)} to spare"
    return f"{said}: no, {count(need - can)} short of {count(need)}"


# A thing of so many hours, and so many of it a week: "a shift is 7.5 hours and i do 4 a week",
# "shifts are 8 hours and i'm doing 5 a week at £11 an hour".
THING_LASTS = re.compile(
    rf"\b(?:an?|each|one|the|my|our|your)?\s?(?P<t>[a-z]{{3,}}?)s? (?:is|are|lasts?|runs?) "
    rf"(?:about |around |roughly )?(?P<n>{NUM})\s?(?P<u>hours?|hrs?|h|minutes?|mins?)\b"
)
DONE_PER = re.compile(
    rf"\b(?:do|doing|does|work|working|have|having|get|getting|take|taking|run|running)\s"
    rf"(?:about |around )?(?P<k>{NUM})(?: (?P<t>[a-z]{{3,}}))?\s(?:a|per|each|every)\s"
    r"(?P<per>day|week|fortnight|month)\b"
)
HOUR_RATE = re.compile(rf"\bat (?P<m>£\s?{NUM}|{NUM}\s?p\b)\s?(?:an|a|per|/)\s?(?:hour|hr|h)\b")
SPAN_OF = re.compile(rf"\bover (?:a |an |the )?(?P<k>{NUM}) ?(?P<per>day|week|month)s?\b")


def _shifts(qs: list[Quantity], text: str, new: str) -> str:
    """Hours of a thing so many times a period, and its pay at a rate an hour: "a shift is 7.5
    hours and i do 4 a week, how many hours is that over a 4 week month" (120), "shifts are 8
    hours and i'm doing 5 a week at £11 an hour, what's that a week" (£440)."""
    lasts, done = THING_LASTS.search(text), DONE_PER.search(text)
    if not lasts or not done or len(THING_LASTS.findall(text)) > 1 or done.start() < lasts.end():
        return ""
    thing = lasts.group("t")
    if done.group("t") and done.group("t").rstrip("s") != thing:
        return ""  # "i do 4 runs a week" of a shift: another thing
    rate = HOUR_RATE.search(text)
    said_figures = {lasts.start("n"), done.start("k"), *([rate.start("m")] if rate else [])}
    span = SPAN_OF.search(new)
    if span:
        said_figures.add(span.start("k") + len(text) - len(new))
    if any(q.at not in said_figures for q in qs):
        return ""  # a figure this reading would leave out
    per = done.group("per")
    if span and span.group("per") != per:
        return ""
    n, k = _n(lasts.group("n")), _n(done.group("k"))
    unit = "hours" if lasts.group("u").startswith("h") else "minutes"
    total = n * k
    said = (
        f"{count(n)} {unit} {_a(thing)}, {count(k)} {thing}s {_a(per)}, is {count(total)} {unit} "
    )
    said += _a(per)
    if span:
        total *= _n(span.group("k"))
        said += f"; over {count(_n(span.group('k')))} {per}s, {count(total)} {unit}"
    asked_hours = _asked(new, rf"\bhow many {unit}\b")
    if rate and unit == "hours":
        m = MONEY.search(rate.group("m"))
        price = _n(m.group("a")) if m and m.group("a") else _n(m.group("p")) / 100 if m else 0
        said += f"; at {money(price)} an hour, {money(price * total)}"
        said += "" if span else f" {_a(per)}"
        return said if ASKED_MONEY.search(new) and not asked_hours else ""
    return said if asked_hours else ""


# One of a thing for so many of another: "1 adult per 8", "1 leader to 6 cubs", "one helper for
# every 4 kids"; or said as a ratio, the thing the count asked ("how many adults ... at 1:8").
RATIO = re.compile(
    rf"\b(?P<k>{NUM}|one|an?) (?P<a>[a-z]{{3,}}?)s? (?:per|to|for every|for each|to every|every) "
    rf"(?P<n>{NUM})(?: (?!(?:for|of|to|in|at|and|on|with)\b)(?P<b>[a-z]{{3,}}))?\b"
)
# ("1:8", never a clock's "10:30", "1:05" or "2:15pm")
COLON_RATIO = re.compile(r"(?<![\d.:])(?P<k>[1-9]) ?: ?(?P<n>[1-9]\d?)(?![\d:.]| ?[ap]\.?m\b)")
# Some of the counted things gone from the count: "if 6 kids drop out", "if 4 don't come".
DROPPED = re.compile(
    r"\bif (?P<d>\d{1,3})(?: (?P<u>[a-z]+))? (?:drop out|drops out|dropped out|pull out|pulls out|"
    r"cancel|cancels|don'?t come|dont come|can'?t come|cant come|drop)\b"
)


def _ratio_said(text: str, one: str) -> tuple[float, float, str, str, int, int] | None:
    """A ratio said in `text` of `one`, the thing asked for: (k, per, of, its span), or None."""
    ratio = RATIO.search(text)
    if ratio and len(RATIO.findall(text)) == 1 and ratio.group("a") == one:
        k = _n(ratio.group("k")) if ratio.group("k")[0].isdigit() else 1.0
        return k, _n(ratio.group("n")), ratio.group("b") or "", one, ratio.start(), ratio.end()
    colon = COLON_RATIO.search(text)
    if ratio or not colon or len(COLON_RATIO.findall(text)) > 1:
        return None
    k, per = _n(colon.group("k")), _n(colon.group("n"))
    return (k, per, "", one, colon.start(), colon.end()) if k < per else None


def _whole_need(value: float, k: float, per: float) -> tuple[float, int]:
    """The ones needed for `value` at `k` per `per`: exact, and whole ones."""
    need = value / per * k
    return need, math.ceil(need - 1e-9)


def _ratio(qs: list[Quantity], text: str, new: str) -> str:
    """How many of one thing a count of another needs at one for so many, whole ones: "58 kids
    at 1 adult per 8, how many adults do we need": 7.25, so 8 adults; "at 1:8 ... and how many if
    6 kids drop out": and 52 kids, 7 adults."""
    many = ASKED_COUNT.search(new)
    if not many:
        return ""
    said = _ratio_said(text, many.group("u").rstrip("s"))
    if not said:
        return ""
    k, per, of, one, start, end = said
    drop = DROPPED.search(new)
    rest = [q for q in qs if not start <= q.at < end]
    if drop:
        rest = [q for q in rest if q.at != drop.start("d")]
    if len(rest) != 1 or not rest[0].unit or not per:
        return ""  # one count, and one only, of the other thing
    thing = rest[0].unit
    if of and _unit(of) != thing:
        return ""  # "1 adult per 8 kids" for 30 tables: not the thing counted
    if drop and drop.group("u") and _unit(drop.group("u")) != thing:
        return ""
    if not _dim(thing)[0].startswith("#") or thing == one:
        return ""  # "2 goals per 90 minutes": a rate over time, not so many needed for each lot
    need, whole = _whole_need(rest[0].value, k, per)
    ones = f"{one}{'s' if k != 1 else ''}"
    said = f"{count(rest[0].value)} {_plural(thing)} at {count(k)} {ones} per {count(per)} is "
    said += count(round(need, 2))
    said += f", so {count(whole)} {one}s" if abs(whole - need) > 1e-9 else f" {one}s"
    if drop:
        left = rest[0].value - _n(drop.group("d"))
        if left <= 0:
            return ""
        _, fewer = _whole_need(left, k, per)
        said += f"; {drop.group('d')} fewer, {count(left)} {_plural(thing)} need {count(fewer)}"
        said += f" {one}{'s' if fewer != 1 else ''}"
    return said


# So many of a thing for each holder at a price each, for so many holders: "if each kid needs 3
# packed lunches at £3.20 each, what's the packed lunch bill for 58", "58 kids, 3 packed lunches
# each at £3.20", "3 lunches per kid at £3.20 for 58 kids" (the thing may be two words).
_THING = r"(?P<t>[a-z]{3,}(?: [a-z]{3,})?)"
PER_HOLDER = re.compile(
    rf"\beach (?P<h>[a-z]{{3,}}) (?:needs?|gets?|has|wants?|eats?|takes?|will need|buys?) "
    rf"(?P<c>\d{{1,2}}) {_THING} at £(?P<p>{NUM})\b|"
    rf"(?<![\d.,£])(?P<c2>\d{{1,2}}) (?P<t2>[a-z]{{3,}}(?: [a-z]{{3,}})?) "
    rf"(?:each|per (?P<h2>[a-z]{{3,}})|an? (?P<h3>[a-z]{{3,}})) at £(?P<p2>{NUM})\b"
)
HOLDERS_FOR = re.compile(r"\bfor (?:all )?(?:the )?(?P<m>\d{1,4})\s*(?:[?.!,]|$)")
BILL_ASKED = re.compile(r"\b(?:bill|total|cost|come to|comes to|spend)\b")


def _holders(qs: list[Quantity], text: str, holder: str, skip: Collection[int]) -> float | None:
    """The one count of holders in `text`: "58 kids" of `holder` (any count of people when the
    holder is unnamed), or a bare "for 58" at its end; None when not one only."""
    named = [q for q in qs if q.at not in skip and q.unit and q.unit != "£"]
    if holder:
        named = [q for q in named if q.unit == _unit(holder + "s") or q.unit == holder]
    bare = HOLDERS_FOR.search(text)
    found = [q.value for q in named] + ([_n(bare.group("m"))] if bare and not named else [])
    return found[0] if len(found) == 1 else None


def _per_holder(qs: list[Quantity], text: str, new: str) -> str:
    """The bill of so many things each holder needs at a price each (see above), or ""."""
    m = PER_HOLDER.search(text)
    if not m or len(_of(qs, "£")) != 1 or not (ASKED_MONEY.search(new) or BILL_ASKED.search(new)):
        return ""
    c, thing, price = (m.group(g) or m.group(g + "2") for g in ("c", "t", "p"))
    holder = m.group("h") or m.group("h2") or m.group("h3") or ""
    skip = {q.at for q in qs if m.start() <= q.at < m.end()}
    n = _holders(qs, text, holder, skip)
    if not n or holder in ("each", "piece"):
        return ""
    k, p = _n(c), _n(price)
    who = holder or "head"
    said = f"{count(k)} {thing} at {money(p)} is {money(k * p)} {_a(who)}; "
    them = f" {_plural(holder)}" if holder else ""
    return said + f"for {count(n)}{them}, {money(k * p * n)}"


# Each of two or more prices, as choices, shared by so many: "if its 8 of us how much each for
# the £420 one and the £560 one", "£420 or £560 split 8 ways, how much each".
CHOICE_PRICE = re.compile(
    r"^\s?(?:(?:1|one|option|quote|deal|package)\b\s*,?\s*(?:and|or|vs\.?|versus)|,?\s*(?:or|vs\.?|"
    r"versus))\s+(?:the )?$"
)
# (a price and the "one" after it, cleaned to "1": "the £420 one")
PRICE_ONE = folded(rf"(?:{MONEY.pattern})(?:\s(?:1|one)\b)?", re.I)
EACH_ASKED = re.compile(r"\bhow much\b|\bwhat(?:'s|s| is| would| will)\b")


def _each_of_choices(qs: list[Quantity], text: str, new: str) -> str:
    """Each of the prices `new` names as choices, shared by the people it counts (see above)."""
    heads = _people(new)
    if heads < 2 or not EACH.search(new) or not EACH_ASKED.search(new):
        return ""
    prices = list(MONEY.finditer(new))
    if len(prices) < 2 or any(p.group("sign") != "£" for p in prices):
        return ""
    between = [new[a.end() : b.start()] for a, b in zip(prices, prices[1:], strict=False)]
    if not all(CHOICE_PRICE.search(gap) for gap in between):
        return ""  # "£420 and £60 for drinks": parts of one bill, not choices
    figures = FIGURE.findall(PRICE_ONE.sub(" ", new))
    if len(figures) != 1:
        return ""  # a figure besides the heads: more than a share of each
    shares = [_n(p.group("a")) for p in prices]
    return "; ".join(f"{money(v)} between {heads} is {money(v / heads)} each" for v in shares)


# The hours of work a wage needs to pay a cost, or one's part of it: "tickets are £35 and my mum
# says i have to pay half ... i get £6.40 an hour", then "how many hours do i need to work to
# cover my half": £17.50 at £6.40 an hour is 2.73 hours, so 3.
PART_PAID = re.compile(
    r"\b(?:pay|paying|cover|covering|my|our|your|do)\s+(?:the\s+)?"
    r"(?P<part>half|a third|a quarter)\b"
)
HOURS_ASKED = re.compile(r"\bhow many (?:hours|hrs)\b")


def _hours_to_cover(qs: list[Quantity], text: str, new: str) -> str:
    """The whole hours at a wage an hour that pay a cost or a part of it (see above), or ""."""
    if not HOURS_ASKED.search(new):
        return ""
    pounds = _of(qs, "£")
    wage = [q for q in pounds if q.per == "hour"]
    cost = [q for q in pounds if not q.per]
    if len(pounds) != 2 or len(wage) != 1 or len(cost) != 1 or len(qs) != 2:
        return ""  # one cost, one wage, and no other figure
    part = PART_PAID.search(text)
    share = _PART[part.group("part")] if part else 1.0
    owed, rate = cost[0].value * share, wage[0].value
    hours = owed / rate
    said = f"{part.group('part')} of {money(cost[0].value)} is {money(owed)}; " if part else ""
    said += f"{money(owed)} at {money(rate)} an hour is {count(round(hours, 2))} hours"
    whole = math.ceil(hours - 1e-9)
    return said + (f", so {whole} hours" if abs(whole - hours) > 1e-9 else "")


# A rate an hour over hours a shift and so many shifts: "rate's gone up to 180 cases an hour. if
# we do 7.5 hours picking a shift at 180 cases, how many cases is that over 4 nights": 1,350 a
# night, 5,400 over 4.
SHIFTS = ("", "night", "shift", "day")
SHIFT_SPAN = re.compile(r"\bover (?:the |a |an )?(?:next )?$")


def _rate_over_shifts(qs: list[Quantity], text: str, new: str) -> str:
    """So many things an hour, over hours a shift, over so many shifts (see above), or ""."""
    asked = ASKED_COUNT.search(new)
    if not asked:
        return ""
    thing = _unit(asked.group("u"))
    rates = [q for q in _of(qs, thing) if q.per == "hour"]
    if len(rates) != 1:
        return ""
    rate = rates[0]
    said_again = [q for q in _of(qs, thing) if not q.per and q.value == rate.value]
    hours = [q for q in _of(qs, "hour") if q.per in SHIFTS]
    spans = [q for q in qs if q.unit in SHIFTS and SHIFT_SPAN.search(q.before)]
    if len(hours) != 1 or len(spans) != 1 or len(qs) != 3 + len(said_again):
        return ""  # hours a shift, shifts, the rate (said again, maybe), and no other figure
    h, k, span = hours[0].value, spans[0].value, spans[0].unit
    one = rate.value * h
    said = f"{count(h)} hours at {count(rate.value)} {_plural(thing)} an hour is {count(one)} "
    return said + f"{_plural(thing)} {_a(span)}; over {count(k)} {span}s, {count(one * k)}"


# So many things at a price each, plus a fee or two, shared by so many: "4 of us paying for
# certificates. 6 certs at £12.50 plus the parish archive search fee of €40 (about £34). how much
# each": £75 and £34 is £109, £27.25 each. (A sum in another money with its pounds said beside
# it is read in the pounds.)
ITEMS_AT = re.compile(rf"(?<![\d.,£])(?P<k>\d{{1,3}}) (?P<t>[a-z]{{3,}}) at £(?P<p>{NUM})\b")
FEE_ADDED = re.compile(r"\b(?:plus|and|\+|with|on top)\b[^.?!£]{0,50}$")
IN_POUNDS = re.compile(
    rf"[$€]\s?{NUM}\s*\((?:about|around|roughly|approx\.?|so|which is|=|~)?\s*(?P<gbp>£\s?{NUM})\)"
)


def _in_pounds(text: str) -> str:
    """`text` with a sum in another money read in the pounds said beside it (see above)."""
    return IN_POUNDS.sub(lambda m: m.group("gbp"), text)


def _items_and_fees_each(qs: list[Quantity], text: str, new: str) -> str:
    """Things at a price each and fees added, shared by the people counted (see above), or ""."""
    heads = _people(text)
    items = list(ITEMS_AT.finditer(text))
    if heads < 2 or len(items) != 1 or not EACH.search(new) or not EACH_ASKED.search(new):
        return ""
    item = items[0]
    fees = [q for q in _of(qs, "£") if not item.start() <= q.at < item.end()]
    if not fees or any(q.per or not FEE_ADDED.search(text[: q.at]) for q in fees):
        return ""
    if len(qs) != 3 + len(fees) or len(_of(qs, "people")) != 1:
        return ""  # the heads, the things, their price and the fees: no other figure
    k, p = _n(item.group("k")), _n(item.group("p"))
    total = k * p + sum(q.value for q in fees)
    said = f"{count(k)} {item.group('t')} at {money(p)} is {money(k * p)}"
    said += "".join(f", plus {money(q.value)}" for q in fees)
    return said + f" is {money(total)}; between {heads}, {money(total / heads)} each"


# A whole order at a price each, more than are in on it, its cost shared by those who are: "£28
# each, min order 15, we've got 11 confirmed ... if we order 15 anyway and split the cost of the
# extra 4 between the 11 of us what does each person pay": £420 between 11, £38.18 each (£28 for
# their own and £10.18 toward the 4 spare). The spare must be the order less those in it.
SPARE = re.compile(rf"\b(?:extra|spare|other|leftover|remaining) (?P<k>{NUM})\b")
ORDERED = re.compile(
    rf"\border(?:ing)? (?:of )?(?P<n>{NUM})\b|\bmin(?:imum)? order (?:is |of )?(?P<m>{NUM})\b"
)


def _spare_shared(qs: list[Quantity], text: str, new: str) -> str:
    """A whole order shared by fewer than it is for (see above), or ""."""
    spare, ways = SPARE.search(new), SHARED_WAYS.search(new)
    prices = [q for q in _of(qs, "£") if q.per == "each"]
    orders = {_n(m.group("n") or m.group("m")) for m in ORDERED.finditer(text)}
    if not spare or not ways or len(prices) != 1 or len(_of(qs, "£")) != 1 or len(orders) != 1:
        return ""
    n, k, heads, price = orders.pop(), _n(spare.group("k")), _ways(ways), prices[0].value
    if not 1 < heads < n or n - heads != k:
        return ""  # the spare is not the order less those in it: another sum
    each, toward = n * price / heads, k * price / heads
    return (
        f"{count(n)} at {money(price)} is {money(n * price)}; between {count(heads)} of you, "
        f"{money(each)} each ({money(price)} for your own and {money(toward)} toward the "
        f"{count(k)} spare)"
    )


# How old people born in given years were at an event of a given year: "if nana was born 1903 and
# grandad 1898 and they married in june 1924, how old was each": 21 and 26 if their birthdays
# had come by then, a year less if not (a year of birth alone leaves it open).
YEAR = re.compile(r"(?<![\d£$€.,])(?P<y>1[6-9]\d\d|20[0-2]\d)(?![\d%])")
EVENT_YEAR = re.compile(
    rf"\b(?:married|wed|wedding|died|emigrated|moved|left|came over|arrived)\b[^.?!\d]{{0,25}}?"
    rf"(?:in |on )?(?:(?P<month>{MONTH}) )?(?P<y>1[6-9]\d\d|20[0-2]\d)\b"
)
HOW_OLD = re.compile(r"\bhow old\b")


def _ages_at(qs: list[Quantity], text: str, new: str) -> str:
    """The ages at an event of those born in the years said (see above), or ""."""
    event = EVENT_YEAR.search(text)
    if not HOW_OLD.search(new) or not event or "born" not in text:
        return ""
    years = [int(m.group("y")) for m in YEAR.finditer(text) if m.start() != event.start("y")]
    when = int(event.group("y"))
    if not 1 <= len(years) <= 3 or len(FIGURE.findall(text)) != len(years) + 1:
        return ""  # a year of birth for each, the event's, and no other figure
    if any(not 0 < when - y < 120 for y in years):
        return ""
    ages = [when - y for y in years]
    said = "; ".join(f"{when} less {y} is {when - y}" for y in years)
    month = f" in {event.group('month')}" if event.group("month") else ""
    both = " and ".join(str(a) for a in ages)
    fewer = " and ".join(str(a - 1) for a in ages)
    birthdays = "their birthdays" if len(ages) > 1 else "the birthday"
    return f"{said}: so {both} if {birthdays} had come by then{month}, {fewer} if not"


# Hours said to be the overtime ("6 hours overtime", "6 hours at time and a half"); the hours
# past a contract's ("anything over is time and a half. did 46"); pay asked for.
OVERTIME_HOURS = re.compile(
    r"\s*(?:of )?(?:overtime|ot\b|extra\b|at (?:time and a half|double time|time and a third))"
)
PAST_CONTRACT = re.compile(
    r"\b(?:anything|everything|any hours?|hours?) (?:over|above|past|beyond)\b"
)
WORKED_HOURS = re.compile(r"\b(?:did|do|done|doing|worked|work|working|put in)\s*$")
PAY_ASKED = re.compile(r"\b(?:pay|paid|wages?|get|earn|earned|make|made|take home|gross)\b")


def _overtime(qs: list[Quantity], text: str, new: str) -> str:
    """Pay at a rate an hour with overtime at time and a half (or double time): "on £12 an hour,
    did 37.5 hours plus 6 hours overtime at time and a half" (£558); "40 hours at £13 an hour and
    anything over is time and a half. did 46 this week" (£637)."""
    times = UPLIFT.search(text)
    if not times or not times.group("x") or not PAY_ASKED.search(new):
        return ""
    rates = [q for q in qs if q.unit == "£" and q.per == "hour"]
    if len(rates) != 1 or len(_of(qs, "£")) != 1:
        return ""
    hours = [q for q in qs if q.unit == "hour" and not q.per]
    bare = [q for q in qs if not q.unit]
    if len(qs) != len(rates) + len(hours) + len(bare):
        return ""  # a figure this reading would leave out
    over = [h for h in hours if OVERTIME_HOURS.match(text, h.at + len(h.said))]
    if len(hours) == 2 and not bare and len(over) == 1:
        base = next(h for h in hours if h is not over[0]).value
        extra = over[0].value
    elif len(hours) == 1 and len(bare) == 1 and PAST_CONTRACT.search(text):
        if not WORKED_HOURS.search(bare[0].before) or bare[0].value <= hours[0].value:
            return ""
        base, extra = hours[0].value, bare[0].value - hours[0].value
    else:
        return ""
    rate, k = rates[0].value, TIMES_OVER[times.group("x").lower()]
    said = f"{count(base)} hours at {money(rate)} is {money(base * rate)}; {count(extra)} hours "
    said += (
        f"at {times.group('x').lower()}, {money(rate * k)} an hour, is {money(extra * rate * k)}"
    )
    return f"{said}; {money(base * rate + extra * rate * k)} in all"


# A deposit and the rest in so many payments: "we paid £200 deposit and the rest is in 4 monthly
# payments", "£50 down then 6 instalments".
DEPOSIT = re.compile(r"\s?(?:deposit|down(?! to)|up ?front)\b|\bdeposit (?:of |is |was )?$")
REST_IN = re.compile(
    rf"\b(?:the )?(?:rest|remainder|balance)\b[^.?!£\d]{{0,25}}?\b(?:in|over|as|across) "
    rf"(?P<k>{NUM}) (?:equal )?(?:(?P<ly>month|week)ly )?(?P<u>payments|instalments|installments|"
    r"months|weeks)\b"
)
EACH_PAYMENT = re.compile(r"\b(?:a|per|each) (?:month|week|payment|instalment|installment)\b")


def _deposit_rest(qs: list[Quantity], text: str, new: str) -> str:
    """A price less a deposit paid, the rest in so many payments: "holiday is £1,240, we paid
    £200 deposit and the rest is in 4 monthly payments, how much a month" (£260)."""
    rest = REST_IN.search(text)
    if not rest or len(REST_IN.findall(text)) > 1 or not ASKED_MONEY.search(new):
        return ""
    if not EACH_PAYMENT.search(new):
        return ""
    pounds = _of(qs, "£")
    if len(pounds) != 2 or len(qs) != 3 or any(q.per for q in pounds):
        return ""  # a price, a deposit and the count of payments, and no figure more
    down = [
        q
        for q in pounds
        if DEPOSIT.match(text, q.at + len(q.said)) or DEPOSIT.search(q.before[-12:])
    ]
    if len(down) != 1 or down[0] is pounds[0]:
        return ""  # which is the deposit is not plain, or it is said before the price
    price, k = pounds[0].value, _n(rest.group("k"))
    left = price - down[0].value
    if left <= 0 or not k or k != int(k):
        return ""
    word = rest.group("ly") or rest.group("u")[:-1]
    word = "payment" if word.startswith(("pay", "inst")) else word
    return (
        f"{money(price)} less the {money(down[0].value)} deposit is {money(left)}; over "
        f"{count(k)} {word}s, {money(left / k)} {_a(word)}"
    )


# A fee on each of the things bought: "plus a £2.75 booking fee per ticket", "a £1.50 fee each".
FEE_EACH = re.compile(
    r"\s?(?:[a-z]+ )?(?:fee|charge|surcharge)s? (?:per|a|on each|for each|each)"
    r"(?: (?P<t>[a-z]+))?\b"
)
TOTAL_ASKED = re.compile(r"\b(?:total|altogether|in total|all together|overall|all in)\b")


def _fee_each(qs: list[Quantity], text: str, new: str) -> str:
    """A price each and a fee on each, for so many: "tickets are £28.50 each plus a £2.75 booking
    fee per ticket, we need 4, what's the total" (£125); a fee on the order is not this one."""
    asked = ASKED_MONEY.search(new)
    total = bool(TOTAL_ASKED.search(new))
    if not asked or total == _asked(new[asked.start() :], r"\beach\b|\ba (?:head|ticket)\b"):
        return ""  # a total, or the price each, and one of them only
    pounds = _of(qs, "£")
    each = [q for q in pounds if q.per == "each" or (q.per and _unit(q.per) != "hour")]
    fee = [q for q in pounds if FEE_EACH.match(text, q.at + len(q.said))]
    counts = [q for q in qs if q.unit != "£"]
    if len(pounds) != 2 or len(each) != 1 or len(fee) != 1 or each[0] is fee[0]:
        return ""
    if len(counts) != 1 or counts[0].per or not ADDED.search(text[each[0].at : fee[0].at]):
        return ""
    thing = FEE_EACH.match(text, fee[0].at + len(fee[0].said)).group("t") or ""
    if counts[0].unit not in ("", "people", _unit(thing or "people")):
        return ""  # "a fee per ticket" on 4 bags: not the things counted
    n = counts[0].value
    one = each[0].value + fee[0].value
    said = f"{money(each[0].value)} + {money(fee[0].value)} fee is {money(one)} each"
    return f"{said}; × {count(n)} is {money(one * n)}" if total else said


# So many of a whole done in a time, the rest asked: "we've done 12 of the 30 fence panels in 3
# hours, how much longer for the rest".
DONE_OF = re.compile(
    rf"\b(?P<d>{NUM}) (?:out )?of (?:the |my |our |a |all )?(?P<n>{NUM})"
    r"(?: (?P<t>[a-z]+(?: [a-z]+)?))?"
    rf" in (?P<k>{NUM}) ?(?P<u>hours?|hrs?|minutes?|mins?|days?|weeks?)\b"
)
REST_ASKED = re.compile(
    r"\bhow (?:much )?long(?:er)?\b|\bhow many more (?:hours|minutes|days|weeks)\b"
)
REST_NAMED = re.compile(
    r"\b(?:the rest|rest of (?:them|it)|what'?s left|the remaining|to finish)\b"
)


def _rest_at_rate(qs: list[Quantity], text: str, new: str) -> str:
    """The time the rest of a whole takes at the rate so far: "we've done 12 of the 30 fence
    panels in 3 hours, how much longer for the rest": 4 an hour, 18 left, 4.5 hours (a time,
    not rounded up)."""
    done = DONE_OF.search(text)
    if not done or len(DONE_OF.findall(text)) > 1:
        return ""
    if not REST_ASKED.search(new) or not REST_NAMED.search(new):
        return ""
    said = {done.start("d"), done.start("n"), done.start("k")}
    if any(q.at not in said for q in qs):
        return ""  # a figure this reading would leave out
    d, n, k = (_n(done.group(g)) for g in "dnk")
    if not 0 < d < n or not k:
        return ""
    unit = _plural(_unit(done.group("u")))
    rate = d / k
    left = n - d
    return (
        f"{count(d)} in {count(k)} {unit} is {count(round(rate, 2))} {_a(unit[:-1])}; "
        f"{count(left)} left at that is {count(round(left / rate, 2))} {unit}"
    )


# What a rate or some hours are for: "weekdays", "in the week", "on sundays", "nights".
WHEN = re.compile(
    r"\s?(?:an hour |a hour |per hour |ph )?(?:(?:on|for|in|at) )?(?:the |a )?"
    r"(?P<w>weekdays?|week|weekends?|saturdays?|sundays?|sats?|suns?|nights?|evenings?|days?|"
    r"bank holidays?)\b"
)
_WHEN_KEY = {"weekday": "week", "sat": "saturday", "sun": "sunday"}


def _when(text: str, q: Quantity) -> str:
    """The days a rate or some hours are for, said just after it: "week", "sunday"; ""."""
    m = WHEN.match(text, q.at + len(q.said))
    if not m:
        return ""
    word = m.group("w").rstrip("s")
    return _WHEN_KEY.get(word, word)


def _two_rates(qs: list[Quantity], text: str, new: str) -> str:
    """Hours at two rates an hour, each said with the days it is for: "£9.50 an hour weekdays
    and £12 on sundays, did 20 hours in the week and 6 on sunday" (£262); declined unless each
    lot of hours names the days of one rate."""
    if not PAY_ASKED.search(new) and not ASKED_MONEY.search(new):
        return ""
    rates, hours = _of(qs, "£"), [q for q in qs if q.unit != "£"]
    if (
        len(rates) != 2
        or len(hours) != 2
        or rates[0].per != "hour"
        or rates[1].per
        not in (
            "",
            "hour",
        )
    ):
        return ""
    if hours[0].unit != "hour" or hours[1].unit not in ("", "hour") or any(h.per for h in hours):
        return ""
    if hours[0].at < rates[1].at:
        return ""  # the rates first, then the hours
    by = {_when(text, r): r.value for r in rates}
    when = [_when(text, h) for h in hours]
    if "" in by or len(by) != 2 or sorted(when) != sorted(by):
        return ""
    parts = [
        f"{count(h.value)} hours at {money(by[w])} is {money(h.value * by[w])}"
        for h, w in zip(hours, when, strict=True)
    ]
    total = sum(h.value * by[w] for h, w in zip(hours, when, strict=True))
    return f"{'; '.join(parts)}; {money(total)} in all"


# A price for a stretch said after it: "£10.99 a month", "£109 for the year", "£30 per week".
FOR_SPAN = re.compile(r"\s?(?:a|an|per|for (?:the|a|one)|/)\s?(?P<s>week|month|year)\b")
_IN_A_YEAR = {"week": 52, "month": 12, "year": 1}
SAVING_ASKED = re.compile(r"\bsave\b|\bcheaper\b|\bdifference\b|\bbetter\b")


def _period_choice(qs: list[Quantity], text: str, new: str) -> str:
    """Two prices of one thing for different stretches, to choose between: "£10.99 a month or
    £109 for the year, how much do i save paying yearly": £131.88 a year against £109, £22.88
    saved by the year."""
    if not SAVING_ASKED.search(new) or not alternatives(text) or len(qs) != 2:
        return ""
    spans = [FOR_SPAN.match(text, q.at + len(str(q.said).split(" ")[0])) for q in qs]
    if any(q.unit != "£" for q in qs) or not all(spans):
        return ""
    (a, b), (sa, sb) = qs, (m.group("s") for m in spans)
    if sa == sb:
        return ""
    ya, yb = a.value * _IN_A_YEAR[sa], b.value * _IN_A_YEAR[sb]
    said = [
        f"{money(q.value)} {_a(s)}" + (f" is {money(y)} a year" if s != "year" else "")
        for q, s, y in ((a, sa, ya), (b, sb, yb))
    ]
    if abs(ya - yb) < 0.005:
        return f"{said[0]} and {said[1]}: the same over a year"
    cheap = sa if ya < yb else sb
    return f"{said[0]}; {said[1]}: paying by the {cheap} saves {money(abs(ya - yb))} a year"


def _wanted(
    new: str, qs: list[Quantity], lacking: bool = False
) -> tuple[dict[str, int], str, float] | None:
    """The units asked for in `new`, how the result is said ("£ a month", or the unit's name)
    and what a base unit of it is worth in the unit asked ("a month": 43,830 minutes); None
    when nothing of these is asked. A sum of money is asked only of figures with one among them,
    or, `lacking` one, when a cost is named ("what's the fuel cost")."""
    money_asked, many = ASKED_MONEY.search(new), ASKED_COUNT.search(new)
    if bool(money_asked) == bool(many):
        return None
    if many:
        dim, factor, said = _dim(many.group("u"))
        return ({dim: 1}, said, 1 / factor) if not dim.startswith("#") else None
    if not _of(qs, "£") and not (lacking and COST_NAMED.search(new)):
        return None
    asked = money_asked.end() if money_asked else 0
    clause = re.split(r"[\d£.?!,]", new[asked:])[0]
    wanted, worth, per = {"£": 1}, 1.0, ""
    for m in ASKED_PER.finditer(OVER_A.sub(" ", clause)):
        dim, factor, _ = _dim("each" if m.group("each") else m.group("per"))
        counts = any(dict(u.dims).get(dim) for q in qs if (u := as_unit(q)))
        if dim.startswith("#") and dim != "#people" and not counts:
            return None  # per a thing no figure counts ("per go"): no unit of it to cancel
        wanted[dim] = wanted.get(dim, 0) - 1
        worth *= factor
        per += f" {m.group()}"
    return wanted, f"£{per}", worth


# What is left said of a figure ("340 pages left"): the amount, not a sum taken off.
STILL_LEFT = re.compile(r"(?<=\d)(?: [a-z]+)? left\b")


def _put(
    qs: list[Quantity], text: str, new: str, lacking: bool = False
) -> tuple[list[Unit], tuple[dict[str, int], str, float]] | None:
    """The figures of a sum of products and quotients and what it asks (`_wanted`), or None
    when a figure has no unit or a word makes it more than products (a percent, a part, one
    left out)."""
    if U_NOT.search(STILL_LEFT.sub(" ", text)) or LEFT_OUT.search(text):
        return None
    asked = _wanted(new, qs, lacking)
    figs = units_of_all(qs)
    if not asked or not figs or len(qs) > 5:
        return None
    over = OVER_A.search(new)
    if over:
        dim, f, said = _dim(over.group("span"))
        if dim.startswith("#"):
            return None
        figs.append(Unit(f, ((dim, 1),), f"a {over.group('span')}", False, ((dim, said),)))
    return figs, asked


# The one figure a sum may lack, by its units, and how she asks for it.
_LACKING = (
    ((("#people", 1),), "how many of you there are"),
    ((("volume", -1), ("£", 1)), "what a litre of fuel costs"),
    ((("#gallon", -1), ("length", 1)), "how many miles to the gallon it does"),
    ((("length", 1),), "how many miles it is"),
    ((("time", 1),), "how long it is for"),
)


def short(qs: list[Quantity], text: str, new: str) -> str:
    """What the one figure a sum lacks is, when its figures cancel to what is asked with one
    more of a unit and one only ("coach is £540 for the day, what's that each": how many of you
    there are; "£85 per iftar, what's the total": how many iftars); "" when they cancel without
    it, or lack more than one, or it could be either of two."""
    put = _put(qs, text, new, lacking=True)
    if not put or not qs:
        return ""
    figs, (want, said, _) = put
    # what is asked, and the same a rate over the one time the figures are a rate over
    wants = [want, *([{**want, "time": -1}] if _kept_rate(qs, want) else [])]
    if not said.startswith("£") or cancelled(figs, want) is not None:
        return ""  # a count asked ("how many hours a week") is no sum of money to finish
    if len(qs) > 1 and any(cancelled(figs, w) is not None for w in wants):
        return ""  # "£1,200 a month, 3 of us, how much each": nothing lacking, a rate kept
    given = {f.dims[0][0] for f in figs if len(f.dims) == 1 and f.dims[0][1] == 1}
    per_things = {d for f in figs for d, k in f.dims if k < 0 and d.startswith("#")}
    lacking = [
        *_LACKING,
        *((((d, 1),), f"how many {_plural(d[1:])} there are") for d in per_things),
    ]
    found = []
    for dims, asking in lacking:
        if any(d in given and k > 0 for d, k in dims):
            continue  # so many of it given already ("6 of us"): not the one lacking
        one = Unit(1.0, tuple(sorted(dims)), "", False, ())
        extra = [GALLON] if dict(dims).get("#gallon") and GALLON not in figs else []
        if any(cancelled([*figs, one, *extra], w) is not None for w in wants):
            found.append(asking)
    return found[0] if len(set(found)) == 1 else ""


def _kept_rate(qs: list[Quantity], want: dict[str, int]) -> str:
    """The time the figures are a rate over ("£1,200 a month": month), when they are over one
    time only and the question asks over none: the result stays a rate over it; else ""."""
    over = {q.per for q in qs if q.per and _dim(q.per)[0] == "time"}
    return next(iter(over)) if len(over) == 1 and "time" not in want else ""


def _by_units(qs: list[Quantity], text: str, new: str) -> str:
    """Any other sum of products and quotients, read as `reckon.units_of` reads one: every
    figure with a unit, each used once, in the one way whose units cancel to what is asked
    ("the villa is £2,100 for 7 nights, 6 of us, what's that per person per night": £50;
    "£40 a month each, 5 of us, how many months to reach £1,000": 5 months); "" when a figure
    has no unit, a word makes the sum more than products (a percent, a part, one left out), or
    two ways or none give the unit asked."""
    put = _put(qs, text, new)
    if not put or len(qs) < 2:
        return ""
    figs, (want, said, worth) = put
    steps = cancelled(figs, want)
    kept = _kept_rate(qs, want)
    if not steps and kept and said.startswith("£"):
        # "the flat is £1,200 a month, 3 of us, how much each": £400 each, a month
        steps = cancelled(figs, {**want, "time": -1})
        said, worth = f"{said} {_a(kept)}", worth * _dim(kept)[1]
    if not steps or len(steps) != 1:
        return ""
    step, value = steps[0]
    if said.startswith("£"):
        result = f"{money(value * worth)}{said.removeprefix('£')}"
    else:
        result = _counted_up(value * worth, said, new)
    step = step.format(result)
    if step.endswith(f" ({result})"):
        # "3 kilos at £4.20 per kilo is £12.60", not "is £12.6 (£12.60)"
        step = step.removesuffix(f" ({result})")
        step = f"{step[: step.rfind(' is ')]} is {result}"
    # a sum shared by a head count is "between" them, not "at" them, and she says it to them
    step = re.sub(rf" at ({NUM}) of (?:us|you)\b", r" between \1 of you", step)
    step = re.sub(rf"\b({NUM}) of us\b", r"\1 of you", step)
    return re.sub(rf" at ({NUM} (?:people|persons?))\b", r" between \1", step)


def _counted_up(value: float, said: str, new: str) -> str:
    """A count asked (`said`: its unit's name), to two places; a count of stretches to reach a
    sum of money or of days, weeks, months to finish (`REACHED`) that is not whole, and the whole
    count it takes: "17.14 weeks, so 18 weeks" (a journey's hours are not rounded up)."""
    shown = f"{count(round(value, 2))} {said}"
    whole = math.ceil(value - 1e-9)
    whole_spans = said.rstrip("s") in ("day", "week", "month", "year")
    if not REACHED.search(new) or not ("£" in new or whole_spans) or abs(value - whole) < 1e-9:
        return shown
    return f"{shown}, so {count(whole)} {said}"


READINGS: tuple[Callable[[list[Quantity], str, str], str], ...] = (
    _pool_left,
    _pool_and_share,
    _driving,
    _rate_volume,
    _shared_out,
    _per_unit,
    _average,
    _throughput,
    _shifts,
    _ratio,
    _per_holder,
    _each_of_choices,
    _hours_to_cover,
    _rate_over_shifts,
    _items_and_fees_each,
    _spare_shared,
    _ages_at,
    _overtime,
    _deposit_rest,
    _fee_each,
    _rest_at_rate,
    _two_rates,
    _period_choice,
)


def read(message: str, before: str | Sequence[str] = "") -> Worked | None:
    """The sum `message` asks, worked step by step; None when it is no sum of these kinds or
    its reading is not the one reading. When the message alone is not the whole sum, it is read
    after each of `before` in turn, nearest first (what people said just before it: "coach is
    £540 for the day, 23 of us", then "entry is £13.50 concession on top isnt it", then "and if
    we add the entry at £13.50 each, what's the total per head"): the first that gives one
    reading is the sum; one that gives two readings ends it with none. When none reads whole
    and the nearest lacks one figure only, that figure is asked for (`Worked.need`)."""
    new = _clean(_in_pounds(message))
    if not (SUM_PUT.search(new) or ASKED_TOO.search(new)):
        return None
    told = [before] if isinstance(before, str) else list(before)
    lacking = ""  # the one figure the nearest reading lacks, asked for when none is whole
    for at, said_before in enumerate(["", *told]):
        said_before = _clean(_in_pounds(said_before)) if said_before else ""
        if said_before and said_before in new:
            continue
        text = f"{said_before}. {new}" if said_before else new
        said = _readings(text, new)
        if said and said_before and said == _readings(said_before, said_before):
            continue  # the sum asked before, whole in itself, that this message changes nothing of
        if len(said) == 1:
            return Worked(_fuller(said[0], text, told[at:], new))
        if said:
            return None  # two readings of one text: no sure sum
        lacking = lacking or (not _NOT_A_SUM.search(text) and short(quantities(text), text, new))
    return Worked("", need=lacking) if lacking else None


def _fuller(working: str, text: str, older: Sequence[str], new: str) -> str:
    """The reading of `text` (`working`), or of it after the lines said before it (`older`,
    nearest first) when with them it is still one reading and uses their figures too: "14 hrs a
    week", "£11.44 an hr", "how much will i make over the 10 wk term" is 140 hours at £11.44,
    not 10 weeks of every hour at £11.44 (the figures said over several messages are one sum)."""
    for line in older:
        line = _clean(_in_pounds(line))
        text = f"{line}. {text}"
        said = _readings(text, new)
        if len(said) != 1:
            return working
        figures = {f.replace(",", "") for f in FIGURE.findall(line)}
        if said[0] != working and figures & {f.replace(",", "") for f in FIGURE.findall(said[0])}:
            working = said[0]
    return working


def _readings(text: str, new: str) -> list[str]:
    """Every reading of `text` (asked in `new`, its last part), worked."""
    if _NOT_A_SUM.search(text):
        return []
    qs = quantities(text)
    said = [w for w in (reading(qs, text, new) for reading in READINGS) if w]
    return said or [w for w in [_by_units(qs, text, new)] if w]
