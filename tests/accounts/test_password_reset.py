"""Password reset by e-mail with Django's views (issue 11, part 5): the whole flow through
Django's locmem outbox, the same answer for known and unknown addresses, and throttling."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.core import mail
from django.test import Client

from accounts.models import User
from tests.conftest import PASSWORD

RESET = "/accounts/password_reset/"
NEW_PASSWORD = "a brand-new passphrase"
LINK = re.compile(r"http://testserver(/accounts/reset/[^/\s]+/[^/\s]+/)")
REPO = Path(__file__).resolve().parents[2]


def without_token(html: bytes) -> str:
    return re.sub(r'"X-CSRFToken": "[^"]+"', "", html.decode())


@pytest.fixture
def alice_with_email(alice) -> User:
    alice.email = "alice@example.com"
    alice.save()
    return alice


def test_the_whole_reset_by_email(alice_with_email):
    client = Client()
    response = client.post(RESET, {"email": "ALICE@example.com"}, follow=True)
    assert response.redirect_chain == [("/accounts/password_reset/done/", 302)]
    assert "If an account has the address you entered" in response.content.decode()

    assert len(mail.outbox) == 1
    sent = mail.outbox[0]
    assert sent.to == ["alice@example.com"]
    assert sent.subject == "Reset your Salon password"
    assert sent.from_email == "Salon <salon@localhost>"
    assert sent.body.startswith("Hello alice,\n")
    link = LINK.search(sent.body).group(1)

    # Django swaps the token for a session-held one and redirects to the set-password form.
    response = client.get(link, follow=True)
    assert response.status_code == 200
    set_password_url = response.redirect_chain[-1][0]
    assert set_password_url.endswith("/set-password/")
    assert "Choose a new password" in response.content.decode()
    assert "For alice." in response.content.decode()

    response = client.post(
        set_password_url,
        {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
        follow=True,
    )
    assert response.redirect_chain == [("/accounts/reset/done/", 302)]
    assert "You can log in with your new password now." in response.content.decode()

    # The link works once.
    assert "This link has expired" in Client().get(link, follow=True).content.decode()

    old = Client().post("/accounts/login/", {"username": "alice", "password": PASSWORD})
    assert old.status_code == 200
    assert "Please enter a correct username and password." in old.content.decode()
    response = Client().post(
        "/accounts/login/", {"username": "alice", "password": NEW_PASSWORD}, follow=True
    )
    assert response.redirect_chain == [("/", 302)]
    assert response.context["user"] == alice_with_email


def test_an_unknown_address_gets_the_same_answer_and_no_mail(alice_with_email):
    known = Client().post(RESET, {"email": "alice@example.com"}, follow=True)
    unknown = Client().post(RESET, {"email": "nobody@example.com"}, follow=True)
    assert unknown.redirect_chain == known.redirect_chain
    # the same page, but for the CSRF token (new with every page)
    assert without_token(unknown.content) == without_token(known.content)
    assert [m.to for m in mail.outbox] == [["alice@example.com"]]


def test_no_reset_mail_for_an_account_that_cannot_log_in(alice_with_email):
    alice_with_email.set_unusable_password()
    alice_with_email.save()
    response = Client().post(RESET, {"email": "alice@example.com"})
    assert response.status_code == 302
    assert mail.outbox == []


@pytest.mark.parametrize(
    "email", ["", "not an address", "x@" + "y" * 300 + ".com", "<script>alert(1)</script>"]
)
def test_a_bad_address_shows_the_form_again_and_sends_nothing(db, email):
    response = Client().post(RESET, {"email": email})
    assert response.status_code == 200
    assert list(response.context["form"].errors) == ["email"]
    assert "<script>alert(1)</script>" not in response.content.decode()
    assert mail.outbox == []


def test_a_forged_link_is_refused(alice_with_email):
    response = Client().get("/accounts/reset/MQ/abc-123/", follow=True)
    assert response.status_code == 200
    assert "This link has expired" in response.content.decode()


def test_requests_from_one_network_address_are_throttled(alice_with_email, settings):
    settings.SALON_PASSWORD_RESET_LIMIT = 3
    client = Client(REMOTE_ADDR="203.0.113.9")
    addresses = ["alice@example.com", "x@example.com", "y@example.com", "z@example.com"]
    statuses = [client.post(RESET, {"email": a}).status_code for a in addresses]
    assert statuses == [302, 302, 302, 429]
    assert [m.to for m in mail.outbox] == [["alice@example.com"]]

    refused = client.post(RESET, {"email": "alice@example.com"})
    assert refused.status_code == 429
    assert "Too many password resets were asked for" in refused.content.decode()
    assert len(mail.outbox) == 1
    # Another network may still ask.
    assert (
        Client(REMOTE_ADDR="198.51.100.7").post(RESET, {"email": "q@example.com"}).status_code
        == 302
    )


def test_requests_for_one_email_address_are_throttled_from_any_network(alice_with_email, settings):
    settings.SALON_PASSWORD_RESET_LIMIT = 2
    statuses = [
        Client(REMOTE_ADDR=f"203.0.113.{i}").post(RESET, {"email": "Alice@example.com"}).status_code
        for i in range(4)
    ]
    assert statuses == [302, 302, 429, 429]
    assert len(mail.outbox) == 2
    # An unknown address is throttled the same way: the answer says nothing of accounts.
    statuses = [
        Client(REMOTE_ADDR=f"198.51.100.{i}").post(RESET, {"email": "nobody@x.org"}).status_code
        for i in range(3)
    ]
    assert statuses == [302, 302, 429]


def test_without_a_mail_server_reset_is_off_and_says_so(alice_with_email, settings):
    settings.SALON_PASSWORD_RESET_ENABLED = False
    page = Client().get(RESET)
    assert page.status_code == 503
    assert "Password reset by e-mail is not set up on this server." in page.content.decode()
    assert Client().post(RESET, {"email": "alice@example.com"}).status_code == 503
    assert mail.outbox == []


def test_the_login_page_links_to_the_reset(db):
    assert f'href="{RESET}"' in Client().get("/accounts/login/").content.decode()


def _email_settings(**env: str) -> subprocess.CompletedProcess:
    probe = (
        "import json, django; from django.conf import settings; django.setup(); "
        "print(json.dumps([settings.EMAIL_BACKEND, settings.DEFAULT_FROM_EMAIL, "
        "getattr(settings, 'EMAIL_PORT', None), getattr(settings, 'EMAIL_USE_TLS', None), "
        "settings.SALON_PASSWORD_RESET_ENABLED]))"
    )
    keep = {k: v for k, v in os.environ.items() if not k.startswith(("EMAIL_", "DEFAULT_FROM"))}
    keep.pop("DEBUG", None)
    env = {**keep, "DJANGO_SETTINGS_MODULE": "chatsite.settings", "SECRET_KEY": "s" * 50, **env}
    return subprocess.run(
        [sys.executable, "-c", probe], cwd=REPO, env=env, capture_output=True, text=True, timeout=60
    )


def test_email_comes_from_the_environment():
    development = _email_settings(DEBUG="true")
    assert json.loads(development.stdout) == [
        "django.core.mail.backends.console.EmailBackend",
        "Salon <salon@localhost>",
        25,  # Django's defaults, unused by the console
        False,
        True,
    ]
    production = _email_settings(DEBUG="false")
    assert json.loads(production.stdout)[-1] is False

    smtp = _email_settings(
        DEBUG="false",
        EMAIL_HOST="smtp.example.com",
        EMAIL_PORT="465",
        EMAIL_USE_TLS="false",
        EMAIL_HOST_USER="salon",
        EMAIL_HOST_PASSWORD="secret",
        DEFAULT_FROM_EMAIL="Salon <noreply@example.com>",
    )
    assert json.loads(smtp.stdout) == [
        "django.core.mail.backends.smtp.EmailBackend",
        "Salon <noreply@example.com>",
        465,
        False,
        True,
    ]

    no_sender = _email_settings(DEBUG="false", EMAIL_HOST="smtp.example.com")
    assert no_sender.returncode != 0
    assert "DEFAULT_FROM_EMAIL must be set with EMAIL_HOST." in no_sender.stderr
    no_password = _email_settings(
        EMAIL_HOST="smtp.example.com", EMAIL_HOST_USER="salon", DEFAULT_FROM_EMAIL="a@b.c"
    )
    assert no_password.returncode != 0
    assert "EMAIL_HOST_PASSWORD must be set with EMAIL_HOST_USER." in no_password.stderr
