"""cpu44: the speed-ups of bots/fold.py find exactly what the patterns as given find."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bots import asks, fold, mood, safety

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = [
    m["text"]
    for m in json.loads((ROOT / "tests/bots/sample_messages.json").read_text(encoding="utf-8"))[
        "messages"
    ]
]
TEXTS = [
    *SAMPLES,
    "is it ok to eat bread with a bit of mould on it?",
    "Is it OK to cut the MOLD off cheese and eat the rest",
    "my cat died last night",
    "the candle was left burning all night while we sleep",
    "Thanks so much!",
    "Grüße, is it safe to eat mouldy cheese?",
    "",
]


def _gate(pattern: str):
    compiled = fold.folded(pattern, re.IGNORECASE)
    fold._said(compiled, "")  # (read at the first search)
    return compiled._needs


def test_gate_is_what_every_match_holds():
    assert _gate(r"\bcandles?\b") == "candle"
    assert _gate(r"\b(?:abc|defg)\b") is not None
    assert _gate(r"\b(?:abc|defg)\b").pattern == "abc|defg"
    # (an alternative with nothing sure in it, a word that may be missing, a short one: none)
    assert _gate(r"\b(?:abc|\w+)\b") is None
    assert _gate(r"\b(?:abcdef)?\b") is None
    assert _gate(r"\bab\b") is None
    # (the longest sure run of a sequence)
    assert _gate(r"\bto (?:a|the) hospital\b") == " hospital"


@pytest.mark.parametrize(
    "pattern",
    [
        r"\bcandles?\b[^.?!]{0,40}\b(?:overnight|all night)\b",
        r"\b(?:cat|dog)s? (?:died|passed away)\b",
        r"\bthanks+\b|\bcheers\b",
        r"(?=.*\bcut\b)(?:.*\bmou?ld)",
    ],
)
def test_a_gated_pattern_finds_what_the_pattern_finds(pattern):
    gated = fold.folded(pattern, re.IGNORECASE)
    given = re.compile(pattern, re.IGNORECASE)
    for text in TEXTS:
        for found, expected in (
            (gated.search(text), given.search(text)),
            (gated.match(text), given.match(text)),
        ):
            assert (found and (found.span(), found.group())) == (
                expected and (expected.span(), expected.group())
            )


def test_a_needing_pattern_finds_what_it_finds_ungated():
    mould = safety.HAZARDS["mould"]
    assert isinstance(mould, fold.Needing)
    given = re.compile(mould.pattern, mould.flags)
    met = [text for text in TEXTS if given.search(text)]
    assert met  # (the texts say it: the gate is put to the test)
    for text in TEXTS:
        assert bool(mould.search(text)) == bool(given.search(text))


@pytest.mark.parametrize(
    "patterns",
    [
        [claim.said for claim in mood.CLAIMS],
        [said for kind, said in asks.OCCASION_SAID.items() if kind != "names"],
        list(safety.HAZARDS.values()),
    ],
)
def test_joined_patterns_find_something_whenever_one_would(patterns):
    joined = fold.any_of(patterns)
    assert joined is not fold._EVERY
    for text in TEXTS:
        assert bool(joined.search(text)) == any(p.search(text) for p in patterns)


def test_patterns_that_cannot_be_joined_filter_nothing():
    referring = [re.compile(r"(a)\1"), re.compile("b")]
    assert fold.any_of(referring) is fold._EVERY
    assert fold.any_of([re.compile("a", re.I), re.compile("b")]) is fold._EVERY
    assert fold.any_of([]) is fold._EVERY


def test_a_non_ascii_text_is_searched_as_given():
    pattern = fold.folded(r"\bmould\b", re.IGNORECASE)
    assert pattern.search("Grüße, MOULD on it").group() == "MOULD"
    assert pattern.search("Grüße, nothing here") is None
