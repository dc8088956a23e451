"""Peak memory and time of a build on the 50 MB filing (tests/bad_inputs/make_bad_inputs.py).

Each case is a fresh `filing-kg` process; its peak RSS is the kernel's figure for that
child (os.wait4), so the numbers do not include this script. Results go to
bench/results/bad_inputs.json (bad_inputs-full.json with --full).

    python bench/bad_inputs.py            # parse only, and a build with the default limits
    python bench/bad_inputs.py --full     # also a build that reads all 37 million characters (~5 min)
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from builders.atomic import atomic_write_text  # noqa: E402
from tests.bad_inputs.make_bad_inputs import write_big_filing  # noqa: E402

RESULTS = ROOT / "bench" / "results"
PARSE_ONLY = "import sys; from builders.parse import parse_path; f = parse_path(sys.argv[1]); print(f.text_chars)"


def measure(argv: list[str]) -> dict:
    started = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    _pid, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    out, err = proc.stdout.read().decode(), proc.stderr.read().decode()
    return {
        "command": " ".join(Path(a).name if a.startswith("/") else a for a in argv),
        "exit": os.waitstatus_to_exitcode(status),
        "seconds": round(seconds, 1),
        "peak_rss_mb": round(usage.ru_maxrss / 1024),  # Linux reports kilobytes
        "stdout_tail": out.strip().splitlines()[-1:] if out.strip() else [],
        "stderr_tail": err.strip().splitlines()[-2:] if err.strip() else [],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--full", action="store_true", help="also read the whole text (no text limit)")
    parser.add_argument("--megabytes", type=float, default=50.0)
    args = parser.parse_args()
    cli = [sys.executable, "-m", "builders", "build"]
    with tempfile.TemporaryDirectory(prefix="filing-kg-bench-") as tmp:
        big = write_big_filing(Path(tmp) / "big-10k.txt", args.megabytes)
        cases = {
            "parse only": [sys.executable, "-c", PARSE_ONLY, str(big)],
            "build, default limits": [*cli, str(big), "--out", f"{tmp}/out-default", "--quiet"],
        }
        if args.full:
            cases["build, whole text"] = [*cli, str(big), "--out", f"{tmp}/out-full", "--quiet", "--max-text-chars", "1000000000"]
        results = {}
        for name, argv in cases.items():
            print(f"== {name}", flush=True)
            results[name] = measure(argv)
            print(json.dumps(results[name], indent=2), flush=True)
            report = Path(argv[argv.index("--out") + 1]) / "report.json" if "--out" in argv else None
            if report and report.exists():
                results[name]["problems"] = json.loads(report.read_text(encoding="utf-8"))["problems"]
        record = {
            "file_mb": round(big.stat().st_size / 1024 / 1024, 1),
            "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "system": platform.platform()},
            "when": time.strftime("%Y-%m-%dT%H:%M:%S"),
            "cases": results,
        }
    path = RESULTS / ("bad_inputs-full.json" if args.full else "bad_inputs.json")
    atomic_write_text(path, json.dumps(record, indent=2) + "\n")
    print(f"results: {path.relative_to(ROOT)}")
    return 0 if all(r["exit"] in (0, 3) for r in results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
