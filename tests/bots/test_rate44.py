"""Sums a fresh rater (rate44) found refused: a power written with "^" or with "quick" after it,
and the legs of several animals together; Socrates' sum line no longer asks whether a sum of
legs or days "is worth the spending"."""

from __future__ import annotations

import pytest

from bots.sums44 import worked44
from tests.bots.test_everyday_messages import say


@pytest.mark.parametrize(
    ("text", "working"),
    [
        ("what's 2 to the power of 10, quick", "2 ^ 10 = 1,024"),
        ("2^10?", "2 ^ 10 = 1,024"),
        ("what is 2^8", "2 ^ 8 = 256"),
        ("how many legs do 3 spiders and 2 dogs have total", "3 × 8 + 2 × 4 = 32 legs"),
        ("how many legs do 2 cats and a chicken have", "2 × 4 + 1 × 2 = 10 legs"),
        ("how many legs in 5 ducks", "5 × 2 = 10 legs"),
    ],
)
def test_the_sum_is_worked(text, working):
    assert worked44(text).working == working


@pytest.mark.parametrize(
    "text",
    [
        "how many legs does a spider have",  # one animal: the trivia's own answer
        "how many legs do 4 chairs and a dog have",  # a chair's legs are not sure
        "x^2 + 3",
    ],
)
def test_no_sum_is_made_up(text):
    assert worked44(text) is None


def test_lovelace_works_a_power_asked_quickly():
    assert say("lovelace", "@lovelace what's 2 to the power of 10, quick") == (
        "A sum the Engine would take in one turn of its handle, Maya: 2 ^ 10 = 1,024."
    )


def test_socrates_counts_legs_without_asking_about_spending():
    assert say("socrates", "@socrates how many legs do 3 spiders and 2 dogs have total") == (
        "Let us reckon it together, Maya: 3 × 8 + 2 × 4 = 32 legs. What follows from it is "
        "another question."
    )


@pytest.mark.parametrize(
    ("slug", "text", "opening"),
    [
        (
            "curie",
            "@curie favourite element. go. no thinking",
            "My favourite element, Maya, is polonium",
        ),
        (
            "shakespeare",
            "@shakespeare best play you wrote, go!",
            "Ah, Maya, now you speak my language.",
        ),
    ],
)
def test_a_quick_fire_ask_is_the_question_not_a_weary_remark(slug, text, opening):
    assert say(slug, text).startswith(opening)


def test_goodbye_before_go_is_still_a_goodbye():
    assert say("darwin", "@darwin i need to go. bye").startswith("Goodbye, Maya.")


def test_an_insult_written_to_order_is_an_insult_not_a_toast():
    reply = say(
        "shakespeare",
        "@shakespeare write me a two line insult for my brother who ate my leftover pad thai",
    )
    assert reply.startswith("For your brother, Maya, and all in jest.")
    assert "best of days" not in reply


def test_darwin_on_portugal_names_its_islands_he_did_land_on():
    # rate44 room05: "No, Leo, I cannot say I ever did" was untrue of the Beagle's Cape Verde.
    reply = say("darwin", "darwin did u ever go to portugal on the beagle or was it just spain")
    assert reply.startswith("Not mainland Portugal, Maya, but Portuguese islands: the Beagle's")
    assert "Porto Praya in the Cape Verde Islands" in reply
