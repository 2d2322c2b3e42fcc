"""Everyday sums of five classes (sums50), read from the ask and the lines said before it, put
to any persona:

- a recipe scaled: "recipe serves 4, needs 300g pasta and 200ml cream, there's 6 of us",
  "makes 12 muffins with 250g flour, i need 30", "half it", "double it for 8";
- a price, bill or wage going up or down by a percentage: "rent is £850 and going up 4%",
  "a 3.5% pay rise on £28,000", "they knocked 12% off the £640 sofa";
  said after its change, worked back: "now £920 after going up 15%, what was it before"
  (£920 ÷ 1.15); with a voucher too, in the order said ("15% off first, then my £10 voucher");
- fuel for a distance at so many litres per 100 km (or miles a gallon), and what it costs,
  there and back, split between so many;
- the score or time needed next for an average aimed at: "got 68, 72 and 81, need to average
  75 over 4 tests", "averaging 40 a week for 3 weeks, want 45 over 4"; one that cannot be
  reached ("out of 10", a test's 100) said so;
- what is left of so many packs of so many, some used: "3 packs of 40 cups, used 87".

Each reader works only when every figure of the lines it reads has its place (a wrong answer
is rated lower than a decline); a sum of its class missing one figure asks for that figure.
`worked(lines)` gives the sum the last of `lines` asks (oldest first), or None."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from fractions import Fraction
from functools import lru_cache

from bots.everyday import FREE, NUM, WORD_NUM, Used, _find, _placed, said_plainly
from bots.everyday import _num as _n
from bots.reckon import money
from bots.wordsum import CHANGED_BACK, Worked, count

# the word numbers of everyday's readers, and a twenty or a dozen people ("a dozen of us")
WORD = rf"{WORD_NUM}|twenty|dozen"
# Years and asides of no sum here: "in 2026", "tank holds 50 litres".
ASIDE = re.compile(
    r"\b(?:19|20)\d\d\b|\bout of \d+\b(?! (?:games|tests|rounds|goes))|"
    r"\b\d+k(?= (?:run|race|times?|pb|parkrun))|\btank (?:holds|takes|is) \d+\s?(?:l|litres?)\b"
)


def _all_placed(lines: Sequence[str], used: Used) -> bool:
    free = [(i, *m.span()) for i, t in enumerate(lines) for m in ASIDE.finditer(t)]
    return _placed(lines, [*used, *free])


def _amount(value: float, unit: str) -> str:
    """450g, 1.2kg, 300ml, 1.5 litres, 3 tbsp: an amount as a recipe says it."""
    if unit in ("g", "gram", "grams") and value >= 1000:
        value, unit = value / 1000, "kg"
    if unit == "ml" and value >= 1000:
        value, unit = value / 1000, "l"
    if unit == "kg" and value < 1:
        value, unit = value * 1000, "g"
    if unit in ("l", "litre", "litres") and value < 1:
        value, unit = value * 1000, "ml"
    if unit in ("kg", "l", "litre", "litres"):
        value = round(value, 3)
        if abs(value * 100 - round(value * 100)) > 1e-6:  # 1,125g, not 1.12kg
            value, unit = value * 1000, "g" if unit == "kg" else "ml"
    else:
        value = round(value, 1)
    if unit in ("l", "litre", "litres"):
        return f"{count(value)} {'litre' if value == 1 else 'litres'}"
    if unit in ("g", "kg", "ml"):
        return f"{count(value)}{unit}"
    return f"{count(value)} {unit}"


# --- a recipe scaled -----------------------------------------------------------------------

RECIPE = re.compile(r"\b(?:recipe|reciepe|receipe|recipie|serves|feeds|makes|ingredients?|batch)\b")
# What the recipe is for: "serves 4", "for 8 people", "makes 12 muffins".
SERVES = re.compile(
    rf"\b(?:serves|feeds|makes enough for|is for|for|makes|made for|enough for|yields|does)\s+"
    rf"(?:about )?(?P<a>{NUM}|{WORD})(?!\s?(?:g|kg|ml|l|litres?|mins?|minutes|hours?|°|degrees|"
    r"tins?|cans?|eggs?|tbsp|tsp|cups?)\b)(?:\s+(?P<thing>[a-z]{3,}))?"
)
# A recipe said by what it makes in litres or kilos: "250g sugar makes 2 litres".
YIELD = re.compile(
    rf"\b(?:makes|for|yields|gives|need|want|make|making|do)\s+(?:about )?(?P<a>{NUM})\s?"
    r"(?P<u>litres?|l|kg)\b"
)
# What it is wanted for: "there's 6 of us", "i need 30", "for 3 instead", "only 3 of us".
WANTED = re.compile(
    rf"\b(?P<us>{NUM}|{WORD}) of us\b|"
    rf"\b(?:need|want|making|make|bake|baking|cooking for|feeding|feed|"
    rf"scal\w+(?: it)?(?: up| down)? "
    rf"(?:to|for)|we'?re|we are|there'?s|theres|there are|there'?ll be|expecting|orders for)\s+"
    rf"(?:about )?(?P<n>{NUM}|{WORD})\b(?!\s?(?:g|kg|ml|l|litres?)\b)"
)
STOP = {"and", "with", "but", "the", "uses", "needs", "takes", "has", "how", "what", "people"}
STOP |= {"persons", "instead", "now", "tonight", "then", "this", "not", "only", "though", "tho"}
# The recipe made so many times over: "double it", "halve the recipe", "make half", "a triple
# batch"; never a share of the people ("half of us are vegan") or "half term" (review34).
TIMES = re.compile(
    r"\b(?P<k>halve)[sd]?\b|\b(?:make|do|cook|bake|making|doing|cooking|baking|in) "
    r"(?:a |an )?(?P<k2>double|triple|half|quarter)\b|"
    r"\b(?P<k3>double|triple|half|quarter)(?= (?:it|that|this|them|everything|up|of it|"
    r"(?:the |a |my )?(?:recipe|amounts?|quantit\w*|ingredients|batch|mix|lot|portions?|"
    r"measures))\b| ?(?:[?.!,]|$))"
)
TIMES_BY = {"double": 2, "triple": 3, "half": 0.5, "halve": 0.5, "quarter": 0.25}


def _times(m: re.Match[str]) -> float:
    return TIMES_BY[m.group("k") or m.group("k2") or m.group("k3")]


INGREDIENT = re.compile(
    rf"(?<![\w.£$€])(?P<q>{NUM})\s?(?P<u>kg|g|grams?|ml|l|litres?|tbsp|tsp|cups?|tins?|eggs?|"
    r"cloves?|onions?|carrots?|potatoes|peppers?|lemons?|limes?|rashers?|sheets?|slices?)\b"
    r"(?:\s+(?:of\s+)?(?P<what>(?!and\b|for\b|with\b|to\b|the\b|in\b|serves\b|makes\b)[a-z]+"
    r"(?: milk| stock| sugar| flour| oil| powder| cream| juice| sauce| paste| beans| peas|"
    r" oats| rice|"
    r" chips| potatoes| tomatoes| chocolate| chicken| mince| pasta| butter| cheese| lentils)?))?"
)
SCALE_ASKED = re.compile(
    r"\bhow (?:much|many)\b|\bwhat (?:do|will|would|should) (?:i|we) need\b|\bamounts?\b|"
    r"\bquantit|\bscale|\bhow much of each\b"
)


def _count_of(m: re.Match[str]) -> float:
    return _n(next(g for k, g in m.groupdict().items() if g and k in ("a", "us", "n")))


def _recipe_counts(
    lines: Sequence[str],
) -> tuple[tuple[int, re.Match[str]] | None, list[tuple[int, re.Match[str]]], str]:
    """The count a recipe is for (the first said in a line of the recipe), the counts it is
    wanted for (said after it), and what it counts ("muffins"); by litres made when said so."""
    serves = [
        (i, m)
        for i, m in _find(SERVES, lines)
        if RECIPE.search(lines[i]) or re.search(r"\bfor \d+ (?:\w+ )?(?:uses|needs)\b", lines[i])
    ]
    counted = sorted(
        [*_find(SERVES, lines), *_find(WANTED, lines)], key=lambda f: (f[0], f[1].start())
    )
    if not serves:
        made = _find(YIELD, lines)
        if len(made) < 2 or len({m.group("u")[0] for _i, m in made}) != 1:
            return None, [], ""
        return made[0], made[1:], made[0][1].group("u")
    base = serves[0]
    wanted = [
        (i, m)
        for i, m in counted
        if (i, m.start()) > (base[0], base[1].start())
        and not (i == base[0] and m.start() < base[1].end())
    ]
    thing = base[1].group("thing") or ""
    return base, wanted, "" if thing in STOP else thing


def _scaled(lines: Sequence[str]) -> Worked | None:
    if not SCALE_ASKED.search(lines[-1]) or not any(RECIPE.search(t) for t in lines):
        return None
    base, wanted, thing = _recipe_counts(lines)
    counts = [base, *wanted] if base else []
    items = [
        (i, m)
        for i, m in _find(INGREDIENT, lines)
        if not any(j == i and c.start() < m.end() and c.end() > m.start() for j, c in counts)
    ]
    if not items:
        return None
    times = _find(TIMES, lines)
    if base is None:
        return Worked("", need="how many the recipe is for") if times else None
    a = _count_of(base[1])
    values = {_count_of(m) for _i, m in wanted}
    if len(times) > 1 or len(values) > 1 or not a:
        return None
    if times:
        k = _times(times[0][1])
        b = a * k
        if values and abs(values.pop() - b) > 1e-9:
            return None  # "double it for 10" of a recipe for 4
    elif values:
        b = values.pop()
    else:
        return Worked("", need="how many you are making it for")
    if not b or b == a:
        return None
    used = [(j, *m.span()) for j, m in [*counts, *items]]
    if not _all_placed(lines, used):
        return None
    factor = Fraction(b).limit_denominator(1000) / Fraction(a).limit_denominator(1000)
    shown = count(float(factor)) if factor.denominator in (1, 2, 4, 5, 10) else str(factor)
    said = []
    for _i, m in items:
        q, u = _n(m.group("q")), m.group("u")
        what = m.group("what") or ""
        new = _amount(q * float(factor), u)
        if u not in ("g", "kg", "ml", "l", "gram", "grams", "litre", "litres"):
            whole = q * float(factor)
            if abs(whole - round(whole)) > 1e-9:  # 1.33 onions: say 1
                new = f"{count(round(whole, 2))} (say {max(1, round(whole))}) {u}"
        said.append(f"{_amount(q, u)} → {new}{' ' + what if what else ''}")
    if "u" in base[1].groupdict():
        span = f"from {_amount(a, thing)} to {_amount(b, thing)}"
    else:
        span = f"from {count(a)} to {count(b)}{' ' + thing if thing else ''}"
    return Worked(
        f"{span} is × {shown}: {', '.join(said)}",
        ", ".join(s.split(" → ")[1] for s in said),
    )


# --- a price going up or down by a percentage ----------------------------------------------

PRICE = re.compile(
    rf"(?:£(?P<p>{NUM})|(?<![\w.£])(?P<q>{NUM}) ?(?:quid|pounds)\b)(?P<k>k)?"
    r"(?:\s?(?P<per>(?:a|per|an|every) (?:month|year|week|day|hour|"
    r"night|term|annum)|pcm|pm|pa|p/?m|monthly|yearly|weekly))?\b"
)
PERCENT = re.compile(rf"(?<![\w.£])(?P<r>{NUM})\s?(?:%|percent\b|per cent\b)(?! of\b)")
UP = re.compile(
    r"\b(?:up|rise|rises|rising|risen|rose|raise|raised|raising|increase[sd]?|increasing|"
    r"hike[sd]?|goes up|going up|more|extra|on top|inflation)\b"
)
DOWN = re.compile(
    r"\b(?:down|off|cut|cuts|cutting|slash\w*|reduc\w*|drop(?:s|ped|ping)?|decrease[sd]?|decreasing|fall(?:s|ing)?|"
    r"fell|less|knock(?:ed|s)?|discount(?:ed)?|sale|cheaper|lower(?:ed)?|save|saving)\b"
)
# A percentage of another kind: a tip, vat, interest, a share, a vote, a score.
NOT_CHANGE = re.compile(
    r"\b(?:tip|service|vat|interest|apr|deposit|commission|vote|votes|chance|battery|"
    r"includ\w*|inc|incl|share|mark|marks|score|compound\w*|tax (?:at|of|rate)|"
    r"\d%\s?(?:income )?tax|every year|each year|every month|each month|annually|"
    r"year on year|"
    # a share of people, not of a price: "turnout was up 12%" (review34)
    r"turnout|people|members|visitors|numbers|attendance|attendees|customers|footfall|sales)\b"
)
CHANGE_ASKED = re.compile(
    r"\bhow much\b|\bwhat(?:'?s| is| will| does| would| do)\b|\bwhats\b|"
    r"\bnew (?:\w+ )?(?:rent|price|bill|salary|pay|wage|total|amount|cost|figure|fare|rate)\b|"
    r"\bnow\?|\b(?:is it|it is|is that|will it be|be) now\b|"
    r"\bwhat'?ll\b|\bcost\b|\bpay\b|\bpaying\b|\bcome to\b|\bwork (?:it|that) out\b"
)
_PER_SAID = {"pcm": "a month", "pm": "a month", "p/m": "a month", "pa": "a year"}
_PER_SAID |= {"monthly": "a month", "yearly": "a year", "weekly": "a week"}


# A price said after its change or against another's, in the percentage's own clause
# (review34): "now £920 after going up 15%", "£200, which is 10% more than jo's": never worked
# forwards (the price before asked is `_before`'s, whichever line asks it).
BACKWARDS = re.compile(
    r"\b(?:before|originally|original|used to|last year|was it|what was|than|"
    r"after (?:going|it went|being|rising|a rise|a \d))\b"
)


# A price, bill or wage named beside a percentage: asked for when its figure is not said.
PRICED = re.compile(
    r"\b(?:price|prices|cost|costs|rent|bill|bills|salary|pay|wages?|fares?|fees?|premium|"
    r"subscription|ticket|tickets|tax|council tax|mortgage|broadband|"
    r"insurance|membership|charges?|tariff|quid|pounds)\b|£"
)


def _changed(lines: Sequence[str]) -> Worked | None:
    if not CHANGE_ASKED.search(lines[-1]) or any(CHANGED_BACK.search(t) for t in lines):
        return None
    rates = _find(PERCENT, lines)
    if len(rates) != 1:
        return None
    i, r = rates[0]
    near = lines[i][max(0, r.start() - 40) : r.end() + 30]
    if NOT_CHANGE.search(near) or BACKWARDS.search(near):
        return None
    up, down = UP.search(near), DOWN.search(near)
    if bool(up) == bool(down):
        return None
    prices = _find(PRICE, lines)
    if not prices:
        if not PRICED.search(near):
            return None  # "i feel 50% more confident": no price changed (review34)
        return Worked("", need="what it is now, before the change")
    if len(prices) != 1 or not _all_placed(
        lines, [(i, *r.span()), (prices[0][0], *prices[0][1].span())]
    ):
        return None
    p = prices[0][1]
    base = _n(p.group("p") or p.group("q")) * (1000 if p.group("k") else 1)
    rate = _n(r.group("r"))
    if not base or not 0 < rate < (1000 if up else 100) or _voucher(lines[prices[0][0]], p):
        return None  # (nor a percentage off a voucher: "15% off, then my £10 voucher")
    per = p.group("per") or ""
    per = (
        " " + _PER_SAID.get(per, per).replace("per ", "a ").replace("a annum", "a year")
        if per
        else ""
    )
    change = round(base * rate / 100 + 1e-9, 2)
    new = base + change if up else base - change
    sign = "+" if up else "−"
    more = "more" if up else "less"
    return Worked(
        f"{money(base)} {sign} {count(rate)}% ({money(change)}) = {money(new)}{per}, "
        f"{money(change)} {more}",
        f"{money(new)}{per}",
    )


# Money off that is no percentage: "my £10 voucher", "a £5 coupon", "£15 of points".
VOUCHER = re.compile(
    r"\b(?:vouchers?|coupons?|gift ?cards?|gift cert\w*|credit|points|e-?vouchers?)\b"
)
VOUCHER_OF = re.compile(r"\b(?:vouchers?|coupons?|gift ?cards?|credit) (?:of|for|worth) $")
# Which comes off first: "comes off first", "then my voucher", "after the discount".
FIRST = re.compile(r"^[^,.;]{0,40}?\b(?:first|before)\b")
THEN = re.compile(r"\b(?:then|after (?:that|the|it|which))\b")


def _voucher(text: str, m: re.Match[str]) -> bool:
    """Whether the money `m` of `text` is a voucher's ("my £10 voucher", "a coupon for £5")."""
    before = text[max(0, m.start() - 20) : m.start()]
    return bool(VOUCHER.match(text, m.end() + 1) or VOUCHER_OF.search(before))


def _vouchered(lines: Sequence[str]) -> Worked | None:
    """A price with a percentage off and a voucher, in the order said: "£80, 15% staff
    discount comes off first, then my £10 voucher": £80 less 15% is £68, less £10, £58
    (review34: declined, blaming the 15%). Which first unsaid: None."""
    if not CHANGE_ASKED.search(lines[-1]):
        return None
    rates, prices = _find(PERCENT, lines), _find(PRICE, lines)
    if len(rates) != 1 or len(prices) != 2:
        return None
    at, r = rates[0]
    text = lines[at]
    off = [m for i, m in prices if i == at and _voucher(text, m)]
    if len(off) != 1 or not DOWN.search(text[max(0, r.start() - 30) : r.end() + 25]):
        return None
    v = off[0]
    j, p = next((i, m) for i, m in prices if m is not v)
    if (j == at and p.start() > min(v.start(), r.start())) or j > at:
        return None  # the price first, then what comes off it
    if NOT_CHANGE.search(text[max(0, r.start() - 30) : r.end() + 25]):
        return None
    first_r = bool(FIRST.search(text[r.end() :])) or bool(THEN.search(text[r.end() : v.start()]))
    first_v = bool(FIRST.search(text[v.end() :])) or bool(THEN.search(text[v.end() : r.start()]))
    placed = [(at, *r.span()), (j, *p.span()), (at, *v.span())]
    if first_r == first_v or not _all_placed(lines, placed):
        return None
    base, voucher = (_n(m.group("p") or m.group("q")) for m in (p, v))
    said = VOUCHER.match(text, v.end() + 1) or VOUCHER_OF.search(text[: v.start()])
    said = re.sub(r"s$|\s.*", "", said.group(0)) if said else "voucher"
    rate = _n(r.group("r"))
    if not 0 < rate < 100 or voucher >= base:
        return None
    if first_r:
        after = round(base * (1 - rate / 100) + 1e-9, 2)
        pay = after - voucher
        working = (
            f"{money(base)} less {count(rate)}% ({money(base - after)}) is {money(after)}; "
            f"less the {money(voucher)} {said}, {money(pay)}"
        )
    else:
        after = base - voucher
        pay = round(after * (1 - rate / 100) + 1e-9, 2)
        working = (
            f"{money(base)} less the {money(voucher)} {said} is {money(after)}; less "
            f"{count(rate)}% ({money(after - pay)}), {money(pay)}"
        )
    return None if pay <= 0 else Worked(working, money(pay))


# A price said as it was before: "it was £80", "originally £80", "used to be £80".
SAID_BEFORE = re.compile(
    r"\b(?:was|were|originally|used to be|at first|normally|usually|full price|rrp)\s(?:about |"
    r"around |just )?$"
)


# The price after the change asked: "what is it now", "the new rent", "what will i pay".
NOW_ASKED = re.compile(r"\b(?:now|new|will|going to|after)\b")


def _before(lines: Sequence[str]) -> Worked | None:
    """A price said after its change, worked back to the price before it: "my rent is now £920
    after going up 15%, what was it before" (£920 ÷ 1.15 = £800); "£60 is 20% less than last
    year" (£60 ÷ 0.8 = £75). Asked of the price after the change ("what is it now"): None."""
    asked = lines[-1]
    back = [m for t in lines for m in CHANGED_BACK.finditer(t)]
    question = re.search(r"\b(?:how much|what|whats)\b.*$", asked)
    if not back or not question or NOW_ASKED.search(question.group(0)):
        return None
    rates, prices = _find(PERCENT, lines), _find(PRICE, lines)
    if len(rates) != 1 or len(prices) != 1:
        return None
    (i, r), (j, p) = rates[0], prices[0]
    near = lines[i][max(0, r.start() - 40) : r.end() + 30]
    if NOT_CHANGE.search(near) or re.search(r"\b(?:of|off) (?:last|the) \w+'s\b", near):
        return None
    up, down = UP.search(near), DOWN.search(near)
    if bool(up) == bool(down) or SAID_BEFORE.search(lines[j][max(0, p.start() - 24) : p.start()]):
        return None  # "it was £80 before the 25% off": the price before is said
    if not _all_placed(lines, [(i, *r.span()), (j, *p.span())]):
        return None
    after = _n(p.group("p") or p.group("q")) * (1000 if p.group("k") else 1)
    rate = _n(r.group("r"))
    if not after or not 0 < rate < (1000 if up else 100):
        return None
    factor = Fraction(100 + rate if up else 100 - rate) / 100
    base = after / float(factor)
    about = "about " if abs(base * 100 - round(base * 100)) > 1e-6 else ""
    per = p.group("per") or ""
    per = (
        " " + _PER_SAID.get(per, per).replace("per ", "a ").replace("a annum", "a year")
        if per
        else ""
    )
    of = "the other" if any("than" in m.group(0) for m in back) else "what it was"
    return Worked(
        f"{money(after)}{per} is {count(float(factor) * 100)}% of {of} ({count(rate)}% "
        f"{'more' if up else 'less'}), and {money(after)} ÷ {count(float(factor))} = "
        f"{about}{money(round(base + 1e-9, 2))}{per}",
        f"{about}{money(round(base + 1e-9, 2))}{per}",
    )


# --- fuel for a distance -------------------------------------------------------------------

PER_100 = re.compile(
    rf"(?<![\w.])(?P<r>{NUM})\s?(?:l|litres?|liters?|ltrs?)\s?(?:per|/|every|a|for every|each)\s?"
    r"100\s?(?:km|kms|kilometres?|kilometers?|k)\b|"
    rf"(?<![\w.])(?P<r2>{NUM})\s?l/100\s?km\b"
)
MPG = re.compile(rf"(?<![\w.])(?P<m>{NUM})\s?(?:mpg|miles (?:per|to the|a|to a) gallon)\b")
GALLON = re.compile(
    r"(?:4\.546|4\.55)\s?(?:l|litres?)? (?:in|to|per|a) (?:a |the |1 )?gallon\b|"
    r"(?:a |1 )?gallon (?:is|=) (?:4\.546|4\.55)\s?(?:l|litres?)?"
)
DISTANCE = re.compile(
    rf"(?<![\w.£])(?P<d>{NUM})\s?(?P<u>km|kms|kilometres?|kilometers?|miles?)\b"
    r"(?!\s?(?:per|to the|a|/) ?gallon)(?!\s?an? hour)"
)
LITRE_PRICE = re.compile(
    rf"£(?P<p>{NUM})\s?(?:a|per|/|for a|for each)\s?(?:litre|liter|l|ltr)\b|"
    rf"(?<![\w.£])(?P<pp>{NUM})p\s?(?:a|per|/)\s?(?:litre|liter|l|ltr)\b|"
    rf"(?<![\w.£])(?P<p3>[12]\.\d\d?)\s?(?:a|per|/)\s?(?:litre|liter|l|ltr)\b|"
    rf"(?:petrol|diesel|fuel)'?s?(?: is| at| costs?)?(?: about| around| roughly)? £(?P<p2>{NUM})"
    r"(?!\s?(?:a|per|/) ?(?:gallon|week))\b"
)
GALLON_PRICE = re.compile(rf"£(?P<g>{NUM})\s?(?:a|per|/|for a)\s?gallon\b")
BOTH_WAYS = re.compile(
    r"\bthere and back\b|\band back\b|\breturn\b|\bround trip\b|\bboth ways\b|\bback again\b"
)
SPLIT = re.compile(
    rf"\b(?:split|shared?|divided)\s(?:it\s)?(?:between|by|among|with)\s(?P<s>{NUM}|{WORD})\b|"
    rf"\bbetween (?:the )?(?P<s2>{NUM}|{WORD})(?: of us)?\b|\b(?P<s3>{NUM}|{WORD}) ways\b|"
    # "if 3 of us split it", "split it 3 of us", "shared by the 4 of us" (review34)
    rf"\b(?P<s4>{NUM}|{WORD}) of us (?:split|splitting|share|sharing|chip in|go halves)\b|"
    rf"\b(?:split|shared?|divided)(?: it| the cost)?(?: by| among| between)? (?:the )?"
    rf"(?P<s5>{NUM}|{WORD}) of us\b|"
    rf"\b(?P<s6>{NUM}|{WORD}) of us\b(?=.*\b(?:split|splitting|share|sharing)\b)"
)
FUEL_ASKED = re.compile(
    r"\bhow (?:much|many)\b|\bcost\b|\blitres\b|\bfuel\b|\bpetrol\b|\bdiesel\b|\beach\b|"
    r"\bwhat(?:'?s| will| would| does)\b|\bwhats\b"
)


def _fuel(lines: Sequence[str]) -> Worked | None:
    if not FUEL_ASKED.search(lines[-1]):
        return None
    per100, mpg = _find(PER_100, lines), _find(MPG, lines)
    if len(per100) + len(mpg) != 1:
        return None
    metric = bool(per100)
    i, rate_m = (per100 or mpg)[0]
    got = rate_m.groupdict()
    rate = _n(got.get("r") or got.get("r2") or got.get("m") or "0")
    dists = [
        (j, m)
        for j, m in _find(DISTANCE, lines)
        if not (j == i and m.start() < rate_m.end() and m.end() > rate_m.start())
    ]
    if not dists:
        return Worked("", need="how far you are going")
    if len(dists) != 1 or not rate:
        return None
    j, d_m = dists[0]
    unit = d_m.group("u")
    if metric != unit.startswith("k"):
        return None  # litres per 100 km over miles: declined
    dist = _n(d_m.group("d"))
    prices = _find(LITRE_PRICE, lines)
    by_gallon = _find(GALLON_PRICE, lines)
    if by_gallon and (metric or prices or len(by_gallon) > 1):
        return None
    prices = prices or by_gallon
    splits = [(k, m) for k, m in _find(SPLIT, lines) if not FREE.search(m.group(0))]
    gallons = _find(GALLON, lines)
    if len(prices) > 1 or len(splits) > 1 or (gallons and metric):
        return None
    used = [(i, *rate_m.span()), (j, *d_m.span())]
    used += [(k, *m.span()) for k, m in [*prices, *splits, *gallons]]
    if not _all_placed(lines, used):
        return None
    asked = lines[-1]
    # the distance said as the whole trip ("420km round trip", "a return of 300 miles"), or one
    # way with there and back said elsewhere ("180 miles each way", "fuel for the round trip")
    line = lines[j]
    whole = BOTH_WAYS.search(line[d_m.end() : d_m.end() + 25]) or BOTH_WAYS.search(
        line[max(0, d_m.start() - 25) : d_m.start()]
    )
    both = [m for t in lines for m in BOTH_WAYS.finditer(t)]
    each_way = re.match(r"\s?(?:each way|either way|each direction)\b", line[d_m.end() :])
    twice = (bool(both) or bool(each_way)) and not whole
    twice = twice and not re.search(r"\bone way\b|\bto get there\b|\bthere\?*$", asked)
    dshow = f"{count(dist)}{'km' if metric else ' miles'}"
    if twice:
        dist *= 2
        dshow = f"{dshow} × 2 = {count(dist)}{'km' if metric else ' miles'}"
    if metric:
        litres = dist * rate / 100
        working = f"{dshow} at {count(rate)} litres per 100km is {count(round(litres, 2))} litres"
    else:
        gal = dist / rate
        litres = gal * 4.546
        working = (
            f"{dshow} at {count(rate)} mpg is {count(round(gal, 2))} gallons; at 4.546 litres a "
            f"gallon, {count(round(litres, 2))} litres"
        )
    cost_asked = re.search(
        r"\bcost|£|\bprice|\bpay|\bmoney\b|\bspend|\bquid\b|\bbudget|"
        r"\bhow much (?!fuel|petrol|diesel|litres)",
        asked,
    )
    cost_asked = cost_asked or (splits and re.search(r"\beach\b", asked))
    litres_asked = re.search(r"\blitres\b|\bgallons\b|\bhow much (?:fuel|petrol|diesel)\b", asked)
    cost_asked = cost_asked or (prices and not litres_asked)
    if not cost_asked:
        if splits and not prices:
            return None
        if by_gallon:
            return Worked(working.split("; at 4.546")[0], f"{count(round(dist / rate, 2))} gallons")
        return Worked(working, f"{count(round(litres, 2))} litres")
    if not prices:
        return Worked(working, need="the price of a litre")
    pm = prices[0][1].groupdict()
    if pm.get("g"):
        price, cost, per = _n(pm["g"]), dist / rate * _n(pm["g"]), "gallon"
        working = working.split("; at 4.546")[0]
    else:
        price = _n(pm["p"] or pm["p2"] or pm["p3"]) if not pm["pp"] else _n(pm["pp"]) / 100
        cost, per = litres * price, "litre"
    pshow = f"{pm['pp']}p" if pm.get("pp") else money(price)
    working += f"; at {pshow} a {per}, {money(round(cost + 1e-9, 2))}"
    result = money(round(cost + 1e-9, 2))
    if splits:
        sm = splits[0][1]
        ways = _n(next(g for g in sm.group("s", "s2", "s3", "s4", "s5", "s6") if g))
        if ways < 2:
            return None
        each = money(round(cost / ways + 1e-9, 2))
        working += f"; between {count(ways)}, {each} each"
        result = f"{each} each"
    return Worked(working, result)


# --- the score needed for an average aimed at ----------------------------------------------

AVG = r"(?:average|avg|averge|avrage|avarage|mean)"
# The average aimed at, with the number of goes it is over: "need to average 75 over 4 tests",
# "want an average of 65 after the 4th", "want 45 over 4".
AIM = re.compile(
    rf"\b(?:to|want(?:s|ing)?(?: to)?|need(?:s)?(?: to)?|aim(?:ing)?(?: for| to)?|"
    rf"hoping (?:to|for)|"
    rf"target(?: is| of)?|for|hit|reach|get)\s+(?:an? |my |our |the )?(?:overall |final )?"
    rf"(?:{AVG}(?: score| time| mark)?(?: to be| of| at)?\s+(?P<t>{NUM})|(?P<t2>{NUM}) {AVG}|"
    rf"(?P<t3>{NUM})(?= (?:over|across|from|for) (?:all |the )?(?:{NUM}|{WORD})\b))"
    rf"(?:\s+(?:\w+\s+){{0,3}}?(?:over|across|from|for|in|after|out of) (?:all |the |my )?"
    rf"(?P<n>{NUM}|{WORD})\b(?!\s?(?:st|nd|rd|th)\b))?"
)
# The average so far: "averaging 40 a week for 3 weeks", "my average over 3 tests is 62".
SO_FAR = re.compile(
    rf"\b(?:averag(?:ing|ed)|{AVG} (?:is|was|of|so far is|so far|is currently|currently))\s+"
    rf"(?P<a>{NUM})(?:\s?(?:mins?|minutes|points|pts|%|secs?|seconds))?(?: a \w+)?\s+"
    rf"(?:for|over|across|from|in) (?:the )?(?:first |last |past )?(?P<k>{NUM}|{WORD})\b|"
    rf"\b{AVG} (?:over|across|for|from|in) (?:the )?(?:first |last |past )?(?P<k2>{NUM}|{WORD})"
    rf"(?: \w+)? (?:is|was|of|=) (?P<a2>{NUM})\b"
)
# A total so far over so many goes: "ive done 45,500 in the first 6 days", "we've raised £820
# over the first 4 weeks".
DONE_SO_FAR = re.compile(
    rf"\b(?:done|did|got|walked|ran|run|scored|made|raised|sold|read|swum|cycled|saved|"
    rf"managed)\s+(?:£)?(?P<a>{NUM})(?:\s?[a-z]+)?\s+(?:in|over|across|from) (?:the |my |our )?"
    rf"(?:first |last |past )(?P<k>{NUM}|{WORD})\b"
)
SCORES = re.compile(
    rf"(?<![\w.£:])(?P<all>(?:{NUM})(?:\s?(?:,|and|&|, and|then)\s?(?:{NUM}))*)(?![\w.:%])"
)
# The number of goes in all: "5 rounds total", "over 4 games", "out of 6 matches".
GOES = re.compile(
    rf"(?<![\w.£])(?P<n>{NUM}|{WORD}) (?:[a-z]+ )?(?:in total|total|altogether|in all)\b|"
    rf"\b(?:over|across|after|from) (?:all |the |my )?(?P<n2>{NUM}|{WORD}) "
    r"(?:games|tests|rounds|weeks|matches|runs|races|exams|quizzes|papers|months|innings|goes|mocks)\b"
)
ORDINAL = re.compile(r"\b(?P<o>\d{1,2})(?:st|nd|rd|th)\b")
NEXT_ASKED = re.compile(
    r"\b(?:need|needs|get|score|do|hit|make|run|take)\b.*\b(?:last|next|final|this)\b|"
    r"\b(?:last|next|final|this|4th|5th|6th|3rd|2nd|\d+th)\b.*\b(?:need|needs)\b|"
    r"\bwhat (?:do|does|will|would|should) (?:i|we|he|she|they) (?:need|have)\b|"
    r"\bhow (?:much|many|fast|quick)\b.*\bneed\b|\bneed (?:to get|to score|to do)\b"
)
# Times and marks said with their unit: kept in the answer.
UNIT_SAID = re.compile(r"(?<=\d)\s?(mins?|minutes|secs?|seconds|points|pts|%)\b")


def _needed(lines: Sequence[str]) -> Worked | None:
    asked = lines[-1]
    if not NEXT_ASKED.search(asked):
        return None
    aims = _find(AIM, lines)
    if len(aims) != 1:
        return None
    i, aim = aims[0]
    t = _n(aim.group("t") or aim.group("t2") or aim.group("t3"))
    so_far = [
        (j, m)
        for j, m in _find(SO_FAR, lines)
        if not (j == i and m.start() < aim.end() and m.end() > aim.start())
    ]
    used: Used = [(i, *aim.span())]
    n_said = aim.group("n")
    goes = [
        (j, g)
        for j, g in _find(GOES, lines)
        if not any(
            j == u and g.start() < m.end() and g.end() > m.start() for u, m in [aims[0], *so_far]
        )
    ]
    if len(goes) > 1 or (goes and n_said):
        return None
    if goes:
        n_said = goes[0][1].group("n") or goes[0][1].group("n2")
        used.append((goes[0][0], *goes[0][1].span()))
    if len(so_far) > 1:
        return None
    totals = [
        (j, m)
        for j, m in _find(DONE_SO_FAR, lines)
        if not any(j == u and m.start() < b and m.end() > a_ for u, a_, b in used)
    ]
    if totals and (so_far or len(totals) > 1):
        return None
    if totals:
        j, s = totals[0]
        total_so_far, k = _n(s.group("a")), _n(s.group("k"))
        used.append((j, *s.span()))
        had = f"{count(total_so_far)} in the first {count(k)}"
    elif so_far:
        j, s = so_far[0]
        a, k = _n(s.group("a") or s.group("a2")), _n(s.group("k") or s.group("k2"))
        used.append((j, *s.span()))
        total_so_far = a * k
        had = f"{count(a)} × {count(k)} is {count(total_so_far)} so far"
    else:
        taken = [(j, m) for j, m in _find(SCORES, lines)]
        taken = [
            (j, m)
            for j, m in taken
            if not any(j == u and m.start() < b and m.end() > a_ for u, a_, b in used)
            and not ORDINAL.match(lines[j], m.start())
            and not any(
                m.start() < x.end() and x.start() < m.end() for x in ASIDE.finditer(lines[j])
            )
        ]
        if not taken:
            return Worked("", need="the scores so far")
        if len(taken) != 1:
            return None
        j, m = taken[0]
        values = [_n(v) for v in re.findall(NUM, m.group("all"))]
        if len(values) < 1:
            return None
        k = len(values)
        used.append((j, *m.span()))
        total_so_far = sum(values)
        had = (
            f"{' + '.join(count(v) for v in values)} is {count(total_so_far)}"
            if k > 1
            else f"{count(total_so_far)} so far"
        )
        # "the first two", "3 tests so far": a count said must be theirs
        for said in re.findall(
            rf"\b(?:first|last|past|previous) ({WORD}|\d+)\b(?<!one)", " ".join(lines)
        ):
            if _n(said) != k:
                return None
    ordinals = [(j, m) for j, m in _find(ORDINAL, lines)]
    n = k + 1
    if n_said and _n(n_said) != n:
        return None
    for _j, o in ordinals:
        if int(o.group("o")) != n:
            return None
    if not _all_placed(lines, used):
        return None
    need = t * n - total_so_far
    if need < 0:
        return None
    unit = UNIT_SAID.search(" ".join(lines))
    after = "" if not unit else (unit.group(1) if unit.group(1) == "%" else f" {unit.group(1)}")
    shown = f"{count(round(need, 2))}{after}"
    working = f"an average of {count(t)} over {count(n)} is {count(t * n)}; {had}, so you need"
    top = _most(lines, after)
    if top is not None and need > top:
        # "8, 7 and 9 out of 10, want an average of 9 over 4": 12 is more than a go gives
        best = count(round((total_so_far + top) / n, 2))
        return Worked(
            f"{working} {shown}, past the most of {count(top)}{after}: {count(t)} is out of "
            f"reach; full marks next make it {best}",
            f"{best} at best",
        )
    return Worked(f"{working} {shown}", shown)


# The most one go can score: "out of 10", "out of 50"; a test or a percentage out of 100.
OUT_OF = re.compile(rf"\bout of (?P<m>{NUM})\b(?! (?:games|tests|rounds|goes))")
MARKED = re.compile(r"\b(?:tests?|exams?|quiz(?:zes)?|mocks?|papers?|marks?|grades?)\b")


def _most(lines: Sequence[str], unit: str) -> float | None:
    """The most a go can score, when said or plain (a test, a percentage: 100), or None."""
    tops = {_n(m.group("m")) for _i, m in _find(OUT_OF, lines)}
    if len(tops) == 1:
        return tops.pop()
    if not tops and (unit == "%" or any(MARKED.search(t) for t in lines)):
        return 100.0
    return None


# --- what is left of so many packs ---------------------------------------------------------

_PACKS = (
    r"(?:packs?|boxes|box|bags?|crates?|cases?|tubs?|tins?|trays?|rolls?|sleeves?|"
    r"multipacks?|cartons?|packets?|bundles?|reams?|jars?|tubes?)"
)
PACKS = re.compile(
    rf"(?<![\w.£])(?P<n>{NUM}|{WORD}) {_PACKS} of (?P<m>{NUM}|{WORD})\b|"
    rf"(?<![\w.£])(?P<n2>{NUM}|{WORD}) {_PACKS} of (?:[a-z]+ ){{0,2}}[a-z]+,? (?:with |at |- )?"
    rf"(?P<m2>{NUM}) (?:in|per|to) (?:a|each|the|every) \w+|"
    rf"(?<![\w.£])(?P<n3>{NUM}|{WORD}|a) dozen\b|"
    rf"(?<![\w.£])(?P<n5>{NUM}|{WORD}) {_PACKS} of (?:[a-z]+ ){{0,2}}[a-z]+,? (?P<m5>{NUM}) "
    r"(?:[a-z]+ )?(?:each|apiece)\b|"
    rf"(?<![\w.£])(?P<n4>{NUM}|{WORD}) x (?P<m4>{NUM})\b"
)
GONE = re.compile(
    r"\b(?:used|handed out|handed over|given out|gave out|given away|gave away|sold|eaten|ate|"
    r"drank|drunk|had|taken|took|lost|broke|broken|put out|sent|sent out|posted|binned|"
    r"threw away|thrown away|chucked|gone through|went through|got through|opened|cooked|baked|"
    r"dished out|served|give out|hand out|use|sell|gave|given|lent|donated|wasted|dropped)"
    rf"\s+(?:up |about |another |around )?"
    rf"(?P<k>{NUM})\b|"
    rf"(?<![\w.£])(?P<k2>{NUM})(?: \w+)? (?:have|has|are|were|got|'ve) (?:gone|been \w+|"
    r"used|eaten|sold|drunk|taken)\b|"
    rf"(?<![\w.£])(?P<k3>{NUM})(?: \w+)? (?:gone|used|eaten|sold|drunk|taken)\b"
)
MORE_GONE = re.compile(
    rf"(?:\s(?!and\b)[a-z']+){{0,5}},? (?:and|then|plus|\+) (?:another |a further |then )?"
    rf"(?P<k>{NUM})\b(?!\s?(?:{_PACKS}|of\b|more\b|%|p\b|g\b|kg\b))"
)
# What comes back after a figure gone: "12 came back", "15 were returned unused", "3 spare":
# never more gone, and no sum here (review34: 12 returned mugs were counted as sold).
CAME_BACK = re.compile(
    r"^(?:\s[a-z]+){0,3}? (?:came back|come back|coming back|brought back|given back|"
    r"back|returned|unused|spare|left over|still (?:boxed|wrapped|in)|unopened|not used)\b"
)


def _one_of(packs: str) -> str:
    """box of "boxes", pack of "packs"."""
    return re.sub(r"(?:(?<=x)es|(?<=ss)es|s)$", "", packs) if packs != "boxes" else "box"


LEFT_ASKED = re.compile(
    r"\bhow many\b.*\b(?:left|remain\w*|spare|over|still|got)\b|\bleft over\b|\bleft\?|"
    r"\bwhat'?s left\b|\bwhats left\b|\bremaining\b"
)


def _left(lines: Sequence[str]) -> Worked | None:
    if not LEFT_ASKED.search(lines[-1]):
        return None
    packs = _find(PACKS, lines)
    gone = _find(GONE, lines)
    if not packs and gone:
        bare = re.search(rf"(?<![\w.£])(?:{NUM}|{WORD}) (?P<p>{_PACKS})\b", " ".join(lines))
        if bare:  # "5 boxes, handed out 97": what one holds is missing
            return Worked("", need=f"how many come in each {_one_of(bare.group('p'))}")
        return Worked("", need="how many there were to start with")
    if len(packs) != 1:
        return None
    i, p = packs[0]
    gone = [(j, g) for j, g in gone if not (j == i and g.start() < p.end() and p.start() < g.end())]
    if p.group("n3"):
        n, m = (1.0 if p.group("n3") == "a" else _n(p.group("n3"))), 12.0
    else:
        n = _n(p.group("n") or p.group("n2") or p.group("n4") or p.group("n5"))
        m = _n(p.group("m") or p.group("m2") or p.group("m4") or p.group("m5"))
    if not gone:
        return Worked("", need="how many have gone")
    used = [(i, *p.span()), *((j, *g.span()) for j, g in gone)]
    ks = [_n(g.group("k") or g.group("k2") or g.group("k3")) for _j, g in gone]
    for j, g in gone:  # "gave out 9 in the morning and 13 in the afternoon"
        more = MORE_GONE.match(lines[j], g.end())
        if more and CAME_BACK.match(lines[j][more.end() :]):
            return None
        if more and not any(u == j and a <= more.start("k") < b for u, a, b in used):
            used.append((j, *more.span("k")))
            ks.append(_n(more.group("k")))
    if not _all_placed(lines, used):
        return None
    total, out = n * m, sum(ks)
    if not n or not m or out > total or n != int(n) or m != int(m):
        return None
    outs = " + ".join(count(k) for k in ks)
    outs = f"{outs} = {count(out)}" if len(ks) > 1 else outs
    return Worked(
        f"{count(n)} × {count(m)} is {count(total)}; {count(total)} − {outs.split(' = ')[-1]}"
        f"{' (' + outs + ')' if len(ks) > 1 else ''} is {count(total - out)} left",
        f"{count(total - out)} left",
    )


# What a sum of these classes missing one figure asks for.
NEEDS = frozenset(
    {
        "how many the recipe is for",
        "how many you are making it for",
        "what it is now, before the change",
        "how far you are going",
        "the price of a litre",
        "the scores so far",
        "how many there were to start with",
        "how many have gone",
    }
)


def asks_for(need: str) -> bool:
    """Whether `need` is what a reader here asks for (a figure its sum lacks)."""
    return need in NEEDS or need.startswith("how many come in each ")


# Each reader with what its lines must say somewhere before it reads them (a quick look: a
# recipe word, a percentage, a fuel rate, an average, packs or things gone), and its ask.
READERS: tuple[tuple[re.Pattern[str], Callable[[Sequence[str]], Worked | None]], ...] = (
    (RECIPE, _scaled),
    (PERCENT, _changed),
    (PERCENT, _before),
    (VOUCHER, _vouchered),
    (re.compile(f"{PER_100.pattern}|{MPG.pattern}"), _fuel),
    (re.compile(rf"\b{AVG}\w*"), _needed),
    (re.compile(f"{PACKS.pattern}|{GONE.pattern}"), _left),
)
# A quick look at the ask before any reading: a word every reader's ask has (the readers'
# own asks are slow to search together), never a bare "now" or "new" (review34).
ASKS_ANY = re.compile(
    r"\bhow (?:much|many)\b|\bwhat|\bcost\b|\bpay|\bcome to\b|\bwork (?:it|that) out\b|"
    r"\bneed|\bleft\b|\bremain|\beach\b|\bfuel\b|\bpetrol\b|\bdiesel\b|\blitres\b|"
    r"\bamounts?\b|\bquantit|\bscale|\bnew (?:\w+ )?(?:rent|price|bill|salary|pay|wage|total|"
    r"amount|cost|figure|fare|rate)\b|\bnow\?|\b(?:is it|it is|is that|will it be|be) now\b"
)


def asks(line: str) -> bool:
    """Whether `line` may ask a sum of a class read here."""
    return bool(ASKS_ANY.search(line.lower()))


def worked(lines: Sequence[str]) -> Worked | None:
    """The sum the last of `lines` asks, with the lines before it (oldest first), by the reader
    of its class; None when none places every figure (or a Worked with `need` when a sum of its
    class lacks one figure)."""
    return _worked(tuple(lines))


@lru_cache(maxsize=256)
def _worked(said: tuple[str, ...]) -> Worked | None:
    lines = said_plainly(said)
    if not asks(lines[-1]):
        return None
    said = " ".join(lines)
    asked_for = None  # the first figure a reader asks for, when no reader works the sum
    for look, reader in READERS:
        if not look.search(said):
            continue
        found = reader(lines)
        if found and found.working:
            return found
        asked_for = asked_for or found
    return asked_for
