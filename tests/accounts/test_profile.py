"""The profile page (issue 11, part 5): a display name and an avatar colour, shown wherever the
username was, while the username stays what `@` and invites use."""

from __future__ import annotations

import colorsys
import io
import re
import uuid

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from accounts.models import AVATAR_COLOURS, User
from rooms import direct, fragments, services
from tests.conftest import PASSWORD

URL = "/accounts/profile/"


def save_profile(client: Client, **fields) -> object:
    data = {"display_name": "", "avatar_colour": "", "email": "", "password": ""} | fields
    return client.post(URL, data)


def errors_of(response) -> dict[str, list[str]]:
    return {name: list(errors) for name, errors in response.context["form"].errors.items()}


def post(room, author, body: str):
    return services.message_post(
        room=room, author=author, body=body, client_id=uuid.uuid4()
    ).message


def test_the_profile_page_needs_a_log_in(db):
    response = Client().get(URL)
    assert response.status_code == 302
    assert response["Location"] == f"/accounts/login/?next={URL}"


def test_the_profile_page_shows_the_username_that_mentions_use(client_for, alice):
    response = client_for(alice).get(URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert '<h1 id="profile-name">alice</h1>' in html
    assert "@alice · what others type to mention you" in html
    assert 'href="/accounts/password_change/"' in html


def test_a_display_name_is_stripped_and_shown_in_the_top_bar(client_for, alice):
    client = client_for(alice)
    response = save_profile(client, display_name="  Alice   Liddell \t", avatar_colour="220")
    assert response.status_code == 302
    assert response["Location"] == URL
    alice.refresh_from_db()
    assert (alice.display_name, alice.avatar_colour, alice.username) == (
        "Alice Liddell",
        220,
        "alice",
    )
    page = client.get(URL).content.decode()
    assert '<span class="topbar-username">Alice Liddell</span>' in page
    # The form shows what is saved.
    assert 'name="display_name" value="Alice Liddell"' in page
    assert re.search(r'<input type="radio" name="avatar_colour" value="220"[^>]* checked>', page)
    assert "Your profile was saved." in page
    assert '<span class="avatar avatar-sm" style="--hue: 220" aria-hidden="true">A</span>' in page


def test_an_empty_display_name_means_the_username(client_for, alice):
    alice.display_name = "Ally"
    alice.save()
    response = save_profile(client_for(alice), display_name="   ")
    assert response.status_code == 302
    alice.refresh_from_db()
    assert alice.display_name == ""
    assert alice.shown_name == "alice"
    assert alice.avatar_colour is None
    assert alice.avatar_hue in dict(AVATAR_COLOURS)


@pytest.mark.parametrize(
    ("display_name", "error"),
    [
        ("x" * 51, "Keep your display name to 50 characters (this one has 51)."),
        ("y" * 100_000, "Keep your display name to 50 characters (this one has 100000)."),
        ("bad\x00name", "Null characters are not allowed."),
        (
            "bell\x07name",
            "A display name cannot contain control or invisible formatting characters.",
        ),
        (
            "evil\u202egnp.exe",
            "A display name cannot contain control or invisible formatting characters.",
        ),
        (
            "zero\u200bwidth",
            "A display name cannot contain control or invisible formatting characters.",
        ),
        ("two\nlines", "A display name cannot contain control or invisible formatting characters."),
        (
            "line\u2028break",
            "A display name cannot contain control or invisible formatting characters.",
        ),
        ("bob", "This display name looks like someone else's username. Please choose another."),
        ("BOB", "This display name looks like someone else's username. Please choose another."),
        # Cyrillic о: looks like bob
        (
            "b\u043eb",
            "This display name looks like someone else's username. Please choose another.",
        ),
    ],
)
def test_a_bad_display_name_is_refused_and_nothing_changes(
    client_for, alice, bob, display_name, error
):
    response = save_profile(client_for(alice), display_name=display_name, avatar_colour="0")
    assert response.status_code == 200
    assert errors_of(response) == {"display_name": [error]}
    alice.refresh_from_db()
    assert (alice.display_name, alice.avatar_colour) == ("", None)


@pytest.mark.parametrize(
    "display_name", ["AIBot", "aibot", "A1Bot", "Albert Einstein", "albert  EINSTEIN", "Socrates"]
)
def test_a_display_name_like_a_personas_is_refused(client_for, alice, display_name):
    call_command("seed_personas", stdout=io.StringIO())
    response = save_profile(client_for(alice), display_name=display_name, avatar_colour="0")
    assert response.status_code == 200
    assert errors_of(response) == {
        "display_name": [
            "This display name looks like one of the AI personas'. Please choose another."
        ]
    }
    alice.refresh_from_db()
    assert alice.display_name == ""


def test_ones_own_username_and_emoji_sequences_are_fine_as_display_names(client_for, alice):
    client = client_for(alice)
    assert save_profile(client, display_name="ALICE").status_code == 302
    # A family emoji: people joined by zero-width joiners.
    family = "Alice \U0001f468\u200d\U0001f469\u200d\U0001f467"
    assert save_profile(client, display_name=family).status_code == 302
    alice.refresh_from_db()
    assert alice.display_name == family


@pytest.mark.parametrize("colour", ["17", "360", "-1", "red", "9" * 40])
def test_a_colour_not_offered_is_refused(client_for, alice, colour):
    response = save_profile(client_for(alice), avatar_colour=colour, display_name="Ally")
    assert response.status_code == 200
    assert list(errors_of(response)) == ["avatar_colour"]
    alice.refresh_from_db()
    assert (alice.display_name, alice.avatar_colour) == ("", None)


def test_changing_the_email_address_asks_for_the_password(client_for, alice):
    client = client_for(alice)
    response = save_profile(client, email="alice@example.com", password="wrong")
    assert errors_of(response) == {"password": ["Your password was entered incorrectly."]}
    alice.refresh_from_db()
    assert alice.email == ""

    response = save_profile(client, email="alice@Example.COM", password=PASSWORD)
    assert response.status_code == 302
    alice.refresh_from_db()
    assert alice.email == "alice@example.com"
    # The same address again needs no password.
    assert save_profile(client, email="alice@example.com", display_name="Ally").status_code == 302


@pytest.mark.parametrize("email", ["not an address", "a@" + "b" * 300 + ".com", "<script>@x.y"])
def test_a_bad_email_address_is_refused(client_for, alice, email):
    response = save_profile(client_for(alice), email=email, password=PASSWORD)
    assert response.status_code == 200
    assert list(errors_of(response)) == ["email"]
    alice.refresh_from_db()
    assert alice.email == ""


def test_a_hostile_display_name_is_escaped_wherever_it_shows(client_for, room, alice, bob):
    services.membership_join(room=room, user=bob)
    hostile = '<img src=x onerror="alert(1)">'
    assert save_profile(client_for(bob), display_name=hostile).status_code == 302
    post(room, bob, "hello")
    html = client_for(alice).get(f"/rooms/{room.slug}/").content.decode()
    assert hostile not in html
    escaped = "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"
    assert f'<span class="message-author">{escaped}</span>' in html
    assert f'<span class="member-name" title="@bob">{escaped}</span>' in html


def test_the_display_name_shows_on_messages_members_and_direct_chats(client_for, room, alice, bob):
    services.membership_join(room=room, user=bob)
    before = post(room, bob, "before the change")
    client = client_for(alice)
    client.get(f"/rooms/{room.slug}/")  # renders (and caches) the message under the old look
    assert (
        save_profile(client_for(bob), display_name="Bobby Tables", avatar_colour="120").status_code
        == 302
    )
    post(room, bob, "after the change")

    html = client.get(f"/rooms/{room.slug}/").content.decode()
    authors = re.findall(r'<span class="message-author">([^<]*)</span>', html)
    # Every message is rendered with the author's look now, the cached one too.
    assert authors.count("Bobby Tables") == 2
    assert "bob" not in authors
    assert '<span class="member-name" title="@bob">Bobby Tables</span>' in html
    assert f'id="message-{before.pk}"' in html

    chat = direct.direct_open(user=alice, username="bob")
    lobby = client.get("/").content.decode()
    assert re.search(r'<span class="room-card-name">Bobby Tables\s', lobby)
    page = client.get(f"/rooms/{chat.slug}/").content.decode()
    assert ">Bobby Tables</a></li>" in page


def test_a_new_look_is_a_new_fragment_key_and_costs_no_query(
    room, alice, django_assert_num_queries
):
    message = post(room, alice, "hi")
    message = type(message).objects.select_related("author").get(pk=message.pk)
    with django_assert_num_queries(0):
        first = fragments.message_html(message)
    assert '<span class="message-author">alice</span>' in first
    alice.display_name, alice.avatar_colour = "Al", 300
    alice.save()
    message = type(message).objects.select_related("author").get(pk=message.pk)
    with django_assert_num_queries(0):
        second = fragments.message_html(message)
    assert '<span class="message-author">Al</span>' in second
    assert 'style="--hue: 300" aria-hidden="true">A</span>' in second


def test_display_names_add_no_query_to_a_room_page(client_for, room, alice, bob, make_user):
    services.membership_join(room=room, user=bob)
    for i in range(30):
        post(room, bob if i % 2 else alice, f"m{i}")
    client = client_for(alice)
    url = f"/rooms/{room.slug}/"
    with CaptureQueriesContext(connection) as plain:
        assert client.get(url).status_code == 200
    User.objects.filter(pk__in=[alice.pk, bob.pk]).update(display_name="Someone", avatar_colour=0)
    with CaptureQueriesContext(connection) as named:
        html = client.get(url).content.decode()
    # thirty messages and the page's template of a message being sent
    assert html.count('<span class="message-author">Someone</span>') == 31
    assert len(named) == len(plain)


def _luminance(hue: int, saturation: float, lightness: float) -> float:
    channels = colorsys.hls_to_rgb(hue / 360, lightness, saturation)
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


@pytest.mark.parametrize(("hue", "label"), AVATAR_COLOURS)
def test_every_offered_colour_keeps_the_initial_readable(hue, label):
    # static/css/salon.css .avatar: hsl(hue 55% 30%) on hsl(hue 65% 90%)
    background, text = _luminance(hue, 0.65, 0.90), _luminance(hue, 0.55, 0.30)
    assert (background + 0.05) / (text + 0.05) >= 4.5, label


def test_signing_up_can_leave_an_email_address_for_resets(db):
    client = Client()
    response = client.post(
        "/accounts/signup/",
        {
            "username": "dora",
            "email": "dora@example.com",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )
    assert response.status_code == 302
    assert User.objects.get(username="dora").email == "dora@example.com"
