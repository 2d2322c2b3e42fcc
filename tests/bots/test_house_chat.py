"""Chat put to the house bot is answered as chat, not with an FAQ answer that shares an
everyday word with it ("how was your day" is no question about the daily AI limit)."""

import json
from pathlib import Path

import pytest

from bots.house import HOUSE_SOCIAL, faq, house_intent, house_reply

HERE = Path(__file__).parent

# Kinds of the dev sets that are chat through and through: none may get an FAQ answer. A new
# FAQ word that pulls one of these in fails here, whichever dev set the message came from.
CHAT_KINDS = frozenset(
    """
    evening bye thanks back vent firsttime achievement joy milestone weary grave wry agree welcome
    good bad_big greet sides occasion tips outside newcomer greeting life luck bad disagree hello
    self howru metoo news worry loss farewell personal
    """.split()  # noqa: SIM905 (a word list reads better as text)
)


def chat_messages() -> list[str]:
    said = []
    for path in sorted(HERE.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            continue
        for message in data.get("messages", []):
            text = message.get("text", "") if isinstance(message, dict) else ""
            if message.get("kind") in CHAT_KINDS and text and "{" not in text:
                said.append(text)
    return sorted(set(said))


CHAT = chat_messages()
ANSWERS = frozenset(answer for entry in faq().entries for answer in entry.answers)


def test_the_chat_messages_are_many():
    assert len(CHAT) >= 300


@pytest.mark.parametrize("said", CHAT)
def test_chat_gets_no_faq_answer(said):
    assert house_reply(said, seed=1, name="sam") not in ANSWERS


def social(kind: str) -> set[str]:
    return {line.format(to=", Sam") for line in HOUSE_SOCIAL[kind]}


@pytest.mark.parametrize(
    ("said", "kind"),
    [
        ("how was your day", "day"),
        ("busy today?", "day"),
        ("what r u up to tomorrow", "day"),
        ("do you sleep much", "self"),
        ("do you have many friends", "self"),
        ("do you like music", "self"),
        ("Hey, long time no see!", "hello"),
        ("We had our first baby last week.", "congrats"),
        ("Got a raise at work today.", "congrats"),
        ("Our old dog had to be put down yesterday.", "sympathy"),
        ("cant sleep again", "sympathy"),
        ("long day at work ugh", "sympathy"),
        ("im with ada on this one", "opinion"),
        ("what charles said", "opinion"),
    ],
)
def test_chat_that_shares_a_word_with_the_faq_is_answered_in_kind(said, kind):
    assert house_reply(said, seed=1, name="sam") in social(kind)


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("are you a real person?", "salon-real-ai"),
        ("i forgot my password", "salon-password"),
        ("my password got leaked, how do i change it", "salon-password"),
        ("i want to leave this group", "salon-leave"),
        ("how do i mention ada", "salon-mention"),
        ("how do i find a message from last week", "salon-search"),
        ("someone posted something offensive", "salon-report"),
        ("do you support markdown?", "salon-formatting"),
        # Block alone leaves a room's harassment where it was: report and block (method14).
        ("someone keeps harassing me in a room", "salon-safety"),
    ],
)
def test_questions_about_salon_in_everyday_words_still_get_their_answer(question, entry):
    assert house_intent(question) == entry
    assert (
        house_reply(question, seed=1, name="sam")
        in faq().entries[[e.id for e in faq().entries].index(entry)].answers
    )


def test_a_question_about_what_salon_does_with_ones_messages_is_not_about_the_bots_life():
    assert house_reply("do you store my messages?", seed=1, name="sam") not in social("self")
