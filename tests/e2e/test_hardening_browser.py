"""Issue 15 in a real browser: opening a room changes nothing on the server (a visitor reads
it live and joins by a button; a member's page marks what it shows read over its socket),
and a message written to be expensive shows a bounded number of mentions."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable

from django.conf import settings
from playwright.sync_api import BrowserContext, expect

from accounts.models import User
from rooms import services
from rooms.mentions import MENTION_LIMIT
from rooms.models import Membership, Message
from tests.e2e.room_page import (
    DESKTOP,
    LIVE_MS,
    expect_bodies,
    expect_live,
    in_worker_thread,
    open_room,
    send,
)
from tests.serving import ARTIFACTS_DIR, ChatServer, session_cookie_for


def post(room, author, body: str) -> Message:
    """Save a message as its author's page would (in a thread of its own: see
    `in_worker_thread`)."""
    return in_worker_thread(
        services.message_post, room=room, author=author, body=body, client_id=uuid.uuid4()
    ).message


def log_in(context: BrowserContext, server: ChatServer, user: User) -> None:
    """`room_page.sign_in`, with the session made in a thread of its own (logging in may
    broadcast, see `in_worker_thread`)."""
    cookie = in_worker_thread(session_cookie_for, user=user)
    context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": cookie, "url": server.url}]
    )


def wait_until(condition: Callable[[], object], timeout: float = LIVE_MS / 1000) -> None:
    """Wait for the server to reach a state only the database shows (with a deadline)."""
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "the database never reached the expected state"
        time.sleep(0.05)


def test_visitors_read_live_and_members_pages_mark_what_they_show_read(
    chat_server: ChatServer, new_context: Callable[..., BrowserContext]
) -> None:
    ARTIFACTS_DIR.mkdir(exist_ok=True)
    alice, bruno, carol = (
        User.objects.create_user(username=name) for name in ("alice", "bruno", "carol")
    )
    room = services.room_create(creator=alice, name="Book club")
    services.membership_join(room=room, user=bruno)
    bodies = [f"chapter {i}" for i in range(1, 4)]
    newest = [post(room, alice, body) for body in bodies][-1]

    # A member's page marks what it shows read once its socket is open: the GET did not.
    bruno_context = new_context(viewport=DESKTOP)
    log_in(bruno_context, chat_server, bruno)
    bruno_page = open_room(bruno_context, chat_server, room)
    expect_bodies(bruno_page, bodies)
    wait_until(
        lambda: Membership.objects.get(room=room, user=bruno).last_read_message_id == newest.pk
    )

    # A visitor's page: the room, live, with a Join button and no composer; no row changes.
    carol_context = new_context(viewport=DESKTOP)
    log_in(carol_context, chat_server, carol)
    carol_page = open_room(carol_context, chat_server, room)
    expect_bodies(carol_page, bodies)
    expect(carol_page.locator("#composer")).to_have_count(0)
    expect(carol_page.get_by_role("button", name="Join room")).to_be_visible()
    expect(carol_page.locator("#member-list")).not_to_contain_text("carol")
    carol_page.screenshot(path=ARTIFACTS_DIR / "room-visitor-desktop.png")

    send(bruno_page, "Who has read chapter four?")
    expect_bodies(carol_page, [*bodies, "Who has read chapter four?"])
    assert not Membership.objects.filter(user=carol).exists()

    carol_page.get_by_role("button", name="Join room").click()
    expect(carol_page).to_have_url(f"{chat_server.url}/rooms/{room.slug}/")
    expect_live(carol_page)
    everything = [*bodies, "Who has read chapter four?", "carol joined the room."]
    for page in (bruno_page, carol_page):
        expect_bodies(page, everything)
    send(carol_page, "I have!")
    expect_bodies(bruno_page, [*everything, "I have!"])
    assert list(
        Membership.objects.filter(room=room)
        .order_by("user__username")
        .values_list("user__username", flat=True)
    ) == ["alice", "bruno", "carol"]


def test_a_mention_bomb_shows_twenty_mentions(
    chat_server: ChatServer, new_context: Callable[..., BrowserContext]
) -> None:
    alice = User.objects.create_user(username="alice")
    room = services.room_create(creator=alice, name="Busy room")
    body = ("@alice " * 600)[:4000].strip()
    for _ in range(50):
        post(room, alice, body)

    context = new_context(viewport=DESKTOP)
    log_in(context, chat_server, alice)
    page = open_room(context, chat_server, room)

    # As many of the 50 as fit in the page's byte budget; "Load older" has the rest.
    shown = page.locator("#messages article.message").count()
    assert 40 <= shown < 50
    expect(page.locator("#load-older")).to_be_visible()
    expect(page.locator("#messages .mention")).to_have_count(shown * MENTION_LIMIT)
    last = page.locator("#messages article.message .message-body").last
    assert last.inner_text() == body
    # What the page built for 50 such messages (it was 63,000 elements).
    assert page.locator("#messages *").count() < shown * (MENTION_LIMIT + 20)
