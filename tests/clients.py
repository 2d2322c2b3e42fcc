"""Test clients that run requests the way the server does."""

from __future__ import annotations

from asgiref.sync import ThreadSensitiveContext
from django import test


class AsyncClient(test.AsyncClient):
    """Django's AsyncClient, with each request in a thread-sensitive context of its own, as
    Django's ASGIHandler runs requests on the server: the sync middleware in front of an async
    view get a thread of the request's own. Without it they take asgiref's one shared thread,
    which a task started by the view (a room's writer, in a context of its own) also needs,
    and the request never answers."""

    async def request(self, **request):
        async with ThreadSensitiveContext():
            return await super().request(**request)
