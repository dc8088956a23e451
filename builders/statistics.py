"""Counts kept beside the data: how many nodes of each class, and of each license status.

Counting every typed node is a pass over all of them (160,000 at 10^6 triples: 80-120 ms on
Oxigraph, over the 100 ms a library query may take). So an engine holds the counts in a named
graph of its own, written in VoID (the W3C vocabulary for describing a dataset), which the
``dashboard-counts`` query reads instead of counting::

    <https://w3id.org/filing-kg/id/statistics> {
        <.../statistics/Company> void:class fkg:Company ; void:entities 130 .
        <.../statistics/License/Active> void:class fkg:License ; fkg:status fkg:Active ; void:entities 24 .
    }

A store computes them when it is filled and again after every update (:mod:`builders.store`),
from the union of the filing graphs; an rdflib engine on the first query that reads the graph.
The graph is not a filing's: ``graphs()`` and exports leave it out, and graph.nq never holds it.
The partitions carry no ``rdf:type``, so a query counting typed nodes never counts them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable

import pyoxigraph as ox
from rdflib.namespace import VOID, XSD

from .vocab import FKG, ID

STATISTICS_GRAPH = f"{ID}statistics"

# Run on the union of the filing graphs (a store's default graph); one pass over rdf:type and one
# over fkg:status. Statuses are counted for every class that has them (licenses, collaborations).
CLASS_COUNTS = "SELECT ?class (COUNT(*) AS ?n) WHERE { ?x a ?class } GROUP BY ?class"
STATUS_COUNTS = (f"SELECT ?class ?status (COUNT(*) AS ?n) WHERE {{ ?x <{FKG.status}> ?status ; a ?class }} "
                 "GROUP BY ?class ?status")

# (subject, predicate, object) as N-Triples terms: what both engines can load
Statement = tuple[str, str, str]


def statistics(rows: Callable[[str], Iterable[tuple[str, ...]]]) -> list[Statement]:
    """The statistics graph's statements, from ``rows``: a function running a SELECT on the
    union graph and giving each row's values as strings (IRIs and lexical forms)."""
    out: list[Statement] = []
    for cls, n in rows(CLASS_COUNTS):
        out += _partition(f"{STATISTICS_GRAPH}/{_local(cls)}", cls, n)
    for cls, status, n in rows(STATUS_COUNTS):
        part = f"{STATISTICS_GRAPH}/{_local(cls)}/{_local(status)}"
        out += _partition(part, cls, n) + [(f"<{part}>", f"<{FKG.status}>", f"<{status}>")]
    return sorted(set(out))


def _partition(part: str, cls: str, n: str) -> list[Statement]:
    return [(f"<{part}>", f"<{VOID['class']}>", f"<{cls}>"),
            (f"<{part}>", f"<{VOID.entities}>", f'"{int(n)}"^^<{XSD.integer}>')]


def _local(iri: str) -> str:
    """The ontology's class or status by its own name; any other IRI by its name and a digest,
    so two vocabularies' "Organization" stay two partitions."""
    if iri.startswith(FKG) and iri[len(FKG) :].isalnum():
        return iri[len(FKG) :]
    name = "".join(c for c in iri.rstrip("/#").rsplit("#", 1)[-1].rsplit("/", 1)[-1] if c.isalnum())
    return f"{name}-{hashlib.sha256(iri.encode('utf-8')).hexdigest()[:12]}"


def statistics_nt(rows: Callable[[str], Iterable[tuple[str, ...]]]) -> str:
    """The statistics graph as N-Triples."""
    return "".join(f"{s} {p} {o} .\n" for s, p, o in statistics(rows))


def write_statistics(store: ox.Store) -> None:
    """(Re)write a store's statistics graph from the union in its default graph."""
    graph = ox.NamedNode(STATISTICS_GRAPH)
    if store.contains_named_graph(graph):
        store.remove_graph(graph)
    rows = lambda text: ([term.value for term in row] for row in store.query(text))  # noqa: E731
    triples = ox.parse(statistics_nt(rows).encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    store.extend(ox.Quad(t.subject, t.predicate, t.object, graph) for t in triples)


def one_graph_store(store: ox.Store, graph: str) -> ox.Store:
    """An in-memory store of one filing's graph as its default graph, with that graph's own
    counts: what a query restricted to the filing reads (a few thousand triples, milliseconds)."""
    single = ox.Store()
    single.extend(ox.Quad(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, ox.NamedNode(graph)))
    write_statistics(single)
    return single
