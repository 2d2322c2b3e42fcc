"""Moderation: what a room's owners and moderators may do to its members, and reports of
messages to them.

Each service checks the actor's rights before it reads anything else they sent, works in one
transaction under the room's lock (`services.room_lock`: moderation changes of a room happen
one after another), writes a row of the audit log (`ModerationAction`), and tells the room
after commit through `rooms.events`. Rights go by rank: an owner acts on moderators and
members, a moderator on members; only owners change roles and hand the room over. Personas
come and go through the room's settings, not through these.
"""

from __future__ import annotations

from datetime import timedelta
from functools import partial

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from accounts.models import User
from rooms import events, selectors, services
from rooms.models import (
    Membership,
    Message,
    MessageReport,
    ModerationAction,
    Room,
    RoomConnection,
    Sanction,
)

Role = Membership.Role

# Mutes last from a minute to a week; the member panel offers these.
MUTE_MINUTES_MAX = 7 * 24 * 60
MUTE_CHOICES = [(5, "5 minutes"), (15, "15 minutes"), (60, "1 hour"), (24 * 60, "1 day")]
REASON_MAX_LENGTH = 200


# Members -----------------------------------------------------------------------------------


def member_mute(*, room: Room, actor: User, user_id: object, minutes: object) -> Membership:
    """Mute a member for `minutes`: they read the room but cannot post, edit or type in it
    until then, even if they leave and join again."""
    with transaction.atomic():
        mine = _moderator(room, actor)
        target = _target(room, mine, user_id)
        minutes = services.id_clean(
            minutes,
            message=f"Mute for how long? Give minutes, from 1 to {MUTE_MINUTES_MAX:,}.",
            code="minutes",
        )
        if minutes > MUTE_MINUTES_MAX:
            raise ValidationError(
                f"A mute lasts at most {MUTE_MINUTES_MAX:,} minutes (a week).", code="minutes"
            )
        target.muted_until = timezone.now() + timedelta(minutes=minutes)
        target.save(update_fields=["muted_until"])
        Sanction.objects.update_or_create(
            room=room,
            user=target.user,
            kind=Sanction.Kind.MUTE,
            defaults={"until": target.muted_until, "created_by": actor},
        )
        services.moderation_action_record(
            room=room,
            actor=actor,
            kind=ModerationAction.Kind.MUTE,
            target=target.user,
            detail=f"For {minutes} min, until {target.muted_until:%Y-%m-%d %H:%M} UTC.",
        )
        _membership_changed_on_commit(target)
    return target


def member_unmute(*, room: Room, actor: User, user_id: object) -> Membership:
    """Lift a member's mute (nothing happens to a member who is not muted)."""
    with transaction.atomic():
        mine = _moderator(room, actor)
        target = _target(room, mine, user_id)
        lifted, _ = Sanction.objects.filter(
            room=room, user=target.user, kind=Sanction.Kind.MUTE
        ).delete()
        if target.muted_until is None and not lifted:
            return target
        target.muted_until = None
        target.save(update_fields=["muted_until"])
        services.moderation_action_record(
            room=room, actor=actor, kind=ModerationAction.Kind.UNMUTE, target=target.user
        )
        _membership_changed_on_commit(target)
    return target


def member_kick(*, room: Room, actor: User, user_id: object) -> User:
    """Remove a member from the room: their sockets close (4403). They may join a public room
    again (a mute still holds); a ban is what keeps them out."""
    with transaction.atomic():
        mine = _moderator(room, actor)
        target = _target(room, mine, user_id)
        _remove(target)
        services.moderation_action_record(
            room=room, actor=actor, kind=ModerationAction.Kind.KICK, target=target.user
        )
    return target.user


def member_ban(*, room: Room, actor: User, user_id: object, reason: object = "") -> User:
    """Remove a member and keep them out: they cannot join or be added again, and their
    sockets in the room close (4403), until a moderator lifts the ban."""
    with transaction.atomic():
        mine = _moderator(room, actor)
        target = _target(room, mine, user_id)
        reason = _reason(reason, required=False)
        Sanction.objects.update_or_create(
            room=room,
            user=target.user,
            kind=Sanction.Kind.BAN,
            defaults={"until": None, "reason": reason, "created_by": actor},
        )
        _remove(target)
        services.moderation_action_record(
            room=room,
            actor=actor,
            kind=ModerationAction.Kind.BAN,
            target=target.user,
            detail=reason,
        )
        transaction.on_commit(partial(events.moderation_changed, room_id=room.pk))
    return target.user


def member_unban(*, room: Room, actor: User, user_id: object) -> User:
    """Lift a ban: the person may join the room again (they are not added by it)."""
    with transaction.atomic():
        _moderator(room, actor)
        pk = _user_id_clean(user_id)
        ban = (
            Sanction.objects.select_related("user")
            .filter(room=room, user_id=pk, kind=Sanction.Kind.BAN)
            .first()
        )
        if ban is None:
            raise ValidationError("That person is not banned from this room.", code="not_found")
        ban.delete()
        services.moderation_action_record(
            room=room, actor=actor, kind=ModerationAction.Kind.UNBAN, target=ban.user
        )
        transaction.on_commit(partial(events.moderation_changed, room_id=room.pk))
    return ban.user


def member_role_set(*, room: Room, actor: User, user_id: object, role: object) -> Membership:
    """Make a member a moderator, or a moderator a member again (owners only)."""
    with transaction.atomic():
        mine = _owner(room, actor)
        target = _target(room, mine, user_id)
        if role not in (Role.MODERATOR, Role.MEMBER):
            raise ValidationError("Choose the role moderator or member.", code="role")
        if target.role == role:
            return target
        target.role = role
        target.save(update_fields=["role"])
        promoted = role == Role.MODERATOR
        services.moderation_action_record(
            room=room,
            actor=actor,
            kind=ModerationAction.Kind.PROMOTE if promoted else ModerationAction.Kind.DEMOTE,
            target=target.user,
        )
        _membership_changed_on_commit(target)
    return target


def ownership_transfer(*, room: Room, actor: User, user_id: object) -> Membership:
    """Hand the room over: the member becomes its owner, and the owner who hands it over a
    moderator."""
    with transaction.atomic():
        mine = _owner(room, actor)
        target = _target(room, mine, user_id)
        target.role = Role.OWNER
        target.muted_until = None  # an owner is nobody's to mute
        target.save(update_fields=["role", "muted_until"])
        Sanction.objects.filter(room=room, user=target.user, kind=Sanction.Kind.MUTE).delete()
        mine.role = Role.MODERATOR
        mine.save(update_fields=["role"])
        services.moderation_action_record(
            room=room, actor=actor, kind=ModerationAction.Kind.TRANSFER, target=target.user
        )
        _membership_changed_on_commit(target)
        _membership_changed_on_commit(mine)
    return target


def _moderator(room: Room, actor: User) -> Membership:
    services.room_lock(room)
    return selectors.membership_require(room=room, user=actor, role=Role.MODERATOR)


def _owner(room: Room, actor: User) -> Membership:
    services.room_lock(room)
    return selectors.membership_require(room=room, user=actor, role=Role.OWNER)


def _user_id_clean(user_id: object) -> int:
    return services.id_clean(user_id, message="Which person? Give their user id.", code="user_id")


def _target(room: Room, mine: Membership, user_id: object) -> Membership:
    """The membership `mine` acts on: a person in the room whom `mine` outranks."""
    pk = _user_id_clean(user_id)
    if pk == mine.user_id:
        raise ValidationError("You cannot do that to yourself.", code="self")
    target = Membership.objects.select_related("user").filter(room=room, user_id=pk).first()
    if target is None:
        raise ValidationError("That person is not a member of this room.", code="not_found")
    if target.user.is_persona:
        raise ValidationError(
            "Personas join and leave through the room's settings.", code="persona"
        )
    if Membership.role_rank(target.role) <= Membership.role_rank(mine.role):
        raise PermissionDenied(
            "Owners cannot act on other owners."
            if mine.role == Role.OWNER
            else "Moderators can act on members only, not on owners or other moderators."
        )
    return target


def _remove(target: Membership) -> None:
    # Deleting the row closes the person's sockets in the room (rooms.receivers).
    target.delete()
    RoomConnection.objects.filter(room_id=target.room_id, user=target.user).delete()


def _membership_changed_on_commit(membership: Membership) -> None:
    transaction.on_commit(
        partial(events.membership_changed, room_id=membership.room_id, user_id=membership.user_id)
    )


def _reason(reason: object, *, required: bool) -> str:
    if not isinstance(reason, str):
        raise ValidationError("Give the reason as text.", code="reason")
    reason = " ".join(reason.split())
    if required and not reason:
        raise ValidationError("Say in a few words what is wrong.", code="reason")
    if len(reason) > REASON_MAX_LENGTH:
        raise ValidationError(
            f"Keep the reason under {REASON_MAX_LENGTH} characters.", code="reason"
        )
    return reason


# Reports -----------------------------------------------------------------------------------


def message_report(
    *, room: Room, reporter: User, message_id: object, reason: object
) -> tuple[MessageReport, bool]:
    """Report a message to the room's moderators: any member may, once per message, about
    anyone's message but their own. The report and whether it is new (a second report of the
    same message by the same person changes nothing)."""
    selectors.membership_require(room=room, user=reporter)
    pk = services.id_clean(message_id, message="Which message? Give its id.", code="message_id")
    reason = _reason(reason, required=True)
    message = Message.objects.filter(room=room, pk=pk).first()
    if message is None:
        raise ValidationError("That message is not in this room.", code="not_found")
    if message.kind == Message.Kind.SYSTEM or message.deleted_at is not None:
        raise ValidationError("Only people's and personas' messages can be reported.", code="kind")
    if message.author_id == reporter.pk:
        raise ValidationError("You cannot report your own message.", code="self")
    with transaction.atomic():
        report, created = MessageReport.objects.get_or_create(
            message=message, reporter=reporter, defaults={"room": room, "reason": reason}
        )
        if created:
            transaction.on_commit(partial(events.moderation_changed, room_id=room.pk))
    return report, created


def report_handle(
    *,
    room: Room,
    actor: User,
    report_id: object,
    outcome: str,
    delete_message: bool = False,
) -> int:
    """Resolve (`outcome` "resolved") or dismiss ("dismissed") a report, and with it every
    open report of the same message; with `delete_message`, the message is deleted too. Not
    for reports of the moderator's own messages: another moderator handles those. Returns
    how many reports were closed (0: someone handled them already)."""
    with transaction.atomic():
        _moderator(room, actor)
        pk = services.id_clean(report_id, message="Which report? Give its id.", code="report_id")
        report = MessageReport.objects.select_related("message").filter(room=room, pk=pk).first()
        if report is None:
            raise ValidationError("That report is not in this room.", code="not_found")
        if report.message.author_id == actor.pk:
            raise PermissionDenied("Another moderator must handle reports of your own messages.")
        return _reports_close(
            room=room,
            actor=actor,
            message=report.message,
            outcome=outcome,
            delete_message=delete_message,
        )


def reports_handle_by_staff(*, report_ids: list[int], actor: User, outcome: str) -> int:
    """Staff resolve or dismiss reports from the admin, in any room; returns how many."""
    closed = 0
    messages = Message.objects.filter(
        reports__pk__in=report_ids, reports__status=MessageReport.Status.OPEN
    ).distinct()
    for message in messages.select_related("room"):
        with transaction.atomic():
            closed += _reports_close(
                room=message.room, actor=actor, message=message, outcome=outcome
            )
    return closed


def _reports_close(
    *, room: Room, actor: User, message: Message, outcome: str, delete_message: bool = False
) -> int:
    if outcome not in (MessageReport.Status.RESOLVED, MessageReport.Status.DISMISSED):
        raise ValidationError("Resolve or dismiss the report.", code="outcome")
    closed = MessageReport.objects.filter(message=message, status=MessageReport.Status.OPEN).update(
        status=outcome, handled_by=actor, handled_at=timezone.now()
    )
    if not closed:
        return 0
    reports = "report" if closed == 1 else "reports"
    kind = (
        ModerationAction.Kind.REPORT_RESOLVE
        if outcome == MessageReport.Status.RESOLVED
        else ModerationAction.Kind.REPORT_DISMISS
    )
    services.moderation_action_record(
        room=room,
        actor=actor,
        kind=kind,
        target=message.author,
        detail=f"{closed} {reports} of message #{message.pk}.",
    )
    if delete_message:
        services.message_delete(room=room, actor=actor, message_id=message.pk)
    transaction.on_commit(partial(events.moderation_changed, room_id=room.pk))
    return closed


def sanctions_lift_by_staff(*, sanction_ids: list[int], actor: User) -> int:
    """Staff lift bans and mutes from the admin, as a moderator would; returns how many."""
    lifted = 0
    for sanction in Sanction.objects.select_related("room", "user").filter(pk__in=sanction_ids):
        with transaction.atomic():
            if sanction.kind == Sanction.Kind.MUTE:
                Membership.objects.filter(room=sanction.room, user_id=sanction.user_id).update(
                    muted_until=None
                )
                transaction.on_commit(
                    partial(
                        events.membership_changed,
                        room_id=sanction.room_id,
                        user_id=sanction.user_id,
                    )
                )
            else:
                transaction.on_commit(partial(events.moderation_changed, room_id=sanction.room_id))
            sanction.delete()
            kind = (
                ModerationAction.Kind.UNMUTE
                if sanction.kind == Sanction.Kind.MUTE
                else ModerationAction.Kind.UNBAN
            )
            services.moderation_action_record(
                room=sanction.room, actor=actor, kind=kind, target=sanction.user
            )
            lifted += 1
    return lifted
