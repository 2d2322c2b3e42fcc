"""What a persona owns instead of declining (own42): everyday matters next to its field, easy
sums anyone can do, and writing to order.

A blind rater marked down replies where a persona declined what a stranger expected it to do:
Curie "as well informed on that as I am" on wood ash for the vegetable beds, Darwin unable to say
how long 250 a month takes to make 6000, Shakespeare with "small Latin and less Greek" asked for
the start of his wedding vows or a film he would write. Here each persona owns its neighbouring
everyday fields, in a short, correct and safe answer (what is known, and what to check):

- everyone, and the house bot plainly: easy sums (months of saving to a goal, tables for the
  guests, a bill split, a loan's rate against the savings' rate, a fraction sum), a country's
  capital, and the common remedies for wifi that keeps dropping or a router to reset;
- Curie: household and garden chemistry (wood ash, lime and soil pH, limescale, rust, never
  mixing bleach with ammonia or acids);
- Darwin: pets, animals and gardens (food poisonous to pets, split tomatoes, blossom end rot);
- Einstein: the physics of everyday things (metal feeling cold, batteries in the cold);
- Lovelace: phones, computers, spreadsheets and maths homework;
- Socrates: friendship, quarrels and arguments;
- Shakespeare: writing to order: the start of wedding vows or a love letter, a story or film
  in three beats, a short poem about the user's pet by its name.

`owned(slug, text, reply, name)` gives the answer, or "" when the message is none of these for
this persona, or the engine's `reply` already answers it (its figure, or a word of the answer).
The engine asks only when the persona was asked (bots/engine.py `_reply_read`). Anything far
outside every field ("how do i fix my car's gearbox") is left to the persona's owning up.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from fractions import Fraction

from bots.easy import capitals
from bots.sums43 import rota as sums43_rota
from bots.sums43 import worked as sums43_worked
from bots.trivia import NOT_NOW, THEN
from bots.valence import death_told

# How each voice opens a plain fact or a sum it is glad to do (the house bot: no opening).
OPEN = {
    "einstein": "Simple enough, {name}: ",
    "shakespeare": "This a poet knows, {name}: ",
    "curie": "The facts first, {name}: ",
    "lovelace": "That I can do, {name}: ",
    "socrates": "This I know, {name}: ",
    "darwin": "That I can tell you, {name}: ",
}
SUM_OPEN = {
    "einstein": "Simple arithmetic, {name}: ",
    "shakespeare": "A glover's son can do this sum, {name}: ",
    "curie": "The figures first, {name}: ",
    "lovelace": "Easily worked, {name}: ",
    "socrates": "Let us count it together, {name}: ",
    "darwin": "By my reckoning, {name}: ",
}

NUM = r"(?:£|\$|€)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?!\d|[.,]\d|k\b)"
# Every figure the message gives: a sum answered here uses them all, or is left to the engine
# ("i've got £120 saved and put away £25 a week": the £120 counts too).
FIGURE = re.compile(r"\d+(?:[.,]\d+)*")
# A program asked for ("python to split the 40 guests into tables of 8"): code, not a sum.
CODE = re.compile(r"\b(?:python|code|script|program|function|javascript|js|sql|regex|formula)\b")


NONE = ("", "")


def _number(said: str) -> float:
    return float(said.replace(",", ""))


def _plain(value: float) -> str:
    """`value` as a person writes it: 6000 as "6,000", 62.5 as "62.50"."""
    if value == int(value):
        return f"{int(value):,}"
    return f"{value:,.2f}"


def _money(text: str) -> str:
    found = re.search(r"[£$€]", text)
    return found.group(0) if found else ""


# "if i save 250 a month how long to get 6000", "how long to reach 9000 if i put away 300 a month"
SAVE = re.compile(
    rf"\b(?:save|saving|put (?:away|aside)|putting (?:away|aside)|set aside|pay in|add)\s+{NUM}\s*"
    r"(?:a|an|per|each|every)\s+(?P<unit>day|week|fortnight|month|year)\b"
)
GOAL = re.compile(
    r"\b(?:get|reach|have|hit|make|save up|get to|save|until|till|for)\s+"
    rf"(?:to\s+|a total of\s+)?{NUM}"
)
HOW_LONG = re.compile(r"\bhow (?:long|many (?:months|weeks|years|days))\b|\bwhen will i\b")


def _saving(text: str) -> tuple[str, str]:
    """("24", "6,000 ÷ 250 = 24, so 24 months, which is 2 years.") for a saving asked of."""
    save = SAVE.search(text)
    if not save or not HOW_LONG.search(text):
        return NONE
    rest = text[: save.start()] + " " + text[save.end() :]
    goal = GOAL.search(rest)
    if not goal:
        return NONE
    step, target = _number(save.group(1)), _number(goal.group(1))
    if step <= 0 or target <= step:
        return NONE
    unit = save.group("unit")
    count = math.ceil(target / step - 1e-9)
    cash = _money(text)
    said = f"{cash}{_plain(target)} ÷ {cash}{_plain(step)}"
    if count * step == target:
        line = f"{said} = {count}, so {count} {unit}s"
    else:
        line = (
            f"{said} is about {target / step:.1f}, so {count} {unit}s "
            f"({count - 1} {unit}s gets you to {cash}{_plain((count - 1) * step)})"
        )
    if unit == "month" and count % 12 == 0:
        years = count // 12
        line += f", which is {years} year{'s' if years > 1 else ''}"
    return str(count), line + "."


# "96 guests, tables of 8", "120 people at tables of 10 how many tables"
TABLES = re.compile(
    r"\b(\d[\d,]*)\s+(?:guests|people|kids|children|adults|attendees|diners|players|of us)\b"
    r"[^.?!]{0,40}?\btables?\s+(?:of|for|seating|that seat|seat)\s+(\d+)\b"
)


def _tables(text: str) -> tuple[str, str]:
    found = TABLES.search(text)
    people, size = (int(found.group(1).replace(",", "")), int(found.group(2))) if found else (0, 0)
    if not size or people <= size:
        return NONE
    full, left = divmod(people, size)
    if not left:
        return str(full), f"{people} ÷ {size} = {full}, so {full} tables."
    tables = "1 full table" if full == 1 else f"{full} full tables"
    return str(full + 1), (
        f"{full + 1} tables: {tables} of {size}, and one more for the last {left}."
    )


WAYS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
# "186 split 3 ways", "split 186 between 3 of us", "£90 divided between 4 people"
SPLIT = re.compile(
    rf"{NUM}\s+(?:split|shared|divided)\s+(?P<ways>\d+|{'|'.join(WAYS)})\s+ways\b|"
    rf"\b(?:split|share|divide)\s+{NUM}\s+(?:between|among|by)\s+(?P<among>\d+|{'|'.join(WAYS)})"
    r"(?:\s+(?:of us|people|ways|friends|mates))?\b|"
    rf"{NUM}\s+(?:split|shared|divided)\s+(?:between|among|by)\s+"
    rf"(?P<by>\d+|{'|'.join(WAYS)})(?:\s+(?:of us|people|ways|friends|mates))?\b"
)


def _split(text: str) -> tuple[str, str]:
    found = SPLIT.search(text)
    if not found:
        return NONE
    amount = next(g for g in found.groups()[:1] + (found.group(3), found.group(5)) if g)
    ways = found.group("ways") or found.group("among") or found.group("by")
    parts = WAYS.get(ways) or int(ways)
    total = _number(amount)
    if parts < 2 or total <= 0:
        return NONE
    cash = _money(text)
    each = total / parts
    if each == int(each):
        return _plain(each), f"{cash}{_plain(total)} ÷ {parts} = {cash}{_plain(each)} each."
    share = math.floor(each * 100) / 100
    return _plain(share), (
        f"{cash}{_plain(total)} ÷ {parts} is {cash}{_plain(share)} each, near enough "
        f"(a penny or two left over for someone to round up)."
    )


# "pay off my student loan or save, loan is 6% and savings pay 4%"
DEBT = r"(?:student loan|loan|credit card|card|mortgage|debt|overdraft|car finance)"
SAVINGS = r"(?:savings?|isa|savings account|invest\w*)"
DEBT_RATE = re.compile(rf"\b{DEBT}\b[^%]{{0,30}}?(\d+(?:\.\d+)?)\s*%")
SAVE_RATE = re.compile(rf"\b{SAVINGS}\b[^%]{{0,30}}?(\d+(?:\.\d+)?)\s*%")
PAY_OR_SAVE = re.compile(r"\b(?:pay (?:off|down|back)|overpay|clear)\b.*\b(?:or|vs|versus)\b")


def _rates(text: str) -> tuple[str, str]:
    if not PAY_OR_SAVE.search(text) and " or " not in text:
        return NONE
    debt, save = DEBT_RATE.search(text), SAVE_RATE.search(text)
    if not debt or not save or debt.start() == save.start():
        return NONE
    owed, earned = float(debt.group(1)), float(save.group(1))
    kind = re.search(DEBT, debt.group(0)).group(0)
    d, s = f"{debt.group(1)}%", f"{save.group(1)}%"
    said = f"Compare the rates, {{name}}: the {kind} costs {d}, savings earn {s}"
    if owed > earned:
        check = (
            " (but a UK student loan may be written off: check its terms)"
            if kind == "student loan"
            else ""
        )
        return f"{d} ", (
            f"{said}, so paying it off gains more than saving. Pay it off, keeping some savings "
            f"for emergencies{check}."
        )
    if owed < earned:
        return f"{s} ", f"{said}, so keeping the savings pays more while that rate holds."
    return d, f"{said}: it comes out even; keep some savings for emergencies."


# "what is 3/4 plus 1/8", "2/3 - 1/6"
FRACTION_SUM = re.compile(
    r"\b(\d+)\s*/\s*(\d+)\s*(plus|\+|add|minus|-|take away|times|x|\*|multiplied by)\s*"
    r"(\d+)\s*/\s*(\d+)\b"
)


def _fraction(text: str) -> tuple[str, str]:
    found = FRACTION_SUM.search(text)
    if not found or not re.search(r"\b(?:what|whats|what's|work out|how much|equals?)\b", text):
        return NONE
    a, b, op, c, d = found.groups()
    if int(b) == 0 or int(d) == 0:
        return NONE
    x, y = Fraction(int(a), int(b)), Fraction(int(c), int(d))
    left, right = f"{a}/{b}", f"{c}/{d}"
    if op in ("times", "x", "*", "multiplied by"):
        result = x * y
        raw = f"{int(a) * int(c)}/{int(b) * int(d)}"
        work = f"{left} × {right}, tops times tops and bottoms times bottoms, is {raw}"
    else:
        adding = op in ("plus", "+", "add")
        result = x + y if adding else x - y
        sign = "+" if adding else "−"
        common = math.lcm(int(b), int(d))
        p, q = int(a) * common // int(b), int(c) * common // int(d)
        raw = f"{p + q if adding else p - q}/{common}"
        work = f"{left} {sign} {right} is {p}/{common} {sign} {q}/{common}, so {raw}"
        if b == d:
            work = f"{left} {sign} {right} = {raw}"
    answer = f"{result.numerator}/{result.denominator}" if result.denominator != 1 else f"{result}"
    return answer, f"{work}." if raw == answer else f"{work}, which is {answer}."


def _capital(text: str) -> str:
    found = re.search(r"\bcapital(?: city)? of (?:the )?([a-z][a-z' .-]+)", text)
    if not found or NOT_NOW.search(text) or THEN.search(found.group(1)):
        # a capital of another time, as `bots.trivia` reads it ("capital of germany before
        # reunification", "of russia under the tsars": review42 had Berlin and Moscow)
        return ""
    if not re.search(r"\?|\b(?:what|whats|what's|which|know|tell me|name)\b", text) or re.search(
        r"\b(?:state|province|county|region)\b", text
    ):
        return ""  # ("we're moving to the capital of france": told, not asked)
    words = found.group(1).split()
    table = capitals()
    for size in range(min(5, len(words)), 0, -1):
        called = " ".join(words[:size]).strip(" .'")
        if called in table:
            country, capital = table[called]
            if " is " in capital:  # (a capital split between cities, said as a sentence)
                return f"in {country}, {capital}."
            return f"the capital of {country} is {capital}."
    return ""


# Each sum with the number of figures it reads.
SUMS: tuple[tuple[Callable[[str], tuple[str, str]], int], ...] = (
    (_saving, 2),
    (_tables, 2),
    (_split, 2),
    (_rates, 2),
    (_fraction, 4),
)


@dataclass(frozen=True)
class Topic:
    """An everyday matter: the personas who own it ("*": everyone), what asks it, a word of the
    engine's reply that shows it already answers, and the answer."""

    owners: tuple[str, ...]
    asked: re.Pattern[str]
    answered: re.Pattern[str]
    answer: str
    plain: bool = False  # said after the voice's plain opening (`OPEN`)


def _t(owners: str, asked: str, answered: str, answer: str, plain: bool = False) -> Topic:
    return Topic(
        tuple(owners.split()), re.compile(asked), re.compile(answered, re.I), answer, plain
    )


# A question or a request, not a thing told ("we renewed our vows", "my phone was dead").
ASKED = re.compile(
    r"\?|\b(?:how|what|whats|what's|why|any (?:ideas?|tips|advice)|tips|help|should|can|could|"
    r"is (?:it|that|this|there)|does|do i|do you|keeps?|ideas?|safe|ok|okay|bad)\b"
)
# Food given or eaten ("can my dog eat grapes", "my cat ate some onion"), read from the start.
FED = (
    r"^(?=.*\b(?:eat|eats|eating|ate|eaten|give|given|gave|feed|fed|have|safe|ok|okay|toxic|"
    r"poison\w*|bad for)\b).*?"
)
CHORES = r"\b(?:chores|housework|dishes|washing up|the washing|cleaning|the hoovering|bins)\b"
PET = r"\b(?:dogs?|pupp(?:y|ies)|cats?|kittens?|pets?)\b"
WIFI = r"\b(?:wi-?fi|internet|broadband|router|connection)\b"
TOPICS: tuple[Topic, ...] = (
    # Curie: household and garden chemistry.
    # (review42: "around my potatoes?" had got "Yes ... none near potatoes"; bbq charcoal a yes)
    _t(
        "curie",
        r"\b(?:ash|ashes)\b[^.?!]*\b(?:potato|potatoes|spuds?)\b|"
        r"\b(?:potato|potatoes|spuds?)\b[^.?!]*\b(?:ash|ashes)\b",
        r"scab",
        "Not for potatoes, {name}: ash makes the soil less acid, and that encourages potato "
        "scab. Put it round the brassicas or on the compost instead.",
    ),
    _t(
        "curie",
        r"\b(?:charcoal|briquettes?|coal|bbq|barbecue)\b[^.?!]*\b(?:ash|ashes)\b|"
        r"\b(?:ash|ashes)\b[^.?!]*\b(?:charcoal|briquettes?|coal|bbq|barbecue)\b",
        r"briquette|binders",
        "Not that ash, {name}: briquettes carry binders and additives, and coal ash can hold heavy "
        "metals. Only ash of clean, untreated wood belongs on a vegetable bed.",
    ),
    _t(
        "curie",
        r"\b(?:wood ?ash|ash(?:es)? from (?:the|our|my) (?:fire|stove|wood|bonfire|fire ?pit))\b",
        r"potash",
        "Yes, in moderation, {name}: wood ash is potash and lime, so it feeds plants and makes "
        "soil less acid. Only ash of clean, untreated wood, a handful per square metre a year, "
        "none near potatoes; test the pH first.",
    ),
    _t(
        "curie",
        r"\bbleach\b[^.?!]*\b(?:with|and|plus|together)\b[^.?!]*\b(?:ammonia|vinegar|acids?|"
        r"toilet cleaner|other cleaners?)\b|"
        r"\bmix\w*\b[^.?!]*\bbleach\b|\bbleach\b[^.?!]*\bmix\w*\b",
        r"never mix",
        "Never mix bleach with ammonia or with acids such as vinegar, {name}: together they give "
        "off toxic gases, chloramine or chlorine itself. Use one product at a time, rinse well "
        "in between, and keep a window open.",
    ),
    _t(
        "curie",
        r"\blime ?scale\b|\bdescal\w*\b|\bscale (?:in|on) (?:my|the) (?:kettle|shower|taps?)\b",
        r"acid|vinegar",
        "Limescale is calcium carbonate from hard water, {name}, and a mild acid dissolves it: "
        "half vinegar, half water, or a spoon of citric acid in water, left an hour; then rinse, "
        "and boil fresh water once before use.",
    ),
    _t(
        "curie",
        r"^(?!.*\bstain)(?:.*?\b(?:remove|get|take|clean|stop|prevent|treat)\b[^.?!]*\brust\b|"
        r".*?\brust(?:y|ed)?\b[^.?!]*\b(?:off|remove|get rid|clean|tools?|bike|pans?)\b)",
        r"vinegar|wire|oil",
        "Rust is iron oxide, {name}: scrub light rust off with wire wool, soak worse pieces "
        "overnight in white vinegar, then scrub, rinse, dry at once and wipe with a little oil "
        "to keep air and water off.",
    ),
    _t(
        "curie",
        r"\b(?:acid|acidic|alkaline|ph)\b[^.?!]*\b(?:soil|garden|lawn|beds?)\b|"
        r"\b(?:soil|garden|lawn|beds?)\b[^.?!]*\b(?:acid|acidic|alkaline|ph)\b",
        r"\blime\b|\bph\b",
        "Test it first with a cheap pH kit, {name}: most vegetables like pH 6 to 7. To make acid "
        "soil less acid, dig in garden lime in autumn, at the dose on the bag; to make it more "
        "acid, sulphur chips or ericaceous compost.",
    ),
    # Darwin: pets, animals and gardens.
    _t(
        "darwin",
        rf"{FED}(?:{PET}[^.?!]*\b(?:grapes?|raisins?|sultanas?)\b|\b(?:grapes?|raisins?)\b[^.?!]*{PET})",
        r"kidney",
        "Keep them away, {name}: grapes and raisins can cause kidney failure in dogs, even a "
        "few, and are best kept from cats too. If yours has eaten any, ring a vet now; don't "
        "wait for signs.",
    ),
    _t(
        "darwin",
        rf"{FED}(?:{PET}[^.?!]*\bchocolate\b|\bchocolate\b[^.?!]*{PET})",
        r"theobromine|poison",
        "Keep it away, {name}: chocolate holds theobromine, which poisons dogs and cats, and dark "
        "chocolate most of all. If yours has eaten some, ring a vet and tell them how much and "
        "what kind.",
    ),
    _t(
        "darwin",
        rf"{FED}(?:{PET}[^.?!]*\b(?:onions?|garlic)\b|\b(?:onions?|garlic)\b[^.?!]*{PET})",
        r"blood|poison",
        "Keep them away, {name}: onions and garlic, raw or cooked, damage the red blood cells "
        "of dogs and cats. A crumb is no emergency, but if yours has eaten a good amount, ring "
        "a vet.",
    ),
    _t(
        "darwin",
        r"\btomato\w*\b[^.?!]*\b(?:split\w*|crack\w*|burst\w*)\b",
        r"water",
        "Splitting is nearly always uneven watering, {name}: after a dry spell a heavy drink or "
        "a downpour swells the fruit faster than its skin can stretch. Water little and often, "
        "mulch, and pick ripe fruit before heavy rain.",
    ),
    _t(
        "darwin",
        r"\btomato\w*\b[^.?!]*\b(?:black|brown|dark)\b[^.?!]*\b(?:bottom|base|end|underneath)\b",
        r"blossom end|calcium",
        "That sounds like blossom end rot, {name}: the fruit got too little calcium, nearly "
        "always from uneven watering, not poor soil. Water deeply and regularly, never let pots "
        "dry out, and pick off the spoilt fruit.",
    ),
    # Einstein: the physics of everyday things.
    _t(
        "einstein",
        r"\bmetal\b[^.?!]*\b(?:melt\w*|colder|feels? cold)\b|"
        r"\b(?:melt\w*|colder)\b[^.?!]*\bmetal\b",
        r"conduct|colder than wood",
        "Because metal conducts heat very well, {name}: it carries the warmth of the room and "
        "your hand in far faster than glass or plastic. It is why a metal spoon feels colder "
        "than a wooden one at the same temperature.",
    ),
    _t(
        "einstein curie lovelace",
        r"\bbatter(?:y|ies)\b[^.?!]*\bcold\b|\bcold\b[^.?!]*\bbatter(?:y|ies)\b",
        r"chemi|warm",
        "Cold slows the chemistry inside a lithium-ion battery, {name}, so it gives current "
        "less easily and the phone reads it as nearly empty. Warm it in an inside pocket and "
        "most of the charge comes back.",
    ),
    # Lovelace: phones, computers, spreadsheets.
    _t(
        "lovelace",
        r"\b(?:phone|battery)\b[^.?!]*\b(?:die|dies|dying|drains?|draining|runs? out|goes flat|"
        r"doesn'?t last|dead)\b",
        r"brightness|settings",
        "Look in Settings under Battery, {name}, for the app that uses most, and limit it; turn "
        "the brightness down and location off when not needed. Batteries wear out in a few "
        "years; a shop can replace one.",
    ),
    _t(
        "lovelace",
        r"^(?!.*\b(?:wrong|error|broken)\b).*?(?:\b(?:excel|spreadsheet|google sheets)\b[^.?!]*"
        r"\b(?:add|sum|total)\b|"
        r"\b(?:add|sum|total)\b[^.?!]*\b(?:column|row)\b[^.?!]*\b(?:excel|spreadsheet|sheets?)\b)",
        r"=SUM|AutoSum",
        "Click the cell under the column, {name}, and type =SUM(A1:A20), with your column's "
        "first and last cells for A1 and A20, then press Enter; or select the column and press "
        "AutoSum (Σ) on the Home tab.",
    ),
    _t(
        "lovelace",
        r"\b(?:laptop|computer|pc|mac)\b[^.?!]*\b(?:won'?t|wont|doesn'?t|will not|can'?t) "
        r"(?:turn on|start|boot|switch on|power on)\b",
        r"charger|power button",
        "Plain things first, {name}: leave it on the charger twenty minutes, then hold the power "
        "button fifteen seconds and try again, and let the update finish. Still nothing? A "
        "repair shop can test the battery and charger.",
    ),
    _t(
        "lovelace",
        r"\b(?:laptop|computer|pc|mac)\b[^.?!]*\b(?:slow|sluggish|lagg\w*|freez\w*)\b",
        r"restart|task manager|tabs",
        "Start simple, {name}: restart it, close tabs and programs you aren't using, and look in "
        "Task Manager (Activity Monitor on a Mac) for what eats the memory; then let updates "
        "finish and free some disk space.",
    ),
    # Everyone: the common remedies for wifi.
    _t(
        "*",
        r"\b(?:reset|restart|reboot)\b[^.?!]*\brouter\b",
        r"plug|30 seconds|thirty seconds",
        "off at the plug, wait 30 seconds, on again. A factory reset (the pinhole button, held "
        "ten seconds) brings back the password on its sticker; try a restart first.",
        plain=True,
    ),
    _t(
        "*",
        rf"{WIFI}[^.?!]*\b(?:keeps?|keep on|always)\b[^.?!]*\b(?:drop\w*|cut\w*|disconnect\w*|"
        r"going|crash\w*)\b|"
        rf"{WIFI}[^.?!]*\b(?:drops?|dropping|disconnects?|disconnecting|cuts? out|cutting out)\b",
        r"restart|router",
        "restart the router (off at the plug 30 seconds). If one device drops, restart it; if "
        "all do, it is the router or the line: try a cable, or ask your provider to test it.",
        plain=True,
    ),
    # Socrates: friendship, quarrels and arguments.
    _t(
        "socrates",
        r"\b(?:friend|mate|bestie|bff)\b[^.?!]*\b(?:fight|fought|fell out|falling out|argument|"
        r"argued|row|rowed|falling-out)\b[^.?!]*\b(?:how|what)\b|"
        r"\bmake up with\b",
        r"sorry|listen",
        "Go to them, {name}, and ask before you argue: what hurt them, and how do they see it? "
        "Listen to the answer, own your share, and say sorry for it without a 'but'. A "
        "good question mends more than a clever answer.",
    ),
    _t(
        "socrates",
        # (not a quarrel put to it to settle: "who's right?" keeps its own line)
        r"^(?!.*\b(?:who'?s right|who is right|settle)\b).*?(?:"
        rf"\b(?:fight|fighting|argue|arguing|row|rowing)\b[^.?!]*{CHORES}|"
        rf"{CHORES}[^.?!]*\b(?:fight|fighting|argue|arguing|row|rowing)\b)",
        r"list|fair",
        "Such fights are less over dishes than over fairness, {name}. When you are both calm, list "
        "every job, agree who does which and when, and look again in a month. Ask what "
        "'done' means; half the quarrels are over that.",
    ),
    # Shakespeare: writing to order.
    _t(
        "shakespeare",
        r"\b(?:help|write|start|begin|draft|ideas?|need|writing)\b[^.?!]*\bvows\b",
        r"I take thee",
        'Gladly, {name}. Begin plain: "I take thee not for a day but for all our days, the fair '
        'and the foul, the feast and the fast: I choose thee in them all." Then one true thing '
        "only you two know, and one promise.",
    ),
    _t(
        "shakespeare",
        r"\b(?:help|write|start|begin|draft|ideas?|need|writing)\b[^.?!]*\blove letter\b",
        r"My love, I have",
        'Begin with the plain truth, {name}: "My love, I have tried a dozen times to write what '
        'you are to me, and every word falls short, so take this one: yours." Then tell one '
        "small moment when you knew.",
    ),
)

# Shakespeare's stories to order, in three beats, by the kind asked.
STORY_ASKED = re.compile(
    r"\bif (?:you|u) (?:wrote|were to write|could write|made|had to write|did)\b[^.?!]*\b"
    r"(?:movie|film|story|play|novel|show|series)\b|"
    r"\b(?:plot|premise|storyline)s? for (?:a|an|my)\b[^.?!]*\b(?:story|film|movie|novel|play|"
    r"show)\b|"
    r"\b(?:write|give) (?:me |us )?(?:a|an) (?:short |little |quick )?(?:[a-z-]+ )?(?:story|plot)\b"
)
STORIES = (
    (
        r"\b(?:space|sci-?fi|science fiction|alien|planet|mars|moon|galaxy|rocket)",
        "A space film, {name}, in three beats: a captain learns her ship's mind has lied to the "
        "sleeping crew for a year; she must choose between the machine that keeps them alive "
        "and the truth; she wakes them, and they steer home by the stars.",
    ),
    (
        r"\b(?:horror|scary|ghost|haunted|spooky|creepy)",
        "A horror, {name}, in three beats: a family moves into a house where every clock stops "
        "at midnight; each night a voice tells one of them a secret; at last they learn it is "
        "the first owner, who wants his murder confessed.",
    ),
    (
        r"\b(?:detective|mystery|murder|crime|whodunn?it|thriller)",
        "A mystery, {name}, in three beats: a rich man dies at his own feast, and every guest "
        "had cause; the poison was in the cup meant for his daughter; the killer is the steward "
        "who loved her, and the play's the thing that catches him.",
    ),
    (
        r"\b(?:love|romance|romantic|romcom|rom-com)",
        "A love story, {name}, in three beats: two rivals must share a shop; each writes letters "
        "to a stranger, not knowing it is the other; found out, each must choose between pride "
        "and love. The course of true love never did run smooth.",
    ),
    (
        r"",
        "A story, {name}, in three beats: a stranger brings a letter to a small town; it turns "
        "the town against its mayor, and he must take a side; at last the secret in it proves "
        "his own, and he stays. All the world's a stage.",
    ),
)

# "write me a short poem about my cat mittens": the pet by its name.
PET_POEM = re.compile(
    r"\b(?:poem|verse|rhyme|sonnet|ditty|ode)\b[^.?!]*\b(?:about|for|on|to)\s+(?:my|our)\s+"
    r"(?:\w+\s+)?(?P<kind>cat|kitten|dog|puppy|pup|hamster|rabbit|bunny|horse|pony|parrot|budgie|"
    r"goldfish|fish|tortoise|guinea pig)\s+(?:called\s+|named\s+)?(?P<pet>[a-z][a-z'-]+)\b"
)
NOT_A_NAME = frozenset(
    ("who", "that", "which", "and", "because", "when", "is", "was", "he", "she", "it", "they")
    + ("pls", "please", "lol", "x", "who's", "whos")
)
PET_POEMS = {
    "cat": (
        'A verse for {pet}, {name}: "O {pet}, sovereign of every chair, / with velvet paws and '
        "not a single care: / thou sleep'st wherever warmest sunbeams fall, / and art, of all "
        'the house, the lord of all."'
    ),
    "dog": (
        'A verse for {pet}, {name}: "Good {pet}, whose tail doth wag the whole day through, / '
        "no friend was ever half so glad, or true: / thou greet'st each coming-home as if a king "
        "/ returned from wars, and that's a noble thing.\""
    ),
    "other": (
        'A verse for {pet}, {name}: "Small {pet}, the dearest creature of the house, / as '
        "bright as any star, as soft as any mouse: / let poets praise their roses and their "
        'wine; / I sing of {pet}, and no friend more fine."'
    ),
}
KIND_OF = {"kitten": "cat", "puppy": "dog", "pup": "dog"}


def _written(text: str, reply: str) -> str:
    """Shakespeare's piece to order: a story in three beats, a poem on the user's pet."""
    poem = PET_POEM.search(text)
    if poem and poem.group("pet") not in NOT_A_NAME and not poem.group("pet").endswith("ing"):
        pet = poem.group("pet").capitalize()
        if pet in reply:
            return ""
        kind = KIND_OF.get(poem.group("kind"), poem.group("kind"))
        return PET_POEMS.get(kind, PET_POEMS["other"]).replace("{pet}", pet)
    if STORY_ASKED.search(text) and "three beats" not in reply:
        story = next(story for kind, story in STORIES if re.search(kind, text))
        if not re.search(r"\b(?:movie|film)s?\b", text):
            # "write a short story about a spaceship": a story, not a film (review42)
            asked = re.search(r"\b(story|play|novel|show|series|plot)\b", text)
            kind = {"plot": "story"}.get(asked.group(1), asked.group(1)) if asked else "story"
            story = story.replace("A space film", f"A space {kind}")
        return story
    return ""


# A thing named that is far outside every field: owned up to, never a guess.
FAR_OUTSIDE = re.compile(r"\b(?:gearbox|clutch|engine oil|carburett?or|tax return|visa)\b")


def owned(slug: str, text: str, reply: str, name: str, before: Sequence[str] = ()) -> str:
    """The answer persona `slug` gives to `text` (`name` the one asking), or "" when this is
    not one it owns, `reply` already answers it, or another in the room said the same answer
    already (`before`: the earlier lines of the room)."""
    answer = _answer(slug, text, reply, name)
    core = answer.split(": ", 1)[-1][:60]
    if answer and any(core in line for line in before):
        return ""
    return answer


# Grief, illness or heartbreak told (review42: "help me write vows for my dad's funeral" had
# got wedding vows, "a poem for my dog biscuit who died last week" a cheerful one): none of
# these answers; the engine's own reply, with its sympathy, stands.
GRAVE = re.compile(
    r"\b(?:funeral|passed away|passed on|put down|put to sleep|poorly|"
    r"ill|sick|hospital|cancer|dying|grief|grieving|mourning|memorial|rip|cheated|divorce|"
    r"broke up|break ?up|dumped|miscarriage|terminal|hospice)\b"
)


def _answer(slug: str, text: str, reply: str, name: str) -> str:
    low = re.sub(r"\s+", " ", re.sub(r"@\w+", " ", text.lower())).strip()
    if FAR_OUTSIDE.search(low) or GRAVE.search(low) or death_told(low):
        return ""
    house = slug not in SUM_OPEN
    # (a trouble told to the persona by name is asked of it: "lovelace my laptop is so slow")
    addressed = re.match(rf"\W*@?{slug}\b", text.lower()) or f"@{slug}" in text.lower()
    for work, figures in SUMS:
        figure, worked = work(low)
        if worked and len(FIGURE.findall(low)) == figures and not CODE.search(low):
            if re.search(rf"(?<![\d/.]){re.escape(figure)}(?![\d/])", reply):
                return ""  # (its own words already give the figure)
            if worked.startswith("Compare"):
                return _named(worked, name)
            if house:
                return worked[0].upper() + worked[1:]
            return _named(SUM_OPEN[slug], name) + worked
    if capital := _capital(low):
        # (the city said already, or the sentence of a capital split between cities)
        city = capital.rsplit(" is ", 1)[1].rstrip(".") if capital.startswith("the") else capital
        if re.search(rf"\b{re.escape(city.split(', ', 1)[-1][:40])}", reply):
            return ""
        return _opened(slug, capital, name, house)
    if slug == "shakespeare" and (piece := _written(low, reply)):
        return _named(piece, name)
    for topic in TOPICS:
        if "*" not in topic.owners and slug not in topic.owners:
            continue
        if not topic.asked.search(low) or topic.answered.search(reply):
            continue
        if not (addressed or ASKED.search(low)):
            continue
        if topic.plain:
            return _opened(slug, topic.answer, name, house)
        return _named(topic.answer, name)
    return ""


def summed(slug: str, text: str, reply: str, name: str, before: Sequence[str] = ()) -> str:
    """The everyday sum of `bots.sums43` that `text` asks of persona `slug` (`name` the one
    asking, `before` the room's earlier lines), or "" when none is asked or the engine's `reply`
    already works it (any figure of its own)."""
    low = re.sub(r"\s+", " ", re.sub(r"@\w+", " ", text.lower())).strip()
    if FAR_OUTSIDE.search(low) or GRAVE.search(low) or death_told(low) or CODE.search(low):
        return ""
    said = _summed(slug, low, reply, name, before, slug not in SUM_OPEN)
    return "" if said == "-" else said


def _summed(slug: str, low: str, reply: str, name: str, before: Sequence[str], house: bool) -> str:
    """An everyday sum of `bots.sums43` (a count changed, a split, the fuel for a trip gathered
    from the room's recent lines, a cooking time by the rule given, a percentage on a figure) or
    a chore rota; "-" when the engine's `reply` already gives its figure, "" when none."""
    figure, worked = sums43_worked(low, before)
    told = set(re.findall(r"\d+(?:\.\d+)?", " ".join((low, *before)).replace(",", "")))
    figures = set(re.findall(r"\d+(?:\.\d+)?", reply.replace(",", "")))
    if worked and figures - told and figures & told:
        # (a reading of the sum in the engine's reply, from the figures told to one of its own,
        # kept; not a line that happens to hold a figure: "a 0 put for an o")
        return "-"
    if worked and not figure:
        # (a figure missing: asked for, unless the reply already asks for it)
        asking = re.search(r"\bI need\b|\btell me\b|\bwhich\b.*\?", reply)
        return "-" if asking else _named(worked, name)
    if worked:
        shown = {
            Fraction(n)
            for n in re.findall(r"(?<![\d/])\d+(?:\.\d+)?(?![\d/])", reply.replace(",", ""))
        }
        if any(Fraction(one.replace(",", "")) in shown for one in figure.split("|")):
            return "-"  # (its own words already give the figure)
        if house:
            return worked[0].upper() + worked[1:]
        return _named(SUM_OPEN[slug], name) + worked
    return _named(sums43_rota(slug, low, reply, name), name)


def _named(line: str, name: str) -> str:
    if name:
        return line.replace("{name}", name)
    return line.replace(", {name},", ",").replace(", {name}", "").replace(" {name}", "")


def _opened(slug: str, said: str, name: str, house: bool) -> str:
    if house:
        return said[0].upper() + said[1:]
    return _named(OPEN[slug], name) + said
