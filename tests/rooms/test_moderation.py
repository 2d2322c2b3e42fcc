"""Moderation tools (issue 8, part 5): mute, kick, ban, roles, handing a room over, the last
owner, reports of messages and the audit log; through the services, the views, the sockets
and the admin."""

from __future__ import annotations

import asyncio
import re
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from channels.db import database_sync_to_async
from channels.testing import WebsocketCommunicator
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from accounts.models import User
from bots.models import Persona
from rooms import moderation, services
from rooms.models import (
    Membership,
    Message,
    MessageReport,
    ModerationAction,
    Room,
    RoomConnection,
    Sanction,
)
from tests.rooms.sockets import (
    TIMEOUT,
    action,
    communicator_for,
    connected_socket,
    frame,
    message_ids,
)

# A mute that ends on a known day, for exact texts.
FAR = datetime(2099, 1, 2, 10, 30, tzinfo=UTC)
FAR_TEXT = "You are muted in this room until 2099-01-02 10:30 UTC: you can read, but not post."


def sockets(test: Callable) -> Callable:
    """A socket test: real transactions (the socket's thread sees them), presence and the
    channel layer set up and torn down."""
    test = pytest.mark.usefixtures("presence_tasks", "channel_layer")(test)
    return pytest.mark.django_db(transaction=True)(test)


def post(room: Room, author: User, body: str) -> Message:
    return services.message_post(
        room=room, author=author, body=body, client_id=uuid.uuid4()
    ).message


def join(room: Room, *people: User) -> None:
    for person in people:
        services.membership_join(room=room, user=person)


def role_of(room: Room, user: User) -> str | None:
    return Membership.objects.filter(room=room, user=user).values_list("role", flat=True).first()


def audit(room: Room | None = None) -> list[tuple]:
    """The audit log, oldest first, as (actor, kind, target, detail)."""
    rows = ModerationAction.objects.order_by("id")
    if room is not None:
        rows = rows.filter(room=room)
    return [
        (
            row.actor.username if row.actor else None,
            row.kind,
            row.target and row.target.username,
            row.detail,
        )
        for row in rows.select_related("actor", "target")
    ]


@pytest.fixture
def moderator(room, make_user) -> User:
    """dora, a moderator of alice's Tea Room; bob and carol are members."""
    dora = make_user("dora")
    join(room, dora)
    Membership.objects.filter(room=room, user=dora).update(role=Membership.Role.MODERATOR)
    return dora


@pytest.fixture
def members(room, bob, carol) -> None:
    join(room, bob, carol)


# Mute --------------------------------------------------------------------------------------


@pytest.mark.usefixtures("members")
def test_a_muted_member_reads_but_cannot_post_or_edit_until_the_mute_ends(room, alice, bob):
    earlier = post(room, bob, "before")
    before = timezone.now()

    muted = moderation.member_mute(room=room, actor=alice, user_id=bob.pk, minutes=30)

    assert (
        before + timedelta(minutes=30)
        <= muted.muted_until
        <= timezone.now() + timedelta(minutes=30)
    )
    membership = Membership.objects.get(room=room, user=bob)
    assert membership.muted_until == muted.muted_until
    assert Sanction.objects.get(room=room, user=bob).until == muted.muted_until
    Membership.objects.filter(pk=membership.pk).update(muted_until=FAR)
    with pytest.raises(PermissionDenied) as refused:
        post(room, bob, "let me speak")
    assert str(refused.value) == FAR_TEXT
    with pytest.raises(PermissionDenied) as refused:
        services.message_edit(room=room, editor=bob, message_id=earlier.pk, body="changed")
    assert str(refused.value) == FAR_TEXT
    assert list(Message.objects.values_list("body", flat=True)) == ["before"]
    # Deleting their own words is still theirs to do.
    services.message_delete(room=room, actor=bob, message_id=earlier.pk)
    # A mute that ended holds nobody back.
    Membership.objects.filter(pk=membership.pk).update(muted_until=timezone.now())
    assert post(room, bob, "free again").body == "free again"


@pytest.mark.usefixtures("members")
def test_mutes_are_in_the_audit_log_and_unmute_lifts_them(room, alice, bob):
    muted = moderation.member_mute(room=room, actor=alice, user_id=bob.pk, minutes="15")
    moderation.member_unmute(room=room, actor=alice, user_id=bob.pk)
    moderation.member_unmute(room=room, actor=alice, user_id=bob.pk)  # nothing to lift: no row

    assert Membership.objects.get(room=room, user=bob).muted_until is None
    assert not Sanction.objects.exists()
    assert post(room, bob, "thanks").body == "thanks"
    until = f"{muted.muted_until:%Y-%m-%d %H:%M}"
    assert audit(room) == [
        ("alice", "mute", "bob", f"For 15 min, until {until} UTC."),
        ("alice", "unmute", "bob", ""),
    ]


@pytest.mark.usefixtures("members")
def test_leaving_and_joining_again_does_not_end_a_mute(room, alice, bob):
    muted = moderation.member_mute(room=room, actor=alice, user_id=bob.pk, minutes=60)
    services.membership_leave(room=room, user=bob)
    services.membership_join(room=room, user=bob)

    assert Membership.objects.get(room=room, user=bob).muted_until == muted.muted_until
    with pytest.raises(PermissionDenied):
        post(room, bob, "I'm back")


def test_mute_end_reads_as_a_time_today_and_a_date_later():
    today = timezone.now().replace(hour=12, minute=5, second=0, microsecond=0)
    assert services.mute_end(today) == "12:05 UTC"
    assert services.mute_end(FAR) == "2099-01-02 10:30 UTC"


@pytest.mark.usefixtures("members")
@pytest.mark.parametrize("minutes", [0, -5, "abc", "1.5", 10_081, None, "9" * 30, True])
def test_a_mute_lasts_one_minute_to_a_week(room, alice, bob, minutes):
    with pytest.raises(ValidationError) as refused:
        moderation.member_mute(room=room, actor=alice, user_id=bob.pk, minutes=minutes)
    assert refused.value.code == "minutes"
    assert Membership.objects.get(room=room, user=bob).muted_until is None
    assert not ModerationAction.objects.exists()


# Who may act on whom -----------------------------------------------------------------------


@pytest.mark.usefixtures("members")
def test_members_cannot_moderate_and_their_input_is_not_even_read(room, bob, carol):
    with pytest.raises(PermissionDenied) as refused:
        moderation.member_mute(room=room, actor=bob, user_id="not an id", minutes="nonsense")
    assert str(refused.value) == "Only the room's owners and moderators can do that."
    for act in (moderation.member_kick, moderation.member_ban, moderation.member_unmute):
        with pytest.raises(PermissionDenied):
            act(room=room, actor=bob, user_id=carol.pk)
    assert Membership.objects.filter(room=room).count() == 3


def test_moderators_act_on_members_only_and_owners_not_on_owners(
    room, alice, moderator, bob, make_user
):
    join(room, bob)
    with pytest.raises(PermissionDenied) as refused:
        moderation.member_kick(room=room, actor=moderator, user_id=alice.pk)
    assert str(refused.value) == (
        "Moderators can act on members only, not on owners or other moderators."
    )
    second_owner = make_user("erin")
    join(room, second_owner)
    Membership.objects.filter(user=second_owner).update(role=Membership.Role.OWNER)
    with pytest.raises(PermissionDenied) as refused:
        moderation.member_mute(room=room, actor=alice, user_id=second_owner.pk, minutes=5)
    assert str(refused.value) == "Owners cannot act on other owners."
    with pytest.raises(ValidationError) as refused:
        moderation.member_kick(room=room, actor=alice, user_id=alice.pk)
    assert refused.value.messages == ["You cannot do that to yourself."]
    # A moderator mutes a member; an owner may act on a moderator.
    moderation.member_mute(room=room, actor=moderator, user_id=bob.pk, minutes=5)
    moderation.member_mute(room=room, actor=alice, user_id=moderator.pk, minutes=5)
    assert Membership.objects.filter(room=room, muted_until__isnull=False).count() == 2


def test_personas_and_strangers_are_not_moderated_here(room, alice, carol):
    persona_user = User.objects.create_user(username="ada", is_persona=True)
    Persona.objects.create(
        user=persona_user, slug="ada", name="Ada", avatar="A", bio="Poet.", system_prompt="Ada."
    )
    Membership.objects.create(room=room, user=persona_user)

    with pytest.raises(ValidationError) as refused:
        moderation.member_mute(room=room, actor=alice, user_id=persona_user.pk, minutes=5)
    assert refused.value.messages == ["Personas join and leave through the room's settings."]
    with pytest.raises(ValidationError) as refused:
        moderation.member_kick(room=room, actor=alice, user_id=carol.pk)
    assert (refused.value.code, refused.value.messages) == (
        "not_found",
        ["That person is not a member of this room."],
    )


# Kick and ban ------------------------------------------------------------------------------


@pytest.mark.usefixtures("members")
def test_a_kicked_member_is_out_and_may_join_again(room, alice, bob):
    RoomConnection.objects.create(
        channel_name="socket-1", room=room, user=bob, last_seen=timezone.now()
    )
    post(room, bob, "I stay in the history")

    assert moderation.member_kick(room=room, actor=alice, user_id=str(bob.pk)) == bob

    assert role_of(room, bob) is None
    assert not RoomConnection.objects.filter(user=bob).exists()
    assert list(Message.objects.values_list("body", flat=True)) == ["I stay in the history"]
    assert audit(room) == [("alice", "kick", "bob", "")]
    services.membership_join(room=room, user=bob)
    assert role_of(room, bob) == "member"


@pytest.mark.usefixtures("members")
def test_a_banned_person_cannot_join_or_be_added_until_unbanned(room, alice, moderator, bob):
    moderation.member_ban(room=room, actor=moderator, user_id=bob.pk, reason="  spam,\n spam ")

    assert role_of(room, bob) is None
    ban = Sanction.objects.get(room=room, user=bob)
    assert (ban.kind, ban.reason, ban.created_by, ban.until) == (
        "ban",
        "spam, spam",
        moderator,
        None,
    )
    with pytest.raises(PermissionDenied) as refused:
        services.membership_join(room=room, user=bob)
    assert str(refused.value) == "You are banned from this room."
    # Staff adding them in the admin is refused too (the admin's forms call full_clean()).
    with pytest.raises(ValidationError) as refused:
        Membership(room=room, user=bob).full_clean()
    assert refused.value.messages == [
        "This person is banned from the room: lift the ban before adding them."
    ]

    moderation.member_unban(room=room, actor=moderator, user_id=bob.pk)
    services.membership_join(room=room, user=bob)
    assert role_of(room, bob) == "member"
    assert audit(room) == [("dora", "ban", "bob", "spam, spam"), ("dora", "unban", "bob", "")]
    with pytest.raises(ValidationError) as refused:
        moderation.member_unban(room=room, actor=moderator, user_id=bob.pk)
    assert refused.value.code == "not_found"


@pytest.mark.usefixtures("members")
def test_a_ban_reason_is_short(room, alice, bob):
    with pytest.raises(ValidationError) as refused:
        moderation.member_ban(room=room, actor=alice, user_id=bob.pk, reason="x" * 201)
    assert refused.value.messages == ["Keep the reason under 200 characters."]
    assert role_of(room, bob) == "member"


# Roles and handing over --------------------------------------------------------------------


@pytest.mark.usefixtures("members")
def test_owners_promote_and_demote_moderators(room, alice, moderator, bob):
    moderation.member_role_set(room=room, actor=alice, user_id=bob.pk, role="moderator")
    moderation.member_role_set(room=room, actor=alice, user_id=bob.pk, role="moderator")  # as is
    moderation.member_role_set(room=room, actor=alice, user_id=moderator.pk, role="member")

    assert (role_of(room, bob), role_of(room, moderator)) == ("moderator", "member")
    assert audit(room) == [("alice", "promote", "bob", ""), ("alice", "demote", "dora", "")]
    with pytest.raises(PermissionDenied) as refused:
        moderation.member_role_set(room=room, actor=bob, user_id=moderator.pk, role="moderator")
    assert str(refused.value) == "Only the room's owner can do that."
    with pytest.raises(ValidationError) as refused:
        moderation.member_role_set(room=room, actor=alice, user_id=bob.pk, role="owner")
    assert refused.value.messages == ["Choose the role moderator or member."]


@pytest.mark.usefixtures("members")
def test_an_owner_hands_the_room_over_and_becomes_a_moderator(room, alice, moderator, bob):
    with pytest.raises(PermissionDenied):
        moderation.ownership_transfer(room=room, actor=moderator, user_id=bob.pk)
    moderation.member_mute(room=room, actor=alice, user_id=bob.pk, minutes=5)

    moderation.ownership_transfer(room=room, actor=alice, user_id=bob.pk)

    assert (role_of(room, bob), role_of(room, alice)) == ("owner", "moderator")
    assert Membership.objects.get(room=room, user=bob).muted_until is None
    assert not Sanction.objects.exists()
    assert audit(room)[-1] == ("alice", "transfer", "bob", "")
    # The new owner may now act on the old one.
    moderation.member_role_set(room=room, actor=bob, user_id=alice.pk, role="member")
    assert role_of(room, alice) == "member"


# The last owner -----------------------------------------------------------------------------


@pytest.mark.usefixtures("members")
def test_the_only_owner_cannot_leave_without_handing_over(room, alice, bob):
    with pytest.raises(ValidationError) as refused:
        services.membership_leave(room=room, user=alice, close=True)
    assert refused.value.code == "last_owner"
    assert role_of(room, alice) == "owner"

    moderation.ownership_transfer(room=room, actor=alice, user_id=bob.pk)
    services.membership_leave(room=room, user=alice)
    assert role_of(room, alice) is None and role_of(room, bob) == "owner"


def test_one_of_two_owners_may_leave(room, alice, bob):
    join(room, bob)
    Membership.objects.filter(user=bob).update(role=Membership.Role.OWNER)
    assert services.membership_leave(room=room, user=alice) is False
    assert list(Membership.objects.values_list("user__username", "role")) == [("bob", "owner")]


def test_the_only_member_closes_the_room_by_leaving_it(room, alice):
    persona_user = User.objects.create_user(username="ada", is_persona=True)
    Membership.objects.create(room=room, user=persona_user)  # personas do not count
    post(room, alice, "goodbye")

    with pytest.raises(ValidationError) as refused:
        services.membership_leave(room=room, user=alice)
    assert refused.value.code == "last_member"
    assert Room.objects.filter(pk=room.pk).exists()

    assert services.membership_leave(room=room, user=alice, close=True) is True
    assert not Room.objects.exists() and not Message.objects.exists()
    assert not Membership.objects.exists()
    row = ModerationAction.objects.get()
    assert (row.room, row.room_name, row.actor, row.kind) == (None, "Tea Room", alice, "room_close")


# Reports ------------------------------------------------------------------------------------


@pytest.mark.usefixtures("members")
def test_members_report_others_messages_once(room, alice, bob, carol):
    message = post(room, bob, "buy cheap watches")

    report, created = moderation.message_report(
        room=room, reporter=carol, message_id=message.pk, reason="  spam\n"
    )
    again, created_again = moderation.message_report(
        room=room, reporter=carol, message_id=str(message.pk), reason="still spam"
    )

    assert (created, created_again, again.pk) == (True, False, report.pk)
    assert list(MessageReport.objects.values_list("reporter__username", "reason", "status")) == [
        ("carol", "spam", "open")
    ]


@pytest.mark.usefixtures("members")
def test_what_cannot_be_reported(room, alice, bob, carol, make_user):
    own = post(room, carol, "mine")
    system = services.message_post_system(room=room, body="bob joined the room.")
    deleted = post(room, bob, "oops")
    services.message_delete(room=room, actor=bob, message_id=deleted.pk)
    fine = post(room, bob, "hello")

    cases = [
        (carol, own.pk, "bad", "You cannot report your own message."),
        (carol, system.pk, "bad", "Only people's and personas' messages can be reported."),
        (carol, deleted.pk, "bad", "Only people's and personas' messages can be reported."),
        (carol, 2**63 - 1, "bad", "That message is not in this room."),
        (carol, 2**64, "bad", "Which message? Give its id."),
        (carol, fine.pk, "   ", "Say in a few words what is wrong."),
        (carol, fine.pk, "x" * 201, "Keep the reason under 200 characters."),
        (carol, fine.pk, ["a"], "Give the reason as text."),
    ]
    for reporter, message_id, reason, error in cases:
        with pytest.raises(ValidationError) as refused:
            moderation.message_report(
                room=room, reporter=reporter, message_id=message_id, reason=reason
            )
        assert refused.value.messages == [error]
    with pytest.raises(PermissionDenied) as refused:
        moderation.message_report(
            room=room, reporter=make_user("visitor"), message_id=fine.pk, reason="x"
        )
    assert str(refused.value) == "You are not a member of this room."
    assert not MessageReport.objects.exists()


@pytest.mark.usefixtures("members")
def test_resolving_closes_every_open_report_of_the_message(room, alice, moderator, bob, carol):
    message = post(room, bob, "rude words")
    for reporter, reason in ((carol, "rude"), (alice, "very rude")):
        moderation.message_report(
            room=room, reporter=reporter, message_id=message.pk, reason=reason
        )
    first = MessageReport.objects.order_by("id").first()

    closed = moderation.report_handle(
        room=room, actor=moderator, report_id=first.pk, outcome="resolved", delete_message=True
    )
    again = moderation.report_handle(
        room=room, actor=moderator, report_id=first.pk, outcome="dismissed"
    )

    assert (closed, again) == (2, 0)
    assert set(MessageReport.objects.values_list("status", "handled_by__username")) == {
        ("resolved", "dora")
    }
    message.refresh_from_db()
    assert message.is_deleted and message.body == ""
    assert audit(room) == [
        ("dora", "report_resolve", "bob", f"2 reports of message #{message.pk}."),
        ("dora", "message_delete", "bob", f"Message #{message.pk}: rude words"),
    ]


@pytest.mark.usefixtures("members")
def test_a_moderator_does_not_handle_reports_of_their_own_messages(room, alice, moderator, carol):
    message = post(room, moderator, "a moderator's slip")
    report, _ = moderation.message_report(
        room=room, reporter=carol, message_id=message.pk, reason="rude"
    )

    with pytest.raises(PermissionDenied) as refused:
        moderation.report_handle(
            room=room, actor=moderator, report_id=report.pk, outcome="dismissed"
        )
    assert str(refused.value) == "Another moderator must handle reports of your own messages."
    moderation.report_handle(room=room, actor=alice, report_id=report.pk, outcome="dismissed")
    assert MessageReport.objects.get().status == "dismissed"


@pytest.mark.usefixtures("members")
def test_moderators_deleting_others_messages_is_audited_and_authors_deleting_theirs_is_not(
    room, alice, bob
):
    theirs = post(room, bob, "off topic")
    mine = post(room, alice, "typo")
    services.message_delete(room=room, actor=alice, message_id=theirs.pk)
    services.message_delete(room=room, actor=alice, message_id=mine.pk)
    services.message_delete(room=room, actor=alice, message_id=theirs.pk)  # a tombstone already
    assert audit(room) == [("alice", "message_delete", "bob", f"Message #{theirs.pk}: off topic")]


# Views --------------------------------------------------------------------------------------

HTMX = {"HX-Request": "true"}


def member_url(room: Room, user: User | int | str, verb: str = "") -> str:
    pk = user.pk if isinstance(user, User) else user
    return f"/rooms/{room.slug}/members/{pk}/" + (f"{verb}/" if verb else "")


@pytest.mark.usefixtures("members")
def test_a_plain_post_mutes_and_goes_back_to_the_room_with_what_happened(
    client_for, room, alice, bob
):
    client = client_for(alice)
    response = client.post(member_url(room, bob, "mute"), {"minutes": "15"})

    assert (response.status_code, response["Location"]) == (302, f"/rooms/{room.slug}/")
    until = Membership.objects.get(room=room, user=bob).muted_until
    html = client.get(response["Location"]).content.decode()
    assert f"bob is muted until {services.mute_end(until)}." in html


@pytest.mark.usefixtures("members")
def test_htmx_gets_the_members_dialog_back_after_each_action(client_for, room, alice, bob):
    client = client_for(alice)

    muted = client.post(member_url(room, bob, "mute"), {"minutes": "60"}, headers=HTMX)
    assert muted.status_code == 200
    html = muted.content.decode()
    assert '<h2 id="moderation-dialog-title">bob</h2>' in html
    assert "bob is muted until" in html and ">Unmute</button>" in html

    promoted = client.post(member_url(room, bob, "role"), {"role": "moderator"}, headers=HTMX)
    assert "bob is now a moderator." in promoted.content.decode()
    assert ">Remove moderator</button>" in promoted.content.decode()

    kicked = client.post(member_url(room, bob, "kick"), headers=HTMX).content.decode()
    assert '<p class="moderation-note" role="status">bob was removed from the room.</p>' in kicked
    assert 'class="moderation-form' not in kicked  # nothing more to do to someone not here
    assert role_of(room, bob) is None


def test_the_manage_dialog_offers_what_the_viewer_may_do(client_for, room, alice, moderator, bob):
    join(room, bob)

    def buttons(viewer: User, target: User) -> list[str]:
        response = client_for(viewer).get(member_url(room, target), headers=HTMX)
        assert response.status_code == 200
        return re.findall(
            r'<button type="submit" class="button [^"]+">([^<]+)</button>',
            response.content.decode(),
        )

    assert buttons(alice, bob) == [
        "Mute",
        "Make moderator",
        "Make owner",
        "Remove from room",
        "Ban",
    ]
    assert buttons(moderator, bob) == ["Mute", "Remove from room", "Ban"]
    assert buttons(moderator, alice) == []
    assert buttons(alice, moderator) == [
        "Mute",
        "Remove moderator",
        "Make owner",
        "Remove from room",
        "Ban",
    ]
    page = client_for(moderator).get(member_url(room, bob))  # without JavaScript: a page
    assert page.status_code == 200
    assert (
        "<!doctype html>" in page.content.decode() and "Back to Tea Room" in page.content.decode()
    )


@pytest.mark.usefixtures("members")
@pytest.mark.parametrize(
    ("verb", "data"),
    [
        ("", None),
        ("mute", {"minutes": "5"}),
        ("unmute", {}),
        ("kick", {}),
        ("ban", {"reason": "x"}),
        ("unban", {}),
        ("role", {"role": "moderator"}),
        ("transfer", {}),
    ],
)
def test_members_and_visitors_get_403_for_every_member_tool(
    client_for, room, bob, carol, make_user, verb, data
):
    for person in (bob, make_user("visitor")):
        client = client_for(person)
        url = member_url(room, carol, verb)
        response = client.get(url) if data is None else client.post(url, data)
        assert response.status_code == 403
    assert role_of(room, carol) == "member"
    assert not ModerationAction.objects.exists()


@pytest.mark.usefixtures("members")
@pytest.mark.parametrize("verb", ["", "mute", "kick", "ban", "unban", "role", "transfer", "unmute"])
@pytest.mark.parametrize("value", ["99999999999999999999999", "0", "1.5", "\u0663"])
def test_malformed_member_ids_are_400_and_unknown_ones_404(client_for, room, alice, verb, value):
    client = client_for(alice)
    data = {"minutes": "5", "role": "moderator"}
    response = (
        client.get(member_url(room, value))
        if not verb
        else client.post(member_url(room, value, verb), data)
    )
    assert response.status_code == 400
    assert response.content == b"Which person? Give their user id."
    unknown = member_url(room, 2**63 - 1, verb)
    response = client.get(unknown) if not verb else client.post(unknown, data)
    assert response.status_code == 404


@pytest.mark.usefixtures("members")
def test_rights_are_checked_before_the_id_is_read(client_for, room, bob):
    response = client_for(bob).post(member_url(room, "9" * 40, "kick"))
    assert (response.status_code, response.content) == (
        403,
        b"Only the room's owners and moderators can do that.",
    )


MODERATION_URLS = [
    ("get", "/rooms/{slug}/moderation/", {}),
    ("get", "/rooms/{slug}/members/{user}/", {}),
    ("get", "/rooms/{slug}/members/abc/", {}),
    ("post", "/rooms/{slug}/members/{user}/mute/", {"minutes": "5"}),
    ("post", "/rooms/{slug}/members/{user}/unmute/", {}),
    ("post", "/rooms/{slug}/members/{user}/kick/", {}),
    ("post", "/rooms/{slug}/members/{user}/ban/", {}),
    ("post", "/rooms/{slug}/members/{user}/unban/", {}),
    ("post", "/rooms/{slug}/members/{user}/role/", {"role": "moderator"}),
    ("post", "/rooms/{slug}/members/{user}/transfer/", {}),
    ("get", "/rooms/{slug}/messages/{message}/report/", {}),
    ("post", "/rooms/{slug}/messages/{message}/report/", {"reason": "x"}),
    ("post", "/rooms/{slug}/messages/9999999999999999999999/report/", {"reason": "x"}),
    ("post", "/rooms/{slug}/reports/{report}/resolve/", {}),
    ("post", "/rooms/{slug}/reports/{report}/dismiss/", {}),
    ("get", "/rooms/{slug}/reports/{report}/dismiss/", {}),
]


@pytest.mark.parametrize(("method", "url", "data"), MODERATION_URLS)
def test_every_moderation_url_of_a_private_room_answers_as_a_missing_room(
    client_for, private_room, alice, bob, carol, method, url, data
):
    Membership.objects.create(room=private_room, user=carol)
    message = post(private_room, alice, "secret")
    report, _ = moderation.message_report(
        room=private_room, reporter=carol, message_id=message.pk, reason="x"
    )
    client = client_for(bob)
    ids = {"user": carol.pk, "message": message.pk, "report": report.pk}

    private = getattr(client, method)(url.format(slug=private_room.slug, **ids), data)
    missing = getattr(client, method)(url.format(slug=private_room.slug + "-x", **ids), data)

    assert (private.status_code, private.content) == (missing.status_code, missing.content)
    assert private.status_code in (404, 405)
    assert role_of(private_room, carol) == "member"


def test_moderation_posts_need_csrf(room, alice, bob):
    join(room, bob)
    client = Client(enforce_csrf_checks=True)
    client.force_login(alice)
    assert client.post(member_url(room, bob, "kick")).status_code == 403
    assert role_of(room, bob) == "member"


@pytest.mark.usefixtures("members")
def test_refusals_to_htmx_show_in_the_dialog(client_for, room, moderator):
    response = client_for(moderator).post(
        member_url(room, User.objects.get(username="alice"), "kick"), headers=HTMX
    )
    assert response.status_code == 403
    assert response["HX-Retarget"] == "#moderation-dialog-body"
    assert response["HX-Reswap"] == "innerHTML"
    assert (
        '<p class="moderation-error" role="alert">Moderators can act on members only, not on '
        "owners or other moderators.</p>" in response.content.decode()
    )


# Reports through the views ------------------------------------------------------------------


def report_url(room: Room, message: Message | str) -> str:
    pk = message.pk if isinstance(message, Message) else message
    return f"/rooms/{room.slug}/messages/{pk}/report/"


@pytest.mark.usefixtures("members")
def test_a_member_reports_a_message_from_its_dialog(client_for, room, bob, carol):
    message = post(room, bob, "buy <b>cheap</b> watches")
    client = client_for(carol)

    form = client.get(report_url(room, message), headers=HTMX).content.decode()
    assert "<strong>bob:</strong> buy &lt;b&gt;cheap&lt;/b&gt; watches" in form
    missing_reason = client.post(report_url(room, message), {"reason": " "}, headers=HTMX)
    assert missing_reason.status_code == 400
    assert "Say in a few words what is wrong." in missing_reason.content.decode()
    done = client.post(report_url(room, message), {"reason": "spam"}, headers=HTMX)

    assert done.status_code == 200
    assert "Thank you. The room's moderators will look at it" in done.content.decode()
    assert list(MessageReport.objects.values_list("reporter__username", "reason")) == [
        ("carol", "spam")
    ]
    plain = client.post(report_url(room, message), {"reason": "spam"})
    assert (plain.status_code, plain["Location"]) == (302, f"/rooms/{room.slug}/")


@pytest.mark.usefixtures("members")
def test_report_urls_answer_400_and_404_never_500(client_for, room, bob, carol):
    own = post(room, carol, "mine")
    client = client_for(carol)
    for value in ("99999999999999999999999", "0", "x", "1.5"):
        response = client.post(report_url(room, value), {"reason": "x"})
        assert (response.status_code, response.content) == (400, b"Which message? Give its id.")
    for message in (own, str(2**63 - 1)):
        response = client.get(report_url(room, message))
        assert (response.status_code, response.content) == (
            404,
            b"That message cannot be reported.",
        )
    assert not MessageReport.objects.exists()


@pytest.mark.usefixtures("members")
def test_the_queue_shows_reasons_never_reporters_and_not_to_the_reported(
    client_for, room, alice, moderator, bob, carol
):
    rude = post(room, bob, "you are all wrong")
    slip = post(room, moderator, "a moderator's slip")
    moderation.message_report(room=room, reporter=carol, message_id=rude.pk, reason="insulting")
    moderation.message_report(room=room, reporter=alice, message_id=rude.pk, reason="hostile")
    moderation.message_report(room=room, reporter=carol, message_id=slip.pk, reason="unkind")

    owner_view = client_for(alice).get(f"/rooms/{room.slug}/moderation/", headers=HTMX)
    moderator_view = client_for(moderator).get(f"/rooms/{room.slug}/moderation/", headers=HTMX)

    html = owner_view.content.decode()
    assert re.findall(r'<article class="report" id="report-(\d+)">', html) == [
        str(MessageReport.objects.filter(message=rude).order_by("id").first().pk),
        str(MessageReport.objects.get(message=slip).pk),
    ]
    assert "<li>insulting</li><li>hostile</li>" in html and "<li>unkind</li>" in html
    assert "carol" not in html
    # dora sees bob's message, not the report of her own.
    mod_html = moderator_view.content.decode()
    assert "you are all wrong" in mod_html and "slip" not in mod_html and "unkind" not in mod_html
    assert "carol" not in mod_html
    # Neither bob nor carol may open the queue; bob's page says nothing of it.
    assert client_for(bob).get(f"/rooms/{room.slug}/moderation/").status_code == 403
    bob_page = client_for(bob).get(f"/rooms/{room.slug}/").content.decode()
    assert "insulting" not in bob_page and "carol" not in bob_page.split('id="member-list"')[0]


@pytest.mark.usefixtures("members")
def test_resolve_and_dismiss_from_the_panel(client_for, room, alice, bob, carol):
    first = post(room, bob, "one")
    second = post(room, bob, "two")
    r1, _ = moderation.message_report(room=room, reporter=carol, message_id=first.pk, reason="a")
    r2, _ = moderation.message_report(room=room, reporter=carol, message_id=second.pk, reason="b")
    client = client_for(alice)

    deleted = client.post(
        f"/rooms/{room.slug}/reports/{r1.pk}/resolve/", {"delete_message": "1"}, headers=HTMX
    )
    dismissed = client.post(f"/rooms/{room.slug}/reports/{r2.pk}/dismiss/")

    assert "The message is deleted and its reports resolved." in deleted.content.decode()
    assert f'id="report-{r1.pk}"' not in deleted.content.decode()
    assert f'id="report-{r2.pk}"' in deleted.content.decode()
    assert (dismissed.status_code, dismissed["Location"]) == (302, f"/rooms/{room.slug}/")
    assert list(MessageReport.objects.order_by("id").values_list("status", flat=True)) == [
        "resolved",
        "dismissed",
    ]
    assert Message.objects.get(pk=first.pk).is_deleted
    assert not Message.objects.get(pk=second.pk).is_deleted
    for value in ("abc", "99999999999999999999999"):
        response = client.post(f"/rooms/{room.slug}/reports/{value}/resolve/")
        assert (response.status_code, response.content) == (400, b"Which report? Give its id.")
    assert client.post(f"/rooms/{room.slug}/reports/{2**63 - 1}/resolve/").status_code == 404
    assert client_for(carol).post(f"/rooms/{room.slug}/reports/{r2.pk}/dismiss/").status_code == 403


@pytest.mark.usefixtures("members")
def test_unban_from_the_panel(client_for, room, alice, bob):
    moderation.member_ban(room=room, actor=alice, user_id=bob.pk, reason="spam")
    client = client_for(alice)
    panel = client.get(f"/rooms/{room.slug}/moderation/", headers=HTMX).content.decode()
    assert '<span class="ban-name">bob</span> <span class="muted ban-reason">spam</span>' in panel

    response = client.post(member_url(room, bob, "unban"), headers=HTMX)

    assert "bob may join the room again." in response.content.decode()
    assert "ban-name" not in response.content.decode()
    assert not Sanction.objects.exists()


# Joining, leaving and the room page ---------------------------------------------------------


@pytest.mark.usefixtures("members")
def test_a_banned_person_sees_the_room_without_a_join_button_and_cannot_join(
    client_for, room, alice, bob
):
    moderation.member_ban(room=room, actor=alice, user_id=bob.pk)
    client = client_for(bob)

    page = client.get(f"/rooms/{room.slug}/").content.decode()
    joined = client.post(f"/rooms/{room.slug}/join/")

    assert "You are banned from this room: you cannot join it." in page
    assert ">Join room</button>" not in page
    assert (joined.status_code, joined.content) == (403, b"You are banned from this room.")
    assert role_of(room, bob) is None


@pytest.mark.usefixtures("members")
def test_the_last_owner_is_sent_back_to_hand_the_room_over(client_for, room, alice):
    client = client_for(alice)
    response = client.post(f"/rooms/{room.slug}/leave/")
    assert (response.status_code, response["Location"]) == (302, f"/rooms/{room.slug}/")
    assert (
        "You are the only owner of this room: make someone else its owner"
        in client.get(response["Location"]).content.decode()
    )
    assert role_of(room, alice) == "owner"


def test_the_only_member_confirms_before_the_room_closes(client_for, room, alice):
    client = client_for(alice)

    asked = client.post(f"/rooms/{room.slug}/leave/")
    assert asked.status_code == 200
    html = asked.content.decode()
    assert "<h1>Close Tea Room?</h1>" in html
    assert '<input type="hidden" name="close" value="1">' in html
    assert Room.objects.filter(pk=room.pk).exists()

    closed = client.post(f"/rooms/{room.slug}/leave/", {"close": "1"})
    assert (closed.status_code, closed["Location"]) == (302, "/")
    assert not Room.objects.exists()
    assert "Tea Room is closed." in client.get("/").content.decode()
    assert client.get(f"/rooms/{room.slug}/").status_code == 404


def test_the_room_page_marks_the_viewers_role_and_member_rows_their_tools(
    client_for, room, alice, bob
):
    join(room, bob)
    moderation.member_mute(room=room, actor=alice, user_id=bob.pk, minutes=5)

    alice_page = client_for(alice).get(f"/rooms/{room.slug}/").content.decode()
    bob_page = client_for(bob).get(f"/rooms/{room.slug}/").content.decode()

    assert (
        '<div id="membership-state" class="membership-state" data-role="owner"></div>' in alice_page
    )
    assert (
        '<section id="moderation-panel" class="moderation-panel" data-load="true" hidden>'
        in alice_page
    )
    assert '<section id="moderation-panel" class="moderation-panel" hidden>' in bob_page
    assert 'data-role="member"><p class="muted-notice" role="status"' in bob_page
    assert "You are muted in this room until" in bob_page
    # The same rows for everyone: a Manage button per person (CSS shows it to moderators).
    for page in (alice_page, bob_page):
        assert f'class="member-manage" data-user-id="{bob.pk}"' in page
        assert f'class="member-manage" data-user-id="{alice.pk}"' in page
        assert '<span class="badge badge-muted"' in page


# Hot path ----------------------------------------------------------------------------------


@pytest.mark.usefixtures("members")
def test_the_mute_check_costs_no_query_on_the_posting_path(room, bob, django_assert_num_queries):
    membership = Membership.objects.get(room=room, user=bob)
    send = services.Post(author=bob, body="hi", client_id=uuid.uuid4(), membership=membership)
    # SAVEPOINT, the room's seq, the INSERT, the author's read mark, RELEASE: as before mutes.
    with django_assert_num_queries(5):
        (result,) = services.messages_post(room=room, posts=[send])
    assert result.created

    # A mute the caller does not know of yet is caught by that same UPDATE; only the refusal
    # pays a query, to say why.
    Membership.objects.filter(pk=membership.pk).update(muted_until=FAR)
    send = services.Post(author=bob, body="sneaky", client_id=uuid.uuid4(), membership=membership)
    (refused,) = services.messages_post(room=room, posts=[send])
    assert isinstance(refused, PermissionDenied) and str(refused) == FAR_TEXT
    assert list(Message.objects.values_list("body", flat=True)) == ["hi"]


# Sockets -----------------------------------------------------------------------------------


async def frames_until(
    socket: WebsocketCommunicator, done: Callable[[str], bool], timeout: float = TIMEOUT
) -> list[str]:
    """Every frame `socket` receives up to and including the first for which `done` holds."""
    seen: list[str] = []
    async with asyncio.timeout(timeout):
        while True:
            seen.append(await socket.receive_from(timeout=timeout))
            if done(seen[-1]):
                return seen


async def closed_with(socket: WebsocketCommunicator) -> int:
    """The socket's close code; frames before it (member rows) may come first, never a
    message."""
    output = await socket.receive_output(timeout=1)
    while output["type"] == "websocket.send":
        assert "<article" not in output["text"], output
        output = await socket.receive_output(timeout=1)
    assert output["type"] == "websocket.close", output
    return output["code"]


@database_sync_to_async
def saved_bodies() -> list[str]:
    return list(Message.objects.order_by("id").values_list("body", flat=True))


@database_sync_to_async
def muted_until(room: Room, user: User) -> datetime | None:
    return Membership.objects.get(room=room, user=user).muted_until


def is_error(html: str) -> bool:
    return html.startswith('<div id="composer-error"')


@pytest.mark.parametrize("when", ["before the socket opened", "while it is open"])
@sockets
async def test_a_muted_members_socket_gets_the_error_and_nothing_is_saved(room, alice, bob, when):
    await database_sync_to_async(join)(room, bob)
    mute = database_sync_to_async(moderation.member_mute)
    if when == "before the socket opened":
        await mute(room=room, actor=alice, user_id=bob.pk, minutes=30)
    bob_socket = await connected_socket(room.slug, bob)
    alice_socket = await connected_socket(room.slug, alice)
    if when == "while it is open":
        await mute(room=room, actor=alice, user_id=bob.pk, minutes=30)
        # bob's page is told, and only his: alice's socket sees his row with its badge.
        told = await frames_until(bob_socket, lambda f: 'id="membership-state"' in f)
        assert "You are muted in this room until" in told[-1]
        seen = await frames_until(alice_socket, lambda f: f'<li id="member-{bob.pk}"' in f)
        assert "badge-muted" in seen[-1]
        assert not any("membership-state" in f for f in seen)
    until = services.mute_end(await muted_until(room, bob))
    client_id = str(uuid.uuid4())

    await bob_socket.send_to(text_data=frame("let me speak", client_id=client_id))
    await bob_socket.send_to(text_data=action("edit", message_id=1, body="x"))

    # (Frames of the member panel may come first.)
    errors = [f for f in await frames_until(bob_socket, is_error) if is_error(f)]
    errors += [f for f in await frames_until(bob_socket, is_error) if is_error(f)]
    text = f"You are muted in this room until {until}: you can read, but not post."
    # Refused as not allowed: the page offers no Retry that would be refused again.
    error = (
        '<div id="composer-error" class="composer-error" role="alert" data-client-id="{}" '
        'data-refused="true">{}</div>'
    )
    assert errors == [error.format(client_id, text), error.format("", text)]
    assert await saved_bodies() == []
    # alice still talks, and bob still reads.
    await alice_socket.send_to(text_data=frame("you may read"))
    assert message_ids((await frames_until(bob_socket, lambda f: "<article" in f))[-1])
    await bob_socket.disconnect()
    await alice_socket.disconnect()


@sockets
async def test_a_mute_written_behind_the_sockets_back_is_enforced_by_the_insert(room, bob):
    await database_sync_to_async(join)(room, bob)
    socket = await connected_socket(room.slug, bob)
    # No event: only the database knows (the socket loaded bob's membership unmuted).
    await database_sync_to_async(Membership.objects.filter(room=room, user=bob).update)(
        muted_until=FAR
    )

    await socket.send_to(text_data=frame("sneaky"))

    reply = await socket.receive_from(timeout=TIMEOUT)
    assert is_error(reply) and FAR_TEXT in reply
    assert await saved_bodies() == []
    await socket.disconnect()


@sockets
async def test_an_unmuted_members_socket_posts_again_at_once(room, alice, bob):
    await database_sync_to_async(join)(room, bob)
    await database_sync_to_async(moderation.member_mute)(
        room=room, actor=alice, user_id=bob.pk, minutes=30
    )
    socket = await connected_socket(room.slug, bob)

    await database_sync_to_async(moderation.member_unmute)(room=room, actor=alice, user_id=bob.pk)
    told = await frames_until(socket, lambda f: 'id="membership-state"' in f)
    assert 'data-role="member" hx-swap-oob="true"></div>' in told[-1]
    await socket.send_to(text_data=frame("thank you"))

    assert message_ids((await frames_until(socket, lambda f: "<article" in f))[-1])
    assert await saved_bodies() == ["thank you"]
    await socket.disconnect()


@sockets
async def test_a_muted_members_typing_is_not_shown(room, alice, bob, carol):
    await database_sync_to_async(join)(room, bob, carol)
    await database_sync_to_async(moderation.member_mute)(
        room=room, actor=alice, user_id=bob.pk, minutes=30
    )
    bob_socket = await connected_socket(room.slug, bob)
    carol_socket = await connected_socket(room.slug, carol)
    alice_socket = await connected_socket(room.slug, alice)

    await bob_socket.send_to(text_data=action("typing"))
    await bob_socket.send_to(text_data=frame("x"))
    assert is_error(await bob_socket.receive_from(timeout=TIMEOUT))  # his typing was handled
    await carol_socket.send_to(text_data=action("typing"))

    typing = await alice_socket.receive_from(timeout=TIMEOUT)
    assert f'<span data-user-id="{carol.pk}" data-name="carol">' in typing
    for socket in (alice_socket, bob_socket, carol_socket):
        await socket.disconnect()


@sockets
async def test_a_kicked_members_socket_closes_with_4403_and_the_room_sees_them_go(room, alice, bob):
    await database_sync_to_async(join)(room, bob)
    bob_socket = await connected_socket(room.slug, bob)
    alice_socket = await connected_socket(room.slug, alice)

    await database_sync_to_async(moderation.member_kick)(room=room, actor=alice, user_id=bob.pk)

    assert await closed_with(bob_socket) == 4403
    gone = await frames_until(alice_socket, lambda f: f'<li id="member-{bob.pk}"' in f)
    assert f'<li id="member-{bob.pk}" data-removed="true"></li>' in gone[-1]
    await alice_socket.disconnect()


@sockets
async def test_a_banned_persons_sockets_close_and_stay_closed(room, alice, bob):
    await database_sync_to_async(join)(room, bob)
    bob_socket = await connected_socket(room.slug, bob)
    alice_socket = await connected_socket(room.slug, alice)

    await database_sync_to_async(moderation.member_ban)(room=room, actor=alice, user_id=bob.pk)

    assert await closed_with(bob_socket) == 4403
    # Not even as a visitor of the public room.
    again = await communicator_for(room.slug, bob)
    connected, _ = await again.connect(timeout=TIMEOUT)
    assert connected
    closed = await again.receive_output(timeout=TIMEOUT)
    assert (closed["type"], closed["code"]) == ("websocket.close", 4403)
    # The owner's page is told to fetch its panel (the bans list) again.
    signal = await frames_until(alice_socket, lambda f: "moderation-signal" in f)
    assert (
        signal[-1]
        == '<div id="moderation-signal" hx-swap-oob="true" data-pending="true" hidden></div>'
    )
    await alice_socket.disconnect()


@sockets
async def test_reports_reach_moderators_sockets_only(room, alice, moderator, bob, carol):
    await database_sync_to_async(join)(room, bob, carol)
    message = await database_sync_to_async(post)(room, bob, "rude")
    sockets_by_name = {
        person.username: await connected_socket(room.slug, person)
        for person in (alice, moderator, bob, carol)
    }

    await database_sync_to_async(moderation.message_report)(
        room=room, reporter=carol, message_id=message.pk, reason="rude"
    )
    await sockets_by_name["alice"].send_to(text_data=frame("next"))

    first = {
        name: await socket.receive_from(timeout=TIMEOUT) for name, socket in sockets_by_name.items()
    }
    assert {name: "moderation-signal" in html for name, html in first.items()} == {
        "alice": True,
        "dora": True,
        "bob": False,
        "carol": False,
    }
    assert message_ids(first["bob"]) == message_ids(first["carol"]) != []
    for socket in sockets_by_name.values():
        await socket.disconnect()


@sockets
async def test_a_promoted_member_hears_reports_from_then_on(room, alice, bob, carol):
    await database_sync_to_async(join)(room, bob, carol)
    message = await database_sync_to_async(post)(room, alice, "hello")
    bob_socket = await connected_socket(room.slug, bob)

    await database_sync_to_async(moderation.member_role_set)(
        room=room, actor=alice, user_id=bob.pk, role="moderator"
    )
    told = await frames_until(bob_socket, lambda f: 'id="membership-state"' in f)
    assert 'data-role="moderator"' in told[-1] and "moderation-signal" in told[-1]
    await database_sync_to_async(moderation.message_report)(
        room=room, reporter=carol, message_id=message.pk, reason="too cheerful"
    )

    assert await frames_until(bob_socket, lambda f: "moderation-signal" in f)
    await bob_socket.disconnect()


@sockets
async def test_closing_a_room_closes_its_visitors_as_a_missing_room(room, alice, bob):
    visitor = await connected_socket(room.slug, bob)
    owner = await connected_socket(room.slug, alice)

    await database_sync_to_async(services.membership_leave)(room=room, user=alice, close=True)

    assert await closed_with(owner) == 4403
    assert await closed_with(visitor) == 4404


# Admin --------------------------------------------------------------------------------------


@pytest.fixture
def staff(client_for):
    root = User.objects.create_superuser(username="root", password="x" * 20)
    return root, client_for(root)


@pytest.mark.usefixtures("members")
def test_the_audit_log_is_read_only_in_the_admin(staff, room, alice, bob):
    _, client = staff
    moderation.member_kick(room=room, actor=alice, user_id=bob.pk)
    row = ModerationAction.objects.get()

    listing = client.get("/admin/rooms/moderationaction/")
    assert listing.status_code == 200
    assert "Removed from the room" in listing.content.decode()
    change = client.get(f"/admin/rooms/moderationaction/{row.pk}/change/")
    assert change.status_code == 200 and 'name="_save"' not in change.content.decode()
    assert (
        client.post(f"/admin/rooms/moderationaction/{row.pk}/change/", {"detail": "x"}).status_code
        == 403
    )
    assert client.get("/admin/rooms/moderationaction/add/").status_code == 403
    assert (
        client.post(f"/admin/rooms/moderationaction/{row.pk}/delete/", {"post": "yes"}).status_code
        == 403
    )
    # There is no bulk delete either.
    client.post(
        "/admin/rooms/moderationaction/",
        {"action": "delete_selected", "_selected_action": [row.pk], "post": "yes"},
    )
    assert list(ModerationAction.objects.values_list("pk", "detail")) == [(row.pk, "")]


@pytest.mark.usefixtures("members")
def test_staff_see_reporters_and_resolve_reports_in_the_admin(staff, room, bob, carol):
    root, client = staff
    message = post(room, bob, "spam spam")
    report, _ = moderation.message_report(
        room=room, reporter=carol, message_id=message.pk, reason="spam"
    )

    listing = client.get("/admin/rooms/messagereport/").content.decode()
    assert "carol" in listing and "spam spam" in listing
    response = client.post(
        "/admin/rooms/messagereport/", {"action": "resolve", "_selected_action": [report.pk]}
    )

    assert response.status_code == 302
    report.refresh_from_db()
    assert (report.status, report.handled_by) == ("resolved", root)
    assert audit(room) == [("root", "report_resolve", "bob", f"1 report of message #{message.pk}.")]
    assert client.get("/admin/rooms/messagereport/add/").status_code == 403


@pytest.mark.usefixtures("members")
def test_staff_lift_bans_in_the_admin_and_cannot_add_a_banned_member(staff, room, alice, bob):
    _, client = staff
    moderation.member_ban(room=room, actor=alice, user_id=bob.pk, reason="spam")

    refused = client.post(
        "/admin/rooms/membership/add/", {"user": bob.pk, "room": room.pk, "role": "member"}
    )
    assert refused.status_code == 200
    assert "This person is banned from the room: lift the ban before adding them." in (
        refused.content.decode()
    )
    ban = Sanction.objects.get()
    lifted = client.post("/admin/rooms/sanction/", {"action": "lift", "_selected_action": [ban.pk]})
    assert lifted.status_code == 302
    assert not Sanction.objects.exists()
    added = client.post(
        "/admin/rooms/membership/add/", {"user": bob.pk, "room": room.pk, "role": "member"}
    )
    assert added.status_code == 302 and role_of(room, bob) == "member"
    assert [row[1] for row in audit(room)] == ["ban", "unban"]


@pytest.mark.parametrize(
    "url",
    ["/admin/rooms/moderationaction/", "/admin/rooms/messagereport/", "/admin/rooms/sanction/"],
)
def test_the_moderation_change_lists_do_not_grow_queries_with_rows(
    staff, room, alice, make_user, url
):
    _, client = staff

    def grow(count: int) -> None:
        start = User.objects.count()
        for i in range(count):
            person = make_user(f"p{start + i}")
            join(room, person)
            message = post(room, person, f"m{i}")
            moderation.message_report(room=room, reporter=alice, message_id=message.pk, reason="r")
            moderation.member_ban(room=room, actor=alice, user_id=person.pk)

    grow(2)
    with CaptureQueriesContext(connection) as small:
        assert client.get(url).status_code == 200
    grow(8)
    with CaptureQueriesContext(connection) as large:
        assert client.get(url).status_code == 200
    assert len(small) == len(large), [q["sql"] for q in large.captured_queries]
