"""Plain facts anyone would just say (easy39): a country's capital, and a few well-known firsts.

"what's the capital of australia", "who was the first person on the moon": a persona (or the
house bot) says the fact plainly, in its voice, never "my knowledge ends at the laboratory
door". Only what the tables hold is said, read by a dict lookup of the country named or a short
pattern of the first asked; anything else ("the capital of our project", "what was the capital of
germany in 1980") is no fact here, and keeps its reply.

`fact(text)` gives the fact as a sentence, or None. For the house bot, `house_fact(text, to)` adds
its own few answers too (something interesting taught, the meaning of life, its weather)."""

from __future__ import annotations

import random
import re
from functools import lru_cache
from pathlib import Path

CAPITALS_FILE = Path(__file__).with_name("capitals.tsv")

# Countries said with "the" ("the Netherlands"), and the small words never capitalised.
WITH_THE = frozenset(
    """united kingdom;united states;netherlands;philippines;bahamas;gambia;maldives;marshall
    islands;seychelles;solomon islands;united arab emirates;czech republic;dominican republic;
    central african republic;democratic republic of the congo;republic of the congo""".replace(
        "\n    ", " "
    ).split(";")
)
SMALL = frozenset({"and", "the", "of"})


def _titled(country: str) -> str:
    """`country` as it is written ("Bosnia and Herzegovina", "Guinea-Bissau", "the Netherlands")."""
    words = [
        word if word in SMALL else "-".join(part[:1].upper() + part[1:] for part in word.split("-"))
        for word in country.split()
    ]
    return ("the " if country in WITH_THE else "") + " ".join(words)


@lru_cache(maxsize=1)
def capitals() -> dict[str, tuple[str, str]]:
    """Each name a country goes by (lower case), with its name as written and its capital."""
    table: dict[str, tuple[str, str]] = {}
    for line in CAPITALS_FILE.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        country, capital, *others = line.split("\t")
        for called in (country, *others):
            table[called] = (_titled(country), capital)
    return table


# "what's the capital of australia", "capital city of peru?", "do you know the capital of
# canada", "australia's capital?": the country read to the end of the question, then looked up.
TAIL = r"(?:,? (?:again|please|then|btw|anyone|exactly|do you know|mate|lol))*\s*(?:[?!.]|$)"
CAPITAL_ASKED = re.compile(
    r"(?:^|\b(?:what|whats|what's|what is|which|do you know|tell me|name|know)\b[^?!.]{0,25}?)"
    r"\b(?:the )?capital(?: city)? of (?:the )?(?P<of>[a-zàâçéèêëîïôûùüÿñæœãõí' .-]+?)(?: is)?"
    + TAIL
    + r"|^(?:(?:what|whats|what's|what is) )?(?:the )?(?P<own>[a-zàâçéèêëîïôûùüÿñæœãõí' .-]+?)'?s "
    r"capital(?: city)?(?: is)?" + TAIL
)
# A capital of the past or of a thing asked ("what was the capital of germany before berlin"), or
# a capital told of or weighed ("what do you think of the capital of france", "i live in ...").
NOT_NOW = re.compile(
    r"\b(?:was|were|used to|before|old|former|ancient|in \d{3,4}|think|like|love|hate|visit\w*|"
    r"been|going|went|live|living|moving|move|favourite|best|prettiest|why)\b"
)

# A few well-known firsts, each with the pattern of its question: what is sure, said short. Each
# is read to the end of the question, fillers aside: a first with more after it ("the first
# president to be assassinated", "everest without oxygen", "the channel both ways") is another
# first, so no answer.
FIRST = r"\bwho (?:was|were|is) (?:the )?(?:very )?first "
FIRST_END = r"(?: ever| in history| of all time)?" + TAIL
# Whoever did it first, never a first woman or a first Briton (their own firsts, not these).
ANYONE = r"(?:(?:person|man|men|human|people|one|guy|astronaut|cosmonaut|climber|swimmer) )?"
FIRSTS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern + FIRST_END), answer)
    for pattern, answer in (
        (
            FIRST + ANYONE + r"(?:to )?(?:walk |land |step |set foot |stand )?on the moon\b",
            "Neil Armstrong, in July 1969, with Buzz Aldrin just after him.",
        ),
        (
            FIRST + r"(?:woman|lady|female) (?:to go |to fly )?(?:in|into) space\b",
            "Valentina Tereshkova, in June 1963.",
        ),
        (
            FIRST + r"(?:person|man|human|astronaut|cosmonaut) (?:to go |to fly )?(?:in|into) "
            r"space\b",
            "Yuri Gagarin, in April 1961.",
        ),
        (
            FIRST + ANYONE + r"(?:to )?(?:climb|reach the top of|get to the top of|summit|conquer) "
            r"(?:mount |mt\.? )?everest\b",
            "Edmund Hillary and Tenzing Norgay, in May 1953.",
        ),
        (
            FIRST + ANYONE + r"(?:to )?(?:reach|get to) the south pole\b",
            "Roald Amundsen and his party, in December 1911.",
        ),
        (
            FIRST
            + ANYONE
            + r"(?:to )?(?:run|break) (?:a |the )?(?:mile in under four minutes|sub[- ]"
            r"(?:4|four)[- ]minute mile|four[- ]minute mile)\b",
            "Roger Bannister, in May 1954.",
        ),
        (
            FIRST + ANYONE + r"(?:to )?swim (?:across )?the (?:english )?channel\b",
            "Captain Matthew Webb, in 1875.",
        ),
        (
            FIRST + ANYONE + r"(?:to fly a plane|to fly an aeroplane|to fly an airplane|to make a "
            r"powered flight|powered flight)\b",
            "The Wright brothers, Orville and Wilbur, at Kitty Hawk in December 1903.",
        ),
        (
            FIRST + r"president of (?:the )?(?:united states(?: of america)?|usa|us|america)\b",
            "George Washington, from 1789.",
        ),
        (
            FIRST + r"(?:female |woman )prime minister of (?:the uk|britain|great britain|the "
            r"united kingdom|england)\b",
            "Margaret Thatcher, from 1979.",
        ),
    )
)


# A fortune asked of as a hypothetical of the one asked: "what would you do with a million quid",
# "if you won the lottery what would you buy"; answered from its own life (`#windfall`).
FORTUNE = r"(?:million|millions|billion|fortune|lottery|lotto|euromillions|jackpot|windfall)"
FORTUNE_SAID = re.compile(rf"\b(?:rich|a millionaire|{FORTUNE})\b")
WINDFALL_ASKED = re.compile(
    rf"\bwhat (?:would|will|'?d|wud) (?:you|u) (?:do|spend|buy|get)\b[^?!.]{{0,30}}\b{FORTUNE}\b"
    rf"|\bif (?:you|u) (?:won|had|got|inherited|came into) (?:the |a )?(?:\w+ )?{FORTUNE}\b"
    r"[^.!]{0,40}\bwhat\b"
    r"|\bwhat (?:would|'?d) (?:you|u) do if (?:you|u) (?:won|had|got|were|inherited) (?:the |a )?"
    rf"(?:\w+ )?(?:rich|a millionaire|{FORTUNE})\b"
)


# A fortune owed is no windfall: "what would you do with a million pounds of debt".
OWED = re.compile(
    r"\b(?:debts?|indebted|owe|owed|owes|owing|loans?|mortgages?|overdraft|arrears|"
    r"fines?|lost|losing|lose)\b"
)


def windfall_asked(text: str) -> bool:
    """Whether `text` asks what the one asked would do with a fortune (not a fortune owed)."""
    said = _said(text)
    return bool(FORTUNE_SAID.search(said) and WINDFALL_ASKED.search(said) and not OWED.search(said))


def _said(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").replace("@", " @").split())


@lru_cache(maxsize=512)
def fact(text: str) -> str | None:
    """The plain fact `text` asks (a country's capital, a well-known first), or None."""
    said = _said(re.sub(r"@\w+", " ", text))
    if "capital" in said and not NOT_NOW.search(said):
        asked = CAPITAL_ASKED.search(said)
        country = asked and (asked.group("of") or asked.group("own"))
        called = country and country.strip(" .'")
        if called and asked and said[: asked.start(asked.lastgroup or "of")].endswith("the "):
            # "the us" is a key as said, with its "the" ("us" alone is not one)
            called = "the " + called if "the " + called in capitals() else called
        if called and (found := capitals().get(called)):
            name, capital = found
            if " is " in capital:
                return f"In {name}, {capital}."
            return f"The capital of {name} is {capital}".rstrip(".") + "."
    if "first" in said:
        for asked_first, answer in FIRSTS:
            if asked_first.search(said):
                return answer
    return None


# The house bot's own few: something true and interesting taught, the meaning of life, and the
# weather where it is.
TEACH_ASKED = re.compile(
    r"\b(?:teach|tell) (?:me|us) (?:something|a (?:fun |random |cool )?fact|anything)"
    r"(?: (?:interesting|new|cool|fun|random))?(?: please)?\s*[?!.]*$"
    r"|\b(?:give me|got) (?:a |any )?(?:fun|random|interesting|cool) facts?\s*[?!.]*$"
    r"|^(?:a |any )?(?:fun|random|interesting) fact(?: please)?\s*[?!.]*$"
)
# "tell me something interesting about python": the first of `TAUGHT`.
TEACH_PYTHON = re.compile(
    r"\b(?:teach|tell) (?:me|us) (?:something|a (?:fun |random |cool )?fact)(?: (?:interesting|"
    r"new|cool|fun|random))? about python\s*[?!.]*$"
)
TAUGHT = (
    "Python is named after Monty Python's Flying Circus, not the snake{to}.",
    "Octopuses have three hearts and blue blood{to}.",
    "Botanically, a banana is a berry and a strawberry isn't{to}.",
    "A day on Venus (one turn of the planet) is longer than its year{to}: 243 Earth days to 225.",
    "In 1947 engineers on Harvard's Mark II computer found a moth stuck in a relay and taped it "
    'into the logbook as the "first actual case of bug being found"{to}.',
)
MEANING_ASKED = re.compile(r"\b(?:the )?meaning of (?:life|it all)\b")
MEANING = (
    "Forty-two, if you ask Douglas Adams{to}; for everything past that, the personas have "
    "thought about it a good deal longer than I have (try @socrates)."
)
WEATHER_ASKED = re.compile(
    r"\bweather\b[^?!.]{0,30}\b(?:where you are|where you live|your end|at yours|by you|there)\b"
    r"|\bis it (?:raining|snowing|sunny|cold|freezing|hot|warm|windy) "
    r"(?:where you are|there|at yours)\b"
)
WEATHER = (
    "No weather where I am{to}: I'm a bot on a server, with no window. A weather app or the "
    "Met Office will tell you yours."
)

WINDFALL = (
    "Nothing much{to}: a bot has no rent to pay and nothing to buy. Ask a persona with @ (say "
    "@curie); they had lives, and fortunes or the lack of them, to draw on."
)


def house_fact(text: str, to: str, seed: int) -> str | None:
    """The house bot's plain answer to `text`: a fact of the tables, something interesting
    taught, the meaning of life or its weather; `to` is ", Maya" or ""."""
    said = _said(text)
    if found := fact(said):
        return found
    if TEACH_ASKED.search(said):
        return random.Random(seed).choice(TAUGHT).format(to=to)
    if TEACH_PYTHON.search(said):
        return TAUGHT[0].format(to=to)
    if MEANING_ASKED.search(said):
        return MEANING.format(to=to)
    if WEATHER_ASKED.search(said):
        return WEATHER.format(to=to)
    if windfall_asked(said):
        return WINDFALL.format(to=to)
    return None
