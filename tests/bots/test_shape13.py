"""A question that a persona's way of working answers is worked out with it, in whatever words
it is put, when nobody in the room knows it better; the rest is still owned up to.

In a room about sourdough, "@curie why does my loaf go so sour in the fridge" was "I must
disappoint you, Maz: I have never studied that"; "@socrates is a loaf that looks perfect but
tastes bland a good loaf?" was "I know nothing of such things"."""

from __future__ import annotations

import pytest

from bots.engine import worked_out
from bots.material import index_of, terms
from tests.bots.test_everyday_messages import CAST, VOICES, say, starts_with

SEEDS = (1, 2, 3)


def methods_of(slug: str) -> set[str]:
    lines = index_of(VOICES[slug].material).tagged.get("method", ())
    return {line.format(name="Maya") for line in lines}


def alone(slug: str):
    """The room with only the house bot beside it: nobody to hand a question over to."""
    return tuple(v for v in CAST if v.is_house_bot)


WORKED = [
    ("curie", "why does my loaf go so sour when i leave it in the fridge longer"),
    ("curie", "how come my copper pan went green"),
    ("einstein", "why does steam in the oven make the crust better?"),
    ("einstein", "what makes a kettle whistle"),
    ("einstein", "back me up, a hotter oven means a better oven spring right?"),
    ("darwin", "is a sourdough starter actually alive? like is it an ecosystem"),
    ("darwin", "how come the pond goes green every summer"),
    ("socrates", "is a loaf that looks perfect but tastes bland a good loaf?"),
    ("socrates", "is it wrong to regift a present?"),
    ("lovelace", "if i want bread ready for 9am saturday, when do i mix? bulk is about 6h"),
    ("lovelace", "we have 3 cars and 11 people, how many trips to the station?"),
    ("lovelace", "if i get 12kg from each of 3 hives and jars hold 340g, how many jars do i need"),
]


@pytest.mark.parametrize(("slug", "said"), WORKED)
def test_a_question_its_way_of_working_answers_is_worked_out_not_owned_up(slug, said):
    assert worked_out(VOICES[slug], said)
    for seed in SEEDS:
        reply = say(slug, f"@{slug} {said}", seed=seed, others=alone(slug))
        assert reply in methods_of(slug) or not starts_with(reply, slug, "outside"), reply
        assert "@" not in reply


@pytest.mark.parametrize(
    ("slug", "said"),
    [
        ("curie", "why do moths go for lamps at night?"),
        ("lovelace", "why do bats hang upside down"),
    ],
)
def test_with_the_expert_in_the_room_it_is_still_handed_over(slug, said):
    """Moths and bats are the naturalist's: with Darwin in the room the question goes to him."""
    reply = say(slug, f"@{slug} {said}", others=CAST)
    assert starts_with(reply, slug, "outside"), reply
    assert "@darwin" in reply


@pytest.mark.parametrize(
    ("slug", "said"),
    [
        ("einstein", "can you give me a recipe for a quick dinner?"),
        ("curie", "how do i file my tax return"),
        ("einstein", "why does my boss hate me"),
        ("darwin", "why do people always park in my space"),
        ("socrates", "whats the fastest way to the airport"),
        ("lovelace", "what should i wear to a wedding"),
        ("einstein", "is it good?"),
    ],
)
def test_what_no_way_of_working_answers_is_still_owned_up(slug, said):
    assert not worked_out(VOICES[slug], said)


def test_a_field_line_on_another_word_of_the_field_is_no_answer_to_the_thing_asked():
    """ "the wild yeasts in my kitchen" are yeasts, not the wild animals of the Galapagos."""
    said = "@darwin do the wild yeasts in my kitchen differ from the ones in yours?"
    for seed in SEEDS:
        reply = say("darwin", said, seed=seed, others=alone("darwin"))
        assert "Galápagos let me push them" not in reply
        assert "yeast" in terms(reply) or reply in methods_of("darwin"), reply
