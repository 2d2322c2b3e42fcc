"""Group commit over real sockets: sends that arrive together are written and broadcast
together, and every socket still gets every message exactly once, in seq order."""

from __future__ import annotations

import asyncio
import threading
import uuid

import pytest
from channels.db import database_sync_to_async

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


async def test_a_room_writer_started_by_an_http_request_outlives_the_request(room, alice):
    """Django runs an async view (the SMS webhook, the API) behind sync middleware: in a thread
    of the request's own, through async_to_sync. A room's writer started by such a view keeps
    writing the room's later sends once the request has ended."""
    from asgiref.sync import ThreadSensitiveContext, async_to_sync, sync_to_async

    from rooms import writer
    from rooms.signals import messages_created

    membership = await database_sync_to_async(services.membership_join)(room=room, user=alice)
    in_batch = [threading.Event(), threading.Event()]
    go_on = [threading.Event(), threading.Event()]

    def hold(sender, messages, **kwargs) -> None:  # runs where each batch commits
        batch = sum(event.is_set() for event in in_batch)
        if batch < 2:
            in_batch[batch].set()
            go_on[batch].wait(TIMEOUT)

    def post(body: str) -> services.Post:
        return services.Post(author=alice, body=body, client_id=uuid.uuid4(), membership=membership)

    async def view():
        return await writer.writer().post(room, post("through HTTP"))

    async def as_django_serves(view):
        # django.core.handlers.asgi: a thread of the request's own for its sync parts.
        async with ThreadSensitiveContext():
            return await sync_to_async(async_to_sync(view))()

    messages_created.connect(hold, dispatch_uid="test.hold")
    try:
        request = asyncio.create_task(as_django_serves(view))
        await asyncio.to_thread(in_batch[0].wait, TIMEOUT)  # the first batch is writing
        second = asyncio.create_task(writer.writer().post(room, post("second")))
        await asyncio.sleep(0)  # one turn of the loop: the task queues its send
        go_on[0].set()
        await asyncio.to_thread(in_batch[1].wait, TIMEOUT)  # the second batch is writing
        third = asyncio.create_task(writer.writer().post(room, post("third")))
        await asyncio.sleep(0)
        go_on[1].set()
        assert (await request).created
        assert (await second).created
        assert (await asyncio.wait_for(third, TIMEOUT)).created
    finally:
        messages_created.disconnect(dispatch_uid="test.hold")
    bodies = await database_sync_to_async(list)(
        Message.objects.filter(room=room, author=alice)
        .order_by("seq")
        .values_list("body", flat=True)
    )
    assert bodies == ["through HTTP", "second", "third"]
