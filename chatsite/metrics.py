"""Prometheus metrics of this process, served as text at `GET /metrics`.

One registry per process (prometheus-client's default), not its multiprocess mode: every
server process is its own scrape target on its own port (Prometheus tells them apart by the
`instance` label and sums them itself), so nothing is shared between processes, an increment
is an addition in memory, and each process also reports its own memory and CPU (`process_*`).
Through a proxy that balances between processes, a scrape would reach any one of them: scrape
each process's port.

Counts are taken once per message batch or per event, never per recipient socket, and no
label names a room or a person: a fan-out to 2,000 sockets adds 2,000 once.

Who may read it: any client on loopback; anyone else only with `Authorization: Bearer
<METRICS_TOKEN>` (401 without it, 403 with a wrong one or when no token is set). Behind a
proxy, the address is the one uvicorn takes from the proxy's X-Forwarded-For, only as good as
the proxy's headers: in production set METRICS_TOKEN and send it.
"""

from __future__ import annotations

import hmac
import ipaddress
import time

from django.conf import settings
from django.contrib.auth.decorators import login_not_required
from django.http import HttpRequest, HttpResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET
from prometheus_client import REGISTRY, Counter, Gauge, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_PLAIN_0_0_4

LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)

sockets_open = Gauge("salon_sockets_open", "Room sockets open in this process.")
messages_saved = Counter(
    "salon_messages_saved", "Messages people sent that were saved (retries of a saved send not)."
)
frames_fanned_out = Counter(
    "salon_frames_fanned_out",
    "Frames of room events handed to this process's sockets (the sockets in the room when "
    "the event arrived), by event type.",
    ["event"],
)
save_to_send_seconds = Histogram(
    "salon_save_to_send_seconds",
    "From a message's commit to its frame handed to the last socket of the room here.",
    buckets=LATENCY_BUCKETS,
)
catch_up_messages = Histogram(
    "salon_catch_up_messages",
    "Catch-ups of a page (its _count) and how many messages each sent.",
    buckets=(0, 1, 5, 10, 25, 50, 100),
)
catch_up_reloads = Counter(
    "salon_catch_up_reloads", "Catch-ups that had missed too much and told the page to reload."
)
rate_limit_refusals = Counter(
    "salon_rate_limit_refusals", "Actions refused by a rate limit, by limit.", ["limit"]
)
layer_errors = Counter(
    "salon_layer_errors", "Channel layer calls that failed, by operation.", ["operation"]
)
persona_turns = Counter(
    "salon_persona_turns",
    "Persona turns that ended, by outcome: offline (the offline engine answered), model (the "
    "model answered), fallback (the model failed, the offline engine answered), stopped, failed.",
    ["outcome"],
)
persona_reply_seconds = Histogram(
    "salon_persona_reply_seconds",
    "From a persona turn's start to its reply saved, by outcome (offline, model, fallback).",
    ["outcome"],
    buckets=(0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30, 60),
)

_PROVIDER_OUTCOMES = {"offline": "offline", "offline-fallback": "fallback"}


def messages_posted(results: list) -> None:
    """A batch of sends was written (`rooms.writer`): count those that made a new message."""
    messages_saved.inc(sum(1 for result in results if getattr(result, "created", False)))


_frames_by_event: dict[str, Counter] = {}  # labels() takes a lock and builds a key each time


def fanned_out(event: dict, sockets: int) -> None:
    """A room event was handed to `sockets` sockets (`rooms.hub`); a message's also says how
    long after its commit."""
    kind = event["type"]
    counter = _frames_by_event.get(kind)
    if counter is None:
        counter = _frames_by_event[kind] = frames_fanned_out.labels(kind)
    counter.inc(sockets)
    saved_at = event.get("saved_at")
    if saved_at is not None:
        save_to_send_seconds.observe(time.time() - saved_at)


def caught_up(missed: list | None) -> None:
    """A page caught up with `missed` (None: it missed too much and reloads)."""
    if missed is None:
        catch_up_reloads.inc()
    else:
        catch_up_messages.observe(len(missed))


def persona_replied(provider: str, started: float) -> None:
    """A persona's reply was saved; `started` is the turn's start (time.monotonic())."""
    outcome = _PROVIDER_OUTCOMES.get(provider, "model")
    persona_turns.labels(outcome).inc()
    persona_reply_seconds.labels(outcome).observe(time.monotonic() - started)


def _loopback(address: str | None) -> bool:
    try:
        return ipaddress.ip_address(address or "").is_loopback
    except ValueError:
        return False


@login_not_required
@never_cache
@require_GET
async def metrics_view(request: HttpRequest) -> HttpResponse:
    header = request.headers.get("Authorization", "")
    token = settings.SALON_METRICS_TOKEN
    if header or not _loopback(request.META.get("REMOTE_ADDR")):
        scheme, _, given = header.partition(" ")
        if scheme.lower() != "bearer" or not given:
            response = HttpResponse("A bearer token is needed.\n", status=401)
            response["WWW-Authenticate"] = 'Bearer realm="metrics"'
            return response
        if not token or not hmac.compare_digest(given.encode(), token.encode()):
            return HttpResponse("Forbidden.\n", status=403)
    return HttpResponse(generate_latest(REGISTRY), content_type=CONTENT_TYPE_PLAIN_0_0_4)
