"""Play-test misfits of the house bot (session 20): the FAQ's best entry answered questions it
did not fit ("how do i write a for loop in python" got the csv answer, "how do I write async
code" the pytest one), a factual either-or was called a matter of taste ("is it faster to take
the train or fly from paris to berlin"), and everyday questions of a new user ("how do i send a
message", "how do i log out") got another entry's answer or a goodbye."""

from __future__ import annotations

import re

import pytest

from bots.house import (
    HOUSE_FACT_CHOICE,
    HOUSE_FACT_CHOICE_EXPERT,
    HOUSE_SOCIAL,
    HOUSE_TECH_UNKNOWN,
    HOUSE_UNKNOWN,
    faq,
    house_intent,
)
from tests.bots.test_everyday_messages import VOICES, say

ENTRIES = {e.id: e for e in faq().entries}
OTHERS = tuple(v for s, v in VOICES.items() if s != "aibot")


def answers(entry: str) -> tuple[str, ...]:
    return ENTRIES[entry].answers


def social(kind: str, name: str = "Maya") -> set[str]:
    return {line.format(to=f", {name}") for line in HOUSE_SOCIAL[kind]}


# The play-test's own questions, exactly as sent.
def test_a_for_loop_in_python_is_answered_with_loops_not_csv():
    reply = say("aibot", "/AIBot how do i write a for loop in python")
    assert reply == answers("python-loop")[0]
    assert "`for item in items:`" in reply and "csv" not in reply


def test_writing_async_code_is_answered_with_async_not_pytest():
    reply = say("aibot", "/AIBot how do I write async code")
    assert reply in answers("async")
    assert reply.startswith("Write `async def main():`")
    assert "asyncio.run(main())" in reply and "pytest" not in reply


def test_a_factual_either_or_is_a_fact_it_cannot_look_up_not_a_taste():
    reply = say("aibot", "/AIBot is it faster to take the bus or the tube to the airport")
    assert reply in {line.format(to=", Maya") for line in HOUSE_FACT_CHOICE}, reply
    assert "can't look it up" in reply or "can't look that up" in reply
    assert "opinion" not in reply.split(":")[0] and "taste I" not in reply
    # (sample39: the train or the plane is worked out, bots/journey.py; test_sample39)


@pytest.mark.parametrize("question", ["/AIBot tabs or spaces?", "/AIBot cats or dogs?"])
def test_a_true_taste_either_or_keeps_its_taste_reply(question):
    assert say("aibot", question) in social("opinion")


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("/AIBot how do i leave a room", "salon-leave"),
        ("/AIBot can i delete my message", "salon-edit"),
        ("/AIBot what's the difference between a list and a tuple", "python-list-tuple"),
        ("/AIBot what is a websocket", "websocket"),
    ],
)
def test_the_everyday_questions_of_the_brief_keep_their_answers(question, entry):
    assert house_intent(question) == entry
    assert say("aibot", question) in answers(entry)


# Paraphrases: basic Python a house bot that knows a little code should know.
@pytest.mark.parametrize(
    ("question", "entry", "shown"),
    [
        ("/AIBot how do i write a while loop", "python-loop", "`while x < 10:`"),
        ("/AIBot how do i loop over a list in python", "python-loop", "`for item in items:`"),
        ("/AIBot loop with index python", "python-loop", "enumerate(items)"),
        ("/AIBot what is enumerate", "python-loop", "enumerate(items)"),
        ("/AIBot how do i write a function in python", "python-function", "`def greet("),
        ("/AIBot how do i define a function", "python-function", "`return value`"),
        ("/AIBot what does return do", "python-function", "`return value`"),
        ("/AIBot how do i read a file in python", "python-files", "`for line in f:`"),
        ("/AIBot how do i read a text file line by line", "python-files", "`for line in f:`"),
        ("/AIBot how do i write to a file in python", "python-files", 'f.write("text\\n")'),
        ("/AIBot how do i append to a file", "python-files", '`"a"` (appends)'),
        ("/AIBot how do i split a string", "python-strings", '`"a,b".split(",")`'),
        ("/AIBot how do i convert a string to an int", "python-convert", '`int("42")`'),
        ("/AIBot what is a string", "python-strings", "never changes in place"),
        ("/AIBot what is a variable", "python-basics", '`name = "Ada"`'),
        ("/AIBot what is an if statement", "python-basics", "`elif other:`"),
        ("/AIBot how do i print in python", "python-basics", "`print(name)`"),
        ("/AIBot my code doesn't work", "debugging", "`breakpoint()`"),
        ("/AIBot how do i debug my code", "debugging", "traceback"),
        ("/AIBot what is a list", "python-list-ops", "`nums = [3, 1, 2]`"),
        ("/AIBot how do i make a list in python", "python-list-ops", "`nums.append(4)`"),
        ("/AIBot how do i write asynchronous code in python", "async", "`async def`"),
        ("/AIBot how do i use async await", "async", "`asyncio.run(main())`"),
        ("/AIBot how do i install python", "python", "python.org"),
        ("/AIBot how do i read a json file", "python-json", "`json.load(f)`"),
        ("/AIBot what is object oriented programming", "python-class", "`self`"),
    ],
)
def test_basic_python_is_answered_by_its_own_entry(question, entry, shown):
    assert house_intent(question) == entry
    reply = say("aibot", question)
    assert reply in answers(entry) and shown in reply, reply


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("/AIBot what is salon", "salon-about"),
        ("/AIBot whats this app", "salon-about"),
        ("/AIBot how do i use salon", "salon-about"),
        ("/AIBot how do i get started", "salon-about"),
        ("/AIBot how do i send a message", "salon-send"),
        ("/AIBot where do i type", "salon-send"),
        ("/AIBot how do i go back to the lobby", "salon-lobby"),
        ("/AIBot where are my rooms", "salon-lobby"),
        ("/AIBot how do i switch rooms", "salon-lobby"),
        ("/AIBot how do i log out", "salon-logout"),
        ("/AIBot how do i sign out", "salon-logout"),
        ("/AIBot what is an api", "rest-api"),
        ("/AIBot how do i make a room public", "salon-public"),
        ("/AIBot how do i remove a persona from the room", "salon-remove-persona"),
        ("/AIBot how do i kick a bot out", "salon-remove-persona"),
        ("/AIBot how do i find a room", "salon-join"),
        ("/AIBot what's a persona", "salon-personas"),
    ],
)
def test_a_new_users_everyday_question_gets_its_own_answer(question, entry):
    assert house_intent(question) == entry
    assert say("aibot", question) in answers(entry)


@pytest.mark.parametrize(
    ("question", "entry", "shown"),
    [
        ("/AIBot how do i accept an invite", "salon-invite", "To accept an invitation, press Join"),
        ("/AIBot how do i invite someone", "salon-invite", "owners and moderators press Invite"),
        ("/AIBot how do i get the length of a list", "python-list-ops", "`len(nums)`"),
        ("/AIBot whats the max message length", "salon-message-limit", "4000 characters"),
        ("/AIBot how do i make a loop stop", "python-loop", "`break` leaves the loop"),
        ("/AIBot how do i stop a reply", "salon-stop", "Press Stop"),
        ("/AIBot how do i make a private room", "salon-private", 'Tick "Private"'),
        ("/AIBot is this room public", "salon-visibility", "A public room can be read"),
    ],
)
def test_the_answer_that_fits_is_picked_within_an_entry(question, entry, shown):
    assert house_intent(question) == entry
    reply = say("aibot", question)
    assert reply in answers(entry) and shown in reply, reply


def test_the_answers_say_what_salon_does():
    assert answers("salon-send")[0].startswith("Type in the message box")
    assert "Enter or Send" in answers("salon-send")[0]
    assert answers("salon-lobby")[0].startswith("Click Salon in the top bar")
    assert answers("salon-logout")[0].startswith("Press Log out in the top bar")


def test_a_goodbye_that_logs_out_is_still_a_goodbye():
    assert say("aibot", "/AIBot ok bye, logging out now") in {"Bye for now, Maya!"} | {
        line.format(to=", Maya") for line in HOUSE_SOCIAL["bye"]
    }
    assert say("aibot", "/AIBot how do i log out") not in {
        line.format(to=", Maya") for line in HOUSE_SOCIAL["bye"]
    }


@pytest.mark.parametrize(
    "question",
    [
        "/AIBot which is bigger, the sun or the moon",
        "/AIBot which is older, rome or athens",
        "/AIBot is the bus or the train quicker to the airport",
        # (sample39: the train or the plane is worked out: test_sample39)
        "/AIBot is it cheaper to rent or buy",
    ],
)
def test_a_factual_choice_is_owned_up_to_as_a_fact_it_cannot_look_up(question):
    assert house_intent(question) == "default"
    alone = say("aibot", question)
    assert alone in {line.format(to=", Maya") for line in HOUSE_FACT_CHOICE}, alone


def test_a_remark_with_a_comparative_in_it_is_no_factual_choice():
    reply = say("aibot", "/AIBot my older sister says i should learn python or java")
    assert reply not in {line.format(to=", Maya") for line in HOUSE_FACT_CHOICE}, reply


def test_a_factual_choice_is_handed_to_a_persona_who_might_know():
    reply = say("aibot", "/AIBot which is bigger, the sun or the moon", others=OTHERS)
    expected = {
        o.format(to=", Maya", who="Albert Einstein", slug="einstein")
        for o in HOUSE_FACT_CHOICE_EXPERT
    }
    assert reply in expected, reply


@pytest.mark.parametrize(
    "question",
    [
        "/AIBot coffee or tea?",
        "/AIBot vim or emacs?",
        "/AIBot is it better to take the train or fly",
        "/AIBot would you rather fly or take the train",
        "/AIBot which is better, cats or dogs?",
        "/AIBot would you rather be taller or smarter?",
    ],
)
def test_a_choice_of_taste_keeps_its_taste_reply(question):
    assert say("aibot", question) in social("opinion")


# Negatives: what the floor and the new entries must leave as it was.
@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("how do i read a csv in python", "python-csv"),
        ("how do i write a csv with python", "python-csv"),
        ("how do i write unit tests", "python-testing"),
        ("how do i test my python code", "python-testing"),
        ("how do i load a json file", "python-json"),
        ("how do i open a file safely", "python-with"),
        ("how do i format a string in python", "python-fstring"),
        ("put a variable in a string", "python-fstring"),
        ("variable number of arguments", "python-args"),
        ("what does @ above a function do", "python-decorator"),
        ("anonymous function python", "python-lambda"),
        ("one line for loop python", "python-comprehension"),
        ("how do i loop over a dict", "python-dict"),
        ("how do i reverse a list", "python-list-ops"),
        ("how do i catch an error in python", "python-exceptions"),
        ("how do i run blocking code in asyncio", "async-blocking"),
        ("how do i send messages over a websocket", "websocket"),
        ("how do i write bold text", "salon-formatting"),
        ("how do i add a new line without sending", "salon-formatting"),
        ("how do i upload a file", "salon-files"),
        ("can i send a pic", "salon-files"),
        ("can i send a private msg", "salon-direct"),
        ("why was my msg refused for sending too fast", "salon-message-limit"),
        ("can my script post messages", "salon-api"),
        ("is there an api", "salon-api"),
        ("how do i install a package", "python-pip"),
        ("how do i start a room", "salon-create"),
        ("how do i sign up", "salon-signup"),
        ("how do i log in", "salon-signup"),
        ("list the personas pls", "salon-personas"),
        ("what is a list comprehension", "python-comprehension"),
        ("wat is an index", "db-index"),
        ("how does salon work under the hood", "django"),
        ("what database does salon use", "salon-database"),
        ("mongo or postgres", "sql-nosql"),
        ("sqlite vs postgres", "database"),
        ("whats the deal with await", "async"),
    ],
)
def test_questions_that_fit_their_entry_keep_it(question, entry):
    assert house_intent(question) == entry
    assert say("aibot", f"/AIBot {question}") in answers(entry)


@pytest.mark.parametrize(
    "question",
    [
        # ("how do i write a quicksort in python" asks for code: test_house23 has its reply.)
        # Another language: the Python answers are none.
        "how do i split a string in js",
        "what is a linked list",
    ],
)
def test_a_question_no_entry_fits_is_owned_up_to(question):
    assert house_intent(question) == "default"
    reply = say("aibot", f"/AIBot {question}")
    # Session 25: another language named is owned up to as code, by its name (test_house25).
    tech = "JavaScript" if re.search(r"\b(?:javascript|js)\b", question) else ""
    if tech:
        assert reply in {o.format(to=", Maya", tech=tech) for o in HOUSE_TECH_UNKNOWN}
    else:
        assert reply in HOUSE_UNKNOWN


def test_the_seeds_intents_are_still_reached():
    for question, entry in [
        ("what is python", "python"),
        ("how does async await work", "async"),
        ("what is a websocket", "websocket"),
        ("wat is event driven design", "event-driven"),
        ("which database should i use", "database"),
        ("why is the sky blue", "default"),
        ("", "default"),
    ]:
        assert house_intent(question) == entry, question


def test_the_new_code_answers_fit_and_show_code_inline():
    from rooms.formatting import body_html

    for entry in (
        "python-loop",
        "python-function",
        "python-files",
        "python-strings",
        "python-basics",
        "debugging",
    ):
        for answer in answers(entry):
            assert len(answer) <= VOICES["aibot"].max_reply_chars, entry
            assert "<code>" in body_html(answer), entry
    assert "<code>for item in items:</code>" in body_html(answers("python-loop")[0])
