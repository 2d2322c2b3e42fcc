"""ctx43: a message read with the lines before it in a live room (rate42 "Live-room misses").

A message often means something only with the room's last lines, and the persona answered the
words alone: "shakespeare who would you pick?" after the room's Mario Kart picks got a Romeo
and Juliet summary; "wait really? the patent office?" just after Einstein's answer was for the
room, not for him; "anyone know how to stop slugs eating my lettuce" in a lively garden club
got nothing, Darwin having spoken last; Curie joined "darwin why do midges exist honestly"
with "I agree with Charles. Bread rises because yeast ...". Through the real room path.
"""

from __future__ import annotations

import pytest

from bots.context import asked_of_nobody, choice_before, follows_on, helped
from bots.engine import either_or
from rooms.models import Room
from tests.bots.talk import Line
from tests.bots.test_conversation import answers, say
from tests.bots.test_everyday_messages import say as say_alone
from tests.bots.test_live12 import lines, room_of
from tests.bots.test_room42 import chain

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("quick_bots", "channel_layer"),
]

EVERYONE = ("einstein", "shakespeare", "curie", "lovelace", "socrates", "darwin")
SLUGS = (
    "Go out with a torch on a wet night and pick them off, {name}; beer traps work, and frogs, "
    "birds and hedgehogs are the best slug police, so keep a wild corner for them. Of 357 "
    "seedlings I once marked, slugs and insects took 295."
)


async def test_who_would_you_pick_picks_among_the_room_picks(room, alice, bob, personas):
    """Before: "Hark, Sam, here is my answer. Romeo and Juliet is a love story and a warning
    both ..." (rate42 room 02)."""
    await room_of(room, personas, *EVERYONE, people=[bob])

    await say(room, alice, "we doing elden ring or mario kart")
    await say(room, bob, "mario kart, i can't deal with dying 40 times tonight")
    await say(room, alice, "ok which character is best, i always pick yoshi")
    await say(room, bob, "bowser for weight, always")
    picked = await answers(await say(room, alice, "shakespeare who would you pick?"))

    assert list(picked) == ["shakespeare"]
    assert " I would say yoshi. " in picked["shakespeare"] or (
        " I would say bowser. " in picked["shakespeare"]
    )
    assert "Romeo" not in picked["shakespeare"]


@pytest.mark.parametrize(
    ("before", "asked", "options"),
    [
        (
            ["ok which character is best, i always pick yoshi", "bowser for weight, always"],
            "shakespeare who would you pick?",
            ("yoshi", "bowser"),
        ),
        (
            ["team luigi", "i'd go with peach because she floats"],
            "which one would you go for?",
            ("luigi", "peach"),
        ),
        (
            ["tea or coffee?", "ugh i'm so tired"],
            "socrates which one?",
            ("tea", "coffee"),
        ),
        (
            ["catan is so long", "i main toad lol", "i always pick daisy"],
            "curie who would you pick then",
            ("toad", "daisy"),
        ),
    ],
)
def test_the_options_of_a_pick_are_read_from_the_lines_before(before, asked, options):
    assert choice_before(asked, before, either_or) == options


@pytest.mark.parametrize(
    ("before", "asked"),
    [
        ([], "shakespeare who would you pick?"),  # nothing before it
        (["i always pick yoshi"], "shakespeare who would you pick?"),  # one pick is no choice
        (["i always pick yoshi", "bowser for weight, always"], "shakespeare yoshi or toad?"),
        (["i always pick yoshi", "bowser for weight, always"], "what do you think of it?"),
    ],
)
def test_no_options_are_read_without_two_before_or_for_another_question(before, asked):
    assert choice_before(asked, before, either_or) is None


def test_a_pick_asked_with_nothing_before_is_answered_as_it_stands():
    alone = say_alone("shakespeare", "shakespeare who would you pick?", author="sam")
    assert "I would say" not in alone


async def test_surprise_at_its_own_line_reaches_the_persona_that_said_it(
    room, alice, bob, personas
):
    """Before: "wait really? the patent office?" after Einstein's answer got nothing (rate42
    room 04)."""
    await room_of(room, personas, *EVERYONE, people=[bob])

    await say(room, alice, "@einstein where did you work before you were famous?")
    followed = await answers(await say(room, bob, "wait really? the patent office?"))

    assert list(followed) == ["einstein"]
    assert "patent office in Bern" in followed["einstein"]


async def test_surprise_at_its_own_line_with_nothing_more_on_it_is_met_with_how_it_knows(
    room, alice, bob, personas
):
    """Before: "That one leaves me as puzzled as my cat Tiger on a rainy day, Jo." (held out);
    then quiet; since room46 it says how it knows, never "That is all I have"."""
    await room_of(room, personas, *EVERYONE, people=[bob])

    told = await answers(
        await say(room, alice, "einstein is it true light takes 8 minutes from the sun?")
    )
    followed = await answers(await say(room, bob, "wait really? 8 minutes?"))

    assert list(told) == ["einstein"] and "eight minutes" in told["einstein"]
    assert followed == {
        "einstein": "Yes, really, Bob; I would not say it if I had not worked it through, and I "
        "would drop it the day an honest measurement said otherwise."
    }


async def test_a_word_that_helped_is_taken_as_thanks_by_the_one_who_said_it(
    room, alice, bob, personas
):
    """Before: "haha ok that helped a bit" after Einstein's line got nothing in a mentions room,
    and "ok that actually makes me feel a bit better" his line on his hair (rate42 04, 10)."""
    await room_of(room, personas, *EVERYONE, people=[bob])

    await say(room, alice, "@einstein tell bob a joke to cheer him up")
    thanked = await answers(await say(room, bob, "haha ok that helped a bit"))
    await say(room, alice, "@darwin did you ever struggle to find work?")
    better = await answers(await say(room, bob, "ok that actually makes me feel a bit better"))

    assert list(thanked) == ["einstein"]
    assert thanked["einstein"] in lines(personas["einstein"], "thanks", "Bob")
    assert list(better) == ["darwin"]
    assert better["darwin"] in lines(personas["darwin"], "thanks", "Bob")


async def test_surprise_with_no_persona_line_before_it_is_for_the_people(
    room, alice, bob, personas
):
    await room_of(room, personas, *EVERYONE, people=[bob])

    await say(room, alice, "my brother works at the patent office")
    assert await answers(await say(room, bob, "wait really? the patent office?")) == {}
    assert await answers(await say(room, bob, "haha ok that helped")) == {}


async def test_a_question_to_a_lively_room_that_one_persona_owns_is_answered_by_it(
    room, alice, bob, personas
):
    """Before: nothing (rate42 room 05): Darwin had spoken last, and the one who spoke last was
    left out of joining in."""
    await room_of(room, personas, *EVERYONE, people=[bob], chattiness=Room.Chattiness.LIVELY)

    await say(room, alice, "@darwin how many worms are in a garden?")
    message = await say(room, bob, "anyone know how to stop slugs eating my lettuce")

    # One persona, his own line on it, and nobody piles on after it.
    assert await chain(message) == [("darwin", SLUGS.format(name="Bob"))]


async def test_a_question_owned_by_one_persona_gets_nothing_where_personas_wait_to_be_asked(
    room, alice, bob, personas
):
    await room_of(room, personas, *EVERYONE, people=[bob])

    await say(room, alice, "@darwin how many worms are in a garden?")
    message = await say(room, bob, "anyone know how to stop slugs eating my lettuce")

    assert await chain(message) == []


def test_another_persona_keeps_out_of_a_question_put_to_one_by_name():
    """Before: "I agree with Charles. Bread rises because yeast, a living fungus, eats the
    sugars in the dough and breathes out carbon dioxide ..." (rate42 room 08)."""
    darwin = (
        "A fair question, Kat. Midges and mosquitoes bite some people more than others because "
        "they find us by the carbon dioxide we breathe out and the smells of our skin, and those "
        "differ from one person to the next."
    )
    history = (Line("kat", "darwin why do midges exist honestly"),)
    assert say_alone("curie", darwin, author="Charles Darwin", history=history) == ""


@pytest.mark.parametrize(
    "text",
    [
        "wait really? the patent office?",
        "really? at 16?",
        "no way, a patent clerk??",
        "lol really",
        "seriously? 295 seedlings?",
        "haha ok that helped",
        "ok that actually makes me feel a bit better",
    ],
)
def test_follow_ups_read_as_ones(text):
    assert follows_on(text)


@pytest.mark.parametrize(
    "text",
    [
        "wait really? i thought he was a teacher at some school in zurich for years",
        "@darwin really? the patent office?",
        "ok see you sunday at 2",
        "that helped nobody",
    ],
)
def test_near_misses_are_no_follow_ups(text):
    assert not follows_on(text)
    assert not helped(text)


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("anyone know how to stop slugs eating my lettuce", True),
        ("how do i get red wine out of a carpet", True),
        ("@darwin why do midges exist", False),
        ("see you at 7?", False),
        ("what's everyone planting for autumn?", False),  # rate40 05: Darwin had said "Spring"
        ("anyone else up?", False),
        ("uh oh. chlorine in your water maybe? did you use campden", False),
        ("i love tea", False),
    ],
)
def test_questions_put_to_the_room(text, asked):
    assert asked_of_nobody(text) is asked
