"""News of everyday life (issue 14, round ten), on the fresh messages of
tests/bots/dev10_news_messages.json: a debt paid off, a first 10k or a thesis handed in is
congratulated; a small joy of the day (the children delighted by pancakes, a night's sleep) and
a child's, a pet's or a friend's good news are joy shared, never "a nuisance", never a welcome
to a newcomer, never "you earned it"; a worn-out remark ("first time I've sat down all day")
gets a warm word to rest, never congratulations; a marriage ending or a job lost said plainly
gets condolence, never "tell me more"; a small mishap told with a laugh gets a wry word."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bots.engine import CHILD_LINE, VISIT_LINE, WEARY_LINE
from bots.valence import glad_for, good_kind, grave_kind, mood
from tests.bots.test_everyday_messages import PEOPLE, say, starts_with, tagged

DEV10 = json.loads((Path(__file__).parent / "dev10_news_messages.json").read_text(encoding="utf-8"))
SEEDS = [1, 2, 5]
# What a reply to news told plainly must never be: an interview, a collector's interest, a stock
# remark on the world, a welcome, a quiet evening.
COLD = re.compile(
    r"tell me more|how did (that|it) (come about|happen)|how fell that out|collect such|"
    r"full of such scenes|whole pattern|welcome|new face|newcomer|quiet (evening|hour)|"
    r"idle|nuisance|mishap|vexing|catastrophe|disaster",
    re.IGNORECASE,
)


def dev10(kind: str) -> list[str]:
    return [m["text"] for m in DEV10["messages"] if m["kind"] == kind]


def test_the_dev10_set_is_fresh():
    texts = [m["text"] for m in DEV10["messages"]]
    assert len(set(texts)) == len(texts)
    for other in Path(__file__).parent.glob("*.json"):
        if other.name == "dev10_news_messages.json":
            continue
        known = other.read_text(encoding="utf-8").lower()
        assert not [t for t in texts if t.lower() in known], other.name


def test_news_of_everyday_life_is_read_for_what_it_is():
    for text in dev10("achievement"):
        assert (mood(text), good_kind(text)) == ("good", "congrats"), text
    for text in dev10("joy") + dev10("milestone"):
        assert (mood(text), good_kind(text)) == ("good", "glad"), text
    for text in dev10("weary") + dev10("wry"):
        assert mood(text) == "rueful", text
    for text in dev10("grave"):
        assert mood(text) == "grave", text
        assert grave_kind(text) in ("condolence", "concern"), text
    # A child's first doing is a child's; a birth or a meal the children loved is joy of the day.
    assert glad_for("my son took his first steps this evening!!") == "child"
    assert glad_for("my sister had her baby this morning") == "day"
    assert glad_for("my oldest friend is coming to stay next week") == "visit"
    # A hospital worked at for forty years is no worry; a tooth lost is a milestone.
    assert mood("my dad retired after 35 years at the hospital") == "good"
    assert mood("my son lost his first tooth today") == "good"


def expected(kind: str, text: str) -> str:
    """The persona's lines a reply to news of `kind` opens with."""
    return {"achievement": "congrats", "joy": "glad", "milestone": "glad", "weary": "wry"}.get(
        kind, grave_kind(text) if kind == "grave" else "wry"
    )


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("slug", PEOPLE)
@pytest.mark.parametrize("kind", ["achievement", "joy", "milestone", "weary", "grave", "wry"])
def test_news_gets_the_warmth_it_asks_from_every_persona(kind, slug, seed):
    for text in dev10(kind):
        reply = say(slug, text, author="tomasz", seed=seed)
        # A mishap laughed at may be laughed along with ("Ha! ..."), or met with a wry word.
        kinds = (expected(kind, text), "laugh") if kind == "wry" else (expected(kind, text),)
        assert any(starts_with(reply, slug, k, name="Tomasz") for k in kinds), (text, reply)
        if kind != "wry":
            assert not COLD.search(reply), (text, reply)
        if kind in ("joy", "milestone"):
            assert "earned" not in reply, (text, reply)  # nobody earned a niece
            # An old friend's company is for a visit, not for pancakes.
            assert not VISIT_LINE.search(reply), (text, reply)
            if CHILD_LINE.search(reply):
                assert glad_for(text) == "child", (text, reply)
        # A worn-out parent is told to sit down, never congratulated; a dropped phone is not.
        if kind in ("weary", "wry"):
            assert bool(WEARY_LINE.search(reply)) == (kind == "weary"), (text, reply)
        if kind == "weary":
            assert not re.search(r"congratulat|well done|splendid|capital", reply, re.I)


@pytest.mark.parametrize("slug", PEOPLE)
def test_a_newcomer_with_news_is_welcomed_and_the_news_met(slug):
    reply = say(slug, "hi all, I'm Leona, we just had twins so I'm awake at all hours", seed=3)
    # One welcome sentence naming her, the news met in it (greet60): no second stock opener.
    welcomes = tagged(slug, "welcome", name="Leona")
    assert any(reply.startswith(line.split("Leona")[0] + "Leona") for line in welcomes), reply
    assert reply.count("Leona") == 1 and "twins" in reply, reply
    assert not reply.endswith("?"), reply  # no "what brings you here" after twins
    assert "earned" not in reply and not re.search(r"\bWhen (I|my)\b", reply), reply
    # A birth of their own is congratulated; a sister's is joy shared.
    for text in ("our little girl arrived this morning!", "we had our second baby on friday"):
        own = say(slug, text, author="tomasz")
        assert starts_with(own, slug, "congrats", name="Tomasz"), own
        assert not re.search(r"earned|\bWhen (I|my)\b|printing", own), own
    theirs = say(slug, "my cousin had her baby last night, all well", author="tomasz")
    assert starts_with(theirs, slug, "glad", name="Tomasz"), theirs
