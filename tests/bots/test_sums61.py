"""Everyday sums of the sums61 classes (`bots.sums61`), worked by any persona asked: a window of
time less a break that comes round every so often, a distance over so many days, takings from
so many sold less the costs, and a sum shared in fractions; and an ask that goes on from a cost
said just before it ("and the buffet's £90, 6 of us") read with it, never alone. Each class has
variants of our own (figures over two messages, numbers in words, "ish", "roughly", asides,
slips of typing) and look-alikes that must be declined (a second break, a break that does not
divide the window, rest days, hours asked, a share of the takings, a fraction off, fractions
that do not make the whole)."""

from __future__ import annotations

import pytest

from bots.engine import ChatLine
from bots.sums61 import worked
from tests.bots.test_everyday_messages import say
from tests.bots.test_sums60 import _others

# (the lines, oldest first, the ask last; the working; the result)
WORKED = [
    (
        ["taxi there was £24", "taxi back £30", "plus £18 for the tolls, split 3 ways?"],
        "£24 + £30 + £18 is £72; ÷ 3 is £24 each",
        "£24 each",
    ),
    (
        ["venue £200", "dj £150", "and the cake was £50, split 4 ways"],
        "£200 + £150 + £50 is £400; ÷ 4 is £100 each",
        "£100 each",
    ),
    (
        [
            "jo and me are splitting the £60 hamper, she's having three quarters of it, how "
            "much each"
        ],
        "three quarters of £60 is £45 for Jo; the rest, £15, for you",
        "£45 for Jo and £15 for you",
    ),
    (
        [
            "me and tom share a £30 stall and i'm using about a third of the space, what "
            "should we each pay"
        ],
        "a third of £30 is £10 for you; the rest, £20, for Tom",
        "£10 for you and £20 for Tom",
    ),
    (
        [
            "we won £250 on the raffle",
            "split it 2:2:1 as agreed, gail:hal:ivan",
            "how much each then",
        ],
        "£250 in 5 parts (2 + 2 + 1) is £50 a part: Gail £100, Hal £100, Ivan £50",
        "£100, £100 and £50",
    ),
    (
        [
            "the quiz prize was £90, we said we'd share it 1:2 cos i did most of the answers, "
            "how much do we each get"
        ],
        "£90 in 3 parts (1 + 2) is £30 a part: 1 × £30 = £30, 2 × £30 = £60",
        "£30 and £60",
    ),
    (
        ["£120 tips tonight, split 3:2:1 between sam:jo:kim, who gets what"],
        "£120 in 6 parts (3 + 2 + 1) is £20 a part: Sam £60, Jo £40, Kim £20",
        "£60, £40 and £20",
    ),
    (
        [
            "gas £62 a month, electric £48, broadband £34",
            "council tax is sorted separately",
            "whats that each per month split 3 ways?",
        ],
        "£62 + £48 + £34 is £144 a month; ÷ 3 is £48 each a month",
        "£48 each a month",
    ),
    (
        ["rent is £1,350 a month and bills come to about £210", "4 of us, how much each a month"],
        "£1,350 + £210 is £1,560 a month; ÷ 4 is £390 each a month",
        "£390 each a month",
    ),
    (
        [
            "netflix £15.99, spotify £17.99 and disney £7.99 a month, split 3 ways, whats that "
            "each per month"
        ],
        "£15.99 + £17.99 + £7.99 is £41.97 a month; ÷ 3 is £13.99 each a month",
        "£13.99 each a month",
    ),
    (
        ["we want to cover 420 km over six days, whats that per day"],
        "420 km ÷ 6 days is 70 km a day",
        "70 km a day",
    ),
    (
        ["the van hire is £90 and i'm covering a third of it, whats my share"],
        "a third of £90 is £30",
        "£30",
    ),
    (
        [
            "the market runs 9am - 1pm, we take a 10 min break every hour, how much selling "
            "time is that"
        ],
        "9am to 1pm is 240 minutes; 10 minutes every 60 minutes is 4 × 10 = 40 minutes; 240 − "
        "40 is 200 minutes (3 hours 20 minutes)",
        "200 minutes",
    ),
    (
        [
            "our slot on the hospital radio is 8 till 11",
            "theres a 5 min travel bulletin every hour, how much music do we actually get",
        ],
        "8 till 11 is 180 minutes; 5 minutes every 60 minutes is 3 × 5 = 15 minutes; 180 − 15 "
        "is 165 minutes (2 hours 45 minutes)",
        "165 minutes",
    ),
    (
        [
            "shift's 9am to 5pm, 10 minute break every hour (union rules lol). how many "
            "minutes of real work is that"
        ],
        "9am to 5pm is 480 minutes; 10 minutes every 60 minutes is 8 × 10 = 80 minutes; 480 − "
        "80 is 400 minutes (6 hours 40 minutes)",
        "400 minutes",
    ),
    (
        [
            "spin class is a 90 min session with 2 min water breaks every 15 mins",
            "how much actual riding time is that",
        ],
        "2 minutes every 15 minutes is 6 × 2 = 12 minutes; 90 − 12 is 78 minutes (1 hour 18 "
        "minutes)",
        "78 minutes",
    ),
    (
        [
            "every half hour theres a 4 min ad break, the show goes from 6 till 9, how much "
            "actual show time"
        ],
        "6 till 9 is 180 minutes; 4 minutes every 30 minutes is 6 × 4 = 24 minutes; 180 − 24 "
        "is 156 minutes (2 hours 36 minutes)",
        "156 minutes",
    ),
    (
        [
            "the quiz runs 7.30 till 10.30 with a 5 minute breather every half hour, how long "
            "do we actually get for questions"
        ],
        "7.30 till 10.30 is 180 minutes; 5 minutes every 30 minutes is 6 × 5 = 30 minutes; 180 "
        "− 30 is 150 minutes (2 hours 30 minutes)",
        "150 minutes",
    ),
    (
        ["a two hour rehearsal with 10 mins off every 40 mins, how much time do we actualy get"],
        "2 hours is 120 minutes; 10 minutes every 40 minutes is 3 × 10 = 30 minutes; 120 − 30 "
        "is 90 minutes (1 hour 30 minutes)",
        "90 minutes",
    ),
    (
        ["we're walking the west highland way, 154 km-ish over 7 days, how far each day roughly"],
        "154 km ÷ 7 days is 22 km a day",
        "22 km a day",
    ),
    (
        [
            "its roughly 600 miles to the south of france",
            "and we've got 4 days to do it, how many miles per day",
        ],
        "600 miles ÷ 4 days is 150 miles a day",
        "150 miles a day",
    ),
    (
        [
            "walking 75 miles in four days, how many miles a day is that plus wiggle room for "
            "pub stops"
        ],
        "75 miles ÷ 4 days is about 18.8 miles a day, before any extra on top, which is yours "
        "to add",
        "about 18.8 miles a day",
    ),
    (
        ["cycling lands end to john o'groats, 960 miles in twelve days, how many miles a day"],
        "960 miles ÷ 12 days is 80 miles a day",
        "80 miles a day",
    ),
    (
        ["school fair: selling 300 raffle tickets at £1 each, prizes came to £95. what do we make"],
        "300 × £1 is £300; £300 − £95 is £205",
        "£205 cleared",
    ),
    (
        [
            "raffle: selling five hundred tickets at £1 each, prizes cost £120 and printing "
            "was £30, how much do we make"
        ],
        "500 × £1 is £500; £500 − £120 − £30 is £350",
        "£350 cleared",
    ),
    (
        ["bake sale, 60 cakes at £1.50 each, we spent £25 on ingredients, what do we clear"],
        "60 × £1.50 is £90; £90 − £25 is £65",
        "£65 cleared",
    ),
    (
        ["if we sell all 200 programmes at £3 and the printing costs £150", "what do we clear?"],
        "200 × £3 is £600; £600 − £150 is £450",
        "£450 cleared",
    ),
    (
        ["the car was £3,000 and my dad pays two-thirds and i pay one third, how much do i pay"],
        "of £3,000, two thirds is £2,000; a third is £1,000",
        "£2,000 and £1,000",
    ),
    (
        [
            "the holiday cottage is £840",
            "i cover half, jo covers a quarter, sam the rest. how much each",
        ],
        "of £840, half is £420; a quarter is £210; the rest is £210",
        "£420, £210 and £210",
    ),
    (
        ["£45 for the bike, i'll cover 2/3 and you cover 1/3, whats that each"],
        "of £45, two thirds is £30; a third is £15",
        "£30 and £15",
    ),
    (
        [
            "the stall pitch is £18",
            "we're splitting it two thirds me, a third her since i'm selling more. how much each",
        ],
        "of £18, two thirds is £12; a third is £6",
        "£12 and £6",
    ),
]


# Look-alikes no reader here works: a second break, a break that does not divide the window, a
# figure with no place (guests, rest days, a speed), hours asked of a distance, a % or half of
# the takings, clearing asked per person, a cost each with no count, a fraction off, fractions
# that do not make the whole, "of us", a second cost to share.
DECLINED = [
    ["the telly is £240", "mum's put in £60", "and the rest split between the 3 of us"],
    ["dinner £80", "and we won £20 back on the quiz, split 4 ways"],
    ["taxi there was £24", "i paid the £30 back", "plus £18 for the tolls, split 3 ways?"],
    ["taxi there was £24 or £30 with the big car", "plus £18 for the tolls, split 3 ways?"],
    ["taxi there was £24", "2 pizzas at £10", "plus £18 for the tolls, split 3 ways?"],
    ["lunch was £40", "the cinema is £24, split 3 ways"],
    ["the van hire is £90 and i'm covering a third of it", "whats my share"],
    ["me and shaz share a £12 pitch, she wants two thirds of the profits, how much each"],
    ["me and tom share a £30 stall, i'm there half the day, what should we each pay"],
    ["me, tom and kev share a £30 stall, i'm using a third, how much each"],
    ["if me and kev split a £45 taxi and he goes two thirds of the way, how much each"],
    ["516 miles, we have 6 days but one is a rest day, how many miles a day"],
    [
        "the flat is £1,350 a month, i pay £600 of it, the other 3 split the rest, how much "
        "each a month"
    ],
    ["516 miles there and back over 6 days, how many miles a day"],
    [
        "we won £250 on the raffle, split it 2:2:1 as agreed, and £10 for the next round, how "
        "much each then"
    ],
    ["we won £250, split 2:2:1, gail:hal, how much each"],
    ["we won £250, film at 3:30, how much each"],
    ["we won £100, split 1:2, how much each"],
    [
        "gas £62 a month, electric £48, broadband £34, split 3 ways, plus £20 each for food, "
        "whats that each per month"
    ],
    ["gas £62 a month, electric £480 a year, split 3 ways whats that each per month"],
    ["gas £62 a month, electric £48, split 3 ways, whats that each a week"],
    ["the van hire is £90 and he's covering a third of it, whats my share"],
    ["the van hire is £90 and i'm covering a third, 2 others the rest, whats my share"],
    ["we drive 516 miles over 6 days and fuel is £90, whats that per day"],
    ["show is 7 till 10, 3 min news every half hour and ads for 2 mins every hour, how much music"],
    ["show is 7 till 10 with a 7 min break every 25 mins, how much music time"],
    ["show is 7 till 10 with a 3 min break every half hour and 2 guests, how much music time"],
    ["show is 7 till 10 and the news is on the hour, how much music time"],
    ["the loop is 516 miles, 6 days, 2 of them rest days, how many miles a day"],
    ["516 miles in 6 days, how many hours a day driving"],
    ["516 miles in 6 days at 50 mph, how many miles a day"],
    ["we've done 200 of the 516 miles, 3 days left, how many miles a day"],
    ["sell 500 at £2 each, prizes cost £180 and 10% goes to the school, what do we clear"],
    ["sell 500 at £2 each, half go to the school, prizes £180, what do we clear"],
    ["if we sell all 500 at £2 each and the prizes cost us £180, what do we clear per person"],
    ["sell 500 at £2 each and each prize costs £18, what do we clear"],
    ["£12 pitch, a third off, how much each"],
    ["£12, i pay two thirds and he pays half, how much each"],
    ["pitch is £12, two thirds of us are paying, how much each"],
    ["pitch is £12 and £6 for parking, i pay two thirds he pays a third, how much each"],
    ["the pitch is £12, half price for charities, i pay half, how much each"],
]


@pytest.mark.parametrize(
    ("lines", "working", "number"), [*WORKED, *((lines, None, None) for lines in DECLINED)]
)
def test_its_class_worked_and_a_look_alike_left(lines, working, number):
    found = worked(lines)
    got = (found.working, found.number, found.need) if found else (None, None, None)
    assert got == (working, number, None if working is None else "")


# (persona, lines said before, the ask, the reply): the sum over two messages, numbers in words,
# slips of typing, asides; an ask going on from a cost said just before ("and the buffet's £90")
# read with it, never alone (£90 ÷ 6 was said before); look-alikes declined in the persona's words
ROOMS = [
    (
        "curie",
        ["8 goody bags at £3", "3 pizzas at £12 each"],
        "@curie and the hall is £40, what's that each for 4 of us",
        "The figures first, then the conclusions, Sam: 8 × £3 is £24; 3 × £12 is £36; £24 + "
        "£36 + £40 is £100; ÷ 4 is £25 each.",
    ),
    (
        "einstein",
        ["taxi there was £24", "taxi back £30"],
        "@einstein plus £18 for the tolls, split 3 ways?",
        "Adding up is the one calculation nobody argues about, Sam: £24 + £30 + £18 is £72; ÷ "
        "3 is £24 each.",
    ),
    (
        "lovelace",
        [],
        "@lovelace if me and shaz share a £12 pitch and my stuff takes up about two thirds of "
        "it, whats fair to pay each",
        "A sum the Engine would take in one turn of its handle, Sam: two thirds of £12 is £8 "
        "for you; the rest, £4, for Shaz.",
    ),
    (
        "darwin",
        [],
        "@darwin me and priya are sharing the £45 gazebo and she's using about a third of it, "
        "what do we each pay",
        "I was never much of a mathematician, Sam, but I kept my accounts all my life: a third "
        "of £45 is £15 for Priya; the rest, £30, for you.",
    ),
    (
        "lovelace",
        ["me and priya are sharing the £45 gazebo"],
        "@lovelace she's using about a third of it, what do we each pay",
        "I have all your figures, Sam, but I cannot see for certain how they go together, and "
        "a wrong figure is worse than none; this one I leave unworked.",
    ),
    (
        "curie",
        ["we won £250 on the raffle!!", "split it 2:2:1 as agreed, gail:hal:ivan"],
        "@curie how much each then",
        "The figures first, then the conclusions, Sam: £250 in 5 parts (2 + 2 + 1) is £50 a "
        "part: Gail £100, Hal £100, Ivan £50.",
    ),
    (
        "socrates",
        ["gas £62 a month, electric £48, broadband £34", "council tax is sorted separately"],
        "@socrates whats that each per month split 3 ways?",
        "Let us reckon it together, Sam: £62 + £48 + £34 is £144 a month; ÷ 3 is £48 each a "
        "month. Whether it is worth the spending is another question.",
    ),
    (
        "lovelace",
        [],
        "@lovelace we won £250, film at 3:30, how much each",
        "I have all your figures, Sam, but I cannot see for certain how they go together, and "
        "a wrong figure is worse than none; this one I leave unworked.",
    ),
    (
        "darwin",
        [],
        "@darwin tortoise goes into hibernation on the 15th of november 2025, 2 weeks of "
        "fasting first then 16 weeks asleep, when does he wake up",
        "I was never much of a mathematician, Sam, but I kept my accounts all my life: Sat 15 "
        "November 2025 + 2 weeks + 16 weeks (126 days) is Sat 21 March 2026.",
    ),
    (
        "lovelace",
        [],
        "@lovelace tortoise goes into hibernation on the 15th of november, 2 weeks of fasting "
        "first then 16 weeks asleep, when does he wake up",
        "I have all your figures, Sam, but I cannot see for certain how they go together, and "
        "a wrong figure is worse than none; this one I leave unworked.",
    ),
    (
        "curie",
        ["the hedgehog box went out on 1st october"],
        "@curie she needs about 3 weeks to fatten up then roughly 8 weeks asleep, when will "
        "she be up",
        "The figures first, then the conclusions, Sam: 1 October + 3 weeks + 8 weeks (77 days) "
        "is 17 December.",
    ),
    (
        "einstein",
        [],
        "@einstein the pitch is £12 and i'm paying two thirds of it, hows much is my bit",
        "Adding up is the one calculation nobody argues about, Sam: two thirds of £12 is £8.",
    ),
    (
        "lovelace",
        [],
        "@lovelace evening show is 7 till 10 and we do a 3 min news bit every half hour. how "
        "much music time is that actualy",
        "A sum the Engine would take in one turn of its handle, Sam: 7 till 10 is 180 minutes; "
        "3 minutes every 30 minutes is 6 × 3 = 18 minutes; 180 − 18 is 162 minutes (2 hours 42 "
        "minutes).",
    ),
    (
        "curie",
        ["our slot on the hospital radio is 8 till 11"],
        "@curie theres a 5 min travel bulletin every hour, how much music do we actually get",
        "The figures first, then the conclusions, Sam: 8 till 11 is 180 minutes; 5 minutes "
        "every 60 minutes is 3 × 5 = 15 minutes; 180 − 15 is 165 minutes (2 hours 45 minutes).",
    ),
    (
        "darwin",
        ["its roughly 600 miles to the south of france"],
        "@darwin and we've got 4 days to do it, how many miles per day",
        "I was never much of a mathematician, Sam, but I kept my accounts all my life: 600 "
        "miles ÷ 4 days is 150 miles per day.",
    ),
    (
        "lovelace",
        [],
        "@lovelace walking 75 miles in four days, how many miles a day is that plus wiggle "
        "room for pub stops",
        "A sum the Engine would take in one turn of its handle, Sam: 75 miles ÷ 4 days is "
        "about 18.8 miles a day, before any extra on top, which is yours to add.",
    ),
    (
        "einstein",
        ["if we sell all 200 programmes at £3 and the printing costs £150"],
        "@einstein what do we clear?",
        "Adding up is the one calculation nobody argues about, Sam: 200 × £3 is £600; £600 − "
        "£150 is £450.",
    ),
    (
        "shakespeare",
        [],
        "@shakespeare raffle: selling five hundred tickets at £1 each, prizes cost £120 and "
        "printing was £30, how much do we make",
        "Even a glover's son can cast up a reckoning, Sam: 500 × £1 is £500; £500 − £120 − £30 "
        "is £350.",
    ),
    (
        "lovelace",
        ["the stall pitch is £18"],
        "@lovelace we're splitting it two thirds me, a third her since i'm selling more. how "
        "much each",
        "A sum the Engine would take in one turn of its handle, Sam: of £18, two thirds is "
        "£12; a third is £6.",
    ),
    (
        "socrates",
        ["the holiday cottage is £840"],
        "@socrates i cover half, jo covers a quarter, sam the rest. how much each",
        "Let us reckon it together, Sam: of £840, half is £420; a quarter is £210; the rest is "
        "£210. Whether it is worth the spending is another question.",
    ),
    (
        "lovelace",
        ["room hire is £120"],
        "@lovelace and the buffet's £90, six of us splitting it, how much each",
        "A sum the Engine would take in one turn of its handle, Sam: £120 + £90 is £210; "
        "between 6 of you, £35 each.",
    ),
    (
        "curie",
        ["venue is £200"],
        "@curie plus £48 for the cake, 4 of us, whats that each",
        "The figures first, then the conclusions, Sam: £200 + £48 is £248; £248 ÷ 4 is £62 each.",
    ),
    (
        "lovelace",
        [],
        "@lovelace 516 miles in 6 days at 50 mph, how many miles a day",
        "I have all your figures, Sam, but I cannot see for certain how they go together, and "
        "a wrong figure is worse than none; this one I leave unworked.",
    ),
    (
        "lovelace",
        [],
        "@lovelace £12, i pay two thirds and he pays half, how much each",
        "I have all your figures, Sam, but I cannot see for certain how they go together, and "
        "a wrong figure is worse than none; this one I leave unworked.",
    ),
    (
        "lovelace",
        [],
        "@lovelace if we sell all 500 at £2 each and the prizes cost us £180, what do we clear "
        "per person",
        "I have all your figures, Sam, but I cannot see for certain how they go together, and "
        "a wrong figure is worse than none; this one I leave unworked.",
    ),
    (
        "lovelace",
        [],
        "@lovelace show is 7 till 10 with a 7 min break every 25 mins, how much music time",
        "I have all your figures, Sam, but I cannot see for certain how they go together, and "
        "a wrong figure is worse than none; this one I leave unworked.",
    ),
]


@pytest.mark.parametrize(("slug", "before", "ask", "reply"), ROOMS)
def test_said_in_the_persona_own_words(slug, before, ask, reply):
    told = tuple(ChatLine("jo", text) for text in before)
    assert say(slug, ask, author="sam", history=told, others=_others(slug)) == reply
