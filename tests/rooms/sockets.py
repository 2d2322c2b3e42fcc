"""Helpers for socket tests: logged-in communicators and reading frames."""

from __future__ import annotations

import json
import re
import uuid

from channels.db import database_sync_to_async
from channels.testing import WebsocketCommunicator
from django.test import Client

from chatsite.asgi import application
from rooms import services
from rooms.models import Membership

TIMEOUT = 5


@database_sync_to_async
def session_cookie(user) -> str:
    client = Client()
    client.force_login(user)
    return client.cookies["sessionid"].value


@database_sync_to_async
def mark_present(slug: str, user) -> None:
    Membership.objects.filter(room__slug=slug, user=user).update(is_present=True)


async def communicator_for(
    slug: str, user=None, origin: str | None = "http://127.0.0.1"
) -> WebsocketCommunicator:
    """A room socket not yet connected: `user`'s session (none: anonymous) and `origin`
    (None: no Origin header)."""
    headers = [(b"host", b"127.0.0.1")]
    if origin is not None:
        headers.append((b"origin", origin.encode()))
    if user is not None:
        headers.append((b"cookie", f"sessionid={await session_cookie(user)}".encode()))
    return WebsocketCommunicator(application, f"/ws/rooms/{slug}/", headers=headers)


def cookie_communicator(path: str, cookie: str) -> WebsocketCommunicator:
    """A socket to `path` from a page of our origin holding the session cookie `cookie`."""
    headers = [
        (b"host", b"127.0.0.1"),
        (b"origin", b"http://127.0.0.1"),
        (b"cookie", f"sessionid={cookie}".encode()),
    ]
    return WebsocketCommunicator(application, path, headers=headers)


async def open_socket(slug: str, user) -> WebsocketCommunicator:
    communicator = await communicator_for(slug, user)
    connected, _ = await communicator.connect(timeout=TIMEOUT)
    assert connected
    return communicator


async def connected_socket(slug: str, user) -> WebsocketCommunicator:
    """A socket of someone the room already shows as present, so it announces nothing."""
    await mark_present(slug, user)
    return await open_socket(slug, user)


async def member_watching(room, user) -> WebsocketCommunicator:
    """`user` joins `room` and opens a socket on it that announces nothing: a watcher whose
    frames show what the room sees."""
    await database_sync_to_async(services.membership_join)(room=room, user=user)
    return await connected_socket(room.slug, user)


def frame(body: str, client_id: uuid.UUID | str | None = None, **extra) -> str:
    return json.dumps({"body": body, "client_id": str(client_id or uuid.uuid4()), **extra})


def action(name: str, **fields) -> str:
    return json.dumps({"action": name, **fields})


def message_ids(html: str) -> list[int]:
    return [int(pk) for pk in re.findall(r'<article id="message-(\d+)"', html)]


def message_seqs(html: str) -> list[int]:
    return [
        int(seq) for seq in re.findall(r'<article id="message-\d+"[^>]* data-seq="(\d+)"', html)
    ]


def body_text(html: str, pk: int) -> str:
    """The visible body of message `pk` in a frame, tags stripped."""
    match = re.search(
        rf'<article id="message-{pk}".*?<div class="message-body">(.*?)</div>', html, re.S
    )
    assert match, html
    return re.sub(r"<[^>]+>", "", match.group(1))


async def expect_join_shown(watcher: WebsocketCommunicator, user, online: str) -> None:
    """`watcher`'s page shows `user` joining, as every way of joining shows it: first the
    newcomer's member row (offline: no page of his is open) with the counts `online` (e.g.
    "1 of 2 online"), then the timeline's "<user> joined the room." line, and nothing more."""
    update = await watcher.receive_from(timeout=TIMEOUT)
    assert re.findall(r'<li id="member-(\d+)"[^>]*data-online="(\w+)"', update) == [
        (str(user.pk), "false")
    ]
    assert f">{online}</span>" in update
    line = await watcher.receive_from(timeout=TIMEOUT)
    assert [body_text(line, pk) for pk in message_ids(line)] == [
        f"{user.username} joined the room."
    ]
    assert await watcher.receive_nothing(timeout=0.3)
