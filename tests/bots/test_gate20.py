"""Session 20's keyword hijacks beyond the question and own-life paths: a nearest line to a
claim, a remark, a request and an unasked join that share a word of the message in passing but
are about something else. Each is now owned up to, asked about, or (unasked) kept quiet;
on-subject answers stay."""

from __future__ import annotations

import pytest

from tests.bots.talk import Line
from tests.bots.test_everyday_messages import CAST, say, starts_with

# 1. A view asked in its own field ("evolving"), given as its take on another word ("office").
CAREER = "A career can take a strange path"


@pytest.mark.parametrize(
    "text",
    [
        "@darwin do u think office workers are evolving into couch creatures",
        "@darwin do you think office people are slowly evolving into chairs lol",
        "@darwin do u think office workers will evolve bad backs",
    ],
)
@pytest.mark.parametrize("seed", range(2))
def test_a_take_beside_the_point_of_its_field_is_owned_up_to(text, seed):
    reply = say("darwin", text, seed=seed)
    assert CAREER not in reply
    assert starts_with(reply, "darwin", "outside"), reply


@pytest.mark.parametrize(
    "slug, text, line",
    [
        ("darwin", "@darwin do u think a career change at 40 is a good idea", CAREER),
        ("socrates", "@socrates do u think money makes people happier", "Money is worth less"),
        ("socrates", "@socrates do u think social media makes people lonelier", "little screen"),
        ("lovelace", "@lovelace whats your honest take on dating apps", ""),
    ],
)
def test_a_take_on_what_was_asked_stays(slug, text, line):
    reply = say(slug, text, seed=0)
    assert line in reply
    assert not starts_with(reply, slug, "outside"), reply


# 3. "Is it true ...": a nearest line naming the thing's words only apart, each of another thing.
RUST = "Iron rusts even in a dry shed"


@pytest.mark.parametrize(
    "text",
    [
        "@curie is it true cold water swimming boosts your immune system or is that just "
        "instagram stuff",
        "@curie is it true that cold water swims are good for your immune system",
        "@curie is it true cold water swimming helps your immune system",
    ],
)
@pytest.mark.parametrize("seed", range(2))
def test_a_nearest_line_on_the_words_apart_is_owned_up_to(text, seed):
    reply = say("curie", text, seed=seed)
    assert RUST not in reply
    # Owned up to, or (the claim put to be checked) tested before it is believed.
    tested = reply.startswith("I would test that before believing it")
    assert tested or starts_with(reply, "curie", "outside"), reply


@pytest.mark.parametrize(
    "text, line",
    [
        ("@curie is it true microwaves make food radioactive", "A microwave oven heats food"),
        ("@curie is it true that radium glows in the dark", "Radium glows faintly blue"),
    ],
)
def test_a_claim_its_line_answers_stays_answered(text, line):
    assert line in say("curie", text, seed=0)


# 4. A remark on a thing ("for that engine"), answered with a line on another word of it.
@pytest.mark.parametrize(
    "text, line",
    [
        ("@lovelace honestly i would pay so much money for that engine", "still pays"),
        ("@lovelace i would pay good money for that engine", "still pays"),
        ("@lovelace i would pay anything for a ride on that loom", "Ashley Combe"),
    ],
)
@pytest.mark.parametrize("seed", range(2))
def test_a_remark_on_a_thing_is_not_answered_with_a_word_of_it_in_passing(text, line, seed):
    reply = say("lovelace", text, seed=seed)
    assert line not in reply
    assert reply == "How did that come about, Maya? I should like every detail."


@pytest.mark.parametrize(
    "slug, text, line",
    [
        (
            "lovelace",
            "@lovelace i would love to see the analytical engine built one day",
            "The Analytical Engine weaves",
        ),
        ("darwin", "@darwin i would give anything to see those finches", "finches of each island"),
    ],
)
def test_a_remark_its_line_names_the_thing_of_stays(slug, text, line):
    assert line in say(slug, text, seed=0)


# 5. A thing asked to be made for the person, answered with the nearest of its own work.
@pytest.mark.parametrize(
    "text",
    [
        "@lovelace could u write an algorithm to pick my beta for me lol",
        "@lovelace can you make an algorithm that picks my climbing routes",
        "@lovelace can you write an algorithm for sorting my spotify playlists",
    ],
)
@pytest.mark.parametrize("seed", range(2))
def test_a_thing_to_make_is_not_answered_with_the_nearest_of_its_work(text, seed):
    reply = say("lovelace", text, seed=seed)
    assert "first programmer" not in reply and "nearest" not in reply
    assert starts_with(reply, "lovelace", "outside")


@pytest.mark.parametrize(
    "text, line",
    [
        ("@lovelace what is an algorithm", "An algorithm is a recipe of operations"),
        ("@lovelace could u explain what the analytical engine did", "a store for numbers"),
        ("@lovelace could you code me a program to plan my training week", "Note G"),
    ],
)
def test_what_it_can_answer_of_its_work_stays(text, line):
    assert line in say("lovelace", text, seed=0)


# 6. Unasked, among people answering each other: a line on nothing of the question answered.
@pytest.mark.parametrize(
    "question, reply",
    [
        (
            "my IPA has a weird smell like band aids. is it ruined",
            "uh oh. chlorine in your water maybe? did you use campden",
        ),
        (
            "why does my pale ale smell like a hospital",
            "probably chlorine in the water, campden tablets fix that",
        ),
        (
            "my stout tastes kind of medicinal, like plasters. can i save it",
            "sounds like chlorine from tap water tbh, do you filter it?",
        ),
    ],
)
@pytest.mark.parametrize("seed", range(3))
def test_unasked_it_keeps_off_a_line_on_nothing_of_the_question_answered(question, reply, seed):
    history = [Line("omar", question)]
    said = say("curie", reply, author="nina", history=history, unasked=True, others=CAST, seed=seed)
    assert said == ""


def test_unasked_a_line_on_the_question_answered_still_joins():
    history = [Line("omar", "does anyone know why radium glows")]
    said = say(
        "curie",
        "i think its the radioactivity making the air glow?",
        author="nina",
        history=history,
        unasked=True,
        others=CAST,
        seed=0,
    )
    assert "A glow stick shines by chemistry, not radioactivity" in said
