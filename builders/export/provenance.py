"""Where each node and edge of the projection was read: filings, accession numbers, quotes.

Every attribute is a scalar because GraphML, GEXF and CSV cannot hold lists:
filings are joined with "; " and the full evidence is a JSON-encoded list.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from rdflib import Graph
from rdflib.namespace import PROV, RDF

from ..vocab import FKG, OA

JOIN = "; "


@dataclass(frozen=True, order=True)
class Source:
    """One quote with the place it came from (sortable into reading order)."""

    filing: str  # accession number, or the file name when the input had none
    sequence: int
    start: int
    end: int
    quote: str
    accession: str
    document: str
    form: str

    def record(self) -> dict:
        record = {"quote": self.quote, "filing": self.filing, "document": self.document, "start": self.start, "end": self.end}
        if self.accession:
            record["accession"] = self.accession
        if self.form:
            record["form"] = self.form
        return record


class Provenance:
    """Reads evidence once per node of the RDF graph; caches filing and document names."""

    def __init__(self, g: Graph) -> None:
        self.g = g
        self._filings: dict = {}
        self._sources: dict = {}
        self._statements = self._index_statements()

    def _index_statements(self) -> dict:
        # evidence that names a triple (rdf:subject/predicate/object) -> that triple
        index: dict = {}
        for ev, s in self.g.subject_objects(RDF.subject):
            p, o = self.g.value(ev, RDF.predicate), self.g.value(ev, RDF.object)
            index.setdefault((s, p, o), []).append(ev)
        return index

    def filing(self, filing) -> tuple[str, str, str]:
        """(display name, accession number or "", form type or "") of a filing IRI."""
        if filing not in self._filings:
            accession = str(self.g.value(filing, FKG.accessionNumber) or "")
            name = accession or str(self.g.value(filing, FKG.sourceFile) or filing)
            self._filings[filing] = (name, accession, str(self.g.value(filing, FKG.formType) or ""))
        return self._filings[filing]

    def source(self, ev) -> Source | None:
        if ev in self._sources:
            return self._sources[ev]
        quote = self.g.value(ev, FKG.quote)
        source = None
        if quote is not None:
            doc = self.g.value(ev, OA.hasSource)
            filing = self.g.value(ev, PROV.wasDerivedFrom) or (self.g.value(predicate=FKG.document, object=doc) if doc else None)
            name, accession, form = self.filing(filing) if filing is not None else ("", "", "")
            source = Source(
                filing=name,
                sequence=int(self.g.value(doc, FKG.sequence) or 0) if doc else 0,
                start=int(self.g.value(ev, OA.start) or 0),
                end=int(self.g.value(ev, OA.end) or 0),
                quote=" ".join(str(quote).split()),
                accession=accession,
                document=str(self.g.value(doc, FKG.documentType) or "") if doc else "",
                form=form,
            )
        self._sources[ev] = source
        return source

    def of_node(self, node) -> dict[str, object]:
        """Provenance of a node: the filings it is derived from and its evidence."""
        filings = [self.filing(f) for f in self.g.objects(node, PROV.wasDerivedFrom)]
        return _attrs(filings, [self.source(ev) for ev in self.g.objects(node, FKG.evidence)])

    def of_statement(self, s, p, o) -> dict[str, object]:
        """Provenance of one triple, through the evidence nodes that name it."""
        evidence = self._statements.get((s, p, o), [])
        filings = [self.filing(f) for ev in evidence for f in self.g.objects(ev, PROV.wasDerivedFrom)]
        return _attrs(filings, [self.source(ev) for ev in evidence])


def _attrs(filings: list[tuple[str, str, str]], sources: list[Source | None]) -> dict[str, object]:
    found = sorted({s for s in sources if s is not None})
    names = sorted({f[0] for f in filings} | {s.filing for s in found})
    accessions = sorted({f[1] for f in filings if f[1]} | {s.accession for s in found if s.accession})
    attrs: dict[str, object] = {"filings": JOIN.join(names), "evidence_count": len(found)}
    if accessions:
        attrs["accessions"] = JOIN.join(accessions)
    if found:
        attrs["quote"] = found[0].quote
        attrs["evidence"] = json.dumps([s.record() for s in found], ensure_ascii=False, separators=(",", ":"))
    return attrs
