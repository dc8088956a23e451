"""Incremental builds past extraction: only the filing graphs that changed are emitted again,
the store is updated in place graph by graph, only the changed graphs' focus nodes are
validated again, and every output equals a build from scratch of the same inputs."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import pyoxigraph as ox
import pytest

from builders.cli import main
from builders.emit import merge_nquads
from builders.errors import GraphError
from builders.fastvalidate import validate_store
from builders.incvalidate import Change, revalidate
from builders.pipeline import build_graph
from builders.store import _load_with_union, resolve_store, store_manifest

from .conftest import ABVC, MACROGENICS, SEED

COMPARED = ("graph.nq", "graph.trig", "validation.txt")



def _build(corpus: Path, out: Path, *extra: str) -> dict:
    assert main(["build", str(corpus), "--out", str(out), "--jobs", "1", "--quiet", *extra]) == 0
    return json.loads((out / "report.json").read_text())


def _quads(store_dir: Path) -> list[str]:
    store = ox.Store.read_only(str(store_dir))
    return sorted(str(q) for q in store.quads_for_pattern(None, None, None))


def _assert_same_as_fresh(corpus: Path, out: Path, tmp_path: Path) -> None:
    fresh = tmp_path / "fresh"
    shutil.rmtree(fresh, ignore_errors=True)
    _build(corpus, fresh, "--no-incremental")
    for name in COMPARED:
        assert (out / name).read_bytes() == (fresh / name).read_bytes(), name
    assert _quads(out / "store") == _quads(fresh / "store")
    mine, theirs = store_manifest(out / "store"), store_manifest(fresh / "store")
    assert {k: mine[k] for k in ("source_sha256", "quads", "graphs")} == {k: theirs[k] for k in ("source_sha256", "quads", "graphs")}
    assert resolve_store(out, None) == out / "store"  # current: query, explain and serve take it


def test_changing_one_filing_emits_and_validates_only_its_graph(corpus, tmp_path):
    out = tmp_path / "out"
    first = _build(corpus, out)
    assert first["cache"]["graphs_emitted"] == 3 and first["validation"]["scope"] == "whole graph"
    assert all(f["violations"] == 0 for f in first["filings"])
    store_inode = os.stat(out / "store").st_ino
    # A filing with an accession number keeps its graph IRI when its text changes (the seed,
    # which has none, is named by its content hash: its old graph would go, a new one come).
    changed = corpus / ABVC.name
    changed.write_text(changed.read_text(encoding="utf-8").replace("the ", "the  ", 1), encoding="utf-8")

    report = _build(corpus, out)
    assert report["cache"] == {"reused": 2, "read": 1, "graphs_emitted": 1, "graphs_reused": 2}
    assert [f["source"] for f in report["filings"] if f["emitted"]] == [str(changed)]
    assert [f["violations"] for f in report["filings"]] == [0 if f["source"] == str(changed) else None for f in report["filings"]]
    assert report["validation"]["scope"] == "incremental" and report["validation"]["graphs_changed"] == 1
    assert 0 < report["validation"]["focus_nodes_checked"] < report["triples"]
    assert os.stat(out / "store").st_ino == store_inode  # updated in place, not refilled
    _assert_same_as_fresh(corpus, out, tmp_path)


def test_adding_a_filing(corpus, tmp_path):
    out = tmp_path / "out"
    (corpus / MACROGENICS.name).unlink()
    _build(corpus, out)
    shutil.copy(MACROGENICS, corpus / MACROGENICS.name)
    report = _build(corpus, out)
    assert report["cache"]["read"] == 1 and report["cache"]["graphs_reused"] == 2
    assert report["validation"]["graphs_changed"] == 1
    _assert_same_as_fresh(corpus, out, tmp_path)


def test_removing_a_filing(corpus, tmp_path):
    out = tmp_path / "out"
    _build(corpus, out)
    (corpus / ABVC.name).unlink()
    report = _build(corpus, out)
    assert report["cache"] == {"reused": 2, "read": 0, "graphs_emitted": 0, "graphs_reused": 2}
    assert report["validation"]["graphs_changed"] == 1
    _assert_same_as_fresh(corpus, out, tmp_path)
    assert len(list((out / "graphs").glob("*.nq"))) == 2  # the removed filing's graph is pruned


def test_a_store_not_holding_the_last_graph_is_filled_afresh(corpus, tmp_path):
    out = tmp_path / "out"
    _build(corpus, out)
    manifest = out / "store" / "filing-kg-store.json"
    manifest.write_text(json.dumps({**json.loads(manifest.read_text()), "source_sha256": "0" * 64}))
    (corpus / ABVC.name).unlink()
    inode = os.stat(out / "store").st_ino
    _build(corpus, out)
    assert os.stat(out / "store").st_ino != inode
    _assert_same_as_fresh(corpus, out, tmp_path)


def test_an_update_that_fails_half_way_leaves_a_store_nobody_takes_for_current(corpus, tmp_path, monkeypatch):
    from builders import store as store_module

    out = tmp_path / "out"
    _build(corpus, out)
    (corpus / ABVC.name).unlink()
    calls = []

    def crash(store, graph, text, names):
        calls.append(graph)
        raise KeyboardInterrupt  # as a kill would, after the manifest was marked

    monkeypatch.setattr(store_module, "_replace_graph", crash)
    assert main(["build", str(corpus), "--out", str(out), "--jobs", "1", "--quiet"]) == 130
    assert calls
    assert store_manifest(out / "store")["source_sha256"] is None
    with pytest.raises(GraphError, match="older than"):
        resolve_store(out, None)
    monkeypatch.undo()
    _build(corpus, out)
    _assert_same_as_fresh(corpus, out, tmp_path)


def test_no_store_and_no_incremental_builds_write_the_same_files(corpus, tmp_path):
    out = tmp_path / "out"
    _build(corpus, out, "--no-store")
    (corpus / ABVC.name).unlink()
    report = _build(corpus, out, "--no-store")
    assert report["validation"]["scope"] == "whole graph"  # no store to read the union from
    fresh = tmp_path / "fresh2"
    _build(corpus, fresh, "--no-incremental", "--no-store")
    for name in COMPARED:
        assert (out / name).read_bytes() == (fresh / name).read_bytes(), name


# --------------------------------------------------------------------------- incremental validation


def _store(nq: str) -> ox.Store:
    store = ox.Store()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "graph.nq"
        path.write_text(nq, encoding="utf-8")
        _load_with_union(store, path)
    return store


def _break(nq: str) -> str:
    """A copy with violations: a CIK off its pattern, a license status outside the scheme,
    an organization's type removed (its licenses' and roles' sh:class checks then fail)."""
    lines = nq.split("\n")
    done = set()
    for i, line in enumerate(lines):
        if "#cik>" in line and "cik" not in done:
            lines[i], _ = line.replace('"00', '"x0', 1), done.add("cik")
        elif "#status>" in line and "#Active>" in line and "status" not in done:
            lines[i], _ = line.replace("#Active>", "#Pending>", 1), done.add("status")
    return "\n".join(lines)


def test_revalidating_the_changed_graphs_gives_the_whole_graph_results():
    result = build_graph([SEED, ABVC, MACROGENICS], validate=False)
    graphs = {g.iri: g.text() for g in result.graphs}
    before = result.nquads
    whole_before = validate_store(_store(before)).results
    # Break each graph in turn (and mend it again): the results computed for the changed
    # graph's focus nodes plus those kept from before equal a whole-graph validation.
    for iri, text in sorted(graphs.items()):
        broken = _break(text)
        if broken == text:
            continue
        after = merge_nquads([*(t for g, t in graphs.items() if g != iri), broken])
        store = _store(after)
        whole_after = validate_store(store).results
        assert whole_after != whole_before
        assert revalidate(whole_before, Change({iri: text}, {iri: broken}), store).results == whole_after
        mended = revalidate(whole_after, Change({iri: broken}, {iri: text}), _store(before)).results
        assert mended == whole_before


def test_a_type_that_leaves_the_union_rechecks_the_nodes_pointing_at_it():
    """The organization a license or a product points at loses its types: the pointing
    node's sh:class check fails, though its own statements did not change."""
    result = build_graph([SEED], validate=False)
    (graph,) = result.graphs
    lines = graph.text().split("\n")
    pointer = next(line for line in lines if line.split(" ")[1:2] and line.split(" ")[1].endswith(("#licensor>", "#developer>", "#party>")))
    org = pointer.split(" ")[2]
    # The organization's types move to a graph of their own, which the change then removes:
    # the license (or product) pointing at it is in no changed graph.
    typed = [line for line in lines if line.startswith(f"{org} <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> ")]
    other = "https://example.org/graph/types"
    types_graph = "".join(line.replace(f"<{graph.iri}> .", f"<{other}> .") + "\n" for line in typed)
    rest = "\n".join(line for line in lines if line not in typed)
    before = _store(merge_nquads([rest, types_graph]))
    store = _store(rest)
    whole_before, whole = validate_store(before).results, validate_store(store).results
    assert any(r.component == "ClassConstraintComponent" and r.focus != org[1:-1] for r in whole - whole_before)
    assert revalidate(whole_before, Change({other: types_graph}, {}), store).results == whole


def test_a_filing_slice_changes_with_the_labels_it_states_not_with_other_filings():
    from dataclasses import replace

    result = build_graph([SEED, ABVC], validate=False)
    ext = result.extractions[0]
    view = result.resolution.slices(result.extractions)[ext.filing.filing_id]
    node = next(iter(view.entities))
    entity = result.resolution.entities[node]
    entity.filings.add("another filing")  # a new filing naming the entity: the slice is the same
    assert result.resolution.slices(result.extractions)[ext.filing.filing_id].key() == view.key()
    result.resolution.entities[node] = replace(entity, label=entity.label + " Inc.")
    assert result.resolution.slices(result.extractions)[ext.filing.filing_id].key() != view.key()


# --------------------------------------------------------------------------- the steady-state rebuild (builders.rebuild)


def _no_seconds(data):
    """A report without its timings (two builds never take the same time)."""
    if isinstance(data, dict):
        return {k: _no_seconds(v) for k, v in data.items() if k != "seconds"}
    if isinstance(data, list):
        return [_no_seconds(v) for v in data]
    return data


def _whole_way(monkeypatch):
    """Builds from now on take the whole way (every extraction loaded, every filing resolved)."""
    from builders import pipeline
    from builders.rebuild import QuickOutcome

    monkeypatch.setattr(pipeline, "quick_rebuild", lambda *args: QuickOutcome(None, {}))


def _resolves(monkeypatch) -> list[int]:
    """Counts the builds that resolve every filing's entities."""
    from builders import pipeline

    calls = []
    real = pipeline.resolve
    monkeypatch.setattr(pipeline, "resolve", lambda exts: calls.append(len(exts)) or real(exts))
    return calls


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_rebuild_after_one_changed_filing_resolves_no_entity_again(corpus, tmp_path, monkeypatch):
    out, twin = tmp_path / "out", tmp_path / "twin"
    _build(corpus, out)
    _build(corpus, twin)
    _edit(corpus / ABVC.name, "the ", "the  ")
    resolves = _resolves(monkeypatch)
    report = _build(corpus, out)
    assert resolves == []  # no filing resolved again, no extraction but the changed one read
    assert report["cache"] == {"reused": 2, "read": 1, "graphs_emitted": 1, "graphs_reused": 2}
    assert (out / "rebuild.pickle").exists()
    _whole_way(monkeypatch)
    assert _no_seconds(_build(corpus, twin)) == _no_seconds(report)  # the report a build the whole way writes
    assert resolves == [3]
    _assert_same_as_fresh(corpus, out, tmp_path)
    # and the next rebuild starts from the state this one left
    monkeypatch.undo()
    resolves = _resolves(monkeypatch)
    _edit(corpus / ABVC.name, "the ", "the  ")
    _build(corpus, out)
    assert resolves == []
    _assert_same_as_fresh(corpus, out, tmp_path)


def test_an_edited_filing_named_by_its_content_takes_the_quick_path_under_its_new_name(corpus, tmp_path, monkeypatch):
    # The seed has no accession number: its id is its text's hash, so an edit renames its graph.
    # It names the same entities, so nothing is resolved again: its old graph leaves graph.nq
    # and the store, the new one comes in at its sorted place.
    out, twin = tmp_path / "out", tmp_path / "twin"
    first = _build(corpus, out)
    _build(corpus, twin)
    old_id = next(f["filing_id"] for f in first["filings"] if f["source"] == str(corpus / SEED.name))
    store_inode = os.stat(out / "store").st_ino
    _edit(corpus / SEED.name, "the ", "the  ")
    resolves = _resolves(monkeypatch)
    report = _build(corpus, out)
    new_id = next(f["filing_id"] for f in report["filings"] if f["source"] == str(corpus / SEED.name))
    assert new_id.startswith("sha256-") and new_id != old_id
    assert resolves == []
    assert report["cache"] == {"reused": 2, "read": 1, "graphs_emitted": 1, "graphs_reused": 2}
    assert report["validation"]["scope"] == "incremental" and report["validation"]["graphs_changed"] == 2  # one gone, one come
    nq = (out / "graph.nq").read_text(encoding="utf-8")
    assert f"/filing/{new_id}>" in nq and f"/filing/{old_id}" not in nq
    assert os.stat(out / "store").st_ino == store_inode
    _whole_way(monkeypatch)
    assert _no_seconds(_build(corpus, twin)) == _no_seconds(report)
    _assert_same_as_fresh(corpus, out, tmp_path)


def test_an_edited_filing_among_twins_naming_the_same_entities_keeps_them(corpus, tmp_path, monkeypatch):
    # A second rendering of the seed (one more blank line: another content hash, the same
    # mentions). The twins are joined one after the other in order of id, and an edit moves the
    # edited one's id among them; both name the same entities, so that changes no IRI.
    out = tmp_path / "out"
    (corpus / "seed-again.txt").write_text(SEED.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    first = _build(corpus, out)
    assert len({f["filing_id"] for f in first["filings"]}) == 4
    resolves = _resolves(monkeypatch)
    for _ in range(3):  # enough edits that the edited twin's id lands on both sides of the other's
        _edit(corpus / "seed-again.txt", "the ", "the  ")
        resolves.clear()  # the build from scratch each round compares with resolves all
        report = _build(corpus, out)
        assert resolves == [] and report["cache"]["graphs_emitted"] == 1
        _assert_same_as_fresh(corpus, out, tmp_path)


def test_a_changed_filing_naming_other_entities_is_resolved_the_whole_way(corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    _build(corpus, out)
    _edit(corpus / ABVC.name, "ABVC BioPharma", "ABVD BioPharma")
    resolves = _resolves(monkeypatch)
    report = _build(corpus, out)
    assert resolves == [3]
    assert report["cache"]["read"] == 1
    _assert_same_as_fresh(corpus, out, tmp_path)


def _agreement_filing(accession: str, filed: str, date: str, body: str) -> str:
    return (f"<SEC-DOCUMENT>\n<SEC-HEADER>\nACCESSION NUMBER:\t\t{accession}\nCONFORMED SUBMISSION TYPE:\t8-K\n"
            f"FILED AS OF DATE:\t\t{filed}\n</SEC-HEADER>\n<DOCUMENT>\n<TYPE>8-K\n<SEQUENCE>1\n<TEXT>\nFORM 8-K\n\nCURRENT REPORT\n\n"
            f"Date of Report (Date of earliest event reported): {date}\n\nALPHA THERAPEUTICS, INC.\n\n{body}\n</TEXT>\n</DOCUMENT>\n</SEC-DOCUMENT>\n")


def test_a_filing_that_no_longer_ends_a_license_changes_the_graph_of_the_one_granting_it(tmp_path, monkeypatch):
    corpus, out = tmp_path / "corpus", tmp_path / "out"
    corpus.mkdir()
    grant, end = corpus / "grant.txt", corpus / "end.txt"
    grant.write_text(_agreement_filing("0000000001-20-000001", "20200301", "MARCH 1, 2020", "Item 1.01 Entry into a Material Definitive Agreement.\n\n"
                     "On March 1, 2020, Alpha Therapeutics, Inc. granted Beta Pharma, Inc. an exclusive license to develop and commercialize ALX-101."))
    end.write_text(_agreement_filing("0000000001-22-000001", "20220601", "JUNE 1, 2022", "Item 1.02 Termination of a Material Definitive Agreement.\n\n"
                   "On June 1, 2022, Beta Pharma, Inc. terminated its license agreement with Alpha Therapeutics, Inc. for ALX-101."))
    first = _build(corpus, out)
    assert first["licenses"] == {"Terminated": 1}
    _edit(end, "terminated its license agreement", "amended its license agreement")
    resolves = _resolves(monkeypatch)
    report = _build(corpus, out)
    assert resolves == []  # the same entities: only the license was resolved again
    assert report["licenses"] == {"Active": 1}
    # the grant's graph now states the license's status: emitted again although its file is the same
    assert {Path(f["source"]).name: f["emitted"] for f in report["filings"]} == {"end.txt": True, "grant.txt": True}
    assert report["cache"] == {"reused": 1, "read": 1, "graphs_emitted": 2, "graphs_reused": 0}
    _assert_same_as_fresh(corpus, out, tmp_path)


def test_a_state_not_describing_the_output_files_is_not_used(corpus, tmp_path, monkeypatch):
    out = tmp_path / "out"
    _build(corpus, out)
    (out / "graph.trig").write_bytes((out / "graph.trig").read_bytes() + b"\n")  # written by someone else
    _edit(corpus / ABVC.name, "the ", "the  ")
    resolves = _resolves(monkeypatch)
    _build(corpus, out)
    assert resolves == [3]
    _assert_same_as_fresh(corpus, out, tmp_path)


def test_union_counts_follow_the_graphs_they_count():
    import random

    from builders.rebuild import UnionCounts

    rng = random.Random(7)
    iri = "urn:g"
    kinds = ["<https://w3id.org/filing-kg/ontology#Person>", "<urn:other>"]

    def text(rows):
        return "".join(f"<urn:s{n}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> {kinds[n % 2]} <{iri}> .\n" for n in sorted(rows))

    graphs = [rng.sample(range(300), 40) for _ in range(12)]
    counts = UnionCounts.of((iri, text(g)) for g in graphs)
    for _ in range(100):
        i, new = rng.randrange(len(graphs)), rng.sample(range(320), rng.randrange(80))
        counts.update([(iri, text(graphs[i]))], [(iri, text(new))])
        graphs[i] = new
        union = set().union(*map(set, graphs))
        assert counts.triples == len(union)
        assert counts.classes["Person"] == sum(1 for n in union if n % 2 == 0)
        assert counts == UnionCounts.of((iri, text(g)) for g in graphs)


def test_the_rebuild_state_is_read_back_whole_from_its_pieces(corpus, tmp_path, monkeypatch):
    from builders import rebuild

    out = tmp_path / "out"
    _build(corpus, out)
    with (out / rebuild.STATE).open("rb") as handle:
        state = rebuild._read_state(handle)
    assert state is not None and len(state.filings) == 3 and len(state.inputs) == 3
    monkeypatch.setattr(rebuild, "STATE_CHUNK", 2)  # a piece of two records, and one of the last
    state.save(tmp_path)
    with (tmp_path / rebuild.STATE).open("rb") as handle:
        back = rebuild._read_state(handle)
    assert back == state and type(back.labels) is rebuild._Labels  # looked up by URIRef: a plain dict would not find them


def test_saving_the_rebuild_state_holds_one_piece_in_memory_not_the_whole_state(tmp_path, monkeypatch):
    """A pickle's memo has an entry for each object written: for one pickle of a 10^7-triple
    build's state it was 384 MB on top of the build's peak."""
    import pickle
    import tracemalloc

    from builders import rebuild
    from builders.rebuild import FilingState, InputState, RebuildState, UnionCounts

    n = 30_000
    state = RebuildState(
        code="c", graph_sha256="g", files={}, trig_header=0,
        inputs=[InputState(f"in/{i}.txt", f"k{i}", f"f{i}", "ok", {"counts": {"organizations": i}}) for i in range(n)],
        filings={f"f{i}": FilingState(f"f{i}", f"urn:f{i}", f"m{i}", b"x" * 40, None, f"k{i}", f"p{i}", (i, 9), (i, 9), 9, i) for i in range(n)},
        duplicated=set(), agreements={}, agreement_iris={}, labels={}, merges=[], union=UnionCounts())
    monkeypatch.setattr(rebuild, "STATE_CHUNK", 1000)
    tracemalloc.start()
    try:
        state.save(tmp_path)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        with (tmp_path / "whole.pickle").open("wb") as handle:
            pickle.dump(state, handle, protocol=pickle.HIGHEST_PROTOCOL)
        _, whole = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak * 10 < whole, (peak, whole)  # the whole state's memo, against one piece's
    with (tmp_path / rebuild.STATE).open("rb") as handle:
        assert rebuild._read_state(handle) == state
