from __future__ import annotations

from collections.abc import Callable

import pytest
import redis
from channels.db import database_sync_to_async
from channels.layers import DEFAULT_CHANNEL_LAYER, channel_layers, get_channel_layer
from django.conf import settings
from django.core.cache import caches
from django.db import connections
from django.test import Client

from accounts.models import User
from bots import cast, runner
from rooms import events, hub, limits, presence, services, writer
from rooms.models import Room

PASSWORD = "a-long-test-passphrase"
# Where chatsite.settings keeps Django's cache in Redis (when REDIS_URL is set).
CACHE_KEY_PREFIX = "salon:"


def empty_redis_cache(url: str) -> None:
    """Delete what Django's cache keeps in the Redis at `url` (nothing of the channel layer's)."""
    with redis.Redis.from_url(url) as client:
        keys = list(client.scan_iter(match=f"{CACHE_KEY_PREFIX}*", count=1000))
        if keys:
            client.delete(*keys)


@pytest.fixture(autouse=True)
def generous_limits(settings) -> None:
    """Most tests send (and catch up) faster than a person may; the limits have their own
    tests (tests/rooms/test_limits.py), which set them back."""
    settings.SALON_MESSAGE_BURST = 10_000
    settings.SALON_SYNC_MIN_INTERVAL = 0


@pytest.fixture(autouse=True)
def empty_default_cache() -> None:
    """Log-in failures and sign-up counts (the default cache) from one test must not throttle
    the next: in Redis they outlive the test, in local memory they last as long as the process."""
    if settings.REDIS_URL:
        empty_redis_cache(settings.REDIS_URL)
    else:
        caches["default"].clear()


@pytest.fixture
def make_user(db) -> Callable[..., User]:
    def make(username: str) -> User:
        return User.objects.create_user(username=username, password=PASSWORD)

    return make


@pytest.fixture
def alice(make_user) -> User:
    return make_user("alice")


@pytest.fixture
def bob(make_user) -> User:
    return make_user("bob")


@pytest.fixture
def carol(make_user) -> User:
    return make_user("carol")


@pytest.fixture
def room(alice) -> Room:
    """A public room owned by alice."""
    return services.room_create(creator=alice, name="Tea Room", topic="Leaves and kettles")


@pytest.fixture
def private_room(alice) -> Room:
    return services.room_create(creator=alice, name="Back Office", is_private=True)


@pytest.fixture
def client_for(db) -> Callable[[User], Client]:
    def make(user: User) -> Client:
        client = Client()
        client.force_login(user)
        return client

    return make


@pytest.fixture
async def channel_layer():
    """A new instance of the configured channel layer for this test, emptied before and after.

    Each test runs on an event loop of its own, while Channels keeps one layer instance per
    process. channels-redis keeps asyncio locks on the instance (`receive_clean_locks`, shared
    by every channel of the instance): a test whose loop closed while a hub was inside
    `receive` leaves one held, bound to that dead loop, and every later test's hub then fails
    to receive ("bound to a different event loop"). A server has one loop and never meets it.
    """
    channel_layers.backends.pop(DEFAULT_CHANNEL_LAYER, None)
    layer = get_channel_layer()
    await layer.flush()
    yield layer
    await layer.flush()
    channel_layers.backends.pop(DEFAULT_CHANNEL_LAYER, None)


@pytest.fixture
async def database_thread(django_db_blocker):
    """Tests that reach the database from async code (`database_sync_to_async`): the
    connection that the database thread keeps (for `CONN_MAX_AGE`, and for good under
    Channels' test communicator, which turns off the closing of old connections) is closed
    when the test ends, so that none holds the test database when it is dropped. Its database
    fixture may be gone by then (fixture order), hence the unblock: closing needs no query."""
    yield
    with django_db_blocker.unblock():
        await database_sync_to_async(connections.close_all)()


@pytest.fixture
async def presence_tasks(settings, database_thread):
    """Socket tests: a grace period longer than any test, and no presence task left behind
    (nor, through `database_thread`, a database connection)."""
    settings.SALON_PRESENCE_GRACE_SECONDS = 60
    # The persona cast cache is per process: no test may see another's rooms.
    cast.forget()
    yield
    await presence.stop()
    await runner.stop()
    await events.stop()
    await hub.stop()
    await writer.stop()
    await limits.stop()
