"""The per-process side of presence: which sockets this process holds, a heartbeat that keeps
their rows fresh and sweeps the rows of dead processes, and settling after the grace period.

All of it runs on the server's event loop; the database work goes through services.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging

from channels.db import database_sync_to_async
from django.conf import settings

from rooms import services
from rooms.models import Room

logger = logging.getLogger(__name__)

_open_channels: set[str] = set()
_heartbeat: asyncio.Task | None = None
# Tasks are kept here until they finish: the event loop holds only weak references.
_pending: set[asyncio.Task] = set()


async def socket_opened(*, room: Room, user, channel_name: str) -> None:
    _open_channels.add(channel_name)
    _ensure_heartbeat()
    await database_sync_to_async(services.presence_connect)(
        room=room, user=user, channel_name=channel_name
    )


async def socket_closed(*, channel_name: str) -> None:
    _open_channels.discard(channel_name)
    pair = await database_sync_to_async(services.presence_disconnect)(channel_name=channel_name)
    if pair is not None:
        _spawn(_settle_after_grace(*pair))


async def _settle_after_grace(room_id: int, user_id: int) -> None:
    # A little past the grace period, so the closed socket's row has gone stale by then.
    await asyncio.sleep(settings.SALON_PRESENCE_GRACE_SECONDS + 0.25)
    await database_sync_to_async(services.presence_settle)(room_id=room_id, user_id=user_id)


def _ensure_heartbeat() -> None:
    global _heartbeat
    loop = asyncio.get_running_loop()
    if _heartbeat is None or _heartbeat.done() or _heartbeat.get_loop() is not loop:
        _heartbeat = loop.create_task(_beat())


async def _beat() -> None:
    while True:
        await asyncio.sleep(settings.SALON_PRESENCE_HEARTBEAT_SECONDS)
        try:
            await database_sync_to_async(services.presence_heartbeat)(
                channel_names=sorted(_open_channels)
            )
            await database_sync_to_async(services.presence_sweep)()
        except Exception:
            # The database may be briefly unreachable; presence catches up on the next beat.
            logger.exception("Presence heartbeat failed")


def _spawn(coroutine) -> None:
    task = asyncio.get_running_loop().create_task(coroutine)
    _pending.add(task)
    task.add_done_callback(_pending.discard)


async def stop() -> None:
    """Cancel this process's presence tasks (tests use it between event loops)."""
    global _heartbeat
    tasks = [*list(_pending), *([_heartbeat] if _heartbeat else [])]
    for task in tasks:
        task.cancel()
    for task in tasks:
        with contextlib.suppress(asyncio.CancelledError, RuntimeError):
            await task
    _pending.clear()
    _open_channels.clear()
    _heartbeat = None
