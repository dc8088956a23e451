"""Incremental builds: each input's Extraction cached under a hash of its content and of the
code, and each filing's named graph under a hash of what it is made from.

A rebuild into the same output folder reads again only the inputs that are new or changed
(or every input, after the code or the reading limits change). Resolution needs every filing
and runs again (unless the changed filings name the same entities as before: then
builders.rebuild resolves only their agreements again, without loading the others); then each
filing's graph is emitted again only when its extraction or its slice of the resolution
(:class:`~builders.resolve.FilingSlice`: the IRIs, labels and license facts its graph states)
changed, and the others' text is reused. graph.nq and graph.trig are merged from those texts,
so the output equals a build from scratch.

Layout in the output folder::

    OUT/extractions/<key>.pickle  (Extraction | None, FilingReport) of one input, pickled
    OUT/graphs/<fingerprint>.nq   one filing's named graph, canonical N-Quads (its lines of graph.nq)
    OUT/graphs/<fingerprint>.trig the same graph's block of graph.trig
    OUT/rebuild.pickle       what a steady-state rebuild starts from (builders.rebuild)
    OUT/manifest.json        every input of the last build: path, size, sha256, cache key, filing;
                             every filing's graph fingerprint, graph.nq's sha256, and the
                             validation results (what an incremental validation starts from)

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
import time
from collections.abc import Iterator
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path

from . import __version__
from .atomic import atomic_write_bytes, make_durable
from .hashing import file_sha256
from .jsontext import iter_long
from .parse import Limits

CACHE_DIR = "extractions"  # not "cache": --cache is the EDGAR download cache
GRAPHS_DIR = "graphs"
MANIFEST = "manifest.json"


@lru_cache(maxsize=1)
def code_digest() -> str:
    """A digest of every module of the package and the data files it reads (the truecasing word
    list): the extraction a cache entry holds is only as good as what made it."""
    root = Path(__file__).resolve().parent
    digest = hashlib.sha256(__version__.encode())
    for path in sorted([*root.rglob("*.py"), *root.rglob("*.txt")]):
        digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


@dataclass(slots=True)
class InputEntry:
    source: str
    bytes: int
    sha256: str
    key: str
    filing_id: str | None = None
    status: str | None = None
    mtime_ns: int | None = None


_ENTRY_FIELDS = [f.name for f in fields(InputEntry)]

# A file's size and modification time, as the last build recorded them, stand for its sha256
# (hashing 10,000 filings takes seconds) unless it was modified this close to when the last
# build hashed it: a second change within a coarse clock tick could keep both the same.
RACY_NS = 2_000_000_000


class ExtractionCache:
    """Reads and writes cache entries in ``folder``; counts hits and misses for the report."""

    def __init__(self, folder: str | Path, limits: Limits) -> None:
        self.folder = Path(folder)
        self.graphs_folder = self.folder.parent / GRAPHS_DIR
        self.limits = limits
        self.entries: dict[str, InputEntry] = {}
        self.reused = 0
        self.read = 0
        self.previous = _read_manifest(self.folder.parent / MANIFEST)
        self.hashed_at = time.time_ns()
        self._known = {e["source"]: e for e in self.previous.get("inputs", []) if isinstance(e, dict) and "source" in e}
        # Set by the build for the manifest it writes: filing id -> graph fingerprint, the
        # sha256 of graph.nq, the validation results (None: this build did not validate).
        self.graphs: dict[str, str] = {}
        self.graph_sha256: str | None = None
        self.validation: list[dict] | None = None
        # Set by a steady-state rebuild (builders.rebuild): the extraction keys and graph
        # fingerprints it replaced, all that is left to prune.
        self.replaced: tuple[set[str], set[str]] | None = None
        self.unsynced: list[Path] = []  # entries written, not yet made durable (sync)

    def key_of(self, source: str) -> str | None:
        """The cache key of an input this build hashed (what its extraction is a function of)."""
        entry = self.entries.get(source)
        return entry.key if entry is not None else None

    # ------------------------------------------------------------------ filing graphs

    def graph_get(self, fingerprint: str) -> tuple[str, str] | None:
        """(N-Quads, TriG block) of a filing graph emitted before, or None."""
        try:
            nq = (self.graphs_folder / f"{fingerprint}.nq").read_text(encoding="utf-8")
            trig = (self.graphs_folder / f"{fingerprint}.trig").read_text(encoding="utf-8")
        except (OSError, UnicodeError):
            return None
        # A filing's graph states at least the filing: an empty or cut text is an entry a
        # power loss emptied before it was made durable, not a graph.
        if not nq.endswith("\n") or not trig.endswith("\n"):
            return None
        return nq, trig

    def graph_put(self, fingerprint: str, nq: str, trig: str) -> None:
        # The .trig first: graph_get needs both, and a kill between the two writes must not
        # leave an .nq that is taken for a whole entry.
        self._write(self.graphs_folder / f"{fingerprint}.trig", trig.encode("utf-8"))
        self._write(self.graphs_folder / f"{fingerprint}.nq", nq.encode("utf-8"))

    def _write(self, path: Path, data: bytes) -> None:
        # Atomic but not yet durable: a 10,000-filing build writes 30,000 entries, and an
        # fsync each took over a minute; sync() makes them durable before the manifest is written.
        atomic_write_bytes(path, data, durable=False)
        self.unsynced.append(path)

    def sync(self) -> None:
        """Every entry this build wrote on disk (before a manifest that refers to them is)."""
        make_durable(self.unsynced)
        self.unsynced = []

    def previous_graphs(self) -> dict[str, str]:
        """filing id -> graph fingerprint of the last build into this folder ({} if none)."""
        return dict(self.previous.get("graphs", {}))

    def _entry(self, path: Path) -> InputEntry | None:
        """The input's hash and key; None when it cannot or should not be hashed (the reader
        then reports the problem: missing, unreadable, or over the size limit)."""
        if str(path) in self.entries:
            return self.entries[str(path)]
        try:
            stat = path.stat()
            if stat.st_size > self.limits.max_file_bytes:
                return None
            sha = self._known_sha256(str(path), stat) or file_sha256(path)
        except OSError:
            return None
        key_text = json.dumps([sha, str(path), repr(self.limits), code_digest()])
        entry = InputEntry(str(path), stat.st_size, sha, hashlib.sha256(key_text.encode()).hexdigest()[:32], mtime_ns=stat.st_mtime_ns)
        self.entries[str(path)] = entry
        return entry

    def _known_sha256(self, source: str, stat) -> str | None:
        """The sha256 the last build recorded for this file, if its size and time say it is unchanged."""
        known = self._known.get(source)
        hashed_at = self.previous.get("hashed_at")
        if known is None or not isinstance(hashed_at, int):
            return None
        if known.get("bytes") == stat.st_size and known.get("mtime_ns") == stat.st_mtime_ns and stat.st_mtime_ns < hashed_at - RACY_NS:
            return known.get("sha256")
        return None

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
        self._write(self.folder / f"{entry.key}.pickle", pickle.dumps(read, protocol=pickle.HIGHEST_PROTOCOL))

    @staticmethod
    def _note(entry: InputEntry, read) -> None:
        extraction, report = read
        entry.filing_id = extraction.filing.filing_id if extraction is not None else None
        entry.status = report.status

    def prune(self) -> int:
        """Remove entries this build did not use; returns how many. After a steady-state
        rebuild (``replaced`` set) only those it replaced: listing 30,000 entries to find
        the few takes longer than the rest of writing."""
        if self.replaced is not None:
            keys, fingerprints = self.replaced
            doomed = [self.folder / f"{k}.pickle" for k in keys] + [self.graphs_folder / f"{fp}{suffix}" for fp in fingerprints for suffix in (".nq", ".trig")]
            for path in doomed:
                path.unlink(missing_ok=True)
            return len(doomed)
        keep = {f"{e.key}.pickle" for e in self.entries.values()}
        keep |= {f"{fp}{suffix}" for fp in self.graphs.values() for suffix in (".nq", ".trig")}
        removed = 0
        for folder, pattern in ((self.folder, "*.pickle"), (self.graphs_folder, "*.*")):
            if folder.is_dir():
                for path in folder.glob(pattern):
                    if path.name not in keep:
                        path.unlink(missing_ok=True)
                        removed += 1
        return removed

    def summary(self) -> dict:
        return {"reused": self.reused, "read": self.read}

    def manifest_chunks(self) -> Iterator[str]:
        """manifest.json's text an input at a time (see BuildReport.json_chunks)."""
        data = {
            "filing_kg": __version__,
            "code": code_digest(),
            "hashed_at": self.hashed_at,
            # one level deep, not asdict(): its deep copies took most of a second at 10,000 inputs
            "inputs": ({name: getattr(e, name) for name in _ENTRY_FIELDS} for e in sorted(self.entries.values(), key=lambda e: e.source)),
            "graphs": dict(sorted(self.graphs.items())),
            "graph_sha256": self.graph_sha256,
            "validation": self.validation,
        }
        return iter_long(data, {"inputs", "graphs", "validation"})


def graph_fingerprint(extraction_key: str, slice_key: str) -> str:
    """What a filing's graph is made from: its extraction (whose key covers the input, the
    limits and the code, emit's included) and its slice of the resolution."""
    return hashlib.sha256(f"{extraction_key}\0{slice_key}".encode()).hexdigest()[:32]


def _read_manifest(path: Path) -> dict:
    """The last build's manifest; {} when there is none or it cannot be read (a full build then)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) and data.get("code") == code_digest() else {}
