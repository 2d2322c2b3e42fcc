"""Message search on 100,000 messages (issue 11, part 4): median milliseconds of a few
searches, the queries each takes, and what the search index costs a message's save.
Not a timed test: it prints figures to read side by side.

    .venv/bin/python scripts/bench_search.py [--database-url postgres://...] [--messages N]

Runs on SQLite (a throwaway file), then on PostgreSQL too when given a DATABASE_URL (or the
environment's): a throwaway test database is made there and dropped afterwards. Messages are
filled in one SQL statement per room, as scripts/bench.py's history_fill does.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# What each search looks for: every message has "history" and "tea"; one in a hundred
# "kettle"; one in the room "needle"; none "marmalade".
SEARCHES = {
    "common word (every message)": "history",
    "two common words": "tea history",
    "1 in 100": "kettle",
    "1 in 100 + common": "kettle tea",
    "one message": "needle",
    "no message": "marmalade",
    "hostile syntax": '"kettle* (tea',
}
RUNS = 25
POSTS = 300


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", default=os.environ.get("DATABASE_URL", ""))
    parser.add_argument("--messages", type=int, default=100_000)
    parser.add_argument("--stack", choices=["sqlite", "postgres"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stack:
        run_stack(args.stack, args.messages)
        return
    stacks = ["sqlite"] + (["postgres"] if args.database_url else [])
    for stack in stacks:
        env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
        env["DEBUG"] = "true"
        if stack == "postgres":
            env["DATABASE_URL"] = args.database_url
        command = [sys.executable, __file__, "--stack", stack, "--messages", str(args.messages)]
        subprocess.run(command, env=env, cwd=ROOT, check=True)


def run_stack(stack: str, count: int) -> None:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chatsite.settings")
    import django

    django.setup()
    from django.db import connection

    old_name = connection.settings_dict["NAME"]
    connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
    try:
        measure(stack, count)
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


def fill(room_id: int, author_id: int, count: int, needle: int | None) -> None:
    """`count` messages in the room in one statement, as scripts/bench.py's history_fill."""
    from django.db import connection

    i = "n" if connection.vendor == "postgresql" else "i"
    needle_sql = f"CASE WHEN {i} = {needle} THEN ' needle' ELSE '' END" if needle else "''"
    body = (
        f"'history ' || {i} || ' over tea' || CASE WHEN {i} %% 100 = 0 THEN ' and the kettle' "
        f"ELSE '' END || {needle_sql}"
    )
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute(
                "INSERT INTO rooms_message (room_id, kind, author_id, body, client_id, "
                "created_at, edited_at, deleted_at, seq, mention_names) "
                f"SELECT %s, 'user', %s, {body}, NULL, "
                "now() - make_interval(secs => %s - n), NULL, NULL, n, '[]' "
                "FROM generate_series(1, %s) AS n",
                [room_id, author_id, count, count],
            )
            cursor.execute("ANALYZE rooms_message")
        else:
            cursor.execute(
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %s) "
                "INSERT INTO rooms_message (room_id, kind, author_id, body, client_id, "
                "created_at, edited_at, deleted_at, seq, mention_names) "
                f"SELECT %s, 'user', %s, {body}, NULL, "
                "datetime('now', '-' || (%s - i) || ' seconds'), NULL, NULL, i, '[]' FROM n",
                [count, room_id, author_id, count],
            )
        cursor.execute("UPDATE rooms_room SET seq = %s WHERE id = %s", [count, room_id])


def measure(stack: str, count: int) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from accounts.models import User
    from rooms import search, services

    alice = User.objects.create_user(username="alice")
    bob = User.objects.create_user(username="bob")
    room = services.room_create(creator=alice, name="Big room")
    # Bob's private room, as big again in half: its messages match too, and must not count.
    other = services.room_create(creator=bob, name="Elsewhere", is_private=True)
    started = time.monotonic()
    fill(room.pk, alice.pk, count, needle=count * 7 // 9)
    fill(other.pk, bob.pk, count // 2, needle=None)
    filled = time.monotonic() - started
    print(
        f"\n## {stack} ({connection.vendor}): {count:,} messages in alice's room, "
        f"{count // 2:,} in a private room she is not in; filled and indexed in {filled:.1f} s"
    )
    print(f"\n| search | results on page 1 | queries | median ms (of {RUNS}) |\n|---|---|---|---|")
    for label, query in SEARCHES.items():
        with CaptureQueriesContext(connection) as queries:
            page = search.messages_search(user=alice, query=query)
        times = []
        for _ in range(RUNS):
            started = time.perf_counter()
            search.messages_search(user=alice, query=query)
            times.append((time.perf_counter() - started) * 1000)
        print(
            f"| {label}: `{query}` | {len(page.results)} | {len(queries)} | "
            f"{statistics.median(times):.1f} |"
        )
    # A later page: keyset, as fast as the first wherever it starts.
    deep = search.messages_search(user=alice, query="history", before=count // 2)
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        search.messages_search(user=alice, query="history", before=count // 2)
        times.append((time.perf_counter() - started) * 1000)
    print(
        f"| common word, page from the middle (before={count // 2}) | {len(deep.results)} "
        f"| 2 | {statistics.median(times):.1f} |"
    )
    insert_cost(stack, room, alice)


def insert_cost(stack: str, room, author) -> None:
    """message_post's median time with the search index kept up to date, and without it
    (SQLite: the triggers dropped; PostgreSQL: the GIN index dropped), in alternating blocks
    of the same posts, so that the machine's noise falls on both alike."""
    import importlib

    from django.db import connection

    from rooms import services

    migration = importlib.import_module("rooms.migrations.0008_message_search")
    if connection.vendor == "postgresql":
        add, drop = migration.POSTGRES_FORWARD, migration.POSTGRES_BACKWARD
    else:
        add, drop = migration.SQLITE_FORWARD[2:], migration.SQLITE_BACKWARD[:3]
    timings: dict[str, list[float]] = {"with the search index": [], "without it": []}
    block = 50
    for n in range(POSTS // block * 2):
        indexed = n % 2 == 0  # the index is there; a block without it drops and remakes it
        if not indexed:
            with connection.cursor() as cursor:
                for statement in drop:
                    cursor.execute(statement)
        for k in range(block):
            body = f"post {n}-{k}: the kettle is on, history over tea"
            started = time.perf_counter()
            services.message_post(room=room, author=author, body=body, client_id=uuid.uuid4())
            elapsed = (time.perf_counter() - started) * 1000
            timings["with the search index" if indexed else "without it"].append(elapsed)
        if not indexed:
            with connection.cursor() as cursor:
                for statement in add:
                    cursor.execute(statement)
    print(f"\n| message_post ({POSTS} each, alternating blocks of {block}) | median ms | p90 ms |")
    print("|---|---|---|")
    for label, values in timings.items():
        values.sort()
        print(
            f"| {label} | {statistics.median(values):.2f} | {values[int(len(values) * 0.9)]:.2f} |"
        )


if __name__ == "__main__":
    main()
