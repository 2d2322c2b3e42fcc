"""Log-in throttling (django-axes) and the per-address sign-up limit, through the views."""

from __future__ import annotations

import io
import time
from datetime import timedelta

from django.core.management import call_command
from django.test import Client

from accounts.models import User
from tests.conftest import PASSWORD

LOGIN = "/accounts/login/"
SIGNUP = "/accounts/signup/"
WRONG = "Please enter a correct username and password."
LOCKED = (
    "Too many failed attempts to log in as this user from your network. "
    "Log-ins are paused for up to 15 minutes: please try again then."
)
TOO_MANY_SIGNUPS = (
    "Too many accounts were created from your network recently. Please try again in 60 minutes."
)
# Long enough for a slow machine to see a one-second window end.
WINDOW_TIMEOUT = 10.0


def log_in(client: Client, username: str, password: str) -> tuple[int, str]:
    response = client.post(LOGIN, {"username": username, "password": password})
    return response.status_code, response.content.decode()


def logged_in(client: Client) -> bool:
    return "_auth_user_id" in client.session


def page_says(html: str, text: str) -> bool:
    # Templates escape apostrophes and the like; these messages have none.
    return text in html


def test_fifty_wrong_passwords_then_the_right_one_is_refused(alice):
    """The probe: 50 wrong passwords, then the right one. The fifth failure locks the
    (username, address) pair; the login page says so (429, not an error page); the right
    password is refused until the cool-off ends."""
    client = Client(REMOTE_ADDR="198.51.100.20")
    answers = [log_in(client, "alice", f"wrong-{n}") for n in range(50)]

    assert [status for status, _ in answers] == [200] * 4 + [429] * 46
    assert all(page_says(html, WRONG) and not page_says(html, LOCKED) for _, html in answers[:4])
    for _, html in answers[4:]:
        assert page_says(html, LOCKED)
        assert '<form method="post" action="/accounts/login/"' in html
        assert 'name="username" value="alice"' in html

    status, html = log_in(client, "alice", PASSWORD)
    assert status == 429
    assert page_says(html, LOCKED)
    assert not logged_in(client)
    assert client.get("/")["Location"] == "/accounts/login/?next=/"


def test_lock_holds_one_username_from_one_address(alice, bob):
    locked = Client(REMOTE_ADDR="198.51.100.21")
    for n in range(5):
        log_in(locked, "alice", f"wrong-{n}")
    assert log_in(locked, "alice", PASSWORD)[0] == 429

    # Another person from the same address, and alice from another address, log in.
    assert log_in(locked, "bob", PASSWORD)[0] == 302
    elsewhere = Client(REMOTE_ADDR="203.0.113.21")
    assert log_in(elsewhere, "alice", PASSWORD)[0] == 302
    assert logged_in(elsewhere)


def test_a_login_resets_the_count(alice):
    client = Client(REMOTE_ADDR="198.51.100.22")
    for n in range(4):
        assert log_in(client, "alice", f"wrong-{n}")[0] == 200
    assert log_in(client, "alice", PASSWORD)[0] == 302
    client.post("/accounts/logout/")

    for n in range(4):
        assert log_in(client, "alice", f"again-{n}")[0] == 200
    assert log_in(client, "alice", PASSWORD)[0] == 302


def test_the_lock_lifts_after_the_cool_off(alice, settings):
    settings.AXES_COOLOFF_TIME = timedelta(seconds=3)
    client = Client(REMOTE_ADDR="198.51.100.23")
    # The cool-off counts from the failures' record, made at the first: the lock cannot end
    # before this plus the cool-off, however long a busy machine takes over each password.
    locked_at = time.monotonic()
    for n in range(5):
        log_in(client, "alice", f"wrong-{n}")
    assert log_in(client, "alice", PASSWORD)[0] == 429

    # Attempts during the lock do not prolong it: the right password gets in once it ends.
    deadline = time.monotonic() + WINDOW_TIMEOUT
    while (status := log_in(client, "alice", PASSWORD)[0]) == 429:
        assert time.monotonic() < deadline, "still locked out long after the cool-off"
        time.sleep(0.05)
    assert status == 302
    assert time.monotonic() - locked_at >= 3
    assert logged_in(client)


def test_a_lock_can_be_lifted_early(alice):
    client = Client(REMOTE_ADDR="198.51.100.25")
    for n in range(5):
        log_in(client, "alice", f"wrong-{n}")
    assert log_in(client, "alice", PASSWORD)[0] == 429

    out = io.StringIO()
    call_command("axes_reset_ip_username", "198.51.100.25", "alice", stdout=out)
    assert out.getvalue() == "1 attempts removed.\n"
    assert log_in(client, "alice", PASSWORD)[0] == 302


def test_the_limits_come_from_settings(alice, settings):
    settings.AXES_FAILURE_LIMIT = 2
    client = Client(REMOTE_ADDR="198.51.100.24")
    assert [log_in(client, "alice", "wrong")[0] for _ in range(3)] == [200, 429, 429]


def sign_up(client: Client, username: str) -> tuple[int, str]:
    response = client.post(
        SIGNUP, {"username": username, "password1": PASSWORD, "password2": PASSWORD}
    )
    return response.status_code, response.content.decode()


def test_fifty_signups_from_one_address_make_five_accounts(db):
    """The probe: 50 sign-ups from one address. Five accounts are made; the other 45 get the
    form again with a message that says when to try again (429), and make nothing."""
    answers = [sign_up(Client(REMOTE_ADDR="198.51.100.30"), f"reader{n:02d}") for n in range(50)]

    assert [status for status, _ in answers] == [302] * 5 + [429] * 45
    for _, html in answers[5:]:
        assert page_says(html, TOO_MANY_SIGNUPS)
        assert '<form method="post" action="/accounts/signup/"' in html
    assert sorted(User.objects.values_list("username", flat=True)) == [
        "reader00",
        "reader01",
        "reader02",
        "reader03",
        "reader04",
    ]


def test_the_signup_limit_is_per_address(db):
    for n in range(5):
        assert sign_up(Client(REMOTE_ADDR="198.51.100.31"), f"first{n}")[0] == 302
    assert sign_up(Client(REMOTE_ADDR="198.51.100.31"), "first5")[0] == 429

    assert sign_up(Client(REMOTE_ADDR="198.51.100.32"), "second")[0] == 302
    assert User.objects.filter(username="second").exists()


def test_a_refused_form_takes_no_signup_slot(alice):
    client = Client(REMOTE_ADDR="198.51.100.33")
    for _ in range(8):
        assert sign_up(client, "alice")[0] == 200  # taken
    assert sign_up(client, "dora")[0] == 302


def test_the_signup_window_ends(db, settings):
    settings.SALON_SIGNUP_LIMIT = 1
    # Long enough for the second sign-up to fall inside it while a busy machine hashes the first
    # password (a 1 s window once ended before it under `make test`'s load).
    settings.SALON_SIGNUP_WINDOW_SECONDS = 3
    opened = time.monotonic()
    assert sign_up(Client(REMOTE_ADDR="198.51.100.34"), "early")[0] == 302
    status, html = sign_up(Client(REMOTE_ADDR="198.51.100.34"), "late")
    assert status == 429
    assert page_says(html, "Please try again in 1 minute.")

    deadline = time.monotonic() + WINDOW_TIMEOUT
    while (status := sign_up(Client(REMOTE_ADDR="198.51.100.34"), "late")[0]) == 429:
        assert time.monotonic() < deadline, "the sign-up window never ended"
        time.sleep(0.05)
    assert status == 302
    assert time.monotonic() - opened >= 3
    assert sorted(User.objects.values_list("username", flat=True)) == ["early", "late"]


def test_a_username_logs_in_whatever_its_case(alice, bob):
    for typed in ("BOB", "Bob", "bob"):
        client = Client(REMOTE_ADDR="198.51.100.30")
        assert log_in(client, typed, PASSWORD)[0] == 302
        assert client.session["_auth_user_id"] == str(bob.pk)
    # The password is still exact.
    status, html = log_in(Client(REMOTE_ADDR="198.51.100.30"), "bob", PASSWORD.upper())
    assert status == 200
    assert page_says(html, WRONG + " Note that the password is case-sensitive.")


def test_failures_count_per_account_whatever_the_case_typed(alice):
    """Five wrong passwords typed as ALICE, alice, Alice... lock alice: a new spelling is no
    new allowance."""
    client = Client(REMOTE_ADDR="198.51.100.31")
    spellings = ["ALICE", "alice", "Alice", "aLiCe", "ALIce"]
    answers = [log_in(client, name, f"wrong-{n}")[0] for n, name in enumerate(spellings)]
    assert answers == [200] * 4 + [429]
    status, html = log_in(client, "AliCE", PASSWORD)
    assert status == 429
    assert page_says(html, LOCKED)
    assert not logged_in(client)
