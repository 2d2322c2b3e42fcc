"""Cost caps on AI replies: each person has a daily number of replies they can trigger, in
every room together, on top of each room's own budget."""

from __future__ import annotations

import uuid
from collections import Counter
from datetime import timedelta

import pytest
from channels.db import database_sync_to_async
from django.utils import timezone

from bots import runner, services
from bots.models import BotTurn
from rooms import services as room_services
from rooms.models import Message
from rooms.signals import human_message_saved
from tests.bots.conftest import frames_until, persona_message
from tests.rooms.sockets import connected_socket, frame, member_watching

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("quick_bots", "channel_layer"),
]


def cap_notice(username: str, cap: int) -> str:
    return (
        f"{username} has had today's {cap} AI replies, the most one person may ask for in a "
        f"day. The personas will answer {username} again tomorrow (UTC)."
    )


def in_frame(text: str) -> str:
    return text.replace("'", "&#x27;")


async def say(room, author, body: str) -> Message:
    """Save a person's message and tell the personas, as the room's socket does."""
    message = (
        await database_sync_to_async(room_services.message_post)(
            room=room, author=author, body=body, client_id=uuid.uuid4()
        )
    ).message
    human_message_saved.send(sender=Message, message=message)
    return message


@database_sync_to_async
def room_lines(room) -> list[tuple[str, str]]:
    """What the room shows: (author or "system", body) in order."""
    return [
        (m.author.username if m.author else "system", m.body)
        for m in Message.objects.filter(room=room).select_related("author").order_by("id")
    ]


async def test_thirty_aibot_messages_make_as_many_model_requests_as_the_persons_cap(
    room, alice, bob, personas, model, settings
):
    """The probe: 30 `/AIBot` messages in 25 s made 30 model requests."""
    settings.SALON_AI_REPLIES_PER_PERSON_DAILY = 5
    model.script.chunks = ["Python is a language."]
    watcher = await member_watching(room, bob)

    for n in range(30):
        await say(room, alice, f"/AIBot question {n}?")
    await frames_until(watcher, lambda f: in_frame(cap_notice("alice", 5)) in f)
    await runner.settle()

    assert len(model.requests) == 5
    lines = await room_lines(room)
    assert Counter(lines) == Counter(
        [("alice", f"/AIBot question {n}?") for n in range(30)]
        + [("aibot", "Python is a language.")] * 5
        + [("system", cap_notice("alice", 5))]
    )
    # bob has his own allowance in the same room.
    await say(room, bob, "/AIBot and me?")
    await runner.settle()
    assert len(model.requests) == 6
    assert (await room_lines(room))[-2:] == [
        ("bob", "/AIBot and me?"),
        ("aibot", "Python is a language."),
    ]
    await watcher.disconnect()


async def test_the_cap_counts_replies_in_every_room_and_one_to_one_chats(
    room, alice, personas, settings
):
    settings.SALON_AI_REPLIES_PER_PERSON_DAILY = 2
    socket = await connected_socket(room.slug, alice)
    await socket.send_to(text_data=frame("/AIBot What is Python?"))
    await frames_until(socket, persona_message("AIBot"))

    chat = await database_sync_to_async(services.direct_chat_open)(
        user=alice, persona=personas["curie"]
    )
    chat_socket = await connected_socket(chat.slug, alice)
    await chat_socket.send_to(text_data=frame("Hello, Madame Curie"))
    await frames_until(chat_socket, persona_message("Marie Curie"))
    await chat_socket.send_to(text_data=frame("And radium?"))
    await frames_until(chat_socket, lambda f: in_frame(cap_notice("alice", 2)) in f)

    # The notice is said once a day in each room; no more answers anywhere.
    await chat_socket.send_to(text_data=frame("Still there?"))
    await frames_until(chat_socket, lambda f: "Still there?" in f)
    await socket.send_to(text_data=frame("/AIBot and async?"))
    await frames_until(socket, lambda f: in_frame(cap_notice("alice", 2)) in f)
    await runner.settle()
    assert [line[0] for line in await room_lines(chat)] == [
        "alice",
        "curie",
        "alice",
        "system",
        "alice",
    ]
    assert [line[0] for line in await room_lines(room)] == ["alice", "aibot", "alice", "system"]
    await socket.disconnect()
    await chat_socket.disconnect()


async def test_yesterdays_replies_do_not_count(room, alice, personas, settings):
    settings.SALON_AI_REPLIES_PER_PERSON_DAILY = 1
    socket = await connected_socket(room.slug, alice)
    await socket.send_to(text_data=frame("/AIBot What is Python?"))
    await frames_until(socket, persona_message("AIBot"))
    await database_sync_to_async(
        lambda: BotTurn.objects.update(created_at=timezone.now() - timedelta(days=1))
    )()

    await socket.send_to(text_data=frame("/AIBot and async?"))
    await frames_until(socket, persona_message("AIBot"))
    assert [line[0] for line in await room_lines(room)] == ["alice", "aibot", "alice", "aibot"]
    await socket.disconnect()
