"""The house bot on code questions of its own field (rate44): a Python error message, JavaScript's
let and const, a SQL query for the newest rows and centring a div are answered, never read as
bad news ("I'm sorry to hear that"), a remark ("Noted") or an invitation ("let ... in")."""

from __future__ import annotations

import pytest

from tests.bots.test_everyday_messages import say


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        (
            "/AIBot python says 'list index out of range' what did i do wrong",
            "`IndexError: list index out of range` means you asked for a position the list",
        ),
        ("/AIBot KeyError in python what does it mean", "A `KeyError` means the dict has no"),
        (
            "/AIBot my code says 'NoneType' object has no attribute 'split'",
            "`'NoneType' object has no attribute ...` means a variable",
        ),
        (
            "/AIBot what's the difference between let and const in javascript",
            "In JavaScript, `const` can't be reassigned and `let` can",
        ),
        ("/AIBot let vs const in js?", "In JavaScript, `const` can't be reassigned"),
        (
            "/AIBot write a sql query that gets the 5 newest users from a users table with a "
            "created_at column",
            "`SELECT * FROM users ORDER BY created_at DESC LIMIT 5;`",
        ),
        ("/AIBot how do i center a div", "Give the parent `display: flex; justify-content:"),
        ("/AIBot how do i centre a div in css", "Give the parent `display: flex;"),
    ],
)
def test_a_code_question_of_its_field_is_answered(text, opening):
    assert say("aibot", text).startswith(opening)


@pytest.mark.parametrize(
    "text", ["/AIBot how do i let my friend into the room", "/AIBot can i let tom in"]
)
def test_letting_someone_in_is_still_an_invitation(text):
    assert say("aibot", text).startswith("In a private room, owners and moderators press Invite")
