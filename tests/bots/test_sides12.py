"""A side declined in chat words is read as disagreeing (issue 14, round twelve): "not sure i
agree with socrates", "i dont really agree with darwin", "cant agree with einstein there", "not
totally with ada on this". Blind raters gave 2 of 5 when such a message was met with "So you
side with Socrates" or "You agree with me". "Couldn't agree more" still agrees."""

from __future__ import annotations

import pytest

from bots.engine import read
from bots.material import terms
from tests.bots.test_everyday_messages import PEOPLE, VOICES, say

NAMES = (
    "Albert Einstein",
    "William Shakespeare",
    "Marie Curie",
    "Ada Lovelace",
    "Socrates",
    "Charles Darwin",
)
DECLINED = [
    ("not sure i agree with socrates tbh, some questions do have answers", "Socrates"),
    ("i dont really agree with darwin on that one", "Darwin"),
    (
        "cant agree with einstein there, imagination without knowledge is just daydreaming",
        "Einstein",
    ),
    ("not totally with ada on this, machines surprise people all the time", "Ada"),
    ("I don't quite agree with Curie, the lab isn't everything", "Curie"),
    ("not so sure i buy what shakespeare said", "Shakespeare"),
]
AGREED = [
    ("couldn't agree more with darwin", "Darwin"),
    ("i agree with socrates, questions first", "Socrates"),
    ("100% with ada on this", "Ada"),
]


def reading(text: str, slug: str):
    return read(text, voice=VOICES[slug], speakers=NAMES, query=terms(text))


@pytest.mark.parametrize(("text", "named"), DECLINED)
def test_a_side_declined_in_chat_words_is_read_as_disagreeing(text, named):
    for slug in PEOPLE:
        found = reading(text, slug)
        assert (found.kind, found.speaker) == ("disagree", named), (slug, found)


@pytest.mark.parametrize(("text", "named"), AGREED)
def test_a_side_taken_is_still_read_as_agreeing(text, named):
    for slug in PEOPLE:
        assert reading(text, slug).kind != "disagree", slug


@pytest.mark.parametrize("slug", PEOPLE)
def test_no_persona_tells_someone_who_disagrees_that_they_agree(slug):
    for text, _ in DECLINED:
        reply = say(slug, f"@{slug} {text}", seed=2).lower()
        for wrong in ("you side with", "you agree with", "stand with", "chorus"):
            assert wrong not in reply, (text, reply)
