"""Everyday sums of four more classes (sums61), read from the ask and the lines said before it,
each only when every figure of the lines it reads has its place (`bots.everyday._placed`): a
wrong answer is rated lower than a decline.

- a window of time less a break that comes round at a steady interval ("show is 7 till 10, a
  3 min news bit every half hour": 180 − 6 × 3 is 162 minutes);
- a distance over so many days ("the loop is about 516 miles, 6 driving days": 86 miles a
  day), any extra asked on top with no figure left to the asker;
- takings from so many sold at a price, less what it costs ("sell all 500 at £2 each, the
  prizes cost £180": £820 cleared);
- a sum shared in fractions ("the pitch is £12, i pay two thirds and he pays a third": £8 and
  £4).

Numbers said in words ("six days", "five hundred") are read as figures, so every one of them
must have its place too. `worked(lines)` gives the sum the last of `lines` asks (oldest first),
or None."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from bots.everyday import NUM, Used, _find, _n, _placed, read_by, said_plainly
from bots.wordsum import Worked, count, money

# --- numbers said in words ----------------------------------------------------------------------

_UNITS = "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen"
_UNITS += " sixteen seventeen eighteen nineteen"
_VALUE = {w: k for k, w in enumerate(_UNITS.split(), 2)}
_TENS_SAID = "twenty thirty forty fifty sixty seventy eighty ninety"
_TENS = {w: 10 * k for k, w in enumerate(_TENS_SAID.split(), 2)}
SPOKEN = re.compile(
    r"\b(?:(?P<t>" + "|".join(_TENS) + r")(?:[- ](?P<u>" + "|".join(list(_VALUE)[:8]) + r"))?|"
    r"(?P<v>" + "|".join(_VALUE) + r"))(?: (?P<h>hundred))?\b|\b(?:a|one) (?P<h2>hundred)\b|"
    r"\ba dozen\b"
)


def _spoken(match: re.Match[str]) -> str:
    if match.group(0) == "a dozen":
        return "12"
    if match["h2"]:
        return "100"
    if match["t"]:
        value = _TENS[match["t"]] + _VALUE.get(match["u"] or "", 0)
    else:
        value = _VALUE[match["v"]]
    return str(value * (100 if match["h"] else 1))


def _figures(line: str) -> str:
    """`line` with numbers said in words as figures ("six days" → "6 days", "five hundred" →
    "500", "a hundred" → "100"); "one" and "a" alone are left as words."""
    line = re.sub(r"\b(one|two|three)-(third|thirds|quarter|quarters|half)\b", r"\1 \2", line)
    return SPOKEN.sub(_spoken, line)


# --- a window of time less a steady break -------------------------------------------------------

_CLOCK = r"(?P<{0}>\d{{1,2}})(?:[:.](?P<{0}m>[0-5]\d))?\s?(?P<{0}p>am|pm)?"
WINDOW = re.compile(
    r"(?<![\d£$€.:/])(?:from )?"
    + _CLOCK.format("a")
    + r"\s?(?:till|til|until|to|-|–)\s?"
    + _CLOCK.format("b")
    + r"(?![\d:%/])(?!\s?(?:min|hour|hr|day|week|month|year|people|of|mile|km|£))"
)
LASTS = re.compile(rf"(?<![\d£$€.])(?P<h>{NUM})\s?(?:-\s?)?(?P<u>hours?|hrs?|h|minutes?|mins?)\b")
_EVERY = (
    r"(?:every|each|per|an?(?= (?:half )?hour\b)) (?P<{0}>half (?:an )?hour|hour|"
    r"quarter (?:of an )?hour|(?P<{0}n>\d+)\s?(?:minutes?|mins?|m)\b)"
)
BREAK = re.compile(
    r"(?<![\d£$€.])(?P<len>\d+)\s?(?:-\s?)?(?:minutes?|mins?|m)\b[a-z ]{0,30}?\s"
    + _EVERY.format("i")
    + r"|\b(?=every|each)"
    + _EVERY.format("j")
    + r"[a-z' ]{0,40}?\s(?:an? |of )?(?P<len2>\d+)\s?(?:-\s?)?(?:minutes?|mins?|m)\b"
)
LEFT_ASKED = re.compile(
    r"\bhow (?:much|many|long)\b[^?]{0,40}\b(?:time|minutes?|mins|hours?|actually|really|left|"
    r"is (?:that|it)|do (?:we|i|you) get)\b"
)


def _clock(m: re.Match[str], side: str) -> int:
    return int(m[side]) % 12 * 60 + int(m[f"{side}m"] or 0) + (720 if m[f"{side}p"] == "pm" else 0)


def _window(m: re.Match[str]) -> int | None:
    """The minutes from the first time of `m` to the second: "7 till 10" is 180."""
    if not (0 < int(m["a"]) <= 24 and 0 < int(m["b"]) <= 24):
        return None
    start, end = _clock(m, "a"), _clock(m, "b")
    if end <= start and not m["bp"]:
        end += 720
    if end <= start:
        end += 1440
    minutes = end - start
    return minutes if 0 < minutes <= 16 * 60 else None


def _interval(m: re.Match[str], side: str) -> int:
    said = m[side]
    if said.startswith("half"):
        return 30
    if said.startswith("quarter"):
        return 15
    if said == "hour":
        return 60
    return int(m[f"{side}n"])


def _hm(minutes: int) -> str:
    hours, left = divmod(minutes, 60)
    if not hours:
        return f"{minutes} minutes"
    said = f"{hours} hour" + ("s" if hours > 1 else "")
    return f"{said} {left} minutes" if left else said


def _within(m: re.Match[str], b: re.Match[str]) -> bool:
    return b.start() <= m.start() < b.end()


def _breaks(lines: Sequence[str]) -> Worked | None:
    """A window of time less a break of so many minutes every so often."""
    if not LEFT_ASKED.search(lines[-1]):
        return None
    breaks = _find(BREAK, lines)
    windows, lasts = (
        [(i, m) for i, m in _find(p, lines) if not any(j == i and _within(m, b) for j, b in breaks)]
        for p in (WINDOW, LASTS)
    )
    if len(breaks) != 1 or len(windows) + len(lasts) != 1:
        return None
    k, b = breaks[0]
    used: Used = [(k, *b.span())]
    if windows:
        i, w = windows[0]
        total = _window(w)
        label = re.sub(r"\s?[-–]\s?", " to ", w.group(0).removeprefix("from ").strip())
    else:
        i, w = lasts[0]
        hours = _n(w["h"])
        total = round(hours * 60) if w["u"].startswith("h") else round(hours)
        label = f"{count(hours)} {'hours' if w['u'].startswith('h') else 'minutes'}"
        if total != hours * (60 if w["u"].startswith("h") else 1):
            return None
    used.append((i, *w.span()))
    every = _interval(b, "i") if b["i"] else _interval(b, "j")
    each = int(b["len"] or b["len2"])
    if not total or not 0 < each < every or total % every or not _placed(lines, used):
        return None
    n = total // every
    lost = n * each
    left = total - lost
    working = f"{label} is {total} minutes; " if label != f"{total} minutes" else ""
    working += (
        f"{each} minutes every {every} minutes is {n} × {each} = {lost} minutes; "
        f"{total} − {lost} is {left} minutes"
    )
    if left >= 60:
        working += f" ({_hm(left)})"
    return Worked(working, f"{left} minutes")


# --- a distance over so many days ---------------------------------------------------------------

DISTANCE = re.compile(
    rf"(?<![\d£$€.])(?P<d>{NUM})\s?(?P<u>miles?|mi|km|kms|kilomet(?:re|er)s?)\b(?!\s?(?:a|an|per|/)"
    r"\s?(?:day|hour|hr|h)\b)"
)
DAYS = re.compile(
    r"(?<![\d£$€.])(?P<n>\d{1,2})\s(?:[a-z]+ing |full |travel |road )?days?\b"
    r"(?!\s?(?:a|per|each|of rest|off|rest))"
)
PER_DAY_ASKED = re.compile(
    r"\b(?:how (?:many|much) (?:miles|km|kms|kilomet(?:re|er)s|distance)|how far|what distance)"
    r"\b[^?]{0,30}\b(?:a|per|each|every) day\b|\b(?:miles|km|kms) (?:a|per|each) day\b|"
    r"\b(?:whats|what's|what is) (?:that|it) (?:a|per|each) day\b|"
    r"\bhow far (?:is that |do we (?:need to |have to )?(?:go|do|drive|walk|ride|cycle) )?"
    r"(?:each|every|a|per) day\b"
)
NOT_DAYS = re.compile(
    r"\b(?:rest|off|except|apart from|but|minus|without|sightseeing|already|done|left|"
    r"one of|one day|first|last|half|there and back|return|each way)\b"
)
TIME_ASKED = re.compile(r"\b(?:hours?|hrs?|mph|kph|minutes?|mins|time|speed|fuel|petrol|cost)\b|£")
EXTRA = re.compile(
    r"\b(?:plus|and|with|allowing|leaving)\b[^.?!\d]{0,25}\b(?:bit|extra|spare|some|margin|"
    r"detours?|getting lost|wrong turns?|wiggle room|leeway|buffer|slack|stops)\b[^.?!\d]*"
)


def _per_day(lines: Sequence[str]) -> Worked | None:
    """A distance over so many days: so much a day."""
    if not PER_DAY_ASKED.search(lines[-1]) or TIME_ASKED.search(lines[-1]):
        return None
    if any(NOT_DAYS.search(t) for t in lines):
        return None  # ("6 days but one is a rest day": never 6 days of driving)
    dists, days = _find(DISTANCE, lines), _find(DAYS, lines)
    if len(dists) != 1 or len(days) != 1:
        return None
    (i, d), (j, m) = dists[0], days[0]
    far, n = _n(d["d"]), int(m["n"])
    if not (1 < n <= 60 and far > 0) or not _placed(lines, [(i, *d.span()), (j, *m.span())]):
        return None
    unit = "km" if d["u"].startswith("k") else "miles"
    each = far / n
    said = count(each) if each == int(each) else f"about {count(round(each, 1))}"
    working = f"{count(far)} {unit} ÷ {n} days is {said} {unit} a day"
    if any(EXTRA.search(t) for t in lines):
        working += ", before any extra on top, which is yours to add"
    return Worked(working, f"{said} {unit} a day")


# --- takings less costs -------------------------------------------------------------------------

SOLD = re.compile(
    rf"(?<![\d£$€.])(?P<n>\d[\d,]*)\s(?:[a-z]+\s){{0,2}}?(?:at|for|@)\s£(?P<p>{NUM})"
    r"(?:\s?(?:each|a go|a piece|apiece|a ticket|a strip|per ticket|a pop|a time|a cup|a slice))?"
    rf"|\b(?:£(?P<p2>{NUM})|(?P<q2>\d+)p) (?:each |a (?:ticket|go|piece|strip|cup|slice) )?"
    r"(?:for|on) (?P<n2>\d[\d,]*) (?:[a-z]+ )?(?:tickets|strips|cakes|raffle tickets|cups|slices)\b"
)
COST = re.compile(
    rf"\b(?:cost(?:s|ing)?|is|are|was|were|come to|comes to|came to|at|of|spent|spend|paid|"
    rf"pay)(?: us| me| them)?(?: about| around)? £(?P<c>{NUM})(?!\s?(?:each|a|per|pp)\b)|"
    rf"£(?P<c2>{NUM}) (?:on|for|in|of) (?:the |our )?[a-z]+\b|"
    rf"\b(?:prizes?|costs?|expenses|float|hire|venue|printing|supplies)\s£(?P<c3>{NUM})\b"
)
CLEAR_ASKED = re.compile(
    r"\bwhat (?:do|will|would|did|should|'ll)?\s?(?:we|i|they|you|the \w+) "
    r"(?:clear|make|net|profit|raise|take home|end up with|walk away with)\b|"
    r"\bhow much (?:do|will|would|did|could)?\s?(?:we|i|they|you|the \w+) "
    r"(?:clear|make|net|profit|raise|take home|end up with|walk away with|have left)\b|"
    r"\b(?:whats|what's|what is|what'?d be) (?:the |our |that )?(?:profit|clear|net|take)\b|"
    r"\bhow much (?:profit|clear)\b"
)
EACH_ASKED_TOO = re.compile(
    r"\b(?:each|per (?:person|head|month|week|day)|a (?:head|month|week|day)|split)\b"
)
NOT_SOLD = re.compile(r"\b(?:half|third|quarter|percent|per cent|%|each prize|vat|tax|fee each)\b")


def _cleared(lines: Sequence[str]) -> Worked | None:
    """So many sold at a price, less the costs said: what is cleared."""
    asked = CLEAR_ASKED.search(lines[-1])
    if not asked or EACH_ASKED_TOO.search(lines[-1], asked.start()):
        return None
    if any(NOT_SOLD.search(t) for t in lines):
        return None
    sold = _find(SOLD, lines)
    if len(sold) != 1:
        return None
    i, s = sold[0]
    n = int((s["n"] or s["n2"]).replace(",", ""))
    price = _n(s["p"]) if s["p"] else (_n(s["p2"]) if s["p2"] else int(s["q2"]) / 100)
    used: Used = [(i, *s.span())]
    costs = []
    for j, c in _find(COST, lines):
        if j == i and _within(c, s):
            continue
        costs.append(_n(c["c"] or c["c2"] or c["c3"]))
        used.append((j, *c.span()))
    if not (1 < n <= 100_000 and costs and len(costs) <= 3) or not _placed(lines, used):
        return None
    taken = round(n * price, 2)
    spent = round(sum(costs), 2)
    left = round(taken - spent, 2)
    if left <= 0:
        return None
    working = f"{count(n)} × {money(price)} is {money(taken)}; {money(taken)} − "
    working += " − ".join(money(c) for c in costs) + f" is {money(left)}"
    return Worked(working, f"{money(left)} cleared")


# --- a sum shared in fractions ------------------------------------------------------------------

_FRACTIONS = {
    "2 thirds": (2, 3),
    "a third": (1, 3),
    "one third": (1, 3),
    "1 third": (1, 3),
    "half": (1, 2),
    "a half": (1, 2),
    "one half": (1, 2),
    "a quarter": (1, 4),
    "one quarter": (1, 4),
    "3 quarters": (3, 4),
}
FRACTION = re.compile(
    r"\b(?P<f>2 thirds|a third|one third|1 third|a half|one half|half|a quarter|one quarter|"
    r"3 quarters|(?P<a>[123])/(?P<b>[234]))(?! off| price| of (?:us|them|the (?:people|group)))\b"
    r"|\b(?P<rest>the rest|the remainder|whatever'?s left|what'?s left|the other \d+ thirds?)\b"
)
SHARED = re.compile(
    r"\b(?:pay(?:s|ing)?|cover(?:s|ing)?|put(?:s|ting)? in|chip(?:s|ping)? in|split(?:s|ting)?|"
    r"shar(?:e|es|ing))\b"
)
MONEY = re.compile(rf"£(?P<x>{NUM})(?!\s?(?:each|a|per|pp)\b)")
EACH_ASKED = re.compile(
    r"\b(?:pay|owe|put in|chip in) each\b|\b(?:should|do|would) (?:we|us) (?:each|both) "
    r"(?:pay|owe|put in)\b|"
    r"\bhow much (?:each|do (?:we|i|you|they) (?:each )?pay|does (?:each|he|she|[a-z]+) pay|is "
    r"(?:that|it) each|is my share|is mine|is each)\b|\b(?:whats|what's|what is) (?:that |it )?"
    r"(?:each|my share|mine)\b|\bwho pays what\b|\bhow much (?:do i|does \w+) owe\b|"
    r"\bwhat (?:do|does) (?:we|i|he|she|each|[a-z]+) (?:each )?(?:pay|owe)\b"
)
MINE_ASKED = re.compile(
    r"\b(?:my (?:bit|share|part|end|cut|half)|mine)\b|"
    r"\b(?:how much|what) (?:do|will|would|should) i (?:pay|owe|put in|cover)\b"
)
MINE_SAID = re.compile(r"\b(?:i|i'm|im|i'll|ill|i am|me)\b[^.,?!]{0,25}$")
NOT_SHARED = re.compile(r"\b(?:off|discount|price|of us|of them|each way)\b|%")


def _fraction(m: re.Match[str]) -> tuple[int, int] | None:
    if m["rest"]:
        return None
    if m["a"]:
        return int(m["a"]), int(m["b"])
    return _FRACTIONS[m["f"]]


def _said_part(part: tuple[int, int]) -> str:
    names = {(2, 3): "two thirds", (1, 3): "a third", (1, 2): "half", (1, 4): "a quarter"}
    return names.get(part, "three quarters")


PAIR = re.compile(
    r"\bme and (?P<a>[a-z]+)\b|(?:^|, |\bif |\bso |\bwhen )(?P<b>[a-z]+) and (?:me|i)\b(?!')"
)
MINE_USED = re.compile(
    r"\b(?:my (?:stuff|things|gear|bit|side|half|share|table|stock)|i|i'm|im|i am|i'll|ill|me)\b"
    r"[a-z' ]{0,30}$"
)
OTHERS_USED = re.compile(r"\b(?:he|she|he's|she's|his|her|they|their)\b[a-z' ]{0,30}$")
NOT_PART = re.compile(
    r"^ (?:of )?(?:the |our |my |his |her )?(?:way|time|distance|journey|trip|drive|ride|miles|"
    r"days?|week|hours?|profits?|takings|money|sales|proceeds|winnings)\b"
)


def _pair_shared(
    lines: Sequence[str],
    money_at: tuple[int, re.Match[str]],
    part_at: tuple[int, re.Match[str]],
    part: tuple[int, int],
) -> Worked | None:
    """A sum shared by two, one of them taking a fraction of it ("me and shaz share a £12 pitch
    and my stuff takes up two thirds of it": £8 for you, £4 for Shaz)."""
    (i, x), (j, m) = money_at, part_at
    # (all in the ask: "me" said in a line before it may be another than the one asking)
    pairs = [p for k, p in _find(PAIR, lines) if k == len(lines) - 1]
    if len(pairs) != 1 or j != len(lines) - 1 or NOT_PART.match(lines[j][m.end() :]):
        return None
    other = pairs[0]["a"] or pairs[0]["b"]
    if other in ("me", "i", "you", "we", "us", "it", "them", "then", "so", "now"):
        return None
    before = lines[j][: m.start()]
    if MINE_USED.search(before):
        mine = True
    elif OTHERS_USED.search(before) or re.search(
        rf"\b{re.escape(other)}\b[a-z' ]{{0,30}}$", before
    ):
        mine = False
    else:
        return None
    if not _placed(lines, [(i, *x.span()), (j, *m.span())]):
        return None
    total, (a, b) = _n(x["x"]), part
    share = total * a / b
    if abs(share * 100 - round(share * 100)) > 1e-6 or not 0 < share < total:
        return None
    rest = round(total - share, 2)
    name = _name(other)
    ours = f"{_said_part(part)} of {money(total)} is {money(share)}"
    if mine:
        return Worked(
            f"{ours} for you; the rest, {money(rest)}, for {name}",
            f"{money(share)} for you and {money(rest)} for {name}",
        )
    return Worked(
        f"{ours} for {name}; the rest, {money(rest)}, for you",
        f"{money(share)} for {name} and {money(rest)} for you",
    )


def _shared(lines: Sequence[str]) -> Worked | None:
    """A sum of money shared in fractions said: each part of it."""
    each, mine = EACH_ASKED.search(lines[-1]), MINE_ASKED.search(lines[-1])
    if not (each or mine) or not any(SHARED.search(t) for t in lines):
        return None
    if any(NOT_SHARED.search(t) for t in lines):
        return None
    sums, parts = _find(MONEY, lines), _find(FRACTION, lines)
    if mine and len(sums) == 1 and len(parts) == 1 and (part := _fraction(parts[0][1])):
        # "the pitch is £12 and i'm paying two thirds of it, how much is my bit"
        (i, x), (j, m) = sums[0], parts[0]
        total, (a, b) = _n(x["x"]), part
        share = round(total * a / b, 2)
        if (
            j != len(lines) - 1  # ("i" said in a line before the ask may be another)
            or not MINE_SAID.search(lines[j][: m.start()])
            or abs(share * 100 - round(share * 100)) > 1e-6
        ):
            return None
        if not _placed(lines, [(i, *x.span()), (j, *m.span())]):
            return None
        return Worked(f"{_said_part(part)} of {money(total)} is {money(share)}", money(share))
    if len(sums) == 1 and len(parts) == 1 and (part := _fraction(parts[0][1])):
        return _pair_shared(lines, sums[0], parts[0], part)
    if len(sums) != 1 or not 2 <= len(parts) <= 3:
        return None
    i, x = sums[0]
    total = _n(x["x"])
    fractions = [_fraction(m) for _, m in parts]
    said = [f for f in fractions if f]
    if len(said) == len(fractions) - 1 and parts[-1][1]["rest"]:
        whole = sum(a / b for a, b in said)
        if not 0 < whole < 1:
            return None
    elif len(said) != len(fractions) or abs(sum(a / b for a, b in said) - 1) > 1e-9:
        return None
    used: Used = [(i, *x.span()), *((j, *m.span()) for j, m in parts)]
    if not _placed(lines, used) or total <= 0:
        return None
    shares = [round(total * a / b, 2) for a, b in said]
    if len(said) < len(fractions):
        shares.append(round(total - sum(shares), 2))
    if any(abs(s * 100 - round(s * 100)) > 1e-6 for s in shares):
        return None
    named = [f"{_said_part(f)} is {money(s)}" for f, s in zip(said, shares, strict=False)]
    if len(said) < len(fractions):
        named.append(f"the rest is {money(shares[-1])}")
    working = f"of {money(total)}, " + "; ".join(named)
    said_shares = [money(s) for s in shares]
    return Worked(working, ", ".join(said_shares[:-1]) + f" and {said_shares[-1]}")


# --- a sum shared in a ratio --------------------------------------------------------------------

RATIO = re.compile(
    r"\b(?:split|share|shared|divide|divided|divvy|divvied|go|goes|in the ratio(?: of)?|ratio)"
    r"(?: (?:it|up|the (?:lot|money|winnings|pot)|them))?(?: up)?(?: in)?(?: the ratio)?\s?"
    r"(?P<r>\d{1,2}(?:\s?:\s?\d{1,2}){1,4})(?![\d:.])"
    r"(?:(?: as agreed| like we said)?,? (?:between |for |to )?"
    r"(?P<who>[a-z]+(?:\s?:\s?[a-z]+){1,4})\b)?"
)
GET_ASKED = re.compile(
    r"\bhow much (?:each|(?:do|does|will|would) (?:we|i|you|they|each|[a-z]+) (?:each )?"
    r"(?:get|pay|owe|put in|take))\b|\b(?:whats|what's|what is|what does|what do) "
    r"(?:that |it |everyone |each(?: of us)? )?(?:each|get|gets)\b|\bwho gets what\b"
)


def _name(said: str) -> str:
    return said if said in ("me", "you", "us", "them", "him", "her") else said.capitalize()


def _ratio(lines: Sequence[str]) -> Worked | None:
    """A sum of money shared in a ratio said ("£250, split it 2:2:1, gail:hal:ivan")."""
    if not (GET_ASKED.search(lines[-1]) or EACH_ASKED.search(lines[-1])):
        return None
    sums, ratios = _find(MONEY, lines), _find(RATIO, lines)
    if len(sums) != 1 or len(ratios) != 1:
        return None
    (i, x), (j, r) = sums[0], ratios[0]
    parts = [int(k) for k in re.split(r"\s?:\s?", r["r"])]
    who = re.split(r"\s?:\s?", r["who"]) if r["who"] else []
    if who and len(who) != len(parts) or not all(parts):
        return None
    if not _placed(lines, [(i, *x.span()), (j, r.start("r"), r.end("r"))]):
        return None
    total = _n(x["x"])
    one = total / sum(parts)
    if abs(one * 100 - round(one * 100)) > 1e-6:
        return None  # (a part of £33.333...: never a sum that does not add up)
    shares = [round(one * k, 2) for k in parts]
    said = " + ".join(str(k) for k in parts)
    working = f"{money(total)} in {sum(parts)} parts ({said}) is {money(round(one, 2))} a part"
    named = [f"{_name(w)} {money(v)}" for w, v in zip(who, shares, strict=False)] or [
        f"{k} × {money(round(one, 2))} = {money(v)}" for k, v in zip(parts, shares, strict=True)
    ]
    working += ": " + ", ".join(named)
    number = [money(v) for v in shares]
    return Worked(working, ", ".join(number[:-1]) + f" and {number[-1]}")


# --- bills a month shared ----------------------------------------------------------------------

BILL = re.compile(
    rf"(?P<what>[a-z]+)(?:'s| is| are| bill(?: is)?| comes to)?:? £(?P<x>{NUM})"
    r"(?P<pm> ?(?:a|per|/) ?month| pm| monthly)?\b(?!\s?(?:each|a head|pp|per person))"
)
WAYS = re.compile(
    r"\bsplit (?P<n>\d{1,2}) ways\b|\b(?:between|for|among) (?:the |us )?(?P<n2>\d{1,2})"
    r"(?: of us)?\b|\b(?P<n3>\d{1,2}) of us\b"
)
MONTH_EACH_ASKED = re.compile(
    r"\beach\b[^?]{0,25}\b(?:a|per|every) month\b|\b(?:a|per|every) month\b[^?]{0,25}\beach\b"
)


NOT_BILLS = re.compile(
    r"\b(?:year|annual|quarter|week|weekly|one[- ]off|deposit|pay|paid|paying|pays|covers?|"
    r"covering|puts? in|of it|the rest|except|apart from|not|doesn'?t|don'?t|half|third|%)"
)


def _bills(lines: Sequence[str]) -> Worked | None:
    """Bills a month, each said, shared evenly ("gas £62 a month, electric £48, broadband £34",
    "split 3 ways": £48 each a month); a bill said to be sorted apart has no figure here."""
    if not MONTH_EACH_ASKED.search(lines[-1]):
        return None
    bills, ways = _find(BILL, lines), _find(WAYS, lines)
    if not 2 <= len(bills) <= 6 or len(ways) != 1:
        return None
    if any(NOT_BILLS.search(t) for t in lines):
        return None
    (k, w) = ways[0]
    n = int(w["n"] or w["n2"] or w["n3"])
    used: Used = [(i, *b.span()) for i, b in bills] + [(k, *w.span())]
    if not 1 < n <= 12 or not _placed(lines, used):
        return None
    values = [_n(b["x"]) for _, b in bills]
    total = round(sum(values), 2)
    each = total / n
    if abs(each * 100 - round(each * 100)) > 1e-6:
        return None
    working = " + ".join(money(v) for v in values) + f" is {money(total)} a month; "
    working += f"÷ {n} is {money(round(each, 2))} each a month"
    return Worked(working, f"{money(round(each, 2))} each a month")


# --- costs said one by one, shared -------------------------------------------------------------

COST_SAID = re.compile(rf"£(?P<x>{NUM})\b(?!\s?(?:each|a head|pp|per|a|an|/|k\b))")
SHARE_WAYS = re.compile(
    r"\bsplit (?P<n>\d{1,2}) ways\b|\b(?:split |shared? )?(?:between|among) (?:the |us )?"
    r"(?P<n2>\d{1,2})(?: of us)?\b|\beach for (?:the |us )?(?P<n3>\d{1,2})(?: of us)?\b|"
    r"\bfor (?:the )?(?P<n4>\d{1,2}) of us\b"
)
GOES_ON = re.compile(r"(?:and|plus|also|oh and|\+|then|n)\b")
NOT_COSTS = re.compile(
    r"\b(?:pay|paid|paying|pays|covered|covering|covers|deposit|off|discount|refund(?:ed)?|owe|"
    r"owes|already|each|head|pp|per|half|third|quarter|instead|or|either|vs|versus|cheaper|not|"
    r"put|puts|putting|rest|remainder|left|leftover|gave|give|gives|giving|chipped|chip|chips|"
    r"towards|contribut\w*|got|gets|from|minus|without|take|taking|won|raised|sold|sell|"
    r"n'?t|except|apart|minus|less|back to|saved?|tip|times|x|every|month|week|year|day|night|"
    r"hour)\b|%|\d\s?(?:x|×)"
)


def _costs_shared(lines: Sequence[str]) -> Worked | None:
    """Costs said one by one over the lines, then shared evenly ("taxi there was £24", "taxi
    home £30", "plus £18 for the tolls, split 3 ways?": £72, £24 each)."""
    ways = _find(SHARE_WAYS, lines)
    if len(lines) < 2 or len(ways) != 1 or ways[0][0] != len(lines) - 1:
        return None
    if any(NOT_COSTS.search(t) for t in lines):
        return None
    if COST_SAID.search(lines[-1]) and not GOES_ON.match(lines[-1]):
        return None  # ("lunch was £40", "cinema's £24, split 3 ways": the cinema alone, maybe)
    costs = _find(COST_SAID, lines)
    (k, w) = ways[0]
    n = int(w["n"] or w["n2"] or w["n3"] or w["n4"])
    used: Used = [(i, *c.span()) for i, c in costs] + [(k, *w.span())]
    if not 2 <= len(costs) <= 6 or not 1 < n <= 20 or not _placed(lines, used):
        return None
    if any(not COST_SAID.search(t) for t in lines[:-1]):
        return None  # (every line read says a cost)
    values = [_n(c["x"]) for _, c in costs]
    total = round(sum(values), 2)
    each = total / n
    if abs(each * 100 - round(each * 100)) > 1e-6:
        return None
    working = " + ".join(money(v) for v in values) + f" is {money(total)}; "
    working += f"÷ {n} is {money(round(each, 2))} each"
    return Worked(working, f"{money(round(each, 2))} each")


READERS: tuple[Callable[[Sequence[str]], Worked | None], ...] = (
    _breaks,
    _per_day,
    _cleared,
    _shared,
    _ratio,
    _bills,
    _costs_shared,
)

_GATE = re.compile(
    "|".join(
        f"(?:{p.pattern})"
        for p in (
            LEFT_ASKED,
            PER_DAY_ASKED,
            CLEAR_ASKED,
            EACH_ASKED,
            MINE_ASKED,
            GET_ASKED,
            MONTH_EACH_ASKED,
            SHARE_WAYS,
        )
    )
)


def asks(line: str) -> bool:
    """Whether `line` might ask one of these sums: a quick look before the reading."""
    return bool(_GATE.search(line.lower()))


def worked(lines: Sequence[str]) -> Worked | None:
    """The sum of a class here that the last of `lines` asks (the lines said before it first),
    or None when no reader here gives every figure its place."""
    return _worked(tuple(lines))


@lru_cache(maxsize=256)
def _worked(said: tuple[str, ...]) -> Worked | None:
    lines = [_figures(t) for t in said_plainly(said)]
    return read_by(READERS, lines)
