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

logger = logging.getLogger(__name__)

# Socket ids name the process, so that a row always says which process holds the socket.
_PROCESS = f"{os.getpid()}.{uuid.uuid4().hex[:8]}"
_numbers = itertools.count(1)

_open_sockets: set[str] = set()
_heartbeat: asyncio.Task | None = None
# Tasks are kept here until they finish: the event loop holds only weak references.
_pending: set[asyncio.Task] = set()

# Rows refreshed per statement (databases cap the parameters of one statement).
HEARTBEAT_CHUNK = 500


def new_socket_id() -> str:
    return f"{_PROCESS}!{next(_numbers)}"


def socket_opened(socket_id: str) -> None:
    """A socket whose row `services.socket_admit` wrote: keep it fresh while it is open."""
    _open_sockets.add(socket_id)
    _ensure_heartbeat()


async def socket_closed(socket_id: str) -> None:
    _open_sockets.discard(socket_id)
    pair = await events.service_call(services.presence_disconnect, socket_id=socket_id)
    if pair is not None:
        _spawn(_settle_after_grace(*pair))


async def _settle_after_grace(room_id: int, user_id: int) -> None:
    # A little past the grace period, so the closed socket's row has gone stale by then.
    await asyncio.sleep(settings.SALON_PRESENCE_GRACE_SECONDS + 0.25)
    await events.service_call(services.presence_settle, room_id=room_id, user_id=user_id)


def _ensure_heartbeat() -> None:
    global _heartbeat
    loop = asyncio.get_running_loop()
    if _heartbeat is None or _heartbeat.done() or _heartbeat.get_loop() is not loop:
        _heartbeat = loop.create_task(_beat())


async def _beat() -> None:
    while True:
        await asyncio.sleep(settings.SALON_PRESENCE_HEARTBEAT_SECONDS)
        try:
            ids = sorted(_open_sockets)
            for start in range(0, len(ids), HEARTBEAT_CHUNK):
                await events.service_call(
                    services.presence_heartbeat, socket_ids=ids[start : start + HEARTBEAT_CHUNK]
                )
            await events.service_call(services.presence_sweep)
        except Exception:
            # The database may be briefly unreachable; presence catches up on the next beat.
            logger.exception("Presence heartbeat failed")


def _spawn(coroutine) -> None:
    task = asyncio.get_running_loop().create_task(coroutine)
    _pending.add(task)
    task.add_done_callback(_pending.discard)


async def stop() -> None:
    """Cancel this process's presence tasks (tests use it between event loops). Tasks of a
    loop that has closed since are only forgotten: nothing of them can run any more."""
    global _heartbeat
    tasks = [*list(_pending), *([_heartbeat] if _heartbeat else [])]
    tasks = [task for task in tasks if not task.get_loop().is_closed()]
    for task in tasks:
        task.cancel()
    for task in tasks:
        with contextlib.suppress(asyncio.CancelledError, RuntimeError):
            await task
    _pending.clear()
    _open_sockets.clear()
    _heartbeat = None
