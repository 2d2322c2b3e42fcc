"""Small Python programs the house bot writes when asked: "/AIBot can u write a python thing that
works out VAT from a gross amount", "write me a bit of python that rounds a price to the nearest
5p", "python to tell us who owes who at the end".

A message asks for code (`code_asked`) when it asks to write, make or give a program, a script,
a function, a snippet or some code, or asks how to do something in Python; never for "python"
the snake, "the code for the door" or "my code is broken" said without asking for any. What it
asks for is read by meaning (`snippet_for`): each snippet names the ideas a request must hold
(VAT and a gross amount; rounding and "nearest"), each idea a few ways of saying it, and words
a letter off are read as the word ("trasnpose", "rouding"). The first snippet whose ideas are
all met is written out, as a short program with sample figures that prints its result
(tests/bots/test_house23.py runs every one). A request none meets gets the Python pieces it
would take (`building_blocks`), when its words name them, or what the bot can write.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bots.fold import folded

# Asked for code, in the words people use: "write/make/give me ... python/script/function",
# "some code to ...", "in python how do i ...", "python to ...".
_VERB = (
    r"(?:write|writ|rite|make|build|code|knock up|whip up|put together|create|help me with|"
    r"help with|(?:give|show|send|do) (?:me|us))"
)
# Said with "python" only: "i need python to...", "do you have a python snippet for...".
_ASKING_VERB = rf"(?:{_VERB[3:-1]}|give|show|send|do|need|want|wanna|get|have)"
# "a script for the nativity" is a play's; "the function room" a room to hire; "a program of
# events" a concert's.
_NOT_CODE_NOUN = (
    r"(?! (?:room|hall|suite|venue)s?\b)(?! of\b)(?! for (?:the |our |a |my |this |next )?"
    r"(?:[\w'-]+ ){0,3}(?:play|panto|pantomime|nativity|show|film|movie|video|sketch|concert|"
    r"wedding|assembly|podcast|ad|advert|gig|service|evening|night|event|fair|match|game|day|"
    r"tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend))"
)
_PYTHON = r"(?:python|py|pyhton|pyton|phyton|python3|snippet|one[- ]?liner)"
_CODE_NOUN = rf"(?:{_PYTHON}|script|function|program){_NOT_CODE_NOUN}"
CODE_ASKED = folded(
    # "can u write a python thing that ...", "make me a little script to ..."
    rf"\b{_VERB}\b(?:\W+[\w'-]+){{0,6}}?\W+{_CODE_NOUN}\b|"
    # "i want a script that ...", "need a function to ..."
    rf"\b(?:need|want|wanna|get|have|looking for|after)\b (?:a |an )(?:[\w'-]+ ){{0,2}}"
    rf"(?:script|function|program){_NOT_CODE_NOUN}\b|"
    # "i need a python thing that ...", "do u have a snippet for ..."
    rf"\b{_ASKING_VERB}\b(?:\W+[\w'-]+){{0,6}}?\W+{_PYTHON}\b|"
    # "give me some code to ...", "write a bit of code that ..."; not "the code for the door".
    rf"\b{_ASKING_VERB}\b(?:\W+[\w'-]+){{0,4}}?\W+(?:some|bit of|piece of|snippet of|lines of|"
    r"line of|"
    r"python|py|little|quick|short|simple|small|tiny|sample|example|basic) code\b|"
    # "how do i ... in python", "is there a way to ... with python"
    r"\b(?:how (?:do|can|would|could|should|to)|how d|is there a way|any way|way to|"
    r"can (?:i|you|u)|could (?:i|you|u)|what'?s the best way)\b.*\b(?:in|with|using|via) "
    r"(?:python|py)\b|"
    # "in python, how do i ...", "python to split a list", "python code that ..."
    r"^\W*(?:(?:hey|hi|ok|okay|so|pls|please|quick q|quick question)\W+)*(?:in|with|using) "
    r"(?:python|py)\b|"
    r"\b(?:python|py)(?: (?:script|code|function|program|snippet|thing|bit|one[- ]?liner))? "
    r"(?:to|that|which|where|so i can|so we can|so it)\b|"
    r"\bcode (?:to|that|which)\b.*\b(?:python|py)\b",
    re.IGNORECASE,
)
# Python the snake: "a python at the zoo", "feeding my ball python".
SNAKE = folded(
    r"\b(?:snakes?|zoo|reptiles?|vivarium|enclosure|bit me|bites?|swallow\w*|slither\w*|"
    r"monty|burmese|royal python|ball python|pet python|mice|rats?|cage|ate|eaten|escaped|"
    r"loose|shed its skin)\b",
    re.IGNORECASE,
)
# Words that ask for code on their own, beside the snake's: "a python script to feed ..."
CODE_OUTRIGHT = folded(
    r"\b(?:script|snippet|function|program|one[- ]?liner|code|print|list|def)\b", re.IGNORECASE
)


def code_asked(text: str) -> bool:
    """Whether `text` asks for a piece of code to be written, or how to do something in Python."""
    if not CODE_ASKED.search(text):
        return False
    return not (SNAKE.search(text) and not CODE_OUTRIGHT.search(text))


@dataclass(frozen=True)
class Snippet:
    """A small program: `cues` the ideas a request must all hold (regexes), `unless` what
    sends it elsewhere, `intro` its opening words and `code` the program, which prints its
    result for sample figures."""

    id: str
    cues: tuple[str, ...]
    intro: str
    code: str
    unless: str = ""


def _s(id_: str, cues: tuple[str, ...], intro: str, code: str, unless: str = "") -> Snippet:
    return Snippet(id_, cues, intro, code.strip("\n"), unless)


# Money words, said as people say them.
_MONEY = (
    r"(?:price|prices|amount|amounts|total|totals|cost|costs|bill|bills|money|£|\$|€|pounds?|quid)"
)
# First whose cues are all met is written: the more particular before the more general.
SNIPPETS: tuple[Snippet, ...] = (
    _s(
        "vat-from-gross",
        (
            r"\b(?:vat|tax|gst|sales tax)\b",
            r"\b(?:gross|inc|incl|including|inclusive|include|includes|included|out of|from "
            r"(?:a|the|our|my) (?:total|price|amount)s?|back out|take (?:it |the vat |the tax )?"
            r"out|strip|remove|extract|reverse|net and|net &|ex|excl|excluding|without|before "
            r"vat|(?:vat|tax) off|take (?:it |the vat |the tax )?off)\b",
        ),
        "VAT out of a gross amount at 20% (change `RATE` for another rate), rounded to 2dp",
        """
from decimal import Decimal, ROUND_HALF_UP

RATE = Decimal("20")  # VAT rate in %

def split_vat(gross):
    gross = Decimal(str(gross))
    net = (gross * 100 / (100 + RATE)).quantize(Decimal("0.01"), ROUND_HALF_UP)
    return net, gross - net

net, vat = split_vat(149.99)
print(f"net £{net}, VAT £{vat}")
""",
    ),
    _s(
        "vat-add",
        (r"\b(?:vat|tax|gst|sales tax)\b",),
        "VAT added to a net price at 20% (change `RATE` for another rate), rounded to 2dp",
        """
from decimal import Decimal, ROUND_HALF_UP

RATE = Decimal("20")  # VAT rate in %

def add_vat(net):
    net = Decimal(str(net))
    vat = (net * RATE / 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
    return vat, net + vat

vat, gross = add_vat(62.50)
print(f"VAT £{vat}, total £{gross}")
""",
    ),
    _s(
        "percent-change",
        (
            r"\b(?:percent(?:age)?|per cent|%)\s*(?:change|increase|decrease|difference|rise|"
            r"drop|fall|up|down|growth|gone up|went up|gone down|went down)\b|"
            r"\bby (?:what|how much) (?:percent|%|per cent)|\bwhat (?:percent|%|percentage) "
            r"(?:up|down|more|less|bigger|smaller|higher|lower)\b|\b(?:change|increase|decrease|"
            r"rise|drop|difference) (?:in|as an?) (?:percent|%|percentage)",
        ),
        "The percentage change from an old figure to a new one",
        """
def percent_change(old, new):
    return (new - old) / old * 100

change = percent_change(1200, 1380)
print(f"{change:+.1f}%")
""",
    ),
    _s(
        "percent-of",
        (
            r"\b(?:out of|score|scores|marks?|mark|grade|grades|result|results)\b",
            r"\b(?:percent|percentage|per cent|%)",
        ),
        "A score as a percentage of the total, to one decimal place",
        """
def as_percent(score, out_of):
    return round(score / out_of * 100, 1)

for name, score in {"amy": 37, "raj": 44}.items():
    print(f"{name}: {as_percent(score, 50)}%")
""",
    ),
    _s(
        "settle-up",
        (
            r"\bowes?\b|\bowed\b|\bowing\b|\bsettle(?:s|d)? up\b|\bsettling up\b|\bsettle\b|"
            r"\bsquare up\b|\beven (?:it |things )?up\b|\bpay(?:s)? (?:each other|everyone|"
            r"people) back\b|\bpaid what\b|\bwho paid\b|\bsplitwise\b|\bwho needs to pay\b|"
            r"\bpaid for (?:what|stuff|things)\b",
        ),
        "Who owes whom, from who paid what, shared equally",
        """
paid = {"leo": 120.00, "mia": 45.50, "sam": 0.00, "ines": 34.50}

share = sum(paid.values()) / len(paid)
balance = {name: round(p - share, 2) for name, p in paid.items()}
owes = [[n, -b] for n, b in balance.items() if b < 0]
gets = [[n, b] for n, b in balance.items() if b > 0]
while owes and gets:
    amount = round(min(owes[0][1], gets[0][1]), 2)
    print(f"{owes[0][0]} pays {gets[0][0]} £{amount:.2f}")
    owes[0][1] -= amount
    gets[0][1] -= amount
    if owes[0][1] < 0.005:
        owes.pop(0)
    if gets[0][1] < 0.005:
        gets.pop(0)
""",
    ),
    _s(
        "split-evenly",
        (
            r"\b(?:split|splits|splitting|divide|divided|share|shared|sharing|go halves|"
            r"chip in)\b",
            rf"\b{_MONEY}|\b(?:rent|bill|tab|meal|dinner|taxi|airbnb|hotel|petrol|fuel|"
            r"takeaway|kitty|pot)\b",
        ),
        "A bill split evenly, tip included, with the pennies left over shared out so it adds up",
        """
def split_bill(total, people, tip_percent=0):
    pence = round(total * (1 + tip_percent / 100) * 100)
    each, extra = divmod(pence, people)
    return [(each + (1 if i < extra else 0)) / 100 for i in range(people)]

print(split_bill(100, 3))
print(split_bill(86.40, 4, tip_percent=10))
""",
        unless=r"\b(?:weight\w*|proportion\w*|more than|less than|bigger|smaller|by room|"
        r"one person pays|pays more|pays less|fair)\b",
    ),
    _s(
        "discount",
        (
            r"\b(?:discount\w*|sale price|(?:percent|%|per cent) off|money off|off the price|"
            r"take \d+ ?(?:%|percent) off|reduced|reduction|markdown|marked down)\b|%\s*off\b",
        ),
        "A price with a percentage taken off, rounded to the penny",
        """
def discounted(price, percent_off):
    return round(price * (1 - percent_off / 100), 2)

print(discounted(24.00, 15))
print(discounted(3.40, 10))
""",
    ),
    _s(
        "add-percent",
        (
            r"\b(?:add|adds|adding|plus|on top|increase|increases|increasing|mark ?up|markup|"
            r"tip|tips|service charge|uplift|raise|put up)\b",
            r"\b(?:percent(?:age)?|per cent)\b|%|\btip\b|\bservice charge\b|\bmark ?up\b",
        ),
        "A percentage added on top (a tip, a markup, a pay rise), rounded to the penny",
        """
def add_percent(amount, percent):
    return round(amount * (1 + percent / 100), 2)

print(add_percent(86.40, 12.5))  # a 12.5% service charge
print(add_percent(3.40, 5))      # a 5% price rise
""",
    ),
    _s(
        "round-nearest",
        (
            r"\b(?:round|rounds|rounding|rounded|roundup|round up|round down)\b",
            r"\b(?:nearest|closest|to the \d|to \d+p|multiple|5p|10p|20p|50p|0\.05|0\.5|"
            r"five|ten|fifty|quarter|half)\b",
        ),
        "Rounding to the nearest 5p (or any step: 0.10, 0.50, 10), halves rounded up",
        """
from decimal import Decimal, ROUND_HALF_UP

def round_to(amount, step="0.05"):
    step = Decimal(step)
    steps = (Decimal(str(amount)) / step).quantize(Decimal("1"), ROUND_HALF_UP)
    return steps * step

print(round_to(3.42))         # nearest 5p
print(round_to(3.47, "0.10"))  # nearest 10p
print(round_to(1234, "10"))    # nearest 10
""",
    ),
    _s(
        "transpose-chords",
        (
            r"\b(?:transpose\w*|chords?|semitones?|half ?steps?|capo|key change|change (?:the )?"
            r"key|notes? up|notes? down)\b",
        ),
        "Chords moved up by semitones (a tone is 2; use minus to go down), sharps or flats kept",
        """
SHARPS = ["C", "C#", "D", "D#", "E", "F", "F#", "G", "G#", "A", "A#", "B"]
FLATS = ["C", "Db", "D", "Eb", "E", "F", "Gb", "G", "Ab", "A", "Bb", "B"]

def transpose(chord, semitones):
    root = chord[:2] if chord[1:2] in ("#", "b") else chord[:1]
    names = FLATS if "b" in root else SHARPS
    i = names.index(root)
    return names[(i + semitones) % 12] + chord[len(root):]

print([transpose(c, 2) for c in ["C", "G", "Am", "F"]])
print([transpose(c, -1) for c in ["Bb", "F#m", "D7"]])
""",
    ),
    _s(
        "pace",
        (
            r"\b(?:pace|paces|min(?:ute)?s? per (?:km|k|kilometre|kilometer|mile)|per (?:km|k|"
            r"mile|kilometre|kilometer)|min/km|min/mile|split times?)\b",
        ),
        "Pace per km and per mile from a distance and a finishing time",
        """
def pace(km, time):
    h, m, s = (int(x) for x in time.split(":"))
    minutes, seconds = divmod(round((h * 3600 + m * 60 + s) / km), 60)
    return f"{minutes}:{seconds:02d}"

print("per km:", pace(5, "0:31:15"))
print("per mile:", pace(5 / 1.609344, "0:31:15"))
""",
    ),
    _s(
        "km-miles",
        (
            r"\b(?:km|kms|k|kilometres?|kilometers?|kilometre|metres?|meters?)\b",
            r"\bmiles?\b",
        ),
        "Kilometres to miles and back",
        """
KM_PER_MILE = 1.609344

def to_miles(km):
    return km / KM_PER_MILE

def to_km(miles):
    return miles * KM_PER_MILE

print(f"5 km = {to_miles(5):.2f} miles")
print(f"26.2 miles = {to_km(26.2):.1f} km")
""",
        unless=r"\b(?:mpg|gallons?|litres?|liters?|per gallon)\b",
    ),
    _s(
        "celsius-fahrenheit",
        (
            r"\b(?:celsius|centigrade|fahrenheit|°c|°f|degrees? [cf]|temperatures?)\b",
            # A unit or converting said: "log the temperatures in my greenhouse" is no converter.
            r"\b(?:convert\w*|conversion|celsius|centigrade|fahrenheit|°c|°f|degrees? [cf]|"
            r"(?:in|to|into) [cf])\b",
        ),
        "Celsius to Fahrenheit and back",
        """
def to_f(c):
    return c * 9 / 5 + 32

def to_c(f):
    return (f - 32) * 5 / 9

print(f"180°C = {to_f(180):.0f}°F")
print(f"350°F = {to_c(350):.0f}°C")
""",
    ),
    _s(
        "kg-lb",
        (
            r"\b(?:kg|kgs|kilos?|kilograms?|lbs?|pounds? (?:in|to|and|into) (?:kg|kilo)|stones?|"
            r"ounces?|oz|grams? (?:to|into|in) (?:oz|ounces))\b",
            # The other unit, or converting, said: "watts and weight in kg into w/kg" is no
            # conversion to pounds.
            r"\b(?:lbs?|pounds?|stones?|ounces?|oz|convert\w*|conversion)\b",
        ),
        "Kilograms to pounds, and to stones and pounds",
        """
LB_PER_KG = 2.20462262

def to_lb(kg):
    return kg * LB_PER_KG

def to_stone(kg):
    stone, lb = divmod(round(to_lb(kg)), 14)
    return f"{stone} st {lb} lb"

print(f"23 kg = {to_lb(23):.1f} lb")
print(f"72 kg = {to_stone(72)}")
""",
        # A rate per kilo ("watts per kg", "£4 a kilo", "0.5 kg a week") is no conversion.
        unless=r"\b(?:per|a|an) (?:kg|kgs|kilos?|kilograms?)\b|/ ?(?:kg|kilo)\b|\bw ?/ ?kg\b|"
        r"\bwatts?\b|\b(?:kg|kgs|kilos?) (?:per|a|an|/) ?(?:week|month|day|year)\b",
    ),
    _s(
        "streaks",
        (
            r"\b(?:in a row|consecutive\w*|back to back|back-to-back|streaks?|on the trot|"
            r"run of|runs of|straight (?:days|nights|shifts))\b",
        ),
        "Runs of consecutive dates (nights, shifts, days trained), the ones over 3 flagged",
        """
from datetime import date, timedelta

nights = [date(2026, 12, d) for d in (1, 2, 3, 4, 8, 9, 12, 13, 14)]

runs = [[nights[0]]]
for day in nights[1:]:
    if day - runs[-1][-1] == timedelta(days=1):
        runs[-1].append(day)
    else:
        runs.append([day])
for run in runs:
    flag = "  <- over 3!" if len(run) > 3 else ""
    print(f"{run[0]:%d %b} to {run[-1]:%d %b}: {len(run)} in a row{flag}")
""",
        # "a rota, nobody does more than 2 days in a row" asks for the rota
        r"\b(?:does|do|make|makes|build|generate|write|plan|sort|draw up)\s+(?:up\s+)?(?:the |a |"
        r"our )?(?:rotas?|rosters?)\b",
    ),
    _s(
        "date-add",
        (
            r"\b(?:dates?|sow|sowed|sown|sowing|planted|plant|started|start|due|expir\w*|"
            r"today|booked|ordered|posted)\b",
            r"\b(?:\d+|x|n|the|a number of|number of|so many) (?:days?|weeks?)\b",
            r"\b(?:harvest\w*|ready|due|expiry|expires|deadline|end date|finish date|later|"
            r"after|add|adds|adding|plus|on from|return date|renewal)\b",
        ),
        "A date plus a number of days: when it's ready, due or ends",
        """
from datetime import date, timedelta

def ready_on(start, days):
    return start + timedelta(days=days)

sown = date(2026, 4, 12)
for crop, days in {"radish": 28, "carrots": 75, "squash": 110}.items():
    print(crop, ready_on(sown, days).strftime("%a %d %b %Y"))
""",
        unless=r"\bhow many\b",
    ),
    _s(
        "rota",
        (
            r"\b(?:rota|rotas|roster|rosters|round[- ]?robin|rotate|rotates|rotating|rotation|"
            r"whose turn|take turns|taking turns|in turn|turn about)\b",
        ),
        "A rota that goes round the people in turn, week by week",
        """
from datetime import date, timedelta
from itertools import cycle

people = ["jess", "kit", "lena", "omar"]
jobs = ["bins", "bathroom", "kitchen"]

start = date(2026, 12, 7)  # a Monday
for week in range(4):
    day = start + timedelta(weeks=week)
    turn = people[week:] + people[:week]
    pairs = ", ".join(f"{job}: {who}" for job, who in zip(jobs, cycle(turn)))
    print(day.strftime("%d %b"), "-", pairs)
""",
        unless=r"\b(?:random\w*|average|faster|slower|improv\w*|pick\w*|e-?mails?|texts?|"
        r"whatsapp)\b",
    ),
    _s(
        "age",
        (
            r"\b(?:age|ages|how old|birthday|birthdays|born|date of birth|dob|birth ?date)\b",
            r"\b(?:age|ages|how old|years? old|turn(?:s|ing)?)\b",
        ),
        "Someone's age today from their date of birth",
        """
from datetime import date

def age(born, today=None):
    today = today or date.today()
    before_birthday = (today.month, today.day) < (born.month, born.day)
    return today.year - born.year - before_birthday

print(age(date(1990, 6, 14), today=date(2026, 12, 3)))
print(age(date(2012, 12, 25), today=date(2026, 12, 3)))
""",
    ),
    _s(
        "days-until",
        (
            r"\b(?:days?|weeks?|sleeps)\b(?:\W+\w+){0,3}?\W+(?:until|till|til|to go|left|"
            r"before|since|away)\b|\bcount ?down (?:to|till|until)\b|\bhow long "
            r"(?:until|till|til|to go|before|since)\b|\bdate difference\b|\bdifference between "
            r"(?:two )?dates\b",
        ),
        "Days to go until a date (or since one: the number comes out negative)",
        """
from datetime import date

def days_until(day, today=None):
    return (day - (today or date.today())).days

today = date(2026, 12, 3)
print(days_until(date(2026, 12, 25), today), "days to Christmas")
print(days_until(date(2027, 7, 17), today) // 7, "weeks to the wedding")
""",
    ),
    _s(
        "secret-santa",
        (
            r"\b(?:secret santa|kris kringle|secret gift|gift swap|gift exchange|names? (?:out of|"
            r"from) (?:a|the) hat|pull names|draw names|who buys for (?:who|whom))\b",
        ),
        "A Secret Santa draw where nobody gets themselves",
        """
import random

def secret_santa(names):
    givers = list(names)
    while True:
        takers = random.sample(givers, len(givers))
        if all(g != t for g, t in zip(givers, takers)):
            return dict(zip(givers, takers))

for giver, taker in secret_santa(["ana", "ben", "cy", "dee", "eli"]).items():
    print(f"{giver} buys for {taker}")
""",
    ),
    _s(
        "random-pairs",
        (
            r"\b(?:pairs?|pair up|pairing|pairings|partners?|partner up|buddies|buddy up|"
            r"twos|doubles)\b",
        ),
        "Random pairs from a list of names (with an odd number, the last pair is a three)",
        """
import random

def pairs(names):
    names = random.sample(names, len(names))
    groups = [names[i:i + 2] for i in range(0, len(names), 2)]
    if len(groups) > 1 and len(groups[-1]) == 1:
        odd_one = groups.pop()
        groups[-1] += odd_one
    return groups

for pair in pairs(["ana", "ben", "cy", "dee", "eli"]):
    print(" & ".join(pair))
""",
        unless=r"\b(?:swiss|round|rounds|fixtures?|tournament|league|ladder|elo|rating)\b",
    ),
    _s(
        "random-teams",
        (
            r"\b(?:teams?|sides|squads?|groups|tables)\b",
            r"\b(?:random\w*|shuffle\w*|split|splits|divide|divides|pick|picks|make|sort|put|"
            r"even|fair|mix|allocate|assign)\b",
        ),
        "Random teams, as even as the numbers allow",
        """
import random

def teams(names, how_many):
    names = random.sample(names, len(names))
    return [names[i::how_many] for i in range(how_many)]

players = ["ana", "ben", "cy", "dee", "eli", "fay", "gus"]
for n, team in enumerate(teams(players, 2), 1):
    print(f"team {n}: {', '.join(team)}")
""",
        unless=r"\b(?:(?:groups?|tables?|lots|sets|batch(?:es)?|cars?|rows?) of \d+|batch(?:es)?|"
        r"chunks?|\d+ (?:at a time|per (?:group|table|car|page|batch)))\b",
    ),
    _s(
        "duplicates",
        (
            r"\b(?:duplicate\w*|dupes?|dups|more than once|doubled up|double entries|on (?:it|"
            r"there|the list|twice) twice|(?:same|a) (?:name|one|thing|entry|number|person) "
            r"(?:twice|again|more than once)|appears? twice|listed twice|signed up twice)\b",
        ),
        "The names that appear more than once, and the list with each kept once, in order",
        """
from collections import Counter

names = ["rosa", "dev", "Rosa", "kim", "dev", "sam"]

seen = Counter(n.strip().lower() for n in names)
print("twice or more:", [n for n, c in seen.items() if c > 1])
print("each once:", list(dict.fromkeys(n.strip().lower() for n in names)))
""",
        unless=r"\b(?:random\w*|draws?|winners?|raffle|pick\w*|no ?one twice|nobody twice|"
        r"without repeats)\b",
    ),
    _s(
        "sort-names",
        (
            r"\b(?:sort\w*|alphabetic\w*|a-z|a to z|abc order|order)\b",
            r"\b(?:names?|surnames?|words?|list|people|members|songs|titles|books)\b",
        ),
        "Names sorted alphabetically, capitals or not, and by surname",
        """
names = ["sue Patel", "Ben Okafor", "nadia Ali", "Tom ashworth"]

print(sorted(names, key=str.lower))
print(sorted(names, key=lambda n: n.split()[-1].lower()))
""",
        # A list of dicts sorted by a key is the FAQ's (python-sort-dicts), not names.
        unless=r"\b(?:dates?|oldest|newest|earliest|latest|chronolog\w*|dicts?|dictionar\w*)\b",
    ),
    _s(
        "word-count",
        (
            r"\bword ?count\b|\bcount\w* (?:the |all the )?(?:words|characters|letters)\b|"
            r"\bhow many (?:words|characters|letters)\b|\bnumber of (?:words|characters|letters)\b",
        ),
        "Words, characters and the commonest words of a text",
        """
from collections import Counter
import re

text = "The cat sat on the mat. The mat was warm!"

words = re.findall(r"[a-z']+", text.lower())
print(len(words), "words,", len(text), "characters")
print(Counter(words).most_common(2))
""",
    ),
    _s(
        "min-max",
        (
            r"\b(?:highest|lowest|biggest|smallest|largest|max|min|maximum|minimum|top score|"
            r"best score|worst score|best time|worst time|fastest|slowest|most|least)\b",
        ),
        "The highest and lowest, who had them, and the average",
        """
scores = {"ana": 42, "ben": 37, "cy": 51, "dee": 29}

best = max(scores, key=scores.get)
worst = min(scores, key=scores.get)
print(f"highest: {best} {scores[best]}, lowest: {worst} {scores[worst]}")
print(f"average: {sum(scores.values()) / len(scores):.1f}")
""",
    ),
    _s(
        "savings",
        (
            r"\b(?:interest|compound\w*|savings?|saving up|save up|isa|invest\w*|grow|grows|"
            r"growth)\b",
            r"\b(?:interest|compound\w*|savings?|save|saving|isa|invest\w*|per cent|percent|%|"
            r"rate|a month|per month|monthly|each month|every month|years?)\b",
        ),
        "Savings growing with compound interest and a monthly top-up",
        """
def savings(start, monthly, yearly_rate, years):
    balance = start
    for month in range(years * 12):
        balance = balance * (1 + yearly_rate / 100 / 12) + monthly
    return round(balance, 2)

print(savings(1000, 50, 4, 5))
print(savings(0, 100, 0, 2))
""",
        unless=r"\b(?:loan|mortgage|repay\w*|borrow\w*)\b",
    ),
    _s(
        "loan",
        (r"\b(?:loan|loans|mortgage|mortgages|repayments?|repay|borrow\w*|monthly payments?)\b",),
        "The monthly repayment on a loan or mortgage",
        """
def monthly_payment(amount, yearly_rate, years):
    r, n = yearly_rate / 100 / 12, years * 12
    if r == 0:
        return round(amount / n, 2)
    return round(amount * r / (1 - (1 + r) ** -n), 2)

print(monthly_payment(10000, 6, 5))
print(monthly_payment(2400, 0, 2))
""",
    ),
    _s(
        "chunks",
        (
            r"\b(?:chunks?|batch(?:es)?|(?:groups?|tables?|lots|sets|cars?|rows?) of \d+|"
            r"\d+ at a time|"
            r"\d+ (?:per|a|each) (?:group|table|car|page|batch|box|van|room|row|line))\b|"
            r"\bsplit (?:a |the |my |our )?(?:list|names|people|\w+) into (?:groups|batches|"
            r"chunks|lots)\b",
        ),
        "A list cut into groups of a given size, in order (the last may be smaller)",
        """
def chunks(items, size):
    return [items[i:i + size] for i in range(0, len(items), size)]

guests = ["ana", "ben", "cy", "dee", "eli", "fay", "gus"]
for n, table in enumerate(chunks(guests, 3), 1):
    print(f"table {n}: {', '.join(table)}")
""",
    ),
    _s(
        "blanks",
        (
            r"\b(?:blank|blanks|empty|empties|whitespace|white space|spaces)\b",
            r"\b(?:lines?|rows?|entries|entry|strings?|cells?|items?|list|remove|strip|"
            r"get rid|delete|clean|tidy|drop)\b",
        ),
        "Blank entries dropped and stray spaces trimmed",
        """
raw = ["  ana ", "", "ben", "   ", "cy  ", None, "dee"]

clean = [s.strip() for s in raw if s and s.strip()]
print(clean)
""",
    ),
    _s(
        "capitalise",
        (
            r"\b(?:capitali[sz]\w*|capital letters?|capitals|title case|proper case|upper ?case|"
            r"lower ?case|caps)\b",
        ),
        "Names tidied to capitals, with Mc, O' and double-barrelled names kept right",
        """
import re

def tidy(name):
    name = " ".join(name.split()).title()
    return re.sub(r"\\bMc(\\w)", lambda m: "Mc" + m.group(1).upper(), name)

for n in ["  jo mcdonald", "SEAN o'brien", "anne-marie smith"]:
    print(tidy(n))
""",
    ),
    _s(
        "shift-hours",
        (
            r"\b(?:shifts?|hours worked|hours (?:i|we|they|she|he) worked|clock(?:ed)? in|"
            r"clock(?:ed)? out|start and (?:end|finish) times?|overtime|hours? between)\b",
        ),
        "Hours worked from start and finish times (past midnight too), less a break, and the pay",
        """
from datetime import datetime, timedelta

def hours(start, end, break_mins=0):
    t0, t1 = (datetime.strptime(t, "%H:%M") for t in (start, end))
    if t1 <= t0:
        t1 += timedelta(days=1)  # a night shift
    return (t1 - t0 - timedelta(minutes=break_mins)).total_seconds() / 3600

print(hours("07:30", "15:45", break_mins=30))
night = hours("19:00", "07:30", break_mins=60)
print(f"{night} hours, £{night * 12.21:.2f} at £12.21 an hour")
""",
        unless=r"\b(?:csv|column|columns|spreadsheet)\b",
    ),
    _s(
        "durations",
        (
            r"\b(?:minutes|mins|seconds|secs|hh:mm|mm:ss|h:mm|durations?|lap times?|split times?|"
            r"song lengths?|run times?)\b|\b\d+:\d\d\b",
            r"\b(?:convert\w*|turn\w*|into|in minutes|to minutes|add\w* (?:them |it )?up|total|"
            r"sum|altogether|how long|length)\b",
        ),
        "Times like 3:25 turned into seconds, added up and shown as minutes and seconds",
        """
def seconds(t):
    total = 0
    for part in t.split(":"):
        total = total * 60 + int(part)
    return total

songs = ["3:25", "4:10", "2:58", "5:02"]
total = sum(seconds(s) for s in songs)
print(f"{total} s = {total // 60}:{total % 60:02d}, or {total / 60:.1f} minutes")
""",
    ),
    _s(
        "timer",
        (r"\b(?:timer|countdown|count down|count-down|stopwatch|egg timer|beep|alarm)\b",),
        "A countdown timer in the terminal (set `SECONDS`)",
        """
import time

SECONDS = 3

for left in range(SECONDS, 0, -1):
    print(f"{left // 60:02d}:{left % 60:02d}")
    time.sleep(1)
print("time's up!")
""",
    ),
    _s(
        "dice",
        (r"\b(?:dice|die|\d*d(?:4|6|8|10|12|20|100)|roll|rolls|rolling|roller)\b",),
        "Dice in the usual notation (2d6+3, d20), and a d20 rolled with advantage",
        """
import random
import re

def roll(spec):
    count, sides, plus = re.fullmatch(r"(\\d*)d(\\d+)([+-]\\d+)?", spec.replace(" ", "")).groups()
    dice = [random.randint(1, int(sides)) for _ in range(int(count or 1))]
    return dice, sum(dice) + int(plus or 0)

print(roll("2d6+3"))
print(roll("d20"))
advantage = [random.randint(1, 20) for _ in range(2)]
print("advantage:", advantage, "take", max(advantage))
""",
    ),
    _s(
        "quiz",
        (
            r"\b(?:quiz(?:zes|zing|es)? (?:me|us|you|myself)|test(?:s|ing)? (?:me|us|myself)|"
            r"flash ?cards?|asks? me|revision|revise|revising|memori[sz]e|learn (?:the|my))\b",
        ),
        "A quiz that asks in random order, keeps score and lists the ones you got wrong",
        """
import random

answers = {"Na": "sodium", "K": "potassium", "Fe": "iron", "Cu": "copper"}

wrong = []
for q in random.sample(list(answers), len(answers)):
    if input(f"{q}? ").strip().lower() != answers[q]:
        wrong.append(f"{q} is {answers[q]}")
print(f"score: {len(answers) - len(wrong)}/{len(answers)}")
print("got wrong:", ", ".join(wrong) or "none")
""",
    ),
    _s(
        "password",
        (r"\b(?:passwords?|passphrases?|pass codes?|pin codes?|random codes?)\b",),
        "A random password with the `secrets` module (safe for passwords, unlike `random`)",
        """
import secrets
import string

def password(length=14):
    alphabet = string.ascii_letters + string.digits + "!?#%"
    return "".join(secrets.choice(alphabet) for _ in range(length))

print(len(password()), len(password(20)))
""",
    ),
    _s(
        "scale-recipe",
        (r"\b(?:recipes?|ingredients?|servings?|serves|portions?|scale (?:up|down))\b",),
        "A recipe scaled from the servings it makes to the servings you need",
        """
recipe = {"flour g": 250, "butter g": 125, "eggs": 2, "milk ml": 150}

def scale(recipe, serves, wanted):
    return {item: round(qty * wanted / serves, 1) for item, qty in recipe.items()}

for item, qty in scale(recipe, serves=4, wanted=10).items():
    print(item, qty)
""",
    ),
)

_WORD = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=1)
def _vocabulary() -> frozenset[str]:
    """The words the snippets' cues say outright, long enough to be read across a typo."""
    said = " ".join(c for s in SNIPPETS for c in s.cues)
    return frozenset(w for w in re.findall(r"[a-z]{5,}", said))


def _one_less(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def _swapped(word: str) -> set[str]:
    return {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}


@lru_cache(maxsize=1)
def _near() -> dict[str, frozenset[str]]:
    """Each cue word under itself with a letter left out, and with two letters swapped."""
    near: dict[str, set[str]] = {}
    for word in _vocabulary():
        for key in (word, *_one_less(word), *_swapped(word)):
            near.setdefault(key, set()).add(word)
    return {k: frozenset(v) for k, v in near.items()}


def _read(text: str) -> str:
    """`text` lower-cased, a word a typo off a cue's word read as that word: a letter left out
    ("rouding"), one too many ("rotta"), two swapped ("trasnpose"); never a letter changed,
    which makes other words ("chores" is no "chords")."""
    text = text.lower()
    vocabulary, near = _vocabulary(), _near()

    def spelt(match: re.Match) -> str:
        word = match.group()
        if len(word) < 5 or word in vocabulary:
            return word
        found = set(near.get(word, ())) | {w for key in _one_less(word) if (w := key) in vocabulary}
        found = {w for w in found if w[0] == word[0] and len(w) >= 5}
        return min(found, key=lambda w: (len(w), w)) if found else word

    return _WORD.sub(spelt, text)


# The data a request shows ("like ['C','G','Am','F']") is read as data, not as what it asks.
_SHOWN = re.compile(r"\[[^\]]*\]|\{[^}]*\}")


def snippet_for(text: str) -> Snippet | None:
    """The snippet `text` asks for: the first whose cues are all met and nothing it leaves to
    another is said, or None."""
    said = _read(_SHOWN.sub(" ", text))
    for snippet in SNIPPETS:
        if snippet.unless and re.search(snippet.unless, said):
            continue
        if all(re.search(cue, said) for cue in snippet.cues):
            return snippet
    return None


def snippet_reply(snippet: Snippet, to: str = "") -> str:
    """The reply that writes `snippet` out: its opening words, then the program."""
    return f"Here you go{to}. {snippet.intro}:\n```python\n{snippet.code}\n```"


# The Python pieces a request for an unknown program would take, by the words it says.
BLOCKS: tuple[tuple[str, str], ...] = (
    (r"\b(?:random\w*|shuffle\w*|draw|raffle|lottery)\b", "`random.shuffle()`/`random.sample()`"),
    (r"\b(?:dates?|days?|weeks?|months?|calendar|birthdays?|deadlines?)\b", "`datetime.date`"),
    (r"\b(?:csv|spreadsheet|excel|sheet|columns?|rows?)\b", "`csv.DictReader`"),
    (r"\b(?:files?|folders?|txt|text file)\b", "`open()` and `pathlib.Path`"),
    (r"\b(?:count|counts|counting|tally|how many|frequency)\b", "`collections.Counter`"),
    (
        r"\b(?:sort|sorted|sorting|order|rank|ranking|league table|\w+sort)\b",
        "`sorted(..., key=...)`",
    ),
    (
        r"\b(?:pairings?|matchups?|fixtures?|tournament|every combination|combinations?|"
        r"everyone plays everyone)\b",
        "`itertools.combinations()`",
    ),
    (r"\b(?:emails?|e-mails?)\b", "`smtplib` with `email.message.EmailMessage`"),
    (r"\b(?:websites?|web ?pages?|urls?|scrape|download)\b", "`urllib.request.urlopen()`"),
    (r"\bjson\b", "`json.load()`"),
    (r"\b(?:totals?|sum|add up|adds up)\b", "`sum()`"),
    (r"\b(?:averages?|mean|median)\b", "`statistics.mean()`"),
    (r"\b(?:words?|letters?|text|sentences?)\b", "`str.split()`"),
    (r"\b(?:remind\w*|every (?:hour|minute|day)|wait|timer|sleep)\b", "`time.sleep()`"),
)


def building_blocks(text: str) -> list[str]:
    """At most three Python pieces `text`'s words call for, in the order of `BLOCKS`."""
    said = _read(_SHOWN.sub(" ", text))
    return [block for pattern, block in BLOCKS if re.search(pattern, said)][:3]


def _listed(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def no_snippet_reply(text: str, to: str = "") -> str:
    """Said to a request for code it has no snippet for: honestly so, and the pieces it would
    take, or the kind of thing it can write."""
    blocks = building_blocks(text)
    if blocks:
        return (
            f"I can't write a snippet for that one{to}: I have none ready, and I'd rather not "
            f"hand you untested code. The Python it would take: {_listed(blocks)}."
        )
    return (
        f"I can't write a snippet for that one{to}: I have none ready. I write small everyday "
        "ones: ask me for Python to split a bill, pick random teams or work out VAT."
    )


# Asked of the program it just wrote: "can it also do advantage", "can it keep score and tell me
# the ones i got wrong at the end".
FOLLOW_UP = folded(
    r"^\W*(?:(?:nice|cool|great|ok|okay|thanks|thank you|ta|perfect|amazing|brill|lol|wow|"
    r"and|also|but|so)\W+)*(?:can|could|would|will|does|do|is|make|what if|how do i make|how "
    r"would i make|now make|now can) (?:it|this|that|the (?:script|program|code|snippet))\b",
    re.IGNORECASE,
)
# Words of a follow-up that name no part of a program.
_ASKED_NOTHING = frozenset(
    """
    also nice cool great okay thanks perfect amazing brill both show tell then that this with
    like make keep does just even still well what when where which there their them they have
    give gives into from your mine ones some more less same each every time times twice once
    could would will should work works script program code snippet python please thing things
    """.split()  # noqa: SIM905 (a word list reads better as text)
)


def written_before(said: str) -> Snippet | None:
    """The snippet a reply of the house bot's wrote out, or None."""
    return next((s for s in SNIPPETS if f"```python\n{s.code}\n```" in said), None)


def follow_up_reply(text: str, snippet: Snippet, to: str = "") -> str:
    """Said to a follow-up about `snippet`, just written: the lines of it that do what is asked
    ("advantage", "score", "wrong") when it does it already, else honestly that it does not."""
    asked = {w for w in re.findall(r"[a-z]{4,}", text.lower()) if w not in _ASKED_NOTHING}
    lines = snippet.code.splitlines()
    found: set[int] = set()
    for word in asked:
        meets = [i for i, line in enumerate(lines) if word[:5] in line.lower()]
        if len(meets) <= 4:
            found.update(meets)
    whole: set[int] = set()
    for i in sorted(found):
        if lines[i].startswith("def "):
            # A function met is shown whole; any other line met on its own, unindented.
            ends = (j for j in range(i + 1, len(lines)) if not lines[j].startswith(" "))
            whole.update(range(i, next(ends, len(lines))))
    if found:
        shown = "\n".join(
            lines[i] if i in whole else lines[i].strip() for i in sorted(found | whole)
        )
        return f"It does that already{to}; these are the lines:\n```python\n{shown}\n```"
    blocks = building_blocks(text)
    if blocks:
        return (
            f"That one doesn't do that{to}, and I'd rather not change it untested; the Python it "
            f"would take: {_listed(blocks)}."
        )
    return (
        f"That one doesn't do that{to}, and I'd rather not change it untested. Ask me for the "
        "new part on its own and I'll say which Python does it."
    )
