"""Outputs: a killed build leaves the previous outputs intact, and nothing a filing or a
fetched JSON says can put a file outside the output or cache folder."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from builders.atomic import AtomicGroup
from builders.cli import main
from builders.fetch import FilingQuery
from builders.store import load_dataset

from .conftest import ABVC, MACROGENICS, SEED
from .fake_edgar import FakeEdgar
from .test_fetch import A04, archive, fetch

BAD = Path(__file__).resolve().parent / "bad_inputs"
OUTPUTS = ("graph.nq", "graph.trig", "report.json", "validation.txt", "manifest.json")
STORE = "store"  # the Oxigraph store build fills beside the files
CACHE = "extractions"  # incremental builds: one entry per input read, written as each is read
GRAPHS = "graphs"  # incremental builds: each filing's graph as text, written as each is emitted
STATE = "rebuild.pickle"  # incremental builds: what the next rebuild starts from, written after the outputs
LOCK = ".filing-kg.lock"  # held by the build writing into the folder (an flock, gone with its holder)


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in OUTPUTS}


def _assert_readable(out: Path) -> None:
    assert len(load_dataset(out)) > 0
    json.loads((out / "report.json").read_text(encoding="utf-8"))


# The build under test is the real CLI in a child process; only os.fsync is slowed there
# (200 ms each), so every temp file stays long enough to be seen and the kill lands
# exactly while that file is being written.
_SLOW_FSYNC_CLI = (
    "import os, sys, time\n"
    "_fsync = os.fsync\n"
    "os.fsync = lambda fd: (time.sleep(0.2), _fsync(fd))[1]\n"
    "from builders.cli import main\n"
    "sys.exit(main(sys.argv[1:]))\n"
)


def _start_build(out: Path, inputs: list[Path]) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", _SLOW_FSYNC_CLI, "build", *map(str, inputs), "--out", str(out), "--quiet"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )


def _wait_for_temp_file(out: Path, proc: subprocess.Popen, name: str = "", timeout: float = 120.0) -> str | None:
    """The name of the temp file of output ``name`` (any output when empty), once it appears."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        temps = [e.name for e in os.scandir(out) if e.name.startswith(f".{name}") and e.name.endswith(".tmp")]
        if temps:
            return temps[0]
        time.sleep(0.001)
    return None


@pytest.fixture
def previous_build(tmp_path) -> tuple[Path, dict[str, bytes]]:
    out = tmp_path / "out"
    assert main(["build", str(SEED), "--out", str(out), "--quiet"]) == 0
    return out, _snapshot(out)


@pytest.mark.parametrize("writing", OUTPUTS)
def test_a_build_killed_while_writing_leaves_the_previous_outputs(previous_build, writing):
    """Killed while writing any of the outputs (the last one too): all four are still the old ones."""
    out, before = previous_build
    proc = _start_build(out, [SEED, ABVC])
    temp = _wait_for_temp_file(out, proc, writing)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert temp is not None, f"the build was never seen writing {writing}: nothing was tested"
    assert proc.returncode == -signal.SIGKILL
    assert _snapshot(out) == before
    _assert_readable(out)
    # What is left over is only dot-files named .tmp, which nothing reads.
    # (store/ is brought to the new graph before the files are renamed: its manifest then names
    # a graph.nq that is not in place, so readers refuse it as stale; test_incremental.py.)
    leftovers = sorted(p.name for p in out.iterdir() if p.name not in (*OUTPUTS, STORE, CACHE, GRAPHS, STATE, LOCK))
    assert leftovers and all(name.startswith(".") and name.endswith(".tmp") for name in leftovers), leftovers


def test_a_build_killed_while_reading_leaves_the_previous_outputs(previous_build):
    out, before = previous_build
    proc = _start_build(out, [SEED, ABVC, MACROGENICS])
    time.sleep(1.5)  # imports done, reading the filings (the whole build takes several seconds)
    assert proc.poll() is None, "the build finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert _snapshot(out) == before
    _assert_readable(out)


def test_the_next_build_after_a_kill_replaces_everything(previous_build):
    out, before = previous_build
    proc = _start_build(out, [SEED, ABVC])
    _wait_for_temp_file(out, proc)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    (out / ".store.x1y2z3.tmp").mkdir()  # a store being filled when the build was killed
    (out / ".store.x1y2z3.tmp" / "000001.sst").write_bytes(b"partial")
    assert main(["build", str(SEED), str(ABVC), "--out", str(out), "--quiet"]) == 0
    after = _snapshot(out)
    assert all(after[name] != before[name] for name in ("graph.nq", "graph.trig", "report.json"))
    _assert_readable(out)
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")]  # the killed build's temp files are gone


def test_a_second_build_into_a_folder_being_built_stops_at_once_and_the_first_completes(previous_build, capsys):
    """Two builds into one folder would share its cache and temp files, and each would remove the
    other's as a killed build's leftovers: the second is refused, naming the first's pid."""
    out, before = previous_build
    proc = _start_build(out, [SEED, ABVC])
    assert _wait_for_temp_file(out, proc) is not None, "the first build was never seen writing"
    assert main(["build", str(SEED), "--out", str(out), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert f"{out}: another filing-kg build is writing to this folder (pid {proc.pid})" in err
    assert "Traceback" not in err
    assert proc.wait(timeout=300) == 0
    assert len(json.loads((out / "report.json").read_text(encoding="utf-8"))["filings"]) == 2  # the first build's
    _assert_readable(out)
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")]


def test_an_output_folder_that_cannot_be_made_is_named_without_a_traceback(tmp_path, capsys):
    (tmp_path / "file").write_text("not a folder")
    assert main(["build", str(SEED), "--out", str(tmp_path / "file" / "out"), "--quiet"]) == 2
    err = capsys.readouterr().err
    assert f"error: {tmp_path / 'file' / 'out'}: cannot write the output folder: Not a directory" in err
    assert "Traceback" not in err


def test_an_error_while_writing_leaves_old_files_and_no_temp_files(tmp_path):
    (tmp_path / "a.txt").write_text("old a")
    with pytest.raises(RuntimeError), AtomicGroup() as group:
        group.write(tmp_path / "a.txt", "new a")
        group.write(tmp_path / "b.txt", b"new b")
        raise RuntimeError("serializing the next file failed")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]
    assert (tmp_path / "a.txt").read_text() == "old a"
    with AtomicGroup() as group:
        group.write(tmp_path / "a.txt", "new a")
        group.write(tmp_path / "b.txt", b"new b")
    assert group.paths == [tmp_path / "a.txt", tmp_path / "b.txt"]
    assert (tmp_path / "a.txt").read_text() == "new a" and sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt"]


# --------------------------------------------------------------------------- paths


def _files(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()}


def test_nothing_a_filing_says_reaches_an_output_path(tmp_path):
    """Accession number, document file name and company name with ../ in them: the build
    writes its four files in --out and nothing anywhere else."""
    work = tmp_path / "work"
    out = work / "deep" / "out"
    out.parent.mkdir(parents=True)
    hostile = BAD / "path-traversal.txt"
    text = hostile.read_text(encoding="utf-8")
    assert "ACCESSION NUMBER:\t\t../../../../tmp/" in text and "<FILENAME>../../../../../tmp/evil.htm" in text
    before = _files(tmp_path)
    assert main(["build", str(hostile), str(BAD / "odd-names.nc"), "--out", str(out), "--quiet"]) == 0
    written = _files(tmp_path) - before
    folders = (f"work/deep/out/{STORE}/", f"work/deep/out/{CACHE}/", f"work/deep/out/{GRAPHS}/")
    assert {f for f in written if not f.startswith(folders)} == {f"work/deep/out/{name}" for name in (*OUTPUTS, STATE, LOCK)}
    assert all(f.endswith(".pickle") for f in written if f.startswith(folders[1]))
    assert all(re.fullmatch(r"[0-9a-f]{32}\.(nq|trig)", f.rsplit("/", 1)[1]) for f in written if f.startswith(folders[2]))
    assert f"work/deep/out/{STORE}/filing-kg-store.json" in written
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    assert report["filings"][0]["documents"][0]["filename"] == "../../../../../tmp/evil.htm"  # kept as data, only
    assert not Path("/tmp/evil.htm").exists()


def test_a_fetched_submission_that_names_other_paths_is_cached_where_the_json_says(tmp_path):
    """The cache path comes from the validated accession number of the listing, never
    from the downloaded file's own header or document names."""
    hostile = (BAD / "path-traversal.txt").read_bytes()
    with FakeEdgar() as server:
        server.bodies[archive(A04)] = hostile
        result, _ = fetch(server, tmp_path / "cache", query=FilingQuery.make(cik="723533", accessions=[A04]))
    assert [f.ref.accession for f in result.fetched] == [A04]
    assert result.fetched[0].path == tmp_path / "cache" / "archives" / "0000723533" / f"{A04}.txt"
    assert result.fetched[0].path.read_bytes() == hostile
    written = _files(tmp_path)
    assert written == {f"cache/archives/0000723533/{A04}.txt", "cache/manifest.jsonl"} | {p for p in written if p.startswith("cache/json/")}


def test_outputs_an_earlier_build_wrote_and_this_one_does_not_are_removed(tmp_path):
    out = tmp_path / "out"
    assert main(["build", str(SEED), "--out", str(out), "--quiet", "--format", "ttl"]) == 0
    assert {"graph.ttl", "validation.txt"} <= {p.name for p in out.iterdir()}
    assert main(["build", str(SEED), "--out", str(out), "--quiet", "--no-validate"]) == 0
    assert sorted(p.name for p in out.iterdir()) == [LOCK, CACHE, "graph.nq", "graph.trig", GRAPHS, "manifest.json", STATE, "report.json", STORE]


def test_a_manifest_entry_holding_a_line_separator_is_read_back(tmp_path):
    from builders.fetch import Cache

    cache = Cache(tmp_path / "cache")
    cache.record(url="https://example.invalid/x", status=500, error="server said: line\u2028separator")
    assert [e["error"] for e in cache.records()] == ["server said: line\u2028separator"]
