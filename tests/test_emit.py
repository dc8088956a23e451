"""Emit stage: the whole seed graph against its golden N-Quads, provenance on every fact, determinism."""

from __future__ import annotations

import os
import subprocess
import sys

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic, to_isomorphic
from rdflib.namespace import PROV, RDF, RDFS, XSD

from builders.emit import nquads
from builders.vocab import FKG, OA

from .conftest import ABVC, GOLDENS, SEED

ID = "https://w3id.org/filing-kg/id/"


def _graphs(ds: Dataset) -> dict[str, object]:
    return {str(g.identifier): g for g in ds.graphs() if len(g)}


def test_seed_graph_matches_golden_nquads(seed_build, update_goldens):
    golden = GOLDENS / "seed.nq"
    text = nquads(seed_build.dataset)
    if update_goldens or not golden.exists():
        golden.write_text(text, encoding="utf-8")
    expected = Dataset()
    expected.parse(data=golden.read_text(encoding="utf-8"), format="nquads")
    have, want = _graphs(seed_build.dataset), _graphs(expected)
    assert set(have) == set(want)
    for name, graph in want.items():
        if not isomorphic(have[name], graph):
            missing = to_isomorphic(graph) - to_isomorphic(have[name])
            extra = to_isomorphic(have[name]) - to_isomorphic(graph)
            raise AssertionError(f"graph {name} differs: {len(missing)} missing, {len(extra)} extra, e.g. {sorted(missing)[:3]} / {sorted(extra)[:3]}")


def test_one_named_graph_per_filing_and_an_empty_default_graph(seed_out):
    graphs = set()
    for line in (seed_out / "graph.nq").read_text(encoding="utf-8").splitlines():
        # Every statement is a quad whose fourth term is the filing's graph.
        graph = line.rsplit(" ", 2)[-2]
        assert graph.startswith("<" + ID + "filing/sha256-"), line
        graphs.add(graph)
    assert len(graphs) == 1


def test_license_history_in_rdf(seed_dataset):
    g = seed_dataset
    lic = next(s for s in g.subjects(FKG.licensee, URIRef(ID + "org/smithkline-beecham")))
    assert g.value(lic, FKG.status) == FKG.Terminated
    assert g.value(lic, FKG.effectiveDate) == Literal("1999", datatype=XSD.gYear)
    assert g.value(lic, FKG.terminationDate) == Literal("2003-01-24", datatype=XSD.date)
    events = {(g.value(e, FKG.eventType), str(g.value(e, FKG.date))) for e in g.objects(lic, FKG.event)}
    assert events == {(FKG.Grant, "1999"), (FKG.RightsReturned, "2003-01-24")}
    assert str(g.value(lic, RDFS.label)) == "ImmunoGen, Inc. \u2192 SmithKline Beecham: cantuzumab mertansine"


def test_every_fact_node_has_evidence_and_provenance(seed_dataset):
    g = seed_dataset
    filing = next(g.subjects(RDF.type, FKG.Filing))
    for cls in (FKG.License, FKG.LicenseEvent, FKG.Role):
        for node in g.subjects(RDF.type, cls):
            assert (node, PROV.wasDerivedFrom, filing) in g
            evidence = list(g.objects(node, FKG.evidence))
            assert evidence, f"{node} has no evidence"
            for ev in evidence:
                assert g.value(ev, FKG.quote) and g.value(ev, OA.hasSource) is not None


def test_plain_triples_are_named_by_their_evidence(seed_dataset):
    g = seed_dataset
    product = URIRef(ID + "product/mln2704")
    ev = next(e for e in g.subjects(RDF.subject, product) if g.value(e, RDF.predicate) == FKG.developer)
    assert g.value(ev, RDF.object) == URIRef(ID + "org/millennium")
    assert "Millennium (MLN2704)" in str(g.value(ev, FKG.quote))


def test_evidence_offsets_point_at_the_quote(seed_build, seed_dataset):
    text = seed_build.extractions[0].filing.documents[0].text
    g = seed_dataset
    evidence = list(g.subjects(RDF.type, FKG.Evidence))
    assert len(evidence) > 20
    for ev in evidence:
        start, end = int(g.value(ev, OA.start)), int(g.value(ev, OA.end))
        assert text[start:end] == str(g.value(ev, FKG.quote))


def _build_in_subprocess(out, inputs, seed: str) -> bytes:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    subprocess.run([sys.executable, "-m", "builders", "build", *map(str, inputs), "--out", str(out), "--quiet", "--no-validate"], check=True, env=env)
    return (out / "graph.nq").read_bytes()


def test_same_input_gives_byte_identical_nquads_whatever_the_order_and_hash_seed(tmp_path):
    first = _build_in_subprocess(tmp_path / "a", [SEED, ABVC], "1")
    second = _build_in_subprocess(tmp_path / "b", [ABVC, SEED], "4242")
    assert first == second
    lines = first.decode("utf-8").split("\n")[:-1]
    graph = [line.rsplit(" ", 2)[-2] for line in lines]
    assert len(set(graph)) == 2 and graph == sorted(graph)  # grouped by graph, graphs in order
    assert lines == sorted(set(lines), key=lambda line: (line.rsplit(" ", 2)[-2], line))  # sorted in each


def test_bad_inputs_corpus_gives_byte_identical_nquads_whatever_the_order_and_hash_seed(tmp_path):
    """Duplicates, contradictions, odd encodings and unreadable files included: the same
    files in another order under another hash seed give the same bytes."""
    bad = sorted(p for p in (GOLDENS.parent / "bad_inputs").iterdir() if p.suffix != ".py")
    inputs = [SEED, *bad, ABVC]
    outputs = []
    for name, order, seed in (("a", inputs, "0"), ("b", inputs[::-1], "31337"), ("c", inputs[1::2] + inputs[::2], "7")):
        out = tmp_path / name
        env = dict(os.environ, PYTHONHASHSEED=seed)
        result = subprocess.run([sys.executable, "-m", "builders", "build", *map(str, order), "--out", str(out), "--quiet", "--no-validate"], env=env, capture_output=True, text=True)
        assert result.returncode == 3, result.stderr  # partial: the empty and binary files
        outputs.append((out / "graph.nq").read_bytes())
    assert outputs[0] == outputs[1] == outputs[2]
    assert b'"duplicate-accession-b.txt"' in outputs[0] and b'"duplicate-accession-a.txt"' not in outputs[0]


def test_line_separators_inside_literals_do_not_split_statements():
    """U+2028, U+0085 and \\x1c are line ends to str.splitlines() but not to N-Quads (found by fuzzing)."""
    ds = Dataset()
    ds.graph(URIRef(ID + "filing/x")).add((URIRef(ID + "a"), RDFS.label, Literal("one\u2028two\x85three\x1cfour")))
    text = nquads(ds)
    assert text.count("\n") == 1
    parsed = Dataset()
    parsed.parse(data=text, format="nquads")
    assert {str(o) for _s, _p, o, _g in parsed.quads((None, None, None, None))} == {"one\u2028two\x85three\x1cfour"}


_TERMED = ('FORM 8-K\nZorvane Therapeutics, Inc.\n(Exact name of registrant as specified in its charter)\n\n'
           'This Exclusive License Agreement (this "Agreement") is entered into as of March 2, 2018 by and between Kestrel '
           'Peptides, Inc., a California corporation ("Kestrel"), and Zorvane Therapeutics, Inc., a Delaware corporation '
           '("Zorvane"). Kestrel hereby grants to Zorvane an exclusive license under the Licensed Technology to make and sell '
           'products in the Territory. Kestrel hereby grants to Zorvane an exclusive license to develop and sell Licensed '
           'Products in the Field. Zorvane hereby grants to Halden Biologics, Inc. an exclusive license to develop and sell '
           'zorvatinib.\n')


def test_an_agreements_defined_terms_are_typed_apart_from_named_products_and_platforms(tmp_path):
    """'an exclusive license under the Licensed Technology': the license's asset, a subclass of the platform class, so no
    list of platforms shows it; the graph still conforms (the shapes' sh:class follows rdfs:subClassOf)."""
    from builders.pipeline import build_graph

    path = tmp_path / "zorvane.txt"
    path.write_text(_TERMED, encoding="utf-8")
    result = build_graph([path])
    g = Graph()
    for graph in result.dataset.graphs():
        g += graph
    asset_types = {str(g.value(a, RDFS.label)): set(g.objects(a, RDF.type)) for a in g.objects(None, FKG.licensedAsset)}
    assert asset_types == {"Licensed Technology": {FKG.DefinedRightsTerm}, "Licensed Products": {FKG.DefinedProductTerm},
                           "zorvatinib": {FKG.ProductCandidate}}
    assert result.validation.conforms
