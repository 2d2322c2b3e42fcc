"""pointer41: a question pointed at by whose it is ("@einstein ^ raj's question").

In the rater's pub quiz (rate40, room 06) Raj asked the speed of light, and Finn put it to
Einstein with "@einstein ^ raj's question": Einstein said "Tell me more". A pointer may name
whose question it means, and the thing it was on; that question is answered as if the one
pointing asked it. A remark about someone's question is no pointer.
"""

from tests.bots.talk import Line
from tests.bots.test_everyday_messages import say

RAJ = Line("raj", "ok first q: what's the speed of light roughly?")
ABOVE = (RAJ, Line("finn", "no idea lol"))
LIGHT = (
    "About 300,000 kilometres a second, Finn: seven times round the Earth in one second, so "
    "sunlight is eight minutes old when it reaches you, and a light year is how far it goes in "
    "a year. Everyone, however they move, measures that same speed."
)


def test_a_question_named_by_whose_it_is_is_answered():
    assert say("einstein", "@einstein ^ raj's question", author="finn", history=ABOVE) == LIGHT


def test_it_is_answered_as_the_question_itself_is():
    asked = "@einstein what's the speed of light roughly?"
    assert say("einstein", asked, author="finn") == LIGHT


def test_what_one_asked_on_a_thing_is_that_question():
    pointed = "@einstein what raj asked earlier about light, do you know?"
    assert say("einstein", pointed, author="finn", history=ABOVE) == LIGHT


def test_a_remark_about_a_question_is_no_pointer():
    remark = "@einstein raj's question was dumb lol"
    assert say("einstein", remark, author="finn", history=ABOVE) == (
        "Ach, Finn, one of those days when even the laws of physics seem to take sides against you."
    )
