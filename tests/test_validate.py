"""Validate stage: the seed conforms, and every shape rejects a graph broken its way."""

from __future__ import annotations

import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, XSD

from builders.store import union_graph
from builders.validate import validate_graph
from builders.vocab import FKG, OA

ID = "https://w3id.org/filing-kg/id/"
IMMUNOGEN = URIRef(ID + "org/immunogen")
SKB = URIRef(ID + "org/smithkline-beecham")
CANTUZUMAB = URIRef(ID + "product/cantuzumab-mertansine")
TAP = URIRef(ID + "platform/tap-technology")
BELOFF = URIRef(ID + "person/gregg-d-beloff")


@pytest.fixture(scope="module")
def seed_union(seed_dataset) -> Graph:
    return union_graph(seed_dataset)


def _license(g: Graph) -> URIRef:
    return next(s for s in g.subjects(FKG.licensee, SKB))


def test_the_seed_graph_conforms(seed_union):
    report = validate_graph(seed_union)
    assert report.conforms, report.text()


def _first(g: Graph, cls) -> URIRef:
    return sorted(g.subjects(RDF.type, cls))[0]


def _do(g: Graph, focus, add=(), remove=(), set_=()):
    """Apply a breakage to ``g`` and return the node it should be reported on."""
    for triple in remove:
        g.remove(triple)
    for triple in set_:
        g.set(triple)
    for triple in add:
        g.add(triple)
    return focus


def _lic(g, **kw):
    lic = _license(g)
    return _do(g, lic, **{k: [(lic, *t) for t in v] for k, v in kw.items()})


def _on(cls, **kw):
    def breakage(g):
        node = _first(g, cls)
        return _do(g, node, **{k: [(node, *t) for t in v] for k, v in kw.items()})

    return breakage


def _do(g: Graph, focus, add=(), remove=(), set_=()):
    """Apply a breakage to ``g`` and return the node it should be reported on."""
    for triple in remove:
        g.remove(triple)
    for triple in set_:
        g.set(triple)
    for triple in add:
        g.add(triple)
    return focus


def _lic(g, **kw):
    lic = _license(g)
    return _do(g, lic, **{k: [(lic, *t) for t in v] for k, v in kw.items()})


def _on(cls, **kw):
    def breakage(g):
        node = _first(g, cls)
        return _do(g, node, **{k: [(node, *t) for t in v] for k, v in kw.items()})

    return breakage


BREAKAGES = {
    "second label": (lambda g: _do(g, IMMUNOGEN, add=[(IMMUNOGEN, RDFS.label, Literal("Another name"))]), "exactly one rdfs:label"),
    "cik pattern": (lambda g: _do(g, IMMUNOGEN, add=[(IMMUNOGEN, FKG.cik, Literal("855654"))]), "10-digit"),
    "ein pattern": (lambda g: _do(g, IMMUNOGEN, set_=[(IMMUNOGEN, FKG.ein, Literal("042726691"))]), "NN-NNNNNNN"),
    "file number pattern": (lambda g: _do(g, IMMUNOGEN, set_=[(IMMUNOGEN, FKG.fileNumber, Literal("file 17999"))]), "0-17999"),
    "successor not an organization": (lambda g: _do(g, SKB, add=[(SKB, FKG.succeededBy, CANTUZUMAB)]), "point to an organization"),
    "self succession": (lambda g: _do(g, SKB, add=[(SKB, FKG.succeededBy, SKB)]), "cannot succeed itself"),
    "company not typed organization": (lambda g: _do(g, IMMUNOGEN, remove=[(IMMUNOGEN, RDF.type, FKG.Organization)]), "also be typed fkg:Organization"),
    "person without label": (lambda g: _do(g, BELOFF, remove=[(BELOFF, RDFS.label, None)]), "exactly one rdfs:label"),
    "role without person": (_on(FKG.Role, remove=[(FKG.person, None)]), "exactly one fkg:person"),
    "phase outside the scheme": (lambda g: _do(g, CANTUZUMAB, add=[(CANTUZUMAB, FKG.developmentPhase, FKG.Phase9)]), "Preclinical, Phase1"),
    "developer not an organization": (lambda g: _do(g, CANTUZUMAB, add=[(CANTUZUMAB, FKG.developer, TAP)]), "developer must point to an organization"),
    "platform owner not an organization": (lambda g: _do(g, TAP, add=[(TAP, FKG.owner, BELOFF)]), "owner must point to an organization"),
    "licensor is licensee": (lambda g: _lic(g, set_=[(FKG.licensee, IMMUNOGEN)]), "other than the licensee"),
    "license without status": (lambda g: _lic(g, remove=[(FKG.status, None)]), "exactly one fkg:status"),
    "status outside the scheme": (lambda g: _lic(g, set_=[(FKG.status, FKG.Pending)]), "Active, Terminated or Expired"),
    "two effective dates": (lambda g: _lic(g, add=[(FKG.effectiveDate, Literal("1998", datatype=XSD.gYear))]), "at most one"),
    "effective date as text": (lambda g: _lic(g, set_=[(FKG.effectiveDate, Literal("in 1999"))]), "xsd:date, xsd:gYearMonth or xsd:gYear"),
    "terminated before effective": (lambda g: _lic(g, set_=[(FKG.terminationDate, Literal("1998-05-01", datatype=XSD.date))]), "must not be before"),
    "license without evidence": (lambda g: _lic(g, remove=[(FKG.evidence, None)]), "fkg:evidence"),
    "asset is an organization": (lambda g: _lic(g, set_=[(FKG.licensedAsset, IMMUNOGEN)]), "product candidate or a technology platform"),
    "event type outside the scheme": (_on(FKG.LicenseEvent, set_=[(FKG.eventType, FKG.Sale)]), "Grant, Amendment"),
    "event of no license": (lambda g: _do(g, _first(g, FKG.LicenseEvent), remove=[(None, FKG.event, _first(g, FKG.LicenseEvent))]), "belong to a license"),
    "collaboration with one party": (lambda g: _add_collaboration(g), "at least two fkg:party"),
    "accession pattern": (_on(FKG.Filing, add=[(FKG.accessionNumber, Literal("12345"))]), "NNNNNNNNNN-NN-NNNNNN"),
    "filing without hash": (_on(FKG.Filing, remove=[(FKG.sha256, None)]), "sha256"),
    "document without type": (_on(FKG.Document, remove=[(FKG.documentType, None)]), "documentType"),
    "evidence start after end": (_on(FKG.Evidence, set_=[(OA.start, Literal(10**6))]), "before oa:end"),
    "evidence without quote": (_on(FKG.Evidence, remove=[(FKG.quote, None)]), "non-empty fkg:quote"),
    "node without provenance": (lambda g: _do(g, TAP, remove=[(TAP, PROV.wasDerivedFrom, None)]), "prov:wasDerivedFrom"),
}


def _add_collaboration(g: Graph):
    node = URIRef(ID + "agreement/broken")
    filing = _first(g, FKG.Filing)
    ev = _first(g, FKG.Evidence)
    for triple in ((node, RDF.type, FKG.Collaboration), (node, RDFS.label, Literal("x")), (node, FKG.party, IMMUNOGEN),
                   (node, PROV.wasDerivedFrom, filing), (node, FKG.evidence, ev)):
        g.add(triple)
    return node


@pytest.mark.parametrize("name", sorted(BREAKAGES))
def test_each_shape_rejects_its_breakage(seed_union, name):
    g = Graph()
    for triple in seed_union:
        g.add(triple)
    breakage, message = BREAKAGES[name]
    focus = breakage(g)
    report = validate_graph(g)
    assert not report.conforms
    hits = [v for v in report.violations if v.focus == str(focus) and message in v.message]
    assert hits, f"expected {message!r} on {focus}; got:\n{report.text()}"
    assert hits[0].line()  # printable with label, path, message, filing


def test_violation_lines_name_the_label_and_filing(seed_union):
    g = Graph()
    for triple in seed_union:
        g.add(triple)
    g.add((IMMUNOGEN, FKG.cik, Literal("42")))
    line = next(v.line() for v in validate_graph(g).violations if v.focus == str(IMMUNOGEN))
    assert "'ImmunoGen, Inc.'" in line and "fkg:cik" in line and "immunogen-8k-2003-01-24.txt" in line


def test_blank_nodes_are_not_needed(seed_union):
    assert not any(isinstance(t, BNode) for triple in seed_union for t in triple)
