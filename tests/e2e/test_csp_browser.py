"""Salon's pages under its Content-Security-Policy, in a real browser: log-in through the
form, the lobby's htmx refresh, a live room (htmx, its WebSocket extension and the page's
glue) and the admin all work, and the browser reports no violation."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import BrowserContext, Page, expect

from accounts.models import User
from rooms import services
from tests.e2e.room_page import (
    LIVE_MS,
    PASSWORD,
    expect_bodies,
    expect_live,
    in_worker_thread,
    send,
)
from tests.serving import ChatServer

NewContext = Callable[..., BrowserContext]

# Runs in every page before its own scripts (Playwright injects it; the policy does not apply).
RECORD_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.cspViolations.push({directive: event.violatedDirective, blocked: event.blockedURI});
});
"""


def watched_context(new_context: NewContext) -> tuple[BrowserContext, list[str]]:
    """A browser context whose pages record policy violations (`window.cspViolations`); the
    list fills with every console message about the policy."""
    context = new_context()
    context.add_init_script(RECORD_VIOLATIONS)
    console: list[str] = []
    context.on(
        "console",
        lambda message: (
            console.append(message.text) if "Content Security Policy" in message.text else None
        ),
    )
    return context, console


def violations(page: Page) -> list[dict[str, str]]:
    return page.evaluate("window.cspViolations")


def log_in(page: Page, server: ChatServer, username: str, then: str = "/") -> None:
    """Log in through the form (django-axes checks it), and land on `then`."""
    page.goto(f"{server.url}/accounts/login/?next={then}")
    page.locator('input[name="username"]').fill(username)
    page.locator('input[name="password"]').fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page).to_have_url(server.url + then)


def test_live_room_under_the_policy(chat_server: ChatServer, new_context: NewContext) -> None:
    alice_user = User.objects.create_user(username="alice", password=PASSWORD)
    bruno_user = User.objects.create_user(username="bruno", password=PASSWORD)
    room = in_worker_thread(services.room_create, creator=alice_user, name="Book club")
    in_worker_thread(services.membership_join, room=room, user=bruno_user)

    alice_context, alice_console = watched_context(new_context)
    alice = alice_context.new_page()
    log_in(alice, chat_server, "alice")
    expect(alice.locator("#my-rooms")).to_contain_text("Book club")

    # Coming back to the tab refreshes "Your rooms" (hx-trigger, fed by the page's glue), once
    # the page's scripts have run and htmx has set up its triggers.
    alice.wait_for_load_state("load")
    alice.wait_for_function(
        "() => window.htmx && document.querySelector('#my-rooms')['htmx-internal-data']"
    )
    with alice.expect_request(
        lambda request: (
            request.url == f"{chat_server.url}/" and request.headers.get("hx-request") == "true"
        ),
        timeout=LIVE_MS,
    ):
        alice.evaluate("document.dispatchEvent(new Event('visibilitychange'))")

    alice.locator("#my-rooms").get_by_text("Book club").click()
    expect(alice).to_have_url(f"{chat_server.url}/rooms/{room.slug}/")
    expect_live(alice)

    bruno_context, bruno_console = watched_context(new_context)
    bruno = bruno_context.new_page()
    log_in(bruno, chat_server, "bruno", then=f"/rooms/{room.slug}/")
    expect_live(bruno)

    send(alice, "Chapter three?")
    expect_bodies(bruno, ["Chapter three?"])
    send(bruno, "Done it.")
    expect_bodies(alice, ["Chapter three?", "Done it."])
    # The per-person styles (the page's nonce-bearing <style>) apply: alice's own message.
    expect(
        alice.locator("#messages article.message").first.locator(".message-author")
    ).to_have_text("alice")
    assert (
        alice.locator("#messages article.message").first.evaluate(
            "el => getComputedStyle(el.querySelector('.message-author'), '::after').content"
        )
        == '" (you)"'
    )

    assert (violations(alice), violations(bruno)) == ([], [])
    assert (alice_console, bruno_console) == ([], [])

    # And the policy is enforced: a script slipped into the page does not run.
    alice.evaluate(
        """() => {
            const script = document.createElement("script");
            script.textContent = "window.inlineScriptRan = true";
            document.body.append(script);
        }"""
    )
    alice.wait_for_function("window.cspViolations.length > 0", timeout=LIVE_MS)
    assert violations(alice) == [{"directive": "script-src-elem", "blocked": "inline"}]
    assert alice.evaluate("window.inlineScriptRan") is None


def test_admin_under_the_policy(chat_server: ChatServer, new_context: NewContext) -> None:
    staff = User.objects.create_superuser(username="ada", password=PASSWORD)
    context, console = watched_context(new_context)
    page = context.new_page()
    log_in(page, chat_server, "ada")
    for path in (
        "/admin/",
        "/admin/accounts/user/",
        f"/admin/accounts/user/{staff.pk}/change/",
        "/admin/accounts/user/add/",
        "/admin/rooms/room/",
        "/admin/bots/persona/",
        "/admin/bots/persona/add/",
    ):
        page.goto(chat_server.url + path)
        expect(page.locator("#site-name")).to_have_text("Django administration")
        assert (path, violations(page)) == (path, [])
    assert console == []
