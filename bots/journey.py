"""Train or plane: a journey's choice of means worked out (`journey_of`).

"Is it faster to take the train or to fly from Paris to Berlin?", "should i fly or get the
train to edinburgh from london", "eurostar or plane, london to paris?": the train against the
plane, which is a question of fact with a plain answer. For a pair of cities whose fast train is
well known, its time and the plane's, in the air and door to door, and which wins; for any
other, the general rule: under about 600 km, or 5 to 6 hours on the train, the train usually
wins door to door, since the airports add two or three hours.

Only what is sure is said: the times are the usual fast trains' and flights' (rounded), never a
timetable's, and no price.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bots.fold import folded

# The train's and the plane's times for city pairs whose fast train is well known, and which of
# them wins door to door: "train", "plane" or "even". Keyed by the two cities, sorted.
PAIRS: dict[tuple[str, str], tuple[str, str, str]] = {
    ("berlin", "paris"): (
        "about 8 to 9 hours by train",
        "1 hour 45 in the air but 4 to 5 hours door to door",
        "plane",
    ),
    ("london", "paris"): (
        "about 2 hours 20 on the Eurostar",
        "1 hour 15 in the air but 3 to 4 hours door to door",
        "train",
    ),
    ("brussels", "london"): (
        "about 2 hours on the Eurostar",
        "an hour in the air but 3 hours or more door to door",
        "train",
    ),
    ("amsterdam", "paris"): (
        "about 3 hours 20 by the fast train",
        "1 hour 15 in the air but 3 to 4 hours door to door",
        "train",
    ),
    ("barcelona", "madrid"): (
        "about 2 hours 30 on the AVE",
        "1 hour 15 in the air but 3 to 4 hours door to door",
        "train",
    ),
    ("milan", "rome"): (
        "about 3 hours on the Frecciarossa",
        "1 hour 10 in the air but 3 to 4 hours door to door",
        "train",
    ),
    ("marseille", "paris"): (
        "about 3 hours 15 on the TGV",
        "1 hour 20 in the air but 3 to 4 hours door to door",
        "train",
    ),
    ("osaka", "tokyo"): (
        "about 2 hours 30 on the Shinkansen",
        "an hour in the air but 3 hours or more door to door",
        "train",
    ),
    ("new york", "washington"): (
        "about 3 hours on the Acela",
        "an hour in the air but 3 hours or more door to door",
        "train",
    ),
    ("edinburgh", "london"): (
        "about 4 hours 30 by train",
        "1 hour 20 in the air but 3 to 4 hours door to door",
        "even",
    ),
    ("berlin", "munich"): (
        "about 4 hours on the fast ICE",
        "1 hour 10 in the air but 3 to 4 hours door to door",
        "even",
    ),
}
VERDICT = {
    "plane": "the plane wins on time, the train on comfort and carbon",
    "train": "the train wins on time, comfort and carbon",
    "even": "it is about even on time, and the train wins on comfort and carbon",
}
NAMES = {"new york": "New York"}
GENERAL = (
    "under about 600 km, or 5 to 6 hours by train, the train usually wins door to door, as the "
    "airports add two or three hours; beyond that, the plane"
)

_CITIES = sorted({city for pair in PAIRS for city in pair}, key=len, reverse=True)
# A city's name with a word after it that makes it another place ("washington state", "new york
# state", "paris, texas", "london, ontario") is not the city of the table.
OTHER_PLACE = (
    r"(?!,?\s+(?:state|county|province|region|oblast|prefecture|island|texas|ontario|canada|"
    r"kentucky|tennessee|ohio|georgia|illinois|indiana|maine|arkansas|idaho|michigan|iowa|"
    r"new hampshire|usa|us|america|australia|india|south africa|jamaica|virginia|carolina)\b)"
)
CITY = folded(r"\b(" + "|".join(map(re.escape, _CITIES)) + r")\b" + OTHER_PLACE, re.IGNORECASE)
_TRAIN = r"(?:trains?|rail|railway|eurostar|tgv|shinkansen|acela)"
_PLANE = r"(?:fly|flying|flights?|planes?|aeroplanes?|airplanes?|air)"
TRAIN = folded(rf"\b{_TRAIN}\b", re.IGNORECASE)
PLANE = folded(rf"\b{_PLANE}\b", re.IGNORECASE)
# The two set against each other for time: "train or fly", "fly or take the train", "faster
# than flying", "train vs plane" (not "is the train greener than flying": carbon alone).
CHOSEN = folded(r"\b(?:or|vs\.?|versus|faster|quicker|slower|instead of)\b", re.IGNORECASE)
# Somewhere to go: "to Berlin", "from Paris", "paris to berlin", "between london and paris".
PLACED = folded(
    r"\b(?:to|from|between)\s+(?!(?:take|get|catch|go|fly|do|be|the (?:airport|station))\b)"
    r"[a-z]",
    re.IGNORECASE,
)
# Not the time asked but the cost ("is it cheaper to take the train or fly") or the carbon ("is
# it greener"): answered as asked, since the times answer neither.
ON_COST = (
    "on cost it varies with the route and the day, so compare both for your dates and book early"
)
ON_CARBON = (
    "on carbon the train wins by far, with a small fraction of a flight's emissions per seat"
)
ASKED_OF = (
    (
        ON_CARBON,
        folded(
            r"\b(?:green|greener|greenest|carbon|co2|emissions?|eco|environment(?:al|ally)?|"
            r"planet|climate|pollut\w*|sustainable)\b",
            re.I,
        ),
    ),
    (
        ON_COST,
        folded(
            r"\b(?:cheap|cheaper|cheapest|cost|costs|costlier|price|prices|pricier|expensive|"
            r"fares?|money)\b",
            re.I,
        ),
    ),
)
TIMED = folded(r"\b(?:fast|faster|fastest|quick|quicker|quickest|slower|time|long)\b", re.I)
# Not a journey to choose: the plane or the train as a thing ("why do planes fly", "a toy train
# or a kite"), a past one told ("we took the train"), a train of thought.
NOT_JOURNEY = folded(
    r"\b(?:toy|model|train of thought|train(?:ing|ed|er)|flies|fly fishing|why do planes|"
    r"how do planes|we took|i took|we flew|i flew)\b",
    re.IGNORECASE,
)


def _name(city: str) -> str:
    return NAMES.get(city, city.title())


# The ways a known pair's times are said (`journey_of`'s `way`): the route first, the verdict
# first, or the flight first; each persona keeps one, so six asked at once do not read as one
# sentence with six openers.
WAYS = (
    "{route} is {train}; flying, {plane}. {Verdict}",
    "{verdict}; {route} is {train}, and flying is {plane}",
    "flying {route} is {plane}, against {train}; {verdict}",
)


@lru_cache(maxsize=512)
def journey_of(text: str, way: int = 0) -> str:
    """The train against the plane for the journey `text` asks about ("Paris to Berlin is about
    8 to 9 hours by train ...; so the plane wins on time, the train on comfort and carbon"), said
    in the `way` of `WAYS` (taken modulo their number); the general rule when its cities' times
    are not known here; "" when it asks no such choice."""
    if len(text) > 400 or NOT_JOURNEY.search(text):
        return ""
    clause = next(
        (
            part
            for part in re.split(r"[.?!;]", text)
            if TRAIN.search(part) and PLANE.search(part) and CHOSEN.search(part)
        ),
        "",
    )
    if not clause or not PLACED.search(text):
        return ""
    asked = [said for said, word in ASKED_OF if word.search(clause)]
    if asked and not TIMED.search(clause):
        return "; ".join(asked)
    cities = list(dict.fromkeys(m.lower() for m in CITY.findall(text)))
    if len(cities) == 2:
        first, second = cities
        if re.search(rf"\bto\s+{re.escape(first)}\b", text, re.IGNORECASE) and not re.search(
            rf"\bto\s+{re.escape(second)}\b", text, re.IGNORECASE
        ):
            first, second = second, first  # "to edinburgh from london": London to Edinburgh
        found = PAIRS.get(tuple(sorted((first, second))))  # type: ignore[arg-type]
        if found:
            train, plane, wins = found
            verdict = VERDICT[wins]
            return WAYS[way % len(WAYS)].format(
                route=f"{_name(first)} to {_name(second)}",
                train=train,
                plane=plane,
                verdict=verdict,
                Verdict=verdict[:1].upper() + verdict[1:],
            )
    return GENERAL
