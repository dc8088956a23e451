"""GEXF 1.2 for Gephi: typed attributes, ``viz`` colour, size and position, and
``start``/``end`` on agreements so the timeline plays the licensing history.

Written in the ``1.2draft`` namespace, which is what Gephi itself writes for
GEXF 1.2 and what networkx reads. Dates are as precise as the filings state
them ("1999", "2003-01"); an interval runs from the first day of the stated
start to the last day of the stated end, the widest the text allows.
"""

from __future__ import annotations

import calendar

from lxml import etree

from .. import __version__
from ..model import PartialDate
from . import style
from .columns import columns
from .view import View

NS = "http://www.gexf.net/1.2draft"
VIZ = "http://www.gexf.net/1.2draft/viz"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
TYPES = {bool: "boolean", int: "integer", float: "double", str: "string"}
ON_ELEMENT = ("label",)  # written as XML attributes of <node>/<edge>, not as attvalues


def render(view: View) -> str:
    root = etree.Element(f"{{{NS}}}gexf", nsmap={None: NS, "viz": VIZ, "xsi": XSI}, version="1.2")
    root.set(f"{{{XSI}}}schemaLocation", f"{NS} {NS}/gexf.xsd")
    meta = etree.SubElement(root, f"{{{NS}}}meta")
    etree.SubElement(meta, f"{{{NS}}}creator").text = f"filing-kg {__version__}"
    etree.SubElement(meta, f"{{{NS}}}description").text = view.title
    edges = [(u, v, k, a, spell(a)) for u, v, k, a in view.edges()]
    nodes = [(n, a, spell(a) if a.get("kind") in ("license", "collaboration") else (None, None)) for n, a in view.nodes()]
    dynamic = any(s != (None, None) for *_, s in edges + nodes)
    graph = etree.SubElement(root, f"{{{NS}}}graph", defaultedgetype="directed", mode="dynamic" if dynamic else "static")
    if dynamic:
        graph.set("timeformat", "date")
    node_cols = _declare(graph, "node", columns((a for _, a, _ in nodes), skip=ON_ELEMENT))
    edge_cols = _declare(graph, "edge", columns((a for _, _, _, a, _ in edges), skip=ON_ELEMENT))
    node_list = etree.SubElement(graph, f"{{{NS}}}nodes", count=str(len(nodes)))
    for node, attrs, (start, end) in nodes:
        element = etree.SubElement(node_list, f"{{{NS}}}node", id=node, label=str(attrs.get("label", node)))
        _interval(element, start, end)
        _attvalues(element, node_cols, attrs)
        _node_viz(element, view, node, attrs)
    edge_list = etree.SubElement(graph, f"{{{NS}}}edges", count=str(len(edges)))
    for u, v, key, attrs, (start, end) in edges:
        element = etree.SubElement(edge_list, f"{{{NS}}}edge", id=key, source=u, target=v, label=str(attrs.get("label", "")))
        _interval(element, start, end)
        _attvalues(element, edge_cols, attrs)
        r, g, b = style.rgb(style.edge_colour(attrs))
        etree.SubElement(element, f"{{{VIZ}}}color", r=str(r), g=str(g), b=str(b), a="1.0")
        etree.SubElement(element, f"{{{VIZ}}}thickness", value="1.5")
        if style.is_ended(attrs):
            etree.SubElement(element, f"{{{VIZ}}}shape", value="dashed")
    return etree.tostring(root, pretty_print=True, xml_declaration=True, encoding="UTF-8").decode("utf-8")


def spell(attrs: dict) -> tuple[str | None, str | None]:
    """(start, end) dates of an agreement from its effective and termination dates."""
    start = PartialDate.parse(str(attrs.get("effective", "")).split(";")[0])
    end = PartialDate.parse(str(attrs.get("terminated", "")).split(";")[0])
    return (_first_day(start) if start else None, _last_day(end) if end else None)


def _first_day(d: PartialDate) -> str:
    return f"{d.year:04d}-{d.month or 1:02d}-{d.day or 1:02d}"


def _last_day(d: PartialDate) -> str:
    month = d.month or 12
    day = d.day or calendar.monthrange(d.year, month)[1]
    return f"{d.year:04d}-{month:02d}-{day:02d}"


def _declare(graph, domain: str, cols: list[tuple[str, type]]) -> dict[str, str]:
    element = etree.SubElement(graph, f"{{{NS}}}attributes", {"class": domain, "mode": "static"})
    for name, kind in cols:
        etree.SubElement(element, f"{{{NS}}}attribute", id=name, title=name, type=TYPES[kind])
    return {name: TYPES[kind] for name, kind in cols}


def _interval(element, start: str | None, end: str | None) -> None:
    if start:
        element.set("start", start)
    if end:
        element.set("end", end)


def _attvalues(element, cols: dict[str, str], attrs: dict) -> None:
    values = etree.SubElement(element, f"{{{NS}}}attvalues")
    for name, kind in cols.items():
        if name in attrs:
            value = attrs[name]
            etree.SubElement(values, f"{{{NS}}}attvalue", {"for": name, "value": str(value).lower() if kind == "boolean" else str(value)})


def _node_viz(element, view: View, node: str, attrs: dict) -> None:
    r, g, b = style.rgb(style.kind_colour(str(attrs.get("kind", ""))))
    x, y = view.positions.get(node, (0.0, 0.0))
    etree.SubElement(element, f"{{{VIZ}}}color", r=str(r), g=str(g), b=str(b), a="1.0")
    # Gephi's y axis points up; the layout's (like yEd's and the page's) points down
    etree.SubElement(element, f"{{{VIZ}}}position", x=f"{x:.1f}", y=f"{-y:.1f}", z="0.0")
    etree.SubElement(element, f"{{{VIZ}}}size", value=str(style.node_size(view.degrees.get(node, 0))))
