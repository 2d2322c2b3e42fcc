"""What kind of thing was said, read from messages as people type them in chat (issue 14,
round four): lower case, no question mark, emoji. Each rule is tested on the fresh messages of
tests/bots/dev8_messages.json across seeds, by what a person would read: a stance taken with
someone named is taken up by that name; an either/or is answered by choosing, with or without a
"?"; a joke gets a joke or a groan; grave news gets real sympathy; a question gets an answer or
an honest owning-up, never a courtesy line; a verdict comes with its reason."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bots.engine import either_or, told_joke
from bots.everyday46 import advised as everyday46
from bots.material import index_of
from bots.valence import mood
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import PEOPLE, VOICES, say, starts_with, tagged

DEV8 = json.loads((Path(__file__).parent / "dev8_messages.json").read_text(encoding="utf-8"))
SEEDS = [1, 2, 5]


def dev8(kind: str) -> list[str]:
    return [m["text"] for m in DEV8["messages"] if m["kind"] == kind]


def takes_up(reply: str, slug: str, kind: str) -> bool:
    """Whether `reply` takes up a stance of `kind` with someone: the person's side acknowledged
    first, or the persona's own view of that someone's point (`#with`, `#against`)."""
    return any(starts_with(reply, slug, k) for k in (kind, "with", "against"))


def courtesy(slug: str) -> set[str]:
    """The persona's small-talk lines: a light word back, never an answer to a question."""
    return tagged(slug, "chat") | tagged(slug, "invite")


def test_the_dev8_set_is_fresh():
    texts = [m["text"] for m in DEV8["messages"]]
    assert len(set(texts)) == len(texts)
    for other in ("sample_messages.json", "dev_messages.json"):
        known = (Path(__file__).parent / other).read_text(encoding="utf-8")
        assert not [t for t in texts if t in known]


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("slug", PEOPLE)
def test_a_stance_with_someone_named_is_taken_up_by_that_name(slug, seed):
    for kind in ("agree", "disagree"):
        other = {"agree": "disagree", "disagree": "agree"}[kind]
        for text in dev8(kind):
            reply = say(slug, text, seed=seed)
            # Its own view of the one named, or the person's side taken in first; never the
            # person told they took the other side.
            assert takes_up(reply, slug, kind), (text, reply)
            assert not starts_with(reply, slug, other), (text, reply)
            named = re.search(r"\b(priya|ben|lena|tom|omar)\b", text).group(1).title()
            assert named in reply, (text, reply)
    for text in dev8("concede"):
        reply = say(slug, text, seed=seed)
        assert starts_with(reply, slug, "agree"), (text, reply)  # it sides with the persona
    # Agreement is no news: never congratulated.
    assert not starts_with(say(slug, "+1, ben makes a good point"), slug, "congrats")


def test_an_either_or_without_a_question_mark_is_a_choice():
    assert either_or("cats or dogs 🐱🐶") == ("cats", "dogs")
    assert either_or("early bird or night owl") == ("early bird", "night owl")
    assert either_or("summer or winter, go") == ("summer", "winter")
    # Told, not offered: "I" or "we" in it, or a phrase with no second thing.
    assert either_or("i might go to the shop or the market later") is None
    assert either_or("sooner or later it will rain") is None
    assert either_or("the talk lasted an hour or so") is None


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("slug", PEOPLE)
def test_a_choice_is_chosen_never_greeted(slug, seed):
    for text in dev8("choice"):
        reply = say(slug, text, seed=seed)
        options = either_or(text)
        assert re.search(
            rf"I would say ({re.escape(options[0])}|{re.escape(options[1])})\.", reply, re.I
        ), (text, reply)
        assert not starts_with(reply, slug, "hello"), (text, reply)


def test_jokes_are_told_apart_from_questions():
    assert [told_joke(t) for t in dev8("joke")] == [
        "told",
        "told",
        "told",
        "knock",
        "asked",
        "told",
    ]
    # A riddle's shape with no punchline is a question; "no joke" is said in earnest.
    for text in (
        "why did the roman empire fall",
        "why do the leaves turn red?",
        "no joke, it's cold",
    ):
        assert told_joke(text) == "", text


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("slug", PEOPLE)
def test_a_joke_gets_a_joke_or_a_groan(slug, seed):
    kinds = {"told": "groan", "knock": "knock", "asked": "joke"}
    for text in dev8("joke"):
        reply = say(slug, text, seed=seed)
        assert reply in tagged(slug, kinds[told_joke(text)]), (text, reply)


def test_grave_life_events_are_read_as_phrases():
    for text in dev8("grave"):
        assert mood(text) == "grave", text
    for text in dev8("good"):
        assert mood(text) == "good", text
    # The same words in small matters: no condolences.
    for text in (
        "my phone died on the way home",
        "the shop is closing early today",
        "the battery is low again",
        "the leaves fall so early this year",
    ):
        assert mood(text) != "grave", text


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("slug", PEOPLE)
def test_grave_news_gets_sympathy(slug, seed):
    for text in dev8("grave"):
        # Real sympathy: never a light word ("how vexing") kept for a bad day; concern for a
        # worry still unfolding (a stroke, more tests), condolence for a loss.
        grave = tagged(slug, "condolence") | tagged(slug, "concern")
        assert say(slug, text, seed=seed) in grave, text


def _known_lines(slug: str, name: str = "Maya") -> set[str]:
    from bots.know import knowns

    lines = index_of(VOICES[slug].material).tagged.get("know", ())
    return {line.text.replace("{name}", name) for line in knowns(lines)}


def _learn_lines(slug: str) -> set[str]:
    """Its `#learn` views (bots/learning.py), said to Maya."""
    return {line.split(":", 1)[1].strip() for line in tagged(slug, "learn")}


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("slug", PEOPLE)
def test_a_question_without_a_question_mark_is_answered_or_owned_up_to(slug, seed):
    for text in dev8("ask"):
        reply = say(slug, text, seed=seed)
        assert reply not in courtesy(slug), (text, reply)
        # Answered outright by an everyday `#know` line ("whats the quickest way to unblock a
        # sink" to Curie), or with an opener of answering, or owned up to.
        # (refuse60: or, on getting better at something, its view from its own life; review39:
        # or, for who will win, that it cannot tell what will be; everyday46: or the sound
        # advice on a practical everyday ask, "hows the best way to learn to swim as an adult")
        advice = everyday46(slug, text, (), VOICES[slug].max_reply_chars)
        assert (
            starts_with(reply, slug, "outside")
            or starts_with(reply, slug, "foresee")
            or starts_with(reply, slug, "answer")
            or reply in _known_lines(slug)
            or reply in _learn_lines(slug)
            or (advice and reply == advice.replace("{name}", "Maya"))
        ), (
            text,
            reply,
        )


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("slug", PEOPLE)
def test_a_verdict_comes_with_a_reason(slug, seed):
    verdicts = tagged(slug, "yes") | tagged(slug, "no")
    for text in dev8("opinion"):
        reply = say(slug, text, seed=seed)
        assert reply not in verdicts, (text, reply)  # never a bare yes or no
        assert reply not in courtesy(slug) | tagged(slug, "wry"), (text, reply)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("slug", PEOPLE)
def test_small_talk_with_nothing_to_take_up_gets_no_idler_courtesy(slug, seed):
    # "Then stay a while" answers someone idling, not a pigeon at the window; nor does a bare
    # "I see, Maya.": it asks to hear more of it.
    reply = say(slug, "a pigeon keeps tapping on my window", seed=seed)
    if slug == "darwin":  # a pigeon is his field (round thirteen): his pigeon breeders
        assert re.search(r"[Pp]igeon", reply) and "stay" not in reply, reply
    else:
        assert reply in tagged(slug, "more"), reply
    weather = say(slug, "another rainy tuesday huh", seed=seed)
    assert re.search(r"weather|rain|sky|walk", weather, re.I), weather


def others_than(slug: str) -> list:
    return [v for s, v in VOICES.items() if s != slug]


@pytest.mark.parametrize("seed", SEEDS)
def test_a_persona_asked_by_another_answers_that_persona_not_the_person_before(seed):
    before = (Line("ravi", "what makes a good life?"),)
    text = "@darwin Charles, how did you keep your notebooks in order on the voyage?"
    reply = say(
        "darwin",
        text,
        author="Marie Curie",
        history=before,
        others=others_than("darwin"),
        seed=seed,
    )
    assert "Marie" in reply and "Ravi" not in reply and not reply.startswith("Gladly"), reply
    assert not starts_with(reply, "darwin", "outside", name="Marie"), reply  # its own life
    # A hand-over, in the other's own words, is a person's question passed on: answered to them.
    passed = "That is really a question for William Shakespeare; @shakespeare, would you take it?"
    asked = (Line("ravi", "how do you write a good sonnet?"),)
    reply = say(
        "shakespeare",
        f"I know physics, not that. {passed}",
        author="Albert Einstein",
        history=asked,
        others=others_than("shakespeare"),
        seed=seed,
    )
    assert reply.startswith("Gladly.") and "Ravi" in reply and "Albert" not in reply, reply


@pytest.mark.parametrize("seed", SEEDS)
def test_one_shared_word_of_a_field_hands_nothing_over(seed):
    # A garden plot is no playwright's business; a play's plot is. (Not "any tips for writing a
    # plot twist?": Shakespeare, handed it, owned up; see tests/bots/test_handoff19.py.)
    reply = say(
        "darwin", "how do i stop slugs eating my vegetable plot?", others=others_than("darwin")
    )
    assert "@" not in reply, reply
    reply = say("darwin", "any tips for the plot of my play?", others=others_than("darwin"))
    assert "@shakespeare" in reply, reply


def test_a_persona_does_not_echo_a_long_quotation_back():
    quote = (
        "Imagination is more important than knowledge, for knowledge is limited to all we now "
        "know and understand."
    )
    for slug in ("curie", "darwin", "lovelace"):
        reply = say(slug, quote, author="Albert Einstein", others=others_than(slug))
        assert quote[:60] not in reply, reply


@pytest.mark.parametrize("slug", PEOPLE)
def test_asking_who_is_around_after_a_greeting_is_greeted(slug):
    for text in dev8("hello"):
        assert starts_with(say(slug, text), slug, "hello"), text


def test_its_own_life_asked_without_you_is_answered_from_it():
    for entry in DEV8["messages"]:
        if entry["kind"] == "self":
            slug = entry["persona"]
            reply = say(slug, entry["text"])
            assert starts_with(reply, slug, "answer"), (entry["text"], reply)


@pytest.mark.parametrize("slug", PEOPLE)
def test_good_news_told_with_disbelief_is_congratulated(slug):
    for text in dev8("good"):
        reply = say(slug, text)
        # A brother's twins are joy shared, not an achievement of the speaker's (round ten).
        joy = "glad" if re.match(r"my (brother|sister)\b", text) else "congrats"
        assert starts_with(reply, slug, joy), (text, reply)
