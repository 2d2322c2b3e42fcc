"""The offline engine's general methods (issue 14, round three), tested on the fresh messages of
tests/bots/dev_messages.json across seeds, by what a person would read: the warmth of a
reaction follows the valence of what was told; small talk gets a light word back, never an
interview question; a question about the persona's own life is answered from it; an either/or
question is answered by choosing, with a reason; a persona answering a persona takes up its
point by name; the house bot says plainly what it does not know about Salon."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bots.engine import either_or
from bots.material import terms
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import PEOPLE, say, starts_with, tagged, takes

DEV = json.loads((Path(__file__).parent / "dev_messages.json").read_text(encoding="utf-8"))
SEEDS = [1, 2, 5]


def dev(kind: str) -> list[str]:
    return [m["text"] for m in DEV["messages"] if m["kind"] == kind]


def test_the_dev_set_is_large_and_fresh():
    texts = [m["text"] for m in DEV["messages"]]
    assert len(texts) >= 80 and len(set(texts)) == len(texts)
    sample = (Path(__file__).parent / "sample_messages.json").read_text(encoding="utf-8")
    assert not [t for t in texts if t in sample]


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("slug", PEOPLE)
def test_warmth_follows_what_was_told(slug, seed):
    sympathy, wry, congrats = (tagged(slug, k, "Maya") for k in ("sympathy", "wry", "congrats"))
    sympathy |= tagged(slug, "condolence", "Maya")  # the gravest news: the gravest words
    sympathy |= tagged(slug, "concern", "Maya")  # a worry still unfolding: concern
    for text in dev("bad"):
        assert say(slug, text, seed=seed) in sympathy, text
    for text in dev("annoyance"):
        reply = say(slug, text, seed=seed)
        if "wifi" in text:
            # (own42: wifi that keeps dropping gets the common remedy from anyone)
            assert "restart the router" in reply, text
            continue
        # A small annoyance: a light word, never condolences nor congratulations.
        assert reply in wry, text
    for text in dev("good"):
        reply = say(slug, text, seed=seed)
        # A sister's engagement is joy shared, not the speaker's achievement (round ten).
        joy = tagged(slug, "glad", "Maya") if text.startswith("My sister") else congrats
        assert any(reply.startswith(c) for c in joy), (text, reply)
    for text in (
        "I got the flu and have to stay in bed all week",
        "My cat has been missing since Tuesday",
    ):
        assert say(slug, text, seed=seed) in sympathy, text
    assert say(slug, "I burnt the toast again", seed=seed) in wry


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("slug", PEOPLE)
def test_small_talk_gets_a_light_word_back_not_an_interview(slug, seed):
    light = tagged(slug, "laugh") | tagged(slug, "chat") | tagged(slug, "wry")
    chat = [t for t in dev("chat") if t != "hmm interesting"]
    for text in [*chat, "haha fair enough", "just killing time before my bus"]:
        reply = say(slug, text, seed=seed)
        assert reply in light, (text, reply)
        assert "?" not in reply, (text, reply)
    # A bare "hmm interesting" has no situation to take up: a reaction and a question back, never
    # "Then stay a while" (its "then" has nothing before it) nor a bare "Interesting, Maya."
    reply = say(slug, "hmm interesting", seed=seed)
    assert reply not in light | tagged(slug, "remark") and "?" in reply, reply
    assert say(slug, "lol true", seed=seed) in tagged(slug, "laugh")
    waiting = say(slug, "Just waiting for my train, thought I'd say something.", seed=seed)
    assert re.search(r"\bwait", waiting, re.IGNORECASE), waiting
    quiet = say(slug, "It's so quiet in here tonight", seed=seed)
    assert re.search(r"\b(quiet|evening)\b", quiet, re.IGNORECASE), quiet


NOT_MY_FIELD = re.compile(r"\b(field|not my|outside|beyond me|ignoran|no data|never studied)", re.I)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("slug", PEOPLE)
def test_a_question_about_its_own_life_is_never_disowned(slug, seed):
    questions = [*dev("self"), "Do you have any regrets?", "Who was your best friend?"]
    for text in questions:
        reply = say(slug, text, seed=seed)
        assert not NOT_MY_FIELD.search(reply), (text, reply)
        assert "@" not in reply, (text, reply)  # about itself: nobody else's to answer
    # Its life has the answer, in related words: a regret is a thing regretted.
    regrets = {"einstein": "Roosevelt", "darwin": "Mathematics", "socrates": ""}
    if regrets.get(slug):
        assert regrets[slug] in say(slug, "Do you have any regrets?", seed=seed)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("slug", PEOPLE)
def test_either_or_is_answered_by_choosing_one_with_a_reason(slug, seed):
    for text in [*dev("choice"), "Which is scarier, black holes or the deep ocean?"]:
        reply = say(slug, text, seed=seed)
        choice = re.search(r"I would say ([\w' -]+)\. (.+)", reply)
        assert choice, (text, reply)
        # One of the two options, whole, as the asker put it: no fragment of the question.
        assert choice.group(1).lower() in {o.lower() for o in either_or(text)}, (text, reply)
        assert len(choice.group(2).split()) >= 5, (text, reply)  # a reason, not a bare verdict
        assert not re.search(r"\b(yes|no)\b", reply.split("I would say")[0], re.I), reply


def test_either_or_reads_the_two_options():
    assert either_or("Is a discovery made or found?") == ("made", "found")
    assert either_or("Which is scarier, black holes or the deep ocean?") == (
        "black holes",
        "the deep ocean",
    )
    assert either_or("Books or films, what tells a story better?") == ("Books", "films")
    assert either_or("Would you rather live in the past or the future?") == (
        "the past",
        "the future",
    )
    assert either_or("Should I stay or should I go?") is None
    assert either_or("Is it true or not?") is None


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("slug", PEOPLE)
def test_a_persona_answering_a_persona_takes_up_its_point_by_name(slug, seed):
    for entry in (m for m in DEV["messages"] if m["kind"] == "persona"):
        if entry["author"].split()[0].lower() == slug or slug in entry["author"].lower():
            continue
        history = [Line(b["author"], b["text"]) for b in entry["before"]]
        reply = say(slug, entry["text"], author=entry["author"], seed=seed, history=history)
        first = entry["author"].split()[0]
        assert first in reply, (entry["text"], reply)
        if "?" not in entry["text"]:
            # A line of the persona's that shares two of its words, its take on the point, or one
            # short question back; never its point said back to it (round eleven).
            point = set(terms(entry["text"]))
            assert (
                len(point & set(terms(reply))) >= 2
                or any(reply.endswith(t) for t in takes(slug))
                or starts_with(reply, slug, "askback", name=first)
            ), (entry["text"], reply)
            assert entry["text"].split(";")[0].rstrip(".") not in reply, reply
    said = "Species that adapt survive; it is not the strongest that lasts."
    reply = say(slug, said, author="Charles Darwin", seed=seed) if slug != "darwin" else ""
    assert "passenger on a train" not in reply


def test_the_house_bot_answers_about_salon_and_says_plainly_what_it_does_not_know():
    from bots.house import HOUSE_SALON_UNKNOWN, house_intent, house_reply

    # Salon has all of these (or, for muting a room, says it has not): its FAQ answers.
    answered = ["salon-password", "salon-video", "salon-dark-mode", "salon-leave", "salon-block"]
    assert [house_intent(text) for text in dev("house")[:-1]] == answered
    assert house_intent("how do I mute this room?") == "salon-mute-room"
    # What other chat apps have and Salon lacks is said plainly, with what it has instead
    # (session 24); a question nobody wrote an answer for is still owned up to.
    assert house_intent("can I change the font size in this room?") == "salon-font-size"
    assert house_intent("how do I schedule a message?") == "salon-schedule"
    answers = {house_reply("can I change the ringtone in this room?", seed=seed) for seed in SEEDS}
    assert answers <= set(HOUSE_SALON_UNKNOWN), answers
    assert "don't know" in house_reply("what's the population of Mongolia?", seed=1)


@pytest.mark.parametrize("slug", PEOPLE)
def test_everyday_courtesies_in_fresh_words_are_recognised(slug):
    for text in ("Much appreciated, really.", "I appreciate that a lot"):
        assert say(slug, text) in tagged(slug, "thanks"), text
    for text in ("Right, I'm heading to bed. Night!", "Going home now"):
        assert say(slug, text) in tagged(slug, "bye"), text
    for text in ("How lovely to see you all", "Nice to see you again", "Hey, long time no see!"):
        assert any(say(slug, text).startswith(h) for h in tagged(slug, "hello")), text
    # An exclamation is no question to own up to.
    assert not NOT_MY_FIELD.search(say(slug, "What a night!"))


def test_the_house_bot_leaves_either_or_to_the_personas():
    from bots.engine import house_reply

    for text in dev("choice"):
        assert "personas" in house_reply(text, seed=1, name="tove"), text
