"""Limits on how fast one address may create accounts or ask for password resets, and whose
address a request is.

Counts live in the default cache: Redis when `REDIS_URL` is set, so every process sees the
same counts; local memory otherwise (one process). Log-in failures are django-axes' business
(settings: AXES_*); it reads the address through `client_address` too.
"""

from __future__ import annotations

import hashlib
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
    return _slot_take(
        f"signups:{address}",
        limit=settings.SALON_SIGNUP_LIMIT,
        window=settings.SALON_SIGNUP_WINDOW_SECONDS,
    )


def password_reset_slot_take(*, address: str, email: str) -> int:
    """Count one password-reset request from `address` for `email`, whether or not an account
    has that address (so the answer reveals nothing). Returns 0 if both were within their limit
    (SALON_PASSWORD_RESET_LIMIT requests in SALON_PASSWORD_RESET_WINDOW_SECONDS, per network
    address and per e-mail address), else the seconds until another may be asked for."""
    window = settings.SALON_PASSWORD_RESET_WINDOW_SECONDS
    limit = settings.SALON_PASSWORD_RESET_LIMIT
    waits = [
        _slot_take(f"resets:{address}", limit=limit, window=window),
        _slot_take(f"resets-to:{_digest(email.strip().casefold())}", limit=limit, window=window),
    ]
    return max(waits)


def _slot_take(key: str, *, limit: int, window: float) -> int:
    """Count one event under `key` in a fixed window opened by the first: 0 within `limit`,
    else the seconds until the window ends."""
    count_key, since_key = key, f"{key}:since"
    now = time.time()
    # The first event of a window opens it; both keys expire when it ends. `incr` is atomic
    # in Redis and in local memory, so concurrent events never share a slot.
    cache.add(since_key, now, timeout=window)
    cache.add(count_key, 0, timeout=window)
    try:
        count = cache.incr(count_key)
    except ValueError:  # the window ended between add and incr: this one opens the next
        cache.set(since_key, now, timeout=window)
        cache.set(count_key, 1, timeout=window)
        count = 1
    if count <= limit:
        return 0
    since = cache.get(since_key, now)
    return max(1, math.ceil(since + window - now))


def _digest(text: str) -> str:
    """A short, fixed-length key part for text a client chose (any length, any characters)."""
    return hashlib.sha256(text.encode()).hexdigest()[:32]
