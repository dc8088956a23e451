"""The neighbourhood of one entity: ``--focus ENTITY --depth N``.

A license links its asset as well as its parties: the neighbourhood of a product
holds the companies that license it, not only the company that develops it.
"""

from __future__ import annotations

import networkx as nx

from ..errors import ExportError
from .provenance import JOIN


def find_entity(graph: nx.MultiDiGraph, text: str) -> str:
    """The node that ``text`` names: its id, IRI, label or an alias (case-insensitive),
    else the one node whose label contains it."""
    wanted = text.strip().casefold()
    exact = sorted(n for n, a in graph.nodes(data=True) if wanted in _names(n, a))
    if len(exact) == 1:
        return exact[0]
    candidates = exact or sorted(n for n, a in graph.nodes(data=True) if wanted in str(a.get("label", "")).casefold())
    if len(candidates) == 1:
        return candidates[0]
    if not candidates:
        raise ExportError(f"--focus {text!r}: no entity has this name, id or alias (labels are listed by `filing-kg export GRAPH --to csv`)")
    shown = ", ".join(f"{graph.nodes[n].get('label')} [{n}]" for n in candidates[:8])
    more = f" and {len(candidates) - 8} more" if len(candidates) > 8 else ""
    raise ExportError(f"--focus {text!r} names {len(candidates)} entities: {shown}{more}; give the id in brackets")


def _names(node: str, attrs: dict) -> set[str]:
    names = {node, str(attrs.get("iri", "")), str(attrs.get("label", ""))}
    names.update(a.strip() for a in str(attrs.get("aliases", "")).split(JOIN.strip()))
    return {n.casefold() for n in names if n}


def neighbourhood(graph: nx.MultiDiGraph, center: str, depth: int) -> nx.MultiDiGraph:
    """The subgraph induced by the entities within ``depth`` hops of ``center``."""
    if depth < 0:
        raise ExportError(f"--depth {depth}: must be 0 or more")
    reach = nx.single_source_shortest_path_length(_adjacency(graph), center, cutoff=depth)
    sub = graph.subgraph(sorted(reach)).copy()
    sub.graph.update(graph.graph, focus=center, depth=depth)
    return sub


def _adjacency(graph: nx.MultiDiGraph) -> nx.Graph:
    adjacency = nx.Graph()
    adjacency.add_nodes_from(graph)
    for u, v, attrs in graph.edges(data=True):
        adjacency.add_edge(u, v)
        asset = attrs.get("asset_id")
        if asset in graph:
            adjacency.add_edge(u, asset)
            adjacency.add_edge(v, asset)
    return adjacency
