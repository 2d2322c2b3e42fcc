"""Untrue facts and false triggers found in review 39 (mendfacts): a famous first with a
qualifier after it ("to be assassinated", "without oxygen") is another first, so no answer; an
idiom written a/b ("9/11", "24/7") is no sum; a city with a word after it that makes it another
place ("washington state") is not the table's; cost and carbon asked of the train or the plane
are answered as asked; quail eggs and eggs for a small child get their own times; rice dishes,
fact questions on aphids and a fortune owed get no everyday answer; a neighbour's dog gets the
neighbour's advice; "the us" is a country asked its capital. Each with rewordings and look-alikes
that keep their reply."""

# ruff: noqa: E501
from __future__ import annotations

import pytest

from bots.advice import advice
from bots.easy import fact, windfall_asked
from bots.journey import journey_of
from bots.reckon import arithmetic_of
from tests.bots.test_everyday_messages import say

WASHINGTON = "George Washington, from 1789."
HILLARY = "Edmund Hillary and Tenzing Norgay, in May 1953."


@pytest.mark.parametrize(
    "text",
    [
        "who was the first president of the us to be assassinated?",
        "who was the first president of the united states to be impeached?",
        "who was the first president of america to resign?",
        "who was the first president of the usa to die in office",
        "who was the first person to climb everest without oxygen?",
        "who was the first person to climb everest in winter?",
        "who was the first woman to climb everest",
        "who was the first person to fly a plane across the atlantic?",
        "who was the first person to swim the channel both ways?",
        "who was the first person to reach the south pole alone?",
        "who was the first man on the moon to die?",
        "who was the first woman in space to do a spacewalk",
    ],
)
def test_a_first_with_a_qualifier_after_it_gets_no_plain_answer(text):
    assert fact(text) is None


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("who was the first president of the us?", WASHINGTON),
        ("who was the first president of the united states of america", WASHINGTON),
        ("who was the very first president of the usa, please?", WASHINGTON),
        ("who was the first person to climb mount everest ever?", HILLARY),
        ("who was the first person to climb everest", HILLARY),
        (
            "who was the first man on the moon? anyone",
            "Neil Armstrong, in July 1969, with Buzz Aldrin just after him.",
        ),
        ("who was the first woman in space", "Valentina Tereshkova, in June 1963."),
        ("who was the first person to swim the english channel?", "Captain Matthew Webb, in 1875."),
    ],
)
def test_a_first_asked_plainly_keeps_its_answer(text, said):
    assert fact(text) == said


def test_the_assassinated_president_is_not_washington_in_any_voice():
    text = "who was the first president of the us to be assassinated?"
    for slug in ("einstein", "curie", "darwin", "aibot"):
        assert "Washington" not in say(slug, text)
    assert (
        say("curie", "who was the first president of the us?")
        == "That is a plain fact, Maya. George Washington, from 1789."
    )


@pytest.mark.parametrize(
    "text",
    [
        "what is 9/11?",
        "what's 24/7?",
        "what's 50/50?",
        "what is 7/11",
        "what's 4/20?",
        "what is 20/20",
        "9/11?",
        "24/7",
        "144/12?",
    ],
)
def test_an_idiom_or_a_bare_slash_is_no_sum(text):
    assert arithmetic_of(text) == ""


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("what is 144/12", "144 ÷ 12 = 12."),
        ("what's 144/12?", "144 ÷ 12 = 12."),
        ("144/12=?", "144 ÷ 12 = 12."),
        ("what is 9 / 11", "9 ÷ 11 = about 0.8182."),
        ("what's 3/4", "3 ÷ 4 = 0.75."),
        ("12+7?", "12 + 7 = 19."),
    ],
)
def test_a_division_asked_as_one_is_still_worked(text, said):
    assert arithmetic_of(text) == said


def test_9_11_is_no_division_in_any_voice():
    for slug in ("einstein", "curie", "darwin", "aibot"):
        assert "÷" not in say(slug, "what is 9/11?")
    assert (
        say("curie", "what is 144/12") == "A simple one, Maya, and checked twice: 144 ÷ 12 is 12."
    )


GENERAL = (
    "under about 600 km, or 5 to 6 hours by train, the train usually wins door to door, as the "
    "airports add two or three hours; beyond that, the plane"
)
ACELA = (
    "New York to Washington is about 3 hours on the Acela; flying, an hour in the air but 3 hours "
    "or more door to door. The train wins on time, comfort and carbon"
)
ON_COST = (
    "on cost it varies with the route and the day, so compare both for your dates and book early"
)
ON_CARBON = (
    "on carbon the train wins by far, with a small fraction of a flight's emissions per seat"
)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("train or plane from new york to washington state?", GENERAL),
        ("train or plane from new york state to washington?", GENERAL),
        ("should i take the train or fly from paris, texas to london?", GENERAL),
        ("train or plane from new york to washington?", ACELA),
        ("train or plane from new york to washington dc?", ACELA),
        ("is it cheaper to take the train or fly to rome?", ON_COST),
        ("which costs less, the train or flying to paris from london", ON_COST),
        ("is it greener to take the train or fly to madrid from barcelona?", ON_CARBON),
        ("which is better for the planet, train or plane, london to edinburgh?", ON_CARBON),
        (
            "is it cheaper and greener to take the train or fly from london to paris?",
            f"{ON_CARBON}; {ON_COST}",
        ),
        (
            "is it faster to take the train or fly from paris to berlin",
            "Paris to Berlin is about 8 to 9 hours by train; flying, 1 hour 45 in the air but 4 to 5 hours door to door. The plane wins on time, the train on comfort and carbon",
        ),
    ],
)
def test_a_journey_is_answered_as_asked_and_of_the_place_named(text, said):
    assert journey_of(text) == said


def test_cost_asked_of_the_house_bot_gets_the_cost():
    assert (
        say("aibot", "/AIBot is it cheaper to take the train or fly to rome?")
        == f"Train or plane, Maya? O{ON_COST[1:]}."
    )


QUAIL = "Quail eggs are small, so far quicker than a hen's: about two and a half minutes in boiling water for a soft yolk and 4 for hard-boiled; then cool them in cold water."
CHILD = "For a small child, boil it until the yolk is firm all through: 9 to 10 minutes for a hen's egg, about 4 for a quail's; then cool it under the cold tap."
HEN = "About 6 minutes in boiling water for a soft, runny yolk, 7 for a jammy one and 9 to 10 for hard-boiled; then cool it under the cold tap."


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("how long do I boil quail eggs?", QUAIL),
        ("how many minutes to boil quail eggs", QUAIL),
        ("how long to boil an egg for my toddler?", CHILD),
        ("how do i boil an egg for my baby", CHILD),
        ("how long should i boil eggs for the kids", CHILD),
        ("how long should i boil an egg for my 8 month old", CHILD),
        ("how long do i boil an egg for", HEN),
        ("how long should i boil eggs for", HEN),
    ],
)
def test_the_egg_asked_gets_its_own_times(text, said):
    found = advice(text)
    assert found is not None and found.answer == said


def test_quail_and_child_eggs_come_before_the_chemists_hen_egg_line():
    assert (
        say("curie", "how long do I boil quail eggs?")
        == f"That needs no laboratory, Maya, only good sense. {QUAIL}"
    )
    assert (
        say("curie", "how long to boil an egg for my toddler?")
        == f"That needs no laboratory, Maya, only good sense. {CHILD}"
    )
    assert say("aibot", "/AIBot how long to boil an egg for my toddler?") == CHILD


@pytest.mark.parametrize(
    "text",
    [
        "how do I make rice pudding?",
        "how do I make rice paper rolls?",
        "how do you cook rice in a rice cooker?",
        "how do I make fried rice?",
        "how do i make sushi rice properly",
        "how do you cook risotto rice right",
        "is it safe to give my toddler a runny egg",
        "are aphids insects?",
        "why are aphids green?",
        "do ladybirds eat aphids?",
        "how do aphids breed?",
        "what do aphids eat?",
    ],
)
def test_rice_dishes_and_aphid_facts_get_no_everyday_answer(text):
    assert advice(text) is None


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("how do i cook rice properly", "rice"),
        ("how do you make fluffy rice", "rice"),
        ("how do I get rid of aphids on my roses", "aphids"),
        ("my roses are covered in greenfly, what do i do", "aphids"),
        ("any tips for getting rid of aphids", "aphids"),
        ("how do i stop blackfly on my beans", "aphids"),
        ("aphids everywhere on my beans, help", "aphids"),
    ],
)
def test_the_plain_rice_and_rid_of_aphids_keep_their_answer(text, thing):
    found = advice(text)
    assert found is not None and found.thing == thing


def test_darwin_keeps_his_own_line_on_aphids_asked_as_fact():
    assert say("darwin", "are aphids insects?") == (
        "A fair question, Maya. Ants milk aphids for their honeydew, guarding them like cattle; I once tickled aphids with a hair, as the ants stroke them, to see whether I could milk them too, and I could not."
    )


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("what would you do with a million pounds of debt?", False),
        ("what would you do if you had a million pounds of debt?", False),
        ("what would you do if you owed a million?", False),
        ("what would you do with a million pound loan", False),
        ("what would you do with a million pounds?", True),
        ("if you won the lottery what would you buy?", True),
    ],
)
def test_a_fortune_owed_is_no_windfall(text, asked):
    assert windfall_asked(text) is asked


def test_a_debt_gets_no_windfall_line():
    assert "Nobel prize money" not in say(
        "einstein", "what would you do with a million pounds of debt?"
    )
    assert say("aibot", "/AIBot what would you do with a million pounds of debt?") != (
        "Nothing much, Maya: a bot has no rent to pay and nothing to buy. Ask a persona with @ (say @curie); they had lives, and fortunes or the lack of them, to draw on."
    )


NEIGHBOUR = {
    "curie": "Speak to the neighbour kindly first, Maya; they may not know, and a dog left alone barks from loneliness or boredom. Note the dates and times, and if nothing changes, the landlord or the council can help.",
    "darwin": "A dog is a social creature, Maya, and one left alone barks from loneliness or boredom. Speak kindly to your neighbour first, as they may not know; note the times, and if nothing changes, go to the landlord or the council.",
    "aibot": "That's wearing, Maya. Try a friendly word with your neighbour first: they may not know, and a dog left alone often barks from loneliness or boredom. If nothing changes, note the dates and times and take it to the landlord or the council.",
}
OWN = {
    "curie": "Look for the cause, Maya, as in any experiment: a dog that barks at night is most often lonely, bored or hearing something outside. A long walk in the evening and its bed near you usually help; if it is new, ask a vet.",
    "darwin": "I kept dogs all my life, Maya, and one that barks at night is usually lonely, bored or hearing something outside. A good walk before bed and its bed near yours often settle it; if it is new, a vet should see it.",
    "aibot": "That's hard on sleep, Maya. A dog that barks at night is usually lonely, bored or hearing something outside: a long walk in the evening, something to chew and its bed near yours often help. If it's new, a check at the vet is worth it.",
}


@pytest.mark.parametrize(
    ("text", "whose"),
    [
        ("my neighbour's dog barks all night", NEIGHBOUR),
        ("my neighbor's dog keeps barking at night", NEIGHBOUR),
        ("next door's dog barks all night, what can i do", NEIGHBOUR),
        ("the neighbours' dog barks all night and i can't sleep", NEIGHBOUR),
        ("the dog next door keeps barking all night", NEIGHBOUR),
        ("my dog keeps barking at night", OWN),
        ("my dog barks at the neighbours all night", OWN),
        ("my neighbour says my dog barks all night", OWN),
    ],
)
def test_the_neighbours_dog_gets_the_neighbours_advice(text, whose):
    for slug, said in whose.items():
        assert say(slug, f"/AIBot {text}" if slug == "aibot" else text) == said


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("what is the capital of the us", "The capital of the United States is Washington, D.C."),
        ("capital of the us?", "The capital of the United States is Washington, D.C."),
        ("what's the capital of the usa?", "The capital of the United States is Washington, D.C."),
        ("the us's capital?", "The capital of the United States is Washington, D.C."),
        ("what's the capital of the bahamas", "The capital of the Bahamas is Nassau."),
        ("what is the capital of us", None),
    ],
)
def test_the_us_is_a_country_asked_its_capital(text, said):
    assert fact(text) == said
