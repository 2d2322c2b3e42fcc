"""Mended from review34 (mend60): a price said after its percentage's change is worked back
(never forwards); "half of us" halves no recipe; what comes back is never counted as gone; an
average out of reach says so; holiday weeks are no weeks worked; look-alikes kept."""

from __future__ import annotations

import pytest

from tests.bots.test_everyday_messages import say

# (the persona, the ask, the reply)
SUMS = [
    (
        "darwin",
        "my rent is now £920 after going up 15%, what was it before",
        "I was never much of a mathematician, Maya, but I kept my accounts all my life: £920 is 115% of what it was (15% more), and £920 ÷ 1.15 = £800.",
    ),
    (
        "curie",
        "after a 25% discount the coat is £60, what was the original price",
        "The figures first, then the conclusions, Maya: £60 is 75% of what it was (25% less), and £60 ÷ 0.75 = £80.",
    ),
    (
        "einstein",
        "the sofa is £450 in the sale, that's 10% off, what was the full price",
        "Adding up is the one calculation nobody argues about, Maya: £450 is 90% of what it was (10% less), and £450 ÷ 0.9 = £500.",
    ),
    (
        "socrates",
        "my bill went up 8% and is now £54 a month, how much was it before the rise",
        "Let us reckon it together, Maya: £54 a month is 108% of what it was (8% more), and £54 ÷ 1.08 = £50 a month. Whether it is worth the spending is another question.",
    ),
    (
        "curie",
        "jo's car insurance is £630, that's 5% cheaper than mine, how much is mine",
        "The figures first, then the conclusions, Maya: £630 is 95% of the other (5% less), and £630 ÷ 0.95 = about £663.16.",
    ),
    (
        "lovelace",
        "£60 is 20% less than it was last year, what was it last year",
        "A sum the Engine would take in one turn of its handle, Maya: £60 is 80% of the other (20% less), and £60 ÷ 0.8 = £75.",
    ),
    (
        "einstein",
        "i paid £340 after a 15% discount, what did it cost originally",
        "Adding up is the one calculation nobody argues about, Maya: £340 is 85% of what it was (15% less), and £340 ÷ 0.85 = £400.",
    ),
    (
        "socrates",
        "my salary went up 3% to £30,900, what was it before",
        "Let us reckon it together, Maya: £30,900 is 103% of what it was (3% more), and £30,900 ÷ 1.03 = £30,000. Whether it is worth the spending is another question.",
    ),
    (
        "lovelace",
        "the coat was £80 before the 25% discount, what was it originally",
        "I have all your figures, Maya, but I cannot see for certain how they go together, and a wrong figure is worse than none; this one I leave unworked.",
    ),
    (
        "darwin",
        "the tv was originally £500 and is now 30% off, how much is it",
        "I was never much of a mathematician, Maya, but I kept my accounts all my life: £500 less 30% is £350.",
    ),
    (
        "curie",
        "the coat is £80 with 25% off, how much do i pay",
        "The figures first, then the conclusions, Maya: £80 less 25% is £60.",
    ),
    (
        "darwin",
        "rent is £850 and going up 4%, what's the new rent",
        "I was never much of a mathematician, Maya, but I kept my accounts all my life: 4% of £850 is £34, so £884.",
    ),
    (
        "curie",
        "the recipe serves 4 with 300g pasta and 200ml cream, half of us are vegan, how much do i need",
        "I never guess at a measurement, Maya: tell me how many you are making it for, and I will finish it.",
    ),
    (
        "lovelace",
        "recipe feeds 6, 450g rice and 900ml stock, half of them are kids, how much rice",
        "The Engine does exactly what it is told and never guesses, Maya; nor shall I: tell me how many you are making it for.",
    ),
    (
        "socrates",
        "recipe makes 12 muffins with 250g flour, i need 30 for the half term party, how much flour",
        "Let us reckon it together, Maya: from 12 to 30 muffins is × 2.5: 250g → 625g flour. Whether it is worth the spending is another question.",
    ),
    (
        "darwin",
        "recipe feeds 6 with 600g lamb, i want to halve it, how much lamb",
        "I was never much of a mathematician, Maya, but I kept my accounts all my life: from 6 to 3 is × 0.5: 600g → 300g lamb.",
    ),
    (
        "einstein",
        "recipe serves 6 with 300g oats, make half, how much oats",
        "Adding up is the one calculation nobody argues about, Maya: from 6 to 3 is × 0.5: 300g → 150g oats.",
    ),
    (
        "curie",
        "the recipe serves 4 with 400g beef, double the recipe, how much beef",
        "The figures first, then the conclusions, Maya: from 4 to 8 is × 2: 400g → 800g beef.",
    ),
    (
        "socrates",
        "we had 3 boxes of 24 mugs, sold 30 and 12 came back, how many are left",
        "I cannot see for certain how your figures go together, Maya, and I would rather admit it than give you a wrong sum.",
    ),
    (
        "curie",
        "5 packs of 20 plates, used 40 at lunch and 15 were returned unused, how many left",
        "I cannot be sure how your figures go together, Maya, and I will not report a result I have not checked; set them out step by step.",
    ),
    (
        "darwin",
        "4 boxes of 50 cups, handed out 60 and 20 got brought back, how many left",
        "I have gone over your figures twice, Maya, and cannot be sure how they fit together; I would rather say so than give you a wrong sum.",
    ),
    (
        "lovelace",
        "6 packs of 12 cartons, gave out 30 and 9 still boxed, how many are left",
        "I have all your figures, Maya, but I cannot see for certain how they go together, and a wrong figure is worse than none; this one I leave unworked.",
    ),
    (
        "lovelace",
        "3 packs of 40 cups, gave out 9 in the morning and 13 in the afternoon, how many left",
        "A sum the Engine would take in one turn of its handle, Maya: 3 × 40 is 120; 120 − 22 (9 + 13 = 22) is 98 left.",
    ),
    (
        "curie",
        "got 8, 7 and 9 out of 10 in the quizzes, want an average of 9 over 4, what do i need in the next",
        "The figures first, then the conclusions, Maya: an average of 9 over 4 is 36; 8 + 7 + 9 is 24, so you need 12, past the most of 10: 9 is out of reach; full marks next make it 8.5.",
    ),
    (
        "lovelace",
        "i got 50 and 60 in the first two tests, need to average 90 over 3 tests, what do i need on the last",
        "A sum the Engine would take in one turn of its handle, Maya: an average of 90 over 3 is 270; 50 + 60 is 110, so you need 160, past the most of 100: 90 is out of reach; full marks next make it 70.",
    ),
    (
        "darwin",
        "scored 14 and 16 out of 20 on the first two papers, i want to average 19 over 3, what do i need in the last one",
        "I was never much of a mathematician, Maya, but I kept my accounts all my life: an average of 19 over 3 is 57; 14 + 16 is 30, so you need 27, past the most of 20: 19 is out of reach; full marks next make it 16.67.",
    ),
    (
        "einstein",
        "my marks are 40% and 45%, i want to average 80% over 3, what do i need in the last",
        "I have turned your figures round twice, Maya, and cannot be sure how they fit together; a wrong answer is worse than none, so set it out for me step by step.",
    ),
    (
        "curie",
        "got 68, 72 and 81, need to average 75 over 4 tests, what do i need on the next",
        "The figures first, then the conclusions, Maya: an average of 75 over 4 is 300; 68 + 72 + 81 is 221, so you need 79.",
    ),
    (
        "socrates",
        "got 7 and 8 out of 10, want to average 8 over 3, what do i need in the next",
        "Let us reckon it together, Maya: an average of 8 over 3 is 24; 7 + 8 is 15, so you need 9. Whether it is worth the spending is another question.",
    ),
    (
        "darwin",
        "£31,200 a year, 40 hours a week, 5 weeks holiday, whats that per hour",
        "I have gone over your figures twice, Maya, and cannot be sure how they fit together; I would rather say so than give you a wrong sum.",
    ),
    (
        "curie",
        "salary is £28,000 a year, 37.5 hours a week, 6 weeks off, how much per hour",
        "I cannot be sure how your figures go together, Maya, and I will not report a result I have not checked; set them out step by step.",
    ),
    (
        "socrates",
        "£30,000 a year, 40 hours a week, 4 weeks a year annual leave, whats that an hour",
        "I cannot see for certain how your figures go together, Maya, and I would rather admit it than give you a wrong sum.",
    ),
    (
        "darwin",
        "i earn £31,200 a year and work 40 hours a week but only 46 weeks a year, whats that per hour",
        "I was never much of a mathematician, Maya, but I kept my accounts all my life: 40 hours a week × 46 weeks is 1,840 hours; £31,200 ÷ 1,840 is £16.96 an hour.",
    ),
    (
        "einstein",
        "£26k a year, 35 hours a week, over 48 weeks, whats that an hour",
        "Adding up is the one calculation nobody argues about, Maya: 35 hours a week × 48 weeks is 1,680 hours; £26,000 ÷ 1,680 is £15.48 an hour.",
    ),
]


@pytest.mark.parametrize(("slug", "text", "reply"), SUMS)
def test_a_sum_of_these_classes(slug: str, text: str, reply: str) -> None:
    assert say(slug, text) == reply
