"""Group commit for the room sockets of one process: sends to a room that arrive while its
previous batch is being written wait, then go to the database together, in one hop and one
transaction, and reach the room as one frame (`services.messages_post`).

Nothing waits on purpose: a lone send is written at once. Under load, batches form by
themselves, so the cost of a hop, a commit and a frame to every socket is shared by the
sends that arrived meanwhile.
"""

from __future__ import annotations

import asyncio
import contextvars
import logging

from django.db import InterfaceError, OperationalError

from chatsite import metrics
from rooms import events, services
from rooms.loops import PerLoop
from rooms.models import Room

logger = logging.getLogger(__name__)

# At most this many sends in one transaction (and one frame).
BATCH_LIMIT = 64


class RoomWriter:
    def __init__(self) -> None:
        self.pending: dict[int, list[tuple[services.Post, asyncio.Future]]] = {}
        self.tasks: dict[int, asyncio.Task] = {}

    async def post(self, room: Room, post: services.Post) -> services.PostResult:
        """Write `post` to `room`; its result, or the error that refused it."""
        future = asyncio.get_running_loop().create_future()
        self.pending.setdefault(room.pk, []).append((post, future))
        if room.pk not in self.tasks:
            # In a context of its own: one copied from an HTTP request (an async view runs
            # behind sync middleware) names the request's thread, gone once it has answered,
            # and the room's later sends would fail.
            self.tasks[room.pk] = asyncio.get_running_loop().create_task(
                self._drain(room), context=contextvars.Context()
            )
        # Shielded: a socket that closes while its send is written does not cancel the batch.
        return await asyncio.shield(future)

    async def _drain(self, room: Room) -> None:
        try:
            while queued := self.pending.pop(room.pk, None):
                batch, rest = queued[:BATCH_LIMIT], queued[BATCH_LIMIT:]
                if rest:
                    self.pending[room.pk] = rest
                try:
                    results = await self._write(room, [post for post, _ in batch])
                except Exception as error:  # the database is unreachable, say
                    results = [error] * len(batch)
                metrics.messages_posted(results)
                for (_post, future), result in zip(batch, results, strict=True):
                    if future.done():
                        continue
                    if isinstance(result, BaseException):
                        future.set_exception(result)
                    else:
                        future.set_result(result)
        finally:
            self.tasks.pop(room.pk, None)  # stop() may have cleared it

    @staticmethod
    async def _write(room: Room, posts: list[services.Post]) -> list:
        try:
            return await events.service_call(services.messages_post, room=room, posts=posts)
        except (OperationalError, InterfaceError):
            # The connection was lost (a database restart, a proxy's idle timeout): the hop
            # closed it, the next one opens a new one. Sends are idempotent by client_id, so
            # trying once more cannot write a message twice.
            logger.warning("Lost the database connection while posting; trying once more")
            return await events.service_call(services.messages_post, room=room, posts=posts)

    async def stop(self) -> None:
        for task in list(self.tasks.values()):
            task.cancel()
        self.tasks.clear()
        self.pending.clear()


writer = PerLoop(RoomWriter)
stop = writer.stop
