"""Message search (issue 11, part 4), on whichever database the run has: FTS5 on SQLite, a GIN
index on PostgreSQL. The same assertions hold for both."""

from __future__ import annotations

import uuid

import pytest
from django.db import connection
from django.urls import reverse

from rooms import search, services
from rooms.models import Message


def post(room, author, body: str) -> Message:
    services.membership_join(room=room, user=author)
    result = services.message_post(room=room, author=author, body=body, client_id=uuid.uuid4())
    return result.message


def found(user, query: str, **kwargs) -> list[tuple[str, str, str]]:
    """(room name, body, snippet with [marks]) of each result, newest first."""
    page = search.messages_search(user=user, query=query, **kwargs)
    return [
        (
            result.message.room.name,
            result.message.body,
            "".join(f"[{p.text}]" if p.match else p.text for p in result.snippet),
        )
        for result in page.results
    ]


@pytest.fixture
def garden(alice):
    return services.room_create(creator=alice, name="Garden")


def test_words_found_newest_first_with_marked_snippets(alice, bob, room, garden):
    post(room, alice, "The kettle is on")
    post(room, bob, "Green tea or black tea?")
    post(garden, alice, "Tea in the garden, KETTLE included")
    post(room, bob, "teapot is not a word we search for")
    assert found(alice, "tea") == [
        ("Garden", "Tea in the garden, KETTLE included", "[Tea] in the garden, KETTLE included"),
        ("Tea Room", "Green tea or black tea?", "Green [tea] or black [tea]?"),
    ]
    # Every word must be there, in any order and case.
    assert found(alice, "kettle TEA") == [
        ("Garden", "Tea in the garden, KETTLE included", "[Tea] in the garden, [KETTLE] included")
    ]
    assert found(alice, "kettle") == [
        ("Garden", "Tea in the garden, KETTLE included", "Tea in the garden, [KETTLE] included"),
        ("Tea Room", "The kettle is on", "The [kettle] is on"),
    ]


def test_long_message_snippet_is_cut_around_the_match(alice, room):
    words = [f"word{n}" for n in range(200)]
    words[120] = "needle"
    post(room, alice, " ".join(words))
    ((_, _, snippet),) = found(alice, "needle")
    assert "[needle]" in snippet
    assert snippet.startswith("…") and snippet.endswith("…")
    assert "word0 " not in snippet and "word199" not in snippet
    assert len(snippet) < 300


def test_snippet_text_stays_escaped(alice, client_for, room):
    post(room, alice, '<script>alert("tea")</script> <b>tea</b> & biscuits')
    response = client_for(alice).get(reverse("message_search"), {"q": "tea"})
    html = response.content.decode()
    assert "<script>alert" not in html and "<b>" not in html
    assert (
        "&lt;script&gt;alert(&quot;<mark>tea</mark>&quot;)&lt;/script&gt; "
        "&lt;b&gt;<mark>tea</mark>&lt;/b&gt; &amp; biscuits"
    ) in html


def test_only_rooms_you_are_a_member_of(alice, bob, carol, room, private_room):
    post(private_room, alice, "secret plans for tea")
    post(room, alice, "public musings on tea")
    # Carol is in neither room: not even the public one's messages (search is of your rooms).
    assert found(carol, "tea") == []
    assert found(bob, "secret") == []
    post(room, bob, "hello")
    assert [body for _, body, _ in found(bob, "tea")] == ["public musings on tea"]
    # Invited into the private room, bob finds its messages; once he leaves, no more.
    services.membership_join(room=private_room, user=bob, invited=True)
    assert [body for _, body, _ in found(bob, "tea")] == [
        "public musings on tea",
        "secret plans for tea",
    ]
    services.membership_leave(room=private_room, user=bob)
    services.membership_leave(room=room, user=bob)
    assert found(bob, "tea") == []


def test_deleted_never_found_and_edited_found_by_new_text(alice, room):
    gone = post(room, alice, "a message about scones")
    changed = post(room, alice, "first draft about muffins")
    services.message_delete(room=room, actor=alice, message_id=gone.pk)
    services.message_edit(room=room, editor=alice, message_id=changed.pk, body="now crumpets")
    assert found(alice, "scones") == []
    assert found(alice, "muffins") == []
    assert found(alice, "crumpets") == [("Tea Room", "now crumpets", "now [crumpets]")]
    # Deleting the edited one takes it out too.
    services.message_delete(room=room, actor=alice, message_id=changed.pk)
    assert found(alice, "crumpets") == []


def test_system_notices_are_not_searched(alice, bob, room):
    services.membership_join(room=room, user=bob, announce=True)
    assert Message.objects.filter(kind=Message.Kind.SYSTEM, body__contains="bob").exists()
    assert found(alice, "bob") == []


@pytest.mark.parametrize(
    "query",
    [
        '"',
        '"tea',
        "tea*",
        "*",
        "NEAR(tea kettle)",
        "tea OR nothing",
        "tea AND",
        "body:tea",
        "tea) OR (1=1",
        "'; DROP TABLE rooms_message; --",
        "tea -kettle",
        "^tea",
        "tea & | ! :*",
        "<mark>tea</mark>",
        "\ue000tea\ue001",
    ],
)
def test_hostile_queries_are_plain_words(alice, client_for, room, query):
    post(room, alice, "tea OR nothing NEAR the kettle")
    response = client_for(alice).get(reverse("message_search"), {"q": query})
    assert response.status_code == 200
    words = search.search_words(query)
    results = found(alice, query)
    body = "tea OR nothing NEAR the kettle"
    expected_match = {w.lower() for w in words} <= set(body.lower().split())
    assert [b for _, b, _ in results] == ([body] if words and expected_match else [])
    assert Message.objects.count() >= 1  # the table is still there


def test_the_search_page(alice, client_for, room):
    post(room, alice, "scones with jam")
    client = client_for(alice)
    empty = client.get(reverse("message_search")).content.decode()
    assert 'id="search-results"' not in empty and 'id="search-problem"' not in empty
    html = client.get(reverse("message_search"), {"q": "jam"}).content.decode()
    message = Message.objects.get(body="scones with jam")
    assert f'href="/rooms/tea-room/?at={message.pk}"' in html
    assert "scones with <mark>jam</mark>" in html and "Tea Room" in html and "alice" in html
    none = client.get(reverse("message_search"), {"q": "marmalade"}).content.decode()
    assert "No messages in your rooms hold “marmalade”." in none
    too_long = client.get(reverse("message_search"), {"q": "jam " * 60})
    assert too_long.status_code == 200
    assert "Search for at most 200 characters (this has 239)" in too_long.content.decode()
    punctuation = client.get(reverse("message_search"), {"q": "!!! ***"}).content.decode()
    assert "Search for words: letters or digits, not only punctuation." in punctuation
    assert client.get(reverse("message_search"), {"q": "jam", "before": "x"}).status_code == 400


def test_keyset_pages_and_constant_queries(alice, client_for, room, django_assert_num_queries):
    for n in range(45):
        post(room, alice, f"jam number {n}")
    first = search.messages_search(user=alice, query="jam")
    assert [r.message.body for r in first.results] == [f"jam number {n}" for n in range(44, 24, -1)]
    second = search.messages_search(user=alice, query="jam", before=first.next_before)
    assert [r.message.body for r in second.results] == [f"jam number {n}" for n in range(24, 4, -1)]
    third = search.messages_search(user=alice, query="jam", before=second.next_before)
    assert [r.message.body for r in third.results] == [f"jam number {n}" for n in range(4, -1, -1)]
    assert third.next_before is None
    client = client_for(alice)
    # Session, user, then the search and the messages with their rooms and authors.
    with django_assert_num_queries(4):
        response = client.get(reverse("message_search"), {"q": "jam"})
    assert response.content.decode().count('class="search-result"') == 20
    more = client.get(
        reverse("message_search"),
        {"q": "jam", "before": first.next_before},
        headers={"HX-Request": "true", "HX-Target": "search-more"},
    ).content.decode()
    assert more.count('class="search-result"') == 20 and "<h1>" not in more


def test_postgres_search_uses_the_gin_index(alice, room):
    if connection.vendor != "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT name FROM sqlite_master WHERE name LIKE 'rooms_message_search%'")
            names = {row[0] for row in cursor.fetchall()}
        # A later migration that rebuilds rooms_message on SQLite (as some field changes do)
        # drops its triggers: it must create them again (rooms/migrations/0008_message_search).
        assert {
            "rooms_message_search",
            "rooms_message_search_insert",
            "rooms_message_search_update",
            "rooms_message_search_delete",
        } <= names
        return
    from django.contrib.postgres.search import SearchQuery, SearchVector

    # On a table this small the planner may prefer walking the primary key and filtering each
    # row to any index: with scans of the table and plain index scans off, what is left is the
    # bitmap scan a GIN index gives, if the query can use it.
    with connection.cursor() as cursor:
        cursor.execute("SET enable_seqscan = off")
        cursor.execute("SET enable_indexscan = off")
        query = (
            Message.objects.annotate(document=SearchVector(search.searched_text(), config="simple"))
            .filter(document=SearchQuery("tea", config="simple"), deleted_at__isnull=True)
            .exclude(kind="system")
        )
        plan = query.explain()
        cursor.execute("RESET enable_seqscan")
        cursor.execute("RESET enable_indexscan")
    assert "rooms_message_search_idx" in plan


def test_room_opens_at_a_message_with_history_around_it(alice, client_for, room):
    messages = [post(room, alice, f"line {n}") for n in range(120)]
    target = messages[40]
    client = client_for(alice)
    html = client.get(reverse("room", args=[room.slug]), {"at": target.pk}).content.decode()
    assert f'data-at="{target.pk}"' in html
    shown = [m.pk for m in messages if f'id="message-{m.pk}"' in html]
    # 25 up to the target and 25 after it, with "load older" and "load newer" around them.
    assert shown == [m.pk for m in messages[16:66]]
    assert f"?before={messages[16].pk}" in html
    assert f"?after={messages[65].pk}" in html and 'id="load-newer"' in html
    newer = client.get(reverse("room_history", args=[room.slug]), {"after": messages[65].pk})
    newer_html = newer.content.decode()
    assert [m.pk for m in messages if f'id="message-{m.pk}"' in newer_html] == [
        m.pk for m in messages[66:116]
    ]
    assert f"?after={messages[115].pk}" in newer_html and "load-older" not in newer_html
    last = client.get(reverse("room_history", args=[room.slug]), {"after": messages[115].pk})
    assert "load-newer" not in last.content.decode()
    assert last.content.decode().count('class="message ') == 4
    # A message of another room, or no message, opens the room at its latest.
    latest = client.get(reverse("room", args=[room.slug]), {"at": "nonsense"}).content.decode()
    assert "data-at" not in latest and 'id="load-newer"' not in latest
    assert f'id="message-{messages[-1].pk}"' in latest


def test_room_at_a_private_message_is_a_404_for_others(alice, bob, client_for, private_room):
    secret = post(private_room, alice, "secret")
    response = client_for(bob).get(reverse("room", args=[private_room.slug]), {"at": secret.pk})
    assert response.status_code == 404


def test_words_in_angle_brackets_and_entities_are_words(alice, room):
    # PostgreSQL's parser would take these for an HTML tag and an entity, and leave them out.
    post(room, alice, "Who keeps the <lighthouse>? Use &amp; or <b>bold</b>")
    assert found(alice, "lighthouse") == [
        (
            "Tea Room",
            "Who keeps the <lighthouse>? Use &amp; or <b>bold</b>",
            "Who keeps the <[lighthouse]>? Use &amp; or <b>bold</b>",
        )
    ]
    assert [snippet for _, _, snippet in found(alice, "amp bold")] == [
        "Who keeps the <lighthouse>? Use &[amp]; or <b>[bold]</b>"
    ]


def test_opening_at_a_message_costs_one_query_more_whatever_the_history(alice, client_for, room):
    from django.db import connection as db
    from django.test.utils import CaptureQueriesContext

    client = client_for(alice)
    url = reverse("room", args=[room.slug])
    counts = []
    for more in (30, 120):  # a room of 30 messages, then of 150
        messages = [post(room, alice, f"line {n}") for n in range(more)]
        client.get(url)  # the fragment cache warm, as for any reader after the first
        with CaptureQueriesContext(db) as plain:
            client.get(url)
        with CaptureQueriesContext(db) as at:
            response = client.get(url, {"at": messages[len(messages) // 2].pk})
        assert response.status_code == 200
        counts.append((len(plain), len(at)))
    # messages_around reads up to and after the message: two queries where the latest page is one.
    assert counts[0] == counts[1]
    assert counts[0][1] == counts[0][0] + 1
