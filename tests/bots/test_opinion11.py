"""Opinions asked of personas in chat (issue 14, round eleven), read from the fresh messages of
tests/bots/dev11_opinions.json as a person would read the replies: a quick either/or with a
tag ("trains or buses. go") gets a pick, never "tell me more"; a hot take ("crosswords.
thoughts?", "unpopular opinion: ...", "overrated?") gets the persona's view with its reason,
never owning up to ignorance; the claim's subject decides the take ("too late to take up
singing" is about music, not nights; "the cinema alone" is not about living alone); a verdict
asked as two words of judgement ("cheating or genius?") is given in one of them, the one the
persona's take on the subject sides with; and a subject it has no take on gets its view of
matters of taste, never a bare verdict."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bots.engine import _takes, index_of
from bots.material import terms
from tests.bots.talk import conversation
from tests.bots.test_everyday_messages import (
    CAST,
    PEOPLE,
    VOICES,
    say,
    starts_with,
    tagged,
)
from tests.bots.test_opinions import takes_in

DEV11 = json.loads((Path(__file__).parent / "dev11_opinions.json").read_text(encoding="utf-8"))
SEEDS = [1, 2, 5]


def take_on(slug: str, word: str):
    """The persona's take whose subject words hold `word`."""
    stem = terms(word)[0]
    found = [t for t in _takes(index_of(VOICES[slug].material).tagged["take"]) if stem in t.about]
    return found[0]


def about(slug: str, reply: str) -> set[str]:
    """The subject words of the takes the reply says."""
    return {t for take in takes_in(slug, reply) for t in take.about}


def test_the_dev11_set_is_fresh_and_large():
    texts = [m["text"] for m in DEV11["messages"]]
    assert len(texts) >= 60
    assert len(set(texts)) == len(texts)
    for other in Path(__file__).parent.glob("*.json"):
        if other.name == "dev11_opinions.json":
            continue
        known = other.read_text(encoding="utf-8")
        assert not [t for t in texts if t in known], other.name


@pytest.mark.parametrize("slug", PEOPLE)
def test_every_dev11_opinion_gets_a_view_not_an_owning_up_or_a_question_back(slug):
    bare = tagged(slug, "yes", name="Kit") | tagged(slug, "no", name="Kit")
    for entry, _said, reply in conversation(
        VOICES[slug], CAST, theme="Science books", seed=1, samples=DEV11
    ):
        assert not starts_with(reply, slug, "outside", name="Kit"), (entry["text"], reply)
        assert not starts_with(reply, slug, "more", name="Kit"), (entry["text"], reply)
        assert not starts_with(reply, slug, "askback", name="Kit"), (entry["text"], reply)
        # A verdict says why: never "Yes, Kit." or a #yes line and nothing after it.
        assert reply not in bare and not re.fullmatch(r"\w+, Kit\.", reply), (entry["text"], reply)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("slug", PEOPLE)
def test_a_quick_either_or_with_a_tag_gets_a_pick(slug, seed):
    for text, options in (
        ("trains or buses. go", ("trains", "buses")),
        ("crisps or chocolate, go", ("crisps", "chocolate")),
        ("cats or dogs. quick", ("cats", "dogs")),
    ):
        reply = say(slug, text, seed=seed)
        assert re.search(rf"\bI would say ({'|'.join(options)})\.", reply, re.I), (text, reply)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("slug", PEOPLE)
def test_a_hot_take_gets_the_personas_take_on_its_subject(slug, seed):
    for text, word in (
        ("crosswords. thoughts?", "crosswords"),
        ("hot take: christmas jumpers are the best part of winter", "christmas"),
        ("unpopular opinion: horoscopes are harmless", "horoscopes"),
        ("netflix overrated?", "netflix"),
        ("is a scooter worth it for commuting", "scooters"),
        ("piercings yay or nay", "piercings"),
        # Small courtesies to strangers: manners, not a matter of taste.
        ("is it ok to recline ur seat on a long train ride", "recline"),
        ("tipping hairdressers, thoughts?", "tipping"),
        # Hardship chosen out of doors: not the weather, though "cold" or "rain" is said.
        ("camping in the rain, yay or nay", "camping"),
        ("cold showers every morning, worth it?", "camping"),
    ):
        reply = say(slug, text, seed=seed)
        assert take_on(slug, word).text in reply, (text, reply)


@pytest.mark.parametrize("slug", PEOPLE)
def test_the_subject_decides_the_take_not_a_stray_word(slug):
    for text, stray in (
        # "late" is no night, "by hand" no note-taking, "alone" no flatmate, a hot dog no pet.
        ("is it too late to take up singing at 50", "night"),
        ("washing up by hand or a dishwasher?", "handwritten"),
        ("is it sad to eat at a restaurant alone", "flatmates"),
        ("is a hot dog a sandwich or not", "pets"),
        ("self checkout machines, love em or hate em", "creativity"),
    ):
        reply = say(slug, text, seed=1)
        assert terms(stray)[0] not in about(slug, reply), (text, reply)
    reply = say(slug, "is it too late to take up singing at 50", seed=1)
    assert take_on(slug, "piano").text in reply, reply


@pytest.mark.parametrize("slug", PEOPLE)
def test_two_words_of_judgement_are_answered_with_the_one_the_take_sides_with(slug):
    take = take_on(slug, "e-bikes")
    reply = say(slug, "electric scooters: cheating or genius?", seed=1)
    pick = "genius" if take.side == "for" else "cheating"
    assert f"I would say {pick}." in reply and take.text in reply, reply
    take = take_on(slug, "astrology")
    reply = say(slug, "is tarot total nonsense or harmless fun", seed=2)
    pick = "harmless fun" if take.side == "for" else "total nonsense"
    assert f"I would say {pick}." in reply and take.text in reply, reply


@pytest.mark.parametrize("slug", PEOPLE)
def test_a_belief_asked_is_doubted_with_the_personas_reason(slug):
    reply = say(slug, "do u believe in psychics", seed=3)
    assert starts_with(reply, slug, "no"), reply
    assert take_on(slug, "ghosts").text in reply, reply


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("slug", PEOPLE)
def test_a_subject_with_no_take_gets_its_view_of_matters_of_taste(slug, seed):
    taste = take_on(slug, "taste").text
    for text in (
        "collecting stamps, thoughts?",
        "is it weird to name ur houseplants",
        "hot sauce on eggs yay or nay",
    ):
        reply = say(slug, text, seed=seed)
        assert taste in reply, (text, reply)


@pytest.mark.parametrize("slug", PEOPLE)
def test_a_pair_its_take_speaks_to_both_of_is_picked_with_that_take(slug):
    reply = say(slug, "board games or video games", seed=1)
    assert re.search(r"I would say (board|video) games\.", reply), reply
    assert take_on(slug, "chess").text in reply, reply
