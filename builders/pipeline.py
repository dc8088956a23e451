"""The one place that knows the order of the stages: parse -> extract -> resolve -> emit -> validate.

Library use (a notebook)::

    from builders.pipeline import build_graph
    result = build_graph(["data/filings"])
    result.dataset          # rdflib Dataset, one named graph per filing
    result.report.filings   # what was read from each file
"""

from __future__ import annotations

import datetime
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from rdflib import Dataset
from rdflib.namespace import RDF

from .atomic import AtomicGroup
from .emit import emit, serialize_dataset, trig_from_nquads
from .errors import FilingKGError, ParseError
from .extract import extract
from .fastvalidate import validate_fast
from .incremental import MANIFEST, ExtractionCache
from .model import Extraction, Fact, Filing, Kind, PartialDate
from .parallel import read_all
from .parse import DEFAULT_LIMITS, Limits, parse_path
from .resolve import Resolution, resolve
from .store import union_graph
from .validate import ValidationReport, validate_graph
from .vocab import FKG

OUTPUT_NAMES = ("graph.nq", "graph.trig", "graph.ttl", "report.json", "validation.txt", "manifest.json")
INPUT_SUFFIXES = {".txt", ".htm", ".html", ".xhtml", ".md", ".nc", ".sgml", ".xml"}
IGNORED_NAMES = {"MANIFEST.tsv", "README.md", "LICENSE", "NOTICE"}
# From this size on a build validates with the fast validator (builders.fastvalidate): pyshacl
# takes ~30 s at 10^5 triples and grows linearly; both report the same violations.
FAST_FROM_TRIPLES = 50_000


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
    cached: bool = False  # taken from the incremental cache: not read again in this build


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
    jobs: int = 1
    cache: dict | None = None  # incremental builds: {"reused": n, "read": m}

    @property
    def failed(self) -> list[FilingReport]:
        return [f for f in self.filings if f.status == "error"]

    def problems(self) -> list[str]:
        """One line per error or warning, each naming its file: ``FILE: error: reason``."""
        lines = []
        for f in self.filings:
            if f.error:
                lines.append(one_line(f"{f.source}: error: {f.error}"))
            lines += [one_line(f"{f.source}: warning: {w}") for w in f.warnings]
        return lines

    @classmethod
    def from_json(cls, text: str) -> BuildReport:
        """Read a report.json back (fields written only for readers, like the summary, are skipped)."""
        data = json.loads(text)
        known = {f.name for f in fields(cls)}
        report = cls(**{k: v for k, v in data.items() if k in known and k != "filings"})
        filing_fields = {f.name for f in fields(FilingReport)}
        report.filings = [FilingReport(**{k: v for k, v in f.items() if k in filing_fields}) for f in data.get("filings", [])]
        return report

    def to_json(self) -> str:
        data = asdict(self)
        data["summary"] = {
            "files": len(self.filings),
            "read": len(self.filings) - len(self.failed),
            "failed": len(self.failed),
        }
        data["problems"] = self.problems()
        return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=False) + "\n"


_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def one_line(text: str) -> str:
    """Control characters (newlines, terminal escapes) shown as ``\\xNN``: one printable line,
    whatever a file name or a filing put in the message."""
    return _UNPRINTABLE.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


@dataclass
class BuildResult:
    dataset: Dataset
    report: BuildReport
    extractions: list[Extraction]
    resolution: Resolution
    validation: ValidationReport | None = None
    cache: ExtractionCache | None = None


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


def read_filing(path: Path, limits: Limits = DEFAULT_LIMITS) -> tuple[Extraction | None, FilingReport]:
    """Parse and extract one file; errors are reported, never raised."""
    started = time.perf_counter()
    report = FilingReport(source=str(path), status="ok")
    try:
        filing = parse_path(path, limits=limits)
        extraction = extract_filing(filing)
    except ParseError as exc:
        report.status, report.error = "error", exc.reason
        return None, report
    except (RecursionError, MemoryError, ValueError, UnicodeError) as exc:
        report.status, report.error = "error", f"cannot extract: {type(exc).__name__}: {exc}"
        return None, report
    except Exception as exc:  # noqa: BLE001 - a bug on one odd file must not cost the other files
        report.status, report.error = "error", f"internal error while reading (a bug: please report it with this file): {type(exc).__name__}: {exc}"
        return None, report
    report.filing_id = filing.filing_id
    report.accession = filing.accession
    report.form_type = filing.form_type or (filing.documents[0].doc_type if filing.documents else None)
    if extraction.registrant:
        report.registrant = extraction.mentions[extraction.registrant].name
    report.documents = [{"sequence": d.sequence, "type": d.doc_type, "filename": d.filename, "format": d.source_format, "chars": d.length} for d in filing.documents]
    report.counts = _counts(extraction)
    report.warnings = filing.warnings + extraction.warnings
    if report.warnings:
        report.status = "warning"
    report.seconds = round(time.perf_counter() - started, 3)
    return extraction, report


def extract_filing(filing: Filing) -> Extraction:
    """The extract stage and the guards around it (what read_filing runs after parsing)."""
    warnings = _split_long_runs(filing)
    extraction = extract(filing)
    extraction.warnings += warnings + _calendar_dates(extraction)
    return extraction


# Guard on extraction's input: its alias patterns ("X (Y)") rescan a run of word characters
# from every position inside it, so time grows with the square of the longest run (8,000
# characters of "x": 18 s; 100,000: most of an hour). No name or word is that long; such
# runs are encoded data (base64, hex dumps). Breaking them every 100 characters keeps every
# character and makes the cost linear.
_RUN_LIMIT = 100
_LONG_RUN = re.compile(r"(?<![\w\-\u00ae\u2122])[\w\-\u00ae\u2122]{" + str(_RUN_LIMIT + 1) + ",}")


def _split_long_runs(filing: Filing) -> list[str]:
    warnings = []
    for doc in filing.documents:
        runs = 0

        def split(m: re.Match) -> str:
            nonlocal runs
            runs += 1
            run = m.group()
            return " ".join(run[i : i + _RUN_LIMIT] for i in range(0, len(run), _RUN_LIMIT))

        doc.text = _LONG_RUN.sub(split, doc.text)
        if runs:
            warnings.append(f"document {doc.sequence}: {runs} run(s) of over {_RUN_LIMIT} characters without a space or punctuation (not prose): split for extraction")
    return warnings


def _calendar_dates(ext: Extraction) -> list[str]:
    """Guard on extraction's output: a date read from numbers in the text ("February 30, 2024")
    that is no day of the calendar is kept at month precision, so the graph never holds an
    invalid xsd:date. Returns a warning per date changed."""
    changed: list[str] = []

    def fix(value):
        if not isinstance(value, PartialDate) or value.day is None:
            return value
        try:
            datetime.date(value.year, value.month, value.day)
            return value
        except ValueError:
            changed.append(f"no such day {value.year:04d}-{value.month:02d}-{value.day:02d} in the text: kept as {value.year:04d}-{value.month:02d}")
            return PartialDate(value.year, value.month)

    ext.facts = [Fact(f.subject, f.prop, fix(f.value), f.evidence) for f in ext.facts]
    ext.cover.report_date = fix(ext.cover.report_date)
    for item in [*ext.licenses, *ext.collaborations]:
        item.effective, item.terminated = fix(item.effective), fix(item.terminated)
    for lic in ext.licenses:
        for event in lic.events:
            event.date = fix(event.date)
    return sorted(set(changed))


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


def build_graph(
    inputs: Iterable[str | Path],
    progress: Progress | None = None,
    validate: bool = True,
    limits: Limits = DEFAULT_LIMITS,
    jobs: int = 1,
    keep_text: bool = True,
    cache: ExtractionCache | None = None,
    validator: str = "auto",
) -> BuildResult:
    """Read every input (``jobs`` worker processes; from ``cache`` where unchanged), then
    resolve, emit and validate once. ``keep_text=False`` drops each document's text once it
    is read (the CLI does: a big build then holds facts, not texts). ``validator``: "reference"
    (pyshacl), "fast" (the shapes as SPARQL on Oxigraph, same violations) or "auto" (fast from
    FAST_FROM_TRIPLES triples on, where pyshacl takes minutes)."""
    started = time.perf_counter()
    paths = discover_inputs(inputs)
    report = BuildReport(jobs=jobs)
    read: list[tuple[Extraction, FilingReport]] = []
    for extraction, filing_report in read_all(paths, limits, jobs, keep_text, progress, cache):
        if extraction is not None:
            read.append((extraction, filing_report))
        report.filings.append(filing_report)
    extractions = _drop_duplicates(read)
    # Resolution sees the filings in one order whatever the order of the inputs.
    extractions.sort(key=lambda e: e.filing.filing_id)
    resolution = resolve(extractions)
    dataset = emit(extractions, resolution)
    result = BuildResult(dataset, report, extractions, resolution, cache=cache)
    union = union_graph(dataset)  # once: the summary and the validation both need it
    _summarize(result, union)
    if cache is not None:
        report.cache = cache.summary()
    if validate:
        fast = validator == "fast" or (validator == "auto" and report.triples >= FAST_FROM_TRIPLES)
        result.validation = validate_fast(union) if fast else validate_graph(union)
        report.validation = {"conforms": result.validation.conforms, "violations": len(result.validation.violations),
                             "validator": "sparql" if fast else "pyshacl"}
    report.seconds = round(time.perf_counter() - started, 2)
    return result


def _drop_duplicates(read: list[tuple[Extraction, FilingReport]]) -> list[Extraction]:
    """One extraction per filing id (accession number). Which copy is kept depends on the
    copies, never on the order of the inputs: the one with the most text, then the lowest
    hash. An identical copy is a warning (nothing is lost); a different one is an error."""
    groups: dict[str, list[tuple[Extraction, FilingReport]]] = {}
    for item in read:
        groups.setdefault(item[0].filing.filing_id, []).append(item)
    kept = []
    for fid, copies in groups.items():
        copies.sort(key=lambda c: (-c[0].filing.text_chars, c[0].filing.sha256, c[1].source))
        (keeper, keeper_report), *others = copies
        kept.append(keeper)
        for ext, rep in others:
            rep.counts = {}
            if ext.filing.sha256 == keeper.filing.sha256:
                rep.status = "warning"
                rep.warnings = [f"identical copy of {keeper_report.source} (filing {fid}): not read twice"]
            else:
                rep.status = "error"
                rep.error = f"duplicate filing {fid} with different content: {keeper_report.source} was kept (more text), this copy skipped"
    return kept


def _summarize(result: BuildResult, union) -> None:
    report, ds = result.report, result.dataset
    report.quads = sum(1 for _ in ds.quads((None, None, None, None)))
    report.triples = len(union)
    for cls in ("Organization", "Company", "Person", "ProductCandidate", "TechnologyPlatform", "License", "Collaboration", "Filing"):
        report.entities[cls] = len(set(union.subjects(RDF.type, FKG[cls])))
    report.licenses = dict(Counter(lic.status for lic in result.resolution.licenses))
    report.merges = [asdict(m) for m in result.resolution.merges]


def write_outputs(result: BuildResult, out_dir: str | Path, fmt: str = "nq") -> list[Path]:
    """graph.nq always, graph.trig for reading, the chosen extra format, report.json, validation.txt.

    Every file is serialized to a temp file beside its target first and the renames happen
    only once all are written, so a build killed while reading or writing leaves the previous
    outputs as they were (never a new graph.nq beside an old report.json). An output of an
    earlier build that this one does not write (validation.txt after --no-validate, graph.ttl)
    is removed after the renames: it would describe another graph.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    with AtomicGroup() as group:
        nq = serialize_dataset(result.dataset, "nq")
        group.write(out / "graph.nq", nq)
        group.write(out / "graph.trig", trig_from_nquads(nq))
        if fmt == "ttl":
            group.write(out / "graph.ttl", serialize_dataset(result.dataset, "ttl"))
        group.write(out / "report.json", result.report.to_json())
        if result.validation is not None:
            group.write(out / "validation.txt", result.validation.text())
        if result.cache is not None:
            group.write(out / MANIFEST, result.cache.manifest())
    if result.cache is not None:
        result.cache.prune()
    for name in OUTPUT_NAMES:
        if out / name not in group.paths:
            (out / name).unlink(missing_ok=True)
    return group.paths


def stderr_progress(index: int, total: int, label: str) -> None:
    """A one-line progress indicator on stderr (only when it is a terminal, or for long runs)."""
    if sys.stderr.isatty() or total >= 20:
        sys.stderr.write(f"\r[{index}/{total}] {one_line(label)[-70:]:<70}")
        if index == total:
            sys.stderr.write("\n")
        sys.stderr.flush()
