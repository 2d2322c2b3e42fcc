"""How a room reads: local times (relative when recent, absolute on hover), one header per run
of messages by the same author, day separators, and mentions of you standing out."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import timedelta

from django.utils import timezone
from playwright.sync_api import BrowserContext, expect

from accounts.models import User
from rooms import services
from rooms.models import Message
from tests.e2e.room_page import in_worker_thread, open_room, sign_in
from tests.serving import ARTIFACTS_DIR, ChatServer


def post(room, author, body: str, *, ago: timedelta) -> None:
    """Save a message as if it had been sent `ago` (its broadcast needs a thread without
    Playwright's event loop)."""
    message = in_worker_thread(
        services.message_post, room=room, author=author, body=body, client_id=uuid.uuid4()
    ).message
    Message.objects.filter(pk=message.pk).update(created_at=timezone.now() - ago)


def test_times_grouping_day_separators_and_mentions(
    chat_server: ChatServer, new_context: Callable[..., BrowserContext]
) -> None:
    alice = User.objects.create_user(username="alice")
    bruno = User.objects.create_user(username="bruno")
    room = services.room_create(creator=alice, name="Reading room")
    services.membership_join(room=room, user=bruno)
    # Two days of conversation: yesterday's pair, then today's run of three from bruno.
    post(room, bruno, "Good night", ago=timedelta(days=1, minutes=5))
    post(room, alice, "Night!", ago=timedelta(days=1, minutes=4))
    post(room, bruno, "Morning all", ago=timedelta(minutes=20))
    post(room, bruno, "Coffee first", ago=timedelta(minutes=19))
    post(room, bruno, "then @alice and I read", ago=timedelta(minutes=17))
    post(room, alice, "ok @bruno", ago=timedelta(seconds=2))

    context = new_context(viewport={"width": 1280, "height": 800}, timezone_id="UTC")
    sign_in(context, chat_server, alice)
    page = open_room(context, chat_server, room)

    messages = page.locator("#messages article.message-user")
    expect(page.locator("#messages .day-separator")).to_have_text(["Yesterday", "Today"])
    # A run of bruno's messages within minutes shares one header; a new author starts anew.
    expect(messages).to_have_count(6)
    runs = messages.evaluate_all("els => els.map(e => e.classList.contains('is-continuation'))")
    assert runs == [False, False, False, True, True, False]
    times = page.locator("#messages article.message-user .message-meta time")
    expect(times.nth(2)).to_have_text("20 min ago")
    expect(times.nth(5)).to_have_text("just now")
    # Hovering shows the absolute local time.
    title = times.nth(5).get_attribute("title") or ""
    assert str(timezone.now().year) in title and ":" in title, title

    # Mentions are highlighted; a mention of you stands out from others'.
    me = page.locator('.mention[data-username="alice"]')
    other = page.locator('.mention[data-username="bruno"]')
    expect(me).to_have_text("@alice")
    background = "el => getComputedStyle(el).backgroundColor"
    assert me.evaluate(background) != other.evaluate(background)
    row = "el => getComputedStyle(el.closest('article')).backgroundColor"
    assert me.evaluate(row) != other.evaluate(row)
    page.screenshot(path=ARTIFACTS_DIR / "presentation-desktop.png")
