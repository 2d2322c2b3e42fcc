"""Limits on how fast one address may create accounts, and whose address a request is.

Counts live in the default cache: Redis when `REDIS_URL` is set, so every process sees the
same counts; local memory otherwise (one process). Log-in failures are django-axes' business
(settings: AXES_*); it reads the address through `client_address` too.
"""

from __future__ import annotations

import math
import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest


def client_address(request: HttpRequest) -> str:
    """The client's IP address. Behind Salon's reverse proxy, uvicorn has already replaced the
    proxy's address with the one it forwarded (chatsite.serve trusts X-Forwarded-For from
    127.0.0.1 only), so no header a client writes itself is read here."""
    return request.META.get("REMOTE_ADDR") or ""


def signup_slot_take(*, address: str) -> int:
    """Count one new account from `address`. Returns 0 if the address was within its limit
    (SALON_SIGNUP_LIMIT accounts in SALON_SIGNUP_WINDOW_SECONDS from its first), else the
    seconds until it may sign up again."""
    window = settings.SALON_SIGNUP_WINDOW_SECONDS
    count_key, since_key = f"signups:{address}", f"signups-since:{address}"
    now = time.time()
    # The first sign-up of a window opens it; both keys expire when it ends. `incr` is atomic
    # in Redis and in local memory, so concurrent sign-ups never share a slot.
    cache.add(since_key, now, timeout=window)
    cache.add(count_key, 0, timeout=window)
    try:
        count = cache.incr(count_key)
    except ValueError:  # the window ended between add and incr: this one opens the next
        cache.set(since_key, now, timeout=window)
        cache.set(count_key, 1, timeout=window)
        count = 1
    if count <= settings.SALON_SIGNUP_LIMIT:
        return 0
    since = cache.get(since_key, now)
    return max(1, math.ceil(since + window - now))
