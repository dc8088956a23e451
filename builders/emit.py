"""Emit stage: extractions + resolution -> an RDF dataset, one named graph per filing.

Each filing's graph holds every statement read from that filing, each fact with
an ``fkg:Evidence`` node (document, offsets, quote) and ``prov:wasDerivedFrom``
the filing. Facts that are plain triples (``developer``, ``usesPlatform`` ...)
get an evidence node that names the triple with ``rdf:subject/predicate/object``,
so "where does it say so?" has an answer for every edge.

A license's status and dates are stated once, in the graph of the filing they
come from (the one that ended it, or the latest that mentions it), so the union
of graphs has one answer to "who holds the rights on date D".
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD

from .atomic import atomic_write_text
from .model import Evidence, Extraction, Fact, Kind, PartialDate, Ref, Role
from .resolve import CollaborationSlice, FilingSlice, LicenseSlice, Resolution
from .vocab import FKG, OA, PREFIXES, SCOPES, digest, document_iri, evidence_iri, filing_iri, iri

CLASS_OF = {Kind.PERSON: FKG.Person, Kind.PRODUCT: FKG.ProductCandidate, Kind.PLATFORM: FKG.TechnologyPlatform}
# What an agreement licenses by its defined term only ("Licensed Products", "the Licensed Technology"): a subclass,
# so that it is still a license's product or platform, but no list of named drugs or technologies shows it.
TERM_CLASS_OF = {Kind.PRODUCT: FKG.DefinedProductTerm, Kind.PLATFORM: FKG.DefinedRightsTerm}
CONCEPT_PROPS = {"developmentPhase"}
ENTITY_PROPS = {"developer", "usesPlatform", "owner", "succeededBy"}


def emit(extractions: list[Extraction], resolution: Resolution) -> Dataset:
    ds = _dataset()
    slices = resolution.slices(extractions)
    for ext in sorted(extractions, key=lambda e: e.filing.filing_id):
        _FilingGraph(ds, ext, slices[ext.filing.filing_id]).write()
    return ds


def _dataset() -> Dataset:
    ds = Dataset()
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns)
    return ds


def filing_nquads(ext: Extraction, view: FilingSlice) -> str:
    """One filing's named graph as canonical N-Quads (its lines of the build's graph.nq).

    graph.nq is grouped by graph, so the build's graph.nq is these texts one after another
    in graph order (:func:`merge_nquads`): a rebuild emits only the filings that changed and
    reuses the others' text."""
    ds = _dataset()
    _FilingGraph(ds, ext, view).write()
    return nquads(ds)


class _FilingGraph:
    """Writes one filing's named graph from its extraction and its slice of the resolution."""

    def __init__(self, ds: Dataset, ext: Extraction, view: FilingSlice) -> None:
        self.ext, self.view = ext, view
        self.fid = ext.filing.filing_id
        self.filing = filing_iri(self.fid)
        self.g: Graph = ds.graph(self.filing)

    def add(self, s, p, o) -> None:
        if o is not None:
            self.g.add((s, p, o))

    def node(self, ref: Ref | None) -> URIRef | None:
        return self.view.node(ref)

    def label(self, node: URIRef) -> str:
        return self.view.entities[node].label

    def derived(self, node: URIRef) -> None:
        self.add(node, PROV.wasDerivedFrom, self.filing)

    def write(self) -> None:
        self._filing()
        for ref, mention in sorted(self.ext.mentions.items()):
            self._entity(ref, mention)
        for fact in self.ext.facts:
            self._fact(fact)
        for role in self.ext.roles:
            self._role(role)
        for lic in self.view.licenses:
            self._license(lic)
        for collab in self.view.collaborations:
            self._collaboration(collab)

    # ------------------------------------------------------------------ filing and documents

    def _filing(self) -> None:
        f, ext = self.filing, self.ext
        filing = ext.filing
        self.add(f, RDF.type, FKG.Filing)
        registrant = self.view.entities.get(self.node(ext.registrant)) if ext.registrant else None
        title = " ".join(p for p in (filing.form_type or _first_doc_type(ext), filing.accession or filing.source.rsplit("/", 1)[-1]) if p)
        self.add(f, RDFS.label, Literal(f"{title} ({registrant.label})" if registrant else title))
        self.add(f, FKG.accessionNumber, _lit(filing.accession))
        self.add(f, FKG.formType, _lit(filing.form_type or _first_doc_type(ext)))
        self.add(f, FKG.reportDate, _date(ext.cover.report_date))
        self.add(f, FKG.filedOn, _date(filing.filed))
        self.add(f, FKG.sourceFile, Literal(Path(filing.source).name))
        self.add(f, FKG.sha256, Literal(filing.sha256))
        for item in ext.cover.items:
            self.add(f, FKG.item, Literal(item))
        for exhibit in ext.cover.exhibits:
            self.add(f, FKG.exhibit, Literal(exhibit))
        if ext.registrant:
            self.add(f, FKG.filer, self.node(ext.registrant))
        for signer in ext.cover.signers:
            self.add(f, FKG.signedBy, self.node(signer))
        for doc in filing.documents:
            d = document_iri(self.fid, doc.sequence)
            self.add(f, FKG.document, d)
            self.add(d, RDF.type, FKG.Document)
            self.add(d, RDFS.label, Literal(f"{doc.doc_type} of {title}"))
            self.add(d, FKG.documentType, Literal(doc.doc_type))
            self.add(d, FKG.sequence, Literal(doc.sequence))
            self.add(d, FKG.fileName, _lit(doc.filename))
            self.add(d, FKG.textLength, Literal(doc.length))
            self.derived(d)

    # ------------------------------------------------------------------ entities

    def _entity(self, ref: Ref, mention) -> None:
        node = self.node(ref)
        entity = self.view.entities[node]
        if ref.kind is Kind.ORG:
            self.add(node, RDF.type, FKG.Organization)
            if entity.org_class == "Company":
                self.add(node, RDF.type, FKG.Company)
        else:
            self.add(node, RDF.type, (TERM_CLASS_OF if entity.defined_term else CLASS_OF)[ref.kind])
        self.add(node, RDFS.label, Literal(entity.label))
        for name in sorted({mention.name, *mention.aliases} - {entity.label}):
            self.add(node, SKOS.altLabel, Literal(name))
        if ref.kind is Kind.ORG:
            for prop, value in (
                (FKG.cik, mention.cik), (FKG.ein, mention.ein), (FKG.fileNumber, mention.file_number),
                (FKG.tickerSymbol, mention.ticker), (FKG.exchange, mention.exchange),
                (FKG.stateOfIncorporation, mention.state), (FKG.address, mention.address), (FKG.phone, mention.phone),
            ):
                self.add(node, prop, _lit(value))
        for ev in mention.evidence[:1]:
            self.add(node, FKG.evidence, self._evidence(ev))
        self.derived(node)

    def _fact(self, fact: Fact) -> None:
        subject = self.node(fact.subject)
        if subject is None:
            return
        prop = FKG[fact.prop]
        if isinstance(fact.value, Ref):
            value = self.node(fact.value)
        elif fact.prop in CONCEPT_PROPS:
            value = FKG[fact.value]
        elif isinstance(fact.value, PartialDate):
            value = _date(fact.value)
        else:
            value = Literal(fact.value)
        if value is None:
            return
        self.add(subject, prop, value)
        ev = self._evidence(fact.evidence, about=(subject, prop, value))
        self.add(subject, FKG.evidence, ev)

    def _role(self, role: Role) -> None:
        person = self.node(role.person)
        org = self.node(role.organization)
        node = iri("role", digest(person, org, role.title or ""))
        self.add(node, RDF.type, FKG.Role)
        label = self.label(person)
        if role.title:
            label += f", {role.title}"
        if org is not None:
            label += f" ({self.label(org)})"
        self.add(node, RDFS.label, Literal(label))
        self.add(node, FKG.person, person)
        self.add(node, FKG.organization, org)
        self.add(node, FKG.title, _lit(role.title))
        self.add(node, FKG.evidence, self._evidence(role.evidence))
        self.derived(node)

    # ------------------------------------------------------------------ licenses

    def _license(self, lic: LicenseSlice) -> None:
        node = lic.iri
        self.add(node, RDF.type, FKG.License)
        self.add(node, RDFS.label, Literal(f"{self.label(lic.licensor)} \u2192 {self.label(lic.licensee)}: {self.label(lic.asset)}"))
        self.add(node, FKG.licensor, lic.licensor)
        self.add(node, FKG.licensee, lic.licensee)
        self.add(node, FKG.licensedAsset, lic.asset)
        # The slice holds the status and dates only where this filing is their source.
        if lic.status is not None:
            self.add(node, FKG.status, FKG[lic.status])
        self.add(node, FKG.effectiveDate, _date(lic.effective))
        self.add(node, FKG.terminationDate, _date(lic.terminated))
        for index in lic.stated:
            stated = self.ext.licenses[index]
            self.add(node, FKG.territory, _lit(stated.territory))
            if stated.exclusive is not None:
                self.add(node, FKG.exclusive, Literal(stated.exclusive))
            for scope in sorted(stated.scopes):
                self.add(node, FKG.rightsScope, FKG[SCOPES[scope]])
            self.add(node, FKG.upfrontPayment, _lit(stated.upfront))
            self.add(node, FKG.milestonePayments, _lit(stated.milestones))
            self.add(node, FKG.royalties, _lit(stated.royalties))
            for ev in stated.evidence:
                self.add(node, FKG.evidence, self._evidence(ev))
        for event in lic.events:
            self.add(node, FKG.event, event.iri)
            self.add(event.iri, RDF.type, FKG.LicenseEvent)
            self.add(event.iri, RDFS.label, Literal(f"{event.type.value} {event.date or ''}".strip() + f": {self.label(lic.asset)}"))
            self.add(event.iri, FKG.eventType, FKG[event.type.value])
            self.add(event.iri, FKG.date, _date(event.date))
            self.add(event.iri, FKG.evidence, self._evidence(event.evidence))
            self.add(node, FKG.evidence, self._evidence(event.evidence))
            self.derived(event.iri)
        self.derived(node)

    def _collaboration(self, view: CollaborationSlice) -> None:
        node, collab = view.iri, self.ext.collaborations[view.index]
        self.add(node, RDF.type, FKG.Collaboration)
        self.add(node, RDFS.label, Literal(f"{collab.kind.capitalize()}: " + " \u2194 ".join(self.label(p) for p in view.parties)))
        for party in view.parties:
            self.add(node, FKG.party, party)
        self.add(node, FKG.status, FKG[collab.status])
        self.add(node, FKG.terminationDate, _date(collab.terminated))
        for ev in collab.evidence:
            self.add(node, FKG.evidence, self._evidence(ev))
        self.derived(node)

    # ------------------------------------------------------------------ evidence

    def _evidence(self, ev: Evidence, about: tuple | None = None) -> URIRef:
        node = evidence_iri(self.fid, ev.doc, ev.start, ev.end)
        if about is not None:
            node = URIRef(f"{node}/{digest(*about, length=10)}")
        self.add(node, RDF.type, FKG.Evidence)
        quote = " ".join(ev.quote.split())
        self.add(node, RDFS.label, Literal(quote if len(quote) <= 80 else quote[:77] + "..."))
        self.add(node, OA.hasSource, document_iri(self.fid, ev.doc))
        self.add(node, OA.start, Literal(ev.start))
        self.add(node, OA.end, Literal(ev.end))
        self.add(node, FKG.quote, Literal(ev.quote))
        if about is not None:
            s, p, o = about
            self.add(node, RDF.subject, s)
            self.add(node, RDF.predicate, p)
            self.add(node, RDF.object, o)
        self.derived(node)
        return node


def _first_doc_type(ext: Extraction) -> str | None:
    return ext.filing.documents[0].doc_type if ext.filing.documents else None


def _lit(value: str | None) -> Literal | None:
    return Literal(value) if value else None


def _date(value: PartialDate | None) -> Literal | None:
    if value is None:
        return None
    return Literal(str(value), datatype=XSD[value.xsd_type])


# --------------------------------------------------------------------------- writing


def nquads(ds: Dataset) -> str:
    """Canonical N-Quads: one statement a line, unique, grouped by named graph (graphs in IRI
    order) and sorted within each graph (byte-identical output). Graph first, so that graph.nq
    is its filings' texts one after another: a rebuild concatenates, it does not sort."""
    text = ds.serialize(format="nquads")
    # split("\n"), not splitlines(): a literal may hold U+2028, U+0085 or \x1c, which
    # splitlines() takes for line ends, cutting a statement in two.
    lines = sorted({line for line in text.split("\n") if line.strip()}, key=lambda line: (_graph_of(line), line))
    return "\n".join(lines) + ("\n" if lines else "")


def _graph_of(line: str) -> str:
    """The graph term of an N-Quads line ('... <graph> .'); IRIs hold no spaces."""
    return line.rstrip().rsplit(" ", 2)[-2]


def trig_from_nquads(nq: str) -> str:
    """TriG (prefixed, one block per filing graph, grouped by subject) from canonical N-Quads.

    Written by Oxigraph: rdflib's TriG writer took most of an incremental rebuild (5 of 6 s
    at 200 filings). The quads are sorted by graph, then subject, so the same graph always
    gives the same bytes."""
    quads = list(ox.parse(nq.encode("utf-8"), format=ox.RdfFormat.N_QUADS))
    quads.sort(key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)))
    return (ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes={p: str(ns) for p, ns in PREFIXES.items()}) or b"").decode("utf-8")


def merge_nquads(texts: Iterable[str]) -> str:
    """graph.nq from its named graphs' canonical N-Quads (:func:`filing_nquads`): what
    :func:`nquads` gives for the dataset holding them all. Each text is one graph's sorted
    lines, so graph.nq is the texts in graph order (no sort of the lines: 11 s at 10k filings)."""
    chunks = [text if text.endswith("\n") else text + "\n" for text in texts if text.strip()]
    return "".join(sorted(chunks, key=lambda text: _graph_of(text[: text.index("\n")])))


def trig_block(nq: str) -> str:
    """One named graph's block of graph.trig: :func:`trig_from_nquads` without the
    ``@prefix`` lines, which every call writes the same."""
    text = trig_from_nquads(nq)
    return text[len(_trig_header(text)) :]


def merge_trig(blocks: dict[str, str]) -> str:
    """graph.trig from each named graph's :func:`trig_block`, by graph IRI: byte for byte
    what :func:`trig_from_nquads` writes for all of them (which orders by graph first)."""
    if not blocks:
        return ""
    header = _trig_header(trig_from_nquads("<urn:x> <urn:x> <urn:x> <urn:x> .\n"))
    return header + "".join(blocks[g] for g in sorted(blocks, key=lambda g: f"<{g}>"))


def _trig_header(text: str) -> str:
    end = 0
    while text.startswith("@prefix ", end):
        end = text.index("\n", end) + 1
    return text[:end]


def serialize_dataset(ds: Dataset, fmt: str = "nq") -> str:
    if fmt == "nq":
        return nquads(ds)
    if fmt == "trig":
        return trig_from_nquads(nquads(ds))
    if fmt == "ttl":
        union = Graph()
        for prefix, ns in PREFIXES.items():
            union.bind(prefix, ns)
        for s, p, o, _g in ds.quads((None, None, None, None)):
            union.add((s, p, o))
        return union.serialize(format="turtle")
    raise ValueError(f"unknown format {fmt!r} (use nq, trig or ttl)")


def write_dataset(ds: Dataset, path: Path, fmt: str = "nq") -> None:
    atomic_write_text(path, serialize_dataset(ds, fmt))
