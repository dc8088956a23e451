"""What every writer needs besides the graph: positions, degrees and a title."""

from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx

from .columns import check_scalars
from .layout import radial_layout


@dataclass
class View:
    graph: nx.MultiDiGraph
    positions: dict[str, tuple[float, float]] = field(default_factory=dict)
    degrees: dict[str, int] = field(default_factory=dict)

    @classmethod
    def of(cls, graph: nx.MultiDiGraph) -> View:
        check_scalars(a for _, a in graph.nodes(data=True))
        check_scalars(a for _, _, a in graph.edges(data=True))
        return cls(graph, radial_layout(graph), dict(graph.degree()))

    @property
    def title(self) -> str:
        return str(self.graph.graph.get("title") or "filing-kg graph")

    def graph_attrs(self) -> dict[str, object]:
        """Scalar graph-level attributes (title, source, focus, depth...)."""
        return {k: v for k, v in sorted(self.graph.graph.items()) if isinstance(v, str | int | float | bool) and k != "name"}

    def nodes(self):
        return sorted(self.graph.nodes(data=True))

    def edges(self):
        return sorted(self.graph.edges(keys=True, data=True), key=lambda e: (e[2], e[0], e[1]))
