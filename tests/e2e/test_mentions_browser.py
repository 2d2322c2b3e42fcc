"""Issue 9 in a real browser, row 4: the composer's @ list (pointer and keyboard), a persona
that a mention brings in to answer, and the notice when the room's owner turned that off."""

from __future__ import annotations

import re
from collections.abc import Callable

from django.core.management import call_command
from playwright.sync_api import BrowserContext, Page, expect

from accounts.models import User
from rooms import services
from rooms.models import Membership, Room
from tests.e2e.room_page import DESKTOP, LIVE_MS, PHONE, open_room
from tests.e2e.test_hardening_browser import log_in
from tests.serving import ARTIFACTS_DIR, ChatServer


def listed(page: Page) -> list[str]:
    """The @ list's options as a screen reader reads them (the avatars are hidden)."""
    return [
        " ".join(text.split())
        for text in page.get_by_role("listbox", name="Mention someone")
        .get_by_role("option")
        .evaluate_all(
            "(options) => options.map((o) => Array.from(o.children)"
            ".filter((c) => c.getAttribute('aria-hidden') !== 'true')"
            ".map((c) => c.textContent).join(' '))"
        )
    ]


def selected(page: Page) -> str:
    option = page.locator('#mention-list [role="option"][aria-selected="true"]')
    expect(option).to_have_count(1)
    composer = page.locator("#composer-body")
    expect(composer).to_have_attribute("aria-activedescendant", option.get_attribute("id"))
    return option.get_attribute("data-username")


def star_club(
    server: ChatServer, new_context: Callable[..., BrowserContext]
) -> tuple[Room, BrowserContext, BrowserContext]:
    """The personas, and "Star Club" with alice (its owner, at a desk) and bruno (on a phone),
    each signed in to a browser of their own."""
    ARTIFACTS_DIR.mkdir(exist_ok=True)
    call_command("seed_personas", stdout=open("/dev/null", "w"))  # noqa: SIM115
    alice, bruno = (User.objects.create_user(username=name) for name in ("alice", "bruno"))
    room = services.room_create(creator=alice, name="Star Club")
    services.membership_join(room=room, user=bruno)
    alice_context = new_context(viewport=DESKTOP)
    log_in(alice_context, server, alice)
    bruno_context = new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    log_in(bruno_context, server, bruno)
    return room, alice_context, bruno_context


def test_the_at_list_and_a_persona_brought_in_by_a_mention(
    chat_server: ChatServer, new_context: Callable[..., BrowserContext]
) -> None:
    room, alice_context, bruno_context = star_club(chat_server, new_context)
    alice_page = open_room(alice_context, chat_server, room)
    bruno_page = open_room(bruno_context, chat_server, room)

    # bruno types "@a": the list offers alice, then the personas a mention would bring in.
    composer = bruno_page.locator("#composer-body")
    listbox = bruno_page.get_by_role("listbox", name="Mention someone")
    composer.press_sequentially("Hi @a")
    expect(listbox).to_be_visible()
    assert listed(bruno_page) == [
        "alice",
        "Ada Lovelace AI @lovelace · joins to answer",
        "Albert Einstein AI @einstein · joins to answer",
        "AIBot AI @aibot",
    ]
    expect(bruno_page.locator("#mention-status")).to_have_text("4 suggestions.")
    bruno_page.screenshot(path=ARTIFACTS_DIR / "mention-list-phone.png")

    # Arrows move through it (and wrap); Escape closes it and keeps what was typed.
    assert selected(bruno_page) == "alice"
    composer.press("ArrowDown")
    assert selected(bruno_page) == "lovelace"
    composer.press("ArrowUp")
    composer.press("ArrowUp")
    assert selected(bruno_page) == "aibot"
    composer.press("Escape")
    expect(listbox).to_be_hidden()
    expect(composer).to_have_value("Hi @a")
    expect(composer).not_to_have_attribute("aria-activedescendant", re.compile(".*"))

    # Typing on narrows it; Enter inserts the choice instead of sending.
    composer.press_sequentially("l")
    expect(listbox).to_be_visible()
    assert listed(bruno_page) == ["alice", "Albert Einstein AI @einstein · joins to answer"]
    composer.press("ArrowDown")
    composer.press("Enter")
    expect(listbox).to_be_hidden()
    expect(composer).to_have_value("Hi @einstein ")
    composer.press_sequentially("what is time?")
    composer.press("Enter")
    expect(composer).to_have_value("")

    # Einstein joins (the room reads so, and sees him in its members) and answers.
    joined = "Albert Einstein joined the room (mentioned by bruno)."
    for page in (alice_page, bruno_page):
        expect(page.locator("#messages article.message-system")).to_have_text(
            [re.compile(re.escape(joined))], timeout=LIVE_MS
        )
        reply = page.locator("#messages article.message-persona")
        expect(reply).to_have_count(1, timeout=LIVE_MS)
        expect(reply.locator(".message-author")).to_have_text("Albert Einstein")
        mention = page.locator("#messages article.message-user .mention")
        expect(mention).to_have_text(["@einstein"])
    expect(alice_page.locator("#member-list")).to_contain_text("Albert Einstein")
    assert Membership.objects.filter(room=room, user__username="einstein").exists()

    # With the pointer: alice (desktop) picks bruno from the list.
    alice_composer = alice_page.locator("#composer-body")
    alice_composer.press_sequentially("Thanks @br")
    expect(alice_page.get_by_role("option", name="bruno")).to_be_visible()
    alice_page.screenshot(path=ARTIFACTS_DIR / "mention-list-desktop.png")
    alice_page.get_by_role("option", name="bruno").click()
    expect(alice_composer).to_have_value("Thanks @bruno ")
    expect(alice_composer).to_be_focused()


def test_a_room_that_keeps_personas_out_tells_the_sender_who_can_add_them(
    chat_server: ChatServer, new_context: Callable[..., BrowserContext]
) -> None:
    room, alice_context, bruno_context = star_club(chat_server, new_context)
    # The owner turns it off in the room's settings.
    alice_page = open_room(alice_context, chat_server, room)
    settings = alice_page.locator("#room-ai-settings")
    setting = settings.get_by_label("A mention brings a persona in")
    expect(setting).to_be_checked()
    setting.uncheck()
    with alice_page.expect_navigation():  # the form posts and the room page loads again
        settings.get_by_role("button", name="Save").click()
    expect(
        alice_page.locator("#room-ai-settings").get_by_label("A mention brings a persona in")
    ).not_to_be_checked()
    alice_page = open_room(alice_context, chat_server, room)

    bruno_page = open_room(bruno_context, chat_server, room)
    composer = bruno_page.locator("#composer-body")
    composer.press_sequentially("@cu")
    # Only whom a mention can reach: no persona that would not come.
    expect(bruno_page.get_by_role("listbox", name="Mention someone")).to_be_hidden()
    expect(bruno_page.locator("#mention-status")).to_have_text("No one to mention by that name.")
    composer.press_sequentially("rie what is radium?")
    composer.press("Enter")

    notice = bruno_page.locator("#composer-notice")
    expect(notice.locator("p")).to_have_text(
        "Marie Curie is not in this room, and mentions do not bring personas in here. Only the "
        "room's owner, alice, can add them.",
        timeout=LIVE_MS,
    )
    expect(notice).to_have_attribute("role", "status")
    bruno_page.screenshot(path=ARTIFACTS_DIR / "mention-notice-phone.png")
    bruno_page.set_viewport_size(DESKTOP)
    bruno_page.screenshot(path=ARTIFACTS_DIR / "mention-notice-desktop.png")
    # Only bruno hears it; nobody answers; it goes when he dismisses it.
    expect(alice_page.locator("#messages article.message-user")).to_have_count(1)
    expect(alice_page.locator("#composer-notice")).to_be_empty()
    bruno_page.get_by_role("button", name="Dismiss this notice").click()
    expect(notice).to_be_empty()
    expect(composer).to_be_focused()
    assert not Membership.objects.filter(room=room, user__is_persona=True).exists()
