"""Reads for rooms: who may see what, and pages of history."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet

from accounts.models import User
from rooms.models import Membership, Message, Room

PAGE_SIZE = 50


@dataclass(frozen=True)
class MessagePage:
    """Messages in id order (oldest first) and whether older ones exist before them."""

    messages: list[Message]
    has_older: bool

    @property
    def oldest_id(self) -> int | None:
        return self.messages[0].pk if self.messages else None


def room_visible_to(*, slug: str, user: User) -> Room | None:
    """The room with this slug if `user` may open it: public, or private with a membership."""
    return (
        Room.objects.filter(slug=slug)
        .filter(Q(is_private=False) | Q(memberships__user=user))
        .first()
    )


def membership_for(*, room: Room, user: User) -> Membership | None:
    return Membership.objects.filter(room=room, user=user).first()


def messages_page(*, room: Room, before: int | None = None, limit: int = PAGE_SIZE) -> MessagePage:
    """The `limit` newest messages of `room` with an id below `before` (keyset, never OFFSET)."""
    query = Message.objects.filter(room=room)
    if before is not None:
        query = query.filter(id__lt=before)
    # One extra row tells whether an older page exists without a COUNT.
    rows = list(query.select_related("author").order_by("-id")[: limit + 1])
    has_older = len(rows) > limit
    return MessagePage(messages=rows[:limit][::-1], has_older=has_older)


def room_members(*, room: Room) -> list[Membership]:
    """Memberships of `room`, owners and moderators first, then by name."""
    role_rank = {Membership.Role.OWNER: 0, Membership.Role.MODERATOR: 1, Membership.Role.MEMBER: 2}
    members = list(room.memberships.select_related("user"))
    members.sort(key=lambda m: (role_rank.get(m.role, 3), m.user.username.lower()))
    return members


def rooms_of(*, user: User) -> QuerySet[Room]:
    """The rooms `user` belongs to, with their member counts."""
    # Filter through a subquery: a join on memberships would also narrow the count to one.
    return Room.objects.filter(
        pk__in=Membership.objects.filter(user=user).values("room_id")
    ).annotate(member_count=Count("memberships"))


def public_rooms_to_join(*, user: User) -> QuerySet[Room]:
    """Public rooms `user` is not in yet, with their member counts."""
    return (
        Room.objects.filter(is_private=False)
        .exclude(pk__in=Membership.objects.filter(user=user).values("room_id"))
        .annotate(member_count=Count("memberships"))
    )
