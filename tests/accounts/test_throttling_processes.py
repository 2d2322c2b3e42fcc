"""Log-in and sign-up limits hold across server processes (their counts are in Redis) and count
the address the reverse proxy forwarded: `chatsite.serve` trusts X-Forwarded-For from
127.0.0.1, where these requests come from, as a proxy on the same machine would send them."""

from __future__ import annotations

import os
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import ExitStack
from http.cookiejar import CookieJar

import pytest

from accounts.models import User
from tests.conftest import PASSWORD, empty_redis_cache
from tests.serving import ChatServer, chat_server_process


@pytest.fixture
def two_servers(transactional_db: None) -> Iterator[tuple[ChatServer, ChatServer]]:
    """Two server processes on the test database, sharing one Redis (cache and channel layer),
    its throttling counts emptied first."""
    redis_url = os.environ.get("REDIS_URL") or os.environ.get("TEST_REDIS_URL")
    if not redis_url:
        pytest.fail("Set REDIS_URL or TEST_REDIS_URL (scripts/test.sh sets TEST_REDIS_URL).")
    empty_redis_cache(redis_url)
    with ExitStack() as stack:
        first, second = (
            stack.enter_context(
                chat_server_process(label=f"throttle-{n}", env={"REDIS_URL": redis_url})
            )
            for n in (1, 2)
        )
        yield first, second


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # a redirect is an answer here, not a place to go


def post_form(server: ChatServer, path: str, fields: dict[str, str], client_ip: str) -> int:
    """POST a form as a browser behind the proxy at `client_ip` would; returns the status."""
    opener = urllib.request.build_opener(
        urllib.request.ProxyHandler({}),  # the server is on loopback: no http_proxy
        urllib.request.HTTPCookieProcessor(CookieJar()),
        _NoRedirects(),
    )
    opener.addheaders = [("X-Forwarded-For", client_ip)]
    with opener.open(server.url + path, timeout=30) as form:
        html = form.read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    data = urllib.parse.urlencode({"csrfmiddlewaretoken": token, **fields}).encode()
    try:
        with opener.open(server.url + path, data=data, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as answer:  # 302 and 429 too
        return answer.code


def log_in(server: ChatServer, password: str, client_ip: str) -> int:
    return post_form(
        server, "/accounts/login/", {"username": "alice", "password": password}, client_ip
    )


def sign_up(server: ChatServer, username: str, client_ip: str) -> int:
    fields = {"username": username, "password1": PASSWORD, "password2": PASSWORD}
    return post_form(server, "/accounts/signup/", fields, client_ip)


def test_login_failures_count_across_processes_per_forwarded_address(two_servers):
    User.objects.create_user(username="alice", password=PASSWORD)
    servers = two_servers

    attacker = "203.0.113.50"
    answers = [log_in(servers[n % 2], f"wrong-{n}", attacker) for n in range(5)]
    assert answers == [200, 200, 200, 200, 429]
    assert [log_in(server, PASSWORD, attacker) for server in servers] == [429, 429]

    # alice herself, from her own address, through either process.
    assert [log_in(server, PASSWORD, "203.0.113.51") for server in servers] == [302, 302]


def test_signups_count_across_processes_per_forwarded_address(two_servers):
    servers = two_servers

    answers = [sign_up(servers[n % 2], f"reader{n}", "203.0.113.60") for n in range(7)]
    assert answers == [302] * 5 + [429] * 2
    assert sign_up(servers[1], "neighbour", "203.0.113.61") == 302
    assert sorted(User.objects.values_list("username", flat=True)) == [
        "neighbour",
        "reader0",
        "reader1",
        "reader2",
        "reader3",
        "reader4",
    ]
