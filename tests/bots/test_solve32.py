"""A sum spread over several messages (session 28, sums32): the dimensional solver
(`bots.solve`) reads the figures of the ask and the few person lines before it with their
units, and works the one way they cancel to what is asked ("campsite came to £96", "and i did
the food shop, that was 54", "6 of us goin", "so whats that pp then": £25 each). Look-alikes
that ask no sum, and sums with two readings (two head counts, "or", a figure of no unit), get
no answer."""

from __future__ import annotations

import pytest

from bots.solve import solve
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say

# (the ask, the lines before it oldest first, the working said)
SUMS = [
    (
        "so whats that each",
        ["and the decorations were 30", "hall hire came to £120", "5 of us organising"],
        "£30 + £120 is £150; £150 between 5 of you is £30 each",
    ),
    (
        "how much pp",
        ["petrol was £48 there and back", "4 of us in the car"],
        "£48 between 4 of you is £12 each",
    ),
    (
        "what's that each then",
        ["takeaway came to 64.80", "6 of us", "wait no 8, the twins came"],
        "£64.80 between 8 of you is £8.10 each",
    ),
    (
        "how much ea",
        ["villa is £1,200 for the week", "and the car hire was 180", "6 of us going"],
        "£1,200 + £180 is £1,380; £1,380 between 6 of you is £230 each",
    ),
    (
        "how much do i need to save each month",
        ["need 3,000 for the trip", "got 900 saved already", "10 months till we go"],
        "£3,000 − £900 is £2,100; £2,100 ÷ 10 months is £210 each month",
    ),
    (
        "how much do we need to save each week",
        ["wedding fund target is £6,000", "parents chipped in 1,200", "12 weeks left"],
        "£6,000 − £1,200 is £4,800; £4,800 ÷ 12 weeks is £400 each week",
    ),
    (
        "how much is that an hour",
        ["got paid 540 for the gig", "it took 18 hrs all in"],
        "£540 ÷ 18 hrs is £30 an hour",
    ),
    (
        "what does that work out an hour",
        ["made 96 in tips tonight", "did a 6 hr shift"],
        "£96 ÷ 6 hr is £16 an hour",
    ),
    (
        "how many pages a day do i need",
        ["thesis draft is 120 pages", "im only on p40", "deadline is in 20 days"],
        "120 pages − p40 is 80 pages; 80 pages ÷ 20 days is 4 pages a day",
    ),
    (
        "how many litres do we need",
        ["ceiling is 5m by 4m", "doing 2 coats", "tin says 10m² per litre"],
        "5m by 4m (20 m²) × 2 coats ÷ 10m² per litre is 4 litres",
    ),
    (
        "how many tiles do i buy",
        ["splashback is 1.2m x 0.6m", "tiles are 10x10cm", "get 10% extra for breakages"],
        "1.2m x 0.6m (0.72 m²) ÷ 10x10cm (0.01 m²) is 72 tiles; add 10% and it is 79.2 tiles, "
        "so 80 tiles (rounding up)",
    ),
    (
        "how much more do we need",
        ["flat is 200k", "need 5% deposit", "we've got 6k saved"],
        "5% of £200,000 − £6,000 is £4,000",
    ),
    (
        "whats that each now",
        ["cottage is 900 for the weekend", "10 of us", "2 have dropped out"],
        "10 − 2 is 8 of you; £900 between 8 of you is £112.50 each",
    ),
    (
        "and if 3 more come?",
        ["boat hire is 350", "whats that each with 7 of us"],
        "7 + 3 is 10 of you; £350 between 10 of you is £35 each",
    ),
    (
        "how much is that in kg",
        ["started at 16st", "weighed in at 15st 4lb this morning"],
        "16st − 15st 4lb is 4.54 kg",
    ),
    (
        "whats that per shift",
        ["made 150 in tips over 6 shifts"],
        "£150 ÷ 6 shifts is £25 per shift",
    ),
    ("how much each", ["dinner came to £210", "7 of us"], "£210 between 7 of you is £30 each"),
    (
        "how many miles a day is that",
        ["walking 96 miles", "over 8 days"],
        "96 miles ÷ 8 days is 12 miles a day",
    ),
    (
        "what did that work out per day",
        ["spent £420 over 14 days"],
        "£420 ÷ 14 days is £30 per day",
    ),
    (
        "whats my average then",
        ["my last 4 parkrun times in mins: 28, 31, 26, 27"],
        "28 + 31 + 26 + 27 is 112; 112 ÷ 4 is 28",
    ),
    (
        "what time do we need to leave",
        ["kick off is 15:00", "want to be there 45 mins before", "drive is 1 hr 20 mins"],
        "45 mins + 1 hr 20 mins is 2 hrs 5 mins; 15:00 − 2 hrs 5 mins is 12:55pm",
    ),
    (
        "what % is that up",
        ["paid 150 for the bike last year", "sold it for 195"],
        "£195 − £150 is £45; £45 ÷ £150 is 30% up",
    ),
    (
        "how old will dad be when i'm 30",
        ["dad was 31 when he had me", "i'm 19"],
        "the 31 years between you never change, so 30 + 31 is 61",
    ),
    (
        "how much cordial goes in",
        ["label says 1 part cordial to 4 water", "jug is 1.5 litres"],
        "1 + 4 is 5 parts; 1.5 litres ÷ 5 × 1 is 300 ml of cordial",
    ),
    (
        "what do i set it to",
        ["this oven only does fahrenheit", "recipe says 200C"],
        "200°C × 9/5 + 32 is 392°F",
    ),
    (
        "how many panels and posts",
        ["garden fence is 12m long", "panels are 2m wide"],
        "12m ÷ 2m is 6 panels; and a straight run takes one post more than panels, 7 posts",
    ),
    (
        "how many shifts a week is that",
        ["shifts are 7.5 hrs", "i need 30 hrs a week"],
        "30 hrs a week ÷ 7.5 hrs is 4 shifts a week",
    ),
]

# (the ask, the lines before it oldest first): no sum, or a sum of two readings
LOOK_ALIKES = [
    ("6 of us going to the pub at 8, who's in", []),
    ("the 2k erg test was brutal", []),
    ("£96 for the campsite, bargain", []),
    ("how much do you love camping", ["campsite was £96", "6 of us"]),
    ("how many of you have been to rome", ["flights were £240", "4 of us"]),
    ("is it 6 of us or 8 now", ["cottage is £900"]),
    ("what's everyone bringing", ["i got 2 bottles of wine", "12 of us"]),
    ("how much each for the £420 one or the £560 one", ["8 of us"]),
    (
        "how much each is that, and how much if we get up to 30 people",
        ["coach is £540 for the day, there's 23 of us signed up so far"],
    ),
    (
        "and if uncle pat's lot chip in that's 6 ways",
        [
            "there's 4 of us paying for certificates. 6 certs at £12.50 plus the parish archive "
            "search fee of €40 (about £34). how much each"
        ],
    ),
    (
        "and if maya and her bf come that makes 10",
        [
            "if its 8 of us how much each for the £420 one and the £560 one",
            "limo quote was £420 for 3 hours, or the hummer one is £560",
        ],
    ),
    ("what time is it there", ["flight is at 06:10"]),
    ("how much each", ["cottage is £1350 for 9 of us", "and the kids go free"]),
    ("what is it like there", ["flights were £240", "hotel is £300"]),
    ("what's that about", ["sent £20 to jo", "and 15 to sam"]),
    ("what time is it there", ["flight is at 06:10"]),
    ("how old is the house", ["it was built in 1930", "we moved in 2019"]),
    ("what % of the class passed", ["30 kids sat it"]),
    ("how many of you are coming at 7", ["table booked for 8"]),
    ("whats the average price of a pint round here", ["paid £6.50 for one last night"]),
    (
        "how much is that per person",
        ["the cake was £45", "and the balloons 15", "12 of us chipping in"],
    ),
]


@pytest.mark.parametrize(("ask", "before", "working"), SUMS)
def test_a_sum_spread_over_messages_is_worked_by_its_units(ask, before, working):
    assert solve(ask, before[::-1]) == working


@pytest.mark.parametrize(("ask", "before"), LOOK_ALIKES)
def test_no_sum_is_made_of_a_look_alike_or_a_sum_of_two_readings(ask, before):
    assert solve(ask, before[::-1]) == ""


def _asked(slug: str, ask: str, before: list[tuple[str, str]]) -> str:
    history = tuple(Line(author, text) for author, text in before)
    return say(slug, f"@{slug} {ask}", author="dee", history=history)


def test_the_mathematician_works_a_sum_spread_over_messages_in_her_voice():
    before = [
        ("kev", "campsite came to £96 for the 2 nights"),
        ("sarah", "food shop was 66"),
        ("kev", "6 of us"),
    ]
    reply = _asked("lovelace", "so whats that pp then", before)
    assert reply.endswith("Dee: £96 + £66 is £162; £162 between 6 of you is £27 each.")


def test_a_scientist_asked_works_it_in_her_own_voice():
    reply = _asked("curie", "whats that per shift", [("marco", "made 150 in tips over 6 shifts")])
    assert "£150 ÷ 6 shifts is £25 per shift" in reply


@pytest.mark.parametrize(
    ("ask", "before"),
    [
        ("6 of us going to the pub at 8, who's in", [("kev", "campsite was £96")]),
        ("£96 for the campsite, bargain", [("kev", "6 of us going")]),
        ("the 2k erg test was brutal", [("kev", "4 of us rowed")]),
    ],
)
def test_no_sum_is_said_to_a_look_alike(ask, before):
    reply = _asked("lovelace", ask, before)
    assert " is £" not in reply and "each" not in reply
