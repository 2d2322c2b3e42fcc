"""Reads for rooms: who may see what, and pages of history."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, time

from django.contrib.sessions.models import Session
from django.core.exceptions import PermissionDenied
from django.db.models import Case, Count, OuterRef, Q, QuerySet, Subquery, Value, When
from django.db.models.functions import Coalesce, Lower
from django.utils import timezone

from accounts.models import User
from rooms.models import Membership, Message, MessageReport, Room, Sanction

PAGE_SIZE = 50


@dataclass(frozen=True)
class MessagePage:
    """Messages in id order (oldest first) and whether older (or newer) ones exist."""

    messages: list[Message]
    has_older: bool
    has_newer: bool = False

    @property
    def oldest_id(self) -> int | None:
        return self.messages[0].pk if self.messages else None

    @property
    def newest_id(self) -> int | None:
        return self.messages[-1].pk if self.messages else None


def room_visible_to(*, slug: str, user: User) -> Room | None:
    """The room with this slug if `user` may open it: public, or private with a membership."""
    return (
        Room.objects.filter(slug=slug)
        .filter(Q(is_private=False) | Q(memberships__user=user))
        .first()
    )


def membership_for(*, room: Room, user: User) -> Membership | None:
    return Membership.objects.filter(room=room, user=user).first()


def room_and_membership(*, slug: str, user: User) -> tuple[Room | None, Membership | None]:
    """The room with this slug if `user` may open it, and their membership of it: one query
    for a member (the common case), two for a visitor of a public room."""
    if user.is_authenticated:
        membership = (
            Membership.objects.filter(room__slug=slug, user=user).select_related("room").first()
        )
        if membership is not None:
            return membership.room, membership
    return room_visible_to(slug=slug, user=user), None


_REFUSALS = {
    Membership.Role.OWNER: "Only the room's owner can do that.",
    Membership.Role.MODERATOR: "Only the room's owners and moderators can do that.",
    Membership.Role.MEMBER: "You are not a member of this room.",
}


def membership_require(*, room: Room, user: User, role: str = Membership.Role.MEMBER) -> Membership:
    """`user`'s membership of `room` if it carries at least `role` (owner, then moderator,
    then member); otherwise PermissionDenied, with a message for them."""
    membership = membership_for(room=room, user=user) if user.is_authenticated else None
    if membership is None or Membership.role_rank(membership.role) > Membership.role_rank(role):
        raise PermissionDenied(_REFUSALS[role])
    return membership


def is_banned(*, room: Room, user: User) -> bool:
    return Sanction.objects.filter(room=room, user=user, kind=Sanction.Kind.BAN).exists()


def member_to_moderate(*, room: Room, user_id: int) -> Membership | None:
    """A person's membership, with what the member panel's Manage dialog shows of it."""
    return Membership.objects.select_related("user").filter(room=room, user_id=user_id).first()


def message_to_report(*, room: Room, message_id: int, reporter: User) -> Message | None:
    """The message, if `reporter` may report it: someone else's, not deleted, not Salon's."""
    return (
        Message.objects.filter(room=room, pk=message_id, deleted_at__isnull=True)
        .exclude(kind=Message.Kind.SYSTEM)
        .exclude(author=reporter)
        .select_related("author__persona")
        .first()
    )


@dataclass(frozen=True)
class ReportedMessage:
    """A message in the moderators' queue: its open reports' reasons (never who gave them)
    and the report that stands for them all."""

    report_id: int
    message: Message
    reasons: list[str]
    first_reported_at: datetime


# The queue shows at most this many reports (the oldest first); the admin has them all.
QUEUE_LIMIT = 200


def moderation_queue(*, room: Room, viewer: User) -> list[ReportedMessage]:
    """The room's open reports, one entry per message, oldest first; reports of `viewer`'s
    own messages are left to the other moderators."""
    reports = (
        MessageReport.objects.filter(room=room, status=MessageReport.Status.OPEN)
        .exclude(message__author=viewer)
        .select_related("message__author__persona")
        .order_by("id")[:QUEUE_LIMIT]
    )
    entries: dict[int, ReportedMessage] = {}
    for report in reports:
        entry = entries.get(report.message_id)
        if entry is None:
            entries[report.message_id] = ReportedMessage(
                report_id=report.pk,
                message=report.message,
                reasons=[report.reason],
                first_reported_at=report.created_at,
            )
        else:
            entry.reasons.append(report.reason)
    return list(entries.values())


def room_bans(*, room: Room) -> list[Sanction]:
    """Who is banned from the room, newest first."""
    return list(
        Sanction.objects.filter(room=room, kind=Sanction.Kind.BAN)
        .select_related("user")
        .order_by("-created_at", "-id")
    )


def messages_page(*, room: Room, before: int | None = None, limit: int = PAGE_SIZE) -> MessagePage:
    """The `limit` newest messages of `room` with an id below `before` (keyset, never OFFSET)."""
    query = Message.objects.filter(room=room)
    if before is not None:
        query = query.filter(id__lt=before)
    # One extra row tells whether an older page exists without a COUNT.
    rows = list(query.select_related("author__persona").order_by("-id")[: limit + 1])
    has_older = len(rows) > limit
    return MessagePage(messages=rows[:limit][::-1], has_older=has_older)


def messages_around(*, room: Room, at: int, limit: int = PAGE_SIZE) -> MessagePage | None:
    """A page of `room`'s messages with the message `at` in the middle (None: it is not in
    the room), for opening the room at a search result; in two queries."""
    rows = Message.objects.filter(room=room).select_related("author__persona")
    older = list(rows.filter(id__lte=at).order_by("-id")[: limit // 2 + 1])
    if not older or older[0].pk != at:
        return None
    newer = list(rows.filter(id__gt=at).order_by("id")[: limit - limit // 2 + 1])
    return MessagePage(
        messages=older[: limit // 2][::-1] + newer[: limit - limit // 2],
        has_older=len(older) > limit // 2,
        has_newer=len(newer) > limit - limit // 2,
    )


def messages_after(*, room: Room, after: int, limit: int = PAGE_SIZE) -> MessagePage:
    """The `limit` oldest messages of `room` with an id above `after` ("load newer")."""
    rows = list(
        Message.objects.filter(room=room, id__gt=after)
        .select_related("author__persona")
        .order_by("id")[: limit + 1]
    )
    return MessagePage(messages=rows[:limit], has_older=False, has_newer=len(rows) > limit)


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


# The member panel lists at most this many people (online first); bigger rooms page the rest
# and keep only their counts live, so that a filling room never sends everyone every row.
PANEL_LIMIT = 100


def _members_ordered(room_id: int) -> QuerySet[Membership]:
    """People before personas (listed apart); present people first, then owners and
    moderators, then by name."""
    role_rank = Case(
        When(role=Membership.Role.OWNER, then=Value(0)),
        When(role=Membership.Role.MODERATOR, then=Value(1)),
        default=Value(2),
    )
    return (
        Membership.objects.filter(room_id=room_id)
        .select_related("user__persona")
        .order_by(
            "user__is_persona",
            "-is_present",
            role_rank,
            # By the name the panel shows: a persona's name, anyone else's username.
            Lower(Coalesce("user__persona__name", "user__username")),
            "user_id",
        )
    )


def room_members(*, room: Room, page: int = 1) -> list[Membership]:
    """One page of `room`'s member panel, in panel order."""
    start = (page - 1) * PANEL_LIMIT
    return list(_members_ordered(room.pk)[start : start + PANEL_LIMIT])


def member_counts(*, room_id: int) -> dict[str, int]:
    """How many people the room has and how many of them are here now, and how many personas
    (listed apart, never counted online), in one query."""
    people = Q(user__is_persona=False)
    return Membership.objects.filter(room_id=room_id).aggregate(
        member_count=Count("pk", filter=people),
        online_count=Count("pk", filter=people & Q(is_present=True)),
        persona_count=Count("pk", filter=~people),
    )


def _counts_of(members: list[Membership]) -> dict[str, int]:
    """`member_counts` of a room whose every membership is in `members`."""
    people = [m for m in members if not m.user.is_persona]
    return {
        "member_count": len(people),
        "online_count": sum(m.is_present for m in people),
        "persona_count": len(members) - len(people),
    }


def members_context(*, room: Room, page: int = 1) -> dict[str, object]:
    """What the member panel shows: a page of members, the counts, and whether more follow."""
    members = room_members(room=room, page=page)
    if page == 1 and len(members) < PANEL_LIMIT:
        counts = _counts_of(members)  # the whole room is on this page: no second query
    else:
        counts = member_counts(room_id=room.pk)
    shown = (page - 1) * PANEL_LIMIT + len(members)
    return {
        "room": room,
        "members": members,
        "next_page": page + 1 if shown < counts["member_count"] + counts["persona_count"] else None,
        **counts,
    }


def member_updates_context(*, room_id: int, user_ids: Iterable[int]) -> dict[str, object]:
    """The panel rows of `user_ids` as they are now (those no longer members: removed), and
    the counts. Rooms above `PANEL_LIMIT` get the counts alone."""
    counts = member_counts(room_id=room_id)
    user_ids = list(user_ids)
    if counts["member_count"] + counts["persona_count"] > PANEL_LIMIT:
        return {"members": [], "removed_ids": [], **counts}
    members = list(
        Membership.objects.filter(room_id=room_id, user_id__in=user_ids).select_related(
            "user__persona"
        )
    )
    found = {m.user_id for m in members}
    return {
        "members": members,
        "removed_ids": [pk for pk in user_ids if pk not in found],
        **counts,
    }


def lobby_memberships(*, user: User) -> list[Membership]:
    """`user`'s memberships with their rooms, how many people and personas are in each, and
    what is unread in each: messages by others since the last one read, and how many of those
    mention `user`."""
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
        # A direct chat comes with its two people, for the lobby to name the other.
        .select_related("room", "room__direct_chat__user_low", "room__direct_chat__user_high")
        .annotate(
            unread_count=_count(unread, "room"),
            mention_count=_count(mentions, "message__room"),
            # People, as the room's panel counts them; its personas apart.
            member_count=_count(members.filter(user__is_persona=False), "room"),
            persona_count=_count(members.filter(user__is_persona=True), "room"),
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


LOBBY_PAGE_SIZE = 20
LOBBY_QUERY_MAX_LENGTH = 100


@dataclass(frozen=True)
class RoomPage:
    """Public rooms in name order, and where the next page starts (None: this is the last)."""

    rooms: list[Room]
    next_after: tuple[str, int] | None


def public_rooms_page(
    *, user: User, query: str = "", after: tuple[str, int] | None = None
) -> RoomPage:
    """A page of the public rooms `user` is not in, whose name or topic contains `query`, by
    name (keyset: the rooms after the (name, id) `after`), with their counts of people and
    of personas; in one query, however many rooms there are."""
    members = Membership.objects.filter(room_id=OuterRef("pk"))
    rooms = (
        Room.objects.filter(is_private=False)
        .exclude(pk__in=Membership.objects.filter(user=user).values("room_id"))
        .annotate(
            sort_name=Lower("name"),
            member_count=_count(members.filter(user__is_persona=False), "room"),
            persona_count=_count(members.filter(user__is_persona=True), "room"),
        )
    )
    if query:
        rooms = rooms.filter(Q(name__icontains=query) | Q(topic__icontains=query))
    if after is not None:
        name = Lower(Value(after[0]))
        rooms = rooms.filter(Q(sort_name__gt=name) | Q(sort_name=name, pk__gt=after[1]))
    # One more row than the page tells whether another page follows, without a COUNT.
    rows = list(rooms.order_by("sort_name", "pk")[: LOBBY_PAGE_SIZE + 1])
    page = rows[:LOBBY_PAGE_SIZE]
    last = page[-1] if len(rows) > LOBBY_PAGE_SIZE else None
    return RoomPage(rooms=page, next_after=(last.name, last.pk) if last else None)


def start_of_today() -> datetime:
    """Midnight UTC, when daily budgets and caps start again."""
    return timezone.make_aware(datetime.combine(timezone.now().date(), time.min))


def rooms_created_today(*, user: User) -> int:
    """Rooms `user` created today (UTC), against their daily cap; one-to-one persona chats
    (one per persona) do not count."""
    return (
        Room.objects.filter(created_by=user, created_at__gte=start_of_today())
        .exclude(ai_chattiness=Room.Chattiness.ALWAYS)
        .count()
    )


def session_expiry(session_key: str | None) -> datetime | None:
    """When the session expires (None: there is no such session any more)."""
    if not session_key:
        return None
    return (
        Session.objects.filter(session_key=session_key)
        .values_list("expire_date", flat=True)
        .first()
    )


@dataclass(frozen=True)
class ChangePage:
    """Messages changed after a seq, in seq order, and whether more changes follow them."""

    messages: list[Message]
    has_more: bool


def messages_changed_after(*, room: Room, seq: int, limit: int) -> ChangePage:
    """The first `limit` messages of `room` changed (created, edited, deleted) after its change
    number `seq`, in seq order: a program catches up page by page from the last seq it has."""
    rows = list(
        Message.objects.filter(room=room, seq__gt=seq)
        .select_related("author__persona")
        .order_by("seq")[: limit + 1]
    )
    return ChangePage(messages=rows[:limit], has_more=len(rows) > limit)


def rooms_visible_page(*, user: User, after: int | None, limit: int) -> list[Room]:
    """A page of the rooms `user` may open (theirs and every public room) by id, after the id
    `after` (keyset), each with `is_member`, `role` and `member_count`: one query."""
    mine = Membership.objects.filter(room_id=OuterRef("pk"), user=user)
    rooms = (
        Room.objects.annotate(
            role=Subquery(mine.values("role")[:1]),
            member_count=_count(Membership.objects.filter(room_id=OuterRef("pk")), "room"),
        )
        .filter(Q(is_private=False) | Q(role__isnull=False))
        .order_by("pk")
    )
    if after is not None:
        rooms = rooms.filter(pk__gt=after)
    return list(rooms[:limit])


def message_room_visible(*, message_id: int, user: User) -> Room | None:
    """The room of the message if `user` may open it (None also for no such message)."""
    return (
        Room.objects.filter(messages__id=message_id)
        .filter(Q(is_private=False) | Q(memberships__user=user))
        .first()
    )
