"""``--licenses-as-nodes``: each license (and collaboration) becomes a node of its own.

A license node carries the terms and provenance the edge carried, and is linked
licensor --grants--> license --granted_to--> licensee and license --covers--> asset,
so a tool can select, filter and size agreements like any other node.
"""

from __future__ import annotations

import networkx as nx

AGREEMENT_EDGES = {"license": "license", "collaboration": "collaboration"}


def licenses_as_nodes(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    out = nx.MultiDiGraph()
    out.graph.update(graph.graph, licenses_as_nodes=True)
    out.add_nodes_from(graph.nodes(data=True))
    for u, v, key, attrs in graph.edges(keys=True, data=True):
        kind = AGREEMENT_EDGES.get(str(attrs.get("relation")))
        if kind is None:
            out.add_edge(u, v, key=key, **attrs)
        elif kind == "license":
            _license_node(out, u, v, key, attrs)
        else:
            _collaboration_node(out, u, v, key, attrs)
    return out


def _license_node(out: nx.MultiDiGraph, licensor: str, licensee: str, key: str, attrs: dict) -> None:
    node = {k: a for k, a in attrs.items() if k not in ("relation", "label")}
    node.update(kind="license", label=str(attrs.get("agreement") or key))
    out.add_node(key, **node)
    link = _link_provenance(attrs)
    out.add_edge(licensor, key, key=f"{key}/licensor", relation="grants", label="grants", **link)
    out.add_edge(key, licensee, key=f"{key}/licensee", relation="granted_to", label="granted to", **link)
    asset = attrs.get("asset_id")
    if asset in out:
        out.add_edge(key, asset, key=f"{key}/asset", relation="covers", label="covers", **link)


def _collaboration_node(out: nx.MultiDiGraph, a: str, b: str, key: str, attrs: dict) -> None:
    node_key = key.split("#", 1)[0]
    if node_key not in out:
        node = {k: v for k, v in attrs.items() if k not in ("relation", "label")}
        node.update(kind="collaboration", label=str(attrs.get("agreement") or node_key))
        out.add_node(node_key, **node)
    link = _link_provenance(attrs)
    for party in (a, b):
        edge = f"{node_key}/{party}"
        if not out.has_edge(party, node_key, key=edge):
            out.add_edge(party, node_key, key=edge, relation="party_to", label="party to", **link)


def _link_provenance(attrs: dict) -> dict:
    # the parts of an agreement are stated where the agreement is: same filings, same first quote
    return {k: attrs[k] for k in ("filings", "accessions", "quote") if k in attrs}
