"""Personas in a real browser: a person asks the house bot and summons a persona; both
windows see both replies appear, streamed and then saved."""

from __future__ import annotations

import html
import os
import re
import shutil
from collections.abc import Callable
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.utils.html import strip_tags
from playwright.sync_api import BrowserContext, Page, expect

from accounts.models import User
from rooms import services
from rooms.models import Message
from tests.e2e.room_page import PHONE
from tests.serving import ARTIFACTS_DIR, ChatServer, session_cookie_for

LIVE_MS = 15_000


# Installed in a page before a persona is asked: records [author, persona messages already
# in the room, text] for each draft the page shows, as it is shown.
DRAFT_RECORDER = """() => {
  window.draftsSeen = [];
  const drafts = document.getElementById("drafts");
  new MutationObserver(() => {
    for (const draft of drafts.querySelectorAll("article.draft")) {
      window.draftsSeen.push([
        draft.querySelector(".message-author").textContent.trim(),
        document.querySelectorAll("#messages article.message-persona").length,
        draft.querySelector(".message-body").innerText.trim(),
      ]);
    }
  }).observe(drafts, {childList: true, subtree: true, characterData: true});
}"""


def open_as(context: BrowserContext, server: ChatServer, user: User, path: str) -> Page:
    context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": session_cookie_for(user),
                "url": server.url,
            }
        ]
    )
    page = context.new_page()
    page.goto(f"{server.url}{path}")
    return page


def send(page: Page, text: str) -> None:
    composer = page.locator("#composer-body")
    composer.fill(text)
    composer.press("Enter")
    expect(composer).to_have_value("")


def persona_reply(page: Page, name: str):
    return page.locator("#messages article.message-persona").filter(
        has=page.locator(".message-author", has_text=re.compile(rf"^{re.escape(name)}$"))
    )


def test_house_bot_and_a_summoned_persona_answer_in_both_windows(
    chat_server: ChatServer, new_context: Callable[..., BrowserContext]
) -> None:
    call_command("seed_personas", stdout=open("/dev/null", "w"))  # noqa: SIM115
    alice = User.objects.create_user(username="alice")
    bruno = User.objects.create_user(username="bruno")
    room = services.room_create(creator=alice, name="Star Club", topic="space exploration")
    services.membership_join(room=room, user=bruno)

    alice_page = open_as(
        new_context(viewport={"width": 1280, "height": 800}),
        chat_server,
        alice,
        f"/rooms/{room.slug}/",
    )
    bruno_page = open_as(
        new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True),
        chat_server,
        bruno,
        f"/rooms/{room.slug}/",
    )
    for page in (alice_page, bruno_page):
        expect(page.locator("#connection-status")).to_have_attribute(
            "data-state", "open", timeout=LIVE_MS
        )

    # The owner seats Einstein from the room's side panel.
    settings_panel = alice_page.locator("#room-ai-settings")
    # A room without personas shows its settings open.
    expect(alice_page.locator(".personas-settings")).to_have_attribute("open", "")
    settings_panel.get_by_label("Albert Einstein").check()
    # Saving posts the form and loads the room page again: wait for that page, or what is
    # typed next may go into the page being left (the old panel's mode menu reads "Normal" too).
    with alice_page.expect_navigation():
        settings_panel.get_by_role("button", name="Save").click()
    expect(alice_page.locator("#personas-status")).to_have_text("Normal")
    expect(alice_page.locator("#connection-status")).to_have_attribute(
        "data-state", "open", timeout=LIVE_MS
    )
    expect(bruno_page.locator("#member-list")).to_contain_text("Albert Einstein", timeout=LIVE_MS)

    send(bruno_page, "/AIBot What is Python?")
    for page in (alice_page, bruno_page):
        reply = persona_reply(page, "AIBot")
        expect(reply).to_have_count(1, timeout=LIVE_MS)
        expect(reply.locator(".message-body")).to_contain_text(re.compile("python", re.I))
        expect(reply.locator(".badge-ai")).to_have_text("AI")

    # The reply is written in front of everyone before it is saved. An offline reply of a
    # dozen words shows as a draft for a few hundred milliseconds, which polling for it can
    # miss (CI did, twice): the page records each draft it is shown, with how many persona
    # messages it held at that moment.
    bruno_page.evaluate(DRAFT_RECORDER)
    send(alice_page, "@einstein what do you make of black holes?")
    for page in (alice_page, bruno_page):
        reply = persona_reply(page, "Albert Einstein")
        expect(reply).to_have_count(1, timeout=LIVE_MS)
        # On the subject (which line is picked depends on the message's id: one black hole
        # or many), capitalised if it starts the sentence.
        expect(reply.locator(".message-body")).to_contain_text(re.compile("black holes?", re.I))
        expect(page.locator("#drafts article")).to_have_count(0, timeout=LIVE_MS)

    seen = bruno_page.evaluate("window.draftsSeen")
    assert seen, "no draft was shown before the reply was saved"
    # Each draft was Einstein's, shown while only AIBot's reply was in the room.
    assert {(name, saved_before) for name, saved_before, _ in seen} == {("Albert Einstein", 1)}
    final_body = persona_reply(bruno_page, "Albert Einstein").locator(".message-body").inner_text()
    assert all(final_body.startswith(text.rstrip("…").rstrip()) for _, _, text in seen), seen

    saved = list(
        Message.objects.filter(room=room, kind=Message.Kind.PERSONA)
        .order_by("id")
        .values_list("author__username", "body_html")
    )
    assert [author for author, _ in saved] == ["aibot", "einstein"]
    # What was saved, as the page shows it (a persona may write `code`, shown as code).
    shown = [html.unescape(strip_tags(body_html)) for _, body_html in saved]
    for page in (alice_page, bruno_page):
        bodies = page.locator("#messages article.message-persona .message-body")
        expect(bodies).to_have_text(shown, use_inner_text=True)

    ARTIFACTS_DIR.mkdir(exist_ok=True)
    alice_page.screenshot(path=ARTIFACTS_DIR / "personas-desktop.png")
    bruno_page.screenshot(path=ARTIFACTS_DIR / "personas-phone.png")
    if os.environ.get("UPDATE_DOCS_SCREENSHOT"):
        # The README's picture: refreshed on request, so test runs leave the tree clean.
        docs = Path(settings.BASE_DIR) / "docs"
        docs.mkdir(exist_ok=True)
        shutil.copyfile(ARTIFACTS_DIR / "personas-desktop.png", docs / "screenshot.png")


def test_stopping_a_reply_ends_its_typing_line_at_once_for_everyone(
    start_chat_server: Callable[..., ChatServer], new_context: Callable[..., BrowserContext]
) -> None:
    """Stop takes the draft and "AIBot is typing…" away together, on every page, and the room
    reads that the reply was stopped (the typing line used to linger up to 10 s)."""
    call_command("seed_personas", stdout=open(os.devnull, "w"))  # noqa: SIM115
    # A slow writer, so that there is time to press Stop mid-reply.
    server = start_chat_server(OFFLINE_CHUNK_DELAY="0.6")
    alice = User.objects.create_user(username="alice")
    bob = User.objects.create_user(username="bob")
    room = services.room_create(creator=alice, name="Retries")
    services.membership_join(room=room, user=bob)
    pages = {}
    for user, viewport in ((alice, {"width": 1280, "height": 800}), (bob, PHONE)):
        context = new_context(viewport=viewport)
        pages[user.username] = open_as(context, server, user, f"/rooms/{room.slug}/")
        expect(pages[user.username].locator("#connection-status")).to_have_text("Live")

    send(pages["bob"], "/AIBot how do event driven systems handle retries?")
    for page in pages.values():
        expect(page.locator("#typing-indicator")).to_have_text("AIBot is typing…")
    stop = pages["bob"].locator("#drafts .draft .draft-stop")
    expect(stop).to_be_visible(timeout=10_000)
    stop.click()
    for page in pages.values():
        # Well within the 6 s a typing signal lasts by itself.
        expect(page.locator("#drafts .draft")).to_have_count(0, timeout=2_000)
        expect(page.locator("#typing-indicator")).to_have_text("", timeout=2_000)
        expect(page.locator("#composer-notice")).to_have_text("AIBot's reply was stopped.×")
    pages["bob"].screenshot(path=ARTIFACTS_DIR / "persona-stopped-phone.png")
    assert not Message.objects.filter(room=room, author__is_persona=True).exists()
