"""Sums of time, dates, rates and units (sumtime34, `bots.solve_time`): a figure said in the unit
asked, or at a rate the chat gives; clock times forwards, backwards, apart and repeated; days to a
date; which anniversary; so much per game, an average of a total over its times, a pace, a total
as a percent of its most. Sums of our own in each class, in other words than the dev sums, and
look-alikes that must decline: a wrong sum is rated 1, a decline 2.
"""

from __future__ import annotations

import pytest

from bots.solve import solve
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say

# (the ask, the lines before it oldest first, the working)
SUMS = [
    # one figure in the unit asked
    ("whats that in miles", ["the ultra is 50km"], "50km is about 31.1 miles"),
    ("how many kg is that", ["baby weighed 8lb"], "8lb is about 3.63 kg"),
    ("how many pints is that", ["the keg holds 20 litres"], "20 litres is about 35.2 pints"),
    ("how many stone is that", ["scales said 82kg this morning"], "82kg is about 12st 13lb"),
    (
        "how many metres did we go up",
        ["car park was at 1,200ft", "top's 3,560ft"],
        "3,560ft − 1,200ft is 2,360ft; 2,360ft is about 719 m",
    ),
    # a figure of things at the rate the chat gives
    ("so how many ml", ["recipe wants 3 tbsp of oil", "1 tbsp = 15ml"], "3 × 15ml is 45ml"),
    (
        "how many grams of sugar then",
        ["needs 1½ cups sugar", "a cup of sugar is 200g"],
        "1.5 × 200g is 300g",
    ),
    (
        "how many grams is that",
        ["a cup of rice weighs 185g", "i need 2 and a half cups"],
        "2.5 × 185g is 462.5g",
    ),
    (
        "and in grams?",
        ["one scoop = 30g", "shake wants 3 scoops"],
        "3 × 30g is 90g",
    ),
    # a rate said the other way round, and a height in feet and inches with quotes
    (
        "how many grams is that",
        ["recipe wants 3 cups flour", "its 120g per cup"],
        "3 × 120g is 360g",
    ),
    ("how many grams for 6 portions", ["allow 80g a portion"], "6 × 80g is 480g"),
    ("how tall is that in cm", ["hes 5'10"], "5ft 10 is about 178 cm"),
    (
        "what's that per app",
        ["scored 14 goals in 40 apps"],
        "14 goals ÷ 40 apps is 0.35 goals per app",
    ),
    # an oven in the other scale, said without a figure
    (
        "what do i set it to",
        ["oven here is celsius", "pie says 425F"],
        "(425°F − 32) × 5/9 is 218.3°C; an oven dial goes in tens, so about 220°C",
    ),
    (
        "so what do i set it at",
        ["grandma's recipe says 350 f", "our oven is in c"],
        "(350°F − 32) × 5/9 is 176.7°C; an oven dial goes in tens, so about 180°C",
    ),
    # forwards from a time of day
    (
        "what time will we land",
        ["flight's 2h45", "we take off at 9:50pm"],
        "9:50pm + 2 hrs 45 mins is 12:35am",
    ),
    (
        "what time do we get there",
        ["leaving at 8am", "it's 150 miles", "we'll do 50mph", "and a 20 min stop"],
        "150 miles ÷ 50mph (3 hours) + 20 min is 3 hrs 20 mins; 8am + 3 hrs 20 mins is 11:20am",
    ),
    (
        "when will we finish",
        ["walk is 18km", "we do about 4 km an hour", "plus half an hour for lunch", "start 09:30"],
        "18km ÷ 4 km an hour (4 hrs 30 mins) + 30 mins is 5 hours; 09:30 + 5 hours is 2:30pm",
    ),
    (
        "what time does it finish",
        ["film starts 7:45", "runtime 2 hrs 35 mins"],
        "7:45 + 2 hrs 35 mins is 10:20",
    ),
    (
        "what time will we get there",
        ["leaving 9am", "doing about 60 miles an hour", "its 120 miles"],
        "120 miles ÷ 60 miles an hour is 2 hours; 9am + 2 hours is 11am",
    ),
    # backwards from a time of day
    (
        "what time does the chicken need to go in",
        ["chicken's 2kg", "45 mins per kg plus 20 mins", "dinner at 7"],
        "2 × 45 mins + 20 mins is 1 hr 50 mins; 7pm − 1 hr 50 mins is 5:10pm",
    ),
    (
        "what time do i need to leave",
        ["interview's at 10am", "train takes 55 mins", "and its a 15 min walk"],
        "55 mins + 15 min is 1 hr 10 mins; 10am − 1 hr 10 mins is 8:50am",
    ),
    (
        "what time should it go in",
        ["lamb is 2.5kg", "25 mins per kg plus 25 mins", "and 20 mins resting", "eating at 6pm"],
        "2.5 × 25 mins + 25 mins + 20 mins is 1 hr 48 mins; 6pm − 1 hr 48 mins is 4:12pm",
    ),
    # between two times of day
    (
        "how long is the shift",
        ["clock in 06:45", "clock off 15:15"],
        "06:45 to 15:15 is 8 hrs 30 mins",
    ),
    (
        "how long was i asleep",
        ["went to bed 11:50pm", "woke 7:05am"],
        "11:50pm to 7:05am is 7 hrs 15 mins",
    ),
    ("how long's the flight", ["departs 13:05", "lands 16:40"], "13:05 to 16:40 is 3 hrs 35 mins"),
    ("how long is that", ["doors at 7:30", "home by 11:15"], "7:30 to 11:15 is 3 hrs 45 mins"),
    # how long, from spans said (each so many times) or a distance at a speed
    (
        "how long is the whole round then?",
        ["8 speeches of 5 min, then two 3 min summaries, then about 10 min for judges"],
        "8 × 5 min + 2 × 3 min + 10 min is 56 mins",
    ),
    (
        "how long is the gig",
        ["3 sets of 40 mins", "and two 20 min breaks"],
        "3 × 40 mins + 2 × 20 min is 2 hrs 40 mins",
    ),
    ("how long will it take", ["its 120 miles", "about 60 mph"], "120 miles ÷ 60 mph is 2 hours"),
    (
        "how long's the drive then",
        ["it's 340km", "we average 85 km/h", "plus a 45 min stop"],
        "340km ÷ 85 km/h (4 hours) + 45 min is 4 hrs 45 mins",
    ),
    # a temperature asked in the other scale
    ("whats that in f", ["its 30c here today"], "30°C × 9/5 + 32 is 86°F"),
    (
        "what's that in celsius",
        ["recipe says 350°F"],
        "(350°F − 32) × 5/9 is 176.7°C; an oven dial goes in tens, so about 180°C",
    ),
    # a speed from a distance and the time it took
    ("how fast is that", ["cycled 42km today", "took 1h45"], "42km ÷ 1 hr 45 mins is 24 km/h"),
    (
        "whats that in mph",
        ["did 42km in 1 hr 45 mins"],
        "42km (26.1 miles) ÷ 1 hr 45 mins is 14.9 mph",
    ),
    (
        "what was my average speed",
        ["ran 13.1 miles", "in 2 hrs"],
        "13.1 miles ÷ 2 hours is 6.5 mph",
    ),
    # spoons, and a race in thousands of metres
    ("how many ml is that", ["recipe says 3 tbsp oil"], "3 tbsp is about 45 ml"),
    ("how many miles is that", ["signed up for a 10k run"], "10k is about 6.21 miles"),
    ("how many miles is that", ["ran 5k this morning"], "5k is about 3.11 miles"),
    # days named, nights of a stay, days between
    (
        "how many sleeps till christmas",
        ["today is 1st december"],
        "1 December to 25 December is 24 days",
    ),
    (
        "how many nights is that",
        ["checking in 14th july", "out on the 21st july"],
        "14 July to 21 July is 7 nights",
    ),
    ("how many days between 3 march and 17 april", [], "3 March to 17 April is 45 days"),
    # times of day put in order by their words, and a bare hour
    ("how long have we got", ["train at 3:40", "its 2:15 now"], "2:15 to 3:40 is 1 hr 25 mins"),
    (
        "how long is the journey",
        ["gets in 21:15", "leaves 17:48"],
        "17:48 to 21:15 is 3 hrs 27 mins",
    ),
    (
        "what time will it be ready",
        ["goes in at 11", "needs 2 hrs 30 mins"],
        "11:00 + 2 hrs 30 mins is 1:30",
    ),
    (
        "what time do we need to leave",
        ["need to be there by 9", "its a 40 min drive"],
        "9:00 − 40 mins is 8:20",
    ),
    # an interval repeated
    (
        "when's the next dose",
        ["calpol every 4 hours", "last dose 10:15am"],
        "10:15am + 4 hours is 2:15pm",
    ),
    (
        "what time is the third one",
        ["bus comes every 20 mins", "first one 7:10am"],
        "7:10am + 20 mins is 7:30am; + 20 mins is 7:50am; + 20 mins is 8:10am",
    ),
    (
        "what time's the one after next",
        ["meds every 6 hrs", "had one at 8pm"],
        "8pm + 6 hours is 2am; + 6 hours is 8am",
    ),
    (
        "when's the next feed",
        ["feeding every 2.5 hrs", "last one was 1:20am"],
        "1:20am + 2 hrs 30 mins is 3:50am",
    ),
    # days to a date
    (
        "how many sleeps till christmas",
        ["today is 1st december", "christmas is 25th december"],
        "1 December to 25 December is 24 days",
    ),
    (
        "how many days till the wedding",
        ["the wedding's on 3 may", "today's 20th april"],
        "20 April to 3 May is 13 days",
    ),
    (
        "how many days left",
        ["exams start june 2nd", "its may 12th today"],
        "12 May to 2 June is 21 days",
    ),
    (
        "how many weeks to go",
        ["today's the 4th october", "due on 1st march 2026"],
        "4 October 2025 to 1 March 2026 is 148 days, 21 weeks and 1 day",
    ),
    (
        "how many days to go",
        ["holiday is 10th jan", "today's 28th dec"],
        "28 December to 10 January is 13 days",
    ),
    # which anniversary
    (
        "what anniversary is it",
        ["mum and dad married in 1999", "it's 2024 now"],
        "2024 − 1999 is 25: the 25th, the silver one",
    ),
    (
        "which anniversary is that",
        ["they wed 3rd june 1984", "and it's 2024"],
        "2024 − 1984 is 40: the 40th, the ruby one",
    ),
    (
        "how many years married is that",
        ["its 2025 now", "nan married grandad in 1962"],
        "2025 − 1962 is 63: the 63rd",
    ),
    # so much per occasion, and an average of a total over its times
    (
        "hows that per match",
        ["scored 18 tries in 12 matches"],
        "18 tries ÷ 12 matches is 1.5 tries per match",
    ),
    (
        "whats that a week",
        ["i've read 26 books in 52 weeks"],
        "26 books ÷ 52 weeks is 0.5 books a week",
    ),
    (
        "what's that per game then",
        ["14 games played", "she's got 9 assists"],
        "9 assists ÷ 14 games is 0.64 assists per game",
    ),
    ("what's his average", ["kev's got 540 runs", "out 12 times"], "540 runs ÷ 12 times is 45"),
    (
        "whats her avg then",
        ["she's bowled 16 innings", "scored 388 runs"],
        "388 runs ÷ 16 innings is 24.25",
    ),
    # a pace
    ("whats my pace per km", ["ran 10k in 52:30"], "52:30 ÷ 10 km is 5:15 per km"),
    ("what pace is that per mile", ["did 5 miles in 42:30"], "42:30 ÷ 5 miles is 8:30 per mile"),
    (
        "what pace is that",
        ["finished the half marathon in 1:58:30"],
        "1:58:30 ÷ 21.1 km is 5:37 per km",
    ),
    (
        "and if i go 90 secs faster whats my pace",
        ["parkrun done in 31:00"],
        "31:00 − 90 secs is 29:30; 29:30 ÷ 5 km is 5:54 per km",
    ),
    # a total as a percent of its most
    ("what's that as a percentage", ["got 34 out of 40 on the test"], "34 ÷ 40 is 85%"),
    (
        "what % is that",
        ["marks were 18, 15, 20 and 17", "each out of 20"],
        "18 + 15 + 20 + 17 is 70; 4 × 20 is 80; 70 ÷ 80 is 87.5%",
    ),
    ("whats that in percent", ["he scored 27/30"], "27 ÷ 30 is 90%"),
    (
        "what's the overall percentage",
        ["judges gave 7, 9, 8", "all out of 10"],
        "7 + 9 + 8 is 24; 3 × 10 is 30; 24 ÷ 30 is 80%",
    ),
    # two units said together, and an answer said in them
    ("whats that in kg", ["baby arrived 8lb 2oz"], "8lb 2oz is about 3.69 kg"),
    ("how many kg is that", ["i was 13st 6lb in january"], "13st 6lb is about 85.3 kg"),
    ("how tall is that in cm", ["he's 6ft 2 now"], "6ft 2 is about 188 cm"),
    ("what's 5ft 4 in metres", [], "5ft 4 is about 1.63 m"),
    ("how tall is that in feet", ["she is 1.65m"], "1.65m is about 5ft 5in"),
    # a rate the chat gives that is not the textbook one is the one used
    (
        "how many grams is that",
        ["nans recipe says 8oz butter", "1oz is 28g right?"],
        "8 × 28g is 224g",
    ),
    # which birthday
    (
        "what number birthday is it",
        ["mum was born in 1965", "this year's 2025"],
        "2025 − 1965 is 60: the 60th birthday",
    ),
    (
        "which birthday is it this year",
        ["dad born 1950", "its 2025 now"],
        "2025 − 1950 is 75: the 75th birthday",
    ),
    (
        "how many candles then",
        ["born in 2019", "it's 2025 now"],
        "2025 − 2019 is 6: the 6th birthday",
    ),
    # a tin of another size
    (
        "how much flour if i use a 23cm tin",
        ["cake needs 300g flour and 150g sugar", "for a 20cm round tin"],
        "the area goes with the size squared: (23 ÷ 20)² is 1.3225; "
        "300g × 1.3225 is 396.7g of flour",
    ),
    (
        "how much sugar for an 8 inch tin",
        ["recipe: 100g sugar, 6 inch tin"],
        "the area goes with the size squared: (8 ÷ 6)² is 1.7778; 100g × 1.7778 is 177.8g of sugar",
    ),
    (
        "and what about a 15cm one",
        ["recipe says 250g butter 20cm tin", "how much butter for a 25cm tin"],
        "the area goes with the size squared: (15 ÷ 20)² is 0.5625; "
        "250g × 0.5625 is 140.6g of butter",
    ),
    # a follow-up that swaps the one figure of the sum before
    (
        "and if it's 10?",
        ["the keg holds 20 litres", "how many pints is that"],
        "10 litres is about 17.6 pints",
    ),
    (
        "what about 90kg",
        ["scales said 82kg this morning", "how many stone is that"],
        "90kg is about 14st 2lb",
    ),
    (
        "and if i bump it to 26.2?",
        ["sunday's long run is 13.1 miles", "whats that in km"],
        "26.2 miles is about 42.2 km",
    ),
    # leaving, said other ways
    (
        "what time do we need to set off",
        ["match is at 7:45pm", "it's an hour's drive", "and we want 15 mins to park"],
        "1 hour + 15 mins is 1 hr 15 mins; 7:45pm − 1 hr 15 mins is 6:30pm",
    ),
    (
        "what time we leaving then",
        ["ferry at 08:30", "check in closes 45 mins before", "its a 40 min drive"],
        "45 mins + 40 min is 1 hr 25 mins; 08:30 − 1 hr 25 mins is 7:05am",
    ),
    (
        "what time should i get up",
        ["need to leave 7:15", "i take 45 mins to get ready"],
        "7:15 − 45 mins is 6:30",
    ),
    (
        "what time do i set my alarm",
        ["train's at 06:52", "its a 25 min walk", "and i need half an hour to get ready"],
        "25 min + 30 mins is 55 mins; 06:52 − 55 mins is 5:57am",
    ),
]

# (the ask, the lines before it oldest first): no sum of these kinds, or one of two readings
LOOK_ALIKES = [
    ("what time is it there", ["flight is at 06:10"]),
    ("how long till lunch", ["its 11:30"]),
    ("how many days till my birthday", ["its on 3rd june"]),  # today not said
    ("how many weeks to go", ["due 1st march", "today's the 10th jan"]),  # a leap day, no year
    ("what's that in miles", ["the ultra is 50km", "or the 80km one"]),
    ("how long is the drive", ["its 200 miles", "stopping twice"]),
    ("whats that per game", ["we've won 5 of our 8 games"]),
    ("what time do we get there", ["leaving at 8am", "it's 150 miles"]),  # no speed
    ("how many grams", ["2 cups of flour", "1 cup of sugar = 200g"]),  # another thing's rate
    ("what's that in kg", ["i lost 5 stone", "then put 10lb back on"]),
    ("what time does it finish", ["film starts at 7:30pm", "it's long"]),
    ("what percentage is that", ["sold 40 tickets"]),
    ("what time do we get there", ["leaving at 8am", "its 3 hrs", "maybe 4 with traffic"]),
    ("when's the next one", ["bus every 15 mins"]),  # no time of day
    ("how long is the shift", ["clock in 06:45", "clock off 15:15", "with 2 breaks"]),
    ("which anniversary is it", ["married in 1990"]),  # this year not said
    ("what's his average", ["540 runs", "out 12 times", "and 3 not outs"]),
    ("whats my pace", ["ran in 52:30"]),  # no distance
    ("what's that as a percentage", ["got 34 out of 40", "and 18 out of 20"]),
    ("how many feet is that", ["tent is 3m by 2m"]),
    ("how much butter if i use a 10 inch tin", ["200g butter for a 20cm round tin"]),  # cm, inches
    ("how much butter for a 20cm square tin", ["200g butter for a 20cm round tin"]),
    ("and if 3 more join?", ["the keg holds 20 litres", "how many pints is that"]),
    ("and for 2 cups?", ["recipe wants 3 cups flour", "1 cup flour = 120g", "so how many grams"]),
    ("and if its 20km?", ["long run is 14 miles", "whats that in km"]),
    ("what time do we need to leave", ["ferry at 08:30", "couple of hours drive"]),
    ("how long is the session", ["4 x 15 min sets", "with 2 min rests between"]),  # how many rests
    ("how long is it", ["3 talks of 20 mins", "then questions"]),
    ("how many miles", ["saving 10k for the race car"]),  # money, not a race
    ("how many days", ["we arrive 28 dec", "leave 3 jan"]),  # the last day counted or not
    ("how fast was that", ["42km", "with 2 breaks"]),
    ("how fast is that", ["cycled 42km today", "took 1h45", "plus a 20 min stop"]),
    ("whats that in f", ["its 30c here today", "was 25c yesterday"]),
    ("when will we get there", ["we are at 3 of 5 stops", "2 hrs to go"]),
    ("whats that per game", ["played 10 games", "scored 3 hat tricks"]),
    ("whats that per game", ["10 games", "3 wins and 2 draws"]),
    ("which anniversary is it", ["he was born 1960", "its 2024 now"]),
    ("what number candles", ["married 1990", "its 2025 now"]),
    ("what's that in kg", ["she's 9st 4lb", "he's 12st"]),
]


@pytest.mark.parametrize(("ask", "before", "working"), SUMS)
def test_a_sum_of_time_dates_rates_or_units_is_worked(ask, before, working):
    assert solve(ask, before[::-1]) == working


@pytest.mark.parametrize(("ask", "before"), LOOK_ALIKES)
def test_a_look_alike_or_a_sum_of_two_readings_is_not_worked(ask, before):
    assert solve(ask, before[::-1]) == ""


def _asked(slug: str, ask: str, before: list[tuple[str, str]]) -> str:
    history = (*(Line(a, t) for a, t in before), Line("sam", f"@{slug} {ask}"))
    return say(slug, f"@{slug} {ask}", author="sam", history=history)


def test_the_mathematician_works_a_time_sum_in_her_voice():
    reply = _asked(
        "lovelace",
        "what time do we get there",
        [("jo", "its 240km"), ("jo", "we'll average 80 km/h"), ("sam", "leaving 07:15")],
    )
    assert "Engine" in reply
    assert "240km ÷ 80 km/h is 3 hours; 07:15 + 3 hours is 10:15am" in reply


def test_a_figure_said_before_the_talk_turned_is_not_the_sums():
    reply = _asked(
        "lovelace",
        "how long is the whole round then? mum's picking me up",
        [
            ("hana", "@curie is the 25 thing real or not"),
            ("ms_okafor", "careful with stats you can't source"),
            (
                "finn",
                "timing q. 8 speeches of 5 min, then two 3 min summaries, then 10 min for judges",
            ),
        ],
    )
    assert "8 × 5 min + 2 × 3 min + 10 min is 56 mins" in reply


@pytest.mark.parametrize(
    ("slug", "ask", "before", "working"),
    [
        (
            "einstein",
            "how long's the crossing",
            [("jo", "ferry leaves 08:40"), ("jo", "docks 14:10")],
            "08:40 to 14:10 is 5 hrs 30 mins",
        ),
        (
            "curie",
            "what time do we get there",
            [("jo", "its 240km"), ("jo", "we'll average 80 km/h"), ("sam", "leaving 07:15")],
            "240km ÷ 80 km/h is 3 hours; 07:15 + 3 hours is 10:15am",
        ),
        (
            "einstein",
            "what pace is that",
            [("jo", "ran the 10k in 48:20")],
            "48:20 ÷ 10 km is 4:50 per km",
        ),
        (
            "curie",
            "whats that per race",
            [("jo", "she's won 7 medals in 20 races")],
            "7 medals ÷ 20 races is 0.35 medals per race",
        ),
    ],
)
def test_a_scientist_asked_works_a_plain_time_or_rate_sum(slug, ask, before, working):
    assert working in _asked(slug, ask, before)
