"""The lobby's public rooms, paged and searched, and the daily cap on new rooms."""

from __future__ import annotations

import re
import threading
from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from bots import services as bot_services
from rooms import selectors, services
from rooms.models import Room

CARD = re.compile(r'<a class="room-card" id="room-card-([\w-]+)"')
MORE = re.compile(r'<li id="public-rooms-more">\s*<a [^>]*href="([^"]+)"')


def public_slugs(html: str) -> list[str]:
    """The room cards under "Public rooms" (the lobby's own rooms come before)."""
    return CARD.findall(html.split("<h2>Public rooms</h2>", 1)[-1])


def more_url(html: str) -> str | None:
    match = MORE.search(html)
    return match.group(1).replace("&amp;", "&") if match else None


def rooms_limit_error(limit: int) -> str:
    return (
        f"You have created {limit} rooms today, the most allowed in a day. "
        "You can create more tomorrow (UTC)."
    )


@pytest.fixture
def hundred_rooms(db, carol) -> list[str]:
    """100 public rooms by someone else, with names whose order is not their creation order."""
    names = [f"Room {(n * 37) % 100:03d}" for n in range(100)]
    for name in names:
        services.room_create(creator=carol, name=name, topic=f"Topic of {name}")
    return sorted(f"room-{name[-3:]}" for name in names)


# Daily cap on new rooms ----------------------------------------------------------------------


def test_a_hundred_new_rooms_in_a_row_stop_at_the_daily_cap(client_for, alice, settings):
    """The probe: 100 rooms in 3 s were all accepted."""
    assert settings.SALON_ROOMS_PER_PERSON_DAILY == 10  # the default
    client = client_for(alice)
    statuses = [client.post("/rooms/new/", {"name": f"Spam {n}"}).status_code for n in range(100)]
    assert statuses == [302] * 10 + [400] * 90
    assert Room.objects.filter(created_by=alice).count() == 10

    response = client.post("/rooms/new/", {"name": "One more", "topic": "please"})
    html = response.content.decode()
    assert f'<div class="form-errors" role="alert"><p>{rooms_limit_error(10)}</p></div>' in html
    # The form keeps what was typed.
    assert 'value="One more"' in html and 'value="please"' in html


def test_the_cap_is_per_person_and_per_day(client_for, alice, bob, settings):
    settings.SALON_ROOMS_PER_PERSON_DAILY = 2
    for n in range(2):
        assert client_for(alice).post("/rooms/new/", {"name": f"A{n}"}).status_code == 302
    assert client_for(alice).post("/rooms/new/", {"name": "A2"}).status_code == 400
    assert client_for(bob).post("/rooms/new/", {"name": "B0"}).status_code == 302

    Room.objects.filter(created_by=alice).update(created_at=timezone.now() - timedelta(days=1))
    assert client_for(alice).post("/rooms/new/", {"name": "A2"}).status_code == 302


def test_one_to_one_persona_chats_do_not_count(client_for, alice, settings):
    settings.SALON_ROOMS_PER_PERSON_DAILY = 1
    for slug in ("ping", "pong"):
        persona, _ = bot_services.persona_upsert(
            spec={"slug": slug, "name": slug, "avatar": "P", "bio": "b", "system_prompt": "p"}
        )
        bot_services.direct_chat_open(user=alice, persona=persona)
    assert client_for(alice).post("/rooms/new/", {"name": "Mine"}).status_code == 302
    assert client_for(alice).post("/rooms/new/", {"name": "Mine too"}).status_code == 400


def test_no_cap_when_it_is_none(client_for, alice, settings):
    settings.SALON_ROOMS_PER_PERSON_DAILY = None
    client = client_for(alice)
    assert {client.post("/rooms/new/", {"name": f"R{n}"}).status_code for n in range(12)} == {302}


@pytest.mark.django_db(transaction=True)
def test_the_cap_holds_when_one_persons_requests_race(alice, settings):
    """Requests of one person in parallel are counted one after another (their user row)."""
    settings.SALON_ROOMS_PER_PERSON_DAILY = 3
    barrier = threading.Barrier(8)
    outcomes: list[str] = []

    def create(n: int) -> None:
        try:
            barrier.wait(timeout=10)
            services.room_create(creator=alice, name=f"Race {n}", daily_limit=3)
            outcomes.append("created")
        except ValidationError as error:
            outcomes.append(error.code)
        finally:
            connection.close()

    threads = [threading.Thread(target=create, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(outcomes) == ["created"] * 3 + ["room_limit"] * 5
    assert Room.objects.filter(created_by=alice).count() == 3


# Paging and search -------------------------------------------------------------------------


def test_the_lobby_pages_its_public_rooms(client_for, bob, hundred_rooms):
    """The probe: every lobby listed all 100 rooms, unpaged."""
    client = client_for(bob)
    html = client.get("/").content.decode()
    assert public_slugs(html) == hundred_rooms[:20]

    seen, url = public_slugs(html), more_url(html)
    while url:  # "More rooms" as a link: the next page of the lobby
        html = client.get("/" + url).content.decode()
        seen += public_slugs(html)
        url = more_url(html)
    assert seen == hundred_rooms


def test_more_rooms_with_htmx_brings_the_next_cards_only(client_for, bob, hundred_rooms):
    client = client_for(bob)
    html = client.get("/").content.decode()
    seen, url, pages = public_slugs(html), more_url(html), 1
    while url:
        response = client.get(
            "/" + url, headers={"HX-Request": "true", "HX-Target": "public-rooms-more"}
        )
        html = response.content.decode()
        assert html.lstrip().startswith("<li>") and "<h2>" not in html
        seen += CARD.findall(html)
        url = more_url(html)
        pages += 1
    assert (pages, seen) == (5, hundred_rooms)


def test_rooms_you_are_in_are_not_listed_as_public(client_for, bob, hundred_rooms):
    room = Room.objects.get(slug="room-000")
    services.membership_join(room=room, user=bob)
    html = client_for(bob).get("/").content.decode()
    assert public_slugs(html) == hundred_rooms[1:21]
    assert 'id="room-card-room-000"' in html.split("<h2>Public rooms</h2>")[0]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("room 04", [f"room-04{n}" for n in range(10)]),
        ("ROOM 099", ["room-099"]),  # any case
        ("topic of room 05", [f"room-05{n}" for n in range(10)]),
        ("  room 077  ", ["room-077"]),
        ("%", []),  # no wildcards
        ("_", []),
        ("nothing like it", []),
    ],
)
def test_the_lobby_searches_names_and_topics(client_for, bob, hundred_rooms, query, expected):
    html = client_for(bob).get("/", {"q": query}).content.decode()
    assert public_slugs(html) == expected
    assert f'name="q" value="{query.strip()}"' in html
    if not expected:
        assert f"No public rooms match “{query.strip()}”." in html


def test_a_search_pages_too(client_for, bob, hundred_rooms):
    client = client_for(bob)
    html = client.get("/", {"q": "room 00"}).content.decode()
    assert public_slugs(html) == hundred_rooms[:10]
    assert more_url(html) is None

    html = client.get("/", {"q": "topic"}).content.decode()
    url = more_url(html)
    assert url.startswith("?q=topic&after_name=Room+019&after_id=")
    assert public_slugs(client.get("/" + url).content.decode()) == hundred_rooms[20:40]


def test_the_lobby_costs_the_same_queries_with_five_rooms_or_a_hundred(client_for, bob, carol):
    client = client_for(bob)

    def lobby_queries() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/").status_code == 200
        return len(queries)

    for n in range(5):
        services.room_create(creator=carol, name=f"Few {n}")
    few = lobby_queries()
    for n in range(95):
        services.room_create(creator=carol, name=f"Many {n}")
    assert lobby_queries() == few


def test_a_page_of_public_rooms_is_one_query(bob, hundred_rooms, django_assert_num_queries):
    with django_assert_num_queries(1):
        page = selectors.public_rooms_page(user=bob, query="room", after=("Room 010", 0))
    assert [room.slug for room in page.rooms] == hundred_rooms[10:30]
    assert [room.member_count for room in page.rooms] == [1] * 20
    assert page.next_after == ("Room 029", Room.objects.get(slug="room-029").pk)


@pytest.mark.parametrize("after_id", ["x", "-1", "9" * 30])
def test_a_bad_page_address_is_refused(client_for, bob, after_id):
    response = client_for(bob).get("/", {"after_name": "a", "after_id": after_id})
    assert response.status_code == 400


def test_the_more_link_is_escaped(client_for, bob, carol):
    for n in range(21):
        services.room_create(creator=carol, name=f'A "quoted" & <odd> {n:02d}')
    client = client_for(bob)
    html = client.get("/", {"q": 'quoted" &'}).content.decode()
    (link,) = re.findall(r'<li id="public-rooms-more">\s*<a [^>]*>', html)
    assert "<odd>" not in link and '"quoted"' not in link
    assert public_slugs(client.get("/" + more_url(html)).content.decode()) == ["a-quoted-20"]


def test_creating_a_room_comes_before_the_persona_chats(client_for, alice):
    """On a phone the side column follows the rooms: a newcomer with no room finds "Create a
    room" right after them, not below seven persona cards."""
    html = client_for(alice).get("/").content.decode()
    assert html.index("<h2>Create a room</h2>") < html.index("<h2>Chat with a persona</h2>")
