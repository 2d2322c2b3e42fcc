"""The house bot works out the overlap of a working day in two cities (session 21: "whats a good
timezone overlap for a team in berlin and new york" was "That one I don't know"), from offsets
written out in bots/house.py, not the server's time zones."""

from __future__ import annotations

import pytest

from bots.house import house_reply, overlap_of

BERLIN_NY = (
    "Berlin is 6 hours ahead of New York for most of the year (their clocks change on different "
    "dates), so a 9-to-5 day overlaps for 2 hours: 15:00-17:00 in Berlin is 9:00-11:00 in "
    "New York."
)


@pytest.mark.parametrize(
    "text",
    [
        "whats a good timezone overlap for a team in berlin and new york",
        "a good timezone overlap for berlin and new york",
        "time zone overlap new york / berlin?",
        "best time for a call between New York and Berlin",
    ],
)
def test_berlin_and_new_york_overlap_two_hours(text):
    assert house_reply(f"/AIBot {text}", seed=1, name="raj") == BERLIN_NY


@pytest.mark.parametrize(
    "text, said",
    [
        (
            "best time for a call between london and sydney?",
            "Sydney is 11 hours ahead of London in January and 9 hours in July, so their 9-to-5 "
            "days don't overlap: 9:00 in London is 20:00 in Sydney; someone starts early or "
            "stays late.",
        ),
        (
            "time difference between mumbai and san francisco",
            "Mumbai is 13.5 hours ahead of San Francisco in January and 12.5 hours in July, so "
            "their 9-to-5 days don't overlap: 9:00 in San Francisco is 22:30 in Mumbai; someone "
            "starts early or stays late.",
        ),
        (
            "timezone overlap for london and chicago",
            "London is 6 hours ahead of Chicago for most of the year (their clocks change on "
            "different dates), so a 9-to-5 day overlaps for 2 hours: 15:00-17:00 in London is "
            "9:00-11:00 in Chicago.",
        ),
        (
            "timezone overlap for paris and berlin",
            "Paris and Berlin keep the same time, so the whole working day overlaps.",
        ),
    ],
)
def test_other_cities_are_worked_out_the_same_way(text, said):
    assert overlap_of(text) == said


@pytest.mark.parametrize(
    "text",
    [
        "whats the weather in berlin and new york",  # no time asked
        "timezone overlap for berlin and atlantis",  # a city it does not know
        "how do i convert a time between timezones in python",  # the FAQ's
        "what time zone is berlin in",  # one city
    ],
)
def test_no_overlap_is_made_up(text):
    assert overlap_of(text) == ""


def test_converting_time_zones_in_python_keeps_its_answer():
    reply = house_reply("/AIBot how do i convert a time between timezones in python", seed=1)
    assert reply.startswith("Use `zoneinfo`")


@pytest.mark.parametrize(
    "slug, opening",
    [
        ("lovelace", "Worked as the Engine would work it, Maya: Berlin is 6 hours ahead"),
        ("einstein", "Simple arithmetic, Maya, and I am glad of it: Berlin is 6 hours ahead"),
    ],
)
def test_a_persona_works_the_overlap_out_as_it_works_out_shares(slug, opening):
    from tests.bots.test_everyday_messages import say

    text = f"@{slug} whats a good timezone overlap for a team in berlin and new york"
    reply = say(slug, text, seed=0)
    assert reply.startswith(opening) and "9:00-11:00 in New York" in reply, reply
