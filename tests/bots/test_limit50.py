"""A request that limits the answer is taken out of what is read (bots/limit50.py)."""

import pytest

from bots.limit50 import unlimited
from tests.bots.test_everyday_messages import say


@pytest.mark.parametrize(
    "text, kept",
    [
        (
            "first date tmrw and im so nervous. how do u tell?? @socrates (pls no hemlock jokes)",
            "first date tmrw and im so nervous. how do u tell?? @socrates",
        ),
        ("whats your favourite food, and no relativity jokes pls", "whats your favourite food"),
        ("why do cats purr? no evolution lecture pls", "why do cats purr?"),
        ("dont mention the war stuff, how was your week", "how was your week"),
        ("tell me a story, no sad stories", "tell me a story"),
    ],
)
def test_the_limit_is_taken_out(text, kept):
    assert unlimited(text) == kept


@pytest.mark.parametrize(
    "text",
    [
        "there are no ghost stories in my town",  # told, not asked
        "i told him no dad jokes and he did one anyway lol",
        "no way!",
        "no jokes",  # nothing left to answer
        "x" * 700,
        "pls no " + "a " * 3000 + "jokes",
    ],
)
def test_no_limit_is_read_where_none_is_asked(text):
    assert unlimited(text) == ""


def test_a_limit_is_obeyed():
    # rate49 S35 (after its rating): Socrates had described his hemlock death in detail
    reply = say(
        "socrates",
        "first date tmrw and im so nervous. how do u even tell if theres chemistry or if ur just "
        "anxious?? @socrates (pls no hemlock jokes)",
    )
    assert "hemlock" not in reply.lower()
    assert reply.startswith("Good luck, Maya!")
