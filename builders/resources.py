"""The ontology, shapes and query library shipped inside the package."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from rdflib import Graph


def ontology_text() -> str:
    return resources.files("builders.ontology").joinpath("filing-kg.ttl").read_text(encoding="utf-8")


def shapes_text() -> str:
    return resources.files("builders.ontology").joinpath("shapes.ttl").read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    return Graph().parse(data=ontology_text(), format="turtle")


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    return Graph().parse(data=shapes_text(), format="turtle")


def query_files() -> dict[str, str]:
    """name -> SPARQL text of every query in the library."""
    folder = resources.files("builders.queries")
    return {
        entry.name[: -len(".rq")]: entry.read_text(encoding="utf-8")
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".rq")
    }
