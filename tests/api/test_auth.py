"""Who may call the API: personal tokens (made and revoked on the tokens page and in the
admin), the browser's session with its CSRF token, and nobody else."""

from __future__ import annotations

import hashlib

import pytest
from django.test import Client
from django.utils import timezone

from accounts import tokens
from accounts.models import ApiToken
from tests.api.conftest import client_for

pytestmark = pytest.mark.django_db

UNAUTHENTICATED = {
    "code": "unauthenticated",
    "message": "Send a personal API token as 'Authorization: Bearer <token>', or log in.",
}
BAD_TOKEN = {
    "code": "unauthenticated",
    "message": "This API token is not valid (unknown or revoked).",
}


def test_no_credentials_is_401_in_json(room):
    response = Client().get("/api/rooms")
    assert response.status_code == 401
    assert response["Content-Type"] == "application/json"
    assert response.json() == UNAUTHENTICATED


@pytest.mark.parametrize(
    "header",
    ["Bearer nonsense", "Bearer salon_00000000_x", "Bearer ", "Bearer salon__"],
)
def test_a_bad_token_is_401(room, alice_token, header):
    response = Client(headers={"Authorization": header}).get("/api/rooms")
    assert response.status_code == 401
    assert response.json() in (BAD_TOKEN, UNAUTHENTICATED)


def test_a_token_with_one_character_changed_is_401(room, alice_token):
    forged = alice_token[:-1] + ("A" if alice_token[-1] != "A" else "B")
    response = client_for(forged).get("/api/rooms")
    assert response.status_code == 401
    assert response.json() == BAD_TOKEN


def test_a_revoked_token_is_401_at_once(room, alice, alice_token):
    assert client_for(alice_token).get("/api/rooms").status_code == 200
    tokens.token_revoke(token=ApiToken.objects.get(user=alice))
    response = client_for(alice_token).get("/api/rooms")
    assert response.status_code == 401
    assert response.json() == BAD_TOKEN


def test_a_deactivated_persons_token_is_401(room, alice, alice_token):
    alice.is_active = False
    alice.save()
    assert client_for(alice_token).get("/api/rooms").status_code == 401


def test_a_bad_token_never_falls_back_to_the_session(room, alice):
    client = Client(headers={"Authorization": "Bearer salon_00000000_nothing"})
    client.force_login(alice)
    assert client.get("/api/rooms").status_code == 401


def test_the_token_is_stored_hashed_and_its_use_noted(alice, alice_token, room):
    token = ApiToken.objects.get(user=alice)
    assert alice_token.startswith(f"salon_{token.prefix}_")
    assert len(alice_token) > 50
    assert token.digest == hashlib.sha256(alice_token.encode()).hexdigest()
    assert alice_token not in str(ApiToken.objects.filter(pk=token.pk).values().get())
    assert token.last_used_at is None

    before = timezone.now()
    client_for(alice_token).get("/api/rooms")
    token.refresh_from_db()
    assert token.last_used_at >= before


def test_a_session_may_read_without_csrf_but_not_write(room, alice):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(alice)
    assert browser.get("/api/rooms").status_code == 200

    response = browser.post("/api/rooms", {"name": "Sneaky"}, content_type="application/json")
    assert response.status_code == 403
    assert response.json() == {
        "code": "csrf_failed",
        "message": "A logged-in browser must send its CSRF token (X-CSRFToken) to change things.",
    }


def test_a_session_with_its_csrf_token_may_write(room, alice):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(alice)
    browser.get("/accounts/tokens/")  # sets the CSRF cookie
    csrf = browser.cookies["csrftoken"].value
    response = browser.post(
        "/api/rooms",
        {"name": "Open Plan"},
        content_type="application/json",
        headers={"X-CSRFToken": csrf},
    )
    assert response.status_code == 201
    assert response.json()["slug"] == "open-plan"


def test_a_token_needs_no_csrf(api, room):
    response = api.post("/api/rooms", {"name": "Bot Room"}, content_type="application/json")
    assert response.status_code == 201


# The tokens page -----------------------------------------------------------------------------


def test_a_person_makes_a_token_sees_it_once_and_revokes_it(alice, room):
    browser = Client()
    browser.force_login(alice)
    page = browser.get("/accounts/profile/")
    assert 'href="/accounts/tokens/"' in page.content.decode()

    made = browser.post("/accounts/tokens/", {"name": "Deploy bot"})
    assert made.status_code == 200
    assert made["Cache-Control"].startswith("max-age=0")
    raw = made.context["new_secret"]
    assert raw.startswith("salon_")
    assert f'value="{raw}"' in made.content.decode()
    assert client_for(raw).get("/api/rooms").status_code == 200

    again = browser.get("/accounts/tokens/").content.decode()
    assert raw not in again  # shown once
    assert "Deploy bot" in again and "last used" in again

    token = ApiToken.objects.get(user=alice)
    revoked = browser.post("/accounts/tokens/", {"revoke": str(token.pk)}, follow=True)
    assert "The token “Deploy bot” is revoked." in revoked.content.decode()
    assert client_for(raw).get("/api/rooms").status_code == 401


def test_a_token_needs_a_name(alice):
    browser = Client()
    browser.force_login(alice)
    response = browser.post("/accounts/tokens/", {"name": "  "})
    assert response.status_code == 400
    assert "Give the token a name" in response.content.decode()
    assert not ApiToken.objects.exists()


def test_nobody_revokes_someone_elses_token(alice, bob, alice_token):
    browser = Client()
    browser.force_login(bob)
    token = ApiToken.objects.get(user=alice)
    assert browser.post("/accounts/tokens/", {"revoke": str(token.pk)}).status_code == 404
    assert ApiToken.objects.get(pk=token.pk).revoked_at is None


def test_staff_make_a_token_in_the_admin_shown_once_and_revoke_it(alice, make_user, room):
    staff = make_user("staffer")
    staff.is_staff = staff.is_superuser = True
    staff.save()
    admin = Client()
    admin.force_login(staff)
    response = admin.post(
        "/admin/accounts/apitoken/add/", {"user": alice.pk, "name": "Support"}, follow=True
    )
    assert response.status_code == 200
    shown = [str(m) for m in response.context["messages"]]
    (notice,) = [m for m in shown if "shown only this once" in m]
    raw = notice.rsplit(" ", 1)[1]
    assert client_for(raw).get("/api/rooms").status_code == 200

    token = ApiToken.objects.get(user=alice)
    admin.post(
        "/admin/accounts/apitoken/",
        {"action": "revoke", "_selected_action": [token.pk]},
    )
    assert ApiToken.objects.get(pk=token.pk).revoked_at is not None
    assert client_for(raw).get("/api/rooms").status_code == 401
