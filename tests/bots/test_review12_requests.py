"""Told, not asked (issue 14, round twelve review): ordinary sentences that hold the words of a
request ("got a message from my landlord about the rent", "went to see a play about the war",
"can you believe the whole schedule is ruined") were answered with words for an occasion, a
recommended play or a step-by-step plan. A request for words names its occasion, a
recommendation is asked, and disbelief asks for no plan."""

from __future__ import annotations

import pytest

from bots.asks import request_kind
from tests.bots.test_everyday_messages import PEOPLE, say

TOLD = [
    "got a message from my landlord about the rent, ugh",
    "there were some lines at the post office today",
    "i need a quote for my car insurance, so expensive",
    "i need a line manager who listens, for once",
    "went to see a play about the war last night, it was grim",
    "doing some reading on the train tonight",
    "can you believe my train got cancelled, the whole schedule is ruined",
]
ASKED = [
    ("any words for the lads before kick off saturday?", "occasion"),
    ("a quote for the nursery wall, something about dreams", "occasion"),
    ("what should i write in his card", "occasion"),
    ("recommend me a good book on bees", "recommend"),
    ("could you work out the best order to water 12 beds, like an algorithm", "method"),
]


@pytest.mark.parametrize("text", TOLD)
def test_a_sentence_with_the_words_of_a_request_asks_for_nothing(text):
    assert request_kind(text) == ""


@pytest.mark.parametrize(("text", "kind"), ASKED)
def test_a_request_is_still_read_as_one(text, kind):
    assert request_kind(text) == kind


@pytest.mark.parametrize("slug", PEOPLE)
def test_no_persona_offers_words_a_play_or_a_plan_to_someone_telling_their_day(slug):
    for text in TOLD:
        reply = say(slug, f"@{slug} {text}", seed=3)
        assert not reply.startswith("For the"), (text, reply)
        assert "see A Midsummer" not in reply and "table of operations" not in reply, (text, reply)
