"""Known lines are read only when a message holds what their first group needs (bots/know.py
`_candidates`): the index must never hide a line the full reading would meet."""

from __future__ import annotations

import pytest

from bots.know import best_known, knowns

LINES = knowns(
    (
        "=don't_know sleep/sleeping: Sleep line.",
        "=coming_down/=going_down legs/thighs: Downhill line.",
        "=tins best_before/=out_of_date: Tins line.",
        "=leaves garden/lawn: Leaves line.",
        "=off milk: Milk line.",
        "dehumidifier: Dehumidifier line.",
    )
)


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("honestly i don't know why i can't sleep lately?", "Sleep line."),
        ("why do my thighs hurt more coming down the hill", "Downhill line."),
        ("'going down' kills my legs, why", "Downhill line."),
        ("are tins ok past the best_before", "Tins line."),
        ("tins out of date by a year, still ok?", "Tins line."),
        ("should i rake the leavesing lawn lol", "Leaves line."),
        ("the leaves all over the garden, compost them?", "Leaves line."),
        ("is milk 'off' if it smells a bit?", "Milk line."),
        ("is a dehumidifier worth it?", "Dehumidifier line."),
    ],
)
def test_a_message_meets_the_line_its_words_key(text, line):
    assert best_known(LINES, text) == line


@pytest.mark.parametrize(
    "text",
    [
        "i know i should sleep",  # "don't know" not said
        "coming round later, legs are fine",  # "coming" with no "down"
        "left the garden gate open",  # no "leaves"
    ],
)
def test_a_message_short_of_a_group_meets_no_line(text):
    assert best_known(LINES, text) == ""
