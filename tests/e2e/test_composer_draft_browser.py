"""What is typed in the composer survives a reload of the room, and goes once it is sent."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import BrowserContext, expect

from tests.e2e.room_page import (
    PHONE,
    expect_bodies,
    expect_live,
    open_room,
    saved_bodies,
    send,
    sign_in,
)
from tests.serving import ARTIFACTS_DIR, ChatServer

DRAFT = "Half a thought about the\nsecond chapter"


def test_a_half_typed_message_survives_a_reload_and_goes_once_sent(
    chat_server: ChatServer, new_context: Callable[..., BrowserContext], alice, room
) -> None:
    context = new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    sign_in(context, chat_server, alice)
    page = open_room(context, chat_server, room)
    composer = page.locator("#composer-body")
    composer.press_sequentially(DRAFT[:10])
    composer.fill(DRAFT)  # the rest at once, as a paste

    page.reload()
    expect_live(page)
    expect(composer).to_have_value(DRAFT)
    ARTIFACTS_DIR.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS_DIR / "composer-draft-after-reload-phone.png")
    # Nothing was sent by the reload.
    assert saved_bodies(room) == []

    send(page, "Sent at last")
    expect_bodies(page, ["Sent at last"])
    page.reload()
    expect_live(page)
    expect(composer).to_have_value("")
    expect_bodies(page, ["Sent at last"])
