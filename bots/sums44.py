"""Everyday sums asked in one line, worked with their figures (`worked44`).

"dinner was 90 and drinks 30, split between 4" (120 ÷ 4 = 30 each), "split 86 4 ways" (21.50),
"room is 4m by 3m how much carpet" (12 square metres), "tip 18% on 64", "20% off 45 quid",
"is 30% off then 10% off the same as 40%", "5k in miles", "180 cm in feet", "how many cups in a
litre", "if i leave at 7:40 and it takes 2h 35 when do i arrive", "average of 12, 15 and 21",
"which is cheaper 500g for 2.40 or 750g for 3.30", "17 x 23", "2 to the power of 10": each read
only when the whole line is of that shape, so no figure is taken from elsewhere; a split with
no total said ("split the bill 4 ways") asks for it. None for any other line.
"""

from __future__ import annotations

import math
import re

from bots.fold import folded
from bots.product import WORD_NUMBERS
from bots.wordsum import Worked

NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
_N_WORDS = r"\d+|two|three|four|five|six|seven|eight|nine|ten"
_LEAD = re.compile(
    r"^\W*(?:(?:hey|hi|oi|ok|okay|so|quick one|quick q(?:uestion)?|q|pls|please|um+|erm|right|"
    r"ada|albert|will|marie|charles|socrates|darwin|curie|lovelace|einstein|shakespeare|aibot|"
    r"can you tell me|can (?:you|u) work out|work out|calculate|what'?s|whats|what is|what are|"
    r"how much is|wat'?s|and)\b\W*)+",
    re.I,
)
_TAIL = re.compile(
    r"[\s?!.,]*(?:\b(?:pls|please|thanks|ty|lol|then|again|exactly|roughly|approx|quick|"
    r"quickly|asap)[\s?!.,]*)*$",
    re.I,
)
_QUICK = folded(
    r"\d.*(?:%|percent|per cent|\bsplit|\bways\b|\beach\b|\bby\b|\bin\b|\bto\b|\bx\b|\btimes\b|"
    r"\bdivided\b|\bover\b|\bplus\b|\bminus\b|\bpower\b|\baverage\b|\bor\b|:\d|"
    r"\bamong\b|\bbetween\b|\bhalf\b|\bmpg\b|\bgallons?\b|\ba (?:litre|liter|kg|week|month)\b|"
    r"\^\s*\d|(?<=\d)\s?(?:am|pm)\b|(?<=\d)\.\d\d\b(?=.*\b(?:when|what time)\b))|"
    r"\bsplit\b|\bhow many\b.*\bin\b|\bhow many\b.*\d|%\s*of\s*\W*$|\bpercent of\W*$|"
    r"\b(?:average|mean of|radius|half of|quarter of|double|divide)\b.*\d|\d/\d+ of\b|"
    r"^\W*[a-z]+ in an? (?:litre|liter|pint|gallon|kg|kilo|pound|foot|mile|km|metre|meter|inch|"
    r"day|week|hour|minute|cup|ounce|stone)\W*$",
    re.I,
)
_MONEY = re.compile(
    r"[£$€]|\bquid\b|\bpounds?\b(?! of)|\bdollars?\b|\beuros?\b|\bbucks\b|\d+p\b", re.I
)


def _n(text: str) -> float:
    return float(text.replace(",", ""))


def _plain(x: float, places: int = 2) -> str:
    x = round(x, places)
    if abs(x - round(x)) < 1e-9:
        return f"{int(round(x)):,}"
    return f"{x:,.{places}f}".rstrip("0").rstrip(".")


def _sign(text: str) -> str:
    if "$" in text or re.search(r"\bdollars?\b|\bbucks\b", text, re.I):
        return "$"
    if "€" in text or re.search(r"\beuros?\b", text, re.I):
        return "€"
    if _MONEY.search(text):
        return "£"
    return ""


def _cash(x: float, sign: str) -> str:
    """Money as said: to the penny, the pennies shown when there are any ("£21.50", "£30")."""
    x = round(x + 1e-9, 2)
    if abs(x - round(x)) < 1e-9:
        return f"{sign}{int(round(x)):,}"
    return f"{sign}{x:,.2f}"


def _fig(x: float, money: bool, sign: str) -> str:
    return _cash(x, sign) if money else _plain(x)


def _clean(text: str) -> str:
    text = re.sub(r"@\w+", " ", text)
    text = re.sub(r"(?<=\d)\s*quid\b", "", text, flags=re.I)
    text = re.sub(r"[£$€]\s*(?=\d)", "", text)
    text = re.sub(r"\s+", " ", text).strip()
    return _NAMED.sub("", text)


# A name or a word of address before the ask: "einstein 5k in miles?", "hey ada quick one, ...".
_NAMED = re.compile(
    r"^(?:(?:hey|hi|oi|ok|okay|so|quick one|quick q|right|ada|albert|marie|charles|socrates|"
    r"darwin|curie|lovelace|einstein|shakespeare|aibot|/aibot)\b[\s,:!.-]*)+",
    re.I,
)


# ---------------------------------------------------------------- plain arithmetic
_OPS = (
    (r"\bto the power of\b|\^|\*\*", "**"),
    (r"\bsquared\b", "**2"),
    (r"\bmultiplied by\b|\btimes\b|(?<=\d)\s*[x×*]\s*(?=\d)", "*"),
    (r"\bdivided by\b|\bover\b|÷|/", "/"),
    (r"\bplus\b|\badd\b|\+", "+"),
    (r"\bminus\b|\btake away\b|(?<=\d)\s+-\s+(?=\d)|(?<=\d)-(?=\d)", "-"),
)
_SHOWN = {"**": "^", "*": "×", "/": "÷", "+": "+", "-": "−", "**2": "²"}
_EXPR = re.compile(rf"^(?:{NUM})(?:\s*(?:\*\*2|\*\*|[*/+-])\s*(?:{NUM}))*(?:\*\*2)?$")


def _arith(q: str) -> Worked | None:
    """ "17 x 23", "144 divided by 12", "2 to the power of 10", "half of 75", "40% of 250 plus
    10", "2.5 times 350g": worked left to right as the operators bind."""
    unit = ""
    m = re.search(rf"({NUM})\s*(g|kg|ml|l|cm|m|km|mins?|minutes|hours|hrs)\b", q)
    if m and len(re.findall(r"(?<=\d)\s*(?:g|kg|ml|l|cm|m|km|mins?|minutes|hours|hrs)\b", q)) == 1:
        unit = m.group(2)
        q = q[: m.end(1)] + q[m.end() :]
    q = re.sub(r"\s*(?:of flour|of sugar|of water|of milk)\b", "", q)
    q = re.sub(r"\s*(?:how much is that|what is that|whats that|is what|=)\s*$", "", q)
    q = re.sub(r"^(?:i need\s+)", "", q)
    q = re.sub(rf"^half of ({NUM})$", r"\1 / 2", q)
    q = re.sub(rf"^divide ({NUM}) by ({NUM})$", r"\1 / \2", q)
    frac = re.match(rf"^(\d+)/(\d+) of ({NUM})$", q)
    if frac and int(frac.group(2)):
        a, b, of = int(frac.group(1)), int(frac.group(2)), _n(frac.group(3))
        value = of * a / b
        approx = "" if abs(value * 100 - round(value * 100)) < 1e-9 else "about "
        return Worked(f"{a}/{b} of {_plain(of)} is {approx}{_plain(value)}", _plain(value))
    q = re.sub(rf"^(?:a )?quarter of ({NUM})$", r"\1 / 4", q)
    q = re.sub(rf"^double ({NUM})$", r"\1 * 2", q)
    pct = re.match(rf"^({NUM})\s*(?:%|percent|per cent) of ({NUM})", q)
    shown_head = ""
    if pct:
        p, of = _n(pct.group(1)), _n(pct.group(2))
        part = p * of / 100
        shown_head = f"{pct.group(1)}% of {pct.group(2)} is {_plain(part)}"
        q = _plain(part).replace(",", "") + q[pct.end() :]
    if re.search(r"%|percent", q):
        return None  # "200 plus 10%": a percentage's reader's
    for pattern, op in _OPS:
        q = re.sub(pattern, f" {op} ", q, flags=re.I)
    q = re.sub(r"\s+", " ", q).strip()
    if not _EXPR.match(q.replace(" ", "").replace("**2", "**2")):
        if pct and not q.replace(",", "").replace(".", "").isdigit():
            return None
        if pct and shown_head:
            return Worked(shown_head, _plain(part))
        return None
    toks = re.findall(rf"{NUM}|\*\*2|\*\*|[*/+-]", q.replace(" ", ""))
    if len(toks) < 3 and not pct:
        return None
    try:
        value = eval("".join(t.replace(",", "") for t in toks), {"__builtins__": {}})  # noqa: S307
    except (ArithmeticError, SyntaxError):
        return None
    if not isinstance(value, (int, float)) or abs(value) > 1e15:
        return None
    if pct and len(toks) == 1:
        return Worked(shown_head, _plain(value))
    shown = " ".join(_SHOWN.get(t, t) for t in toks).replace(" ²", "²")
    if pct:
        shown = f"{shown_head}, and {shown}"
    result = _plain(value, 4 if abs(value) < 1 else 2)
    if unit:
        result += {"l": " litres", "m": " m"}.get(unit, unit)
    approx = "" if abs(value * 100 - round(value * 100)) < 1e-9 else "about "
    return Worked(f"{shown} = {approx}{result}", result)


# ---------------------------------------------------------------- percentages
_PCT = r"(\d+(?:\.\d+)?)\s*(?:%|percent\b|per cent\b|pc\b)"


def _percent(q: str, sign: str) -> Worked | None:
    money = bool(sign)
    m = re.search(rf"\b(?:is |does )?{_PCT} off,? (?:and )?then (?:another )?{_PCT} off\b", q)
    m = m or re.search(
        rf"\b{_PCT} (?:off )?(?:and|then|plus) (?:then )?(?:another )?{_PCT} off\b", q
    )
    if m:
        a, b = float(m.group(1)), float(m.group(2))
        left = (1 - a / 100) * (1 - b / 100)
        off = 100 - left * 100
        said = re.search(
            rf"(?:same as|is (?:that|it|this)|equal to|equals?|makes?) (?:a |the same as )?{_PCT}",
            q,
        )
        tail = ""
        if said:
            tail = "; so no, not" if abs(float(said.group(1)) - off) > 1e-9 else "; so yes,"
            tail += f" the same as {said.group(1)}%"
        return Worked(
            f"{_plain(a)}% off leaves {_plain(100 - a)}%, and {_plain(b)}% off that leaves "
            f"{_plain(100 - a)}% × {_plain((100 - b) / 100)} = {_plain(left * 100)}% of the price, "
            f"{_plain(off)}% off in all{tail}",
            f"{_plain(off)}%",
        )
    # a tip, or VAT, on a bill
    for word, kind in (("tip", "tip"), ("vat", "VAT"), ("tax", "tax"), ("service", "service")):
        m = (
            re.search(rf"\b{word}\b (?:of )?{_PCT} (?:on|of|for) ({NUM})\b", q)
            or re.search(rf"{_PCT} {word}\b (?:on|of|for) ({NUM})\b", q)
            or re.search(rf"{_PCT} (?:of|on) ({NUM}) (?:for|as) (?:the |a |my )?{word}\b", q)
        )
        if m:
            p, total = float(m.group(1)), _n(m.group(2))
        elif m := re.search(rf"\b{word}\b (?:on|for) ({NUM}) (?:at|of|is) {_PCT}", q):
            total, p = _n(m.group(1)), float(m.group(2))
        else:
            continue
        if re.search(r"\bsplit\b|\bways\b|\beach\b|\bof us\b|\bpeople\b|\bbetween\b", q):
            return None  # (a tip and a split: another reader's sum of two steps)
        part = total * p / 100
        fig = lambda x: _cash(x, sign)  # noqa: E731
        return Worked(
            f"{_plain(p)}% of {fig(total)} is {fig(part)} {kind}, so {fig(total + part)} in all",
            fig(total + part),
        )
    # a percentage off a price
    m = re.search(rf"\b{_PCT} off (?:of )?(?:a |the )?({NUM})\b", q)
    m2 = None if m else re.search(rf"\b({NUM}) (?:with|at|less) {_PCT} off\b", q)
    if m or m2:
        if m2:
            total, p = _n(m2.group(1)), float(m2.group(2))
        else:
            p, total = float(m.group(1)), _n(m.group(2))
        part = total * p / 100
        fig = lambda x: _fig(x, money or "." in q, sign)  # noqa: E731
        return Worked(
            f"{_plain(p)}% off {fig(total)} is {fig(part)} off, so {fig(total - part)}",
            fig(total - part),
        )
    # a figure raised or cut by a percentage: "my pay rose 5% from 28000"
    m = re.search(
        rf"\b(rose|went up|goes up|going up|increased?|up|raised?|fell|dropped|went down|down|cut|"
        rf"decreased?)(?: by)? {_PCT} (?:from|on) ({NUM})\b",
        q,
    )
    if m:
        p, base = float(m.group(2)), _n(m.group(3))
        up = m.group(1) in (
            "rose",
            "went up",
            "goes up",
            "going up",
            "increase",
            "increased",
            "up",
            "raise",
            "raised",
        )
        new = base * (1 + p / 100) if up else base * (1 - p / 100)
        fig = lambda x: _fig(x, money, sign)  # noqa: E731
        return Worked(
            f"{fig(base)} {'up' if up else 'down'} {_plain(p)}% is {fig(base)} "
            f"{'+' if up else '−'} {fig(abs(new - base))} = {fig(new)}",
            fig(new),
        )
    # a change in percent: "from 800 to 920 what %", "was 60 before and now its 45"
    if re.search(r"%|percent|per cent", q) and not re.search(rf"{_PCT}", q):
        nums = re.findall(NUM, q)
        if not money and any(re.fullmatch(r"(?:19|20)\d\d", n) for n in nums):
            return None  # "from 2010 to 2020 what % of films": years, not figures
        m = re.search(rf"\bfrom ({NUM}) to ({NUM})\b", q) or re.search(
            rf"\b({NUM})\s*(?:->|→|=>)\s*({NUM})\b", q
        )
        if m:
            a, b = _n(m.group(1)), _n(m.group(2))
        elif (
            len(nums) == 2
            and re.search(
                r"\b(?:before|now|was|went|rose|dropped|drop|fell|then|in (?:jan|feb|mar|apr|may|"
                r"jun|jul|aug|sep|oct|nov|dec)\w*|last year|this year)\b",
                q,
            )
            and not re.search(r"\b(?:earn|pay|income|take home|salary|of my)\b", q)
        ):
            a, b = _n(nums[0]), _n(nums[1])
            if (
                re.search(r"\bnow\b", q)
                and re.search(r"\bnow\b[^\d]*$", q.split(nums[1])[0]) is None
            ):
                pass
        else:
            a = b = 0.0
        if all(1900 <= x <= 2100 and x == int(x) for x in (a, b)) and not money:
            a = b = 0.0  # "from 2010 to 2020 what % of films": years, not figures
        if a and a != b:
            ch = (b - a) / a * 100
            fig = lambda x: _fig(x, money, sign)  # noqa: E731
            way = "a rise" if ch > 0 else "a drop"
            return Worked(
                f"{fig(a)} to {fig(b)} is {'up' if ch > 0 else 'down'} {fig(abs(b - a))}, and "
                f"{fig(abs(b - a))} ÷ {fig(a)} is {way} of {_plain(abs(ch), 1)}%",
                f"{_plain(abs(ch), 1)}%",
            )
        if (
            len(nums) == 2
            and not _CHANGED_BY.search(q)
            and re.search(
                r"\bwhat (?:%|percent\b|per cent\b|percentage\b)|\bhow much (?:%|percent)|"
                r"\bas a (?:%|percent)",
                q,
            )
        ):
            a, b = sorted((_n(nums[0]), _n(nums[1])))
            if a and b:
                return Worked(
                    f"{_fig(a, money, sign)} out of {_fig(b, money, sign)} is "
                    f"{_plain(a / b * 100, 1)}%",
                    f"{_plain(a / b * 100, 1)}%",
                )
    return None


_CHANGED_BY = re.compile(
    r"\b(?:profit|loss|lost|sold|bought|paid|markup|margin|up|down|more|less|rise|rose|fall|fell|"
    r"increase|decrease|cheaper|dearer|save|saving|discount|off|back|change|changed)\b"
)


# ---------------------------------------------------------------- units
_UNITS = {
    # length, in metres
    "km": ("length", 1000.0, "km"),
    "kilometres": ("length", 1000.0, "km"),
    "kilometers": ("length", 1000.0, "km"),
    "k": ("length", 1000.0, "km"),
    "m": ("length", 1.0, "m"),
    "metres": ("length", 1.0, "m"),
    "meters": ("length", 1.0, "m"),
    "metre": ("length", 1.0, "m"),
    "meter": ("length", 1.0, "m"),
    "cm": ("length", 0.01, "cm"),
    "mm": ("length", 0.001, "mm"),
    "miles": ("length", 1609.344, "miles"),
    "mile": ("length", 1609.344, "miles"),
    "feet": ("length", 0.3048, "feet"),
    "foot": ("length", 0.3048, "feet"),
    "ft": ("length", 0.3048, "feet"),
    "inches": ("length", 0.0254, "inches"),
    "inch": ("length", 0.0254, "inches"),
    "in": ("length", 0.0254, "inches"),
    "yards": ("length", 0.9144, "yards"),
    # weight, in grams
    "kg": ("weight", 1000.0, "kg"),
    "kilos": ("weight", 1000.0, "kg"),
    "kilo": ("weight", 1000.0, "kg"),
    "kilograms": ("weight", 1000.0, "kg"),
    "g": ("weight", 1.0, "g"),
    "grams": ("weight", 1.0, "g"),
    "gram": ("weight", 1.0, "g"),
    "lb": ("weight", 453.59237, "lb"),
    "lbs": ("weight", 453.59237, "lb"),
    "pounds": ("weight", 453.59237, "lb"),
    "pound": ("weight", 453.59237, "lb"),
    "oz": ("weight", 28.349523125, "oz"),
    "ounces": ("weight", 28.349523125, "oz"),
    "ounce": ("weight", 28.349523125, "oz"),
    "stone": ("weight", 6350.29318, "stone"),
    # volume, in millilitres (UK pints and gallons; a metric cup of 250 ml)
    "litres": ("volume", 1000.0, "litres"),
    "litre": ("volume", 1000.0, "litres"),
    "liters": ("volume", 1000.0, "litres"),
    "liter": ("volume", 1000.0, "litres"),
    "l": ("volume", 1000.0, "litres"),
    "ml": ("volume", 1.0, "ml"),
    "pints": ("volume", 568.26125, "pints"),
    "pint": ("volume", 568.26125, "pints"),
    "gallons": ("volume", 4546.09, "gallons"),
    "gallon": ("volume", 4546.09, "gallons"),
    "cups": ("volume", 250.0, "cups"),
    "cup": ("volume", 250.0, "cups"),
    # time, in seconds
    "seconds": ("time", 1.0, "seconds"),
    "secs": ("time", 1.0, "seconds"),
    "minutes": ("time", 60.0, "minutes"),
    "mins": ("time", 60.0, "minutes"),
    "minute": ("time", 60.0, "minutes"),
    "min": ("time", 60.0, "minutes"),
    "hours": ("time", 3600.0, "hours"),
    "hour": ("time", 3600.0, "hours"),
    "hrs": ("time", 3600.0, "hours"),
    "hr": ("time", 3600.0, "hours"),
    "days": ("time", 86400.0, "days"),
    "day": ("time", 86400.0, "days"),
    "weeks": ("time", 604800.0, "weeks"),
    "week": ("time", 604800.0, "weeks"),
    "fortnight": ("time", 1209600.0, "weeks"),
}
_TEMP = {
    "c": "c",
    "celsius": "c",
    "centigrade": "c",
    "degrees c": "c",
    "°c": "c",
    "f": "f",
    "fahrenheit": "f",
    "degrees f": "f",
    "°f": "f",
}
_UNIT = "|".join(sorted((re.escape(u) for u in _UNITS), key=len, reverse=True))
_TUNIT = "|".join(sorted((re.escape(u) for u in _TEMP), key=len, reverse=True))


_ONE = {
    "litres": "litre",
    "days": "day",
    "weeks": "week",
    "hours": "hour",
    "pints": "pint",
    "gallons": "gallon",
    "miles": "mile",
    "feet": "foot",
    "inches": "inch",
    "cups": "cup",
    "minutes": "minute",
    "seconds": "second",
    "yards": "yard",
    "stone": "stone",
    "lb": "pound",
    "oz": "ounce",
    "kg": "kilo",
    "g": "gram",
    "km": "km",
    "m": "metre",
}


def _conv(value: float, src: str, dst: str) -> Worked | None:
    a, b = _UNITS[src], _UNITS[dst]
    if a[0] != b[0] or a[2] == b[2]:
        return None
    out = value * a[1] / b[1]
    note = ""
    if "cups" in (a[2], b[2]):
        us = value * a[1] / 236.588 if b[2] == "cups" else value * 236.588 / b[1]
        note = f" (in 250 ml metric cups; about {_plain(us, 1)} in US cups)"
    if "pints" in (a[2], b[2]) or "gallons" in (a[2], b[2]):
        note = " (a UK pint; a US pint is 473 ml)" if "pints" in (a[2], b[2]) else " (UK gallons)"
    if b[2] == "feet" and a[0] == "length" and out < 10:
        inches = value * a[1] / 0.0254
        ft, inch = divmod(round(inches), 12)
        shown = f"about {ft} ft {inch} in" if inch else f"about {ft} ft"
        return Worked(f"{_plain(value)} {a[2]} is {shown} ({_plain(out)} feet)", shown)
    exact = abs(out * 100 - round(out * 100)) < 1e-6
    shown = f"{'' if exact else 'about '}{_plain(out)} {b[2]}"
    src = (
        f"{_plain(value)} {a[2]}"
        if value != 1
        else f"a{'n' if a[2][0] in 'aeiou' else ''} {_ONE.get(a[2], a[2])}"
    )
    return Worked(f"{src} is {shown}{note}", _plain(out))


def _units(q: str) -> Worked | None:
    # temperatures
    m = re.search(rf"(-?{NUM})\s*(?:degrees\s*)?({_TUNIT})\s+(?:in|to|into|as)\s+({_TUNIT})\b", q)
    if m and _TEMP[m.group(2)] != _TEMP[m.group(3)]:
        v = _n(m.group(1))
        if _TEMP[m.group(2)] == "c":
            out = v * 9 / 5 + 32
            return Worked(f"{_plain(v)}°C × 9/5 + 32 = {_plain(out, 1)}°F", f"{_plain(out, 1)}°F")
        out = (v - 32) * 5 / 9
        return Worked(
            f"({_plain(v)}°F − 32) × 5/9 = about {_plain(out, 1)}°C", f"{_plain(out, 1)}°C"
        )
    # "5 foot 8 in cm", "6 feet in cm"
    m = re.search(
        r"\b(\d+)\s*(?:foot|feet|ft|')\s*(\d+)?\s*(?:inches|inch|in\b|\")?\s*(?:in|to|into)\s+(cm|centimetres|m|metres)\b",
        q,
    )
    if m and m.group(2):
        inches = int(m.group(1)) * 12 + int(m.group(2))
        cm = inches * 2.54
        return Worked(
            f"{m.group(1)} ft {m.group(2)} in is {inches} inches × 2.54 = about {_plain(cm, 1)} cm",
            _plain(cm, 1),
        )
    # "how many cups in a litre", "how many ml in a pint", "how many seconds in a day"
    m = re.search(
        rf"\bhow many ({_UNIT}) (?:are )?(?:in|is|per|make) (?:a|an|one|1|({NUM}))\s*({_UNIT})\b", q
    )
    if m:
        return _conv(_n(m.group(2)) if m.group(2) else 1.0, m.group(3), m.group(1))
    # "cups in a litre?"
    m = re.match(rf"({_UNIT}) (?:are )?(?:in|per) (?:a|an|one) ({_UNIT})\W*$", q)
    if m:
        return _conv(1.0, m.group(2), m.group(1))
    # "how many km is 26.2 miles"
    m = re.search(rf"\bhow many ({_UNIT}) (?:is|are|in) ({NUM})\s*({_UNIT})\b", q)
    if m:
        return _conv(_n(m.group(2)), m.group(3), m.group(1))
    # "5k in miles", "180 cm in feet", "convert 2kg to pounds"
    m = re.search(
        rf"(?:^|\b(?:convert|is|in|much is|far is|long is|whats|what's)\s)({NUM})\s*({_UNIT})\s+"
        rf"(?:in|to|into|as)\s+({_UNIT})\b",
        q,
    )
    m = m or re.search(
        rf"\b({NUM})\s*({_UNIT})\s+(?:in|to|into)\s+({_UNIT})\W*(?:pls|please|\?)?\W*$", q
    )
    if m and not re.search(rf"{NUM}\s*({_UNIT})\s+(?:in|to|into)\s+{NUM}", q):
        if m.group(2) == "in":
            return None
        return _conv(_n(m.group(1)), m.group(2), m.group(3))
    return None


# ---------------------------------------------------------------- clock times
_CLOCK = r"(\d{1,2})[:.](\d{2})\s*(am|pm)?"
_SPAN = (
    r"(?:(\d+(?:\.\d+)?)\s*(?:h|hrs?|hours?)\b\s*(?:and\s*)?(?:(\d+)\s*(?:m|mins?|minutes?)?\b)?|"
    r"(\d+)\s*(?:m|mins?|minutes?)\b)"
)


def _clock(q: str) -> Worked | None:
    if not re.search(
        r"\b(?:arrive|get (?:there|in|home)|land|finish|end|be (?:there|done|back|home)|"
        r"when|what time|done)\b",
        q,
    ):
        return None
    if _BACKWARD.search(q):
        return None  # "when should i leave to be there by 9": a time worked back, not on
    m = re.search(
        rf"\b(?:at|leave|leaving|start|starts|set off|off at)\s+(?:at\s+)?{_CLOCK}.*?"
        rf"(?:takes?|runs?|lasts?|is|drive is|journey is|for)\s+(?:about\s+)?{_SPAN}",
        q,
    )
    if not m:
        return _clock_anyhow(q)
    hours = float(m.group(4)) if m.group(4) else 0.0
    mins = int(m.group(5)) if m.group(5) else 0
    if m.group(6):
        mins = int(m.group(6))
    return _later(int(m.group(1)), int(m.group(2)), m.group(3), hours, mins)


def _later(h: int, mi: int, ap: str | None, hours: float, mins: int) -> Worked | None:
    """The clock time `hours` and `mins` after h:mi (am or pm, or a 24-hour clock)."""
    if h > 23 or mi > 59 or (ap and h > 12):
        return None
    if ap == "pm" and h < 12:
        h += 12
    if ap == "am" and h == 12:
        h = 0
    span = round(hours * 60) + mins
    if not span:
        return None
    end = (h * 60 + mi + span) % (24 * 60)
    sh, sm = divmod(span, 60)
    took = (
        f"{sh} hr{'s' if sh != 1 else ''} {sm} min{'s' if sm != 1 else ''}"
        if sh and sm
        else (f"{sh} hr{'s' if sh != 1 else ''}" if sh else f"{sm} mins")
    )
    start = f"{h:02d}:{mi:02d}"
    eh, em = divmod(end, 60)
    nextday = " the next day" if h * 60 + mi + span >= 24 * 60 else ""
    return Worked(f"{start} + {took} is {eh:02d}:{em:02d}{nextday}", f"{eh:02d}:{em:02d}")


# "what time should i leave", "when do we need to set off": the start worked back from an end.
_BACKWARD = re.compile(
    r"\b(?:when|what time) (?:should|do|must|shall|would|will|can) (?:i|we|you|u) "
    r"(?:need to |have to )?(?:leave|start|set off|go|head off|wake|get up|begin|book)\b"
)
# A start and a span in either order, the start with its minutes or its am/pm ("train at 6:15,
# 45 min journey, what time do we arrive", "we leave at 9am, drive is 3 hours, when do we get
# there", "its a 3 hour drive and we set off at 8.30"): the span has no clock digits in it.
_START = re.compile(
    r"\b(?:at|leave|leaving|leaves|start|starts|set off|off at|departs?|departing|the)\s+(?:at\s+)?"
    r"(?:(\d{1,2})[:.](\d{2})\s*(am|pm)?|(\d{1,2})\s*(am|pm))\b"
)
_LASTS = re.compile(
    rf"(?<![:.\d])\b{_SPAN}"
    r"(?=[^,.;?!]*\b(?:journey|drive|ride|trip|flight|train|walk|bus|film|movie|long|takes?|"
    r"later)\b|\s*(?:journey|drive|ride|trip|flight|train|walk|bus|long|to get))"
    r"|\b(?:takes?|lasts?|drive is|journey is|flight is|ride is|walk is|work|works|for)\s+"
    rf"(?:about\s+|another\s+)?{_SPAN}"
)


def _clock_anyhow(q: str) -> Worked | None:
    start = _START.search(q)
    lasts = (
        _LASTS.search(q[: start.start()] + " " * (start.end() - start.start()) + q[start.end() :])
        if start
        else None
    )
    if not start or not lasts:
        return None
    if start.group(1):
        h, mi, ap = int(start.group(1)), int(start.group(2)), start.group(3)
    else:
        h, mi, ap = int(start.group(4)), 0, start.group(5)
    groups = lasts.groups()
    hours, mins, only = groups[0:3] if any(groups[0:3]) else groups[3:6]
    return _later(h, mi, ap, float(hours) if hours else 0.0, int(mins or 0) + int(only or 0))


# ---------------------------------------------------------------- averages, areas, rates
def _average(q: str) -> Worked | None:
    if not re.search(r"\b(?:average|mean of|the mean)\b", q) or re.search(
        r"\b(?:speed|mph|per hour|km/h|need|needs|to average|for an?|get|next|last|left|more|"
        r"how many|per|a day|a week|a month)\b",
        q,
    ):
        return None
    nums = list(re.findall(NUM, q))
    if len(nums) < 2 or len(nums) > 12:
        return None
    vals = [_n(n) for n in nums]
    total = sum(vals)
    avg = total / len(vals)
    approx = "" if abs(avg * 100 - round(avg * 100)) < 1e-9 else "about "
    return Worked(
        f"{' + '.join(_plain(v) for v in vals)} = {_plain(total)}, "
        f"and ÷ {len(vals)} = {approx}{_plain(avg)}",
        _plain(avg),
    )


def _area(q: str, sign: str) -> Worked | None:
    m = re.search(r"\bcircle\b.*\bradius (?:of )?(" + NUM + r")", q)
    if m and re.search(r"\barea\b", q):
        r = _n(m.group(1))
        return Worked(
            f"π × {_plain(r)}² = about {_plain(math.pi * r * r, 1)}", _plain(math.pi * r * r, 1)
        )
    m = re.search(
        rf"\b({NUM})\s*(m|metres?|meters?|ft|feet|foot)?\s*(?:by|x|×)\s*({NUM})\s*(m|metres?|meters?|ft|feet)?\b",
        q,
    )
    if not m or not re.search(
        r"\b(?:room|floor|carpet|tiles?|garden|turf|lawn|wall|area|square|sq|paint|kitchen|bedroom|patio)\b",
        q,
    ):
        return None
    a, b = _n(m.group(1)), _n(m.group(3))
    feet = (m.group(2) or m.group(4) or "").startswith(("f",))
    unit = "square feet" if feet else "square metres"
    area = a * b
    price = re.search(
        rf"(?:at|is|costs?|for)?\s*({NUM})\s*(?:a|per|/)\s*(?:square|sq|m2|m²)", q[m.end() :]
    )
    if price:
        p = _n(price.group(1))
        money = sign or "£"
        return Worked(
            f"{_plain(a)} × {_plain(b)} = {_plain(area)} {unit}, "
            f"and {_plain(area)} × {_cash(p, money)} = {_cash(area * p, money)}",
            _cash(area * p, money),
        )
    if re.search(rf"{NUM}\s*(?:by|x)\s*{NUM}\s*(?:by|x)\s*{NUM}", q):
        return None
    return Worked(f"{_plain(a)} × {_plain(b)} = {_plain(area)} {unit}", f"{_plain(area)} {unit}")


def _rate(q: str, sign: str) -> Worked | None:
    # "petrol is 1.45 a litre how much for 40 litres" (one price: "was 1.52, now 1.48" is a saving)
    m = len(re.findall(NUM, q)) == 2 and re.search(
        rf"\b({NUM})p? (?:a|per|/) ?(litre|liter|kg|kilo|pint|gallon|hour|metre|meter)\b.*?"
        rf"\b(?:for|of|buy|need|get|fill)\s+({NUM})\s*"
        r"(?:litres?|liters?|kgs?|kilos?|pints?|gallons?|hours?|hrs|metres?|meters?|m|l)\b",
        q,
    )
    if m:
        p, n = _n(m.group(1)), _n(m.group(3))
        if re.search(rf"\b{re.escape(m.group(1))}p\b", q):
            p = p / 100
        s = sign or "£"
        return Worked(f"{_plain(n)} × {_cash(p, s)} = {_cash(n * p, s)}", _cash(n * p, s))
    # "240 miles on 8 gallons, mpg"
    m = re.search(rf"\b({NUM})\s*miles\b.*?\b(?:on|with|using|used)\s+({NUM})\s*gallons?\b", q)
    if m and re.search(r"\bmpg\b|miles (?:per|to the|a) gallon", q):
        d, g = _n(m.group(1)), _n(m.group(2))
        return Worked(
            f"{_plain(d)} miles ÷ {_plain(g)} gallons = {_plain(d / g, 1)} mpg", _plain(d / g, 1)
        )
    # "1 in 4 people, how many in a class of 32"
    m = re.search(rf"\b(\d+) (?:in|out of) (\d+)\b.*\bhow many\b.*?\b(?:of|out of) ({NUM})\b", q)
    if m and int(m.group(2)):
        a, b, n = int(m.group(1)), int(m.group(2)), _n(m.group(3))
        out = n * a / b
        return Worked(
            f"{a} in {b} of {_plain(n)} is {_plain(n)} × {a}/{b} = "
            f"{'about ' if out != int(out) else ''}{_plain(out, 1)}",
            _plain(out, 1),
        )
    return None


# ---------------------------------------------------------------- which is cheaper
_OFFER = rf"(?:(\d+(?:\.\d+)?)\s*(g|kg|ml|l|litres?|pack|x)?\s*(?:for|at|@)\s*({NUM})(p)?)"


def _cheaper(q: str, sign: str) -> Worked | None:
    if not re.search(r"\b(?:cheaper|better|best|value|deal)\b", q):
        return None
    m = re.search(rf"{_OFFER}\s*(?:,|or|vs|versus)\s*(?:is\s+)?{_OFFER}", q)
    if not m:
        return None
    out = []
    for i in (0, 4):
        n, unit, price, p = m.group(1 + i), m.group(2 + i) or "", m.group(3 + i), m.group(4 + i)
        cost = _n(price) / (
            100
            if p or ("." not in price and _n(price) >= 20 and re.search(rf"{price}p\b", q))
            else 1
        )
        if p is None and "." not in price and re.search(rf"\b{price}p\b", q):
            cost = _n(price) / 100
        size = _n(n)
        if unit == "kg" or unit.startswith("l"):
            size *= 1000
            unit = "g" if unit == "kg" else "ml"
        out.append((size, unit, cost))
    (s1, u1, c1), (s2, u2, c2) = out
    if u1 != u2 and {u1, u2} - {"", "pack", "x"}:
        return None
    if not (s1 and s2):
        return None
    per = 100 if u1 in ("g", "ml") else 1
    each1, each2 = c1 / s1 * per, c2 / s2 * per
    s = sign or "£"
    label = f"per {per}{u1}" if per == 100 else "each"

    def show(x: float) -> str:
        return (
            f"{_plain(x * 100, 1)}p"
            if x < 1 and s == "£"
            else _cash(x, s)
            if x >= 0.1
            else f"{_plain(x, 3)}"
        )

    def what(size: float, unit: str, cost: float) -> str:
        size_s = (
            f"{_plain(size / 1000)}kg"
            if unit == "g" and size >= 1000
            else (
                f"{_plain(size / 1000)} litre{'s' if size != 1000 else ''}"
                if unit == "ml" and size >= 1000
                else f"{_plain(size)}{unit}"
            )
        )
        return f"{size_s} for {show(cost) if cost < 1 else _cash(cost, s)}"

    if abs(each1 - each2) < 1e-9:
        verdict = "the same value either way"
    else:
        best = (s1, u1, c1) if each1 < each2 else (s2, u2, c2)
        verdict = f"{what(*best)} is the better value"
    return Worked(
        f"{what(s1, u1, c1)} is {show(each1)} {label}, "
        f"{what(s2, u2, c2)} is {show(each2)} {label}; {verdict}",
        verdict,
    )


# ---------------------------------------------------------------- splitting a bill
_N = _N_WORDS
_WAYS = re.compile(
    r"\b(?:split|shared?|divided? (?:between|among|up))\b.*?"
    rf"\b(?:between|among|amongst|by|in(?:to)?)\s+(?:the\s+)?({_N})\b"
    r"|\b(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+ways\b"
    rf"|\b(?:for|between|among)\s+(?:the\s+)?({_N})\s+"
    r"(?:of us|people|of them|ppl|friends|mates)\b"
    r"|\b(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+of us\b"
    r"|^(" + NUM + r")\s+(?:among|between)\s+(\d+)$",
    re.I,
)
_WORDN = WORD_NUMBERS


# The words a sum of money may go on with after a figure ("90 and drinks 30", "73.50 for 3"):
# any other ("7 pizzas") counts things, not money.
_AFTER_WORDS = (
    "and for on at in of between among split ways quid pounds pound dollars euros bucks total "
    "altogether plus minus with so how what whats is was the to including inc"
)
_AFTER_SUM = frozenset(_AFTER_WORDS.split())


# A split of another kind, or no split: a price each times heads ("£8.50 each and 14 of us
# going, total?"), a price changed ("was £120, now £90", "no sorry £36"), a part spent, a
# saving, more joining, spares: other readers' sums.
_NOT_A_SPLIT = re.compile(
    r"\d\s*(?:a head|per head|a ticket|a go)\b|\beach (?:had|got|have|ordered|paid)\b|"
    r"\btotal\b|\bnow\b|\bsorry\b|\bactually\b|\bhalf\b|\bbudget\b|\bsave\b|\bjoin|\bmore\b|"
    r"\bspare\b|\bleft\b|\bmiles?\b|\bkm\b|\bmpg\b|\blitres?\b|\bspent\b|\bor\b|\bgoes\b|\bgoing\b|"
    r"\brefund|\bback\b|\bwon\b|\bprize\b|\bprofit\b|\bother\b|\bextra\b|\brest\b|\bcost of\b|"
    r"\bthe \S+ one\b|\boptions?\b|\bvs\b|\bversus\b|\beither\b|\bchoice|"
    r"\d\s*[a-z]+ each\b|\bto the (?:pound|dollar|euro)\b|\bexchange\b|\brate\b|\bchange\b|"
    r"\bpaying\b|\bpaid with\b|\band me\b|\bplus me\b|\bincluding me\b|\bkids?\b|\bfree\b|"
    r"\bchildren\b",
    re.I,
)


def _split(q: str, sign: str) -> Worked | None:
    w = _WAYS.search(q)
    if not w:
        return None
    if _NOT_A_SPLIT.search(q):
        return None
    if re.search(
        r"\b(?:but|except|only had|didn'?t|didnt|paid|already|deposit|voucher|off|"
        r"tip|%|percent|extra|more than|less than|owes?|apart from|week|weeks|weekly|month|"
        r"months|monthly|year|years|yearly|day|days|daily|night|nights|per|every|hours?)\b",
        q,
    ):
        return None  # (a part paid apart, or a rate over time: other readers' sums)
    if w.group(5):
        total_s, ways = w.group(5), int(w.group(6))
        items = [(1.0, _n(total_s))]
    else:
        g = next(i for i in range(1, 5) if w.group(i))
        ways_s = w.group(g)
        ways = _WORDN.get(ways_s.lower()) or int(ways_s)
        rest = q[: w.start(g)] + " " + q[w.end(g) :]
        rest = re.sub(r"\b(?:in|by|for|of)\s+\d+\s+(?:ways|people|of us)\b", " ", rest)
        items = []
        for m in re.finditer(
            rf"(?:\b(\d+|two|three|four|five|six)\s+[a-z]+(?:\s[a-z]+)?\s+(?:at|@)\s+({NUM})(p)?\s*"
            rf"(?:each|a piece|apiece)?)|({NUM})(p)?",
            rest,
        ):
            if m.group(2):
                k = _WORDN.get(m.group(1).lower()) or int(m.group(1))
                items.append((float(k), _n(m.group(2)) / (100 if m.group(3) else 1)))
            else:
                after = re.match(r"\s*([a-z]+)", rest[m.end() :])
                if after and after.group(1) == "each":
                    return None  # "£8.50 each and 14 of us": a price each, not a bill
                if after and after.group(1) not in _AFTER_SUM and not sign:
                    return None  # "7 pizzas between 3": things counted, not money
                if re.search(r"\b(?:of|x)\s*$", rest[: m.start()]):
                    return None  # "a pack of 9", "box of 12": a count, not money
                items.append((1.0, _n(m.group(4)) / (100 if m.group(5) else 1)))
    if not ways or ways > 100 or ways < 2:
        return None
    if not items:
        return None
    if len(items) > 6:
        return None
    money = bool(sign) or bool(
        re.search(
            r"\b(?:bill|dinner|lunch|meal|tab|taxi|cab|fare|rent|cost|price|pizzas?|drinks?|paid|owe|total)\b",
            q,
        )
    )
    s = sign or ("£" if money else "")
    fig = lambda x: _cash(x, s)  # noqa: E731  (a split is of money, all but always)
    parts = []
    total = 0.0
    for k, v in items:
        total += k * v
        parts.append(f"{_plain(k)} × {fig(v)}" if k != 1 else fig(v))
    head = f"{' + '.join(parts)} = {fig(total)}, and " if len(parts) > 1 or items[0][0] != 1 else ""
    each = total / ways
    rounded = round(each + 1e-9, 2) if money else each
    approx = ""
    if (money and abs(rounded * ways - total) > 0.001) or (
        not money and abs(each - round(each, 2)) > 1e-9
    ):
        approx = "about "
    body = f"{head}{fig(total)} ÷ {ways} = {approx}{fig(each)} each"
    if money and approx:
        body += " (round up a penny so it's covered)"
    return Worked(body, fig(each))


_THING = r"bill|tab|taxi|cab|fare|cost|rent|dinner|meal|check|lunch|petrol|uber"
_SPLIT_BARE = re.compile(
    rf"\b(?:split|divide|share)\b.*?\b(?:the )?({_THING})\b"
    rf"|\b(?:the )?({_THING})\b.*?\b(?:split|divide|share)\b",
    re.I,
)


def _missing(q: str) -> Worked | None:
    """A split asked with no total said: the total asked for; with no count either, both."""
    m = _SPLIT_BARE.search(q)
    if not m or re.search(r"\bfair|\bway\b|\bbest\b|\bhow (?:do|should|would|can)\b|\bwho\b", q):
        return None  # ("what's a fair way to split the bill": a question of fairness)
    thing = m.group(1) or m.group(2)
    nums = re.findall(r"\d+", q)
    if len(nums) > 1 or (nums and not _WAYS.search(q)):
        return None
    if nums:
        return Worked("", need=f"what the {thing} came to, and I'll split it {nums[0]} ways")
    if re.search(r"\b(?:between|among) (?:us|you)\b|\bsplit (?:it|the \w+)\W*$", q):
        return Worked("", need=f"what the {thing} came to and how many of you are splitting it")
    return None


def _percent_missing(q: str) -> Worked | None:
    m = re.search(rf"{_PCT}\s*of\W*$", q)
    if m:
        return Worked("", need=f"{m.group(1)}% of what")
    return None


# Asked, not told: a question's words, or a sum's own ("split", "convert", "tip 18% on 64").
_ASKS = folded(
    r"\?|\bhow\b|\bwhat|\bwhich\b|\bwhen\b|\bconvert\b|\bsplit\b|\bwork (?:it )?out\b|\bcalc|"
    r"\bmpg\b|\btip\b|\bvat\b|\bequals?\b|\bcost\b|\bper (?:person|head)\b|\beach\b|"
    r"\bis (?:it|that) (?:the same|more|less|cheaper|better)\b|\bsame as\b|\bany ?one know\b|"
    r"^\W*(?:is|are|does|do|can|should)\b|\bpls\b|\bplease\b",
    re.I,
)


_CODE = folded(
    r"\b(?:python|javascript|js|code|function|script|program|regex|sql|excel|formula)\b", re.I
)


# ---------------------------------------------------------------- legs of several animals
_LEGGED = {
    "spider": 8,
    "dog": 4,
    "cat": 4,
    "horse": 4,
    "cow": 4,
    "sheep": 4,
    "pig": 4,
    "goat": 4,
    "rabbit": 4,
    "mouse": 4,
    "mice": 4,
    "elephant": 4,
    "lion": 4,
    "tiger": 4,
    "fox": 4,
    "chicken": 2,
    "hen": 2,
    "duck": 2,
    "bird": 2,
    "goose": 2,
    "geese": 2,
    "owl": 2,
    "person": 2,
    "people": 2,
    "human": 2,
    "kid": 2,
    "child": 2,
    "children": 2,
    "man": 2,
    "men": 2,
    "woman": 2,
    "women": 2,
    "ant": 6,
    "bee": 6,
    "beetle": 6,
    "fly": 6,
    "flies": 6,
    "insect": 6,
    "ladybird": 6,
    "butterfly": 6,
    "butterflies": 6,
    "crab": 10,
    "lobster": 10,
    "snake": 0,
    "fish": 0,
}
_LEG_ASKED = folded(r"\bhow many (?:legs|feet)\b", re.I)
_LEG_GROUP = re.compile(
    rf"\b({_N_WORDS}|an?) ([a-z]+?)(?:es|s)?\b"
    r"(?= and\b| \+|,|\s*$| have| got| in| altogether| total)",
    re.I,
)


def _legs(q: str) -> Worked | None:
    """ "how many legs do 3 spiders and 2 dogs have total": each kind's legs, added up; None
    unless every group named is an animal whose legs are sure."""
    if not _LEG_ASKED.search(q):
        return None
    rest = _LEG_ASKED.split(q, maxsplit=1)[1]
    groups = []
    for count, beast in _LEG_GROUP.findall(rest):
        legs = _LEGGED.get(beast) if beast in _LEGGED else _LEGGED.get(beast + "s")
        legs = _LEGGED.get(beast, legs)
        if legs is None:
            return None
        n = 1 if count in ("a", "an") else int(WORD_NUMBERS.get(count, count))
        groups.append((n, beast, legs))
    if len(groups) < 2 and not (groups and groups[0][0] > 1):
        return None  # one animal's legs are the trivia's ("how many legs does a spider have")
    total = sum(n * legs for n, _, legs in groups)
    shown = " + ".join(f"{n} × {legs}" for n, _, legs in groups)
    return Worked(f"{shown} = {total} legs", str(total))


# The chance of at least one success in so many tries at a rate each ("its 2% drop rate, i've
# killed it 40 times, whats my chance", "whats my actual chance after 40 kills at 2%"):
# 1 - (1 - p)^n, not the rate times the tries.
_ODDS_ASKED = re.compile(r"\b(?:chances?|odds|probability|likely|likelihood)\b")
_RATE = re.compile(r"(?<![\d.])(\d+(?:\.\d+)?)\s*(?:%|percent|per ?cent)")
_TRIES = re.compile(
    r"(?<![\d.%])(\d+)\s*(?:x\s*)?(?:tries|try|times|kills|attempts|rolls|pulls|runs|goes|"
    r"spins|draws|games|rounds|matches|raids|packs|boxes|opens|chests|crates|cases|tickets|"
    r"shots)\b"
)


# "whats the chance of getting nothing in 40 tries", "odds i never get it", "chance of no
# drop": the chance of none, (1 - p)^n, not of at least one (rate48 room 03 had it inverted).
_NONE_ASKED = re.compile(
    r"\b(?:nothing|none|zero|never|without|no (?!way\b|idea\b)[a-z]+|"
    r"(?:do ?n'?t|did ?n'?t|not|wo ?n'?t) (?:get|getting|see|seeing|drop|hit|land|win|pull)|"
    r"miss(?:ing)? (?:every|all|each)|0 (?:drops?|hits?|wins?|times?))\b"
)


def _odds(q: str) -> Worked | None:
    if not _ODDS_ASKED.search(q) or not ("?" in q or _ASKS.search(q)):
        return None
    rate, tries = _RATE.findall(q), _TRIES.findall(q)
    if len(rate) != 1 or len(tries) != 1:
        return None
    p, n = float(rate[0]) / 100, int(tries[0])
    if not 0 < p < 1 or not 1 < n <= 10_000:
        return None
    if _NONE_ASKED.search(q):
        shown = f"{(1 - p) ** n * 100:.1f}".rstrip("0").rstrip(".")
        return Worked(
            f"the chance of none in {n} tries at {_plain(p * 100)}% each is "
            f"{_plain(1 - p, 4)}^{n} = {shown}%",
            f"{shown}%",
        )
    chance = 1 - (1 - p) ** n
    shown = f"{chance * 100:.1f}".rstrip("0").rstrip(".")
    return Worked(
        f"the chance of at least one in {n} tries at {_plain(p * 100)}% each is "
        f"1 − {_plain(1 - p, 4)}^{n} = {shown}%",
        f"{shown}%",
    )


# A half-life sum ("half-life of 5 days, how much is left after 20 days out of 80 grams"):
# the amount halved once for each half-life gone by.
_HALF_ASKED = re.compile(r"\bhalf[- ]?li(?:fe|ves)\b")
_SPANS = {"sec": 1 / 86400, "min": 1 / 1440, "hour": 1 / 24, "hr": 1 / 24, "day": 1.0}
_SPANS |= {"week": 7.0, "month": 30.4375, "year": 365.25, "yr": 365.25}
_SPAN_UNIT = r"(sec|min|hour|hr|day|week|month|year|yr)[a-z]*"
_HALF_PERIOD = re.compile(
    rf"\bhalf[- ]?life (?:of |is |= ?|was |being )?(?:about |around )?(\d+(?:\.\d+)?) ?{_SPAN_UNIT}"
)
_HALF_AFTER = re.compile(rf"\b(?:after|in|over|for) (\d+(?:\.\d+)?) ?{_SPAN_UNIT}")
_HALF_AMOUNT = re.compile(
    r"(?<![\d.])(\d+(?:\.\d+)?) ?(mg|kg|g|grams?|milligrams?|kilograms?|atoms|ml|%|percent)\b"
    r"(?! ?(?:is|are)? ?(?:left|remain))"
)


# ("i got 5g", "is it 10g?": a figure someone came to, not the amount at the start)
_HALF_CLAIM = re.compile(
    r"\b(?:i (?:got|get|think|said|put)|got|is it|answer is|(?:maya|s?he) (?:got|said))"
    r" (?:it'?s |like |about )?\d+(?:\.\d+)? ?[a-z%]*"
)
_SPAN_NAMES = {"sec": "second", "min": "minute", "hr": "hour", "yr": "year"}


def _span(x: str, unit: str) -> str:
    name = _SPAN_NAMES.get(unit, unit)
    return f"{_plain(float(x))} {name}{'' if float(x) == 1 else 's'}"


def _half_life(q: str) -> Worked | None:
    """So much left after so long, given the half-life and the amount at the start; None unless
    all three are said once each."""
    if not _HALF_ASKED.search(q):
        return None
    period, after = _HALF_PERIOD.findall(q), _HALF_AFTER.findall(q)
    amounts = _HALF_AMOUNT.findall(_HALF_CLAIM.sub(" ", q))
    if len(period) != 1 or len(after) != 1 or len(amounts) != 1:
        return None
    (t_half, t_unit), (t, unit), (amount, grams) = period[0], after[0], amounts[0]
    half = float(t_half) * _SPANS[t_unit]
    gone = float(t) * _SPANS[unit]
    start = float(amount)
    if not (half > 0 and gone > 0 and start > 0):
        return None
    grams = {"percent": "%"}.get(grams, grams)
    if grams.startswith("gram"):
        grams = "g"
    unit_shown = "" if grams == "%" else " "
    halves = gone / half
    left = start * 0.5**halves
    shown = _plain(left, 3)
    if halves == int(halves) and 1 <= halves <= 10:
        n = int(halves)
        steps = " → ".join(_plain(start * 0.5**k, 3) for k in range(1, n + 1))
        return Worked(
            f"{_span(t, unit)} is {n} half-li{'fe' if n == 1 else 'ves'} of "
            f"{_span(t_half, t_unit)}: {_plain(start)}{unit_shown}{grams} → {steps}"
            f"{unit_shown}{grams} left",
            f"{shown}{unit_shown}{grams}",
        )
    if not 0 < halves <= 60:
        return None
    return Worked(
        f"{_span(t, unit)} is {_plain(halves, 3)} half-lives of {_span(t_half, t_unit)}: "
        f"{_plain(start)}{unit_shown}{grams} × 0.5^{_plain(halves, 3)} = "
        f"{shown}{unit_shown}{grams} left",
        f"{shown}{unit_shown}{grams}",
    )


def worked44(message: str) -> Worked | None:
    """The sum `message` asks, worked from its own figures (or the figure it lacks asked for),
    when the whole line is one of the everyday shapes above; None for any other."""
    if legged := _legs(message.lower()):
        return legged
    if odds := _odds(message.lower()):
        return odds
    if halved := _half_life(message.lower()):
        return halved
    if not _QUICK.search(message) or _CODE.search(message):
        return None
    if not _ASKS.search(message) and len(message.split()) > 6:
        return None  # told, not asked: "the room is 4m by 3m and it feels tiny"
    sign = _sign(message)
    q = _clean(message).lower()
    q = re.sub(r"(?<=\d)\s*k\b(?=\s*(?:in|to|into|as)\s+(?:miles|mi|km)\b)", " km", q)
    if re.search(r"\bhow many (?:miles|km)\b", q):
        q = re.sub(r"(?<=\d)\s*k\b", " km", q)  # "how many miles is 5k": a run's km
    q = re.sub(r"(?<=\d)\s*k\b", "000", q) if not re.search(r"\d\s*k\s+(?:in|to) ", q) else q
    q = re.sub(r"\b(\d+)\s*hrs?\b\s*(\d+)\b(?!\s*(?:m|mins?|minutes?)\b)", r"\1h \2m", q)
    q = re.sub(r"\b(\d+)h\s*(\d+)\b(?!\s*(?:m|mins?|minutes?)\b)", r"\1h \2m", q)
    q = q.replace("’", "'")
    for reader in (_percent_missing, _missing):
        found = reader(q)
        if found:
            return found
    for reader in (_percent, _cheaper, _area, _rate, _clock, _average, _units, _split):
        found = (
            reader(q, sign) if reader in (_percent, _cheaper, _area, _rate, _split) else reader(q)
        )
        if found:
            return found
    bare = _TAIL.sub("", _LEAD.sub("", q)).rstrip("?!. ")
    bare = re.sub(r"^(?:what(?:'s| is)?|whats|how much is)\s+", "", bare)
    if found := _arith(bare):
        return found
    # A sum asked with the asker's business after it ("quick whats 17 x 23 im at the register
    # and my phone is dying"): the sum itself.
    asked = _EMBEDDED.search(q)
    return _arith(asked.group("sum")) if asked else None


_EMBEDDED = re.compile(
    r"\b(?:what'?s|whats|what is|how much is|calculate|work out)\s+"
    rf"(?<![\d/.])(?P<sum>{NUM}\s*(?:x|\*|×|times|plus|\+|minus|divided by)\s*{NUM})\b"
    r"(?!\s*(?:%|percent|[.:/]\d|x|\*|×|times|plus|\+|minus|divided|/))"
)


def clock_sum44(message: str) -> bool:
    """Whether `message` asks the clock time a span after a start ("if i leave at 7:40 and the
    train takes 2h 35, when do i arrive?"): a sum, though it names a time as plans do."""
    found = worked44(message)
    return bool(found and re.match(r"\d\d:\d\d \+ ", found.working))


# An ask that takes its figure from the line before: "whats 20% of that", "split it 4 ways",
# "ok so split between 3 of us", "tip 15% on that".
_OF_THAT = re.compile(r"\b(?:of|on|off) (?:that|it|this)\b|\bsplit (?:it|that|this)\b", re.I)
_FIGURE = re.compile(rf"[£$€]?\b{NUM}\b(?!\s*(?:%|percent|ways|of us|people|:\d))")


def joined44(message: str, before: str) -> Worked | None:
    """The sum `message` asks of the one figure said in `before`, the line just before it ("the
    jacket is 85" then "whats 20% of that": 20% of 85; "taxi was 42.60" then "ok so split between
    3 of us": 42.60 ÷ 3), when the ask has no figure of its own to work on; None for any other,
    or when `before` says no figure or more than one."""
    if not re.search(r"\d", before) or worked44(message) is not None:
        return None
    text = _clean(message)
    own = _FIGURE.findall(re.sub(rf"\b(?:between|among|by|into|in) {_N}\b|\b{_N} ways\b", "", text))
    if own or len(re.findall(NUM, before)) != 1 or re.search(r"\d\s*[:/%]|percent", before):
        return None  # (none, or several, or a percentage: "18% of that" is no total)
    figure = re.search(rf"[£$€]?{NUM}(?:\s*quid)?", before).group()
    if _OF_THAT.search(text):
        asked = _OF_THAT.sub(lambda m: m.group().split()[0] + " " + figure, text)
    elif _WAYS.search(text) and not re.search(r"\d", text.split()[0]):
        asked = f"{figure} {text}"
    else:
        return None
    found = worked44(asked)
    return found if found and found.working else None


_TOTAL_SAID = re.compile(rf"(?:\bso|=) ([£$€]?{NUM})(?: in all| altogether| total)?\W*$")


def total_of44(said: str) -> str:
    """The total a sum said ends on ("... so 75.52 in all.", "... = £240."), never a share
    ("£30 each"); "" when it ends on none."""
    found = _TOTAL_SAID.search(said)
    return f"the total is {found.group(1)}" if found else ""


def comes_to44(found: Worked, reply: str) -> bool:
    """Whether `reply` already comes to the result of `found`, in any words: "£18.50" for
    "18.5", "4pm" or "4:00pm" for "16:00"."""
    number = found.number
    clock = re.fullmatch(r"(\d\d):(\d\d)", number)
    if clock:
        h, m = int(clock.group(1)), int(clock.group(2))
        twelve = f"{h % 12 or 12}{'' if not m else f':{m:02d}'}{'pm' if h >= 12 else 'am'}"
        return number in reply or number.lstrip("0") in reply or twelve in reply.replace(" ", "")
    first = re.search(NUM, number)
    if not first:
        return False
    value = _n(first.group())
    said = (_n(f) for f in re.findall(rf"(?<![\d.]){NUM}", reply))
    return any(abs(v - value) < 0.005 for v in said)
