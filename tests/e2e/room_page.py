"""Driving a Salon room page in a real browser as a person would, and reading what it shows."""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from django.conf import settings
from django.db import connections
from playwright.sync_api import BrowserContext, Dialog, Locator, Page, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from accounts.models import User
from rooms.models import Message, Room
from tests.serving import ChatServer, session_cookie_for

# Long enough for a slow shared machine; a message normally arrives within milliseconds.
LIVE_MS = 10_000
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 390, "height": 844}
PASSWORD = "velvet-armchair-47"

T = TypeVar("T")


def sign_in(context: BrowserContext, server: ChatServer, user: User) -> None:
    """Give the browser context `user`'s session, as if they had logged in."""
    cookie = session_cookie_for(user)
    context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": server.url}]
    )


def open_room(context: BrowserContext, server: ChatServer, room: Room) -> Page:
    """A new page on `room`, once its socket is open (from then on it hears the room)."""
    page = context.new_page()
    page.goto(f"{server.url}/rooms/{room.slug}/")
    expect_live(page)
    return page


def expect_live(page: Page, timeout: float = LIVE_MS) -> None:
    status = page.locator("#connection-status")
    expect(status).to_have_attribute("data-state", "open", timeout=timeout)
    expect(status).to_have_text("Live")


def send(page: Page, text: str) -> None:
    """Type `text` in the composer and press Enter, as a person would."""
    composer = page.locator("#composer-body")
    composer.fill(text)
    composer.press("Enter")
    expect(composer).to_have_value("")


def expect_bodies(page: Page, bodies: list[str], timeout: float = LIVE_MS) -> None:
    """The room shows exactly these messages, in this order, each once (as rendered text:
    a line break reads as a space). Pending copies count too."""
    expect(page.locator("#messages article.message .message-body")).to_have_text(
        bodies, use_inner_text=True, timeout=timeout
    )


def expect_empty_timeline(page: Page) -> None:
    """The room shows no message at all, only its invitation to say hello."""
    expect(page.locator("#messages article.message")).to_have_count(0)
    expect(page.locator("#messages .timeline-empty")).to_be_visible()
    expect(page.locator("#messages .timeline-empty")).to_have_text("No messages yet. Say hello!")


# The member panel as a person reads it: each row's name and whether it says online (the
# presence dot follows `data-online`, a screen reader reads the hidden word; a row where the
# two disagree reads e.g. "online (says offline)"), the counts, and how many rows are still
# waiting in `#member-updates` (rows the page received but did not put in place).
_MEMBER_PANEL_JS = """() => {
    const rows = Array.from(document.querySelectorAll("#member-list > li.member"), (li) => {
        const state = li.dataset.online === "true" ? "online" : "offline";
        const says = (li.querySelector(".visually-hidden")?.textContent || "").trim();
        const name = (li.querySelector(".member-name")?.textContent || "").trim();
        return [name, says === state ? state : `${state} (says ${says})`];
    });
    const counts = document.getElementById("member-counts");
    return {
        rows,
        counts: counts ? counts.textContent.trim() : null,
        waiting: document.querySelectorAll("#member-updates > *").length,
    };
}"""


def member_panel(page: Page) -> dict[str, object]:
    """What the member panel shows now (see `_MEMBER_PANEL_JS`)."""
    state = page.evaluate(_MEMBER_PANEL_JS)
    state["rows"] = [tuple(row) for row in state["rows"]]
    return state


def panel(rows: list[tuple[str, str]], counts: str) -> dict[str, object]:
    """A member panel state, as `member_panel` reads it, with nothing left waiting."""
    return {"rows": rows, "counts": counts, "waiting": 0}


def expect_members(
    page: Page, rows: list[tuple[str, str]], counts: str, timeout: float = LIVE_MS
) -> None:
    """The member panel lists exactly these (name, "online"/"offline") rows, in this order,
    and reads `counts` (e.g. "2 of 3 online"), all at one moment."""
    want = panel(rows, counts)
    same = "(s) => JSON.stringify([s.rows, s.counts, s.waiting])"
    # On a timeout, the assertion below shows what the panel says instead.
    with contextlib.suppress(PlaywrightTimeoutError):
        page.wait_for_function(
            f"(want) => ({same})(({_MEMBER_PANEL_JS})()) === ({same})(want)",
            arg=want,
            timeout=timeout,
        )
    assert member_panel(page) == want


def record_member_panel(page: Page) -> None:
    """From now on, keep in `window.memberPanelLog` each state the member panel takes (as
    `member_panel` reads it, with `at`, ms since the epoch), starting with the current one. A
    reload of the page would lose the log."""
    page.evaluate(
        f"""() => {{
            const read = {_MEMBER_PANEL_JS};
            const key = (state) => JSON.stringify(state);
            let last = read();
            window.memberPanelLog = [{{...last, at: Date.now()}}];
            // The panel itself is replaced whole on a catch-up: watch its parent.
            new MutationObserver(() => {{
                const now = read();
                if (key(now) === key(last)) return;
                last = now;
                window.memberPanelLog.push({{...now, at: Date.now()}});
            }}).observe(document.getElementById("members"), {{
                childList: true, subtree: true, attributes: true, characterData: true,
            }});
        }}"""
    )


def member_panel_log(page: Page) -> list[dict[str, object]]:
    """The states `record_member_panel` saw, oldest first; each with `at`."""
    log = page.evaluate("window.memberPanelLog")
    assert log is not None, "the page was reloaded: its member panel log is gone"
    for state in log:
        state["rows"] = [tuple(row) for row in state["rows"]]
    return log


def without_times(log: list[dict[str, object]]) -> list[dict[str, object]]:
    return [{key: value for key, value in state.items() if key != "at"} for state in log]


def message_ids(page: Page) -> list[str]:
    """The element ids of the messages on the page, in page order."""
    return page.locator("#messages article.message").evaluate_all("els => els.map(e => e.id)")


def article(page: Page, body: str) -> Locator:
    """The one message on the page whose body reads `body`."""
    exactly = re.compile(rf"^{re.escape(body)}$")
    return page.locator("#messages article.message").filter(
        has=page.locator(".message-body").filter(has_text=exactly)
    )


def accept_dialogs(page: Page) -> list[str]:
    """Accept every dialog the page opens (window.confirm); the list fills with their texts."""
    seen: list[str] = []

    def on_dialog(dialog: Dialog) -> None:
        seen.append(dialog.message)
        dialog.accept()

    page.on("dialog", on_dialog)
    return seen


def saved_bodies(room: Room) -> list[str]:
    """What the database holds for `room`, in id order, as the page renders it."""
    return [
        "message deleted" if message.deleted_at else message.body
        for message in Message.objects.filter(room=room).order_by("id")
    ]


def in_worker_thread(function: Callable[..., T], /, **kwargs: object) -> T:
    """Call `function` in a thread of its own and return its result. Services broadcast with
    async_to_sync, which refuses to run in a thread whose event loop is running, and
    Playwright's sync API keeps one running in this thread."""

    def call() -> T:
        try:
            return function(**kwargs)
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(call).result()
