"""Everyday sums of five more classes (sums50b, `bots.everyday50`), worked by any persona asked:
a plan's allowance and a charge a unit over it (and a meter's readings with their dates), a bill
less a discount paid in instalments, pounds changed at a rate after a fee, a speed or a pace
from a distance and a time (or a time from them), and turf, carpet, tiles, paint or decking for
a floor, a lawn or a wall at a price, packs rounded up. Each class has variants of our own and
look-alikes that must be declined or stay as they were (a fee with no rate, an area with no
price asked for a count, a distance with no time, a stop on the way, a second discount)."""

from __future__ import annotations

import pytest

from bots.engine import ChatLine
from bots.everyday50 import NO_RATE, worked
from tests.bots.test_everyday_messages import CAST, say

# (the lines, oldest first, the ask last; the working; the result)
WORKED = [
    (
        [
            "my contract gives me 600 mins for £15 a month, 10p a min after that",
            "i did 712 mins in march lol",
            "what do i pay",
        ],
        "712 − 600 is 112 mins over, × 10p is £11.20, + the £15 is £26.20",
        "£26.20",
    ),
    (
        [
            "swim pass £25 a month with 10 swims included, £3 each extra",
            "went 14 times",
            "how much",
        ],
        "14 − 10 is 4 swims over, × £3 is £12, + the £25 is £37",
        "£37",
    ),
    (
        ["data is 20gb a month then £1.50 per gb over, used 23gb, how much extra do i pay"],
        "23 − 20 is 3GB over, × £1.50 is £4.50 extra",
        "£4.50 extra",
    ),
    (
        [
            "car lease £199 a month with 8,000 miles a year allowance, 10p a mile over, did "
            "9,200 miles, how much excess"
        ],
        "9,200 − 8,000 is 1,200 miles over, × 10p is £120 extra",
        "£120 extra",
    ),
    (
        ["van hire £60 with 100 free miles, then 20p a mile", "we did 250", "whats the total"],
        "250 − 100 is 150 miles over, × 20p is £30, + the £60 is £90",
        "£90",
    ),
    (
        ["you get 5gb, anything over is £3 a gb", "she used 7.5gb", "how much extra"],
        "7.5 − 5 is 2.5GB over, × £3 is £7.50 extra",
        "£7.50 extra",
    ),
    (
        [
            "plan is £10 a month, 8p per extra text, 400 texts included, i sent 480 this month, "
            "whats the bill"
        ],
        "480 − 400 is 80 texts over, × 8p is £6.40, + the £10 is £16.40",
        "£16.40",
    ),
    (
        [
            "texts over 500 are 8p each and the plan is £12 a month",
            "she sent 730",
            "whats her bill",
        ],
        "730 − 500 is 230 texts over, × 8p is £18.40, + the £12 is £30.40",
        "£30.40",
    ),
    (
        [
            "gym's £30 a month with 8 classes free then £4 a class",
            "i only went to 6",
            "what do i owe",
        ],
        "6 is within the 8 classes, so nothing over; just the £30",
        "£30",
    ),
    (
        ["water meter was 512 on 3 march and 560 on 2 june", "£2.10 per m3, how much do we owe"],
        "560 − 512 is 48 m³; 48 × £2.10 is £100.80",
        "£100.80",
    ),
    (
        [
            "car insurance is £720 for the year, 15% discount for a black box, paid in 12 "
            "instalments, how much each"
        ],
        "15% of £720 is £108, so £612; ÷ 12 is £51 each",
        "£51 each",
    ),
    (
        ["tv licence £169.50, £20 off, over 6 payments, how much a month"],
        "£169.50 less £20 is £149.50; ÷ 6 is about £24.92 each",
        "about £24.92 each",
    ),
    (
        [
            "gym membership £600 a year",
            "they're doing 20% off",
            "pay it over 10 months, whats each payment",
        ],
        "20% of £600 is £120, so £480; ÷ 10 is £48 each",
        "£48 each",
    ),
    (
        [
            "season ticket is £1,150 with a 10% loyalty discount",
            "spread over ten monthly instalments",
            "how much a month",
        ],
        "10% of £1,150 is £115, so £1,035; ÷ 10 is £103.50 each",
        "£103.50 each",
    ),
    (
        [
            "the course is £2,000 but i get £400 off as an alumni, paying in 8 instalments, how "
            "much is each"
        ],
        "£2,000 less £400 is £1,600; ÷ 8 is £200 each",
        "£200 each",
    ),
    (
        ["swapping £600 for euros at 1.18, £3 commission, how many euros"],
        "£600 less the £3 fee is £597; × 1.18 is €704.46",
        "€704.46",
    ),
    (
        ["£1,200 into dollars, rate 1.26, they charge 1.5% fee, how much will i get"],
        "1.5% of £1,200 is £18, so £1,182 to change; × 1.26 is $1,489.32",
        "$1,489.32",
    ),
    (
        ["€1.17 to the £, changing £350 with a £4 fee, how many euros"],
        "£350 less the £4 fee is £346; × 1.17 is €404.82",
        "€404.82",
    ),
    (
        [
            "off to japan, changing £900",
            "the place takes a £6 fee and gives 187 yen to the pound",
            "how much yen will i get",
        ],
        "£900 less the £6 fee is £894; × 187 is ¥167,178",
        "¥167,178",
    ),
    (
        [
            "1 pound = 1.25 dollars at the airport but they keep 3%",
            "i'm changing £400",
            "how many dollars is that",
        ],
        "3% of £400 is £12, so £388 to change; × 1.25 is $485",
        "$485",
    ),
    (
        ["ran 8 miles in 1 hour 4 minutes, whats my pace per mile"],
        "8 miles in 1 hour 4 minutes is 8 minutes a mile (8:00 per mile)",
        "8 minutes a mile",
    ),
    (
        ["drove 150 miles in 2 and a half hours, average speed?"],
        "150 miles in 2 and a half hours (2.5 hours) is 60 mph",
        "60 mph",
    ),
    (
        ["cycled 60km in 2h 30m how fast was that"],
        "60 km in 2h 30m (2.5 hours) is 24 km/h",
        "24 km/h",
    ),
    (
        ["if i run at 6 min per km how long for a half marathon 21.1 km"],
        "21.1 × 6 minutes is 2 hours 6 minutes 36 seconds",
        "2 hours 6 minutes 36 seconds",
    ),
    (
        ["its 45 miles and i average 30 mph, how long"],
        "45 miles ÷ 30 mph is 1 hour 30 minutes",
        "1 hour 30 minutes",
    ),
    (
        ["ran 5k in 25 mins", "whats that in mph"],
        "5 km (3.11 miles) in 25 mins (0.42 hours) is about 7.5 mph",
        "about 7.5 mph",
    ),
    (
        ["walked 9km in 1:48", "what was my pace per km"],
        "9 km in 1:48 is 12 minutes a km (12:00 per km)",
        "12 minutes a km",
    ),
    (
        ["decking area 5m by 3m, boards are £40 a square metre, total cost"],
        "5 × 3 is 15 m², × £40 a m² is £600",
        "£600",
    ),
    (
        ["living room 5.5m by 4m, carpet £24.99 per m2, how much"],
        "5.5 × 4 is 22 m², × £24.99 a m² is £549.78",
        "£549.78",
    ),
    (
        [
            "bathroom floor 2m x 1.5m, tiles are 20cm square at £18 a box of 25, how much will "
            "it cost"
        ],
        "2 × 1.5 is 3 m², ÷ 20cm × 20cm (0.04 m²) is 75 tiles, in boxes of 25, 3 boxes (rounded "
        "up), × £18 is £54",
        "3 boxes, £54",
    ),
    (
        ["garden 10m by 7m, turf rolls cover 1.5 sq m, £4 a roll, how many rolls and cost"],
        "10 × 7 is 70 m², ÷ 1.5 m² a roll is 46.67, so 47 rolls (rounded up), × £4 is £188",
        "47 rolls, £188",
    ),
    (
        [
            "the landing is 3 metres by 1.2 metres",
            "vinyl is £12.50 a sq metre",
            "how much will it be",
        ],
        "3 × 1.2 is 3.6 m², × £12.50 a m² is £45",
        "£45",
    ),
    (
        [
            "feature wall 3.6m wide and 2.5m high, 2 coats",
            "a tin does 10 sq m, £16.50 a tin",
            "how much will the paint cost",
        ],
        "3.6 × 2.5 is 9 m², × 2 coats is 18 m², ÷ 10 m² a tin is 1.8, so 2 tins (rounded up), × "
        "£16.50 is £33",
        "2 tins, £33",
    ),
    (
        ["shed base 3m by 2m", "paving slabs 450x450 at £4.20 each", "how many slabs and how much"],
        "3 × 2 is 6 m², ÷ 450mm × 450mm (0.2025 m²) is 29.63, so 30 slabs (rounded up), 30 × "
        "£4.20 is £126",
        "30 slabs, £126",
    ),
    (
        [
            "mums phone is £15 a month, that gets her 300 minutes",
            "after that its 12p a minute",
            "she did 390 minutes last month bless her",
            "whats her bill",
        ],
        "390 − 300 is 90 minutes over, × 12p is £10.80, + the £15 is £25.80",
        "£25.80",
    ),
    (
        [
            "car hire £45 a day incl 150 miles, 18p per mile after",
            "drove 230 miles in the day",
            "total?",
        ],
        "230 − 150 is 80 miles over, × 18p is £14.40, + the £45 is £59.40",
        "£59.40",
    ),
    (
        [
            "off to spain, taking £750",
            "post office rate is 1.16 and they charge £2.50 commission",
            "how many euros",
        ],
        "£750 less the £2.50 fee is £747.50; × 1.16 is €867.10",
        "€867.10",
    ),
    (
        ["at a 5:45 pace per km how long would a 10k take me"],
        "10 × 5 minutes 45 seconds is 57 minutes 30 seconds",
        "57 minutes 30 seconds",
    ),
    (
        ["cycled for 90 minutes at 18 mph", "how far did i go"],
        "18 mph for 90 minutes is 27 miles",
        "27 miles",
    ),
    (
        ["did a 5k parkrun in 24:15", "whats my pace per km"],
        "5 km in 24:15 is 4 minutes 51 seconds a km (4:51 per km)",
        "4 minutes 51 seconds a km",
    ),
    (
        ["ran a half marathon 13.1 miles in 1:52:30", "what was my pace per mile"],
        "13.1 miles in 1:52:30 is 8 minutes 35 seconds a mile (8:35 per mile)",
        "8 minutes 35 seconds a mile",
    ),
    (
        [
            "repainting one wall 3.2m wide by 2.4m high with 2 coats, tin covers 13m2 and costs "
            "£15",
            "how much",
        ],
        "3.2 × 2.4 is 7.68 m², × 2 coats is 15.36 m², ÷ 13 m² a tin is 1.18, so 2 tins (rounded "
        "up), × £15 is £30",
        "2 tins, £30",
    ),
    (
        ["lawn's 9m by 6m, turf rolls are 1m2 at £2.99 each, how much"],
        "9 × 6 is 54 m², ÷ 1 m² a roll is 54 rolls, × £2.99 is £161.46",
        "54 rolls, £161.46",
    ),
    (
        ["kitchen floor 4m by 2.5m, tiles 50cm x 50cm, £30 a box of 4", "how much"],
        "4 × 2.5 is 10 m², ÷ 50cm × 50cm (0.25 m²) is 40 tiles, in boxes of 4, 10 boxes "
        "(rounded up), × £30 is £300",
        "10 boxes, £300",
    ),
    (
        [
            "sim only deal: £8/month for 4GB, extra data £2.50 per GB",
            "went over and used 6.2GB",
            "what will the bill be",
        ],
        "6.2 − 4 is 2.2GB over, × £2.50 is £5.50, + the £8 is £13.50",
        "£13.50",
    ),
    (
        [
            "nursery gives 30 free hours a week, then it's £6.50 an hour",
            "she's in 38 hours",
            "what do we pay a week",
        ],
        "38 − 30 is 8 hours over, × £6.50 is £52 extra",
        "£52 extra",
    ),
    (
        [
            "want to change 250 quid into euros, rate is 1.15 euros per pound, theres a £3.50 fee",
            "how much will i get",
        ],
        "£250 less the £3.50 fee is £246.50; × 1.15 is €283.48",
        "€283.48",
    ),
    (
        ["exchange rate's 1.27 dollars to the pound, fee's 1%, changing £800", "how many dollars"],
        "1% of £800 is £8, so £792 to change; × 1.27 is $1,005.84",
        "$1,005.84",
    ),
    (
        [
            "annual season ticket £3,200, employer gives 10% off, paid back in 12 monthly "
            "chunks, how much a month"
        ],
        "10% of £3,200 is £320, so £2,880; ÷ 12 is £240 each",
        "£240 each",
    ),
    (
        ["drove 95 miles, took 1 hr 50 mins", "what was my average speed"],
        "95 miles in 1 hr 50 mins (1.83 hours) is about 51.8 mph",
        "about 51.8 mph",
    ),
    (
        ["if i walk at 5 km/h how long will 12 km take"],
        "12 km ÷ 5 km/h is 2 hours 24 minutes",
        "2 hours 24 minutes",
    ),
    (
        [
            "room 3.6m x 3m, laminate packs cover 2.13 sq m and cost £27",
            "how many packs and how much",
        ],
        "3.6 × 3 is 10.8 m², ÷ 2.13 m² a pack is 5.07, so 6 packs (rounded up), × £27 is £162",
        "6 packs, £162",
    ),
]


@pytest.mark.parametrize(("lines", "working", "number"), WORKED)
def test_a_sum_of_its_class_is_worked(lines, working, number):
    found = worked(lines)
    assert found is not None
    assert (found.working, found.number, found.need) == (working, number, "")


# Look-alikes no reader here works: a figure with no place, a second rate or discount, a stop
# on the way, a fee taken after, the amount of carpet (not its cost) or a count asked.
DECLINED = [
    ["10 miles, how fast is that"],
    ["lawn is 6m by 4.5m, how many rolls of turf"],
    ["changing £500, fee £5, how much do i get"],
    ["£12 a month with 500 texts, 8p a text over, how much"],
    ["council tax £1,860 a year, 25% discount, how much a month"],
    ["room is 4m by 3m with a 1m by 1m chimney breast, carpet £20 a sq m, how much"],
    [
        "gym £30 a month, 8 classes free, £4 each after, went to 11 and 3 of my mates came too, "
        "how much"
    ],
    ["ran 10k in 50 mins, then 5k in 30 mins, whats my average pace"],
    ["£1,000 into euros at 1.17 and 1.15 the week after, £5 fee, how many euros"],
    ["council tax £1,860 a year, 25% discount and another 10% off, 10 instalments, how much each"],
    ["changing £350, rate 1.17, £4 fee taken after, how many euros"],
    ["room 4m by 3m, carpet £20 a sq m, how much carpet do i need"],
    ["drove 200 miles in 4 hours with a 30 min stop, average speed?"],
    ["insurance £600 a year, 10% off, plus a £25 admin fee, 12 payments, how much each"],
    ["room 4m by 3m, carpet £20 a sq m and underlay £4 a sq m, how much"],
    [
        "car lease £199 a month with 8,000 miles a year, 10p a mile over, did 9,200 miles, "
        "whats the bill"
    ],
    [
        "£12 a month with 500 texts, 8p a text after that, she sent 730 and 40 picture "
        "messages, how much"
    ],
    [
        "my broadband has a 100gb cap... no wait its 100gb included then £1 per gb",
        "used 130gb",
        "how much extra",
    ],
    ["off to spain, taking £750", "how many euros will that get me"],
    ["i'm on 37.5 hours at £12 an hour, anything over is time and a half, did 41, what's my pay"],
    [
        "basic week is 35 hours, £11 an hour, after that it's double",
        "i did 40 hours",
        "how much do i get",
    ],
    ["lawn is 9m by 6m, turf £3 a sq m", "how many square metres is that"],
]


@pytest.mark.parametrize("lines", DECLINED)
def test_a_look_alike_is_left_unworked(lines):
    assert worked(lines) is None


@pytest.mark.parametrize(
    "lines",
    [
        ["changing £500 at the airport, they take a £5 fee", "how many euros do i get"],
        ["£350 with a £4 fee, how many euros"],
        ["sending £200 to the states, 2% commission", "how many dollars will they get"],
    ],
)
def test_a_fee_with_no_rate_asks_for_the_rate(lines):
    found = worked(lines)
    assert found is not None
    assert (found.working, found.need) == ("", NO_RATE)


def _others(slug: str) -> tuple:
    return tuple(v for v in CAST if v.slug != slug)


# (persona, lines said before, the ask, the reply)
ROOMS = [
    (
        "darwin",
        ["swim pass £25 a month with 10 swims included, £3 each extra", "went 14 times"],
        "@darwin how much is that then",
        "I was never much of a mathematician, Sam, but I kept my accounts all my life: 14 − 10 "
        "is 4 swims over, × £3 is £12, + the £25 is £37.",
    ),
    (
        "socrates",
        [
            "home insurance is £480 for the year",
            "12% off if i pay by direct debit, 12 monthly payments",
        ],
        "@socrates how much a month",
        "Let us reckon it together, Sam: 12% of £480 is £57.60, so £422.40; ÷ 12 is £35.20 "
        "each. What follows from it is another question.",
    ),
    (
        "shakespeare",
        ["swapping £600 for euros, rate's 1.18", "they take £3 commission first"],
        "@shakespeare how many euros do i end up with",
        "Even a glover's son can cast up a reckoning, Sam: £600 less the £3 fee is £597; × 1.18 "
        "is €704.46.",
    ),
    (
        "einstein",
        ["cycled 60km today, took 2h 30m"],
        "@einstein what was my average speed",
        "Adding up is the one calculation nobody argues about, Sam: 60km ÷ 2 hrs 30 mins is 24 "
        "km/h.",
    ),
    (
        "curie",
        ["the landing is 3 metres by 1.2 metres", "vinyl is £12.50 a sq metre"],
        "@curie how much will it cost",
        "The figures first, then the conclusions, Sam: 3 × 1.2 is 3.6 m², × £12.50 a m² is £45.",
    ),
    (
        "lovelace",
        ["garden 10m by 7m, turf rolls cover 1.5 sq m", "£4 a roll"],
        "@lovelace how many rolls and whats the cost",
        "A sum the Engine would take in one turn of its handle, Sam: 10 × 7 is 70 m², ÷ 1.5 m² "
        "a roll is 46.67, so 47 rolls (rounded up), × £4 is £188.",
    ),
    (
        "curie",
        ["changing £500 at the airport, they take a £5 fee"],
        "@curie how many euros do i get",
        "I never guess at a measurement, Sam: tell me the rate they change at (so many to the "
        "pound), and I will finish it.",
    ),
]


@pytest.mark.parametrize(("slug", "before", "ask", "reply"), ROOMS)
def test_any_persona_works_the_sum_in_its_own_words(slug, before, ask, reply):
    history = tuple(ChatLine("jo", text) for text in before)
    assert say(slug, ask, author="sam", history=history, others=_others(slug)) == reply
