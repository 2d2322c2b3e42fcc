"""Everyday sums of five classes put to any persona (sums50a, `bots.sums50`): a recipe scaled,
a price going up or down by a percentage, fuel for a distance at so many litres per 100 km or
miles a gallon, the score needed next for an average aimed at, and what is left of so many
packs. Each is worked with its working shown, in the asked persona's voice, only when every
figure has its place; a sum of these classes missing a figure asks for it in character, and
look-alikes (a percentage of a vote, a plain mean, a recipe with no count) are not read so."""

from __future__ import annotations

import pytest

from bots.sums50 import worked
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say


def _asked(slug: str, ask: str, before: list[str]) -> str:
    history = tuple(Line(f"p{i}", text) for i, text in enumerate(before))
    return say(slug, f"@{slug} {ask}", author="sam", history=history)


# (persona, the ask, the lines before it oldest first, the working said)
WORKED = [
    # recipes scaled
    (
        "curie",
        "how much rice and stock then",
        ["risotto recipe serves 2: 150g rice and 500ml stock", "theres 5 of us coming round"],
        "from 2 to 5 is × 2.5: 375g rice, 1.25 litres stock",
    ),
    (
        "einstein",
        "how much flour if i triple it",
        ["pancake batter recipe: 120g flour, serves 2"],
        "from 2 to 6 is × 3: 120g → 360g flour",
    ),
    (
        "socrates",
        "what do i need if i halve it",
        ["cake recipe takes 300g butter and 250g sugar and feeds 12"],
        "from 12 to 6 is × 0.5: 300g → 150g butter, 250g → 125g sugar",
    ),
    (
        "darwin",
        "how much flour then",
        ["makes 12 muffins with 250g flour", "i need 30 for the bake sale"],
        "from 12 to 30 muffins is × 2.5: 250g → 625g flour",
    ),
    (
        "einstein",
        "how much stock do i need",
        ["the soup recipe is for 8 people and uses 2 litres of stock", "only 3 of us tonight"],
        "from 8 to 3 is × 3/8: 2 litres → 750ml stock",
    ),
    (
        "einstein",
        "how much sugar for 9 litres?",
        ["homemade lemonade: 250g sugar makes 2 litres", "we need 9 litres for the do"],
        "from 2 litres to 9 litres is × 4.5: 250g → 1,125g sugar",
    ),
    # a price up or down by a percentage
    (
        "curie",
        "what will it be then",
        ["our rent is £850 a month and its going up 4% in april"],
        "£850 + 4% (£34) = £884 a month, £34 more",
    ),
    (
        "einstein",
        "whats the new premium",
        ["car insurance is £612 a year and its rising by 9 percent"],
        "£612 + 9% (£55.08) = £667.08 a year, £55.08 more",
    ),
    (
        "shakespeare",
        "how much is my energy bill after",
        ["energy bill £118 a month", "price cap drops it 7% in july"],
        "£118 − 7% (£8.26) = £109.74 a month, £8.26 less",
    ),
    (
        "lovelace",
        "what's the rent after the increase",
        ["rent £1,150 pcm with an increase of 3%"],
        "£1,150 + 3% (£34.50) = £1,184.50 a month, £34.50 more",
    ),
    (
        "socrates",
        "whats the new amount",
        ["council tax £1,650", "increase of 8% next year"],
        "£1,650 + 8% (£132) = £1,782, £132 more",
    ),
    (
        "curie",
        "so whats the new price",
        ["gym is cutting membership by 10% for january", "its £45 a month normally"],
        "£45 − 10% (£4.50) = £40.50 a month, £4.50 less",
    ),
    # fuel
    (
        "curie",
        "how many litres for the trip",
        ["heading to cornwall, its 410km", "the van does 8 litres per 100km"],
        "410km at 8 litres per 100km is 32.8 litres",
    ),
    (
        "einstein",
        "whats it cost in fuel",
        ["drive to glasgow is 660km there and back", "car uses 5.5 l/100km, diesel £1.56 a litre"],
        "660km at 5.5 litres per 100km is 36.3 litres; at £1.56 a litre, £56.63",
    ),
    (
        "socrates",
        "how much each for petrol",
        [
            "its 150 miles each way, we're going there and back",
            "my fiesta does 50 mpg and petrol is £1.42 a litre",
            "split between 4 of us",
        ],
        "150 miles × 2 = 300 miles at 50 mpg is 6 gallons; at 4.546 litres a gallon, 27.28 "
        "litres; at £1.42 a litre, £38.73; between 4, £9.68 each",
    ),
    (
        "darwin",
        "how much petrol money for the round trip",
        ["125 miles each way to the coast", "car gets 35 mpg, petrol 139.9p a litre"],
        "125 miles × 2 = 250 miles at 35 mpg is 7.14 gallons; at 4.546 litres a gallon, 32.47 "
        "litres; at 139.9p a litre, £45.43",
    ),
    (
        "curie",
        "how much for fuel",
        ["its 520 miles return to the wedding", "my car gets 40 mpg", "say £6.80 a gallon"],
        "520 miles at 40 mpg is 13 gallons; at £6.80 a gallon, £88.40",
    ),
    # the score needed for an average
    (
        "curie",
        "what do i need in the last test",
        ["my marks so far are 58, 64, 71 and 67", "want an average of 65 over 5 tests"],
        "an average of 65 over 5 is 325; 58 + 64 + 71 + 67 is 260, so you need 65",
    ),
    (
        "einstein",
        "what do we need this week",
        ["we've been averaging 32 points a week for 4 weeks", "want to average 35 over 5"],
        "an average of 35 over 5 is 175; 32 × 4 is 128 so far, so you need 47 points",
    ),
    (
        "shakespeare",
        "what time do i need on the next one",
        ["parkrun times 28, 27 and 29 mins", "i want to average 27 over 4 runs"],
        "an average of 27 over 4 is 108; 28 + 27 + 29 is 84, so you need 24 mins",
    ),
    (
        "socrates",
        "what score does he need next",
        ["hes got 12, 15 and 14 out of 20 on his spellings", "he wants a 14 average after 4 tests"],
        "an average of 14 over 4 is 56; 12 + 15 + 14 is 41, so you need 15",
    ),
    (
        "darwin",
        "what do we need in the last round",
        ["our rounds so far: 7, 9, 8, 6", "5 rounds total, we need to average 8 to win"],
        "an average of 8 over 5 is 40; 7 + 9 + 8 + 6 is 30, so you need 10",
    ),
    # packs left
    (
        "curie",
        "how many are left",
        ["we bought 4 boxes of 36 crackers for the party", "handed out 101 so far"],
        "4 × 36 is 144; 144 − 101 is 43 left",
    ),
    (
        "einstein",
        "how many left in the cupboard",
        ["got 3 bags of 15 satsumas", "kids ate 8 and i used 6 in the smoothie"],
        "3 × 15 is 45; 45 − 14 (8 + 6 = 14) is 31 left",
    ),
    (
        "darwin",
        "how many napkins remain",
        ["6 packets of 50 napkins", "we've used 212"],
        "6 × 50 is 300; 300 − 212 is 88 left",
    ),
    (
        "shakespeare",
        "how many eggs left",
        ["bought 2 dozen eggs on saturday", "used 9 for the quiche"],
        "2 × 12 is 24; 24 − 9 is 15 left",
    ),
    (
        "lovelace",
        "how many sheets left",
        ["ordered 5 reams of paper, 500 sheets each", "used 1,730 sheets this term"],
        "5 × 500 is 2,500; 2,500 − 1,730 is 770 left",
    ),
]


# The working alone, as read (`bots.sums50.worked`): more wordings of each class.
READ = [
    (
        ["the festival is 90 miles each way, van does 30mpg, diesel £1.50 a litre", "how much"],
        "90 miles × 2 = 180 miles at 30 mpg is 6 gallons",
    ),
    (
        ["its 180 miles each way, car does 45 mpg, petrol £1.50 a litre", "how much to get there"],
        "180 miles at 45 mpg is 4 gallons",
    ),
    (
        [
            "my average over 5 games is 120",
            "want 125 average over 6 games",
            "what do i need next game",
        ],
        "an average of 125 over 6 is 750; 120 × 5 is 600 so far, so you need 150",
    ),
    (["rent is 850 quid a month going up 4%", "wat will it be"], "£850 + 4% (£34) = £884 a month"),
    (
        ["the reciepe serves 4 and needs 300g pasta", "theres 6 of us", "how much pasta"],
        "from 4 to 6 is × 1.5: 300g → 450g pasta",
    ),
    (
        ["car does 6l per 100km, 300km, petrol 1.55 a litre", "how much will it cost"],
        "300km at 6 litres per 100km is 18 litres; at £1.55 a litre, £27.90",
    ),
    (
        ["got 60, 70 and 80", "want an averge of 75 over 4", "what do i need in the last one"],
        "an average of 75 over 4 is 300; 60 + 70 + 80 is 210, so you need 90",
    ),
    (["save 20% on a £60 jacket this weekend", "what would it cost me"], "£60 − 20% (£12) = £48"),
    (["my salary is £32k and im getting a 3% raise", "whats my new salary"], "= £32,960"),
    (["taking a 5% pay cut on £30,000", "what will i be on"], "= £28,500, £1,500 less"),
    (
        ["recipe for 6: 400g beef and 2 onions", "how much for 4"],
        "from 6 to 4 is × 2/3: 400g → 266.7g beef, 2 onions → 1.33 (say 1) onions",
    ),
    (
        ["this stew feeds 6 and takes 1kg beef", "there'll be 9 of us", "how much beef then"],
        "from 6 to 9 is × 1.5: 1kg → 1.5kg beef",
    ),
    (
        ["bought 6 packs of 4 yogurts", "the kids have eaten 17", "how many yogurts left"],
        "6 × 4 is 24; 24 − 17 is 7 left",
    ),
    (
        ["had 10 rolls of 9 bin bags", "gave 12 to nan", "how many bin bags have i got left"],
        "10 × 9 is 90; 90 − 12 is 78 left",
    ),
    (
        ["58 mpg", "driving 90 miles to york and back", "petrol £1.39 a litre", "how much on fuel"],
        "90 miles at 58 mpg is 1.55 gallons; at 4.546 litres a gallon, 7.05 litres; at £1.39 a "
        "litre, £9.81",
    ),
    (
        ["averaged 6.5 for the first 4 weeks", "want 7 over 5", "what do i need this week"],
        "an average of 7 over 5 is 35; 6.5 × 4 is 26 so far, so you need 9",
    ),
]


@pytest.mark.parametrize(("lines", "working"), READ)
def test_more_wordings_are_read(lines, working):
    assert working in worked(lines).working


@pytest.mark.parametrize(("slug", "ask", "before", "working"), WORKED)
def test_a_sum_of_the_five_classes_is_worked_by_any_persona(slug, ask, before, working):
    assert working in _asked(slug, ask, before)


def test_the_working_is_said_in_the_asked_personas_voice():
    assert _asked("curie", "how many are left", ["5 boxes of 24 mince pies, handed out 97"]) == (
        "The figures first, then the conclusions, Sam: 5 × 24 is 120; 120 − 97 is 23 left."
    )
    assert _asked(
        "shakespeare",
        "how much is my energy bill after",
        ["energy bill £118 a month", "price cap drops it 7% in july"],
    ) == (
        "Even a glover's son can cast up a reckoning, Sam: £118 − 7% (£8.26) = £109.74 a month, "
        "£8.26 less."
    )


# A sum of these classes missing a figure: the figure asked for in character, never a line on
# another thing.
MISSING = [
    (
        "darwin",
        "so what will it cost then",
        ["council tax is going up 5% next year"],
        "what it is now",
    ),
    ("shakespeare", "how many are left", ["we gave away 45 leaflets today"], "how many there were"),
    (
        "einstein",
        "how much will it cost",
        ["car does 6 litres per 100km", "petrol is £1.50 a litre"],
        "how far you are going",
    ),
    (
        "socrates",
        "what do i need on the last one",
        ["i need an average of 60 over 3 exams"],
        "scores",
    ),
    ("curie", "what will it be then", ["rent is going up 4%"], "what it is now"),
    ("darwin", "how many are left", ["bought 6 crates for the fete", "sold 40"], "in each crate"),
]


@pytest.mark.parametrize(("slug", "ask", "before", "asked"), MISSING)
def test_a_figure_missing_is_asked_for_in_character(slug, ask, before, asked):
    reply = _asked(slug, ask, before)
    assert asked in reply and "tell me" in reply.lower()


def test_a_price_missing_is_asked_for_after_the_litres():
    reply = _asked(
        "shakespeare", "how much will the fuel cost", ["van does 9 litres per 100km and its 300km"]
    )
    assert reply == (
        "Even a glover's son can cast up a reckoning, Sam: 300km at 9 litres per 100km is 27 "
        "litres. Tell me the price of a litre, and I will finish the sum."
    )


# Look-alikes these readers leave alone (None: another reader's, or declined).
NOT_READ = [
    ["she got 4% of the vote", "how many is that"],
    ["got 68, 72 and 81", "whats my average"],
    ["recipe uses 300g pasta", "how much pasta do i need"],
    ["bill's £62.40, shall we leave 12.5% tip", "whats the tip and whats the total"],
    ["invoice says £54 including vat at 20%", "whats the price before vat?"],
    ["the boots are £120 with 30% off", "and another 10% off at the till", "what do i pay?"],
    ["sofa was £640, 12% off, and i paid £50 delivery", "how much was it now"],
    ["rent £900 going up 3% and bills £120", "what will the rent be"],
    ["car does 6 litres per 100km and its 200 miles", "how many litres"],
    ["got 60 and 70, need to average 75 over 4", "what do i need on the last one"],
    ["3 packs of 40 cups and we used 87 and 2 packs of 10", "how many left"],
    ["council tax is £1,860 a year with 25% off, paid in 10 instalments", "how much each"],
    ["recipe serves 4 with 300g pasta", "how much pasta if i double it for 10"],
    ["house was £250,000 and went up 4% every year", "whats it worth now"],
    ["3 packs of 40 cups and we've used 87 and 2 of the packs", "how many left"],
]


@pytest.mark.parametrize("lines", NOT_READ)
def test_look_alikes_are_not_worked_so(lines):
    found = worked(lines)
    assert found is None or not found.working


def test_a_plain_mean_asked_stays_the_plain_mean():
    assert _asked("curie", "whats my average", ["got 68, 72 and 81"]) == (
        "The figures first, then the conclusions, Sam: 68 + 72 + 81 is 221, over 3 is 73.67."
    )
