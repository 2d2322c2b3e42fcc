from __future__ import annotations

import asyncio
import re
from collections.abc import Callable

import pytest
from channels.db import database_sync_to_async
from django.core.management import call_command

from bots import runner
from bots.local_model import MODEL_NAME
from bots.models import Persona
from rooms.models import Membership, Message
from tests.bots.fake_llm import FakeModelServer
from tests.bots.model_proxy import RecordingProxy
from tests.model_server import model_server
from tests.rooms.sockets import TIMEOUT


@pytest.fixture
def personas(db) -> dict[str, Persona]:
    call_command("seed_personas", stdout=open("/dev/null", "w"))  # noqa: SIM115
    return {p.slug: p for p in Persona.objects.select_related("user")}


@pytest.fixture
def quick_bots(settings, presence_tasks):
    """Offline replies without the readable pace, so tests wait on events, not on typing."""
    settings.SALON_OFFLINE_CHUNK_DELAY = 0
    settings.LLM_BASE_URL = ""
    settings.LLM_MODEL = ""


@pytest.fixture
def model(settings):
    """A model server (tests/bots/fake_llm.py) that the personas use."""
    with FakeModelServer() as server:
        settings.LLM_BASE_URL = server.base_url
        settings.LLM_MODEL = "salon-test-model"
        settings.LLM_TIMEOUT_SECONDS = 5
        yield server


@pytest.fixture(scope="session")
def model_server_url() -> str:
    """A real model server (llama.cpp with SmolLM2-135M), started once per test run."""
    with model_server() as base_url:
        yield base_url


@pytest.fixture
def real_model(settings, model_server_url):
    """The real model server that the personas use, behind a recording proxy
    (tests/bots/model_proxy.py) that shows what it was asked and what it streamed."""
    with RecordingProxy(model_server_url) as proxy:
        settings.LLM_BASE_URL = proxy.base_url
        settings.LLM_MODEL = MODEL_NAME
        settings.LLM_TIMEOUT_SECONDS = 240  # a busy 2-core machine, and replies queue
        yield proxy


@database_sync_to_async
def seat(room, *personas_to_seat: Persona) -> None:
    from bots.models import RoomPersona

    for persona in personas_to_seat:
        RoomPersona.objects.get_or_create(room=room, persona=persona)
        Membership.objects.update_or_create(
            room=room, user=persona.user, defaults={"is_present": True}
        )


@database_sync_to_async
def persona_bodies(room) -> list[str]:
    """The bodies of the personas' messages in `room`, in order."""
    return list(
        Message.objects.filter(room=room, kind=Message.Kind.PERSONA)
        .order_by("id")
        .values_list("body", flat=True)
    )


async def frames_until(socket, done: Callable[[str], bool], timeout: float = TIMEOUT) -> list[str]:
    """Every frame `socket` receives up to and including the first for which `done` is true."""
    seen: list[str] = []
    async with asyncio.timeout(timeout):
        while True:
            frame = await socket.receive_from(timeout=timeout)
            seen.append(frame)
            if done(frame):
                return seen


def persona_message(name: str) -> Callable[[str], bool]:
    """A saved message by the persona `name` (not a draft)."""
    pattern = re.compile(
        r'<article id="message-\d+" class="message message-persona.*?'
        rf'<span class="message-author">{re.escape(name)}</span>',
        re.S,
    )
    return lambda frame: bool(pattern.search(frame))


def draft_texts(frames: list[str]) -> list[str]:
    """The text of each draft (a reply being written) in `frames`, in order."""
    return [
        re.sub(r"<[^>]+>", "", m)
        for f in frames
        for m in re.findall(r'class="message-body">(.*?)</div>', f, re.S)
        if 'class="message message-persona draft"' in f
    ]


OUTCOMES = ("offline", "model", "fallback", "stopped", "failed")


def persona_turns_counted() -> dict[str, float]:
    """This process's persona turns by outcome so far (chatsite.metrics), and the replies
    whose latency was measured (`<outcome>_timed`): tests compare before and after."""
    from prometheus_client import REGISTRY

    counted = {}
    for outcome in OUTCOMES:
        labels = {"outcome": outcome}
        counted[outcome] = REGISTRY.get_sample_value("salon_persona_turns_total", labels) or 0
        timed = REGISTRY.get_sample_value("salon_persona_reply_seconds_count", labels) or 0
        counted[f"{outcome}_timed"] = timed
    return counted


async def counted_since(before: dict[str, float]) -> dict[str, float]:
    """What persona_turns_counted() gained since `before` (only what changed), once this
    process's reply tasks are done (a reply is counted just after the room sees it)."""
    await runner.settle()
    now = persona_turns_counted()
    return {key: now[key] - before[key] for key in now if now[key] != before[key]}
