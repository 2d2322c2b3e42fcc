"""The JSON shapes of the API (documented in its OpenAPI document)."""

from __future__ import annotations

import uuid
from datetime import datetime

from ninja import Field, Schema

from rooms import payloads
from rooms.models import MESSAGE_MAX_LENGTH, Room


class ErrorOut(Schema):
    code: str = Field(description="Stable, for programs: e.g. not_found, rate_limited, muted.")
    message: str = Field(description="For people.")


class AuthorOut(Schema):
    id: int
    username: str
    name: str = Field(description="A persona's name, anyone else's username.")
    is_persona: bool


class ReplyOut(Schema):
    id: int = Field(description="The id of the message answered.")
    author: str = Field(description="Who wrote it, as shown when the reply was written.")
    excerpt: str = Field(description="Its first line then; empty once it is deleted.")


class ReactionOut(Schema):
    emoji: str
    count: int
    user_ids: list[int] = Field(description="Everyone who chose it, first first.")


class AttachmentOut(Schema):
    kind: str = Field(description="image or file.")
    name: str
    size: int = Field(description="Bytes.")
    url: str = Field(description="Its file, served to those who may read the room.")
    width: int | None = Field(description="An image's size in pixels.")
    height: int | None


class MessageOut(Schema):
    id: int
    seq: int = Field(description="The room's change number when this message last changed.")
    room: str = Field(description="The room's slug.")
    kind: str = Field(description="user, persona or system.")
    author: AuthorOut | None
    body: str = Field(description="Empty once deleted.")
    body_html: str = Field(description="The body as shown: rendered and sanitised HTML.")
    client_id: uuid.UUID | None
    mentions: list[str]
    reply_to: ReplyOut | None = Field(description="The message this one answers, if any.")
    attachments: list[AttachmentOut] = Field(description="Files sent with it (none once deleted).")
    reactions: list[ReactionOut] = Field(description="One entry per emoji, first used first.")
    created_at: datetime
    edited_at: datetime | None
    deleted_at: datetime | None


class RoomOut(Schema):
    slug: str
    name: str
    topic: str
    is_private: bool
    is_member: bool
    role: str | None = Field(description="Your role in the room: owner, moderator or member.")
    member_count: int
    seq: int = Field(description="The room's latest change number.")


class RoomPageOut(Schema):
    rooms: list[RoomOut]
    next_after: int | None = Field(description="Pass as ?after= for the next page (None: last).")


class MemberOut(Schema):
    id: int
    username: str
    name: str
    is_persona: bool
    role: str
    is_present: bool


class RoomDetailOut(RoomOut):
    created_at: datetime
    members: list[MemberOut] = Field(description="Up to 100 members, as the member panel.")


class RoomIn(Schema):
    name: str = Field(max_length=80)
    topic: str = Field("", max_length=200)
    is_private: bool = False


class LeaveOut(Schema):
    left: bool
    closed: bool


class MessagePageOut(Schema):
    messages: list[MessageOut] = Field(description="In id order (oldest first).")
    room_seq: int = Field(description="Where the room stood when this page was read.")
    next_before: int | None = Field(description="?before= for the older page (None: no more).")
    has_more: bool = Field(description="With ?after_seq=: more changes follow this page.")


class MessageIn(Schema):
    body: str = Field(
        "", max_length=MESSAGE_MAX_LENGTH * 4, description="May be empty when it sends a file."
    )
    client_id: uuid.UUID = Field(description="Yours, per send: a retry with it posts nothing new.")
    reply_to: int | None = Field(None, description="The id of a message of this room to answer.")
    attachment: str | None = Field(
        None,
        max_length=100,
        description="The token of a file uploaded to POST /api/rooms/{slug}/attachments.",
    )


class UploadOut(Schema):
    token: str = Field(description="Send it as a message's `attachment` (within a day).")
    kind: str = Field(description="image or file")
    name: str
    size: str = Field(description="As people read it, e.g. 1.2 MB.")


class MessageEditIn(Schema):
    body: str = Field(max_length=MESSAGE_MAX_LENGTH * 4)


message_out = payloads.message_data
author_out = payloads.author_data
member_out = payloads.member_data


def room_out(room: Room, *, role: str | None, member_count: int) -> dict:
    return {
        "slug": room.slug,
        "name": room.name,
        "topic": room.topic,
        "is_private": room.is_private,
        "is_member": role is not None,
        "role": role,
        "member_count": member_count,
        "seq": room.seq,
    }
