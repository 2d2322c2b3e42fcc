"""Lead52 (session 33): a claim told of someone in the ask itself is the one said back.

"@socrates dawn thinks its fine to eat the eggs, my sister says its exploiting them. thoughts?"
was answered by saying back Dawn's last message ("Dawn says to hide it in pasta sauce"): a
claim told in the ask ("X thinks / reckons / says that ...") is now the one a side is taken on,
cut where the ask goes on (", is she right", ", my sister says ...").
"""

from __future__ import annotations

import pytest

from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say

CASES = [
    (
        "socrates",
        (
            "dawn thinks its fine to eat the eggs, my sister says its exploiting "
            "them even if they're pets. thoughts?"
        ),
        [("dawn", "hide it in pasta sauce raj")],
        (
            "Dawn says it's fine to eat the eggs. But how does Dawn know it, Maya? "
            "Tell me that, and we shall see whether it is knowledge or only "
            "opinion."
        ),
    ),
    (
        "curie",
        "dawn says you should never wash eggs, is she right?",
        [("dawn", "hide it in pasta sauce raj")],
        (
            "Dawn says you should never wash eggs. Dawn has it, I believe, Maya; I "
            "would only want to measure it once more."
        ),
    ),
    (
        "darwin",
        "tom reckons foxes only come out at night. do you agree with him?",
        [("tom", "see you all at the meeting")],
        (
            "Tom says foxes only come out at night. I doubt Tom has it, Maya; "
            "nature is rarely so tidy."
        ),
    ),
    (
        "einstein",
        "jo says the bus is always late on sundays, is she right",
        [("jo", "morning all")],
        (
            "Jo says the bus is always late on sundays. I am not with Jo on this, Maya; it "
            "sounds neat, and neat claims deserve a test."
        ),
    ),
]


@pytest.mark.parametrize("slug, text, history, expected", CASES)
def test_reply(slug, text, history, expected):
    assert say(slug, text, history=tuple(Line(a, t) for a, t in history)) == expected
