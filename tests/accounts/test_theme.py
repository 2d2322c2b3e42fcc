"""Dark mode (issue 11, part 7): the theme a person picks is kept on their account and every
page, the admin's and the error pages included, is rendered in it from the first byte; logged
out, pages follow the system. What the browser paints is tests/e2e/test_dark_mode_browser.py's."""

from __future__ import annotations

import re

import pytest
from django.core.exceptions import ValidationError
from django.test import Client, RequestFactory

from accounts import services
from accounts.models import User
from api import errors

URL = "/accounts/theme/"


def first_paint(html: str) -> tuple[str, str]:
    """The `<html data-theme>` and `<meta name="color-scheme">` a page starts with."""
    theme = re.search(r'<html lang="en" data-theme="([^"]*)">', html)
    scheme = re.search(r'<meta name="color-scheme" content="([^"]*)">', html)
    assert theme and scheme, html[:400]
    return theme[1], scheme[1]


def test_a_new_person_follows_the_system(alice):
    assert User.objects.get(pk=alice.pk).theme == "system"


@pytest.mark.parametrize("theme", ["dark", "light", "system"])
def test_theme_set_keeps_a_theme(alice, theme):
    services.theme_set(user=alice, theme=theme)
    assert User.objects.get(pk=alice.pk).theme == theme


@pytest.mark.parametrize("theme", ["", "Dark", "blue", "system "])
def test_theme_set_refuses_anything_else(alice, theme):
    with pytest.raises(ValidationError) as refusal:
        services.theme_set(user=alice, theme=theme)
    assert refusal.value.message_dict == {"theme": ["Choose System, Light or Dark."]}
    assert User.objects.get(pk=alice.pk).theme == "system"


@pytest.mark.parametrize(
    ("theme", "scheme"), [("system", "light dark"), ("light", "light"), ("dark", "dark")]
)
def test_pages_start_in_the_persons_theme(client_for, alice, theme, scheme):
    services.theme_set(user=alice, theme=theme)
    client = client_for(alice)
    for path in ("/", "/accounts/profile/", "/search/?q=tea", "/accounts/tokens/"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert first_paint(response.content.decode()) == (theme, scheme), path


def test_logged_out_pages_follow_the_system(db):
    for path in ("/accounts/login/", "/accounts/signup/", "/accounts/password_reset/"):
        response = Client().get(path)
        assert response.status_code == 200, path
        assert first_paint(response.content.decode()) == ("system", "light dark"), path


def test_the_switch_offers_both_themes_and_the_profile_all_three(client_for, alice):
    services.theme_set(user=alice, theme="dark")
    html = client_for(alice).get("/accounts/profile/").content.decode()
    switch = re.search(r'<form[^>]*class="theme-form theme-switch".*?</form>', html, re.S)[0]
    assert re.findall(r'name="theme" value="(\w+)"', switch) == ["dark", "light"]
    assert '<input type="hidden" name="next" value="/accounts/profile/">' in switch
    choices = re.findall(
        r'<button type="submit" name="theme" value="(\w+)" class="theme-choice" '
        r'aria-pressed="(\w+)">(\w+)</button>',
        html,
    )
    assert choices == [
        ("system", "false", "System"),
        ("light", "false", "Light"),
        ("dark", "true", "Dark"),
    ]


def test_choosing_with_htmx_answers_204_and_keeps_it(client_for, alice, django_assert_num_queries):
    client = client_for(alice)
    client.get("/")  # the session's user is loaded once per request: count the write alone
    with django_assert_num_queries(3):  # session, user, the one UPDATE
        response = client.post(URL, {"theme": "dark", "next": "/"}, headers={"HX-Request": "true"})
    assert response.status_code == 204
    assert User.objects.get(pk=alice.pk).theme == "dark"


def test_choosing_without_javascript_goes_back_to_the_page(client_for, alice):
    response = client_for(alice).post(URL, {"theme": "light", "next": "/search/?q=tea"})
    assert response.status_code == 302
    assert response["Location"] == "/search/?q=tea"
    assert User.objects.get(pk=alice.pk).theme == "light"


def test_choosing_never_sends_a_person_to_another_site(client_for, alice):
    response = client_for(alice).post(URL, {"theme": "dark", "next": "https://evil.example/"})
    assert response.status_code == 302
    assert response["Location"] == "/accounts/profile/"


def test_a_script_without_a_page_to_go_back_to_gets_204(client_for, alice):
    response = client_for(alice).post(URL, {"theme": "light"})
    assert response.status_code == 204
    assert User.objects.get(pk=alice.pk).theme == "light"


def test_choosing_something_else_is_refused(client_for, alice):
    response = client_for(alice).post(URL, {"theme": "purple", "next": "/"})
    assert response.status_code == 400
    assert response.content.decode() == "Choose System, Light or Dark."
    assert User.objects.get(pk=alice.pk).theme == "system"


def test_choosing_needs_a_log_in_and_a_post(client_for, alice):
    response = Client().post(URL, {"theme": "dark"})
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/")
    assert client_for(alice).get(URL).status_code == 405


def test_error_pages_are_the_sites_in_the_persons_theme(client_for, alice, settings):
    settings.DEBUG = False
    services.theme_set(user=alice, theme="dark")
    response = client_for(alice).get("/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert first_paint(html) == ("dark", "dark")
    assert "<h1>Page not found</h1>" in html
    # The 500 page knows no one (no request context): the system's scheme.
    page = errors.server_error(RequestFactory().get("/rooms/tea/"))
    assert first_paint(page.content.decode()) == ("system", "light dark")
    assert "<h1>Something went wrong</h1>" in page.content.decode()


def test_the_admin_is_handed_the_persons_theme(client_for, make_user):
    ada = make_user("ada")
    User.objects.filter(pk=ada.pk).update(is_staff=True, is_superuser=True, theme="dark")
    client = client_for(User.objects.get(pk=ada.pk))
    assert 'id="admin-link"' in client.get("/accounts/profile/").content.decode()
    html = client.get("/admin/").content.decode()
    script = re.search(r'<script src="[^"]*js/admin_theme\.js"([^>]*)>', html)
    assert script, "the admin does not load admin_theme.js"
    assert 'data-theme="dark"' in script[1]
    assert 'data-url="/accounts/theme/"' in script[1]
    assert html.index("admin_theme.js") < html.index("admin/js/theme.js")


def test_people_who_are_not_staff_see_no_admin_link(client_for, alice):
    assert "admin-link" not in client_for(alice).get("/accounts/profile/").content.decode()
