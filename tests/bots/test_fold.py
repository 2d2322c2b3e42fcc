"""Case-insensitive patterns searched first over the lowered text (bots/fold.py) find exactly
what the pattern as given finds: every folded pattern of the engine, over messages and persona
lines in every case, gives the same match, at the same place, with the same groups."""

from __future__ import annotations

import importlib
import pkgutil
import re

import pytest

import bots
from bots.fold import Folded, folded
from bots.seeded import seeded

MESSAGES = (
    "Hi everyone, I'm new here",
    "HI EVERYONE, I'M NEW HERE!!!",
    "Why does time slow down when you move fast?",
    "Can you give me a recipe for a quick dinner?",
    "My dog keeps barking at night and I can't sleep.",
    "my nan passed away last night, funeral is on friday",
    "My Nan Passed Away Last Night",
    "Do you think people spend too much time on their phones?",
    "I disagree with Ada, machines will never be creative.",
    "What should I read first if I want to learn about black holes?",
    "Thanks, that was really helpful!",
    "Good night, all.",
    "@curie is it safe to mix bleach and vinegar?",
    "Write us a toast for Priya's 40th, mention the Altos",
    "£68 a set, we need 5 sets, how much is that each if 4 of us pay?",
    "I'm Zoë, first time here — can I just ask stuff?",
    "Café opens at 7:30, İstanbul trip next week",
    "is it true you carried radium in your pocket, Miss Curie",
    "",
    "?",
)


def _texts() -> list[str]:
    lines = [line for spec in seeded() for line in spec.get("material", [])[::9]]
    return [*MESSAGES, *lines, *(t.upper() for t in lines[::5]), *(t.title() for t in lines[::7])]


def _folded_patterns() -> list[tuple[str, Folded]]:
    found = []
    for module in pkgutil.iter_modules(bots.__path__):
        if module.name in {"admin", "apps", "models", "views", "urls", "forms", "migrations"}:
            continue
        loaded = importlib.import_module(f"bots.{module.name}")
        found += [
            (f"{module.name}.{name}", value)
            for name, value in vars(loaded).items()
            if isinstance(value, Folded)
        ]
    return found


def test_the_engine_searches_its_case_insensitive_patterns_folded():
    # (The engine's own: the rewrite to `folded` reached them.)
    assert len(_folded_patterns()) > 1200


@pytest.mark.parametrize("kind", ["search", "match", "fullmatch"])
def test_every_folded_pattern_finds_what_the_pattern_as_given_finds(kind):
    texts = _texts()
    differ = []
    for name, pattern in _folded_patterns():
        given = re.compile(pattern.pattern, pattern.flags)
        for text in texts:
            mine, theirs = getattr(pattern, kind)(text), getattr(given, kind)(text)
            if (mine and (mine.span(), mine.groups())) != (
                theirs and (theirs.span(), theirs.groups())
            ):
                differ.append((name, text))
    assert differ == []


def test_a_pattern_with_a_capital_letter_of_its_own_is_compiled_as_given():
    # "[A-Z]" or "Zoë" would never be found in the lowered text: nothing is put in front.
    for source in (r"\b[A-Z]\w+", r"\bZo\w\b", r"(?-i:Ada) said"):
        assert isinstance(folded(source, re.IGNORECASE), re.Pattern)
    # Escapes and groups' names are no letters to find: "\W", "\S", "(?P<Name>...)".
    assert isinstance(folded(r"\W*(?P<Who>ada)\S*\b", re.IGNORECASE), Folded)
    # A pattern that heeds case is compiled as given.
    assert isinstance(folded(r"\bada\b", 0), re.Pattern)


def test_a_folded_pattern_matches_any_case_and_keeps_the_text_as_said():
    pattern = folded(r"\bmy name is (?P<name>\w+)", re.IGNORECASE)
    found = pattern.search("Hello! MY NAME IS Priya.")
    assert (found.group("name"), found.span()) == ("Priya", (7, 23))
    assert pattern.search("my name was priya") is None
    assert pattern.sub("I am", "My Name Is Tom") == "I am"
    assert pattern.findall("my name is a and MY NAME IS B") == ["a", "B"]
    # A text with letters beyond ASCII is searched as given ("İ" lowers to two characters, and
    # the pattern as given takes it for an "i").
    assert folded(r"\bistanbul\b", re.IGNORECASE).search("İstanbul or ISTANBUL").span() == (0, 8)
