"""Round fifteen (room15): newcomers welcomed by the name they give and told, when they ask how
the room works, to just talk; personas answering personas on the point; words just given
amended when asked ("make it rhyme", "add something about the cat"). Found by the blind
rating: "hi all, name's Kwame, first time in here... do i just... talk?" got an owning-up and a
hand-over, and was called by the account's name instead of Kwame."""

from __future__ import annotations

import pytest

from bots.engine import SENTENCE_END, introduced_as
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import PEOPLE, VOICES, say, tagged

VOICES_NAME = {slug: v.name for slug, v in VOICES.items()}


def welcomes(slug: str, name: str) -> set[str]:
    """The first sentences of the persona's welcomes, which greet a newcomer who asked."""
    return {SENTENCE_END.split(line, maxsplit=1)[0] for line in tagged(slug, "welcome", name)}


@pytest.mark.parametrize(
    ("message", "name"),
    [
        ("hi all, name's Kwame, first time in here... do i just... talk?", "Kwame"),
        ("hey everyone, names Tariq, first time on here", "Tariq"),
        ("hello?? is this thing on. im ayo btw, first time", "Ayo"),
        ("ravi here, never done this before lol am i doing this right", "Ravi"),
        ("hi, call me Oskar. is this where the famous people chat?", "Oskar"),
        ("im zoe, do i just type?", "Zoe"),
        ("im nervous, first time here", ""),
    ],
)
def test_the_name_a_newcomer_gives_is_read_however_put(message, name):
    assert introduced_as(message) == name


@pytest.mark.parametrize("slug", PEOPLE)
@pytest.mark.parametrize(
    ("message", "name"),
    [
        ("hi all, name's Kwame, first time in here... do i just... talk?", "Kwame"),
        ("ravi here, never done this before lol am i doing this right", "Ravi"),
        ("yo, im kenji, new to all this. am i doing it right?", "Kenji"),
        ("hey, Priyanka here. do i need to @ someone or just talk", "Priyanka"),
    ],
)
def test_a_newcomer_asking_how_the_room_works_is_welcomed_by_name_and_told_to_talk(
    slug, message, name
):
    reply = say(slug, f"@{slug} {message}", author="nell_t")
    assert any(reply.startswith(w) for w in welcomes(slug, name)), reply
    assert "Nell" not in reply
    assert any(reply.endswith(line) for line in tagged(slug, "start", name=name)), reply


@pytest.mark.parametrize("slug", PEOPLE)
def test_a_newcomer_is_welcomed_not_followed_up_after_the_personas_last_answer(slug):
    history = (
        Line("maya", f"@{slug} what is the best thing you ever made"),
        Line("x", say(slug, f"@{slug} what is the best thing you ever made"), own=True),
    )
    history = (history[0], Line(VOICES_NAME[slug], history[1].text, own=True))
    reply = say(slug, f"@{slug} hi im bea, new here. how does this work exactly", history=history)
    assert any(reply.startswith(w) for w in welcomes(slug, "Bea")), reply
    assert any(line in reply for line in tagged(slug, "start", name="Bea")), reply
