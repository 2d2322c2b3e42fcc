"""Issue 9, part 3 (row 2): direct messages between people. One conversation per pair, whoever
opens it and however often; listed in the lobby apart from rooms, with unread counts; closed
to everyone else like a missing room; a simple block list that works both ways."""

from __future__ import annotations

import re
import uuid

import pytest
from channels.db import database_sync_to_async
from django.db import IntegrityError, transaction

from rooms import direct, services
from rooms.models import Block, DirectChat, Membership, Room
from tests.rooms.sockets import TIMEOUT, connected_socket
from tests.rooms.test_hardening import answer


def open_direct(client, username: str):
    return client.post("/direct/", {"username": username})


def say(room: Room, author, body: str) -> None:
    services.message_post(room=room, author=author, body=body, client_id=uuid.uuid4())


def flash(response) -> list[str]:
    return [str(m) for m in response.wsgi_request._messages]


def test_the_same_pair_always_gets_the_same_conversation(client_for, alice, bob):
    first = open_direct(client_for(alice), "bob")
    chat = DirectChat.objects.get()
    assert (first.status_code, first["Location"]) == (302, f"/rooms/{chat.room.slug}/")
    # A double submit, and bob opening it from his side, land in the same room.
    assert open_direct(client_for(alice), "BOB")["Location"] == first["Location"]
    assert open_direct(client_for(bob), "alice")["Location"] == first["Location"]

    room = chat.room
    assert (room.name, room.is_private, room.ai_chattiness) == ("alice and bob", True, "silent")
    assert re.fullmatch(r"direct-[0-9a-f]{12}", room.slug)
    assert sorted(room.memberships.values_list("user__username", "role")) == [
        ("alice", "member"),
        ("bob", "member"),
    ]
    assert (DirectChat.objects.count(), Room.objects.count()) == (1, 1)


def test_the_database_refuses_a_second_conversation_for_a_pair(alice, bob):
    room = direct.direct_open(user=alice, username="bob")
    low, high = sorted((alice, bob), key=lambda person: person.pk)
    other = Room.objects.create(name="again", slug="again-x", is_private=True)
    with pytest.raises(IntegrityError), transaction.atomic():
        DirectChat.objects.create(room=other, user_low=low, user_high=high)
    assert list(DirectChat.objects.values_list("room", flat=True)) == [room.pk]


def test_htmx_gets_sent_to_the_conversation(client_for, alice, bob):
    response = client_for(alice).post("/direct/", {"username": "bob"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert response["HX-Redirect"] == f"/rooms/{DirectChat.objects.get().room.slug}/"


@pytest.mark.parametrize(
    ("username", "error"),
    [
        ("nobody", "Nobody has that username."),
        ("", "Nobody has that username."),
        ("alice", "That is you: pick someone else."),
    ],
)
def test_opening_a_conversation_says_what_is_wrong(client_for, alice, username, error):
    response = open_direct(client_for(alice), username)
    assert (response.status_code, response["Location"]) == (302, "/")
    assert flash(response) == [error]
    assert not DirectChat.objects.exists()


def test_personas_are_not_messaged_directly(client_for, alice, make_user):
    persona = make_user("socrates")
    persona.is_persona = True
    persona.save()
    assert flash(open_direct(client_for(alice), "socrates")) == ["Nobody has that username."]


def test_a_conversation_answers_everyone_else_as_a_missing_room(client_for, alice, bob, carol):
    room = direct.direct_open(user=alice, username="bob")
    say(room, alice, "just between us")
    outsider = client_for(carol)
    for path in ("/rooms/{}/", "/rooms/{}/messages/?before=99", "/rooms/{}/members/"):
        assert answer(outsider.get(path.format(room.slug))) == answer(
            outsider.get(path.format("no-such-room"))
        )
    assert outsider.post(f"/rooms/{room.slug}/join/").status_code == 404


def test_the_lobby_lists_conversations_apart_with_unread_counts(client_for, alice, bob, room):
    chat_room = direct.direct_open(user=alice, username="bob")
    say(chat_room, alice, "are you there?")
    say(chat_room, alice, "bob?")

    page = client_for(bob).get("/").content.decode()
    direct_list = page.split('<h2 class="lobby-direct-title"', 1)[1].split("</ul>", 1)[0]
    card = re.search(
        rf'<a class="room-card direct-card" id="room-card-{chat_room.slug}"[^>]*'
        r'data-unread="(\d+)".*?<span class="room-card-name">(\w+)',
        direct_list,
        re.S,
    )
    assert card.groups() == ("2", "alice")
    assert "2 new" in direct_list
    # Not among the rooms, and not under its room name.
    assert "alice and bob" not in page
    assert f"room-card-{room.slug}" not in direct_list

    alice_lobby = client_for(alice).get("/").content.decode()
    assert re.search(r'direct-card".*?data-unread="0".*?room-card-name">bob', alice_lobby, re.S)
    # The list that refreshes itself carries the conversations too.
    refreshed = client_for(bob).get("/", HTTP_HX_REQUEST="true", HTTP_HX_TARGET="my-rooms")
    assert f'id="room-card-{chat_room.slug}"' in refreshed.content.decode()


def test_members_get_a_message_button_in_the_member_panel(client_for, room, alice, bob):
    services.membership_join(room=room, user=bob)
    page = client_for(alice).get(f"/rooms/{room.slug}/").content.decode()
    assert 'hx-vals=\'{"username": "bob"}\' aria-label="Message bob directly"' in page
    # Your own row's button is hidden by the page's style.
    assert f"#member-{alice.pk} .member-message {{ display: none; }}" in page


# Blocking ------------------------------------------------------------------------------------


def test_blocking_works_both_ways_until_lifted_and_keeps_the_history(client_for, alice, bob):
    room = direct.direct_open(user=alice, username="bob")
    say(room, alice, "hello")
    blocker, blocked = client_for(bob), client_for(alice)

    response = blocker.post("/people/blocked/", {"username": "alice"})
    assert (response.status_code, response["Location"]) == (302, "/people/blocked/")
    assert list(Block.objects.values_list("blocker__username", "blocked__username")) == [
        ("bob", "alice")
    ]
    assert list(room.memberships.values_list("user__username", flat=True)) == ["bob"]
    blocks_page = blocker.get("/people/blocked/").content.decode()
    assert "You block alice: no direct messages either way." in blocks_page
    assert re.search(rf'id="block-{alice.pk}">.*?<strong>alice</strong>', blocks_page, re.S)
    assert blocked.get(f"/rooms/{room.slug}/").status_code == 404
    assert flash(open_direct(blocked, "bob")) == ["You cannot message bob."]
    assert flash(open_direct(blocker, "alice")) == ["You cannot message alice."]

    assert blocker.post(f"/people/blocked/{alice.pk}/unblock/").status_code == 302
    assert not Block.objects.exists()
    assert open_direct(blocked, "bob")["Location"] == f"/rooms/{room.slug}/"
    assert sorted(room.memberships.values_list("user__username", flat=True)) == ["alice", "bob"]
    assert "hello" in blocked.get(f"/rooms/{room.slug}/").content.decode()


def test_blocking_says_what_is_wrong(client_for, alice):
    for username, error in (
        ("nobody", "Nobody has that username."),
        ("alice", "You cannot block yourself."),
    ):
        response = client_for(alice).post("/people/blocked/", {"username": username})
        assert response.status_code == 400
        assert (
            re.search(r'id="block-error"><p>([^<]*)</p>', response.content.decode()).group(1)
            == error
        )
    assert client_for(alice).post("/people/blocked/x/unblock/").status_code == 400
    assert not Block.objects.exists()


def test_blocking_leaves_shared_rooms_alone(client_for, room, alice, bob):
    services.membership_join(room=room, user=bob)
    direct.person_block(blocker=bob, username="alice")
    assert Membership.objects.filter(room=room, user=alice).exists()


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("presence_tasks", "channel_layer")
async def test_the_blocked_persons_socket_closes_at_once(alice, bob):
    room = await database_sync_to_async(direct.direct_open)(user=alice, username="bob")
    socket = await connected_socket(room.slug, alice)
    await database_sync_to_async(direct.person_block)(blocker=bob, username="alice")
    closed = await socket.receive_output(timeout=TIMEOUT)
    assert (closed["type"], closed["code"]) == ("websocket.close", 4403)
