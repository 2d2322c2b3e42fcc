"""Session 19's tidy-ups, each with the reply people saw before."""

from __future__ import annotations

import pytest

from bots.valence import GOOD_EVENT, mood
from tests.bots.test_everyday_messages import PEOPLE, say, starts_with, tagged

# A dog that won't stop barking (session 19): "won't" was read as "won" (good news), and VADER
# read the barking as denied. Before, to "my dog won't stop barking" Einstein said "Wunderbar,
# Maya! I am glad for you; go and enjoy it, and do not waste a minute of it on work."
BARKING = [
    "my dog won't stop barking",
    "my dog won’t stop barking",
    "my dog wont stop barking",
    "my dog never stops barking",
    "the neighbours' dog barks all night",
]


@pytest.mark.parametrize("text", BARKING)
def test_a_dog_that_wont_stop_barking_is_a_small_trouble(text):
    assert mood(text) == "rueful"


@pytest.mark.parametrize("slug", PEOPLE)
@pytest.mark.parametrize("text", BARKING)
def test_a_dog_that_wont_stop_barking_gets_a_wry_word_not_congratulations(slug, text):
    reply = say(slug, text)
    assert reply in tagged(slug, "wry"), reply
    assert not starts_with(reply, slug, "congrats") and not starts_with(reply, slug, "glad")


@pytest.mark.parametrize(
    "text", ["won the pub quiz last night lol", "we won!!", "i won a raffle at the fete"]
)
def test_winning_is_still_good_news(text):
    assert GOOD_EVENT.search(text)
    assert mood(text) == "good"


@pytest.mark.parametrize(
    "text", ["it won't open", "it won’t rain", "the moon's only a quarter so it won't wash out"]
)
def test_wont_is_no_win(text):
    assert not GOOD_EVENT.search(text)
    assert mood(text) != "good"


@pytest.mark.parametrize("text", ["i can't stop smiling", "my dog won't stop being cute"])
def test_wont_stop_is_no_trouble_when_what_goes_on_is_no_trouble(text):
    assert mood(text) not in ("rueful", "grave")
