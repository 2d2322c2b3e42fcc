"""The message limit in a real browser: a person who sends faster than it allows sees their
messages wait and then go, in order, each once; never an error or a Retry button."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from accounts.models import User
from rooms import services
from tests.e2e.room_page import (
    DESKTOP,
    LIVE_MS,
    PASSWORD,
    expect_bodies,
    open_room,
    saved_bodies,
    send,
    sign_in,
)
from tests.serving import ARTIFACTS_DIR

SAID = [f"Point {n} of my argument" for n in range(1, 7)]


@pytest.fixture
def alices_room(transactional_db: None):
    ARTIFACTS_DIR.mkdir(exist_ok=True)
    alice = User.objects.create_user(username="alice", password=PASSWORD)
    return alice, services.room_create(creator=alice, name="Debate", topic="One at a time")


def test_messages_over_the_limit_wait_then_go_in_order(alices_room, start_chat_server, new_context):
    alice, room = alices_room
    # A burst of 2, then one every 2 s: however slowly a busy machine types six messages, the
    # last ones must wait for their tokens (8 s in all).
    server = start_chat_server(MESSAGE_BURST="2", MESSAGE_RATE="0.5")
    context = new_context(viewport=DESKTOP)
    sign_in(context, server, alice)
    page = open_room(context, server, room)

    for text in SAID:
        send(page, text)
    waiting = page.locator("#messages article.message.is-pending .message-status")
    expect(waiting.filter(has_text="Sending in a moment…").first).to_be_visible()
    page.screenshot(path=ARTIFACTS_DIR / "limits-waiting.png")

    everything_sent_ms = LIVE_MS + 8_000
    pending = page.locator("#messages article.message.is-pending")
    expect(pending).to_have_count(0, timeout=everything_sent_ms)
    expect_bodies(page, SAID)
    expect(page.get_by_role("button", name="Retry")).to_have_count(0)
    assert saved_bodies(room) == SAID
