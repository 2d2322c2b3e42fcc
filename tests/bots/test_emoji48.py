"""A message of one emoji of a thing is read as the thing's name (bots/emoji48.py)."""

from __future__ import annotations

import pytest

from bots.emoji48 import worded
from tests.bots.test_everyday_messages import say


@pytest.mark.parametrize(
    "message, thing",
    [
        ("@einstein 🎻", "violin"),
        ("@darwin 🐢", "tortoise"),
        ("@darwin 🐢🐢", "tortoise"),
        ("darwin 🐢", "tortoise"),
        ("@curie 🧪", "chemistry"),
        ("@lovelace 💻", "laptop computer"),
        ("@einstein 🇩🇪", "Germany"),
        ("@socrates 🏛️", "ancient Athens"),
    ],
)
def test_one_emoji_of_a_thing_is_its_name(message, thing):
    assert worded(message, ("darwin", "Charles Darwin")) == thing


@pytest.mark.parametrize(
    "message",
    [
        "@lovelace 😂",  # a laugh, read as one
        "@curie 👍",
        "@darwin ❤️",
        "@einstein 🎻🔭",  # two things: which is held up?
        "@einstein 🎻 tonight",  # words: read as words
        "@einstein 5 🎻",
        "@einstein",
        "",
    ],
)
def test_feelings_gestures_two_things_and_words_are_left_as_they_are(message):
    assert worded(message) == ""


@pytest.mark.parametrize(
    "slug, message, words",
    [
        ("einstein", "@einstein 🎻", "A violin string vibrates"),
        ("darwin", "@darwin 🐢", "giant tortoises"),
        ("einstein", "@einstein 🔭", "a small telescope"),
    ],
)
def test_the_persona_answers_the_thing_held_up(slug, message, words):
    assert words in say(slug, message)
