r"""Validate stage: SHACL (pyshacl, the reference implementation) over the union of graphs.

Both validators (this one and the fast one in :mod:`builders.fastvalidate`) produce
:class:`Result`\ s (focus node, path, constraint component, message, value); the report
(:class:`ValidationReport`, validation.txt) is made from those by one function, so the two
print the same lines for the same results. tests/test_fastvalidate.py holds them to that.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from rdflib import BNode, Graph, URIRef
from rdflib.namespace import PROV, RDFS, SH

from .resources import ontology_graph, shapes_graph
from .vocab import FKG


@dataclass(frozen=True, order=True)
class Result:
    """One SHACL validation result, as plain strings both validators can produce."""

    focus: str
    path: str  # fkg:licensor, ^fkg:event, or "(node)" for a constraint on the node itself
    component: str  # the constraint component's local name, e.g. MinCountConstraintComponent
    message: str
    value: str | None = None  # None when there is none or it is the focus node itself


@dataclass(frozen=True, order=True)
class Violation:
    focus: str
    path: str
    message: str
    focus_label: str | None = None
    value: str | None = None
    filings: tuple[str, ...] = ()

    def line(self) -> str:
        who = f"{self.focus_label!r} <{self.focus}>" if self.focus_label else f"<{self.focus}>"
        where = f" [from {', '.join(self.filings)}]" if self.filings else ""
        value = f" (value: {self.value})" if self.value else ""
        return f"{who}: {self.path}: {self.message}{value}{where}"


@dataclass
class ValidationReport:
    conforms: bool
    violations: list[Violation] = field(default_factory=list)
    triples: int = 0

    def text(self) -> str:
        if self.conforms:
            return f"Conforms: {self.triples} triples checked against the filing-kg shapes, no violations.\n"
        lines = [f"Does not conform: {len(self.violations)} violation(s) in {self.triples} triples."]
        lines += [f"- {v.line()}" for v in self.violations]
        return "\n".join(lines) + "\n"


def validate_graph(data: Graph) -> ValidationReport:
    """Check ``data`` (one graph: the union of the filing graphs) against ``shapes.ttl``."""
    results = shacl_results(data)
    return make_report(results, about_in(data), len(data))


def about_in(data: Graph) -> Callable[[str], tuple[str | None, tuple[str, ...]]]:
    """For :func:`make_report`: a focus node's label and filings, looked up in ``data``."""
    return lambda focus: _about(data, focus)


def shacl_results(data: Graph) -> set[Result]:
    """pyshacl's violations of ``shapes.ttl`` in ``data`` (the ontology as ont_graph)."""
    import pyshacl  # here: importing it takes a third of a second, and most builds validate without it

    _conforms, results, _text = pyshacl.validate(
        data,
        shacl_graph=shapes_graph(),
        ont_graph=ontology_graph(),
        inference="none",
        abort_on_first=False,
        allow_warnings=True,
    )
    return {_result(results, r) for r in results.subjects(SH.resultSeverity, SH.Violation)}


def make_report(results: Iterable[Result], about: Callable[[str], tuple[str | None, tuple[str, ...]]], triples: int) -> ValidationReport:
    """The report of a set of results; ``about(focus)`` gives a focus node's label and filings."""
    known: dict[str, tuple[str | None, tuple[str, ...]]] = {}
    violations = set()
    for r in results:
        if r.focus not in known:
            known[r.focus] = about(r.focus)
        label, filings = known[r.focus]
        violations.add(Violation(focus=r.focus, path=r.path, message=r.message, focus_label=label, value=r.value, filings=filings))
    # A key, not the dataclass order: two results may differ only in a value that one lacks (None).
    violations = sorted(violations, key=lambda v: (v.focus, v.path, v.message, v.value or "", v.focus_label or "", v.filings))
    return ValidationReport(not violations, violations, triples)


def _result(results: Graph, result) -> Result:
    focus = results.value(result, SH.focusNode)
    path = results.value(result, SH.resultPath)
    message = results.value(result, SH.resultMessage)
    value = results.value(result, SH.value)
    component = results.value(result, SH.sourceConstraintComponent)
    return Result(
        focus=str(focus),
        path=_path(results, path),
        component=str(component).rsplit("#", 1)[-1],
        message=str(message) if message else "constraint violated",
        value=str(value) if value is not None and value != focus else None,
    )


def _path(results: Graph, path) -> str:
    if path is None:
        return "(node)"
    if isinstance(path, BNode):  # pyshacl copies a path expression into the results as a blank node
        inverse = results.value(path, SH.inversePath)
        return f"^{_short(inverse)}" if inverse is not None else "(complex path)"
    return _short(path)


def _about(data: Graph, focus: str) -> tuple[str | None, tuple[str, ...]]:
    """A node's label and the filings it came from. Of several labels the least is shown, so
    the report does not depend on the order a graph happens to return them in."""
    node = URIRef(focus) if not focus.startswith("_:") else BNode(focus[2:])
    label = min((str(x) for x in data.objects(node, RDFS.label)), default=None)
    filings = tuple(sorted(_accession(data, f) for f in data.objects(node, PROV.wasDerivedFrom)))
    return label, filings


def _accession(data: Graph, filing: URIRef) -> str:
    for prop in (FKG.accessionNumber, FKG.sourceFile):
        values = sorted(str(x) for x in data.objects(filing, prop))
        if values:
            return values[0]
    return str(filing)


def _short(term) -> str:
    text = str(term)
    for prefix, ns in (("fkg:", str(FKG)), ("rdfs:", str(RDFS)), ("prov:", str(PROV)), ("oa:", "http://www.w3.org/ns/oa#"), ("skos:", "http://www.w3.org/2004/02/skos/core#")):
        if text.startswith(ns):
            return prefix + text[len(ns) :]
    return text
