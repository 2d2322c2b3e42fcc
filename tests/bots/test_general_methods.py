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

from tests.bots.test_everyday_messages import PEOPLE, say, tagged

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
    for text in dev("bad"):
        assert say(slug, text, seed=seed) in sympathy, text
    for text in dev("annoyance"):
        # A small annoyance: a light word, never condolences nor congratulations.
        assert say(slug, text, seed=seed) in wry, text
    for text in dev("good"):
        reply = say(slug, text, seed=seed)
        assert any(reply.startswith(c) for c in congrats), (text, reply)
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
    for text in [*dev("chat"), "haha fair enough", "just killing time before my bus"]:
        reply = say(slug, text, seed=seed)
        assert reply in light, (text, reply)
        assert "?" not in reply, (text, reply)
    assert say(slug, "lol true", seed=seed) in tagged(slug, "laugh")
    waiting = say(slug, "Just waiting for my train, thought I'd say something.", seed=seed)
    assert re.search(r"\bwait", waiting, re.IGNORECASE), waiting
    quiet = say(slug, "It's so quiet in here tonight", seed=seed)
    assert re.search(r"\b(quiet|evening)\b", quiet, re.IGNORECASE), quiet
