"""Which pages may open Salon's sockets: those of the socket's own origin (scheme, host and
port) on a host Salon serves, and those of CSRF_TRUSTED_ORIGINS; the rule Django's CSRF check
applies to a form's POST. Anything else, a missing Origin included, is refused at the
handshake (HTTP 403).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from channels.security.websocket import WebsocketDenier
from django.conf import settings
from django.http.request import split_domain_port, validate_host
from django.utils.http import is_same_domain


def origin_allowed(scope: dict) -> bool:
    """Whether the WebSocket handshake in `scope` comes from a page Salon trusts."""
    headers: dict[bytes, list[bytes]] = {}
    for name, value in scope.get("headers", ()):
        headers.setdefault(name, []).append(value)
    origins, hosts = headers.get(b"origin", []), headers.get(b"host", [])
    if len(origins) != 1 or len(hosts) != 1:
        return False
    origin, host = origins[0].decode("latin1").lower(), hosts[0].decode("latin1").lower()
    domain, _port = split_domain_port(host)
    allowed_hosts = settings.ALLOWED_HOSTS
    if settings.DEBUG and not allowed_hosts:  # as Django's HttpRequest.get_host
        allowed_hosts = [".localhost", "127.0.0.1", "[::1]"]
    # The page's own origin: uvicorn gives wss for a socket the proxy received over HTTPS.
    scheme = "https" if scope.get("scheme") in ("wss", "https") else "http"
    if domain and validate_host(domain, allowed_hosts) and origin == f"{scheme}://{host}":
        return True
    trusted = [trusted.lower() for trusted in settings.CSRF_TRUSTED_ORIGINS]
    if origin in trusted:
        return True
    # As Django's CSRF check: "https://*.example.com" trusts every subdomain, on that scheme.
    try:
        parsed = urlsplit(origin)
    except ValueError:
        return False
    return any(
        pattern.netloc.startswith("*")
        and pattern.scheme == parsed.scheme
        and is_same_domain(parsed.netloc, pattern.netloc.lstrip("*"))
        for pattern in map(urlsplit, trusted)
    )


class SameOriginValidator:
    """ASGI middleware for the WebSocket router: refuses a handshake whose origin
    `origin_allowed` refuses, before any other code sees it."""

    def __init__(self, application) -> None:
        self.application = application

    async def __call__(self, scope, receive, send):
        if not origin_allowed(scope):
            return await WebsocketDenier()(scope, receive, send)
        return await self.application(scope, receive, send)
