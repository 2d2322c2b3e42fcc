"""Attachments in an S3-compatible bucket (django-storages), against a real local S3-speaking
server (moto's): a server process configured from the environment (S3_BUCKET,
S3_ENDPOINT_URL, ...) stores an upload there without its EXIF, serves it to members only,
and its bytes leave the bucket when the message is deleted. The bucket stays private."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import boto3
import httpx
import pytest
from PIL import Image

from rooms import attachments, services
from rooms.models import Attachment
from tests.rooms.test_attachments import jpeg_with_exif
from tests.serving import ARTIFACTS_DIR, HOST, chat_server_process, free_port, session_cookie_for

REPO = Path(__file__).resolve().parents[2]
BUCKET = "salon-media"


@pytest.fixture
def s3_url() -> Iterator[str]:
    """A local S3 server (moto_server) on a free port, for this test."""
    port = free_port()
    ARTIFACTS_DIR.mkdir(exist_ok=True)
    with open(ARTIFACTS_DIR / "moto.log", "wb") as log:
        process = subprocess.Popen(
            [str(Path(sys.executable).parent / "moto_server"), "-H", HOST, "-p", str(port)],
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    url = f"http://{HOST}:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(url, timeout=1)
                break
            except httpx.TransportError:
                assert process.poll() is None, "moto_server exited"
                assert time.monotonic() < deadline, "moto_server did not start"
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def environment(s3_url: str) -> dict[str, str]:
    return {
        "S3_BUCKET": BUCKET,
        "S3_ENDPOINT_URL": s3_url,
        "S3_REGION": "us-east-1",
        "S3_ACCESS_KEY_ID": "test-key",
        "S3_SECRET_ACCESS_KEY": "test-secret",
        "S3_PREFIX": "salon",
        "S3_ADDRESSING_STYLE": "path",
    }


def storage_setting(env: dict[str, str]) -> dict:
    """STORAGES["default"] as chatsite.settings makes it from `env`, in a fresh process."""
    probe = (
        "import json, django; from django.conf import settings; django.setup(); "
        "print(json.dumps(settings.STORAGES['default']))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=REPO,
        env={**server_env_base(), **env},
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return json.loads(result.stdout)


def server_env_base() -> dict[str, str]:
    return {**os.environ, "DJANGO_SETTINGS_MODULE": "chatsite.settings", "DEBUG": "true"}


def keys(s3) -> list[str]:
    return sorted(item["Key"] for item in s3.list_objects_v2(Bucket=BUCKET).get("Contents", []))


@pytest.mark.django_db(transaction=True)
def test_an_upload_is_stored_served_and_removed_in_an_s3_bucket(
    s3_url, settings, alice, bob, private_room
):
    env = environment(s3_url)
    s3 = boto3.client(
        "s3",
        endpoint_url=s3_url,
        region_name="us-east-1",
        aws_access_key_id="test-key",
        aws_secret_access_key="test-secret",
    )
    s3.create_bucket(Bucket=BUCKET)
    storage = storage_setting(env)
    assert storage == {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": BUCKET,
            "endpoint_url": s3_url,
            "region_name": "us-east-1",
            "access_key": "test-key",
            "secret_key": "test-secret",
            "location": "salon",
            "addressing_style": "path",
            "default_acl": None,
            "file_overwrite": False,
        },
    }
    # This process deletes the message below: the same storage as the server's.
    settings.STORAGES = {**settings.STORAGES, "default": storage}

    with chat_server_process(label="s3-server", env=env) as server:
        http = httpx.Client(
            base_url=server.url, cookies={"sessionid": session_cookie_for(alice)}, timeout=30
        )
        http.get(f"/rooms/{private_room.slug}/").raise_for_status()
        response = http.post(
            f"/rooms/{private_room.slug}/attachments/?name=photo.jpg",
            content=jpeg_with_exif(),
            headers={
                "X-CSRFToken": http.cookies["csrftoken"],
                "Content-Type": "application/octet-stream",
            },
        )
        assert response.status_code == 201, response.text
        token = response.json()["token"]
        room_folder = f"salon/attachments/{private_room.pk}/{token}"
        assert keys(s3) == [f"{room_folder}/file.jpg", f"{room_folder}/thumb.webp"]
        stored = s3.get_object(Bucket=BUCKET, Key=f"{room_folder}/file.jpg")["Body"].read()
        with Image.open(io.BytesIO(stored)) as image:
            assert dict(image.getexif()) == {} and image.size == (20, 40)
        grants = s3.get_object_acl(Bucket=BUCKET, Key=f"{room_folder}/file.jpg")["Grants"]
        assert [grant["Permission"] for grant in grants] == ["FULL_CONTROL"]  # the owner only

        message = services.message_post(
            room=private_room, author=alice, body="", client_id=uuid.uuid4(), attachment=token
        ).message
        served = http.get(f"/attachments/{token}/")
        assert (served.status_code, served.content) == (200, stored)
        assert served.headers["content-type"] == "image/jpeg"
        thumb = http.get(f"/attachments/{token}/thumb/")
        assert (
            thumb.content
            == s3.get_object(Bucket=BUCKET, Key=f"{room_folder}/thumb.webp")["Body"].read()
        )
        outsider = httpx.Client(base_url=server.url, cookies={"sessionid": session_cookie_for(bob)})
        assert outsider.get(f"/attachments/{token}/").status_code == 404

        services.message_delete(room=private_room, actor=alice, message_id=message.pk)

        attachments.removals_wait()  # removed after commit, in the background
        assert keys(s3) == []
        assert http.get(f"/attachments/{token}/").status_code == 404
        assert Attachment.objects.get().removed_at is not None
