"""A real HTTP server on 127.0.0.1 that answers like EDGAR, from tests/fixtures/edgar.

Tests script faults per path (``server.fail(path, Status(429, {"Retry-After": "2"}))``)
and read back every request the server saw (``server.hits``): time, path, headers.
"""

from __future__ import annotations

import gzip
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "edgar"
USER_AGENT = "filing-kg tests tests@example.com"


@dataclass
class Status:
    """Answer with this status instead of the file."""

    code: int
    headers: dict = field(default_factory=dict)
    body: bytes = b"error"


@dataclass
class Truncate:
    """Promise the whole body in Content-Length, send part of it, close the connection."""

    keep: float = 0.5


@dataclass
class CutDocument:
    """Serve only the first part of the file, with a Content-Length that matches (a bad mirror)."""

    keep: float = 0.5


@dataclass
class Slow:
    """Say nothing for this long, then answer normally (or into a closed socket)."""

    seconds: float


@dataclass
class Hang:
    """Send the headers and part of the body, then wait until ``release`` is set."""

    release: threading.Event
    keep: float = 0.5


@dataclass
class Hit:
    time: float  # time.monotonic() when the request arrived
    path: str
    headers: dict
    gzipped: bool = False


class FakeEdgar:
    def __init__(self, root: Path = FIXTURES, gzip_ok: bool = True):
        self.root = root
        self.gzip_ok = gzip_ok
        self.hits: list[Hit] = []
        self.bodies: dict[str, bytes] = {}  # path -> body, overriding the fixtures
        self._faults: dict[str, list] = {}
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(self))
        self._server.daemon_threads = True
        self._server.block_on_close = False  # a Slow or Hang thread must not hold up shutdown
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> FakeEdgar:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()

    def fail(self, path: str, fault, times: int = 1) -> None:
        with self._lock:
            self._faults.setdefault(path, []).extend([fault] * times)

    def paths(self, prefix: str = "") -> list[str]:
        return [h.path for h in self.hits if h.path.startswith(prefix)]

    # ------------------------------------------------------------------ routing

    def body(self, path: str) -> bytes | None:
        if path in self.bodies:
            return self.bodies[path]
        if path == "/files/company_tickers.json":
            return (self.root / "company_tickers.json").read_bytes()
        parts = path.strip("/").split("/")
        if len(parts) == 2 and parts[0] == "submissions":
            file = self.root / "submissions" / parts[1]
        elif len(parts) == 5 and parts[:3] == ["Archives", "edgar", "data"] and parts[3].isdigit():
            file = self.root / "archives" / parts[4]
        else:
            return None
        return file.read_bytes() if file.is_file() and file.parent.parent == self.root else None

    def next_fault(self, path: str):
        with self._lock:
            queue = self._faults.get(path)
            return queue.pop(0) if queue else None

    def record(self, hit: Hit) -> None:
        with self._lock:
            self.hits.append(hit)


def _handler(server: FakeEdgar):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"  # keep-alive, as EDGAR

        def do_GET(self):  # noqa: N802 - the http.server API
            hit = Hit(time.monotonic(), self.path, dict(self.headers))
            server.record(hit)
            fault = server.next_fault(self.path)
            if isinstance(fault, Status):
                return self._send(fault.code, fault.body, fault.headers)
            if isinstance(fault, Slow):
                time.sleep(fault.seconds)
            body = server.body(self.path)
            if body is None:
                return self._send(404, b"not found")
            if isinstance(fault, CutDocument):
                body = body[: int(len(body) * fault.keep)]
            headers = {"Content-Type": "application/json" if self.path.endswith(".json") else "text/plain"}
            if server.gzip_ok and "gzip" in self.headers.get("Accept-Encoding", ""):
                body, hit.gzipped = gzip.compress(body), True
                headers["Content-Encoding"] = "gzip"
            if isinstance(fault, Truncate | Hang):
                return self._send_part(body, headers, fault)
            self._send(200, body, headers)

        def _send(self, code: int, body: bytes, headers: dict | None = None) -> None:
            try:
                self.send_response(code)
                for key, value in (headers or {}).items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                self.close_connection = True

        def _send_part(self, body: bytes, headers: dict, fault) -> None:
            try:
                self.send_response(200)
                for key, value in headers.items():
                    self.send_header(key, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body[: int(len(body) * fault.keep)])
                self.wfile.flush()
                if isinstance(fault, Hang):
                    fault.release.wait(30)
            except (BrokenPipeError, ConnectionResetError):
                pass
            self.close_connection = True

        def log_message(self, *args) -> None:
            pass

    return Handler
