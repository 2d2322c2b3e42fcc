"""News told and questions asked (issue 14, round nine), on the fresh messages of
tests/bots/dev9_mood_messages.json: a question is no news, whatever gloomy or hard words are in
it; good news told with tears, screams or "i'm dead" is congratulated, and a friend coming to
visit is shared joy; a worry still unfolding (a hospital, a fall, a sick pet) gets concern, a
loss condolence, and a small annoyance a wry word, however loudly it is told. An everyday
question about the persona's own ways ("do you like the rain", "morning person?") gets a direct
answer from its life."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bots.habits import SAID, SUBJECTS, asked_subjects
from bots.valence import grave_kind, is_news, mood
from tests.bots.test_everyday_messages import PEOPLE, say, starts_with, tagged

DEV9 = json.loads((Path(__file__).parent / "dev9_mood_messages.json").read_text(encoding="utf-8"))
SEEDS = [1, 2, 5]


def dev9(kind: str) -> list[str]:
    return [m["text"] for m in DEV9["messages"] if m["kind"] == kind]


def test_the_dev9_set_is_fresh():
    texts = [m["text"] for m in DEV9["messages"]]
    assert len(set(texts)) == len(texts)
    for other in ("sample_messages.json", "dev_messages.json", "dev8_messages.json"):
        known = (Path(__file__).parent / other).read_text(encoding="utf-8").lower()
        assert not [t for t in texts if t.lower() in known]


def test_news_is_told_apart_from_questions():
    for text in dev9("asking"):
        assert not is_news(text), text
        assert mood(text) == "neutral", text
    for text in dev9("good"):
        assert mood(text) == "good", text
    for text in dev9("worry") + dev9("mixed"):
        assert (mood(text), grave_kind(text)) == ("grave", "concern"), text
    for text in dev9("loss"):
        assert (mood(text), grave_kind(text)) == ("grave", "condolence"), text
    for text in dev9("small"):
        assert mood(text) == "rueful", text
    # A sigh is no question; a mishap of one's own told before a question is news.
    assert mood("spilled coffee on my notes, why does this always happen to me") == "rueful"
    assert mood("i failed my driving test, what do i do now") == "grave"
    # Asked about, the gravest words are no news: "how does a heart attack happen?"
    assert mood("how does a heart attack actually happen?") == "neutral"


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("slug", PEOPLE)
def test_a_question_with_gloomy_words_gets_no_sympathy(slug, seed):
    for text in dev9("asking"):
        reply = say(slug, text, seed=seed)
        assert reply not in tagged(slug, "remark"), (text, reply)  # no bare "Interesting"
        for kind in ("sympathy", "condolence", "concern", "wry", "congrats", "glad"):
            assert not starts_with(reply, slug, kind), (text, reply)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("slug", PEOPLE)
def test_good_news_told_with_tears_is_good_news(slug, seed):
    for text in dev9("good"):
        reply = say(slug, text, seed=seed)
        joy = "glad" if re.search(r"visit|stay", text) else "congrats"
        assert starts_with(reply, slug, joy), (text, reply)
        assert "idle" not in reply.lower(), (text, reply)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("slug", PEOPLE)
def test_grave_and_small_news_get_the_warmth_they_ask(slug, seed):
    for kind, lines in (("worry", "concern"), ("mixed", "concern"), ("loss", "condolence")):
        for text in dev9(kind):
            assert say(slug, text, seed=seed) in tagged(slug, lines), (text, kind)
    for text in dev9("small"):
        reply = say(slug, text, seed=seed)
        if "internet keeps dropping" in text:
            # (own42: the common remedy from anyone, not only a wry word)
            assert "restart the router" in reply, text
            continue
        # A wry, warm word: never "a heavy heart", never a bare "Interesting".
        assert reply in tagged(slug, "wry"), text
    for text in dev9("news"):
        # Neither good nor bad, but theirs: asked about, or met with a line of the persona's
        # own on it; never a bare "Interesting, Maya." nor a word on idle hours.
        reply = say(slug, text, seed=seed)
        assert reply not in tagged(slug, "remark") | tagged(slug, "chat"), (text, reply)
        assert reply in tagged(slug, "more") or any(
            reply.startswith(r) and len(reply) > len(r) + 20 for r in tagged(slug, "remark")
        ), (text, reply)


def test_everyday_questions_about_the_persona_are_told_apart():
    assert asked_subjects("do you like the rain") == ["rain"]
    assert asked_subjects("morning person?") == ["morning"]
    assert asked_subjects("what makes you laugh") == ["laugh"]
    assert asked_subjects("is there anything that frightens you") == ["nervous"]
    # The "you" of a request or of anyone is no question about the persona's own ways.
    for text in (
        "how do you cook rice",
        "can you help me plan a trip",
        "do you think rain is good for gardens",
        "when you travel, what do you pack",
        "my dog keeps barking at night",
    ):
        assert asked_subjects(text) == [], text


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("slug", PEOPLE)
def test_an_everyday_question_about_the_persona_is_answered_from_its_life(slug, seed):
    for text in dev9("self"):
        subjects = asked_subjects(text)
        assert subjects, text
        reply = say(slug, text, seed=seed)
        lines = {line for line in tagged(slug, "life") if SAID[subjects[0]].search(line)}
        if not lines:
            continue  # nothing of its life on it (Curie on walking): answered as any question
        # A direct answer, in its own words on that very subject: no opener, no owning up.
        assert reply in lines, (text, reply)
        assert not starts_with(reply, slug, "self") and not starts_with(reply, slug, "outside")


@pytest.mark.parametrize("slug", PEOPLE)
def test_each_persona_answers_some_twenty_five_everyday_questions(slug):
    lines = tagged(slug, "life")
    assert len(lines) >= 25
    covered = [s for s in SUBJECTS if any(SAID[s].search(line) for line in lines)]
    assert len(covered) >= 25, set(SUBJECTS) - set(covered)
