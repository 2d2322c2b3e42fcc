"""The per-process side of presence: which sockets this process holds, a heartbeat that keeps
their rows fresh and sweeps the rows of dead processes, and settling after the grace period.

All of it runs on the server's event loop; the database work goes through services.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import logging
import os
import uuid

from django.conf import settings

from rooms import events, services
from rooms.loops import PerLoop

logger = logging.getLogger(__name__)

# Socket ids name the process, so that a row always says which process holds the socket.
_PROCESS = f"{os.getpid()}.{uuid.uuid4().hex[:8]}"
_numbers = itertools.count(1)

# Rows refreshed per statement (databases cap the parameters of one statement).
HEARTBEAT_CHUNK = 500


def new_socket_id() -> str:
    return f"{_PROCESS}!{next(_numbers)}"


def socket_opened(socket_id: str) -> None:
    """A socket whose row `services.socket_admit` wrote: keep it fresh while it is open."""
    presence().opened(socket_id)


async def socket_closed(socket_id: str) -> None:
    await presence().closed(socket_id)


class Presence:
    """One event loop's sockets, its heartbeat and the settling tasks it started."""

    def __init__(self) -> None:
        self.open_sockets: set[str] = set()
        self.heartbeat: asyncio.Task | None = None
        # Tasks are kept here until they finish: the event loop holds only weak references.
        self.pending: set[asyncio.Task] = set()

    def opened(self, socket_id: str) -> None:
        self.open_sockets.add(socket_id)
        if self.heartbeat is None or self.heartbeat.done():
            self.heartbeat = asyncio.get_running_loop().create_task(self._beat())

    async def closed(self, socket_id: str) -> None:
        self.open_sockets.discard(socket_id)
        pair = await events.service_call(services.presence_disconnect, socket_id=socket_id)
        if pair is not None:
            task = asyncio.get_running_loop().create_task(self._settle_after_grace(*pair))
            self.pending.add(task)
            task.add_done_callback(self.pending.discard)

    @staticmethod
    async def _settle_after_grace(room_id: int, user_id: int) -> None:
        # A little past the grace period, so the closed socket's row has gone stale by then.
        await asyncio.sleep(settings.SALON_PRESENCE_GRACE_SECONDS + 0.25)
        await events.service_call(services.presence_settle, room_id=room_id, user_id=user_id)

    async def _beat(self) -> None:
        while True:
            await asyncio.sleep(settings.SALON_PRESENCE_HEARTBEAT_SECONDS)
            try:
                ids = sorted(self.open_sockets)
                for start in range(0, len(ids), HEARTBEAT_CHUNK):
                    chunk = ids[start : start + HEARTBEAT_CHUNK]
                    await events.service_call(services.presence_heartbeat, socket_ids=chunk)
                await events.service_call(services.presence_sweep)
            except Exception:
                # The database may be briefly unreachable; presence catches up on the next beat.
                logger.exception("Presence heartbeat failed")

    async def stop(self) -> None:
        tasks = [*self.pending, *([self.heartbeat] if self.heartbeat else [])]
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, RuntimeError):
                await task
        self.pending.clear()
        self.open_sockets.clear()
        self.heartbeat = None


# Tests make a loop per test: `stop` cancels this loop's tasks between them.
presence = PerLoop(Presence)
stop = presence.stop
