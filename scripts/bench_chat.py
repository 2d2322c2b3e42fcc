"""Message round-trip latency on a real daphne server, with and without a slow model
streaming persona replies in the same room. Prints numbers; asserts nothing.

    .venv/bin/python scripts/bench_chat.py [--messages 200]

Uses a throwaway SQLite database and the in-memory channel layer unless DATABASE_URL and
REDIS_URL are set. Traffic stays on 127.0.0.1 and every loop is bounded.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * pct / 100))]


async def round_trips(url: str, cookie: str, origin: str, count: int) -> list[float]:
    from websockets.asyncio.client import connect

    latencies = []
    async with connect(url, additional_headers={"Cookie": cookie, "Origin": origin}) as ws:
        for n in range(count):
            client_id = str(uuid.uuid4())
            started = time.perf_counter()
            await ws.send(json.dumps({"body": f"bench {n}", "client_id": client_id}))
            async with asyncio.timeout(10):
                while client_id not in await ws.recv():
                    pass
            latencies.append((time.perf_counter() - started) * 1000)
    return latencies


async def keep_model_busy(url: str, cookie: str, origin: str, stop: asyncio.Event) -> int:
    """Summon a persona once a second so a slow model is always streaming."""
    from websockets.asyncio.client import connect

    asked = 0
    async with connect(url, additional_headers={"Cookie": cookie, "Origin": origin}) as ws:
        while not stop.is_set() and asked < 120:
            body = f"@einstein tell me about light, part {asked}"
            await ws.send(json.dumps({"body": body, "client_id": str(uuid.uuid4())}))
            asked += 1
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), timeout=1.0)
    return asked


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--messages", type=int, default=200)
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="salon-bench-"))
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{work / 'bench.sqlite3'}")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chatsite.settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django.test import Client

    from accounts.models import User
    from bots import services as bot_services
    from bots.models import Persona
    from rooms import services
    from tests.bots.fake_llm import FakeModelServer

    call_command("migrate", verbosity=0)
    call_command("seed_personas", stdout=open(os.devnull, "w"))  # noqa: SIM115
    alice = User.objects.create_user(username=f"alice-{uuid.uuid4().hex[:6]}")
    bob = User.objects.create_user(username=f"bob-{uuid.uuid4().hex[:6]}")
    room = services.room_create(creator=alice, name=f"Bench {uuid.uuid4().hex[:6]}")
    services.membership_join(room=room, user=bob)
    bot_services.room_personas_set(
        room=room, actor=alice, persona_ids=[Persona.objects.get(slug="einstein").pk]
    )
    room.ai_chattiness = "mentions"
    room.ai_daily_budget = 10_000
    room.save()

    def cookie(user) -> str:
        client = Client()
        client.force_login(user)
        return f"sessionid={client.cookies['sessionid'].value}"

    with FakeModelServer() as model:
        model.script.chunks = [f"word{n} " for n in range(30)]
        model.script.delay = 0.1  # 3 s per reply: always something streaming
        port = 8700 + os.getpid() % 200
        env = {
            **os.environ,
            "LLM_BASE_URL": model.base_url,
            "LLM_MODEL": "bench",
            "LLM_TIMEOUT_SECONDS": "30",
        }
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "daphne",
                "-b",
                "127.0.0.1",
                "-p",
                str(port),
                "chatsite.asgi:application",
            ],
            cwd=REPO,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            origin = f"http://127.0.0.1:{port}"
            for _ in range(100):
                try:
                    urllib.request.urlopen(f"{origin}/accounts/login/", timeout=1)
                    break
                except OSError:
                    time.sleep(0.1)
            url = f"ws://127.0.0.1:{port}/ws/rooms/{room.slug}/"
            alice_cookie, bob_cookie = cookie(alice), cookie(bob)

            async def run() -> tuple[list[float], list[float], int]:
                quiet = await round_trips(url, alice_cookie, origin, args.messages)
                stop = asyncio.Event()
                busy = asyncio.create_task(keep_model_busy(url, bob_cookie, origin, stop))
                await asyncio.sleep(1.5)  # let the first slow reply start streaming
                loaded = await round_trips(url, alice_cookie, origin, args.messages)
                stop.set()
                return quiet, loaded, await busy

            quiet, loaded, asked = asyncio.run(run())
        finally:
            server.terminate()
            server.wait(timeout=10)

    print(
        f"database: {os.environ['DATABASE_URL'].split(':')[0]}, "
        f"layer: {'redis' if os.environ.get('REDIS_URL') else 'in-memory'}, "
        f"messages per phase: {args.messages}"
    )
    for label, values in (("idle room", quiet), ("slow model streaming", loaded)):
        print(
            f"{label:22} p50 {statistics.median(values):6.1f} ms   "
            f"p95 {percentile(values, 95):6.1f} ms   max {max(values):6.1f} ms"
        )
    print(
        f"persona requests during the loaded phase: {asked}, "
        f"model requests served: {len(model.requests)}"
    )
    print(f"p50 ratio loaded/idle: {statistics.median(loaded) / statistics.median(quiet):.2f}")


if __name__ == "__main__":
    main()
