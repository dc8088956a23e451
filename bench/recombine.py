"""A corpus of N realistic filings made from real ones: copies with consistent renames and date shifts.

Templates are the real filings of ``../shared/corpus`` (8-Ks and exhibits up to 200 KB, the
size of the filings a sector build reads most), or ``data/filings`` when the shared corpus is
absent. Copy k of a template (k >= 1):

- renames every organization, product and platform the template's own extraction found, the
  same way everywhere in the file (letters rotated by a k-dependent amount, so a name stays a
  name of the same shape and length: "ImmunoGen, Inc." -> "JnnvopHfo, Jod.");
- shifts every year (and the dates holding it) by k mod 7 years;
- gets its own accession number and CIKs, so no two copies are one filing or one company.

Copy 0 is the template as it is. This module only defines functions (``make bench`` runs
every bench/*.py; this one does nothing when run).
"""

from __future__ import annotations

import csv
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MAX_TEMPLATE_BYTES = 200_000
_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20[0-3]\d)(?=(?:\d{4})?(?!\d))")
_ACCESSION = re.compile(r"(?<!\d)(\d{10})-(\d{2})-(\d{6})(?!\d)")
_ACCESSION_BARE = re.compile(r"(?<!\d)(\d{10})(\d{2})(\d{6})(?!\d)")
_CIK = re.compile(r"(CENTRAL INDEX KEY:\s*)(\d{10})")


@dataclass
class Template:
    path: Path
    text: str
    names: list[str]  # longest first, so "ImmunoGen, Inc." is renamed before "ImmunoGen"


def shared_corpus() -> Path:
    for folder in ROOT.parents:
        if (folder / "shared" / "corpus").is_dir():
            return folder / "shared" / "corpus"
    return ROOT.parent / "shared" / "corpus"


def template_paths(form: str | None = None) -> list[Path]:
    """The shared corpus's 8-Ks and exhibits up to MAX_TEMPLATE_BYTES, else data/filings.
    With ``form`` ("8-K"), only the filings of that form: stand-alone exhibits (agreements of
    50-200 KB, the heaviest to read) are left out, as a stream of current reports has them."""
    corpus = shared_corpus()
    manifest = corpus / "MANIFEST.tsv"
    if manifest.exists():
        with manifest.open(encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle, delimiter="\t"))
        paths = [corpus / r["local_path"] for r in rows
                 if _wanted(r["form_type"], form) and (corpus / r["local_path"]).is_file()
                 and (corpus / r["local_path"]).stat().st_size <= MAX_TEMPLATE_BYTES]
        if paths:
            return sorted(paths)
    from builders.pipeline import discover_inputs

    # Said aloud: the demo's five filings (two 10-Ks, an agreement) make a much heavier stream than 8-Ks, and a
    # checkout with no ../shared/corpus beside it (a worktree under /tmp) would otherwise measure them unawares.
    print(f"recombine: no {corpus}/MANIFEST.tsv with filings of form {form or '8-K/EX-'}; templates from data/filings",
          file=sys.stderr)
    return discover_inputs([ROOT / "data" / "filings"])


def _wanted(form_type: str, form: str | None) -> bool:
    if form is None:
        return form_type.startswith("8-K") or form_type.startswith("EX-")
    # "8-K (with EX-99.1)" is an 8-K; "8-K EX-10.3 (development)" is an exhibit filed alone.
    return form_type.split(" ")[0] == form and "EX-" not in form_type.split("(")[0]


def load_templates(paths: list[Path]) -> list[Template]:
    """Each template with the names its extraction finds (what a copy renames)."""
    from builders.model import Kind
    from builders.pipeline import read_filing

    templates = []
    for path in paths:
        extraction, _report = read_filing(path)
        if extraction is None:
            continue
        names: set[str] = set()
        for m in extraction.mentions.values():
            if m.kind in (Kind.ORG, Kind.PRODUCT, Kind.PLATFORM):
                names |= {n for n in (m.name, *m.aliases) if len(n) >= 4}
        text = path.read_text(encoding="utf-8", errors="replace")
        templates.append(Template(path, text, sorted(names, key=lambda n: (-len(n), n))))
    return templates


def rotate(text: str, k: int) -> str:
    n = k % 25 + 1
    return "".join(
        chr((ord(c) - 97 + n) % 26 + 97) if "a" <= c <= "z" else chr((ord(c) - 65 + n) % 26 + 65) if "A" <= c <= "Z" else c
        for c in text
    )


def copy_text(template: Template, t: int, k: int) -> str:
    """Copy k of template number t (copy 0 is the template)."""
    if k == 0:
        return template.text
    text = template.text
    # Names first, through placeholders, so a renamed name is never renamed again.
    marks = {}
    for i, name in enumerate(template.names):
        if name in text:
            mark = f"\x00{i}\x00"
            marks[mark] = rotate(name, k)
            text = text.replace(name, mark)
    for mark, new in marks.items():
        text = text.replace(mark, new)
    shift = k % 7
    if shift:
        text = _YEAR.sub(lambda m: str(int(m.group(1)) + shift), text)
    text = _ACCESSION.sub(lambda m: f"{t:04d}{m.group(1)[4:]}-{m.group(2)}-{k:06d}", text)
    text = _ACCESSION_BARE.sub(lambda m: f"{t:04d}{m.group(1)[4:]}{m.group(2)}{k:06d}", text)
    return _CIK.sub(lambda m: f"{m.group(1)}{(int(m.group(2)) * 7919 + k) % 10**10:010d}", text)


def generate(n: int, out: Path, templates: list[Template]) -> dict:
    """Write n filings to ``out`` (round-robin over the templates); returns counts and bytes."""
    out.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(n):
        t, k = i % len(templates), i // len(templates)
        template = templates[t]
        data = copy_text(template, t, k).encode("utf-8")
        (out / f"{k:05d}-{t:03d}-{template.path.name}").write_bytes(data)
        total += len(data)
    return {"filings": n, "templates": len(templates), "bytes": total}
