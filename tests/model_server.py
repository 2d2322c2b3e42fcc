"""The real model server for tests: llama.cpp's OpenAI-compatible server with SmolLM2-135M
(bots/local_model.py), started once per test run on a free loopback port."""

from __future__ import annotations

import json
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bots.local_model import MODEL_NAME, command
from tests.serving import ARTIFACTS_DIR, HOST, free_port

LOG_TAIL_CHARS = 4000
_direct = urllib.request.build_opener(urllib.request.ProxyHandler({}))


@contextmanager
def model_server(timeout: float = 120.0) -> Iterator[str]:
    """Run the server; yields its base URL (http://127.0.0.1:PORT/v1) once it answers."""
    port = free_port()
    ARTIFACTS_DIR.mkdir(exist_ok=True)
    log_path = ARTIFACTS_DIR / f"model-server-{port}.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            command(host=HOST, port=port),
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    base_url = f"http://{HOST}:{port}/v1"
    try:
        _wait_until_answering(process, base_url, log_path, timeout)
        yield base_url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def _wait_until_answering(process, base_url: str, log_path: Path, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    problem = "no answer yet"
    while time.monotonic() < deadline:
        try:
            with _direct.open(base_url + "/models", timeout=2) as response:
                models = [m["id"] for m in json.load(response)["data"]]
                if MODEL_NAME in models:
                    return
                problem = f"it serves {models}, not {MODEL_NAME}"
        except (OSError, urllib.error.URLError, ValueError) as error:
            problem = str(error)  # refused while the model loads
        try:
            # Waits for the process to exit, which is also the pause between two polls.
            code = process.wait(timeout=0.1)
        except subprocess.TimeoutExpired:
            continue
        raise RuntimeError(
            f"The model server exited with code {code}.\n"
            + log_path.read_text(errors="replace")[-LOG_TAIL_CHARS:]
        )
    raise RuntimeError(
        f"The model server did not answer within {timeout:.0f} s ({problem}).\n"
        + log_path.read_text(errors="replace")[-LOG_TAIL_CHARS:]
    )
