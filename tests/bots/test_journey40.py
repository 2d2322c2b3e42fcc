"""journey40: the train against the plane said in each persona's own way.

The blind rating of `persona_sample` read the six personas' answers on Paris to Berlin as one
sentence with six openers. Each persona now keeps one of `journey.WAYS` (the route first, the
verdict first, or the flight first), so the six differ in more than the opener; each still says
both times and which wins, and a shorter persona's reply is never cut short of the verdict.
Session 41: the rater still read one block of facts; each persona's opener is now its own life
(Einstein's thought experiments on trains, Darwin's seasick years, Lovelace's flying machine).
"""

import pytest

from bots.journey import WAYS, journey_of
from tests.bots.test_everyday_messages import say

PERSONAS = ("einstein", "shakespeare", "curie", "lovelace", "socrates", "darwin")
PARIS = "Is it actually faster to take the train or to fly from Paris to Berlin?"


def test_each_way_says_both_times_and_the_verdict():
    assert [journey_of(PARIS, way) for way in range(len(WAYS))] == [
        "Paris to Berlin is about 8 to 9 hours by train; flying, 1 hour 45 in the air but 4 to 5 "
        "hours door to door. The plane wins on time, the train on comfort and carbon",
        "the plane wins on time, the train on comfort and carbon; Paris to Berlin is about 8 to 9 "
        "hours by train, and flying is 1 hour 45 in the air but 4 to 5 hours door to door",
        "flying Paris to Berlin is 1 hour 45 in the air but 4 to 5 hours door to door, against "
        "about 8 to 9 hours by train; the plane wins on time, the train on comfort and carbon",
    ]


def test_the_way_wraps_and_the_general_rule_has_one_way():
    assert journey_of(PARIS, 3) == journey_of(PARIS, 0)
    leeds = "train or fly from leeds to glasgow?"
    assert journey_of(leeds, 0) == journey_of(leeds, 1) == journey_of(leeds, 2)


def test_six_personas_asked_at_once_say_it_three_ways():
    replies = {slug: say(slug, PARIS) for slug in PERSONAS}
    assert replies == {
        "einstein": "Half my thought experiments were set on trains, Maya, so I am "
        "biased: the plane wins on time, the train on comfort and carbon; "
        "Paris to Berlin is about 8 to 9 hours by train, and flying is 1 hour"
        " 45 in the air but 4 to 5 hours door to door.",
        "shakespeare": "My Rome came out of books, Maya, but travellers report: the plane"
        " wins on time, the train on comfort and carbon; Paris to Berlin "
        "is about 8 to 9 hours by train, and flying is 1 hour 45 in the "
        "air but 4 to 5 hours door to door.",
        "curie": "In my day it was the train everywhere, Maya; today, flying Paris to "
        "Berlin is 1 hour 45 in the air but 4 to 5 hours door to door, against "
        "about 8 to 9 hours by train; the plane wins on time, the train on "
        "comfort and carbon.",
        "lovelace": "At twelve I drew a flying machine, Maya; count every stage: flying "
        "Paris to Berlin is 1 hour 45 in the air but 4 to 5 hours door to "
        "door, against about 8 to 9 hours by train; the plane wins on time, "
        "the train on comfort and carbon.",
        "socrates": "I hardly left Athens, Maya; travellers say Paris to Berlin is about "
        "8 to 9 hours by train; flying, 1 hour 45 in the air but 4 to 5 hours"
        " door to door. The plane wins on time, the train on comfort and "
        "carbon.",
        "darwin": "After the Beagle, Maya, give me dry land: Paris to Berlin is about 8 "
        "to 9 hours by train; flying, 1 hour 45 in the air but 4 to 5 hours "
        "door to door. The plane wins on time, the train on comfort and carbon.",
    }


@pytest.mark.parametrize("slug", PERSONAS)
def test_an_even_journey_keeps_its_verdict_whole(slug):
    reply = say(slug, "should i fly or get the train to edinburgh from london")
    assert "London to Edinburgh is" in reply
    assert "about 4 hours 30 by train" in reply
    assert "1 hour 20 in the air but 3 to 4 hours door to door" in reply
    assert "about even on time, and the train wins on comfort and carbon" in reply
