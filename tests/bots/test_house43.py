"""mine43: the house bot's word back on loneliness, the weather told, and its favourite persona.

rate42 scored "/AIBot feeling kinda lonely tonight tbh" -> "I'm sorry to hear that, Maya. I'm only
the house bot, but the room is listening." thin, "/AIBot it's snowing here!!" -> "Noted, Maya!
I'm the house bot, so I'll leave the chatting to the personas" off, and rate41 "/AIBot whos ur fav
persona here lol" -> "I don't know that one, I'm afraid" a miss (bots/house_help.py).
"""

from __future__ import annotations

import pytest

from tests.bots.test_everyday_messages import say

LONELY = (
    "I'm sorry you're feeling lonely, Maya. You're not on your own in here: say hello to the "
    "room, or ask a persona something with @; they're good company at any hour, and so are the "
    "people here."
)
FAVOURITE = (
    "No favourites from me, Maya: I'd never hear the end of it. Each is best at something: the "
    "physicist for how things work, the playwright for words, the chemist for the kitchen and "
    "the garden, the mathematician for sums and computers, the philosopher for a good argument, "
    "the naturalist for animals."
)
SNOW = "Snow! Wrap up warm, Maya, and enjoy it while it's white."
SUN = "Lovely, Maya! Enjoy the sun, and keep some water handy."
COLD = "Brr! Stay warm, Maya: a hot drink and an extra layer."
SORRY = "I'm sorry to hear that, Maya. I'm only the house bot, but the room is listening."
WEARY = (
    "Oh, that does wear you down, Maya. I hope it lifts soon; the room's here if you want a "
    "grumble."
)


@pytest.mark.parametrize(
    ("text", "reply"),
    [
        ("feeling kinda lonely tonight tbh", LONELY),
        ("i'm a bit lonely today", LONELY),
        ("nobody to talk to tonight", LONELY),
        ("whos ur fav persona here lol", FAVOURITE),
        ("who's your favourite persona", FAVOURITE),
        ("which is your fave of them", FAVOURITE),
        ("it's snowing here!!", SNOW),
        ("omg it's actually snowing", SNOW),
        ("its so hot today", SUN),
        ("it's freezing", COLD),
        # grumbled: the weary word, as before
        ("it's raining again. third week in a row. i'm so done", WEARY),
        # the weather of a machine, or asked: no weather word
        ("my laptop is freezing", SORRY),
        (
            "is it snowing where you are?",
            "No weather where I am, Maya: I'm a bot on a server, with no window. A weather app "
            "or the Met Office will tell you yours.",
        ),
        # lonely with a loss: the sympathy it had
        ("i feel so lonely since my wife died", SORRY),
    ],
)
def test_the_house_bot_answers_in_kind(text, reply):
    assert say("aibot", f"/AIBot {text}") == reply


def test_a_favourite_of_another_kind_is_not_its_persona():
    assert "physicist" not in say("aibot", "/AIBot who is your favourite author")
