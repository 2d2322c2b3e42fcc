"""Session 48's mends after the rating: a rate per kWh in cents, a loan's monthly payment."""

from __future__ import annotations

import pytest

from bots.check47 import paid, paid_after
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say


def test_a_rate_in_cents_per_kwh_is_read_as_dollars():
    reply = say(
        "einstein",
        "@einstein how much would a 1500 watt heater cost me running 6 hrs a day for a month "
        "at like 16 cents per kwh",
    )
    assert reply.endswith(
        "1.5 kW for 6 hours is 9 kWh a day, and at $0.16 a kWh that is $1.44 a day; over a "
        "month (about 30 days), about $43.20."
    )


@pytest.mark.parametrize(
    "text, reply",
    [
        (
            "taking out a loan for a car, 15k at 7% over 5 years. so like $300 a month right?",
            "Quite right, Maya: $15,000 at 7% over 5 years is $297.02 a month, $17,821.08 in all, "
            "$2,821.08 of it interest.",
        ),
        (
            "mortgage of 200,000 at 4.5% for 25 years, i get 1500 a month, correct?",
            "Not quite, Maya: 200,000 at 4.5% over 25 years is 1,111.66 a month, 333,499.49 in "
            "all, 133,499.49 of it interest.",
        ),
        (
            "whats the monthly payment on a 15k car loan at 7% over 5 years",
            "Let us put it to the arithmetic, Maya. 15,000 at 7% over 5 years is 297.02 a month, "
            "17,821.08 in all, 2,821.08 of it interest.",
        ),
    ],
)
def test_a_loans_monthly_payment_is_worked_and_a_payment_said_for_it_checked(text, reply):
    assert paid("lovelace", text).replace("{name}", "Maya") == reply


@pytest.mark.parametrize(
    "text",
    [
        "my loan is 15k, 7% interest, what should i do",  # no term
        "i pay 300 a month on my phone at 0% for 24 months",  # no loan told
        "15k at 7% over 5 years and 10% over 3 years, 300 a month right?",  # two rates
    ],
)
def test_no_loan_is_worked_without_one_term_one_rate_one_sum(text):
    assert paid("lovelace", text) == ""


def test_a_payment_said_just_before_is_checked_when_asked_whether_it_holds():
    history = (
        Line("ravi", "taking out a loan for a car, 15k at 7% over 5 years"),
        Line("kim", "so like $300 a month right?"),
    )
    assert say("lovelace", "@lovelace is kim close?", history=history) == (
        "Quite right, Maya: $15,000 at 7% over 5 years is $297.02 a month, $17,821.08 in all, "
        "$2,821.08 of it interest."
    )
    assert paid_after("lovelace", "thanks!", [h.text for h in history]) == ""


@pytest.mark.parametrize(
    "message, start",
    [
        ("/AIBot in javascript why does [1, 10, 2].sort() not give 1, 2, 10??", "`arr.sort()`"),
        (
            "/AIBot sql question: table orders(customer_id, amount). how do i get the top 3 "
            "customers by total spent",
            "Group, add up, sort, cut: `SELECT customer_id, SUM(amount) AS total",
        ),
        (
            "/AIBot my python script says IndentationError: unexpected indent on line 12, what "
            "does that mean",
            "An `IndentationError` means the spaces at the start of a line",
        ),
        ("/AIBot got NameError: name 'df' is not defined, what does it mean", "A NameError"),
    ],
)
def test_the_house_bot_answers_code_questions_whose_term_is_not_after_the_lead(message, start):
    assert say("aibot", message).startswith(start)


@pytest.mark.parametrize(
    "message",
    [
        "/AIBot in python what does enumerate do",  # its own entry, as before
        "/AIBot what are the top 3 things to see in rome",  # no code asked
    ],
)
def test_code_entries_met_elsewhere_take_nothing_else(message):
    reply = say("aibot", message)
    assert "SUM(amount)" not in reply and "IndentationError" not in reply
