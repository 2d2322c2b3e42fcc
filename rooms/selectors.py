"""Reads for rooms: who may see what, and pages of history."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce

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
    rows = list(query.select_related("author__persona").order_by("-id")[: limit + 1])
    has_older = len(rows) > limit
    return MessagePage(messages=rows[:limit][::-1], has_older=has_older)


def room_seq(*, room: Room) -> int:
    """The room's latest change number, read fresh from the database."""
    return Room.objects.filter(pk=room.pk).values_list("seq", flat=True).get()


def messages_since(*, room: Room, cursor: int, limit: int) -> list[Message] | None:
    """Every message changed after the room's change number `cursor`, in id order; None when
    there are more than `limit` (the page should reload rather than catch up)."""
    rows = list(
        Message.objects.filter(room=room, seq__gt=cursor)
        .select_related("author__persona")
        .order_by("seq")[: limit + 1]
    )
    if len(rows) > limit:
        return None
    return sorted(rows, key=lambda message: message.pk)


def room_members(*, room: Room) -> list[Membership]:
    """Memberships of `room`: present people first, then owners and moderators, then by name."""
    role_rank = {Membership.Role.OWNER: 0, Membership.Role.MODERATOR: 1, Membership.Role.MEMBER: 2}
    members = list(room.memberships.select_related("user__persona"))
    members.sort(
        key=lambda m: (not m.is_present, role_rank.get(m.role, 3), m.user.username.lower())
    )
    return members


def members_context(*, room: Room) -> dict[str, object]:
    """What the member panel shows: the members and how many of them are here now."""
    members = room_members(room=room)
    return {"members": members, "online_count": sum(m.is_present for m in members)}


def lobby_memberships(*, user: User) -> list[Membership]:
    """`user`'s memberships with their rooms, member counts, and what is unread in each:
    messages by others since the last one read, and how many of those mention `user`."""
    after_last_read = Q(id__gt=Coalesce(OuterRef("last_read_message_id"), Value(0)))
    unread = (
        Message.objects.filter(after_last_read, room=OuterRef("room_id"), deleted_at__isnull=True)
        .exclude(kind=Message.Kind.SYSTEM)
        .exclude(author=user)
    )
    mentions = Message.mentions.through.objects.filter(
        user_id=user.pk,
        message__room_id=OuterRef("room_id"),
        message__id__gt=Coalesce(OuterRef("last_read_message_id"), Value(0)),
        message__deleted_at__isnull=True,
    ).exclude(message__author=user)
    members = Membership.objects.filter(room_id=OuterRef("room_id"))
    return list(
        Membership.objects.filter(user=user)
        .select_related("room")
        .annotate(
            unread_count=_count(unread, "room"),
            mention_count=_count(mentions, "message__room"),
            member_count=_count(members, "room"),
        )
        .order_by("room__name")
    )


def _count(query: QuerySet, group_by: str) -> Coalesce:
    counted = query.order_by().values(group_by).annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(counted), Value(0))


def public_rooms_to_join(*, user: User) -> QuerySet[Room]:
    """Public rooms `user` is not in yet, with their member counts."""
    return (
        Room.objects.filter(is_private=False)
        .exclude(pk__in=Membership.objects.filter(user=user).values("room_id"))
        .annotate(member_count=Count("memberships"))
    )
