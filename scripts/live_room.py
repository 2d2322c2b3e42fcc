"""Play a conversation into a live room and print what a reader of the room sees.

    DEBUG=1 .venv/bin/python scripts/live_room.py CONVO.json [--chattiness normal|lively|mentions]
        [--seed N]

CONVO.json: {"theme": "...", "people": ["a", "b", "c"],
             "messages": [{"author": "a", "text": "..."}, ...]}

The real path, not a copy of it: a throwaway SQLite database (migrate, then seed_personas), a
room with the theme and every seeded persona seated, each message saved with
`rooms.services.message_post` and announced with `rooms.signals.human_message_saved` (as the
room's socket does), then the personas' replies awaited (`bots.runner.settle`). Offline
replies only (no model), with no typing pace, on an in-memory channel layer. `--seed` shifts
the messages' ids, which seed the personas' choices. The transcript is read back from the
database: "name: body", with Salon's own notices marked.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _setup(database: Path) -> None:
    """Django on a database of our own, with offline personas and in-memory channels."""
    sys.path.insert(0, str(ROOT))
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    os.environ["REDIS_URL"] = ""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "chatsite.settings")
    import django
    from django.conf import settings

    django.setup()
    # As tests/bots/conftest.py `quick_bots`: offline replies without the readable pace.
    settings.SALON_OFFLINE_CHUNK_DELAY = 0
    settings.LLM_BASE_URL = ""
    settings.LLM_MODEL = ""
    # People here type faster than a person may (tests/conftest.py `generous_limits`).
    settings.SALON_MESSAGE_BURST = 10_000
    settings.SALON_SYNC_MIN_INTERVAL = 0
    settings.SALON_AI_REPLIES_PER_PERSON_DAILY = 10_000


def _room(theme: str, people: list[str], chattiness: str, seed: int):
    from django.core.management import call_command
    from django.db import connection

    from accounts.models import User
    from bots.models import Persona, RoomPersona
    from rooms import services
    from rooms.models import Membership

    quiet = open(os.devnull, "w")  # noqa: SIM115
    call_command("migrate", verbosity=0, stdout=quiet)
    call_command("seed_personas", stdout=quiet)
    users = {
        name: User.objects.create_user(username=name, password=uuid.uuid4().hex) for name in people
    }
    room = services.room_create(creator=users[people[0]], name="Live room", topic=theme)
    room.ai_chattiness = chattiness
    room.save(update_fields=["ai_chattiness"])
    for user in users.values():
        Membership.objects.get_or_create(room=room, user=user)
    # As tests/bots/conftest.py `seat`: every seeded persona (the house bot aside) present.
    for persona in Persona.objects.filter(is_active=True, is_house_bot=False):
        RoomPersona.objects.get_or_create(room=room, persona=persona)
        Membership.objects.update_or_create(
            room=room, user=persona.user, defaults={"is_present": True}
        )
    if seed:
        # The personas' choices are seeded by the message ids: start them elsewhere.
        with connection.cursor() as cursor:
            cursor.execute("DELETE FROM sqlite_sequence WHERE name = 'rooms_message'")
            cursor.execute(
                "INSERT INTO sqlite_sequence (name, seq) VALUES ('rooms_message', %s)",
                [seed * 1000],
            )
    return room, users


async def _play(room, users, messages: list[dict]) -> None:
    from channels.db import database_sync_to_async

    from bots import runner
    from rooms import events, hub, services, writer
    from rooms.models import Message
    from rooms.signals import human_message_saved

    for entry in messages:
        # As tests/bots/test_caps.py `say`: saved, then announced as the room's socket does.
        message = (
            await database_sync_to_async(services.message_post)(
                room=room, author=users[entry["author"]], body=entry["text"], client_id=uuid.uuid4()
            )
        ).message
        human_message_saved.send(sender=Message, message=message)
        await runner.settle()
    # As tests/conftest.py `presence_tasks`: nothing left running on this loop.
    await runner.stop()
    for service in (events, hub, writer):
        await service.stop()


def _transcript(room) -> list[str]:
    from bots.models import Persona
    from rooms.models import Message

    names = {p.user_id: p.name for p in Persona.objects.all()}
    lines = []
    for message in Message.objects.filter(room=room).select_related("author").order_by("id"):
        if message.kind == Message.Kind.SYSTEM or message.author is None:
            lines.append(f"  [notice] {message.body}")
        elif message.author_id in names:
            lines.append(f"    {names[message.author_id]}: {message.body}")
        else:
            lines.append(f"{message.author.username}: {message.body}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("conversation", type=Path)
    parser.add_argument("--chattiness", default="normal", choices=["normal", "lively", "mentions"])
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    convo = json.loads(args.conversation.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as scratch:
        _setup(Path(scratch) / "live.sqlite3")
        room, users = _room(convo["theme"], convo["people"], args.chattiness, args.seed)
        asyncio.run(_play(room, users, convo["messages"]))
        print(f"# {convo['theme']} ({args.chattiness}, seed {args.seed})")
        print("\n".join(_transcript(room)))


if __name__ == "__main__":
    main()
