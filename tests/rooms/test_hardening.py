"""Issue 15: mention bombs, ids from outside, no private-room oracle, no state change on GET.

Each test names the row of the issue's table it covers.
"""

from __future__ import annotations

import json
import re
import uuid

import pytest
from channels.db import database_sync_to_async
from django.test import Client

from rooms import formatting, services, views
from rooms.models import Membership, Message, Room, RoomConnection
from tests.rooms.sockets import (
    TIMEOUT,
    action,
    communicator_for,
    connected_socket,
    frame,
    message_ids,
    open_socket,
)

MENTION_SPAN = re.compile(r'<span class="mention" data-username="([^"]+)">')
LINK = re.compile(r'<a href="([^"]+)" target="_blank" rel="nofollow noopener">')


def post(room, author, body: str) -> Message:
    return services.message_post(
        room=room, author=author, body=body, client_id=uuid.uuid4()
    ).message


def answer(response) -> tuple:
    """What a response tells its reader: status, type, where it sends them, and the body."""
    return (
        response.status_code,
        response.get("Content-Type"),
        response.get("Location"),
        response.content,
    )


def visible_text(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html)


# Row 1: a message's markup is bounded -------------------------------------------------------


def test_a_mention_bomb_links_twenty_mentions_and_keeps_the_rest_as_text(
    client_for, room, alice, make_user
):
    services.membership_join(room=room, user=make_user("a"))
    body = ("@a " * 1333).strip()
    message = post(room, alice, body)

    html = client_for(alice).get(f"/rooms/{room.slug}/").content.decode()

    article = re.search(r'<article id="message-\d+".*?</article>', html, re.S).group(0)
    assert MENTION_SPAN.findall(article) == ["a"] * 20
    shown = re.search(r'<div class="message-body">(.*?)</div>', article, re.S).group(1)
    assert visible_text(shown) == body
    assert list(message.mentions.values_list("username", flat=True)) == ["a"]


def test_only_the_first_twenty_mentions_notify(room, alice, make_user):
    names = [f"u{i}" for i in range(30)]
    for name in names:
        services.membership_join(room=room, user=make_user(name))

    message = post(room, alice, " ".join(f"@{name}" for name in names))

    assert sorted(message.mentions.values_list("username", flat=True)) == sorted(names[:20])


def test_a_link_bomb_links_twenty_links_and_keeps_the_rest_as_text(client_for, room, alice):
    body = " ".join(f"site{i}.org" for i in range(500))[:4000].rsplit(" ", 1)[0]
    post(room, alice, body)

    html = client_for(alice).get(f"/rooms/{room.slug}/").content.decode()

    assert LINK.findall(html) == [f"http://site{i}.org" for i in range(20)]
    shown = re.search(r'<div class="message-body">(.*?)</div>', html, re.S).group(1)
    assert visible_text(shown) == body


def test_links_and_mentions_still_render_as_before(client_for, room, alice, bob):
    services.membership_join(room=room, user=bob)
    post(room, alice, "Hi @bob, see https://example.org/a?b=1&c=2 or mail me@example.org.\nBye")

    html = client_for(alice).get(f"/rooms/{room.slug}/").content.decode()

    shown = re.search(r'<div class="message-body">(.*?)</div>', html, re.S).group(1)
    assert shown == (
        'Hi <span class="mention" data-username="bob">@bob</span>, see '
        '<a href="https://example.org/a?b=1&amp;c=2" target="_blank" rel="nofollow noopener">'
        "https://example.org/a?b=1&amp;c=2</a> or mail "
        '<a href="mailto:me@example.org" target="_blank" rel="nofollow noopener">'
        "me@example.org</a>.<br>\nBye"
    )


def test_a_repeated_link_is_linked_twenty_times_only():
    assert formatting.body_html("ab.org " * 100).count("<a href=") == 20


def test_history_pages_are_bounded_in_bytes_and_page_on_without_gaps(client_for, room, alice):
    # Escaping makes each of these ~18 KB of HTML: fifty would be a 1 MB page.
    ids = [post(room, alice, "<>&&" * 1000).pk for _ in range(60)]
    client = client_for(alice)

    first = client.get(f"/rooms/{room.slug}/")
    pages = [message_ids(first.content.decode())]
    while True:
        response = client.get(f"/rooms/{room.slug}/messages/?before={pages[0][0]}")
        assert len(response.content) < views.HISTORY_PAGE_MAX_BYTES + 1000
        pages.insert(0, message_ids(response.content.decode()))
        if b'id="load-older"' not in response.content:
            break

    assert [pk for page in pages for pk in page] == ids
    assert all(len(page) < 15 for page in pages)


def test_a_single_message_bigger_than_the_budget_still_shows(client_for, room, alice, monkeypatch):
    monkeypatch.setattr(views, "HISTORY_PAGE_MAX_BYTES", 1000)
    ids = [post(room, alice, "x" * 2000).pk for _ in range(3)]
    client = client_for(alice)

    assert message_ids(client.get(f"/rooms/{room.slug}/").content.decode()) == ids[2:]
    older = client.get(f"/rooms/{room.slug}/messages/?before={ids[2]}").content.decode()
    assert message_ids(older) == ids[1:2]
    assert f"?before={ids[1]}" in older


# Row 2: malformed and oversized ids are 400 or 404, never 500 -------------------------------

BAD_NUMBERS = [
    "99999999999999999999999",
    str(2**63),
    "-1",
    "0",
    "1.5",
    "1e5",
    "0x10",
    " 7",
    "\u0663",  # an Arabic-Indic digit: int() takes it, a database id it is not
    "9" * 5000,
    "",
]


@pytest.mark.parametrize("value", BAD_NUMBERS)
def test_history_answers_400_to_any_bad_before(client_for, room, alice, value):
    response = client_for(alice).get(f"/rooms/{room.slug}/messages/", {"before": value})
    assert response.status_code == 400
    assert response.content == b"Give ?before=<message id>, a whole number."


@pytest.mark.parametrize("value", BAD_NUMBERS)
def test_member_pages_answer_400_to_any_bad_page(client_for, room, alice, value):
    response = client_for(alice).get(f"/rooms/{room.slug}/members/", {"page": value})
    assert response.status_code == 400


def test_the_biggest_id_is_a_valid_empty_page(client_for, room, alice):
    post(room, alice, "hello")
    response = client_for(alice).get(f"/rooms/{room.slug}/messages/?before={2**63 - 1}")
    assert response.status_code == 200
    assert len(message_ids(response.content.decode())) == 1


@pytest.mark.parametrize(
    "path",
    [
        "/rooms/" + "a" * 5000 + "/",
        "/rooms/%00/",
        "/rooms/caf%C3%A9/",
        "/rooms/99999999999999999999999/messages/?before=1",
        "/personas/" + "9" * 30 + "/chat/",
        "/rooms/tea-room/messages/extra/",
    ],
)
def test_strange_urls_are_404(client_for, room, alice, path):
    client = client_for(alice)
    response = client.post(path) if "/chat/" in path else client.get(path)
    assert response.status_code == 404


@pytest.mark.parametrize(
    "data",
    [
        {"name": "x" * 5000},
        {"name": "\x00"},
        {"name": "x", "topic": "t" * 5000},
        {"name": ["a", "b"], "topic": ["\x00"]},
    ],
)
def test_room_form_answers_400_to_strange_input(client_for, alice, data):
    response = client_for(alice).post("/rooms/new/", data)
    assert response.status_code == 400
    assert 'class="field-error"' in response.content.decode()
    assert not Room.objects.exists()


def test_any_checkbox_value_is_a_checked_box(client_for, alice):
    response = client_for(alice).post("/rooms/new/", {"name": "x", "is_private": "9" * 5000})
    assert response.status_code == 302
    assert Room.objects.get().is_private is True


def test_admin_answers_to_oversized_ids_without_error(make_user, room):
    staff = make_user("staff")
    staff.is_staff = staff.is_superuser = True
    staff.save()
    client = Client()
    client.force_login(staff)
    huge = "99999999999999999999999"
    answers = {
        (model, page): client.get(f"/admin/{model}/{huge}/{page}/").status_code
        for model in ("rooms/room", "rooms/message", "rooms/membership", "accounts/user")
        for page in ("change", "delete", "history")
    }
    # The admin sends you back to its index with "doesn't exist" (Django's answer); messages
    # are deleted as tombstones, never from the admin's delete page.
    assert answers == {key: 403 if key == ("rooms/message", "delete") else 302 for key in answers}


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("presence_tasks", "channel_layer")
@pytest.mark.parametrize(
    ("fields", "error"),
    [
        ({"action": "edit", "message_id": 2**70, "body": "x"}, "Which message?"),
        ({"action": "edit", "message_id": 2**63 - 1, "body": "x"}, "That message is not in"),
        ({"action": "edit", "message_id": -(2**70), "body": "x"}, "Which message?"),
        ({"action": "edit", "message_id": "9" * 23, "body": "x"}, "Which message?"),
        ({"action": "edit", "message_id": 1.5, "body": "x"}, "Which message?"),
        ({"action": "delete", "message_id": True}, "Which message?"),
        ({"action": "delete", "message_id": [1]}, "Which message?"),
        ({"action": "delete", "message_id": {"id": 1}}, "Which message?"),
        ({"action": "read", "message_id": 2**64}, "Which message?"),
        ({"action": "read", "message_id": -5}, "Which message?"),
        ({"action": "read", "message_id": "7"}, "Which message?"),
        ({"action": "stop", "turn_id": 2**64}, "Which reply?"),
        ({"action": "stop", "turn_id": "1e5"}, "Which reply?"),
        ({"action": "sync", "cursor": 2**64}, "A sync needs the page"),
        ({"action": "sync", "cursor": "0"}, "A sync needs the page"),
    ],
)
async def test_socket_frames_with_bad_ids_get_an_error_and_change_nothing(
    room, alice, fields, error
):
    socket = await connected_socket(room.slug, alice)

    await socket.send_to(text_data=json.dumps(fields))

    reply = await socket.receive_from(timeout=TIMEOUT)
    assert error.replace("'", "&#x27;") in reply
    assert "Something went wrong" not in reply
    await socket.send_to(text_data=frame("still here"))
    assert message_ids(await socket.receive_from(timeout=TIMEOUT))
    await socket.disconnect()


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("presence_tasks", "channel_layer")
@pytest.mark.parametrize("slug", ["a" * 3000, "99999999999999999999999", "-"])
async def test_strange_socket_urls_close_as_missing_rooms(alice, slug):
    communicator = await communicator_for(slug, alice)
    connected, _ = await communicator.connect(timeout=TIMEOUT)
    assert connected
    closed = await communicator.receive_output(timeout=TIMEOUT)
    assert (closed["type"], closed["code"]) == ("websocket.close", 4404)


# Row 3: a room someone may not see answers exactly as a room that does not exist ------------

ROOM_URLS = [
    ("get", "/rooms/{slug}/", {}),
    ("get", "/rooms/{slug}/messages/?before=5", {}),
    ("get", "/rooms/{slug}/messages/?before=abc", {}),
    ("get", "/rooms/{slug}/members/?page=2", {}),
    ("get", "/rooms/{slug}/members/?page=x", {}),
    ("get", "/rooms/{slug}/join/", {}),
    ("post", "/rooms/{slug}/join/", {}),
    ("post", "/rooms/{slug}/leave/", {}),
    ("get", "/rooms/{slug}/leave/", {}),
    ("post", "/rooms/{slug}/settings/", {"ai_chattiness": "lively", "personas": ["1"]}),
    ("post", "/rooms/{slug}/settings/", {"personas": ["99999999999999999999999"]}),
]


@pytest.mark.parametrize(("method", "url", "data"), ROOM_URLS)
def test_every_url_of_a_private_room_answers_as_a_missing_room(
    client_for, private_room, bob, method, url, data
):
    client = client_for(bob)
    post(private_room, private_room.created_by, "secret plans")

    private = getattr(client, method)(url.format(slug=private_room.slug), data)
    missing = getattr(client, method)(url.format(slug=private_room.slug + "-x"), data)

    # Byte for byte: an error page carries no form, so neither a CSRF token masked anew for
    # each answer nor the address it was asked at.
    assert answer(private) == answer(missing)
    assert private.status_code in (404, 405)
    assert not private_room.memberships.filter(user=bob).exists()


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("presence_tasks", "channel_layer")
async def test_the_socket_of_a_private_room_closes_as_for_a_missing_room(private_room, bob):
    codes = []
    for slug in (private_room.slug, "no-such-room"):
        communicator = await communicator_for(slug, bob)
        connected, _ = await communicator.connect(timeout=TIMEOUT)
        assert connected
        closed = await communicator.receive_output(timeout=TIMEOUT)
        assert closed["type"] == "websocket.close"
        codes.append(closed["code"])
    assert codes == [4404, 4404]


def test_a_new_rooms_address_tells_nothing_about_private_rooms(client_for, alice, bob):
    services.room_create(creator=alice, name="Secret Plans", is_private=True)

    response = client_for(bob).post("/rooms/new/", {"name": "Secret Plans"})

    # Exactly the address it would get if there were no private room of that name.
    assert response["Location"] == "/rooms/secret-plans/"


def test_private_rooms_get_addresses_nobody_can_guess(alice, bob):
    first = services.room_create(creator=alice, name="Plans", is_private=True)
    second = services.room_create(creator=bob, name="Plans", is_private=True)

    for room in (first, second):
        assert re.fullmatch(r"plans-[0-9a-f]{12}", room.slug)
    assert first.slug != second.slug


def test_public_rooms_keep_readable_addresses(alice, bob):
    assert services.room_create(creator=alice, name="Book club").slug == "book-club"
    assert services.room_create(creator=bob, name="Book club").slug == "book-club-2"


# Row 4: viewing changes nothing; joining is a POST --------------------------------------------


def test_viewing_a_public_room_shows_it_with_a_join_button_and_changes_nothing(
    client_for, room, alice, bob
):
    message = post(room, alice, "Welcome!")
    memberships = list(Membership.objects.values_list("user__username", "last_read_message_id"))

    # As a link on another site would open it: a top-level GET with the session cookie.
    response = client_for(bob).get(f"/rooms/{room.slug}/", HTTP_REFERER="https://evil.example/")

    assert response.status_code == 200
    html = response.content.decode()
    assert message_ids(html) == [message.pk]
    join_form = re.search(r'<form id="room-join".*?</form>', html, re.S).group(0)
    assert f'method="post" action="/rooms/{room.slug}/join/"' in join_form
    assert 'name="csrfmiddlewaretoken"' in join_form
    assert ">Join room</button>" in join_form
    assert 'id="composer"' not in html and f"/rooms/{room.slug}/leave/" not in html
    assert f'id="member-{bob.pk}"' not in html
    assert (
        list(Membership.objects.values_list("user__username", "last_read_message_id"))
        == memberships
        == [("alice", message.pk)]
    )
    assert list(Message.objects.values_list("body", flat=True)) == ["Welcome!"]


def test_a_member_sees_no_join_button_and_viewing_moves_no_read_mark(client_for, room, alice, bob):
    services.membership_join(room=room, user=bob)
    post(room, alice, "one")

    html = client_for(bob).get(f"/rooms/{room.slug}/").content.decode()

    assert 'id="composer"' in html and 'id="room-join"' not in html
    assert Membership.objects.get(room=room, user=bob).last_read_message_id is None


def test_joining_needs_csrf(room, bob):
    client = Client(enforce_csrf_checks=True)
    client.force_login(bob)
    assert client.post(f"/rooms/{room.slug}/join/").status_code == 403
    assert not room.memberships.filter(user=bob).exists()
    assert not Message.objects.exists()


def test_joining_writes_one_joined_line(client_for, room, bob):
    client = client_for(bob)

    response = client.post(f"/rooms/{room.slug}/join/")
    client.post(f"/rooms/{room.slug}/join/")  # a member already: nothing more

    assert response.status_code == 302 and response["Location"] == f"/rooms/{room.slug}/"
    assert room.memberships.get(user=bob).role == Membership.Role.MEMBER
    assert list(Message.objects.values_list("kind", "author", "body")) == [
        (Message.Kind.SYSTEM, None, "bob joined the room.")
    ]
    html = client.get(f"/rooms/{room.slug}/").content.decode()
    assert "bob joined the room." in html


def test_joining_and_leaving_in_a_loop_cannot_flood_the_room(client_for, room, alice, bob):
    client = client_for(bob)
    for _ in range(5):
        client.post(f"/rooms/{room.slug}/join/")
        client.post(f"/rooms/{room.slug}/leave/")
    post(room, alice, "quiet again")
    client.post(f"/rooms/{room.slug}/join/")

    # Once more only when the room has moved on by JOIN_LINE_WINDOW messages.
    for i in range(services.JOIN_LINE_WINDOW):
        post(room, alice, f"talk {i}")
    client.post(f"/rooms/{room.slug}/leave/")
    client.post(f"/rooms/{room.slug}/join/")

    lines = Message.objects.filter(kind=Message.Kind.SYSTEM).values_list("body", flat=True)
    assert list(lines) == [
        "bob joined the room.",
        "bob left the room.",
        "bob left the room.",
        "bob joined the room.",
    ]


def test_leaving_writes_one_left_line(client_for, room, alice, bob):
    services.membership_join(room=room, user=bob)
    client = client_for(bob)

    response = client.post(f"/rooms/{room.slug}/leave/")
    client.post(f"/rooms/{room.slug}/leave/")  # not a member any more: nothing more

    assert response.status_code == 302 and response["Location"] == "/"
    assert not room.memberships.filter(user=bob).exists()
    assert list(Message.objects.values_list("kind", "author", "body")) == [
        (Message.Kind.SYSTEM, None, "bob left the room.")
    ]
    assert "bob left the room." in client_for(alice).get(f"/rooms/{room.slug}/").content.decode()


def test_a_private_room_cannot_be_joined_by_post(client_for, private_room, bob):
    assert client_for(bob).post(f"/rooms/{private_room.slug}/join/").status_code == 404
    assert not private_room.memberships.filter(user=bob).exists()


def test_old_links_keep_working(client_for, room, bob, carol):
    """A lobby card or a bookmark opens the room for members and visitors alike."""
    services.membership_join(room=room, user=bob)
    for person in (bob, carol):
        client = client_for(person)
        assert f'href="/rooms/{room.slug}/"' in client.get("/").content.decode()
        assert client.get(f"/rooms/{room.slug}/").status_code == 200


@database_sync_to_async
def presence_rows(room) -> list[tuple[str, bool]]:
    return sorted(Membership.objects.filter(room=room).values_list("user__username", "is_present"))


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("presence_tasks", "channel_layer")
async def test_a_visitor_reads_live_but_cannot_post_until_they_join(room, alice, bob):
    alice_socket = await connected_socket(room.slug, alice)
    visitor = await open_socket(room.slug, bob)  # bob is no member: he may watch

    await alice_socket.send_to(text_data=frame("hello everyone"))
    assert message_ids(await visitor.receive_from(timeout=TIMEOUT))
    await alice_socket.receive_from(timeout=TIMEOUT)

    await visitor.send_to(text_data=frame("let me in"))
    assert "Join the room to post in it." in await visitor.receive_from(timeout=TIMEOUT)
    # A read mark he does not have: ignored, without an error.
    await visitor.send_to(text_data=action("read", message_id=1))
    await visitor.send_to(text_data=action("sync", cursor=0))
    caught_up = await visitor.receive_from(timeout=TIMEOUT)
    assert "hello everyone" in caught_up and 'id="room-cursor"' in caught_up

    assert await alice_socket.receive_nothing(timeout=0.2)
    bodies = await database_sync_to_async(
        lambda: list(Message.objects.values_list("body", flat=True))
    )()
    assert bodies == ["hello everyone"]
    assert await presence_rows(room) == [("alice", True)]
    assert not await database_sync_to_async(RoomConnection.objects.filter(user=bob).exists)()
    await visitor.disconnect()
    await alice_socket.disconnect()
