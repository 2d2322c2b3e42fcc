"""room42: who speaks unasked in a live room, and hand-offs that land (rate41, §3.8).

Lively rooms were silent where a person would have spoken: "socrates would say something about
cheating probably" (gaming night) and "darwin would say only the fittest survive and that's not
arsenal" (pub football) got nothing, nor "gg we actually beat her!!!". Lovelace joined only to
say cherry-blossom timing was "well outside" her province; Shakespeare handed "if you wrote a
space movie" to Lovelace, who lectured on her 1843 Notes. Through the real room path, as the
room's socket: words put in a persona's mouth are answered in kind by it alone in a lively room
and by nobody where personas answer only when mentioned; a big moment gets one cheer; an own-up
nobody asked for, and a hand-off to a persona that does not own the question, are not said.
"""

from __future__ import annotations

import pytest
from channels.db import database_sync_to_async

from bots.engine import DEFAULT_TAGGED
from bots.material import index_of
from bots.models import BotTurn
from bots.policy import Candidate, RoomState, plan_for_human
from bots.turns import big_moment, cheers, cued
from rooms.models import Room
from tests.bots.test_conversation import answers, say
from tests.bots.test_live12 import room_of

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("quick_bots", "channel_layer"),
]

# Its lines on the words put in its mouth (which one, by the message's id as seed).
CHEATING = (
    "Checking your moves afterwards with help is homework, not cheating; cheating is taking "
    "help during the game and claiming the win as your own.",
    "Is it cheating if no one is hurt? Ask whether you would do it with the whole team "
    "watching; what needs hiding is seldom just.",
)
FITTEST = (
    "Survival of the fittest was Herbert Spencer's phrase before it was mine, and fittest means "
    "best fitted to its place, not the strongest.",
    "Fittest means best fitted to the place, {name}, not strongest: a dark moth on a sooty "
    "tree, a finch whose beak suits its island's seeds. Herbert Spencer coined the phrase and I "
    "borrowed it for natural selection.",
)
FROG = (
    "Gladly. A frog has smooth, wet skin and long legs for leaping, Alice; a toad has dry, warty "
    "skin and short legs, and crawls. Frogspawn comes in clumps, toadspawn in long strings, and "
    "a dog that mouths a toad soon drops it: it tastes foul."
)
EVERYONE = ("einstein", "shakespeare", "curie", "lovelace", "socrates", "darwin")


def in_kind(lines: tuple[str, ...], name: str) -> set[str]:
    """A line on words put in the persona's mouth, after each opener it may have."""
    return {
        f"{opener.format(name=name)} {line.format(name=name)}"
        for opener in DEFAULT_TAGGED["cued"]
        for line in lines
    }


def cheers_of(persona, name: str) -> set[str]:
    lines = index_of(tuple(persona.material)).tagged["congrats"]
    return {line.format(name=name) for line in cheers(lines)}


@database_sync_to_async
def chain(message) -> list[tuple[str, str]]:
    """Every reply the message started, hand-offs included, in order."""
    turns = BotTurn.objects.filter(root=message).select_related("persona", "reply").order_by("id")
    return [(turn.persona.slug, turn.reply.body) for turn in turns if turn.reply]


async def test_words_put_in_a_persona_mouth_are_answered_by_it_in_a_lively_room(
    room, alice, bob, personas
):
    """Before: nothing (rate41 rooms 02 and 06)."""
    await room_of(room, personas, *EVERYONE, people=[bob], chattiness=Room.Chattiness.LIVELY)

    await say(room, alice, "just summon mimic tear and hide")
    cheating = await answers(
        await say(room, bob, "socrates would say something about cheating probably")
    )
    fittest = await answers(
        await say(room, alice, "darwin would say only the fittest survive and that's not arsenal")
    )

    assert list(cheating) == ["socrates"] and cheating["socrates"] in in_kind(CHEATING, "Bob")
    assert list(fittest) == ["darwin"] and fittest["darwin"] in in_kind(FITTEST, "Alice")


async def test_words_put_in_its_mouth_with_no_line_on_them_get_a_brief_word_back(
    room, alice, personas
):
    await room_of(room, personas, *EVERYONE, chattiness=Room.Chattiness.LIVELY)

    said = await answers(await say(room, alice, "lovelace would say the plot doesn't add up"))

    assert said in (
        {"lovelace": "Ha! I might at that, Alice."},
        {"lovelace": "Ha! You may well be right, Alice."},
    )


@pytest.mark.parametrize(
    "text",
    [
        "socrates would say something about cheating probably",
        "darwin would love my compost heap",
        "einstein would laugh at that",
        "gg we actually beat her!!!",
        # Words put in its mouth are no invitation to answer ("what would darwin say" is).
        "i bet socrates would question the narrator",
        "shakespeare would tell us the answer is hamlet, it's always hamlet",
    ],
)
async def test_nobody_speaks_unasked_where_personas_answer_only_when_mentioned(
    room, alice, personas, text
):
    await room_of(room, personas, *EVERYONE)

    assert await answers(await say(room, alice, text)) == {}


async def test_a_big_moment_gets_one_cheer_in_a_lively_room(room, alice, personas):
    """Before: "gg we actually beat her!!!" got nothing (rate41 room 02)."""
    await room_of(room, personas, *EVERYONE, chattiness=Room.Chattiness.LIVELY)

    message = await say(room, alice, "gg we actually beat her!!!")
    cheered = await answers(message)

    assert len(cheered) == 1
    ((slug, cheer),) = cheered.items()
    assert cheer in cheers_of(personas[slug], "Alice")
    # Nobody piles on after it.
    assert await chain(message) == [(slug, cheer)]


async def test_a_new_question_after_an_answer_gets_no_unasked_own_up(room, alice, bob, personas):
    """Before: "Oh dear, Alex, the Engine and its numbers are my province, and that is well
    outside it." (rate41 room 08: said to the room just after her rail-pass answer)."""
    await room_of(room, personas, "lovelace", people=[bob])

    asked = await answers(await say(room, alice, "@lovelace what is an algorithm, in simple words"))
    blossom = await answers(
        await say(room, bob, "also cherry blossom timing, is early april too late?")
    )

    assert list(asked) == ["lovelace"]
    assert blossom == {}


async def test_a_question_of_the_persona_itself_is_never_handed_on(room, alice, personas):
    """Before: "... Ask @lovelace, whose wit runs in that channel far better than mine." and
    Lovelace: "Gladly. My Notes, Chris: in 1843 I translated Menabrea's paper ..." (rate41 09)."""
    await room_of(room, personas, *EVERYONE)

    message = await say(
        room, alice, "@shakespeare if you wrote a space movie what would it be about"
    )
    said = await chain(message)

    assert [slug for slug, _ in said] == ["shakespeare"] and "@" not in said[0][1]


async def test_a_kind_of_film_asked_is_handed_to_nobody_with_another_kind(room, alice, personas):
    """Before: Lovelace handed "recommend me a sci-fi movie" to Einstein, who gave Chaplin's
    City Lights (a comedy)."""
    await room_of(room, personas, *EVERYONE)

    said = await chain(await say(room, alice, "@lovelace recommend me a sci-fi movie"))

    assert [slug for slug, _ in said] == ["lovelace"] and "@" not in said[0][1]


async def test_a_hand_off_to_the_persona_who_owns_the_question_still_lands(room, alice, personas):
    await room_of(room, personas, *EVERYONE)

    said = await chain(
        await say(room, alice, "@einstein whats the difference between a frog and a toad")
    )

    assert [slug for slug, _ in said] == ["einstein", "darwin"]
    assert "@darwin" in said[0][1] and said[1][1] == FROG


PRESENT = (
    Candidate("socrates", "Socrates", 50),
    Candidate("darwin", "Charles Darwin", 40),
    Candidate("curie", "Marie Curie", 45),
)


def test_a_normal_room_answers_words_put_in_a_mouth_sparingly_and_never_with_another():
    text = "socrates would say something about cheating probably"
    plans = [
        plan_for_human(RoomState(chattiness="normal", present=PRESENT), text, seed=seed).slugs
        for seed in range(40)
    ]
    lively = {
        plan_for_human(RoomState(chattiness="lively", present=PRESENT), text, seed=seed).slugs
        for seed in range(40)
    }
    mentions = {
        plan_for_human(RoomState(chattiness="mentions", present=PRESENT), text, seed=seed).slugs
        for seed in range(40)
    }

    assert set(plans) == {(), ("socrates",)} and 10 < plans.count(("socrates",)) < 30
    assert lively == {("socrates",)} and mentions == {()}


@pytest.mark.parametrize(
    ("text", "names", "wanted"),
    [
        ("socrates would say something about cheating probably", ("socrates",), True),
        ("i bet curie would test it for fingerprints", ("curie", "marie curie", "marie"), True),
        ("lovelace would've calculated our xG and cried", ("lovelace", "ada"), True),
        ("shakespeare would have a whole monologue about this", ("shakespeare",), True),
        # A feeling guessed, words without words, a fact told: nothing put in its mouth.
        ("darwin would love my compost heap", ("darwin",), False),
        ("einstein would laugh at that", ("einstein",), False),
        ("einstein would like that", ("einstein",), False),
        ("einstein would say", ("einstein",), False),
        ("curie was born in warsaw btw", ("curie",), False),
        ("einstein just explained it lol", ("einstein",), False),
    ],
)
def test_words_put_in_a_mouth(text, names, wanted):
    assert cued(text, names) is wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("gg we actually beat her!!!", True),
        ("WE WON!!! finally beat kit", True),
        ("i got the job!!!", True),
        # Quiet, a question, a loss, a thing got that is no win: no cheer.
        ("we actually beat her", False),
        ("did we win??", False),
        ("gg we lost!!!", False),
        ("we got the flu!!", False),
        ("FINALLY. legendary night", False),
    ],
)
def test_a_big_moment(text, wanted):
    assert big_moment(text) is wanted


async def test_no_persona_joins_in_on_a_jest_just_after_a_death_is_told(room, alice, bob, personas):
    """review42: two lines after "my grandad died last night", Darwin answered "i bet darwin
    would call our keeper a missing link" with "like most species, change in time"."""
    await room_of(room, personas, *EVERYONE, people=[bob], chattiness=Room.Chattiness.LIVELY)

    await say(room, bob, "my grandad died last night, he took me to my first match")
    await say(room, alice, "so sorry bob")
    jest = await answers(
        await say(room, alice, "i bet darwin would call our keeper a missing link")
    )
    cue = await answers(
        await say(room, bob, "socrates would say something about cheating probably")
    )

    assert jest == {} and cue == {}
