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


BLEACH_DRUNK = (
    "Maya, never drink or swallow bleach or disinfectant, not even a little: it burns the mouth "
    "and gut and kills no virus inside you. If someone has swallowed some, don't make them sick: "
    "call 111, or 999 if they are very unwell."
)
PILLS = (
    "Maya, don't mix alcohol with sleeping pills, strong painkillers or sedatives: together they "
    "can slow your breathing dangerously. Ask a pharmacist, or ring 111, what is safe with yours."
)
VET = (
    "Maya, that can poison a pet, even a little: ring your vet now, or an out-of-hours vet, even "
    "if it seems well; don't wait for signs, and don't try to make it sick yourself."
)


@pytest.mark.parametrize("slug", ["einstein", "curie", "darwin", "shakespeare"])
@pytest.mark.parametrize(
    ("text", "reply"),
    [
        # (review43, base: owned up to by every persona)
        ("is it safe to drink a little bleach to kill a virus?", BLEACH_DRUNK),
        ("can i mix alcohol with my sleeping pills?", PILLS),
        ("is a glass of wine ok with codeine", PILLS),
        # (review43, base: "I am sorry, Maya. Difficult days pass")
        ("i think my cat ate something poisonous", VET),
        ("my dog might have eaten something toxic", VET),
    ],
)
def test_a_poison_asked_of_is_warned_of(slug, text, reply):
    assert say(slug, text) == reply


@pytest.mark.parametrize(
    "text",
    ["had a glass of wine with dinner", "the bleach smell is strong", "i drink too much coffee"],
)
def test_no_poison_in_a_plain_remark(text):
    assert say("darwin", text) not in (BLEACH_DRUNK, PILLS, VET)


@pytest.mark.parametrize(
    ("slug", "text"),
    [
        ("lovelace", "my laptop fell in water"),
        ("einstein", "i have a question about light"),
        ("darwin", "i have a question about my cat"),
        ("curie", "my kitchen smells of gas"),
    ],
)
def test_a_persona_named_first_is_told_as_if_mentioned(slug, text):
    # review43: "lovelace my laptop fell in water" had got an empty reply (read as her named in
    # passing); named first it is told to her, as "@lovelace my laptop fell in water" is
    told = say(slug, f"{slug} {text}")
    assert told and told == say(slug, f"@{slug} {text}")


def test_words_put_in_its_mouth_after_its_name_are_still_not_asked():
    assert say("darwin", "darwin i reckon he would love my compost heap") == say(
        "darwin", "i reckon darwin would love my compost heap"
    )


COLD = (
    "Colds come from viruses, not from the cold itself: we catch more in winter because we crowd "
    "indoors together, where they pass from one to the next."
)
LIGHTNING = (
    "A bolt heats the air round it to about 30,000 °C for a few millionths of a second, some "
    "five times hotter than the surface of the Sun."
)


@pytest.mark.parametrize("slug", ["einstein", "shakespeare", "curie", "lovelace", "socrates"])
def test_the_cold_gives_no_cold(slug):
    # review43: five personas had said "I would say yes"
    said = say(slug, "does cold weather give you a cold?")
    assert said.endswith(COLD) and not said.startswith("I would say yes")


def test_darwin_s_own_line_on_colds_stands_and_lightning_is_hotter_than_the_sun():
    assert say("darwin", "does cold weather give you a cold?").startswith(
        "Cold weather does not give you a cold, Maya, viruses do"
    )
    assert say("darwin", "lightning is hotter than the sun right?") == (
        f"Yes, Maya, quite right. {LIGHTNING}"
    )


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        # (rate43: "There my mathematics fails me, Maya; I simply do not know.")
        (
            "lovelace can you help me with my python code, it says IndexError list index out of "
            "range",
            "List index out of range means you asked for a place past the end of the list, Maya: "
            "a list of three has places 0, 1 and 2, so the fourth fails. Print its len() just "
            "before the line, and count from nought.",
        ),
        (
            "lovelace why does it say 'NoneType' object has no attribute 'split'",
            "That means something you expected to hold a value holds None, Maya: often a function "
            "that forgot to return, or a search that found nothing. Print it just before the line "
            "that fails.",
        ),
        (
            "lovelace what does unexpected indent mean",
            "Python reads its blocks by their spaces, Maya: mix no tabs with spaces, and indent "
            "every line of one block by the same four.",
        ),
        (
            "what does a KeyError mean in python?",
            "A KeyError means the dictionary has no such key, Maya: check the spelling and the "
            "case, print its keys() to see what is there, or use .get(key) to have None instead "
            "of an error.",
        ),
        # a device wet without rice said: the same advice
        (
            "my phone fell in the toilet what do i do",
            "Rice dries a wet phone or laptop no better than open air, Maya. Switch it off at "
            "once, unplug it, and take out the battery if you can; dry the outside, leave it open "
            "to air for a day or two, and have it checked before you charge it again.",
        ),
    ],
)
def test_lovelace_on_common_python_errors_and_a_wet_phone(text, reply):
    assert say("lovelace", text) == reply
