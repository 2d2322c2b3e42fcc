"""A person who says they want to die or to hurt themselves gets care and where to find help,
once, in plain words: never a persona's material, a model's words, a joke from another persona
or a reply cut short (bots/care.py)."""

from __future__ import annotations

import uuid

import pytest
from channels.db import database_sync_to_async

from bots import runner
from bots import services as bot_services
from bots.care import OTHER, SELF, care_again, care_reply, distress, is_care_reply
from bots.engine import ChatLine, offline_reply
from bots.models import Persona
from rooms import content
from rooms import services as room_services
from rooms.models import Message, Room
from rooms.signals import human_message_saved
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
    # review: typed as people type, said with no "i", and the euphemisms
    "i want 2 die",
    "i wnat to die",
    "i want to kil my self",
    "i want to kill myself.",
    "I’m going to kill myself",
    "i wanna kms",
    "i want to unalive myself",
    "thinking about unaliving myself",
    "wanna kms",
    "thinking about ending it all",
    "just want to die",
    "feeling suicidal",
    "suicidal rn",
    "i dont wanna be here anymore",
    "i hate myself and want to die",
    # "end it" on its own, a way out, a method, a plan made, a past attempt, a note
    "i just want to end it",
    "im going to end it tonight",
    "i want to disappear forever",
    "i want to jump off a bridge",
    "i tried to kill myself last year",
    "i attempted suicide in march",
    "i tried to overdose last night",
    "i've been saving up my pills",
    "im planning my suicide",
    "i wrote a suicide note",
    # hopelessness in so many words
    "whats the point of anything anymore",
    "what is the point in living anymore",
    "life isnt worth living",
    "i dont see a reason to keep going",
    "everyone would be better off if i was dead",
    "nobody would care if i died",
    "i wish i wasnt alive",
    "i hope i dont wake up tomorrow",
    "i wish i could just not wake up",
    "im tired of living",
    "i can't go on",
    "i cant keep living like this",
    "i'd rather die than go on like this",
    # said beside a play, a knife in the kitchen or a question: still said
    "i'm going to kill myself, romeo and juliet exam tomorrow and i failed",
    "i want to die, i'm in the play and i hate it",
    "i want to kill myself. i cut myself shaving too",
]
SAID_OF_SOMEONE_CLOSE = [
    "my sister says she wants to kill herself",
    "my friend is talking about suicide",
    "i think she wants to kill herself",
    "my best friend has been cutting herself",
    "my son is suicidal, what do i do",
    "my flatmate tried to kill himself last week",
    "my friend wants to kill herself",
    "my brother wants to die",
    "my dad says he doesnt want to live anymore",
    "my friend tried to overdose",
    "my friend wrote a suicide note",
    "my sister, who is 15, says she wants to kill herself",
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
    # review: sport, games, exams, films, history, plays, medicine, chores
    "i'm gonna die if arsenal lose again",
    "this penalty shootout is killing me",
    "i keep dying in elden ring",
    "i want to kill myself in minecraft to respawn",
    "want to die? play dark souls",
    "this exam is going to kill me",
    "i'll die if i fail this exam",
    "the hero dies in the end",
    "in the film he jumps off a bridge",
    "how did cleopatra die",
    "why did hamlet want to die",
    "did socrates want to die",
    "did van gogh kill himself",
    "what is the suicide rate in the uk",
    "what are the warning signs of suicide",
    "suicidal ideation: what does the term mean?",
    "can you overdose on caffeine",
    "i'm going to overdose on chocolate",
    "what's the point of life insurance",
    "@socrates what is the point of life?",
    "whats the point of living in the city",
    "what's the point of this meeting",
    "it isn't worth it anymore, the subscription went up",
    "i want to end it with my boyfriend",
    "my sister wants to end it with her boyfriend",
    "i want to end it on a high note",
    "i want to disappear into a book for a week",
    "goodbye everyone, see you tomorrow",
    "i won't be here next week, holiday!",
    "i tried cutting myself a fringe",
    "i might hurt myself doing that jump",
    "i'm going to hurt myself laughing",
    "my friend said he'd die for that band",
    "my colleague is killing himself with overtime",
    "my brother is killing himself at the gym",
    "i tried to take my own life story to a publisher",
    "im done with life admin for today",
    "i want to cut my hair short",
    "i could kill for a coffee",
    "ugh kms",
    "everyone would be better off if i was here",
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


def test_what_the_person_says_next_is_answered_with_the_way_to_help_again():
    assert care_again(SELF, "Sam") == (
        "Sam, I'm still here, but I'm only a bot, and you deserve help from a real person. In "
        "the US or Canada call or text 988, in the UK or Ireland call Samaritans on 116 123, and "
        "elsewhere findahelpline.com lists free, confidential lines. If you are in danger, call "
        "your local emergency number."
    )
    assert care_again(SELF, "Sam", again=True) == (
        f"Sam, I'm listening. Please reach someone who can be with you in this: {DEFAULT_LINES}. "
        "If you are in danger, call your local emergency number."
    )
    assert care_again(OTHER, "") == (
        "I'm only a bot, and they deserve help from a real person. In the US or Canada call or "
        "text 988, in the UK or Ireland call Samaritans on 116 123, and elsewhere "
        "findahelpline.com lists free, confidential lines. If they might be in danger now, call "
        "your local emergency number."
    )


def test_no_reply_of_care_reads_as_distress_itself():
    for kind in (SELF, OTHER):
        for reply in (
            care_reply(kind, "Sam"),
            care_again(kind, "Sam"),
            care_again(kind, again=True),
        ):
            assert distress(reply) == ""
            assert is_care_reply(reply)


def test_a_reply_of_care_is_told_whatever_the_content_rules_took_out_of_it(settings):
    settings.SALON_REDACT_PII = "all"
    assert content.message_text(care_reply(SELF, "Sam")) == care_reply(SELF, "Sam")
    settings.SALON_BLOCKED_WORDS = ["Samaritans"]
    masked = content.message_text(care_reply(SELF, "Sam"))
    assert "on 116 123" in masked and "Samaritans" not in masked
    assert is_care_reply(masked)
    assert not is_care_reply("Call me when you land, Sam.")


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


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("quick_bots", "channel_layer")
async def test_in_a_one_to_one_chat_what_follows_gets_no_quip(alice, personas):
    """Before: "thanks" got "You thank me, Alice? But you did the thinking; I only asked.", and
    "what would you do" got "Ask Xanthippe, Alice; she knows a great many things"."""
    room = await database_sync_to_async(bot_services.direct_chat_open)(
        user=alice, persona=personas["socrates"]
    )

    for text in ("i want to die", "thanks", "nobody cares about me"):
        await say(room, alice, text)
        await runner.settle()

    assert await room_lines(room) == [
        ("alice", "i want to die"),
        ("socrates", care_reply(SELF, "Alice")),
        ("alice", "thanks"),
        ("socrates", care_again(SELF, "Alice")),
        ("alice", "nobody cares about me"),
        ("socrates", care_again(SELF, "Alice", again=True)),
    ]


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("quick_bots", "channel_layer")
async def test_with_a_model_what_follows_is_ours_and_nobody_joins_in(
    room, alice, bob, personas, model
):
    """Before: with a model configured, the 8 messages of quiet held only offline; "alice are
    you ok" had a persona join in with the model's words."""
    model.script.chunks = ["Cheer up, it is only a feeling!"]
    await seat(room, *await lively_room_with_every_persona(room))
    await database_sync_to_async(room_services.membership_join)(room=room, user=bob)

    await say(room, alice, "@darwin i want to kill myself")
    await runner.settle()
    await say(room, bob, "alice are you ok")
    await runner.settle()
    await say(room, alice, "@darwin what would you do")
    await runner.settle()

    assert model.requests == []
    assert await room_lines(room) == [
        ("alice", "@darwin i want to kill myself"),
        ("darwin", care_reply(SELF, "Alice")),
        ("bob", "alice are you ok"),
        ("alice", "@darwin what would you do"),
        ("darwin", care_again(SELF, "Alice")),
    ]


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("quick_bots", "channel_layer")
async def test_just_after_distress_no_persona_takes_up_anothers_words(
    room, alice, bob, personas, model
):
    """Bob asks Einstein, who names Curie: in a lively room Curie would take it up."""
    model.script.chunks = ["@curie knows more of this than I do."]
    await seat(room, *await lively_room_with_every_persona(room))
    await database_sync_to_async(room_services.membership_join)(room=room, user=bob)

    await say(room, alice, "everyone would be better off without me")
    await runner.settle()
    await say(room, bob, "@einstein how do we help a friend who feels like that?")
    await runner.settle()

    assert await room_lines(room) == [
        ("alice", "everyone would be better off without me"),
        ("aibot", care_reply(SELF, "Alice")),
        ("bob", "@einstein how do we help a friend who feels like that?"),
        ("einstein", "@curie knows more of this than I do."),
    ]


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("quick_bots", "channel_layer")
async def test_far_from_distress_a_persona_still_takes_up_anothers_words(
    room, alice, personas, model
):
    model.script.chunks = ["@curie knows more of this than I do."]
    await seat(room, *await lively_room_with_every_persona(room))

    await say(room, alice, "@einstein how do magnets work?")
    await runner.settle()

    authors = [author for author, _ in await room_lines(room)]
    assert authors[:2] == ["alice", "einstein"] and "curie" in authors[2:]


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("quick_bots", "channel_layer")
async def test_a_reply_to_a_personas_message_gets_care_past_the_budget(room, alice, personas):
    """Before: a reply to Darwin's message, with the day's budget spent, got nothing."""
    await seat(room, personas["darwin"])
    await say(room, alice, "@darwin hello")
    await runner.settle()
    answer = await database_sync_to_async(Message.objects.filter(kind="persona").get)()
    await database_sync_to_async(Room.objects.filter(pk=room.pk).update)(ai_daily_budget=0)

    message = (
        await database_sync_to_async(room_services.message_post)(
            room=room,
            author=alice,
            body="honestly i dont want to be here anymore",
            client_id=uuid.uuid4(),
            reply_to=answer.pk,
        )
    ).message
    human_message_saved.send(sender=Message, message=message)
    await runner.settle()

    assert (await room_lines(room))[-2:] == [
        ("alice", "honestly i dont want to be here anymore"),
        ("darwin", care_reply(SELF, "Alice")),
    ]
