"""Sums of shapes sums29 left declined, worked now (sums30), and ten more everyday shapes
written and worked by hand before any reader saw them. A right sum is rated 4-5, a dodge 2, a
wrong sum 1: each is answered right or declined, never given another figure.
"""

from __future__ import annotations

import re

import pytest

from bots.expr import read
from bots.reckon import alternatives
from tests.bots.test_everyday_messages import say
from tests.bots.test_sums29 import NEW29

# (message, a pattern of the figure a right answer comes to), worked by hand before running
NEW30 = [
    # 96 x 1.125 = 108; / 4
    ("the bill's £96 and we want to leave a 12.5% tip, split between 4, how much each", r"£27\b"),
    # 5.5 x 40 + 20 = 240 minutes
    (
        "the turkey is 5.5kg and it's 40 minutes per kg plus 20 minutes, how long in total",
        r"\b240 minutes|\b4 hours",
    ),
    # 6 / 3
    ("the walk is 6 miles and we do about 3 miles an hour, how long will it take", r"\b2 hours"),
    # 60 / 800 = 7.5%
    ("rent went from £800 to £860 a month, what percent rise is that", r"\b7\.5%"),
    # 50 x 2 / 12 = 8.33, so 9 tins
    (
        "a tin covers 12 square metres and the walls are 50 square metres, 2 coats, how many tins",
        r"\b9 tins",
    ),
    # 10.99 x 12 = 131.88; less 109
    (
        "netflix is £10.99 a month or £109 for the year, how much do i save paying yearly",
        r"£22\.88",
    ),
    # 15 / 60 = 25%
    ("the coat was £60 and now it's £45, what percent off is that", r"\b25%"),
    # 30 / 8 x 3 = 11.25, so 12 pizzas
    ("we reckon 3 pizzas per 8 people and there's 30 of us, how many pizzas", r"\b12 pizzas"),
    # 2 x 5 x 7 x 0.30
    (
        "the heater is 2kW and i run it 5 hours a day, electricity is 30p per kWh, how much a week",
        r"£21\b",
    ),
    # 25 / 5 x 8
    ("i ran 5k in 25 minutes, how long would 8k take at that pace", r"\b40 minutes"),
]


# Run once written, before any change (main at 59dca17): 5 right, 3 wrong ("£10.99, plus £109,
# is £119.99" for a saving; "£60 + £45 is £105" for a percent off; a pace, "5 minutes a km", for
# the time 8k takes), 2 declined. After: 8 right, none wrong, 2 declined (the turkey's minutes a
# kg plus 20; tins of paint for square metres).
DECLINED30 = ("turkey", "tin covers")


def _lovelace(text: str, **kw) -> str:
    return say("lovelace", f"@lovelace {text}", author="sam", **kw)


@pytest.mark.parametrize(("text", "figure"), NEW30)
def test_new_right_or_declined_never_wrong(text: str, figure: str) -> None:
    reply = _lovelace(text)
    assert re.search(figure, reply) or not re.search(r"\d", reply)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        n
        for n in NEW30
        if not n[0].startswith(
            tuple(f"the {d}" for d in DECLINED30) + tuple(f"a {d}" for d in DECLINED30)
        )
    ],
)
def test_new_worked_now(text: str, figure: str) -> None:
    assert re.search(figure, _lovelace(text))


# The six sums29 declined, worked now (sums29's test_worked_now pins their working too)
SUMS29_DECLINED = {
    "brownie": "from 24 to 16 is × 0.67: 200g chocolate",
    "airbnb": "£480 less the £60 put in is £420; between the other 3, £140 each",
    "holiday": "£1,240 less the £200 deposit is £1,040; over 4 months, £260 a month",
    "booking fee per ticket": "£28.50 + £2.75 fee is £31.25 each; × 4 is £125",
    "fence": "12 in 3 hours is 4 an hour; 18 left at that is 4.5 hours",
    "weekdays": "20 hours at £9.50 is £190; 6 hours at £12 is £72; £262 in all",
}


@pytest.mark.parametrize(("key", "working"), SUMS29_DECLINED.items())
def test_sums29_declined_worked_now(key: str, working: str) -> None:
    text = next(t for t, _ in NEW29 if key in t)
    assert working in _lovelace(text)


@pytest.mark.parametrize(
    ("text", "working"),
    [
        # a recipe that makes so many, scaled
        (
            "lasagne recipe serves 6 with 500g mince, we're 9, how much mince",
            "from 6 to 9 is × 1.5: 750g mince",
        ),
        (
            "the cake recipe makes 12 slices and needs 250g butter, i want to make 30, how much "
            "butter",
            "625g butter",
        ),
        # a set part, its reason said with a count
        (
            "dinner was £120 for 4 of us but ben only had 1 course so he pays £15, what do the "
            "other 3 of us pay",
            "£120 less the £15 put in is £105; between the other 3, £35 each",
        ),
        # a deposit, the rest in payments
        (
            "the car is £6,000, i put £1,500 down and the rest over 12 months, how much a month",
            "£6,000 less the £1,500 deposit is £4,500; over 12 months, £375 a month",
        ),
        (
            "the sofa is £900 with a £100 deposit, and the rest in 4 payments, how much each "
            "payment",
            "£900 less the £100 deposit is £800; over 4 payments, £200 a payment",
        ),
        # a fee on each ticket, for so many of us; the price each with it
        (
            "gig tickets are £35 each plus a £4 service fee per ticket, 3 of us, how much in total",
            "£35 + £4 fee is £39 each; × 3 is £117",
        ),
        (
            "gig tickets are £35 each plus a £4 service fee per ticket, 3 of us, how much each",
            "£39 each",
        ),
        # the rest at the rate so far
        (
            "i've knitted 4 of the 10 squares in 2 days, how long for the rest",
            "4 in 2 days is 2 a day; 6 left at that is 3 days",
        ),
        (
            "we've painted 3 of the 8 rooms in 6 hours, how many more hours to finish",
            "5 left at that is 10 hours",
        ),
        # two hourly rates, each with its days
        (
            "i get £11 an hour on weekdays and £16.50 an hour on sundays, did 30 hours in the week "
            "and 8 on sunday, what did i earn",
            "30 hours at £11 is £330; 8 hours at £16.50 is £132; £462 in all",
        ),
        # a ratio of so many per so many
        (
            "we need 2 drivers per 9 kids and 40 kids are going, how many drivers",
            "40 kids at 2 drivers per 9 is 8.89, so 9 drivers",
        ),
        # was and now, as a percent
        ("it was £80, now £60 in the sale, what % discount is that", "down £20, a drop of 25%"),
        # two prices for different stretches
        (
            "the gym is £9 a week or £40 a month, how much do i save",
            "£9 a week is £468 a year; £40 a month is £480 a year: paying by the week saves £12 a "
            "year",
        ),
        (
            "netflix is £10.99 a month or £109 for the year, how much do i save paying yearly",
            "£10.99 a month is £131.88 a year; £109 a year: paying by the year saves £22.88 a year",
        ),
        # another distance at a run's pace
        (
            "i ran 3 miles in 30 minutes, how long would 13.1 miles take at this pace",
            "13.1 miles at 10 minutes a mile is 2 hours 11 minutes",
        ),
    ],
)
def test_same_shapes_other_words(text: str, working: str) -> None:
    assert working in _lovelace(text)


@pytest.mark.parametrize(
    "text",
    [
        # the reason said, but no set part paid
        "dinner was £120 for 4 of us and ben had 1 course, what do the other 3 of us pay",
        # a figure more than the price, the deposit and the payments
        "the sofa is £900 with a £100 deposit and £50 delivery, the rest in 4 payments, how much "
        "each payment",
        # which sum is a deposit is not said
        "the sofa is £900, we paid £100 and the rest in 4 payments, how much each payment",
        # a fee on the order is no fee per ticket; a fee per ticket on bags
        "gig tickets are £35 each plus a £4 service fee on the order, 3 tickets, how much each",
        "tickets are £28.50 each plus a £2.75 booking fee per ticket, we need 4 bags, what's the "
        "total",
        # two of us now: the rate so far is not the rate to come
        "we've painted 3 of the 8 rooms in 6 hours with 2 of us, how long for the rest",
        # hours on a day no rate is for; hours with no days
        "i get £11 an hour on weekdays and £16.50 on saturdays, did 30 hours in the week and 8 on "
        "sunday, what did i earn",
        "i get £11 an hour on weekdays and £16.50 on sundays, did 30 hours and 8 hours, what did "
        "i earn",
        # goals a match are no ratio to round up
        "2 goals per 90 minutes, how many goals in 45 minutes",
        # a choice of two prices, a price become another: nothing added
        "gym is £35 a month or £360 a year, how much is it",
        "the hotel is £300 or £250 with no breakfast, how much for 2 nights",
        "was £60 and now it's £45, how much did i save",
    ],
)
def test_declined_never_a_figure(text: str) -> None:
    reply = _lovelace(text)
    assert not re.search(r"\d", reply), reply


@pytest.mark.parametrize(
    ("text", "chosen"),
    [
        ("netflix is £10.99 a month or £109 for the year", True),
        ("the coat was £60 and now it's £45", True),
        ("rent went from £800 to £860", True),
        ("hotel £300 and flights £200, what's the total", False),
        ("£5 for the kit plus £3 postage", False),
    ],
)
def test_alternatives(text: str, chosen: bool) -> None:
    assert alternatives(text) is chosen


def test_sums29_look_alikes_still_not_read() -> None:
    # a count in a reason is masked only where a set part is paid and the rest shared
    assert read("ben had 1 course so pays £15, how much each") is None
