"""Everyday sums asked of Ada Lovelace in a club, family or workplace chat (session 37): split
bills, per-head costs, times, rates and per-unit prices, with figures in the message and in the
lines before it that are no part of the sum. Every reply is the right figure or an honest
decline, never a wrong number (`bots.placed.misread`, `unsubtracted`, `put_right`): a figure put
right ("taxi was £30, no sorry £36": £36 read), an old price ("was £1.52 a litre, now £1.48"),
money of another thing than the one asked ("my car repair was £400" before "the cabin is
£360"), a half asked and never taken ("half way through the £200 budget"), people come or gone
read as a head count ("2 more are coming": never £480 between 2), money set apart or given
("the flights were £900 but that's separate": left out of the share; "£30 in the charity
pot": declined), a difference asked and only added ("what's the difference between £12 and
£18": never £30). New: a difference of two like
figures and a half or a third of one (`bots.differ`); the time it is now is where a wait
starts ("it's 8:50 now, how long until the train" at 9:45); "what's the total" is no share
asked because "we each had" came before it; "one rabbit costs £13 a month, how much a year for
2 rabbits" read as what is said, then the question; a room number said before a sum is no
figure of it; like units simply added ("20 km + 15 km is 35 km")."""

from __future__ import annotations

import pytest

from bots.differ import difference_of, part_of
from bots.placed import misread, put_right, unsubtracted
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say

# (the lines before the ask: (author, text), oldest first; the ask; Lovelace's whole reply)
OPEN = "A sum the Engine would take in one turn of its handle, Maya: "
UNWORKED = (
    "I have all your figures, Maya, but I cannot see for certain how they go together, and a "
    "wrong figure is worse than none; this one I leave unworked."
)


def worked(working: str) -> str:
    return f"{OPEN}{working}."


def unplaced(figure: str) -> str:
    return (
        f"I have the {figure} you gave, Maya, but I cannot see where it enters the sum, and the "
        "Engine would never run with a figure left out; I will not guess."
    )


REPLIES = [
    (
        [("jo", "dinner came to £84")],
        "@lovelace plus a 10% tip, how much each for the 4 of us?",
        worked("10% of £84 is £8.40, so £92.40; among 4 of you, £23.10 each"),
    ),
    (
        [],
        (
            "@lovelace bill was £120 and we want to leave a £15 tip, split between 5 of us "
            "how much each"
        ),
        worked("£120 + £15 is £135; between 5 of you, £27 each"),
    ),
    (
        [("sam", "tip was £18")],
        "@lovelace can you split the tip between the 3 of us",
        worked("£18; 3 ways, £6 each"),
    ),
    ([], "@lovelace £18 tip between 3 people, how much each", worked("£18; 3 ways, £6 each")),
    (
        [],
        "@lovelace 6 mugs cost £34.02, how much was each mug",
        worked("£34.02 ÷ 6 mugs is £5.67 each mug"),
    ),
    (
        [("kim", "the 6 mugs came to £34.02"), ("kim", "was £40 last year")],
        "@lovelace how much per mug then",
        worked("£34.02 at 6 mugs is £5.67 per mug"),
    ),
    (
        [],
        "@lovelace we paid £45 for 3 bags of compost, whats that per bag",
        worked("£45 ÷ 3 bags is £15 per bag"),
    ),
    (
        [],
        "@lovelace one rabbit costs about £13.04 a month, how much a year for two rabbits?",
        UNWORKED,
    ),
    (
        [("ann", "food and hay is £26 a month per rabbit")],
        "@lovelace so what's that a year for our 2 rabbits",
        worked("£26 a month × 2 rabbits is £624 a year"),
    ),
    ([], "@lovelace how many more hours is 18h than 12h", worked("18h − 12h is 6 hours")),
    (
        [],
        "@lovelace shift A is 12h, shift B is 18h, what's the difference",
        worked("18h − 12h is 6 hours"),
    ),
    (
        [],
        "@lovelace the kids get 2 goes each on the bouncy castle at £1.50 a go, 3 kids, total?",
        UNWORKED,
    ),
    (
        [],
        "@lovelace 4 of us, 2 goes each at £3 a go, how much altogether",
        worked("2 goes at £3 is £6 a head; for 4, £24"),
    ),
    (
        [("pat", "we took £340 at the bake sale"), ("pat", "plus £50 in donations")],
        "@lovelace what did the bake sale take altogether",
        worked("£340 + £50 is £390"),
    ),
    ([], "@lovelace the tent was £120, now £90, we split it between 3, how much each", UNWORKED),
    (
        [("lee", "the hall was £60, now it's £75")],
        "@lovelace split the hall between 5 of us?",
        "That question has no place in any table I could draw up, Maya.",
    ),
    (
        [("jo", "taxi was £35"), ("jo", "no wait, it was £40")],
        "@lovelace split the taxi 4 ways",
        worked("£40; 4 ways, £10 each"),
    ),
    ([], "@lovelace taxi was £30, no sorry £36, split between 4?", worked("£36; 4 ways, £9 each")),
    (
        [("mel", "my car repair was £400 ugh"), ("tom", "the cabin is £360 for the weekend")],
        "@lovelace how much each for the cabin with 6 of us",
        worked("£360 between 6 of you is £60 each"),
    ),
    (
        [("dan", "mains came to £60 and we shared half a starter")],
        "@lovelace split the £60 between 3?",
        worked("£60; 3 ways, £20 each"),
    ),
    (
        [],
        "@lovelace we're half way through the £200 budget, 4 of us, how much has each spent?",
        unplaced("half"),
    ),
    ([], "@lovelace what is half of £37", worked("half of £37 is £18.50")),
    ([], "@lovelace it's 12 miles to the lake, there and back, how many miles is that", UNWORKED),
    (
        [],
        "@lovelace its 15 km each way to the venue, we go twice a week, how many km a week",
        UNWORKED,
    ),
    (
        [],
        "@lovelace drive is 40 miles there and back and fuel is about 20p a mile, how much?",
        worked("40 miles at 20p a mile is £8"),
    ),
    (
        [],
        "@lovelace I ran 5 km and walked 3 miles, how far altogether?",
        worked("5 km, 5 km; 3 miles, 4.83 km; all in, 9.83 km"),
    ),
    ([], "@lovelace I cycled 20 km on sat and 15 km on sun, total?", UNWORKED),
    (
        [],
        "@lovelace the match starts at 14:30 and lasts 90 mins, what time does it end",
        worked("14:30 + 1 hr 30 mins is 4pm"),
    ),
    (
        [("bo", "train leaves at 9:45")],
        "@lovelace it's 8:50 now, how long until the train",
        worked("8:50 to 9:45 is 55 mins"),
    ),
    ([], "@lovelace how long from 7:15 to 9:40", worked("7:15 to 9:40 is 2 hrs 25 mins")),
    (
        [],
        "@lovelace if I need 45 mins to get there and it starts at 7pm, when do I leave",
        worked("7pm − 45 mins is 6:15pm"),
    ),
    (
        [],
        "@lovelace 3 sessions of 40 minutes, how long is that in hours",
        worked("3 × 40 minutes is 120 minutes, 2 h"),
    ),
    (
        [],
        "@lovelace I get £11.44 an hour and worked 7.5 hours, how much is that",
        worked("7.5 hours at £11.44 an hour is £85.80"),
    ),
    (
        [],
        "@lovelace car does 45 mpg, 180 mile trip, how many gallons",
        worked("180 miles at 45 mpg is 4 gallons; at 4.546 litres a gallon, 18.18 litres"),
    ),
    (
        [],
        "@lovelace 3 coaches at £450 each, 150 people, how much per head",
        worked("3 × £450 is £1,350; £1,350 ÷ 150 is £9 each"),
    ),
    (
        [],
        "@lovelace 24 eggs in 2 days, how many a day",
        worked("24 eggs ÷ 2 days is 12 eggs a day"),
    ),
    (
        [("rita", "venue is £250"), ("rita", "food is £180")],
        "@lovelace 20 of us coming, how much per head",
        worked("£250 + £180 is £430; £430 ÷ 20 is £21.50 each"),
    ),
    (
        [],
        "@lovelace minibus hire £180 plus £40 fuel between 11 people, how much each",
        worked("£180 + the £40 fuel is £220; between 11 of you, £20 each"),
    ),
    (
        [],
        "@lovelace raffle: 150 tickets at £2, prizes cost £60, what's the profit",
        worked("150 tickets at £2 is £300; less £60, that leaves £240"),
    ),
    (
        [],
        "@lovelace we sold 40 cakes at £1.25 each, how much did we make",
        worked("40 cakes at £1.25 each is £50"),
    ),
    (
        [],
        "@lovelace how much each if 7 of us share a £91 present",
        worked("£91 between 7 of you is £13 each"),
    ),
    (
        [],
        "@lovelace how much each if 8 of us chip in for a £100 gift card",
        worked("£100 between 8 of you is £12.50 each"),
    ),
    (
        [("gil", "the gift is £60 and I already put in £20")],
        "@lovelace how much each for the other 4 to cover the rest",
        UNWORKED,
    ),
    (
        [],
        "@lovelace a 500g bag is £2.40 and a 1kg bag is £4.20, which is cheaper per kg",
        worked(
            "£2.40 for 500g is 48p per 100g, £4.20 for 1kg is 42p per 100g: the 1kg is "
            "better value, 12.5% less per 100g"
        ),
    ),
    (
        [],
        "@lovelace 4 pints of milk for £1.65, how much a pint roughly",
        worked("£1.65 at 4 pints is 41.3p a pint"),
    ),
    ([], "@lovelace how many 250ml glasses from a 2 litre bottle", UNWORKED),
    (
        [("ken", "meeting moved to room 12"), ("ken", "3 people off sick")],
        "@lovelace tickets are £8.50 each and 14 of us going, total?",
        UNWORKED,
    ),
    ([], "@lovelace we're 6, pizza is £11 each and we get 2 between 3, how much each", UNWORKED),
    ([], "@lovelace the club has 32 members, subs are £25 a year, how much in total", UNWORKED),
    ([], "@lovelace 2 adults at £14 and 3 kids at £7, total?", worked("2 × £14 + 3 × £7 = £49")),
    ([], "@lovelace how long until christmas in weeks if today is 1 december", UNWORKED),
    (
        [],
        "@lovelace a 12 week course starting 6 jan 2025, what date does it end",
        worked("Mon 6 January 2025 + 12 weeks (84 days) is Mon 31 March 2025"),
    ),
    (
        [],
        "@lovelace 300 miles at 60 mph, how long",
        worked("300 miles at 60 mph is 5 hours, with no stops"),
    ),
    (
        [],
        "@lovelace if we leave at 10:20 and the drive is 2h 50m, when do we get there",
        worked("leaving at 10:20, 2 h 50 min on is 13:10, if it runs to time"),
    ),
    (
        [],
        "@lovelace petrol was £1.52 a litre, now £1.48, I fill 50 litres, how much do I save",
        (
            "All your figures are here, Maya, but the difference is more than I can work from them "
            "reliably, so I shall not guess."
        ),
    ),
    (
        [],
        "@lovelace my phone bill is £18 a month, how much a year",
        worked("£18 a month is £216 a year"),
    ),
    (
        [("ivy", "i had £20 of drinks too")],
        "@lovelace the meal was £96 for 4 of us, how much each for the meal",
        worked("£96 between 4 of you is £24 each"),
    ),
    (
        [],
        "@lovelace there are 3 of us and we each had 2 coffees at £2.80, what's the total",
        unplaced("3"),
    ),
    (
        [],
        "@lovelace 5 nights at £85 a night split between 2",
        worked("5 × £85 is £425; 2 ways, £212.50 each"),
    ),
    (
        [],
        "@lovelace I paid £30 for the 3 of us, so how much does each of the other two owe me",
        (
            "A little operation for the Engine, Maya: £30 between 3 of you is £10 each. Agree what "
            "becomes of any remainder before you begin; that is where the quarrelling hides."
        ),
    ),
    (
        [],
        "@lovelace 90 minute film starting at 19:45, when does it finish",
        worked("19:45 + 1 hr 30 mins is 9:15pm"),
    ),
    (
        [],
        "@lovelace walked there and back, 3 miles each way, twice this week, total miles?",
        "That question has no place in any table I could draw up, Maya.",
    ),
    (
        [],
        "@lovelace bought 3 packs of 8 batteries, used 5, how many left",
        worked("3 × 8 is 24; 24 − 5 is 19 left"),
    ),
    ([], "@lovelace 20% off a £45 jacket, what do I pay", worked("£45 less 20% is £36")),
    (
        [("jo", "the boat hire was £90"), ("jo", "sorry, £96")],
        "@lovelace how much each for 4 of us",
        worked("£96 between 4 of you is £24 each"),
    ),
    (
        [("al", "my gym membership went up to £45 a month"), ("bea", "the minibus is £150")],
        "@lovelace how much each for the minibus if 6 of us go",
        worked("£150 between 6 of you is £25 each"),
    ),
    ([], "@lovelace the tickets were £12, now they're £15, 4 of us, how much in total", UNWORKED),
    (
        [],
        "@lovelace I ran 10 km on monday and 4 miles on tuesday, how many miles all together",
        worked("10 km, 6.21 miles; 4 miles, 4 miles; all in, 10.21 miles"),
    ),
    (
        [("kay", "it's 6:30 now")],
        "@lovelace how long until 8pm",
        worked("6:30 to 8pm is 1 hr 30 mins"),
    ),
    (
        [("fi", "we raised £420 at the quiz and £80 was donated")],
        "@lovelace how much did the quiz raise altogether",
        worked("£420 + £80 is £500"),
    ),
    (
        [],
        "@lovelace 7 of us and the bill is £147, how much each",
        worked("£147 between 7 of you is £21 each"),
    ),
    (
        [],
        "@lovelace the coach is £280 for the day, 35 of us going, how much each",
        worked("£280 between 35 of you is £8 each"),
    ),
    ([], "@lovelace whats the difference between £12 and £18", worked("£18 − £12 is £6")),
    ([], "@lovelace how much more is £18 than £12", worked("£18 − £12 is £6")),
    (
        [],
        "@lovelace how many more hours is 18 hours than 12 hours",
        worked("18 hours − 12 hours is 6 hours"),
    ),
    (
        [],
        "@lovelace one rabbit costs £13 a month, how much a year for 2 rabbits",
        worked("£13 a month × 2 rabbits is £312 a year"),
    ),
    (
        [],
        "@lovelace I cycled 20 km on sat and 15 km on sun, how far altogether?",
        worked("20 km + 15 km is 35 km"),
    ),
    (
        [("ken", "meeting moved to room 12")],
        "@lovelace tickets are £8.50 each and 14 of us going, total?",
        worked("14 of you at £8.50 each is £119"),
    ),
    ([], "@lovelace whats a third of £90", worked("a third of £90 is £30")),
    (
        [
            ("ruth", "the cottage is £480"),
            ("ruth", "8 of us going"),
            ("ruth", "sorry, 2 more are coming"),
        ],
        "@lovelace so how much each",
        worked("£480 between 8 is £60 each; between 10, £48 each"),
    ),
    ([], "@lovelace what's the difference between 5 km and 3 miles", UNWORKED),
    ([], "@lovelace how much more is the £45 ticket than the £30 one for 3 of us", UNWORKED),
    (
        [
            ("amy", "the villa is £1,200"),
            ("amy", "the flights were £900 but that's separate"),
            ("amy", "6 of us"),
        ],
        "@lovelace how much each",
        worked("£1,200 between 6 of you is £200 each"),
    ),
    (
        [
            ("bo", "meal came to £150"),
            ("bo", "i also put £30 in the charity pot"),
            ("bo", "5 of us"),
        ],
        "@lovelace so how much each for the meal",
        unplaced("£30"),
    ),
    (
        [("cy", "the venue was £300 but they've knocked it down to £250"), ("cy", "10 of us")],
        "@lovelace how much each",
        UNWORKED,
    ),
    (
        [("di", "pizza was £36, no actually £42")],
        "@lovelace split it 3 ways",
        worked("£42; 3 ways, £14 each"),
    ),
    (
        [("ed", "we raised £420 at the quiz and £80 was donated")],
        "@lovelace how much did the quiz raise altogether",
        worked("£420 + £80 is £500"),
    ),
]


@pytest.mark.parametrize(("before", "ask", "reply"), REPLIES)
def test_lovelace_works_the_sum_or_declines_it(before, ask, reply):
    assert say("lovelace", ask, history=[Line(a, t) for a, t in before]) == reply


# (a reply's working, the ask, the lines before it, the figure the words take out of the sum)
MISREAD = [
    (
        "£30 + £36 is £66; 4 ways, £16.50 each",
        "taxi was £30, no sorry £36, split between 4?",
        [],
        "£30",
    ),
    ("£40; 4 ways, £10 each", "split the taxi 4 ways", ["taxi was £35", "no wait, it was £40"], ""),
    (
        "£35; 4 ways, £8.75 each",
        "split the taxi 4 ways",
        ["taxi was £35", "no wait, it was £40"],
        "£35",
    ),
    (
        "£400 + £360 is £760; £760 ÷ 6 is about £126.67 each",
        "how much each for the cabin with 6 of us",
        ["my car repair was £400 ugh", "the cabin is £360 for the weekend"],
        "£400",
    ),
    (
        "£60 + £25 is £85; £85 ÷ 5 is £17 each",
        "how much each for the hall and cake, 5 of us",
        ["the hall is £60", "the cake was £25"],
        "",
    ),
    (
        "£60 ÷ 5 is £12 each",
        "split the hall between 5 of us?",
        ["the hall was £60, now it's £75"],
        "£60",
    ),
    (
        "£75 ÷ 5 is £15 each",
        "split the hall between 5 of us?",
        ["the hall was £60, now it's £75"],
        "",
    ),
    ("£75 − £60 is £15", "how much more is it now", ["the hall was £60, now it's £75"], ""),
    (
        "£480 between 2 of you is £240 each",
        "so how much each",
        ["the cottage is £480", "8 of us going", "sorry, 2 more are coming"],
        "2 more are coming",
    ),
    (
        "3 adults × £16 is £48; 4 kids × £9 is £36; £84 in all (the £5 is paid apart)",
        "whats the total for the tickets",
        ["tickets are £16 adults and £9 kids", "parking's £5 but dev's sorting that himself"],
        "",
    ),
    (
        "£34.02 ÷ 6 is £5.67",
        "how much per mug then",
        ["the 6 mugs came to £34.02", "was £40 last year"],
        "",
    ),
    (
        "£200 between 4 of you is £50 each",
        "we're half way through the £200 budget, 4 of us, how much has each spent?",
        [],
        "half",
    ),
    (
        "half of £200 is £100; between 4 of you, £25 each",
        "we're half way through the £200 budget, 4 of us, how much has each spent?",
        [],
        "",
    ),
]


@pytest.mark.parametrize(("working", "ask", "before", "figure"), MISREAD)
def test_a_figure_the_words_take_out_of_the_sum(working, ask, before, figure):
    assert misread(working, ask, before) == figure


# (a line as said, the same line as read)
PUT_RIGHT = [
    ("taxi was £30, no sorry £36, split between 4?", "taxi was £36, split between 4?"),
    ("taxi was £30 sorry i mean £36", "taxi was £36"),
    ("it was 3 hours, no wait 4 hours", "it was 4 hours"),
    ("it was 3 hours, sorry 4, how long", "it was 4 hours, how long"),
    ("8 of us, sorry, 2 more are coming", "8 of us, sorry, 2 more are coming"),
    ("cost £30, sorry 3 of us", "cost £30, sorry 3 of us"),
    ("the bill was 120, sorry £120", "the bill was 120, sorry £120"),
]


@pytest.mark.parametrize(("said", "read"), PUT_RIGHT)
def test_a_figure_put_right_at_once_is_read_as_put_right(said, read):
    assert put_right(said) == read


# (the ask, the working, or None)
APART = [
    ("whats the difference between £12 and £18", "£18 − £12 is £6"),
    ("how much more is £18 than £12", "£18 − £12 is £6"),
    ("how many hours longer is an 18h shift than a 12h one", "18h − 12h is 6 hours"),
    ("what's the difference between £12.50 and £9.99", "£12.50 − £9.99 is £2.51"),
    ("what's half of £37", "half of £37 is £18.50"),
    ("whats a third of £90", "a third of £90 is £30"),
    ("what's three quarters of 2 hours", "three quarters of 2 hours is 1.5 hours"),
    ("whats the difference between 5 km and 3 miles", None),
    ("how much more is £18 than £12 each", None),
    ("we've collected £45 and need £60, how much more?", None),
    ("how many more people, 12 or 18", None),
    ("what's half of 7 kids", None),
]


@pytest.mark.parametrize(("ask", "working"), APART)
def test_a_difference_or_a_part_of_like_figures(ask, working):
    found = difference_of(ask) or part_of(ask)
    assert (found.working if found else None) == working


def test_a_difference_asked_is_never_a_sum_added():
    assert unsubtracted("£12 + £18 is £30", "whats the difference between £12 and £18") == (
        "the difference"
    )
    assert unsubtracted("£800 + £150 is £950; £550 to go", "how much more do we need") == ""
