"""The misreads the lead found trying the personas: a hand-over on the deed a how-to asks done
("fix" a wobbly table: seating round one), ideas and takes met on one word of a how-to, a
second line on another matter, and a claim of fact to check read as a quarrel."""

from __future__ import annotations

import pytest

from bots.engine import _done_to, _handed_lines, _names_of, index_of
from tests.bots.test_misreads32 import BY_SLUG, CAST, reply

# 1. A hand-over goes only where the question's thing is, not on the deed asked done to it.


@pytest.mark.parametrize(
    ("text", "deed"),
    [
        ("how do i fix a wobbly table", {"fix"}),
        ("any tips on how to stop my windows rusting", {"stop"}),
        ("best way to mend a chair", {"mend"}),
        ("how can we level a wobbly desk", {"level"}),
        ("how do birds fly", set()),
        ("why is the sky blue", set()),
    ],
)
def test_the_deed_a_how_to_asks_done_is_read_off_it(text, deed):
    assert _done_to(text) == deed


@pytest.mark.parametrize(
    ("slug", "text", "said"),
    [
        (
            "einstein",
            "how do i fix a wobbly table",
            "That one leaves me as puzzled as my cat Tiger on a rainy day, Sam.",
        ),
        (
            "curie",
            "how do i fix a wobbly table",
            "I have no data on that at all, Sam, and I will not invent any.",
        ),
        (
            "darwin",
            "how do i fix a wobbly table",
            "The Beagle took me round the world, Sam, and never once near that question; it lies "
            "far from my studies.",
        ),
        (
            "einstein",
            "best way to fix a wobbly desk",
            "That one leaves me as puzzled as my cat Tiger on a rainy day, Sam.",
        ),
    ],
)
def test_a_how_to_of_furniture_is_handed_to_nobody_on_the_deed_and_a_word(slug, text, said):
    assert reply(slug, text) == said


@pytest.mark.parametrize(
    ("slug", "text", "to"),
    [
        ("curie", "why is the sky blue?", "@einstein"),
        ("einstein", "how do i get red wine out of a carpet", "@curie"),
        ("shakespeare", "how many ways can eight people sit round a table", "@lovelace"),
    ],
)
def test_a_question_of_another_field_is_still_handed_over(slug, text, to):
    assert to in reply(slug, text)


def handed(slug: str, text: str) -> list[str]:
    voice = BY_SLUG[slug]
    return _handed_lines(voice, index_of(voice.material), text, _names_of(tuple(CAST)))


SEATING = (
    "Eight people can sit round a table in 5,040 orders: in a row it would be 40,320, eight "
    "times seven times six down to one, but round a table only who sits next to whom counts, so "
    "fix one and arrange seven."
)


@pytest.mark.parametrize(
    "text",
    [
        "how do i fix a wobbly table",
        "how can i fix the table in my kitchen",
        "best way to fix a table that rocks",
    ],
)
def test_a_handed_how_to_is_not_answered_on_the_deed_and_one_word(text):
    assert SEATING not in handed("lovelace", text)


def test_a_handed_question_on_the_thing_is_still_answered():
    assert handed("lovelace", "how many ways can 8 people sit round a table")[0] == SEATING
    assert handed("curie", "how do i fix a rusty bike chain")[0].startswith(
        "A bicycle chain rusts fastest in winter"
    )
