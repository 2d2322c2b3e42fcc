"""Asked whether a new thing is a fad, hype or a gimmick (issue 14, round twelve), a persona
with no take on that thing gives its view on judging new things (try it a month, measure it,
give it a season), not its view on matters of taste ("every man to his own humour"), which
blind raters gave 2 of 5 for "is a standing desk worth it or just a fad". Asked whether a
degree or a skill is "worth it", a view on gadgets would be beside the point: that is no
question about a novelty."""

from __future__ import annotations

import pytest

from tests.bots.test_everyday_messages import PEOPLE, say
from tests.bots.test_opinion11 import about

NOVELTY_ASKED = [
    "air fryers: game changer or just hype?",
    "is the metaverse a fad",
    "smart rings, gimmick or genuinely useful?",
    "are smart speakers a gimmick",
    "vinyl records, just a trend or here to stay?",
]


@pytest.mark.parametrize("slug", PEOPLE)
@pytest.mark.parametrize("text", NOVELTY_ASKED)
def test_a_fad_or_a_gimmick_asked_about_gets_the_view_on_new_things(slug, text):
    reply = say(slug, f"@{slug} {text}", seed=3)
    assert "novelty" in about(slug, reply), reply  # the take filed under novelty, fad, ...
    assert "tast" not in about(slug, reply), reply


@pytest.mark.parametrize("slug", PEOPLE)
def test_whether_a_degree_is_worth_it_is_no_question_about_a_novelty(slug):
    for text in ("is a phd worth it", "is learning latin still worth it"):
        reply = say(slug, f"@{slug} {text}", seed=3)
        assert "novelty" not in about(slug, reply), reply
