"""Session 30 (lead, round 5): a question put only to agree ("isn't that lovely news", "wasn't it
a brilliant night") denies nothing: good news read as good, never "a sorry scene"; "that isn't
great" and "wasn't that good" still deny. Someone else's first ("jo got her first caravan") is
good news."""

from __future__ import annotations

import pytest

from bots.valence import mood
from tests.bots.test_everyday_messages import say


@pytest.mark.parametrize(
    "text",
    [
        "isnt that lovely news, jo got her first caravan",
        "jo got her first caravan, isnt that lovely news",
        "wasnt that a brilliant night",
        "oh isn't it wonderful, my sister is engaged",
    ],
)
def test_a_question_put_to_agree_denies_nothing(text):
    assert mood(text) in ("good", "neutral")


@pytest.mark.parametrize(
    "text",
    ["that isnt great news tbh", "the cake wasnt that good", "isnt it awful about the floods"],
)
def test_a_denial_still_denies(text):
    assert mood(text) in ("grave", "rueful")


@pytest.mark.parametrize(
    "slug, text",
    [
        ("shakespeare", "@shakespeare isnt that lovely news, jo got her first caravan"),
        ("curie", "@curie my son got his first job!"),
    ],
)
def test_someone_elses_first_is_good_news(slug, text):
    reply = say(slug, text)
    assert "sorry" not in reply.lower() and "alas" not in reply.lower(), reply
    assert mood(text) == "good"
