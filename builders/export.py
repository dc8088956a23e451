"""Export stage: project the RDF graph onto a property graph people can draw.

Nodes are organizations, people, products and platforms; licenses become edges
licensor -> licensee (asset, status, dates); platform use, development, ownership,
succession and roles become typed edges. Every node and edge carries provenance
as scalars (accession numbers, the first quote) because GraphML cannot hold lists.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS

from .atomic import atomic_write_text
from .vocab import FKG

KINDS = {
    FKG.Company: "company",
    FKG.Organization: "organization",
    FKG.Person: "person",
    FKG.ProductCandidate: "product",
    FKG.TechnologyPlatform: "platform",
}
SCALARS = {
    FKG.cik: "cik", FKG.tickerSymbol: "ticker", FKG.stateOfIncorporation: "state",
    FKG.developmentPhase: "phase", FKG.ein: "ein",
}
RELATIONS = {
    FKG.developer: ("developed_by", False),
    FKG.usesPlatform: ("uses_platform", False),
    FKG.owner: ("owns", True),  # drawn owner -> platform
    FKG.succeededBy: ("succeeded_by", False),
}
FORMATS = ("graphml", "gexf", "cyjs")


@dataclass
class ExportStats:
    nodes: int
    edges: int


def project(g: Graph) -> nx.MultiDiGraph:
    """The property graph of ``g`` (the union of the filing graphs)."""
    out = nx.MultiDiGraph()
    for node, kind in _entity_kinds(g).items():
        attrs = {"label": str(g.value(node, RDFS.label) or node), "kind": kind, "iri": str(node)}
        for prop, name in SCALARS.items():
            value = g.value(node, prop)
            if value is not None:
                attrs[name] = _short(value)
        attrs.update(_provenance(g, node))
        out.add_node(str(node), **attrs)
    for prop, (relation, reverse) in RELATIONS.items():
        for s, o in g.subject_objects(prop):
            if str(s) in out and str(o) in out:
                a, b = (o, s) if reverse else (s, o)
                out.add_edge(str(a), str(b), key=f"{relation}:{a}:{b}", relation=relation, **_statement_provenance(g, s, prop, o))
    for lic in sorted(g.subjects(RDF.type, FKG.License)):
        _license_edge(g, out, lic)
    for role in sorted(g.subjects(RDF.type, FKG.Role)):
        person, org = g.value(role, FKG.person), g.value(role, FKG.organization)
        if person is not None and org is not None and str(person) in out and str(org) in out:
            out.add_edge(str(person), str(org), key=str(role), relation="role", title=str(g.value(role, FKG.title) or ""), **_provenance(g, role))
    return out


def _entity_kinds(g: Graph) -> dict[URIRef, str]:
    kinds: dict[URIRef, str] = {}
    for cls, kind in KINDS.items():
        for node in g.subjects(RDF.type, cls):
            if node not in kinds or kind == "company":
                kinds[node] = kind
    return dict(sorted(kinds.items()))


def _license_edge(g: Graph, out: nx.MultiDiGraph, lic: URIRef) -> None:
    licensor, licensee, asset = g.value(lic, FKG.licensor), g.value(lic, FKG.licensee), g.value(lic, FKG.licensedAsset)
    if licensor is None or licensee is None or str(licensor) not in out or str(licensee) not in out:
        return
    attrs = {
        "relation": "license",
        "iri": str(lic),
        "asset": str(g.value(asset, RDFS.label) or ""),
        "status": _short(g.value(lic, FKG.status)),
        "effective": _short(g.value(lic, FKG.effectiveDate)),
        "terminated": _short(g.value(lic, FKG.terminationDate)),
        **_provenance(g, lic),
    }
    out.add_edge(str(licensor), str(licensee), key=str(lic), **attrs)


def _provenance(g: Graph, node) -> dict[str, str]:
    filings = sorted(_filing_name(g, f) for f in g.objects(node, PROV.wasDerivedFrom))
    quotes = sorted(str(q) for ev in g.objects(node, FKG.evidence) for q in g.objects(ev, FKG.quote))
    return {"filings": "; ".join(filings), "quote": quotes[0] if quotes else ""}


def _statement_provenance(g: Graph, s, p, o) -> dict[str, str]:
    for ev in g.subjects(RDF.subject, s):
        if (ev, RDF.predicate, p) in g and (ev, RDF.object, o) in g:
            filing = g.value(ev, PROV.wasDerivedFrom)
            return {"filings": _filing_name(g, filing) if filing else "", "quote": str(g.value(ev, FKG.quote) or "")}
    return {"filings": "", "quote": ""}


def _filing_name(g: Graph, filing) -> str:
    return str(g.value(filing, FKG.accessionNumber) or g.value(filing, FKG.sourceFile) or filing)


def _short(value) -> str:
    if value is None:
        return ""
    if isinstance(value, Literal):
        return str(value)
    text = str(value)
    return text.rsplit("#", 1)[-1] if "#" in text else text


def write(graph: nx.MultiDiGraph, fmt: str, path: Path) -> ExportStats:
    if fmt == "graphml":
        text = "\n".join(nx.generate_graphml(graph, prettyprint=True))
    elif fmt == "gexf":
        text = "\n".join(nx.generate_gexf(graph, prettyprint=True))
    elif fmt == "cyjs":
        text = json.dumps(_cytoscape(graph), indent=1, ensure_ascii=False, sort_keys=True)
    else:
        raise ValueError(f"unknown export format {fmt!r} (use {', '.join(FORMATS)})")
    atomic_write_text(path, text + "\n")
    return ExportStats(graph.number_of_nodes(), graph.number_of_edges())


def _cytoscape(graph: nx.MultiDiGraph) -> dict:
    nodes = [{"data": {"id": n, **attrs}} for n, attrs in graph.nodes(data=True)]
    edges = [
        {"data": {"id": key, "source": u, "target": v, **{k: a for k, a in attrs.items()}}}
        for u, v, key, attrs in graph.edges(keys=True, data=True)
    ]
    return {"elements": {"nodes": nodes, "edges": edges}}
