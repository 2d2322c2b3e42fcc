"""Uploading and serving attachments (rooms.attachments).

Both views are async, and hand Pillow's and the storage's work to worker threads: a 10 MB
upload or download never holds the thread that the room sockets' database hops run on. The
upload is the request's raw body (the browser sends the File as is), so Django's CSRF check
reads no multipart body; the CSRF token comes as the X-CSRFToken header.
"""

from __future__ import annotations

import math
from collections.abc import AsyncIterator

from asgiref.sync import sync_to_async
from channels.db import database_sync_to_async
from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.http import (
    FileResponse,
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseRedirect,
    JsonResponse,
)
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_GET, require_POST

from accounts import tokens
from rooms import attachments, limits, selectors, services
from rooms.models import Attachment

CHUNK_BYTES = 64 * 1024


def _text(text: str, status: int) -> HttpResponse:
    return HttpResponse(text, status=status, content_type="text/plain; charset=utf-8")


def _in_worker(function):
    """`function` run in a worker thread, away from the database thread."""
    return sync_to_async(function, thread_sensitive=False)


class UploadRefused(Exception):
    """Why an upload was not taken: its status, a stable code for programs and a message for
    people; `retry_after` in seconds for a 429."""

    def __init__(
        self, status: int, message: str, code: str, retry_after: int | None = None
    ) -> None:
        super().__init__(message)
        self.status, self.message, self.code, self.retry_after = status, message, code, retry_after


async def upload(request: HttpRequest, user, slug: str) -> Attachment:
    """Take one file (the request's raw body; its name in ?name=) that `user` is about to
    send to the room `slug`, or raise UploadRefused. The composer's view and the JSON API
    (`POST /api/rooms/<slug>/attachments`) both come here."""
    room, membership = await database_sync_to_async(selectors.room_and_membership)(
        slug=slug, user=user
    )
    if room is None:
        raise UploadRefused(404, "No such room.", "not_found")
    if membership is None:
        raise UploadRefused(403, "Join the room to post in it.", "not_member")
    if until := membership.muted_at(timezone.now()):
        raise UploadRefused(403, str(services.muted_refusal(until)), "muted")
    declared = request.META.get("CONTENT_LENGTH") or "0"
    if declared.isdigit() and int(declared) > settings.SALON_ATTACHMENT_MAX_BYTES:
        raise UploadRefused(413, attachments.too_big_error(int(declared)).messages[0], "too_large")
    if wait := await limits.take(f"upload:{user.pk}", limits.upload_rate()):
        seconds = math.ceil(wait)
        message = f"You are uploading too quickly. Try again in {seconds} s."
        raise UploadRefused(429, message, "rate_limited", retry_after=seconds)
    try:
        data = await _in_worker(attachments.read_limited)(request)
        cleaned = await _in_worker(attachments.upload_clean)(
            data=data, name=request.GET.get("name", "")
        )
    except ValidationError as error:
        if error.code == "too_big":
            raise UploadRefused(413, error.messages[0], "too_large") from None
        raise UploadRefused(400, error.messages[0], error.code or "invalid") from None
    stored = await _in_worker(attachments.store)(room_id=room.pk, cleaned=cleaned)
    try:
        return await database_sync_to_async(attachments.attachment_create)(
            room=room, uploader=user, stored=stored
        )
    except BaseException:
        await _in_worker(attachments.files_remove)([stored.file_name, stored.thumb_name])
        raise


def upload_data(attachment: Attachment) -> dict:
    """What the uploader is told of a file it may now send: its token first."""
    return {
        "token": attachment.token,
        "kind": attachment.kind,
        "name": attachment.name,
        "size": filesizeformat(attachment.size),
    }


@require_POST
async def attachment_upload(request: HttpRequest, slug: str) -> HttpResponse:
    """Take one file (the raw body; its name in ?name=) for a message the member is about
    to send: 201 with its token, or a plain-text refusal the composer shows."""
    try:
        attachment = await upload(request, await request.auser(), slug)
    except UploadRefused as refused:
        if refused.status == 404:
            raise Http404(refused.message) from None
        response = _text(refused.message, refused.status)
        if refused.retry_after is not None:
            response["Retry-After"] = str(refused.retry_after)
        return response
    return JsonResponse(upload_data(attachment), status=201)


async def _chunks(name: str) -> AsyncIterator[bytes]:
    handle = await _in_worker(default_storage.open)(name, "rb")
    try:
        while chunk := await _in_worker(handle.read)(CHUNK_BYTES):
            yield chunk
    finally:
        await _in_worker(handle.close)()


async def _serve(
    request: HttpRequest, token: str, *, thumbnail: bool
) -> FileResponse | HttpResponseRedirect:
    # Programs send their API token (the message's attachment url is the same for them);
    # browsers their session, and are sent to log in without one.
    raw = tokens.bearer_token(request.headers.get("Authorization", ""))
    if raw is not None:
        user = await database_sync_to_async(tokens.token_authenticate)(raw)
        if user is None:
            raise Http404("No such attachment.")
    else:
        user = await request.auser()
        if not user.is_authenticated:
            return redirect_to_login(request.get_full_path())
    attachment = await database_sync_to_async(attachments.attachment_for_reader)(
        token=token, user=user
    )
    if attachment is None or (thumbnail and not attachment.thumbnail):
        raise Http404("No such attachment.")
    is_image = attachment.kind == Attachment.Kind.IMAGE
    if thumbnail:
        name, content_type = attachment.thumbnail.name, "image/webp"
        filename = attachment.name.rpartition(".")[0] + ".webp"
    else:
        name, content_type, filename = (
            attachment.file.name,
            attachment.content_type,
            attachment.name,
        )
    response = FileResponse(_chunks(name), content_type=content_type)
    if not thumbnail:
        response["Content-Length"] = str(attachment.size)
    # Images show in the page; anything else is only ever a download, so that no uploaded
    # file can run as a page of this site.
    response["Content-Disposition"] = content_disposition_header(not is_image, filename)
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response["Cache-Control"] = "private, max-age=3600"
    return response


@login_not_required  # _serve: a program's token, or a browser's session
@require_GET
async def attachment_file(request: HttpRequest, token: str) -> FileResponse:
    """The attachment itself, to those who may read its message."""
    return await _serve(request, token, thumbnail=False)


@login_not_required
@require_GET
async def attachment_thumbnail(request: HttpRequest, token: str) -> FileResponse:
    """An image attachment's thumbnail, to those who may read its message."""
    return await _serve(request, token, thumbnail=True)
