"""The stylesheet's colours are tokens (static/css/salon.css): one light set on :root, and one
dark set written twice, for the system's dark preference and for a person who chose dark. The
two must say the same, and the rules below them use tokens, not colours of their own."""

from __future__ import annotations

import re
from pathlib import Path

from django.conf import settings

CSS = (Path(settings.BASE_DIR) / "static" / "css" / "salon.css").read_text("utf-8")


def declarations(block: str) -> dict[str, str]:
    return dict(re.findall(r"(--[\w-]+|color-scheme):\s*([^;]+);", block))


def block_after(opening: str) -> str:
    start = CSS.index(opening) + len(opening)
    return CSS[start : CSS.index("}", start)]


LIGHT = declarations(block_after(":root {"))
SYSTEM_DARK = declarations(
    block_after('@media (prefers-color-scheme: dark) {\n  :root:not([data-theme="light"]) {')
)
CHOSEN_DARK = declarations(block_after(':root[data-theme="dark"] {'))


def test_the_dark_blocks_say_the_same():
    assert SYSTEM_DARK == CHOSEN_DARK
    system_lines = block_after(
        '@media (prefers-color-scheme: dark) {\n  :root:not([data-theme="light"]) {'
    ).split()
    assert system_lines == block_after(':root[data-theme="dark"] {').split()
    assert CHOSEN_DARK["color-scheme"] == "dark"


def test_every_colour_token_has_a_dark_value():
    not_colours = {"--radius", "--font"}
    assert set(LIGHT) - not_colours == set(CHOSEN_DARK)
    assert LIGHT["color-scheme"] == "light"


def test_rules_use_tokens_not_colours():
    """Outside the token blocks, no hex, rgb() or hsl() colour but an avatar's hue."""
    rules = CSS[CSS.index("}", CSS.index(':root[data-theme="dark"] {')) + 1 :]
    colours = re.findall(r"#[0-9a-fA-F]{3,8}\b|(?:rgba?|hsla?)\((?!var\(--hue\) var\(--)", rules)
    assert colours == [], (
        "a rule has a colour of its own: add a token to :root and to both dark blocks "
        "(same value in each) and use var(--token), so both themes have it"
    )
    assert rules.count("hsl(var(--hue) var(--avatar-") == 3
