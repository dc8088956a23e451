"""explain: every fact about an entity, grouped by kind, each with its sentence, document and filing."""

from __future__ import annotations

import json

import pytest

from builders.cli import main
from builders.errors import QueryError
from builders.explain import explain, find_entities

ENGINES = ["rdflib", "oxigraph"]


@pytest.fixture(params=ENGINES)
def engine(request, library_engines):
    return library_engines[request.param]


def test_explain_a_product_by_name_groups_facts_with_their_sentences(engine):
    report = explain(engine, "cantuzumab mertansine")
    [e] = report.entities
    assert e.iri == "https://w3id.org/filing-kg/id/product/cantuzumab-mertansine"
    assert e.classes == ["ProductCandidate"] and "huC242-DM1" in e.aliases
    groups = dict(e.grouped())
    assert list(groups) == ["name", "relation", "license"]
    relations = {(f.property, f.value) for f in groups["relation"]}
    assert {("developer", "ImmunoGen, Inc."), ("developmentPhase", "Phase1"), ("usesPlatform", "TAP technology")} <= relations
    phase = next(f for f in groups["relation"] if f.property == "developmentPhase")
    assert "Phase I clinical trials" in phase.quote
    assert (phase.document, phase.filing) == ("8-K", "immunogen-8k-2003-01-24.txt")
    assert any("regained all rights" in f.quote for f in groups["license"])


def test_explain_a_person_from_another_filing_shows_document_and_accession(engine):
    [e] = explain(engine, "uttam patil").entities
    kinds = {f.kind for f in e.facts}
    assert {"name", "role", "filing"} <= kinds
    role = next(f for f in e.facts if f.kind == "role")
    assert role.value == "Uttam Patil, Chief Executive Officer (ABVC BioPharma, Inc.)" and "Uttam Patil" in role.quote
    assert role.source() == f"{role.document}, accession 0001213900-25-032135"


def test_explain_an_organization_by_iri_includes_incoming_relations_and_identifiers(engine):
    [e] = explain(engine, "https://w3id.org/filing-kg/id/org/immunogen").entities
    groups = dict(e.grouped())
    assert ("developer of", "cantuzumab mertansine") in {(f.property, f.value) for f in groups["relation"]}
    assert {f.property: f.value for f in groups["identifier"]}["tickerSymbol"] == "IMGN"
    assert len([f for f in groups["license"] if f.property == "licensor of"]) >= 6
    assert {f.property for f in groups["filing"]} == {"filer of"}


def test_ambiguous_and_unknown_names_are_clear_errors(engine):
    with pytest.raises(QueryError, match=r"(?s)matches 2 entities.*bivatuzumab.*cantuzumab"):
        find_entities(engine, "mertansine")
    with pytest.raises(QueryError, match="no entity named"):
        find_entities(engine, "no such thing anywhere")
    with pytest.raises(QueryError, match="no entity <https://w3id.org/filing-kg/id/org/nope>"):
        find_entities(engine, "https://w3id.org/filing-kg/id/org/nope")
    assert find_entities(engine, "GREEN CROSS CORP.") == ["https://w3id.org/filing-kg/id/org/green-cross"]


def test_explain_command_text_and_json(library_out, capsys):
    assert main(["explain", "huN901-DM1", str(library_out)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("huN901-DM1  <https://w3id.org/filing-kg/id/product/hun901-dm1>")
    assert "Relations (3)" in out and "usesPlatform: TAP technology" in out
    assert "\u2014 8-K, file immunogen-8k-2003-01-24.txt" in out
    assert "\u201cTwo ImmunoGen-developed TAP products" in out
    assert main(["explain", "Green Cross Corp.", "--store", str(library_out / "store"), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["entities"][0]["label"] == "Green Cross Corp."
    assert any(f["kind"] == "license" and "hereby grants" in f["quote"] for f in data["entities"][0]["facts"])
    assert main(["explain", "mertansine", str(library_out)]) == 2
    assert "give a full name or an IRI" in capsys.readouterr().err
