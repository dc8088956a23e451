"""Incremental validation: the focus nodes of the filings a build (re)emitted, judged against the
whole graph, instead of every focus node of the whole graph.

A SHACL result is about one focus node, and with these shapes it depends only on:

- the focus node's own statements (every path of the shapes is a property or an inverse
  property; the SPARQL constraints read ``$this``'s own properties),
- the statements pointing at it through an inverse path (``^fkg:event``, ``^fkg:document``),
- the ``rdf:type`` of the nodes those statements lead to (``sh:class``).

So when a build replaces some named graphs, only the results of these nodes can change: the
subjects of the replaced graphs, before and after (their statements changed), and, for a node
whose types changed there, its neighbours (their ``sh:class`` checks look at its type). Their
results are computed again on a small graph holding exactly what they depend on, taken from
the union (:func:`validate_focus`); every other node keeps its result from the last build.
The outcome is the set of results a whole-graph validation gives (tests compare them).

The closure is taken from an Oxigraph store holding the union in its default graph (the
build's store). The compiled checks of :mod:`builders.fastvalidate` run on it; pyshacl gives
the same results (tests/test_fastvalidate.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from functools import lru_cache

import pyoxigraph as ox
from rdflib.namespace import RDF, SH

from .fastvalidate import run_checks
from .resources import shapes_graph
from .validate import Result

_TYPE = ox.NamedNode(str(RDF.type))


@lru_cache(maxsize=1)
def inverse_predicates() -> tuple[ox.NamedNode, ...]:
    """The predicates the shapes follow backwards (``sh:inversePath``)."""
    return tuple(ox.NamedNode(str(p)) for p in sorted(set(shapes_graph().objects(None, SH.inversePath))))


@dataclass
class Change:
    """The named graphs a build replaced, as N-Quads: ``before`` for the graphs changed or
    removed (as the last build wrote them), ``after`` for the graphs changed or added."""

    before: dict[str, str]
    after: dict[str, str]

    def graphs(self) -> set[str]:
        return set(self.before) | set(self.after)


def subjects(nq: str) -> set[str]:
    """The subject IRIs of canonical N-Quads (the emit stage writes no blank nodes)."""
    return {line[1 : line.index(">")] for line in nq.split("\n") if line.startswith("<")}


def _typed(nq: str) -> set[tuple[str, str]]:
    """(subject line start, type) pairs of the rdf:type statements, as text."""
    marker = f"> <{RDF.type}> "
    out = set()
    for line in nq.split("\n"):
        if marker in line:
            subject, _, rest = line.partition(marker)
            out.add((subject[1:], rest[: rest.index(" ")] if " " in rest else rest))
    return out


def affected(change: Change, store: ox.Store) -> set[str]:
    """The focus nodes whose results the change may have changed (see the module docstring)."""
    focus: set[str] = set()
    for text in (*change.before.values(), *change.after.values()):
        focus |= subjects(text)
    old_types = set().union(*(_typed(t) for t in change.before.values()))
    new_types = set().union(*(_typed(t) for t in change.after.values()))
    # A type stated in only one of the two versions may have left or joined the union (another
    # graph may state it too: then this only rechecks a few nodes more than needed).
    for node in sorted({node for node, _type in old_types ^ new_types}):
        term = ox.NamedNode(node)
        focus |= {q.subject.value for q in store.quads_for_pattern(None, None, term, ox.DefaultGraph()) if isinstance(q.subject, ox.NamedNode)}
        focus |= {q.object.value for q in store.quads_for_pattern(term, None, None, ox.DefaultGraph()) if isinstance(q.object, ox.NamedNode)}
    return focus


def closure(store: ox.Store, focus: Iterable[str]) -> list[ox.Quad]:
    """What the results of ``focus`` depend on, from the union: their statements, the
    statements pointing at them through an inverse path, and the types of the nodes those lead to."""
    union = ox.DefaultGraph()
    quads: set[ox.Quad] = set()
    neighbours: set[ox.NamedNode] = set()
    for node in focus:
        term = ox.NamedNode(node)
        for q in store.quads_for_pattern(term, None, None, union):
            quads.add(q)
            if isinstance(q.object, ox.NamedNode):
                neighbours.add(q.object)
        for predicate in inverse_predicates():
            for q in store.quads_for_pattern(None, predicate, term, union):
                quads.add(q)
                if isinstance(q.subject, ox.NamedNode):
                    neighbours.add(q.subject)
    for node in neighbours:
        quads.update(store.quads_for_pattern(node, _TYPE, None, union))
    return list(quads)


def validate_focus(store: ox.Store, focus: set[str]) -> set[Result]:
    """The results of the focus nodes, as a whole-graph validation of the store's union gives them."""
    if not focus:
        return set()
    small = ox.Store()
    small.extend(closure(store, focus))
    results, _seconds = run_checks(small)
    return {r for r in results if r.focus in focus}


@dataclass
class Revalidation:
    results: set[Result]
    focus: int  # focus nodes checked again
    kept: int  # results carried over from the last build


def revalidate(previous: set[Result], change: Change, store: ox.Store) -> Revalidation:
    """The last build's results, those of the affected focus nodes computed again."""
    focus = affected(change, store)
    kept = {r for r in previous if r.focus not in focus}
    return Revalidation(kept | validate_focus(store, focus), len(focus), len(kept))


def results_to_json(results: Iterable[Result]) -> list[dict]:
    return [asdict(r) for r in sorted(results, key=lambda r: (r.focus, r.path, r.component, r.message, r.value or ""))]


def results_from_json(data: list[dict]) -> set[Result]:
    return {Result(**r) for r in data}
