"""A thin recording proxy on loopback, in front of a real model server: it passes requests
and streamed replies through, and records what the model was asked, the text it streamed
back, and when the client hung up. On demand it stalls a reply mid-stream.

It asks the model for greedy decoding (temperature 0, a fixed seed), so that the same test
gets the same words on every run; `requests` records what Salon sent, before that."""

from __future__ import annotations

import http.client
import json
import select
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler
from urllib.parse import urlsplit

from tests.bots.fake_llm import LoopbackServer

DECODING = {"temperature": 0, "seed": 1}


class RecordingProxy(LoopbackServer):
    def __init__(self, upstream: str) -> None:
        """`upstream`: the model server's base URL (http://host:port/v1)."""
        parts = urlsplit(upstream)
        self.upstream = (parts.hostname, parts.port)
        self.requests: list[dict] = []  # the JSON bodies the model was sent
        self.streamed: list[str] = []  # per request, the text of the deltas passed on
        self.hung_up_at: float | None = None  # time.monotonic() when a client hung up early
        self.hung_up = threading.Event()
        self.finished = threading.Event()  # a reply was passed on to its end
        self.stall_after: int | None = None  # stall once this many words have gone through
        # Seconds between the stream's events, as over a slow network: a fast model on a
        # quiet machine may otherwise finish a short reply within one draft interval.
        self.pace = 0.0
        self.stalled = threading.Event()
        self.release = threading.Event()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                proxy.relay(self, body)

            def do_GET(self) -> None:
                proxy.relay(self, None)

        self._serve(Handler)

    def unblock(self) -> None:
        self.release.set()

    def relay(self, handler: BaseHTTPRequestHandler, body: bytes | None) -> None:
        if body is not None:
            asked = json.loads(body)
            self.requests.append(asked)
            body = json.dumps({**asked, **DECODING}).encode()
        streamed = ""
        index = len(self.streamed)
        self.streamed.append(streamed)
        upstream = http.client.HTTPConnection(*self.upstream, timeout=120)
        try:
            headers = {"Content-Type": handler.headers.get("Content-Type", "application/json")}
            upstream.request(handler.command, handler.path, body=body, headers=headers)
            response = upstream.getresponse()
            handler.send_response(response.status)
            for name in ("Content-Type", "Cache-Control"):
                if response.getheader(name):
                    handler.send_header(name, response.getheader(name))
            handler.send_header("Connection", "close")
            handler.end_headers()
            pending = b""
            while chunk := response.read1(65536):
                pending += chunk
                *events, pending = pending.split(b"\n\n")
                for event in events:
                    if self.stall_after is not None and len(streamed.split()) >= self.stall_after:
                        self._stall(handler)
                    if self.pace:
                        time.sleep(self.pace)
                    handler.wfile.write(event + b"\n\n")
                    handler.wfile.flush()
                    streamed += _delta_text(event)
                    self.streamed[index] = streamed
            handler.wfile.write(pending)
            self.finished.set()
        except (BrokenPipeError, ConnectionResetError):
            self.hung_up_at = time.monotonic()
            self.hung_up.set()
        finally:
            upstream.close()  # the client hung up: so does the request to the model

    def _stall(self, handler: BaseHTTPRequestHandler) -> None:
        """Hold the reply until released, noticing at once if the client hangs up."""
        self.stalled.set()
        connection = handler.connection
        while not self.release.wait(timeout=0.02):
            readable, _, _ = select.select([connection], [], [], 0)
            if readable and connection.recv(1, socket.MSG_PEEK) == b"":
                raise ConnectionResetError("the client closed the stream")


def _delta_text(event: bytes) -> str:
    line = event.strip()
    if not line.startswith(b"data:") or line.endswith(b"[DONE]"):
        return ""
    try:
        choices = json.loads(line[5:]).get("choices") or [{}]
    except ValueError:
        return ""
    return (choices[0].get("delta") or {}).get("content") or ""
