"""A request that limits the answer is taken out of what is read (bots/limit50.py)."""

import pytest

from bots.limit50 import asked_then_worried, unlimited
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


@pytest.mark.parametrize(
    "text, asked",
    [
        (
            "is it actually dangerous to microwave leftovers in plastic tubs? my mom swears it "
            "gives u cancer and now im paranoid",
            "is it actually dangerous to microwave leftovers in plastic tubs?",
        ),
        (
            "do dogs really see in black and white? my brother swears they do",
            "do dogs really see in black and white?",
        ),
        ("why is the sky blue? it just is", ""),  # no worry, no claim after it
        ("is it safe? my mom says no. is she right?", ""),  # two questions
        ("ok? my mom says so", ""),  # nothing asked before it
    ],
)
def test_the_question_before_a_worry_is_what_is_asked(text, asked):
    assert asked_then_worried(text) == asked


def test_a_question_with_a_worry_after_it_gets_its_answer():
    # rate49 S15 (after its rating): condolences, then "Tell me more, Maya"
    assert say(
        "curie",
        "@curie is it actually dangerous to microwave leftovers in plastic tubs? my mom swears it "
        "gives u cancer and now im paranoid",
    ) == (
        "Use only plastics marked microwave-safe, Maya, and not old, cracked or scratched ones; "
        "hot, fatty food draws out more of a plastic's additives. A glass dish or a plate on top "
        "is safest, and keep cling film off the food."
    )
