"""Kinds of message misread on the fresh holdout12 rating (issue 14, round twelve), asked here
in other words:
- a penalty got ("got a parking ticket ... unbelievable", "clamped at the station") was
  congratulated for its "got a" and its "unbelievable";
- a triumph with a mishap denied in it ("nobody got a single question wrong", "didnt mess up a
  thing") was scored down for the bad word, and news told was answered with a view ("You ask for
  my view ... a quiet dinner") because the persona holds one on pubs;
- "so worth it", told of one's own day, was taken for a question ("No, I do not think so");
- "how did you work out which ..." asks how something was found out, not about a day's work."""

from __future__ import annotations

import pytest

from bots.valence import mood
from tests.bots.test_everyday_messages import PEOPLE, say

PENALTIES = [
    "got a parking ticket outside the gym while i was literally inside for 20 mins. unbelievable",
    "just got clamped at the station, 120 quid to get it back",
    "got fined for putting the recycling out a day early. incredible",
]
TRIUMPHS = [
    "WE WON THE PUB QUIZ!!! first time ever, nobody got a single sports question wrong 🎉",
    "passed my theory test, didnt get a single one wrong!!",
]
WORTH_IT = [
    "back from the hike, feet destroyed but the view was so worth it",
    "queued 2 hours for the exhibition but honestly worth it",
]


@pytest.mark.parametrize("text", PENALTIES)
def test_a_penalty_got_is_a_small_annoyance_never_good_news(text):
    assert mood(text) == "rueful"
    for slug in PEOPLE:
        reply = say(slug, f"@{slug} {text}", seed=2).lower()
        assert not any(word in reply for word in ("congrat", "bravo", "well done", "huzzah")), (
            slug,
            reply,
        )


@pytest.mark.parametrize("text", TRIUMPHS + WORTH_IT)
def test_a_triumph_told_is_met_with_gladness_not_a_view(text):
    assert mood(text) == "good"
    for slug in PEOPLE:
        reply = say(slug, f"@{slug} {text}", seed=2)
        # Glad, as its congratulations open: "Bravo, Kit!", "How clever of you, Maya!".
        assert "!" in reply.split(".")[0], (slug, reply)
        assert "I do not think so" not in reply and "my view" not in reply, (slug, reply)


def test_how_something_was_worked_out_is_asked_of_the_work_not_the_day():
    reply = say("curie", "@curie how did you work out that the rays came from the atoms", seed=2)
    assert "atom" in reply and "laboratory by eight" not in reply, reply
