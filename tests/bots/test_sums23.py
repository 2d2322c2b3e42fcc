"""Everyday sums of the shapes group chats ask a mathematician (session 23): two ways of paying
compared ("global pass is €379 ... each ticket maybe €45-60. which is cheaper": she answered
with a raffle line), a score rising by a step and a mark to reach ("58% on mock 1 and 64% on
mock 2 and the pass mark is 70, am i on track": "There my mathematics fails me"), a figure
changed in a follow-up ("ok redo it with €15 reservations on 5 of the trains", "ok make it 1 min
of faffing": "Do tell me more"), percentages, VAT, discounts, tips, averages, better value by
size, a recipe scaled, money at a rate, a journey's time, a target reached at a steady rate.
`bots.wordsum` reads each exactly or not at all; a figure it cannot be sure of is asked for."""

from __future__ import annotations

import pytest

from bots.asks import request_kind
from bots.engine import _sum_redone
from bots.wordsum import redo, redone, word_sum
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import VOICES, say

LOVELACE = "A sum the Engine would take in one turn of its handle"
ADA = "Ada Lovelace"
PASS = (
    "@lovelace global pass is €379 for 15 travel days in a month, or we buy trains separately. "
    "we're doing like 8 trains. each ticket maybe €45-60. which is cheaper"
)
SONGS = (
    "@lovelace if each song is about 3 and a half min plus 30 sec of us faffing between songs how "
    "many fit in 25 min"
)


# ---------------------------------------------------------------------------------------------
# The dev rooms' questions, end to end in her voice.
def test_a_pass_against_tickets_at_a_range_of_prices_is_compared():
    # It was "Ah, Leo, that is exactly my kind of puzzle. With five tickets in a raffle ...".
    assert request_kind(PASS.removeprefix("@lovelace ")) == "sum"
    assert say("lovelace", PASS, author="leo") == (
        f"{LOVELACE}, Leo: 8 trains at €45-60 is €360-480; the pass is €379, so it wins if a "
        "train averages over €47.38: at the middle (€52.50) the pass saves €41."
    )


def test_reservations_added_in_a_follow_up_are_worked_in_with_the_earlier_figures():
    # It was "Do tell me more, Leo; I like to see the whole pattern."
    history = (
        Line("leo", PASS),
        Line(ADA, "A sum the Engine would take ...", own=True),
        Line("mia", "plus seat reservations for the fast ones right? those add up"),
    )
    assert say(
        "lovelace",
        "@lovelace ok redo it with €15 reservations on 5 of the trains",
        author="leo",
        history=history,
    ) == (
        f"{LOVELACE}, Leo: 8 trains at €45-60 is €360-480; the pass with 5 × €15 reservations is "
        "€454, so it wins if a train averages over €56.75: at the middle (€52.50) singles save "
        "€34."
    )
    # And a follow-up of that follow-up keeps the reservations.
    history = (
        *history,
        Line("leo", "@lovelace ok redo it with €15 reservations on 5 of the trains"),
        Line(ADA, "A sum ...", own=True),
    )
    assert say(
        "lovelace", "@lovelace and what if it's 10 trains", author="leo", history=history
    ) == (
        f"{LOVELACE}, Leo: 10 trains at €45-60 is €450-600; the pass with 5 × €15 reservations "
        "is €454, so it wins if a train averages over €45.40: at the middle (€52.50) the pass "
        "saves €71."
    )


def test_scores_rising_by_a_step_are_carried_on_to_the_pass_mark():
    # It was "There my mathematics fails me, Ben; I simply do not know."
    assert say(
        "lovelace",
        "@lovelace also quick one, if i got 58% on mock 1 and 64% on mock 2 and the pass mark is "
        "70, am i on track if i keep improving at that rate",
        author="ben",
    ) == (
        f"{LOVELACE}, Ben: 58% to 64% is up 6 points a mock; at that rate mock 3 is 70%, exactly "
        "the pass mark of 70%: on track, with nothing to spare."
    )


def test_one_figure_changed_in_a_follow_up_is_worked_again():
    # It was "Do tell me more, Priya; I like to see the whole pattern."
    history = (
        Line("priya", SONGS),
        Line(
            ADA,
            "Set out as a little table, Priya: 3.5 minutes and 30 seconds is 4 minutes a go, so 6 "
            "fit in 25 minutes, with 1 minute over.",
            own=True,
        ),
        Line("tom", "we faff more than 30 sec let's be real"),
    )
    assert say(
        "lovelace", "@lovelace ok make it 1 min of faffing", author="priya", history=history
    ) == (
        f"{LOVELACE}, Priya: 3.5 minutes and 1 minute is 4.5 minutes a go, so 5 fit in 25 "
        "minutes, with 2.5 minutes over."
    )


def test_a_pace_asked_per_km_and_per_mile_is_said_in_both():
    # It was "... 7 minutes 36 seconds a km, or 7.9 km an hour" (no mile, though asked).
    assert say(
        "lovelace",
        "@lovelace if i run 5k in 38 mins what's my pace per km. and per mile bc my dad only "
        "thinks in miles",
        author="dan",
    ) == (
        "Distance divided by time, Dan, and the Engine would agree: 5 km in 38 mins is 7 minutes "
        "36 seconds a km, or 12 minutes 14 seconds a mile, or 7.9 km an hour."
    )


# ---------------------------------------------------------------------------------------------
# Phrasings of each shape, none from the dev rooms: (message, working, number, need).
COMPARE = [
    (
        (
            "choir trip: coach pass is £120 for the whole tour or £18 a leg, we're doing 8 "
            "legs, which is cheaper"
        ),
        (
            "8 legs at £18 is £144; the pass is £120: the pass is cheaper by £24, and they "
            "break even at 6.67 legs"
        ),
        "the pass, by £24",
        "",
    ),
    (
        (
            "allotment society - annual seed club card £40 or like £3.50 a packet, we buy "
            "about 14 packets, is the card worth it"
        ),
        (
            "14 packets a year at £3.50 is £49 a year; the card is £40 a year: the card is "
            "cheaper by £9 a year, and they break even at 11.43 packets a year"
        ),
        "the card, by £9 a year",
        "",
    ),
    (
        (
            "the swim pass is £45 for 10 swims or £5.20 a swim, i only go like 6 times tho, "
            "is it worth it pls"
        ),
        (
            "6 swims at £5.20 is £31.20; the pass is £45: paying as you go is cheaper by "
            "£13.80, and they break even at 8.65 swims"
        ),
        "paying as you go, by £13.80",
        "",
    ),
    (
        (
            "gaming clan: season pass is $25 or $4 each for the maps, we'd play 5 maps, "
            "which works out cheaper"
        ),
        (
            "5 maps at $4 is $20; the season pass is $25: paying as you go is cheaper by $5, "
            "and they break even at 6.25 maps"
        ),
        "paying as you go, by $5",
        "",
    ),
    (
        (
            "ward nurses parking: permit £60 a month or £4 a day and i do 3 shifts a week "
            "which is cheaper"
        ),
        (
            "3 shifts a week is 13 a month; at £4 that is £52 a month; the permit is £60 a "
            "month: paying as you go is cheaper by £8 a month, and they break even at 15 "
            "shifts a month"
        ),
        "paying as you go, by £8 a month",
        "",
    ),
    (
        (
            "family ticket for the zoo is £68 or singles are £19 each, there's 4 of us which "
            "is cheaper"
        ),
        (
            "4 tickets at £19 is £76; the family ticket is £68: the family ticket is cheaper "
            "by £8, and they break even at 3.58 tickets"
        ),
        "the family ticket, by £8",
        "",
    ),
    (
        "museum pass €59 vs €12-15 per visit, we'll do 5 visits, which is better",
        (
            "5 visits at €12-15 is €60-75; the pass is €59: the pass is cheaper anywhere in "
            "that range (they break even at €11.80 a visit)"
        ),
        "the pass",
        "",
    ),
    (
        "museum pass €59 vs €12–15 per visit, we'll do 5 visits, which is better",
        (
            "5 visits at €12-15 is €60-75; the pass is €59: the pass is cheaper anywhere in "
            "that range (they break even at €11.80 a visit)"
        ),
        "the pass",
        "",
    ),
    (
        "gym is £35 a month or £6 a visit and i go like 2x a week, which is cheaper",
        (
            "2 visits a week is about 8.67 a month; at £6 that is £52 a month; the "
            "membership is £35 a month: the membership is cheaper by £17 a month, and they "
            "break even at 5.83 visits a month"
        ),
        "the membership, by £17 a month",
        "",
    ),
    (
        (
            "climbing wall 10 visit card is £85 or £10 a session, i go maybe 6 times, is the "
            "card worth it"
        ),
        (
            "6 sessions at £10 is £60; the card is £85: paying as you go is cheaper by £25, "
            "and they break even at 8.5 sessions"
        ),
        "paying as you go, by £25",
        "",
    ),
    (
        (
            "pool membership £28 a month vs £4.50 a swim, i swim 3 times a week which is "
            "better value"
        ),
        (
            "3 swims a week is 13 a month; at £4.50 that is £58.50 a month; the membership "
            "is £28 a month: the membership is cheaper by £30.50 a month, and they break "
            "even at 6.22 swims a month"
        ),
        "the membership, by £30.50 a month",
        "",
    ),
    (
        ("yoga class pass £70 a month or £12 a class, i go 1x a week, which is better value"),
        (
            "1 class a week is about 4.33 a month; at £12 that is £52 a month; the pass is "
            "£70 a month: paying as you go is cheaper by £18 a month, and they break even at "
            "5.83 classes a month"
        ),
        "paying as you go, by £18 a month",
        "",
    ),
    (
        (
            "season ticket £1,200 a year or £29 a day, i commute like 3 days a week, which "
            "works out cheaper"
        ),
        (
            "3 days a week is 156 a year; at £29 that is £4,524 a year; the season ticket is "
            "£1,200 a year: the season ticket is cheaper by £3,324 a year, and they break "
            "even at 41.38 days a year"
        ),
        "the season ticket, by £3,324 a year",
        "",
    ),
    (
        (
            "festival weekend pass £150 or day tickets at £55-70, we'd go all 3 days, which "
            "is cheaper"
        ),
        (
            "3 days at £55-70 is £165-210; the pass is £150: the pass is cheaper anywhere in "
            "that range (they break even at £50 a day)"
        ),
        "the pass",
        "",
    ),
    (
        "annual sub £99 or £10.99 a month, which is cheaper",
        (
            "£99 a year, £10.99 a month is £131.88 a year: paying by the year is cheaper by "
            "£32.88 a year"
        ),
        "paying by the year, by £32.88 a year",
        "",
    ),
    (
        ("netflix type thing, the annual sub is £99 or its £10.99 a month, which 1 is cheaper"),
        (
            "£99 a year, £10.99 a month is £131.88 a year: paying by the year is cheaper by "
            "£32.88 a year"
        ),
        "paying by the year, by £32.88 a year",
        "",
    ),
    (
        ("phone contract is £18 a month or the sim only deal is £180 a year which 1 is cheaper"),
        ("£18 a month is £216 a year, £180 a year: paying by the year is cheaper by £36 a year"),
        "paying by the year, by £36 a year",
        "",
    ),
    (
        "bus pass is £60 or £2.50 a journey, which is cheaper",
        "",
        "",
        "how many journeys you will need",
    ),
    (
        (
            "wich is cheeper, the allotment society card £12 a year or £2.50 a visit to the "
            "seed swap, we go 6 times a year"
        ),
        (
            "6 visits a year at £2.50 is £15 a year; the card is £12 a year: the card is "
            "cheaper by £3 a year, and they break even at 4.8 visits a year"
        ),
        "the card, by £3 a year",
        "",
    ),
]
VALUE = [
    (
        "500g for £2.50 or 1kg for £4.20 which is better value",
        (
            "£2.50 for 500g is 50p per 100g, £4.20 for 1kg is 42p per 100g: the 1kg is "
            "better value, 16% less per 100g"
        ),
        "the 1kg",
        "",
    ),
    (
        "the 6 pack is £4.20 or singles at 80p which is better value pls",
        (
            "£4.20 for a 6-pack is 70p each, singles are 80p each: the 6-pack is better "
            "value, 12.5% less each"
        ),
        "the 6-pack",
        "",
    ),
    (
        "2 litres for £1.65 vs 4 pints for £1.45 whats better value",
        (
            "£1.65 for 2 litres is 82.5p a litre, £1.45 for 4 pints is 63.8p a litre: the 4 "
            "pints is better value, 22.6% less a litre"
        ),
        "the 4 pints",
        "",
    ),
    (
        "rice 2kg at £3.40 or 5kg for £7.50 which is the better deal for the food bank",
        (
            "£3.40 for 2kg is 17p per 100g, £7.50 for 5kg is 15p per 100g: the 5kg is better "
            "value, 11.8% less per 100g"
        ),
        "the 5kg",
        "",
    ),
    (
        "oat milk 1 litre for £1.80 or 500ml for 95p, which is cheaper",
        (
            "£1.80 for 1 litre is £1.80 a litre, 95p for 500ml is £1.90 a litre: the 1 litre "
            "is better value, 5.3% less a litre"
        ),
        "the 1 litre",
        "",
    ),
    (
        "biscuits 300g for £1.20 or 500g for £2, which is better value",
        "£1.20 for 300g is 40p per 100g, £2 for 500g is 40p per 100g: the same value",
        "the same value",
        "",
    ),
    (
        "coffee beans 250g for £4.50 or 1kg at £15, which is the better deal",
        (
            "£4.50 for 250g is £1.80 per 100g, £15 for 1kg is £1.50 per 100g: the 1kg is "
            "better value, 16.7% less per 100g"
        ),
        "the 1kg",
        "",
    ),
]
TREND = [
    (
        (
            "@lovelace also quick one, if i got 58% on mock 1 and 64% on mock 2 and the pass "
            "mark is 70, am i on track if i keep improving at that rate"
        ),
        (
            "58% to 64% is up 6 points a mock; at that rate mock 3 is 70%, exactly the pass "
            "mark of 70%: on track, with nothing to spare"
        ),
        "on track: 70% at mock 3",
        "",
    ),
    (
        (
            "scored 52 on the first practice paper and 57 on the second, need 70 to pass, "
            "when will i get there at this rate"
        ),
        (
            "52 to 57 is up 5 a practice paper; at that rate 62, 67, 72: over the pass mark "
            "of 70 by practice paper 5"
        ),
        "practice paper 5",
        "",
    ),
    (
        ("got 40% in test 1, 46% in test 2 and 55% in test 3, pass is 65, am i on track lol"),
        (
            "40% to 46% to 55% is up 7.5 points a test on average; at that rate 62.5%, 70%: "
            "over the pass mark of 65% by test 5"
        ),
        "test 5",
        "",
    ),
    (
        (
            "my essays went 58 on essay 1 and 61 on essay 2, target is a 70, if i keep going "
            "like this when do i hit it"
        ),
        (
            "58 to 61 is up 3 an essay; at that rate 64, 67, 70: exactly your target of 70 "
            "by essay 5"
        ),
        "essay 5",
        "",
    ),
    (
        (
            "choir sight reading quiz: 12 on quiz 1, 15 on quiz 2, goal 24 how many more "
            "quizzes at this rate"
        ),
        ("12 to 15 is up 3 a quiz; at that rate 18, 21, 24: exactly your target of 24 by quiz 5"),
        "quiz 5",
        "",
    ),
    (
        "ugh 72% on mock 1 then 68% on mock 2, pass mark 70 am i on track",
        ("72% to 68% is down 4 points a mock: at that rate 70% is never reached; it needs a rise"),
        "not on track",
        "",
    ),
    (
        "got 61 on mock 1 and 66 on mock 2, am i on track",
        "61 to 66 is up 5 a mock; at that rate mock 3 is 71",
        "",
        "the mark you are aiming for",
    ),
]
TARGET = [
    (
        "i've got £300 saved and put away £50 a month, when will i hit £1000",
        "from £300 to £1,000 is £700 up; at £50 a month that is 14 months",
        "14 months",
        "",
    ),
    (
        "im 84kg and losing 0.5kg a week, how long till 78kg",
        "from 84 kg to 78 kg is 6 kg down; at 0.5 kg a week that is 12 weeks",
        "12 weeks",
        "",
    ),
    (
        "wedding fund: we have £2,400 and save £350 a month, when will we reach £6,000",
        ("from £2,400 to £6,000 is £3,600 up; at £350 a month that is 10.3 months, so 11 months"),
        "11 months",
        "",
    ),
    (
        ("food bank has £120 in the kitty and raises like £45 a week, how long until we have £500"),
        "from £120 to £500 is £380 up; at £45 a week that is 8.4 weeks, so 9 weeks",
        "9 weeks",
        "",
    ),
    (
        ("saving for the clan's server, got $40 and we add $15 a month, when do we hit $200"),
        "from $40 to $200 is $160 up; at $15 a month that is 10.7 months, so 11 months",
        "11 months",
        "",
    ),
    (
        "im at 92kg and lose 1kg a week, how many weeks to get to 85kg",
        "from 92 kg to 85 kg is 7 kg down; at 1 kg a week that is 7 weeks",
        "7 weeks",
        "",
    ),
]
PERCENT = [
    (
        "45 out of 60 on the quiz, what percent is that",
        "45 out of 60 is 75%",
        "75%",
        "",
    ),
    (
        "what percentage is 18 of 24",
        "18 out of 24 is 75%",
        "75%",
        "",
    ),
    (
        "we sold 156 of 200 raffle tickets, what % is that",
        "156 out of 200 is 78%",
        "78%",
        "",
    ),
    (
        "17/20 on the spelling test whats that as a percentage",
        "17 out of 20 is 85%",
        "85%",
        "",
    ),
    (
        "nurses rota: 9 of 36 shifts are nights, what percent",
        "9 out of 36 is 25%",
        "25%",
        "",
    ),
    (
        "got 31 out of 40 in the mock, what % is that pls",
        "31 out of 40 is 77.5%",
        "77.5%",
        "",
    ),
]
CHANGE = [
    (
        "rent went from £850 to £920, what % rise is that",
        "£850 to £920 is up £70, a rise of about 8.2%",
        "about 8.2%",
        "",
    ),
    (
        ("our membership went from 120 to 96 members this year whats that as a percentage drop"),
        "120 to 96 is down 24, a drop of 20%",
        "20%",
        "",
    ),
    (
        "subs went up from £40 to £46 whats the percent increase",
        "£40 to £46 is up £6, a rise of 15%",
        "15%",
        "",
    ),
    (
        "my 5k went from 34 to 31 mins whats that in percent",
        "34 to 31 is down 3, a drop of about 8.8%",
        "about 8.8%",
        "",
    ),
    (
        "bakery flour went from £1.10 to £1.45 a bag, how much is that as a % increase",
        "£1.10 to £1.45 is up 35p, a rise of about 31.8%",
        "about 31.8%",
        "",
    ),
    (
        "choir numbers from 30 to 42 since sept, what % increase is that",
        "30 to 42 is up 12, a rise of 40%",
        "40%",
        "",
    ),
]
VAT = [
    (
        "invoice is £144 inc vat, whats it without vat",
        (
            "£144 with VAT at 20% (the standard UK rate) is £120 before VAT and £24 of VAT "
            "(divide by 1.2; taking 20% off would be wrong)"
        ),
        "£120 before VAT",
        "",
    ),
    (
        "quote is £250 + vat, whats the total",
        "£250 plus VAT at 20% (the standard UK rate) is £50 of VAT, so £300 in all",
        "£300",
        "",
    ),
    (
        "the hall hire is £360 including vat, how much is the vat",
        (
            "£360 with VAT at 20% (the standard UK rate) is £300 before VAT and £60 of VAT "
            "(divide by 1.2; taking 20% off would be wrong)"
        ),
        "£60 of VAT",
        "",
    ),
    (
        "catering quote £1,200 ex vat, what is it with vat pls",
        "£1,200 plus VAT at 20% (the standard UK rate) is £240 of VAT, so £1,440 in all",
        "£1,440",
        "",
    ),
    (
        "kids car seat £90 incl vat at 5%, whats it before vat",
        (
            "£90 with VAT at 5% is £85.71 before VAT and £4.29 of VAT (divide by 1.05; "
            "taking 5% off would be wrong)"
        ),
        "£85.71 before VAT",
        "",
    ),
    (
        "the van hire is €300 plus vat, whats the total",
        "",
        "",
        "the VAT rate where you are",
    ),
]
DISCOUNT = [
    (
        "20% off then another 10% off at the till on an £80 coat, what do i pay",
        (
            "£80 less 20% is £64, then less 10% is £57.60: 28% off in all, not 30% (each "
            "comes off what is left)"
        ),
        "£57.60",
        "",
    ),
    (
        "coat is £80 with 25% off, how much",
        "£80 less 25% is £60",
        "£60",
        "",
    ),
    (
        ("dress was £120, 30% off in the sale and an extra 10% off with the code, what do i pay"),
        (
            "£120 less 30% is £84, then less 10% is £75.60: 37% off in all, not 40% (each "
            "comes off what is left)"
        ),
        "£75.60",
        "",
    ),
    (
        "bridesmaid shoes £65 with 15% off how much are they",
        "£65 less 15% is £55.25",
        "£55.25",
        "",
    ),
    (
        "amp for the band £240, 10% member discount and 5% off for cash, how much",
        (
            "£240 less 10% is £216, then less 5% is £205.20: 14.5% off in all, not 15% (each "
            "comes off what is left)"
        ),
        "£205.20",
        "",
    ),
    (
        "choir robes are £45 with 20% off for members, how much pls",
        "£45 less 20% is £36",
        "£36",
        "",
    ),
]
TIP = [
    (
        "bill is £86, we want to leave 12.5% tip and split between 4 of us, how much each",
        "12.5% of £86 is £10.75, so £96.75; among 4 of you, about £24.19 each",
        "about £24.19 each",
        "",
    ),
    (
        "bill came to £64.50 whats a 15% tip",
        "15% of £64.50 is £9.68, so £74.18",
        "£74.18",
        "",
    ),
    (
        "the curry was £112 for the 6 of us plus 10% service how much each",
        "10% of £112 is £11.20, so £123.20; among 6 of you, about £20.53 each",
        "about £20.53 each",
        "",
    ),
    (
        "ward night out: dinner £240, tip 12%, what's the total",
        "12% of £240 is £28.80, so £268.80",
        "£268.80",
        "",
    ),
    (
        "wedding party drinks tab £380, adding a 15% tip, how much is that",
        "15% of £380 is £57, so £437",
        "£437",
        "",
    ),
    (
        "dinner was £58, should we tip, how much",
        "10% to 12.5% is usual: 10% of £58 is £5.80 (£63.80 in all), 12.5% is £7.25 (£65.25)",
        "£5.80 to £7.25",
        "",
    ),
]
AVERAGE = [
    (
        "the scores were 12, 15, 9 and 14, whats the average",
        "12 + 15 + 9 + 14 = 50, and over 4 that is 12.5",
        "12.5",
        "",
    ),
    (
        "our quiz scores this season: 34, 41, 38, 29 and 45 - what's our average",
        "34 + 41 + 38 + 29 + 45 = 187, and over 5 that is 37.4",
        "37.4",
        "",
    ),
    (
        "choir attendance was 22, 25 and 19 the last three weeks, whats the mean",
        "22 + 25 + 19 = 66, and over 3 that is 22",
        "22",
        "",
    ),
    (
        "i ran 5.2, 6.1 and 4.8 km this week, average?",
        "5.2 + 6.1 + 4.8 = 16.1, and over 3 that is about 5.37 km",
        "about 5.37 km",
        "",
    ),
    (
        "shop takings £312, £287, £340 and £295 this week whats the avg per day",
        "£312 + £287 + £340 + £295 = £1,234, and over 4 that is £308.50",
        "£308.50",
        "",
    ),
    (
        "allotment plot yields 4.5kg, 6kg and 3.5kg, what's the average pls",
        "4.5 + 6 + 3.5 = 14, and over 3 that is about 4.67 kg",
        "about 4.67 kg",
        "",
    ),
    (
        "hw many on avrage, our sunday tables were 14, 18 and 13",
        "14 + 18 + 13 = 45, and over 3 that is 15",
        "15",
        "",
    ),
]
RECIPE = [
    (
        "recipe for 4 needs 300g pasta and 2 tins of tomatoes, how much for 10",
        "from 4 to 10 is × 2.5: 750g pasta, 5 tins of tomatoes",
        "750g pasta, 5 tins of tomatoes",
        "",
    ),
    (
        "the brownie recipe serves 8 - 200g butter, 3 eggs, 250g sugar. how much for 20",
        "from 8 to 20 is × 2.5: 500g butter, 7.5 (say 8) eggs, 625g sugar",
        "500g butter, 7.5 (say 8) eggs, 625g sugar",
        "",
    ),
    (
        ("curry recipe is for 6, 1kg chicken, 2 onions and 400ml coconut milk, scale to 9 pls"),
        "from 6 to 9 is × 1.5: 1.5kg chicken, 3 onions, 600ml coconut milk",
        "1.5kg chicken, 3 onions, 600ml coconut milk",
        "",
    ),
    (
        (
            "pancakes recipe makes enough for 4: 100g flour, 2 eggs, 300ml milk. what do i "
            "need for 10 of us"
        ),
        "from 4 to 10 is × 2.5: 250g flour, 5 eggs, 750ml milk",
        "250g flour, 5 eggs, 750ml milk",
        "",
    ),
    (
        "soup for 5 uses 750g squash and 1 litre stock, how much for 12 people",
        "from 5 to 12 is × 2.4: 1.8kg squash, 2.4 litres stock",
        "1.8kg squash, 2.4 litres stock",
        "",
    ),
    (
        "wedding cake recipe serves 12 with 6 eggs and 360g flour, how much for 30 guests",
        "from 12 to 30 is × 2.5: 15 eggs, 900g flour",
        "15 eggs, 900g flour",
        "",
    ),
]
CURRENCY = [
    (
        "£1 = €1.17, how much is €45 in pounds",
        "€45 at £1 = €1.17 is £38.46",
        "£38.46",
        "",
    ),
    (
        "rate is 1.17 euros to the pound, whats €200 in pounds",
        "€200 at £1 = €1.17 is £170.94",
        "£170.94",
        "",
    ),
    (
        "if £1 gets you $1.27 how much is $50",
        "$50 at £1 = $1.27 is £39.37",
        "£39.37",
        "",
    ),
    (
        "1 eur = 0.86 gbp, what's €85 in pounds",
        "€85 at €1 = £0.86 is £73.10",
        "£73.10",
        "",
    ),
    (
        "£250 spending money and £1 = €1.16, how many euros is that",
        "£250 at £1 = €1.16 is €290",
        "€290",
        "",
    ),
    (
        "clan server is $60, £1 is $1.25, what's that in pounds",
        "$60 at £1 = $1.25 is £48",
        "£48",
        "",
    ),
]
JOURNEY = [
    (
        "its 120 miles and we average 50mph, how long will it take",
        "120 miles at 50 mph is 2 h 24 min, with no stops",
        "2 h 24 min",
        "",
    ),
    (
        "the coach does 55 mph and its 165 miles to the festival, how long",
        "165 miles at 55 mph is 3 hours, with no stops",
        "3 hours",
        "",
    ),
    (
        "270 km at 90 km/h how long will it take",
        "270 km at 90 km/h is 3 hours, with no stops",
        "3 hours",
        "",
    ),
    (
        "we drive 200 miles at about 60mph how long is that",
        "200 miles at 60 mph is 3 h 20 min, with no stops",
        "3 h 20 min",
        "",
    ),
    (
        "at 50mph for 2.5 hours how far do we get",
        "50 mph for 2.5 hours is 125 miles",
        "125 miles",
        "",
    ),
    (
        "cycling at 18 km/h for 3 hours how far",
        "18 km/h for 3 hours is 54 km",
        "54 km",
        "",
    ),
]
KITTY = [
    (
        (
            "6 of us chipped in £14 each for the leaving present, card was £3.50 and flowers "
            "£42, what's left for the voucher"
        ),
        "6 × £14 is £84; less £3.50 and £42 (£45.50) leaves £38.50",
        "£38.50",
        "",
    ),
    (
        ("choir collection: 12 of us put in £5 each, the bouquet was £38, how much is left over"),
        "12 × £5 is £60; less £38 leaves £22",
        "£22",
        "",
    ),
    (
        (
            "we raised £480 at the bake sale, hall hire was £120 and ingredients £65, how "
            "much is left"
        ),
        "£480; less £120 and £65 (£185) leaves £295",
        "£295",
        "",
    ),
    (
        "the kitty has £60, pizza came to £43.50, whats left",
        "£60; less £43.50 leaves £16.50",
        "£16.50",
        "",
    ),
    (
        "gaming clan pot is $200, server costs $35 and the bot sub $12, what's left",
        "$200; less $35 and $12 ($47) leaves $153",
        "$153",
        "",
    ),
    (
        (
            "ward night out: 8 of us paid £25 each, the meal was £176 and taxis £22, how "
            "much is left? split the rest between 8 of us"
        ),
        "8 × £25 is £200; less £176 and £22 (£198) leaves £2, 25p each for 8",
        "25p each",
        "",
    ),
    (
        "we raised £300 and the raffle prizes cost £340, whats left",
        "£300 against £340 spent: £40 short",
        "£40 short",
        "",
    ),
]
SHARES = [
    (
        (
            "the seed order came to £63.40 and there's 4 plots, but kasia only wants a half "
            "share cos she's away most of august. how much does everyone pay"
        ),
        (
            "3 full shares and a half for kasia is 3.5 shares: £63.40 ÷ 3.5 is about £18.11 "
            "a full share and £9.06 for kasia"
        ),
        "about £18.11 each, £9.06 for kasia",
        "",
    ),
    (
        (
            "electric bill is £180 and there's 4 of us but sam only pays half cos he's away, "
            "how much each"
        ),
        (
            "3 full shares and a half for sam is 3.5 shares: £180 ÷ 3.5 is about £51.43 a "
            "full share and £25.71 for sam"
        ),
        "about £51.43 each, £25.71 for sam",
        "",
    ),
    (
        (
            "wedding party: the minibus is £240 for 6 people, but leo only wants a half "
            "share as he's coming late, how much each"
        ),
        (
            "5 full shares and a half for leo is 5.5 shares: £240 ÷ 5.5 is about £43.64 a "
            "full share and £21.82 for leo"
        ),
        "about £43.64 each, £21.82 for leo",
        "",
    ),
    (
        (
            "bills are £120 and there's 3 rooms but jo has a double share for the big room, "
            "how much each"
        ),
        (
            "2 full shares and a double for jo is 4 shares: £120 ÷ 4 is £30 a full share and "
            "£60 for jo"
        ),
        "£30 each, £60 for jo",
        "",
    ),
    (
        (
            "the allotment water bill was £90 for 5 plots, tom takes half as his plot is "
            "tiny, how much does everyone pay"
        ),
        (
            "4 full shares and a half for tom is 4.5 shares: £90 ÷ 4.5 is £20 a full share "
            "and £10 for tom"
        ),
        "£20 each, £10 for tom",
        "",
    ),
    (
        (
            "team kit order £150, 5 players, but alex only gets a half share since he's a "
            "sub, how much each"
        ),
        (
            "4 full shares and a half for alex is 4.5 shares: £150 ÷ 4.5 is about £33.33 a "
            "full share and £16.67 for alex"
        ),
        "about £33.33 each, £16.67 for alex",
        "",
    ),
    (
        "dinner was £96 for 4 of us but dave left early so he pays half, how much each",
        (
            "3 full shares and a half for dave is 3.5 shares: £96 ÷ 3.5 is about £27.43 a "
            "full share and £13.71 for dave"
        ),
        "about £27.43 each, £13.71 for dave",
        "",
    ),
    (
        "taxi is £36 for 3 of us, mo only pays half cos she got out first, how much each",
        (
            "2 full shares and a half for mo is 2.5 shares: £36 ÷ 2.5 is £14.40 a full share "
            "and £7.20 for mo"
        ),
        "£14.40 each, £7.20 for mo",
        "",
    ),
    (
        (
            "the cabin is £600 for 5 people but priya has the double room so pays a double "
            "share, how much each"
        ),
        (
            "4 full shares and a double for priya is 6 shares: £600 ÷ 6 is £100 a full share "
            "and £200 for priya"
        ),
        "£100 each, £200 for priya",
        "",
    ),
]
OVERALL = [
    (
        (
            "if i get 48/70 on paper 1 and 52/70 on paper 2 whats my percentage, grade 7 is "
            "like 68% i think"
        ),
        ("48 + 52 = 100 out of 70 + 70 = 140, which is about 71.4%: over the 68% for grade 7"),
        "about 71.4%",
        "",
    ),
    (
        "got 34/50 and 41/50 on the two tests, what's that overall",
        "34 + 41 = 75 out of 50 + 50 = 100, which is 75%",
        "75%",
        "",
    ),
    (
        "mock results 55/80, 61/80 and 70/90, whats my total percentage",
        "55 + 61 + 70 = 186 out of 80 + 80 + 90 = 250, which is 74.4%",
        "74.4%",
        "",
    ),
    (
        "quiz night we got 18/25, 21/25 and 15/20 in the rounds, what % overall",
        "18 + 21 + 15 = 54 out of 25 + 25 + 20 = 70, which is about 77.1%",
        "about 77.1%",
        "",
    ),
    (
        "nursing exam parts 40/60 and 35/40, the pass is 70%, whats my overall percent",
        "40 + 35 = 75 out of 60 + 40 = 100, which is 75%: over the 70% for pass",
        "75%",
        "",
    ),
    (
        "scored 12 out of 20 and 17 out of 20, what's that as a percentage overall",
        "12 + 17 = 29 out of 20 + 20 = 40, which is 72.5%",
        "72.5%",
        "",
    ),
]
NEEDED = [
    (
        (
            "what do i need on paper 3 to get 60% overall, paper 1 was 55/80 and paper 2 was "
            "41/80, paper 3 is out of 80"
        ),
        (
            "60% of 240 is 144; with 55 on paper 1 and 41 on paper 2 you need 48 out of 80 "
            "on paper 3 (60%)"
        ),
        "48 out of 80",
        "",
    ),
    (
        ("what do i need on test 2 to get 75% overall if test 1 is 30/40 and test 2 is out of 40"),
        "75% of 80 is 60; with 30 on test 1 you need 30 out of 40 on test 2 (75%)",
        "30 out of 40",
        "",
    ),
    (
        (
            "what would i need on module 3 for 70% overall, module 1 was 65/100, module 2 "
            "was 72/100, each is out of 100"
        ),
        (
            "70% of 300 is 210; with 65 on module 1 and 72 on module 2 you need 73 out of "
            "100 on module 3 (73%)"
        ),
        "73 out of 100",
        "",
    ),
    (
        (
            "what do we need in round 4 to get 80% overall, round 1 was 18/20, round 2 was "
            "15/20, round 3 was 16/20, each out of 20"
        ),
        (
            "80% of 80 is 64; with 18 on round 1 and 15 on round 2 and 16 on round 3 you "
            "need 15 out of 20 on round 4 (75%)"
        ),
        "15 out of 20",
        "",
    ),
    (
        ("what do i need on paper 2 to get 90% overall if paper 1 is 40/70 and both are out of 70"),
        ("90% of 140 is 126; with 40 on paper 1, paper 2 would need 86 out of 70: out of reach"),
        "out of reach",
        "",
    ),
    (
        "ok what do i need on paper 2 to get 70% overall if paper 1 is 48",
        "",
        "",
        "what each paper is out of",
    ),
]
PAY = [
    (
        (
            "if i do 3 nights of 12.5h at £19.80 an hour plus 30% night enhancement, what do "
            "i get before tax"
        ),
        (
            "3 × 12.5 hours is 37.5 hours, at £19.80 an hour £742.50; with 30% on top, "
            "£965.25 before tax"
        ),
        "£965.25",
        "",
    ),
    (
        "4 shifts of 7.5 hours at £11.44 an hour, how much is that",
        "4 × 7.5 hours is 30 hours, at £11.44 an hour £343.20",
        "£343.20",
        "",
    ),
    (
        "bank holiday: 2 shifts of 8h at £12.60/hr at time and a half, what do i earn",
        (
            "2 × 8 hours is 16 hours, at £12.60 an hour £201.60; with time and a half on "
            "top, £302.40"
        ),
        "£302.40",
        "",
    ),
    (
        "i did 5 days of 6 hours at £10.42 per hour this week, how much before tax",
        "5 × 6 hours is 30 hours, at £10.42 an hour £312.60 before tax",
        "£312.60",
        "",
    ),
    (
        ("2 long days of 12.5 hrs at £21.30 an hour with a 20% weekend enhancement, what's that"),
        "2 × 12.5 hours is 25 hours, at £21.30 an hour £532.50; with 20% on top, £639",
        "£639",
        "",
    ),
    (
        "3 sessions of 2 hours at £25 an hour for the choir, how much do i invoice",
        "3 × 2 hours is 6 hours, at £25 an hour £150",
        "£150",
        "",
    ),
]
EVERYONE = [
    (
        (
            "there's 6 of us in the study group now, if everyone quizzes everyone else once "
            "how many quizzes is that"
        ),
        "each of 6 does it to the 5 others: 6 × 5 = 30 (15 pairs, if a pair counts once)",
        "30",
        "",
    ),
    (
        "8 teams in the league, everyone plays everyone once, how many games is that",
        "8 × 7 ÷ 2 = 28, each pair once",
        "28",
        "",
    ),
    (
        (
            "12 of us at the wedding table, if everyone clinks glasses with everyone else "
            "how many clinks"
        ),
        "12 × 11 ÷ 2 = 66, each pair once",
        "66",
        "",
    ),
    (
        ("10 players in the chess club, each plays every other player once, how many matches"),
        "10 × 9 ÷ 2 = 45, each pair once",
        "45",
        "",
    ),
    (
        (
            "5 of us doing secret santa style, everyone buys everyone else a present, how "
            "many presents"
        ),
        "each of 5 does it to the 4 others: 5 × 4 = 20 (10 pairs, if a pair counts once)",
        "20",
        "",
    ),
    (
        ("our ward has 9 nurses, if everyone swaps shifts with everyone once how many swaps"),
        "9 × 8 ÷ 2 = 36, each pair once",
        "36",
        "",
    ),
]
DICE = [
    (
        (
            "what's the chance of rolling 15 or higher on a d20 with advantage (roll 2, take "
            "the higher)"
        ),
        (
            "15 or higher on a d20 is 6 in 20 (30%); with advantage only both missing fails: "
            "1 - 0.7 × 0.7 = 51%"
        ),
        "51%",
        "",
    ),
    (
        "odds of rolling a 20 on a d20?",
        "exactly 20 on a d20 is 1 in 20 (5%)",
        "5%",
        "",
    ),
    (
        "chance of 18 or higher on a d20 with disadvantage",
        ("18 or higher on a d20 is 3 in 20 (15%); with disadvantage both must: 0.15 × 0.15 = 2.2%"),
        "2.2%",
        "",
    ),
    (
        "whats the probability of 4 or more on a d6",
        "4 or higher on a d6 is 3 in 6 (50%)",
        "50%",
        "",
    ),
    (
        "chance of at least 10 on a d12 with advantage",
        (
            "10 or higher on a d12 is 3 in 12 (25%); with advantage only both missing fails: "
            "1 - 0.75 × 0.75 = 43.8%"
        ),
        "43.8%",
        "",
    ),
    (
        "odds of a natural 1 on a d20 with advantage lol",
        (
            "exactly 1 on a d20 is 1 in 20 (5%); with advantage, 0.25% (the higher of the "
            "two must be exactly 1)"
        ),
        "0.25%",
        "",
    ),
]

REDO = [
    (
        "we spend £12 a week on milk between 4 of us, how much each a month",
        "what if its £15 instead",
        (
            "£15 a week is about £65 a month (a month being about 4.33 weeks); among 4 of "
            "you, about £16.25 each"
        ),
        "about £16.25 each",
        "",
    ),
    (
        "we spend £12 a week on milk between 4 of us, how much each a month",
        "ok redo with 5 of us",
        (
            "£12 a week is about £52 a month (a month being about 4.33 weeks); among 5 of "
            "you, about £10.40 each"
        ),
        "about £10.40 each",
        "",
    ),
    (
        "my gym is 32 quid a month, how much is that a year",
        "and with a 10% discount",
        "£32 a month is £384 a year; less 10%, £345.60 a year",
        "£345.60 a year",
        "",
    ),
    (
        (
            "if each song is about 3 and a half min plus 30 sec of us faffing between songs "
            "how many fit in 25 min"
        ),
        "ok make it 1 min of faffing",
        (
            "3.5 minutes and 1 minute is 4.5 minutes a go, so 5 fit in 25 minutes, with 2.5 "
            "minutes over"
        ),
        "5",
        "",
    ),
    (
        (
            "if each song is about 3 and a half min plus 30 sec of us faffing between songs "
            "how many fit in 25 min"
        ),
        "what if we get 40 min",
        "",
        "",
        "which of your figures the 40 min takes the place of",
    ),
    (
        "gym is £35 a month or £6 a visit and i go like 2x a week, which is cheaper",
        "what about 1 visit a week",
        (
            "1 visit a week is about 4.33 a month; at £6 that is £26 a month; the membership "
            "is £35 a month: paying as you go is cheaper by £9 a month, and they break even "
            "at 5.83 visits a month"
        ),
        "paying as you go, by £9 a month",
        "",
    ),
    (
        "gym is £35 a month or £6 a visit and i go like 2x a week, which is cheaper",
        "what if it's £8 instead",
        "",
        "",
        "which of your figures the £8 takes the place of",
    ),
    (
        "bill is £86, we want to leave 12.5% tip and split between 4 of us, how much each",
        "make it 15%",
        "15% of £86 is £12.90, so £98.90; among 4 of you, about £24.73 each",
        "about £24.73 each",
        "",
    ),
    (
        "recipe for 4 needs 300g pasta and 2 tins of tomatoes, how much for 10",
        "what about for 6",
        "from 4 to 6 is × 1.5: 450g pasta, 3 tins of tomatoes",
        "450g pasta, 3 tins of tomatoes",
        "",
    ),
    (
        (
            "choir trip: coach pass is £120 for the whole tour or £18 a leg, we're doing 8 "
            "legs, which is cheaper"
        ),
        "hmm what if it's 6 legs",
        (
            "6 legs at £18 is £108; the pass is £120: paying as you go is cheaper by £12, "
            "and they break even at 6.67 legs"
        ),
        "paying as you go, by £12",
        "",
    ),
    (
        (
            "choir trip: coach pass is £120 for the whole tour or £18 a leg, we're doing 8 "
            "legs, which is cheaper"
        ),
        "and with a £2 booking fee on each leg",
        (
            "8 legs at £20 with the booking fee is £160; the pass is £120: the pass is "
            "cheaper by £40, and they break even at 6 legs"
        ),
        "the pass, by £40",
        "",
    ),
    (
        "i've got £300 saved and put away £50 a month, when will i hit £1000",
        "what if i put away £80 a month",
        "from £300 to £1,000 is £700 up; at £80 a month that is 8.8 months, so 9 months",
        "9 months",
        "",
    ),
    (
        "the coach does 55 mph and its 165 miles to the festival, how long",
        "what about 60 mph",
        "165 miles at 60 mph is 2 h 45 min, with no stops",
        "2 h 45 min",
        "",
    ),
    (
        "the hall hire is £360 including vat, how much is the vat",
        "redo with £480 pls",
        (
            "£480 with VAT at 20% (the standard UK rate) is £400 before VAT and £80 of VAT "
            "(divide by 1.2; taking 20% off would be wrong)"
        ),
        "£80 of VAT",
        "",
    ),
    (
        (
            "the seed order came to £63.40 and there's 4 plots, but kasia only wants a half "
            "share cos she's away most of august. how much does everyone pay"
        ),
        "oh and dev owes £5 from the manure delivery, fold that into his",
        (
            "3 full shares and a half for kasia is 3.5 shares: £63.40 ÷ 3.5 is about £18.11 "
            "a full share and £9.06 for kasia; dev £18.11 + £5 = £23.11"
        ),
        "about £18.11 each, £9.06 for kasia, dev £23.11",
        "",
    ),
    (
        (
            "the seed order came to £63.40 and there's 4 plots, but kasia only wants a half "
            "share cos she's away most of august. how much does everyone pay"
        ),
        (
            "can you redo the seed split, 5 plots now my brother's in, full share for him, "
            "still half for me"
        ),
        (
            "4 full shares and a half for kasia is 4.5 shares: £63.40 ÷ 4.5 is about £14.09 "
            "a full share and £7.04 for kasia"
        ),
        "about £14.09 each, £7.04 for kasia",
        "",
    ),
    (
        (
            "what's the chance of rolling 15 or higher on a d20 with advantage (roll 2, take "
            "the higher)"
        ),
        "ok and with disadvantage?",
        ("15 or higher on a d20 is 6 in 20 (30%); with disadvantage both must: 0.3 × 0.3 = 9%"),
        "9%",
        "",
    ),
    (
        (
            "6 of us chipped in £14 each for the leaving present, card was £3.50 and flowers "
            "£42, what's left for the voucher"
        ),
        "wait it was 7 of us, kemi paid last night",
        "7 × £14 is £98; less £3.50 and £42 (£45.50) leaves £52.50",
        "£52.50",
        "",
    ),
    (
        (
            "if i get 48/70 on paper 1 and 52/70 on paper 2 whats my percentage, grade 7 is "
            "like 68% i think"
        ),
        "ok what do i need on paper 2 to get 70% overall if paper 1 is 48",
        "70% of 140 is 98; with 48 on paper 1 you need 50 out of 70 on paper 2 (71.4%)",
        "50 out of 70",
        "",
    ),
    (
        "12 of us put in £5 each for the choir bouquet, it was £38, how much is left over",
        "sorry it was 14 of us",
        "14 × £5 is £70; less £38 leaves £32",
        "£32",
        "",
    ),
    (
        (
            "we raised £480 at the bake sale, hall hire was £120 and ingredients £65, how "
            "much is left"
        ),
        "what if the hall hire was £150",
        "£480; less £150 and £65 (£215) leaves £265",
        "£265",
        "",
    ),
]

SHAPES = [
    *COMPARE,
    *VALUE,
    *TREND,
    *TARGET,
    *PERCENT,
    *CHANGE,
    *VAT,
    *DISCOUNT,
    *TIP,
    *AVERAGE,
    *RECIPE,
    *CURRENCY,
    *JOURNEY,
    *KITTY,
    *SHARES,
    *OVERALL,
    *NEEDED,
    *PAY,
    *EVERYONE,
    *DICE,
]


@pytest.mark.parametrize(("text", "working", "number", "need"), SHAPES)
def test_each_shape_is_worked_out_exactly(text, working, number, need):
    found = word_sum(text)
    assert (found.working, found.number, found.need) == (working, number, need)
    assert request_kind(text.removeprefix("@lovelace ")) == "sum"


@pytest.mark.parametrize(("before", "text", "working", "number", "need"), REDO)
def test_a_follow_up_works_the_sum_again_with_its_figure(before, text, working, number, need):
    found = redo(before, text)
    assert (found.working, found.number, found.need) == (working, number, need)
    alone = word_sum(text)  # not a sum on its own (at most a figure to ask for)
    assert alone is None or (alone.working, alone.number) == ("", "")


# Numbers that are no sum to work out, nor a figure changed.
NOT_SUMS = [
    "see you at 7",
    "we're 5 now lol",
    "meet at 10 to 8",
    "3 weeks till the exam",
    "which is better, the 7:15 train or the 8:05?",
    "i think the pass is worth it lol, we did 8 trains last time",
    "which is cheaper, aldi or lidl?",
    "the £20 card is better value than the £15 one imo",
    "got 58% on mock 1 lol, mock 2 next week",
    "week 4 done, on track for the 5k!",
    "am i on track for the 10k in 3 weeks?",
    "when will we hit 100 members? we're on 80",
    "50% chance of rain at 3, what do we do about the stall?",
    "vat returns due on the 7th, who's doing them?",
    "tip: bring £5 for the raffle, what do you think?",
    "on average we meet at 7, what time works this week?",
    "recipe for disaster lol, 3 people off sick, what now?",
    "the recipe serves 4, see you at 7",
    "£1 = €1.17 today, nice for the trip",
    "we did 70mph on the motorway lol what a drive",
    "which one is cheaper to run, the 2 litre or the 1.6?",
    "what if we meet at 8 instead",
    "is 20% off worth it at 3am lol",
    "we're 4 of us going on the 21st, whats the plan",
    "my 5k went well today, what do you think of 28 mins?",
    "whats left on the agenda for 7pm?",
    "6 of us chipped in for the present, thanks all!",
    "kasia only wants a half share of the jam lol",
    "the seed order came to £63.40, thanks tom",
    "got 48/70 on paper 1, happy with that",
    "everyone plays everyone at 7, see you there",
    "we rolled a d20 for initiative, i got 15, what's next?",
    "i do 3 nights of 12.5h this week, what a week",
    "4 shifts of 7.5 hours this week, how are you all?",
    "what do i need for the quiz on the 3rd?",
    "the pot is £50, who's bringing snacks?",
    "what's left of the cake, anyone know? we had 12 slices",
    "best of 3 games, everyone plays once, who's first?",
]


@pytest.mark.parametrize("text", NOT_SUMS)
def test_numbers_that_ask_no_sum_are_none(text):
    assert word_sum(text) is None
    assert request_kind(text) != "sum"


MILK = "we spend £12 a week on milk between 4 of us, how much each a month"
NOT_CHANGES = [
    (MILK, "see you at 7"),
    (MILK, "we're 5 now lol"),
    (MILK, "meet at 10 to 8"),
    (MILK, "3 weeks till the exam"),
    (MILK, "what if we meet at 8 instead"),
    (MILK, "with 2 sugars pls"),
    (SONGS, "ok what about 3 songs by the beatles"),
    (SONGS, "make it fun"),
    (
        "gym is £35 a month or £6 a visit and i go like 2x a week, which is cheaper",
        "with 2 friends",
    ),
    (
        "gym is £35 a month or £6 a visit and i go like 2x a week, which is cheaper",
        "the 24 hour one",
    ),
    # No sum before: nothing to redo.
    ("see you at 7 at the station", "ok make it 8"),
]


@pytest.mark.parametrize(("before", "text"), NOT_CHANGES)
def test_a_message_that_changes_no_figure_redoes_nothing(before, text):
    assert redo(before, text) is None


@pytest.mark.parametrize("text", ["see you at 7", "we're 5 now lol", "meet at 10 to 8"])
def test_after_a_sum_plain_news_with_numbers_is_no_follow_up(text):
    history = (
        Line("kit", f"@lovelace {MILK}"),
        Line(ADA, "A sum ...", own=True),
        Line("kit", f"@lovelace {text}"),
    )
    assert _sum_redone(VOICES["lovelace"], f"@lovelace {text}", history, 1) == ""


def test_a_figure_it_cannot_place_is_asked_for_never_guessed():
    history = (
        Line(
            "kit",
            "@lovelace gym is £35 a month or £6 a visit and i go like 2x a week, which is cheaper",
        ),
        Line(ADA, "A sum ...", own=True),
    )
    assert say("lovelace", "@lovelace what if it's £8 instead", author="kit", history=history) == (
        "The Engine does exactly what it is told and never guesses, Kit; nor shall I: tell me "
        "which of your figures the £8 takes the place of."
    )


def test_a_follow_up_an_hour_of_talk_later_is_not_tied_to_an_old_sum():
    # Only the last few messages are looked back on.
    history = (
        Line("kit", f"@lovelace {MILK}"),
        Line(ADA, "A sum ...", own=True),
        *[Line("jo", f"chat line {i} about the bins") for i in range(8)],
        Line("kit", "@lovelace what if its £15 instead"),
    )
    assert _sum_redone(VOICES["lovelace"], "@lovelace what if its £15 instead", history, 1) == ""


def test_a_discount_follow_up_comes_off_the_result_in_einsteins_words_too():
    history = (
        Line("jo", "@einstein my gym is 32 quid a month, how much is that a year"),
        Line("Albert Einstein", "Adding up ...", own=True),
    )
    assert say("einstein", "@einstein and with a 10% discount?", author="jo", history=history) == (
        "Adding up is the one calculation nobody argues about, Jo: £32 a month is £384 a year; "
        "less 10%, £345.60 a year."
    )


def test_redone_keeps_the_question_and_changes_only_the_figure():
    assert redone(SONGS, "ok make it 1 min of faffing") == (
        "if each song is about 3 and a half min plus 1 min of us faffing between songs how many "
        "fit in 25 min"
    )
    assert redone(PASS, "@lovelace ok redo it with €15 reservations on 5 of the trains") == (
        "global pass is €379 for 15 travel days in a month, or we buy trains separately. we're "
        "doing like 8 trains. each ticket maybe €45-60. which is cheaper, with €15 reservations "
        "on 5 of the trains. which is cheaper"
    )


# The later dev rooms' questions (allotment, dnd, gcse revision, ward nights), end to end.
SEEDS = (
    "@lovelace the seed order came to £63.40 and there's 4 plots, but kasia only wants a half "
    "share cos she's away most of august. how much does everyone pay"
)


def test_a_bill_with_a_half_share_then_a_debt_then_another_plot():
    # They were "How delightful a question, Tom. A bill is split fairly when ...", "Do tell me
    # more, Tom", "Ah, Kasia, that is exactly my kind of puzzle. To split a kitty fairly ...".
    assert say("lovelace", SEEDS, author="tom") == (
        f"{LOVELACE}, Tom: 3 full shares and a half for kasia is 3.5 shares: £63.40 ÷ 3.5 is "
        "about £18.11 a full share and £9.06 for kasia."
    )
    history = (Line("tom", SEEDS), Line(ADA, "x", own=True), Line("kasia", "ye half share for me"))
    debt = "@lovelace oh and dev owes £5 from the manure delivery, fold that into his"
    assert say("lovelace", debt, author="tom", history=history) == (
        f"{LOVELACE}, Tom: 3 full shares and a half for kasia is 3.5 shares: £63.40 ÷ 3.5 is "
        "about £18.11 a full share and £9.06 for kasia; dev £18.11 + £5 = £23.11."
    )
    history = (*history, Line("tom", debt), Line(ADA, "y", own=True), Line("dev", "it was a gift"))
    assert say(
        "lovelace",
        "@lovelace can you redo the seed split, 5 plots now my brother's in, full share for him, "
        "still half for me",
        author="kasia",
        history=history,
    ) == (
        f"{LOVELACE}, Kasia: 4 full shares and a half for kasia is 4.5 shares: £63.40 ÷ 4.5 is "
        "about £14.09 a full share and £7.04 for kasia; dev £14.09 + £5 = £19.09."
    )


def test_a_roll_with_advantage_then_with_disadvantage():
    # They were "That is not a problem I ever set myself, Oli ... two sixes with two dice" and
    # "That lies beyond my tables, Sam".
    roll = (
        "@lovelace quick one, what's the chance of rolling 15 or higher on a d20 with advantage "
        "(roll 2, take the higher)"
    )
    assert say("lovelace", roll, author="oli") == (
        f"{LOVELACE}, Oli: 15 or higher on a d20 is 6 in 20 (30%); with advantage only both "
        "missing fails: 1 - 0.7 × 0.7 = 51%."
    )
    history = (Line("oli", roll), Line(ADA, "x", own=True), Line("nadia", "why maths on a tuesday"))
    assert say(
        "lovelace", "@lovelace ok and with disadvantage?", author="sam", history=history
    ) == (
        f"{LOVELACE}, Sam: 15 or higher on a d20 is 6 in 20 (30%); with disadvantage both must: "
        "0.3 × 0.3 = 9%."
    )


def test_marks_over_two_papers_then_what_the_second_needs():
    # They were "How did that come about, Tyler?" and "Do tell me more, Tyler".
    marks = (
        "@lovelace if i get 48/70 on paper 1 and 52/70 on paper 2 whats my percentage, grade 7 "
        "is like 68% i think"
    )
    assert say("lovelace", marks, author="tyler") == (
        f"{LOVELACE}, Tyler: 48 + 52 = 100 out of 70 + 70 = 140, which is about 71.4%: over the "
        "68% for grade 7."
    )
    history = (Line("tyler", marks), Line(ADA, "x", own=True), Line("maya", "tyler ur so close"))
    need = "@lovelace ok what do i need on paper 2 to get 70% overall if paper 1 is 48"
    assert say("lovelace", need, author="tyler", history=history) == (
        f"{LOVELACE}, Tyler: 70% of 140 is 98; with 48 on paper 1 you need 50 out of 70 on paper "
        "2 (71.4%)."
    )
    # Alone, what each paper is out of is not known: asked.
    assert say("lovelace", need, author="tyler") == (
        "The Engine does exactly what it is told and never guesses, Tyler; nor shall I: tell me "
        "what each paper is out of."
    )


def test_everyone_with_everyone_else_pay_with_an_uplift_and_a_kitty_recounted():
    assert say(
        "lovelace",
        "@lovelace there's 6 of us in the study group now, if everyone quizzes everyone else "
        "once how many quizzes is that",
        author="maya",
    ) == (
        f"{LOVELACE}, Maya: each of 6 does it to the 5 others: 6 × 5 = 30 (15 pairs, if a pair "
        "counts once)."
    )
    assert say(
        "lovelace",
        "@lovelace if i do 3 nights of 12.5h at £19.80 an hour plus 30% night enhancement, what "
        "do i get before tax",
        author="rachel",
    ) == (
        f"{LOVELACE}, Rachel: 3 × 12.5 hours is 37.5 hours, at £19.80 an hour £742.50; with 30% "
        "on top, £965.25 before tax."
    )
    kitty = (
        "@lovelace 6 of us chipped in £14 each for the leaving present, card was £3.50 and "
        "flowers £42, what's left for the voucher"
    )
    assert say("lovelace", kitty, author="joao") == (
        f"{LOVELACE}, Joao: 6 × £14 is £84; less £3.50 and £42 (£45.50) leaves £38.50."
    )
    history = (Line("joao", kitty), Line(ADA, "x", own=True), Line("rachel", "still doing it?"))
    assert say(
        "lovelace",
        "@lovelace wait it was 7 of us, kemi paid last night",
        author="joao",
        history=history,
    ) == (f"{LOVELACE}, Joao: 7 × £14 is £98; less £3.50 and £42 (£45.50) leaves £52.50.")
