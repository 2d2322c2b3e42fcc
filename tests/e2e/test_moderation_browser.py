"""Moderation in a real browser: a member reports a message and the owner's reports panel
shows it; the owner mutes that member from the member panel, then removes them, and the
member's own window shows each at once."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable

from playwright.sync_api import BrowserContext, expect

from accounts.models import User
from rooms import services
from rooms.models import Membership, MessageReport
from tests.e2e.room_page import (
    DESKTOP,
    PHONE,
    accept_dialogs,
    article,
    expect_bodies,
    expect_members,
    in_worker_thread,
    open_room,
    saved_bodies,
    send,
    sign_in,
)
from tests.serving import ARTIFACTS_DIR, ChatServer

MUTED_UNTIL = r"until (\d\d:\d\d|\d{4}-\d\d-\d\d \d\d:\d\d) UTC"


def test_an_owner_mutes_and_removes_a_member_and_their_window_shows_it(
    chat_server: ChatServer, new_context: Callable[..., BrowserContext]
) -> None:
    ARTIFACTS_DIR.mkdir(exist_ok=True)
    alice, bruno, carol = (
        User.objects.create_user(username=name) for name in ("alice", "bruno", "carol")
    )
    room = services.room_create(creator=alice, name="Book club", topic="One chapter a week")
    for person in (bruno, carol):
        services.membership_join(room=room, user=person)
    in_worker_thread(
        services.message_post,
        room=room,
        author=carol,
        body="The butler did it, on page 212.",
        client_id=uuid.uuid4(),
    )

    alice_context = new_context(viewport=DESKTOP)
    sign_in(alice_context, chat_server, alice)
    alice_page = open_room(alice_context, chat_server, room)
    bruno_context = new_context(viewport=DESKTOP)
    sign_in(bruno_context, chat_server, bruno)
    bruno_page = open_room(bruno_context, chat_server, room)
    here = [("alice", "online"), ("bruno", "online"), ("carol", "offline")]
    for page in (alice_page, bruno_page):
        expect_members(page, here, "2 of 3 online")
    expect(alice_page.locator("#moderation-panel")).to_contain_text("No open reports.")

    # Only the owner sees Manage buttons, and not on her own row.
    expect(bruno_page.locator(".member-manage:visible")).to_have_count(0)
    expect(alice_page.get_by_role("button", name="Manage alice")).to_be_hidden()
    expect(alice_page.get_by_role("button", name="Manage bruno")).to_be_visible()

    # bruno reports carol's spoiler; alice's panel shows it live, without saying who.
    spoiler = article(bruno_page, "The butler did it, on page 212.")
    spoiler.hover()
    spoiler.get_by_role("button", name="Report").click()
    bruno_dialog = bruno_page.locator("#moderation-dialog")
    expect(bruno_dialog).to_be_visible()
    bruno_dialog.get_by_label("What is wrong with it?").fill("Spoiler for chapter 12")
    bruno_dialog.get_by_role("button", name="Report").click()
    expect(bruno_dialog.locator(".moderation-note")).to_contain_text("Thank you.")
    bruno_dialog.get_by_role("button", name="Close").click()
    expect(bruno_dialog).to_be_hidden()
    report = alice_page.locator("#moderation-panel .report")
    expect(report).to_have_count(1)
    expect(report.locator(".report-reasons")).to_have_text("Spoiler for chapter 12")
    expect(report).not_to_contain_text("bruno")
    assert list(MessageReport.objects.values_list("reporter__username", "status")) == [
        ("bruno", "open")
    ]

    # alice mutes bruno for an hour from his row in the member panel.
    alice_page.get_by_role("button", name="Manage bruno").click()
    dialog = alice_page.locator("#moderation-dialog")
    expect(dialog).to_be_visible()
    expect(dialog.locator("h2")).to_have_text("bruno")
    dialog.get_by_label("Mute for").select_option(label="1 hour")
    dialog.get_by_role("button", name="Mute", exact=True).click()
    expect(dialog.locator(".moderation-note")).to_have_text(
        re.compile(rf"^bruno is muted {MUTED_UNTIL}\.$")
    )
    expect(dialog.get_by_role("button", name="Unmute")).to_be_visible()
    alice_page.screenshot(path=ARTIFACTS_DIR / "moderation-owner-desktop.png")

    # bruno's window says so at once and turns its composer off; he still reads the room.
    notice = bruno_page.locator(".muted-notice")
    expect(notice).to_have_text(
        re.compile(rf"^You are muted in this room {MUTED_UNTIL}: you can read, but not post\.$")
    )
    expect(bruno_page.locator("#composer-body")).to_be_disabled()
    expect(bruno_page.get_by_role("button", name="Send")).to_be_disabled()
    expect(alice_page.locator(f"#member-{bruno.pk} .badge-muted")).to_have_text("Muted")
    expect(bruno_page.locator(f"#member-{bruno.pk} .badge-muted")).to_have_text("Muted")
    dialog.get_by_role("button", name="Close").click()
    expect(dialog).to_be_hidden()
    send(alice_page, "Please, no spoilers.")
    expect_bodies(bruno_page, ["The butler did it, on page 212.", "Please, no spoilers."])
    bruno_page.screenshot(path=ARTIFACTS_DIR / "moderation-muted-desktop.png")

    # The same at phone width: alice opens the member drawer and the dialog again.
    alice_page.set_viewport_size(PHONE)
    bruno_page.set_viewport_size(PHONE)
    bruno_page.screenshot(path=ARTIFACTS_DIR / "moderation-muted-phone.png")
    alice_page.get_by_role("button", name="Members").click()
    alice_page.get_by_role("button", name="Manage bruno").click()
    expect(dialog).to_be_visible()
    alice_page.screenshot(path=ARTIFACTS_DIR / "moderation-owner-phone.png")

    # alice removes bruno: his window closes the room to him, her panel no longer lists him.
    confirmed = accept_dialogs(alice_page)
    dialog.get_by_role("button", name="Remove from room").click()
    expect(dialog.locator(".moderation-note")).to_have_text("bruno was removed from the room.")
    assert confirmed == ["Remove bruno from Book club?"]
    expect(bruno_page.locator("#connection-status")).to_have_text(
        "You are no longer a member of this room."
    )
    dialog.get_by_role("button", name="Close").click()
    expect_members(alice_page, [("alice", "online"), ("carol", "offline")], "1 of 2 online")
    expect_bodies(alice_page, ["The butler did it, on page 212.", "Please, no spoilers."])
    assert saved_bodies(room) == ["The butler did it, on page 212.", "Please, no spoilers."]
    assert not Membership.objects.filter(room=room, user=bruno).exists()
    bruno_page.screenshot(path=ARTIFACTS_DIR / "moderation-removed-phone.png")
