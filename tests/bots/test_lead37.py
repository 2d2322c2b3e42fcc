"""Session 30 (lead, round 4): a motto asked as "give our club a motto" is written; a deed judged
with another judging word ("irresponsible", "cruel", "reckless") is a moral question, and the
philosopher examines it whatever it is done with (rockets, fuel), never owns up."""

from __future__ import annotations

import pytest

from bots.asks import motto_asked
from bots.engine import MORAL_ASKED
from tests.bots.test_everyday_messages import say


@pytest.mark.parametrize(
    "text",
    ["give our club a motto", "pick the team a slogan pls", "choose our choir a new motto"],
)
def test_a_motto_given_to_a_thing_is_asked(text):
    assert motto_asked(text)


@pytest.mark.parametrize(
    "text", ["give our club motto a polish", "our motto is ride or die", "give the team a lift"]
)
def test_no_motto_asked(text):
    assert not motto_asked(text)


def test_a_motto_given_to_the_club_is_written():
    reply = say("einstein", "@einstein give our club a motto")
    assert reply.startswith("Imagination is more important than knowledge, Maya"), reply


@pytest.mark.parametrize(
    "text",
    [
        "is it irresponsible to let kids launch rockets",
        "would it be cruel to rehome our dog",
        "is it reckless to drive to cornwall overnight",
    ],
)
def test_other_judging_words_ask_a_moral_question(text):
    assert MORAL_ASKED.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "@socrates is it irresponsible to let kids launch rockets",
        "@socrates is it reckless to let him ride his motorbike in the snow",
    ],
)
def test_the_philosopher_examines_a_deed_judged_whatever_it_is_done_with(text):
    reply = say("socrates", text)
    for owned in ("I know nothing", "truly ignorant", "shoemaker", "never learned such things"):
        assert owned not in reply, reply
