from __future__ import annotations

import uuid

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts.models import User
from rooms import services


@pytest.fixture
def staff_client(client_for):
    return client_for(User.objects.create_superuser(username="root", password="x" * 20))


def grow(count: int, owner: User) -> None:
    """Add `count` rooms, each with a member and a message."""
    start = User.objects.count()
    for i in range(count):
        member = User.objects.create_user(username=f"user{start + i}")
        room = services.room_create(creator=owner, name=f"Room {start + i}")
        services.membership_join(room=room, user=member)
        services.message_post(room=room, author=member, body=f"hi {i}", client_id=uuid.uuid4())


@pytest.mark.parametrize(
    "url",
    [
        "/admin/rooms/room/",
        "/admin/rooms/membership/",
        "/admin/rooms/message/",
        "/admin/rooms/attachment/",
        "/admin/accounts/user/",
    ],
)
def test_admin_change_lists_do_not_grow_queries_with_rows(staff_client, alice, url):
    grow(2, alice)
    with CaptureQueriesContext(connection) as small:
        assert staff_client.get(url).status_code == 200
    grow(12, alice)
    with CaptureQueriesContext(connection) as large:
        response = staff_client.get(url)
    assert response.status_code == 200
    assert len(small) == len(large), [q["sql"] for q in large.captured_queries]


def test_admin_search_and_filters(staff_client, room, private_room, alice):
    services.message_post(room=room, author=alice, body="needle here", client_id=uuid.uuid4())
    services.message_post(room=room, author=alice, body="haystack", client_id=uuid.uuid4())

    html = staff_client.get("/admin/rooms/message/", {"q": "needle"}).content.decode()
    assert "needle here" in html and "haystack" not in html

    html = staff_client.get("/admin/rooms/room/", {"is_private__exact": "1"}).content.decode()
    assert "Back Office" in html and "Tea Room" not in html


def test_admin_is_staff_only(client_for, alice):
    response = client_for(alice).get("/admin/rooms/message/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")


def test_staff_delete_is_a_live_tombstone_not_a_hard_delete(staff_client, room, alice):
    message = services.message_post(
        room=room, author=alice, body="remove me", client_id=uuid.uuid4()
    ).message
    url = "/admin/rooms/message/"
    assert staff_client.get(f"{url}{message.pk}/delete/").status_code == 403
    assert staff_client.get(f"{url}add/").status_code == 403

    response = staff_client.post(
        url, {"action": "delete_for_everyone", "_selected_action": [message.pk]}, follow=True
    )

    assert "Deleted 1 message." in response.content.decode()
    message.refresh_from_db()
    assert (message.body, message.deleted_at is not None) == ("", True)
    room.refresh_from_db()
    assert message.seq == room.seq  # a change the room's pages catch up on


def test_staff_cannot_edit_messages_behind_the_rooms_back(staff_client, room, alice):
    message = services.message_post(
        room=room, author=alice, body="as written", client_id=uuid.uuid4()
    ).message
    staff_client.post(f"/admin/rooms/message/{message.pk}/change/", {"body": "rewritten"})
    message.refresh_from_db()
    assert message.body == "as written"
