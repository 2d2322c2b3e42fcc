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
- two ways of paying compared: a pass, card or membership against paying as you go ("global
  pass is €379 ... 8 trains ... each ticket maybe €45-60. which is cheaper"), with a price that
  is a range, where they break even, and reservations or fees on some of the goes; a price a
  month against a price a year; which size is better value (per 100g, a litre, each);
- a score rising by a steady step and a mark to reach ("58% on mock 1 and 64% on mock 2 and the
  pass mark is 70, am i on track"); a figure now, a steady rate and a target (savings, weight);
- percentages: so many out of so many, a rise or drop from one figure to another, VAT taken out
  of a price or added, discounts one after another, a tip on a bill and shared;
- an average of figures listed; a recipe scaled from so many to so many; money at a rate given;
  a journey's time from its distance and speed, or its distance from a speed and a time.
- a kitty less what was spent ("6 of us chipped in £14 each, card was £3.50 and flowers £42,
  what's left"); a bill by shares when someone has a half or a double share (and owes a sum on
  top); marks over papers as one percentage, and what the last paper needs for an overall mark;
  pay for shifts of so many hours at an hourly rate, with an uplift; everyone with everyone else
  once (pairs, or each to each); the chance of a roll on a die, with advantage or disadvantage.

For the one who does a group's sums, and after the readers above (`stepped`, `sum_read`): sums
of two or three steps read by their parts, each figure with its unit and its part (a total, a sum
added or taken off, a percentage off or on, a target, those who share it, a price by the week or
the term, a tank's sides), folded in the order said ("15% off the £340 coach, split between 17 of
us": "£340 less 15% is £289; between 17 of you, £17 each"); two prices and the share at one of
them; a league table's most points.

A follow-up that changes or adds a figure ("ok make it 1 min of faffing", "redo it with €15
reservations on 5 of the trains", "and with a 10% discount") is the sum before asked again with it
(`redone`, `redo`); a figure it cannot place among several of its kind is asked about. A part put
in and the rest shared ("nan puts in £10 and the rest is split 3 ways") is of the total given
before, asked as a sum or not.

`word_sum` returns a `Worked`: the working in one short line (`working`), the bare result
(`number`, for "just the number"), and, when a figure is missing, what to ask for (`need`; the
working is then only the part that is sure, or empty). None when the message asks none of
these: a number in a message is no sum ("see you at 7", "week 4 done").
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache

from bots.fold import folded, found_by
from bots.odds import chance_of
from bots.placed import PERCENT_ASKED
from bots.reckon import (
    ALTERNATIVE,
    CHEAPER_ASKED,
    CUT_TAKEN,
    FOREIGN,
    FOREIGN_RATE,
    FOREIGN_WORDS,
    alternatives,
    days_redone,
    money,
    per_day_of,
    priced_apart,
    units_of,
    units_redone,
)


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
ASKED = folded(
    r"\?|\bhow (?:much|many|long|far)\b|\bwhat(?:'s|s| is| are| does| do| did| would| will)\b|"
    r"\b(?:work out|figure out|calculate|roughly|is that (?:bad|a lot|ok|enough))\b|"
    r"\b(?:odds|chances?)\b|\bget us (?:to|through)\b|\bgets us (?:to|through)\b|\blast us\b|"
    # "which is cheaper", "am i on track", "when will i hit £1000", "is the pass worth it"
    r"\bwhich(?: 1| option| way| deal)?(?:'s| is| would be| works out| comes out)?\s+(?:cheaper|"
    r"cheapest|better|best|less)\b|\bcheaper\b|\bon track\b|\bworth it\b|\bbetter (?:value|deal)\b|"
    r"\bbreak[- ]?even\b|\bwhen (?:will|would|do|should|can) (?:i|we)\b|"
    r"\bwhat (?:%|percent|percentage|per cent)|\bas an? (?:%|percent|percentage)|"
    r"\bscale (?:it |this |that )?(?:up |down )?to\b",
    re.I,
)
# A sum put as a question to the one who does a group's sums: as asked above, or "can we still",
# "do we make it", "each" ("we've lost 6 won 3 drawn 1 ... can we still get past 9th").
SUM_PUT = folded(
    rf"{ASKED.pattern}|\b(?:how fast|what time|can we|do we|will we|are we|is it|redo|each)\b",
    re.I,
)
NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
# Money: "£4.50", "£1.2k", "4.50 quid", "27p", "$3".
MONEY = folded(
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
PEOPLE = folded(
    r"\b(?P<n>\d{1,3}) of us\b|\bwe(?:'re| are) (?P<m>\d{1,3})\b(?! \w+ing\b)|"
    r"\b(?:between|among|amongst|split|divided by)(?: the)? (?P<o>\d{1,3})\b|\b(?P<w>\d{1,3}) "
    r"ways\b|"
    r"\b(?P<q>\d{1,3}) (?:people|flatmates|housemates|friends|adults)\b",
    re.I,
)
EACH = folded(r"\b(?:each|apiece|per (?:person|head)|a head|a person|split|between us)\b", re.I)


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


def count(value: float) -> str:
    """1,200; 4.33; 2.9."""
    if abs(value - round(value)) < 1e-9:
        return f"{round(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


TYPED = (
    (re.compile(r"\bwks?\b"), "week"),
    (re.compile(r"\b(?:mths?|mnths?|mos)\b"), "month"),
    (re.compile(r"\byrs?\b"), "year"),
    (re.compile(r"\bh(?:o|w|ow)w?s? m(?:uch|cuh|uhc|ich|ch|utch)\b"), "how much"),
    (re.compile(r"\bh(?:o|w|ow)w? m(?:any|nay|ny|anny)\b"), "how many"),
    (re.compile(r"\b(?:wat|wot|wht)s\b"), "whats"),
    (re.compile(r"\b(?:wat|wot|wht)\b"), "what"),
    (re.compile(r"\bs(?:vae|aev|av)\b"), "save"),
    (re.compile(r"\bw(?:ich|hcih|hihc)\b"), "which"),
    (re.compile(r"\bche(?:eper|aepr|pear)\b"), "cheaper"),
    (re.compile(r"\ba(?:vrage|varage|verge|vergae)\b"), "average"),
)


def _clean(text: str) -> str:
    text = MENTION.sub(" ", text).lower()
    # "€45–60": a range, as "€45-60"; a dash elsewhere is a pause.
    text = re.sub(r"(\d)\s?[–—]\s?(?=[£$€]?\d)", r"\1-", text)
    text = text.replace("’", "'").replace("—", " ").replace("–", " ")
    text = NUMBER_WORD.sub(lambda m: _WORDS[m.group(1)], text)
    text = re.sub(r"\bhalf an? (hour|day|week)\b", r"0.5 \1", text)
    return re.sub(r"\s+", " ", typed(text)).strip()


def typed(text: str) -> str:
    """`text` (lower case) with shorthand and slips of typing mended: "per wk", "a mth", "how
    mcuh", "hw many", "wat time"."""
    if not TYPED_ANY.search(text):
        return text  # (most messages: nothing to mend)
    for said, meant in TYPED:
        text = said.sub(meant, text)
    return text


# Any of the slips above, looked for once.
TYPED_ANY = re.compile("|".join(f"(?:{said.pattern})" for said, _ in TYPED))


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
SPAN = folded(
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
POWER = folded(r"(?<![\w.])(?P<n>\d+(?:\.\d+)?)\s?(?P<u>kw|kilowatts?|w|watts?)\b(?!h)", re.I)
HOURS = folded(
    r"(?<![\w.])(?P<n>\d+(?:\.\d+)?)\s?(?:hours?|hrs?|h)\b(?:\s*(?:a|an|per|every|each)\s+"
    r"(?P<per>day|night|week))?",
    re.I,
)
MINUTES = folded(
    r"(?<![\w.])(?P<n>\d+(?:\.\d+)?)\s?(?:minutes?|mins?)\b(?:\s*(?:a|an|per|every|each)\s+"
    r"(?P<per>day|night|week))?",
    re.I,
)
CENTS = folded(r"(?<![\w.])(?P<n>\d+(?:\.\d+)?)\s?(?:cents?\b|¢)", re.I)
UNIT_RATE = folded(r"\s*(?:a|an|per|/|for each|for a|each)\s?(?:kwh|unit|kilowatt[- ]hour)\b", re.I)


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
    cents = next((m for m in CENTS.finditer(text) if UNIT_RATE.match(text, m.end())), None)
    if not rate and not cents:
        return Worked("", need="what you pay per kWh (it is on your bill, in pence per unit)")
    # ("at like 16 cents per kwh": a rate in cents, said in dollars)
    price, sign = _money_value(rate) if rate else (_n(cents.group("n")) / 100, "$")
    h = _n(hours.group("n")) / (60 if found_by(hours, MINUTES) else 1)
    per = hours.group("per") or "day"
    kwh = kw * h
    cost = kwh * price
    power_said = f"{count(kw)} kW" if watts >= 1000 else f"{count(watts)} W"
    working = (
        f"{power_said} for {count(_n(hours.group('n')))} "
        f"{_unit(found_by(hours, MINUTES), _n(hours.group('n')))} "
        f"is {count(round(kwh, 3))} kWh a {per}, and at "
        f"{money(price, sign)} a kWh that is {money(cost, sign)} a {per}"
    )
    asked = _asked_span(text[hours.end() :].replace((rate or cents).group(0), " "))
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
RATE = folded(
    rf"(?<![\w.£$€])(?P<n>\d+(?:\.\d+)?|a|"
    rf"an)\s+(?:(?P<thing>[a-z]+)\s+)?(?:-?ish\s+)?{EVERY}{PERIOD}\b",
    re.I,
)
COST_ASKED = folded(
    r"\bhow much\b|\bwhat(?:'s|s| is| does| do| would| will)? (?:that |it |this |we |i )?"
    r"(?:cost|spend|come to|add up to|pay|earn|make)\b|\bcost\b|\bwhat(?:'s|s| is)\b",
    re.I,
)


UNEVEN = folded(
    r"\b(?:but|except|apart from|didn'?t|doesn'?t|don'?t|won'?t|isn'?t|never|"
    r"only (?:comes|came|uses|used|pays|paid|drinks|drank|eats|ate|stays|stayed|is|was))\b",
    re.I,
)
PACK = re.compile(
    r"\b(?P<box>pack|box|bag|tub|roll|case|crate|bundle|multipack|tray|carton|jar|tin|packet)s? of "
    r"(?P<n>\d+)\b|\b(?P<m>\d+)[- ]?(?:pack|pk)\b|(?<![\w.£$€])(?P<f>\d+) for [£$€\d]|"
    r"[£$€][\d.]+ for (?:a |an )?(?:pack |box |bag )?(?:of )?(?P<g>\d+)\b"
)


# A price said of a measure, not of a thing counted: "£11 an hour", "£2.40 per kg".
PRICED_BY_MEASURE = folded(
    r"\s?(?:an?|per|/)\s?(?:hours?|hrs?|h|minutes?|mins?|kwh|kg|kilos?|litres?|miles?|g)\b", re.I
)


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    """Where `pattern` is said in `text`."""
    return [m.span() for m in pattern.finditer(text)]


def _figure_left(text: str, used: list[tuple[int, int]]) -> bool:
    """Whether `text` says a figure outside the stretches a reading `used` (a pack's size, a
    span asked over are used too): "contract is 42 a month ... plus 30 upfront or buy it
    outright for 799 and get a 12 quid sim" read as 42 things at £12 a month leaves out 30 and
    799, and a reading that leaves a sum of money out is wrong, not close."""
    return any(
        not any(a <= m.start() < b for a, b in used)
        for m in re.finditer(rf"(?<![\w.,]){NUM}", text)
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
        used = [rate_span]
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
            used.append(days.span())
        elif others:
            return None  # another rate beside the cost's own: which applies is not sure
    else:
        if PRICED_BY_MEASURE.match(text, m.end()):
            return None  # "5 a week at £11 an hour": a price of an hour, not of one of the 5
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
        used = [r.span(), m.span()]  # the two, not all said between them
    stated = [span for p in (PACK, SPAN, PEOPLE) for span in _spans(p, text)]
    if _figure_left(text, [*used, *stated]):
        return None
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


# A sum a period put up (or down) by a share: "my rent is £1,140 a month. what's that with 7%,
# and how much more over a year": £1,219.80 a month, £79.80 more a month, £957.60 more a year.
RISE = folded(
    r"\b(?:with|plus|up|rises?|rising|rose|increases?|increased|increasing|goes up|went up|hike|"
    r"add|adding|more)\b[^.?!%]{0,20}?(?<![\w.])(?P<r>\d{1,2}(?:\.\d+)?)\s?(?:%|percent|per cent)"
    r"(?! (?:off|less|discount|cheaper|down|lower))|(?<![\w.])(?P<s>\d{1,2}(?:\.\d+)?)\s?"
    r"(?:%|percent|per cent) (?:rise|increase|more|up|hike|on top)\b",
    re.I,
)


def _rise(text: str) -> Worked | None:
    """A sum a period that rises by a share, and by how much more a period and a year: taken
    before `_recurring`, which would work out the year of the old sum and leave the rise out."""
    monies, rises = list(MONEY.finditer(text)), list(RISE.finditer(text))
    if len(monies) != 1 or len(rises) != 1 or len(PERCENT_AT.findall(text)) != 1:
        return None
    m, r = monies[0], rises[0]
    per = _period_after(text, m.end())
    if not per or re.search(r"\bto\s*$", text[r.start() : m.start()]) or OFF.search(text):
        return None  # "went up 7% to £1,219.80": the result is said
    price, sign = _money_value(m)
    rate = _n(r.group("r") or r.group("s"))
    extra = price * rate / 100
    working = (
        f"{money(price, sign)} a {per} plus {count(rate)}% is {_p_money(price + extra, sign)} a "
        f"{per}, {money(extra, sign)} more a {per}"
    )
    number = f"{_p_money(price + extra, sign)} a {per}"
    span = _asked_span(text[: m.start()] + " " * (m.end() - m.start()) + text[m.end() :])
    if span and span[1] != per:
        n, asked = span
        factor = n * PERIODS[asked] / PERIODS[per]
        factor = {("year", "month"): n * 12, ("year", "week"): n * 52}.get((asked, per), factor)
        if abs(factor - round(factor)) > 1e-9:
            return None
        working += f", {_p_money(extra * factor, sign)} more {_span_said(n, asked)}"
        number = f"{_p_money(extra * factor, sign)} more {_span_said(n, asked)}"
    return Worked(working, number)


# ---------------------------------------------------------------------------------------------
# Things packed in groups: "40 crates with maybe 30 items each", "1 food parcel is roughly 12
# items", "how many parcels".
CONTAINERS = folded(
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
HOW_MANY = folded(r"\bhow many\s+(?P<g>[a-z]+)(?:\s+(?P<h>[a-z]+))?", re.I)


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


def _portion_each(text: str) -> tuple[float, str, str] | None:
    """A part of a thing each ("half a bottle each"): (the part, as said, the thing), or None."""
    for m in FRACTION.finditer(text):
        thing = re.match(r"\s+(?P<of>of )?(?:an? )?(?P<t>[a-z]+) each\b", text[m.end() :])
        if m.group("f") and thing:
            a, b = FRACTIONS[m.group("f").lower()]
            return (
                a / b,
                m.group("f").lower() + (" of" if thing.group("of") else ""),
                thing.group("t"),
            )
    return None


def _capacity(text: str) -> Worked | None:
    # the question asked last ("how many bottles is that. how many cases of 6 do i get")
    asked = next(reversed(list(HOW_MANY.finditer(text))), None)
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
        g = _singular(plural)
        head = f"{n:,} {thing} at {k} a {g}"
        portion = _portion_each(text) if persons else None
        if portion:
            # "52 guests, half a bottle each ... cases of 6": the bottles are in the cases,
            # not the guests (26 bottles, 5 cases; never 9)
            part, said, item = portion
            need = math.ceil(n * part - 1e-9)
            items = _plural(need, _singular(item))
            head = f"{n:,} {thing} at {said} a {_singular(item)} each is {need:,} {items}"
            head += f"; at {k} a {g}"
            n, thing, persons = need, items, False
        whole, left = divmod(n, k)
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


# More to share a sum than it was split among: "the cabin was £720 split 4 ways but 2 more are
# coming now, how much less does each of us pay".
MORE_COMING = folded(
    r"\b(?P<k>\d{1,2}) more (?:people |of us |friends )?(?:are |is )?(?:coming|joining|in|"
    r"signed up|come|join)\b",
    re.I,
)
LESS_ASKED = folded(r"\bhow much (?P<w>less|more|cheaper|lower)\b|\bwhat do we save\b", re.I)


def _grown(text: str) -> Worked | None:
    monies, more = list(MONEY.finditer(text)), MORE_COMING.search(text)
    ways = _people(text)
    if len(monies) != 1 or not more or ways < 2 or not EACH.search(text):
        return None
    if _period_after(text, monies[0].end()) or len(re.findall(r"\d+", text)) != 3:
        return None  # a cost a month, or a figure more than the sum and the two counts
    price, sign = _money_value(monies[0])
    now = ways + int(more.group("k"))
    was, each = price / ways, price / now
    said = (
        f"{money(price, sign)} between {ways} is {money(was, sign)} each; between {now}, "
        f"{money(each, sign)} each"
    )
    if LESS_ASKED.search(text):
        return Worked(f"{said}: {money(was - each, sign)} less each", money(was - each, sign))
    return Worked(said, money(each, sign))


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
LASTS = folded(
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
FRACTION = folded(
    r"\b(?P<f>a half|half|a third|1 third|a quarter|1 quarter|2 thirds|3 quarters|a fifth|a "
    r"tenth)\b"
    r"|(?<![\w.])(?P<pc>\d{1,3})\s?(?:%|percent|per cent)|\b1 in (?P<one>\d{1,3})\b",
    re.I,
)
CROWD = folded(
    rf"\b(?:for|of|feed|feeding|with|expecting|got|have)\s+{HEDGE}(?P<n>\d+(?:,\d{{3}})*)\s+"
    r"(?:people|guests|kids|children|adults|folk|folks|visitors|runners|families|pupils|"
    r"students)\b",
    re.I,
)
SECONDS = folded(
    r"\b(?:some|a few|a couple|loads|lots|many|most)\b[^.?!]{0,25}\b(?:2|seconds|more than 1|"
    r"another)\b",
    re.I,
)
EACH_TWO = folded(
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
BUNDLE = folded(
    rf"(?<![\w.])(?P<k>\d+)\s+(?:for|4)\s+(?P<m>[£$€]\s?{NUM}|{NUM}\s?(?:quid|pounds?))", re.I
)
SOLD = folded(rf"(?<![\w.£$€])(?P<n>{NUM})\s+(?:raffle\s+)?tickets\b", re.I)


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
RECORD = folded(
    r"\b(?P<verb>won|win|lost|lose|drew|passed|scored|made|got|hit|missed)\s+(?P<a>\d+)\s+(?:of|"
    r"out of|outta|from|in)\s+"
    r"(?:our|the|my|their|his|her)?\s*(?:last|past|first|previous)?\s*(?P<b>\d+)\b",
    re.I,
)
CHANCE = folded(r"\b(?:odds|chances?|likely|likelihood|probability|percent|percentage|%)", re.I)
PERCENT_OF = folded(
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
LOCK = folded(
    r"\b(?P<n>\d{1,2})[- ]?(?P<kind>digit|number|letter)\s+(?:combination\s+|"
    r"combo\s+)?(?P<what>lock|padlock|code|pin|combination|combo|passcode|password)s?\b",
    re.I,
)
LOCK_ASKED = folded(
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
RUN_DISTANCE = folded(
    r"(?<![\w.])(?P<n>\d+(?:\.\d+)?)\s?(?P<u>k|km|kms|kilometers?|kilometres?|miles?|mi)\b|"
    r"\b(?P<name>half marathon|marathon|parkrun)\b",
    re.I,
)
WEIGHT = folded(r"(?<![\w.])(?P<n>\d{2,3}(?:\.\d)?)\s?(?P<u>kg|kgs|kilos?|stone|st)\b", re.I)


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
LEAVES_AT = folded(
    r"\b(?:leaves|leaving|departs|departing|goes|setting off|set off|starts?|at)\s+(?:at\s+)?"
    r"(?P<h>\d{1,2})[:.](?P<m>\d{2})\s*(?P<ap>am|pm)?\b",
    re.I,
)
JOURNEY_LENGTH = folded(
    r"\b(?P<h>\d{1,2})\s*(?:h|hrs?|hours?)\b(?:\s*(?:and\s*)?(?P<m>\d{1,2})\s*"
    r"(?:m|mins?|minutes?)\b)?|\b(?P<only>\d{1,3})\s*(?:mins?|minutes?)\b",
    re.I,
)
ARRIVAL_ASKED = folded(
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
MARGIN_ASKED = folded(r"\b(?:margin|markup|mark-up|profit)\b", re.I)
SOLD_AT = folded(r"\b(?:sell|sells|selling|sold|charge|charging|price)\b", re.I)
COSTS = folded(r"\b(?:costs?|cost us|costing)\b", re.I)


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
    lot = LOT_SOLD.search(text[sold_said.end() : price.end()])
    if lot and int(lot.group("k")) > 1:
        # "each taco costs us £1.10, we sell 3 for £9": a portion is 3 of them.
        return _lot_margin(text, c, p, int(lot.group("k")), sign)
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


# A lot sold at one price ("we sell 3 for £9"), and how many lots are sold ("if we do 150
# portions").
LOT_SOLD = re.compile(r"^\s*(?:them |at |in )?(?P<k>\d{1,2}) for [£$€]?\d")
LOTS_DONE = folded(
    r"\b(?:do|sell|make|shift|serve)\s+(?P<n>\d{1,5})\s*(?:portions|lots|plates|orders|boxes|"
    r"bags|sets|of them)?\b|(?<![\w.£$€])(?P<m>\d{1,5}) (?:portions|lots|plates|orders)\b",
    re.I,
)


def _lot_margin(text: str, cost: float, price: float, k: int, sign: str) -> Worked | None:
    """The margin of a lot of `k` sold at `price`, each costing `cost`, and on the lots said."""
    lot_cost = cost * k
    if not 0 < lot_cost < price:
        return None
    profit = price - lot_cost
    working = (
        f"a portion of {k} costs {money(lot_cost, sign)} and sells for {money(price, sign)}: "
        f"{money(profit, sign)} a portion, a margin of {_pc(100 * profit / price)}"
    )
    number = f"{money(profit, sign)} a portion"
    done = [d for d in LOTS_DONE.finditer(text) if int(d.group("n") or d.group("m")) != k]
    if len(done) == 1:
        n = int(done[0].group("n") or done[0].group("m"))
        working += f"; {count(n)} portions make {_p_money(profit * n, sign)}"
        number = _p_money(profit * n, sign)
    return Worked(working, number)


# One thing's cost, a part of it bought by weight or volume: "wax is £4.20 per kilo, each candle
# takes 180g, jar is £1.10, wick 12p, fragrance oil about 95p per candle. what does one cost".
BULK_PRICE = folded(
    rf"(?P<m>[£$€]\s?{NUM}|{NUM}\s?p\b)\s*(?:per|a|an|/|for (?:a|one|1))\s?"
    r"(?P<u>kg|kilos?|g|grams?|ml|cl|litres?|liters?|l|pints?)\b",
    re.I,
)
BULK_USED = folded(
    r"(?<![\w.£$€])(?P<q>\d+(?:\.\d+)?)\s?(?P<u>kg|kilos?|g|grams?|ml|cl|litres?|liters?|l|"
    r"pints?)\b",
    re.I,
)
ONE_COST_ASKED = folded(
    r"\bwhat (?:does|do|would|will) (?:(?:each )?(?:one|1)|each|a single \w+|it) cost\b|"
    r"\bcost (?:per|a|of one|for one|each)\b|\bcost (?:us )?to make\b|"
    r"\b(?:unit|per[- ]unit) cost\b",
    re.I,
)


def _bulk_cost(text: str) -> Worked | None:
    """One thing's cost: the part bought by weight or volume at its price per kilo or litre,
    times what one uses, and the other parts' prices added; None unless a cost of one is asked
    and one part is so priced and so used."""
    if not ONE_COST_ASKED.search(text):
        return None
    bulks, used = list(BULK_PRICE.finditer(text)), list(BULK_USED.finditer(text))
    used = [u for u in used if not any(b.start("u") <= u.start() < b.end() for b in bulks)]
    if len(bulks) != 1 or len(used) != 1:
        return None
    bulk, one = bulks[0], used[0]
    (price, sign), (kind, size) = (
        _money_value(next(MONEY.finditer(bulk.group("m")))),
        (SIZE_UNITS.get(bulk.group("u").lower(), ("", 0.0))),
    )
    used_kind, used_size = SIZE_UNITS.get(one.group("u").lower(), ("", 0.0))
    if not kind or kind != used_kind:
        return None
    part = price * _n(one.group("q")) * used_size / size
    others = [m for m in MONEY.finditer(text) if not bulk.start() <= m.start() < bulk.end()]
    values = [_money_value(m) for m in others]
    if any(sg != sign for _, sg in values):
        return None
    total = part + sum(v for v, _ in values)
    parts = " + ".join([money(round(part, 3), sign), *(money(v, sign) for v, _ in values)])
    about = "" if abs(total * 100 - round(total * 100)) < 1e-6 else "about "
    working = (
        f"{one.group('q')}{one.group('u')} at {money(price, sign)} a {bulk.group('u')} is "
        f"{money(round(part, 3), sign)}; {parts} is {about}{money(total, sign)} each"
    )
    return Worked(working, f"{about}{money(total, sign)} each")


# What a thing is worth after years of losing (or gaining) a share a year: "20% a year on a
# £12,000 van, whats it worth after 3 years".
YEARLY_RATE = folded(r"(?P<r>\d{1,2}(?:\.\d+)?)\s?%\s*(?:a|per|each|every)\s*year\b", re.I)
AFTER_YEARS = folded(r"\bafter (?P<n>\d{1,2}|one|two|three|four|five|ten) years?\b", re.I)
LOSING = folded(r"\b(?:reducing|declining|depreciat\w*|loses?|losing)\b", re.I)
GAINING = folded(r"\b(?:interest|compound\w*|grows?|growing|gains?|savings?)\b", re.I)


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
FIT_ASKED = folded(
    r"\bhow many (?:\w+ )?(?:fit|can we (?:fit|do|play|get through|squeeze in))\b.*?\bin "
    r"(?:an? |the )?(?P<t>\d+(?:\.\d+)?|half an|an)\s*(?P<u>min(?:ute)?s?|hours?|hrs?)\b",
    re.I,
)
GO_LENGTH = folded(
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
        unit = "second" if m.group("u").lower().startswith("s") else "minute"
        said.append(f"{count(n)} {unit}{'' if n == 1 else 's'}")
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
BY_HOURS = folded(r"\bby (?:the )?(?:hours|shifts)\b|\bper hour worked\b", re.I)
HOURS_OF = folded(
    # "holly worked 32 hours, marcus 28, me 20": a name, what they did, then the hours
    r"\b(?P<who>me|i|[a-z][a-z'-]{1,15})(?:\s+(?:worked|works|did|does|has|had|put in|did))?"
    r"\s*[:=-]?\s*(?P<h>\d{1,3})\b",
    re.I,
)


def _by_hours(text: str) -> Worked | None:
    said = BY_HOURS.search(text)
    sums = list(MONEY.finditer(text))
    if not said or len(sums) != 1:
        return None
    pot, sign = _money_value(sums[0])

    def of(part: str) -> list[tuple[str, int]]:
        return [
            (m.group("who").lower(), int(m.group("h")))
            for m in HOURS_OF.finditer(part)
            if m.group("who").lower() not in ("of", "us", "by", "in", "the", "and", "for", "did")
        ]

    # The hours after "split by hours", or told before it ("holly worked 32 hours, marcus 28,
    # me 20 and jade 24. how much each if we split by hours").
    shares = of(text[said.end() :])
    if len(shares) < 2:
        shares = of(text[: said.start()])
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


# ---------------------------------------------------------------------------------------------
# Two ways of paying compared: a pass, card or membership against paying as you go ("global pass
# is €379 for 15 travel days, or we buy trains separately. we're doing like 8 trains. each ticket
# maybe €45-60. which is cheaper"), with a price that is a range, and where they break even.
RANGE_TAIL = folded(
    rf"\s*(?:-|to|or)\s*[£$€]?\s?(?P<hi>{NUM})(?!\d|\.\d)(?!\s*(?:%|mins?\b|minutes|hours?|hrs?|"
    r"km|miles?|kg|g\b|ml|people|of us|x\b|times|days?|weeks?|months?|years?|am\b|pm\b|[a-z]+s\b))",
    re.I,
)
# A price per go: "€45 each", "£6 a visit", "each ticket maybe €45-60", "singles are £3.20".
PER_GO_AFTER = folded(
    r"\s*(?:each|apiece|a pop|a go|(?:a|an|per|for a|for an|for 1|for each)\s+"
    r"(?P<unit>[a-z]+))\b",
    re.I,
)
PER_GO_BEFORE = folded(
    r"\b(?:each|per|a|one|1|single|every)\s+(?P<unit>[a-z]+)\s+(?:(?:is|are|costs?|at|maybe|about|"
    r"around|roughly|like|probably|=|~|is like|would be|will be)\s+)*$|\b(?P<singles>singles?|"
    r"pay as you go|payg|separately|individually)\b[^£$€\d]{0,25}$|"
    r"\b(?:day|single|individual|daily|match|show|entry)\s+(?P<unit_b>tickets?|passes|entries)\s+"
    r"(?:(?:are|at|cost|costs|is|maybe|about|around|like)\s+)*$",
    re.I,
)
FLAT_NAME = folded(
    r"\b(?P<name>season ticket|railcard|travelcard|pass|card|membership|subscription|sub|bundle|"
    r"package|plan|contract|annual ticket|ticket book|book of \d+|carnet|multipack|family ticket|"
    r"group ticket|day ticket|weekly ticket|monthly ticket|permit|season pass)\b",
    re.I,
)
GOES = (
    r"trains?|trips?|journeys?|rides?|visits?|classes|class|sessions?|games?|tickets?|times|lessons?|"
    r"goes|swims?|entries|days?|nights?|coffees?|drinks?|meals?|washes|loads?|matches|rounds?|"
    r"shows?|films?|movies?|flights?|legs?|runs?|workouts?|climbs?|parks?|gigs?|uses?"
)
GO_COUNT = folded(
    rf"(?<![\w.£$€:/-])(?P<n>\d{{1,3}})\s?(?:x\s)?(?:(?P<adj>[a-z]+)\s+)?(?P<noun>{GOES})\b"
    rf"(?:\s+(?:a|an|per|every)\s+(?P<per3>week|month|year|fortnight))?|"
    rf"(?<![\w.£$€:/-])(?P<k>\d{{1,3}})\s(?P<noun2>[a-z]+)\b"
    rf"(?:\s+(?:a|an|per|every)\s+(?P<per>week|month|year|fortnight))?|"
    rf"(?<![\w.£$€:/-])(?P<m>\d{{1,3}})\s?(?:x|times)\s+(?:a|an|per|every)\s+"
    rf"(?P<per2>week|month|year|fortnight)\b",
    re.I,
)
# On top of the pass: "with €15 reservations on 5 of the trains", "plus a £2 booking fee on each".
EXTRA = folded(
    rf"(?:\bwith|\bplus|\band|\+)\s+(?:a\s+)?(?P<m>[£$€]\s?{NUM}|{NUM}\s?(?:quid|euros?|pounds?))"
    r"\s+(?P<what>(?:[a-z]+\s+){0,2}?(?:reservations?|supplements?|fees?|bookings?|charges?|"
    r"surcharges?|seat\w*))\s+(?:on|for|with)\s+(?:(?P<k>\d{1,3})\s+(?:of\s+)?(?:the\s+|them\b|"
    r"those\b)?|(?P<all>each|every|all)\b)(?:\s?(?!(?:and|but|so|which|what|how)\b)[a-z]+\b)?",
    re.I,
)


def _range_of(text: str, m: re.Match[str]) -> tuple[float, float, int]:
    """(low, high, where the price ends) of a price, "€45-60" a range, "€45" itself twice."""
    low, _ = _money_value(m)
    tail = RANGE_TAIL.match(text, m.end())
    if tail and _n(tail.group("hi")) > low:
        return low, _n(tail.group("hi")), tail.end()
    return low, low, m.end()


def _plural(n: float, noun: str) -> str:
    if n == 1:
        return _singular(noun)
    if noun.endswith(("ss", "ch", "sh", "x")):
        return noun + "es"
    return noun if noun.endswith("s") else noun + "s"


# Counts that are no goes: "in 3 weeks", "2 hours", "500g".
NOT_GOES = re.compile(
    r"(?:min|minute|hour|hr|sec|second|week|month|year|fortnight|kg|g|km|mile|pound|quid|euro|"
    r"dollar|buck|p|am|pm|ml|l|litre|percent|k|mph)s?$|of$|and$|or$|for$|at$|a$|an$|the$|is$|"
    r"are$|each$|per$|to$|more$|less$|in$|on$"
)


def _compare(text: str) -> Worked | None:
    if not CHEAPER_ASKED.search(text):
        return None
    monies = list(MONEY.finditer(text))
    if len(monies) < 2:
        return None
    extra = EXTRA.search(text)
    if extra:
        monies = [m for m in monies if not (extra.start("m") <= m.start() < extra.end("m"))]
    per_go, flat = [], []
    for m in monies:
        low, high, end = _range_of(text, m)
        after = PER_GO_AFTER.match(text, end)
        before = PER_GO_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
        unit = (
            (after and after.group("unit"))
            or (before and (before.group("unit") or before.group("unit_b")))
            or ""
        )
        if unit in PERIODS or unit in ("months", "weeks", "years"):
            flat.append((m, low, high, unit))
        elif after or before:
            per_go.append((m, low, high, unit))
        else:
            by = re.search(
                r"\b(?P<a>annual|yearly|monthly|weekly)\b[^£$€\d]{0,25}$",
                text[max(0, m.start() - 40) : m.start()],
            )
            adverb = {"annual": "year", "yearly": "year", "monthly": "month", "weekly": "week"}
            flat.append((m, low, high, adverb[by.group("a")] if by else ""))
    days = re.search(
        r"(?<![\w.])(?P<d>[1-7])\s?(?:days?|x|times|shifts?) (?:a|per|every) week\b", text
    )
    if days and len(flat) == 2 and not per_go:
        daily = [f for f in flat if f[3] == "day"]
        if len(daily) == 1:
            flat.remove(daily[0])
            per_go = daily
    if len(flat) == 2 and not per_go and all(f[3] for f in flat):
        return _periodic(flat, text)
    if len(per_go) != 1 or len(flat) != 1:
        return None
    fm, flat_cost, flat_high, flat_per = flat[0]
    gm, low, high, unit = per_go[0]
    if flat_high != flat_cost or not flat_cost or not low:
        return None
    sign = _money_value(fm)[1]
    own = re.match(
        r"\s*(?:for|gives|covers|includes?)\s+(?:\w+\s+)?\d+\s+(?:\w+\s+)?\w+", text[fm.end() :]
    )
    skip = (fm.end(), fm.end() + own.end()) if own else (0, 0)
    counts = [
        c
        for c in GO_COUNT.finditer(text)
        if not (skip[0] <= c.start() < skip[1])
        and not NOT_GOES.match(c.group("noun") or c.group("noun2") or "x")
        and not (extra and extra.start() <= c.start() < extra.end())
        and not re.match(r"\s*(?:of|%)", text[c.end() :])
        and not FLAT_NAME.match(text, c.end() + 1)  # "a 10 visit card": the card's own
    ]
    name_m = FLAT_NAME.search(text[max(0, fm.start() - 60) : fm.end() + 30])
    plan = {"month": "monthly plan", "week": "weekly plan", "year": "annual plan"}
    name = name_m.group("name") if name_m else plan.get(flat_per.rstrip("s"), "deal")
    if not name_m and re.search(r"\b(?:gym|club|pool|membership|members)\b", text):
        name = "membership"
    if len(counts) > 1 and unit:
        counts = [c for c in counts if _same(unit, c.group("noun") or "")] or counts
    if len(counts) > 1:
        counts = [c for c in counts if not c.group("noun2")] or counts
    if not counts and _people(text) and (not unit or re.fullmatch(r"ticket|person|head", unit)):
        counts = [PEOPLE.search(text)]
    if len(counts) != 1:
        noun = unit if unit and unit not in ("pop", "go") else "go"
        often = f" a {flat_per}" if flat_per else ""
        return Worked("", need=f"how many {_plural(2, noun)} you will need{often}")
    c = counts[0]
    if found_by(c, PEOPLE):
        n, noun, per = float(_people(text)), "tickets" if "ticket" in text else "people", ""
    else:
        n = _n(c.group("n") or c.group("m") or c.group("k"))
        noun = c.group("noun") or c.group("noun2") or ""
        if noun in ("", "times", "goes", "x"):
            noun = unit if unit not in ("", "pop", "go", "time") else "go"
        per = c.group("per") or c.group("per2") or c.group("per3") or ""
    noun = _plural(n, noun)
    if flat_per and not per:
        per = flat_per.rstrip("s")  # "an annual card £40, we buy about 14 packets": a year
    head = f"{count(n)} {noun}"
    if flat_per or per:
        if not flat_per or not per:
            return Worked("", need=f"how many {_plural(2, noun)} a {flat_per or 'month'} you need")
        flat_per = {"months": "month", "weeks": "week", "years": "year"}.get(flat_per, flat_per)
        if per != flat_per:
            if flat_per not in ("month", "year") or per not in ("week", "month", "fortnight"):
                return None
            n = (
                n
                * {"week": 52, "fortnight": 26, "month": 12}[per]
                / (12 if flat_per == "month" else 1)
            )
            about = "" if abs(n - round(n)) < 1e-9 else "about "
            head += f" a {per} is {about}{count(round(n, 2))} a {flat_per};"
        else:
            head += f" a {per}"
    span = f" a {flat_per}" if flat_per else ""
    cost_flat = flat_cost
    flat_said = f"the {name} is {money(flat_cost, sign)}{span}"
    note = ""
    if extra:
        each, _ = _money_value(next(MONEY.finditer(extra.group("m"))))
        k = n if extra.group("all") else _n(extra.group("k"))
        if k > n + 1e-9 or not each:
            return None
        what = extra.group("what").strip()
        if re.search(r"\b(?:booking|fees?|charges?|surcharges?)\b", what):
            # A fee on each ticket bought singly: on the singles' price, when it is on each.
            if k != n:
                return None
            low, high = low + each, high + each
            note = f" with the {what}"
            extra = None
    if extra:
        cost_flat = flat_cost + each * k
        flat_said = (
            f"the {name} with {count(k)} × {money(each, sign)} {what} is "
            f"{money(cost_flat, sign)}{span}"
        )
    even = cost_flat / n
    one = _singular(noun)
    if low != high:
        mid = (low + high) / 2
        gap = abs(n * mid - cost_flat)
        spread = (
            f"{head} at {money(low, sign)}-{money(high, sign)[1:]}{note} is "
            f"{money(n * low, sign)}-{money(n * high, sign)[1:]}{span}; {flat_said}"
        )
        if not low < even < high:
            # "€12-15 a visit" and a pass of €59 for 5: the pass wins at either end.
            wins = f"the {name} is" if even <= low else "singles are"
            return Worked(
                f"{spread}: {wins} cheaper anywhere in that range (they break even at "
                f"{money(even, sign)} a {one})",
                f"the {name}" if even <= low else "singles",
            )
        side = f"the {name} saves" if n * mid > cost_flat else "singles save"
        better = f"the {name}" if n * mid > cost_flat else "singles"
        return Worked(
            f"{spread}, so it wins if a {one} averages over {money(even, sign)}: at the middle "
            f"({money(mid, sign)}) {side} {money(gap, sign)}",
            f"{better}, by about {money(gap, sign)}",
        )
    singles = n * low
    gap = abs(singles - cost_flat)
    at = (
        f"{head} at {money(low, sign)}{note} that is {money(singles, sign)}{span}; {flat_said}"
        if head.endswith(";")
        else f"{head} at {money(low, sign)}{note} is {money(singles, sign)}{span}; {flat_said}"
    )
    if gap < 0.005:
        return Worked(f"{at}: the same either way", "the same either way")
    side = f"the {name} is cheaper" if singles > cost_flat else "paying as you go is cheaper"
    goes = cost_flat / low
    working = (
        f"{at}: {side} by {money(gap, sign)}{span}, and they break even at "
        f"{count(round(goes, 2))} {_plural(goes, noun.split()[-1])}{span}"
    )
    return Worked(working, f"{side.removesuffix(' is cheaper')}, by {money(gap, sign)}{span}")


def _periodic(flat: list, text: str) -> Worked | None:
    """Two prices by the period ("the annual sub is £99 or its £10.99 a month"), over a year."""
    year = {"year": 1, "month": 12, "week": 52, "fortnight": 26}
    (m1, a, _, p1), (m2, b, _, p2) = flat
    p1, p2 = p1.rstrip("s"), p2.rstrip("s")
    if p1 == p2 or p1 not in year or p2 not in year:
        return None
    sign = _money_value(m1)[1]
    ya, yb = a * year[p1], b * year[p2]
    said = []
    for cost, per, total in ((a, p1, ya), (b, p2, yb)):
        said.append(
            f"{money(cost, sign)} a year"
            if per == "year"
            else f"{money(cost, sign)} a {per} is {money(total, sign)} a year"
        )
    if abs(ya - yb) < 0.005:
        return Worked(f"{said[0]}, {said[1]}: the same over a year", "the same")
    cheap = 0 if ya < yb else 1
    per = (p1, p2)[cheap]
    by = "paying by the year" if per == "year" else f"paying by the {per}"
    return Worked(
        f"{said[0]}, {said[1]}: {by} is cheaper by {money(abs(ya - yb), sign)} a year",
        f"{by}, by {money(abs(ya - yb), sign)} a year",
    )


# Which size is better value: "500g for £2.50 or 1kg for £4.20", "6 pack for £4.20 or singles at
# 80p", "2 litres for £1.65 vs 4 pints for £1.45".
SIZE_UNITS = {
    "g": ("g", 1.0),
    "gram": ("g", 1.0),
    "grams": ("g", 1.0),
    "kg": ("g", 1000.0),
    "kilo": ("g", 1000.0),
    "kilos": ("g", 1000.0),
    "ml": ("ml", 1.0),
    "cl": ("ml", 10.0),
    "l": ("ml", 1000.0),
    "litre": ("ml", 1000.0),
    "litres": ("ml", 1000.0),
    "liter": ("ml", 1000.0),
    "liters": ("ml", 1000.0),
    "pint": ("ml", 568.0),
    "pints": ("ml", 568.0),
}
SIZE_PRICE = folded(
    rf"(?<![\w.£$€])(?P<q>\d+(?:\.\d+)?)\s?(?P<u>kg|kilos?|grams?|g|ml|cl|litres?|liters?|l|pints?|"
    rf"[- ]?pack|pk|rolls?|bags?|bars?|cans?|bottles?|tins?|pods?|tabs|tablets|sheets|pieces|"
    rf"eggs)\b"
    rf"(?:\s+(?:[a-z]+\s+){{0,2}}?)?\s*(?:for|at|is|=|@|costs?|are)\s+(?P<m>[£$€]\s?{NUM}|{NUM}\s?p\b|"
    rf"{NUM}\s?(?:quid|pounds?|euros?))|(?P<m2>[£$€]\s?{NUM}|{NUM}\s?p\b)\s+(?:for|a)\s+(?:a\s+)?"
    rf"(?:(?:pack|box|bag|tub|bottle) of\s+)?(?P<q2>\d+(?:\.\d+)?)\s?"
    rf"(?P<u2>kg|kilos?|grams?|g|ml|cl|"
    rf"litres?|liters?|l|pints?|pack|rolls?|bags?|cans?|bottles?|pods?)\b|"
    rf"\b(?P<single>singles?|one|1 on its own)\s+(?:(?:are|is|at|for|cost|costs)\s+)+"
    rf"(?P<m3>[£$€]\s?"
    rf"{NUM}|{NUM}\s?p\b)",
    re.I,
)


def _value(text: str) -> Worked | None:
    if not CHEAPER_ASKED.search(text):
        return None
    offers = []
    for m in SIZE_PRICE.finditer(text):
        said = m.group("m") or m.group("m2") or m.group("m3")
        price, sign = _money_value(next(MONEY.finditer(said)))
        if m.group("single"):
            q, u = 1.0, "item"
        else:
            q = _n(m.group("q") or m.group("q2"))
            u = (m.group("u") or m.group("u2")).lower().strip(" -")
        base, scale = SIZE_UNITS.get(u, ("item", 1.0))
        offers.append((q, u, base, q * scale, price, sign))
    if len(offers) != 2 or offers[0][2] != offers[1][2] or not all(o[3] and o[4] for o in offers):
        return None
    base = offers[0][2]
    per, per_said = {"g": (100, "per 100g"), "ml": (1000, "a litre")}.get(base, (1, "each"))
    said, rates = [], []
    for q, u, _, amount, price, sign in offers:
        rate = price / amount * per
        rates.append(rate)
        size = (
            "singles"
            if base == "item" and q == 1
            else f"{count(q)}{u}"
            if u in ("g", "kg", "ml", "l", "cl")
            else f"{count(q)} {_plural(q, u)}"
            if base != "item"
            else f"{count(q)}-pack"
            if u.endswith("pack") or u == "pk"
            else f"{count(q)} {_plural(q, u)}"
        )
        offer = (
            "singles are"
            if size == "singles"
            else f"{money(price, sign)} for {'a ' if size.endswith('-pack') else ''}{size} is"
        )
        said.append((size, offer, money(rate, sign)))
    sign = offers[0][5]
    if abs(rates[0] - rates[1]) < 0.0005:
        return Worked(
            f"{said[0][1]} {said[0][2]} {per_said}, {said[1][1]} {said[1][2]} "
            f"{per_said}: the same value",
            "the same value",
        )
    best = 0 if rates[0] < rates[1] else 1
    worse = 1 - best
    saving = 100 * (rates[worse] - rates[best]) / rates[worse]
    working = (
        f"{said[0][1]} {said[0][2]} {per_said}, {said[1][1]} {said[1][2]} {per_said}: "
        f"the {said[best][0]} {'are' if said[best][0] == 'singles' else 'is'} better value, "
        f"{_pc(saving)} less {per_said}"
    )
    return Worked(working, f"the {said[best][0]}")


# ---------------------------------------------------------------------------------------------
# A score rising by a steady step, and a mark to reach: "58% on mock 1 and 64% on mock 2 and the
# pass mark is 70, am i on track if i keep improving at that rate".
ROUNDS = (
    r"mock|test|exam|quiz|paper|practice paper|practice|attempt|assessment|essay|try|round|go|"
    r"week|month|term|game|match|run|session|module|unit|assignment|level"
)
SCORED = folded(
    rf"(?<![\w.£$€])(?P<v>\d+(?:\.\d+)?)\s?(?P<pc>%|percent|per cent|marks?|points?|pts)?\s+"
    rf"(?:on|in|for|at|from)\s+(?:the\s+|my\s+|our\s+)?(?:(?P<o>first|second|third|fourth|fifth|"
    rf"1st|2nd|3rd|4th|5th)\b(?:\s+(?P<k1>{ROUNDS})s?\b)?|(?P<k2>{ROUNDS})s?\s*(?P<i>\d{{1,2}})\b)",
    re.I,
)
ORDINALS = {
    "first": 1,
    "1st": 1,
    "second": 2,
    "2nd": 2,
    "third": 3,
    "3rd": 3,
    "fourth": 4,
    "4th": 4,
    "fifth": 5,
    "5th": 5,
}
TARGET = folded(
    r"\b(?:pass mark|pass(?:ing)? grade|grade boundary|boundary|target|goal|aim|pass)\s*(?:is|of|"
    r"'s|=|at|mark is|will be|would be)?\s*(?:a\s+)?(?:like\s+|about\s+|around\s+)?"
    r"(?P<t>\d+(?:\.\d+)?)\b|"
    r"\b(?:need|needs|want|get to|reach|hit|make)\s+(?:a\s+|to get\s+|at least\s+)?"
    r"(?P<u>\d+(?:\.\d+)?)\s?(?:%|percent|marks|points)?\s+(?:to pass|on the real|in the real|"
    r"by|for)\b",
    re.I,
)
ON_TRACK = folded(
    r"\bon track\b|\bat (?:that|this) rate\b|\bkeep (?:improving|going|getting better|this up|"
    r"that up)\b|\bif (?:i|we|it) keeps?\b|\bwhen (?:will|would|do|should) (?:i|we)\b|"
    r"\bhow many more\b|\bwill i (?:pass|make it|get there)\b",
    re.I,
)


def _trend(text: str) -> Worked | None:
    if not ON_TRACK.search(text):
        return None
    marks = []
    for m in SCORED.finditer(text):
        i = ORDINALS.get((m.group("o") or "").lower()) or int(m.group("i") or 0)
        kind = (m.group("k1") or m.group("k2") or "").lower()
        if i:
            marks.append((i, _n(m.group("v")), kind, m.group("pc") or ""))
    kinds = {k for _, _, k, _ in marks if k}
    if len(marks) < 2 or len(kinds) > 1 or len({i for i, *_ in marks}) != len(marks):
        return None
    marks.sort()
    kind = next(iter(kinds)) if kinds else "go"
    pc = "%" if any(p in ("%", "percent", "per cent") for *_, p in marks) else ""
    (i1, v1, *_), (i2, v2, *_) = marks[0], marks[-1]
    step = (v2 - v1) / (i2 - i1)
    steps = [b[1] - a[1] for a, b in zip(marks, marks[1:], strict=False)]
    said = " to ".join(f"{count(v)}{pc}" for _, v, *_ in marks)
    rise = "up" if step > 0 else "down"
    points = " points" if pc else ""
    a = "an" if kind[:1] in "aeiou" else "a"
    head = f"{said} is {rise} {count(round(abs(step), 2))}{points} {a} {kind}"
    if len(steps) > 1 and max(steps) - min(steps) > 1e-9:
        head += " on average"
    target = TARGET.search(text)
    if not target:
        nxt = v2 + step
        return Worked(
            f"{head}; at that rate {kind} {i2 + 1} is {count(round(nxt, 2))}{pc}",
            need="the mark you are aiming for",
        )
    goal = _n(target.group("t") or target.group("u"))
    if v2 >= goal:
        return Worked(f"{head}, and {count(v2)}{pc} is already over {count(goal)}{pc}", "on track")
    if step <= 0:
        return Worked(
            f"{head}: at that rate {count(goal)}{pc} is never reached; it needs a rise",
            "not on track",
        )
    k = math.ceil((goal - v2) / step - 1e-9)
    mark = "the pass mark" if re.search(r"\bpass", target.group(0)) else "your target"
    if k == 1:
        nxt = v2 + step
        exact = abs(nxt - goal) < 1e-9
        spare = ", with nothing to spare" if exact else ""
        return Worked(
            f"{head}; at that rate {kind} {i2 + 1} is {count(round(nxt, 2))}{pc}, "
            f"{'exactly' if exact else 'over'} {mark} of {count(goal)}{pc}: on track{spare}",
            f"on track: {count(round(nxt, 2))}{pc} at {kind} {i2 + 1}",
        )
    path = ", ".join(f"{count(round(v2 + j * step, 2))}{pc}" for j in range(1, min(k, 4) + 1))
    if k > 4:
        path += ", ..."
    at = v2 + k * step
    land = "exactly" if abs(at - goal) < 1e-9 else "over"
    working = f"{head}; at that rate {path}: {land} {mark} of {count(goal)}{pc} by {kind} {i2 + k}"
    return Worked(working, f"{kind} {i2 + k}")


# From a figure now to a target at a steady rate: "i've got £300 saved and put away £50 a month,
# when will i hit £1000", "im 84kg and losing 0.5kg a week, how long till 78".
TARGET_ASKED = folded(
    r"\b(?:when (?:will|would|do|should|can|could) (?:i|we|it|she|he|they)|how long (?:till|until|"
    r"to|before|will it take|would it take|does it take)|how many (?:weeks|months|years|days)(?: "
    r"till| until| to| before| will it take)?)\b",
    re.I,
)
NOW_AT = folded(
    rf"\b(?:i'?ve got|we'?ve got|i have|we have|got|i'?m|im|i am|currently|at|saved|we'?re on|"
    rf"i'?m on|"
    rf"has|have|has got|there'?s|theres|weigh|weighs|"
    rf"on|sitting at)\s+(?:about\s+|like\s+|around\s+)?(?P<v>[£$€]\s?{NUM}|{NUM}\s?(?:kg|kgs|kilos|"
    rf"lbs?|st|stone|quid)\b)",
    re.I,
)
STEP_PER = folded(
    rf"(?P<v>[£$€]\s?{NUM}|{NUM}\s?(?:kg|kgs|kilos|lbs?|quid)?)\s*(?:a|an|per|every|each)\s+"
    rf"(?P<per>day|week|month|year|fortnight)\b",
    re.I,
)
GOAL = folded(
    rf"\b(?:hit|reach|get to|have|make|at|to|till|until|target|goal|down to|up to|of)\s+(?:a\s+)?"
    rf"(?:about\s+|like\s+)?(?P<v>[£$€]\s?{NUM}|{NUM}\s?(?:kg|kgs|kilos|lbs?|k)?)(?!\s*(?:a|an|per|"
    rf"every)\s+(?:day|week|month|year))\b",
    re.I,
)


def _amount(said: str) -> tuple[float, str]:
    m = MONEY.search(said)
    if m:
        return _money_value(m)
    unit = re.search(r"(kg|kgs|kilos|lbs?|st|stone)", said)
    number = re.search(NUM, said)
    value = _n(number.group(0)) if number else 0.0
    if re.search(r"\d\s?k\b", said):
        value *= 1000
    return value, (" kg" if unit and unit.group(1).startswith(("kg", "kilo")) else "")


def _shown(value: float, sign: str) -> str:
    return money(value, sign) if sign in "£$€" and sign else f"{count(value)}{sign}"


def _to_target(text: str) -> Worked | None:
    asked = TARGET_ASKED.search(text)
    if not asked:
        return None
    step = STEP_PER.search(text)
    if not step:
        return None
    rest = text[: step.start()] + " " * (step.end() - step.start()) + text[step.end() :]
    now = NOW_AT.search(rest)
    if not now:
        return None
    rest2 = rest[: now.start()] + " " * (now.end() - now.start()) + rest[now.end() :]
    goal = GOAL.search(rest2)
    if not goal:
        return None
    (v0, s0), (d, s1), (g, s2) = (
        _amount(now.group("v")),
        _amount(step.group("v")),
        _amount(goal.group("v")),
    )
    sign = s0 or s1 or s2
    if len({s for s in (s0, s1, s2) if s}) > 1 or not d or g == v0:
        return None
    if (
        sign not in ("£", "$", "€")
        and not sign
        and not re.search(r"\b(?:sav|put away|put by)", text)
    ):
        sign = s0 or s2
    gap = abs(g - v0)
    per = step.group("per")
    periods = gap / d
    whole = math.ceil(periods - 1e-9)
    exact = abs(periods - whole) < 1e-9
    long = f"{whole} {per}s" if exact else f"{count(round(periods, 1))} {per}s, so {whole} {per}s"
    way = "up" if g > v0 else "down"
    working = (
        f"from {_shown(v0, sign)} to {_shown(g, sign)} is {_shown(gap, sign)} {way}; at "
        f"{_shown(d, sign)} a {per} that is {long}"
    )
    return Worked(working, f"{whole} {per}s")


# ---------------------------------------------------------------------------------------------
# Percentages: "45 out of 60 as a percent", "rent went from £850 to £920, what % rise is that",
# "£144 inc vat, what is it without", "20% off then another 10% off a £80 coat".
WHAT_PERCENT = folded(
    rf"(?<![\w.£$€])(?P<a>[£$€]?{NUM})\s?(?:[a-z]+\s+)?(?:out of\s|outta\s|of\s|/)\s*"
    rf"(?:a\s+|the\s+)?"
    rf"(?P<b>[£$€]?{NUM})\b[^.?!]*?\b(?:what|as an?|in|into)\s+(?:%|percent|percentage|per cent)|"
    rf"\bwhat (?:%|percent|percentage|per cent) (?:of (?P<d>[£$€]?{NUM}) is (?P<c>[£$€]?{NUM})|"
    rf"is (?P<e>[£$€]?{NUM}) (?:of|out of) (?P<f>[£$€]?{NUM}))\b",
    re.I,
)
CHANGE_FROM = folded(
    rf"\bfrom\s+(?P<a>[£$€]?\s?{NUM}(?:\s?(?:k|p|quid|kg|pounds))?)"
    r"(?:\s+(?:a|per|each|every)\s+(?:day|week|month|quarter|year))?\s+(?:to|up to|down to|->)\s+"
    rf"(?P<b>[£$€]?\s?{NUM}(?:\s?(?:k|p|quid|kg|pounds))?)|"
    # "the coat was £60 and now it's £45"
    rf"\bwas\s+(?P<c>[£$€]\s?{NUM}|{NUM}p)\s*(?:,|and|but)?\s*(?:it'?s\s+|its\s+)?now\s+"
    rf"(?:it'?s\s+|its\s+|is\s+|only\s+|just\s+)*(?P<d>[£$€]\s?{NUM}|{NUM}p)(?![\d%])",
    re.I,
)
CHANGE_ASKED = folded(
    r"(?:%|percent|per cent|percentage)\s*(?:increase|rise|change|decrease|drop|fall|more|less|up|"
    r"down|jump|hike|cut|difference)?|\bhow much (?:of an? )?(?:increase|rise|drop|cut)\b",
    re.I,
)
VAT = folded(r"\bvat\b|\bsales tax\b|\bgst\b", re.I)
VAT_IN = folded(
    r"\b(?:inc|incl|including|inclusive of|with|includes|included|gross)\.?\s*(?:of\s+)?(?:the\s+)?"
    r"vat\b|\bvat (?:inc|incl|included|inclusive)\b|\bgross\b",
    re.I,
)
VAT_OUT = folded(
    r"\b(?:ex|exc|excl|excluding|before|without|minus|less|net of|take off|remove|plus|\+|add|"
    r"adding|on top of|not including|doesn'?t include|no)\.?\s*(?:the\s+)?vat\b|\bvat on top\b|"
    r"\+\s*vat\b|"
    r"\bnet\b",
    re.I,
)
# A price said after its change, and the price before it asked (review34): "£60 is 20% less
# than last year", "£200, which is 10% more than jo", "what was it before", "the original
# price". Never worked forwards: `bots.sums50` works it back (÷ 0.8), or it is declined.
CHANGED_BACK = re.compile(
    r"\d\s?(?:%|percent|per cent) (?:more|less|cheaper|dearer|higher|lower|bigger|smaller|"
    r"up|down|over|under) (?:than|on)\b|"
    r"\bwhat (?:was|were|did|would) (?:it|they|that|this|the \w+|\w+'s \w+)(?: \w+)? "
    r"(?:before|originally|at first|to start|last year|beforehand)\b|"
    r"\b(?:original|old|previous|full|normal|usual|starting|pre-?(?:sale|discount|rise))\s"
    r"(?:price|cost|rent|amount|bill|figure|salary|wage|fare|pay)\b|\boriginally\b|"
    r"\bbefore (?:the |it |its |that |they )?(?:rise|increase|discount|cut|went|reduction|"
    r"sale|hike|pay ?rise|was)\b|\bwhat was it\b|\bused to (?:be|cost|pay)\b"
)
PERCENT_AT = folded(r"(?<![\w.])(?P<r>\d{1,2}(?:\.\d+)?)\s?(?:%|percent|per cent)", re.I)
OFF = folded(
    r"(?<![\w.])(?P<r>\d{1,2}(?:\.\d+)?)\s?(?:%|percent|per cent)\s+(?:[a-z]+\s+)?(?:off|"
    r"discount|reduction|sale)\b|\b(?:discount|reduction|sale) of (?P<s>\d{1,2}(?:\.\d+)?)\s?"
    r"(?:%|percent)",
    re.I,
)


# A profit or loss as a percentage of the cost: "bought the chair for £250, sold it for £320,
# what percentage profit": £70 on £250 is 28%. One price bought and one sold, no other money.
BOUGHT_SOLD = folded(
    r"\b(?:bought|paid|got)\b[^.?!£$€]{0,30}?(?:for|at)?\s?(?P<a>[£$€]\s?[\d,]+(?:\.\d+)?)[^£$€]*?"
    r"\b(?:sold|sell|selling|flipped)\b[^.?!£$€]{0,20}?(?:for|at)\s(?P<b>[£$€]\s?[\d,]+(?:\.\d+)?)",
    re.I,
)


def percent_change(old: float, new: float) -> float:
    """How much `new` is up (or, below 0, down) on `old`, in per cent: the one place a change is
    worked as a percentage (`_bought_sold`, `bots.solve._percent_change`)."""
    return (new - old) / old * 100


def _bought_sold(text: str) -> Worked | None:
    """The profit (or loss) on a thing bought for one price and sold for another, as a
    percentage of what it cost (see above); None for any other text."""
    m = BOUGHT_SOLD.search(text)
    if not m or not PERCENT_ASKED.search(text) or len(MONEY.findall(text)) != 2:
        return None
    if re.search(r"\b(?:fees?|postage|shipping|each|vat|tax)\b|%\s*(?:off|of)\b", text, re.I):
        return None
    (a, sign), (b, _) = _amount(m.group("a")), _amount(m.group("b"))
    if not a or a == b:
        return None
    diff, way = b - a, ("profit" if b > a else "loss")
    rate = abs(percent_change(a, b))
    about = "" if abs(rate * 10 - round(rate * 10)) < 1e-9 else "about "
    return Worked(
        f"{_shown(max(a, b), sign)} − {_shown(min(a, b), sign)} is a {way} of "
        f"{_shown(abs(diff), sign)}; "
        f"{_shown(abs(diff), sign)} ÷ {_shown(a, sign)} (what it cost) is {about}{_pc(rate)}",
        f"{about}{_pc(rate)} {way}",
    )


# A fraction off one price: "my railcard takes a third off the £63", "half off a £38 coat",
# "a quarter off". One price, one fraction, nothing else: "a third off" is price × 2/3.
FRACTION_OFF = folded(
    r"\b(?P<f>a third|one third|1/3|a quarter|one quarter|1/4|half|a half|two thirds|2/3|"
    r"three quarters|3/4|a fifth|1/5)\s+(?:off|discount)\b",
    re.I,
)
OFF_FRACTIONS = {
    "third": (1, 3),
    "quarter": (1, 4),
    "half": (1, 2),
    "two thirds": (2, 3),
    "three quarters": (3, 4),
    "fifth": (1, 5),
    "1/3": (1, 3),
    "1/4": (1, 4),
    "2/3": (2, 3),
    "3/4": (3, 4),
    "1/5": (1, 5),
}


def _fraction_off(text: str) -> Worked | None:
    """A price less a fraction of it (see above); None for any other text, or two prices."""
    off = FRACTION_OFF.search(text)
    monies = list(MONEY.finditer(text))
    if not off or len(monies) != 1 or PERCENT_AT.search(text):
        return None
    f = off.group("f").lower()
    key = next(
        k
        for k in (
            "two thirds",
            "three quarters",
            "1/3",
            "1/4",
            "2/3",
            "3/4",
            "1/5",
            "third",
            "quarter",
            "half",
            "fifth",
        )
        if k in f
    )
    num, den = OFF_FRACTIONS[key]
    value, sign = _money_value(monies[0])
    cut = _cents(value * num / den)
    said = {"half": "half", "third": "a third", "quarter": "a quarter", "fifth": "a fifth"}.get(
        key, f
    )
    return Worked(
        f"{said} of {money(value, sign)} is {money(cut, sign)}, so {money(value - cut, sign)} "
        "to pay",
        money(value - cut, sign),
    )


def _pc(x: float) -> str:
    return f"{count(round(x, 1))}%"


def _percent(text: str) -> Worked | None:
    what = WHAT_PERCENT.search(text)
    if what:
        a = what.group("a") or what.group("c") or what.group("e")
        b = what.group("b") or what.group("d") or what.group("f")
        x, y = _n(a.lstrip("£$€")), _n(b.lstrip("£$€"))
        if not y or x > y * 10:
            return None
        share = 100 * x / y
        about = "" if abs(share * 10 - round(share * 10)) < 1e-9 else "about "
        return Worked(f"{a} out of {b} is {about}{_pc(share)}", f"{about}{_pc(share)}")
    change = CHANGE_FROM.search(text)
    if change and CHANGE_ASKED.search(text[change.end() :] + " " + text[: change.start()]):
        (a, sign), (b, _) = (
            _amount(change.group(g) or change.group(h)) for g, h in (("a", "c"), ("b", "d"))
        )
        if not a or a == b:
            return None
        diff = b - a
        rate = 100 * diff / a
        way = "a rise" if diff > 0 else "a drop"
        about = "" if abs(rate * 10 - round(rate * 10)) < 1e-9 else "about "
        return Worked(
            f"{_shown(a, sign)} to {_shown(b, sign)} is {'up' if diff > 0 else 'down'} "
            f"{_shown(abs(diff), sign)}, {way} of {about}{_pc(abs(rate))}",
            f"{about}{_pc(abs(rate))}",
        )
    if VAT.search(text):
        monies = list(MONEY.finditer(text))
        if len(monies) != 1:
            return None
        value, sign = _money_value(monies[0])
        rates = list(PERCENT_AT.finditer(text))
        rate = _n(rates[0].group("r")) if len(rates) == 1 else 20.0
        said = "" if len(rates) == 1 else " (the standard UK rate)"
        if len(rates) != 1 and sign != "£":
            return Worked("", need="the VAT rate where you are")
        ins = [m.start() for m in VAT_IN.finditer(text)]
        outs = [m.start() for m in VAT_OUT.finditer(text)]
        # The price is as said first after it: "£1,200 ex vat, what is it with vat" is net.
        after = [at for at in ins + outs if at >= monies[0].end()] or ins + outs
        if not after:
            return None
        the_vat = re.search(r"\b(?:how much|what)(?:'s|s| is)? (?:is )?(?:the )?vat\b", text)
        if min(after) in ins:
            before = value / (1 + rate / 100)
            return Worked(
                f"{money(value, sign)} with VAT at {count(rate)}%{said} is "
                f"{money(before, sign)} before VAT and {money(value - before, sign)} of VAT "
                f"(divide by {count(1 + rate / 100)}; taking {count(rate)}% off would be wrong)",
                f"{money(value - before, sign)} of VAT"
                if the_vat
                else f"{money(before, sign)} before VAT",
            )
        vat = value * rate / 100
        return Worked(
            f"{money(value, sign)} plus VAT at {count(rate)}%{said} is {money(vat, sign)} of "
            f"VAT, so {money(value + vat, sign)} in all",
            f"{money(vat, sign)} of VAT" if the_vat else money(value + vat, sign),
        )
    offs = list(OFF.finditer(text))
    rises = list(RISE.finditer(text))
    if len(rises) == 1 and not offs and NEW_SUM_ASKED.search(text):
        return _risen(text, rises[0])
    if offs and not re.search(r"\b(?:tip|service)\b", text):
        monies = list(MONEY.finditer(text))
        if len(monies) != 1 or len(offs) > 3:
            return None
        value, sign = _money_value(monies[0])
        rates = [_n(o.group("r") or o.group("s")) for o in offs]
        if len(offs) == 1 and PERCENT_OF.search(text):
            return None  # "20% off £80": the reader of a percentage of an amount
        steps, now = [], value
        for r in rates:
            now *= 1 - r / 100
            steps.append(f"less {count(r)}% is {money(round(now, 2), sign)}")
        working = f"{money(value, sign)} " + ", then ".join(steps)
        if len(rates) > 1:
            total = 100 * (1 - now / value)
            working += (
                f": {_pc(total)} off in all, not {count(sum(rates))}% (each comes off what is left)"
            )
        return Worked(working, money(round(now, 2), sign))
    return None


# What a sum comes to once it rises: "whats the new price", "what will it be", "how much now".
NEW_SUM_ASKED = folded(
    r"\bnew (?:price|cost|rent|fee|fare|total|bill|amount|rate|salary|wage|premium)\b|"
    r"\bwhat (?:will|would|does) (?:it|that|the \w+) (?:be|cost|come to)\b|"
    r"\bhow much (?:will|would|is) (?:it|that|the \w+) (?:be|cost|now)\b",
    re.I,
)


def _risen(text: str, rise: re.Match[str]) -> Worked | None:
    """One sum of money that goes up by a share ("season ticket is £3,400 and its going up
    5.9%"), asked what it comes to: never a sum a period (`_rise`), nor one said risen to."""
    monies = list(MONEY.finditer(text))
    if len(monies) != 1 or len(PERCENT_AT.findall(text)) != 1:
        return None
    m = monies[0]
    if _period_after(text, m.end()) or re.search(r"\bto\s*$", text[rise.start() : m.start()]):
        return None  # "£80 a month", "went up 7% to £1,219.80": others read them
    value, sign = _money_value(m)
    rate = _n(rise.group("r") or rise.group("s"))
    extra = round(value * rate / 100, 2)
    return Worked(
        f"{count(rate)}% of {_p_money(value, sign)} is {_p_money(extra, sign)}, so "
        f"{_p_money(value + extra, sign)}",
        _p_money(value + extra, sign),
    )


# A tip or a service charge on a bill, and shared: "bill is £86, add 12.5% and split 4 ways".
TIP = folded(
    r"(?<![\w.])(?P<r>\d{1,2}(?:\.\d+)?)\s?(?:%|percent|per cent)\s*(?:tip|service|gratuity)?|"
    r"\b(?:tip|service)\b",
    re.I,
)


def _cents(value: float) -> float:
    """To the penny, a half penny up (9.675 is 9.68, as by hand)."""
    return math.floor(value * 100 + 0.5 + 1e-7) / 100


def _tip(text: str) -> Worked | None:
    if not re.search(r"\b(?:tip|tipping|service|gratuity)\b", text):
        return None
    if not re.search(
        r"\b(?:bill|meal|dinner|lunch|breakfast|brunch|tab|restaurant|curry|takeaway|check|food|"
        r"drinks|pizza|delivery|taxi|cab|haircut|came to|total)\b",
        text,
    ):
        return None
    monies = list(MONEY.finditer(text))
    rates = list(PERCENT_AT.finditer(text))
    if len(monies) != 1 or len(rates) > 1:
        return None
    value, sign = _money_value(monies[0])
    if not rates:
        if not re.search(
            r"\bshould (?:we|i|u|you) tip\b|\bhow much (?:to |should (?:we|i) |do (?:we|i) )?tip\b|"
            r"\bwhat(?:'s| is|s)? a (?:good|normal|decent|fair|standard) tip\b",
            text,
        ):
            return None
        return _usual_tip(text, value, sign)
    r = _n(rates[0].group("r"))
    tip = _cents(value * r / 100)
    total = value + tip
    working = f"{count(r)}% of {money(value, sign)} is {money(tip, sign)}, so {money(total, sign)}"
    ways = _people(text)
    if ways >= 2:
        each = total / ways
        about = "" if abs(each * 100 - round(each * 100)) < 1e-6 else "about "
        working += f"; among {ways} of you, {about}{money(each, sign)} each"
        return Worked(working, f"{about}{money(each, sign)} each")
    return Worked(working, money(total, sign))


# How the service was: a plain one gets the usual tip's low end, a fine one its high end.
_SERVICE_SAID = (
    r"\b(?:service|waiter|waitress|server|staff)\b[^.!?]{0,25}?\b(?:was|is|were|been)\b\s*"
)
_SERVICE_PLAIN = re.compile(
    _SERVICE_SAID + r"(?:just |only |pretty |kinda |kind of )?(?:ok|okay|meh|average|alright|fine|"
    r"mediocre|slow|so-so|not great|bad|poor|rude)\b|"
    r"\b(?:meh|slow|bad|poor|rude|mediocre) service\b"
)
_SERVICE_FINE = re.compile(
    _SERVICE_SAID + r"(?:really |so |super )?(?:great|amazing|excellent|fantastic|awesome|good|"
    r"lovely)\b|\b(?:great|amazing|excellent|fantastic|awesome|lovely) service\b"
)


def _usual_tip(text: str, value: float, sign: str) -> Worked:
    """A tip asked with no percentage ("how much do i tip on a $64 dinner if service was just
    ok"): the usual one worked, 15% to 20% in dollars, 10% to 12.5% in pounds or euros, its low
    end for plain service and high end for fine (rate48 S13 had asked the asker for a rate)."""
    low, high = (15, 20) if sign == "$" else (10, 12.5)
    fine = _SERVICE_FINE.search(text)
    plain = _SERVICE_PLAIN.search(text) if not fine else None
    ways = _people(text)
    if fine or plain or ways >= 2:
        r = high if fine else low
        tip = _cents(value * r / 100)
        how = "good service" if fine else "service that was just OK" if plain else "a meal"
        working = (
            f"{count(r)}% is the usual tip for {how}: {count(r)}% of {money(value, sign)} is "
            f"{money(tip, sign)}, so {money(value + tip, sign)}"
        )
        if ways >= 2:
            each = (value + tip) / ways
            about = "" if abs(each * 100 - round(each * 100)) < 1e-6 else "about "
            working += f"; among {ways} of you, {about}{money(each, sign)} each"
            return Worked(working, f"{about}{money(each, sign)} each")
        return Worked(working, money(value + tip, sign))
    tips = [_cents(value * r / 100) for r in (low, high)]
    return Worked(
        f"{count(low)}% to {count(high)}% is usual: {count(low)}% of {money(value, sign)} is "
        f"{money(tips[0], sign)} ({money(value + tips[0], sign)} in all), {count(high)}% is "
        f"{money(tips[1], sign)} ({money(value + tips[1], sign)})",
        f"{money(tips[0], sign)} to {money(tips[1], sign)}",
    )


# An average of figures listed: "scores were 12, 15, 9 and 14, whats the average".
LISTED = folded(
    rf"(?P<all>(?:[£$€]?{NUM}\s?%?(?:\s?(?:kg|km|mins?|min|k|p))?\s*(?:,|and|,\s*and|then|/|&)\s*)+"
    rf"[£$€]?{NUM}\s?%?)",
    re.I,
)


# An average aimed at, not asked: "what do i need on the last one to average 70", "what do i
# need in the 4th game for a 120 average" (`bots.expr` works what the next score must be).
AVERAGE_AIMED = re.compile(
    rf"\b(?:to|for) (?:an? )?(?:average|mean)(?: of)? (?P<t>{NUM})\b|"
    # "need an average of 70 across all four, what do i need on the last one"
    rf"\b(?:need|needs|want|wants) (?:an? )?(?:average|mean)(?: of)? (?P<v>{NUM})\b"
    r"(?=.*\b(?:last|next|final|fourth|fifth|sixth)\b)|"
    rf"\b(?:to|for) an? (?P<u>{NUM}) (?:average|mean)\b"
)


def _average(text: str) -> Worked | None:
    if not re.search(r"\b(?:average|avg|mean)\b", text) or AVERAGE_AIMED.search(text):
        return None
    best = max(LISTED.finditer(text), key=lambda m: len(m.group("all")), default=None)
    if not best:
        return None
    figures = re.findall(rf"([£$€]?)({NUM})(\s?%)?", best.group("all"))
    if len(figures) < 2:
        return None
    values = [_n(f[1]) for f in figures]
    unit = re.search(
        r"\d\s?(kg|km|miles|mins|minutes|hours|g|litres)\b",
        text[best.start() : best.end() + 10],
    )
    sign = next((f[0] for f in figures if f[0]), "")
    pc = "%" if any(f[2] for f in figures) else ""
    mean = sum(values) / len(values)
    after = f" {unit.group(1)}" if unit and not pc else ""

    def show(v: float) -> str:
        return money(v, sign) if sign else f"{count(round(v, 2))}{pc}"

    about = "" if abs(mean * 100 - round(mean * 100)) < 1e-9 else "about "
    return Worked(
        f"{' + '.join(show(v) for v in values)} = {show(sum(values))}, and over {len(values)} "
        f"that is {about}{show(mean)}{after}",
        f"{about}{show(mean)}{after}",
    )


# A recipe scaled: "recipe for 4 needs 300g pasta and 2 tins of tomatoes, how much for 10".
SERVES = folded(
    r"\b(?:recipe|it|this|that|dish|batch|one|cake|tray)?\s*(?:is for|for|serves|feeds|makes "
    r"enough for|makes)\s+(?P<n>\d{1,3})\b(?!\s*(?:g|kg|ml|mins?|minutes|hours?|°|degrees|c\b))",
    re.I,
)
SCALE_TO = folded(
    r"\b(?:for|feed|serve|make|making|bake|baking|to|scale (?:it |this )?(?:up |down )?to|"
    r"make it for|we'?re|there'?ll be|cooking for|feeding)\s+(?P<n>\d{1,3})"
    r"(?:\s+(?:people|of us|guests|kids|adults|folk|ppl))?\b|"
    # "theres 6 of us", "only 3 of us tonight", "we are 6"
    r"\b(?P<us>\d{1,3}) of us\b|\bwe are (?P<we>\d{1,3})\b",
    re.I,
)


def _scaled_to(m: re.Match[str]) -> str:
    return m.group("n") or m.group("us") or m.group("we")


INGREDIENT = folded(
    r"(?<![\w.£$€])(?P<q>\d+(?:\.\d+)?|½)\s?(?P<u>kg|g|grams?|ml|l|litres?|tbsp|tsp|cups?|tins?|"
    r"cans?|eggs?|cloves?|onions?|carrots?|potatoes|peppers?|lemons?|limes?|sticks?|sheets?|"
    r"packs?|bags?|pinch(?:es)?|handfuls?|slices?|rashers?)\b(?:\s+(?P<of>of\s+)?"
    r"(?P<what>[a-z]+(?: "
    r"milk| stock| sugar| flour| oil| powder| cream| juice| sauce| paste)?))?",
    re.I,
)


def _scaled(text: str) -> Worked | None:
    if not re.search(
        r"\b(?:recipe|serves|feeds|ingredients?)\b|\bfor \d+ (?:uses|needs|takes|has)\b", text
    ):
        return None
    serves = SERVES.search(text)
    if not serves:
        return None
    rest = text[serves.end() :]
    to = [m for m in SCALE_TO.finditer(rest) if _scaled_to(m) != serves.group("n")]
    if len(to) != 1:
        return None
    a, b = int(serves.group("n")), int(_scaled_to(to[0]))
    if not a or not b or a == b:
        return None
    factor = b / a
    items = [
        m
        for m in INGREDIENT.finditer(text)
        if not (to[0].start() + serves.end() <= m.start() < to[0].end() + serves.end())
    ]
    if not items:
        return Worked("", need="the amounts in the recipe")
    said = []
    for m in items:
        q = 0.5 if m.group("q") == "½" else _n(m.group("q"))
        u = m.group("u")
        what = m.group("what") or ""
        if what in ("and", "for", "to", "the", "a", "plus", "with", "how", "what", "is"):
            what = ""
        new = q * factor
        if u in ("g", "grams", "gram") and new >= 1000:
            new, u = new / 1000, "kg"
        if u == "ml" and new >= 1000:
            new, u = new / 1000, "litres"
        if u in ("l", "litre", "litres"):
            u = "litre" if new == 1 else "litres"
        whole_things = not re.fullmatch(r"kg|g|grams?|ml|l|litres?", u)
        if whole_things and abs(new - round(new)) > 1e-9:
            shown = f"{count(round(new, 2))} (say {math.ceil(new)})"
        else:
            # 1.25kg, not 1.2kg: a measure in kilos or litres keeps its hundredths
            shown = count(round(new, 1 if u in ("g", "grams", "gram", "ml") else 2))
        gap = "" if re.fullmatch(r"kg|g|ml|l", u) else " "
        if whole_things:
            u = _plural(new, u) if not u.endswith(("sp",)) else u
        of = "of " if m.group("of") and what else ""
        said.append(f"{shown}{gap}{u}{' ' + of + what if what else ''}")
    return Worked(
        f"from {a} to {b} is × {count(round(factor, 3))}: {', '.join(said)}",
        ", ".join(said),
    )


# Money in another currency at a rate given: "£1 = €1.17, how much is €45 in pounds".
RATE_GIVEN = folded(
    rf"(?:[£$€]\s?1|1\s?(?:gbp|pound|eur|euro|usd|dollar))\s*(?:=|is|gets?(?: you)?|buys?|to)\s*"
    rf"(?P<r>[£$€]?\s?{NUM})\s*(?P<cur>gbp|eur|euros?|usd|dollars?|pounds?)?|"
    rf"(?P<r2>{NUM})\s*(?P<cur2>euros?|dollars?|eur|usd)\s*(?:to|per|for|a)\s+(?:the\s+|a\s+|1\s+)?"
    rf"(?P<of>pound|gbp|euro|eur|dollar|usd)|"
    rf"(?P<sign3>[$€])\s?(?P<r3>{NUM})\s*(?:to|per|for|a)\s+(?:the\s+|a\s+|1\s+|one\s+)?"
    rf"(?P<of3>pound|£)",
    re.I,
)
CURRENCY_SIGN = {"gbp": "£", "pound": "£", "eur": "€", "euro": "€", "usd": "$", "dollar": "$"}


# An amount in a named currency: "a 120 krone coffee", "120kr", "kr 120", "3,000 yen".
FOREIGN_SUM = folded(
    rf"(?<![\w.£$€])(?P<v>{NUM})\s?(?P<cur>{FOREIGN_WORDS})s?\b|\b(?P<cur2>kr|nok|sek|dkk)\.?\s?(?P<v2>{NUM})\b",
    re.I,
)


# A count priced just before an amount: "2 beers at ", "3 x ".
_COUNT_AT = folded(r"(?<![\w.,])(?P<n>\d+)\s+(?:[a-z]+\s+){0,2}?(?:at|@|x|×)\s*$", re.I)


def _home_sign(word: str) -> str:
    word = word.lower()
    return (
        word if word in "£$€" else "$" if word in ("dollar", "usd", "buck") else _cur(word) or "£"
    )


def _foreign(text: str) -> Worked | None:
    """Money in a currency said by name at a rate given: "if the krone is about 13.5 to the
    pound, how much is a 120 krone coffee" is 120 ÷ 13.5 = £8.89; "how many yen for £50" is 50
    × the rate. Only one amount to change, and of the currency the rate names."""
    rate = FOREIGN_RATE.search(text)
    if not rate:
        return None
    word = rate.group("cur") or rate.group("cur2") or rate.group("cur3")
    if not word:  # "13.5 to the pound": of the one currency the message names
        names = {FOREIGN[w.lower()] for w in re.findall(rf"\b(?:{FOREIGN_WORDS})\b", text, re.I)}
        if len(names) != 1:
            return None
        word = names.pop()
    name = FOREIGN[word.lower()]
    r = _n(rate.group("r") or rate.group("r2") or rate.group("r3") or rate.group("r4"))
    home = _home_sign(
        rate.group("of")
        or rate.group("of2")
        or rate.group("of3")
        or rate.group("of4")
        or rate.group("of5")
    )
    if not r:
        return None
    rest = text[: rate.start()] + " " * (rate.end() - rate.start()) + text[rate.end() :]
    theirs = [
        m
        for m in FOREIGN_SUM.finditer(rest)
        if FOREIGN[(m.group("cur") or m.group("cur2")).lower()] == name
    ]
    ours = list(MONEY.finditer(rest))
    rate_said = f"{money(1, home)} = {count(r)} {name}"
    if len(theirs) + len(ours) != 1:
        return None
    left = rest
    for m in (*theirs, *ours, *_COUNT_AT.finditer(rest, 0, (theirs or ours)[0].start())):
        left = left[: m.start()] + " " * (m.end() - m.start()) + left[m.end() :]
    if re.search(r"\d", left):
        return None  # a figure this does not use ("95 krone each, 4 of us"): not this sum
    if theirs:
        value = _n(theirs[0].group("v") or theirs[0].group("v2"))
        said = f"{count(value)} {name}"
        times = _COUNT_AT.search(rest, 0, theirs[0].start())
        if times:  # "2 beers at 95 krone each"
            value *= _n(times.group("n"))
            said = f"{times.group('n')} × {said} ({count(value)} {name})"
        got = money(value / r, home)
        return Worked(f"{said} at {rate_said} is {got}", got)
    if ours:
        value, sign = _money_value(ours[0])
        if sign != home:
            return None
        got = f"{count(round(value * r, 2))} {name}"
        return Worked(f"{money(value, sign)} at {rate_said} is {got}", got)
    return None


def _cur(word: str) -> str:
    word = word.lower().rstrip("s").strip()
    return CURRENCY_SIGN.get(word, word if word in "£$€" else "")


# A sum of money asked of a part of it: "per night", "each", "a head".
SHARED_OUT = folded(
    r"\b(?:per|each|apiece|a head|pp|a (?:night|day|week|month|person|ticket|room))\b", re.I
)


def _currency(text: str) -> Worked | None:
    rate = RATE_GIVEN.search(text)
    if not rate or not re.search(
        r"\b(?:in|to|into|as)\s+(?:pounds|quid|euros|dollars|gbp|eur|usd)\b|"
        r"\bhow much\b|\bwhat(?:'s|s| is)\b|\bhow many (?:euros|pounds|dollars|quid|bucks)\b",
        text,
    ):
        return None
    if rate.group("r2"):
        r, to_sign, from_sign = (
            _n(rate.group("r2")),
            _cur(rate.group("cur2")),
            _cur(rate.group("of")),
        )
    elif rate.group("r3"):  # "$1.25 to the pound"
        r, to_sign, from_sign = _n(rate.group("r3")), rate.group("sign3"), "£"
    else:
        said = rate.group(0)
        from_sign = (
            said.strip()[0]
            if said.strip()[0] in "£$€"
            else _cur(re.search(r"gbp|pound|eur|euro|usd|dollar", said, re.I).group(0))
        )
        r_said = rate.group("r")
        to_sign = r_said.strip()[0] if r_said.strip()[0] in "£$€" else _cur(rate.group("cur") or "")
        r = _n(r_said.lstrip("£$€ "))
    if not r or not to_sign or not from_sign or to_sign == from_sign:
        return None
    rest = text[: rate.start()] + " " * (rate.end() - rate.start()) + text[rate.end() :]
    monies = list(MONEY.finditer(rest))
    if len(monies) != 1:
        return None
    if SHARED_OUT.search(rest):
        return None  # "$486 for 3 nights ... how much per night in pounds": not the whole
    value, sign = _money_value(monies[0])
    rate_said = f"{money(1, from_sign)} = {to_sign}{count(r)}"
    if sign == from_sign:
        got = value * r
        return Worked(
            f"{money(value, sign)} at {rate_said} is {money(got, to_sign)}", money(got, to_sign)
        )
    if sign == to_sign:
        got = value / r
        return Worked(
            f"{money(value, sign)} at {rate_said} is {money(got, from_sign)}",
            money(got, from_sign),
        )
    return None


# A journey's time from its distance and speed, or its distance from a speed and a time: "its
# 120 miles and we average 50mph, how long".
AT_SPEED = folded(
    r"(?<![\w.])(?P<v>\d+(?:\.\d+)?)\s?(?P<u>mph|km/?h|kph|kmh|miles an hour|km an hour|miles per "
    r"hour|kilometres an hour)\b",
    re.I,
)
FAR = folded(
    r"(?<![\w.])(?P<d>\d+(?:\.\d+)?)\s?(?P<u>miles?|mi|km|kms|kilomet(?:re|er)s?)\b"
    r"(?! an hour| per hour|/h)",
    re.I,
)


def _journey(text: str) -> Worked | None:
    speed = AT_SPEED.search(text)
    if not speed:
        return None
    v = _n(speed.group("v"))
    miles = speed.group("u").lower().startswith(("mph", "mile"))
    far = [m for m in FAR.finditer(text) if not (speed.start() <= m.start() < speed.end())]
    if re.search(r"\bhow long\b|\bwhat time\b|\bhow many hours\b", text) and len(far) == 1 and v:
        d = _n(far[0].group("d"))
        d_miles = far[0].group("u").lower().startswith("mi")
        if d_miles != miles or _unread(text, [speed.span(), far[0].span()]):
            return None  # ("with 4 stops of 15 mins": never "with no stops")
        minutes = round(d / v * 60)
        h, m = divmod(minutes, 60)
        took = f"{h} h {m} min" if h and m else f"{h} hours" if h else f"{m} minutes"
        unit = "miles" if miles else "km"
        return Worked(
            f"{count(d)} {unit} at {count(v)} {speed.group('u')} is {took}, with no stops",
            took,
        )
    if re.search(r"\bhow far\b", text) and not far:
        hours = HOURS.search(text)
        mins = MINUTES.search(text)
        if not hours and not mins:
            return None
        t = (_n(hours.group("n")) if hours else 0) + (_n(mins.group("n")) / 60 if mins else 0)
        unit = "miles" if miles else "km"
        return Worked(
            f"{count(v)} {speed.group('u')} for {count(round(t, 2))} hours is "
            f"{count(round(v * t, 1))} {unit}",
            f"{count(round(v * t, 1))} {unit}",
        )
    return None


# ---------------------------------------------------------------------------------------------
# A follow-up that changes a figure of the sum asked just before ("ok make it 1 min of faffing",
# "what if it's £12 instead", "redo it with 5 of us") or adds one ("redo it with €15 reservations
# on 5 of the trains"): the question asked again with that figure, to be worked out afresh.
REDO_CUE = folded(
    r"^\W*(?:(?:ok|okay|ok so|and|so|right|hmm|cool|but|now|actually|wait|oh|also|kk|yeah|"
    r"alright|sorry)\W+)*(?:(?:can you|could you|can u|could u|pls|please)\s+)?(?:redo|re-do|"
    r"rework|recalc\w*|do (?:it|that|the sum|the maths?|this) again|run (?:it|that) again|make "
    r"(?:it|that)|change (?:it|that)|what if|what about|how about|and if|and with|same (?:but|"
    r"again|thing)|now with|with|but with|say|if it'?s|if its|if there'?s|if we'?re|if were)\b|"
    r"^\W*(?:wait|actually|sorry|oops|hang on|no)\W+(?:\w+\W+)?(?:it was|it'?s|its|there "
    r"(?:was|were|"
    r"are|is)|we were|we'?re|there'?s|make that)\b|"
    r"\binstead\b|\bredo\b",
    re.I,
)
TIME_FIGURE = folded(
    r"(?<![\w.])\d+(?:\.\d+)?(?: and a half|½)?\s?(?:min(?:ute)?s?|secs?|seconds?|hours?|hrs?)\b",
    re.I,
)
COUNT_FIGURE = folded(r"(?<![\w.£$€%:/-])\d{1,4}(?:\.\d+)?(?=\s+[a-z])(?!\s?%)", re.I)
FILLER = {
    "of",
    "us",
    "the",
    "a",
    "an",
    "for",
    "on",
    "in",
    "at",
    "each",
    "per",
    "our",
    "my",
    "is",
    "it",
    "and",
    "maybe",
    "like",
    "about",
    "instead",
    "then",
    "pls",
    "please",
}


def _figures(text: str) -> list[tuple[str, int, int, list[str]]]:
    """The figures of `text`: (kind, start, end, the words they are of)."""
    found: list[tuple[str, int, int]] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    for m in PEOPLE.finditer(text):
        found.append(("people", m.start(), m.end()))
        taken.append((m.start(), m.end()))
    for m in GO_COUNT.finditer(text):
        if m.group("per") or m.group("per2") or m.group("per3"):
            found.append(("often", m.start(), m.end()))
            taken.append((m.start(), m.end()))
    for m in MONEY.finditer(text):
        _, _, end = _range_of(text, m)
        if free(m.start(), end):
            found.append(("money", m.start(), end))
            taken.append((m.start(), end))
    for m in TIME_FIGURE.finditer(text):
        if free(m.start(), m.end()):
            found.append(("time", m.start(), m.end()))
            taken.append((m.start(), m.end()))
    for m in PERCENT_AT.finditer(text):
        if free(m.start(), m.end()):
            found.append(("percent", m.start(), m.end()))
            taken.append((m.start(), m.end()))
    for m in COUNT_FIGURE.finditer(text):
        if re.match(r"\s+of\b", text[m.end() :]):
            continue  # "on 5 of the trains": some of a count, not the count
        if free(m.start(), m.end()):
            found.append(("count", m.start(), m.end()))
            taken.append((m.start(), m.end()))
    out = []
    for kind, a, b in sorted(found, key=lambda f: f[1]):
        words = [w for w in re.findall(r"[a-z]+", text[b : b + 40])[:5] if w not in FILLER][:2]
        if kind == "count" and not words:
            continue
        # and the words just before it: "the hall hire was £150" is of the hall hire
        ahead = re.split(r"[,.;:!?]", text[max(0, a - 30) : a])[-1]
        before = [
            w
            for w in re.findall(r"[a-z]+", ahead)[-3:]
            if w not in FILLER and w not in LEAD and len(w) > 1
        ]
        out.append((kind, a, b, (words, before)))
    return out


# Words before a figure that name no thing: "what if it was £12", "make it 1 min".
LEAD = {
    "what",
    "if",
    "was",
    "were",
    "be",
    "would",
    "make",
    "ok",
    "okay",
    "redo",
    "with",
    "now",
    "so",
    "but",
    "get",
    "we",
    "i",
    "you",
    "its",
    "has",
    "have",
    "had",
    "are",
    "how",
    "say",
    "then",
    "there",
    "just",
    "only",
    "do",
    "doing",
    "did",
    "wait",
    "sorry",
    "actually",
    "hmm",
    "to",
    "up",
    "down",
    "from",
    "by",
    "that",
    "this",
    "they",
    "cost",
    "costs",
    "came",
}


def _of_same(a: tuple[list[str], list[str]], b: tuple[list[str], list[str]]) -> bool:
    """Whether two figures are of the same thing: by the words after them, else before."""
    return any(_same(x, y) for x in a[0] for y in b[0]) or any(
        _same(x, y) for x in a[1] for y in b[1]
    )


def _named(olds: list, words: tuple[list[str], list[str]]) -> list:
    """The figures among `olds` the words name: by the words after first, else before."""
    after = [f for f in olds if any(_same(x, y) for x in f[3][0] for y in words[0])]
    if after:
        return after
    return [f for f in olds if any(_same(x, y) for x in f[3][1] for y in words[1])]


def redone(before: str, message: str, steps: bool = False) -> str:
    """The sum asked in `before` asked again with the figures `message` changes or adds, or ""
    when `message` is no such follow-up, or which figure it changes is not sure. With `steps`
    (for the one who does a group's sums), a step added to a sum of steps too."""
    text, prev = _clean(message[:300]), _clean(before[:600])
    rest = _rest_redone(prev, text)
    if rest:
        return rest
    added = ""
    if steps:
        added = _steps_redone(prev, text) or units_redone(prev, text) or days_redone(prev, text)
    if added:
        return added
    swap = re.search(r"\b(?:with |and )(?P<w>dis)?advantage\b", text)
    if REDO_CUE.search(text) and swap and re.search(r"\b(?:dis)?advantage\b", prev):
        # "ok and with disadvantage?" after a roll with advantage.
        said = "disadvantage" if swap.group("w") else "advantage"
        return re.sub(r"\b(?:dis)?advantage\b", said, prev)
    owes = OWES.search(text)
    if (
        owes
        and re.search(r"\b(?:fold|add|put|include|stick|plus|and|also)\b", text)
        and _shares(prev)
    ):
        return f"{prev.rstrip(' ?.!')}, and {owes.group(0)}"
    general = _general_redone(prev, text)
    if general:
        return general
    if NEED_ON.search(text) and MARKS.search(prev):
        # "ok what do i need on paper 2 to get 70% overall if paper 1 is 48", after "48/70 on
        # paper 1 and 52/70 on paper 2": what each is out of, from the question before.
        return f"{text.rstrip(' ?.!')}. {prev}"
    if not REDO_CUE.search(text) or not re.search(r"\d", text):
        return ""
    extra = EXTRA.search(text)
    if extra:
        clause = extra.group(0).strip()
        return f"{prev.rstrip(' ?.!')}, {clause}. {_asked_tail(prev)}".strip()
    scaled = SCALED_AGAIN.match(text)
    if scaled:
        last = list(re.finditer(r"\bfor (\d{1,3})\b", prev))
        if not last or not SERVES.search(prev):
            return ""
        at = last[-1]
        return prev[: at.start(1)] + scaled.group("n") + prev[at.end(1) :]
    changes = _figures(text)
    if not changes or len(changes) > 2:
        return ""
    olds = _figures(prev)
    edits = []
    for kind, a, b, words in changes:
        said = text[a:b]
        same_kind = [f for f in olds if f[0] == kind]
        if kind == "count":
            # "10 trains" for "8 trains": a count changes a count of the same things
            same_kind = [
                f for f in same_kind if any(_same(x, y) for x in f[3][0] for y in words[0])
            ]
        named = _named(same_kind, words)
        if (words[0] or words[1]) and not named and kind in ("money", "count"):
            return ""  # "dev owes £5 from the manure": not the seed order's £63.40
        pick = named if named else same_kind
        if kind == "people" and not pick:
            n = _people(said)
            return f"{prev.rstrip(' ?.!')}, split between {n} of us, how much each"
        if len(pick) > 1 and kind != "count":
            return "?" + said  # which of its figures it changes is not sure: asked
        if len(pick) != 1:
            return ""
        _, pa, pb, _ = pick[0]
        if kind == "people":
            said = f"{_people(said)} of us"
        elif kind == "count":
            said = text[a:b]
        edits.append((pa, pb, said))
    for pa, pb, said in sorted(edits, reverse=True):
        prev = prev[:pa] + said + prev[pb:]
    return prev


def _rest_redone(prev: str, text: str) -> str:
    """A part put in and the rest shared ("nan puts in £10 and the rest is split 3 ways") of the
    one total `prev` gives ("£186 for christmas food"), as a sum of steps to read; "" when
    `text` shares no rest, or `prev` gives no one total in the same money."""
    if not REST_SHARED.search(text):
        return ""
    parts, totals = list(MONEY.finditer(text)), list(MONEY.finditer(prev))
    if len(parts) != 1 or len(totals) != 1:
        return ""
    total, sign = _money_value(totals[0])
    if _money_value(parts[0])[1] != sign:
        return ""
    return f"the total is {money(total, sign)}, {text.rstrip(' ?.!')}, how much each?"


# A step added to a sum of steps: "and if i take off 15% for gravel and rocks", "oh and take off
# £60 for the show stand pls", "and with a 10% discount".
S_STEP_ADDED = folded(
    r"^\W*(?:(?:ok|okay|and|also|oh|right|then|now|so|but|plus|fine|cool)\W+)*(?:if (?:we|i|you|u) "
    r")?(?:add|plus|include|take off|knock off|minus|less|deduct|subtract|after|with|take away|"
    r"throw in)\b",
    re.I,
)


def _steps_redone(prev: str, text: str) -> str:
    """`prev`, a sum of steps, with the step `text` adds after it; "" when it adds none."""
    if len(text) > 160 or not (S_STEP_ADDED.search(text) or G_ADD.search(text)):
        return ""
    if G_CHANGE.search(text) or not re.search(r"\d", text) or not stepped_over(prev):
        return ""
    return f"{prev.rstrip(' ?.!')}; {text.rstrip(' ?.!')}?"


def _result_changed(first: Worked, said: str) -> Worked | None:
    """A sum of money taken off or put on what a sum came to ("oh and take off £60 for the show
    stand pls" after "... is £446.08"), when it came to one sum of money and not a share; None
    when `said` is no such step."""
    monies, results = list(MONEY.finditer(said)), list(MONEY.finditer(first.number))
    if not S_STEP_ADDED.search(said) or first.need or not 0 < len(monies) < 4 or len(results) != 1:
        return None
    if len(_figures(said)) != len(monies) or first.number != results[0].group(0):
        return None  # "£17 each", "about £245.70": not one plain sum to take from
    # "minus the £85 pitch and about £40 for gas": each one taken off, the same way
    values = [_money_value(m) for m in monies]
    (was, had), value = _money_value(results[0]), sum(v for v, _ in values)
    less = S_LESS.search(said) or re.search(r"\bknock off|\btake off", said)
    if any(sign != had for _, sign in values) or (less and value >= was):
        return None
    now = round(was - value if less else was + value, 2)
    parts = " and ".join(money(v, had) for v, _ in values)
    step = f"less {parts}" if less else f"+ {parts}"
    return Worked(f"{first.working}; {step} is {_p_money(now, had)}", _p_money(now, had))


SCALED_AGAIN = folded(
    r"^\W*(?:(?:ok|okay|and|so|what about|how about|what if it'?s|make it|now|same)\W+)*for "
    r"(?P<n>\d{1,3})(?: people| of us| guests| ppl| instead)?\W*(?:instead|then|pls|please)?\W*$",
    re.I,
)
DISCOUNT_SAID = folded(
    r"(?<![\w.])(?P<r>\d{1,2}(?:\.\d+)?)\s?(?:%|percent|per cent)\s+(?:off|discount)\b|"
    r"\b(?:discount|reduction) of (?P<s>\d{1,2}(?:\.\d+)?)\s?(?:%|percent)",
    re.I,
)


def _asked_tail(prev: str) -> str:
    """The question of `prev` again, for a clause added after it: "which is cheaper"."""
    m = CHEAPER_ASKED.search(prev)
    return m.group(0) if m else ""


# A follow-up that changes how many there are ("ok and if 2 more come?", "2 have dropped out
# whats it now", "ok now its 52 coming") or swaps one figure for another of its unit ("actually
# change it to £650", "and if i swap to the 1.2kW oil one?") in the sum asked before, read with
# the figures said before it (`refigured`).
FEWER_COMING = folded(
    r"\b(?P<k>\d{1,2}|one|two|three|four|five|six) (?:of (?:us|them) |people |more )?(?:have |has "
    r"|'ve |are |is )?(?:dropped out|drop out|dropping out|pulled out|pull out|cancelled|canceled|"
    r"bailed|can'?t (?:make it|come)|aren'?t coming|not coming|won'?t be coming|less|fewer)\b",
    re.I,
)
NOW_COMING = folded(
    r"\b(?:now|it'?s|its|there'?s|theres|we'?re|were|what if|if|make it)\b[^.?!\d]{0,20}?"
    r"(?<![\w.£$€])(?P<n>\d{1,3}) (?:coming|of us|people|guests|ppl|going)\b",
    re.I,
)
# How many there are, as a sum said it: `PEOPLE`, or "40 guests", "52 coming".
HEADCOUNT = folded(
    rf"{PEOPLE.pattern}|\b(?P<g>\d{{1,3}}) (?:guests|ppl|kids|children|coming|going|adults)\b|"
    r"\b(?:with|w|for) (?P<h>\d{1,3}) of us\b",
    re.I,
)
# A figure put on top of the sum's ("add another 9 miles round trip"): added, never swapped in.
ADDED = re.compile(r"\b(?:add|adding|plus|on top|extra|as well)\b|\+")
SWAPPED = folded(r"\b(?:swap|switch|change|changed|instead|go with|went with|now|actually)\b", re.I)
FIGURE_UNIT = folded(
    rf"(?<![\w.,£$€])(?:(?P<sign>[£$€])\s?)?(?P<n>{NUM})(?:\s?(?P<u>%|[a-z]+)\b)?", re.I
)
_UNIT_KEY = {
    "hrs": "hour",
    "hr": "hour",
    "h": "hour",
    "hours": "hour",
    "mins": "minute",
    "min": "minute",
}
_UNIT_KEY |= {"minutes": "minute", "quid": "£", "pounds": "£", "pound": "£", "euros": "€"}
_UNIT_KEY |= {"euro": "€", "dollars": "$", "dollar": "$", "bucks": "$"}


def _unit_key(m: re.Match[str]) -> str:
    """What a figure is a figure of, to match one figure with another: its sign, else its unit
    word, singular ("hrs" and "hour" are one); "" for a bare figure."""
    if m.group("sign"):
        return m.group("sign")
    word = (m.group("u") or "").lower()
    if word in ("of", "and", "or", "to", "for", "in", "on", "at", "a", "an", "the", "is", "each"):
        return ""
    word = _UNIT_KEY.get(word, word)
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _headcount_changed(prev: str, text: str) -> str:
    """`prev` with how many there are changed as `text` says (2 more, 2 fewer, now 52), or ""
    when it says no such change or `prev` says no one count of them."""
    more, fewer, now = MORE_COMING.search(text), FEWER_COMING.search(text), NOW_COMING.search(text)
    if not (more or fewer or now):
        return ""
    counts = list(HEADCOUNT.finditer(prev))
    values = {next(g for g in m.groups() if g) for m in counts}
    if len(values) != 1:
        return ""  # no count of people in the sum, or two: which one changes is not sure
    was = int(values.pop())
    if now:
        n = int(now.group("n"))
    else:
        k = int(_WORDS.get((more or fewer).group("k").lower(), (more or fewer).group("k")))
        n = was + k if more else was - k
    if n < 1 or n == was:
        return ""
    for m in reversed(counts):
        at = next(i for i, g in enumerate(m.groups(), 1) if g)
        prev = prev[: m.start(at)] + str(n) + prev[m.end(at) :]
    return prev


def _figure_swapped(prev: str, text: str) -> str:
    """`prev` with the one figure of a unit `text` gives ("£650", "1.2kW") in place of the one
    figure of that unit it said ("£500", "2kW"), or "" when `text` swaps nothing, or `prev` has
    not one figure of that unit."""
    if not (REDO_CUE.search(text) or SWAPPED.search(text)) or ADDED.search(text):
        return ""
    if FRACTION.search(text) or re.search(r"\b\d+ of (?:the|them|those)\b", text):
        return ""  # "if half my charging is rapid at 79p": a part at the figure, not a swap
    given = [m for m in FIGURE_UNIT.finditer(text) if _unit_key(m)]
    if len(given) != 1 or len(FIGURE_UNIT.findall(text)) != 1:
        return ""
    key = _unit_key(given[0])
    olds = [m for m in FIGURE_UNIT.finditer(prev) if _unit_key(m) == key]
    if len({m.group("n") for m in olds}) != 1:
        return ""
    new = given[0].group("n")
    for m in reversed(olds):
        prev = prev[: m.start("n")] + new + prev[m.end("n") :]
    return prev


def refigured(before: str, message: str) -> str:
    """The sum asked in `before` (with the figures said before it) asked again as the follow-up
    `message` changes it: how many there are, or one figure of a unit swapped; a new question
    of its own after the change ("ok now its 52 coming, how many cases of 6 do i get") asked
    after it. "" when `message` changes neither, or what it changes is not sure."""
    text, prev = _clean(message[:300]), _clean(before[:600])
    if len(text) > 160 or not (ASKED.search(text) or REDO_CUE.search(text)):
        return ""  # news ("2 more come on the train, we meet at 1"), not a sum asked again
    # (its figures as said: "the 1.2kW oil one" has one figure, not "1.2kw oil 1")
    changed = _headcount_changed(prev, text) or _figure_swapped(prev, message[:300])
    if not changed:
        return ""
    change = MORE_COMING.search(text) or FEWER_COMING.search(text) or NOW_COMING.search(text)
    tail = text[change.end() :] if change else ""
    asked = HOW_MANY.search(tail) or re.search(r"\bhow much\b", tail)
    if asked:
        return f"{changed.rstrip(' ?.!')}. {tail[asked.start() :]}"
    return changed


def redo(before: str, message: str, steps: bool = False) -> Worked | None:
    """The sum of `before` worked again as `message` changes it (see `redone`), or None. A part
    put in and the rest shared is of the one total `before` gives, a sum asked or not."""
    said = _clean(message[:300])
    rest = _rest_redone(_clean(before[:600]), said)
    if rest:
        return stepped(rest)
    first = sum_read(before, steps)
    if not first:
        return None
    added = _steps_redone(_clean(before[:600]), said) if steps else ""
    if added:
        return stepped(added)
    general = _general_redone(_clean(before[:600]), said)
    if general.startswith("?"):
        return Worked("", need=f"which of your figures the {general[1:]} takes the place of")
    if general:
        found = word_sum(general)
        return found if found and found.working != first.working else None
    changed = _result_changed(first, said) if steps else None
    if changed:
        return changed
    off = DISCOUNT_SAID.search(said)
    if off and REDO_CUE.search(said) and len(_figures(said)) == 1 and not first.need:
        # "and with a 10% discount": off the result it came to, when that is one sum of money.
        monies = list(MONEY.finditer(first.number))
        if len(monies) != 1 or "," in first.number.replace(monies[0].group(0), ""):
            return None
        value, sign = _money_value(monies[0])
        r = _n(off.group("r") or off.group("s"))
        less = _cents(value * (1 - r / 100))
        number = first.number.replace(monies[0].group(0), money(less, sign))
        return Worked(f"{first.working}; less {count(r)}%, {number}", number)
    text = redone(before, message, steps)
    if text.startswith("?"):
        return Worked("", need=f"which of your figures the {text[1:]} takes the place of")
    if not text or text == _clean(before[:600]):
        return None
    found = sum_read(text, steps)
    if found and found.working and found.working == first.working:
        return None
    return found


# ---------------------------------------------------------------------------------------------
# A kitty less what was spent: "6 of us chipped in £14 each ... card was £3.50 and flowers £42,
# what's left for the voucher"; and the rest shared ("split the rest between 3 charities").
CHIPPED = folded(
    rf"\b(?P<n>\d{{1,3}}) (?:of us|households|families|people|neighbours|members|friends|flats|"
    rf"houses) (?:each |all )?(?:chipped in|chip in|put in|paid in|pay in|paid|pay|gave|give|"
    rf"threw in|contributed|contribute|put)\s+"
    rf"(?P<m>[£$€]\s?{NUM}|{NUM}\s?(?:quid|euros?|pounds?))(?:\s+each)?|"
    rf"\b(?:we|i|they)(?:'ve| have)? (?:raised|collected|made|took|have|had|got)\s+(?:in\s+)?"
    rf"(?P<t>[£$€]\s?{NUM}|{NUM}\s?(?:quid|euros?|pounds?))|\b(?:kitty|pot|jar|fund|float|budget)"
    rf"(?: is| was| has| had| of)?\s+(?P<u>[£$€]\s?{NUM}|{NUM}\s?(?:quid|euros?|pounds?))",
    re.I,
)
LEFT_ASKED = folded(
    r"\b(?:left|left over|leftover|remaining|remains|spare|the rest|change|to spare)\b", re.I
)


def _kitty(text: str) -> Worked | None:
    if not LEFT_ASKED.search(text):
        return None
    pot = CHIPPED.search(text)
    if not pot:
        return None
    if pot.group("m"):
        each, sign = _money_value(next(MONEY.finditer(pot.group("m"))))
        n = int(pot.group("n"))
        total = each * n
        head = f"{n} × {money(each, sign)} is {money(total, sign)}"
        inside = (pot.start("m"), pot.end())
    else:
        said = pot.group("t") or pot.group("u")
        total, sign = _money_value(next(MONEY.finditer(said)))
        head = f"{money(total, sign)}"
        inside = (pot.start("t") if pot.group("t") else pot.start("u"), pot.end())
    bought = _bought_with_rest(text)
    costs = [
        m
        for m in MONEY.finditer(text)
        if not inside[0] <= m.start() < inside[1] and not (bought and m.start() == bought[1])
    ]
    if not costs or len(costs) > 6:
        return None
    spent = [_money_value(m)[0] for m in costs]
    out = sum(spent)
    left = total - out
    if left < 0:
        return Worked(
            f"{head} against {money(out, sign)} spent: {money(-left, sign)} short",
            f"{money(-left, sign)} short",
        )
    less = (
        money(spent[0], sign)
        if len(spent) == 1
        else (f"{' and '.join(money(s, sign) for s in spent)} ({money(out, sign)})")
    )
    working = f"{head}; less {less} leaves {money(left, sign)}"
    shared = re.search(
        r"\b(?:split|share|shared|divide|divided)\b[^.?!]{0,20}?\b(?:between|among|by)\s+"
        r"(?:the\s+)?(?P<k>\d{1,3})\b",
        text[pot.end() :],
    )
    if bought and left > 0:
        price, _, thing = bought
        n = int(left / price + 1e-9)
        working += f": {money(left, sign)} ÷ {money(price, sign)} is {count(n)} {thing}"
        return Worked(working, f"{count(n)} {thing}")
    if shared and int(shared.group("k")) > 1:
        k = int(shared.group("k"))
        each = left / k
        about = "" if abs(each * 100 - round(each * 100)) < 1e-6 else "about "
        working += f", {about}{money(each, sign)} each for {k}"
        return Worked(working, f"{about}{money(each, sign)} each")
    return Worked(working, money(left, sign))


# What the rest buys at a price each: "how many posters at 40p each can we print with what's left".
REST_BUYS = folded(
    rf"\bhow many (?P<thing>[a-z]+(?: [a-z]+)?) (?:at|for) (?P<m>[£$€]\s?{NUM}|\d+(?:\.\d+)?\s?p\b)"
    rf"(?: each| apiece| a go| a time)?",
    re.I,
)


def _bought_with_rest(text: str) -> tuple[float, int, str] | None:
    """The price each of what a kitty's rest is asked to buy, where its money starts, and what it
    buys ("how many posters at 40p each": 40p, posters); None when nothing is asked so."""
    asked = REST_BUYS.search(text)
    if not asked:
        return None
    price = next(MONEY.finditer(text, asked.start("m")))
    return _money_value(price)[0], price.start(), asked.group("thing")


# A bill shared by shares when someone has a part share: "the seed order came to £63.40 and
# there's 4 plots, but kasia only wants a half share".
PART_SHARE = folded(
    r"\b(?P<who>[a-z]+)(?:'s| is| only| just| will| would| wants| gets| takes| pays| has| doing|"
    r" having|\s)+(?:a |an )?(?P<f>half|a half|third|a third|quarter|a quarter|double|two|2|1\.5|"
    r"one and a half)(?: a)? (?:share|shares|portion|cut|plot)\b|"
    r"\b(?P<who2>[a-z]+) (?:only |just )?(?:pays|wants|gets|takes|does) (?P<g>half|a third|a "
    r"quarter|double)\b",
    re.I,
)
PART = {
    "half": 0.5,
    "a half": 0.5,
    "third": 1 / 3,
    "a third": 1 / 3,
    "quarter": 0.25,
    "a quarter": 0.25,
    "double": 2.0,
    "two": 2.0,
    "2": 2.0,
    "1.5": 1.5,
    "one and a half": 1.5,
}
UNITS_OF = folded(
    r"\b(?:there(?:'s| is| are| were|s)|we(?:'re| are| have)|got)?\s*(?P<n>\d{1,3}) (?P<what>plots|"
    r"rooms|households|flats|families|people|players|houses|members|of us|tables|teams)\b",
    re.I,
)
OWES = folded(
    rf"\b(?P<who>[a-z]+) owes (?:us |me |the pot |the kitty )?(?P<m>[£$€]\s?{NUM}|{NUM}\s?(?:quid|"
    rf"pounds?|euros?))",
    re.I,
)


def _shares(text: str) -> Worked | None:
    monies = list(MONEY.finditer(text))
    owes = OWES.search(text)
    if owes:
        monies = [m for m in monies if not owes.start() <= m.start() < owes.end()]
    part = PART_SHARE.search(text)
    units = UNITS_OF.search(text)
    if len(monies) != 1 or not part or not units:
        return None
    if not re.search(r"\b(?:how much|each|everyone|every1|per|pay|owe|split|share)\b", text):
        return None
    who = (part.group("who") or part.group("who2")).lower()
    if who in ("a", "the", "and", "but", "only", "just", "wants", "s", "it", "that"):
        return None
    if who in ("he", "she", "they", "so", "then", "also", "still", "now"):
        # "dave left early so he pays half": the one named before
        named = [
            m.group(1)
            for m in re.finditer(
                r"\b([a-z]+) (?:left|leaves|leaving|has|had|is|was|only|got|came|arrived|joined|"
                r"missed|won'?t|isn'?t|wasn'?t|didn'?t|doesn'?t|will|went)\b",
                text[: part.start()],
            )
            if m.group(1)
            not in ("he", "she", "they", "it", "there", "who", "that", "which", "but", "and", "so")
        ]
        who = named[-1] if named else "them"
    f = PART[(part.group("f") or part.group("g")).lower()]
    n = int(units.group("n"))
    if n < 2:
        return None
    total, sign = _money_value(monies[0])
    shares = (n - 1) + f
    full = total / shares
    mine = full * f
    about = "" if abs(full * 100 - round(full * 100)) < 1e-6 else "about "
    who_said = "you" if who in ("me", "i", "my") else who
    part_said = {
        0.5: "a half",
        1 / 3: "a third",
        0.25: "a quarter",
        2.0: "a double",
        1.5: "one and a half",
    }[f]
    working = (
        f"{n - 1} full shares and {part_said} for {who_said} is {count(round(shares, 2))} "
        f"shares: {money(total, sign)} ÷ {count(round(shares, 2))} is {about}{money(full, sign)} a "
        f"full share and {money(mine, sign)} for {who_said}"
    )
    number = f"{about}{money(full, sign)} each, {money(mine, sign)} for {who_said}"
    if owes:
        debt, _ = _money_value(next(MONEY.finditer(owes.group("m"))))
        debtor = owes.group("who").lower()
        theirs = mine if debtor == who else full
        working += (
            f"; {debtor} {money(theirs, sign)} + {money(debt, sign)} = {money(theirs + debt, sign)}"
        )
        number += f", {debtor} {money(theirs + debt, sign)}"
    return Worked(working, number)


# Marks over papers: "48/70 on paper 1 and 52/70 on paper 2 whats my percentage", and what is
# needed on the last for an overall mark.
MARKS = folded(r"(?<![\w.])(?P<a>\d{1,3})\s?(?:/|out of )(?P<b>\d{1,3})\b", re.I)
OVERALL_ASKED = folded(r"\b(?:percentage|percent|%|overall|altogether|in total|total)\b", re.I)
GRADE_AT = folded(
    r"\b(?:grade \w+|a pass|pass|the pass mark|a (?:first|2:1|2\.1|distinction|merit))\s+"
    r"(?:is|=|needs|at)\s+(?:like\s+|about\s+|around\s+)?(?P<g>\d{1,3}(?:\.\d+)?)\s?%",
    re.I,
)


def _overall(text: str) -> Worked | None:
    marks = list(MARKS.finditer(text))
    if len(marks) < 2 or not OVERALL_ASKED.search(text):
        return None
    got = [int(m.group("a")) for m in marks]
    out_of = [int(m.group("b")) for m in marks]
    if any(a > b or not b for a, b in zip(got, out_of, strict=True)):
        return None
    total, whole = sum(got), sum(out_of)
    pc = 100 * total / whole
    about = "" if abs(pc * 10 - round(pc * 10)) < 1e-9 else "about "
    working = (
        f"{' + '.join(map(str, got))} = {total} out of {' + '.join(map(str, out_of))} = {whole}, "
        f"which is {about}{_pc(pc)}"
    )
    grade = GRADE_AT.search(text)
    if grade:
        g = _n(grade.group("g"))
        name = re.sub(r"\s+(?:is|=|needs|at).*$", "", grade.group(0))
        side = "over" if pc >= g else "under"
        working += f": {side} the {g:g}% for {name}"
    return Worked(working, f"{about}{_pc(pc)}")


# Pay for hours at a rate, with an uplift: "3 nights of 12.5h at £19.80 an hour plus 30% night
# enhancement, what do i get before tax".
SHIFTS = folded(
    r"(?<![\w.])(?P<k>\d{1,2}) (?:nights?|shifts?|days?|sessions?|lates?|earlies|long days?) "
    r"(?:of|at|x|doing)\s+(?P<h>\d{1,2}(?:\.\d+)?)\s?(?:h|hrs?|hours?)\b",
    re.I,
)
HOURLY = folded(
    rf"(?P<m>[£$€]\s?{NUM}|{NUM}\s?p\b)\s*(?:an|a|per|/|p)\s?(?:hour|hr|h)\b|(?P<r>[£$€]\s?{NUM})"
    r"\s?ph\b",
    re.I,
)
UPLIFT = folded(
    r"\b(?:plus|\+|with|and)\s+(?:a\s+)?(?P<pc>\d{1,3}(?:\.\d+)?)\s?%\s*(?:[a-z]+\s+){0,2}?"
    r"(?:enhancement|uplift|premium|extra|bonus|on top|more|night rate|weekend rate)|"
    r"\b(?P<x>time and a half|double time|time and a third)\b",
    re.I,
)


# What an hour of overtime is paid, times the rate: "time and a half".
TIMES_OVER = {"time and a half": 1.5, "double time": 2.0, "time and a third": 4 / 3}
# Words after a second rate an hour that put it on top of the first: "nights are £2 an hour
# extra", "a £1.50 an hour premium".
RATE_ON_TOP = folded(
    r"^\s*(?:[a-z]+\s+){0,2}?(?:extra|more|on top|premium|enhancement|uplift|bonus)\b", re.I
)


def _hourly_rate(text: str) -> tuple[float, str, str] | None:
    """The rate an hour pay is worked at, its sign and how it is said: the one rate said, or a
    rate with another put on top of it ("base is £11.44 an hour and nights are £2 an hour
    extra": £13.44); None when there is a sum of money besides, or two rates neither of which
    is said to be on top ("£9.50 an hour weekdays and £12 on sundays": which hours are which)."""
    rates = list(HOURLY.finditer(text))
    if not rates or len(rates) > 2 or len(list(MONEY.finditer(text))) != len(rates):
        return None
    values = [_money_value(next(MONEY.finditer(r.group("m") or r.group("r")))) for r in rates]
    rate, sign = values[0]
    if len(rates) == 1:
        return rate, sign, money(rate, sign)
    if not RATE_ON_TOP.search(text[rates[1].end() :]) or values[1][1] != sign:
        return None
    extra = values[1][0]
    total = rate + extra
    return total, sign, f"{money(rate, sign)} + {money(extra, sign)} ({money(total, sign)})"


def _pay(text: str) -> Worked | None:
    shifts, hourly = SHIFTS.search(text), _hourly_rate(text)
    if not shifts or not hourly:
        return None
    k, h = int(shifts.group("k")), _n(shifts.group("h"))
    rate, sign, rate_said = hourly
    hours = k * h
    base = hours * rate
    working = (
        f"{k} × {count(h)} hours is {count(hours)} hours, at {rate_said} an hour "
        f"{money(base, sign)}"
    )
    up = UPLIFT.search(text)
    if up:
        if up.group("pc"):
            r = _n(up.group("pc"))
            said = f"{count(r)}%"
        else:
            r = 100 * (TIMES_OVER[up.group("x").lower()] - 1)
            said = up.group("x").lower()
        total = _cents(base * (1 + r / 100))
        working += f"; with {said} on top, {money(total, sign)}"
        base = total
    if re.search(r"\bbefore tax\b|\bgross\b", text):
        working += " before tax"
    return Worked(working, money(base, sign))


# Everyone with everyone else once: "6 of us, if everyone quizzes everyone else once how many
# quizzes", "8 teams, everyone plays everyone once, how many games".
EVERYONE = folded(
    r"\b(?:everyone|every1|each (?:person|of us|team|player)|each)\s+(?P<verb>[a-z]+)\s+"
    r"(?:(?!everyone|every1|each)[a-z]+\s+)?(?:with\s+)?(?:everyone|every1|each other|"
    r"every other \w+|all the others)(?: else)?"
    r"(?: once)?\b",
    re.I,
)
MUTUAL = folded(
    r"^(?:plays?|meets?|shakes?|hugs?|fights?|faces?|races?|matches?|partners?|pairs?|dances?|"
    r"duels?|battles?|clinks?|swaps?|toasts?|trades?|high-?fives?|fist-?bumps?)$",
    re.I,
)


def _everyone(text: str) -> Worked | None:
    m = EVERYONE.search(text)
    if not m or not HOW_MANY.search(text):
        return None
    n = _people(text) or next(
        (int(c.group(1)) for c in re.finditer(r"\b(\d{1,3}) (?:of us|[a-z]+s)\b", text)),
        0,
    )
    if not 2 <= n <= 200:
        return None
    pairs = n * (n - 1) // 2
    if MUTUAL.match(m.group("verb")):
        return Worked(f"{n} × {n - 1} ÷ 2 = {pairs:,}, each pair once", f"{pairs:,}")
    return Worked(
        f"each of {n} does it to the {n - 1} others: {n} × {n - 1} = {n * (n - 1):,} ({pairs:,} "
        f"pairs, if a pair counts once)",
        f"{n * (n - 1):,}",
    )


# Dice: "the chance of rolling 15 or higher on a d20 with advantage", "a 6 on 2 dice".
DIE = folded(r"\bd(?P<n>4|6|8|10|12|20|100)\b|\b(?P<m>\d{1,3})[- ]sided (?:die|dice)\b", re.I)
AT_LEAST = folded(
    r"(?<![\w.])(?P<x>\d{1,3})\s?(?:or (?:higher|more|above|better|over)|\+|and (?:up|above))|"
    r"\bat least (?:a )?(?P<y>\d{1,3})\b|\b(?:a|an|roll(?:ing)? a|roll(?:ing)? an|natural|nat|a "
    r"natural|a nat) (?P<z>\d{1,3})\b"
    r"(?! or)",
    re.I,
)


def _dice(text: str) -> Worked | None:
    die = DIE.search(text)
    if not die or not re.search(r"\b(?:chance|odds|probability|likely|%|percent)\b", text):
        return None
    sides = int(die.group("n") or die.group("m"))
    want = next(
        (a for a in AT_LEAST.finditer(text) if not a.start() <= die.start() < a.end()), None
    )
    if not want:
        return None
    x = int(want.group("x") or want.group("y") or want.group("z"))
    if not 1 <= x <= sides:
        return None
    exact = bool(want.group("z"))
    hits = 1 if exact else sides - x + 1
    p = hits / sides
    what = f"exactly {x}" if exact else f"{x} or higher"
    working = f"{what} on a d{sides} is {hits} in {sides} ({_pc(100 * p)})"
    worse = re.search(r"\bdisadvantage\b|\btake the lower\b|\btake the lowest\b", text)
    better = not worse and re.search(
        r"\badvantage\b|\btake the higher\b|\btake the highest\b", text
    )
    if exact and (worse or better):
        # The higher (lower) of two is exactly x: both at most (least) x, less both under (over).
        if better:
            q = (x / sides) ** 2 - ((x - 1) / sides) ** 2
        else:
            q = ((sides - x + 1) / sides) ** 2 - ((sides - x) / sides) ** 2
        which = "higher" if better else "lower"
        pct = f"{100 * q:.2f}%" if q < 0.01 else _pc(100 * q)
        adv = "advantage" if better else "disadvantage"
        working += f"; with {adv}, {pct} (the {which} of the two must be exactly {x})"
        return Worked(working, pct)
    if worse:
        q = p * p
        working += f"; with disadvantage both must: {count(p)} × {count(p)} = {_pc(100 * q)}"
        return Worked(working, _pc(100 * q))
    if better:
        q = 1 - (1 - p) ** 2
        miss = round(1 - p, 4)
        working += (
            f"; with advantage only both missing fails: 1 - {count(miss)} × {count(miss)} = "
            f"{_pc(100 * q)}"
        )
        return Worked(working, _pc(100 * q))
    return Worked(working, _pc(100 * p))


# A total on two or three ordinary dice: "chance of rolling a 7 with two dice" is 6 ways in 36,
# never two sixes; "odds of 10 or more on 2 dice". A figure a die can show ("a 6 on two dice")
# is a total only when a total is said: else it may be one die's six, and is left unread.
DICE_N = folded(
    r"\b(?P<n>two|2|three|3|a pair of|pair of) (?:(?:normal|standard|ordinary|six[- ]sided|"
    r"fair) )?dice\b|\b(?P<m>[23])d6\b",
    re.I,
)
DICE_TOTAL = folded(
    r"\b(?P<said>total(?:ling)?(?: of)?|sum(?: of)?|add(?:s|ing)? (?:up )?to|makes?|making|"
    r"score of|of|a|an|roll(?:ing)?(?: a| an)?|get(?:ting)?(?: a| an)?|throw(?:ing)?(?: a| an)?)\s+"
    r"(?P<x>\d{1,2})\b(?!\s?(?:%|-sided|sided|d\d|dice|die\b|times|x\b))"
    r"(?:\s*(?P<way>or (?:more|higher|above|over|better)|\+|or (?:less|lower|under|below)))?",
    re.I,
)
DICE_SUM_WORD = folded(r"^(?:total|sum|add|make|making|score)", re.I)


def _dice_total(text: str) -> Worked | None:
    """The chance of a total (or a total or more, or less) on two or three dice, by counting the
    ways they fall; None when no total is plainly asked."""
    dice = DICE_N.search(text)
    if not dice or not re.search(
        r"\b(?:chance|chances|odds|probability|likely|likelihood)\b", text
    ):
        return None
    word = (dice.group("n") or dice.group("m")).lower()
    n = 3 if word in ("three", "3") else 2
    totals = [t for t in DICE_TOTAL.finditer(text) if not t.start() <= dice.start() < t.end()]
    if len(totals) != 1:
        return None
    t = totals[0]
    x = int(t.group("x"))
    if x <= 6 and not DICE_SUM_WORD.match(t.group("said")):
        return None  # "a 6 on two dice": one die's six, or a total of six?
    if not n <= x <= 6 * n:
        return None
    falls = [0] * (6 * n + 1)
    for faces in itertools.product(range(1, 7), repeat=n):
        falls[sum(faces)] += 1
    way = (t.group("way") or "").lower()
    if way and ("less" in way or "lower" in way or "under" in way or "below" in way):
        hits, what = sum(falls[: x + 1]), f"{x} or less"
    elif way:
        hits, what = sum(falls[x:]), f"{x} or more"
    else:
        hits, what = falls[x], f"a total of {x}"
    whole = 6**n
    share = Fraction(hits, whole)
    pairs = ""
    if n == 2 and not way:
        pairs = " (" + ", ".join(f"{a}+{x - a}" for a in range(1, 7) if 1 <= x - a <= 6) + ")"
    dice_said = f"{dice.group('m')}d6" if dice.group("m") else f"{word} dice"
    in_one = f"1 in {count(1 / share)}" if share.numerator == 1 else f"{hits}/{whole}"
    pct = _pc(100 * hits / whole)
    shown = f"{hits}/{whole} = {in_one}" if share.numerator == 1 else in_one
    working = (
        f"{what} on {dice_said} comes up {hits} of the {whole} ways they can fall{pairs}: "
        f"{shown}, about {pct}"
    )
    return Worked(working, f"{in_one} ({pct})")


# What is needed on the last paper for an overall mark: "what do i need on paper 2 to get 70%
# overall if paper 1 is 48" (each paper out of 70, said with it or just before).
ROUND_WORD = r"paper|test|exam|mock|module|unit|quiz|essay|part|assignment|assessment|round"
NEED_ON = folded(
    rf"\bwhat (?:do|would|will|does|should) (?:i|we|he|she|they|u|you) (?:need|have to get|"
    rf"need to get) (?:on|in|for) (?:the )?(?P<kind>{ROUND_WORD})\s*(?P<i>\d)\b[^.?!]*?"
    rf"(?P<t>\d{{1,3}}(?:\.\d+)?)\s?%",
    re.I,
)
HAD_ON = folded(
    rf"\b(?P<kind>{ROUND_WORD})\s*(?P<j>\d)\s+(?:is|was|=|:|i got|got)\s+(?P<a>\d{{1,3}})"
    rf"(?:\s?(?:/|out of)\s?(?P<b>\d{{1,3}}))?|"
    rf"(?P<a2>\d{{1,3}})\s?(?:/|out of)\s?(?P<b2>\d{{1,3}}) (?:on|in|for) (?:the )?"
    rf"(?P<kind2>{ROUND_WORD})\s*(?P<j2>\d)\b",
    re.I,
)


def _needed(text: str) -> Worked | None:
    asked = NEED_ON.search(text)
    if not asked:
        return None
    i, goal = int(asked.group("i")), _n(asked.group("t"))
    got: dict[int, int] = {}
    out_of: dict[int, int] = {}
    for m in HAD_ON.finditer(text):
        j = int(m.group("j") or m.group("j2"))
        a = int(m.group("a") or m.group("a2"))
        b = m.group("b") or m.group("b2")
        if b:
            out_of.setdefault(j, int(b))
        if j != i:
            got.setdefault(j, a)
    papers = sorted(set(got) | {i})
    if not got or not 0 < goal <= 100:
        return None
    common = re.search(
        r"\b(?:each|both|all|every \w+|they(?:'re| are)) (?:is |are )?out of (\d+)", text
    )
    if common:
        for j in papers:
            out_of.setdefault(j, int(common.group(1)))
    if len(set(out_of.values())) == 1:
        for j in papers:
            out_of.setdefault(j, next(iter(out_of.values())))
    if any(j not in out_of for j in papers):
        return Worked("", need=f"what each {asked.group('kind').lower()} is out of")
    whole = sum(out_of[j] for j in papers)
    have = sum(got.values())
    target = goal / 100 * whole
    need = math.ceil(target - have - 1e-9)
    kind = asked.group("kind").lower()
    head = f"{count(goal)}% of {whole} is {count(round(target, 2))}"
    had = " and ".join(f"{got[j]} on {kind} {j}" for j in sorted(got))
    if need > out_of[i]:
        return Worked(
            f"{head}; with {had}, {kind} {i} would need {need} out of {out_of[i]}: out of reach",
            "out of reach",
        )
    if need <= 0:
        return Worked(f"{head}; with {had} you have it already", "0")
    return Worked(
        f"{head}; with {had} you need {need} out of {out_of[i]} on {kind} {i} "
        f"({_pc(100 * need / out_of[i])})",
        f"{need} out of {out_of[i]}",
    )


# ---------------------------------------------------------------------------------------------
# General readings: the sums a group asks of the one who does its sums, read by their parts
# rather than by one shape per message. A bill among those who pay ("villa is €1840 for the 7 of
# us but jess doesnt pay"), with extras a head, some covered for others ("its €55pp and we cover
# jess's"); a total made of "N at £X" parts, fees and a percentage off or on, with its condition
# ("12% off over £500"); singles and bundles sold; a sum shared by counts ("split by runs: me 5,
# dan 3, sue 4"); so many things of so much each in packs of so much, with some spare; the chance
# that at least one, both or neither of independent things happen; a ride's time with its stops,
# to a clock time. What cannot be read for sure is asked, never guessed.
G_NOT_WHO = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "so",
        "if",
        "it",
        "its",
        "that",
        "this",
        "there",
        "they",
        "we",
        "us",
        "you",
        "he",
        "she",
        "who",
        "which",
        "what",
        "when",
        "how",
        "of",
        "for",
        "to",
        "in",
        "on",
        "at",
        "by",
        "with",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "do",
        "does",
        "did",
        "dont",
        "doesnt",
        "not",
        "no",
        "just",
        "only",
        "also",
        "still",
        "then",
        "now",
        "obviously",
        "ofc",
        "course",
        "really",
        "though",
        "tho",
        "cos",
        "because",
        "since",
        "pay",
        "pays",
        "paying",
        "split",
        "each",
        "all",
        "everyone",
        "everybody",
        "anyone",
        "nobody",
        "somebody",
        "some",
        "counting",
        "including",
        "herself",
        "himself",
        "themselves",
    ]
)
G_ONE = frozenset(
    [
        "he",
        "she",
        "me",
        "i",
        "mum",
        "mom",
        "dad",
        "gran",
        "grandad",
        "grandma",
        "grandpa",
        "nan",
        "the-birthday-girl",
        "the-birthday-boy",
        "the-bride",
        "the-groom",
        "the-stag",
        "the-hen",
        "the-driver",
        "the-baby",
        "the-coach",
        "the-teacher",
        "the-boss",
        "the-ref",
        "the-host",
        "the-chef",
        "the-conductor",
        "the-director",
    ]
)
G_TWO = frozenset(["the-twins", "the-parents", "the-grandparents", "the-newlyweds", "the-couple"])
G_WHO = r"(?:the )?[a-z][a-z-]{0,15}(?: (?:girl|boy|man|woman|lady))?"
G_WHO_LIST = rf"{G_WHO}(?:(?:, ?| and | & | n ){G_WHO}){{0,4}}"
G_NOT_PAYING = folded(
    rf"\b(?P<a>{G_WHO_LIST}) (?:doesn'?t|does not|dont|don'?t|do not|won'?t|will not|isn'?t|"
    rf"aren'?t|is not|are not|never|shouldn'?t|can'?t|'s not|'re not|not) (?:be )?(?:pay|paying|"
    rf"chip(?:ping)? in|"
    rf"put(?:ting)? in)\b(?! attention| any (?:mind|attention)| heed| off| back| up| tax)"
    rf"(?P<for> for\b)?|"
    rf"(?:\bnot counting|\bexcept|\bexcluding|\bapart from|\bminus|\(not|\(bar|\(excl\.?) "
    rf"(?P<b>{G_WHO_LIST})\b|"
    rf"\b(?:we(?:'re| are|'ll| will)?|rest of us|the rest)(?: all)? (?:cover|covering|paying for|"
    # ("we get kev's", but not "if we get up to 30 people")
    rf"pay for|treat|treating|get|getting|shout|shouting) (?!up\b|to\b|more\b|back\b|there\b)"
    rf"(?P<c>{G_WHO_LIST})\b(?![\w ]*'s)|"
    rf"\b(?P<d>{G_WHO_LIST}) (?:goes|go|comes|come|is|are|'s|s|gets|get) (?:in )?(?:for )?free\b|"
    rf"\b(?P<e>{G_WHO_LIST})(?:'s| is| are) on us\b|"
    rf"\b(?P<k>\d) of (?:us|them|you) (?:doesn'?t|dont|don'?t|do not|won'?t|aren'?t|isn'?t) "
    rf"(?:pay|paying)\b",
    re.I,
)
# "£1200 for 8 but we're paying for mum": so many, where no people are named
G_FOR_N = re.compile(r"\bfor (?:the |all )?(\d{1,2})\s*(?=,|but\b|and\b|so\b|-|\(|$)")
G_COVERED = folded(
    rf"\b(?:we(?:'re| are|'ll| will)?|rest of us|the rest|others)(?: all)? (?:cover|covering|pay|"
    rf"paying|get|getting|split|take|taking) (?:for )?(?P<w>{G_WHO_LIST})'s?\b|"
    rf"\b(?:cover|covering|incl|including|inc) (?P<v>{G_WHO_LIST})'s\b|"
    rf"\b(?:we(?:'re| are|'ll| will)?|rest of us|the rest)(?: all)? (?:cover|covering|pay for|"
    rf"paying for|get|getting) (?:hers|his|theirs)\b",
    re.I,
)
G_PER_HEAD = folded(
    r"\s?(?:pp\b|p/p\b|pppn\b|per person\b|per head\b|a head\b|a person\b|each\b|per (?:guy|girl|"
    r"adult|kid|child)\b|a pop\b)",
    re.I,
)


def _who_count(said: str, tail: bool) -> tuple[int, list[str]]:
    """How many people `said` names ("jess and tom": 2) and their names; 0 when not sure. The
    names nearest the words on paying count: the last run of names when they come before
    ("us, the stag goes free"), the first when after ("except me, how much")."""
    parts = [p.strip() for p in re.split(r",|\band\b|&|\bn\b", said) if p.strip()]
    if tail and not re.search(r"\band\b|&|\bn\b", said):
        parts = parts[-1:]  # "the boat trip, gran doesn't pay": gran alone
    names: list[str] = []
    n = 0
    for part in reversed(parts) if tail else parts:
        key = part.replace(" ", "-")
        if key in G_TWO:
            n += 2
            names.append(part)
        elif key in G_ONE or (" " not in part and part not in G_NOT_WHO and len(part) > 1):
            n += 1
            names.append(
                "you"
                if part in ("me", "i")
                else part
                if " " in part
                else f"the {part}"
                if f"the-{part}" in G_ONE
                else part.title()
            )
        else:
            break
    return n, names[::-1] if tail else names


# A price for a stretch of time ("€200 a night"): a total only with how many of them.
G_PER_SPAN = folded(
    rf"(?:[£$€]\s?{NUM}k?|{NUM}\s?(?:quid|pounds?|euros?|p\b))\s?(?:a|an|per|/|each)\s?(?:night|"
    rf"day|week|month|year|hour|hr|session|lesson|go|game|match)\b|\bp(?:n|w|cm)\b",
    re.I,
)


def _g_split(text: str) -> Worked | None:
    """A bill among those who pay, with extras a head: see the section above."""
    free = list(G_NOT_PAYING.finditer(text))
    span = G_PER_SPAN.search(text)
    if span and free:
        # "villa €200 a night ... 5 nights": the price times how many, else that asked
        per = re.search(r"(night|day|week|month)", span.group(0))
        if not per:
            return None
        many = re.findall(rf"(?<![\w.£$€])(\d{{1,3}}) {per.group(1)}s?\b", text)
        if len(many) != 1:
            return Worked("", need=f"how many {per.group(1)}s it is for")
        value, sign = _money_value(next(MONEY.finditer(span.group(0))))
        text = (
            text[: span.start()]
            + f"{money(value * int(many[0]), sign)} ({many[0]} {per.group(1)}s)"
            + text[span.end() :]
        )
    if not free or not re.search(r"\b(?:how much|each|per (?:person|head)|pp|a head)\b", text):
        return None
    people = PEOPLE.search(text) or G_FOR_N.search(text)
    n = int(next(g for g in people.groups() if g)) if people else 0
    skipped: list[str] = []
    k = 0
    for m in free:
        if m.group("k"):
            k += int(m.group("k"))
            continue
        if m.group("a") and m.group("for"):
            return Worked("", need="who pays for what")  # "jess doesn't pay for the boat"
        who = next(g for g in m.group("a", "b", "c", "d", "e") if g)
        who = re.sub(r"^(?:but|so|and|obviously|ofc|also|then|since|because|cos) ", "", who)
        if who in ("hers", "his", "theirs", "her", "him", "them", "it", "that", "this"):
            continue  # "we cover hers": a share covered, not one more who pays nothing
        if (
            re.search(r"\b(?:for|of|on|in|at|with|a|an|the|to)\s*$", text[: m.start()])
            and "," in who
        ):
            who = who.split(",", 1)[1]  # "£3 each for bibs, kev and dan": not bibs
        if (
            m.group("b")
            and people
            and re.fullmatch(r"[\s,]*(?:of us)?[\s,]*", text[people.end() : m.start()])
            and not m.group(0).startswith(("except", "minus"))
        ):
            # "15 of us not counting sandra": whether the 15 has her in it is not sure
            said = _who_count(who, tail=False)[1]
            if not said:
                return Worked("", need="how many of you pay")
            return Worked("", need=f"whether the {n} of you includes {' and '.join(said).lower()}")
        c, names = _who_count(who, tail=bool(m.group("a") or m.group("d") or m.group("e")))
        if not c:
            return Worked("", need="how many of you pay")
        if not set(names) <= set(skipped):
            skipped.extend(n for n in names if n not in skipped)
            k += c
    if not n:
        return Worked("", need="how many of you there are, all told")
    payers = n - k
    if payers < 1 or k < 1:
        return None
    sums, extras = [], []
    for m in MONEY.finditer(text):
        value, sign = _money_value(m)
        if G_PER_HEAD.match(text, m.end()):
            clause = re.split(r"[;.!?]", text[: m.start()])[-1][-40:]
            ahead = re.findall(r"\bthe ([a-z]+)\b", clause)
            if not ahead:
                # "karting is £40pp": the word the price is of
                ahead = re.findall(r"\b([a-z]{3,})(?:'s| is| are| =| at)?\s*$", clause)
                ahead = [w for w in ahead if w not in G_NOT_WHO and w not in ("its", "add", "plus")]
            extras.append((value, sign, ahead[-1] if ahead else ""))
        else:
            sums.append((value, sign))
    signs = {s for _, s in sums} | {s for _, s, _ in extras}
    if not sums or len(signs) != 1:
        return None
    sign = signs.pop()
    if len(sums) > 1 and re.search(r"\b(?:owes?|owed|already|put in|gave|deposit|chipped)\b", text):
        return Worked("", need="which of the sums is the bill you share")
    total = sum(v for v, _ in sums)
    said = " + ".join(money(v, sign) for v, _ in sums)
    covered = [m.group("w") or m.group("v") for m in G_COVERED.finditer(text)]
    for value, _, what in extras:
        if covered or not skipped:
            total += value * n
            said += f" + {money(value, sign)} × {n}{' for the ' + what if what else ''}"
        else:
            return Worked(
                "",
                need=f"whether the rest of you cover {' and '.join(skipped)}'s "
                f"{money(value, sign)} too",
            )
    who_not = " and ".join(skipped) if skipped else f"{k}"
    head = f"{said} = {money(total, sign)}" if "+" in said else said
    each = money(_cents(total / payers), sign)
    return Worked(
        f"{head} among the {payers} of you who pay ({n} less {who_not}) is {each} each",
        f"{each} each",
    )


G_PART = folded(
    rf"(?<![\w.£$€])(?P<n>\d{{1,4}})\s?(?:x|×|\*)?\s?"
    rf"(?:(?P<what>[a-z][a-z-]*(?: [a-z-]+){{0,2}}) )?"
    rf"(?:at|@|x|×|\*)\s?(?P<m>[£$€]\s?{NUM}|{NUM}\s?(?:quid|pounds?|euros?|p\b))"
    rf"(?:\s?(?:each|ea|a pop|apiece|per (?:item|shirt|head|person|one)))?",
    re.I,
)
G_OVER = folded(
    rf"\b(?:over|above|more than|orders? over|spend(?:ing)? over|if (?:you |we )?spend|when "
    rf"(?:you |we )?spend|once (?:you |we )?(?:spend|hit|go over)|min(?:imum)?(?: spend| order)? "
    rf"(?:of )?)\s?(?P<m>[£$€]\s?{NUM}|{NUM}\s?(?:quid|pounds?|euros?))",
    re.I,
)
G_PC_ON = folded(
    r"(?<![\w.])(?P<r>\d{1,2}(?:\.\d+)?)\s?(?:%|percent|per cent)\s?(?P<how>off|discount|"
    r"reduction|less|vat|service|tip|on top|extra|surcharge|fee|markup|added|more)?\b"
    r"|\b(?P<pre>plus|\+|add|with|less|minus|and|then|discount of|vat at|service of)\s"
    r"(?P<s>\d{1,2}(?:\.\d+)?)\s?(?:%|percent|per cent)",
    re.I,
)
G_WHOLE = re.compile(
    r"\b(?:whole|entire|full|total) (?:order|bill|thing|lot|amount|total)\b|\beverything\b|"
    r"\bthe lot\b|\ball of it\b"
)
G_FEE_WORDS = folded(
    r"\b(?:setup|set-up|set up|delivery|postage|p&p|shipping|booking|admin|fee|deposit|"
    r"printing|design|card|cleaning|service charge|hire|parking|insurance|transfer)\b",
    re.I,
)


def _g_total(text: str) -> Worked | None:
    """A total of "N at £X" parts, flat fees and a percentage off or on."""
    if not re.search(
        r"\btotal\b|\bhow much\b|\ball in\b|\baltogether\b|\bcomes? to\b|\bin all\b|\bcost\b|"
        r"\bwhat(?:'s|s| is| are| will| would| do| does| did)? (?:we|i|it|that|the|this|they) "
        r"(?:owe|pay|spend|make|take|raise|damage|bill|total|cost|come|be|add)",
        text,
    ):
        return None
    parts = [m for m in G_PART.finditer(text) if not re.match(r"\s?(?:%|percent)", text[m.end() :])]
    parts = [
        m
        for m in parts
        if not (m.group("what") or "").startswith(("of us", "people", "ppl")) or "at" in m.group(0)
    ]
    parts = [m for m in parts if " for " not in m.group(0) or (m.group("what") or "")]
    if not parts:
        return None
    over = G_OVER.search(text)
    taken = [(m.start(), m.end()) for m in parts] + ([(over.start(), over.end())] if over else [])
    fees = []
    for m in MONEY.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        if G_PER_HEAD.match(text, m.end()):
            return None  # a price each among the parts: not sure which count it goes with
        after = re.match(r"\s?([a-z][a-z&-]*)", text[m.end() :])
        before = re.findall(r"([a-z][a-z&-]*)\W*$", text[max(0, m.start() - 25) : m.start()])
        label = ""
        if after and G_FEE_WORDS.match(after.group(1)):
            label = after.group(1)
        elif before and G_FEE_WORDS.match(before[-1]):
            label = before[-1]
        elif (
            before
            and before[-1] in ("plus", "and", "add", "with")
            or after
            and after.group(1) in ("for", "on", "extra")
        ):
            label = ""
        else:
            return None  # a sum of money that is no part nor fee: not sure what it is
        fees.append((m, label))
    rates = list(G_PC_ON.finditer(text))
    if len(rates) > 1 or G_PER_SPAN.search(text):
        return None
    # a figure that is none of these ("for 2 nights", "4 of us"): not sure what it does
    spans = taken + [(m.start(), m.end()) for m, _ in fees] + [(m.start(), m.end()) for m in rates]
    people = PEOPLE.search(text)
    if people:
        spans.append((people.start(), people.end()))
    for m in re.finditer(
        r"(?<![\w.:])\d+(?:\.\d+)?(?!\s?(?:a[- ]?side|-a-side|st\b|nd\b|rd\b|th\b|"
        r"am\b|pm\b|[:/]\d))",
        text,
    ):
        if not any(a <= m.start() < b for a, b in spans):
            return None
    if len(parts) < 2 and not fees and not rates:
        return None
    signs = set()
    lines, items = [], 0.0
    for m in parts:
        price, sign = _money_value(next(MONEY.finditer(m.group("m"))))
        if " for " in m.group(0) and not m.group("what"):
            return None
        signs.add(sign)
        n = _n(m.group("n"))
        items += n * price
        lines.append(f"{count(n)} × {money(price, sign)}")
    for m, _ in fees:
        signs.add(_money_value(m)[1])
    if len(signs) != 1:
        return None
    sign = signs.pop()
    items = round(items, 2)
    working = f"{' + '.join(lines)} = {money(items, sign)}"
    off = on = 0.0
    if rates:
        rm = rates[0]
        r = _n(rm.group("r") or rm.group("s"))
        how = (rm.group("how") or rm.group("pre") or "").lower()
        if how in ("off", "discount", "reduction", "less", "minus", "discount of"):
            off = r
        elif how in ("", "and", "with", "then"):
            return None  # a percentage that says neither off nor on
        else:
            on = r
    fee_total = sum(_money_value(m)[0] for m, _ in fees)
    said_fees = "".join(
        f", + {money(_money_value(m)[0], sign)}{' ' + lb if lb else ''}" for m, lb in fees
    )
    # "12% off the whole order": off the fees too, else off the things bought
    whole = bool(G_WHOLE.search(text)) and bool(fees)
    total = items
    if whole:
        total = round(items + fee_total, 2)
        working += f"{said_fees} = {money(total, sign)}"
    if off:
        cond = over and _money_value(next(MONEY.finditer(over.group("m"))))[0]
        if cond and total <= cond:
            working += f", not over {money(cond, sign)}, so no {count(off)}% off"
        else:
            total = _cents(total * (1 - off / 100))
            working += f", {count(off)}% off that is {money(total, sign)}"
    if not whole:
        total = round(total + fee_total, 2)
        working += said_fees
    if on:
        total = _cents(total * (1 + on / 100))
        after = re.match(r"\s?(vat|service|tip)\b", text[rates[0].end() :])
        how = (rates[0].group("how") or (after.group(1) if after else "")).lower()
        named = (
            f" {how.upper() if how == 'vat' else how}" if how in ("vat", "service", "tip") else ""
        )
        working += f", + {count(on)}%{named} is {money(total, sign)}"
    elif fees and not whole:
        working += f" = {money(total, sign)}"
    if re.search(r"\beach\b|\bper (?:person|head)\b|\bpp\b", text) and PEOPLE.search(text):
        n = _people(text)
        if n > 1:
            each = money(_cents(total / n), sign)
            return Worked(f"{working}; among {n}, {each} each", f"{each} each")
    return Worked(working, money(total, sign))


G_K_WORD = {
    "pairs": 2,
    "twos": 2,
    "doubles": 2,
    "threes": 3,
    "fours": 4,
    "fives": 5,
    "sixes": 6,
    "sevens": 7,
    "eights": 8,
    "tens": 10,
    "dozens": 12,
}
G_SINGLES = re.compile(r"(?<![\w.])(?P<n>\d{1,5}) (?:singles?|single tickets|on their own|solo)\b")
G_LOTS = re.compile(
    r"(?<![\w.])(?P<n>\d{1,5}) (?:(?P<w>pairs|twos|doubles|threes|fours|fives|sixes|sevens|eights|"
    r"tens|dozens)|strips|books|bundles|packs|lots|sets|deals|multi-?packs|(?P<k>\d{1,2})[- ]?"
    r"(?:packs?|strips?|books?|bundles?|lots?|sets?|for[- ]\S+))\b"
)


def _g_bundles(text: str) -> Worked | None:
    """Singles and bundles sold: "£1 each or 6 for £5, we sold 40 singles and 12 sixes"."""
    bundle = BUNDLE.search(text)
    singles = G_SINGLES.search(text)
    lots = G_LOTS.search(text)
    if not bundle or not singles or not lots:
        return None
    k = int(bundle.group("k"))
    if (lots.group("w") and G_K_WORD[lots.group("w")] != k) or (
        lots.group("k") and int(lots.group("k")) != k
    ):
        return None
    bundle_price, sign = _money_value(next(MONEY.finditer(bundle.group("m"))))
    single = next(
        (
            m
            for m in MONEY.finditer(text)
            if not (bundle.start() <= m.start() < bundle.end())
            and re.match(
                r"\s*(?:each|a ticket|per ticket|a go|for 1|a pop|a single|single)\b",
                text[m.end() :],
            )
        ),
        None,
    )
    if not single:
        return None
    price, sign2 = _money_value(single)
    if sign2 != sign:
        return None
    a, b = _n(singles.group("n")), _n(lots.group("n"))
    made = round(a * price + b * bundle_price, 2)
    return Worked(
        f"{count(a)} singles at {money(price, sign)} is {money(a * price, sign)}, {count(b)} lots "
        f"of {k} at {money(bundle_price, sign)} is {money(b * bundle_price, sign)}: "
        f"{money(made, sign)} for {count(a + b * k)} sold",
        money(made, sign),
    )


G_PROP = folded(
    r"\b(?:split|divide[d]?|share[d]?|shared out|charge[d]?|work (?:it|that) out)\b"
    r"[^.?!]{0,25}?\b(?:by|according to|in proportion to|proportional(?:ly)? to|pro rata to|"
    r"based on|depending on|relative to|going by)\b(?: (?:how many|the number of|the no\.? of|"
    r"number of|no\.? of|the|who did (?:the )?most|how much))? ?(?P<unit>[a-z]+)?|\bpro ?rata\b"
    r"|\bproportionally\b",
    re.I,
)
G_COUNT_OF = folded(
    r"\b(?P<who>me|i|[a-z][a-z'-]{1,15})(?:\s+(?:did|had|has|drove|ran|did|went|used|stayed|came|"
    r"ate|played|brought|does|gets|got|was|is|=|-))?\s*[:=-]?\s*(?P<c>\d{1,3}(?:\.\d+)?)\b"
    r"(?!\s?(?:%|[£$€]|p\b|quid|pounds|euros|:\d))",
    re.I,
)


def _g_by_counts(text: str) -> Worked | None:
    """A sum shared by counts: "petrol £86, split by runs each did: me 5, dan 3, sue 4"."""
    if BY_HOURS.search(text):
        return None
    cue = G_PROP.search(text)
    monies = list(MONEY.finditer(text))
    if not cue or len(monies) != 1:
        return None
    pot, sign = _money_value(monies[0])
    shares: list[tuple[str, float]] = []
    for m in G_COUNT_OF.finditer(text, cue.end()):
        who = m.group("who").lower()
        if who in G_NOT_WHO and who not in ("us", "we"):
            return None  # a figure not plainly someone's: not sure whose
        shares.append((who, _n(m.group("c"))))
    figures = re.findall(r"(?<![\w.£$€])\d+(?:\.\d+)?(?![\d%])", text[cue.end() :])
    if len(figures) != len(shares):
        return None
    names = [w for w, _ in shares]
    if len(shares) < 2 or len(set(names)) != len(names):
        return None
    whole = sum(c for _, c in shares)
    if not whole:
        return None
    unit = (cue.group("unit") or "").lower() if cue.groupdict().get("unit") else ""
    if unit in G_NOT_WHO or not unit or unit in ("each", "who", "much", "many"):
        unit = "shares"
    one = _singular(unit) if unit.endswith("s") else unit
    unit = unit if unit.endswith("s") else unit + "s"
    shown = {"me": "you", "i": "you", "us": "your lot", "we": "your lot"}
    each = ", ".join(
        f"{shown.get(w, w.title())} {money(_cents(pot * c / whole), sign)}" for w, c in shares
    )
    return Worked(
        f"{money(pot, sign)} over {count(whole)} {unit} is {money(round(pot / whole, 2), sign)} "
        f"a {one}: {each}",
        each,
    )


G_UNIT = {
    "g": ("g", 1),
    "gram": ("g", 1),
    "grams": ("g", 1),
    "kg": ("g", 1000),
    "kgs": ("g", 1000),
    "oz": ("oz", 1),
    "m": ("m", 1),
    "metre": ("m", 1),
    "metres": ("m", 1),
    "meter": ("m", 1),
    "meters": ("m", 1),
    "cm": ("m", 0.01),
    "ml": ("ml", 1),
    "l": ("ml", 1000),
    "litre": ("ml", 1000),
    "litres": ("ml", 1000),
    "liter": ("ml", 1000),
    "liters": ("ml", 1000),
    "yd": ("yd", 1),
    "yds": ("yd", 1),
    "yards": ("yd", 1),
}
G_U = r"(?P<u>kgs?|g|grams?|oz|cm|m|metres?|meters?|ml|l|litres?|liters?|yds?|yards)"
G_EACH_QTY = folded(
    rf"(?<![\w.£$€])(?P<n>\d{{1,5}})\s+(?:(?P<what>[a-z]+)(?: [a-z]+)?\s+)?(?:at|of|x|×|@|"
    rf"using|use|uses|needing|need|needs|take|takes|taking|with)\s+(?P<q>\d+(?:\.\d+)?)\s?{G_U}\b\s*"
    rf"(?:each|per|a piece|apiece|a go)?",
    re.I,
)
G_EACH_QTY_AFTER = folded(
    rf"(?<![\w.£$€])(?P<n>\d{{1,5}})\s+(?P<what>[a-z]+),?\s+(?P<q>\d+(?:\.\d+)?)\s?{G_U}\s+"
    rf"(?:each|per|a piece|apiece)\b|"
    # "120 squares, each square takes 18 grams"
    rf"(?<![\w.£$€])(?P<n2>\d{{1,5}})\s+(?P<what2>[a-z]+)\W+(?:each|every|1|a|per) [a-z]+ "
    rf"(?:takes|needs|uses|is|weighs|=)\s+(?:about |roughly )?(?P<q2>\d+(?:\.\d+)?)\s?"
    rf"(?P<u2>kgs?|g|grams?|oz|cm|m|metres?|meters?|ml|l|litres?|liters?|yds?|yards)\b",
    re.I,
)
G_PACKS = (
    r"balls?|skeins?|hanks?|rolls?|bags?|tins?|cans?|packs?|bottles?|reels?|spools?|tubs?|boxes|"
    r"box|sacks?|cones?|cakes?|cartons?|jars?|tubes?|bolts?|sheets?"
)
G_PACK_SIZE = folded(
    rf"\b(?:a |each |the |1 )?(?P<p>{G_PACKS})\s+(?:are|is|of|hold|holds|contain|contains|=|r|"
    rf"come in|comes in|at)\s+(?P<q>\d+(?:\.\d+)?)\s?{G_U}\b|(?<![\w.])(?P<q2>\d+(?:\.\d+)?)\s?"
    rf"(?P<u2>kgs?|g|grams?|oz|cm|m|metres?|meters?|ml|l|litres?|liters?|yds?|yards)\s?(?P<p2>"
    rf"{G_PACKS})\b",
    re.I,
)
G_SPARE = folded(
    r"\b(?:add|plus|and|with|\+|allow|leave)\s+(?:an? )?(?:extra )?(?P<r>\d{1,2})\s?(?:%|percent|"
    r"per cent)|(?P<s>\d{1,2})\s?(?:%|percent|per cent)\s+(?:extra|spare|more|on top|over|for "
    r"(?:luck|waste|wastage|safety|spares?|good measure|mistakes|errors))",
    re.I,
)


def _g_packs(text: str) -> Worked | None:
    """So many things of so much each, in packs of so much: "120 squares at 18g each, balls
    are 100g, how many balls, and add 10% for luck"."""
    need = G_EACH_QTY.search(text) or G_EACH_QTY_AFTER.search(text)
    if need and need.groupdict().get("n2"):
        # the second way of saying it, read as the first
        said = (
            f"{need.group('n2')} {need.group('what2')} at {need.group('q2')}{need.group('u2')} each"
        )
        need = G_EACH_QTY.search(said)
    pack = G_PACK_SIZE.search(text)
    asked = re.search(rf"\bhow many (?P<p>{G_PACKS})\b", text)
    if not need or not pack or not asked:
        return None
    pu = (pack.group("u") or pack.group("u2")).lower()
    (base, f1), (base2, f2) = G_UNIT[need.group("u").lower()], G_UNIT[pu]
    if base != base2:
        return None
    p_name = pack.group("p") or pack.group("p2")
    if not _same(p_name, asked.group("p")):
        return None
    n, q = _n(need.group("n")), _n(need.group("q"))
    size = _n(pack.group("q") or pack.group("q2"))
    if not size or not q:
        return None
    amount = n * q
    unit = need.group("u")
    unit = {"grams": "g", "gram": "g", "metres": "m", "meters": "m", "litres": "l"}.get(unit, unit)
    working = f"{count(n)} × {count(q)}{unit} is {count(round(amount, 2))}{unit}"
    spare = G_SPARE.search(text)
    if spare:
        r = _n(spare.group("r") or spare.group("s"))
        amount = amount * (1 + r / 100)
        working += f", plus {count(r)}% is {count(round(amount, 2))}{unit}"
    packs = round(amount * f1 / (size * f2), 6)
    whole = math.ceil(packs)
    plural = asked.group("p")
    working += (
        f": {count(round(packs, 1))} {plural} of {count(size)}{pu}, so {whole}"
        if packs != whole
        else f": {whole} {plural} of {count(size)}{pu}"
    )
    return Worked(working, f"{whole} {plural}")


G_CHANCE = folded(
    r"(?<![\w.])(?P<r>\d{1,3}(?:\.\d+)?)\s?(?:%|percent|per cent)|\b(?P<a>1) in (?P<b>\d{1,4})\b",
    re.I,
)
G_AT_LEAST = re.compile(
    r"\bat least (?:1|one)\b|\beither (?:of|day|1|one|happen\w*)\b|\bany of\b|"
    r"\b1 or (?:the )?other\b|\bat all\b|"
    r"\bany (?:rain|of the)\b"
)
G_BOTH = re.compile(r"\bboth\b|\ball (?:\d|of them|the)\b|\bevery (?:day|time|one)\b")
G_TIMES = re.compile(
    r"\beach of (?:the |our |my |your |us )?(?P<n>\d{1,2})\b|\b(?P<m>\d{1,2}) (?:times|days|"
    r"goes|tries|attempts|games|matches|nights|weekends)\b"
)
G_WEATHER = re.compile(
    r"\b(?:(?P<wet>rain\w*|wet|showers?|snow\w*|storm\w*|drizzle)|(?P<dry>dry|fine|sunny|"
    r"sunshine|clear))\b"
)
G_NEITHER = re.compile(r"\bneither\b|\bnone\b|\bnot (?:either|any)\b|\bno (?:rain|wet) at all\b")


def _g_chances(text: str) -> Worked | None:
    """At least one, both or neither of independent chances: "40% chance of rain sat and 25%
    sun, whats the chance at least one day is wet"."""
    if not re.search(r"\b(?:chances?|odds|likel\w+|probabilit\w+|forecast)\b", text):
        return None
    if MONEY.search(text) or DIE.search(text) or re.search(r"\boff\b|%\s?of\b", text):
        return None
    ps = []
    for m in G_CHANCE.finditer(text):
        p = _n(m.group("r")) / 100 if m.group("r") else 1 / _n(m.group("b"))
        if not 0 < p < 1:
            return None
        ps.append((p, m.group(0)))
    last = list(G_CHANCE.finditer(text))[-1].end() if ps else 0
    if not re.search(r"\?|\bwhat|\bhow\b|\bwork out\b|\bcalc", text) and not re.search(
        r"\b(?:chances?|odds|likel\w+|probabilit\w+)\b", text[last:]
    ):
        return None  # chances told, none asked
    if len(ps) == 1:
        # "each of the 3 kids has a 1 in 4 chance": the one chance, so many times
        times = G_TIMES.search(text)
        if not times:
            return None
        ps = ps * int(times.group("n") or times.group("m"))
    if not 2 <= len(ps) <= 8:
        return None
    cue = G_AT_LEAST.search(text) or G_NEITHER.search(text) or G_BOTH.search(text)
    if not cue:
        return None
    ask = (
        "least" if found_by(cue, G_AT_LEAST) else "neither" if found_by(cue, G_NEITHER) else "both"
    )
    # "30% chance of rain sat and 50% sun, chance both days are dry": the chances turned about
    said = G_WEATHER.search(text[cue.end() : cue.end() + 40])
    had = G_WEATHER.search(text, 0, cue.start())
    if said and had and bool(said.group("dry")) != bool(had.group("dry")):
        ps = [(1 - p, w) for p, w in ps]
    miss = math.prod(1 - p for p, _ in ps)
    hit = math.prod(p for p, _ in ps)
    misses = " × ".join(_pc(100 * (1 - p)) for p, _ in ps)
    hits = " × ".join(_pc(100 * p) for p, _ in ps)
    free = ", taking them as independent"
    what = f" {said.group(0)}" if said else ""
    none = "neither" if len(ps) == 2 else "none"
    if ask == "least":
        return Worked(
            f"{none} happening is {misses} = {_pc(100 * miss)}, so at least one{what} is "
            f"{_pc(100 * (1 - miss))}{free}",
            _pc(100 * (1 - miss)),
        )
    if ask == "neither":
        return Worked(f"{none} happening is {misses} = {_pc(100 * miss)}{free}", _pc(100 * miss))
    every = "both" if len(ps) == 2 else "all of them"
    return Worked(f"{every}{what} is {hits} = {_pc(100 * hit)}{free}", _pc(100 * hit))


G_LEAVE = folded(
    r"\b(?:leave|leaving|leaves|set off|setting off|start|starting|depart\w*|roll out|rolling "
    r"out|head off|heading off|off|go|going|meet|meeting)\s+(?:at\s+|@\s?|from\s+)?(?P<h>\d{1,2})"
    r"(?:[:.](?P<m>\d{2}))?\s*(?P<ap>am|pm)?\b(?!\s?(?:miles?|mi\b|km|mph|kph|min|hours?|hrs?|h\b|"
    r"%|people|of\b))",
    re.I,
)
G_STOP = folded(
    r"(?<![\w.:])(?:(?P<k>[2-6])(?:\s?x\s?|\s))?(?P<n>\d{1,3}(?:\.\d+)?)\s?-?\s?(?P<u>mins?|minutes?|"
    r"hours?|hrs?|h)\b|\b(?P<hr>an|1) hour(?:'s)? (?:stop|break|lunch|for|at|cafe|coffee|rest)",
    re.I,
)
# So many stops of a span each, said before the span: "21 locks at about 20 mins each".
G_STOPS_OF = re.compile(
    r"(?<![\w.])(?P<c>\d{1,3}) [a-z]+ (?:at|(?P<of>of)|taking) (?:about |around )?$"
)


def _unread(text: str, used: Sequence[tuple[int, int]]) -> bool:
    """Whether a figure of `text` lies outside every span (start, end) a working read."""
    return any(not any(a <= f.start() < b for a, b in used) for f in re.finditer(r"\d", text))


G_WHEN_BACK = folded(
    r"\bwhen (?:are|am|r|will|would|do|shall|should|can) (?:we|i|u|you|they)(?: be| get)? (?:home|"
    r"back|there|in|done|finished|finish|arrive|get (?:back|home|there|in))\b|\bwhat time "
    r"(?:are|r|will|would|do|shall|should|can) (?:we|i|u|you|they)\b|\beta\b|\bhome by\b|"
    r"\bback by\b|\bhow long (?:will|would|does|till|until|to|is (?:it|that|the (?:ride|walk|"
    r"run|drive|trip|journey|route|loop)))\b",
    re.I,
)


def _hm(minutes: float) -> str:
    h, m = divmod(round(minutes), 60)
    return f"{h} h {m} min" if h and m else f"{h} h" if h else f"{m} min"


def _g_ride(text: str) -> Worked | None:
    """A ride's time with its stops, to a clock time: "we ride 62 miles at 14.5mph with a 40 min
    cafe stop, leave at 8, when are we home"."""
    asked = G_WHEN_BACK.search(text)
    speed = AT_SPEED.search(text)
    if not asked or not speed:
        return None
    far = [m for m in FAR.finditer(text) if not speed.start() <= m.start() < speed.end()]
    if len(far) != 1:
        return None
    v, d = _n(speed.group("v")), _n(far[0].group("d"))
    if (far[0].group("u").lower().startswith("mi")) != speed.group("u").lower().startswith(
        ("mph", "mile")
    ) or not v:
        return None
    leave = G_LEAVE.search(text)
    stops = [
        m
        for m in G_STOP.finditer(text)
        if not speed.start() <= m.start() < speed.end()
        and not (leave and leave.start() <= m.start() < leave.end())
    ]
    if not stops and not leave:
        return None  # a plain journey: `_journey`
    moving = d / v * 60
    stopped = 0.0
    used = [speed.span(), far[0].span(), *(m.span() for m in stops)]
    for m in stops:
        if m.group("hr"):
            stopped += 60
            continue
        x = _n(m.group("n")) * (60 if m.group("u").lower().startswith("h") else 1)
        # "21 locks at about 20 mins each": each of so many
        many = G_STOPS_OF.search(text, 0, m.start())
        if many and (many.group("of") or re.match(r"\s?each\b", text[m.end() :])):
            used.append(many.span("c"))
            x *= int(many.group("c"))
        stopped += x * int(m.group("k") or 1)
    if leave:
        used.append(leave.span())
    if _unread(text, used):
        return None  # a figure not read: "21 locks", the count of a stop taken as one
    unit = "miles" if far[0].group("u").lower().startswith("mi") else "km"
    working = f"{count(d)} {unit} at {count(v)} {speed.group('u')} is {_hm(moving)}"
    if stops:
        working += f", plus {_hm(stopped)} stopped is {_hm(moving + stopped)}"
    if not leave:
        return Worked(working, _hm(moving + stopped))
    hour, minute = int(leave.group("h")), int(leave.group("m") or 0)
    ap = (leave.group("ap") or "").lower()
    if hour > 23 or minute > 59 or (ap and not 1 <= hour <= 12):
        return None
    if ap:
        hour = hour % 12 + (12 if ap == "pm" else 0)
    end = hour * 60 + minute + round(moving + stopped)
    at = f"{end % 1440 // 60:02d}:{end % 60:02d}"
    later = " the next day" if end >= 1440 else ""
    return Worked(
        f"{working}; leaving at {hour:02d}:{minute:02d}, that is about {at}{later}",
        f"about {at}{later}",
    )


G_READERS = (_g_split, _g_chances, _g_ride, _g_packs, _g_bundles, _g_by_counts, _g_total)


def _general(text: str) -> Worked | None:
    for reader in G_READERS:
        found = reader(text)
        if found:
            return found
    return None


# A follow-up to a sum read above: a part added ("add the boat on too, its €55pp and we cover
# jess's", "add £30 delivery"), or one figure changed ("fine make it 13mph then", "what if we
# leave at 9", "say 15% off"): the sum before with it, or the figure asked about when it could
# take the place of more than one.
G_ADD = folded(
    r"^\W*(?:(?:ok|okay|and|also|oh|right|fine|then|now|cool|wait|yeah|yes|oh and|plus)\W+)*"
    r"(?:add|plus|include|throw in|stick|put|chuck|and add|also add)\b|"
    r"^\W*and\b.*\b(?:on top|too|as well|extra|also)\b",
    re.I,
)
G_CHANGE = folded(
    r"\b(?:make it|make that|what if|how about|what about|say|change it to|instead|if we|"
    r"if it'?s|if its|redo)\b",
    re.I,
)
G_KINDS = (AT_SPEED, FAR, G_LEAVE, PERCENT_AT)


def _general_redone(prev: str, text: str) -> str:
    """`prev` with what `text` adds or changes, or "" (see above); "?figure" when not sure."""
    if len(text) > 160 or not re.search(r"\d", text) or not _general(prev):
        return ""
    if G_ADD.search(text) and (MONEY.search(text) or PERCENT_AT.search(text)):
        return f"{prev.rstrip(' ?.!')}; and {text.rstrip(' ?.!')}?"
    if not G_CHANGE.search(text) or MONEY.search(text):
        return ""
    for kind in G_KINDS:
        new = list(kind.finditer(text))
        if not new:
            continue
        old = list(kind.finditer(prev))
        if len(new) != 1 or len(old) != 1:
            return "?" + new[0].group(0) if len(old) > 1 else ""
        o = old[0]
        return prev[: o.start()] + new[0].group(0) + prev[o.end() :]
    if PEOPLE.search(text):
        return ""  # "what if 8 of us": as `redone` changes the people
    bare = re.search(r"(?<![\w.£$€])\d+(?:\.\d+)?(?![\w%])", text)
    short = re.match(
        r"^\W*(?:\w+\W+){0,2}(?:make it|make that|what if|how about|what about|say|change it to)"
        r"\W+(?:it'?s |its |we do |we go )?\d+(?:\.\d+)?\W*(?:\w+\W*)?$",
        text,
    )
    if not bare or not short:
        return ""
    # "make it 13 then" after "62 miles at 14.5mph ... leave at 8": the one figure near it
    new = _n(bare.group(0))
    near = []
    for kind in (*G_KINDS, PEOPLE, G_STOP):
        for m in kind.finditer(prev):
            said = re.search(r"\d+(?:\.\d+)?", m.group(0))
            if said and _n(said.group(0)) and 0.65 <= new / _n(said.group(0)) <= 1.5:
                near.append((m.start() + said.start(), m.start() + said.end()))
    near = sorted(set(near))
    if len(near) != 1:
        return "?" + bare.group(0)
    a, b = near[0]
    return prev[:a] + bare.group(0) + prev[b:]


# ---------------------------------------------------------------------------------------------
# Sums of two or three steps, read by their parts rather than by one shape a message: each
# figure with its unit and its part (a total; a sum added, or taken off as a cost or as a part
# someone puts in; a percentage off or on; a target; those who share it; a price by the week or
# the term; a tank's sides), folded in the order the words say, each step shown: "the club gets
# 15% off the £340 coach, split between 17 of us, how much each" is "£340 less 15% is £289;
# between 17 of you, £17 each". A figure whose part the words do not make plain, or a number that
# is none of these (a date, a time of day, a year, a score or a phone number is no quantity),
# and nothing is read: the one-shape readers have had the message first, and a figure is asked
# for, never guessed (`stepped`, for the one who does a group's sums).
S_LITRES = {"mm": 1e-6, "cm": 1e-3, "m": 1000.0, "in": 0.016387064, "ft": 28.316846592}
S_UNIT = r"mm|cm|m|metres?|meters?|inch(?:es)?|ft|feet|foot"
S_BY = r"\s?(?:x|×|\*|by)\s?"
S_DIMS = folded(
    rf"(?<![\w.])(?P<a>{NUM})\s?(?P<ua>{S_UNIT})?{S_BY}(?P<b>{NUM})\s?(?P<ub>{S_UNIT})?{S_BY}"
    rf"(?P<c>{NUM})\s?(?P<u>{S_UNIT})\b",
    re.I,
)
S_SIDES = folded(rf"(?<![\w.]){NUM}{S_BY}{NUM}{S_BY}{NUM}(?![\w.])", re.I)  # units not said
S_VOLUME_ASKED = folded(r"\b(?:litres?|liters?|volume|capacity|how much water)\b", re.I)
# A price for a stretch of time, in weeks; a term or a season is as long as the message says.
S_WEEKS = {
    "day": 1 / 7,
    "night": 1 / 7,
    "week": 1.0,
    "fortnight": 2.0,
    "month": 52 / 12,
    "quarter": 13.0,
    "year": 52.0,
}
S_PER = folded(
    r"\s*(?:-?ish\s*)?(?:a|an|per|every|each|/)\s?(?P<per>day|night|week|fortnight|month|quarter|"
    r"year|term|season)\b|\s?(?P<pw>pw|pcm)\b",
    re.I,
)
S_SPAN = folded(
    r"\b(?:over|for) (?:the |a )?(?:next )?(?P<n>\d{1,2}) (?P<u>days|weeks|months)\b|"
    r"\b(?P<m>\d{1,2})[- ](?P<v>week|"
    r"month)s?[- ](?:term|season)\b|\b(?:term|season)s?(?:'s| is| are| lasts?| runs?)? "
    r"(?P<k>\d{1,2}) (?P<w>weeks|months)\b",
    re.I,
)
S_PERCENT = folded(
    r"(?<![\w.])(?P<r>\d{1,2}(?:\.\d+)?)\s?(?:%|percent|per cent)(?:\s?(?P<how>off|discount|"
    r"reduction|less|vat|service|tip|on top|extra|surcharge|markup)\b)?",
    re.I,
)
S_OFF = ("off", "discount", "reduction", "less")
# What the words about a sum of money make it: taken off, a cost, a part someone puts in (with
# the rest shared), added, a target; and what the first sum is when costs come off it.
S_LESS = folded(
    r"\b(?:less|minus|take off|taking off|takes off|knock off|knocking off|deduct\w*|subtract\w*|"
    r"take away|after)\b",
    re.I,
)
S_COST = folded(
    r"\b(?:entry|entries|to enter|fees?|costs?|cost us|spent|spend|paid|expenses?|outgoings|hire|"
    r"rights|stand|pitch|hall|venue|deposit|went on|go(?:es)? on|stock|ingredients|materials|"
    r"supplies)\b",
    re.I,
)
# What a sum is called, to name it in the working: "less the £8 entry", "+ the £60 parking".
S_NAMED = folded(
    rf"{G_FEE_WORDS.pattern}|\b(?:entry|rights|stand|pitch|hall|kit|fuel|petrol|food|drinks)\b",
    re.I,
)
S_NAMED_BEFORE = re.compile(r"\bthe ((?:[a-z]+ )?[a-z]+) (?:was|is|were|are|came to|costs?)\s*$")
# Who paid a cost for the rest, to have it back: "dan paid £8 entry".
S_PAYER = folded(r"(?<!['’])\b(?P<who>[a-z]+) (?:paid|pays|covered|fronted)\s*$", re.I)
S_INCOME = folded(
    r"\b(?:won|win|winnings|prize|raised|made|make|took|taken|takings|earned|collected|sold|"
    r"income|revenue|got in)\b",
    re.I,
)
S_PAID = folded(r"\b(?:paid|already paid|deposit|put down)\b", re.I)
S_PART = folded(
    r"\b(?:puts?|putting|pays?|paying|paid|chips? in|chipping in|covers?|covering|gives?|giving|"
    r"throws? in|contributes?|contributing|donates?|donating)\b",
    re.I,
)
S_PLUS = folded(r"\b(?:plus|add|adding|added|adds|on top)\b|\+", re.I)
S_ADD = folded(r"\b(?:plus|add|adding|added|adds|and|also|another|with|on top)\b|\+", re.I)
S_TARGET = folded(
    r"\b(?:target|goal|aim|aiming for|need(?:s|ed)? to (?:raise|get|make|hit|reach)|need|trying to "
    r"(?:raise|get|make|hit|reach)|out of|towards)\b",
    re.I,
)
S_PERCENT_OFF = folded(
    r"\b(?:less|minus|take off|taking off|takes off|knock off|knocking off|off|discount of|"
    r"deduct\w*)\s*$",
    re.I,
)
S_PERCENT_ON = folded(r"(?:\bplus|\badd|\badding|\bon top of|\+)\s*$", re.I)
S_PERCENT_ASKED = folded(
    r"\bwhat (?:%|percent|percentage|per cent|proportion)|\bas an? (?:%|percent|percentage)|"
    r"\bhow far (?:along|there)\b",
    re.I,
)
S_LEFT_ASKED = folded(
    r"\b(?:left|to go|still need|need to find|to find|to raise|remaining|short|the rest|how much "
    r"more|still owe|owe)\b",
    re.I,
)
S_PROFIT_ASKED = folded(r"\b(?:in profit|profit|in the black|break even|broke even)\b", re.I)
S_EACH = folded(rf"{EACH.pattern}|\b(?:everyone|everybody|every1|each of us)\b", re.I)
# Words after a count that are no others it is shared among ("between 20 plus"), or are you.
S_NOT_SHARERS = frozenset(
    [
        "ways",
        "people",
        "friends",
        "adults",
        "flatmates",
        "housemates",
        "weeks",
        "months",
        "plus",
        "less",
        "minus",
        "this",
        "was",
        "has",
        "always",
        "pls",
        "thanks",
    ]
)
S_TIMES = folded(r"\b(?:halves|double|twice|triple|thirds|quarters)\b", re.I)
S_SHARING = folded(r"(?:split|between|among|amongst|divided)\b|\d+ ways", re.I)
# The rest shared, beside a part someone puts in: "nan puts in £10 and the rest is split 3 ways".
REST_SHARED = folded(
    r"\b(?:the rest|rest (?:is|gets|of it)|what'?s left|whatever'?s left|the remainder|the "
    r"remaining|the balance)\b"
    r"[^.?!]{0,30}\b(?:split|shared?|divided|between|among)\b",
    re.IGNORECASE,
)
# The ones left to share the rest, once one of them has paid a set part: "jo pays £10 and the
# rest of us split it", "how much each for the others".
REST_OF_US = folded(
    r"\b(?:the rest of us|(?:for|of|are) the (?:rest|others)\b|everyone else|everybody else|the "
    r"other (?:\d+|ones?|people|of us))",
    re.I,
)
OTHER_ONES = folded(r"\bother\s*$", re.I)
# Numbers that are no quantities: a date or a place, a time of day, a year, a score, a phone
# number, a side's size.
S_NOT_QUANTITY = folded(
    r"\b\d{1,2}(?:st|nd|rd|th)\b|\b\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)\b|\b\d{1,2}:\d{2}\b|"
    r"\b(?:19|20)\d{2}\b|\b\d{1,2}\s?-\s?\d{1,2}\b(?!\s?%)|\b0\d{9,10}\b|\+\d{10,12}\b|"
    r"\b\d{1,2}[- ]a[- ]side\b|"
    r"\bat \d{1,2}(?=\s*(?:[,.!?;]|$|o'?clock|tonight|tomorrow|sharp|ish))",
    re.I,
)


@dataclass(frozen=True)
class _Fig:
    """A figure of a sum of steps: what it is, its value, where it is said, and how."""

    kind: str  # "money", "percent", "people", "volume", "span"
    value: float
    start: int
    end: int
    unit: str = ""  # "£"; "cm"; "week" (of a span); "off" (of a percentage)
    per: str = ""  # the stretch of time a sum of money is for: "week", "term"
    said: str = ""


def _length(unit: str) -> str:
    u = unit.lower()
    if u in ("mm", "cm", "ft"):
        return u
    return "in" if u.startswith("inch") else "ft" if u in ("feet", "foot") else "m"


def _volume(m: re.Match[str]) -> _Fig | None:
    """A tank's sides ("120 x 45 x 50 cm") as its volume in litres; None when units differ."""
    units = {_length(u) for u in m.group("ua", "ub", "u") if u}
    if len(units) != 1:
        return None
    unit = units.pop()
    sides = [_n(m.group(g)) for g in "abc"]
    said = f"{' × '.join(count(s) for s in sides)} {unit} is {count(math.prod(sides))} {unit}³"
    return _Fig("volume", math.prod(sides) * S_LITRES[unit], m.start(), m.end(), unit, said=said)


# Why one pays a set part, said between the bill and the part: "tom's only there one night so
# he's paying £60", "jo only had 2 drinks so pays £10": the count in it is a reason, no figure
# of the sum (read so only beside `REST_OF_US`, the rest shared by the others).
SET_PART_WHY = folded(
    r"\bonly\b(?: [a-z']+){0,4} (?P<n>\d{1,2}) [a-z]+s?(?:,)? so\b(?=[^.?!£\d]{0,30}£)",
    re.I,
)


# A bill for so many, said before the one who pays a set part of it ("dinner £150 for 5, jo
# pays £10 ... for the rest"): the count of heads, read so only beside `REST_OF_US`, as "£5
# for 3" is else a price of a pack.
BILL_FOR = re.compile(r"(?<=\d) for (?P<f>\d{1,2})(?=\s*[,.;])")


def _step_figures(text: str) -> list[_Fig] | None:
    """The figures of `text` in order, or None when a number in it is none of them."""
    figs: list[_Fig] = []

    def free(a: int, b: int) -> bool:
        return all(b <= f.start or a >= f.end for f in figs)

    for m in S_DIMS.finditer(text):
        fig = _volume(m)
        if not fig:
            return None
        figs.append(fig)
    for m in MONEY.finditer(text):
        if not free(m.start(), m.end()):
            continue
        value, sign = _money_value(m)
        per = S_PER.match(text, m.end())
        period = (
            (per.group("per") or {"pw": "week", "pcm": "month"}[per.group("pw")]) if per else ""
        )
        said = money(value, sign) + (f" a {period}" if period else "")
        figs.append(
            _Fig("money", value, m.start(), per.end() if per else m.end(), sign, period, said)
        )
    for m in S_SPAN.finditer(text):
        n, unit = next(p for p in (m.group("n", "u"), m.group("m", "v"), m.group("k", "w")) if p[0])
        figs.append(_Fig("span", _n(n), m.start(), m.end(), unit.rstrip("s")))
    for m in S_PERCENT.finditer(text):
        if free(m.start(), m.end()):
            figs.append(_Fig("percent", _n(m.group("r")), m.start(), m.end(), m.group("how") or ""))
    heads = list(PEOPLE.finditer(text))
    if REST_OF_US.search(text):
        heads += list(BILL_FOR.finditer(text))
    for m in heads:
        if free(m.start(), m.end()):
            # "between 5 charities": shared among them; "between 17 of us": among you
            noun = re.match(r"\s+([a-z]{3,}s)\b", text[m.end() :])
            said = noun.group(1) if noun and noun.group(1) not in S_NOT_SHARERS else "of you"
            n = m.group("f") if "f" in m.re.groupindex else ""
            n = n or _people(m.group(0))
            figs.append(_Fig("people", float(n), m.start(), m.end(), said=said))
    figs.sort(key=lambda f: f.start)
    rest = list(text)
    for f in figs:
        rest[f.start : f.end] = " " * (f.end - f.start)
    left = S_NOT_QUANTITY.sub(" ", "".join(rest))
    if REST_OF_US.search(text):
        for why in SET_PART_WHY.finditer(text):
            left = left[: why.start("n")] + " " * len(why.group("n")) + left[why.end("n") :]
    if re.search(r"\d", left) or FRACTION.search(left) or S_TIMES.search(left):
        return None  # a number, or "we pay half", "twice": a step not read
    return figs


def _lead(text: str, figs: list[_Fig], at: int) -> str:
    """The words just before `figs[at]`, back to the figure before it or a comma: "but the
    entry was" of "we won £45 but the entry was £8"."""
    start = figs[at - 1].end if at else 0
    return re.split(r"[,;.!?:]", text[start : figs[at].start])[-1]


# Where the words after a figure stop being its own: a comma, a figure, the next sum joined on.
S_TAIL_END = re.compile(r"[,;.!?:£$€\d]|\b(?:and|plus|but|then|with)\b")


def _tail(text: str, fig: _Fig) -> str:
    """The words just after a figure, to the next comma or figure: "entry for the" of "£8 entry
    for the 4 of us"."""
    return S_TAIL_END.split(text[fig.end : fig.end + 30])[0]


def _percent_way(text: str, figs: list[_Fig], at: int) -> str:
    """Whether a percentage comes "off" the sum or goes "on" it; "" when the words do not say."""
    fig = figs[at]
    lead = _lead(text, figs, at)
    off = fig.unit in S_OFF or bool(S_PERCENT_OFF.search(lead))
    on = bool(fig.unit and fig.unit not in S_OFF) or bool(S_PERCENT_ON.search(lead))
    return "" if off == on else "off" if off else "on"


def _money_part(text: str, figs: list[_Fig], at: int, income: bool, last: str) -> tuple[str, str]:
    """What a sum of money after the first does, and its name: ("less", "entry"), ("less", "put
    in"), ("+", ""), ("target", ""); ("", "") when the words do not say."""
    fig = figs[at]
    lead, tail = _lead(text, figs, at), _tail(text, fig)
    after = re.match(r"\s*([a-z][a-z&-]*)", tail)
    just = re.search(r"([a-z][a-z&-]*)\s*$", lead)  # "and rights £180"
    before = S_NAMED_BEFORE.search(lead)
    named = next(
        (w.group(1) for w in (after, just) if w and S_NAMED.fullmatch(w.group(1))),
        before.group(1) if before and before.group(1).split()[-1] not in G_NOT_WHO else "",
    )
    if S_PART.search(lead) and (
        REST_SHARED.search(text, fig.end) or REST_OF_US.search(text, fig.end)
    ):
        return "less", "put in"
    cost = S_COST.search(tail) or S_COST.search(lead)
    if S_TARGET.search(lead) and not cost:
        return "target", ""
    if S_LESS.search(lead) or (cost and income):
        return "less", named
    if not income and S_LEFT_ASKED.search(text) and S_PAID.search(f"{lead} {tail}"):
        return "less", named or "paid"  # "£50 deposit we paid, how much is left to pay"
    if last == "less" and re.match(r"\s*(?:and|&|\Z)", lead) and not S_PLUS.search(lead):
        return "less", named  # "after the £420 hall and £180 rights", "and the coach £60"
    if S_ADD.search(lead) and not ALTERNATIVE.search(lead):
        return "+", named  # not "was £60 and now it's £45": one price become another
    return "", ""


def _periods(text: str, figs: list[_Fig]) -> tuple[str, dict[int, float]] | Worked | None:
    """The stretch of time the sums of money are worked in ("" when none is said) and the weeks
    a price for a term is spread over, by where the price is; a Worked asking for a term's
    length; None when which stretch each is for is not plain."""
    monies = [f for f in figs if f.kind == "money"]
    spans: dict[int, float] = {}
    for i, f in enumerate(figs):
        if f.kind != "span":
            continue
        owner = figs[i - 1] if i else None
        if not owner or owner.kind != "money" or owner.per in S_WEEKS:
            return None
        spans[owner.start] = f.value * S_WEEKS[f.unit]
    if not any(f.per for f in monies):
        return ("", spans) if not spans else None
    blank = list(text)
    for f in figs:
        blank[f.start : f.end] = " " * (f.end - f.start)
    asked = _asked_span("".join(blank))
    pers = {f.per for f in monies if f.start not in spans}
    period = asked[1] if asked and asked[0] == 1 else next(iter(pers)) if len(pers) == 1 else ""
    if period not in S_WEEKS:
        return None
    for f in monies:
        if f.start not in spans and f.per not in S_WEEKS:
            return Worked("", need=f"how many weeks a {f.per or 'go'} is") if f.per else None
    return period, spans


def _someone_free(text: str) -> bool:
    """Whether someone named pays nothing ("the kids go free", "jess doesnt pay"): shares that
    are not even; not "minus the £8 entry", which names nobody."""
    for m in G_NOT_PAYING.finditer(text):
        who = next((g for g in m.group("a", "b", "c", "d", "e") if g), "")
        tail = bool(m.group("a") or m.group("d") or m.group("e"))
        if m.group("k") or _who_count(who, tail=tail)[0]:
            return True
    return False


def _durations(figs: list[_Fig]) -> list[_Fig]:
    """A price by the week for so many weeks ("£12 a week for 6 weeks") as the one sum it comes
    to; a span after any other sum is left for `_periods` to spread that sum over."""
    out: list[_Fig] = []
    for f in figs:
        had = out[-1] if out else None
        if f.kind == "span" and had and had.kind == "money" and had.per in S_WEEKS:
            total = had.value * f.value * S_WEEKS[f.unit] / S_WEEKS[had.per]
            said = f"{had.said} for {count(f.value)} {f.unit}s ({money(total, had.unit)})"
            out[-1] = _Fig("money", total, had.start, f.end, had.unit, "", said)
        else:
            out.append(f)
    return out


def _costs_only(text: str, figs: list[_Fig], monies: list[_Fig]) -> Worked | None:
    """Costs to take off a total not said ("and after the £420 hall and £180 rights, are we in
    profit yet"): what they come to, and the total asked for; None unless each is a cost."""
    if not (S_PROFIT_ASKED.search(text) or S_LEFT_ASKED.search(text)):
        return None
    if any(f.kind not in ("money", "people") or f.per for f in figs):
        return None
    for f in monies[1:]:
        if _money_part(text, figs, figs.index(f), True, "less")[0] != "less":
            return None
    sign = monies[0].unit
    total = sum(f.value for f in monies)
    said = " and ".join(money(f.value, sign) for f in monies)
    thing = "what you have taken" if S_PROFIT_ASKED.search(text) else "the total they come off"
    return Worked(f"{said} come to {money(total, sign)}", need=thing)


def _steps(text: str) -> Worked | None:
    """A sum of two or three steps (see the section above), or None."""
    if S_VOLUME_ASKED.search(text) and S_SIDES.search(text) and not S_DIMS.search(text):
        return Worked("", need="whether the sides are in centimetres, metres or inches")
    figs = _step_figures(text)
    if not figs or (len(figs) < 2 and figs[0].kind != "volume"):
        return None  # (a tank's sides are figures enough)
    counts = {f.value for f in figs if f.kind == "people"}
    # "the 4 of us ... what do the other 3 of us pay": the 3 are the 4 but the one who paid
    figs = [
        f
        for f in figs
        if not (
            f.kind == "people" and f.value + 1 in counts and OTHER_ONES.search(text, 0, f.start)
        )
    ]
    kinds = [f.kind for f in figs]
    counts = {f.value for f in figs if f.kind == "people"}
    sharing = bool(S_EACH.search(text) or REST_OF_US.search(text)) or any(
        S_SHARING.match(text, f.start) for f in figs if f.kind == "people"
    )
    if len(counts) > 1 or (counts and not sharing) or kinds.count("volume") > 1:
        return None  # two counts of people, or one that shares nothing: not sure what it does
    if "volume" in kinds:
        if "money" in kinds or counts or not S_VOLUME_ASKED.search(text):
            return None
        return _folded(text, figs, figs[kinds.index("volume")], ("", {}))
    if "money" not in kinds or re.search(r"\bhow many\b", text):
        return None  # ("how many 50p guesses to raise £40": a count, not a sum of money)
    if _someone_free(text) or PART_SHARE.search(text):
        return None  # "the kids go free", "kasia wants a half share": shares not even
    figs = _durations(figs)
    monies = [f for f in figs if f.kind == "money"]
    if len({f.unit for f in monies}) != 1 or any(G_PER_HEAD.match(text, f.end) for f in monies):
        return None  # ("£5 each a month and 8 of us": a price a head, times them, not a total)
    if priced_apart(text, [(f.start, f.end) for f in monies if not f.per], len(monies)):
        return None
    # "we need £2,000 and we have £1,390": a target said first, and the sum after it
    leads = [_lead(text, figs, figs.index(f)) for f in monies]
    target = monies[0] if len(monies) > 1 and S_TARGET.search(leads[0]) else None
    base = monies[1] if target else monies[0]
    lead = leads[1] if target else leads[0]
    if S_LESS.search(lead) and not target:
        return _costs_only(text, figs, monies)
    if S_TARGET.search(lead) or S_PART.search(re.split(r"\b(?:but|and|then)\b", lead)[-1]):
        # "nan puts in £10 and the rest...": a part of a total not said ("5 of us chipping in
        # and the room's £150": the chipping in is the sharing, the room's £150 no part)
        return None
    clauses = [re.split(r"\b(?:but|and|then|plus)\b", said)[-1] for said in leads]
    if any(S_INCOME.search(said) for said in clauses[2 if target else 1 :]):
        return None  # "the entry was £8 and we won £45": what comes off what is not in order
    periods = _periods(text, figs)
    if periods is None or isinstance(periods, Worked):
        return periods
    people = next((f for f in figs if f.kind == "people"), None)
    return _folded(text, figs, base, periods, people, target)


def _put_in(text: str, figs: list[_Fig], fig: _Fig) -> bool:
    """Whether `fig` is a set part someone puts in before the rest is shared (`_money_part`)."""
    return _money_part(text, figs, figs.index(fig), False, "")[1] == "put in"


def _grouped(op: str, group: list[str], total: str) -> str:
    """Sums added or taken off together, said as one step: "+ £50 + £20 is £1,410", "less the
    £420 hall and the £180 rights is £650"."""
    return f"{op} {(' + ' if op == '+' else ' and ').join(group)} is {total}"


def _folded(
    text: str,
    figs: list[_Fig],
    base: _Fig,
    periods: tuple[str, dict[int, float]],
    people: _Fig | None = None,
    target: _Fig | None = None,
) -> Worked | None:
    """The figures folded from `base` in the order said (a percentage said before the sum it
    comes off, first), each step shown; the target and the share last."""
    period, spans = periods
    litres = base.kind == "volume"
    sign = "" if litres else base.unit
    ways = people.value if people else 0.0

    def value_of(f: _Fig) -> float:
        if not period:
            return f.value
        weekly = f.value / spans[f.start] if f.start in spans else f.value / S_WEEKS[f.per]
        return weekly * S_WEEKS[period]

    def shown(v: float) -> str:
        if litres:
            return f"{count(round(v, 2))} litres"
        return money(v, sign) + (f" a {period}" if period else "")

    def said_of(f: _Fig) -> str:
        if f.start in spans:
            return f"{f.said} over {count(spans[f.start])} weeks ({shown(value_of(f))})"
        return f"{f.said} ({shown(value_of(f))})" if period and f.per != period else f.said

    total = value_of(base)
    working = f"{base.said}, which is {shown(total)}" if litres else said_of(base)
    # what was won or taken, that costs come off ("we got £45 prize money")
    said = f"{_lead(text, figs, figs.index(base))} {_tail(text, base)}"
    income = bool(S_INCOME.search(said) or S_PROFIT_ASKED.search(text))
    steps: list[str] = []
    group: list[str] = []  # sums of money added or taken off together: "less £420 and £180"
    op = ""
    payer: tuple[str, float] | None = None
    ops = [f for f in figs if f.kind in ("money", "percent") and f not in (base, target)]
    for f in sorted(ops, key=lambda f: (f.start > base.start, f.start)):
        at = figs.index(f)
        if f.kind == "percent":
            way = _percent_way(text, figs, at)
            if not way:
                return None  # a percentage neither plainly off nor on
            if group:
                steps.append(_grouped(op, group, shown(total)))
                group = []
            total *= 1 - f.value / 100 if way == "off" else 1 + f.value / 100
            total = total if litres else _cents(total)
            what = {"vat": " VAT", "tip": " tip", "service": " service"}.get(f.unit, "")
            said = "less" if way == "off" else "plus"
            steps.append(f"{said} {count(f.value)}%{what} is {shown(total)}")
            op = ""
            continue
        part, label = _money_part(text, figs, at, income, op)
        if part == "target" and not target and not period:
            target = f
            continue
        if part not in ("less", "+"):
            return None  # a sum of money with no word for what it does
        value = value_of(f)
        if group and part != op:
            steps.append(_grouped(op, group, shown(total)))
            group = []
        op = part
        group.append(f"the {money(f.value, sign)} {label}" if label else said_of(f))
        total = round(total - value if part == "less" else total + value, 6)
        who = S_PAYER.search(_lead(text, figs, at))
        if (
            part == "less"
            and who
            and who.group("who")
            not in G_NOT_WHO | {"we", "i", "me", "weve", "ive", "theyve", "youve"}
        ):
            payer = (who.group("who").title(), value)
    if group:
        steps.append(_grouped(op, group, shown(total)))
    if (
        S_LEFT_ASKED.search(text)
        and not target
        and not litres
        and not any("less" in s for s in steps)
    ):
        return None  # "the car is £8,000 and i have £2,500, how much more": which is which
    if steps:
        working += ("; " if litres else " ") + ", ".join(steps)
    elif not target and not litres:
        return None  # a sum of money shared and no more: a share of one step (`bots.asks`)
    number = shown(total)
    if target:
        goal = value_of(target)
        asked_pc = S_PERCENT_ASKED.search(text)
        if not goal or not (asked_pc or S_LEFT_ASKED.search(text) or ways):
            return None
        if asked_pc:
            share = 100 * total / goal
            about = "" if abs(share * 10 - round(share * 10)) < 1e-9 else "about "
            working += f", which is {about}{_pc(share)} of the {money(goal, sign)}"
            number = f"{about}{_pc(share)}"
        left = round(goal - total, 6)
        if left <= 0:
            return Worked(f"{working}; you are there, {shown(-left)} over", f"{shown(-left)} over")
        if S_LEFT_ASKED.search(text) or ways:
            if not steps and not asked_pc:
                working += f" of {shown(goal)}"  # "£290 of £340; £50 to go", never "£290;"
            working += f"; {shown(left)} to go"
            number = f"{number}, {shown(left)} to go" if asked_pc else f"{shown(left)} to go"
            total = left
    elif S_PROFIT_ASKED.search(text) and not ways:
        verdict = f"{shown(total)} in profit" if total >= 0 else f"{shown(-total)} short of it"
        return Worked(f"{working}: {verdict}", verdict)
    if not ways:
        if S_EACH.search(text) and not litres:
            return Worked(working, need="how many of you share it")
        return Worked(working, number)
    if not people or ways < 2 or total <= 0:
        return None
    sharers = f"{count(ways)} {people.said}"
    part = next((f for f in figs if f.kind == "money" and _put_in(text, figs, f)), None)
    if part and people.start < part.start:
        # "dinner was £150 for 5 of us, jo pays £10 and the rest of us split it": jo is one
        # of the 5, and the rest is the other 4's; said without "the rest of us", whether jo
        # shares the rest too is not plain.
        if not REST_OF_US.search(text, part.end) or ways < 3:
            return None
        ways -= 1
        sharers = f"the other {count(ways)}"
    each = _cents(total / ways)
    said = shown(each).replace(" a ", " each a ", 1) if period else f"{shown(each)} each"
    working += f"; between {sharers}, {said}"
    if payer:
        who, back = payer
        working += f" ({who} has the {money(back, sign)} back first: {money(each + back, sign)})"
    return Worked(working, said if not target else f"{number}; {said}")


READERS = (
    _arrival,
    _bulk_cost,
    _margin,
    _yearly,
    _fit,
    _by_hours,
    _dice_total,
    _dice,
    _needed,
    _overall,
    _pay,
    _kitty,
    _shares,
    _everyone,
    _trend,
    _to_target,
    _value,
    _compare,
    _tip,
    _lock,
    _calories,
    _odds,
    _bought_sold,
    _fraction_off,
    _percent,
    _average,
    _scaled,
    _currency,
    _foreign,
    _journey,
    _energy,
    _bundles,
    _packed,
    _portion,
    _lasting,
    _rise,
    _recurring,
    _capacity,
    _grown,
    _uneven,
)


# How to work a sum out, not the sum: "how do i work out 15 percent of 80 in my head".
METHOD = folded(
    r"\bhow (?:do|can|should|would|could) (?:i|we|you|u|one|people) (?:work out|figure out|"
    r"calculate|"
    r"do|find|estimate|reckon)\b|\bhow to (?:work out|figure out|calculate|do|find|estimate)\b|"
    r"\bin (?:my|your|ur|our|their) heads?\b|\b(?:trick|method|formula|way) (?:to|for)\b",
    re.I,
)


@lru_cache(maxsize=512)
def word_sum(text: str) -> Worked | None:
    """The everyday sum `text` asks, worked (see the module's shapes), or None. Asked for each
    message several times by the engine's paths, and of every message: one with no figure in it,
    in digits or words, is none, before any reading; a plain chance (`bots.odds`) is read first,
    with or without a figure ("the odds of drawing an ace")."""
    odds = chance_of(text[:600])
    if odds:
        return Worked(odds, odds.rsplit(", ", 1)[-1])
    if not (re.search(r"\d|marathon|parkrun|half", text, re.I) or NUMBER_WORD.search(text.lower())):
        return None
    text = _clean(text[:600])
    asked = ASKED.search(text) or ARRIVAL_ASKED.search(text)
    # ("how do we do it fair by hours? me 18, luis 22" asks the shares, not how to work them)
    method = METHOD.search(text) and not BY_HOURS.search(text)
    asked = asked or G_WHEN_BACK.search(text)
    if not asked or not re.search(r"\d|marathon|parkrun", text) or method:
        return None
    if _changed_back(text):
        return None
    found = _general(text)
    if found:
        return found
    for reader in READERS:
        found = reader(text)
        if found:
            return found
    return None


# A league table's most points: "we've lost 6 won 3 drawn 1, 3 pts for a win 1 for a draw, 4
# games left, whats the most points we can get" is 10 now and 12 more, 22 at most; and against
# a side's points ("if theyre on 16 points"), whether it can still be done.
S_RESULT = folded(
    r"\b(?P<verb>won|drawn|drew|lost)\s+(?P<n>\d{1,2})\b(?!\s*(?:of|out of|outta|from|in)\b)|"
    r"(?<![\w.])(?P<m>\d{1,2})\s+(?P<noun>wins?|draws?|losses|loss|defeats?)\b",
    re.I,
)
S_RESULT_KIND = {"wo": "win", "wi": "win", "dr": "draw", "lo": "loss", "de": "loss"}
S_POINTS_FOR = folded(
    r"(?<![\w.])(?P<p>\d{1,2})\s*(?:pts?|points?)?\s+(?:for|per|a|each)\s+(?:a\s+)?"
    r"(?P<k>win|draw|loss|defeat)\b",
    re.I,
)
S_GAMES_LEFT = folded(
    r"(?<![\w.])(?P<n>\d{1,2})\s+(?:more\s+)?(?:games?|matches|match|fixtures?|rounds?|races?)\s+"
    r"(?:left|to go|remaining|to play|still to play)\b",
    re.I,
)
S_PLAYED = folded(r"\bplayed (?P<n>\d{1,2})\b(?! (?:games?|matches) (?:left|to go))", re.I)
S_RIVAL = folded(
    r"\b(?:they(?:'re| are|re)?|theyre|[a-z]+(?:'s| is| are)) on (?P<t>\d{1,3})\s*(?:points?|"
    r"pts)?\b|\b(?:get to|reach|hit|get past|pass|beat|catch) (?P<u>\d{1,3})\s*(?:points?|pts)\b",
    re.I,
)
S_MOST_ASKED = folded(r"\b(?:most|max\w*|highest|best|how many points)\b", re.I)


def _points(text: str) -> Worked | None:
    """The most points a side can still make (see above), or None."""
    results = list(S_RESULT.finditer(text))
    rates = list(S_POINTS_FOR.finditer(text))
    left = list(S_GAMES_LEFT.finditer(text))
    rival = S_RIVAL.search(text)
    if not results or len(left) != 1 or not (S_MOST_ASKED.search(text) or rival):
        return None
    rest = list(text)
    for m in [*results, *rates, *left, *S_PLAYED.finditer(text), *([rival] if rival else [])]:
        rest[m.start() : m.end()] = " " * (m.end() - m.start())
    if re.search(r"\d", S_NOT_QUANTITY.sub(" ", "".join(rest))):
        return None
    had: dict[str, int] = {}
    for m in results:
        kind = S_RESULT_KIND[(m.group("verb") or m.group("noun"))[:2].lower()]
        if kind in had:
            return None
        had[kind] = int(m.group("n") or m.group("m"))
    worth = {"loss": 0}
    for m in rates:
        worth[{"defeat": "loss"}.get(m.group("k").lower(), m.group("k").lower())] = int(
            m.group("p")
        )
    for kind in ("win", "draw"):
        if kind not in worth and (had.get(kind) or kind == "win"):
            return Worked("", need=f"how many points a {kind} is worth")
    now = sum(n * worth[kind] for kind, n in had.items())
    games = int(left[0].group("n"))
    most = now + games * worth["win"]
    names = {"win": "win", "draw": "draw", "loss": "loss"}
    parts = [
        f"{n} {names[kind]}{'es' if kind == 'loss' and n != 1 else '' if n == 1 else 's'} at "
        f"{worth[kind]}"
        for kind, n in had.items()
        if worth[kind]
    ]
    working = (
        f"{' and '.join(parts)} is {now} points now; {games} game{'s' if games != 1 else ''} "
        f"left at {worth['win']} a win is {games * worth['win']} more: {most} at most"
    )
    if not rival:
        return Worked(working, f"{most} points")
    theirs = int(rival.group("t") or rival.group("u"))
    if most > theirs:
        working += (
            f", {most - theirs} more than {theirs}: it can still be done, if you win them all "
            f"and they take no more than {most - theirs - 1} points"
            if rival.group("t")
            else f", so {theirs} can still be reached"
        )
        return Worked(working, "yes, just")
    working += f", which does not pass {theirs}" if most == theirs else f", short of {theirs}"
    return Worked(working, "no")


# Two prices and the share at one of them: "tickets are £12 adult, £8 concession, and about a
# third are concessions, we've sold 199, roughly what have we taken": the price on average, and
# so many at it; how many were sold asked for when it is not said.
S_KIND_PRICE = folded(
    rf"(?P<m>[£$€]\s?{NUM})\s+(?:for\s+(?:an?\s+)?|per\s+|an?\s+)?(?P<k>(?!the\b)[a-z]{{3,}})\b",
    re.I,
)
# A target said before its sum: "target is £400", "we need £400".
S_TARGET_SUM = folded(rf"\b(?:target|goal|aim)(?: is| of)?\s+(?P<m>[£$€]\s?{NUM})", re.I)
S_SHARE_OF_KIND = folded(
    rf"(?:{FRACTION.pattern})\s+(?:of (?:them|those|the tickets|tickets) )?(?:are|is|were|will be|"
    r"being|go to|at|want|wants|go for|choose|get)\s+(?P<kind>[a-z]{3,})\b",
    re.I,
)
S_SOLD = folded(
    r"(?<![\w.£$€])(?P<n>\d{1,5})\s+(?:tickets?|seats?|sold|places|covers)\b|\bsold\s+(?P<s>\d{1,5})\b",
    re.I,
)
S_TAKEN_ASKED = folded(r"\b(?:taken|take|made|make|takings|total|how much|raised)\b", re.I)
S_REST_OF = {(1, 2): "the other half", (1, 3): "two thirds", (1, 4): "three quarters"}


def _mix(text: str) -> Worked | None:
    """Two prices and the share at one of them, and how many (see above), or None."""
    target = S_TARGET_SUM.search(text)
    prices = [
        p for p in S_KIND_PRICE.finditer(text) if not target or p.start() != target.start("m")
    ]
    share = S_SHARE_OF_KIND.search(text)
    counted = target and re.search(r"\bhow many\b", text)
    if len(prices) != 2 or not share or not (S_TAKEN_ASKED.search(text) or counted):
        return None
    (a, sign), (b, sign_b) = (_money_value(next(MONEY.finditer(p.group("m")))) for p in prices)
    kinds = [p.group("k") for p in prices]
    at = [i for i, k in enumerate(kinds) if _same(k, share.group("kind"))]
    if sign != sign_b or len(at) != 1:
        return None
    if share.group("f"):
        num, den = FRACTIONS[share.group("f").lower()]
        said, rest = share.group("f"), S_REST_OF.get((num, den), "the rest")
    elif share.group("pc"):
        num, den = int(share.group("pc")), 100
        said, rest = f"{num}%", f"{100 - num}%"
    else:
        num, den = 1, int(share.group("one"))
        said, rest = f"1 in {den}", "the rest"
    if not 0 < num < den:
        return None
    part, other = (b, a) if at[0] == 1 else (a, b)
    mean = (num * part + (den - num) * other) / den
    each = "ticket" if "ticket" in text else "head"
    if counted:
        return _mix_to_target(text, target, (rest, other), (said, part), mean, sign)
    working = (
        f"{rest} at {money(other, sign)} and {said} at {money(part, sign)} is "
        f"{money(mean, sign)} a {each} on average"
    )
    sold = [
        m
        for m in S_SOLD.finditer(text)
        if not any(p.start() <= m.start() < p.end() for p in prices)
    ]
    figures = re.findall(r"\d+", S_NOT_QUANTITY.sub(" ", text))
    if len(sold) > 1 or len(figures) > 4 + len(sold):
        return None
    if not sold:
        return Worked(
            working,
            need=f"how many {each}s there are in all"
            if each == "head"
            else "how many tickets you have sold in all",
        )
    n = int(sold[0].group("n") or sold[0].group("s"))
    total = n * mean
    about = "" if abs(total - round(total, 2)) < 1e-9 and n * num % den == 0 else "about "
    shown = money(round(total), sign) if about else money(total, sign)
    return Worked(f"{working}; {n} of them is {about}{shown}", f"{about}{shown}")


def _mix_to_target(
    text: str,
    target: re.Match[str],
    rest: tuple[str, float],
    part: tuple[str, float],
    mean: float,
    sign: str,
) -> Worked | None:
    """How many goes at two prices, a share at one, meet a target ("target is £400 ... £5 a car
    and £8 for inside, a third want inside, how many cars": £6 a car on average, 67 cars)."""
    goal, had = _money_value(next(MONEY.finditer(target.group("m"))))
    asked = re.search(r"\bhow many ([a-z]+)", text)
    if had != sign or not asked or not mean:
        return None
    things = asked.group(1)
    one = "head" if things in ("people", "guests", "of") else _singular(things)
    n = math.ceil(goal / mean - 1e-9)
    working = (
        f"{rest[0]} at {money(rest[1], sign)} and {part[0]} at {money(part[1], sign)} is "
        f"{money(mean, sign)} a {one} on average; {money(goal, sign)} at "
        f"{money(mean, sign)} is {count(goal / mean)}, so {n} {things}"
    )
    return Worked(working, f"{n} {things}")


@lru_cache(maxsize=256)
def stepped(text: str) -> Worked | None:
    """A sum of two or three steps, or a side's most points, asked in `text` (see above): for
    the one who does the group's sums, and only of a question with two figures or more."""
    if not (re.search(r"\d", text) or NUMBER_WORD.search(text.lower())):
        return None  # (most messages: nothing to clean)
    text = _clean(text[:600])
    if len(re.findall(r"\d+(?:[.,]\d+)*", text)) < 2 or not SUM_PUT.search(text):
        return None
    return _points(text) or _mix(text) or _by_units(text) or _by_days(text) or _steps(text)


def _by_days(text: str) -> Worked | None:
    """So much a day to a deadline, on this year's calendar (`bots.reckon.per_day_of`)."""
    found = per_day_of(text)
    return Worked(*found) if found else None


def _by_units(text: str) -> Worked | None:
    """A sum read by its units (`bots.reckon.units_of`: "0.2mg per kg, dog weighs 32kg,
    solution is 5mg/ml. how many ml?"), a date or a time said beside it no figure of it."""
    found = units_of(S_NOT_QUANTITY.sub(" ", text))
    return Worked(*found) if found else None


def _leaves_out(text: str, found: Worked) -> bool:
    """Whether a working leaves out a figure of `text` ("£340 less 15% is £289" of "15% off the
    £340 coach, split between 17 of us"): a reading of one shape that missed a step."""
    said = set(re.findall(r"\d+(?:\.\d+)?", found.working.replace(",", "")))
    asked = S_NOT_QUANTITY.sub(" ", _clean(text[:600])).replace(",", "")
    return any(n not in said for n in re.findall(r"\d+(?:\.\d+)?", asked))


def stepped_over(text: str) -> Worked | None:
    """The sum of steps `text` asks, when the readers of one shape miss it or leave a figure of
    it out (they are sure of their shape, and first); else None."""
    steps = stepped(text)
    if not steps:
        return None
    found = word_sum(text)
    return steps if not found or _leaves_out(text, found) else None


def sum_read(text: str, steps: bool = False) -> Worked | None:
    """The everyday sum `text` asks (`word_sum`); with `steps` (for the one who does the group's
    sums), a sum of steps before a reading that leaves a figure out."""
    if _changed_back(text):
        return None
    return (stepped_over(text) if steps else None) or word_sum(text)


def _changed_back(text: str) -> bool:
    """Whether `text` says a price after a percentage's change and asks the price before it:
    "£200, which is 10% more than jo's", never £220 (review34); `bots.sums50` works it back."""
    return bool(PERCENT_AT.search(text) and CHANGED_BACK.search(text.lower()))


def read_whole(text: str) -> bool:
    """Whether `word_sum` reads `text` by its general readings (a total with its fees and a
    percentage, a bill among those who pay...): then its working, not prices times counts."""
    found = word_sum(text)
    return bool(found and _general(_clean(text[:600])) == found)


def working_of(text: str) -> str:
    """The working, with a sentence's first letter raised, or ""."""
    found = word_sum(text)
    return found.working if found else ""


JUST_NUMBER = folded(
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


# A bill of items put plainly, for the one who does the group's sums (`plain_total`): "3
# radiators at £165 each", "labour 1.5 days at £320/day", "£1,480 hire + £180 fuel deposit".
_P_COUNT = r"(?P<n>\d+(?:\.\d+)?|" + "|".join(w for w in _WORDS if int(_WORDS[w]) <= 12) + r")"
P_ITEM = folded(
    rf"(?:\b{_P_COUNT}\s+(?:[a-z]+\s+){{0,3}}?(?:at|@)\s+)?[£$€](?P<x>\d[\d,]*(?:\.\d+)?)"
    r"(?:\s*(?:each|ea|a piece|apiece|per \w+|/\s?\w+|a (?:day|night|head|week|piece)|pp))?",
    re.IGNORECASE,
)
P_VAT = folded(
    r"\bplus (?:vat|tax|service|a tip)?(?: (?:at|of))? ?(?P<p>\d+(?:\.\d+)?)\s?%|"
    r"\b(?:plus|\+|and|with) (?P<q>\d+(?:\.\d+)?)\s?% (?:vat|tax|service)\b",
    re.IGNORECASE,
)
_P_WAYS = _P_COUNT.replace("?P<n>", "")
P_SPLIT = folded(
    rf"\b({_P_WAYS}) ways\b|\b(?:between|among|amongst|by) (?:the |us |all )?({_P_WAYS})"
    r"(?: of (?:us|you|them))?\b",
    re.IGNORECASE,
)
P_ASKED = folded(
    r"\b(?:total|altogether|all in|in all|comes? to|add (?:it|that|them|those) up|sum|split|"
    r"share|ways|each|how much (?:is|will|would|does)? ?(?:that|it|this|the lot|everything))\b",
    re.IGNORECASE,
)


# A stretch of time a bill is for, said or asked: "a year", "per month", "weekly".
P_PERIOD = folded(
    r"\b(?:a|per|each|every|in a|over a) (?:day|week|fortnight|month|quarter|year)\b|"
    r"\b(?:daily|weekly|monthly|yearly|annually|annual)\b",
    re.IGNORECASE,
)
# Shares asked by couples too: "and also per couple", "per household".
P_PAIRED = folded(r"\b(?:per|each|a) (?:couple|household|pair)\b(?! of)", re.I)
# A sum of a shared bill put on the asker's own share: "take the £45 out and put it just on ours".
P_MOVED = folded(
    rf"\btake (?:the )?(?P<m>[£$€]\s?{NUM}) (?:out|off)\b[^.?!]{{0,30}}?\b(?:put|stick|add|"
    r"charge) (?:it|that) (?:just |only )?(?:on|to|onto) (?:ours|us|our share|our bill|mine)\b",
    re.I,
)


# What makes a bill more than amounts added: a cost or a part taken off, a part paid, a rest
# shared, a count asked ("ingredients cost us £45", "nan puts in £10 and the rest is split").
P_NOT_PLAIN = folded(
    r"\b(?:how many|cost|costs|costing|spent|spend|less|minus|take|taken|off|profit|make|made|"
    r"left|leaves|remaining|rest|refund\w*|discount\w*|save|saving|back|owes?|paid|puts? in|"
    r"chip\w* in|towards|sell|selling|sold|raised?|target|short|each way|per (?:week|month))\b|"
    # a rate of exchange: "£1 = €1.20", "1.17 euros to the pound"
    r"[£$€]\s?1(?:\.00)?\s?(?:=|is|gets?|buys?)\s?[£$€]?\d|\bto the (?:pound|euro|dollar)\b|"
    r"\bexchange\b|\bin (?:pounds|euros|dollars)\b",
    re.IGNORECASE,
)


def _p_money(value: float, sign: str) -> str:
    """As `money`, with the pence of a large sum kept: £1,261.20 (a quote is to the penny)."""
    return money(value, sign) if value < 1000 else f"{sign}{value:,.2f}".removesuffix(".00")


def _p_count(said: str) -> float:
    return float(_WORDS.get(said.lower(), said))


def plain_total(text: str) -> Worked | None:
    """A total of items and amounts put plainly, with VAT or a service charge on it and shared
    some ways, when every figure of `text` is one of these (else None: nothing guessed).
    "£1,480 hire + £180 fuel deposit + £45 for biscuit. split that four ways": "£1,480 + £180 +
    £45 is £1,705; 4 ways, £426.25 each"."""
    if "£" not in text and "$" not in text and "€" not in text:
        return None
    text = text[:600]
    if not P_ASKED.search(text) or P_NOT_PLAIN.search(text) or alternatives(text):
        return None  # ("£35 a month or £360 a year": two prices to choose between, no bill)
    items = list(P_ITEM.finditer(text))
    alone = [(m.start("x"), m.end("x")) for m in items if not m["n"]]
    if not items or priced_apart(text, alone, len(items)):
        return None
    rest = P_ITEM.sub(" ", text)
    if any(not m["n"] and S_PER.match(text, m.end("x")) for m in items) or P_PERIOD.search(rest):
        return None  # "£10.99 a month ... how much a year": a sum a period, `_recurring`'s
    vat = P_VAT.search(rest)
    rest = P_VAT.sub(" ", rest)
    split = P_SPLIT.search(rest)
    rest = P_SPLIT.sub(" ", rest)
    if re.search(r"\d", rest) or len(items) + bool(split) < 2:
        return None  # a figure not read: a date, a time, a count of something else
    sign = next((c for c in items[0].group(0) if c in "£$€"), "£")
    parts, total = [], 0.0
    for item in items:
        price = float(item["x"].replace(",", ""))
        count = _p_count(item["n"]) if item["n"] else 1.0
        total += count * price
        parts.append(
            f"{count:g} × {_p_money(price, sign)}"
            if item["n"] and count != 1
            else _p_money(price, sign)
        )
    working = (
        f"{' + '.join(parts)} is {_p_money(total, sign)}"
        if len(parts) > 1 or "×" in parts[0]  # "5 × £85 is £425": never left unsaid
        else parts[0]
    )
    if vat:
        rate = float(vat["p"] or vat["q"])
        total *= 1 + rate / 100
        working += f"; plus {rate:g}%, {_p_money(total, sign)}"
    if split:
        ways = _p_count(next(g for g in split.groups() if g))
        if ways < 2:
            return None
        working += f"; {ways:g} ways, {_p_money(total / ways, sign)} each"
        if P_PAIRED.search(text) and ways % 2 == 0:
            # "and also per couple since clive and i are one household": two shares a couple
            working += f"; per couple, {_p_money(2 * total / ways, sign)}"
        return Worked(working, f"{_p_money(total / ways, sign)} each")
    return Worked(working, _p_money(total, sign))


# Change asked back from money handed over: "how much change do i get", "what's my change".
CHANGE_DUE = folded(
    r"\bhow much change\b|\bwhat(?:'?s| is| will be| would be)? (?:my|the|our|his|her|their) "
    r"change\b|\bchange (?:do|will|would|should|does) (?:i|we|you|she|he|they) get\b|"
    r"\bchange (?:from|out of) (?:a|an|the|my|that)\b|\bhow much (?:do|will|should) (?:i|we) "
    r"get back\b",
    re.IGNORECASE,
)
# The money handed over, as paid: "paying with a £20 note", "i'll give her a tenner", "paid with
# £50" (not "i've got a tenner if you need it": money held, not handed over).
TENDERED = folded(
    r"(?:\b(?:pay|pays|paying|paid|use|using)(?: (?:her|him|them|the (?:till|cashier|man|"
    r"woman|lady|guy)))?(?: it)? (?:with|by)|\b(?:hand|hands|handing|handed|give|giving|gave)"
    r"(?: (?:her|him|them|the (?:till|cashier|man|woman|lady|guy)))?(?: it)?(?: over)?|"
    r"\bchange (?:from|for|out of|off))\s+(?:a|an|one|my)?\s*"
    r"(?:£\s?(?P<m>\d+(?:\.\d\d)?)(?:\s*(?:note|notes|quid))?|(?P<w>tenner|fiver|twenty|fifty|"
    r"score|ten pound note|five pound note|twenty pound note|fifty pound note))\b",
    re.IGNORECASE,
)
_NOTES = {"tenner": 10, "fiver": 5, "twenty": 20, "fifty": 50, "score": 20, "ten": 10, "five": 5}


def tendered_change(text: str) -> Worked | None:
    """The change from money handed over for items and amounts put plainly ("3 coffees at £3.20
    each and a cake for £2.75, i'm paying with a £20 note, how much change": £20 − £12.35 is
    £7.65), the note never one of the items; None when no change is asked of one note handed
    over, or the items are not read whole (`plain_total`)."""
    text = text[:600]
    handed = list(TENDERED.finditer(text))
    if not CHANGE_DUE.search(text) or len(handed) != 1:
        return None
    tender = handed[0]
    word = (tender["w"] or "").lower().split(" ")[0]
    if not tender["m"] and word not in _NOTES:
        return None
    paid = float(tender["m"]) if tender["m"] else float(_NOTES[word])
    if paid >= 1e9:
        return None  # "a £99999999999999999999 note": no note, and past a float's pennies
    rest = f"{text[: tender.start()]} {text[tender.end() :]}"
    rest = CHANGE_DUE.sub(" ", rest)
    found = plain_total(f"{rest}. how much in total")
    priced = list(MONEY.finditer(rest))
    if not found and len(priced) == 1 and len(re.findall(r"\d+(?:[.,]\d+)*", rest)) == 1:
        # one price alone ("a £12 book, paying with a £20 note"): the whole bill
        found = Worked("", _p_money(_money_value(priced[0])[0], "£"))
    if not found or not found.number.startswith("£") or "each" in found.number:
        return None
    total = float(found.number.lstrip("£").replace(",", ""))
    note = _p_money(paid, "£")
    bill = f"{found.working}; " if found.working else ""
    if total > paid:
        short = _p_money(total - paid, "£")
        return Worked(f"{bill}{note} is {short} short of {found.number}", f"{short} short")
    change = _p_money(paid - total, "£")
    return Worked(f"{bill}{note} − {found.number} is {change} change", change)


def moved_onto_ours(bill: str, message: str) -> Worked | None:
    """The shared bill `bill` (`plain_total`, shared by couples) shared again with one sum of it
    taken out and put on the asker's own couple alone ("sorry forgot, take the £45 out and put it
    just on ours": £1,660 4 ways, £830 a couple, £875 for yours); None when `message` moves no
    sum of the bill so, or the bill is not shared by couples."""
    moved = P_MOVED.search(_clean(message[:300]))
    if not moved or not P_PAIRED.search(bill):
        return None
    said = moved.group("m").replace(" ", "")
    item = next((m for m in P_ITEM.finditer(bill) if m.group(0).replace(" ", "") == said), None)
    if item is None:
        return None
    before = re.sub(r"\s*(?:\+|plus|and)?\s*$", "", bill[: item.start()])
    after = re.sub(r"^(?:\s*(?:for|on)?\s*[a-z]+)*", "", bill[item.end() :], count=1)
    found = plain_total(f"{before}{after}")
    if not found or "per couple" not in found.working:
        return None
    value = _money_value(next(MONEY.finditer(said)))[0]
    pair = _n(re.search(r"per couple, [£$€](\S+?)(?:;|$)", found.working).group(1))
    sign = next(c for c in said if c in "£$€")
    partner = re.search(r"\b(?!and\b|since\b|as\b)([a-z]{3,}) and (?:i|me)\b", bill, re.I)
    yours = f"you and {partner.group(1).title()}" if partner else "you"
    working = (
        f"{found.working}; with the {money(value, sign)} on yours alone, "
        f"{_p_money(pair + value, sign)} for {yours} and {_p_money(pair, sign)} for the others"
    )
    return Worked(working, f"{_p_money(pair + value, sign)} for you")


# Whether a budget stretches to more: "we've spent £312 of the £450 ... sensors are £14.50 each
# and we need 5, plus £22 postage, do we still have enough for a spare battery at £38?";
# "baseboards £160, track £240, we've got £520 in the kitty. the DCC set is £185. can we afford it".
B_ASKED = folded(
    r"\b(?:can|could) (?:we|i|you|they) (?:still )?afford\b|\baffordable\b|\b(?:do|will|would) "
    r"(?:we|i|they) (?:still )?(?:have|got|be) (?:enough|left|over)\b|\b(?:is|would) "
    r"(?:there|that) (?:be )?(?:still )?enough\b|\benough (?:left )?(?:for|to)\b|"
    r"\bwithin (?:the |our )?budget\b",
    re.I,
)
B_POT = folded(
    rf"\bof (?:the |our |a )?(?P<a>[£$€]\s?{NUM})(?! each)\b|(?P<b>[£$€]\s?{NUM}) (?:in|left in) "
    rf"(?:the |our )?(?:kitty|pot|budget|fund|account|bank)\b|\b(?:budget|kitty|pot|fund)"
    rf"(?: is| was| of)?\s+(?P<c>[£$€]\s?{NUM})|\b(?:we|i)(?:'ve| have)? (?:got|have) "
    rf"(?P<d>[£$€]\s?{NUM})",
    re.I,
)
B_SPENT = folded(rf"\b(?:spent|used|gone through|paid out)\s+(?P<m>[£$€]\s?{NUM})", re.I)
B_COUNT_AFTER = re.compile(
    r"^[^.?!;£$€]{0,24}?\b(?:need|want|get|buy|order|for)\s+(?P<n>\d{1,3})\b"
)
B_COUNT_BEFORE = re.compile(r"(?<![\w.£$€])(?P<n>\d{1,3})\s+(?:[a-z]+\s+){0,3}?(?:at|@)\s*$")


def _b_each(text: str, m: re.Match[str]) -> int:
    """How many of a thing priced `m` are bought: "£14.50 each and we need 5", "£45 a tin and we
    need 4", "5 sensors at £14.50"; 1 when no count is said with it."""
    after = text[m.end() :]
    if re.match(r"\s*(?:each|apiece|a piece|ea|an? [a-z]+)\b", after):
        n = B_COUNT_AFTER.search(after)
        if n:
            return int(n.group("n"))
    before = B_COUNT_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
    return int(before.group("n")) if before else 1


def budget_of(text: str) -> Worked | None:
    """Whether a budget (a pot said as "of the £450", "£520 in the kitty") covers what is spent
    and the things priced after it, with what is to spare or short; None unless whether it is
    enough is asked. Sums said before the pot are spent, and so is one said as spent; the rest
    are wanted, a price each times the count said with it."""
    text = _clean(text[:600])
    if not B_ASKED.search(text):
        return None
    pots = list(B_POT.finditer(text))
    if len(pots) != 1:
        return None
    pot = pots[0]
    said = next(g for g in ("a", "b", "c", "d") if pot.group(g))
    budget, sign = _money_value(next(MONEY.finditer(text, pot.start(said))))
    spent_at = {s.start("m") for s in B_SPENT.finditer(text)}
    spent, wanted = [], []
    for m in MONEY.finditer(text):
        if pot.start(said) <= m.start() < pot.end(said):
            continue
        value, other = _money_value(m)
        if other != sign:
            return None
        n = _b_each(text, m)
        (spent if m.start() in spent_at or m.end() <= pot.start() else wanted).append((value, n))
    if not wanted:
        return None
    out = sum(v * n for v, n in spent)
    left = budget - out
    costs = [f"{n} × {money(v, sign)}" if n > 1 else money(v, sign) for v, n in wanted]
    need = sum(v * n for v, n in wanted)
    parts = " and ".join(money(v * n, sign) for v, n in spent)
    if len(spent) > 1:
        parts += f" ({_p_money(out, sign)})"
    working = f"{money(budget, sign)} less {parts} spent leaves {_p_money(left, sign)}"
    if not spent:
        working = f"{money(budget, sign)} to spend"
    working += (
        f"; {' + '.join(costs)} is {_p_money(need, sign)}"
        if len(costs) > 1
        else (
            f"; {costs[0]} is {_p_money(need, sign)}"
            if wanted[0][1] > 1
            else f"; {costs[0]} wanted"
        )
    )
    if need <= left + 1e-9:
        spare = left - need
        verdict = f"yes, with {_p_money(spare, sign)} to spare" if spare > 0.005 else "yes, exactly"
    else:
        verdict = f"no, {_p_money(need - left, sign)} short"
    return Worked(f"{working}: {verdict}", verdict)


# What is kept of a sale after a platform's cut and fee, less what the thing costs: "if we sell
# at £14 and etsy takes 6.5% plus 20p listing, what's our profit per candle".
F_SOLD = folded(r"\b(?:sell|sells|selling|sold|charge|price)\s+(?:it |them )?(?:at|for)\s+", re.I)
F_CUT = folded(
    r"(?<![\w.])(?P<r>\d{1,2}(?:\.\d+)?)\s?(?:%|percent|per cent)(?:\s+(?:fee|commission|cut))?"
    rf"(?:\s+(?:plus|\+|and)\s+(?P<f>[£$€]\s?{NUM}|\d+(?:\.\d+)?\s?p\b))?",
    re.I,
)
F_TAKES = folded(r"\b(?:takes?|charges?|fees?|commission|cut|keeps?)\b", re.I)
F_PROFIT_ASKED = folded(r"\b(?:profit|make|clear|keep|take home)\b", re.I)
F_UNPRICED = folded(r"\bwith (?:the |a )?(?P<thing>[a-z]+) (?:too|as well|on)\b", re.I)


def profit_after_fees(text: str, cost: str = "") -> Worked | None:
    """The profit on one sale at a price, after a cut in % and a fee on it, less `cost` (a sum
    of money a reply came to before: "about £2.93 each"); a thing put in that has no price
    ("ok with the label too") is said as not priced. None unless all of it is said."""
    text = _clean(text[:400])
    if not F_PROFIT_ASKED.search(text) or not F_TAKES.search(text):
        return None
    sold, cuts = F_SOLD.search(text), list(F_CUT.finditer(text))
    costs = list(MONEY.finditer(cost))
    if not sold or len(cuts) != 1 or len(costs) > 1 or not CUT_TAKEN.search(text):
        return None
    price_at = MONEY.match(text, sold.end())
    if not price_at:
        return None
    price, sign = _money_value(price_at)
    made, had = _money_value(costs[0]) if costs else (0.0, sign)
    cut = cuts[0]
    fee = _money_value(next(MONEY.finditer(cut.group("f"))))[0] if cut.group("f") else 0.0
    rate = _n(cut.group("r"))
    taken = _cents(price * rate / 100)
    if sign != had or price <= taken + fee + made:
        return None
    profit = price - taken - fee - made
    fees = f"{count(rate)}% of {money(price, sign)} is {money(taken, sign)}"
    if fee:
        fees += f", with the {money(fee, sign)} fee {money(taken + fee, sign)}"
    if not costs:
        kept = f"; {money(price, sign)} less that is {money(price - taken - fee, sign)} kept"
        return Worked(fees + kept, need="what one costs you to make")
    working = (
        f"{fees}; {money(price, sign)} less {money(taken + fee, sign)} and {money(made, sign)} to "
        f"make is {money(profit, sign)} profit each"
    )
    unpriced = F_UNPRICED.search(text)
    if unpriced and not re.search(rf"\b{unpriced.group('thing')}\b[^.,;]*[£$€\d]", text):
        working += f" (the {unpriced.group('thing')} is not priced: less whatever it costs)"
    return Worked(working, f"{money(profit, sign)} profit each")


# What solar panels save: "the panels make 5,800 kWh a year, we use 60% of it and export the rest
# at 15p" (a share used at the price of a unit bought, the rest sold at the export price); then
# the years to pay a cost back ("how many years to pay back the £9,800"), and a change asked
# after ("what if we add the £4,200 battery and use 90% ourselves").
SOLAR_MADE = folded(
    rf"\b(?:panels?|array|solar|system|roof)\b[^.?!]{{0,25}}?\b(?:make|makes|generate|generates|"
    rf"produce|produces|give|gives)\s+(?:about |around |roughly )?(?P<n>{NUM})\s?kwh",
    re.I,
)
SOLAR_USED = folded(
    r"\b(?:use|using|self[- ]consume|consume|keep)\s+(?:about |around )?(?P<r>\d{1,3})\s?%", re.I
)
SOLAR_EXPORT = folded(
    rf"\bexport\w*\b[^.?!£$€\d]{{0,20}}?(?:at|for)\s+(?P<m>[£$€]\s?{NUM}|{NUM}\s?p\b)", re.I
)
SOLAR_BUY = folded(rf"(?P<m>[£$€]\s?{NUM}|{NUM}\s?p\b)\s*(?:a|per|/)\s?(?:unit|kwh)\b", re.I)
PAYBACK_ASKED = folded(r"\bpay(?:s|ing)?[- ]?back\b|\bhow (?:many years|long)\b", re.I)
PAYBACK_COST = folded(
    rf"\b(?:pay(?:s|ing)?[- ]?back|cost(?:s|ing)?|add(?:ing)?)\s+(?:the |a |an |of |on )?"
    rf"(?P<m>[£$€]\s?{NUM})",
    re.I,
)


def _costs_to_pay(text: str) -> float:
    """The costs `text` says are to be paid back or added ("pay back the £9,800", "add the
    £4,200 battery"), summed."""
    return sum(
        _money_value(MONEY.match(text, c.start("m")))[0] for c in PAYBACK_COST.finditer(text)
    )


# A saving of panels as `solar_of` says it, to be asked again long after.
SOLAR_SAID = re.compile(
    rf"(?P<own>{NUM}) kWh used at (?P<buy>[£$€]?{NUM}p?) is .+?, and (?P<out>{NUM}) kWh "
    rf"exported at (?P<sell>[£$€]?{NUM}p?) is [^:]+: [^;]+?a year(?:; (?P<cost>[£$€]{NUM}) ÷)?"
)


def solar_asked(reply: str) -> str:
    """The sum of panels a reply of `solar_of`'s worked, put as asked again ("the panels make
    5,800 kwh a year, we use 60% of it at 28p a unit and export the rest at 15p, to pay back the
    £9,800"), for a change asked long after it; "" when the reply worked none."""
    m = SOLAR_SAID.search(reply)
    if not m:
        return ""
    own, out = _n(m.group("own")), _n(m.group("out"))
    share = 100 * own / (own + out)
    cost = f", to pay back the {m.group('cost')}" if m.group("cost") else ""
    return (
        f"the panels make {count(own + out)} kwh a year, we use {count(share)}% of it at "
        f"{m.group('buy')} a unit and export the rest at {m.group('sell')}{cost}"
    )


def solar_of(asked: str, after: Sequence[str] = ()) -> Worked | None:
    """What panels save a year, as `asked` puts them, with the follow-ups `after` (oldest first)
    changing the share used or adding to the cost to pay back; the years to pay the cost back
    when one is said and a message asks it. None unless the panels' units a year, the
    share used, the price of a unit bought and the export price are all said."""
    text = _clean(asked[:600])
    made, used = SOLAR_MADE.search(text), SOLAR_USED.search(text)
    export, buy = SOLAR_EXPORT.search(text), SOLAR_BUY.search(text)
    if not (made and used and export and buy):
        return None
    units, share = _n(made.group("n")), _n(used.group("r"))
    (sell, sign), (price, _) = (
        _money_value(MONEY.match(text, export.start("m"))),
        _money_value(MONEY.match(text, buy.start("m"))),
    )
    cost = _costs_to_pay(text)
    payback = PAYBACK_ASKED.search(text)
    for said in after:
        last = _clean(said[:300])
        payback = payback or PAYBACK_ASKED.search(last)
        again = SOLAR_USED.search(last) or re.search(r"(?P<r>\d{1,3})\s?%", last)
        share = _n(again.group("r")) if again else share
        cost += _costs_to_pay(last)
    if not 0 < share <= 100:
        return None
    own, out = units * share / 100, units * (100 - share) / 100
    saved, sold = own * price, out * sell
    total = saved + sold
    working = (
        f"{count(own)} kWh used at {money(price, sign)} is {_p_money(saved, sign)}, and "
        f"{count(out)} kWh exported at {money(sell, sign)} is {_p_money(sold, sign)}: "
        f"{_p_money(total, sign)} a year"
    )
    if cost and payback:
        years = cost / total
        working += f"; {_p_money(cost, sign)} ÷ that is {years:.1f} years to pay back"
        return Worked(working, f"{years:.1f} years")
    return Worked(working, f"{_p_money(total, sign)} a year")
