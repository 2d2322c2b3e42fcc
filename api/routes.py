"""Salon's JSON API under /api/ (django-ninja): rooms, memberships and messages for programs,
on the browser's rules. Each endpoint authenticates (`api.auth`), checks that the room is
visible to the caller (a private room they are not in is a 404, as in the browser), and calls
the same service or selector as the browser; sends, edits and deletes go the room socket's way
(message rate limit, mute check, the group-commit writer), so sockets see them live."""

from __future__ import annotations

from typing import Annotated

from channels.db import database_sync_to_async
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest
from django.utils import timezone
from ninja import NinjaAPI, Status
from ninja.openapi.docs import Swagger
from pydantic import Field

from api import errors
from api.auth import auth, upload_auth
from api.errors import ApiError, refusal
from api.schemas import (
    ErrorOut,
    LeaveOut,
    MessageEditIn,
    MessageIn,
    MessageOut,
    MessagePageOut,
    RoomDetailOut,
    RoomIn,
    RoomOut,
    RoomPageOut,
    UploadOut,
    member_out,
    message_out,
    room_out,
)
from rooms import attachment_views, events, limits, selectors, services, writer
from rooms.models import Membership, Room
from rooms.signals import human_message_saved

api = NinjaAPI(
    title="Salon API",
    version="1",
    description="Rooms and messages for programs. Send a personal API token (your API tokens "
    "page) as `Authorization: Bearer <token>`; a logged-in browser may use its session, with "
    'its CSRF token for changes. Errors are JSON: `{"code": ..., "message": ...}`.',
    auth=auth,
    urls_namespace="api",
    # Swagger UI from the files django-ninja ships (served by Salon), not from a CDN: the
    # page keeps to the site's Content-Security-Policy.
    docs=Swagger(settings={"persistAuthorization": False}),
    docs_url="/docs",
    openapi_url="/openapi.json",
)
errors.install(api)

ERRORS = dict.fromkeys((400, 401, 403, 404, 409, 413, 429), ErrorOut)

PageLimit = Annotated[int, Field(ge=1, le=100)]


def _room(request: HttpRequest, slug: str) -> tuple[Room, Membership | None]:
    room, membership = selectors.room_and_membership(slug=slug, user=request.auth)
    if room is None:
        raise ApiError(404, "No such room.")
    return room, membership


async def _within_message_limit(user_id: int) -> None:
    """Count a send, edit or delete against its person's limit, as the room socket does."""
    wait = await limits.take(f"msg:{user_id}", limits.message_rate())
    if wait:
        raise ApiError(
            429,
            f"You are sending messages too quickly. Try again in {max(1, round(wait))} s.",
            retry_after=wait,
        )


# Rooms -------------------------------------------------------------------------------------


@api.get("/rooms", response={200: RoomPageOut, **ERRORS}, tags=["rooms"])
def rooms_list(request: HttpRequest, after: int | None = None, limit: PageLimit = 50):
    """Your rooms and every public room, by id; `?after=<next_after>` for the next page."""
    rooms = selectors.rooms_visible_page(user=request.auth, after=after, limit=limit + 1)
    page = rooms[:limit]
    return {
        "rooms": [room_out(r, role=r.role, member_count=r.member_count) for r in page],
        "next_after": page[-1].pk if len(rooms) > limit else None,
    }


@api.post("/rooms", response={201: RoomOut, **ERRORS}, tags=["rooms"])
def rooms_create(request: HttpRequest, payload: RoomIn):
    """Create a room; you become its owner."""
    try:
        room = services.room_create(
            creator=request.auth,
            daily_limit=settings.SALON_ROOMS_PER_PERSON_DAILY,
            **payload.dict(),
        )
    except ValidationError as error:
        raise refusal(error) from None
    return Status(201, room_out(room, role=Membership.Role.OWNER, member_count=1))


def _room_detail(room: Room, membership: Membership | None) -> dict:
    context = selectors.members_context(room=room)
    return {
        **room_out(
            room,
            role=membership.role if membership else None,
            member_count=context["member_count"] + context["persona_count"],
        ),
        "created_at": room.created_at,
        "members": [member_out(m) for m in context["members"]],
    }


@api.get("/rooms/{slug}", response={200: RoomDetailOut, **ERRORS}, tags=["rooms"])
def room_detail(request: HttpRequest, slug: str):
    """A room and its members (up to 100, as its member panel lists them)."""
    return _room_detail(*_room(request, slug))


@api.post("/rooms/{slug}/join", response={200: RoomDetailOut, **ERRORS}, tags=["rooms"])
def room_join(request: HttpRequest, slug: str):
    """Join a public room (a no-op for a member); the room is told, as in the browser."""
    room, _membership = _room(request, slug)
    try:
        membership = services.membership_join(room=room, user=request.auth, announce=True)
    except PermissionDenied as error:
        raise ApiError(403, str(error), code="banned") from None
    return _room_detail(room, membership)


@api.post("/rooms/{slug}/leave", response={200: LeaveOut, **ERRORS}, tags=["rooms"])
def room_leave(request: HttpRequest, slug: str, close: bool = False):
    """Leave a room. Its only owner hands it over first (409, last_owner); its only member
    leaves with `?close=true`, which deletes the room (409, last_member, without)."""
    room, membership = _room(request, slug)
    if membership is None:
        raise ApiError(409, "You are not a member of this room.", code="not_member")
    try:
        closed = services.membership_leave(room=room, user=request.auth, close=close)
    except ValidationError as error:
        raise ApiError(409, error.messages[0], code=error.code or "conflict") from None
    return {"left": True, "closed": closed}


# Messages ----------------------------------------------------------------------------------


@api.get("/rooms/{slug}/messages", response={200: MessagePageOut, **ERRORS}, tags=["messages"])
def messages_list(
    request: HttpRequest,
    slug: str,
    before: int | None = None,
    after_seq: int | None = None,
    limit: PageLimit = selectors.PAGE_SIZE,
):
    """History, newest page first: `?before=<next_before>` pages back (keyset on the id).
    Catch-up: `?after_seq=<seq>` lists what changed after that seq (new, edited and deleted
    messages) in seq order; go on from the last one's seq while `has_more`."""
    if before is not None and after_seq is not None:
        raise ApiError(400, "Give ?before= or ?after_seq=, not both.")
    for name, value, minimum in (("before", before, 1), ("after_seq", after_seq, 0)):
        if value is not None:
            try:
                services.id_clean(
                    value, message=f"{name} is out of range.", code=name, minimum=minimum
                )
            except ValidationError as error:
                raise refusal(error) from None
    room, _membership = _room(request, slug)
    # Read first: every change up to it has committed (changes commit in seq order).
    room_seq = selectors.room_seq(room=room)
    if after_seq is not None:
        changes = selectors.messages_changed_after(room=room, seq=after_seq, limit=limit)
        messages, has_more, next_before = changes.messages, changes.has_more, None
    else:
        page = selectors.messages_page(room=room, before=before, limit=limit)
        messages, has_more = page.messages, False
        next_before = page.oldest_id if page.has_older else None
    return {
        "messages": [message_out(m, slug=room.slug) for m in messages],
        "room_seq": room_seq,
        "next_before": next_before,
        "has_more": has_more,
    }


@api.post(
    "/rooms/{slug}/messages",
    response={201: MessageOut, 200: MessageOut, **ERRORS},
    tags=["messages"],
)
async def messages_create(request: HttpRequest, slug: str, payload: MessageIn):
    """Post a message: 201 with it saved. The same `client_id` again answers 200 with the
    message already saved, and posts nothing. `reply_to` answers a message of the room (not
    a deleted one), as the browser's Reply does."""
    user = request.auth
    room, membership = await database_sync_to_async(_room)(request, slug)
    if membership is None:
        raise ApiError(403, "Join the room to post in it.", code="not_member")
    if until := membership.muted_at(timezone.now()):  # the insert checks again
        raise ApiError(403, str(services.muted_refusal(until)), code="muted")
    await _within_message_limit(user.pk)
    post = services.Post(
        author=user,
        body=payload.body,
        client_id=payload.client_id,
        membership=membership,
        reply_to=payload.reply_to,
        attachment=payload.attachment,
    )
    try:
        result = await writer.writer().post(room, post)
    except (ValidationError, PermissionDenied) as error:
        raise refusal(error) from None
    if result.created:
        human_message_saved.send(sender=type(result.message), message=result.message)
    return Status(201 if result.created else 200, message_out(result.message, slug=room.slug))


@api.post(
    "/rooms/{slug}/attachments",
    response={201: UploadOut, **ERRORS},
    auth=upload_auth,
    tags=["messages"],
    openapi_extra={
        "requestBody": {
            "required": True,
            "content": {
                "application/octet-stream": {"schema": {"type": "string", "format": "binary"}}
            },
        }
    },
)
async def attachments_upload(request: HttpRequest, slug: str, name: str = ""):
    """Upload one file for a message you are about to post: the request body is the file
    itself, `name` its file name. Checked as the composer's are (kinds, size, images by
    their content, stripped of EXIF). Then post a message with `attachment` set to the
    token; the message's `attachments[].url` serves it to the room's readers (send your
    token there too)."""
    try:
        attachment = await attachment_views.upload(request, request.auth, slug)
    except attachment_views.UploadRefused as refused:
        raise ApiError(
            refused.status, refused.message, code=refused.code, retry_after=refused.retry_after
        ) from None
    return Status(201, attachment_views.upload_data(attachment))


async def _message_room(request: HttpRequest, message_id: int) -> Room:
    try:
        services.id_clean(message_id, message="No such message.", code="not_found")
    except ValidationError:
        raise ApiError(404, "No such message.") from None
    room = await database_sync_to_async(selectors.message_room_visible)(
        message_id=message_id, user=request.auth
    )
    if room is None:
        raise ApiError(404, "No such message.")
    return room


@api.patch("/messages/{message_id}", response={200: MessageOut, **ERRORS}, tags=["messages"])
async def message_edit(request: HttpRequest, message_id: int, payload: MessageEditIn):
    """Edit your own message, within the edit window, as in the browser."""
    room = await _message_room(request, message_id)
    await _within_message_limit(request.auth.pk)
    try:
        message = await events.service_call(
            services.message_edit,
            room=room,
            editor=request.auth,
            message_id=message_id,
            body=payload.body,
        )
    except (ValidationError, PermissionDenied) as error:
        raise refusal(error) from None
    return message_out(message, slug=room.slug)


@api.delete("/messages/{message_id}", response={200: MessageOut, **ERRORS}, tags=["messages"])
async def message_delete(request: HttpRequest, message_id: int):
    """Delete a message (yours, or anyone's as the room's owner or moderator): it stays as a
    tombstone with an empty body and `deleted_at`."""
    room = await _message_room(request, message_id)
    await _within_message_limit(request.auth.pk)
    try:
        message = await events.service_call(
            services.message_delete, room=room, actor=request.auth, message_id=message_id
        )
    except (ValidationError, PermissionDenied) as error:
        raise refusal(error) from None
    return message_out(message, slug=room.slug)
