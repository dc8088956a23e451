"""Graphviz DOT: nodes coloured and shaped by kind, edges labelled by relation.

Every attribute is kept (Graphviz carries unknown attributes through, and
Gephi's DOT importer reads them); ``tooltip`` holds the first quote so an SVG
rendering shows the source sentence on hover. Try ``sfdp`` or ``neato`` for
large graphs: ``dot`` draws ranks, which suits a licensing tree less.
"""

from __future__ import annotations

from . import style
from .view import View

RESERVED = {"label", "shape", "style", "fillcolor", "color", "fontcolor", "tooltip", "penwidth", "fontsize"}


def render(view: View) -> str:
    lines = [
        "digraph filing_kg {",
        f"  graph [label={quote(view.title)}, labelloc=t, fontname=Helvetica, overlap=false, splines=true];",
        "  node [fontname=Helvetica, fontsize=11, style=filled, penwidth=0.8];",
        "  edge [fontname=Helvetica, fontsize=9, fontcolor=\"#555555\"];",
    ]
    for node, attrs in view.nodes():
        kind = str(attrs.get("kind", ""))
        visual = {
            "label": attrs.get("label", node),
            "shape": style.shape(kind, 1),
            "style": "rounded,filled" if kind == "company" else "filled",
            "fillcolor": style.kind_colour(kind),
            "tooltip": attrs.get("quote", attrs.get("label", node)),
        }
        lines.append(f"  {quote(node)} [{_attributes(visual, attrs)}];")
    for u, v, key, attrs in view.edges():
        visual = {
            "label": attrs.get("label", ""),
            "color": style.edge_colour(attrs),
            "style": "dashed" if style.is_ended(attrs) else "solid",
            "tooltip": attrs.get("quote", attrs.get("label", "")),
            "id": key,
        }
        lines.append(f"  {quote(u)} -> {quote(v)} [{_attributes(visual, attrs)}];")
    lines.append("}")
    return "\n".join(lines)


def _attributes(visual: dict, attrs: dict) -> str:
    data = {k: v for k, v in attrs.items() if k not in RESERVED and k not in visual}
    return ", ".join(f"{name}={quote(value)}" for name, value in {**visual, **data}.items())


def quote(value) -> str:
    """A DOT double-quoted string. Backslashes are doubled because Graphviz reads
    ``\\n``, ``\\l`` ... in labels as escapes; newlines cannot occur (quotes are one line)."""
    if isinstance(value, bool):
        value = str(value).lower()
    text = " ".join(str(value).split()).replace("\\", "\\\\").replace('"', '\\"')
    return f'"{text}"'
