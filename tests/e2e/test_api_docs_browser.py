"""The API docs page (/api/docs) in a real browser, under the site's Content-Security-Policy:
Swagger UI comes from Salon's own static files and lists the API, with no violation; and the
API tokens page, on a phone."""

from __future__ import annotations

from playwright.sync_api import expect

from accounts.models import User
from tests.e2e.room_page import PASSWORD
from tests.e2e.test_csp_browser import NewContext, log_in, violations, watched_context
from tests.serving import ChatServer


def test_the_api_docs_work_under_the_policy(chat_server: ChatServer, new_context: NewContext):
    context, console = watched_context(new_context)
    page = context.new_page()
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(f"{chat_server.url}/api/docs")

    expect(page.locator(".swagger-ui .info .title")).to_contain_text("Salon API", timeout=10_000)
    for path in ("/api/rooms", "/api/rooms/{slug}/messages", "/api/messages/{message_id}"):
        expect(page.locator(f'.opblock-summary-path[data-path="{path}"]').first).to_be_visible()
    page.screenshot(path="test-artifacts/api-docs.png", full_page=False)

    assert violations(page) == []
    assert console == []
    assert all(url.startswith(chat_server.url) for url in requested), requested


def test_the_tokens_page_on_a_phone(chat_server: ChatServer, new_context: NewContext):
    User.objects.create_user(username="alice", password=PASSWORD)
    context, console = watched_context(new_context)
    page = context.new_page()
    page.set_viewport_size({"width": 390, "height": 844})
    log_in(page, chat_server, "alice")
    page.get_by_role("link", name="(your profile)").click()
    page.get_by_role("link", name="API tokens").click()
    page.get_by_label("Name").fill("My phone bot")
    page.get_by_role("button", name="Create token").click()
    secret = page.get_by_label("Your new token")
    assert secret.input_value().startswith("salon_")
    expect(page.locator(".token-row")).to_contain_text("My phone bot")
    page.screenshot(path="test-artifacts/api-tokens-phone.png", full_page=True)
    assert violations(page) == [] and console == []
