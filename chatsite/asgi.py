"""ASGI entry point: HTTP goes to Django, WebSockets to the Channels router.

Sockets must come from a page of Salon's own origin (or a trusted one) and carry a Django
session.
"""

from __future__ import annotations

import gc
import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chatsite.settings")
# Django must be set up before the consumers (and their models) are imported.
django_asgi_app = get_asgi_application()

from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402

from accounts.sockets import SessionAuthMiddlewareStack  # noqa: E402
from chatsite.origins import SameOriginValidator  # noqa: E402
from rooms.routing import websocket_urlpatterns  # noqa: E402

application = ProtocolTypeRouter(
    {
        "http": django_asgi_app,
        "websocket": SameOriginValidator(
            SessionAuthMiddlewareStack(URLRouter(websocket_urlpatterns))
        ),
    }
)


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
