"""Issue 9 in a real browser: unread that stays live (row 6) and axe-core on the lobby and a
room (part 9). The lobby's badges and the tab title follow what others write, with no reload
and no polling, and notifications come only after "Turn on notifications" is clicked.

With UPDATE_DOCS_SCREENSHOT=1 the README's pictures in docs/ are refreshed from these runs.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from playwright.sync_api import BrowserContext, Page, expect

from accounts.models import User
from rooms import direct, services
from rooms.models import Membership, Message
from tests.e2e.room_page import (
    DESKTOP,
    LIVE_MS,
    PHONE,
    expect_live,
    in_worker_thread,
    open_room,
    send,
)
from tests.e2e.test_hardening_browser import log_in, post
from tests.serving import ARTIFACTS_DIR, ChatServer

# Notifications and the tab's visibility, as a test can see and steer them: every Notification
# made and every permission request is recorded, and `__setHidden(true)` makes the page
# believe its tab went to the background (headless tabs are always visible).
WATCH_NOTIFICATIONS = """
(() => {
  const Real = window.Notification;
  window.__notifications = [];
  window.__permissionRequests = 0;
  class Recorded extends Real {
    constructor(title, options) {
      super(title, options);
      window.__notifications.push(title);
    }
    static get permission() { return Real.permission; }
    static requestPermission() {
      window.__permissionRequests += 1;
      return Real.requestPermission();
    }
  }
  window.Notification = Recorded;
  let hidden = false;
  Object.defineProperty(Document.prototype, "visibilityState", {
    configurable: true, get() { return hidden ? "hidden" : "visible"; },
  });
  Object.defineProperty(Document.prototype, "hidden", {
    configurable: true, get() { return hidden; },
  });
  window.__setHidden = (value) => {
    hidden = value;
    document.dispatchEvent(new Event("visibilitychange"));
  };
})();
"""


def refresh_docs(artifact: str, name: str) -> None:
    if os.environ.get("UPDATE_DOCS_SCREENSHOT"):
        # Refreshed on request only, so that test runs leave the tree clean.
        shutil.copyfile(ARTIFACTS_DIR / artifact, Path(settings.BASE_DIR) / "docs" / name)


def card_badges(page: Page, slug: str) -> list[str]:
    return page.locator(f"#room-card-{slug} .count").all_inner_texts()


def expect_title(page: Page, title: str) -> None:
    expect(page).to_have_title(title, timeout=LIVE_MS)


def expect_badges(page: Page, slug: str, badges: list[str], *, title: str) -> None:
    """The lobby's card of the room shows exactly these badges, and the tab `title`."""
    expect(page.locator(f"#room-card-{slug} .count")).to_have_text(badges, timeout=LIVE_MS)
    expect_title(page, title)


def test_lobby_badges_title_and_notifications_stay_live(
    chat_server: ChatServer, new_context: Callable[..., BrowserContext]
) -> None:
    ARTIFACTS_DIR.mkdir(exist_ok=True)
    alice, bruno = (User.objects.create_user(username=name) for name in ("alice", "bruno"))
    club = services.room_create(creator=alice, name="Book club", topic="One chapter a week")
    services.membership_join(room=club, user=bruno)
    garden = services.room_create(creator=alice, name="Garden", topic="Seeds and soil")
    chat = in_worker_thread(direct.direct_open, user=alice, username="bruno")
    # Earlier talk, all read: the club opens on it, then on what comes while alice is away.
    for author, body in [
        (alice, "Welcome to the book club!"),
        (bruno, "Thanks! Which book first?"),
        (alice, "The Left Hand of Darkness. Chapter 1 for Thursday."),
        (bruno, "Great pick. I have a copy already."),
    ]:
        post(club, author, body)
    last = Message.objects.filter(room=club).latest("id")
    Membership.objects.filter(room=club, user=alice).update(last_read_message=last)
    post(chat, alice, "Hi Bruno, glad you joined the club.")
    # The personas, for the lobby's "Chat with a persona" (seeded after the rooms: none is
    # seated in them).
    in_worker_thread(call_command, command_name="seed_personas", verbosity=0)

    alice_context = new_context(viewport=DESKTOP, permissions=["notifications"])
    alice_context.add_init_script(WATCH_NOTIFICATIONS)
    log_in(alice_context, chat_server, alice)
    lobby = alice_context.new_page()
    lobby_requests: list[str] = []
    lobby.on(
        "request",
        lambda request: (
            lobby_requests.append(request.url)
            if request.resource_type in ("document", "xhr", "fetch")
            else None
        ),
    )
    lobby.goto(chat_server.url + "/")
    expect_title(lobby, "Lobby · Salon")
    lobby_requests.clear()
    assert card_badges(lobby, club.slug) == []
    toggle = lobby.get_by_role("button", name="Turn on notifications")
    expect(toggle).to_be_visible()

    bruno_context = new_context(viewport=DESKTOP)
    log_in(bruno_context, chat_server, bruno)
    bruno_club = open_room(bruno_context, chat_server, club)
    send(bruno_club, "Chapter 1 done. Thoughts?")
    expect_badges(lobby, club.slug, ["1 new"], title="(1) Lobby · Salon")
    # Nothing asked, nothing shown, before the click.
    assert lobby.evaluate("[window.__permissionRequests, window.__notifications]") == [0, []]

    toggle.click()
    expect(lobby.get_by_role("button", name="Turn off notifications")).to_be_visible()
    assert lobby.evaluate("window.__permissionRequests") == 1

    lobby.evaluate("window.__setHidden(true)")
    send(bruno_club, "@alice you will love chapter 2")
    expect_badges(lobby, club.slug, ["@1", "2 new"], title="(2) Lobby · Salon")
    bruno_chat = open_room(bruno_context, chat_server, chat)
    send(bruno_chat, "Coffee before Thursday?")
    expect_badges(lobby, chat.slug, ["1 new"], title="(3) Lobby · Salon")
    lobby.wait_for_function("window.__notifications.length === 2", timeout=LIVE_MS)
    assert lobby.evaluate("window.__notifications") == [
        "bruno mentioned you in Book club",
        "bruno sent you a message",
    ]
    # A room alice is not in stays quiet; her own rooms without news too.
    assert card_badges(lobby, garden.slug) == []
    # All of it came over the socket: the page was not loaded again, nor its list fetched.
    assert lobby_requests == []

    lobby.evaluate("window.__setHidden(false)")
    lobby.mouse.move(0, 0)  # no hover left on the button
    lobby.screenshot(path=ARTIFACTS_DIR / "unread-lobby-desktop.png")
    refresh_docs("unread-lobby-desktop.png", "lobby-live-badges.png")
    lobby.set_viewport_size(PHONE)
    lobby.screenshot(path=ARTIFACTS_DIR / "unread-lobby-phone.png")
    lobby.set_viewport_size(DESKTOP)

    # A room page's title counts the other rooms: the club is being read here.
    room = open_room(alice_context, chat_server, club)
    expect(room.locator("#new-messages-line")).to_have_text("New messages")
    expect_title(room, "(1) Book club · Salon")
    send(bruno_chat, "Or tea, if you prefer.")
    expect_title(room, "(2) Book club · Salon")
    # In the background, the room it shows counts too: heard on its room socket, since its
    # person socket leaves that room out (each message reaches the page once).
    room.evaluate("window.__setHidden(true)")
    send(bruno_club, "@alice chapter 3 is even better")
    expect_title(room, "(3) Book club · Salon")
    room.wait_for_function("window.__notifications.length === 1", timeout=LIVE_MS)
    assert room.evaluate("window.__notifications") == ["bruno mentioned you in Book club"]
    room.evaluate("window.__setHidden(false)")
    expect_title(room, "(2) Book club · Salon")
    room.screenshot(path=ARTIFACTS_DIR / "unread-room-desktop.png")
    refresh_docs("unread-room-desktop.png", "room-new-messages.png")
    room.set_viewport_size(PHONE)
    room.screenshot(path=ARTIFACTS_DIR / "unread-room-phone.png")

    dm = open_room(alice_context, chat_server, chat)
    send(dm, "Tea it is. See you at four!")
    expect(bruno_chat.locator("#messages article.message")).to_have_count(4)
    dm.screenshot(path=ARTIFACTS_DIR / "unread-direct-desktop.png")
    refresh_docs("unread-direct-desktop.png", "direct-message.png")
    dm.set_viewport_size(PHONE)
    dm.screenshot(path=ARTIFACTS_DIR / "unread-direct-phone.png")


@pytest.fixture(scope="module")
def axe_script() -> str:
    """axe-core's script, from npm (scripts/axe.sh installs it on first use)."""
    path = os.environ.get("AXE_CORE_JS")
    if not path:
        script = Path(settings.BASE_DIR) / "scripts" / "axe.sh"
        path = subprocess.run([script], check=True, capture_output=True, text=True).stdout.strip()
    return path


def serious_violations(page: Page, axe_script: str) -> list[dict]:
    page.add_script_tag(path=axe_script)
    results = page.evaluate("() => axe.run(document, {resultTypes: ['violations']})")
    return [
        {
            "id": violation["id"],
            "impact": violation["impact"],
            "nodes": [node["target"] for node in violation["nodes"]],
        }
        for violation in results["violations"]
        if violation["impact"] in ("serious", "critical")
    ]


def test_axe_finds_nothing_serious_on_the_lobby_and_a_room(
    chat_server: ChatServer, new_context: Callable[..., BrowserContext], axe_script: str
) -> None:
    alice, bruno = (User.objects.create_user(username=name) for name in ("alice", "bruno"))
    club = services.room_create(creator=alice, name="Book club", topic="One chapter a week")
    services.membership_join(room=club, user=bruno)
    post(club, bruno, "Hello @alice, chapter 1 is great: https://example.org/notes")
    post(club, alice, "Agreed!")
    in_worker_thread(direct.direct_open, user=alice, username="bruno")
    for viewport in (DESKTOP, PHONE):
        # Playwright injects axe as an inline script: let the page's CSP allow it.
        context = new_context(viewport=viewport, bypass_csp=True)
        log_in(context, chat_server, alice)
        page = context.new_page()
        page.goto(chat_server.url + "/")
        expect(page.get_by_role("heading", name="Your rooms")).to_be_visible()
        assert serious_violations(page, axe_script) == []
        page.goto(f"{chat_server.url}/rooms/{club.slug}/")
        expect_live(page)
        assert serious_violations(page, axe_script) == []
