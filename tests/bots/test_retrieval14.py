"""A persona's own line on the asked subject is found (retrieval14): a generic word that is the
persona's own field ("time" to the physicist) counts as what is asked, comparatives meet their
adjective ("slower" finds "slows"), and what a thing was called is what "why did you call it
polonium" asks about."""

import pytest

from bots.engine import generic_terms, subject_terms
from bots.material import stem
from tests.bots.test_everyday_messages import CAST, VOICES, say, starts_with

CLOCKS = "Two clocks, one on a mountain and one in a valley, do not agree: gravity slows time."
FRIDGE = "A fridge does not make cold; it pumps heat out of the box and throws it away at the back"
METAL = "Metal feels colder than wood at the same temperature because it carries the heat out"
POLONIUM = "We found polonium in 1898 and named it after my country"


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_einstein_asked_whether_time_runs_slower_on_a_mountain_gives_his_two_clocks(seed):
    # Was the method line ("I would put it to a thought experiment..."): "time" was an everyday
    # word even to the physicist, and "slower" met nothing.
    reply = say("einstein", "@einstein does time run slower on a mountain?", seed=seed, others=CAST)
    assert CLOCKS in reply, reply
    assert "thought experiment" not in reply, reply


def test_a_yes_no_question_on_a_fact_is_answered_with_the_fact_not_a_bare_yes():
    reply = say("einstein", "@einstein does time go slower if you fly high?", others=CAST)
    clocks = ("ticks more slowly", "gravity slows time", "because their clocks run slow")
    assert any(line in reply for line in clocks), reply
    assert starts_with(reply, "einstein", "answer") and "yes" not in reply.lower(), reply


@pytest.mark.parametrize(
    ("text", "line"),
    [
        # Both owned up to before ("on that I am as ignorant as a schoolboy"): "colder" met no
        # "cold", and "metal things" went to the chemist.
        ("@einstein do fridges actually make things colder?", FRIDGE),
        ("@einstein why do metal things feel colder than wooden ones", METAL),
    ],
)
def test_a_comparative_finds_the_line_on_its_adjective(text, line):
    reply = say("einstein", text, others=CAST)
    assert line in reply and starts_with(reply, "einstein", "answer"), reply


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_curie_asked_why_she_called_it_polonium_says_what_she_named_it_after(seed):
    # Was the newspapers that "called me a foreign homewrecker": "call" was the rarer word.
    reply = say("curie", "@curie why did you call it polonium", seed=seed, others=CAST)
    assert POLONIUM in reply, reply


def test_comparatives_stem_to_their_adjective_and_superlatives_do_not():
    assert stem("slower") == stem("slows") == stem("slow") == stem("slowly")
    assert stem("colder") == stem("cold") and stem("hotter") == stem("hot")
    assert stem("heavier") == stem("heavy") and stem("wetter") == stem("wet")
    assert stem("bigger") != stem("big")  # sizes are everyday words that name no subject
    assert stem("fastest") != stem("fast")  # "the fastest way to find a name" is no speed


def test_words_that_only_end_like_comparatives_keep_their_stem():
    for word in ("water", "paper", "never", "number", "after", "honest", "letter", "cleaner"):
        assert stem(word) == word, word
    assert stem("times") != stem("time")  # "47 times 6" is no time


def test_time_names_a_subject_for_the_physicist_only():
    time = stem("time")
    assert time not in generic_terms(VOICES["einstein"])
    for slug in ("shakespeare", "lovelace", "curie"):
        assert time in generic_terms(VOICES[slug]), slug


def test_an_adjective_before_what_is_asked_is_not_what_it_is_about():
    assert subject_terms("how do you make a strong password") == {"password"}
    assert subject_terms("why did you call it polonium") == {"polonium"}
    # After "strong" met "stronger", Darwin gave his flowers that "grow stronger" for this.
    reply = say("darwin", "@darwin how do you make a strong password", others=CAST)
    assert "stronger" not in reply, reply


@pytest.mark.parametrize(
    ("slug", "text", "line"),
    [
        # Was "How sharper than a serpent's tooth it is to have a thankless child."
        (
            "shakespeare",
            "@shakespeare did u have kids",
            "My children were Susanna, and the twins Hamnet and Judith",
        ),
        # Was Diotima's "love is neither beautiful nor ugly".
        (
            "socrates",
            "@socrates were you ugly lol people say you were",
            "I was famously ugly, snub-nosed and pop-eyed",
        ),
    ],
)
def test_asked_what_it_did_or_had_it_says_it_of_itself_not_a_quote(slug, text, line):
    for seed in (1, 2, 3):
        reply = say(slug, text, seed=seed, others=CAST)
        assert line in reply, reply


def test_a_line_that_says_all_that_was_asked_comes_before_an_everyday_word_on_languages():
    # Was "French and a little Italian and German, Maya; my great work was a translation...".
    reply = say("lovelace", "@lovelace is the ada programming language named after you?")
    assert "The programming language Ada was named for me" in reply, reply


def test_getting_bigger_is_said_as_expanding():
    # Was "Two things are infinite, people quote me as saying, the universe and human stupidity".
    reply = say("einstein", "@einstein is the universe getting bigger", others=CAST)
    assert "The universe may be expanding" in reply, reply
