"""The read stage (parse + extract, one filing at a time) fanned out over worker processes.

Reading a filing is a pure function of one file (:func:`builders.pipeline.read_filing`), so
it parallelizes by process with nothing shared; resolution and emission need every filing and
run once in the parent afterwards. Workers send back the Extraction with its documents' text
dropped (only the lengths are kept: emit needs nothing more), so the parent holds the facts of
every filing but never the text of more than the few in flight.

Results come back in completion order and are put back in input order, so the build's output
does not depend on ``jobs`` (tests/test_scale.py compares graph.nq bytes for 1 and 2 jobs).

A :class:`~builders.incremental.ExtractionCache`, when given, answers for inputs read before
with the same content and code; only the others are read.
"""

from __future__ import annotations

import os
import signal
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from .model import Extraction
from .parse import DEFAULT_LIMITS, Limits

Progress = Callable[[int, int, str], None]
Read = tuple[Extraction | None, "FilingReport"]  # noqa: F821 - defined in pipeline (imported lazily)

# Futures in flight per worker: enough to keep every worker busy while the parent stores
# results, few enough that finished-but-unconsumed extractions stay bounded.
_IN_FLIGHT_PER_JOB = 4
DIED = "the worker process reading this file died (out of memory, or a crash in a parser): skipped"


def _die_with_parent() -> None:
    """Worker initializer: on Linux, ask the kernel to stop this worker when the build that
    started it dies. A killed build (Ctrl-C twice, SIGKILL, the OOM killer) must not leave
    workers behind: they would wait forever on a queue nobody writes to."""
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        if os.getppid() == 1:  # the parent died before the call above took effect
            os._exit(1)
    except (OSError, AttributeError):
        pass  # not Linux: workers end when their queue's pipe closes, as multiprocessing does


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def read_one(path: Path, limits: Limits = DEFAULT_LIMITS, keep_text: bool = True) -> Read:
    """What a worker runs: read one filing, optionally forgetting its text before it is sent back."""
    from .pipeline import read_filing

    extraction, report = read_filing(path, limits)
    if extraction is not None and not keep_text:
        for doc in extraction.filing.documents:
            doc.drop_text()
    return extraction, report


def read_all(
    paths: list[Path],
    limits: Limits = DEFAULT_LIMITS,
    jobs: int = 1,
    keep_text: bool = True,
    progress: Progress | None = None,
    cache=None,
    fresh: dict[int, Read] | None = None,
) -> list[Read]:
    """Every path read (from the cache where it can be), in the order of ``paths``. ``fresh``:
    reads made already in this build, by index into ``paths`` (stored as if read here)."""
    results: list[Read | None] = [None] * len(paths)
    done = 0

    def finished(index: int, read: Read, label: str) -> None:
        nonlocal done
        results[index] = read
        done += 1
        if progress:
            progress(done, len(paths), label)

    fresh = fresh or {}
    todo = []
    for index, path in enumerate(paths):
        if index in fresh:
            continue
        hit = cache.get(path) if cache is not None else None
        if hit is not None:
            finished(index, hit, f"{path} (unchanged)")
        else:
            todo.append(index)

    def store(index: int, read: Read) -> None:
        if cache is not None:
            cache.put(paths[index], read)
        finished(index, read, str(paths[index]))

    for index, read in sorted(fresh.items()):
        store(index, read)
    if jobs <= 1 or len(todo) <= 1:
        for index in todo:
            store(index, read_one(paths[index], limits, keep_text))
    else:
        _fan_out(paths, todo, limits, min(jobs, len(todo)), keep_text, store)
    return results  # type: ignore[return-value]


def _fan_out(paths, todo: list[int], limits: Limits, jobs: int, keep_text: bool, store) -> None:
    """Submit at most jobs * _IN_FLIGHT_PER_JOB reads at a time; store each as it finishes."""
    queue = list(reversed(todo))
    retry: list[int] = []
    with ProcessPoolExecutor(max_workers=jobs, initializer=_die_with_parent) as pool:
        pending: dict[Future, int] = {}
        while queue or pending:
            while queue and len(pending) < jobs * _IN_FLIGHT_PER_JOB:
                index = queue.pop()
                pending[pool.submit(read_one, paths[index], limits, keep_text)] = index
            finished, _ = wait(pending, return_when=FIRST_COMPLETED)
            for future in finished:
                index = pending.pop(future)
                try:
                    store(index, future.result())
                except BrokenProcessPool:
                    # One worker died and took the pool down: every read in flight failed with
                    # it. Retry those (and the rest) one per fresh process so that only the
                    # file that kills its worker is lost.
                    retry.append(index)
            if retry:
                retry += [pending.pop(f) for f in list(pending)] + list(reversed(queue))
                queue = []
                break
    for index in sorted(retry):
        store(index, _isolated(paths[index], limits, keep_text))


def _isolated(path: Path, limits: Limits, keep_text: bool) -> Read:
    from .pipeline import FilingReport

    with ProcessPoolExecutor(max_workers=1, initializer=_die_with_parent) as pool:
        try:
            return pool.submit(read_one, path, limits, keep_text).result()
        except BrokenProcessPool:
            return None, FilingReport(source=str(path), status="error", error=DIED)
