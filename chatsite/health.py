"""Health endpoints for load balancers and orchestrators; neither needs a login, and neither
names versions or settings.

- `GET /healthz`: the process is up and serving (no dependency is asked).
- `GET /readyz`: it can do its work: a database query and a channel-layer round trip, each
  within READY_TIMEOUT seconds; 503 naming the part that failed otherwise.
"""

from __future__ import annotations

import asyncio
import logging

from channels.db import database_sync_to_async
from channels.layers import get_channel_layer
from django.contrib.auth.decorators import login_not_required
from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

logger = logging.getLogger(__name__)

READY_TIMEOUT = 2.0


@login_not_required
@never_cache
@require_GET
async def healthz(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"status": "ok"})


def _database_ping() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


async def _layer_round_trip() -> None:
    layer = get_channel_layer()
    channel = await layer.new_channel("health.")
    await layer.send(channel, {"type": "health.ping"})
    message = await layer.receive(channel)
    if message.get("type") != "health.ping":
        raise RuntimeError("the layer returned something else")


async def _check(name: str, check, problems: dict[str, str]) -> None:
    try:
        await asyncio.wait_for(check(), READY_TIMEOUT)
    except TimeoutError:
        problems[name] = f"no answer within {READY_TIMEOUT:g} s"
    except Exception as error:  # noqa: BLE001 - any failure means not ready
        logger.warning("Readiness check %s failed", name, exc_info=True)
        problems[name] = type(error).__name__


@login_not_required
@never_cache
@require_GET
async def readyz(request: HttpRequest) -> JsonResponse:
    problems: dict[str, str] = {}
    await asyncio.gather(
        _check("database", database_sync_to_async(_database_ping), problems),
        _check("channel_layer", _layer_round_trip, problems),
    )
    checks = {name: problems.get(name, "ok") for name in ("database", "channel_layer")}
    if problems:
        return JsonResponse({"status": "unavailable", **checks}, status=503)
    return JsonResponse({"status": "ok", **checks})
