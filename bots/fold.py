"""Case-insensitive patterns, searched at the speed of case-sensitive ones.

CPython's `re` compares every character of a case-insensitive pattern through a Unicode case
lookup, which makes the engine's long alternations ("\\b(?:write|do|make|give|...)") two to
three times slower than the same pattern searched case-sensitively over lowered text
(measured: the grave-news pattern 59 us a message against 24 us). Most messages match none of
them, and a reply tries a few hundred.

`folded(pattern, flags)` compiles such a pattern twice: as given, and without IGNORECASE. Over
an ASCII text the second is run first over the text lowered; when it finds nothing, neither
would the first, and None is returned at once. When it finds something, the pattern as given
is run over the text as given, so a match, its groups and its positions are exactly what
`re.compile(pattern, flags)` gives. Texts with other letters (where lowering may move
positions) are searched as given.

A reply reads its message with the same pattern several times over (whether it welcomes a
newcomer is asked by each reading of it): each pattern keeps its last search, and its result is
given again for the same text. `forget` empties them (the benchmark does, between replies).

That first search is a sound filter only when every letter the pattern requires is lower case:
a pattern with a capital letter outside an escape ("\\W", "\\S", "\\b") or a group's name is
returned compiled as given, with nothing in front of it.
"""

from __future__ import annotations

import re
import sys
import weakref
from re import _constants, _parser

# A capital letter the pattern itself says: not one of an escape ("\W", "\N{...}") nor of a
# group's name ("(?P<Name>", "(?P=Name)").
_ESCAPES = re.compile(r"\\N\{[^}]*\}|\\.|\(\?P<\w+>|\(\?P=\w+\)")
_CAPITAL = re.compile(r"[A-Z]")
_LITERAL, _SUBPATTERN, _BRANCH = _constants.LITERAL, _constants.SUBPATTERN, _constants.BRANCH
_REPEATS = (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT)


class Folded:
    """A compiled case-insensitive pattern whose `search`, `match` and `fullmatch` first look
    over the lowered text with the pattern compiled case-sensitively (see the module)."""

    __slots__ = ("_given", "_lowered", "_last", "_needs", "sub", "finditer", "__weakref__")

    def __init__(self, given: re.Pattern[str], lowered: re.Pattern[str]) -> None:
        self._given = given
        # (the given pattern's, looked up at once: a reply asks some sixty times, and a look-up
        # that falls through to `__getattr__` costs more than the call)
        self.sub = given.sub
        self.finditer = given.finditer
        self._lowered = lowered
        self._last: tuple = _NOTHING
        self._needs = _UNREAD  # (read at its first search: `_gate`)
        _ALL.add(self)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        last = self._last  # (one read of it: another thread may put its own)
        if last[0] == text and last[1] == pos and last[2] == endpos:
            return last[3]
        lowered = _LOWERED  # (one read: another thread may put its own)
        if lowered[0] is not text:
            lowered = _lower(text)
        low = lowered[1]
        needs = self._needs  # (`_said`, written out: a reply asks it some 300 times)
        if needs is _UNREAD:
            needs = self._needs = _gate(self._lowered)
        if low is None:
            found = self._given.search(text, pos, endpos)
        elif needs is not None and (
            needs not in low if needs.__class__ is str else needs.search(low) is None
        ):
            found = None
        elif at := self._lowered.search(low, pos, endpos):
            # The first match over the lowered text starts where the first match as given
            # does (an ASCII text's letters keep their places): searched from there, not
            # from the start again ("\b" and look-behinds still see the text before it).
            found = self._given.search(text, at.start(), endpos)
        else:
            found = None
        self._last = (text, pos, endpos, found)
        return found

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        lowered = _LOWERED  # (one read: another thread may put its own)
        if lowered[0] is not text:
            lowered = _lower(text)
        if lowered[1] is not None and not (
            _said(self, lowered[1]) and self._lowered.match(lowered[1], pos, endpos)
        ):
            return None
        return self._given.match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        lowered = _LOWERED  # (one read: another thread may put its own)
        if lowered[0] is not text:
            lowered = _lower(text)
        if lowered[1] is not None and not (
            _said(self, lowered[1]) and self._lowered.fullmatch(lowered[1], pos, endpos)
        ):
            return None
        return self._given.fullmatch(text, pos, endpos)

    def __getattr__(self, name: str):
        # sub, findall, finditer, split, pattern, flags, groups, groupindex: as given.
        return getattr(self._given, name)

    def __repr__(self) -> str:
        return f"folded({self._given.pattern!r}, {self._given.flags!r})"


_NOTHING: tuple = (None, 0, 0, None)
_UNREAD = object()
# The last text searched, and it lowered (None when it is not ASCII): a reply searches its
# message with a few hundred patterns, lowered once.
_LOWERED: tuple = (None, None)


def _lower(text: str) -> tuple:
    global _LOWERED
    _LOWERED = lowered = (text, text.lower() if text.isascii() else None)
    return lowered


_ALL: weakref.WeakSet[Folded] = weakref.WeakSet()


def forget() -> None:
    """Empty every folded pattern's last search (and the last text lowered)."""
    global _LOWERED
    _LOWERED = (None, None)
    for pattern in list(_ALL):
        pattern._last = _NOTHING


def found_by(found: re.Match[str], pattern: Folded | re.Pattern[str]) -> bool:
    """Whether the match `found` was found by `pattern` (a match's `re` is the pattern as
    given, never the `Folded` in front of it)."""
    return found.re.pattern == pattern.pattern and found.re.flags == pattern.flags


def folded(pattern: str, flags: int = re.IGNORECASE) -> Folded | re.Pattern[str]:
    """`re.compile(pattern, flags)`, searched faster when it ignores case (see the module)."""
    given = re.compile(pattern, flags)
    if not flags & re.IGNORECASE or _CAPITAL.search(_ESCAPES.sub("", pattern)):
        return given
    return Folded(given, re.compile(pattern, flags & ~re.IGNORECASE))


# What joining patterns as alternatives would change: a group referred to by its number (the
# numbers move) or by its name, or a condition on a group.
_REFERENCE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")


def any_of(patterns) -> Folded | re.Pattern[str]:
    """One pattern that finds something in a text whenever one of `patterns` (compiled,
    `folded` or not) would, and nothing when none would: a filter to run before trying them one
    by one, most texts meeting none of them. When they cannot be joined (flags that differ, a
    group referred to), a pattern that finds something in every text."""
    patterns = tuple(patterns)
    sources = [p.pattern for p in patterns]
    flags = {p.flags for p in patterns}
    if not sources or len(flags) != 1 or any(_REFERENCE.search(s) for s in sources):
        return _EVERY
    try:
        return folded("|".join(f"(?:{s})" for s in sources), flags.pop())
    except re.error:  # (a name given twice, an inline flag)
        return _EVERY


_EVERY = re.compile("")


class Needing:
    """A pattern searched only in a text that says one of `needs`, lower-case letters any match
    of it holds: one read from each place in a text to its end ("(?=.*\\beat\\b)...") is slow
    over every text, and most texts say none of them. (Texts with other letters than ASCII, whose
    case may fold otherwise, are searched as given.)"""

    __slots__ = ("_pattern", "_needs")

    def __init__(self, pattern, needs: tuple[str, ...]) -> None:
        self._pattern = pattern
        self._needs = needs

    def _said(self, text: str) -> bool:
        if not text.isascii():
            return True
        low = text.lower()
        return any(need in low for need in self._needs)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        return self._pattern.search(text, pos, endpos) if self._said(text) else None

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        return self._pattern.match(text, pos, endpos) if self._said(text) else None

    def fullmatch(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        return self._pattern.fullmatch(text, pos, endpos) if self._said(text) else None

    def __getattr__(self, name: str):
        # sub, findall, finditer, split, pattern, flags, groups, groupindex: as given.
        return getattr(self._pattern, name)


def needing(pattern, *needs: str) -> Needing:
    """`pattern` (compiled or `folded`), searched only in a text that says one of `needs` (each
    lower case: a match of the pattern always holds one of them)."""
    return Needing(pattern, needs)


# What any match of a pattern holds (`_gate`): a text that says none of it is not searched. A
# pattern of many words at each place ("\\b(?:(?<!phone )(?<!battery )...died|dead|...)") is
# slow over every text, and most texts hold none of its words.
def _held(items) -> frozenset[str] | None:
    """Strings one of which every match of the parsed sequence `items` holds, or None."""
    best: frozenset[str] | None = None
    run: list[str] = []

    def weigh(found):
        nonlocal best
        if found and (best is None or _worth(found) > _worth(best)):
            best = found

    for op, av in items:
        if op is _LITERAL:
            run.append(chr(av))
            continue
        weigh(frozenset(("".join(run),)) if run else None)
        run = []
        if op is _SUBPATTERN and not av[1] and not av[2]:
            weigh(_held(av[3]))
        elif op is _BRANCH:
            alternatives = [_held(branch) for branch in av[1]]
            if all(alternatives):
                weigh(frozenset().union(*alternatives))
        elif op in _REPEATS and av[0] >= 1:
            weigh(_held(av[2]))
    weigh(frozenset(("".join(run),)) if run else None)
    return best


def _worth(found: frozenset[str]) -> tuple[int, int]:
    return min(len(s) for s in found), -len(found)


def _gate(pattern: re.Pattern[str]):
    """What a text must hold for the case-sensitive `pattern` to find anything in it: one
    string, a pattern of a few, or None (nothing worth asking first)."""
    try:
        found = _held(_parser.parse(pattern.pattern, pattern.flags).data)
    except Exception:  # (a pattern the parser reads otherwise: no gate)
        return None
    if not found or min(len(s) for s in found) < 3 or len(found) > 24:
        return None
    if len(found) == 1:
        return next(iter(found))
    return re.compile("|".join(re.escape(s) for s in sorted(found)))


def _said(pattern: Folded, text: str) -> bool:
    """Whether `text` (lowered) holds what any match of `pattern` holds."""
    needs = pattern._needs
    if needs is _UNREAD:
        needs = pattern._needs = _gate(pattern._lowered)
    if needs is None:
        return True
    if needs.__class__ is str:
        return needs in text
    return needs.search(text) is not None
