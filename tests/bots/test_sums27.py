"""A general reader for the sums people ask Lovelace in rooms nobody has seen (`bots.expr`):
figures read as quantities with units and what they are per, the operations the words name,
and the quantity asked, worked step by step. Before, every case below got a dodge ("Let us make
a method of it..."), or a wrong sum ("£150 between 4 of you is £37.50 each", rated 1).

The raters' answers rounded on the way (24.4 gallons, 111.1 litres); worked unrounded the diesel
is £164.46, the saving £76.46, and half the charging at 79p £3.68 a week more than diesel.
"""

from __future__ import annotations

import pytest

from bots.engine import ChatLine
from bots.expr import cancels, quantities, read
from bots.wordsum import Worked
from tests.bots.test_everyday_messages import say

ADA = "Ada Lovelace"
COACH = "coach is £540 for the day, 23 of us"
IFTAR = (
    "if it's 14 people at £85 per iftar and we do 30 iftars, what's the total and per person. "
    "and what if food prices are up 10%"
)
DIESEL = (
    "diesel is 148p a litre, i get about 45mpg and do 1,100 miles a week. an EV at 28p per kWh "
    "home charging does 3.5 miles per kWh. how much do i save a week"
)
GIFT = "gift budget: we said £150 each from the 4 of us, and the hamper + cotswolds weekend is £520"

# (message, the person's message before it or "", working): the blind-rated cases
CASES = [
    (
        "and if we add the entry at £13.50 each, what's the total per head for 23",
        COACH,
        "£540 between 23 is £23.48 each; add the £13.50 each and it is £36.98 a head",
    ),
    (
        "milk price dropped to 36.5p a litre this month. we do about 2,100 litres a day. what's "
        "that over a 30 day month vs last month at 38p",
        "",
        "2,100 litres a day over 30 days is 63,000 litres; at 36.5p that is £22,995; at 38p it "
        "was £23,940, so £945 less",
    ),
    (
        "we're 4 households hosting, 30 days, and we want it roughly equal. how many each and how "
        "do we split the leftover days",
        "",
        "30 days among 4 households is 7 each with 2 left over, so 2 of the 4 take 8 and 2 take 7",
    ),
    (
        IFTAR,
        "",
        "£85 an iftar for 30 iftars is £2,550; £6.07 a person an iftar; up 10%, £2,805",
    ),
    (
        "and if two of the iftars are 18 people instead of 14",
        IFTAR,
        "£85 for 14 is £6.07 a head, so 18 people is £109.29 an iftar; 2 of those add £48.57, "
        "£2,598.57 in all; with the 10% on, £53.43 more, £2,858.43 in all",
    ),
    (
        DIESEL,
        "",
        "diesel: 1,100 miles at 45mpg is 111.1 litres, £164.46 a week; EV: 1,100 miles at 3.5 "
        "miles per kWh is 314.3 kWh, £88 a week; you save £76.46 a week",
    ),
    (
        "ok and if half my charging is rapid at 79p",
        DIESEL,
        "diesel: 1,100 miles at 45mpg is 111.1 litres, £164.46 a week; EV: 314.3 kWh, 157.1 at "
        "28p and 157.1 at 79p, is £168.14 a week; that is £3.68 a week more than diesel",
    ),
    (
        "quoted £115. it's 58 miles each way and i'll come back empty. 45mpg, diesel 148p a litre. "
        "what do i actually clear",
        "",
        "58 miles each way is 116 miles, and 116 miles at 45mpg is 11.7 litres, £17.34; £115 less "
        "that, you clear £97.66",
    ),
    (
        "how much is left after the cotswolds thing, and how much is that each if we split it back",
        GIFT,
        "£150 from each of 4 is £600; less £520, £80 is left, which is £20 each split back",
    ),
    (
        "st aidan's got 78, 81 and 74 last round. what average do we need to beat that",
        "",
        "78 + 81 + 74 is 233, over 3 is 77.67; to beat it you need above 77.67",
    ),
    (
        "if we do 2 cars at once, 10 mins a car, is 67 cars possible in 5 hours",
        "",
        "2 at once, 10 minutes a car, is 12 an hour, 60 in 5 hours: no, 7 short of 67",
    ),
]

# The same relations in other words and other figures
VARIANTS = [
    (
        "and if tickets are £8 each on top, what's that per head",
        "minibus is £360 for the trip, 12 of us",
        "£360 between 12 is £30 each; add the £8 each and it is £38 a head",
    ),
    (
        "petrol is 152p a litre, my car does 50mpg and i do 600 miles a month. an EV at 25p per "
        "kWh does 4 miles per kWh. how much would i save a month",
        "",
        "petrol: 600 miles at 50mpg is 54.6 litres, £82.92 a month; EV: 600 miles at 4 miles per "
        "kWh is 150 kWh, £37.50 a month; you save £45.42 a month",
    ),
    (
        "they quoted £200. it's 90 miles each way, 40mpg, petrol 150p a litre. what do i clear",
        "",
        "90 miles each way is 180 miles, and 180 miles at 40mpg is 20.5 litres, £30.69; £200 less "
        "that, you clear £169.31",
    ),
    (
        "electric is 24.5p a kWh now. we use about 12 kWh a day. what's that over a 31 day month "
        "compared to last month at 27p",
        "",
        "12 kWh a day over 31 days is 372 kWh; at 24.5p that is £91.14; at 27p it was £100.44, "
        "so £9.30 less",
    ),
    (
        "5 of us sharing 23 days of dog sitting, how many each and what about the leftover days",
        "",
        "23 days among 5 of you is 4 each with 3 left over, so 3 of the 5 take 5 and 2 take 4",
    ),
    (
        "we're 3 households and 12 weekends of hosting. how many each, any leftover?",
        "",
        "12 weekends among 3 households is 4 each, none left over",
    ),
    (
        "team scores were 12, 15, 9 and 14. what's the average",
        "",
        "12 + 15 + 9 + 14 is 50, over 4 is 12.5",
    ),
    (
        "if 3 bikes at once, 20 mins a bike, can we do 40 bikes in 4 hours - is it possible",
        "",
        "3 at once, 20 minutes a bike, is 9 an hour, 36 in 4 hours: no, 4 short of 40",
    ),
    (
        "if we do 4 dogs at a time, 30 mins a dog, is 30 dogs possible in 4 hours",
        "",
        "4 at once, 30 minutes a dog, is 8 an hour, 32 in 4 hours: yes, 30 fits with 2 to spare",
    ),
    (
        "we each put in £25, 6 of us, and the meal was £130. how much is left",
        "",
        "£25 from each of 6 is £150; less £130, £20 is left",
    ),
]

# Look-alikes: dates, times, scores, phone numbers, "3 for 2", years, no sum asked
REFUSED = [
    "meet at 10:30 on the 21st, how many each",
    "it was 3-1 at half time, what average",
    "call 07700 900123, how much each",
    "3 for 2 on books at £8 each, how much each",
    "we're 4 of us going on the 21st and 22nd, what's the plan",
    "born in 1990, 1992 and 1995, what's the average age gap",
    "we got 3 goals, they got 2 and 1 was disallowed, average?",
    "it's 58 miles each way, what time should i leave",
    "how many each",
    "and if it rains?",
    "diesel is 148p a litre and i do 1,100 miles a week",
    "the 2 cars at once thing was chaos, 67 cars in 5 hours",
    "4 households and 30 days of it, honestly",
    # (sums28) false fires found replaying the dev rooms and the other readers' test messages
    "family ticket for the zoo is £68 or singles are £19 each, there's 4 of us which is cheaper",
    "villa €200 a night for 7 of us, 5 nights, jess doesnt pay, how much each",
    "the van is £85 a day for 3 days plus £40 fuel, how much each for 5 of us",
    "£12 a week for 6 weeks plus £20 kit, how much each for 4 of us",
    "we're all 17, 18 and 19 here, what's the average age",
    "the sign can be 4 words max and we've got 3 of us, how many each and any leftover",
    "she was born in 1990, he was 1994 and i'm 1997, average?",
    "rent went up 7%, what's that each",
    "final was 3-1 and the semi 2-0, what's the average",
    "ring 0113 496 0123 and ask how much each",
    "meeting on the 14th at 7pm, how much each is the room at £40 a night",
    "it's 20% off today, what's that",
    "the room holds 150 and we sold 112 and 87, what's left",
    "coach leaves 8.15, 23 of us, how much each",
]


@pytest.mark.parametrize(("text", "before", "working"), CASES + VARIANTS)
def test_read(text: str, before: str, working: str) -> None:
    found = read(text, before)
    assert found is not None and found.working == working


@pytest.mark.parametrize("text", REFUSED)
def test_look_alikes_refused(text: str) -> None:
    assert read(text) is None


def test_two_head_counts_that_differ_give_no_sum() -> None:
    # "23 of us" then "for 30": which head count is meant is not sure
    assert (
        read("and if we add the entry at £13.50 each, what's the total per head for 30", COACH)
        is None
    )


@pytest.mark.parametrize(("text", "before", "working"), CASES)
def test_lovelace_says_it(text: str, before: str, working: str) -> None:
    history = (ChatLine("sam", before),) if before else ()
    reply = say("lovelace", f"@lovelace {text}", author="sam", history=history)
    assert working in reply


@pytest.mark.parametrize(
    ("before", "text", "part"),
    [
        (IFTAR, "and if two of the iftars are 18 people instead of 14", "£109.29 an iftar"),
        (DIESEL, "ok and if half my charging is rapid at 79p", "£3.68 a week more than diesel"),
    ],
)
def test_follow_up_after_her_own_reply(before: str, text: str, part: str) -> None:
    first = say("lovelace", f"@lovelace {before}", author="sam")
    history = (ChatLine("sam", f"@lovelace {before}"), ChatLine(ADA, first, own=True))
    assert part in say("lovelace", f"@lovelace {text}", author="sam", history=history)


# (sums28) As the rooms went: what she was asked before, then her reply, then a person's aside,
# then the follow-up. The sum is read after the message people said before it that makes one
# reading, nearest first; an aside that repeats a figure ("entry is £13.50") is the same figure.
ROOM_FLOWS = [
    (
        [
            "money: coach is £540 for the day, there's 23 of us signed up so far",
            "@lovelace how much each is that, and how much if we get up to 30 people",
            None,
            "and entry is £13.50 concession on top isnt it",
        ],
        "@lovelace and if we add the entry at £13.50 each, what's the total per head for 23",
        "£540 between 23 is £23.48 each; add the £13.50 each and it is £36.98 a head",
    ),
    (
        [f"@lovelace {IFTAR}", None, "cousins are coming so maybe 18 that weekend"],
        "@lovelace and if two of the iftars are 18 people instead of 14",
        "18 people is £109.29 an iftar; 2 of those add £48.57, £2,598.57 in all",
    ),
    (
        [f"@lovelace {DIESEL}", None, "rapid chargers are like 79p a kwh"],
        "@lovelace ok and if half my charging is rapid at 79p",
        "157.1 at 28p and 157.1 at 79p, is £168.14 a week",
    ),
]


def _flow(said: list[str | None]) -> tuple[ChatLine, ...]:
    """The room so far: None where she replied (a line of her own)."""
    return tuple(
        ChatLine(ADA, "A sum the Engine would take in one turn.", own=True)
        if text is None
        else ChatLine("sam" if i % 2 else "pat", text)
        for i, text in enumerate(said)
    )


@pytest.mark.parametrize(("said", "text", "part"), ROOM_FLOWS)
def test_follow_up_read_after_an_aside(said: list[str | None], text: str, part: str) -> None:
    assert part in say("lovelace", text, author="derek", history=_flow(said))


def test_a_sum_asked_before_is_not_answered_again_for_a_new_question() -> None:
    # the clear sum was asked before; "70 instead of 60" changes none of its figures
    before = (
        "quoted £115. it's 58 miles each way and i'll come back empty. 45mpg, diesel 148p a "
        "litre. what do i actually clear"
    )
    text = "if i do 70 on the m62 instead of 60, how much more fuel am i burning"
    assert read(text, [before]) is None


def test_any_persona_reads_them_in_its_own_voice() -> None:
    # (sums39: before, only the mathematician read them, and the others owned up)
    reply = say("darwin", f"@darwin {DIESEL}", author="sam")
    assert "£76.46" in reply and reply.startswith("I was never much of a mathematician")


# Fifteen sums of shapes not above, as group chats ask them, each worked by hand before the
# reader saw it (sums28): (message, the figure a right answer comes to). The reader gives that
# figure or declines; it never gives another.
NEW_SHAPES = [
    # trip cost, a pool per head with a price each on top: 960 / 8 + 15
    (
        "cottage is £960 for the week and there's 8 of us, plus £15 each for the boat trip. "
        "what's that per head",
        "£135",
    ),
    # a split with one paying a set part: (150 - 10) / 4
    (
        "dinner was £150 for 5 of us, but jo only had a starter so she pays £10 and the rest of "
        "us split it. how much each for the others",
        "£35",
    ),
    # fuel one way: 240 / 40 * 4.546 = 27.28 litres at 145p
    (
        "it's 240 miles to cornwall, the car does 40mpg and petrol is 145p a litre. what's the "
        "fuel cost",
        "£39.55",
    ),
    # hours worked at a rate: 6 * 4 * 11.50
    ("i did 6 hours a day for 4 days at £11.50 an hour, what did i earn", "£276"),
    # a recipe scaled: 250 / 12 * 30
    ("recipe is 250g flour for 12 cookies, how much flour for 30 cookies", "625"),
    # a rota: 14 shifts among 5
    (
        "we've got 14 shifts to cover this fortnight and 5 volunteers, how many shifts each and "
        "what about the leftover ones",
        "2 each with 4 left over",
    ),
    # savings a month: 1800 / 9
    (
        "i want to save £1,800 for the holiday and it's 9 months away. how much a month",
        "£200",
    ),
    # price per kg, two bags: 6.75 / 2.5 = 2.70 against 2.90
    (
        "the 2.5kg bag is £6.75 and the 1kg bag is £2.90, which is cheaper per kg",
        "£2.70",
    ),
    # a stay per person per night: 2100 / 7 / 6
    ("the villa is £2,100 for 7 nights, 6 of us, what's that per person per night", "£50"),
    # a bill each over a year: 32 * 12 / 4
    ("broadband is £32 a month and there's 4 of us, what's that each over a year", "£96"),
    # hours a month: 7.5 * 4 * 4
    (
        "a shift is 7.5 hours and i do 4 a week, how many hours is that over a 4 week month",
        "120",
    ),
    # fuel per mile: 65 / 480
    ("it's £65 to fill up and i get 480 miles out of a tank, what's that per mile", "13.5p"),
    # a pot filled each month: 1000 / (40 * 5)
    (
        "if we each put £40 a month into the pot, 5 of us, how many months to reach £1,000",
        "5 months",
    ),
    # a recipe for more people: 600 / 4 * 10
    ("the curry serves 4 and needs 600g chicken, we're 10 people, how much chicken", "1,500"),
    # one pays half a share: 48 / 3.5
    (
        "the taxi was £48, 4 of us, but sam only came halfway so he pays half a share. how much "
        "for the rest of us",
        "£13.71",
    ),
]


# (sums28) Units cancel as `reckon.units_of` cancels them: £/litre x litres/gallon x gallons
# (from miles at mpg) is £; a unit left over is no answer.
def test_units_cancel_to_pounds() -> None:
    qs = quantities("240 miles to cornwall, the car does 40mpg and petrol is 145p a litre")
    assert cancels(qs, "£")
    assert not cancels(qs[:2], "£")  # no price: litres, not pounds
    assert not cancels(qs, "litre")  # the price left over


@pytest.mark.parametrize(
    ("text", "working"),
    [
        ("£25 a jar, 30 jars, what's that", "30 jars at £25 a jar is £750"),
        (
            "we do 2 sessions a week at £6 a session, how much a month",
            "2 sessions a week at £6 a session is £52.18 a month",
        ),
        (
            "i did 6 hours a day for 4 days at £11.50 an hour, what did i earn",
            "6 hours a day over 4 days is 24 hours; at £11.50 that is £276",
        ),
    ],
)
def test_read_by_units(text: str, working: str) -> None:
    found = read(text)
    assert found is not None and found.working == working


@pytest.mark.parametrize(
    "text",
    [
        "the hall is £420 for the week and the rights were £180, what's that",  # £ x £ is no £
        "i earn £12 an hour and work 30 hours, what's that a week",  # 30 hours a week unsaid
        "we had 2 pizzas at £12 each for 5 of us, what's that each",  # pizzas left over
        "wax is £4.20 per kilo and each candle takes 180g, how much a candle",  # g against kilo
        "the dog is 3 months and 6 kilos, how much a month",  # no money
        "cottage £900 for 6 of us plus £15 each, gran doesnt pay, how much each",  # one left out
        "coach is £540, 23 of us but 3 go free, what's that each",
    ],
)
def test_units_that_do_not_cancel_give_nothing(text: str) -> None:
    assert read(text) is None


# (sums28) One figure missing for what is asked: she says which one, not a dodge.
@pytest.mark.parametrize(
    ("text", "before", "need"),
    [
        ("coach is £540 for the day, what's that each", "", "how many of you there are"),
        ("what's that each", "coach is £540 for the day", "how many of you there are"),
        ("the cake was £30, how much each", "", "how many of you there are"),
        (
            "the villa is £2,100 for 7 nights, what's that per person per night",
            "",
            "how many of you there are",
        ),
        ("£85 per iftar, what's the total", "", "how many iftars there are"),
        (
            "it's 240 miles and the car does 40mpg, what's the fuel cost",
            "",
            "what a litre of fuel costs",
        ),
        (
            "petrol is 145p a litre and the car does 40mpg, what's the fuel cost",
            "",
            "how many miles it is",
        ),
        ("the room is £40 an hour, how much is that", "", "how long it is for"),
    ],
)
def test_the_one_figure_lacking_is_asked_for(text: str, before: str, need: str) -> None:
    found = read(text, before)
    assert found is not None and found == Worked("", need=need)


@pytest.mark.parametrize(
    ("text", "before"),
    [
        ("how much each", ""),  # no figure at all: nothing to finish
        ("what's that", "i love this song"),
        ("the cake was £30 and the card £3, how much each", ""),  # two sums: which is shared?
        ("it's 240 miles, what's the fuel cost", ""),  # two figures lacking
        ("how much each", "the tickets are £12 each"),  # nothing lacking: said already
    ],
)
def test_no_figure_asked_for_when_more_than_one_is_lacking(text: str, before: str) -> None:
    found = read(text, before)
    assert found is None or not found.need


def test_she_asks_for_the_figure_in_her_voice() -> None:
    reply = say("lovelace", "@lovelace coach is £540 for the day, what's that each", author="sam")
    assert "how many of you there are" in reply


def test_another_personas_figures_are_not_read_as_the_persons() -> None:
    # (sums28) Einstein's reply holds figures of his own; the sum asked of her is not read on them
    history = (ChatLine("Albert Einstein", "coach is £540 for the day, 23 of us, as I reckon it"),)
    text = "@lovelace and if we add the entry at £13.50 each, what's the total per head"
    assert "£36.98" not in say("lovelace", text, author="sam", history=history)
    people = (ChatLine("pat", "coach is £540 for the day, 23 of us"),)
    assert "£36.98 a head" in say("lovelace", text, author="sam", history=people)


@pytest.mark.parametrize(("text", "figure"), NEW_SHAPES)
def test_new_shapes_right_or_declined_never_wrong(text: str, figure: str) -> None:
    found = read(text)
    assert found is None or figure in found.working


# Of the fifteen, the reader alone works these (the rest are declined here; the readers of one
# shape before it in the engine work the recipes, the rota, the bags and the taxi).
READ_NOW = {
    "cottage": "£960 between 8 is £120 each; add the £15 each and it is £135 a head",
    "cornwall": "240 miles at 40mpg is 27.3 litres, £39.55",
    "holiday": "£1,800 in 9 months is £200 a month",
    "villa": "7 nights for 6 of you; £2,100 ÷ that is £50 per person per night",
    "broadband": "a year at £32 a month is £384; between 4 of you, £96 each",
    "fill up": "£65 at 480 miles is 13.5p per mile",
    "pot": "5 of you at £40 a month; £1,000 ÷ that is 5 months",
    "earn": "6 hours a day over 4 days is 24 hours; at £11.50 that is £276",
}


@pytest.mark.parametrize(("key", "working"), READ_NOW.items())
def test_new_shapes_read(key: str, working: str) -> None:
    text = next(t for t, _ in NEW_SHAPES if key in t)
    found = read(text)
    assert found is not None and found.working == working


@pytest.mark.parametrize(
    ("text", "working"),
    [
        # a rate stays a rate when the question asks over no time of its own
        (
            "the flat is £1,200 a month, 3 of us, how much each",
            "£1,200 a month between 3 of you is £400 each a month",
        ),
        (
            "£40 an hour, 3 of us, how much each",
            "£40 an hour between 3 of you is £13.33 each an hour",
        ),
        (
            "it's 240 miles, petrol is 145p a litre and my car does 40mpg, what will the fuel cost",
            "240 miles at 40mpg is 27.3 litres, £39.55",
        ),
        (
            "we're 6 of us and it's £20 a head for the meal, what's that",
            "6 of you at £20 a head is £120",
        ),
    ],
)
def test_rates_kept_and_costs_named(text: str, working: str) -> None:
    found = read(text)
    assert found is not None and found.working == working


@pytest.mark.parametrize(
    "text",
    [
        "£20 a head, 6 of us, what's that each",  # it is £20 each: no head count lacking
        "i sleep 7 hours a night, how many hours a week",  # a count asked, no sum of money
    ],
)
def test_nothing_lacking_asks_nothing(text: str) -> None:
    found = read(text)
    assert found is None or not found.need
