"""Half-life sums asked of the scientists in their own field (field47s).

"if something has a half life of 5 days how long till its under 1 percent? i got 7 half lives"
had got Curie's "5 is not under 1: it is 4 over" (a sum reader met on the figures). A half-life
ask is read by its shape: a share to get under ("under 1 percent", "below 10%", "down to 25
percent") gives the count of half-lives (each halves what is left), a half-life said ("a half
life of 5 days", "8 year half-life") the time too, and a count the asker got ("i got 7 half
lives", "is it 6?") is checked. "how much is left after 3 half lives" gives the share left.

`worked(slug, text)` gives the reply (with "{name}"), or None when the ask is not one of these.
"""

from __future__ import annotations

import re

from bots.product import WORD_NUMBERS

# Only the two who would do the sum (a physicist and a chemist of radioactivity).
SLUGS = frozenset({"curie", "einstein"})

_HALF = re.compile(r"\bhalf[\s-]*li(?:fe|ves|fes)\b|\bhalflife\b|\bhalflives\b", re.I)
_NUM = r"(\d+(?:\.\d+)?)"
_UNIT = r"(second|sec|minute|min|hour|hr|day|week|month|year|yr)s?"
_WORDS = {"one": 1, **WORD_NUMBERS}
_NUMW = r"(\d+|" + "|".join(_WORDS) + ")"
# The share to get under, or down to: "under 1 percent", "below 10%", "down to 25 per cent".
_TARGET = re.compile(
    r"\b(under|below|less than|lower than|down to|to|reach(?:es)?|hits?)\s+(?:about\s+)?"
    + _NUM
    + r"\s*(?:%|percent\b|per\s*cent\b|pc\b)",
    re.I,
)
# The half-life said: "half life of 5 days", "half-life is 8 years", "5 day half life".
_SAID = re.compile(
    r"half[\s-]*life\s+(?:(?:of|is|=|was|being)\s+)?(?:about\s+)?" + _NUM + r"\s*" + _UNIT + r"\b|"
    r"\b" + _NUM + r"[\s-]*" + _UNIT + r"\s+half[\s-]*life",
    re.I,
)
# The count the asker got: "i got 7 half lives", "is it 7?", "i think 6", "my answer was 7".
_CLAIM = re.compile(
    r"\b(?:i\s+(?:got|get|think|thought|said|put|worked\s+out|calculated)|"
    r"(?:my\s+)?answer\s+(?:is|was)|is\s+it|so\s+its|so\s+it's|it'?s)\s+(?:about\s+)?"
    + _NUMW
    + r"(?:\s+half[\s-]*li(?:fe|ves|fes))?\b(?!\s*(?:%|percent|per\s*cent|"
    + _UNIT
    + r"))",
    re.I,
)
# A time the asker got: "i got 35 days".
_TIMED = re.compile(
    r"\bi\s+(?:got|get|think|thought|said|put|calculated)\s+(?:about\s+)?" + _NUM + r"\s*" + _UNIT,
    re.I,
)
# The share left after so many half-lives: "how much is left after 3 half lives".
_LEFT = re.compile(r"\b(?:left|remain(?:s|ing)?|remains)\b", re.I)
_AFTER = re.compile(r"\bafter\s+" + _NUMW + r"\s+half[\s-]*li(?:fe|ves|fes)\b", re.I)

_SAY = ("", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")


def _n(word: str) -> int:
    return _WORDS.get(word.lower()) or int(word)


def _count(n: int) -> str:
    return _SAY[n] if n < len(_SAY) else str(n)


def _pct(v: float) -> str:
    return f"{v:g} percent" if round(v, 3) == v else f"about {v:.2g} percent"


def _left(n: int) -> str:
    """The share left after `n` half-lives: "1/128, about 0.78 percent"."""
    return f"1/{2**n}, {_pct(100 / 2**n)}"


def _time(n: int, said: re.Match | None) -> str:
    if not said:
        return ""
    value = float(said.group(1) or said.group(3))
    unit = (said.group(2) or said.group(4)).lower()
    unit = {"sec": "second", "min": "minute", "hr": "hour", "yr": "year"}.get(unit, unit)
    return f" With a half-life of {value:g} {unit}s, that is {value * n:g} {unit}s."


def worked(slug: str, text: str) -> str | None:
    """The half-life sum `text` asks of `slug`, worked, or None. Asked to work one, only the
    personas whose field it is; asked to check the asker's answer ("i said 7, right?"), any
    (`bots.check47` leaves half-lives to this)."""
    if not _HALF.search(text):
        return None
    if slug in SLUGS and (after := _AFTER.search(text)) and _LEFT.search(text):
        n = _n(after.group(1))
        if not 1 <= n <= 40:
            return None
        return (
            f"After {_count(n)} half-lives 1/{2**n:,} is left, {{name}}, "
            f"{_pct(100 / 2**n)}: each one halves what remains."
        )
    target = _TARGET.search(text)
    if not target:
        return None
    share = float(target.group(2))
    if not 0 < share < 100:
        return None
    strict = target.group(1).lower() not in ("down to", "to", "reach", "reaches", "hit", "hits")
    n = 0
    while (100 / 2**n >= share) if strict else (100 / 2**n > share):
        n += 1
    goal = f"under {share:g} percent" if strict else f"down to {share:g} percent"
    said = _SAID.search(text)
    when = _time(n, said)
    why = f"{_count(n)} leave {_left(n)}"
    if strict and n > 1:
        why += f", where {_count(n - 1)} leave {_left(n - 1)}"
    claim = _CLAIM.search(text[target.end() :]) or _CLAIM.search(text[: target.start()])
    if slug not in SLUGS and not claim and not _TIMED.search(text):
        return None
    if not claim and said and (timed := _TIMED.search(text)):
        # "i got 35 days": the time checked against the half-lives' time.
        got_time = float(timed.group(1))
        total = n * float(said.group(1) or said.group(3))
        if got_time == total:
            return f"Right, {{name}}: {_count(n)} half-lives get you {goal}: {why}.{when}"
        return (
            f"Not quite, {{name}}: not {got_time:g}; it takes {_count(n)} half-lives to get "
            f"{goal}: {why}.{when}"
        )
    if claim and (got := _n(claim.group(1))) != n:
        return (
            f"Not quite, {{name}}: it takes {_count(n)} half-lives to get {goal}, not "
            f"{_count(got)}: {why}.{when}"
        )
    if claim:
        return f"Right, {{name}}: {_count(n)} half-lives get you {goal}: {why}.{when}"
    return f"{_count(n).capitalize()} half-lives, {{name}}, to get {goal}: {why}.{when}"


# A follow-up that asks again of what was just asked, in its own field, with no subject of its
# own: "is that true or a myth", "how does that even work", "did it ever get built", "wait so
# which one was first" (dev: Curie had got a line on half-lives met on "first", Einstein a
# house of cards on "built"). The question before it says what it is about.
FOLLOW_UP = re.compile(
    r"^\W*(?:(?:wait|ok|okay|so|but|hm+|huh|lol|wow|really|and|yeah|ya|right|oh)\b[\s,.!]*)*"
    r"(?:(?:is|was) (?:that|this|it) (?:actually |really |even )?(?:true|real|a myth|a legend)"
    r"(?: or (?:(?:just )?(?:a )?(?:myth|legend|story|not|fake|made up)))?|"
    r"(?:true|real|fact) or (?:a )?(?:myth|legend|fake|not|made up)|"
    r"how (?:does|do|did|would|could|can) (?:that|this|it|they) (?:even |actually |really )?work|"
    r"did (?:it|that|this|they) (?:ever |actually |really )?(?:get |ever get )?(?:built|made|"
    r"found|work|worked|happen|finished|discovered|proven|proved|confirmed|invented)|"
    r"(?:which|what) (?:one )?(?:was|is|came|come) first|which (?:one )?(?:was|is) it|"
    r"(?:so )?which one)"
    r"(?:[\s,]+(?:tho|though|then|lol|haha|in the end|really|actually|or not))*\W*$",
    re.I,
)


def followed(
    text: str, before: list[tuple[str, bool]], knows, names: tuple[str, ...] = ()
) -> str | None:
    """The `#know` line (`knows(text)`) a follow-up such as "is that true or a myth" asks for,
    read with the last question before it (`before`: the room's lines, oldest first, each with
    whether it is the persona's own), or None; never a line the persona said already. The
    persona's `names` in the question before it are no subject ("curie how do radium watches
    glow")."""
    if not FOLLOW_UP.match(text):
        return None
    said = {line for line, own in before if own}
    for line, own in reversed(before[-4:]):
        if own:
            continue
        for name in names:
            line = re.sub(rf"@?\b{re.escape(name)}\b", " ", line, flags=re.I)
        # (a statement before it is asked of too: "apparently light bends near the sun")
        joined = f"{line.rstrip(' ?!.')}, {text}"
        if not (found := knows(joined, asked=True)) and not (found := knows(line, asked=True)):
            return None
        kept = max(found.split("{name}"), key=len).split(".")[0].strip(" ,:;")
        return None if any(kept in s for s in said) else found
    return None
