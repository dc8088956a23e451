"""``filing-kg explain ENTITY``: every fact about an entity and where it says so.

The entity is found by IRI, else by a name or alias equal to the text (any
case), else by a name containing it; the facts come from the library's
``entity-facts`` query bound to the entity's IRI, so the CLI, the endpoint and
this report agree. Each fact carries the quoted sentence, the document type
(8-K, EX-99.1 ...) and the filing's accession number (or its file name when
the input had none).
"""

from __future__ import annotations

import json
import re
import textwrap
from dataclasses import asdict, dataclass, field

from rdflib import Literal, URIRef

from .errors import QueryError
from .query import library, run_query
from .sparql import Engine

KIND_ORDER = ["name", "identifier", "relation", "license", "role", "collaboration", "filing"]
KIND_TITLES = {
    "name": "Names", "identifier": "Identifiers (cover page)", "relation": "Relations",
    "license": "Licenses", "role": "Roles", "collaboration": "Collaborations", "filing": "Filings",
}
ACCESSION = re.compile(r"\d{10}-\d{2}-\d{6}")
MAX_CANDIDATES = 15

_FIND = """PREFIX fkg:  <https://w3id.org/filing-kg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?iri ?label WHERE {
  ?iri rdfs:label ?label ; rdfs:label|skos:altLabel ?n ; a ?class .
  FILTER (?class IN (fkg:Organization, fkg:Person, fkg:ProductCandidate, fkg:TechnologyPlatform,
                     fkg:DefinedProductTerm, fkg:DefinedRightsTerm))
  FILTER (LCASE(STR(?n)) = LCASE(STR(?name)))
} ORDER BY ?label ?iri"""

_ABOUT = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?label ?class ?alias WHERE {
  ?iri rdfs:label ?label .
  OPTIONAL { ?iri a ?class }
  OPTIONAL { ?iri skos:altLabel ?alias }
}"""


@dataclass
class Fact:
    kind: str
    property: str
    value: str
    quote: str
    document: str
    filing: str

    def source(self) -> str:
        where = f"accession {self.filing}" if ACCESSION.fullmatch(self.filing) else f"file {self.filing}"
        return f"{self.document or 'document ?'}, {where}" if self.filing else (self.document or "")


@dataclass
class Explanation:
    iri: str
    label: str
    classes: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)

    def grouped(self) -> list[tuple[str, list[Fact]]]:
        kinds = KIND_ORDER + sorted({f.kind for f in self.facts} - set(KIND_ORDER))
        return [(k, [f for f in self.facts if f.kind == k]) for k in kinds if any(f.kind == k for f in self.facts)]


@dataclass
class ExplainReport:
    query: str
    entities: list[Explanation]

    def text(self, width: int = 100) -> str:
        return "\n".join(_entity_text(e, width) for e in self.entities)

    def to_json(self) -> str:
        return json.dumps({"query": self.query, "entities": [asdict(e) for e in self.entities]}, indent=2, ensure_ascii=False) + "\n"


def explain(engine: Engine, entity: str, graph: str | None = None) -> ExplainReport:
    """Every fact about the entity (or each entity) that ``entity`` names."""
    return ExplainReport(entity, [_explain_one(engine, iri, graph) for iri in find_entities(engine, entity, graph)])


def find_entities(engine: Engine, text: str, graph: str | None = None) -> list[str]:
    """IRIs the text names: the IRI itself, entities called exactly that, or the only one whose name contains it."""
    text = text.strip()
    if not text:
        raise QueryError("explain needs an entity name or IRI")
    if re.fullmatch(r"https?://\S+", text):
        if not engine.run(_ABOUT, {"iri": URIRef(text)}, graph=graph).rows:
            raise QueryError(f"no entity <{text}> in this graph")
        return [text]
    exact = engine.run(_FIND, {"name": Literal(text)}, graph=graph).column("iri")
    if exact:
        return list(dict.fromkeys(exact))
    search = library()["entity-search"]
    found = run_query(engine, search, {"name": text}, graph=graph)
    candidates = list(dict.fromkeys(zip(found.column("iri"), found.column("label"), found.column("class"), strict=True)))
    if len(candidates) == 1:
        return [candidates[0][0]]
    if not candidates:
        raise QueryError(f"no entity named or aliased {text!r} (try `filing-kg query entity-search GRAPH --param name=...`)")
    listing = "\n".join(f"  {label} ({cls}) {iri}" for iri, label, cls in candidates[:MAX_CANDIDATES])
    more = f"\n  ... and {len(candidates) - MAX_CANDIDATES} more" if len(candidates) > MAX_CANDIDATES else ""
    raise QueryError(f"{text!r} matches {len(candidates)} entities; give a full name or an IRI:\n{listing}{more}")


def _explain_one(engine: Engine, iri: str, graph: str | None) -> Explanation:
    about = engine.run(_ABOUT, {"iri": URIRef(iri)}, graph=graph).records()
    label = str(about[0]["label"]) if about else iri
    classes = sorted({str(r["class"]).rsplit("#", 1)[-1] for r in about if "class" in r})
    aliases = sorted({str(r["alias"]) for r in about if "alias" in r})
    result = run_query(engine, library()["entity-facts"], {"iri": iri}, graph=graph)
    facts = [Fact(**{k: str(r.get(k, "")) for k in ("kind", "property", "value", "quote", "document", "filing")})
             for r in result.records()]
    return Explanation(iri, label, classes, aliases, facts)


def _entity_text(e: Explanation, width: int) -> str:
    lines = [f"{e.label}  <{e.iri}>"]
    if e.classes:
        lines.append(f"  a {', '.join(e.classes)}")
    if e.aliases:
        lines.append(f"  also called: {'; '.join(e.aliases)}")
    if not e.facts:
        lines.append("  (no facts)")
    for kind, facts in e.grouped():
        lines += ["", f"{KIND_TITLES.get(kind, kind)} ({len(facts)})"]
        for fact in facts:
            lines.append(f"  {fact.property}: {fact.value}" if fact.value != e.label else f"  {fact.property}")
            if fact.quote:
                quote = " ".join(fact.quote.split())
                lines += textwrap.wrap(f"\u201c{quote}\u201d", width=width, initial_indent="    ", subsequent_indent="     ")
            lines.append(f"    \u2014 {fact.source()}")
    return "\n".join(lines) + "\n"
