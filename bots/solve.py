"""A small dimensional solver for the sums people spread over several chat messages.

The readers in `bots.expr`, `bots.wordsum` and `bots.reckon` each read one surface form. Here
the figures of the ask and of the few person lines before it are read with their units
("campsite came to £96", "that was 54", "6 of us goin", "12.5 hr shifts", "p120"), the ask is
read for the unit it wants and what that is per ("so whats that pp then": £ a person), and the
one way the figures cancel to that unit, using every figure that can take part, is worked:
figures of one unit are summed first (less what the words take away: "saved already",
"chipped in", "dropped out", "only on p120"), then the sums are multiplied or divided as their
units demand. When two ways are equally good and disagree there is no answer (`solve` gives
None): a wrong sum is worse than none.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from bots.expr import _dim
from bots.fold import folded
from bots.reckon import COUNTED, LONE, NOT_AMOUNT, PRICED, PUT_SAID
from bots.reckon import money as _money  # (its local names say whether a sum is money)
from bots.solve_time import HALF_HOUR, TIME_ASKED, counted_in_figures, temperature, timed
from bots.wordsum import _WORDS, CHANGED_BACK, MONEY, NUM, _n, count, percent_change

Dims = tuple[tuple[str, int], ...]
LB_KG = 0.45359237

# Units said after a figure, as (dimension, factor to the base unit, how a result is said).
# Time and volume and length come from `bots.expr._dim` (minutes, ml, miles); the rest here.
_OWN_UNITS: dict[str, tuple[str, float]] = {
    "g": ("mass", 0.001),
    "kg": ("mass", 1.0),
    "kilos": ("mass", 1.0),
    "lb": ("mass", LB_KG),
    "lbs": ("mass", LB_KG),
    "st": ("mass", 14 * LB_KG),
    "stone": ("mass", 14 * LB_KG),
    "kw": ("power", 1.0),
    "m²": ("area", 1.0),
    "m2": ("area", 1.0),
    "sqm": ("area", 1.0),
}
# Words ending in s after a figure that say what it does, no unit: "if 1 more comes".
_DOES = r"comes|joins|goes|gets|says|does|makes|takes|turns|wants|needs|pays|owes|shows|leaves"
_PEOPLE = r"of us|ppl|people|persons?|guests|heads|adults|mates|ways"
UNIT_SAID = re.compile(
    r"\s?(?:more |extra |new |fewer )?"
    r"(?P<u>m²|m2|sqm|kwh|kw|kg|kilos|g|lbs?|st|stone|ml|litres?|liters?|l|km|cm|mm|m|"
    r"miles?|mins?|minutes?|hrs?|hours?|h|days?|weeks?|wks?|months?|years?|yrs?|"
    rf"(?P<people>{_PEOPLE})|(?!(?:this|was|has|plus|less|its|pls|thanks|is|as|{_DOES})\b)"
    r"[a-z]{3,}s)\b"
)
# What a figure is per, said after it: "an hr", "per kwh", "a week", "each", "ea".
PER_SAID = re.compile(r"\s?(?:(?:a|an|per|every)\s|/\s?)(?P<per>[a-z²]+)\b|\s?(?P<each>each|ea)\b")
# A thing a unit is of, said after it: "12.5 hr shifts", "4 week blocks".
OF_THING = re.compile(r"\s(?P<t>(?!(?:this|was|has|plus|less|its|pls)\b)[a-z]{3,}s)\b")
AREA = re.compile(
    rf"(?P<a>{NUM})\s?(?P<ua>cm|m)?\s?(?:wide|long|high)?\s?(?:x|by|\*)\s?(?P<b>{NUM})\s?"
    r"(?P<ub>cm|m)?\b"
)
STONES = re.compile(rf"(?P<st>{NUM})\s?st(?:one)?s?\s?(?:(?P<lb>\d{{1,2}})\s?(?:lbs?|pounds?)?)?\b")
# Things a measure is each of, named before it: "panels are 1.8m wide", "tiles are 30x30cm".
SUBJECT = re.compile(r"\b(?P<t>[a-z]{3,})s (?:are|is) (?:about |roughly |each )?$")
CLOCK = re.compile(r"(?<![\d:£$€])(?P<h>[0-2]?\d)[:.](?P<m>[0-5]\d)\s?(?P<ap>am|pm)?(?![\d:])")
# Words before a time of day said with a dot ("leaves at 17.48"), where no am or pm says it.
TIME_CUE = re.compile(
    r"\b(?:at|by|from|till|til|until|before|after|leaves?|leaving|left|arrives?|arriving|gets? in|"
    r"lands?|landing|departs?|starts?|starting|finish(?:es)?|ends?|opens?|closes?|kick ?off|"
    r"train|bus|flight|ferry|wake|alarm|feed)\b[^.\d]{0,14}$"
)
PERCENT = re.compile(rf"(?P<n>{NUM})\s?(?:%|per ?cent\b)")
THOUSANDS = re.compile(rf"(?<![\w.£$€])(?P<n>{NUM})k\b")
PAGE_AT = re.compile(r"\bp(?:age|g)?\.?\s?(?P<n>\d{1,4})\b")
BARE = re.compile(rf"(?<![\w.,:/£$€-]){NUM}(?![\d:/-]|st\b|nd\b|rd\b|th\b|\.\d)")
YEAR = re.compile(r"\b(?:in |since |from |of )?(?:19|20)\d\d\b")
WORD_MONEY = {"a tenner": 10.0, "a fiver": 5.0}
# Words near a figure that take it away from the others of its unit.
# Words near a head count that say so many are not there: "2 dropped out", "3 didnt show".
ABSENT = (
    r"dropped out|drop out|dropping out|pulled out|can'?t come|can'?t make it|not coming|"
    r"missing|didn'?t (?:show|come|turn up)|no[- ]shows?|off sick|bailed"
)
LESS = re.compile(
    rf"\b(?:{PUT_SAID}|{ABSENT}|less|minus|deduct|only on|putting down|vouchers?|gift ?cards?|"
    r"coupons?|refund(?:ed)?|"
    r"put down|paying down|down payment|upfront|part ?ex|trade[- ]in)\b|\bp\d"
)
# Money taken off a price after its percentage off: a voucher, a gift card, a coupon.
TAKEN_AFTER = re.compile(r"\b(?:vouchers?|gift ?cards?|coupons?)\b")
# Words near a head count that add it to the others: "if 2 more come".
MORE = re.compile(r"\bmore\b|\bextra\b|\bjoin|\banother\b|\badd(?:ing)?\b|\bplus\b")
CORRECTED = re.compile(r"^\W*(?:(?:wait|no|actually|sorry|oops|correction)\W+)+(?:its |it's )?")
# A line that puts a figure said before right: "wait no", "actually", "sorry only 2".
CORRECTS = re.compile(
    r"\b(?:wait|no|actually|sorry|oops|correction|scratch that|my bad|turns out|only)\b"
)
PCT_UP = re.compile(
    r"\b(?:extra|more|on top|spare|add|added|plus|up(?! to)|rise|raise|payrise|increase|getting)\b"
)
# "off" said right after the percentage wins over the words around it: "an extra 10% off".
PCT_OFF_SAID = re.compile(r"\s?(?:off|discount)\b")
PCT_OFF = re.compile(r"\b(?:off|discount|less|minus|down)\b")

# --- what is asked -------------------------------------------------------------------------
ASKED = re.compile(
    r"\bhow (?:much|many)\b|\bwhat(?:'?s| is| was| did| does| will| would)? (?:that|it|this)\b|"
    r"\bwhat (?:do|did|does) (?:that|it|this) (?:work|come)\b|\bwhat time\b|\bwhat ?%|"
    r"\bwhat percent|\bhow old\b|\b(?:overall |the )?(?:avg|average)\b|\bwhat do i set\b"
)
# A sum asked, of either kind: of units here, or of time, dates, rates (`bots.solve_time`).
ASKED_ANY = re.compile(f"{ASKED.pattern}|{TIME_ASKED.pattern}")
ASKED_EACH = re.compile(
    # "each" but not "each payday" (a per of its own): "each with 6 of us", "each then"
    r"\b(?:pp|each(?! (?!of\b|then\b|now\b|with\b|for\b|if\b|between\b|after\b|when\b)"
    r"[a-z]{3,})|ea|apiece|per (?:head|person)|a (?:head|person))\b"
)
ASKED_PER = re.compile(r"\b(?:per|a|an|each|every) (?P<per>[a-z]+)\b")
ASKED_MANY = re.compile(r"\bhow many (?P<u>[a-z²]+)\b")
ASKED_MUCH_OF = re.compile(r"\bhow much (?P<t>[a-z]{3,})\b")
ASKED_IN = re.compile(r"\bin (?P<u>kg|kilos|lbs?|stone|litres|ml|hours|minutes|mins|days|weeks)\b")
PER_LY = re.compile(r"\b(?P<per>month|week|year)ly\b|\bdaily\b")
ASKED_MORE = re.compile(r"\bhow much more\b|\bstill need\b|\bleft to (?:pay|save|find)\b")
# A total asked in so many words, when no per is: "how much", "what's the total", "come to".
SUM_ASKED = re.compile(
    r"\bhow (?:much|many)\b|\btotal\b|\baltogether\b|\bcomes? to\b|\bwork(?:s|ed)? out\b|"
    r"\bin all\b"
)
# Someone left out of a share, by a count not said ("the kids go free", "jess doesnt pay").
LEFT_OUT = re.compile(
    r"\bfree\b|\bexcept\b|\bexcluding\b|\bnot paying\b|n'?t pay(?:ing)?\b|\bdoesnt pay\b|"
    r"\bhalf price\b|\bon me\b"
)
# A follow-up of a sum asked just before: "ok and if 2 more come?".
FOLLOW_UP = re.compile(
    r"\b(?:and|what|so) if\b|\bnow\b|\b(?:what|how) about\b|\b(?:too|instead|another|towards)\b|"
    r"\?\W*$"
)
# Asks of another kind than a product of units: an average, an age, a percentage, a time of day.
SPECIAL = re.compile(
    r"(?<!on )\b(?:avg|average|mean)\b|\bhow old\b|%|\bpercent|\bwhat time\b|"
    r"\bhow much (?!more\b)[a-z]+ (?:goes|go|do|in)\b|\bwhat do i set\b|"
    r"\bwhat (?:temp|temperature)\b"
)
# Two ways compared ("which is cheaper", "or"): more than one sum, not worked here.
CHOICE = re.compile(r"\bor\b|\bcheaper\b|\bwhich\b|\bbetter\b|\bvs\b")
# Things bought or filled whole, however the count is asked: "how many bags".
BOUGHT = re.compile(
    r"bags|tins|packs|rolls|boxes|tubs|pots|cans|bottles|tiles|posts|panels|sheets|balls|"
    r"skeins|planks|slabs|bricks|cartons|crates|trays|buses|minibuses|taxis|cars|tables|loads"
)
WHOLE = re.compile(r"\b(?:buy|get|order|need|do i need|round up)\b")
NOT_THING = frozenset(
    {"is", "do", "does", "did", "will", "would", "are", "that", "it", "this", "more", "the", "a"}
)


@dataclass(frozen=True)
class Fig:
    """A figure said, in base units (£, minutes, litres... as `_dim` and `_OWN_UNITS` name them)
    with its dimensions; `sign` -1 for one the words take away; `bare`: said with no unit."""

    value: float
    dims: Dims
    said: str
    sign: int = 1
    bare: bool = False
    line: int = 0
    at: int = 0
    unit: str = ""  # the unit word said ("hr"), for a bare rate said after it ("37.5 a week")
    near: str = ""  # the words of its clause around it (`_near`), read by the rules below


@dataclass(frozen=True)
class Ask:
    want: Dims  # the dimensions of the answer; () for a count of nothing
    per: str  # how the answer is said per: "each", "an hour", "a day", ""
    more: bool  # "how much more": what is still wanted
    whole: bool  # things bought whole: rounded up
    money: bool  # the answer is a sum of money
    thing: str  # "tiles", "pages", "litres": what a count is of
    scale: float = 1.0  # the per unit in base units ("an hour": 60 minutes)


def _dims(**powers: int) -> Dims:
    return tuple(sorted((d, p) for d, p in powers.items() if p))


def _combine(a: Dims, b: Dims, k: int = 1) -> Dims:
    out = dict(a)
    for d, p in b:
        out[d] = out.get(d, 0) + k * p
    return tuple(sorted((d, p) for d, p in out.items() if p))


def _unit(word: str) -> tuple[str, float]:
    """(dimension, factor) of a unit word after a figure: ("time", 60) for "hrs"."""
    w = word.lower()
    if w in _OWN_UNITS:
        return _OWN_UNITS[w]
    if re.fullmatch(_PEOPLE, w) or w in ("each", "ea", "head", "person", "pp"):
        return "#people", 1.0
    if w in ("h", "wk", "wks"):
        return _dim({"h": "hour", "wk": "week", "wks": "week"}[w])[:2]
    if w in ("m", "cm", "mm"):
        return "length", {"m": 1.0, "cm": 0.01, "mm": 0.001}[w]
    if w == "km":
        return "length", 1000.0
    if w in ("mile", "miles"):
        return "length", 1609.344
    dim, factor, _ = _dim(w)
    if dim == "#payday" or dim.startswith("#"):
        return f"#{w[:-1] if w.endswith('s') and not w.endswith('ss') else w}".lstrip("#"), 1.0
    return dim, factor


def _thing_dim(dim: str) -> str:
    return (
        dim
        if dim in ("time", "volume", "length", "mass", "power", "energy", "area")
        else (dim if dim.startswith("#") else f"#{dim}")
    )


def _unit_dims(word: str) -> tuple[Dims, float]:
    dim, factor = _unit(word)
    return ((_thing_dim(dim), 1),), factor


def _per(text: str, end: int) -> tuple[Dims, float, int]:
    """What a figure ending at `end` is per ("an hr": time^-1 in minutes), and where it ends."""
    m = PER_SAID.match(text, end)
    if not m:
        return (), 1.0, end
    word = m.group("per") or "each"
    if word in ("the", "week's", "bit", "lot", "go", "time", "while", "few", "couple"):
        return (), 1.0, end
    dims, factor = _unit_dims(word)
    return tuple((d, -p) for d, p in dims), 1 / factor, m.end()


CLAUSE = re.compile(r"[,;.!?]|\band\b|\bbut\b|\bso\b")


def _near(text: str, start: int, end: int) -> str:
    """The clause a figure is said in ("ed's mum chipped in 90 too"), for the words that take
    it away or put it on; never the next clause's ("12 days and im only on p120")."""
    cuts = [m.end() for m in CLAUSE.finditer(text, 0, start)]
    after = CLAUSE.search(text, end)
    return text[max([0, *cuts, start - 30]) : after.start() if after else len(text)]


def _figures(text: str, line: int) -> list[Fig]:
    """Every figure of one message (lower case, no mention), with its unit and what it is per."""
    figs: list[Fig] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return not any(x < b and a < y for x, y in taken)

    def add(value: float, dims: Dims, a: int, b: int, bare: bool = False, unit: str = "") -> None:
        said = text[a:b].strip()
        sign = -1 if LESS.search(_near(text, a, b)) else 1
        figs.append(Fig(value, dims, said, sign, bare, line, a, unit))
        taken.append((a, b))

    for m in YEAR.finditer(text):
        taken.append(m.span())
    for m in AREA.finditer(text):
        unit = m.group("ua") or m.group("ub")
        if not unit:
            continue
        f = 0.01 if unit == "cm" else 1.0
        value = _n(m.group("a")) * f * _n(m.group("b")) * f
        dims: Dims = (("area", 1),)
        thing = SUBJECT.search(text[: m.start()])
        if thing:
            dims = _combine(dims, ((f"#{thing.group('t')}", -1),))
        add(value, dims, m.start(), m.end())
        figs[-1] = replace(figs[-1], said=f"{figs[-1].said} ({count(round(value, 4))} m²)")
    for m in STONES.finditer(text):
        if free(*m.span()):
            lbs = _n(m.group("st")) * 14 + (_n(m.group("lb")) if m.group("lb") else 0)
            add(lbs * LB_KG, (("mass", 1),), *m.span())
    for m in CLOCK.finditer(text):
        dotted = "." in m.group() and not m.group("ap")
        if dotted and not TIME_CUE.search(text[: m.start()]):
            continue  # "rate is 12.40 an hr", "kids 8.75": a sum, not a time of day
        if free(*m.span()):
            h = int(m.group("h")) % 12 + (12 if m.group("ap") == "pm" else 0)
            h = int(m.group("h")) if not m.group("ap") else h
            add(h * 60 + int(m.group("m")), (("clock", 1),), *m.span())
    for m in PERCENT.finditer(text):
        if free(*m.span()):
            add(_n(m.group("n")) / 100, (("%", 1),), *m.span())
    for m in HALF_HOUR.finditer(text):
        if free(*m.span()):
            add(30.0, (("time", 1),), *m.span())
    for said, value in WORD_MONEY.items():
        for m in re.finditer(rf"\b{said}\b", text):
            add(value, (("£", 1),), *m.span())
    for m in MONEY.finditer(text):
        if (
            not free(*m.span())
            or (m.group("sign") or "£") not in "£"
            or m.group("unit")
            in (
                "euros",
                "euro",
                "dollars",
                "bucks",
            )
        ):
            continue
        if m.group("p"):
            value = _n(m.group("p")) / 100
        else:
            value = _n(m.group("a") or m.group("b")) * (1000 if m.group("k") else 1)
        per, f, end = _per(text, m.end())
        add(value * f, _combine((("£", 1),), per), m.start(), end)
    for m in THOUSANDS.finditer(text):
        if free(*m.span()):
            add(_n(m.group("n")) * 1000, (("£", 1),), *m.span())
    for m in PAGE_AT.finditer(text):
        if free(*m.span()) and re.search(
            r"\bon\s*$|\bat\s*$|\bto\s*$|\bup to\s*$", text[: m.start()]
        ):
            add(_n(m.group("n")), (("#page", 1),), *m.span())
    for m in BARE.finditer(text):
        if not free(*m.span()):
            continue
        value, end = _n(m.group()), m.end()
        unit = UNIT_SAID.match(text, end)
        dims: Dims = ()
        if unit:
            dims, factor = _unit_dims(unit.group("u"))
            value, end = value * factor, unit.end()
            of = OF_THING.match(text, end)
            named = SUBJECT.search(text[: m.start()])
            measure = dims[0][0] in ("time", "length", "volume", "mass") and not unit.group(
                "people"
            )
            if of and measure:
                dims = _combine(dims, _unit_dims(of.group("t"))[0], -1)
                end = of.end()
            elif named and measure:
                dims = _combine(dims, ((f"#{named.group('t')}", -1),))  # "panels are 1.8m wide"
        per, f, end = _per(text, end)
        word = unit.group("u") if unit else ""
        add(value * f, _combine(dims, per), m.start(), end, bare=not unit, unit=word)
    return sorted(figs, key=lambda g: g.at)


def _said_figures(lines: Sequence[str]) -> list[Fig]:
    """The figures of the ask (`lines[0]`) and the lines before it (newest first), a correction
    ("5 of us", then "wait no 4") put in place of the figure it corrects. A count of people not
    there said before the count that is ("3 didnt show so 7 of us") only explains it; put right
    later ("wait no ... only 2 missing") it moves the count (7 + 3 − 2); one said alone ("2
    dropped out", even "actually 2 dropped out") is taken off."""
    out: list[Fig] = []
    explained: tuple[Fig, Fig] | None = None  # (the count not there, the count there)
    for i in range(len(lines) - 1, -1, -1):
        text = lines[i]
        figs = _figures(text, i)
        absent = [g for g in figs if g.bare and _is_absent(text, g)]
        present = [g for g in figs if g.dims == (("#people", 1),)]
        if absent and present and absent[0].at < present[0].at:
            explained = (absent[0], present[0])  # "3 didnt show tonight so 7 of us"
            figs.remove(absent[0])
        elif absent and CORRECTS.search(text):
            earlier = explained[1] if explained else None
            if earlier in out:  # "wait no ... only 2 missing": 7 + 3 − 2 of us
                was, there = explained
                moved = there.value + was.value - absent[0].value
                out[out.index(earlier)] = replace(there, value=moved, said=f"{count(moved)} of us")
                figs.remove(absent[0])
            else:  # "sorry only 2 cant make it": in place of the 3 said
                out = [g for g in out if not (g.bare and _is_absent(lines[g.line], g))]
        fix = CORRECTED.match(text)
        if fix and figs and figs[0].bare and figs[0].at <= fix.end() + 1 and not absent:
            last = next((g for g in reversed(out) if not g.bare and "£" not in dict(g.dims)), None)
            if last:
                out.remove(last)
                figs[0] = replace(figs[0], dims=last.dims, bare=False, sign=1)
        out.extend(figs)
    return out


def _is_absent(text: str, fig: Fig) -> bool:
    """Whether a figure's clause says so many are not there ("2 dropped out", "only 2 missing")."""
    return bool(re.search(rf"\b(?:{ABSENT})\b", _near(text, fig.at, fig.at + len(fig.said))))


def _followed(figs: list[Fig], follow: str) -> list[Fig]:
    """The figures of a sum asked before, as a follow-up (`follow`, line 0) changes them: a
    figure it adds or takes away ("2 more come", "another £18 pizza", "£300 towards it") joins
    them; one it says plainly ("he says £60 for 5") takes the place of the one of its unit said
    before (£54 "for 4 of us"), a bare count after "for" a sum of money standing for a head
    count when one was said before."""
    out = list(figs)
    heads = [g for g in figs if g.line and g.dims == (("#people", 1),)]
    for g in (g for g in figs if g.line == 0):
        if MORE.search(g.near) or HEADS_MOVED.search(g.near) or g.sign < 0:
            continue
        if g.bare and not g.dims:
            if len(heads) != 1 or not re.search(r"[£\d]\S*\s+for\s*$", follow[: g.at]):
                return []  # "is 6 too many?": a figure the follow-up says of nothing sure
            g = replace(out.pop(out.index(g)), dims=heads[0].dims, bare=False)
            out.append(g)
        if g.bare:
            continue
        out = [h for h in out if h.line == 0 or h.dims != g.dims]
    return sorted(out, key=lambda g: (-g.line, g.at))


def _is_asked(text: str) -> bool:
    """Whether a sum is asked: "how much", "whats that each", "what am i paying", and a
    short "so each?", "so thats what each?"."""
    short_each = len(text.split()) <= 5 and re.search(r"\?|\bwhat\b|^\W*so\b", text)
    return bool(
        ASKED.search(text) or PAY_ASKED.search(text) or (short_each and ASKED_EACH.search(text))
    )


def sum_asked(text: str) -> bool:
    """Whether `text` asks a sum (`_is_asked`), mentions and case as said."""
    return _is_asked(text.lower())


def _asked(ask: str, figs: list[Fig]) -> Ask | None:
    """What the ask wants, or None when it asks no sum these figures could answer."""
    if not _is_asked(ask):
        return None
    more = bool(ASKED_MORE.search(ask))
    per: Dims = ()
    per_said, scale = "", 1.0
    if ASKED_EACH.search(ask):
        per, per_said = (("#people", -1),), "each"
    else:
        # Per what is asked in the question, not in the figures told before it ("£38 an hour
        # and ive done 26 ... how much have i spent total" asks no rate).
        start = min((m.start() for r in (ASKED, PAY_ASKED) if (m := r.search(ask))), default=0)
        for m in ASKED_PER.finditer(ask, start):
            word = m.group("per")
            dims, factor = _unit_dims(word)
            if dims[0][0] in ("time", "length", "energy", "volume", "mass") or any(
                dict(g.dims).get(dims[0][0]) for g in figs
            ):
                per = tuple((d, -p) for d, p in dims)
                per_said, scale = f"{m.group(0).split()[0]} {word}", factor
                break
    ly = PER_LY.search(ask)
    if not per and ly:  # "whats the monthly"
        word = ly.group("per") or "day"
        dims, scale = _unit_dims(word)
        per, per_said = tuple((d, -p) for d, p in dims), f"a {word}"
    many = ASKED_MANY.search(ask)
    into = ASKED_IN.search(ask)
    if many and many.group("u") not in NOT_THING:
        dims, _ = _unit_dims(many.group("u"))
        thing = many.group("u")
        whole = bool(WHOLE.search(ask) or BOUGHT.fullmatch(thing))
        return Ask(_combine(dims, per), per_said, more, whole, False, thing, scale)
    if into:
        dims, _ = _unit_dims(into.group("u"))
        return Ask(_combine(dims, per), per_said, more, False, False, into.group("u"), scale)
    much = ASKED_MUCH_OF.search(ask)
    if (
        much
        and much.group("t") not in NOT_THING
        and not re.fullmatch(
            r"is|do|does|did|will|would|are|was|that|it|this|more|each|per|for|to|in|on|we|i|you|"
            r"can|could|should|have|has|goes|going|back|off|"
            r"altogether|all|money|cash|dosh|ea|pp",
            much.group("t"),
        )
    ):
        return None  # "how much mince": a thing, not money; another reading's
    if not any("£" in dict(g.dims) or g.bare for g in figs):
        return None
    return Ask(_combine((("£", 1),), per), per_said, more, False, True, "", scale)


# --- the search ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Group:
    """Figures of one unit, summed (each with its sign)."""

    figs: tuple[Fig, ...]
    dims: Dims
    bare: bool

    @property
    def value(self) -> float:
        return sum(g.sign * g.value for g in self.figs)


def _groups(figs: list[Fig], ask: Ask, lines: Sequence[str]) -> list[Group]:
    """Figures of one unit summed. A bare figure is money when money is asked and its line
    says no other sum of money ("that was 54"); a bare rate ("37.5 a week") is of the unit
    another figure is said in ("12.5 hr shifts"); any other bare figure is left out. A count of
    a thing nothing else is per ("doing 2 coats") multiplies, unless it only says what a sum
    of money was for ("£96 for the 3 nights")."""
    figs = [g for g in figs if "%" not in dict(g.dims) and "clock" not in dict(g.dims)]
    money_lines = {g.line for g in figs if "£" in dict(g.dims)}
    units = [g for g in figs if g.unit and not g.bare]
    wanted = {d for d, _ in ask.want}
    heads = any(g.dims == (("#people", 1),) for g in figs)
    # "how many weeks till i can get it": money is worked, though a time is asked
    money = ask.money or (ask.want == (("time", 1),) and bool(SAVING_ASKED.search(lines[0])))
    resolved: list[Fig] = []
    for g in figs:
        rate = _rate_done(g, figs, lines) if g.bare and not g.dims else None
        if g.bare and not g.dims and heads and HEADS_MOVED.search(g.near):
            g = replace(g, dims=(("#people", 1),), bare=False)
        elif rate:  # "£38 an hour and ive done 26": 26 hours
            g = as_done(g, rate)
        elif g.bare and not g.dims:
            if not money or g.line in money_lines or not MONEY_CUE.search(lines[g.line]):
                return []  # a figure whose unit no word says: no sum is sure without it
            g = replace(g, dims=(("£", 1),), bare=False)
            money_lines.add(g.line)
        elif g.bare and money and g.dims[0][0] == "time" and MONEY_CUE.search(lines[g.line]):
            if g.line in money_lines:
                return []
            said = f"£{g.said}"  # "7.50 a week"
            g = replace(g, dims=_combine(g.dims, (("£", 1),)), bare=False, said=said)
            money_lines.add(g.line)
        elif g.bare:
            if PAID.search(lines[g.line]):
                return []  # "pay is 10.50 an hour", hours asked: no count of hours a week
            per = g.dims[0][0]
            other = next((u for u in units if _unit(u.unit)[0] != "£" and u.line != g.line), None)
            if not other or "£" in dict(g.dims):
                continue
            dims, factor = _unit_dims(other.unit)
            g = replace(g, dims=_combine(g.dims, dims), value=g.value * factor, bare=False)
            if per == dims[0][0] and _unit(other.unit)[1] == 1:
                continue
        resolved.append(g)
    out: dict[Dims, list[Fig]] = {}
    loose: list[Group] = []
    for g in resolved:
        thing = g.dims[0][0] if len(g.dims) == 1 and g.dims[0][1] == 1 else ""
        lone = not any(h is not g and thing in dict(h.dims) for h in resolved)
        if thing.startswith("#") and thing not in wanted and thing != "#people" and lone:
            alone = sum(1 for h in figs if h.line == g.line) == 1  # "doing 2 coats"
            if (alone and not DESCRIBES.search(g.near)) or AT_PRICE.match(lines[g.line], g.at):
                loose.append(Group((g,), (), True))  # "3 rooms at £80": so many at the price
            elif not alone and not DESCRIBES.search(g.near):
                return []  # a count of things said with other figures, read in no way
            continue
        same = out.setdefault(g.dims, [])
        if not any(h.value == g.value and h.sign == g.sign for h in same):
            same.append(g)  # "£420" said again in the ask is the one figure
    if any(len({f.line for f in v}) < len(v) for v in out.values()):
        return []  # two sums in one message: how they go together is the readers' to say
    heads = out.get((("#people", 1),), [])
    if any(h.sign > 0 and not HEADS_MOVED.search(h.near) for h in heads[1:]):
        return []  # "23 of us ... up to 30 people": two counts, not one added to the other
    for v in out.values():
        if len(v) == 2 and all(f.sign > 0 and STATE.search(f.near) for f in v):
            v[1] = replace(v[1], sign=-1)  # "started at 14st 6lb", "weighed in at 12st 13"
    # a rate whose units cancel ("37.5 hrs a week") multiplies, as a count of things does
    return [Group(tuple(v), k, not k) for k, v in out.items()] + loose


# A rate of time in time: "40 hours a week", "3 days a week", "8 hrs per day".
TIME_RATIO = re.compile(
    r"\b(?P<of>hours?|hrs?|days?|nights?|shifts?|weeks?|months?)\s+(?:a|an|per|each|every)\s+"
    r"(?:week|month|year|day|fortnight)\b"
)


def _ratio_over(f: Fig, per: str) -> bool:
    """Whether `f`, a rate of time in time ("40 hours a week"), would be multiplied into a
    sum asked per its own first unit ("£31,200 a year, 40 hours a week, whats that per hour"):
    an hour's pay divides by the hours, which these steps never do."""
    m = TIME_RATIO.search(f.said)
    return bool(m and per and re.search(rf"\b{m.group('of')[:3]}", per))


# A bare figure of what was done at a rate said just before: "£38 an hour and ive done 26".
DONE_AT_RATE = re.compile(
    r"\b(?:i'?ve|ive|i have|we'?ve|weve|we have) (?:done|had|taken|booked|worked)\s*$"
)


def _rate_done(g: Fig, figs: list[Fig], lines: Sequence[str]) -> Fig | None:
    """The rate of money per something said before a bare figure in its line that says so many
    of it were done ("£38 an hour and ive done 26"), or None."""
    if not DONE_AT_RATE.search(lines[g.line][: g.at]):
        return None
    rates = [
        f
        for f in figs
        if f.line == g.line
        and f.at < g.at
        and dict(f.dims).get("£") == 1
        and len(f.dims) == 2
        and any(p == -1 for _, p in f.dims)
    ]
    return rates[-1] if len(rates) == 1 else None


def as_done(g: Fig, rate: Fig) -> Fig:
    """A bare count done at a rate, in the rate's unit ("26" after "£38 an hour": 26 hours)."""
    word = rate.said.split()[-1]
    dims, factor = _unit_dims(word)
    return replace(g, dims=dims, value=g.value * factor, bare=False, said=f"{g.said} {word}s")


# A bare figure that moves a head count: "if 2 more come", "2 have dropped out".
HEADS_MOVED = re.compile(rf"\b(?:more|{ABSENT}|come|coming|join|can'?t)\b")
# A line that says a bare rate is money: "pay is 10.50 an hour", "i get 7.50 a week pocket money".
PAID = re.compile(r"\b(?:pay|paid|rate|wage|salary|earn|earns|quid|cost|costs|price|money)\b")
# A time asked till money saved buys a thing: "how many weeks till i can get it".
SAVING_ASKED = re.compile(
    r"\bhow (?:many|long)\b.*\b(?:till|until|before|to save|save up|afford|to get|to buy|"
    r"to pay (?:it |this |that )?off)\b"
)
# A line whose bare figure is a sum of money: "campsite came to", "that was 54", "quoted 1,850".
MONEY_CUE = re.compile(
    r"\b(?:came to|comes? to|was|were|is|are|cost|costs|quoted|paid|pay|made|tips|spent|price|"
    r"hire|rent|salary|wage|wages|income|earn|earns|putting down|put down|upfront|money|"
    r"allowance|get|gets|saving|"
    r"deposit|all in|bill|total|need|saved|chipped|got|owe|worth|budget|uber|taxi|fare)\b"
)
# A figure that is a state at one time, not an amount to add: "started at", "weighed in at".
STATE = re.compile(r"\b(?:started|start|was|were|weighed|now|today|tonight|at)\b")
# A count of things at a price: "3 rooms at £80", "4 pints @ 5.40".
AT_PRICE = re.compile(r"\d+\s[a-z]+\s(?:at|@)\s?£?\d")
# A count that only says what a sum of money was for: "£96 for the 3 nights".
DESCRIBES = re.compile(r"[£\d]\S*\s(?:for|over)\s(?:the\s)?\d")


def _scaled(
    figs: list[Fig], groups: list[Group], asking: str = ""
) -> tuple[list[Group], list[tuple[float, str]]]:
    """Percentages put on the rest, one after the other ("30% off", then "an extra 10% off"
    the sale price: × 0.7 × 0.9; "add 10% for breakages"; "getting 4.5%" on a salary), as
    (factor, said) steps; or taken of the largest sum of money ("need 10% deposit" of "the
    house is 265k"), several of one sum together ("i put in 5%, work puts in 3%" of 32k).
    No steps and no groups when a percentage has nothing to be of."""
    steps: list[tuple[float, str]] = []
    parts: list[Fig] = []
    added = ADDED_ASKED.search(asking)  # "whats the total w tip": a tip is put on
    for p in (g for g in figs if "%" in dict(g.dims) and g.value):  # "0% deal": no change
        near = _near_text(p)
        shown = count(round(p.value * 100, 4))
        if PCT_OFF_SAID.match(near, near.find(p.said) + len(p.said)) or (
            PCT_OFF.search(near) and not PCT_UP.search(near)
        ):
            steps.append((1 - p.value, f"less {shown}%"))
        elif PCT_UP.search(near) or added:
            steps.append((1 + p.value, f"add {shown}%"))
        else:
            parts.append(p)
    if steps and any(
        g.sign < 0 and "£" in dict(g.dims) and TAKEN_AFTER.search(_near_text(g)) for g in figs
    ):
        # "15% staff discount comes off first, then your £10 voucher": a voucher comes off
        # the price after the percentage, which these steps would take off before it
        return [], []
    if len(parts) == 1 and re.search(r"\b(?:new|total|all in|altogether)\b", asking):
        return [], []  # "whats my new salary" and "a 2.5%": a change, but which way is unsaid
    if len(parts) > 1 and not TOGETHER.search(asking):
        return [], []  # "i put in 5%, work puts in 3%": whose is asked, unless it is both
    if parts:
        money = [g for grp in groups if "£" in dict(grp.dims) for g in grp.figs if g.sign > 0]
        if len({g.dims for g in money}) > 1:
            return [], []  # "£9 an hour" and "£300": which the percentage is of is unsaid
        if not money:
            return [], []
        base = max(money, key=lambda g: g.value)
        rate = sum(p.value for p in parts)
        said = " + ".join(p.said for p in parts)
        of = _money(base.value) if base.dims == (("£", 1),) else base.said
        part = replace(base, value=base.value * rate, said=f"{said} of {of}")
        groups = [
            replace(grp, figs=tuple(part if g is base else g for g in grp.figs)) for grp in groups
        ]
    return groups, steps


def _near_text(fig: Fig) -> str:
    return fig.near


def _search(groups: list[Group], want: Dims) -> list[tuple[int, float, tuple[int, ...]]]:
    """Every choice of powers (-1, 0, 1; a bare count 0 or 1) over the groups whose units come
    to `want`, as (figures used, value, powers), best first."""
    options = [(0, 1) if g.bare else (0, 1, -1) for g in groups]
    based = [_in_lengths(g.dims) for g in groups]
    want, want_factor = _in_lengths(want)
    found = []
    for powers in itertools.product(*options):
        if not any(powers):
            continue
        dims: Dims = ()
        for (g_dims, _), k in zip(based, powers, strict=True):
            if k:
                dims = _combine(dims, g_dims, k)
        if dims != want:
            continue
        value = 1 / want_factor
        for g, (_, factor), k in zip(groups, based, powers, strict=True):
            if k:
                if g.value == 0:
                    break
                value *= (g.value * factor) ** k
        else:
            used = sum(
                1 + f.said.count(" × ")
                for g, k in zip(groups, powers, strict=True)
                if k
                for f in g.figs
            )  # a bill by kinds (`_by_kind`) is the figures it was made of
            found.append((used, value, powers))
    found.sort(key=lambda f: -f[0])
    return found


def _in_lengths(dims: Dims) -> tuple[Dims, float]:
    """Dimensions with an area as length², a volume as length³ (ml to m³) and energy as power
    by time, and the factor the value takes: a bed 2.4m by 1.2m, 15cm deep, filled from 50
    litre bags; a 2kW heater on 4 hrs a day at 24.5p per kWh."""
    out: Dims = ()
    factor = 1.0
    for d, p in dims:
        if d == "area":
            out = _combine(out, (("length", 2 * p),))
        elif d == "volume":
            out = _combine(out, (("length", 3 * p),))
            factor *= 1e-6**p
        elif d == "energy":  # a kWh is a kW for 60 minutes
            out = _combine(out, (("power", p), ("time", p)))
            factor *= 60.0**p
        else:
            out = _combine(out, ((d, p),))
    return out, factor


def _figured(text: str) -> bool:
    """Whether `text` says a figure, in digits or words ("2 more", "two more")."""
    return bool(re.search(r"\d", text)) or any(w in _WORDS for w in re.findall(r"[a-z]+", text))


def _left_over(figs: list[Fig], groups: list[Group], powers: tuple[int, ...]) -> bool:
    """Whether a figure said with a unit of measure or of money ("450km", "€1,360") is in no
    group the working uses: the words were read otherwise than meant ("6l per 100k" is no
    £100,000), and a sum worked without one of its figures is a wrong sum."""
    used = {id(g) for grp, k in zip(groups, powers, strict=True) if k for g in grp.figs}
    used_at = {(g.line, g.at) for grp, k in zip(groups, powers, strict=True) if k for g in grp.figs}
    # two times of day in a line ("shift is 07:45 to 16:15") are a span of time said
    spans = [g.line for g in figs if g.dims == (("clock", 1),)]
    return any(
        not g.bare
        and g.dims
        and id(g) not in used
        and (g.line, g.at) not in used_at
        and (dict(g.dims).keys() & MEASURED or spans.count(g.line) > 1)
        for g in figs
    )


# The units a figure left out of a sum must not have.
MEASURED = frozenset(("£", "length", "volume", "mass", "energy", "power"))
# A rate of exchange said: "rate is 0.85 quid to the euro", "1.27 dollars to the pound".
EXCHANGE = re.compile(
    r"\b(?:to the|to a|to one|per|for (?:a|one|1)) (?:euro|dollar|pound|quid|buck|krone|kroner|"
    r"franc|yen)s?\b|\bexchange rate\b|[£$€]\s?1(?:\.00)?\s?(?:=|is|gets?|buys?)\s?[£$€]?\d"
)
# A difference asked ("how much do i save", "what's the difference"): never a total.
DIFFERENCE_ASKED = re.compile(
    r"\b(?:save|saving|saves|saved|difference|diff|cheaper|dearer|more expensive|better off|"
    r"worse off|left|leftover|remaining|change)\b"
)


# Shares of one sum asked together: "how much is going in a year total", "both of us".
TOGETHER = re.compile(r"\b(?:total|altogether|in all|both|together|combined|going in|goes in)\b")
# A sum of money asked by what it is, not "how much": "what am i actually paying", "whats my
# new salary", "whats the monthly", "whats our profit", "whats my cut".
PAY_ASKED = re.compile(
    r"\bwhat (?:am i|are we|do i|do we|will i|will we|would i|would we|does (?:she|he|it)|"
    r"did i|did we)(?: \w+)? (?:paying|pay|owe|owing|getting|get|earn|earning|making|make|"
    r"spending|spend|saving|save|taking home|take home)\b|"
    r"\bwhat(?:'?s| is| are| was| will be)? (?:my|our|the|his|her|their|your|ur) (?:\w+ )?"
    r"(?:total|cost|price|bill|gross|net|pay|wage|wages|salary|cut|share|profit|monthly|weekly|"
    r"payments?|repayments?|take home|damage)\b"
)
# A tip or tax asked with the bill it is put on: "whats the total w tip", "inc service".
ADDED_ASKED = re.compile(
    r"\b(?:with|w/?|inc|incl|including|plus|and|after) (?:the )?(?:tip|service|vat)\b"
)
# A sum said as a salary, so much a year: "salary 32k", "on 28,500".
SALARY = re.compile(r"\b(?:salary|salaries|earns?|earning|on)\b")
# A most that is paid: "up to £300", "£300 max", "capped at 250", "no more than £50".
CAP = re.compile(r"\b(?:up to|capped at|no more than|(?:max|maximum|cap|limit)(?: of)?)\s*$")
CAP_AFTER = re.compile(r"\s?(?:max|maximum|cap|limit)\b")
# A share of a cost paid back asked: "how much do i get back", "what can i claim".
BACK_ASKED = re.compile(r"\b(?:back|claim|refund(?:ed)?|reimburse[sd]?|cover(?:ed|s)?)\b")


# A price said of a kind of thing ("adult 12.50", "kids £8.75", "pints are 5.40", "5.40 a
# pint"), and a count of a kind ("2 adults", "4 pints at 5.40").
KIND_PRICE = re.compile(
    r"\b(?P<k>[a-z]{3,})\s?(?:are|is|at|@|:|=)?\s?£?(?P<p>\d+\.\d\d|\d+)(?![\d.%]|\s?(?:of us|"
    rf"{_PEOPLE}|[a-z]{{3,}}s\b))"
)
PRICE_KIND = re.compile(
    r"£?(?P<p>\d+\.\d\d|\d+)\s(?:a|per|each|for a|for each)\s(?P<k>[a-z]{3,})\b"
)
COUNT_KIND = re.compile(
    r"(?<![\d.£])(?P<n>\d{1,3})\s(?P<k>[a-z]{3,})\b(?:\s(?:at|@)\s£?(?P<p>\d+(?:\.\d\d)?))?"
)


def _kind(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _by_kind(figs: list[Fig], lines: Sequence[str]) -> list[Fig]:
    """Prices said of kinds of things and counts of them ("adult 12.50, kids 8.75", "2 adults 3
    kids"; "4 pints at 5.40 and 2 cokes at 2.90") as one sum of money, each count by its
    price (2 × £12.50 + 3 × £8.75), in place of their figures; as they were unless two kinds or
    more each have one price and one count, and no price or count is left without its pair."""
    prices: dict[str, list[tuple[float, int, int]]] = {}
    counts: dict[str, list[tuple[int, int, int]]] = {}
    for i, text in enumerate(lines):
        for m in COUNT_KIND.finditer(text):
            if _kind(m.group("k")) in NOT_KINDS:
                continue
            counts.setdefault(_kind(m.group("k")), []).append((int(m.group("n")), i, m.start()))
            if m.group("p"):
                prices.setdefault(_kind(m.group("k")), []).append(
                    (_n(m.group("p")), i, m.start("p") - (text[m.start("p") - 1] == "£"))
                )
        for pattern in (KIND_PRICE, PRICE_KIND):
            for m in pattern.finditer(text):
                kind = _kind(m.group("k"))
                if kind in NOT_KINDS or kind.isdigit():
                    continue
                at = m.start("p") - (m.start("p") > 0 and text[m.start("p") - 1] == "£")
                if not any(a == at and j == i for _, j, a in prices.get(kind, [])):
                    prices.setdefault(kind, []).append((_n(m.group("p")), i, at))
    kinds = set(prices) & set(counts)
    if (
        len(kinds) < 2
        or set(prices) - kinds
        or any(len(prices[k]) != 1 or len(counts[k]) != 1 for k in kinds)
    ):
        return figs
    spots = {(j, a) for k in kinds for _, j, a in (*prices[k], *counts[k])}
    if len(spots) != 2 * len(kinds):
        return figs  # "3 rooms at £80 a night": one price read as two kinds
    kept = [g for g in figs if (g.line, g.at) not in spots]
    if len(kept) != len(figs) - len(spots):
        return figs  # a figure read otherwise than as a price or a count of a kind
    order = sorted(kinds, key=lambda k: (-counts[k][0][1], counts[k][0][2]))
    total = sum(counts[k][0][0] * prices[k][0][0] for k in order)
    said = " + ".join(f"{counts[k][0][0]} × {_money(prices[k][0][0])}" for k in order)
    line, at = counts[order[0]][0][1:]
    bill = Fig(total, (("£", 1),), f"{said} ({_money(total)})", line=line, at=at)
    return sorted([*kept, bill], key=lambda g: (-g.line, g.at))


# Words before a figure that are no kind of thing bought: "was 54", "got 84".
NOT_KINDS = frozenset(
    [
        "was",
        "is",
        "are",
        "were",
        "got",
        "get",
        "paid",
        "pay",
        "cost",
        "costs",
        "came",
        "come",
        "comes",
        "spent",
        "total",
        "bill",
        "each",
        "per",
        "and",
        "the",
        "for",
        "with",
        "about",
        "around",
        "only",
        "just",
        "like",
        "plus",
        "minus",
        "less",
        "than",
        "over",
        "under",
        "back",
        "left",
        "saved",
        "save",
        "week",
        "month",
        "year",
        "day",
        "hour",
        "min",
        "hr",
        "wk",
    ]
)


def _yearly(figs: list[Fig], asked: Ask) -> list[Fig]:
    """A salary said with no time ("salary 32k") as so much a year, when a sum per a time is
    asked and no figure says a time ("how much is going in a year total")."""
    if dict(asked.want).get("time") != -1 or any("time" in dict(g.dims) for g in figs):
        return figs
    year = _unit_dims("year")[1]
    return [
        replace(g, dims=(("time", -1), ("£", 1)), value=g.value / year, said=f"{g.said} a year")
        if g.dims == (("£", 1),) and SALARY.search(g.near)
        else g
        for g in figs
    ]


def _capped(figs: list[Fig]) -> tuple[list[Fig], Fig | None]:
    """The figures less a most that is paid ("reimburses 60% up to £300 max"), and that most;
    two of them, or one not of money, and no sum is sure."""
    caps = [
        g
        for g in figs
        if g.dims == (("£", 1),)
        and (
            CAP.search(g.near[: g.near.find(g.said)])
            or CAP_AFTER.match(g.near, g.near.find(g.said) + len(g.said))
        )
    ]
    if len(caps) > 1:
        return [], None
    if not caps:
        return figs, None
    return [g for g in figs if g is not caps[0]], caps[0]


# Who owes whom asked, after an even split: "who owes who what", "how do we settle up".
SETTLE_ASKED = re.compile(
    r"\bwho owes (?:who|whom|what)\b|\bwho pays (?:who|whom)\b|\bsettle up\b|"
    r"\bwho (?:needs to|has to|should) pay (?:who|whom)\b|\bwhat do we owe each other\b"
)
# A line of one's own that says one paid nothing: "i paid nothing yet lol sorry".
PAID_NOTHING = re.compile(
    r"\b(?:paid|put in|spent|got) nothing\b|\bhaven'?t paid\b|\bnot paid\b|\bpaid nowt\b"
)
SPLIT_EVENLY = re.compile(r"\b(?:split|shared?|halves|evenly|equally|between)\b")


def _named(who: str) -> str:
    """A name as said to the room: "raj" as Raj, "DeeJay" as it is."""
    return who[:1].upper() + who[1:] if who.islower() else who


def settle_up(ask: str, before: Sequence[str], authors: Sequence[str]) -> str:
    """Who pays whom after an even split, each line before the ask (newest first) said by its
    author (`authors`): what each paid ("i paid the hotel £270", "i got dinner, 96", "i paid
    nothing yet"), the share (the total over the count said, "3 of us split evenly"), and who
    is short paying who is over. "" unless every one counted said what they paid, once."""
    if not SETTLE_ASKED.search(ask.lower()):
        return ""
    paid: dict[str, float] = {}
    heads = []
    for text, who in zip(before, authors, strict=False):
        text = text.lower()
        figs = _figures(text, 0)
        heads += [g for g in figs if g.dims == (("#people", 1),)]
        money = [g for g in figs if g.dims == (("£", 1),) or (g.bare and not g.dims)]
        if heads and heads[-1] in figs and not money:
            continue  # "3 of us split evenly"
        if PAID_NOTHING.search(text) and not money:
            value = 0.0
        elif len(money) == 1 and (not money[0].bare or MONEY_CUE.search(text)):
            value = money[0].value
        else:
            return ""  # a line of figures read otherwise: no settling is sure
        if who in paid or not re.search(r"\b(?:i|i've|ive|me)\b", text):
            return ""  # two sums of one person, or one paid by another's name
        paid[who] = value
    if len(heads) != 1 or heads[0].value != len(paid) or len(paid) < 2:
        return ""
    total = sum(paid.values())
    share = total / len(paid)
    owing = sorted(((share - v, w) for w, v in paid.items() if v < share - 0.005), reverse=True)
    owed = sorted(((v - share, w) for w, v in paid.items() if v > share + 0.005), reverse=True)
    if not owing:
        return ""
    moves = []
    owed_left = [[a, w] for a, w in owed]
    for short, who in owing:
        for over in owed_left:
            if short < 0.005:
                break
            give = min(short, over[0])
            if give >= 0.005:
                moves.append(f"{_named(who)} pays {_named(over[1])} {_money(give)}")
                over[0] -= give
                short -= give
    sums = " + ".join(_money(v) for v in list(paid.values())[::-1] if v)
    return (
        f"{sums} is {_money(total)}; between {len(paid)} of you that is {_money(share)} each, so "
        + " and ".join(moves)
    )


# What is left of a pot asked: "how much left in the kitty", "whats left", "what's left over".
LEFT_ASKED = re.compile(
    r"\b(?:ho?w much|what'?s|wats|what is|whats)\b(?:\s+(?:is|do we have|have we got|we got))?"
    r"\s+(?:still\s+)?left\b"
)
# The pot itself named: "kitty is £6 each", "pot's at £80", "budget is 200", "jar has 120".
POT = re.compile(
    r"\b(?:kitty|kitty'?s|pot|pot'?s|budget|float|fund|jar|chucked in|put in|chipped in|"
    r"paid in|got \S+ left)\b"
)
# A pot said as so much each from so many: "£6 each, 7 players", "£10 each from 5 of us".
EACH_FROM = re.compile(
    r"(?:^|[^\w.])[£$€]?(?P<each>\d{1,4}(?:\.\d{1,2})?)\s*(?:each|ea|pp|a head|per (?:head|person))"
    r"\W+(?:(?:from|for|x|times|with|between)\s+)?(?P<n>\d{1,3})\s*"
    r"(?:of us|ppl|people|players|mates|heads|guests|kids|adults)\b|"
    r"\b(?P<n2>\d{1,3})\s*(?:of us|ppl|people|players|mates)\b[^.?!\d£$€]{0,30}?"
    r"[£$€]?(?P<each2>\d{1,4}(?:\.\d{1,2})?)\s*(?:each|ea|pp|a head)\b"
)


def _spent(line: str) -> list[tuple[str, float]] | None:
    """What a line spends, as (said, amount): prices times counts ("4 pints at 5.40") and
    amounts ("29.80 on crisps"); None when a figure in it is read as neither (a bare count of
    things, "and 2 cokes", with no price)."""
    spans, out = [], []
    for m in PRICED.finditer(line):
        count_, price = int(m.group("count")), float(m.group("price"))
        price = price / 100 if m.group("pricep") else price
        spans.append(m.span())
        out.append((f"{count_} × {_money(price)}", count_ * price))
    for m in LONE.finditer(line):
        if any(a <= m.start() < b for a, b in spans):
            continue
        if (not m.group("prices") and COUNTED.match(line, m.end())) or NOT_AMOUNT.match(
            line, m.end()
        ):
            return None
        value = float(m.group("price")) / (100 if m.group("pricep") else 1)
        out.append((_money(value), value))
    if re.search(r"\d", LONE.sub(" ", PRICED.sub(" ", line))):
        return None  # a figure neither reader placed
    return out


def kitty_left(lines: Sequence[str]) -> str:
    """What is left of a pot (`lines`: the ask, then the lines before it, newest first): the
    one line that names the pot ("kitty is £6 each, 7 players", "pot's at £80"), less all that
    every other line with a figure spends ("spent 29.80 on crisps and 8.45 on dips", "getting 4
    pints at 5.40 and 2 cokes at 2.90"). "" unless every figure is placed and the pot stands."""
    if not LEFT_ASKED.search(lines[0]):
        return ""
    figured = [t for t in lines if re.search(r"\d", t)]
    pots = [t for t in figured if POT.search(t)]
    if len(pots) != 1:
        return ""
    each = EACH_FROM.search(pots[0])
    if each:
        per = float(each.group("each") or each.group("each2"))
        heads = int(each.group("n") or each.group("n2"))
        pot, pot_said = per * heads, f"{_money(per)} × {heads} is {_money(per * heads)}"
        if re.search(r"\d", pots[0][: each.start()] + pots[0][each.end() :]):
            return ""
    else:
        read = _spent(pots[0])
        if not read or len(read) != 1:
            return ""
        pot, pot_said = read[0][1], ""
    spends: list[tuple[str, float]] = []
    for line in figured[::-1]:  # oldest first, as they were spent
        if line is pots[0]:
            continue
        read = _spent(line)
        if not read:
            return ""
        spends += read
    spent = sum(v for _, v in spends)
    if not spends or spent > pot + 0.005:
        return ""
    parts = [pot_said] if pot_said else []
    shown = " + ".join(s for s, _ in spends)
    if len(spends) > 1 or "×" in shown:
        parts.append(f"{shown} is {_money(spent)}")
    parts.append(f"{_money(pot)} − {_money(spent)} is {_money(pot - spent)} left")
    return "; ".join(parts)


# Two people sharing a cost, said without the figure.
PAIR = re.compile(
    r"\b(?:splitting|sharing|going halves on|halving|splits|shares) (?:it|the cost|the bill|this|"
    r"that) with me\b|\bme and (?:my |the )?\w+ (?:are |r )?(?:splitting|sharing) (?:it|the cost|"
    r"the bill|this|that)\b|\b(?:split|share|halve) (?:it|the cost|the bill) with (?:my |the )?"
    r"(?:brother|sister|mum|dad|mate|partner|wife|husband|boyfriend|girlfriend|flatmate|friend|"
    r"[a-z]+)\b|\bbetween (?:me and|the two of us)\b|\b(?:the )?two of us\b|\bboth of us\b"
)


# An ask that goes on from what was said before it ("plus £40 cleaning, how much each", "and
# the £30 cake, what's that each"): never whole in itself.
CONTINUES = folded(
    r"^\W*(?:(?:ok|okay|so|right|and|oh)\W+)*(?:plus|and|also|add|with|then|but|\+|&|on top)\b",
    re.IGNORECASE,
)


def solve(ask: str, before: Sequence[str] = (), authors: Sequence[str] = ()) -> str:
    """The working of the sum `ask` puts (lower case, mentions out), its figures in it or in
    the person lines `before` it (newest first), in a line: "£96 + £54 is £150; between 6 of
    you that is £25 each"; "" when no one way of working it stands clearly best."""
    if authors and (settled := settle_up(ask, before[:5], authors[:5])):
        return settled
    if before and not CONTINUES.match(ask) and (alone := solve(ask)):
        # "if a kit makes 40 pints and costs £24, whats that per pint", after "its 9%" said of
        # something else: a sum whole in its ask is worked from the ask alone.
        return alone
    lines = [ask.lower(), *(b.lower() for b in before[:5])]
    # "theres three of us": a count of people in words is a figure like any other
    lines = [counted_in_figures(t) for t in lines]
    if not any(re.search(r"\d\s*(?:of us|ways|people|of you)\b", t) for t in lines):
        # "my brother's splitting it with me", "me and jo are sharing": two of them
        lines = [PAIR.sub("2 of us", t) for t in lines]
    if worked := timed(lines):
        return worked  # a sum of time, dates, rates or units (`bots.solve_time`)
    if left := kitty_left(lines):
        return left
    asking = lines[0]
    # A follow-up works the sum asked before it only with a figure of its own ("and if 2 more
    # come"): "ok and if it rains?" changes nothing to work.
    follow = not _is_asked(asking) and FOLLOW_UP.search(asking) and _figured(asking)
    if follow:
        asking = next((t for t in lines[1:3] if _is_asked(t)), "")
    if not _is_asked(asking) and not (VERSUS.search(asking) and re.search(r"%|percent", asking)):
        return ""
    # Each figure carries its clause's words (no table beside the call: replies are planned
    # on several threads at once).
    figs = [
        replace(g, near=_near(lines[g.line], g.at, g.at + len(g.said)))
        for g in _said_figures(lines)
    ]
    if VERSUS.search(asking) and (changed := _percent_change(asking, lines, figs)):
        return changed  # "212 visitors this month vs 180 last month, what's the % increase"
    if any(CHOICE.search(t) or LEFT_OUT.search(t) for t in lines):
        return ""
    if follow:
        figs = _followed(figs, lines[0])
    if SPECIAL.search(asking):
        return next((w for read in SPECIALS if (w := read(asking, lines, figs))), "")
    asked = _asked(asking, figs)
    if asked and not asked.per and asking == lines[0]:
        earlier = next((t for t in lines[1:3] if ASKED.search(t) and re.search(r"\d", t)), "")
        asked = (_asked(earlier, figs) if earlier else None) or asked
    if asked and asked.thing == "posts" and not any("#post" in dict(g.dims) for g in figs):
        # "how many posts" of panels so wide along a run: the panels, and one post more
        asked = replace(asked, want=(("#panel", 1),), thing="panels")
    if (
        asked is None
        or len(figs) < 2
        or not (asked.per or SUM_ASKED.search(asking) or PAY_ASKED.search(asking))
    ):
        return ""  # "what is it like there": no per, no total asked, no sum
    if any(EXCHANGE.search(t) for t in lines):
        return ""  # "0.85 quid to the euro": a rate between currencies, no sum of one money
    if DIFFERENCE_ASKED.search(asking) and not asked.per and not asked.more:
        return ""  # "how much do i save doing annual": a difference, which this never works
    figs = _yearly(figs, asked)
    if asked.money:
        figs = _by_kind(figs, lines)
    figs, cap = _capped(figs)
    if cap and not (any("%" in dict(g.dims) for g in figs) and BACK_ASKED.search(asking)):
        return ""  # "up to £300" with no share of a cost paid back asked: not read here
    if any("%" in dict(g.dims) for g in figs) and any(CHANGED_BACK.search(t) for t in lines):
        return ""  # "after a 25% discount the coat is £60, the original price": never × 0.75
    groups = _groups(figs, asked, lines)
    groups, steps = _scaled(figs, groups, asking)
    if not groups or len(groups) > 8:
        return ""
    found = _search(groups, asked.want)
    if not found:
        return ""
    best = [f for f in found if f[0] == found[0][0]]
    if (
        len({round(f[1], 6) for f in best}) != 1
        or best[0][0] + sum("%" in dict(g.dims) for g in figs) < 2
    ):
        return ""
    used, value, powers = best[0]
    if any(len(g.figs) > 1 and g.value <= 0 for g, k in zip(groups, powers, strict=True) if k):
        return ""
    if any(
        _ratio_over(f, asked.per) for g, k in zip(groups, powers, strict=True) if k for f in g.figs
    ):
        return ""
    if _left_over(figs, groups, powers):
        return ""  # a figure with a unit said and not used: the sum was not read
    value *= asked.scale
    if value <= 0:
        return ""
    working = _working(groups, powers, value, asked, steps)
    if cap:
        final = value * math.prod(f for f, _ in steps)
        under = "under" if final <= cap.value else "over"
        working += f", {under} the {_money(cap.value)} cap"
        if final > cap.value:
            working += f", so {_money(cap.value)}"
    if asked.thing == "panels" and re.search(r"\bposts?\b", lines[0]):
        panels = math.ceil(value * math.prod(f for f, _ in steps) - 1e-9)
        working += (
            f"; and a straight run takes one post more than panels, {count(panels + 1)} posts"
        )
    return working


# --- asks of another kind: an average, a change in per cent, a time of day, an age -------

LISTED = re.compile(rf"(?<![\d.])(?P<xs>{NUM}(?:\s?,\s?{NUM}){{2,}}(?:,?\s(?:and|&)\s{NUM})?)")
UP_DOWN = re.compile(
    r"\b(?:up|increase|rise|rose|gain|more|grown|growth|profit)\b|\b(?P<down>down|drop|fall|fell|less|loss|lost)\b"
)
EARLIER = re.compile(r"\bbefore\b|\balarm\b|\bleave\b|\bset off\b|\bget up\b|\bwake\b")
HAD_AT = re.compile(
    r"\bwas (?P<a>\d{1,2}) when (?:she|he|they) had (?:me|us|him|her)\b|"
    r"\bhad (?:me|us) at (?P<b>\d{1,2})\b"
)
TURNS = re.compile(
    r"\bwhen (?:i|we) (?:turn|hit|reach|am|'m|m) (?P<n>\d{1,3})\b|\bwhen i'?m (?P<m>\d{1,3})\b"
)
PARTS = re.compile(r"\b(?P<k>\d+) parts? (?P<a>[a-z]+) to (?P<n>\d+)(?: parts?)? (?P<b>[a-z]+)\b")


def _average(asking: str, lines: Sequence[str], figs: list[Fig]) -> str:
    """The mean of a list said ("last 5 matches: 34, 41, 28, 52, 45"): their sum over how many."""
    if not re.search(r"\b(?:avg|average|mean)\b", asking):
        return ""
    lists = [m.group("xs") for t in lines for m in LISTED.finditer(t)]
    if len(lists) != 1:
        return ""
    xs = [_n(x) for x in re.findall(NUM, lists[0])]
    total = sum(xs)
    shown = " + ".join(count(x) for x in xs)
    mean = count(round(total / len(xs), 2))
    return f"{shown} is {count(total)}; {count(total)} ÷ {len(xs)} is {mean}"


def _percent_change(asking: str, lines: Sequence[str], figs: list[Fig]) -> str:
    """How much a sum of money went up or down in per cent ("bought for 180k", "valued at
    247,500 today", "what % is that up"): the change over the first."""
    if not re.search(r"%|\bpercent", asking) or not UP_DOWN.search(asking):
        return ""
    money = [g for g in figs if g.dims == (("£", 1),) or (g.bare and not g.dims and g.value >= 1)]
    counted = [g for g in figs if len(g.dims) == 1 and g.dims[0][0].startswith("#")]
    if len(counted) == 1 and len(figs) == 2 and (bare := [g for g in figs if g.bare]):
        counted = sorted([counted[0], replace(bare[0], dims=counted[0].dims)], key=lambda g: g.at)
    if len(money) != 2 and len(counted) == 2 and counted[0].dims == counted[1].dims:
        money = counted  # "212 visitors this month vs 180 last month": a count, as money is
    if len(money) != 2 or any(g.sign < 0 for g in money):
        return ""
    old, new = money
    if VERSUS.search(asking) and old.line == new.line == 0:
        # "212 this month vs 180 last month": the earlier is the one said with "last", "before",
        # in the words after it up to the next figure or the "vs"; unsaid, no change is worked.
        after = [
            re.split(
                r"\d|\bvs\b|\bversus\b|\bcompared\b|,", asking[g.at + len(g.said) :], maxsplit=1
            )[0]
            for g in (old, new)
        ]
        then = [bool(THEN.search(a)) for a in after]
        if then == [False, True]:
            old, new = new, old
        elif then != [True, False]:
            return ""
    shown = _money if money[0].dims == (("£", 1),) or not money[0].dims else count
    change = percent_change(old.value, new.value)
    way = "up" if change > 0 else "down"
    diff = abs(new.value - old.value)
    return (
        f"{shown(new.value)} − {shown(old.value)} is {shown(new.value - old.value)}; "
        f"{shown(diff)} ÷ {shown(old.value)} is {count(round(abs(change), 1))}% {way}"
    ).replace("£-", "−£")


# Two figures set side by side ("212 this month vs 180 last month"), and the earlier of them.
VERSUS = re.compile(r"\b(?:vs|versus|compared (?:to|with))\b")
THEN = re.compile(
    r"\b(?:last|previous|before|used to|was|were|originally|a year ago|\w+ ago|old)\b"
)


def _clock(asking: str, lines: Sequence[str], figs: list[Fig]) -> str:
    """A time of day so long before another ("flight's 06:10", "be there 2 hrs before", "taxi
    is 35 mins", "what time do i set my alarm"): the clock time less every span said."""
    if not re.search(r"\bwhat time\b", asking) or not any(EARLIER.search(t) for t in lines):
        return ""
    clocks = [g for g in figs if g.dims == (("clock", 1),)]
    spans = [g for g in figs if g.dims == (("time", 1),)]
    if len(clocks) != 1 or not spans:
        return ""
    at = (clocks[0].value - sum(g.value for g in spans)) % (24 * 60)
    h, m = divmod(round(at), 60)
    shown = f"{h % 12 or 12}:{m:02d}{'am' if h < 12 else 'pm'}"
    shown_spans = [_shown(g.value, g.dims) for g in spans]
    taken = ", ".join(shown_spans[:-1]) + (" and " if len(spans) > 1 else "") + shown_spans[-1]
    return f"{clocks[0].said} less {taken} is {shown}"


def _age(asking: str, lines: Sequence[str], figs: list[Fig]) -> str:
    """How old one will be when another turns an age ("mum was 28 when she had me", "how old
    will mum be when i turn 40"): the gap between them stays."""
    if not re.search(r"\bhow old\b", asking):
        return ""
    had = next((m for t in lines if (m := HAD_AT.search(t))), None)
    turns = TURNS.search(asking)
    if not had or not turns:
        return ""
    gap, at = int(had.group("a") or had.group("b")), int(turns.group("n") or turns.group("m"))
    return f"the {gap} years between you never change, so {at} + {gap} is {at + gap}"


def _parts(asking: str, lines: Sequence[str], figs: list[Fig]) -> str:
    """A drink mixed in parts ("1 part squash to 6 water", "the jug is 2.1 litres", "how much
    squash goes in"): its share of the whole."""
    mix = next((m for t in lines if (m := PARTS.search(t))), None)
    vols = [g for g in figs if g.dims == (("volume", 1),)]
    if not mix or len(vols) != 1 or not re.search(r"\bhow much\b", asking):
        return ""
    k, n = int(mix.group("k")), int(mix.group("n"))
    name = next((x for x in ("a", "b") if re.search(rf"\b{mix.group(x)}\b", asking)), "")
    if not name:
        return ""
    share = k if name == "a" else n
    amount = vols[0].value * share / (k + n)
    return (
        f"{k} + {n} is {k + n} parts; {vols[0].said} ÷ {k + n} × {share} is "
        f"{_shown(amount, vols[0].dims)} of {mix.group(name)}"
    )


def _temperature(asking: str, lines: Sequence[str], figs: list[Fig]) -> str:
    """An oven set in the other scale ("oven in this villa is in fahrenheit", "recipe says
    180C", "what do i set it to"): 180 × 9/5 + 32 is 356°F (`bots.solve_time.temperature`)."""
    return temperature(lines)


SPECIALS = (_average, _percent_change, _clock, _age, _parts, _temperature)


# --- the working said ------------------------------------------------------------------------


def _shown(value: float, dims: Dims, thing: str = "") -> str:
    """A value in the unit its dimensions name, as people say it."""
    d = dict(dims)
    if d == {"£": 1}:
        return _money(value)
    if d == {"time": 1}:
        if value >= 120 and abs(value / 60 - round(value / 60, 1)) < 1e-9:
            return f"{count(round(value / 60, 1))} hours"
        return f"{count(round(value))} mins"
    if d == {"volume": 1}:
        litres = value / 1000
        return f"{count(round(litres, 2))} litres" if litres >= 1 else f"{count(round(value))} ml"
    if d == {"mass": 1}:
        return f"{count(round(value, 2))} kg"
    if d == {"area": 1}:
        return f"{count(round(value, 2))} m²"
    if d == {"length": 1}:
        return f"{count(round(value, 2))} m"
    if d == {"#people": 1}:
        return f"{count(value)} of you" if value > 1 else "1 of you"
    if len(d) == 1 and next(iter(d)).startswith("#") and next(iter(d.values())) == 1:
        noun = next(iter(d))[1:]
        return f"{count(round(value, 2))} {noun}{'' if value == 1 else 's'}"
    return count(round(value, 2))


def _group_said(g: Group) -> tuple[str, str]:
    """(the working of one group, its total): "£96 + £54", "£150"; what is added first."""
    g = replace(g, figs=tuple(sorted(g.figs, key=lambda f: -f.sign)))
    if len(g.figs) == 1:
        return "", _said(g.figs[0], g.dims)
    parts = []
    for i, f in enumerate(g.figs):
        shown = count(f.value) if g.dims == (("#people", 1),) else _said(f, g.dims)
        parts.append(shown if i == 0 and f.sign > 0 else f"{'+' if f.sign > 0 else '−'} {shown}")
    return " ".join(parts), _shown(g.value, g.dims)


def _said(f: Fig, dims: Dims) -> str:
    if dims == (("#people", 1),):
        return f"{count(f.value)} of you"
    if dict(dims).get("£") == 1 and len(dims) == 1:
        return _money(f.value) if "%" not in f.said and " × " not in f.said else f.said
    return f.said if not f.bare else count(f.value)


def _working(
    groups: list[Group],
    powers: tuple[int, ...],
    value: float,
    ask: Ask,
    pcts: Sequence[tuple[float, str]] = (),
) -> str:
    """The steps: each summed group, then the product and quotient, then any percentage."""
    steps, over, times, by = [], [], [], []
    for g, k in zip(groups, powers, strict=True):
        if not k:
            continue
        work, total = _group_said(g)
        if work:
            steps.append(f"{work} is {total}")
        (times if k > 0 else by).append(total)
    if ask.per == "each" and by and dict(groups[powers.index(-1)].dims) == {"#people": 1}:
        over = [by.pop(powers.count(-1) - 1)] if len(by) == 1 else []
    result = value * math.prod(f for f, _ in pcts)
    unit = ask.want
    if ask.whole and any(d.startswith("#") for d, _ in unit) and abs(result - round(result)) > 1e-6:
        rounded = math.ceil(result - 1e-9)
        tail = f", so {_shown(rounded, unit)} (rounding up)"
    else:
        tail = ""
    head = " × ".join(times)
    if by:
        head = f"{head} ÷ {' ÷ '.join(by)}"
    main = _result_said(head, value, ask, over)
    if pcts:
        before = _result_said("", value, ask, [])
        chain = [] if head == before else [main]
        for factor, said in pcts:
            value *= factor
            now = _result_said("", value, ask, [])
            if chain:
                chain.append(f"{said} and it is {now}")
            else:
                chain.append(f"{head} {said.replace('add', 'plus')} is {now}")
        main = "; ".join(chain)
    elif not over and head == (
        steps and _group_said(next(g for g, k in zip(groups, powers, strict=True) if k))[1]
    ):
        main = ""
    working = "; ".join(s for s in [*steps, main] if s) + tail
    return re.sub(r" \((£[\d,.]+)\) is \1\b", r" is \1", working)  # a bill by kinds, said once


def _result_said(head: str, result: float, ask: Ask, over: list[str]) -> str:
    """The result in the unit and per asked ("£25 each", "12 miles", "£30 an hour"), after the
    working of its `head` when one is given."""
    unit = ask.want
    shown = _shown(result, _combine(unit, tuple((d, -p) for d, p in ask.want if p < 0)))
    dim, factor = _unit(ask.thing) if ask.thing else ("", 1.0)
    if dim in ("length", "mass", "volume", "time") and factor != 1:
        shown = f"{count(round(result / factor, 2))} {ask.thing}"  # "12 miles", in the unit asked
    if ask.per and ask.per != "each":
        shown = f"{shown} {ask.per}"
    if over:
        return f"{head} between {over[0]} is {shown} each"
    return f"{head} is {shown}" if head else shown
