"""Session 28 (lead): a favourite asked of a thing whose kind is food or drink ("what's your
favourite biscuit") is asked of the persona's food; a line on its own life answers only when one
clause asks it (the "your" of "your favourite biscuit" and the "voting" of "we're voting for the
tea table" ask nothing of its politics); the house bot says a reaction notifies nobody."""

from __future__ import annotations

import pytest

from bots.habits import asked_subjects
from bots.house import faq
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import VOICES, say

ENTRIES = {e.id: e for e in faq().entries}
SPAGHETTI = (
    "I am no gourmet, Maya; simple food suited me, a plate of spaghetti, which I learned to love "
    "as a boy in Italy, and my pipe afterwards."
)
POLITICAL = "Political, ja, Maya, more than was good for my peace"


@pytest.mark.parametrize(
    "text, subjects",
    [
        ("what's your favourite biscuit", ["food"]),
        ("whats ur fave cake", ["food"]),
        ("do you like pizza", ["food"]),
        ("what's your favourite tea", ["drink"]),
        ("what's your favourite wine", ["drink"]),
        # Not of its own ways, or no thing of those kinds.
        ("can you recommend a biscuit for dunking", []),
        ("what's your favourite planet", []),
        ("is cake bad for dogs", []),
    ],
)
def test_a_thing_of_the_kind_food_or_drink_asked_of_it_is_its_food_or_drink(text, subjects):
    assert asked_subjects(text) == subjects


@pytest.mark.parametrize(
    "text",
    [
        "what's your favourite biscuit, we're voting for the tea table",
        "whats ur fave biscuit",
        "your favourite biscuit? we're voting on it at work",
    ],
)
def test_a_favourite_biscuit_is_answered_from_its_food_not_its_politics(text):
    assert say("einstein", f"@einstein {text}") == SPAGHETTI


@pytest.mark.parametrize(
    "text",
    [
        "did you ever vote",
        "were you political",
        "what were your politics",
        "be honest, did you vote",
    ],
)
def test_its_politics_asked_in_one_clause_are_still_its_politics(text):
    assert say("einstein", f"@einstein {text}").startswith(POLITICAL)


# What a group asks the house bot, new in session 28: each entry three ways at least.
ASKED28 = {
    "salon-react-notify": (
        "does the 🔥 reaction notify people or is it just for show",
        "if i react to a message will they get notified",
        "do likes ping anyone",
        "does a heart reaction tell them",
        "will they be notified if i react",
    ),
    "sheet-countif": (
        "made a google sheet for rsvps, what's the formula to count the cells that say yes",
        "how do i count how many said yes in excel",
        "countif formula for a column of names",
    ),
    "sheet-sum": (
        "how do i add up a column in excel",
        "how do i total a column in google sheets",
        "whats the formula to add up column c",
    ),
    "sheet-average": (
        "excel formula for average",
        "whats the average of the cells in column d",
        "how do i get the mean of a column in sheets",
    ),
    "sheet-lookup": (
        "how do i do a vlookup",
        "xlookup in excel, how does it work",
        "vlookup a name from another sheet",
    ),
}


@pytest.mark.parametrize(
    ("entry", "text"), [(entry, text) for entry, asked in ASKED28.items() for text in asked]
)
def test_a_new_entry_is_found_by_how_people_ask_it(entry, text):
    assert say("aibot", f"/AIBot {text}") == ENTRIES[entry].answers[0]


def test_a_reaction_notifies_nobody():
    assert ENTRIES["salon-react-notify"].answers[0].startswith("No: a reaction notifies nobody")


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        ("how do i react with an emoji", "salon-react"),
        ("can i see who reacted", "salon-react-who"),
        ("how do I get notifications", "salon-notifications"),
        # Files sent, and the code answers, keep theirs.
        ("can I send an excel file here", "salon-files"),
        ("can i add a spreadsheet to the chat", "salon-files"),
        ("how do i add up a column in a csv in python", "python-csv-sum"),
    ],
)
def test_other_questions_near_them_keep_their_answers(text, entry):
    assert say("aibot", f"/AIBot {text}") == ENTRIES[entry].answers[0]


UNWORKED = tuple(
    line.split(" ", 1)[1] for line in VOICES["lovelace"].material if line.startswith("#unworked ")
)


def _unworked(reply: str) -> bool:
    return any(reply == line.replace("{name}", "Maya") for line in UNWORKED)


@pytest.mark.parametrize(
    ("before", "text"),
    [
        (
            ("it's 3 quid a ticket", "and the train is at 14:10"),
            "@lovelace so how much is that each then",
        ),
        (("due date is 14th march", "today's 2nd jan"), "@lovelace how many weeks to go"),
        (
            ("coach quote is £1,380 and the centre is £189 a head. pupil premium covers 14 kids",),
            "@lovelace what's the cost per paying child if we split the coach across everyone",
        ),
    ],
)
def test_a_sum_she_cannot_work_is_asked_to_be_set_out_never_owned_up_to(before, text):
    history = tuple(Line("kev", b) for b in before)
    reply = say("lovelace", text, history=history)
    assert _unworked(reply), reply
    assert "fails me" not in reply and "Babbage could not help" not in reply


@pytest.mark.parametrize(
    ("before", "text"),
    [
        # Her own life, asked beside figures; no figure anywhere; a sum she works.
        (("it's 3 quid a ticket",), "@lovelace how many languages did you speak"),
        ((), "@lovelace how much is that each then"),
        (("minibus is 180 all in",), "@lovelace whats that each with 6 of us"),
        (("it's 3 quid a ticket",), "@lovelace thanks!"),
    ],
)
def test_no_plea_for_the_sum_where_none_is_asked_or_it_is_worked(before, text):
    history = tuple(Line("kev", b) for b in before)
    assert not _unworked(say("lovelace", text, history=history))


FORESEE = {
    slug: tuple(
        line.split(" ", 1)[1].replace("{name}", "Maya")
        for line in VOICES[slug].material
        if line.startswith("#foresee ")
    )
    for slug in ("einstein", "curie", "lovelace", "darwin", "socrates", "shakespeare")
}


@pytest.mark.parametrize("slug", sorted(FORESEE))
@pytest.mark.parametrize(
    "text",
    [
        "also whos winning the grand national, need a tip",
        "who's going to win the match on saturday",
        "any tips for the lottery numbers this week",
        "which horse should i back",
        "who will win the world cup",
    ],
)
def test_who_wins_a_game_to_come_or_a_tip_for_a_bet_is_not_foretold(slug, text):
    assert say(slug, f"@{slug} {text}") in FORESEE[slug]


@pytest.mark.parametrize(
    "text",
    [
        "who won the match last night",
        "who wins at chess, the one who moves first?",
        "whos winning at the moment, the score is 2-1",
        "what are the odds of winning the lottery",
    ],
)
def test_a_game_won_or_the_odds_are_no_foretelling(text):
    assert say("lovelace", f"@lovelace {text}") not in FORESEE["lovelace"]


@pytest.mark.parametrize(
    ("before", "ask"),
    [
        # "100k" of a car's fuel use is 100 km, and the 300km a figure left out: no sum.
        (("we're driving about 300km", "the van does 8l per 100k", "diesel 1.70"), "how much each"),
        # A rate of exchange is no sum of one money.
        (
            ("hotel is €900 for the week", "rate is 0.86 quid to the euro", "3 of us"),
            "how much each",
        ),
        # A saving asked is a difference, never a total.
        (("yearly membership is 360", "monthly is 35"), "how much do i save going yearly"),
    ],
)
def test_the_solver_leaves_a_sum_it_cannot_read_whole(before, ask):
    from bots.solve import solve

    assert solve(ask, list(reversed(before))) == ""


@pytest.mark.parametrize(
    ("text", "entry"),
    [
        (
            "how do i set a reminder in this chat so everyone gets pinged at 5.15 for the outing",
            "salon-reminders",
        ),
        ("too many pings, how do i stop getting notifs from this chat", "salon-notifications-off"),
    ],
)
def test_an_entry_named_outright_answers_before_one_met_in_an_everyday_word(text, entry):
    # Four entries more (this session) moved the words' weights, and "pinged" had tipped the
    # reminder question to turning notifications off.
    assert say("aibot", f"/AIBot {text}") == ENTRIES[entry].answers[0]
