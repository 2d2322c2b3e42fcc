from __future__ import annotations

from collections.abc import Callable

import pytest
from channels.layers import get_channel_layer
from django.test import Client

from accounts.models import User
from bots import cast, runner
from rooms import events, hub, presence, services, writer
from rooms.models import Room

PASSWORD = "a-long-test-passphrase"


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
    """The configured channel layer, emptied before and after the test."""
    layer = get_channel_layer()
    await layer.flush()
    yield layer
    await layer.flush()


@pytest.fixture
async def presence_tasks(settings):
    """Socket tests: a grace period longer than any test, and no presence task left behind."""
    settings.SALON_PRESENCE_GRACE_SECONDS = 60
    # The persona cast cache is per process: no test may see another's rooms.
    cast.forget()
    yield
    await presence.stop()
    await runner.stop()
    await events.stop()
    await hub.stop()
    await writer.stop()
