"""Lead53 (session 33): "is living in a van freedom or just running away from a mortgage?" was
answered with "a van freedom" as the thing asked of: the words after "in a" are still the
subject's (`opine.just_or`), and freedom is the thing."""

from __future__ import annotations

import pytest

from bots.opine import just_or


@pytest.mark.parametrize(
    "text, read",
    [
        (
            "is living in a van freedom or just running away from a mortgage?",
            ("it", "freedom", "running away from a mortgage"),
        ),
        (
            "is working from the kitchen table cosy or just cramped",
            ("it", "cosy", "cramped"),
        ),
        (
            "is living aboard actually romantic or just cold and damp",
            ("it", "romantic", "cold and damp"),
        ),
        ("is owning a dog a joy or just hard work", ("it", "a joy", "hard work")),
    ],
)
def test_the_thing_asked_is_not_the_end_of_the_subject(text, read):
    assert just_or(text) == read
