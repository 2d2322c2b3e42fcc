from __future__ import annotations

import pytest
from django.test import Client

from accounts import tokens


@pytest.fixture
def alice_token(alice) -> str:
    _token, raw = tokens.token_create(user=alice, name="alice's bot")
    return raw


@pytest.fixture
def bob_token(bob) -> str:
    _token, raw = tokens.token_create(user=bob, name="bob's bot")
    return raw


def client_for(raw_token: str) -> Client:
    """A program's client: no session, no CSRF token, the bearer token on every request."""
    return Client(enforce_csrf_checks=True, headers={"Authorization": f"Bearer {raw_token}"})


@pytest.fixture
def api(alice_token) -> Client:
    """alice's program."""
    return client_for(alice_token)


@pytest.fixture
def bob_api(bob_token) -> Client:
    return client_for(bob_token)
