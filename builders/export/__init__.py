"""Export stage: the RDF graph as a property graph for Gephi, Cytoscape, yEd,
Graphviz, spreadsheets and Neo4j, and as a self-contained HTML page.

``project`` builds the networkx graph (see ``projection``), ``neighbourhood``
cuts the part around one entity, ``licenses_as_nodes`` turns agreements into
nodes, and ``write`` renders one format to a file atomically.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import networkx as nx
from rdflib import Graph

from ..atomic import atomic_write_text
from ..errors import ExportError
from . import cyjs, dot, gexf, graphml, html, tabular
from .agreements import licenses_as_nodes
from .focus import find_entity, neighbourhood
from .projection import node_id, project
from .view import View

RENDERERS = {"graphml": graphml.render, "gexf": gexf.render, "cyjs": cyjs.render, "dot": dot.render, "html": html.render}
FORMATS = ("graphml", "gexf", "cyjs", "dot", "csv", "html")
SUFFIXES = {"graphml": ".graphml", "gexf": ".gexf", "cyjs": ".cyjs", "dot": ".dot", "csv": ".csv", "html": ".html"}

__all__ = ["FORMATS", "ExportStats", "export_graph", "find_entity", "licenses_as_nodes", "neighbourhood", "node_id", "project", "write"]


@dataclass
class ExportStats:
    nodes: int
    edges: int
    files: list[Path]


def prepare(g: Graph, *, focus: str | None = None, depth: int = 1, agreements_as_nodes: bool = False, title: str | None = None) -> nx.MultiDiGraph:
    """Project ``g``, cut the neighbourhood of ``focus`` if given, turn licenses into nodes if asked."""
    graph = project(g)
    graph.graph["title"] = title or "filing-kg: companies, people, products and licenses"
    if focus is not None:
        center = find_entity(graph, focus)
        graph = neighbourhood(graph, center, depth)
        if not title:
            graph.graph["title"] = f"filing-kg: {graph.nodes[center].get('label')} and its neighbourhood ({depth})"
    if agreements_as_nodes:
        graph = licenses_as_nodes(graph)
    return graph


def write(graph: nx.MultiDiGraph, fmt: str, path: str | Path) -> ExportStats:
    """Render ``graph`` as ``fmt`` to ``path`` (for csv, the pair PATH.nodes.csv/PATH.edges.csv)."""
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r} (use {', '.join(FORMATS)})")
    view = View.of(graph)
    if fmt == "csv":
        files = list(tabular.paths(path))
        for file, text in zip(files, tabular.render(view), strict=True):
            atomic_write_text(file, text)
    else:
        files = [Path(path)]
        text = RENDERERS[fmt](view)
        atomic_write_text(path, text if text.endswith("\n") else text + "\n")
    return ExportStats(graph.number_of_nodes(), graph.number_of_edges(), files)


def export_graph(g: Graph, fmt: str, path: str | Path, **options) -> ExportStats:
    return write(prepare(g, **options), fmt, path)
