"""Everyday sums of eight more classes (sums60), read from the ask and the lines said before it,
each only when every figure of the lines it reads has its place (`bots.everyday._placed`): a
wrong answer is rated lower than a decline.

- a date some days or weeks after (or before) a date, chained ("1 october, 3 weeks of fasting
  then 10 weeks asleep": 31 December), its weekday from the year or from the weekday said;
- the days (or weeks) between two dates, or from a today said to a date;
- items at different prices and counts plus a shared cost, split between people ("7 mains at
  £5 and £12 of sides, split 4 ways": £11.75 each);
- a % or £ off only some items of a bill ("£60 food and £24 drinks, 20% off the food": £72);
- a total less a deposit or part one person already paid, the rest split ("£960, ana paid the
  £200 deposit, split between 4": £760 left, £190 each);
- a club's season or yearly fee plus a fee a session or a match (or kit), for so many of them:
  the total, a person's or a month's share; and a pass against so many tickets.

`worked(lines)` gives the sum the last of `lines` asks (oldest first), or None."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from functools import lru_cache

from bots.everyday import NUM, WORD_NUM, Used, _find, _n, _placed, read_by, said_plainly
from bots.reckon import _MONTHS, money
from bots.wordsum import _WORDS, Worked, count, typed

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY = r"(?:(?P<wd>mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(?:the\s+)?)?"
_MON = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
# A date as said: "sat 14th june 2025", "mon 3rd march", "the 1st of november 2025", "june 14".
DATE = re.compile(
    rf"\b{_DAY}(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+of)?\s+{_MON}\b(?:,?\s+(?P<y>20\d\d)\b)?|"
    rf"\b{_DAY.replace('wd>', 'wd2>')}{_MON.replace('mon>', 'mon2>')}\s+(?P<d2>\d{{1,2}})"
    r"(?:st|nd|rd|th)?\b(?:,?\s+(?P<y2>20\d\d)\b)?|"
    r"\b(?P<feast>christmas day|christmas eve|christmas|boxing day|new year'?s eve|"
    r"new year'?s day)\b(?:,?\s+(?P<y3>20\d\d)\b)?|"
    rf"\b{_DAY.replace('wd>', 'wd3>')}(?P<dn>\d{{1,2}})/(?P<mn>\d{{1,2}})/"
    r"(?P<yn>(?:20)?\d\d)\b(?!/)"
)
FEASTS = {"christmas day": (12, 25), "christmas eve": (12, 24), "christmas": (12, 25)}
FEASTS |= {"boxing day": (12, 26), "new years eve": (12, 31), "new years day": (1, 1)}

Found = list[tuple[int, re.Match[str]]]


def _said_date(when: date, weekday: int | None, year: bool) -> str:
    """ "Tuesday 24 June 2025"; "24 June" with no year said (and no weekday known)."""
    day = f"{WEEKDAYS[weekday].capitalize()} " if weekday is not None else ""
    return f"{day}{when.day} {_MONTHS[when.month - 1].capitalize()}" + (
        f" {when.year}" if year else ""
    )


def _short(when: date, weekday: int | None, year: bool) -> str:
    day = f"{WEEKDAYS[weekday][:3].capitalize()} " if weekday is not None else ""
    return f"{day}{when.day} {_MONTHS[when.month - 1].capitalize()}" + (
        f" {when.year}" if year else ""
    )


def _date_of(m: re.Match[str], year: int) -> tuple[date, int | None] | None:
    """The date of `m` in `year` (its own year when said), and the weekday said (or None)."""
    wd = None
    if m["feast"]:
        month, day = FEASTS[m["feast"].replace("'", "")]
    elif m["dn"]:  # "14/6/25", day first as in Britain
        month, day, wd = int(m["mn"]), int(m["dn"]), m["wd3"]
    else:
        month = next(
            k for k, name in enumerate(_MONTHS, 1) if name.startswith((m["mon"] or m["mon2"])[:3])
        )
        day = int(m["d"] or m["d2"])
        wd = m["wd"] or m["wd2"]
    said = next(k for k, name in enumerate(WEEKDAYS) if name.startswith(wd)) if wd else None
    try:
        return date(year, month, day), said
    except ValueError:
        return None


def _year_of(m: re.Match[str]) -> int | None:
    y = m["y"] or m["y2"] or m["y3"] or m["yn"]
    return (int(y) + (2000 if len(y) == 2 else 0)) if y else None


# Figures no date sum reads: a run's name ("couch to 5k"), a date's year said again ("2024s a
# leap year").
DATE_FREE = re.compile(r"(?<![£$€\d.,])\b\d+k\b|\b20\d\d(?:'?s)?\b(?=[^.?!]{0,12}\bleap\b)")


def _date_placed(lines: Sequence[str], used: Used) -> bool:
    return _placed(lines, [*used, *((i, *m.span()) for i, m in _find(DATE_FREE, lines))])


# --- a date some days or weeks after or before a date ---------------------------------------

SPAN = re.compile(
    rf"(?<![\w.£$€])(?P<n>{NUM}|{WORD_NUM}|a|an)\s?(?P<u>days?|nights?|weeks?|fortnights?)\b"
    r"(?P<tail>(?:\s+(?:of\s+)?[a-z]+){0,2})"
)
DATE_ASKED = re.compile(
    r"\bwhat (?:date|day)\b|\bwhich (?:date|day)\b|\bwhats the date\b|\bwhen\b|"
    r"\bwhat(?:'s|s| is) the (?:date|day)\b|\bdate (?:would|will|is|does)\b|\bwhat day of\b|"
    r"\bwhat(?:s|'s| is)\b[^?.!]{0,20}\b(?:days?|weeks?|nights?)\s+(?:after|before|from|on from)\b"
)
BEFORE = re.compile(r"^\s*(?:before|earlier|prior|back|ago|beforehand)\b")
# Words that leave the way of counting in doubt: the date said may be the end, not the start
# ("3 weeks ago it was 1 june", "a deadline", "4 weeks notice", "2 weeks early").
DOUBT = re.compile(
    r"\b(?:ago|deadline|latest|notice|early|late|overdue|in time|it'?ll be|it will be)\b"
)
# An ask of a start or an earlier thing ("when do i start", "when were they laid"), or of
# today itself ("what's the date today"): counted back from the date said, not on.
ASKED_BACK = re.compile(
    r"\b(?:start|starts|begin|begins|hand|laid|book|order|post|send)\b|"
    r"\bwhen (?:was|were|did|should|must|do i have to|do we have to)\b"
)
TODAY_ASKED = re.compile(r"\b(?:today|now|tonight)\b")
# The last day of so many days from a day ("a 3 day festival from fri", "14 days of
# antibiotics", "when is my last dose"): day one counted or not, left in doubt.
LAST_ASKED = re.compile(r"\b(?:last|end|ends|finish|finishes|over|go home|home)\b")
OTHER_TIMES = re.compile(
    r"\b(?:months?|(?<!leap )(?<!new )years?|hours?|hrs?|mins?|minutes?)\b|"
    r"\d[:.]\d\d|\d\s?(?:am|pm)\b"
)


def _span_days(m: re.Match[str]) -> int | None:
    said = m["n"]
    n = 1.0 if said in ("a", "an") else float(_WORDS.get(said, said).replace(",", ""))
    if n != int(n) or n <= 0:
        return None
    unit = m["u"]
    return int(n) * (14 if unit.startswith("fortnight") else 7 if unit.startswith("week") else 1)


def _after(lines: Sequence[str]) -> Worked | None:
    """A date so many days or weeks after (or before) a date said."""
    ask = lines[-1]
    if not DATE_ASKED.search(ask) or re.search(r"\bhow (?:many|long)\b", ask):
        return None
    if any(OTHER_TIMES.search(t) for t in lines):
        return None  # months, hours: not this sum
    if any(DOUBT.search(t) for t in lines):
        return None  # which way it counts is not certain
    asked = DATE_ASKED.search(ask)
    at = asked.start() if asked else 0
    if ASKED_BACK.search(ask, at) or TODAY_ASKED.search(ask, at):
        return None  # "when do i start", "what's the date today": counted from the date said?
    dates, spans = _find(DATE, lines), _find(SPAN, lines)
    if len(dates) != 1 or not spans or len(spans) > 3:
        return None
    i, d = dates[0]
    days, used, ways = [], [(i, *d.span())], set()
    for j, s in spans:
        n = _span_days(s)
        if n is None:
            return None
        text = lines[j]
        if s["u"].startswith("day") and re.search(
            r"\b(?:lasts?|lasting|long|runs? for|inclusive)\b",
            text[max(0, s.start() - 12) : s.end() + 12],
        ):
            return None  # "a 3 day festival from fri 1 aug": its last day, or the day after?
        if s["u"].startswith("day") and (
            s["u"] == "day"
            and n > 1
            or re.match(r"\s+of\b", s["tail"])
            or LAST_ASKED.search(ask, at)
        ):
            return None  # "14 days of antibiotics", "a 30 day trial": day one counted or not?
        follows = re.match(
            r"\s*(?:after|before|from|on from|prior to)\s+(?:the\s+|on\s+)?(?P<rest>[a-z].*)",
            text[s.end("u") :],
        )
        if (
            follows
            and not re.match(r"(?:that|this|it|then)\b", follows["rest"])
            and not DATE.match(follows["rest"])
        ):
            return None  # "21 days after laying": counted from a thing, not the date said
        back = bool(
            BEFORE.match(text[s.end("u") :]) or re.match(r"^\s*(?:back|earlier)\b", s["tail"])
        )
        if re.search(r"\b(?:before|prior to|earlier than)\s*$", text[: s.start()]):
            back = True
        ways.add(back)
        days.append((n, s))
        used.append((j, *s.span()))
    if len(ways) > 1:
        return None  # forwards and back at once: not read here
    if len(days) > 1:
        # chained in one line: "3 weeks of fasting then 10 weeks asleep"
        if len({j for j, _ in spans}) > 1:
            return None
        text = lines[spans[0][0]]
        for (_, s1), (_, s2) in zip(spans, spans[1:], strict=False):
            if not re.search(
                r"\b(?:then|followed by|after that|plus|and)\b", text[s1.end("u") : s2.start()]
            ):
                return None
    if not _date_placed(lines, used):
        return None
    back = ways.pop()
    total = sum(n for n, _ in days)
    year = _year_of(d)
    start_year = year or 2001  # (no leap day, for a year not said)
    got = _date_of(d, start_year)
    if got is None:
        return None
    start, said_wd = got
    end = start - timedelta(days=total) if back else start + timedelta(days=total)
    if year is None:
        # a year not said: only when no 29 February could lie between
        lo, hi = min(start, end), max(start, end)
        if any(lo <= date(y, 2, 28) < hi for y in range(lo.year, hi.year + 1)):
            return None
        wd = (said_wd + (-total if back else total)) % 7 if said_wd is not None else None
    else:
        if said_wd is not None and said_wd != start.weekday():
            return None  # the weekday said is not that date's
        wd = end.weekday()
    weekday_asked = re.search(r"\bwhat day\b|\bwhich day\b", ask)
    if year is None and said_wd is None and weekday_asked and not re.search(r"\bdate\b", ask):
        return None  # a weekday asked with no year or weekday to count from
    spans_said = " + ".join(
        f"{count(n // 7)} week{'s' * (n != 7)}"
        if s["u"].startswith("week")
        else f"{count(n)} day{'s' * (n != 1)}"
        for n, s in days
    )
    sign = "−" if back else "+"
    weeks = (
        f" ({total} days)" if any(s["u"].startswith(("week", "fortnight")) for _, s in days) else ""
    )
    if len(days) > 1:
        weeks = f" ({total} days)"
        spans_said = spans_said.replace(" + ", f" {sign} ")
    start_wd = said_wd if said_wd is not None else (start.weekday() if year else None)
    result = _said_date(end, wd, year is not None)
    working = (
        f"{_short(start, start_wd, year is not None)} {sign} {spans_said}{weeks} is "
        f"{_short(end, wd, year is not None)}"
    )
    return Worked(working, result)


# --- the days between two dates -------------------------------------------------------------

UNTIL_ASKED = re.compile(
    r"\bhow (?:many|long)\b[^?.!]{0,30}\b(?:days?|weeks?|sleeps|nights?)\b|"
    r"\bhow long (?:till|until|to go|is it|have we|have i|do we|is that|between)\b|"
    r"\b(?:days?|weeks?|sleeps) (?:till|until|to go|left|between|away)\b"
)


TODAY_SAID = re.compile(r"\b(?:today|now)\b(?:'?s| is| it'?s)?\s*$|\btodays\s*$")


def _until(lines: Sequence[str]) -> Worked | None:
    """The days (or weeks) between two dates, or from a today said to a date."""
    ask = lines[-1]
    if not UNTIL_ASKED.search(ask):
        return None
    if any(OTHER_TIMES.search(t) or SPAN.search(t) for t in lines):
        return None
    dates = _find(DATE, lines)
    if len(dates) != 2:
        return None
    if not _date_placed(lines, [(i, *m.span()) for i, m in dates]):
        return None
    years = [_year_of(m) for _, m in dates]
    if not any(years):
        return None
    (_, a), (_, b) = dates
    if years[0] and years[1]:
        got = _date_of(a, years[0]), _date_of(b, years[1])
    elif years[0]:
        got = _date_of(a, years[0]), _date_of(b, years[0])
        if None not in got and got[1][0] < got[0][0]:
            got = got[0], _date_of(b, years[0] + 1)  # "today 8 june 2025 ... fri 1st aug"
    else:
        got = _date_of(a, years[1]), _date_of(b, years[1])
        line = lines[dates[1][0]]
        if TODAY_SAID.search(line[max(0, b.start() - 16) : b.start()]):
            # "christmas ... if today is 1 december 2026": the date said first comes after
            if None not in got and got[0][0] < got[1][0]:
                got = _date_of(a, years[1] + 1), got[1]
        elif None not in got and got[0][0] > got[1][0]:
            got = _date_of(a, years[1] - 1), got[1]
    if None in got:
        return None
    (start, wa), (end, wb) = sorted(got, key=lambda g: g[0])
    for when, wd in ((start, wa), (end, wb)):
        if wd is not None and wd != when.weekday():
            return None  # a weekday said that is not the date's
    gap = (end - start).days
    if gap <= 0 or gap > 3 * 366:
        return None
    said = f"{_short(start, None, True)} to {_short(end, None, True)} is {gap} days"
    if re.search(r"\bweeks?\b", ask):
        weeks, rest = divmod(gap, 7)
        result = f"{weeks} weeks" + (f" and {rest} day{'s' * (rest != 1)}" if rest else "")
        return Worked(f"{said}, ÷ 7 is {result}", f"{result} ({gap} days)")
    return Worked(said, f"{gap} days")


# --- money: items, shares, parts -------------------------------------------------------------

PRICE = rf"£(?P<p>{NUM})|(?<![\w.£$€])(?P<q>\d+)p\b"
ITEM = re.compile(
    rf"(?<![\w.£$€])(?P<n>\d+|{WORD_NUM})\s+(?P<what>(?:[a-z'&]+\s+){{0,4}}?)"
    rf"(?:(?P<at>at|@|x|×|for)\s+)?(?:{PRICE})(?P<each>\s+(?:each|a pop|a go|ea|apiece))?"
)
MONEY = re.compile(PRICE)
PERCENT = re.compile(rf"(?<![\w.£$€])(?P<pc>{NUM})\s?%")
HEADS = re.compile(
    rf"\b(?:the\s+|all\s+|us\s+)?(?:other\s+)?(?P<a>\d+|{WORD_NUM}) of (?:us|them|you)\b|"
    rf"\b(?P<b>\d+|{WORD_NUM}) ways\b|"
    rf"\bbetween (?:the |all |us )?(?:other )?(?P<c>\d+|{WORD_NUM})\b(?! (?:and|to|or)\b)|"
    rf"\b(?:between|among|amongst|for|split|of) us (?P<d>\d+|{WORD_NUM})\b(?!\s?%|\.\d)|"
    rf"\bfor (?:the |all )?(?:other )?(?P<e>\d+|{WORD_NUM}) "
    r"(?:people|adults|friends|mates|parents)\b|"
    rf"\beach for (?:the )?(?P<f>\d+|{WORD_NUM})\b(?!\s?(?:%|p\b|weeks?|days?|nights?|months?|"
    r"sessions?|match|games?|lessons?))|"
    r"\b(?P<halves>halves|half each|50/50|fifty fifty)\b"
)
NAMES = re.compile(r"\b(?:if |between )?(?:me|myself),? (?P<list>(?:[a-z]+, )*[a-z]+ and [a-z]+)\b")
SHARE_ASKED = re.compile(
    r"\beach\b|\bsplit\b|\bways\b|\bper (?:person|head)\b|\bpp\b|\ba head\b|\bowes?\b|"
    r"\bbetween\b|\beveryone\b|\beverybody\b"
)
NOT_PLAIN = re.compile(
    r"\b(?:tenner|fiver|quid|grand|euros?|dollars?|tip|service|change|budget|refund|owes? me|"
    r"per cent|percent)\b|[$€]"
)


def _plain(lines: Sequence[str], asked: re.Pattern[str], *, off: bool = False) -> str:
    """All `lines` said as one text, when the last asks as `asked` does and no figure is said in
    words or another money ("a tenner", "€40"), nor (unless `off`) any money off; else ""."""
    if not asked.search(lines[-1]):
        return ""
    text = " ".join(lines)
    if NOT_PLAIN.search(text) or (not off and OFF.search(text)):
        return ""
    return text


def _price(m: re.Match[str]) -> float:
    return _n(m["p"]) if m["p"] else _n(m["q"]) / 100


def _count(said: str) -> int:
    return int(_WORDS.get(said, said))


def _heads(lines: Sequence[str], used: Used) -> int | None:
    """The one number of people said to share ("the 4 of us", "split 3 ways", "between 6",
    "go halves", "me, jo and ollie"), with its place added to `used`; None when none or two."""
    found = _find(HEADS, lines)
    named = _find(NAMES, lines)
    said = set()
    for i, m in found:
        said.add(2 if m["halves"] else _count(next(g for g in m.groups()[:-1] if g)))
        used.append((i, *m.span()))
    for _, m in named:
        said.add(1 + len(re.split(r", | and ", m["list"])))
    if len(said) != 1:
        return None
    heads = said.pop()
    return heads if 2 <= heads <= 40 else None


CLAUSE = re.compile(
    r",|;|\.(?!\d)|\band\b|\bplus\b|\s-\s|\bso\b|\bbut\b|\bthen\b|\bwith\b|\bthe rest\b"
)
_STOP_WORDS = (
    "the a an of that was were is are came come comes to our my his her their for at each it its "
    "on in off only tho though cos so which then after this week got get we they i us me all full "
    "price just not be been had have has total bill did do does what whats how much also too "
    "those these them some bit lot about like and or eat"
)
STOP = frozenset(_STOP_WORDS.split())


def _words(text: str) -> set[str]:
    return {w.rstrip("s") for w in re.findall(r"[a-z]{3,}", text) if w not in STOP}


def _clauses(line: str) -> list[tuple[int, int]]:
    """The spans of `line` between its clause breaks."""
    cuts = [0, *(x for m in CLAUSE.finditer(line) for x in (m.start(), m.end())), len(line)]
    return [(cuts[k], cuts[k + 1]) for k in range(0, len(cuts), 2)]


def _label(line: str, start: int, end: int) -> set[str]:
    """The words of the clause of `line` that name the figure at start..end, the figures aside:
    of a clause with two ("food £56 drinks £34"), the words on the side its words are said."""
    for a, b in _clauses(line):
        if a <= start < b or (a < end <= b):
            figures = [m.span() for m in MONEY.finditer(line, a, b)]
            if len(figures) > 1:
                k = figures.index(next(f for f in figures if f[0] <= start < f[1]))
                if re.match(r"\s*£|\s*\d", line[a:b]):  # "£60 food £24 drinks"
                    a, b = start, figures[k + 1][0] if k + 1 < len(figures) else b
                else:  # "food £56 drinks £34"
                    a, b = figures[k - 1][1] if k else a, end
            text = line[a:start] + " " + line[end:b]
            return _words(re.sub(r"£?\d[\d,.]*p?%?", " ", text))
    return set()


OFF = re.compile(
    rf"(?:(?P<pc>{NUM})\s?%|£(?P<x>{NUM}))\s*(?:off|discount (?:on|off)|knocked off|taken off)\b"
    rf"|\b(?:knocked|knock|took|take|taken)\s+£(?P<y>{NUM})\s+off\b"
    r"|\b(?P<half>half price|half-price|half off|50% off)\b"
)
# An offer with a spend it starts at: "if we spend over £200", "when you spend £50", "over £100".
SPEND_OVER = re.compile(
    r"\b(?:spend|spending|spent|over|above|more than|at least|minimum|min)\s+(?:of\s+)?£\d"
)
PAID = re.compile(
    r"\b(?:paid|put|gave|given|sent|transferred|chipped|chucked|deposit|upfront|up front|"
    r"already|down)\b"
)
TOTAL = re.compile(
    r"\b(?:bill|total|shop|shopping|receipt|order|tab|altogether|all in|in total|came to|"
    r"comes to)\b"
)


def _items(lines: Sequence[str], used: Used) -> list[tuple[int, re.Match[str], float]]:
    out = []
    for i, m in _find(ITEM, lines):
        n = _count(m["n"])
        if (
            m.group(0).split()[1:2] == ["for"]
            or re.search(r"\bfor\s+£", m.group(0))
            and not m["each"]
        ):
            return []  # "3 for £10": a price for all of them, not each
        if not m["at"] and (not m["each"] or re.search(r"\bof (?:us|them|you)\b", m["what"])):
            return []  # "3 pizzas £30": the price of all three, or of one?
        out.append((i, m, n * _price(m)))
        used.append((i, *m.span()))
    return out


def _loose(lines: Sequence[str], items: Sequence[tuple[int, re.Match[str], float]]) -> Found:
    """The sums of money said apart from any item."""
    return [
        (i, m)
        for i, m in _find(MONEY, lines)
        if not any(j == i and it.start() <= m.start() < it.end() for j, it, _ in items)
    ]


def _mixed(lines: Sequence[str]) -> Worked | None:
    """Items at their prices and counts plus shared costs, split between so many people."""
    text = _plain(lines, SHARE_ASKED)
    if not text or PAID.search(text) or "%" in text:
        return None
    if re.search(r"\b(?:except|apart from|not (?:having|paying)|didnt|didn't|only had)\b", text):
        return None
    used: Used = []
    items = _items(lines, used)
    if not items:
        return None
    loose = _loose(lines, items)
    if len(items) + len(loose) < 2:
        return None
    for i, m in loose:
        a, b = next((a, b) for a, b in _clauses(lines[i]) if a <= m.start() < b)
        if TOTAL.search(lines[i][a:b]) or re.search(
            r"\b(?:each|a head|per person|pp)\b", lines[i][a:b]
        ):
            return None  # a total said, or a price each with no count
        used.append((i, *m.span()))
    heads = _heads(lines, used)
    if heads is None or not _placed(lines, used):
        return None
    steps, total = [], 0.0
    for _, m, value in items:
        n = _count(m["n"])
        steps.append(f"{n} × {money(_price(m))} is {money(value)}")
        total += value
    parts = [money(v) for _, _, v in items] + [money(_price(m)) for _, m in loose]
    total += sum(_price(m) for _, m in loose)
    total = round(total, 2)
    each = round(total / heads + 1e-9, 2)
    about = "" if abs(each * heads - total) < 0.005 else "about "
    working = (
        "; ".join(steps)
        + f"; {' + '.join(parts)} is {money(total)}; ÷ {heads} is {about}{money(each)} each"
    )
    return Worked(working, f"{about}{money(each)} each")


def _part_off(lines: Sequence[str]) -> Worked | None:
    """A % or £ off only some items of a bill: the new total, or each one's share of it."""
    ask = lines[-1]
    if not re.search(
        r"\b(?:total|pay|bill|come to|comes to|each|owe|how much|new|split|ways)\b", ask
    ):
        return None
    offs = _find(OFF, lines)
    if len(offs) != 1 or any(SPEND_OVER.search(t) for t in lines):
        return None
    text = " ".join(lines)
    if NOT_PLAIN.search(text) or re.search(r"\b(?:paid|deposit|already|upfront)\b", text):
        return None
    k, off = offs[0]
    used: Used = [(k, *off.span())]
    # what it is off: the words after "off" (or of the clause, for "kids eat half price")
    a, b = next((a, b) for a, b in _clauses(lines[k]) if a <= off.start() < b)
    after = re.split(r"\b(?:not|but|except|cos|because|as)\b", lines[k][off.end() : b])[0]
    target = _words(after)
    only = re.search(
        r"\b(?:only|just)\b(?: (?:works|applies|counts|goes|is))?(?: on| to| for| off)?"
        r"(?: the| our| my)? (?P<what>[a-z]+(?: [a-z]+)?)",
        lines[k][off.end() :],
    )
    if re.search(
        r"\b(?:not|except|excluding|excl|exclude[sd]?|apart from|other than|aside from|besides|"
        r"without|bar|isn'?t|doesn'?t|don'?t|minus)\b",
        lines[k][off.end() :],
    ):
        return None  # "20% off food but not on the desserts": a part left out, not read here
    if only:
        target |= _words(only["what"])  # "a 20% off code but it only works on the pizzas"
    if off["half"]:
        target |= _words(lines[k][a : off.start()])  # "kids eat half price on sundays"
    target -= {"discount", "voucher", "student", "sale", "knocked", "took", "gave", "they", "off"}
    if not target:
        return None
    items = _items(lines, used)
    parts: list[tuple[float, set[str], str]] = []
    for _, m, value in items:
        parts.append((value, _words(m["what"]), f"{_count(m['n'])} × {money(_price(m))}"))
    total = None
    for i, m in _loose(lines, items):
        if i == k and off.start() <= m.start() < off.end():
            continue
        c, d = next((c, d) for c, d in _clauses(lines[i]) if c <= m.start() < d)
        if i == k and (c, d) == (a, b):
            return None  # "10% off if we spend over £200": a sum the offer asks, no part of it
        clause = lines[i][c:d]
        used.append((i, *m.span()))
        label = _label(lines[i], m.start(), m.end())
        if TOTAL.search(clause) and not (
            label - _words("bill total shop shopping receipt order tab")
        ):
            if total is not None:
                return None
            total = _price(m)
            continue
        parts.append((_price(m), label, money(_price(m))))
    for i, m in _find(PERCENT, lines):
        if not (i == k and off.start() <= m.start() < off.end()):
            return None
    heads = None
    if re.search(r"\beach\b|\bsplit\b|\bways\b|\bper (?:person|head)\b|\bowe\b", ask):
        heads = _heads(lines, used)
        if heads is None:
            return None
    elif _find(HEADS, lines):
        return None
    if not parts or not _placed(lines, used):
        return None
    hit = [p for p in parts if p[1] & target]
    if len(hit) != 1 or any(not p[1] for p in parts if p is not hit[0]) and total is None:
        return None
    value, label, said = hit[0]
    words = re.findall(r"[a-z]+", lines[k])
    name = next((w for w in words if w.rstrip("s") in label & target), min(label & target))
    # "25% off mains and starters": each part named after the "off", when only they are named
    said_after = re.split(r"[?.!]", lines[k][off.end() :])[0]
    also = [p for p in parts if p is not hit[0] and p[1] & _words(said_after)]
    if also:
        listed = re.match(
            r"\s*(?:the\s+|our\s+)?(?P<names>[a-z]+(?:\s*(?:,|and|&)\s*(?:the\s+)?[a-z]+)+)\s*(?:,|$)",
            said_after,
        )
        if not listed or off["x"] or off["y"] or total is not None:
            return None  # a £ off more than one part, or the parts not plainly listed
        names = re.findall(r"[a-z]+", listed["names"])
        names = [w for w in names if w not in ("and", "the")]
        hits = [hit[0], *also]
        if len(names) != len(hits) or any(
            len([p for p in hits if w.rstrip("s") in p[1]]) != 1 for w in names
        ):
            return None
        value = round(sum(p[0] for p in hits), 2)
        said = " + ".join(f"{money(p[0])} {w}" for p, w in zip(hits, names, strict=True))
        said = f"{said} is {money(value)}"
        name = ""
    else:
        hits = [hit[0]]
    rest = [p for p in parts if p not in hits]
    if off["pc"] or off["half"]:
        rate = 50.0 if off["half"] else _n(off["pc"])
        if not 0 < rate < 100:
            return None
        cut = round(value * rate / 100, 2)
        how = "half price" if off["half"] else f"{count(rate)}%"
    else:
        cut = _n(off["x"] or off["y"])
        how = money(cut) + " off"
        if cut >= value:
            return None
    new = round(value - cut, 2)
    if not name:
        step = f"{said}; {money(value)} − {how} is {money(new)}"
    else:
        shown = f"{said} is {money(value)}; " if " × " in said else ""
        step = f"{shown}{money(value)} {name} − {how} is {money(new)}"
    others = round(sum(p[0] for p in rest), 2)
    if total is not None:
        if others > total - value + 0.005:
            return None
        if abs(total - value - others) > 0.005 and rest and any(p[1] for p in rest):
            # parts said that do not make up the total: not read here
            return None
        others = round(total - value, 2)
        if not rest or abs(sum(p[0] for p in rest) - others) > 0.005:
            step = f"{step}; {money(total)} − {money(value)} is {money(others)} the rest"
        else:
            step = f"of the {money(total)}, {step}"
        rest_said = money(others)
    else:
        if not rest:
            return None
        rest_said = " + ".join(p[2] if " × " not in p[2] else money(p[0]) for p in rest)
    new_total = round(new + others, 2)
    working = f"{step}; {money(new)} + {rest_said} is {money(new_total)}"
    if heads is None:
        return Worked(working, money(new_total))
    each = round(new_total / heads + 1e-9, 2)
    about = "" if abs(each * heads - new_total) < 0.005 else "about "
    return Worked(
        f"{working}; ÷ {heads} is {about}{money(each)} each", f"{about}{money(each)} each"
    )


# --- a deposit or part paid, the rest split --------------------------------------------------

LEFT_ASKED = re.compile(
    r"\b(?:left|rest|remaining|remainder|balance|outstanding|still (?:to pay|owed?|due)|"
    r"left to pay|still to pay)\b"
)
PAID_PART = re.compile(
    rf"(?:£(?P<x>{NUM})|(?P<pc>{NUM})\s?%)(?:\s+(?:cash|deposit|already|down|upfront|up front|"
    r"in|of it|towards it|on account))*"
)


def _deposit(lines: Sequence[str]) -> Worked | None:
    """A total less what one already paid (a deposit, a part), the rest split between people."""
    ask, text = lines[-1], _plain(lines, LEFT_ASKED)
    if not text or not PAID.search(text):
        return None
    if re.search(r"\b(?:on top|not included|isnt included|isn't included|refund\w*|back)\b", text):
        return None
    used: Used = []
    total, paid, each_paid = None, None, None
    for i, m in _find(PAID_PART, lines):
        c, d = next((c, d) for c, d in _clauses(lines[i]) if c <= m.start() < d)
        clause = lines[i][c:d]
        pays = re.search(
            r"\b(?:paid|put|gave|given|sent|transferred|chipped|deposit|upfront|up front|down)\b",
            clause,
        )
        if pays:
            if paid is not None:
                return None
            paid = m
            each_paid = re.search(
                r"\b(?:each|every ?one|everybody|all of us|we all|both of us|apiece)\b", clause
            )
        else:
            if total is not None or m["pc"]:
                return None
            total = m
        used.append((i, *m.span()))
    if total is None or paid is None:
        return None
    whole = _n(total["x"])
    if paid["pc"]:
        rate = _n(paid["pc"])
        if not 0 < rate < 100:
            return None
        part = round(whole * rate / 100, 2)
        first = f"{count(rate)}% of {money(whole)} is {money(part)}; "
    else:
        part = _n(paid["x"])
        first = ""
    heads = _heads(lines, used)
    if heads is None and _find(HEADS, lines):
        return None
    if each_paid:
        # "we each paid a £50 deposit": so much a head paid in
        if heads is None or paid["pc"]:
            return None
        first = f"{heads} × {money(part)} is {money(part * heads)} paid; "
        part = round(part * heads, 2)
    elif not re.search(r"\b(?:left|rest|remaining|remainder|balance|outstanding)\b", ask):
        return None  # "how much does each still owe" after one paid: a share of all, or the rest?
    if part >= whole:
        return None
    left = round(whole - part, 2)
    if not _placed(lines, used):
        return None
    working = f"{first}{money(whole)} − {money(part)} is {money(left)} left"
    if heads is None:
        if re.search(r"\beach\b|\bsplit\b|\bways\b|\bper (?:person|head)\b", ask):
            return None
        return Worked(working, f"{money(left)} left")
    each = round(left / heads + 1e-9, 2)
    about = "" if abs(each * heads - left) < 0.005 else "about "
    return Worked(
        f"{working}; ÷ {heads} is {about}{money(each)} each",
        f"{money(left)} left, {about}{money(each)} each",
    )


# --- a club's fees for a season ---------------------------------------------------------------

_SESSION = (
    r"(?:sessions?|match(?:es)?|games?|lessons?|classes|class|trainings?|training sessions?|"
    r"swims?|visits?|rounds?)"
)
PER_GO = re.compile(
    rf"£(?P<p>{NUM})\s*(?:each\s+)?(?:a|an|per|every|/|for each|each)\s+(?P<s>{_SESSION})\b|"
    rf"£(?P<p2>{NUM})\s+(?P<s2>{_SESSION}) fees?\b"
)
GOES = re.compile(
    rf"(?<![\w.£$€])(?P<n>\d+)\s+(?:more\s+)?(?:(?P<s>{_SESSION})\b(?! fee)|"
    r"times (?:a|per|this|in the|over the) (?:year|season|term)\b)"
)
TIMES_A_WEEK = re.compile(
    rf"\b(?P<k>once|twice|{WORD_NUM}|\d+)(?: times?)? a week\b[^.?!]{{0,12}}?"
    r"\bfor (?P<w>\d+) weeks?\b"
)
FIXED = re.compile(
    r"\b(?:membership|member|season|subs|sub|fee|fees|kit|joining|annual|yearly|registration|"
    r"dress|uniform|a year|for the season|for the year|insurance|affiliation|club|induction|"
    r"sign ?up|enrol\w*|entry|boots|shirt|racket|licence|league)\b"
)
SEASON_ASKED = re.compile(
    r"\b(?:total|all in|how much|whats that|what(?:'s| is) that|cost|month|each|per person)\b"
)
MONTHS = re.compile(r"\b(?:over|for|across|in) (?P<m>\d+) months?\b|\b(?P<m2>\d+) months\b")
MONTH_ASKED = re.compile(r"\b(?:a|per|each|every) month\b|\bmonthly\b")


def _season(lines: Sequence[str]) -> Worked | None:
    """A yearly or season fee (and kit) plus a fee a session for so many sessions."""
    ask, text = lines[-1], _plain(lines, SEASON_ASKED)
    if not text or "%" in text or not FIXED.search(text):
        return None
    pers = _find(PER_GO, lines)
    if len(pers) != 1:
        return None
    i, per = pers[0]
    used: Used = [(i, *per.span())]
    rate = _n(per["p"] or per["p2"])
    goes = _find(GOES, lines)
    weekly = _find(TIMES_A_WEEK, lines)
    if len(goes) + len(weekly) != 1:
        return None
    if goes:
        j, g = goes[0]
        n = int(g["n"])
        used.append((j, *g.span()))
        n_said = ""
    else:
        j, w = weekly[0]
        k = {"once": 1, "twice": 2}.get(w["k"]) or _count(w["k"])
        n = k * int(w["w"])
        used.append((j, *w.span()))
        unit = per["s"] or per["s2"]
        unit = unit if unit.endswith("s") else unit + ("es" if unit.endswith(("ch", "ss")) else "s")
        n_said = f"{k} a week × {w['w']} weeks is {n} {unit}; "
        for k2, m in _find(re.compile(rf"\b{w['w']} weeks?\b"), lines):
            used.append((k2, *m.span()))  # "total for the 6 weeks": the weeks said again
    fixed = []
    for k2, m in _find(MONEY, lines):
        if k2 == i and per.start() <= m.start() < per.end():
            continue
        c, d = next((c, d) for c, d in _clauses(lines[k2]) if c <= m.start() < d)
        clause = lines[k2][c:d]
        if re.search(
            r"\b(?:each|a head|per|a (?:month|week|day)|monthly|weekly|off|paid)\b", clause
        ):
            return None  # a fee of a month, a price each: not a one-off fee
        fixed.append((k2, m))
        used.append((k2, *m.span()))
    if not fixed:
        return None
    heads = None
    if _find(HEADS, lines):
        heads = _heads(lines, used)
        if heads is None or len(fixed) != 1:
            return None
        if not re.search(r"\beach\b", per.group(0)):
            return None  # "£30 kit plus £5 a match, split between 2": the match fees split too?
    months = _find(MONTHS, lines)
    for k2, m in months:
        used.append((k2, *m.span()))
    if not _placed(lines, used):
        return None
    by_month = MONTH_ASKED.search(ask)
    if len(months) > 1 or (months and not by_month):
        return None
    per_total = round(n * rate, 2)
    steps = f"{n_said}{n} × {money(rate)} is {money(per_total)}"
    fees = [_price(m) for _, m in fixed]
    if heads is not None:
        share = round(fees[0] / heads, 2)
        if abs(share * heads - fees[0]) > 0.005:
            return None
        steps = f"{money(fees[0])} ÷ {heads} is {money(share)}; {steps}"
        fees = [share]
    total = round(sum(fees) + per_total, 2)
    working = (
        f"{steps}; {' + '.join(money(f) for f in fees)} + {money(per_total)} is {money(total)}"
    )
    if by_month:
        if not months:
            if not re.search(r"\b(?:a year|annual|yearly|for the year|per year|this year)\b", text):
                return Worked("", need="over how many months it is paid")
            n_months = 12
        else:
            mm = months[0][1]
            n_months = int(mm["m"] or mm["m2"])
        if not 1 <= n_months <= 24:
            return None
        per_month = round(total / n_months + 1e-9, 2)
        about = "" if abs(per_month * n_months - total) < 0.005 else "about "
        return Worked(
            f"{working}; ÷ {n_months} months is {about}{money(per_month)} a month",
            f"{about}{money(per_month)} a month",
        )
    if heads is not None:
        return Worked(working, f"{money(total)} each")
    return Worked(working, money(total))


PASS = re.compile(
    r"\b(?P<what>season tickets?|season pass|pass|annual (?:ticket|pass)|membership|"
    r"member'?s card|(?:monthly|yearly|annual) card)\b[^£?!]{0,16}?£(?P<x>" + NUM + r")|"
    r"£(?P<y>" + NUM + r")\s+(?:for (?:a|the) )?(?P<what2>season tickets?|season pass|pass|"
    r"annual (?:ticket|pass)|membership)\b"
)
BETTER_ASKED = re.compile(
    r"\b(?:better|cheaper|worth (?:it|getting|buying)|save|saving|best value|better value|"
    r"which (?:is|one|should))\b"
)


def _pass(lines: Sequence[str]) -> Worked | None:
    """A pass or season ticket at one price against so many tickets or sessions at another."""
    text = _plain(lines, BETTER_ASKED)
    if not text or "%" in text:
        return None
    passes = _find(PASS, lines)
    if len(passes) != 1:
        return None
    i, p = passes[0]
    price = _n(p["x"] or p["y"])
    money_at = p.span("x") if p["x"] else p.span("y")
    used: Used = [(i, money_at[0] - 1, money_at[1])]
    items = [
        (j, m) for j, m in _find(ITEM, lines) if not (j == i and m.start() <= money_at[0] < m.end())
    ]
    pers = _find(PER_GO, lines)
    if len(items) == 1 and not pers:
        j, m = items[0]
        n, each = _count(m["n"]), _price(m)
        if re.match(r"\s*for\b", m.group(0)[len(m["n"]) + len(m["what"]) :]) and not m["each"]:
            return None
        used.append((j, *m.span()))
        what = m["what"].strip() or "tickets"
    elif len(pers) == 1 and not items:
        j, m = pers[0]
        each = _n(m["p"] or m["p2"])
        goes = _find(GOES, lines)
        if len(goes) != 1:
            return None
        k, g = goes[0]
        n = int(g["n"])
        used += [(j, *m.span()), (k, *g.span())]
        what = g["s"] or m["s"] or m["s2"]
    else:
        return None
    if not _placed(lines, used) or n < 2:
        return None
    paid = round(n * each, 2)
    name = re.sub(r"tickets$", "ticket", p["what"] or p["what2"])
    working = f"{n} × {money(each)} is {money(paid)}, against {money(price)} for the {name}"
    gap = round(abs(paid - price), 2)
    if gap < 0.005:
        return Worked(f"{working}: the same", "the same either way")
    if price < paid:
        return Worked(f"{working}: the {name} saves {money(gap)}", f"the {name}, by {money(gap)}")
    return Worked(f"{working}: paying each time saves {money(gap)}", f"the {what}, by {money(gap)}")


READERS: tuple[Callable[[Sequence[str]], Worked | None], ...] = (
    _after,
    _until,
    _mixed,
    _part_off,
    _deposit,
    _season,
    _pass,
)

_GATE = re.compile(
    "|".join(
        f"(?:{p.pattern})" for p in (DATE_ASKED, UNTIL_ASKED, SHARE_ASKED, LEFT_ASKED, BETTER_ASKED)
    )
    + r"|\b(?:total|pay|bill|month|cost|come to|comes to|altogether|all in|how much)\b"
)


SPILLS = re.compile(rf"£\d|(?<![\w.£$€])\d+p\b|\d\s?%|{DATE.pattern}")


def spills(line: str) -> bool:
    """Whether `line`, said just before the lines a reader here read, holds a figure of the
    kind it reads (a sum of money, a date): the sum may go on from it, so it is read too."""
    return bool(SPILLS.search(line.lower()))


def asks(line: str) -> bool:
    """Whether `line` might ask one of these sums: a quick look before the reading."""
    return bool(_GATE.search(typed(line.lower())))


def worked(lines: Sequence[str]) -> Worked | None:
    """The sum of a class here that the last of `lines` asks (the lines said before it first),
    or None when no reader here gives every figure its place."""
    return _worked(tuple(lines))


@lru_cache(maxsize=256)
def _worked(said: tuple[str, ...]) -> Worked | None:
    lines = said_plainly(said)
    return read_by(READERS, lines)
