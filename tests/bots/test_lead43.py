"""Session 30 (lead, round 8): an ask with no figure of its own, worked from the lines before it,
leaves out no money said there: "weekly shop came to £87.40", "used a £15 voucher and £2.60 of
points", "how much did i pay at the till" is never "£15 + £2.60 is £17.60" (declined, until a
reader places every amount); money is never read as a clock ("£87.40" is no 87:40) nor as a
time of two parts ("£1.10")."""

from __future__ import annotations

import pytest

from bots.placed import unplaced
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say


def test_money_said_before_is_not_left_out_of_a_sum_asked_without_figures():
    history = (
        Line("maya", "weekly shop came to £87.40"),
        Line("maya", "used a £15 voucher and £2.60 of points"),
    )
    reply = say("lovelace", "@lovelace how much did i pay at the till", history=history)
    assert "£17.60" not in reply, reply


@pytest.mark.parametrize(
    "reply, asked, before, missing",
    [
        (
            "£15 + £2.60 is £17.60",
            "how much did i pay at the till",
            ["weekly shop came to £87.40", "used a £15 voucher and £2.60 of points"],
            "£87.40",
        ),
        (
            "£40 + £25 is £65",
            "so what do we owe",
            ["the bill was £120.50", "jo paid £40 and sam £25"],
            "£120.50",
        ),
        # every amount placed; a price each may be shown as its total
        (
            "£87.40 − £15 − £2.60 is £69.80",
            "how much did i pay at the till",
            ["weekly shop came to £87.40", "used a £15 voucher and £2.60 of points"],
            "",
        ),
        ("6 × £2 is £12", "how much is that", ["6 of us at £2 each"], ""),
    ],
)
def test_unplaced_money(reply, asked, before, missing):
    assert unplaced(reply, asked, before) == missing
