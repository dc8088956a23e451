"""Namespaces and the deterministic IRIs of instances (see ``spec/ONTOLOGY.md``)."""

from __future__ import annotations

import hashlib

from rdflib import Namespace, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD

FKG = Namespace("https://w3id.org/filing-kg/ontology#")
ID = "https://w3id.org/filing-kg/id/"
OA = Namespace("http://www.w3.org/ns/oa#")
SCHEMA = Namespace("https://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")

PREFIXES = {
    "fkg": FKG,
    "rdf": RDF,
    "rdfs": RDFS,
    "skos": SKOS,
    "xsd": XSD,
    "prov": PROV,
    "oa": OA,
    "schema": SCHEMA,
    "org": ORG,
}

PHASES = ["Preclinical", "Phase1", "Phase2", "Phase3", "Approved"]
STATUSES = ["Active", "Terminated", "Expired"]
SCOPES = {"research": "Research", "development": "Development", "commercialization": "Commercialization", "manufacturing": "Manufacturing"}


def digest(*parts: object, length: int = 16) -> str:
    """A short stable hash of the parts (for IRIs of things defined by their parts)."""
    text = "\x1f".join(str(p) for p in parts)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:length]


def iri(*path: str) -> URIRef:
    return URIRef(ID + "/".join(path))


def filing_iri(filing_id: str) -> URIRef:
    return iri("filing", filing_id)


def document_iri(filing_id: str, sequence: int) -> URIRef:
    return iri("filing", filing_id, "doc", str(sequence))


def evidence_iri(filing_id: str, doc: int, start: int, end: int) -> URIRef:
    return iri("evidence", filing_id, f"{doc}-{start}-{end}")


def sparql_prefixes() -> str:
    return "\n".join(f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items())
