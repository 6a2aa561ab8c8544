"""A stand-in for GOV.UK Notify on 127.0.0.1: checks each request like Notify does."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SERVICE_ID = "26785a09-ab16-4eb0-8407-a37497a57506"
SECRET = "3d844edf-8d35-48ac-975b-e847b4f122b0"
API_KEY = f"waymark_test-{SERVICE_ID}-{SECRET}"
TEMPLATE_ID = "f33517ff-2a88-4f6e-b855-c550268ce08a"


def _unb64(part: str) -> bytes:
    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))


def token_problem(header: str) -> str:
    """Why a bearer token would be refused, or "" if Notify would accept it."""
    if not header.startswith("Bearer "):
        return "no bearer token"
    try:
        head, body, signature = header[len("Bearer ") :].split(".")
    except ValueError:
        return "not a JWT"
    expected = hmac.new(
        SECRET.encode(), f"{head}.{body}".encode(), hashlib.sha256
    ).digest()
    if not hmac.compare_digest(expected, _unb64(signature)):
        return "bad signature"
    if json.loads(_unb64(head)) != {"typ": "JWT", "alg": "HS256"}:
        return "bad header"
    claims = json.loads(_unb64(body))
    if claims.get("iss") != SERVICE_ID:
        return "wrong issuer"
    if abs(time.time() - claims.get("iat", 0)) > 30:
        return "stale token"
    return ""


class FakeNotify:
    """Answers from a script: each entry is a status code, or "hang" to time out."""

    def __init__(self) -> None:
        self.script: list = []
        self.requests: list[dict] = []
        self.problems: list[str] = []
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # keep test output clean
                pass

            def do_POST(self):
                length = int(self.headers.get("Content-Length", 0))
                payload = json.loads(self.rfile.read(length) or b"{}")
                problem = token_problem(self.headers.get("Authorization", ""))
                if self.path != "/v2/notifications/sms":
                    problem = problem or f"wrong path {self.path}"
                if self.headers.get("Content-Type") != "application/json":
                    problem = problem or "not JSON"
                fake.requests.append(payload)
                fake.problems.append(problem)
                status = fake.script.pop(0) if fake.script else 201
                if problem:
                    return self._reply(403, _errors("AuthError", problem))
                if status == "hang":
                    time.sleep(1.0)
                    status = 201
                if status == 201:
                    return self._reply(
                        201, {"id": f"notify-{len(fake.requests)}", "reference": ""}
                    )
                if status == 400:
                    return self._reply(
                        400,
                        _errors(
                            "ValidationError", "phone_number Not a UK mobile number"
                        ),
                    )
                return self._reply(status, _errors("Exception", "Internal error"))

            def _reply(self, status: int, body: dict) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def options(self, **extra) -> dict:
        return {
            "API_KEY": API_KEY,
            "TEMPLATE_ID": TEMPLATE_ID,
            "BASE_URL": self.base_url,
            "TIMEOUT": 0.3,
            **extra,
        }

    def __enter__(self) -> FakeNotify:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()


def _errors(kind: str, message: str) -> dict:
    return {"status_code": 0, "errors": [{"error": kind, "message": message}]}
