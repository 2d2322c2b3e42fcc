"""Session 30 (lead, round 2): a sign whose words the message dictates ("a sign for the door
saying we're closed on bank holiday monday", "a sign telling people to wipe their feet") is
written with those words, set as a sign is, by any persona; never a stock sign nor a line of
its life."""

from __future__ import annotations

import pytest

from bots.engine import dictated_sign
from tests.bots.test_everyday_messages import say


@pytest.mark.parametrize(
    "slug, text, sign",
    [
        (
            "shakespeare",
            "@shakespeare can you do us a sign for the door saying we're closed on bank holiday "
            "monday",
            '"Closed on Bank Holiday Monday."',
        ),
        (
            "curie",
            "@curie can you write a sign for the lab that says goggles on at all times please",
            '"Goggles on at All Times."',
        ),
        (
            "darwin",
            "@darwin could you write a sign asking dog owners to pick up after their dogs",
            '"Please Pick Up After Your Dogs."',
        ),
        ("einstein", "@einstein make us a sign that says no ball games!", '"No Ball Games."'),
        (
            "socrates",
            "@socrates need a sign telling people to wipe their feet pls",
            '"Please Wipe Your Feet."',
        ),
        (
            "lovelace",
            "@lovelace can u do a sign for the hall saying the cafe will be shut until june",
            '"Shut Until June."',
        ),
    ],
)
def test_a_dictated_sign_is_written_with_its_words(slug, text, sign):
    reply = say(slug, text)
    assert reply.startswith("For the sign, Maya") and reply.endswith(sign), reply


@pytest.mark.parametrize(
    "text",
    [
        "the sign saying no entry fell down",
        "what does the sign say",
        "a sign for the kitchen please",
        "a sign saying that i think we should all have a long talk about the rota and who cleans",
    ],
)
def test_no_sign_is_dictated_by_these(text):
    assert dictated_sign(text) == ""


def test_letting_a_child_go_out_is_no_dropping_from_a_band():
    # "let him go" of a child allowed out is not "let him go" from a band: the dilemma line on
    # dropping a member needs the band, team or cast it is dropped from.
    dropped = "Tell them yourself, alone, with the true reason"
    assert dropped not in say(
        "socrates", "@socrates should i let him go to the park on his own at 12"
    )
    assert dropped in say(
        "socrates", "@socrates should we drop him from the band, he never turns up"
    )
