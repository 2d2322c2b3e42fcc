"""GET/POST /api/rooms, GET /api/rooms/<slug>, POST .../join and .../leave."""

from __future__ import annotations

import pytest
from channels.db import database_sync_to_async
from django.core.serializers.json import DjangoJSONEncoder

from rooms import moderation, services
from rooms.models import Membership, Message, Room
from tests.rooms.sockets import connected_socket, expect_join_shown

pytestmark = pytest.mark.django_db

# Times as the API writes them (ISO 8601, milliseconds).
iso = DjangoJSONEncoder().default


def room_json(room: Room, **fields) -> dict:
    return {
        "slug": room.slug,
        "name": room.name,
        "topic": room.topic,
        "is_private": room.is_private,
        "is_member": False,
        "role": None,
        "member_count": 1,
        "seq": room.seq,
        **fields,
    }


def test_the_list_has_my_rooms_and_public_rooms_not_others_private_ones(
    api, alice, bob, room, make_user
):
    mine_private = services.room_create(creator=alice, name="Diary", is_private=True)
    bobs_public = services.room_create(creator=bob, name="Bob's Den")
    services.room_create(creator=bob, name="Bob's Secret", is_private=True)

    response = api.get("/api/rooms")

    assert response.status_code == 200
    assert response.json() == {
        "rooms": [
            room_json(room, is_member=True, role="owner"),
            room_json(mine_private, is_member=True, role="owner"),
            room_json(bobs_public),
        ],
        "next_after": None,
    }


def test_the_list_pages_by_id(api, alice):
    rooms = [services.room_create(creator=alice, name=f"Room {n}") for n in range(5)]
    first = api.get("/api/rooms?limit=2").json()
    assert [r["slug"] for r in first["rooms"]] == [rooms[0].slug, rooms[1].slug]
    assert first["next_after"] == rooms[1].pk
    second = api.get(f"/api/rooms?limit=2&after={first['next_after']}").json()
    assert [r["slug"] for r in second["rooms"]] == [rooms[2].slug, rooms[3].slug]
    last = api.get(f"/api/rooms?limit=2&after={second['next_after']}").json()
    assert [r["slug"] for r in last["rooms"]] == [rooms[4].slug]
    assert last["next_after"] is None


def test_the_list_costs_two_queries_for_3_rooms_or_30(api, alice, bob, django_assert_num_queries):
    api.get("/api/rooms")  # the token's first use is written once; not measured
    for n in range(3):
        services.room_create(creator=bob, name=f"Few {n}")
    # The token (with its person) and the page, with roles and counts: nothing per room.
    with django_assert_num_queries(2):
        assert len(api.get("/api/rooms?limit=100").json()["rooms"]) == 3
    for n in range(27):
        room = services.room_create(creator=bob, name=f"Many {n}")
        services.membership_join(room=room, user=alice)
    with django_assert_num_queries(2):
        rooms = api.get("/api/rooms?limit=100").json()["rooms"]
    assert len(rooms) == 30
    assert rooms[-1]["role"] == "member"


@pytest.mark.parametrize(
    ("limit", "message"),
    [("0", "limit: Input should be greater than or equal to 1"), ("101", None), ("x", None)],
)
def test_a_bad_limit_is_a_400_in_json(api, limit, message):
    response = api.get(f"/api/rooms?limit={limit}")
    assert response.status_code == 400
    body = response.json()
    assert body["code"] == "invalid"
    assert body["message"].startswith("limit: ")
    if message:
        assert body["message"] == message


def test_create_a_room(api, alice):
    response = api.post(
        "/api/rooms",
        {"name": "  Night Owls ", "topic": "Late talk", "is_private": False},
        content_type="application/json",
    )
    assert response.status_code == 201
    room = Room.objects.get()
    assert response.json() == room_json(room, is_member=True, role="owner")
    assert (room.name, room.topic, room.slug) == ("Night Owls", "Late talk", "night-owls")
    assert Membership.objects.get(room=room).user == alice


def test_create_a_room_refused_by_the_daily_limit(api, settings):
    settings.SALON_ROOMS_PER_PERSON_DAILY = 1
    assert (
        api.post("/api/rooms", {"name": "One"}, content_type="application/json").status_code == 201
    )
    response = api.post("/api/rooms", {"name": "Two"}, content_type="application/json")
    assert response.status_code == 400
    assert response.json()["code"] == "room_limit"


def test_create_needs_a_name(api):
    response = api.post("/api/rooms", {"topic": "no name"}, content_type="application/json")
    assert response.status_code == 400
    assert response.json()["code"] == "invalid"
    assert response.json()["message"] == "name: Field required"


def test_room_details_with_members(api, bob_api, alice, bob, room):
    services.membership_join(room=room, user=bob)
    Membership.objects.filter(room=room, user=alice).update(is_present=True)
    room.refresh_from_db()

    response = bob_api.get(f"/api/rooms/{room.slug}")

    assert response.status_code == 200
    assert response.json() == {
        **room_json(room, is_member=True, role="member", member_count=2),
        "created_at": iso(room.created_at),
        "members": [
            {
                "id": alice.pk,
                "username": "alice",
                "name": "alice",
                "is_persona": False,
                "role": "owner",
                "is_present": True,
            },
            {
                "id": bob.pk,
                "username": "bob",
                "name": "bob",
                "is_persona": False,
                "role": "member",
                "is_present": False,
            },
        ],
    }


def test_a_private_room_is_404_to_outsiders_as_a_missing_one(bob_api, private_room):
    for path in (
        f"/api/rooms/{private_room.slug}",
        f"/api/rooms/{private_room.slug}/messages",
    ):
        response = bob_api.get(path)
        assert response.status_code == 404
        assert response.json() == {"code": "not_found", "message": "No such room."}
    for path in (f"/api/rooms/{private_room.slug}/join", f"/api/rooms/{private_room.slug}/leave"):
        assert bob_api.post(path).json() == {"code": "not_found", "message": "No such room."}
    missing = bob_api.get("/api/rooms/no-such-room")
    assert missing.json() == {"code": "not_found", "message": "No such room."}
    assert not Membership.objects.filter(room=private_room, user__username="bob").exists()


def test_join_and_leave_as_in_the_browser(bob_api, bob, room):
    joined = bob_api.post(f"/api/rooms/{room.slug}/join")
    assert joined.status_code == 200
    assert joined.json()["role"] == "member"
    assert Membership.objects.filter(room=room, user=bob).exists()
    assert list(Message.objects.values_list("body", flat=True)) == ["bob joined the room."]

    left = bob_api.post(f"/api/rooms/{room.slug}/leave")
    assert left.status_code == 200
    assert left.json() == {"left": True, "closed": False}
    assert not Membership.objects.filter(room=room, user=bob).exists()
    assert list(Message.objects.values_list("body", flat=True)) == [
        "bob joined the room.",
        "bob left the room.",
    ]


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("presence_tasks", "channel_layer")
async def test_a_join_shows_in_the_member_panels_of_the_open_pages(bob_api, alice, bob, room):
    watcher = await connected_socket(room.slug, alice)

    joined = await database_sync_to_async(bob_api.post)(f"/api/rooms/{room.slug}/join")

    assert joined.status_code == 200
    await expect_join_shown(watcher, bob, "1 of 2 online")
    await watcher.disconnect()


def test_a_banned_person_cannot_join(bob_api, alice, bob, room):
    services.membership_join(room=room, user=bob)
    moderation.member_ban(room=room, actor=alice, user_id=bob.pk)
    response = bob_api.post(f"/api/rooms/{room.slug}/join")
    assert response.status_code == 403
    assert response.json() == {"code": "banned", "message": "You are banned from this room."}


def test_the_only_owner_must_hand_over_and_the_only_member_must_confirm(api, bob, room):
    services.membership_join(room=room, user=bob)
    refused = api.post(f"/api/rooms/{room.slug}/leave")
    assert refused.status_code == 409
    assert refused.json()["code"] == "last_owner"

    services.membership_leave(room=room, user=bob)
    unconfirmed = api.post(f"/api/rooms/{room.slug}/leave")
    assert unconfirmed.status_code == 409
    assert unconfirmed.json()["code"] == "last_member"

    closed = api.post(f"/api/rooms/{room.slug}/leave?close=true")
    assert closed.json() == {"left": True, "closed": True}
    assert not Room.objects.filter(pk=room.pk).exists()


def test_leaving_a_room_you_are_not_in_is_409(bob_api, room):
    response = bob_api.post(f"/api/rooms/{room.slug}/leave")
    assert response.status_code == 409
    assert response.json() == {
        "code": "not_member",
        "message": "You are not a member of this room.",
    }


def test_an_unknown_endpoint_is_a_json_404(api):
    response = api.get("/api/nothing/here")
    assert response.status_code == 404
    assert response.json() == {"code": "not_found", "message": "No such API endpoint."}


def test_a_wrong_method_is_a_json_405(api, room):
    response = api.put(f"/api/rooms/{room.slug}")
    assert response.status_code == 405
    assert response.json()["code"] == "method_not_allowed"
