"""Search in the browser (issue 11, part 4): from the top bar to a result, and from the result
to the message in its room, highlighted among the messages around it."""

from __future__ import annotations

import re
from collections.abc import Callable

from django.db.models import Max
from playwright.sync_api import BrowserContext, expect

from accounts.models import User
from rooms import formatting, services
from rooms.models import Message, Room
from tests.e2e.room_page import DESKTOP, LIVE_MS, PHONE, expect_live, send
from tests.e2e.test_hardening_browser import log_in, post
from tests.serving import ARTIFACTS_DIR, ChatServer


def fill(room: Room, author: User, bodies: list[str]) -> None:
    """Older talk, saved at once (nobody is watching yet), rendered as a send would be."""
    seq = Message.objects.filter(room=room).aggregate(top=Max("seq"))["top"] or 0
    Message.objects.bulk_create(
        Message(
            room=room, author=author, body=body, body_html=formatting.body_html(body), seq=seq + n
        )
        for n, body in enumerate(bodies, start=1)
    )
    Room.objects.filter(pk=room.pk).update(seq=seq + len(bodies))


def test_search_finds_a_message_and_opens_it_in_its_room(
    chat_server: ChatServer, new_context: Callable[..., BrowserContext]
) -> None:
    ARTIFACTS_DIR.mkdir(exist_ok=True)
    alice, bruno = (User.objects.create_user(username=name) for name in ("alice", "bruno"))
    club = services.room_create(creator=alice, name="Book club", topic="One chapter a week")
    services.membership_join(room=club, user=bruno)
    secret = services.room_create(creator=bruno, name="Bruno's notes", is_private=True)
    post(secret, bruno, "The lighthouse twist is the best part")  # alice is not in it
    fill(club, alice, [f"Chapter {n} notes are in the doc" for n in range(1, 61)])
    target = post(club, bruno, "Who keeps the <lighthouse> in chapter 7? I think it's Ged.")
    fill(club, bruno, [f"Reading chapter {n} tonight" for n in range(61, 121)])
    post(club, alice, "A lighthouse appears again later, too")

    context = new_context(viewport=DESKTOP)
    log_in(context, chat_server, alice)
    page = context.new_page()
    page.goto(chat_server.url + "/")
    box = page.get_by_role("searchbox", name="Search messages")
    box.fill("lighthouse")
    box.press("Enter")
    expect(page).to_have_url(f"{chat_server.url}/search/?q=lighthouse")
    results = page.locator(".search-result")
    expect(results).to_have_count(2)
    expect(results.nth(0).locator(".search-result-snippet")).to_have_text(
        "A lighthouse appears again later, too"
    )
    newest_hit = results.nth(1)
    expect(newest_hit.locator(".search-result-room")).to_have_text("Book club")
    expect(newest_hit.locator(".search-result-author")).to_have_text("bruno")
    expect(newest_hit.locator(".search-result-snippet mark")).to_have_text("lighthouse")
    expect(newest_hit.locator(".search-result-snippet")).to_have_text(
        "Who keeps the <lighthouse> in chapter 7? I think it's Ged."
    )
    page.screenshot(path=ARTIFACTS_DIR / "search-results-desktop.png")

    newest_hit.click()
    expect(page).to_have_url(f"{chat_server.url}/rooms/{club.slug}/?at={target.pk}")
    expect_live(page)
    found = page.locator(f"#message-{target.pk}")
    expect(found).to_have_class(re.compile(r"\bis-search-target\b"))
    expect(found).to_be_in_viewport()
    expect(found.locator(".message-body")).to_have_text(target.body)
    expect(page.get_by_text("Chapter 59 notes are in the doc")).to_be_attached()
    page.screenshot(path=ARTIFACTS_DIR / "search-opened-in-room-desktop.png")

    # Down to the present: the newer messages load by themselves as the reader scrolls, and
    # what is said meanwhile arrives once, in order, below them.
    post(club, bruno, "Said while alice was reading back")
    timeline = page.locator("#timeline")
    for _ in range(5):
        if page.locator("#load-newer").count() == 0:
            break
        newest = page.locator("#messages article.message[id]").last.get_attribute("id")
        timeline.evaluate("t => { t.scrollTop = t.scrollHeight; }")
        page.wait_for_function(
            """newest => {
                const shown = document.querySelectorAll("#messages article.message[id]");
                const more = document.getElementById("load-newer");
                return !more || shown[shown.length - 1].id !== newest;
            }""",
            arg=newest,
            timeout=LIVE_MS,
        )
    expect(page.locator("#load-newer")).to_have_count(0)
    send(page, "Back at the bottom")
    expect(page.locator("article.message").last).to_have_text(re.compile("Back at the bottom"))
    expect(page.locator("article.message.is-pending")).to_have_count(0, timeout=LIVE_MS)
    bodies = page.locator("article.message[id] .message-body").all_inner_texts()
    assert bodies[-4:] == [
        "Reading chapter 120 tonight",
        "A lighthouse appears again later, too",
        "Said while alice was reading back",
        "Back at the bottom",
    ]
    # From chapter 37 (the page opened 24 messages above the result) to the end, each once.
    assert bodies[: bodies.index(target.body)] == [
        f"Chapter {n} notes are in the doc" for n in range(37, 61)
    ]
    ids = page.locator("article.message[id]").evaluate_all("all => all.map(a => a.id)")
    assert len(ids) == len(set(ids)) == 24 + 1 + 60 + 3

    # On a phone, the box is in the room's top bar too.
    phone = new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    log_in(phone, chat_server, alice)
    small = phone.new_page()
    small.goto(f"{chat_server.url}/rooms/{club.slug}/")
    expect_live(small)
    small.screenshot(path=ARTIFACTS_DIR / "search-room-topbar-phone.png")
    small_box = small.get_by_role("searchbox", name="Search messages")
    expect(small_box).to_be_visible()
    small_box.fill('"lighthouse*')
    small_box.press("Enter")
    expect(small.locator(".search-result")).to_have_count(2)
    small.screenshot(path=ARTIFACTS_DIR / "search-results-phone.png")
    small.locator(".search-result").nth(1).click()
    expect(small.locator(f"#message-{target.pk}")).to_be_in_viewport(timeout=LIVE_MS)
    small.screenshot(path=ARTIFACTS_DIR / "search-opened-in-room-phone.png")


PLACEHOLDER_FIT_JS = """(box) => {
    const style = getComputedStyle(box);
    const pen = document.createElement("canvas").getContext("2d");
    pen.font = style.font;
    const room = box.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return {text: box.placeholder, needs: pen.measureText(box.placeholder).width, room: room};
}"""


def test_the_search_box_reads_whole_on_a_small_phone(
    chat_server: ChatServer, new_context: Callable[..., BrowserContext]
) -> None:
    """The trial's phone showed "Search mess": at 375 px the placeholder fits in the box, in
    the lobby and in a room, with the notifications button shown."""
    ARTIFACTS_DIR.mkdir(exist_ok=True)
    alice = User.objects.create_user(username="alice")
    room = services.room_create(creator=alice, name="Book club")
    phone = new_context(viewport={"width": 375, "height": 667}, is_mobile=True, has_touch=True)
    log_in(phone, chat_server, alice)
    page = phone.new_page()
    top_bar = {"x": 0, "y": 0, "width": 375, "height": 120}
    for path, name in (("/", "lobby"), (f"/rooms/{room.slug}/", "room")):
        page.goto(f"{chat_server.url}{path}")
        # The bell shows where the browser has notifications; it takes room from the box.
        page.evaluate("document.getElementById('notify-toggle').hidden = false")
        box = page.get_by_role("searchbox", name="Search messages")
        expect(box).to_have_attribute("placeholder", "Search")
        fit = box.evaluate(PLACEHOLDER_FIT_JS)
        page.screenshot(path=ARTIFACTS_DIR / f"search-box-{name}-375.png", clip=top_bar)
        assert fit["needs"] <= fit["room"], fit

    # Where the box has room, it says what it searches.
    page.set_viewport_size(DESKTOP)
    expect(box).to_have_attribute("placeholder", "Search messages")
    fit = box.evaluate(PLACEHOLDER_FIT_JS)
    assert fit["needs"] <= fit["room"], fit
