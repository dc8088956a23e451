"""One look for every format: colours and shapes by kind, sizes by degree, line styles by relation."""

from __future__ import annotations

import math

# Tableau 10: distinct hues that stay apart for the common colour-vision deficiencies
KIND_COLOURS = {
    "company": "#4E79A7",
    "organization": "#76B7B2",
    "person": "#59A14F",
    "product": "#F28E2B",
    "platform": "#B07AA1",
    "license": "#E15759",
    "collaboration": "#9C755F",
}
OTHER_COLOUR = "#BAB0AC"
RELATION_COLOURS = {
    "license": "#E15759",
    "develops": "#F28E2B",
    "uses_platform": "#B07AA1",
    "owns": "#B07AA1",
    "succeeded_by": "#555555",
    "role": "#59A14F",
    "collaboration": "#9C755F",
    "grants": "#E15759",
    "granted_to": "#E15759",
    "covers": "#E15759",
    "party_to": "#9C755F",
}
ENDED_COLOUR = "#9D9D9D"
# kind -> (yEd y:Shape type, Graphviz shape, Cytoscape.js shape)
SHAPES = {
    "company": ("roundrectangle", "box", "round-rectangle"),
    "organization": ("rectangle", "box", "rectangle"),
    "person": ("ellipse", "ellipse", "ellipse"),
    "product": ("hexagon", "hexagon", "hexagon"),
    "platform": ("diamond", "diamond", "diamond"),
    "license": ("octagon", "octagon", "octagon"),
    "collaboration": ("parallelogram", "parallelogram", "rhomboid"),
}
DEFAULT_SHAPE = ("rectangle", "box", "rectangle")


def kind_colour(kind: str) -> str:
    return KIND_COLOURS.get(kind, OTHER_COLOUR)


def rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def edge_colour(attrs: dict) -> str:
    if is_ended(attrs):
        return ENDED_COLOUR
    return RELATION_COLOURS.get(str(attrs.get("relation")), OTHER_COLOUR)


def is_ended(attrs: dict) -> bool:
    """A terminated or expired agreement (drawn dashed and grey everywhere)."""
    return str(attrs.get("status", "")) in ("Terminated", "Expired")


def node_size(degree: int) -> float:
    """Grows with the square root of the degree so hubs stand out without swamping the rest."""
    return round(10 + 6 * math.sqrt(degree), 2)


def shape(kind: str, tool: int) -> str:
    return SHAPES.get(kind, DEFAULT_SHAPE)[tool]
