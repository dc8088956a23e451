"""Where a rebuild's time goes at N x the filings of an existing build: stage by stage.

    .venv/bin/python bench/rebuild_stages.py --build out/big --copies 10    # 10x the build's filings

Takes the extractions cached in BUILD/extractions (a build of bench/recombine.py's 1,000-filing
corpus, say) and copies them COPIES times under new filing ids, then times what a rebuild that goes the whole
way does for every filing (one whose changed filings name other entities than before; after a
change that keeps them, builders.rebuild loads one state file and splices the graph files
instead, timed end to end by bench/scale.py): load the cached extractions, resolve,
slice and fingerprint, read each filing's cached graph text, merge graph.nq and graph.trig,
count the union's triples, hash and write the files. The copies name the same companies, so
they merge into fewer entities than a real corpus of that size would hold. Emitting the copies'
graphs (to have texts to read) is setup, not timed. Without --build it does nothing (make bench).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import pickle
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def copies_of(build: Path, copies: int, work: Path) -> int:
    base = [pickle.loads(p.read_bytes()) for p in sorted((build / "extractions").glob("*.pickle"))]
    n = 0
    for k in range(copies):
        for ext, report in base:
            if ext is None:
                continue
            copy = pickle.loads(pickle.dumps(ext))
            copy.filing.accession = f"{ext.filing.filing_id}-c{k}"
            copy.filing.sha256 = hashlib.sha256(f"{ext.filing.sha256}{k}".encode()).hexdigest()
            (work / f"{n:06d}.pickle").write_bytes(pickle.dumps((copy, report), protocol=pickle.HIGHEST_PROTOCOL))
            n += 1
    return n


def stages(work: Path) -> dict[str, float]:
    from builders.atomic import AtomicGroup
    from builders.emit import filing_nquads, merge_nquads, merge_trig, trig_block
    from builders.resolve import resolve

    seconds: dict[str, float] = {}

    def timed(name, fn):
        started = time.perf_counter()
        value = fn()
        seconds[name] = round(time.perf_counter() - started, 2)
        return value

    pickles = sorted(work.glob("*.pickle"))
    exts = timed("load cached extractions", lambda: sorted((pickle.loads(p.read_bytes())[0] for p in pickles), key=lambda e: e.filing.filing_id))
    res = timed("resolve", lambda: resolve(exts))
    slices = timed("slices + fingerprints", lambda: res.slices(exts))
    keys = {fid: view.key() for fid, view in slices.items()}
    graphs = work / "graphs"
    graphs.mkdir()
    for ext in exts:  # setup: the texts a rebuild reads
        nq = filing_nquads(ext, slices[ext.filing.filing_id])
        (graphs / f"{keys[ext.filing.filing_id]}.nq").write_text(nq, encoding="utf-8")
        (graphs / f"{keys[ext.filing.filing_id]}.trig").write_text(trig_block(nq), encoding="utf-8")
    texts = timed("read cached graph texts", lambda: {f: ((graphs / f"{k}.nq").read_text(encoding="utf-8"), (graphs / f"{k}.trig").read_text(encoding="utf-8")) for f, k in keys.items()})
    nq = timed("merge graph.nq", lambda: merge_nquads(t[0] for t in texts.values()))
    trig = timed("merge graph.trig", lambda: merge_trig(dict((f, t[1]) for f, t in texts.items())))
    timed("union triple count", lambda: len({line[: line.rindex(" <")] for t in texts.values() for line in t[0].split("\n") if line}))
    timed("sha256 of graph.nq", lambda: hashlib.sha256(nq.encode("utf-8")).hexdigest())

    def write():
        with AtomicGroup() as group:
            group.write(work / "graph.nq", nq)
            group.write(work / "graph.trig", trig)

    timed("write graph.nq + graph.trig", write)
    seconds["quads"] = nq.count("\n")
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", type=Path, help="a build folder with extractions/")
    parser.add_argument("--copies", type=int, default=10)
    args = parser.parse_args()
    if args.build is None:
        return 0
    work = Path(tempfile.mkdtemp(prefix="filing-kg-stages-"))
    try:
        n = copies_of(args.build, args.copies, work)
        result = stages(work)
        quads = result.pop("quads")
        print(f"{n} filings, {quads} quads; load average {os.getloadavg()[0]:.1f}")
        for name, s in result.items():
            print(f"| {name} | {s} |")
        print(f"| total | {round(sum(result.values()), 1)} |")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
