"""Everyday sums people ask in a room, also over several messages (session 43, rate42 §3B).

A blind rater marked down personas that declined an easy sum: "if i have 3 apples and eat one how
many do i have" got Einstein's "a complete amateur"; Lovelace, asked in a road-trip room to "work
that out" once 800 miles, 45 mpg and £1.45 a litre had been said over three lines, answered that
"the sum never came out". Read here (`worked`), each exactly, with the figures it used said:

- a count changed ("3 apples and eat one", "had 30 quid, spent 12"): 3 − 1 = 2;
- a sum split some ways ("split 240 three ways", "60 to share between 4 of us"), and, after a
  split said in the room, one paying an extra part ("what if tom pays an extra 30");
- the fuel for a trip: miles, mpg and a price a litre (or a gallon), gathered from the message
  and the recent lines of the same room; a figure missing is asked for, never guessed;
- a cooking time by weight, only when the rule is given ("20 minutes per 500g plus 20");
- a figure raised or cut by a percentage (`bots.percent`) and a chore rota (`bots.rota`).

`worked(text, before)` gives (the answer's figure, the working), or ("", a line asking for the
figure missing, with {name}), or ("", "") for anything else. The engine's reply stands when it
already gives the figure (`bots.everyday70.owned`).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from fractions import Fraction

from bots.percent import percent_changed
from bots.product import WORD_NUMBERS
from bots.reckon import money, shown_number, units_of
from bots.rota import rota_of
from bots.sums44 import worked44

NONE = ("", "")
# How many of the room's lines before the ask its figures are gathered from.
RECENT = 6
# (the counts said in words, one to twelve, and dozens)
WORDS = {"one": 1, **{w: n for w, n in WORD_NUMBERS.items() if n <= 12}}
WORDS |= {"a dozen": 12, "half a dozen": 6}
COUNT = rf"(?:\d+|{'|'.join(sorted(WORDS, key=len, reverse=True))})"
# Every figure said, in digits or words (a count changed reads exactly two).
FIGURES = re.compile(rf"\d+(?:[.,]\d+)*|\b(?:{'|'.join(WORDS)})\b")


def _m(value: Fraction, sign: str) -> str:
    return money(float(value), sign)


def _count(said: str) -> int:
    return WORDS[said] if said in WORDS else int(said)


def _plain(value: Fraction) -> str:
    """A count or a sum of money as written: 80, "22.50", 1,400."""
    if value.denominator == 1:
        return f"{value.numerator:,}"
    return f"{float(value):,.2f}"


# "if i have 3 apples and eat one", "i had 12 biscuits and my brother ate 5", "there were 20
# sweets and we ate 7", "i had 30 quid, spent 12 on lunch", "bought 6 apples and then 4 more"
HAD = re.compile(
    r"\b(?:i|we|you|he|she|they)\s*(?:have|had|'ve got|'ve|have got|got|bought|buy|start with|"
    r"started with|made|bake|baked)\s+(?P<a>" + COUNT + r")\s+(?P<thing>[a-z]+)?|"
    r"\bthere (?:are|were|was)\s+(?P<b>" + COUNT + r")\s+(?P<thing2>[a-z]+)?"
)
LESS = (
    r"eat|eats|ate|eaten|use|uses|used|spend|spends|spent|give|gives|gave|lose|loses|lost|sell|"
    r"sells|sold|break|breaks|broke|drop|drops|dropped|take away|took|takes|pay|paid|send|sent"
)
MORE = r"buy|buys|bought|get|gets|got|find|finds|found|add|adds|added|make|made|bake|baked"
CHANGED = re.compile(
    rf"\b(?:(?P<less>{LESS})|(?P<more>{MORE}))\s+(?:(?:up|another|away|them|off)\s+)?"
    rf"(?P<n>{COUNT})\b(?P<extra>\s+more)?(?:\s+(?P<other>[a-z]+))?|"
    rf"\b(?P<m>{COUNT})\s+more\b"
)
LEFT_ASKED = re.compile(
    r"\bhow (?:many|much)\b|\bwhat'?s left\b|\bwhats left\b|\bleft\s*\??\s*$|\bremain"
)
NOT_THINGS = frozenset(
    ("and", "but", "then", "so", "of", "to", "in", "on", "at", "for", "a", "the", "left", "more")
)
# Words after the second count that name no other thing ("ate 5, how many", "give 2 away").
AFTER = frozenset(
    re.findall(
        r"\w+",
        "more of them away for on to and so how left then what is are from in at with but "
        "today yesterday back out up off over each already now too",
    )
)
MONEY_WORDS = frozenset(("quid", "pounds", "pound", "dollars", "euros", "bucks"))


def _counted(text: str) -> tuple[str, str]:
    """("2", "3 − 1 = 2, so that leaves 2 apples.") for a count changed and asked of."""
    if not LEFT_ASKED.search(text) or len(FIGURES.findall(text)) != 2:
        return NONE
    had = HAD.search(text)
    if not had:
        return NONE
    first = _count(had.group("a") or had.group("b"))
    thing = had.group("thing") or had.group("thing2") or ""
    change = CHANGED.search(text, had.end())
    if not change:
        return NONE
    other = change.group("other") or ""
    if thing and other and other.rstrip("s") != thing.rstrip("s") and other not in AFTER:
        return NONE  # ("i had 3 kids and got 2 dogs": another thing, no count of the first)
    second = _count(change.group("n") or change.group("m"))
    adding = bool(change.group("more") or change.group("extra") or change.group("m"))
    result = first + second if adding else first - second
    if result < 0 or first <= 0 or second <= 0:
        return NONE
    op = "+" if adding else "−"
    if thing in MONEY_WORDS:
        return str(result), f"{first} {op} {second} = {result}, so that leaves {result} {thing}."
    if thing in NOT_THINGS or thing.endswith("ly"):
        thing = ""
    if result == 1 and thing.endswith("s") and not thing.endswith("ss"):
        thing = thing[:-1]
    elif result != 1 and thing and not thing.endswith("s"):
        thing += "s"  # ("1 apple and eat one": 0 apples)
    said = f" {thing}" if thing else ""
    outcome = "that makes" if adding else "that leaves"
    return str(result), f"{first} {op} {second} = {result}, so {outcome} {result}{said}."


NUM = r"(?P<sign>[£$€])?(?P<total>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\d.,]*k\b)"
WAYS = (
    r"(?P<ways>\d+|two|three|four|five|six|seven|eight|nine|ten)\s*"
    r"(?:ways|people|of us|friends|mates)?"
)
# "split 240 three ways", "split £150 three ways", "60 to share between 4 of us", "share 300
# between five of us"
SPLITS = (
    re.compile(
        rf"\b(?:split|share|divide)\s+(?:the\s+)?{NUM}\s+(?:(?:between|among|by)\s+)?{WAYS}"
    ),
    re.compile(
        rf"{NUM}\s+(?:to\s+)?(?:split|share|divide|shared|divided)\s+(?:between|among|by)\s+{WAYS}"
    ),
)


def _split_of(text: str) -> tuple[Fraction, int, str] | None:
    found = next((found for split in SPLITS if (found := split.search(text))), None)
    if not found:
        return None
    ways = found.group("ways")
    parts = WORDS.get(ways) or int(ways)
    total = Fraction(found.group("total").replace(",", ""))
    if parts < 2 or total <= 0 or parts > 20:
        return None
    return total, parts, found.group("sign") or ""


# Words that change a split's shares ("but sam pays 15 extra", "take 10 off mine", "tom's not
# drinking"): a split said with any of them is no plain split.
CHANGES_SHARES = re.compile(
    r"\b(?:extra|more|less|off|discount\w*|voucher|minus|plus|except|excluding|including|but|"
    r"not|no|never|without|only|already|paid|pays?|owes?|owed|covers?|covered|puts?|chips?|"
    r"gives?|tips?|half|double|twice|deposit|unevenly|unequal\w*|fair|first|rest)\b|n't\b|%"
)
NUMBER_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven"}
# Who pays an extra part: a name (or "i"), never "everyone pays 5 more".
NOT_PAYERS = frozenset(
    re.findall(
        r"\w+",
        "everyone everybody each we they he she it who someone somebody one all and but so then "
        "also "
        "person that which there this",
    )
)


def _split(text: str) -> tuple[str, str]:
    found = next((found for split in SPLITS if (found := split.search(text))), None)
    split = _split_of(text)
    if not split or not found:
        return NONE
    total, parts, sign = split
    rest = text[: found.start()] + " , " + text[found.end() :]
    if FIGURES.search(rest) or CHANGES_SHARES.search(rest):
        # ("split 120 three ways but sam pays 15 extra": the extra read, else no sum at all,
        # never the plain split with a change to it dropped)
        return _with_extra(rest, total, parts, sign)
    each = total / parts
    if (each * 100).denominator == 1:
        return _plain(each), f"{_m(total, sign)} ÷ {parts} = {_m(each, sign)} each."
    share = Fraction(math.floor(each * 100), 100)
    return _plain(share), (
        f"{_m(total, sign)} ÷ {parts} is {_m(share, sign)} each, near enough (a penny "
        f"or two left over for someone to round up)."
    )


# "what if tom pays an extra 30", "and if i put in £20 more", "priya covers an extra 15"
EXTRA = re.compile(
    r"\b(?P<who>[a-z]+)\s+(?:pays?|paid|puts? in|chips? in|covers?|gives?)\s+"
    r"(?:(?:an?|the)\s+)?(?:(?:extra|more|additional)\s+)?[£$€]?(?P<extra>\d+(?:\.\d+)?)"
    r"(?:\s+(?:more|extra))?"
)
# Once the one extra is read, nothing else may change the shares.
OTHER_CHANGE = re.compile(
    r"\b(?:less|off|discount\w*|voucher|minus|plus|except|excluding|including|not|no|never|"
    r"without|only|already|owes?|owed|tips?|half|double|twice|deposit|each|every|per|both)\b|"
    r"n't\b|%"
)


def _with_extra(text: str, total: Fraction, parts: int, sign: str) -> tuple[str, str]:
    """One paying an extra part of the split (`text` the words around it), when read for sure."""
    found = EXTRA.search(text)
    if not found or not re.search(r"\b(?:extra|more|additional)\b", text):
        return NONE
    if len(FIGURES.findall(text)) != 1 or found.group("who") in NOT_PAYERS:
        return NONE
    if OTHER_CHANGE.search(text[: found.start()] + " " + text[found.end() :]):
        return NONE
    extra = Fraction(found.group("extra"))
    if extra >= total:
        return NONE
    rest = (total - extra) / parts
    if (rest * 100).denominator != 1:
        return NONE
    who = found.group("who")
    payer, pays = ("you", "pay") if who in ("i", "me", "you") else (who.capitalize(), "pays")
    others = f"the other {NUMBER_WORDS.get(parts - 1, parts - 1)}"
    each = "" if parts == 2 else " each"
    m = lambda v: _m(v, sign)  # noqa: E731
    return _plain(rest + extra), (
        f"{payer} {pays} {m(rest + extra)} and {others} {m(rest)}{each}: "
        f"{m(total)} less the extra {m(extra)} is {m(total - extra)}, ÷ {parts} = {m(rest)}, "
        f"and {m(rest)} + {m(extra)} = {m(rest + extra)}."
    )


def _extra(text: str, before: Sequence[str]) -> tuple[str, str]:
    """One paying an extra part of a split said just before ("@lovelace can you split 240
    three ways", then "what if tom pays an extra 30": Tom £100, the other two £70 each)."""
    if not EXTRA.search(text):
        return NONE
    split = next((s for line in reversed(before[-RECENT:]) if (s := _split_of(line.lower()))), None)
    if not split:
        return NONE
    return _with_extra(text, *split)


LITRES_A_GALLON = Fraction("4.54609")  # the UK gallon
MILES = re.compile(r"\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(?:miles|mi)\b(?!\s*(?:an|per|a) h)")
MPG = re.compile(r"\b(\d+(?:\.\d+)?)\s*(?:mpg|miles (?:per|a|to the) gallon)\b")
PRICE = re.compile(
    r"(?:[£$€](?P<pounds>\d+(?:\.\d+)?)|(?P<pence>\d+(?:\.\d+)?)\s*p)\s*(?:a|per|/)\s*"
    r"(?P<per>litre|liter|l|gallon)\b"
)
FUEL = re.compile(r"\b(?:petrol|diesel|fuel|gas|mpg|litre|liter)\b")
FUEL_ASKED = re.compile(
    r"\b(?:work (?:that|it|this) out|how much|cost|calculate|figure (?:that|it) out|"
    r"what (?:will|would) (?:that|it)|do the (?:sum|maths|math)|add (?:that|it) up)\b"
)


def _fuel(text: str, before: Sequence[str]) -> tuple[str, str]:
    """The fuel for a trip, from the figures in `text` and the recent lines `before` it."""
    if not FUEL_ASKED.search(text):
        return NONE
    recent = [line.lower() for line in before[-RECENT:]]
    if not (
        FUEL.search(text)
        or (
            re.search(r"\bwork (?:that|it) out\b", text)
            and any(FUEL.search(line) for line in recent[-3:])
        )
    ):
        return NONE
    lines = [text, *reversed(recent)]  # (the latest figure said counts)

    def first(pattern: re.Pattern[str]) -> re.Match[str] | None:
        return next((found for line in lines if (found := pattern.search(line))), None)

    miles, mpg, price = first(MILES), first(MPG), first(PRICE)
    if not (miles or mpg) or (not FUEL.search(text) and not (mpg or price)):
        return NONE  # (no trip: "petrol was £1.52 a litre, now £1.48" is another sum)
    missing = [
        what
        for what, got in (
            ("how many miles", miles),
            ("the car's mpg", mpg),
            ("the price of a litre of fuel", price),
        )
        if not got
    ]
    if missing:
        need = " and ".join(missing)
        return "", f"{{name}}, to work out the fuel I need {need}; I won't guess it."
    distance = Fraction(miles.group(1).replace(",", ""))
    rate = Fraction(mpg.group(1))
    if price.group("pounds"):
        cost, sign = Fraction(price.group("pounds")), price.group(0)[0]
    else:
        cost, sign = Fraction(price.group("pence")) / 100, "£"
    if distance <= 0 or rate <= 0 or cost <= 0:
        return NONE
    gallons = distance / rate
    said_price = f"{sign}{float(cost):.2f}"
    if price.group("per") == "gallon":
        total = _penny(gallons * cost)
        return total, (
            f"{shown_number(distance)} miles ÷ {shown_number(rate)} mpg is "
            f"{_hundredths(gallons)} gallons; at {said_price} a gallon that is {sign}{total}."
        )
    litres = gallons * LITRES_A_GALLON
    total = _penny(litres * cost)
    return total, (
        f"{shown_number(distance)} miles ÷ {shown_number(rate)} mpg is {_hundredths(gallons)} "
        f"gallons, which is {_hundredths(litres)} litres (4.546 litres to the UK gallon); at "
        f"{said_price} a litre that is {sign}{total}."
    )


def _penny(value: Fraction) -> str:
    """Money to the penny, a half penny rounded up: "117.19"."""
    pennies = math.floor(value * 100 + Fraction(1, 2))
    return f"{pennies // 100:,}.{pennies % 100:02d}"


def _hundredths(value: Fraction) -> str:
    """`value` to two places, or whole when it is whole (13 gallons, 80.82 litres)."""
    return f"{value.numerator:,}" if value.denominator == 1 else f"{float(value):,.2f}"


# "20 minutes per 500g plus 20 minutes", "25 mins per kg", "45 minutes per kilo"
RULE = re.compile(
    r"\b(?P<mins>\d+)\s*(?:minutes|mins|min)\s*(?:per|a|for every|every|each)\s*"
    r"(?P<per>\d+(?:\.\d+)?)?\s*(?P<unit>kg|kilos?|g|grams?|lbs?|pounds?)\b"
    r"(?:,?\s*(?:plus|and|\+)\s*(?:an?\s+(?:extra|further)\s+|another\s+)?(?P<extra>\d+)\s*"
    r"(?:minutes|mins|min)\b)?"
)
WEIGHT = re.compile(r"\b(?P<w>\d+(?:\.\d+)?)\s*(?P<unit>kg|kilos?|g|grams?|lbs?|pounds?)\b")
GRAMS = {"kg": 1000, "kilo": 1000, "kilos": 1000, "g": 1, "gram": 1, "grams": 1}
GRAMS |= {"lb": Fraction("453.59237"), "lbs": Fraction("453.59237")}
GRAMS |= {"pound": Fraction("453.59237"), "pounds": Fraction("453.59237")}


def _grams(value: str, unit: str) -> Fraction:
    return Fraction(value) * GRAMS[unit]


def _minutes(total: Fraction) -> str:
    minutes = round(total)
    hours, rest = divmod(minutes, 60)
    if not hours:
        return f"{minutes} minutes"
    said = f"{hours} hour{'s' if hours > 1 else ''}"
    return f"{minutes} minutes ({said}{f' {rest} minutes' if rest else ''})"


def _cooked(text: str) -> tuple[str, str]:
    """A cooking time by weight, by the rule the message gives (never one invented)."""
    rule = RULE.search(text)
    if not rule or not re.search(r"\bhow long\b|\bwhat time\b|\bhow many minutes\b", text):
        return NONE
    rest = text[: rule.start()] + " " + text[rule.end() :]
    weights = WEIGHT.findall(rest)
    if len(weights) != 1:
        return NONE
    weight, unit = weights[0]
    per_unit = rule.group("unit")
    per = _grams(rule.group("per") or "1", per_unit)
    grams = _grams(weight, unit)
    if per <= 0 or grams <= 0:
        return NONE
    times = grams / per
    mins = Fraction(rule.group("mins"))
    extra = Fraction(rule.group("extra") or 0)
    total = times * mins + extra
    per_said = f"{rule.group('per')} {per_unit}" if rule.group("per") else per_unit
    each = "" if not extra else f", plus {shown_number(extra)}"
    count = shown_number(times) if times.denominator in (1, 2, 4, 5, 10) else f"{times:.2f}"
    if (times * mins).denominator != 1:
        count = f"{float(times):.2f}"
    check = (
        "; then check it is cooked through, with no pink and the juices clear"
        if re.search(r"\b(?:chicken|turkey|duck|pork|poultry)\b", text)
        else ""
    )
    return str(round(total)), (
        f"{weight} {unit} at {rule.group('mins')} minutes per {per_said} is {count} × "
        f"{rule.group('mins')}{each} = {_minutes(total)}{check}."
    )


def _percent(text: str) -> tuple[str, str]:
    # ("whats 20% off 60 pounds": money, as "£60")
    for word, sign in (("pounds|quid", "£"), ("dollars|bucks", "$"), ("euros", "€")):
        text = re.sub(rf"\b(\d+(?:\.\d+)?)\s*(?:{word})\b", rf"{sign}\1", text)
    working = percent_changed(text)
    if not working:
        return NONE
    # (either figure answers it: "whats 15% tip on 84 dollars" asks the tip, 12.60)
    part = working.rsplit(" = ", 1)[0].rsplit(" ", 1)[1]
    result = working.rsplit(" = ", 1)[1]
    return f"{result.lstrip('£$€')}|{part.lstrip('£$€')}", working + "."


def worked(text: str, before: Sequence[str] = ()) -> tuple[str, str]:
    """(the figure of the answer, the working) for an everyday sum `text` (lowercased, no
    mentions) asks, with the room's lines `before` it; ("", a line naming the figure missing)
    when one is; ("", "") when none is asked."""
    for read in (_counted, _split, _cooked, _percent):
        found = read(text)
        if found[1]:
            return found
    for read_in_room in (_extra, _fuel):
        found = read_in_room(text, before)
        if found[1]:
            return found
    return NONE


# How each voice hands over a rota (the house bot: the rota alone).
ROTA_OPEN = {
    "einstein": "A fair one, {name}, and relatively simple: ",
    "shakespeare": "Each player his part, {name}: ",
    "curie": "A fair method, {name}: ",
    "lovelace": "A table of operations, {name}, one row each: ",
    "socrates": "A just share for each, {name}: ",
    "darwin": "A fair division of labour, {name}: ",
}


def rota(slug: str, text: str, reply: str, name: str) -> str:
    """The chore rota `text` asks for, in the voice of `slug`, or "" when none is asked or
    `reply` already gives one."""
    made = rota_of(text, name)
    if re.search(r"\b(?:way|ways|how)\b", text):
        return ""  # ("the fairest way to do a rota": the engine's view of a fair one)
    if not made or re.search(r"\bweek 1\b|\ba day each\b", reply):
        return ""
    opening = ROTA_OPEN.get(slug, "")
    said = f"{opening}{made}."
    return said if opening else said[0].upper() + said[1:]


# The voices that say sums, in the order one is chosen to answer a sum asked of the room.
SUM_SAYERS = ("lovelace", "einstein", "curie", "darwin", "socrates", "shakespeare")


ROOM_ASKED44 = re.compile(
    r"^\W*(?:ok\W+|so\W+|right\W+)?(?:split|convert|which|average|work out)\b|\bwhich is\b|"
    r"\bwhen (?:do|will|would|does|should)\b|\bwhat (?:%|percent|time)|"
    r"\bhow many \w+ (?:in|is) (?:a|an|one)\b"
)


CONVERTED44 = re.compile(
    r"\bhow many [a-z]+ (?:in|is) (?:a|an|one) [a-z]|\d\s*[a-z]+ (?:in|to|into) [a-z]+\b\W*(?:\?|$)"
)


def asked_of_room(text: str) -> bool:
    """Whether `text` asks a sum with all its figures ("400 miles at 50mph, how long?", "what's
    200 plus 10%"), which a persona whose voice says sums may answer when nobody is named."""
    low = re.sub(r"\s+", " ", text.lower()).strip()
    if len(FIGURES.findall(low)) < 2:
        # (a measure converted needs one figure, or none: "180 cm in feet?", "how many cups in
        # a litre")
        if not CONVERTED44.search(low):
            return False
        found44 = worked44(low)
        return bool(found44 and found44.working)
    if not re.search(r"\?|\bhow\b|\bwhat'?s\b|\bwhats\b", low):
        # (an everyday sum asked without a question's words: "split 86 4 ways", "which is
        # cheaper 500g for 2.40 or 750g for 3.30", "convert 30 celsius to fahrenheit")
        found44 = worked44(low) if ROOM_ASKED44.search(low) else None
        return bool(found44 and found44.working)
    figure, _ = worked(low)
    if figure:
        return True
    found44 = worked44(low)
    if found44 and found44.working:
        return True
    found = units_of(low)
    return bool(found and found[1])
