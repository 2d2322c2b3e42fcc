"""Accounts in a real browser (issue 11, part 5): a display name and colour chosen on the
profile page show on the next message, for the author and, live, for the others; and a
forgotten password is reset from the link the console mail backend prints."""

from __future__ import annotations

import re
import time
from collections.abc import Callable

from playwright.sync_api import BrowserContext, expect

from accounts.models import User
from rooms import services
from tests.e2e.room_page import DESKTOP, LIVE_MS, PASSWORD, PHONE, open_room, send, sign_in
from tests.serving import ARTIFACTS_DIR, ChatServer

RESET_LINK = re.compile(r"(http://[^/\s]+/accounts/reset/[^/\s]+/[^/\s]+/)")


def test_a_new_display_name_and_colour_show_on_the_next_message(
    chat_server: ChatServer, new_context: Callable[..., BrowserContext]
) -> None:
    alice = User.objects.create_user(username="alice", password=PASSWORD)
    bruno = User.objects.create_user(username="bruno", password=PASSWORD)
    room = services.room_create(creator=alice, name="Reading room")
    services.membership_join(room=room, user=bruno)

    desktop = new_context(viewport=DESKTOP)
    sign_in(desktop, chat_server, alice)
    phone = new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    sign_in(phone, chat_server, bruno)
    watching = open_room(phone, chat_server, room)

    profile = desktop.new_page()
    profile.goto(f"{chat_server.url}/")
    profile.get_by_role("link", name="Your profile").click()
    expect(profile.locator("#profile-name")).to_have_text("alice")
    profile.get_by_label("Display name").fill("  Alice Liddell ")
    profile.locator(".colour-option", has_text="Violet").click()
    expect(profile.locator('input[name="avatar_colour"][value="270"]')).to_be_checked()
    profile.get_by_role("button", name="Save profile").click()
    expect(profile.locator(".flash")).to_have_text("Your profile was saved.")
    expect(profile.locator("#profile-name")).to_have_text("Alice Liddell")
    expect(profile.locator(".topbar-username")).to_have_text("Alice Liddell")
    expect(profile.get_by_label("Display name")).to_have_value("Alice Liddell")
    expect(profile.locator('input[name="avatar_colour"][value="270"]')).to_be_checked()
    profile.screenshot(path=ARTIFACTS_DIR / "profile-desktop.png", full_page=True)

    writing = open_room(desktop, chat_server, room)
    send(writing, "Curiouser and curiouser!")
    for page in (writing, watching):
        last = page.locator("#messages article.message-user").last
        expect(last.locator(".message-body")).to_have_text(
            "Curiouser and curiouser!", timeout=LIVE_MS
        )
        expect(last.locator(".message-author")).to_have_text("Alice Liddell")
        expect(last.locator(".avatar")).to_have_text("A")
        assert last.locator(".avatar").get_attribute("style") == "--hue: 270"
    # The member panel (the panel a phone opens from the header) and the mention name.
    member = writing.locator(f"#member-{alice.pk} .member-name")
    expect(member).to_have_text("Alice Liddell")
    expect(member).to_have_attribute("title", "@alice")
    writing.screenshot(path=ARTIFACTS_DIR / "profile-room-desktop.png")
    watching.screenshot(path=ARTIFACTS_DIR / "profile-room-phone.png")

    phone_profile = phone.new_page()
    phone_profile.goto(f"{chat_server.url}/accounts/profile/")
    phone_profile.get_by_label("Display name").fill("\u202eevil")
    phone_profile.get_by_role("button", name="Save profile").click()
    expect(phone_profile.locator(".field-error")).to_have_text(
        "A display name cannot contain control or invisible formatting characters."
    )
    phone_profile.screenshot(path=ARTIFACTS_DIR / "profile-error-phone.png", full_page=True)


def console_reset_link(server: ChatServer, timeout: float = LIVE_MS / 1000) -> str:
    """The reset link in the mail the server printed (the console backend), once it has."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = RESET_LINK.search(server.log_path.read_text(errors="replace"))
        if found:
            return found.group(1)
        time.sleep(0.05)  # polling a file: nothing to wait on
    raise AssertionError(f"no reset link in {server.log_path}")


def test_a_forgotten_password_is_reset_from_the_mailed_link(
    chat_server: ChatServer, new_context: Callable[..., BrowserContext]
) -> None:
    User.objects.create_user(username="alice", password=PASSWORD, email="alice@example.com")
    page = new_context(viewport=PHONE, is_mobile=True, has_touch=True).new_page()
    page.goto(f"{chat_server.url}/accounts/login/")
    page.get_by_role("link", name="Forgot your password?").click()
    page.get_by_label("Email").fill("alice@example.com")
    page.screenshot(path=ARTIFACTS_DIR / "password-reset-phone.png")
    page.get_by_role("button", name="Send the link").click()
    expect(page.locator("#reset-sent")).to_contain_text("If an account has the address")

    page.goto(console_reset_link(chat_server))
    expect(page.locator("h1")).to_have_text("Choose a new password")
    page.get_by_label("New password", exact=True).fill("a brand-new passphrase")
    page.get_by_label("New password confirmation").fill("a brand-new passphrase")
    page.screenshot(path=ARTIFACTS_DIR / "password-reset-confirm-phone.png")
    page.get_by_role("button", name="Set the password").click()
    expect(page.locator("#reset-complete")).to_be_visible()

    page.get_by_role("link", name="Log in").click()
    page.get_by_label("Username").fill("alice")
    page.get_by_label("Password").fill("a brand-new passphrase")
    page.get_by_role("button", name="Log in").click()
    expect(page).to_have_url(f"{chat_server.url}/")
    expect(page.locator(".topbar-username")).to_have_text("alice")
