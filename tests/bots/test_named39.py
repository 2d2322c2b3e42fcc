"""A persona called by name after a word that leads into it ("anyway darwin, ...", "also curie,
what ...") is the one spoken to, so it answers in a room; its name with "'s" after it is not."""

from __future__ import annotations

import pytest

from bots.addressing import spoken_of

DARWIN = ("darwin", "Charles Darwin", "Charles", "Darwin")


@pytest.mark.parametrize(
    "said",
    [
        "anyway darwin, did evolution give us free will or just the illusion of it",
        "also darwin, what did you eat on the beagle?",
        "actually darwin what do you make of that",
    ],
)
def test_a_name_after_a_leading_word_is_spoken_to(said):
    assert spoken_of(said, DARWIN, DARWIN) is False


def test_a_name_with_a_possessive_is_still_spoken_of():
    assert spoken_of("anyway darwin's finches are cool", DARWIN, DARWIN) is True
