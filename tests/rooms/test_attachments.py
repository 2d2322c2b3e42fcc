"""Attachments (issue 11, part 6): uploads checked by content, images stored without EXIF and
thumbnailed, sent with a message through the message service, served only to those who may
read the room, and refused once their message is deleted."""

from __future__ import annotations

import io
import json
import re
import threading
import uuid
from pathlib import Path
from typing import ClassVar
from urllib.parse import quote

import pytest
from asgiref.sync import async_to_sync
from channels.db import database_sync_to_async
from django.core.exceptions import ValidationError
from django.core.files.storage import FileSystemStorage, default_storage
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from PIL import Image, PngImagePlugin

from accounts.models import User
from rooms import attachments, moderation, services
from rooms.fragments import message_html
from rooms.models import Attachment, Message
from tests.clients import AsyncClient
from tests.rooms.sockets import TIMEOUT, connected_socket, frame, message_ids

pytestmark = pytest.mark.django_db(transaction=True)

GPS_LATITUDE = (51.0, 30.0, 12.5)


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path) -> Path:
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return tmp_path / "media"


def stored_files(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


def jpeg_with_exif(size=(40, 20), orientation: int = 6) -> bytes:
    """A JPEG whose EXIF holds a camera, a GPS position and an orientation (6: turn right)."""
    image = Image.new("RGB", size, (200, 30, 30))
    image.paste((30, 30, 200), (0, 0, size[0] // 2, size[1]))
    exif = Image.Exif()
    exif[0x010F] = "Spy Camera Inc"  # Make
    exif[0x0112] = orientation
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2], gps[3], gps[4] = "N", GPS_LATITUDE, "W", (0.0, 7.0, 39.0)
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif, comment=b"shot at home")
    return out.getvalue()


def png_bytes(size=(30, 30), text: str = "") -> bytes:
    info = PngImagePlugin.PngInfo()
    if text:
        info.add_text("Comment", text)
    exif = Image.Exif()
    exif[0x010F] = "Spy Camera Inc"
    out = io.BytesIO()
    Image.new("RGBA", size, (0, 128, 0, 128)).save(out, format="PNG", pnginfo=info, exif=exif)
    return out.getvalue()


def upload(client: Client, slug: str, data: bytes, name: str, **extra):
    return client.post(
        f"/rooms/{slug}/attachments/?name={quote(name)}",
        data=data,
        content_type="application/octet-stream",
        **extra,
    )


def send(room, author, token, body="", client_id=None):
    return services.message_post(
        room=room, author=author, body=body, client_id=client_id or uuid.uuid4(), attachment=token
    )


# Uploading ---------------------------------------------------------------------------------


def test_an_uploaded_photo_is_stored_upright_without_exif_gps_or_comment(
    client_for, room, alice, media_root
):
    response = upload(client_for(alice), room.slug, jpeg_with_exif(), "holiday.jpg")

    assert response.status_code == 201
    token = response.json()["token"]
    assert response.json() == {
        "token": token,
        "kind": "image",
        "name": "holiday.jpg",
        "size": response.json()["size"],
    }
    attachment = Attachment.objects.get(token=token)
    assert (attachment.room, attachment.uploader, attachment.message) == (room, alice, None)
    assert (attachment.kind, attachment.content_type) == ("image", "image/jpeg")
    stored = default_storage.open(attachment.file.name).read()
    assert attachment.size == len(stored)
    for needle in (b"Exif", b"Spy Camera", b"shot at home", b"GPS"):
        assert needle not in stored
    with Image.open(io.BytesIO(stored)) as image:
        assert dict(image.getexif()) == {}
        assert "exif" not in image.info and "comment" not in image.info
        # Orientation 6 applied before the EXIF went: the 40x20 photo stands 20x40.
        assert image.size == (20, 40) == (attachment.width, attachment.height)
    with Image.open(default_storage.open(attachment.thumbnail.name)) as thumb:
        assert (thumb.format, thumb.size) == ("WEBP", (20, 40))
        assert dict(thumb.getexif()) == {}
    assert stored_files(media_root) == [
        f"attachments/{room.pk}/{token}/file.jpg",
        f"attachments/{room.pk}/{token}/thumb.webp",
    ]


def test_png_text_chunks_and_exif_are_dropped_and_transparency_kept(client_for, room, alice):
    response = upload(client_for(alice), room.slug, png_bytes(text="my address"), "a.png")

    attachment = Attachment.objects.get(token=response.json()["token"])
    stored = default_storage.open(attachment.file.name).read()
    assert b"my address" not in stored and b"Spy Camera" not in stored
    with Image.open(io.BytesIO(stored)) as image:
        assert (image.format, image.mode, image.getpixel((0, 0))) == (
            "PNG",
            "RGBA",
            (0, 128, 0, 128),
        )
        assert dict(image.getexif()) == {}


def test_an_image_is_known_by_its_content_whatever_its_name(client_for, room, alice):
    response = upload(client_for(alice), room.slug, png_bytes(), "screenshot")

    assert response.status_code == 201
    assert response.json()["name"] == "screenshot.png"
    attachment = Attachment.objects.get()
    assert (attachment.kind, attachment.content_type) == ("image", "image/png")


def test_an_animated_gif_keeps_its_frames(client_for, room, alice):
    frames = [Image.new("RGB", (10, 10), c) for c in ((255, 0, 0), (0, 255, 0), (0, 0, 255))]
    out = io.BytesIO()
    frames[0].save(
        out,
        format="GIF",
        save_all=True,
        append_images=frames[1:],
        duration=80,
        loop=0,
        comment=b"secret",
    )

    response = upload(client_for(alice), room.slug, out.getvalue(), "spin.gif")

    attachment = Attachment.objects.get(token=response.json()["token"])
    stored = default_storage.open(attachment.file.name).read()
    assert b"secret" not in stored
    with Image.open(io.BytesIO(stored)) as image:
        assert (image.format, image.n_frames) == ("GIF", 3)


def test_a_text_file_is_checked_as_text_and_kept_as_is(client_for, room, alice):
    text = b"name,score\nalice,3\n"
    response = upload(client_for(alice), room.slug, text, "scores.csv")

    assert response.status_code == 201
    attachment = Attachment.objects.get()
    assert (attachment.kind, attachment.name, attachment.content_type, attachment.size) == (
        "file",
        "scores.csv",
        "text/csv; charset=utf-8",
        len(text),
    )
    assert default_storage.open(attachment.file.name).read() == text
    assert attachment.thumbnail.name == ""


REFUSALS = [
    (b"MZ\x90\x00binary", "setup.exe", 400, ".exe files cannot be attached (allowed: "),
    (b"<html><script>alert(1)</script></html>", "page.html", 400, ".html files cannot be attached"),
    (
        b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
        "logo.svg",
        400,
        ".svg files cannot be attached",
    ),
    (
        b"just some text",
        "photo.png",
        400,
        "That file is not an image Salon can show (JPEG, PNG, GIF or WebP).",
    ),
    (
        b"\x89PNG\r\n\x1a\n" + b"\x00" * 40,
        "broken.png",
        400,
        "That file is not an image Salon can show",
    ),
    (
        b"%PDF-1.7 but a PNG follows",
        "report.docx",
        400,
        "That file does not look like a .docx file inside.",
    ),
    (b"GIF89a not really", "notes.pdf", 400, "That file does not look like a .pdf file inside."),
    (
        b"\xff\xfe\x00binary\x00",
        "notes.txt",
        400,
        "That file does not look like a .txt file inside.",
    ),
    (b"", "empty.txt", 400, "That file is empty."),
]


@pytest.mark.parametrize(("data", "name", "status", "text"), REFUSALS)
def test_wrong_types_and_bad_content_are_refused_and_nothing_is_kept(
    client_for, room, alice, media_root, data, name, status, text
):
    response = upload(client_for(alice), room.slug, data, name)

    assert response.status_code == status
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response.content.decode().startswith(text)
    assert Attachment.objects.count() == 0
    assert stored_files(media_root) == []


def test_a_truncated_jpeg_is_refused_as_damaged(client_for, room, alice, media_root):
    data = jpeg_with_exif(size=(400, 300))
    response = upload(client_for(alice), room.slug, data[: len(data) // 2], "cut.jpg")

    assert response.status_code == 400
    assert response.content.decode() == "That image could not be read: it may be damaged."
    assert Attachment.objects.count() == 0 and stored_files(media_root) == []


def test_a_file_over_the_limit_is_refused_before_it_is_read(
    client_for, room, alice, settings, media_root
):
    settings.SALON_ATTACHMENT_MAX_BYTES = 2048

    response = upload(client_for(alice), room.slug, b"a" * 3000, "big.txt")

    assert response.status_code == 413
    assert response.content.decode() == "Files can be at most 2.0\xa0KB (this one is 2.9\xa0KB)."
    assert Attachment.objects.count() == 0 and stored_files(media_root) == []


def test_an_image_over_the_pixel_limit_is_refused(client_for, room, alice, settings):
    settings.SALON_ATTACHMENT_MAX_PIXELS = 1000

    response = upload(client_for(alice), room.slug, png_bytes(size=(40, 30)), "wide.png")

    assert response.status_code == 413
    assert response.content.decode() == "That image is too large (40×30 pixels)."


def test_a_type_left_out_of_the_settings_is_refused(client_for, room, alice, settings):
    settings.SALON_ATTACHMENT_TYPES = ["png", "pdf"]

    gif = io.BytesIO()
    Image.new("P", (4, 4)).save(gif, format="GIF")
    assert upload(client_for(alice), room.slug, gif.getvalue(), "a.gif").content.decode() == (
        "GIF images cannot be attached here."
    )
    response = upload(client_for(alice), room.slug, b"hello", "a.txt")
    assert response.content.decode() == ".txt files cannot be attached (allowed: pdf, png)."


def test_only_members_may_upload_and_a_private_room_is_not_found(
    client_for, room, private_room, bob, media_root
):
    assert upload(client_for(bob), room.slug, png_bytes(), "a.png").status_code == 403
    assert upload(client_for(bob), private_room.slug, png_bytes(), "a.png").status_code == 404
    assert Attachment.objects.count() == 0 and stored_files(media_root) == []


def test_an_upload_without_the_csrf_token_is_refused(alice, room, media_root):
    client = Client(enforce_csrf_checks=True)
    client.force_login(alice)

    response = upload(client, room.slug, png_bytes(), "a.png")

    assert response.status_code == 403
    assert Attachment.objects.count() == 0 and stored_files(media_root) == []
    client.get(f"/rooms/{room.slug}/")
    token = client.cookies["csrftoken"].value
    assert (
        upload(client, room.slug, png_bytes(), "a.png", HTTP_X_CSRFTOKEN=token).status_code == 201
    )


@pytest.mark.usefixtures("presence_tasks")
async def test_uploads_have_their_own_rate_limit(room, alice, settings):
    settings.SALON_UPLOAD_BURST = 2
    settings.SALON_UPLOAD_RATE = 0.01
    # One event loop for all three, as in a server process (the buckets are per loop).
    client = AsyncClient()
    await client.aforce_login(alice)

    statuses = []
    for _ in range(3):
        response = await client.post(
            f"/rooms/{room.slug}/attachments/?name=a.txt",
            data=b"x",
            content_type="application/octet-stream",
        )
        statuses.append(response.status_code)

    assert statuses == [201, 201, 429]
    assert response.content.decode() == "You are uploading too quickly. Try again in 100 s."
    assert await Attachment.objects.acount() == 2


def test_a_muted_member_cannot_upload(client_for, room, alice, bob):
    services.membership_join(room=room, user=bob)
    moderation.member_mute(room=room, actor=alice, user_id=bob.pk, minutes="60")

    response = upload(client_for(bob), room.slug, b"x", "a.txt")

    assert response.status_code == 403
    assert "You are muted in this room until" in response.content.decode()


# Sending ---------------------------------------------------------------------------------


def uploaded(client_for, room, user, data=None, name="photo.jpg") -> str:
    response = upload(client_for(user), room.slug, data or jpeg_with_exif(), name)
    assert response.status_code == 201, response.content
    return response.json()["token"]


def test_a_message_may_be_an_image_alone_and_shows_its_thumbnail(client_for, room, alice):
    token = uploaded(client_for, room, alice)

    result = send(room, alice, token)

    message = Message.objects.get()
    assert (result.created, message.body, message.body_html) == (True, "", "")
    assert message.attachments == [
        {
            "token": token,
            "kind": "image",
            "name": "photo.jpg",
            "size": message.attachments[0]["size"],
            "width": 20,
            "height": 40,
            "shown_width": 20,
            "shown_height": 40,
        }
    ]
    assert Attachment.objects.get().message == message
    html = message_html(message)
    assert (
        f'<a class="attachment-image" href="/attachments/{token}/" target="_blank" rel="noopener"'
        in html
    )
    assert (
        f'<img src="/attachments/{token}/thumb/" width="20" height="40" alt="photo.jpg" '
        'loading="lazy">' in html
    )


def test_a_big_image_is_thumbnailed_and_shown_at_most_320_by_240(client_for, room, alice):
    token = uploaded(client_for, room, alice, png_bytes(size=(1200, 600)), "wide.png")

    send(room, alice, token)

    attachment = Attachment.objects.get()
    assert (attachment.width, attachment.height) == (1200, 600)
    assert (attachment.thumb_width, attachment.thumb_height) == (640, 320)
    card = Message.objects.get().attachments[0]
    assert (card["shown_width"], card["shown_height"]) == (320, 160)


def test_a_file_shows_as_a_chip_to_download(client_for, room, alice):
    token = uploaded(client_for, room, alice, b"%PDF-1.4 hello", "minutes.pdf")

    send(room, alice, token, body="the minutes")

    html = message_html(Message.objects.get())
    assert re.search(
        rf'<a class="attachment-file" href="/attachments/{token}/" download="minutes.pdf">'
        r'<span class="attachment-icon" aria-hidden="true">📄</span>'
        r'<span class="attachment-name">minutes.pdf</span>'
        r'<span class="attachment-size">14\xa0bytes</span></a>',
        html,
    ), html


def test_a_retried_send_returns_its_message_and_another_send_cannot_take_the_file(
    client_for, room, alice
):
    token = uploaded(client_for, room, alice)
    client_id = uuid.uuid4()
    first = send(room, alice, token, client_id=client_id)

    retry = send(room, alice, token, client_id=client_id)
    assert (retry.created, retry.message.pk) == (False, first.message.pk)
    with pytest.raises(ValidationError, match="That file was already sent."):
        send(room, alice, token)
    assert Message.objects.count() == 1


def test_someone_elses_upload_or_an_unknown_token_cannot_be_sent(client_for, room, alice, bob):
    services.membership_join(room=room, user=bob)
    token = uploaded(client_for, room, alice)

    for bad in (token, "no-such-token", 12):
        with pytest.raises(ValidationError, match="That attachment is not available"):
            send(room, bob, bad)
    assert Message.objects.count() == 0


def test_an_empty_message_without_attachment_is_still_refused(room, alice):
    with pytest.raises(ValidationError, match="Type a message before sending."):
        send(room, alice, None)


def test_an_attachment_only_message_can_be_replied_to(client_for, room, alice):
    original = send(room, alice, uploaded(client_for, room, alice)).message

    reply = services.message_post(
        room=room, author=alice, body="nice", client_id=uuid.uuid4(), reply_to=original.pk
    ).message

    assert reply.reply_excerpt == "📎 photo.jpg"


# Serving -----------------------------------------------------------------------------------


def sent(client_for, room, user, data=None, name="photo.jpg") -> Attachment:
    token = uploaded(client_for, room, user, data, name)
    send(room, user, token)
    return Attachment.objects.get(token=token)


def body_of(response) -> bytes:
    """The served bytes (streamed from the storage by an async iterator)."""

    async def collect() -> bytes:
        return b"".join([chunk async for chunk in response.streaming_content])

    return async_to_sync(collect)()


def test_members_get_the_image_inline_with_safe_headers(client_for, private_room, alice):
    attachment = sent(client_for, private_room, alice)

    response = client_for(alice).get(f"/attachments/{attachment.token}/")

    assert response.status_code == 200
    assert body_of(response) == default_storage.open(attachment.file.name).read()
    assert response["Content-Type"] == "image/jpeg"
    assert response["Content-Disposition"] == 'inline; filename="photo.jpg"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'; sandbox"
    assert response["Content-Length"] == str(attachment.size)
    thumb = client_for(alice).get(f"/attachments/{attachment.token}/thumb/")
    assert (thumb.status_code, thumb["Content-Type"]) == (200, "image/webp")
    assert body_of(thumb) == default_storage.open(attachment.thumbnail.name).read()


def test_other_files_are_only_ever_downloads(client_for, room, alice):
    html = b"<html><script>alert(document.cookie)</script></html>"
    attachment = sent(client_for, room, alice, html, "page.txt")

    response = client_for(alice).get(f"/attachments/{attachment.token}/")

    assert body_of(response) == html
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="page.txt"'
    assert response["X-Content-Type-Options"] == "nosniff"


def test_a_private_rooms_attachments_are_not_found_by_others_or_logged_out(
    client_for, private_room, alice, bob
):
    attachment = sent(client_for, private_room, alice)

    for path in (f"/attachments/{attachment.token}/", f"/attachments/{attachment.token}/thumb/"):
        assert client_for(bob).get(path).status_code == 404
        logged_out = Client().get(path)
        assert logged_out.status_code == 302
        assert logged_out["Location"].startswith("/accounts/login/?next=")


def test_a_public_rooms_attachments_are_read_as_its_messages_are(client_for, room, alice, bob):
    attachment = sent(client_for, room, alice)

    # bob is no member, but may read a public room (its page, live): its images too.
    assert client_for(bob).get(f"/attachments/{attachment.token}/").status_code == 200
    assert Client().get(f"/attachments/{attachment.token}/").status_code == 302


def test_an_upload_not_yet_sent_is_served_to_nobody(client_for, room, alice):
    token = uploaded(client_for, room, alice)

    assert client_for(alice).get(f"/attachments/{token}/").status_code == 404


def test_deleting_the_message_refuses_its_attachment_and_removes_the_bytes(
    client_for, room, alice, media_root
):
    attachment = sent(client_for, room, alice)
    message = attachment.message

    services.message_delete(room=room, actor=alice, message_id=message.pk)

    message.refresh_from_db()
    attachment.refresh_from_db()
    assert message.attachments == [] and attachment.removed_at is not None
    assert "attachment" not in message_html(message)
    assert client_for(alice).get(f"/attachments/{attachment.token}/").status_code == 404
    attachments.removals_wait()  # removed after commit, in the background
    assert stored_files(media_root) == []


def test_closing_the_room_removes_its_files(client_for, room, alice, media_root):
    sent(client_for, room, alice)
    assert stored_files(media_root) != []

    services.membership_leave(room=room, user=alice, close=True)

    assert Attachment.objects.count() == 0
    attachments.removals_wait()  # removed after commit, in the background
    assert stored_files(media_root) == []


def test_the_room_page_costs_no_query_more_for_attachments(client_for, room, alice):
    client = client_for(alice)
    for _ in range(3):
        services.message_post(room=room, author=alice, body="plain", client_id=uuid.uuid4())

    with CaptureQueriesContext(connection) as plain:
        client.get(f"/rooms/{room.slug}/")
    for _ in range(3):
        sent(client_for, room, alice)
    with CaptureQueriesContext(connection) as with_files:
        page = client.get(f"/rooms/{room.slug}/")
    assert page.content.decode().count('class="attachment-image"') == 3
    assert len(with_files) == len(plain)


# The socket ---------------------------------------------------------------------------------


@pytest.mark.usefixtures("presence_tasks", "channel_layer")
async def test_a_socket_send_with_an_attachment_reaches_the_room(client_for, room, alice, bob):
    await database_sync_to_async(services.membership_join)(room=room, user=bob)
    token = await database_sync_to_async(uploaded)(client_for, room, alice)
    sender = await connected_socket(room.slug, alice)
    watcher = await connected_socket(room.slug, bob)

    await sender.send_to(text_data=frame("", attachment=token))

    seen = [await s.receive_from(timeout=TIMEOUT) for s in (sender, watcher)]
    assert seen[0] == seen[1]
    (pk,) = message_ids(seen[0])
    assert f'<img src="/attachments/{token}/thumb/"' in seen[0]
    linked = await database_sync_to_async(Attachment.objects.filter(message_id=pk).count)()
    assert linked == 1
    await sender.disconnect()
    await watcher.disconnect()


def test_json_is_what_the_upload_answers(client_for, room, alice):
    response = upload(client_for(alice), room.slug, b"hi", "a.txt")
    assert json.loads(response.content)["size"] == "2\xa0bytes"


def test_the_admin_lists_uploads_with_their_room_uploader_and_link(client_for, room, alice):

    staff = client_for(User.objects.create_superuser(username="root", password="x" * 20))
    attachment = sent(client_for, room, alice, b"%PDF-1.4 minutes", "minutes.pdf")
    with CaptureQueriesContext(connection) as one:
        html = staff.get("/admin/rooms/attachment/").content.decode()
    assert "minutes.pdf" in html and "Tea Room" in html and "alice" in html
    assert f'<a href="/attachments/{attachment.token}/" target="_blank"' in html
    for _ in range(3):
        sent(client_for, room, alice, b"%PDF-1.4 more", "more.pdf")
    with CaptureQueriesContext(connection) as four:
        assert staff.get("/admin/rooms/attachment/").content.decode().count("more.pdf") == 3
    assert len(one) == len(four)


def test_a_hostile_file_name_is_only_ever_text(client_for, room, alice):
    name = 'x"><img src=x onerror=alert(1)>\r\n.png'
    token = uploaded(client_for, room, alice, png_bytes(), name)
    send(room, alice, token)

    attachment = Attachment.objects.get()
    assert attachment.name == 'x"><img src=x onerror=alert(1)>.png'
    html = message_html(Message.objects.get())
    assert "<img src=x" not in html
    assert 'alt="x&quot;&gt;&lt;img src=x onerror=alert(1)&gt;.png"' in html
    response = client_for(alice).get(f"/attachments/{token}/")
    assert response["Content-Disposition"] == (
        'inline; filename="x\\"><img src=x onerror=alert(1)>.png"'
    )


class ThreadNotingStorage(FileSystemStorage):
    """Django's file storage, noting which thread removes each file."""

    removed_on: ClassVar[list[str]] = []

    def delete(self, name: str) -> None:
        self.removed_on.append(threading.current_thread().name)
        super().delete(name)


def test_files_are_removed_off_the_thread_that_committed(client_for, room, alice, settings):
    attachment = sent(client_for, room, alice)
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": f"{__name__}.ThreadNotingStorage"},
    }
    ThreadNotingStorage.removed_on.clear()

    services.message_delete(room=room, actor=alice, message_id=attachment.message_id)
    attachments.removals_wait()

    assert ThreadNotingStorage.removed_on == ["attachment-removal_0"] * 2
    assert threading.current_thread().name not in ThreadNotingStorage.removed_on
