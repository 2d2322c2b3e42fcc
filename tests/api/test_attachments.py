"""POST /api/rooms/<slug>/attachments and a message's `attachment`: a program sends a file as a
person's composer does, and fetches files with its token, under the browser's rules."""

from __future__ import annotations

import io
import uuid
from pathlib import Path
from urllib.parse import quote

import pytest
from PIL import Image

from rooms import services
from rooms.models import Attachment, Message
from tests.api.conftest import client_for
from tests.rooms.test_attachments import body_of, jpeg_with_exif

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path) -> Path:
    settings.MEDIA_ROOT = str(tmp_path / "media")
    return tmp_path / "media"


def upload(api, slug: str, data: bytes, name: str):
    return api.post(
        f"/api/rooms/{slug}/attachments?name={quote(name)}",
        data=data,
        content_type="application/octet-stream",
    )


def test_a_program_uploads_a_photo_sends_it_and_fetches_it_without_its_exif(api, room, alice):
    answer = upload(api, room.slug, jpeg_with_exif(), "holiday.jpg")
    assert answer.status_code == 201, answer.content
    uploaded = answer.json()
    assert (uploaded["kind"], uploaded["name"]) == ("image", "holiday.jpg")

    client_id = str(uuid.uuid4())
    posted = api.post(
        f"/api/rooms/{room.slug}/messages",
        {"client_id": client_id, "attachment": uploaded["token"]},
        content_type="application/json",
    )
    assert posted.status_code == 201, posted.content
    message = posted.json()
    assert message["body"] == ""
    [sent] = message["attachments"]
    assert (sent["kind"], sent["name"], sent["width"], sent["height"]) == (
        "image",
        "holiday.jpg",
        20,  # stored upright: the camera's orientation 6 turned it
        40,
    )
    assert Message.objects.get(pk=message["id"]).attachments[0]["token"] == uploaded["token"]

    fetched = api.get(sent["url"])
    assert fetched.status_code == 200
    assert fetched["Content-Type"] == "image/jpeg"
    image = Image.open(io.BytesIO(body_of(fetched)))
    assert image.size == (20, 40)
    assert dict(image.getexif()) == {}


def test_the_files_of_a_private_room_are_not_served_to_another_programs_token(
    api, bob_token, room, alice
):
    token = upload(api, room.slug, jpeg_with_exif(), "p.jpg").json()["token"]
    services.message_post(
        room=room, author=alice, body="", client_id=uuid.uuid4(), attachment=token
    )
    room.is_private = True
    room.save(update_fields=["is_private"])
    url = f"/attachments/{token}/"
    assert api.get(url).status_code == 200
    assert client_for(bob_token).get(url).status_code == 404
    assert client_for("salon_nope_nope").get(url).status_code == 404


def test_refused_uploads_are_json_with_a_code_and_save_nothing(
    api, bob_api, room, settings, media_root
):
    settings.SALON_ATTACHMENT_MAX_BYTES = 1000
    too_big = upload(api, room.slug, b"x" * 1001, "big.txt")
    assert (too_big.status_code, too_big.json()["code"]) == (413, "too_large")

    wrong = upload(api, room.slug, b"<svg onload=alert(1)>", "x.svg")
    assert wrong.status_code == 400
    assert wrong.json()["code"] != "" and "svg" in wrong.json()["message"].lower()

    outsider = upload(bob_api, room.slug, b"plain text", "notes.txt")
    assert outsider.json() == {"code": "not_member", "message": "Join the room to post in it."}
    assert outsider.status_code == 403

    assert upload(api, "no-such-room", b"plain text", "notes.txt").json()["code"] == "not_found"
    assert Attachment.objects.count() == 0
    assert not media_root.exists() or not any(p.is_file() for p in media_root.rglob("*"))
