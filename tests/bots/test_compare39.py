"""A comparative after two options is said of both ("are cats or dogs smarter": "cats" or
"dogs", never "I would say dogs smarter."); a comparison of what can be measured or looked up
("which is faster, a cheetah or a horse") with no line of its own on it is owned up to, never a
pick by lot ("I would say a horse")."""

from __future__ import annotations

import pytest

from bots.engine import either_or
from tests.bots.test_everyday_messages import say


@pytest.mark.parametrize(
    ("text", "options"),
    [
        ("are cats or dogs smarter?", ("cats", "dogs")),
        ("are cats or dogs better pets?", ("cats", "dogs")),
        ("is a cheetah or a horse faster?", ("a cheetah", "a horse")),
        ("are trains or planes more expensive?", ("trains", "planes")),
        ("tea or coffee drinker?", ("tea", "coffee drinker")),
        ("is tea or coffee better for you", ("tea", "coffee")),
    ],
)
def test_a_comparative_after_the_options_is_no_part_of_them(text, options):
    assert either_or(text) == options


@pytest.mark.parametrize(
    ("said", "reply"),
    [
        (
            "which is faster, a cheetah or a horse?",
            "Down House has answered many questions for me, Maya, but never that one.",
        ),
        (
            "are trains or planes greener",
            "Not one observation of mine bears on that, Maya, and a naturalist without "
            "observations should keep quiet.",
        ),
    ],
)
def test_a_measured_comparison_it_has_no_line_on_is_owned_up_to(said, reply):
    assert say("darwin", said) == reply


def test_a_pick_with_a_line_of_its_own_is_kept():
    assert say("darwin", "are cats or dogs better pets?") == (
        "You ask my opinion, Maya; I give it cautiously, as one should. I would say dogs. Dogs, "
        "without a doubt; my dog Polly would lie by the fire while I worked, and a dog's "
        "affection is one of the most striking things in nature."
    )


def test_days_named_in_the_plural_keep_their_capital_in_a_poem():
    assert say("shakespeare", "write us a short poem about fridays") == (
        "For the poem, Maya: \"Of Fridays I'll sing, and sing it true: / the heart knows more of "
        "it than ever the head knew. / A humble theme, you say? I say not so: / the smallest "
        'things make up the world we know."'
    )


MARS = (
    "If life began elsewhere, Maya, selection would work on it too, wherever more are born than "
    "can survive; but from other beginnings it would make quite other forms, nothing like us. "
    "There may be many warm little ponds."
)


@pytest.mark.parametrize(
    "said", ["what do you think, life on mars?", "is there life on other planets?"]
)
def test_darwin_on_life_elsewhere_is_his_warm_little_pond(said):
    assert say("darwin", said) == MARS


def test_a_phone_with_no_life_left_is_no_life_on_mars():
    assert say("darwin", "my phone has no life left") != MARS
