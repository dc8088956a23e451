"""Loading and storing a built graph.

Two ways to hold a build:

- the files: a build folder's ``graph.nq`` (or any N-Quads/TriG/Turtle file),
  loaded into an rdflib ``Dataset`` in memory: right for small graphs and the
  only thing pyshacl should be given;
- an Oxigraph store (``pyoxigraph``, RocksDB on disk) that ``build`` fills next
  to the files (``OUT/store`` unless ``--store DIR``) and every other command
  opens read-only: queries stay fast at millions of triples.

The store holds the per-filing named graphs and, in its default graph, their
union (each triple once). Queries run on that default graph rather than with
pyoxigraph's ``use_default_graph_as_union``, because pyoxigraph 0.5 returns a
triple once per graph stating it there (oxigraph issue #1919, fixed after 0.5):
counts would double whenever two filings state the same fact.

:func:`open_engine` turns what a command was given (a build folder, a graph
file, a store folder) into a query engine; :func:`load_rdflib` into an rdflib
Dataset whatever was given.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph

from .atomic import atomic_write_text
from .errors import GraphError
from .hashing import file_sha256
from .name_index import (
    NAME_PREDICATES,
    NameIndex,
    names_of_file,
    names_of_quads,
    read_index,
    write_index,
)
from .statistics import STATISTICS_GRAPH, write_statistics

FORMATS = {".nq": "nquads", ".trig": "trig", ".ttl": "turtle", ".nt": "nt"}
OX_FORMATS = {".nq": ox.RdfFormat.N_QUADS, ".trig": ox.RdfFormat.TRIG, ".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES}
STORE_DIR = "store"
MANIFEST = "filing-kg-store.json"
ENGINES = ("auto", "oxigraph", "rdflib")


def graph_path(arg: str | Path) -> Path:
    path = Path(arg)
    if path.is_dir():
        path = path / "graph.nq"
    if not path.exists():
        raise GraphError(f"{arg}: no such graph (give a build folder or a .nq/.trig/.ttl file)")
    if path.suffix not in FORMATS:
        raise GraphError(f"{path}: unknown graph format {path.suffix!r} (use .nq, .trig, .ttl or .nt)")
    return path


def load_dataset(arg: str | Path) -> Dataset:
    """The named graphs of a build; the default graph is their union for queries."""
    path = graph_path(arg)
    ds = Dataset(default_union=True)
    try:
        ds.parse(path, format=FORMATS[path.suffix])
    except Exception as exc:  # rdflib raises many parser-specific types
        raise GraphError(f"{path}: cannot parse as {FORMATS[path.suffix]}: {exc}") from exc
    return ds


def union_graph(ds: Dataset) -> Graph:
    """One plain graph holding every statement of every named graph (what SHACL checks)."""
    union = Graph()
    for s, p, o, _g in ds.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


# --------------------------------------------------------------------------- the Oxigraph store


def is_store(path: str | Path) -> bool:
    return (Path(path) / MANIFEST).is_file()


def fill_store(source: str | Path, store_dir: str | Path, read_from: Path | None = None, sha256: str | None = None) -> dict:
    """Load a graph file into a fresh on-disk Oxigraph store at ``store_dir``, replacing any old one.

    The store is built beside its final place and swapped in, so a reader never
    opens half a store; a folder that is not a filing-kg store is never replaced.
    ``read_from``: where the file's bytes are until it is renamed to ``source`` (a build's
    temp graph.nq); ``sha256``, their sha256 when the caller has it (hashing a 10,000-filing
    graph takes most of a second).
    """
    path = Path(source) if read_from is not None else graph_path(source)
    data = read_from or path
    target = Path(store_dir)
    if target.exists() and not is_store(target) and any(target.iterdir()):
        raise GraphError(f"{target}: exists and is not a filing-kg store; refusing to replace it")
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent))
    try:
        store = ox.Store(str(tmp))
        quads = _load_with_union(store, path, read_from=data)
        manifest = _manifest(path, sha256 or file_sha256(data), quads, sum(1 for _ in store.named_graphs()))
        write_statistics(store)
        store.flush()
        del store  # close RocksDB before the folder moves
        write_index(tmp, names_of_file(data, OX_FORMATS[path.suffix]), manifest["source_sha256"])
        atomic_write_text(tmp / MANIFEST, json.dumps(manifest, indent=2) + "\n")
        _swap_in(tmp, target)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return manifest


def _manifest(path: Path, sha256: str | None, quads: int, graphs: int) -> dict:
    return {
        "source": str(path.resolve()),
        "source_sha256": sha256,
        "quads": quads,
        "graphs": graphs,
        "default_graph": "union of the named graphs",
        "pyoxigraph": ox.__version__,
    }


# A fresh interpreter, not a fork (which would share, and count as its own, all a build holds)
# and not multiprocessing's spawn (which runs the caller's main module again: a notebook's or
# an unguarded script's whole build).
_FILL_APART = (
    "import json, sys\n"
    "from pathlib import Path\n"
    "from builders.errors import FilingKGError\n"
    "from builders.store import fill_store\n"
    "try:\n"
    "    print(json.dumps(fill_store(sys.argv[1], sys.argv[2], Path(sys.argv[3]), sys.argv[4])))\n"
    "except FilingKGError as exc:\n"
    "    sys.exit(f'error: {exc}')\n"
)


def fill_store_apart(source: str | Path, store_dir: str | Path, read_from: Path, sha256: str) -> dict:
    """:func:`fill_store` in a Python process of its own, which dies with this one: filling the
    store of 10^7 triples takes Oxigraph's bulk loader 2 GB, which then never adds to the
    memory of the build that asks (what a build frees, Python keeps)."""
    from .parallel import _die_with_parent

    # The caller's import path: a notebook may have found builders by a sys.path it changed.
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)}
    proc = subprocess.run([sys.executable, "-c", _FILL_APART, str(source), str(store_dir), str(read_from), sha256],
                          capture_output=True, text=True, env=env, preexec_fn=_die_with_parent)
    if proc.returncode != 0:
        lines = proc.stderr.strip().splitlines() or [f"exit code {proc.returncode}"]
        raise GraphError(f"{store_dir}: filling the store failed: {lines[-1].removeprefix('error: ')}")
    return json.loads(proc.stdout)


def _load_with_union(store: ox.Store, path: Path, read_from: Path | None = None) -> int:
    """Load a graph file's quads, then their union into the default graph; returns the quads
    loaded. ``path`` names the file and its format; the bytes are read from ``read_from`` (a
    build's temp graph.nq) or ``path``."""
    fmt = OX_FORMATS[path.suffix]
    source = {"path": str(read_from or path)}
    try:
        store.bulk_load(format=fmt, **source)
        quads = len(store)
        store.bulk_extend(ox.Quad(q.subject, q.predicate, q.object) for q in ox.parse(format=fmt, **source))
    except (SyntaxError, ValueError) as exc:
        raise GraphError(f"{path}: cannot load into the store: {exc}") from exc
    return quads


def replace_graphs(store_dir: str | Path, source: str | Path, read_from: Path, graphs: dict[str, str | None], previous_sha256: str,
                   sha256: str | None = None, quads: int | None = None) -> dict | None:
    """Update a store in place to hold ``read_from`` (a build's new graph.nq, to be renamed to
    ``source``; ``sha256`` and ``quads``, its hash and lines when the caller has them), when it differs from
    the graph the store holds (``previous_sha256``) only in the named graphs ``graphs`` gives
    (graph IRI -> its new N-Quads, None for a graph removed). The union in the default graph
    follows: a triple leaves it only when no named graph states it any more.

    Returns the new manifest, or None (nothing touched) when the store is not the one of the
    previous graph: the caller fills a fresh one then. The manifest is rewritten as stale
    (no sha256) before the first change and with the new sha256 after the last, so a build
    killed in between leaves a store that every reader refuses and the next build refills.
    """
    target = Path(store_dir)
    if not is_store(target):
        return None
    manifest = store_manifest(target)
    if manifest.get("source_sha256") != previous_sha256 or manifest.get("pyoxigraph") != ox.__version__:
        return None
    index = read_index(target, previous_sha256)  # the names of the graph the store holds, if kept beside it
    atomic_write_text(target / MANIFEST, json.dumps({**manifest, "source_sha256": None, "updating": True}, indent=2) + "\n")
    store = ox.Store(str(target))
    count = manifest.get("graphs")
    names = _NameChanges()
    for graph, text in sorted(graphs.items()):
        node = ox.NamedNode(graph)
        had = store.contains_named_graph(node)
        _replace_graph(store, node, text, names)
        if isinstance(count, int):  # kept up to date: counting 10,000 graphs took a tenth of a second per 1,000
            count += store.contains_named_graph(node) - had
    if not isinstance(count, int):
        count = sum(1 for _ in store.named_graphs()) - store.contains_named_graph(ox.NamedNode(STATISTICS_GRAPH))
    write_statistics(store)
    store.flush()
    del store
    new = _manifest(Path(source), sha256 or file_sha256(read_from), quads if quads is not None else _lines(read_from), count)
    if index is not None:
        store = ox.Store(str(target))
        write_index(target, index.updated(names.gone(store), names.added), new["source_sha256"])
        del store
    else:
        write_index(target, names_of_file(read_from, ox.RdfFormat.N_QUADS), new["source_sha256"])
    atomic_write_text(target / MANIFEST, json.dumps(new, indent=2) + "\n")
    return new


def _lines(path: Path) -> int:
    with path.open("rb") as handle:
        return sum(block.count(b"\n") for block in iter(lambda: handle.read(1 << 20), b""))


class _NameChanges:
    """The name statements an update added to the union and removed from it."""

    def __init__(self) -> None:
        self.added: set[tuple[str | None, str]] = set()
        self.removed: list[ox.Triple] = []

    def note(self, added: Iterable[ox.Triple], removed: Iterable[ox.Triple]) -> None:
        self.added |= names_of_quads(added)
        self.removed += [t for t in removed if t.predicate.value in NAME_PREDICATES]

    def gone(self, store: ox.Store) -> set[tuple[str | None, str]]:
        """Names no statement left in the union gives any more ("IMMUNOGEN" removed while
        "ImmunoGen" stays is the same lower-cased name, still there)."""
        left = set()
        for t in self.removed:
            for p in NAME_PREDICATES:
                left |= names_of_quads(ox.Quad(q.subject, q.predicate, q.object) for q in
                                       store.quads_for_pattern(t.subject, ox.NamedNode(p), None, ox.DefaultGraph()))
        return names_of_quads(self.removed) - left - self.added


def _replace_graph(store: ox.Store, graph: ox.NamedNode, text: str | None, names: _NameChanges) -> None:
    old = {ox.Triple(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, graph)}
    new = {ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(text.encode("utf-8"), format=ox.RdfFormat.N_QUADS)} if text else set()
    if store.contains_named_graph(graph):
        store.remove_graph(graph)
    store.extend(ox.Quad(t.subject, t.predicate, t.object, graph) for t in new)
    store.extend(ox.Quad(t.subject, t.predicate, t.object) for t in new - old)
    removed = []
    for t in old - new:
        if not any(isinstance(q.graph_name, ox.NamedNode) for q in store.quads_for_pattern(t.subject, t.predicate, t.object)):
            store.remove(ox.Quad(t.subject, t.predicate, t.object))
            removed.append(t)
    names.note(new - old, removed)


def _swap_in(new: Path, target: Path) -> None:
    old = None
    if target.exists():
        old = target.with_name(f".{target.name}.old-{os.getpid()}")
        os.replace(target, old)
    os.replace(new, target)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def remove_store(store_dir: str | Path) -> None:
    """Delete a filing-kg store (only one: a folder with our manifest)."""
    if is_store(store_dir):
        shutil.rmtree(store_dir)


def store_manifest(store_dir: str | Path) -> dict:
    try:
        return json.loads((Path(store_dir) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise GraphError(f"{store_dir}: not a filing-kg store (no readable {MANIFEST}; fill one with "
                         "`filing-kg build ... --store DIR` or `filing-kg load GRAPH --store DIR`)") from exc


def open_store(store_dir: str | Path) -> ox.Store:
    """A read-only handle on a filled store (several processes may hold one at once)."""
    store_manifest(store_dir)
    try:
        return ox.Store.read_only(str(store_dir))
    except OSError as exc:
        raise GraphError(f"{store_dir}: cannot open the store: {exc}") from exc


# --------------------------------------------------------------------------- what a command was given


def resolve_store(graph: str | Path | None, store: str | Path | None) -> Path | None:
    """The store folder to use, or None when only graph files are at hand.

    ``--store DIR`` wins; a GRAPH that is itself a store is one; a build folder
    with a ``store/`` beside its ``graph.nq`` uses it, unless the graph file has
    changed since the store was filled (then the error says how to refresh it).
    """
    if store is not None:
        if not is_store(store):
            store_manifest(store)  # raises the explanatory error
        return Path(store)
    if graph is None:
        return None
    path = Path(graph)
    if is_store(path):
        return path
    if path.is_dir() and is_store(path / STORE_DIR):
        nq = path / "graph.nq"
        if nq.exists() and store_manifest(path / STORE_DIR).get("source_sha256") != file_sha256(nq):
            raise GraphError(f"{path / STORE_DIR}: the store is older than {nq}; refresh it with "
                             f"`filing-kg load {nq} --store {path / STORE_DIR}` (or use --engine rdflib)")
        return path / STORE_DIR
    return None


def open_engine(graph: str | Path | None = None, store: str | Path | None = None, engine: str = "auto"):
    """A query engine over what the command was given (see the module docstring)."""
    from .sparql import RdflibEngine

    if engine not in ENGINES:
        raise GraphError(f"unknown engine {engine!r} (use {', '.join(ENGINES)})")
    if graph is None and store is None:
        raise GraphError("give a GRAPH (build folder, graph file or store folder) or --store DIR")
    if engine == "rdflib":
        return RdflibEngine(load_rdflib(graph, store))
    store_dir = resolve_store(graph, store)
    if store_dir is not None:
        return store_engine(store_dir)
    if engine == "oxigraph":
        return memory_engine(graph)
    return RdflibEngine(load_dataset(graph))


def store_engine(store_dir: str | Path):
    """An Oxigraph engine on a filled store, with the name index beside it when it is the store's."""
    from .sparql import OxigraphEngine

    store = open_store(store_dir)
    sha = store_manifest(store_dir).get("source_sha256")
    return OxigraphEngine(store, label=str(store_dir), names=lambda: read_index(Path(store_dir), sha))


def memory_engine(graph: str | Path):
    """An Oxigraph engine on a graph file loaded in memory (the name index read from the same file)."""
    from .sparql import OxigraphEngine

    path = graph_path(graph)
    return OxigraphEngine(memory_store(graph), label=str(graph),
                          names=lambda: NameIndex.of(names_of_file(path, OX_FORMATS[path.suffix])))


def memory_store(graph: str | Path) -> ox.Store:
    """An in-memory Oxigraph store of a graph file, shaped like an on-disk one (for --engine oxigraph)."""
    store = ox.Store()
    _load_with_union(store, graph_path(graph))
    write_statistics(store)
    return store


def dataset_from_store(store_dir: str | Path) -> Dataset:
    """An rdflib Dataset of a store's quads, parsed by rdflib's own N-Quads parser.

    Going through N-Quads text (not oxrdflib) keeps plain literals plain, which
    pyshacl's ``sh:in`` and equality checks depend on.
    """
    store = open_store(store_dir)
    named = (q for q in store.quads_for_pattern(None, None, None)
             if isinstance(q.graph_name, ox.NamedNode) and q.graph_name.value != STATISTICS_GRAPH)
    data = ox.serialize(named, format=ox.RdfFormat.N_QUADS)
    ds = Dataset(default_union=True)
    ds.parse(data=data.decode("utf-8"), format="nquads")
    return ds


def load_rdflib(graph: str | Path | None = None, store: str | Path | None = None) -> Dataset:
    """An rdflib Dataset from graph files when given, else from a store (validate and export need rdflib)."""
    if graph is not None and not is_store(graph):
        return load_dataset(graph)
    source = store if store is not None else graph
    if source is None:
        raise GraphError("give a GRAPH (build folder or graph file) or --store DIR")
    return dataset_from_store(source)
