"""Everyday sums as rooms ask them (sums37): a working must place every figure the ask depends
on, in the role its words give it, else the persona declines honestly, naming the figure it
cannot place (#unplaced) or what it cannot work (#unroled) (`bots.placed`); a sum declined so,
or left unworked, is read again with the lines people said before it and kept only when every
figure is placed (`bots.engine._sum_joined`). New readings: a total on two or three dice, a
profit or loss as a percentage of the cost, a fraction off one price."""

from __future__ import annotations

import pytest

from bots.placed import unplaced, unroled
from bots.wordsum import word_sum
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say

# (the working a reader gave, the ask, the lines before it oldest first, the figure unplaced)
UNPLACED = [
    (
        "45 km in 2 hrs is 22.5 km an hour",
        "cycled 45km in 2 hrs 15 mins, average speed?",
        [],
        "2 hrs 15 mins",
    ),
    (
        "45 km in 2.25 hours is 20 km an hour",
        "cycled 45km in 2 hrs 15 mins, average speed?",
        [],
        "",
    ),
    ("45 km in 135 minutes is 20 km an hour", "did 45km, 2h 15m, whats my speed", [], ""),
    (
        "£96 between 4 is £24 each",
        "how much each for 4 of us",
        ["dinner was £96", "add 15% for service"],
        "15%",
    ),
    (
        "15% of £96 is £14.40, so £110.40; among 4 of you, £27.60 each",
        "how much each for 4 of us",
        ["dinner was £96", "add 15% for service"],
        "",
    ),
    (
        "£11 + £13 is £24",
        "what did i earn",
        ["6 hours at £11 on monday", "tuesday 4 hours at £13"],
        "6 hours",
    ),
    ("£540 ÷ 6 of you is £90 each", "how much each", ["£540 for the 3 nights", "6 of us"], ""),
    (
        "a third of £63 is £21, so £42",
        "a third off, what do i pay",
        ["£63 return, the 10:42 from platform 4"],
        "",
    ),
    (
        "£1.45 a litre for 6 litres is £8.70",
        "fuel cost each for the 3 of us?",
        ["6 litres per 100km, £1.45 a litre"],
        "3",
    ),
    (
        "from 8 to 20 is × 2.5: 250g butter",
        "how much butter for 20",
        ["100g butter makes 8 scones"],
        "",
    ),
    # no figure of the ask worked: no working of this sum, nothing to place
    ("The Beagle sailed in 1831", "is 5 hours a lot for 40km", [], ""),
]


@pytest.mark.parametrize(("working", "asked", "before", "figure"), UNPLACED)
def test_a_working_that_leaves_a_figure_out_names_it(working, asked, before, figure):
    assert unplaced(working, asked, before) == figure


UNROLED = [
    ("£40 plus £52 is £92", "paid £40, sold for £52, what % profit", [], "the percentage"),
    ("£12 on £40 is 30%", "paid £40, sold for £52, what % profit", [], ""),
    (
        "20% of £96 is £19.20",
        "what's it without vat",
        ["£96 including vat at 20%"],
        "the price before VAT",
    ),
    ("£96 is £80 before VAT", "what's it without vat", ["£96 including vat at 20%"], ""),
    # a price said before VAT: the VAT put on is no price before it
    ("£96 plus 20% is £115.20", "whats that before vat", ["£96 plus vat"], ""),
    ("£85 less 30% is £59.50", "how much is it now", [], ""),
]


@pytest.mark.parametrize(("working", "asked", "before", "what"), UNROLED)
def test_a_working_that_answers_another_question_is_named(working, asked, before, what):
    assert unroled(working, asked, before) == what


# (persona, the ask, the lines people said before it oldest first, the reply)
REPLIES = [
    (
        "einstein",
        "@einstein cycled 45km today in 2 hrs 15 mins, whats my average speed?",
        [],
        (
            "Adding up is the one calculation nobody argues about, Maya: 45km ÷ 2 hrs 15 mins is "
            "20 km/h."
        ),
    ),
    (
        "lovelace",
        "@lovelace ran the half in 1 hour 50 mins, whats my pace per km",
        [],
        (
            "I have all your figures, Maya, but I cannot see for certain how they go together, and "
            "a wrong figure is worse than none; this one I leave unworked."
        ),
    ),
    (
        "curie",
        "@curie what did i make over the weekend",
        ["sat i did 6 hours at £11", "sunday was 4 hours at £13"],
        "The figures first, then the conclusions, Maya: 6 × £11 + 4 × £13 = £118.",
    ),
    (
        "socrates",
        "@socrates paid £40 for the bike and sold it for £52, what percentage profit did i make",
        [],
        (
            "Let us reckon it together, Maya: £52 − £40 is a profit of £12; £12 ÷ £40 (what it "
            "cost) is 30%. What follows from it is another question."
        ),
    ),
    (
        "lovelace",
        "@lovelace got the lamp at £80 and sold it for £60, what % loss is that",
        [],
        (
            "A sum the Engine would take in one turn of its handle, Maya: £80 − £60 is a loss of "
            "£20; £20 ÷ £80 (what it cost) is 25%."
        ),
    ),
    (
        "curie",
        "@curie so what's it without vat",
        ["the quote is £96 including vat at 20%"],
        (
            "The figures first, then the conclusions, Maya: £96 with VAT at 20% is £80 before VAT "
            "and £16 of VAT (divide by 1.2; taking 20% off would be wrong)."
        ),
    ),
    (
        "lovelace",
        "@lovelace whats that before vat",
        ["plumber's bill came to £330 inc vat"],
        (
            "A sum the Engine would take in one turn of its handle, Maya: £330 with VAT at 20% "
            "(the standard UK rate) is £275 before VAT and £55 of VAT (divide by 1.2; taking 20% "
            "off would be wrong)."
        ),
    ),
    (
        "curie",
        "@curie how much each for the 4 of us",
        ["dinner came to £96", "add 15% for service, they were great"],
        (
            "The figures first, then the conclusions, Maya: 15% of £96 is £14.40, so £110.40; "
            "among 4 of you, £27.60 each."
        ),
    ),
    (
        "darwin",
        "@darwin whats the total with service and how much each for the 6 of us",
        ["meal came to £210", "add 12.5% service"],
        (
            "I was never much of a mathematician, Maya, but I kept my accounts all my life: 12.5% "
            "of £210 is £26.25, so £236.25; among 6 of you, about £39.38 each."
        ),
    ),
    (
        "lovelace",
        "@lovelace what are the odds of rolling an 8 with two dice",
        [],
        (
            "A sum the Engine would take in one turn of its handle, Maya: a total of 8 on 2 dice "
            "comes up 5 of the 36 ways they can fall (2+6, 3+5, 4+4, 5+3, 6+2): 5/36, about 13.9%."
        ),
    ),
    (
        "einstein",
        "@einstein chance of getting 11 or more with 2 dice?",
        [],
        (
            "Adding up is the one calculation nobody argues about, Maya: 11 or more on 2 dice "
            "comes up 3 of the 36 ways they can fall: 3/36 = 1 in 12, about 8.3%."
        ),
    ),
    (
        "lovelace",
        "@lovelace my railcard takes a third off, what will i pay",
        ["advance single to leeds is £48"],
        (
            "A sum the Engine would take in one turn of its handle, Maya: a third of £48 is £16, "
            "so £32 to pay."
        ),
    ),
    (
        "shakespeare",
        "@shakespeare its a quarter off today, whats the price",
        ["the boots are £90, the 9:15 sale starts at gate 3"],
        (
            "Even a glover's son can cast up a reckoning, Maya: a quarter of £90 is £22.50, so "
            "£67.50 to pay."
        ),
    ),
    (
        "lovelace",
        "@lovelace how much butter for 20 scones",
        ["recipe says 100g butter makes 8 scones"],
        (
            "A sum the Engine would take in one turn of its handle, Maya: from 8 to 20 is × 2.5: "
            "250g butter."
        ),
    ),
    (
        "lovelace",
        "@lovelace how much should each person pay me",
        ["cottage was £720 for the 4 nights", "8 of us"],
        (
            "A sum the Engine would take in one turn of its handle, Maya: £720 ÷ 8 of you is £90 "
            "each person."
        ),
    ),
    (
        "shakespeare",
        "@shakespeare what time do we have to set off",
        ["show starts at 8:10", "its a 25 min walk and we want 10 mins for drinks"],
        (
            "Even a glover's son can cast up a reckoning, Maya: 25 min + 10 mins is 35 mins; "
            "8:10 − 35 mins is 7:35."
        ),
    ),
    (
        "darwin",
        "@darwin how long have i got till the bus",
        ["its 11:20 now and the last bus is 1:05"],
        (
            "I was never much of a mathematician, Maya, but I kept my accounts all my life: "
            "11:20 to 1:05 is 1 hr 45 mins."
        ),
    ),
    # chat beside a time said before: no sum
    (
        "socrates",
        "@socrates hows your day going",
        ["the match kicks off at 3pm"],
        (
            "Well, I thank you: I spent the day in the agora asking people what justice is, and "
            "none of them could tell me. And you?"
        ),
    ),
]


@pytest.mark.parametrize(("slug", "ask", "before", "reply"), REPLIES)
def test_sums_asked_in_a_room_are_worked_or_honestly_declined(slug, ask, before, reply):
    history = [Line("sam" if i % 2 == 0 else "jo", b) for i, b in enumerate(before)]
    assert say(slug, ask, history=history) == reply


DICE = [
    (
        "whats the chance of rolling a 7 with two dice",
        "a total of 7 on 2 dice comes up 6 of the 36 ways they can fall "
        "(1+6, 2+5, 3+4, 4+3, 5+2, 6+1): 6/36 = 1 in 6, about 16.7%",
    ),
    (
        "odds of a 9 on a pair of dice?",
        "a total of 9 on a pair of dice comes up 4 of the 36 ways they can fall "
        "(3+6, 4+5, 5+4, 6+3): 4/36 = 1 in 9, about 11.1%",
    ),
    (
        "probability of 10 or more on two dice?",
        "10 or more on 2 dice comes up 6 of the 36 ways they can fall: 6/36 = 1 in 6, about 16.7%",
    ),
    (
        "chance of a total of 4 with three dice",
        "a total of 4 on 3 dice comes up 3 of the 216 ways they can fall: 3/216 = 1 in 72, "
        "about 1.4%",
    ),
]


# A die's own figure with no total said, a double, one die: not read as a total.
@pytest.mark.parametrize(
    "ask",
    [
        "chance of a 6 on two dice",
        "chance of rolling double six",
        "whats the chance of two sixes with 2 dice",
        "what are the chances of rolling 3 or less with 2 dice",
    ],
)
def test_a_figure_on_dice_with_no_total_said_is_not_read_as_one(ask):
    found = word_sum(ask)
    assert found is None or "ways they can fall" not in found.working


SOLD = [
    (
        "bought the mirror for £120 and sold it for £150, what % profit",
        "£150 − £120 is a profit of £30; £30 ÷ £120 (what it cost) is 25%",
    ),
    (
        "paid £2,000 for the van, sold it at £1,500, what percentage loss is that",
        "£2,000 − £1,500 is a loss of £500; £500 ÷ £2,000 (what it cost) is 25%",
    ),
    (
        "got the console for £90 and flipped it for £135, whats that as a percentage",
        "£135 − £90 is a profit of £45; £45 ÷ £90 (what it cost) is 50%",
    ),
]


OFF = [
    ("coat is £38 with half off, how much is it", "half of £38 is £19, so £19 to pay"),
    ("a quarter off a £90 jacket whats the price", "a quarter of £90 is £22.50, so £67.50 to pay"),
    (
        "fare is £27 and my card takes a third off, what do i pay",
        "a third of £27 is £9, so £18 to pay",
    ),
]


@pytest.mark.parametrize(("ask", "working"), DICE + SOLD + OFF)
def test_dice_totals_a_profit_as_a_percentage_and_a_fraction_off_are_worked(ask, working):
    found = word_sum(ask)
    assert found is not None
    assert found.working == working


# Look-alikes: two prices, a fee beside a sale, a profit asked in money: not these readings.
@pytest.mark.parametrize(
    "ask",
    [
        "a third off £30 and £20, how much",
        "bought for £250 sold for £320 how much profit",
        "bought them for £10 and sold them for £15, what % profit after £2 fees",
    ],
)
def test_look_alikes_are_not_read_as_a_fraction_off_or_a_percentage_profit(ask):
    found = word_sum(ask)
    assert found is None or ("to pay" not in found.working and "what it cost" not in found.working)
