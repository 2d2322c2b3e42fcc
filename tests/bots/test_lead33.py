"""Session 30 (lead): a goodbye that asks for luck, or names what lies just ahead ("dress fitting
at 2, bye all, wish me luck"), is seen off with luck wished, not a plain goodbye; "off to my
driving test" is an ordeal ahead as "driving test tomorrow" is; what is over is not."""

from __future__ import annotations

import re

import pytest

from tests.bots.test_everyday_messages import say


@pytest.mark.parametrize(
    "slug, text",
    [
        ("curie", "ok dress fitting at 2, bye all, bye @curie, wish me luck"),
        ("einstein", "right off to my driving test, bye @einstein"),
        ("socrates", "bye @socrates, fingers crossed for tomorrow"),
        ("darwin", "night all, big interview in the morning so bed for me @darwin"),
        ("shakespeare", "gotta go @shakespeare, audition in an hour, send good vibes"),
    ],
)
def test_a_goodbye_before_an_ordeal_wishes_luck(slug, text):
    reply = say(slug, text)
    first, rest = re.split(r"(?<=[.!]) ", reply, maxsplit=1)
    assert "Maya" in first and "luck" not in first.lower()
    assert any(word in rest for word in ("luck", "Bonne chance", "Break a leg")), reply


@pytest.mark.parametrize(
    "slug, text",
    [
        ("curie", "heading to the interview now @curie, eek"),
        ("darwin", "@darwin off to my exam, wish i'd revised"),
    ],
)
def test_off_to_an_ordeal_is_wished_luck(slug, text):
    reply = say(slug, text)
    assert any(word in reply for word in ("luck", "Bonne chance", "Break a leg")), reply


@pytest.mark.parametrize(
    "slug, text",
    [
        ("darwin", "night all @darwin, was a good day"),
        ("einstein", "bye all @einstein, the exam went fine in the end"),
        ("curie", "off to bed @curie, the interview was over by ten"),
    ],
)
def test_a_goodbye_after_it_is_over_wishes_no_luck(slug, text):
    reply = say(slug, text)
    assert "luck" not in reply.lower() and "chance" not in reply.lower(), reply
