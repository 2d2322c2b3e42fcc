"""Salon's own personas as `seed_personas` installs them: one JSON file per persona in
bots/personas/, named "N-slug.json" so that they install (and `persona_sample` prints them) in
that order. One file per persona keeps each file small enough to read and review, and lets two
people add lines to two personas without a merge conflict in one megabyte of JSON."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

PERSONAS_DIR = Path(__file__).with_name("personas")


def read_specs(path: Path = PERSONAS_DIR) -> list:
    """The persona specs at `path`: a directory of one JSON object per file, read in the order of
    the files' names, or one file holding a JSON list (the format `--file` takes). A file that is
    not JSON raises ValueError naming it; one that cannot be read, OSError."""
    if not path.is_dir():
        return _json(path)
    files = sorted(path.glob("*.json"))
    if not files:
        raise ValueError(f"{path} holds no persona files (*.json).")
    specs = [_json(file) for file in files]
    for file, spec in zip(files, specs, strict=True):
        if not isinstance(spec, dict):
            raise ValueError(f"{file} must hold one persona object.")
    return specs


def _json(file: Path):
    try:
        return json.loads(file.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise ValueError(f"{file} is not valid JSON: {error}.") from error


@lru_cache(maxsize=1)
def seeded() -> tuple[dict, ...]:
    """Salon's own personas, read once per process."""
    return tuple(read_specs())
