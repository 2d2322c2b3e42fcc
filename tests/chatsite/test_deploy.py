"""Issue 15: safe defaults. DEBUG is off unless set, cookies are Secure with DEBUG off (a
plain-HTTP run opts out), `check --deploy` is clean with the README's production settings,
and error reports never print credentials."""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import RequestFactory
from django.views.debug import ExceptionReporter

from chatsite.reporting import credentials_masked

REPO = Path(__file__).resolve().parents[2]
STARS = "*" * 20

PROBE = (
    "import json, django; from django.conf import settings; django.setup(); "
    "print(json.dumps({'debug': settings.DEBUG, "
    "'session_secure': settings.SESSION_COOKIE_SECURE, "
    "'csrf_secure': settings.CSRF_COOKIE_SECURE}))"
)
SALON_VARIABLES = {
    "DEBUG",
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "CSRF_TRUSTED_ORIGINS",
    "BEHIND_HTTPS_PROXY",
    "INSECURE_COOKIES",
    "DATABASE_URL",
    "REDIS_URL",
}
# The README's "Running on PostgreSQL and Redis" environment.
PRODUCTION = {
    "DEBUG": "false",
    "ALLOWED_HOSTS": "chat.example.org",
    "CSRF_TRUSTED_ORIGINS": "https://chat.example.org",
    "BEHIND_HTTPS_PROXY": "true",
    "DATABASE_URL": "postgres://salon:secret@127.0.0.1:5432/salon",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
}


def run(args: list[str], **env: str) -> subprocess.CompletedProcess:
    """Run `args` in a fresh process with only `env` of Salon's variables."""
    clean = {k: v for k, v in os.environ.items() if k not in SALON_VARIABLES}
    clean["DJANGO_SETTINGS_MODULE"] = "chatsite.settings"
    return subprocess.run(
        args, cwd=REPO, env={**clean, **env}, capture_output=True, text=True, timeout=120
    )


def loaded(**env: str) -> dict:
    result = run([sys.executable, "-c", PROBE], **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def strong_key() -> str:
    return secrets.token_urlsafe(50)


def test_a_deployment_that_sets_only_a_secret_key_runs_without_debug():
    """Row 2: DEBUG was on whenever the variable was missing."""
    assert loaded(SECRET_KEY=strong_key()) == {
        "debug": False,
        "session_secure": True,
        "csrf_secure": True,
    }


@pytest.mark.parametrize(
    ("env", "secure"),
    [
        ({}, True),  # row 5: not Secure unless BEHIND_HTTPS_PROXY was set
        ({"DEBUG": "false"}, True),
        ({"INSECURE_COOKIES": "1"}, False),  # a plain-HTTP run of production settings
        ({"DEBUG": "true"}, False),
        ({"DEBUG": "true", "BEHIND_HTTPS_PROXY": "true"}, True),
        ({"INSECURE_COOKIES": "1", "BEHIND_HTTPS_PROXY": "true"}, True),
    ],
)
def test_cookies_are_secure_by_default_without_debug(env, secure):
    settings = loaded(SECRET_KEY=strong_key(), **env)
    assert (settings["session_secure"], settings["csrf_secure"]) == (secure, secure)


def test_check_deploy_is_clean_with_production_settings():
    result = run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        SECRET_KEY=strong_key(),
        **PRODUCTION,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.startswith("System check identified no issues"), result.stdout
    assert result.stderr == ""


# Error reports -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("redis://:hunter2@cache:6379/0", f"redis://:{STARS}@cache:6379/0"),
        ("postgres://salon:pw@db/salon", f"postgres://salon:{STARS}@db/salon"),
        ("https://sk-live-123@llm.example/v1", f"https://{STARS}@llm.example/v1"),
        ("see http://u:p@a and rediss://:q@b", f"see http://u:{STARS}@a and rediss://:{STARS}@b"),
        ("http://127.0.0.1:11434/v1", "http://127.0.0.1:11434/v1"),
        ("mail me@example.org", "mail me@example.org"),
    ],
)
def test_urls_lose_their_passwords(text, masked):
    assert credentials_masked(text) == masked


# Made when the tests run, so that no line of source a report quotes contains them.
PASSWORDS = {name: f"{name}-{secrets.token_hex(6)}" for name in ("redis", "llm", "key", "db")}


def a_failing_call(url: str) -> None:
    raise ConnectionError("the model server did not answer")


def test_error_reports_print_no_credentials(settings):
    """Row 2: the debug page printed the Redis and model server URLs with their passwords."""
    settings.DEBUG = True
    settings.REDIS_URL = f"redis://:{PASSWORDS['redis']}@cache.internal:6379/0"
    settings.CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "channels_redis.core.RedisChannelLayer",
            "CONFIG": {"hosts": [{"address": settings.REDIS_URL}]},
        }
    }
    settings.LLM_BASE_URL = f"https://llm-user:{PASSWORDS['llm']}@llm.internal/v1"
    settings.LLM_API_KEY = PASSWORDS["key"]
    request = RequestFactory().get("/rooms/x/")
    try:
        a_failing_call(f"postgres://salon:{PASSWORDS['db']}@db.internal/salon")
    except ConnectionError:
        reporter = ExceptionReporter(request, *sys.exc_info())
    html, text = reporter.get_traceback_html(), reporter.get_traceback_text()

    for report in (html, text):
        for password in (*PASSWORDS.values(), settings.SECRET_KEY):
            assert password not in report
    assert f"redis://:{STARS}@cache.internal:6379/0" in text
    assert f"https://llm-user:{STARS}@llm.internal/v1" in text
    # A frame's variable, among the local variables the page shows.
    assert f"&#x27;postgres://salon:{STARS}@db.internal/salon&#x27;" in html
