"""Everyday word problems put to a persona in a chat, read exactly or not at all.

    >>> word_sum("my gym is 32 quid a month, how much is that a year").working
    '£32 a month is £384 a year'

The shapes read (each a small reader below; the first that reads the message answers):

- a cost that recurs: a price and how many a day or a week ("£4.50 a pack, one pack a week"),
  or an amount a period ("£12 a week"), in another period ("how much a month": a month is
  52/12 = 4.33 weeks, said) and shared ("each", among "4 of us");
- power for hours at a rate ("a 2kW heater on 5 hours a day at 27p per kWh, over 3 months");
- things packed into groups ("40 crates with 30 items each, a parcel is 12 items, how many
  parcels"), and a stock used at a rate ("100 parcels, we do 35 a week": how long it lasts);
- a share of a group ("300 people, a third want one": and when "some have two", the figure it
  needs is asked, never guessed);
- singles and bundles sold ("£1 each or 6 for £5, half the people bought singles, half strips,
  900 tickets");
- a rate from counts ("won 2 of our last 11": 18%), a percentage of an amount;
- the combinations of a digit lock; calories of a run by its rule of thumb (about 1 kcal per kg
  per km, said).

`word_sum` returns a `Worked`: the working in one short line (`working`), the bare result
(`number`, for "just the number"), and, when a figure is missing, what to ask for (`need`; the
working is then only the part that is sure, or empty). None when the message asks none of
these: a number in a message is no sum ("see you at 7", "week 4 done").
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Worked:
    working: str  # "" when nothing is sure yet
    number: str = ""  # the result alone: "about £4.88 each"
    need: str = ""  # what to ask for, as a clause after "tell me": "how many will have a second"


_WORDS = {
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "eleven": "11",
    "twelve": "12",
    "twenty": "20",
    "thirty": "30",
    "forty": "40",
    "fifty": "50",
    "hundred": "100",
    "dozen": "12",
}
NUMBER_WORD = re.compile(r"\b(?:a )?(" + "|".join(_WORDS) + r")\b")
MENTION = re.compile(r"@[\w.-]+")
# A sum asked, at all: without one, numbers are news ("we're 4 of us going on the 21st").
ASKED = re.compile(
    r"\?|\bhow (?:much|many|long|far)\b|\bwhat(?:'s|s| is| are| does| do| did| would| will)\b|"
    r"\b(?:work out|figure out|calculate|roughly|is that (?:bad|a lot|ok|enough))\b|"
    r"\b(?:odds|chances?)\b|\bget us (?:to|through)\b|\bgets us (?:to|through)\b|\blast us\b",
    re.I,
)
NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
# Money: "£4.50", "£1.2k", "4.50 quid", "27p", "$3".
MONEY = re.compile(
    rf"(?P<sign>[£$€])\s?(?P<a>{NUM})(?P<k>k\b)?|(?<![\w.£$€])(?P<b>{NUM})\s?(?P<unit>quid|pounds?|"
    r"bucks|dollars?|euros?)\b|(?<![\w.£$€])(?P<p>\d+(?:\.\d+)?)\s?p\b(?!\.?m\b)",
    re.I,
)
HEDGE = r"(?:(?:about|around|roughly|maybe|like|approx|approximately|say|probably|only|just) )?"
PERIODS = {
    "day": 1.0,
    "night": 1.0,
    "week": 7.0,
    "fortnight": 14.0,
    "month": 365 / 12,
    "year": 365.0,
}
PERIOD = r"(?P<per>day|night|week|fortnight|month|year)"
EVERY = r"(?:a|an|per|every|each|/)\s?"
PEOPLE = re.compile(
    r"\b(?P<n>\d{1,3}) of us\b|\bwe(?:'re| are) (?P<m>\d{1,3})\b(?! \w+ing\b)|"
    r"\b(?:between|among|amongst|split|divided by)(?: the)? (?P<o>\d{1,3})\b|\b(?P<w>\d{1,3}) "
    r"ways\b|"
    r"\b(?P<q>\d{1,3}) (?:people|flatmates|housemates|friends|adults)\b",
    re.I,
)
EACH = re.compile(r"\b(?:each|apiece|per (?:person|head)|a head|a person|split|between us)\b", re.I)


def _n(said: str) -> float:
    return float(said.replace(",", ""))


def _money_value(m: re.Match[str]) -> tuple[float, str]:
    if m.group("a"):
        value = _n(m.group("a")) * (1000 if m.group("k") else 1)
        return value, m.group("sign")
    if m.group("b"):
        unit = m.group("unit").lower()
        sign = (
            "$" if unit.startswith(("buck", "dollar")) else "€" if unit.startswith("euro") else "£"
        )
        return _n(m.group("b")), sign
    return _n(m.group("p")) / 100, "£"


def money(value: float, sign: str = "£") -> str:
    """£4.88, 90p, £1,200; pence below a pound."""
    if sign == "£" and 0 < value < 1 and round(value * 100) < 100:
        return f"{value * 100:.1f}".removesuffix(".0") + "p"
    if value >= 1000:
        return f"{sign}{value:,.0f}"
    return f"{sign}{value:,.2f}".removesuffix(".00")


def count(value: float) -> str:
    """1,200; 4.33; 2.9."""
    if abs(value - round(value)) < 1e-9:
        return f"{round(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


TYPED = (
    (re.compile(r"\bwks?\b"), "week"),
    (re.compile(r"\b(?:mths?|mnths?|mos)\b"), "month"),
    (re.compile(r"\byrs?\b"), "year"),
    (re.compile(r"\bh(?:o|w|ow)w? m(?:uch|cuh|uhc|ich|ch|utch)\b"), "how much"),
    (re.compile(r"\bh(?:o|w|ow)w? m(?:any|nay|ny|anny)\b"), "how many"),
    (re.compile(r"\b(?:wat|wot|wht)s\b"), "whats"),
)


def _clean(text: str) -> str:
    text = MENTION.sub(" ", text).lower()
    text = text.replace("’", "'").replace("—", " ").replace("–", " ")
    text = NUMBER_WORD.sub(lambda m: _WORDS[m.group(1)], text)
    text = re.sub(r"\bhalf an? (hour|day|week)\b", r"0.5 \1", text)
    # Shorthand and slips of typing: "per wk", "a mth", "how mcuh", "hw many".
    for said, meant in TYPED:
        text = said.sub(meant, text)
    return re.sub(r"\s+", " ", text).strip()


def _period_after_said(text: str, start: int) -> str:
    m = re.compile(rf"\s*(?:-?ish\s*)?{EVERY}{PERIOD}\b").match(text, start)
    return m.group(0) if m else ""


def _period_after(text: str, start: int) -> str:
    m = re.compile(rf"\s*(?:-?ish\s*)?{EVERY}{PERIOD}\b").match(text, start)
    return m.group("per") if m else ""


def _people(text: str) -> int:
    m = PEOPLE.search(text)
    if not m:
        return 0
    return int(next(g for g in m.groups() if g))


# The period asked for: "how much each a month", "over 3 months", "per year", "monthly".
SPAN = re.compile(
    r"\b(?:over|for|in|across|during)\s+(?:the next |a |the )?(?P<n>\d+(?:\.\d+)?)?\s*"
    r"(?P<per>day|night|week|fortnight|month|year)s?\b",
    re.I,
)
ADVERB = {
    "daily": "day",
    "weekly": "week",
    "monthly": "month",
    "yearly": "year",
    "annually": "year",
}


def _asked_span(question: str) -> tuple[float, str] | None:
    """(how many, period) the question asks the sum over, or None."""
    found = None
    for m in SPAN.finditer(question):
        found = (float(m.group("n") or 1), m.group("per"))
    for m in re.finditer(rf"\b{EVERY}{PERIOD}\b", question):
        found = (1.0, m.group("per"))
    for word, per in ADVERB.items():
        if re.search(rf"\b{word}\b", question):
            found = (1.0, per)
    return found


def _span_said(n: float, per: str) -> str:
    return f"a {per}" if n == 1 else f"{count(n)} {per}s"


def _days_in(n: float, per: str) -> tuple[float, str]:
    """Days in `n` `per`s, and the assumption said ("" when exact)."""
    if per == "month" and n != 12:
        days = round(n * 365 / 12)
        return float(days), f"about {days} days"
    if per == "month":
        return 365.0, ""
    return n * PERIODS[per], ""


# ---------------------------------------------------------------------------------------------
# Power for hours at a rate: "2kW heater on 5 hours a day at 27p per kWh over 3 months".
POWER = re.compile(r"(?<![\w.])(?P<n>\d+(?:\.\d+)?)\s?(?P<u>kw|kilowatts?|w|watts?)\b(?!h)", re.I)
HOURS = re.compile(
    r"(?<![\w.])(?P<n>\d+(?:\.\d+)?)\s?(?:hours?|hrs?|h)\b(?:\s*(?:a|an|per|every|each)\s+"
    r"(?P<per>day|night|week))?",
    re.I,
)
MINUTES = re.compile(
    r"(?<![\w.])(?P<n>\d+(?:\.\d+)?)\s?(?:minutes?|mins?)\b(?:\s*(?:a|an|per|every|each)\s+"
    r"(?P<per>day|night|week))?",
    re.I,
)
UNIT_RATE = re.compile(
    r"\s*(?:a|an|per|/|for each|for a|each)\s?(?:kwh|unit|kilowatt[- ]hour)\b", re.I
)


def _unit(minutes: bool, n: float) -> str:
    return ("minute" if minutes else "hour") + ("" if n == 1 else "s")


def _energy(text: str) -> Worked | None:
    power = POWER.search(text)
    if not power or not re.search(r"\b(?:cost|costs|price|spend|pay|how much|kwh|p|£)\b", text):
        return None
    watts = _n(power.group("n")) * (1000 if power.group("u").startswith("k") else 1)
    if not 0 < watts <= 50_000:
        return None
    kw = watts / 1000
    rate = next(
        (m for m in MONEY.finditer(text) if UNIT_RATE.match(text, m.end())),
        None,
    )
    hours = HOURS.search(text) or MINUTES.search(text)
    if not hours:
        return Worked("", need="how many hours a day it is on")
    if not rate:
        return Worked("", need="what you pay per kWh (it is on your bill, in pence per unit)")
    price, sign = _money_value(rate)
    h = _n(hours.group("n")) / (60 if hours.re is MINUTES else 1)
    per = hours.group("per") or "day"
    kwh = kw * h
    cost = kwh * price
    power_said = f"{count(kw)} kW" if watts >= 1000 else f"{count(watts)} W"
    working = (
        f"{power_said} for {count(_n(hours.group('n')))} "
        f"{_unit(hours.re is MINUTES, _n(hours.group('n')))} "
        f"is {count(round(kwh, 3))} kWh a {per}, and at "
        f"{money(price, sign)} a kWh that is {money(cost, sign)} a {per}"
    )
    asked = _asked_span(text[hours.end() :].replace(rate.group(0), " "))
    if asked and asked[1] != per:
        n, span = asked
        if per == "day":
            days, assumed = _days_in(n, span)
            total = cost * days
            said = _span_said(n, span) + (f" ({assumed})" if assumed else "")
        else:  # hours a week
            weeks = n * PERIODS[span] / 7
            total = cost * weeks
            said = _span_said(n, span) + (
                f" (about {count(round(weeks, 2))} weeks)" if span != "week" else ""
            )
        about = "about " if "about" in said or span in ("month", "year") else ""
        working += f"; over {said}, {about}{money(total, sign)}"
        return Worked(working, f"{about}{money(total, sign)}")
    if asked and asked[0] != 1:
        n = asked[0]
        working += f"; over {count(n)} {per}s, {money(cost * n, sign)}"
        return Worked(working, money(cost * n, sign))
    return Worked(working, f"{money(cost, sign)} a {per}")


# ---------------------------------------------------------------------------------------------
# A cost that recurs: "loo roll pack of 9 is £4.50, we go through one pack a week", "coffee is
# £3.20 and i have 2 a day", "we spend £12 a week on milk", "£11.44 an hour, 16 hours a week".
RATE = re.compile(
    rf"(?<![\w.£$€])(?P<n>\d+(?:\.\d+)?|a|"
    rf"an)\s+(?:(?P<thing>[a-z]+)\s+)?(?:-?ish\s+)?{EVERY}{PERIOD}\b",
    re.I,
)
COST_ASKED = re.compile(
    r"\bhow much\b|\bwhat(?:'s|s| is| does| do| would| will)? (?:that |it |this |we |i )?"
    r"(?:cost|spend|come to|add up to|pay|earn|make)\b|\bcost\b|\bwhat(?:'s|s| is)\b",
    re.I,
)


UNEVEN = re.compile(
    r"\b(?:but|except|apart from|didn'?t|doesn'?t|don'?t|won'?t|isn'?t|never|"
    r"only (?:comes|came|uses|used|pays|paid|drinks|drank|eats|ate|stays|stayed|is|was))\b",
    re.I,
)
PACK = re.compile(
    r"\b(?P<box>pack|box|bag|tub|roll|case|crate|bundle|multipack|tray|carton|jar|tin|packet)s? of "
    r"(?P<n>\d+)\b|\b(?P<m>\d+)[- ]?(?:pack|pk)\b|(?<![\w.£$€])(?P<f>\d+) for [£$€\d]|"
    r"[£$€][\d.]+ for (?:a |an )?(?:pack |box |bag )?(?:of )?(?P<g>\d+)\b"
)


def _recurring(text: str) -> Worked | None:
    if not COST_ASKED.search(text):
        return None
    monies = list(MONEY.finditer(text))
    if len(monies) != 1:
        return None
    m = monies[0]
    price, sign = _money_value(m)
    if not price:
        return None
    per = _period_after(text, m.end())
    rest = text[: m.start()] + " " * len(m.group(0)) + text[m.end() :]
    if per:
        per_cost = price
        said = f"{money(price, sign)} a {per}"
        rate_span = (m.start(), m.end() + len(_period_after_said(text, m.end())))
        a, b = rate_span
        others = list(RATE.finditer(text[:a] + " " * (b - a) + text[b:]))
        days = re.search(
            r"(?<![\w.])(?P<d>[1-7]) (?:days?|times|x|shifts?|sessions?) (?:a|per|every) week\b",
            text,
        )
        if per == "day" and days and len(others) == 1:
            # "£5.60 a day, 4 days a week": a week is 4 of those days.
            d = int(days.group("d"))
            per_cost, per = price * d, "week"
            said = (
                f"{money(price, sign)} a day for {d} days a week ({money(per_cost, sign)} a week)"
            )
            rate_span = (min(a, days.start()), max(b, days.end()))
        elif others:
            return None  # another rate beside the cost's own: which applies is not sure
    else:
        rates = [
            r
            for r in RATE.finditer(rest)
            if r.group("thing") not in ("hour", "hours", "hr", "hrs", "kwh", "minute", "minutes")
        ]
        if len(rates) != 1:
            return None
        r = rates[0]
        many = 1.0 if r.group("n") in ("a", "an") else _n(r.group("n"))
        thing = r.group("thing")
        priced_after = re.match(r"\s*(?:at|@)\s*$", text[r.end() : m.start()])
        if (
            thing
            and thing not in ("of", "times")
            and not priced_after
            and not re.search(
                rf"\b{re.escape(thing.rstrip('s'))}", text[: r.start()] + text[r.end() :]
            )
        ):
            return None  # "2 kids a week": no price of a kid said
        per = r.group("per")
        if _people(text) and r.group("n").isdigit() and int(r.group("n")) == _people(text):
            return None
        per_cost = price * many
        thing_said = f" {thing}" if thing and thing not in ("of", "times") else ""
        pack = PACK.search(text)
        size = int(next((g for g in pack.group("n", "m", "f", "g") if g), 0)) if pack else 0
        box = (pack.group("box") or "pack") if pack else ""
        if pack and size > 1 and not (thing_said and _same(thing, box)):
            # "a pack of 9 is £4.50, we use 2 rolls a week", "pods are £3.50 for 10 and i do 3 a
            # day": the rate is in the things a pack holds, at the pack's price over its size.
            per_cost = price / size * many
            said = (
                f"{count(many)}{thing_said} a {per} at {money(price, sign)} for {size} "
                f"({money(per_cost, sign)} a {per})"
            )
            if abs(per_cost * 100 - round(per_cost * 100)) > 1e-6:
                return None  # a fraction of a penny a day: too fine to say, and a guess to round
        elif many == 1:
            said = f"a{thing_said or 'n item'} a {per} at {money(price, sign)}"
        else:
            said = (
                f"{count(many)}{thing_said} a {per} at {money(price, sign)} "
                f"({money(per_cost, sign)} a {per})"
            )
        rate_span = (min(r.start(), m.start()), max(r.end(), m.end()))
    # The period asked, wherever it is said ("how much each per week if the cleaner is £60 a
    # fortnight"), but for the rate's own.
    a, b = rate_span
    asked = _asked_span(text[:a] + " " * (b - a) + text[b:])
    working = said
    total = per_cost
    span_said = f"a {per}"
    about = ""
    if asked and (asked[1] != per or asked[0] != 1):
        n, span = asked
        factor = n * PERIODS[span] / PERIODS[per]
        if span == "month" and per == "week":
            factor = n * 52 / 12
        if span == "year" and per == "week":
            factor = n * 52
        if span == "year" and per == "month":
            factor = n * 12
        total = per_cost * factor
        inexact = abs(factor * 2 - round(factor * 2)) > 1e-9  # a fortnight is 2 weeks exactly
        about = "about " if inexact else ""
        span_said = _span_said(n, span)
        note = f" (a {span} being about {count(round(factor / n, 2))} {per}s)" if inexact else ""
        working += f" is {about}{money(total, sign)} {'over ' if n != 1 else ''}{span_said}{note}"
    if EACH.search(
        re.sub(r"(?:[£$€]?\d[\d.,]*\s?(?:p|quid|pounds?)?)\s+(?:each|apiece)\b", " ", text)
    ):
        ways = _people(text)
        if not ways:
            return Worked(
                working if working != said or per_cost != price else "",
                need="how many of you share it",
            )
        if ways < 2:
            return None
        each = total / ways
        if UNEVEN.search(text):
            # "theres 3 of us but dave only comes half the time": an even share said as that,
            # and how to weigh it asked.
            even = (
                f"{money(each, sign)}"
                if abs(each * 100 - round(each * 100)) < 1e-6
                else (f"about {money(each, sign)}")
            )
            working += f"; an even split among {ways} of you is {even} each"
            return Worked(working, need="how you want to weigh it, if not evenly")
        about = "about " if about or abs(each * 100 - round(each * 100)) > 1e-6 else ""
        working += f"; among {ways} of you, {about}{money(each, sign)} each"
        return Worked(working, f"{about}{money(each, sign)} each")
    if working == said and (per_cost == price or asked is None):
        return None  # nothing worked out: "it's £12 a week, how much is that"
    over = "over " if asked and asked[0] != 1 else ""
    return Worked(working, f"{about}{money(total, sign)} {over}{span_said}".strip())


# ---------------------------------------------------------------------------------------------
# Things packed in groups: "40 crates with maybe 30 items each", "1 food parcel is roughly 12
# items", "how many parcels".
CONTAINERS = re.compile(
    rf"(?<![\w.£$€])(?P<a>\d+(?:,\d{{3}})*)\s+(?P<box>[a-z]+)\s+(?:with|of|holding|containing|each "
    rf"with|"
    rf"that hold|which hold|each holding)\s+{HEDGE}(?P<b>\d+(?:,\d{{3}})*)\s+(?P<thing>[a-z]+)"
    r"(?:\s+(?:each|in each|apiece|per \w+|a \w+))?",
    re.I,
)
GROUP_OF = (
    rf"\b(?:1|a|an|one|each|every)\s+(?:[a-z]+\s+)?(?P<g1>[a-z]+?)s?\s+(?:is|has|takes|needs|holds|"
    rf"gets|="
    rf"|uses)\s+{HEDGE}(?P<k1>\d+)\s+(?P<t1>[a-z]+)|"
    rf"(?<![\w.])(?P<k2>\d+)\s+(?P<t2>[a-z]+)\s+(?:per|a|an|in a|in each|to a|for a|for each|"
    rf"each)\s+"
    rf"(?:[a-z]+\s+)?(?P<g2>[a-z]+?)s?\b|"
    rf"\b(?P<g3>[a-z]+?)s\s+of\s+(?P<k3>\d+)\b"
)
HOW_MANY = re.compile(r"\bhow many\s+(?P<g>[a-z]+)(?:\s+(?P<h>[a-z]+))?", re.I)


def _asked_said(asked: re.Match[str]) -> str:
    """The things asked of, as said: "hot dogs", "burgers", "food parcels"."""
    nouns = _asked_nouns(asked)
    return f"{nouns[1]} {nouns[0]}" if len(nouns) > 1 else nouns[0]


def _asked_nouns(asked: re.Match[str]) -> list[str]:
    """The things "how many" asks of: "how many parcels is that" -> parcels; "how many food
    parcels" -> parcels, food."""
    first, second = asked.group("g"), asked.group("h") or ""
    if (
        second.endswith("s")
        and not second.endswith("ss")
        and second not in ("is", "was", "does", "has")
    ):
        return [second, first]
    return [first]


def _forms(word: str) -> set[str]:
    word = word.lower()
    forms = {word, word + "s", word + "es"}
    if word.endswith("s"):
        forms.add(word[:-1])
    if word.endswith("es"):
        forms.add(word[:-2])
    if word.endswith("ies"):
        forms.add(word[:-3] + "y")
    return forms


def _same(a: str, b: str) -> bool:
    """Whether two words name the same things: "parcel" and "parcels", "bus" and "buses"."""
    return bool(a) and bool(b) and (a.lower() in _forms(b) or b.lower() in _forms(a))


def _singular(plural: str) -> str:
    if plural.endswith("ies"):
        return plural[:-3] + "y"
    if plural.endswith(("ches", "shes", "sses", "xes", "zes", "uses")):
        return plural[:-2]
    return plural[:-1] if plural.endswith("s") and not plural.endswith("ss") else plural


def _packed(text: str) -> Worked | None:
    asked = HOW_MANY.search(text)
    if not asked:
        return None
    groups = _asked_nouns(asked)
    box = CONTAINERS.search(text)
    if box:
        total = _n(box.group("a")) * _n(box.group("b"))
        thing = box.group("thing")
        a, b = box.group("a"), box.group("b")
        head = f"{a} {box.group('box')} of {b} {thing} is {count(total)} {thing}"
        rest = text[: box.start()] + " " * (box.end() - box.start()) + text[box.end() :]
    else:
        return None
    if any(_same(g, thing) or _same(g, box.group("box")) for g in groups):
        return Worked(head, f"{count(total)} {thing}")
    for m in re.finditer(GROUP_OF, rest, re.I):
        g = m.group("g1") or m.group("g2") or m.group("g3")
        k = int(m.group("k1") or m.group("k2") or m.group("k3"))
        t = m.group("t1") or m.group("t2") or thing
        plural = next((a for a in groups if _same(g, a)), "")
        if not plural or not _same(t, thing) or not k:
            continue
        whole, left = divmod(int(total), k)
        working = f"{head}, and at {k} a {g} that is {whole:,} {plural}"
        if left:
            working += f", with {left} {thing} over"
        return Worked(working, f"{whole:,} {plural}")
    return None


# So many to a group: "how many tables for 70 guests if each table seats 8" (every guest sat:
# the last table part full), "200 cupcakes and boxes of 12", "48 eggs and each cake takes 3
# eggs" (only whole cakes: the rest over).
PERSONS = (
    r"people|guests|kids|children|adults|pupils|students|passengers|runners|volunteers|players|"
    r"visitors|families|folk|folks|of us"
)
PER_GROUP = re.compile(
    r"\b(?:each|every|a|an|1|one|per)\s+(?P<g>[a-z]+)\s+(?:only\s+)?(?:can\s+)?(?P<v>takes?|seats?|"
    r"holds?|fits?|carries|carry|sits?|has room for|uses?|needs?)\s+"
    + HEDGE
    + r"(?P<k>\d+)(?:\s+(?P<t>[a-z]+))?|"
    r"\b(?P<g2>[a-z]+s)\s+of\s+(?P<k2>\d+)\b(?!\s*(?:[a-z]+\s+)?(?:each|a|per)\b)"
)


def _capacity(text: str) -> Worked | None:
    asked = HOW_MANY.search(text)
    if not asked or MONEY.search(text):
        return None
    nouns = _asked_nouns(asked)
    for m in PER_GROUP.finditer(text):
        g = m.group("g") or m.group("g2")
        plural = next((a for a in nouns if _same(g, a)), "")
        if not plural:
            continue
        k = int(m.group("k") or m.group("k2"))
        rest = text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :]
        rest = rest[: asked.start()] + " " * (asked.end() - asked.start()) + rest[asked.end() :]
        totals = [
            t
            for t in re.finditer(r"(?<![\w.:/£$€])(?P<n>\d+(?:,\d{3})*)\s+(?P<t>[a-z]+)\b", rest)
            if not re.match(rf"(?:{'|'.join(PERIODS)})s?$|hours?|mins?|minutes?", t.group("t"))
        ]
        if len(totals) != 1 or k < 1:
            return None
        total = totals[0]
        n, thing = int(_n(total.group("n"))), total.group("t")
        if m.group("t") and not _same(m.group("t"), thing):
            return None  # "each cake takes 3 eggs" with 40 cakes of flour: not the same things
        persons = bool(re.fullmatch(PERSONS, thing))
        if thing == "of":
            thing, persons = "of you", True
        verb = (m.group("v") or "").rstrip("s")
        whole, left = divmod(n, k)
        g = _singular(plural)
        head = f"{n:,} {thing} at {k} a {g}"
        if (
            persons
            or verb in ("seat", "hold", "fit", "carrie", "carry", "sit", "has room for")
            or not verb
        ):
            if not left:
                return Worked(f"{head} is {whole:,} {plural}", f"{whole:,} {plural}")
            full = f"{whole:,} full {plural if whole != 1 else g} and {left} over"
            return Worked(f"{head} is {full}, so {whole + 1:,} {plural}", f"{whole + 1:,} {plural}")
        working = f"{head} is {whole:,} {plural}" + (f", with {left} {thing} over" if left else "")
        return Worked(working, f"{whole:,} {plural}")
    return None


# A bill shared unevenly: "the bill was £96 for 6 of us but 2 didnt drink, how much each".
def _uneven(text: str) -> Worked | None:
    monies = list(MONEY.finditer(text))
    if len(monies) != 1 or not UNEVEN.search(text) or not EACH.search(text):
        return None
    if _period_after(text, monies[0].end()):
        return None  # a cost a month: `_recurring`
    ways = _people(text)
    if ways < 2:
        return None
    price, sign = _money_value(monies[0])
    each = price / ways
    even = (
        money(each, sign)
        if abs(each * 100 - round(each * 100)) < 1e-6
        else f"about {money(each, sign)}"
    )
    return Worked(
        f"an even split of {money(price, sign)} among {ways} of you is {even} each",
        need="how you want to weigh it, if not evenly (what the ones left out had)",
    )


# A stock used at a rate: "100 parcels ... we do about 35 a week", "how long will it last".
LASTS = re.compile(
    r"\b(?:last|lasts|get us (?:to|through)|gets us (?:to|through)|how long|enough|"
    r"run out|keep us going)\b",
    re.I,
)


def _lasting(text: str) -> Worked | None:
    if not LASTS.search(text) or MONEY.search(text):
        return None
    stock = re.search(
        rf"(?<![\w.])(?P<n>\d+(?:,\d{{3}})*)\s+(?P<thing>[a-z]+s)\b(?!\s*{EVERY}{PERIOD})", text
    )
    if not stock:
        return None
    used = [
        r
        for r in RATE.finditer(text)
        if r.start() != stock.start() and r.group("n") not in ("a", "an")
    ]
    if len(used) != 1:
        return None
    r = used[0]
    if r.group("thing") and not _same(r.group("thing"), stock.group("thing")):
        return None
    other = re.search(
        r"\b(?:will|does|do|would|can)\s+(?:a|an|the|one|our|my|1)\s+([a-z]+)\s+last\b", text
    )
    if other and not _same(other.group(1), stock.group("thing")):
        return None  # "we have 3 dogs and feed them 2 a day, how long does a bag last"
    n, rate, per = _n(stock.group("n")), _n(r.group("n")), r.group("per")
    if not rate or per not in ("day", "week", "month"):
        return None
    periods = n / rate
    days = n / rate * PERIODS[per]
    thing = stock.group("thing")
    if per == "week":
        if abs(periods - round(periods)) < 0.05:
            long = f"{round(periods)} weeks"
        else:
            near = round(periods)
            side = "just under" if periods < near else "just over"
            long = (
                f"{side} {near} weeks"
                if abs(periods - near) < 0.25
                else f"about {periods:.1f} weeks"
            )
        said = f"{long} (about {round(days)} days)"
    elif per == "day":
        said = f"{count(round(periods, 1))} days"
    else:
        said = f"about {count(round(periods, 1))} months"
    working = f"{count(n)} {thing} at {count(rate)} a {per} last {said}"
    return Worked(working, said)


# ---------------------------------------------------------------------------------------------
# A share of a group: "how many burgers for about 300 people if maybe a third actually want one".
FRACTIONS = {
    "half": (1, 2),
    "a half": (1, 2),
    "a third": (1, 3),
    "1 third": (1, 3),
    "a quarter": (1, 4),
    "1 quarter": (1, 4),
    "2 thirds": (2, 3),
    "3 quarters": (3, 4),
    "a fifth": (1, 5),
    "a tenth": (1, 10),
}
FRACTION = re.compile(
    r"\b(?P<f>a half|half|a third|1 third|a quarter|1 quarter|2 thirds|3 quarters|a fifth|a "
    r"tenth)\b"
    r"|(?<![\w.])(?P<pc>\d{1,3})\s?(?:%|percent|per cent)|\b1 in (?P<one>\d{1,3})\b",
    re.I,
)
CROWD = re.compile(
    rf"\b(?:for|of|feed|feeding|with|expecting|got|have)\s+{HEDGE}(?P<n>\d+(?:,\d{{3}})*)\s+"
    r"(?:people|guests|kids|children|adults|folk|folks|visitors|runners|families|pupils|"
    r"students)\b",
    re.I,
)
SECONDS = re.compile(
    r"\b(?:some|a few|a couple|loads|lots|many|most)\b[^.?!]{0,25}\b(?:2|seconds|more than 1|"
    r"another)\b",
    re.I,
)
EACH_TWO = re.compile(
    r"\b(?:each|every1|everyone|they all)\b[^.?!]{0,15}\b(?:have|has|want|eat|get) (?P<k>\d)\b|"
    r"\b(?P<j>\d) each\b",
    re.I,
)


WANTING = re.compile(
    r"\s*(?:of (?:them|those|us|people|the \w+|all) )?(?:\w+ ){0,2}?(?:want|wants|will|would|eat|"
    r"eats|"
    r"have|has|take|takes|come|comes|turn|turns|show|shows|need|needs|like|likes|get|gets|buy|buys|"
    r"order|orders|drink|drinks)\b"
)


def _portion(text: str) -> Worked | None:
    asked = HOW_MANY.search(text)
    crowd = CROWD.search(text)
    fraction = FRACTION.search(text)
    if not asked or not crowd or not fraction:
        return None
    if MONEY.search(text):
        return None
    if not WANTING.match(text, fraction.end()):
        return None  # "half of them are vegetarian": not a share who want one
    n = _n(crowd.group("n"))
    if fraction.group("f"):
        a, b = FRACTIONS[fraction.group("f").lower()]
        frac_said = fraction.group("f").lower()
        if not frac_said.startswith(("a ", "half")):
            frac_said = (
                frac_said.replace("1 ", "one ").replace("2 ", "two ").replace("3 ", "three ")
            )
    elif fraction.group("pc"):
        a, b = int(fraction.group("pc")), 100
        frac_said = f"{fraction.group('pc')}%"
    else:
        a, b = 1, int(fraction.group("one"))
        frac_said = f"1 in {b}"
        if not b:
            return None
    if a >= b and b != 100:
        return None
    people = n * a / b
    what = _asked_said(asked)
    whole = math.ceil(people - 1e-9)
    about = "" if abs(people - whole) < 1e-9 else "about "
    head = f"{frac_said} of {count(n)} is {about}{whole:,}"
    if SECONDS.search(text[fraction.end() :]):
        working = f"{head}, so {whole:,} {what}, and up to {2 * whole:,} if they all have 2"
        return Worked(
            working,
            f"{whole:,} to {2 * whole:,} {what}",
            need="how many of them you think will have a second",
        )
    own = re.match(
        r"\s*(?:of (?:them|those|us|people|the \w+) )?(?:\w+ ){0,2}?(?:want|wants|eat|eats|have|"
        r"has|"
        r"take|takes|get|gets) (?P<k>\d)\b",
        text[fraction.end() :],
    )
    if own and int(own.group("k")) > 1:
        # "if a quarter of them eat 2 each": the rest are not said; what is sure, and ask.
        k = int(own.group("k"))
        working = f"{head}, so {whole * k:,} {what} for them at {k} each"
        return Worked(working, need="how many the rest will have")
    each = EACH_TWO.search(text[fraction.end() :])
    if each:
        k = int(each.group("k") or each.group("j"))
        if 1 < k < 10:
            working = f"{head}, at {k} each {whole * k:,} {what}"
            return Worked(working, f"{whole * k:,} {what}")
    return Worked(f"{head}, so {whole:,} {what}", f"{whole:,} {what}")


# ---------------------------------------------------------------------------------------------
# Singles and bundles: "tickets at £1 each or 6 for £5 ... half the people bought singles, half
# bought strips ... we sold 900 tickets total".
BUNDLE = re.compile(
    rf"(?<![\w.])(?P<k>\d+)\s+(?:for|4)\s+(?P<m>[£$€]\s?{NUM}|{NUM}\s?(?:quid|pounds?))", re.I
)
SOLD = re.compile(rf"(?<![\w.£$€])(?P<n>{NUM})\s+(?:raffle\s+)?tickets\b", re.I)


def _bundles(text: str) -> Worked | None:
    bundle = BUNDLE.search(text)
    if not bundle or not re.search(r"\btickets?\b|\bstrips?\b|\bbooks?\b", text):
        return None
    if not re.search(r"\bhow much\b|\bwhat did we (?:make|raise|take)\b|\btotal\b|\bmake\b", text):
        return None
    k = int(bundle.group("k"))
    bundle_price, sign = _money_value(next(MONEY.finditer(bundle.group("m"))))
    single = next(
        (
            m
            for m in MONEY.finditer(text)
            if not (bundle.start() <= m.start() < bundle.end())
            and re.match(
                r"\s*(?:each|a ticket|per ticket|a go|for 1|for one|a pop)\b", text[m.end() :]
            )
        ),
        None,
    )
    sold = SOLD.search(text)
    if not single or not sold or k < 2:
        return None
    price, _ = _money_value(single)
    total = _n(sold.group("n"))
    split = re.search(
        r"\b(?P<f>half|a third|a quarter|2 thirds|3 "
        r"quarters)\s+(?:of\s+)?(?:the\s+)?(?P<who>people|buyers|"
        r"folk|folks|tickets|of them|them)?\b[^.?!,]{0,30}\bsingles?\b",
        text,
    )
    if not split:
        return Worked(
            "",
            need=f"how many tickets went as singles and how many in {k}s (or how many people "
            "bought each)",
        )
    a, b = FRACTIONS[split.group("f")]
    f = a / b
    fsaid = split.group("f")
    if split.group("who") == "tickets":
        singles = total * f
        bundles = (total - singles) / k
        made = singles * price + bundles * bundle_price
        about = "about " if abs(bundles - round(bundles)) > 1e-9 else ""
        working = (
            f"{count(singles)} singles at {money(price, sign)} is {money(singles * price, sign)}, "
            f"and "
            f"{count(total - singles)} tickets in {k}s is {about}{count(round(bundles, 1))} at "
            f"{money(bundle_price, sign)}, so {about}{money(made, sign)}"
        )
        return Worked(working, f"{about}{money(made, sign)}")
    per_buyer = f * 1 + (1 - f) * k
    pays = f * price + (1 - f) * bundle_price
    buyers = total / per_buyer
    made = buyers * pays
    if fsaid == "half":
        working = (
            f"with half buying a single at {money(price, sign)} and half {k} for "
            f"{money(bundle_price, sign)}, every 2 buyers take {count(1 + k)} tickets and pay "
            f"{money(price + bundle_price, sign)}, so {count(total)} tickets is about "
            f"{round(buyers)} buyers and about {money(round(made), sign)}"
        )
    else:
        working = (
            f"with {fsaid} buying singles, a buyer takes {count(round(per_buyer, 2))} tickets on "
            f"average and "
            f"pays {money(pays, sign)}, so {count(total)} tickets is about {round(buyers)} buyers "
            f"and "
            f"about {money(round(made), sign)}"
        )
    return Worked(working, f"about {money(round(made), sign)}")


# ---------------------------------------------------------------------------------------------
# A rate from counts: "our odds if we've won 2 of our last 11"; a percentage of an amount.
RECORD = re.compile(
    r"\b(?P<verb>won|win|lost|lose|drew|passed|scored|made|got|hit|missed)\s+(?P<a>\d+)\s+(?:of|"
    r"out of|outta|from|in)\s+"
    r"(?:our|the|my|their|his|her)?\s*(?:last|past|first|previous)?\s*(?P<b>\d+)\b",
    re.I,
)
CHANCE = re.compile(r"\b(?:odds|chances?|likely|likelihood|probability|percent|percentage|%)", re.I)
PERCENT_OF = re.compile(
    rf"(?<![\w.])(?P<pc>\d+(?:\.\d+)?)\s?(?:%|percent|per cent)\s+(?P<how>of|"
    rf"off)\s+(?P<m>[£$€]?\s?{NUM}(?:\s?(?:quid|p))?)",
    re.I,
)


def _odds(text: str) -> Worked | None:
    rec = RECORD.search(text)
    if rec and CHANCE.search(text):
        a, b = int(rec.group("a")), int(rec.group("b"))
        if not 0 <= a <= b or not 1 < b <= 1000:
            return None
        pc = 100 * a / b
        verb = rec.group("verb").lower()
        done = {"win": "won", "lose": "lost"}.get(verb, verb)
        chance = re.search(r"\b(?:odds|chances?|likely|likelihood|probability)\b", text)
        if done == "lost" and chance and re.search(r"\bwin", text):
            working = (
                f"{a} losses in {b} is {pc:.0f}%, so at most {100 - pc:.0f}% to win, if the next "
                f"goes like the last {b}"
            )
            return Worked(working, f"at most {100 - pc:.0f}%")
        working = (
            f"{a} wins in {b} is {pc:.0f}%" if done == "won" else f"{done} {a} of {b} is {pc:.0f}%"
        )
        if a and b / a >= 2 and chance:
            near = b / a
            working += f", about 1 in {count(round(near, 1))}"
        if chance:
            working += f", if the next goes like the last {b}"
        exact = abs(pc - round(pc)) < 1e-9
        return Worked(working, f"{'' if exact else 'about '}{pc:.0f}%")
    m = PERCENT_OF.search(text)
    if m and len(MONEY.findall(text)) > len(MONEY.findall(m.group(0))):
        # "we sold 60% of 500 tickets at £3 each": the share of the count, at its price.
        sold = (
            re.match(r"\s+(?P<thing>[a-z]+s)\s+(?:at|for|@)\s+", text[m.end() :])
            if not MONEY.search(m.group("m"))
            else None
        )
        price = MONEY.match(text, m.end() + sold.end()) if sold else None
        if not price or not re.match(r"\s*(?:each|a \w+|apiece)\b", text[price.end() :]):
            return None
        value, sign = _money_value(price)
        pc, n = float(m.group("pc")), _n(m.group("m"))
        part = n * pc / 100
        if abs(part - round(part)) > 1e-9:
            return None
        thing = sold.group("thing")
        total = money(part * value, sign)
        working = (
            f"{count(pc)}% of {count(n)} {thing} is {count(part)}, and at {money(value, sign)} "
            f"each {total}"
        )
        return Worked(working, total)
    if m and ASKED.search(text):
        pc = float(m.group("pc"))
        found = MONEY.search(m.group("m"))
        if found:
            value, sign = _money_value(found)
        else:
            value, sign = _n(m.group("m").strip()), ""
        part = value * pc / 100
        shown = money if sign else (lambda v, s="": count(round(v, 2)))
        if m.group("how") == "of":
            return Worked(
                f"{count(pc)}% of {shown(value, sign)} is {shown(part, sign)}", shown(part, sign)
            )
        return Worked(
            f"{count(pc)}% off {shown(value, sign)} is {shown(part, sign)} off, so "
            f"{shown(value - part, sign)}",
            shown(value - part, sign),
        )
    return None


# ---------------------------------------------------------------------------------------------
# A digit lock: "we just try every combo on a 4 digit lock, is that bad".
LOCK = re.compile(
    r"\b(?P<n>\d{1,2})[- ]?(?P<kind>digit|number|letter)\s+(?:combination\s+|"
    r"combo\s+)?(?P<what>lock|padlock|code|pin|combination|combo|passcode|password)s?\b",
    re.I,
)
LOCK_ASKED = re.compile(
    r"\b(?:combos?|combinations?|possib\w+|how many|how long|try (?:every|all|each)|guess|crack|"
    r"brute|bad|safe|secure|enough)\b",
    re.I,
)


def _duration(seconds: float) -> str:
    if seconds < 90:
        return f"{round(seconds)} seconds"
    if seconds < 90 * 60:
        return f"about {round(seconds / 60)} minutes"
    hours = seconds / 3600
    if hours < 48:
        whole = math.floor(hours)
        half = "½" if 0.25 <= hours - whole < 0.75 else ""
        whole = whole + 1 if hours - whole >= 0.75 else whole
        return f"about {whole}{half} hours"
    days = hours / 24
    if days < 730:
        return f"about {round(days):,} days"
    return f"about {round(days / 365):,} years"


TRIES = re.compile(
    r"(?<![\w.])(?P<k>\d+(?:\.\d+)?) (?:tries|guesses|goes|attempts|combos) (?:a|an|per|every) "
    r"(?P<u>second|minute|hour)\b|\b(?:a|1|one) (?:try|guess|go|attempt) (?:every|each) "
    r"(?P<s>\d+(?:\.\d+)?) ?(?P<v>seconds?|secs?|minutes?|mins?)\b"
)


def _lock(text: str) -> Worked | None:
    m = LOCK.search(text)
    if not m or not LOCK_ASKED.search(text):
        return None
    n = int(m.group("n"))
    if not 1 <= n <= 12:
        return None
    base = 26 if m.group("kind").lower() == "letter" else 10
    combos = base**n
    times = " × ".join([str(base)] * n) if n <= 6 else f"{base} to the power {n}"
    pace = TRIES.search(text)
    if pace and pace.group("k"):
        unit = {"second": 1, "minute": 60, "hour": 3600}[pace.group("u")]
        every = unit / max(_n(pace.group("k")), 1e-9)
        said = f"at {pace.group('k')} tries a {pace.group('u')}"
    elif pace:
        every = _n(pace.group("s")) * (60 if pace.group("v").startswith("min") else 1)
        said = f"at a try every {pace.group('s')} {pace.group('v')}"
    else:
        every, said = 2.0, "at a try every 2 seconds"
    working = (
        f"a {n}-{m.group('kind').lower()} {m.group('what').lower()} has {times} = {combos:,} "
        f"combinations; {said} that is {_duration(combos * every)} to try them all"
        f", half that on average"
    )
    return Worked(working, f"{combos:,} combinations")


# ---------------------------------------------------------------------------------------------
# Calories of a run by its rule of thumb: about 1 kcal per kg of the runner per km.
RUN_DISTANCE = re.compile(
    r"(?<![\w.])(?P<n>\d+(?:\.\d+)?)\s?(?P<u>k|km|kms|kilometers?|kilometres?|miles?|mi)\b|"
    r"\b(?P<name>half marathon|marathon|parkrun)\b",
    re.I,
)
WEIGHT = re.compile(r"(?<![\w.])(?P<n>\d{2,3}(?:\.\d)?)\s?(?P<u>kg|kgs|kilos?|stone|st)\b", re.I)


def _calories(text: str) -> Worked | None:
    if not re.search(r"\b(?:calories|cals|kcal|calorie)\b", text):
        return None
    if re.search(r"\b(?:walk|walking|walked|cycle|cycling|bike|swim|swimming|row|rowing)\b", text):
        return None
    if not re.search(r"\b(?:run|running|ran|jog|jogging|5k|10k|parkrun|marathon|race)\b", text):
        return None
    d = RUN_DISTANCE.search(text)
    if not d:
        return None
    if d.group("name"):
        km = {"half marathon": 21.1, "marathon": 42.2, "parkrun": 5.0}[d.group("name").lower()]
        dist_said = f"a {d.group('name').lower()} ({count(km)} km)"
    else:
        km = _n(d.group("n"))
        if d.group("u").lower().startswith("mi"):
            km *= 1.609
            dist_said = f"{count(_n(d.group('n')))} miles ({km:.1f} km)"
        else:
            dist_said = f"{count(km)} km"
    if not 0 < km <= 250:
        return None
    w = WEIGHT.search(text)
    if w:
        kg = _n(w.group("n")) * (6.35 if w.group("u").lower().startswith("st") else 1)
        kcal = round(km * kg, -1)
        working = (
            f"the rule of thumb is about 1 kcal per kg per km, so {dist_said} at "
            f"{count(round(kg))} kg "
            f"is about {kcal:,.0f} kcal"
        )
        return Worked(working, f"about {kcal:,.0f} kcal")
    kcal = round(km * 70, -1)
    working = (
        f"the rule of thumb is about 1 kcal per kg of you per km, so {dist_said} is about "
        f"{kcal:,.0f} kcal for someone of 70 kg ({count(round(km, 1))} × your weight in kg)"
    )
    return Worked(working, f"about {kcal:,.0f} kcal")


# A time of leaving and a journey's length, and when it gets in asked: "if the budapest -
# ljubljana train is 8h 40m and leaves 7:05 when do we arrive".
LEAVES_AT = re.compile(
    r"\b(?:leaves|leaving|departs|departing|goes|setting off|set off|starts?|at)\s+(?:at\s+)?"
    r"(?P<h>\d{1,2})[:.](?P<m>\d{2})\s*(?P<ap>am|pm)?\b",
    re.I,
)
JOURNEY_LENGTH = re.compile(
    r"\b(?P<h>\d{1,2})\s*(?:h|hrs?|hours?)\b(?:\s*(?:and\s*)?(?P<m>\d{1,2})\s*"
    r"(?:m|mins?|minutes?)\b)?|\b(?P<only>\d{1,3})\s*(?:mins?|minutes?)\b",
    re.I,
)
ARRIVAL_ASKED = re.compile(
    r"\bwhen (?:do|will|would|does|shall) (?:we|it|i|you|they|he|she) (?:arrive|get in|get there|"
    r"land|get to)\b|\bwhat time (?:do|will|would|does) (?:we|it|i|you|they) (?:arrive|get|land)\b|"
    r"\b(?:arrival|arrive at|eta)\b",
    re.I,
)


def _arrival(text: str) -> Worked | None:
    if not ARRIVAL_ASKED.search(text):
        return None
    leaves = LEAVES_AT.search(text)
    if not leaves:
        return None
    lasts = [m for m in JOURNEY_LENGTH.finditer(text) if m.start() != leaves.start("h")]
    if len(lasts) != 1:
        return None
    hour, minute = int(leaves.group("h")), int(leaves.group("m"))
    ap = (leaves.group("ap") or "").lower()
    if minute > 59 or hour > 23 or (ap and not 1 <= hour <= 12):
        return None
    hour = hour % 12 + (12 if ap == "pm" else 0) if ap else hour
    took = lasts[0]
    if took.group("only"):
        length = int(took.group("only"))
        said = f"{length} minutes"
    else:
        length = int(took.group("h")) * 60 + int(took.group("m") or 0)
        said = (
            f"{took.group('h')} h {took.group('m')} min"
            if took.group("m")
            else (f"{took.group('h')} hours")
        )
    if not 0 < length < 48 * 60:
        return None
    start = hour * 60 + minute
    end = start + length
    days = end // (24 * 60)
    at = f"{end % (24 * 60) // 60:02d}:{end % 60:02d}"
    later = {0: "", 1: " the next day"}.get(days, f" {days} days later")
    return Worked(
        working=f"leaving at {hour:02d}:{minute:02d}, {said} on is {at}{later}, if it runs to time",
        number=f"{at}{later}",
    )


# A price and its cost, with the margin asked: "a flat white costs us about 62p in ingredients
# and we sell at £3.40, whats the margin".
MARGIN_ASKED = re.compile(r"\b(?:margin|markup|mark-up|profit)\b", re.I)
SOLD_AT = re.compile(r"\b(?:sell|sells|selling|sold|charge|charging|price)\b", re.I)
COSTS = re.compile(r"\b(?:costs?|cost us|costing)\b", re.I)


def _margin(text: str) -> Worked | None:
    if not MARGIN_ASKED.search(text):
        return None
    sums = list(MONEY.finditer(text))
    cost_said, sold_said = COSTS.search(text), SOLD_AT.search(text)
    if len(sums) != 2 or not cost_said or not sold_said:
        return None
    # The cost is the sum said after "costs", the price the one after "sell".
    after = {
        m: next((s for s in sums if s.start() > m.start()), None) for m in (cost_said, sold_said)
    }
    cost, price = after[cost_said], after[sold_said]
    if cost is None or price is None or cost is price:
        return None
    (c, sign), (p, _) = _money_value(cost), _money_value(price)
    if not 0 < c < p:
        return None
    profit = p - c
    return Worked(
        working=(
            f"{money(p, sign)} less {money(c, sign)} is {money(profit, sign)} on each: a margin of "
            f"{profit / p:.0%} of the price, or a markup of {profit / c:.0%} on the cost"
        ),
        number=f"{profit / p:.0%}",
    )


# What a thing is worth after years of losing (or gaining) a share a year: "20% a year on a
# £12,000 van, whats it worth after 3 years".
YEARLY_RATE = re.compile(r"(?P<r>\d{1,2}(?:\.\d+)?)\s?%\s*(?:a|per|each|every)\s*year\b", re.I)
AFTER_YEARS = re.compile(r"\bafter (?P<n>\d{1,2}|one|two|three|four|five|ten) years?\b", re.I)
LOSING = re.compile(r"\b(?:reducing|declining|depreciat\w*|loses?|losing)\b", re.I)
GAINING = re.compile(r"\b(?:interest|compound\w*|grows?|growing|gains?|savings?)\b", re.I)


def _yearly(text: str) -> Worked | None:
    rate, years = YEARLY_RATE.search(text), AFTER_YEARS.search(text)
    sums = list(MONEY.finditer(text))
    if not rate or not years or len(sums) != 1:
        return None
    straight = "straight line" in text.lower() or "straight-line" in text.lower()
    losing, gaining = bool(LOSING.search(text)) or straight, bool(GAINING.search(text))
    if losing == gaining:
        return None
    value, sign = _money_value(sums[0])
    r = _n(rate.group("r")) / 100
    n = int(_WORDS.get(years.group("n").lower(), years.group("n")))
    if not 0 < r < 1 or not 1 <= n <= 10 or value <= 0:
        return None
    if straight:
        # Straight line: the same share of what it cost comes off each year.
        each = round(value * r, 2)
        steps = [money(round(max(value - each * (i + 1), 0), 2), sign) for i in range(n)]
        said = ", then ".join(steps) if n <= 4 else f"{steps[0]} after a year"
        return Worked(
            working=(
                f"{money(value, sign)} less {rate.group('r')}% of what it cost, "
                f"{money(each, sign)}, each year: {said}, so {steps[-1]} after {n} "
                f"year{'s' if n > 1 else ''}"
            ),
            number=steps[-1],
        )
    steps, worth = [], value
    for _ in range(n):
        worth *= (1 - r) if losing else (1 + r)
        steps.append(money(round(worth, 2), sign))
    how = "less" if losing else "plus"
    left = "left" if losing else "there"
    said = ", then ".join(steps) if n <= 4 else f"{steps[0]} after a year"
    return Worked(
        working=(
            f"{money(value, sign)} {how} {rate.group('r')}% a year on what is {left} each year: "
            f"{said}, so about {steps[-1]} after {n} year{'s' if n > 1 else ''}"
        ),
        number=f"about {steps[-1]}",
    )


# How many of a thing of some minutes each fit in a time: "if each song is about 3 and a half
# min plus 30 sec of us faffing between songs how many fit in 25 min".
FIT_ASKED = re.compile(
    r"\bhow many (?:\w+ )?(?:fit|can we (?:fit|do|play|get through|squeeze in))\b.*?\bin "
    r"(?:an? |the )?(?P<t>\d+(?:\.\d+)?|half an|an)\s*(?P<u>min(?:ute)?s?|hours?|hrs?)\b",
    re.I,
)
GO_LENGTH = re.compile(
    r"(?P<n>\d+(?:\.\d+)?)(?P<half> and a half|½)?\s*(?P<u>min(?:ute)?s?|secs?|seconds?)\b", re.I
)


def _fit(text: str) -> Worked | None:
    asked = FIT_ASKED.search(text)
    if not asked:
        return None
    spans = list(GO_LENGTH.finditer(text[: asked.start()]))
    if not 1 <= len(spans) <= 2:
        return None
    t = asked.group("t").lower()
    total = {"half an": 0.5, "an": 1.0}.get(t) or _n(t)
    total *= 60 if asked.group("u").lower().startswith(("h", "hr")) else 1
    each, said = 0.0, []
    for m in spans:
        n = _n(m.group("n")) + (0.5 if m.group("half") else 0)
        minutes = n / 60 if m.group("u").lower().startswith("s") else n
        each += minutes
        said.append(
            f"{count(n)} {'seconds' if m.group('u').lower().startswith('s') else 'minutes'}"
        )
    if not 0 < each <= total:
        return None
    fits = int(total // each + 1e-9)
    spare = total - fits * each
    over = round(spare, 2)
    rest = f", with {count(over)} minute{'' if over == 1 else 's'} over" if spare > 1e-9 else ""
    return Worked(
        working=(
            f"{' and '.join(said)} is {count(round(each, 2))} minutes a go, so {fits} fit in "
            f"{count(total)} minutes{rest}"
        ),
        number=f"{fits}",
    )


# A sum shared by the hours each put in: "tips jar was £186.40 split between 4 of us ... how do
# we do it fair by hours? me 18, luis 22, tasha 20, gemma 30".
BY_HOURS = re.compile(r"\bby (?:the )?(?:hours|shifts)\b|\bper hour worked\b", re.I)
HOURS_OF = re.compile(r"\b(?P<who>me|i|[a-z][a-z'-]{1,15})\s*[:=-]?\s*(?P<h>\d{1,3})\b", re.I)


def _by_hours(text: str) -> Worked | None:
    said = BY_HOURS.search(text)
    sums = list(MONEY.finditer(text))
    if not said or len(sums) != 1:
        return None
    pot, sign = _money_value(sums[0])
    shares = [
        (m.group("who").lower(), int(m.group("h")))
        for m in HOURS_OF.finditer(text[said.end() :])
        if m.group("who").lower() not in ("of", "us", "by", "in", "the", "and", "for", "did")
    ]
    if len(shares) < 2 or len({who for who, _ in shares}) != len(shares):
        return None
    hours = sum(h for _, h in shares)
    if not hours:
        return None
    each = ", ".join(
        f"{'you' if who in ('me', 'i') else who} {money(round(pot * h / hours, 2), sign)}"
        for who, h in shares
    )
    return Worked(
        working=(
            f"{money(pot, sign)} over {hours} hours is {money(round(pot / hours, 4), sign)} an "
            f"hour: {each}"
        ),
        number=each,
    )


READERS = (
    _arrival,
    _margin,
    _yearly,
    _fit,
    _by_hours,
    _lock,
    _calories,
    _odds,
    _energy,
    _bundles,
    _packed,
    _portion,
    _lasting,
    _recurring,
    _capacity,
    _uneven,
)


# How to work a sum out, not the sum: "how do i work out 15 percent of 80 in my head".
METHOD = re.compile(
    r"\bhow (?:do|can|should|would|could) (?:i|we|you|u|one|people) (?:work out|figure out|"
    r"calculate|"
    r"do|find|estimate|reckon)\b|\bhow to (?:work out|figure out|calculate|do|find|estimate)\b|"
    r"\bin (?:my|your|ur|our|their) heads?\b|\b(?:trick|method|formula|way) (?:to|for)\b",
    re.I,
)


def word_sum(text: str) -> Worked | None:
    """The everyday sum `text` asks, worked (see the module's shapes), or None."""
    text = _clean(text[:600])
    asked = ASKED.search(text) or ARRIVAL_ASKED.search(text)
    # ("how do we do it fair by hours? me 18, luis 22" asks the shares, not how to work them)
    method = METHOD.search(text) and not BY_HOURS.search(text)
    if not asked or not re.search(r"\d|marathon|parkrun", text) or method:
        return None
    for reader in READERS:
        found = reader(text)
        if found:
            return found
    return None


def working_of(text: str) -> str:
    """The working, with a sentence's first letter raised, or ""."""
    found = word_sum(text)
    return found.working if found else ""


JUST_NUMBER = re.compile(
    r"\bjust (?:the|a|give me the|gimme the) (?:number|figure|total|answer|result|amount)\b|"
    r"\b(?:not|without|skip|no need for) the working\b|\bno working\b|\bbottom line\b|"
    r"\bjust the (?:final )?(?:number|figure|answer)\b",
    re.I,
)


def just_the_number(text: str) -> bool:
    """Whether `text` asks for only the result of a sum asked before."""
    return bool(JUST_NUMBER.search(text))


MONEY_RESULT = re.compile(r"(?:about |just (?:under|over) )?[£$€]\d[\d,]*(?:\.\d\d)?(?: each)?")


def money_result(reply: str) -> str:
    """The last sum of money a worked reply comes to ("about £245.70" of "... £2.70 a day; over
    3 months (about 91 days), about £245.70."), or ""."""
    found = MONEY_RESULT.findall(reply)
    return found[-1] if found else ""
