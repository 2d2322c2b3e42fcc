"""Small reckonings people ask of a room: a total of prices and amounts, a target met at so much
a go, a weekday or a count of days to a date, a temperature in the other scale.

    >>> total_of("if the hall is 120 and food is about 15 a head for 30 people, how much all in")
    '120, plus 15 a head for 30 people (450), is 570 all in'
    >>> raised_by("how many 50p guesses do we need to raise £40")
    '£40 at 50p a go is 80 guesses'

Each returns the working as words to be said ("" when `text` asks none of it), for the
personas' `#sum` openers (`{what}`) and the house bot's plain answers. They read only what is
written: a sum with a number missing, or one that only mentions numbers, is no sum asked.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from bots.fold import folded

# An @mention or a name said first ("@lovelace whats 2+2"), for a sum asked alone.
MENTION_LEAD = re.compile(r"^(?:@[\w.+-]+[,:]?\s*)+")

_SIGN = r"(?P<{0}>[£$€])?"
_AMOUNT = r"(?P<{0}>\d{{1,6}}(?:\.\d{{1,2}})?)(?P<{0}p>p\b)?"


def _amount(name: str) -> str:
    return _SIGN.format(name + "s") + _AMOUNT.format(name)


# A total asked: "how much is that all in", "what do we make", "whats the total", "how much
# altogether", "what's our profit", "what does that come to". Not "how much each" (a share).
TOTAL_ASKED = folded(
    r"\bhow much\b(?![^.?!]*\b(?:each|apiece|per (?:person|head)|a head)\b\W*$)|"
    r"\bwhat (?:do|would|will|did|does|could) (?:we|i|you|u|they|that|it|this) "
    r"(?:make|raise|clear|take|earn|come to|add up to|end up with)\b|"
    r"\b(?:the |our |in |a )?total\b|\ball in\b|\baltogether\b|\bprofit\b|"
    r"\badd (?:it |that |them )?up\b|\bcomes? to\b",
    re.IGNORECASE,
)
# "60 cookies at £1", "40 brownies at £2 each", "30 people at 15 a head".
PRICED = folded(
    r"(?<![\d.£$€])(?P<count>\d{1,5})\s+(?P<things>(?:[a-z]+\s+){0,2}?[a-z]+s)\s+(?:at|for|@)\s+"
    + _amount("price")
    + r"(?!\s*(?:am|pm|o'?clock|%|percent|mph|km|miles?|kg|minutes?|mins?|hours?)\b)"
    + r"(?:\s+(?:each|apiece|a (?:head|piece|pop|go|person|ticket)|per \w+))?(?!\d|\.\d)",
    re.IGNORECASE,
)
# "15 a head for 30 people", "£12 per person for 8 of us", "£3 each for 20 kids".
PER_HEAD = folded(
    r"(?<![\d.])" + _amount("price") + r"\s+(?:(?:a|per|each a|each per)\s+"
    r"(?P<per>head|person|guest|kid|child|ticket|plate|cover|adult|go|guess)|each)\s+"
    r"(?:for|x|times|with)\s+(?P<count>\d{1,5})(?:\s+(?P<things>(?:of us|[a-z]+)))?(?![\d.])",
    re.IGNORECASE,
)
# An amount said on its own: "the hall is 120", "ingredients cost us £45 total".
# (a full stop after it ends the sentence: "and 2 cokes at 2.90.")
LONE = folded(r"(?<![\d.:/,])" + _amount("price") + r"(?![\d:/%]|\.\d|,\d|\w)", re.IGNORECASE)
# A bare figure that counts things ("2 cokes", "7 players", "2 packets of crisps"): never an
# amount of money to add, whatever else is said.
COUNTED = folded(
    r"\s+(?!(?:pounds|quids|dollars|euros|bucks|pence|this|was|has|plus|less|its|pls|thanks|"
    r"is|as)\b)[a-z]{3,}s\b",
    re.IGNORECASE,
)
# A rate after an amount: "40 quid an hour", "£12 a head", "7.50/week".
RATE_AFTER = folded(
    r"\s*(?:quid|pounds?|dollars?|euros?|bucks)?\s*(?:an?|per|/|every)\s*(?:hour|hr|day|week|wk|"
    r"fortnight|month|quarter|term|year|night|session|lesson|class|head|person|go|visit)s?\b",
    re.IGNORECASE,
)
# What is left asked: "how much left after this round", "what's left in the kitty".
LEFT_ASKED = folded(r"\bleft\b", re.IGNORECASE)
# The words money put towards a thing is said with, which `bots.solve.LESS` reads near any
# figure too (one vocabulary).
PUT_SAID = r"saved|already|chipped in|towards"
# Money put towards the thing, said just before the amount: "he's saved £90", "mum's chipped in
# £50", "we've already paid £40", "deposit of £100"; and what is asked of the rest.
PUT_TOWARDS = folded(
    rf"\b(?:(?:{PUT_SAID}|raised|collected)(?: up| paid| put in| got| have| it)?(?<!already)|"
    r"put(?:ting)? in|"
    r"contributed|deposit(?: of)?|paid (?:a |the )?deposit(?: of)?|gift ?card(?: for| of)?|"
    r"voucher(?: for| of)?|refund(?:ed)?(?: of)?|"
    r"(?:i'?ve|we'?ve|he'?s|she'?s|they'?ve) got)\W+(?:(?:about|around|like|"
    r"only|just|me|us)\W+){0,2}$",
    re.IGNORECASE,
)
STILL_NEEDED = folded(
    r"\bhow much (?:more|else)\b|\bstill (?:need|to (?:pay|find|save|go))\b|\bleft to "
    r"(?:pay|find|save|raise)\b|\bhow much (?:short|to go)\b|\bhow far off\b",
    re.IGNORECASE,
)
# What is not an amount: a date, an age, a time, a measure, how many people share it.
NOT_AMOUNT = folded(
    r"^\s*(?:st|nd|rd|th|years?|yrs?|yo|am|pm|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|"
    r"km|miles?|kg|kilos?|grams?|g\b|litres?|ml|cm|percent|%|degrees?|people|guests|kids|of us|"
    r"ways|times|of (?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december))",
    re.IGNORECASE,
)
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august")
_MONTHS += ("september", "october", "november", "december")
MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
DATED = folded(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTH}\b|\b{MONTH}\s+\d{{1,2}}\b", re.I)
# Costs taken off what comes in: "ingredients cost us £45", "minus 20 for the float".
COST_BEFORE = folded(
    r"\b(?:costs?|cost us|spent|spend|spending|paid|pay|minus|less|take away|outlay|expenses?)"
    r"\W+(?:(?:us|me|about|around|roughly|like|in|of|the|total|for)\W+){0,3}$",
    re.IGNORECASE,
)
# What is made when what comes in is set against what goes out.
NET_ASKED = folded(
    r"\bwhat (?:do|would|will|did|could) (?:we|i|you|u|they) (?:make|clear|take|earn|raise|"
    r"end up with)\b|\bprofit\b|\bafter (?:costs|expenses|ingredients)\b|\bleft over\b|\bclear\b|"
    r"\bhow much (?:do|would|will|did|could|can|should) (?:we|i|you|u|they|the \w+) (?:make|earn|"
    r"raise|take home|bring in|end up with)\b|\bhow much (?:money )?(?:is|would be|will be) "
    r"(?:made|raised)\b",
    re.IGNORECASE,
)
# Things sold: what they bring in is set against what they cost, never added to it.
SOLD = folded(r"\b(?:sell|sells|selling|sold|takings|ticket sales)\b", re.IGNORECASE)
# Shared at the end: "split between 4 of us", "4 ways", "each of the 4 of us".
SPLIT = folded(
    r"\b(?:split|divided?|shared?)\b[^.?!]*?\b(?:between|among|by|into)\s+(?:the\s+)?(?P<n>\d{1,3})\b|"
    r"\b(?P<m>\d{1,3})\s+ways\b",
    re.IGNORECASE,
)


# A share of a count: "60% of 500 tickets", "half of 40 cakes".
SHARE_OF = folded(r"(?:%|\bpercent|\bper cent|\bhalf|\bthirds?|\bquarters?)\s+of\s+$", re.I)


_NUM = r"\d+(?:,\d{3})*(?:\.\d+)?"
# Currencies said by name, with no sign of their own here ("the krone is about 13.5 to the
# pound", "120 kr", "3,000 yen"): each shown as its plural name after the figure.
FOREIGN = {
    "krone": "kroner",
    "kroner": "kroner",
    "kr": "kroner",
    "nok": "kroner",
    "dkk": "kroner",
    "krona": "kronor",
    "kronor": "kronor",
    "sek": "kronor",
    "yen": "yen",
    "jpy": "yen",
    "zloty": "zloty",
    "zlotys": "zloty",
    "pln": "zloty",
    "lira": "lira",
    "try": "lira",
    "franc": "francs",
    "francs": "francs",
    "chf": "francs",
    "baht": "baht",
    "rand": "rand",
    "dirham": "dirhams",
    "dirhams": "dirhams",
    "aed": "dirhams",
    "peso": "pesos",
    "pesos": "pesos",
    "forint": "forint",
    "huf": "forint",
    "koruna": "koruny",
    "czk": "koruny",
    "rupee": "rupees",
    "rupees": "rupees",
    "inr": "rupees",
    "dinar": "dinars",
    "dinars": "dinars",
}
FOREIGN_WORDS = "|".join(sorted(FOREIGN, key=len, reverse=True))
_HOME = r"pound|quid|gbp|euro|eur|dollar|usd|buck"
# The rate of a named currency to ours: "krone is about 13.5 to the pound", "13.5 kr to the
# pound", "£1 = 13.5 krone", "1 pound gets you 160 yen", "the rate's 13.5 nok per £".
# "to the", "per", "for one", "=": what joins a rate's figure to the currency it is of.
_TO_ONE = r"\s*(?:to|per|for|a|=)\s+(?:the\s+|a\s+|1\s+|one\s+)?"
FOREIGN_RATE = folded(
    rf"(?<!\d )(?<!\d)\b(?P<cur>{FOREIGN_WORDS})s?\b[^.?!\d£$€]{{0,24}}?(?P<r>{_NUM}){_TO_ONE}"
    rf"(?P<of>{_HOME}|[£$€])|"
    rf"(?<![\w.])(?P<r2>{_NUM})\s*(?P<cur2>{FOREIGN_WORDS})s?{_TO_ONE}(?P<of2>{_HOME}|[£$€])|"
    rf"(?:(?P<of3>[£$€])\s?1|\b(?:1|one|a)\s?(?P<of4>{_HOME})s?)"
    r"\s*(?:=|is|gets?(?: you)?|buys?|to)\s*"
    rf"(?:about |around |roughly |like )?(?P<r3>{_NUM})\s*(?P<cur3>{FOREIGN_WORDS})s?\b|"
    # "how many krone for £200 if it's 13.5 to the pound": the currency named elsewhere
    rf"(?<![\w.£$€])(?P<r4>{_NUM})\s*(?:to|per)\s+(?:the\s+|a\s+|1\s+|one\s+)?(?P<of5>{_HOME})\b",
    re.I,
)


def priced(text: str) -> bool:
    """Whether `text` names a price times a count ("60 cookies at £1", "15 a head for 30")."""
    return bool(PRICED.search(text) or PER_HEAD.search(text))


def money(value: float, sign: str = "£") -> str:
    """£4.88, 90p, £1,200, £1,601.60; pence below a pound, and kept above a thousand (a wage
    of £1,601.60 is not £1,602: money is said to the penny), a half penny up (£2.125 is
    £2.13, whatever the float's last digit). The one way every sum says money."""
    if sign == "£" and 0 < value < 1 and round(value * 100) < 100:
        # to a tenth of a penny, a half up: 41.25p is 41.3p (a float's 41.2499... said 41.2p)
        tenths = math.floor(value * 1000 + 0.5 + 1e-6) / 10
        return f"{tenths:.1f}".removesuffix(".0") + "p"
    return f"{sign}{round(value + 1e-9, 2):,.2f}".removesuffix(".00")


def _value(match: re.Match[str], name: str) -> tuple[float, str, bool]:
    """(value in whole units, sign, said in pence) of the amount `name` in `match`."""
    number = float(match.group(name))
    pence = bool(match.group(name + "p"))
    sign = match.group(name + "s") or ("£" if pence else "")
    return (number / 100 if pence else number), sign, pence


# Words before a sum of money that make it another price of the same thing, not one more to add:
# "£10.99 a month or £109 for the year", "was £60 and now it's £45", "went from £800 to £860".
ALTERNATIVE = folded(
    r"\b(?:or|instead(?: of)?|versus|vs|compared (?:to|with)|now|(?:down|up|reduced|went) to|to)"
    # "the £420 limo or the £560 hummer": the thing's article, between
    r"\s*(?:it'?s |its |is |are |they'?re |just |only )?(?:the |a |an )?$",
    re.I,
)
_A_SUM = re.compile(r"[£$€]\s?\d|(?<![\w.])\d+(?:\.\d+)?p\b")


def alternatives(text: str) -> bool:
    """Whether a sum of money in `text` is said as another price of the thing before it
    (`ALTERNATIVE`): two prices to choose between or compare, which no total adds."""
    at = [m.start() for m in _A_SUM.finditer(text)]
    return any(ALTERNATIVE.search(text[a:b]) for a, b in itertools.pairwise(at))


# Which of two ways is cheaper, or worth it: asked of a choice, never of one total.
CHEAPER_ASKED = folded(
    r"\bwhich(?: 1| option| way| deal)?(?:'s| is| would be| works out| comes out| will be| "
    r"is the)?\s+(?:cheaper|cheapest|better value|better|best value|best|less|the better deal|"
    r"better deal)\b|\b(?:is it|would it be|works? out|work out|come out|it be)\s+cheaper\b|"
    r"\bcheaper (?:to|if|with|overall|in the end)\b|\bworth (?:it|getting|buying|doing|the money)"
    r"\b|\bbetter (?:value|deal)\b|\bbreak[- ]?even\b|\bpay for itself\b|\bsave (?:us )?money\b",
    re.I,
)
# A platform's cut of a sale: "etsy takes 6.5%", "the market charges 10% commission".
CUT_TAKEN = folded(
    r"\b(?:takes?|charges?|keeps?)\s+(?:a\s+)?\d{1,2}(?:\.\d+)?\s?(?:%|percent|per cent)|"
    r"\d(?:%|percent|per cent) (?:fee|commission|cut)\b",
    re.I,
)


# A price of one thing that is no stretch of time: "£2.10 per cubic metre", "28p a kwh", "£3 a
# bag", "£14.50 each".
PRICE_OF_ONE = folded(
    r"\s?(?:(?:per|a|an)\s|/\s?)(?!(?:day|night|week|fortnight|month|quarter|year|term|season|head|"
    r"person|go|time|pop|total|lot|bit|few|couple)\b)[a-z]{2,}\b|\s?each\b",
    re.I,
)
# One part of a bill asked for: "how much for the tickets", "whats the total for the food".
PART_ASKED = folded(
    r"\b(?:how much|what'?s?|whats|total|cost)\b[^.?!,]{0,20}\b(?:for|on) (?:the |our |all )?"
    r"(?!(?:\d|the|our|my|your|lot|whole|everything|all|both|day|night|week|month|year|trip|"
    r"weekend|evening|us|you|them|that|this|it|others?|rest|everyone|everybody|each|people|"
    r"kids|children|adults|group|team|family|families|couples?|household|guests|lads|girls|"
    r"boys)\b)[a-z]{3,}\b(?!\s(?:and|&|plus)\b)",
    re.I,
)


def priced_apart(text: str, monies: Sequence[tuple[int, int]], many: int) -> bool:
    """Whether sums of money said at `monies` (start, end) are no amounts to add up: one is a
    price of one thing ("£2.10 per cubic metre": times how many?), or one part of what was said
    is asked ("how much for the tickets", never the car park added)."""
    if any(PRICE_OF_ONE.match(text, b) for _, b in monies):
        return True
    return many > 1 and bool(PART_ASKED.search(text))


def total_of(text: str) -> str:
    """The working of a total asked ("60 cookies at £1 (£60) and 40 brownies at £2 (£80) is
    £140; less £45, that leaves £95"), or "" when `text` asks none: a total asked, and a price
    times a count in it, or two amounts or more of money."""
    if not TOTAL_ASKED.search(text) or CUT_TAKEN.search(text) or FOREIGN_RATE.search(text):
        # "etsy takes 6.5% plus 20p": a profit after a cut (`bots.wordsum`), no total; "the
        # krone is 13.5 to the pound": money changed at a rate (`bots.wordsum`)
        return ""
    if alternatives(text) or CHEAPER_ASKED.search(text):
        # "£10.99 a month or £109 for the year", "which is cheaper over the 2 yrs": a choice,
        # not a bill
        return ""
    spans: list[tuple[int, int]] = []
    parts: list[tuple[int, str, float, bool]] = []  # (where, said, value, a product)
    signs: list[str] = []
    for pattern in (PRICED, PER_HEAD):
        for m in pattern.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in spans):
                continue
            if SHARE_OF.search(text, max(0, m.start() - 20), m.start()):
                return ""  # "60% of 500 tickets at £3 each": a share of the count (`bots.wordsum`)
            price, sign, _ = _value(m, "price")
            count = int(m.group("count"))
            if not count or not price or count > 10_000:
                continue
            spans.append(m.span())
            signs.append(sign)
            said = re.sub(r"\s+", " ", m.group(0).strip())
            parts.append((m.start(), said, price * count, True))
    products = len(parts)
    split = SPLIT.search(text)
    costs: list[tuple[str, float]] = []
    taken: tuple[str, float] | None = None
    lone: list[tuple[int, int]] = []  # where each amount said alone is
    for m in LONE.finditer(text):
        if any(a <= m.start() < b for a, b in spans):
            continue
        if split and split.start() <= m.start() < split.end():
            continue
        if NOT_AMOUNT.match(text, m.end()) or DATED.search(
            text, max(0, m.start() - 12), m.end() + 12
        ):
            continue
        value, sign, pence = _value(m, "price")
        if not value:
            continue
        if not sign and COUNTED.match(text, m.end()):
            return ""  # "and 2 cokes": a count of things read as no price times it; not placed
        if RATE_AFTER.match(text, m.end()):
            return ""  # "40 quid an hour, ive had 12": a rate, no amount to add (`bots.solve`)
        said = money(value, sign) if sign else m.group("price")
        if PUT_TOWARDS.search(text[max(0, m.start() - 30) : m.start()]):
            # "he's saved £90", "mum chipped in £50": money towards it, never a cost added in
            if not taken and STILL_NEEDED.search(text):
                taken = (said, value)
                continue
            return ""
        if COST_BEFORE.search(text[max(0, m.start() - 40) : m.start()]) and products:
            costs.append((said, value))
            signs.append(sign)
            continue
        signs.append(sign)
        parts.append((m.start(), said, value, False))
        lone.append((m.start(), m.end()))
    if priced_apart(text, lone, len(parts) + len(costs)):
        return ""
    sign = next((s for s in signs if s), "")
    of_money = bool(sign) or bool(
        re.search(r"\b(?:pounds?|quid|dollars?|euros?|bucks)\b", text, re.I)
    )
    if not products and not (of_money and len(parts) >= 2):
        return ""
    if len(parts) + len(costs) > 6:
        return ""  # a list of numbers, not a sum
    alone = [p for p in parts if not p[3]]
    if sign and any(not re.match(r"[£$€]|\d+p$", p[1]) for p in alone):
        return ""  # "£5 ... 20 kids": a count beside money is no amount to add
    parts.sort()
    gross = sum(p[2] for p in parts)
    said = [f"{p[1]} ({money(p[2], sign)})" if p[3] and len(parts) > 1 else p[1] for p in parts]
    if len(parts) == 1:
        working = f"{said[0]} is {money(gross, sign)}"
    else:
        working = ", plus ".join(said) + f", is {money(gross, sign)}"
    if taken:
        # "a deck £65, trucks £45, wheels £30, and he's saved £90, how much more does he need"
        if gross <= taken[1] or split or costs:
            return ""
        rest = money(gross - taken[1], sign)
        return f"{working}; less the {taken[0]} put towards it, {rest} still to find"
    if LEFT_ASKED.search(text) and not (costs and NET_ASKED.search(text)):
        return ""  # "how much left after this round": left of what, not said here; no total
    net = gross
    if costs and NET_ASKED.search(text):
        spent = sum(v for _, v in costs)
        net = gross - spent
        working += f"; less {' and '.join(s for s, _ in costs)}, that leaves {money(net, sign)}"
    elif costs:
        if SOLD.search(text):
            return ""  # "sell 500 at £2 and the prizes cost us £180": never £1,180
        net = gross + sum(v for _, v in costs)
        working += f"; with {' and '.join(s for s, _ in costs)} more, {money(net, sign)}"
    elif re.search(r"\ball in\b", text, re.I):
        working += " all in"
    if split:
        ways = int(split.group("n") or split.group("m"))
        if ways > 1:
            each = f"{net / ways:.2f}".removesuffix(".00")
            working += f"; between {ways} of you, {sign}{each} each"
    return working


# A count of goes to meet a target: "how many 50p guesses do we need to raise £40", "how many
# £2 tickets to make £100".
RAISED = folded(
    r"\bhow many\s+"
    + _amount("price")
    + r"\s+(?P<things>(?:[a-z]+\s+)?[a-z]+s)\b[^.?!]*?\b(?:raise|make|reach|"
    r"hit|get to|earn|cover|pay for)\s+" + _amount("target") + r"(?![\d.])",
    re.IGNORECASE,
)


def raised_by(text: str) -> str:
    """How many goes at a price meet a target ("£40 at 50p a go is 80 guesses"), or ""."""
    m = RAISED.search(text)
    if not m:
        return ""
    price, sign, _ = _value(m, "price")
    target, target_sign, _ = _value(m, "target")
    sign = sign or target_sign
    if not price or not target or target / price > 1_000_000:
        return ""
    count = math.ceil(round(target / price, 6))
    return f"{money(target, sign)} at {money(price, sign)} a go is {count} {m.group('things')}"


def sum_of(text: str) -> str:
    """A total or a count to meet a target, worked out: `raised_by`, else `total_of`."""
    return raised_by(text) or total_of(text)


# A weekday asked: "what day of the week is 14 june 2027", "what day is june 14th", "is the 14th
# of june a saturday".
WEEKDAY_ASKED = folded(
    r"\bwhat day(?: of the week)? (?:is|was|will|does|falls?)\b|\bwhich day(?: of the week)?\b|"
    r"\bis (?:the )?(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[^?]*\b(?:a|on a) "
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day\b",
    re.IGNORECASE,
)
DAYS_ASKED = folded(
    r"\bhow (?:many days|many weeks|long)\b[^?.!]*?\b(?:until|till|til|to|before)\b", re.I
)
DAY_MONTH = folded(
    rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{MONTH})\b,?(?:\s+(?P<y>\d{{4}}))?|"
    rf"\b(?P<m2>{MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b,?(?:\s+(?P<y2>\d{{4}}))?",
    re.IGNORECASE,
)
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _date_in(text: str, today: date) -> tuple[date, bool] | None:
    """The date `text` names, and whether its year was said; the next one from `today` when
    not."""
    m = DAY_MONTH.search(text)
    if not m:
        return None
    day = int(m.group("d") or m.group("d2"))
    month_said = (m.group("m") or m.group("m2")).lower()[:3]
    month = next(i for i, name in enumerate(_MONTHS, 1) if name.startswith(month_said))
    year_said = m.group("y") or m.group("y2")
    year = int(year_said) if year_said else today.year
    try:
        when = date(year, month, day)
        if not year_said and when < today:
            when = date(year + 1, month, day)
    except ValueError:
        return None
    return when, bool(year_said)


def _day_said(when: date) -> str:
    return f"{when.day} {_MONTHS[when.month - 1].capitalize()} {when.year}"


def calendar_of(text: str, today: date | None = None) -> str:
    """A weekday or a count of days to a date, as a sentence ("14 June 2027 is a Monday."), or
    "" when `text` asks neither of a date it names."""
    today = today or date.today()
    found = _date_in(text, today)
    if not found:
        return ""
    when, _ = found
    if DAYS_ASKED.search(text):
        days = (when - today).days
        if days < 0:
            return f"{_day_said(when)} was {-days} days ago."
        if days == 0:
            return f"{_day_said(when)} is today."
        weeks, rest = divmod(days, 7)
        also = (
            f", or {weeks} weeks and {rest} days"
            if weeks and rest
            else (f", or {weeks} weeks exactly" if weeks else "")
        )
        return f"{_day_said(when)} is {days} days from today ({_day_said(today)}){also}."
    if WEEKDAY_ASKED.search(text):
        was = "was" if when < today else "is"
        return f"{_day_said(when)} {was} a {WEEKDAYS[when.weekday()]}."
    return ""


# A temperature to convert: "convert 180 celsius to fahrenheit", "whats 350f in c", "180c in f".
TEMPERATURE = folded(
    r"(?P<n>-?\d{1,4}(?:\.\d+)?)\s*(?:°|degrees?\s*)?\s*(?P<u>celsius|centigrade|fahrenheit|c|f)\b"
    r"[^.?!]{0,20}?\b(?:to|in|into|as)\s+(?:degrees\s+)?(?P<to>celsius|centigrade|fahrenheit|c|f)\b",
    re.IGNORECASE,
)


def temperature_of(text: str) -> str:
    """A temperature in the other scale ("180°C is 356°F."), or ""."""
    m = TEMPERATURE.search(text)
    if not m:
        return ""
    frm, to = m.group("u").lower()[0], m.group("to").lower()[0]
    frm = "c" if frm in "c" else "f"
    to = "c" if to in "c" else "f"
    if frm == to:
        return ""
    n = float(m.group("n"))
    out = n * 9 / 5 + 32 if frm == "c" else (n - 32) * 5 / 9
    shown = f"{out:.1f}".removesuffix(".0")
    said = f"{n:g}"
    extra = ""
    if frm == "c" and 140 <= n <= 240:
        extra = " (an oven at that is about gas mark " + str(_gas_mark(n)) + ")"
    return f"{said}°{frm.upper()} is {shown}°{to.upper()}{extra}."


def _gas_mark(celsius: float) -> int:
    # Gas marks 1 to 9 run from 140°C to 240°C in steps of about 14°C.
    return max(1, min(9, round((celsius - 140) / 12.5) + 1))


# Plain arithmetic asked: "what is 2 + 2", "whats 17*23", "calculate 120 + 15 x 30", "2+2?",
# "can you work out 17 x 23", "what does 6 times 7 make"; no brackets.
_ASK_LEAD = (
    r"^\W*(?:(?:hey|hi|so|ok|okay|oh|quick question|quick one|random question|um+|erm+|and)\b"
    r"[,:!.]?\s+)?(?:[a-z]+,\s+)?(?:(?:can|could) (?:you|u|someone|anyone) )?"
    r"(?:(?:tell me|remind me|help me with)\s+)?"
)
ARITHMETIC = folded(
    _ASK_LEAD + r"(?:what(?:'?s| is| are| does| do)|wh?at?s|wat is|calculate|work out|compute|"
    r"how much is|how much are|solve)\s+"
    r"(?P<sum>[\d.\s]*\d[\d.\s]*(?:[-+*/x×÷]\s*[\d.]+\s*)+)\s*"
    r"(?:=|equals?|make|makes|come to|give you|again|exactly|please|pls|plz|then)?\s*[?!.]*\s*$",
    re.IGNORECASE,
)
# A sum alone, as its own message: "2+2?", "17 x 23 =", "12*12". With no "?" or "=" after it,
# only a "+" or a "×" makes it a sum: "2-1" is a score, "24/7" and "10/10" are no divisions.
BARE_SUM = folded(
    r"^\W*(?:(?:and|so|ok|okay|then|now|what about|how about)\W+)?"
    r"(?P<sum>\d[\d.]*(?:\s*[-+*/x×÷]\s*\d[\d.]*)+)\s*(?P<asked>=\s*\??|\?+)?\s*$",
    re.IGNORECASE,
)
# A bare a/b written with no spaces is a date, a score or a name as often as a division: it is a
# sum only when asked as one ("what's 144/12", "144/12=?"), and never these, said as words.
SLASHED = re.compile(r"\d+/\d+")
SLASH_IDIOMS = frozenset(("9/11", "24/7", "50/50", "7/11", "4/20", "20/20", "365/24"))
# A square root asked: "what's the square root of 81", "sqrt 2", "√144?".
ROOT_ASKED = folded(
    _ASK_LEAD + r"(?:(?:what(?:'?s| is)|wh?at?s|wat is|calculate|work out)\s+)?(?:the\s+)?"
    r"(?:square root of|sqrt\s*\(?|√\s*)\s*(?P<n>\d+(?:\.\d+)?)\s*\)?\s*[?!.]*\s*$",
    re.IGNORECASE,
)
_OPERATORS = {"+": "+", "-": "-", "*": "*", "x": "*", "×": "*", "/": "/", "÷": "/"}


# Operations said in words: "6 times 7", "144 divided by 12", "15 plus 27", "20 take away 8";
# and "12 squared", "3 cubed" (said as the product they are: "12 × 12").
WORDED_OPERATIONS = folded(
    r"(?<=\d)\s+(?:times|multiplied by|divided by|over|plus|add|minus|take away|x)\s+(?=\d)",
    re.IGNORECASE,
)
POWERED = folded(r"\b(?P<n>\d+(?:\.\d+)?)\s+(?P<p>squared|cubed)\b", re.IGNORECASE)
_WORDED = {
    "times": "×",
    "multiplied by": "×",
    "x": "×",
    "divided by": "÷",
    "over": "÷",
    "plus": "+",
    "add": "+",
    "minus": "-",
    "take away": "-",
}


def shown_number(value: Fraction) -> str:
    """`value` as said: a whole number with its thousands marked ("121,932,631,112,635,269"),
    a decimal exactly when it ends within ten places ("3.5", "0.015625"), else to four places
    after "about" ("about 3.3333")."""
    sign = "-" if value < 0 else ""
    value = abs(value)
    if value.denominator == 1:
        return f"{sign}{value.numerator:,}"
    whole, rest = divmod(value.numerator, value.denominator)
    den = value.denominator
    for k in range(1, 11):
        if (rest * 10**k) % den == 0:
            digits = str(rest * 10**k // den).rjust(k, "0")
            return f"{sign}{whole:,}.{digits}"
    rounded = round(value * 10**4)
    whole4, frac4 = divmod(rounded, 10**4)
    decimals = str(frac4).rjust(4, "0").rstrip("0")
    said = f"{whole4:,}.{decimals}" if decimals else f"{whole4:,}"
    return f"about {sign}{said}"


def _root_of(text: str) -> str:
    """A square root asked, said back ("the square root of 81 = 9."), or ""."""
    m = ROOT_ASKED.match(text.strip())
    if not m:
        return ""
    value = Fraction(m.group("n"))
    num, den = value.numerator, value.denominator
    rn, rd = math.isqrt(num), math.isqrt(den)
    if rn * rn == num and rd * rd == den:
        root = shown_number(Fraction(rn, rd))
    else:
        near = round(Fraction(math.isqrt(num * 10**24 // den), 10**12) * 10**4)
        whole, part = divmod(near, 10**4)
        decimals = str(part).rjust(4, "0").rstrip("0")
        root = f"about {whole:,}.{decimals}" if decimals else f"about {whole:,}"
    return f"the square root of {m.group('n')} = {root}."


def arithmetic_of(text: str) -> str:
    """A plain sum said back worked ("2 + 2 = 4."), or "": numbers and + - × ÷ only (or said in
    words: "6 times 7", "12 squared", the square root of one), read left to right with × and ÷
    first, never evaluated as code. Asked with "what is" or the like, or alone as its own
    message ("2+2?"); a division by zero is said to have no answer."""
    text = MENTION_LEAD.sub("", text.strip())
    if root := _root_of(text):
        return root
    text = POWERED.sub(
        lambda m: " × ".join([m.group("n")] * (2 if m.group("p").lower() == "squared" else 3)),
        text,
    )
    text = WORDED_OPERATIONS.sub(
        lambda m: f" {_WORDED[' '.join(m.group().lower().split())]} ", text.strip()
    )
    m = ARITHMETIC.match(text.strip())
    if not m:
        m = BARE_SUM.match(text.strip())
        if not m or not (m.group("asked") or re.search(r"[+*×]", m.group("sum"))):
            return ""
        # "9/11?", "24/7?" alone: a bare a/b is a sum only with "=" after it ("144/12=?").
        if SLASHED.fullmatch(m.group("sum").strip()) and "=" not in (m.group("asked") or ""):
            return ""
    if (slashed := SLASHED.fullmatch(m.group("sum").strip())) and slashed.group() in SLASH_IDIOMS:
        return ""
    tokens = re.findall(r"\d+(?:\.\d+)?|[-+*/x×÷]", m.group("sum").lower())
    if len(tokens) < 3 or len(tokens) % 2 == 0 or len(tokens) > 21:
        return ""
    # (exact: "99999999999999999999 times 9" is 899,999,999,999,999,999,991, never a float's
    # 900,000,000,000,000,000,000)
    numbers = [Fraction(t) for t in tokens[0::2]]
    ops = [_OPERATORS.get(t) for t in tokens[1::2]]
    if None in ops or any(re.fullmatch(r"\d+(?:\.\d+)?", t) is None for t in tokens[0::2]):
        return ""
    written = " ".join(
        t if i % 2 == 0 else {"*": "×", "/": "÷"}.get(_OPERATORS[t], t)
        for i, t in enumerate(tokens)
    )
    # × and ÷ first, then + and −.
    terms_: list[Fraction] = [numbers[0]]
    signs: list[str] = []
    for op, number in zip(ops, numbers[1:], strict=True):
        if op == "*":
            terms_[-1] *= number
        elif op == "/":
            if number == 0:
                if len(tokens) > 3:
                    return f"{written} has no answer, since it divides by zero."
                if numbers[0] == 0:
                    return f"{written} has no one answer, since every number times 0 is 0."
                return f"{written} has no answer, since no number times 0 makes {tokens[0]}."
            terms_[-1] /= number
        else:
            signs.append(op)
            terms_.append(number)
    result = terms_[0]
    for op, number in zip(signs, terms_[1:], strict=True):
        result = result + number if op == "+" else result - number
    return f"{written} = {shown_number(result)}."


# ---------------------------------------------------------------------------------------------
# A sum read by its units (dimensional analysis), for the one who does a room's sums: every
# figure with its unit ("0.2mg per kg", "32kg", "5mg/ml", "15 mins a lock", "4mph", "£250 a
# month", "4 songs", "3.5 min each"), the unit asked ("how many ml", "how many hours", "how long
# till", "how many full run-throughs"), and the one way of multiplying and dividing the figures,
# each used once, whose units come to the unit asked. Two ways or none: no answer (never a
# guess); a number with no unit, or a unit it does not know, is no figure it can place.
# Each unit: (dimension, how many of the dimension's base unit, said as).
U_KNOWN: dict[str, tuple[str, float, str]] = {
    # (each weight its own: "0.2 mg per kg" is of a drug per kg of a dog, never 0.0000002)
    "mg": ("mg", 1.0, "mg"),
    "g": ("g", 1.0, "g"),
    "grams": ("g", 1.0, "g"),
    "kg": ("kg", 1.0, "kg"),
    "kgs": ("kg", 1.0, "kg"),
    "kilos": ("kg", 1.0, "kg"),
    "ml": ("volume", 1.0, "ml"),
    "l": ("volume", 1e3, "litres"),
    "litres": ("volume", 1e3, "litres"),
    "liters": ("volume", 1e3, "litres"),
    "mm": ("length", 1 / 1_609_344, "mm"),
    "cm": ("length", 1 / 160_934.4, "cm"),
    "m": ("length", 1 / 1609.344, "m"),
    "metre": ("length", 1 / 1609.344, "m"),
    "metres": ("length", 1 / 1609.344, "m"),
    "meter": ("length", 1 / 1609.344, "m"),
    "meters": ("length", 1 / 1609.344, "m"),
    "kwh": ("energy", 1.0, "kWh"),
    "miles": ("length", 1.0, "miles"),
    "mile": ("length", 1.0, "miles"),
    "km": ("length", 0.621371, "km"),
    "sec": ("time", 1 / 60, "seconds"),
    "second": ("time", 1 / 60, "seconds"),
    "secs": ("time", 1 / 60, "seconds"),
    "seconds": ("time", 1 / 60, "seconds"),
    "min": ("time", 1.0, "min"),
    "mins": ("time", 1.0, "min"),
    "minute": ("time", 1.0, "min"),
    "minutes": ("time", 1.0, "min"),
    "h": ("time", 60.0, "hours"),
    "hr": ("time", 60.0, "hours"),
    "hrs": ("time", 60.0, "hours"),
    "hour": ("time", 60.0, "hours"),
    "hours": ("time", 60.0, "hours"),
    "day": ("time", 1440.0, "days"),
    "days": ("time", 1440.0, "days"),
    "week": ("time", 10080.0, "weeks"),
    "weeks": ("time", 10080.0, "weeks"),
    "month": ("time", 43830.0, "months"),
    "months": ("time", 43830.0, "months"),
    "year": ("time", 525960.0, "years"),
    "years": ("time", 525960.0, "years"),
}
# Rates said as one word: (dimension said, its factor, the time said, the time's factor), so
# much length an hour or a second, turns a minute, energy an hour (a watt is a watt-hour an hour).
U_SPEED = {
    "mph": ("length", "miles", 1.0, "hours", 60.0),
    "kph": ("length", "km", 0.621371, "hours", 60.0),
    "km/h": ("length", "km", 0.621371, "hours", 60.0),
    "m/s": ("length", "m", 1 / 1609.344, "seconds", 1 / 60),
    "cm/s": ("length", "cm", 1 / 160_934.4, "seconds", 1 / 60),
    "rpm": ("#turn", "turns", 1.0, "min", 1.0),
    "w": ("energy", "kWh", 0.001, "hours", 60.0),
    "kw": ("energy", "kWh", 1.0, "hours", 60.0),
}
_U_WORD = r"km/h|kph|mph|m/s|cm/s|rpm|kwh|kw|w|kgs?|kilos|grams|g|mg|ml|litres|liters|l|miles?|"
_U_WORD += r"km|mm|cm|metres?|meters?|m|secs?|seconds?|mins?|minutes?|hrs?|hours?|h|days?|weeks?|"
_U_WORD += r"months?|years?"
# A wheel's size: a turn of it is pi times its diameter ("65mm wheels").
U_WHEEL = folded(r"\s*(?:diameter\s+)?wheels?\b", re.I)
# The unit a speed is asked in: "how fast is it going in m/s", "what's that in real mph".
# The unit a time asked is wanted in: "how long is that in total in hours".
U_LONG_IN = folded(r"\bin (hours|hrs|minutes|mins|days|weeks)\b", re.I)
LONG_IN_HOURS = folded(r"\bhow long\b.*\bin (?:hours|hrs)\b", re.I)
U_ASKED_IN = folded(
    r"\bin (?:real |actual |scale )?(?P<u>m/s|cm/s|mph|km/h|kph|(?P<top>mm|cm|m|metres|meters|"
    r"km|miles) (?:per|a) (?P<per>second|sec|minute|min|hour))\b",
    re.I,
)
# A figure: "£250 a month", "0.2mg per kg", "5mg/ml", "15 mins a lock", "4 songs", "3.5 min each".
U_FIGURE = folded(
    rf"(?P<sign>[£$€])?(?<![\w.,])(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)(?P<pence>p\b)?"
    rf"(?:\s?(?P<u>(?:{_U_WORD})\b|(?<=\d )[a-z][a-z-]{{2,}}s\b))?"
    rf"(?:\s?(?:/|\bper\b|\ban?\b|\bevery\b)\s?(?P<d>(?:{_U_WORD})\b|[a-z]{{3,}}\b(?<!\bthe))|"
    r"\s(?P<each>each|apiece)\b)?",
    re.I,
)
# The unit asked: "how many ml", "how many full run-throughs", "how long till", "how far".
U_ASKED = folded(
    r"\bhow (?:many (?:(?:full|whole|complete) )?(?P<u>[a-z][a-z-]+)|(?P<long>long|far)\b)", re.I
)
U_FULL = folded(r"\bhow many (?:full|whole|complete)\b", re.I)
U_NEED = folded(r"\bhow many [a-z-]+ (?:do|will|would) (?:we|i|you|u) need\b", re.I)
# "and how much per day over 6 days of moving": the whole shared over a stretch, said after.
U_OVER = folded(
    r"\b(?:per|a|each) (?P<per>day|week|month|year|session)\b[^.?!\d]{0,20}?\bover (?P<n>\d{1,3}) "
    r"(?P<pers>days|weeks|months|years|sessions)\b",
    re.I,
)
# Words beside figures that make a sum more than products: a share, a percentage, a target.
U_NOT = folded(
    r"%|\bpercent\b|\bhalf\b|\bthirds?\b|\bquarters?\b|\btarget\b|\bsplit\b|\bbetween\b|"
    r"\bminus\b|\bless\b|\bplus\b|\btake off\b|\bleft\b|\bhow many of\b",
    re.I,
)


@dataclass(frozen=True)
class Unit:
    """A figure read with its unit: its value in base units and the base units' powers."""

    value: float
    dims: tuple[tuple[str, int], ...]
    said: str
    rate: bool  # a figure per something ("15 mins a lock"): said "at" it, not "for" it
    shown: tuple[tuple[str, str], ...]  # how each dimension was said: ("time", "min")


def unit_of(word: str) -> tuple[str, float, str]:
    """(dimension, factor, said) of a unit word or a counted thing ("locks": ("lock", 1, ...))."""
    w = word.lower()
    if w in U_KNOWN:
        return U_KNOWN[w]
    thing = w[:-1] if w.endswith("s") and not w.endswith("ss") else w
    return ("#" + thing, 1.0, thing + ("s" if not thing.endswith("s") else ""))


def _unit_figures(text: str) -> list[Unit] | None:
    """The figures of `text` with their units, or None when a number in it has none."""
    out: list[Unit] = []
    last_thing = ""
    for m in U_FIGURE.finditer(text):
        value = float(m.group("n").replace(",", ""))
        dims: dict[str, int] = {}
        shown: dict[str, str] = {}
        factor = 1.0
        top = m.group("u")
        if m.group("sign") or m.group("pence"):
            if top and top.lower() not in U_KNOWN:
                top = None  # "£5 cars" is not said; "£5 a car" is
            if top:
                return None
            dims["£"] = 1
            shown["£"] = m.group("sign") or "£"
            factor = 0.01 if m.group("pence") else 1.0
        elif top and top.lower() in U_SPEED:
            dim, said, f, per_said, per_f = U_SPEED[top.lower()]
            dims.update({dim: 1, "time": -1})
            shown.update({dim: said, "time": per_said})
            factor = f / per_f
        elif top:
            dim, f, said = unit_of(top)
            dims[dim] = 1
            shown[dim] = said
            factor = f
            if dim.startswith("#"):
                last_thing = top
        else:
            return None  # a bare number: a count of what, or an amount of what, is not said
        per = m.group("d") or (last_thing if m.group("each") else "")
        if per:
            dim, f, said = unit_of(per)
            if dims.get(dim):
                return None
            dims[dim] = dims.get(dim, 0) - 1
            shown.setdefault(dim, said)
            factor /= f
        elif m.group("each"):
            return None
        said = re.sub(r"(?<=\d)(?=[a-z])", " ", m.group(0).strip(), flags=re.I)
        if m.group("sign") and not m.group("pence"):
            said = said.replace(m.group("n"), _num(value), 1)
        said = re.sub(r"\s*/\s*", " per ", said) if not top or "/" not in top else said
        wheel = dims == {"length": 1} and U_WHEEL.match(text, m.end())
        if wheel:
            # "65mm wheels": a turn of one goes pi times that ("204 mm a turn")
            factor *= math.pi
            dims["#turn"] = -1
            said = f"{said} wheels (π × {said}, {_num(value * math.pi)} {top.lower()} a turn)"
        out.append(
            Unit(
                value * factor,
                tuple(sorted(dims.items())),
                said,
                bool(per) or bool(wheel) or (bool(top) and top.lower() in U_SPEED),
                tuple(sorted(shown.items())),
            )
        )
    rest = U_FIGURE.sub(" ", text)
    return None if re.search(r"\d", rest) else out


def _dims_of(figs: Sequence[Unit], powers: Sequence[int]) -> dict[str, int]:
    dims: dict[str, int] = {}
    for fig, p in zip(figs, powers, strict=True):
        for dim, k in fig.dims:
            dims[dim] = dims.get(dim, 0) + p * k
    return {d: k for d, k in dims.items() if k}


def _value_of(figs: Sequence[Unit], powers: Sequence[int]) -> float:
    return math.prod(f.value**p for f, p in zip(figs, powers, strict=True) if p)


def _asked_dims(text: str, figs: Sequence[Unit]) -> tuple[dict[str, int], str, float] | None:
    """The units asked: (dimensions, said as, factor), or None when no unit is asked."""
    speed = U_ASKED_IN.search(text)
    if speed:
        return _speed_asked(speed)
    m = U_ASKED.search(text)
    if not m:
        return None
    if m.group("long"):
        dim = "time" if m.group("long").lower() == "long" else "length"
        had = [s for f in figs for d, s in f.shown if d == dim]
        said = had[0] if had else ("hours" if dim == "time" else "miles")
        if dim == "time" and (unit := U_LONG_IN.search(text)):
            said = U_KNOWN[unit.group(1).lower()][2]  # "how long is that in hours"
        factor = next(f for d, f, s in U_KNOWN.values() if d == dim and s == said)
        return {dim: 1}, said, factor
    word = m.group("u").lower()
    if word in U_KNOWN:
        dim, factor, said = U_KNOWN[word]
        return {dim: 1}, said, factor
    if word in ("of", "more", "people", "times", "much"):
        return None
    dim, _, said = unit_of(word)
    counted = any(d == dim for f in figs for d, _ in f.dims)
    return ({dim: 1} if counted else {}), said, 1.0


def _speed_asked(m: re.Match[str]) -> tuple[dict[str, int], str, float]:
    """The speed a unit asked is ("m/s", "cm per second"): (dimensions, said as, factor)."""
    if m.group("top"):
        _, length, _ = U_KNOWN[m.group("top").lower()]
        _, time, _ = U_KNOWN[m.group("per").lower()]
        said = f"{m.group('top').lower()} per {m.group('per').lower()}"
        return {"length": 1, "time": -1}, said, length / time
    _, _, length, _, time = U_SPEED[m.group("u").lower()]
    return {"length": 1, "time": -1}, m.group("u").lower(), length / time


def _terms(figs: Sequence[Unit], want: dict[str, int]) -> list[tuple[int, ...]]:
    """Each way of multiplying and dividing some of `figs` to the units `want`: powers of -1,
    0 or 1 by figure. A count of a thing not among the figures ({}) comes out at 1 or more.
    The powers of each unit are added up figure by figure (a few hundred sums, not 729 walks)."""
    names = sorted({d for f in figs for d, _ in f.dims} | set(want))
    vecs = [tuple(dict(f.dims).get(d, 0) for d in names) for f in figs]
    goal = tuple(want.get(d, 0) for d in names)
    out: list[tuple[int, ...]] = []
    # the units the figures from each one on still touch: a unit off its goal that none of
    # them touches ends the walk there
    left = [
        frozenset(i for v in vecs[at:] for i, k in enumerate(v) if k) for at in range(len(figs))
    ]

    def walk(at: int, powers: tuple[int, ...], acc: tuple[int, ...]) -> None:
        if at < len(figs) and any(
            a != g and i not in left[at] for i, (a, g) in enumerate(zip(acc, goal, strict=True))
        ):
            return
        if at == len(figs):
            if acc == goal and any(powers) and (want or _value_of(figs, powers) >= 1):
                out.append(powers)  # (a count of a new thing: not the same ratio upside down)
            return
        for p in (-1, 0, 1):
            walk(at + 1, (*powers, p), tuple(a + p * v for a, v in zip(acc, vecs[at], strict=True)))

    walk(0, (), (0,) * len(names))
    return out


def _cover(terms: list[tuple[int, ...]], n: int, summed: bool) -> list[list[tuple[int, ...]]]:
    """The sets of terms that use each figure once (more than one term only when `summed`)."""
    found = []
    for k in (1, 2, 3) if summed else (1,):
        for group in itertools.combinations(terms, k):
            used = [sum(1 for t in group if t[i]) for i in range(n)]
            if all(u == 1 for u in used):
                found.append(list(group))
    return found


def _num(x: float) -> str:
    return f"{x:,.2f}".rstrip("0").rstrip(".")


def _in_units(value: float, dims: dict[str, int], figs: Sequence[Unit]) -> str:
    """A value in base units said in the units the figures used ("120 min", "6.4 mg")."""
    if len(dims) != 1 or next(iter(dims.values())) != 1:
        return _num(value)
    dim = next(iter(dims))
    if dim == "£":
        sign = next(s for f in figs for d, s in f.shown if d == "£")
        return f"{sign}{_num(value)}"
    said = next(s for f in figs for d, s in f.shown if d == dim)
    factor = next((f for d, f, s in U_KNOWN.values() if d == dim and s == said), 1.0)
    return f"{_num(value / factor)} {said}"


def _term_said(figs: Sequence[Unit], powers: tuple[int, ...], asked: str) -> tuple[str, float]:
    """The steps of one term ("0.2 mg per kg for 32 kg is 6.4 mg; at 5 mg per ml, 1.28 ml"),
    `asked` holding where its result goes, and its value in base units."""
    ups = [f for f, p in zip(figs, powers, strict=True) if p == 1]
    downs = [f for f, p in zip(figs, powers, strict=True) if p == -1]

    def chain(group: list[Unit]) -> tuple[str, float]:
        group = sorted(group, key=lambda f: f.rate)  # "8 locks at 15 min a lock"
        said, value = group[0].said, group[0].value
        for f in group[1:]:
            said += f" {'at' if f.rate else 'for'} {f.said}"
            value *= f.value
        if len(group) > 1 and len(_dims_of(group, [1] * len(group))) == 1:
            said += f" is {_in_units(value, _dims_of(group, [1] * len(group)), group)}"
        return said, value

    head, value = chain(ups)
    if len(downs) > 1:
        under, below = chain(downs)
        value /= below
        return f"{under}; {ups[0].said if len(ups) == 1 else head} ÷ that is {asked}", value
    if downs:
        value /= downs[0].value
        if len(ups) > 1:
            return f"{head}; at {downs[0].said}, {asked}", value
        over = "in" if dict(downs[0].dims) == {"time": 1} and not downs[0].rate else "at"
        return f"{head} {over} {downs[0].said} is {asked}", value  # "1 metre in 4 seconds"
    if len(ups) > 1:
        return (f"{head} ({asked})" if " is " in head else f"{head} is {asked}"), value
    return head if len(ups) > 1 else f"{head}, {asked}", value


def cancelled(figs: Sequence[Unit], want: dict[str, int]) -> list[tuple[str, float]] | None:
    """The one way of multiplying and dividing `figs`, each used once, whose units cancel to
    `want` (several terms added only for a quantity that is no sum of money), as its steps,
    each said with "{}" where its result goes, and their values in base units; None when there
    is no such way or more than one (also `bots.expr`'s check that units cancel)."""
    covers = _cover(_terms(figs, want), len(figs), bool(want) and "£" not in want)
    if len(covers) != 1:
        return None
    # in the order said: "46 miles at 4 mph is 11.5 hours; 8 locks at 15 min a lock ..."
    terms = sorted(covers[0], key=lambda t: [abs(p) for p in t], reverse=True)
    return [_term_said(figs, term, "{}") for term in terms]


# A count of whole stretches asked to reach a sum of money ("how many weeks will it take", "how
# many months till we have £1,000"): a part of one more is one more.
REACHED = re.compile(
    r"\b(?:take|takes|till|until|to reach|to get to|to save|to hit|to pay (?:it )?off|to finish|"
    r"before)\b"
)


# So much a stretch of time asked: "how many hours a day is that".
RATE_ASKED = folded(
    r"\b(?:a|per|each|every) (?:day|week|month|night|evening|weekend|session)\b", re.IGNORECASE
)


def units_of(text: str, scale: tuple[int, bool] | None = None) -> tuple[str, str] | None:
    """A sum read by its units (see above): (the working, the result), or None. `scale`: a
    model's scale (1:76) and whether the result is taken up to full size (else down to the
    model's): the result so many times over, or a so-manieth of it."""
    if U_NOT.search(text):
        return None
    over = U_OVER.search(text)
    body = text
    if over:
        body = text[: over.start()] + " " * (over.end() - over.start()) + text[over.end() :]
    figs = _unit_figures(body)
    converted = bool(figs) and len(figs) == 1 and bool(U_ASKED_IN.search(body))
    if not figs or (len(figs) < 2 and not converted) or len(figs) > 6:
        return None  # (one figure is a sum only as a speed said in other units: "30 mph in m/s")
    asked = _asked_dims(body, figs)
    if not asked:
        return None
    want, said, factor = asked
    worked = cancelled(figs, want)
    if not worked:
        return None
    full = bool(U_FULL.search(text))
    steps, total = [], 0.0
    for step, value in worked:
        total += value / factor
        step = step.format(f"{_num(value / factor)} {said}")
        if converted:
            step = step.replace(", ", " is ", 1)  # "30 mph is 13.41 m/s"
        steps.append(re.sub(r" is ([^;]+) \(\1\)$", r" is \1", step))  # not "42 miles (42 miles)"
    working = "; ".join(steps)
    if len(steps) > 1 and not over and RATE_ASKED.search(body):
        return None  # "6 weeks ... 120 hours, how many hours a day": a rate, never the two added
    same = [m.group(1) for step in steps if (m := re.fullmatch(r"(.+), \1", step))]
    if len(steps) > 1 and len(same) == len(steps):
        # "20 km, 20 km; 15 km, 15 km": nothing to put in other units, so simply added
        working = f"{' + '.join(same)} is {_num(total)} {said}"
    elif len(steps) > 1:
        working += f"; all in, {_num(total)} {said}"
    if scale:
        k, up = scale
        total = total * k if up else total / k
        how = f"{k} times that full size" if up else f"1/{k} of that on the model"
        working += f"; at 1:{k} scale, {how}: {_num(total)} {said}"
    if not want:
        whole = math.floor(total + 1e-9) if full else math.ceil(total - 1e-9)
        if abs(whole - total) > 1e-9:
            working += f", so {whole} {'full ' if full else ''}{said}"
        total = whole
    elif want == {"time": 1} and "£" in body and REACHED.search(body) and not over:
        # so much a week saved to a sum of money: a whole number of weeks (a journey's hours
        # are not rounded up)
        whole = math.ceil(total - 1e-9)
        if abs(whole - total) > 1e-9:
            working += f", so {whole} {said}"
        total = whole
    result = f"{_num(total)} {'full ' if full else ''}{said}"
    if said == "hours" and total % 1 and not over and not scale and LONG_IN_HOURS.search(body):
        hours, minutes = divmod(round(total * 60), 60)
        result = f"{hours} h {minutes} min"
        shown = re.sub(r"\([\d.,]+ hours\)$", f"({result})", working)
        working = shown if shown != working else f"{working} ({result})"
    if over:
        n = int(over.group("n"))
        each = total / n
        working += f"; over {n} {over.group('pers')}, {_num(each)} {said} a {over.group('per')}"
        result = f"{_num(each)} {said} a {over.group('per')}"
        if said == "hours" and each % 1:
            hours, minutes = divmod(round(each * 60), 60)
            working += f" ({hours} h {minutes} min)"
    return working, result


# A model's scale ("1:76 scale"), the gauge named beside it ("00 gauge"), and which way a speed
# is taken: to full size ("in real mph") or to the model's ("a scale 60mph ... on the layout").
SCALE_RATIO = folded(r"\b1\s?:\s?(?P<k>\d{1,4})\b(?:\s*scale\b)?", re.I)
GAUGE = folded(r"\b(?:00|oo|ho|n|o|g)\s*gauge\b", re.I)
FULL_SIZE = folded(r"\b(?:real|actual|full[- ]size|real[- ]life|in reality|prototype)\b", re.I)
MODEL_SIZE = folded(r"\bon the (?:layout|track|model|railway)\b|\bscale (?:of )?\d", re.I)


def scale_said(text: str) -> int:
    """The scale a message gives ("1:76 scale": 76), or 0."""
    m = SCALE_RATIO.search(text)
    return int(m.group("k")) if m and int(m.group("k")) > 1 else 0


def scaled_speed_of(text: str) -> tuple[str, str] | None:
    """A speed on a model taken to full size, or full size to the model, at the scale said
    ("00 gauge, 1:76 scale. if a loco does 1 metre in 4 seconds on the layout, what's that in
    real mph": 0.56 mph on the layout, 42.5 mph full size); None unless a scale, a speed's unit
    asked and one way (full size or the model's) are said."""
    k = scale_said(text)
    rest = GAUGE.sub(" ", SCALE_RATIO.sub(" ", text))
    if not k or not U_ASKED_IN.search(rest):
        return None
    up, down = bool(FULL_SIZE.search(rest)), bool(MODEL_SIZE.search(rest))
    if up and down:
        up = bool(re.search(r"\bin (?:real|actual|full[- ]size)\b", rest))  # the one asked
    elif not (up or down):
        return None
    return units_of(rest, (k, up))


# A figure changed in a follow-up: "ok make it 3mph then", "what if it's 20 mins a lock".
U_CHANGE = folded(
    r"^\W*(?:(?:ok|okay|and|so|right|but|now|actually|wait|oh|sorry|hmm)\W+)*(?:(?:make|change) "
    r"(?:it|that)|what if (?:it'?s|its|it was|we do|we go)|what about|how about|say|if it'?s|"
    r"if its|if we (?:do|go|pay))\b",
    re.I,
)


def units_redone(before: str, message: str) -> str:
    """`before`, a sum read by its units, with the one figure `message` changes for another of
    the same units ("ok make it 3mph then"); "" when it changes none, or which is not sure."""
    if not U_CHANGE.search(message) or not units_of(before):
        return ""
    news = list(U_FIGURE.finditer(message))
    new = _unit_figures(message)
    if not new or len(new) != 1 or len(news) != 1:
        return ""
    olds = [(m, _unit_figures(m.group(0))) for m in U_FIGURE.finditer(before)]
    same = [m for m, f in olds if f and f[0].dims == new[0].dims]
    if len(same) != 1:
        return ""
    at = same[0]
    return before[: at.start()] + news[0].group(0).strip() + before[at.end() :]


# ---------------------------------------------------------------------------------------------
# So much a day to a deadline: "deadline is 24th april, today is the 3rd. i need 6,900 more
# words and i want sundays off. how many words a day is that": the days from today to the day
# before the deadline on this year's calendar, less the days off said (a weekday's, "weekends",
# "the easter weekend, fri to mon"), and the amount over them, rounded up; the days said.
PER_DAY_ASKED = folded(r"\bhow (?:many|much) (?P<what>[a-z]+ )?(?:a|per|each) day\b", re.I)
DEADLINE = folded(r"\b(?:deadline|due|hand[- ]in|submission)\b", re.I)
TODAY_IS = folded(
    rf"\btoday(?:'s| is)(?: the)? (?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b"
    rf"(?:\s+(?:of\s+)?(?P<m>{MONTH}))?",
    re.I,
)
AMOUNT_TO_DO = folded(
    r"(?<![\w.,])(?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(?P<k>k\b)?\s+(?:more |extra |left )?"
    r"(?P<what>[a-z]+s)\b",
    re.I,
)
DAYS_OFF = folded(
    r"\b(?P<day>mon|tues|wednes|thurs|fri|satur|sun)days? off\b|\b(?P<ends>weekends) off\b",
    re.I,
)
EASTER_OFF = folded(r"\beaster(?: weekend)?\b", re.I)


def _easter(year: int) -> date:
    """Easter Sunday of `year` (the Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month, day = divmod(h + m - 7 * n + 114, 31)
    return date(year, month, day + 1)


def _month_name(said: str) -> str:
    return next(name for name in _MONTHS if name.startswith(said.lower()[:3]))


def per_day_of(text: str, today: date | None = None) -> tuple[str, str] | None:
    """So much a day to a deadline (see above): (the working, the result), or None."""
    asked = PER_DAY_ASKED.search(text)
    if not asked or not DEADLINE.search(text):
        return None
    today = today or date.today()
    said_today = TODAY_IS.search(text)
    rest = text[: said_today.start()] + text[said_today.end() :] if said_today else text
    found = _date_in(rest, today)
    amounts = [m for m in AMOUNT_TO_DO.finditer(rest) if m.group("what").lower() != "days"]
    if not found or len(amounts) != 1:
        return None
    due, year_said = found
    if said_today:
        # "today is the 3rd": of the deadline's month (or the month said), this year
        month = said_today.group("m")
        year = due.year if year_said else today.year
        try:
            due = date(year, due.month, due.day)
            month_no = _MONTHS.index(_month_name(month)) + 1 if month else due.month
            today = date(year, month_no, int(said_today.group("d")))
        except ValueError:
            return None
    if not today < due or (due - today).days > 400:
        return None
    off_days = {
        WEEKDAYS.index(m.group("day").capitalize() + "day")
        for m in DAYS_OFF.finditer(text)
        if m.group("day")
    }
    if any(m.group("ends") for m in DAYS_OFF.finditer(text)):
        off_days |= {5, 6}
    easter = _easter(due.year)
    holiday = set()
    if EASTER_OFF.search(text):
        holiday = {date.fromordinal(easter.toordinal() + k) for k in (-2, -1, 0, 1)}
    days = [date.fromordinal(today.toordinal() + k) for k in range((due - today).days)]
    kept = [d for d in days if d.weekday() not in off_days and d not in holiday]
    if not kept:
        return None
    m = amounts[0]
    amount = float(m.group("n").replace(",", "")) * (1000 if m.group("k") else 1)
    what = m.group("what").lower()
    each = math.ceil(amount / len(kept) - 1e-9)
    left_out = []
    if off_days:
        names = [WEEKDAYS[i] + "s" for i in sorted(off_days)]
        left_out.append(" and ".join(names))
    if holiday:
        friday = date.fromordinal(easter.toordinal() - 2)
        left_out.append(f"the Easter weekend (Friday {_day_said(friday)} to the Monday)")
    less = f", less {' and '.join(left_out)}, {len(kept)} to work" if left_out else ""
    working = (
        f"from {_day_said(today)} to {_day_said(days[-1])} is {len(days)} days{less}; "
        f"{_num(amount)} {what} over {len(kept)} days is "
        f"{_num(amount / len(kept))}, so {each:,} {what} a day"
    )
    return working, f"{each:,} {what} a day"


DAYS_OFF_ADDED = folded(
    r"\b(?:take|taking|have|having|want)\b[^.?!]{0,20}\b(?:off|out)\b|\boff\b", re.I
)


def days_redone(before: str, message: str) -> str:
    """`before`, so much a day to a deadline, with the days off `message` adds ("and if i also
    take off the easter weekend, fri to mon"); "" when it adds none."""
    if not DAYS_OFF_ADDED.search(message) or not per_day_of(before):
        return ""
    if not (EASTER_OFF.search(message) or DAYS_OFF.search(message)):
        return ""
    added = re.sub(r"^\W*(?:and|also|oh|ok)\W+", "", message.strip(), flags=re.I)
    return f"{before.rstrip(' ?.!')}; and {added}"


# A result rounded, asked after it: "round that down to the nearest 50 then".
ROUND_ASKED = folded(
    r"\bround (?:that|it|this|them)?\s*(?P<way>up|down|off)?\s*to the nearest (?P<n>\d{1,6}|pound|"
    r"ten|hundred|thousand)\b",
    re.I,
)
_ROUND_TO = {"pound": 1, "ten": 10, "hundred": 100, "thousand": 1000}


def rounded(result: str, text: str) -> tuple[str, str] | None:
    """A sum of money (`result`, "£1,261.20") rounded as `text` asks ("£1,261.20 rounded down
    to the nearest £50 is £1,250"), or None when `text` asks no rounding."""
    m = ROUND_ASKED.search(text)
    sum_of = re.search(r"(?P<sign>[£$€])(?P<n>\d[\d,]*(?:\.\d+)?)", result)
    if not m or not sum_of:
        return None
    step = _ROUND_TO.get(m.group("n").lower()) or int(m.group("n"))
    value = float(sum_of.group("n").replace(",", ""))
    way = (m.group("way") or "").lower()
    how = math.floor if way == "down" else math.ceil if way == "up" else round
    out = how(value / step) * step
    sign = sum_of.group("sign")
    said = f"{sign}{out:,.0f}"
    working = f"{sign}{sum_of.group('n')} rounded {way + ' ' if way in ('up', 'down') else ''}"
    return f"{working}to the nearest {sign}{step:,} is {said}", said
