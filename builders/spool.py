"""A build's graph.nq and graph.trig, written to temp files as the named graphs are merged.

A build never holds the whole graph's text: at 10^7 triples graph.nq is 2.5 GB, and holding it
(with graph.trig, and each graph's own text beside them) was most of a build's memory. Each
graph's block is appended to a temp file and hashed as it goes; the store is filled and the
graph validated from the file; ``write_outputs`` renames it into place (``AtomicGroup.adopt``).

The temp files lie beside the outputs when the build has an output folder (its cache's), so the
rename is atomic, else in a temp folder of their own. Either way they are removed when the
:class:`GraphFiles` that owns them is garbage collected before being renamed into place.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import hashlib
import os
import shutil
import tempfile
import weakref
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from .atomic import _umask

NQ, TRIG = "graph.nq", "graph.trig"


@dataclass
class GraphFiles:
    """graph.nq and graph.trig of a build, and graph.nq's sha256 (the store's manifest and the
    next build check it). ``spooled``: still temp files, which the first ``write_outputs``
    renames into place (and later ones copy from there)."""

    nq: Path
    trig: Path
    sha256: str
    spooled: bool = True
    _cleanup: weakref.finalize | None = field(default=None, repr=False, compare=False)

    def adopted(self, nq: Path, trig: Path) -> None:
        """The files now live at ``nq`` and ``trig`` (renamed into place): nothing to remove."""
        if self._cleanup is not None:
            self._cleanup.detach()
        self.nq, self.trig, self.spooled, self._cleanup = nq, trig, False, None


class Spool:
    """Writes graph.nq and graph.trig block by block; ``close()`` gives their :class:`GraphFiles`.

    ``folder``: where the temp files go (None: a temp folder of their own). Spans are (offset,
    bytes) of each block, which a steady-state rebuild reads back (builders.rebuild)."""

    def __init__(self, folder: Path | None) -> None:
        self._own = folder is None
        self.folder = Path(tempfile.mkdtemp(prefix="filing-kg-graph.")) if folder is None else Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self._paths: list[Path] = []
        self._nq, self._trig = self._open(NQ), self._open(TRIG)
        self._hash = hashlib.sha256()
        self.nq_at = self.trig_at = 0
        # Made now, so that a graph written can point at its block (FilingGraph.release).
        self.files = GraphFiles(self._paths[0], self._paths[1], "")
        self.files._cleanup = weakref.finalize(self.files, _remove, list(self._paths), self.folder if self._own else None)

    def _open(self, name: str) -> BinaryIO:
        fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=self.folder)  # as AtomicGroup names them
        os.fchmod(fd, 0o666 & ~_umask())  # an output, shared like any file the user writes
        self._paths.append(Path(tmp))
        return os.fdopen(fd, "wb", buffering=1 << 20)

    def add(self, nq: bytes | memoryview, trig: bytes | memoryview) -> tuple[tuple[int, int], tuple[int, int]]:
        """Append one block to each file; returns where each landed."""
        spans = ((self.nq_at, len(nq)), (self.trig_at, len(trig)))
        self._nq.write(nq)
        self._hash.update(nq)
        self._trig.write(trig)
        self.nq_at += len(nq)
        self.trig_at += len(trig)
        return spans

    def close(self) -> GraphFiles:
        for handle in (self._nq, self._trig):
            handle.close()
        self.files.sha256 = self._hash.hexdigest()
        return self.files

    def abort(self) -> None:
        for handle in (self._nq, self._trig):
            handle.close()
        _remove(self._paths, self.folder if self._own else None)

    def __enter__(self) -> Spool:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is not None:
            self.abort()


def trim_heap() -> None:
    """Give the heap's free pages back to the system (glibc's ``malloc_trim``, 0.1 ms; nothing
    without glibc). Not ``gc.collect()``: it freed 3 MB of 3,000 filings' emission, and a full
    collection costs 0.5 s per 6 million objects, which a build of 10^7 triples holds several
    times over, every 500 graphs."""
    if _LIBC is not None:
        _LIBC.malloc_trim(0)


def _libc():
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return libc if hasattr(libc, "malloc_trim") else None
    except OSError:
        return None


_LIBC = _libc()


def _remove(paths: list[Path], folder: Path | None) -> None:
    for path in paths:
        path.unlink(missing_ok=True)
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)
