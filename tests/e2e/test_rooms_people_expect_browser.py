"""Issue 9 in a real browser ("Rooms people expect"): row 2, a private room invites people by
username and by link, and the invitees join from their lobby or from the link."""

from __future__ import annotations

from collections.abc import Callable

from playwright.sync_api import BrowserContext, expect

from accounts.models import User
from rooms import direct, services
from rooms.models import DirectChat, Invite, Membership
from tests.e2e.room_page import (
    DESKTOP,
    PHONE,
    accept_dialogs,
    expect_bodies,
    expect_live,
    open_room,
    send,
)
from tests.e2e.test_hardening_browser import log_in, post, wait_until
from tests.serving import ARTIFACTS_DIR, ChatServer


def test_a_private_room_invites_by_username_and_by_link(
    chat_server: ChatServer, new_context: Callable[..., BrowserContext]
) -> None:
    ARTIFACTS_DIR.mkdir(exist_ok=True)
    alice, bruno, carol, dora = (
        User.objects.create_user(username=name) for name in ("alice", "bruno", "carol", "dora")
    )
    room = services.room_create(creator=alice, name="Back office", is_private=True)

    alice_context = new_context(viewport=DESKTOP)
    log_in(alice_context, chat_server, alice)
    alice_page = open_room(alice_context, chat_server, room)
    alice_page.get_by_role("link", name="Invite").click()
    expect(alice_page.get_by_role("heading", name="Invite to Back office")).to_be_visible()

    alice_page.get_by_label("Invite a person by username").fill("Bruno")
    alice_page.get_by_role("button", name="Invite", exact=True).click()
    expect(alice_page.locator(".flash")).to_have_text(
        "bruno is invited: the invite waits in their lobby."
    )
    alice_page.get_by_label("Lets in").select_option(label="1 person")
    alice_page.get_by_role("button", name="Make a link").click()
    link = Invite.objects.get(room=room, invitee=None)
    url = f"{chat_server.url}/invite/{link.token}/"
    expect(alice_page.get_by_label("Invite link")).to_have_value(url)
    expect(alice_page.locator("#invite-list")).to_contain_text("0 of 1 used")
    alice_page.screenshot(path=ARTIFACTS_DIR / "invites-desktop.png", full_page=True)
    alice_page.set_viewport_size(PHONE)
    alice_page.screenshot(path=ARTIFACTS_DIR / "invites-phone.png", full_page=True)
    alice_page.set_viewport_size(DESKTOP)
    alice_page.get_by_role("link", name="Back to Back office").click()
    expect_live(alice_page)

    # bruno finds the invite in his lobby and joins from there.
    bruno_context = new_context(viewport=DESKTOP)
    log_in(bruno_context, chat_server, bruno)
    lobby = bruno_context.new_page()
    lobby.goto(chat_server.url + "/")
    invitation = lobby.locator("#lobby-invites .invite")
    expect(invitation).to_contain_text("Back office")
    expect(invitation).to_contain_text("from alice")
    lobby.screenshot(path=ARTIFACTS_DIR / "lobby-invitation-desktop.png")
    invitation.get_by_role("button", name="Join").click()
    expect(lobby).to_have_url(f"{chat_server.url}/rooms/{room.slug}/")
    expect_live(lobby)
    expect_bodies(alice_page, ["bruno joined the room."])

    # carol holds the link: it shows the room and joins it by a button.
    carol_context = new_context(viewport=PHONE)
    log_in(carol_context, chat_server, carol)
    carol_page = carol_context.new_page()
    carol_page.goto(url)
    expect(carol_page.get_by_role("heading", name="Private Back office")).to_be_visible()
    expect(carol_page.get_by_text("alice invites you to this private room.")).to_be_visible()
    carol_page.screenshot(path=ARTIFACTS_DIR / "invite-link-phone.png")
    assert not Membership.objects.filter(room=room, user=carol).exists()
    carol_page.get_by_role("button", name="Join room").click()
    expect_live(carol_page)
    send(carol_page, "Thanks for the link!")
    expect_bodies(
        alice_page, ["bruno joined the room.", "carol joined the room.", "Thanks for the link!"]
    )

    # Its one use is taken: for dora the link is a page that does not exist.
    dora_context = new_context(viewport=DESKTOP)
    log_in(dora_context, chat_server, dora)
    dora_page = dora_context.new_page()
    response = dora_page.goto(url)
    assert response is not None and response.status == 404
    assert not Membership.objects.filter(room=room, user=dora).exists()


def test_direct_messages_open_from_the_lobby_and_the_member_panel(
    chat_server: ChatServer, new_context: Callable[..., BrowserContext]
) -> None:
    ARTIFACTS_DIR.mkdir(exist_ok=True)
    alice, bruno = (User.objects.create_user(username=name) for name in ("alice", "bruno"))
    shared = services.room_create(creator=alice, name="Book club")
    services.membership_join(room=shared, user=bruno)

    alice_context = new_context(viewport=DESKTOP)
    log_in(alice_context, chat_server, alice)
    alice_page = alice_context.new_page()
    alice_page.goto(chat_server.url + "/")
    alice_page.get_by_label("Message someone directly").fill("bruno")
    alice_page.get_by_role("button", name="Message", exact=True).click()
    chat = DirectChat.objects.get()
    expect(alice_page).to_have_url(f"{chat_server.url}/rooms/{chat.room.slug}/")
    expect_live(alice_page)
    send(alice_page, "Coffee after the club?")
    alice_page.screenshot(path=ARTIFACTS_DIR / "direct-room-desktop.png")

    # bruno's lobby lists the conversation apart from his rooms, with what is unread.
    bruno_context = new_context(viewport=PHONE)
    log_in(bruno_context, chat_server, bruno)
    lobby = bruno_context.new_page()
    lobby.goto(chat_server.url + "/")
    expect(lobby.locator(".direct-list").get_by_role("link", name="alice 1 new")).to_be_visible()
    lobby.screenshot(path=ARTIFACTS_DIR / "lobby-direct-phone.png", full_page=True)
    lobby.set_viewport_size(DESKTOP)
    lobby.screenshot(path=ARTIFACTS_DIR / "lobby-direct-desktop.png")

    # From the member panel of a room they share, bruno reaches the same conversation.
    shared_page = open_room(bruno_context, chat_server, shared)
    expect_live(shared_page)
    shared_page.get_by_role("button", name="Members").click()  # a phone folds the panel away
    shared_page.get_by_role("button", name="Message alice directly").click()
    expect(shared_page).to_have_url(f"{chat_server.url}/rooms/{chat.room.slug}/")
    expect_live(shared_page)
    expect_bodies(shared_page, ["Coffee after the club?"])
    send(shared_page, "Yes!")
    expect_bodies(alice_page, ["Coffee after the club?", "Yes!"])
    assert DirectChat.objects.count() == 1


def test_a_room_switcher_and_a_leave_that_asks_first(
    chat_server: ChatServer, new_context: Callable[..., BrowserContext]
) -> None:
    """Row 12: inside a room there is a way to your other rooms (on a phone too), and Leave
    asks for confirmation."""
    ARTIFACTS_DIR.mkdir(exist_ok=True)
    alice, bruno = (User.objects.create_user(username=name) for name in ("alice", "bruno"))
    tea = services.room_create(creator=bruno, name="Tea room")
    books = services.room_create(creator=bruno, name="Book club")
    for room in (tea, books):
        services.membership_join(room=room, user=alice)
    chat = direct.direct_open(user=alice, username="bruno")

    context = new_context(viewport=PHONE)
    log_in(context, chat_server, alice)
    page = open_room(context, chat_server, tea)
    expect_live(page)
    page.locator("#room-switcher > summary").click()
    menu = page.get_by_role("navigation", name="Your rooms")
    expect(menu.get_by_role("link")).to_have_text(
        ["All rooms and the lobby", "Book club", "Tea room", "bruno"]
    )
    expect(menu.get_by_role("link", name="Tea room")).to_have_attribute("aria-current", "page")
    page.screenshot(path=ARTIFACTS_DIR / "room-switcher-phone.png")
    page.set_viewport_size(DESKTOP)
    page.screenshot(path=ARTIFACTS_DIR / "room-switcher-desktop.png")
    page.set_viewport_size(PHONE)
    page.keyboard.press("Escape")
    expect(menu).to_be_hidden()
    page.locator("#room-switcher > summary").click()
    menu.get_by_role("link", name="bruno").click()
    expect(page).to_have_url(f"{chat_server.url}/rooms/{chat.slug}/")
    page.go_back()
    expect(page).to_have_url(f"{chat_server.url}/rooms/{tea.slug}/")

    # Leave asks first: dismissing keeps you in, confirming takes you out.
    asked: list[str] = []

    def dismiss(dialog) -> None:
        asked.append(dialog.message)
        dialog.dismiss()

    page.once("dialog", dismiss)
    page.get_by_role("button", name="Leave").click()
    expect(page).to_have_url(f"{chat_server.url}/rooms/{tea.slug}/")
    assert asked == ["Leave Tea room? You stop receiving its messages."]
    assert Membership.objects.filter(room=tea, user=alice).exists()
    seen = accept_dialogs(page)
    page.get_by_role("button", name="Leave").click()
    expect(page).to_have_url(f"{chat_server.url}/")
    assert seen == ["Leave Tea room? You stop receiving its messages."]
    assert not Membership.objects.filter(room=tea, user=alice).exists()


def test_the_keyboard_reaches_the_composer_and_moves_through_messages(
    chat_server: ChatServer, new_context: Callable[..., BrowserContext]
) -> None:
    """Row 9: a skip link to the composer; the message list is one tab stop with arrow keys
    inside; ArrowUp in an empty composer edits your last message and Escape cancels; focus
    is visible."""
    ARTIFACTS_DIR.mkdir(exist_ok=True)
    alice, bruno = (User.objects.create_user(username=name) for name in ("alice", "bruno"))
    room = services.room_create(creator=alice, name="Tea room")
    services.membership_join(room=room, user=bruno)
    posted = [
        post(room, author, body)
        for author, body in [
            (bruno, "first from bruno"),
            (alice, "alice early"),
            (bruno, "second from bruno"),
            (alice, "alice last"),
        ]
    ]

    context = new_context(viewport=DESKTOP)
    log_in(context, chat_server, alice)
    page = open_room(context, chat_server, room)
    expect_live(page)

    # The skip link comes first, before the top bar (the page starts in the composer, so go
    # to the top bar and one step back); shown when focused, it leads to the composer.
    page.get_by_role("link", name="Salon").focus()
    page.keyboard.press("Shift+Tab")
    skip = page.get_by_role("link", name="Skip to the message box")
    expect(skip).to_be_focused()
    expect(skip).to_be_visible()
    page.screenshot(path=ARTIFACTS_DIR / "keyboard-skip-desktop.png")
    page.keyboard.press("Enter")
    expect(page.locator("#composer-body")).to_be_focused()

    # Tab through the whole page from the top: the message list is one stop (the newest
    # message) and that message's own actions, whatever the number of messages.
    skip.focus()
    stops: list[str] = []
    while len(stops) < 60:
        page.keyboard.press("Tab")
        stop = page.evaluate(
            "(() => { const e = document.activeElement;"
            " const m = e.closest('#messages article.message');"
            " return e.id === 'composer-body' ? 'composer'"
            " : m ? m.id + (e === m ? '' : ':' + e.dataset.action) : '' })()"
        )
        if stop == "composer":
            break
        if stop:
            stops.append(stop)
    newest_id = f"message-{posted[-1].pk}"
    actions = ("react", "reply", "edit", "delete")
    assert stops == [newest_id, *(f"{newest_id}:{action}" for action in actions)]

    newest = page.locator(f"#{newest_id}")
    newest.focus()
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    page.keyboard.press("ArrowUp")
    expect(page.locator(f"#message-{posted[-2].pk}")).to_be_focused()
    page.keyboard.press("Home")
    expect(page.locator(f"#message-{posted[0].pk}")).to_be_focused()
    page.screenshot(path=ARTIFACTS_DIR / "keyboard-focus-desktop.png")
    # Tab from there goes through that message's actions (alice owns the room: she may
    # react to bruno's, reply, delete it and report it) and then out of the list, which now
    # keeps this message as its stop.
    inside: list[str] = []
    for _ in range(7):
        page.keyboard.press("Tab")
        action = page.evaluate(
            "(() => { const e = document.activeElement;"
            " const m = e.closest('#messages article.message');"
            " return m ? m.id + ':' + e.dataset.action : '' })()"
        )
        if not action:
            break
        inside.append(action)
    first_id = f"message-{posted[0].pk}"
    assert inside == [f"{first_id}:{action}" for action in ("react", "reply", "delete", "report")]
    current = page.evaluate(
        "Array.from(document.querySelectorAll('#messages article.message'))"
        ".filter(a => a.tabIndex === 0).map(a => a.id)"
    )
    assert current == [f"message-{posted[0].pk}"]

    page.locator("#composer-body").focus()
    # ArrowUp in the empty composer edits alice's last message; Escape cancels.
    page.keyboard.press("ArrowUp")
    editor = newest.get_by_label("Edit message")
    expect(editor).to_be_focused()
    expect(editor).to_have_value("alice last")
    # Emptied and saved, the editor says what to do instead of doing nothing.
    editor.fill("")
    editor.press("Enter")
    expect(newest.locator(".message-editor-hint")).to_have_text(
        "A message cannot be empty. To remove it, use Delete."
    )
    page.screenshot(path=ARTIFACTS_DIR / "edit-emptied-desktop.png")
    page.keyboard.press("Escape")
    expect(newest.locator(".message-editor")).to_have_count(0)
    expect(page.locator("#composer-body")).to_be_focused()
    expect(newest.locator(".message-body")).to_have_text("alice last")


def test_a_room_opens_where_you_left_off_and_loads_older_history_by_scrolling(
    chat_server: ChatServer, new_context: Callable[..., BrowserContext]
) -> None:
    """Rows 7 and 8: a room with unread messages opens at the first of them under a "New
    messages" line, with "Jump to latest"; scrolling up loads older history by itself and
    keeps what you were reading in place."""
    ARTIFACTS_DIR.mkdir(exist_ok=True)
    alice, bruno = (User.objects.create_user(username=name) for name in ("alice", "bruno"))
    room = services.room_create(creator=alice, name="Busy room")
    services.membership_join(room=room, user=bruno)
    posted = [post(room, alice, f"note {i}") for i in range(1, 121)]
    Membership.objects.filter(room=room, user=bruno).update(last_read_message=posted[99])

    context = new_context(viewport=DESKTOP)
    log_in(context, chat_server, bruno)
    page = open_room(context, chat_server, room)
    expect_live(page)
    line = page.locator("#new-messages-line")
    expect(line).to_have_text("New messages")
    assert (
        page.evaluate("document.getElementById('new-messages-line').nextElementSibling.id")
        == f"message-{posted[100].pk}"
    )
    expect(line).to_be_in_viewport()
    expect(page.locator(f"#message-{posted[-1].pk}")).not_to_be_in_viewport()
    jump = page.get_by_role("button", name="Jump to latest")
    expect(jump).to_be_visible()
    page.screenshot(path=ARTIFACTS_DIR / "room-new-messages-desktop.png")
    # Nothing is marked read while the newest is out of sight.
    assert Membership.objects.get(room=room, user=bruno).last_read_message_id == posted[99].pk

    jump.click()
    expect(page.locator(f"#message-{posted[-1].pk}")).to_be_in_viewport()
    expect(jump).to_be_hidden()
    wait_until(
        lambda: Membership.objects.get(room=room, user=bruno).last_read_message_id == posted[-1].pk
    )

    # Scrolling to the top loads the 50 before by itself; the message that was at the top
    # stays where it was on the screen.
    oldest_shown = page.locator("#messages article.message").first
    oldest_id = oldest_shown.get_attribute("id")
    assert oldest_id == f"message-{posted[70].pk}"
    where = (
        "id => document.querySelector('#' + id + ' .message-body').getBoundingClientRect().top"
        " - document.getElementById('timeline').getBoundingClientRect().top"
    )
    # Where its text will be on the screen with the view at the top, before anything loads.
    before = page.evaluate(where + " + document.getElementById('timeline').scrollTop", oldest_id)
    page.locator("#timeline").evaluate("t => { t.scrollTop = 0; }")
    expect(page.locator("#messages article.message")).to_have_count(100)
    expect(page.locator(f"#{oldest_id}")).to_be_in_viewport()
    after = page.evaluate(where, oldest_id)
    # Its text stays put (the day's heading and its author's name above it may go, as the
    # older messages above now carry them).
    assert abs(after - before) <= 2, (before, after)
    page.screenshot(path=ARTIFACTS_DIR / "room-older-loaded-desktop.png")
