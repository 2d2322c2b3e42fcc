"""Lead60 (session 34), found on the dev rooms of this session's holdout:

- "if there's 5 of us chipping in and the room's £150 and the cake is £65, how much each?" was
  declined: "chipping in" before the room's £150 was read as a part someone puts in. Only the
  words of the figure's own clause say that now.
- "if we sell 500 tickets at £2 each and the prizes cost us £180, how much do we make?" got
  "with £180 more, £1,180": what sold things bring in is set against what they cost, never
  added to it; "how much do we make / raise / earn" asks what is made.
- A shift's pay from its times ("07:45 to 16:15 with a 30 minute unpaid break, £11.50 an hour":
  8 hours, £92) and a yearly salary as an hourly rate ("£31,200 a year, 40 hours a week":
  2,080 hours, £15 an hour) are worked (`bots.everyday60`). Before, the first was "30 minute ×
  £11.50 an hour is £5.75" and the second "84.7p per hour".
- Wrong workings declined: a £10 voucher added to a basket before its 15% off ("£64 + £10 is
  £74"), "£1 = €1.20" added as two amounts ("£1 + £1.20 is £2.20"), "split 4 ways ... the other
  3 of us" shared as "4 between 3 of you is 1.33 each".
- "hi all, im holly, just moved to the village": Holly, Emily, Sally, Grace, Will... are names
  where a name is given, though "-ly" ends them or they are words of feeling.
- A sum no reader works, put to a persona other than the mathematician, gets that persona's
  plain word that it will not guess (#unworked, new for five personas), never a line on another
  thing ("What question brought you here?", Hamlet's running time for "what is that an hour").
  A question of its field with one figure ("got 2 hens, how long till they lay") is no sum.
- From the read-only review of this session (review34): a price asked of before its change
  ("now £920 after going up 15%, what was it before"), a price against another's and a
  turnout's percentage are not worked forwards; "5 weeks holiday" are no weeks worked.
- "if 5 of us share 3 pizzas" shares the pizzas among the 5 (it was "5 among 3 pizzas is 1
  each, with 2 left over"), and 3/5 is "of a pizza", not "of the pizzas".
"""

from __future__ import annotations

import pytest

from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say

CASES = [
    (
        "lovelace",
        "if there's 5 of us chipping in and the room's £150 and the cake is £65, how much each?",
        [],
        (
            "A sum the Engine would take in one turn of its handle, Maya: £150 + "
            "the £65 cake is £215; between 5 of you, £43 each."
        ),
    ),
    (
        "curie",
        "6 of us are chipping in and the hall is £90 and food is £60, how much each",
        [],
        (
            "The figures first, then the conclusions, Maya: £90 + £60 is £150; "
            "between 6 of you, £25 each."
        ),
    ),
    (
        "einstein",
        "4 of us paying and the taxi was £48 and the tip £6, how much each",
        [],
        (
            "Adding up is the one calculation nobody argues about, Maya: £48 + £6 "
            "is £54; between 4 of you, £13.50 each."
        ),
    ),
    (
        "darwin",
        "if 3 of us are splitting it and the van is £120 and petrol £45, whats each",
        [],
        (
            "I was never much of a mathematician, Maya, but I kept my accounts all "
            "my life: £120 + the £45 petrol is £165; between 3 of you, £55 each."
        ),
    ),
    (
        "lovelace",
        "nan puts in £10 and the rest of us split the £70 cake, 4 of us, how much each",
        [],
        (
            "I have all your figures, Maya, but I cannot see for certain how they "
            "go together, and a wrong figure is worse than none; this one I leave "
            "unworked."
        ),
    ),
    (
        "lovelace",
        "if we sell 500 tickets at £2 each and the prizes cost us £180, how much do we make?",
        [],
        (
            "A sum the Engine would take in one turn of its handle, Maya: 500 "
            "tickets at £2 each is £1,000; less £180, that leaves £820."
        ),
    ),
    (
        "curie",
        "we sold 120 cakes at £1.50 and the ingredients cost £45, what do we clear",
        [],
        (
            "The figures first, then the conclusions, Maya: 120 cakes at £1.50 is "
            "£180; less £45, that leaves £135."
        ),
    ),
    (
        "einstein",
        "selling 80 pies at £3 each, ingredients cost us £95, how much will we make",
        [],
        (
            "Adding up is the one calculation nobody argues about, Maya: 80 pies at"
            " £3 each is £240; less £95, that leaves £145."
        ),
    ),
    (
        "socrates",
        "if we sell 60 programmes at £2.50 and printing cost £40 how much would we raise",
        [],
        (
            "Let us reckon it together, Maya: 60 programmes at £2.50 is £150; less "
            "£40, that leaves £110. What follows from it is another question."
        ),
    ),
    (
        "darwin",
        "if we sell 200 tickets at £5 and the band costs £300, how much is that",
        [],
        (
            "I have gone over your figures twice, Maya, and cannot be sure how they"
            " fit together; I would rather say so than give you a wrong sum."
        ),
    ),
    (
        "darwin",
        "6 pizzas at £8 each and the delivery cost £3, how much is that",
        [],
        (
            "I was never much of a mathematician, Maya, but I kept my accounts all "
            "my life: 6 pizzas at £8 each is £48; with £3 more, £51."
        ),
    ),
    (
        "darwin",
        "how much do i earn for the shift?",
        [
            ("lola", "shift is 07:45 to 16:15 with a 30 minute unpaid break"),
            ("lola", "£11.50 an hour."),
        ],
        (
            "I was never much of a mathematician, Maya, but I kept my accounts all "
            "my life: 07:45 to 16:15 is 8 hours 30 minutes; less the unpaid break "
            "of 30 minutes, 8 hours; 8 hours × £11.50 is £92."
        ),
    ),
    (
        "curie",
        "what do i earn for the shift",
        [("jo", "i work 9:00 to 17:30 and get £12 an hour")],
        (
            "The figures first, then the conclusions, Maya: 9:00 to 17:30 is 8 "
            "hours 30 minutes; 8.5 hours × £12 is £102."
        ),
    ),
    (
        "socrates",
        "how much will i make",
        [("jo", "doing 10pm to 6am tonight, £14.20 an hour, 45 min paid break")],
        (
            "Let us reckon it together, Maya: 10pm to 6am is 8 hours (the break is "
            "paid, so it stays in); 8 hours × £14.20 is £113.60. What follows from it is "
            "another question."
        ),
    ),
    (
        "einstein",
        "what do i get for that shift",
        [("jo", "7.30am till 3pm with a half hour unpaid break, £12.21 an hour")],
        (
            "Adding up is the one calculation nobody argues about, Maya: 7.30am to "
            "3pm is 7 hours 30 minutes; less the unpaid break of 30 minutes, 7 "
            "hours; 7 hours × £12.21 is £85.47."
        ),
    ),
    (
        "einstein",
        "what do i get for that shift",
        [("jo", "7.30am till 3pm with a half hour break, £12.21 an hour")],
        (
            "Even a thought experiment needs its numbers, Maya: tell me whether the"
            " break is paid or unpaid."
        ),
    ),
    (
        "lovelace",
        "how much will i get for it",
        [("jo", "covering 12:30 to 8pm saturday, unpaid break of 45 mins, £13.10 an hour")],
        (
            "A sum the Engine would take in one turn of its handle, Maya: 12:30 to "
            "8pm is 7 hours 30 minutes; less the unpaid break of 45 minutes, 6 "
            "hours 45 minutes; 6.75 hours × £13.10 is £88.42."
        ),
    ),
    (
        "lovelace",
        "how much do i earn",
        [("jo", "we need 5 to 10 people at £11 an hour")],
        (
            "I have all your figures, Maya, but I cannot see for certain how they "
            "go together, and a wrong figure is worse than none; this one I leave "
            "unworked."
        ),
    ),
    (
        "einstein",
        "whats that per hour over 52 weeks?",
        [("alfie", "offer is £31,200 a year, 40 hours a week")],
        (
            "Adding up is the one calculation nobody argues about, Maya: 40 hours a"
            " week × 52 weeks is 2,080 hours; £31,200 ÷ 2,080 is £15 an hour."
        ),
    ),
    (
        "darwin",
        "what's my hourly rate",
        [("jo", "i get £27,300 a year and work 35 hours a week")],
        (
            "I was never much of a mathematician, Maya, but I kept my accounts all "
            "my life: 35 hours a week × 52 weeks is 1,820 hours; £27,300 ÷ 1,820 is"
            " £15 an hour."
        ),
    ),
    (
        "curie",
        "whats that an hour then",
        [("jo", "salary is £26k a year for 37.5 hours a week, 48 weeks")],
        (
            "The figures first, then the conclusions, Maya: 37.5 hours a week × 48 "
            "weeks is 1,800 hours; £26,000 ÷ 1,800 is £14.44 an hour."
        ),
    ),
    (
        "curie",
        "what do i pay at the till?",
        [
            ("ella", "basket is £64"),
            ("max", "15% staff discount comes off first, then your £10 voucher"),
        ],
        (  # worked in the order said since mend60
            "The figures first, then the conclusions, Maya: £64 less 15% (£9.60) is £54.40; "
            "less the £10 voucher, £44.40."
        ),
    ),
    (
        "socrates",
        "what will it cost me",
        [("jo", "the jacket is £120, theres 25% off today"), ("jo", "and i've a £20 voucher")],
        (
            "Let us reckon it together, Maya: 25% off £120 is £30 off, so £90; £90 "
            "less the £20 is £70. What follows from it is another question."
        ),
    ),
    (
        "curie",
        "how much is that per night in pounds?",
        [("chloe", "hotel is €432 for 3 nights"), ("sid", "rate is £1 = €1.20")],
        (
            "I cannot be sure how your figures go together, Maya, and I will not "
            "report a result I have not checked; set them out step by step."
        ),
    ),
    (
        "darwin",
        "how much is that in pounds?",
        [("carl", "got €348 left over"), ("amy", "rate at the bureau is £1 = €1.16")],
        (
            "I was never much of a mathematician, Maya, but I kept my accounts all "
            "my life: €348 at £1 = €1.16 is £300."
        ),
    ),
    (
        "shakespeare",
        (
            "fair. food split 4 ways, drinks split between the other 3 of us. what "
            "does dan pay and what do the rest of us pay each?"
        ),
        [
            ("priya", "bill's here. food £96, drinks £36"),
            ("dan", "i only had tap water so im not paying for drinks lol"),
        ],
        (
            "Thy figures tangle like a plot in the fourth act, Maya; I cannot be "
            "sure how they go together, and a wrong reckoning is worse than none."
        ),
    ),
    (
        "einstein",
        "whats that a week",
        [("jo", "£12 an hour, 40 hours a week")],
        (
            "Adding up is the one calculation nobody argues about, Maya: £12 an "
            "hour × 40 hours a week is £480 a week."
        ),
    ),
    (
        "socrates",
        (
            "hi all, im holly, just moved to the village and signed up at the open "
            "day. used to do the fundraising at my old work. hi @socrates and "
            "@darwin!"
        ),
        [],
        (
            "Welcome, Holly! A newcomer knows that they know little, which puts "
            "them ahead of most of Athens. And what brings you to our conversation?"
        ),
    ),
    (
        "curie",
        "hey everyone im emily, new here 👋",
        [],
        (
            "Welcome, Emily. Every newcomer to a laboratory was once afraid of "
            "breaking something; you will do well. What question brought you here?"
        ),
    ),
    (
        "einstein",
        "hello, im grace and im new",
        [],
        (
            "Welcome, Grace! New arrivals are my favourite people: they still ask "
            "why. What shall we wonder about together?"
        ),
    ),
    (
        "darwin",
        "hi @darwin, im will, just joined",
        [],
        (
            "Welcome, Will! Every new arrival in a community brings a little useful"
            " variation. Have you observed anything curious today?"
        ),
    ),
    (
        "lovelace",
        "hiya all, im sally, first time in here",
        [],
        (
            "Welcome, Sally! A new mind in the room is like a fresh set of cards "
            "for the Engine. Tell me, what puzzle are you turning over?"
        ),
    ),
    (
        "shakespeare",
        "what is that an hour",
        [("jo", "new job is 24k, 37.5 hrs a week")],
        (
            "Thy figures tangle like a plot in the fourth act, Maya; I cannot be "
            "sure how they go together, and a wrong reckoning is worse than none."
        ),
    ),
    (
        "curie",
        "what will it be then",
        [("jo", "our rent is £850 a month and its going up 4% in april")],
        "The figures first, then the conclusions, Maya: £850 + 4% (£34) = £884 a month, £34 more.",
    ),
    (
        "darwin",
        "how much each",
        [("jo", "nan puts in £10 and the rest of us split the £70 cake, 4 of us")],
        (
            "I have gone over your figures twice, Maya, and cannot be sure how they"
            " fit together; I would rather say so than give you a wrong sum."
        ),
    ),
    (
        "socrates",
        "what is that an hour",
        [("jo", "the job pays £24,000 a year, 37.5 hrs a week, plus a £2,000 bonus")],
        (
            "I cannot see for certain how your figures go together, Maya, and I "
            "would rather admit it than give you a wrong sum."
        ),
    ),
    (
        "darwin",
        "how long till they lay",
        [("jo", "got 2 hens last week")],
        (
            "The Beagle took me round the world, Maya, and never once near that "
            "question; it lies far from my studies."
        ),
    ),
    (
        "socrates",
        "if 5 of us share 3 pizzas how much pizza is that each",
        [],
        (
            "Let us reason it out, Maya: 3 pizzas among 5 of you is 3/5 of a pizza "
            "each. And now ask whether equal shares are fair shares."
        ),
    ),
    (
        "lovelace",
        "6 of you share 20 biscuits, how many each",
        [],
        (
            "A little operation for the Engine, Maya: 20 biscuits among 6 of you is"
            " 3 each, with 2 left over. Agree what becomes of any remainder before "
            "you begin; that is where the quarrelling hides."
        ),
    ),
    (
        "curie",
        "2 of us and 3 cakes, how much cake each",
        [],
        (
            "Counted carefully, Maya: 3 cakes among 2 of you is 1 each, with 1 left"
            " over. I checked it twice, as one should."
        ),
    ),
    (
        "curie",
        "a sign for the shed pls, its called the potting shed",
        [],
        'For the sign, Maya, I would write this, simply: "The Potting Shed."',
    ),
    (
        "darwin",
        "what time should we turn up? how early is too early to arrive at a housewarming",
        [],
        (
            "No notebooks are needed for that, Maya; common sense will do. Aim to be there "
            "fifteen to thirty minutes before the start, to park and settle in; give yourselves "
            "an hour or more if you're setting up tables or a stall."
        ),
    ),
    (
        "curie",
        "its now £920 after going up 15%, what was it before",
        [],
        (  # worked back since mend60
            "The figures first, then the conclusions, Maya: £920 is 115% of what it was "
            "(15% more), and £920 ÷ 1.15 = £800."
        ),
    ),
    (
        "darwin",
        "my rent is £200, which is 10% more than jo, what does jo pay",
        [],
        (  # worked back since mend60
            "I was never much of a mathematician, Maya, but I kept my accounts all my life: "
            "£200 is 110% of the other (10% more), and £200 ÷ 1.1 = about £181.82."
        ),
    ),
    (
        "einstein",
        "turnout was up 12% and we raised £640, what will we raise next year",
        [],
        "That one leaves me as puzzled as my cat Tiger on a rainy day, Maya.",
    ),
    (
        "einstein",
        "whats that an hour",
        [("jo", "£31,200 a year, 40 hours a week, 5 weeks holiday")],
        (
            "I have turned your figures round twice, Maya, and cannot be sure how "
            "they fit together; a wrong answer is worse than none, so set it out "
            "for me step by step."
        ),
    ),
    (
        "lovelace",
        "what's the rent after the increase",
        [("jo", "rent is £1,150 a month, going up 3%")],
        (
            "A sum the Engine would take in one turn of its handle, Maya: £1,150 + "
            "3% (£34.50) = £1,184.50 a month, £34.50 more."
        ),
    ),
]


@pytest.mark.parametrize("slug, text, history, expected", CASES)
def test_reply(slug, text, history, expected):
    assert say(slug, text, history=tuple(Line(a, t) for a, t in history)) == expected
