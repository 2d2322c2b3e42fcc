"""Sums of money spread over chat messages (session 29, summoney34), by class: a head count
put right by a later line ("3 didnt show so 7 of us", then "wait no only 2 missing"; "14 of us",
then "actually 2 dropped out": taken off, never put in place of the 14); a share paid back up to
a cap ("60% up to £300 max"); percentages one after another ("30% off", then "an extra 10%
off"), a raise on a salary, a tip asked with the bill; a price less what is put down, over so
many months ("0% deal" changes nothing). Look-alikes with two readings get no answer."""

from __future__ import annotations

import pytest

from bots.solve import settle_up, solve
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say

# (the ask, the lines before it oldest first, the working said)
SUMS = [
    # a head count put right by a later line
    (
        "whats it each for those who came",
        [
            "pitch is £70 for the hour",
            "3 didnt show tonight so 7 of us",
            "wait no dan turned up late so only 2 missing",
        ],
        "£70 between 8 of you is £8.75 each",
    ),
    (
        "how much pp",
        ["4 didnt turn up so 11 of us", "table was 198", "actually only 3 missing, kev came"],
        "£198 between 12 of you is £16.50 each",
    ),
    (
        "so whats it each",
        ["hall is £120", "10 of us booked", "3 cant make it", "sorry only 2 cant make it"],
        "10 − 2 is 8 of you; £120 between 8 of you is £15 each",
    ),
    (
        "how much each now",
        ["taxi was £45", "5 of us", "oh actually 1 pulled out"],
        "5 − 1 is 4 of you; £45 between 4 of you is £11.25 each",
    ),
    (
        "so how much each",
        ["minibus hire came to £360", "16 of us going", "actually 4 dropped out"],
        "16 − 4 is 12 of you; £360 between 12 of you is £30 each",
    ),
    (
        "so how much each",
        ["gift list item is £340", "14 of us chipping in", "actually 2 dropped out"],
        "14 − 2 is 12 of you; £340 between 12 of you is £28.33 each",
    ),
    (
        "whats it each",
        ["court hire was 36", "2 didnt show so 4 of us"],
        "£36 between 4 of you is £9 each",
    ),
    (
        "whats it each",
        ["court hire was 36", "6 of us", "wait no 4"],
        "£36 between 4 of you is £9 each",
    ),
    # a share paid back up to a cap
    (
        "how much do i get back",
        ["work reimburses 60% up to £300 max", "desk was £420"],
        "60% of £420 is £252, under the £300 cap",
    ),
    (
        "how much do i get back",
        ["glasses were £180", "insurance covers 75% up to £100"],
        "75% of £180 is £135, over the £100 cap, so £100",
    ),
    (
        "how much can i claim",
        ["uniform cost 64.50", "school pays 50%, capped at £40"],
        "50% of £64.50 is £32.25, under the £40 cap",
    ),
    (
        "how much do i get back",
        ["laptop was £900", "they refund 50% to a max of £300"],
        "50% of £900 is £450, over the £300 cap, so £300",
    ),
    # percentages one after another
    (
        "what am i actually paying",
        [
            "coat was £145 now 30% off",
            "and ive got an extra 10% off code that goes on the sale price",
        ],
        "£145 less 30% is £101.50; less 10% and it is £91.35",
    ),
    (
        "what am i paying",
        ["trainers were 120", "15% off then another 10% off at the till"],
        "£120 less 15% is £102; less 10% and it is £91.80",
    ),
    (
        "whats that in total",
        ["sofa £899", "20% off this weekend", "plus another 5% off with the code"],
        "£899 less 20% is £719.20; less 5% and it is £683.24",
    ),
    (
        "what do i pay then",
        ["jacket £60", "sale is 25% off", "student discount 10% off on top of that"],
        "£60 less 25% is £45; less 10% and it is £40.50",
    ),
    # a raise on a salary; a tip asked with the bill
    (
        "whats my new salary",
        ["just got told im getting 4.5% 🎉", "salary's 28,500 atm"],
        "£28,500 plus 4.5% is £29,782.50",
    ),
    ("whats my new salary", ["salary 31k", "getting a 2.5% raise"], "£31,000 plus 2.5% is £31,775"),
    (
        "whats my new salary",
        ["salary's £42,000", "pay rise of 3% from april"],
        "£42,000 plus 3% is £43,260",
    ),
    (
        "whats the total w tip then",
        ["bill's here 😬 184 quid", "service isnt included, shall we do 12.5%?"],
        "£184 plus 12.5% is £207",
    ),
    (
        "whats the total with the tip",
        ["bill came to £96", "10% tip?"],
        "£96 plus 10% is £105.60",
    ),
    # a price less what is put down, over so many months
    (
        "whats the monthly",
        ["car is £9,600", "putting down £1,800", "rest over 36 months, 0% deal"],
        "£9,600 − £1,800 is £7,800; £7,800 ÷ 36 months is £216.67 a month",
    ),
    (
        "whats the monthly",
        ["bike is £1,500", "paying £300 upfront", "rest spread over 24 months, 0% finance"],
        "£1,500 − £300 is £1,200; £1,200 ÷ 24 months is £50 a month",
    ),
    (
        "how much a month",
        ["sofa is £1,200", "putting down 300", "rest over 12 months"],
        "£1,200 − £300 is £900; £900 ÷ 12 months is £75 a month",
    ),
]

# A follow-up of a sum asked just before, that adds to it or puts its figures right.
FOLLOW_UPS = [
    (
        "ok and if 2 more come and we add another £18 pizza?",
        ["pizza came to £72, 6 of us", "so thats what each?"],
        "£72 + £18 is £90; 6 + 2 is 8 of you; £90 between 8 of you is £11.25 each",
    ),
    (
        "what if 1 more joins and we get another £30 of wine",
        ["dinner came to 150, 5 of us", "how much each"],
        "£150 + £30 is £180; 5 + 1 is 6 of you; £180 between 6 of you is £30 each",
    ),
    (
        "and if 1 more comes too",
        ["petrol was £48, 4 of us", "so each?"],
        "4 + 1 is 5 of you; £48 between 5 of you is £9.60 each",
    ),
    (
        "jen's coming too and he says £60 for 5",
        ["taxi quote is £54 for 4 of us", "so each?"],
        "£60 between 5 of you is £12 each",
    ),
    (
        "ok now its £900 for 10",
        ["cottage is £800 for 8 of us", "whats that pp"],
        "£900 between 10 of you is £90 each",
    ),
    (
        "ok but nan's giving me £300 towards it",
        ["want £1,500 by christmas, 10 months to go", "how much a month?"],
        "£1,500 − £300 is £1,200; £1,200 ÷ 10 months is £120 a month",
    ),
    (
        "ok but mum's putting £600 towards it",
        ["need £2,400 for the trip, 12 months to save", "how much a month"],
        "£2,400 − £600 is £1,800; £1,800 ÷ 12 months is £150 a month",
    ),
]

# Things bought whole, rounded up: bags of a volume, tiles of an area, posts of a fence run.
WHOLE = [
    (
        "how many bags",
        ["new raised bed is 2.4m by 1.2m", "want 15cm of compost in it", "bags are 50 litres"],
        "2.4m by 1.2m (2.88 m²) × 15cm ÷ 50 litres is 8.64 bags, so 9 bags (rounding up)",
    ),
    (
        "how many bags of sand",
        ["sandpit is 1.5m by 1.5m, 10cm deep", "bags are 25 litres"],
        "1.5m by 1.5m (2.25 m²) × 10cm ÷ 25 litres is 9 bags",
    ),
    (
        "how many litres of compost",
        ["planter is 1.2m x 0.4m", "30cm deep"],
        "1.2m x 0.4m (0.48 m²) × 30cm is 144 litres",
    ),
    (
        "how many tiles do i buy",
        [
            "floor is 2.2m x 1.8m",
            "tiles are 30x30cm",
            "just do it by area and add 10% for breakages",
        ],
        "2.2m x 1.8m (3.96 m²) ÷ 30x30cm (0.09 m²) is 44 tiles; add 10% and it is 48.4 tiles, "
        "so 49 tiles (rounding up)",
    ),
    (
        "how many posts do i need",
        ["fence run is 14.4m", "panels are 1.8m wide", "post at each end and between every panel"],
        "14.4m ÷ 1.8m is 8 panels; and a straight run takes one post more than panels, 9 posts",
    ),
    (
        "how many posts",
        ["fence is 15m long", "panels are 1.8m wide"],
        "15m ÷ 1.8m is 8.33 panels, so 9 panels (rounding up); and a straight run takes one post "
        "more than panels, 10 posts",
    ),
    (
        "how many posts will i need",
        ["new fence along the back, 12m", "the panels are 2m"],
        "12m ÷ 2m is 6 panels; and a straight run takes one post more than panels, 7 posts",
    ),
]

# Pay and savings: a rate by the hours, power by the hours by the price of a kWh, weeks to
# save up, a salary with no time said taken as a year's.
PAY = [
    (
        "whats that costing a week",
        ["heater is 2kW", "on about 4 hrs a day every day", "we pay 24.5p per kWh"],
        "2kw × 4 hrs a day × 24.5p per kwh is £13.72 a week",
    ),
    (
        "how much a day is that",
        ["tumble dryer is 2.5kw", "runs 2 hours a day", "electric is 28p a kwh"],
        "2.5kw × 2 hours a day × 28p a kwh is £1.40 a day",
    ),
    (
        "whats it cost a week",
        ["the hot tub pump is 3kw", "we pay 30p per kwh", "it runs 5 hrs a day"],
        "3kw × 30p per kwh × 5 hrs a day is £31.50 a week",
    ),
    ("whats my gross", ["rate is 12.40 an hr", "did 20 hrs"], "£12.40 an hr × 20 hrs is £248"),
    (
        "how much is that a week",
        ["i get 11.44 an hour", "doing 30 hours a week"],
        "£11.44 an hour × 30 hours a week is £343.20 a week",
    ),
    (
        "what will i earn",
        ["doing 16 hours", "pay is 10.50 an hour"],
        "16 hours × £10.50 an hour is £168",
    ),
    (
        "how many weeks till i can get it",
        ["i get 7.50 a week pocket money", "console is 249", "ive got 84 saved"],
        "£249 − £84 is £165; £165 ÷ £7.50 a week is 22 weeks",
    ),
    (
        "how many weeks till i can afford it",
        ["bike is £320", "got £80 saved", "putting away £15 a week"],
        "£320 − £80 is £240; £240 ÷ £15 a week is 16 weeks",
    ),
    (
        "how many months till i can buy it",
        ["saving 40 a month", "the camera is 600", "got 120 already"],
        "£600 − £120 is £480; £480 ÷ £40 a month is 12 months",
    ),
    (
        "how many weeks to pay it off",
        ["owe my brother £450", "paying him back £25 a week"],
        "£450 ÷ £25 a week is 18 weeks",
    ),
    (
        "how much is going in a year total",
        ["i put in 5%, work puts in 3%", "salary 32k"],
        "5% + 3% of 32k a year is £2,560 a year",
    ),
    (
        "how much is going in each month in total",
        ["salary is £36,000", "i pay 4% and they pay 6%"],
        "4% + 6% of £36,000 a year is £300 each month",
    ),
    ("how much a month is that", ["on 24k", "pension is 5%"], "5% of 24k a year is £100 a month"),
]

# A bill of priced kinds: each count by its price, then what is taken off or shared.
BILLS = [
    (
        "whats the total",
        ["adult 12.50, kids 8.75", "2 adults 3 kids", "we've got a 20% off voucher"],
        "2 × £12.50 + 3 × £8.75 is £51.25; less 20% and it is £41",
    ),
    ("whats the total", ["adults £9, kids £6", "3 adults and 4 kids"], "3 × £9 + 4 × £6 is £51"),
    (
        "how much is that",
        ["pints are 5.40 and wine is 6.20", "4 pints, 2 wines"],
        "4 × £5.40 + 2 × £6.20 is £34",
    ),
    (
        "whats the total",
        ["4 pints at 5.40 and 2 cokes at 2.90"],
        "4 × £5.40 + 2 × £2.90 is £27.40",
    ),
    (
        "whats that each",
        ["adult 12.50, kids 8.75", "2 adults 3 kids", "split between 5 of us"],
        "2 × £12.50 + 3 × £8.75 (£51.25) between 5 of you is £10.25 each",
    ),
    ("how much is it", ["3 rooms at £80", "2 nights"], "£80 × 3 rooms × 2 nights is £480"),
    (
        "whats the total",
        ["3 rooms at £80 a night", "2 nights"],
        "£80 a night × 2 nights × 3 rooms is £480",
    ),
]

LOOK_ALIKES = [
    # paid back asked of a share with a cap: what is paid is another sum
    ("how much do i pay", ["desk was £420", "work reimburses 60% up to £300 max"]),
    ("how much do i get back", ["they refund 50% to a max of £300"]),
    ("how much each", ["budget is up to £300", "6 of us"]),
    # a percentage of no direction, asked as a new figure or a total: which way is unsaid
    ("whats my new salary", ["salary 31k", "promotion means a 2.5%"]),
    ("whats the total", ["meal was £120", "leave 10% tip"]),
    ("whats the total", ["bill came to 184", "shall we do 12.5%?"]),
    # two shares of one sum, one person's asked
    ("how much do i put in", ["i put in 5%, work puts in 3%", "salary 32k"]),
    # a count not there with no count to take it from, and two head counts
    ("how much each", ["pizza was £40", "2 missing"]),
    ("how much each", ["hall is £120", "10 of us booked", "12 of us now"]),
    # a follow-up with no figure, or one that changes nothing asked
    ("and if dave comes too?", ["petrol was £48, 4 of us", "so each?"]),
    ("ok what about 20", ["petrol was £48, 4 of us", "so each?"]),
    ("is 6 too many?", ["dinner was £120, 4 of us", "how much each"]),
    ("ok thanks 👍 see you at 8", ["petrol was £48, 4 of us", "so each?"]),
    ("right, 2 of us are driving", ["petrol was £48, 4 of us", "so each?"]),
    ("ok and the 3 kids go free", ["cinema is £60 for 6 of us", "whats that each"]),
    # a price with pence is no time of day
    ("how much each", ["6 certs at £12.50 plus the fee of €40 (about £34)", "4 of us"]),
    ("how many posts", ["fence is 15m long"]),
    # a rate of pay with hours asked; a time of day said with a dot; a lone power
    ("how many hours is that", ["did 16 hours", "pay is 10.50 an hour"]),
    ("whats the total", ["the train leaves at 17.48", "3 of us"]),
    ("how much an hour", ["oven is 2kw"]),
    ("how much a month", ["salary 30k"]),
    ("how long till i can get it", ["console is 249", "ive got 84 saved"]),
    # a kind with no price, or a count of things read in no way
    ("whats the total", ["adult 12.50", "2 adults 3 kids"]),
    ("how much is it", ["3 rooms booked, £80", "2 nights"]),
]


@pytest.mark.parametrize(("ask", "before", "working"), SUMS)
def test_a_money_sum_of_its_class_is_worked(ask, before, working):
    assert solve(ask, before[::-1]) == working


@pytest.mark.parametrize(("ask", "before", "working"), FOLLOW_UPS)
def test_a_follow_up_adds_to_the_sum_or_puts_its_figures_right(ask, before, working):
    assert solve(ask, before[::-1]) == working


@pytest.mark.parametrize(("ask", "before", "working"), WHOLE)
def test_things_bought_whole_are_counted_and_rounded_up(ask, before, working):
    assert solve(ask, before[::-1]) == working


@pytest.mark.parametrize(("ask", "before", "working"), PAY)
def test_pay_power_and_savings_are_worked(ask, before, working):
    assert solve(ask, before[::-1]) == working


@pytest.mark.parametrize(("ask", "before", "working"), BILLS)
def test_a_bill_of_priced_kinds_is_worked(ask, before, working):
    assert solve(ask, before[::-1]) == working


@pytest.mark.parametrize(("ask", "before"), LOOK_ALIKES)
def test_no_sum_is_made_of_a_look_alike_or_two_readings(ask, before):
    assert solve(ask, before[::-1]) == ""


def _asked(slug: str, ask: str, before: list[tuple[str, str]]) -> str:
    history = tuple(Line(author, text) for author, text in before)
    return say(slug, f"@{slug} {ask}", author="dee", history=history)


def test_the_mathematician_takes_off_the_ones_who_dropped_out_in_her_voice():
    before = [
        ("ruth", "gift list item is £340"),
        ("ruth", "14 of us chipping in"),
        ("ruth", "actually 2 dropped out"),
    ]
    reply = _asked("lovelace", "so how much each", before)
    assert reply.endswith("Dee: 14 − 2 is 12 of you; £340 between 12 of you is £28.33 each.")
    assert "between 2 of you" not in reply


def test_the_mathematician_keeps_to_the_cap_in_her_voice():
    before = [("nadia", "work reimburses 60% up to £300 max"), ("nadia", "desk was £420")]
    reply = _asked("lovelace", "how much do i get back", before)
    assert reply.endswith("Dee: 60% of £420 is £252, under the £300 cap.")


@pytest.mark.parametrize(
    ("slug", "ask", "before", "working"),
    [
        (
            "einstein",
            "so how much each",
            [
                ("ruth", "gift list item is £340"),
                ("ruth", "14 of us chipping in"),
                ("ruth", "actually 2 dropped out"),
            ],
            "14 − 2 is 12 of you; £340 between 12 of you is £28.33 each.",
        ),
        (
            "curie",
            "whats my new salary",
            [("sue", "just got told im getting 4.5% 🎉"), ("sue", "salary's 28,500 atm")],
            "£28,500 plus 4.5% is £29,782.50.",
        ),
        (
            "einstein",
            "what am i actually paying",
            [("emz", "coat was £145 now 30% off"), ("emz", "and an extra 10% off at the till")],
            "£145 less 30% is £101.50; less 10% and it is £91.35.",
        ),
    ],
)
def test_a_scientist_asked_a_money_sum_works_it(slug, ask, before, working):
    reply = _asked(slug, ask, before)
    assert reply.endswith(working)


# Who pays whom after an even split: (the ask, (author, line) oldest first, the working).
SETTLED = [
    (
        "who owes who what",
        [
            ("raj", "ok so i paid the hotel £270"),
            ("mo", "i got dinner, 96"),
            ("liz", "i paid nothing yet lol sorry"),
            ("raj", "3 of us split evenly"),
        ],
        "£270 + £96 is £366; between 3 of you that is £122 each, so Liz pays Raj £122 and Mo "
        "pays Raj £26",
    ),
    (
        "how do we settle up",
        [
            ("amy", "i did the airbnb, £600"),
            ("ben", "i paid for fuel 80"),
            ("cat", "i got the food £120"),
            ("dan", "i havent paid anything"),
            ("amy", "4 of us, split it evenly"),
        ],
        "£600 + £80 + £120 is £800; between 4 of you that is £200 each, so Dan pays Amy £200 and "
        "Ben pays Amy £120 and Cat pays Amy £80",
    ),
    (
        "who owes who",
        [("sam", "i paid £50 for the taxi"), ("jo", "i paid £30 for drinks"), ("jo", "2 of us")],
        "£50 + £30 is £80; between 2 of you that is £40 each, so Jo pays Sam £10",
    ),
]

UNSETTLED = [
    # paid by another's name; a count not all of whom said what they paid; two sums of one
    ("who owes who", [("sam", "raj paid 270"), ("mo", "i got dinner, 96"), ("sam", "2 of us")]),
    (
        "who owes who",
        [("sam", "i paid £50 for the taxi"), ("jo", "i paid £30 for drinks"), ("jo", "3 of us")],
    ),
    (
        "who owes who",
        [
            ("sam", "i paid £50 for the taxi"),
            ("sam", "and £20 for snacks"),
            ("jo", "i paid £30"),
            ("jo", "2 of us"),
        ],
    ),
    ("who won the quiz", [("sam", "i paid £50 for the taxi"), ("jo", "2 of us")]),
]


@pytest.mark.parametrize(("ask", "before", "working"), SETTLED)
def test_who_pays_whom_after_an_even_split(ask, before, working):
    lines = before[::-1]
    assert settle_up(ask, [t for _, t in lines], [a for a, _ in lines]) == working


@pytest.mark.parametrize(("ask", "before"), UNSETTLED)
def test_no_settling_when_a_payment_is_unsure(ask, before):
    lines = before[::-1]
    assert settle_up(ask, [t for _, t in lines], [a for a, _ in lines]) == ""


def test_the_mathematician_settles_up_in_her_voice():
    reply = _asked("lovelace", "who owes who what", SETTLED[0][1])
    assert reply.endswith("Liz pays Raj £122 and Mo pays Raj £26.")
