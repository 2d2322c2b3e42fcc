"""A falling body worked out (`fall_of`): the homework sum of a thing dropped from a height.

"a ball is dropped from 20m, how long till it hits the ground": it falls 20 m in √(2 × 20 ÷
9.8) ≈ 2.0 seconds. "how fast is it going when it lands": √(2 × 9.8 × 20) ≈ 19.8 m/s. "a stone
dropped down a well hits the water after 3 seconds, how deep is it": ½ × 9.8 × 3² ≈ 44 m.
Galileo's sum, with g = 9.8 m/s² (32 ft/s² for feet) and the air left out, which the persona's
own words say.

Only a thing let fall is worked: not "my phone dropped 20%", "prices fell 3 m", a ball thrown
up or across (the sum then needs its speed and angle, which are not guessed).
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from bots.fold import folded

# A thing let fall: "dropped from", "falls off a 45 m cliff", "let go of a stone at 80 ft".
FALLING = folded(
    r"\b(?:dropped|drop|drops|dropping|falls?|fell|falling|let go|released|jumps?|jumped|"
    r"pushed|knocked|rolls?) (?:(?:\w+ ){0,4}?)(?:from|off|down|over|out of|into|at)\b",
    re.IGNORECASE,
)
# Not a fall: a share or a rate dropped, a thing thrown (its speed and angle are needed), a fall
# from a plane (the air decides it), or a jump (a person's).
NOT_FALLING = folded(
    r"%|\bper ?cent\b|\bpercent\b|\b(?:prices?|temperature|rate|score|signal|battery|stocks?|"
    r"thrown|throws?|throwing|launched|fired|kicked|shot|upwards?|horizontally|projectile|"
    r"parachute|air resistance|drag|terminal|skydiv\w*|planes?|aircraft|balloon|helicopter|"
    r"jumps?|jumped|jumping|jumper|diver)\b",
    re.IGNORECASE,
)
# A person who falls: "if i fell off a 40 m bridge", "my son fell off a 2 m wall", "a worker
# dropped from the scaffold": no cheerful sum of a person's fall (review41).
PERSON = folded(
    r"\b(?:i|i'd|me|you|u|we|he|she|they|someone|somebody|anyone|person|people|man|woman|men|"
    r"women|child|children|kids?|baby|babies|son|daughter|boy|girl|worker|builder|body|climber|"
    r"dad|mum|mom|friend|cat|dog)\b",
    re.IGNORECASE,
)
HEIGHT = folded(
    r"(?<![\d.])(?P<n>\d{1,5}(?:\.\d{1,2})?) ?(?P<u>m|metres?|meters?|ft|feet|foot)\b"
    r"(?! ?(?:per|/|an? (?:hour|second)|long|wide|away))",
    re.IGNORECASE,
)
SECONDS = folded(r"(?<![\d.])(?P<n>\d{1,3}(?:\.\d{1,2})?) ?(?:s|secs?|seconds?)\b", re.IGNORECASE)
TIME_ASKED = folded(
    r"\bhow (?:long|many seconds)\b|\b(?:what|the) time\b|\bwhen (?:does|will|would) it\b",
    re.IGNORECASE,
)
SPEED_ASKED = folded(
    r"\bhow fast\b|\b(?:what|its|the|final|impact) (?:speed|velocity)\b|\bspeed\b|\bvelocity\b",
    re.IGNORECASE,
)
DEPTH_ASKED = folded(
    r"\bhow (?:deep|high|far|tall)\b|\b(?:what|the) (?:depth|height|distance)\b",
    re.IGNORECASE,
)
G = {"m": 9.8, "ft": 32.0}


def _num(x: float) -> str:
    """A figure as a school answer gives it: 0.55, 2.0, 19.8, 44."""
    return f"{x:.0f}" if x >= 30 else f"{x:.1f}" if x >= 1 else f"{x:.2f}"


def _given(n: str) -> str:
    return n[:-2] if n.endswith(".0") else n


@lru_cache(maxsize=512)
def fall_of(text: str) -> str:
    """The fall `text` asks about, worked ("it falls 20 m in √(2 × 20 ÷ 9.8) ≈ 2.0 seconds"),
    without the air, which the persona's line mentions; "" when it asks no such sum."""
    falls = FALLING.search(text)
    if len(text) > 400 or not falls or NOT_FALLING.search(text):
        return ""
    # Who or what falls: the thing let go ("i drop my phone from"), else the one before the verb
    # ("a ball is dropped from", "if i fell off").
    held = re.match(
        r"(?:let go|\w+)\s+(.*?)\s*\b(?:from|off|down|over|out of|into|at)$", falls.group(0), re.I
    )
    before = re.split(r"[.?!,;:]", text[: falls.start()])[-1].split()[-5:]
    if PERSON.search(held.group(1) if held and held.group(1) else " ".join(before)):
        return ""
    heights = HEIGHT.findall(text)
    seconds = SECONDS.findall(text)
    if len(heights) == 1 and not seconds:
        n, unit = heights[0]
        unit = "m" if unit.lower().startswith("m") else "ft"
        h, g = float(n), G[unit]
        if h <= 0 or h > (300 if unit == "m" else 1000):
            return ""  # (from higher, the air decides it)
        t = math.sqrt(2 * h / g)
        v = g * t
        fell = f"it falls {_given(n)} {unit} in √(2 × {_given(n)} ÷ {g:g}) ≈ {_num(t)} seconds"
        if unit == "m":
            landing = f"{_num(v)} m/s, about {v * 3.6:.0f} km/h"
        else:
            landing = f"{_num(v)} ft/s, about {v * 0.6818:.0f} mph"
        if SPEED_ASKED.search(text) and TIME_ASKED.search(text):
            return f"{fell} and lands at {g:g} × {_num(t)} ≈ {landing}"
        if SPEED_ASKED.search(text):
            return f"it lands at √(2 × {g:g} × {_given(n)}) ≈ {landing}"
        if TIME_ASKED.search(text):
            return fell
        return ""
    if len(seconds) == 1 and not heights and DEPTH_ASKED.search(text):
        s = float(seconds[0])
        if s <= 0:
            return ""
        h = 0.5 * 9.8 * s * s
        return (
            f"in {_given(seconds[0])} seconds it falls ½ × 9.8 × {_given(seconds[0])}² ≈ "
            f"{_num(h)} m, and is doing {_num(9.8 * s)} m/s by then"
        )
    return ""
