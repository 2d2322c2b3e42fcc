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
from tests.e2e.room_page import accept_dialogs, expect_live, in_worker_thread, open_room, sign_in
from tests.serving import ARTIFACTS_DIR, ChatServer


def post(room, author, body: str, *, ago: timedelta) -> None:
    """Save a message as if it had been sent `ago` (its broadcast needs a thread without
    Playwright's event loop)."""
    message = in_worker_thread(
        services.message_post, room=room, author=author, body=body, client_id=uuid.uuid4()
    ).message
    Message.objects.filter(pk=message.pk).update(created_at=timezone.now() - ago)


def noon_zone() -> str:
    """A fixed-offset time zone where the local time is now between 11:00 and 13:00."""
    hours = 12 - timezone.now().hour  # -11 to 12: Etc/GMT-N is N hours ahead of UTC
    return "UTC" if hours == 0 else f"Etc/GMT{-hours:+d}"


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

    # Seen where it is about noon now, so that "20 minutes ago" is today and "a day ago"
    # yesterday whenever the test runs (at 00:10 UTC, 20 minutes ago was yesterday in UTC).
    context = new_context(viewport={"width": 1280, "height": 800}, timezone_id=noon_zone())
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


# What a status line must fit in on a phone: inside the window, every word shown, in no more
# than two lines.
_STATUS_FITS_JS = """el => {
    const box = el.getBoundingClientRect();
    const lines = Math.round(box.height / parseFloat(getComputedStyle(el).lineHeight));
    return {
        inside: box.left >= 0 && box.right <= window.innerWidth,
        clipped: el.scrollWidth > el.clientWidth + 1,
        lines: lines,
    };
}"""


def test_a_lost_connection_reads_whole_on_a_phone(
    chat_server: ChatServer, new_context: Callable[..., BrowserContext]
) -> None:
    """The room header's status ("Offline…", "You are no longer a member…", "Your session has
    ended…") has a line of its own on a phone, instead of a sliver beside the buttons."""
    alice = User.objects.create_user(username="alice")
    bruno = User.objects.create_user(username="bruno")
    carol = User.objects.create_user(username="carol")
    room = services.room_create(creator=alice, name="Tea & Physics club")
    for person in (bruno, carol):
        services.membership_join(room=room, user=person)
    phone = {"width": 390, "height": 844}

    def expect_status_reads(page, text: str, shot: str) -> None:
        status = page.locator("#connection-status")
        expect(status).to_have_text(text)
        expect(status).to_be_visible()
        assert status.evaluate(_STATUS_FITS_JS) == {"inside": True, "clipped": False, "lines": 1}
        page.screenshot(path=ARTIFACTS_DIR / shot)

    bruno_context = new_context(viewport=phone)
    sign_in(bruno_context, chat_server, bruno)
    watching = open_room(bruno_context, chat_server, room)
    # Live, the status and the buttons share one row.
    middles = watching.locator(".room-actions > *").evaluate_all(
        "els => els.map(e => Math.round(e.getBoundingClientRect().y"
        " + e.getBoundingClientRect().height / 2))"
    )
    assert len(set(middles)) == 1, middles
    watching.screenshot(path=ARTIFACTS_DIR / "status-live-phone.png")
    bruno_context.set_offline(True)
    expect_status_reads(watching, "Offline. Waiting for the network…", "status-offline-phone.png")
    bruno_context.set_offline(False)
    expect_live(watching)

    leaving = open_room(bruno_context, chat_server, room)
    accept_dialogs(leaving)
    leaving.get_by_role("button", name="Leave").click()
    expect(leaving).to_have_url(chat_server.url + "/")
    expect_status_reads(
        watching, "You are no longer a member of this room.", "status-left-phone.png"
    )

    carol_context = new_context(viewport=phone)
    sign_in(carol_context, chat_server, carol)
    watching = open_room(carol_context, chat_server, room)
    other_tab = open_room(carol_context, chat_server, room)
    other_tab.get_by_role("button", name="Log out").click()
    expect_status_reads(
        watching, "Your session has ended. Please log in again.", "status-logged-out-phone.png"
    )
