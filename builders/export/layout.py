"""A deterministic starting layout, so yEd, Cytoscape, Gephi and the page open on a
drawing rather than on every node piled at the origin.

Licensing networks are mostly stars around a licensor: each connected component
is drawn with its best-connected node in the middle and the others on rings by
distance from it; components are packed in rows, largest first, and nodes with
no edge at all go in a grid below them.
"""

from __future__ import annotations

import math

import networkx as nx

SPACING = 110.0  # minimum distance between neighbours on a ring, in the tools' pixels


def radial_layout(graph: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    undirected = nx.Graph(graph)
    components = sorted(nx.connected_components(undirected), key=lambda c: (-len(c), min(c)))
    drawn = [_component(undirected, c) for c in components if len(c) > 1]
    single = sorted((n for c in components if len(c) == 1 for n in c), key=lambda n: (str(graph.nodes[n].get("kind")), n))
    positions: dict[str, tuple[float, float]] = {}
    total = sum((2 * r + SPACING) ** 2 for _, r in drawn) + len(single) * SPACING**2
    row_width = max(math.sqrt(total) * 1.5, 4 * SPACING)
    x = y = row_height = 0.0
    for local, radius in drawn:
        size = 2 * radius + SPACING
        if x > 0 and x + size > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        for node, (px, py) in local.items():
            positions[node] = (round(x + size / 2 + px, 1), round(y + size / 2 + py, 1))
        x += size
        row_height = max(row_height, size)
    y += row_height + (SPACING if drawn else 0)
    per_row = max(1, int(row_width // SPACING))
    for i, node in enumerate(single):
        positions[node] = (round((i % per_row + 0.5) * SPACING, 1), round(y + (i // per_row + 0.5) * SPACING, 1))
    return positions


def _component(graph: nx.Graph, nodes: set) -> tuple[dict[str, tuple[float, float]], float]:
    sub = graph.subgraph(nodes)
    center = min(nodes, key=lambda n: (-sub.degree(n), n))
    rings: dict[int, list[str]] = {}
    parent: dict[str, str] = {}
    for node, dist in sorted(nx.single_source_shortest_path_length(sub, center).items(), key=lambda item: (item[1], item[0])):
        rings.setdefault(dist, []).append(node)
        if dist:
            parent[node] = min((p for p in sub[node] if p in rings.get(dist - 1, ())), default=center)
    angle = {center: 0.0}
    local = {center: (0.0, 0.0)}
    radius = 0.0
    for dist in sorted(rings)[1:]:
        # children follow their parent around the circle, so branches stay together
        ring = sorted(rings[dist], key=lambda n: (angle[parent[n]], n))
        radius = max(radius + 1.8 * SPACING, len(ring) * SPACING / (2 * math.pi))
        for i, node in enumerate(ring):
            angle[node] = 2 * math.pi * i / len(ring) + (0.0 if dist == 1 else math.pi / len(ring))
            local[node] = (radius * math.cos(angle[node]), radius * math.sin(angle[node]))
    return local, radius
