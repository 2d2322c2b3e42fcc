"""Sums of shapes nobody had asked yet (sums29): pay and overtime, shifts, staff ratios, recipes
scaled, prices per kg or per 100g, saving up, a split with one paying a set part, a split that
grows, discounts and deposits, tickets with a booking fee, fuel with a detour, the score needed
for an average, and time to finish at a rate. Each was written, and worked by hand, before any
reader saw it. A right sum is rated 4-5, a dodge 2, a wrong sum 1: so each is answered right or
declined, never given another figure.
"""

from __future__ import annotations

import re

import pytest

from bots.expr import read
from tests.bots.test_everyday_messages import CAST, say

# (message, the figure a right answer comes to), worked by hand
NEW29 = [
    # 13 x 40 = 520; 6 over at 19.50 = 117
    (
        "my contract's 40 hours at £13 an hour and anything over is time and a half. did 46 "
        "this week, what's my pay",
        "£637",
    ),
    # 12 x 37.5 = 450; 6 x 18 = 108
    (
        "on £12 an hour, did 37.5 hours plus 6 hours overtime at time and a half, what do i get "
        "this week",
        "£558",
    ),
    # (11.44 + 2) x 3 x 10
    (
        "base is £11.44 an hour and nights are £2 an hour extra, i did 3 nights of 10 hours, what "
        "did i make",
        "£403.20",
    ),
    # 7.5 x 4
    ("a shift is 7.5 hours and i do 4 a week, how many hours a week is that", "30"),
    # 8 x 5 x 11
    ("shifts are 8 hours and i'm doing 5 a week at £11 an hour, what's that a week", "£440"),
    # 58 / 8 = 7.25, so 8 adults
    ("58 kids at 1 adult per 8, how many adults do we need", "8 adults"),
    # 27 / 6 = 4.5, so 5 leaders
    ("ratio is 1 leader to 6 cubs and 27 cubs are coming, how many leaders do we need", "5"),
    # 200 / 2 x 7
    ("recipe is 200g pasta for 2 people, we're 7, how much pasta", "700"),
    # 300 / 24 x 16
    (
        "brownie recipe makes 24 and uses 300g chocolate, i only want to make 16, how much "
        "chocolate",
        "200",
    ),
    # 2.85 / 1.9 = £1.50 per 100g; 6.50 / 5 = £1.30 per 100g
    (
        "jar of pesto is 190g for £2.85 or the big one is 500g for £6.50, which is better value "
        "per 100g",
        "£1.30",
    ),
    # 4.50 / 0.75 = £6 a kg (60p per 100g); 11 / 2 = £5.50 a kg (55p per 100g)
    ("mince is £4.50 for 750g or £11 for 2kg, which is cheaper per kg", "the 2kg is better value"),
    # 600 / 35 = 17.1, so 18 weeks
    ("saving £35 a week for a £600 bike, how many weeks will it take", "18 weeks"),
    # (500 - 120) / 25 = 15.2, so 16 weeks
    ("i've got £120 saved and i put away £25 a week, how many weeks till i have £500", "16 weeks"),
    # (150 - 10) / 4
    ("dinner £150 for 5, jo only had a starter so pays £10, how much each for the rest", "£35"),
    # (480 - 60) / 3
    (
        "the airbnb is £480 for the 4 of us but tom's only there one night so he's paying £60, "
        "what do the other 3 of us pay",
        "£140",
    ),
    # 720 / 4 = 180; 720 / 6 = 120
    (
        "the cabin was £720 split 4 ways but 2 more are coming now, how much less does each of "
        "us pay",
        "£60",
    ),
    # 850 x 0.85
    ("the sofa is £850 and there's 15% off this weekend, what would i pay", "£722.50"),
    # (1240 - 200) / 4
    (
        "holiday is £1,240, we paid £200 deposit and the rest is in 4 monthly payments, how much "
        "a month",
        "£260",
    ),
    # (28.50 + 2.75) x 4
    (
        "tickets are £28.50 each plus a £2.75 booking fee per ticket, we need 4, what's the total",
        "£125",
    ),
    # 4 x 22 + 3.50
    ("4 tickets at £22 each and a £3.50 booking fee on the order, how much altogether", "£91.50"),
    # 200 miles / 45mpg x 4.546 = 20.2 litres at 150p = £30.31; / 3
    (
        "it's 180 miles to the festival plus a 20 mile detour to pick up chris, car does 45mpg, "
        "diesel 150p a litre, split 3 ways how much each",
        "£10.10",
    ),
    # 70 x 4 - (64 + 71 + 58)
    (
        "i've got 64, 71 and 58 on the first three tests, what do i need on the last one to "
        "average 70",
        "87",
    ),
    # 340 / 40 = 8.5, so 9 days
    ("got 340 pages left and i read about 40 a day, how many days to finish", "9 days"),
    # 12 panels in 3 hours is 4 an hour; 18 left
    ("we've done 12 of the 30 fence panels in 3 hours, how much longer for the rest", "4.5 hours"),
    # 9.50 x 20 + 12 x 6
    (
        "i get £9.50 an hour weekdays and £12 on sundays, did 20 hours in the week and 6 on "
        "sunday, what's the total",
        "£262",
    ),
]

# Before (main at c294e85): 6 right, 4 wrong (£343.20 without the night premium, £55 a week for
# 5 shifts of 8 hours at £11 an hour, 17.14 weeks to save, the mean 64.33 for the score needed),
# 15 declined. After: 19 right, none wrong, 6 declined.
RIGHT_NOW = {
    "contract": "40 hours at £13 is £520; 6 hours at time and a half, £19.50 an hour, is £117; "
    "£637 in all",
    "overtime": "37.5 hours at £12 is £450; 6 hours at time and a half, £18 an hour, is £108; "
    "£558 in all",
    "nights": "3 × 10 hours is 30 hours, at £11.44 + £2 (£13.44) an hour £403.20",
    "a shift is": "7.5 hours a shift, 4 shifts a week, is 30 hours a week",
    "shifts are": "8 hours a shift, 5 shifts a week, is 40 hours a week; at £11 an hour, £440 a "
    "week",
    "58 kids": "58 kids at 1 adult per 8 is 7.25, so 8 adults",
    "cubs": "27 cubs at 1 leader per 6 is 4.5, so 5 leaders",
    "pasta": "700g pasta",
    "pesto": "the 500g is better value",
    "mince": "the 2kg is better value",
    "bike": "£600 at £35 a week is 17.14 weeks, so 18 weeks",
    "saved": "15.2 weeks, so 16 weeks",
    "jo": "£150 less the £10 put in is £140; between the other 4, £35 each",
    "cabin": "£720 between 4 is £180 each; between 6, £120 each: £60 less each",
    "sofa": "£850 less 15% is £722.50",
    "order": "= £91.50",
    "festival": "180 + 20 miles is 200 miles, and 200 miles at 45mpg is 20.2 litres, £30.31; "
    "between 3, £10.10 each",
    "tests": "an average of 70 over 4 is 280; 64 + 71 + 58 is 193, so you need 87",
    "pages": "340 pages at 40 a day is 8.5 days, so 9 days",
}


def _lovelace(text: str, **kw) -> str:
    return say("lovelace", f"@lovelace {text}", author="sam", **kw)


@pytest.mark.parametrize(("text", "figure"), NEW29)
def test_right_or_declined_never_wrong(text: str, figure: str) -> None:
    # a decline says no figure at all; a sum says the right one
    reply = _lovelace(text)
    assert figure in reply or not re.search(r"\d", reply)


@pytest.mark.parametrize(("key", "working"), RIGHT_NOW.items())
def test_worked_now(key: str, working: str) -> None:
    text = next(t for t, _ in NEW29 if re.search(rf"\b{key}\b", t))
    assert working in _lovelace(text)


# The "jo pays £10" case in other words: jo is one of the heads, and the rest is the others'
@pytest.mark.parametrize(
    ("text", "part"),
    [
        (
            "dinner was £150 for 5 of us, but jo only had a starter so she pays £10 and the rest "
            "of us split it. how much each for the others",
            "between the other 4, £35 each",
        ),
        (
            "the meal was £96 for 6. sam only had a drink so he pays £6, how much for everyone "
            "else",
            "between the other 5, £18 each",
        ),
    ],
)
def test_one_pays_a_set_part(text: str, part: str) -> None:
    reply = _lovelace(text)
    assert part in reply and "£28" not in reply


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # jo pays £10, and whether jo shares the rest too is not said
        (
            "dinner was £150 for 5 of us, jo pays £10 and the rest is split, how much each",
            "£28",
        ),
        # two rates an hour, neither on top of the other: which hours are which is not said
        (
            "i get £9.50 an hour weekdays and £12 on sundays, 3 shifts of 8 hours, what do i get",
            "£228",
        ),
        # a price an hour is no price of one of the 5 shifts
        ("i do 5 shifts a week at £11 an hour, what's that a week", "£55"),
        # an average aimed at is no average asked
        ("i've got 64, 71 and 58 so far, what do i need to average 70", "64.33"),
        # more coming, said beside a date: no sure count of figures
        ("£90 between 3 of us, 2 more coming on the 14th, how much each", "£18"),
        # a journey's hours are not rounded up
        ("it's 46 miles at 4 mph, how many hours will it take", "12 hours"),
    ],
)
def test_no_wrong_sum(text: str, wrong: str) -> None:
    assert wrong not in _lovelace(text)


@pytest.mark.parametrize(
    "text",
    [
        "a shift is 7.5 hours and i do 4 runs a week, how many hours",  # runs, not shifts
        "my shift is 8 hours and i do 5 a week, 2 of them nights, how many hours",  # a figure over
        "1 adult per 8 kids, 30 tables, how many adults",  # tables are not kids
        "we lost 1 game to 6 last week, how many games",  # no count to share out
        "58 kids, 1 adult per 8 and 3 coaches, how many adults",  # a figure over
        "on £12 an hour, did 37.5 hours, time and a half on sundays, what do i get",  # hours?
        "time and a half is what they pay, i did 46 hours, what's my pay",  # no rate
        "i've got 64, 71 and 58, what's my average for the next 2 to average 70",  # two to come
        "i have 10 episodes left and watch 3 a night, how many nights",  # nights uncounted
        # two trips, neither said to be added to the other
        "it's 180 miles and 20 miles, car does 45mpg, diesel 150p a litre, what's the fuel cost",
        # a detour, and a figure besides that the reading would leave out
        "180 miles plus a 20 mile detour, 45mpg, diesel 150p a litre, 4 bags, how much each",
    ],
)
def test_look_alikes_not_read(text: str) -> None:
    assert read(text) is None


@pytest.mark.parametrize(
    ("text", "working"),
    [
        (
            "i get £10 an hour and did 20 hours plus 4 hours at double time, what did i earn",
            "20 hours at £10 is £200; 4 hours at double time, £20 an hour, is £80; £280 in all",
        ),
        (
            "a session is 45 mins and we do 3 a week, how many minutes is that",
            "45 minutes a session, 3 sessions a week, is 135 minutes a week",
        ),
        (
            "a shift is 7.5 hours and i do 4 a week, how many hours is that over a 4 week month",
            "7.5 hours a shift, 4 shifts a week, is 30 hours a week; over 4 weeks, 120 hours",
        ),
        (
            "we need one helper for every 4 kids and there are 24 kids, how many helpers",
            "24 kids at 1 helper per 4 is 6 helpers",
        ),
        (
            "bowling: i got 112, 98 and 134, what do i need in the 4th game for a 120 average",
            "an average of 120 over 4 is 480; 112 + 98 + 134 is 344, so you need 136",
        ),
        (
            "villa is £900 split between 6 of us, 2 more joining, what's it each",
            "£900 between 6 is £150 each; between 8, £112.50 each",
        ),
        (
            "i have 12 jumpers to knit and do 2 a month, how many months will it take",
            "12 jumpers at 2 a month is 6 months",
        ),
    ],
)
def test_other_words_same_shapes(text: str, working: str) -> None:
    assert working in _lovelace(text)


# A sum put to another persona (sums29): the scientists work it in their own voice, and so do
# the others (sums39: before, they handed it to @lovelace, and a sum handed on was met with a
# line on another thing when she could not work it); shares each works itself, as before.
FUEL = "petrol is 145p a litre, 240 miles, car does 40mpg, what's the fuel cost"
OVERTIME = (
    "on £12 an hour, did 37.5 hours plus 6 hours overtime at time and a half, what do i get this "
    "week"
)


def _cast_without(slug: str) -> tuple:
    return tuple(v for v in CAST if v.slug != slug)


@pytest.mark.parametrize("slug", ["einstein", "curie", "darwin", "shakespeare", "socrates"])
@pytest.mark.parametrize(("text", "figure"), [(FUEL, "£39.55"), (OVERTIME, "£558 in all")])
def test_every_persona_works_it(slug: str, text: str, figure: str) -> None:
    reply = say(slug, f"@{slug} {text}", author="sam", others=_cast_without(slug))
    assert figure in reply and "@lovelace" not in reply
    assert reply not in _lovelace(text)  # in its own words, not hers
    # alone in the room, the same
    assert figure in say(slug, f"@{slug} {text}", author="sam")


@pytest.mark.parametrize("slug", ["darwin", "shakespeare", "socrates", "einstein"])
def test_a_share_each_works_itself_still(slug: str) -> None:
    reply = say(
        slug,
        f"@{slug} dinner was £150 for 6 of us, how much each",
        author="sam",
        others=_cast_without(slug),
    )
    assert "£25 each" in reply and "@lovelace" not in reply


@pytest.mark.parametrize(
    ("slug", "text"),
    [
        ("darwin", "my hens lay 5 eggs a day, how many in a week"),  # its own field
        ("einstein", "light takes 8 minutes to get here from the sun, is that right"),
        ("shakespeare", "i've read 3 of your plays, which 2 next"),  # no sum
    ],
)
def test_no_hand_over_of_what_is_no_sum_of_hers(slug: str, text: str) -> None:
    reply = say(slug, f"@{slug} {text}", author="sam", others=_cast_without(slug))
    assert "@lovelace" not in reply
