"""The live room in a real browser: typing, edits and deletions, a lost network, a server
restart, and who is here. Each person has a browser context of their own."""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from playwright.sync_api import BrowserContext, Page, expect

from accounts.models import User
from rooms import reactions, services
from rooms.models import Message, Room
from tests.e2e.room_page import (
    DESKTOP,
    LIVE_MS,
    PASSWORD,
    PHONE,
    accept_dialogs,
    article,
    expect_bodies,
    expect_empty_timeline,
    expect_live,
    expect_members,
    in_worker_thread,
    member_panel_log,
    message_ids,
    open_room,
    panel,
    record_member_panel,
    saved_bodies,
    send,
    sign_in,
    without_times,
)
from tests.serving import ARTIFACTS_DIR, ChatServer

BOTH_HERE = [("alice", "online"), ("bruno", "online")]
IDLE_DOT = "rgb(196, 200, 212)"  # --idle in the light theme: the dot of someone offline
# How long a typing signal shows without a newer one (TYPING_SHOWN_FOR in salon.js).
TYPING_SHOWN_MS = 6_000

# The presence tests' grace period, and how long after it the room has surely heard how the
# server settled a closed socket (it looks 0.25 s after the grace period, and a presence
# change waits up to PRESENCE_COALESCE_SECONDS, 0.25 s, to be sent; the rest is for a slow
# machine).
GRACE_SECONDS = 1
SETTLE_MARGIN_SECONDS = 1.5

NewContext = Callable[..., BrowserContext]

# What an unconfirmed message says once the page gives up waiting (SEND_PATIENCE in salon.js);
# the words depend on whether the browser closed the socket when the network went.
NOT_SENT = re.compile(r"^(Not sent yet\.|Waiting for the connection…) Retry$")


@dataclass
class BookClub:
    """A public room owned by alice, that bruno will join by opening it."""

    room: Room
    alice: User
    bruno: User


@pytest.fixture
def book_club(transactional_db: None) -> BookClub:
    """alice, bruno, and alice's room; nobody has opened it yet."""
    ARTIFACTS_DIR.mkdir(exist_ok=True)
    alice = User.objects.create_user(username="alice", password=PASSWORD)
    bruno = User.objects.create_user(username="bruno", password=PASSWORD)
    room = services.room_create(creator=alice, name="Book club", topic="One chapter a week")
    return BookClub(room=room, alice=alice, bruno=bruno)


def both_in_room(
    club: BookClub,
    server: ChatServer,
    new_context: NewContext,
    *,
    alice_viewport: dict[str, int] = DESKTOP,
) -> tuple[Page, Page]:
    """alice opens the room, then bruno; both pages live, showing both of them online and
    nothing in the timeline (arrivals are not messages)."""
    alice_context = new_context(viewport=alice_viewport)
    sign_in(alice_context, server, club.alice)
    alice = open_room(alice_context, server, club.room)
    expect_members(alice, [("alice", "online")], "1 of 1 online")
    # Opening a room joins nobody: bruno joins first (what the Join button does, without its
    # "joined" line), so the timeline stays empty.
    services.membership_join(room=club.room, user=club.bruno)
    bruno_context = new_context(viewport=DESKTOP)
    sign_in(bruno_context, server, club.bruno)
    bruno = open_room(bruno_context, server, club.room)
    for page in (alice, bruno):
        expect_members(page, BOTH_HERE, "2 of 2 online")
        expect_empty_timeline(page)
    return alice, bruno


def record_typing_indicator(page: Page) -> None:
    """From now on, keep in `window.typingLog` every text the typing indicator takes, with
    the time and the confirmed message bodies on the page at that moment."""
    page.evaluate(
        """() => {
            const indicator = document.getElementById("typing-indicator");
            window.typingLog = [];
            new MutationObserver(() => window.typingLog.push({
                text: indicator.textContent,
                at: Date.now(),
                bodies: Array.from(
                    document.querySelectorAll("#messages article.message[id] .message-body"),
                    (body) => body.innerText,
                ),
            })).observe(indicator, {childList: true, characterData: true, subtree: true});
        }"""
    )


def record_socket_events(page: Page) -> None:
    """From now on, keep in `window.socketLog` the close codes and open times (ms since the
    epoch) of the page's room socket; a second call starts a fresh log."""
    page.evaluate(
        """() => {
            if (!window.socketLog) {
                document.addEventListener("htmx:wsClose", (event) =>
                    window.socketLog.closeCodes.push(event.detail.event.code));
                document.addEventListener("htmx:wsOpen", () =>
                    window.socketLog.openedAt.push(Date.now()));
            }
            window.socketLog = {closeCodes: [], openedAt: []};
        }"""
    )


def test_typing_shows_to_the_others_until_the_message_arrives(
    book_club: BookClub, chat_server: ChatServer, new_context: NewContext
) -> None:
    alice, bruno = both_in_room(book_club, chat_server, new_context)
    for page in (alice, bruno):
        record_typing_indicator(page)

    bruno.locator("#composer-body").press_sequentially("Chapter four")
    expect(alice.locator("#typing-indicator")).to_have_text("bruno is typing…", timeout=LIVE_MS)
    alice.screenshot(path=ARTIFACTS_DIR / "live-typing.png")

    bruno.locator("#composer-body").press_sequentially(" was the best one")
    bruno.locator("#composer-body").press("Enter")
    said = ["Chapter four was the best one"]
    for page in (alice, bruno):
        expect_bodies(page, said)
    expect(alice.locator("#typing-indicator")).to_have_text("")

    # alice's indicator showed bruno once, and went blank in the same step that showed his
    # message, well before the signal would have run out by itself.
    shown, cleared = alice.evaluate("window.typingLog")
    assert (shown["text"], shown["bodies"]) == ("bruno is typing…", [])
    assert (cleared["text"], cleared["bodies"]) == ("", said)
    assert cleared["at"] - shown["at"] < TYPING_SHOWN_MS, "too slow to tell what cleared it"
    # The typer never sees their own name: bruno's indicator never changed.
    assert bruno.evaluate("window.typingLog") == []


def test_typing_right_after_a_send_is_signalled_at_once(
    book_club: BookClub, chat_server: ChatServer, new_context: NewContext
) -> None:
    """Issue 9, row 11: a send resets the typing signal's timer, so the next message's typing
    shows to the others at once, not up to 3 s later."""
    _alice, bruno = both_in_room(book_club, chat_server, new_context)
    bruno.evaluate(
        """() => {
            window.sentActions = [];
            const send = WebSocket.prototype.send;
            WebSocket.prototype.send = function (data) {
                const action = JSON.parse(data).action || "post";
                if (action === "typing" || action === "post") window.sentActions.push(action);
                return send.call(this, data);
            };
        }"""
    )
    composer = bruno.locator("#composer-body")
    composer.press_sequentially("First")
    composer.press("Enter")
    composer.press_sequentially("Second")
    # Well before the 3 s between signals that would apply without the reset.
    bruno.wait_for_function("window.sentActions.length === 3", timeout=2000)
    assert bruno.evaluate("window.sentActions") == ["typing", "post", "typing"]


def test_edits_and_deletions_reach_the_other_window(
    book_club: BookClub, chat_server: ChatServer, new_context: NewContext
) -> None:
    alice, bruno = both_in_room(book_club, chat_server, new_context)
    alice_dialogs, bruno_dialogs = accept_dialogs(alice), accept_dialogs(bruno)

    send(bruno, "Shall we meet at 7?")
    send(alice, "Welcome, Bruno!")
    send(bruno, "Oops, wrong room")
    for page in (alice, bruno):
        expect_bodies(page, ["Shall we meet at 7?", "Welcome, Bruno!", "Oops, wrong room"])
        expect(page.locator(".message-edited")).to_have_count(0)

    # bruno corrects his first message with the inline editor.
    question = article(bruno, "Shall we meet at 7?")
    question.hover()
    question.locator('.message-action[data-action="edit"]').click()
    editor = question.locator("form.message-editor textarea")
    expect(editor).to_have_value("Shall we meet at 7?")
    editor.fill("Shall we meet at 8?")
    editor.press("Enter")
    said = ["Shall we meet at 8?", "Welcome, Bruno!", "Oops, wrong room"]
    for page in (alice, bruno):
        expect_bodies(page, said)
        edited = article(page, "Shall we meet at 8?")
        expect(edited.locator(".message-edited")).to_have_text("(edited)")
        expect(page.locator(".message-edited")).to_have_count(1)
        expect(page.locator("form.message-editor")).to_have_count(0)
    alice.screenshot(path=ARTIFACTS_DIR / "live-edited.png")

    # A member may not delete someone else's message: bruno has no Delete on alice's.
    expect(article(bruno, "Welcome, Bruno!").locator('[data-action="delete"]')).to_be_hidden()

    # bruno deletes his own slip; alice sees it go.
    slip = article(bruno, "Oops, wrong room")
    slip.hover()
    slip.locator('.message-action[data-action="delete"]').click()
    said[-1] = "message deleted"
    for page in (alice, bruno):
        expect_bodies(page, said)

    # alice owns the room, so she may delete bruno's message; bruno sees it go.
    edited = article(alice, "Shall we meet at 8?")
    edited.hover()
    edited.locator('.message-action[data-action="delete"]').click()
    said[0] = "message deleted"
    for page in (alice, bruno):
        expect_bodies(page, said)
        deleted = page.locator("#messages article.message.is-deleted")
        expect(deleted).to_have_count(2)
        # A tombstone has nothing left to edit, delete or call edited.
        expect(deleted.locator(".message-actions, .message-edited")).to_have_count(0)
    bruno.screenshot(path=ARTIFACTS_DIR / "live-deleted.png")
    assert alice_dialogs == bruno_dialogs == ["Delete this message for everyone?"]
    assert saved_bodies(book_club.room) == said


def test_one_message_is_edited_at_a_time(
    book_club: BookClub, chat_server: ChatServer, new_context: NewContext
) -> None:
    """As in mature chat apps: opening Edit on a second message closes the first editor
    (the trial found two open at once)."""
    context = new_context(viewport=DESKTOP)
    sign_in(context, chat_server, book_club.alice)
    alice = open_room(context, chat_server, book_club.room)
    send(alice, "First thought")
    send(alice, "Second thought")
    expect_bodies(alice, ["First thought", "Second thought"])
    expect(alice.locator("#messages article.message.is-pending")).to_have_count(0)

    first, second = article(alice, "First thought"), article(alice, "Second thought")
    first.hover()
    first.locator('.message-action[data-action="edit"]').click()
    expect(first.get_by_label("Edit message")).to_be_focused()
    second.hover()
    second.locator('.message-action[data-action="edit"]').click()
    expect(alice.locator("form.message-editor")).to_have_count(1)
    expect(second.get_by_label("Edit message")).to_be_focused()
    expect(first.locator(".message-body")).to_be_visible()
    alice.screenshot(path=ARTIFACTS_DIR / "edit-one-at-a-time.png")

    # The editor left open still saves, and closes.
    second.get_by_label("Edit message").fill("Second thought, better")
    second.get_by_label("Edit message").press("Enter")
    expect_bodies(alice, ["First thought", "Second thought, better"])
    expect(alice.locator("form.message-editor")).to_have_count(0)


def test_a_message_refused_as_too_long_says_why_and_offers_no_retry(
    book_club: BookClub, chat_server: ChatServer, new_context: NewContext
) -> None:
    """A client that skips the composer's 4,000 limit: the server refuses the message for good,
    so the page says why and offers to edit it, not a Retry that can never succeed."""
    context = new_context(viewport=DESKTOP)
    sign_in(context, chat_server, book_club.alice)
    alice = open_room(context, chat_server, book_club.room)
    alice.locator("#composer-body").evaluate("el => el.removeAttribute('maxlength')")
    too_long = "B" * 4_100
    send(alice, too_long)

    refused = alice.locator("#messages article.message.is-pending")
    status = refused.locator(".message-status")
    expect(status).to_have_text(
        "Not sent: Messages can be at most 4,000 characters (this one has 4,100). Edit",
        timeout=LIVE_MS,
    )
    expect(status.get_by_role("button", name="Retry")).to_have_count(0)
    status.scroll_into_view_if_needed()
    alice.screenshot(path=ARTIFACTS_DIR / "refused-too-long.png")

    # Edit puts the text back in the composer to shorten it; the refused copy goes.
    status.get_by_role("button", name="Edit").click()
    expect(alice.locator("#composer-body")).to_have_value(too_long)
    expect(alice.locator("#composer-body")).to_be_focused()
    expect(refused).to_have_count(0)
    alice.locator("#composer-body").fill("B" * 40)
    alice.locator("#composer-body").press("Enter")
    expect_bodies(alice, ["B" * 40])
    expect(refused).to_have_count(0, timeout=LIVE_MS)  # saved: no pending copy is left
    assert saved_bodies(book_club.room) == ["B" * 40]


def test_messages_sent_while_offline_arrive_once_when_the_network_returns(
    book_club: BookClub, chat_server: ChatServer, new_context: NewContext
) -> None:
    alice, bruno = both_in_room(book_club, chat_server, new_context)
    send(alice, "Anyone here?")
    expect_bodies(bruno, ["Anyone here?"])

    record_socket_events(bruno)
    bruno.context.set_offline(True)
    bruno.wait_for_function("() => navigator.onLine === false")
    # The page says it is offline, whatever the socket claims.
    expect(bruno.locator("#connection-status")).to_have_text("Offline. Waiting for the network…")
    send(bruno, "I'm on the train")
    send(bruno, "The signal is patchy")
    send(alice, "See you Thursday")
    # Nothing crosses while bruno is offline: each side has only its own new messages, and
    # bruno's wait in his outbox.
    expect_bodies(alice, ["Anyone here?", "See you Thursday"])
    expect_bodies(bruno, ["Anyone here?", "I'm on the train", "The signal is patchy"])
    pending = bruno.locator("#messages article.message.is-pending")
    expect(pending).to_have_count(2)
    expect(pending.first.locator(".message-status")).to_have_text("Sending…")
    bruno.screenshot(path=ARTIFACTS_DIR / "live-offline-pending.png")

    # After a while the page owns up that the first send has not gone through, and offers a
    # retry: pressing it sends the same client_id again, which must not make a second message.
    status = pending.first.locator(".message-status")
    expect(status).to_have_text(NOT_SENT, timeout=LIVE_MS)
    status.get_by_role("button", name="Retry").click()
    expect(status).to_have_text("Sending…")

    back_online = time.monotonic()
    bruno.context.set_offline(False)
    expect(pending).to_have_count(0, timeout=LIVE_MS)
    expect(bruno.locator("#connection-status")).to_have_text("Live", timeout=LIVE_MS)
    for page in (alice, bruno):
        expect(page.locator("#messages article.message")).to_have_count(4, timeout=LIVE_MS)
    caught_up = time.monotonic() - back_online
    # Whether the browser dropped the socket when the network went depends on the browser
    # (Chromium's offline emulation keeps it open and holds its frames): report, don't assert.
    log = bruno.evaluate("window.socketLog")
    print(
        f"\nOffline catch-up: both pages agreed {caught_up:.2f} s after the network returned; "
        f"bruno's socket closed with codes {log['closeCodes']}, reopened {len(log['openedAt'])}x"
    )

    # Both pages show what the database holds, in the same order, each message once.
    said = saved_bodies(book_club.room)
    assert Counter(said) == Counter(
        ["Anyone here?", "See you Thursday", "I'm on the train", "The signal is patchy"]
    )
    for page in (alice, bruno):
        expect_bodies(page, said)
        expect_live(page)
        expect_members(page, BOTH_HERE, "2 of 2 online")
        ids = message_ids(page)
        assert len(set(ids)) == len(ids) == len(said)
    assert message_ids(alice) == message_ids(bruno)


def test_every_unsent_message_says_so_and_offers_a_retry(
    book_club: BookClub, chat_server: ChatServer, new_context: NewContext
) -> None:
    context = new_context(viewport=DESKTOP)
    sign_in(context, chat_server, book_club.alice)
    alice = open_room(context, chat_server, book_club.room)
    expect_members(alice, [("alice", "online")], "1 of 1 online")
    expect_empty_timeline(alice)

    context.set_offline(True)
    alice.wait_for_function("() => navigator.onLine === false")
    send(alice, "First of two")
    send(alice, "Second of two")
    pending = alice.locator("#messages article.message.is-pending")
    expect(pending).to_have_count(2)
    statuses = pending.locator(".message-status")
    expect(statuses).to_have_text([NOT_SENT, NOT_SENT], timeout=LIVE_MS)
    alice.screenshot(path=ARTIFACTS_DIR / "live-offline-stalled.png")
    # Each one, not only the first of a run of messages, shows that it is not sent and how to
    # send it again; otherwise the second looks just like a message that went through.
    for index in range(2):
        expect(statuses.nth(index)).to_be_visible()
        expect(statuses.nth(index).get_by_role("button", name="Retry")).to_be_visible()

    context.set_offline(False)
    expect(pending).to_have_count(0, timeout=LIVE_MS)
    expect_bodies(alice, ["First of two", "Second of two"])
    expect_members(alice, [("alice", "online")], "1 of 1 online")
    assert saved_bodies(book_club.room) == ["First of two", "Second of two"]


def restart_while(server: ChatServer, pages: list[Page], while_down: Callable[[], None]) -> str:
    """Stop the server as a deployment would, call `while_down` once every page has noticed,
    start a new process on the same port, and wait until every page is live again on its own.
    Returns what was measured, for the test's output."""
    for page in pages:
        record_socket_events(page)
    stopping = time.monotonic()
    server.stop()
    stopped = time.monotonic()
    for page in pages:
        expect(page.locator("#connection-status")).not_to_have_attribute("data-state", "open")
        # Nobody is shown online while the page cannot know it.
        expect(page.locator('.member[data-online="true"] .presence-dot').first).to_have_css(
            "background-color", IDLE_DOT
        )
    while_down()
    starting = time.monotonic()
    server.start()
    serving, serving_at_ms = time.monotonic(), time.time() * 1000
    for page in pages:
        # The reconnect backoff (wsReconnectDelay in salon.js) is capped at 8 s.
        expect_live(page, timeout=LIVE_MS + 8_000)
    logs = [page.evaluate("window.socketLog") for page in pages]
    reconnected = ", ".join(
        f"+{(log['openedAt'][-1] - serving_at_ms) / 1000:.2f} s" for log in logs
    )
    return (
        f"stop took {stopped - stopping:.2f} s, down {serving - stopped:.2f} s (start took "
        f"{serving - starting:.2f} s); pages live again {reconnected} after it served; close "
        f"codes seen {[log['closeCodes'] for log in logs]}"
    )


def test_pages_reconnect_and_catch_up_after_a_server_restart(
    book_club: BookClub, chat_server: ChatServer, new_context: NewContext
) -> None:
    alice, bruno = both_in_room(book_club, chat_server, new_context)
    send(bruno, "Is the server still up?")
    said = ["Is the server still up?"]
    expect_bodies(alice, said)
    carol = User.objects.create_user(username="carol", password=PASSWORD)
    services.membership_join(room=book_club.room, user=carol)

    # While the server is down, carol (on no page) says something that no socket can carry.
    # Nothing else happens afterwards, so only the catch-up on reconnect can show it.
    def carol_posts() -> None:
        in_worker_thread(
            services.message_post,
            room=book_club.room,
            author=carol,
            body="Posted while the server was down",
            client_id="6b1f6d3e-5c37-4d0e-9a53-0f3c2f0a9d11",
        )

    first = restart_while(chat_server, [alice, bruno], carol_posts)
    print(f"\nRestart 1: {first}")
    said.append("Posted while the server was down")
    # The catch-up brings the member panel up to date too: carol became a member through a
    # service, which tells no page.
    for page in (alice, bruno):
        expect_bodies(page, said)
        expect_members(page, [*BOTH_HERE, ("carol", "offline")], "2 of 3 online")

    # While it is down again, alice sends: the message waits in her outbox, and goes out when
    # her page reconnects.
    def alice_sends() -> None:
        send(alice, "Hello? Anyone?")
        expect(article(alice, "Hello? Anyone?")).to_have_class(re.compile(r"\bis-pending\b"))
        alice.screenshot(path=ARTIFACTS_DIR / "live-server-down.png")

    second = restart_while(chat_server, [alice, bruno], alice_sends)
    print(f"Restart 2: {second}")
    said.append("Hello? Anyone?")
    for page in (alice, bruno):
        expect_bodies(page, said)
        expect(page.locator("#messages article.message.is-pending")).to_have_count(0)
        ids = message_ids(page)
        assert len(set(ids)) == len(ids) == len(said)
        expect_members(page, [*BOTH_HERE, ("carol", "offline")], "2 of 3 online")
        # Caught up in place: the page was never reloaded.
        assert page.evaluate("performance.getEntriesByType('navigation')[0].type") == "navigate"
    assert saved_bodies(book_club.room) == said
    alice.screenshot(path=ARTIFACTS_DIR / "live-after-restart.png")


def test_presence_follows_people_but_a_reload_is_not_a_departure(
    book_club: BookClub,
    start_chat_server: Callable[..., ChatServer],
    new_context: NewContext,
) -> None:
    server = start_chat_server(PRESENCE_GRACE_SECONDS=str(GRACE_SECONDS))
    alice, bruno = both_in_room(book_club, server, new_context, alice_viewport=PHONE)
    both_here = panel(BOTH_HERE, "2 of 2 online")
    record_member_panel(alice)

    # A reload closes bruno's socket and opens another well within the grace period. He then
    # stays past the end of that period (when the server settles the closed socket): nothing
    # is sent for an absence that did not happen, so the only way to show there is none is to
    # let the time pass, watching alice's panel all along.
    reloaded = time.monotonic()
    bruno.reload()
    expect_live(bruno)
    expect_members(bruno, BOTH_HERE, "2 of 2 online")
    expect_empty_timeline(bruno)
    settled_by = reloaded + GRACE_SECONDS + SETTLE_MARGIN_SECONDS
    alice.wait_for_timeout(max(0.0, settled_by - time.monotonic()) * 1000)
    # bruno never looked gone, not even for a moment, and nothing was added to the timeline.
    assert without_times(member_panel_log(alice)) == [both_here]
    expect_empty_timeline(alice)

    # Closing the page is leaving: once the grace period is over, alice sees him go, in one
    # step (row and count together).
    closed_at = alice.evaluate("Date.now()")
    bruno.close()
    expect_members(alice, [("alice", "online"), ("bruno", "offline")], "1 of 2 online")
    log = member_panel_log(alice)
    assert without_times(log) == [
        both_here,
        panel([("alice", "online"), ("bruno", "offline")], "1 of 2 online"),
    ]
    assert log[1]["at"] - closed_at >= GRACE_SECONDS * 1000, "gone before the grace period ended"
    # Comings and goings are not messages: the timeline stays empty, and nothing was saved.
    expect_empty_timeline(alice)
    assert saved_bodies(book_club.room) == []
    alice.screenshot(path=ARTIFACTS_DIR / "live-presence-phone-timeline.png")

    alice.get_by_role("button", name="Members").click()
    bruno_entry = alice.locator(f"#member-list li#member-{book_club.bruno.pk}")
    expect(bruno_entry).to_be_visible()
    expect(bruno_entry).to_contain_text("offline")
    expect(alice.locator("#member-counts")).to_be_visible()
    alice.screenshot(path=ARTIFACTS_DIR / "live-presence-phone.png")


def test_presence_rows_take_their_place_as_people_come_and_go(
    start_chat_server: Callable[..., ChatServer], new_context: NewContext
) -> None:
    ARTIFACTS_DIR.mkdir(exist_ok=True)
    server = start_chat_server(PRESENCE_GRACE_SECONDS=str(GRACE_SECONDS))
    # The owner's name sorts last and the newcomer's first, so each rule of the order shows:
    # online members first, then the owner, then by name.
    vera = User.objects.create_user(username="vera", password=PASSWORD)
    bruno = User.objects.create_user(username="bruno", password=PASSWORD)
    carol = User.objects.create_user(username="carol", password=PASSWORD)
    room = services.room_create(creator=vera, name="Night owls", topic="After ten")
    services.membership_join(room=room, user=bruno)
    services.membership_join(room=room, user=carol)

    pages: dict[str, Page] = {}
    for user, viewport in ((vera, DESKTOP), (carol, PHONE)):
        context = new_context(viewport=viewport)
        sign_in(context, server, user)
        pages[user.username] = open_room(context, server, room)
    before = panel([("vera", "online"), ("carol", "online"), ("bruno", "offline")], "2 of 3 online")
    for page in pages.values():
        expect_members(page, before["rows"], before["counts"])
        expect_empty_timeline(page)
        record_member_panel(page)
    # On a phone the panel opens over the timeline.
    pages["carol"].get_by_role("button", name="Members").click()
    expect(pages["carol"].locator("#member-list")).to_be_visible()

    # bruno opens the room: the others see his row come online, in its place, and the count.
    bruno_context = new_context(viewport=DESKTOP)
    sign_in(bruno_context, server, bruno)
    bruno_page = open_room(bruno_context, server, room)
    here = panel([("vera", "online"), ("bruno", "online"), ("carol", "online")], "3 of 3 online")
    for page in (*pages.values(), bruno_page):
        expect_members(page, here["rows"], here["counts"])
    for page in pages.values():
        # One step, with no reload (a reload would have lost the log).
        assert without_times(member_panel_log(page)) == [before, here]
        expect_empty_timeline(page)
    pages["vera"].screenshot(path=ARTIFACTS_DIR / "presence-arrived-desktop.png")
    pages["carol"].screenshot(path=ARTIFACTS_DIR / "presence-arrived-phone.png")

    # bruno closes his page: after the grace period his row says offline and moves below the
    # online ones, though his name sorts first.
    closed_at = pages["vera"].evaluate("Date.now()")
    bruno_page.close()
    gone = panel([("vera", "online"), ("carol", "online"), ("bruno", "offline")], "2 of 3 online")
    for page in pages.values():
        expect_members(page, gone["rows"], gone["counts"])
        log = member_panel_log(page)
        assert without_times(log) == [before, here, gone]
        assert log[2]["at"] - closed_at >= GRACE_SECONDS * 1000, "gone before the grace period"
        expect_empty_timeline(page)
    assert saved_bodies(room) == []
    pages["vera"].screenshot(path=ARTIFACTS_DIR / "presence-left-desktop.png")
    pages["carol"].screenshot(path=ARTIFACTS_DIR / "presence-left-phone.png")


# Reactions (issue 11, part 3) ----------------------------------------------------------


def chip(page: Page, emoji: str):
    return page.locator("#messages article.message .reaction", has_text=emoji)


def test_reactions_toggle_live_with_who_reacted(
    book_club: BookClub, chat_server: ChatServer, new_context: NewContext
) -> None:
    alice, bruno = both_in_room(book_club, chat_server, new_context)
    send(alice, "Chapter four is out!")
    for page in (alice, bruno):
        expect_bodies(page, ["Chapter four is out!"])

    # bruno reacts from the picker, with the keyboard's help for the second one.
    message = bruno.locator("#messages article.message").first
    message.hover()
    message.get_by_role("button", name="React").click()
    bruno.get_by_role("button", name="React with 🎉").click()
    expect(bruno.locator(".reaction-picker")).to_have_count(0)
    message.hover()
    message.get_by_role("button", name="React").click()
    other = bruno.get_by_label("Any other emoji")
    other.fill("🦀")
    other.press("Enter")

    for page in (alice, bruno):
        expect(chip(page, "🎉")).to_have_text("🎉1", timeout=LIVE_MS)
        expect(chip(page, "🦀")).to_have_text("🦀1", timeout=LIVE_MS)
        expect(chip(page, "🎉")).to_have_attribute("title", "bruno")
    expect(chip(bruno, "🎉")).to_have_attribute("aria-pressed", "true")
    expect(chip(alice, "🎉")).to_have_attribute("aria-pressed", "false")

    # alice adds hers by clicking the chip; a second click takes it back.
    chip(alice, "🎉").click()
    for page in (alice, bruno):
        expect(chip(page, "🎉")).to_have_text("🎉2", timeout=LIVE_MS)
        expect(chip(page, "🎉")).to_have_attribute("title", "bruno, alice")
    expect(chip(alice, "🎉")).to_have_attribute("aria-pressed", "true")
    alice.screenshot(path=ARTIFACTS_DIR / "reactions-desktop.png")
    alice.set_viewport_size(PHONE)
    alice.screenshot(path=ARTIFACTS_DIR / "reactions-phone.png")

    chip(alice, "🎉").click()
    for page in (alice, bruno):
        expect(chip(page, "🎉")).to_have_text("🎉1", timeout=LIVE_MS)
    expect(chip(alice, "🎉")).to_have_attribute("aria-pressed", "false")


def test_a_reaction_and_a_reply_made_while_pages_were_away_come_with_their_catch_up(
    book_club: BookClub, chat_server: ChatServer, new_context: NewContext
) -> None:
    """Issue 11's "survives a reconnect" for reactions and replies: bruno reacts and replies
    while the server is down (through the services, so no socket can carry either); once the
    pages are live again, both show them, from the catch-up alone."""
    alice, bruno = both_in_room(book_club, chat_server, new_context)
    send(alice, "Chapter five: who has read it?")
    expect_bodies(bruno, ["Chapter five: who has read it?"])
    question = Message.objects.get(room=book_club.room, body="Chapter five: who has read it?")

    def bruno_answers() -> None:
        in_worker_thread(
            reactions.reaction_toggle,
            room=book_club.room,
            user=book_club.bruno,
            message_id=question.pk,
            emoji="👍",
        )
        in_worker_thread(
            services.message_post,
            room=book_club.room,
            author=book_club.bruno,
            body="Me, **twice**",
            client_id="2f0c9d1e-6a55-4f43-9d0b-7d1b1c3e5a20",
            reply_to=question.pk,
        )

    print(f"\nRestart: {restart_while(chat_server, [alice, bruno], bruno_answers)}")
    for page in (alice, bruno):
        expect_bodies(page, ["Chapter five: who has read it?", "Me, twice"])
        expect(chip(page, "👍")).to_have_text("👍1", timeout=LIVE_MS)
        expect(chip(page, "👍")).to_have_attribute("title", "bruno")
        reply = article(page, "Me, twice")
        expect(reply.locator(".reply-quote")).to_have_text(
            re.compile(r"In reply to\s+alice Chapter five: who has read it\?")
        )
        expect(reply.locator(".message-body strong")).to_have_text("twice")
        # Caught up in place: the page was never reloaded.
        assert page.evaluate("performance.getEntriesByType('navigation')[0].type") == "navigate"
    expect(chip(bruno, "👍")).to_have_attribute("aria-pressed", "true")
    expect(chip(alice, "👍")).to_have_attribute("aria-pressed", "false")
