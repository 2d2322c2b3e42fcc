"""Sums as people put them in rooms nobody tuned for (sums31, from the dev27 rooms rated blind):
a staff ratio said "1:8" and some dropping out, so many things each holder needs at a price each
for so many holders, and each of two prices put as choices shared by so many. A right sum is
rated 4-5, a wrong one 1: each is worked right, and each look-alike is left unread.
"""

from __future__ import annotations

import pytest

from bots.engine import ChatLine
from bots.expr import read
from tests.bots.test_everyday_messages import say


def _lovelace(text: str, history=()) -> str:
    return say("lovelace", f"@lovelace {text}", author="sam", history=history)


RATIOS = [
    (
        "how many adults do we need at 1:8 for 58 kids, and how many if 6 kids drop out",
        "58 kids at 1 adult per 8 is 7.25, so 8 adults; 6 fewer, 52 kids need 7 adults",
    ),
    (
        "we need 1:8 for the 58 kids, how many adults is that",
        "58 kids at 1 adult per 8 is 7.25, so 8 adults",
    ),
    (
        "ratio is 1:8, 58 kids going, how many adults",
        "58 kids at 1 adult per 8 is 7.25, so 8 adults",
    ),
    (
        "how many leaders at 1:6 for 40 cubs if 4 cubs cant come",
        "40 cubs at 1 leader per 6 is 6.67, so 7 leaders; 4 fewer, 36 cubs need 6 leaders",
    ),
]
PER_HOLDER = [
    (
        "if each kid needs 3 packed lunches at £3.20 each, what's the packed lunch bill for 58",
        "3 packed lunches at £3.20 is £9.60 a kid; for 58 kids, £556.80",
    ),
    (
        "3 lunches per kid at £3.20 for 58 kids, how much is that",
        "3 lunches at £3.20 is £9.60 a kid; for 58 kids, £556.80",
    ),
    (
        "each guest gets 2 drinks at £4.50, 40 guests, what will it cost",
        "2 drinks at £4.50 is £9 a guest; for 40 guests, £360",
    ),
]
CHOICES = [
    "if its 8 of us how much each for the £420 one and the £560 one",
    "£420 or £560 split 8 ways, how much each",
    "so how much is it each for the £420 one or the £560 one if we are 8",
    "between 8 of us whats the £420 option vs the £560 option each",
]
HOURS = [
    (
        "ticket is £35, i pay half and i earn £6.40 an hour, how many hours is that",
        "half of £35 is £17.50; £17.50 at £6.40 an hour is 2.73 hours, so 3 hours",
    ),
    (
        "how many hours at £6.40 an hour to pay for a £35 ticket",
        "is 5.47 hours",  # (read by an older reader first)
    ),
]
OVER_SHIFTS = [
    (
        "rate's gone up to 180 cases an hour. if we do 7.5 hours picking a shift at 180 cases, "
        "how many cases is that over 4 nights",
        "7.5 hours at 180 cases an hour is 1,350 cases a night; over 4 nights, 5,400",
    ),
    (
        "we pick 180 cases an hour, 7.5 hours a shift, how many cases over 4 nights",
        "7.5 hours at 180 cases an hour is 1,350 cases a night; over 4 nights, 5,400",
    ),
    (
        "at 180 cases an hour for 7.5 hours, how many cases over the next 4 shifts",
        "7.5 hours at 180 cases an hour is 1,350 cases a shift; over 4 shifts, 5,400",
    ),
]
FEES_EACH = [
    (
        "there's 4 of us paying for certificates. 6 certs at £12.50 plus the parish archive "
        "search fee of €40 (about £34). how much each",
        "6 certs at £12.50 is £75, plus £34 is £109; between 4, £27.25 each",
    ),
    (
        "6 certs at £12.50 plus a £34 search fee, split between 4 of us, how much each",
        "£34 is £109; 4 ways, £27.25 each",  # (an older reader works it first)
    ),
    (
        "4 of us: 3 tickets at £20 and £15 parking, how much each",
        "3 tickets at £20 is £60, plus £15 is £75; between 4, £18.75 each",
    ),
]
AGES = [
    (
        "if nana was born 1903 and grandad 1898 and they married in june 1924, how old was each "
        "of them on the day",
        "1924 less 1903 is 21; 1924 less 1898 is 26: so 21 and 26 if their birthdays had come by "
        "then in june, 20 and 25 if not",
    ),
    (
        "she was born 1903 and married in 1924, how old was she",
        "1924 less 1903 is 21: so 21 if the birthday had come by then, 20 if not",
    ),
    (
        "grandad was born in 1898 and emigrated 1922, how old was he then?",
        "1922 less 1898 is 24: so 24 if the birthday had come by then, 23 if not",
    ),
]
LOOK_ALIKES = [
    # no event's year; another figure besides; not asked how old
    "born 1903, how old would she be now",
    "born 1903 and married in 1924 with 3 kids, how old was she",
    "nana born 1903 married 1924 how long ago was that",
    # a fee in euros with no pounds said; no heads; another count besides
    "there's 4 of us. 6 certs at £12.50 plus the search fee of €40. how much each",
    "6 certs at £12.50 plus £34 fee, how much each",
    "4 of us, 6 certs at £12.50 plus £34 fee and 2 maps, how much each",
    # no rate an hour said; a count of pickers besides
    "if we do 7.5 hours picking a shift at 180 cases, how many cases is that over 4 nights",
    "we pick 180 cases an hour, 7.5 hours a shift, how many cases over 4 nights with 2 pickers",
    # a second cost; no wage
    "how many hours at £6.40 an hour to pay for a £35 ticket and £10 bus",
    "how many hours will the £35 ticket take",
    # a clock, not a ratio; no ratio at all
    "meet at 1:30 with 58 kids, how many adults",
    "how many adults for 58 kids",
    # the ratio's own thing asked, or a second count of another thing
    "how many kids at 1:8 for 58 kids",
    "how many adults at 1:8 for 58 kids and 6 teachers",
    # a count asked, not the bill; another price on top
    "each kid needs 3 packed lunches at £3.20 each, how many lunches for 58",
    "each kid needs 3 packed lunches at £3.20 each plus £40 coach, whats the bill for 58",
    # two parts of one bill, not choices; no count of heads
    "if its 8 of us how much each for the £420 limo and £60 for drinks",
    "8 of us, £420 and £560, how much each",
    "how much each for the £420 one or the £560 one",
]


@pytest.mark.parametrize(("text", "working"), RATIOS)
def test_ratio_said_with_a_colon(text: str, working: str) -> None:
    assert working in _lovelace(text)


@pytest.mark.parametrize(("text", "working"), PER_HOLDER)
def test_things_each_holder_needs(text: str, working: str) -> None:
    assert working in _lovelace(text)


@pytest.mark.parametrize("text", CHOICES)
def test_each_choice_shared(text: str) -> None:
    before = ChatLine("ellie", "limo quote was £420 for 3 hours, or the hummer one is £560")
    reply = _lovelace(text, history=(before,))
    assert "£420 between 8 is £52.50 each; £560 between 8 is £70 each" in reply


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_not_read(text: str) -> None:
    assert read(text) is None


def test_hours_to_cover_my_half_said_before() -> None:
    before = ChatLine(
        "amira",
        "also tickets are £35 and my mum says i have to pay half from my saturday job. i get "
        "£6.40 an hour",
    )
    reply = _lovelace("how many hours do i need to work to cover my half", history=(before,))
    assert "half of £35 is £17.50; £17.50 at £6.40 an hour is 2.73 hours, so 3 hours" in reply


@pytest.mark.parametrize(("text", "working"), HOURS)
def test_hours_to_cover(text: str, working: str) -> None:
    assert working in _lovelace(text)


@pytest.mark.parametrize(("text", "working"), OVER_SHIFTS)
def test_rate_over_shifts(text: str, working: str) -> None:
    assert working in _lovelace(text)


@pytest.mark.parametrize(("text", "working"), FEES_EACH)
def test_items_and_fees_shared(text: str, working: str) -> None:
    assert working in _lovelace(text)


@pytest.mark.parametrize(("text", "working"), AGES)
def test_ages_at_an_event(text: str, working: str) -> None:
    assert working in _lovelace(text)
