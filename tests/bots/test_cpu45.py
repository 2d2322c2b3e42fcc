"""cpu45: the engine's speed-ups give what it gave before: a folded pattern's match searched
from where its lowered match starts, the material's lines read once, a request's kind read once
for a text, and the crisis lines outside Django."""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bots import care, fold
from bots.engine import _best_lines, _line_terms, _request_kind, index_of
from bots.habits import kin
from bots.material import terms
from bots.seeded import seeded

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = [
    m["text"]
    for m in json.loads((ROOT / "tests/bots/sample_messages.json").read_text(encoding="utf-8"))[
        "messages"
    ]
]


@pytest.mark.parametrize(
    ("pattern", "text", "span"),
    [
        # (the match late in the text, after words the pattern nearly meets)
        (
            r"\b(?:is there|are there) (?:any|a) (\w+)",
            "Is THERE? no. Well, is there any Cake",
            (20, 37),
        ),
        # ("\b" and a look-behind at the place searched from still see the text before it)
        (r"(?<!phone )\bdied\b", "my phone died and then my cat DIED", (30, 34)),
        (r"\bcat\b", "concatenate, then Cat", (18, 21)),
        (r"(?<=\d )(?P<unit>kg|km)\b", "10 KM or 5 kg", (3, 5)),
        (r"\?|\bhow (?:much|many)\b", "so HOW MANY is it?", (3, 11)),
    ],
)
def test_a_folded_match_is_the_match_as_given(pattern, text, span):
    given = re.compile(pattern, re.IGNORECASE)
    fold.forget()
    mine, theirs = fold.folded(pattern, re.IGNORECASE).search(text), given.search(text)
    assert mine.span() == theirs.span() == span
    assert mine.groups() == theirs.groups()
    assert mine.groupdict() == theirs.groupdict()
    assert mine.group() == theirs.group() == text[span[0] : span[1]]


def test_a_folded_pattern_substitutes_and_iterates_as_given():
    pattern = fold.folded(r"\b(?:cats?|dogs?)\b", re.IGNORECASE)
    given = re.compile(r"\b(?:cats?|dogs?)\b", re.IGNORECASE)
    text = "Cats and DOGS, a cat, a dog"
    assert pattern.sub("pets", text) == given.sub("pets", text) == "pets and pets, a pets, a pets"
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in given.finditer(text)]


def test_a_material_line_is_read_as_ever():
    examining = index_of(
        tuple(next(s for s in seeded() if s["slug"] == "socrates")["material"])
    ).tagged.get("examine", ())
    assert len(examining) > 20
    for line in examining:
        assert _line_terms(line) == frozenset(terms(line))


def test_a_request_is_read_once_as_it_was_read_each_time():
    for spec in seeded():
        index = index_of(tuple(spec["material"]))
        for text in SAMPLES[::3]:
            assert _request_kind(text, index) == _request_kind.__wrapped__(text, index)


def test_outside_django_the_crisis_lines_are_the_default():
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    said = subprocess.run(
        [sys.executable, "-c", "from bots.care import crisis_lines; print(crisis_lines())"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert said == care.DEFAULT_CRISIS_LINES


def _index(slug: str):
    return index_of(tuple(next(s for s in seeded() if s["slug"] == slug)["material"]))


@pytest.mark.parametrize(
    ("seed", "first"),
    [
        (1, "I spent eight years studying barnacles, and by the end"),
        (2, "I spent eight years on barnacles to know one group thoroughly"),
    ],
)
def test_lines_ranked_with_the_seed_as_before(seed, first):
    index = _index("darwin")
    rng = random.Random(seed)
    chosen = _best_lines(index, {"barnacl": 1.0, "pigeon": 0.5}, [], rng, 2, pair=False)
    assert chosen[0].startswith(first)
    assert len(chosen) == 2 and all("barnacle" in line for line in chosen)
    # (one draw for each line, in the order of the lines, as the sort drew them)
    drawn = random.Random(seed)
    for _ in index.lines:
        drawn.random()
    assert rng.random() == drawn.random()


def test_the_family_is_read_once_for_an_index():
    index = _index("darwin")
    assert kin(index) == kin.__wrapped__(index)
    assert {"emma", "erasmus", "annie"} <= kin(index)
    assert kin(index) is kin(index)
