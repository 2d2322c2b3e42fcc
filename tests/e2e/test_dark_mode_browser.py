"""Dark mode in a real browser (issue 11, part 7): pages follow the system's colour scheme until
a person picks a theme, which is kept on their account and drawn from the first paint on every
device; axe-core's colour-contrast rule (WCAG AA) finds nothing on the main pages in either
theme; the admin follows the same choice.

With UPDATE_DOCS_SCREENSHOT=1 the README's dark room (docs/dark-mode.png) is refreshed.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from django.core.management import call_command
from django.template.loader import render_to_string
from django.test import Client, RequestFactory, override_settings
from playwright.sync_api import BrowserContext, Page, expect

from accounts.models import User
from api import errors
from bots.models import Persona
from rooms import reactions, services
from tests.e2e.room_page import (
    DESKTOP,
    LIVE_MS,
    PHONE,
    in_worker_thread,
    open_room,
    send,
)
from tests.e2e.test_hardening_browser import log_in, wait_until
from tests.e2e.test_replies_browser import post
from tests.e2e.test_unread_browser import axe_script, refresh_docs  # noqa: F401 (a fixture)
from tests.serving import ARTIFACTS_DIR, ChatServer

# The page's background (--bg) in each theme, as the browser computes it.
LIGHT_BG = "rgb(245, 246, 250)"
DARK_BG = "rgb(15, 17, 23)"
BG_OF = {"light": LIGHT_BG, "dark": DARK_BG}
SURFACE_OF = {"light": "rgb(255, 255, 255)", "dark": "rgb(24, 27, 35)"}


def page_theme(page: Page) -> tuple[str | None, str]:
    """What the page says it is (`<html data-theme>`) and what it looks like (the body's
    computed background colour)."""
    theme, background = page.evaluate(
        "() => [document.documentElement.dataset.theme ?? null,"
        " getComputedStyle(document.body).backgroundColor]"
    )
    return theme, background


def expect_theme(page: Page, data_theme: str, looks: str) -> None:
    expect(page.locator("html")).to_have_attribute("data-theme", data_theme)
    expect(page.locator("body")).to_have_css("background-color", BG_OF[looks])


def contrast_failures(page: Page, axe_script: str) -> list[dict]:  # noqa: F811
    """axe-core's color-contrast rule (WCAG 2 AA: 4.5:1, 3:1 for large text) on the page."""
    page.add_script_tag(path=axe_script)
    results = page.evaluate(
        "() => axe.run(document, {runOnly: {type: 'rule', values: ['color-contrast']}})"
    )
    checked = sum(len(rule["nodes"]) for rule in results["passes"] + results["violations"])
    assert checked >= 5, "axe found almost no text to check: is the page there?"
    return [
        {"target": node["target"], "summary": node["failureSummary"]}
        for violation in results["violations"]
        for node in violation["nodes"]
    ]


# Where htmx's socket extension puts a draft frame (`hx-swap-oob="beforeend"` on #drafts).
SWAP_IN_DRAFT = """(html) => {
    const frame = document.createElement("template");
    frame.innerHTML = html;
    document.getElementById("drafts").append(...frame.content.firstElementChild.children);
}"""


def draft_frame(*, requested_by: User) -> str:
    """The frame of the house bot's reply while it is being written, as
    rooms.events.draft_updated renders it."""
    bot = Persona.objects.get(slug="aibot")
    return render_to_string(
        "rooms/frames.html#draft",
        {
            "turn_id": 1,
            "name": bot.name,
            "avatar": bot.avatar,
            "hue": bot.color_hue,
            "requested_by_id": requested_by.pk,
            "text": "And for code, wrap it in backticks, or fence a block with three of",
        },
    )


def react(room, user, message, emoji) -> None:
    in_worker_thread(
        reactions.reaction_toggle, room=room, user=user, message_id=message.pk, emoji=emoji
    )


def stored_theme(user: User) -> str:
    return User.objects.values_list("theme", flat=True).get(pk=user.pk)


def test_the_system_scheme_until_a_person_picks_a_theme_that_follows_them(
    chat_server: ChatServer, new_context: Callable[..., BrowserContext]
) -> None:
    alice = User.objects.create_user(username="alice", password="velvet-armchair-47")

    # Logged out, pages follow the system, from the first paint.
    for scheme in ("light", "dark"):
        page = new_context(viewport=PHONE, color_scheme=scheme).new_page()
        for path in ("/accounts/login/", "/accounts/signup/", "/accounts/password_reset/"):
            response = page.goto(chat_server.url + path)
            assert response is not None
            assert '<html lang="en" data-theme="system">' in response.text()
            assert page_theme(page) == ("system", BG_OF[scheme])

    # alice, on a light laptop, picks Dark on her profile: the page turns at once, and the
    # choice is kept on her account.
    laptop = new_context(viewport=DESKTOP, color_scheme="light")
    log_in(laptop, chat_server, alice)
    profile = laptop.new_page()
    profile.goto(chat_server.url + "/accounts/profile/")
    expect_theme(profile, "system", "light")
    expect(profile.get_by_role("button", name="System", exact=True)).to_have_attribute(
        "aria-pressed", "true"
    )
    profile.get_by_role("button", name="Dark", exact=True).click()
    expect_theme(profile, "dark", "dark")
    expect(profile.get_by_role("button", name="Dark", exact=True)).to_have_attribute(
        "aria-pressed", "true"
    )
    expect(profile.get_by_role("button", name="System", exact=True)).to_have_attribute(
        "aria-pressed", "false"
    )
    wait_until(lambda: stored_theme(alice) == "dark")
    # From the keyboard, the focus ring is the dark theme's (--focus-ring).
    profile.keyboard.press("Shift+Tab")
    light = profile.get_by_role("button", name="Light", exact=True)
    expect(light).to_be_focused()
    expect(light).to_have_css("outline-color", "rgba(142, 149, 255, 0.75)")
    expect(light).to_have_css("outline-width", "3px")
    profile.screenshot(path=ARTIFACTS_DIR / "dark-profile-desktop.png")

    # Her light phone draws the rooms list dark from its first paint: the server wrote it.
    phone = new_context(viewport=PHONE, color_scheme="light", is_mobile=True, has_touch=True)
    log_in(phone, chat_server, alice)
    lobby = phone.new_page()
    response = lobby.goto(chat_server.url + "/")
    assert response is not None
    html = response.text()
    assert '<html lang="en" data-theme="dark">' in html
    assert '<meta name="color-scheme" content="dark">' in html
    assert page_theme(lobby) == ("dark", DARK_BG)
    lobby.screenshot(path=ARTIFACTS_DIR / "dark-lobby-phone.png")

    # The top bar's switch offers the other theme: Light, on a dark page.
    expect(lobby.get_by_role("button", name="Switch to the dark theme")).to_be_hidden()
    lobby.get_by_role("button", name="Switch to the light theme").click()
    expect_theme(lobby, "light", "light")
    wait_until(lambda: stored_theme(alice) == "light")
    expect(lobby.get_by_role("button", name="Switch to the light theme")).to_be_hidden()
    expect(lobby.get_by_role("button", name="Switch to the dark theme")).to_be_visible()

    # Back to System on the laptop, whose system now prefers dark: dark it is, and the phone
    # (light system) shows light on its next page.
    laptop_dark = new_context(viewport=DESKTOP, color_scheme="dark")
    log_in(laptop_dark, chat_server, alice)
    profile = laptop_dark.new_page()
    profile.goto(chat_server.url + "/accounts/profile/")
    expect_theme(profile, "light", "light")
    profile.get_by_role("button", name="System", exact=True).click()
    expect_theme(profile, "system", "dark")
    wait_until(lambda: stored_theme(alice) == "system")
    lobby.reload()
    assert page_theme(lobby) == ("system", LIGHT_BG)

    # Without JavaScript the switch is a plain form: the page comes back in the new theme.
    plain = new_context(viewport=DESKTOP, color_scheme="light", java_script_enabled=False)
    log_in(plain, chat_server, alice)
    search = plain.new_page()
    search.goto(chat_server.url + "/search/?q=tea")
    search.get_by_role("button", name="Switch to the dark theme").click()
    expect(search).to_have_url(re.compile(r"/search/\?q=tea$"))
    expect_theme(search, "dark", "dark")
    assert stored_theme(alice) == "dark"


def test_no_contrast_failures_on_the_main_pages_in_either_theme_and_the_readme_picture(
    chat_server: ChatServer,
    new_context: Callable[..., BrowserContext],
    axe_script: str,  # noqa: F811
) -> None:
    ARTIFACTS_DIR.mkdir(exist_ok=True)
    call_command("seed_personas", stdout=open("/dev/null", "w"))  # noqa: SIM115
    alice = User.objects.create_user(username="alice", display_name="Alice Martin")
    bruno = User.objects.create_user(username="bruno", avatar_colour=165)
    room = services.room_create(creator=alice, name="Tea Club", topic="One pot at a time")
    services.membership_join(room=room, user=bruno)
    plan = post(
        room,
        bruno,
        "Saturday's **tasting**, @alice:\n"
        "- _jasmine_ pearls, ~~coffee~~ no\n"
        "- `scones` from the corner bakery\n\n"
        "> Tea is liquid wisdom.\n\n"
        "Notes: https://example.org/tea",
    )
    post(room, alice, "```\nbrew(pot, leaves=5, celsius=80, minutes=3)\n```")
    post(room, alice, "**Yes!** I'll bring the cups and the timer.", reply_to=plan.pk)
    for user, emoji in ((alice, "🎉"), (bruno, "🎉"), (alice, "🍵")):
        react(room, user, plan, emoji)

    pages: dict[str, Page] = {}
    for theme in ("light", "dark"):
        in_worker_thread(User.objects.filter(pk=alice.pk).update, theme=theme)
        context = new_context(viewport=DESKTOP, bypass_csp=True)  # axe is injected inline
        log_in(context, chat_server, alice)
        page = open_room(context, chat_server, room)
        pages[theme] = page
        if theme == "light":
            send(page, "/AIBot how do I mention a persona?")
            persona = page.locator("#messages article.message-persona")
            expect(persona).to_have_count(1, timeout=LIVE_MS)
        expect(page.locator("#messages article.message-persona")).to_have_count(1)
        expect_theme(page, theme, theme)
        expect(page.locator(".reply-quote")).to_have_count(1)
        expect(page.locator(".reaction")).to_have_count(2)
        # A persona's reply being written, alice's to stop: the frame the socket brings.
        page.evaluate(SWAP_IN_DRAFT, draft_frame(requested_by=alice))
        expect(page.locator("#drafts .draft .draft-stop")).to_be_visible()
        assert contrast_failures(page, axe_script) == [], f"room, {theme}"

        # An error under the composer, as a refused send shows it.
        page.evaluate(
            "() => document.getElementById('composer-error').textContent ="
            " 'Your message could not be sent.'"
        )
        assert contrast_failures(page, axe_script) == [], f"room error, {theme}"
        page.evaluate("() => document.getElementById('composer-error').textContent = ''")

        # The owner's Manage dialog, over the room.
        page.get_by_role("button", name="Manage bruno").click()
        dialog = page.locator("#moderation-dialog")
        expect(dialog.locator("h2")).to_have_text("bruno")
        expect(dialog).to_have_css("background-color", SURFACE_OF[theme])
        assert contrast_failures(page, axe_script) == [], f"room dialog, {theme}"
        page.screenshot(path=ARTIFACTS_DIR / f"{theme}-manage-desktop.png")
        dialog.get_by_role("button", name="Close").click()
        expect(dialog).to_be_hidden()

        pages_of_theirs = (
            "/",
            "/search/?q=tasting",
            "/accounts/profile/",
            "/accounts/tokens/",
            "/accounts/password_change/",
        )
        for path in pages_of_theirs:
            other = context.new_page()
            other.goto(chat_server.url + path)
            expect_theme(other, theme, theme)
            assert contrast_failures(other, axe_script) == [], f"{path}, {theme}"
            name = path.split("?")[0].strip("/").split("/")[-1] or "lobby"
            other.screenshot(path=ARTIFACTS_DIR / f"{theme}-{name}-desktop.png")
            other.close()

        # Django's error pages, as the server renders them with DEBUG off, shown on the site.
        client = Client()
        client.force_login(User.objects.get(pk=alice.pk))
        for status, html in error_pages(client):
            other = context.new_page()
            other.goto(chat_server.url + "/accounts/profile/")
            other.set_content(html)
            expect(other.locator(".error-code")).to_have_text(str(status))
            if status == 500:  # no person known: the system's scheme, here the same theme
                other.emulate_media(color_scheme=theme)
            expect_theme(other, theme if status != 500 else "system", theme)
            assert contrast_failures(other, axe_script) == [], f"{status}, {theme}"
            other.screenshot(path=ARTIFACTS_DIR / f"{theme}-{status}-desktop.png")
            other.close()

    # Logged out (login, signup, password reset): the system's scheme, both ways.
    for scheme in ("light", "dark"):
        context = new_context(viewport=PHONE, color_scheme=scheme, bypass_csp=True)
        page = context.new_page()
        for path in ("/accounts/login/", "/accounts/signup/", "/accounts/password_reset/"):
            page.goto(chat_server.url + path)
            assert page_theme(page) == ("system", BG_OF[scheme])
            assert contrast_failures(page, axe_script) == [], f"{path}, {scheme}"
        page.screenshot(path=ARTIFACTS_DIR / f"login-{scheme}-phone.png")

    # The README's picture: the dark room with formatting, a reply, reactions and a persona.
    dark = pages["dark"]
    to_the_end = (
        "() => { const t = document.getElementById('timeline'); t.scrollTop = t.scrollHeight; }"
    )
    dark.evaluate(to_the_end)
    dark.locator("#composer-body").fill("See you at **four**!")
    dark.screenshot(path=ARTIFACTS_DIR / "dark-room-desktop.png")
    refresh_docs("dark-room-desktop.png", "dark-mode.png")
    dark.set_viewport_size(PHONE)
    dark.evaluate(to_the_end)
    dark.screenshot(path=ARTIFACTS_DIR / "dark-room-phone.png")
    pages["light"].screenshot(path=ARTIFACTS_DIR / "light-room-desktop.png")


def error_pages(client: Client) -> list[tuple[int, str]]:
    """Django's 404 and 500 pages, as the server renders them with DEBUG off (the 500 page
    without a request context, so in the system's scheme)."""
    with override_settings(DEBUG=False):
        not_found = client.get("/no-such-page/")
    server_error = errors.server_error(RequestFactory().get("/rooms/tea-club/"))
    return [(404, not_found.content.decode()), (500, server_error.content.decode())]


@pytest.mark.parametrize("theme", ["dark", "light"])
def test_the_admin_follows_the_person_and_its_toggle_keeps_the_choice(
    theme: str, chat_server: ChatServer, new_context: Callable[..., BrowserContext]
) -> None:
    admin = User.objects.create_user(username="ada", is_staff=True, is_superuser=True)
    in_worker_thread(User.objects.filter(pk=admin.pk).update, theme=theme)
    context = new_context(viewport=DESKTOP, color_scheme="light" if theme == "dark" else "dark")
    log_in(context, chat_server, admin)
    page = context.new_page()
    page.goto(chat_server.url + "/accounts/profile/")
    page.get_by_role("link", name="Site administration").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))
    expect(page.locator("html")).to_have_attribute("data-theme", theme)
    dark_admin_bg, light_admin_bg = "rgb(18, 18, 18)", "rgb(255, 255, 255)"
    expect(page.locator("body")).to_have_css(
        "background-color", dark_admin_bg if theme == "dark" else light_admin_bg
    )
    page.screenshot(path=ARTIFACTS_DIR / f"admin-{theme}-desktop.png")

    # The admin's own toggle cycles (here dark → light, light → dark: the system is the other
    # way) and Salon's pages show what it picked.
    page.locator("button.theme-toggle").first.click()
    picked = "light" if theme == "dark" else "dark"
    expect(page.locator("html")).to_have_attribute("data-theme", picked)
    wait_until(lambda: stored_theme(admin) == picked)
    page.goto(chat_server.url + "/")
    expect_live_lobby(page)
    assert page_theme(page) == (picked, BG_OF[picked])


def expect_live_lobby(page: Page) -> None:
    expect(page.get_by_role("heading", name="Your rooms")).to_be_visible()
