"""Small talk as people type it (issue 14, round ten), on the fresh messages of
tests/bots/dev10_chat.json, for every seeded persona across seeds: a question about the persona's
day in chat spelling ("wut r u doing rn", "u busy?") gets its day, never "how did that come
about?"; a wry remark or a joke about oneself ("very productive", "my son calls the hoover the
floor monster") is laughed along with; an evening greeting is not met with "Good day"; "night
night" and "sleep well all" take leave; thanks are answered with "you are welcome" in voice, not
with thanks; a regular saying "hey again" is welcomed back, never a new face; and a username is
called by its name part, capitalised ("dev_k" is Dev)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bots.engine import plain, read, wry
from bots.material import terms
from tests.bots.test_chat_reading import only
from tests.bots.test_everyday_messages import PEOPLE, VOICES, say, tagged

HERE = Path(__file__).parent
DEV10 = json.loads((HERE / "dev10_chat.json").read_text(encoding="utf-8"))
SEEDS = [1, 2, 5]
# What a rater marked down: an interview question or a filler to a small-talk question or a joke.
ASKED_BACK = re.compile(
    r"how did (that|it) come about|how fell that out|tell me more|say on|particulars|every detail|"
    r"how curious|is that so|what do you make of it",
    re.IGNORECASE,
)


def dev10(kind: str) -> list[str]:
    return [m["text"] for m in DEV10["messages"] if m["kind"] == kind]


def answer(slug: str, text: str, seed: int) -> str:
    return say(slug, text, author="dev_k", seed=seed)


def test_the_dev10_set_is_fresh():
    texts = [m["text"] for m in DEV10["messages"]]
    assert len(texts) >= 40 and len(set(texts)) == len(texts)
    for other in (
        "sample_messages.json",
        "dev_messages.json",
        "dev8_messages.json",
        "dev9_messages.json",
    ):
        known = (HERE / other).read_text(encoding="utf-8")
        assert not [t for t in texts if f'"{t}"' in known]


def test_chat_spellings_are_read_as_words():
    assert plain("wut r u doing rn") == "what are you doing right now"
    assert plain("what are u gonna do") == "what are you going to do"
    assert plain("hows the day treating ya") == "how's the day treating you"


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("slug", PEOPLE)
def test_a_question_about_the_personas_day_gets_its_day(slug, seed):
    for text in dev10("day"):
        reply = answer(slug, text, seed)
        assert reply in tagged(slug, "day"), (text, reply)
        assert not ASKED_BACK.search(reply), (text, reply)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("slug", PEOPLE)
def test_a_wry_remark_about_oneself_is_laughed_along_with(slug, seed):
    for text in dev10("joke"):
        reply = answer(slug, text, seed)
        assert only(reply, slug, "laugh"), (text, reply)
        assert reply.startswith("Ha"), (text, reply)  # not "Fair enough", not "glad you smiled"
        assert "Dev" in reply and not ASKED_BACK.search(reply), (text, reply)


def test_a_wry_remark_is_told_from_news_and_questions():
    for text in dev10("joke"):
        assert wry(plain(text)), text
    for text in (
        "passed my driving test today, nailed it!",  # good news told plainly
        "my son said his first word today",
        "my son calls it the floor monster, is that normal for a 2 year old?",  # asked
        "my dad died last night lol i dont even know how to feel",  # grave, whatever the laugh
        "the train was late again this morning",
        "we are repainting the kitchen this weekend",
    ):
        assert not wry(plain(text)), text


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("slug", PEOPLE)
def test_an_evening_greeting_is_not_met_with_good_day(slug, seed):
    for text in dev10("evening"):
        reply = answer(slug, text, seed)
        hello = next((h for h in tagged(slug, "hello", name="Dev") if reply.startswith(h)), "")
        assert hello, (text, reply)
        assert not re.search(r"good day|guten tag|morrow|bonjour|morning|new face", hello, re.I)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("slug", PEOPLE)
def test_night_night_takes_leave_and_thanks_get_you_are_welcome(slug, seed):
    for text in dev10("bye"):
        assert answer(slug, text, seed) in tagged(slug, "bye", name="Dev"), text
    for text in dev10("thanks"):
        reply = answer(slug, text, seed)
        assert reply in tagged(slug, "thanks", name="Dev"), (text, reply)
        assert not re.search(r"\bthank you\b|^thanks\b|ever thanks|but thanks", reply, re.I), reply


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("slug", PEOPLE)
def test_a_regular_saying_hey_again_is_welcomed_back(slug, seed):
    for text in dev10("back"):
        reply = answer(slug, text, seed)
        assert reply in tagged(slug, "back", name="Dev"), (text, reply)
        assert not re.search(r"new (face|arrival)|newcomer", reply, re.I), reply


@pytest.mark.parametrize("slug", PEOPLE)
def test_a_plain_greeting_never_calls_anyone_a_new_face(slug):
    for seed in range(8):
        for text in ("hey, you around?", "hello hello", "hiya, been a while"):
            reply = answer(slug, text, seed)
            assert not re.search(r"new (face|arrival)|newcomer", reply, re.I), (text, reply)
            assert "dev_k" not in reply and "Dev" in reply, reply


def test_the_day_is_read_in_chat_spelling():
    voice = VOICES["curie"]
    for text in dev10("day"):
        said = plain(text)
        assert read(said, voice=voice, query=terms(said)).kind == "day", text


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("slug", PEOPLE)
def test_a_vent_is_met_as_an_annoyance_and_a_first_time_is_no_newcomer(slug, seed):
    for text in dev10("vent"):
        # "what is he even building" asks nobody: a wry word, never "I do not know".
        assert answer(slug, text, seed) in tagged(slug, "wry", name="Dev"), text
    welcomes = tagged(slug, "welcome", name="Dev")
    for text in dev10("firsttime"):
        reply = answer(slug, text, seed)
        assert not any(reply.startswith(w) for w in welcomes), (text, reply)
        assert not re.search(r"\bwelcome\b|new (face|arrival)|newcomer", reply, re.I), reply


@pytest.mark.parametrize("slug", PEOPLE)
def test_good_night_sees_off_only_someone_going_to_bed(slug):
    for seed in range(6):
        for text in ("ok off out for a walk, catch you later", "gotta run, school pickup"):
            reply = answer(slug, text, seed)
            assert reply in tagged(slug, "bye", name="Dev"), (text, reply)
            assert not re.search(r"\b(night|evening)\b", reply, re.I), (text, reply)


@pytest.mark.parametrize("slug", PEOPLE)
def test_a_bare_laugh_is_answered_as_a_laugh_not_as_a_story(slug):
    stories = {
        line
        for line in tagged(slug, "laugh", name="Dev")
        if line.startswith("Ha")
        and ("method" in line or "Notes" in line or "stage" in line or "Athens" in line)
    }
    for seed in range(6):
        for text in ("lol", "haha", "ok that made me laugh"):
            reply = answer(slug, text, seed)
            # (chat39: a laugh at nothing of its own is laughed along with, in its #laughed
            # words, never credit for a joke it did not make)
            laughs = (*tagged(slug, "laugh", name="Dev"), *tagged(slug, "laughed", name="Dev"))
            assert reply in laughs, (text, reply)
            assert reply not in stories, (text, reply)


@pytest.mark.parametrize("slug", PEOPLE)
def test_a_sight_shared_is_enjoyed_not_asked_about(slug):
    for text in (
        "the frost on the trees this morning was unreal, so pretty",
        "saw a heron on the canal on my way in, gorgeous bird",
        "sunset over the rooftops tonight was stunning",
    ):
        reply = answer(slug, text, 1)
        assert reply in tagged(slug, "chat", name="Dev") and "sight" in reply, (text, reply)
    # Not every "beautiful": good news stays good news.
    assert "sight" not in answer(slug, "we had a beautiful wedding, best day ever", 1)
