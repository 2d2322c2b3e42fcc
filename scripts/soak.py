"""Salon's soak test: hours of a normal day in minutes, watching for what grows.

    .venv/bin/python scripts/soak.py [--seconds 600] [--warmup 120] [--sample-every 10]

Two server processes started the README's production way on PostgreSQL and Redis (scripts/
services.sh starts throwaway ones), 200 sockets in 5 rooms of 40, 10 messages a second in all
(open loop) with a persona answering every 20th, for `--seconds`. Every `--sample-every`
seconds it records each process's RSS, Redis's memory and key count and the database's size.
At the end it checks that every socket got every message once (lost, doubled), that the
database holds each message sent once, and that no process's RSS grew more than 10% after the
warm-up; it exits 1 otherwise. The figures go to stdout (markdown) and test-artifacts/soak.json.

It reuses scripts/bench.py's machinery (services, servers, users and sessions, sockets). Every
loop is bounded in time: the whole run takes `--seconds` plus about a minute.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import signal
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import uvloop

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import (  # noqa: E402 - the bench is a script beside this one
    Collector,
    Interrupted,
    MeasurementError,
    Server,
    Swarm,
    World,
    _interrupt,
    fixtures_create,
    git_commit,
    log,
    postgres_database,
    resource_raise_open_files,
    services_start,
    teardown,
    world_prepare,
)

REPO = Path(__file__).resolve().parent.parent
ROOMS = 5
SOCKETS_PER_ROOM = 40
RATE = 10.0  # messages a second, all rooms together
SENDERS_PER_ROOM = 5
PERSONA_EVERY = 20  # every 20th message of a room asks the persona
RSS_GROWTH_LIMIT = 0.10
DRAIN_SECONDS = 20.0
OPEN_SECONDS = 90.0


@dataclass
class Room:
    label: str
    slug: str
    swarm: Swarm
    collector: Collector
    asked: int = 0  # messages to the persona (not in the collector: its reply may quote them)
    sent_bodies: list[str] = field(default_factory=list)


def redis_figures(url: str) -> dict[str, int]:
    import redis

    client = redis.Redis.from_url(url)
    try:
        memory = client.info("memory")
        return {"redis_used_memory": memory["used_memory"], "redis_keys": client.dbsize()}
    finally:
        client.close()


def database_bytes() -> int:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_database_size(current_database())")
        return cursor.fetchone()[0]


def metric_total(servers: list[Server], name: str) -> float:
    """A counter summed over the processes, from each one's /metrics (loopback)."""
    total = 0.0
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
    for server in servers:
        with opener.open(f"http://127.0.0.1:{server.port}/metrics", timeout=10) as response:
            for line in response.read().decode().splitlines():
                if line.startswith(name + " ") or line.startswith(name + "{"):
                    total += float(line.rsplit(" ", 1)[1])
    return total


def sample(servers: list[Server], redis_url: str, started: float) -> dict[str, object]:
    return {
        "t": round(time.monotonic() - started, 1),
        "rss_kb": [server.rss_kb() for server in servers],
        **redis_figures(redis_url),
        "database_bytes": database_bytes(),
    }


async def send_loop(rooms: list[Room], seconds: float) -> None:
    """Open loop: RATE messages a second round-robin over the rooms, each from the room's next
    sender, until `seconds` pass; every PERSONA_EVERY-th message of a room mentions the
    persona."""
    interval = 1.0 / RATE
    count = int(seconds * RATE)
    start = time.monotonic() + 0.01
    senders = {room.slug: room.swarm.senders(SENDERS_PER_ROOM) for room in rooms}
    for k in range(count):
        delay = start + k * interval - time.monotonic()
        if delay > 0:
            await asyncio.sleep(delay)
        room = rooms[k % len(rooms)]
        nth = k // len(rooms)
        sender = senders[room.slug][nth % SENDERS_PER_ROOM]
        if sender.index not in room.swarm.listeners:
            raise MeasurementError(f"a sender's socket in {room.label} closed")
        if nth % PERSONA_EVERY == PERSONA_EVERY - 1:
            body = f"@einstein what is light made of? ({room.label} {nth})"
            room.asked += 1
        else:
            at = time.monotonic_ns()
            n = room.collector.add(at, room.swarm.open_count)
            body = f"soak {room.label} b:{nth % SENDERS_PER_ROOM}:{n}:{at}"
        room.sent_bodies.append(body)
        room.swarm.send(sender, body)


async def sample_loop(
    samples: list[dict],
    servers: list[Server],
    redis_url: str,
    *,
    started: float,
    every: float,
    until: float,
) -> None:
    """A sample every `every` seconds until `until`, and one more then."""
    while True:
        samples.append(await asyncio.to_thread(sample, servers, redis_url, started))
        s = samples[-1]
        log(
            f"  t={s['t']:>6} s  RSS {', '.join(f'{kb / 1024:.0f}' for kb in s['rss_kb'])} MB  "
            f"Redis {s['redis_used_memory'] / 1e6:.1f} MB, {s['redis_keys']} keys  "
            f"DB {s['database_bytes'] / 1e6:.1f} MB"
        )
        if time.monotonic() >= until:
            return
        await asyncio.sleep(min(every, max(0.0, until - time.monotonic())))


def saved_counts(rooms: list[Room]) -> dict[str, dict[str, int]]:
    """Per room: the messages sent, those the database holds once, more than once, or not."""
    from django.db.models import Count

    from bots.models import BotTurn
    from rooms.models import Message

    out = {}
    for room in rooms:
        saved = dict(
            Message.objects.filter(room__slug=room.slug, kind=Message.Kind.USER)
            .values_list("body")
            .annotate(copies=Count("id"))
            .values_list("body", "copies")
        )
        turns = BotTurn.objects.filter(room__slug=room.slug)
        out[room.label] = {
            "sent": len(room.sent_bodies),
            "saved_once": sum(1 for b in room.sent_bodies if saved.get(b) == 1),
            "doubled": sum(1 for b in room.sent_bodies if saved.get(b, 0) > 1),
            "missing": sum(1 for b in room.sent_bodies if b not in saved),
            "persona_asked": room.asked,
            "persona_replies": Message.objects.filter(
                room__slug=room.slug, kind=Message.Kind.PERSONA
            ).count(),
            "persona_turns_failed": turns.filter(status=BotTurn.Status.FAILED).count(),
        }
    return out


def rss_growth(samples: list[dict], warmup: float) -> list[float | None]:
    """Per process: RSS at the end over RSS at the end of the warm-up, minus one."""
    after = [s for s in samples if s["t"] >= warmup]
    if len(after) < 2:
        return [None] * len(samples[0]["rss_kb"])
    first, last = after[0]["rss_kb"], after[-1]["rss_kb"]
    return [round(b / a - 1, 4) if a and b else None for a, b in zip(first, last, strict=True)]


async def soak(world: World, servers: list[Server], args, samples: list[dict]) -> dict:
    rooms = []
    for index in range(ROOMS):
        label = f"room{index}"
        swarm = Swarm(servers)
        collector = Collector(0)
        swarm.collector = collector
        rooms.append(Room(label=label, slug=world.rooms[label], swarm=swarm, collector=collector))
        endpoints = world.salon_endpoints(servers, label, range(SOCKETS_PER_ROOM))
        opened = await swarm.open(endpoints, in_flight=20, seconds=OPEN_SECONDS)
        if opened["opened"] < SOCKETS_PER_ROOM:
            raise MeasurementError(f"{label}: only {opened['opened']} sockets opened: {opened}")
    log(f"  {ROOMS * SOCKETS_PER_ROOM} sockets open")
    started = time.monotonic()
    until = started + args.seconds + DRAIN_SECONDS / 2
    sampler = asyncio.ensure_future(
        sample_loop(
            samples, servers, world.redis_url, started=started, every=args.sample_every, until=until
        )
    )
    try:
        await send_loop(rooms, args.seconds)
        # The last messages reach their sockets; the persona's last replies are written.
        deadline = time.monotonic() + DRAIN_SECONDS
        while time.monotonic() < deadline and any(
            room.collector.incomplete_age(time.monotonic_ns()) for room in rooms
        ):
            await asyncio.sleep(0.1)
        await asyncio.wait_for(sampler, timeout=args.sample_every + 30)
    finally:
        sampler.cancel()
    await asyncio.sleep(5)  # a persona answering the last question finishes its reply
    deliveries = {room.label: room.collector.summary() for room in rooms}
    closed = {room.label: dict(room.swarm.close_codes) for room in rooms}
    for room in rooms:
        room.swarm.close()
    return {"deliveries": deliveries, "close_codes": closed, "rooms": rooms}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=float, default=600.0, help="how long to send")
    parser.add_argument("--warmup", type=float, help="RSS is compared from then (default 1/5)")
    parser.add_argument("--sample-every", type=float, default=10.0)
    parser.add_argument("--json", type=Path, default=REPO / "test-artifacts" / "soak.json")
    args = parser.parse_args()
    warmup = args.warmup if args.warmup is not None else args.seconds / 5
    signal.signal(signal.SIGTERM, _interrupt)
    work = Path(tempfile.mkdtemp(prefix="salon-soak-"))
    work.chmod(0o755)  # the postgres user enters it
    stop_services = None
    samples: list[dict] = []
    result: dict = {}
    failure = ""
    started = time.monotonic()
    try:
        resource_raise_open_files()
        pg_url, redis_url, stop_services = services_start(work)
        world = world_prepare(
            repo=REPO,
            work=work,
            kind="uvicorn",
            stack="postgres",
            database_url=postgres_database(pg_url),
            redis_url=redis_url,
            pinned=False,
        )
        from bots import services as bot_services
        from bots.models import Persona
        from rooms.models import Room as RoomModel

        labels = {f"room{i}": SOCKETS_PER_ROOM for i in range(ROOMS)}
        world.cookies, world.rooms = fixtures_create(
            users=SOCKETS_PER_ROOM, rooms=labels, persona_room="room0"
        )
        einstein = Persona.objects.get(slug="einstein")
        for slug in world.rooms.values():
            room = RoomModel.objects.get(slug=slug)
            bot_services.room_personas_set(
                room=room, actor=room.created_by, persona_ids=[einstein.pk]
            )
            RoomModel.objects.filter(pk=room.pk).update(ai_chattiness="mentions")
        # The people may ask the persona as often as the soak does.
        server_env = {**world.env(salon=True), "AI_REPLIES_PER_PERSON_DAILY": "0"}
        servers = [
            Server(
                name=f"soak-{i}",
                app="chatsite.asgi:application",
                cwd=REPO,
                env=server_env,
                kind="uvicorn",
                cpus="0-1",
                logs=work,
            )
            for i in range(2)
        ]
        for server in servers:
            server.start()
        log(f"== Soak: {args.seconds:g} s at {RATE:g} msg/s, warm-up {warmup:g} s")
        outcome = uvloop.run(soak(world, servers, args, samples))
        result["deliveries"] = outcome["deliveries"]
        result["close_codes"] = outcome["close_codes"]
        result["database"] = saved_counts(outcome["rooms"])
        result["messages_saved_metric"] = metric_total(servers, "salon_messages_saved_total")
        result["layer_errors_metric"] = metric_total(servers, "salon_layer_errors_total")
        result["server_errors"] = [server.log_errors() for server in servers]
    except (Interrupted, KeyboardInterrupt):
        failure = "interrupted"
    except MeasurementError as error:
        failure = str(error)
    finally:
        teardown(work, stop_services)

    growth = rss_growth(samples, warmup) if samples else []
    lost = sum(d["lost"] for d in result.get("deliveries", {}).values())
    doubled = sum(d["duplicates"] for d in result.get("deliveries", {}).values())
    db = result.get("database", {})
    problems = [failure] if failure else []
    if lost or doubled:
        problems.append(f"{lost} deliveries lost, {doubled} doubled")
    if any(r["missing"] or r["doubled"] for r in db.values()):
        problems.append("the database misses or doubles messages")
    sent = sum(r["sent"] for r in db.values())
    if db and result["messages_saved_metric"] != sent:
        problems.append(f"/metrics counted {result['messages_saved_metric']} saved of {sent}")
    if any(g is None or g > RSS_GROWTH_LIMIT for g in growth) or not growth:
        problems.append(f"RSS growth after warm-up {growth} (limit {RSS_GROWTH_LIMIT:.0%})")
    document = {
        "meta": {
            "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
            "commit": git_commit(REPO),
            "seconds": args.seconds,
            "warmup": warmup,
            "rate": RATE,
            "sockets": ROOMS * SOCKETS_PER_ROOM,
            "rooms": ROOMS,
            "wall_seconds": round(time.monotonic() - started),
        },
        "samples": samples,
        "rss_growth_after_warmup": growth,
        **result,
        "problems": problems,
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(document, indent=1, default=str) + "\n")
    print(report(document))
    if problems:
        log("Soak failed:\n  " + "\n  ".join(problems))
        return 1
    return 0


def report(document: dict) -> str:
    meta, samples = document["meta"], document["samples"]
    lines = [
        f"Soak {meta['date']} at {meta['commit']}: {meta['sockets']} sockets in "
        f"{meta['rooms']} rooms, {meta['rate']:g} msg/s for {meta['seconds']:g} s "
        f"(warm-up {meta['warmup']:g} s), 2 processes, PostgreSQL + Redis",
        "",
        "| t (s) | RSS per process (MB) | Redis memory (MB) | Redis keys | database (MB) |",
        "| ---: | --- | ---: | ---: | ---: |",
    ]
    for s in samples:
        rss = " / ".join(f"{kb / 1024:.1f}" if kb else "-" for kb in s["rss_kb"])
        lines.append(
            f"| {s['t']:g} | {rss} | {s['redis_used_memory'] / 1e6:.2f} | {s['redis_keys']} "
            f"| {s['database_bytes'] / 1e6:.1f} |"
        )
    growth = document["rss_growth_after_warmup"]
    lines.append("")
    lines.append(
        "RSS growth after warm-up: "
        + ", ".join(f"{g:+.1%}" if g is not None else "-" for g in growth)
    )
    deliveries = document.get("deliveries", {})
    if deliveries:
        sent = sum(d["sent"] for d in deliveries.values())
        expected = sum(d["expected_deliveries"] for d in deliveries.values())
        got = sum(d["deliveries"] for d in deliveries.values())
        lost = sum(d["lost"] for d in deliveries.values())
        doubled = sum(d["duplicates"] for d in deliveries.values())
        p99 = max((d["p99_ms"] or 0) for d in deliveries.values())
        lines.append(
            f"Tracked messages: {sent} sent, {got} of {expected} deliveries, {lost} lost, "
            f"{doubled} doubled; worst room p99 {p99:.0f} ms"
        )
    db = document.get("database", {})
    if db:
        lines.append(
            "Database: {} sent, {} saved once, {} doubled, {} missing; persona: {} asked, "
            "{} replies, {} failed turns".format(
                *(
                    sum(r[key] for r in db.values())
                    for key in (
                        "sent",
                        "saved_once",
                        "doubled",
                        "missing",
                        "persona_asked",
                        "persona_replies",
                        "persona_turns_failed",
                    )
                )
            )
        )
    if document["problems"]:
        lines.append("Problems: " + "; ".join(document["problems"]))
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
