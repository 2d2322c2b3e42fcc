from __future__ import annotations

import json
from pathlib import Path

import pytest

from bots.engine import Voice, house_intent, offline_reply, topic_of

SPECS = {p["slug"]: p for p in json.loads(Path("bots/personas.json").read_text())}


def voice(slug: str) -> Voice:
    spec = SPECS[slug]
    return Voice(
        slug=slug,
        name=spec["name"],
        max_reply_chars=spec["max_reply_chars"],
        is_house_bot=spec.get("is_house_bot", False),
        style=spec["style"],
    )


PEOPLE = ["einstein", "shakespeare", "curie", "lovelace", "socrates", "darwin"]


def test_each_persona_answers_in_its_own_voice():
    replies = {
        slug: offline_reply(voice(slug), message="Tell me about black holes", seed=4)
        for slug in PEOPLE
    }
    assert len(set(replies.values())) == len(PEOPLE)
    for slug, reply in replies.items():
        assert "black holes" in reply, (slug, reply)
        assert len(reply) <= SPECS[slug]["max_reply_chars"]
        assert reply[0].isupper()


def test_replies_are_reproducible():
    for slug in PEOPLE:
        first = offline_reply(voice(slug), message="What about music?", theme="jazz", seed=11)
        assert (
            offline_reply(voice(slug), message="What about music?", theme="jazz", seed=11) == first
        )


def test_never_the_same_reply_twice_in_a_row():
    for slug in PEOPLE:
        first = offline_reply(voice(slug), message="hello there", seed=5)
        second = offline_reply(voice(slug), message="hello there", seed=5, avoid=first)
        assert second != first


def test_replies_follow_the_rooms_theme():
    themed = [
        offline_reply(
            voice(slug), message="Good evening, everyone!", theme="space exploration", seed=s
        )
        for slug in PEOPLE
        for s in range(5)
    ]
    # With nothing to talk about in the message, the theme is the subject.
    assert all("space exploration" in reply.lower() for reply in themed), themed
    leaning = [
        offline_reply(voice(slug), message="I baked bread", theme="space exploration", seed=s)
        for slug in PEOPLE
        for s in range(10)
    ]
    mentioning_theme = sum("space exploration" in reply.lower() for reply in leaning)
    assert 0.4 * len(leaning) < mentioning_theme < len(leaning)


@pytest.mark.parametrize(
    ("message", "theme", "topic"),
    [
        ("What do you think about black holes?", "", ("black holes", False)),
        ("I love gravity", "", ("gravity", False)),
        ("hi!", "space exploration", ("space exploration", True)),
        ("Tell me about the Apollo moon landing", "", ("Apollo moon landing", False)),
    ],
)
def test_topic_of(message, theme, topic):
    assert topic_of(message, theme, ["gravity"]) == topic


@pytest.mark.parametrize(
    ("question", "intent", "needle"),
    [
        ("What is Python?", "python", "Python"),
        ("how does async work", "async", "event loop"),
        ("explain websockets please", "websocket", "WebSocket"),
        ("what is event-driven design", "event-driven", "event"),
        ("which database should I use", "database", "database"),
        ("tell me a joke", "default", "/AIBot"),
    ],
)
def test_house_bot_detects_intent(question, intent, needle):
    assert house_intent(question) == intent
    for seed in range(4):
        reply = offline_reply(voice("aibot"), message=question, seed=seed)
        assert needle.lower() in reply.lower()
        assert len(reply) <= SPECS["aibot"]["max_reply_chars"]


def test_long_replies_are_cut_at_a_word():
    short = Voice(slug="s", name="Short", max_reply_chars=40, style=SPECS["darwin"]["style"])
    reply = offline_reply(short, message="evolution of the species", seed=3)
    assert len(reply) <= 40 and reply.endswith("…")
