"""The house bot stops refusing simple things (session 38). A blind rater scored AIBot lowest
of all voices: "I don't know ... Try a search engine" for "whats 15% tip on 84 dollars", "I don't
know that one" for "tell me a joke", "Noted, Maya!" for "tomatoes keep splitting, why", and "I
keep no opinions on that" for "is it true humans came from monkeys". Now a simple sum is worked
by the readers the personas use (and left alone when they are not sure), a joke is told, a
question put without a question mark is owned up to or handed on, a question of fact is no
question of taste, and "what can you do?" says all it does."""

from __future__ import annotations

import pytest

from bots.engine import offline_reply
from bots.house import HOUSE_DEFAULT, HOUSE_UNKNOWN, faq
from bots.house_play import JOKES
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import VOICES, say

OTHERS = tuple(v for s, v in VOICES.items() if s != "aibot")
ENTRIES = {e.id: e for e in faq().entries}


def ask(text: str, seed: int = 1, **kw) -> str:
    return say("aibot", f"/AIBot {text}", seed=seed, **kw)


def in_room(text: str, seed: int = 1) -> str:
    """Asked with every persona seated beside it."""
    return ask(text, seed, others=OTHERS)


# Each said the same alone and with the personas in the room: a sum is its own to work.
SUMS = {
    "whats 15% tip on 84 dollars": "$84 plus 15% tip is $96.60.",
    "whats 20% tip on $45": "$45 plus 20% tip is $54.",
    "whats 15% tip on 84 dollars split 3 ways": (
        "$84 plus 15% tip is $96.60; between 3 of you, $32.20 each."
    ),
    "£88.40 for the 4 of us and leave a 10% tip, how much each": (
        "£88.40 plus 10% tip is £97.24; between 4 of you, £24.31 each."
    ),
    "what's £40 less 10%": "£40 less 10% is £36.",
    # (owned up to before session 43: the word-sum reader had read 60p; bots/sums43.py)
    "whats 20% off 60 pounds": "£60 less 20% is £60 − £12 = £48.",
    "how much is 18% tip on a 52 dollar bill": "18% of $52 is $9.36, so $61.36.",
    "paid £40, sold for £52, what % profit": (
        "£52 − £40 is a profit of £12; £12 ÷ £40 (what it cost) is 30%."
    ),
}


@pytest.mark.parametrize(("question", "reply"), SUMS.items())
def test_a_simple_sum_is_worked_not_refused(question, reply):
    assert ask(question) == reply
    assert in_room(question) == reply


def test_a_tip_on_dollars_for_three_is_worked_with_the_tip():
    # Was read as "60 dollars for 3 is 180", the tip left out, and then owned up to (house48:
    # the tip is put on and the total shared).
    question = "how much is 18% tip on 60 dollars for 3 of us"
    assert ask(question) == "$60 plus 18% tip is $70.80; between 3 of you, $23.60 each."


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("how many people can be in a room", "salon-room-size"),
        ("is there a limit of 50 people per room", "salon-room-size"),
        ("can i upload a file bigger than 10mb", "salon-files"),
        ("how do i mention 2 people at once", "salon-mention"),
    ],
)
def test_a_salon_question_with_a_number_in_it_still_gets_the_salon_answer(question, entry):
    assert ask(question) in ENTRIES[entry].answers
    assert in_room(question) in ENTRIES[entry].answers


def test_a_joke_is_told_and_never_the_same_twice_running():
    first = ask("tell me a joke")
    assert first == f"Here's one, Maya: {JOKES[3]}"
    assert in_room("tell me a joke") == first
    history = (Line("maya", "/AIBot tell me a joke"), Line("AIBot", first, own=True))
    second = ask("another joke", seed=2, history=history)
    assert second == f"Here's one, Maya: {JOKES[6]}"
    # The same seed again, after it: another joke all the same.
    assert ask("tell me a joke", history=history) not in (first, "")
    assert ask("tell me a joke", history=history).startswith("Here's one, Maya: ")
    # Rotated by the seed, and each told again only after the rest.
    told = []
    for seed in range(1, len(JOKES) + 1):
        lines = tuple(
            line
            for joke in told
            for line in (Line("maya", "/AIBot joke"), Line("AIBot", joke, own=True))
        )
        told.append(ask("tell us a joke", seed=seed, history=lines))
    assert sorted(told) == sorted(f"Here's one, Maya: {joke}" for joke in JOKES)


@pytest.mark.parametrize(
    "question",
    [
        "tell us a joke",
        "got any good jokes?",
        "joke pls",
        "make me laugh",
        "do you know any jokes",
        "give me a programming joke",
        "can you tell me a python joke",
    ],
)
def test_a_joke_asked_in_other_words_is_told(question):
    assert ask(question) in {f"Here's one, Maya: {joke}" for joke in JOKES}


def test_a_joke_on_something_else_says_its_jokes_are_programming_ones():
    assert ask("tell me a joke about cats") == (
        f"I only know programming jokes, Maya, I'm afraid, but here's one: {JOKES[3]}"
    )


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        ("i heard a great joke yesterday", "Noted, Maya! I'm the house bot, so I'll leave"),
        ("write me a joke for my best man speech", "Writing a joke isn't something I can do"),
    ],
)
def test_a_joke_told_of_or_to_be_written_is_no_joke_asked_for(question, reply):
    assert ask(question).startswith(reply)


def test_what_it_can_do_names_sums_and_the_personas():
    assert ask("what can you do?") == (
        "Happy to help! Ask me with /AIBot and a question: how Salon works (rooms, invites, "
        "mentions, files, settings), code (Python, async, WebSockets, databases, HTTP, git), or "
        "a simple sum (a tip, a percentage, a bill split). For anything else I'll tell you "
        "which persona in the room knows the field."
    )
    assert all("sum" in line and "persona" in line for line in HOUSE_DEFAULT)


@pytest.mark.parametrize(
    "question",
    [
        "tomatoes keep splitting, why",
        "my laptop wont turn on after the update, any ideas",
        "why is my bread so dense, any tips",
        "is it true humans came from monkeys",
        "is it true that goldfish have a 3 second memory",
        "is it true lightning never strikes twice",
        "my cat keeps sneezing and i dont know why",
        "my sourdough wont rise and im not sure why",
    ],
)
def test_a_question_it_cannot_answer_is_owned_up_to_never_noted(question):
    reply = ask(question)
    assert reply in HOUSE_UNKNOWN
    assert not reply.startswith(("Noted", "I see")) and "opinion" not in reply


@pytest.mark.parametrize(
    ("question", "reply"),
    [
        (
            "is it true humans came from monkeys",
            "I don't know that one, Maya, I'm afraid; Charles Darwin might know: ask @darwin.",
        ),
        (
            "is it true that goldfish have a 3 second memory",
            "I don't know that one, Maya, I'm afraid; Charles Darwin might know: ask @darwin.",
        ),
        (
            "is it true lightning never strikes twice",
            "I don't know that one, Maya, I'm afraid; Albert Einstein might know: ask @einstein.",
        ),
        (
            "my cat keeps sneezing and i dont know why",
            "I don't know that one, Maya, I'm afraid; Charles Darwin might know: ask @darwin.",
        ),
        (
            "my sourdough wont rise and im not sure why",
            "I don't know that one, Maya, I'm afraid; Marie Curie might know: ask @curie.",
        ),
        (
            "why is my bread so dense, any tips",
            "I don't know that one, Maya, I'm afraid; Marie Curie might know: ask @curie.",
        ),
    ],
)
def test_with_the_personas_in_the_room_a_question_of_their_field_is_handed_on(question, reply):
    assert in_room(question) == reply


def test_a_question_of_fact_is_not_one_of_taste_but_a_view_still_is():
    reply = offline_reply(
        VOICES["aibot"], message="/AIBot is it true humans came from monkeys", seed=1
    )
    assert "opinion" not in reply
    assert "keep no opinions" in ask("is it better to rent or buy")


def test_trouble_with_ones_own_code_is_owned_up_to_as_code():
    assert ask("my code throws a KeyError, why") == (
        "I can't tell what's wrong from that, Maya, I'm afraid: I only carry small Python "
        "snippets and how Salon works. Paste the few lines and the whole error message here; "
        "someone in the room may spot it."
    )


def test_thanks_for_the_help_is_thanks_not_a_call_for_help():
    assert ask("thanks for the help") == "You're welcome, Maya! Ask again any time with /AIBot."


def test_a_joke_offered_gets_none_of_its_own_back():
    reply = ask("got a joke for you: why did the chicken cross the road")
    assert not any(joke in reply for joke in JOKES)
