"""Issue 9, part 2 (row 2): a private room's owners and moderators invite people by username
or by a link with an expiry and a number of uses, revocable; the invitee sees the invite in
the lobby and joins. Only a working invite reveals the room: any other answers as a missing
room, and the room's page, history and socket stay closed to anyone who has not joined."""

from __future__ import annotations

import io
import re
from datetime import timedelta

import pytest
from channels.db import database_sync_to_async
from django.core.management import call_command
from django.utils import timezone

from rooms import invites, moderation
from rooms.models import Invite, Membership, Message
from tests.rooms.sockets import TIMEOUT, communicator_for, frame, open_socket
from tests.rooms.test_hardening import answer


def make_link(client, room, lifetime: str = "1d", max_uses: str = "") -> Invite:
    response = client.post(
        f"/rooms/{room.slug}/invites/link/", {"lifetime": lifetime, "max_uses": max_uses}
    )
    assert (response.status_code, response["Location"]) == (302, f"/rooms/{room.slug}/invites/")
    return Invite.objects.filter(room=room).latest("id")


def missing(client, method: str = "get"):
    """How the site answers a GET of a room that does not exist, or a POST joining it."""
    if method == "post":
        return client.post("/rooms/no-such-room/join/")
    return client.get("/rooms/no-such-room/")


def joined_lines(room) -> list[str]:
    return list(
        Message.objects.filter(room=room, kind=Message.Kind.SYSTEM).values_list("body", flat=True)
    )


# By username ---------------------------------------------------------------------------------


def test_an_invite_by_username_waits_in_the_lobby_and_joining_opens_the_room(
    client_for, private_room, alice, bob
):
    owner, guest = client_for(alice), client_for(bob)
    assert guest.get(f"/rooms/{private_room.slug}/").status_code == 404

    response = owner.post(f"/rooms/{private_room.slug}/invites/person/", {"username": "BOB"})
    assert response.status_code == 302
    invite = Invite.objects.get(room=private_room)
    assert (invite.invitee, invite.max_uses, invite.uses) == (bob, 1, 0)
    page = owner.get(f"/rooms/{private_room.slug}/invites/").content.decode()
    assert re.search(r'id="invite-\d+">\s*<div class="invite-what">\s*<strong>bob</strong>', page)

    lobby = guest.get("/").content.decode()
    assert "Invitations" in lobby
    assert f'action="/invite/{invite.token}/"' in lobby
    assert "from alice" in lobby
    # Being invited shows nothing more of the room than before.
    assert guest.get(f"/rooms/{private_room.slug}/").status_code == 404
    assert guest.get(f"/rooms/{private_room.slug}/messages/?before=9").status_code == 404

    response = guest.post(f"/invite/{invite.token}/")
    assert (response.status_code, response["Location"]) == (302, f"/rooms/{private_room.slug}/")
    assert Membership.objects.get(room=private_room, user=bob).role == "member"
    assert joined_lines(private_room) == ["bob joined the room."]
    invite.refresh_from_db()
    assert invite.uses == 1
    assert guest.get(f"/rooms/{private_room.slug}/").status_code == 200
    assert "Invitations" not in guest.get("/").content.decode()


def test_someone_elses_invite_answers_as_a_missing_room(
    client_for, private_room, alice, bob, carol
):
    invite = invites.invite_person(room=private_room, creator=alice, username="bob")
    intruder = client_for(carol)

    assert answer(intruder.get(f"/invite/{invite.token}/")) == answer(missing(intruder))
    assert answer(intruder.post(f"/invite/{invite.token}/")) == answer(missing(intruder, "post"))
    assert intruder.post(f"/invite/{invite.token}/decline/").status_code == 404
    invite.refresh_from_db()
    assert (invite.uses, invite.revoked_at) == (0, None)
    assert not Membership.objects.filter(room=private_room, user=carol).exists()


def test_a_declined_invite_leaves_the_lobby_and_no_longer_works(
    client_for, private_room, alice, bob
):
    invite = invites.invite_person(room=private_room, creator=alice, username="bob")
    guest = client_for(bob)

    response = guest.post(f"/invite/{invite.token}/decline/")
    assert (response.status_code, response["Location"]) == (302, "/")
    assert "Invitations" not in guest.get("/").content.decode()
    assert answer(guest.post(f"/invite/{invite.token}/")) == answer(missing(guest, "post"))
    assert not Membership.objects.filter(room=private_room, user=bob).exists()


@pytest.mark.parametrize(
    ("username", "error"),
    [
        ("nobody", "Nobody has that username."),
        ("", "Nobody has that username."),
        ("alice", "alice is already in this room."),
    ],
)
def test_inviting_by_username_says_what_is_wrong(client_for, private_room, alice, username, error):
    response = client_for(alice).post(
        f"/rooms/{private_room.slug}/invites/person/", {"username": username}
    )
    assert response.status_code == 400
    assert re.search(r'id="invite-error"><p>([^<]*)</p>', response.content.decode()).group(1) == (
        error.replace("'", "&#x27;")
    )
    assert not Invite.objects.exists()


def test_inviting_a_persona_says_where_personas_are_added(client_for, private_room, alice):
    call_command("seed_personas", stdout=io.StringIO())
    response = client_for(alice).post(
        f"/rooms/{private_room.slug}/invites/person/", {"username": "@Einstein"}
    )
    assert response.status_code == 400
    assert re.search(r'id="invite-error"><p>([^<]*)</p>', response.content.decode()).group(1) == (
        "einstein is an AI persona, not a person: personas are added to a room under Room "
        "settings, by its owner."
    )
    assert not Invite.objects.exists()


def test_inviting_the_same_person_twice_makes_one_invite(client_for, private_room, alice, bob):
    owner = client_for(alice)
    for _ in range(2):
        owner.post(f"/rooms/{private_room.slug}/invites/person/", {"username": "bob"})
    assert Invite.objects.filter(room=private_room, invitee=bob).count() == 1


def test_a_banned_person_cannot_be_invited_nor_join_by_a_link(client_for, private_room, alice, bob):
    link = invites.invite_link_create(room=private_room, creator=alice, max_uses="5")
    Membership.objects.create(room=private_room, user=bob)
    moderation.member_ban(room=private_room, actor=alice, user_id=bob.pk, reason="spam")

    response = client_for(alice).post(
        f"/rooms/{private_room.slug}/invites/person/", {"username": "bob"}
    )
    assert response.status_code == 400
    assert "bob is banned from this room" in response.content.decode()

    response = client_for(bob).post(f"/invite/{link.token}/")
    assert response.status_code == 403
    assert not Membership.objects.filter(room=private_room, user=bob).exists()
    link.refresh_from_db()
    assert link.uses == 0


# By link -------------------------------------------------------------------------------------


def test_a_link_lets_in_as_many_people_as_it_says_then_answers_as_a_missing_room(
    client_for, private_room, alice, bob, carol, make_user
):
    link = make_link(client_for(alice), private_room, max_uses="1")
    assert (link.invitee, link.max_uses) == (None, 1)
    guest = client_for(bob)

    # Opening the link shows the room's name and changes nothing.
    page = guest.get(f"/invite/{link.token}/")
    assert page.status_code == 200
    assert "Back Office" in page.content.decode()
    assert "alice invites you to this private room." in page.content.decode()
    link.refresh_from_db()
    assert link.uses == 0
    assert not Membership.objects.filter(room=private_room, user=bob).exists()

    assert guest.post(f"/invite/{link.token}/").status_code == 302
    # Someone already in takes no use.
    assert guest.post(f"/invite/{link.token}/").status_code == 302
    link.refresh_from_db()
    assert link.uses == 1

    late = client_for(carol)
    assert answer(late.get(f"/invite/{link.token}/")) == answer(missing(late))
    assert answer(late.post(f"/invite/{link.token}/")) == answer(missing(late, "post"))
    assert set(private_room.memberships.values_list("user__username", flat=True)) == {
        "alice",
        "bob",
    }


def test_an_expired_link_answers_as_a_missing_room(client_for, private_room, alice, bob):
    link = make_link(client_for(alice), private_room, lifetime="1h")
    assert timedelta(minutes=59) < link.expires_at - timezone.now() <= timedelta(hours=1)
    Invite.objects.filter(pk=link.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    guest = client_for(bob)
    assert answer(guest.get(f"/invite/{link.token}/")) == answer(missing(guest))
    assert answer(guest.post(f"/invite/{link.token}/")) == answer(missing(guest, "post"))
    assert not Membership.objects.filter(room=private_room, user=bob).exists()


def test_a_revoked_link_stops_working_and_those_it_let_in_stay(
    client_for, private_room, alice, bob, carol
):
    owner = client_for(alice)
    link = make_link(owner, private_room)
    client_for(bob).post(f"/invite/{link.token}/")

    page = owner.get(f"/rooms/{private_room.slug}/invites/").content.decode()
    assert f"/invite/{link.token}/" in page
    assert "1 of any number used" in page
    response = owner.post(f"/rooms/{private_room.slug}/invites/{link.pk}/revoke/")
    assert response.status_code == 302
    assert (
        f"/invite/{link.token}/"
        not in owner.get(f"/rooms/{private_room.slug}/invites/").content.decode()
    )

    late = client_for(carol)
    assert answer(late.post(f"/invite/{link.token}/")) == answer(missing(late, "post"))
    assert Membership.objects.filter(room=private_room, user=bob).exists()


@pytest.mark.parametrize("token", ["no-such-token", "x" * 65, "%00"])
def test_unknown_tokens_answer_as_a_missing_room(client_for, bob, token):
    guest = client_for(bob)
    assert answer(guest.get(f"/invite/{token}/")) == answer(missing(guest))
    assert answer(guest.post(f"/invite/{token}/")) == answer(missing(guest, "post"))


def test_a_link_needs_a_log_in_and_brings_you_back(client, client_for, private_room, alice):
    link = invites.invite_link_create(room=private_room, creator=alice)
    response = client.get(f"/invite/{link.token}/")
    assert (response.status_code, response["Location"]) == (
        302,
        f"/accounts/login/?next=/invite/{link.token}/",
    )


@pytest.mark.parametrize(
    ("lifetime", "max_uses"), [("2y", ""), ("1d", "1000"), ("1d", "-1"), ("", "")]
)
def test_a_link_form_outside_the_choices_is_refused(
    client_for, private_room, alice, lifetime, max_uses
):
    response = client_for(alice).post(
        f"/rooms/{private_room.slug}/invites/link/", {"lifetime": lifetime, "max_uses": max_uses}
    )
    assert response.status_code == 400
    assert not Invite.objects.exists()


# Who may invite ------------------------------------------------------------------------------


INVITE_URLS = [
    ("get", "/rooms/{slug}/invites/", {}),
    ("post", "/rooms/{slug}/invites/person/", {"username": "carol"}),
    ("post", "/rooms/{slug}/invites/link/", {"lifetime": "1d", "max_uses": ""}),
    ("post", "/rooms/{slug}/invites/1/revoke/", {}),
]


@pytest.mark.parametrize(("method", "url", "data"), INVITE_URLS)
def test_invite_pages_of_a_private_room_answer_outsiders_as_a_missing_room(
    client_for, private_room, bob, method, url, data
):
    client = client_for(bob)
    private = getattr(client, method)(url.format(slug=private_room.slug), data)
    absent = getattr(client, method)(url.format(slug=private_room.slug + "-x"), data)
    assert answer(private) == answer(absent)
    assert private.status_code == 404


@pytest.mark.parametrize(("method", "url", "data"), INVITE_URLS)
def test_only_owners_and_moderators_invite(
    client_for, private_room, alice, bob, carol, method, url, data
):
    link = invites.invite_link_create(room=private_room, creator=alice)
    membership = Membership.objects.create(room=private_room, user=bob)
    url = url.replace("/1/", f"/{link.pk}/")
    response = getattr(client_for(bob), method)(url.format(slug=private_room.slug), data)
    assert (response.status_code, response.content) == (
        403,
        b"Only the room's owners and moderators can do that.",
    )
    assert list(Invite.objects.values_list("pk", "revoked_at")) == [(link.pk, None)]

    membership.role = Membership.Role.MODERATOR
    membership.save()
    response = getattr(client_for(bob), method)(url.format(slug=private_room.slug), data)
    assert response.status_code == (200 if method == "get" else 302)


def test_a_public_room_needs_no_invites(client_for, room, alice):
    owner = client_for(alice)
    response = owner.get(f"/rooms/{room.slug}/invites/")
    assert (response.status_code, response.content) == (
        400,
        b"Anyone can join a public room: share its address instead.",
    )
    assert owner.post(f"/rooms/{room.slug}/invites/link/", {"lifetime": "1d"}).status_code == 400
    assert not Invite.objects.exists()


def test_the_room_header_offers_invite_to_moderators_of_private_rooms_only(
    client_for, private_room, room, alice, bob
):
    Membership.objects.create(room=private_room, user=bob)
    invite = f'href="/rooms/{private_room.slug}/invites/"'
    assert invite in client_for(alice).get(f"/rooms/{private_room.slug}/").content.decode()
    assert invite not in client_for(bob).get(f"/rooms/{private_room.slug}/").content.decode()
    assert "/invites/" not in client_for(alice).get(f"/rooms/{room.slug}/").content.decode()


# The socket ----------------------------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
@pytest.mark.usefixtures("presence_tasks", "channel_layer")
async def test_the_socket_opens_only_once_the_invite_is_accepted(private_room, alice, bob):
    invite = await database_sync_to_async(invites.invite_person)(
        room=private_room, creator=alice, username="bob"
    )
    refused = await communicator_for(private_room.slug, bob)
    connected, _ = await refused.connect(timeout=TIMEOUT)
    assert connected
    closed = await refused.receive_output(timeout=TIMEOUT)
    assert (closed["type"], closed["code"]) == ("websocket.close", 4404)

    room = await database_sync_to_async(invites.invite_accept)(token=invite.token, user=bob)
    assert room == private_room
    socket = await open_socket(private_room.slug, bob)
    await socket.send_to(text_data=frame("hello, all"))
    # The room's own echo: the socket is open and bob posts as a member.
    assert "hello, all" in await socket.receive_from(timeout=TIMEOUT)
    await socket.disconnect()
