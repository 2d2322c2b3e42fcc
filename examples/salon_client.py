"""A small program that talks to Salon: follows a room live and posts to it.

    SALON_TOKEN=salon_... python examples/salon_client.py http://127.0.0.1:8000 tea-room
    SALON_TOKEN=salon_... python examples/salon_client.py http://127.0.0.1:8000 tea-room --say Hi

Make a token on your API tokens page (linked from your profile). The room socket, asked for
the salon.v1.json subprotocol, sends each change in the room as JSON with its seq; after any
reconnect the client asks it for what changed since the last seq it saw (live changes wait
meanwhile), so nothing is missed or shown twice. Posts go through the JSON API (/api/docs)
with a client_id: a retry after a lost answer cannot post twice. Needs httpx and websockets.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import uuid
from collections.abc import Awaitable, Callable

import httpx
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed, InvalidStatus

# The socket closes with these when it must not be opened again (bad token, no such room).
FINAL_CLOSE_CODES = {4401, 4403, 4404}


class SalonClient:
    def __init__(self, base_url: str, token: str) -> None:
        self.base_url = base_url.rstrip("/")
        self.token = token
        headers = {"Authorization": f"Bearer {token}"}
        self.http = httpx.AsyncClient(base_url=self.base_url, headers=headers, timeout=10)

    async def call(self, method: str, path: str, **kwargs) -> dict:
        """One API call; waits as told by a 429's Retry-After, and raises other errors."""
        while True:
            response = await self.http.request(method, f"/api{path}", **kwargs)
            if response.status_code != 429:
                break
            await asyncio.sleep(float(response.headers.get("Retry-After", "1")))
        if response.is_error:
            error = response.json()
            raise RuntimeError(f"{response.status_code} {error['code']}: {error['message']}")
        return response.json()

    async def post(self, slug: str, body: str, client_id: str | None = None) -> dict:
        """Post once: a retry after a network error reuses the client_id (200, not a copy)."""
        client_id = client_id or str(uuid.uuid4())
        for attempt in range(5):
            try:
                send = {"body": body, "client_id": client_id}
                return await self.call("POST", f"/rooms/{slug}/messages", json=send)
            except httpx.TransportError:
                await asyncio.sleep(0.5 * 2**attempt)
        raise RuntimeError("Could not reach Salon.")

    async def follow(
        self, slug: str, on_message: Callable[[dict], Awaitable[None]], after_seq: int | None = None
    ) -> None:
        """Call `on_message` for each change in the room, from `after_seq` (None: from now),
        reconnecting (and catching up) until the socket is closed for good."""
        if after_seq is None:
            page = await self.call("GET", f"/rooms/{slug}/messages", params={"limit": 1})
            after_seq = page["room_seq"]
        self.seq = after_seq  # the last change seen
        ws_url = self.base_url.replace("http", "ws", 1) + f"/ws/rooms/{slug}/"
        delay = 0.5
        while True:
            try:
                async with connect(
                    ws_url,
                    additional_headers={"Authorization": f"Bearer {self.token}"},
                    origin=self.base_url,  # Salon checks the Origin of every socket
                    subprotocols=["salon.v1.json"],
                ) as socket:
                    delay = 0.5
                    await self._listen(socket, on_message)
            except ConnectionClosed as closed:
                if closed.rcvd is not None and closed.rcvd.code in FINAL_CLOSE_CODES:
                    raise RuntimeError(f"The room socket closed with {closed.rcvd.code}.") from None
            except (OSError, InvalidStatus, httpx.TransportError):
                pass  # the server is away: try again soon
            await asyncio.sleep(delay)
            delay = min(delay * 2, 30)

    async def _listen(self, socket, on_message: Callable[[dict], Awaitable[None]]) -> None:
        """Catch up from `self.seq`, then follow; live changes wait while a catch-up runs."""
        waiting: list[dict] = []
        catching_up = True
        await self._sync(socket)
        async for text in socket:
            frame = json.loads(text)
            kind = frame["type"]
            if kind == "resync" or (kind == "error" and frame.get("action") == "sync"):
                await asyncio.sleep(frame.get("retry_after", 0))  # a sync refused: too soon
                catching_up = True
                await self._sync(socket)
            elif kind == "sync":
                for message in frame["messages"]:
                    await self._seen(message["seq"], message, on_message)
                if frame["has_more"]:
                    await self._sync(socket)
                    continue
                self.seq, catching_up = max(self.seq, frame["room_seq"]), False
                for change in waiting:
                    await self._seen(change["seq"], change["message"], on_message)
                waiting.clear()
            elif "message" in frame:  # message.created, .edited, .deleted, reactions.changed
                if catching_up:
                    waiting.append(frame)
                else:
                    await self._seen(frame["seq"], frame["message"], on_message)

    async def _sync(self, socket) -> None:
        await socket.send(json.dumps({"action": "sync", "after_seq": self.seq}))

    async def _seen(self, seq: int, message: dict, on_message) -> None:
        if seq > self.seq:  # not seen already (in a catch-up, or live)
            self.seq = seq
            await on_message(message)


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("base_url")
    parser.add_argument("room", help="the room's slug")
    parser.add_argument("--say", help="post this, then keep following")
    args = parser.parse_args()
    client = SalonClient(args.base_url, os.environ["SALON_TOKEN"])

    async def show(message: dict) -> None:
        author = message["author"]["name"] if message["author"] else "Salon"
        print(f"[{message['seq']}] {author}: {message['body'] or '(deleted)'}", flush=True)

    following = asyncio.create_task(client.follow(args.room, show, after_seq=0))
    if args.say:
        await client.post(args.room, args.say)
    await following


if __name__ == "__main__":
    asyncio.run(main())
