"""``filing-kg serve``: a read-only SPARQL 1.1 Protocol endpoint over a store.

``/sparql`` takes a query by GET (``?query=``) or POST (``application/sparql-query``
or form-encoded), answers in the format negotiated by :mod:`builders.results`,
and refuses what a read-only public-data endpoint must not do: updates, LOAD,
SERVICE (calling other hosts). Each query runs in a worker process with a time
limit and a row limit (:mod:`builders.workers`). ``/`` is a page with a query box
and the library's questions. Only the standard library serves HTTP: the endpoint
is small and a framework would add a dependency for nothing we need.
"""

from __future__ import annotations

import ipaddress
import signal
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from .errors import FilingKGError, QueryError
from .results import NotAcceptable, negotiate, serialize
from .serve_page import page_html
from .sparql import query_form, read_only_refusal
from .store import graph_path, resolve_store
from .workers import Busy, QueryTimeout, Source, WorkerPool

MAX_BODY = 1 << 20  # a query longer than 1 MB is not a query a person wrote
FORM_KINDS = {"SELECT": "SELECT", "ASK": "ASK", "CONSTRUCT": "GRAPH", "DESCRIBE": "GRAPH"}


@dataclass
class ServeConfig:
    graph: str | None = None
    store: str | None = None
    host: str = "127.0.0.1"
    port: int = 7878
    timeout: float = 30.0
    max_rows: int = 10000
    workers: int = 2
    quiet: bool = False


class _Reply(Exception):
    """An HTTP answer other than results (errors and refusals)."""

    def __init__(self, status: HTTPStatus, message: str) -> None:
        super().__init__(message)
        self.status = status


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    config: ServeConfig
    pool: WorkerPool
    page: bytes


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    server_version = "filing-kg-sparql"
    protocol_version = "HTTP/1.1"

    # ------------------------------------------------------------------ HTTP verbs

    def do_GET(self) -> None:
        self._dispatch(lambda url: self._query_from(parse_qs(url.query, keep_blank_values=True)))

    def do_POST(self) -> None:
        self._dispatch(self._post_query)

    def do_OPTIONS(self) -> None:  # CORS preflight, e.g. from YASGUI in a browser
        self._send(HTTPStatus.NO_CONTENT, b"", None, {
            "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
            "Access-Control-Allow-Headers": "Content-Type, Accept",
            "Access-Control-Max-Age": "600",
        })

    def do_PUT(self) -> None:
        self._send_text(HTTPStatus.METHOD_NOT_ALLOWED, "this endpoint is read-only", {"Allow": "GET, POST, OPTIONS"})

    do_DELETE = do_PATCH = do_PUT

    # ------------------------------------------------------------------ routing

    def _dispatch(self, read_query: Callable) -> None:
        url = urlsplit(self.path)
        try:
            if url.path in ("/", "/index.html") and self.command == "GET":
                self._send(HTTPStatus.OK, self.server.page, "text/html; charset=utf-8")
            elif url.path == "/sparql":
                self._answer(*read_query(url))
            else:
                raise _Reply(HTTPStatus.NOT_FOUND, f"no such page: {url.path} (the endpoint is /sparql)")
        except _Reply as reply:
            self._send_text(reply.status, str(reply))

    def _post_query(self, url) -> tuple[str, str | None, list[str]]:
        params = parse_qs(url.query, keep_blank_values=True)
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        body = self._body()
        if ctype == "application/sparql-update":
            raise _Reply(HTTPStatus.FORBIDDEN, "SPARQL Update is refused: this endpoint is read-only")
        if ctype == "application/sparql-query":
            if "query" in params:
                raise _Reply(HTTPStatus.BAD_REQUEST, "give the query in the body or in ?query=, not both")
            return self._query_from({**params, "query": [self._decode(body)]})
        if ctype == "application/x-www-form-urlencoded":
            form = parse_qs(self._decode(body), keep_blank_values=True)
            return self._query_from({**params, **form})
        raise _Reply(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                     "POST a query as application/sparql-query or application/x-www-form-urlencoded (query=...)")

    def _body(self) -> bytes:
        length = self.headers.get("Content-Length")
        if length is None:
            raise _Reply(HTTPStatus.LENGTH_REQUIRED, "Content-Length required")
        try:
            size = int(length)
        except ValueError:
            raise _Reply(HTTPStatus.BAD_REQUEST, "bad Content-Length") from None
        if size > MAX_BODY:
            raise _Reply(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"request body over {MAX_BODY} bytes")
        return self.rfile.read(size)

    @staticmethod
    def _decode(body: bytes) -> str:
        try:
            return body.decode("utf-8")
        except UnicodeDecodeError:
            raise _Reply(HTTPStatus.BAD_REQUEST, "the request body is not UTF-8") from None

    @staticmethod
    def _query_from(params: dict[str, list[str]]) -> tuple[str, str | None, list[str]]:
        if "update" in params:
            raise _Reply(HTTPStatus.FORBIDDEN, "SPARQL Update is refused: this endpoint is read-only")
        queries = params.get("query", [])
        if len(queries) != 1 or not queries[0].strip():
            raise _Reply(HTTPStatus.BAD_REQUEST, "give exactly one SPARQL query: /sparql?query=... (see / for examples)")
        if params.get("named-graph-uri"):
            raise _Reply(HTTPStatus.BAD_REQUEST, "named-graph-uri is not supported; GRAPH patterns see every filing graph")
        graphs = params.get("default-graph-uri", [])
        if len(graphs) > 1:
            raise _Reply(HTTPStatus.BAD_REQUEST, "give at most one default-graph-uri (one filing graph, or none for all)")
        requested = [v for key in ("format", "output", "results") for v in params.get(key, [])]
        return queries[0], (graphs[0] if graphs else None), requested

    # ------------------------------------------------------------------ answering

    def _answer(self, text: str, graph: str | None, requested: list[str]) -> None:
        refusal = read_only_refusal(text)
        if refusal:
            raise _Reply(HTTPStatus.FORBIDDEN, refusal)
        form = query_form(text)
        if form not in FORM_KINDS:
            raise _Reply(HTTPStatus.BAD_REQUEST, "not a SPARQL query (SELECT, ASK, CONSTRUCT or DESCRIBE)")
        try:
            fmt = negotiate(FORM_KINDS[form], self.headers.get("Accept"), requested)
        except NotAcceptable as exc:
            raise _Reply(HTTPStatus.NOT_ACCEPTABLE, str(exc)) from None
        config = self.server.config
        try:
            result = self.server.pool.run(text, graph, config.max_rows)
        except (QueryTimeout, Busy) as exc:
            raise _Reply(HTTPStatus.SERVICE_UNAVAILABLE, str(exc)) from None
        except QueryError as exc:
            raise _Reply(HTTPStatus.BAD_REQUEST, str(exc)) from None
        headers = {"X-Filing-KG-Truncated": f"{config.max_rows} rows"} if result.truncated else {}
        self._send(HTTPStatus.OK, serialize(result, fmt), fmt.content_type, headers)

    def _send_text(self, status: HTTPStatus, message: str, headers: dict | None = None) -> None:
        self._send(status, (message + "\n").encode("utf-8"), "text/plain; charset=utf-8", headers)

    def _send(self, status: HTTPStatus, body: bytes, content_type: str | None, headers: dict | None = None) -> None:
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Vary", "Accept")
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args) -> None:
        if not self.server.config.quiet:
            sys.stderr.write(f"{self.address_string()} {format % args}\n")


# --------------------------------------------------------------------------- running


@dataclass
class RunningServer:
    httpd: _Server
    pool: WorkerPool
    thread: threading.Thread | None

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        shown = f"[{host}]" if ":" in str(host) else host
        return f"http://{shown}:{port}/"

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.pool.close()


def source_of(config: ServeConfig) -> Source:
    store = resolve_store(config.graph, config.store)
    if store is not None:
        return Source(store=str(store))
    if config.graph is None:
        raise FilingKGError("serve needs --store DIR, a build folder or a graph file")
    return Source(graph_file=str(graph_path(config.graph)))


def start(config: ServeConfig, background: bool = True) -> RunningServer:
    """Open the workers and bind the port; serve in a thread when ``background``."""
    if config.timeout <= 0 or config.max_rows < 1:
        raise FilingKGError("--timeout must be positive and --max-rows at least 1")
    pool = WorkerPool(source_of(config), size=config.workers, timeout=config.timeout)
    try:
        httpd = _Server((config.host, config.port), _Handler)
    except OSError as exc:
        pool.close()
        raise FilingKGError(f"cannot listen on {config.host}:{config.port}: {exc.strerror or exc}") from exc
    httpd.config, httpd.pool, httpd.page = config, pool, page_html().encode("utf-8")
    thread = None
    if background:
        thread = threading.Thread(target=httpd.serve_forever, name="filing-kg-serve", daemon=True)
        thread.start()
    return RunningServer(httpd, pool, thread)


def serve(config: ServeConfig, announce: Callable[[str], None] = print) -> int:
    """Serve until interrupted (the ``serve`` command)."""
    if not _is_loopback(config.host):
        print(f"warning: listening on {config.host}: anyone who can reach this address can query the graph",
              file=sys.stderr)
    running = start(config, background=False)
    announce(running.url)
    signal.signal(signal.SIGTERM, _interrupt)  # `kill` stops it as cleanly as Ctrl-C
    try:
        running.httpd.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        running.httpd.server_close()
        running.pool.close()
    return 0


def _interrupt(_signum, _frame) -> None:
    raise KeyboardInterrupt


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
