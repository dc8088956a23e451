"""Scale: reading in worker processes changes nothing in the output, and a rebuild reads only what changed."""

from __future__ import annotations

import gc
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from builders.cli import main
from builders.emit import nquads
from builders.parallel import DIED, read_all, read_one
from builders.parse import DEFAULT_LIMITS
from builders.pipeline import build_graph

from .conftest import ABVC, FILINGS, MACROGENICS, SEED


def test_two_jobs_write_the_same_bytes_as_one(tmp_path):
    one, two = tmp_path / "one", tmp_path / "two"
    assert main(["build", str(FILINGS), "--out", str(one), "--jobs", "1", "--no-store", "--no-validate", "--quiet"]) == 0
    assert main(["build", str(FILINGS), "--out", str(two), "--jobs", "2", "--no-store", "--no-validate", "--quiet"]) == 0
    assert (one / "graph.nq").read_bytes() == (two / "graph.nq").read_bytes()
    assert (one / "graph.trig").read_bytes() == (two / "graph.trig").read_bytes()
    reports = [json.loads((out / "report.json").read_text()) for out in (one, two)]
    assert [f["source"] for f in reports[0]["filings"]] == [f["source"] for f in reports[1]["filings"]]
    assert reports[1]["jobs"] == 2


def test_workers_send_back_lengths_not_texts():
    (ext, report), = read_all([SEED, SEED], jobs=2, keep_text=False)[:1]
    assert report.status == "ok"
    assert all(doc.text == "" and doc.length > 0 for doc in ext.filing.documents)
    kept = build_graph([SEED], validate=False)
    assert nquads(build_graph([SEED], validate=False, jobs=2, keep_text=False).dataset) == nquads(kept.dataset)


def test_a_build_holds_no_graph_text_once_written_and_renames_its_files_into_place(tmp_path):
    """The graphs' texts go to graph.nq as they are merged (a big build never holds them all):
    each graph reads its text back from its block, and write_outputs renames the written file
    into place rather than writing it again."""
    from builders.emit import merge_nquads
    from builders.incremental import CACHE_DIR, ExtractionCache
    from builders.pipeline import write_outputs

    out = tmp_path / "out"
    result = build_graph([SEED, ABVC, MACROGENICS], validate=False, cache=ExtractionCache(out / CACHE_DIR, DEFAULT_LIMITS))
    assert all(g.nquads is None and g.trig is None for g in result.graphs)
    texts = [g.text() for g in result.graphs]
    assert result.nq == merge_nquads(texts).encode("utf-8")
    spooled = result.files.nq
    assert spooled.parent == out and spooled.name.startswith(".graph.nq.") and spooled.name.endswith(".tmp")
    inode = spooled.stat().st_ino
    write_outputs(result, out)
    assert (out / "graph.nq").stat().st_ino == inode
    assert result.files.nq == out / "graph.nq" and result.sha256 == hashlib.sha256((out / "graph.nq").read_bytes()).hexdigest()
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")]
    assert [g.text() for g in result.graphs] == texts  # read from graph.nq where it now lies


def test_a_big_build_hands_its_extractions_back_to_the_cache(tmp_path, monkeypatch):
    """Past FAST_FROM_TRIPLES a build keeps no extraction once its graph is written: the store,
    validation and the files read the graph. Asked for, they load from the cache, and the
    dataset they give is the one a build holding them gives."""
    from builders import pipeline
    from builders.incremental import CACHE_DIR, ExtractionCache
    from builders.rebuild import LazyExtractions

    held = build_graph([SEED, ABVC], validate=False)
    monkeypatch.setattr(pipeline, "FAST_FROM_TRIPLES", 1)
    result = build_graph([SEED, ABVC], validate=False, cache=ExtractionCache(tmp_path / "out" / CACHE_DIR, DEFAULT_LIMITS))
    assert isinstance(result.extractions, LazyExtractions) and result.extractions.known == {} and result._resolution is None
    assert result.nq == held.nq
    assert [e.filing.filing_id for e in result.extractions] == [e.filing.filing_id for e in held.extractions]
    assert nquads(result.dataset) == nquads(held.dataset)


def test_a_big_build_fills_its_store_in_a_process_of_its_own(tmp_path, monkeypatch):
    """Past FILL_APART_FROM_TRIPLES the store is filled by a spawned process (its bulk load's
    memory never adds to the build's), and it is the store an in-process fill makes."""
    from builders import pipeline
    from builders.store import fill_store_apart, open_store

    apart = []
    monkeypatch.setattr(pipeline, "fill_store_apart", lambda *args: (apart.append(args[1]), fill_store_apart(*args))[1])
    monkeypatch.setattr(pipeline, "FILL_APART_FROM_TRIPLES", 1)
    assert main(["build", str(SEED), str(ABVC), "--out", str(tmp_path / "apart"), "--quiet"]) == 0
    monkeypatch.setattr(pipeline, "FILL_APART_FROM_TRIPLES", 10**12)
    assert main(["build", str(SEED), str(ABVC), "--out", str(tmp_path / "here"), "--quiet"]) == 0
    assert apart == [tmp_path / "apart" / "store"]

    def quads(folder):
        return sorted(str(q) for q in open_store(folder / "store"))

    assert quads(tmp_path / "apart") == quads(tmp_path / "here") != []
    assert (tmp_path / "apart" / "validation.txt").read_text() == (tmp_path / "here" / "validation.txt").read_text()


def test_the_graph_files_of_a_build_never_written_out_are_removed(tmp_path):
    result = build_graph([SEED], validate=False)
    folder = result.files.nq.parent
    assert folder.is_dir() and result.files.nq.stat().st_size > 0
    del result
    gc.collect()
    assert not folder.exists()


def test_errors_are_reported_per_filing_in_input_order(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    reads = read_all([SEED, empty, ABVC], jobs=2, keep_text=False)
    assert [r.source for _, r in reads] == [str(SEED), str(empty), str(ABVC)]
    assert reads[1][0] is None and reads[1][1].error.startswith("empty file")
    assert reads[0][1].status != "error" and reads[2][1].status != "error"


_READ_ONE = read_one


def _dying(path, limits, keep_text):
    """read_one, except that the worker reading doomed.txt dies as the OOM killer would kill it."""
    if path.name == "doomed.txt":
        os._exit(9)
    return _READ_ONE(path, limits, keep_text)


def test_a_worker_that_dies_costs_only_its_file(tmp_path, monkeypatch):
    import builders.parallel as parallel

    doomed = tmp_path / "doomed.txt"
    shutil.copy(SEED, doomed)
    monkeypatch.setattr(parallel, "read_one", _dying)
    reads = read_all([SEED, doomed, ABVC, MACROGENICS], jobs=2, keep_text=False)
    assert [r.source for _, r in reads] == [str(SEED), str(doomed), str(ABVC), str(MACROGENICS)]
    assert reads[1][0] is None and reads[1][1].error == DIED
    assert all(reads[i][0] is not None for i in (0, 2, 3))


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _alive(pid: int) -> bool:
    try:
        return "\nState:\tZ" not in Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
def test_killing_a_build_stops_its_workers(tmp_path):
    proc = subprocess.Popen([sys.executable, "-m", "builders", "build", str(FILINGS), "--out", str(tmp_path / "out"), "--jobs", "2", "--quiet"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    workers: list[int] = []
    while len(workers) < 2 and time.monotonic() < deadline and proc.poll() is None:
        workers = _children(proc.pid)
        time.sleep(0.05)
    assert len(workers) >= 2, "the build never started its workers"
    proc.kill()
    proc.wait()
    deadline = time.monotonic() + 10
    while any(_alive(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(_alive(w) for w in workers), "workers outlived the build"


# --------------------------------------------------------------------------- incremental builds



def _build(corpus, out, *extra):
    return main(["build", str(corpus), "--out", str(out), "--jobs", "1", "--no-store", "--quiet", *extra])


def test_a_rebuild_reads_only_the_changed_filing_and_equals_a_fresh_build(corpus, tmp_path):
    out, fresh = tmp_path / "out", tmp_path / "fresh"
    assert _build(corpus, out) == 0
    assert json.loads((out / "report.json").read_text())["cache"] == {"reused": 0, "read": 3, "graphs_emitted": 3, "graphs_reused": 0}
    seed = corpus / SEED.name
    text = seed.read_text(encoding="utf-8")
    assert "announced" in text
    seed.write_text(text.replace("announced", "said", 1), encoding="utf-8")

    assert _build(corpus, out) == 0
    report = json.loads((out / "report.json").read_text())
    assert report["cache"] == {"reused": 2, "read": 1, "graphs_emitted": 1, "graphs_reused": 2}
    assert [f["source"] for f in report["filings"] if not f["cached"]] == [str(seed)]
    assert _build(corpus, fresh, "--no-incremental") == 0
    assert (out / "graph.nq").read_bytes() == (fresh / "graph.nq").read_bytes()
    assert (out / "validation.txt").read_text() == (fresh / "validation.txt").read_text()
    manifest = json.loads((out / "manifest.json").read_text())
    assert sorted(i["source"] for i in manifest["inputs"]) == sorted(str(corpus / p.name) for p in (SEED, ABVC, MACROGENICS))
    assert len(list((out / "extractions").glob("*.pickle"))) == 3  # the old seed's entry is gone
    assert not (fresh / "manifest.json").exists()


def test_an_added_filing_is_the_only_one_read(corpus, tmp_path):
    out = tmp_path / "out"
    (corpus / MACROGENICS.name).unlink()
    assert _build(corpus, out) == 0
    shutil.copy(MACROGENICS, corpus / MACROGENICS.name)
    assert _build(corpus, out) == 0
    assert json.loads((out / "report.json").read_text())["cache"] == {"reused": 2, "read": 1, "graphs_emitted": 1, "graphs_reused": 2}


def test_a_damaged_cache_entry_is_read_again(corpus, tmp_path):
    out = tmp_path / "out"
    assert _build(corpus, out) == 0
    for entry in (out / "extractions").glob("*.pickle"):
        entry.write_bytes(b"not a pickle")
    assert _build(corpus, out) == 0
    assert json.loads((out / "report.json").read_text())["cache"] == {"reused": 0, "read": 3, "graphs_emitted": 0, "graphs_reused": 3}


def test_an_emptied_graph_entry_is_emitted_again(corpus, tmp_path):
    """Cache entries are made durable once per build, so a power loss may leave one empty:
    an empty graph text is a miss, never a filing graph without statements."""
    out = tmp_path / "out"
    assert _build(corpus, out) == 0
    before = (out / "graph.nq").read_bytes()
    for entry in (out / "graphs").glob("*.nq"):
        entry.write_bytes(b"")
    assert _build(corpus, out) == 0  # without store the whole way: every graph looked up
    assert json.loads((out / "report.json").read_text())["cache"]["graphs_emitted"] == 3
    assert (out / "graph.nq").read_bytes() == before


def test_an_unchanged_size_and_time_stand_for_the_hash(corpus, tmp_path):
    """Like make and git: a file whose size and modification time are those the last build
    recorded is not hashed again (unless it was modified within seconds of that build)."""
    out = tmp_path / "out"
    seed = corpus / SEED.name
    an_hour_ago = time.time_ns() - 3600 * 10**9
    os.utime(seed, ns=(an_hour_ago, an_hour_ago))
    assert _build(corpus, out) == 0
    seed.write_text(seed.read_text(encoding="utf-8").replace("announced", "ANNOUNCED", 1), encoding="utf-8")
    os.utime(seed, ns=(an_hour_ago, an_hour_ago))
    assert _build(corpus, out) == 0
    assert json.loads((out / "report.json").read_text())["cache"]["read"] == 0
    os.utime(seed)  # touched: hashed again, and read since its content changed
    assert _build(corpus, out) == 0
    assert json.loads((out / "report.json").read_text())["cache"]["read"] == 1


def test_inputs_below_a_folder_are_those_rglob_finds_in_path_order(tmp_path):
    """discover_inputs walks folders itself (one realpath per folder, not per file): the same
    files as sorted(rglob), hidden folders entered, symlinked folders not, two names of one
    file read once."""
    from builders.pipeline import IGNORED_NAMES, INPUT_SUFFIXES, discover_inputs

    root = tmp_path / "in"
    for name in ["a/x.txt", "a/b/y.HTM", "a-b/z.txt", ".hid/h.txt", "a/.dot.txt", "a/README.md", "a/n.hdr.sgml",
                 "a/q.json", "a/noext", "a/Z.txt", "a/b.txt", "a/c."]:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text("x")
    os.symlink(root / "a" / "x.txt", root / "a-b" / "same.txt")
    os.symlink(root / "a", root / "linked")
    os.symlink(root / "missing", root / "a" / "broken.txt")
    expected = sorted(p for p in root.rglob("*") if p.is_file() and not p.name.startswith(".") and p.name not in IGNORED_NAMES
                      and (p.suffix.lower() in INPUT_SUFFIXES or p.name.endswith(".hdr.sgml")))
    expected.remove(root / "a-b" / "same.txt")  # a/x.txt, read once
    assert discover_inputs([root]) == expected
    assert [p.relative_to(root).as_posix() for p in expected] == [".hid/h.txt", "a/Z.txt", "a/b/y.HTM", "a/b.txt", "a/n.hdr.sgml", "a/x.txt", "a-b/z.txt"]


def test_report_json_is_written_a_filing_at_a_time(tmp_path):
    """At 170,000 filings the whole text of report.json, its bytes and a dict per filing took
    560 MB more at the build's peak; written in pieces it takes a few records' worth."""
    import tracemalloc

    from builders.atomic import AtomicGroup
    from builders.pipeline import BuildReport, FilingReport

    documents = [{"sequence": 1, "type": "8-K", "chars": 12345}, {"sequence": 2, "type": "EX-99.1", "chars": 23456}]
    report = BuildReport(filings=[
        FilingReport(source=f"corpus/filing-{i:05d}.txt", status="ok", filing_id=f"0001234567-20-{i:06d}", form_type="8-K",
                     registrant=f"Halden {i} Bio, Inc.", documents=documents, counts={"organizations": 4, "licenses": 1})
        for i in range(20_000)])
    tracemalloc.start()
    with AtomicGroup() as group:
        group.write(tmp_path / "report.json", report.json_chunks())
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    written = (tmp_path / "report.json").read_text(encoding="utf-8")
    assert written == report.to_json() and len(json.loads(written)["filings"]) == 20_000
    assert peak < len(written) / 5, f"{peak} bytes at the peak for {len(written)} written"
