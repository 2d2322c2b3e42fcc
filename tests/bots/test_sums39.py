"""Everyday sums of a known class (sums39, `bots.everyday`), worked by any persona asked, in its
own voice: which offer is better value, what a multi-buy saves, paint for walls, tiles that fit,
an age on a date, the year one turns so old, years between, the next bus after a time, tables
or teams needed and those left over, shares and what is over, petrol at so many mpg, a bill
from meter readings, a price each times the count asked of (others said beside it aside, those
who go free taken off), a multi-buy shared, so many things at a time each, parts of a mix, sums
a month said in one list asked a year, a pot someone takes a share of first, a sum for so many
hours split, a part of a bill only some had, one paid the deposit and another the rest. Each
class has variants of our own and look-alikes that must be declined. And the readers of other
shapes no longer add a price of one thing or one part asked, nor drop a count of stops; a sum
is never handed on to be met with a line on another thing."""

from __future__ import annotations

import pytest

from bots.engine import ChatLine, owned_up_in
from bots.everyday import worked
from bots.reckon import total_of
from bots.wordsum import plain_total, stepped_over, typed, word_sum
from tests.bots.test_everyday_messages import CAST, VOICES, say

# (the lines, oldest first, the ask last; the working; the result)
WORKED = [
    (
        ["squash is 4 for £2.40 or 10 for £5.50", "which is better value"],
        "£2.40 ÷ 4 is 60p each; £5.50 ÷ 10 is 55p each, so the 10 for £5.50 is better value",
        "the 10 for £5.50 (55p each against 60p)",
    ),
    (
        ["washing powder: £4.50 for 900g or £8 for 2kg, which is the better buy"],
        "£4.50 ÷ 900g is 50p per 100g; £8 ÷ 2kg is 40p per 100g, so the 2kg for £8 is better value",
        "the 2kg for £8 (40p per 100g against 50p)",
    ),
    (
        ["teabags are £2.80 for 80 or £5 for 160, which is cheaper per bag"],
        "£2.80 ÷ 80 is 3.5p a bag; £5 ÷ 160 is 3.12p a bag, so the 160 for £5 is better value",
        "the 160 for £5 (3.12p a bag against 3.5p)",
    ),
    (
        ["juice is £1.80 for 750ml or £2.20 for 1 litre, which is best value"],
        "£1.80 ÷ 750ml is £2.40 a litre; £2.20 ÷ 1 litre is £2.20 a litre, so the 1 litre for "
        "£2.20 is better value",
        "the 1 litre for £2.20 (£2.20 a litre against £2.40)",
    ),
    (
        ["crisps are 6 for £1.50 or 12 for £3", "which is cheaper"],
        "£1.50 ÷ 6 is 25p each; £3 ÷ 12 is 25p each: the same either way",
        "the same, 25p each",
    ),
    (
        ["beer is £2.50 a can or 4 for £8", "if we buy 12 how much do we save"],
        "12 × £2.50 is £30; on the deal, 3 × £8 is £24; £30 − £24 is £6 saved",
        "£6 saved",
    ),
    (
        ["cookies are 90p each or 5 for £4, if i buy 10 how much do i save"],
        "10 × 90p is £9; on the deal, 2 × £4 is £8; £9 − £8 is £1 saved",
        "£1 saved",
    ),
    (
        [
            "the bedroom wall is 3.2m wide and 2.5m high",
            "one litre covers 8 square metres",
            "how many litres for 2 coats",
        ],
        "3.2m × 2.5m is 8 m², × 2 coats is 16 m², ÷ 8 m² a litre is 2 litres",
        "2 litres",
    ),
    (
        ["painting 3 walls, each 4m by 2.4m", "a tin does 15 m2", "how many tins for 2 coats"],
        "4m × 2.4m × 3 walls is 28.8 m², × 2 coats is 57.6 m², ÷ 15 m² a tin is 3.84, so 4 tins "
        "to have enough",
        "4 tins",
    ),
    (
        ["fence is 12m long and 1.5m high, 1 litre covers 6 sq m, 2 coats, how much paint"],
        "12m × 1.5m is 18 m², × 2 coats is 36 m², ÷ 6 m² a litre is 6 litres",
        "6 litres",
    ),
    (
        ["kitchen floor is 3m by 2.4m, tiles are 60cm square, how many tiles"],
        "300cm ÷ 60cm is 5; 240cm ÷ 60cm is 4; 5 × 4 is 20 tiles",
        "20 tiles",
    ),
    (
        ["bathroom is 1.5m by 2m and we want 25 x 25cm tiles, how many tiles"],
        "150cm ÷ 25cm is 6; 200cm ÷ 25cm is 8; 6 × 8 is 48 tiles",
        "48 tiles",
    ),
    (
        ["grandad was born on 2 march 1950", "how old will he be on 1 march 2026"],
        "2026 − 1950 is 76, less one as the birthday (2 March) is not yet come: 75",
        "75",
    ),
    (
        ["my sister was born 30 june 2001, how old is she on 1 july 2025"],
        "2025 − 2001 is 24, the birthday (30 June) already past by then",
        "24",
    ),
    (["dad was born in 1966", "what year does he turn 70"], "1966 + 70 is 2036", "2036"),
    (
        ["the school opened in 1902", "how old will it be in 2027"],
        "2027 − 1902 is 125 (turning 125 during 2027)",
        "125 in 2027",
    ),
    (
        ["the mill was built in 1790 and closed in 1931, how many years between"],
        "1931 − 1790 is 141 years",
        "141 years",
    ),
    (
        [
            "the ferry goes every 40 minutes from 9:10",
            "i'll be at the port at 11:00",
            "whens the next one",
        ],
        "9:10 + 3 × 40 minutes is 11:10",
        "11:10",
    ),
    (
        [
            "trams every 15 mins starting 6:45",
            "im at the stop at 7:10",
            "what time's the next tram",
        ],
        "6:45 + 2 × 15 mins is 7:15",
        "7:15",
    ),
    (
        ["bus every 20 mins from 8:05", "i get there at 8:45", "when's the next bus"],
        "8:05 + 2 × 20 mins is 8:45, just as you get there",
        "8:45",
    ),
    (
        ["58 people coming to the ceilidh", "tables seat 10", "how many tables do we need"],
        "58 ÷ 10 is 5.8, so 6 tables to seat everyone (the last with 8)",
        "6 tables",
    ),
    (
        ["27 kids, minibuses take 12, how many minibuses do we need"],
        "27 ÷ 12 is 2.25, so 3 minibuses to seat everyone (the last with 3)",
        "3 minibuses",
    ),
    (
        ["we've got 50 players and teams of 7, how many full teams and how many left over"],
        "50 ÷ 7 is 7 full teams with 1 left over",
        "7 full teams, 1 left over",
    ),
    (
        ["33 runners signed up", "groups of 5", "how many full groups"],
        "33 ÷ 5 is 6 full groups with 3 left over",
        "6 full groups, 3 left over",
    ),
    (
        [
            "we've got 100 sweets and there are 8 kids, everyone gets the same, how many each and "
            "how many left over"
        ],
        "100 sweets ÷ 8 is 12 each with 4 left over",
        "12 each, 4 left over",
    ),
    (
        [
            "4 cakes each cut into 12 slices",
            "there are 20 of us",
            "if everyone gets the same how many each and how many spare",
        ],
        "4 × 12 is 48 slices; 48 slices ÷ 20 is 2 each with 8 left over",
        "2 each, 8 left over",
    ),
    (
        [
            "its 300 miles and we get 45mpg",
            "diesel is £1.60 a litre",
            "how much will the diesel cost",
        ],
        "300 miles ÷ 45mpg is 6.67 gallons, × 4.546 litres a gallon is 30.31 litres (a UK "
        "gallon), × £1.60 a litre is £48.49",
        "£48.49",
    ),
    (
        [
            "the trip is 120 miles, the van does 30 mpg and fuel is 150p a litre, 4.5 litres to "
            "the gallon, what will the fuel cost"
        ],
        "120 miles ÷ 30mpg is 4 gallons, × 4.5 litres a gallon is 18 litres, × £1.50 a litre is "
        "£27",
        "£27",
    ),
    (
        [
            "electric meter read 8,100 in march and 8,460 in june",
            "30p per kwh plus £45 standing charge",
            "whats the bill",
        ],
        "8,460 − 8,100 is 360 kWh; 360 × 30p is £108; £108 + £45 is £153",
        "£153",
    ),
    (
        ["the gas meter went from 3,250 to 3,610", "its 8p a unit", "how much do we owe"],
        "3,610 − 3,250 is 360 units; 360 × 8p is £28.80",
        "£28.80",
    ),
    (
        [
            "meter was 21,040 at the start and 21,400 now, 25p per kwh and 60p a day standing "
            "charge for 91 days, what's the bill"
        ],
        "21,400 − 21,040 is 360 kWh; 360 × 25p is £90; 91 days × 60p standing charge is £54.60; "
        "£90 + £54.60 is £144.60",
        "£144.60",
    ),
    (
        [
            "9 of us going, 2 are under 3 so go free",
            "tickets are £11 each",
            "how much for the tickets",
        ],
        "9 − 2 free is 7 paying; 7 × £11 is £77",
        "£77",
    ),
    (
        [
            "tickets are £22 each and the programme is £4",
            "how much for the tickets for the 5 of us",
        ],
        "5 × £22 is £110 (the £4 programme aside)",
        "£110",
    ),
    (
        ["the coach is £15 return each and lunch is £8", "whats the coach for the 6 of us"],
        "6 × £15 is £90 (the £8 lunch aside)",
        "£90",
    ),
    (
        [
            "burgers are £5 each, buy 2 get 1 free",
            "we need 9 burgers and there are 6 of us",
            "how much each",
        ],
        "9 burgers on the deal is 6 paid for; 6 × £5 is £30; £30 ÷ 6 is £5 each",
        "£5 each",
    ),
    (
        ["donuts are £1.20 each, 3 for 2 offer", "getting 12 donuts", "how much in total"],
        "12 donuts on the deal is 8 paid for; 8 × £1.20 is £9.60",
        "£9.60",
    ),
    (
        ["12 chapters at 35 minutes each, how long is that in hours"],
        "12 × 35 minutes is 420 minutes, 7 h",
        "7 h",
    ),
    (
        ["she swims 40 lengths at about 2 minutes each, how long in total"],
        "40 × 2 minutes is 80 minutes, 1 h 20 min",
        "1 h 20 min",
    ),
    (
        ["smoothie is 2 parts banana, 1 part milk", "making 600ml", "how much of each"],
        "2 + 1 is 3 parts; 600ml ÷ 3 is 200ml a part: 400ml banana, 200ml milk",
        "400ml banana, 200ml milk",
    ),
    (
        [
            "concrete is 1 part cement, 2 parts sand, 3 parts gravel, we need 120kg, how much of "
            "each"
        ],
        "1 + 2 + 3 is 6 parts; 120kg ÷ 6 is 20kg a part: 20kg cement, 40kg sand, 60kg gravel",
        "20kg cement, 40kg sand, 60kg gravel",
    ),
    (
        ["gym is £30 a month and the pool £12, how much a year on both"],
        "£30 + £12 is £42 a month, × 12 is £504 a year",
        "£504 a year",
    ),
    (
        ["phone is £15 a month and broadband £25", "how much is that a year"],
        "£15 + £25 is £40 a month, × 12 is £480 a year",
        "£480 a year",
    ),
    (
        [
            "the landowner takes 25% of whatever we find",
            "we found coins worth £2,000 and there are 5 of us",
            "how much does each of us get",
        ],
        "25% of £2,000 is £500 to the landowner, leaving £1,500; £1,500 ÷ 5 is £300 each",
        "£300 each",
    ),
    (
        [
            "the agent takes 15%",
            "the gig paid £800",
            "split between the four of us, how much each do we get",
        ],
        "15% of £800 is £120 to the agent, leaving £680; £680 ÷ 4 is £170 each",
        "£170 each",
    ),
    (
        ["£60 for 2 hours split between the three of us, how much each, and per hour each"],
        "£60 ÷ 3 is £20 each; £20 ÷ 2 hours is £10 an hour each",
        "£20 each, £10 an hour each",
    ),
    (
        [
            "the bill was £120 in total, £30 of that was the cocktails",
            "jo didnt have any cocktails",
            "how much do we each owe, theres 4 of us",
        ],
        "£120 − the £30 cocktails is £90; £90 ÷ 4 is £22.50 each; the £30 cocktails between the 3 "
        "who had it is £10 each: £22.50 for jo, £32.50 each for the other 3",
        "£22.50 for jo, £32.50 each for the other 3",
    ),
    (
        [
            "total was £200 for the 5 of us",
            "i paid the £30 deposit and ali paid the other £170",
            "what do the rest of us owe ali",
        ],
        "£200 ÷ 5 is £40 each; ali paid £170, so is owed £170 − £40, £130; the one who paid the "
        "£30 deposit owes ali £40 − £30, £10; the other 3 owe ali £40 each",
        "£10 from whoever paid the deposit, £40 each from the other 3",
    ),
]


@pytest.mark.parametrize(("lines", "working", "number"), WORKED)
def test_an_everyday_sum_of_its_class_is_worked(lines, working, number):
    found = worked(lines)
    assert found is not None
    assert (found.working, found.number) == (working, number)


WORKED += [
    (
        [
            "cottage is £900 for the 6 of us and the minibus is £20 each",
            "the boat trip is £35 each but im skipping that",
            "what am i paying",
        ],
        "£900 ÷ 6 is £150; £20 + £150 is £170 (what you are not part of left out)",
        "£170",
    ),
    (
        [
            "hostel is £240 for the 4 of us and the bus is £12 each",
            "the tour is £30 each but i'm not doing it",
            "whats my share",
        ],
        "£240 ÷ 4 is £60; £12 + £60 is £72 (what you are not part of left out)",
        "£72",
    ),
]

# Look-alikes: another ask, a figure with no place, a size or a rate unsaid, a count said two
# ways, a share taken by us, a deposit bigger than a share, nobody named who had none.
DECLINED = [
    # what one pays, with nothing said they are not part of: someone may cover a part
    ["train is £42 return each", "airbnb is £560 for the 7 of us", "how much am i paying"],
    ["the boat trip is £35 each but im skipping that", "what am i paying"],
    ["6 for £1.80 or 8 for £2.20, which tastes better"],
    ["squash is 4 for £2.40 or 10 for £5.50 or 20 for £10, which is best value"],
    ["6 for £1.80 or 8 for £2.20, which is cheaper if i need 10"],
    ["the wall is 4m by 2.5m, how many litres of paint"],
    ["two walls 4m by 2.5m, 1 litre covers 10 sq m, how many litres"],
    ["floor is 2.5m by 2m, tiles are 30cm square, how many tiles"],
    ["mum was born in 1970, how old will she be on 3 may 2026"],
    ["how old is the universe"],
    ["how old are you? i was born in 1985"],
    ["bus every 12 mins, i get there at 7:50, when's the next one"],
    ["32 people, tables of 6 or 8, how many tables"],
    [
        "86 guests, tables seat 8, how many tables do we need and if the chair covers are £2.40 "
        "each whats the damage"
    ],
    ["its 200 miles, car does 40 mpg, petrol £1.50 a litre, how much for the return trip petrol"],
    ["meter reads 14,520, we pay 28p per kwh, whats the bill"],
    ["tickets are £14.50 and the car park is £8, how much for the tickets"],
    [
        "tickets are £12 each plus a £1.50 booking fee per ticket, how much for the tickets for 4 "
        "of us"
    ],
    ["the train is £60 for all of us and parking is £8, how much for the train"],
    ["pizzas are 2 for £15, we need 6, how much each for 4 of us"],
    ["the landowner takes 25%, we found £2,000, how much does the landowner get"],
    ["we keep 75% of the £2,000 and there are 5 of us, how much does each of us get"],
    ["£60 for 2 hours, how much each"],
    [
        "total was £200 for the 5 of us",
        "i paid the £50 deposit and ali paid the other £150",
        "what do the rest of us owe ali",
    ],
    [
        "the bill was £120, £30 of that was wine",
        "we didnt have any wine",
        "how much each for the 4 of us",
    ],
    ["5 episodes, how long is that"],
    ["7 crosswords averaging 23 minutes each and 3 sudokus, how long in total"],
    ["punch is 2 parts juice, 3 parts lemonade", "how much of each"],
    ["gym is £30 a month and the pool £12 a week, how much a year"],
    ["netflix is £10.99 a month and spotify £11.99", "how much is that a month"],
]


@pytest.mark.parametrize("lines", DECLINED)
def test_a_look_alike_is_left_unworked(lines):
    assert worked(lines) is None


def _others(slug: str) -> tuple:
    return tuple(v for v in CAST if v.slug != slug)


# (persona, lines said before, the ask, the reply): any persona works them in its own words,
# in a room with the others (never handed to the mathematician)
ROOMS = [
    (
        "socrates",
        ["squash is 4 for £2.40 or 10 for £5.50"],
        "@socrates which is better value",
        "Let us reckon it together, Sam: £2.40 ÷ 4 is 60p each; £5.50 ÷ 10 is 55p each, so the 10 "
        "for £5.50 is better value. What follows from it is another question.",
    ),
    (
        "shakespeare",
        ["grandad was born on 2 march 1950"],
        "@shakespeare how old will he be on 1 march 2026",
        "Even a glover's son can cast up a reckoning, Sam: 2026 − 1950 is 76, less one as the "
        "birthday (2 March) is not yet come: 75.",
    ),
    (
        "darwin",
        ["58 people coming to the ceilidh", "tables seat 10"],
        "@darwin how many tables do we need",
        "I was never much of a mathematician, Sam, but I kept my accounts all my life: 58 ÷ 10 is "
        "5.8, so 6 tables to seat everyone (the last with 8).",
    ),
    (
        "einstein",
        [
            "electric meter read 8,100 in march and 8,460 in june",
            "30p per kwh plus £45 standing charge",
        ],
        "@einstein whats the bill",
        "Adding up is the one calculation nobody argues about, Sam: 8,460 − 8,100 is 360 kWh; 360 "
        "× 30p is £108; £108 + £45 is £153.",
    ),
    (
        "curie",
        [
            "the trip is 120 miles, the van does 30 mpg",
            "fuel is 150p a litre, 4.5 litres to the gallon",
        ],
        "@curie what will the fuel cost",
        "The figures first, then the conclusions, Sam: 120 miles ÷ 30mpg is 4 gallons, × 4.5 "
        "litres a gallon is 18 litres, × £1.50 a litre is £27.",
    ),
    (
        "lovelace",
        ["bus every 20 mins from 8:05", "i get there at 8:50"],
        "@lovelace when's the next bus",
        "A sum the Engine would take in one turn of its handle, Sam: 8:05 + 3 × 20 mins is 9:05.",
    ),
    (
        "socrates",
        ["9 of us going, 2 are under 3 so go free", "tickets are £11 each and parking is £6"],
        "@socrates how much for the tickets",
        "Let us reckon it together, Sam: 9 − 2 free is 7 paying; 7 × £11 is £77 (the £6 parking "
        "aside). What follows from it is another question.",
    ),
    (
        "shakespeare",
        ["the gig paid £800 and the agent takes 15%"],
        "@shakespeare split between the four of us, how much each do we get",
        "Even a glover's son can cast up a reckoning, Sam: 15% of £800 is £120 to the agent, "
        "leaving £680; £680 ÷ 4 is £170 each.",
    ),
    (
        "darwin",
        [
            "the bill was £120 in total, £30 of that was the cocktails",
            "jo didnt have any cocktails",
        ],
        "@darwin how much do we each owe, theres 4 of us",
        "I was never much of a mathematician, Sam, but I kept my accounts all my life: £120 − the "
        "£30 cocktails is £90; £90 ÷ 4 is £22.50 each; the £30 cocktails between the 3 who had it "
        "is £10 each: £22.50 for jo, £32.50 each for the other 3.",
    ),
    (
        "einstein",
        ["the mill was built in 1790 and closed in 1931"],
        "@einstein how many years between",
        "Adding up is the one calculation nobody argues about, Sam: 1931 − 1790 is 141 years.",
    ),
]


@pytest.mark.parametrize(("slug", "before", "ask", "reply"), ROOMS)
def test_any_persona_works_the_sum_in_its_own_words(slug, before, ask, reply):
    history = tuple(ChatLine("jo", text) for text in before)
    assert say(slug, ask, author="sam", history=history, others=_others(slug)) == reply


@pytest.mark.parametrize("slug", ["shakespeare", "socrates", "darwin", "einstein", "curie"])
def test_a_sum_nobody_works_is_owned_up_to_and_handed_to_nobody(slug):
    # a time asked of a time said, with no span to work it from: "leave" is no plant's leaves
    history = (ChatLine("jo", "we need to be at the venue by 19:00 and parking is a nightmare"),)
    reply = say(
        slug,
        f"@{slug} so what time should we leave then",
        author="sam",
        history=history,
        others=_others(slug),
    )
    assert "@" not in reply and owned_up_in(VOICES[slug].material, reply)


def test_the_mathematician_handed_a_sum_she_cannot_work_says_so_plainly():
    asked = ChatLine("sam", "@socrates we need to be at the venue by 19:00, what time do we leave")
    handed = (
        "A shoemaker could answer that better than I, Sam; I only know how to ask questions. "
        "Put it to @lovelace; I would rather hear that answer examined than give a poor one."
    )
    reply = say("lovelace", handed, author="Socrates", history=(asked,), others=_others("lovelace"))
    assert reply in {
        line.removeprefix("#unworked ").format(name="Sam")
        for line in VOICES["lovelace"].material
        if line.startswith("#unworked ")
    }


# The readers of other shapes: a price of one thing is never an amount added, nor is a part
# asked added to what else was said; a stop counted so many times is counted; a sum that goes
# up a share, money at so many dollars to the pound, a change from a sum a month, a recipe for
# so many made for more.
def test_a_price_of_one_thing_or_a_part_asked_is_never_added():
    for text in (
        "gas is 9p per kwh plus £20 standing charge, whats the bill?",
        "water is £1.90 per cubic metre plus £25 standing charge, whats the total?",
    ):
        assert stepped_over(text) is None and plain_total(text) is None
    for text in (
        "entry is £9 and the car park is £5 total, how much for the entry?",
        "the boat is £40 and lunch is £12, how much for the boat?",
    ):
        assert plain_total(text) is None and total_of(text) == "" and stepped_over(text) is None
    # all the parts asked: added as before
    text = "drinks £45 and food £120, how much for the food and drinks"
    assert total_of(text) == "£45, plus £120, is £165"
    found = stepped_over(text)
    assert found is not None and found.number == "£165"


@pytest.mark.parametrize(
    ("text", "working"),
    [
        (
            "we cycle 30 miles at 10 mph plus 4 stops of 15 mins, how long will it take",
            "30 miles at 10 mph is 3 h, plus 1 h stopped is 4 h",
        ),
        (
            "its 24 miles at 4 mph and 9 stiles at 5 mins each, how long is that",
            "24 miles at 4 mph is 6 h, plus 45 min stopped is 6 h 45 min",
        ),
        (
            "rent is £950 a month and going up 4%, whats the new rent",
            "£950 a month plus 4% is £988 a month, £38 more a month",
        ),
        ("the shed is £640 and going up 5%, whats the new price", "5% of £640 is £32, so £672"),
        (
            "bus pass is £1,200 and its going up 3.5%. wats the new price",
            "3.5% of £1,200 is £42, so £1,242",
        ),
        (
            "my salary is £28,000 and i got a 3% rise, whats my new salary",
            "3% of £28,000 is £840, so £28,840",
        ),
        (
            "the jacket is $91 and its $1.30 to the pound, how much in pounds",
            "$91 at £1 = $1.3 is £70",
        ),
        (
            "gym went from £40 a month to £34, what % cheaper is that",
            "£40 to £34 is down £6, a drop of 15%",
        ),
        (
            "recipe uses 150g sugar for 12 muffins, im making 20, how much sugar",
            "from 12 to 20 is × 1.67: 250g sugar",
        ),
    ],
)
def test_other_shapes_read_right(text, working):
    found = word_sum(text)
    assert found is not None and found.working == working


@pytest.mark.parametrize(
    "text",
    [
        "its 60 miles at 12 mph with 3 breaks, how long",  # never "with no stops"
        "we walk 12 km at 4 km/h and 3 of us, how long",
        "rent went up 4% to £988, whats the new rent",  # the result is said
    ],
)
def test_other_shapes_left_unworked(text):
    found = word_sum(text)
    assert found is None or "no stops" not in found.working and "£1,027" not in found.working


def test_sums_a_month_are_never_added_as_a_sum_asked_a_year():
    assert plain_total("netflix is £10.99 a month and spotify £11.99. how much a year?") is None
    assert plain_total("the cottage is £1,240 for the week, 4 ways?") is not None


@pytest.mark.parametrize(
    ("before", "ask", "part"),
    [
        (["today is 10 may and the exam is 2 june"], "@lovelace how many days to go", "23 days"),
        (
            ["its 20 june today and the wedding is 2 august"],
            "@curie how many weeks till it",
            "6 weeks",
        ),
        (
            ["need to be at the station for 07:10", "taxi takes 25 mins"],
            "@darwin wat time do we leave",
            "6:45am",
        ),
    ],
)
def test_dates_and_times_said_with_today_and_typed_fast(before, ask, part):
    history = tuple(ChatLine("jo", text) for text in before)
    assert part in say(ask.split()[0][1:], ask, author="sam", history=history)


def test_slips_of_typing_are_mended():
    assert typed("wat time do we leave") == "what time do we leave"
    assert typed("how much do i svae") == "how much do i save"


@pytest.mark.parametrize("slug", ["shakespeare", "lovelace"])
def test_a_sum_asked_fast_of_the_line_before_is_read_with_it(slug):
    history = (ChatLine("jo", "bus pass is £1,200 and its going up 3.5%"),)
    reply = say(slug, f"oof. @{slug} wats the new price", author="sam", history=history)
    assert reply.endswith("3.5% of £1,200 is £42, so £1,242.")


@pytest.mark.parametrize(
    ("ask", "working"),
    [
        ("5 podcasts at 50 minutes each, how long is that in hours", "is 250 min (4 h 10 min)."),
        ("9 songs at 4 minutes each, how long is that", "is 36 min."),
    ],
)
def test_a_time_asked_in_hours_is_said_in_hours(ask, working):
    assert say("lovelace", f"@lovelace {ask}", author="sam").endswith(working)
