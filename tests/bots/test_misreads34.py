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


# 2. How to do a thing that is run asks how it is done: no idea for it, no take met on its thing.

CURIE_NONE = "I have no data on that at all, Sam, and I will not invent any."


@pytest.mark.parametrize(
    "text",
    [
        "any tips on how to run a meeting?",
        "tips on how to lead a workshop",
        "any tips on how to write a complaint letter?",
        "how do i chair a team meeting well?",
        "how do i stop my windows rusting",
        "how can i stop my window frames rusting?",
    ],
)
def test_a_how_to_is_met_by_no_idea_or_take_on_one_word(text):
    assert reply("curie", text) == CURIE_NONE


PAPERCLIP = (
    "Give each table the same small task, to float a paperclip on water, say, and let them "
    "compare how they did it; Pierre and I learned most from each other's failed attempts."
)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (
            "any tips for our team meeting icebreaker?",
            f"I would try this for your team meeting icebreaker, Sam: {PAPERCLIP}",
        ),
        (
            "any ideas for a team away day?",
            f"For a team away day, Sam, something from the laboratory: {PAPERCLIP}",
        ),
        (
            "how can we make our stall stand out at the fair?",
            "For your stall stand, Sam, something from the laboratory: Paint the lettering in "
            "glow-in-the-dark paint over plain white; by day it is an ordinary sign and at dusk "
            "it shines, and people stop for a sign that changes.",
        ),
    ],
)
def test_an_idea_asked_for_a_thing_run_is_still_given(text, said):
    assert reply("curie", text) == said


def test_a_how_to_on_what_goes_wrong_is_still_answered_on_it():
    assert reply("curie", "how do i stop the railings rusting").startswith(
        "Rust is a metal, iron, joined with the oxygen of the air"
    )


# 3. A tip asked beside what is told of its life is met on what is asked, not what is told.

DENTAL = (
    "A dental X-ray is a very small dose, about what the earth and sky give you in a day or two, "
    "so there is nothing to fear from one; in my war we took far greater doses without a thought."
)


@pytest.mark.parametrize(
    "text",
    [
        "you lived through two wars, any tips on how to stay calm?",
        "you lived through a war, any tips on staying calm?",
        "you drove x-ray cars in the war, any tips on keeping calm?",
        "you worked through two wars, how do i stay calm under pressure?",
    ],
)
def test_a_tip_asked_beside_its_wars_is_not_met_by_a_line_of_the_war(text):
    said = reply("curie", text)
    assert DENTAL not in said
    assert "X-ray cars" not in said


def test_a_tip_asked_on_the_x_ray_itself_still_gets_it():
    said = reply("curie", "my kid is having a dental x-ray, any tips on keeping him calm?")
    assert said == f"Here is what I know of it, Sam. {DENTAL}"


# 4. A second line is on the question too.

BICYCLE = "Life is like riding a bicycle: to keep your balance you must keep moving."


@pytest.mark.parametrize("seed", [3, 4, 7, 8])
def test_a_second_line_met_on_side_words_is_left_out(seed):
    said = reply(
        "einstein", "why is it easier to balance on a moving board than a still one", seed=seed
    )
    assert said.endswith(BICYCLE)
    assert "Time travel" not in said


ICE = (
    "Ice for a fresh injury in the first day or two, to calm the swelling, Sam; warmth after "
    "that, or for stiff muscles. If it still hurts after a week, see a doctor."
)


@pytest.mark.parametrize(
    "text",
    [
        "ice or heat?",
        "ice or heat for a swollen knee?",
        "i twisted my ankle, should i use ice or a heat pack?",
        "my knee is swollen after football, ice or heat?",
    ],
)
def test_ice_or_heat_is_answered_without_vicks(text):
    assert reply("curie", text) == ICE


@pytest.mark.parametrize(
    "text", ["should i put vicks on my sore knee?", "is vicks or ice better for a sprained ankle"]
)
def test_vicks_asked_still_gets_its_word(text):
    assert reply("curie", text).startswith(
        "Vicks only smells strong, Sam: the menthol feels cool and warms nothing."
    )
