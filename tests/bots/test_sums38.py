"""Sums read by the role of each figure (sums38, `bots.roles`): a price of one, a count, a size,
an amount, a rate per one, money split, money off, money paid or put by, a part of a total, a
percentage off, on or of a total, a head count, periods, money a period, a rate of exchange.
Worked when every figure has a role and the ask is of a known kind; else left to others or
declined. And a share asked as evenly as possible is said so (`bots.asks`)."""

from __future__ import annotations

import pytest

from bots.placed import PERCENT_ASKED
from bots.reckon import PUT_TOWARDS
from bots.roles import worked
from bots.wordsum import word_sum
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say

# (the lines, oldest first, the ask last; the working; the result)
ROLED = [
    # counts times prices, money split between people named
    (
        [
            "the hire is £3.20 a chair and we need 40 chairs, plus £30 delivery split between "
            "me and priya. what do we pay?"
        ],
        "40 × £3.20 is £128; £30 split 2 ways is £15; £128 + £15 is £143",
        "£143",
    ),
    (
        ["6 tickets at £8.50 each plus £4 booking fee, what's the total"],
        "6 × £8.50 is £51; £51 + £4 is £55",
        "£55",
    ),
    (
        [
            "ordered 2 curries at £9.50 each and 3 naans at £2.20",
            "should be here in 40 mins",
            "how much each for the 3 of us",
        ],
        "2 × £9.50 is £19; 3 × £2.20 is £6.60; £19 + £6.60 is £25.60; "
        "£25.60 ÷ 3 is about £8.53 each",
        "about £8.53 each",
    ),
    # how many whole ones from an amount, and what they make
    (
        [
            "5 kg of flour and the bags hold 1.5 kg each, how many full bags and what do we make "
            "at £2 a bag"
        ],
        "5 kg ÷ 1.5 kg is 3.33, so 3 full bags (0.5 kg over); 3 × £2 is £6",
        "3 full bags, £6",
    ),
    (
        ["we made 75 litres of cider, bottles take 2 litres each, how many full bottles"],
        "75 litres ÷ 2 litres is 37.5, so 37 full bottles (1 litre over)",
        "37 full bottles",
    ),
    (
        ["we've got 900 g of fudge", "the bags take 125 g each", "how many full bags is that"],
        "900 g ÷ 125 g is 7.2, so 7 full bags (25 g over)",
        "7 full bags",
    ),
    # enough of them to hold it all: rounded up
    (
        ["we need 11 litres of paint and the tins hold 2.5 litres each, how many tins do we need"],
        "11 litres ÷ 2.5 litres is 4.4, so 5 tins to have enough",
        "5 tins",
    ),
    (
        ["honey: 608 oz, jars take 12 oz each, how many jars can we fill"],
        "608 oz ÷ 12 oz is 50.67, so 50 full jars (8 oz over)",
        "50 full jars",
    ),
    # money sent back comes off what was spent
    (
        [
            "my online order was £146.80",
            "sent back the dress that was £38.50 and a £12 top",
            "so what did i actually spend",
        ],
        "£146.80 less the £38.50 is £108.30; £108.30 less the £12 is £96.30",
        "£96.30",
    ),
    (
        ["sofa is £300, i've paid £50 deposit, and delivery is £40, how much left to pay"],
        "£300 + £40 is £340; £340 less the £50 paid is £290 left to pay",
        "£290",
    ),
    # a count times a rate of a whole and a fraction
    (
        ["18 verses at 4 and 1/2 lines a verse, how many lines"],
        "18 × 4 and 1/2 is 81 lines",
        "81",
    ),
    (
        ["40 pages at 2 and 3/4 pictures a page how many pictures"],
        "40 × 2 and 3/4 is 110 pictures",
        "110",
    ),
    (
        ["32 laps at 1 and 1/2 minutes a lap how many minutes"],
        "32 × 1 and 1/2 is 48 minutes",
        "48",
    ),
    # a percentage of takings over a price each
    (
        ["we made £96.40 at the fair and 30% was tickets at £1.20 each, about how many tickets"],
        "30% of £96.40 is £28.92; £28.92 ÷ £1.20 is 24.1, about 24",
        "about 24 tickets",
    ),
    (
        ["bar took £1,250 and 60% was pints at £4.80 each", "roughly how many pints"],
        "60% of £1,250 is £750; £750 ÷ £4.80 is 156.25, about 156",
        "about 156 pints",
    ),
    (
        ["the stall took £540 and 25% was cakes at £2.50 each, roughly how many cakes did we sell"],
        "25% of £540 is £135; £135 ÷ £2.50 is 54",
        "54 cakes",
    ),
    # money off comes off, after a percentage off
    (
        ["coat is £80 with 20% off and i have a £5 gift card, what do i pay"],
        "20% off £80 is £16 off, so £64; £64 less the £5 is £59",
        "£59",
    ),
    (
        [
            "groceries came to £54.20",
            "used £4.50 of points and a £10 voucher",
            "how much did i pay",
        ],
        "£54.20 less the £4.50 is £49.70; £49.70 less the £10 is £39.70",
        "£39.70",
    ),
    (
        ["lamp £45 but 15% off, and i've got a £5 coupon, what will i pay"],
        "15% off £45 is £6.75 off, so £38.25; £38.25 less the £5 is £33.25",
        "£33.25",
    ),
    # a deposit included in a total is part of it, never taken off the share
    (
        [
            "dinner came to £150 for the 5 of us including the £25 deposit",
            "i put the deposit down",
            "how much each and how much more do i put in",
        ],
        "£150 ÷ 5 is £30 each; the £25 is part of the £150, so whoever paid it puts in "
        "£30 − £25, £5 more",
        "£30 each; £5 more from whoever paid the £25",
    ),
    (
        ["the cottage was £600 for 4 of us, that includes the £100 deposit", "whats each share"],
        "£600 ÷ 4 is £150 each",
        "£150 each",
    ),
    # what is still needed, a period: the per-period figure, not the total
    (
        [
            "the car costs £3,000",
            "i've saved £1,200",
            "if i want it in 9 months what's that a month",
        ],
        "£3,000 less £1,200 is £1,800; £1,800 ÷ 9 is £200 a month",
        "£200 a month",
    ),
    (
        ["wedding fund needs £4,500, we've put away £900, 12 more paydays, how much per payday"],
        "£4,500 less £900 is £3,600; £3,600 ÷ 12 is £300 a payday",
        "£300 a payday",
    ),
    (
        ["course fees are £780 each, already paid £180, 10 months to go, whats that monthly"],
        "£780 less £180 is £600; £600 ÷ 10 is £60 a month",
        "£60 a month",
    ),
    # weeks to save up: whole weeks, rounded up
    (
        ["bike is £450, i can save £40 a week, how many weeks"],
        "£450 ÷ £40 is 11.25, so 12 weeks (after 11 only £440 is put by)",
        "12 weeks",
    ),
    (
        ["need £200 for the trip and i put by £15 a week, how many weeks till i have it"],
        "£200 ÷ £15 is 13.33, so 14 weeks (after 13 only £195 is put by)",
        "14 weeks",
    ),
    (
        ["console is £480, got £120 already, saving £30 a week, how many weeks"],
        "£480 less £120 is £360; £360 ÷ £30 is 12",
        "12 weeks",
    ),
    # a fee taken off first is money, then the rate of exchange
    (
        [
            "exchange is 1.14 euros to the pound",
            "they charge a £5 fee off first",
            "how many euros for £305",
        ],
        "£305 less the £5 is £300; £300 × 1.14 is €342",
        "€342",
    ),
    (
        [
            "$1.30 to the pound and a £2 commission taken off first, how many dollars do i get for "
            "£102"
        ],
        "£102 less the £2 is £100; £100 × 1.3 is $130",
        "$130",
    ),
]


@pytest.mark.parametrize(("lines", "working", "number"), ROLED)
def test_every_figure_read_by_its_role_is_worked(lines, working, number):
    found = worked(lines)
    assert found is not None
    assert (found.working, found.number) == (working, number)


# Look-alikes: a figure with no role, a role that does not fit the ask, or a sum of one step.
DECLINED = [
    ["£4.50 a piece and 7 pots, plus £12 for the kit and 3 for the bags, what do i owe"],
    ["608 oz of honey, jars take 12 oz each, how many full jars and what do we make"],
    ["96 bars at 2 and 2/3 strums a bar plus 4 more bars, how many strums"],
    ["we took £287.40 and 40% was books, roughly how many books"],
    ["we took £287.40 and 40% was books at £1.50 each, how many books"],
    ["trainers are £120, 25% off, would a £10 voucher be better"],
    ["bike £450 and i save £40 a week, and my mum gives £50, how many weeks"],
    ["rate is $1.25 to the pound, hand over £203, £3 fee, how many dollars"],
    ["pizzas are 3 for £20 and we need 7, how much each for the 4 of us"],
    # in the bill, or on top of it? unsaid
    ["bill is £80 and we had 2 bottles of wine at £18 each, how much each for the 4 of us"],
    ["total was £184 for the 4 of us including the £40 deposit, whats the total"],
    ["£2,400 for the deposit, ive saved £600, whats that per month"],
    ["trainers £120 and 25% off and a £10 voucher, how much each"],
    # a cap, a choice, one person's part, two currencies, things of another kind
    ["work reimburses 60% up to £300 max", "desk was £420", "how much do i get back"],
    ["if its 8 of us how much each for the £420 one and the £560 one"],
    ["dinner was £150 for 5 of us, but jo pays £10 and the rest of us split it, how much each"],
    ["6 certs at £12.50 plus a search fee of €40 (about £34), how much each for 4 of us"],
    ["tickets are £28.50 each plus a £2.75 booking fee per ticket, we need 4 bags, total?"],
    ["gig tickets are £35 each plus a £4 service fee per ticket, 3 of us, how much each"],
    # full ones, or enough for it all? a pot, a price each of what, a number in words
    ["we have 11 litres of paint and the tins hold 2.5 litres each, how many tins"],
    ["i had £50 and spent £12 on lunch and £8 on a book, how much do i have left"],
    ["i'm buying 4 tyres at £85 each plus £15 fitting each, total?"],
    ["bought 3 shirts at £20 each, returned one, plus £4 postage, how much did i spend"],
    ["meal £184 for the 4 of us and the £40 deposit, whats each share"],
    # a price a head and of what else, money of nothing named, money coming in, a threshold,
    # someone left out, a budget, a working said with no ask
    ["if it's 14 people at £85 per iftar and we do 30 iftars, what's the total and per person"],
    ["8 of us, £420 and £560, how much each"],
    [
        "coach quote is £1,380 and the centre is £189 a head. pupil premium covers 14 kids",
        "what's the cost per paying child if we split the coach across everyone",
    ],
    ["bags of sand are £3 a bag and we need 7 sacks, plus £20 delivery, total?"],
    ["if we sell 60 cookies at £1 and 40 brownies at £2, and ingredients cost us £45, total?"],
    ["20 pizzas at £11 and 3 cakes at £18, 10% off if we spend over £200, whats the total"],
    ["split £250 between 6 of us (not jess), how much each"],
    ["the budget is £200 and we've spent £120, can we afford 3 banners at £25?"],
    ["£50 less the £20 paid is £30"],
    # a date, a clock time, a choice: others' sums
    ["party on 17 may, 20 kids at £8 a head plus £30 cake, total?"],
    ["train at 10:42 is £63 and the 11:15 is £48 or the bus at £12, whats cheaper"],
]


@pytest.mark.parametrize("lines", DECLINED)
def test_a_figure_with_no_role_read_leaves_the_sum_unworked_here(lines):
    assert worked(lines) is None


# (persona, lines before, ask, the reply said)
ROOMS = [
    (
        "curie",
        ["coat is £80 and theres 20% off", "and i have a £5 gift card"],
        "@curie what would i pay with both",
        "The figures first, then the conclusions, Sam: 20% off £80 is £16 off, so £64; £64 less "
        "the £5 is £59.",
    ),
    (
        "lovelace",
        [
            "dinner came to £150 for the 5 of us, thats including the £25 deposit",
            "i put the deposit down when i booked",
        ],
        "@lovelace how much each and how much more do i need to put in",
        "A sum the Engine would take in one turn of its handle, Sam: £150 ÷ 5 is £30 each; the "
        "£25 is part of the £150, so whoever paid it puts in £30 − £25, £5 more.",
    ),
    (
        "einstein",
        ["the car is £3,000", "i've saved £1,200 of it"],
        "@einstein if i want it in 9 months whats that a month",
        "Adding up is the one calculation nobody argues about, Sam: £3,000 less £1,200 is "
        "£1,800; £1,800 ÷ 9 is £200 a month.",
    ),
    (
        "darwin",
        ["bike is £450", "i can save £40 a week"],
        "@darwin how many weeks til i can buy it",
        "I was never much of a mathematician, Sam, but I kept my accounts all my life: £450 ÷ "
        "£40 is 11.25, so 12 weeks (after 11 only £440 is put by).",
    ),
    (
        "lovelace",
        [],
        "@lovelace the hire is £3.20 a chair and we need 40 chairs, plus £30 delivery split "
        "between me and priya. what do we pay?",
        "A sum the Engine would take in one turn of its handle, Sam: 40 × £3.20 is £128; £30 "
        "split 2 ways is £15; £128 + £15 is £143.",
    ),
    # a reply of another reader that comes to the same result keeps its own words
    (
        "socrates",
        ["£68 for the curry, no service included"],
        "@socrates if we add a 12.5% tip whats the total and how much each if we split it 3 ways",
        "Let us reckon it together, Sam: 12.5% of £68 is £8.50, so £76.50; among 3 of you, "
        "£25.50 each. What follows from it is another question.",
    ),
    # in the bill or on top: declined, never guessed
    (
        "lovelace",
        ["bill is £80 and we had 2 bottles of wine at £18 each"],
        "@lovelace how much each for the 4 of us",
        "I have all your figures, Sam, but I cannot see for certain how they go together, and a "
        "wrong figure is worse than none; this one I leave unworked.",
    ),
]


@pytest.mark.parametrize(("slug", "before", "ask", "reply"), ROOMS)
def test_a_sum_read_by_roles_is_said_in_the_personas_words(slug, before, ask, reply):
    history = tuple(Line("jo", text) for text in before)
    assert say(slug, ask, author="sam", history=history) == reply


EVENLY = [
    (
        ["27 kids at cubs tonight"],
        "@lovelace if we split them into 4 teams as evenly as possible how many in each",
        "27 kids among 4 teams is 6 each with 3 over, so as evenly as can be: 3 teams of 7 and "
        "1 team of 6.",
    ),
    (
        [],
        "@lovelace 31 players into 4 groups as evenly as possible, how many in each",
        "31 players among 4 groups is 7 each with 3 over, so as evenly as can be: 3 groups of 8 "
        "and 1 group of 7.",
    ),
    (
        [],
        "@lovelace 40 runners in 6 heats as evenly as we can, how many in each",
        "40 runners among 6 heats is 6 each with 4 over, so as evenly as can be: 4 heats of 7 "
        "and 2 heats of 6.",
    ),
]


@pytest.mark.parametrize(("before", "ask", "working"), EVENLY)
def test_a_share_asked_as_evenly_as_possible_leaves_nobody_over(before, ask, working):
    history = tuple(Line("jo", text) for text in before)
    assert working in say("lovelace", ask, author="sam", history=history)


@pytest.mark.parametrize(
    ("ask", "working"),
    [
        ("@lovelace 50 biscuits among 7 kids, how many each", "is 7 each, with 1 left over"),
        ("@lovelace 27 kids into 3 teams as evenly as possible, how many each", "9 each, exactly"),
    ],
)
def test_a_share_not_asked_evenly_or_even_already_is_said_as_before(ask, working):
    assert working in say("lovelace", ask, author="sam")


def test_one_vocabulary_of_money_put_towards_and_percentages_asked():
    assert PUT_TOWARDS.search("mum put towards ") and PUT_TOWARDS.search("we've already paid ")
    assert not PUT_TOWARDS.search("its already ")
    assert PERCENT_ASKED.search("how much percent profit is that")
    found = word_sum("bought it for £200 and sold it for £250, how much percent profit is that")
    assert found is not None and found.number == "25% profit"
    found = word_sum("bought the bike for £400, sold it for £300, by what percentage did i lose")
    assert found is not None and found.number == "25% loss"
