"""ASGI entry point: HTTP goes to Django, WebSockets to the Channels router.

Sockets must come from a page of Salon's own origin (or a trusted one) and carry a Django
session.
"""

from __future__ import annotations

import gc
import os
from concurrent.futures import ThreadPoolExecutor

import django
from asgiref.sync import sync_to_async
from django.core.handlers.asgi import ASGIHandler
from django.db import close_old_connections, connections

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chatsite.settings")
# Django must be set up before the consumers (and their models) are imported.
django.setup(set_prefix=False)

# Threads that serve pages, each with its own database connection.
PAGE_THREADS = int(os.environ.get("PAGE_THREADS", "4"))


class PageHandler(ASGIHandler):
    """Django's ASGI handler, serving each request in one hop to a small pool of threads that
    keep their database connections (`CONN_MAX_AGE`).

    Django's handler gives every request a thread of its own (`ThreadSensitiveContext`), so
    each page opened a new database connection in a new thread, and it runs Django's sync
    middleware one hop at a time, twice each: together about half of a room page's time.
    """

    executor = ThreadPoolExecutor(max_workers=PAGE_THREADS, thread_name_prefix="pages")

    def load_middleware(self, is_async: bool = False) -> None:
        super().load_middleware(is_async=False)  # one sync chain, run in one hop

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            raise ValueError(f"Django serves HTTP only, not {scope['type']}.")
        await self.handle(scope, receive, send)

    async def get_response_async(self, request):
        respond = sync_to_async(self._respond, thread_sensitive=False, executor=self.executor)
        return await respond(request)

    def _respond(self, request):
        # What `request_started` does for a thread that serves pages: drop a connection that
        # is too old or broken (the signal itself runs on the database thread). These
        # connections outlive requests, so each request's first query is preceded by a check
        # that the connection still works (a database restart ends it): one round trip.
        close_old_connections()
        for connection in connections.all(initialized_only=True):
            connection.health_check_enabled = True
        return self.get_response(request)


class ApiHandler(ASGIHandler):
    """Django's own ASGI handler, for the JSON API (/api/): its async views (posts, edits,
    deletes) run on the server's event loop, as the room sockets do, and share its message
    limits, group-commit writer and channel layer (`rooms.loops`). PageHandler would run
    them in a fresh loop per request, in a worker thread."""

    async def handle(self, scope, receive, send) -> None:
        try:
            await super().handle(scope, receive, send)
        finally:
            # The request's sync work (token check, ORM hops) ran on a thread of its own
            # (`ThreadSensitiveContext`), which ends with the request: a connection opened
            # there (kept for `CONN_MAX_AGE`) would stay open until a garbage collection, one
            # more per request. One hop to that thread closes it.
            await sync_to_async(connections.close_all)()


class HttpHandler:
    """Pages to PageHandler, the JSON API to ApiHandler."""

    def __init__(self) -> None:
        self.pages = PageHandler()
        self.api = ApiHandler()

    async def __call__(self, scope, receive, send) -> None:
        handler = self.api if scope.get("path", "").startswith("/api/") else self.pages
        await handler(scope, receive, send)


django_asgi_app = HttpHandler()

from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402

from accounts.sockets import SessionAuthMiddlewareStack  # noqa: E402
from chatsite.origins import SameOriginValidator  # noqa: E402
from rooms.routing import websocket_urlpatterns  # noqa: E402

router = ProtocolTypeRouter(
    {
        "http": django_asgi_app,
        "websocket": SameOriginValidator(
            SessionAuthMiddlewareStack(URLRouter(websocket_urlpatterns))
        ),
    }
)


async def application(scope, receive, send) -> None:
    """The router, and the server's lifespan: on shutdown (SIGTERM), once uvicorn has closed
    every socket with 1012 (pages reconnect to another process and catch up), the persona
    replies under way here end (`bots.runner.shutdown`)."""
    if scope["type"] != "lifespan":
        await router(scope, receive, send)
        return
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            from bots import runner

            await runner.shutdown()
            await send({"type": "lifespan.shutdown.complete"})
            return


def _warm_up_and_freeze() -> None:
    """Load what the first requests would (URLs, templates), then take everything made so far
    out of the garbage collector's view: its full collections would otherwise walk these
    ~150,000 long-lived objects again and again, pausing every socket for ~100 ms."""
    from django.template.loader import get_template
    from django.urls import get_resolver

    get_resolver().url_patterns  # noqa: B018 - imports every view module
    for name in ("rooms/room.html", "rooms/frames.html", "rooms/lobby.html"):
        get_template(name)
    gc.collect()
    gc.freeze()


_warm_up_and_freeze()
