from __future__ import annotations

import uuid

from django.db import connection

from rooms import selectors, services
from rooms.models import Message


def post_many(room, author, count: int) -> list[int]:
    return [
        services.message_post(
            room=room, author=author, body=f"m{i}", client_id=uuid.uuid4()
        ).message.pk
        for i in range(count)
    ]


def test_messages_page_first_page_is_the_newest_in_id_order(room, alice):
    ids = post_many(room, alice, 53)

    page = selectors.messages_page(room=room, limit=50)

    assert [m.pk for m in page.messages] == ids[3:]
    assert page.has_older is True
    assert page.oldest_id == ids[3]


def test_messages_page_walks_back_without_gaps_or_repeats(room, alice, private_room):
    ids = post_many(room, alice, 23)
    post_many(private_room, alice, 5)  # another room's messages never leak in

    seen: list[int] = []
    before = None
    pages = 0
    while True:
        page = selectors.messages_page(room=room, before=before, limit=10)
        seen = [m.pk for m in page.messages] + seen
        pages += 1
        if not page.has_older:
            break
        before = page.oldest_id

    assert seen == ids
    assert pages == 3


def test_messages_page_of_empty_room(room):
    page = selectors.messages_page(room=room)
    assert (page.messages, page.has_older, page.oldest_id) == ([], False, None)


def test_room_visible_to(room, private_room, alice, bob):
    assert selectors.room_visible_to(slug=room.slug, user=bob) == room
    assert selectors.room_visible_to(slug=private_room.slug, user=alice) == private_room
    assert selectors.room_visible_to(slug=private_room.slug, user=bob) is None
    assert selectors.room_visible_to(slug="nope", user=alice) is None


def test_lobby_lists(room, private_room, alice, bob, carol):
    services.room_create(creator=carol, name="Carol's secrets", is_private=True)
    services.membership_join(room=room, user=bob)

    mine = {m.room.slug: m.member_count for m in selectors.lobby_memberships(user=bob)}
    to_join = [r.slug for r in selectors.public_rooms_to_join(user=bob)]
    assert mine == {"tea-room": 2}
    assert to_join == []
    assert [r.slug for r in selectors.public_rooms_to_join(user=carol)] == ["tea-room"]


def test_room_members_owner_first(room, bob, carol):
    services.membership_join(room=room, user=carol)
    services.membership_join(room=room, user=bob)
    members = selectors.room_members(room=room)
    assert [(m.user.username, m.role) for m in members] == [
        ("alice", "owner"),
        ("bob", "member"),
        ("carol", "member"),
    ]


def test_history_query_is_an_index_scan(room, alice):
    post_many(room, alice, 5)
    query = Message.objects.filter(room=room, id__lt=10**9).order_by("-id")[:51]
    sql, params = query.query.sql_with_params()
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            # Tiny tables (and the statistics other tests leave) make a sequential or bitmap
            # scan and a sort look cheapest; forbid them to see that the index fits.
            for setting in ("enable_seqscan", "enable_bitmapscan", "enable_sort"):
                cursor.execute(f"SET LOCAL {setting} = off")
            cursor.execute("EXPLAIN " + sql, params)
            plan = "\n".join(row[0] for row in cursor.fetchall())
            assert "Index Scan Backward using message_room_id_idx" in plan, plan
            assert "Sort" not in plan, plan
        else:
            cursor.execute("EXPLAIN QUERY PLAN " + sql, params)
            plan = "\n".join(str(row[-1]) for row in cursor.fetchall())
            assert "USING INDEX message_room_id_idx" in plan or (
                "USING COVERING INDEX message_room_id_idx" in plan
            ), plan
            assert "TEMP B-TREE" not in plan, plan


def test_lobby_counts_unread_messages_and_mentions(room, alice, bob, carol):
    services.membership_join(room=room, user=bob)
    services.membership_join(room=room, user=carol)
    post_many(room, alice, 2)
    services.membership_mark_read(
        membership=room.memberships.get(user=bob), message_id=room.messages.last().pk
    )
    for body in ["hi @bob", "@carol and @bob, tea?", "no mention", "email bob@example.org"]:
        services.message_post(room=room, author=alice, body=body, client_id=uuid.uuid4())
    services.message_post(room=room, author=bob, body="my own @bob", client_id=uuid.uuid4())
    deleted = services.message_post(
        room=room, author=alice, body="@bob deleted", client_id=uuid.uuid4()
    ).message
    services.message_delete(room=room, actor=alice, message_id=deleted.pk)
    services.message_post_system(room=room, body="dave joined")

    def counts(user):
        return {
            m.room.slug: (m.unread_count, m.mention_count)
            for m in selectors.lobby_memberships(user=user)
        }

    # bob read up to the first two; his own message moved his read mark to the end.
    assert counts(bob) == {"tea-room": (0, 0)}
    services.membership_leave(room=room, user=bob)
    services.membership_join(room=room, user=bob)
    assert counts(bob) == {"tea-room": (6, 2)}
    assert counts(carol) == {"tea-room": (7, 1)}
    # alice wrote after bob did: writing marks the room read up to your message.
    assert counts(alice) == {"tea-room": (0, 0)}


def test_lobby_query_count_is_constant(alice, bob, django_assert_num_queries):
    for i in range(6):
        room = services.room_create(creator=bob, name=f"Room {i}")
        services.membership_join(room=room, user=alice)
        post_many(room, bob, 3)
    with django_assert_num_queries(1):
        assert len(selectors.lobby_memberships(user=alice)) == 6
