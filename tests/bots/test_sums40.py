"""Everyday sums of four more classes (sums40, `bots.everyday40`), worked by any persona asked:
a bill with a tip or service added before it is split, a price a session of a thing done on
some days a week over so many weeks, so many things each of a length, a weight or a volume at
a price a unit, pay with some hours at time and a half or double time. Each class has variants
of our own and look-alikes that must be declined or stay as they were (a tip included, a
hotel's nights in a row, a price a bag, an area, a length asked with no price, pay after tax)."""

from __future__ import annotations

import pytest

from bots.engine import ChatLine
from bots.everyday40 import worked
from tests.bots.test_everyday_messages import CAST, say

# (the lines, oldest first, the ask last; the working; the result)
WORKED = [
    (
        ["darts team meal came to £212, plus a fiver for the waitress", "8 of us, what's each"],
        "£212 + the £5 tip is £217; £217 ÷ 8 is about £27.13 each",
        "about £27.13 each",
    ),
    (
        ["the takeaway was £46.80 and the driver gets £4 tip", "split 4 ways?"],
        "£46.80 + the £4 tip is £50.80; £50.80 ÷ 4 is £12.70 each",
        "£12.70 each",
    ),
    (
        ["indian for the office: £318 + 10% service between 12 of us, how much each"],
        "10% of £318 is £31.80, so £349.80 with it; £349.80 ÷ 12 is £29.15 each",
        "£29.15 each",
    ),
    (
        ["we're 5 people, bill £137.50, lets do 12.5% tip. whats that each"],
        "12.5% of £137.50 is £17.19, so £154.69 with it; £154.69 ÷ 5 is about £30.94 each",
        "about £30.94 each",
    ),
    (
        [
            "christmas do bill is £450 and they add a 15% service charge",
            "10 of us so how much each",
        ],
        "15% of £450 is £67.50, so £517.50 with it; £517.50 ÷ 10 is £51.75 each",
        "£51.75 each",
    ),
    (
        ["£62 for the two of us, round it up to £70 with the tip, what's each"],
        "£62 rounded up to £70 is £8 tip; £70 ÷ 2 is £35 each",
        "£35 each",
    ),
    (
        ["brunch was £71 and we left a £9 tip. 4 of us, how much do i owe you"],
        "£71 + the £9 tip is £80; £80 ÷ 4 is £20 each",
        "£20 each",
    ),
    (
        ["pottery class is £15 a session, every thursday for 6 weeks, how much"],
        "1 session a week (every thursday) for 6 weeks is 6 sessions; 6 × £15 is £90",
        "£90",
    ),
    (
        ["five a side is £4 a game", "we play mondays and wednesdays", "how much over 10 weeks"],
        "2 games a week (mondays and wednesdays) for 10 weeks is 20 games; 20 × £4 is £80",
        "£80",
    ),
    (
        ["choir subs are £3 a night, once a week for a 14 week term. how much"],
        "once a week for 14 weeks is 14 nights; 14 × £3 is £42",
        "£42",
    ),
    (
        ["riding lessons are £35 per lesson, twice a week, how much for 3 weeks"],
        "twice a week for 3 weeks is 6 lessons; 6 × £35 is £210",
        "£210",
    ),
    (
        ["spin class £6.50 a class 3 times a week for 8 weeks, total?"],
        "3 times a week for 8 weeks is 24 classes; 24 × £6.50 is £156",
        "£156",
    ),
    (
        ["4 curtains, each needs 2.2m of fabric at £11 a metre, how much will it cost"],
        "4 × 2.2m is 8.8m; 8.8m × £11 a metre is £96.80",
        "£96.80",
    ),
    (
        ["i need 5 lengths of 1.8m of copper pipe at £6.50 per metre, what's the cost"],
        "5 × 1.8m is 9m; 9m × £6.50 a metre is £58.50",
        "£58.50",
    ),
    (
        ["3 sacks of 25kg at 40p a kilo", "how much is that"],
        "3 × 25kg is 75kg; 75kg × 40p a kilo is £30",
        "£30",
    ),
    (
        ["six 500ml bottles at £4 a litre, how much"],
        "6 × 500ml is 3 litres; 3 litres × £4 a litre is £12",
        "£12",
    ),
    (
        ["12 fence posts each 2.4m at £3.75 a metre? how much"],
        "12 × 2.4m is 28.8m; 28.8m × £3.75 a metre is £108",
        "£108",
    ),
    (
        ["need 10 pieces of 30cm dowel, dowel is £2 a metre, how much"],
        "10 × 30cm is 3m; 3m × £2 a metre is £6",
        "£6",
    ),
    (
        ["i'm on £10.50 an hour, did 38 hours, 6 of them sunday at double time, what's my pay"],
        "38 − 6 is 32 at the normal rate; 32 hours × £10.50 is £336; 6 hours at double time "
        "(£21) is £126; £336 + £126 is £462",
        "£462",
    ),
    (
        ["£9.80 ph, 30 normal hours plus 8 at time and a half, what's that come to"],
        "30 hours × £9.80 is £294; 8 hours at time and a half (£14.70) is £117.60; £294 + "
        "£117.60 is £411.60",
        "£411.60",
    ),
    (
        ["overtime's double after 40 hours, i did 46 at £15 an hour, what do i get"],
        "46 − 40 is 6 hours past 40; 40 hours × £15 is £600; 6 hours at double time (£30) is "
        "£180; £600 + £180 is £780",
        "£780",
    ),
    (
        ["anything over 37.5 hrs is time and a half. worked 42.5 hrs on £12 an hour. whats my pay"],
        "42.5 − 37.5 is 5 hours past 37.5; 37.5 hours × £12 is £450; 5 hours at time and a half "
        "(£18) is £90; £450 + £90 is £540",
        "£540",
    ),
    (
        [
            "i get £11 an hour",
            "worked 25 hours plus 5 on the bank holiday at double",
            "how much is that",
        ],
        "25 hours × £11 is £275; 5 hours at double time (£22) is £110; £275 + £110 is £385",
        "£385",
    ),
    (
        [
            "we had the works do at the curry house",
            "£540 all in and the boss says stick 10% on for the staff",
            "18 of us, how much each",
        ],
        "10% of £540 is £54, so £594 with it; £594 ÷ 18 is £33 each",
        "£33 each",
    ),
    (
        ["taxi home was £36 plus £4 tip, between 3", "how much each"],
        "£36 + the £4 tip is £40; £40 ÷ 3 is about £13.33 each",
        "about £13.33 each",
    ),
    (
        ["£88.40 for the 4 of us and leave a 10% tip, how much each"],
        "10% of £88.40 is £8.84, so £97.24 with it; £97.24 ÷ 4 is £24.31 each",
        "£24.31 each",
    ),
    (
        ["the bill came to £64 and we added £8 tip, split between 4 of us how much each"],
        "£64 + the £8 tip is £72; £72 ÷ 4 is £18 each",
        "£18 each",
    ),
    (
        ["it's £30 for the taxi and £5 for the driver, 3 of us, how much each"],
        "£30 + the £5 tip is £35; £35 ÷ 3 is about £11.67 each",
        "about £11.67 each",
    ),
    (
        ["bill was £93.60 plus 10 percent tip for 6 people, what's each person pay"],
        "10% of £93.60 is £9.36, so £102.96 with it; £102.96 ÷ 6 is £17.16 each",
        "£17.16 each",
    ),
    (
        ["karate is £8 a lesson, mondays and thursdays", "how much for 12 weeks"],
        "2 lessons a week (mondays and thursdays) for 12 weeks is 24 lessons; 24 × £8 is £192",
        "£192",
    ),
    (
        ["parkrun coffee is £2.80 a go every saturday, how much over 20 weeks"],
        "1 go a week (every saturday) for 20 weeks is 20 goes; 20 × £2.80 is £56",
        "£56",
    ),
    (
        ["the sitter is £40 a night, we go out every friday for 8 weeks, how much is that"],
        "1 night a week (every friday) for 8 weeks is 8 nights; 8 × £40 is £320",
        "£320",
    ),
    (
        ["gym class £6 a class, 2 classes a week, 10 weeks, how much"],
        "2 classes a week for 10 weeks is 20 classes; 20 × £6 is £120",
        "£120",
    ),
    (
        ["hotel £95 a night, 2 nights a week for 3 weeks, how much"],
        "2 nights a week for 3 weeks is 6 nights; 6 × £95 is £570",
        "£570",
    ),
    (
        ["need 8 table runners, 1.5m each, fabric £6 a metre, how much"],
        "8 × 1.5m is 12m; 12m × £6 a metre is £72",
        "£72",
    ),
    (
        ["20 jars of 250g honey at £9 a kilo, what's the cost"],
        "20 × 250g is 5kg; 5kg × £9 a kilo is £45",
        "£45",
    ),
    (
        ["4 planks 2.4m long, £3.50 a metre, how much"],
        "4 × 2.4m is 9.6m; 9.6m × £3.50 a metre is £33.60",
        "£33.60",
    ),
    (
        ["6 cushion covers need 0.6m each at £8.50/m, how much"],
        "6 × 0.6m is 3.6m; 3.6m × £8.50 a metre is £30.60",
        "£30.60",
    ),
    (
        ["£10 an hour, 45 hours, overtime past 40 is time and a half, what's my wage"],
        "45 − 40 is 5 hours past 40; 40 hours × £10 is £400; 5 hours at time and a half (£15) "
        "is £75; £400 + £75 is £475",
        "£475",
    ),
    (
        ["on £12.40 an hour i did 36 hours and then 4 more at time and a half, how much do i earn"],
        "36 hours × £12.40 is £446.40; 4 hours at time and a half (£18.60) is £74.40; £446.40 + "
        "£74.40 is £520.80",
        "£520.80",
    ),
    (
        [
            "group of 11 at the harvester, £198 bill and we said £22 for the waitress, whats "
            "everyone owe"
        ],
        "£198 + the £22 tip is £220; £220 ÷ 11 is £20 each",
        "£20 each",
    ),
    (
        ["badminton's £7.50 a go, we play twice weekly, how much for 8 weeks"],
        "twice weekly for 8 weeks is 16 goes; 16 × £7.50 is £120",
        "£120",
    ),
    (
        ["bingo is £12 a night, we go every friday and saturday, how much over 6 weeks"],
        "2 nights a week (every friday and saturday) for 6 weeks is 12 nights; 12 × £12 is £144",
        "£144",
    ),
    (
        ["it's £15 a lesson every sat for the next 12 wks, total?"],
        "1 lesson a week (every sat) for 12 weeks is 12 lessons; 12 × £15 is £180",
        "£180",
    ),
    (
        ["i need 9 pieces of ribbon 40cm long, ribbon is 60p per metre, how much"],
        "9 × 40cm is 3.6m; 3.6m × 60p a metre is £2.16",
        "£2.16",
    ),
    (
        ["each shelf needs 1.2m of pine, i'm building 5 shelves, pine is £4.80 a metre, cost?"],
        "5 × 1.2m is 6m; 6m × £4.80 a metre is £28.80",
        "£28.80",
    ),
    (
        ["£11.44 an hour, i did 39 hours, 4 were bank holiday which pays double, what's my wage"],
        "39 − 4 is 35 at the normal rate (the 4 taken as of the 39); 35 hours × £11.44 is "
        "£400.40; 4 hours at double time (£22.88) is £91.52; £400.40 + £91.52 is £491.92",
        "£491.92",
    ),
    (
        [
            "my rate's £16/hr. 37.5 hours normal and 6 hours overtime at 1.5x. what's the total "
            "before tax"
        ],
        "37.5 hours × £16 is £600; 6 hours at time and a half (£24) is £144; £600 + £144 is £744",
        "£744",
    ),
    (
        ["@lovelace £14.50 per hour, 40 hrs, last 4 at time and a half, what do i take"],
        "40 − 4 is 36 at the normal rate; 36 hours × £14.50 is £522; 4 hours at time and a half "
        "(£21.75) is £87; £522 + £87 is £609",
        "£609",
    ),
    (
        ["6 cushion covers each need 0.6m of fabric, a metre of fabric costs £8.50, how much"],
        "6 × 0.6m is 3.6m; 3.6m × £8.50 a metre is £30.60",
        "£30.60",
    ),
    (
        ["wedding meal is £1,240 for 20 of us plus 10% service, how much each"],
        "10% of £1,240 is £124, so £1,364 with it; £1,364 ÷ 20 is £68.20 each",
        "£68.20 each",
    ),
    (
        ["overtime over 37.5 hours at 1.5, i did 41.5 hours at £12 an hour, what's my pay"],
        "41.5 − 37.5 is 4 hours past 37.5; 37.5 hours × £12 is £450; 4 hours at time and a half "
        "(£18) is £72; £450 + £72 is £522",
        "£522",
    ),
    (
        ["£12 an hour, 40 hours, 8 of them at time-and-a-half, how much"],
        "40 − 8 is 32 at the normal rate; 32 hours × £12 is £384; 8 hours at time and a half "
        "(£18) is £144; £384 + £144 is £528",
        "£528",
    ),
    (
        ["meal was £180 and we left twenty quid tip, 8 of us, how much each"],
        "£180 + the £20 tip is £200; £200 ÷ 8 is £25 each",
        "£25 each",
    ),
    (
        ["paid 12.50 an hour, did 35 hours, 7 of them sunday at double time, what do i get"],
        "35 − 7 is 28 at the normal rate; 28 hours × £12.50 is £350; 7 hours at double time "
        "(£25) is £175; £350 + £175 is £525",
        "£525",
    ),
    (
        ["£11 p/h, 30 normal hours plus 4 at time and a half, how much"],
        "30 hours × £11 is £330; 4 hours at time and a half (£16.50) is £66; £330 + £66 is £396",
        "£396",
    ),
    (
        ["£15 an hour, 20 hours on saturday at time and a half, how much"],
        "20 hours at time and a half (£22.50 an hour) is £450",
        "£450",
    ),
    (
        ["if i do 10 hours at time and a half on £12 an hour how much is that"],
        "10 hours at time and a half (£18 an hour) is £180",
        "£180",
    ),
    (
        [
            "my rate is £10.40 an hour, i did 38 normal hours plus 7 hours overtime",
            "overtime is time and a half",
            "what's my pay",
        ],
        "38 hours × £10.40 is £395.20; 7 hours at time and a half (£15.60) is £109.20; £395.20 "
        "+ £109.20 is £504.40",
        "£504.40",
    ),
    (
        [
            "£9.90 an hour for the first 40 hrs, then double time after that",
            "he did 44 hrs, what's that come to",
        ],
        "44 − 40 is 4 hours past 40; 40 hours × £9.90 is £396; 4 hours at double time (£19.80) "
        "is £79.20; £396 + £79.20 is £475.20",
        "£475.20",
    ),
    (
        [
            "standard week is 36 hours at £14 an hour",
            "anything over that is time and a half",
            "i did 40 hours, how much do i get",
        ],
        "40 − 36 is 4 hours past 36; 36 hours × £14 is £504; 4 hours at time and a half (£21) "
        "is £84; £504 + £84 is £588",
        "£588",
    ),
    (
        [
            "£10 an hour, overtime is double time, i did 35 hours including 5 hours overtime, "
            "how much"
        ],
        "35 − 5 is 30 at the normal rate; 30 hours × £10 is £300; 5 hours at double time (£20) "
        "is £100; £300 + £100 is £400",
        "£400",
    ),
]


@pytest.mark.parametrize(("lines", "working", "number"), WORKED)
def test_a_sum_of_its_class_is_worked(lines, working, number):
    found = worked(lines)
    assert found is not None
    assert (found.working, found.number, found.need) == (working, number, "")


# Look-alikes no reader here works: left to the others (as before), or declined.
DECLINED = [
    ["tapas was £96, service included, 4 of us, how much each"],
    ["the bill was £120 including the tip, 6 of us, how much each"],
    ["bill £80, 4 of us, how much is the tip at 10%"],
    ["the meal was £150 and we tip £2 each, 5 of us, how much each"],
    ["£80 a night for 3 nights, how much"],
    ["cottage is £120 a night, 7 nights, what's the total"],
    ["4 bags of 2.5kg at £1.80 a bag, how much"],
    ["3 lengths of 2.4m, how much wood is that"],
    ["the room is 4m by 3m and carpet is £20 a metre, how much"],
    ["£12 an hour, 40 hours, 8 of them at time and a half, how much after tax"],
    ["£12 an hour and 40 hours a week, what's that a month"],
    ["what's time and a half on £12 an hour"],
    ["meal was £210 for 6 but 2 left early, add 10%, how much each"],
    ["bill's £120, service is 12.5% but it's optional, 4 of us, how much each"],
    ["10% off the £80 bill, 4 of us, how much each"],
    ["we paid £75 for the band, 5 of us, how much each"],
    ["£4 a go, fortnightly for 10 weeks, how much"],
    ["right the damage is £243 for the nine of us", "plus we're leaving a £27 tip"],
    ["knitting group is £2 a week... no wait £2 a session, on mondays, for 10 weeks"],
    ["£84 bill, we each put in £2 for the tip, 4 of us, how much each"],
    ["the bill was £84 and we want to add 10% tip, what's the tip between 4 of us"],
    ["we drove at 60 miles an hour for 3 hours, 1 at double, how much"],
    [
        "i did 40 hours at £12 an hour and my boss says overtime is double, how much for 5 "
        "hours overtime"
    ],
]
# Look-alikes of a class read only in part: what is missing is asked for, never a sum of
# another reader that leaves a day a week, a length each or the hours at double time out.
ASKED = [
    (
        ["£12 a session, weekly, 8 weeks, first one free, how much"],
        "how many times you will pay for it in all",
    ),
    (
        ["£5 a session twice a week, how much for 6 weeks for the two kids"],
        "how many times you will pay for it in all",
    ),
    (
        ["3 pieces of 1.2m skirting at £4 a metre and 2 of 2m, how much"],
        "how much of it you will pay for in all",
    ),
    (
        ["5 lengths of 3m at £2.20 a metre plus £5 delivery, how much"],
        "how much of it you will pay for in all",
    ),
    (
        ["boxing day pays double time, i'm doing 8 hours of my 30, £11 an hour, how much"],
        "how many of the hours are paid at which rate",
    ),
    (
        [
            "swimming club is £4.20 a session and the kids go tuesdays & fridays",
            "how much for 6 weeks",
        ],
        "how many times you will pay for it in all",
    ),
    (
        [
            "sunday is double time. i worked 8 hours on sunday and 32 in the week at £10.20 an "
            "hour, how much"
        ],
        "how many of the hours are paid at which rate",
    ),
    (
        ["yoga is £6 a class, mondays or tuesdays, how much for 8 weeks"],
        "how many times you will pay for it in all",
    ),
    (
        ["£10 an hour, i did 30 hours and 5 at double time, how much"],
        "how many of the hours are paid at which rate",
    ),
]


@pytest.mark.parametrize("lines", DECLINED)
def test_a_look_alike_is_left_unworked(lines):
    assert worked(lines) is None


@pytest.mark.parametrize(("lines", "need"), ASKED)
def test_a_sum_of_its_class_read_in_part_asks_for_what_is_missing(lines, need):
    found = worked(lines)
    assert found is not None
    assert (found.working, found.number, found.need) == ("", "", need)


@pytest.mark.parametrize(
    "lines",
    [
        ["£9 a class every wednesday over 3 months, how much"],
        ["pilates is £11 a class, tuesdays and fridays", "how much for the next two months"],
    ],
)
def test_a_weekly_thing_over_months_asks_for_the_weeks(lines):
    found = worked(lines)
    assert found is not None
    assert (found.working, found.need) == ("", "how many weeks it runs (four weeks are no month)")


def _others(slug: str) -> tuple:
    return tuple(v for v in CAST if v.slug != slug)


# (persona, lines said before, the ask, the reply)
ROOMS = [
    (
        "lovelace",
        ["14 of us for the end of season meal and the bill is £376, plus a tenner tip."],
        "@lovelace how much each?",
        "A sum the Engine would take in one turn of its handle, Sam: £376 + the £10 tip is £386; "
        "£386 ÷ 14 is about £27.57 each.",
    ),
    (
        "socrates",
        ["the bill for the book club supper is £168", "we said 10% for the waiter"],
        "@socrates 7 of us, what's that each",
        "Let us reckon it together, Sam: 10% of £168 is £16.80, so £184.80 with it; £184.80 ÷ 7 "
        "is £26.40 each. What follows from it is another question.",
    ),
    (
        "darwin",
        ["£4.50 a night for the pub quiz, we go every tuesday"],
        "@darwin how much over 10 weeks",
        "I was never much of a mathematician, Sam, but I kept my accounts all my life: 1 night a "
        "week (every tuesday) for 10 weeks is 10 nights; 10 × £4.50 is £45.",
    ),
    (
        "einstein",
        ["table tennis is £18 a session every monday for 8 weeks"],
        "@einstein how much altogether",
        "Adding up is the one calculation nobody argues about, Sam: 1 session a week (every "
        "monday) for 8 weeks is 8 sessions; 8 × £18 is £144.",
    ),
    (
        "curie",
        ["making 5 aprons, each needs 0.8m of canvas", "canvas is £9.50 a metre"],
        "@curie how much will that cost",
        "The figures first, then the conclusions, Sam: 5 × 0.8m is 4m; 4m × £9.50 a metre is £38.",
    ),
    (
        "shakespeare",
        ["i'm on £12.50 an hour", "did 35 hours, 7 of them on sunday at double time"],
        "@shakespeare what do i get",
        "Even a glover's son can cast up a reckoning, Sam: 35 − 7 is 28 at the normal rate; 28 "
        "hours × £12.50 is £350; 7 hours at double time (£25) is £175; £350 + £175 is £525.",
    ),
    # look-alikes: a hotel's nights in a row, a tip already in the bill (as before), and a
    # weekly thing over months (the weeks asked for)
    (
        "lovelace",
        ["hotel's £80 a night"],
        "@lovelace how much for 3 nights",
        "A sum the Engine would take in one turn of its handle, Sam: 3 nights at £80 a night is "
        "£240.",
    ),
    (
        "lovelace",
        ["tapas came to £96, service included"],
        "@lovelace 4 of us, how much each",
        "A sum the Engine would take in one turn of its handle, Sam: £96 between 4 of you is £24 "
        "each.",
    ),
    (
        "lovelace",
        ["choir is £6 a session every thursday"],
        "@lovelace how much over 3 months",
        "The Engine does exactly what it is told and never guesses, Sam; nor shall I: tell me how "
        "many weeks it runs (four weeks are no month).",
    ),
    (
        "darwin",
        [
            "base rate is £13.20",
            "standard week's 37.5 hours and anything over that is time and a half",
        ],
        "@darwin i did 41.5 hours, what do i get",
        "I was never much of a mathematician, Sam, but I kept my accounts all my life: 41.5 − 37.5 "
        "is 4 hours past 37.5; 37.5 hours × £13.20 is £495; 4 hours at time and a half (£19.80) is "
        "£79.20; £495 + £79.20 is £574.20.",
    ),
    # read only in part: what is missing asked for, never another reader's sum
    (
        "einstein",
        ["we pay £7 a session for the hall, every tuesday and thursday"],
        "@einstein how much is that over the season",
        "Even a thought experiment needs its numbers, Sam: tell me how many weeks it runs.",
    ),
    (
        "lovelace",
        ["i work 40 hours at £11", "5 of them at double time"],
        "@lovelace how much is that",
        "A sum the Engine would take in one turn of its handle, Sam: 40 − 5 is 35 at the normal "
        "rate; 35 hours × £11 is £385; 5 hours at double time (£22) is £110; £385 + £110 is £495.",
    ),
]


@pytest.mark.parametrize(("slug", "before", "ask", "reply"), ROOMS)
def test_any_persona_works_the_sum_in_its_own_words(slug, before, ask, reply):
    history = tuple(ChatLine("jo", text) for text in before)
    assert say(slug, ask, author="sam", history=history, others=_others(slug)) == reply
