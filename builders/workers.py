"""Query worker processes: a query that runs past its time limit is stopped by killing its process.

pyoxigraph evaluates a query in Rust without returning to Python, so nothing
in-process can interrupt it: a thread that gave up waiting would leave the query
running. Each worker is a process holding its own read-only handle on the store;
the pool hands it one query at a time and kills it (then starts a fresh one) when
the answer is late.
"""

from __future__ import annotations

import multiprocessing as mp
import queue
import threading
import time
from dataclasses import dataclass

from .errors import FilingKGError, QueryError
from .sparql import QueryResult


class QueryTimeout(FilingKGError):
    """The query ran longer than the time limit and was stopped."""


class Busy(FilingKGError):
    """Every worker stayed busy for the whole time limit."""


@dataclass(frozen=True)
class Source:
    """What the workers open: a store folder (read-only) or a graph file (loaded in memory)."""

    store: str | None = None
    graph_file: str | None = None


def _open(source: Source):
    from .store import memory_engine, store_engine

    if source.store:
        return store_engine(source.store)
    return memory_engine(source.graph_file)


def _worker_main(source: Source, conn) -> None:
    """A worker's life: open the source, then answer (text, graph, max_rows) jobs until the pipe closes."""
    try:
        engine = _open(source)
    except FilingKGError as exc:
        conn.send(("failed", str(exc)))
        return
    conn.send(("ready", None))
    while True:
        try:
            text, graph, max_rows = conn.recv()
        except (EOFError, OSError):
            return
        try:
            conn.send(("ok", engine.run(text, graph=graph, limit=max_rows)))
        except QueryError as exc:
            conn.send(("error", str(exc)))
        except Exception as exc:  # never let one bad query take the worker down silently
            conn.send(("error", f"{type(exc).__name__}: {exc}"))


class _Worker:
    def __init__(self, ctx, source: Source) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_main, args=(source, child), daemon=True)
        self.process.start()
        child.close()

    def wait_ready(self, timeout: float) -> None:
        if not self.conn.poll(timeout):
            self.kill()
            raise FilingKGError(f"a query worker did not start within {timeout:.0f} s")
        status, message = self.conn.recv()
        if status != "ready":
            self.kill()
            raise FilingKGError(message)

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()


class WorkerPool:
    """``size`` worker processes answering queries with a time limit each."""

    def __init__(self, source: Source, size: int = 2, timeout: float = 30.0, start_timeout: float = 120.0) -> None:
        if size < 1:
            raise FilingKGError("need at least one query worker")
        self.source, self.timeout, self.start_timeout = source, timeout, start_timeout
        self._ctx = mp.get_context("spawn")  # the server has threads: never fork it
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        workers = [self._spawn() for _ in range(size)]
        try:
            for worker in workers:
                worker.wait_ready(start_timeout)
        except FilingKGError:
            self.close()
            raise
        for worker in workers:
            self._idle.put(worker)

    def _spawn(self) -> _Worker:
        worker = _Worker(self._ctx, self.source)
        with self._lock:
            self._all.add(worker)
        return worker

    def _replace(self, dead: _Worker) -> None:
        """Kill a worker and start another in the background (answering the client is not delayed)."""
        dead.kill()
        with self._lock:
            self._all.discard(dead)

        def start() -> None:
            if self._closed:
                return
            worker = self._spawn()
            try:
                worker.wait_ready(self.start_timeout)
                self._idle.put(worker)
            except FilingKGError:
                with self._lock:
                    self._all.discard(worker)

        threading.Thread(target=start, daemon=True).start()

    def run(self, text: str, graph: str | None = None, max_rows: int | None = None) -> QueryResult:
        started = time.monotonic()
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            raise Busy(f"all query workers stayed busy for {self.timeout:g} s; try again later") from None
        remaining = max(self.timeout - (time.monotonic() - started), 0.01)
        try:
            worker.conn.send((text, graph, max_rows))
            if not worker.conn.poll(remaining):
                self._replace(worker)
                raise QueryTimeout(f"query stopped after the {self.timeout:g} s time limit")
            status, payload = worker.conn.recv()
        except (EOFError, OSError, BrokenPipeError):
            self._replace(worker)
            raise QueryError("the query worker died while answering (out of memory?)") from None
        self._idle.put(worker)
        if status == "ok":
            return payload
        raise QueryError(payload)

    def close(self) -> None:
        self._closed = True
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for worker in workers:
            worker.kill()
