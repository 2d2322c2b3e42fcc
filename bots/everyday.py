"""Everyday sums of a known class (sums39), read from the ask and the lines said before it.

Each reader works one class of sum people ask in a chat, in its plain shapes, and only when
every figure of the lines it reads has its place (a date, a clock time, an age said "under 5"
and money said of something else the ask leaves out are places too): a wrong answer is rated
lower than a decline. The classes:

- which of two offers is better value ("6 for £1.80 or 8 for £2.20", "£5.40 for 200g"), and
  what a multi-buy saves ("£8 a bottle or 3 for £20, if i buy 6");
- paint for walls ("4.5m wide and 2.4m high", "1 litre covers 10 square metres", "2 coats"),
  and tiles that fit a floor exactly;
- an age on a date, the year one turns so old, the years between two years;
- the next of a bus or a train that runs every so often from a time;
- tables or teams needed (rounded up), full ones and those left over, shares and what is over;
- petrol for a distance at so many miles a gallon, a gallon of so many litres;
- a bill from two meter readings at a rate a unit, with a standing charge;
- a price each times the count asked of, others said beside it left out ("car park is £8
  total"), those who go free taken off;
- a multi-buy ("buy 2 get the 3rd free") shared between so many;
- so many things at a time each, in the unit asked ("in hours").

`worked(lines)` gives the sum the last of `lines` asks (oldest first), or None."""

from __future__ import annotations

import calendar
import math
import re
from collections.abc import Callable, Sequence
from datetime import date
from functools import lru_cache

from bots.fold import folded
from bots.reckon import _MONTHS, money
from bots.reckon import money as _m  # (to the penny, a half up)
from bots.wordsum import _WORDS, Worked, count, typed

NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
WORD_NUM = r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
# A figure as said, for the check that every one has its place.
DIGITS = re.compile(NUM)
# Figures that are no part of any sum here: ordinals of a date ("1st jan"), a flat ("4b").
FREE = re.compile(
    r"\b\d{1,2}(?:st|nd|rd|th)\b|\b\d+[a-z]\b(?<!\d[mglpk]\b)(?<!\dkm\b)|"
    r"(?<![£$€\d.])\b\d{1,2}:\d\d\b|(?<![£$€\d.])\b\d{1,2}\.\d\d\s?(?:am|pm)\b|"
    r"\b\d{1,2}\s?(?:am|pm)\b"
)
Used = list[tuple[int, int, int]]  # (line, start, end) of each figure placed


def _n(said: str) -> float:
    return float(said.replace(",", ""))


def _num(said: str) -> float:
    """A figure said in digits or as a word ("two coats")."""
    return float(_WORDS.get(said, said).replace(",", ""))


def _placed(lines: Sequence[str], used: Used) -> bool:
    """Whether every figure of `lines` lies in a span some reading placed, or is free."""
    for i, text in enumerate(lines):
        free = [m.span() for m in FREE.finditer(text)]
        for m in DIGITS.finditer(text):
            spans = [(a, b) for j, a, b in used if j == i] + free
            if not any(a <= m.start() and m.end() <= b for a, b in spans):
                return False
    return True


def _find(pattern: re.Pattern[str], lines: Sequence[str]) -> list[tuple[int, re.Match[str]]]:
    return [(i, m) for i, text in enumerate(lines) for m in pattern.finditer(text)]


ASKING = re.compile(r"\b(?:how|what|whats|what'?s|which|whens|when'?s|when|total|so)\b")


def _asking(line: str) -> str:
    """The ask of the last line, from its first question word on ("burgers are £4 each ... how
    much": "how much"), so the words of the figures said before it are not read as asked."""
    at = ASKING.search(line)
    return line[at.start() :] if at else line


def _spans(found: Sequence[tuple[int, re.Match[str]]]) -> Used:
    return [(i, *m.span()) for i, m in found]


def _pence(value: float) -> str:
    """30p, 27.5p, £2.70: a price a unit as it is said."""
    if value < 1:
        p = round(value * 100, 2)
        return f"{count(p)}p"
    return money(value)


# --- which offer is better value ---------------------------------------------------------

_UNIT = r"(?P<u>kg|g|grams?|ml|l|litres?|liters?|cl)"
_PACK = (
    r"(?:an? )?(?:(?:tray|pack|box|bag|jar|tub|crate|case|multipack|carton|punnet|sack|tin)s? of )"
)
OFFER = folded(
    rf"(?<![\w.£])(?P<n>{NUM})\s?{_UNIT}?\s?(?:-?pack\s)?(?:[a-z]{{3,}}\s)?for\s£(?P<p>{NUM})|"
    rf"(?P<pack>{_PACK})(?P<n2>{NUM})\s?(?P<u2>kg|g|ml|l|litres?)?\s(?:[a-z]{{3,}}\s)?"
    rf"(?:for|is|costs?)\s£(?P<p2>{NUM})|"
    rf"£(?P<p3>{NUM})\s(?:for|per)\s(?P<pack3>{_PACK})?(?P<n3>{NUM})\s?"
    r"(?P<u3>kg|g|grams?|ml|l|litres?|liters?|cl)?(?![\w.])",
    re.I,
)
# One at a price: "£8 a bottle", "£1.20 each".
SINGLE = re.compile(
    rf"(?:£(?P<p>{NUM})|(?<![\w.£$€])(?P<q>{NUM})p)\s(?:each|a (?P<noun>[a-z]{{3,}}))\b"
)
VALUE_ASKED = re.compile(
    r"\b(?:cheaper|better value|best value|better deal|best deal|better buy|best buy|"
    r"more for (?:my|your|the|our) money|good value|value for money)\b"
)
PER_ASKED = re.compile(r"\b(?:per|a|an|each) (?P<noun>[a-z]{3,})\b")
SAVE_ASKED = re.compile(r"\bhow much (?:do|would|will|can|did) (?:i|we|you|u) sa?ve\b")
BUY = re.compile(r"\b(?:buy|get|getting|buying|need)\s(?P<n>\d+)\b")


def _offers(lines: Sequence[str], used: Used) -> list[tuple[float, float, str, str, str]]:
    """Every offer said: (how many, price, unit, as said, its size as said), its figures
    placed."""
    out = []
    for i, m in _find(OFFER, lines):
        if m.group("n"):
            n, p, u, pack = m.group("n"), m.group("p"), m.group("u"), ""
        elif m.group("n2"):
            n, p, u, pack = m.group("n2"), m.group("p2"), m.group("u2"), m.group("pack")
        else:
            n, p, u, pack = m.group("n3"), m.group("p3"), m.group("u3"), m.group("pack3")
        unit = _base(u or "")
        amount = _n(n) * (1000 if (u or "").lower() in ("kg", "l", "litre", "litres") else 1)
        amount = amount * 10 if (u or "") == "cl" else amount
        pack = re.sub(r"^an? ", "", pack or "")
        size = f"{n}{' ' if len(u or '') > 2 else ''}{u or ''}"
        out.append((amount, _n(p), unit, f"the {pack}{size} for £{p}", size))
        used.append((i, *m.span()))
    return out


def _base(unit: str) -> str:
    unit = unit.lower()
    if unit in ("g", "gram", "grams", "kg"):
        return "g"
    if unit in ("ml", "l", "litre", "litres", "liter", "liters", "cl"):
        return "ml"
    return ""


def _compared(lines: Sequence[str]) -> Worked | None:
    """Which of two offers is better value, by the price of one (or of 100g, 100ml)."""
    ask = lines[-1]
    if not VALUE_ASKED.search(ask) or not re.search(r"\bwhich\b|\bor\b|\bvs\b", " ".join(lines)):
        return None
    used: Used = []
    offers = _offers(lines, used)
    if len(offers) != 2 or not _placed(lines, used) or SAVE_ASKED.search(ask):
        return None
    units = {u for _, _, u, _, _ in offers}
    if len(units) != 1 or any(a <= 0 for a, _, _, _, _ in offers):
        return None
    unit = units.pop()
    per = PER_ASKED.search(ask, VALUE_ASKED.search(ask).start())
    noun = per.group("noun") if per and per.group("noun") not in ("bit", "lot", "one") else ""
    big = all(re.search(r"(?:kg|l|litres?|liters?)$", size) for *_, size in offers)
    if unit and big:
        scale, label = 1000.0, "a litre" if unit == "ml" else "a kg"
    elif unit:
        scale, label = 100.0, f"per 100{unit}"
    else:
        scale, label = 1.0, f"{'an' if noun[:1] in 'aeiou' else 'a'} {noun}" if noun else "each"
    rates = [(p / a * scale, said, p, size) for a, p, _, said, size in offers]
    steps = [f"{_m(p)} ÷ {size} is {_pence(rate)} {label}" for rate, _, p, size in rates]
    (r1, s1, _, _), (r2, s2, _, _) = rates
    if abs(r1 - r2) < 0.00005:
        return Worked("; ".join(steps) + ": the same either way", f"the same, {_pence(r1)} {label}")
    best, other = (rates[0], rates[1]) if r1 < r2 else (rates[1], rates[0])
    return Worked(
        "; ".join(steps) + f", so {best[1]} is better value",
        f"{best[1]} ({_pence(best[0])} {label} against {_pence(other[0])})",
    )


def _saved(lines: Sequence[str]) -> Worked | None:
    """What a multi-buy saves on so many bought: "£8 a bottle or 3 for £20, if i buy 6"."""
    ask = lines[-1]
    if not SAVE_ASKED.search(ask):
        return None
    used: Used = []
    offers = _offers(lines, used)
    singles = _find(SINGLE, lines)
    bought = _find(BUY, [ask])
    if len(offers) != 1 or len(singles) != 1 or len(bought) != 1 or offers[0][2]:
        return None
    used.append((singles[0][0], *singles[0][1].span()))
    used.append((len(lines) - 1, *bought[0][1].span("n")))
    if not _placed(lines, used):
        return None
    k, deal, _, _, _ = offers[0]
    single = singles[0][1]
    one = _n(single["p"]) if single["p"] else _n(single["q"]) / 100
    n = int(bought[0][1].group("n"))
    if k < 2 or k != int(k) or n < k or deal >= k * one:
        return None
    bundles, rest = divmod(n, int(k))
    full = round(n * one, 2)
    paid = round(bundles * deal + rest * one, 2)
    steps = [f"{n} × {_m(one)} is {_m(full)}"]
    deals = f"{bundles} × {_m(deal)}" + (f" + {rest} × {_m(one)}" if rest else "")
    steps.append(f"on the deal, {deals} is {_m(paid)}")
    steps.append(f"{_m(full)} − {_m(paid)} is {_m(full - paid)} saved")
    return Worked("; ".join(steps), f"{_m(full - paid)} saved")


# --- paint and tiles -------------------------------------------------------------------------

SIDES = re.compile(
    rf"(?<![\w.])(?P<a>{NUM})\s?m\s(?:wide|long|across)?\s?(?:and|by|x|×)\s(?P<b>{NUM})\s?m\b"
    r"(?:\s(?:high|tall|long|wide))?|"
    rf"(?<![\w.])(?P<c>{NUM})\s?(?:m\s)?(?:x|×|by)\s?(?P<d>{NUM})\s?m\b"
)
WALLS = re.compile(rf"\b(?P<k>\d|{WORD_NUM}) walls?\b")
EACH_WALL = re.compile(r"\b(?:both|each|all|every one)\b")
COVERS = re.compile(
    rf"\b(?:1 |one |a |each |per |every )?(?P<per>litre|liter|l|tin|can|pot)s?\s(?:of paint\s)?"
    rf"(?:say (?:they |it )?)?(?:covers?|does|do|will do|goes|is good for)\s(?:about\s)?"
    rf"(?P<a>{NUM})\s?(?:square metres|square meters|sq ?m|m2|m²|square m)\b|"
    rf"(?P<per2>tins?|cans?|pots?)\s(?:say (?:they |it )?)?(?:covers?|does|do|will do)\s"
    rf"(?:about\s)?(?P<b>{NUM})\s?(?:square metres|square meters|sq ?m|m2|m²)\b|"
    rf"(?P<c>{NUM})\s?(?:square metres|square meters|sq ?m|m2|m²)\s(?:per|a|to the|to a|each)\s"
    r"(?P<per3>litre|liter|tin|can|pot)\b"
)
COATS = re.compile(rf"\b(?P<k>\d|{WORD_NUM}) coats?\b")
TIN_SIZE = re.compile(rf"\b(?P<s>{NUM})\s?(?:l|litre|liter)s?\s(?:tins?|cans?|pots?)\b")
PAINT_ASKED = re.compile(r"\bhow (?:many|much) (?P<what>litres?|liters?|paint|tins?|cans?|pots?)\b")


def _covered(lines: Sequence[str]) -> Worked | None:
    """Paint for walls: their area times the coats, over what a litre (or a tin) covers."""
    asked = PAINT_ASKED.search(lines[-1])
    if not asked:
        return None
    used: Used = []
    sides = _find(SIDES, lines)
    covers = _find(COVERS, lines)
    if len(sides) != 1 or len(covers) != 1:
        return None
    i, s = sides[0]
    a, b = _n(s.group("a") or s.group("c")), _n(s.group("b") or s.group("d"))
    used.append((i, *s.span()))
    walls = 1
    for j, w in _find(WALLS, lines):
        if walls != 1 or not (EACH_WALL.search(lines[j]) and j == i):
            return None  # "2 walls" and one size said: each of that size, or both together?
        walls = int(_num(w.group("k")))
        used.append((j, *w.span("k")))
    j, c = covers[0]
    per = c.group("per") or c.group("per2") or c.group("per3")
    per = "litre" if per.startswith("l") else "tin"
    rate = _n(c.group("a") or c.group("b") or c.group("c"))
    used.append((j, *c.span()))
    coats_said = _find(COATS, lines)
    if len(coats_said) > 1:
        return None
    coats = int(_num(coats_said[0][1].group("k"))) if coats_said else 1
    if coats_said:
        used.append((coats_said[0][0], *coats_said[0][1].span("k")))
    sizes = _find(TIN_SIZE, lines)
    for j, t in sizes:
        used.append((j, *t.span()))
    if not _placed(lines, used) or len(sizes) > 1 or not rate:
        return None
    what = asked.group("what")
    area = round(a * b * walls, 4)
    steps = [f"{count(a)}m × {count(b)}m" + (f" × {walls} walls" if walls > 1 else "")]
    steps[0] += f" is {count(area)} m²"
    if coats > 1:
        steps.append(f"× {coats} coats is {count(round(area * coats, 4))} m²")
    else:
        steps.append("one coat")
    covered = area * coats
    if per == "litre":
        litres = covered / rate
        steps.append(f"÷ {count(rate)} m² a litre is {count(round(litres, 2))} litres")
        if what.startswith(("lit", "paint")):
            if sizes:
                return None
            return Worked(", ".join(steps), f"{count(round(litres, 2))} litres")
        if len(sizes) != 1:
            return None
        size = _n(sizes[0][1].group("s"))
        tins = math.ceil(litres / size - 1e-9)
        steps.append(f"in {count(size)} litre tins, {tins} tins")
        return Worked(", ".join(steps), f"{tins} tins")
    if what.startswith(("lit", "paint")) or sizes:
        return None
    exact = covered / rate
    tins = math.ceil(exact - 1e-9)
    steps.append(f"÷ {count(rate)} m² a tin is {count(round(exact, 2))}")
    if tins != exact:
        steps[-1] += f", so {tins} {what} to have enough"
    return Worked(", ".join(steps), f"{tins} {what}")


FLOOR = re.compile(rf"(?<![\w.])(?P<a>{NUM})\s?m\s(?:by|x|×)\s(?P<b>{NUM})\s?m\b")
TILE = re.compile(
    rf"(?<![\w.])(?P<t>{NUM})\s?cm\s(?:square|squares|x\s?(?P=t)\s?cm)\b|"
    rf"(?<![\w.])(?P<u>{NUM})\s?(?:x|×|by)\s?(?P=u)\s?cm\b"
)


def _tiled(lines: Sequence[str]) -> Worked | None:
    """Square tiles that fit a floor exactly: the tiles along each side, times each other."""
    if not re.search(r"\bhow many tiles\b", lines[-1]):
        return None
    floors, tiles = _find(FLOOR, lines), _find(TILE, lines)
    if len(floors) != 1 or len(tiles) != 1:
        return None
    (i, f), (j, t) = floors[0], tiles[0]
    if not _placed(lines, [(i, *f.span()), (j, *t.span())]):
        return None
    a, b = _n(f.group("a")) * 100, _n(f.group("b")) * 100
    side = _n(t.group("t") or t.group("u"))
    if not side:
        return None  # tiles of no size
    along, across = a / side, b / side
    if abs(along - round(along)) > 1e-6 or abs(across - round(across)) > 1e-6:
        return None  # tiles cut to fit: how many is more than the floor over one tile
    n = round(along) * round(across)
    return Worked(
        f"{count(a)}cm ÷ {count(side)}cm is {round(along)}; {count(b)}cm ÷ {count(side)}cm is "
        f"{round(across)}; {round(along)} × {round(across)} is {n} tiles",
        f"{n} tiles",
    )


# --- ages and years --------------------------------------------------------------------------

_MONTH = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_YEAR = r"(?P<y>1[0-9]\d\d|20\d\d)"
DATE = re.compile(
    rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?: of)? {_MONTH},? {_YEAR}\b|"
    rf"\b{_MONTH.replace('mon>', 'mon2>')} (?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,? "
    rf"{_YEAR.replace('y>', 'y2>')}\b|"
    rf"\b(?P<feast>christmas(?: day)?|christmas eve|new year'?s (?:day|eve)|boxing day),? "
    rf"{_YEAR.replace('y>', 'y3>')}\b"
)
FEASTS = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24)}
FEASTS |= {"boxing day": (12, 26), "new years day": (1, 1), "new year's day": (1, 1)}
FEASTS |= {"new years eve": (12, 31), "new year's eve": (12, 31)}
YEAR = re.compile(rf"(?<![\w£$€.,:/-]){_YEAR}(?![\w%:/-]|[.,]\d)")
BORN = re.compile(
    r"\b(?:born|built|founded|opened|started|made|established|planted|set up|dates from|"
    r"went up|put up)\b(?: on| in| back in)?(?: the)?\s$"
)
AGE_ASKED = re.compile(r"\bwhat age\b|\bhow old\b(?! (?:are|r|were) (?:you|u)\b)|\bwhat birthday\b")
TURN_ASKED = re.compile(r"\b(?:what year|which year|when)\b[^.?!]{0,30}\bturns? (?P<n>\d+)\b")
BETWEEN_ASKED = re.compile(
    r"\bhow many years\b[^.?!]{0,20}\b(?:between|apart|difference)\b|"
    r"\byears between\b"
)
IN_YEAR = re.compile(rf"\b(?:in|by|during) {_YEAR}\b")


def _dates(lines: Sequence[str]) -> list[tuple[int, re.Match[str], date]]:
    out = []
    for i, m in _find(DATE, lines):
        year = int(m.group("y") or m.group("y2") or m.group("y3"))
        if m.group("feast"):
            month, day = FEASTS[m.group("feast").replace("’", "'")]
        else:
            month = _month(m.group("mon") or m.group("mon2"))
            day = int(m.group("d") or m.group("d2"))
        try:
            out.append((i, m, date(year, month, day)))
        except ValueError:
            return []
    return out


def _month(said: str) -> int:
    return next(k for k, name in enumerate(_MONTHS, 1) if name.startswith(said[:3]))


def _said_date(when: date) -> str:
    return f"{when.day} {_MONTHS[when.month - 1].capitalize()} {when.year}"


def _birthday(birth: date, year: int) -> date:
    """The birthday of one born on `birth` in `year`: 28 February in a year with no 29th."""
    if birth.month == 2 and birth.day == 29 and not calendar.isleap(year):
        return date(year, 2, 28)
    return date(year, birth.month, birth.day)


def _aged(lines: Sequence[str]) -> Worked | None:
    """An age on a date ("born 12 june 1948", "on 12 june 2025": 77), the year one turns so old
    ("born in 1971", "what year does she turn 60"), the years between two years, and how old a
    thing will be in a year ("built in 1387 ... how old will it be in 2030")."""
    ask = lines[-1]
    between, turn, age = BETWEEN_ASKED.search(ask), TURN_ASKED.search(ask), AGE_ASKED.search(ask)
    if not (between or turn or age):
        return None
    dates = _dates(lines)
    spans: Used = [(i, *m.span()) for i, m, _ in dates]
    years = [
        (i, m)
        for i, m in _find(YEAR, lines)
        if not any(j == i and a <= m.start() < b for j, a, b in spans)
    ]
    spans += [(i, *m.span()) for i, m in years]
    if turn:
        spans.append((len(lines) - 1, *turn.span("n")))
    if not _placed(lines, spans):
        return None

    def marked(i: int, m: re.Match[str]) -> bool:
        return bool(BORN.search(lines[i][max(0, m.start() - 30) : m.start()]))

    born_dates = [d for d in dates if marked(d[0], d[1])]
    born_years = [y for y in years if marked(*y)]
    if len(born_dates) + len(born_years) != 1:
        return None
    birth = born_dates[0][2] if born_dates else None
    start = birth.year if birth else int(born_years[0][1].group("y"))
    on = [d[2] for d in dates if d not in born_dates]
    rest = [y for y in years if y not in born_years]
    # the year an age is asked in: "how old will it be in 2030"
    target = [
        (i, m)
        for i, m in rest
        if age
        and i == len(lines) - 1
        and m.start() > age.end()
        and IN_YEAR.match(ask, m.start() - 3)
    ]
    if age and target:
        rest = [y for y in rest if y not in target]
    steps: list[str] = []
    numbers: list[str] = []
    if between:
        if len(rest) != 1 or on:
            return None
        later = int(rest[0][1].group("y"))
        if later <= start:
            return None
        steps.append(f"{later} − {start} is {later - start} years")
        numbers.append(f"{later - start} years")
        rest = []
    if turn:
        n = int(turn.group("n"))
        if rest or on or age or not 0 < n < 130:
            return None
        when = f": {n} on {_said_date(_birthday(birth, start + n))}" if birth else ""
        return Worked(f"{start} + {n} is {start + n}{when}", str(start + n))
    if age:
        if rest or len(on) + len(target) != 1:
            return None
        if on:
            if not birth or on[0] < birth:
                return None  # born in a year, asked of a day: before the birthday or after?
            day = on[0]
            past = (day.month, day.day) >= (birth.month, birth.day)
            old = day.year - birth.year - (not past)
            said = f"{day.year} − {birth.year} is {day.year - birth.year}"
            birthday = f"{birth.day} {_MONTHS[birth.month - 1].capitalize()}"
            if (day.month, day.day) == (birth.month, birth.day):
                said += ", on the birthday itself"
            elif past:
                said += f", the birthday ({birthday}) already past by then"
            else:
                said += f", less one as the birthday ({birthday}) is not yet come: {old}"
            steps.append(said)
            numbers.append(str(old))
        else:
            year = int(target[0][1].group("y"))
            if year < start:
                return None
            old = year - start
            steps.append(f"{year} − {start} is {old} (turning {old} during {year})")
            numbers.append(f"{old} in {year}")
    elif rest or on:
        return None
    return Worked("; ".join(steps), "; ".join(numbers)) if steps else None


# --- the next one after a time ---------------------------------------------------------------

EVERY = re.compile(rf"\bevery (?P<n>{NUM}) ?(?P<u>mins?|minutes|hours?|hrs?)\b")
FROM = re.compile(
    r"\b(?:starting|starts|from|first (?:one|bus|train|tram)?\s?(?:is |at |leaves )?|"
    r"leaving from)\s?(?:at\s)?$"
)
NEXT_ASKED = re.compile(
    r"\b(?:when'?s|whens|what time'?s|what time is|when is) the next (?:one|bus|train|tram|"
    r"boat|ferry|coach)\b|\bnext (?:one|bus|train|tram) (?:after|is)\b"
)


def _next_one(lines: Sequence[str]) -> Worked | None:
    """The next of a bus or a train that runs every so often from a time, after the time one
    is there ("bus runs every 12 mins starting 7:06", "ill be at the stop 7:50": 7:54)."""
    from bots.solve_time import _clocks, _said_clock

    if not NEXT_ASKED.search(lines[-1]):
        return None
    every = _find(EVERY, lines)
    clocks = [c for i, text in enumerate(lines) for c in _clocks(text, i)]
    if len(every) != 1 or len(clocks) != 2:
        return None
    i, e = every[0]
    gap = _n(e.group("n")) * (60 if e.group("u").startswith("h") else 1)
    firsts = [c for c in clocks if FROM.search(lines[c.line][max(0, c.at[0] - 24) : c.at[0]])]
    if len(firsts) != 1 or not gap:
        return None
    first = firsts[0]
    there = next(c for c in clocks if c is not first)
    if first.vague != there.vague:
        return None  # "7:06" and "7:50pm": morning or evening unsaid of one
    used: Used = [(i, *e.span()), *((c.line, *c.at) for c in clocks)]
    if not _placed(lines, used):
        return None
    wait = there.minutes - first.minutes
    if wait < 0 or wait > 18 * 60:
        return None
    k = math.ceil(wait / gap - 1e-9)
    at = first.minutes + k * gap
    vague = first.vague
    if k == 0:
        return Worked(f"the first is at {first.said}", _said_clock(at, vague))
    said = (
        f"{first.said} + {k} × {count(_n(e.group('n')))} {e.group('u')} is {_said_clock(at, vague)}"
    )
    if at == there.minutes:
        said += ", just as you get there"
    return Worked(said, _said_clock(at, vague))


# --- groups: tables, teams, shares and what is over ---------------------------------------

_WHO = (
    r"people|guests|players|kids|children|adults|runners|pupils|students|members|mates|friends|"
    r"staff|folk|of us|of them|of you"
)
_GROUP = r"tables?|teams?|groups?|cars?|minibus(?:es)?|taxis?|boats?|rooms?|tents?|buses|coaches"
# A count of people: "32 people signed up", "theres 14 of us", "52 guests confirmed".
WHO_COUNT = re.compile(
    rf"(?<![\w.£$€])(?P<n>\d+) (?:{_WHO})\b|(?<![\w.£$€])(?P<m>\d+) "
    r"(?:have |)(?:signed up|coming|confirmed|booked in|going)\b"
)
# A count of things to share: "50 cupcakes", "150 sweets"; and of pieces: "6 pizzas, each cut
# into 8 slices".
THINGS = re.compile(r"(?<![\w.£$€])(?P<n>\d+) (?:[a-z]+ )?(?P<noun>[a-z]{3,}s)\b")
PIECES = re.compile(
    r"(?<![\w.£$€])(?P<k>\d+) (?P<whole>[a-z]{3,}s),? (?:each |all )?(?:cut into|cut in|with|"
    r"of|split into|in) (?P<m>\d+) (?P<noun>slices|pieces|squares|bits|portions)\b"
)
SIZE = re.compile(
    rf"(?:max(?:imum)? |up to |no more than )?(?P<s>\d+) (?:max |people |players )?(?:per|a|to a|"
    rf"at each|on each|in each|in a|each) (?P<g>table|team|car|group|minibus|taxi|boat|room|tent|"
    rf"bus|coach)\b|\b(?P<g2>{_GROUP}) of (?P<s2>\d+)\b|"
    rf"\b(?P<g3>table|car|minibus|taxi|room|tent|boat|bus|coach)(?:es|s)? (?:only )?"
    rf"(?:seats?|takes?|holds?|fits?|sleeps?) (?:up to |max |a max of |only )?(?P<s3>\d+)\b"
    r"(?: max\b)?|"
    r"(?P<s4>\d+)[- ]a[- ]side\b"
)
# What a group's size is made of, said after it: "teams of 6 (5 players plus 1 sub)".
MADE_OF = re.compile(r"\s?\((?P<a>\d+) [a-z]+ (?:plus|and|\+) (?P<b>\d+) [a-z]+\)")
GROUPS_ASKED = re.compile(rf"\bhow many (?P<full>full |whole |complete )?(?P<g>{_GROUP})\b")
EACH_ASKED = re.compile(
    r"\bhow many (?:each|do (?:we|they|you) (?:each )?get|does (?:each|everyone|every1) get|"
    r"[a-z]+ each|for each)\b"
)
OVER_ASKED = re.compile(r"\b(?:left over|leftover|left|spare|over|remain\w*|extra)\b")
SAME = re.compile(r"\b(?:each|every ?one|everybody|they all|we all|the same|equal\w*|fair)\b")


def _group(noun: str) -> str:
    """A kind of group, one of them: "minibuses" is "minibus", "tables" "table"."""
    if noun.endswith(("uses", "ches", "shes", "xes")):
        return noun[:-2]
    return noun if noun.endswith(("us", "ss")) else noun.removesuffix("s")


def _grouped(lines: Sequence[str]) -> Worked | None:
    """Tables or teams for so many: enough to seat them all (rounded up), or full ones and those
    left over; a count of things shared the same among so many, and what is over."""
    ask = _asking(lines[-1])
    groups, each = GROUPS_ASKED.search(ask), EACH_ASKED.search(ask)
    if not groups and not (each and SAME.search(" ".join(lines))):
        return None
    used: Used = []
    made = [(i, m) for i, z in _find(SIZE, lines) if (m := MADE_OF.match(lines[i], z.end()))]
    who = [
        (i, w)
        for i, w in _find(WHO_COUNT, lines)
        if not any(i == j and m.start() <= w.start() < m.end() for j, m in made)
    ]
    if groups:
        sizes = _find(SIZE, lines)
        if len(who) != 1 or len(sizes) != 1:
            return None
        i, w = who[0]
        j, z = sizes[0]
        used += [(i, *w.span()), (j, *z.span())]
        n = int(w.group("n") or w.group("m"))
        size = int(z.group("s") or z.group("s2") or z.group("s3") or z.group("s4"))
        kind = z.group("g") or z.group("g2") or z.group("g3") or "team"
        if (made := MADE_OF.match(lines[j], z.end())) and int(made["a"]) + int(made["b"]) == size:
            used.append((j, *made.span()))
        if not _placed(lines, used) or size < 2 or n < 1:
            return None
        noun = groups.group("g")
        if _group(kind) != _group(noun):
            return None  # "tables of 6" and "how many cars": not the groups said
        plural = noun if noun.endswith("s") else f"{noun}s"
        whole, over = divmod(n, size)
        if groups.group("full"):
            said = f"{n} ÷ {size} is {whole} full {plural}"
            number = f"{whole} full {plural}"
            if over or OVER_ASKED.search(ask):
                said += f" with {over} left over"
                number += f", {over} left over"
            return Worked(said, number)
        if OVER_ASKED.search(ask):
            return None  # enough for all, and some left over? asked both ways
        need = whole + bool(over)
        said = f"{n} ÷ {size} is {count(round(n / size, 2))}"
        if over:
            said += f", so {need} {plural} to seat everyone (the last with {over})"
        return Worked(said, f"{need} {plural}")
    pieces = _find(PIECES, lines)
    things = [
        (i, m)
        for i, m in _find(THINGS, lines)
        if not any(i == j and w.start() <= m.start() < w.end() for j, w in who)
        and not any(i == j and p.start() <= m.start() < p.end() for j, p in pieces)
    ]
    if len(who) != 1 or len(pieces) + len(things) != 1:
        return None
    i, w = who[0]
    n = int(w.group("n") or w.group("m"))
    used.append((i, *w.span()))
    steps = []
    if pieces:
        j, p = pieces[0]
        total = int(p["k"]) * int(p["m"])
        noun = p["noun"]
        steps.append(f"{p['k']} × {p['m']} is {total} {noun}")
        used.append((j, *p.span()))
    else:
        j, t = things[0]
        total, noun = int(t["n"]), t["noun"]
        used.append((j, *t.span()))
    if not _placed(lines, used) or n < 2 or total < n:
        return None
    share, over = divmod(total, n)
    said = f"{total} {noun} ÷ {n} is {share} each"
    number = f"{share} each"
    if over or OVER_ASKED.search(ask):
        said += f" with {over} left over"
        number += f", {over} left over"
    steps.append(said)
    return Worked("; ".join(steps), number)


# --- petrol for a journey ----------------------------------------------------------------------

MILES = re.compile(
    rf"(?<![\w.£$€])(?P<d>{NUM})\s?(?:miles|mi)\b(?! ?(?:an|per|a|to the) (?:hour|gallon))"
)
MPG = re.compile(rf"(?<![\w.£$€])(?P<v>{NUM})\s?(?:mpg|miles (?:per|a|to the|to a) gallon)\b")
GALLON = re.compile(
    rf"(?<![\w.£$€])(?P<l>{NUM})\s?(?:litres|liters|l)\s(?:to|in|per|a|for) (?:a|the|one|each) "
    r"gallon\b"
)
PER_LITRE = re.compile(
    rf"(?:£(?P<p>{NUM})|(?<![\w.£$€])(?P<q>{NUM})\s?p)\s?(?:a|per|/)\s?(?:litre|liter|l)\b"
)
FUEL_ASKED = re.compile(
    r"\b(?:petrol|fuel|diesel)\b[^.?!]{0,25}\b(?:cost|be|come to|set (?:us|me) back)\b|"
    r"\bhow much (?:will|would|does|is) (?:the |it |that )?(?:petrol|fuel|diesel)\b|"
    r"\b(?:petrol|fuel|diesel) (?:cost|bill|money)\b"
)
BOTH_WAYS = re.compile(r"\b(?:return|there and back|both ways|round trip|each way)\b")
UK_GALLON = 4.546


def _fuelled(lines: Sequence[str]) -> Worked | None:
    """Petrol for a distance at so many miles a gallon, a gallon of so many litres (4.546 when
    not said), at a price a litre."""
    if not FUEL_ASKED.search(lines[-1]) or any(BOTH_WAYS.search(t) for t in lines):
        return None
    miles, mpg, gallon, price = (_find(p, lines) for p in (MILES, MPG, GALLON, PER_LITRE))
    if len(miles) != 1 or len(mpg) != 1 or len(price) != 1 or len(gallon) > 1:
        return None
    used = _spans([*miles, *mpg, *gallon, *price])
    if not _placed(lines, used):
        return None
    d, v = _n(miles[0][1]["d"]), _n(mpg[0][1]["v"])
    litres_a_gallon = _n(gallon[0][1]["l"]) if gallon else UK_GALLON
    p = price[0][1]
    a_litre = _n(p["p"]) if p["p"] else _n(p["q"]) / 100
    if not v or not a_litre:
        return None
    gallons = d / v
    litres = gallons * litres_a_gallon
    cost = litres * a_litre
    steps = [
        f"{count(d)} miles ÷ {count(v)}mpg is {count(round(gallons, 2))} gallons",
        f"× {litres_a_gallon:g} litres a gallon is {count(round(litres, 2))} litres"
        + ("" if gallon else " (a UK gallon)"),
        f"× {_pence(a_litre)} a litre is {_m(cost)}",
    ]
    return Worked(", ".join(steps), _m(cost))


# --- a bill from meter readings -------------------------------------------------------------

READING = re.compile(r"(?<![\w.£$€])(?P<r>\d{1,3}(?:,\d{3})+|\d{3,7})(?![\w.,%])")
UNIT_RATE = re.compile(
    rf"(?:£(?P<p>{NUM})|(?<![\w.£$€])(?P<q>{NUM})\s?p)\s?(?:a|per|/|for (?:a|each|every))\s?"
    r"(?P<u>kwh|unit|cubic met(?:re|er)|m3|m³)\b"
)
STANDING = re.compile(
    rf"(?:£(?P<p>{NUM})|(?<![\w.£$€])(?P<q>{NUM})\s?p)\s?(?P<day>(?:a|per) day\s)?"
    r"(?:standing charge|standing|service charge|daily charge)\b|"
    rf"\bstanding charge (?:of |is )?(?:£(?P<p2>{NUM})|(?P<q2>{NUM})\s?p)\s?"
    r"(?P<day2>(?:a|per) day)?"
)
DAYS = re.compile(r"(?<![\w.£$€])(?P<n>\d{1,3}) days\b")
METER = re.compile(r"\b(?:meter|reading|readings|read)\b")
BILL_ASKED = re.compile(r"\bbill\b|\bhow much\b|\bwhat do (?:we|i) (?:owe|pay)\b|\bcost\b")


def _metered(lines: Sequence[str]) -> Worked | None:
    """A bill from two meter readings: the units used at a rate a unit, with a standing charge
    (a sum, or so much a day for the days said)."""
    if not BILL_ASKED.search(lines[-1]) or not any(METER.search(t) for t in lines):
        return None
    rates, standing = _find(UNIT_RATE, lines), _find(STANDING, lines)
    if len(rates) != 1 or len(standing) > 1:
        return None
    taken = _spans([*rates, *standing])
    readings = [
        (i, m)
        for i, m in _find(READING, lines)
        if not any(j == i and a <= m.start() < b for j, a, b in taken)
        and METER.search(" ".join(lines))
    ]
    if len(readings) != 2:
        return None
    days = _find(DAYS, lines)
    used = taken + _spans(readings) + _spans(days)
    if not _placed(lines, used):
        return None
    low, high = sorted(_n(m["r"]) for _, m in readings)
    units = high - low
    r = rates[0][1]
    rate = _n(r["p"]) if r["p"] else _n(r["q"]) / 100
    unit = {"kwh": "kWh", "unit": "units", "m3": "m³", "m³": "m³"}.get(r["u"], "cubic metres")
    if not units or not rate:
        return None
    used_cost = units * rate
    steps = [
        f"{count(high)} − {count(low)} is {count(units)} {unit}",
        f"{count(units)} × {_pence(rate)} is {_m(used_cost)}",
    ]
    total = used_cost
    if standing:
        s = standing[0][1]
        fee = _n(s["p"] or s["p2"]) if (s["p"] or s["p2"]) else _n(s["q"] or s["q2"]) / 100
        if s["day"] or s["day2"]:
            if len(days) != 1:
                return None
            n = int(days[0][1]["n"])
            charge = n * fee
            steps.append(f"{n} days × {_pence(fee)} standing charge is {_m(charge)}")
        else:
            if days:
                return None
            charge = fee
        total += charge
        steps.append(f"{_m(used_cost)} + {_m(charge)} is {_m(total)}")
    elif days:
        return None
    return Worked("; ".join(steps), _m(total))


# --- a price each times the count asked of -------------------------------------------------

# The thing whose cost is asked: "how much for the tickets", "whats the train for the 3 of us",
# "total for the sandwiches", "how much is the food for all 8".
THING_ASKED = re.compile(
    r"\b(?:how much (?:is |are |will |would )?(?:it |be )?(?:for |on )?|whats |what'?s |"
    r"what is |what are |total (?:for|on) |cost of |price of )the (?P<thing>[a-z]{3,})\b"
    r"(?P<rest>[^.?!]*)"
)
FOR_HEADS = re.compile(
    r"\bfor (?:the |all |us |all the )?(?P<n>\d+)(?: of (?:us|you|them)| people)?\b"
)
# A price each: "£14.50 each", "£32 a head", "£24.60 return each", "£4.20 pp".
EACH_PRICE = re.compile(
    rf"£(?P<p>{NUM})\s?(?:(?:return|single|adult|off-peak)\s)?(?:each|a head|per head|pp|"
    r"per person|a person|a ticket|per ticket)\b"
)
# The thing said just before its price: "tickets are £14.50", "train is £24.60".
PRICE_OF = re.compile(
    r"\b(?P<thing>[a-z]{3,}) (?:is|are|cost|costs|at|were|was)\s(?:only |just )?$"
)
SAME_THING = {"food": {"menu", "meal", "food", "dinner", "lunch"}}
GOING = re.compile(
    r"(?<![\w.£$€])(?P<n>\d+) (?:of us|people|adults|kids|children)(?: are)? (?:going|coming)\b|"
    r"\bwe need (?P<m>\d+)\b|(?<![\w.£$€])(?P<k>\d+) of us\b"
)
FREE_ONES = re.compile(
    r"(?<![\w.£$€])(?<!under )(?<!over )(?<!aged )(?P<n>\d+) (?:of (?:those|them|us) )?"
    r"(?:are |is )?(?:[a-z]+ |(?:under|over|aged) \d{1,2}s? ){0,6}?"
    r"(?:(?:get|go|goes|gets|come|comes|travel|travels) (?:in )?free|(?:are |is )?free)\b"
)
AGE_SAID = re.compile(r"\b(?:under|over|aged|below|above)\s(?P<n>\d{1,2})s?\b")


MONEY_SAID = re.compile(rf"£(?P<p>{NUM})|(?<![\w.£$€])(?P<q>{NUM})p\b")
# What a sum of money is of, said next to it: "the car park is £8", "£6 parking".
NAMED_BEFORE = re.compile(
    r"\b(?:the |a )?(?P<name>(?:(?!(?:and|but|or|plus|so|the|a)\b)[a-z]+ )?[a-z]{3,}) "
    r"(?:is|was|are|were)\s$"
)
NAMED_AFTER = re.compile(r"\s(?P<name>(?!(?:and|but|for|each|total|off|so)\b)[a-z]{3,})\b")


def _named(line: str, start: int, end: int) -> str:
    """Money said beside a sum as said with what it is of: "the £8 car park", "the £6 parking"."""
    said = line[start:end]
    if before := NAMED_BEFORE.search(line, max(0, start - 30), start):
        return f"the {said} {before['name']}"
    if after := NAMED_AFTER.match(line, end):
        return f"the {said} {after['name']}"
    return said


def _thing(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _counted_price(lines: Sequence[str]) -> Worked | None:
    """A price each times the count asked of: the people going less those who go free, or the
    count said with the ask ("for the 3 of us"), or with the price ("we need 7"); money said of
    other things beside it is left out, and said so."""
    asked = THING_ASKED.search(lines[-1])
    if not asked:
        return None
    thing = _thing(asked["thing"])
    kin = SAME_THING.get(thing, {thing})
    prices = []
    others: Used = []
    for i, m in _find(MONEY_SAID, lines):
        before = lines[i][max(0, m.start() - 30) : m.start()]
        named = PRICE_OF.search(before)
        each = EACH_PRICE.match(lines[i], m.start())
        if named and _thing(named["thing"]) in kin and m["p"]:
            if not each and not re.search(r"\b(?:tickets|[a-z]+s) (?:are|cost)\s", before):
                return None  # "the train is £60": for one, or for all of us?
            prices.append((i, m, each))
        else:
            on_each = rf"[^,.;]{{0,25}}\b(?:(?:per|a|an|each) {re.escape(thing)}s?|each|pp)\b"
            if each or re.match(on_each, lines[i][m.end() :]):
                return None  # a price each of something else, or a fee on each: part of it?
            others.append((i, *m.span()))
    if len(prices) != 1 or not others and not re.search(r"\d", " ".join(lines[:-1])):
        return None
    i, price_at, each = prices[0]
    price = _n(price_at["p"])
    used: Used = [*others, (i, *(each.span() if each else price_at.span()))]
    steps = []
    heads = FOR_HEADS.search(lines[-1], asked.end("thing"))
    if heads:
        n = int(heads["n"])
        used.append((len(lines) - 1, *heads.span("n")))
        going = [int(g["n"] or g["m"] or g["k"]) for _, g in _find(GOING, lines[:-1])]
        if any(k != n for k in going) or _find(FREE_ONES, lines):
            return None  # another count said before: which is it?
        used += [(i, *g.span()) for i, g in _find(GOING, lines[:-1])]
    else:
        going = _find(GOING, lines)
        if len(going) != 1:
            return None
        j, g = going[0]
        n = int(g["n"] or g["m"] or g["k"])
        used.append((j, *g.span()))
        free = _find(FREE_ONES, lines)
        if len(free) > 1:
            return None
        if free:
            k, f = free[0]
            off = int(f["n"])
            if off >= n:
                return None
            used.append((k, *f.span("n")))
            steps.append(f"{n} − {off} free is {n - off} paying")
            n -= off
    used += [(i, *a.span()) for i, a in _find(AGE_SAID, lines)]
    if not _placed(lines, used) or n < 1:
        return None
    total = n * price
    aside = [_named(lines[j], a, b) for j, a, b in others]
    said = f"{n} × {_m(price)} is {_m(total)}"
    if aside:
        said += f" ({' and '.join(aside)} aside)"
    steps.append(said)
    return Worked("; ".join(steps), _m(total))


# --- a multi-buy shared --------------------------------------------------------------------

DEAL = re.compile(
    r"\bbuy (?P<b>\d|one|two|three|four) get (?:the |a |one |1 )?(?:(?P<nth>\d)(?:st|nd|rd|th) |"
    r"(?:one |another ))?(?:free|for free)\b|\b(?P<a>\d) for (?P<c>\d)\b(?! ?£)|\bbogof\b"
)
NEEDED = re.compile(
    r"\b(?:need|needs|want|ordering|order|getting|get|buying|buy)\s(?P<n>\d+)\s(?P<noun>[a-z]{3,}s)\b"
)
HEADS = re.compile(r"(?<![\w.£$€])(?P<n>\d+) (?:of us|people|of you)\b")
EACH_ONLY = re.compile(rf"£(?P<p>{NUM})\s?(?:each|a (?P<per>[a-z]{{3,}}))\b")


def _dealt(lines: Sequence[str]) -> Worked | None:
    """A multi-buy ("buy 2 get the 3rd free", "3 for 2", "bogof") on so many at a price each,
    the total or each one's share of it."""
    ask = _asking(lines[-1])
    if not re.search(r"\bhow much\b|\btotal\b|\bcost\b|\bpay\b", ask):
        return None
    deals, needed, prices = _find(DEAL, lines), _find(NEEDED, lines), _find(EACH_ONLY, lines)
    if len(deals) != 1 or len(needed) != 1 or len(prices) != 1:
        return None
    d = deals[0][1]
    if d["b"]:
        pay = int(_num(d["b"]))
        group = pay + 1
        if d["nth"] and int(d["nth"]) != group:
            return None
    elif d["a"]:
        group, pay = int(d["a"]), int(d["c"])
    else:
        group, pay = 2, 1
    if not 0 < pay < group:
        return None
    n = int(needed[0][1]["n"])
    price = _n(prices[0][1]["p"])
    heads = _find(HEADS, lines)
    each = bool(re.search(r"\beach\b|\bper (?:person|head)\b|\ba head\b|\bpp\b", ask))
    if each != bool(heads) or len(heads) > 1:
        return None
    used = _spans([*needed, *prices, *heads])
    used.append((deals[0][0], *d.span()))
    if not _placed(lines, used):
        return None
    sets, rest = divmod(n, group)
    paid = sets * pay + rest
    total = paid * price
    noun = needed[0][1]["noun"]
    steps = [
        f"{n} {noun} on the deal is {paid} paid for",
        f"{paid} × {_m(price)} is {_m(total)}",
    ]
    if not heads:
        return Worked("; ".join(steps), _m(total))
    k = int(heads[0][1]["n"])
    if k < 2:
        return None
    share = total / k
    about = "" if abs(round(share, 2) * k - total) < 0.005 else "about "
    steps.append(f"{_m(total)} ÷ {k} is {about}{_m(share)} each")
    return Worked("; ".join(steps), f"{about}{_m(share)} each")


# --- so many things at a time each ----------------------------------------------------------

TIMES_EACH = re.compile(
    rf"(?<![\w.£$€])(?P<k>\d+) (?P<noun>[a-z]{{3,}}) (?:at|averaging|of|taking|that take|at about|"
    rf"averaging about|at around) (?P<t>{NUM}) ?(?P<u>mins?|minutes|hours?|hrs?|secs?|seconds)"
    r"(?: each| a go| apiece)?\b"
)
LONG_ASKED = re.compile(r"\bhow long\b|\bhow many (?:hours|minutes|mins)\b|\btotal time\b")
IN_UNIT = re.compile(r"\bin (?P<u>hours|minutes|mins|hrs)\b")


def _timed_each(lines: Sequence[str]) -> Worked | None:
    """So many things at a time each, in all and in the unit asked ("7 crosswords averaging 23
    minutes each ... in hours": 161 minutes, 2 h 41 min)."""
    if not LONG_ASKED.search(lines[-1]):
        return None
    found = _find(TIMES_EACH, lines)
    if len(found) != 1 or not _placed(lines, _spans(found)):
        return None
    m = found[0][1]
    k, t, u = int(m["k"]), _n(m["t"]), m["u"]
    minutes = k * t * (60 if u.startswith("h") else 1 / 60 if u.startswith("s") else 1)
    if not minutes or minutes != int(minutes):
        return None
    h, mins = divmod(int(minutes), 60)
    hm = f"{h} h {mins} min" if h and mins else f"{h} h" if h else f"{mins} min"
    said = f"{k} × {count(t)} {u} is {count(minutes)} minutes"
    unit = IN_UNIT.search(lines[-1])
    if h and (unit is None or unit["u"].startswith("h")):
        return Worked(f"{said}, {hm}", hm)
    return Worked(said, f"{count(minutes)} minutes")


# --- parts of a mix ----------------------------------------------------------------------

PARTS = re.compile(rf"(?<![\w.£$€])(?P<k>{NUM}|{WORD_NUM}) parts? (?:of )?(?P<what>[a-z]{{3,}})\b")
MIX_TOTAL = re.compile(
    rf"\b(?:making|make|makes|need|want|total of|doing|mixing|for)\s(?:about\s)?(?P<t>{NUM})\s?"
    r"(?P<u>litres?|liters?|l|ml|kg|g|cups?|pints?)\b"
)
EACH_OF_ASKED = re.compile(r"\bhow much (?:of )?(?:each|every|(?:of )?the \w+)\b")


def _mixed(lines: Sequence[str]) -> Worked | None:
    """So much of a mix made of parts ("2 parts juice, 3 parts lemonade, 1 part rum", "making 3
    litres"): each part's share of it."""
    if not EACH_OF_ASKED.search(lines[-1]):
        return None
    parts, totals = _find(PARTS, lines), _find(MIX_TOTAL, lines)
    if len(parts) < 2 or len(totals) != 1:
        return None
    if not _placed(lines, _spans([*parts, *totals])):
        return None
    shares = [(_num(m["k"]), m["what"]) for _, m in parts]
    whole = sum(k for k, _ in shares)
    t = totals[0][1]
    total, unit = _n(t["t"]), t["u"]
    if not whole or len({w for _, w in shares}) != len(shares):
        return None
    one = total / whole
    unit = {"l": "litres", "liter": "litres", "liters": "litres", "litre": "litres"}.get(unit, unit)
    gap = "" if unit in ("ml", "g", "kg") else " "

    def said(v: float) -> str:
        return f"{count(round(v, 2))}{gap}{unit.removesuffix('s') if v == 1 else unit}"

    each = [f"{said(k * one)} {what}" for k, what in shares]
    return Worked(
        f"{' + '.join(count(k) for k, _ in shares)} is {count(whole)} parts; {said(total)} ÷ "
        f"{count(whole)} is {said(one)} a part: " + ", ".join(each),
        ", ".join(each),
    )


# --- sums a period said in a list, asked another period --------------------------------------

PERIOD_PRICE = re.compile(
    rf"£(?P<p>{NUM})(?P<per>\s?(?:a|per|/|every|each|for (?:a|the|one)) ?"
    r"(?P<unit>week|month|year))?\b"
)
PERIOD_ASKED = re.compile(
    r"\b(?:a|per|each|every|in a|over a|for a|the) (?P<unit>week|month|year)\b|"
    r"\b(?P<ly>week|month|year)ly\b|\bannually\b"
)
PER_YEAR = {"week": 52, "month": 12, "year": 1}
# A price said with a period after it: "£300 a quarter", "£25 a fortnight", "£20 per day".
OTHER_PERIOD = re.compile(r"\s?(?:a|an|per|/|every|each)\s?[a-z]+\b")


def _listed_periods(lines: Sequence[str]) -> Worked | None:
    """Sums said a period in one list, the period said once ("netflix is £10.99 a month and
    spotify £11.99"), asked another period ("how much is that a year on both")."""
    found = _find(PERIOD_PRICE, lines)
    last = max((m.end() for i, m in found if i == len(lines) - 1), default=0)
    asked = PERIOD_ASKED.search(lines[-1], last)
    if not asked or not re.search(r"\bhow much\b|\btotal\b|\bcost\b", lines[-1]):
        return None
    if re.search(r"\b(?:save|saving|cheaper|difference|better|or|vs|versus)\b", " ".join(lines)):
        return None  # a choice between them, not a bill of them all
    if len(found) < 2 or len({i for i, _ in found}) != 1 or not _placed(lines, _spans(found)):
        return None
    i, first = found[0]
    if not first["per"] or any(m["per"] for _, m in found[1:]):
        return None  # the period said once, of the first: of them all
    if any(OTHER_PERIOD.match(lines[i], m.end()) for _, m in found[1:]):
        return None  # "council tax £300 a quarter": a period of its own, none this reads
    line = lines[i]
    between = [line[a.end() : b.start()] for (_, a), (_, b) in zip(found, found[1:], strict=False)]
    if not all(
        re.fullmatch(r"(?:,| and| &| plus) (?:[a-z]+ ){0,3}(?:is |at )?", g) for g in between
    ):
        return None  # sums said apart, not one list
    per = first["unit"]
    want = asked["unit"] or asked["ly"] or "year"
    if want == per or PER_YEAR[per] % PER_YEAR[want]:
        return None  # a month asked of sums a year, or of sums a week: not whole
    k = PER_YEAR[per] // PER_YEAR[want]
    values = [_n(m["p"]) for _, m in found]
    total = round(sum(values), 2)
    steps = [f"{' + '.join(_m(v) for v in values)} is {_m(total)} a {per}"]
    steps.append(f"× {k} is {_m(total * k)} a {want}")
    return Worked(", ".join(steps), f"{_m(total * k)} a {want}")


# --- shares of a pot ------------------------------------------------------------------------

_HEADS_WORD = r"\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
HEADS_SAID = re.compile(
    rf"(?<![\w.£$€])(?:the |all )?(?P<n>{_HEADS_WORD}) of (?:us|you|them)\b|"
    rf"\b(?:between|among|split) (?:the |all |us )?(?P<m>{_HEADS_WORD})\b"
    r"(?! (?:hours?|days?|weeks?))|"
    rf"(?<![\w.£$€])(?P<k>{_HEADS_WORD}) ways\b"
)
POT = re.compile(rf"£(?P<t>{NUM})(?:k\b)?")
TAKEN_PC = re.compile(
    rf"\b(?P<who>[a-z]+) (?:wants|takes|keeps|gets|is owed|claims|is taking|is getting) "
    rf"(?P<pc>{NUM})\s?%"
)
EACH_GET = re.compile(
    r"\beach\b[^.?!]{0,15}\b(?:get|gets|getting|take|make|end up with)\b|"
    r"\b(?:get|gets|take|make) each\b|\bhow much (?:do |does |will |would )?(?:we |each of us |"
    r"everyone )?(?:each |get each)\b|\bwhat(?:'s| is|s)? (?:that|it|our share|the share) each\b"
)


def _heads(lines: Sequence[str]) -> list[tuple[int, re.Match[str], int]]:
    return [(i, m, int(_num(m["n"] or m["m"] or m["k"]))) for i, m in _find(HEADS_SAID, lines)]


def _pot_shared(lines: Sequence[str]) -> Worked | None:
    """A sum someone takes a share of first ("the farmer wants 50% of any treasure", "a hoard
    valued at £12,600"), the rest shared between so many ("4 of us found it")."""
    if not EACH_GET.search(lines[-1]):
        return None
    taken, pots, heads = _find(TAKEN_PC, lines), _find(POT, lines), _heads(lines)
    if len(taken) != 1 or len(pots) != 1 or len(heads) != 1:
        return None
    who = taken[0][1]["who"]
    if who in ("we", "i", "us", "you", "each", "everyone", "she", "he", "they", "it"):
        return None  # our own share, or whose? read by others
    used = _spans([*taken, *pots]) + [(i, *m.span()) for i, m, _ in heads]
    if not _placed(lines, used):
        return None
    pc = _n(taken[0][1]["pc"])
    pot = _n(pots[0][1]["t"]) * (1000 if pots[0][1].group(0).endswith("k") else 1)
    n = heads[0][2]
    if not 0 < pc < 100 or n < 2:
        return None
    cut = round(pot * pc / 100, 2)
    rest = round(pot - cut, 2)
    share = rest / n
    about = "" if abs(round(share, 2) * n - rest) < 0.005 else "about "
    return Worked(
        f"{count(pc)}% of {_m(pot)} is {_m(cut)} to the {who}, leaving {_m(rest)}; {_m(rest)} ÷ "
        f"{n} is {about}{_m(share)} each",
        f"{about}{_m(share)} each",
    )


HOURS_FOR = re.compile(
    rf"£(?P<p>{NUM}) (?:for|over) (?:the |a )?(?P<h>{NUM}|two|three|four|five|six) "
    r"(?P<u>hours?|hrs?|days?|nights?|sessions?|weeks?)\b"
)
PER_ONE_EACH = re.compile(
    r"\b(?:per|an?|each) (?P<u>hour|hr|day|night|session|week)\b[^.?!]{0,8}\beach\b|"
    r"\beach (?:per|an?) (?P<u2>hour|hr|day|night|session|week)\b"
)


def _time_shared(lines: Sequence[str]) -> Worked | None:
    """A sum for so many hours (or days) split between so many: what that is each, and each an
    hour when asked ("£48 for 3 hours split between the four of us")."""
    ask = _asking(lines[-1])
    if not re.search(r"\beach\b|\bpp\b|\bper (?:person|head)\b", ask):
        return None
    paid, heads = _find(HOURS_FOR, lines), _heads(lines)
    if len(paid) != 1 or len(heads) != 1:
        return None
    if not _placed(lines, _spans(paid) + [(i, *m.span()) for i, m, _ in heads]):
        return None
    m, n = paid[0][1], heads[0][2]
    money_, hours = _n(m["p"]), _num(m["h"])
    unit = m["u"].rstrip("s").replace("hr", "hour")
    if n < 2 or not hours:
        return None
    each = money_ / n
    about = "" if abs(round(each, 2) * n - money_) < 0.005 else "about "
    steps = [f"{_m(money_)} ÷ {n} is {about}{_m(each)} each"]
    number = f"{about}{_m(each)} each"
    per = PER_ONE_EACH.search(ask)
    if per:
        if (per["u"] or per["u2"]).replace("hr", "hour") != unit:
            return None
        hourly = each / hours
        sure = "" if abs(round(hourly, 2) * hours - each) < 0.005 and not about else "about "
        a = "an" if unit == "hour" else "a"
        steps.append(f"{_m(each)} ÷ {count(hours)} {unit}s is {sure}{_m(hourly)} {a} {unit} each")
        number += f", {sure}{_m(hourly)} {a} {unit} each"
    return Worked("; ".join(steps), number)


# --- a part of a bill only some had ---------------------------------------------------------

WHOLE_BILL = re.compile(
    rf"£(?P<t>{NUM}) (?:all in|in total|altogether|total)\b|"
    rf"\b(?:came to|comes to|come to|total (?:was|is|of)|bill (?:was|is|came to)) £(?P<t2>{NUM})"
)
PART_OF = re.compile(
    rf"£(?P<p>{NUM}) of (?:that|it|the bill|the total) (?:was|is|were|went on) (?:the |for the )?"
    r"(?P<x>[a-z]{3,})\b"
)
HAD_NONE = re.compile(
    r"\b(?P<who>i|he|she|[a-z]{2,}) (?:didnt|didn't|did not|dont|don't|do not|never|wasnt|"
    r"wasn't) (?:have|had|drink|drank|touch|get|order|ordered|want|eat)(?: any)?(?: of)?(?: the)? "
    r"(?P<x>[a-z]{3,})\b"
)


def _part_not_had(lines: Sequence[str]) -> Worked | None:
    """A bill shared by so many, a part of it (the wine) had by all but one: the rest shared by
    all, the part by those who had it."""
    if not re.search(r"\beach\b|\bowe\b", _asking(lines[-1])):
        return None
    whole, parts, none, heads = (
        _find(WHOLE_BILL, lines),
        _find(PART_OF, lines),
        _find(HAD_NONE, lines),
        _heads(lines),
    )
    if len(whole) != 1 or len(parts) != 1 or len(none) != 1 or len(heads) != 1:
        return None
    thing = parts[0][1]["x"]
    if _thing(none[0][1]["x"]) != _thing(thing) or none[0][1]["who"] in ("we", "they", "you"):
        return None
    used = _spans([*whole, *parts]) + [(i, *m.span()) for i, m, _ in heads]
    if not _placed(lines, used):
        return None
    w = whole[0][1]
    total, part, n = _n(w["t"] or w["t2"]), _n(parts[0][1]["p"]), heads[0][2]
    if n < 3 or part >= total:
        return None
    rest = round(total - part, 2)
    base, extra = rest / n, part / (n - 1)
    if abs(round(base, 2) * n - rest) > 0.005 or abs(round(extra, 2) * (n - 1) - part) > 0.005:
        return None
    others = n - 1
    who = none[0][1]["who"]
    who = f"the one who had no {thing}" if who in ("i", "he", "she") else who
    shares = f"{_m(base)} for {who}, {_m(base + extra)} each for the other {others}"
    return Worked(
        f"{_m(total)} − the {_m(part)} {thing} is {_m(rest)}; {_m(rest)} ÷ {n} is {_m(base)} "
        f"each; the {_m(part)} {thing} between the {others} who had it is {_m(extra)} each: "
        f"{shares}",
        shares,
    )


# --- one paid the deposit, one the rest -----------------------------------------------------

BILL_FOR = re.compile(
    rf"£(?P<t>{NUM}) for (?:the |all )?(?P<n>{_HEADS_WORD})(?: of us| of you| people)?\b"
)
DEPOSIT_PAID = re.compile(
    rf"\b(?P<who>i|[a-z]{{3,}}) (?:paid|put down|covered) (?:the )?£(?P<a>{NUM}) deposit\b"
)
REST_PAID = re.compile(
    rf"\b(?P<who>[a-z]{{3,}}) (?:put|paid|covered) (?:the )?(?:other|rest|remaining|rest of the) "
    rf"£(?P<b>{NUM})\b"
)
OWE_ASKED = re.compile(r"\bowe (?P<who>[a-z]{3,})\b")


def _deposit_by_one(lines: Sequence[str]) -> Worked | None:
    """A bill for so many of us, one having paid the deposit and another the rest: what each
    owes the one who paid the rest (the deposit's payer less what they paid)."""
    asked = OWE_ASKED.search(lines[-1])
    if not asked:
        return None
    bills, deposits, rests = (
        _find(BILL_FOR, lines),
        _find(DEPOSIT_PAID, lines),
        _find(REST_PAID, lines),
    )
    if len(bills) != 1 or len(deposits) != 1 or len(rests) != 1:
        return None
    b, d, r = bills[0][1], deposits[0][1], rests[0][1]
    who = r["who"]
    if asked["who"] != who or d["who"] == who:
        return None
    used = [
        (bills[0][0], *b.span("t")),
        (bills[0][0], *b.span("n")),
        (deposits[0][0], *d.span("a")),
        (rests[0][0], *r.span("b")),
    ]
    if not _placed(lines, used):
        return None
    total, n, dep, rest = _n(b["t"]), int(_num(b["n"])), _n(d["a"]), _n(r["b"])
    if abs(dep + rest - total) > 0.005 or n < 3:
        return None
    share = total / n
    if abs(round(share, 2) * n - total) > 0.005 or dep >= share:
        return None
    # ("i paid": said by one of them, not the one asking)
    payer = "the one who paid" if d["who"] == "i" else f"{d['who']}, who paid"
    return Worked(
        f"{_m(total)} ÷ {n} is {_m(share)} each; {who} paid {_m(rest)}, so is owed {_m(rest)} − "
        f"{_m(share)}, {_m(rest - share)}; {payer} the {_m(dep)} deposit owes {who} "
        f"{_m(share)} − {_m(dep)}, {_m(share - dep)}; the other {n - 2} owe {who} {_m(share)} "
        f"each",
        f"{_m(share - dep)} from whoever paid the deposit, {_m(share)} each from the other {n - 2}",
    )


# --- what one person pays of several costs ----------------------------------------------------

MINE_ASKED = re.compile(
    r"\b(?:how much|what) (?:am i|will i be|do i|should i) (?:paying|pay|owe|owing|be paying)\b|"
    r"\bwhat'?s my (?:share|bit|total)\b|\bhow much is my (?:share|bit)\b"
)
EACH_COST = re.compile(
    rf"£(?P<p>{NUM})\s?(?:(?:return|single)\s)?(?:each|pp|a head|per head|per person)\b"
)
SHARED_COST = re.compile(
    rf"£(?P<p>{NUM}) (?:for|between) (?:the |all )?(?P<n>{_HEADS_WORD})"
    r"(?: of us| of you| people)?\b"
)
NOT_ME = re.compile(
    r"\b(?:i'?m not|im not|not me|i'?m skipping|im skipping|i'?m not doing|without me|"
    r"i'?m not going|im not going)\b"
)


def _mine(lines: Sequence[str]) -> Worked | None:
    """What one person pays: each price a head, and their share of sums for so many, leaving out
    what they said they are not part of ("spa is optional, £65 each, only 4 going and im not one
    of them")."""
    if not MINE_ASKED.search(_asking(lines[-1])):
        return None
    used: Used = []
    steps, parts = [], []
    for i, line in enumerate(lines):
        clauses = re.split(r"(?<=[.;!?])\s", line)
        at = 0
        for clause in clauses:
            start = line.index(clause, at)
            at = start + len(clause)
            each = list(EACH_COST.finditer(clause))
            shared = list(SHARED_COST.finditer(clause))
            if NOT_ME.search(clause):
                if not each and not shared:
                    return None
                used.append((i, start, at))  # not theirs: every figure of it set aside
                parts.append(("aside", 0.0, clause))
                continue
            for m in each:
                parts.append(("each", _n(m["p"]), f"£{m['p']}"))
                used.append((i, start + m.start(), start + m.end()))
            for m in shared:
                n = int(_num(m["n"]))
                if n < 2:
                    return None
                share = _n(m["p"]) / n
                if abs(round(share, 2) * n - _n(m["p"])) > 0.005:
                    return None
                steps.append(f"£{m['p']} ÷ {n} is {_m(share)}")
                parts.append(("shared", share, _m(share)))
                used.append((i, start + m.start(), start + m.end()))
    mine = [p for p in parts if p[0] != "aside"]
    if len(mine) < 2 or not any(p[0] == "aside" for p in parts) or not _placed(lines, used):
        return None
    total = round(sum(v for _, v, _ in mine), 2)
    steps.append(f"{' + '.join(s for _, _, s in mine)} is {_m(total)}")
    return Worked("; ".join(steps) + " (what you are not part of left out)", _m(total))


# --- packs, used and left --------------------------------------------------------------------

_PACKED = (
    r"(?:box|boxe|pack|packet|bag|tin|tray|case|crate|tub|jar|carton|tube|roll|reel|bundle|"
    r"punnet|sleeve|multipack)s?"
)
# "5 boxes of mince pies, 24 in a box", "3 packs of 12 sausages", "4 trays of 30 eggs".
PACKS = re.compile(
    rf"\b(?P<n>\d+) {_PACKED}(?: of (?:(?P<m>\d+) )?[a-z' -]{{1,30}}?)?"
    rf"(?=[,.;]|\s+(?:and|with|each|(?P<m2>\d+) (?:in (?:a|each|every|the) {_PACKED}|each|"
    rf"per {_PACKED}))\b|$)(?:,?\s*(?:with |and )?(?P<m3>\d+) "
    rf"(?:in (?:a|each|every|the) {_PACKED}|each|per {_PACKED}))?"
)
# "handed out 97", "we've eaten 40", "sold 63 so far", "97 have gone".
GONE = re.compile(
    r"\b(?:handed out|given out|gave out|given away|gave away|used|used up|eaten|ate|sold|"
    r"taken|lost|broken|broke|had|got through|gone through|put out|given)\s+(?P<k>\d+)\b|"
    r"\b(?P<k2>\d+) (?:have|has|are|were) (?:gone|been (?:eaten|used|sold|taken|handed out))\b"
)
LEFT_ASKED = re.compile(
    r"\bhow many (?:are |r |is |have we got |do we have |we got )?(?:left|remaining|spare|over)\b|"
    r"\bhow many left\b|\bleft over\b"
)


def _packs_left(lines: Sequence[str]) -> Worked | None:
    """What is left of so many packs of so many, with some used: "bought 5 boxes of mince pies,
    24 in a box, handed out 97, how many are left?" (5 × 24 is 120; 120 − 97 is 23 left)."""
    if not LEFT_ASKED.search(lines[-1]):
        return None
    packs, gone = _find(PACKS, lines), _find(GONE, lines)
    if len(packs) != 1 or len(gone) != 1:
        return None
    (i, p), (j, g) = packs[0], gone[0]
    each = p.group("m") or p.group("m2") or p.group("m3")
    if not each:
        return None
    if not _placed(lines, [(i, *p.span()), (j, *g.span())]):
        return None
    n, m, k = int(p.group("n")), int(each), int(g.group("k") or g.group("k2"))
    total = n * m
    if k > total or n < 1 or m < 1:
        return None
    return Worked(f"{n} × {m} is {total}; {total} − {k} is {total - k} left", f"{total - k} left")


# --- the readers, in order -----------------------------------------------------------------

READERS: tuple[Callable[[Sequence[str]], Worked | None], ...] = (
    _compared,
    _saved,
    _covered,
    _tiled,
    _aged,
    _next_one,
    _grouped,
    _fuelled,
    _metered,
    _dealt,
    _counted_price,
    _timed_each,
    _mixed,
    _listed_periods,
    _pot_shared,
    _time_shared,
    _part_not_had,
    _deposit_by_one,
    _mine,
    _packs_left,
)
# Any ask of a class read here, looked for before anything is read (most messages ask none).
ASKS_ANY = folded(
    r"\b(?:how (?:much|many|long|old)|what (?:age|year|time)|wh?ich|cheaper|value|bill|cost|left|"
    r"next|each|total|turns?|years between|what'?s the|whats the|wats the|owe|get|pay|paying|"
    r"my share)\b",
    re.I,
)


def asks(line: str) -> bool:
    """Whether `line` may ask a sum of a class read here."""
    return bool(ASKS_ANY.search(line))


def worked(lines: Sequence[str]) -> Worked | None:
    """The sum the last of `lines` asks, with the lines before it (oldest first), by the reader
    of its class; None when no reader places every figure. (Read once for every persona a room
    asks.)"""
    return _worked(tuple(lines))


def said_plainly(said: Sequence[str]) -> list[str]:
    """The lines as the readers read them: mentions out, lower case, slips of typing mended."""
    lines = [typed(re.sub(r"@[\w.-]+", " ", t).lower().replace("’", "'")) for t in said]
    # (a full stop after a figure ends the sentence: "at the stop 7:50.")
    return [re.sub(r"\s+", " ", re.sub(r"(?<=\d)\.(?=\s|$)", " ", t)).strip() for t in lines]


def read_by(
    readers: Sequence[Callable[[Sequence[str]], Worked | None]], lines: Sequence[str]
) -> Worked | None:
    """The first working of `lines` by one of `readers`, or None."""
    return next((found for reader in readers if (found := reader(lines))), None)


@lru_cache(maxsize=256)
def _worked(said: tuple[str, ...]) -> Worked | None:
    lines = said_plainly(said)
    return read_by(READERS, lines) if asks(lines[-1]) else None
