"""Personas on a real model: llama.cpp's OpenAI-compatible server serving SmolLM2-135M on
loopback (started once per run, tests/model_server.py), behind a recording proxy that shows
what the model was asked and what it streamed (tests/bots/model_proxy.py).

A real model's words are not known in advance: these tests assert what Salon does with them
(streams them in order, saves what streamed once cleaned, stops, falls back), never the words.
"""

from __future__ import annotations

import asyncio
import html
import itertools
import json
import re
import time
import uuid

import pytest
from channels.db import database_sync_to_async

from bots.models import BotTurn
from bots.prompts import reply_clean, speaker_labels
from bots.selectors import persona_names
from rooms import services as room_services
from rooms.models import Message
from tests.bots.conftest import draft_texts, frames_until, persona_message, seat
from tests.rooms.sockets import TIMEOUT, action, connected_socket, frame
from tests.serving import free_port

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("quick_bots", "channel_layer"),
]

# Seconds for a reply from the real model. About 2 s on a quiet 2-core machine; measured at
# up to a minute when five test runs shared it (llama.cpp's threads then wait on each other).
REPLY_TIMEOUT = 300


@database_sync_to_async
def turns() -> list[tuple[str, str, str]]:
    return list(BotTurn.objects.order_by("id").values_list("status", "provider", "error"))


@database_sync_to_async
def room_lines(room) -> list[tuple[str, str]]:
    return list(Message.objects.filter(room=room).order_by("seq").values_list("kind", "body"))


@database_sync_to_async
def cleaned(text: str, persona) -> str:
    labels = speaker_labels(persona.name, tuple(persona_names()))
    return reply_clean(text, limit=persona.max_reply_chars, labels=labels)


def saved_body(frames: list[str]) -> str:
    """The text of the last saved message in `frames`, as the page shows it."""
    bodies = re.findall(
        r'<article id="message-\d+".*?class="message-body">(.*?)</div>', frames[-1], re.S
    )
    return html.unescape(re.sub(r"<[^>]+>", "", bodies[-1])).strip()


async def test_a_reply_streams_frame_by_frame_and_the_saved_message_is_what_streamed(
    room, alice, personas, real_model
):
    einstein = personas["einstein"]
    await seat(room, einstein)
    socket = await connected_socket(room.slug, alice)
    # Several draft intervals (0.15 s) long, however fast the model is today.
    real_model.pace = 0.1

    await socket.send_to(text_data=frame("@einstein why is the sky blue?"))
    received = await frames_until(socket, persona_message("Albert Einstein"), REPLY_TIMEOUT)

    assert await turns() == [("done", "llm", "")]
    (streamed,) = real_model.streamed
    ((_, question), (_, body)) = await room_lines(room)
    assert body == await cleaned(streamed, einstein) and body
    assert saved_body(received) == body
    # Frame by frame, in order: each draft shows more of the reply than the one before.
    drafts = [d.strip() for d in draft_texts(received) if d.strip()]
    assert len(drafts) >= 2, received
    assert all(later.startswith(earlier) for earlier, later in itertools.pairwise(drafts))
    assert len(set(drafts)) == len(drafts)
    # Each draft is a piece of what streamed, as the page shows it (escaped, its line breaks
    # made <br>): compared as text, without the spacing.
    flat = re.sub(r"\s+", "", streamed)
    assert all(re.sub(r"\s+", "", html.unescape(d)) in flat for d in drafts), (streamed, drafts)
    await socket.disconnect()


async def test_the_model_gets_the_prompt_the_theme_as_data_and_each_message_apart(
    room, alice, bob, personas, real_model
):
    curie = personas["curie"]
    await database_sync_to_async(room_services.membership_join)(room=room, user=bob)
    await seat(room, curie)
    for author, text in [(alice, "We boiled the kettle twice."), (bob, "The tea was bitter.")]:
        await database_sync_to_async(room_services.message_post)(
            room=room, author=author, body=text, client_id=uuid.uuid4()
        )
    socket = await connected_socket(room.slug, alice)

    await socket.send_to(text_data=frame("Curie, how would you measure it?"))
    await frames_until(socket, persona_message("Marie Curie"), REPLY_TIMEOUT)

    (asked,) = real_model.requests
    assert asked["model"] == "smollm2" and asked["stream"] is True
    system, context, *history = asked["messages"]
    assert system["role"] == "system"
    assert system["content"].startswith(curie.system_prompt + "\n\n")
    assert "Leaves and kettles" not in system["content"]
    assert context["role"] == "user"
    assert '<room_theme>\n"Leaves and kettles"\n</room_theme>' in context["content"]
    assert [(m["role"], m["name"], json.loads(m["content"])) for m in history] == [
        ("user", "alice", {"author": "alice", "text": "We boiled the kettle twice."}),
        ("user", "bob", {"author": "bob", "text": "The tea was bitter."}),
        ("user", "alice", {"author": "alice", "text": "Curie, how would you measure it?"}),
    ]
    assert await turns() == [("done", "llm", "")]  # and the real model answered it
    await socket.disconnect()


async def test_replies_in_two_rooms_at_once_both_complete(room, alice, personas, real_model):
    other = await database_sync_to_async(room_services.room_create)(
        creator=alice, name="Garden", topic="Finches and barnacles"
    )
    await seat(room, personas["lovelace"])
    await seat(other, personas["darwin"])
    first = await connected_socket(room.slug, alice)
    second = await connected_socket(other.slug, alice)

    await first.send_to(text_data=frame("@lovelace what is an algorithm?"))
    await second.send_to(text_data=frame("@darwin why do finches differ?"))
    await asyncio.gather(
        frames_until(first, persona_message("Ada Lovelace"), REPLY_TIMEOUT),
        frames_until(second, persona_message("Charles Darwin"), REPLY_TIMEOUT),
    )

    # Both streams ran to the end with words in them (with llama.cpp's default
    # --interrupt_requests the second came back empty). What a 135M model says is its own: a
    # reply that only echoes the data it was given ("The text is a JSON object with the
    # following data: {"author": "alice", ...}") is turned down by the cleaning and replaced by
    # the offline one, which tests/bots/test_reply_cleaning.py covers; so each turn is done, by
    # the model or by that fallback, and each room has its persona's reply.
    assert len(real_model.requests) == 2 and all(s.strip() for s in real_model.streamed)
    outcomes = await turns()
    assert [state for state, _, _ in outcomes] == ["done", "done"], outcomes
    assert all(
        kind == "llm"
        and not note
        or kind == "offline-fallback"
        and note == "The model's reply was empty or unreadable."
        for _, kind, note in outcomes
    ), outcomes
    assert "llm" in [kind for _, kind, _ in outcomes], outcomes
    fallbacks = [kind for _, kind, _ in outcomes].count("offline-fallback")
    notes = 0
    for each in (room, other):
        kinds = [kind for kind, _ in await room_lines(each)]
        # The question and its reply; after a fallback, the room's visible note of it.
        assert kinds in (["user", "persona"], ["user", "persona", "system"]), kinds
        notes += kinds.count("system")
    assert notes == fallbacks
    await first.disconnect()
    await second.disconnect()


async def test_stop_cancels_the_upstream_request_within_a_second(
    room, alice, bob, personas, real_model
):
    real_model.stall_after = 3  # words: the model is mid-reply when Stop arrives
    await database_sync_to_async(room_services.membership_join)(room=room, user=bob)
    await seat(room, personas["lovelace"])
    alice_socket = await connected_socket(room.slug, alice)
    bob_socket = await connected_socket(room.slug, bob)

    await bob_socket.send_to(text_data=frame("@lovelace count to fifty for me"))
    received = await frames_until(alice_socket, lambda f: 'id="draft-' in f, REPLY_TIMEOUT)
    turn_id = int(re.search(r'id="draft-(\d+)"', received[-1]).group(1))
    assert await asyncio.to_thread(real_model.stalled.wait, REPLY_TIMEOUT)

    # Waits in a thread of its own: the one that sync_to_async shares is the consumer's way
    # to the database, and Stop goes through it.
    asked_at = time.monotonic()
    await bob_socket.send_to(text_data=action("stop", turn_id=turn_id))
    assert await asyncio.to_thread(real_model.hung_up.wait, TIMEOUT)
    assert real_model.hung_up_at - asked_at < 1.0
    await frames_until(alice_socket, lambda f: f'id="draft-{turn_id}" hx-swap-oob="delete"' in f)

    assert not real_model.finished.is_set()
    assert await turns() == [("stopped", "", "")]
    assert [kind for kind, _ in await room_lines(room)] == ["user"]
    await alice_socket.disconnect()
    await bob_socket.disconnect()


async def test_a_model_server_that_is_down_gives_the_offline_reply_with_a_note(
    room, alice, personas, settings
):
    settings.LLM_BASE_URL = f"http://127.0.0.1:{free_port()}/v1"  # nothing listens there
    settings.LLM_MODEL = "smollm2"
    await seat(room, personas["socrates"])
    socket = await connected_socket(room.slug, alice)

    await socket.send_to(text_data=frame("Socrates, what is courage?"))
    note = "Socrates answered offline: the model server could not be reached."
    received = await frames_until(socket, lambda f: note in f, REPLY_TIMEOUT)

    assert any(persona_message("Socrates")(f) for f in received)
    ((status, provider, error),) = await turns()
    assert (status, provider) == ("done", "offline-fallback") and "APIConnectionError" in error
    lines = await room_lines(room)
    assert [kind for kind, _ in lines] == ["user", "persona", "system"]
    assert lines[1][1] and lines[2] == ("system", note)
    await socket.disconnect()


async def test_a_model_slower_than_the_timeout_gives_the_offline_reply_and_a_note(
    room, alice, personas, real_model, settings
):
    settings.LLM_TIMEOUT_SECONDS = 3
    real_model.stall_after = 0  # the model is asked, and no word of its reply comes back
    await seat(room, personas["darwin"])
    socket = await connected_socket(room.slug, alice)

    await socket.send_to(text_data=frame("Darwin, what is a barnacle?"))
    note = "Charles Darwin answered offline: the model did not answer in time."
    await frames_until(socket, lambda f: note in f, REPLY_TIMEOUT)

    # Salon gave up on it (the proxy notices once the model sends its first words).
    assert await asyncio.to_thread(real_model.hung_up.wait, REPLY_TIMEOUT)
    assert real_model.streamed == [""]
    assert await turns() == [("done", "offline-fallback", "TimeoutError")]
    lines = await room_lines(room)
    assert [kind for kind, _ in lines] == ["user", "persona", "system"]
    assert lines[1][1] and lines[2] == ("system", note)
    await socket.disconnect()
