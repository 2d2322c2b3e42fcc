"""Session 30 (lead, round 3): sums read as they were meant.
- A sum whole in its ask is worked from the ask alone: a figure someone said before, of
  something else ("its 9%" of a brew's strength), never comes into it.
- Money put towards a thing ("he's saved £90", "i've already paid £50") is never added to its
  cost: taken off when what is still needed is asked, else the total is not worked.
- A change in per cent between two counts or sums set side by side ("212 visitors this month
  vs 180 last month"), the earlier being the one said with "last"; unsaid, none is worked.
- "my brother's splitting it with me", "me and jo are sharing": two of them."""

from __future__ import annotations

import pytest

from bots.reckon import total_of
from bots.solve import solve
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say


def test_a_sum_whole_in_its_ask_takes_no_figure_said_before_of_something_else():
    before = Line(
        "maya", "@socrates is it wrong to sell homebrew to mates without telling them its 9%"
    )
    reply = say(
        "lovelace",
        "@lovelace if a kit makes 40 pints and costs £24, whats that per pint",
        history=(before,),
    )
    assert "£24 ÷ 40 pints is 60p per pint" in reply and "9%" not in reply


@pytest.mark.parametrize(
    "ask, before, working",
    [
        (
            "a kit makes 40 pints and costs £24, whats that per pint",
            ["its 9% abv"],
            "£24 ÷ 40 pints is 60p per pint",
        ),
    ],
)
def test_the_ask_alone_when_it_is_whole(ask, before, working):
    assert solve(ask, before) == working


def test_an_ask_that_goes_on_from_before_still_reads_it():
    # "plus £40 cleaning": never whole in itself
    assert solve("plus £40 cleaning, how much each for the 4 of us", ["the cottage is £600"]) == (
        "£600 + £40 is £640; £640 between 4 of you is £160 each"
    )


@pytest.mark.parametrize(
    "text, working",
    [
        (
            "a new deck is £65, trucks £45, wheels £30, and he's saved £90, how much more does he "
            "need",
            "£65, plus £45, plus £30, is £140; less the £90 put towards it, £50 still to find",
        ),
        (
            "tickets £40, hotel £120, ive already paid £50, how much more do i need",
            "£40, plus £120, is £160; less the £50 put towards it, £110 still to find",
        ),
        (
            "dress £80 and shoes £45, i've got £60 saved, how much still to find",
            "£80, plus £45, is £125; less the £60 put towards it, £65 still to find",
        ),
    ],
)
def test_money_put_towards_comes_off_what_is_still_needed(text, working):
    assert total_of(text) == working


@pytest.mark.parametrize(
    "text",
    [
        "the bike is £300 and lights £25, mum chipped in £100, whats the total",
        "flights £200, hotel £300, we've saved £600, how much more do we need",
    ],
)
def test_money_put_towards_is_never_added(text):
    assert total_of(text) == ""


@pytest.mark.parametrize(
    "text, working",
    [
        (
            "we had 212 visitors this month vs 180 last month, whats the percentage increase",
            "212 − 180 is 32; 32 ÷ 180 is 17.8% up",
        ),
        (
            "sold 340 tickets last year vs 410 this year, what % is that up",
            "410 − 340 is 70; 70 ÷ 340 is 20.6% up",
        ),
        (
            "we raised £1,240 this year compared to £980 last year, whats that as a % rise",
            "£1,240 − £980 is £260; £260 ÷ £980 is 26.5% up",
        ),
    ],
)
def test_a_change_in_per_cent_between_two_said_side_by_side(text, working):
    assert solve(text) == working


@pytest.mark.parametrize(
    "text",
    ["212 visitors this month vs 180, whats the % change", "£50 vs £60 which is cheaper"],
)
def test_no_change_is_worked_when_which_came_first_is_unsaid(text):
    assert solve(text) == ""


@pytest.mark.parametrize(
    "text, working",
    [
        (
            "site fees are £32 a night for 6 nights, my brother's splitting it with me, how much "
            "each",
            "£32 a night × 6 nights between 2 of you is £96 each",
        ),
        (
            "hotel is £240, me and jo are splitting it, how much each",
            "£240 between 2 of you is £120 each",
        ),
        ("the two of us had a £58 curry, how much each", "£58 between 2 of you is £29 each"),
        ("taxi was £30 for the 3 of us, how much each", "£30 between 3 of you is £10 each"),
    ],
)
def test_two_sharing_are_two(text, working):
    assert solve(text) == working


def test_blood_on_sheets_keeps_its_own_line():
    assert say("curie", "how do you get blood out of sheets").startswith("Cold water only on blood")
