"""Everyday sums of the sums60 classes (`bots.sums60`), worked by any persona asked: a date so
many days or weeks after or before a date (chained too), the days or weeks between two dates,
an order of items at their prices and counts plus a shared cost split between people, a % or £
off only some items of a bill, a total less a deposit or part paid with the rest split, and a
club's season fee plus a fee a session (or a pass against so many tickets). Each class has
variants of our own and look-alikes that must be declined (a month or an hour in the sum, a
figure with no place, a discount on the whole bill, a cost on top, no count of sessions)."""

from __future__ import annotations

import pytest

from bots.engine import ChatLine
from bots.sums60 import worked
from tests.bots.test_everyday_messages import CAST, say

# (the lines, oldest first, the ask last; the working; the result)
WORKED = [
    (
        [
            "we get the keys fri 5th sept 2025",
            "and the builders need 6 weeks",
            "what date will they be done",
        ],
        "Fri 5 September 2025 + 6 weeks (42 days) is Fri 17 October 2025",
        "Friday 17 October 2025",
    ),
    (
        ["the bees went in on 12 may 2025, honey ready roughly 9 weeks later, when's that"],
        "Mon 12 May 2025 + 9 weeks (63 days) is Mon 14 July 2025",
        "Monday 14 July 2025",
    ),
    (
        [
            "bear starts winding down on 1 october, 3 weeks of fasting then 10 weeks asleep, when "
            "does she wake up?"
        ],
        "1 October + 3 weeks + 10 weeks (91 days) is 31 December",
        "31 December",
    ),
    (
        [
            "puppy was born on sunday 2nd march 2025",
            "can leave mum at 8 weeks",
            "what date is that",
        ],
        "Sun 2 March 2025 + 8 weeks (56 days) is Sun 27 April 2025",
        "Sunday 27 April 2025",
    ),
    (
        ["holiday is 22 august 2025, need to book kennels 3 weeks before, what date is that"],
        "Fri 22 August 2025 − 3 weeks (21 days) is Fri 1 August 2025",
        "Friday 1 August 2025",
    ),
    (
        ["course starts 30 jan 2024 and lasts 5 weeks, when does it finish"],
        "Tue 30 January 2024 + 5 weeks (35 days) is Tue 5 March 2024",
        "Tuesday 5 March 2024",
    ),
    (
        ["its the 3rd of january 2026 today, whats the date in 100 days"],
        "Sat 3 January 2026 + 100 days is Mon 13 April 2026",
        "Monday 13 April 2026",
    ),
    (
        ["checking in thurs 10th july", "staying 12 nights", "what day do we check out"],
        "Thu 10 July + 12 days is Tue 22 July",
        "Tuesday 22 July",
    ),
    (
        ["what date is 6 weeks after 14/6/25"],
        "Sat 14 June 2025 + 6 weeks (42 days) is Sat 26 July 2025",
        "Saturday 26 July 2025",
    ),
    (
        [
            "today is fri 7 feb 2025",
            "wedding is sat 14 june 2025",
            "how many weeks till the wedding",
        ],
        "7 February 2025 to 14 June 2025 is 127 days, ÷ 7 is 18 weeks and 1 day",
        "18 weeks and 1 day (127 days)",
    ),
    (
        ["how many days between 3 march 2025 and 12 april 2025"],
        "3 March 2025 to 12 April 2025 is 40 days",
        "40 days",
    ),
    (
        ["its 10 march 2025 today, how many sleeps till 1st april"],
        "10 March 2025 to 1 April 2025 is 22 days",
        "22 days",
    ),
    (
        ["course runs from 6 jan 2025 to 31 march 2025, how many weeks is that"],
        "6 January 2025 to 31 March 2025 is 84 days, ÷ 7 is 12 weeks",
        "12 weeks (84 days)",
    ),
    (
        ["todays 20 nov 2025, how many days till christmas"],
        "20 November 2025 to 25 December 2025 is 35 days",
        "35 days",
    ),
    (
        ["moved in 1 sept 2024, today is 15 march 2025, how many days have we been here"],
        "1 September 2024 to 15 March 2025 is 195 days",
        "195 days",
    ),
    (
        ["ordered 7 mains at £5 and £12 of sides", "split 4 ways?"],
        "7 × £5 is £35; £35 + £12 is £47; ÷ 4 is £11.75 each",
        "£11.75 each",
    ),
    (
        [
            "3 large pizzas at £12.99 and 2 sides at £3.50 plus £2.50 delivery",
            "4 of us, how much each",
        ],
        "3 × £12.99 is £38.97; 2 × £3.50 is £7; £38.97 + £7 + £2.50 is £48.47; ÷ 4 is about "
        "£12.12 each",
        "about £12.12 each",
    ),
    (
        [
            "2 bottles of prosecco at £9 each, 4 burgers at £11, £8 for the chips",
            "whats that each between 5",
        ],
        "2 × £9 is £18; 4 × £11 is £44; £18 + £44 + £8 is £70; ÷ 5 is £14 each",
        "£14 each",
    ),
    (
        ["bought 10 tickets at £7.50 and the minibus was £45", "how much each for the 10 of us"],
        "10 × £7.50 is £75; £75 + £45 is £120; ÷ 10 is £12 each",
        "£12 each",
    ),
    (
        ["12 cupcakes at £1.25 and the banner was £6", "between us 3 how much each"],
        "12 × £1.25 is £15; £15 + £6 is £21; ÷ 3 is £7 each",
        "£7 each",
    ),
    (
        ["6 burgers £8 each and 2 big fries £3.50 each, plus £4 delivery", "split 3 ways"],
        "6 × £8 is £48; 2 × £3.50 is £7; £48 + £7 + £4 is £59; ÷ 3 is about £19.67 each",
        "about £19.67 each",
    ),
    (
        [
            "2 adult tickets £12 each and 3 kids £6 each",
            "kids are half price on tuesdays",
            "whats the total",
        ],
        "3 × £6 is £18; £18 kids − half price is £9; £9 + £24 is £33",
        "£33",
    ),
    (
        [
            "bill was £95, £70 of it food and the rest drinks",
            "10% off food with the app",
            "whats the total now",
        ],
        "£70 food − 10% is £63; £95 − £70 is £25 the rest; £63 + £25 is £88",
        "£88",
    ),
    (
        ["tent £120, sleeping bags £60", "the 15% off is just on the tent", "how much do we pay"],
        "£120 tent − 15% is £102; £102 + £60 is £162",
        "£162",
    ),
    (
        ["2 coats at £40 each and a hat at £12", "half price on the coats", "whats the total"],
        "2 × £40 is £80; £80 coats − half price is £40; £40 + £12 is £52",
        "£52",
    ),
    (
        ["food £56 drinks £34", "they took £6 off the drinks", "split 3 ways how much each"],
        "£34 drinks − £6 off is £28; £28 + £56 is £84; ÷ 3 is £28 each",
        "£28 each",
    ),
    (
        [
            "groceries came to £48, £18 of that was wine",
            "20% off wine this week",
            "whats it come to",
        ],
        "£18 wine − 20% is £14.40; £14.40 + £48 is £62.40",
        "£62.40",
    ),
    (
        [
            "2 curries at £9 and 3 rice at £2.50, delivery £2.50",
            "the 25% off voucher only works on the curries",
            "what do we each pay split 3 ways",
        ],
        "2 × £9 is £18; £18 curries − 25% is £13.50; £13.50 + £7.50 + £2.50 is £23.50; ÷ 3 is "
        "about £7.83 each",
        "about £7.83 each",
    ),
    (
        ["villa £2,000, 8 of us", "we each put down a £100 deposit", "how much is left each"],
        "8 × £100 is £800 paid; £2,000 − £800 is £1,200 left; ÷ 8 is £150 each",
        "£1,200 left, £150 each",
    ),
    (
        [
            "the airbnb is £640",
            "i paid £160 deposit",
            "whats left and how much each for the 4 of us",
        ],
        "£640 − £160 is £480 left; ÷ 4 is £120 each",
        "£480 left, £120 each",
    ),
    (
        [
            "party bus is £450, dave put £90 in already",
            "how much is left between the other 8 of us",
        ],
        "£450 − £90 is £360 left; ÷ 8 is £45 each",
        "£360 left, £45 each",
    ),
    (
        ["hot tub hire £280, we paid a 20% deposit, whats the balance and each for 7"],
        "20% of £280 is £56; £280 − £56 is £224 left; ÷ 7 is £32 each",
        "£224 left, £32 each",
    ),
    (
        ["the holiday's £2,100 all in", "£300 deposit already paid", "whats the rest split 6 ways"],
        "£2,100 − £300 is £1,800 left; ÷ 6 is £300 each",
        "£1,800 left, £300 each",
    ),
    (
        ["wedding dj £600, i've paid £150", "how much is left"],
        "£600 − £150 is £450 left",
        "£450 left",
    ),
    (
        ["netball is £45 for the season plus £3 a match", "14 matches", "how much altogether"],
        "14 × £3 is £42; £45 + £42 is £87",
        "£87",
    ),
    (
        ["gym induction £20 then £6 a class, doing 15 classes, total?"],
        "15 × £6 is £90; £20 + £90 is £110",
        "£110",
    ),
    (
        ["cricket subs £110 a year and £5 match fees, 16 matches, over 10 months how much a month"],
        "16 × £5 is £80; £110 + £80 is £190; ÷ 10 months is £19 a month",
        "£19 a month",
    ),
    (
        ["karate is £30 a year plus £7 a lesson, once a week for 10 weeks, how much"],
        "1 a week × 10 weeks is 10 lessons; 10 × £7 is £70; £30 + £70 is £100",
        "£100",
    ),
    (
        [
            "hockey league fee £240 for the season split between the 12 of us",
            "plus £3 each a game",
            "20 games, whats that per person",
        ],
        "£240 ÷ 12 is £20; 20 × £3 is £60; £20 + £60 is £80",
        "£80 each",
    ),
    (
        [
            "season ticket is £380",
            "or i pay £25 a match and go to about 17 matches",
            "which is cheaper",
        ],
        "17 × £25 is £425, against £380 for the season ticket: the season ticket saves £45",
        "the season ticket, by £45",
    ),
    (
        ["is a pass at £60 better than 10 swims at £5.50"],
        "10 × £5.50 is £55, against £60 for the pass: paying each time saves £5",
        "the swims, by £5",
    ),
    (
        ["swim club £90 a year plus £6 a lesson, 30 lessons, how much a month"],
        "30 × £6 is £180; £90 + £180 is £270; ÷ 12 months is £22.50 a month",
        "£22.50 a month",
    ),
    (
        [
            "boxing club is £50 a year plus £4 a session",
            "he goes 40 times a year",
            "whats that a month",
        ],
        "40 × £4 is £160; £50 + £160 is £210; ÷ 12 months is £17.50 a month",
        "£17.50 a month",
    ),
]


@pytest.mark.parametrize(("lines", "working", "number"), WORKED)
def test_a_sum_of_its_class_is_worked(lines, working, number):
    found = worked(lines)
    assert found is not None
    assert (found.working, found.number, found.need) == (working, number, "")


# Look-alikes no reader here works: a month or a time of day in the sum, a second span or
# discount, a figure with no place ("12 guests", "a tenner"), a part left out of the split, a
# discount on the whole bill, a cost on top of a deposit, one's deposit with each's share of
# all or of the rest not plain, a club fee with no count of sessions.
DECLINED = [
    ["party is 5 june 2025, 6 weeks of planning, 12 guests, when do we start"],
    ["flight 14 june 2025 at 9.30am, what time do we leave"],
    ["born 12 june 1990 when is he 40"],
    ["we fly 3 may 2025 and back 17 may 2025, 2 weeks, what date do we get back"],
    ["started 10 feb, 3 weeks later is when, what date"],
    ["what date is 3 months after 4 june 2025"],
    ["festival is 3 days long, starts fri 1 aug 2025, when does it finish"],
    ["the course lasts 10 days from 3 march 2025, what date does it end"],
    ["today is 3 march 2025, how many days till my birthday"],
    ["today is 3 march 2025 and the party is in 3 weeks, how many days till the party"],
    ["3 pizzas at £10 and £5 delivery, ben didnt have any, split between the 4 of us"],
    ["3 pizzas at £10 and a tenner for drinks, split 4 ways"],
    ["3 pizzas at £10 and £5 delivery with 10% off, split 4 ways"],
    ["3 pizzas at £10 and £5 delivery, how much in total"],
    ["3 pizzas at £10 each and £5 each for drinks, split 4 ways"],
    ["3 for £10 on pizzas and £5 delivery, split 4 ways"],
    ["3 pizzas £30 and £5 delivery, split 4 ways"],
    ["£60 food and £24 drinks, 20% off everything, whats the total"],
    ["£60 food and £24 drinks, 20% off, whats the total"],
    ["£60 food and £24 drinks, 20% off the food and 10% off the drinks, whats the total"],
    ["bill £84, 20% off the food, whats the total"],
    ["20 pizzas at £11 and 3 cakes at £18, 10% off if we spend over £200, whats that come to"],
    ["£60 food and £24 drinks, 10% off the food when you spend £50, whats the total"],
    ["the airbnb is £640, i paid £160 deposit and £50 cleaning on top, whats left each for 4"],
    ["the airbnb is £640, how much each for 4"],
    [
        "cottage is £1,260 total, 6 of us splitting equally",
        "i paid a £50 deposit",
        "how much does each person still owe",
    ],
    ["the airbnb is £640, i paid £160, how much is left each"],
    ["tennis club £200 a year, £4 a session, how much"],
    ["football is £5 a session, 20 sessions, how much"],
    ["is a pass at £60 better than 10 swims"],
]


@pytest.mark.parametrize("lines", DECLINED)
def test_a_look_alike_is_left_unworked(lines):
    assert worked(lines) is None


def _others(slug: str) -> tuple:
    return tuple(v for v in CAST if v.slug != slug)


# (persona, lines said before, the ask, the reply): the order read over all its lines, never
# the last two alone; "hows much" read as asked; "we've paid" names no one who paid
ROOMS = [
    (
        "curie",
        [
            "round was 4 pints at £5.20",
            "2 gins at £8.50 and 3 cokes at £2.40",
            "plus £4.80 of crisps",
        ],
        "@curie 4 of us, whats that each",
        "The figures first, then the conclusions, Sam: 4 × £5.20 is £20.80; 2 × £8.50 is £17; 3 × "
        "£2.40 is £7.20; £20.80 + £17 + £7.20 + £4.80 is £49.80; ÷ 4 is £12.45 each.",
    ),
    (
        "darwin",
        ["hall hire was £75", "15 party bags at £2.80 each", "and 3 big pizzas at £12"],
        "@darwin split between us 3?",
        "I was never much of a mathematician, Sam, but I kept my accounts all my life: 15 × £2.80 "
        "is £42; 3 × £12 is £36; £42 + £36 + £75 is £153; ÷ 3 is £51 each.",
    ),
    (
        "einstein",
        ["ordered the sofa on mon 2 june 2025", "delivery is 8 weeks"],
        "@einstein what date will it come",
        "Adding up is the one calculation nobody argues about, Sam: Mon 2 June 2025 + 8 weeks (56 "
        "days) is Mon 28 July 2025.",
    ),
    (
        "socrates",
        ["today is wed 2 april 2025", "and the marathon is sun 27 april"],
        "@socrates how many days to go",
        "Let us reckon it together, Sam: 2 April 2025 to 27 April 2025 is 25 days. What follows "
        "from it is another question.",
    ),
    (
        "shakespeare",
        ["the barn is £1,500 for the weekend", "we've paid £500 deposit"],
        "@shakespeare whats left and whats that each for the 8 of us",
        "Even a glover's son can cast up a reckoning, Sam: £1,500 less the £500 deposit is "
        "£1,000; between 8 of you, £125 each.",
    ),
    (
        "lovelace",
        ["bill was £90, £66 food and £24 wine", "they knocked 25% off the food cos it was late"],
        "@lovelace whats the new total",
        "A sum the Engine would take in one turn of its handle, Sam: of the £90, £66 food − 25% "
        "is £49.50; £49.50 + £24 is £73.50.",
    ),
    (
        "curie",
        ["boxing club is £50 a year plus £4 a session", "he goes 40 times a year"],
        "@curie whats that a month",
        "The figures first, then the conclusions, Sam: 40 × £4 is £160; £50 + £160 is £210; ÷ 12 "
        "months is £17.50 a month.",
    ),
    (
        "einstein",
        ["plumber invoice is £318 inc vat"],
        "@einstein hows much of that is vat",
        "Adding up is the one calculation nobody argues about, Sam: £318 with VAT at 20% (the "
        "standard UK rate) is £265 before VAT and £53 of VAT (divide by 1.2; taking 20% off would "
        "be wrong).",
    ),
    (
        "darwin",
        ["membership £35 a year and £4.50 a session", "doing 30 sessions"],
        "@darwin whats the total for the year",
        "I was never much of a mathematician, Sam, but I kept my accounts all my life: 30 × £4.50 "
        "is £135; £35 + £135 is £170.",
    ),
    (
        "lovelace",
        ["4 adult swims at £6 and 2 kids swims at £4", "kids go half price with the card"],
        "@lovelace how much then",
        "A sum the Engine would take in one turn of its handle, Sam: 2 × £4 is £8; £8 kids − half "
        "price is £4; £4 + £24 is £28.",
    ),
    (
        "shakespeare",
        [
            "junior football: £65 registration and £2.50 a training session",
            "theres 32 sessions in the season",
        ],
        "@shakespeare hows much is that for the season",
        "Even a glover's son can cast up a reckoning, Sam: 32 × £2.50 is £80; £65 + £80 is £145.",
    ),
    (
        "einstein",
        ["we move in 30 june 2025, then 2 weeks decorating and 1 week to move the stuff in"],
        "@einstein so when is the housewarming?",
        "Adding up is the one calculation nobody argues about, Sam: Mon 30 June 2025 + 2 weeks + "
        "1 week (21 days) is Mon 21 July 2025.",
    ),
]


@pytest.mark.parametrize(("slug", "before", "ask", "reply"), ROOMS)
def test_any_persona_works_the_sum_in_its_own_words(slug, before, ask, reply):
    history = tuple(ChatLine("jo", text) for text in before)
    assert say(slug, ask, author="sam", history=history, others=_others(slug)) == reply
