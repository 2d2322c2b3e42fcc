"""One instance per event loop, for the live path's per-process parts (the room hub, the
socket writer, the presence coalescer, presence's heartbeat): the server runs one loop; tests
make one per test, and an instance holds tasks and futures of its own loop only."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Generic, Protocol, TypeVar


class Stoppable(Protocol):
    def stop(self) -> Awaitable[None]: ...


T = TypeVar("T", bound=Stoppable)


class PerLoop(Generic[T]):
    def __init__(self, factory: Callable[[], T]) -> None:
        self.factory = factory
        self.found: dict[asyncio.AbstractEventLoop, T] = {}

    def __call__(self) -> T:
        """The running loop's instance, made on first use (dropping an old loop's)."""
        loop = asyncio.get_running_loop()
        found = self.found.get(loop)
        if found is None:
            self.found.clear()
            found = self.found[loop] = self.factory()
        return found

    def current(self) -> T | None:
        """The running loop's instance if it was made, without making one."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return None
        return self.found.get(loop)

    async def stop(self) -> None:
        """Stop the instance and forget it (tests use it between event loops). One made on a
        loop that has closed since is only forgotten: nothing of it can run any more."""
        for loop, found in list(self.found.items()):
            if not loop.is_closed():
                await found.stop()
        self.found.clear()
