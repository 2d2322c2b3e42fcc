"""A question that a persona's way of working answers is worked out with it, in whatever words
it is put, when nobody in the room knows it better; the rest is still owned up to.

In a room about sourdough, "@curie why does my loaf go so sour in the fridge" was "I must
disappoint you, Maz: I have never studied that"; "@socrates is a loaf that looks perfect but
tastes bland a good loaf?" was "I know nothing of such things"."""

from __future__ import annotations

import pytest

from bots.engine import worked_out
from bots.fallback46 import owned as owned46
from bots.material import terms
from tests.bots.test_conversation import OWNED_UP
from tests.bots.test_everyday_messages import CAST, VOICES, say, starts_with
from tests.bots.test_lexicon13 import methods_of

SEEDS = (1, 2, 3)
# The room with only the house bot beside the persona: nobody to hand a question over to.
ALONE = tuple(v for v in CAST if v.is_house_bot)


WORKED = [
    ("curie", "how come my copper pan went green"),
    ("socrates", "is it wrong to regift a present?"),
    ("lovelace", "if i want bread ready for 9am saturday, when do i mix? bulk is about 6h"),
    ("lovelace", "we have 3 cars and 11 people, how many trips to the station?"),
    ("lovelace", "if i get 12kg from each of 3 hives and jars hold 340g, how many jars do i need"),
]
# Of the shape its way of working answers, but about nothing of its field (a loaf, an oven, a
# pond): a generic #method said to these rated 2-3 in round fourteen's blind rating,
# a plain owning-up in its voice 3.8 (tests/bots/test_method14.py).
SHAPED_ONLY = [
    ("curie", "why does my loaf go so sour when i leave it in the fridge longer"),
    ("einstein", "why does steam in the oven make the crust better?"),
    ("darwin", "is a sourdough starter actually alive? like is it an ecosystem"),
    ("darwin", "how come the pond goes green every summer"),
    ("socrates", "is a loaf that looks perfect but tastes bland a good loaf?"),
]


@pytest.mark.parametrize(("slug", "said"), WORKED)
def test_a_question_its_way_of_working_answers_is_worked_out_not_owned_up(slug, said):
    assert worked_out(VOICES[slug], said)
    for seed in SEEDS:
        reply = say(slug, f"@{slug} {said}", seed=seed, others=ALONE)
        # Its #method, or (a view asked: "is it wrong to ...?") its view, never owning up.
        owned_up = starts_with(reply, slug, "outside") or OWNED_UP.search(reply)
        assert reply in methods_of(slug) or not owned_up, reply


def test_a_claim_of_that_shape_on_nothing_of_its_field_gets_no_method():
    """A verdict asked on it ("back me up, ...") is read as a claim (sense14): whatever the
    verdict, never the generic method."""
    said = "@einstein back me up, a hotter oven means a better oven spring right?"
    assert worked_out(VOICES["einstein"], said)
    for seed in SEEDS:
        assert say("einstein", said, seed=seed, others=ALONE) not in methods_of("einstein")


@pytest.mark.parametrize(("slug", "said"), SHAPED_ONLY)
def test_a_question_of_that_shape_on_nothing_of_its_field_is_owned_up_plainly(slug, said):
    assert worked_out(VOICES[slug], said)
    for seed in SEEDS:
        reply = say(slug, f"@{slug} {said}", seed=seed, others=ALONE)
        assert reply not in methods_of(slug), reply
        assert starts_with(reply, slug, "outside") or owned46(reply), reply  # (fallback46)


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
        # Why people or services do what they do is nothing happening in a field.
        ("curie", "why do my parents always argue at christmas?"),
        ("curie", "why is the train always late on mondays?"),
        ("darwin", "why does my landlord never fix the boiler?"),
        ("darwin", "how come netflix removed my favourite show?"),
        ("einstein", "why did the tories lose the election?"),
        ("einstein", "why does my code keep crashing?"),
        ("einstein", "how come you never answer me"),
        ("socrates", "does this shirt look ok?"),
        ("socrates", "is it ok if i bring a friend on thursday?"),
        # One amount is nothing to work out.
        ("lovelace", "when does the shop close? its 5pm now"),
        ("lovelace", "i have 2 kids, when should i start saving for uni?"),
    ],
)
def test_what_no_way_of_working_answers_is_not_worked_out(slug, said):
    assert not worked_out(VOICES[slug], said)
    reply = say(slug, f"@{slug} {said}", others=ALONE)
    assert reply not in methods_of(slug), reply


@pytest.mark.parametrize(
    ("slug", "said"),
    [
        ("einstein", "can you give me a recipe for a quick dinner?"),
        ("curie", "how do i file my tax return"),
        ("darwin", "why does my landlord never fix the boiler?"),
        ("einstein", "why did the tories lose the election?"),
    ],
)
def test_a_request_or_question_far_from_the_field_is_still_owned_up(slug, said):
    reply = say(slug, f"@{slug} {said}", others=ALONE)
    assert starts_with(reply, slug, "outside") or OWNED_UP.search(reply), reply


def test_a_field_line_on_another_word_of_the_field_is_no_answer_to_the_thing_asked():
    """ "the wild yeasts in my kitchen" are yeasts, not the wild animals of the Galapagos."""
    said = "@darwin do the wild yeasts in my kitchen differ from the ones in yours?"
    for seed in SEEDS:
        reply = say("darwin", said, seed=seed, others=ALONE)
        assert "Galápagos let me push them" not in reply
        # Yeasts differing is no habit of a creature: owned up plainly when no line is on it.
        assert "yeast" in terms(reply) or starts_with(reply, "darwin", "outside"), reply


@pytest.mark.parametrize(
    ("slug", "said"),
    [
        ("curie", "how do i fix this bug in my python code?"),
        ("socrates", "my mouse stopped working, any idea why?"),
        ("darwin", "is jenny coming to the party?"),
        ("darwin", "whats the best trunk organiser for a small car?"),
    ],
)
def test_an_everyday_word_with_a_creature_s_name_is_no_naturalist_s_question(slug, said):
    """A bug in code, a computer mouse, a friend called Jenny, a car's trunk: found by a review
    of the lexicon, now left out of it (scripts/build_lexicon.py EVERYDAY)."""
    reply = say(slug, f"@{slug} {said}", others=CAST)
    assert "@darwin" not in reply
    assert reply not in methods_of(slug)
