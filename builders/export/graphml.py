"""GraphML for yEd, Cytoscape and Gephi.

Plain ``<key attr.name attr.type>`` data for every attribute (what Cytoscape and
Gephi import as columns; ``label`` is Gephi's node label), plus yFiles
``nodegraphics``/``edgegraphics`` data (a ShapeNode with its NodeLabel, colour,
shape and position; a PolyLineEdge with its EdgeLabel) so yEd draws the labels.
Cytoscape names a GraphML node by its id unless there is a ``name`` column, so
nodes get one (the label), and edges an ``interaction`` (the relation).
Key ids are spelled out: Gephi treats keys with yEd's old ids ``d3``/``d7`` as labels.
"""

from __future__ import annotations

from lxml import etree

from . import style
from .columns import columns
from .view import View

NS = "http://graphml.graphdrawing.org/xmlns"
Y = "http://www.yworks.com/xml/graphml"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA = "http://graphml.graphdrawing.org/xmlns http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd"
TYPES = {bool: "boolean", int: "int", float: "double", str: "string"}
NODE_GRAPHICS, EDGE_GRAPHICS = "yed_node_graphics", "yed_edge_graphics"


def render(view: View) -> str:
    root = etree.Element(f"{{{NS}}}graphml", nsmap={None: NS, "y": Y, "xsi": XSI})
    root.set(f"{{{XSI}}}schemaLocation", SCHEMA)
    nodes = [(n, {**a, "name": a.get("label", n)}) for n, a in view.nodes()]
    edges = [(u, v, k, {**a, "interaction": a.get("relation", "")}) for u, v, k, a in view.edges()]
    graph_keys = _keys(root, "graph", "g", columns([view.graph_attrs()]))
    node_keys = _keys(root, "node", "n", columns(a for _, a in nodes))
    edge_keys = _keys(root, "edge", "e", columns(a for _, _, _, a in edges))
    etree.SubElement(root, f"{{{NS}}}key", {"id": NODE_GRAPHICS, "for": "node", "yfiles.type": "nodegraphics"})
    etree.SubElement(root, f"{{{NS}}}key", {"id": EDGE_GRAPHICS, "for": "edge", "yfiles.type": "edgegraphics"})
    graph = etree.SubElement(root, f"{{{NS}}}graph", id="G", edgedefault="directed")
    _data(graph, graph_keys, view.graph_attrs())
    for node, attrs in nodes:
        element = etree.SubElement(graph, f"{{{NS}}}node", id=node)
        _data(element, node_keys, attrs)
        _node_graphics(element, view, node, attrs)
    for u, v, key, attrs in edges:
        element = etree.SubElement(graph, f"{{{NS}}}edge", id=key, source=u, target=v)
        _data(element, edge_keys, attrs)
        _edge_graphics(element, attrs)
    return etree.tostring(root, pretty_print=True, xml_declaration=True, encoding="UTF-8").decode("utf-8")


def _keys(root, domain: str, prefix: str, cols: list[tuple[str, type]]) -> dict[str, tuple[str, type]]:
    keys = {}
    for name, kind in cols:
        key_id = f"{prefix}_{name}"
        etree.SubElement(root, f"{{{NS}}}key", {"id": key_id, "for": domain, "attr.name": name, "attr.type": TYPES[kind]})
        keys[name] = (key_id, kind)
    return keys


def _data(element, keys: dict[str, tuple[str, type]], attrs: dict) -> None:
    for name, (key_id, kind) in keys.items():
        if name in attrs:
            value = attrs[name]
            text = str(value).lower() if kind is bool else str(value)
            etree.SubElement(element, f"{{{NS}}}data", key=key_id).text = text


def _node_graphics(element, view: View, node: str, attrs: dict) -> None:
    kind = str(attrs.get("kind", ""))
    size = 2 * style.node_size(view.degrees.get(node, 0))
    x, y = view.positions.get(node, (0.0, 0.0))
    data = etree.SubElement(element, f"{{{NS}}}data", key=NODE_GRAPHICS)
    shape = etree.SubElement(data, f"{{{Y}}}ShapeNode")
    etree.SubElement(shape, f"{{{Y}}}Geometry", height=f"{size:.1f}", width=f"{size:.1f}", x=f"{x - size / 2:.1f}", y=f"{y - size / 2:.1f}")
    etree.SubElement(shape, f"{{{Y}}}Fill", color=style.kind_colour(kind), transparent="false")
    etree.SubElement(shape, f"{{{Y}}}BorderStyle", color="#333333", type="line", width="1.0")
    label = etree.SubElement(
        shape, f"{{{Y}}}NodeLabel", alignment="center", autoSizePolicy="content", fontFamily="Dialog", fontSize="12",
        fontStyle="plain", hasBackgroundColor="false", hasLineColor="false", modelName="sandwich", modelPosition="s",
        textColor="#000000", visible="true",
    )
    label.text = str(attrs.get("label", node))
    etree.SubElement(shape, f"{{{Y}}}Shape", type=style.shape(kind, 0))


def _edge_graphics(element, attrs: dict) -> None:
    data = etree.SubElement(element, f"{{{NS}}}data", key=EDGE_GRAPHICS)
    line = etree.SubElement(data, f"{{{Y}}}PolyLineEdge")
    etree.SubElement(line, f"{{{Y}}}LineStyle", color=style.edge_colour(attrs), type="dashed" if style.is_ended(attrs) else "line", width="1.5")
    etree.SubElement(line, f"{{{Y}}}Arrows", source="none", target="standard")
    label = etree.SubElement(
        line, f"{{{Y}}}EdgeLabel", alignment="center", fontFamily="Dialog", fontSize="10", fontStyle="plain",
        hasBackgroundColor="false", hasLineColor="false", modelName="centered", modelPosition="center",
        preferredPlacement="anywhere", ratio="0.5", textColor="#555555", visible="true",
    )
    label.text = str(attrs.get("label", ""))
    etree.SubElement(line, f"{{{Y}}}BendStyle", smoothed="false")
