"""Issue 9 in a real browser, row 3: tabs opening and closing change only the member panel;
the timeline says "joined the room" and "left the room" only when a membership changes."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import BrowserContext, expect

from accounts.models import User
from rooms import services
from tests.e2e.room_page import (
    DESKTOP,
    PHONE,
    accept_dialogs,
    expect_bodies,
    expect_empty_timeline,
    expect_live,
    expect_members,
    open_room,
    saved_bodies,
)
from tests.e2e.test_hardening_browser import log_in
from tests.serving import ARTIFACTS_DIR, ChatServer

GRACE_SECONDS = 1


def test_tabs_change_the_member_panel_and_only_leaving_is_news(
    start_chat_server: Callable[..., ChatServer], new_context: Callable[..., BrowserContext]
) -> None:
    ARTIFACTS_DIR.mkdir(exist_ok=True)
    server = start_chat_server(PRESENCE_GRACE_SECONDS=str(GRACE_SECONDS))
    alice, bruno = (User.objects.create_user(username=name) for name in ("alice", "bruno"))
    room = services.room_create(creator=alice, name="Book club")
    services.membership_join(room=room, user=bruno)

    alice_context = new_context(viewport=DESKTOP)
    log_in(alice_context, server, alice)
    alice_page = open_room(alice_context, server, room)
    expect_members(alice_page, [("alice", "online"), ("bruno", "offline")], "1 of 2 online")

    # bruno opens the room in three tabs and closes them one by one: alice's member panel
    # follows him; her timeline does not.
    bruno_context = new_context(viewport=PHONE)
    log_in(bruno_context, server, bruno)
    tabs = [open_room(bruno_context, server, room) for _ in range(3)]
    expect_members(alice_page, [("alice", "online"), ("bruno", "online")], "2 of 2 online")
    for tab in tabs[1:]:
        tab.close()
    expect_members(tabs[0], [("alice", "online"), ("bruno", "online")], "2 of 2 online")
    tabs[0].close()
    expect_members(alice_page, [("alice", "online"), ("bruno", "offline")], "1 of 2 online")
    bruno_page = open_room(bruno_context, server, room)
    expect_members(alice_page, [("alice", "online"), ("bruno", "online")], "2 of 2 online")
    for page in (alice_page, bruno_page):
        expect_empty_timeline(page)
    assert saved_bodies(room) == []

    # Leaving is news: the room reads that he left, and his row goes.
    asked = accept_dialogs(bruno_page)
    bruno_page.get_by_role("button", name="Leave").click()
    expect(bruno_page).to_have_url(server.url + "/")
    assert asked == ["Leave Book club? You stop receiving its messages."]
    expect_bodies(alice_page, ["bruno left the room."])
    expect_members(alice_page, [("alice", "online")], "1 of 1 online")
    alice_page.screenshot(path=ARTIFACTS_DIR / "quiet-timeline-left-desktop.png")

    # So is joining again; his tabs after that are not.
    visit = bruno_context.new_page()
    visit.goto(f"{server.url}/rooms/{room.slug}/")
    expect_live(visit)
    visit.get_by_role("button", name="Join room").click()
    expect_live(visit)
    second_tab = open_room(bruno_context, server, room)
    second_tab.close()
    expected = ["bruno left the room.", "bruno joined the room."]
    for page in (alice_page, visit):
        expect_bodies(page, expected)
    expect_members(alice_page, [("alice", "online"), ("bruno", "online")], "2 of 2 online")
    assert saved_bodies(room) == expected
