"""Who is on a WebSocket: the Django session and its user, loaded in one trip to the database.

Channels' `AuthMiddlewareStack` does the same and also wraps every frame the application sends
(to save a session changed during the connection). Room sockets never change the session, and
that check would run for every frame to every recipient of every broadcast.
"""

from __future__ import annotations

from importlib import import_module
from types import SimpleNamespace

from channels.db import database_sync_to_async
from channels.middleware import BaseMiddleware
from channels.sessions import CookieMiddleware
from django.conf import settings
from django.contrib import auth


def _session_and_user(session_key: str | None):
    session = import_module(settings.SESSION_ENGINE).SessionStore(session_key)
    # Django's own check: the user of the session, if its auth hash still matches (a password
    # change logs it out), or AnonymousUser.
    user = auth.get_user(SimpleNamespace(session=session))
    return session, user


class SessionAuthMiddleware(BaseMiddleware):
    """Puts `session` and `user` in the scope, read once when the socket opens."""

    async def __call__(self, scope, receive, send):
        session_key = scope["cookies"].get(settings.SESSION_COOKIE_NAME)
        session, user = await database_sync_to_async(_session_and_user)(session_key)
        return await self.inner({**scope, "session": session, "user": user}, receive, send)


def SessionAuthMiddlewareStack(inner):  # noqa: N802 - named like Channels' AuthMiddlewareStack
    return CookieMiddleware(SessionAuthMiddleware(inner))
