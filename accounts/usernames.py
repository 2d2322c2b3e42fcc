"""What a username must be beyond Django's rules (letters, digits and @.+-_, NFKC-normalised):
written in one script, and unlike everyone else's to the eye.

Names that look alike share a skeleton (Unicode TS #39, section 4): each character replaced by
the prototype of its class of confusables, then case-folded, so `alice` and `аlice` (Cyrillic
а) are one name, and so are `Bill` and `BiIl`, `ACE` and `асе` (all Cyrillic). Names that
differ only in case are one name too (a unique index on the lower-cased name). The classes and
the scripts come from the data of confusable_homoglyphs (Unicode's confusables.txt and
Scripts.txt), read once, the first time a name is checked, into two compact tables.
"""

from __future__ import annotations

import bisect
import unicodedata
from functools import cache

from confusable_homoglyphs.utils import load
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError

USERNAME_ERRORS = {
    "mixed_scripts": "Use the letters of one script: this name mixes %(scripts)s.",
    "lookalike": "This name looks too much like someone else's. Please choose another.",
    "taken": "A user with that username already exists.",
    "persona": "This name looks like one of the AI personas'. Please choose another.",
}

# Marks that confusable_homoglyphs puts around right-to-left characters in its data.
_LRM = "\u200e"
# Characters of these belong to every script (digits, punctuation, combining marks).
_SHARED_SCRIPTS = frozenset({"COMMON", "INHERITED"})
# Scripts that one language writes together (TS #39's augmented script sets).
_SCRIPTS_WRITTEN_TOGETHER = (
    frozenset({"HAN", "HIRAGANA", "KATAKANA"}),
    frozenset({"HAN", "HANGUL"}),
    frozenset({"HAN", "BOPOMOFO"}),
)


@cache
def _prototypes() -> dict[str, str]:
    """Each confusable character mapped to its prototype (a character or a short sequence)."""
    neighbours: dict[str, set[str]] = {}
    for char, glyphs in load("confusables.json").items():
        char = char.replace(_LRM, "")
        for glyph in glyphs:
            other = glyph["c"].replace(_LRM, "")
            neighbours.setdefault(char, set()).add(other)
            neighbours.setdefault(other, set()).add(char)
    # The data lists each (character, prototype) pair both ways, so a class is a star: its
    # prototype is linked to every other member. In a pair, a sequence of several characters
    # is the prototype (Unicode maps single characters only); two characters are interchangeable.
    prototypes: dict[str, str] = {}
    placed: set[str] = set()
    for start in neighbours:
        if start in placed:
            continue
        members, todo = {start}, [start]
        while todo:
            for other in neighbours[todo.pop()] - members:
                members.add(other)
                todo.append(other)
        placed |= members
        prototype = max(members, key=lambda m: (len(neighbours[m]), len(m), -ord(m[0])))
        prototypes.update((m, prototype) for m in members if len(m) == 1 and m != prototype)
    return prototypes


def _skeleton(text: str) -> str:
    table = _prototypes()
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFD", "".join(table.get(char, char) for char in decomposed))


def username_skeleton(username: str) -> str:
    """What `username` looks like: equal for names a reader could take for one another."""
    return _skeleton(_skeleton(unicodedata.normalize("NFKC", username)).casefold())


def name_looks(name: str) -> set[str]:
    """The skeletons of `name` without its spaces, as written, in small letters and in capitals:
    a capital I looks like l where a small i does not, so `AIBot` and `A1Bot` meet `aibot`
    only through their other cases."""
    name = "".join(name.split())
    return {
        username_skeleton(name),
        username_skeleton(name.lower()),
        username_skeleton(name.upper()),
    }


def persona_lookalike(name: str, *, exclude_pk: int | None = None) -> bool:
    """Whether `name` could be taken for an AI persona: its name or its username (@mention),
    whatever the case, spaces or look-alike letters (`exclude_pk`: the account being edited)."""
    looks = name_looks(name)
    personas = get_user_model().objects.filter(is_persona=True, persona__is_active=True)
    if exclude_pk is not None:
        personas = personas.exclude(pk=exclude_pk)
    return any(
        looks & (name_looks(username) | name_looks(persona_name or ""))
        for username, persona_name in personas.values_list("username", "persona__name")
    )


@cache
def _script_ranges() -> tuple[list[int], list[int], list[str]]:
    """Ranges of code points (first, last) and their script, sorted by first."""
    data = load("categories.json")
    names = data["iso_15924_aliases"]
    ranges = data["code_points_ranges"]  # [first, last, script index, category index], sorted
    return [r[0] for r in ranges], [r[1] for r in ranges], [names[r[2]] for r in ranges]


def _script(char: str) -> str:
    firsts, lasts, scripts = _script_ranges()
    at = bisect.bisect_right(firsts, ord(char)) - 1
    return scripts[at] if at >= 0 and ord(char) <= lasts[at] else "UNKNOWN"


def username_scripts(username: str) -> set[str]:
    """The scripts of `username`'s letters (digits and punctuation belong to none)."""
    return {_script(char) for char in username} - _SHARED_SCRIPTS


def scripts_mixed(scripts: set[str]) -> bool:
    """Whether a name in these scripts mixes scripts that are not written together."""
    return len(scripts) > 1 and not any(scripts <= group for group in _SCRIPTS_WRITTEN_TOGETHER)


def username_validate(username: str, *, exclude_pk: int | None = None) -> None:
    """Raise ValidationError unless `username` (NFKC-normalised, valid for Django) is written in
    one script and looks like no other user's name nor any persona's (`exclude_pk`: the user
    being edited)."""
    scripts = username_scripts(username)
    if scripts_mixed(scripts):
        named = sorted(script.replace("_", " ").title() for script in scripts)
        raise ValidationError(
            USERNAME_ERRORS["mixed_scripts"],
            code="mixed_scripts",
            params={"scripts": ", ".join(named[:-1]) + " and " + named[-1]},
        )
    if persona_lookalike(username, exclude_pk=exclude_pk):
        raise ValidationError(USERNAME_ERRORS["persona"], code="persona")
    alike = get_user_model().objects.filter(username_skeleton=username_skeleton(username))
    if exclude_pk is not None:
        alike = alike.exclude(pk=exclude_pk)
    names = list(alike.values_list("username", flat=True)[:10])
    if any(name.casefold() == username.casefold() for name in names):
        raise ValidationError(USERNAME_ERRORS["taken"], code="taken")
    if names:
        raise ValidationError(USERNAME_ERRORS["lookalike"], code="lookalike")
