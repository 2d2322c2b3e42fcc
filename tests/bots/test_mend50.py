"""Mended from review33 (mend50): sides asked only between people who spoke, and no pick of a
party or of a yes-or-no; chances said in plain figures; sentences the sides code builds read
right; cards signed only by a plain sender; compounds whose second word is a verb; pay at a
higher rate worked; tips split with the bill, a part paid apart taken off."""

from __future__ import annotations

import pytest

from bots.odds import chance_of

# --- chances said plainly: no scientific notation, no "100.00%", "certain" only when so ------

CHANCES = [
    (
        "what are the odds of no sixes in 100 rolls?",
        "no sixes in 100 rolls: (5/6)^100 = about 1 in 82,800,000",
    ),
    ("odds of no sixes in 60 rolls", "no sixes in 60 rolls: (5/6)^60 = about 1 in 56,348"),
    (
        "odds of no sixes in 40 rolls",
        "no sixes in 40 rolls: (5/6)^40 = about 1 in 1,470, about 0.068%",
    ),
    (
        "odds of at least one six in 100 rolls?",
        "at least one six in 100 rolls: one less the chance of none, 1 − (5/6)^100 = "
        "all but certain, over 99.999%",
    ),
    (
        "chance of at least one six in 40 rolls",
        "at least one six in 40 rolls: one less the chance of none, 1 − (5/6)^40 = about 99.93%",
    ),
    (
        "whats the chance of at least one head in 20 tosses",
        "at least one head in 20 tosses: 1 − (1/2)^20 = all but certain, over 99.999%",
    ),
    (
        "chance of exactly 1 heads in 30 tosses",
        "exactly 1 head in 30 tosses is 30 of the 1,073,741,824 ways they fall: "
        "30/1,073,741,824, about 1 in 35,800,000",
    ),
    (
        "what are the odds of 90 people sharing a birthday",
        "90 people, 4,005 pairs: one less the chance all 90 birthdays differ, "
        "1 − (365 × 364 × … × 276)/365^90 = all but certain, over 99.999%",
    ),
    (
        "odds of two people sharing a birthday in a room of 366 people",
        "366 people sharing a birthday between two of them: certain, with 365 days to share",
    ),
    (
        "odds of 23 people sharing a birthday",
        "23 people, 253 pairs: one less the chance all 23 birthdays differ, "
        "1 − (365 × 364 × … × 343)/365^23 = about 50.7% (better than even)",
    ),
]


@pytest.mark.parametrize(("text", "working"), CHANCES)
def test_a_chance_is_said_in_plain_figures(text: str, working: str) -> None:
    assert chance_of(text) == working
    assert "e-" not in chance_of(text) and "100.00%" not in chance_of(text)
