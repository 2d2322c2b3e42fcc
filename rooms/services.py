"""Writes for rooms. Each service validates, writes in a transaction, and broadcasts after
commit through `rooms.events`."""

from __future__ import annotations

import contextlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from functools import partial

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, connection, transaction
from django.db.models import Case, Exists, OuterRef, Q, Value, When
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import slugify

from accounts.models import User
from rooms import attachments, content, events, selectors, signals
from rooms.formatting import body_html, first_line_text
from rooms.mentions import mentioned_usernames
from rooms.models import (
    MESSAGE_MAX_LENGTH,
    Attachment,
    Membership,
    Message,
    ModerationAction,
    Room,
    RoomConnection,
    Sanction,
)


@dataclass(frozen=True)
class PostResult:
    message: Message
    created: bool


class Refusal(PermissionDenied):
    """A PermissionDenied with a stable `code` that programs read (the API's and the JSON
    socket's errors): e.g. muted, not_member."""

    def __init__(self, message: str, *, code: str) -> None:
        super().__init__(message)
        self.code = code


# Rooms -------------------------------------------------------------------------------------


def room_create(
    *,
    creator: User,
    name: str,
    topic: str = "",
    is_private: bool = False,
    daily_limit: int | None = None,
) -> Room:
    """Create a room with a unique slug; its creator becomes its owner. With `daily_limit`,
    refuse the creator's room beyond that many today (a ValidationError, code "room_limit").

    A private room's slug ends in a random part: nobody can guess it, and it never takes the
    plain slug of its name, so the slug a new room gets tells nothing about private rooms."""
    room = Room(name=name.strip(), topic=topic.strip(), is_private=is_private, created_by=creator)
    room.full_clean(exclude=["slug"])
    # Markup in a name is shown as typed, but its tags make no words of an address.
    base = slugify(strip_tags(room.name))[:80].strip("-") or "room"
    for _attempt in range(3):
        room.slug = _private_slug(base) if is_private else _free_slug(base)
        try:
            with transaction.atomic():
                if daily_limit is not None:
                    _room_limit_check(creator=creator, daily_limit=daily_limit)
                room.save()
                Membership.objects.create(room=room, user=creator, role=Membership.Role.OWNER)
                return room
        except IntegrityError:
            # Another room took this slug between our read and our insert: read again.
            room.pk = None
    raise ValidationError("Could not find a free address for this room.", code="slug_taken")


def _room_limit_check(*, creator: User, daily_limit: int) -> None:
    """Refuse a room beyond the creator's `daily_limit` for today. Call inside a transaction:
    the creator's row lock makes their simultaneous requests count one after another."""
    User.objects.select_for_update().filter(pk=creator.pk).exists()
    if selectors.rooms_created_today(user=creator) >= daily_limit:
        rooms = "room" if daily_limit == 1 else "rooms"
        raise ValidationError(
            f"You have created {daily_limit} {rooms} today, the most allowed in a day. "
            "You can create more tomorrow (UTC).",
            code="room_limit",
        )


# Slugs that would shadow another URL under /rooms/.
RESERVED_SLUGS = frozenset({"new"})


def _private_slug(base: str) -> str:
    # 48 random bits: not to be found by trying; a clash is left to the unique constraint.
    return f"{base}-{secrets.token_hex(6)}"


def _free_slug(base: str) -> str:
    taken = set(Room.objects.filter(slug__startswith=base).values_list("slug", flat=True))
    taken |= RESERVED_SLUGS
    if base not in taken:
        return base
    suffix = 2
    while f"{base}-{suffix}" in taken:
        suffix += 1
    return f"{base}-{suffix}"


def _room_next_seq(room_id: int, count: int = 1) -> int:
    """Take the room's next `count` change numbers; returns the last. Call inside a
    transaction: the row lock it takes orders the room's changes by commit, so a page that
    has seq N has every change up to N."""
    # One statement (both databases support RETURNING; the ORM's update() does not).
    table = connection.ops.quote_name(Room._meta.db_table)
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} SET seq = seq + %s WHERE id = %s RETURNING seq", [count, room_id]
        )
        row = cursor.fetchone()
    if row is None:
        raise Room.DoesNotExist(f"Room {room_id} does not exist.")
    return row[0]


# Memberships -------------------------------------------------------------------------------


def membership_join(
    *, room: Room, user: User, announce: bool = False, invited: bool = False
) -> Membership:
    """Make `user` a member of the public `room` (a no-op for members), or of a private one
    when `invited` (the caller took a use of an invite: `rooms.invites`). With `announce`,
    a person who becomes a member is greeted in the timeline ("bob joined the room."),
    unless the room's last JOIN_LINE_WINDOW messages already say so (joining and leaving
    in a loop cannot flood the room)."""
    membership = Membership.objects.filter(room=room, user=user).first()
    if membership is not None:
        return membership
    if room.is_private and not invited:
        raise PermissionDenied("This room is private.")
    sanctions = {s.kind: s for s in Sanction.objects.filter(room=room, user=user)}
    if Sanction.Kind.BAN in sanctions:
        raise PermissionDenied("You are banned from this room.")
    # A mute outlasts leaving and joining again.
    mute = sanctions.get(Sanction.Kind.MUTE)
    muted_until = mute.until if mute is not None and mute.until > timezone.now() else None
    with transaction.atomic():
        membership, created = Membership.objects.get_or_create(
            room=room,
            user=user,
            defaults={"role": Membership.Role.MEMBER, "muted_until": muted_until},
        )
        if created and announce:
            _membership_line(room=room, line=f"{user.username} joined the room.")
    return membership


# A join or leave line is not repeated while one of the room's last this many messages is
# that line.
JOIN_LINE_WINDOW = 50


def _membership_line(*, room: Room, line: str) -> None:
    """Tell the room that someone joined or left (only ever when a membership changed: a
    socket opening or closing changes the member panel only)."""
    recent = Message.objects.filter(room=room).order_by("-id")[:JOIN_LINE_WINDOW]
    if (Message.Kind.SYSTEM, line) not in list(recent.values_list("kind", "body")):
        message_post_system(room=room, body=line)


def membership_leave(*, room: Room, user: User, close: bool = False) -> bool:
    """Remove `user` from `room`: their open sockets there close (`rooms.receivers`, as for
    any deleted membership). The history stays.

    The room's only owner must first hand it over to another person in it (a ValidationError,
    code "last_owner"); if nobody else is in it (personas aside), leaving closes the room:
    with `close` it is deleted with its history, and True returned; without, a
    ValidationError (code "last_member") asks first."""
    with transaction.atomic():
        room_lock(room)  # two owners leaving at once: the second sees the first gone
        membership = Membership.objects.filter(room=room, user=user).first()
        if membership is None:
            return False
        if membership.role == Membership.Role.OWNER:
            owners = Membership.objects.filter(room=room, role=Membership.Role.OWNER)
            if not owners.exclude(pk=membership.pk).exists():
                people = Membership.objects.filter(room=room, user__is_persona=False)
                if people.exclude(pk=membership.pk).exists():
                    raise ValidationError(
                        "You are the only owner of this room: make someone else its owner "
                        "(Members, then Manage) before you leave.",
                        code="last_owner",
                    )
                if not close:
                    raise ValidationError(
                        "You are the only member of this room: leaving closes it for good "
                        "and deletes its messages.",
                        code="last_member",
                    )
                _room_close(room, actor=user)
                return True
        membership.delete()
        RoomConnection.objects.filter(room=room, user=user).delete()
        _membership_line(room=room, line=f"{user.username} left the room.")
    return False


def _room_close(room: Room, *, actor: User) -> None:
    """Delete the room with its history. Members' sockets close as their memberships go
    (`rooms.receivers`); visitors' close with 4404, as for a room that does not exist."""
    moderation_action_record(room=room, actor=actor, kind=ModerationAction.Kind.ROOM_CLOSE)
    transaction.on_commit(partial(events.room_closed_to_visitors, room_id=room.pk, close_code=4404))
    room.delete()


def room_lock(room: Room) -> None:
    """Take the room row's lock until the transaction ends: changes to who is in the room and
    with which rights (leaving, moderation) happen one after another."""
    Room.objects.select_for_update().filter(pk=room.pk).exists()


def moderation_action_record(
    *, room: Room, actor: User | None, kind: str, target: User | None = None, detail: str = ""
) -> ModerationAction:
    """Write a row of the moderation audit log. Call inside the action's transaction."""
    return ModerationAction.objects.create(
        room=room, room_name=room.name, actor=actor, kind=kind, target=target, detail=detail
    )


def membership_mark_read(*, membership: Membership, message_id: int | None) -> None:
    """Record that the member has seen the room up to `message_id` (never moves backwards)."""
    if message_id is None:
        return
    current = membership.last_read_message_id
    if current is not None and current >= message_id:
        return
    updated = (
        Membership.objects.filter(pk=membership.pk)
        .exclude(last_read_message_id__gte=message_id)
        .filter(room__messages__id=message_id)
        .update(last_read_message_id=message_id)
    )
    if updated:
        membership.last_read_message_id = message_id


# Messages ----------------------------------------------------------------------------------


def message_body_clean(body: object, *, allow_empty: bool = False) -> str:
    """The stripped body after the content rules (`rooms.content`), or a ValidationError a
    sender can read. Every message passes here, persona replies and edits too. A message
    with an attachment may have no text (`allow_empty`)."""
    if body is None and allow_empty:
        body = ""
    if not isinstance(body, str):
        raise ValidationError("A message needs a text body.", code="invalid")
    body = content.message_text(body.strip())
    if not body and not allow_empty:
        raise ValidationError("Type a message before sending.", code="empty")
    if len(body) > MESSAGE_MAX_LENGTH:
        raise ValidationError(
            f"Messages can be at most {MESSAGE_MAX_LENGTH:,} characters "
            f"(this one has {len(body):,}).",
            code="too_long",
        )
    if "\x00" in body:
        raise ValidationError("Messages cannot contain NUL characters.", code="invalid")
    try:
        body.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate from a hand-made frame
        raise ValidationError("Messages must be valid text.", code="invalid") from None
    return body


# Ids and change numbers are 64-bit integers on both databases: a bigger number names nothing.
ID_MAX = 2**63 - 1


def id_clean(
    value: object, *, message: str, code: str, minimum: int = 1, digits: bool = True
) -> int:
    """An id (or a change number) from a frame, a form or a URL: an int that is not a bool,
    or (with `digits`) a string of ASCII digits, from `minimum` to ID_MAX. Anything else
    (floats, signs, huge numbers) is a ValidationError with `message`, before it reaches a
    query."""
    if digits and isinstance(value, str) and value.isascii() and value.isdigit():
        value = int(value) if len(value) <= 19 else None
    if isinstance(value, int) and not isinstance(value, bool) and minimum <= value <= ID_MAX:
        return value
    raise ValidationError(message, code=code)


def client_id_clean(client_id: object) -> uuid.UUID:
    try:
        return uuid.UUID(str(client_id))
    except (TypeError, ValueError, AttributeError):
        raise ValidationError(
            "Each message needs a client_id (a UUID).", code="client_id"
        ) from None


@dataclass(frozen=True)
class Post:
    """One send, as it arrived: validated by `messages_post`. `membership` is the author's
    when the caller holds it already (a socket loads it once when it opens)."""

    author: User
    body: object
    client_id: object
    membership: Membership | None = None
    reply_to: object = None  # the id of the message it answers, if any
    attachment: object = None  # the token of an upload it sends (rooms.attachments), if any


@dataclass(frozen=True)
class _Accepted:
    """A send that passed validation: where it stands in the batch, and its clean values."""

    index: int
    post: Post
    body: str
    client_id: uuid.UUID
    membership: Membership
    reply_to: Message | None = None
    attachment: Attachment | None = None


class _MembershipGone(Exception):
    """A membership in a batch ended since its socket opened: write the batch one by one."""


class _AttachmentTaken(Exception):
    """Another send claimed an upload of the batch first: write the batch one by one."""


def message_post(
    *,
    room: Room,
    author: User,
    body: object,
    client_id: object,
    membership: Membership | None = None,
    reply_to: object = None,
    attachment: object = None,
) -> PostResult:
    """Save a person's (or persona's) message and broadcast it after commit.

    Idempotent on (room, author, client_id): a retry returns the saved message, unchanged and
    not broadcast again, even when both sends race on different connections. A membership
    removed since the caller loaded it cannot post: it is checked inside the transaction.
    """
    (result,) = messages_post(
        room=room,
        posts=[
            Post(
                author=author,
                body=body,
                client_id=client_id,
                membership=membership,
                reply_to=reply_to,
                attachment=attachment,
            )
        ],
    )
    if isinstance(result, Exception):
        raise result
    return result


def messages_post(*, room: Room, posts: list[Post]) -> list[PostResult | Exception]:
    """Save several sends to one room in one transaction (a group commit), and broadcast the
    new messages as one frame after commit. Each send gets its own result: its PostResult,
    or the ValidationError or PermissionDenied that refused it, without affecting the others.
    """
    results: list[PostResult | Exception | None] = [None] * len(posts)
    accepted: list[_Accepted] = []
    claimed: dict[tuple[int, uuid.UUID], int] = {}
    now = timezone.now()
    originals = _reply_originals(room, posts)
    uploads = attachments.attachments_for_posts(
        room,
        {post.attachment for post in posts if post.attachment and isinstance(post.attachment, str)},
    )
    for index, post in enumerate(posts):
        try:
            client_uuid = client_id_clean(post.client_id)
            attachment = _attachment_clean(post, client_uuid, uploads)
            body = message_body_clean(post.body, allow_empty=attachment is not None)
            reply_to = _reply_to_clean(post.reply_to, originals)
            membership = post.membership or selectors.membership_for(room=room, user=post.author)
            if membership is None:
                raise PermissionDenied("You are not a member of this room.")
            # As the caller knows it; a mute since then is caught by the insert (_insert).
            if until := membership.muted_at(now):
                raise muted_refusal(until)
        except (ValidationError, PermissionDenied) as error:
            results[index] = error
            continue
        key = (post.author.pk, client_uuid)
        if key in claimed:
            continue  # the same send twice in one batch: answered with the first, below
        claimed[key] = index
        accepted.append(_Accepted(index, post, body, client_uuid, membership, reply_to, attachment))
    if len(accepted) > 1:
        try:
            with transaction.atomic():
                for send, message in zip(accepted, _insert(room, accepted), strict=True):
                    results[send.index] = PostResult(message=message, created=True)
        except (IntegrityError, _MembershipGone, _AttachmentTaken):
            # A retry of a saved send, or a member who just left: rare; sort it out one by one.
            for send in accepted:
                results[send.index] = messages_post(room=room, posts=[send.post])[0]
    elif accepted:
        results[accepted[0].index] = _post_one(room, accepted[0])
    for index, post in enumerate(posts):
        if results[index] is None:  # a duplicate within the batch
            first = results[claimed[(post.author.pk, client_id_clean(post.client_id))]]
            results[index] = (
                PostResult(message=first.message, created=False)
                if isinstance(first, PostResult)
                else first
            )
    return results  # type: ignore[return-value]


def _attachment_clean(
    post: Post, client_id: uuid.UUID, uploads: dict[str, Attachment]
) -> Attachment | None:
    """The upload a send carries (from `attachments.attachments_for_posts`), or None; a
    ValidationError when it is not its author's upload in this room, or went with another
    send (the same send retried may name it again)."""
    if post.attachment in (None, ""):
        return None
    attachment = uploads.get(post.attachment) if isinstance(post.attachment, str) else None
    if attachment is None or attachment.uploader_id != post.author.pk:
        raise ValidationError(
            "That attachment is not available: attach the file again.", code="attachment"
        )
    if attachment.message_id is not None and attachment.sent_client_id != client_id:
        raise ValidationError("That file was already sent.", code="attachment")
    return attachment


# A reply shows the first line of what it answers, cut to this many characters.
REPLY_EXCERPT_CHARS = 100


def _reply_originals(room: Room, posts: list[Post]) -> dict[int, Message]:
    """The messages of `room` that the batch's replies answer, by id: one query, and none for
    a batch without replies (most). Ids that are not valid are left to `_reply_to_clean`."""
    ids = set()
    for post in posts:
        if post.reply_to not in (None, ""):
            with contextlib.suppress(ValidationError):  # told to its sender below
                ids.add(id_clean(post.reply_to, message="", code="reply_to"))
    if not ids:
        return {}
    return {
        message.pk: message
        for message in Message.objects.select_related("author__persona").filter(
            room=room, pk__in=ids
        )
    }


def _reply_to_clean(reply_to: object, originals: dict[int, Message]) -> Message | None:
    """The message a send answers (from `_reply_originals`), or None; a ValidationError when
    it names no message of this room (another room's is never looked at) or a deleted one."""
    if reply_to in (None, ""):
        return None
    pk = id_clean(reply_to, message="Which message are you replying to?", code="reply_to")
    original = originals.get(pk)
    if original is None:
        raise ValidationError("You can only reply to a message in this room.", code="reply_to")
    if original.deleted_at is not None:
        raise ValidationError(
            "That message was deleted: there is nothing to reply to.", code="reply_to"
        )
    return original


def _reply_fields(original: Message | None) -> dict[str, object]:
    """What a reply keeps of the message it answers: the link, and its author and first line
    as they are now (the quote shows these; it does not follow later edits)."""
    if original is None:
        return {}
    author = original.author
    if original.kind == Message.Kind.SYSTEM:
        name = "Salon"
    elif author is None:
        name = "Deleted account"
    elif author.is_persona:
        name = author.persona.name
    else:
        name = author.username
    line = first_line_text(original.body)
    if not line and original.attachments:
        line = f"📎 {original.attachments[0]['name']}"
    if len(line) > REPLY_EXCERPT_CHARS:
        line = line[: REPLY_EXCERPT_CHARS - 1].rstrip() + "…"
    return {"reply_to": original, "reply_author": name, "reply_excerpt": line}


def _post_one(room: Room, send: _Accepted) -> PostResult | Exception:
    try:
        # Insert first and look up only on conflict: a retry is rare, a new message is not.
        with transaction.atomic():
            (message,) = _insert(room, [send])
        return PostResult(message=message, created=True)
    except _MembershipGone:
        return _post_refusal(room, send.post.author)
    except _AttachmentTaken:
        return ValidationError("That file was already sent.", code="attachment")
    except IntegrityError:
        # The same send won a race on another connection; it is the one to return.
        existing = _message_by_client_id(
            room=room, author=send.post.author, client_id=send.client_id
        )
        if existing is None:
            raise
        return PostResult(message=existing, created=False)


def mute_end(until: datetime) -> str:
    """When a mute ends, as people read it: "14:05 UTC" today, "2026-12-01 14:05 UTC" later."""
    until = until.astimezone(UTC)
    today = until.date() == timezone.now().astimezone(UTC).date()
    return until.strftime("%H:%M UTC" if today else "%Y-%m-%d %H:%M UTC")


def muted_refusal(until: datetime) -> Refusal:
    """What a muted member is told when they try to post or edit."""
    return Refusal(
        f"You are muted in this room until {mute_end(until)}: you can read, but not post.",
        code="muted",
    )


def _post_refusal(room: Room, author: User) -> PermissionDenied:
    """Why the insert refused a send whose membership looked fine to the caller: it ended,
    or a moderator muted it meanwhile (rare: the one query is spent on refusals only)."""
    membership = selectors.membership_for(room=room, user=author)
    if membership is not None and (until := membership.muted_at(timezone.now())):
        return muted_refusal(until)
    return PermissionDenied("You are not a member of this room.")


def _insert(room: Room, accepted: list[_Accepted]) -> list[Message]:
    """Write the messages with consecutive seqs in one INSERT, move each author's read mark
    to their newest message, and queue one broadcast. Call inside a transaction."""
    last_seq = _room_next_seq(room.pk, count=len(accepted))
    first_seq = last_seq - len(accepted) + 1
    messages = [
        Message(
            room=room,
            author=send.post.author,
            kind=Message.Kind.PERSONA if send.post.author.is_persona else Message.Kind.USER,
            body=send.body,
            client_id=send.client_id,
            seq=first_seq + offset,
            attachments=[send.attachment.card()] if send.attachment else [],
            **_reply_fields(send.reply_to),
        )
        for offset, send in enumerate(accepted)
    ]
    mentioned = _mentions_resolve(room.pk, messages)
    for message in messages:
        message.body_html = body_html(message.body, message.mention_names)
    Message.objects.bulk_create(messages)
    for message, send in zip(messages, accepted, strict=True):
        # Claimed by one send only: a row another send took meanwhile is not updated.
        if send.attachment is not None:
            claimed = Attachment.objects.filter(pk=send.attachment.pk, message__isnull=True)
            if not claimed.update(message=message):
                raise _AttachmentTaken()
    if mentioned:
        Message.mentions.through.objects.bulk_create(
            Message.mentions.through(message_id=messages[index].pk, user_id=user_id)
            for index, user_ids in mentioned.items()
            for user_id in user_ids
        )
    newest: dict[int, int] = {}
    for message, send in zip(messages, accepted, strict=True):
        newest[send.membership.pk] = message.pk
    # Your own message is read by definition; a row not updated is a membership that ended,
    # or was muted, since its socket loaded it: the mute is checked here, in the statement
    # the send needs anyway, and the row lock orders it against the moderator's.
    now = timezone.now()
    if len(newest) == 1:
        # Every send: one statement written out, which costs a tenth of building it with the
        # ORM (the same statement as the batch's below).
        ((membership_id, message_id),) = newest.items()
        table = connection.ops.quote_name(Membership._meta.db_table)
        with connection.cursor() as cursor:
            cursor.execute(
                f"UPDATE {table} SET last_read_message_id = %s WHERE id = %s"
                " AND (muted_until IS NULL OR muted_until <= %s)",
                [message_id, membership_id, connection.ops.adapt_datetimefield_value(now)],
            )
            updated = cursor.rowcount
    else:
        not_muted = Q(muted_until__isnull=True) | Q(muted_until__lte=now)
        updated = Membership.objects.filter(not_muted, pk__in=newest).update(
            last_read_message_id=Case(
                *(When(pk=pk, then=Value(message_id)) for pk, message_id in newest.items())
            )
        )
    if updated != len(newest):
        raise _MembershipGone()
    transaction.on_commit(partial(events.messages_changed, messages, created=True))
    # Robust: a receiver that fails is logged; the saved messages are still sent and answered.
    transaction.on_commit(
        partial(signals.messages_created.send_robust, sender=Message, messages=messages)
    )
    return messages


def message_post_system(*, room: Room, body: str) -> Message:
    """Save a line that Salon itself says in the room (joins, leaves) and broadcast it."""
    with transaction.atomic():
        message = Message.objects.create(
            room=room,
            kind=Message.Kind.SYSTEM,
            body=body,
            body_html=body_html(body),
            seq=_room_next_seq(room.pk),
        )
        transaction.on_commit(partial(events.message_changed, message, change="message.created"))
    return message


def message_edit(*, room: Room, editor: User, message_id: object, body: object) -> Message:
    """Replace the body of `editor`'s own message, within the edit window (a message with an
    attachment may lose its text)."""
    body = message_body_clean(body, allow_empty=True)
    with transaction.atomic():
        message = _message_for_update(room=room, message_id=message_id)
        if not body and not message.attachments:
            raise ValidationError(
                "A message cannot be empty. To remove it, use Delete.", code="empty"
            )
        if message.author_id != editor.pk or message.kind != Message.Kind.USER:
            raise PermissionDenied("You can only edit your own messages.")
        if message.deleted_at is not None:
            raise PermissionDenied("This message was deleted.")
        membership = selectors.membership_for(room=room, user=editor)
        if membership is None:
            raise PermissionDenied("You are not a member of this room.")
        if until := membership.muted_at(timezone.now()):
            raise muted_refusal(until)
        window = timedelta(seconds=settings.SALON_EDIT_WINDOW_SECONDS)
        if timezone.now() > message.created_at + window:
            minutes = settings.SALON_EDIT_WINDOW_SECONDS // 60
            raise PermissionDenied(
                f"Messages can only be edited for {minutes} minutes after sending."
            )
        if message.body == body:
            return message
        message.body = body
        message.edited_at = timezone.now()
        message.seq = _room_next_seq(room.pk)
        mentioned = _mentions_resolve(room.pk, [message])
        message.body_html = body_html(body, message.mention_names)
        message.save(update_fields=["body", "body_html", "edited_at", "seq", "mention_names"])
        message.mentions.set(mentioned.get(0, []))
        transaction.on_commit(partial(events.message_changed, message, change="message.edited"))
    return message


def message_delete(*, room: Room, actor: User, message_id: object) -> Message:
    """Turn a message into a tombstone: its author, or a room owner or moderator, may."""
    with transaction.atomic():
        message = _message_for_update(room=room, message_id=message_id)
        membership = selectors.membership_for(room=room, user=actor)
        if membership is None:
            raise PermissionDenied("You are not a member of this room.")
        is_author = message.author_id == actor.pk and message.kind == Message.Kind.USER
        if not is_author and not membership.can_moderate:
            raise PermissionDenied("Only the author or a moderator can delete this message.")
        if not is_author and message.deleted_at is None:
            moderation_action_record(
                room=room,
                actor=actor,
                kind=ModerationAction.Kind.MESSAGE_DELETE,
                target=message.author,
                detail=f"Message #{message.pk}: {message.body[:200]}",
            )
        return _tombstone(message)


def message_delete_by_staff(*, message_id: int) -> Message:
    """Staff delete a message from the admin: the same tombstone, seen live by the room."""
    with transaction.atomic():
        room_id = Message.objects.values_list("room_id", flat=True).get(pk=message_id)
        message = _message_for_update(room=Room(pk=room_id), message_id=message_id)
        return _tombstone(message)


def _tombstone(message: Message) -> Message:
    if message.deleted_at is not None:
        return message
    message.body = ""
    message.body_html = ""
    message.mention_names = []
    message.deleted_at = timezone.now()
    message.seq = _room_next_seq(message.room_id)
    fields = ["body", "body_html", "mention_names", "deleted_at", "seq"]
    if message.attachments:
        message.attachments = []
        attachments.attachment_removed(message)
        fields.append("attachments")
    message.save(update_fields=fields)
    message.mentions.clear()
    transaction.on_commit(partial(events.message_changed, message, change="message.deleted"))
    _replies_forget(message)
    return message


def _replies_forget(original: Message) -> None:
    """The replies to a message just deleted stop quoting it ("deleted message"): each takes
    a new seq, so open pages and catch-up show them changed. Call inside the transaction."""
    replies = list(
        Message.objects.select_for_update(of=("self",))
        .select_related("author__persona", "room")
        .filter(reply_to=original, deleted_at__isnull=True)
        .exclude(reply_excerpt="")
        .order_by("id")
    )
    if not replies:
        return
    last_seq = _room_next_seq(original.room_id, count=len(replies))
    for offset, reply in enumerate(replies):
        reply.reply_excerpt = ""
        reply.seq = last_seq - len(replies) + 1 + offset
    Message.objects.bulk_update(replies, ["reply_excerpt", "seq"])
    transaction.on_commit(partial(events.messages_changed, replies))


def _message_for_update(*, room: Room, message_id: object) -> Message:
    pk = id_clean(message_id, message="Which message? Give its id.", code="message_id")
    message = (
        Message.objects.select_for_update(of=("self",))
        .select_related("author__persona")
        .filter(room=room, pk=pk)
        .first()
    )
    if message is None:
        raise ValidationError("That message is not in this room.", code="message_id")
    message.room = room  # the one it was found in: its events name the room without a query
    return message


def _mentions_resolve(room_id: int, messages: list[Message]) -> dict[int, list[int]]:
    """Set each message's `mention_names` to the accounts (people and personas) its @mentions
    name, and return the ids of the room's members each mentions, by the message's index (for
    their unread counts). One query for all of them; none when no body has a mention."""
    written = {index: mentioned_usernames(m.body) for index, m in enumerate(messages)}
    lowered = {name.lower() for names in written.values() for name in names}
    for message in messages:
        message.mention_names = []
    if not lowered:
        return {}
    accounts = {
        lower: (pk, username, is_member)
        for pk, username, lower, is_member in User.objects.annotate(
            lower=Lower("username"),
            is_member=Exists(Membership.objects.filter(room_id=room_id, user=OuterRef("pk"))),
        )
        .filter(lower__in=lowered, is_active=True)
        .values_list("pk", "username", "lower", "is_member")
    }
    members: dict[int, list[int]] = {}
    for index, names in written.items():
        found = sorted({accounts[n.lower()] for n in names if n.lower() in accounts})
        messages[index].mention_names = [username for _pk, username, _member in found]
        if ids := [pk for pk, _username, is_member in found if is_member]:
            members[index] = ids
    return members


def _message_by_client_id(*, room: Room, author: User, client_id: uuid.UUID) -> Message | None:
    return (
        Message.objects.select_related("author__persona")
        .filter(room=room, author=author, client_id=client_id)
        .first()
    )


# Presence ----------------------------------------------------------------------------------
#
# Each open socket has a RoomConnection row that its process refreshes (heartbeat). A person
# is present while any of their rows in the room is fresh. A closed socket's row is not
# deleted but set to go stale after the grace period, so a reload or a brief drop that comes
# back in time changes nothing. Membership.is_present is what the room was last told; joins
# and leaves are announced only when it flips.


def _stale_before():
    return timezone.now() - timedelta(seconds=settings.SALON_PRESENCE_STALE_SECONDS)


@dataclass(frozen=True)
class Admission:
    """A socket let into `room`: a member's, or (`membership` None) a visitor's, who reads a
    public room without joining it and cannot post."""

    room: Room
    membership: Membership | None


def socket_admit(*, slug: str, user: User, socket_id: str) -> Admission | str:
    """Let a socket into a room and record a member's for presence, in one trip to the
    database; otherwise "not_found": no such room, or a private room `user` is not in (the
    two are told apart by nobody), or "banned" from a public room."""
    room = Room.objects.filter(slug=slug).first()
    if room is None:
        return "not_found"
    with transaction.atomic():
        # The membership row's lock orders this against a settle of the same person.
        membership = Membership.objects.select_for_update().filter(room=room, user=user).first()
        if membership is None:
            if room.is_private:
                return "not_found"
            banned = Sanction.objects.filter(room=room, user=user, kind=Sanction.Kind.BAN)
            return "banned" if banned.exists() else Admission(room=room, membership=None)
        RoomConnection.objects.create(
            channel_name=socket_id, room=room, user=user, last_seen=timezone.now()
        )
        if not membership.is_present:
            Membership.objects.filter(pk=membership.pk).update(is_present=True)
            membership.is_present = True
            transaction.on_commit(
                partial(events.member_presence_changed, room_id=room.pk, user_id=user.pk)
            )
    return Admission(room=room, membership=membership)


def presence_disconnect(*, socket_id: str) -> tuple[int, int] | None:
    """Let a closed socket's row go stale after the grace period; the (room id, user id) to
    settle then, or None for a socket that was never recorded."""
    connection = (
        RoomConnection.objects.filter(channel_name=socket_id).values("pk", "room_id", "user_id")
    ).first()
    if connection is None:
        return None
    expires_in = settings.SALON_PRESENCE_GRACE_SECONDS - settings.SALON_PRESENCE_STALE_SECONDS
    RoomConnection.objects.filter(pk=connection["pk"]).update(
        last_seen=timezone.now() + timedelta(seconds=expires_in)
    )
    return connection["room_id"], connection["user_id"]


def presence_settle(*, room_id: int, user_id: int) -> bool:
    """Show that a person went offline, if none of their sockets in the room is fresh."""
    with transaction.atomic():
        membership = (
            Membership.objects.select_for_update().filter(room_id=room_id, user_id=user_id).first()
        )
        rows = RoomConnection.objects.filter(room_id=room_id, user_id=user_id)
        stale_before = _stale_before()
        if rows.filter(last_seen__gte=stale_before).exists():
            return False
        rows.filter(last_seen__lt=stale_before).delete()
        if membership is None or not membership.is_present:
            return False
        Membership.objects.filter(pk=membership.pk).update(is_present=False)
        transaction.on_commit(
            partial(events.member_presence_changed, room_id=room_id, user_id=user_id)
        )
    return True


def presence_heartbeat(*, socket_ids: list[str]) -> None:
    """Mark this process's open sockets as alive."""
    if socket_ids:
        RoomConnection.objects.filter(channel_name__in=socket_ids).update(last_seen=timezone.now())


def presence_sweep() -> list[tuple[int, int]]:
    """Settle everyone whose sockets all went stale: closed ones past their grace period and
    those of a process that died. Returns the (room id, user id) pairs announced as gone."""
    pairs = set(
        RoomConnection.objects.filter(last_seen__lt=_stale_before()).values_list(
            "room_id", "user_id"
        )
    )
    has_socket = RoomConnection.objects.filter(
        room_id=OuterRef("room_id"), user_id=OuterRef("user_id")
    )
    pairs |= set(
        Membership.objects.filter(is_present=True, user__is_persona=False)
        .exclude(Exists(has_socket))
        .values_list("room_id", "user_id")
    )
    return [pair for pair in sorted(pairs) if presence_settle(room_id=pair[0], user_id=pair[1])]
