"""Session 30 (lead, round 7): a question with no figure of its own is read as a sum with the
lines before it only when it asks one in words ("so how much each", "what time do we leave"),
never a question of right and wrong: "is it cheating if you dont mention when someone forgets to
collect their money?" after a dice question is examined, not given the dice."""

from __future__ import annotations

from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say


def test_a_moral_question_after_a_sum_is_no_sum():
    history = (
        Line("ellie", "@lovelace in catan whats the chance of rolling a 7 with two dice?"),
        Line("josh", "its the most likely number ellie thats the whole point"),
        Line("ellie", "well it FEELS rigged"),
    )
    reply = say(
        "socrates",
        "@socrates is it cheating if you just dont mention when someone forgets to collect "
        "their money? asking for monopoly reasons",
        author="fi",
        history=history,
    )
    assert "dice" not in reply and "36" not in reply, reply


def test_a_sum_asked_in_words_is_still_read_with_the_lines_before():
    history = (Line("jan", "bill is £142"), Line("kit", "lets add 10% for the waiter"))
    reply = say(
        "darwin",
        "@darwin whats the total with tip and how much each for the 5 of us",
        author="jan",
        history=history,
    )
    assert "£156.20" in reply and "£31.24 each" in reply, reply
