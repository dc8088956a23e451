"""tools/probe.py and data/probes/: the real passages are well formed, and the scorer counts what it says."""

from __future__ import annotations

import json

import pytest

from .conftest import ROOT, load_tool

PROBES = sorted((ROOT / "data" / "probes").glob("*.json"))


def _probe_module():
    return load_tool("probe")


def test_every_probe_passage_says_where_it_came_from_and_what_it_states():
    assert {p.name for p in PROBES} >= {"licenses-releases.json", "licenses-reports.json", "licenses-agreements.json", "entities.json",
                                        "holdout.json", "holdout-2.json"}
    ids = []
    for path in PROBES:
        for case in json.loads(path.read_text(encoding="utf-8")):
            ids.append(case["id"])
            assert case["source"] and case["company"] and len(case["text"]) > 40, (path.name, case["id"])
            for lic in case.get("licenses") or []:
                assert lic["licensor"] and lic["asset"], (path.name, case["id"])
    # unique ids, and none of the passages there were when this was written lost (adding a probe needs no edit here)
    assert len(ids) == len(set(ids)) >= 572


CASE = {
    "id": "t1", "source": "made up", "company": "Zorbix Therapeutics, Inc.",
    "text": "On March 1, 2020, Zorbix Therapeutics, Inc. granted Halden Pharma, Inc. an exclusive license to develop and "
            "commercialize ZX-101 (zorbitinib). Halden Pharma, Inc. also licensed ZX-300 to Velmora Bio, Inc.",
    "licenses": [
        {"licensor": "Zorbix Therapeutics, Inc.", "licensee": "Halden Pharma, Inc.", "asset": "zorbitinib"},
        {"licensor": "Zorbix Therapeutics, Inc.", "licensee": "Velmora Bio, Inc.", "asset": "ZX-999"},
    ],
    "products": ["ZX-101", "zorbitinib", "ZX-300", "ZX-404"],
    "product_aliases": [["ZX-101", "zorbitinib"]],
}


def test_the_scorer_matches_names_and_aliases_and_counts_what_the_probe_does_not_state(tmp_path):
    probe = _probe_module()
    ext = probe.read_passage(CASE, tmp_path)
    licenses, products = probe.Tally(), probe.Tally()
    probe.score_licenses(CASE, ext, licenses)
    probe.score_entities(CASE, ext, "products", products)
    # the first license by the product's alias; the second is not in the text; Halden's license of ZX-300 is not in the probe
    assert (licenses.found, licenses.missed, licenses.extra) == (1, 1, 1)
    # ... and the second is explained as the eval explains a miss: nothing read names ZX-999
    assert licenses.causes == {"no_asset": 1}
    # ZX-101 and zorbitinib are one product (found once), ZX-300 found, ZX-404 not in the text
    assert (products.found, products.missed, products.extra) == (2, 1, 0)


def test_the_registrant_by_its_short_name_is_no_finding_but_a_company_of_that_name_is(tmp_path):
    probe = _probe_module()
    case = {**CASE, "text": CASE["text"] + " Zorbix will receive royalties.",
            "organizations": ["Zorbix", "Halden Pharma, Inc.", "Velmora Bio, Inc.", "Quarra Labs"]}
    orgs = probe.Tally()
    probe.score_entities(case, probe.read_passage(case, tmp_path), "organizations", orgs)
    # "Zorbix" is the filer the probe wrote on the cover: neither found nor missed; Quarra Labs is not in the text
    assert (orgs.found, orgs.missed, orgs.extra) == (2, 1, 0)


def test_the_probe_tool_explains_itself(capsys):
    with pytest.raises(SystemExit) as done:
        _probe_module().main(["--help"])
    assert done.value.code == 0 and "tools/probe.py data/probes" in capsys.readouterr().out
