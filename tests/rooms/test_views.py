from __future__ import annotations

import re
import uuid

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from rooms import services
from rooms.models import Membership, Message, Room

MESSAGE_ID = re.compile(r'<article id="message-(\d+)"')


def post(room, author, body: str) -> Message:
    return services.message_post(
        room=room, author=author, body=body, client_id=uuid.uuid4()
    ).message


def message_ids(html: str) -> list[int]:
    return [int(pk) for pk in MESSAGE_ID.findall(html)]


def test_pages_need_login(room):
    client = Client()
    for url in ["/", f"/rooms/{room.slug}/", f"/rooms/{room.slug}/messages/?before=9"]:
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/accounts/login/?next=")


def test_lobby_lists_my_rooms_and_public_rooms(client_for, room, private_room, bob):
    services.room_create(creator=bob, name="Bob's den")
    html = client_for(bob).get("/").content.decode()

    mine, public = html.split('id="public-rooms"')
    assert "Bob&#x27;s den" in mine and "Tea Room" not in mine
    assert "Tea Room" in public
    assert "Back Office" not in html


def test_create_room_redirects_to_it(client_for, alice):
    response = client_for(alice).post(
        "/rooms/new/", {"name": "Space Club", "topic": "Rockets", "is_private": "on"}
    )
    assert response.status_code == 302
    room = Room.objects.get()
    # A private room's address ends in a random part (see tests/rooms/test_hardening.py).
    assert re.fullmatch(r"space-club-[0-9a-f]{12}", room.slug)
    assert response["Location"] == f"/rooms/{room.slug}/"
    assert (room.name, room.topic, room.is_private, room.created_by) == (
        "Space Club",
        "Rockets",
        True,
        alice,
    )
    assert room.memberships.get().role == "owner"


@pytest.mark.parametrize("data", [{}, {"name": "   "}, {"name": "x" * 81}])
def test_create_room_with_bad_name_shows_the_error(client_for, alice, data):
    response = client_for(alice).post("/rooms/new/", data)
    assert response.status_code == 400
    assert 'class="field-error"' in response.content.decode()
    assert not Room.objects.exists()


def test_create_room_needs_csrf(alice):
    client = Client(enforce_csrf_checks=True)
    client.force_login(alice)
    assert client.post("/rooms/new/", {"name": "x"}).status_code == 403
    assert not Room.objects.exists()


def test_create_room_is_post_only(client_for, alice):
    assert client_for(alice).get("/rooms/new/").status_code == 405


def test_joining_a_public_room_is_a_post(client_for, room, bob):
    client = client_for(bob)
    client.get(f"/rooms/{room.slug}/")
    assert not room.memberships.filter(user=bob).exists()  # viewing joins nobody

    response = client.post(f"/rooms/{room.slug}/join/")

    assert response.status_code == 302 and response["Location"] == f"/rooms/{room.slug}/"
    assert room.memberships.get(user=bob).role == "member"
    html = client.get(f"/rooms/{room.slug}/").content.decode()
    assert 'ws-connect="/ws/rooms/tea-room/"' in html
    assert f'id="member-{bob.pk}"' in html
    assert 'id="composer"' in html and 'id="room-join"' not in html


def test_private_room_is_404_for_outsiders(client_for, private_room, bob):
    client = client_for(bob)
    assert client.get(f"/rooms/{private_room.slug}/").status_code == 404
    assert client.get(f"/rooms/{private_room.slug}/messages/?before=5").status_code == 404
    assert not private_room.memberships.filter(user=bob).exists()


def test_unknown_room_is_404(client_for, alice):
    assert client_for(alice).get("/rooms/nowhere/").status_code == 404


def test_room_shows_newest_50_in_order(client_for, room, alice, bob):
    services.membership_join(room=room, user=bob)
    ids = [post(room, alice, f"message {i}").pk for i in range(55)]

    html = client_for(bob).get(f"/rooms/{room.slug}/").content.decode()

    assert message_ids(html) == ids[5:]
    assert f"?before={ids[5]}" in html
    # Viewing moves no read mark: the page marks what it shows over its socket.
    assert room.memberships.get(user=bob).last_read_message_id is None


def test_room_without_older_messages_has_no_load_older(client_for, room, alice):
    post(room, alice, "only one")
    html = client_for(alice).get(f"/rooms/{room.slug}/").content.decode()
    assert 'id="load-older"' not in html


def test_history_pages_backwards_with_no_gaps_or_repeats(client_for, room, alice):
    ids = [post(room, alice, f"message {i}").pk for i in range(120)]
    client = client_for(alice)

    first = client.get(f"/rooms/{room.slug}/").content.decode()
    pages = [message_ids(first)]
    before = pages[0][0]
    while True:
        response = client.get(f"/rooms/{room.slug}/messages/?before={before}")
        assert response.status_code == 200
        html = response.content.decode()
        assert "<html" not in html  # a fragment, not a page
        pages.insert(0, message_ids(html))
        if 'id="load-older"' not in html:
            break
        before = pages[0][0]
        assert f"?before={before}" in html

    assert [len(page) for page in pages] == [20, 50, 50]
    assert [pk for page in pages for pk in page] == ids


@pytest.mark.parametrize("query", ["", "?before=", "?before=abc", "?before=1.5"])
def test_history_needs_a_numeric_before(client_for, room, alice, query):
    response = client_for(alice).get(f"/rooms/{room.slug}/messages/{query}")
    assert response.status_code == 400
    assert b"?before=<message id>" in response.content


def test_user_text_is_escaped_everywhere(client_for, room, alice):
    hostile = "<script>alert(1)</script>"
    messages = [post(room, alice, hostile) for _ in range(51)]
    client = client_for(alice)

    page = client.get(f"/rooms/{room.slug}/").content.decode()
    older = client.get(f"/rooms/{room.slug}/messages/?before={messages[1].pk}").content.decode()

    escaped = "&lt;script&gt;alert(1)&lt;/script&gt;"
    assert page.count(escaped) == 50 and older.count(escaped) == 1
    assert hostile not in page and hostile not in older


def test_hostile_room_name_is_escaped(client_for, alice):
    services.room_create(creator=alice, name='<img src=x onerror="alert(1)">')
    html = client_for(alice).get("/").content.decode()
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in html
    assert "<img src=x" not in html


def test_leave_room(client_for, room, bob):
    client = client_for(bob)
    client.post(f"/rooms/{room.slug}/join/")
    response = client.post(f"/rooms/{room.slug}/leave/")

    assert response.status_code == 302 and response["Location"] == "/"
    assert not Membership.objects.filter(room=room, user=bob).exists()
    assert client.get(f"/rooms/{room.slug}/leave/").status_code == 405


def queries_for(client: Client, url: str) -> list[str]:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return [query["sql"] for query in captured.captured_queries]


def test_room_page_query_count_is_constant(client_for, room, alice, bob, make_user):
    services.membership_join(room=room, user=bob)
    client = client_for(alice)
    url = f"/rooms/{room.slug}/"
    post(room, bob, "one")
    small = queries_for(client, url)

    for i in range(60):
        post(room, alice if i % 2 else bob, f"bulk {i}")
    for name in ["dave", "erin", "frank"]:
        services.membership_join(room=room, user=make_user(name))
    post(room, bob, "unread again")
    large = queries_for(client, url)

    # session, user, the membership with its room, messages with authors, the members (their
    # counts come from the same rows while the room fits the panel), the room's personas, (for
    # its owner) the personas to choose from, and the viewer's rooms for the room switcher
    assert len(small) == len(large) == 8, large


def test_history_query_count_is_constant(client_for, room, alice, bob):
    services.membership_join(room=room, user=bob)
    client = client_for(alice)
    ids = [post(room, alice if i % 3 else bob, f"m{i}").pk for i in range(120)]
    url = f"/rooms/{room.slug}/messages/?before="

    few = queries_for(client, url + str(ids[3]))
    many = queries_for(client, url + str(ids[-1]))
    # session, user, room, messages with authors
    assert len(few) == len(many) == 4, many
