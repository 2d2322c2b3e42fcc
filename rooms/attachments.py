"""Attachments: files and images sent with messages.

An upload is checked by its content, cleaned and stored here (`attachment_upload`), as an
Attachment row that waits for its message; the send that carries its token claims it
(`rooms.services.messages_post`), and the message keeps a card of it to show
(`Message.attachments`). Images are opened with Pillow, re-encoded without their metadata
(EXIF with its GPS position, XMP, comments) after being turned upright, and thumbnailed; other
files must start as their kind does. Bytes go through Django's storage API (local files or an
S3-compatible bucket, `chatsite.settings`) and are served only by `rooms.attachment_views`.

Pillow's work and the storage's run outside the database thread: callers hand them to a worker
thread (`sync_to_async(..., thread_sensitive=False)`), so an upload never holds up the room
sockets' database hops.
"""

from __future__ import annotations

import io
import logging
import secrets
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import timedelta
from functools import partial
from pathlib import PurePath
from typing import IO

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import transaction
from django.db.models import F, Q
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError

from accounts.models import User
from rooms.models import Attachment, Message, Room

logger = logging.getLogger(__name__)

# Pillow's image formats that may be attached, with the type they are served as and the
# extension their stored name takes.
IMAGE_FORMATS = {
    "JPEG": ("image/jpeg", "jpg"),
    "PNG": ("image/png", "png"),
    "GIF": ("image/gif", "gif"),
    "WEBP": ("image/webp", "webp"),
}
IMAGE_EXTENSIONS = {"jpg": "JPEG", "jpeg": "JPEG", "png": "PNG", "gif": "GIF", "webp": "WEBP"}

_ZIP = (b"PK\x03\x04", b"PK\x05\x06")
_TEXT = "text"
# Other kinds, by extension: the type they are served as (always as a download) and how their
# content must start (_TEXT: UTF-8 text without NUL characters).
FILE_KINDS: dict[str, tuple[str, tuple[bytes, ...] | str]] = {
    "pdf": ("application/pdf", (b"%PDF-",)),
    "txt": ("text/plain; charset=utf-8", _TEXT),
    "md": ("text/markdown; charset=utf-8", _TEXT),
    "log": ("text/plain; charset=utf-8", _TEXT),
    "csv": ("text/csv; charset=utf-8", _TEXT),
    "json": ("application/json", _TEXT),
    "zip": ("application/zip", _ZIP),
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", _ZIP),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", _ZIP),
    "pptx": ("application/vnd.openxmlformats-officedocument.presentationml.presentation", _ZIP),
    "odt": ("application/vnd.oasis.opendocument.text", _ZIP),
    "ods": ("application/vnd.oasis.opendocument.spreadsheet", _ZIP),
}

# Thumbnails fit in this box (twice the size they are shown at, for sharp screens).
THUMB_BOX = (640, 480)
NAME_MAX_CHARS = 150
# Uploads never sent with a message are removed after this long (at the uploader's next one).
UNSENT_KEPT_FOR = timedelta(days=1)


@dataclass(frozen=True)
class Cleaned:
    """An upload that passed the checks: the bytes to store and what to say about them."""

    kind: str
    name: str
    content_type: str
    data: bytes
    extension: str
    width: int | None = None
    height: int | None = None
    thumbnail: bytes | None = None
    thumb_size: tuple[int, int] | None = None


def allowed_extensions() -> list[str]:
    return [ext.lower().lstrip(".") for ext in settings.SALON_ATTACHMENT_TYPES]


def name_clean(name: object) -> str:
    """The file's name as people see it: no folders, no control characters, not too long."""
    text = name if isinstance(name, str) else ""
    text = PurePath(text.replace("\\", "/")).name
    text = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C").strip(" .")
    if len(text) > NAME_MAX_CHARS:
        stem, dot, ext = text.rpartition(".")
        keep = NAME_MAX_CHARS - len(ext) - 1 if dot and len(ext) <= 10 else NAME_MAX_CHARS
        text = (stem[:keep] + "." + ext) if dot and len(ext) <= 10 else text[:NAME_MAX_CHARS]
    return text or "file"


def too_big_error(size: int) -> ValidationError:
    limit = filesizeformat(settings.SALON_ATTACHMENT_MAX_BYTES)
    return ValidationError(
        f"Files can be at most {limit} (this one is {filesizeformat(size)}).", code="too_big"
    )


def read_limited(stream: IO[bytes]) -> bytes:
    """The upload's bytes, or a ValidationError as soon as it is over the size limit."""
    limit = settings.SALON_ATTACHMENT_MAX_BYTES
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise too_big_error(len(data) + len(stream.read()))
    if not data:
        raise ValidationError("That file is empty.", code="empty")
    return data


def upload_clean(*, data: bytes, name: object) -> Cleaned:
    """Check an upload by its content and clean it: an image (any allowed format, whatever it
    is called) is re-encoded without metadata and thumbnailed; another file must be of an
    allowed kind by its extension and start as that kind does. A ValidationError otherwise."""
    name = name_clean(name)
    if len(data) > settings.SALON_ATTACHMENT_MAX_BYTES:
        raise too_big_error(len(data))
    allowed = allowed_extensions()
    extension = name.rpartition(".")[2].lower() if "." in name else ""
    claims_image = extension in IMAGE_EXTENSIONS
    if claims_image or extension not in FILE_KINDS:
        image = _image_clean(data, name, must=claims_image, allowed=allowed)
        if image is not None:
            return image
    if extension not in allowed or extension not in FILE_KINDS:
        shown = ", ".join(sorted(set(allowed) - {"jpeg"}))
        what = f".{extension} files" if extension else "Files without an extension"
        raise ValidationError(f"{what} cannot be attached (allowed: {shown}).", code="type")
    content_type, signature = FILE_KINDS[extension]
    if not _content_matches(data, signature):
        raise ValidationError(
            f"That file does not look like a .{extension} file inside.", code="content"
        )
    return Cleaned(
        kind=Attachment.Kind.FILE,
        name=name,
        content_type=content_type,
        data=data,
        extension=extension,
    )


def _content_matches(data: bytes, signature: tuple[bytes, ...] | str) -> bool:
    if signature == _TEXT:
        if b"\x00" in data:
            return False
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            return False
        return True
    return data.startswith(signature)


# Metadata a re-encoded image keeps: how it looks and moves, nothing about who made it where.
_KEPT_INFO = {"icc_profile", "transparency", "duration", "loop", "background", "disposal"}


def _image_clean(data: bytes, name: str, *, must: bool, allowed: list[str]) -> Cleaned | None:
    """The image, cleaned; None when it is not one and need not be (`must` False)."""
    not_image = ValidationError(
        "That file is not an image Salon can show (JPEG, PNG, GIF or WebP).", code="image"
    )
    try:
        with Image.open(io.BytesIO(data)) as image:
            if image.format not in IMAGE_FORMATS:
                if must:
                    raise not_image
                return None
            content_type, extension = IMAGE_FORMATS[image.format]
            if extension not in allowed and not (extension == "jpg" and "jpeg" in allowed):
                raise ValidationError(
                    f"{image.format} images cannot be attached here.", code="type"
                )
            frames = getattr(image, "n_frames", 1)
            width, height = image.size
            if width * height * frames > settings.SALON_ATTACHMENT_MAX_PIXELS:
                raise ValidationError(
                    f"That image is too large ({width}×{height} pixels"
                    f"{f', {frames} frames' if frames > 1 else ''}).",
                    code="too_big",
                )
            cleaned, size = _reencode(image, frames)
            thumbnail, thumb_size = _thumbnail(image)
    except ValidationError:
        raise
    except (UnidentifiedImageError, Image.DecompressionBombError):
        if must:
            raise not_image from None
        return None
    except (OSError, SyntaxError, ValueError, EOFError, IndexError, TypeError):
        # Opened, but broken on the way (truncated, malformed chunks).
        raise ValidationError(
            "That image could not be read: it may be damaged.", code="image"
        ) from None
    stem = name.rpartition(".")[0] if "." in name else name
    return Cleaned(
        kind=Attachment.Kind.IMAGE,
        name=name_clean(f"{stem}.{extension}"),
        content_type=content_type,
        data=cleaned,
        extension=extension,
        width=size[0],
        height=size[1],
        thumbnail=thumbnail,
        thumb_size=thumb_size,
    )


def _bare(image: Image.Image) -> Image.Image:
    """`image` upright, with only the metadata in _KEPT_INFO."""
    upright = ImageOps.exif_transpose(image)
    upright.info = {key: value for key, value in image.info.items() if key in _KEPT_INFO}
    return upright


def _reencode(image: Image.Image, frames: int) -> tuple[bytes, tuple[int, int]]:
    """The image in its own format again, written afresh: only pixels, colour profile and
    timing survive."""
    out = io.BytesIO()
    if frames > 1:
        sequence = [_bare(frame.copy()) for frame in ImageSequence.Iterator(image)]
        first = sequence[0]
        durations = [frame.info.get("duration", 100) for frame in sequence]
        first.save(
            out,
            format=image.format,
            save_all=True,
            append_images=sequence[1:],
            duration=durations,
            loop=image.info.get("loop", 0),
        )
        return out.getvalue(), first.size
    image.load()
    clean = _bare(image)
    options: dict[str, object] = {}
    if icc := clean.info.get("icc_profile"):
        options["icc_profile"] = icc
    if image.format == "JPEG":
        if clean.mode not in {"RGB", "L", "CMYK"}:
            clean = clean.convert("RGB")
        options["quality"] = 90
    elif image.format == "WEBP":
        options["quality"] = 90
    clean.save(out, format=image.format, **options)
    return out.getvalue(), clean.size


def _thumbnail(image: Image.Image) -> tuple[bytes, tuple[int, int]]:
    """A WebP of the first frame, upright, fitting THUMB_BOX."""
    image.seek(0)
    thumb = ImageOps.exif_transpose(image.copy())
    if thumb.mode not in {"RGB", "RGBA"}:
        thumb = thumb.convert("RGBA" if thumb.has_transparency_data else "RGB")
    thumb.thumbnail(THUMB_BOX, Image.Resampling.LANCZOS)
    out = io.BytesIO()
    thumb.save(out, format="WEBP", quality=80)
    return out.getvalue(), thumb.size


# Storing ----------------------------------------------------------------------------------


def new_token() -> str:
    return secrets.token_urlsafe(16)


@dataclass(frozen=True)
class Stored:
    token: str
    cleaned: Cleaned
    file_name: str
    thumb_name: str


def store(*, room_id: int, cleaned: Cleaned) -> Stored:
    """Write the cleaned bytes (and thumbnail) to the storage under a new token. Run it in a
    worker thread; no database here."""
    token = new_token()
    folder = f"attachments/{room_id}/{token}"
    file_name = default_storage.save(
        f"{folder}/file.{cleaned.extension}", ContentFile(cleaned.data)
    )
    thumb_name = ""
    if cleaned.thumbnail is not None:
        thumb_name = default_storage.save(f"{folder}/thumb.webp", ContentFile(cleaned.thumbnail))
    return Stored(token=token, cleaned=cleaned, file_name=file_name, thumb_name=thumb_name)


def files_remove(names: list[str]) -> None:
    """Remove stored bytes (a missing file is no error)."""
    for name in names:
        if name:
            default_storage.delete(name)


# Removals asked for at a commit run here, one after another: a commit may happen on the
# thread the room sockets' database calls use, and a storage call (a round trip to S3) must
# not hold it.
_remover = ThreadPoolExecutor(max_workers=1, thread_name_prefix="attachment-removal")


def files_remove_on_commit(names: list[str]) -> None:
    """Remove these stored bytes once the current transaction commits, in the background."""
    transaction.on_commit(partial(_remover.submit, _files_remove_logged, names))


def _files_remove_logged(names: list[str]) -> None:
    try:
        files_remove(names)
    except Exception:
        logger.exception("Could not remove attachment files %s", names)


def removals_wait() -> None:
    """Wait for the removals asked for so far (tests)."""
    _remover.submit(lambda: None).result()


def attachment_create(*, room: Room, uploader: User, stored: Stored) -> Attachment:
    """The row of a stored upload, waiting for its message. Also sweeps the uploader's uploads
    that were never sent."""
    cleaned = stored.cleaned
    thumb = cleaned.thumb_size or (None, None)
    attachment = Attachment.objects.create(
        token=stored.token,
        room=room,
        uploader=uploader,
        kind=cleaned.kind,
        name=cleaned.name,
        content_type=cleaned.content_type,
        size=len(cleaned.data),
        file=stored.file_name,
        thumbnail=stored.thumb_name,
        width=cleaned.width,
        height=cleaned.height,
        thumb_width=thumb[0],
        thumb_height=thumb[1],
    )
    _unsent_sweep(uploader)
    return attachment


def _unsent_sweep(uploader: User) -> None:
    # post_delete (rooms.receivers.attachment_deleted) removes their bytes.
    Attachment.objects.filter(
        uploader=uploader,
        message__isnull=True,
        created_at__lt=timezone.now() - UNSENT_KEPT_FOR,
    ).delete()


# Sending and deleting (called by rooms.services inside its transactions) ------------------------


def attachments_for_posts(room: Room, tokens: set[str]) -> dict[str, Attachment]:
    """The room's attachments that a batch of sends names, by token, with the client_id of the
    message each was already sent with (a retried send names its own): one query."""
    if not tokens:
        return {}
    rows = Attachment.objects.filter(room=room, token__in=tokens, removed_at__isnull=True).annotate(
        sent_client_id=F("message__client_id")
    )
    return {attachment.token: attachment for attachment in rows}


def attachment_removed(message: Message) -> None:
    """Its message was deleted: its attachments are refused from now on and their bytes
    removed after commit. Call inside the delete's transaction."""
    rows = Attachment.objects.filter(message=message, removed_at__isnull=True)
    names = [name for pair in rows.values_list("file", "thumbnail") for name in pair]
    rows.update(removed_at=timezone.now())
    files_remove_on_commit(names)


def attachment_for_reader(*, token: str, user: User) -> Attachment | None:
    """The attachment with this token if `user` may read it: it was sent with a message that
    is not deleted, in a room they may read (public, or private with a membership)."""
    if not isinstance(token, str) or len(token) > 32:
        return None
    return (
        Attachment.objects.filter(
            token=token, message__isnull=False, message__deleted_at__isnull=True
        )
        .filter(removed_at__isnull=True)
        .filter(Q(room__is_private=False) | Q(room__memberships__user=user))
        .first()
    )
