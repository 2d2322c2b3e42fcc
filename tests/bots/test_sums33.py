"""Sums the readers answered wrong, and follow-ups not re-worked (sums33, from the s28 dev sums and
the dev rooms rated blind): money is said to the penny above a thousand, kilos to hundredths; a
reader that cannot use every figure given declines; figures said over several messages are read
together; a follow-up that changes how many come, or swaps one figure, re-works the last sum asked
with the figures said before it. A wrong sum is rated 1, a decline 2: each look-alike declines.
These are sums of our own, of the dev sums' shapes, not the dev sums.
"""

from __future__ import annotations

import pytest

from bots.engine import ChatLine
from bots.wordsum import refigured
from tests.bots.test_everyday_messages import say

ADA = "Ada Lovelace"
SUM = "A sum the Engine would take in one turn of its handle"
SHARE = "A little operation for the Engine"
REMAINDER = (
    "Agree what becomes of any remainder before you begin; that is where the quarrelling hides."
)


def _room(lines: list[tuple[str, str]]) -> tuple[ChatLine, ...]:
    return tuple(ChatLine(author, text, own=author == ADA) for author, text in lines)


def _ada(author: str, text: str, before: list[tuple[str, str]] = ()) -> str:
    return say("lovelace", f"@lovelace {text}", author=author, history=_room(list(before)))


COACH = [
    ("sam", "coach to the match is 300 all in"),
    ("sam", "@lovelace whats that each with 10 of us"),
]
FOLLOW_UPS = [
    # how many come, up or down, or now so many; the figures said before the ask kept
    (
        COACH,
        "jo",
        "and if 2 more come?",
        f"{SHARE}, Jo: 300 between 12 of you is 25 each. {REMAINDER}",
    ),
    (
        [*COACH, ("jo", "@lovelace and if 2 more come?")],
        "jo",
        "and if 3 more come?",
        f"{SHARE}, Jo: 300 between 15 of you is 20 each. {REMAINDER}",
    ),
    (
        [
            ("sam", "villa is 900 for the week"),
            ("sam", "@lovelace what's that each w 6 of us"),
            (ADA, "900 between 6 of you is 150 each."),
        ],
        "sam",
        "1 has dropped out, whats it now",
        f"{SHARE}, Sam: 900 between 5 of you is 180 each. {REMAINDER}",
    ),
    (
        [
            ("liz", "30 guests, figure a third of a bottle each"),
            ("liz", "@lovelace how many bottles"),
        ],
        "liz",
        "ok now its 45 coming, how many boxes of 6 do i get",
        f"{SUM}, Liz: 45 guests at a third of a bottle each is 15 bottles; at 6 a box is 2 full "
        "boxes and 3 over, so 3 boxes.",
    ),
    # one figure swapped for another of its unit
    (
        [
            ("priya", "bureau rate is 1.16 euros to the pound"),
            ("priya", "@lovelace how many euros for £300?"),
        ],
        "priya",
        "actually make it £450",
        f"{SUM}, Priya: £450 at £1 = €1.16 is €522.",
    ),
    (
        [
            ("tom", "dehumidifier is 0.5kW, on 8 hrs a day"),
            ("tom", "electric is 28p per kWh"),
            ("tom", "@lovelace how much a week to run it"),
        ],
        "tom",
        "and if i swap to the 0.3kW one?",
        f"{SUM}, Tom: 300 W for 8 hours is 2.4 kWh a day, and at 28p a kWh that is 67.2p a day; "
        "over a week, £4.70.",
    ),
]


@pytest.mark.parametrize(("before", "author", "text", "reply"), FOLLOW_UPS)
def test_a_follow_up_reworks_the_last_sum_asked_with_the_figure_changed(
    before, author, text, reply
):
    assert _ada(author, text, before) == reply


WORKED = [
    # a wage over several messages: the hours a week too, and the pence kept
    (
        [("kai", "started at the cafe, 18 hrs a week"), ("kai", "£10.85 an hr")],
        "kai",
        "how much over the 8 wk summer",
        f"{SUM}, Kai: 18 hours a week over 8 weeks is 144 hours; at £10.85 that is £1,562.40.",
    ),
    (
        [],
        "kai",
        "16 hrs a week at £12.21 an hr, how much over 12 weeks",
        f"{SUM}, Kai: 16 hours a week over 12 weeks is 192 hours; at £12.21 that is £2,344.32.",
    ),
    (
        [],
        "gem",
        "recipe serves 4: 600g chicken, 300g rice. we're feeding 7, how much chicken",
        f"{SUM}, Gem: from 4 to 7 is × 1.75: 1.05kg chicken, 525g rice.",
    ),
    # a whole order shared by fewer than it is for
    (
        [("ro", "trip is £40 each, min order 20, we've got 14 signed up")],
        "ro",
        "if we book 20 anyway and split the cost of the extra 6 between the 14 of us what does "
        "each pay",
        f"{SUM}, Ro: 20 at £40 is £800; between 14 of you, £57.14 each (£40 for your own and "
        "£17.14 toward the 6 spare).",
    ),
    (
        [("mo", "tees are £12 each, min order 20, 15 of us")],
        "mo",
        "split the cost of the other 5 between the 15 of us, how much each",
        f"{SUM}, Mo: 20 at £12 is £240; between 15 of you, £16 each (£12 for your own and £4 "
        "toward the 5 spare).",
    ),
    (
        [],
        "liz",
        "52 guests, how many tables of 6 do i need",
        f"{SUM}, Liz: 52 guests at 6 a table is 8 full tables and 4 over, so 9 tables.",
    ),
    (
        [],
        "liz",
        "52 guests, half a bottle each. how many cases of 6 do i need",
        f"{SUM}, Liz: 52 guests at half a bottle each is 26 bottles; at 6 a case is 4 full cases "
        "and 2 over, so 5 cases.",
    ),
]


@pytest.mark.parametrize(("before", "author", "text", "reply"), WORKED)
def test_sums_are_worked_with_every_figure_and_to_the_penny(before, author, text, reply):
    assert _ada(author, text, before) == reply


# Sums a reader would answer leaving a figure out, or a choice read as a total: declined.
DECLINED = [
    ([], "need 3,000 for the car, got 900 saved, 7 months to go, how much a month"),
    ([], "need 2,750 for the flat, have 500 already, 9 paydays left. how much each payday"),
    (
        [],
        "gym is 35 a month for 12 months plus 20 joining or pay 380 upfront and a 5 quid fob, "
        "which is cheaper over the year",
    ),
    (
        [("ash", "sim only is 15 a month for 24 months"), ("ash", "or 650 outright for the phone")],
        "which is cheaper over the 2 yrs",
    ),
    # the spare is not the order less those in it
    (
        [("ro", "trip is £40 each, min order 20, we've got 14 signed up")],
        "if we book 20 anyway and split the cost of the extra 5 between the 14 of us what does "
        "each pay",
    ),
]


@pytest.mark.parametrize(("before", "text"), DECLINED)
def test_a_sum_that_would_drop_a_figure_is_declined(before, text):
    reply = _ada("sam", text, before)
    assert SUM not in reply and SHARE not in reply
    for wrong in ("128.57", "100 each", "12,096", "813", "£73", "£6.64", "57.14"):
        assert wrong not in reply


# Look-alikes: a figure added, not swapped in; no sum asked before; no figure changed.
NOT_REWORKED = [
    (
        [
            ("maureen", "petrol: 38 miles each way, the car does 40mpg and diesel's £1.52 a litre"),
            ("maureen", "@lovelace what does that come to split four ways"),
            (ADA, "£13.13; between 4, £3.28 each."),
        ],
        "and if we add another 9 miles round trip",
        ("9 miles each way", "18 miles"),
    ),
    (COACH, "ok and if it rains?", ("between", "each")),
    ([("sam", "we're going to the match saturday")], "and if 2 more come?", ("between", "each")),
    (COACH, "2 more come on the train, we meet at 1", ("between 12", "25 each")),
]


@pytest.mark.parametrize(("before", "text", "forbidden"), NOT_REWORKED)
def test_look_alikes_are_not_reworked(before, text, forbidden):
    reply = _ada("jo", text, before)
    assert not any(word in reply for word in forbidden), reply


@pytest.mark.parametrize(
    ("before", "message", "changed"),
    [
        (
            "minibus is 180 all in. whats that each with 6 of us",
            "ok and if 2 more come?",
            "minibus is 180 all in. whats that each with 8 of us",
        ),
        (
            "hire is 240 for the weekend. what's that each w 8 of us",
            "3 cant make it now, whats it each",
            "hire is 240 for the weekend. what's that each w 5 of us",
        ),
        (
            "rate is 1.14 euros to the pound. how many euros for £500?",
            "actually change it to £650",
            "rate is 1.14 euros to the pound. how many euros for £650?",
        ),
        ("minibus is 180 all in. whats that each with 6 of us", "ok and if it rains?", ""),
        ("rate is 1.14 euros to the pound. how many euros for £500?", "add £20 on top", ""),
        # a part of the sum at the new figure is no swap of the whole
        ("diesel is 148p a litre, 1,100 miles a week. how much", "and if half is at 79p", ""),
        # two counts of people in the sum: which one changes is not sure
        ("6 of us and 4 kids, 300 for the lot. each?", "and if 2 more come?", ""),
    ],
)
def test_refigured(before, message, changed):
    assert refigured(before, message) == changed
