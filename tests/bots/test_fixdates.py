"""Review 35, findings 4, 5, 10, 11 and 14 (`bots.sums60`): a date counted back when the ask
counts back is declined, not counted on; a "today" said after the date asked of; a part off with
a part left out ("but not the desserts") declined, and off two parts named ("mains and
starters") taken off both; a kit fee and match fees split between people declined; no doubled
brackets in a chained date; a last day of so many days declined. Look-alikes still answered."""

from __future__ import annotations

import re

import pytest

from bots.sums60 import worked
from tests.bots.test_everyday_messages import say

# The review's messages that are worked now: the exact reply.
ANSWERED = [
    (
        "curie",
        "@curie how many sleeps till christmas if today is 1 december 2026",
        "The figures first, then the conclusions, Maya: 1 December 2026 to 25 December 2026 is "
        "24 days.",
    ),
    (
        "lovelace",
        "@lovelace the sale ends 30 nov, how many days until then if today is 5 nov 2026?",
        "A sum the Engine would take in one turn of its handle, Maya: 5 November 2026 to 30 "
        "November 2026 is 25 days.",
    ),
    (
        "einstein",
        "@einstein mains £60, starters £20, drinks £30, 25% off mains and starters, what do we "
        "pay?",
        "Adding up is the one calculation nobody argues about, Maya: £60 mains + £20 starters is "
        "£80; £80 − 25% is £60; £60 + £30 is £90.",
    ),
    (
        "curie",
        "@curie what date is 9 weeks after 12 may 2025?",
        "The figures first, then the conclusions, Maya: Mon 12 May 2025 + 9 weeks (63 days) is "
        "Mon 14 July 2025.",
    ),
]


@pytest.mark.parametrize(("slug", "message", "reply"), ANSWERED)
def test_the_reviews_messages_get_the_right_sum(slug, message, reply):
    assert say(slug, message) == reply


# The review's messages that are declined now: no sum of this module, and no date or money
# worked out in the reply.
DECLINED_REVIEW = [
    ("curie", "@curie 3 weeks ago it was 1 june, what's the date today?"),
    ("curie", "@curie in 3 weeks it'll be 20 july, what's the date today?"),
    ("curie", "@curie my birthday was 10 days ago on 2 may, what date is it now?"),
    (
        "einstein",
        "@einstein the deadline is 30 june, i need 10 days to write it, when do i start at the "
        "latest?",
    ),
    (
        "darwin",
        "@darwin the eggs hatch 21 days after laying, they hatched on 5 may, when were they laid?",
    ),
    (
        "socrates",
        "@socrates my notice period is 4 weeks and i want to leave on 31 july, when do i hand it "
        "in?",
    ),
    ("lovelace", "@lovelace the baby is due 1 dec 2026, 2 weeks early would be when?"),
    (
        "shakespeare",
        "@shakespeare the play opens 1 may, we rehearse for 3 weeks then have 2 days of tech. when "
        "do rehearsals start?",
    ),
    ("einstein", "@einstein food £80 drinks £40, 20% off food but not on the desserts, how much?"),
    (
        "darwin",
        "@darwin £30 kit plus £5 a match, 18 matches, split between the 2 of us parents, how much?",
    ),
    ("einstein", "@einstein 3 day festival from fri 1 aug 2025, what day do we go home"),
    ("curie", "@curie i started 14 days of antibiotics on 3 june, when is my last dose?"),
    ("curie", "@curie my 30 day free trial started on 5 march, when does it end?"),
]

WRONG = re.compile(r" is (?:Mon |Tue |Wed |Thu |Fri |Sat |Sun )?\d+ [A-Z][a-z]+|£\d+\.$| is £")


@pytest.mark.parametrize(("slug", "message"), DECLINED_REVIEW)
def test_the_reviews_doubtful_messages_are_declined(slug, message):
    ask = message.split(f"@{slug}", 1)[1].strip()
    assert worked([ask]) is None
    assert not WRONG.search(say(slug, message))


# Variants of our own, declined by this module.
DECLINED = [
    ["2 weeks ago it was 3 march 2025, what date is it today?"],
    ["in 10 days it will be 14 june, what date is it now?"],
    ["5 days from now it'll be 1 june, whats the date today"],
    ["essay due 15 may, i need 2 weeks to write it, when should i start?"],
    ["the report is due 30 june 2025, i need 10 days, when do i have to begin?"],
    [
        "the chicks hatch 21 days after the eggs are laid, they hatched on 5 may 2025, when were "
        "they laid?"
    ],
    ["i have 4 weeks notice and my last day is 31 july, what date do i hand it in?"],
    ["the baby is due 1 dec 2026, what date is 2 weeks early?"],
    ["my flight is 10 june, i need to arrive 3 days early, what date?"],
    ["we open 1 may, 3 weeks of rehearsal then 2 days of tech, when do rehearsals begin?"],
    ["food £80 drinks £40, 20% off food except the desserts, how much?"],
    ["food £80 drinks £40, 20% off food excluding puddings, whats the total?"],
    ["food £80 drinks £40, 10% off the food apart from the steak, total?"],
    ["mains £60, starters £20, drinks £30, £5 off mains and starters, what do we pay?"],
    ["£40 kit and £4 a session, 20 sessions, split between the 2 of us, how much?"],
    ["£60 membership plus £3 a game, 10 games, split 3 ways, how much each?"],
    ["2 day festival from sat 2 aug 2025, what day do we go home"],
    ["7 days of tablets from 3 june, when is the last one?"],
    ["14 day trial from 1 march 2025, when does it end?"],
]


@pytest.mark.parametrize("lines", DECLINED)
def test_a_doubtful_variant_is_declined(lines):
    assert worked(lines) is None


# Variants and look-alikes still worked: (lines, working, result).
WORKED = [
    (
        ["how many days till new years day if today is 12 december 2026"],
        "12 December 2026 to 1 January 2027 is 20 days",
        "20 days",
    ),
    (
        ["days until christmas, today is 3 december 2026?"],
        "3 December 2026 to 25 December 2026 is 22 days",
        "22 days",
    ),
    (
        ["how many days until 1 march if today is 10 february 2026"],
        "10 February 2026 to 1 March 2026 is 19 days",
        "19 days",
    ),
    (
        ["pizzas £40, sides £10, drinks £20, 20% off pizzas and sides, whats the total?"],
        "£40 pizzas + £10 sides is £50; £50 − 20% is £40; £40 + £20 is £60",
        "£60",
    ),
    (
        ["food £50, wine £30, soft drinks £10, 10% off food and wine, how much each for 3 of us?"],
        "£50 food + £30 wine is £80; £80 − 10% is £72; £72 + £10 is £82; ÷ 3 is about £27.33 each",
        "about £27.33 each",
    ),
    (
        ["mains £60, starters £20, drinks £30, 25% off mains, what do we pay?"],
        "£60 mains − 25% is £45; £45 + £20 + £30 is £95",
        "£95",
    ),
    (
        ["what date is 9 weeks after 12 may 2025?"],
        "Mon 12 May 2025 + 9 weeks (63 days) is Mon 14 July 2025",
        "Monday 14 July 2025",
    ),
    (
        ["what date is 10 days after 3 june 2025?"],
        "Tue 3 June 2025 + 10 days is Fri 13 June 2025",
        "Friday 13 June 2025",
    ),
    (
        ["what date is 3 weeks before 1 june 2025?"],
        "Sun 1 June 2025 − 3 weeks (21 days) is Sun 11 May 2025",
        "Sunday 11 May 2025",
    ),
    (
        ["what day is 2 weeks on from fri 4 july 2025?"],
        "Fri 4 July 2025 + 2 weeks (14 days) is Fri 18 July 2025",
        "Friday 18 July 2025",
    ),
    (
        ["we land 3 may 2026 and stay 10 nights, when do we fly home?"],
        "Sun 3 May 2026 + 10 days is Wed 13 May 2026",
        "Wednesday 13 May 2026",
    ),
    (
        ["its the 3rd of january 2026 today, whats the date in 100 days"],
        "Sat 3 January 2026 + 100 days is Mon 13 April 2026",
        "Monday 13 April 2026",
    ),
    (
        [
            "we move in 1 june 2025, then 2 weeks decorating and 3 days to unpack, when is the "
            "party?"
        ],
        "Sun 1 June 2025 + 2 weeks + 3 days (17 days) is Wed 18 June 2025",
        "Wednesday 18 June 2025",
    ),
]


@pytest.mark.parametrize(("lines", "working", "result"), WORKED)
def test_a_plain_variant_is_still_worked(lines, working, result):
    found = worked(lines)
    assert found is not None
    assert (found.working, found.number, found.need) == (working, result, "")
