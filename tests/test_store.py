"""The Oxigraph store: filled by build, opened by the other commands, same answers as the files."""

from __future__ import annotations

import json
import shutil

import pyoxigraph as ox
import pytest
from rdflib.namespace import RDF

from builders.cli import main
from builders.errors import GraphError
from builders.sparql import OxigraphEngine, RdflibEngine
from builders.statistics import STATISTICS_GRAPH
from builders.store import (
    MANIFEST,
    dataset_from_store,
    fill_store,
    fill_store_apart,
    load_dataset,
    open_engine,
    open_store,
    resolve_store,
    store_engine,
    union_graph,
)
from builders.vocab import FKG

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def test_fill_store_records_what_it_loaded(library_out):
    manifest = json.loads((library_out / "store" / MANIFEST).read_text())
    quads = sum(1 for line in (library_out / "graph.nq").read_text().splitlines() if line.strip())
    assert manifest["quads"] == quads
    assert manifest["graphs"] == 3
    assert manifest["source_sha256"]


def test_a_store_filled_in_a_process_of_its_own_is_the_same_and_its_errors_come_back(library_out, tmp_path):
    """fill_store_apart: the manifest the child wrote comes back, the store holds what an
    in-process fill holds, and a refusal in the child is the caller's GraphError."""
    graph = library_out / "graph.nq"
    manifest = fill_store_apart(graph, tmp_path / "store", graph, "f" * 64)
    assert manifest["source_sha256"] == "f" * 64 and manifest["quads"] == json.loads((library_out / "store" / MANIFEST).read_text())["quads"]
    assert sorted(map(str, open_store(tmp_path / "store"))) == sorted(map(str, open_store(library_out / "store")))
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("not a store")
    with pytest.raises(GraphError, match="filling the store failed: .*mine: exists and is not a filing-kg store"):
        fill_store_apart(graph, tmp_path / "mine", graph, "f" * 64)
    assert (tmp_path / "mine" / "notes.txt").read_text() == "not a store"


def test_the_union_counts_each_triple_once_like_rdflib(tmp_path):
    # pyoxigraph 0.5's own union mode yields a triple once per graph (oxigraph#1919); ours must not
    nq = tmp_path / "graph.nq"
    nq.write_text('<http://x/s> <http://x/p> "shared" <http://x/g1> .\n'
                  '<http://x/s> <http://x/p> "shared" <http://x/g2> .\n'
                  '<http://x/s> <http://x/p> "only g2" <http://x/g2> .\n')
    fill_store(nq, tmp_path / "store")
    for engine in (open_engine(tmp_path), open_engine(nq), open_engine(nq, engine="oxigraph")):
        assert int(engine.run(COUNT).rows[0][0]) == 2, engine.name
        assert int(engine.run(COUNT, graph="http://x/g2").rows[0][0]) == 2, engine.name
        assert int(engine.run("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").rows[0][0]) == 3, engine.name


def test_the_store_answers_like_the_files(library_out, library_engines):
    triples = len(union_graph(load_dataset(library_out)))
    for engine in library_engines.values():
        assert int(engine.run(COUNT).rows[0][0]) == triples


def test_a_build_folder_opens_its_store_and_a_file_opens_rdflib(library_out):
    assert isinstance(open_engine(library_out), OxigraphEngine)
    assert isinstance(open_engine(library_out / "graph.nq"), RdflibEngine)
    assert isinstance(open_engine(library_out, engine="rdflib"), RdflibEngine)
    assert isinstance(open_engine(library_out / "graph.nq", engine="oxigraph"), OxigraphEngine)
    assert isinstance(open_engine(store=library_out / "store"), OxigraphEngine)


def test_several_read_only_handles_at_once(library_out):
    a, b = open_store(library_out / "store"), open_store(library_out / "store")
    # the three filings' graphs and the counts (builders/statistics.py), which no filing list shows
    assert len(list(a.named_graphs())) == len(list(b.named_graphs())) == 4
    assert a.contains_named_graph(ox.NamedNode(STATISTICS_GRAPH)) and len(store_engine(library_out / "store").graphs()) == 3
    with pytest.raises((OSError, RuntimeError)):
        a.add(ox.Quad(ox.NamedNode("http://a"), ox.NamedNode("http://b"), ox.Literal("c")))


def test_a_stale_store_is_refused_with_the_fix(tmp_path, library_out):
    out = tmp_path / "out"
    shutil.copytree(library_out, out)
    with (out / "graph.nq").open("a") as handle:
        handle.write('<http://x/a> <http://x/b> "changed" <http://x/g> .\n')
    with pytest.raises(GraphError, match="older than .*filing-kg load"):
        resolve_store(out, None)
    fill_store(out / "graph.nq", out / "store")
    assert resolve_store(out, None) == out / "store"
    assert open_engine(out).run('ASK { <http://x/a> <http://x/b> "changed" }').boolean is True


def test_fill_store_never_replaces_a_folder_that_is_not_a_store(tmp_path, library_out):
    precious = tmp_path / "precious"
    precious.mkdir()
    (precious / "notes.txt").write_text("mine")
    with pytest.raises(GraphError, match="not a filing-kg store"):
        fill_store(library_out / "graph.nq", precious)
    assert (precious / "notes.txt").read_text() == "mine"
    with pytest.raises(GraphError, match="not a filing-kg store"):
        open_engine(store=precious)


def test_a_store_read_back_through_rdflib_keeps_plain_literals_plain(library_out):
    from_store = dataset_from_store(library_out / "store")
    from_file = load_dataset(library_out)
    assert set(from_store.quads((None, None, None, None))) == set(from_file.quads((None, None, None, None)))
    label = next(union_graph(from_store).objects(None, FKG.formType))
    assert label.datatype is None  # not xsd:string: sh:in and equality filters depend on it


def test_build_fills_the_store_and_no_store_removes_it(tmp_path, capsys):
    from .conftest import SEED

    out = tmp_path / "seed"
    assert main(["build", str(SEED), "--out", str(out), "--quiet", "--no-validate"]) == 0
    engine = open_engine(out)
    assert isinstance(engine, OxigraphEngine)
    assert engine.run(f"ASK {{ ?l a <{FKG.License}> }}").boolean is True
    del engine
    assert main(["build", str(SEED), "--out", str(out), "--quiet", "--no-validate", "--no-store"]) == 0
    assert not (out / "store").exists()
    assert isinstance(open_engine(out), RdflibEngine)
    elsewhere = tmp_path / "kg-store"
    assert main(["load", str(out), "--store", str(elsewhere)]) == 0
    assert "in 1 filing graphs" in capsys.readouterr().out
    assert main(["query", "license-counts", "--store", str(elsewhere), "--format", "csv"]) == 0
    assert "1999,Terminated,1,1" in capsys.readouterr().out


def test_validate_and_export_read_a_store(tmp_path, library_out, capsys):
    assert main(["validate", "--store", str(library_out / "store")]) == 0
    assert main(["export", "--store", str(library_out / "store"), "--to", "graphml", "--out", str(tmp_path / "g.graphml")]) == 0
    assert "nodes" in capsys.readouterr().out


def test_rdflib_union_graph_types_survive_the_store(library_out):
    g = union_graph(dataset_from_store(library_out / "store"))
    assert len(set(g.subjects(RDF.type, FKG.Filing))) == 3
