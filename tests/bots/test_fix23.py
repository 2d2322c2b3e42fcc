"""Session 23's holdout (a cycling club, a hen do, a knitting group, a school-run carpool),
after the rating: a bare figure in a #know key fired on any figure ("why do my thighs cramp at 50
miles ... bananas?" got Darwin's banana DNA), "kg" alone wrote the kg-to-pounds converter for
watts per kg, and "in a row" wrote the streak finder for a rota asked to keep to 2 days in a
row."""

from __future__ import annotations

import pytest

from bots.house_code import snippet_for
from tests.bots.test_everyday_messages import say


@pytest.mark.parametrize(
    "text",
    [
        "@darwin why do my thighs cramp at 50 miles every single time. bananas? magnesium?",
        "@darwin 60 bananas for the club ride, too many?",
        "@darwin are bananas good before a 50k",
    ],
)
def test_a_figure_beside_bananas_is_no_question_of_dna(text):
    assert "genes" not in say("darwin", text, seed=0)


def test_bananas_and_dna_still_get_the_answer():
    reply = say("darwin", "@darwin is it true humans share like 60% of dna with bananas", seed=0)
    assert "half to sixty percent of our genes have a counterpart" in reply


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("write me python that turns my watts and weight in kg into w/kg", None),
        ("python to convert kg to lbs pls", "kg-lb"),
        ("write me python that turns my weight in kg into stone", "kg-lb"),
        ("a python thing for pounds to kilos for my bag weigh-in", "kg-lb"),
        (
            "make a python thing that does the rota, 4 drivers, nobody more than 2 days in a row",
            "rota",
        ),
        ("python to draw up a rota so no one does back to back weekends", "rota"),
        ("python to spot when someone's on more than 3 consecutive shifts on the rota", "streaks"),
        ("python that flags 4 nights in a row from my shift dates", "streaks"),
    ],
)
def test_the_program_written_is_the_one_asked_for(text, wanted):
    found = snippet_for(text)
    assert (found.id if found else None) == wanted
