"""Lead60 (session 34), found on the dev rooms of this session's holdout:

- "if there's 5 of us chipping in and the room's £150 and the cake is £65, how much each?" was
  declined: "chipping in" before the room's £150 was read as a part someone puts in. Only the
  words of the figure's own clause say that now.
- "if we sell 500 tickets at £2 each and the prizes cost us £180, how much do we make?" got
  "with £180 more, £1,180": what sold things bring in is set against what they cost, never
  added to it; "how much do we make / raise / earn" asks what is made.
"""

from __future__ import annotations

import pytest

from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say

CASES = [
    (
        "lovelace",
        "if there's 5 of us chipping in and the room's £150 and the cake is £65, how much each?",
        [],
        (
            "A sum the Engine would take in one turn of its handle, Maya: £150 + "
            "the £65 cake is £215; between 5 of you, £43 each."
        ),
    ),
    (
        "curie",
        "6 of us are chipping in and the hall is £90 and food is £60, how much each",
        [],
        (
            "The figures first, then the conclusions, Maya: £90 + £60 is £150; "
            "between 6 of you, £25 each."
        ),
    ),
    (
        "einstein",
        "4 of us paying and the taxi was £48 and the tip £6, how much each",
        [],
        (
            "Adding up is the one calculation nobody argues about, Maya: £48 + £6 "
            "is £54; between 4 of you, £13.50 each."
        ),
    ),
    (
        "darwin",
        "if 3 of us are splitting it and the van is £120 and petrol £45, whats each",
        [],
        (
            "I was never much of a mathematician, Maya, but I kept my accounts all "
            "my life: £120 + the £45 petrol is £165; between 3 of you, £55 each."
        ),
    ),
    (
        "lovelace",
        "nan puts in £10 and the rest of us split the £70 cake, 4 of us, how much each",
        [],
        (
            "I have all your figures, Maya, but I cannot see for certain how they "
            "go together, and a wrong figure is worse than none; this one I leave "
            "unworked."
        ),
    ),
    (
        "lovelace",
        "if we sell 500 tickets at £2 each and the prizes cost us £180, how much do we make?",
        [],
        (
            "A sum the Engine would take in one turn of its handle, Maya: 500 "
            "tickets at £2 each is £1,000; less £180, that leaves £820."
        ),
    ),
    (
        "curie",
        "we sold 120 cakes at £1.50 and the ingredients cost £45, what do we clear",
        [],
        (
            "The figures first, then the conclusions, Maya: 120 cakes at £1.50 is "
            "£180; less £45, that leaves £135."
        ),
    ),
    (
        "einstein",
        "selling 80 pies at £3 each, ingredients cost us £95, how much will we make",
        [],
        (
            "Adding up is the one calculation nobody argues about, Maya: 80 pies at"
            " £3 each is £240; less £95, that leaves £145."
        ),
    ),
    (
        "socrates",
        "if we sell 60 programmes at £2.50 and printing cost £40 how much would we raise",
        [],
        (
            "Let us reckon it together, Maya: 60 programmes at £2.50 is £150; less "
            "£40, that leaves £110. Whether it is worth the spending is another "
            "question."
        ),
    ),
    (
        "darwin",
        "if we sell 200 tickets at £5 and the band costs £300, how much is that",
        [],
        (
            "The Beagle took me round the world, Maya, and never once near that "
            "question; it lies far from my studies."
        ),
    ),
    (
        "darwin",
        "6 pizzas at £8 each and the delivery cost £3, how much is that",
        [],
        (
            "I was never much of a mathematician, Maya, but I kept my accounts all "
            "my life: 6 pizzas at £8 each is £48; with £3 more, £51."
        ),
    ),
]


@pytest.mark.parametrize("slug, text, history, expected", CASES)
def test_reply(slug, text, history, expected):
    assert say(slug, text, history=tuple(Line(a, t) for a, t in history)) == expected
