"""Session 29 (lead): money in a currency said by name (krone, yen, zloty, ...) changed at a rate
given in the message, "the krone is about 13.5 to the pound": the amount is divided by the rate,
never added to it (Lovelace said "13.5, plus 120, is 133.50" for a 120-krone coffee); a price
counted is multiplied first; a figure the change does not use leaves the sum to be set out."""

from __future__ import annotations

import re

import pytest

from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say

SUMS = "A sum the Engine would take in one turn of its handle, Maya: "


@pytest.mark.parametrize(
    "text, working",
    [
        (
            "@lovelace if the krone is about 13.5 to the pound, how much is a 120 krone coffee?",
            "120 kroner at £1 = 13.5 kroner is £8.89.",
        ),
        (
            "@lovelace the rate is 13.5 nok to the pound, how much is the 1500 nok fjord trip",
            "1,500 kroner at £1 = 13.5 kroner is £111.11.",
        ),
        (
            "@lovelace its 160 yen to the pound, whats 3000 yen in real money",
            "3,000 yen at £1 = 160 yen is £18.75.",
        ),
        (
            "@lovelace 3000 yen for the ramen, the yen is like 190 to the pound, is that bad",
            "3,000 yen at £1 = 190 yen is £15.79.",
        ),
        (
            "@lovelace £1 = 4.9 zloty, how many zloty for £50",
            "£50 at £1 = 4.9 zloty is 245 zloty.",
        ),
        (
            "@lovelace how many krone do i get for £200 if its 13.5 to the pound",
            "£200 at £1 = 13.5 kroner is 2,700 kroner.",
        ),
        (
            "@lovelace krone is 13.5 to the pound and we've got 2 beers at 95 krone each, how much",
            "2 × 95 kroner (190 kroner) at £1 = 13.5 kroner is £14.07.",
        ),
        (
            "@lovelace beers are 95 krone each, krone is 13.5 to the pound, whats that in quid",
            "95 kroner at £1 = 13.5 kroner is £7.04.",
        ),
    ],
)
def test_money_in_a_named_currency_is_changed_at_the_rate_given(text, working):
    assert say("lovelace", text) == SUMS + working


@pytest.mark.parametrize(
    "text",
    [
        # A figure the change does not use: the sum is not this one.
        "@lovelace beers are 95 krone each, 4 of us, krone is 13.5 to the pound, how much",
        # Two amounts to change, or none.
        "@lovelace krone is 13.5 to the pound, a 120 krone coffee and a 60 krone bun, which",
        "@lovelace the krone is 13.5 to the pound, is that good",
    ],
)
def test_a_rate_with_a_figure_left_over_or_nothing_to_change_works_no_sum(text):
    reply = say("lovelace", text)
    assert "plus" not in reply and "133.50" not in reply and "£8.89" not in reply
    assert not reply.startswith(SUMS), reply


@pytest.mark.parametrize(
    "slug, text, start",
    [
        # A verb that wants its subject is said with it: no "Need your big coat, Maya".
        ("einstein", "@einstein do i need my big coat or my mac", "You need your big coat, Maya"),
        ("einstein", "@einstein do i need my big coat or my mac for norway", "You need your "),
        ("curie", "@curie do we need to book a table or just turn up", None),
    ],
)
def test_a_choice_of_deeds_is_said_back_as_a_sentence(slug, text, start):
    reply = say(slug, text)
    assert not reply.startswith(("Need ", "Want ")), reply
    assert "I would need to" not in reply and "I would just " not in reply, reply
    if start:
        assert reply.startswith(start), reply


def test_a_sum_declined_again_in_the_room_is_not_declined_in_the_same_words():
    ask = "@lovelace and if we do 8 lines a week, roughly how many years till we'd expect to win"
    told = (Line("dev", "we're 8 in the syndicate, £2 a line"),)
    first = say("lovelace", ask, history=told)
    again = say("lovelace", ask, history=told, said=(first,))
    assert first != again
    # Both are its words for a sum it will not guess at, neither a figure made up.
    assert not re.search(r"\d", first + again)


def test_a_case_it_cannot_work_asked_twice_gets_other_words_the_second_time():
    history = (
        Line("maya", "@lovelace i charge at home at 7p a kwh, 200 kwh a month, what does it cost"),
        Line(
            "Ada Lovelace", "A sum the Engine would take in one turn of its handle: £14.", own=True
        ),
    )
    case = "@lovelace ok and if half my charging is rapid at 79p"
    first = say("lovelace", case, history=history)
    again = say("lovelace", case, history=history, said=(first,))
    assert "the whole sum again with that figure in it" in first
    assert "the whole sum again with that figure in it" in again
    assert first != again


def test_a_side_that_runs_past_a_comma_is_still_a_side_put():
    text = (
        "@curie derek wants the glacier excursion, £189 each, and i say we can look at it from "
        "the boat for free. who's right"
    )
    reply = say("curie", text, author="pat")
    assert reply.startswith(
        "Derek wants the glacier excursion, £189 each, and you say we can look at it from the "
        "boat for free, Pat"
    ), reply


@pytest.mark.parametrize("slug", ["socrates", "curie", "einstein"])
def test_a_side_held_by_she_gets_no_empty_name(slug):
    text = (
        "me and jo are arguing, she says we should get a real tree and i say fake is better. "
        "who's right"
    )
    reply = say(slug, text, author="pat")
    assert reply.startswith("She says we should get a real tree, and you say fake is better"), reply
    assert "Put  in" not in reply and "Put in" not in reply


@pytest.mark.parametrize("slug", ["darwin", "einstein"])
@pytest.mark.parametrize(
    "text", ["any tips for a first 10k", "got any advice for my first 10k", "tips for a first 10k?"]
)
def test_tips_asked_for_name_no_tip_of_a_stem_nor_a_bike_tipping(slug, text):
    reply = say(slug, f"@{slug} {text}")
    assert "tip" not in reply.lower() and "corner" not in reply, reply


@pytest.mark.parametrize(
    "text, subject",
    [
        (
            "also a 2 line chant for the bank party to shout as we go past the boathouse pls",
            "bank party",
        ),
        ("write us a chant for the away fans to sing", "away fans"),
    ],
)
def test_a_chant_for_those_who_sing_it_is_for_them_not_for_them_to(text, subject):
    reply = say("shakespeare", f"@shakespeare {text}", author="liv")
    assert f"the {subject}" in reply and f"{subject} to" not in reply, reply


@pytest.mark.parametrize(
    "text, working",
    [
        (
            "@lovelace also what's 38 years in days roughly, for the card",
            "38 years is about 13,880 days.",
        ),
        ("@lovelace parcel comes in 3 days, how many hours is that", "3 days is about 72 hours."),
        ("@lovelace how many weeks is 9 months", "9 months is about 39.1 weeks."),
    ],
)
def test_a_span_of_time_is_said_in_the_unit_asked(text, working):
    assert say("lovelace", text) == SUMS + working


@pytest.mark.parametrize(
    "text, working",
    [
        (
            "@lovelace lessons £38 an hour, ive done 26. how much so far",
            "£38 an hour × 26 hours is £988.",
        ),
        (
            "@lovelace pt is £45 a session and weve done 8, how much have we spent",
            "£45 a session × 8 sessions is £360.",
        ),
    ],
)
def test_a_bare_count_of_what_was_done_at_a_rate_is_of_the_rates_unit(text, working):
    assert say("lovelace", text) == SUMS + working


def test_a_rate_is_never_added_to_a_count_as_money():
    reply = say(
        "lovelace", "@lovelace lessons are 40 quid an hour, ive had 12 so far. how much is that"
    )
    assert reply == SUMS + "40 quid an hour × 12 hours is £480."
    assert "is 52" not in reply
