"""Evaluation: the matching rules of spec/GOLD.md, and the seed's scores."""

from __future__ import annotations

import json

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from builders.evaluate import evaluate, score_document
from builders.vocab import FKG

from .conftest import FILINGS, GOLD


@pytest.fixture(scope="module")
def seed_report():
    return evaluate(GOLD / "dev" / "immunogen-8k-2003-01-24.json", FILINGS)


def test_seed_scores_at_least_0_9_f1_on_the_skeleton_kinds(seed_report):
    summary = seed_report.summary()
    for kind in ("organizations", "products", "platforms", "licenses"):
        assert summary[kind]["f1"] >= 0.9, (kind, summary[kind], seed_report.documents[0].misses, seed_report.documents[0].extras)
    assert summary["license_status_accuracy"] == 1.0
    assert summary["license_date_accuracy"] == 1.0


def test_seed_eval_from_a_build_folder_matches_building_alone(seed_out, seed_report):
    from_build = evaluate(GOLD / "dev" / "immunogen-8k-2003-01-24.json", seed_out)
    assert from_build.summary() == seed_report.summary()


def _graph(*entities):
    g = Graph()
    for i, (cls, label, *alts) in enumerate(entities):
        node = URIRef(f"urn:x:{i}")
        g.add((node, RDF.type, cls))
        g.add((node, RDFS.label, Literal(label)))
        for alt in alts:
            g.add((node, SKOS.altLabel, Literal(alt)))
    return g


def test_names_match_after_normalization_and_on_aliases(tmp_path):
    gold = {"document": "x.txt", "scope": "complete",
            "companies": [{"name": "Ono Pharmaceutical Co., Ltd.", "aliases": ["Ono"]}, {"name": "Missing Corp", "aliases": []}],
            "optional_organizations": ["Nasdaq"]}
    g = _graph((FKG.Organization, "ONO PHARMACEUTICAL"), (FKG.Organization, "Nasdaq Stock Market", "Nasdaq"), (FKG.Organization, "Invented Inc."))
    result = score_document(tmp_path / "g.json", gold, g, g)
    s = result.scores["organizations"]
    # Ono matches despite case and suffix; the optional Nasdaq is neither a hit nor a false positive.
    assert (s.tp, s.fp, s.fn) == (1, 1, 1)
    assert result.misses["organizations"] == ["Missing Corp"]
    assert result.extras["organizations"] == ["Invented Inc."]


def test_must_find_files_count_only_for_recall(tmp_path):
    gold_file = tmp_path / "g.json"
    gold_file.write_text(json.dumps({"document": "immunogen-8k-2003-01-24.txt", "scope": "must-find",
                                     "companies": [{"name": "ImmunoGen, Inc.", "aliases": []}]}))
    report = evaluate(gold_file, FILINGS)
    summary = report.summary()
    assert summary["organizations"]["recall"] == 1.0
    assert summary["organizations"]["precision"] is None


def test_a_licenses_parties_match_by_any_name_their_gold_entries_give(tmp_path):
    """The gold license names 'BridgeBio Pharma, Inc.', whose entry has the alias 'BridgeBio': a graph that
    knows the company only as 'BridgeBio' has found the license. A name no entry gives still matches itself."""
    gold = {"document": "x.txt", "scope": "complete",
            "companies": [{"name": "BridgeBio Pharma, Inc.", "aliases": ["BridgeBio"]},
                          {"name": "Bristol-Myers Squibb Company", "aliases": ["BMS"]}],
            "product_candidates": [{"name": "BBP-398", "aliases": []}],
            "licenses": [{"licensor": "BridgeBio Pharma, Inc.", "licensee": "Bristol-Myers Squibb Company", "asset": "BBP-398"},
                         {"licensor": "Ono Pharmaceutical", "licensee": "Bristol-Myers Squibb Company", "asset": "BBP-398"}]}
    g = _graph((FKG.Organization, "BridgeBio"), (FKG.Organization, "BMS"), (FKG.ProductCandidate, "BBP-398"))
    lic = URIRef("urn:x:lic")
    g.add((lic, RDF.type, FKG.License))
    for prop, i in ((FKG.licensor, 0), (FKG.licensee, 1), (FKG.licensedAsset, 2)):
        g.add((lic, prop, URIRef(f"urn:x:{i}")))
    s = score_document(tmp_path / "g.json", gold, g, g).scores["licenses"]
    assert (s.tp, s.fp, s.fn) == (1, 0, 1)


def test_a_missed_license_is_explained_by_its_nearest_graph_license_or_by_what_the_graph_lacks(tmp_path):
    """The graph has one license, Ardent -> Brisa: BX-1. A gold license the other way round is 'reversed'; one
    with another asset is 'asset'. Further off: an asset the graph does not have, a party it does not have, or
    all three there with no license between them."""
    names = ["Ardent Bio, Inc.", "Brisa Pharma AG", "Corvo Labs", "BX-1", "BX-2"]
    gold = {"document": "x.txt", "scope": "complete",
            "companies": [{"name": n, "aliases": []} for n in names[:3]],
            "product_candidates": [{"name": n, "aliases": []} for n in names[3:]],
            "licenses": [{"licensor": "Brisa Pharma AG", "licensee": "Ardent Bio, Inc.", "asset": "BX-1"},
                         {"licensor": "Ardent Bio, Inc.", "licensee": "Brisa Pharma AG", "asset": "BX-2"},
                         {"licensor": "Corvo Labs", "licensee": "Brisa Pharma AG", "asset": "BX-9"},
                         {"licensor": "Dunmore Inc.", "licensee": "Brisa Pharma AG", "asset": "BX-2"},
                         {"licensor": "Corvo Labs", "licensee": "Brisa Pharma AG", "asset": "BX-2"}]}
    g = _graph(*[(FKG.Organization, n) for n in names[:3]], *[(FKG.ProductCandidate, n) for n in names[3:]])
    lic = URIRef("urn:x:lic")
    g.add((lic, RDF.type, FKG.License))
    for prop, i in ((FKG.licensor, 0), (FKG.licensee, 1), (FKG.licensedAsset, 3)):
        g.add((lic, prop, URIRef(f"urn:x:{i}")))
    result = score_document(tmp_path / "g.json", gold, g, g)
    assert result.license_miss_causes == {"reversed": 1, "asset": 1, "no_asset": 1, "no_party": 1, "unread": 1}
    assert result.misses["licenses"][0].endswith("(parties reversed)")


def test_a_gold_document_that_cannot_be_read_is_scored_as_empty_and_named(tmp_path, capsys):
    from builders.cli import EXIT_PARTIAL, main

    (tmp_path / "blank.txt").write_text("")
    gold_file = tmp_path / "g.json"
    gold_file.write_text(json.dumps({"document": "blank.txt", "scope": "complete",
                                     "companies": [{"name": "Ardent Bio, Inc.", "aliases": []}]}))
    report = evaluate(gold_file, tmp_path / "blank.txt")
    assert report.summary()["organizations"]["fn"] == 1
    assert report.unreadable == ["g.json: blank.txt: empty file (no text)"]
    assert main(["eval", "--gold", str(gold_file), str(tmp_path / "blank.txt")]) == EXIT_PARTIAL
    assert "could not read g.json: blank.txt" in capsys.readouterr().err
