"""Lead54 (session 33): a ball at lawn bowls is no ten-pin ball. "why does a bowls ball curve"
met the ten-pin line ("bowls" and "bowling" are one stem) and then the Magnus effect: it is the
bowl's bias. The ten-pin line is met only when ten-pin bowling is said."""

from __future__ import annotations

import pytest

from tests.bots.test_everyday_messages import say

BIAS = "A bowl is not round, Maya: it is shaped with a bias"
HOOK = "The bowler sets the ball spinning sideways, Maya;"
MAGNUS = "A spinning ball drags the air round with it, Maya"


@pytest.mark.parametrize(
    "text, opening",
    [
        ("why does a bowls ball curve", BIAS),
        ("why does my bowl curl in at the end on the green", BIAS),
        ("how come the woods bend like that at bowls", BIAS),
        ("why does a bowling ball hook at the end of the lane", HOOK),
        ("went bowling last night, how do people make the ball curve", HOOK),
        ("why does a football curve when you kick it off centre", MAGNUS),
    ],
)
def test_each_ball_curves_for_its_own_reason(text, opening):
    assert say("einstein", text).startswith(opening)
