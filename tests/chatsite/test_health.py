"""/healthz and /readyz (issue 10, part 1): no login, no versions or settings, and a readiness
answer that names the part that does not answer, from real servers whose database or Redis is
not there."""

from __future__ import annotations

import json
import urllib.error

import pytest

from tests.serving import _direct, chat_server_process, free_port


def test_healthz_answers_without_a_login_and_tells_nothing_else(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-cache" in response["Cache-Control"]
    assert client.post("/healthz").status_code == 405


@pytest.mark.django_db(transaction=True)
def test_readyz_is_ok_when_the_database_and_the_layer_answer(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "channel_layer": "ok"}


def readyz(url: str) -> tuple[int, dict]:
    try:
        with _direct.open(f"{url}/readyz", timeout=10) as response:
            return response.status, json.load(response)
    except urllib.error.HTTPError as error:
        return error.code, json.load(error)


def test_readyz_names_a_channel_layer_that_does_not_answer():
    nothing_there = f"redis://127.0.0.1:{free_port()}/0"
    with chat_server_process(label="readyz-no-redis", env={"REDIS_URL": nothing_there}) as server:
        status, body = readyz(server.url)
    assert (status, body["status"], body["database"]) == (503, "unavailable", "ok")
    assert body["channel_layer"] not in ("ok", "")
    assert "redis" not in json.dumps(body).lower()  # the failing part is named, not its URL


def test_readyz_names_a_database_that_does_not_answer():
    nothing_there = f"postgres://salon:secret@127.0.0.1:{free_port()}/salon"
    with chat_server_process(label="readyz-no-db", env={"DATABASE_URL": nothing_there}) as server:
        status, body = readyz(server.url)
    assert (status, body["status"], body["channel_layer"]) == (503, "unavailable", "ok")
    assert body["database"] not in ("ok", "")
    assert "secret" not in json.dumps(body)
