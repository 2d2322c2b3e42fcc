"""Real-browser tests: Debian's chromium driven by Playwright against a live server
(`python -m chatsite.serve`).

pytest-playwright's `playwright`, `browser_type`, `browser` and `browser_context_args` are
session-scoped. The sync API keeps an asyncio loop marked as running for as long as Playwright
is started, so left alone it would break every later test of the session: pytest-asyncio
refuses to start its loop ("Cannot run the event loop while another loop is running") and the
ORM raises SynchronousOnlyOperation. They are redefined here per package, so Playwright stops
when the browser tests are done.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserType, Playwright, sync_playwright

from tests.serving import ChatServer, chat_server_process

# The page helpers assert too: let pytest show what differed, as it does in the tests.
pytest.register_assert_rewrite("tests.e2e.room_page")

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


@pytest.fixture(scope="package", autouse=True)
def allow_orm_next_to_playwright() -> Iterator[None]:
    """Let these tests (and the database set-up they trigger) use the ORM while Playwright's
    loop runs; the previous value comes back afterwards, so other tests keep Django's guard."""
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    yield
    if previous is None:
        del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    """Debian's chromium: `playwright install` cannot download browsers here."""
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="package")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as started:
        yield started


@pytest.fixture(scope="package")
def browser_type(playwright: Playwright, browser_name: str) -> BrowserType:
    return getattr(playwright, browser_name)


@pytest.fixture(scope="package")
def browser(
    browser_type: BrowserType, browser_type_launch_args: dict[str, Any]
) -> Iterator[Browser]:
    browser = browser_type.launch(**browser_type_launch_args)
    yield browser
    browser.close()


@pytest.fixture(scope="package")
def browser_context_args(pytestconfig: pytest.Config, _pw_artifacts_folder: Any) -> dict[str, Any]:
    """As pytest-playwright's, less `--device` and `--base-url`, which these tests don't use."""
    if pytestconfig.getoption("--video") in ("on", "retain-on-failure"):
        return {"record_video_dir": _pw_artifacts_folder.name}
    return {}


@pytest.fixture
def start_chat_server(transactional_db: None) -> Iterator[Callable[..., ChatServer]]:
    """Starts a server on this test's database; keyword arguments are environment
    variables for it (e.g. PRESENCE_GRACE_SECONDS="1"). It inherits the run's REDIS_URL, if any,
    and otherwise uses the in-memory channel layer (fine: one process). Every server started
    is stopped before the database is flushed."""
    with ExitStack() as stack:

        def start(**env: str) -> ChatServer:
            return stack.enter_context(chat_server_process(label="e2e", env=env))

        yield start


@pytest.fixture
def chat_server(start_chat_server: Callable[..., ChatServer]) -> ChatServer:
    """A server on this test's database, with the default settings."""
    return start_chat_server()
