"""Reading what kind of message it is (issue 14, round twelve), on messages not in
tests/bots/dev12_read.json, for every seeded persona: good news told beside a word from the world
of illness or trouble (a hospice, a ward, an ambulance, "no more ...") is met with gladness, never
sorrow; bad news befalling someone close still gets sympathy."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bots.valence import mood
from tests.bots.test_everyday_messages import PEOPLE, say, starts_with

HERE = Path(__file__).parent
DEV12 = json.loads((HERE / "dev12_read.json").read_text(encoding="utf-8"))
SEEDS = [1, 2, 5]
# Words of sorrow or worry: none of them belongs in a reply to good news.
SORROW = re.compile(
    r"\b(sorry|worry|worrying|worried|alas|oh dear|heavy|hard news|blow|grief|griev\w*|"
    r"doctors are|physicians|gentle with yourself|tiresome|vexing|mishap|trying)\b",
    re.IGNORECASE,
)


def answer(slug: str, text: str, seed: int = 1) -> str:
    return say(slug, text, author="rosa_k", seed=seed)


def test_the_dev12_set_is_fresh_and_these_tests_use_none_of_it():
    texts = [m["text"] for m in DEV12["messages"]]
    assert len(texts) >= 60 and len(set(texts)) == len(texts)
    mine = (HERE / "test_read12.py").read_text(encoding="utf-8")
    assert not [t for t in texts if t in mine]


GOOD_NEWS = [
    "our street collected 600 quid for the air ambulance, most we've ever done!!",
    "the hospital radio quiz night raised loads, everyone was buzzing",
    "we finally got the grant for a new scanner at the clinic!!!",
    "no more commuting in the rain, they've let me work from home for good",
    "sponsored walk for the cancer ward smashed its target today",
    "the funeral directors' christmas raffle, i won a bottle of port lol",
]
RELIEF = [
    "the vet says our rabbit has fully recovered!!",
    "dad's home from the ward and already bossing everyone about",
    "my sister's scan came back all clear!!",
]
OWN_RECOVERY = ["cast came off today, ankle has healed", "off the crutches at last!!"]


@pytest.mark.parametrize("slug", PEOPLE)
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        *((text, "congrats") for text in GOOD_NEWS),
        *((text, "glad") for text in RELIEF),
        *((text, "congrats") for text in OWN_RECOVERY),
    ],
)
def test_good_news_told_of_a_sick_place_or_a_recovery_is_met_gladly_never_pitied(slug, text, kind):
    """Money raised for a hospice or a ward healed is congratulated; someone dear well again is
    shared gladness; one's own recovery sends no wishes to a "them"."""
    assert mood(text) == "good", text
    for seed in SEEDS:
        reply = answer(slug, text, seed)
        assert starts_with(reply, slug, kind, "Rosa"), reply
        assert not SORROW.search(reply), reply
        if text in OWN_RECOVERY:
            assert not re.search(r"\b(give them|they are|may they)\b", reply, re.I), reply


@pytest.mark.parametrize(
    "text",
    [
        "my grandad's been rushed to hospital",
        "our dog had to go to the vets, she's not eating",
        "mum's waiting on more tests after her scan",
        "got laid off this morning",
        "can't take it no more, third night shift this week",
        "there's no more milk and the shop's shut",
    ],
)
def test_bad_news_and_sighs_are_still_not_good_news(text):
    assert mood(text) != "good", text


@pytest.mark.parametrize("slug", PEOPLE)
def test_a_hospital_someone_is_in_is_still_a_worry(slug):
    reply = answer(slug, "my grandad's been rushed to hospital")
    assert starts_with(reply, slug, "concern", "Rosa"), reply
