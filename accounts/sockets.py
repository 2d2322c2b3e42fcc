"""Who is on a WebSocket: the user of its Django session, loaded in one trip to the database.

Channels' `AuthMiddlewareStack` does the same and also wraps every frame the application sends
(to save a session changed during the connection). Room sockets never change the session, and
that check would run for every frame to every recipient of every broadcast.
"""

from __future__ import annotations

from datetime import datetime
from importlib import import_module
from types import SimpleNamespace

from channels.db import database_sync_to_async
from channels.middleware import BaseMiddleware
from channels.sessions import CookieMiddleware
from django.conf import settings
from django.contrib import auth
from django.contrib.auth.models import AnonymousUser

from accounts import tokens


def _user_of_session(session_key: str | None) -> tuple[object, datetime | None]:
    """The session's user and when the session expires, in one query."""
    session = import_module(settings.SESSION_ENGINE).SessionStore(session_key)
    # Django's own check: the user of the session, if its auth hash still matches (a password
    # change logs it out), or AnonymousUser.
    user = auth.get_user(SimpleNamespace(session=session))
    return user, getattr(session, "expire_date", None)


class SessionAuthMiddleware(BaseMiddleware):
    """Puts the session's `user` in the scope (without a session cookie, the user of a personal
    API token sent as `Authorization: Bearer <token>`), read once when the socket opens, with
    the session's key and expiry (`session_key`, `session_expires`: the socket closes when the
    session ends). The session itself is not kept: a socket never changes it, and every open
    socket would hold a copy.

    Every frame of the middleware stack lives as long as the socket: nothing is kept here
    beyond the user, and the scope (already a copy made by CookieMiddleware) is not copied
    again."""

    async def __call__(self, scope, receive, send):
        session_key = scope["cookies"].get(settings.SESSION_COOKIE_NAME)
        authorization = dict(scope["headers"]).get(b"authorization", b"")
        token = tokens.bearer_token(authorization.decode("latin1"))
        if token is not None and session_key is None:
            # A program with a personal API token (`accounts.tokens`). Its socket has no
            # session to end it; a revoked token opens no new socket.
            user = await database_sync_to_async(tokens.token_authenticate)(token)
            scope["user"] = user or AnonymousUser()
            scope["session_expires"] = scope["session_key"] = None
            return await self.inner(scope, receive, send)
        scope["user"], scope["session_expires"] = await database_sync_to_async(_user_of_session)(
            session_key
        )
        scope["session_key"] = session_key
        return await self.inner(scope, receive, send)


def SessionAuthMiddlewareStack(inner):  # noqa: N802 - named like Channels' AuthMiddlewareStack
    return CookieMiddleware(SessionAuthMiddleware(inner))
