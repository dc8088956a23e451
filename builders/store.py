"""Loading a built graph: a build folder (its ``graph.nq``) or an N-Quads/TriG/Turtle file."""

from __future__ import annotations

from pathlib import Path

from rdflib import Dataset, Graph

from .errors import GraphError

FORMATS = {".nq": "nquads", ".trig": "trig", ".ttl": "turtle", ".nt": "nt"}


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
