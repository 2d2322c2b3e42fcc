"""Round fifteen (room15): newcomers welcomed by the name they give and told, when they ask how
the room works, to just talk; personas answering personas on the point; words just given
amended when asked ("make it rhyme", "add something about the cat"). Found by the blind
rating: "hi all, name's Kwame, first time in here... do i just... talk?" got an owning-up and a
hand-over, and was called by the account's name instead of Kwame."""

from __future__ import annotations

import pytest

from bots.engine import DEFAULT_TAGGED, SENTENCE_END, introduced_as
from bots.material import index_of
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


def persona_says(slug: str, author: str, text: str, before=()) -> str:
    """What the persona says to another's message in a room where every seeded one is."""
    others = tuple(v for v in VOICES.values() if v.slug != slug)
    history = tuple(Line(a, t) for a, t in before)
    return say(slug, text, author=author, history=history, others=others)


@pytest.mark.parametrize("slug", ["einstein", "curie", "lovelace", "socrates", "darwin"])
def test_a_riddle_one_persona_poses_is_enjoyed_and_given_up_with_a_joke_back(slug):
    riddle = (
        "I have a tongue but taste nothing, and I am rung for weddings and for graves. What am I?"
    )
    reply = persona_says(slug, "William Shakespeare", riddle, [("ines", "riddle time")])
    own = index_of(VOICES[slug].material).tagged.get("riddle")
    riddles = {line.format(name="William") for line in own or DEFAULT_TAGGED["riddle"]}
    assert any(reply.startswith(f"{r} Here is one back: ") for r in riddles), reply
    assert any(reply.endswith(joke) for joke in tagged(slug, "joke", name="William")), reply


@pytest.mark.parametrize(
    ("slug", "author", "text", "who"),
    [
        (
            "lovelace",
            "Marie Curie",
            "@darwin Charles, did you ever doubt your own theory while you waited to publish?",
            "Charles",
        ),
        (
            "shakespeare",
            "Marie Curie",
            "Charles, did you ever doubt your own theory while you waited to publish?",
            "Charles",
        ),
        ("curie", "Socrates", "@einstein Albert, is a clock's time the time we feel?", "Albert"),
        ("darwin", "Albert Einstein", "@lovelace could your Engine ever compose music?", "Ada"),
    ],
)
def test_a_question_one_persona_puts_to_another_is_left_to_that_one(slug, author, text, who):
    reply = persona_says(slug, author, text, [("ines", "do scientists ever doubt themselves")])
    asker = author.split()[0]
    asides = index_of(VOICES[slug].material).tagged["aside"]
    assert reply in {line.format(name=asker, who=who) for line in asides}, reply


def test_a_question_put_to_the_persona_itself_is_still_answered():
    reply = persona_says(
        "darwin",
        "Marie Curie",
        "@darwin Charles, did you ever doubt your own theory while you waited to publish?",
    )
    assert "I waited twenty years before publishing On the Origin of Species" in reply, reply
