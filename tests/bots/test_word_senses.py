"""A word shared with the material in another sense is no answer (issue 14, round ten): a
folding buggy is not the flats of the Flying University, "small enough" is not "a small
garden is enough"; a persona asked by another, even as "I have often wondered how you...",
answers it rather than agreeing; misattributed quotes are gone; a long reply ends at a
sentence end (tests/bots/dev10_fields.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bots.engine import _fit
from bots.material import stem
from tests.bots.test_everyday_messages import VOICES, say, starts_with

DEV10 = json.loads((Path(__file__).parent / "dev10_fields.json").read_text(encoding="utf-8"))
SEEDS = [1, 2, 5]


def test_care_is_no_car():
    assert stem("cared") != stem("car") and stem("caring") == stem("care") == stem("cares")
    assert stem("cars") == stem("car")


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("slug", ["curie", "darwin", "lovelace", "socrates"])
def test_a_word_in_another_sense_is_owned_up_to_not_answered(slug, seed):
    reply = say(slug, f"@{slug} which buggy folds flat enough for a small car boot?", seed=seed)
    assert starts_with(reply, slug, "outside", "Maya"), reply


@pytest.mark.parametrize("seed", SEEDS)
def test_a_word_of_the_question_in_another_sense_is_no_answer_in_the_field(seed):
    text = "@einstein the sky went pink at sunset tonight, is that a sign of rain?"
    reply = say("einstein", text, seed=seed)
    # Never "signed a manifesto" for a sign of rain: a line on the sky, or owned up to.
    honest = starts_with(reply, "einstein", "outside")
    assert "signed" not in reply and ("sky" in reply or "sunset" in reply or honest), reply


@pytest.mark.parametrize("seed", SEEDS)
def test_a_question_put_as_wondering_is_answered_not_agreed_with(seed):
    text = "@curie I have often wondered how you kept warm enough to work in that draughty shed"
    reply = say("curie", text, author="Albert Einstein", seed=seed)
    assert "shed" in reply and not starts_with(reply, "curie", "concur", "Albert"), reply
    assert not starts_with(reply, "curie", "object", "Albert"), reply


def test_misattributed_quotes_are_gone():
    material = " ".join(line for v in VOICES.values() for line in v.material)
    for quote in ("Strong minds discuss ideas", "most responsive to change", "kindling of a"):
        assert quote not in material


def test_a_long_reply_ends_at_a_sentence_end_within_the_limit():
    text = (
        "Hark, Maya, here is my answer. The Globe was built from the timbers of the Theatre; "
        "we carried them over the river one winter night, and the landlord went to law about "
        "it for years afterwards, to no purpose at all."
    )
    fitted = _fit(text, 120)
    assert len(fitted) <= 120 and fitted.endswith(".") and "…" not in fitted, fitted


def test_the_dev10_set_is_fresh():
    texts = [m["text"] for m in DEV10["messages"]]
    for other in ("sample_messages.json", "dev9_fields.json", "dev8_messages.json"):
        known = (Path(__file__).parent / other).read_text(encoding="utf-8")
        assert not [t for t in texts if t in known]


@pytest.mark.parametrize("seed", SEEDS)
def test_a_persona_asks_another_about_one_thing_and_is_answered_on_it(seed):
    # The walk and the talk are how Marie puts it; the falling lift is what she asks about.
    text = "@einstein Albert, do you recall our walk when you talked of a man in a falling lift?"
    reply = say("einstein", text, author="Marie Curie", seed=seed)
    assert "lift" in reply and "Gödel" not in reply, reply
    # Kings who talk of honour: the question is about honour, not the King's Men.
    text = (
        "@shakespeare Poet, your kings talk a great deal about honour; do you know what honour is?"
    )
    reply = say("shakespeare", text, author="Socrates", seed=seed)
    assert "King's Men" not in reply, reply


@pytest.mark.parametrize("seed", SEEDS)
def test_a_word_said_twice_is_what_a_persona_is_asked(seed):
    text = "@shakespeare Poet, when your heroes praise mercy, do you know what mercy is?"
    reply = say("shakespeare", text, author="Socrates", seed=seed)
    assert "King's Men" not in reply and "Chamberlain" not in reply, reply
