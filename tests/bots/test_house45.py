"""The house bot on what people really ask it (session 45, after rate44): Salon's personas
answering each other, a persona of one's own, what the bots remember, a room or a DM; everyday
code in JavaScript, CSS, HTML, SQL, Python, git and Django; and what only a live feed or an
errand would answer. Each gets its own answer, never a stock line met on one of its words (the
chattiness answer for 'talk to each other', the room deletion for 'get rid of a persona', a
sheet formula for counting SQL rows, "Noted" to a JavaScript error) or a dodge."""

from __future__ import annotations

import pytest

from bots.house import faq_entry
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say

ASKED = [
    ("/AIBot can personas reply to each other? can i get two to debate", "salon-persona-debate"),
    ("can two personas talk to each other", "salon-persona-debate"),
    ("can i make my own persona", "salon-own-persona"),
    ("do the bots remember what i said yesterday", "salon-persona-memory"),
    ("how do i get rid of a persona in my room", "salon-remove-persona"),
    ("whats the difference between a room and a dm", "salon-room-or-direct"),
    ("what's the difference between == and === in js", "js-equality"),
    (
        "TypeError: cannot read properties of undefined (reading 'map') what does this mean",
        "js-undefined-property",
    ),
    ("whats a promise in javascript", "js-promise"),
    ("how do i add an item to an array in js", "js-array"),
    ("how do i make an api call in javascript", "js-fetch"),
    ("what does useEffect do in react", "react-useeffect"),
    ("flexbox vs grid?", "css-flex-grid"),
    ("how do i make a link open in a new tab html", "html-new-tab"),
    ("how do i count rows in sql", "sql-count"),
    ("why does my python say IndentationError", "python-indentation"),
    ("what does 'SyntaxError: unexpected EOF while parsing' mean", "python-syntax-eof"),
    ("how do i print without newline in python", "python-print-end"),
    ("how do i sort a list of dicts by a key in python", "python-sort-dicts"),
    ("how to delete a branch in git", "git-delete-branch"),
    ("how do i make a django model", "django-model"),
    ("whats localhost", "localhost"),
    ("what's the weather like tomorrow", "outside-live"),
    ("What's the weather in Paris tomorrow?", "outside-live"),
    ("can u order me a pizza", "outside-errand"),
]


@pytest.mark.parametrize(("text", "entry"), ASKED)
def test_a_question_people_ask_gets_its_own_answer(text, entry):
    assert say("aibot", text) == faq_entry(entry).answers[0]


def test_an_answer_after_a_line_of_history_is_the_same():
    history = [Line("tom", "git is yelling at me")]
    reply = say("aibot", "how do i fix merge conflict", history=history)
    assert reply == faq_entry("git-merge-conflict").answers[0]
    assert reply.startswith("Git marks the clash in each file between `<<<<<<<`")


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        # Python's `is` against `==` stays Python's; "sort" alone is no dict.
        ("when should i use is instead of ==", "python-is-equals"),
        ("how do i stop the bots replying to everything", "salon-chattiness"),
        ("count each word of a list in python", "python-counting"),
        ("python read csv into list of dicts", "python-csv"),
    ],
)
def test_neighbouring_questions_keep_their_answers(text, entry):
    assert say("aibot", text) in faq_entry(entry).answers


@pytest.mark.parametrize(
    "text",
    [
        "who won the world cup in 1966",
        "its nice weather today",
        "whats the best way to learn javascript",
    ],
)
def test_no_live_or_javascript_answer_where_none_is_asked(text):
    reply = say("aibot", text)
    assert reply not in faq_entry("outside-live").answers
    assert reply not in faq_entry("js-equality").answers


def test_heartbreak_with_a_history_line_gets_one_kind_word_not_two():
    history = [Line("tom", "she left me last week")]
    reply = say("aibot", "how do i get over a breakup", history=history)
    assert reply == faq_entry("house-breakup").answers[0]
    assert say("aibot", "i got dumped lol").count("sorry") == 1


@pytest.mark.parametrize("text", ["whats ur favourite song", "what's your favourite colour"])
def test_its_own_favourite_is_a_matter_of_taste_left_to_the_personas(text):
    assert say("aibot", text) == (
        "I'm only the house bot, Maya, so I keep no opinions on that; mention one of the "
        "personas with @ and they'll gladly give you theirs."
    )
