"""A pet's poisoning denied and then undone in the same sentence ("our cat never eats lilies but
licked one just now") is sent to the vet; a denial left standing, or undone by something else
eaten, is no alarm."""

from __future__ import annotations

import pytest

from bots.safety import at_risk
from tests.bots.test_everyday_messages import say

VET = (
    "Maya, that can poison a pet, even a little: ring your vet now, or an out-of-hours vet, even "
    "if it seems well; don't wait for signs, and don't try to make it sick yourself."
)


@pytest.mark.parametrize(
    "said",
    [
        "our cat never eats lilies but licked one just now",
        "my cat never eats lilies but she licked the pollen off her fur",
        "my cat never eats lilies, though she chewed a leaf yesterday",
        "my dog never eats chocolate but he ate some anyway",
    ],
)
def test_a_denial_undone_later_in_its_sentence_sends_the_pet_to_the_vet(said):
    assert at_risk(said) == "ate"
    assert say("darwin", said) == VET


@pytest.mark.parametrize(
    "said",
    [
        "my dog never eats chocolate but he loves carrots",
        "my dog nearly ate a grape but i grabbed it in time",
        "my dog nearly ate a grape but then ate a carrot instead",
        "our dog never eats chocolate but then he ate his dinner",
        "my dog never eats chocolate. but my kids ate loads of it",
    ],
)
def test_a_denial_left_standing_or_undone_by_another_food_is_no_alarm(said):
    assert at_risk(said) == ""
