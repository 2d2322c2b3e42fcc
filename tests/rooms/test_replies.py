"""Replies (issue 11, part 2): a message answers another of its room, shows a quote of it
(author, first line) that links to it, and the quote says "deleted message" once it is."""

from __future__ import annotations

import re
import uuid

import pytest
from channels.db import database_sync_to_async
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from rooms import services
from rooms.models import Message
from tests.rooms.sockets import TIMEOUT, connected_socket, frame, message_ids

QUOTE = re.compile(
    r'<a class="reply-quote".*?</a>|<span class="reply-quote is-gone">.*?</span></span>'
)


def post(room, author, body, reply_to=None):
    return services.message_post(
        room=room, author=author, body=body, client_id=uuid.uuid4(), reply_to=reply_to
    ).message


def quotes(html: str) -> list[str]:
    return QUOTE.findall(html)


def quote_html(original: Message, author: str, excerpt: str) -> str:
    return (
        f'<a class="reply-quote" href="?at={original.pk}" data-reply-to="{original.pk}" '
        'title="Show the message this answers"><span class="visually-hidden">In reply to </span>'
        f'<span class="reply-author">{author}</span> '
        f'<span class="reply-excerpt">{excerpt}</span></a>'
    )


GONE = (
    '<span class="reply-quote is-gone"><span class="visually-hidden">In reply to a </span>'
    '<span class="reply-excerpt">deleted message</span></span>'
)


def test_a_reply_keeps_the_original_and_shows_its_author_and_first_line(
    client_for, room, alice, bob
):
    services.membership_join(room=room, user=bob)
    original = post(room, alice, "\n  **Tea** at <five>?\nsecond line")
    reply = post(room, bob, "yes!", reply_to=str(original.pk))

    reply.refresh_from_db()
    assert (reply.reply_to_id, reply.reply_author, reply.reply_excerpt) == (
        original.pk,
        "alice",
        "Tea at <five>?",
    )
    html = client_for(bob).get(f"/rooms/{room.slug}/").content.decode()
    assert quotes(html) == [quote_html(original, "alice", "Tea at &lt;five&gt;?")]


@pytest.mark.parametrize(
    ("body", "excerpt"),
    [
        ("**tasting** notes, _first_ ~~draft~~\nsecond line", "tasting notes, first draft"),
        ("see [the menu](https://example.com/menu) and `tea()`", "see the menu and tea()"),
        ("> quoted *words*\n\nafter", "quoted words"),
        ("- item **one**\n- two", "item one"),
        ("```python\n\nprint('hi')\n```", "print('hi')"),
        ("a \\*literal\\* star", "a *literal* star"),
    ],
)
def test_the_quote_shows_the_first_line_as_people_read_it_without_its_markdown(
    room, alice, body, excerpt
):
    original = post(room, alice, body)
    reply = post(room, alice, "this", reply_to=original.pk)
    assert reply.reply_excerpt == excerpt


def test_the_first_line_is_cut_at_a_hundred_characters(room, alice):
    original = post(room, alice, "word " * 60)
    reply = post(room, alice, "long", reply_to=original.pk)
    assert reply.reply_excerpt == ("word " * 20)[:99].rstrip() + "…"
    assert len(reply.reply_excerpt) <= 100


@pytest.mark.parametrize(
    ("reply_to", "error"),
    [
        ("other room", "You can only reply to a message in this room."),
        (10**9, "You can only reply to a message in this room."),
        ("abc", "Which message are you replying to?"),
        (-1, "Which message are you replying to?"),
        ({"id": 1}, "Which message are you replying to?"),
        ("deleted", "That message was deleted: there is nothing to reply to."),
    ],
)
def test_a_reply_to_what_is_not_here_is_refused(room, alice, bob, reply_to, error):
    other = services.room_create(creator=bob, name="Elsewhere", is_private=True)
    if reply_to == "other room":
        reply_to = post(other, bob, "a secret").pk
    elif reply_to == "deleted":
        reply_to = post(room, alice, "gone soon").pk
        services.message_delete(room=room, actor=alice, message_id=reply_to)
    before = Message.objects.count()

    with pytest.raises(ValidationError) as refused:
        post(room, alice, "hello", reply_to=reply_to)

    assert refused.value.messages == [error]
    assert Message.objects.count() == before


def test_an_edit_of_the_original_leaves_the_quote_as_it_was_answered(room, alice, bob):
    services.membership_join(room=room, user=bob)
    original = post(room, alice, "meet at 5")
    reply = post(room, bob, "ok", reply_to=original.pk)
    services.message_edit(room=room, editor=alice, message_id=original.pk, body="meet at 6")
    reply.refresh_from_db()
    assert reply.reply_excerpt == "meet at 5"


def test_deleting_the_original_turns_each_quote_into_deleted_message(client_for, room, alice, bob):
    services.membership_join(room=room, user=bob)
    original = post(room, alice, "a secret I regret")
    replies = [post(room, bob, f"reply {i}", reply_to=original.pk) for i in range(2)]
    seqs = [r.seq for r in replies]

    services.message_delete(room=room, actor=alice, message_id=original.pk)

    for reply in replies:
        reply.refresh_from_db()
    assert [r.reply_excerpt for r in replies] == ["", ""]
    # A new seq each, after the delete's: open pages and catch-up see them changed.
    room.refresh_from_db()
    assert [r.seq for r in replies] == [room.seq - 1, room.seq]
    assert all(new > old for new, old in zip([r.seq for r in replies], seqs, strict=True))
    html = client_for(bob).get(f"/rooms/{room.slug}/").content.decode()
    assert quotes(html) == [GONE, GONE]
    assert "a secret" not in html


def test_replies_cost_the_page_no_query(client_for, room, alice, bob):
    services.membership_join(room=room, user=bob)
    first = post(room, alice, "first")
    for i in range(5):
        post(room, bob, f"plain {i}")
    client = client_for(bob)
    client.get(f"/rooms/{room.slug}/")  # warm: sessions, caches
    with CaptureQueriesContext(connection) as plain:
        client.get(f"/rooms/{room.slug}/")
    for i in range(5):
        post(room, bob, f"reply {i}", reply_to=first.pk)
    with CaptureQueriesContext(connection) as with_replies:
        html = client.get(f"/rooms/{room.slug}/").content.decode()
    assert len(quotes(html)) == 5
    assert len(with_replies) == len(plain)


def test_a_batch_with_replies_looks_the_originals_up_in_one_query(
    room, alice, bob, django_assert_num_queries
):
    services.membership_join(room=room, user=bob)
    one, two = post(room, alice, "one"), post(room, alice, "two")
    posts = [
        services.Post(author=bob, body=f"re {m.pk}", client_id=uuid.uuid4(), reply_to=m.pk)
        for m in (one, two)
    ]
    with CaptureQueriesContext(connection) as queries:
        results = services.messages_post(room=room, posts=posts)
    looked_up = [
        q for q in queries if "rooms_message" in q["sql"] and q["sql"].startswith("SELECT")
    ]
    assert len(looked_up) == 1
    assert [r.message.reply_to_id for r in results] == [one.pk, two.pk]


# Over the socket ---------------------------------------------------------------------------


@database_sync_to_async
def saved(pk):
    return Message.objects.filter(pk=pk).values_list("body", "reply_to_id").first()


@pytest.mark.django_db(transaction=True)
async def test_a_reply_frame_saves_the_reply_and_the_room_sees_its_quote(
    room, alice, bob, channel_layer
):
    await database_sync_to_async(services.membership_join)(room=room, user=bob)
    original = await database_sync_to_async(post)(room, alice, "lunch?")
    sender = await connected_socket(room.slug, bob)
    watcher = await connected_socket(room.slug, alice)

    await sender.send_to(text_data=frame("sure", reply_to=str(original.pk)))

    seen = [await s.receive_from(timeout=TIMEOUT) for s in (sender, watcher)]
    assert seen[0] == seen[1]
    (pk,) = message_ids(seen[0])
    assert await saved(pk) == ("sure", original.pk)
    assert quotes(seen[0]) == [quote_html(original, "alice", "lunch?")]
    await sender.disconnect()
    await watcher.disconnect()


@pytest.mark.django_db(transaction=True)
async def test_a_reply_across_rooms_is_refused_to_the_sender_only(room, alice, bob, channel_layer):
    await database_sync_to_async(services.membership_join)(room=room, user=bob)
    other = await database_sync_to_async(services.room_create)(
        creator=alice, name="Secret", is_private=True
    )
    hidden = await database_sync_to_async(post)(other, alice, "private words")
    sender = await connected_socket(room.slug, bob)
    watcher = await connected_socket(room.slug, alice)
    client_id = str(uuid.uuid4())

    await sender.send_to(text_data=frame("peek", client_id, reply_to=hidden.pk))

    error = await sender.receive_from(timeout=TIMEOUT)
    assert error.startswith('<div id="composer-error"')
    assert "You can only reply to a message in this room." in error
    assert client_id in error
    assert await watcher.receive_nothing(timeout=0.2)
    count = await database_sync_to_async(Message.objects.filter(room=room).count)()
    assert count == 0
    await sender.disconnect()
    await watcher.disconnect()


@pytest.mark.django_db(transaction=True)
async def test_deleting_the_original_shows_deleted_message_live(room, alice, bob, channel_layer):
    await database_sync_to_async(services.membership_join)(room=room, user=bob)
    original = await database_sync_to_async(post)(room, alice, "oops")
    reply = await database_sync_to_async(post)(room, bob, "what?", reply_to=original.pk)
    watcher = await connected_socket(room.slug, bob)

    await database_sync_to_async(services.message_delete)(
        room=room, actor=alice, message_id=original.pk
    )

    frames = [await watcher.receive_from(timeout=TIMEOUT) for _ in range(2)]
    assert message_ids(frames[0]) == [original.pk]
    assert message_ids(frames[1]) == [reply.pk]
    assert quotes(frames[1]) == [GONE]
    await watcher.disconnect()
