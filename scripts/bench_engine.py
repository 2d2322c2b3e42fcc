"""The offline engine's CPU time per reply, over the seeded personas and everyday messages.

    .venv/bin/python scripts/bench_engine.py [--replies 3000]

Each reply is composed as in a room: a themed conversation of ten messages, the persona's own
earlier replies among them, and the room's other personas to hand over to. The material is
indexed once per process (as on a server); the first replies, which pay for that, are
measured separately.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bots import everyday, everyday40, everyday50, fold, mood, sums60, valence  # noqa: E402
from bots.asks import _occasions, request_kind  # noqa: E402
from bots.compounds import modifiers  # noqa: E402
from bots.engine import Voice, _known_line, _request_kind, offline_reply, plain  # noqa: E402
from bots.material import _terms  # noqa: E402
from bots.roles import _worked  # noqa: E402
from bots.seeded import seeded  # noqa: E402

TEXT_CACHES = (_terms, request_kind, _worked, plain, _known_line, _occasions)

MESSAGES = (
    "Hi everyone, I'm new here",
    "Why does time slow down when you move fast?",
    "Can you give me a recipe for a quick dinner?",
    "My dog keeps barking at night and I can't sleep.",
    "Do you think people spend too much time on their phones?",
    "I disagree with Ada, machines will never be creative.",
    "What should I read first if I want to learn about black holes?",
    "Thanks, that was really helpful!",
    "Good night, all.",
)


@dataclass(frozen=True)
class Line:
    author: str
    text: str
    own: bool = False


def voices() -> list[Voice]:
    specs = seeded()
    return [
        Voice(
            slug=s["slug"],
            name=s["name"],
            max_reply_chars=s["max_reply_chars"],
            is_house_bot=s.get("is_house_bot", False),
            style=s["style"],
            material=tuple(s.get("material", [])),
        )
        for s in specs
    ]


# (and the everyday classes' readings, `bots.everyday`, `bots.everyday40`, `bots.everyday50`,
# `bots.sums60`, two-word names, `bots.compounds`, and the tone, claim and death read)
TEXT_CACHES += (everyday._worked, everyday40._worked, everyday50._read, sums60._worked, modifiers)
TEXT_CACHES += (mood.tone_of, mood.claim_of, valence.death_told)
# (and the engine's reading of the kind of request, for each persona's index)
TEXT_CACHES += (_request_kind,)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--replies", type=int, default=3000)
    args = parser.parse_args()
    cast = voices()
    names = tuple(name for v in cast for name in (v.slug, v.name))
    people = [v for v in cast if not v.is_house_bot]

    def one(n: int) -> float:
        voice = people[n % len(people)]
        message = MESSAGES[n % len(MESSAGES)]
        history = [
            Line("sam", MESSAGES[(n + k) % len(MESSAGES)])
            if k % 3
            else Line(voice.name, "Ach.", True)
            for k in range(9)
        ] + [Line("sam", message)]
        # The bench says its nine messages again and again; a room never does. The caches
        # keyed on a message's text are emptied, so no reply is timed on another's reading.
        for cached in TEXT_CACHES:
            cached.cache_clear()
        fold.forget()  # (and each pattern's last search)
        start = time.process_time()
        offline_reply(
            voice,
            message=message,
            theme="Science books",
            seed=n,
            ignore=names,
            history=history,
            others=[v for v in cast if v is not voice],
        )
        return time.process_time() - start

    first = [one(n) for n in range(len(people))]
    times = sorted(one(n) for n in range(args.replies))
    ms = [t * 1000 for t in times]
    print(f"offline engine, {args.replies} replies by {len(people)} personas")
    print(f"  CPU per reply: mean {statistics.fmean(ms):.3f} ms, median {ms[len(ms) // 2]:.3f} ms,")
    print(f"  p99 {ms[int(len(ms) * 0.99)]:.3f} ms, max {ms[-1]:.3f} ms")
    print(f"  first reply per persona (indexes its material): {max(first) * 1000:.2f} ms at most")


if __name__ == "__main__":
    main()
