"""A laugh put to a persona just after a person teased it answers the tease (bots/laugh48.py)."""

from __future__ import annotations

import pytest

from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say


@pytest.mark.parametrize(
    "slug, tease, laugh, reply",
    [
        (
            "darwin",
            "darwin probably tried to eat every animal he found lol",
            "@darwin 😂",
            "Ha! Quite fair, Maya; my children said the same of my barnacles.",
        ),
        (
            "socrates",
            "socrates would be so annoying at parties",
            "@socrates hahaha",
            "Guilty, Maya; I have been called worse in the agora.",
        ),
    ],
)
def test_a_laugh_after_a_tease_of_the_persona_answers_the_tease(slug, tease, laugh, reply):
    assert say(slug, laugh, history=(Line("tom", tease),)) == reply


@pytest.mark.parametrize(
    "slug, before, laugh, reply",
    [
        # a laugh at something else: asked in on it, as before
        (
            "socrates",
            "my cat fell off the sofa",
            "@socrates hahaha",
            "Ha! I hear laughter, Maya; let the rest of us in on it.",
        ),
        # a tease it lets pass (its reply to the tease is nothing): the laugh, as before
        (
            "einstein",
            "einstein's hair looks like he got electrocuted",
            "@einstein lol",
            "Ha! Something has tickled you, Maya; laughter is good for a room.",
        ),
    ],
)
def test_a_laugh_at_anything_else_is_answered_as_a_laugh(slug, before, laugh, reply):
    assert say(slug, laugh, history=(Line("tom", before),)) == reply
