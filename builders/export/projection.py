"""Project the RDF graph onto a property graph people can draw.

Nodes are organizations, people, products and platforms; licenses become edges
licensor -> licensee (asset, status, dates); development, platform use,
ownership, succession, roles and collaborations become typed edges. Every node
and edge carries its provenance as scalars (see ``provenance``): GraphML, GEXF
and CSV cannot hold lists, so lists are joined with "; " or JSON-encoded.

Node ids are the instance IRIs without the ``id/`` base (``org/immunogen``) so
that every tool shows something readable; the full IRI is the ``iri`` attribute.
"""

from __future__ import annotations

from itertools import combinations

import networkx as nx
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from ..vocab import FKG, ID, digest
from .provenance import JOIN, Provenance

KINDS = {
    FKG.Company: "company",
    FKG.Organization: "organization",
    FKG.Person: "person",
    FKG.ProductCandidate: "product",
    FKG.TechnologyPlatform: "platform",
    # an agreement's defined term ("Licensed Products") is drawn as what it stands for: the asset a license edge names
    FKG.DefinedProductTerm: "product",
    FKG.DefinedRightsTerm: "platform",
}
SCALARS = {
    FKG.cik: "cik", FKG.ein: "ein", FKG.fileNumber: "file_number", FKG.tickerSymbol: "ticker",
    FKG.exchange: "exchange", FKG.stateOfIncorporation: "state", FKG.developmentPhase: "phase",
    FKG.target: "target", FKG.indication: "indication", FKG.component: "component",
}
# RDF property -> (relation name, drawn from the object to the subject?)
RELATIONS = {
    FKG.developer: ("develops", True),  # product --developer--> org is drawn org -> product
    FKG.usesPlatform: ("uses_platform", False),
    FKG.owner: ("owns", True),
    FKG.succeededBy: ("succeeded_by", False),
}
LICENSE_TERMS = {
    FKG.status: "status", FKG.effectiveDate: "effective", FKG.terminationDate: "terminated",
    FKG.territory: "territory", FKG.rightsScope: "scopes", FKG.upfrontPayment: "upfront",
    FKG.milestonePayments: "milestones", FKG.royalties: "royalties",
}


def node_id(iri) -> str:
    text = str(iri)
    return text[len(ID):] if text.startswith(ID) else text


def project(g: Graph) -> nx.MultiDiGraph:
    """The property graph of ``g`` (the union of the filing graphs); licenses are edges."""
    return _Projection(g).run()


class _Projection:
    def __init__(self, g: Graph) -> None:
        self.g = g
        self.prov = Provenance(g)
        self.out = nx.MultiDiGraph(name="filing-kg")

    def run(self) -> nx.MultiDiGraph:
        for node, kind in _entity_kinds(self.g).items():
            self._entity(node, kind)
        for prop, (relation, reverse) in RELATIONS.items():
            for s, o in sorted(self.g.subject_objects(prop)):
                self._relation(s, prop, o, relation, reverse)
        for lic in sorted(self.g.subjects(RDF.type, FKG.License)):
            self._license(lic)
        for role in sorted(self.g.subjects(RDF.type, FKG.Role)):
            self._role(role)
        for collab in sorted(self.g.subjects(RDF.type, FKG.Collaboration)):
            self._collaboration(collab)
        return self.out

    def has(self, node) -> bool:
        return node is not None and node_id(node) in self.out

    def _entity(self, node: URIRef, kind: str) -> None:
        g = self.g
        attrs: dict[str, object] = {"label": _label(g, node), "kind": kind, "iri": str(node)}
        aliases = sorted(str(a) for a in g.objects(node, SKOS.altLabel))
        if aliases:
            attrs["aliases"] = JOIN.join(aliases)
        for prop, name in SCALARS.items():
            values = sorted(_text(v) for v in g.objects(node, prop))
            if values:
                attrs[name] = JOIN.join(values)
        attrs.update(self.prov.of_node(node))
        self.out.add_node(node_id(node), **attrs)

    def _relation(self, s, prop, o, relation: str, reverse: bool) -> None:
        if not (self.has(s) and self.has(o)):
            return
        a, b = (o, s) if reverse else (s, o)
        key = f"{relation}/{digest(s, prop, o, length=12)}"
        attrs = {"relation": relation, "label": relation.replace("_", " "), **self.prov.of_statement(s, prop, o)}
        self.out.add_edge(node_id(a), node_id(b), key=key, **attrs)

    def _license(self, lic: URIRef) -> None:
        g = self.g
        licensor, licensee, asset = g.value(lic, FKG.licensor), g.value(lic, FKG.licensee), g.value(lic, FKG.licensedAsset)
        if not (self.has(licensor) and self.has(licensee)):
            return
        asset_label = _label(g, asset) if asset is not None else ""
        attrs: dict[str, object] = {"relation": "license", "label": f"licenses {asset_label}".strip(), "agreement": _label(g, lic), "iri": str(lic)}
        if asset is not None:
            attrs["asset"] = asset_label
            attrs["asset_id"] = node_id(asset)
        for prop, name in LICENSE_TERMS.items():
            values = sorted(_text(v) for v in g.objects(lic, prop))
            if values:
                attrs[name] = JOIN.join(values)
        exclusive = g.value(lic, FKG.exclusive)
        if exclusive is not None:
            attrs["exclusive"] = bool(exclusive.toPython())
        events = sorted((_text(g.value(e, FKG.date)), _text(g.value(e, FKG.eventType))) for e in g.objects(lic, FKG.event))
        if events:
            attrs["events"] = JOIN.join(f"{kind} {date}".strip() for date, kind in events)
        attrs.update(self.prov.of_node(lic))
        self.out.add_edge(node_id(licensor), node_id(licensee), key=node_id(lic), **attrs)

    def _role(self, role: URIRef) -> None:
        g = self.g
        person, org = g.value(role, FKG.person), g.value(role, FKG.organization)
        if not (self.has(person) and self.has(org)):
            return
        title = str(g.value(role, FKG.title) or "")
        attrs: dict[str, object] = {"relation": "role", "label": title or "role", "iri": str(role)}
        if title:
            attrs["title"] = title
        attrs.update(self.prov.of_node(role))
        self.out.add_edge(node_id(person), node_id(org), key=node_id(role), **attrs)

    def _collaboration(self, collab: URIRef) -> None:
        g = self.g
        parties = sorted({p for p in g.objects(collab, FKG.party) if self.has(p)}, key=node_id)
        if len(parties) < 2:
            return
        attrs: dict[str, object] = {"relation": "collaboration", "label": "collaboration", "agreement": _label(g, collab), "iri": str(collab)}
        for prop, name in ((FKG.status, "status"), (FKG.effectiveDate, "effective"), (FKG.terminationDate, "terminated")):
            value = g.value(collab, prop)
            if value is not None:
                attrs[name] = _text(value)
        attrs.update(self.prov.of_node(collab))
        for i, (a, b) in enumerate(combinations(parties, 2)):
            self.out.add_edge(node_id(a), node_id(b), key=f"{node_id(collab)}#{i}", **attrs)


def _entity_kinds(g: Graph) -> dict[URIRef, str]:
    kinds: dict[URIRef, str] = {}
    for cls, kind in KINDS.items():
        for node in g.subjects(RDF.type, cls):
            if node not in kinds or kind == "company":
                kinds[node] = kind
    return dict(sorted(kinds.items()))


def _label(g: Graph, node) -> str:
    return str(g.value(node, RDFS.label) or node_id(node))


def _text(value) -> str:
    """A literal's lexical form, or a concept's local name (fkg:Terminated -> Terminated)."""
    if value is None:
        return ""
    if isinstance(value, Literal):
        return str(value)
    text = str(value)
    return text.rsplit("#", 1)[-1] if "#" in text else text
