"""fall41: a thing dropped from a height, worked out as Galileo's sum.

The blind rating (rate40) asked Einstein "can you help me with my physics homework? a ball is
dropped from 20m, how long till it hits the ground" and he owned up ("a hole in my education");
the house bot declined it too. The sum is his own field's first lesson: √(2h/g), about 2.0 s.
"""

import pytest

from bots.falling import fall_of
from tests.bots.test_everyday_messages import say

HOMEWORK = (
    "can you help me with my physics homework? a ball is dropped from 20m, how long till it "
    "hits the ground"
)


@pytest.mark.parametrize(
    ("text", "worked"),
    [
        (HOMEWORK, "it falls 20 m in √(2 × 20 ÷ 9.8) ≈ 2.0 seconds"),
        (
            "a stone falls off a 45 m cliff, how fast is it going when it hits the sea?",
            "it lands at √(2 × 9.8 × 45) ≈ 29.7 m/s, about 107 km/h",
        ),
        (
            "if i drop my phone from 1.5 m how long does it take to hit the floor and how fast",
            "it falls 1.5 m in √(2 × 1.5 ÷ 9.8) ≈ 0.55 seconds and lands at 9.8 × 0.55 ≈ 5.4 "
            "m/s, about 20 km/h",
        ),
        (
            "a stone dropped down a well hits the water after 3 seconds, how deep is the well",
            "in 3 seconds it falls ½ × 9.8 × 3² ≈ 44 m, and is doing 29.4 m/s by then",
        ),
        (
            "a ball is dropped from 100 ft, how long to hit the ground",
            "it falls 100 ft in √(2 × 100 ÷ 32) ≈ 2.5 seconds",
        ),
    ],
)
def test_a_fall_is_worked(text, worked):
    assert fall_of(text) == worked


@pytest.mark.parametrize(
    "text",
    [
        "my phone dropped 20% in an hour",
        "the temperature fell 5 m overnight",
        "a ball is thrown from 20m at 5 m/s, how long till it lands",
        "i fell off a 3 m ladder and hit my head",
        "i dropped my phone from 1.5 m and it cracked",
        "we drove from 20 m away",
        "a skydiver jumps from 4000 m, how long with air resistance",
        # a person's fall is no cheerful sum (review41)
        "someone jumps off a 10m diving board, how long are they in the air?",
        "if i fell off a 40 m bridge how long would i fall",
        "my son fell off a 2 m wall, how fast was he going",
        "a baby was dropped from 1 m, how fast",
        "if i dropped the baby from 1 m how fast",
        # from a plane, the air decides it
        "a skydiver falls from 4000 m, how long",
    ],
)
def test_no_fall_to_work(text):
    assert fall_of(text) == ""


def test_the_physicist_works_the_homework():
    assert say("einstein", HOMEWORK) == (
        "Galileo's sum, and a lovely one, Maya: it falls 20 m in √(2 × 20 ÷ 9.8) ≈ 2.0 seconds, "
        "if we leave the air out of it."
    )


def test_the_chemist_and_the_mathematician_work_it_too():
    assert say("curie", HOMEWORK) == (
        "A clean little problem, Maya: it falls 20 m in √(2 × 20 ÷ 9.8) ≈ 2.0 seconds, ignoring "
        "the air. Check it with a stopwatch if you can."
    )
    assert say("lovelace", HOMEWORK) == (
        "The Engine would enjoy this one, Maya: it falls 20 m in √(2 × 20 ÷ 9.8) ≈ 2.0 seconds, "
        "with the air left out of the reckoning."
    )


def test_the_house_bot_works_it():
    assert say("aibot", f"/AIBot {HOMEWORK}") == (
        "It falls 20 m in √(2 × 20 ÷ 9.8) ≈ 2.0 seconds, leaving air resistance out."
    )


def test_a_poet_owns_up_rather_than_guess():
    assert say("shakespeare", HOMEWORK) == (
        "You ask a poet, Maya, and a poet on that subject would only make a pretty lie."
    )
