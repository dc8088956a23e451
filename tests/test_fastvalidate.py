"""The fast validator (shapes compiled to SPARQL on Oxigraph) reports exactly what pyshacl reports."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS, XSD

from builders.fastvalidate import (
    compile_shapes,
    compiled_checks,
    run_checks,
    store_of_graph,
    validate_fast,
)
from builders.resources import ontology_graph
from builders.store import fill_store, open_store, union_graph
from builders.validate import shacl_results, validate_graph
from builders.vocab import FKG, OA

from .test_validate import BREAKAGES, IMMUNOGEN, _do, _lic, _on

# Breakages for the constraint components tests/test_validate.py does not reach.
MORE = {
    "negative evidence start": _on(FKG.Evidence, set_=[(OA.start, Literal(-5))]),
    "evidence start not a number": _on(FKG.Evidence, set_=[(OA.start, Literal("five"))]),
    "empty quote": _on(FKG.Evidence, set_=[(FKG.quote, Literal(""))]),
    "no such day": lambda g: _lic(g, set_=[(FKG.effectiveDate, Literal("2024-02-30", datatype=XSD.date))]),
    "role without title or organization": _on(FKG.Role, remove=[(FKG.title, None), (FKG.organization, None)]),
    "two role titles": _on(FKG.Role, add=[(FKG.title, Literal("Chief Dreamer"))]),
    "alt label with a language": lambda g: _do(g, IMMUNOGEN, add=[(IMMUNOGEN, SKOS.altLabel, Literal("IG", lang="en"))]),
    "exclusive as text": lambda g: _lic(g, set_=[(FKG.exclusive, Literal("yes"))]),
    "scope outside the scheme": lambda g: _lic(g, add=[(FKG.rightsScope, FKG.Distribution)]),
    "event not an event": lambda g: _lic(g, add=[(FKG.event, IMMUNOGEN)]),
    "two licensees": lambda g: _lic(g, add=[(FKG.licensee, URIRef("https://w3id.org/filing-kg/id/org/another"))]),
    "report date as text": _on(FKG.Filing, set_=[(FKG.reportDate, Literal("January 2003"))]),
    "item pattern": _on(FKG.Filing, add=[(FKG.item, Literal("Item 5"))]),
    "label as an IRI": lambda g: _do(g, IMMUNOGEN, set_=[(IMMUNOGEN, RDFS.label, FKG.Name)]),
    "two broken things at once": lambda g: (_on(FKG.Evidence, set_=[(FKG.quote, Literal(""))])(g), _lic(g, remove=[(FKG.status, None)])),
}
CASES = {**{name: breakage for name, (breakage, _message) in BREAKAGES.items()}, **MORE}


@pytest.fixture(scope="module")
def seed_union(seed_dataset) -> Graph:
    return union_graph(seed_dataset)


def _broken(seed_union, name) -> Graph:
    g = Graph()
    for triple in seed_union:
        g.add(triple)
    CASES[name](g)
    return g


@pytest.mark.parametrize("name", sorted(CASES))
def test_fast_path_reports_exactly_what_pyshacl_reports(seed_union, name):
    g = _broken(seed_union, name)
    reference = shacl_results(g)
    fast, _seconds = run_checks(store_of_graph(g))
    assert reference, f"{name}: the breakage breaks nothing"
    assert fast == reference, f"only pyshacl: {sorted(reference - fast, key=repr)}\nonly fast: {sorted(fast - reference, key=repr)}"
    assert validate_fast(g).text() == validate_graph(g).text()


def _same_on_both(g: Graph) -> set:
    reference = shacl_results(g)
    fast, _seconds = run_checks(store_of_graph(g))
    assert fast == reference, f"only pyshacl: {sorted(reference - fast, key=repr)}\nonly fast: {sorted(fast - reference, key=repr)}"
    return fast


def test_bad_values_on_a_node_no_shape_targets_are_not_reported(seed_union):
    # The value checks scan a path without the target and keep only the focus nodes among their
    # rows: a node of no targeted class, however broken, must fall out as it does in pyshacl.
    g = _broken(seed_union, "empty quote")
    stray = URIRef("https://w3id.org/filing-kg/id/stray")
    for p, o in [(RDFS.label, FKG.Name), (RDFS.label, Literal("two labels")), (OA.start, Literal("five")),
                 (OA.end, Literal(-1)), (FKG.quote, Literal("")), (FKG.cik, Literal("123")), (FKG.evidence, IMMUNOGEN),
                 (FKG.licensor, stray), (FKG.licensee, stray)]:
        g.add((stray, p, o))
    results = _same_on_both(g)
    assert results and not any(r.focus == str(stray) for r in results)


def test_a_node_typed_only_with_a_subclass_is_checked_by_its_superclass_shape(seed_union):
    # fkg:Company is a subclass of fkg:Organization: a node typed Company alone is a focus node of
    # OrganizationShape (its broken CIK reported) as well as of CompanyShape (not an Organization).
    g = _broken(seed_union, "empty quote")
    firm = URIRef("https://w3id.org/filing-kg/id/org/firm-only-a-company")
    for p, o in [(RDF.type, FKG.Company), (RDFS.label, Literal("Firm")), (FKG.cik, Literal("12"))]:
        g.add((firm, p, o))
    reported = {(r.path, r.component) for r in _same_on_both(g) if r.focus == str(firm)}
    assert ("fkg:cik", "PatternConstraintComponent") in reported
    assert (str(RDF.type), "HasValueConstraintComponent") in reported
    assert ("prov:wasDerivedFrom", "MinCountConstraintComponent") in reported


def test_the_breakages_reach_every_shape_and_component(seed_union):
    reached = set()
    for name in CASES:
        reached |= {(r.path, r.component, r.message) for r in run_checks(store_of_graph(_broken(seed_union, name)))[0]}
    checks = {(c.path, component, c.message) for c in compiled_checks() for component in c.components}
    assert {c[1] for c in checks} <= {r[1] for r in reached}, "a constraint component no breakage reaches"
    shapes_missed = {c.shape for c in compiled_checks()} - {c.shape for c in compiled_checks()
                                                            if any((c.path, comp, c.message) in reached for comp in c.components)}
    assert not shapes_missed, f"node shapes no breakage reaches: {shapes_missed}"


def test_the_seed_conforms_on_both(seed_union):
    assert validate_fast(seed_union).conforms and validate_graph(seed_union).conforms


def test_the_fast_path_runs_on_a_build_store(tmp_path, seed_out):
    broken = tmp_path / "broken.nq"
    broken.write_text((seed_out / "graph.nq").read_text().replace('"0-17999"', '"file seventeen"'))
    fill_store(broken, tmp_path / "store")
    from builders.fastvalidate import validate_store

    report = validate_store(open_store(tmp_path / "store")).report
    assert not report.conforms
    (violation,) = report.violations
    assert violation.path == "fkg:fileNumber" and violation.focus_label == "ImmunoGen, Inc."
    assert violation.filings == ("0000855654-03-000004",) or violation.filings  # the seed's accession number


def test_an_unsupported_shape_is_refused_not_skipped():
    from builders.fastvalidate import UnsupportedShape

    shapes = Graph().parse(data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <http://example.org/> .
        ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:uniqueLang true ; sh:message "m" ] .
    """, format="turtle")
    with pytest.raises(UnsupportedShape, match="uniqueLang"):
        compile_shapes(shapes, ontology_graph())


def test_validate_fast_and_reference_print_the_same_report(tmp_path, seed_out, capsys):
    from builders.cli import main

    broken = tmp_path / "broken.nq"
    broken.write_text((seed_out / "graph.nq").read_text().replace('"0-17999"', '"file seventeen"'))
    assert main(["validate", str(broken), "--reference"]) == 1
    reference = capsys.readouterr().out
    assert main(["validate", str(broken), "--fast", "--timings"]) == 1
    captured = capsys.readouterr()
    assert captured.out == reference and "fkg:fileNumber" in reference
    assert "EvidenceShape" in captured.err  # seconds per shape
    assert main(["validate", str(seed_out), "--fast"]) == 0
