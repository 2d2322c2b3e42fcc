"""Rate limits for what people do on room sockets: messages and typing signals, per person.

Each limit is a token bucket kept as GCRA (the "generic cell rate algorithm"): one number per
key, the time at which the bucket is next full. A take either fits (and moves that time on by
one interval) or is refused with the seconds until it would fit. With Redis (`REDIS_URL`) the
number lives there, so the limit holds across every socket and process of a person, with
Redis's clock; without it, in this process's memory, which is then all there is.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass

from django.conf import settings

from chatsite import metrics
from rooms.loops import PerLoop

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Rate:
    burst: int  # takes that may come at once
    per_second: float  # takes that may follow, on average, every second

    @property
    def interval(self) -> float:
        return 1.0 / self.per_second


def message_rate() -> Rate | None:
    """Messages a person may send (None: no limit)."""
    if settings.SALON_MESSAGE_RATE <= 0:
        return None
    return Rate(burst=settings.SALON_MESSAGE_BURST, per_second=settings.SALON_MESSAGE_RATE)


def upload_rate() -> Rate | None:
    """Attachments a person may upload (None: no limit)."""
    if settings.SALON_UPLOAD_RATE <= 0:
        return None
    return Rate(burst=settings.SALON_UPLOAD_BURST, per_second=settings.SALON_UPLOAD_RATE)


def typing_rate() -> Rate:
    """Typing signals a person may send: about one per SALON_TYPING_MIN_INTERVAL, however
    many tabs they type in."""
    # A little under the interval: a tab that waits the interval always gets through.
    return Rate(burst=1, per_second=1.0 / (0.9 * settings.SALON_TYPING_MIN_INTERVAL))


# KEYS[1]: the bucket; ARGV: interval and tolerance (interval x (burst - 1)), microseconds.
# Returns 0 when the take fits, else the microseconds until it would.
_GCRA = """
local now_parts = redis.call('TIME')
local now = tonumber(now_parts[1]) * 1000000 + tonumber(now_parts[2])
local interval = tonumber(ARGV[1])
local tolerance = tonumber(ARGV[2])
local full_at = tonumber(redis.call('GET', KEYS[1]) or now)
if full_at < now then full_at = now end
local allowed_at = full_at - tolerance
if now < allowed_at then return allowed_at - now end
local new_full_at = full_at + interval
redis.call('SET', KEYS[1], new_full_at, 'PX', math.ceil((new_full_at - now) / 1000) + 1000)
return 0
"""


class MemoryBuckets:
    """The buckets of this process (the default stack: one process)."""

    def __init__(self) -> None:
        self.full_at: dict[str, float] = {}

    async def take(self, key: str, rate: Rate) -> float:
        now = time.monotonic()
        full_at = max(self.full_at.get(key, now), now)
        allowed_at = full_at - rate.interval * (rate.burst - 1)
        if now < allowed_at:
            return allowed_at - now
        self.full_at[key] = full_at + rate.interval
        if len(self.full_at) > 100_000:  # forget full buckets now and then
            self.full_at = {k: v for k, v in self.full_at.items() if v > now}
        return 0.0

    async def stop(self) -> None:
        self.full_at.clear()


class RedisBuckets:
    """The buckets of every process, in Redis: one round trip per take."""

    def __init__(self) -> None:
        from redis.asyncio import Redis
        from redis.asyncio.retry import Retry
        from redis.backoff import NoBackoff

        # As the channel layer (chatsite.settings): once more at once, after a Redis restart.
        self.redis = Redis.from_url(
            settings.REDIS_URL, retry=Retry(NoBackoff(), 1), **settings.REDIS_RETRY
        )
        self.script = self.redis.register_script(_GCRA)

    async def take(self, key: str, rate: Rate) -> float:
        from redis.exceptions import RedisError

        interval = round(rate.interval * 1_000_000)
        try:
            wait = await self.script(
                keys=[f"salon:rate:{key}"], args=[interval, interval * (rate.burst - 1)]
            )
        except RedisError:
            # Redis is restarting: let the action through rather than refuse everyone's
            # messages (the flood close and the socket cap do not depend on Redis).
            logger.warning("Rate limit %s not checked: Redis unavailable", key.split(":")[0])
            return 0.0
        return int(wait) / 1_000_000

    async def stop(self) -> None:
        await self.redis.aclose()


def _buckets() -> MemoryBuckets | RedisBuckets:
    return RedisBuckets() if settings.REDIS_URL else MemoryBuckets()


buckets = PerLoop(_buckets)
stop = buckets.stop


async def take(key: str, rate: Rate | None) -> float:
    """0 when `key` may act now (and it is counted), else the seconds until it may."""
    if rate is None:
        return 0.0
    wait = await buckets().take(key, rate)
    if wait:
        metrics.rate_limit_refusals.labels(key.partition(":")[0]).inc()  # msg or typing
    return wait
