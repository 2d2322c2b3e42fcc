"""The SMS bridge in a real browser, on a phone-sized screen: a person links their number
from their profile with the code texted to it (the console provider's outbox is the database),
and a text they send shows live on another person's room page."""

from __future__ import annotations

import re
from collections.abc import Callable
from io import StringIO

from django.core.management import call_command
from playwright.sync_api import BrowserContext, expect

from accounts.models import User
from rooms import services
from sms.models import Outbound, Phone
from tests.e2e.room_page import (
    DESKTOP,
    PASSWORD,
    PHONE,
    expect_bodies,
    in_worker_thread,
    open_room,
    sign_in,
)
from tests.serving import ARTIFACTS_DIR, ChatServer

TOKEN = "browser-test-sms-token"


def test_a_person_links_a_phone_and_their_texts_reach_the_room(
    start_chat_server: Callable[..., ChatServer],
    new_context: Callable[..., BrowserContext],
    settings,
) -> None:
    settings.TWILIO_AUTH_TOKEN = TOKEN
    server = start_chat_server(TWILIO_AUTH_TOKEN=TOKEN)
    alice = User.objects.create_user(username="alice", password=PASSWORD)
    bob = User.objects.create_user(username="bob", password=PASSWORD)
    room = services.room_create(creator=alice, name="Tea Room")

    phone = new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    sign_in(phone, server, bob)
    page = phone.new_page()
    page.goto(f"{server.url}/accounts/profile/")
    page.get_by_role("link", name="Chat by text message").click()
    page.get_by_label("Your phone number").fill("+1 500 555 0006")
    page.get_by_role("button", name="Text me a code").click()
    expect(page.locator(".flash")).to_have_text("We texted you a code: type it below.")
    expect(page.locator("#sms-pending")).to_contain_text("+1 500-555-0006")
    page.screenshot(path=ARTIFACTS_DIR / "sms-code-phone.png", full_page=True)

    body = Outbound.objects.get(kind="code").body
    page.get_by_label("Code").fill(re.search(r"\d{6}", body).group(0))
    page.get_by_role("button", name="Link this number").click()
    expect(page.locator(".flash")).to_have_text("Your phone number is linked.")
    expect(page.locator("#sms-linked")).to_have_text("+1 500-555-0006 is linked to your account.")
    page.screenshot(path=ARTIFACTS_DIR / "sms-linked-phone.png", full_page=True)
    assert Phone.objects.get(user=bob).confirmed_at is not None

    desktop = new_context(viewport=DESKTOP)
    sign_in(desktop, server, alice)
    watching = open_room(desktop, server, room)

    def text(body: str) -> str:
        out = StringIO()
        call_command("sms_receive", "+15005550006", body, "--url", server.url, stdout=out)
        return out.getvalue().strip()

    assert in_worker_thread(text, body="JOIN tea-room").startswith(
        "Salon: your texts now go to #tea-room"
    )
    assert in_worker_thread(text, body="Hello from the bus") == "(no reply)"
    expect_bodies(watching, ["bob joined the room.", "Hello from the bus"])
    watching.screenshot(path=ARTIFACTS_DIR / "sms-room-desktop.png")
    User.objects.filter(pk=bob.pk).update(theme="dark")
    page.reload()
    expect(page.locator("#sms-linked")).to_be_visible()
    expect(page.get_by_role("link", name="#tea-room")).to_be_visible()
    page.screenshot(path=ARTIFACTS_DIR / "sms-linked-dark-phone.png", full_page=True)
