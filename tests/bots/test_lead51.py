"""Lead51 (session 33), from last session's read-back: a sum said a fortnight or a term is a
rate, not an amount to add ("£25 a fortnight and £10, how much a year" was £35); dates with
"mar", "apr", "jun" and "jul" are read as months."""

from __future__ import annotations

import pytest

from tests.bots.test_everyday_messages import say

UNWORKED = (
    "I have all your figures, Maya, but I cannot see for certain how they go together, and a "
    "wrong figure is worse than none; this one I leave unworked."
)


@pytest.mark.parametrize(
    "text",
    ["£25 a fortnight and £10, how much a year", "£60 a term and £15 for the kit, how much"],
)
def test_a_rate_of_a_fortnight_or_a_term_is_no_amount_to_add(text):
    reply = say("lovelace", text, seed=3)
    assert "£35" not in reply and "£75" not in reply
    assert reply.endswith(("unworked.", "guess at it.", "than guess.", "not guess at it."))


def test_two_amounts_alone_still_add_up():
    reply = say("lovelace", "£25 and £10, how much altogether")
    assert reply.endswith("£25 + £10 is £35.")


@pytest.mark.parametrize(
    "text, working",
    [
        (
            "born 14 jun 1948, how old will he be on 20 jul 2025?",
            "2025 − 1948 is 77, the birthday (14 June) already past by then.",
        ),
        (
            "born 3 mar 1990, how old on 1 apr 2026",
            "2026 − 1990 is 36, the birthday (3 March) already past by then.",
        ),
        (
            "born 30 apr 2001, how old on 2 mar 2026?",
            "2026 − 2001 is 25, less one as the birthday (30 April) is not yet come: 24.",
        ),
    ],
)
def test_short_month_names_are_months(text, working):
    assert working in say("lovelace", text)
