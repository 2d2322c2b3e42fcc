"""Only real people and personas are shown as mentions (issue 9, row 4): the names a message
mentions are looked up when it is written, not when it is shown."""

from __future__ import annotations

import re
import uuid

import pytest

from accounts.models import User
from rooms import services
from rooms.models import Membership, Message

MENTION_SPAN = re.compile(r'<span class="mention" data-username="([^"]+)">([^<]*)</span>')


def post(room, author, body: str) -> Message:
    return services.message_post(
        room=room, author=author, body=body, client_id=uuid.uuid4()
    ).message


def shown_body(html: str, message: Message) -> str:
    article = re.search(rf'<article id="message-{message.pk}".*?</article>', html, re.S).group(0)
    return re.search(r'<div class="message-body">(.*?)</div>', article, re.S).group(1)


@pytest.fixture
def einstein(db) -> User:
    """A persona's account (its persona row does not matter here)."""
    return User.objects.create(username="einstein", is_persona=True)


def test_only_real_people_and_personas_show_as_mentions(
    client_for, room, alice, bob, carol, einstein
):
    services.membership_join(room=room, user=bob)
    message = post(room, alice, "@hopper meet @Bob, @einstein and @carol; mail me@example.org")

    body = shown_body(client_for(alice).get(f"/rooms/{room.slug}/").content.decode(), message)

    # @hopper names nobody: plain text. @Bob is bob (usernames ignore case); carol is a real
    # person not in the room; einstein a persona's account.
    assert MENTION_SPAN.findall(body) == [
        ("bob", "@Bob"),
        ("einstein", "@einstein"),
        ("carol", "@carol"),
    ]
    assert body.startswith("@hopper meet ")
    assert sorted(message.mention_names) == ["bob", "carol", "einstein"]
    # Only members count it among their mentions (lobby badges).
    assert list(message.mentions.values_list("username", flat=True)) == ["bob"]


def test_the_live_frame_shows_the_same_mentions(room, alice, bob):
    from rooms import events

    services.membership_join(room=room, user=bob)
    message = post(room, alice, "@nobody, @bob")
    message = Message.objects.get(pk=message.pk)

    assert MENTION_SPAN.findall(events.messages_frame([message])) == [("bob", "@bob")]


def test_an_edit_looks_the_mentions_up_again(room, alice, bob, carol):
    services.membership_join(room=room, user=bob)
    message = post(room, alice, "hi @bob")

    services.message_edit(room=room, editor=alice, message_id=message.pk, body="hi @carol @zed")
    message.refresh_from_db()

    assert message.mention_names == ["carol"]
    assert list(message.mentions.all()) == []  # carol is not a member


def test_a_deleted_message_keeps_no_mentions(room, alice, bob):
    services.membership_join(room=room, user=bob)
    message = post(room, alice, "hi @bob")

    services.message_delete(room=room, actor=alice, message_id=message.pk)
    message.refresh_from_db()

    assert (message.mention_names, list(message.mentions.all())) == ([], [])


def test_a_batch_looks_its_mentions_up_in_one_query(
    room, alice, bob, carol, django_assert_num_queries
):
    services.membership_join(room=room, user=bob)
    services.membership_join(room=room, user=carol)
    sends = [
        services.Post(author=author, body=body, client_id=uuid.uuid4())
        for author, body in [(alice, "@bob hi"), (bob, "plain"), (carol, "@alice @bob @x")]
    ]
    memberships = {m.user_id: m for m in Membership.objects.filter(room=room)}
    sends = [
        services.Post(
            author=s.author, body=s.body, client_id=s.client_id, membership=memberships[s.author.pk]
        )
        for s in sends
    ]
    # SAVEPOINT, the room's seq, the accounts mentioned, the INSERT, the mentions of members,
    # the read marks, RELEASE.
    with django_assert_num_queries(7):
        results = services.messages_post(room=room, posts=sends)

    names = [r.message.mention_names for r in results]
    assert names == [["bob"], [], ["alice", "bob"]]
    mentioned = Message.mentions.through.objects.order_by("message_id", "user_id")
    assert [(m.message.body, m.user.username) for m in mentioned] == [
        ("@bob hi", "bob"),
        ("@alice @bob @x", "alice"),
        ("@alice @bob @x", "bob"),
    ]
