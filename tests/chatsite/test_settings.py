from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

PROBE = (
    "import json, django; from django.conf import settings; django.setup(); "
    "print(json.dumps({'engine': settings.DATABASES['default']['ENGINE'], "
    "'name': settings.DATABASES['default']['NAME'], "
    "'layer': settings.CHANNEL_LAYERS['default'], 'debug': settings.DEBUG}, "
    "default=lambda value: getattr(value, '__name__', None) "
    "or f'{type(value).__name__}({value._retries})'))"
)


def load_settings(**env: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REDIS_URL"}}
    clean.pop("SECRET_KEY", None)
    clean.pop("DEBUG", None)
    clean["DJANGO_SETTINGS_MODULE"] = "chatsite.settings"
    return subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=REPO,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_defaults_are_sqlite_and_in_memory_layer_and_debug_off():
    result = load_settings(SECRET_KEY="s" * 50)
    assert result.returncode == 0, result.stderr
    loaded = json.loads(result.stdout)
    assert loaded["engine"] == "django.db.backends.sqlite3"
    assert loaded["name"] == str(REPO / "db.sqlite3")
    assert loaded["layer"] == {"BACKEND": "channels.layers.InMemoryChannelLayer"}
    assert loaded["debug"] is False


def test_production_refuses_to_start_without_secret_key():
    result = load_settings(DEBUG="false")
    assert result.returncode != 0
    assert "SECRET_KEY must be set when DEBUG is off." in result.stderr


def test_production_with_secret_key_starts():
    result = load_settings(DEBUG="false", SECRET_KEY="s" * 50)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["debug"] is False


def test_database_url_and_redis_url_switch_backends():
    result = load_settings(
        DEBUG="true",
        DATABASE_URL="postgres://salon:pw@db.internal:5433/salon",
        REDIS_URL="redis://cache.internal:6379/3",
    )
    assert result.returncode == 0, result.stderr
    loaded = json.loads(result.stdout)
    assert (loaded["engine"], loaded["name"]) == ("django.db.backends.postgresql", "salon")
    assert loaded["layer"]["BACKEND"] == "channels_redis.core.RedisChannelLayer"
    # A command on a connection a restarted Redis closed is tried once more, at once.
    assert loaded["layer"]["CONFIG"]["hosts"] == [
        {
            "address": "redis://cache.internal:6379/3",
            "socket_timeout": None,
            "retry": "Retry(1)",
            "retry_on_error": ["ConnectionError"],
        }
    ]
