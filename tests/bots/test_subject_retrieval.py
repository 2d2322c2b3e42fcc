"""A question is answered by a line about what it asks (issue 14, round nine): the words of an
aside ("my uncle says this every christmas", "people still argue about it") pick nothing; a
line that shares one incidental word with the question ("strict forms" for "was your mum
strict?") is no answer; and the questions people ask the six personas about their lives and
fields find a line of the right family, in several wordings (tests/bots/dev9_fields.json)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bots.engine import subject_terms, without_asides
from bots.material import stem, terms
from tests.bots.test_everyday_messages import PEOPLE, say, starts_with

DEV9 = json.loads((Path(__file__).parent / "dev9_fields.json").read_text(encoding="utf-8"))
SEEDS = [1, 2, 5]


def test_asides_around_a_question_are_set_aside_and_what_they_argue_about_kept():
    assert terms(without_asides("why are there apes, my uncle says this every christmas")) == [
        "ape"
    ]
    assert "flatmat" not in terms(without_asides("my flatmates keep arguing about black holes"))
    assert "black" in terms(without_asides("my flatmates keep arguing about black holes"))
    # What was said of it stays: "my teacher said that light has no mass".
    assert terms(without_asides("my teacher said that light has no mass")) == ["light", "mass"]
    assert terms(without_asides("ok dumb question but what is a photon")) == ["photon"]


def test_what_a_question_is_plainly_about():
    assert subject_terms("was your mum really as strict as people say") == {"mother"}
    assert subject_terms("how do you come up with your thought experiments") >= {"experiment"}
    assert subject_terms("what was the deal with the earthworms") == {"earthworm"}


def test_everyday_words_meet_the_words_a_life_is_told_in():
    assert stem("mum") == stem("mother") and stem("dad") == stem("father")
    assert stem("illness") == stem("ill") and stem("sickness") == stem("sick")
    assert stem("studied") == stem("studying")
    assert terms("what was note g") == ["note"]  # "note" is a word, and no "not"
    assert "experiment" in terms("a thought experiment") and "xray" in terms("X-ray vans")


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("slug", PEOPLE)
def test_questions_on_the_personas_lives_and_fields_find_the_right_line(slug, seed):
    for text in DEV9["field"][slug]:
        reply = say(slug, f"@{slug} {text}", author="lukas", seed=seed)
        assert not starts_with(reply, slug, "outside", "Lukas"), (text, reply)
        assert re.search(DEV9["expect"][text], reply, re.IGNORECASE), (text, reply)


@pytest.mark.parametrize("seed", SEEDS)
def test_an_incidental_word_is_no_answer(seed):
    # "strict forms" (a poem and an equation) is not about a strict mother.
    reply = say("lovelace", "was your mum as strict as everyone says", seed=seed)
    # (or her own line on Lady Byron, asked of her life: bio41)
    assert ("mother" in reply.lower() or "Lady Byron" in reply) and "strict forms" not in reply, (
        reply
    )
    # Darwin's uncle Josiah is not the uncle who asks about apes every Christmas.
    reply = say(
        "darwin",
        "if we came from monkeys why are there still monkeys, my uncle says this every christmas",
        seed=seed,
    )
    assert "Josiah" not in reply and re.search(r"apes|cousin|ancestor", reply), reply
    # "possible" in "as simple as possible" is not about going back in time.
    reply = say("einstein", "is it possible to go back in time", seed=seed)
    assert "simple as possible" not in reply and re.search(r"past|paradox|back", reply), reply


def test_the_dev9_set_is_fresh():
    texts = [t for lines in DEV9["field"].values() for t in lines]
    assert len(set(texts)) == len(texts) and set(texts) == set(DEV9["expect"])
    for other in ("sample_messages.json", "dev_messages.json", "dev8_messages.json"):
        known = (Path(__file__).parent / other).read_text(encoding="utf-8")
        assert not [t for t in texts if t in known]


@pytest.mark.parametrize("seed", SEEDS)
def test_with_no_line_on_what_was_asked_it_says_so_before_the_nearest(seed):
    # Socrates has lines on the agora, none on sandals: he owns that, then gives the nearest.
    reply = say("socrates", "tell me about the sandals you wore in the agora", seed=seed)
    assert starts_with(reply, "socrates", "inexact"), reply
    assert "agora" in reply, reply
    # With a line on it, no such hedge.
    reply = say("darwin", "tell me about the finches on the islands", seed=seed)
    assert not starts_with(reply, "darwin", "inexact") and "finches" in reply, reply


@pytest.mark.parametrize("seed", SEEDS)
def test_how_simply_to_say_it_is_no_subject_and_explain_asks_what_a_thing_is(seed):
    # "in simple words" is how to answer, not what about: no line on words.
    reply = say("einstein", "What is relativity, in simple words?", seed=seed)
    assert "relativity" in reply.lower() and "the words and the equations" not in reply, reply
    # "explain X" is answered by the line that says what X is.
    reply = say("curie", "explain radioactivity like im five", seed=seed)
    assert "Radioactivity is" in reply, reply
