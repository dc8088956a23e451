"""Every file of the shared corpus builds without a crash; what cannot be read says why."""

from __future__ import annotations

import json

import pytest

from builders.pipeline import build_graph, write_outputs

from .conftest import SHARED_CORPUS


@pytest.fixture(scope="module")
def corpus_build():
    if not SHARED_CORPUS.exists():
        pytest.skip("the shared corpus is not beside the project")
    return build_graph([SHARED_CORPUS])


def test_every_corpus_file_is_reported(corpus_build):
    sources = {f.source for f in corpus_build.report.filings}
    expected = {str(p) for p in SHARED_CORPUS.rglob("*") if p.is_file() and p.name != "MANIFEST.tsv"}
    assert sources == expected
    for f in corpus_build.report.filings:
        if f.status == "error":
            assert f.error and len(f.error.splitlines()) == 1
        else:
            assert f.filing_id and f.documents is not None


def test_the_whole_corpus_graph_conforms(corpus_build):
    assert corpus_build.validation.conforms, corpus_build.validation.text()[:3000]


def test_report_json_round_trips(corpus_build, tmp_path):
    write_outputs(corpus_build, tmp_path)
    report = json.loads((tmp_path / "report.json").read_text())
    assert report["summary"]["files"] == len(corpus_build.report.filings)
    assert report["summary"]["read"] >= 60


def test_one_node_per_real_entity_across_the_corpus(corpus_build):
    """No two nodes of one kind share a normalized name, unless their CIKs say they are different
    companies, or they are differently named legal entities ("Merck & Co., Inc." and "Merck KGaA"
    share the short name "Merck", which is why a shared short name alone never joins them). Names that mean
    something only inside their filing (an agreement's "Licensed Technology") are each filing's own."""
    from collections import defaultdict

    from builders.extract.context import key_for
    from builders.extract.names import has_legal_suffix
    from builders.resolve import linkable

    entities = corpus_build.resolution.entities
    owners: dict[tuple, set] = defaultdict(set)
    for iri, entity in entities.items():
        for name in entity.names | {entity.label}:
            key = key_for(entity.kind, name)
            if key and linkable(name):  # (each filing's own "Licensed Technology" is its own)
                owners[(entity.kind, key)].add(iri)
    collisions = {
        key: sorted(entities[i].label for i in iris)
        for key, iris in owners.items()
        if len(iris) > 1 and len({entities[i].cik for i in iris}) < len(iris)
        and not (all(has_legal_suffix(entities[i].label) for i in iris) and len({entities[i].label for i in iris}) == len(iris))
    }
    assert not collisions, collisions


def test_merges_across_filings_are_reported(corpus_build):
    merges = corpus_build.report.merges
    assert merges, "the corpus holds several filings of the same companies"
    by_label = {m["label"]: m for m in merges}
    apple = next(m for label, m in by_label.items() if label.upper().startswith("APPLE"))
    assert apple["reason"] == "same CIK" and len(apple["filings"]) >= 2
