"""Lead48 (session 32): figures and words no reading can hold never lose a reply.

A review of this session's readers found messages on which a reply raised and the persona said
nothing: a head count 5,000 digits long (past Python's limit for reading an int), a count 400
digits long (a float's infinity), tiles 0 cm square (a division by nothing), a birthday on 29
February asked of a year that has none, and braces in a poem's topic ("my cat {hugs}": a field
the engine has not got). Each now gets a reply: the figures declined in the persona's own words
(its #unworked line), the birthday on 28 February, the braces set as brackets.
"""

from __future__ import annotations

import pytest

from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say

UNWORKED = (
    "I have all your figures, Maya, but I cannot see for certain how they go together, and a "
    "wrong figure is worse than none; this one I leave unworked."
)


@pytest.mark.parametrize(
    "text",
    [
        "9" * 5000 + " of us at tables of 10, how many tables",
        "tables of 10 for " + "9" * 400 + " people how many tables",
        "tiles are 0cm square, floor is 3m by 2m, how many tiles",
    ],
)
def test_figures_no_reading_can_hold_are_declined(text, caplog):
    assert say("lovelace", text) == UNWORKED
    assert "fell back on figures it could not read" in caplog.text


def test_a_birthday_on_29_february_falls_on_the_28th_in_other_years():
    reply = say(
        "lovelace", "what year does she turn 61?", history=(Line("sam", "born 29 feb 1960"),)
    )
    assert reply == (
        "A sum the Engine would take in one turn of its handle, Maya: 1960 + 61 is 2021: 61 on "
        "28 February 2021."
    )


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("write a poem about my cat {hugs}", "my cat (hugs)"),
        ("write a poem about the } key", "the ) key"),
    ],
)
def test_braces_in_a_poems_topic_are_set_as_brackets(text, said):
    reply = say("shakespeare", text)
    assert reply.startswith('For the poem, Maya: "') and said in reply, reply
    assert "{" not in reply and "}" not in reply


def test_sums_a_week_are_not_made_a_month_by_four():
    # 52 weeks are not 12 × 4: "£20 + £5 is £25 a week, × 4 is £100 a month" was wrong.
    assert say("lovelace", "gym £20 a week and the pool £5, how much a month") == UNWORKED


@pytest.mark.parametrize(
    ("text", "result"),
    [
        (
            "netflix is £10.99 a month and spotify £11.99, how much is that a year",
            "£275.76 a year.",
        ),
        (
            "rent £800 a month and council tax £300 a quarter, how much a year",
            "£800 a month (£9,600 a year) + £300 a quarter (£1,200 a year) is £10,800 a year.",
        ),
    ],
)
def test_sums_a_month_are_made_a_year(text, result):
    assert say("lovelace", text).endswith(result)
