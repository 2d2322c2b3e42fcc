"""Pressed for the answer it missed (round sixteen, a room played live): just after a persona's
answer, "haha ok but that's not what i asked", "i meant the client regretting it, not you" or
"mosquitoes?? i asked about healing lol" asked that persona again and got no reply at all. It
now answers, owning that it missed and that it does not know, rather than answering the same way
again. Through the real path, as a room's socket."""

from __future__ import annotations

import pytest

from bots.addressing import follows_up
from bots.engine import DEFAULT_TAGGED
from tests.bots.test_conversation import OWNED_UP, answers, say
from tests.bots.test_live12 import room_of

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("quick_bots", "channel_layer"),
]

PRESSED = [
    "haha ok but that's not what i asked 😅 i need like 3-6 words she can wear",
    "lol ok but what's the actual answer 😭 why doesn't it just fade out",
    "right yeah thats the vibe he wants. but which ones specifically? like names",
    "cool cool but i mean a different equation",
    "ok respect but i meant the client regretting it, not you 😂 is it our call or theirs?",
    "lol cute but like concretely? we've got 3 artists",
    "mosquitoes?? i asked about healing lol",
]
NOT_PRESSED = [
    "lou everyone wants that one, at least 3 a month",
    "haha ok but who's bringing the cake?",
    "i mean it was fine tbh",
    "i asked my boss for a raise today",
    "i meant to text you back sorry",
    "but which train are we getting? the 9am?",
]


@pytest.mark.parametrize("text", PRESSED)
def test_pressing_for_the_answer_follows_up_the_last_one(text):
    assert follows_up(text)


@pytest.mark.parametrize("text", NOT_PRESSED)
def test_talk_among_the_people_presses_nobody(text):
    assert not follows_up(text)


async def test_a_persona_pressed_for_the_answer_it_missed_owns_up(room, alice, personas):
    await room_of(room, personas, "curie")
    await say(room, alice, "@curie how do the pigments in tattoo ink actually stay in the skin?")

    pressed = await answers(await say(room, alice, "haha ok but that's not what i asked 😅"))

    assert list(pressed) == ["curie"], pressed
    missed = {line.format(name="Alice") for line in DEFAULT_TAGGED["pressed"]}
    assert any(pressed["curie"].startswith(line) for line in missed), pressed
    assert OWNED_UP.search(pressed["curie"]), pressed


async def test_talk_among_the_people_after_an_answer_draws_no_reply(room, alice, personas):
    await room_of(room, personas, "curie")
    await say(room, alice, "@curie how do the pigments in tattoo ink actually stay in the skin?")

    assert await answers(await say(room, alice, "haha ok but who's bringing the cake?")) == {}
