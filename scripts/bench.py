"""Salon's load benchmark: real server processes started the README's production way, sockets
of distinct logged-in users in one room, an open-loop load generator on its own core, and the
Channels tutorial's consumer measured the same way in the same run as the reference.
Prints a markdown table and a JSON document (also written to test-artifacts/bench.json).

    .venv/bin/python scripts/bench.py [--stack sqlite|postgres] [--server daphne|uvicorn]
        [--repo PATH] [--smoke] [--only small,large,crowd,persona,flood,processes,history]

Traffic stays on 127.0.0.1. Every loop is bounded in count and time: the whole bench takes
under ten minutes on two cores, --smoke about a minute. Servers are killed on exit.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import ctypes
import http.client
import json
import math
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import traceback
import uuid
from collections import Counter, deque
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path
from urllib.parse import urlsplit

import uvloop
from picows import WSListener, WSMsgType, WSTransport, ws_connect

SCRIPTS = Path(__file__).resolve().parent
REFERENCE_DIR = SCRIPTS / "bench_reference"
P99_LIMIT_MS = 100.0
# Other processes using more than this many cores make a measurement suspect.
NOISY_CPU = 0.2
# A generator using this much of its core may be what limits the rate.
GENERATOR_BOUND = 0.8
# uvicorn as chatsite.serve configures it (where a checkout has it, its servers use that).
UVICORN_OPTIONS = (
    *("--ws", "websockets-sansio", "--ws-per-message-deflate", "false", "--ws-max-size"),
    *("1048576", "--lifespan", "off", "--no-access-log"),
)
# Every socket message carries `b:<sender>:<n>:<monotonic ns at its scheduled send>`.
MARKER = re.compile(rb"b:\d+:(\d+):(\d+)")
SCENARIOS = ("small", "large", "crowd", "persona", "flood", "processes", "history")
# What Salon reads from the environment: the bench sets each one it needs, and no other.
SALON_ENV = frozenset(
    {
        *("DEBUG", "SECRET_KEY", "ALLOWED_HOSTS", "CSRF_TRUSTED_ORIGINS", "BEHIND_HTTPS_PROXY"),
        *("DATABASE_URL", "DB_CONN_MAX_AGE", "REDIS_URL", "STATIC_ROOT", "EDIT_WINDOW_SECONDS"),
        *("PRESENCE_GRACE_SECONDS", "PRESENCE_HEARTBEAT_SECONDS", "PRESENCE_STALE_SECONDS"),
        *("CATCH_UP_LIMIT", "LLM_BASE_URL", "LLM_MODEL", "LLM_API_KEY", "LLM_TIMEOUT_SECONDS"),
        *("AI_MAX_HOPS", "OFFLINE_CHUNK_DELAY", "DJANGO_SETTINGS_MODULE", "LOG_LEVEL"),
        *("PRESENCE_COALESCE_SECONDS", "PERSONA_CAST_TTL_SECONDS", "HOST", "PORT"),
        *("MESSAGE_BURST", "MESSAGE_RATE", "FLOOD_REFUSALS", "FLOOD_WINDOW_SECONDS"),
        *("TYPING_MIN_INTERVAL", "SOCKETS_PER_PERSON", "SYNC_MIN_INTERVAL"),
        *("DB_CONN_HEALTH_CHECKS",),
    }
)
# A bench sender sends far faster than a person may: the message limit is raised out of the
# way, not turned off, so that what it costs (a Redis round trip per send) is measured.
UNLIMITED = "1000000"


@dataclass(frozen=True)
class Plan:
    """Sizes, rates and time limits of one bench run."""

    small_room: int = 50
    small_senders: int = 5
    large_room: int = 200
    large_senders: int = 10
    step_seconds: float = 5.0
    step_messages: int = 30
    warmup_seconds: float = 2.0
    warmup_rate: float = 5.0
    search_start: float = 4.0
    search_cap_small: float = 4096.0
    search_cap_large: float = 2048.0
    search_bisections: int = 3
    search_jump: float = 0.6
    search_steps: int = 12
    drain_seconds: float = 2.0
    abort_lag_seconds: float = 1.0
    fixed_rate: float = 100.0
    idle_messages: int = 20
    idle_rate: float = 2.0
    crowd: int = 2000
    crowd_in_flight: int = 100
    crowd_open_seconds: float = 60.0
    crowd_settle_seconds: float = 30.0
    broadcasts: int = 5
    persona_rate_cap: float = 50.0
    flood_frames: int = 2000
    persona_seconds: float = 10.0
    history_messages: int = 1_000_000
    http_requests: int = 20
    quiet_wait_seconds: float = 20.0
    noisy_retries: int = 1
    budget_seconds: float = 570.0
    # Scenario time needs and caps (set for the full sizes) are multiplied by this.
    scenario_time_scale: float = 1.0


SMOKE = Plan(
    small_room=10,
    small_senders=2,
    large_room=20,
    large_senders=2,
    step_seconds=1.0,
    step_messages=2,
    warmup_seconds=0.5,
    search_start=2.0,
    search_cap_small=4.0,
    search_cap_large=4.0,
    search_bisections=0,
    fixed_rate=10.0,
    idle_messages=3,
    idle_rate=4.0,
    crowd=50,
    crowd_in_flight=20,
    crowd_open_seconds=20.0,
    crowd_settle_seconds=5.0,
    broadcasts=2,
    persona_seconds=2.0,
    history_messages=1000,
    http_requests=3,
    quiet_wait_seconds=0.0,
    noisy_retries=0,
    budget_seconds=300.0,
    scenario_time_scale=0.3,
)


class MeasurementError(Exception):
    """A measurement could not be taken; the message says why."""


class Interrupted(BaseException):
    """SIGTERM: stop measuring, kill the servers, report what was measured."""


def _interrupt(*_args: object) -> None:
    raise Interrupted


def percentile(values: list[float], pct: float) -> float | None:
    """Nearest-rank percentile, or None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(0, math.ceil(pct / 100 * len(ordered)) - 1)]


def ms(ns_values: list[int], pct: float) -> float | None:
    value = percentile(ns_values, pct)
    return None if value is None else round(value / 1e6, 2)


# The load generator -------------------------------------------------------------------------


class Collector:
    """Send times and deliveries of the messages of one measurement (numbered from `first`)."""

    def __init__(self, first: int) -> None:
        self.first = first
        self.sent_at: list[int] = []
        self.expected: list[int] = []
        self.counts: list[int] = []
        self.latencies: list[int] = []
        self._oldest = 0

    def add(self, sent_at: int, expected: int) -> int:
        self.sent_at.append(sent_at)
        self.expected.append(expected)
        self.counts.append(0)
        return self.first + len(self.counts) - 1

    def delivered(self, n: int, latency: int) -> None:
        i = n - self.first
        if 0 <= i < len(self.counts):
            self.counts[i] += 1
            self.latencies.append(latency)

    def incomplete_age(self, now: int) -> int:
        """Nanoseconds since the oldest message that some socket still lacks was sent."""
        while self._oldest < len(self.counts) and (
            self.counts[self._oldest] >= self.expected[self._oldest]
        ):
            self._oldest += 1
        return now - self.sent_at[self._oldest] if self._oldest < len(self.counts) else 0

    def summary(self) -> dict[str, object]:
        pairs = list(zip(self.expected, self.counts, strict=True))
        return {
            "sent": len(self.counts),
            "expected_deliveries": sum(self.expected),
            "deliveries": len(self.latencies),
            "lost": sum(max(0, e - c) for e, c in pairs),
            "duplicates": sum(max(0, c - e) for e, c in pairs),
            "p50_ms": ms(self.latencies, 50),
            "p99_ms": ms(self.latencies, 99),
            "max_ms": ms(self.latencies, 100),
        }


class Listener(WSListener):
    """One client socket: hands every text frame to its swarm."""

    def __init__(self, swarm: Swarm, index: int, watch: tuple[bytes, ...]) -> None:
        super().__init__()
        self.swarm = swarm
        self.index = index
        self.watch = watch
        self.transport: WSTransport | None = None
        self.parts: list[bytes] | None = None

    def on_ws_connected(self, transport: WSTransport) -> None:
        self.transport = transport

    def on_ws_frame(self, transport: WSTransport, frame) -> None:
        kind = frame.msg_type
        if kind == WSMsgType.TEXT:
            if frame.fin:
                self.swarm.received(self, frame.get_payload_as_bytes())
            else:
                self.parts = [frame.get_payload_as_bytes()]
        elif kind == WSMsgType.CONTINUATION and self.parts is not None:
            self.parts.append(frame.get_payload_as_bytes())
            if frame.fin:
                payload, self.parts = b"".join(self.parts), None
                self.swarm.received(self, payload)
        elif kind == WSMsgType.CLOSE:
            self.swarm.close_codes[str(frame.get_close_code())] += 1
            transport.disconnect()

    def on_ws_disconnected(self, transport: WSTransport) -> None:
        self.swarm.listeners.pop(self.index, None)


@dataclass(frozen=True)
class Endpoint:
    """Where one socket connects, and what it sends when it posts."""

    url: str
    headers: dict[str, str]
    salon: bool

    def post(self, text: str) -> bytes:
        if self.salon:
            return json.dumps({"body": text, "client_id": str(uuid.uuid4())}).encode()
        return json.dumps({"message": text}).encode()


class Swarm:
    """The client sockets of one room, what they received, and how to load them."""

    def __init__(self, servers: list[Server]) -> None:
        self.servers = servers
        self.listeners: dict[int, Listener] = {}
        self.endpoints: dict[int, Endpoint] = {}
        self.collector: Collector | None = None
        self.next_n = 0
        self.frames = 0
        self.bytes = 0
        self.last_frame = time.monotonic_ns()
        self.close_codes: Counter[str] = Counter()
        self.connect_errors: Counter[str] = Counter()
        self.watched: Counter[bytes] = Counter()

    @property
    def open_count(self) -> int:
        return len(self.listeners)

    def received(self, listener: Listener, payload: bytes) -> None:
        now = time.monotonic_ns()
        self.frames += 1
        self.bytes += len(payload)
        self.last_frame = now
        for pattern in listener.watch:
            if pattern in payload:
                self.watched[pattern] += 1
        collector = self.collector
        if collector is not None and b"b:" in payload:
            for match in MARKER.finditer(payload):
                collector.delivered(int(match[1]), now - int(match[2]))

    async def open(
        self,
        endpoints: list[Endpoint],
        *,
        in_flight: int,
        seconds: float,
        first_index: int = 0,
        watch: tuple[bytes, ...] = (),
        stop: asyncio.Event | None = None,
    ) -> dict[str, object]:
        """Open sockets (at most `in_flight` handshakes at once) until all are open, `seconds`
        pass or `stop` is set."""
        started = time.monotonic()
        deadline = started + seconds
        gate = asyncio.Semaphore(in_flight)
        stop = stop or asyncio.Event()
        last_open = [started]

        async def one(index: int, endpoint: Endpoint) -> None:
            async with gate:
                if stop.is_set() or time.monotonic() > deadline:
                    return
                try:
                    _transport, listener = await ws_connect(
                        lambda: Listener(self, index, watch),
                        endpoint.url,
                        extra_headers=endpoint.headers,
                        websocket_handshake_timeout=max(1.0, deadline - time.monotonic()),
                        logger_name="bench",
                    )
                except Exception as error:  # counted and reported: the server refused or hung
                    self.connect_errors[f"{type(error).__name__}: {str(error)[:80]}"] += 1
                    return
                self.listeners[index] = listener
                self.endpoints[index] = endpoint
                last_open[0] = time.monotonic()

        tasks = [asyncio.ensure_future(one(first_index + i, ep)) for i, ep in enumerate(endpoints)]
        waiter = asyncio.ensure_future(stop.wait())
        all_done = asyncio.gather(*tasks)
        await asyncio.wait([all_done, waiter], timeout=seconds + 5, return_when="FIRST_COMPLETED")
        waiter.cancel()
        for task in tasks:
            task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await all_done
        opened = sum(1 for i in range(len(endpoints)) if first_index + i in self.listeners)
        return {
            "requested": len(endpoints),
            "opened": opened,
            "seconds": round(last_open[0] - started, 2) if opened == len(endpoints) else None,
            "elapsed": round(time.monotonic() - started, 2),
            "connect_errors": dict(self.connect_errors),
        }

    async def quiet(self, gap: float, limit: float) -> float | None:
        """Wait until for `gap` seconds no frame arrived and the servers used under a tenth of
        a core (a server may work for a while before its frames go out); the seconds waited,
        or None after `limit`."""
        started = time.monotonic()
        samples: deque[tuple[float, float]] = deque()
        while (now := time.monotonic()) - started < limit:
            cpu = sum(server.cpu_seconds() for server in self.servers)
            samples.append((now, cpu))
            while len(samples) > 1 and samples[1][0] <= now - gap:
                samples.popleft()
            window = now - samples[0][0]
            idle = window >= 0.9 * gap and (cpu - samples[0][1]) / window < 0.1
            if idle and time.monotonic_ns() - self.last_frame >= gap * 1e9:
                return round(now - started, 2)
            await asyncio.sleep(0.05)
        return None

    def senders(self, count: int, exclude: frozenset[int] = frozenset()) -> list[Listener]:
        """The first `count` open sockets (by index): spread over servers as endpoints are."""
        chosen = [self.listeners[i] for i in sorted(self.listeners) if i not in exclude]
        if len(chosen) < count:
            raise MeasurementError(f"only {len(chosen)} sockets open to send from")
        return chosen[:count]

    def send(self, listener: Listener, text: str) -> None:
        listener.transport.send(WSMsgType.TEXT, self.endpoints[listener.index].post(text))

    def close(self) -> None:
        for listener in list(self.listeners.values()):
            with contextlib.suppress(Exception):
                listener.transport.disconnect(graceful=False)
        self.listeners.clear()


def machine_seconds() -> tuple[float, float]:
    """CPU seconds all processes on the machine have used since boot (all cores), and the
    seconds cores sat idle waiting for the disk."""
    fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    user, nice, system, _idle, iowait, irq, softirq, steal = (int(f) for f in fields[:8])
    tick = os.sysconf("SC_CLK_TCK")
    return (user + nice + system + irq + softirq + steal) / tick, iowait / tick


def _proc_cpu_seconds(pid: int | str, children: bool = True) -> float:
    fields = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()
    ticks = int(fields[11]) + int(fields[12])
    if children:  # what its finished children used (PostgreSQL's backends come and go)
        ticks += int(fields[13]) + int(fields[14])
    return ticks / os.sysconf("SC_CLK_TCK")


class Services:
    """The PostgreSQL cluster and the Redis server of the postgres stack, for their CPU."""

    def __init__(self, pg_port: int, redis_port: int) -> None:
        self.roots = []
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            with contextlib.suppress(OSError):
                command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
                postgres = "postgres" in command and f"-p {pg_port} " in command
                redis = "redis-server" in command and f":{redis_port}" in command
                if postgres or redis:
                    self.roots.append(entry.name)

    def cpu_seconds(self) -> float:
        total = 0.0
        roots = set(self.roots)
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            with contextlib.suppress(OSError):
                if entry.name in roots:
                    total += _proc_cpu_seconds(entry.name)
                else:
                    parent = (entry / "stat").read_text().rsplit(")", 1)[1].split()[1]
                    if parent in roots:
                        total += _proc_cpu_seconds(entry.name)
        return total


class Cpu:
    """CPU used over a span of wall time, in cores: by the generator, by the servers, by
    PostgreSQL and Redis (on that stack), and by every other process on the machine."""

    services: Services | None = None

    def __init__(self, servers: list[Server]) -> None:
        self.servers = servers
        self.wall = time.monotonic()
        self.own = time.process_time()
        self.theirs = sum(s.cpu_seconds() for s in servers)
        self.backing = self.services.cpu_seconds() if self.services else 0.0
        self.machine, self.iowait = machine_seconds()

    def shares(self) -> dict[str, float]:
        wall = max(1e-9, time.monotonic() - self.wall)
        own = time.process_time() - self.own
        theirs = sum(s.cpu_seconds() for s in self.servers) - self.theirs
        backing = (self.services.cpu_seconds() if self.services else 0.0) - self.backing
        busy, iowait = machine_seconds()
        others = busy - self.machine - own - theirs - backing
        shares = {
            "generator_cpu": round(own / wall, 2),
            "server_cpu": round(theirs / wall, 2),
            "server_cpu_seconds": round(theirs, 3),
            "other_cpu": round(max(0.0, others) / wall, 2),
            "iowait": round((iowait - self.iowait) / wall, 2),
        }
        if self.services:
            shares["postgres_redis_cpu"] = round(backing / wall, 2)
        return shares


async def run_load(
    swarm: Swarm,
    senders: list[Listener],
    *,
    rate: float,
    count: int,
    plan: Plan,
    drain: float | None = None,
) -> tuple[dict[str, object], Collector]:
    """Send `count` messages at `rate` per second, open loop (never waiting for echoes),
    round-robin over `senders`; then wait up to the drain time for every delivery."""
    collector = Collector(swarm.next_n)
    swarm.collector = collector
    cpu = Cpu(swarm.servers)
    interval = 1e9 / rate
    start = time.monotonic_ns() + 1_000_000
    sockets_at_start = swarm.open_count
    abort_ns = plan.abort_lag_seconds * 1e9
    aborted = None
    k = 0
    while k < count:
        now = time.monotonic_ns()
        while k < count and start + k * interval <= now:
            at = start + int(k * interval)
            sender = senders[k % len(senders)]
            if sender.index not in swarm.listeners:
                aborted = "a sender's socket closed"
                break
            n = collector.add(at, swarm.open_count)
            swarm.send(sender, f"hello from the bench b:{k % len(senders)}:{n}:{at}")
            k += 1
        if aborted:
            break
        if collector.incomplete_age(now) > abort_ns:
            aborted = f"stopped after {(now - start) / 1e9:.1f} s: backlog over "
            aborted += f"{plan.abort_lag_seconds:g} s"
            break
        if swarm.open_count < sockets_at_start:
            aborted = f"{sockets_at_start - swarm.open_count} sockets closed"
            break
        await asyncio.sleep(max(0.0, (start + k * interval - time.monotonic_ns()) / 1e9))
    sent_seconds = (time.monotonic_ns() - start) / 1e9
    deadline = time.monotonic() + (plan.drain_seconds if drain is None else drain)
    while collector.incomplete_age(time.monotonic_ns()) > 0 and time.monotonic() < deadline:
        await asyncio.sleep(0.01)
    swarm.collector = None
    swarm.next_n += len(collector.counts)
    summary = {
        "rate": round(rate, 2),
        "planned": count,
        **collector.summary(),
        "send_seconds": round(sent_seconds, 2),
        "aborted": aborted,
        **cpu.shares(),
    }
    if summary["sent"]:
        summary["server_cpu_ms_per_message"] = round(
            summary["server_cpu_seconds"] * 1000 / summary["sent"], 1
        )
    return summary, collector


async def machine_quiet(limit: float) -> float:
    """Wait (at most `limit` seconds) until other processes use less than a fifth of a core:
    on a shared machine, another job's burst would pass for our server's slowness."""
    started = time.monotonic()
    while time.monotonic() - started < limit:
        cpu = Cpu([])
        await asyncio.sleep(0.5)
        if cpu.shares()["other_cpu"] < NOISY_CPU:
            break
    return round(time.monotonic() - started, 1)


def step_passed(step: dict[str, object]) -> bool:
    return (
        step["aborted"] is None
        and step["sent"] == step["planned"]
        and step["lost"] == 0
        and step["p99_ms"] is not None
        and step["p99_ms"] <= P99_LIMIT_MS
    )


async def settle_after(swarm: Swarm, passed: bool) -> None:
    # An overloaded step leaves a backlog in the server: let it drain before the next one.
    await swarm.quiet(0.3, 5.0 if passed else 25.0)


async def max_rate_search(
    swarm: Swarm,
    senders: list[Listener],
    *,
    plan: Plan,
    cap: float,
    budget: Budget,
) -> dict[str, object]:
    """The highest aggregate rate with p99 ≤ 100 ms and nothing lost, twice. A first step at
    the start rate measures the server's CPU per message; the next jumps to a share of the
    rate that CPU allows, then rates double until a step fails; then bisect between the last
    pass and the first failure (a failing start halves down to half a message a second);
    then the best rates are tried again until one passes a second time."""
    steps: list[dict[str, object]] = []
    retries = [plan.noisy_retries]

    async def attempt(rate: float) -> dict[str, object]:
        # Long enough for a few dozen messages (a pause every few seconds must show), bounded.
        seconds = max(plan.step_seconds, min(plan.step_messages / rate, 2 * plan.step_seconds))
        while True:
            step, _ = await run_load(
                swarm, senders, rate=rate, count=max(1, round(rate * seconds)), plan=plan
            )
            step["passed"] = step_passed(step)
            steps.append(step)
            log(
                f"    {rate:8.1f} msg/s: p99 {step['p99_ms']} ms, lost {step['lost']}, "
                f"{'pass' if step['passed'] else 'FAIL'}"
                f"{' (' + step['aborted'] + ')' if step['aborted'] else ''}, "
                f"cpu: generator {step['generator_cpu']}, server {step['server_cpu']}, "
                f"others {step['other_cpu']}"
            )
            await settle_after(swarm, step["passed"])
            # A failure while other processes took a share of the machine is measured again.
            noisy = step["other_cpu"] >= NOISY_CPU
            if step["passed"] or not noisy or not retries[0] or budget.left() < 2 * seconds:
                return step
            retries[0] -= 1
            step["retried"] = True
            await machine_quiet(min(plan.quiet_wait_seconds, budget.left() / 4))

    def time_for(rate: float) -> bool:
        step = max(plan.step_seconds, min(plan.step_messages / rate, 2 * plan.step_seconds))
        return budget.left() > step + 5 and len(steps) < plan.search_steps

    best = failed = None
    rate = plan.search_start
    while rate <= cap and time_for(rate):
        step = await attempt(rate)
        if not step["passed"]:
            failed = rate
            break
        best, next_rate = rate, rate * 2
        if len(steps) == 1 and step["server_cpu_seconds"] > 0:
            per_cpu_second = step["sent"] / step["server_cpu_seconds"]
            next_rate = max(next_rate, round(plan.search_jump * per_cpu_second))
        rate = min(next_rate, cap) if rate < cap else 2 * cap
    if failed is not None:
        low, high = best or 0.0, failed
        for _ in range(plan.search_bisections + (0 if best else 3)):
            mid = (low + high) / 2
            if mid < 0.5 or (low and high / low <= 1.1) or not time_for(mid):
                break
            if (await attempt(mid))["passed"]:
                low = best = mid
            else:
                high = mid
    # A step can pass by missing a server's occasional pause: the result is the highest rate
    # that passes a second time (the best candidates are tried again, highest first).
    single_pass = best
    best = None
    for candidate in sorted({s["rate"] for s in steps if s["passed"]}, reverse=True)[:3]:
        if not time_for(candidate):
            break
        if (await attempt(candidate))["passed"]:
            best = candidate
            break
    # The generator's CPU at the first failure: near a whole core, the client was the limit.
    failing = [step for step in steps if not step["passed"]]
    # The server's CPU per message is steadier than a p99 threshold on a noisy machine.
    costs = [s["server_cpu_ms_per_message"] for s in steps if not s["aborted"] and s["sent"] >= 10]
    return {
        "max_rate": None if best is None else round(best, 1),
        "single_pass_max_rate": None if single_pass is None else round(single_pass, 1),
        "server_cpu_ms_per_message": percentile(costs, 50),
        "generator_cpu_at_failure": failing[0]["generator_cpu"] if failing else None,
        "capped": failed is None and best is not None and best >= cap,
        "out_of_time": failed is None and (single_pass is None or single_pass < cap),
        "cap": cap,
        "steps": steps,
    }


# Servers ------------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _die_with_parent() -> None:
    # PR_SET_PDEATHSIG: a server outlives no bench, however the bench ends.
    ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)


class Server:
    """One server process (daphne or uvicorn), pinned with taskset."""

    running: set[Server] = set()

    def __init__(
        self, *, name: str, app: str, cwd: Path, env: dict[str, str], kind: str, cpus: str, logs
    ) -> None:
        self.name, self.app, self.cwd, self.env = name, app, cwd, env
        self.kind, self.cpus = kind, cpus
        self.port = free_port()
        self.log_path = logs / f"{name}-{self.port}.log"
        self.process: subprocess.Popen | None = None

    def command(self) -> list[str]:
        port = str(self.port)
        if self.kind == "daphne":
            serve = ["-m", "daphne", "-b", "127.0.0.1", "-p", port, self.app]
        elif (self.cwd / "chatsite" / "serve.py").exists():
            # The checkout's own production entry point (uvicorn, configured in code).
            serve = ["-m", "chatsite.serve", "--host", "127.0.0.1", "--port", port]
        else:
            serve = ["-m", "uvicorn", self.app, "--host", "127.0.0.1", "--port", port]
            serve += [*UVICORN_OPTIONS, "--log-level", "warning"]
        return ["taskset", "-c", self.cpus, sys.executable, *serve]

    def start(self, timeout: float = 60.0) -> Server:
        with open(self.log_path, "wb") as log_file:
            self.process = subprocess.Popen(
                self.command(),
                cwd=self.cwd,
                env=self.env,
                stdout=log_file,
                stderr=subprocess.STDOUT,
                preexec_fn=_die_with_parent,
            )
        Server.running.add(self)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise MeasurementError(f"{self.name} exited at start: {self.log_tail()}")
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.5).close()
                return self
            except OSError:
                time.sleep(0.1)
        raise MeasurementError(f"{self.name} did not listen within {timeout:g} s")

    def log_tail(self, lines: int = 5) -> str:
        try:
            return " | ".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def log_errors(self) -> list[str]:
        """The last line of each traceback the server logged (how it failed, if it did)."""
        try:
            lines = self.log_path.read_text(errors="replace").splitlines()
        except OSError:
            return []
        errors, in_traceback = [], False
        for line in lines:
            if line.startswith("Traceback"):
                in_traceback = True
            elif in_traceback and line and not line.startswith((" ", "During", "The above")):
                errors.append(line[:200])
                in_traceback = False
        counts = Counter(errors)
        return [f"{count} x {error}" for error, count in counts.most_common()]

    def _proc(self, name: str) -> str:
        return (Path("/proc") / str(self.process.pid) / name).read_text()

    def rss_kb(self) -> int | None:
        with contextlib.suppress(OSError, AttributeError):
            for line in self._proc("status").splitlines():
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        return None

    def cpu_seconds(self) -> float:
        with contextlib.suppress(OSError, AttributeError):
            return _proc_cpu_seconds(self.process.pid, children=False)
        return 0.0

    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=3)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=5)
        Server.running.discard(self)


# The bench's world: stack, fixtures, servers ------------------------------------------------


class Budget:
    """The bench's time limit."""

    def __init__(self, seconds: float) -> None:
        self.deadline = time.monotonic() + seconds

    def left(self) -> float:
        return self.deadline - time.monotonic()


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


@dataclass
class World:
    """Everything a measurement needs: where the app is, its database, its users' cookies."""

    repo: Path
    work: Path
    kind: str
    stack: str
    database_url: str
    redis_url: str
    secret_key: str
    static_root: Path
    cookies: list[str]
    rooms: dict[str, str]
    pinned: bool

    def env(self, *, salon: bool, limited: bool = False) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if k not in SALON_ENV}
        env |= {"DEBUG": "false", "SECRET_KEY": self.secret_key, "LOG_LEVEL": "warning"}
        env["ALLOWED_HOSTS"] = "127.0.0.1,localhost"
        if not limited:  # else the shipped limits
            env |= {"MESSAGE_BURST": UNLIMITED, "MESSAGE_RATE": UNLIMITED}
        if salon:
            env |= {"DATABASE_URL": self.database_url, "STATIC_ROOT": str(self.static_root)}
        if self.redis_url:
            env["REDIS_URL"] = self.redis_url
        return env

    def server(
        self, name: str, *, salon: bool, cpus: str | None = None, limited: bool = False
    ) -> Server:
        self.flush_redis()
        return Server(
            name=name,
            app="chatsite.asgi:application" if salon else "tutorial_chat:application",
            cwd=self.repo if salon else REFERENCE_DIR,
            env=self.env(salon=salon, limited=limited),
            kind=self.kind,
            cpus=cpus or ("0" if self.pinned else "0-1"),
            logs=self.work,
        )

    def flush_redis(self) -> None:
        # Groups of a killed server would outlive it in Redis and cost every later send.
        if self.redis_url:
            import redis

            redis.Redis.from_url(self.redis_url).flushdb()

    def salon_endpoints(self, servers: list[Server], room: str, users: range) -> list[Endpoint]:
        slug = self.rooms[room]
        return [
            Endpoint(
                url=f"ws://127.0.0.1:{servers[i % len(servers)].port}/ws/rooms/{slug}/",
                headers={
                    "Cookie": f"sessionid={self.cookies[user]}",
                    "Origin": f"http://127.0.0.1:{servers[i % len(servers)].port}",
                },
                salon=True,
            )
            for i, user in enumerate(users)
        ]

    @staticmethod
    def reference_endpoints(server: Server, room: str, count: int) -> list[Endpoint]:
        url = f"ws://127.0.0.1:{server.port}/ws/chat/{room}/"
        origin = {"Origin": f"http://127.0.0.1:{server.port}"}
        return [Endpoint(url=url, headers=origin, salon=False) for _ in range(count)]


def database_prepare(repo: Path, env: dict[str, str], work: Path) -> None:
    """Migrate, collect static files and seed the personas, as the README's production way."""
    with open(work / "manage.log", "wb") as out:
        for command in (
            ["migrate", "--noinput"],
            ["collectstatic", "--noinput"],
            ["seed_personas"],
        ):
            done = subprocess.run(
                [sys.executable, "manage.py", *command],
                cwd=repo,
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
                timeout=300,
            )
            if done.returncode:
                tail = (work / "manage.log").read_text(errors="replace")[-800:]
                raise MeasurementError(f"manage.py {command[0]} failed: {tail}")


def teardown(work: Path, stop_services: Callable[[], None] | None) -> None:
    """Stop every server, then PostgreSQL and Redis if this run started them; remove `work`."""
    for server in list(Server.running):
        server.stop()
    if stop_services:
        stop_services()
    shutil.rmtree(work, ignore_errors=True)


def world_prepare(
    *,
    repo: Path,
    work: Path,
    kind: str,
    stack: str,
    database_url: str,
    redis_url: str,
    pinned: bool,
) -> World:
    """A World on a fresh database: migrated, static files collected, personas seeded, as the
    README's production way; and Django set up in this process on the benched repo's code,
    configured as its servers are (fixtures_create needs it). Users and rooms come next."""
    world = World(
        repo=repo,
        work=work,
        kind=kind,
        stack=stack,
        database_url=database_url,
        redis_url=redis_url,
        secret_key=secrets.token_urlsafe(40),
        static_root=work / "static",
        cookies=[],
        rooms={},
        pinned=pinned,
    )
    log(f"== Preparing {repo} ({stack}, {kind}) in {work}")
    env = world.env(salon=True)
    database_prepare(repo, env, work)
    os.environ.clear()
    os.environ.update(env)
    os.environ.pop("REDIS_URL", None)  # nothing listens to this process's own layer
    os.environ["ALLOWED_HOSTS"] = "127.0.0.1,localhost,testserver"
    os.environ["DJANGO_SETTINGS_MODULE"] = "chatsite.settings"
    sys.path.insert(0, str(repo))
    import django

    django.setup()
    return world


def fixtures_create(*, users: int, rooms: dict[str, int], persona_room: str) -> tuple:
    """Users with sessions, and rooms whose members are the first N users (user 0 owns them).

    Runs in the bench process with Django set up on the benched repo's code."""
    from django.conf import settings
    from django.contrib.auth import (
        BACKEND_SESSION_KEY,
        HASH_SESSION_KEY,
        SESSION_KEY,
        get_user_model,
    )
    from django.contrib.auth.hashers import make_password
    from django.contrib.sessions.backends.db import SessionStore
    from django.contrib.sessions.models import Session
    from django.db import transaction
    from django.utils import timezone
    from django.utils.module_loading import import_string

    from bots import services as bot_services
    from bots.models import Persona
    from rooms import services
    from rooms.models import Membership

    user_model = get_user_model()
    password = make_password("bench-password")  # hashing is slow: one hash for everyone
    tag = secrets.token_hex(3)
    user_model.objects.bulk_create(
        [user_model(username=f"bench{tag}-{i:05d}", password=password) for i in range(users)],
        batch_size=500,
    )
    people = list(user_model.objects.filter(username__startswith=f"bench{tag}-").order_by("pk"))
    store = SessionStore()
    # What log-in records: the backend that accepted the password (not a guard like axes's).
    backend = next(
        path
        for path in settings.AUTHENTICATION_BACKENDS
        if hasattr(import_string(path), "get_user")
    )
    expires = timezone.now() + timedelta(days=1)
    cookies, sessions = [], []
    for person in people:
        key = secrets.token_hex(16)
        data = {
            SESSION_KEY: str(person.pk),
            BACKEND_SESSION_KEY: backend,
            HASH_SESSION_KEY: person.get_session_auth_hash(),
        }
        sessions.append(
            Session(session_key=key, session_data=store.encode(data), expire_date=expires)
        )
        cookies.append(key)
    Session.objects.bulk_create(sessions, batch_size=500)
    slugs = {}
    owner = people[0]
    for label, size in rooms.items():
        room = services.room_create(creator=owner, name=f"Bench {label} {tag}")
        with transaction.atomic():
            Membership.objects.bulk_create(
                [Membership(room=room, user=person) for person in people[1:size]],
                batch_size=500,
            )
        room.ai_daily_budget = 100_000
        if label == persona_room:
            einstein = Persona.objects.get(slug="einstein")
            bot_services.room_personas_set(room=room, actor=owner, persona_ids=[einstein.pk])
            room.ai_chattiness = "mentions"
        room.save()
        slugs[label] = room.slug
    return cookies, slugs


def presence_reset() -> None:
    """Forget who was online, as if the last servers had shut down cleanly: a killed server
    leaves its sockets' presence rows behind, and the next server's sweep would settle every
    one of them in the middle of a measurement."""
    from django.apps import apps
    from django.db import connections

    apps.get_model("rooms", "RoomConnection").objects.all().delete()
    apps.get_model("rooms", "Membership").objects.filter(is_present=True).update(is_present=False)
    connections.close_all()


def history_fill(slug: str, count: int) -> dict[str, object]:
    """Put `count` messages into the room with one SQL statement; the id in the middle."""
    from django.db import connection

    from rooms.models import Message, Room

    room = Room.objects.get(slug=slug)
    author = room.created_by_id
    # The body is plain text, so its rendered HTML (rooms.formatting) is the same text. Other
    # columns that must not be NULL take their model default, or the empty value of their
    # kind (mentions, reactions, a reply's quote, ...).
    listed = {"id", "room_id", "kind", "author_id", "body", "client_id", "created_at"}
    listed |= {"edited_at", "deleted_at", "seq", "body_html"}
    extra = [
        field
        for field in Message._meta.concrete_fields
        if field.column not in listed and not field.null
    ]
    columns = "".join(f", {connection.ops.quote_name(field.column)}" for field in extra)
    values = "".join(", %s" for _ in extra)
    defaults = [field.get_db_prep_save(field.get_default(), connection) for field in extra]
    started = time.monotonic()
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "INSERT INTO rooms_message (room_id, kind, author_id, body, body_html, client_id, "
                f"created_at, edited_at, deleted_at, seq{columns}) "
                "SELECT %s, 'user', %s, 'history ' || n, 'history ' || n, NULL, "
                f"now() - make_interval(secs => %s - n), NULL, NULL, n{values} "
                "FROM generate_series(1, %s) AS n",
                [room.pk, author, count, *defaults, count],
            )
            cursor.execute("ANALYZE rooms_message")  # as autovacuum would, soon after a load
        else:
            cursor.execute(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %s) "
                "INSERT INTO rooms_message (room_id, kind, author_id, body, body_html, client_id, "
                f"created_at, edited_at, deleted_at, seq{columns}) "
                "SELECT %s, 'user', %s, 'history ' || i, 'history ' || i, NULL, "
                f"datetime('now', '-' || (%s - i) || ' seconds'), NULL, NULL, i{values} FROM n",
                [count, room.pk, author, count, *defaults],
            )
        cursor.execute("UPDATE rooms_room SET seq = %s WHERE id = %s", [count, room.pk])
        cursor.execute(
            "SELECT MIN(id), MAX(id), COUNT(*) FROM rooms_message WHERE room_id = %s", [room.pk]
        )
        low, high, rows = cursor.fetchone()
    return {
        "messages": rows,
        "insert_seconds": round(time.monotonic() - started, 1),
        "middle_id": (low + high) // 2,
    }


def query_counts(slug: str, cookie: str, middle_id: int) -> dict[str, int]:
    """Queries of the room page and of "load older", counted in this process."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client()
    client.cookies["sessionid"] = cookie
    counts = {}
    for name, path in (
        ("room_page", f"/rooms/{slug}/"),
        ("load_older", f"/rooms/{slug}/messages/?before={middle_id}"),
    ):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        if response.status_code != 200:
            raise MeasurementError(f"{path} answered {response.status_code} in process")
        counts[name] = len(queries)
    return counts


# Measurements -------------------------------------------------------------------------------


async def guarded(
    name: str, measure: Callable[[dict], Awaitable[None]], timeout: float
) -> dict[str, object]:
    """What the measurement filled in, with the reason if it failed: never an exception."""
    out: dict[str, object] = {}
    try:
        await asyncio.wait_for(measure(out), timeout)
    except TimeoutError:
        out["error"] = f"{name}: timed out after {timeout:.0f} s"
    except MeasurementError as error:
        out["error"] = str(error)
    except Exception as error:
        log(traceback.format_exc())
        out["error"] = f"{name}: {type(error).__name__}: {error}"
    return out


async def open_and_warm(
    swarm: Swarm, endpoints: list[Endpoint], plan: Plan, senders: int
) -> dict[str, object]:
    """Open every socket, let the joins settle, then send unmeasured traffic."""
    opened = await swarm.open(endpoints, in_flight=50, seconds=60)
    if opened["opened"] < len(endpoints):
        raise MeasurementError(f"only {opened['opened']} of {len(endpoints)} sockets opened")
    opened["settle_seconds"] = await swarm.quiet(0.5, 30)
    warm, _ = await run_load(
        swarm,
        swarm.senders(senders),
        rate=plan.warmup_rate,
        count=max(1, round(plan.warmup_rate * plan.warmup_seconds)),
        plan=plan,
    )
    opened["warmup"] = warm
    if not warm["deliveries"]:
        raise MeasurementError("the warm-up traffic reached no socket")
    await swarm.quiet(0.5, 25)
    return opened


async def room_rates(
    out: dict,
    endpoints: list[Endpoint],
    servers: list[Server],
    *,
    plan: Plan,
    senders: int,
    cap: float,
    budget: Budget,
    idle: bool,
    fixed: bool,
) -> None:
    """In one room: p50 idle, the max sustained rate, and latency at the fixed rate."""
    swarm = Swarm(servers)
    out |= {"sockets": len(endpoints), "senders": senders}
    try:
        out["open"] = await open_and_warm(swarm, endpoints, plan, senders)
        chosen = swarm.senders(senders)
        if idle:
            step, _ = await run_load(
                swarm,
                chosen[:1],
                rate=plan.idle_rate,
                count=plan.idle_messages,
                plan=plan,
            )
            out["idle"] = step
            log(f"    idle: p50 {step['p50_ms']} ms, p99 {step['p99_ms']} ms")
            await settle_after(swarm, True)
        out["search"] = await max_rate_search(swarm, chosen, plan=plan, cap=cap, budget=budget)
        if fixed:
            rate = plan.fixed_rate
            step, _ = await run_load(
                swarm,
                chosen,
                rate=rate,
                count=round(rate * plan.step_seconds),
                plan=plan,
            )
            out["fixed"] = step
            log(f"    {rate:g} msg/s fixed: p50 {step['p50_ms']} ms, p99 {step['p99_ms']} ms")
    finally:
        out["close_codes"] = dict(swarm.close_codes)
        swarm.close()


async def crowd(
    out: dict,
    endpoints: list[Endpoint],
    server: Server,
    *,
    plan: Plan,
    rss_limit_kb: int,
    budget: Budget,
) -> None:
    """Open many sockets in one room: the time, the server memory per idle socket, and the
    latency of single broadcasts to all of them. The server is killed if it grows too big."""
    swarm = Swarm([server])
    stop = asyncio.Event()
    peak = [0]

    async def watch_memory() -> None:
        while server.alive():
            rss = server.rss_kb() or 0
            peak[0] = max(peak[0], rss)
            if rss > rss_limit_kb:
                stop.set()
                server.process.kill()
                return
            await asyncio.sleep(0.1)

    watcher = asyncio.ensure_future(watch_memory())
    out["sockets"] = len(endpoints)
    broadcasts_need = 6.0 * plan.broadcasts  # each: up to 5 s to reach everyone, then a pause
    try:
        # One socket first, so that what the first connection loads is not counted per socket.
        first = await swarm.open(endpoints[:1], in_flight=1, seconds=10)
        if not first["opened"]:
            raise MeasurementError(f"the first socket did not open: {first}")
        await swarm.quiet(0.5, 5)
        before = server.rss_kb()
        opened = await swarm.open(
            endpoints[1:],
            in_flight=plan.crowd_in_flight,
            seconds=min(plan.crowd_open_seconds, budget.left() - 10),
            first_index=1,
            stop=stop,
        )
        out["open"] = opened
        log(f"    opened {opened['opened'] + 1} of {len(endpoints)} in {opened['elapsed']} s")
        if not stop.is_set():
            settle = min(plan.crowd_settle_seconds, budget.left() - broadcasts_need)
            out["settle_seconds"] = await swarm.quiet(1.0, max(1.0, settle))
        # What the joins cost the clients: a member list sent whole to everyone shows here.
        out["joins_received_mb"] = round(swarm.bytes / 2**20, 1)
        out["joins_received_frames"] = swarm.frames
        after = server.rss_kb()
        if stop.is_set() or not server.alive():
            if before and opened["opened"]:
                growth = peak[0] - before
                out["kb_per_socket_at_least"] = round(growth / opened["opened"], 1)
            raise MeasurementError(
                f"server killed by the bench at {rss_limit_kb // 1024} MB RSS "
                f"after {opened['opened'] + 1} sockets"
            )
        if before and after and opened["opened"]:
            out["rss_before_mb"] = round(before / 1024, 1)
            out["rss_after_mb"] = round(after / 1024, 1)
            out["kb_per_socket"] = round((after - before) / opened["opened"], 1)
        latencies: list[int] = []
        broadcasts = out["broadcasts"] = []
        sender = swarm.senders(1)
        for _ in range(plan.broadcasts):
            if budget.left() < 7:
                break
            step, collector = await run_load(swarm, sender, rate=1.0, count=1, plan=plan, drain=5.0)
            latencies += collector.latencies
            broadcasts.append(step)
            out["broadcast_p50_ms"] = ms(latencies, 50)
            out["broadcast_p99_ms"] = ms(latencies, 99)
            expected = sum(step["expected_deliveries"] for step in broadcasts)
            out["broadcast_delivered"] = f"{len(latencies)} of {expected}"
            await swarm.quiet(0.3, 3)
        log(
            f"    broadcast p99 {out.get('broadcast_p99_ms')} ms ({out.get('broadcast_delivered')})"
        )
    finally:
        out["rss_peak_mb"] = round(peak[0] / 1024, 1)
        watcher.cancel()
        swarm.close()


async def persona_streaming(
    out: dict,
    endpoints: list[Endpoint],
    trigger: Endpoint,
    server: Server,
    *,
    plan: Plan,
    rate: float,
    senders: int,
) -> None:
    """People's latency at a fixed rate in a quiet room, then while a persona streams replies
    (one extra socket summons it every second)."""
    swarm = Swarm([server])
    out["rate"] = rate
    try:
        out["open"] = await open_and_warm(swarm, endpoints, plan, senders)
        extra = await swarm.open(
            [trigger], in_flight=1, seconds=10, first_index=len(endpoints), watch=(b"draft",)
        )
        if not extra["opened"]:
            raise MeasurementError("the summoning socket did not open")
        await swarm.quiet(0.5, 10)
        chosen = swarm.senders(senders, exclude=frozenset({len(endpoints)}))
        summoner = swarm.listeners[len(endpoints)]
        count = round(rate * plan.persona_seconds)
        quiet, _ = await run_load(swarm, chosen, rate=rate, count=count, plan=plan)
        out["quiet"] = quiet
        await swarm.quiet(0.5, 25)

        async def summon() -> None:
            for n in range(int(plan.persona_seconds) + 10):
                swarm.send(summoner, f"@einstein tell me about light ({n})")
                await asyncio.sleep(1.0)

        summoning = asyncio.ensure_future(summon())
        try:
            await asyncio.sleep(1.5)  # the first reply is streaming by now
            drafts = swarm.watched[b"draft"]
            loaded, _ = await run_load(swarm, chosen, rate=rate, count=count, plan=plan)
            out["streaming"] = loaded
            out["draft_frames_during"] = swarm.watched[b"draft"] - drafts
        finally:
            summoning.cancel()
        if quiet["p99_ms"] and loaded["p99_ms"] is not None:
            out["p99_ratio"] = round(loaded["p99_ms"] / quiet["p99_ms"], 2)
        log(
            f"    quiet p99 {quiet['p99_ms']} ms, streaming p99 {loaded['p99_ms']} ms, "
            f"{out['draft_frames_during']} draft frames"
        )
    finally:
        swarm.close()


async def flood_beside(
    out: dict,
    endpoints: list[Endpoint],
    flooder: Endpoint,
    server: Server,
    *,
    plan: Plan,
    rate: float,
) -> None:
    """People's latency in a room whose everyone sends within the shipped message limit,
    quiet, then while one more socket sends FLOOD_FRAMES frames at once (issue 8: the server
    refuses it, then closes it with 4429; nobody else may notice)."""
    swarm = Swarm([server])
    out["rate"] = rate
    try:
        out["open"] = await open_and_warm(swarm, endpoints, plan, len(endpoints))
        # Everyone sends, each well within 1 message a second.
        chosen = swarm.senders(len(endpoints))
        count = round(rate * plan.persona_seconds)
        quiet, _ = await run_load(swarm, chosen, rate=rate, count=count, plan=plan)
        out["quiet"] = quiet
        await swarm.quiet(0.5, 25)
        # The flooder is a swarm of its own: its close must not count as a socket lost.
        flood = Swarm([server])
        opened = await flood.open([flooder], in_flight=1, seconds=10, first_index=0)
        if not opened["opened"]:
            raise MeasurementError("the flooding socket did not open")
        (listener,) = flood.listeners.values()

        async def blast() -> None:
            await asyncio.sleep(1.0)  # into the measured run
            started = time.monotonic()
            for n in range(plan.flood_frames):
                flood.send(listener, f"flood {n}")
            out["flood_send_seconds"] = round(time.monotonic() - started, 3)

        blasting = asyncio.ensure_future(blast())
        try:
            loaded, _ = await run_load(swarm, chosen, rate=rate, count=count, plan=plan)
        finally:
            await blasting
        await flood.quiet(0.5, 10)
        out["flooded"] = loaded
        out["flooder_close_codes"] = dict(flood.close_codes)
        out["flooder_frames_back"] = flood.frames
        flood.close()
        if quiet["p99_ms"] and loaded["p99_ms"] is not None:
            out["p99_ratio"] = round(loaded["p99_ms"] / quiet["p99_ms"], 2)
        log(
            f"    quiet p99 {quiet['p99_ms']} ms, with a flood p99 {loaded['p99_ms']} ms; "
            f"the flooder got {flood.frames} frames back and closes {dict(flood.close_codes)}"
        )
    finally:
        swarm.close()


def http_timings(port: int, cookie: str, paths: dict[str, str], requests: int) -> dict:
    """Median and p95 response time of each path (keep-alive, loopback, measured here)."""
    out = {}
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    headers = {"Cookie": f"sessionid={cookie}", "Host": f"127.0.0.1:{port}"}
    try:
        for name, path in paths.items():
            times, sizes = [], set()
            for n in range(requests + 2):  # the first two warm caches and are not counted
                started = time.perf_counter()
                conn.request("GET", path, headers=headers)
                response = conn.getresponse()
                body = response.read()
                elapsed = time.perf_counter() - started
                if response.status != 200:
                    raise MeasurementError(f"GET {path} answered {response.status}")
                if n >= 2:
                    times.append(elapsed * 1000)
                    sizes.add(len(body))
            out[name] = {
                "median_ms": round(percentile(times, 50), 2),
                "p95_ms": round(percentile(times, 95), 2),
                "bytes": max(sizes),
            }
    finally:
        conn.close()
    return out


# The run ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scenario:
    """One measurement on fresh servers: `need` is the least time worth starting it with,
    `cap` the most it may take; `body` gets its own time budget."""

    side: str
    key: str
    need: float
    cap: float
    body: Callable[[Budget], dict]


def run_scenarios(
    world: World, plan: Plan, only: set[str], reference: bool, results: dict[str, dict]
) -> None:
    """Every measurement, reference and Salon side by side, into `results` as each ends;
    failures are recorded, not raised."""

    started: list[Server] = []

    def with_server(
        name: str, *, salon: bool, cpus: str | None = None, count: int = 1, limited: bool = False
    ):
        servers = [
            world.server(f"{name}-{i}", salon=salon, cpus=cpus, limited=limited)
            for i in range(count)
        ]
        started.extend(servers)
        for server in servers:
            server.start()
        return servers

    def rates(side: str, size: int, senders: int, cap: float, detail: bool) -> Callable:
        def body(budget: Budget) -> dict:
            salon = side == "salon"
            servers = with_server(f"{side}-{size}", salon=salon)
            endpoints = (
                world.salon_endpoints(servers, "small" if detail else "large", range(size))
                if salon
                else World.reference_endpoints(servers[0], f"r{size}", size)
            )
            measure = partial(
                room_rates,
                endpoints=endpoints,
                servers=servers,
                plan=plan,
                senders=senders,
                cap=cap,
                budget=budget,
                idle=detail,
                fixed=detail,
            )
            return uvloop.run(guarded(f"{side} {size} sockets", measure, budget.left() + 30))

        return body

    def crowd_body(side: str) -> Callable:
        rss_limit = int(min(6 * 1024 * 1024, 0.35 * _mem_available_kb()))

        def body(budget: Budget) -> dict:
            salon = side == "salon"
            (server,) = with_server(f"{side}-crowd", salon=salon)
            endpoints = (
                world.salon_endpoints([server], "crowd", range(plan.crowd))
                if salon
                else World.reference_endpoints(server, "crowd", plan.crowd)
            )
            measure = partial(
                crowd,
                endpoints=endpoints,
                server=server,
                plan=plan,
                rss_limit_kb=rss_limit,
                budget=budget,
            )
            return uvloop.run(guarded(f"{side} crowd", measure, budget.left() + 10))

        return body

    def persona_body(budget: Budget) -> dict:
        # Half the rate Salon sustained in the same room size, so that the quiet room is
        # comfortably within p99 100 ms and the difference is the persona's.
        found = _get(results, "salon", "small", "search", "max_rate")
        rate = min(plan.persona_rate_cap, max(1.0, (found or 4.0) / 2))
        (server,) = with_server("salon-persona", salon=True)
        endpoints = world.salon_endpoints([server], "persona", range(plan.small_room))
        trigger = world.salon_endpoints([server], "persona", [plan.small_room])[0]
        measure = partial(
            persona_streaming,
            endpoints=endpoints,
            trigger=trigger,
            server=server,
            plan=plan,
            rate=rate,
            senders=plan.small_senders,
        )
        return uvloop.run(guarded("persona", measure, budget.left()))

    def flood_body(budget: Budget) -> dict:
        # Everyone in a 50-socket room sends half a message a second (within the limit).
        rate = plan.small_room / 2
        (server,) = with_server("salon-flood", salon=True, limited=True)
        endpoints = world.salon_endpoints([server], "flood", range(plan.small_room))
        flooder = world.salon_endpoints([server], "flood", [plan.small_room])[0]
        measure = partial(
            flood_beside,
            endpoints=endpoints,
            flooder=flooder,
            server=server,
            plan=plan,
            rate=rate,
        )
        return uvloop.run(guarded("flood", measure, budget.left()))

    def processes_body(count: int) -> Callable:
        # Two cores cannot host two pinned servers and a pinned generator: both sides of this
        # ratio run unpinned (servers, generator, PostgreSQL and Redis share both cores).
        def body(budget: Budget) -> dict:
            servers = with_server(f"salon-x{count}", salon=True, cpus="0-1", count=count)
            endpoints = world.salon_endpoints(servers, f"processes{count}", range(plan.small_room))
            os.sched_setaffinity(0, set(range(os.cpu_count() or 1)))
            try:
                measure = partial(
                    room_rates,
                    endpoints=endpoints,
                    servers=servers,
                    plan=plan,
                    senders=plan.small_senders,
                    cap=plan.search_cap_small,
                    budget=budget,
                    idle=False,
                    fixed=False,
                )
                return uvloop.run(guarded(f"{count} processes", measure, budget.left() + 30))
            finally:
                pin_generator(world.pinned)

        return body

    def history_body(budget: Budget) -> dict:
        from django.db import connections

        slug = world.rooms["history"]
        out = history_fill(slug, plan.history_messages)
        log(f"    {out['messages']} messages inserted in {out['insert_seconds']} s")
        out["queries"] = query_counts(slug, world.cookies[0], out["middle_id"])
        connections.close_all()
        (server,) = with_server("salon-history", salon=True)
        paths = {
            "room_page": f"/rooms/{slug}/",
            "load_older": f"/rooms/{slug}/messages/?before={out['middle_id']}",
        }
        out |= http_timings(server.port, world.cookies[0], paths, plan.http_requests)
        log(f"    room page {out['room_page']}, load older {out['load_older']}")
        return out

    sides = ("reference", "salon") if reference else ("salon",)
    small = (plan.small_room, plan.small_senders, plan.search_cap_small, True)
    large = (plan.large_room, plan.large_senders, plan.search_cap_large, False)
    scenarios = []
    if "small" in only:
        scenarios += [Scenario(side, "small", 40, 110, rates(side, *small)) for side in sides]
    if "large" in only:
        scenarios += [Scenario(side, "large", 30, 70, rates(side, *large)) for side in sides]
    if "crowd" in only:
        scenarios += [
            Scenario(side, "crowd", 20 if side == "reference" else 40, 90, crowd_body(side))
            for side in sides
        ]
    if "persona" in only:
        scenarios.append(Scenario("salon", "persona", 35, 60, persona_body))
    if "flood" in only:
        scenarios.append(Scenario("salon", "flood", 35, 60, flood_body))
    if "processes" in only and world.stack == "postgres":
        scenarios += [
            Scenario("salon", f"processes_{n}", 30, 80, processes_body(n)) for n in (1, 2)
        ]
    if "history" in only:
        scenarios.append(Scenario("salon", "history", 30, 90, history_body))

    budget = Budget(plan.budget_seconds)
    for n, scenario in enumerate(scenarios):
        scale = plan.scenario_time_scale
        reserve = scale * sum(later.need for later in scenarios[n + 1 :])
        allowed = min(scale * scenario.cap, budget.left() - reserve)
        if allowed < scale * scenario.need:
            results[scenario.side][scenario.key] = {
                "error": f"skipped: {budget.left():.0f} s of the time budget left"
            }
            log(f"== {scenario.side} {scenario.key}: skipped (time budget)")
            continue
        log(f"== {scenario.side} {scenario.key} (up to {allowed:.0f} s)")
        began = time.monotonic()
        waited = uvloop.run(
            machine_quiet(min(plan.quiet_wait_seconds, allowed - scale * scenario.need))
        )
        try:
            result = scenario.body(Budget(allowed - waited))
        except Exception as error:
            log(traceback.format_exc())
            result = {"error": f"{type(error).__name__}: {error}"}
        finally:
            for server in list(Server.running):
                server.stop()
            presence_reset()
        result["seconds"] = round(time.monotonic() - began, 1)
        result["waited_for_quiet_machine"] = waited
        if errors := [e for server in started for e in server.log_errors()]:
            result["server_errors"] = errors[:5]
            log(f"    server errors: {errors[:2]}")
        started.clear()
        results[scenario.side][scenario.key] = result


def _mem_available_kb() -> int:
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemAvailable:"):
            return int(line.split()[1])
    return 8 * 1024 * 1024


def pin_generator(pinned: bool) -> None:
    os.sched_setaffinity(0, {1} if pinned else set(range(os.cpu_count() or 1)))


# The report ---------------------------------------------------------------------------------


def _get(results: dict, *keys: str):
    value = results
    for key in keys:
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value


def _error(results: dict, side: str, scenario: str) -> str | None:
    return _get(results, side, scenario, "error")


def _fmt(value, unit: str = "") -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        value = f"{value:.1f}" if value >= 10 else f"{value:.2f}".rstrip("0").rstrip(".")
    return f"{value}{unit}"


def _ratio(salon, reference) -> str:
    if not isinstance(salon, int | float) or not isinstance(reference, int | float):
        return "—"
    if not reference:
        return "—"
    return f"{salon / reference:.2f}x"


def table(results: dict, plan: Plan, meta: dict) -> str:
    """The markdown table: Salon ÷ reference first, then Salon, the reference, the target."""
    rows: list[tuple[str, str, str, str, str]] = []

    def cell(side: str, scenario: str, *keys: str, unit: str = "") -> tuple[object, str]:
        error = _error(results, side, scenario)
        value = _get(results, side, scenario, *keys)
        if value is None and error:
            return None, f"failed: {error}"
        return value, _fmt(value, unit)

    def rate_row(label: str, scenario: str, target: str) -> None:
        salon, salon_text = cell("salon", scenario, "search", "max_rate")
        reference, reference_text = cell("reference", scenario, "search", "max_rate")
        texts = [salon_text, reference_text]
        for n, side in enumerate(("salon", "reference")):
            search = _get(results, side, scenario, "search") or {}
            if search.get("capped"):
                texts[n] = f"≥ {texts[n]} (the cap)"
            elif search.get("out_of_time"):
                texts[n] = f"≥ {texts[n]} (out of time)"
            elif (search.get("single_pass_max_rate") or 0) > (search.get("max_rate") or 0) > 0:
                texts[n] += f" (once: {_fmt(search['single_pass_max_rate'])})"
            elif search.get("single_pass_max_rate") and search.get("max_rate") is None:
                once = _fmt(search["single_pass_max_rate"])
                texts[n] = f"none passed twice (once: {once})"
            elif search.get("steps") and search.get("max_rate") is None:
                lowest = min(step["rate"] for step in search["steps"])
                texts[n] = f"< {_fmt(lowest)} (no rate passed)"
            if (search.get("generator_cpu_at_failure") or 0) >= GENERATOR_BOUND:
                texts[n] += " (the generator was near a full core: client-bound?)"
        salon_text, reference_text = texts
        rows.append((_ratio(salon, reference), label, salon_text, reference_text, target))

    def latency_row(label: str, scenario: str, key: str, target: str, ratio_of: str) -> None:
        texts, values = [], []
        for side in ("salon", "reference"):
            step = _get(results, side, scenario, key) or {}
            error = _error(results, side, scenario)
            if not step:
                texts.append(f"failed: {error}" if error else "—")
                values.append(None)
                continue
            text = f"{_fmt(step.get('p50_ms'))} / {_fmt(step.get('p99_ms'))} ms"
            if step.get("aborted"):
                text += f" ({step['aborted']}; {step['lost']} of "
                text += f"{step['expected_deliveries']} deliveries lost)"
            elif step.get("lost"):
                text += f" (lost {step['lost']} of {step['expected_deliveries']} deliveries)"
            texts.append(text)
            values.append(step.get(ratio_of))
        rows.append((_ratio(values[0], values[1]), label, texts[0], texts[1], target))

    small, large = plan.small_room, plan.large_room
    rate_row(
        f"max msg/s, {small} sockets, {plan.small_senders} senders (p99 ≤ 100 ms, none lost)",
        "small",
        "≥ 650 (≥ 4x)",
    )
    rate_row(f"max msg/s, {large} sockets, {plan.large_senders} senders", "large", "≥ 250")
    for size, scenario in ((small, "small"), (large, "large")):
        values = [
            _get(results, side, scenario, "search", "server_cpu_ms_per_message")
            for side in ("salon", "reference")
        ]
        rows.append(
            (
                _ratio(*values),
                f"server CPU ms per message, {size} sockets (median of the search's steps)",
                _fmt(values[0]),
                _fmt(values[1]),
                "—",
            )
        )
    latency_row(
        f"p50 / p99 at {plan.fixed_rate:g} msg/s, {small} sockets (ratio of p99)",
        "small",
        "fixed",
        "p99 ≤ 20 ms",
        "p99_ms",
    )
    latency_row(
        f"p50 / p99 idle ({plan.idle_rate:g} msg/s, {plan.idle_messages} messages; ratio of p50)",
        "small",
        "idle",
        "p50 ≤ 5 ms",
        "p50_ms",
    )

    def crowd_cell(side: str, key: str, unit: str) -> tuple[object, str]:
        value, text = cell(side, "crowd", key, unit=unit)
        at_least = _get(results, side, "crowd", "kb_per_socket_at_least")
        if key == "kb_per_socket" and value is None and at_least is not None:
            text = f"≥ {_fmt(at_least)} KB ({_get(results, side, 'crowd', 'error')})"
        elif key == "broadcast_p99_ms" and value is None and at_least is not None:
            text = "not measured: the server was killed"
        opened = _get(results, side, "crowd", "open")
        if key == "open" and opened:
            value = opened.get("seconds")
            text = (
                f"{value} s"
                if value is not None
                else f"{opened['opened'] + 1} of {plan.crowd} in {opened['elapsed']} s"
            )
        return value, text

    for label, key, unit, target in (
        (f"open {plan.crowd:,} sockets of {plan.crowd:,} users", "open", "", "≤ 10 s"),
        ("server memory per idle socket", "kb_per_socket", " KB", "≤ 30 KB"),
        (f"p99 of one message to all {plan.crowd:,}", "broadcast_p99_ms", " ms", "≤ 60 ms"),
    ):
        salon, salon_text = crowd_cell("salon", key, unit)
        reference, reference_text = crowd_cell("reference", key, unit)
        if key == "broadcast_p99_ms":
            for side in ("salon", "reference"):
                delivered = _get(results, side, "crowd", "broadcast_delivered")
                if delivered:
                    if side == "salon":
                        salon_text += f" ({delivered} delivered)"
                    else:
                        reference_text += f" ({delivered} delivered)"
        rows.append((_ratio(salon, reference), label, salon_text, reference_text, target))

    persona = results["salon"].get("persona", {})
    if persona.get("error") and "quiet" not in persona:
        persona_text = f"failed: {persona['error']}"
    else:
        quiet = _get(persona, "quiet", "p99_ms")
        loaded = _get(persona, "streaming", "p99_ms")
        persona_text = (
            f"{_fmt(loaded)} / {_fmt(quiet)} ms = {_fmt(persona.get('p99_ratio'))}x"
            f" ({persona.get('draft_frames_during', 0)} draft frames)"
        )
    rows.append(
        (
            "—",
            f"p99 with a persona streaming / quiet, {_fmt(persona.get('rate'))} msg/s",
            persona_text,
            "—",
            "≤ 1.10x",
        )
    )
    flood = results["salon"].get("flood", {})
    if flood.get("error") and "quiet" not in flood:
        flood_text = f"failed: {flood['error']}"
    else:
        flood_text = (
            f"{_fmt(_get(flood, 'flooded', 'p99_ms'))} / {_fmt(_get(flood, 'quiet', 'p99_ms'))}"
            f" ms = {_fmt(flood.get('p99_ratio'))}x (flooder closed "
            f"{','.join(flood.get('flooder_close_codes', {})) or 'never'})"
        )
    rows.append(
        (
            "—",
            f"p99 beside {plan.flood_frames:,} frames from one socket / quiet, "
            f"{_fmt(flood.get('rate'))} msg/s within the limit",
            flood_text,
            "—",
            "≤ 2x",
        )
    )
    history = results["salon"].get("history", {})
    for key, label in (("room_page", "room page"), ("load_older", '"load older"')):
        if history.get("error") and key not in history:
            text = f"failed: {history['error']}"
        else:
            timing = history.get(key, {})
            queries = _get(history, "queries", key)
            text = f"{_fmt(timing.get('median_ms'))} / {_fmt(timing.get('p95_ms'))} ms"
            text += f", {queries} queries" if queries is not None else ""
        rows.append(
            (
                "—",
                f"{label}, {plan.history_messages:,} messages: median / p95",
                text,
                "—",
                "< 20 ms, constant queries",
            )
        )
    one = _get(results, "salon", "processes_1", "search", "max_rate")
    two = _get(results, "salon", "processes_2", "search", "max_rate")
    if one is not None or two is not None or "processes_1" in results["salon"]:
        rows.append(
            (
                "—",
                f"2 processes / 1 process: max msg/s, {small} sockets, all unpinned",
                f"{_fmt(two)} / {_fmt(one)} = {_ratio(two, one)}",
                "—",
                "> 1x",
            )
        )
    smoke = " (smoke)" if meta["smoke"] else ""
    smoke += " (interrupted)" if meta.get("interrupted") else ""
    header = (
        f"Salon bench{smoke}: {meta['stack_label']}, {meta['server']}, {meta['commit']} "
        f"({meta['repo']}), {meta['date']}, {meta['seconds']:.0f} s\n{meta['pinning']}\n"
        f"{meta['load']}\n\n"
        "| Salon / reference | measurement | Salon | reference (Channels tutorial) "
        "| issue 7 target |\n|---|---|---|---|---|\n"
    )
    errors = [
        f"{side} {scenario}: {'; '.join(result['server_errors'][:2])}"
        for side, scenarios in results.items()
        for scenario, result in scenarios.items()
        if result.get("server_errors")
    ]
    footer = "\nServer exceptions: " + " | ".join(errors) + "\n" if errors else ""
    return header + "\n".join(f"| {' | '.join(row)} |" for row in rows) + "\n" + footer


def step_values(results: object, key: str) -> list[float]:
    """Every step's `key` (e.g. other processes' CPU, in cores) anywhere in the results."""
    if isinstance(results, dict):
        own = [results[key]] if key in results else []
        return own + [x for value in results.values() for x in step_values(value, key)]
    if isinstance(results, list):
        return [x for value in results for x in step_values(value, key)]
    return []


def load_note(results: dict) -> str:
    """How busy the rest of the machine was while we measured: the run's noise."""
    others, iowait = step_values(results, "other_cpu"), step_values(results, "iowait")
    if not others:
        return ""
    note = (
        f"Other processes used {sum(others) / len(others):.2f} cores on average during the "
        f"measured steps (at most {max(others):.2f}); cores waited for the disk "
        f"{sum(iowait) / len(iowait):.2f} on average (at most {max(iowait):.2f})."
    )
    if max(others) > NOISY_CPU:
        note += f" Above {NOISY_CPU} the numbers are disturbed: compare runs on a quiet machine."
    return note


def smoke_problems(results: dict) -> list[str]:
    """What a smoke run must not see: a measurement that failed or delivered nothing."""
    problems = []
    for side, scenarios in results.items():
        for name, result in scenarios.items():
            if result.get("error"):
                problems.append(f"{side} {name}: {result['error']}")
    must_be_positive = {
        "small": (("idle", "deliveries"), ("fixed", "deliveries")),
        "crowd": (("broadcast_p99_ms",),),
        "persona": (("quiet", "deliveries"), ("streaming", "deliveries"), ("draft_frames_during",)),
        "flood": (("quiet", "deliveries"), ("flooded", "deliveries")),
        "history": (("room_page", "median_ms"), ("load_older", "median_ms")),
    }
    for side, scenarios in results.items():
        for name, result in scenarios.items():
            for keys in must_be_positive.get(name, ()) if side == "salon" else ():
                if not _get(result, *keys):
                    problems.append(f"{side} {name}: {'.'.join(keys)} is {_get(result, *keys)}")
            steps = _get(result, "search", "steps")
            if steps is not None and not any(step["deliveries"] for step in steps):
                problems.append(f"{side} {name}: no step delivered anything")
    return problems


# Main ---------------------------------------------------------------------------------------


def git_commit(repo: Path) -> str:
    done = subprocess.run(
        ["git", "-C", str(repo), "rev-parse", "--short", "HEAD"], capture_output=True, text=True
    )
    commit = done.stdout.strip() or "unknown"
    dirty = subprocess.run(
        ["git", "-C", str(repo), "status", "--porcelain", "--untracked-files=no"],
        capture_output=True,
        text=True,
    ).stdout.strip()
    return f"{commit}{'+changes' if dirty else ''}"


def services_start(work: Path) -> tuple[str, str, Callable[[], None]]:
    """Throwaway PostgreSQL and Redis (scripts/services.sh); their URLs and how to stop them."""
    script = SCRIPTS / "services.sh"
    subprocess.run(["bash", str(script), "install"], check=True)
    folder = work / "services"
    done = subprocess.run(
        ["bash", str(script), "start", str(folder)], capture_output=True, text=True, check=True
    )
    ports = dict(line.split("=", 1) for line in done.stdout.split())
    return (
        f"postgres://postgres@127.0.0.1:{ports['PG_PORT']}",
        f"redis://127.0.0.1:{ports['REDIS_PORT']}/3",
        lambda: subprocess.run(["bash", str(script), "stop", str(folder)], check=False),
    )


def postgres_database(server_url: str) -> str:
    """A fresh database for this run on the PostgreSQL server at `server_url`."""
    import psycopg

    name = "salon_bench"
    with psycopg.connect(f"{server_url}/postgres", autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {name}")
    return f"{server_url}/{name}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stack", choices=("sqlite", "postgres"), default="sqlite")
    parser.add_argument("--server", choices=("daphne", "uvicorn"), default="uvicorn")
    parser.add_argument("--repo", type=Path, default=SCRIPTS.parent, help="the checkout to serve")
    parser.add_argument("--smoke", action="store_true", help="seconds-long, tiny numbers")
    parser.add_argument("--only", default=",".join(SCENARIOS), help="comma-separated scenarios")
    parser.add_argument("--no-reference", action="store_true", help="skip the reference")
    parser.add_argument("--pg-url", help="a running PostgreSQL server (postgres://user@host:port)")
    parser.add_argument("--redis-url", help="a running Redis database (redis://host:port/db)")
    parser.add_argument("--json", type=Path, help="where to write the JSON document")
    args = parser.parse_args()
    plan = SMOKE if args.smoke else Plan()
    only = set(args.only.split(","))
    if unknown := only - set(SCENARIOS):
        parser.error(f"unknown scenarios: {', '.join(sorted(unknown))}")
    repo = args.repo.resolve()
    json_path = args.json or SCRIPTS.parent / "test-artifacts" / (
        "bench-smoke.json" if args.smoke else "bench.json"
    )
    started = time.monotonic()
    signal.signal(signal.SIGTERM, _interrupt)
    results: dict[str, dict] = {"salon": {}, "reference": {}}
    commands: dict[str, str] = {}
    interrupted = False
    work = Path(tempfile.mkdtemp(prefix="salon-bench-"))
    work.chmod(0o755)  # the postgres user enters it
    stop_services: Callable[[], None] | None = None
    try:
        resource_raise_open_files()
        redis_url = ""
        if args.stack == "postgres":
            if args.pg_url and args.redis_url:
                pg_url, redis_url = args.pg_url, args.redis_url
            else:
                pg_url, redis_url, stop_services = services_start(work)
            database_url = postgres_database(pg_url)
            Cpu.services = Services(urlsplit(pg_url).port, urlsplit(redis_url).port)
        else:
            database_url = f"sqlite:///{work / 'bench.sqlite3'}"
        pinned = len(os.sched_getaffinity(0)) >= 2 and (os.cpu_count() or 1) >= 2
        world = world_prepare(
            repo=repo,
            work=work,
            kind=args.server,
            stack=args.stack,
            database_url=database_url,
            redis_url=redis_url,
            pinned=pinned,
        )
        rooms = {
            "small": plan.small_room,
            "large": plan.large_room,
            "crowd": plan.crowd,
            "persona": plan.small_room + 1,
            "flood": plan.small_room + 1,
            "processes1": plan.small_room,
            "processes2": plan.small_room,
            "history": 1,
        }
        users = max(rooms.values())
        world.cookies, world.rooms = fixtures_create(
            users=users, rooms=rooms, persona_room="persona"
        )
        from django.db import connections

        connections.close_all()
        log(f"   {users} users, {len(rooms)} rooms ({time.monotonic() - started:.0f} s)")
        pin_generator(pinned)
        commands = {
            side: " ".join(world.server(side, salon=side == "salon").command()[3:])
            for side in ("salon", "reference")
        }
        run_scenarios(world, plan, only, not args.no_reference, results)
    except (Interrupted, KeyboardInterrupt):
        interrupted = True
        log("Interrupted: reporting what was measured.")
    finally:
        teardown(work, stop_services)
    seconds = time.monotonic() - started
    layer = "Redis" if args.stack == "postgres" else "in-memory"
    meta = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "repo": str(repo),
        "commit": git_commit(repo),
        "stack": args.stack,
        "stack_label": f"{'PostgreSQL' if args.stack == 'postgres' else 'SQLite'} + {layer} layer",
        "server": args.server,
        "commands": commands,
        "smoke": args.smoke,
        "interrupted": interrupted,
        "seconds": seconds,
        "cpus": os.cpu_count(),
        "pinning": (
            "Each server pinned to CPU 0 (taskset), the load generator (uvloop + picows, this "
            "process) to CPU 1"
            + (", PostgreSQL and Redis unpinned" if args.stack == "postgres" else "")
            + ". Latency = receipt at each socket − scheduled send (open loop); "
            "a rate passes with p99 ≤ 100 ms and every socket getting every message."
            if pinned
            else "Fewer than 2 CPUs: nothing pinned."
        ),
        "load": load_note(results),
        "plan": asdict(plan),
    }
    document = {"meta": meta, "results": results}
    text = table(results, plan, meta)
    print(text)
    print(json.dumps(document, indent=1))
    json_path.parent.mkdir(parents=True, exist_ok=True)
    json_path.write_text(json.dumps(document, indent=1) + "\n")
    if interrupted:
        return 143
    if args.smoke and (problems := smoke_problems(results)):
        log("Smoke run failed:\n  " + "\n  ".join(problems))
        return 1
    return 0


def resource_raise_open_files() -> None:
    """Thousands of sockets on each side: lift the soft limit (the servers inherit it)."""
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    want = hard if hard != resource.RLIM_INFINITY else 65536
    if soft < want:
        resource.setrlimit(resource.RLIMIT_NOFILE, (want, hard))


if __name__ == "__main__":
    sys.exit(main())
