"""Mended from review34 (mend60), each class with variants of its own and look-alikes kept:

- a price said after its percentage's change, the price before asked: worked back (£60 after
  25% off was £60 ÷ 0.75 = £80), never forwards (£45); asked of the price after: as before;
- "half of us are vegan" halves no recipe, "half term" is no half; "halve it", "make half" do;
- what comes back ("12 came back", "15 were returned unused") is never counted as gone;
- an average that cannot be reached ("out of 10", a test's 100) says so and the best there is;
- holiday weeks are no weeks worked ("5 weeks holiday"); "only 46 weeks a year" are;
- "book the hall" books no book, "my card was declined" is no punched card; a feeling 50% up
  asks for no price; "if 3 of us split it" splits the fuel; "keep it going" is a group's only
  when one is named;
- a percentage off and a voucher are worked in the order said;
- a toast for one who died is to their memory; a sympathy card is for the one it is sent to;
- signs, notices, labels and posters leave out the asker's notes and feelings;
- no yes or no by lot on whether to do a thing that may hurt, cost a home or break the law.
"""

from __future__ import annotations

import pytest

from bots.odds import chance_of
from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say

# (the persona, the ask, the reply)
SUMS = [
    (
        "darwin",
        "my rent is now £920 after going up 15%, what was it before",
        (
            "I was never much of a mathematician, Maya, but I kept my accounts all my life: £920 "
            "is 115% of what it was (15% more), and £920 ÷ 1.15 = £800."
        ),
    ),
    (
        "curie",
        "after a 25% discount the coat is £60, what was the original price",
        (
            "The figures first, then the conclusions, Maya: £60 is 75% of what it was (25% less),"
            " and £60 ÷ 0.75 = £80."
        ),
    ),
    (
        "einstein",
        "the sofa is £450 in the sale, that's 10% off, what was the full price",
        (
            "Adding up is the one calculation nobody argues about, Maya: £450 is 90% of what it "
            "was (10% less), and £450 ÷ 0.9 = £500."
        ),
    ),
    (
        "socrates",
        "my bill went up 8% and is now £54 a month, how much was it before the rise",
        (
            "Let us reckon it together, Maya: £54 a month is 108% of what it was (8% more), and "
            "£54 ÷ 1.08 = £50 a month. What follows from it is another question."
        ),
    ),
    (
        "curie",
        "jo's car insurance is £630, that's 5% cheaper than mine, how much is mine",
        (
            "The figures first, then the conclusions, Maya: £630 is 95% of the other (5% less), "
            "and £630 ÷ 0.95 = about £663.16."
        ),
    ),
    (
        "lovelace",
        "£60 is 20% less than it was last year, what was it last year",
        (
            "A sum the Engine would take in one turn of its handle, Maya: £60 is 80% of the other"
            " (20% less), and £60 ÷ 0.8 = £75."
        ),
    ),
    (
        "einstein",
        "i paid £340 after a 15% discount, what did it cost originally",
        (
            "Adding up is the one calculation nobody argues about, Maya: £340 is 85% of what it "
            "was (15% less), and £340 ÷ 0.85 = £400."
        ),
    ),
    (
        "socrates",
        "my salary went up 3% to £30,900, what was it before",
        (
            "Let us reckon it together, Maya: £30,900 is 103% of what it was (3% more), and "
            "£30,900 ÷ 1.03 = £30,000. What follows from it is another question."
        ),
    ),
    (
        "lovelace",
        "the coat was £80 before the 25% discount, what was it originally",
        (
            "I have all your figures, Maya, but I cannot see for certain how they go together, "
            "and a wrong figure is worse than none; this one I leave unworked."
        ),
    ),
    (
        "darwin",
        "the tv was originally £500 and is now 30% off, how much is it",
        (
            "I was never much of a mathematician, Maya, but I kept my accounts all my life: £500 "
            "less 30% is £350."
        ),
    ),
    (
        "curie",
        "the coat is £80 with 25% off, how much do i pay",
        "The figures first, then the conclusions, Maya: £80 less 25% is £60.",
    ),
    (
        "darwin",
        "rent is £850 and going up 4%, what's the new rent",
        (
            "I was never much of a mathematician, Maya, but I kept my accounts all my life: 4% of"
            " £850 is £34, so £884."
        ),
    ),
    (
        "einstein",
        "rent was £800 last year, now they say it's going up 5% in april, what will it be?",
        ("Adding up is the one calculation nobody argues about, Maya: 5% of £800 is £40, so £840."),
    ),
    (
        "curie",
        "my rent is £850 a month, members of the committee say it'll go up 4%, what will it be?",
        (
            "The figures first, then the conclusions, Maya: £850 a month plus 4% is £884 a month,"
            " £34 more a month."
        ),
    ),
    (
        "darwin",
        "turnout was up 12% on last year and we raised £640, what's that per head?",
        (
            "I have gone over your figures twice, Maya, and cannot be sure how they fit together;"
            " I would rather say so than give you a wrong sum."
        ),
    ),
    (
        "curie",
        (
            "the recipe serves 4 with 300g pasta and 200ml cream, half of us are vegan, how much "
            "do i need"
        ),
        (
            "I never guess at a measurement, Maya: tell me how many you are making it for, and I "
            "will finish it."
        ),
    ),
    (
        "lovelace",
        "recipe feeds 6, 450g rice and 900ml stock, half of them are kids, how much rice",
        (
            "The Engine does exactly what it is told and never guesses, Maya; nor shall I: tell "
            "me how many you are making it for."
        ),
    ),
    (
        "socrates",
        (
            "recipe makes 12 muffins with 250g flour, i need 30 for the half term party, how much"
            " flour"
        ),
        (
            "Let us reckon it together, Maya: from 12 to 30 muffins is × 2.5: 250g → 625g flour. "
            "What follows from it is another question."
        ),
    ),
    (
        "darwin",
        "recipe feeds 6 with 600g lamb, i want to halve it, how much lamb",
        (
            "I was never much of a mathematician, Maya, but I kept my accounts all my life: from "
            "6 to 3 is × 0.5: 600g → 300g lamb."
        ),
    ),
    (
        "einstein",
        "recipe serves 6 with 300g oats, make half, how much oats",
        (
            "Adding up is the one calculation nobody argues about, Maya: from 6 to 3 is × 0.5: "
            "300g → 150g oats."
        ),
    ),
    (
        "curie",
        "the recipe serves 4 with 400g beef, double the recipe, how much beef",
        "The figures first, then the conclusions, Maya: from 4 to 8 is × 2: 400g → 800g beef.",
    ),
    (
        "socrates",
        "we had 3 boxes of 24 mugs, sold 30 and 12 came back, how many are left",
        (
            "I cannot see for certain how your figures go together, Maya, and I would rather "
            "admit it than give you a wrong sum."
        ),
    ),
    (
        "curie",
        "5 packs of 20 plates, used 40 at lunch and 15 were returned unused, how many left",
        (
            "I cannot be sure how your figures go together, Maya, and I will not report a result "
            "I have not checked; set them out step by step."
        ),
    ),
    (
        "darwin",
        "4 boxes of 50 cups, handed out 60 and 20 got brought back, how many left",
        (
            "I have gone over your figures twice, Maya, and cannot be sure how they fit together;"
            " I would rather say so than give you a wrong sum."
        ),
    ),
    (
        "lovelace",
        "6 packs of 12 cartons, gave out 30 and 9 still boxed, how many are left",
        (
            "I have all your figures, Maya, but I cannot see for certain how they go together, "
            "and a wrong figure is worse than none; this one I leave unworked."
        ),
    ),
    (
        "lovelace",
        "3 packs of 40 cups, gave out 9 in the morning and 13 in the afternoon, how many left",
        (
            "A sum the Engine would take in one turn of its handle, Maya: 3 × 40 is 120; 120 − 22"
            " (9 + 13 = 22) is 98 left."
        ),
    ),
    (
        "curie",
        (
            "got 8, 7 and 9 out of 10 in the quizzes, want an average of 9 over 4, what do i need"
            " in the next"
        ),
        (
            "The figures first, then the conclusions, Maya: an average of 9 over 4 is 36; 8 + 7 +"
            " 9 is 24, so you need 12, past the most of 10: 9 is out of reach; full marks next "
            "make it 8.5."
        ),
    ),
    (
        "lovelace",
        (
            "i got 50 and 60 in the first two tests, need to average 90 over 3 tests, what do i "
            "need on the last"
        ),
        (
            "A sum the Engine would take in one turn of its handle, Maya: an average of 90 over 3"
            " is 270; 50 + 60 is 110, so you need 160, past the most of 100: 90 is out of reach; "
            "full marks next make it 70."
        ),
    ),
    (
        "darwin",
        (
            "scored 14 and 16 out of 20 on the first two papers, i want to average 19 over 3, "
            "what do i need in the last one"
        ),
        (
            "I was never much of a mathematician, Maya, but I kept my accounts all my life: an "
            "average of 19 over 3 is 57; 14 + 16 is 30, so you need 27, past the most of 20: 19 "
            "is out of reach; full marks next make it 16.67."
        ),
    ),
    (
        "einstein",
        "my marks are 40% and 45%, i want to average 80% over 3, what do i need in the last",
        (
            "I have turned your figures round twice, Maya, and cannot be sure how they fit "
            "together; a wrong answer is worse than none, so set it out for me step by step."
        ),
    ),
    (
        "curie",
        "got 68, 72 and 81, need to average 75 over 4 tests, what do i need on the next",
        (
            "The figures first, then the conclusions, Maya: an average of 75 over 4 is 300; 68 + "
            "72 + 81 is 221, so you need 79."
        ),
    ),
    (
        "socrates",
        "got 7 and 8 out of 10, want to average 8 over 3, what do i need in the next",
        (
            "Let us reckon it together, Maya: an average of 8 over 3 is 24; 7 + 8 is 15, so you "
            "need 9. What follows from it is another question."
        ),
    ),
    (
        "darwin",
        "£31,200 a year, 40 hours a week, 5 weeks holiday, whats that per hour",
        (
            "I have gone over your figures twice, Maya, and cannot be sure how they fit together;"
            " I would rather say so than give you a wrong sum."
        ),
    ),
    (
        "curie",
        "salary is £28,000 a year, 37.5 hours a week, 6 weeks off, how much per hour",
        (
            "I cannot be sure how your figures go together, Maya, and I will not report a result "
            "I have not checked; set them out step by step."
        ),
    ),
    (
        "socrates",
        "£30,000 a year, 40 hours a week, 4 weeks a year annual leave, whats that an hour",
        (
            "I cannot see for certain how your figures go together, Maya, and I would rather "
            "admit it than give you a wrong sum."
        ),
    ),
    (
        "darwin",
        (
            "i earn £31,200 a year and work 40 hours a week but only 46 weeks a year, whats that "
            "per hour"
        ),
        (
            "I was never much of a mathematician, Maya, but I kept my accounts all my life: 40 "
            "hours a week × 46 weeks is 1,840 hours; £31,200 ÷ 1,840 is £16.96 an hour."
        ),
    ),
    (
        "einstein",
        "£26k a year, 35 hours a week, over 48 weeks, whats that an hour",
        (
            "Adding up is the one calculation nobody argues about, Maya: 35 hours a week × 48 "
            "weeks is 1,680 hours; £26,000 ÷ 1,680 is £15.48 an hour."
        ),
    ),
]


@pytest.mark.parametrize(("slug", "text", "reply"), SUMS)
def test_a_sum_of_these_classes(slug: str, text: str, reply: str) -> None:
    assert say(slug, text) == reply


# (the persona, the ask, the reply)
LOOK_ALIKES = [
    (
        "lovelace",
        "my card was declined at the shop for jo's birthday present, she's 30 tomorrow",
        "How did that come about, Maya? I should like every detail.",
    ),
    (
        "lovelace",
        "my debit card got rejected at the till, so embarrassing",
        "Oh dear, Maya, I am sorry. I have had my share of such days, and they do pass.",
    ),
    (
        "lovelace",
        "tell me about your punched cards",
        (
            "Ah, Maya, that is exactly my kind of puzzle. Punched cards told the Jacquard loom "
            "which threads to lift; Mr Babbage borrowed them to tell his Engine what to do."
        ),
    ),
    (
        "socrates",
        "should we book the village hall for the quiz night?",
        (
            "I am not so sure, Maya; shall we test it, as we would test a coin? Ask which choice "
            "you could defend to yourself at the end of an honest conversation."
        ),
    ),
    (
        "socrates",
        "what book should i read first?",
        (
            "Homer, Maya; I quoted him more than any man, and the Iliad teaches more about anger "
            "than all the sophists together."
        ),
    ),
    (
        "curie",
        "i feel 50% more confident after the talk, what now?",
        "I have no data on that at all, Maya, and I will not invent any.",
    ),
    (
        "darwin",
        "i'm 30% happier since i moved, what now?",
        (
            "The Beagle took me round the world, Maya, and never once near that question; it lies"
            " far from my studies."
        ),
    ),
    (
        "lovelace",
        "the ticket price is rising 10%, how much will it be?",
        (
            "The Engine does exactly what it is told and never guesses, Maya; nor shall I: tell "
            "me what it is now, before the change."
        ),
    ),
    (
        "einstein",
        (
            "my car does 6 litres per 100 km, the trip is 300 km, fuel is £1.50 a litre, how much"
            " each if 3 of us split it"
        ),
        (
            "Adding up is the one calculation nobody argues about, Maya: 300km at 6 litres per "
            "100km is 18 litres; at £1.50 a litre, £27; between 3, £9 each."
        ),
    ),
    (
        "curie",
        (
            "the van does 30 mpg, it's 150 miles, petrol £1.40 a litre, split it 4 of us, how "
            "much each"
        ),
        (
            "The figures first, then the conclusions, Maya: 150 miles at 30 mpg is 5 gallons; at "
            "4.546 litres a gallon, 22.73 litres; at £1.40 a litre, £31.82; between 4, £7.96 "
            "each."
        ),
    ),
    (
        "lovelace",
        (
            "8 litres per 100 km, 250 km, diesel at £1.55 a litre, how much each if there are 3 "
            "of us and we split it"
        ),
        (
            "A sum the Engine would take in one turn of its handle, Maya: 250km at 8 litres per "
            "100km is 20 litres; at £1.55 a litre, £31; between 3, £10.33 each."
        ),
    ),
    (
        "socrates",
        "how do i keep things going with my girlfriend? we've been arguing a lot",
        (
            "Read the Euthyphro, Maya: it is short, and you will watch a man sure of what piety "
            "is lose that certainty in a morning's walk."
        ),
    ),
    (
        "curie",
        "how do we keep it going with my husband, we argue every night",
        "I have no data on that at all, Maya, and I will not invent any.",
    ),
    (
        "curie",
        "how do we keep it going, the choir is down to 6",
        (
            "That needs no laboratory, Maya, only good sense. Keep a regular rhythm people can "
            "plan round, give everyone a small job so it feels like theirs, and keep time for a "
            "cuppa and a chat afterwards."
        ),
    ),
    (
        "einstein",
        "how do we keep the book club going? numbers are dropping",
        (
            "No physics is needed for that one, Maya. Keep a regular rhythm people can plan "
            "round, give everyone a small job so it feels like theirs, and keep time for a cuppa "
            "and a chat afterwards."
        ),
    ),
    (
        "lovelace",
        "shall i book a table at the italian for saturday?",
        "That question has no place in any table I could draw up, Maya.",
    ),
]


@pytest.mark.parametrize(("slug", "text", "reply"), LOOK_ALIKES)
def test_a_look_alike_is_read_as_meant(slug: str, text: str, reply: str) -> None:
    assert say(slug, text) == reply


# (the persona, the ask, the lines before it, the reply)
VOUCHERS = [
    (
        "curie",
        (
            "the jacket is £80, 15% staff discount comes off first, then my £10 voucher, how much"
            " do i pay"
        ),
        (
            "The figures first, then the conclusions, Maya: £80 less 15% (£12) is £68; less the "
            "£10 voucher, £58."
        ),
    ),
    (
        "darwin",
        (
            "boots are £120, i've a £20 voucher which comes off first, then 10% student discount,"
            " what do i pay"
        ),
        (
            "I was never much of a mathematician, Maya, but I kept my accounts all my life: £120 "
            "less the £20 voucher is £100; less 10% (£10), £90."
        ),
    ),
    (
        "lovelace",
        "the coat is £60 with 20% off and then a £5 coupon on top, how much is it",
        (
            "A sum the Engine would take in one turn of its handle, Maya: £60 less 20% (£12) is "
            "£48; less the £5 coupon, £43."
        ),
    ),
    (
        "socrates",
        "the dress is £90, 10% off and a £15 voucher, how much do i pay",
        (
            "Let us reckon it together, Maya: 10% off £90 is £9 off, so £81; £81 less the £15 is "
            "£66. What follows from it is another question."
        ),
    ),
]


@pytest.mark.parametrize(("slug", "text", "reply"), VOUCHERS)
def test_a_voucher_comes_off_in_the_order_said(slug: str, text: str, reply: str) -> None:
    assert say(slug, text) == reply


VOUCHERS_TOLD = [
    (
        "einstein",
        "15% staff discount comes off first, then my £10 voucher, how much do i pay",
        [("jo", "the jacket is £80")],
        (
            "Adding up is the one calculation nobody argues about, Maya: £80 less 15% (£12) is "
            "£68; less the £10 voucher, £58."
        ),
    ),
]


@pytest.mark.parametrize(("slug", "text", "history", "reply"), VOUCHERS_TOLD)
def test_a_voucher_with_the_price_told_before(slug, text, history, reply) -> None:
    lines = tuple(Line(a, t) for a, t in history)
    assert say(slug, text, history=lines) == reply


# (the persona, the ask, the reply)
PIECES = [
    (
        "shakespeare",
        "a short toast for nan? she's called joan, she died last year and loved bingo",
        (
            "For the toast, Maya, take this from my own stock: \"To Joan's memory. She loved "
            'bingo, and we miss her still. Please raise a glass."'
        ),
    ),
    (
        "socrates",
        "a toast for my grandad, his name was bill, he passed away in march, he loved fishing",
        (
            "For the toast, Maya, I would say only this: \"To Bill's memory. He loved fishing, and"
            ' we miss him still. Please raise a glass."'
        ),
    ),
    (
        "curie",
        "toast for dad's 60th, he's called mike and loves golf",
        (
            'For the toast, Maya, I would write this, simply: "To Mike on his 60th! Many happy '
            "returns. Here's to golf! Raise your glasses!\""
        ),
    ),
    (
        "darwin",
        "a toast for joan, she's 80 and loves bingo",
        (
            'For the toast, Maya, I would offer this: "To Joan on her 80th! Many happy returns. '
            "Here's to bingo! Raise your glasses!\""
        ),
    ),
    (
        "socrates",
        (
            "can you do a sympathy card for sue? her husband was called ron, he loved golf and "
            "was 82"
        ),
        (
            'I am sorry, Maya. For Sue: "With deepest sympathy, Sue. Ron will be so missed. He '
            'loved golf. Thinking of you all."'
        ),
    ),
    (
        "lovelace",
        "a sympathy card for pat please, her mum was called edna, she loved her garden",
        (
            'I am sorry, Maya. For Pat: "With deepest sympathy, Pat. Edna will be so missed. She '
            'loved her garden. Thinking of you all."'
        ),
    ),
    (
        "darwin",
        "sympathy card for the smiths, old harry passed away, he loved his allotment",
        (
            'I am sorry, Maya. For Harry: "With deepest sympathy. Harry will be so missed. He '
            'loved his allotment. Thinking of you all."'
        ),
    ),
    (
        "curie",
        "a sympathy card for jo, her dog was called rex, he loved the beach",
        (
            'For the sympathy card, Maya: "So sorry to hear about Rex. May the happy memories be '
            'a comfort. Rex loved the beach, and was loved right back."'
        ),
    ),
    (
        "socrates",
        "we need a sign saying no dogs, but the council says guide dogs are ok",
        'For the sign, Maya: "No Dogs (Guide Dogs Welcome)."',
    ),
    (
        "curie",
        "can you make a sign saying no parking, though residents are allowed",
        'For the sign, Maya: "No Parking (Residents Welcome)."',
    ),
    (
        "einstein",
        "make a sign saying please wipe your feet",
        'For the sign, Maya: "Please Wipe Your Feet."',
    ),
    (
        "curie",
        (
            "could you write a notice for the lift? it's broken again and nobody has fixed it, "
            "it's a disgrace"
        ),
        'For the notice, Maya, I would write this, simply: "The lift is broken. Thank you."',
    ),
    (
        "darwin",
        "a notice for the kitchen please, the dishwasher is broken again, i'm fed up with it",
        ('For the notice, Maya, I would offer this: "The dishwasher is broken. With many thanks."'),
    ),
    (
        "socrates",
        "write a notice for the printer, it's jammed again, sort it out people",
        (
            'For the notice, Maya, I would say only this: "The printer is jammed. Thank you, '
            'friends."'
        ),
    ),
    (
        "darwin",
        "can you write a label for the jam? it's plum, made in august",
        'For the label, Maya, I would offer this: "Plum Jam! Made in August."',
    ),
    (
        "curie",
        "write a label for the chutney, it's apple and ginger, made in october",
        (
            'For the label, Maya, I would write this, simply: "Apple and Ginger Chutney! Made in '
            'October."'
        ),
    ),
    (
        "einstein",
        (
            "write a poster for the gig, it's called the green room sessions, friday 8pm at the "
            "crown"
        ),
        (
            'For the poster, Maya, I would write this: "The Green Room Sessions! Friday 8pm at '
            'the crown."'
        ),
    ),
    (
        "socrates",
        "a poster for the quiz, it's called brain drain, thursday 7pm in the hall",
        'For the poster, Maya, I would say only this: "Brain Drain! Thursday 7pm in the hall."',
    ),
    (
        "lovelace",
        "a sign for the door, it's called the green room",
        'For the sign, Maya, I would set down this: "The Green Room."',
    ),
]


@pytest.mark.parametrize(("slug", "text", "reply"), PIECES)
def test_a_piece_says_what_it_should(slug: str, text: str, reply: str) -> None:
    assert say(slug, text) == reply


# (the persona, the ask, the reply)
VERDICTS = [
    (
        "socrates",
        "is it ok to let the kids light the fire pit themselves?",
        "A shoemaker could answer that better than I, Maya; I only know how to ask questions.",
    ),
    (
        "lovelace",
        "is it ok to have a bbq on the grass when it's really windy?",
        "That question has no place in any table I could draw up, Maya.",
    ),
    (
        "darwin",
        "is it ok to have a bbq on the road without asking the council?",
        (
            "I would go to the primary source, Maya, as I did with every fact I printed; check "
            "your council's website, which has it for your own street."
        ),
    ),
    (
        "einstein",
        "should i stop taking my blood pressure pills now i feel fine",
        # (session 37: a medicine with a two-word name is a doctor's or a pharmacist's)
        "Maya, that one is for a doctor or a pharmacist, not for me: ask them before changing "
        "anything (NHS 111 can help at any hour).",
    ),
    (
        "socrates",
        "my landlord won't return my deposit, should i take him to court",
        "Athenians spoke for themselves in court, Maya; I defended myself at my trial, and lost. "
        "Ask someone who knows the law of today.",
    ),
    (
        "lovelace",
        "my neighbour's tree fell on my car, what should i do?",
        "Motor cars came long after me, Maya; I knew carriages and horses, and loved the horses "
        "far more, so on cars ask someone who knows them.",
    ),
    (
        "curie",
        "is it ok to eat cheese before bed?",
        (
            "Honestly, Maya, yes; I have seen enough to be fairly sure. Cook simply and eat "
            "regularly, which I did not always do; I fainted once from living on too little, and "
            "work done hungry is bad work."
        ),
    ),
    (
        "einstein",
        "is it a good idea to learn the violin at 50?",
        (
            "I would say yes, Maya, though I hold it the way I hold any theory: until an "
            "experiment says otherwise. Music, always: when I was stuck on a problem I played the"
            " violin, and more than once the answer came between two bars of Mozart."
        ),
    ),
]


@pytest.mark.parametrize(("slug", "text", "reply"), VERDICTS)
def test_no_verdict_by_lot_on_a_risk(slug: str, text: str, reply: str) -> None:
    assert say(slug, text) == reply


# (the persona, the ask, the reply)
LEADS = [
    (
        "einstein",
        "how do we get more people to join the physics reading group?",
        (
            "A lovely question, Maya. Ask people face to face, not just on a flyer: knock on "
            "doors, have each regular bring one new person, and have someone at the door to "
            "welcome newcomers."
        ),
    ),
    (
        "einstein",
        "how do we get more people to come to the quiz?",
        (
            "No physics is needed for that one, Maya. Ask people face to face, not just on a "
            "flyer: knock on doors, have each regular bring one new person, and have someone at "
            "the door to welcome newcomers."
        ),
    ),
    (
        "darwin",
        "how do we get more volunteers for the fete?",
        (
            "No notebooks are needed for that, Maya; common sense will do. Ask people one to one "
            'for a small, clear job at a set time ("could you do the teas 2 till 4?"); most say '
            "yes to a specific ask and ignore a poster."
        ),
    ),
    (
        "darwin",
        (
            "she sent 730 texts last month, is a £12 plan with 500 texts and 8p after that worth "
            "it or should she get unlimited for £15?"
        ),
        (
            "The Beagle took me round the world, Maya, and never once near that question; it lies"
            " far from my studies."
        ),
    ),
    (
        "curie",
        (
            "is it better to get the train for £45 or drive 120 miles at 40 mpg with petrol at "
            "£1.50 a litre?"
        ),
        "I have no data on that at all, Maya, and I will not invent any.",
    ),
    (
        "lovelace",
        "tea or coffee?",
        (
            "My opinion, Maya? Poetically and precisely, then: I would say tea. Tea, I would say;"
            " a cup at my desk has seen me through more tables of figures than any other "
            "companion."
        ),
    ),
    (
        "darwin",
        "should i get a cat or a dog?",
        (
            "You ask my opinion, Maya; I give it cautiously, as one should. Dogs, without a "
            "doubt; my dog Polly would lie by the "
            "fire while I worked, and a dog's affection is one of the most striking things in "
            "nature."
        ),
    ),
    (
        "darwin",
        "write a card for the dog, he's called rex, he bit the postman",
        "Gladly, Maya; but what is the card for? Tell me the occasion, and I will write it.",
    ),
    (
        "lovelace",
        "write a card for the cat, she's called tilly, she loves boxes",
        (
            "Gladly, Maya; but what is the card for? Give me the occasion, and I shall set the "
            "words down."
        ),
    ),
    (
        "darwin",
        "why does my dog bark at the postman",
        (
            "A fair question, Maya. A dog barks at the postman because he comes into its "
            "territory every day and always goes away when barked at, so the dog believes it "
            "drove him off; a habit rewarded daily does not die."
        ),
    ),
]


@pytest.mark.parametrize(("slug", "text", "reply"), LEADS)
def test_a_lead_and_a_side_fit_the_ask(slug: str, text: str, reply: str) -> None:
    assert say(slug, text) == reply


# (the chance asked, its working)
CHANCES = [
    (
        "odds of 150 people sharing a birthday",
        "150 people, 11,175 pairs: one less the chance all 150 birthdays differ, "
        "1 − (365 × 364 × … × 216)/365^150 = all but certain, over 99.999%",
    ),
    (
        "odds of two people sharing a birthday in a room of 366 people",
        "366 people sharing a birthday between two of them: certain over 365 days; "
        "with 29 February, all but certain",
    ),
    (
        "odds of 367 people sharing a birthday",
        "367 people sharing a birthday between two of them: certain, even with 29 February",
    ),
    (
        "chance of at least one six in 60 rolls",
        "at least one six in 60 rolls: one less the chance of none, 1 − (5/6)^60 = "
        "all but certain, over 99.99%",
    ),
]


@pytest.mark.parametrize(("text", "working"), CHANCES)
def test_a_near_certainty_is_said_one_way(text: str, working: str) -> None:
    assert chance_of(text) == working
