from __future__ import annotations

from django.test import Client

from accounts.models import User
from tests.conftest import PASSWORD


def test_signup_logs_in_and_lands_in_lobby(db):
    client = Client()
    response = client.post(
        "/accounts/signup/",
        {"username": "dora", "password1": PASSWORD, "password2": PASSWORD},
        follow=True,
    )

    assert response.redirect_chain == [("/", 302)]
    assert response.context["user"].username == "dora"
    assert User.objects.filter(username="dora").count() == 1
    assert "Your rooms" in response.content.decode()


def test_signup_rejects_mismatched_passwords(db):
    response = Client().post(
        "/accounts/signup/",
        {"username": "dora", "password1": PASSWORD, "password2": PASSWORD + "x"},
    )
    assert response.status_code == 200
    assert "The two password fields didn’t match." in response.content.decode()
    assert not User.objects.exists()


def test_signup_rejects_taken_username(alice):
    response = Client().post(
        "/accounts/signup/",
        {"username": "alice", "password1": PASSWORD, "password2": PASSWORD},
    )
    assert "A user with that username already exists." in response.content.decode()
    assert User.objects.count() == 1


def test_signup_needs_csrf(db):
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        "/accounts/signup/", {"username": "dora", "password1": PASSWORD, "password2": PASSWORD}
    )
    assert response.status_code == 403
    assert not User.objects.exists()


def test_login_and_logout(alice):
    client = Client()
    response = client.post(
        "/accounts/login/", {"username": "alice", "password": PASSWORD}, follow=True
    )
    assert response.redirect_chain == [("/", 302)]
    assert response.context["user"] == alice

    response = client.post("/accounts/logout/", follow=True)
    assert response.redirect_chain == [("/accounts/login/", 302)]
    assert client.get("/").status_code == 302


def test_login_with_wrong_password(alice):
    response = Client().post("/accounts/login/", {"username": "alice", "password": "wrong"})
    assert response.status_code == 200
    assert "Please enter a correct username and password." in response.content.decode()


def test_logout_needs_post(client_for, alice):
    client = client_for(alice)
    assert client.get("/accounts/logout/").status_code == 405
    assert client.get("/").status_code == 200


def test_signup_page_gives_the_password_rules_once(db):
    html = Client().get("/accounts/signup/").content.decode()
    assert html.count("<summary>Password rules</summary>") == 1
    # The confirmation's own help, said plainly under its field.
    assert '<p class="field-hint">Enter the same password as before, for verification.</p>' in html


def test_login_page_says_what_salon_is(db):
    text = " ".join(Client().get("/accounts/login/").content.decode().split())
    assert (
        "Log in to join the conversation: live rooms where people talk together and with AI "
        "personas, from Einstein and Curie to Shakespeare." in text
    )
