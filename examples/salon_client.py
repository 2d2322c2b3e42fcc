"""A small program that talks to Salon: follows a room live and posts to it.

    SALON_TOKEN=salon_... python examples/salon_client.py http://127.0.0.1:8000 tea-room
    SALON_TOKEN=salon_... python examples/salon_client.py http://127.0.0.1:8000 tea-room --say Hi

Make a token on your API tokens page (linked from your profile). The JSON API (/api/docs) gives
history and catch-up by seq; the room socket tells the client when something changed (its
frames are HTML for browsers: here they are only a doorbell). After any reconnect, the client
asks for what changed since the last seq it saw, so nothing is missed or shown twice. Posts
carry a client_id: a retry after a lost answer cannot post twice. Needs httpx and websockets.
"""

from __future__ import annotations

import argparse
import asyncio
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

    async def changes(self, slug: str, after_seq: int) -> tuple[list[dict], int]:
        """Every message changed after `after_seq` (new, edited, deleted), and the new seq."""
        found: list[dict] = []
        while True:
            page = await self.call(
                "GET", f"/rooms/{slug}/messages", params={"after_seq": after_seq}
            )
            found += page["messages"]
            after_seq = max([after_seq, *(m["seq"] for m in page["messages"])])
            if not page["has_more"]:
                return found, max(after_seq, page["room_seq"])

    async def follow(
        self, slug: str, on_message: Callable[[dict], Awaitable[None]], after_seq: int | None = None
    ) -> None:
        """Call `on_message` for each change in the room, from `after_seq` (None: from now),
        reconnecting (and catching up) until the socket is closed for good."""
        if after_seq is None:
            after_seq = (await self.call("GET", f"/rooms/{slug}/messages", params={"limit": 1}))[
                "room_seq"
            ]
        ws_url = self.base_url.replace("http", "ws", 1) + f"/ws/rooms/{slug}/"
        delay = 0.5
        while True:
            try:
                async with connect(
                    ws_url,
                    additional_headers={"Authorization": f"Bearer {self.token}"},
                    origin=self.base_url,  # Salon checks the Origin of every socket
                ) as socket:
                    delay = 0.5
                    while True:  # catch up first, then again at each frame that names a message
                        messages, after_seq = await self.changes(slug, after_seq)
                        for message in messages:
                            await on_message(message)
                        while "data-seq" not in await socket.recv():
                            pass
            except ConnectionClosed as closed:
                if closed.rcvd is not None and closed.rcvd.code in FINAL_CLOSE_CODES:
                    raise RuntimeError(f"The room socket closed with {closed.rcvd.code}.") from None
            except (OSError, InvalidStatus, httpx.TransportError):
                pass  # the server is away: try again soon
            await asyncio.sleep(delay)
            delay = min(delay * 2, 30)


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
