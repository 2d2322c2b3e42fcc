"""Rooms34 (home brewing, caravan club, evening Spanish class): classes of misreading found in
three rooms of our own, each checked on wordings of our own and look-alikes that must not
change.

- A real question with a guess asked after it ("why does the caravan snake about when lorries
  overtake? is it the air pushing it") is no riddle told with its punchline.
- A choice of two deeds said with their verbs ("learn by apps or learn in a class") is a pick
  between the deeds, never "apps" or "learn".
- "night imran, night @darwin", "night gaz x": a goodnight to someone named takes leave; not
  "night shift, ugh" nor "night owl here".
- A birthday card ("write a birthday card for my nan") is written as a birthday wish, and a
  birthday message for a teacher or coach wishes them many happy returns, no thanks for care.
"""

from __future__ import annotations

import pytest

from bots.cards import card_occasion
from bots.engine import either_or, taking_leave, told_joke
from tests.bots.test_everyday_messages import say

# -- a guess asked after a question is no punchline -------------------------------------------

GUESSED = [
    "why does the caravan snake about when lorries overtake? is it the air pushing it",
    "why does the kettle whistle? is it the steam",
    "why does the beer go flat so quick? or is it just the bottles",
    "why do the windows steam up in the van? does it happen to everyone",
    "why does a bike chain squeak? is that rust",
]
RIDDLES = [
    "why did the chicken cross the road? to get to the other side",
    "why did the scarecrow win an award? because he was outstanding in his field",
    "what do you call a fish with no eyes? a fsh",
]


@pytest.mark.parametrize("text", GUESSED)
def test_a_guess_after_a_question_is_no_punchline(text):
    assert told_joke(text) == ""


@pytest.mark.parametrize("text", RIDDLES)
def test_a_riddle_with_its_answer_is_still_a_joke(text):
    assert told_joke(text) == "told"


def test_a_physics_question_with_a_guess_is_answered_not_groaned_at():
    reply = say("einstein", "@einstein why does the kettle whistle? is it the steam")
    assert reply == (
        "A lovely question, Maya. A kettle whistles because the steam is forced through a small "
        "hole and sets the air in the whistle vibrating, as your breath does in a flute; the "
        "harder it boils, the surer the note."
    )


# -- two deeds offered, each with its verb -----------------------------------------------------

DEEDS = [
    (
        "what do you think, learn by apps or learn in a class like this?",
        ("learn by apps", "learn in a class like this"),
    ),
    ("is it better to travel by train or drive by car", ("travel by train", "drive by car")),
    (
        "should i brew in the kitchen or brew in the garage?",
        ("brew in the kitchen", "brew in the garage"),
    ),
    (
        "is it better to walk by the canal or cycle on the road",
        ("walk by the canal", "cycle on the road"),
    ),
]
# Look-alikes that keep their reading: the thing after the preposition is what is chosen.
KEPT = [
    ("does it work harder in winter or summer in a cold garage", ("winter", "summer")),
    ("tea or coffee?", ("tea", "coffee")),
    ("should i take the train or drive up", ("take the train", "drive up")),
]


@pytest.mark.parametrize("text, options", DEEDS + KEPT)
def test_two_deeds_are_the_options(text, options):
    assert either_or(text) == options


def test_the_pick_is_a_whole_deed():
    reply = say(
        "einstein", "@einstein what do you think, learn by apps or learn in a class like this?"
    )
    assert reply == (
        "If you want my view, Maya: I would learn in a class like this. That is where my "
        "curiosity pulls, and I have always trusted my curiosity more than my cleverness."
    )


# -- a goodnight to someone named ----------------------------------------------------------------

NIGHTS = ["night imran, night ", "night gaz x", "night all, night", "night sue!", "night dave"]
NOT_NIGHTS = [
    "night shift, ugh",
    "night owl here, cant sleep",
    "night out on saturday, who's in",
    "night bus home was rammed",
    "the stout took three weeks, longest night of my life",
]


@pytest.mark.parametrize("text", NIGHTS)
def test_a_goodnight_to_someone_named_takes_leave(text):
    assert taking_leave(text)


@pytest.mark.parametrize("text", NOT_NIGHTS)
def test_night_as_a_word_of_the_day_takes_no_leave(text):
    assert not taking_leave(text)


def test_night_to_a_person_and_a_persona_is_a_goodbye():
    # (a good night is said back since session 31; was "Auf Wiedersehen, Maya! Mind the clocks...")
    reply = say("einstein", "night gaz, night @einstein")
    assert reply == "Gute Nacht, Maya, good night! Sleep well; the stars will keep until morning."


# -- birthday cards --

BIRTHDAY_CARDS = [
    (
        "@shakespeare can you write a birthday card for my nan",
        'For the birthday card, Maya, take this from my own stock: "Happy birthday, Nan! With '
        'mirth and laughter let old wrinkles come, and may the cake be large."',
    ),
    (
        "@shakespeare write a bday card for grandad, he's 90",
        'For the birthday card, Maya, take this from my own stock: "Happy 90th, Grandad! With '
        'mirth and laughter let old wrinkles come; and fairer still thou art."',
    ),
    (
        "@shakespeare write a birthday message for our coach",
        'For the birthday message, Maya, take this from my own stock: "Happy birthday, Coach! '
        'With mirth and laughter let old wrinkles come, and may the cake be large."',
    ),
]


@pytest.mark.parametrize("text, expected", BIRTHDAY_CARDS)
def test_a_birthday_card_is_a_birthday_wish(text, expected):
    assert say("shakespeare", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "a birthday message for our teacher elena",
        "birthday card for the nurses on ward 4",
        "write a bday note for our tutor",
    ],
)
def test_a_birthday_for_a_carer_is_no_thank_you(text):
    assert card_occasion(text) == ""


@pytest.mark.parametrize(
    "text, occasion",
    [
        ("write a card for our teacher, she's leaving", "leaving"),
        ("a card for the nurses who looked after mum", "thanks"),
        ("thank you card for our coach", "thanks"),
    ],
)
def test_cards_of_other_occasions_keep_theirs(text, occasion):
    assert card_occasion(text) == occasion


def test_a_thank_you_card_for_a_teacher_still_thanks():
    assert say("shakespeare", "@shakespeare write a thank you card for our teacher") == (
        'For your teacher, Maya: "Thank you, with all our hearts. I can no other answer make but '
        'thanks, and thanks, and ever thanks."'
    )
