"""The socket origin check: full origins (scheme, host and port), as Django's CSRF check."""

from __future__ import annotations

import pytest
from channels.testing import WebsocketCommunicator

from chatsite.asgi import application
from chatsite.origins import origin_allowed
from tests.rooms.sockets import TIMEOUT, session_cookie


@pytest.fixture
def served(settings):
    settings.ALLOWED_HOSTS = ["127.0.0.1", "localhost", "chat.example.org"]
    settings.CSRF_TRUSTED_ORIGINS = ["https://app.example.net", "https://*.example.com"]


def handshake(origin: str | None, host: str, scheme: str = "ws", *more: tuple[bytes, bytes]):
    headers = [(b"host", host.encode())]
    if origin is not None:
        headers.append((b"origin", origin.encode()))
    return {"type": "websocket", "scheme": scheme, "headers": [*headers, *more]}


@pytest.mark.parametrize(
    ("origin", "host", "scheme", "allowed"),
    [
        # The page's own origin.
        ("http://localhost:8000", "localhost:8000", "ws", True),
        ("http://127.0.0.1", "127.0.0.1", "ws", True),
        ("https://chat.example.org", "chat.example.org", "wss", True),
        ("HTTPS://Chat.Example.org", "chat.example.org", "wss", True),
        # Another port, scheme or host of a served name: another origin.
        ("http://localhost:1", "localhost:8000", "ws", False),
        ("http://localhost", "localhost:8000", "ws", False),
        ("http://chat.example.org", "chat.example.org", "wss", False),
        ("https://127.0.0.1", "127.0.0.1", "ws", False),
        ("http://127.0.0.1:8000", "localhost:8000", "ws", False),
        # A host Salon does not serve is nobody's own origin.
        ("http://evil.example", "evil.example", "ws", False),
        # Trusted origins, exactly or by subdomain, on their scheme.
        ("https://app.example.net", "chat.example.org", "wss", True),
        ("https://app.example.net:444", "chat.example.org", "wss", False),
        ("http://app.example.net", "chat.example.org", "wss", False),
        ("https://a.example.com", "chat.example.org", "wss", True),
        ("https://example.com", "chat.example.org", "wss", True),
        ("http://a.example.com", "chat.example.org", "wss", False),
        ("https://example.com.evil.org", "chat.example.org", "wss", False),
        # No origin, or an opaque one.
        (None, "localhost:8000", "ws", False),
        ("null", "localhost:8000", "ws", False),
    ],
)
def test_origin_allowed(served, origin, host, scheme, allowed):
    assert origin_allowed(handshake(origin, host, scheme)) is allowed


def test_two_origins_are_refused(served):
    second = (b"origin", b"http://evil.example")
    assert not origin_allowed(handshake("http://localhost:8000", "localhost:8000", "ws", second))


async def connects(room, user, *, origin: str, host: str) -> bool:
    headers = [
        (b"host", host.encode()),
        (b"origin", origin.encode()),
        (b"cookie", f"sessionid={await session_cookie(user)}".encode()),
    ]
    communicator = WebsocketCommunicator(application, f"/ws/rooms/{room.slug}/", headers=headers)
    connected, _ = await communicator.connect(timeout=TIMEOUT)
    await communicator.disconnect()
    return connected


@pytest.mark.django_db(transaction=True)
async def test_a_page_on_another_port_cannot_open_a_socket(
    room, alice, channel_layer, presence_tasks
):
    """The probe: `Origin: http://localhost:1` to a server on localhost:8000."""
    assert not await connects(room, alice, origin="http://localhost:1", host="localhost:8000")
    assert await connects(room, alice, origin="http://localhost:8000", host="localhost:8000")
