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
