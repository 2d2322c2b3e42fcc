"""Everyday sums and estimates asked of a persona (issue 14, session 22): in group chats people
ask @lovelace (sometimes @einstein or @curie) for a small sum, and she refused ("There my
mathematics fails me, Pete; I simply do not know", "Mr Babbage could not help you there
either") or said an unrelated line ("Set it out as a table, Kit: each claim in a row ...").
`bots.wordsum` reads the common shapes exactly, the persona says the working in one line in its
#sum words, "just the number" gets just the number, and a figure it cannot be sure of is asked
for (#figure), never guessed."""

from __future__ import annotations

import pytest

from bots.asks import request_kind
from bots.house import reckoning
from bots.wordsum import money_result, word_sum
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say

LOVELACE = "A sum the Engine would take in one turn of its handle"

# The dev rooms' questions, and what the persona says now (seed 1).
DEV = [
    (
        "kit",
        "@lovelace settle this. 4 of us, loo roll pack of 9 is £4.50, we go through one pack a "
        "week-ish. how much each a month",
        f"{LOVELACE}, Kit: a pack a week at £4.50 is about £19.50 a month (a month being about "
        "4.33 weeks); among 4 of you, about £4.88 each.",
    ),
    (
        "omar",
        "@lovelace ok but if lena's heater is like 2kW and on 5 hours a day, what does that cost "
        "at 27p per kWh over 3 months",
        f"{LOVELACE}, Omar: 2 kW for 5 hours is 10 kWh a day, and at 27p a kWh that is £2.70 a "
        "day; over 3 months (about 91 days), about £245.70.",
    ),
    (
        "ray",
        "@lovelace if one food parcel is roughly 12 items and we've got 40 crates with maybe 30 "
        "items each, how many parcels is that",
        f"{LOVELACE}, Ray: 40 crates of 30 items is 1,200 items, and at 12 a parcel that is 100 "
        "parcels.",
    ),
    (
        "claire",
        "@lovelace if we sell raffle tickets at £1 each or 6 for £5, and last year half the "
        "people bought singles, half bought strips, and we sold 900 tickets total, roughly how "
        "much did we make",
        f"{LOVELACE}, Claire: with half buying a single at £1 and half 6 for £5, every 2 buyers "
        "take 7 tickets and pay £6, so 900 tickets is about 257 buyers and about £771.",
    ),
    (
        "pete",
        "@lovelace how many burgers for about 300 people if maybe a third actually want one and "
        "some have two",
        f"{LOVELACE}, Pete: a third of 300 is 100, so 100 burgers, and up to 200 if they all "
        "have 2. Tell me how many of them you think will have a second, and I shall finish the "
        "table.",
    ),
    (
        "amara",
        "@lovelace also how many calories is a 5k roughly, asking so i know how many biscuits "
        "i've earned",
        f"{LOVELACE}, Amara: the rule of thumb is about 1 kcal per kg of you per km, so 5 km is "
        "about 350 kcal for someone of 70 kg (5 × your weight in kg).",
    ),
    (
        "sam",
        "@lovelace what are our odds of winning if we've won 2 of our last 11",
        f"{LOVELACE}, Sam: 2 wins in 11 is 18%, about 1 in 5.5, if the next goes like the last 11.",
    ),
    (
        "sam",
        "@lovelace we just try every combo on a 4 digit lock, is that bad",
        f"{LOVELACE}, Sam: a 4-digit lock has 10 × 10 × 10 × 10 = 10,000 combinations; at a try "
        "every 2 seconds that is about 5½ hours to try them all, half that on average.",
    ),
    (
        "ray",
        "@lovelace thank you. so about 100 parcels, that gets us to christmas?? we do about 35 a "
        "week",
        f"{LOVELACE}, Ray: 100 parcels at 35 a week last just under 3 weeks (about 20 days).",
    ),
]


@pytest.mark.parametrize(("author", "text", "reply"), DEV)
def test_the_dev_rooms_sums_are_worked_out_in_her_voice(author, text, reply):
    assert request_kind(text.removeprefix("@lovelace ")) == "sum"
    assert say("lovelace", text, author=author, seed=1) == reply


def test_a_share_of_a_count_at_a_price_is_the_share_not_the_count():
    # It was "500 tickets at £3 each is £1,500".
    assert say(
        "lovelace", "@lovelace we sold 60% of 500 tickets at £3 each, how much did we make"
    ) == (f"{LOVELACE}, Maya: 60% of 500 tickets is 300, and at £3 each £900.")


def test_einstein_and_curie_work_them_out_in_their_own_words():
    assert say(
        "einstein",
        "@einstein the immersion is 3kW and on 2 hrs a day, we pay 24.5p per kwh, how much a mth",
        author="jo",
    ) == (
        "Adding up is the one calculation nobody argues about, Jo: 3 kW for 2 hours is 6 kWh a "
        "day, and at 24.5p a kWh that is £1.47 a day; over a month (about 30 days), about £44.10."
    )
    assert say(
        "curie", "@curie how many calories does a 10k burn if i'm 80kg", author="fatima"
    ) == (
        "The figures first, then the conclusions, Fatima: the rule of thumb is about 1 kcal per "
        "kg per km, so 10 km at 80 kg is about 800 kcal."
    )


# Phrasings of the same shapes, not from the dev rooms: (message, working, number).
OWN = [
    # A cost that recurs, in another period, shared.
    (
        "3 of us share the flat, bin bags are £3 for a roll and we use 2 rolls a month, how much "
        "each a year",
        "2 rolls a month at £3 (£6 a month) is £72 a year; among 3 of you, £24 each",
        "£24 each",
    ),
    (
        "coffee pods are 35p each and i do 3 a day, whats that a month",
        "3 a day at 35p (£1.05 a day) is about £31.94 a month (a month being about 30.42 days)",
        "about £31.94 a month",
    ),
    (
        "we spend like £12 a week on milk between 5 of us, how much each per month",
        "£12 a week is about £52 a month (a month being about 4.33 weeks); among 5 of you, about "
        "£10.40 each",
        "about £10.40 each",
    ),
    (
        "netflix is £10.99 a month split 4 ways how much each",
        "£10.99 a month; among 4 of you, about £2.75 each",
        "about £2.75 each",
    ),
    (
        "my gym is 32 quid a month how much is that a year",
        "£32 a month is £384 a year",
        "£384 a year",
    ),
    (
        "rent is £1.2k a month split 3 ways, how much each",
        "£1,200 a month; among 3 of you, £400 each",
        "£400 each",
    ),
    (
        "hw much each per wk if the cleaner is £60 a fortnight and theres 4 of us",
        "£60 a fortnight is £30 a week; among 4 of you, £7.50 each",
        "£7.50 each",
    ),
    (
        "wats 2 coffees a day at £3.20 over a yr",
        "2 coffees a day at £3.20 (£6.40 a day) is £2,336 a year",
        "£2,336 a year",
    ),
    (
        "pods are £3.50 for 10 and i do 3 a day, how much a month",
        "3 a day at £3.50 for 10 (£1.05 a day) is about £31.94 a month (a month being about "
        "30.42 days)",
        "about £31.94 a month",
    ),
    (
        "loo roll pack of 9 is £4.50, we use 2 rolls a week, how much a year",
        "2 rolls a week at £4.50 for 9 (£1 a week) is £52 a year",
        "£52 a year",
    ),
    (
        "my commute is £5.60 a day, 4 days a week, how much a month",
        "£5.60 a day for 4 days a week (£22.40 a week) is about £97.07 a month (a month being "
        "about 4.33 weeks)",
        "about £97.07 a month",
    ),
    (
        "£45 a month for 18 months how much in total",
        "£45 a month is £810 over 18 months",
        "£810 over 18 months",
    ),
    # Power for hours at a rate.
    (
        "how much to run a 2kw kettle for 3 minutes a day at 27p per kwh over a year",
        "2 kW for 3 minutes is 0.1 kWh a day, and at 27p a kWh that is 2.7p a day; over a year, "
        "about £9.86",
        "about £9.86",
    ),
    (
        "if the fan heater is 3kw and its on 4 hours a day what does it cost per week at 25p/kWh",
        "3 kW for 4 hours is 12 kWh a day, and at 25p a kWh that is £3 a day; over a week, £21",
        "£21",
    ),
    (
        "a 60w bulb left on 10 hours a day, what does that cost a year at 30p per kwh",
        "60 W for 10 hours is 0.6 kWh a day, and at 30p a kWh that is 18p a day; over a year, "
        "about £65.70",
        "about £65.70",
    ),
    (
        "the dehumidifier is 250W on 8 hrs a day, how much a month if electric is 28p a unit",
        "250 W for 8 hours is 2 kWh a day, and at 28p a kWh that is 56p a day; over a month "
        "(about 30 days), about £16.80",
        "about £16.80",
    ),
    # Things packed into groups, and a stock used at a rate.
    (
        "we have 25 boxes with 24 tins each, and a hamper is 15 tins, how many hampers can we make",
        "25 boxes of 24 tins is 600 tins, and at 15 a hamper that is 40 hampers",
        "40 hampers",
    ),
    (
        "we've got 8 crates with 50 tins each and a food box takes 9 tins, how mnay food boxes",
        "8 crates of 50 tins is 400 tins, and at 9 a box that is 44 boxes, with 4 tins over",
        "44 boxes",
    ),
    (
        "got 12 trays of 20 cupcakes, how many cupcakes is that",
        "12 trays of 20 cupcakes is 240 cupcakes",
        "240 cupcakes",
    ),
    (
        "if each goody bag has 6 sweets and we have 10 packs of 48 sweets, how many goody bags",
        "10 packs of 48 sweets is 480 sweets, and at 6 a bag that is 80 bags",
        "80 bags",
    ),
    (
        "we've got 60 bags of pasta, we hand out about 15 a week, how long will that last",
        "60 bags at 15 a week last 4 weeks (about 28 days)",
        "4 weeks (about 28 days)",
    ),
    (
        "100 parcels and we do 35 a week, enough till christmas?",
        "100 parcels at 35 a week last just under 3 weeks (about 20 days)",
        "just under 3 weeks (about 20 days)",
    ),
    (
        "we have 500 leaflets and give out 80 a day, how long will they last",
        "500 leaflets at 80 a day last 6.2 days",
        "6.2 days",
    ),
    # So many to a group: everyone seated (the last part full), or only whole ones made.
    (
        "how many coaches for 120 kids if each coach takes 50 kids",
        "120 kids at 50 a coach is 2 full coaches and 20 over, so 3 coaches",
        "3 coaches",
    ),
    (
        "how many tables do we need for 70 guests if each table seats 8",
        "70 guests at 8 a table is 8 full tables and 6 over, so 9 tables",
        "9 tables",
    ),
    (
        "how many cars for 11 of us if each car takes 4",
        "11 of you at 4 a car is 2 full cars and 3 over, so 3 cars",
        "3 cars",
    ),
    (
        "how many minibuses for 30 kids, each minibus seats 16",
        "30 kids at 16 a minibus is 1 full minibus and 14 over, so 2 minibuses",
        "2 minibuses",
    ),
    (
        "we have 200 cupcakes and boxes of 12, how many boxes",
        "200 cupcakes at 12 a box is 16 full boxes and 8 over, so 17 boxes",
        "17 boxes",
    ),
    (
        "we have 48 eggs and each cake takes 3 eggs, how many cakes",
        "48 eggs at 3 a cake is 16 cakes",
        "16 cakes",
    ),
    # A share of a group.
    (
        "how many hot dogs for about 200 guests if a quarter want one",
        "a quarter of 200 is 50, so 50 hot dogs",
        "50 hot dogs",
    ),
    (
        "how many cups of tea for 90 people if two thirds want one and each has 2",
        "two thirds of 90 is 60, at 2 each 120 cups",
        "120 cups",
    ),
    # Singles and bundles, by tickets.
    (
        "raffle at 50p each or 5 for £2, half the tickets went as singles and we sold 400 "
        "tickets, how much did we take",
        "200 singles at 50p is £100, and 200 tickets in 5s is 40 at £2, so £180",
        "£180",
    ),
    # Rates from counts, percentages.
    (
        "we've lost 7 of our last 10, what are the chances we win saturday",
        "7 losses in 10 is 70%, so at most 30% to win, if the next goes like the last 10",
        "at most 30%",
    ),
    ("she passed 9 out of 12 mock exams whats the percentage", "passed 9 of 12 is 75%", "75%"),
    ("whats 20% of £45", "20% of £45 is £9", "£9"),
    (
        "we sold 60% of 500 tickets at £3 each, how much did we make",
        "60% of 500 tickets is 300, and at £3 each £900",
        "£900",
    ),
    ("how much is 15% off 80 quid", "15% off £80 is £12 off, so £68", "£68"),
    # Locks, and a run's calories by its rule of thumb.
    (
        "how long does 4 digit pin take to guess at 3 tries a minute",
        "a 4-digit pin has 10 × 10 × 10 × 10 = 10,000 combinations; at 3 tries a minute that is "
        "about 2 days to try them all, half that on average",
        "10,000 combinations",
    ),
    (
        "3 digit code on the bike lock, how many combos are there",
        "a 3-digit code has 10 × 10 × 10 = 1,000 combinations; at a try every 2 seconds that is "
        "about 33 minutes to try them all, half that on average",
        "1,000 combinations",
    ),
    (
        "how long to crack a 6 digit pin",
        "a 6-digit pin has 10 × 10 × 10 × 10 × 10 × 10 = 1,000,000 combinations; at a try every "
        "2 seconds that is about 23 days to try them all, half that on average",
        "1,000,000 combinations",
    ),
    (
        "how many calories in a half marathon run roughly",
        "the rule of thumb is about 1 kcal per kg of you per km, so a half marathon (21.1 km) is "
        "about 1,480 kcal for someone of 70 kg (21.1 × your weight in kg)",
        "about 1,480 kcal",
    ),
    (
        "what's 3 miles running in calories",
        "the rule of thumb is about 1 kcal per kg of you per km, so 3 miles (4.8 km) is about "
        "340 kcal for someone of 70 kg (4.8 × your weight in kg)",
        "about 340 kcal",
    ),
]


@pytest.mark.parametrize(("text", "working", "number"), OWN)
def test_everyday_sums_are_read_exactly(text, working, number):
    found = word_sum(text)
    assert found is not None
    assert (found.working, found.number, found.need) == (working, number, "")
    assert request_kind(text) == "sum"


# A figure missing: what is sure is said, the rest asked for; never a guessed number.
NEEDS = [
    (
        "how many sausages for 120 kids if half want one and some want two",
        "half of 120 is 60, so 60 sausages, and up to 120 if they all have 2",
        "how many of them you think will have a second",
    ),
    (
        "tickets are £2 each or 3 for £5, we sold 300 tickets, how much did we make",
        "",
        "how many tickets went as singles and how many in 3s (or how many people bought each)",
    ),
    (
        "what does a 2kw heater cost to run for 6 hours",
        "",
        "what you pay per kWh (it is on your bill, in pence per unit)",
    ),
    (
        "the heater is 2kW, how much a month to run it at 27p per kWh",
        "",
        "how many hours a day it is on",
    ),
    (
        "we pay £80 a month for the allotment, theres 3 of us but dave only comes half the time, "
        "how much each",
        "£80 a month; an even split among 3 of you is about £26.67 each",
        "how you want to weigh it, if not evenly",
    ),
    (
        "the bill was £96 for 6 of us but 2 didnt drink, how much each",
        "an even split of £96 among 6 of you is £16 each",
        "how you want to weigh it, if not evenly (what the ones left out had)",
    ),
    (
        "how many pizzas for 45 kids if a quarter of them eat 2 each",
        "a quarter of 45 is about 12, so 24 pizzas for them at 2 each",
        "how many the rest will have",
    ),
]


@pytest.mark.parametrize(("text", "working", "need"), NEEDS)
def test_a_missing_figure_is_asked_for_never_guessed(text, working, need):
    found = word_sum(text)
    assert found is not None
    assert (found.working, found.need) == (working, need)


def test_the_persona_asks_for_the_figure_in_its_voice():
    assert say(
        "lovelace",
        "@lovelace tickets are £2 each or 3 for £5, we sold 300 tickets, how much did we make",
        author="dev",
    ) == (
        "The Engine does exactly what it is told and never guesses, Dev; nor shall I: tell me how "
        "many tickets went as singles and how many in 3s (or how many people bought each)."
    )
    assert say(
        "einstein", "@einstein what does a 2kw heater cost to run for 6 hours", author="dev"
    ) == (
        "Even a thought experiment needs its numbers, Dev: tell me what you pay per kWh (it is on "
        "your bill, in pence per unit)."
    )


HEATER = (
    "@lovelace ok but if lena's heater is like 2kW and on 5 hours a day, what does that cost at "
    "27p per kWh over 3 months"
)


def test_just_the_number_gives_the_number_of_the_sum_asked_before():
    worked = say("lovelace", HEATER, author="omar")
    history = (
        Line("omar", HEATER),
        Line("Ada Lovelace", worked, own=True),
        Line("lena", "dont do this to me"),
    )
    text = "@lovelace actually wait, give me just the number for the heater, not the working"
    assert say("lovelace", text, author="omar", history=history) == "About £245.70, Omar."


def test_just_the_number_reaches_her_own_reply_past_the_recent_messages():
    worked = say("lovelace", HEATER, author="omar")
    chatter = tuple(Line(who, "blast it obviously") for who in ("jess", "kit", "lena") * 4)
    text = "@lovelace actually wait, give me just the number for the heater, not the working"
    reply = say("lovelace", text, author="omar", history=chatter, said=(worked,))
    assert reply == "About £245.70, Omar."
    assert money_result(worked) == "about £245.70"


def test_just_the_number_with_no_sum_before_is_no_number():
    text = "@lovelace just the number please"
    assert say("lovelace", text, author="omar", history=(Line("kit", "hello all"),)) != ""
    assert "£" not in say("lovelace", text, author="omar", history=(Line("kit", "hello all"),))


# Numbers that are no sum.
NOT_SUMS = [
    "see you at 7",
    "we're 4 of us going on the 21st",
    "week 4 done",
    "what happened in 1905, was it 3 papers or 4?",
    "how many papers did you publish in 1905",
    "ran 5k today in 31 mins!",
    "i had 2 coffees today lol",
    "is 3 hours of sleep bad",
    "how many of you have been to paris",
    "my train is at 7:45, will i make it",
    "anyone want to split a pizza? its £12",
    "the heater is 2kw",
    "did you win 2 of your races?",
    "what's the best way to save £200 a month",
    "i ate half a pizza and 2 donuts, is that bad",
    "my pin is 4 digits but i forgot it",
    "what was the population of london in 1850",
    "we do 35 parcels a week",
    "how much did the eiffel tower cost in 1889",
    "3 of us are going to the gig on friday, whos driving",
    # Readings that would be guesses: what £10 pays for, what lasts, who wants one.
    "i walk 2 dogs a day for £10, how much a week",
    "we have 3 dogs and feed them 2 a day, how long does a bag last",
    "how many burgers for 300 people, half of them are vegetarian",
    "what are the odds of rolling a 6 twice",
    "we have 3 cars and 11 people how many trips",
    # How to work it out is a method asked, not the sum.
    "how do i work out 15 percent of 80 in my head",
    "whats the trick for working out 20% of a bill",
    "how do you calculate the cost of a 2kW heater at 27p per kWh",
]


@pytest.mark.parametrize("text", NOT_SUMS)
def test_numbers_that_are_no_sum_are_not_worked_out(text):
    assert word_sum(text) is None
    assert request_kind(text) != "sum"


@pytest.mark.parametrize(
    ("slug", "text"),
    [
        ("einstein", "@einstein what happened in 1905, was it 3 papers or 4?"),
        ("lovelace", "@lovelace we're 4 of us going on the 21st"),
        ("lovelace", "@lovelace see you at 7"),
        ("lovelace", "@lovelace week 4 done"),
    ],
)
def test_the_persona_says_no_sum_to_numbers_that_are_none(slug, text):
    reply = say(slug, text)
    assert " kWh" not in reply and "combinations" not in reply and "tell me how" not in reply
    assert not reply.startswith(
        (LOVELACE, "Adding up", "This one fits", "Set out as a little table")
    )


def test_the_house_bot_works_them_out_too():
    assert reckoning("how many burgers for about 300 people if a third want one") == (
        "A third of 300 is 100, so 100 burgers."
    )
    assert reckoning("what does a 2kw heater cost to run for 6 hours") == (
        "I need to know what you pay per kWh (it is on your bill, in pence per unit)."
    )
