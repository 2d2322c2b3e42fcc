"""Real server processes for tests that need HTTP and WebSockets from another process.

Each server runs `python -m chatsite.serve` (uvicorn, as in production) on a free loopback
port, against the test database of the current pytest-django run. Use it inside a test that has the
`transactional_db` fixture (or `django_db(transaction=True)`), so the server sees committed
rows, and stop it before that fixture flushes the tables.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from django.conf import settings
from django.db import connection
from django.test import Client

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser

ARTIFACTS_DIR = Path(settings.BASE_DIR) / "test-artifacts"
HOST = "127.0.0.1"
# Answered over plain HTTP in production settings too (exempt from the HTTPS redirect).
READY_PATH = "/healthz"
LOG_TAIL_CHARS = 4000

# Django's guard against the ORM in async code must stay on in the server, whatever the test
# process allows itself (browser tests turn it off for their own process).
_NOT_INHERITED = ("DJANGO_ALLOW_ASYNC_UNSAFE",)

# Ignore any http_proxy in the environment: the server is on loopback.
_direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))


@dataclass
class ChatServer:
    """A server process and where to reach it. `stop`, `kill` and `start` let a test take the
    server down and bring a new process up on the same port (the log goes on in one file)."""

    port: int
    log_path: Path
    # Kept out of repr: a failing test prints its fixtures, and the environment may hold keys.
    env: dict[str, str] = field(repr=False)
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://{HOST}:{self.port}"

    @property
    def ws_url(self) -> str:
        return f"ws://{HOST}:{self.port}"

    def start(self, timeout: float = 30.0) -> None:
        """Start a new process on this port. Raises RuntimeError, with the log's tail, if it
        is not serving within `timeout` seconds."""
        if self.process is not None and self.process.poll() is None:
            raise RuntimeError(f"A server is already running on port {self.port}.")
        # The production command (see the README): chatsite.serve runs uvicorn.
        command = [sys.executable, "-m", "chatsite.serve", "--host", HOST, "--port", str(self.port)]
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(
                command,
                cwd=settings.BASE_DIR,
                env=self.env,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        _wait_until_serving(self, timeout)

    def stop(self) -> None:
        """Shut the process down as a deployment would (SIGTERM), and wait until it exits."""
        if self.process is not None:
            _stop(self.process)

    def kill(self) -> None:
        """End the process at once (SIGKILL), as a crash would: nothing gets to clean up."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)


def free_port() -> int:
    """A loopback port that nothing listens on right now."""
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def shared_database_url() -> str:
    """DATABASE_URL for the test database of this run; call it once that database exists."""
    db = connection.settings_dict
    engine, name = db["ENGINE"], str(db["NAME"])
    if engine == "django.db.backends.sqlite3":
        if name == ":memory:" or name.startswith("file:") or not Path(name).is_absolute():
            raise RuntimeError(
                f"Another process cannot open the SQLite test database {name!r}: it must be "
                "a file with an absolute path (settings set DATABASES TEST NAME for this)."
            )
        return f"sqlite:///{name}"  # sqlite:////abs/path: three slashes, then the absolute path
    if engine == "django.db.backends.postgresql":
        credentials = quote(db["USER"] or "", safe="")
        if db["PASSWORD"]:
            credentials += ":" + quote(db["PASSWORD"], safe="")
        host = db["HOST"] or "localhost"
        port = f":{db['PORT']}" if db["PORT"] else ""
        at = "@" if credentials else ""
        return f"postgres://{credentials}{at}{host}{port}/{quote(name, safe='')}"
    raise RuntimeError(f"tests/serving.py does not know how to share a {engine} database.")


def server_env(overrides: Mapping[str, str | None] | None = None) -> dict[str, str]:
    """The environment of a server: this process's, on the test database, plus `overrides`
    (a value of None removes that variable)."""
    env = {key: value for key, value in os.environ.items() if key not in _NOT_INHERITED}
    env.update(
        DATABASE_URL=shared_database_url(),
        DJANGO_SETTINGS_MODULE="chatsite.settings",
        PYTHONUNBUFFERED="1",
        # Tests send and catch up faster than a person may (as tests/conftest.py's
        # generous_limits): a test of the limits passes these itself.
        MESSAGE_BURST="10000",
        SYNC_MIN_INTERVAL="0",
    )
    for key, value in (overrides or {}).items():
        if value is None:
            env.pop(key, None)
        else:
            env[key] = value
    return env


@contextmanager
def chat_server_process(
    *,
    label: str = "server",
    env: Mapping[str, str | None] | None = None,
    timeout: float = 30.0,
) -> Iterator[ChatServer]:
    """Run a server on a free port until the block ends; its output goes to
    test-artifacts/<label>.log. Raises RuntimeError, with the log's tail, if it is not
    serving within `timeout` seconds."""
    ARTIFACTS_DIR.mkdir(exist_ok=True)
    log_path = ARTIFACTS_DIR / f"{label}.log"
    log_path.write_bytes(b"")
    server = ChatServer(port=free_port(), log_path=log_path, env=server_env(env))
    try:
        server.start(timeout)
        yield server
    finally:
        server.stop()


def _wait_until_serving(server: ChatServer, timeout: float) -> None:
    assert server.process is not None
    deadline = time.monotonic() + timeout
    problem = "no answer yet"
    while time.monotonic() < deadline:
        try:
            with _direct.open(server.url + READY_PATH, timeout=2) as response:
                if response.status == 200:
                    return
                problem = f"GET {READY_PATH} answered {response.status}"
        except urllib.error.HTTPError as error:
            problem = f"GET {READY_PATH} answered {error.code}"
        except OSError as error:  # refused while the server starts up
            problem = str(error)
        try:
            # Waits for the process to exit, which is also the pause between two polls.
            code = server.process.wait(timeout=0.1)
        except subprocess.TimeoutExpired:
            continue
        raise RuntimeError(
            f"The server exited with code {code} before serving on port {server.port}.\n"
            + _log_tail(server.log_path)
        )
    raise RuntimeError(
        f"The server was not serving {server.url}{READY_PATH} after {timeout:g} s ({problem}).\n"
        + _log_tail(server.log_path)
    )


def _log_tail(log_path: Path) -> str:
    text = log_path.read_text(errors="replace") if log_path.exists() else ""
    return f"--- last lines of {log_path} ---\n{text[-LOG_TAIL_CHARS:]}"


def _stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


def session_cookie_for(user: AbstractBaseUser) -> str:
    """The value of a session cookie that logs `user` in (the session is saved in the test
    database, so a server on that database accepts it)."""
    client = Client()
    client.force_login(user)
    return client.cookies[settings.SESSION_COOKIE_NAME].value
