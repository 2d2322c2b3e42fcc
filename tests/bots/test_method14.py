"""Round fourteen (method14): one pattern for a death told, for the personas and the house bot.

Before: "@darwin had to have him put down this morning, 14 years together" got "How did that
come about, Maya? I should like to hear the particulars." (the engine's pattern wanted a word
between "put" and "down", the house bot's another), and "/AIBot had to have him put down this
morning" got "Noted, Maya! I'm the house bot, so I'll leave the chatting to the personas"."""

from __future__ import annotations

import pytest

from bots import house
from bots.engine import loss_of
from bots.valence import DEATH, mood
from tests.bots.test_everyday_messages import CAST, say, tagged

PET_DEATHS = [
    "we had to put our dog down last night",
    "had to have him put down this morning, 14 years together",
    "she was put down yesterday, best girl ever",
    "had to have our old boy put down",
    "our cat had to be put to sleep on friday",
    "my dog died",
]
NO_DEATH = [
    "couldnt put it down, what a book",
    "i put my foot down and said no more sweets",
    "finally put the baby down for a nap",
    "i have to put down a deposit on the flat",
]


@pytest.mark.parametrize("said", PET_DEATHS)
def test_a_pet_put_down_however_told_is_a_death_of_a_pet(said):
    assert DEATH.search(said)
    assert mood(said) == "grave"
    assert loss_of(said) == "pet"


@pytest.mark.parametrize("said", NO_DEATH)
def test_a_book_a_foot_a_nap_or_a_deposit_put_down_is_no_death(said):
    assert not DEATH.search(said)
    assert mood(said) != "grave"


def test_a_death_in_the_family_is_no_pet():
    assert loss_of("my nan passed away on sunday") == ""


def test_the_house_bot_and_the_engine_share_the_one_pattern():
    assert house.DEATH is DEATH
    assert not hasattr(house, "MINE") and not hasattr(house, "OWN_LOT")


@pytest.mark.parametrize(
    "said",
    ["had to have him put down this morning, 14 years together", "she was put down yesterday"],
)
def test_a_pet_put_down_gets_the_persona_s_words_for_a_pet(said):
    reply = say("darwin", f"@darwin {said}", others=CAST)
    assert reply in tagged("darwin", "condolence"), reply
    assert "dog" in reply, reply


def test_the_house_bot_is_sorry_for_a_pet_put_down():
    reply = say("aibot", "/AIBot had to have him put down this morning", others=CAST)
    assert reply == (
        "I'm sorry to hear that, Maya. I'm only the house bot, but the room is listening."
    )
