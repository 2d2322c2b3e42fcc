"""Lovelace does the group's sums in rooms she has not seen: read by their parts, not by one
shape a message (`bots.wordsum`, the general readings).

Before, "villa is €1840 for the 7 of us but jess doesnt pay obviously, how much each" got an even
split among 7 and a question; "petrol was £86, split by how many runs each did: me 5, dan 3,
sue 4", "we ride 62 miles at 14.5mph with a 40 min cafe stop, leave at 8, when are we home" and
their like got "Let us make a method of it..." or "Do tell me more"; follow-ups ("add the boat on
too, its €55pp and we cover jess's", "fine make it 13mph then") fell to "Do tell me more".
Now each is worked in one short line, or the one figure she needs is asked for.
"""

from __future__ import annotations

import pytest

from bots.wordsum import _clean, _general, redone, word_sum
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say

ADA = "Ada Lovelace"


# (message, working, result): a bill among those who pay, with extras a head; totals of parts,
# fees and a percentage; singles and bundles; shares by counts; packs needed; chances; rides.
WORKED = [
    (
        "120 squares at 18g each, balls are 100g, how many balls, and add 10% for luck",
        "120 × 18g is 2,160g, plus 10% is 2,376g: 23.8 balls of 100g, so 24",
        "24 balls",
    ),
    (
        "30% chance of rain on saturday and 50% on sunday, whats the chance both days are dry",
        "both dry is 70% × 50% = 35%, taking them as independent",
        "35%",
    ),
    (
        "40% chance of rain sat and 25% sun, whats the chance at least one day is wet",
        (
            "neither happening is 60% × 75% = 45%, so at least one wet is 55%, taking them as "
            "independent"
        ),
        "55%",
    ),
    (
        "60% chance of winning each of our 2 remaining games, whats the chance we win both",
        "both is 60% × 60% = 36%, taking them as independent",
        "36%",
    ),
    (
        "70% chance sat is dry and 80% sun is dry, whats the odds both are dry",
        "both dry is 70% × 80% = 56%, taking them as independent",
        "56%",
    ),
    (
        "80 cupcakes at 40g icing each, bags are 1kg, how many bags plus 10% extra",
        "80 × 40g is 3,200g, plus 10% is 3,520g: 3.5 bags of 1kg, so 4",
        "4 bags",
    ),
    (
        (
            "@lovelace if we average 14.5mph for 62 miles plus 40 mins at the cafe, leaving at "
            "8, when am i home. need to tell the childminder"
        ),
        (
            "62 miles at 14.5 mph is 4 h 17 min, plus 40 min stopped is 4 h 57 min; leaving at "
            "08:00, that is about 12:57"
        ),
        "about 12:57",
    ),
    (
        (
            "@lovelace kit order: 9 jerseys at £48, 6 bibs at £62, £25 setup fee, 12% off the "
            "whole order if it's over £500. total?"
        ),
        "9 × £48 + 6 × £62 = £804, + £25 setup = £829, 12% off that is £729.52",
        "£729.52",
    ),
    (
        (
            "I need to work out wool for a blanket. 120 squares, each square takes 18 grams, "
            "balls are 100g. How many balls do I buy"
        ),
        "120 × 18g is 2,160g: 21.6 balls of 100g, so 22",
        "22 balls",
    ),
    (
        "airbnb is £1200 for 8 but we're paying for mum, how much each",
        "£1,200 among the 7 of you who pay (8 less Mum) is £171.43 each",
        "£171.43 each",
    ),
    (
        "allotment water bill £84 shared by plot size, alan 2, bev 1, me 3, how much does each pay",
        "£84 over 6 plots is £14 a plot: Alan £28, Bev £14, you £42",
        "Alan £28, Bev £14, you £42",
    ),
    (
        (
            "bake sale cookies 50p each or 3 for £1.20, we sold 45 singles and 20 threes, what "
            "did we make"
        ),
        "45 singles at 50p is £22.50, 20 lots of 3 at £1.20 is £24: £46.50 for 105 sold",
        "£46.50",
    ),
    (
        "bbq was £120 for 10 of us, 2 of us dont pay, how much each",
        "£120 among the 8 of you who pay (10 less 2) is £15 each",
        "£15 each",
    ),
    (
        "blanket is 140 squares using 15g each, yarn comes in 50g balls, how many balls do i need",
        "140 × 15g is 2,100g: 42 balls of 50g",
        "42 balls",
    ),
    (
        "bunting 24 flags at 0.5m each, ribbon rolls are 5m, how many rolls, add 20% spare",
        "24 × 0.5m is 12m, plus 20% is 14.4m: 2.9 rolls of 5m, so 3",
        "3 rolls",
    ),
    (
        "car wash £6 each or 4 for £20, did 14 singles and 5 fours, how much did we raise",
        "14 singles at £6 is £84, 5 lots of 4 at £20 is £100: £184 for 34 sold",
        "£184",
    ),
    (
        (
            "choir coach 120 miles at 45mph with a 45 min lunch stop, leave 8.30, what time do "
            "we get there"
        ),
        (
            "120 miles at 45 mph is 2 h 40 min, plus 45 min stopped is 3 h 25 min; leaving at "
            "08:30, that is about 11:55"
        ),
        "about 11:55",
    ),
    (
        (
            "choir coach £540 and £12 per head entry for 30 of us, the conductor doesnt pay, we "
            "cover the conductor's entry, how much each"
        ),
        "£540 + £12 × 30 = £900 among the 29 of you who pay (30 less the conductor) is £31.03 each",
        "£31.03 each",
    ),
    (
        "choir folders 36 at 0.4m of ribbon each, reels are 10m, how many reels",
        "36 × 0.4m is 14.4m: 1.4 reels of 10m, so 2",
        "2 reels",
    ),
    (
        "coach 1 in 5 chance of being late each of the 4 days, chance at least one day is late",
        (
            "none happening is 80% × 80% × 80% × 80% = 41%, so at least one is 59%, taking them "
            "as independent"
        ),
        "59%",
    ),
    (
        "coach is 180 miles at 50mph plus 2 20 min stops, leaving at 7am, what time do we arrive",
        (
            "180 miles at 50 mph is 3 h 36 min, plus 40 min stopped is 4 h 16 min; leaving at "
            "07:00, that is about 11:16"
        ),
        "about 11:16",
    ),
    (
        (
            "coach to the choir festival is £630 for 35 of us but the conductor doesnt pay, how "
            "much each"
        ),
        "£630 among the 34 of you who pay (35 less the conductor) is £18.53 each",
        "£18.53 each",
    ),
    (
        "cottage 3 nights at £210 plus £60 cleaning fee, how much each for 6 of us",
        "3 × £210 = £630, + £60 cleaning = £690; among 6, £115 each",
        "£115 each",
    ),
    (
        (
            "cottage £900 for 6 of us plus £15 each for the boat trip, gran doesnt pay and we're "
            "covering gran's, how much each"
        ),
        "£900 + £15 × 6 = £990 among the 5 of you who pay (6 less Gran) is £198 each",
        "£198 each",
    ),
    (
        "cycle club 45 km at 22 km/h with a 25 min coffee stop, roll out at 9, when are we back",
        (
            "45 km at 22 km/h is 2 h 3 min, plus 25 min stopped is 2 h 28 min; leaving at 09:00, "
            "that is about 11:28"
        ),
        "about 11:28",
    ),
    (
        "drive 240km at 90km/h with a 30 min break, set off 2pm, when will we get there",
        (
            "240 km at 90 km/h is 2 h 40 min, plus 30 min stopped is 3 h 10 min; leaving at "
            "14:00, that is about 17:10"
        ),
        "about 17:10",
    ),
    (
        (
            "family drive to the cottage 210 miles at 55mph and 2 x 15 min stops, leaving at "
            "10am, whats our eta"
        ),
        (
            "210 miles at 55 mph is 3 h 49 min, plus 30 min stopped is 4 h 19 min; leaving at "
            "10:00, that is about 14:19"
        ),
        "about 14:19",
    ),
    (
        "fuel £120 divided by how many miles each drove: tom 80, me 120, ash 100",
        "£120 over 300 miles is 40p a mile: Tom £32, you £48, Ash £40",
        "Tom £32, you £48, Ash £40",
    ),
    (
        (
            "glow sticks £1 each or 5 for £4 at the school disco, sold 60 singles and 18 fives, "
            "how much is that"
        ),
        "60 singles at £1 is £60, 18 lots of 5 at £4 is £72: £132 for 150 sold",
        "£132",
    ),
    (
        (
            "hen do house £1500 + £35pp cocktail class for 10 of us, bride goes free incl the "
            "bride's class, how much each"
        ),
        "£1,500 + £35 × 10 = £1,850 among the 9 of you who pay (10 less the bride) is £205.56 each",
        "£205.56 each",
    ),
    (
        "holiday cottage £1350 for the 9 of us, the twins go free, how much each then",
        "£1,350 among the 7 of you who pay (9 less the twins) is £192.86 each",
        "£192.86 each",
    ),
    (
        "if each of the 3 kids has a 1 in 4 chance of catching it, chance at least one does?",
        (
            "none happening is 75% × 75% × 75% = 42.2%, so at least one is 57.8%, taking them as "
            "independent"
        ),
        "57.8%",
    ),
    (
        "kit is 9 at £48 and 6 at £62, £25 setup, 12% off over £500, total?",
        "9 × £48 + 6 × £62 = £804, 12% off that is £707.52, + £25 setup = £732.52",
        "£732.52",
    ),
    (
        (
            "leaving do meal £300 plus £10 a head for drinks, 15 of us, sandra doesnt pay and we "
            "cover sandra's drinks, how much each"
        ),
        "£300 + £10 × 15 = £450 among the 14 of you who pay (15 less Sandra) is £32.14 each",
        "£32.14 each",
    ),
    (
        (
            "leaving do: 20 pizzas at £11 and 3 cakes at £18, 10% off if we spend over £200, "
            "whats that come to"
        ),
        "20 × £11 + 3 × £18 = £274, 10% off that is £246.60",
        "£246.60",
    ),
    (
        "leaving gift for sandra was £90, 15 of us but not counting sandra herself, how much each",
        "£90 among the 14 of you who pay (15 less Sandra) is £6.43 each",
        "£6.43 each",
    ),
    (
        (
            "minibus £210 shared according to how many legs each did: me 3, kim 2, priya 2, how "
            "much each"
        ),
        "£210 over 7 legs is £30 a leg: you £90, Kim £60, Priya £60",
        "you £90, Kim £60, Priya £60",
    ),
    (
        "order is 12 mugs at £6.50 and 4 tea towels at £8, plus 20% vat, total?",
        "12 × £6.50 + 4 × £8 = £110, + 20% VAT is £132",
        "£132",
    ),
    (
        "paint: 6 walls at 2.5l each, tins are 5l, how many tins",
        "6 × 2.5l is 15l: 3 tins of 5l",
        "3 tins",
    ),
    (
        "petrol for the choir trip £64 split by how many seats each car had: ann 4, me 3, raj 5",
        "£64 over 12 seats is £5.33 a seat: Ann £21.33, you £16, Raj £26.67",
        "Ann £21.33, you £16, Raj £26.67",
    ),
    (
        "petrol was £86, split by how many runs each did: me 5, dan 3, sue 4",
        "£86 over 12 runs is £7.17 a run: you £35.83, Dan £21.50, Sue £28.67",
        "you £35.83, Dan £21.50, Sue £28.67",
    ),
    (
        "pitch is £72 for the 10 of us but dan and kev arent paying this week, how much each",
        "£72 among the 8 of you who pay (10 less Dan and Kev) is £9 each",
        "£9 each",
    ),
    (
        (
            "pitch £80 for 12 of us and £3 each for bibs, kev and dan dont pay, rest of us cover "
            "kev and dan's bibs, how much each"
        ),
        "£80 + £3 × 12 = £116 among the 10 of you who pay (12 less Kev and Dan) is £11.60 each",
        "£11.60 each",
    ),
    (
        "programmes £3 each or 2 for £5, we sold 33 singles and 21 pairs, whats the takings",
        "33 singles at £3 is £99, 21 lots of 2 at £5 is £105: £204 for 75 sold",
        "£204",
    ),
    (
        "quiz winnings £150 split according to rounds answered: jo 4, me 6, sam 2, how much each",
        "£150 over 12 rounds is £12.50 a round: Jo £50, you £75, Sam £25",
        "Jo £50, you £75, Sam £25",
    ),
    (
        "raffle tickets £1 each or 6 for £5, we sold 40 singles and 12 sixes, what did we take",
        "40 singles at £1 is £40, 12 lots of 6 at £5 is £60: £100 for 112 sold",
        "£100",
    ),
    (
        "scarves for the team, 11 at 40g each, yarn is 100g balls, how many balls, add 10% extra",
        "11 × 40g is 440g, plus 10% is 484g: 4.8 balls of 100g, so 5",
        "5 balls",
    ),
    (
        (
            "shirts for the five a side: 8 at £22 and 3 keeper tops at £28, plus £15 printing, "
            "how much total"
        ),
        "8 × £22 + 3 × £28 = £260, + £15 printing = £275",
        "£275",
    ),
    (
        "split the cottage £960 by nights stayed: us 7, gran 4, the smiths 7, how much each",
        "£960 over 18 nights is £53.33 a night: your lot £373.33, Gran £213.33, Smiths £373.33",
        "your lot £373.33, Gran £213.33, Smiths £373.33",
    ),
    (
        "stag do lodge is £2400 for 12 of us, the stag goes free obviously, whats that each",
        "£2,400 among the 11 of you who pay (12 less the stag) is £218.18 each",
        "£218.18 each",
    ),
    (
        (
            "stag lodge £2400 plus £40pp for karting, 12 of us, the stag doesnt pay and we cover "
            "the stag's karting too, how much each"
        ),
        "£2,400 + £40 × 12 = £2,880 among the 11 of you who pay (12 less the stag) is £261.82 each",
        "£261.82 each",
    ),
    (
        "stag: 10 paintball at £35 each and 10 at £20 for food, £50 deposit, whats the total",
        "10 × £35 + 10 × £20 = £550, + £50 deposit = £600",
        "£600",
    ),
    (
        "table booking £240 for 8 of us but the birthday girl doesnt pay, how much per head",
        "£240 among the 7 of you who pay (8 less the birthday girl) is £34.29 each",
        "£34.29 each",
    ),
    (
        "the 3 flights have 10%, 15% and 5% chance of delay, whats the chance none are delayed",
        "none happening is 90% × 85% × 95% = 72.7%, taking them as independent",
        "72.7%",
    ),
    (
        "the forecast says 20% rain fri, 30% sat, 40% sun, chance it rains at least one day",
        (
            "none happening is 80% × 70% × 60% = 33.6%, so at least one is 66.4%, taking them as "
            "independent"
        ),
        "66.4%",
    ),
    (
        (
            "tombola tickets 50p each or 5 for £2, we sold 120 singles and 30 fives, how much "
            "did we make"
        ),
        "120 singles at 50p is £60, 30 lots of 5 at £2 is £60: £120 for 270 sold",
        "£120",
    ),
    (
        "villa is €1840 for the 7 of us but jess doesnt pay obviously, how much each",
        "€1,840 among the 6 of you who pay (7 less Jess) is €306.67 each",
        "€306.67 each",
    ),
    (
        "villa €200 a night for 7 of us, 5 nights, jess doesnt pay, how much each",
        "€1,000 among the 6 of you who pay (7 less Jess) is €166.67 each",
        "€166.67 each",
    ),
    (
        "wait 3 of them dont pay, stag is £1200 for 10 of us, how much each",
        "£1,200 among the 7 of you who pay (10 less 3) is £171.43 each",
        "£171.43 each",
    ),
    (
        "we ride 62 miles at 14.5mph with a 40 min cafe stop, leave at 8, when are we home",
        (
            "62 miles at 14.5 mph is 4 h 17 min, plus 40 min stopped is 4 h 57 min; leaving at "
            "08:00, that is about 12:57"
        ),
        "about 12:57",
    ),
    (
        "we run 10 miles at 6mph with a 15 min stop, how long will it take",
        "10 miles at 6 mph is 1 h 40 min, plus 15 min stopped is 1 h 55 min",
        "1 h 55 min",
    ),
    (
        "we walk 14 miles at 3mph with an hour lunch, start at 9.30, when do we get back",
        (
            "14 miles at 3 mph is 4 h 40 min, plus 1 h stopped is 5 h 40 min; leaving at 09:30, "
            "that is about 15:10"
        ),
        "about 15:10",
    ),
    (
        "we're 6 and the meal was £186, except me, how much each for the rest",
        "£186 among the 5 of you who pay (6 less you) is £37.20 each",
        "£37.20 each",
    ),
    (
        "wedding favours 150 bags using 30g sweets each, sweets come in 1kg bags, how many bags",
        "150 × 30g is 4,500g: 4.5 bags of 1kg, so 5",
        "5 bags",
    ),
    (
        "yarn: 120 squares, 18g each, 100g balls, how many balls",
        "120 × 18g is 2,160g: 21.6 balls of 100g, so 22",
        "22 balls",
    ),
]

# What cannot be read for sure is asked, never guessed.
ASKED_FOR = [
    (
        (
            "choir coach £540 + £12pp for the festival entry, 30 of us but the conductor doesnt "
            "pay, how much each"
        ),
        "whether the rest of you cover the conductor's £12 too",
    ),
    (
        "cottage is £1350 for 9 of us and the kids go free, how much each",
        "how many of you pay",
    ),
    (
        "dan's not paying for the pitch this week, its £60 for 10 of us, how much each",
        "who pays for what",
    ),
    (
        "split £250 between 6 of us (not jess), how much each",
        "whether the 6 of you includes jess",
    ),
    (
        "villa €1840 for 7 of us but jess doesnt pay, she owes us €50 anyway, how much each",
        "which of the sums is the bill you share",
    ),
    (
        "leaving gift £90, 15 of us not counting sandra, how much each",
        "whether the 15 of you includes sandra",
    ),
]

# Numbers in chat that ask no sum, or ask one the general readings must leave alone.
NOT_READ = [
    "we were 7 down at half time lol",
    "see you at 8",
    "jess doesnt pay attention in rehearsals, 3 times this week",
    "train leaves at 8, we're 7 of us, how exciting",
    "how much was the villa again? €1840 i think",
    "we ride 62 miles on sunday, who's in?",
    "it was 40% off at the sale, both of us bought one",
    "30% of the choir didnt turn up and 20% left early, at least one of us noticed?",
    "the pitch is booked for 7, 10 of us so far, dan doesnt pay attention to the group chat",
    "whats the chance we win 3 in a row lol",
    "dan did 5 runs, sue did 4, what a week",
    "we had 12 sixes in the cricket and 40 singles, what a game",
    "who is paying for the 9 at £48 shirts? dan?",
    "how many balls did we lose at training, 12 last week",
    "leave at 8, 62 miles, bring snacks",
    "kit is 9 at £48 and 6 at £62, what do you think of the colours?",
    "50% chance of rain and 80% chance i skip the run, either way im staying in lol",
    "we ride 62 miles at 14.5mph, leave at 8, how long is the cafe stop?",
    "can i pay by card? me 2 dan 3 for the £40 tickets",
    "the odds were 40% and 25% and we still lost both lol",
    "3 rooms at €89 a night for 2 nights, plus €20 cleaning, how much",
    "9 shirts at £48 and 6 hoodies at £62 for the 2 teams, 12% off, total",
]

FOLLOW_UPS = [
    (
        (
            "I need to work out wool for a blanket. 120 squares, each square takes 18 grams, "
            "balls are 100g. How many balls do I buy"
        ),
        "add 10 percent for luck then please",
        (
            "A sum the Engine would take in one turn of its handle, Sam: 120 × 18g is 2,160g, "
            "plus 10% is 2,376g: 23.8 balls of 100g, so 24."
        ),
    ),
    (
        "order is 12 mugs at £6.50 and 4 tea towels at £8, plus £5 postage, total?",
        "add 12.5% service",
        (
            "A sum the Engine would take in one turn of its handle, Sam: 12 × £6.50 + 4 × £8 = "
            "£110, + £5 postage, + 12.5% service is £129.38."
        ),
    ),
    (
        "bunting 24 flags at 0.5m each, ribbon rolls are 5m, how many rolls",
        "plus 20% spare",
        (
            "A sum the Engine would take in one turn of its handle, Sam: 24 × 0.5m is 12m, plus "
            "20% is 14.4m: 2.9 rolls of 5m, so 3."
        ),
    ),
    (
        "villa is €1840 for the 7 of us but jess doesnt pay obviously, how much each",
        "add the boat on too, its €55pp and we cover jess's",
        (
            "A sum the Engine would take in one turn of its handle, Sam: €1,840 + €55 × 7 for "
            "the boat = €2,225 among the 6 of you who pay (7 less Jess) is €370.83 each."
        ),
    ),
    (
        "we ride 62 miles at 14.5mph with a 40 min cafe stop, leave at 8, when are we home",
        "fine make it 13mph then",
        (
            "A sum the Engine would take in one turn of its handle, Sam: 62 miles at 13 mph is 4 "
            "h 46 min, plus 40 min stopped is 5 h 26 min; leaving at 08:00, that is about 13:26."
        ),
    ),
    (
        "we ride 62 miles at 14.5mph with a 40 min cafe stop, leave at 8, when are we home",
        "make it 13 then",
        (
            "A sum the Engine would take in one turn of its handle, Sam: 62 miles at 13 mph is 4 "
            "h 46 min, plus 40 min stopped is 5 h 26 min; leaving at 08:00, that is about 13:26."
        ),
    ),
    (
        "villa is €1840 for the 7 of us but jess doesnt pay obviously, how much each",
        "make it 8 then",
        (
            "A sum the Engine would take in one turn of its handle, Sam: €1,840 among the 7 of "
            "you who pay (8 less Jess) is €262.86 each."
        ),
    ),
    (
        (
            "coach to the choir festival is £630 for 35 of us but the conductor doesnt pay, how "
            "much each"
        ),
        "make it 40 then",
        (
            "A sum the Engine would take in one turn of its handle, Sam: £630 among the 39 of "
            "you who pay (40 less the conductor) is £16.15 each."
        ),
    ),
    (
        "we ride 62 miles at 14.5mph with a 40 min cafe stop, leave at 8, when are we home",
        "what if we leave at 9.30",
        (
            "A sum the Engine would take in one turn of its handle, Sam: 62 miles at 14.5 mph is "
            "4 h 17 min, plus 40 min stopped is 4 h 57 min; leaving at 09:30, that is about "
            "14:27."
        ),
    ),
    (
        "villa is €1840 for the 7 of us but jess doesnt pay obviously, how much each",
        "what if 8 of us",
        (
            "A sum the Engine would take in one turn of its handle, Sam: €1,840 among the 7 of "
            "you who pay (8 less Jess) is €262.86 each."
        ),
    ),
    (
        "kit is 9 at £48 and 6 at £62, £25 setup, 12% off over £500, total?",
        "say 15% off then",
        (
            "A sum the Engine would take in one turn of its handle, Sam: 9 × £48 + 6 × £62 = "
            "£804, 15% off that is £683.40, + £25 setup = £708.40."
        ),
    ),
    (
        "kit is 9 at £48 and 6 at £62, £25 setup, 12% off over £500, total?",
        "oh and add £30 delivery",
        (
            "A sum the Engine would take in one turn of its handle, Sam: 9 × £48 + 6 × £62 = "
            "£804, 12% off that is £707.52, + £25 setup, + £30 delivery = £762.52."
        ),
    ),
    (
        "stag do lodge is £2400 for 12 of us, the stag goes free obviously, whats that each",
        "plus paintballing at £30pp, we cover the stag's",
        (
            "A sum the Engine would take in one turn of its handle, Sam: £2,400 + £30 × 12 for "
            "the paintballing = £2,760 among the 11 of you who pay (12 less the stag) is £250.91 "
            "each."
        ),
    ),
    (
        "holiday cottage £1350 for the 9 of us, the twins go free, how much each then",
        "ok add £120 for the hot tub",
        (
            "A sum the Engine would take in one turn of its handle, Sam: £1,350 + £120 = £1,470 "
            "among the 7 of you who pay (9 less the twins) is £210 each."
        ),
    ),
    (
        (
            "coach to the choir festival is £630 for 35 of us but the conductor doesnt pay, how "
            "much each"
        ),
        "what if 30 of us",
        (
            "A sum the Engine would take in one turn of its handle, Sam: £630 among the 29 of "
            "you who pay (30 less the conductor) is £21.72 each."
        ),
    ),
    (
        (
            "choir coach 120 miles at 45mph with a 45 min lunch stop, leave 8.30, what time do "
            "we get there"
        ),
        "actually make it 50mph",
        (
            "A sum the Engine would take in one turn of its handle, Sam: 120 miles at 50 mph is "
            "2 h 24 min, plus 45 min stopped is 3 h 9 min; leaving at 08:30, that is about "
            "11:39."
        ),
    ),
    (
        (
            "leaving do: 20 pizzas at £11 and 3 cakes at £18, 10% off if we spend over £200, "
            "whats that come to"
        ),
        "what if its 20% off",
        (
            "A sum the Engine would take in one turn of its handle, Sam: 20 × £11 + 3 × £18 = "
            "£274, 20% off that is £219.20."
        ),
    ),
    (
        "120 squares at 18g each, balls are 100g, how many balls, and add 10% for luck",
        "make it 15% then",
        (
            "A sum the Engine would take in one turn of its handle, Sam: 120 × 18g is 2,160g, "
            "plus 15% is 2,484g: 24.8 balls of 100g, so 25."
        ),
    ),
    (
        "40% chance of rain sat and 25% sun, whats the chance at least one day is wet",
        "what about 60% sat",
        (
            "The Engine does exactly what it is told and never guesses, Sam; nor shall I: tell "
            "me which of your figures the 60% takes the place of."
        ),
    ),
    (
        "villa is €1840 for the 7 of us but jess doesnt pay obviously, how much each",
        "and if its 5 of us",
        (
            "A sum the Engine would take in one turn of its handle, Sam: €1,840 among the 4 of "
            "you who pay (5 less Jess) is €460 each."
        ),
    ),
]

# Chat after a sum that changes none of it.
NOT_FOLLOW_UPS = [
    (
        "villa is €1840 for the 7 of us but jess doesnt pay obviously, how much each",
        "and the boat was amazing, €55 well spent",
    ),
    (
        "we ride 62 miles at 14.5mph with a 40 min cafe stop, leave at 8, when are we home",
        "see you at 8 then",
    ),
    (
        "we ride 62 miles at 14.5mph with a 40 min cafe stop, leave at 8, when are we home",
        "we were 7 down at half time lol",
    ),
    (
        "kit is 9 at £48 and 6 at £62, £25 setup, 12% off over £500, total?",
        "then i paid £20 for parking ugh",
    ),
    (
        "villa is €1840 for the 7 of us but jess doesnt pay obviously, how much each",
        "jess said she'll bring 2 bottles of wine",
    ),
    (
        "120 squares at 18g each, balls are 100g, how many balls, and add 10% for luck",
        "lol my nan made 40 of these in a week",
    ),
]


@pytest.mark.parametrize(("text", "working", "number"), WORKED)
def test_each_sum_is_worked_in_one_line_with_the_answer_plain(text, working, number):
    found = word_sum(text)
    assert (found.working, found.number, found.need) == (working, number, "")


@pytest.mark.parametrize(("text", "need"), ASKED_FOR)
def test_what_is_not_sure_is_asked_not_guessed(text, need):
    found = word_sum(text)
    assert (found.working, found.number, found.need) == ("", "", need)


@pytest.mark.parametrize("text", NOT_READ)
def test_numbers_in_chat_are_no_sum_of_these_shapes(text):
    assert _general(_clean(text)) is None


@pytest.mark.parametrize(
    "text",
    [
        "we were 7 down at half time lol",
        "see you at 8",
        "jess doesnt pay attention in rehearsals, 3 times this week",
        "dan did 5 runs, sue did 4, what a week",
        "we had 12 sixes in the cricket and 40 singles, what a game",
        "leave at 8, 62 miles, bring snacks",
    ],
)
def test_chat_with_numbers_asks_no_sum_at_all(text):
    assert word_sum(text) is None


def test_the_rooms_that_failed_get_the_sum_through_the_whole_engine():
    assert say(
        "lovelace",
        "villa is €1840 for the 7 of us but jess doesnt pay obviously, how much each",
        author="amira",
        seed=1,
    ) == (
        "A sum the Engine would take in one turn of its handle, Amira: €1,840 among the 6 of you "
        "who pay (7 less Jess) is €306.67 each."
    )
    assert say(
        "lovelace", "petrol was £86, split by how many runs each did: me 5, dan 3, sue 4", seed=1
    ) == (
        "A sum the Engine would take in one turn of its handle, Maya: £86 over 12 runs is £7.17 "
        "a run: you £35.83, Dan £21.50, Sue £28.67."
    )
    # prices times counts alone would add the £200 the discount starts at, and miss the VAT
    assert say(
        "lovelace",
        "leaving do: 20 pizzas at £11 and 3 cakes at £18, 10% off if we spend over £200, whats "
        "that come to",
        seed=1,
    ) == (
        "A sum the Engine would take in one turn of its handle, Maya: 20 × £11 + 3 × £18 = £274, "
        "10% off that is £246.60."
    )
    assert say(
        "lovelace", "order is 12 mugs at £6.50 and 4 tea towels at £8, plus 20% vat, total?", seed=1
    ) == (
        "A sum the Engine would take in one turn of its handle, Maya: 12 × £6.50 + 4 × £8 = £110, "
        "+ 20% VAT is £132."
    )
    assert say(
        "lovelace", "cottage is £1350 for 9 of us and the kids go free, how much each", seed=1
    ) == (
        "The Engine does exactly what it is told and never guesses, Maya; nor shall I: tell me "
        "how many of you pay."
    )


@pytest.mark.parametrize(("asked", "follow", "reply"), FOLLOW_UPS)
def test_a_follow_up_adds_a_part_or_changes_one_figure_of_the_last_sum(asked, follow, reply):
    history = (Line("maya", asked), Line(ADA, "A sum ...", own=True))
    assert say("lovelace", follow, author="sam", history=history, seed=1) == reply


def test_a_follow_up_of_a_follow_up_keeps_what_was_added():
    asked = "villa is €1840 for the 7 of us but jess doesnt pay obviously, how much each"
    added = "add the boat on too, its €55pp and we cover jess's"
    history = (
        Line("maya", asked),
        Line(ADA, "A sum ...", own=True),
        Line("maya", added),
        Line(ADA, "A sum ...", own=True),
    )
    assert say("lovelace", "what if 8 of us", author="sam", history=history, seed=1) == (
        "A sum the Engine would take in one turn of its handle, Sam: €1,840 + €55 × 8 for the "
        "boat = €2,280 among the 7 of you who pay (8 less Jess) is €325.71 each."
    )


@pytest.mark.parametrize(("asked", "follow"), NOT_FOLLOW_UPS)
def test_chat_after_a_sum_changes_none_of_it(asked, follow):
    assert redone(asked, follow) == ""
    history = (Line("maya", asked), Line(ADA, "A sum ...", own=True))
    reply = say("lovelace", follow, author="sam", history=history, seed=1)
    assert "Engine would take" not in reply and "takes the place of" not in reply


# A figure said by the way by someone else, then "add it": the sum with it.
ASIDES = [
    (
        "villa is €1840 for the 7 of us but jess doesnt pay obviously, how much each",
        "and the boat thing is €55pp",
        "add the boat on too then, all 7 on the boat incl jess but we cover hers",
        "€1,840 + €55 × 7 for the boat = €2,225 among the 6 of you who pay (7 less Jess) is "
        "€370.83 each",
    ),
    (
        "stag do lodge is £2400 for 12 of us, the stag goes free obviously, whats that each",
        "karting is £40pp btw",
        "stick the karting on as well, we cover the stag's",
        "£2,400 + £40 × 12 for the karting = £2,880 among the 11 of you who pay (12 less the "
        "stag) is £261.82 each",
    ),
    (
        "holiday cottage £1350 for the 9 of us, the twins go free, how much each then",
        "the hot tub is an extra £90 for the week",
        "ok add the hot tub too",
        "£1,350 + £90 = £1,440 among the 7 of you who pay (9 less the twins) is £205.71 each",
    ),
]


@pytest.mark.parametrize(("asked", "aside", "follow", "working"), ASIDES)
def test_a_part_priced_by_someone_else_is_added_when_asked(asked, aside, follow, working):
    history = (
        Line("becky", asked),
        Line(ADA, "A sum ...", own=True),
        Line("amira", aside),
    )
    assert say("lovelace", follow, author="becky", history=history, seed=1) == (
        f"A sum the Engine would take in one turn of its handle, Becky: {working}."
    )


def test_a_figure_said_by_the_way_is_no_sum_until_asked():
    history = (
        Line(
            "becky", "villa is €1840 for the 7 of us but jess doesnt pay obviously, how much each"
        ),
        Line(ADA, "A sum ...", own=True),
        Line("amira", "and the boat thing is €55pp"),
    )
    reply = say("lovelace", "omg the boat looks amazing", author="becky", history=history, seed=1)
    assert "Engine would take" not in reply


# Hours told before "split by hours" (glow salon, s24 dev): the pot shared by the hours, never
# the Babylonians' sixty minutes.
@pytest.mark.parametrize(
    ("text", "worked"),
    [
        (
            "we've got £84 in tips. holly worked 32 hours, marcus 28, me 20 and jade 24. how "
            "much each if we split by hours",
            "£84 over 104 hours is 80.8p an hour: holly £25.85, marcus £22.62, you £16.15, "
            "jade £19.38",
        ),
        (
            "choir raffle made £90. ann did 6 hours on the stall, bob 3, me 6. how much each if "
            "we split it by hours",
            "£90 over 15 hours is £6 an hour: ann £36, bob £18, you £36",
        ),
        (
            "£60 of tips tonight. kat worked 4 hours, lee 8. what does each get split by hours?",
            "£60 over 12 hours is £5 an hour: kat £20, lee £40",
        ),
        (
            "ok so £200 bonus pot, dev put in 20 hours, sue 30 and me 50, how much each if its "
            "by hours worked",
            "£200 over 100 hours is £2 an hour: dev £40, sue £60, you £100",
        ),
    ],
)
def test_hours_told_before_the_split_share_the_pot(text, worked):
    from tests.bots.test_everyday_messages import say

    assert worked in say("lovelace", text, seed=0)
