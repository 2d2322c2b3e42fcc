"""Direct messages between people (issue 9, part 3): one private room per pair, and a simple
block list.

A direct chat is a private room whose two members are its two people (no owner, no personas:
its personas stay silent). Its address is unguessable like any private room's, and whoever
is not in it gets the same 404 as for a missing room. Blocking takes the blocked person out of
the chat at once (their sockets close as for any membership that ends, `rooms.receivers`),
and while a block stands either way, neither can open it again. Nothing here is on the
message path: a direct chat posts like any room.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q

from accounts.models import User
from rooms.models import Block, DirectChat, Membership, Room
from rooms.services import _private_slug

# --- Reads ----------------------------------------------------------------------------------


def person_by_username(username: str) -> User | None:
    """The active person (not a persona) called `username`, in any case."""
    username = (username or "").strip().lstrip("@")[:150]
    if not username:
        return None
    return User.objects.filter(username__iexact=username, is_active=True, is_persona=False).first()


def is_blocked_between(a: User, b: User) -> bool:
    """Whether either of the two blocks the other."""
    return Block.objects.filter(Q(blocker=a, blocked=b) | Q(blocker=b, blocked=a)).exists()


def blocks_of(*, user: User) -> list[Block]:
    return list(Block.objects.filter(blocker=user).select_related("blocked"))


def direct_chat_of(*, room: Room) -> DirectChat | None:
    """The direct chat that `room` is, if it is one (with both people)."""
    return DirectChat.objects.filter(room=room).select_related("user_low", "user_high").first()


def memberships_split(
    memberships: Iterable[Membership], *, user: User
) -> tuple[list[Membership], list[Membership]]:
    """`user`'s memberships of rooms, and apart from them of direct chats, each of those with
    `other` set to the other person. Fetch them with `room__direct_chat__user_low` and
    `__user_high` selected, or each costs queries."""
    rooms, chats = [], []
    for membership in memberships:
        chat = getattr(membership.room, "direct_chat", None)  # None: not a direct chat
        if chat is None:
            rooms.append(membership)
        else:
            membership.other = chat.other(user.pk)
            chats.append(membership)
    return rooms, chats


# --- Writes ---------------------------------------------------------------------------------


def _cannot(other: User) -> ValidationError:
    return ValidationError(f"You cannot message {other.username}.", code="blocked")


def direct_open(*, user: User, username: str) -> Room:
    """The room where `user` and the person called `username` write to each other: made on
    the first call, the same room on every later one (a double submit or two people opening
    it at once make one). Both are members afterwards. Refused while either blocks the other."""
    other = person_by_username(username)
    if other is None:
        raise ValidationError("Nobody has that username.", code="unknown_user")
    if other.pk == user.pk:
        raise ValidationError("That is you: pick someone else.", code="self")
    if is_blocked_between(user, other):
        raise _cannot(other)
    low, high = sorted((user, other), key=lambda person: person.pk)
    chat = DirectChat.objects.filter(user_low=low, user_high=high).select_related("room").first()
    if chat is None:
        try:
            with transaction.atomic():
                room = Room.objects.create(
                    name=f"{low.username} and {high.username}",
                    slug=_private_slug("direct"),
                    is_private=True,
                    created_by=user,
                    ai_chattiness=Room.Chattiness.SILENT,
                )
                chat = DirectChat.objects.create(room=room, user_low=low, user_high=high)
        except IntegrityError:
            # The other submit (or the other person) made it first: theirs is the one.
            chat = DirectChat.objects.select_related("room").get(user_low=low, user_high=high)
    for person in (low, high):
        # Someone who left or was blocked and unblocked comes back to the same history.
        Membership.objects.get_or_create(room=chat.room, user=person)
    return chat.room


def person_block(*, blocker: User, username: str) -> Block:
    """Block the person called `username`: they leave the direct chat with `blocker` now."""
    blocked = person_by_username(username)
    if blocked is None:
        raise ValidationError("Nobody has that username.", code="unknown_user")
    if blocked.pk == blocker.pk:
        raise ValidationError("You cannot block yourself.", code="self")
    low, high = sorted((blocker, blocked), key=lambda person: person.pk)
    with transaction.atomic():
        block, _ = Block.objects.get_or_create(blocker=blocker, blocked=blocked)
        # One by one, so that each deletion closes their sockets (rooms.receivers).
        for membership in Membership.objects.filter(
            room__direct_chat__user_low=low, room__direct_chat__user_high=high, user=blocked
        ):
            membership.delete()
    return block


def person_unblock(*, blocker: User, user_id: int) -> None:
    """Lift `blocker`'s block of that person; either may open their direct chat again."""
    Block.objects.filter(blocker=blocker, blocked_id=user_id).delete()
