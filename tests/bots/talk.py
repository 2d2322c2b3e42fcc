"""Print every seeded persona's offline replies to the everyday messages of
`tests/bots/sample_messages.json`, as one conversation in a themed room.

    .venv/bin/python -m tests.bots.talk [--theme "Science books"] [--seed 1] [--only einstein]
        [--messages tests/bots/dev_messages.json] [--kind chat]

No database: the personas come from `bots/personas/`, as `seed_personas` installs them.
Each persona is mentioned with every message in turn (the house bot as `/AIBot <text>`), and
hears its own earlier replies and the lines said before a message, as in a room.
"""

from __future__ import annotations

import argparse
import json
import textwrap
from pathlib import Path

from bots.engine import ChatLine as Line
from bots.engine import Voice, offline_reply
from scripts.bench_engine import voices  # the seeded personas, read from bots/personas/

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = json.loads((ROOT / "tests/bots/sample_messages.json").read_text(encoding="utf-8"))


def conversation(voice: Voice, cast: list[Voice], *, theme: str, seed: int, samples=SAMPLES):
    """Yield (entry, message, reply) for each sample message `voice` is sent."""
    names = tuple(name for v in cast for name in (v.slug, v.name))
    others = tuple(v for v in cast if v.slug != voice.slug)
    history: list[Line] = []
    fields = iter(samples.get("field", {}).get(voice.slug, []) * 3)
    for number, entry in enumerate(samples["messages"]):
        if entry["kind"] == "house" and not voice.is_house_bot:
            continue
        author = entry.get("author", samples["person"])
        if author == voice.name:
            continue  # nobody answers themselves
        text = entry["text"]
        if "{field}" in text:
            text = text.replace("{field}", next(fields))
        history.extend(
            Line(b["author"], b["text"], own=b["author"] == voice.name)
            for b in entry.get("before", ())
        )
        message = text if voice.is_house_bot or entry.get("author") else f"@{voice.slug} {text}"
        history.append(Line(author, message))
        own = [line.text for line in history if line.own]
        reply = offline_reply(
            voice,
            message=message,
            theme=theme,
            seed=seed * 100_000 + number * 10 + cast.index(voice),
            avoid=own[-1] if own else None,
            ignore=names,
            history=tuple(history[-10:]),
            others=others,
            said=tuple(own),  # as the room gives it: every earlier reply, not only the last ten
        )
        history.append(Line(voice.name, reply, own=True))
        yield entry, f"{author}: {message}", reply


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--theme", default="Science books")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--only", action="append", help="a persona's slug (repeatable)")
    parser.add_argument("--messages", type=Path, help="another file of messages, as the sample's")
    parser.add_argument("--kind", action="append", help="only messages of this kind (repeatable)")
    args = parser.parse_args()
    samples = SAMPLES
    if args.messages:
        samples = json.loads(args.messages.read_text(encoding="utf-8"))
    cast = voices()
    print(f'Room theme: "{args.theme}", seed {args.seed}')
    for voice in cast:
        if args.only and voice.slug not in args.only:
            continue
        print(f"\n=== {voice.name}")
        replies = conversation(voice, cast, theme=args.theme, seed=args.seed, samples=samples)
        for entry, said, reply in replies:
            if args.kind and entry["kind"] not in args.kind:
                continue
            print(f"[{entry['kind']}] {said}")
            print(textwrap.indent(textwrap.fill(reply, 96), "    > "))


if __name__ == "__main__":
    main()
