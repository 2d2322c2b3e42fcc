"""Two people chat live in a real browser: sign up, create and join a room, talk."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import BrowserContext, Dialog, Page, expect

from tests.e2e.room_page import (
    DESKTOP,
    PASSWORD,
    PHONE,
    expect_bodies,
    expect_empty_timeline,
    expect_live,
    expect_members,
    member_panel_log,
    panel,
    record_member_panel,
    send,
    without_times,
)
from tests.serving import ARTIFACTS_DIR, ChatServer

HELLO = "Hi Bruno! Have you finished chapter three yet?"
REPLY = "Just now. That ending surprised me!"
TWO_LINES = ("Same here.", "Shall we meet on Thursday to talk about it?")
SCRIPT = "<script>alert(1)</script>"


def sign_up(page: Page, server: ChatServer, username: str) -> None:
    page.goto(f"{server.url}/accounts/signup/")
    page.locator('input[name="username"]').fill(username)
    page.locator('input[name="password1"]').fill(PASSWORD)
    page.locator('input[name="password2"]').fill(PASSWORD)
    page.get_by_role("button", name="Create account").click()
    expect(page).to_have_url(f"{server.url}/")
    expect(page.locator(".topbar-username")).to_have_text(username)


def record_dialogs(page: Page) -> list[str]:
    seen: list[str] = []

    def on_dialog(dialog: Dialog) -> None:
        seen.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    return seen


def test_two_people_chat_live(
    chat_server: ChatServer, new_context: Callable[..., BrowserContext]
) -> None:
    ARTIFACTS_DIR.mkdir(exist_ok=True)
    alice = new_context(viewport=DESKTOP).new_page()
    bruno = new_context(viewport=PHONE, is_mobile=True, has_touch=True).new_page()
    alice_dialogs, bruno_dialogs = record_dialogs(alice), record_dialogs(bruno)

    sign_up(alice, chat_server, "alice")
    create = alice.locator("#room-create")
    create.locator('input[name="name"]').fill("Book club")
    create.locator('input[name="topic"]').fill("One chapter a week")
    expect(create.locator('input[name="is_private"]')).not_to_be_checked()
    create.get_by_role("button", name="Create room").click()
    room_url = f"{chat_server.url}/rooms/book-club/"
    expect(alice).to_have_url(room_url)

    # A page hears everything said in the room once its socket is open ("Live"). Coming in
    # is not news for the timeline: only the member panel says who is here.
    expect_live(alice)
    expect_empty_timeline(alice)
    expect_members(alice, [("alice", "online")], "1 of 1 online")
    alice.screenshot(path=ARTIFACTS_DIR / "chat-room-empty-desktop.png")
    record_member_panel(alice)

    sign_up(bruno, chat_server, "bruno")
    expect(bruno.locator("#public-rooms")).to_contain_text("Book club")
    bruno.screenshot(path=ARTIFACTS_DIR / "lobby-phone.png")
    bruno.goto(room_url)

    # Opening the room joins nobody: bruno reads it live, with a Join button where the
    # composer would be, and alice's page shows nobody new.
    alone = panel([("alice", "online")], "1 of 1 online")
    expect(bruno.locator("h1")).to_have_text("Book club")
    expect_live(bruno)
    expect_members(bruno, alone["rows"], alone["counts"])
    expect_empty_timeline(bruno)
    expect(bruno.locator("#composer")).to_have_count(0)
    expect(bruno.locator("#room-join")).to_contain_text("Join it to post")
    bruno.screenshot(path=ARTIFACTS_DIR / "room-visitor-phone.png")
    bruno.get_by_role("button", name="Join room").click()

    # Joining is a POST, and news: both pages say so in the timeline, and alice's member panel
    # shows him arrive without a reload (which would have lost the log): the new membership
    # may show him for a moment as offline, until his page's socket opens.
    expect(bruno).to_have_url(room_url)
    joined = "bruno joined the room."
    both = panel([("alice", "online"), ("bruno", "online")], "2 of 2 online")
    for page in (alice, bruno):
        expect_live(page)
        expect_members(page, both["rows"], both["counts"])
        expect_bodies(page, [joined])
    arriving = panel([("alice", "online"), ("bruno", "offline")], "1 of 2 online")
    log = without_times(member_panel_log(alice))
    assert log in ([alone, both], [alone, arriving, both])
    conversation: list[str] = [joined]

    send(alice, HELLO)
    conversation.append(HELLO)
    expect_bodies(bruno, conversation)
    send(bruno, REPLY)
    conversation.append(REPLY)
    expect_bodies(alice, conversation)

    # Shift+Enter starts a new line in the composer; only Enter sends.
    composer = alice.locator("#composer-body")
    composer.fill(TWO_LINES[0])
    composer.press("Shift+Enter")
    composer.press_sequentially(TWO_LINES[1])
    expect(composer).to_have_value("\n".join(TWO_LINES))
    composer.press("Enter")
    expect(composer).to_have_value("")
    conversation.append(" ".join(TWO_LINES))
    for page in (alice, bruno):
        expect_bodies(page, conversation)
        last_body = page.locator("#messages article.message .message-body").last
        expect(last_body.locator("br")).to_have_count(1)
        assert last_body.inner_text() == "\n".join(TWO_LINES)

    alice.screenshot(path=ARTIFACTS_DIR / "chat-room-desktop.png")
    bruno.screenshot(path=ARTIFACTS_DIR / "chat-room-phone.png")

    # Markup in a message is text to show, never code to run.
    send(bruno, SCRIPT)
    conversation.append(SCRIPT)
    authors = ["Salon", "alice", "bruno", "alice", "bruno"]
    for page in (alice, bruno):
        expect_bodies(page, conversation)
        expect(page.locator("#messages .timeline-empty")).to_be_hidden()
        expect(page.locator("#messages script")).to_have_count(0)
        # Every send was confirmed: no copy is left waiting, and each message is there once.
        expect(page.locator("#messages article.message.is-pending")).to_have_count(0)
        messages = page.locator("#messages article.message")
        expect(messages.locator(".message-author")).to_have_text(authors)
        ids = messages.evaluate_all("els => els.map(e => e.id)")
        assert len(set(ids)) == len(conversation)
        assert all(id_.startswith("message-") for id_ in ids)
    assert alice_dialogs == bruno_dialogs == []

    alice.goto(f"{chat_server.url}/")
    expect(alice.locator("#my-rooms")).to_contain_text("Book club")
    alice.screenshot(path=ARTIFACTS_DIR / "lobby-desktop.png")
