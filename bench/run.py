"""Benchmark: the query library on rdflib (in memory) vs Oxigraph (the on-disk store) at 10^4..10^6 triples.

    .venv/bin/python bench/run.py                      # 1e4, 1e5, 1e6 (about an hour, most of it rdflib)
    .venv/bin/python bench/run.py --sizes 10000 100000 --timeout 60

The graphs are copies of the demo build (data/filings) with renamed IRIs and
names (bench/synth.py). Each engine runs in its own process per size, so load
time and peak memory are its own: rdflib parses the N-Quads into a Dataset;
Oxigraph fills a store the way `filing-kg build` does and opens it read-only.
Every library query runs with its example parameters (the questions its header
documents); the time is the median of up to three runs (one when a run takes
over 10 s) and a run over --timeout seconds is stopped and reported as such.
Both engines' answers are compared (rows normalized) so a speed-up never hides
a different answer. Results: bench/results/query-engines.json and .md.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import platform
import resource
import signal
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

RESULTS = ROOT / "bench" / "results"
DEFAULT_SIZES = [10_000, 100_000, 1_000_000]


class _Timeout(BaseException):
    """Raised by the alarm inside rdflib's evaluation; a BaseException so no `except Exception` swallows it."""


def _alarm(_signum, _frame):
    raise _Timeout


def _digest(result) -> str:
    """Rows normalized (GROUP_CONCAT parts sorted, row order ignored) and hashed."""
    rows = sorted("\x1f".join(", ".join(sorted(str(c).split(", "))) if c is not None else "" for c in row) for row in result.rows)
    return hashlib.sha256("\n".join(rows).encode()).hexdigest()[:16]


def worker(engine_name: str, nq: Path, store_dir: Path, timeout: float) -> dict:
    """Load the graph into one engine, run the library, report times (runs in its own process)."""
    from builders.query import library, run_query
    from builders.sparql import OxigraphEngine, RdflibEngine
    from builders.store import fill_store, load_dataset, open_store

    started = time.perf_counter()
    if engine_name == "rdflib":
        engine = RdflibEngine(load_dataset(nq))
    else:
        fill_store(nq, store_dir)
        engine = OxigraphEngine(open_store(store_dir))
    load_s = time.perf_counter() - started
    signal.signal(signal.SIGALRM, _alarm)
    queries = {}
    for query in library().values():
        params = query.example_params()
        times, rows, digest, status = [], None, None, "ok"
        while len(times) < 3 and sum(times) < 10:
            signal.alarm(max(1, math.ceil(timeout)))
            t0 = time.perf_counter()
            try:
                result = run_query(engine, query, params)
            except _Timeout:
                status = "timeout"
                times = []
                break
            finally:
                signal.alarm(0)
            times.append(time.perf_counter() - t0)
            rows, digest = len(result.rows), _digest(result)
        queries[query.name] = {"params": params, "status": status, "seconds": statistics.median(times) if times else None,
                               "runs": len(times), "rows": rows, "digest": digest}
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"engine": engine_name, "load_seconds": load_s, "peak_rss_mb": round(peak_kb / 1024), "queries": queries}


def _run_worker(engine_name: str, nq: Path, store_dir: Path, timeout: float) -> dict:
    from synth import run_worker

    cmd = [sys.executable, __file__, "--worker", engine_name, str(nq), str(store_dir), "--timeout", str(timeout)]
    return run_worker(cmd, engine_name, timeout=timeout * 40 + 1800)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=DEFAULT_SIZES, help="target triple counts")
    parser.add_argument("--timeout", type=float, default=180.0, help="seconds before one query run is stopped")
    parser.add_argument("--worker", nargs=3, metavar=("ENGINE", "NQ", "STORE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        engine, nq, store = args.worker
        print(json.dumps(worker(engine, Path(nq), Path(store), args.timeout)))
        return 0

    import pyoxigraph
    import rdflib
    from synth import synthesized

    report = {
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
                    "rdflib": rdflib.__version__, "pyoxigraph": pyoxigraph.__version__},
        "timeout_seconds": args.timeout,
        "sizes": [],
    }
    for size, nq, shape, work in synthesized(args.sizes, "filing-kg-bench-"):
        entry = {"target": size, **shape}
        for engine in ("oxigraph", "rdflib"):
            entry[engine] = _run_worker(engine, nq, work / f"store-{size}", args.timeout)
            print(f"   {engine}: load {entry[engine]['load_seconds']:.1f} s, peak {entry[engine]['peak_rss_mb']} MB", file=sys.stderr, flush=True)
        report["sizes"].append(entry)
        _write(report)
    return 0


def _write(report: dict) -> None:
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "query-engines.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    (RESULTS / "query-engines.md").write_text(markdown(report), encoding="utf-8")


def _fmt(seconds: float | None, status: str) -> str:
    if status == "timeout":
        return "timeout"
    if seconds is None:
        return "-"
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.1f} s"


def markdown(report: dict) -> str:
    m = report["machine"]
    lines = [
        "# Query library: rdflib (in memory) vs Oxigraph (on-disk store)",
        "",
        f"{m['cpus']} CPUs, Python {m['python']}, rdflib {m['rdflib']}, pyoxigraph {m['pyoxigraph']}. "
        "Produced by `make bench` (bench/run.py); graphs are copies of the demo build with renamed IRIs "
        "and names (bench/synth.py); each query runs with its example parameters; median of up to 3 runs. "
        "Ratio = rdflib time / Oxigraph time. \"same\" = both engines gave the same rows.",
        "",
    ]
    sizes = report["sizes"]
    lines.append("| | " + " | ".join(f"{s['triples']:,} triples" for s in sizes) + " |")
    lines.append("|---|" + "---|" * len(sizes))
    lines.append("| load: rdflib parse / Oxigraph store | " + " | ".join(
        f"{s['rdflib']['load_seconds']:.1f} s / {s['oxigraph']['load_seconds']:.1f} s" for s in sizes) + " |")
    lines.append("| peak memory: rdflib / Oxigraph | " + " | ".join(
        f"{s['rdflib']['peak_rss_mb']} MB / {s['oxigraph']['peak_rss_mb']} MB" for s in sizes) + " |")
    ratios = {id(s): [] for s in sizes}
    bounded = {id(s): False for s in sizes}
    names = list(sizes[0]["oxigraph"]["queries"]) if sizes else []
    for name in names:
        cells = []
        for s in sizes:
            r, o = s["rdflib"]["queries"][name], s["oxigraph"]["queries"][name]
            same = "same" if r["digest"] == o["digest"] else ("-" if r["status"] != "ok" else "DIFFERENT")
            ratio = ""
            if o["seconds"] and r["status"] in ("ok", "timeout"):
                # a timed-out rdflib run still bounds the ratio from below
                value = (r["seconds"] if r["status"] == "ok" else report["timeout_seconds"]) / max(o["seconds"], 1e-4)
                ratios[id(s)].append(value)
                bounded[id(s)] |= r["status"] == "timeout"
                mark = ">" if r["status"] == "timeout" else ""
                ratio = f" ({mark}\u00d7{value:.0f})" if value >= 10 else f" ({mark}\u00d7{value:.1f})"
            cells.append(f"{_fmt(r['seconds'], r['status'])} / {_fmt(o['seconds'], o['status'])}{ratio}, {o['rows']} rows, {same}")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    lines.append("| **geometric mean ratio** | " + " | ".join(
        ("\u2265" if bounded[id(s)] else "") + f"\u00d7{math.exp(statistics.fmean(math.log(v) for v in ratios[id(s)])):.0f}"
        if ratios[id(s)] else "-" for s in sizes) + " |")
    lines.append("")
    lines.append("Cells: rdflib / Oxigraph (ratio), rows answered, whether the answers agree (\"-\": rdflib did not "
                 f"finish within {report['timeout_seconds']:.0f} s, so the ratio is a lower bound, and so is the mean).")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.exit(main())
