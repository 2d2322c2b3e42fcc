"""review43's mends to the merged work of session 43 that are not in a helper's own test file.

- Bleach on weeds or soil is a hazard for every voice ("can i use bleach on the weeds by the veg
  patch?" had got Darwin's 357 seedlings and Curie on bleach and dyes); bleach asked of on its
  own keeps the chemist's own line.
"""

from __future__ import annotations

import pytest

from tests.bots.test_everyday_messages import VOICES, say

SOIL = (
    "Maya, don't put bleach on weeds or soil, least of all near vegetables: it harms the soil and "
    "whatever grows in it, and runs off into drains and streams. Pull or hoe the weeds, or pour "
    "boiling water on those between paving stones."
)


@pytest.mark.parametrize("slug", sorted(VOICES))
@pytest.mark.parametrize(
    "text",
    [
        "can i use bleach on the weeds by the veg patch?",
        "is bleach ok for killing weeds on the patio",
        "thinking of spraying the moss on the lawn with bleach",
    ],
)
def test_bleach_on_soil_is_a_hazard_for_every_voice(slug, text):
    said = f"/AIBot {text}" if VOICES[slug].is_house_bot else text
    assert say(slug, said) == SOIL


def test_bleach_on_its_own_keeps_the_chemist_s_line():
    assert say("curie", "does bleach kill mould") == (
        "Bleach whitens mould on the surface but seldom reaches the threads in grout or sealant, "
        "Maya, so it comes back wherever it stays damp. Clean it off, then dry the room: a fan "
        "running and a window open after every shower."
    )


HOT_CAR = (
    "Maya, never leave a dog or a child in a parked car on a warm day, not even for a few minutes "
    "with a window open: it heats up fast, and it can kill. Take them with you."
)
MIXED = (
    "Maya, never mix bleach with vinegar, ammonia or any other cleaner: together they give off "
    "toxic gases, such as chlorine. Use one product at a time and rinse in between. If you have "
    "breathed the fumes, get into fresh air; if you feel unwell or your eyes sting, rinse them "
    "with water and call 111."
)


@pytest.mark.parametrize("slug", ["lovelace", "darwin", "socrates"])
@pytest.mark.parametrize(
    ("text", "reply"),
    [
        # (review43, base: Lovelace "I can hardly object to any clever new way of getting about")
        ("is it ok to leave the dogs in the car for an hour if we crack a window?", HOT_CAR),
        ("can we leave the puppy in the car for half an hour", HOT_CAR),
        # (review43, base: a Socratic question and no warning)
        ("i think bleach and ammonia make a good cleaner", MIXED),
        ("bleach and vinegar works great on grout right", MIXED),
    ],
)
def test_a_hazard_said_as_a_plan_or_a_view_is_warned_of(slug, text, reply):
    assert say(slug, text) == reply
