"""Response headers: a Content-Security-Policy on every page, HSTS and the HTTPS redirect
behind the TLS proxy, so that `check --deploy` no longer warns W004 and W008."""

from __future__ import annotations

import json
import re
import sys

from tests.chatsite.test_deploy import run, strong_key

# The README's production environment (no database or Redis is reached by these probes).
PRODUCTION = {
    "DEBUG": "false",
    "ALLOWED_HOSTS": "chat.example.org",
    "CSRF_TRUSTED_ORIGINS": "https://chat.example.org",
    "BEHIND_HTTPS_PROXY": "true",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
}

POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "style-src-elem": ["'self'"],
    "style-src-attr": ["'unsafe-inline'"],
    "img-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'none'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}


def policy(header: str) -> dict[str, list[str]]:
    directives = (part.split() for part in header.split(";") if part.strip())
    return {name: sources for name, *sources in directives}


def test_pages_carry_the_policy(client):
    response = client.get("/accounts/login/")
    assert policy(response["Content-Security-Policy"]) == POLICY
    assert "Strict-Transport-Security" not in response


def test_the_room_page_styles_itself_with_the_requests_nonce(client_for, alice, room):
    response = client_for(alice).get(f"/rooms/{room.slug}/")
    html = response.content.decode()
    [nonce] = re.findall(r'<style nonce="([^"]+)">', html)
    header = policy(response["Content-Security-Policy"])
    assert header["style-src-elem"] == ["'self'", f"'nonce-{nonce}'"]
    assert header["script-src"] == ["'self'"]
    # Every script comes from a file: none would run inline under the policy.
    scripts = re.findall(r"<script\b[^>]*>", html)
    assert scripts and all(" src=" in tag for tag in scripts)
    assert client_for(alice).get(f"/rooms/{room.slug}/").content.decode().count(nonce) == 0


HEADERS_PROBE = """
import json, django
django.setup()
from django.test.utils import setup_test_environment
setup_test_environment()
from django.test import Client
# "/" sends a visitor to the log-in page, and renders no static file (not collected here).
secure = Client().get("/", headers={"X-Forwarded-Proto": "https"})
plain = Client().get("/")
print(json.dumps({
    "secure": [secure.status_code, secure.get("Strict-Transport-Security")],
    "plain": [plain.status_code, plain.get("Location"), plain.get("Strict-Transport-Security")],
}))
"""


def test_behind_the_https_proxy_browsers_are_kept_on_https():
    result = run([sys.executable, "-c", HEADERS_PROBE], SECRET_KEY=strong_key(), **PRODUCTION)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {
        "secure": [302, "max-age=31536000; includeSubDomains; preload"],
        "plain": [301, "https://testserver/", None],
    }


def test_hsts_is_configurable():
    env = {**PRODUCTION, "HSTS_SECONDS": "600", "HSTS_PRELOAD": "false"}
    result = run([sys.executable, "-c", HEADERS_PROBE], SECRET_KEY=strong_key(), **env)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["secure"] == [302, "max-age=600; includeSubDomains"]


def test_check_deploy_no_longer_asks_for_hsts_or_the_https_redirect():
    result = run(
        [sys.executable, "manage.py", "check", "--deploy"], SECRET_KEY=strong_key(), **PRODUCTION
    )
    assert result.returncode == 0, result.stderr
    for warning in ("security.W004", "security.W008", "axes.", "csp."):
        assert warning not in result.stdout + result.stderr
