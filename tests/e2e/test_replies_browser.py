"""Issue 11, parts 1 and 2 in a real browser: formatted messages, a reply written with the
Reply action, and its quote jumping to the original (on the page, or far back through
`?at=`), for a person at a desk and one on a phone."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable

from playwright.sync_api import BrowserContext, expect

from accounts.models import User
from rooms import services
from tests.e2e.room_page import (
    DESKTOP,
    LIVE_MS,
    PHONE,
    accept_dialogs,
    article,
    in_worker_thread,
    open_room,
)
from tests.e2e.test_hardening_browser import log_in
from tests.serving import ARTIFACTS_DIR, ChatServer


def post(room, author, body, reply_to=None):
    return in_worker_thread(
        services.message_post,
        room=room,
        author=author,
        body=body,
        client_id=uuid.uuid4(),
        reply_to=reply_to,
    ).message


def test_a_reply_with_formatting_and_its_quote_that_jumps_to_the_original(
    chat_server: ChatServer, new_context: Callable[..., BrowserContext]
):
    ARTIFACTS_DIR.mkdir(exist_ok=True)
    alice, bruno = (User.objects.create_user(username=name) for name in ("alice", "bruno"))
    room = services.room_create(creator=alice, name="Tea Club")
    services.membership_join(room=room, user=bruno)
    far = post(room, alice, "Who brings the **tea** tomorrow?\nAnswer by noon.")
    for i in range(55):
        post(room, bruno if i % 2 else alice, f"Filler {i}")
    post(
        room,
        bruno,
        "Plan:\n- **tea** from _Yunnan_\n- ~~coffee~~ `scones`\n\n> Bring cups.\n\n"
        "```\nfor cup in cups: pour(cup, tea, temperature=85, minutes=3)  # a long line\n```",
    )

    alice_context = new_context(viewport=DESKTOP)
    log_in(alice_context, chat_server, alice)
    bruno_context = new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    log_in(bruno_context, chat_server, bruno)
    alice_page = open_room(alice_context, chat_server, room)
    bruno_page = open_room(bruno_context, chat_server, room)

    # The formatted message, as the server rendered it once.
    plan = alice_page.locator("#messages article.message").last
    expect(plan.locator(".message-body strong")).to_have_text(["tea"])
    expect(plan.locator(".message-body li")).to_have_count(2)
    expect(plan.locator(".message-body blockquote")).to_have_text("Bring cups.")
    expect(plan.locator(".message-body pre code")).to_contain_text("for cup in cups")

    # alice replies to "Filler 54" with the Reply action.
    target = article(alice_page, "Filler 54")
    target.hover()
    target.get_by_role("button", name="Reply").click()
    expect(alice_page.locator("#composer-reply")).to_have_text(
        re.compile(r"^Replying to alice: Filler 54")
    )
    composer = alice_page.locator("#composer-body")
    composer.fill("**Yes**, with `scones`")
    composer.press("Enter")
    expect(alice_page.locator("#composer-reply")).to_be_hidden()

    for page in (alice_page, bruno_page):
        reply = page.locator("#messages article.message[id]").last
        expect(reply.locator(".reply-quote")).to_have_text(
            re.compile(r"In reply to\s+alice Filler 54"), timeout=LIVE_MS
        )
        expect(reply.locator(".message-body")).to_have_text("Yes, with scones")
        expect(reply.locator(".message-body strong")).to_have_text("Yes")
    alice_page.screenshot(path=ARTIFACTS_DIR / "reply-desktop.png")
    bruno_page.screenshot(path=ARTIFACTS_DIR / "reply-phone.png")

    # bruno taps the quote: the original, on the page, is scrolled to and highlighted.
    bruno_page.locator("#messages article.message[id]").last.locator(".reply-quote").click()
    filler = article(bruno_page, "Filler 54")
    expect(filler).to_have_class(re.compile(r"\bis-reply-target\b"))
    expect(filler).to_be_in_viewport()

    # alice opens the room at the question far back (search's `?at=`) and replies to it.
    alice_page.goto(f"{chat_server.url}/rooms/{room.slug}/?at={far.pk}")
    expect(alice_page.locator("#connection-status")).to_have_attribute("data-state", "open")
    question = alice_page.locator(f"#message-{far.pk}")
    question.hover()
    question.get_by_role("button", name="Reply").click()
    composer.fill("Reminder!")
    composer.press("Enter")

    # bruno, at the latest messages, sees the reply live; its quote opens the room around it.
    reminder = article(bruno_page, "Reminder!")
    quote = reminder.locator(".reply-quote")
    expect(quote).to_have_text(
        re.compile(r"In reply to\s+alice Who brings the tea tomorrow\?"), timeout=LIVE_MS
    )
    expect(bruno_page.locator(f"#message-{far.pk}")).to_have_count(0)
    quote.click(position={"x": 8, "y": 6})  # its start: a tapped message's actions cover the end
    expect(bruno_page).to_have_url(re.compile(rf"\?at={far.pk}$"))
    original = bruno_page.locator(f"#message-{far.pk}")
    expect(original).to_be_in_viewport()
    expect(original.locator(".message-body")).to_have_text(
        "Who brings the tea tomorrow?\nAnswer by noon.", use_inner_text=True
    )
    bruno_page.screenshot(path=ARTIFACTS_DIR / "reply-jump-phone.png")

    # alice deletes the question: the reply now quotes a "deleted message", and nothing of it.
    dialogs = accept_dialogs(alice_page)
    question.hover()
    question.get_by_role("button", name="Delete").click()
    expect(question.locator(".message-body")).to_have_text("message deleted")
    assert dialogs == ["Delete this message for everyone?"]
    alice_page.goto(f"{chat_server.url}/rooms/{room.slug}/")
    expect(article(alice_page, "Reminder!").locator(".reply-quote")).to_have_text(
        re.compile(r"In reply to a\s+deleted message")
    )
    expect(alice_page.get_by_text("Who brings the")).to_have_count(0)
