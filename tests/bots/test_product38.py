"""Totals of money said as a product of typed quantities, in any order (product38,
`bots.product`): a price of one thing, a count of things, a capacity when "sell out" is asked,
repeats of what something is per, an extra added once (shared when its words say so). Every
figure must have its role, the units must chain, and a total of money must be asked; else the
message is left to the other readers as before (declined, or unchanged)."""

from __future__ import annotations

import pytest

from bots.product import product_of, says_its_own
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say

# (the ask, the working said), by shape: the brief's wording first, then variants of our own.
WORKED = [
    # a count and a price, the price said first
    ("120 tickets at £9 each, what's the total?", "120 tickets at £9 each is £1,080"),
    (
        "tickets are £9 each and we sold 120, how much did we make?",
        "120 tickets at £9 each is £1,080",
    ),
    (
        "raffle tickets are £2 each and we sold 85, how much did we raise?",
        "85 tickets at £2 each is £170",
    ),
    ("cakes were £1.50 and we sold 64, what did we take?", "64 cakes at £1.50 each is £96"),
    (
        "wristbands are €12 each and we sold 300, what's the total?",
        "300 wristbands at €12 each is €3,600",
    ),
    (
        "we sold 45 programmes, they're £3 each, how much did we make?",
        "45 programmes at £3 each is £135",
    ),
    ("badges are $4 each and we've sold 37, what's that come to?", "37 badges at $4 each is $148"),
    (
        "mugs were 6 quid each and we sold 22, how much did we make altogether?",
        "22 mugs at 6 quid each is £132",
    ),
    (
        "cupcakes £1.50 each, we baked 48, how much if we sell the lot?",
        "48 cupcakes at £1.50 each is £72",
    ),
    # a capacity, full, over so many nights
    (
        "tickets are £9, the hall holds 120, 3 nights. if we sell out what do we take?",
        "a full house of 120 at £9 each is £1,080 a night; over 3 nights, £3,240",
    ),
    (
        "tickets are £12, the church holds 80, 2 nights. if we sell out what's the total?",
        "a full house of 80 at £12 each is £960 a night; over 2 nights, £1,920",
    ),
    (
        "seats are €15 and the theatre seats 200. 4 performances, if every seat sells what do "
        "we take?",
        "a full house of 200 at €15 each is €3,000 a performance; over 4 performances, €12,000",
    ),
    (
        "the marquee holds 250 and tickets are $20, 2 nights, if we fill it both nights how "
        "much do we make?",
        "a full house of 250 at $20 each is $5,000 a night; over 2 nights, $10,000",
    ),
    (
        "tickets £6, the barn holds 150, 4 shows, how much if every show sells out",
        "a full house of 150 at £6 each is £900 a show; over 4 shows, £3,600",
    ),
    (
        "tickets are £5, the hall holds 90, if we sell out how much do we make?",
        "a full house of 90 at £5 each is £450",
    ),
    # a thing each has one of, priced, and a count of those who have it
    (
        "this week's box is £14.50 and we've got 23 households. what's the total we need to "
        "send the farm?",
        "23 households at £14.50 a box is £333.50",
    ),
    (
        "the veg bag is £8 and we've got 31 members, what's the total to pay the grower?",
        "31 members at £8 a bag is £248",
    ),
    (
        "this month's hamper is €25 and there are 12 families, how much do we send in total?",
        "12 families at €25 a hamper is €300",
    ),
    (
        "the lunch is £6.50 and 18 kids are going, what's the total?",
        "18 kids at £6.50 a lunch is £117",
    ),
    ("a meal is $14 and there's 9 of us, what's the total?", "9 of you at $14 a meal is $126"),
    (
        "pints are £5.50 and there's 6 of us, what's the round come to?",
        "6 of you at £5.50 each is £33",
    ),
    # counts joined, a price per person per occasion, and the occasions counted
    (
        "kitty's £3 each per match, 4 of us plus 2 reserves, 11 matches. how much is that for "
        "the season",
        "4 of you plus 2 reserves, 6 in all, at £3 each is £18 a match; over 11 matches, £198",
    ),
    (
        "subs are £5 each per week, 8 of us plus 3 subs, 10 weeks, how much for the term?",
        "8 of you plus 3 subs, 11 in all, at £5 each is £55 a week; over 10 weeks, £550",
    ),
    (
        "pitch fee's £4 a head per game, 10 of us plus 1 reserve, 8 games, total for the season?",
        "10 of you plus 1 reserve, 11 in all, at £4 a head is £44 a game; over 8 games, £352",
    ),
    (
        "£2.50 each per session, 6 of us and 2 guests, 12 sessions. what's that for the year",
        "6 of you plus 2 guests, 8 in all, at £2.50 each is £20 a session; over 12 sessions, £240",
    ),
    (
        "subs are £4 a head per session, 12 of us plus 3 juniors, 10 sessions, total for the term?",
        "12 of you plus 3 juniors, 15 in all, at £4 a head is £60 a session; "
        "over 10 sessions, £600",
    ),
    (
        "£2 a head, 15 kids, every week for 6 weeks, how much altogether?",
        "15 kids at £2 a head is £30 a week; over 6 weeks, £180",
    ),
    (
        "swimming is £3.20 each per lesson, 2 kids, 12 lessons, what's the total",
        "2 kids at £3.20 each is £6.40 a lesson; over 12 lessons, £76.80",
    ),
    # a price a piece, a count, and an extra added once, shared as said
    (
        "the firing fee is £4.50 a piece and i've got 7 pots going in, plus £12 for the glaze kit "
        "split between me and omar. what do i owe all in?",
        "7 pots at £4.50 a piece is £31.50; + £12 for the glaze kit between 2, £6; £37.50 all in",
    ),
    (
        "the kiln fee is £3 a piece and i've got 9 bowls going in, plus £10 for the clay split "
        "between me and jo. what do i owe?",
        "9 bowls at £3 a piece is £27; + £10 for the clay between 2, £5; £32 all in",
    ),
    (
        "frames are €7 each and i'm doing 5, plus €16 for glass split 4 ways, what do i owe in "
        "total?",
        "5 frames at €7 each is €35; + €16 for glass between 4, €4; €39 all in",
    ),
    (
        "it's $6 a piece for prints, i want 8, plus $9 postage split between me, ana and li. "
        "what do i owe all in?",
        "8 prints at $6 a piece is $48; + $9 postage between 3, $3; $51 all in",
    ),
    (
        "6 pizzas at $11 each plus $8 tip split between me and sam, what do i owe?",
        "6 pizzas at $11 each is $66; + $8 tip between 2, $4; $70 all in",
    ),
    (
        "print costs €0.80 a sheet and i need 250 sheets, plus €15 delivery, what's the total?",
        "250 sheets at €0.80 a sheet is €200; + €15 delivery; €215 all in",
    ),
    (
        "seedlings are £1.20 each and i need 40 plus £4.50 delivery, how much all in?",
        "40 seedlings at £1.20 each is £48; + £4.50 delivery; £52.50 all in",
    ),
    (
        "bags of compost are £4.99 and i need 6, plus £5 delivery. how much all in?",
        "6 bags at £4.99 each is £29.94; + £5 delivery; £34.94 all in",
    ),
    (
        "the class is £12 a head and there's 5 of us, plus £6 for the room, total?",
        "5 of you at £12 a head is £60; + £6 for the room; £66 all in",
    ),
    # hours of a week at a price an hour, over so many weeks
    (
        "wages are £11.44 an hour, 37.5 hours a week, 52 weeks, what's that for the year?",
        "37.5 hours at £11.44 an hour is £429 a week; over 52 weeks, £22,308",
    ),
    (
        "the cleaner is £12 an hour and does 3 hours a week, how much for 4 weeks?",
        "3 hours at £12 an hour is £36 a week; over 4 weeks, £144",
    ),
    (
        "we sell about 120 a night at £9 each, 3 nights, total?",
        "120 at £9 each is £1,080 a night; over 3 nights, £3,240",
    ),
    ("£9 each for 120 tickets, what's the total?", "120 tickets at £9 each is £1,080"),
    ("it's £5 a ticket, 30 of us, total?", "30 of you at £5 a ticket is £150"),
    (
        "£5 a ticket, we've 3 kids and 2 adults, total?",
        "3 kids plus 2 adults, 5 in all, at £5 a ticket is £25",
    ),
    (
        "we need 4 tyres at £85 each plus £40 fitting, whats the damage",
        "4 tyres at £85 each is £340; + £40 fitting; £380 all in",
    ),
    # a price of an occasion, and the occasions counted
    ("the cottage is £95 a night, 4 nights, how much in total?", "4 nights at £95 a night is £380"),
]

# Look-alikes: a figure with no role, two prices, units that do not chain, no total asked.
UNREAD = [
    # two prices of different things, or a count of another thing
    "tickets are £9 and programmes £2, we sold 120 tickets, what's the total?",
    "tickets are £9 and we sold 120 and 45 programmes, total?",
    "tickets £9 each plus £2 for kids, we sold 120, total?",
    # a count that is a date, a time, an age or a year
    "tickets are £9 each and we sold 120 on the 14th, how much did we make?",
    "tickets are £9 each, show starts at 7, we sold 120, how much did we make",
    "tickets are £9 each, doors at 7:30, we sold 120, total?",
    "tickets are £9 each and we sold 120 by 9pm, what's the total?",
    "tickets £5 each for my 8 year old's party, 12 kids, total?",
    "my 2 kids are 8 and 10, tickets are £5 each, what's the total?",
    "tickets are £9 each and we sold 120 in 2023, how much did we make?",
    # people who came and left, and a figure left over
    "120 people came and 9 left, how many stayed?",
    "120 people came and 9 left, how much did we make at £5 each?",
    "tickets are £9 each and we sold 120 but 10 were comps, how much did we make?",
    # a price, a share or a profit asked, not a total
    "we made £1,080 from 120 tickets, how much was each ticket?",
    "£9 each, 120 sold, how much is a ticket?",
    "tickets are £9 and we sold 120, how much each if we split it 4 ways?",
    "tickets are £9 each and we sold 120, what's the profit?",
    # a repeat that nothing is per; a capacity with no full house asked
    "120 tickets at £9 each, 3 nights, what's the total?",
    "we sold 120 tickets over 3 nights at £9 each, what did we take?",
    "tickets are £9, the hall holds 120, 3 nights, what do we take?",
    "kitty's £3 each per match, 4 of us plus 2 reserves, how much is that for the season",
    # a thing shared, not had one each; a share of the whole total
    "the taxi is £40 and there's 4 of us, what's the total?",
    "rooms are £80 and there's 8 of us, total?",
    "the meal is £18 a head and 14 people are coming plus £20 for the cake split 2 ways, total?",
    "£12 for the glaze kit split between us plus 7 pots at £4.50 a piece, what do i owe?",
    # a count of something else than the thing priced; a week's total asked of nothing per week
    "taxi's £2.50 a mile and it's 12 miles, 4 of us, what's the total?",
    "the 2 of us had 3 pints each at £5, total?",
    "the cleaner is £12 an hour, 3 hours a week, what's the total?",
    "tickets are £9 each and we sold 120 last night and 80 tonight, total?",
    "tickets are £9 for adults, we sold 120, total?",
    "£9 each and €2 delivery, 10 tickets, total?",
    "the hall holds 120 and we sold 100 at £9 each, if we sell out what's the total?",
    "15 kids at £2 a head and 3 adults free, total?",
    # money taken off, a percentage
    "tickets are £9 each and we sold 120, less £50 for the hall, what did we make?",
    "tickets are £9 each and we sold 120, 10% off for members, what's the total?",
]


@pytest.mark.parametrize(("ask", "working"), WORKED)
def test_a_product_of_typed_quantities_is_worked_in_any_order(ask, working):
    assert product_of(ask) == working


@pytest.mark.parametrize("ask", UNREAD)
def test_no_product_is_worked_when_a_figure_has_no_role_or_the_units_do_not_chain(ask):
    assert product_of(ask) == ""


# Every persona asked works it, in its own #sum words.
VOICED = [
    (
        "lovelace",
        "A sum the Engine would take in one turn of its handle, Sam: 120 tickets at £9 each is "
        "£1,080.",
    ),
    (
        "darwin",
        "I was never much of a mathematician, Sam, but I kept my accounts all my life: 120 "
        "tickets at £9 each is £1,080.",
    ),
    ("curie", "The figures first, then the conclusions, Sam: 120 tickets at £9 each is £1,080."),
    (
        "shakespeare",
        "Even a glover's son can cast up a reckoning, Sam: 120 tickets at £9 each is £1,080.",
    ),
    (
        "socrates",
        "Let us reckon it together, Sam: 120 tickets at £9 each is £1,080. What follows from it "
        "is another question.",
    ),
    (
        "einstein",
        "Adding up is the one calculation nobody argues about, Sam: 120 tickets at £9 each is "
        "£1,080.",
    ),
]


@pytest.mark.parametrize(("slug", "reply"), VOICED)
def test_any_persona_asked_works_the_product_in_its_own_voice(slug, reply):
    ask = f"@{slug} tickets are £9 each and we sold 120, how much did we make?"
    assert say(slug, ask, author="sam") == reply


@pytest.mark.parametrize(
    ("ask", "working"),
    [WORKED[9], WORKED[15], WORKED[21], WORKED[28]],
)
def test_the_mathematician_works_each_shape_in_a_room(ask, working):
    reply = say("lovelace", f"@lovelace {ask}", author="sam")
    assert reply.endswith(f"{working}.") or f"{working}. " in reply


BOX = (
    "this week's box is £14.50 and we've got 23 households. what's the total we need to send "
    "the farm?"
)


def test_an_ask_with_figures_of_its_own_is_not_mended_with_the_line_before():
    history = (Line("sam", BOX), Line("Ada Lovelace", "23 households at £14.50 a box", own=True))
    ask = (
        "@lovelace kitty's £3 each per match, 4 of us plus 2 reserves, 11 matches. how much is "
        "that for the season"
    )
    reply = say("lovelace", ask, author="sam", history=history)
    assert reply.endswith(
        "4 of you plus 2 reserves, 6 in all, at £3 each is £18 a match; over 11 matches, £198."
    )
    assert "£14.50" not in reply


@pytest.mark.parametrize(
    "ask",
    [
        "@lovelace kitty's £3 each per match, 4 of us plus 2 reserves. how much is that for the "
        "season",
        "@lovelace kitty's £3 each, 4 of us plus 2 reserves, 11 matches. how much is that for "
        "the season",
        "@lovelace subs are £5 a week and there's 6 of us, what's that for the term",
    ],
)
def test_an_ask_of_its_own_left_unread_is_declined_not_mended_with_the_box(ask):
    history = (Line("sam", BOX), Line("Ada Lovelace", "23 households at £14.50 a box", own=True))
    reply = say("lovelace", ask, author="sam", history=history)
    assert "£14.50" not in reply and "£3.62" not in reply


def test_an_ask_says_its_own_figures_unless_it_points_back():
    assert says_its_own("kitty's £3 each, 4 of us plus 2 reserves, how much for the season")
    assert says_its_own("@lovelace tickets £5, 30 of us, what's that")
    assert not says_its_own("and if we add the entry at £13.50 each, what's the total per head")
    assert not says_its_own("same again but 6 of us at £4 each")
    assert not says_its_own("what if 2 more come at £5 each")
    assert not says_its_own("how much each for 6 people")


def test_a_figure_said_loose_just_before_leaves_the_ask_to_the_readers_of_several_lines():
    ask = "@lovelace £12 a head for 30 of us plus £100 room, total?"
    alone = say("lovelace", ask, author="sam")
    assert alone.endswith("30 of you at £12 a head is £360; + £100 room; £460 all in.")
    after = say("lovelace", ask, author="sam", history=(Line("jo", "and £40 for the dj"),))
    assert "+ £100 room" not in after
