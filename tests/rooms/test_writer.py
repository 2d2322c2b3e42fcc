"""Group commit over real sockets: sends that arrive together are written and broadcast
together, and every socket still gets every message exactly once, in seq order."""

from __future__ import annotations

import pytest
from channels.db import database_sync_to_async
from django.db import connection

from rooms import services
from rooms.models import Message
from tests.rooms.sockets import TIMEOUT, connected_socket, frame, message_ids, message_seqs

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("presence_tasks", "channel_layer"),
]

SENDS_EACH = 10


async def test_sends_from_many_sockets_arrive_once_everywhere(room, make_user):
    people = [await database_sync_to_async(make_user)(f"p{n}") for n in range(5)]
    for person in people:
        await database_sync_to_async(services.membership_join)(room=room, user=person)
    sockets = [await connected_socket(room.slug, person) for person in people]

    # Everyone sends at once, without waiting for anything.
    for n in range(SENDS_EACH):
        for index, socket in enumerate(sockets):
            await socket.send_to(text_data=frame(f"{index}:{n}"))

    total = len(sockets) * SENDS_EACH
    frames_per_socket = []
    for socket in sockets:
        seqs, frames = [], 0
        while len(seqs) < total:
            received = await socket.receive_from(timeout=TIMEOUT)
            frames += 1
            seqs += message_seqs(received)
        assert seqs == list(range(1, total + 1))  # each once, in order
        frames_per_socket.append(frames)
    rows = await database_sync_to_async(
        lambda: list(Message.objects.order_by("seq").values_list("body", flat=True))
    )()
    assert sorted(rows) == sorted(
        f"{i}:{n}" for i in range(len(sockets)) for n in range(SENDS_EACH)
    )
    # Each sender's own messages keep their order.
    for index in range(len(sockets)):
        mine = [body for body in rows if body.startswith(f"{index}:")]
        assert mine == [f"{index}:{n}" for n in range(SENDS_EACH)]
    # Sends that waited for the previous batch went together: fewer frames than messages.
    assert all(frames < total for frames in frames_per_socket), frames_per_socket
    for socket in sockets:
        assert await socket.receive_nothing(timeout=0.2)
        await socket.disconnect()


async def test_a_lone_send_is_its_own_frame(room, alice):
    socket = await connected_socket(room.slug, alice)
    await socket.send_to(text_data=frame("just me"))
    received = await socket.receive_from(timeout=TIMEOUT)
    assert len(message_ids(received)) == 1
    await socket.disconnect()


def _backend_pid() -> int | None:
    """The database session of this thread's connection (None on SQLite: no server)."""
    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        return cursor.fetchone()[0]


def _end_backend(pid: int | None) -> None:
    """As a database restart or a proxy's idle timeout would: the server ends the session.
    (On SQLite there is no server and nothing to end.)"""
    if pid is None:
        return
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_terminate_backend(%s)", [pid])
        assert cursor.fetchone()[0] is True


async def test_a_send_survives_the_database_dropping_its_connection(room, alice):
    socket = await connected_socket(room.slug, alice)
    await socket.send_to(text_data=frame("before"))
    assert len(message_ids(await socket.receive_from(timeout=TIMEOUT))) == 1

    # The sockets' database thread (shared with this test's database_sync_to_async calls)
    # loses its connection; another thread ends it.
    pid = await database_sync_to_async(_backend_pid)()
    await database_sync_to_async(_end_backend, thread_sensitive=False)(pid)
    await socket.send_to(text_data=frame("after"))
    received = await socket.receive_from(timeout=TIMEOUT)
    assert "after" in received and "composer-error" not in received
    bodies = await database_sync_to_async(
        lambda: list(Message.objects.order_by("seq").values_list("body", flat=True))
    )()
    assert bodies == ["before", "after"]
    await socket.disconnect()
