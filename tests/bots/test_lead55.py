"""Lead55 (session 33), found on the spent holdout sums h34s after their grading:

- An ask with figures of its own, just after another's sum, was answered with that sum again
  ("bought 5 boxes of mince pies, 24 in a box, handed out 97, how many are left?" after "the
  £60 ticket is going up by 15%" got "15% of £60 is £9, so £69"): a sum read joined to the
  lines before it must use every figure of the ask; and a persona's working is no budget of
  the person's.
- What is left of so many packs of so many with some used is worked (5 × 24 is 120; 120 − 97
  is 23 left).
- A recipe scaled to "6 of us" or "we are 6" is scaled like one "for 6".
"""

from __future__ import annotations

import pytest

from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say

CASES = [
    (
        "lovelace",
        "bought 5 boxes of mince pies, 24 in a box, handed out 97, how many are left?",
        [
            ("jo", "the £60 ticket is going up by 15%, what will it cost"),
            ("Marie Curie", "Added up and checked, Jo: 15% of £60 is £9, so £69."),
        ],
        (
            "A sum the Engine would take in one turn of its handle, Maya: 5 × 24 is"
            " 120; 120 − 97 is 23 left."
        ),
    ),
    (
        "lovelace",
        "we had 7 sacks and 12 bins out on the green, is that enough for the 40 of us?",
        [
            ("jo", "the £60 ticket is going up by 15%, what will it cost"),
            ("Marie Curie", "Added up and checked, Jo: 15% of £60 is £9, so £69."),
        ],
        # (refuse60: the mathematician declines a sum by what she cannot read in it, never as a
        # question with "no place in any table")
        "I have all your figures, Maya, but I cannot see for certain how they go together, and "
        "a wrong figure is worse than none; this one I leave unworked.",
    ),
    (
        "darwin",
        "how many are left?",
        [("jo", "bought 5 boxes of mince pies, 24 in a box"), ("jo", "handed out 97 so far")],
        (
            "I was never much of a mathematician, Maya, but I kept my accounts all "
            "my life: 5 × 24 is 120; 120 − 97 is 23 left."
        ),
    ),
    (
        "lovelace",
        "3 packs of 12 sausages, we ate 20, how many left",
        [],
        (
            "A sum the Engine would take in one turn of its handle, Maya: 3 × 12 is"
            " 36; 36 − 20 is 16 left."
        ),
    ),
    (
        "curie",
        "4 trays of 30 eggs, sold 63 at the fair, how many are left over",
        [],
        "The figures first, then the conclusions, Maya: 4 × 30 is 120; 120 − 63 is 57 left.",
    ),
    (
        "lovelace",
        "5 boxes, handed out 97, how many left",
        [],
        # (sums50a: the figure missing is asked for, not the whole sum declined)
        (
            "The Engine does exactly what it is told and never guesses, Maya; nor shall I: "
            "tell me how many come in each box."
        ),
    ),
    (
        "lovelace",
        "recipe serves 4 and uses 300g pasta, theres 6 of us, how much pasta do i need",
        [],
        (
            "A sum the Engine would take in one turn of its handle, Maya: from 4 to"
            " 6 is × 1.5: 450g pasta."
        ),
    ),
    (
        "lovelace",
        "recipe for 4 uses 300g pasta. theres 6 of us. how much pasta",
        [],
        (
            "A sum the Engine would take in one turn of its handle, Maya: from 4 to"
            " 6 is × 1.5: 450g pasta."
        ),
    ),
]


@pytest.mark.parametrize("slug, text, history, expected", CASES)
def test_reply(slug, text, history, expected):
    assert say(slug, text, history=tuple(Line(a, t) for a, t in history)) == expected
