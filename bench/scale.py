"""Benchmark: build throughput at 1 and 2 jobs, incremental rebuilds, and validation reference vs fast.

    .venv/bin/python bench/scale.py                                   # 200 filings, validation at 10^5 (a few minutes)
    .venv/bin/python bench/scale.py --filings 1000                    # 1k filings (~10 min on 2 cores)
    .venv/bin/python bench/scale.py --filings 10000 --skip-jobs1      # 10k filings (about an hour)
    .venv/bin/python bench/scale.py --validation-sizes 100000 1000000 # 10^6 too (pyshacl alone: ~5 min)
    .venv/bin/python bench/scale.py --reference-max 100000            # pyshacl only up to 10^5; the fast path at every size
    .venv/bin/python bench/scale.py --filings 1000 --validation-sizes 100000 1000000 --name scale-1k   # bench/results/scale-1k.*
    .venv/bin/python bench/scale.py --filings 10000 --skip-jobs1 --skip-validation --name scale-10k-incremental
    .venv/bin/python bench/scale.py --filings 1000 --form 8-K --skip-validation --name scale-1k-8k   # 8-Ks only

The corpus is made by bench/recombine.py from the real filings (renamed, date-shifted copies):
8-Ks and agreements by default, one form only with --form. Every timed row records the load
average before and after it: the machine is shared, and its other work shows there.
Each build is the real CLI in a child process (`filing-kg build --no-store --no-validate`),
timed end to end (read, resolve, emit, write); the graphs of 1 and 2 jobs are compared byte
for byte. The incremental rebuilds change one filing of the 2-job build at a time and build
again with the store and validation on (the first fills the store; the next ones update it). Validation runs on copies of that build's graph (bench/synth.py) at
each size, each validator in its own process: pyshacl on the rdflib union as `filing-kg
validate --reference` does, and the compiled SPARQL on an Oxigraph store filled from the file
(the load is timed apart). Both validators' results are compared on a graph with a few
violations planted (one per kind of breakage). Results: bench/results/scale.json and .md.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

RESULTS = ROOT / "bench" / "results"

# Runs the CLI and reports its peak RSS (and its worker processes') on the last line of stderr.
_MEASURED_CLI = (
    "import json, resource, sys\n"
    "from builders.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "ru = lambda who: resource.getrusage(who).ru_maxrss // 1024\n"
    "cpu = lambda who: resource.getrusage(who).ru_utime + resource.getrusage(who).ru_stime\n"
    "print(json.dumps({'rss_mb': ru(resource.RUSAGE_SELF), 'workers_rss_mb': ru(resource.RUSAGE_CHILDREN),\n"
    "                  'cpu_s': round(cpu(resource.RUSAGE_SELF) + cpu(resource.RUSAGE_CHILDREN), 1)}), file=sys.stderr)\n"
    "sys.exit(code)\n"
)


def cli(*args: str) -> tuple[float, dict, int]:
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", _MEASURED_CLI, *args], capture_output=True, text=True, cwd=ROOT)
    seconds = time.perf_counter() - started
    if proc.returncode not in (0, 3):
        raise SystemExit(f"filing-kg {' '.join(args)} failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    return seconds, json.loads(proc.stderr.strip().splitlines()[-1]), proc.returncode


def _load() -> float:
    """The 1-minute load average (2 cores shared with other work: above 2, builds waited for a core)."""
    return round(os.getloadavg()[0], 2)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --------------------------------------------------------------------------- build


def bench_builds(corpus: Path, work: Path, info: dict, jobs_list: list[int]) -> list[dict]:
    rows = []
    for jobs in jobs_list:
        out = work / f"build-j{jobs}"
        # The last build keeps its cache: the incremental rebuild starts from it.
        incremental = [] if jobs == jobs_list[-1] else ["--no-incremental"]
        load_before = _load()
        seconds, rss, code = cli("build", str(corpus), "--out", str(out), "--jobs", str(jobs), "--no-store", "--no-validate", "--quiet", *incremental)
        report = json.loads((out / "report.json").read_text())
        rows.append({"load_before": load_before, "load_after": _load(),
            "jobs": jobs, "filings": info["filings"], "read": report["summary"]["read"], "mb": round(info["bytes"] / 1e6, 2),
            "seconds": round(seconds, 2), "filings_per_s": round(info["filings"] / seconds, 2), "mb_per_s": round(info["bytes"] / 1e6 / seconds, 3),
            "triples": report["triples"], "quads": report["quads"], "rss_mb": rss["rss_mb"], "workers_rss_mb": rss["workers_rss_mb"],
            "cpu_s": rss["cpu_s"], "cpu_per_wall": round(rss["cpu_s"] / seconds, 2),
            "graph_sha256": sha(out / "graph.nq")[:16], "exit": code,
        })
        print(f"build --jobs {jobs}: {seconds:.1f} s, {rows[-1]['filings_per_s']} filings/s, {rows[-1]['triples']} triples", flush=True)
    return rows


def _change_one(corpus: Path, index: int, accession: bool) -> str:
    """Edits one filing, from ``index`` on the first with (or without) an accession number: one
    without is named by its content hash, so the edit renames its graph."""
    files = sorted(corpus.iterdir())
    for step in range(len(files)):
        victim = files[(index + step) % len(files)]
        text = victim.read_text(encoding="utf-8", errors="replace")
        if ("ACCESSION NUMBER:" in text[:4000]) == accession:
            break
    victim.write_text(text.replace("the ", "the  ", 1) if "the " in text else text + "\n", encoding="utf-8")
    return victim.name


def bench_incremental(corpus: Path, work: Path, jobs: int, repeats: int) -> dict:
    """Rebuilds after one changed filing, with the store and validation a build does by default.
    The first rebuild after the --no-store --no-validate builds above fills the store and
    validates the whole graph; the next ones are the steady state: one filing's graph emitted,
    the store updated in place, the changed graphs' focus nodes validated again."""
    out = work / f"build-j{jobs}"
    n = len(list(corpus.iterdir()))
    rows = []
    for i in range(repeats + 1):
        accession = i % 2 == 1  # steady states alternate: a filing keeping its id, one renamed by the edit
        changed = _change_one(corpus, n // 2 + i * 97, accession)
        load_before = _load()
        seconds, rss, _code = cli("build", str(corpus), "--out", str(out), "--jobs", str(jobs), "--quiet")
        report = json.loads((out / "report.json").read_text())
        rows.append({"load_before": load_before, "load_after": _load(), "changed": changed, "accession": accession, "seconds": round(seconds, 2), "build_seconds": report["seconds"], "cache": report["cache"],
                     "validation": report["validation"], "triples": report["triples"], "rss_mb": rss["rss_mb"], "cpu_s": rss["cpu_s"]})
        kind = "first (store filled, whole graph validated)" if i == 0 else "steady state"
        print(f"incremental rebuild, {kind} (1 changed of {n}): {seconds:.1f} s, cache {report['cache']}, validation {report['validation']}", flush=True)
    steady = sorted(r["seconds"] for r in rows[1:])
    return {"jobs": jobs, "first": rows[0], "steady": rows[1:], "median_s": steady[len(steady) // 2] if steady else None}


# --------------------------------------------------------------------------- validation


def validation_worker(validator: str, nq: Path, store_dir: Path) -> dict:
    """One validator on one graph file, in its own process; results written beside for comparison."""
    import resource

    started = time.perf_counter()
    if validator == "reference":
        from builders.store import load_dataset, union_graph
        from builders.validate import shacl_results

        union = union_graph(load_dataset(nq))
        load_s = time.perf_counter() - started
        t0 = time.perf_counter()
        results = shacl_results(union)
    else:
        from builders.fastvalidate import run_checks
        from builders.store import fill_store, open_store

        fill_store(nq, store_dir)
        store = open_store(store_dir)
        load_s = time.perf_counter() - started
        t0 = time.perf_counter()
        results, _seconds = run_checks(store)
    validate_s = time.perf_counter() - t0
    digest = hashlib.sha256("\n".join(sorted(repr(r) for r in results)).encode()).hexdigest()[:16]
    return {"load_s": round(load_s, 3), "validate_s": round(validate_s, 3), "results": len(results), "results_sha256": digest,
            "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}


def _run_validator(validator: str, nq: Path, store_dir: Path, timeout: float) -> dict:
    try:
        proc = subprocess.run([sys.executable, __file__, "--worker", validator, str(nq), str(store_dir)],
                              capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"status": "timeout", "validate_s": None}
    if proc.returncode != 0:
        return {"status": "error: " + proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else "error", "validate_s": None}
    return {"status": "ok", **json.loads(proc.stdout.strip().splitlines()[-1])}


def plant_violations(nq: Path, out: Path) -> int:
    """A copy of the graph with a few broken values (one per kind the shapes check by pattern, datatype, sh:in)."""
    text = nq.read_text(encoding="utf-8")
    lines = text.splitlines()
    planted = 0
    for i, line in enumerate(lines):
        if planted < 3 and "#cik>" in line:
            lines[i] = line.replace('"00', '"x0', 1)
            planted += 1
        elif planted >= 3 and planted < 6 and "#status>" in line:
            lines[i] = line.replace("#Active>", "#Pending>", 1)
            planted += 1 if "#Pending>" in lines[i] else 0
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return planted


def bench_validation(template_nq: Path, work: Path, sizes: list[int], reference_max: int, timeout: float) -> list[dict]:
    from synth import synthesize

    rows = []
    broken = work / "template-broken.nq"
    plant_violations(template_nq, broken)
    for size in sizes:
        nq = work / f"synth-{size}.nq"
        made = synthesize(broken, size, nq)
        row = {"target_triples": size, "triples": made["triples"], "quads": made["quads"]}
        for validator in ("fast", "reference"):
            if validator == "reference" and size > reference_max:
                row[validator] = {"status": f"skipped (over --reference-max {reference_max})", "validate_s": None}
                continue
            row[validator] = _run_validator(validator, nq, work / f"store-{size}", timeout)
            shutil.rmtree(work / f"store-{size}", ignore_errors=True)
            print(f"validate {made['triples']} triples, {validator}: {row[validator]}", flush=True)
        ref, fast = row["reference"], row["fast"]
        if ref.get("validate_s") and fast.get("validate_s"):
            row["speedup"] = round(ref["validate_s"] / fast["validate_s"], 1)
            row["same_results"] = ref["results_sha256"] == fast["results_sha256"] and ref["results"] == fast["results"]
        nq.unlink()
        rows.append(row)
    return rows


# --------------------------------------------------------------------------- report


def markdown(report: dict) -> str:
    lines = [
        "# Scale benchmark",
        "",
        f"{report['machine']['cpus']} CPUs, {report['machine']['python']}, {report['date']}. "
        f"Corpus: {report['corpus']['filings']} filings ({report['corpus']['bytes'] / 1e6:.1f} MB) recombined from "
        f"{report['corpus']['templates']} real filings{' of form ' + report['form'] if report.get('form') else ''} (bench/recombine.py). Made by `{report['command']}`.",
        "",
        "## Build (parse + extract in N processes; resolve, emit and write once)",
        "",
        "| jobs | filings | MB | seconds | filings/s | MB/s | CPU s (cores busy) | triples | peak RSS parent / workers (MB) | graph.nq | load before / after |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|",
    ]
    for r in report["builds"]:
        lines.append(f"| {r['jobs']} | {r['filings']} | {r['mb']} | {r['seconds']} | {r['filings_per_s']} | {r['mb_per_s']} | {r['cpu_s']} ({r['cpu_per_wall']}) | {r['triples']} | "
                     f"{r['rss_mb']} / {r['workers_rss_mb']} | `{r['graph_sha256']}` | {r.get('load_before', '-')} / {r.get('load_after', '-')} |")
    if len({r["graph_sha256"] for r in report["builds"]}) == 1 and len(report["builds"]) > 1:
        lines.append("\nThe graph is byte-identical whatever the number of jobs.")
    lines.append("'Cores busy' is CPU seconds over wall seconds: with 2 jobs below 2, the workers waited for a core "
                 "(the machine is shared) or for the serial part (resolve, emit, write).")
    inc = report.get("incremental")
    if inc:
        first = inc["first"]
        lines += ["", "## Incremental rebuild (one changed filing)", "",
                  f"Each rebuild changes one filing of the {report['corpus']['filings']}-filing build and runs `filing-kg build` "
                  f"again ({inc['jobs']} jobs, store and validation on, as by default), timed end to end in a child process "
                  "(interpreter start and imports included).", "",
                  "A changed filing without an accession number is named by its content hash: the edit renames its graph.", "",
                  "| rebuild | changed filing | seconds (wall) | CPU s | inputs reused / read | graphs emitted / reused | validation | peak RSS (MB) | load before / after |",
                  "|---|---|---:|---:|---|---|---|---:|---|"]
        for label, row in [("first after a build without store (store filled, whole graph validated)", first),
                           *((f"steady state {i + 1}", r) for i, r in enumerate(inc["steady"]))]:
            cache, val = row["cache"], row["validation"]
            checked = f", {val['focus_nodes_checked']} focus nodes" if val.get("scope") == "incremental" else ""
            named = {True: "accession number", False: "no accession number"}.get(row.get("accession"), "-")
            lines.append(f"| {label} | {named} | {row['seconds']} | {row['cpu_s']} | {cache['reused']} / {cache['read']} | "
                         f"{cache.get('graphs_emitted', '-')} / {cache.get('graphs_reused', '-')} | {val.get('scope', '')}{checked}, "
                         f"{val['violations']} violations, {val.get('seconds', '-')} s | {row['rss_mb']} | {row.get('load_before', '-')} / {row.get('load_after', '-')} |")
        if inc.get("median_s") is not None:
            lines.append(f"\nMedian steady-state rebuild: **{inc['median_s']} s** ({report['corpus']['filings']} filings, {first['triples']} triples).")
    if not report["validation"]:
        return "\n".join(lines) + "\n"
    lines += ["", "## Whole-graph validation: pyshacl (reference) vs the shapes as SPARQL on Oxigraph (fast)", "",
              "| triples | reference: load s | reference: validate s | fast: store load s | fast: validate s | speed-up | same results | RSS ref / fast (MB) |",
              "|---:|---:|---:|---:|---:|---:|---|---:|"]
    for r in report["validation"]:
        ref, fast = r["reference"], r["fast"]

        def cell(d, key):
            return d.get(key) if d.get("status") == "ok" else d.get("status")

        lines.append(f"| {r['triples']} | {cell(ref, 'load_s')} | {cell(ref, 'validate_s')} | {cell(fast, 'load_s')} | {cell(fast, 'validate_s')} | "
                     f"{r.get('speedup', '-')} | {r.get('same_results', '-')} | {ref.get('rss_mb', '-')} / {fast.get('rss_mb', '-')} |")
    lines += ["", "Each graph carries planted violations (CIK pattern, license status outside the scheme), so 'same results' "
              "compares non-empty result sets (focus, path, constraint component, message, value)."]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--filings", type=int, default=200, help="corpus size (default 200)")
    parser.add_argument("--form", help="recombine filings of this form only, e.g. 8-K (default: 8-Ks and agreements)")
    parser.add_argument("--skip-jobs1", action="store_true", help="build with 2 jobs only (large corpora)")
    parser.add_argument("--validation-sizes", type=int, nargs="+", default=[100_000], help="triples (default 100000)")
    parser.add_argument("--reference-max", type=int, default=1_000_000, help="run pyshacl only up to this many triples")
    parser.add_argument("--timeout", type=float, default=900, help="seconds per validator run")
    parser.add_argument("--skip-validation", action="store_true", help="no whole-graph validation benchmark")
    parser.add_argument("--repeats", type=int, default=3, help="steady-state incremental rebuilds (default 3)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    parser.add_argument("--name", default="scale", help="results to bench/results/NAME.json and NAME.md (default scale)")
    parser.add_argument("--worker", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(validation_worker(args.worker[0], Path(args.worker[1]), Path(args.worker[2]))))
        return 0

    from recombine import generate, load_templates, template_paths

    work = Path(tempfile.mkdtemp(prefix="filing-kg-scale-"))
    try:
        started = time.perf_counter()
        templates = load_templates(template_paths(args.form))
        info = generate(args.filings, work / "corpus", templates)
        print(f"corpus: {info} in {time.perf_counter() - started:.1f} s", flush=True)
        jobs_list = [2] if args.skip_jobs1 else [1, 2]
        builds = bench_builds(work / "corpus", work, info, jobs_list)
        incremental = bench_incremental(work / "corpus", work, jobs_list[-1], args.repeats)
        validation = [] if args.skip_validation else bench_validation(
            work / f"build-j{jobs_list[-1]}" / "graph.nq", work, args.validation_sizes, args.reference_max, args.timeout)
        report = {
            "date": time.strftime("%Y-%m-%d"),
            "command": "python bench/scale.py " + " ".join(sys.argv[1:]),
            "machine": {"cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform()},
            "form": args.form, "corpus": info, "builds": builds, "incremental": incremental, "validation": validation,
        }
        RESULTS.mkdir(parents=True, exist_ok=True)
        (RESULTS / f"{args.name}.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
        (RESULTS / f"{args.name}.md").write_text(markdown(report), encoding="utf-8")
        print(markdown(report))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
