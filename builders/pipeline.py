"""The one place that knows the order of the stages: parse -> extract -> resolve -> emit -> validate.

Library use (a notebook)::

    from builders.pipeline import build_graph
    result = build_graph(["data/filings"])
    result.dataset          # rdflib Dataset, one named graph per filing
    result.report.filings   # what was read from each file
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from rdflib import Dataset
from rdflib.namespace import RDF

from .atomic import atomic_write_text
from .emit import emit, write_dataset
from .errors import FilingKGError, ParseError
from .extract import extract
from .model import Extraction, Kind
from .parse import parse_path
from .resolve import Resolution, resolve
from .store import union_graph
from .validate import ValidationReport, validate_graph
from .vocab import FKG

INPUT_SUFFIXES = {".txt", ".htm", ".html", ".xhtml", ".md", ".nc", ".sgml", ".xml"}
IGNORED_NAMES = {"MANIFEST.tsv", "README.md", "LICENSE", "NOTICE"}


@dataclass
class FilingReport:
    source: str
    status: str  # ok | warning | error
    filing_id: str | None = None
    accession: str | None = None
    form_type: str | None = None
    registrant: str | None = None
    documents: list[dict] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    error: str | None = None
    seconds: float = 0.0


@dataclass
class BuildReport:
    filings: list[FilingReport] = field(default_factory=list)
    triples: int = 0
    quads: int = 0
    entities: dict[str, int] = field(default_factory=dict)
    licenses: dict[str, int] = field(default_factory=dict)
    merges: list[dict] = field(default_factory=list)
    validation: dict | None = None
    seconds: float = 0.0

    @property
    def failed(self) -> list[FilingReport]:
        return [f for f in self.filings if f.status == "error"]

    def to_json(self) -> str:
        data = asdict(self)
        data["summary"] = {
            "files": len(self.filings),
            "read": len(self.filings) - len(self.failed),
            "failed": len(self.failed),
        }
        return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=False) + "\n"


@dataclass
class BuildResult:
    dataset: Dataset
    report: BuildReport
    extractions: list[Extraction]
    resolution: Resolution
    validation: ValidationReport | None = None


Progress = Callable[[int, int, str], None]


def discover_inputs(inputs: Iterable[str | Path]) -> list[Path]:
    """Files given, and every filing-looking file below folders given, in a stable order."""
    found: list[Path] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found += sorted(
                p for p in path.rglob("*")
                if p.is_file() and not p.name.startswith(".") and p.name not in IGNORED_NAMES
                and (p.suffix.lower() in INPUT_SUFFIXES or p.name.endswith(".hdr.sgml"))
            )
        elif path.exists():
            found.append(path)
        else:
            raise FilingKGError(f"{item}: no such file or folder")
    seen: set[Path] = set()
    unique = []
    for p in found:
        key = p.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(p)
    return unique


def read_filing(path: Path) -> tuple[Extraction | None, FilingReport]:
    """Parse and extract one file; errors are reported, never raised."""
    started = time.perf_counter()
    report = FilingReport(source=str(path), status="ok")
    try:
        filing = parse_path(path)
        extraction = extract(filing)
    except ParseError as exc:
        report.status, report.error = "error", exc.reason
        return None, report
    except (RecursionError, MemoryError, ValueError, UnicodeError) as exc:
        report.status, report.error = "error", f"cannot extract: {type(exc).__name__}: {exc}"
        return None, report
    report.filing_id = filing.filing_id
    report.accession = filing.accession
    report.form_type = filing.form_type or (filing.documents[0].doc_type if filing.documents else None)
    if extraction.registrant:
        report.registrant = extraction.mentions[extraction.registrant].name
    report.documents = [{"sequence": d.sequence, "type": d.doc_type, "filename": d.filename, "format": d.source_format, "chars": len(d.text)} for d in filing.documents]
    report.counts = _counts(extraction)
    report.warnings = filing.warnings + extraction.warnings
    if report.warnings:
        report.status = "warning"
    report.seconds = round(time.perf_counter() - started, 3)
    return extraction, report


def _counts(ext: Extraction) -> dict[str, int]:
    kinds = Counter(r.kind for r in ext.mentions)
    return {
        "organizations": kinds[Kind.ORG],
        "people": kinds[Kind.PERSON],
        "products": kinds[Kind.PRODUCT],
        "platforms": kinds[Kind.PLATFORM],
        "licenses": len(ext.licenses),
        "collaborations": len(ext.collaborations),
        "roles": len(ext.roles),
        "facts": len(ext.facts),
    }


def build_graph(inputs: Iterable[str | Path], progress: Progress | None = None, validate: bool = True) -> BuildResult:
    started = time.perf_counter()
    paths = discover_inputs(inputs)
    report = BuildReport()
    extractions: list[Extraction] = []
    seen_ids: dict[str, str] = {}
    for index, path in enumerate(paths, start=1):
        if progress:
            progress(index, len(paths), str(path))
        extraction, filing_report = read_filing(path)
        if extraction is not None:
            fid = extraction.filing.filing_id
            if fid in seen_ids:
                filing_report.status = "error"
                filing_report.error = f"duplicate filing {fid}: already read from {seen_ids[fid]}; skipped"
                extraction = None
            else:
                seen_ids[fid] = str(path)
                extractions.append(extraction)
        report.filings.append(filing_report)
    resolution = resolve(extractions)
    dataset = emit(extractions, resolution)
    result = BuildResult(dataset, report, extractions, resolution)
    _summarize(result)
    if validate:
        result.validation = validate_graph(union_graph(dataset))
        report.validation = {"conforms": result.validation.conforms, "violations": len(result.validation.violations)}
    report.seconds = round(time.perf_counter() - started, 2)
    return result


def _summarize(result: BuildResult) -> None:
    report, ds = result.report, result.dataset
    union = union_graph(ds)
    report.quads = sum(1 for _ in ds.quads((None, None, None, None)))
    report.triples = len(union)
    for cls in ("Organization", "Company", "Person", "ProductCandidate", "TechnologyPlatform", "License", "Collaboration", "Filing"):
        report.entities[cls] = len(set(union.subjects(RDF.type, FKG[cls])))
    report.licenses = dict(Counter(lic.status for lic in result.resolution.licenses))
    report.merges = [asdict(m) for m in result.resolution.merges]


def write_outputs(result: BuildResult, out_dir: str | Path, fmt: str = "nq") -> list[Path]:
    """graph.nq always, graph.trig for reading, the chosen extra format, report.json, validation.txt."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = [out / "graph.nq", out / "graph.trig"]
    write_dataset(result.dataset, out / "graph.nq", "nq")
    write_dataset(result.dataset, out / "graph.trig", "trig")
    if fmt == "ttl":
        write_dataset(result.dataset, out / "graph.ttl", "ttl")
        written.append(out / "graph.ttl")
    atomic_write_text(out / "report.json", result.report.to_json())
    written.append(out / "report.json")
    if result.validation is not None:
        atomic_write_text(out / "validation.txt", result.validation.text())
        written.append(out / "validation.txt")
    return written


def stderr_progress(index: int, total: int, label: str) -> None:
    """A one-line progress indicator on stderr (only when it is a terminal, or for long runs)."""
    if sys.stderr.isatty() or total >= 20:
        sys.stderr.write(f"\r[{index}/{total}] {label[-70:]:<70}")
        if index == total:
            sys.stderr.write("\n")
        sys.stderr.flush()
