"""The house bot answers what is in its reach however it is worded (house49, `bots/house49.py`):
a code term anywhere in the question, with the language read from any cue; a spelling; a bill
with a tip and fees; a field none of the personas has, with the nearest one."""

from __future__ import annotations

import time

import pytest

from bots.house49 import CODE49, SPELT49, code_anywhere, house49, own_code, spelt, tip_and_fees
from tests.bots.test_everyday_messages import say


def ask(text: str) -> str:
    return say("aibot", f"/AIBot {text}")


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("whats the deal with .splice() in js", "`arr.slice(1, 3)` copies"),
        ("flexbox justify-content vs align-items confused", "In a flex container `justify-"),
        ("why does my fetch() return a promise and not the data", "`fetch(url)` returns a Promise"),
        ("await only works inside async functions?? in javascript", "In JavaScript an `async`"),
        ('GROUP BY keeps failing with "must appear in the group by clause"', "With `GROUP BY`"),
        ("got a 500 error from my server what is that", "500 Internal Server Error"),
        ("403 forbidden?? vs 401", "401 Unauthorized means"),
        ("str.split in python with no args", "`s.split()` with no argument"),
        ("js map vs forEach", "`arr.map(fn)` returns a new array"),
        (".filter() in javascript example pls", "`arr.filter(fn)` returns"),
        ("git reset --hard vs soft", "`git reset --soft HEAD~1`"),
        ("TypeError: 'NoneType' object is not subscriptable help", "`'NoneType' object is not"),
        ("sql top 3 customers by total", "Sort and cut:"),
        ("python list append vs extend", "`items.append(x)` adds"),
        ('i keep getting "undefined is not a function" in js', "`x is not a function`"),
        ("my pip install keeps failing with externally-managed-environment??", "`externally-"),
        ("my git push keeps failing, rejected non-fast-forward", "A push is rejected"),
        ("npm install keeps erroring with ERESOLVE", "`ERESOLVE unable"),
        ("python dictionary .items() what is it", "`d.items()` gives"),
        ("sql left join keeps giving me duplicates", "A JOIN gives a row once per match"),
        ("404 vs 410", "404 Not Found says"),
        ("why wont my  flexbox items center vertically", "To centre vertically"),
        ("whats the deal with `git rebase -i`", "`git rebase -i HEAD~3`"),
        # held out: worded as none of the above
        ("JSON.parse keeps throwing unexpected token", '`JSON.parse` throws "Unexpected'),
        ("git cherry-pick??", "`git cherry-pick <sha>` copies"),
        ("sql HAVING vs WHERE", "`WHERE` filters rows before"),
        ("regex what does ^ mean", "In a regex `^` matches"),
        ("css position absolute vs relative", "`position: relative` keeps"),
        ("Promise.all what does it do", "`await Promise.all([a(), b()])`"),
        ("the .join() method in python confuses me", '`", ".join(items)` joins'),
        ("how do i pipe grep into wc", "`grep pattern file | wc -l`"),
        ("hey aibot, quick one: what's .strip() for", "`s.strip()` removes whitespace"),
        ("quick q whats .pop() do in python", "`items.pop()` removes and returns"),
        ("how come my python list.sort() returns None", "`list.sort()` sorts the list in place"),
        ("whats the deal with .reduce() lol", "`arr.reduce((acc, x) => acc + x, 0)`"),
        ("why is my promise pending", "`Promise { <pending> }` means"),
        ("settimeout 0 why does it run last", "`setTimeout(fn, 0)` doesn't run"),
        ("z-index not working help", "`z-index` orders overlapping elements"),
        ("git stash pop conflict what now", "A `git stash pop` that conflicts"),
        ("sql count null values", "`COUNT(*)` counts every row"),
        ("inner join 3 tables sql", "Chain the joins"),
        ("status 429?", "429 Too Many Requests"),
        ("got a 429 from the api", "429 Too Many Requests"),
        ("what's a 418 lol", "418 I'm a teapot"),
        ("regex . vs .* whats the diff", "In a regex `.` matches"),
        ("bash what does 2>&1 mean", "`2>&1` sends error output"),
        ("python venv wont activate on windows", "On Windows activate it"),
        ("f string with 2 decimal places python", '`f"{x:.2f}"` shows'),
        ("chmod 755 means what", "`chmod +x script.sh`"),
        ("tabs vs spaces in python", "Use spaces in Python"),
        ("npm vs yarn", "npm, Yarn and pnpm"),
        ("let vs var js", "`var` is function-scoped"),
        ("http put vs patch", "PUT replaces the whole resource"),
        ("sql union vs union all", "`UNION` stacks"),
        ("my .gitignore isnt ignoring my file", "`.gitignore` only keeps untracked files out"),
        ("python why does my for loop skip items when i remove them", "Removing items from a"),
        ("flex-wrap not working", "`flex-wrap: wrap`"),
        ("git commit -m vs -am", '`git commit -am "msg"`'),
        ("git merge vs git pull", "`git pull` is `git fetch`"),
    ],
)
def test_a_code_term_anywhere_in_the_question_is_answered(text, start):
    assert ask(text).startswith(start)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        # a language named picks its own entry, never another language's
        ("how does .join() work in javascript", '`arr.join(", ")`'),
        ("how does .join() work in python", '`", ".join(items)`'),
        ("str.split in js", '`"a,b,c".split(",")`'),
    ],
)
def test_the_language_named_picks_the_entry(text, start):
    assert ask(text).startswith(start)


@pytest.mark.parametrize(
    "text",
    [
        "can you fetch me a coffee",
        "the top 3 films of the year?",
        "i reset my router, is that hard",
        "what's the best position for a sofa",
        "how do i join a room",
        "can i split the bill with the personas lol",
        "is absolute zero relative",
        "hi aibot how are you",
        "what's your favourite book",
        "tell me a joke",
        "what's the capital of australia",
        "is pluto a planet",
        "which persona knows about evolution",
        "i can't spell today lol",
        "how do i leave a room",
        "i had a conflict with my boss, where do i stash my anger lol",
        "can you email me the minutes",
        "is my visa application still pending?",
        "the price includes breakfast right?",
        "i have 429 unread emails",
        "should i get windows or mac",
        "i put a patch on my jeans",
        "we keep going round in loops and i want to remove myself",
        "spaces between tabs on my browser",
    ],
)
def test_a_look_alike_gets_no_code_entry(text):
    reply = ask(text)
    assert not any(reply == answer for *_, answer in CODE49)
    assert not own_code(text)


def test_group_by_asked_of_otherwise_is_no_error_answer():
    assert not ask("SELECT DISTINCT vs GROUP BY which is faster").startswith("With `GROUP BY`")
    assert ask("my group by query throws an error").startswith("With `GROUP BY`")


def test_salon_and_its_features_are_never_code_entries():
    assert own_code("how do i search messages in salon with a regex ^") == ""
    assert code_anywhere("can salon do .filter()", lambda _: None) == ""


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        ("how do you spell necessary", "Necessary, Maya: N-E-C-E-S-S-A-R-Y (one c, two s's)."),
        (
            "how do u spell accomodate",
            "Accommodate, Maya: A-C-C-O-M-M-O-D-A-T-E (two c's, two m's).",
        ),
        (
            "spelling of definately?",
            "Definitely, Maya: D-E-F-I-N-I-T-E-L-Y (finite in the middle).",
        ),
        (
            "whats the correct spelling for rhythm",
            "Rhythm, Maya: R-H-Y-T-H-M (no vowel but the y).",
        ),
    ],
)
def test_a_spelling_asked_is_spelt(text, reply):
    assert ask(text) == reply


def test_a_word_it_does_not_know_is_not_spelt_as_another():
    assert spelt("how do you spell xylophone", "") == ""
    assert spelt("spell it out for me", "") == ""
    assert all(word.isalpha() and word.islower() for word in SPELT49)


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        (
            "bill 92 plus 20% tip and a 5 delivery fee split 4 ways",
            "92 plus 20% tip (18.40) plus 5 in fees is 115.40; between 4 of you, 28.85 each (the "
            "tip on the bill alone).",
        ),
        (
            "we paid £150 for dinner + 12.5% tip + £10 corkage, 5 people, how much each?",
            "£150 plus 12.5% tip (£18.75) plus £10 in fees is £178.75; between 5 of you, £35.75 "
            "each (the tip on the bill alone).",
        ),
    ],
)
def test_a_bill_with_a_tip_and_fees_is_worked(text, reply):
    assert ask(text) == reply


def test_a_bill_with_a_tip_and_no_fee_is_left_to_house48():
    assert tip_and_fees("split 84.50 between 3 with a 15% tip") == ""
    assert ask("split 84.50 between 3 with a 15% tip") == (
        "84.50 plus 15% tip is 97.18; between 3 of you, 32.39 each."
    )


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("which persona is best for cooking tips", "None of the personas is a cook, Maya."),
        ("any of you a chef? need cooking help", "None of the personas is a cook, Maya."),
        ("who here knows about volcanoes", "None of the personas is a volcanologist, Maya."),
    ],
)
def test_a_field_no_persona_has_is_said_plainly_with_the_nearest(text, start):
    assert ask(text).startswith(start)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("who here knows about football", "None of the personas has football as their field"),
        ("who in here knows anything about cars", "None of the personas has cars as their field"),
        ("who here knows about black holes", "Albert Einstein, Maya: his field is physics"),
    ],
)
def test_who_here_knows_a_field_is_asked_of_the_personas_too(text, start):
    assert ask(text).startswith(start)


def test_who_here_knows_a_person_to_hire_is_not_a_field():
    assert house49("who here knows about a good plumber", ", Maya") == ""


def test_a_field_a_persona_has_is_still_theirs():
    assert ask("which persona knows about evolution").startswith("Charles Darwin")
    assert house49("which persona knows about evolution", "") == ""


@pytest.mark.parametrize(
    "junk",
    [
        "why" + "." * 3990,
        "spell" + "'" * 4000,
        "who here " * 500,
        "json.parse" + " unexpected" * 400,
        "1 " * 2000 + "% tip fee",
        "`" * 4000,
        "reset " * 700,
    ],
)
def test_long_junk_is_read_fast(junk):
    start = time.process_time()
    house49(junk, "")
    code_anywhere(junk, lambda _: None)
    assert time.process_time() - start < 0.05
