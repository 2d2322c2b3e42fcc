"""News told to a persona by name, and questions about another person (bots/told44.py)."""

import json
from pathlib import Path

import pytest

from bots import told44
from tests.bots.test_everyday_messages import say

LIMITS = {
    (d := json.loads(path.read_text()))["slug"]: d["max_reply_chars"]
    for path in Path("bots/personas").glob("*.json")
}


@pytest.mark.parametrize(
    ("slug", "text", "start"),
    [
        # a question about another person is answered of that person, never of itself
        ("curie", "curie how did ada lovelace die", "Of cancer, Maya, in 1852"),
        ("einstein", "@einstein what was darwin like", "I never met him, Maya: he died in 1882"),
        ("einstein", "einstein what was marie curie like as a friend", "Marie Curie was a friend"),
        ("einstein", "@einstein was curie your friend", "Marie Curie was a friend"),
        ("curie", "curie what was einstein like", "A clear and original mind, Maya"),
        ("lovelace", "lovelace who was charles babbage", "Charles Babbage, Maya: the math"),
        ("lovelace", "@lovelace how did babbage die", "He outlived me, Maya: I died in 1852"),
        ("lovelace", "@lovelace what was your father like", "I never knew him, Maya: Lord Byron"),
        ("socrates", "socrates what did plato write", "Dialogues, Maya, nearly all after"),
        ("aibot", "aibot how did marie curie die", "Marie Curie died in 1934, aged 66"),
        ("einstein", "einstein what do you think of stephen hawking", "There you ask past my"),
        ("shakespeare", "@shakespeare what do you think of elon musk", "Elon Musk? That name"),
        # news told by name, met with its own word on it
        ("darwin", "darwin my pigeons keep multiplying on the balcony", "Pigeons! I bred them"),
        ("curie", "@curie my grandma is having radiation therapy", "I hope it goes gently"),
        ("lovelace", "@lovelace my code finally compiled lol", "Bravo, Maya! The first run"),
        ("socrates", "socrates my flatmate keeps eating my food", "A question of justice"),
        ("einstein", "@einstein my son failed his maths exam, hes gutted", "Tell them not to"),
        ("darwin", "@darwin im going to the galapagos next year!", "The Galápagos! I envy"),
        ("shakespeare", "shakespeare i'm in a play next week, lead role", "Now that is news!"),
        ("darwin", "@darwin my tomatoes got eaten by slugs overnight", "The slugs had a feast"),
        ("darwin", "darwin i'm seasick just looking at boats lol", "Then we are companions"),
        ("einstein", "@einstein i got a C in my physics exam, kinda gutted", "One grade is one"),
        ("einstein", "@einstein im a refugee, just got my residency papers", "I was a refugee"),
        ("curie", "@curie i'm starting my phd in chemistry in september", "Then you have years"),
        ("shakespeare", "shakespeare my crush finally texted me back", "Then for once the course"),
        ("lovelace", "@lovelace my daughter wants to learn to code", "Then let her, Maya"),
        ("lovelace", "lovelace i'm learning python", "Splendid, Maya! You are learning"),
        ("socrates", "@socrates my friend says there's no such thing as right and wrong", "Does"),
    ],
)
def test_told_and_asked_of_another(slug, text, start):
    assert say(slug, text).startswith(start)


@pytest.mark.parametrize(
    ("slug", "text", "not_said"),
    [
        # its own death is not said for another's
        ("curie", "curie how did ada lovelace die", "my bone marrow"),
        # "your wife" is its own, not someone born after it ("after the hemlock")
        ("socrates", "socrates who was your wife", "hemlock"),
        # a death told is never met with a line on the thing
        ("curie", "curie my grandma died of cancer last week", "gently"),
        ("darwin", "darwin my pigeon died", "bred them"),
        # news of the thing, not of someone having treatment
        ("curie", "curie radiation is scary tbh", "gently"),
    ],
)
def test_not_said(slug, text, not_said):
    assert not_said not in say(slug, text)


def test_only_when_put_to_it():
    assert told44.told("darwin", "my pigeons keep multiplying on the balcony") == ""
    assert told44.told("curie", "darwin my pigeons keep multiplying") == ""
    assert told44.told("darwin", "darwin, are pigeons clever?") == ""  # a question, not news
    assert told44.told("darwin", "so @darwin my pigeons keep multiplying").startswith("Pigeons!")


def test_its_own_life_left_to_the_engine():
    # itself by another name, or one of its own time it has no line on: the engine's answer
    assert told44.told("lovelace", "lovelace who was ada") == ""
    assert told44.told("darwin", "darwin who was your wife") == ""
    assert told44.told("einstein", "einstein what was your father like") == ""
    # what it thought of Mr Babbage is its own #know line; who he was, here
    assert told44.told("lovelace", "lovelace what was babbage like") == ""


def test_every_line_fits():
    lines = [(t.slug, t.line) for t in told44.TOLD]
    lines += [
        (s, x) for p in told44.PEOPLE for a in (p.like, p.died, p.wrote) for s, x in a.items()
    ]
    lines += [(s, x.replace("{who}", "Stephen Hawking")) for s, x in told44.AFTER.items()]
    for slug, line in lines:
        assert len(line.replace("{name}", "Alexandra")) <= LIMITS[slug], line
        assert "{name}" in line or slug == "aibot", line


@pytest.mark.parametrize(
    "text",
    ["darwin theres snails on my porch", "darwin so many snails on my porch"],
)
def test_a_thing_there_told_by_name_is_answered(text):
    # (it had been read as Darwin named in passing: an empty reply)
    assert say("darwin", text)


def test_named_first_in_a_room_that_read_it_as_in_passing():
    # the room marks the turn unasked when no @mention: opening with its name, it is told to it
    line = told44.told("lovelace", "lovelace my code finally compiled lol", unasked=True)
    assert line.startswith("Bravo, {name}! The first run")
    assert told44.told("lovelace", "my code finally compiled @lovelace", unasked=True) == ""
    assert told44.told("lovelace", "my code finally compiled @lovelace").startswith("Bravo")
    # a remark on it, not news of the teller's own
    assert told44.told("lovelace", "ada lovelace wrote the first program that runs") == ""


def test_no_news_in_a_request_a_question_or_another_personas_line():
    assert told44.told("shakespeare", "@shakespeare write something for a wedding card") == ""
    assert told44.told("darwin", "@darwin we need a toast for grandad, mad about his pigeons") == ""
    fox = "@darwin there's a fox by the roundabout every night. why isn't it scared of cars"
    assert told44.told("darwin", fox) == ""
    einstein = "Marie, I met Mileva at the Zurich Polytechnic, the only woman in our physics class"
    assert told44.told("curie", einstein)  # (a line of its own on it, were a person to say it)
    assert not say("curie", einstein, author="Albert Einstein").startswith("So was I, nearly")
