"""What was mended in merging session 37's branches: a "died" said in fun picks no line on a
death (Shakespeare's Hamnet for "my son died his hair blue", Einstein's Besso for "died
laughing"); a price a unit below a pound is said to a tenth of a penny, a half up."""

from __future__ import annotations

import pytest

from bots.wordsum import money
from tests.bots.test_everyday_messages import VOICES, say

IN_FUN = (
    "my son died his hair blue",
    "my friend died laughing at your joke",
    "i nearly died when i saw the bill",
)


@pytest.mark.parametrize("text", IN_FUN)
@pytest.mark.parametrize("slug", sorted(s for s in VOICES if s != "aibot"))
def test_a_death_in_fun_picks_no_line_on_a_death(slug, text):
    reply = say(slug, text)
    assert reply
    for word in ("died", "death", "dead", "sorry", "Hamnet", "Besso", "grief", "loss"):
        assert word not in reply, (slug, text, reply)


def test_the_shakespeare_and_einstein_replies_in_full():
    assert say("shakespeare", IN_FUN[0]) == (
        "Tell me more, Maya; every tale is better for its particulars."
    )
    assert say("einstein", IN_FUN[1]) == (
        "And how did that happen, Maya? I always want to know how things come about."
    )


@pytest.mark.parametrize(
    ("value", "said"),
    [(1.65 / 4, "41.3p"), (0.6375, "63.8p"), (0.245, "24.5p"), (0.5, "50p"), (0.847, "84.7p")],
)
def test_pence_are_said_to_a_tenth_a_half_up(value, said):
    assert money(value) == said


def test_four_pints_for_a_pound_sixty_five():
    assert say("lovelace", "4 pints for £1.65, how much a pint?") == (
        "A sum the Engine would take in one turn of its handle, Maya: £1.65 at 4 pints is 41.3p "
        "a pint."
    )
