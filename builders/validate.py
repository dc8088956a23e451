"""Validate stage: SHACL (pyshacl, the reference implementation) over the union of graphs."""

from __future__ import annotations

from dataclasses import dataclass, field

import pyshacl
from rdflib import Graph, URIRef
from rdflib.namespace import PROV, RDFS, SH

from .resources import ontology_graph, shapes_graph
from .vocab import FKG


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
    conforms, results, _text = pyshacl.validate(
        data,
        shacl_graph=shapes_graph(),
        ont_graph=ontology_graph(),
        inference="none",
        abort_on_first=False,
        allow_warnings=True,
    )
    violations = sorted({_violation(results, r, data) for r in results.subjects(SH.resultSeverity, SH.Violation)})
    return ValidationReport(bool(conforms), violations, len(data))


def _violation(results: Graph, result, data: Graph) -> Violation:
    focus = results.value(result, SH.focusNode)
    path = results.value(result, SH.resultPath)
    message = results.value(result, SH.resultMessage)
    value = results.value(result, SH.value)
    label = data.value(focus, RDFS.label) if focus is not None else None
    filings = tuple(sorted(_accession(data, f) for f in data.objects(focus, PROV.wasDerivedFrom))) if focus is not None else ()
    return Violation(
        focus=str(focus),
        path=_short(path) if path is not None else "(node)",
        message=str(message) if message else "constraint violated",
        focus_label=str(label) if label else None,
        value=str(value) if value is not None and value != focus else None,
        filings=filings,
    )


def _accession(data: Graph, filing: URIRef) -> str:
    acc = data.value(filing, FKG.accessionNumber) or data.value(filing, FKG.sourceFile)
    return str(acc) if acc else str(filing)


def _short(term) -> str:
    text = str(term)
    for prefix, ns in (("fkg:", str(FKG)), ("rdfs:", str(RDFS)), ("prov:", str(PROV)), ("oa:", "http://www.w3.org/ns/oa#"), ("skos:", "http://www.w3.org/2004/02/skos/core#")):
        if text.startswith(ns):
            return prefix + text[len(ns) :]
    return text
