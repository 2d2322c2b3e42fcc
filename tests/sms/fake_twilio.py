"""A real HTTP server on loopback that speaks Twilio's Messages REST endpoint
(POST /2010-04-01/Accounts/<sid>/Messages.json, HTTP Basic auth with the account sid and auth
token, form fields To, From, Body, StatusCallback), for tests of the Twilio provider through
the official client. It records each request and answers from a script of replies."""

from __future__ import annotations

import base64
import json
import threading
import uuid
from http.server import BaseHTTPRequestHandler
from urllib.parse import parse_qs

from tests.bots.fake_llm import LoopbackServer

ACCOUNT_SID = "AC" + "0" * 32
AUTH_TOKEN = "test-auth-token"


class FakeTwilio(LoopbackServer):
    def __init__(self) -> None:
        self.requests: list[dict] = []
        # Replies to the next requests, in order: (status, Twilio error code or None); when
        # empty, each text is accepted (201, status "queued").
        self.script: list[tuple[int, int | None]] = []
        self.lock = threading.Lock()
        self._serve(self._handler())

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def _handler(self):
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args) -> None:
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length", 0))
                form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
                expected = f"/2010-04-01/Accounts/{ACCOUNT_SID}/Messages.json"
                credentials = base64.b64encode(f"{ACCOUNT_SID}:{AUTH_TOKEN}".encode()).decode()
                if self.path != expected:
                    return self._answer(404, {"code": 20404, "message": "Not found", "status": 404})
                if self.headers.get("Authorization") != f"Basic {credentials}":
                    return self._answer(
                        401, {"code": 20003, "message": "Authenticate", "status": 401}
                    )
                with server.lock:
                    server.requests.append(form)
                    status, code = server.script.pop(0) if server.script else (201, None)
                if status != 201:
                    return self._answer(
                        status,
                        {"code": code, "message": f"Scripted error {code}", "status": status},
                    )
                self._answer(
                    201,
                    {
                        "sid": f"SM{uuid.uuid4().hex}",
                        "account_sid": ACCOUNT_SID,
                        "to": form.get("To"),
                        "from": form.get("From"),
                        "body": form.get("Body"),
                        "status": "queued",
                        "num_segments": "1",
                        "direction": "outbound-api",
                        "api_version": "2010-04-01",
                    },
                )

            def _answer(self, status: int, payload: dict) -> None:
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        return Handler
