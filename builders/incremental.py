"""Incremental builds: each input's Extraction cached under a hash of its content and of the code.

A rebuild into the same output folder reads again only the inputs that are new or changed
(or every input, after the code or the reading limits change); resolution and emission,
which need every filing, always run again, so the output equals a build from scratch.

Layout in the output folder::

    OUT/extractions/<key>.pickle  (Extraction | None, FilingReport) of one input, pickled
    OUT/manifest.json        every input of the last build: path, size, sha256, cache key, filing

The key is the sha256 of the file's bytes, its path (reports and the graph name the file),
the reading limits and a digest of the package's code: a changed extractor never reuses
what the old one read. Entries no longer used by a build are removed after it.

The cache is pickled Python: like any pickle it must only be read from a folder you trust
(it is your own output folder).
"""

from __future__ import annotations

import hashlib
import json
import pickle
from dataclasses import asdict, dataclass
from functools import lru_cache
from pathlib import Path

from . import __version__
from .atomic import atomic_write_bytes
from .hashing import file_sha256
from .parse import Limits

CACHE_DIR = "extractions"  # not "cache": --cache is the EDGAR download cache
MANIFEST = "manifest.json"


@lru_cache(maxsize=1)
def code_digest() -> str:
    """A digest of every module of the package: the extraction a cache entry holds is only
    as good as the code that made it."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256(__version__.encode())
    for path in sorted(root.rglob("*.py")):
        digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


@dataclass
class InputEntry:
    source: str
    bytes: int
    sha256: str
    key: str
    filing_id: str | None = None
    status: str | None = None


class ExtractionCache:
    """Reads and writes cache entries in ``folder``; counts hits and misses for the report."""

    def __init__(self, folder: str | Path, limits: Limits) -> None:
        self.folder = Path(folder)
        self.limits = limits
        self.entries: dict[str, InputEntry] = {}
        self.reused = 0
        self.read = 0

    def _entry(self, path: Path) -> InputEntry | None:
        """The input's hash and key; None when it cannot or should not be hashed (the reader
        then reports the problem: missing, unreadable, or over the size limit)."""
        if str(path) in self.entries:
            return self.entries[str(path)]
        try:
            size = path.stat().st_size
            if size > self.limits.max_file_bytes:
                return None
            sha = file_sha256(path)
        except OSError:
            return None
        key_text = json.dumps([sha, str(path), repr(self.limits), code_digest()])
        entry = InputEntry(str(path), size, sha, hashlib.sha256(key_text.encode()).hexdigest()[:32])
        self.entries[str(path)] = entry
        return entry

    def get(self, path: Path):
        entry = self._entry(path)
        if entry is None:
            return None
        try:
            with (self.folder / f"{entry.key}.pickle").open("rb") as handle:
                read = pickle.load(handle)
        except FileNotFoundError:
            return None
        except Exception:  # noqa: BLE001 - a damaged or foreign entry is only a cache miss
            return None
        self.reused += 1
        self._note(entry, read)
        read[1].cached = True
        return read

    def put(self, path: Path, read) -> None:
        self.read += 1
        entry = self._entry(path)
        if entry is None:
            return
        self._note(entry, read)
        if read[0] is None:
            # Unreadable inputs are cheap to find again, and a build that reads nothing
            # must write nothing (not even a cache folder).
            return
        atomic_write_bytes(self.folder / f"{entry.key}.pickle", pickle.dumps(read, protocol=pickle.HIGHEST_PROTOCOL))

    @staticmethod
    def _note(entry: InputEntry, read) -> None:
        extraction, report = read
        entry.filing_id = extraction.filing.filing_id if extraction is not None else None
        entry.status = report.status

    def prune(self) -> int:
        """Remove entries this build did not use; returns how many."""
        keep = {f"{e.key}.pickle" for e in self.entries.values()}
        removed = 0
        if self.folder.is_dir():
            for path in self.folder.glob("*.pickle"):
                if path.name not in keep:
                    path.unlink(missing_ok=True)
                    removed += 1
        return removed

    def summary(self) -> dict:
        return {"reused": self.reused, "read": self.read}

    def manifest(self) -> str:
        data = {
            "filing_kg": __version__,
            "code": code_digest(),
            "inputs": [asdict(e) for e in sorted(self.entries.values(), key=lambda e: e.source)],
        }
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
