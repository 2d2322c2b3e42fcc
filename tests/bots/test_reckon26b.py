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
