"""The fetch cache: what was downloaded, where, and a ledger of every fetch.

Layout under the cache folder::

    archives/<CIK, 10 digits>/<accession>.txt      full submissions; immutable, kept forever
    json/company_tickers.json                        ticker -> CIK; expires (max_age)
    json/submissions/CIK##########[-submissions-###].json   a company's filings; expires
    manifest.jsonl                                   one line per fetch: url, status, bytes, sha256, time

Every file is written to a temp file and renamed into place, so a file that exists is
complete: an interrupted run leaves only ``.*.tmp`` files, which are never read.
Paths are built only from validated identifiers and checked to stay inside the folder.
"""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from requests import RequestException

from ..atomic import atomic_write_bytes, atomic_writer
from ..errors import FetchError
from ..hashing import file_sha256
from .identifiers import check_page_name, normalize_accession, normalize_cik

MANIFEST = "manifest.jsonl"
_TAIL = 4096


@dataclass(frozen=True)
class Stored:
    path: Path
    bytes: int
    sha256: str


class Cache:
    def __init__(self, root: str | Path):
        self.root = Path(root)
        if self.root.exists() and not self.root.is_dir():
            raise FetchError(f"cache {self.root}: exists and is not a folder")
        self._base = self.root.resolve()
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ paths

    def tickers_path(self) -> Path:
        return self._inside("json", "company_tickers.json")

    def submissions_path(self, cik: str) -> Path:
        return self._inside("json", "submissions", f"CIK{normalize_cik(cik)}.json")

    def page_path(self, name: str) -> Path:
        return self._inside("json", "submissions", check_page_name(name))

    def archive_path(self, cik: str, accession: str) -> Path:
        return self._inside("archives", normalize_cik(cik), f"{normalize_accession(accession)}.txt")

    def _inside(self, *parts: str) -> Path:
        path = self.root.joinpath(*parts)
        # Defence in depth: the identifiers are validated already, but a path that
        # resolves outside the cache must never be written, whatever produced it.
        if not path.resolve().is_relative_to(self._base):
            raise FetchError(f"refusing cache path outside {self.root}: {'/'.join(parts)!r}")
        return path

    def relative(self, path: Path) -> str:
        return path.relative_to(self.root).as_posix()

    # ------------------------------------------------------------------ freshness

    @staticmethod
    def age(path: Path) -> float | None:
        """Seconds since ``path`` was written, or None when it is not cached."""
        try:
            return max(0.0, time.time() - path.stat().st_mtime)
        except FileNotFoundError:
            return None

    # ------------------------------------------------------------------ writing

    def write_bytes(self, path: Path, data: bytes) -> Stored:
        with _writing(path):
            atomic_write_bytes(path, data)
        return Stored(path, len(data), hashlib.sha256(data).hexdigest())

    def write_stream(self, path: Path, chunks: Iterable[bytes], check: Callable[[int, bytes], None] | None = None) -> Stored:
        """Stream ``chunks`` into ``path``; ``check(size, last_bytes)`` may reject the body,
        in which case nothing is left behind."""
        digest, size, tail = hashlib.sha256(), 0, b""
        with _writing(path), atomic_writer(path) as handle:
            for chunk in chunks:
                if not chunk:
                    continue
                handle.write(chunk)
                digest.update(chunk)
                size += len(chunk)
                tail = (tail + chunk)[-_TAIL:]
            if check:
                check(size, tail)
        return Stored(path, size, digest.hexdigest())

    sha256 = staticmethod(file_sha256)

    def clean_partials(self, older_than: float = 3600.0) -> int:
        """Remove temp files of runs that were killed (not those a running process may own)."""
        removed = 0
        for tmp in self.root.rglob(".*.tmp"):
            age = self.age(tmp)
            if age is not None and age > older_than:
                tmp.unlink(missing_ok=True)
                removed += 1
        return removed

    # ------------------------------------------------------------------ manifest

    @property
    def manifest_path(self) -> Path:
        return self.root / MANIFEST

    def record(self, **entry) -> None:
        """Append one line to the manifest. One write per line, under a lock, so lines from
        threads never interleave (and appends from other processes stay line-atomic)."""
        entry = {"time": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ"), **entry}
        line = json.dumps(entry, ensure_ascii=False, sort_keys=True) + "\n"
        with _writing(self.manifest_path), self._lock:
            self.root.mkdir(parents=True, exist_ok=True)
            with self.manifest_path.open("a", encoding="utf-8") as handle:
                handle.write(line)

    def records(self) -> Iterator[dict]:
        """The manifest's entries, oldest first; a line cut by a crash is skipped."""
        try:
            lines = self.manifest_path.read_text(encoding="utf-8").split("\n")  # JSON may hold U+2028 raw
        except FileNotFoundError:
            return
        for line in lines:
            try:
                entry = json.loads(line)
            except json.JSONDecodeError:
                continue
            if isinstance(entry, dict):
                yield entry

    def recorded_sha256(self) -> dict[str, str]:
        """Cache path -> sha256 of the last successful fetch of it."""
        known: dict[str, str] = {}
        for entry in self.records():
            if entry.get("status") == 200 and entry.get("path") and entry.get("sha256"):
                known[entry["path"]] = entry["sha256"]
        return known


@contextmanager
def _writing(path: Path) -> Iterator[None]:
    """A full disk or a read-only cache is the user's to fix: say which file, no traceback."""
    try:
        yield
    except RequestException:
        raise  # also an OSError, but the network's: the client retries those
    except OSError as exc:
        raise FetchError(f"cannot write {path}: {exc.strerror or exc}") from None
