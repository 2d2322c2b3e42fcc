"""Session 30 (lead, round 6): Curie knows how fireworks and black powder are kept ("is the black
powder in the motors dangerous to store" had the nearest line on a glaze's powder)."""

from __future__ import annotations

import pytest

from tests.bots.test_everyday_messages import say

KEPT = "Keep fireworks and black powder in their sealed box"


@pytest.mark.parametrize(
    "text",
    [
        "@curie is the black powder in the motors dangerous to store at home",
        "@curie is it safe to keep fireworks in the garage till bonfire night",
        "@curie is gunpowder dangerous to keep in the house",
    ],
)
def test_fireworks_kept_safely(text):
    assert say("curie", text).startswith(KEPT)


@pytest.mark.parametrize(
    "text",
    ["@curie how do i keep my motor running in winter", "@curie why do fireworks have colours"],
)
def test_look_alikes_keep_their_answers(text):
    assert KEPT not in say("curie", text)


@pytest.mark.parametrize(
    "text",
    ["@einstein do you believe in luck", "@einstein are you superstitious at all"],
)
def test_einstein_on_luck_of_his_own(text):
    assert say("einstein", text).startswith('Luck, Maya? "God does not play dice,"')


def test_luck_wished_is_no_question_of_his():
    assert "God does not play dice" not in say("einstein", "@einstein good luck with the talk")


def test_socrates_on_a_game_that_teaches_greed():
    reply = say("socrates", "@socrates is monopoly a good game for kids or does it teach greed")
    assert "teaches greed only to a child who is never asked about it" in reply
    assert "cheating" not in reply
