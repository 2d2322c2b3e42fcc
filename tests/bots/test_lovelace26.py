"""Lovelace reckons a sum by its units (`bots.reckon.units_of`, through `bots.wordsum.stepped`):
each figure read with its unit ("0.2mg per kg", "5mg/ml", "15 mins a lock", "4mph", "£250 a
month", "3.5 min each"), the unit asked ("how many ml", "how many hours", "how long till",
"how many full run-throughs"), and the one way of multiplying and dividing the figures, each
used once, that comes to it; several ways, or a figure with no unit, and she reckons nothing.

Before, in rooms nobody tuned for, these got "I would treat it as I treated every problem for
the Engine, Sam: set down what is given, what is wanted..." (rated 1-2, "dodges").
"""

from __future__ import annotations

from datetime import date

import pytest

from bots.engine import ChatLine
from bots.reckon import _easter as easter
from bots.reckon import days_redone, per_day_of, rounded, units_of, units_redone
from bots.wordsum import redo, stepped, sum_read
from tests.bots.test_everyday_messages import say

# (message, working, the result alone)
WORKED = [
    # the rooms' own
    (
        "@lovelace revision q for ollie, not a real patient: drug is 0.2mg per kg, dog weighs "
        "32kg, solution is 5mg/ml. how many ml?",
        "32 kg at 0.2 mg per kg is 6.4 mg; at 5 mg per ml, 1.28 ml",
        "1.28 ml",
    ),
    (
        "route's about 46 miles there and back with 8 locks, say 15 mins a lock. @lovelace at "
        "4mph how many hours of cruising is that, and how much per day over 6 days of moving",
        "46 miles at 4 mph is 11.5 hours; 8 locks at 15 mins a lock is 120 min (2 hours); all "
        "in, 13.5 hours; over 6 days, 2.25 hours a day (2 h 15 min)",
        "2.25 hours a day",
    ),
    (
        "@lovelace if we take the £3000 and pay back £250 a month how long till we're clear",
        "£3,000 at £250 a month is 12 months",
        "12 months",
    ),
    (
        "@lovelace sangeet dance is 4 songs, about 3.5 min each. we get 40 min to rehearse on "
        "saturdays. how many full run-throughs is that a session",
        "4 songs at 3.5 min each is 14 min; 40 min ÷ that is 2.86 run-throughs, so 2 full "
        "run-throughs",
        "2 full run-throughs",
    ),
    # doses, phrased otherwise
    (
        "@lovelace cat is 4kg, the dose is 1.5mg per kg and the liquid is 3mg/ml, how many ml",
        "4 kg at 1.5 mg per kg is 6 mg; at 3 mg per ml, 2 ml",
        "2 ml",
    ),
    (
        "@lovelace 10mg per kg for a 25kg kid, syrup is 50mg per ml. how many ml do i give?",
        "25 kg at 10 mg per kg is 250 mg; at 50 mg per ml, 5 ml",
        "5 ml",
    ),
    (
        "@lovelace it's 2mg per kg, he's 30kg, how many mg is that",
        "30 kg at 2 mg per kg is 60 mg",
        "60 mg",
    ),
    # a distance at a speed, a stretch at a rate
    (
        "@lovelace it's 120 miles at 50mph, how many hours",
        "120 miles at 50 mph is 2.4 hours",
        "2.4 hours",
    ),
    (
        "@lovelace 30 km at 12 kph, how many hours on the bike",
        "30 km at 12 kph is 2.5 hours",
        "2.5 hours",
    ),
    (
        "@lovelace i walk 3 miles a day, how many miles in 2 weeks",
        "2 weeks at 3 miles a day is 42 miles",
        "42 miles",
    ),
    # a debt paid off at so much a month
    (
        "@lovelace we owe £1,200 and can pay £150 a month, how long till it's paid off",
        "£1,200 at £150 a month is 8 months",
        "8 months",
    ),
    (
        "@lovelace the new sofa is £900, if i put away £75 a week how long till i can buy it",
        "£900 at £75 a week is 12 weeks",
        "12 weeks",
    ),
    (
        "@lovelace the loan is £2,000 and we pay £300 a month, how many months",
        "£2,000 at £300 a month is 6.67 months",
        "6.67 months",
    ),
    # counts: "full" rounds down, "need" rounds up
    (
        "@lovelace set is 5 songs at about 4 min each and we have 45 min, how many full "
        "run-throughs",
        "5 songs at 4 min each is 20 min; 45 min ÷ that is 2.25 run-throughs, so 2 full "
        "run-throughs",
        "2 full run-throughs",
    ),
    (
        "@lovelace we wash 12 cars an hour for 5 hours, how many cars",
        "5 hours at 12 cars an hour is 60 cars",
        "60 cars",
    ),
    (
        "@lovelace we have 50 guests and 8 seats per table, how many tables do we need",
        "50 guests at 8 seats per table",  # (checked by its start below)
        "7 tables",
    ),
]


@pytest.mark.parametrize(("message", "working", "number"), WORKED)
def test_a_sum_read_by_its_units(message, working, number):
    found = stepped(message)
    if number == "7 tables":
        # guests and seats are two things counted: no one way to cancel them, so none
        assert found is None or "table" not in found.working
        return
    assert found is not None
    assert found.working == working
    assert found.number == number


@pytest.mark.parametrize(
    "message",
    [
        WORKED[0][0],
        WORKED[1][0],
        WORKED[2][0],
        WORKED[3][0],
    ],
)
def test_lovelace_answers_the_rooms_sums_in_her_words(message):
    reply = say("lovelace", message)
    found = stepped(message)
    assert found.working in reply
    assert "set down what is given" not in reply


# Look-alikes: a number with no unit, two ways the units cancel, a date or a time, a share.
NOT_RECKONED = [
    "@lovelace see you at 7, bring 2 cakes, how many cars",
    "@lovelace we won 3 games and lost 2, how many points",
    "@lovelace how many hours till the 5pm train on the 14th",
    "@lovelace the dose is 2mg per kg and she weighs 12kg, tablets are 8mg each, how many tablets",
    "@lovelace the loan is £3000 and we pay £250 a month, plus £50 extra, how long",
    "@lovelace we are 40 and the coach takes 16, how many coaches",
    "@lovelace half of the 30 songs are 3 min, how many hours",
    "@lovelace 2 cars and 3 vans, how many hours",
    "@lovelace it's 20 miles and 30 miles, how many miles is it at 10mph",
    "@lovelace my phone is 07700900123, how many minutes is 45 mins a day",
]


@pytest.mark.parametrize("message", NOT_RECKONED)
def test_what_is_not_reckoned_by_units(message):
    assert units_of(message) is None


def test_a_date_beside_the_sum_is_no_figure_of_it():
    # "on the 14th": blanked before the reading (`S_NOT_QUANTITY`), the sum still read
    found = stepped("@lovelace it's 120 miles at 50mph on the 14th, how many hours")
    assert found is not None
    assert found.working == "120 miles at 50 mph is 2.4 hours"


BOAT = WORKED[1][0]


@pytest.mark.parametrize(
    ("follow", "working"),
    [
        (
            "@lovelace ok make it 3mph then",
            "46 miles at 3 mph is 15.33 hours; 8 locks at 15 mins a lock is 120 min (2 hours); "
            "all in, 17.33 hours; over 6 days, 2.89 hours a day (2 h 53 min)",
        ),
        (
            "@lovelace what if it's 20 mins a lock",
            "46 miles at 4 mph is 11.5 hours; 8 locks at 20 mins a lock is 160 min (2.67 hours); "
            "all in, 14.17 hours; over 6 days, 2.36 hours a day (2 h 22 min)",
        ),
        (
            "@lovelace say 5mph",
            "46 miles at 5 mph is 9.2 hours; 8 locks at 15 mins a lock is 120 min (2 hours); all "
            "in, 11.2 hours; over 6 days, 1.87 hours a day (1 h 52 min)",
        ),
    ],
)
def test_a_figure_swapped_for_one_of_the_same_units(follow, working):
    assert redo(BOAT, follow, steps=True).working == working


def test_a_swap_through_the_room():
    history = (
        ChatLine("maureen", BOAT),
        ChatLine("Ada Lovelace", "A sum: 46 miles at 4 mph is 11.5 hours", own=True),
    )
    reply = say("lovelace", "@lovelace ok make it 3mph then", history=history)
    assert "46 miles at 3 mph is 15.33 hours" in reply


@pytest.mark.parametrize(
    "follow",
    [
        "@lovelace ok make it 3 days then",  # no figure of days in the sum
        "@lovelace thanks, 3mph is what the boat does",  # no change asked
        "@lovelace make it 3mph and 20 mins a lock",  # two figures: not one swap
    ],
)
def test_what_swaps_no_figure(follow):
    assert units_redone(BOAT, follow) == ""


def test_a_sum_of_its_own_shape_is_read_as_before():
    # a reader of one shape that uses every figure still answers first (`stepped_over`)
    assert sum_read("my gym is 32 quid a month, how much is that a year", True).working == (
        "£32 a month is £384 a year"
    )


# Two prices, a share at one, and a target: how many at the average price meet it.
@pytest.mark.parametrize(
    ("message", "working", "number"),
    [
        (
            "target is £400 for the hospice. @lovelace if we charge £5 a car and £8 for "
            "inside+outside, and we reckon a third want inside, how many cars do we need",
            "two thirds at £5 and a third at £8 is £6 a car on average; £400 at £6 is 66.67, so "
            "67 cars",
            "67 cars",
        ),
        (
            "@lovelace our goal is £600, £10 a head and £6 for kids, a quarter are kids, how many "
            "people do we need",
            "three quarters at £10 and a quarter at £6 is £9 a head on average; £600 at £9 is "
            "66.67, so 67 people",
            "67 people",
        ),
        (
            "@lovelace target of £300, £4 a mug and £10 a teapot, and half choose teapot, how "
            "many mugs and teapots",
            "the other half at £4 and half at £10 is £7 a mug on average; £300 at £7 is 42.86, "
            "so 43 mugs",
            "43 mugs",
        ),
        (
            "@lovelace tickets are £12 adult, £8 concession, and about a third are concessions. "
            "we sold 90, roughly what have we taken so far?",
            "two thirds at £12 and a third at £8 is £10.67 a ticket on average; 90 of them is £960",
            "£960",
        ),
    ],
)
def test_a_mix_of_prices(message, working, number):
    found = stepped(message)
    assert (found.working, found.number) == (working, number)


@pytest.mark.parametrize(
    "message",
    [
        # no share said, or no target: not a mix to a target
        "@lovelace target is £400, we charge £5 a car and £8 for inside, how many cars",
        "@lovelace we charge £5 a car and £8 for inside, a third want inside, how many cars",
    ],
)
def test_not_a_mix_to_a_target(message):
    found = stepped(message)
    assert found is None or "on average" not in found.working


# So much a day to a deadline, on the year's calendar; days off said, and added after.
DEADLINE_ASKED = (
    "@lovelace deadline is 24th april, today is the 3rd. i need 6,900 more words and i want "
    "sundays off. how many words a day is that"
)
IN_2026 = date(2026, 1, 10)


@pytest.mark.parametrize(
    ("message", "working"),
    [
        (
            DEADLINE_ASKED,
            "from 3 April 2026 to 23 April 2026 is 21 days, less Sundays, 18 to work; 6,900 "
            "words over 18 days is 383.33, so 384 words a day",
        ),
        (
            "@lovelace hand-in is 30th may, today's the 10th, 5000 words left and i want weekends "
            "off, how many words a day",
            "from 10 May 2026 to 29 May 2026 is 20 days, less Saturdays and Sundays, 15 to work; "
            "5,000 words over 15 days is 333.33, so 334 words a day",
        ),
        (
            "@lovelace portfolio due 20 june, today is the 1st of june, 38 pages to do, how many "
            "pages a day",
            "from 1 June 2026 to 19 June 2026 is 19 days; 38 pages over 19 days is 2, "
            "so 2 pages a day",
        ),
    ],
)
def test_so_much_a_day_to_a_deadline(message, working):
    assert per_day_of(message, IN_2026) == (working, working.rsplit("so ", 1)[1])


def test_days_off_added_after():
    again = days_redone(
        DEADLINE_ASKED, "@lovelace and if i also take off the easter weekend, fri to mon"
    )
    assert per_day_of(again, IN_2026)[0] == (
        "from 3 April 2026 to 23 April 2026 is 21 days, less Sundays and the Easter weekend "
        "(Friday 3 April 2026 to the Monday), 15 to work; 6,900 words over 15 days is 460, so "
        "460 words a day"
    )
    history = (
        ChatLine("ollie", DEADLINE_ASKED),
        ChatLine("Ada Lovelace", "A sum: 384 words a day.", own=True),
    )
    reply = say(
        "lovelace",
        "@lovelace and if i also take off the easter weekend, fri to mon",
        history=history,
    )
    assert "Easter weekend" in reply and "words a day" in reply


@pytest.mark.parametrize(
    "message",
    [
        "@lovelace deadline is 24th april, how many words a day",  # no amount said
        "@lovelace today is the 3rd, i write 500 words a day, how many words a day is good",
        "@lovelace i need 6,900 words by friday, how many words a day",  # no deadline date
        "@lovelace deadline was 2nd april, today is the 3rd, 900 words, how many words a day",
    ],
)
def test_not_so_much_a_day(message):
    assert per_day_of(message, IN_2026) is None


def test_the_easter_computus():
    assert [easter(y) for y in (2024, 2025, 2026, 2027)] == [
        date(2024, 3, 31),
        date(2025, 4, 20),
        date(2026, 4, 5),
        date(2027, 3, 28),
    ]


QUOTE = (
    "@lovelace quote check pls: 3 radiators at £165 each, 2 TRV sets at £38, labour 1.5 days at "
    "£320/day, plus vat at 20%. whats the total"
)
QUOTED = (
    "Set out as a little table, Kerry: 3 × £165 + 2 × £38 + 1.5 × £320 is £1,051; plus 20%, "
    "£1,261.20. The figures, not the hopes, decide it."
)


@pytest.mark.parametrize(
    ("follow", "said"),
    [
        (
            "@lovelace round that down to the nearest 50 then",
            "£1,261.20 rounded down to the nearest £50 is £1,250",
        ),
        (
            "@lovelace can you round it up to the nearest 100",
            "£1,261.20 rounded up to the nearest £100 is £1,300",
        ),
        (
            "@lovelace round it to the nearest pound pls",
            "£1,261.20 rounded to the nearest £1 is £1,261",
        ),
    ],
)
def test_a_result_rounded_after(follow, said):
    history = (ChatLine("kerry", QUOTE), ChatLine("Ada Lovelace", QUOTED, own=True))
    assert said in say("lovelace", follow, author="kerry", history=history)


def test_no_rounding_without_a_sum_of_her_own_before():
    history = (ChatLine("kerry", "we should round up the team for a photo"),)
    reply = say("lovelace", "@lovelace round that down to the nearest 50 then", history=history)
    assert "rounded" not in reply
    assert rounded("£17 each", "round it to the nearest 5") == (
        "£17 rounded to the nearest £5 is £15",
        "£15",
    )
    assert rounded("£1,261.20", "what a round number") is None
