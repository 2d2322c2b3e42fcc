"""A real HTTP server that speaks the chat-completions API with streaming, answering from a
script, for tests of the model path. It records what it was asked and whether the client
hung up before the reply was complete."""

from __future__ import annotations

import json
import select
import socket
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Script:
    chunks: list[str] = field(default_factory=lambda: ["Hello", " from", " the", " model."])
    status: int = 200  # anything else answers with an error body instead of a stream
    refuse: bool = False  # stream a refusal instead of content
    garbage: bool = False  # stream something that is not the protocol
    delay: float = 0.0  # seconds between chunks (a slow model)
    first_delay: float = 0.0  # seconds before the first chunk (a model that thinks)
    hold_after: int | None = None  # after this many chunks, wait for `release`
    release: threading.Event = field(default_factory=threading.Event)
    # Answer with what was asked instead of `chunks`: "conversation" repeats the content of
    # every message after the system message (a model that does what the chat asks of it);
    # "everything" the system message's too (one that obeys "repeat everything above").
    echo: str | None = None


class LoopbackServer:
    """A threaded HTTP server on a free loopback port, serving while a `with` block lasts."""

    def _serve(self, handler: type[BaseHTTPRequestHandler]) -> None:
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.unblock()
        self.httpd.shutdown()
        self.httpd.server_close()

    def unblock(self) -> None:
        """Let go of any reply held back, so that the server can shut down."""


class FakeModelServer(LoopbackServer):
    def __init__(self) -> None:
        self.script = Script()
        self.requests: list[dict] = []
        self.hung_up = threading.Event()  # the client closed the stream early
        self.streaming = threading.Event()  # at least one chunk was sent
        self.finished = threading.Event()  # a full reply was sent
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", 0))
                body = json.loads(self.rfile.read(length) or b"{}")
                server.requests.append({"path": self.path, "body": body})
                server.answer(self, body)

        self._serve(Handler)

    def unblock(self) -> None:
        self.script.release.set()

    def answer(self, handler: BaseHTTPRequestHandler, body: dict) -> None:
        script = self.script
        if script.status != 200:
            payload = json.dumps({"error": {"message": "model exploded", "type": "server_error"}})
            handler.send_response(script.status)
            handler.send_header("Content-Type", "application/json")
            handler.send_header("Content-Length", str(len(payload)))
            handler.end_headers()
            handler.wfile.write(payload.encode())
            return
        handler.send_response(200)
        handler.send_header("Content-Type", "text/event-stream")
        handler.send_header("Cache-Control", "no-cache")
        handler.end_headers()
        model = body.get("model", "test-model")
        try:
            if script.first_delay:
                self._wait(script.first_delay)
            if script.garbage:
                handler.wfile.write(b"data: {this is not json\n\n")
            elif script.refuse:
                self._send(handler, model, {"role": "assistant", "refusal": "I can't help."})
            else:
                chunks = self._echo(body) if script.echo else script.chunks
                for index, chunk in enumerate(chunks):
                    if script.hold_after is not None and index == script.hold_after:
                        self._hold(handler)
                    elif index and script.delay:
                        self._wait(script.delay)
                    self._send(handler, model, {"content": chunk})
                    self.streaming.set()
            self._send(handler, model, {}, finish_reason="stop")
            handler.wfile.write(b"data: [DONE]\n\n")
            handler.wfile.flush()
            self.finished.set()
        except (BrokenPipeError, ConnectionResetError):
            self.hung_up.set()

    def _echo(self, body: dict) -> list[str]:
        messages = body.get("messages", [])
        if self.script.echo == "conversation":
            messages = [m for m in messages if m.get("role") != "system"]
        text = "\n".join(str(m.get("content", "")) for m in messages)
        return [text[start : start + 16] for start in range(0, len(text), 16)]

    def _hold(self, handler: BaseHTTPRequestHandler) -> None:
        """Stall mid-reply until released, noticing at once if the client hangs up."""
        connection = handler.connection
        while not self.script.release.wait(timeout=0.05):
            readable, _, _ = select.select([connection], [], [], 0)
            if readable and connection.recv(1, socket.MSG_PEEK) == b"":
                raise ConnectionResetError("the client closed the stream")

    def _wait(self, seconds: float) -> None:
        # The scripted slowness of a model, not test synchronisation.
        threading.Event().wait(seconds)

    def _send(self, handler, model: str, delta: dict, finish_reason: str | None = None) -> None:
        chunk = {
            "id": "chatcmpl-test",
            "object": "chat.completion.chunk",
            "created": 0,
            "model": model,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish_reason}],
        }
        handler.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
        handler.wfile.flush()
