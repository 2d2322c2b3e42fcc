"""Everyday sums of pay (lead60), read from the ask and the lines said before it, each only when
every figure of the lines it reads has its place (`bots.everyday._placed`): a wrong answer is
rated lower than a decline.

- a shift's pay from its times and an hourly rate, less a break said to be unpaid ("shift is
  07:45 to 16:15 with a 30 minute unpaid break, £11.50 an hour, how much do i earn": 8 hours,
  £92); a break not said to be paid or unpaid is asked about;
- a yearly salary as an hourly rate ("£31,200 a year, 40 hours a week, whats that per hour":
  2,080 hours, £15 an hour), over the 52 weeks of a year unless other weeks are said.

`worked(lines)` gives the sum the last of `lines` asks (oldest first), or None."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from bots.everyday import NUM, Used, _find, _n, _placed, read_by, said_plainly
from bots.reckon import money
from bots.wordsum import Worked, count

# A time of day: "07:45", "4.15pm", "9am", "16:15".
_CLOCK = r"\d{1,2}(?:[:.]\d\d)?\s?(?:am|pm)?"
SHIFT = re.compile(
    rf"(?<![\d.£$€])(?P<a>{_CLOCK})\s*(?:to|till|til|until|-|–)\s*(?P<b>{_CLOCK})(?![\d.]|\s?%)"
)
BREAK = re.compile(
    rf"(?<![\d.£$€])(?P<n>{NUM})\s?(?P<u>min(?:ute)?s?|hours?|hrs?|hr)\s+(?:(?P<paid>unpaid|paid)\s+)?"
    r"(?:(?:lunch|dinner|tea)(?:\s+break)?|break)\b|"
    rf"\b(?P<paid2>unpaid|paid)\s+(?:lunch\s+)?break of (?P<m>{NUM})\s?"
    r"(?P<v>min(?:ute)?s?|hours?|hrs?)|"
    r"\b(?:an?\s+)?(?P<half>half (?:an )?hour|hour|half hour)\s+(?:(?P<paid3>unpaid|paid)\s+)?"
    r"(?:lunch(?:\s+break)?|break)\b"
)
HOURLY = re.compile(rf"£(?P<r>{NUM})\s?(?:an|a|per|/)\s?(?:hour|hr)\b")
SHIFT_PAY_ASKED = re.compile(
    r"\bhow much (?:do|will|would|did|should) i (?:earn|make|get)\b|"
    r"\bwhat (?:do|will|would|did|should) i (?:earn|make|get)\b|"
    r"\b(?:pay|earn|earnings|wage|wages) for (?:the|that|this|my) shift\b|"
    r"\bhow much (?:is|for) (?:the|that|this|my) shift\b|"
    r"\bwhat(?:'ll| will| would| do)? i (?:earn|make|get)\b|"
    r"\b(?:earn|make|get|pay|paid)\b[^?]{0,20}\b(?:a|per|in a|each|for the|for a) week\b"
)
# The days a week the same shift is worked: "monday to friday", "mon-fri", "5 days a week".
WORKDAYS = re.compile(
    r"\b(?:mon(?:day)?s?\s*(?:to|till|til|until|-|–)\s*(?P<end>fri|sat|sun|thu|thurs)(?:[a-z]*)?)\b|"
    r"(?<![\d.£$€])(?P<d>[1-7]) ?days? (?:a|per|each|/) ?week\b"
)
_LAST_DAY = {"thu": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 7}
WEEK_ASKED = re.compile(r"\b(?:a|per|in a|each|the|for the|for a|this|that) week\b|\bweekly\b")
YEARLY = re.compile(
    rf"£(?P<y>{NUM})(?P<k>k)?\s?(?:a|per|/)\s?(?:year|yr|annum)\b|"
    rf"£(?P<z>{NUM})(?P<j>k)?\s?(?:salary|a year salary)\b"
)
WEEKLY_HOURS = re.compile(
    rf"(?<![\d.£$€])(?P<h>{NUM})\s?(?:hours|hrs|hour|hr)\s?(?:a|per|/|each)\s?week\b"
)
# The weeks worked: "over 46 weeks", ", 48 weeks", "only 46 weeks a year"; never the weeks of
# holiday or leave ("5 weeks holiday", "4 weeks a year off"), which are left unplaced (review34).
OFF_WEEKS = (
    r"(?:\s(?:a|per)\s(?:year|yr))?'?s?\s?(?:of\s)?(?:paid\s|annual\s|unpaid\s)?"
    r"(?:holidays?|hols|leave|off|vacation)\b"
)
WEEKS = re.compile(
    rf"(?:\b(?:over|for|across|work|works|working|only|just)\s|,\s?)(?P<w>{NUM})\s?weeks\b"
    rf"(?!{OFF_WEEKS})(?:\s(?:a|per)\s(?:year|yr)\b)?"
)
PER_HOUR_ASKED = re.compile(
    r"\b(?:per hour|an hour|a hour|an hr|per hr|hourly|hour rate|the hour|/hr)\b"
)


def _minutes(said: str) -> int | None:
    """A time of day in minutes after midnight ("4.15pm": 975), or None."""
    m = re.fullmatch(r"(\d{1,2})(?:[:.](\d\d))?\s?(am|pm)?", said.strip())
    if not m:
        return None
    hour, minute, half = int(m[1]), int(m[2] or 0), m[3]
    if minute > 59 or hour > 23 or (half and not 1 <= hour <= 12):
        return None
    if half == "pm" and hour != 12:
        hour += 12
    elif half == "am" and hour == 12:
        hour = 0
    return hour * 60 + minute


def _long(minutes: int) -> str:
    """8 hours 30 minutes; 8 hours; 45 minutes."""
    hours, rest = divmod(minutes, 60)
    said = [f"{hours} hour{'s' * (hours != 1)}"] if hours else []
    return " ".join([*said, f"{rest} minutes"] if rest else said)


def _shift_pay(lines: Sequence[str]) -> Worked | None:
    """A shift's pay: its length from its times, less an unpaid break, at an hourly rate."""
    if not SHIFT_PAY_ASKED.search(lines[-1]):
        return None
    shifts, rates, breaks = (_find(p, lines) for p in (SHIFT, HOURLY, BREAK))
    if len(shifts) != 1 or len(rates) != 1 or len(breaks) > 1:
        return None
    (i, s), (j, r) = shifts[0], rates[0]
    said_a, said_b = s["a"].strip(), s["b"].strip()
    if not any(re.search(r"[:.]\d\d|am|pm", t) for t in (said_a, said_b)):
        return None  # "5 to 10 people": no times of day
    start, end = _minutes(said_a), _minutes(said_b)
    if start is None or end is None:
        return None
    if end <= start and not re.search(r"am|pm", said_b):
        end += 12 * 60  # "9:30 to 5:30": the afternoon
    length = end - start if end > start else end + 24 * 60 - start  # a night shift
    used: Used = [(i, *s.span()), (j, *r.span())]
    if not breaks and any(re.search(r"\bbreaks?\b|\blunch\b", t) for t in lines):
        return None  # a break said in words this does not read
    days = _find(WORKDAYS, lines)
    weekly = bool(WEEK_ASKED.search(lines[-1]))
    if len(days) > 1 or (weekly and not days) or (days and not weekly):
        return None  # a week of shifts with no days said, or days said of no week asked
    used += [(k, *d.span()) for k, d in days]
    working = f"{said_a} to {said_b} is {_long(length)}"
    if breaks:
        k, b = breaks[0]
        paid = b["paid"] or b["paid2"] or b["paid3"]
        if not paid:
            return Worked("", need="whether the break is paid or unpaid")
        used.append((k, *b.span()))
        if paid == "unpaid":
            if b["half"]:
                gap = 30 if "half" in b["half"] else 60
            else:
                n, unit = (b["n"], b["u"]) if b["n"] else (b["m"], b["v"])
                gap = round(_n(n) * (60 if unit.startswith(("h", "hr")) else 1))
            if gap >= length:
                return None
            length -= gap
            working += f"; less the unpaid break of {_long(gap)}, {_long(length)}"
        else:
            working += " (the break is paid, so it stays in)"
    if length > 16 * 60 or not _placed(lines, used):
        return None
    rate = _n(r["r"])
    if days:
        d = days[0][1]
        n = int(d["d"]) if d["d"] else _LAST_DAY[d["end"]]
        week = length * n
        pay = round(week / 60 * rate, 2)
        working += (
            f"; × {n} days is {count(round(week / 60, 2))} hours; × {money(rate)} is "
            f"{money(pay)} a week"
        )
        return Worked(working, f"{money(pay)} a week")
    pay = round(length / 60 * rate, 2)
    working += f"; {count(round(length / 60, 2))} hours × {money(rate)} is {money(pay)}"
    return Worked(working, money(pay))


def _salary_hourly(lines: Sequence[str]) -> Worked | None:
    """A yearly salary as an hourly rate over the hours of a week and the weeks of a year."""
    if not PER_HOUR_ASKED.search(lines[-1]):
        return None
    years, hours, weeks = (_find(p, lines) for p in (YEARLY, WEEKLY_HOURS, WEEKS))
    if len(years) != 1 or len(hours) != 1 or len(weeks) > 1:
        return None
    (i, y), (j, h) = years[0], hours[0]
    salary = _n(y["y"] or y["z"]) * (1000 if (y["k"] or y["j"]) else 1)
    per_week = _n(h["h"])
    used: Used = [(i, *y.span()), (j, *h.span())]
    n_weeks = 52.0
    if weeks:
        k, w = weeks[0]
        n_weeks = _n(w["w"])
        used.append((k, *w.span()))
    if not (0 < per_week <= 80 and 0 < n_weeks <= 53 and salary >= 1000):
        return None
    if not _placed(lines, used):
        return None
    total = per_week * n_weeks
    rate = round(salary / total, 2)
    working = (
        f"{count(per_week)} hours a week × {count(n_weeks)} weeks is {count(total)} hours; "
        f"{money(salary)} ÷ {count(total)} is {money(rate)} an hour"
    )
    return Worked(working, f"{money(rate)} an hour")


READERS = (_shift_pay, _salary_hourly)


def asks(line: str) -> bool:
    """Whether `line` might ask one of these sums: a quick look before the reading."""
    return bool(SHIFT_PAY_ASKED.search(line.lower()) or PER_HOUR_ASKED.search(line.lower()))


def worked(lines: Sequence[str]) -> Worked | None:
    """The sum the last of `lines` asks, with the lines before it (oldest first), by the reader
    of its class; None when no reader places every figure."""
    return _worked(tuple(lines))


@lru_cache(maxsize=256)
def _worked(said: tuple[str, ...]) -> Worked | None:
    return read_by(READERS, said_plainly(said))
