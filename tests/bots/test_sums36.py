"""Sums as rooms ask them, compound (sums36): a bill of one rate times a count, plus extras
said beside it, and less what someone puts towards it when what is left is asked
(`bots.compound.bill_with_extras`). Every figure must be read so or nothing is worked: a share
asked, a budget said, two rates, a choice or a figure of another kind get no answer here."""

from __future__ import annotations

import pytest

from bots.compound import bill_with_extras, rest_split
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say

# (the ask, the lines before it oldest first, the working said)
BILLS = [
    (
        "room £150 plus buffet at £12.50 a head for 48 people, whats the total? and what's left "
        "to pay if the depot chips in £300",
        [],
        "£12.50 a head × 48 of you is £600; + £150 is £750 in all; "
        "less the £300 put towards it, £450 left to pay",
    ),
    (
        "my lessons are £38 an hour and ive done 26, plus theory test £23 and practical £62. "
        "how much have i spent total",
        [],
        "£38 an hour × 26 hours is £988; + £23 + £62 is £1,073 in all",
    ),
    (
        "plumber charges £65 an hour, he was here 3 hours, plus £40 callout and £18.99 for "
        "parts, whats the damage total",
        [],
        "£65 an hour × 3 hours is £195; + £40 + £18.99 is £253.99 in all",
    ),
    (
        "taxi is 40 quid an hour for 3 hours plus a £15 booking fee, total?",
        [],
        "40 quid an hour × 3 hours is £120; + £15 is £135 in all",
    ),
    (
        "how much altogether then",
        ["hall hire is £120", "food at £7.50 a head for 30 of us"],
        "£7.50 a head × 30 of you is £225; + £120 is £345 in all",
    ),
    (
        "so whats the total and whats still to pay if grandad covers £100",
        ["cake £45", "bouncy castle at £30 an hour for 4 hours"],
        "£30 an hour × 4 hours is £120; + £45 is £165 in all; "
        "less the £100 put towards it, £65 left to pay",
    ),
    (
        "tutor's £25 an hour and weve done 12, and the exam fee was £60, what's it come to",
        [],
        "£25 an hour × 12 hours is £300; + £60 is £360 in all",
    ),
]

# Look-alikes: a share asked, a budget, two rates, a choice, a contribution with no rest asked.
DECLINED = [
    ("£9 a head for 20 of us plus £30 for the cake, how much each?", []),
    ("venue hire £200 and drinks at £8 a head for 30 guests, whats the total? budget is £500", []),
    ("£12 a head for food and £5 a head for drinks, 20 of us plus £50 dj, total?", []),
    ("coach £420 or minibuses at £95 each, plus £40 tolls for 11 of us, total?", []),
    ("room £150 plus buffet at £12.50 a head for 48 people, whats the total if bob pays £300", []),
    ("room £150 plus buffet at £12.50 a head for 48 people, whats the total? 10% service", []),
    ("£30 an hour for 4 hours plus £45, total?", ["wait no its 5 hours"]),
    ("£30 an hour plus £45 cake, total?", []),
    (
        "4 sessions of 6 hours at £110 an hour. he pays a £200 deposit and splits the rest "
        "evenly over the 4 sessions. how much per session?",
        [],
    ),
    ("how much total", ["£20 an hour for 3 hours", "plus £15", "and 2 of us"]),
]


@pytest.mark.parametrize(("ask", "before", "working"), BILLS)
def test_a_bill_of_a_rate_times_a_count_plus_extras_is_worked(ask, before, working):
    lines = [ask.lower(), *(b.lower() for b in reversed(before))]
    assert bill_with_extras(lines) == working


@pytest.mark.parametrize(("ask", "before"), DECLINED)
def test_no_bill_is_worked_when_a_figure_is_not_read_so(ask, before):
    lines = [ask.lower(), *(b.lower() for b in reversed(before))]
    assert bill_with_extras(lines) == ""


def test_the_mathematician_works_the_bill_and_what_is_left_in_her_voice():
    reply = say(
        "lovelace",
        "room £150 plus buffet at £12.50 a head for 48 people, whats the total? and what's "
        "left to pay if the depot chips in £300",
        author="sam",
    )
    assert "£750 in all" in reply and "£450 left to pay" in reply
    assert "£1,050" not in reply


def test_the_bill_is_worked_from_figures_said_over_several_lines():
    history = (Line("jo", "hall hire is £120"), Line("kev", "food at £7.50 a head for 30 of us"))
    reply = say("lovelace", "@lovelace how much altogether then", author="sam", history=history)
    assert "£345 in all" in reply


SPLITS = [
    (
        "4 sessions of 6 hours at £110 an hour. he pays a £200 deposit and splits the rest "
        "evenly over the 4 sessions. how much per session?",
        [],
        "£110 an hour × 6 hours × 4 sessions is £2,640; less the £200 deposit, £2,440; "
        "over 4 sessions, £610 a session",
    ),
    (
        "12 lessons of 2 hours at £30 an hour, £120 paid up front and the balance across 6 "
        "months, how much a month",
        [],
        "£30 an hour × 2 hours × 12 lessons is £720; less the £120 deposit, £600; "
        "over 6 months, £100 a month",
    ),
    (
        "holiday is £2,400 all in, we've put down £600 and pay the rest over 9 months, whats "
        "that monthly",
        [],
        "£2,400 less the £600 deposit is £1,800; over 9 months, £200 a month",
    ),
    (
        "so how much a week is that",
        [
            "the course is 10 weeks at £45 a week",
            "she paid £90 upfront, rest split over the 10 weeks",
        ],
        "£45 a week × 10 weeks is £450; less the £90 deposit, £360; over 10 weeks, £36 a week",
    ),
]

SPLITS_DECLINED = [
    # no rest said split: the deposit may not come off first
    ("4 sessions of 6 hours at £110 an hour, £200 deposit, how much per session?", []),
    # two sums paid first, or a figure left over
    ("sofa £1,200, £300 deposit and nan gives £100, rest over 6 months, how much a month", []),
    ("sofa £1,200 and £80 delivery, £300 deposit, rest over 6 months, how much a month", []),
    # a total asked, not a share
    ("holiday is £2,400, put down £600 and the rest over 9 months, whats the total", []),
    # a percentage: not worked here
    ("course £450, £90 upfront, rest over 10 weeks plus 2% fee, how much a week", []),
]


@pytest.mark.parametrize(("ask", "before", "working"), SPLITS)
def test_a_bill_less_a_sum_paid_first_split_over_so_many_is_worked(ask, before, working):
    lines = [ask.lower(), *(b.lower() for b in reversed(before))]
    assert rest_split(lines) == working


@pytest.mark.parametrize(("ask", "before"), SPLITS_DECLINED)
def test_no_rest_is_split_when_a_figure_is_not_read_so(ask, before):
    lines = [ask.lower(), *(b.lower() for b in reversed(before))]
    assert rest_split(lines) == ""


def test_a_scientist_asked_works_the_rest_split_too():
    reply = say(
        "einstein",
        "@einstein 4 sessions of 6 hours at £110 an hour. he pays a £200 deposit and splits the "
        "rest evenly over the 4 sessions. how much per session?",
        author="sam",
    )
    assert "£610 a session" in reply


def test_an_ask_that_says_the_bill_again_whole_is_read_alone():
    history = (
        Line("kwame", "back room is £150 to hire, buffet is £12.50 a head"),
        Line("pete", "how many are we thinking"),
        Line("sharon", "about 40 from the depot plus his family, say 48"),
    )
    ask = (
        "@lovelace room £150 plus buffet at £12.50 a head for 48 people, whats the total? and "
        "what's left to pay if the depot chips in £300"
    )
    reply = say("lovelace", ask, author="lou", history=history)
    assert "£750 in all" in reply and "£450 left to pay" in reply


def test_a_sum_of_money_said_before_and_not_again_keeps_the_bill_unread():
    history = (Line("jo", "and £40 for the dj"),)
    lines = ["£12 a head for 30 of us plus £100 room, total?", *(x.text for x in history)]
    assert bill_with_extras(lines) == ""
