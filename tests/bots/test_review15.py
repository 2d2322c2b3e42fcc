"""What the review of round fifteen found: rules that misfired on ordinary chat, and regexes
that backtracked on a long hostile message."""

import pytest

from bots.asks import reasked
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import CAST, say

SKY = "@einstein why is the sky blue?"


def _after_a_question(text: str, *, asked: bool) -> str:
    """Einstein's reply to maya's `text`, with or without her unanswered question before."""
    history = (
        *(
            (Line("maya", SKY), Line("Albert Einstein", "Tell me more, Maya.", own=True))
            if asked
            else ()
        ),
        Line("jo", "anyone watching the match later"),
    )
    return say("einstein", text, author="maya", history=history, others=CAST)


@pytest.mark.parametrize(
    "text",
    [
        "@einstein you never answered my text last night lol",
        "@einstein you didn't answer me about saturday, are you coming?",
        "@einstein no one answered the door when i knocked",
        "@einstein yeah but how was the concert",
        "@einstein lol but how did the date go",
    ],
)
def test_ordinary_chat_asks_no_earlier_question_again(text):
    # Each was answered with the sky line ("you never answered my text" is no question re-asked).
    assert _after_a_question(text, asked=True) == _after_a_question(text, asked=False)


@pytest.mark.parametrize(
    "text",
    [
        "you never answered my text last night lol",
        "no one answered the door",
        "you didnt answer me about saturday",
        "u never answered the phone",
    ],
)
def test_an_answer_missed_with_another_object_is_no_question_asked_again(text):
    assert reasked(text) is None


def test_but_how_just_after_its_own_answer_is_no_question_asked_again():
    answer = "The sky is blue because the air scatters blue sunlight far more than red."
    history = (Line("maya", SKY), Line("Albert Einstein", answer, own=True))
    reply = say("einstein", "@einstein but how do we know that", author="maya", history=history)
    # Was the same answer again, as if the question were new.
    assert "scatters blue sunlight" not in reply, reply
