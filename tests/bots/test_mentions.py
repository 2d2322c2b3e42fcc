"""Mentions that do what they say (issue 9, row 4): `@persona` for a persona not in the room
seats it and it answers, unless the room's owner turned that off (then the sender alone hears
who can add it); a mention of anyone else is answered by no persona; the composer's @ list."""

from __future__ import annotations

import re

import pytest
from channels.db import database_sync_to_async

from bots import runner
from bots.models import BotTurn, RoomPersona
from rooms import services as room_services
from rooms.models import Membership, Message, Room
from tests.bots.conftest import frames_until, persona_message, seat
from tests.rooms.sockets import connected_socket, frame

live = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("quick_bots", "channel_layer"),
]
NOTICE = re.compile(r'<div id="composer-notice" hx-swap-oob="innerHTML"><p>(.*?)</p>')


@database_sync_to_async
def timeline(room) -> list[tuple[str, str]]:
    """The room's messages as (who, what), oldest first."""
    rows = Message.objects.filter(room=room).select_related("author").order_by("id")
    return [(m.author.username if m.author else "Salon", m.body) for m in rows]


@database_sync_to_async
def room_update(room, **fields) -> None:
    Room.objects.filter(pk=room.pk).update(**fields)


@database_sync_to_async
def seated(room) -> list[tuple[str, bool]]:
    return sorted(
        Membership.objects.filter(room=room, user__is_persona=True).values_list(
            "user__username", "is_present"
        )
    )


async def reply_and_row(socket, persona) -> str:
    """What `socket` receives up to `persona`'s reply and its row in the member panel (the
    row update is coalesced: it may come before or after the reply)."""
    frames = "".join(await frames_until(socket, persona_message(persona.name)))
    row = f'<li id="member-{persona.user_id}"'
    if row not in frames:
        frames += "".join(await frames_until(socket, lambda f: row in f))
    return frames


@pytest.mark.parametrize("chattiness", ["normal", "mentions"])
@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("quick_bots", "channel_layer")
async def test_mentioning_a_persona_not_in_the_room_seats_it_and_it_answers(
    room, alice, personas, chattiness
):
    await seat(room, personas["socrates"], personas["curie"])
    await room_update(room, ai_chattiness=chattiness)
    socket = await connected_socket(room.slug, alice)

    await socket.send_to(text_data=frame("@einstein what is time?"))
    frames = await reply_and_row(socket, personas["einstein"])
    await runner.settle()
    await socket.disconnect()

    said = await timeline(room)
    assert said[:2] == [
        ("alice", "@einstein what is time?"),
        ("Salon", "Albert Einstein joined the room (mentioned by alice)."),
    ]
    # Einstein answers, and nobody else: the message was for him.
    assert [who for who, _ in said[2:]] == ["einstein"]
    assert await seated(room) == [("curie", True), ("einstein", True), ("socrates", True)]
    assert await database_sync_to_async(RoomPersona.objects.filter(room=room).count)() == 3
    # The room saw him arrive in its member panel.
    assert f'id="member-{personas["einstein"].user_id}"' in frames


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("quick_bots", "channel_layer")
async def test_a_persona_seated_by_a_mention_updates_the_personas_panel_line(room, alice, personas):
    socket = await connected_socket(room.slug, alice)
    row = f'<li id="member-{personas["einstein"].user_id}"'

    await socket.send_to(text_data=frame("@einstein what is time?"))
    frames = await reply_and_row(socket, personas["einstein"])
    await runner.settle()
    await socket.disconnect()

    # "No personas in this room yet." gives way to the room's mode, beside the member panel
    # that lists him; the page gets his row once, as a row update, not the whole panel again.
    assert (
        frames.count('<p id="personas-status" class="muted personas-mode" hx-swap-oob="true">') == 1
    )
    assert '<p id="personas-status" class="muted personas-mode" hx-swap-oob="true">Normal</p>' in (
        frames
    )
    assert frames.count(row) == 1
    assert 'id="member-panel"' not in frames


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("quick_bots", "channel_layer")
async def test_when_the_owner_turned_it_off_only_the_sender_hears_who_can_add_it(
    room, alice, bob, personas
):
    await database_sync_to_async(room_services.membership_join)(room=room, user=bob)
    await seat(room, personas["socrates"])
    await room_update(room, ai_join_on_mention=False, ai_chattiness="lively")
    alice_socket = await connected_socket(room.slug, alice)
    bob_socket = await connected_socket(room.slug, bob)

    await bob_socket.send_to(text_data=frame("@einstein and @curie, what is light?"))
    frames = "".join(await frames_until(bob_socket, NOTICE.search))
    await runner.settle()

    assert NOTICE.findall(frames) == [
        "Albert Einstein and Marie Curie are not in this room, and mentions do not bring "
        "personas in here. Only the room&#x27;s owner, alice, can add them."
    ]
    assert await alice_socket.receive_from() and await alice_socket.receive_nothing(timeout=0.5)
    assert await timeline(room) == [("bob", "@einstein and @curie, what is light?")]
    assert await seated(room) == [("socrates", True)]
    assert not await database_sync_to_async(BotTurn.objects.exists)()

    # Its owner is told where to change it.
    await alice_socket.send_to(text_data=frame("@einstein?"))
    frames = "".join(await frames_until(alice_socket, NOTICE.search))
    assert "As an owner, you can add them in Room settings" in frames
    await runner.settle()
    await alice_socket.disconnect()
    await bob_socket.disconnect()


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("quick_bots", "channel_layer")
async def test_a_one_to_one_chat_keeps_its_persona(alice, personas):
    from bots import services

    room = await database_sync_to_async(services.direct_chat_open)(
        user=alice, persona=personas["socrates"]
    )
    socket = await connected_socket(room.slug, alice)

    await socket.send_to(text_data=frame("@einstein, join us"))
    frames = "".join(await frames_until(socket, NOTICE.search))
    await runner.settle()
    await socket.disconnect()

    assert NOTICE.findall(frames) == [
        "This is your one-to-one chat with Socrates: Albert Einstein cannot join it. Open a "
        "chat with Albert Einstein from the lobby, or mention them in a room."
    ]
    assert await seated(room) == [("socrates", True)]


@pytest.mark.parametrize("body", ["@hopper what do you make of this?", "@bob, your turn"])
@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("quick_bots", "channel_layer")
async def test_no_persona_answers_a_mention_meant_for_someone_else(
    room, alice, bob, personas, body
):
    """`@hopper` (no such persona) once had three personas answering."""
    await database_sync_to_async(room_services.membership_join)(room=room, user=bob)
    await seat(room, personas["socrates"], personas["curie"], personas["darwin"])
    await room_update(room, ai_chattiness="lively")
    socket = await connected_socket(room.slug, alice)

    await socket.send_to(text_data=frame(body))
    shown = await socket.receive_from()
    await runner.settle()
    await socket.disconnect()

    assert await timeline(room) == [("alice", body)]
    assert not await database_sync_to_async(BotTurn.objects.exists)()
    # Only a real person's name shows as a mention.
    mentions = re.findall(r'<span class="mention" data-username="([^"]+)">', shown)
    assert mentions == ([] if "hopper" in body else ["bob"])


# The room's setting -------------------------------------------------------------------------


def test_the_owner_turns_mentions_bringing_personas_in_off_and_on(client_for, room, alice):
    client = client_for(alice)
    page = client.get(f"/rooms/{room.slug}/").content.decode()
    assert re.search(r'<input type="checkbox" name="ai_join_on_mention"[^>]* checked', page)

    form = {"topic": "", "ai_chattiness": "normal"}
    assert client.post(f"/rooms/{room.slug}/settings/", form).status_code == 302
    room.refresh_from_db()
    assert room.ai_join_on_mention is False
    page = client.get(f"/rooms/{room.slug}/").content.decode()
    assert not re.search(r'<input type="checkbox" name="ai_join_on_mention"[^>]* checked', page)

    client.post(f"/rooms/{room.slug}/settings/", {**form, "ai_join_on_mention": "on"})
    room.refresh_from_db()
    assert room.ai_join_on_mention is True


# The composer's @ list ----------------------------------------------------------------------


def options(response) -> list[tuple[str, str]]:
    """The options of the list: (username, what the option reads to a screen reader)."""
    html = re.sub(r'<span [^>]*aria-hidden="true">[^<]*</span>', "", response.content.decode())
    found = re.findall(r'<li role="option"[^>]*data-username="([^"]+)".*?</li>', html, re.S)
    texts = [
        " ".join(re.sub(r"<[^>]+>", " ", item).split())
        for item in re.findall(r'<li role="option".*?</li>', html, re.S)
    ]
    return list(zip(found, texts, strict=True))


@pytest.fixture
def book_club(room, alice, bob, make_user, personas):
    room_services.membership_join(room=room, user=bob)
    room_services.membership_join(room=room, user=make_user("beatrice"))
    make_user("bernard")  # not in the room
    RoomPersona.objects.create(room=room, persona=personas["curie"])
    Membership.objects.create(room=room, user=personas["curie"].user, is_present=True)
    return room


def test_the_list_offers_the_rooms_people_and_personas_that_match(client_for, book_club, alice):
    client = client_for(alice)
    url = f"/rooms/{book_club.slug}/mention-suggestions/"

    assert options(client.get(url, {"q": "b"})) == [("beatrice", "beatrice"), ("bob", "bob")]
    assert options(client.get(url, {"q": "CUR"})) == [("curie", "Marie Curie AI @curie")]
    assert options(client.get(url, {"q": "ein"})) == [
        ("einstein", "Albert Einstein AI @einstein · joins to answer")
    ]
    assert options(client.get(url, {"q": "@a"})) == [
        ("lovelace", "Ada Lovelace AI @lovelace · joins to answer"),
        ("einstein", "Albert Einstein AI @einstein · joins to answer"),
        ("aibot", "AIBot AI @aibot"),
    ]
    assert options(client.get(url, {"q": "zz"})) == []
    everyone = options(client.get(url, {"q": ""}))
    assert [username for username, _ in everyone] == [
        "beatrice", "bob", "curie", "lovelace", "einstein", "darwin", "socrates", "shakespeare",
    ]  # fmt: skip


def test_the_list_leaves_out_personas_the_room_does_not_let_in(client_for, book_club, alice):
    Room.objects.filter(pk=book_club.pk).update(ai_join_on_mention=False)
    url = f"/rooms/{book_club.slug}/mention-suggestions/"
    response = client_for(alice).get(url, {"q": ""})
    assert [username for username, _ in options(response)] == ["beatrice", "bob", "curie", "aibot"]


def test_the_list_is_for_members(client_for, book_club, private_room, carol):
    client = client_for(carol)
    response = client.get(f"/rooms/{book_club.slug}/mention-suggestions/", {"q": "b"})
    assert (response.status_code, response.content) == (
        403,
        b"Join the room to mention people in it.",
    )
    response = client.get(f"/rooms/{private_room.slug}/mention-suggestions/", {"q": "b"})
    assert response.status_code == 404
    assert client.post(f"/rooms/{book_club.slug}/mention-suggestions/").status_code == 405


def test_the_list_costs_two_queries_however_many_people(
    client_for, book_club, alice, make_user, django_assert_num_queries
):
    from bots import selectors

    for n in range(30):
        room_services.membership_join(room=book_club, user=make_user(f"b{n:02}"))
    with django_assert_num_queries(2):
        found = selectors.mention_suggestions(room=book_club, query="b", viewer=alice)
    assert [s.username for s in found] == ["b00", "b01", "b02", "b03", "b04", "b05", "b06", "b07"]
