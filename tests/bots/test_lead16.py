"""Found by the lead in round sixteen: how to travel somewhere is a traveller's question, not
the physicist's ("is it actually faster to take the train or to fly from Paris to Berlin?" was
handed to @einstein by four personas in `persona_sample`, for a fast train in his relativity
line; "quicker to drive or get the train to leeds" was his favourite subject)."""

import pytest

from bots.engine import TRAVEL_CHOICE
from bots.material import index_of
from tests.bots.test_everyday_messages import CAST, PEOPLE, VOICES, say

TRAVEL = [
    "Is it actually faster to take the train or to fly from Paris to Berlin?",
    "is it quicker to drive or get the train to leeds",
    "should i fly or take the ferry to dublin, which is cheaper",
]
PHYSICS = [
    "why does a fast train lean into corners",
    "on a fast train, does time run slower for me",
    "if im on a train and throw a ball straight up does it land back in my hand",
]


@pytest.mark.parametrize("text", TRAVEL)
def test_a_way_to_travel_somewhere_is_a_travellers_question(text):
    assert TRAVEL_CHOICE.search(text)


@pytest.mark.parametrize("text", PHYSICS)
def test_a_fast_train_of_physics_is_no_journey(text):
    assert TRAVEL_CHOICE.search(text) is None


@pytest.mark.parametrize("slug", [s for s in PEOPLE if s != "einstein"])
@pytest.mark.parametrize("text", TRAVEL)
def test_a_journey_is_not_handed_to_the_physicist(slug, text):
    reply = say(slug, f"@{slug} {text}", others=CAST)
    assert "@einstein" not in reply, reply


@pytest.mark.parametrize("text", TRAVEL[:2])
def test_the_physicist_owns_up_to_a_journey(text):
    # Was "Ach, Sam, now you have found my favourite subject. Learning is not the learning of
    # facts, but the training of the mind to think." for the train to Leeds.
    reply = say("einstein", f"@einstein {text}", author="sam", others=CAST)
    lines = index_of(VOICES["einstein"].material).lines
    assert not any(line.text in reply for line in lines), reply
    assert "favourite subject" not in reply


def test_a_fast_trains_physics_is_still_handed_to_the_physicist():
    reply = say("curie", "@curie why does a fast train lean into corners", others=CAST)
    assert "@einstein" in reply, reply
