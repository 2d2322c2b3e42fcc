"""A pace worked out (issue 14, session 16): "if i run 5k in 27 minutes whats my pace per km" to
Lovelace was "Idle minutes are never wasted, Dev; the mind weaves in them all the same" (a line
on "minutes"); it is the sum, in its voice, with no word of shares or remainders.

Session 19: a pace is its own request kind, "pace", with its own openers (`#pace`): it was read
as "share" and said with the share openers, the quarrelsome ones left out by sniffing " an hour"
in the working."""

from __future__ import annotations

import pytest

from bots.asks import pace_of, request_kind, share_of
from bots.engine import DEFAULT_TAGGED, Voice, offline_reply
from bots.material import index_of
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import PEOPLE, VOICES, say


@pytest.mark.parametrize(
    ("text", "worked"),
    [
        (
            "if i run 5k in 27 minutes whats my pace per km",
            "5 km in 27 minutes is 5 minutes 24 seconds a km, or 11.1 km an hour",
        ),
        (
            "10 miles in 1:40, how fast is that",
            "10 miles in 1:40 is 10 minutes a mile, or 6.0 miles an hour",
        ),
        (
            "did a half marathon, 21.1 km in 2:05:30, whats my pace",
            "21.1 km in 2:05:30 is 5 minutes 57 seconds a km, or 10.1 km an hour",
        ),
        (
            "cycled 30 km in 1.5 hours, what speed is that",
            "30 km in 1.5 hours is 3 minutes a km, or 20.0 km an hour",
        ),
    ],
)
def test_a_pace_asked_is_worked_out(text, worked):
    assert pace_of(text) == worked
    assert request_kind(text) == "pace"


@pytest.mark.parametrize(
    "text", ["my pace is slow lol", "how fast can a cheetah run", "ran 5k today in 31 mins!"]
)
def test_no_pace_is_worked_out_when_none_is_asked(text):
    assert pace_of(text) == ""


@pytest.mark.parametrize(
    "text",
    [
        "my pace is slow lol",
        "ran 5k today in 31 mins!",
        "how fast can a cheetah run",
        # Shares are shares, never a pace.
        "could u work out how many sweets each of 6 kids gets if we have 45",
        "split the £70 taxi between 4 of us pls",
    ],
)
def test_no_pace_is_read_when_none_is_asked(text):
    assert request_kind(text) != "pace"


def test_shares_are_still_shares():
    text = "could u work out how many sweets each of 6 kids gets if we have 45"
    assert request_kind(text) == "share"
    assert pace_of(text) == ""
    assert share_of("if i run 5k in 27 minutes whats my pace per km") == ""


WORKED = "5 km in 27 minutes is 5 minutes 24 seconds a km, or 11.1 km an hour"


def paces(slug: str) -> set[str]:
    lines = index_of(VOICES[slug].material).tagged["pace"]
    return {line.format(name="Maya", what=WORKED) for line in lines}


@pytest.mark.parametrize("slug", PEOPLE)
def test_every_persona_has_its_own_words_for_a_pace(slug):
    lines = index_of(VOICES[slug].material).tagged["pace"]
    shares = set(index_of(VOICES[slug].material).tagged["share"])
    assert 2 <= len(lines) <= 3
    for line in lines:
        assert "{what}" in line and "{name}" in line, line
        assert line not in shares
        for word in ("remainder", "shares", "division", "quarrel", "each"):
            assert word not in line, line


@pytest.mark.parametrize("slug", PEOPLE)
@pytest.mark.parametrize("seed", [1, 2, 3, 4])
def test_every_persona_gives_the_pace_with_its_pace_words(slug, seed):
    reply = say(slug, "if i run 5k in 27 minutes whats my pace per km", seed=seed)
    assert reply in paces(slug), reply


@pytest.mark.parametrize("slug", PEOPLE)
def test_shares_are_said_with_the_share_words_not_the_pace_words(slug):
    text = "could u work out how many sweets each of 6 kids gets if we have 45"
    working = "45 sweets among 6 kids is 7 each, with 3 left over"
    lines = index_of(VOICES[slug].material).tagged["share"]
    reply = say(slug, text)
    assert reply in {line.format(name="Maya", what=working) for line in lines}, reply


def test_a_persona_with_share_words_and_none_for_a_pace_gives_it_in_the_plain_words():
    voice = Voice(
        slug="abacus",
        name="Abacus",
        material=("#share Counted out, {name}: {what}.", "Beads slide on wires."),
    )
    text = "if i run 5k in 27 minutes whats my pace per km"
    reply = offline_reply(voice, message=text, seed=1, history=(Line("maya", text),))
    assert reply == DEFAULT_TAGGED["pace"][0].format(name="Maya", what=WORKED)
    assert reply == f"Here is your pace, Maya: {WORKED}."


@pytest.mark.parametrize(
    ("text", "worked"),
    [
        # A clock time is minutes and seconds when hours would make no run of it.
        (
            "ran 10k in 55:30 whats my pace",
            "10 km in 55:30 is 5 minutes 33 seconds a km, or 10.8 km an hour",
        ),
        (
            "marathon 26.2 miles in 4:30, pace?",
            "26.2 miles in 4:30 is 10 minutes 18 seconds a mile, or 5.8 miles an hour",
        ),
        (
            "cycled 40 km in 1:30, what speed",
            "40 km in 1:30 is 2 minutes 15 seconds a km, or 26.7 km an hour",
        ),
    ],
)
def test_a_clock_time_is_read_as_the_run_needs(text, worked):
    assert pace_of(text) == worked


@pytest.mark.parametrize(
    ("text", "worked"),
    [
        (
            "did 3 miles in 45 minutes whats my pace per km",
            "3 miles in 45 minutes is 9 minutes 19 seconds a km, or 6.4 km an hour",
        ),
        (
            "ran 8 km in 40 minutes, how fast is that in mph",
            "8 km in 40 minutes is 8 minutes 3 seconds a mile, or 7.5 miles an hour",
        ),
    ],
)
def test_a_pace_is_given_in_the_unit_asked(text, worked):
    assert pace_of(text) == worked


def test_thousands_of_things_are_no_distance():
    assert pace_of("my internet speed is 50 mb, in 2 hours i downloaded 3k files") == ""
