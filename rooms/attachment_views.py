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
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, JsonResponse
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_GET, require_POST

from rooms import attachments, limits, selectors, services
from rooms.models import Attachment

CHUNK_BYTES = 64 * 1024


def _text(text: str, status: int) -> HttpResponse:
    return HttpResponse(text, status=status, content_type="text/plain; charset=utf-8")


def _in_worker(function):
    """`function` run in a worker thread, away from the database thread."""
    return sync_to_async(function, thread_sensitive=False)


@require_POST
async def attachment_upload(request: HttpRequest, slug: str) -> HttpResponse:
    """Take one file (the raw body; its name in ?name=) for a message the member is about
    to send: 201 with its token, or a plain-text refusal the composer shows."""
    user = await request.auser()
    room, membership = await database_sync_to_async(selectors.room_and_membership)(
        slug=slug, user=user
    )
    if room is None:
        raise Http404("No such room.")
    if membership is None:
        return _text("Join the room to post in it.", 403)
    if until := membership.muted_at(timezone.now()):
        return _text(str(services.muted_refusal(until)), 403)
    declared = request.META.get("CONTENT_LENGTH") or "0"
    if declared.isdigit() and int(declared) > settings.SALON_ATTACHMENT_MAX_BYTES:
        return _text(attachments.too_big_error(int(declared)).messages[0], 413)
    if wait := await limits.take(f"upload:{user.pk}", limits.upload_rate()):
        response = _text(f"You are uploading too quickly. Try again in {math.ceil(wait)} s.", 429)
        response["Retry-After"] = str(math.ceil(wait))
        return response
    try:
        data = await _in_worker(attachments.read_limited)(request)
        cleaned = await _in_worker(attachments.upload_clean)(
            data=data, name=request.GET.get("name", "")
        )
    except ValidationError as error:
        return _text(error.messages[0], 413 if error.code == "too_big" else 400)
    stored = await _in_worker(attachments.store)(room_id=room.pk, cleaned=cleaned)
    try:
        attachment = await database_sync_to_async(attachments.attachment_create)(
            room=room, uploader=user, stored=stored
        )
    except BaseException:
        await _in_worker(attachments.files_remove)([stored.file_name, stored.thumb_name])
        raise
    return JsonResponse(
        {
            "token": attachment.token,
            "kind": attachment.kind,
            "name": attachment.name,
            "size": filesizeformat(attachment.size),
        },
        status=201,
    )


async def _chunks(name: str) -> AsyncIterator[bytes]:
    handle = await _in_worker(default_storage.open)(name, "rb")
    try:
        while chunk := await _in_worker(handle.read)(CHUNK_BYTES):
            yield chunk
    finally:
        await _in_worker(handle.close)()


async def _serve(request: HttpRequest, token: str, *, thumbnail: bool) -> FileResponse:
    user = await request.auser()
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


@require_GET
async def attachment_file(request: HttpRequest, token: str) -> FileResponse:
    """The attachment itself, to those who may read its message."""
    return await _serve(request, token, thumbnail=False)


@require_GET
async def attachment_thumbnail(request: HttpRequest, token: str) -> FileResponse:
    """An image attachment's thumbnail, to those who may read its message."""
    return await _serve(request, token, thumbnail=True)
