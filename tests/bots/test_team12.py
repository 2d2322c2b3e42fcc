"""Words asked for a side's big game (issue 14, round twelve): "give us a team talk line for the
cup game on sunday" got Sir Toby's "cakes and ale", a drinking line found by the word "cup". A
team talk is an occasion of its own, before courage and friends: Shakespeare gives King Harry's
words to his men, the others their line for courage."""

from __future__ import annotations

import pytest

from bots.asks import occasions_of
from tests.bots.test_everyday_messages import PEOPLE, say

TEAM_TALKS = [
    "give us a team talk line for the cup game on sunday",
    "any words for the lads before kick off saturday?",
    "need something to say to my netball squad before the final",
]


@pytest.mark.parametrize("text", TEAM_TALKS)
def test_a_team_talk_is_asked_for_a_big_game(text):
    assert occasions_of(text)[0] == "team"


@pytest.mark.parametrize("text", TEAM_TALKS)
def test_shakespeare_gives_king_harrys_words_for_a_team_talk(text):
    reply = say("shakespeare", f"@shakespeare {text}", seed=4)
    assert "unto the breach" in reply or "band of brothers" in reply, reply
    assert "cakes and ale" not in reply


@pytest.mark.parametrize("slug", [p for p in PEOPLE if p != "shakespeare"])
def test_a_team_talk_gets_no_birthday_or_wedding_words(slug):
    for text in TEAM_TALKS:
        reply = say(slug, f"@{slug} {text}", seed=4)
        assert reply.startswith("For the occasion"), reply
        for wrong in ("birthday", "married", "wedding", "toast"):
            assert wrong not in reply.lower(), reply
