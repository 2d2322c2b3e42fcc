from __future__ import annotations

import threading
import uuid

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection

from rooms import services
from rooms.models import Membership, Message, Room


def test_room_create_makes_creator_owner(alice):
    room = services.room_create(creator=alice, name="  Book Club ", topic=" Novels ")

    assert (room.name, room.slug, room.topic, room.is_private) == (
        "Book Club",
        "book-club",
        "Novels",
        False,
    )
    assert list(room.memberships.values_list("user__username", "role")) == [("alice", "owner")]


def test_room_create_gives_each_room_a_unique_slug(alice, bob):
    slugs = [services.room_create(creator=alice, name="General").slug for _ in range(3)]
    slugs.append(services.room_create(creator=bob, name="general").slug)

    assert slugs == ["general", "general-2", "general-3", "general-4"]


def test_room_create_never_shadows_the_new_room_url(alice):
    assert services.room_create(creator=alice, name="New").slug == "new-2"


def test_room_create_without_ascii_letters_still_gets_a_slug(alice):
    assert services.room_create(creator=alice, name="☕☕").slug == "room"


def test_a_room_named_with_markup_gets_a_slug_of_its_words(alice):
    # The name stays as typed (and shows escaped); the address leaves the tags out.
    room = services.room_create(creator=alice, name="Tea & Physics <b>club</b>")
    assert (room.name, room.slug) == ("Tea & Physics <b>club</b>", "tea-physics-club")
    assert services.room_create(creator=alice, name="<i></i>").slug == "room"


@pytest.mark.parametrize("name", ["", "   ", "x" * 81])
def test_room_create_rejects_bad_names(alice, name):
    with pytest.raises(ValidationError):
        services.room_create(creator=alice, name=name)
    assert Room.objects.count() == 0


def test_membership_join_public_room_once(room, bob):
    first = services.membership_join(room=room, user=bob)
    second = services.membership_join(room=room, user=bob)

    assert first.pk == second.pk
    assert first.role == Membership.Role.MEMBER
    assert room.memberships.count() == 2


def test_membership_join_private_room_is_refused(private_room, bob):
    with pytest.raises(PermissionDenied):
        services.membership_join(room=private_room, user=bob)
    assert not private_room.memberships.filter(user=bob).exists()


def test_membership_leave_keeps_room_and_history(room, alice, bob):
    services.membership_join(room=room, user=bob)
    services.message_post(room=room, author=bob, body="bye", client_id=uuid.uuid4())

    services.membership_leave(room=room, user=bob)

    assert list(room.memberships.values_list("user__username", flat=True)) == ["alice"]
    assert list(room.messages.values_list("body", flat=True)) == ["bye", "bob left the room."]


def test_membership_mark_read_never_moves_backwards(room, alice):
    older, newer = (
        services.message_post(room=room, author=alice, body=b, client_id=uuid.uuid4()).message
        for b in ["older", "newer"]
    )
    membership = room.memberships.get(user=alice)
    services.membership_mark_read(membership=membership, message_id=newer.pk)
    services.membership_mark_read(membership=membership, message_id=older.pk)

    membership.refresh_from_db()
    assert membership.last_read_message_id == newer.pk


def test_message_post_saves_stripped_body(room, alice):
    client_id = uuid.uuid4()
    result = services.message_post(
        room=room, author=alice, body="  hello\nworld  ", client_id=str(client_id)
    )

    assert result.created is True
    saved = Message.objects.get()
    assert (saved.pk, saved.body, saved.client_id, saved.author, saved.kind) == (
        result.message.pk,
        "hello\nworld",
        client_id,
        alice,
        "user",
    )


@pytest.mark.parametrize(
    ("body", "code"),
    [
        ("", "empty"),
        ("   \n\t ", "empty"),
        ("x" * 4001, "too_long"),
        (None, "invalid"),
        (42, "invalid"),
        (["hi"], "invalid"),
        ("nul\x00byte", "invalid"),
    ],
)
def test_message_post_rejects_bad_bodies(room, alice, body, code):
    with pytest.raises(ValidationError) as raised:
        services.message_post(room=room, author=alice, body=body, client_id=uuid.uuid4())
    assert raised.value.code == code
    assert Message.objects.count() == 0


def test_message_post_accepts_exactly_the_limit(room, alice):
    body = "é" * 4000
    result = services.message_post(room=room, author=alice, body=body, client_id=uuid.uuid4())
    assert Message.objects.get(pk=result.message.pk).body == body


@pytest.mark.parametrize("client_id", [None, "", "not-a-uuid", 12, {"a": 1}])
def test_message_post_requires_a_uuid_client_id(room, alice, client_id):
    with pytest.raises(ValidationError) as raised:
        services.message_post(room=room, author=alice, body="hi", client_id=client_id)
    assert raised.value.code == "client_id"
    assert Message.objects.count() == 0


def test_message_post_requires_membership(room, bob):
    with pytest.raises(PermissionDenied):
        services.message_post(room=room, author=bob, body="hi", client_id=uuid.uuid4())
    assert Message.objects.count() == 0


def test_message_post_same_client_id_returns_the_saved_message(room, alice):
    client_id = uuid.uuid4()
    first = services.message_post(room=room, author=alice, body="once", client_id=client_id)
    again = services.message_post(room=room, author=alice, body="once", client_id=client_id)

    assert (first.created, again.created) == (True, False)
    assert again.message.pk == first.message.pk
    assert Message.objects.count() == 1


def test_message_post_client_ids_are_per_author(room, alice, bob):
    services.membership_join(room=room, user=bob)
    client_id = uuid.uuid4()
    services.message_post(room=room, author=alice, body="from alice", client_id=client_id)
    result = services.message_post(room=room, author=bob, body="from bob", client_id=client_id)

    assert result.created is True
    assert list(room.messages.values_list("body", flat=True)) == ["from alice", "from bob"]


@pytest.mark.django_db(transaction=True)
def test_message_post_concurrent_retries_make_one_row(room, alice):
    """Threads racing the same sends: one row per client_id, and all see the same message."""
    threads_count, rounds = 4, 15
    client_ids = [uuid.uuid4() for _ in range(rounds)]
    results: list[list] = [[] for _ in range(threads_count)]
    barrier = threading.Barrier(threads_count)
    errors: list[BaseException] = []

    def sender(index: int) -> None:
        try:
            for client_id in client_ids:
                barrier.wait(timeout=30)
                results[index].append(
                    services.message_post(
                        room=room, author=alice, body=f"race {client_id}", client_id=client_id
                    )
                )
        except BaseException as error:  # reported to the test thread below
            errors.append(error)
            barrier.abort()
        finally:
            connection.close()

    threads = [threading.Thread(target=sender, args=(i,)) for i in range(threads_count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    assert errors == []
    assert Message.objects.count() == rounds
    for round_index, client_id in enumerate(client_ids):
        outcomes = [results[t][round_index] for t in range(threads_count)]
        assert {r.message.pk for r in outcomes} == {Message.objects.get(client_id=client_id).pk}
        assert sum(r.created for r in outcomes) == 1


# Group commit: several sends in one transaction ------------------------------------------


def test_messages_post_writes_a_batch_with_consecutive_seqs(room, alice, bob, carol):
    services.membership_join(room=room, user=bob)
    saved = services.message_post(room=room, author=alice, body="before", client_id=uuid.uuid4())
    retried_id = uuid.uuid4()
    services.message_post(room=room, author=bob, body="sent once", client_id=retried_id)
    twice = uuid.uuid4()
    posts = [
        services.Post(author=alice, body="one", client_id=uuid.uuid4()),
        services.Post(author=alice, body="   ", client_id=uuid.uuid4()),  # empty
        services.Post(author=carol, body="not a member", client_id=uuid.uuid4()),
        services.Post(author=bob, body="sent once", client_id=retried_id),  # a retry
        services.Post(author=bob, body="two", client_id=twice),
        services.Post(author=bob, body="two", client_id=twice),  # the same send, twice
    ]

    results = services.messages_post(room=room, posts=posts)

    created = [r.message for r in results if isinstance(r, services.PostResult) and r.created]
    assert [m.body for m in created] == ["one", "two"]
    assert isinstance(results[1], ValidationError) and results[1].code == "empty"
    assert isinstance(results[2], PermissionDenied)
    assert (results[3].created, results[3].message.body) == (False, "sent once")
    assert (results[5].created, results[5].message.pk) == (False, results[4].message.pk)
    rows = list(Message.objects.filter(room=room).order_by("seq").values_list("body", "seq"))
    assert rows == [("before", 1), ("sent once", 2), ("one", 3), ("two", 4)]
    assert Room.objects.get(pk=room.pk).seq == 4
    # Each author's read mark is their newest message.
    marks = dict(
        Membership.objects.filter(room=room).values_list("user__username", "last_read_message_id")
    )
    assert marks == {"alice": created[0].pk, "bob": created[1].pk}
    assert saved.message.pk < created[0].pk


def test_messages_post_batch_refuses_a_membership_that_ended(room, alice, bob):
    services.membership_join(room=room, user=bob)
    bob_membership = Membership.objects.get(room=room, user=bob)
    bob_membership.delete()  # staff removed bob after his socket loaded his membership
    posts = [
        services.Post(author=alice, body="still here", client_id=uuid.uuid4()),
        services.Post(author=bob, body="sneaky", client_id=uuid.uuid4(), membership=bob_membership),
    ]

    results = services.messages_post(room=room, posts=posts)

    assert results[0].created and results[0].message.body == "still here"
    assert isinstance(results[1], PermissionDenied)
    assert list(Message.objects.values_list("body", "seq")) == [("still here", 1)]
