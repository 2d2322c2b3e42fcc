"""How long a page of history takes to render: plain messages against worst-case ones.

    .venv/bin/python scripts/bench_render.py [--repeat 5] [--messages 50]

A message can be written to cost the server as much as possible: thousands of @mentions,
hundreds of links, characters that escaping multiplies. This script saves one room of each
kind (50 messages of 4,000 characters) in a throwaway SQLite database and times
`GET /rooms/<slug>/messages/?before=...` through Django's test client, as a member would
load older messages: cold (each process renders a message once, then serves it from the
"fragments" cache) and warm. It prints a table of the median times and the page sizes, and
each worst case's ratio to the plain page. One process, one core, a few seconds.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BODY_CHARS = 4000


def prose(chars: int) -> str:
    """Sentences of common words, the same every run: what people mostly write."""
    vocabulary = (
        "the a of to and in that it is was for on are with as they be at one have this from "
        "by hot word but what some we can out other were all there when up use your how said "
        "an each she which do their time if will way about many then them write would like "
        "so these her long make thing see him two has look more day could go come did number "
        "sound no most people my over know water than call first who may down side been now"
    )
    words = vocabulary.split()
    generator = random.Random(15)
    text, sentence = [], []
    while sum(map(len, text)) + len(text) < chars:
        sentence.append(generator.choice(words))
        if len(sentence) > 12 and generator.random() < 0.2:
            text.append(" ".join(sentence).capitalize() + ".")
            sentence = []
    return " ".join(text)[:chars].strip()


# Each body is MESSAGE_MAX_LENGTH characters long.
BODIES = {
    "plain": prose(BODY_CHARS),
    "mentions": ("@a " * 1334)[:BODY_CHARS].strip(),
    "links": ("ab.org " * 700)[:BODY_CHARS].strip(),
    "addresses": " ".join(f"a{i}@b.org" for i in range(500))[:BODY_CHARS],
    "escapes": ('<">&' * 1000)[:BODY_CHARS],
    "lines": ("x\n" * 2000)[:BODY_CHARS].strip(),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="timed requests per page")
    parser.add_argument("--messages", type=int, default=50, help="messages per room")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="salon-render-"))
    os.environ.update(
        DJANGO_SETTINGS_MODULE="chatsite.settings",
        DEBUG="true",
        DATABASE_URL=f"sqlite:///{work / 'render.sqlite3'}",
    )
    os.environ.pop("REDIS_URL", None)
    sys.path.insert(0, str(REPO))
    import django

    django.setup()
    from django.core.cache import caches
    from django.core.management import call_command
    from django.test import Client
    from django.test.utils import setup_test_environment

    from accounts.models import User
    from rooms import services
    from rooms.fragments import CACHE

    setup_test_environment()  # the test client's "testserver" host is allowed
    call_command("migrate", verbosity=0)
    reader = User.objects.create_user(username="reader", password=str(uuid.uuid4()))
    # The users the mentions name are members, as in the attack: every mention is real.
    mentioned = User.objects.create_user(username="a", password=str(uuid.uuid4()))
    client = Client()
    client.force_login(reader)

    urls = {}
    for kind, body in BODIES.items():
        room = services.room_create(creator=reader, name=f"Render {kind}")
        services.membership_join(room=room, user=mentioned)
        for _ in range(args.messages):
            services.message_post(room=room, author=reader, body=body, client_id=uuid.uuid4())
        newest = room.messages.order_by("-id").values_list("pk", flat=True).first()
        urls[kind] = f"/rooms/{room.slug}/messages/?before={newest + 1}"

    def timed(url: str, *, cold: bool) -> tuple[float, int, int]:
        if cold:
            caches[CACHE].clear()
        started = time.perf_counter()
        response = client.get(url)
        elapsed = time.perf_counter() - started
        assert response.status_code == 200, response.status_code
        shown = response.content.count(b'<article id="message-')
        return elapsed, len(response.content), shown

    rows = []
    for kind, url in urls.items():
        timed(url, cold=True)  # the first request pays for imports and template loading
        cold = [timed(url, cold=True) for _ in range(args.repeat)]
        warm = [timed(url, cold=False) for _ in range(args.repeat)]
        rows.append(
            (
                kind,
                statistics.median(t for t, _, _ in cold) * 1000,
                statistics.median(t for t, _, _ in warm) * 1000,
                cold[0][1],
                cold[0][2],
            )
        )

    plain_cold = rows[0][1]
    print(f"History page of {args.messages} messages of {BODY_CHARS:,} characters each")
    print(f"(median of {args.repeat} requests; cold = rendered afresh, warm = from the cache)\n")
    print("| messages | cold ms | warm ms | page KB | shown | cold vs plain |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for kind, cold_ms, warm_ms, size, shown in rows:
        print(
            f"| {kind} | {cold_ms:.1f} | {warm_ms:.1f} | {size / 1024:.0f} | {shown} "
            f"| {cold_ms / plain_cold:.2f}x |"
        )


if __name__ == "__main__":
    main()
