"""Export: the projection of the seed's graph, and every format read back by a reader.

The seed (ImmunoGen 8-K of 2003-01-24) holds 9 organizations, 4 people, 5 products,
1 platform and 6 licenses, one of which (cantuzumab mertansine, ImmunoGen ->
SmithKline Beecham, granted 1999) was terminated on 2003-01-24.
"""

from __future__ import annotations

import csv
import hashlib
import json
import shutil
import subprocess
from collections import Counter

import networkx as nx
import pytest
from lxml import etree

from builders.cli import main
from builders.errors import ExportError
from builders.export import find_entity, licenses_as_nodes, neighbourhood, prepare, project, write
from builders.store import union_graph

from .conftest import ROOT, SEED

TERMINATED = "license/121679b39f8f9d38"
IMMUNOGEN, SKB, GSK = "org/immunogen", "org/smithkline-beecham", "org/glaxosmithkline"
CANTUZUMAB, TAP = "product/cantuzumab-mertansine", "platform/tap-technology"
SEED_TEXT = " ".join(SEED.read_text(encoding="utf-8", errors="replace").split())


@pytest.fixture(scope="module")
def seed_rdf(seed_dataset):
    return union_graph(seed_dataset)


@pytest.fixture(scope="module")
def seed_graph(seed_rdf) -> nx.MultiDiGraph:
    return prepare(seed_rdf)


def licenses(graph):
    return {k: a for _, _, k, a in graph.edges(keys=True, data=True) if a["relation"] == "license"}


# --------------------------------------------------------------------------- projection


def test_seed_projects_to_its_entities_and_licenses(seed_graph):
    kinds = Counter(a["kind"] for _, a in seed_graph.nodes(data=True))
    assert kinds["company"] + kinds["organization"] == 9
    assert (kinds["person"], kinds["product"], kinds["platform"]) == (4, 5, 1)
    assert seed_graph.number_of_nodes() == 19
    relations = Counter(a["relation"] for _, _, a in seed_graph.edges(data=True))
    assert set(relations) == {"license", "uses_platform", "develops", "role", "owns", "succeeded_by"}
    assert (relations["license"], relations["role"], relations["uses_platform"]) == (6, 4, 5)


def test_the_terminated_license_is_an_edge_with_its_dates(seed_graph):
    lic = licenses(seed_graph)
    ended = {k for k, a in lic.items() if a["status"] == "Terminated"}
    assert ended == {TERMINATED}
    (u, v, attrs), = [(u, v, a) for u, v, k, a in seed_graph.edges(keys=True, data=True) if k == TERMINATED]
    assert (u, v) == (IMMUNOGEN, SKB)
    assert attrs["asset"] == "cantuzumab mertansine" and attrs["asset_id"] == CANTUZUMAB
    assert (attrs["effective"], attrs["terminated"]) == ("1999", "2003-01-24")
    assert attrs["events"] == "Grant 1999; RightsReturned 2003-01-24"
    assert any("regained all rights" in e["quote"] for e in json.loads(attrs["evidence"]))
    assert all(a["status"] == "Active" for k, a in lic.items() if k != TERMINATED)


def test_typed_edges_point_the_readable_way(seed_graph):
    def edge(u, v, relation):
        return [a for a in seed_graph.get_edge_data(u, v, default={}).values() if a["relation"] == relation]

    assert edge("org/genentech", "product/trastuzumab-dm1", "develops")
    assert edge(IMMUNOGEN, TAP, "owns")
    assert edge(CANTUZUMAB, TAP, "uses_platform")
    assert edge(SKB, GSK, "succeeded_by")
    (role,) = edge("person/mitchel-sayare", IMMUNOGEN, "role")
    assert role["title"] == "Chairman and CEO"


def test_nodes_carry_scalar_attributes(seed_graph):
    imgn = seed_graph.nodes[IMMUNOGEN]
    assert (imgn["label"], imgn["kind"], imgn["ticker"], imgn["ein"]) == ("ImmunoGen, Inc.", "company", "IMGN", "04-2726691")
    assert imgn["aliases"] == "ImmunoGen"
    assert imgn["iri"] == "https://w3id.org/filing-kg/id/org/immunogen"
    assert seed_graph.nodes[CANTUZUMAB]["phase"] == "Phase1"
    assert seed_graph.nodes[CANTUZUMAB]["aliases"] == "huC242-DM1"


def test_every_node_and_edge_carries_provenance_as_scalars(seed_graph):
    items = [a for _, a in seed_graph.nodes(data=True)] + [a for _, _, a in seed_graph.edges(data=True)]
    for attrs in items:
        assert all(isinstance(v, str | int | float | bool) for v in attrs.values()), attrs
        assert attrs["filings"] == SEED.name  # the seed is a text rendering: no accession number
        assert attrs["evidence_count"] >= 1
        evidence = json.loads(attrs["evidence"])
        assert len(evidence) == attrs["evidence_count"]
        assert attrs["quote"] == evidence[0]["quote"]
        for record in evidence:
            assert record["quote"] in SEED_TEXT
            assert record["filing"] == SEED.name and record["end"] > record["start"]


def test_accession_numbers_are_carried_when_the_filing_has_one(tmp_path):
    from builders.pipeline import build_graph, write_outputs
    from builders.store import load_dataset

    abvc = ROOT / "data" / "filings" / "0001213900-25-032135.txt"
    write_outputs(build_graph([abvc], validate=False), tmp_path)
    graph = project(union_graph(load_dataset(tmp_path)))
    items = [a for _, a in graph.nodes(data=True)] + [a for _, _, a in graph.edges(data=True)]
    assert items and all(a["accessions"] == "0001213900-25-032135" for a in items)
    assert all(e["accession"] == "0001213900-25-032135" for a in items for e in json.loads(a.get("evidence", "[]")))


# --------------------------------------------------------------------------- focus and licenses as nodes


def test_focus_finds_entities_by_name_alias_and_id(seed_graph):
    assert find_entity(seed_graph, "cantuzumab mertansine") == CANTUZUMAB
    assert find_entity(seed_graph, "huC242-DM1") == CANTUZUMAB
    assert find_entity(seed_graph, "tap") == TAP  # an exact alias wins over substrings
    assert find_entity(seed_graph, "org/immunogen") == IMMUNOGEN
    assert find_entity(seed_graph, "Boehringer") == "org/boehringer-ingelheim"
    with pytest.raises(ExportError, match="names 2 entities"):
        find_entity(seed_graph, "mertansine")
    with pytest.raises(ExportError, match="no entity"):
        find_entity(seed_graph, "no such company")


def test_neighbourhood_of_a_product_reaches_the_parties_to_its_license(seed_graph):
    one = neighbourhood(seed_graph, CANTUZUMAB, 1)
    assert set(one) == {CANTUZUMAB, IMMUNOGEN, TAP, SKB}
    assert TERMINATED in {k for _, _, k in one.edges(keys=True)}
    assert set(neighbourhood(seed_graph, CANTUZUMAB, 0)) == {CANTUZUMAB}
    two = neighbourhood(seed_graph, CANTUZUMAB, 2)
    assert GSK in two and GSK not in one
    assert two.graph["focus"] == CANTUZUMAB and two.graph["depth"] == 2


def test_licenses_as_nodes(seed_graph):
    graph = licenses_as_nodes(seed_graph)
    assert (graph.number_of_nodes(), graph.number_of_edges()) == (19 + 6, seed_graph.number_of_edges() - 6 + 3 * 6)
    node = graph.nodes[TERMINATED]
    assert (node["kind"], node["status"], node["terminated"]) == ("license", "Terminated", "2003-01-24")
    assert node["label"] == "ImmunoGen, Inc. \u2192 SmithKline Beecham: cantuzumab mertansine"
    links = {(u, v, a["relation"]) for u, v, a in graph.edges(data=True) if TERMINATED in (u, v)}
    assert links == {(IMMUNOGEN, TERMINATED, "grants"), (TERMINATED, SKB, "granted_to"), (TERMINATED, CANTUZUMAB, "covers")}


# --------------------------------------------------------------------------- formats, read back


def test_graphml_reads_back_with_attributes_and_yed_labels(seed_graph, tmp_path):
    path = tmp_path / "seed.graphml"
    write(seed_graph, "graphml", path)
    back = nx.read_graphml(path, force_multigraph=True)
    assert (back.number_of_nodes(), back.number_of_edges()) == (19, seed_graph.number_of_edges())
    assert back.nodes[IMMUNOGEN]["ticker"] == "IMGN" and back.nodes[IMMUNOGEN]["evidence_count"] == 1
    assert back.nodes[IMMUNOGEN]["label"] == "ImmunoGen, Inc."  # networkx reads this from the yFiles NodeLabel
    attrs = back.get_edge_data(IMMUNOGEN, SKB)[TERMINATED]
    assert (attrs["status"], attrs["terminated"], attrs["interaction"]) == ("Terminated", "2003-01-24", "license")
    # yEd draws the yFiles NodeLabel; Cytoscape names nodes by the `name` column
    root = etree.parse(str(path)).getroot()
    ns = {"g": "http://graphml.graphdrawing.org/xmlns", "y": "http://www.yworks.com/xml/graphml"}
    for node in root.iterfind(".//g:node", ns):
        label = node.findtext("g:data/y:ShapeNode/y:NodeLabel", namespaces=ns)
        name = node.findtext("g:data[@key='n_name']", namespaces=ns)
        assert label and label == name == seed_graph.nodes[node.get("id")]["label"]
    assert root.find(".//g:key[@yfiles.type='nodegraphics']", ns) is not None
    assert {k.get("id") for k in root.iterfind("g:key", ns)}.isdisjoint({"d3", "d7"})  # Gephi reads those as labels


def test_gexf_reads_back_with_viz_and_license_timeline(seed_graph, tmp_path):
    path = tmp_path / "seed.gexf"
    write(seed_graph, "gexf", path)
    back = nx.read_gexf(path)
    assert (back.number_of_nodes(), back.number_of_edges()) == (19, seed_graph.number_of_edges())
    assert back.graph["mode"] == "dynamic"
    imgn = back.nodes[IMMUNOGEN]
    assert imgn["label"] == "ImmunoGen, Inc." and imgn["kind"] == "company" and imgn["evidence_count"] == 1
    assert imgn["viz"]["color"] == {"r": 78, "g": 121, "b": 167, "a": 1.0}
    assert imgn["viz"]["size"] > back.nodes["org/abgenix"]["viz"]["size"]  # sized by degree
    (ended,) = [(u, v, a) for u, v, a in back.edges(data=True) if a.get("status") == "Terminated"]
    assert ended[:2] == (IMMUNOGEN, SKB) and ended[2]["id"] == TERMINATED
    assert (ended[2]["start"], ended[2]["end"]) == ("1999-01-01", "2003-01-24")
    root = etree.parse(str(path)).getroot()
    assert root.get("version") == "1.2" and root.find("{*}graph").get("timeformat") == "date"


def test_cytoscape_json_structure(seed_graph, tmp_path):
    path = tmp_path / "seed.cyjs"
    write(seed_graph, "cyjs", path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["data"]["name"]  # Cytoscape desktop's reader needs the top-level data object
    nodes, edges = doc["elements"]["nodes"], doc["elements"]["edges"]
    assert (len(nodes), len(edges)) == (19, seed_graph.number_of_edges())
    ids = [n["data"]["id"] for n in nodes]
    assert len(set(ids)) == 19
    assert all(n["data"]["name"] == n["data"]["label"] for n in nodes)
    assert all(isinstance(n["position"]["x"], float) and isinstance(n["position"]["y"], float) for n in nodes)
    edge_ids = [e["data"]["id"] for e in edges]
    assert len(set(edge_ids)) == seed_graph.number_of_edges()
    for e in edges:
        assert e["data"]["source"] in ids and e["data"]["target"] in ids
        assert e["data"]["relation"] == e["data"]["interaction"]
    assert next(e for e in edges if e["data"]["id"] == TERMINATED)["data"]["terminated"] == "2003-01-24"


def test_dot_parses_with_pydot(seed_graph, tmp_path):
    pydot = pytest.importorskip("pydot")
    path = tmp_path / "seed.dot"
    write(seed_graph, "dot", path)
    (graph,) = pydot.graph_from_dot_file(str(path))
    nodes = {n.get_name().strip('"'): n for n in graph.get_nodes() if n.get_name() not in ("node", "edge", "graph")}
    assert len(nodes) == 19 and len(graph.get_edges()) == seed_graph.number_of_edges()
    assert nodes[IMMUNOGEN].get("label") == '"ImmunoGen, Inc."'
    assert nodes[IMMUNOGEN].get("ticker") == '"IMGN"'
    (ended,) = [e for e in graph.get_edges() if e.get("id") == f'"{TERMINATED}"']
    assert ended.get("style") == '"dashed"' and ended.get("terminated") == '"2003-01-24"'
    json.loads(ended.get("evidence")[1:-1].replace('\\"', '"'))  # escaped JSON survives DOT quoting


@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz is not installed (apt-get install graphviz)")
def test_dot_renders_with_graphviz(seed_graph, tmp_path):
    path = tmp_path / "seed.dot"
    write(seed_graph, "dot", path)
    svg = subprocess.run(["dot", "-Tsvg", str(path)], capture_output=True, text=True, timeout=60, check=True).stdout
    assert "ImmunoGen, Inc." in svg and "licenses cantuzumab mertansine" in svg


def test_csv_pair_for_spreadsheets_and_neo4j(seed_graph, tmp_path):
    stats = write(seed_graph, "csv", tmp_path / "seed.csv")
    assert [f.name for f in stats.files] == ["seed.nodes.csv", "seed.edges.csv"]
    with open(stats.files[0], newline="", encoding="utf-8") as handle:
        nodes = list(csv.DictReader(handle))
    with open(stats.files[1], newline="", encoding="utf-8") as handle:
        edges = list(csv.DictReader(handle))
    assert (len(nodes), len(edges)) == (19, seed_graph.number_of_edges())
    assert list(nodes[0])[:3] == ["id:ID", ":LABEL", "label"] and "evidence_count:int" in nodes[0]
    assert list(edges[0])[:4] == [":START_ID", ":END_ID", ":TYPE", "id"]
    ids = {n["id:ID"] for n in nodes}
    assert all(e[":START_ID"] in ids and e[":END_ID"] in ids for e in edges)
    (ended,) = [e for e in edges if e["status"] == "Terminated"]
    assert (ended[":TYPE"], ended["terminated"], ended[":START_ID"]) == ("LICENSE", "2003-01-24", IMMUNOGEN)


def test_html_page_is_self_contained(seed_graph, tmp_path):
    path = tmp_path / "seed.html"
    write(seed_graph, "html", path)
    text = path.read_text(encoding="utf-8")
    assert "<script src" not in text and "<link" not in text and "@import" not in text
    assert "Copyright (c) 2016-2026, The Cytoscape Consortium" in text  # the vendored library's licence
    data = json.loads(etree.HTML(text.encode("utf-8")).find(".//script[@id='graph-data']").text)
    assert (len(data["elements"]["nodes"]), len(data["elements"]["edges"])) == (19, seed_graph.number_of_edges())


def test_vendored_cytoscape_is_the_pinned_release():
    from builders.export.html import CYTOSCAPE_VERSION, asset

    assert CYTOSCAPE_VERSION == "3.34.4"
    digest = hashlib.sha256(asset("cytoscape.min.js").encode("utf-8")).hexdigest()
    assert digest == "081591ab735b2b6a3b31a3c60f8f3a3e2fee8c92939e0c7820ad1208571b6cd8"
    assert "MIT" in (ROOT / "builders" / "export" / "assets" / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "cyjs", "dot", "html"])
def test_exports_are_byte_identical_run_to_run(seed_rdf, tmp_path, fmt):
    first, second = tmp_path / f"a.{fmt}", tmp_path / f"b.{fmt}"
    write(prepare(seed_rdf), fmt, first)
    write(prepare(seed_rdf), fmt, second)
    assert first.read_bytes() == second.read_bytes()


# --------------------------------------------------------------------------- command line


def test_cli_export_writes_each_format(seed_out, seed_graph, tmp_path, capsys):
    for fmt in ("graphml", "gexf", "cyjs", "dot", "csv", "html"):
        assert main(["export", str(seed_out), "--to", fmt, "--out", str(tmp_path / f"g.{fmt}")]) == 0
    assert f"19 nodes, {seed_graph.number_of_edges()} edges" in capsys.readouterr().out
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.cyjs", "g.dot", "g.edges.csv", "g.gexf", "g.graphml", "g.html", "g.nodes.csv"]


def test_cli_focus_and_licenses_as_nodes(seed_out, tmp_path, capsys):
    out = tmp_path / "focus.cyjs"
    assert main(["export", str(seed_out), "--to", "cyjs", "--out", str(out), "--focus", "cantuzumab mertansine", "--licenses-as-nodes"]) == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    ids = {n["data"]["id"] for n in doc["elements"]["nodes"]}
    assert {CANTUZUMAB, IMMUNOGEN, SKB, TAP, TERMINATED} <= ids
    assert doc["data"]["focus"] == CANTUZUMAB


def test_cli_errors_are_one_line(seed_out, tmp_path, capsys):
    assert main(["export", str(seed_out), "--to", "html", "--out", str(tmp_path / "x.html"), "--focus", "mertansine"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: --focus 'mertansine' names 2 entities") and "Traceback" not in err
    assert main(["export", str(tmp_path / "missing"), "--to", "html", "--out", str(tmp_path / "x.html")]) == 2
    assert main(["export", str(seed_out), "--to", "html", "--out", str(tmp_path / "x.html"), "--depth", "2"]) == 2
    assert not (tmp_path / "x.html").exists()
