"""review37's harms on both trees, mended: a death told with no "away" ("my gran passed
yesterday", "mum is no longer with us"), someone dying, a pet to be put down by its name, met
with sympathy; a thing "passed on", a test passed or the salt passed, with none."""

from __future__ import annotations

import pytest

from bots.valence import GRAVE_EVENT, death_told
from tests.bots.test_everyday_messages import say

GRAVE = [
    # (before: "Do tell me more, Maya; I collect such observations.")
    ("darwin", "@darwin my gran passed yesterday", "I am so sorry, Maya."),
    # (before: "Is that so, Maya? And what do you make of it yourself?")
    ("socrates", "@socrates my dad passed suddenly", "I am truly sorry, Maya."),
    # (before: "the gods tease us with small things so we are ready for large ones")
    ("socrates", "@socrates mum is no longer with us", "I am truly sorry, Maya."),
    # (before: "How did that come about, Maya? I should like every detail.")
    (
        "lovelace",
        "@lovelace my grandmother is dying, the hospice called",
        "Oh, Maya, I am so sorry.",
    ),
    (
        "lovelace",
        "@lovelace the vet says we have to put Max down tomorrow",
        "Poor Maya, I am so sorry.",
    ),
    # (by its name, a pet is read as put down only with the vet or a pet said beside it: "we
    # had to put Bella to sleep today" is not yet read; "I need to put Noah to sleep" is a child)
    ("shakespeare", "@shakespeare the vet had to put Bella to sleep today", "O Maya, I am sorry."),
]


@pytest.mark.parametrize(("slug", "text", "opening"), GRAVE)
def test_a_death_or_a_dying_told_plainly_is_met_with_sympathy(slug, text, opening):
    assert say(slug, text).startswith(opening)
    assert GRAVE_EVENT.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "grandad passed on his old car to me",
        "my dad passed his driving test at 60!",
        "my sister passed me the salt and winked",
        "my phone is dying, brb",
        "we had to put the carpet down ourselves",
        "i'm dying to see the new exhibit",
        # (review37b: each read as a death in the first cut of this)
        "my son passed! so proud of him",
        "my partner passed Grade 8 piano",
        "our dog passed obedience class today",
        "I need to put Noah to sleep, back in 10",
        "I have to put Tom down as a reference",
        "we need to put Sky down as a cost",
        "my sister is dying her hair pink",
        "my dog is dying in this heat",
        "I'm a palliative care nurse",
        "Tom is no longer with us, he moved to Google",
        "she passed on dessert",
        "i passed on going to the gym",
    ],
)
def test_no_death_where_a_thing_is_passed_or_dying(text):
    assert not death_told(text)
    assert not GRAVE_EVENT.search(text)
    assert "sorry" not in say("darwin", f"@darwin {text}")


def test_a_death_told_with_no_away_is_a_death():
    assert death_told("my gran passed yesterday")
    assert death_told("mum is no longer with us")
    assert death_told("my nan passed on last night")
    assert death_told("grandad passed on, peacefully, at home")
    assert not death_told("my grandmother is dying, the hospice called")  # alive: grave, no death


@pytest.mark.parametrize(
    ("text", "worked"),
    [
        # (each was "... 47 times 6 is 40 times 6 and 7 times 6, which is 240 and 42, so 282.")
        ("@lovelace what is 6 times 7?", "6 × 7 is 42"),
        ("@lovelace whats 17 times 23", "17 × 23 is 391"),
        ("@lovelace what is 144 divided by 12", "144 ÷ 12 is 12"),
        ("@lovelace what's 15 + 27", "15 + 27 is 42"),
        ("@lovelace what is 7 + 8 x 2", "7 + 8 × 2 is 23"),
    ],
)
def test_the_mathematician_works_plain_arithmetic(text, worked):
    # (chat39: in her #plainsum words, with delight)
    assert say("lovelace", text) == f"How delightful, a sum, Maya: {worked}."


def test_the_house_bot_reads_operations_said_in_words():
    assert say("aibot", "/AIBot what is 6 times 7?") == "6 × 7 = 42."
    # (it owned up to it, while it worked "5 * 7")
    assert say("aibot", "/AIBot what's 5 times 7") == "5 × 7 = 35."


def test_money_said_apart_in_the_same_message_is_never_summed():
    # (it was "£900 + £1,200 is £2,100; £2,100 ÷ 6 is £350 each": an honest decline now)
    reply = say(
        "lovelace",
        "@lovelace the flights were £900 but that's separate, the villa is £1,200 for 6 of us, "
        "how much each",
    )
    assert "£350" not in reply and "£2,100" not in reply
    assert reply == (
        "I have all your figures, Maya, but I cannot see for certain how they go together, and a "
        "wrong figure is worse than none; this one I leave unworked."
    )


def test_arithmetic_is_exact():
    assert say("lovelace", "@lovelace what is 99999999999999999999 times 9") == (
        "How delightful, a sum, Maya: 99999999999999999999 × 9 is 899,999,999,999,999,999,991."
    )


def test_money_said_separate_from_another_thing_is_still_shared():
    # (review37b: "that's separate from the tip" sets the tip apart, never the meal)
    assert say(
        "lovelace",
        "@lovelace the cab was £30 and the meal £90, that's separate from the tip, split 3 ways?",
    ) == (
        "A sum the Engine would take in one turn of its handle, Maya: £30 + £90 is £120; between 3 "
        "of you, £40 each."
    )


# -- the last net: no cheer nor shrug where a death is told or a grief asked for -------------

CONDOLED = [
    # (before: 'For your mum who passed, Maya: "Congratulations! Some are born great, ..."')
    ("shakespeare", "@shakespeare write a birthday message for my mum who passed"),
    # (before: "Well, Maya, all's well that ends well. Let me not to the marriage ...")
    ("shakespeare", "@shakespeare a eulogy for my grandad please, he loved fishing"),
    # (before: "Ach, Maya, one of those days when even the laws of physics seem to take sides")
    ("einstein", "@einstein happy birthday to my late wife, she would have been 60 today"),
    # (before: "How vexing, Maya! A small error in the day's programme; ...")
    ("lovelace", "@lovelace lines for my late grandad's memorial card"),
]


@pytest.mark.parametrize(("slug", "text"), CONDOLED)
def test_no_cheer_nor_shrug_where_a_death_is_told(slug, text):
    reply = say(slug, text)
    assert "sorry" in reply
    for word in ("Congratulations", "all's well", "one of those days", "vexing", "small error"):
        assert word not in reply


@pytest.mark.parametrize(
    ("slug", "text", "cheer"),
    [
        ("einstein", "@einstein my son passed his exam!", "Wunderbar, Maya!"),
        ("einstein", "@einstein congrats to my daughter who passed her exam", "Well done, Maya!"),
    ],
)
def test_a_pass_is_cheered_still(slug, text, cheer):
    assert say(slug, text).startswith(cheer)
    assert "sorry" not in say(
        "lovelace", "@lovelace write a toast for my son who passed his driving test"
    )
