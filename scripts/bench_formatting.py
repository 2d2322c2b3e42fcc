"""What formatting adds to the save path: `rooms.formatting.body_html` per message, beside
the cost of the batch insert it runs in (`rooms.services.messages_post`).

    .venv/bin/python scripts/bench_formatting.py [--batches 30] [--batch 20]

Saves batches of messages of each kind into a throwaway SQLite database with
`messages_post` (the writer's group commit), and times body_html alone on the same bodies;
prints microseconds per message. One process, one core, a few seconds.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

BODIES = {
    "plain line": "sounds good, see you at the meeting tomorrow then",
    "plain with a link": "the notes are at https://example.org/notes/42 if you need them",
    "markdown line": "that is **really** the `key` point, not _the_ detail",
    "persona reply (code, list)": (
        "Here is how:\n\n```python\ndef total(xs):\n    return sum(xs)\n```\n\n"
        "- it is short\n- it is clear\n\n> Simple is better than complex."
    ),
    "4,000 chars of prose": ("All the world is a stage, and all the people merely players. " * 70)[
        :4000
    ],
    "4,000 chars, 800 list items": ("- a\n" * 1000)[:4000].strip(),
    "4,000 chars, 440 bare links": ("site.org " * 445)[:4000].strip(),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--batches", type=int, default=30)
    parser.add_argument("--batch", type=int, default=20, help="messages per group commit")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="salon-format-"))
    os.environ.update(
        DJANGO_SETTINGS_MODULE="chatsite.settings",
        DEBUG="true",
        DATABASE_URL=f"sqlite:///{work / 'format.sqlite3'}",
    )
    os.environ.pop("REDIS_URL", None)
    sys.path.insert(0, str(REPO))
    import django

    django.setup()
    from django.core.management import call_command

    from accounts.models import User
    from rooms import services
    from rooms.formatting import body_html

    call_command("migrate", verbosity=0)
    author = User.objects.create_user(username="writer", password=str(uuid.uuid4()))
    membership_room = services.room_create(creator=author, name="Bench")
    membership = services.selectors.membership_for(room=membership_room, user=author)

    print(f"Per message, median of {args.batches} batches of {args.batch} (SQLite)\n")
    print("| body | body_html us | messages_post us | share |")
    print("| --- | ---: | ---: | ---: |")
    for kind, body in BODIES.items():
        body_html(body)  # warm up the parser
        render, post = [], []
        for _ in range(args.batches):
            started = time.perf_counter()
            for _ in range(args.batch):
                body_html(body)
            render.append((time.perf_counter() - started) / args.batch)
            posts = [
                services.Post(
                    author=author, body=body, client_id=uuid.uuid4(), membership=membership
                )
                for _ in range(args.batch)
            ]
            started = time.perf_counter()
            services.messages_post(room=membership_room, posts=posts)
            post.append((time.perf_counter() - started) / args.batch)
        r, p = statistics.median(render) * 1e6, statistics.median(post) * 1e6
        print(f"| {kind} | {r:.0f} | {p:.0f} | {r / p:.0%} |")


if __name__ == "__main__":
    main()
