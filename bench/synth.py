"""A synthetic graph of this ontology's shape at any size: copies of a built graph with renamed IRIs.

Copy 0 is the template itself. Copy k (k >= 1) puts every instance IRI under
``id/c{k}/`` and shifts the letters of every name (rdfs:label, skos:altLabel) by
a k-dependent amount, so a library query asking about one product or company
by name finds one needle in a large graph, as an analyst's question would,
instead of matching every copy. Everything else (quotes, dates, statuses,
classes, the one-named-graph-per-filing layout) is kept as is.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

ID = "<https://w3id.org/filing-kg/id/"
NAME_LINE = re.compile(
    r'^(?P<s><[^>]+> <(?:http://www.w3.org/2000/01/rdf-schema#label|http://www.w3.org/2004/02/skos/core#altLabel)> ")'
    r'(?P<text>(?:[^"\\]|\\.)*)(?P<rest>".*)$'
)


def shift(text: str, k: int) -> str:
    """Letters rotated by 1..25 (k-dependent), other characters kept; escapes untouched."""
    n = k % 25 + 1
    out = []
    escaped = False
    for ch in text:
        if escaped or ch == "\\":
            escaped = ch == "\\" and not escaped
            out.append(ch)
        elif "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + n) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + n) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)


def copy_lines(template: list[str], k: int) -> Iterator[str]:
    if k == 0:
        yield from template
        return
    for line in template:
        line = line.replace(ID, f"{ID}c{k}/")
        m = NAME_LINE.match(line)
        if m:
            line = f"{m['s']}{shift(m['text'], k)} {k}{m['rest']}"
        yield line


def synthesize(template_nq: Path, target_triples: int, out: Path) -> dict:
    """Write about ``target_triples`` triples (whole copies of the template) to ``out`` as N-Quads."""
    template = [line for line in template_nq.read_text(encoding="utf-8").splitlines() if line.strip()]
    per_copy = len({line.rsplit(" <", 1)[0] for line in template})  # triples, graph names dropped
    copies = max(1, round(target_triples / per_copy))
    with out.open("w", encoding="utf-8") as handle:
        for k in range(copies):
            for line in copy_lines(template, k):
                handle.write(line + "\n")
    return {"copies": copies, "template_triples": per_copy, "quads": copies * len(template), "triples": copies * per_copy}


def demo_template(work: Path) -> Path:
    """The demo build's graph.nq (of ``data/filings``), written under ``work``: the template the
    query and validation benchmarks copy."""
    import sys

    root = Path(__file__).resolve().parent.parent
    sys.path.insert(0, str(root))
    from builders.pipeline import build_graph, write_outputs

    out = work / "template"
    write_outputs(build_graph([root / "data" / "filings"], validate=False), out)
    return out / "graph.nq"


def run_worker(cmd: list[str], what: str, timeout: float | None = None) -> dict:
    """Run a benchmark's worker process (the script again, with ``--worker``) and read the JSON
    line it prints last: each engine and size measured in a fresh process, its peak RSS its own."""
    import subprocess

    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    if proc.returncode != 0:
        raise SystemExit(f"{what} worker failed (exit {proc.returncode}):\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def synthesized(sizes: list[int], prefix: str) -> Iterator[tuple[int, Path, dict, Path]]:
    """For each target size, a synthetic graph made from the demo build: (size, its N-Quads file, its
    shape, the scratch folder). The file is removed once the caller moves on; the folder at the end."""
    import sys
    import tempfile

    with tempfile.TemporaryDirectory(prefix=prefix) as tmp:
        work = Path(tmp)
        template = demo_template(work)
        for size in sizes:
            nq = work / f"synth-{size}.nq"
            shape = synthesize(template, size, nq)
            print(f"== {shape['triples']} triples ({shape['copies']} copies of {shape['template_triples']})", file=sys.stderr, flush=True)
            yield size, nq, shape, work
            nq.unlink()
