"""More of the sums people ask Lovelace in the dev rooms (session 26):

- a kitty's rest bought at a price each ("how many posters at 40p each ... with what's left");
- a sum a period risen by a share ("my rent is £1,140 a month. what's that with 7%"): before,
  "£1,140 a month is £13,680 a year", the rise left out (WRONG, rated 1);
- a lot sold at one price ("we sell 3 for £9"): before, "£9 less £1.10 ... 88%" (WRONG);
- several sums taken off a result at once ("and then minus the £85 pitch and about £40 ...");
- whether a budget covers more (`budget_of`), its pot in the message or just before; before,
  "Mr Babbage could not help you there either" (a dodge);
- one thing's cost with a part bought by the kilo (`_bulk_cost`); and the profit on a sale
  after a platform's cut and fee, less that cost (`profit_after_fees`): before, "£14, plus 20p,
  is £14.20" (WRONG).

The brief put the candle at £2.94 (2.936): 75.6p + £1.10 + 12p + 95p is 292.6p, £2.93 (a slip
in the brief's adding), and the profit £9.96, not £9.95.
"""

from __future__ import annotations

import pytest

from bots.engine import ChatLine
from bots.reckon import total_of
from bots.wordsum import budget_of, profit_after_fees, word_sum
from tests.bots.test_everyday_messages import say

ADA = "Ada Lovelace"

# (message, working) of one message, through `word_sum`
WORKED = [
    (
        "if 43 households chip in £3 each, and the banner is £25, how many posters at 40p each "
        "can we print with what's left",
        "43 × £3 is £129; less £25 leaves £104: £104 ÷ 40p is 260 posters",
    ),
    (
        "12 families put in £5 each and the hall was £40, how many bags at £1.50 can we buy with "
        "the rest",
        "12 × £5 is £60; less £40 leaves £20: £20 ÷ £1.50 is 13 bags",
    ),
    (
        "20 neighbours chipped in £10 each, the skip was £120, how many plants at £4 each can we "
        "get with what's left",
        "20 × £10 is £200; less £120 leaves £80: £80 ÷ £4 is 20 plants",
    ),
    (
        "my rent is £1,140 a month. what's that with 7%, and how much more over a year",
        "£1,140 a month plus 7% is £1,219.80 a month, £79.80 more a month, £957.60 more a year",
    ),
    (
        "council tax is £160 a month and going up 5%, what's that a year more",
        "£160 a month plus 5% is £168 a month, £8 more a month, £96 more a year",
    ),
    (
        "my phone is £25 a month, with a 10% rise what will it be",
        "£25 a month plus 10% is £27.50 a month, £2.50 more a month",
    ),
    (
        "the allotment is £12 a week, it rises 4% next year, how much more a year is that",
        "£12 a week plus 4% is £12.48 a week, 48p more a week, £24.96 more a year",
    ),
    (
        "each taco costs us about £1.10 in ingredients, we sell 3 for £9. if we do 150 portions "
        "on a saturday what's the gross margin",
        "a portion of 3 costs £3.30 and sells for £9: £5.70 a portion, a margin of 63.3%; 150 "
        "portions make £855",
    ),
    (
        "a cookie costs us 40p to make and we sell them 4 for £3, what's the margin",
        "a portion of 4 costs £1.60 and sells for £3: £1.40 a portion, a margin of 46.7%",
    ),
    (
        "each bao costs £1.20 and we sell 2 for £6, if we sell 80 portions what's the profit",
        "a portion of 2 costs £2.40 and sells for £6: £3.60 a portion, a margin of 60%; 80 "
        "portions make £288",
    ),
    (
        "wax is £4.20 per kilo, each candle takes 180g, jar is £1.10, wick 12p, fragrance oil "
        "about 95p per candle. what does one cost us to make",
        "180g at £4.20 a kilo is 75.6p; 75.6p + £1.10 + 12p + 95p is about £2.93 each",
    ),
    (
        "flour is £1.20 a kg and each loaf uses 500g, yeast 10p, what does one cost to make",
        "500g at £1.20 a kg is 60p; 60p + 10p is 70p each",
    ),
    (
        "soap base is £8 per kilo, a bar takes 120g and the wrap is 30p, what's the cost per bar",
        "120g at £8 a kilo is 96p; 96p + 30p is £1.26 each",
    ),
    (
        "resin is £30 a litre, each coaster takes 40ml, the cork back is 25p, what does each "
        "one cost",
        "40ml at £30 a litre is £1.20; £1.20 + 25p is £1.45 each",
    ),
]


@pytest.mark.parametrize(("text", "working"), WORKED)
def test_worked(text: str, working: str) -> None:
    found = word_sum(text)
    assert found is not None and found.working == working


# Look-alikes: each read as before, or not at all.
NOT_SO = [
    ("my rent is £1,140 a month, how much a year", "£1,140 a month is £13,680 a year"),
    ("it costs us £1.10 and we sell it for £4, what's the margin", "£4 less £1.10 is £2.90"),
    (
        "6 of us chipped in £14 each, card was £3.50 and flowers £42, what's left for the voucher",
        "6 × £14 is £84; less £3.50 and £42 (£45.50) leaves £38.50",
    ),
]


@pytest.mark.parametrize(("text", "start"), NOT_SO)
def test_look_alikes_read_as_before(text: str, start: str) -> None:
    found = word_sum(text)
    assert found is not None and found.working.startswith(start)


@pytest.mark.parametrize(
    "text",
    [
        "wax is £4.20 per kilo, how much for 3 kilos",
        "the gym is £40 a month, 10% off, what's the cost per month",
        "rent went up 7% to £1,219.80 a month, is that a lot",
    ],
)
def test_no_rise_nor_bulk_cost_guessed(text: str) -> None:
    found = word_sum(text)
    assert found is None or ("plus" not in found.working and " a kilo is" not in found.working)


BUDGETS = [
    (
        "budget check: we've spent £312 of the £450. if the new sensors are £14.50 each and we "
        "need 5, plus £22 postage, do we still have enough for a spare battery at £38?",
        "£450 less £312 spent leaves £138; 5 × £14.50 + £22 + £38 is £132.50: yes, with £5.50 "
        "to spare",
    ),
    (
        "baseboards £160, track £240, we've got £520 in the kitty. the DCC starter set is £185. "
        "can we afford it",
        "£520 less £160 and £240 (£400) spent leaves £120; £185 wanted: no, £65 short",
    ),
    (
        "the budget is £200 and we've spent £120, can we afford 3 banners at £25?",
        "£200 less £120 spent leaves £80; 3 × £25 is £75: yes, with £5 to spare",
    ),
    (
        "we've got £90 in the pot. pizza is £12 each and we need 6, is that enough",
        "£90 to spend; 6 × £12 is £72: yes, with £18 to spare",
    ),
    (
        "we've spent £700 of the £1,000. paint is £45 a tin and we need 4, plus £60 for "
        "brushes, will we have enough",
        "£1,000 less £700 spent leaves £300; 4 × £45 + £60 is £240: yes, with £60 to spare",
    ),
]


@pytest.mark.parametrize(("text", "working"), BUDGETS)
def test_budget(text: str, working: str) -> None:
    found = budget_of(text)
    assert found is not None and found.working == working


@pytest.mark.parametrize(
    "text",
    [
        "tickets are £45, can we afford it",
        "i spent £40 on shoes, is that enough",
        "we spent £312 of the £450, what's left",
    ],
)
def test_no_budget_guessed(text: str) -> None:
    assert budget_of(text) is None


def test_budget_said_the_message_before() -> None:
    reply = say(
        "lovelace",
        "@lovelace if the new sensors are £14.50 each and we need 5, plus £22 postage, do we "
        "still have enough for a spare battery at £38?",
        author="sam",
        history=(ChatLine("sam", "budget check: we've spent £312 of the £450"),),
    )
    assert "yes, with £5.50 to spare" in reply and "£132.50" in reply


CANDLE = (
    "@lovelace wax is £4.20 per kilo, each candle takes 180g, jar is £1.10, wick 12p, fragrance "
    "oil about 95p per candle. what does one cost us to make"
)


def test_candle_then_profit_after_etsy() -> None:
    first = say("lovelace", CANDLE, author="sam")
    assert "about £2.93 each" in first
    reply = say(
        "lovelace",
        "@lovelace ok with the label too. if we sell at £14 and etsy takes 6.5% plus 20p "
        "listing, what's our profit per candle",
        author="sam",
        history=(ChatLine("sam", CANDLE), ChatLine(ADA, first, own=True)),
    )
    assert "6.5% of £14 is 91p, with the 20p fee £1.11" in reply
    assert "£9.96 profit each" in reply and "label is not priced" in reply
    assert "£14.20" not in reply


PROFITS = [
    (
        "if we sell them for £12 and the market takes 10% commission what do we make on each",
        "70p",
        "10% of £12 is £1.20; £12 less £1.20 and 70p to make is £10.10 profit each",
    ),
    (
        "we sell at £20, ebay takes 12.8% plus 30p, what's the profit",
        "£5",
        "12.8% of £20 is £2.56, with the 30p fee £2.86; £20 less £2.86 and £5 to make is "
        "£12.14 profit each",
    ),
    (
        "selling for £8 and the shop keeps 25%, what profit do we make",
        "£2.50",
        "25% of £8 is £2; £8 less £2 and £2.50 to make is £3.50 profit each",
    ),
]


@pytest.mark.parametrize(("text", "cost", "working"), PROFITS)
def test_profit_after_fees(text: str, cost: str, working: str) -> None:
    found = profit_after_fees(text, cost)
    assert found is not None and found.working == working


def test_profit_without_a_cost_asks_for_it() -> None:
    found = profit_after_fees("if we sell at £14 and etsy takes 6.5% plus 20p, what's our profit")
    assert found is not None and found.need == "what one costs you to make"
    assert "£14, plus 20p" not in total_of("sell at £14 and etsy takes 6.5% plus 20p, profit?")


@pytest.mark.parametrize(
    "text",
    [
        "we sell at £14, what's our profit",  # no cut taken
        "etsy takes 6.5%, is it worth it",  # no price
    ],
)
def test_no_profit_guessed(text: str) -> None:
    assert profit_after_fees(text, "£2") is None


TACOS = (
    "@lovelace each taco costs us about £1.10 in ingredients, we sell 3 for £9. if we do 150 "
    "portions on a saturday what's the gross margin"
)


def test_tacos_then_costs_taken_off() -> None:
    first = say("lovelace", TACOS, author="sam")
    assert "£5.70 a portion, a margin of 63.3%; 150 portions make £855" in first
    reply = say(
        "lovelace",
        "@lovelace and then minus the £85 pitch and about £40 for gas and fuel",
        author="sam",
        history=(ChatLine("sam", TACOS), ChatLine(ADA, first, own=True)),
    )
    assert "less £85 and £40 is £730" in reply


SOLAR = (
    "@lovelace the hall uses about 5,200 kWh a year at 28p a unit. if the panels make 5,800 kWh "
    "a year, we use 60% of it and export the rest at 15p, what do we save a year?"
)


def test_solar_saving_then_payback_then_a_battery() -> None:
    first = say("lovelace", SOLAR, author="sam")
    assert (
        "3,480 kWh used at 28p is £974.40, and 2,320 kWh exported at 15p is £348: £1,322.40 a "
        "year" in first
    )
    history = [ChatLine("sam", SOLAR), ChatLine(ADA, first, own=True)]
    second = say(
        "lovelace",
        "@lovelace and how many years to pay back the £9,800",
        author="sam",
        history=tuple(history),
    )
    assert "£9,800 ÷ that is 7.4 years to pay back" in second
    history += [ChatLine("sam", "@lovelace and how many years to pay back the £9,800")]
    history += [ChatLine(ADA, second, own=True)]
    third = say(
        "lovelace",
        "@lovelace what if we add the £4,200 battery and use 90% ourselves",
        author="sam",
        history=tuple(history),
    )
    assert "5,220 kWh used at 28p is £1,461.60, and 580 kWh exported at 15p is £87" in third
    assert "£1,548.60 a year; £14,000 ÷ that is 9.0 years to pay back" in third


@pytest.mark.parametrize(
    ("text", "after", "working"),
    [
        (
            "our panels generate 4,000 kwh a year, we use 50% and export the rest at 12p, we pay "
            "30p a unit. what do we save",
            (),
            "2,000 kWh used at 30p is £600, and 2,000 kWh exported at 12p is £240: £840 a year",
        ),
        (
            "the system makes 3,000 kWh, we'd use 40%, buying at 25p per kwh and exporting at "
            "10p, how much a year",
            ("and the payback on £6,000?",),
            "1,200 kWh used at 25p is £300, and 1,800 kWh exported at 10p is £180: £480 a year; "
            "£6,000 ÷ that is 12.5 years to pay back",
        ),
        (
            "solar panels produce 5,000 kwh, we use 70% of it at 30p a unit, export at 5p, saving?",
            ("what if we use 80%",),
            "4,000 kWh used at 30p is £1,200, and 1,000 kWh exported at 5p is £50: £1,250 a year",
        ),
    ],
)
def test_solar_phrasings(text: str, after: tuple[str, ...], working: str) -> None:
    from bots.wordsum import solar_of

    found = solar_of(text, after)
    assert found is not None and found.working == working


@pytest.mark.parametrize(
    "text",
    [
        "the panels make 5,800 kWh a year, what do we save?",  # no share used, no prices
        "we use 60% of our 28p units, what's left",
        "solar panels are £9,800, is it worth it",
    ],
)
def test_no_solar_guessed(text: str) -> None:
    from bots.wordsum import solar_of

    assert solar_of(text) is None


EINSTEIN = [
    (
        "@einstein our robot has 65mm wheels and the motors do about 180 rpm under load, how fast "
        "is it actually going in m/s?",
        (),
        "65 mm wheels (π × 65 mm, 204.2 mm a turn) at 180 rpm is 0.61 m/s",
    ),
    (
        "@einstein 00 gauge, 1:76 scale. if a loco does 1 metre in 4 seconds on the layout, "
        "what's that in real mph",
        (),
        "1 metre in 4 seconds is 0.56 mph; at 1:76 scale, 76 times that full size: 42.5 mph",
    ),
    (
        "@einstein what's a scale 60mph in cm per second on the layout",
        ("00 gauge, 1:76 scale",),
        "60 mph is 2,682.24 cm per second; at 1:76 scale, 1/76 of that on the model: 35.29 cm "
        "per second",
    ),
    (
        "@einstein 100mm wheels at 60 rpm, how fast in cm per second",
        (),
        "100 mm wheels (π × 100 mm, 314.16 mm a turn) at 60 rpm is 31.42 cm per second",
    ),
    ("@einstein the car does 30 mph, what's that in m/s", (), "30 mph is 13.41 m/s"),
    (
        "@einstein it's 1:87, a train does 50cm in 2 seconds, what is that in real km/h",
        (),
        "50 cm in 2 seconds is 0.9 km/h; at 1:87 scale, 87 times that full size: 78.3 km/h",
    ),
]


@pytest.mark.parametrize(("text", "before", "working"), EINSTEIN)
def test_einstein_speeds(text: str, before: tuple[str, ...], working: str) -> None:
    history = tuple(ChatLine("sam", b) for b in before)
    reply = say("einstein", text, author="sam", history=history)
    assert working in reply
    assert reply.startswith(("A question of distance", "Distance over time", "A clock and"))


@pytest.mark.parametrize(
    "text",
    [
        "@einstein how fast is light",
        "@einstein why do bigger wheels go faster",
        "@einstein what's a 1:76 scale model",
    ],
)
def test_einstein_no_speed_sum_guessed(text: str) -> None:
    assert " is 0." not in say("einstein", text, author="sam")
    assert "m/s" not in say("einstein", text, author="sam")


BILL = "£1,480 hire + £180 fuel deposit + £45 for biscuit"
COUPLES = (
    "@lovelace split that four ways for us please, and also per couple since clive and i are one "
    "household"
)


def test_bill_per_couple_then_one_sum_on_ours() -> None:
    first = say("lovelace", COUPLES, author="pat", history=(ChatLine("pat", BILL),))
    assert "£1,705; 4 ways, £426.25 each; per couple, £852.50" in first
    reply = say(
        "lovelace",
        "@lovelace sorry forgot, take the £45 out and put it just on ours",
        author="pat",
        history=(ChatLine("pat", BILL), ChatLine("pat", COUPLES), ChatLine(ADA, first, own=True)),
    )
    assert "£1,480 + £180 is £1,660; 4 ways, £415 each; per couple, £830" in reply
    assert "£875 for you and Clive and £830 for the others" in reply
    assert "tiresome" not in reply


@pytest.mark.parametrize(
    ("text", "working"),
    [
        (
            "£200 room + £40 food, split it 4 ways and per household",
            "£200 + £40 is £240; 4 ways, £60 each; per couple, £120",
        ),
        (
            "£90 taxi + £30 tip, between 6 of us and each couple too",
            "£90 + £30 is £120; 6 ways, £20 each; per couple, £40",
        ),
        ("£90 taxi + £30 tip, split 3 ways, per couple", "£90 + £30 is £120; 3 ways, £40 each"),
    ],
)
def test_per_couple_phrasings(text: str, working: str) -> None:
    from bots.wordsum import plain_total

    found = plain_total(text)
    assert found is not None and found.working == working


@pytest.mark.parametrize(
    "message",
    [
        "take the £45 out",  # put on nobody
        "put the £45 on ours",  # taken out of nothing said
        "take the £99 out and put it on ours",  # no such sum in the bill
    ],
)
def test_no_sum_moved_guessed(message: str) -> None:
    from bots.wordsum import moved_onto_ours

    assert moved_onto_ours(f"{BILL}. {COUPLES}", message) is None


def test_solar_changed_long_after_from_her_own_reply() -> None:
    said = (
        "Set out as a little table, Helen: 3,480 kWh used at 28p is £974.40, and 2,320 kWh "
        "exported at 15p is £348: £1,322.40 a year; £9,800 ÷ that is 7.4 years to pay back."
    )
    chat = tuple(ChatLine("bryn", f"an aside about the roof, number {n}") for n in range(9))
    reply = say(
        "lovelace",
        "@lovelace what if we add the £4,200 battery and use 90% ourselves instead of 60%? "
        "payback then?",
        author="geoff",
        history=chat,
        said=(said,),
    )
    assert "£1,548.60 a year; £14,000 ÷ that is 9.0 years to pay back" in reply
