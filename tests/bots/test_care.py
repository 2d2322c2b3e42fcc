"""A person who says they want to die or to hurt themselves gets care and where to find help,
once, in plain words: never a persona's material, a model's words, a joke from another persona
or a reply cut short (bots/care.py)."""

from __future__ import annotations

import pytest
from channels.db import database_sync_to_async

from bots import runner
from bots import services as bot_services
from bots.care import OTHER, SELF, care_reply, distress
from bots.engine import ChatLine, offline_reply
from bots.models import Persona
from rooms import services as room_services
from rooms.models import Room
from tests.bots.conftest import seat
from tests.bots.test_caps import room_lines, say

DEFAULT_LINES = (
    "in the US or Canada call or text 988, in the UK or Ireland call Samaritans on 116 123, "
    "and elsewhere findahelpline.com lists free, confidential lines"
)

SAID_OF_ONESELF = [
    "i want to kill myself",
    "@shakespeare i want to kill myself",
    "honestly i want to die",
    "i dont want to be alive anymore",
    "i don't want to live anymore",
    "im going to end it all tonight",
    "i've been thinking about suicide a lot",
    "i'm suicidal",
    "I'm feeling really suicidal today",
    "i keep thinking about killing myself",
    "i've been cutting myself again",
    "i started self harming again",
    "everyone would be better off without me",
    "there's no reason to live",
    "i have nothing to live for",
    "i just wish i could fall asleep and not wake up",
    "i wish i was dead",
    "kms",
    "i cant do this anymore, i want to end my life",
    "I am thinking of taking my own life",
    "i feel like dying",
    "im gonna kill myself lol",
    "i really want to hurt myself",
]
SAID_OF_SOMEONE_CLOSE = [
    "my sister says she wants to kill herself",
    "my friend is talking about suicide",
    "i think she wants to kill herself",
    "my best friend has been cutting herself",
    "my son is suicidal, what do i do",
    "my flatmate tried to kill himself last week",
]
NOT_DISTRESS = [
    "this traffic is killing me",
    "i'd rather die than watch that again",
    "i'm dying to see it",
    "i could die of embarrassment lol",
    "i cut myself shaving",
    "i hurt myself at the gym",
    "how did socrates die",
    "why did juliet kill herself",
    "@shakespeare why does romeo kill himself",
    "the battery is dead",
    "how do i kill a python process",
    "killer sudoku anyone",
    "my plants are dying",
    "dead tired today",
    "i'm dead 💀",
    "i nearly died laughing",
    "suicide squad was a bad movie",
    "why is the suicide rate higher in winter",
    "im going to die if i eat another slice",
    "i'm about to die of boredom",
    "we're all going to die someday",
    "i want to end it with him",
    "i'm going to end things with her",
    "kill me now this meeting is endless",
    "i want to die my hair blue",
    "i'm going to kill him if he's late again lol",
    "the hero wants to kill himself in the film",
    "my dad is going to kill me",
    "my mum will kill me if i'm late",
    "@socrates were you afraid to die?",
    "i would die for a pizza rn",
    "i want to kill this bug in my code",
    "ophelia wants to die",
]


@pytest.mark.parametrize("text", SAID_OF_ONESELF)
def test_said_of_oneself_is_distress(text):
    assert distress(text) == SELF


@pytest.mark.parametrize("text", SAID_OF_SOMEONE_CLOSE)
def test_said_of_someone_close_is_distress_for_them(text):
    assert distress(text) == OTHER


@pytest.mark.parametrize("text", NOT_DISTRESS)
def test_figures_of_speech_accidents_and_stories_are_not_distress(text):
    assert distress(text) == ""


def test_the_reply_of_care_says_where_to_find_help():
    assert care_reply(SELF, "Sam") == (
        "Sam, I'm so sorry you're feeling this way, and I'm glad you said it. You deserve help "
        f"from a real person right now: {DEFAULT_LINES}. If you are in danger, call your local "
        "emergency number. I'm only a bot; please tell someone you trust how you feel."
    )
    assert care_reply(OTHER, "") == (
        "I'm glad you told us, and that you are looking out for them. If they might be in "
        "danger now, call your local emergency number and stay with them. To talk it through "
        f"with someone trained: {DEFAULT_LINES}."
    )


@pytest.mark.django_db
def test_every_persona_and_the_house_bot_answer_with_care_whole(personas):
    """Never a line of material, whatever the persona, and never cut to its length."""
    history = [ChatLine("sam", "@socrates i don't want to be alive anymore")]
    for persona in personas.values():
        voice = persona.voice()
        reply = offline_reply(
            voice, message=history[-1].text, theme="Chess club", seed=7, history=history
        )
        assert reply == care_reply(SELF, "Sam"), persona.name
        assert len(reply) > voice.max_reply_chars


@pytest.mark.django_db
def test_nobody_joins_in_unasked_just_after_distress(personas):
    history = [
        ChatLine("sam", "i want to kill myself"),
        ChatLine("aibot", care_reply(SELF, "Sam")),
        ChatLine("tom", "sam are you ok? calling you now"),
        ChatLine("lea", "we love you sam, answer your phone"),
    ]
    for slug in ("einstein", "curie", "darwin"):
        voice = personas[slug].voice()
        unasked = offline_reply(
            voice, message=history[-1].text, seed=3, history=history, unasked=True
        )
        assert unasked == ""
        # Asked by name, a persona still answers the person.
        asked = offline_reply(voice, message=history[-1].text, seed=3, history=history)
        assert asked and "988" not in asked


@database_sync_to_async
def lively_room_with_every_persona(room, chattiness=Room.Chattiness.LIVELY) -> list[Persona]:
    Room.objects.filter(pk=room.pk).update(ai_chattiness=chattiness)
    return list(Persona.objects.filter(is_house_bot=False))


@pytest.mark.parametrize("chattiness", [Room.Chattiness.LIVELY, Room.Chattiness.NORMAL])
@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("quick_bots", "channel_layer")
async def test_said_to_the_room_the_house_bot_answers_once_and_nobody_else(
    room, alice, bob, personas, chattiness
):
    await seat(room, *await lively_room_with_every_persona(room, chattiness))
    await database_sync_to_async(room_services.membership_join)(room=room, user=bob)

    await say(room, alice, "honestly i don't want to be alive anymore")
    await runner.settle()
    await say(room, bob, "alice where are you? i'm coming over")
    await runner.settle()
    await say(room, bob, "please pick up your phone")
    await runner.settle()

    assert await room_lines(room) == [
        ("alice", "honestly i don't want to be alive anymore"),
        ("aibot", care_reply(SELF, "Alice")),
        ("bob", "alice where are you? i'm coming over"),
        ("bob", "please pick up your phone"),
    ]


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("quick_bots", "channel_layer")
async def test_asked_of_several_personas_the_first_answers_with_care_past_the_budget(
    room, alice, personas
):
    await seat(room, *await lively_room_with_every_persona(room))
    await database_sync_to_async(Room.objects.filter(pk=room.pk).update)(ai_daily_budget=0)

    await say(room, alice, "@einstein @curie i want to end my life")
    await runner.settle()

    assert await room_lines(room) == [
        ("alice", "@einstein @curie i want to end my life"),
        ("einstein", care_reply(SELF, "Alice")),
    ]


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("quick_bots", "channel_layer")
async def test_the_house_bot_asked_answers_with_care(room, alice, personas):
    await say(room, alice, "/AIBot my brother says he wants to kill himself, what do i do")
    await runner.settle()

    assert await room_lines(room) == [
        ("alice", "/AIBot my brother says he wants to kill himself, what do i do"),
        ("aibot", care_reply(OTHER, "Alice")),
    ]


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("quick_bots", "channel_layer")
async def test_a_model_is_never_asked_and_the_operators_lines_are_said(
    room, alice, personas, model, settings
):
    settings.SALON_CRISIS_LINES = "in Australia call Lifeline on 13 11 14"
    model.script.chunks = ["Cheer up, it is only a feeling!"]
    await seat(room, personas["darwin"])

    await say(room, alice, "@darwin i've been cutting myself again")
    await runner.settle()

    assert model.requests == []
    assert await room_lines(room) == [
        ("alice", "@darwin i've been cutting myself again"),
        (
            "darwin",
            "Alice, I'm so sorry you're feeling this way, and I'm glad you said it. You "
            "deserve help from a real person right now: in Australia call Lifeline on 13 11 "
            "14. If you are in danger, call your local emergency number. I'm only a bot; "
            "please tell someone you trust how you feel.",
        ),
    ]


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("quick_bots", "channel_layer")
async def test_a_mentions_only_room_stays_quiet_unless_asked(room, alice, personas):
    await seat(room, *await lively_room_with_every_persona(room, Room.Chattiness.MENTIONS))

    await say(room, alice, "i want to die")
    await runner.settle()
    assert await room_lines(room) == [("alice", "i want to die")]

    await say(room, alice, "@socrates i want to die")
    await runner.settle()
    assert (await room_lines(room))[-1] == ("socrates", care_reply(SELF, "Alice"))


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("quick_bots", "channel_layer")
async def test_a_figure_of_speech_gets_no_care(room, alice, personas):
    await seat(room, *await lively_room_with_every_persona(room))

    await say(room, alice, "this traffic is killing me, i'd rather die than drive again")
    await runner.settle()

    replies = [body for author, body in await room_lines(room) if author != "alice"]
    assert not any("findahelpline.com" in body for body in replies)


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("quick_bots", "channel_layer")
async def test_in_a_one_to_one_chat_its_persona_answers_with_care(alice, personas):
    room = await database_sync_to_async(bot_services.direct_chat_open)(
        user=alice, persona=personas["lovelace"]
    )

    await say(room, alice, "there's no reason to live")
    await runner.settle()

    assert await room_lines(room) == [
        ("alice", "there's no reason to live"),
        ("lovelace", care_reply(SELF, "Alice")),
    ]
