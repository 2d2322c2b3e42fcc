"""Lovelace works sums of two or three steps in general (`bots.wordsum.stepped`): each figure
with its unit and its part, folded in the order the words say, each step shown.

Before, in four unseen rooms she finished none of 12 sums: "the club gets 15% off the £340
coach, split between 17 of us, how much each" got "£340 less 15% is £289" (the 17 dropped);
"my tank is 120 x 45 x 50 cm, how many litres", "we won £45 but the entry was £8, split between
4 of us", "we've raised £1,340 plus £50 ... target is £2,000, what % is that", "subs are £48 a
week ... plus £60 a term ... over 10 weeks" and "we've lost 6 won 3 drawn 1 ... most points"
got "Let us make a method of it..." or a reply on another thing. Now each is worked, or the one
figure missing is asked for; what is not plain is left to the readers of one shape as before.
"""

from __future__ import annotations

import pytest

from bots.engine import ChatLine
from bots.wordsum import redo, stepped, stepped_over, sum_read, word_sum
from tests.bots.test_everyday_messages import say

# (message, working, the result alone)
WORKED = [
    # a percentage off a total, shared
    (
        "@lovelace the club gets 15% off the £340 coach, split between 17 of us, how much each",
        "£340 less 15% is £289; between 17 of you, £17 each",
        "£17 each",
    ),
    (
        "@lovelace minibus is £220 but we get 10% off as members, split between 6 of us, how "
        "much each",
        "£220 less 10% is £198; between 6 of you, £33 each",
        "£33 each",
    ),
    (
        "@lovelace hall hire £180 with 20% off for charities, how much each for 12 of us",
        "£180 less 20% is £144; between 12 of you, £12 each",
        "£12 each",
    ),
    # a tank's sides, in litres
    (
        "@lovelace my tank is 120 x 45 x 50 cm, how many litres is that",
        "120 × 45 × 50 cm is 270,000 cm³, which is 270 litres",
        "270 litres",
    ),
    (
        "@lovelace the pond is 2m x 1.5m x 0.6m, how many litres",
        "2 × 1.5 × 0.6 m is 1.8 m³, which is 1,800 litres",
        "1,800 litres",
    ),
    (
        "@lovelace my tank is 120x45x50cm, how many litres after taking off 15% for gravel",
        "120 × 45 × 50 cm is 270,000 cm³, which is 270 litres; less 15% is 229.5 litres",
        "229.5 litres",
    ),
    (
        "@lovelace the paddling pool is 3m by 2m by 0.5m, how much water does it hold",
        "3 × 2 × 0.5 m is 3 m³, which is 3,000 litres",
        "3,000 litres",
    ),
    (
        "@lovelace planter is 80 by 40 by 30cm, how many litres of compost to fill it",
        "80 × 40 × 30 cm is 96,000 cm³, which is 96 litres",
        "96 litres",
    ),
    # a cost taken off what was won, the rest shared; paid by one, had back first
    (
        "@lovelace we won £45 but the entry was £8, split between 4 of us what do we each get",
        "£45 less the £8 entry is £37; between 4 of you, £9.25 each",
        "£9.25 each",
    ),
    (
        "@lovelace we won £45, dan paid £8 entry for the 4 of us. how much does everyone get so "
        "dan isnt out of pocket",
        "£45 less the £8 entry is £37; between 4 of you, £9.25 each (Dan has the £8 back first: "
        "£17.25)",
        "£9.25 each",
    ),
    (
        "@lovelace we won £120 at the quiz but the entry fee was £20, split between 5 of us how "
        "much each",
        "£120 less the £20 entry fee is £100; between 5 of you, £20 each",
        "£20 each",
    ),
    # a sum added, against a target: how far along, and what is left, shared
    (
        "@lovelace we've raised £1,340 plus £50 from the raffle, target is £2,000, what % is that "
        "and how much each do the 5 of us need to find for the rest",
        "£1,340 + £50 is £1,390, which is 69.5% of the £2,000; £610 to go; between 5 of you, "
        "£122 each",
        "69.5%, £610 to go; £122 each",
    ),
    (
        "@lovelace we're on £1,340, zoe's adding £50, target is £2,000. what % are we at",
        "£1,340 + £50 is £1,390, which is 69.5% of the £2,000",
        "69.5%",
    ),
    (
        "@lovelace the fund is at £800 and the bake sale brought in £150, our goal is £1,500, how "
        "much more do we need",
        "£800 + £150 is £950; £550 to go",
        "£550 to go",
    ),
    # prices by the week and by the term, in the week asked, shared
    (
        "@lovelace subs are £48 a week for the court between 8 of us plus £60 a term for the ref "
        "over 10 weeks, whats that each per week",
        "£48 a week + £60 a term over 10 weeks (£6 a week) is £54 a week; between 8 of you, "
        "£6.75 each a week",
        "£6.75 each a week",
    ),
    (
        "@lovelace pitch is £60 a week between 12 of us plus £90 a season for kit over 18 weeks, "
        "what's that each a week",
        "£60 a week + £90 a season over 18 weeks (£5 a week) is £65 a week; between 12 of you, "
        "£5.42 each a week",
        "£5.42 each a week",
    ),
    (
        "@lovelace rent is £1,200 a month and bills £150 a month, 3 of us, how much each a week",
        "£1,200 a month (£276.92 a week) + £150 a month (£34.62 a week) is £311.54 a week; "
        "between 3 of you, £103.85 each a week",
        "£103.85 each a week",
    ),
    # a price by the day or week for so long, as the one sum it comes to
    (
        "@lovelace the van is £85 a day for 3 days plus £40 fuel, how much each for 5 of us",
        "£85 a day for 3 days (£255) + the £40 fuel is £295; between 5 of you, £59 each",
        "£59 each",
    ),
    (
        "@lovelace £12 a week for 6 weeks plus £20 kit, how much each for 4 of us",
        "£12 a week for 6 weeks (£72) + the £20 kit is £92; between 4 of you, £23 each",
        "£23 each",
    ),
    # costs off what was taken, and whether that is a profit; a target said first
    (
        "@lovelace takings were £1,250 and the hall was £420 and rights £180, are we in profit",
        "£1,250 less the £420 hall and the £180 rights is £650: £650 in profit",
        "£650 in profit",
    ),
    (
        "@lovelace we made £200 at the stall and £50 from the raffle, are we in profit after the "
        "£180 hall",
        "£200 + £50 is £250, less the £180 hall is £70: £70 in profit",
        "£70 in profit",
    ),
    (
        "@lovelace we made £480 at the bake sale, ingredients cost £95, split the profit between "
        "5 charities, how much each",
        "£480 less £95 is £385; between 5 charities, £77 each",
        "£77 each",
    ),
    (
        "@lovelace we got £45 prize money but paid £8 to enter, split 4 ways how much each",
        "£45 less £8 is £37; between 4 of you, £9.25 each",
        "£9.25 each",
    ),
    (
        "@lovelace we need £2,000 and we have £1,390, what % is that",
        "£1,390, which is 69.5% of the £2,000",
        "69.5%",
    ),
    (
        "@lovelace the hotel is £420 and i paid £50 deposit, how much is left to pay",
        "£420 less the £50 deposit is £370",
        "£370",
    ),
    (
        "@lovelace hotel £420 plus £60 parking less a £50 deposit we already paid, how much is "
        "left to pay",
        "£420 + the £60 parking is £480, less the £50 deposit is £430",
        "£430",
    ),
    (
        "@lovelace we won £200, the entry was £40 and the coach £60, split 4 ways how much each",
        "£200 less the £40 entry and £60 is £100; between 4 of you, £25 each",
        "£25 each",
    ),
    (
        "@lovelace she lent me £50 and i paid back £20, how much do i still owe",
        "£50 less the £20 paid is £30",
        "£30",
    ),
    (
        "@lovelace we spent £60 on food and £25 on drinks and there were 5 of us, how much each",
        "£60 + £25 is £85; between 5 of you, £17 each",
        "£17 each",
    ),
    (
        "@lovelace our stall made £340 and £95 went on stock and £20 on the pitch, what's the "
        "profit",
        "£340 less £95 and £20 is £225: £225 in profit",
        "£225 in profit",
    ),
    # two prices and the share at one of them
    (
        "@lovelace tickets are £12 adult, £8 concession, and about a third are concessions, we've "
        "sold 199, roughly what have we taken so far?",
        "two thirds at £12 and a third at £8 is £10.67 a ticket on average; 199 of them is about "
        "£2,123",
        "about £2,123",
    ),
    (
        "@lovelace £10 for adults and £5 for kids, 25% are kids, we sold 80 tickets, how much is "
        "that",
        "75% at £10 and 25% at £5 is £8.75 a ticket on average; 80 of them is £700",
        "£700",
    ),
    # a league table's most points
    (
        "@lovelace we've lost 6 won 3 drawn 1, 3 pts for a win 1 for a draw, 4 games left, whats "
        "the most points we can get",
        "3 wins at 3 and 1 draw at 1 is 10 points now; 4 games left at 3 a win is 12 more: 22 "
        "at most",
        "22 points",
    ),
    (
        "@lovelace we've won 5 drawn 2 lost 3, 3 points for a win and 1 for a draw, 6 games left, "
        "what's the max we can finish on",
        "5 wins at 3 and 2 draws at 1 is 17 points now; 6 games left at 3 a win is 18 more: 35 "
        "at most",
        "35 points",
    ),
    (
        "@lovelace 4 wins 3 draws 5 losses so far, 3 pts a win 1 a draw, 5 matches to play, most "
        "points possible?",
        "4 wins at 3 and 3 draws at 1 is 15 points now; 5 games left at 3 a win is 15 more: 30 "
        "at most",
        "30 points",
    ),
    (
        "@lovelace we've played 10, won 4, drawn 3, 3 pts for a win 1 for a draw, 8 games left, "
        "whats the max we can get",
        "4 wins at 3 and 3 draws at 1 is 15 points now; 8 games left at 3 a win is 24 more: 39 "
        "at most",
        "39 points",
    ),
    (
        "@lovelace we've lost 6 won 3 drawn 1. 3 pts for a win 1 for a draw. 4 games left. can "
        "we still get past 9th place if theyre on 16 points",
        "3 wins at 3 and 1 draw at 1 is 10 points now; 4 games left at 3 a win is 12 more: 22 "
        "at most, 6 more than 16: it can still be done, if you win them all and they take no "
        "more than 5 points",
        "yes, just",
    ),
]


@pytest.mark.parametrize(("text", "working", "number"), WORKED)
def test_a_sum_of_steps_is_worked_in_the_order_said(text, working, number):
    found = stepped(text)
    assert found is not None
    assert (found.working, found.number, found.need) == (working, number, "")


@pytest.mark.parametrize(("text", "working", "number"), WORKED)
def test_lovelace_says_the_steps(text, working, number):
    for seed in (0, 3):
        assert working in say("lovelace", text, author="ria", seed=seed)


def test_a_reading_of_one_shape_that_drops_a_figure_gives_way_to_the_steps():
    text = "@lovelace the club gets 15% off the £340 coach, split between 17 of us, how much each"
    assert word_sum(text).working == "£340 less 15% is £289"  # the 17 left out
    assert sum_read(text, steps=True).working.endswith("£17 each")
    assert sum_read(text).working == "£340 less 15% is £289"  # for the others, as before


@pytest.mark.parametrize(
    "text",
    [
        # a reading of one shape that uses every figure keeps it
        "@lovelace taxi is £48 plus a 10% tip, between 4 of us what's that each",
        "@lovelace kit is 9 at £48 and 6 at £62, £25 setup, 12% off over £500, total?",
        "@lovelace villa is €1840 for the 7 of us but jess doesnt pay obviously, how much each",
    ],
)
def test_a_whole_reading_of_one_shape_is_kept(text):
    assert word_sum(text) is not None
    assert stepped_over(text) is None
    assert sum_read(text, steps=True) == word_sum(text)


# Not sure, and so not read: a part of a total not said, a figure with no word for what it does,
# a percentage neither off nor on, people who share nothing, what comes off what out of order;
# a date, a time, a score, a year or a phone number is no quantity.
@pytest.mark.parametrize(
    "text",
    [
        "@lovelace nan puts in £10 and the rest is split 3 ways",
        "@lovelace the rest is split 3 ways, sorted",
        "@lovelace is £5 or £10 better for the raffle prize, what do you think",
        "@lovelace we use 60% of it and export the rest at 15p, what do we save",
        "@lovelace 4 of us went to the quiz and it cost £80, how was your day",
        "@lovelace the entry was £8 and we won £45, how much each for 4 of us",
        "@lovelace we won 3-1 and dan scored 2, how good is that",
        "@lovelace see you at 7pm on the 21st, 4 of us coming, whats the dress code",
        "@lovelace the coach is £340 in 2025, how much was it in 2019",
        "@lovelace call me on 07700900123 about the £40 deposit, how much do i owe",
        "@lovelace i have 2 kids and 3 cats, what should i call the new one",
        "@lovelace won 4 out of 5 darts legs tonight, whats our win rate now over 20 legs",
        "@lovelace my tank is 120 x 45 x 50 cm, is that big enough for 3 goldfish",
        "@lovelace we've lost 6 won 3 drawn 1. how are we doing",
        "@lovelace less £20 and then plus £30, what is it",
        "@lovelace see you at 7, bring £5 each for the pizza, how much do we need for 8 of us",
        "@lovelace how many 50p guesses do we need to raise £40",
        "@lovelace cottage is £1350 for 9 of us and the kids go free, how much each",
        "@lovelace villa is €1840 for the 7 of us, how much each",
        # a price a head is no total; what is left, with nothing said to come off
        "@lovelace book club costs £5 each a month and 8 of us, plus £20 for the room, how much "
        "each",
        "@lovelace it's £25 a head for 20 people plus £100 for the venue, how much in total",
        "@lovelace the car is £8,000 and i have £2,500 saved, how much more do i need",
        "@lovelace between 3 of us we have £90 and the takeaway is £72 with a £5 delivery, whats "
        "left each",
        # a share in words is a step not read ("we pay half")
        "@lovelace the boiler is £2,400 plus 20% vat, we pay half, how much is that",
        "@lovelace 3 of us went halves on a £90 gift plus £6 card, how much each",
    ],
)
def test_what_is_not_plain_is_not_read_as_steps(text):
    assert stepped(text) is None


@pytest.mark.parametrize(
    ("text", "working", "need"),
    [
        (
            "@lovelace the coach is £340 with 15% off, how much each",
            "£340 less 15% is £289",
            "how many of you share it",
        ),
        (
            "@lovelace subs are £60 a term plus £5 a week for the hall, how much each a week for "
            "10 of us",
            "",
            "how many weeks a term is",
        ),
        (
            "@lovelace we've won 5 drawn 2 lost 3, 6 games left, whats the most points we can get",
            "",
            "how many points a win is worth",
        ),
        (
            "@lovelace tickets are £12 adult, £8 concession, and about a third are concessions. "
            "roughly what have we taken so far?",
            "two thirds at £12 and a third at £8 is £10.67 a ticket on average",
            "how many tickets you have sold in all",
        ),
        (
            "@lovelace box is 40 x 30 x 20, how many litres",
            "",
            "whether the sides are in centimetres, metres or inches",
        ),
        # costs with nothing said that they come off
        (
            "@lovelace and after the £420 hall and £180 rights, are we in profit yet?",
            "£420 and £180 come to £600",
            "what you have taken",
        ),
        (
            "@lovelace after the £50 deposit and £20 booking fee, how much is left to pay",
            "£50 and £20 come to £70",
            "the total they come off",
        ),
    ],
)
def test_the_one_missing_figure_is_asked_for(text, working, need):
    found = stepped(text)
    assert (found.working, found.need) == (working, need)


def test_the_one_missing_figure_is_asked_in_her_words():
    text = "@lovelace we won £45 but the entry was £8, how much each"
    reply = say("lovelace", text, seed=0)
    assert "£45 less the £8 entry is £37" in reply and "how many of you share it" in reply


# Follow-ups: a step added to a sum of steps, a figure changed, the rest shared.
FOLLOWED = [
    (
        "@lovelace my tank is 120 x 45 x 50 cm, how many litres is that",
        "@lovelace and if i take off 15% for gravel and rocks",
        "120 × 45 × 50 cm is 270,000 cm³, which is 270 litres; less 15% is 229.5 litres",
    ),
    (
        "@lovelace the pond is 2m x 1.5m x 0.6m, how many litres",
        "@lovelace ok and knock off 10% for the plants and stones",
        "2 × 1.5 × 0.6 m is 1.8 m³, which is 1,800 litres; less 10% is 1,620 litres",
    ),
    (
        "@lovelace we won £45 but the entry was £8, split between 4 of us what do we each get",
        "@lovelace oh and take off £5 for the taxi",
        "£45 less the £8 entry and £5 is £32; between 4 of you, £8 each",
    ),
    (
        "@lovelace the club gets 15% off the £340 coach, split between 17 of us, how much each",
        "@lovelace what if its 20 of us",
        "£340 less 15% is £289; between 20 of you, £14.45 each",
    ),
    (
        "@lovelace the fund is at £800 and the bake sale brought in £150, our goal is £1,500, how "
        "much more do we need",
        "@lovelace and add £100 from the quiz",
        "£800 + £150 + £100 is £1,050; £450 to go",
    ),
    # a sum of money off what a sum of one shape came to
    (
        "@lovelace kit is 9 at £48 and 6 at £62, £25 setup, 12% off over £500, total?",
        "@lovelace oh and take off £60 for the show stand pls",
        "9 × £48 + 6 × £62 = £804, 12% off that is £707.52, + £25 setup = £732.52; less £60 is "
        "£672.52",
    ),
]


@pytest.mark.parametrize(("asked", "follow", "working"), FOLLOWED)
def test_a_follow_up_works_the_sum_of_steps_again(asked, follow, working):
    assert redo(asked, follow, steps=True).working == working
    history = (ChatLine("ria", asked),)
    assert working in say("lovelace", follow, author="ria", history=history, seed=0)


def test_a_step_added_is_not_for_the_others():
    asked = "@lovelace my tank is 120 x 45 x 50 cm, how many litres is that"
    assert redo(asked, "@lovelace and if i take off 15% for gravel and rocks") is None


# A part paid and the rest shared, after a total given (engine's `_rest_followed` before):
# a follow-up read through `redo`, for every persona that works sums.
@pytest.mark.parametrize(
    ("total", "rest", "working"),
    [
        (
            "£186 for christmas food, split between 4 households. how much each",
            "nan puts in £10 and the rest is split 3 ways",
            "£186 less the £10 put in is £176; between 3 of you, £58.67 each",
        ),
        (
            "the cottage is £1,240 for the week",
            "mum and dad pay £400 and the rest gets split 4 ways",
            "£1,240 less the £400 put in is £840; between 4 of you, £210 each",
        ),
        (
            "pitch hire is £75 for the five a side, how much each",
            "dan covers £15 cos he forgot last week, rest is shared 10 ways",
            "£75 less the £15 put in is £60; between 10 of you, £6 each",
        ),
    ],
)
def test_the_rest_shared_is_a_follow_up_through_redo(total, rest, working):
    assert redo(total, rest).working == working
    history = (ChatLine("sarah", total),)
    assert working in say("darwin", rest, author="beth", history=history, seed=0)


def test_a_total_in_other_money_is_not_the_one_the_rest_is_of():
    assert redo("the villa is €900 all in", "dad puts in £100 and the rest is split 4 ways") is None


def test_the_steps_are_read_for_the_mathematician_alone():
    """Her steps are hers; another persona works the sum by the roles of its figures (lead61:
    its decline, "I see the 17 you gave me", was once taken as coming to £17 already)."""
    text = "@lovelace the club gets 15% off the £340 coach, split between 17 of us, how much each"
    assert say("einstein", text.replace("@lovelace", "@einstein"), seed=0) == (
        "This one fits on the back of a postcard, Maya: 15% off £340 is £51 off, "
        "so £289; £289 ÷ 17 is £17 each."
    )
