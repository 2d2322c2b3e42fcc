"""Readings a blind rating of a fresh set found wrong (round thirteen): a newcomer's name given
as "name's tomasz" or "hi! im wen,", a manual gone missing read as a person gone missing, an
inspection passed first try read as a setback, and any "it" taken to point back at the last
question of the persona's field."""

import pytest

from bots.engine import introduced_as
from bots.valence import mood
from tests.bots.talk import Line
from tests.bots.test_conversation import OWNED_UP
from tests.bots.test_everyday_messages import CAST, say, starts_with
from tests.bots.test_lexicon13 import methods_of


@pytest.mark.parametrize(
    ("said", "name"),
    [
        ("hello! first post. name's tomasz, i tune pianos in krakow, mostly lurking", "Tomasz"),
        ("hey all, new to the group, im luis. i crew on a balloon out of albuquerque", "Luis"),
        ("hi! im wen, tuning apprentice, second week. my wrists hurt and i love it", "Wen"),
        ("hi im tired, long day", ""),
        ("hey im back, missed you all", ""),
        ("morning, im exhausted.", ""),
        ("hi im starving, anyone else", ""),
    ],
)
def test_a_name_given_in_chat_spelling_is_read(said, name):
    assert introduced_as(said) == name


def test_a_newcomer_who_gives_a_name_is_welcomed_by_it():
    said = "@shakespeare hi! im wen, tuning apprentice, second week. my wrists hurt and i love it"
    assert "Wen" in say("shakespeare", said, others=CAST)


@pytest.mark.parametrize(
    ("said", "felt"),
    [
        ("how often should i change the oil on a motorbike, the manual went missing", "neutral"),
        ("our cat went missing three days ago", "grave"),
        ("my dad has gone missing, police are looking", "grave"),
        ("burner passed its annual inspection first try!!", "good"),
        ("he passed his driving test first try", "good"),
        ("my dog passed away last night", "grave"),
    ],
)
def test_a_thing_gone_missing_or_an_inspection_passed_is_no_grief(said, felt):
    assert mood(said) == felt


def test_an_it_in_a_new_question_does_not_carry_the_last_field_question_over():
    """After a question on lichen, "is vinyl better or is it just nostalgia" is a new question
    outside Darwin's field: owned up to, not his #method."""
    before = (Line("mira", "@darwin why does lichen grow on the north side of rocks?"),)
    said = "@darwin is vinyl actually better or is it just nostalgia"
    reply = say("darwin", said, author="mira", history=before, others=CAST)
    assert reply not in methods_of("darwin")
    assert starts_with(reply, "darwin", "outside") or OWNED_UP.search(reply), reply
