"""Personas answering in rooms through the offline engine, over real sockets."""

from __future__ import annotations

import json
import re
import threading
import uuid
from datetime import timedelta

import pytest
from channels.db import database_sync_to_async
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from bots import services
from bots.engine import HOUSE_INTENTS
from bots.models import BotTurn, Persona
from rooms import services as room_services
from rooms.models import Message, Room
from tests.bots.conftest import (
    counted_since,
    frames_until,
    persona_message,
    persona_turns_counted,
    seat,
)
from tests.rooms.sockets import TIMEOUT, connected_socket, frame, message_ids

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("quick_bots", "channel_layer"),
]

PYTHON_ANSWERS = next(answers for intent, _k, answers in HOUSE_INTENTS if intent == "python")


@database_sync_to_async
def persona_messages(room) -> list[tuple[str, str]]:
    return list(
        Message.objects.filter(room=room, kind=Message.Kind.PERSONA)
        .order_by("id")
        .values_list("author__persona__slug", "body")
    )


@database_sync_to_async
def set_room(room, **fields) -> None:
    Room.objects.filter(pk=room.pk).update(**fields)


async def test_aibot_answers_a_question(room, alice, bob, personas, settings):
    settings.SALON_OFFLINE_CHUNK_DELAY = 0.1  # slow enough to see it type and write
    await database_sync_to_async(room_services.membership_join)(room=room, user=bob)
    alice_socket = await connected_socket(room.slug, alice)
    bob_socket = await connected_socket(room.slug, bob)

    await alice_socket.send_to(text_data=frame("/AIBot What is Python?"))

    seen = {}
    for name, socket in (("alice", alice_socket), ("bob", bob_socket)):
        seen[name] = await frames_until(socket, persona_message("AIBot"))
    ((slug, body),) = await persona_messages(room)
    assert slug == "aibot" and body in PYTHON_ANSWERS
    for frames in seen.values():
        # The room saw the house bot typing, then its reply growing, then the saved reply.
        joined = "".join(frames)
        assert f'data-user-id="{personas["aibot"].user_id}" data-name="AIBot"' in joined
        assert 'class="message message-persona draft"' in joined
        assert 'AIBot</span><span class="badge badge-ai">AI</span>' in frames[-1]
        assert body.split()[0] in frames[-1]
    drafts_gone = await frames_until(alice_socket, lambda f: 'hx-swap-oob="delete"' in f)
    assert re.search(r'<div id="draft-\d+" hx-swap-oob="delete"></div>', drafts_gone[-1])
    await alice_socket.disconnect()
    await bob_socket.disconnect()


async def test_mentioned_personas_answer_in_order(room, alice, personas):
    await seat(room, personas["einstein"], personas["socrates"], personas["curie"])
    await set_room(room, ai_chattiness=Room.Chattiness.MENTIONS)
    socket = await connected_socket(room.slug, alice)

    await socket.send_to(text_data=frame("@socrates and Einstein: what is light?"))

    await frames_until(socket, persona_message("Albert Einstein"))
    replies = dict(await persona_messages(room))
    assert list(replies) == ["socrates", "einstein"]
    # Light is Einstein's field, not Socrates' (who does not hand it to Einstein: he was asked).
    assert "light" in replies["einstein"].lower()
    # Which of his ways of saying so depends on the message's id (the engine's seed).
    declines = [
        line.removeprefix("#outside ").format(name="Alice")
        for line in personas["socrates"].material
        if line.startswith("#outside ")
    ]
    assert any(replies["socrates"].startswith(line) for line in declines), replies["socrates"]
    assert "@" not in replies["socrates"]
    await socket.disconnect()


async def test_a_persona_never_answers_twice_in_a_row_with_the_same_words(room, alice, personas):
    await seat(room, personas["darwin"])
    await set_room(room, ai_chattiness=Room.Chattiness.MENTIONS)
    socket = await connected_socket(room.slug, alice)

    for _ in range(3):
        await socket.send_to(text_data=frame("Darwin, evolution?"))
        await frames_until(socket, persona_message("Charles Darwin"))
    bodies = [body for _, body in await persona_messages(room)]
    assert len(bodies) == 3
    assert bodies[0] != bodies[1] and bodies[1] != bodies[2]
    await socket.disconnect()


async def test_silent_room_stays_silent(room, alice, personas):
    await seat(room, personas["einstein"])
    await set_room(room, ai_chattiness=Room.Chattiness.SILENT)
    socket = await connected_socket(room.slug, alice)

    await socket.send_to(text_data=frame("@einstein hello?"))
    await socket.receive_from(timeout=TIMEOUT)  # alice's own message

    assert await socket.receive_nothing(timeout=0.5)
    assert await persona_messages(room) == []
    await socket.disconnect()


@pytest.fixture
def ping_pong(db, settings):
    """Two personas whose every reply mentions the other, on the other's subject (a persona
    answers another only on what it said): a chain that would never end."""
    settings.SALON_AI_MAX_HOPS = 2
    ping, _ = services.persona_upsert(
        spec={
            "slug": "ping",
            "name": "Ping",
            "avatar": "P",
            "bio": "b",
            "system_prompt": "p",
            "talkativeness": 0,
            "material": [
                "Over to you on the tennis serve, a fast one down the middle, @pong.",
                "#remark Over to you on the tennis serve, a fast one down the middle, @pong.",
            ],
        }
    )
    pong, _ = services.persona_upsert(
        spec={
            "slug": "pong",
            "name": "Pong",
            "avatar": "Q",
            "bio": "b",
            "system_prompt": "p",
            "talkativeness": 0,
            "material": [
                "No, your tennis serve was long and wide, the return is all yours, @ping.",
                "#remark No, your tennis serve was long and wide, the return is all yours, @ping.",
            ],
        }
    )
    return ping, pong


async def test_ai_to_ai_chains_stop_after_the_hop_limit(room, alice, ping_pong):
    await seat(room, *ping_pong)
    socket = await connected_socket(room.slug, alice)

    await socket.send_to(text_data=frame("@ping start with tennis"))

    # hop 0: ping answers alice; hops 1 and 2: pong, then ping; then the chain must stop.
    await frames_until(socket, persona_message("Pong"))
    await frames_until(socket, persona_message("Ping"))
    assert await socket.receive_nothing(timeout=0.8) is False  # the last draft's removal
    await socket.receive_from(timeout=TIMEOUT)
    assert await socket.receive_nothing(timeout=0.8)
    assert [slug for slug, _ in await persona_messages(room)] == ["ping", "pong", "ping"]
    hops = await database_sync_to_async(
        lambda: list(BotTurn.objects.order_by("id").values_list("hop", "status"))
    )()
    assert hops == [(0, "done"), (1, "done"), (2, "done")]
    await socket.disconnect()


async def test_a_human_speaking_stops_the_chain(room, alice, ping_pong, settings):
    settings.SALON_OFFLINE_CHUNK_DELAY = 0.05
    await seat(room, *ping_pong)
    await set_room(room, ai_chattiness=Room.Chattiness.MENTIONS)
    socket = await connected_socket(room.slug, alice)

    await socket.send_to(text_data=frame("@ping serve"))
    await frames_until(socket, persona_message("Ping"))
    await socket.send_to(text_data=frame("enough, you two"))
    await frames_until(socket, lambda f: "enough, you two" in f)

    # Whatever was already being written may finish, but nothing follows it.
    turns = await database_sync_to_async(
        lambda: list(BotTurn.objects.order_by("id").values_list("hop", "status"))
    )()
    while any(status in ("pending", "streaming") for _, status in turns):
        await frames_until(socket, lambda f: 'hx-swap-oob="delete"' in f)
        turns = await database_sync_to_async(
            lambda: list(BotTurn.objects.order_by("id").values_list("hop", "status"))
        )()
    assert (2, "done") not in turns
    assert len(await persona_messages(room)) <= 2
    await socket.disconnect()


async def test_daily_budget_quiets_personas_and_tells_the_room_once(room, alice, personas):
    await set_room(room, ai_daily_budget=1)
    socket = await connected_socket(room.slug, alice)

    await socket.send_to(text_data=frame("/AIBot What is Python?"))
    await frames_until(socket, persona_message("AIBot"))
    for question in ("/AIBot and async?", "/AIBot and databases?"):
        await socket.send_to(text_data=frame(question))
    notice = "The personas have used today&#x27;s 1 reply in this room and will be back tomorrow."
    # The notice, the last question, and the AIBot's row in the member panel (the first
    # question called it in; the row comes with the presence updates, on their own schedule).
    expected = [notice, "and databases?", 'data-name="aibot"']
    seen = ""
    while not all(text in seen for text in expected):
        seen += await socket.receive_from(timeout=TIMEOUT)
    assert await socket.receive_nothing(timeout=0.5)

    system = await database_sync_to_async(
        lambda: list(room.messages.filter(kind="system").values_list("body", flat=True))
    )()
    assert system == [notice.replace("&#x27;", "'")]
    assert len(await persona_messages(room)) == 1
    await socket.disconnect()


async def test_persona_replies_page_and_delete_like_messages(room, alice, personas, client_for):
    socket = await connected_socket(room.slug, alice)
    await socket.send_to(text_data=frame("/AIBot What is Python?"))
    received = await frames_until(socket, persona_message("AIBot"))
    (reply_id,) = message_ids(received[-1])

    html = await database_sync_to_async(lambda: client_for(alice).get(f"/rooms/{room.slug}/"))()
    assert f'id="message-{reply_id}" class="message message-persona"' in html.content.decode()

    # alice owns the room: she may delete a persona's message like anyone's.
    await socket.send_to(text_data=json.dumps({"action": "delete", "message_id": reply_id}))
    deleted = await frames_until(socket, lambda f: f'id="message-{reply_id}"' in f)
    assert "message deleted" in deleted[-1]
    await socket.disconnect()


def test_each_trigger_is_claimed_once_even_when_processes_race(room, alice, personas):
    message = room_services.message_post(
        room=room, author=alice, body="/AIBot What is async?", client_id=uuid.uuid4()
    ).message
    claimed: list[list[int]] = []
    barrier = threading.Barrier(4)

    def plan() -> None:
        try:
            barrier.wait(timeout=10)
            claimed.append(services.turns_plan_for_human(message_id=message.pk))
        finally:
            connection.close()

    threads = [threading.Thread(target=plan) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)

    assert sorted(len(c) for c in claimed) == [0, 0, 0, 1]
    assert BotTurn.objects.filter(trigger=message).count() == 1


def test_a_finished_turn_posted_twice_makes_one_message(room, alice, personas):
    message = room_services.message_post(
        room=room, author=alice, body="/AIBot hi", client_id=uuid.uuid4()
    ).message
    (turn_id,) = services.turns_plan_for_human(message_id=message.pk)
    first = services.turn_finish(turn_id=turn_id, body="Hello!", provider="offline")
    again = services.turn_finish(turn_id=turn_id, body="Hello!", provider="offline")
    assert first.pk == again.pk
    assert Message.objects.filter(kind=Message.Kind.PERSONA).count() == 1


def test_persona_users_cannot_log_in(client, personas):
    response = client.post("/accounts/login/", {"username": "aibot", "password": ""})
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    assert Persona.objects.get(slug="aibot").user.has_usable_password() is False


async def test_a_failing_persona_does_not_silence_the_others(room, alice, personas):
    await seat(room, personas["curie"], personas["darwin"])
    await set_room(room, ai_chattiness=Room.Chattiness.MENTIONS)
    # Material saved around the validation (say, by hand in the database) that breaks the engine.
    await database_sync_to_async(Persona.objects.filter(slug="curie").update)(
        material=["#hello {undefined} oops"]
    )
    socket = await connected_socket(room.slug, alice)
    counted = persona_turns_counted()

    await socket.send_to(text_data=frame("Curie and Darwin, hello"))

    await frames_until(socket, persona_message("Charles Darwin"))
    assert await counted_since(counted) == {"failed": 1, "offline": 1, "offline_timed": 1}
    turns = await database_sync_to_async(
        lambda: list(BotTurn.objects.order_by("id").values_list("persona__slug", "status", "error"))
    )()
    assert [(slug, status) for slug, status, _ in turns] == [
        ("curie", "failed"),
        ("darwin", "done"),
    ]
    assert turns[0][2] == "KeyError: 'undefined'"
    assert [slug for slug, _ in await persona_messages(room)] == ["darwin"]
    await socket.disconnect()


def test_planning_replies_costs_the_same_few_queries_in_any_room(
    room, alice, personas, django_assert_num_queries
):
    """Every person's message is planned for: it must stay cheap however big the room gets."""

    def plan(body: str) -> list[int]:
        message = room_services.message_post(
            room=room, author=alice, body=body, client_id=uuid.uuid4()
        ).message
        # message, the room's personas and the house bot, the last speaker, today's replies
        with django_assert_num_queries(4):
            return services.turns_plan_for_human(message_id=message.pk)

    assert plan("nothing for the personas here") == []
    for n in range(20):
        room_services.message_post(room=room, author=alice, body=f"m{n}", client_id=uuid.uuid4())
    assert plan("still nothing") == []


def test_a_persona_answering_already_is_asked_again_only_by_a_mention(room, alice, personas):
    """Quick messages do not start several replies of one persona at once (they did not see
    each other and repeated a line): while Curie has a turn pending or writing, a message that
    merely names her passes her by; `@curie` still asks her; once her turn ends, she answers
    again."""
    curie = personas["curie"]
    services.room_personas_set(room=room, actor=alice, persona_ids=[curie.pk])

    def plan(body: str) -> list[str]:
        message = room_services.message_post(
            room=room, author=alice, body=body, client_id=uuid.uuid4()
        ).message
        claimed = services.turns_plan_for_human(message_id=message.pk)
        return list(BotTurn.objects.filter(pk__in=claimed).values_list("persona__slug", flat=True))

    assert plan("Curie, what is radium like?") == ["curie"]  # pending
    assert plan("Curie, and polonium?") == []
    BotTurn.objects.filter(persona=curie).update(status=BotTurn.Status.STREAMING)
    assert plan("Curie, is it safe?") == []
    assert plan("@curie please answer this one too") == ["curie"]
    BotTurn.objects.filter(persona=curie).update(status=BotTurn.Status.DONE)
    assert plan("Curie, and now?") == ["curie"]
    # A turn left pending by a process that died keeps her from nobody for long.
    BotTurn.objects.filter(persona=curie).update(
        status=BotTurn.Status.PENDING,
        created_at=timezone.now() - services.TURN_IN_FLIGHT_AT_MOST - timedelta(seconds=1),
    )
    assert plan("Curie, still there?") == ["curie"]


def query_plan(sql: str) -> str:
    """How the database would run `sql` (as captured, parameters written in), as text. On
    PostgreSQL, sequential scans are priced out: a test table is too small for the planner to
    prefer any index otherwise."""
    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SET LOCAL enable_seqscan = off")
            cursor.execute(f"EXPLAIN {sql}")
        else:
            cursor.execute(f"EXPLAIN QUERY PLAN {sql}")
        return "\n".join(str(row[-1]) for row in cursor.fetchall())


def test_the_turns_under_way_are_found_through_an_index(room, alice, personas):
    """Which personas are answering already (asked on every message a persona may answer) is
    read through the index on the room's turns by status and time, not by going through all
    the turns the room ever had."""
    curie = personas["curie"]
    services.room_personas_set(room=room, actor=alice, persona_ids=[curie.pk])
    # A room with a history: 150 questions Curie has answered, each its own finished turn.
    answered = [
        room_services.message_post(
            room=room, author=alice, body=f"Question {n}", client_id=uuid.uuid4()
        ).message
        for n in range(150)
    ]
    BotTurn.objects.bulk_create(
        BotTurn(room=room, persona=curie, trigger=m, root=m, status=BotTurn.Status.DONE)
        for m in answered
    )
    message = room_services.message_post(
        room=room, author=alice, body="Curie, what is radium like?", client_id=uuid.uuid4()
    ).message
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE bots_botturn")

    with CaptureQueriesContext(connection) as captured:
        services.turns_plan_for_human(message_id=message.pk)

    (under_way,) = [
        q["sql"]
        for q in captured.captured_queries
        if q["sql"].startswith('SELECT "bots_botturn"."persona_id" AS "persona_id" FROM')
    ]
    assert "bot_turn_under_way" in query_plan(under_way)
