"""Sums of time, dates, rates and conversions spread over a few chat messages.

`bots.solve` works products and quotients of units; these readers work what that cannot: clock
times forwards and backwards ("leaving 6am", "630km at 90 km/h", "what time do we get there"),
the time between two clock times or two dates, an interval repeated ("every 3.5 hrs"), which
anniversary, so much per game or a batting average, a pace per km, a total as a percent of its
most, and one figure said in another unit ("how many feet", "1 cup = 120g", "how many grams").

Each reader answers only when its ask is plain and every figure of the lines it reads is one it
used: a wrong sum is rated lower than none. `lines` is the ask first, then the person lines
before it, newest first, lower case, mentions out (as `bots.solve.solve` is given them).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from bots.fold import folded
from bots.reckon import _MONTHS, DAY_MONTH, _day_said
from bots.wordsum import _WORDS, NUM, _n, count

Used = list[tuple[int, int, int]]  # (line, start, end) of each figure a working used

# --- figures of time ------------------------------------------------------------------------

# A time of day: "17:48", "11:40pm", "6.40am", "6am", "noon".
CLOCK_AT = re.compile(
    r"(?<![\d:.£$])(?P<h>[0-2]?\d)(?:[:.](?P<m>[0-5]\d))?\s?(?P<ap>am|pm)\b|"
    r"(?<![\d:.£$])(?P<h24>[01]?\d|2[0-3])[:.](?P<m24>[0-5]\d)(?![\d:.]|\s?(?:mins?|hrs?|h)\b)|"
    r"\b(?P<noon>noon|midday|midnight)\b"
)
# A bare hour a meal is at: "want to eat at 3", "dinner at 7" (afternoon or evening).
MEAL_AT = re.compile(
    r"\b(?:eat|eating|dinner|lunch|tea|serve|serving|sit down)\b[^.?!\d]{0,20}\bat "
    r"(?P<h>1[01]|[1-9])(?![\d:.]|\s?(?:am|pm)\b)"
)
# A bare hour said as a time of day, morning or afternoon unsaid: "goes in at 11", "there by 9".
HOUR_AT = re.compile(r"\b(?:at|by)\s(?P<h>1[0-2]|[1-9])(?![\d:.]|\s?(?:am|pm|%|[a-z£]))")
# A span of time: "3.5 hrs", "1 hr 20 mins", "3h30", "90 mins", "half an hour", "an hour".
HALF_HOUR = re.compile(r"\bhalf (?:an )?h(?:ou)?rs?\b")
SPAN = re.compile(
    rf"(?<![\w.:])(?P<h>{NUM})\s?(?:h|hrs?|hours?)(?:\b|(?=\d))(?:\s?(?:and\s)?(?P<hm>\d{{1,2}})\s?"
    rf"(?:m|mins?|minutes?)?\b)?|(?<![\w.:])(?P<m>{NUM})\s?(?:mins?|minutes?)\b|"
    rf"(?P<half>{HALF_HOUR.pattern})|\b(?P<one>an hour)(?:s|'s)?\b"
)
# A word of time, each of which a clock sum must have read: "i need half hr to get ready".
TIME_WORD = re.compile(r"\b(?:h|hrs?|hours?|mins?|minutes?)\b")
# A span counted so many times: "2 stops of 30 mins", "3 breaks of 15 mins".
# or said before it: "two 3 min summaries", "4 x 15 min sets".
_COUNT = "|".join(("\\d{1,2}", *_WORDS))
TIMES_OF = re.compile(
    rf"(?<![\w.])(?P<k>{_COUNT}) [a-z]+ of $|(?<![\w.])(?P<j>{_COUNT})\s?(?:x|×)?\s$"
)
# Things a span is each of, said after it: "2 min rests", "20 min breaks" (not "20 mins").
PLURAL_AFTER = re.compile(r"\s(?!(?:is|was|its|this|plus|less|thanks)\b)[a-z]{3,}s\b")
# A time per so much: "20 mins per kg", "25 mins a lb".
SPAN_PER = re.compile(r"\s?(?:per|a|an|/)\s?(?P<u>kg|kilo|lb|pound)\b")
MASS = re.compile(rf"(?<![\w.])(?P<n>{NUM})\s?(?P<u>kg|kilos?|lbs?)\b")
# A distance and a speed: "630km", "120 miles", "90 km/h", "60mph".
SPEED = re.compile(
    rf"(?<![\w.])(?P<n>{NUM})\s?(?P<u>km/h|kmh|kph|mph|(?:km|kms|miles?) (?:an|per|a) hour)\b"
)
DISTANCE = re.compile(rf"(?<![\w.])(?P<n>{NUM})\s?(?P<u>km|kms|miles?)\b(?!/| (?:an|per|a) hour)")
# A repeated interval: "every 3.5 hrs", "every 20 mins".
EVERY = re.compile(r"\bevery\s$")


@dataclass(frozen=True)
class Span:
    minutes: float
    said: str
    line: int
    at: tuple[int, int]
    vague: bool = False  # a time of day said without am or pm ("2:20")
    many: bool = False  # a span of several things, how many not said ("2 min rests")


def _clocks(text: str, line: int) -> list[Span]:
    """Times of day said in `text`, in minutes after midnight."""
    out = []
    for m in CLOCK_AT.finditer(text):
        if m.group("noon"):
            value = 0 if m.group("noon") == "midnight" else 12 * 60
        elif m.group("ap"):
            h = int(m.group("h"))
            if not 1 <= h <= 12:
                continue
            value = (h % 12 + (12 if m.group("ap") == "pm" else 0)) * 60 + int(m.group("m") or 0)
        else:
            value = int(m.group("h24")) * 60 + int(m.group("m24"))
        # "2:20": morning or afternoon unsaid ("07:30", "17:48" say it)
        vague = bool(m.group("h24")) and 1 <= int(m.group("h24")) <= 12 and m.group("h24")[0] != "0"
        out.append(Span(value, m.group().strip(), line, m.span(), vague))
    for m in MEAL_AT.finditer(text):
        out.append(Span((int(m.group("h")) + 12) * 60, f"{m.group('h')}pm", line, m.span("h")))
    for m in HOUR_AT.finditer(text):
        if not any(c.at[0] <= m.start("h") < c.at[1] for c in out):
            h = int(m.group("h"))
            out.append(Span(h * 60, f"{h}:00", line, m.span("h"), vague=True))
    return out


def _spans(text: str, line: int) -> list[Span]:
    """Spans of time said in `text`, in minutes, each times its count ("2 stops of 30 mins")."""
    out = []
    for m in SPAN.finditer(text):
        if m.group("half") or m.group("one"):
            value = 30.0 if m.group("half") else 60.0
            out.append(Span(value, _said_time(value), line, m.span()))
            continue
        elif m.group("h"):
            value = _n(m.group("h")) * 60 + (int(m.group("hm")) if m.group("hm") else 0)
        else:
            value = _n(m.group("m"))
        start, said = m.start(), m.group().strip()
        k = TIMES_OF.search(text[: m.start()])
        if k:
            times = k.group("k") or k.group("j")
            value *= int(_WORDS.get(times, times))
            start, said = k.start(), f"{_WORDS.get(times, times)} × {said}"
        many = not k and bool(PLURAL_AFTER.match(text, m.end()))
        out.append(Span(value, said, line, (start, m.end()), many=many))
    return out


def _said_time(minutes: float) -> str:
    """2 hrs 27 mins, 45 mins, 3 hrs."""
    h, m = divmod(round(minutes), 60)
    if h and not m:
        return f"{h} hour{'s' if h != 1 else ''}"  # "4 hours", said whole
    parts = [f"{h} hr{'s' if h != 1 else ''}"] if h else []
    if m or not h:
        parts.append(f"{m} min{'s' if m != 1 else ''}")
    return " ".join(parts)


def _said_clock(minutes: float, ambiguous: bool = False) -> str:
    """6:40am, 2pm, 12:05am; 3:50 when the time it came from said neither am nor pm."""
    h, m = divmod(round(minutes) % (24 * 60), 60)
    if ambiguous:
        return f"{h % 12 or 12}:{m:02d}"
    return f"{h % 12 or 12}{f':{m:02d}' if m else ''}{'am' if h < 12 else 'pm'}"


def _all_used(lines: Sequence[str], used: Used, said: re.Pattern[str] = re.compile(r"\d+")) -> bool:
    """Whether every figure of `lines` (or every match of `said`) lies in a span some working
    used."""
    for i, text in enumerate(lines):
        for m in said.finditer(text):
            if not any(j == i and a <= m.start() and m.end() <= b for j, a, b in used):
                return False
    return True


# --- clock sums ----------------------------------------------------------------------------

# A time of day asked after so much happens: "what time do we get there", "when will it finish".
ARRIVE_ASKED = re.compile(
    r"\b(?:what time|when)(?:'?s| is| do| does| will| would| should| 'll)? ?(?:we|i|it|they|she|he|"
    r"you|u|the \w+)? ?(?:get(?:ting)? (?:there|in|back|home)|arriv(?:e|ing)|land|finish|"
    r"be (?:there|done|ready|back|home)|reach|end|come out|be finished)\b|\beta\b"
)
# A time of day asked before another: "what time does it go in", "what time do i need to leave".
START_ASKED = re.compile(
    r"\b(?:what time|when)(?:'?s| is| do| does| will| would| should| must)? ?(?:we|i|it|they|she|"
    r"he|you|u|the \w+)? ?(?:need to |have to |got to |gotta |want to )?(?:go in|goes in|put (?:it|"
    r"them|the \w+) in|start|leav(?:e|in'?|ing)|set(?:ting)? off|head(?:ing)? off|get up|wake up|"
    r"set (?:my|the) alarm|be up)\b"
)
# How long between two times: "how long's the journey", "how many hours is that shift".
LONG_ASKED = re.compile(r"\bhow long\b|\bhow many (?:hours|hrs|mins|minutes)\b")
# The next of a repeated interval: "what time's the next feed", "the one after next".
NEXT_ASKED = re.compile(
    r"\b(?P<after>(?:\w+ )?after next)\b|\bnext (?:one|\w+)\b|\b(?P<k>second|third|fourth) (?:one|"
    r"\w+)\b"
)
ORDINALS = {"second": 2, "third": 3, "fourth": 4}


# A span on both sides of a time: "2 hours either side of low tide", "an hour before and after".
EITHER_SIDE = folded(r"\b(?:either side|each side|both sides|before and after)\b", re.I)


def _clock_sum(asking: str, lines: Sequence[str]) -> str:
    """A time of day from another and every span said: forwards when an arrival or an end is
    asked, backwards when a start is ("eat at 3", "needs 30 mins resting", "what time does it go
    in"); the spans between two times of day when how long is asked; a repeated interval from
    the last time ("every 3.5 hrs", "last feed was 11:40pm", "the feed after next")."""
    if any(EITHER_SIDE.search(t) for t in lines) and re.search(r"\bwhat time|\bwhen\b", asking):
        # "low tide is 10:12 and i want 2 hours either side": from a span before to one after
        clocks = [c for i, t in enumerate(lines) for c in _clocks(t, i)]
        spans = [s for i, t in enumerate(lines) for s in _spans(t, i) if not _inside(s, clocks)]
        if len(clocks) != 1 or len(spans) != 1:
            return ""
        at, gap, vague = clocks[0].minutes, spans[0].minutes, clocks[0].vague
        return (
            f"{clocks[0].said} − {spans[0].said} is {_said_clock(at - gap, vague)}; "
            f"{clocks[0].said} + {spans[0].said} is {_said_clock(at + gap, vague)}"
        )
    forward, backward = ARRIVE_ASKED.search(asking), START_ASKED.search(asking)
    long, nxt = LONG_ASKED.search(asking), NEXT_ASKED.search(asking)
    if not (forward or backward or long or nxt) or sum(map(bool, (forward, backward))) > 1:
        return ""
    clocks = [c for i, t in enumerate(lines) for c in _clocks(t, i)]
    speeds = [Span(0, "", i, m.span()) for i, t in enumerate(lines) for m in SPEED.finditer(t)]
    spans = [
        s for i, t in enumerate(lines) for s in _spans(t, i) if not _inside(s, [*clocks, *speeds])
    ]
    used: Used = [(c.line, *c.at) for c in clocks] + [(s.line, *s.at) for s in spans]
    used += [(s.line, *s.at) for s in speeds]
    if not _all_used(lines, used, TIME_WORD):
        return ""  # "a couple of hours", "quarter of an hour": a span not read
    if any(s.many for s in spans):
        return ""  # "with 2 min rests between": how many rests is not said
    every = [s for s in spans if EVERY.search(lines[s.line][: s.at[0]])]
    if nxt and re.search(r"\bwhat time|\bwhen\b", asking):
        if len(every) != 1 or len(clocks) != 1 or len(spans) != 1 or not _all_used(lines, used):
            return ""
        k = 2 if nxt.group("after") else ORDINALS.get(nxt.group("k") or "", 1)
        at, gap, vague = clocks[0].minutes, every[0].minutes, clocks[0].vague
        steps = [
            f"{'+' if i else clocks[0].said + ' +'} {_said_time(gap)} is "
            f"{_said_clock(at + (i + 1) * gap, vague)}"
            for i in range(k)
        ]
        return "; ".join(steps)
    if every:
        return ""
    rate = _rated(lines, spans, used)
    if rate is None:
        return ""
    driven = _driven(lines, used)
    if driven is None or not _all_used(lines, used):
        return ""
    said_in_order = sorted(spans, key=lambda s: (-s.line, s.at[0]))
    parts = [
        *driven,
        *rate,
        *((s.minutes, s.said) for s in said_in_order if not _is_rate(lines, s)),
    ]
    total = round(sum(m for m, _ in parts))  # to the minute, once
    shown = " + ".join(said for _, said in parts)
    if len(parts) == 1 and shown.endswith(")"):
        shown = shown[: shown.rindex(" (")]  # "84 miles ÷ 56mph is 1 hr 30 mins", said once
    if long and not (forward or backward):
        if len(clocks) == 2 and not parts:
            a, b = _in_order(clocks, lines)
            gap = (b.minutes - a.minutes) % ((12 if a.vague or b.vague else 24) * 60)
            return f"{a.said} to {b.said} is {_said_time(gap)}" if 0 < gap <= 18 * 60 else ""
        if clocks or not parts or (len(parts) < 2 and not driven):
            return ""
        return f"{shown} is {_said_time(total)}"
    if len(clocks) != 1 or not parts:
        return ""
    at = clocks[0]
    way, then = ("+", at.minutes + total) if forward else ("−", at.minutes - total)
    moved = f"{at.said} {way} {_said_time(total)} is {_said_clock(then, at.vague)}"
    if len(parts) == 1 and not driven and not rate:
        return moved  # one span: "7:15 − 45 mins is 6:30", not its sum of one first
    return f"{shown} is {_said_time(total)}; {moved}"


# Words before a time of day that say it is the start, or the end, of a stretch.
STARTS = re.compile(
    r"\b(?:now|it'?s|its|leaves?|leaving|departs?|starts?|starting|from|doors|clock(?:ed)? in|"
    r"kick ?off|ko|begins?|bed|set off|on at|in at|went in)\b"
)
ENDS = re.compile(
    r"\b(?:gets? (?:in|back)|arrives?|arriving|lands?|finish(?:es)?|ends?|till|until|til|back|"
    r"home by|clock(?:ed)? (?:off|out)|woke|wake|done|by|out at|due)\b"
)


def _in_order(clocks: list[Span], lines: Sequence[str]) -> tuple[Span, Span]:
    """Two times of day, the start first: as their words say ("its 2:15 now", "train at 3:40";
    "gets in 21:15"), else as said."""
    said = sorted(clocks, key=lambda c: (-c.line, c.at[0]))
    marks = [
        (
            bool(
                STARTS.search(
                    lines[c.line][max(0, c.at[0] - 25) : c.at[0]]
                    + lines[c.line][c.at[1] : c.at[1] + 6]
                )
            ),
            bool(ENDS.search(lines[c.line][max(0, c.at[0] - 25) : c.at[0]])),
        )
        for c in said
    ]
    now = [
        bool(
            re.search(r"\b(?:it'?s|its|time is)\s$", lines[c.line][max(0, c.at[0] - 8) : c.at[0]])
            or re.match(r"\s?now\b", lines[c.line][c.at[1] : c.at[1] + 6])
        )
        for c in said
    ]
    if now[0] != now[1]:
        # "it's 8:50 now" and "train leaves at 9:45": the time it is now is the start
        return (said[0], said[1]) if now[0] else (said[1], said[0])
    if (marks[1][0] and not marks[1][1] and not marks[0][0]) or (marks[0][1] and not marks[1][1]):
        return said[1], said[0]
    return said[0], said[1]


def _inside(span: Span, clocks: list[Span]) -> bool:
    return any(c.line == span.line and c.at[0] <= span.at[0] < c.at[1] for c in clocks)


def _is_rate(lines: Sequence[str], span: Span) -> bool:
    return bool(SPAN_PER.match(lines[span.line], span.at[1]))


def _rated(lines: Sequence[str], spans: list[Span], used: Used) -> list[tuple[float, str]] | None:
    """A time per kilo times the kilos said ("20 mins per kg", "turkey is 6.4kg"): one rate and
    one weight, or none of either; None when they do not pair."""
    rates = [s for s in spans if _is_rate(lines, s)]
    masses = [(i, m) for i, t in enumerate(lines) for m in MASS.finditer(t)]
    if not rates and not masses:
        return []
    if len(rates) != 1 or len(masses) != 1:
        return None
    rate, (i, m) = rates[0], masses[0]
    per = SPAN_PER.match(lines[rate.line], rate.at[1])
    if per.group("u")[0] != m.group("u")[0]:
        return None
    used.append((rate.line, rate.at[0], per.end()))
    used.append((i, *m.span()))
    weight = _n(m.group("n"))
    return [(rate.minutes * weight, f"{count(weight)} × {_said_time(rate.minutes)}")]


def _driven(lines: Sequence[str], used: Used) -> list[tuple[float, str]] | None:
    """The time a distance takes at a speed ("630km", "avg 90 km/h"): one of each, or neither;
    None otherwise."""
    speeds = [(i, m) for i, t in enumerate(lines) for m in SPEED.finditer(t)]
    far = [(i, m) for i, t in enumerate(lines) for m in DISTANCE.finditer(t)]
    if not speeds and not far:
        return []
    if len(speeds) != 1 or len(far) != 1:
        return None
    (i, v), (j, d) = speeds[0], far[0]
    if (v.group("u") == "mph" or v.group("u").startswith("mile")) != d.group("u").startswith(
        "mile"
    ):
        return None
    used += [(i, *v.span()), (j, *d.span())]
    minutes = _n(d.group("n")) / _n(v.group("n")) * 60
    return [(minutes, f"{d.group().strip()} ÷ {v.group().strip()} ({_said_time(minutes)})")]


# --- dates -----------------------------------------------------------------------------------

DAYS_TO_ASKED = re.compile(
    r"\bhow many (?P<u>days|sleeps|weeks|nights)\b(?:[^?.!]{0,25}\b(?:to go|until|till|til|left|"
    r"away|before|between|is it|are we|is that|in total|altogether|we got|we staying|we there)\b|"
    r"\s*\??$)|\bhow long (?:until|till|til|to go|before)\b"
)
# Days named, not numbered: "christmas is on a friday", "how many sleeps till christmas".
NAMED_DAYS = (
    (re.compile(r"\bchristmas eve\b|\bxmas eve\b"), "24 december"),
    (re.compile(r"\bnew year'?s eve\b|\bnye\b"), "31 december"),
    (re.compile(r"\bnew year'?s day\b"), "1 january"),
    (re.compile(r"\b(?:christmas|xmas)(?: day)?\b"), "25 december"),
    (re.compile(r"\bhalloween\b"), "31 october"),
    (re.compile(r"\bbonfire night\b"), "5 november"),
    (re.compile(r"\bvalentine'?s(?: day)?\b"), "14 february"),
)
# Two dates said as a stretch: "in on the 14th july, out on the 21st", "from 3 may to 9 may".
STRETCH = re.compile(r"\bfrom\b|\bbetween\b|\b(?:check(?:ing)? )?in\b|\barriv")
TODAY = re.compile(r"\btoday\b|\bit'?s\b|\bnow\b")
ANNIVERSARY_ASKED = re.compile(
    r"\b(?:which|what) (?:wedding )?anniversary\b|\bhow many years\b[^?.!]{0,20}\b(?:married|"
    r"together|wed)\b|\b(?P<born>(?:which|what)(?: number)? (?:birthday|bday)|"
    r"(?:how many|what number) candles|"
    r"how old (?:will|is|'s) (?:he|she|they|\w+) (?:be )?(?:turning|this (?:year|birthday|bday)))"
)
NOW_YEAR = re.compile(
    r"\b(?:it'?s|its|this year is|this year'?s|now|we'?re in) (?P<y>20\d\d)\b|"
    r"\b(?P<y2>20\d\d) now\b|\bthis (?:year|\w+) \(?(?P<y3>20\d\d)\b"
)
SINCE_YEAR = re.compile(
    r"\b(?:married|wed|together|met|since|started|opened|founded|born)\b[^.?!]*?"
    r"\b(?P<y>(?:19|20)\d\d)\b"
)
ANNIVERSARIES = {
    1: "paper",
    5: "wood",
    10: "tin",
    15: "crystal",
    20: "china",
    25: "silver",
    30: "pearl",
    35: "coral",
    40: "ruby",
    45: "sapphire",
    50: "golden",
    55: "emerald",
    60: "diamond",
    65: "blue sapphire",
    70: "platinum",
}


def _ordinal(n: int) -> str:
    end = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{end}"


def _days_to(asking: str, lines: Sequence[str]) -> str:
    """Days from today's date said ("today's the 23rd june") to another ("we fly 14th august"),
    the coming one when no year is said; in weeks when weeks are asked."""
    asked = DAYS_TO_ASKED.search(asking)
    if not asked:
        return ""
    lines = [_named_days(t) for t in lines]
    dates = [(i, m) for i, t in enumerate(lines) for m in DAY_MONTH.finditer(t)]
    # one day said twice ("till christmas", "christmas is the 25th") is one date
    kept = {_day_key(m): (i, m) for i, m in sorted(dates, key=lambda d: d[0])}
    used: Used = [(i, *m.span()) for i, m in dates]
    dates = list(kept.values())
    # said just before it, since the date before it on its line ("today is 3 march and we fly
    # on 18 april": the 3rd only)
    today = [
        (i, m)
        for i, m in dates
        if TODAY.search(
            lines[i][: m.start()],
            max([d.end() for j, d in dates if j == i and d.end() <= m.start()] + [m.start() - 16]),
        )
    ]
    if len(dates) == 2 and not today and _stretch(asked, lines, dates):
        today = [max(dates, key=lambda d: (d[0], -d[1].start()))]  # the first said
    if len(dates) != 2 or len(today) != 1:
        return ""
    if not _all_used(lines, used):
        return ""
    then = next((i, m) for i, m in dates if (i, m) != today[0])
    spans = [_days_between(today[0][1], then[1], year) for year in (2023, 2024)]
    if None in spans or len({(b - a).days for a, b in spans}) != 1:
        return ""  # no year said and a 29th of February between: two answers
    start, end = spans[0]
    days = (end - start).days
    shown = [_day_said(d).removesuffix(f" {d.year}") for d in (start, end)]
    if _year_said(today[0][1]) or _year_said(then[1]):
        shown = [_day_said(start), _day_said(end)]
    unit = "nights" if asked.group("u") == "nights" else "days"
    said = f"{shown[0]} to {shown[1]} is {days} {unit}"
    if asked.group("u") == "weeks":
        weeks, rest = divmod(days, 7)
        said += f", {weeks} weeks" + (f" and {rest} day{'s' if rest > 1 else ''}" if rest else "")
    return said


def _days_between(today: re.Match[str], then: re.Match[str], year: int) -> tuple[date, date] | None:
    """Today's date and the date to come, each in the year said (or the other's, or `year`),
    the one to come a year on when it would fall before today; None for a date not in the
    calendar or one said, in its year, before today."""
    said = _year_said(today) or _year_said(then)
    try:
        start = _date_of(today, int(_year_said(today) or said or year))
        if not _year_said(today) and said and start > _date_of(then, int(said)):
            start = _date_of(today, int(said) - 1)  # "today's the 4th october", "1st march 2026"
        end = _date_of(then, int(_year_said(then) or start.year))
        if end < start and not _year_said(then):
            end = _date_of(then, start.year + 1)
    except ValueError:
        return None
    return (start, end) if end > start else None


def _day_key(m: re.Match[str]) -> tuple[str, str, str]:
    day = m.group("d") or m.group("d2")
    return day, (m.group("m") or m.group("m2"))[:3], _year_said(m)


def _named_days(text: str) -> str:
    """`text` with the days it names by name dated: "till christmas" → "till 25 december";
    as said when it dates them itself ("christmas is the 25th december")."""
    if DAY_MONTH.search(text):
        return text
    for name, day in NAMED_DAYS:
        text = name.sub(day, text)
    return text


def _stretch(asked: re.Match[str], lines: Sequence[str], dates: list) -> bool:
    """Whether two dates are a stretch whose days or nights are asked ("how many nights",
    "how many days between 3 march and 17 april"), not a count from today."""
    first = max(dates, key=lambda d: (d[0], -d[1].start()))
    if asked.group("u") == "nights":
        return True
    # days from one to the other, not "how many days is our stay" (the last day counted or not)
    return bool(re.search(r"\bbetween\b", asked.string)) and bool(
        STRETCH.search(lines[first[0]][: first[1].start()]) or first[0] == 0
    )


def _year_said(m: re.Match[str]) -> str:
    return m.group("y") or m.group("y2") or ""


def _date_of(m: re.Match[str], year: int) -> date:
    day = int(m.group("d") or m.group("d2"))
    month_said = (m.group("m") or m.group("m2")).lower()[:3]
    month = next(i for i, name in enumerate(_MONTHS, 1) if name.startswith(month_said))
    return date(year, month, day)


def _anniversary(asking: str, lines: Sequence[str]) -> str:
    """Which anniversary ("married 14 sept 1974", "its 2024 now"): the years between, and its
    name; or which birthday this year ("grandads born june 1938", "this june (2025)", "what
    number candles")."""
    asked = ANNIVERSARY_ASKED.search(asking)
    if not asked:
        return ""
    now = [(i, m) for i, t in enumerate(lines) for m in NOW_YEAR.finditer(t)]
    since = [(i, m) for i, t in enumerate(lines) for m in SINCE_YEAR.finditer(t)]
    if len(now) != 1 or len(since) != 1:
        return ""
    (i, n), (j, s) = now[0], since[0]
    born = s.group().startswith("born")
    if born != bool(asked.group("born")):
        return ""  # a birthday asked of a wedding's year, or an anniversary of a birth
    used: Used = [(i, *n.span()), (j, *s.span("y"))]
    used += [(j, *d.span()) for d in DAY_MONTH.finditer(lines[j])]
    if not _all_used(lines, used):
        return ""
    a, b = int(s.group("y")), int(n.group("y") or n.group("y2") or n.group("y3"))
    if b <= a:
        return ""
    if born:
        return f"{b} − {a} is {b - a}: the {_ordinal(b - a)} birthday"
    name = ANNIVERSARIES.get(b - a)
    return f"{b} − {a} is {b - a}: the {_ordinal(b - a)}" + (f", the {name} one" if name else "")


# --- rates -----------------------------------------------------------------------------------

# A count of things: "23 goals", "412 runs", "31 games", "out 11 times".
COUNTED = re.compile(rf"(?<![\w.£$€:])(?P<n>{NUM})\s(?P<t>[a-z]{{3,}})\b")
PER_ASKED = re.compile(
    r"\b(?:per|a|an|each) (?P<per>game|match|innings|race|week|day|month|session|round|hour|"
    r"shift|app|appearance|outing|fixture|leg|frame)\b"
)
OCCASIONS = re.compile(
    r"times|games|matches|innings|races|rounds|weeks|days|months|sessions|hours|shifts|outs|starts|"
    r"apps|appearances|outings|fixtures|legs|frames"
)
NOT_COUNTED = re.compile(
    r"mins?|minutes|hrs?|hours|secs?|seconds|miles|metres|meters|litres|kilos|grams|pounds|quid|"
    r"euros|dollars|percent|years|yrs|people|of|and|the|per|each|out|more|less|times|left"
)
AVERAGE_ASKED = re.compile(r"\b(?:avg|average|mean)\b")


def _per_thing(asking: str, lines: Sequence[str]) -> str:
    """So many things per occasion ("23 goals in 31 games", "whats that per game"), or an
    average of a total over the times it was shared ("412 runs", "out 11 times", "whats my
    batting avg"): the one count over the other."""
    per = PER_ASKED.search(asking)
    avg = AVERAGE_ASKED.search(asking)
    if not per and not avg:
        return ""
    counted = [(i, m) for i, t in enumerate(lines) for m in COUNTED.finditer(t)]
    if len(counted) != 2 or any(re.search(r"[£$€%]|\d\s?k\b", t) for t in lines):
        return ""
    if not _all_used(lines, [(i, *m.span()) for i, m in counted]):
        return ""
    occasion = [(i, m) for i, m in counted if re.fullmatch(OCCASIONS, m.group("t"))]
    if per:
        occasion = [(i, m) for i, m in occasion if m.group("t").startswith(per.group("per")[:4])]
    if len(occasion) != 1:
        return ""
    total = next((i, m) for i, m in counted if (i, m) != occasion[0])
    thing = total[1].group("t")
    if NOT_COUNTED.fullmatch(thing) and thing != "times" or not thing.endswith("s"):
        return ""  # "3 hat tricks": a count said of a word that is not the thing
    a, b = _n(total[1].group("n")), _n(occasion[0][1].group("n"))
    if not b:
        return ""
    value = count(round(a / b, 2))
    if per:
        return f"{total[1].group()} ÷ {occasion[0][1].group()} is {value} {thing} {per.group(0)}"
    return f"{total[1].group()} ÷ {occasion[0][1].group()} is {value}"


# A run timed: "did parkrun in 27:30", "ran 10k in 52:10", "half marathon in 1:58:30".
RUN_TIME = re.compile(r"\bin (?:(?P<h>\d):)?(?P<m>[0-5]?\d):(?P<s>[0-5]\d)\b")
RUN_DISTANCE = re.compile(
    r"\b(?P<park>parkrun)\b|\b(?P<half>half marathon|half)\b|\b(?P<full>marathon)\b|"
    rf"(?<![\w.])(?P<n>{NUM})\s?(?P<u>k|km|kms|miles?)\b"
)
PACE_ASKED = re.compile(r"\bpace\b|\bper (?P<u>km|k|kilometre|mile)\b|\ba (?P<u2>km|mile)\b")
# A pace asked in so many words, for the engine ("what pace is that", "whats that per km").
PACE_WORDED = re.compile(r"\bwhat(?:'?s| is)?\b[^?.!]{0,15}\bpace\b|\bper (?:km|k|mile)\b")
TIME_OFF = re.compile(
    r"(?P<n>\d{1,2})\s?(?P<u>mins?|minutes|secs?|seconds)\s(?P<way>off|faster|quicker|less|slower|"
    r"more)\b|\b(?:knock|take|shave|cut)\s(?:off\s)?(?P<n2>\d{1,2})\s?(?P<u2>mins?|minutes|secs?|"
    r"seconds)(?:\soff)?\b"
)


def _pace(asking: str, lines: Sequence[str]) -> str:
    """A pace per km (or mile) of a run timed ("did parkrun in 27:30": 5 km), with minutes
    knocked off or put on when a follow-up says so ("what if i knock 2 mins off")."""
    asked = PACE_ASKED.search(asking) or (
        (PACE_ASKED.search(lines[1]) if len(lines) > 1 else None)
        if TIME_OFF.search(asking)
        else None
    )
    if not asked:
        return ""
    times = [(i, m) for i, t in enumerate(lines) for m in RUN_TIME.finditer(t)]
    runs = [(i, m) for i, t in enumerate(lines) for m in RUN_DISTANCE.finditer(t)]
    offs = [(i, m) for i, t in enumerate(lines) for m in TIME_OFF.finditer(t)]
    if len(times) != 1 or len(runs) != 1 or len(offs) > 1:
        return ""
    used: Used = [(i, *m.span()) for i, m in (*times, *runs, *offs)]
    if not _all_used(lines, used):
        return ""
    t = times[0][1]
    secs = int(t.group("h") or 0) * 3600 + int(t.group("m")) * 60 + int(t.group("s"))
    r = runs[0][1]
    km = (
        5.0
        if r.group("park")
        else 21.0975
        if r.group("half")
        else 42.195
        if r.group("full")
        else (_n(r.group("n")) * (1.609344 if r.group("u").startswith("mile") else 1.0))
    )
    per_mile = (
        (asked.group("u") or asked.group("u2") or "").startswith("mile")
        if asked.lastindex
        else False
    )
    if (
        r.group("u")
        and r.group("u").startswith("mile")
        and not (asked.group("u") or asked.group("u2"))
    ):
        per_mile = True
    steps = []
    said = t.group()[3:]
    if offs:
        o = offs[0][1]
        n = int(o.group("n") or o.group("n2"))
        change = n * (60 if (o.group("u") or o.group("u2")).startswith("m") else 1)
        slower = o.group("way") in ("slower", "more")
        secs += change if slower else -change
        steps.append(
            f"{said} {'+' if slower else '−'} {n} {(o.group('u') or o.group('u2'))} is {_mss(secs)}"
        )
        said = _mss(secs)
    dist = km / 1.609344 if per_mile else km
    unit = "mile" if per_mile else "km"
    shown = count(round(dist, 2))
    plural = "s" if per_mile and round(dist, 2) != 1 else ""
    steps.append(f"{said} ÷ {shown} {unit}{plural} is {_mss(secs / dist)} per {unit}")
    return "; ".join(steps)


def _mss(secs: float) -> str:
    """5:06, 1:02:05."""
    s = round(secs)
    h, rest = divmod(s, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


SPEED_ASKED = re.compile(
    r"\bhow fast\b|\bwhat (?:speed|pace)\b|\b(?:average|avg) speed\b|"
    r"\b(?:in|what'?s that in) (?P<u>mph|km/h|kph)\b|\b(?:mph|km/h|kph) (?:is|was) that\b"
)


def _speed(asking: str, lines: Sequence[str]) -> str:
    """A speed from a distance and the time it took ("cycled 42km", "took 1h45", "how fast is
    that"): km an hour, or miles when miles are said or asked."""
    asked = SPEED_ASKED.search(asking)
    if not asked or re.search(r"\bpace\b", asking) and not asked.group("u"):
        return ""
    far = [(i, m) for i, t in enumerate(lines) for m in DISTANCE.finditer(t)]
    spans = [s for i, t in enumerate(lines) for s in _spans(t, i)]
    if len(far) != 1 or len(spans) != 1 or spans[0].many or not spans[0].minutes:
        return ""
    (i, d), span = far[0], spans[0]
    used: Used = [(i, *d.span()), (span.line, *span.at)]
    if not _all_used(lines, used) or not _all_used(lines, used, TIME_WORD):
        return ""
    miles = d.group("u").startswith("mile")
    value = _n(d.group("n"))
    want = asked.group("u") or ("mph" if miles else "km/h")
    if want == "mph" and not miles:
        value /= 1.609344
    elif want != "mph" and miles:
        value *= 1.609344
    hours = span.minutes / 60
    shown = count(round(value / hours, 1))
    unit = "mph" if want == "mph" else "km/h"
    converted = (
        ""
        if (want == "mph") == miles
        else f" ({count(round(value, 1))} {'miles' if want == 'mph' else 'km'})"
    )
    return f"{d.group().strip()}{converted} ÷ {_said_time(span.minutes)} is {shown} {unit}"


# A total as a percent of its most: "each out of 10", "got 34 out of 40".
OUT_OF = re.compile(rf"(?:(?P<each>each|all|every one|every round) )?out of (?P<m>{NUM})\b")
SCORED = re.compile(rf"(?<![\w.])(?P<n>{NUM})\s?(?:out of|/)\s?(?P<m>{NUM})\b")
PERCENT_ASKED = re.compile(
    r"\bas a (?:percent|percentage|%)|\bwhat (?:percent|percentage|%)|"
    r"\bin (?:percent|%)|\bpercentage\b|\bhow many percent\b|\b(?:a|as) %"
)
LISTED = re.compile(rf"(?<![\d.])(?P<xs>{NUM}(?:\s?,\s?{NUM}){{2,}}(?:,?\s(?:and|&)\s{NUM})?)")


def _percent_of_most(asking: str, lines: Sequence[str]) -> str:
    """A score as a percent of the most it could be: "34 out of 40", or a list ("rounds were 8,
    7, 10, 6, 9, 5") each out of so many ("each out of 10")."""
    if not PERCENT_ASKED.search(asking) or re.search(
        r"\b(?:up|down|off|increase|rise|drop)\b", asking
    ):
        return ""
    lists = [(i, m) for i, t in enumerate(lines) for m in LISTED.finditer(t)]
    scored = [(i, m) for i, t in enumerate(lines) for m in SCORED.finditer(t)]
    each = [(i, m) for i, t in enumerate(lines) for m in OUT_OF.finditer(t) if m.group("each")]
    if len(lists) == 1 and len(each) == 1 and not scored:
        (i, lm), (j, em) = lists[0], each[0]
        xs = [_n(x) for x in re.findall(NUM, lm.group("xs"))]
        most = _n(em.group("m")) * len(xs)
        if not _all_used(lines, [(i, *lm.span()), (j, *em.span())]) or sum(xs) > most:
            return ""
        total = sum(xs)
        return (
            f"{' + '.join(count(x) for x in xs)} is {count(total)}; {len(xs)} × "
            f"{em.group('m')} is {count(most)}; {count(total)} ÷ {count(most)} is "
            f"{count(round(total / most * 100, 1))}%"
        )
    if len(scored) == 1 and not lists and not each:
        i, m = scored[0]
        a, b = _n(m.group("n")), _n(m.group("m"))
        if not b or a > b or not _all_used(lines, [(i, *m.span())]):
            return ""
        return f"{count(a)} ÷ {count(b)} is {count(round(a / b * 100, 1))}%"
    return ""


# --- conversions -----------------------------------------------------------------------------

# Units of one figure said in another: (dimension, its size in the base unit, how it is said).
UNITS: dict[str, tuple[str, float, str]] = {}
for _words, _dim, _size, _said in (
    ("m metre metres meter meters", "length", 1.0, "m"),
    ("km kms kilometre kilometres kilometers", "length", 1000.0, "km"),
    ("cm centimetres", "length", 0.01, "cm"),
    ("ft feet foot", "length", 0.3048, "ft"),
    ("in inch inches", "length", 0.0254, "inches"),
    ("mile miles mi", "length", 1609.344, "miles"),
    ("yd yard yards", "length", 0.9144, "yards"),
    ("kg kgs kilo kilos kilograms", "mass", 1.0, "kg"),
    ("g grams gram", "mass", 0.001, "g"),
    ("lb lbs pound pounds", "mass", 0.45359237, "lb"),
    ("st stone stones", "mass", 6.35029318, "stone"),
    ("oz ounce ounces", "mass", 0.028349523, "oz"),
    ("l litre litres liter liters", "volume", 1.0, "litres"),
    ("ml millilitres", "volume", 0.001, "ml"),
    ("pint pints", "volume", 0.56826125, "pints"),
    ("tsp teaspoon teaspoons", "volume", 0.005, "tsp"),
    ("tbsp tablespoon tablespoons", "volume", 0.015, "tbsp"),
    ("gallon gallons", "volume", 4.54609, "gallons"),
    # Spans of time, in days: "what's 38 years in days roughly", "3 weeks in hours". (No
    # "second", which counts; a year of 365¼ days, a month of a twelfth of one.)
    ("year years yr yrs", "time", 365.25, "years"),
    ("month months", "time", 365.25 / 12, "months"),
    ("fortnight fortnights", "time", 14.0, "fortnights"),
    ("week weeks wk wks", "time", 7.0, "weeks"),
    ("day days", "time", 1.0, "days"),
    ("hour hours hr hrs", "time", 1 / 24, "hours"),
    ("minutes mins", "time", 1 / 1440, "minutes"),
    ("seconds secs", "time", 1 / 86400, "seconds"),
):
    for _w in _words.split():
        UNITS[_w] = (_dim, _size, _said)
_UNIT_WORD = "|".join(sorted(UNITS, key=len, reverse=True))
MEASURE = re.compile(rf"(?<![\w.£$€])(?P<n>{NUM})\s?(?P<u>{_UNIT_WORD})\b(?!/)")
CONVERT_ASKED = re.compile(
    rf"\bhow (?:many|much) (?P<u>{_UNIT_WORD})\b|\b(?:in|into|to) (?P<u2>{_UNIT_WORD})\s*"
    r"(?=[?.!,]|$|\b(?:then|pls|please|lol|mate|instead|roughly|approx|for \w+)\b)"
)
CLIMBED = re.compile(r"\b(?:climb|climbed|gain|gained|went up|go up|ascent|up)\b")
START_HEIGHT = re.compile(r"\b(?:start|started|starting|from|bottom|base|car ?park)\b")
# A rate between two units given in the chat: "1 cup flour = 120g", "a cup of flour is 120g".
GIVEN_RATE = re.compile(
    r"\b(?:1\s?|a |one )(?P<a>[a-z]+)(?: of)?(?: (?P<of>[a-z]+))? (?:=|is|are|weighs) "
    rf"(?:about |roughly )?(?P<n>{NUM})\s?(?P<u>{_UNIT_WORD})\b"
)
# or so much of the unit a thing: "120g per cup", "15ml a spoon".
GIVEN_PER = re.compile(
    rf"(?<![\w.])(?P<n>{NUM})\s?(?P<u>{_UNIT_WORD}) (?:per|a|an|each|to a|to the) "
    r"(?P<a>[a-z]{3,})\b(?P<of>(?!))?"
)
# A figure of so many things, halves said in words: "2 and a half cups", "3.5 cups", "1½ cups".
AMOUNT_OF = (
    r"(?<![\w.])(?P<n>{num})(?P<half> and a half|½| 1/2)?\s?{thing}s?\b(?: (?:of )?(?P<of>[a-z]+))?"
)


# Two units said together: "7lb 8oz", "11st 4", "5ft 10".
COMPOUND = re.compile(
    r"(?<![\w.])(?P<a>\d{1,3})\s?(?P<u>lbs?|st|stone|ft|foot|feet)\s?(?P<b>\d{1,2}(?:\.\d)?)\s?"
    r"(?P<v>oz|lbs?|pounds|in(?!\s[a-z])|inches)?\b"
)
FEET_INCHES = re.compile(r"(?<![\w.])(?P<a>[4-7])\s?['’]\s?(?P<b>\d{1,2})(?:\"|''|”)?(?!\d)")
SMALLER = {
    "lb": "oz",
    "lbs": "oz",
    "st": "lb",
    "stone": "lb",
    "ft": "in",
    "foot": "in",
    "feet": "in",
}


# A race said in thousands of metres: "a 10k", "the 5k" (a run said, not a sum of money).
RUN_K = re.compile(
    r"\b(?:ran|run|running|did|doing|jog|jogged|race|racing)\b[^.?!\d£$€]{0,12}?(?<![\w.£$€])"
    r"(?P<n>\d{1,3}(?:\.\d)?)k\b|(?<![\w.£$€])(?P<m>\d{1,3}(?:\.\d)?)k (?:run|race|fun run)\b"
)


@dataclass(frozen=True)
class Measure:
    value: float  # in the base unit of its dimension (`UNITS`)
    said: str
    unit: str  # the unit word said (the larger of two)
    line: int
    at: tuple[int, int]


def _measures(text: str, line: int) -> list[Measure]:
    """Figures said with a unit of length, mass or volume, two units said together as one."""
    out = []
    for m in FEET_INCHES.finditer(text):
        value = int(m.group("a")) * UNITS["ft"][1] + int(m.group("b")) * UNITS["in"][1]
        out.append(Measure(value, f"{m.group('a')}ft {m.group('b')}", "ft", line, m.span()))
    for m in COMPOUND.finditer(text):
        small = SMALLER[m.group("u")]
        if m.group("v") and UNITS[m.group("v")][2] != UNITS[small][2]:
            continue
        value = _n(m.group("a")) * UNITS[m.group("u")][1] + _n(m.group("b")) * UNITS[small][1]
        out.append(Measure(value, m.group().strip(), m.group("u"), line, m.span()))
    for m in RUN_K.finditer(text):
        n, at = (m.group("n"), m.span("n")) if m.group("n") else (m.group("m"), m.span("m"))
        out.append(Measure(_n(n) * 1000, f"{n}k", "km", line, (at[0], at[1] + 1)))
    for m in MEASURE.finditer(text):
        if not any(x.at[0] <= m.start() < x.at[1] for x in out):
            value = _n(m.group("n")) * UNITS[m.group("u")][1]
            out.append(Measure(value, m.group().strip(), m.group("u"), line, m.span()))
    return out


def _converted(asking: str, lines: Sequence[str]) -> str:
    """One figure said in the unit asked ("summit 1,085m", "how many feet"), or the rise from a
    start to a top when a climb is asked; a figure of things at a rate the chat gives ("2 and a
    half cups of flour", "1 cup flour = 120g", "so how many grams")."""
    asked = CONVERT_ASKED.search(asking)
    if not asked:
        return ""
    word = asked.group("u") or asked.group("u2")
    dim, size, said = UNITS[word]
    rates = [
        (i, m) for i, t in enumerate(lines) for r in (GIVEN_RATE, GIVEN_PER) for m in r.finditer(t)
    ]
    if rates:
        return _at_rate(lines, rates, word)
    figs = [f for i, t in enumerate(lines) for f in _measures(t, i)]
    if not figs or any(UNITS[f.unit][0] != dim for f in figs):
        return ""
    if not _all_used(lines, [(f.line, *f.at) for f in figs]):
        return ""
    if any(UNITS[f.unit][2] == said for f in figs):
        return ""
    figs = list({round(f.value, 6): f for f in reversed(figs)}.values())  # said again: one figure
    steps = []
    if len(figs) == 2 and CLIMBED.search(asking):
        low = [f for f in figs if START_HEIGHT.search(lines[f.line][: f.at[0]])]
        if len(low) != 1:
            return ""
        high = next(f for f in figs if f is not low[0])
        value = high.value - low[0].value
        if value <= 0 or high.unit != low[0].unit:
            return ""
        unit = UNITS[high.unit]
        rise = f"{count(value / unit[1])}{unit[2]}"
        steps.append(f"{high.said} − {low[0].said} is {rise}")
        start = rise
    elif len(figs) == 1:
        value, start = figs[0].value, figs[0].said
    else:
        return ""
    out = value / size
    shown = count(round(out)) if out >= 100 else count(round(out, 1 if out >= 10 else 2))
    if said in ("stone", "ft") and out < 40:
        # a weight in stones and pounds, a height in feet and inches, as people say them
        big, small, (u, v) = *divmod(round(out * 14), 14), ("st", "lb")
        if said == "ft":
            big, small, (u, v) = *divmod(round(out * 12), 12), ("ft", "in")
        shown, said = f"{big}{u} {small}{v}", ""
    steps.append(f"{start} is about {shown} {said}".rstrip())
    return "; ".join(steps)


def _at_rate(lines: Sequence[str], rates: list[tuple[int, re.Match[str]]], word: str) -> str:
    """So many things at the rate given between them and the unit asked."""
    if len(rates) != 1:
        return ""
    i, r = rates[0]
    if UNITS[r.group("u")][2] != UNITS[word][2]:
        return ""
    thing = r.group("a").rstrip("s")
    pattern = re.compile(AMOUNT_OF.format(num=NUM, thing=re.escape(thing)))
    amounts = [
        (j, m)
        for j, t in enumerate(lines)
        for m in pattern.finditer(t)
        if (j, m.start()) != (i, r.start())
    ]
    amounts = [(j, m) for j, m in amounts if not (j == i and r.start() <= m.start() < r.end())]
    if len(amounts) != 1:
        return ""
    j, a = amounts[0]
    if r.group("of") and a.group("of") and r.group("of") != a.group("of"):
        return ""  # "2 cups of flour", "1 cup of sugar = 200g": the rate is another thing's
    if not _all_used(lines, [(i, *r.span()), (j, *a.span())]):
        return ""
    n = _n(a.group("n")) + (0.5 if a.group("half") else 0)
    rate = _n(r.group("n"))
    unit = UNITS[r.group("u")][2]
    return f"{count(n)} × {count(rate)}{unit} is {count(round(n * rate, 1))}{unit}"


# --- a temperature in the other scale ------------------------------------------------------

CELSIUS = re.compile(rf"(?<![\w.])(?P<n>{NUM})\s?(?:°\s?)?(?P<u>c|f)\b")
# The scale an oven or a thermometer reads, said without a figure: "only does C", "in fahrenheit".
SCALE_F = re.compile(r"\bfahrenheit\b|(?<![\d°])\bf\b(?!\s?\d)")
SCALE_C = re.compile(r"\b(?:celsius|centigrade)\b|(?<![\d°])\bc\b(?!\s?\d)")
SCALE_ASKED = re.compile(
    r"\bwhat do i set\b|\bwhat (?:temp|temperature)\b|"
    r"\b(?:in|into|to) (?:°\s?)?(?:c|f|celsius|fahrenheit|centigrade)\b(?!\s?\d)"
)


def temperature(lines: Sequence[str]) -> str:
    """The one temperature said, in the scale the chat names without a figure ("recipe says
    375F", "my oven only does C"): (375°F − 32) × 5/9 is 190.6°C; an oven to the nearest ten."""
    said = [(m, t) for t in lines for m in CELSIUS.finditer(t)]
    if len(said) != 1:
        return ""
    m, text = said[0]
    rest = [t.replace(m.group(), " ") if t is text else t for t in lines]
    to_f = any(SCALE_F.search(t) for t in rest)
    to_c = any(SCALE_C.search(t) for t in rest)
    if to_f == to_c:  # a time said beside it ("bake 20 mins") is plainly not in the sum
        return ""
    value = _n(m.group("n"))
    if to_f and m.group("u") == "c":
        return f"{count(value)}°C × 9/5 + 32 is {count(round(value * 9 / 5 + 32))}°F"
    if to_c and m.group("u") == "f":
        exact = (value - 32) * 5 / 9
        worked = f"({count(value)}°F − 32) × 5/9 is {count(round(exact, 1))}°C"
        if exact >= 100 and round(exact, -1) != round(exact, 1):
            worked += f"; an oven dial goes in tens, so about {count(round(exact, -1))}°C"
        return worked
    return ""


def _scale(asking: str, lines: Sequence[str]) -> str:
    """A temperature asked in the other scale: "whats that in f", "what do i set it to"."""
    return temperature(lines) if SCALE_ASKED.search(asking) else ""


# --- a round or square tin of another size ------------------------------------------------

TIN = r"(?P<d>\d{1,2}(?:\.\d)?)\s?(?P<u>cm|inch|in|\")\s?(?:(?P<shape>round|square) )?(?:cake )?"
TIN_SAID = re.compile(rf"{TIN}(?:tin|pan)")
TIN_AGAIN = re.compile(rf"{TIN}(?:tin|pan|one)")
TIN_ASKED = re.compile(rf"\bhow much (?P<t>[a-z]+)\b[^?.!]*?\b{TIN}(?:tin|pan|one)")
AMOUNT = rf"(?<![\w.])(?P<n>{NUM})\s?(?P<u>g|kg|ml|oz|grams)\s(?:of\s)?"


def _tin(asking: str, lines: Sequence[str]) -> str:
    """So much of a recipe's thing for a tin of another size, the same depth ("200g butter ...
    for a 20cm round tin", "how much butter if i use a 25cm tin"): the area goes with the
    square of the size; a follow-up ("ok and for a 30cm one?") asks it again of another size."""
    asked = TIN_ASKED.search(asking)
    new = asked
    if not asked:
        new = TIN_AGAIN.search(asking)
        earlier = next((t for t in lines[1:3] if TIN_ASKED.search(t)), "") if new else ""
        asked = TIN_ASKED.search(earlier) if earlier else None
        if not asked or not re.search(r"\b(?:and|what about|how about)\b", asking):
            return ""
    thing = asked.group("t")
    amount = re.compile(rf"{AMOUNT}{re.escape(thing)}\b")
    amounts = [m for t in lines[1:] for m in amount.finditer(t)]
    tins = [m for t in lines[1:] if not TIN_ASKED.search(t) for m in TIN_SAID.finditer(t)]
    if len(amounts) != 1 or len(tins) != 1 or tins[0].group("u") != new.group("u"):
        return ""
    shapes = {m.group("shape") for m in (tins[0], new)} - {None}
    if len(shapes) > 1:
        return ""  # a round tin for a square one: not the same sum
    old_d, new_d = _n(tins[0].group("d")), _n(new.group("d"))
    k = (new_d / old_d) ** 2
    a = amounts[0]
    unit = a.group("u")
    value = _n(a.group("n")) * k
    times = f"{k:.4f}".rstrip("0").rstrip(".")
    return (
        f"the area goes with the size squared: ({count(new_d)} ÷ {count(old_d)})² is "
        f"{times}; {a.group('n')}{unit} × {times} is {count(round(value, 1))}{unit} of {thing}"
    )


READERS: tuple[Callable[[str, Sequence[str]], str], ...] = (
    _clock_sum,
    _days_to,
    _anniversary,
    _pace,
    _per_thing,
    _percent_of_most,
    _converted,
    _tin,
    _scale,
    _speed,
)


_WORD_COUNTS = {
    w: str(i)
    for i, w in enumerate(
        ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"), start=2
    )
}
COUNTED_IN_WORDS = re.compile(
    r"\b(two|three|four|five|six|seven|eight|nine|ten) (of us|of you|ways|people|adults)\b"
)


def counted_in_figures(text: str) -> str:
    """`text` with a count of people said in words said in figures ("theres three of us": "3
    of us"), a figure like any other."""
    return COUNTED_IN_WORDS.sub(lambda m: f"{_WORD_COUNTS[m[1]]} {m[2]}", text)


def timed(lines: Sequence[str]) -> str:
    """The working of a sum of time, dates, rates or units `lines` asks (the ask first, then
    the person lines before it, newest first, lower case), or ""."""
    lines = [counted_in_figures(t) for t in lines]
    if worked := _worked(lines) or _swapped(lines):
        return worked
    near = _near_block(lines)
    return (_worked(near) or _swapped(near)) if len(near) < len(lines) else ""


def _near_block(lines: Sequence[str]) -> list[str]:
    """The ask and the lines just before it that say figures, back to the first line after
    them that says none ("careful with stats", before "8 speeches of 5 min"): a figure said
    before the talk turned (someone's "is the 25 thing real") is not the sum's. Lines with no
    figure between the ask and the figures ("my oven only does C") are kept."""
    out, seen = [lines[0]], False
    for text in lines[1:]:
        said = bool(re.search(r"\d", text))
        if seen and not said:
            break
        seen = seen or said
        out.append(text)
    return out


def _worked(lines: Sequence[str]) -> str:
    return next((w for read in READERS if (w := read(lines[0], lines))), "")


# A follow-up that puts another figure in the sum asked before: "and if i bump it to 16?".
SWAP_ASKED = re.compile(
    r"\b(?:and|what|how|ok|so) (?:if|about|for|with)\b|\bbump(?:ed)? it (?:up )?to\b|"
    r"\bmake it\b|\binstead\b"
)
FIGURE = re.compile(rf"(?<![\w.£$€]){NUM}(?P<u>\s?[a-z]+)?")


def _swapped(lines: Sequence[str]) -> str:
    """A follow-up with one figure of its own ("and if i bump it to 16?") to a sum asked just
    before that these readers worked from one figure ("long run is 14 miles sunday", "whats
    that in km"): worked again with the new figure in its place. None when the sum had more
    figures than one: which the new one replaces is not said."""
    new = list(FIGURE.finditer(lines[0]))
    if not SWAP_ASKED.search(lines[0]) or len(new) != 1:
        return ""
    for i in (1, 2):
        before = list(lines[i:])
        if len(before) < 2 or not _worked(before):
            continue
        olds = [(j, m) for j, t in enumerate(before) for m in FIGURE.finditer(t)]
        if len(olds) != 1:
            return ""
        j, old = olds[0]
        unit = (new[0].group("u") or "").strip()
        if unit and unit != (old.group("u") or "").strip():
            return ""  # "and if 2 more come", "and if it's 16km": not this figure again
        number = new[0].group().removesuffix(new[0].group("u") or "")
        text = before[j]
        before[j] = (
            text[: old.start()]
            + number
            + text[old.start() + len(old.group()) - len(old.group("u") or "") :]
        )
        return _worked(before)
    return ""


# The asks these readers work, for the engine's word that a sum is asked: not "a week", "an
# hour" or a pace, said as often of no sum ("an hour late"), and asked of one in words
# `bots.solve.ASKED` reads already ("what's that per game").
TIME_ASKED = re.compile(
    "|".join(
        re.sub(r"\(\?P<\w+>", "(?:", p.pattern)
        for p in (
            ARRIVE_ASKED,
            START_ASKED,
            LONG_ASKED,
            DAYS_TO_ASKED,
            ANNIVERSARY_ASKED,
            PERCENT_ASKED,
            CONVERT_ASKED,
            PACE_WORDED,
            SCALE_ASKED,
            SPEED_ASKED,
        )
    )
)
