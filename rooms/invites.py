"""Invites to private rooms: reads and writes of `Invite` (issue 9, part 2).

An owner or moderator invites one person by username (the invite waits in that person's
lobby) or makes a link anyone holding it may use, with an expiry and a number of uses, and
may revoke either. Only the token reveals the room: `invite_open` answers None for a token
that is unknown, revoked, expired, used up, or meant for somebody else, and the views turn
every None into the same 404 as a room that does not exist. Joining by an invite goes
through `services.membership_join`, so a ban stands and a mute outlasts it.
"""

from __future__ import annotations

import re
import secrets
from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F, Q, QuerySet
from django.utils import timezone

from accounts.models import User
from rooms import selectors, services
from rooms.models import Invite, Membership, Room

# How long a link may live, as offered by the form (the first is the default).
LINK_LIFETIMES = {
    "1d": ("1 day", timedelta(days=1)),
    "1h": ("1 hour", timedelta(hours=1)),
    "7d": ("7 days", timedelta(days=7)),
}
# How many people may join by one link; "" is any number.
LINK_USES = {"1": "1 person", "5": "5 people", "25": "25 people", "": "Any number"}
# An invite by username waits this long in the invitee's lobby.
PERSON_INVITE_LIFETIME = timedelta(days=7)
# Open invites one room may hold at once: a bound on what one moderator can pile up.
OPEN_INVITES_PER_ROOM = 100


# What a token can look like (secrets.token_urlsafe): anything else is no invite, unread.
_TOKEN = re.compile(r"[A-Za-z0-9_-]{1,64}")


def _token() -> str:
    # 160 random bits: as unguessable as the private room's address, and more.
    return secrets.token_urlsafe(20)


def _open(now) -> Q:
    return Q(revoked_at__isnull=True, expires_at__gt=now) & (
        Q(max_uses__isnull=True) | Q(uses__lt=F("max_uses"))
    )


def inviter_require(*, room: Room, user: User) -> Membership:
    """`user`'s membership if they may invite to `room`: its owners and moderators, and
    only for a private room (anyone may join a public one)."""
    membership = selectors.membership_require(room=room, user=user, role=Membership.Role.MODERATOR)
    if not room.is_private:
        raise ValidationError(
            "Anyone can join a public room: share its address instead.", code="public"
        )
    return membership


def _room_has_space(room: Room, now) -> None:
    if Invite.objects.filter(_open(now), room=room).count() >= OPEN_INVITES_PER_ROOM:
        raise ValidationError(
            f"This room already has {OPEN_INVITES_PER_ROOM} open invites: revoke some first.",
            code="too_many",
        )


# Reads -------------------------------------------------------------------------------------


def room_open_invites(*, room: Room) -> list[Invite]:
    """The room's invites that someone may still use, newest first, for its moderators."""
    now = timezone.now()
    return list(Invite.objects.filter(_open(now), room=room).select_related("invitee"))


def invites_pending(*, user: User) -> QuerySet[Invite]:
    """The invites by username waiting for `user` in rooms they are not in yet."""
    now = timezone.now()
    return (
        Invite.objects.filter(_open(now), invitee=user)
        .exclude(room__memberships__user=user)
        .select_related("room", "created_by")
        .order_by("-created_at", "-id")
    )


def invite_open(*, token: str, user: User) -> Invite | None:
    """The invite behind `token` if `user` may join by it now; None whatever the reason."""
    if not _TOKEN.fullmatch(token):
        return None
    now = timezone.now()
    return (
        Invite.objects.filter(_open(now), token=token)
        .filter(Q(invitee__isnull=True) | Q(invitee=user))
        .select_related("room", "created_by")
        .first()
    )


# Writes ------------------------------------------------------------------------------------


def invite_link_create(
    *, room: Room, creator: User, lifetime: str = "1d", max_uses: str = ""
) -> Invite:
    """A link to `room` that `max_uses` people (any number for "") may join by, until
    `lifetime` (a key of LINK_LIFETIMES) has passed."""
    inviter_require(room=room, user=creator)
    if lifetime not in LINK_LIFETIMES:
        raise ValidationError("Choose how long the link works.", code="lifetime")
    if max_uses not in LINK_USES:
        raise ValidationError("Choose how many people may use the link.", code="max_uses")
    now = timezone.now()
    _room_has_space(room, now)
    return Invite.objects.create(
        room=room,
        token=_token(),
        created_by=creator,
        expires_at=now + LINK_LIFETIMES[lifetime][1],
        max_uses=int(max_uses) if max_uses else None,
    )


def invite_person(*, room: Room, creator: User, username: str) -> Invite:
    """Invite the person called `username` (any case) to `room`: the invite waits in their
    lobby for PERSON_INVITE_LIFETIME. Inviting someone already invited returns that invite."""
    inviter_require(room=room, user=creator)
    username = (username or "").strip().lstrip("@")
    invitee = (
        User.objects.filter(username__iexact=username, is_active=True, is_persona=False).first()
        if username
        else None
    )
    if invitee is None:
        persona = User.objects.filter(username__iexact=username, is_persona=True).first()
        if persona is not None:
            raise ValidationError(
                f"{persona.username} is an AI persona, not a person: personas are added "
                "to a room under Room settings, by its owner.",
                code="persona",
            )
        raise ValidationError("Nobody has that username.", code="unknown_user")
    if Membership.objects.filter(room=room, user=invitee).exists():
        raise ValidationError(f"{invitee.username} is already in this room.", code="member")
    if selectors.is_banned(room=room, user=invitee):
        raise ValidationError(
            f"{invitee.username} is banned from this room: lift the ban before inviting them.",
            code="banned",
        )
    now = timezone.now()
    existing = Invite.objects.filter(_open(now), room=room, invitee=invitee).first()
    if existing is not None:
        return existing
    _room_has_space(room, now)
    return Invite.objects.create(
        room=room,
        token=_token(),
        created_by=creator,
        invitee=invitee,
        expires_at=now + PERSON_INVITE_LIFETIME,
        max_uses=1,
    )


def invite_revoke(*, room: Room, actor: User, invite_id: int) -> None:
    """Stop an invite of `room` from letting anyone else in (those it let in stay)."""
    inviter_require(room=room, user=actor)
    Invite.objects.filter(room=room, pk=invite_id, revoked_at__isnull=True).update(
        revoked_at=timezone.now()
    )


def invite_accept(*, token: str, user: User) -> Room | None:
    """Join the room `token` invites `user` to, taking one use of it; None when the invite
    cannot be used (the caller answers as for a missing room). Someone already in the room
    takes no use, and is let through even by an invite no longer usable. A banned person
    gets PermissionDenied and takes no use."""
    invite = invite_open(token=token, user=user)
    if invite is None:
        # A member following a link used up since reveals nothing by being let through.
        if not _TOKEN.fullmatch(token):
            return None
        return Room.objects.filter(invites__token=token, memberships__user=user).first()
    room = invite.room
    if Membership.objects.filter(room=room, user=user).exists():
        return room
    with transaction.atomic():
        # One conditional UPDATE takes the use: two people racing for a link's last use
        # cannot both get in, on either database.
        taken = Invite.objects.filter(_open(timezone.now()), pk=invite.pk).update(
            uses=F("uses") + 1
        )
        if not taken:
            return None
        services.membership_join(room=room, user=user, announce=True, invited=True)
    return room


def invite_decline(*, token: str, user: User) -> bool:
    """Turn down an invite made for `user` by username; False if there is none to decline."""
    invite = invite_open(token=token, user=user)
    if invite is None or invite.invitee_id != user.pk:
        return False
    Invite.objects.filter(pk=invite.pk).update(revoked_at=timezone.now())
    return True
