"""Everyday sums asked in one line (bots/sums44.py): worked from their own figures, a missing
total asked for, nothing read into a line that only tells of figures."""

import pytest

from bots.sums43 import asked_of_room
from bots.sums44 import joined44, worked44
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say

WORKED = [
    ("dinner was 90 and drinks 30, split between 4", "£90 + £30 = £120, and £120 ÷ 4 = £30 each"),
    ("split 86 4 ways", "86 ÷ 4 = 21.50 each"),
    ("15 among 3", "15 ÷ 3 = 5 each"),
    ("room is 4m by 3m how much carpet do i need", "4 × 3 = 12 square metres"),
    (
        "room is 5 by 4 and carpet is 12 a square metre, cost?",
        "5 × 4 = 20 square metres, and 20 × £12 = £240",
    ),
    ("whats 15% of 80", "15% of 80 is 12"),
    ("20% off 45 quid, what do i pay?", "20% off £45 is £9 off, so £36"),
    ("tip 18% on 64", "18% of 64 is 11.52 tip, so 75.52 in all"),
    ("tip on 85 at 15 percent?", "15% of 85 is 12.75 tip, so 97.75 in all"),
    (
        "my rent went from 800 to 920 what % is that",
        "800 to 920 is up 120, and 120 ÷ 800 is a rise of 15%",
    ),
    (
        "it was 60 before and now its 45, how much % off is that",
        "60 to 45 is down 15, and 15 ÷ 60 is a drop of 25%",
    ),
    (
        "is 30% off then 10% off the same as 40% off?",
        "30% off leaves 70%, and 10% off that leaves 70% × 0.9 = 63% of the price, 37% off in all; "
        "so no, not the same as 40%",
    ),
    ("my pay rose 5% from 28000 what is it now", "28,000 up 5% is 28,000 + 1,400 = 29,400"),
    ("5k in miles?", "5 km is about 3.11 miles"),
    ("180 cm in feet", "180 cm is about 5 ft 11 in (5.91 feet)"),
    ("how many cups in a litre", "a litre is 4 cups (in 250 ml metric cups; about 4.2 in US cups)"),
    ("charles how many km is 26.2 miles", "26.2 miles is about 42.16 km"),
    ("marie what's 100 fahrenheit in celsius", "(100°F − 32) × 5/9 = about 37.8°C"),
    ("how many seconds in a day", "a day is 86,400 seconds"),
    ("if i leave at 7:40 and it takes 2h 35 when do i arrive", "07:40 + 2 hrs 35 mins is 10:15"),
    ("average of 12, 15 and 21?", "12 + 15 + 21 = 48, and ÷ 3 = 16"),
    (
        "which is cheaper 500g for 2.40 or 750g for 3.30",
        "500g for £2.40 is 48p per 100g, 750g for £3.30 is 44p per 100g; 750g for £3.30 is the "
        "better value",
    ),
    ("hey ada quick one, 17 x 23?", "17 × 23 = 391"),
    ("what's 40% of 250 plus 10", "40% of 250 is 100, and 100 + 10 = 110"),
    ("whats 2 to the power of 10", "2 ^ 10 = 1,024"),
    ("if petrol is 1.45 a litre how much for 40 litres", "40 × £1.45 = £58"),
    ("we drove 240 miles on 8 gallons, mpg?", "240 miles ÷ 8 gallons = 30 mpg"),
    (
        "we had 3 pizzas at 12.99 each and a 5 pound delivery fee, 4 of us, how much each",
        "3 × £12.99 + £5 = £43.97, and £43.97 ÷ 4 = about £10.99 each (round up a penny so it's "
        "covered)",
    ),
]


@pytest.mark.parametrize(("message", "working"), WORKED)
def test_worked(message, working):
    found = worked44(message)
    assert found is not None and found.working == working and not found.need


@pytest.mark.parametrize(
    ("message", "need"),
    [
        ("split the bill 4 ways", "what the bill came to, and I'll split it 4 ways"),
        ("what's 20% of", "20% of what"),
    ],
)
def test_missing_figure_asked_for(message, need):
    found = worked44(message)
    assert found is not None and found.need == need and not found.working


@pytest.mark.parametrize(
    "message",
    [
        "i ran 5k in 30 minutes today",
        "the room is 4m by 3m and it feels tiny",
        "my mum is 60 and dad is 64, average age of parents lol",
        "from 2010 to 2020 what % of films were sequels",
        "split 7 pizzas between 3 people",
        "i was 100% sure",
        "the 3 of us split a pizza",
        "score was 2-1 to us",
        "i scored 7/10 on the quiz",
        "my 2 kids are 5 and 7",
        # other readers' sums, never read as a split or a plain sum here
        "what's 200 plus 10%",
        "@lovelace tickets are £8.50 each and 14 of us, how much each?",
        "@lovelace the tent was £120, now £90, we split it between 3, how much each",
        "split the cost of the other 5 between the 15 of us, how much each",
        "petrol was £1.52 a litre, now £1.48, i fill 50 litres, how much do i save",
        "i've got 64, 71 and 58 on the first three tests, what do i need on the last one to "
        "average 70",
    ],
)
def test_no_sum_read_into_told_figures(message):
    assert worked44(message) is None


def test_persona_says_the_sum_in_its_voice():
    assert say("lovelace", "dinner was 90 and drinks 30, split between 4") == (
        "A sum the Engine would take in one turn of its handle, Maya: £90 + £30 = £120, and "
        "£120 ÷ 4 = £30 each."
    )
    assert say("einstein", "room is 4m by 3m how much carpet do i need") == (
        "Adding up is the one calculation nobody argues about, Maya: 4 × 3 = 12 square metres."
    )
    assert say("aibot", "split 86 4 ways") == "86 ÷ 4 = 21.50 each."
    assert say("einstein", "split the bill 4 ways") == (
        "Even a thought experiment needs its numbers, Maya: tell me what the bill came to, and "
        "I'll split it 4 ways."
    )


def test_wrong_figures_no_longer_given():
    # had got "2 hours on is 09:40", "85 + 90 = 175, and over 2", "£5 × 3 pizzas ... £3.75"
    assert "10:15" in say("lovelace", "if i leave at 7:40 and it takes 2h 35 when do i arrive")
    assert "82.33" in say("curie", "my scores were 72 85 and 90 whats my average")
    assert "£10.99 each" in say(
        "lovelace",
        "we had 3 pizzas at 12.99 each and a 5 pound delivery fee, 4 of us, how much each",
    )
    assert "110" in say("aibot", "what's 40% of 250 plus 10")


def test_asked_of_room():
    assert asked_of_room("split 86 4 ways")
    assert asked_of_room("which is cheaper 500g for 2.40 or 750g for 3.30")
    assert asked_of_room("180 cm in feet? for the roof box")
    assert asked_of_room("how many cups in a litre btw, recipe is american")
    assert not asked_of_room("we split up 2 years ago")
    assert not asked_of_room("the room is 4m by 3m and it feels tiny")


def test_figure_from_the_line_just_before():
    tom = Line("tom", "taxi was 42.60")
    assert say("einstein", "ok so split between 3 of us", history=[tom]) == (
        "Adding up is the one calculation nobody argues about, Maya: 42.60 ÷ 3 = 14.20 each."
    )
    jacket = Line("tom", "the jacket is 85")
    assert "20% of 85 is 17" in say("lovelace", "whats 20% of that", history=[jacket])
    # two figures before: which is meant is not guessed
    assert joined44("whats 20% of that", "the jacket is 85 and the shoes 60") is None
