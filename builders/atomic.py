"""Atomic writes: a reader sees the old file or the new one, never half of one."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from .errors import FilingKGError

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write_bytes(path: str | Path, data: bytes, durable: bool = True) -> None:
    """``data`` in ``path`` whole or not at all, even if the process is killed. ``durable=False``
    skips the fsync (2-3 ms here): for the many entries of a cache, which the caller makes
    durable at once (:func:`make_durable`) before anything that must survive refers to them."""
    with atomic_writer(path, durable=durable) as handle:
        handle.write(data)


# Past this many files one sync() of the file systems is faster than an fsync() each
# (0.26 s for the whole machine against 2.6 ms a file, measured on the build machine).
SYNC_ALL_FROM = 100


def make_durable(paths: list[Path]) -> None:
    """The files written with ``durable=False`` (and their folders' entries) on disk."""
    if len(paths) >= SYNC_ALL_FROM:
        os.sync()
        return
    for path in paths:
        try:
            fd = os.open(path, os.O_RDONLY)
        except FileNotFoundError:
            continue  # replaced or pruned since: nothing of it to keep
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    for folder in {p.parent for p in paths}:
        _fsync_folder(folder)


def atomic_write_text(path: str | Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))


@contextmanager
def atomic_writer(path: str | Path, durable: bool = True) -> Iterator[BinaryIO]:
    """Stream into a temp file beside ``path``; renamed into place only if the block ends
    without an exception, so a reader (or a later run) never sees a partial file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        # mkstemp creates 0600; outputs are meant to be shared like any file the user writes.
        os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            if durable:
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class AtomicGroup:
    """Several files replaced together: each is written and fsynced to a temp file beside
    its target, and only when the block ends without an exception are the temps renamed,
    one after the other. A process killed before that point leaves every old file as it
    was (plus stray ``.*.tmp`` files, never read); one killed during the renames (a few
    microseconds) leaves each file whole, old or new.
    """

    def __init__(self) -> None:
        self._pending: list[tuple[str, Path]] = []
        self._kept: set[str] = set()  # adopted files: not ours to remove on failure
        self.paths: list[Path] = []

    def write(self, path: str | Path, data: str | bytes | Iterable[str]) -> None:
        """``data`` as ``path``'s bytes: text, bytes, or text in pieces (written as they come,
        so that a big JSON record is never whole in memory)."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        self._pending.append((tmp, path))
        pieces = [data] if isinstance(data, (str, bytes)) else data
        with os.fdopen(fd, "wb", buffering=1 << 20) as handle:
            for piece in pieces:
                handle.write(piece.encode("utf-8") if isinstance(piece, str) else piece)
            handle.flush()
            os.fsync(handle.fileno())

    def adopt(self, path: str | Path, source: Path, move: bool) -> bool:
        """``source``'s bytes as ``path``: the file itself, renamed, when ``move`` and it lies
        beside ``path`` (a build's temp graph.nq: gigabytes are not copied); else a copy,
        streamed. A moved file is left where it was if the group fails. Returns whether
        ``source`` itself is renamed."""
        path, source = Path(path), Path(source)
        if move and source.parent.resolve() == path.parent.resolve():
            with source.open("rb+") as handle:
                os.fsync(handle.fileno())
            self._pending.append((str(source), path))
            self._kept.add(str(source))
            return True
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        self._pending.append((tmp, path))
        with os.fdopen(fd, "wb") as handle, source.open("rb") as src:
            shutil.copyfileobj(src, handle, 1 << 20)
            handle.flush()
            os.fsync(handle.fileno())
        return False

    def __enter__(self) -> AtomicGroup:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is not None:
            for tmp, _path in self._pending:
                if tmp not in self._kept:
                    Path(tmp).unlink(missing_ok=True)
            return
        for tmp, path in self._pending:
            os.replace(tmp, path)
            self.paths.append(path)
        for folder in {path.parent for _tmp, path in self._pending}:
            _fsync_folder(folder)


def _fsync_folder(folder: Path) -> None:
    """Make the renames durable (a power cut after the build must not undo them)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


LOCK_NAME = ".filing-kg.lock"


class FolderBusy(FilingKGError):
    """Another process holds the folder's build lock."""


@contextmanager
def folder_lock(folder: str | Path) -> Iterator[Path]:
    """Hold ``folder``'s build lock for the duration: a second build into the same folder
    would interleave its cache, temp graph files and renames with this one's (and remove
    this one's temp files as a killed build's leftovers). The lock is an flock on
    ``folder/.filing-kg.lock``: the kernel drops it when its holder dies, so a killed build
    never leaves the folder locked. Raises FolderBusy, naming the holder's pid, at once
    rather than waiting. Where there is no flock (Windows), nothing is locked."""
    folder = Path(folder)
    path = folder / LOCK_NAME
    created = not folder.exists()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle = open(path, "a+", encoding="utf-8")  # noqa: SIM115 (closed by the with below; the open needs its own except)
    except OSError as exc:
        raise FilingKGError(f"{folder}: cannot write the output folder: {exc.strerror or exc}") from None
    with handle:
        if fcntl is not None:
            try:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                handle.seek(0)
                holder = handle.read().strip() or "unknown"
                raise FolderBusy(f"{folder}: another filing-kg build is writing to this folder (pid {holder}); "
                                 "wait for it to finish or choose another --out") from None
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        try:
            yield path
        finally:
            if created:
                _remove_if_only_the_lock(folder, path)


def _remove_if_only_the_lock(folder: Path, lock: Path) -> None:
    """A build that wrote nothing leaves no folder behind it: only the lock made it."""
    try:
        if [entry.name for entry in os.scandir(folder)] == [lock.name]:
            lock.unlink()
            folder.rmdir()
    except OSError:
        pass  # another process wrote there after all: its folder now
