"""Serve Salon in production (and for `make run` and the tests): uvicorn, configured once.

    python -m chatsite.serve --host 127.0.0.1 --port 8001

Measured with `make bench` against daphne on the same code: uvicorn (uvloop, httptools, the
websockets sans-I/O protocol) sends a frame to a socket for a fraction of the CPU that daphne
spends (Twisted registers and unregisters a writer with the selector for every frame), which
is what a busy room is made of.
"""

from __future__ import annotations

import argparse
import os

import uvicorn

from chatsite import logs

# Frames of a broadcast are the same for everyone: compressing them per socket would cost
# CPU for every recipient. Hostile frames are refused by the consumer well below this size.
WS_MAX_BYTES = 1024 * 1024


def main() -> None:
    parser = argparse.ArgumentParser(description="Serve Salon with uvicorn.")
    parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
    args = parser.parse_args()
    uvicorn.run(
        "chatsite.asgi:application",
        host=args.host,
        port=args.port,
        ws="websockets-sansio",
        ws_per_message_deflate=False,
        ws_max_size=WS_MAX_BYTES,
        lifespan="on",  # chatsite.asgi ends persona replies on shutdown
        access_log=False,
        # Behind a reverse proxy on this machine: trust its X-Forwarded-* headers.
        proxy_headers=True,
        forwarded_allow_ips="127.0.0.1",
        timeout_graceful_shutdown=5,
        log_level=os.environ.get("LOG_LEVEL", "info").lower(),
        # The lines uvicorn logs before Django has applied its LOGGING (the same, chatsite.logs).
        log_config=logs.logging_config(
            os.environ.get("LOG_FORMAT", "text"), os.environ.get("LOG_LEVEL", "info"), django=False
        ),
    )


if __name__ == "__main__":
    main()
