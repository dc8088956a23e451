"""Cytoscape.js JSON: ``elements.nodes``/``elements.edges`` with explicit ids.

The same file opens in Cytoscape desktop (File > Import > Network from File):
its reader needs the top-level ``data`` object, names nodes by the ``name``
field and keeps ``position``; edges carry ``relation`` and Cytoscape's own
``interaction`` column.
"""

from __future__ import annotations

import json

from .. import __version__
from .view import View


def elements(view: View) -> dict:
    nodes = [
        {"data": {"id": n, "name": a.get("label", n), **a}, "position": _position(view, n)}
        for n, a in view.nodes()
    ]
    edges = [
        {"data": {"id": k, "source": u, "target": v, "interaction": a.get("relation", ""), **a}}
        for u, v, k, a in view.edges()
    ]
    return {"nodes": nodes, "edges": edges}


def document(view: View) -> dict:
    return {
        "format_version": "1.0",
        "generated_by": f"filing-kg {__version__}",
        "target_cytoscapejs_version": "~3.34",
        "data": {"name": view.title, **view.graph_attrs()},
        "elements": elements(view),
    }


def render(view: View) -> str:
    return json.dumps(document(view), indent=1, ensure_ascii=False)


def _position(view: View, node: str) -> dict[str, float]:
    x, y = view.positions.get(node, (0.0, 0.0))
    return {"x": x, "y": y}
