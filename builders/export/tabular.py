"""A pair of CSV files, nodes and edges, for spreadsheets and for Neo4j.

The headers follow ``neo4j-admin database import``: ``id:ID`` and ``:LABEL`` for
nodes, ``:START_ID``, ``:END_ID`` and ``:TYPE`` for edges, ``:int``/``:boolean``
on typed columns, so both files import as they are; a spreadsheet shows them as
ordinary columns. Multi-valued attributes are strings joined with "; " (no
array columns), the full evidence a JSON string.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from .columns import columns
from .view import View

SUFFIX = {bool: ":boolean", int: ":int", float: ":double", str: ""}


def paths(out: str | Path) -> tuple[Path, Path]:
    """``graph.csv`` -> ``graph.nodes.csv``, ``graph.edges.csv`` (``--out`` names the pair)."""
    out = Path(out)
    stem = out.name[: -len(".csv")] if out.name.endswith(".csv") else out.name
    return out.with_name(f"{stem}.nodes.csv"), out.with_name(f"{stem}.edges.csv")


def render(view: View) -> tuple[str, str]:
    nodes = view.nodes()
    node_cols = columns(a for _, a in nodes)
    node_rows = [
        [node, _neo4j_label(a.get("kind"))] + [_cell(a.get(c)) for c, _ in node_cols]
        for node, a in nodes
    ]
    edges = view.edges()
    edge_cols = columns(a for _, _, _, a in edges)
    edge_rows = [
        [u, v, str(a.get("relation", "related")).upper(), key] + [_cell(a.get(c)) for c, _ in edge_cols]
        for u, v, key, a in edges
    ]
    return (
        _csv(["id:ID", ":LABEL"] + _header(node_cols), node_rows),
        _csv([":START_ID", ":END_ID", ":TYPE", "id"] + _header(edge_cols), edge_rows),
    )


def _header(cols: list[tuple[str, type]]) -> list[str]:
    return [name + SUFFIX[kind] for name, kind in cols]


def _neo4j_label(kind) -> str:
    return str(kind or "entity").capitalize()


def _cell(value) -> str:
    if value is None:
        return ""
    return str(value).lower() if isinstance(value, bool) else str(value)


def _csv(header: list[str], rows: list[list[str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()
