"""Plain, stable facts asked with chat around them (house42), for the house bot and the personas.

easy39 (bots/easy.py) answers "what's the capital of australia" when the question is the whole
message. People ask with their business after it: "what's the capital of australia, me and my
brother are arguing", "capital of brazil? my kid says rio", "whats the capital of japan again lol
we're doing a quiz". `fact(text)` reads each clause of the message as a question of its own, and
adds a few more facts that never change and anyone would expect a house bot to know: the
continents, the planets in order, the tallest mountain, the biggest ocean, and the two UN members
the capitals table leaves out. Only what is sure is said; a capital of the past ("what was the
capital of germany, before reunification") is no fact here, and keeps its reply."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from bots.easy import TAIL
from bots.easy import fact as easy_fact
from bots.everyday60 import _long

# The chat that rides along: a clause ends at punctuation, or at a filler before more words
# ("again lol we're doing a quiz").
CLAUSE_END = re.compile(r"\s*(?:[,;:!?]+|\.+\s|\s[-–—]\s|\s(?:lol|lmao|haha|btw|tbh)\b)\s*")
# A time other than now, anywhere in the message: a capital or a count of the past.
NOT_NOW = re.compile(
    r"\b(?:was|were|used to|former|formerly|ancient|originally|historically|once|back then|"
    r"in \d{3,4}|in the \d{2,4}s|\d{3,4}s|century|centuries|empire|medieval|roman|during|"
    r"before (?:the|it|\d)|after (?:the|it|\d)|until (?:the|\d)|under the|tsars?|"
    r"reunification|independence|colonial|the war|ww[12i]+)\b"
)
# A clause that puts the question in another time: "..., before reunification".
THEN = re.compile(r"(?:before|after|until|prior to|during|pre|post|back in|in the)\b(?! my\b)")
# A question of the tables asked again of something else: "the tallest mountain in scotland",
# "the biggest ocean animal". Each pattern is read to the end of its clause (fillers aside).
WHAT = (
    r"^(?:so |ok |okay |quick q:? |quick question:? |hey |also )?"
    r"(?:what|whats|what's|what is|which|which is|name)(?: are)? (?:the )?"
)
IN_WORLD = r"(?: (?:in|on) (?:the )?(?:world|earth|planet))?"
SUN = r"(?:the )?sun"
SOLAR = r"(?: (?:in|of) (?:the |our )?solar system)?"
EVEREST = (
    "Mount Everest, 8,849 metres (29,032 feet) above sea level, on the border of Nepal and China."
)
PLANETS = (
    "Eight, in order from the Sun: Mercury, Venus, Earth, Mars, Jupiter, Saturn, Uranus and "
    "Neptune. Pluto has been called a dwarf planet since 2006."
)
PLANETS_ORDER = (
    "In order from the Sun: Mercury, Venus, Earth, Mars, Jupiter, Saturn, Uranus and Neptune. "
    "Pluto has been called a dwarf planet since 2006."
)
CONTINENTS = (
    "Seven, as they're usually counted in English: Africa, Antarctica, Asia, Australia (or "
    "Oceania), Europe, North America and South America."
)
STABLE: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile("(?:" + pattern + ")" + TAIL), answer)
    for pattern, answer in (
        (
            r"^(?:so |ok |hey )?how many continents (?:are there|is there|does the world have|"
            r"are there in the world)" + IN_WORLD,
            CONTINENTS,
        ),
        (WHAT + r"(?:seven )?continents" + IN_WORLD, CONTINENTS),
        (WHAT + r"(?:biggest|largest) continent" + IN_WORLD, "Asia, by area and by people."),
        (WHAT + r"smallest continent" + IN_WORLD, "Australia (with Oceania)."),
        (
            r"^(?:so |ok |hey )?how many planets (?:are there|is there|does the sun have)?" + SOLAR,
            PLANETS,
        ),
        (
            r"^(?:what(?:'s| is)? )?(?:the )?(?:order of the planets|planets in order)"
            + SOLAR
            + r"(?: from the sun)?",
            PLANETS_ORDER,
        ),
        (WHAT + r"planets?" + SOLAR + r" in order(?: from the sun)?", PLANETS_ORDER),
        (
            WHAT + rf"(?:planet (?:is )?)?(?:closest|nearest) (?:planet )?to {SUN}",
            "Mercury is the planet closest to the Sun.",
        ),
        (
            WHAT + rf"(?:planet (?:is )?)?(?:furthest|farthest) (?:planet )?from {SUN}",
            "Neptune is the planet furthest from the Sun.",
        ),
        (
            WHAT + r"(?:biggest|largest) planet" + SOLAR + r"|" + WHAT + r"planet is (?:the )?"
            r"(?:biggest|largest)" + SOLAR,
            "Jupiter is the largest planet, more than eleven times as wide as Earth.",
        ),
        (
            WHAT
            + r"smallest planet"
            + SOLAR
            + r"|"
            + WHAT
            + r"planet is (?:the )?smallest"
            + SOLAR,
            "Mercury is the smallest planet.",
        ),
        (
            WHAT + r"hottest planet" + SOLAR + r"|" + WHAT + r"planet is (?:the )?hottest" + SOLAR,
            "Venus is the hottest planet: its thick air traps the heat, so it's hotter than "
            "Mercury.",
        ),
        (WHAT + r"planet is (?:called )?the red planet", "Mars is the red planet."),
        (
            WHAT
            + r"(?:tallest|highest|biggest) mountain"
            + IN_WORLD
            + r"|^(?:what|which) mountain is (?:the )?(?:tallest|highest)"
            + IN_WORLD,
            EVEREST,
        ),
        (
            WHAT + r"(?:biggest|largest) ocean" + IN_WORLD,
            "The Pacific is the largest ocean, bigger than all the land on Earth put together.",
        ),
        (WHAT + r"smallest ocean" + IN_WORLD, "The Arctic Ocean is the smallest."),
        (
            r"^(?:so |ok |hey )?how many oceans (?:are there|is there)" + IN_WORLD,
            "Five: the Pacific, Atlantic, Indian, Southern and Arctic oceans.",
        ),
        (
            WHAT + r"(?:biggest|largest) country" + IN_WORLD + r"(?: by (?:area|size))?",
            "Russia is the largest country by area.",
        ),
        (
            WHAT + r"smallest country" + IN_WORLD + r"(?: by (?:area|size))?",
            "Vatican City is the smallest country, at less than half a square kilometre.",
        ),
        (
            WHAT + r"speed of light(?: in (?:a )?vacuum)?(?: in (?:km/s|kilometres per second|"
            r"kilometers per second|miles per second|mph|km/h))?",
            "About 299,792 kilometres a second in a vacuum (299,792.458 exactly), or about "
            "186,282 miles a second.",
        ),
        (
            r"^(?:so |ok |hey )?how many bones (?:are there |are )?in (?:the |a |an )?(?:adult )?"
            r"(?:human )?body",
            "An adult has 206 bones; a newborn baby has nearer 300, and some fuse as it grows.",
        ),
    )
)
# (mine43) Everyday facts people ask a room ("how many calories in a banana", "what temperature
# does water boil at", "how many players in a rugby team"), each sure and said short; numbers
# that vary are given as the usual range. Raters' rooms had them answered with a stock line met
# on one word ("boil" -> water boils lower on a mountain) or declined.
HOW_MANY = r"^(?:so |ok |okay |quick q:? |hey |also |wait )?how many "
ARE_THERE = r"(?: (?:are|is) there)?"
IN_A = r" (?:in|on|of) (?:an? |the |one )?"
HAS_A = r"^(?:so |ok |hey )?how many (?P<what>\w+) (?:does|do) (?:an? |the )?"
CALORIES = {
    "banana": "A medium banana has about 105 calories; a small one about 90, a large one 120.",
    "apple": "A medium apple has about 95 calories.",
    "egg": "A large egg has about 70 calories, a little more fried in fat.",
    "avocado": "A whole medium avocado has about 240 calories, mostly from its good fats.",
    "orange": "A medium orange has about 60 calories.",
}
CALORIES_OF = re.compile(
    r"^(?:so |ok |hey |quick q:? )?(?:how many |roughly how many |what are the )?(?:calories|"
    r"kcals?|cals)(?: (?:are|is) there)? (?:in|does) (?:an? |one |1 )?(?:medium |large |small )?"
    r"(?P<food>banana|apple|egg|avocado|orange)(?: have| contain)?" + TAIL
)
PLAYERS = {
    "football": "Eleven a side, the goalkeeper included.",
    "soccer": "Eleven a side, the goalkeeper included.",
    "rugby": "Fifteen a side in rugby union, thirteen in rugby league.",
    "rugby union": "Fifteen a side.",
    "rugby league": "Thirteen a side.",
    "cricket": "Eleven a side.",
    "basketball": "Five on court for each team, with substitutes on the bench.",
    "netball": "Seven a side.",
    "hockey": "Eleven a side in field hockey; six on the ice in ice hockey.",
    "ice hockey": "Six on the ice for each team, the goaltender included.",
    "volleyball": "Six a side (two in beach volleyball).",
    "water polo": "Seven a side, the goalkeeper included.",
    "baseball": "Nine on the field for the side that is fielding.",
}
PLAYERS_OF = re.compile(
    HOW_MANY + r"(?:players|people)(?: (?:are|is) there)?(?: (?:in|on) (?:an? |the |one )?)?"
    r"(?P<game>rugby union|rugby league|ice hockey|water polo|football|soccer|rugby|cricket|"
    r"basketball|netball|hockey|volleyball|baseball)(?: team| side| match| game)?"
    + TAIL
    + r"|"
    + HOW_MANY
    + r"(?:players )?(?:are there |is there )?(?:in|on) (?:an? |the )?"
    r"(?P<game2>rugby union|rugby league|ice hockey|water polo|football|soccer|rugby|cricket|"
    r"basketball|netball|hockey|volleyball|baseball) (?:team|side)" + TAIL
)
LEGS = {
    "spider": "Eight legs (insects have six).",
    "insect": "Six legs, on the middle part of its body, the thorax.",
    "ant": "Six legs, like every insect.",
    "bee": "Six legs, like every insect.",
    "fly": "Six legs, like every insect.",
    "octopus": "Eight arms (not legs, to a biologist), lined with suckers.",
    "crab": "Ten: eight walking legs and two claws.",
    "lobster": "Ten: eight walking legs and two big claws.",
    "horse": "Four.",
    "dog": "Four.",
    "cat": "Four.",
}
LEGS_OF = re.compile(
    HOW_MANY + r"(?:legs|arms)(?: (?:does|do|has|have) (?:an? |the )?(?P<a>[a-z]+)(?: have| got)?"
    r"| (?:(?:are|is) there )?(?:on|in) (?:an? |the )?(?P<b>[a-z]+))" + TAIL
)
PLURALS = {"octopuses": "octopus", "octopi": "octopus", "flies": "fly", "insects": "insect"}
EVERYDAY: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile("(?:" + pattern + ")" + TAIL), answer)
    for pattern, answer in (
        (
            r"^(?:so |ok |hey )?(?:(?:at )?what (?:temperature|temp) (?:does |do )?(?:water )?"
            r"(?:boils?|boiling)(?: at)?|(?:what|whats|what's|what is) (?:the )?boiling "
            r"(?:point|temp(?:erature)?) (?:of|for) water|(?:at )?what (?:temperature|temp) "
            r"(?:does |do )?water boils?(?: at)?|when does water boil)",
            "At sea level water boils at 100 °C (212 °F); higher up, where the air presses on it "
            "less, it boils cooler: at about 70 °C on top of Everest.",
        ),
        (
            r"^(?:so |ok |hey )?(?:(?:at )?what (?:temperature|temp) (?:does |do )?water "
            r"(?:freezes?|freezing)(?: at)?|(?:what|whats|what's|what is) (?:the )?freezing "
            r"(?:point|temp(?:erature)?) (?:of|for) water|when does water freeze)",
            "Fresh water freezes at 0 °C (32 °F); sea water, with its salt, at about -2 °C.",
        ),
        (
            r"^(?:so |ok |hey )?(?:what|whats|what's|what is) (?:a |the )?"
            r"(?:normal|average|healthy|usual) (?:human |adult |body |human body )?"
            r"(?:temperature|temp)(?: for (?:a |an )?(?:human|person|adult))?"
            r"(?: of (?:a |the )?(?:human|person|body))?",
            "About 37 °C (98.6 °F), give or take half a degree through the day; 38 °C or more is "
            "a fever.",
        ),
        (
            HOW_MANY + r"teeth (?:does |do )?(?:an? |the )?(?:adult|grown[- ]up|person|human)s?"
            r"(?: have| got)?|" + HOW_MANY + r"teeth(?: (?:are|is) there)? in (?:an? |the )?"
            r"(?:adult|grown[- ]up|human)(?:'s)?(?: mouth)?|" + HOW_MANY + r"(?:adult )?teeth "
            r"(?:do )?(?:we|humans|people) have",
            "Thirty-two, counting the four wisdom teeth; a child has twenty milk teeth.",
        ),
        (
            HOW_MANY + r"(?:milk|baby) teeth(?: (?:do|does) (?:a |the )?(?:kids?|child|children|"
            r"babies|baby) (?:have|get))?",
            "Twenty milk teeth; they start to fall out at about six.",
        ),
        (
            r"^(?:so |ok |hey )?(?:what|whats|what's|what is) (?:the )?fastest (?:land )?"
            r"(?:animal|mammal)(?: on land)?"
            + IN_WORLD
            + r"|^(?:so |ok |hey )?(?:what|which) animal is (?:the )?fastest(?: on land)?",
            "The cheetah: about 100 km/h (over 60 mph) in a sprint of a few hundred metres.",
        ),
        (
            WHAT
            + r"(?:biggest|largest) (?:animal|mammal|creature)(?: ever)?"
            + IN_WORLD
            + r"(?: ever)?",
            "The blue whale, up to about 30 metres long: the largest animal known to have lived.",
        ),
        (
            WHAT + r"tallest animal" + IN_WORLD,
            "The giraffe: a grown male stands about 5.5 metres (18 feet) tall.",
        ),
        (
            HOW_MANY + r"keys" + ARE_THERE + IN_A + r"piano|" + HOW_MANY + r"keys "
            r"(?:does |do )?(?:an? |the )?piano(?:s)? have",
            "Eighty-eight on a full-size piano: 52 white and 36 black.",
        ),
        (
            HOW_MANY + r"strings" + ARE_THERE + IN_A + r"guitar|" + HOW_MANY + r"strings (?:does "
            r"|do )?(?:an? |the )?guitars? have",
            "Six on a standard guitar; a bass usually has four.",
        ),
        (
            HOW_MANY
            + r"cards"
            + ARE_THERE
            + IN_A
            + r"(?:deck|pack)(?: of cards)?|"
            + HOW_MANY
            + r"cards (?:does |do )?(?:an? |the )?(?:deck|pack)(?: of cards)? have",
            "Fifty-two, in four suits of thirteen, plus the jokers.",
        ),
        (
            HOW_MANY + r"squares" + ARE_THERE + IN_A + r"(?:chess ?board|chess board)",
            "Sixty-four on the board; 204 if you count every square of every size.",
        ),
        (
            HOW_MANY + r"days" + ARE_THERE + IN_A + r"(?:year|leap year)|" + HOW_MANY + r"days "
            r"(?:does |do )?(?:a |the )?year (?:have|has)",
            "365, and 366 in a leap year, which comes every four years (except most century "
            "years).",
        ),
        (
            HOW_MANY + r"weeks" + ARE_THERE + IN_A + r"year",
            "Fifty-two, and a day over (two in a leap year).",
        ),
        (
            HOW_MANY + r"(?:countries|nations)" + ARE_THERE + IN_WORLD + r"(?: now| today)?",
            "195 is the usual count: the 193 members of the United Nations, and the Vatican and "
            "Palestine, which sit there as observers.",
        ),
        (
            HOW_MANY + r"states" + ARE_THERE + r" (?:in|of) (?:the )?(?:us|usa|u\.s\.?|united "
            r"states|america)",
            "Fifty, and the District of Columbia besides, which is no state.",
        ),
        (
            HOW_MANY
            + r"chromosomes (?:do |does )?(?:we|humans|a human|people|a person) have|"
            + HOW_MANY
            + r"chromosomes"
            + ARE_THERE
            + r" in (?:a |the )?human(?: body| cell)?",
            "Forty-six, in 23 pairs: one of each pair from each parent.",
        ),
        (
            HOW_MANY + r"elements" + ARE_THERE + r"(?: (?:in|on) the periodic table)?",
            "118 are named so far, from hydrogen to oganesson; 94 of them are found in nature.",
        ),
        (
            HOW_MANY + r"hearts (?:does |do )?(?:an? |the )?octopus(?:es)? have",
            "Three: two pump blood through the gills and one round the body, and the blood is "
            "blue.",
        ),
        (
            r"^(?:so |ok |hey )?how (?:far|far away) is the moon(?: from (?:the )?earth| from us)?"
            r"|^(?:so |ok |hey )?how far (?:away )?(?:from (?:the )?earth )?is the moon",
            "About 384,400 km on average (some 239,000 miles): light crosses it in just over a "
            "second.",
        ),
        (
            r"^(?:so |ok |hey )?how (?:far|far away) is the sun(?: from (?:the )?earth| from us)?",
            "About 150 million km (93 million miles); its light takes about 8 minutes 20 seconds "
            "to reach us.",
        ),
        (
            r"^(?:so |ok |hey )?how long (?:does|do) (?:it take )?(?:for )?(?:the )?(?:sun'?s? )?"
            r"(?:light|sunlight)(?: from the sun)? (?:take )?to (?:reach|get to|hit) "
            r"(?:us|(?:the )?earth)",
            "About 8 minutes 20 seconds: you see the Sun as it was that long ago.",
        ),
        (
            r"^(?:so |ok |hey )?how (?:old|old exactly) is (?:the )?earth|" + WHAT + r"age of "
            r"(?:the )?earth",
            "About 4.5 billion years old (4.54, give or take 50 million), dated from the oldest "
            "meteorites.",
        ),
        (
            r"^(?:so |ok |hey )?how (?:old|old exactly) is the universe|" + WHAT + r"age of the "
            r"universe",
            "About 13.8 billion years old, measured from the light left over from its first "
            "moments.",
        ),
        (
            r"^(?:so |ok |hey )?how hot is the sun|" + WHAT + r"temperature of the sun",
            "About 5,500 °C at the surface, and some 15 million °C at the core.",
        ),
        (
            r"^(?:so |ok |hey )?how fast (?:does|is) (?:the )?sound(?: travel)?|" + WHAT + r"speed"
            r" of sound",
            "About 343 metres a second in air at 20 °C (about 767 mph); in water over four "
            "times faster.",
        ),
        (
            WHAT + r"(?:longest river" + IN_WORLD + r"|deepest (?:part of the ocean|point in the "
            r"ocean|ocean trench|place on earth|point on earth))",
            "",
        ),
        (
            r"^(?:so |ok |hey )?how much blood (?:is |is there |do (?:we|you|humans) have )?in "
            r"(?:the |a |an |your )?(?:adult )?(?:human )?body|^(?:so |ok |hey )?how much blood "
            r"(?:does|do) (?:an? |the )?(?:adult|human|person)s? have",
            "About 5 litres in an adult, a little less in a small one.",
        ),
        (
            WHAT + r"(?:largest|biggest) organ(?: in| of) (?:the |your )?(?:human )?body",
            "The skin, at about 2 square metres on an adult.",
        ),
        (
            r"^(?:so |ok |hey )?(?:what|whats|what's|what is) (?:temp|temperature) (?:should|does) "
            r"(?:my |a |the |your )?fridge (?:be|need to be)(?: at| set at| set to)?|"
            + WHAT
            + r"(?:right|best|ideal|correct|safe) (?:temp|temperature) for (?:a |the |my )?fridge",
            "Between 0 and 5 °C (3 to 5 is the usual setting); a freezer at -18 °C.",
        ),
        (
            WHAT + r"absolute zero|^(?:so |ok |hey )?how cold is absolute zero",
            "-273.15 °C (0 kelvin): the coldest anything can be, where even atoms are nearly "
            "still.",
        ),
    )
)
RIVERS = (
    "The Nile is the usual answer, at about 6,650 km, though some measure the Amazon longer: "
    "it turns on where you say each one starts."
)
DEEPEST = (
    "The Challenger Deep in the Mariana Trench, in the Pacific: about 10,900 metres down, "
    "deeper than Everest is tall."
)
# What a persona's own line says when it answers the fact itself (Einstein's "About 384,000
# kilometres, Maya, some thirty Earths laid side by side" for the Moon): its line is said, not
# the plain fact.
OWN_ANSWER = {
    "At sea level water boils": re.compile(
        r"boil\w*[^.]*\b100 ?(?:°|degrees)|\b100 ?(?:°|degrees)[^.]*boil", re.IGNORECASE
    ),
    "Fresh water freezes": re.compile(r"\b0 ?°C|zero degrees|freezes at", re.IGNORECASE),
    "About 37 °C": re.compile(r"(?<![\d,.])37 ?(?:°|degrees)|98\.6", re.IGNORECASE),
    "Thirty-two, counting": re.compile(r"thirty-two teeth|32 teeth", re.IGNORECASE),
    "The cheetah": re.compile(r"cheetah", re.IGNORECASE),
    "The blue whale": re.compile(r"blue whale", re.IGNORECASE),
    "Eighty-eight on": re.compile(r"(?<![\d,.])88(?![\d,])|eighty-eight keys", re.IGNORECASE),
    "365, and 366": re.compile(r"(?<![\d,.])365(?![\d,])", re.IGNORECASE),
    "Forty-six, in 23": re.compile(r"46 chromosomes|forty-six chromosomes", re.IGNORECASE),
    "118 are named": re.compile(r"(?<![\d,.])118(?![\d,])", re.IGNORECASE),
    "Three: two pump": re.compile(r"three hearts", re.IGNORECASE),
    "About 384,400 km": re.compile(r"\b384,", re.IGNORECASE),
    "About 150 million km": re.compile(r"150 million|93 million", re.IGNORECASE),
    "About 8 minutes 20": re.compile(r"(?:sun|light)\b[^.]*(?:eight|8) minutes", re.IGNORECASE),
    "About 4.5 billion": re.compile(
        r"(?:earth|world)\b[^.]*(?:4\.5 billion|four and a half billion|4\.54)", re.IGNORECASE
    ),
    "About 13.8 billion": re.compile(r"13\.8 billion", re.IGNORECASE),
    "About 5,500 °C": re.compile(r"15 million|fifteen million|5,?500 ?°", re.IGNORECASE),
    "About 343 metres": re.compile(r"3[34]\d metres a second", re.IGNORECASE),
    "About 5 litres": re.compile(r"\b5 litres|five litres", re.IGNORECASE),
    "-273.15 °C": re.compile(r"(?<![\d,.])273\.15", re.IGNORECASE),
}


def own_answer(answer: str, lines: Iterable[str]) -> bool:
    """Whether one of a persona's `lines` says what `answer` (from `fact`) says, in its own way."""
    said = next((key for start, key in OWN_ANSWER.items() if answer.startswith(start)), None)
    return said is not None and any(said.search(line) for line in lines)


# "how long to roast a 2kg chicken": the usual rule, worked, and the check that makes it safe.
ROAST = re.compile(
    r"\bhow long (?:do (?:i|you|we) |should (?:i|we|you) |to |does it take to )?(?:roast|cook) "
    r"(?:an? |the |my |our )?(?:(?P<w1>\d+(?:\.\d+)?) ?(?P<u1>kg|kilos?|g|grams?) )?"
    r"(?:whole )?chicken(?: for)?(?:[^!.]{0,20}?\b(?P<w2>\d+(?:\.\d+)?) ?"
    r"(?P<u2>kg|kilos?|g|grams?)\b)?"
)


RULE_GIVEN = re.compile(r"\b(?:per|a|every|each) (?:kg|kilo|lb|pound|\d+ ?g)\b|\bmins? ?/ ?kg\b")


# The rule is an oven's: an air fryer, a slow cooker or a barbecue has its own (review43: an
# air fryer had got the oven's rule).
OTHER_COOKER = re.compile(
    r"\b(?:air ?fryer|airfryer|slow ?cooker|crock ?pot|pressure cooker|instant ?pot|bbq|"
    r"barbecue|grill|microwave|spatchcock\w*|pieces|thighs?|breasts?|wings?|drumsticks?|legs?)\b"
)


def _roast(said: str) -> str | None:
    """A chicken's roasting time by the usual rule: 20 minutes a 500 g and 20 over, at 190 °C."""
    asked = ROAST.search(said)
    if not asked or RULE_GIVEN.search(said) or OTHER_COOKER.search(said):
        return None  # a rule of its own given ("it says 45 mins per kg"): worked as given
    weight, unit = asked.group("w1") or asked.group("w2"), asked.group("u1") or asked.group("u2")
    rule = "20 minutes per 500 g plus 20 minutes, at 190 °C (170 °C fan)"
    check = "it's done when the juices run clear and the thickest part reads 75 °C"
    if not weight:
        return f"The usual rule is {rule}; {check}. Weigh it and I'll work it out."
    grams = float(weight) * (1000 if unit.startswith("k") else 1)
    if not 400 <= grams <= 6000:
        return None
    return f"About {_long(round(grams / 500 * 20 + 20))} for {weight} {unit}: {rule}; {check}."


def _everyday(clause: str) -> str | None:
    if asked := CALORIES_OF.search(clause):
        return CALORIES[asked.group("food")]
    if asked := PLAYERS_OF.search(clause):
        return PLAYERS[asked.group("game") or asked.group("game2")]
    if asked := LEGS_OF.search(clause):
        beast = asked.group("a") or asked.group("b")
        return LEGS.get(beast) or LEGS.get(PLURALS.get(beast, beast.removesuffix("s")))
    for asked_fact, answer in EVERYDAY:
        if asked_fact.search(clause):
            return answer or (RIVERS if "river" in clause else DEEPEST)
    return None


# The two UN members the capitals table leaves out, said as they stand.
CAPITAL_OF = re.compile(
    r"^(?:(?:what|whats|what's|what is|which|do you know|tell me|name|know)\b[^?!.]{0,25}?)?"
    r"(?:the )?capital(?: city)? of (?P<of>israel|nauru)" + TAIL
)
MORE_CAPITALS = {
    "israel": "Israel names Jerusalem as its capital, though most countries keep their "
    "embassies in Tel Aviv.",
    "nauru": "Nauru has no official capital; its government sits in the district of Yaren.",
}


def _said(text: str) -> str:
    return " ".join(re.sub(r"@\w+", " ", text).lower().replace("’", "'").split())


def clauses(said: str) -> list[str]:
    """The clauses of `said`, each as a question of its own ("capital of brazil", "my kid says
    rio")."""
    return [part.strip() for part in CLAUSE_END.split(said) if part.strip()]


def _stable(clause: str) -> str | None:
    if asked := CAPITAL_OF.search(clause):
        return MORE_CAPITALS[asked.group("of")]
    for asked_fact, answer in STABLE:
        if asked_fact.search(clause):
            return answer
    return _everyday(clause)


@lru_cache(maxsize=512)
def fact(text: str) -> str | None:
    """The plain, stable fact `text` asks, in its whole or in a clause of it, or None."""
    said = _said(text)
    if found := easy_fact(said) or _stable(said) or _roast(said):
        return found
    if NOT_NOW.search(said):
        return None
    parts = clauses(said)
    if any(THEN.match(part) for part in parts):
        return None  # "whats the capital of germany, before reunification"
    for clause in parts:
        if found := easy_fact(clause) or _stable(clause):
            return found
    return None
