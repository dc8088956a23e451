"""The one place that knows the order of the stages: parse -> extract -> resolve -> emit -> validate.

Library use (a notebook)::

    from builders.pipeline import build_graph
    result = build_graph(["data/filings"])
    result.dataset          # rdflib Dataset, one named graph per filing
    result.report.filings   # what was read from each file
"""

from __future__ import annotations

import datetime
import hashlib
import json
import os
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass, field, fields
from functools import cached_property
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset

from .atomic import AtomicGroup
from .emit import emit, filing_nquads, merge_trig, serialize_dataset, trig_block
from .errors import FilingKGError, ParseError
from .extract import extract
from .fastvalidate import _about_all, validate_store
from .incremental import MANIFEST, ExtractionCache, graph_fingerprint
from .incvalidate import Change, results_from_json, results_to_json, revalidate, subjects
from .jsontext import dumps_long
from .model import Extraction, Fact, Filing, Kind, PartialDate
from .parallel import read_all
from .parse import DEFAULT_LIMITS, Limits, parse_path
from .rebuild import STATE, RebuildState, UnionCounts, file_stamps, quick_rebuild, state_of
from .resolve import Resolution, resolve
from .store import _load_with_union, fill_store, replace_graphs, union_graph
from .validate import Result, ValidationReport, about_in, make_report, shacl_results
from .vocab import filing_iri

OUTPUT_NAMES = ("graph.nq", "graph.trig", "graph.ttl", "report.json", "validation.txt", "manifest.json", STATE)
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
    emitted: bool | None = None  # its graph emitted in this build (False: the last build's graph reused)
    # Violations whose focus node this filing's graph describes, judged against the whole
    # graph; set for the filings emitted in this build (those validated as they were built).
    violations: int | None = None


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
        # Fields one level deep, not asdict(): its deep copy of every filing's documents took a
        # second of a 1,000-filing rebuild. The values are JSON already (lists, dicts, strings).
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        names = [f.name for f in fields(FilingReport)]
        data["filings"] = [{name: getattr(r, name) for name in names} for r in self.filings]
        data["summary"] = {
            "files": len(self.filings),
            "read": len(self.filings) - len(self.failed),
            "failed": len(self.failed),
        }
        data["problems"] = self.problems()
        return dumps_long(data, {"filings", "problems"})


_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def one_line(text: str) -> str:
    """Control characters (newlines, terminal escapes) shown as ``\\xNN``: one printable line,
    whatever a file name or a filing put in the message."""
    return _UNPRINTABLE.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


@dataclass
class FilingGraph:
    """One filing's named graph as text: its lines of graph.nq and its block of graph.trig.
    A steady-state rebuild (builders.rebuild) leaves both None for the graphs it copies from
    the last graph.nq and graph.trig without reading them."""

    filing_id: str
    iri: str
    nquads: str | None
    trig: str | None
    fingerprint: str | None = None  # None without an incremental cache
    emitted: bool = True  # False: reused from the last build (same extraction, same slice)


@dataclass
class BuildResult:
    report: BuildReport
    extractions: Sequence[Extraction]
    graphs: list[FilingGraph]
    nq: bytes  # graph.nq
    trig_bytes: bytes  # graph.trig
    validation: ValidationReport | None = None
    cache: ExtractionCache | None = None
    validation_results: set[Result] | None = None
    state: RebuildState | None = None  # what the next rebuild into the same folder starts from
    _resolution: Resolution | None = field(default=None, repr=False)
    _dataset: Dataset | None = field(default=None, repr=False)

    @property
    def resolution(self) -> Resolution:
        """Every filing resolved. A steady-state rebuild resolves only the agreements again
        (builders.rebuild): it resolves the whole on first use here, from the cached extractions."""
        if self._resolution is None:
            self._resolution = resolve(list(self.extractions))
        return self._resolution

    @property
    def dataset(self) -> Dataset:
        """The graph as an rdflib Dataset, one named graph per filing. Emitted again on first
        use: a build itself works on the text of each filing's graph."""
        if self._dataset is None:
            self._dataset = emit(list(self.extractions), self.resolution)
        return self._dataset

    @cached_property
    def nquads(self) -> str:
        return self.nq.decode("utf-8")

    @cached_property
    def sha256(self) -> str:
        """graph.nq's sha256 (the store's manifest and the next build check it)."""
        return hashlib.sha256(self.nq).hexdigest()

    def trig(self) -> str:
        return self.trig_bytes.decode("utf-8")

    def change(self) -> Change | None:
        """The named graphs this build replaced since the last build into the same folder, or
        None when there is no last build to compare with (or its graphs are gone)."""
        if self.cache is None or not self.cache.previous.get("graph_sha256"):
            return None
        old = {str(filing_iri(fid)): fp for fid, fp in self.cache.previous_graphs().items()}
        new = {g.iri: g for g in self.graphs}
        before = {}
        for iri, fp in old.items():
            if iri not in new or new[iri].fingerprint != fp:
                cached = self.cache.graph_get(fp)
                if cached is None:
                    return None
                before[iri] = cached[0]
        after = {iri: g.nquads for iri, g in new.items() if old.get(iri) != g.fingerprint}
        return Change(before, after)


Progress = Callable[[int, int, str], None]


def discover_inputs(inputs: Iterable[str | Path]) -> list[Path]:
    """Files given, and every filing-looking file below folders given, in a stable order."""
    found: list[tuple[Path, str]] = []  # (path, its real path: two names of one file are read once)
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found += _files_below(path)
        elif path.exists():
            found.append((path, str(path.resolve())))
        else:
            raise FilingKGError(f"{item}: no such file or folder")
    seen: set[str] = set()
    unique = []
    for p, real in found:
        if real not in seen:
            seen.add(real)
            unique.append(p)
    return unique


def _input_name(name: str) -> bool:
    dot = name.rfind(".")
    suffix = name[dot:].lower() if 0 < dot < len(name) - 1 else ""  # Path.suffix
    return not name.startswith(".") and name not in IGNORED_NAMES and (suffix in INPUT_SUFFIXES or name.endswith(".hdr.sgml"))


def _files_below(folder: Path) -> list[tuple[Path, str]]:
    """The filing-looking files below ``folder`` as ``sorted(folder.rglob("*"))`` lists them
    (symlinked folders not entered), each with its real path. One scandir per folder and one
    realpath per folder, not per file: resolving 10,000 paths one by one took a second of a
    rebuild."""
    found: list[tuple[tuple[str, ...], str]] = []

    def walk(directory: str, real: str, parts: tuple[str, ...]) -> None:
        try:
            with os.scandir(directory) as it:
                entries = list(it)
        except PermissionError:
            return
        for entry in entries:
            if _is(entry.is_dir) and not entry.is_symlink():
                walk(entry.path, os.path.join(real, entry.name), (*parts, entry.name))
            elif _input_name(entry.name) and _is(entry.is_file):
                # below a folder whose real path is known, only a symlink moves a name elsewhere
                found.append(((*parts, entry.name), os.path.realpath(entry.path) if entry.is_symlink() else os.path.join(real, entry.name)))

    walk(str(folder), os.path.realpath(folder), ())
    found.sort(key=lambda item: item[0])  # Path order: by components
    return [(folder.joinpath(*parts), real) for parts, real in found]


def _is(test) -> bool:
    try:
        return test()
    except OSError:
        return False


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
    quick: bool = False,
) -> BuildResult:
    """Read every input (``jobs`` worker processes; from ``cache`` where unchanged), then
    resolve, emit and validate once. ``keep_text=False`` drops each document's text once it
    is read (the CLI does: a big build then holds facts, not texts). ``validator``: "reference"
    (pyshacl), "fast" (the shapes as SPARQL on Oxigraph, same violations) or "auto" (fast from
    FAST_FROM_TRIPLES triples on, where pyshacl takes minutes). With a cache and ``quick``, a
    rebuild after a few changed inputs takes the steady-state path when it can (builders.rebuild:
    the same outputs, without loading every extraction or resolving every filing)."""
    started = time.perf_counter()
    paths = discover_inputs(inputs)
    fresh = {}
    if cache is not None and quick:
        outcome = quick_rebuild(paths, cache, limits, jobs, keep_text, progress)
        if outcome.result is not None:
            if validate:
                validate_build(outcome.result, None, validator)
            outcome.result.report.seconds = round(time.perf_counter() - started, 2)
            return outcome.result
        fresh = outcome.reads
    report = BuildReport(jobs=jobs)
    read: list[tuple[Extraction, FilingReport]] = []
    for extraction, filing_report in read_all(paths, limits, jobs, keep_text, progress, cache, fresh):
        if extraction is not None:
            read.append((extraction, filing_report))
        report.filings.append(filing_report)
    extractions = _drop_duplicates(read)
    # Resolution sees the filings in one order whatever the order of the inputs.
    extractions.sort(key=lambda e: e.filing.filing_id)
    resolution = resolve(extractions)
    keys = {id(e): cache.key_of(r.source) for e, r in read} if cache is not None else {}
    graphs = emit_graphs(extractions, resolution, keys, cache)
    nq, trig, spans = merge_graphs(graphs)
    result = BuildResult(report, extractions, graphs, nq, trig, cache=cache, _resolution=resolution)
    union = _summarize(result)
    if cache is not None:
        result.state = state_of(report, read, extractions, resolution, graphs, spans, union, cache)
    emitted = {g.filing_id: g.emitted for g in graphs}
    kept = {id(e) for e in extractions}
    for extraction, filing_report in read:
        if id(extraction) in kept:
            filing_report.emitted = emitted[extraction.filing.filing_id]
    if cache is not None:
        report.cache = cache.summary() | {"graphs_emitted": sum(g.emitted for g in graphs), "graphs_reused": sum(not g.emitted for g in graphs)}
    if validate:
        validate_build(result, None, validator)
    report.seconds = round(time.perf_counter() - started, 2)
    return result


def emit_graphs(extractions: list[Extraction], resolution: Resolution, keys: dict[int, str | None],
                cache: ExtractionCache | None) -> list[FilingGraph]:
    """Each filing's graph as text, in filing order: taken from the cache when the filing's
    extraction (``keys``: its cache key, by id of the Extraction) and its slice of the
    resolution are those of a graph emitted before, emitted otherwise."""
    slices = resolution.slices(extractions)
    graphs = []
    for ext in extractions:
        fid = ext.filing.filing_id
        view = slices[fid]
        key = keys.get(id(ext))
        fingerprint = graph_fingerprint(key, view.key()) if cache is not None and key else None
        cached = cache.graph_get(fingerprint) if fingerprint else None
        if cached is not None:
            graph = FilingGraph(fid, str(filing_iri(fid)), *cached, fingerprint, emitted=False)
        else:
            nq = filing_nquads(ext, view)
            graph = FilingGraph(fid, str(filing_iri(fid)), nq, trig_block(nq), fingerprint)
            if fingerprint:
                cache.graph_put(fingerprint, graph.nquads, graph.trig)
        if fingerprint:
            cache.graphs[fid] = fingerprint
        graphs.append(graph)
    return graphs


def nq_block(text: str) -> bytes:
    """A graph's bytes in graph.nq (merge_nquads: an empty graph has none)."""
    if not text.strip():
        return b""
    return (text if text.endswith("\n") else text + "\n").encode("utf-8")


def graph_order(graphs: Iterable[FilingGraph]) -> list[FilingGraph]:
    """graph.nq's and graph.trig's order of the named graphs (merge_nquads, merge_trig)."""
    return sorted(graphs, key=lambda g: f"<{g.iri}>")


def merge_graphs(graphs: list[FilingGraph]) -> tuple[bytes, bytes, dict[str, tuple[tuple[int, int], tuple[int, int]]]]:
    """graph.nq and graph.trig from the graphs' texts (as merge_nquads and merge_trig write
    them), and where each graph's block lies in each: (offset, bytes), by filing id."""
    if not graphs:
        return b"", b"", {}
    header = merge_trig({"urn:x": ""}).encode("utf-8")
    nq_parts, trig_parts, spans = [], [header], {}
    nq_at, trig_at = 0, len(header)
    for g in graph_order(graphs):
        nq, trig = nq_block(g.nquads), g.trig.encode("utf-8")
        spans[g.filing_id] = ((nq_at, len(nq)), (trig_at, len(trig)))
        nq_parts.append(nq)
        trig_parts.append(trig)
        nq_at += len(nq)
        trig_at += len(trig)
    return b"".join(nq_parts), b"".join(trig_parts), spans


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


def _summarize(result: BuildResult) -> UnionCounts:
    """Counts for the report, read off the N-Quads text: triples of the union (a statement
    made in several filings counts once), quads, and entities by class. Returns the union's
    counts, which a rebuild updates with the graphs that changed instead of counting again."""
    report = result.report
    union = UnionCounts.of((g.iri, g.nquads) for g in result.graphs)
    report.quads = sum(g.nquads.count("\n") for g in result.graphs)
    report.triples = union.triples
    report.entities = dict(union.classes)
    report.licenses = dict(Counter(lic.status for lic in result.resolution.licenses))
    report.merges = [asdict(m) for m in result.resolution.merges]
    return union


# --------------------------------------------------------------------------- store and validation


def write_store(result: BuildResult, store_dir: Path, graph_file: Path) -> str:
    """Bring the Oxigraph store at ``store_dir`` to this build's graph: in place, replacing only
    the named graphs that changed, when it holds the last build's graph; else filled afresh.
    Returns "updated" or "filled"."""
    data = result.nq
    change = result.change()
    if change is not None:
        graphs = {g: change.after.get(g) for g in change.graphs()}
        if replace_graphs(store_dir, graph_file, data, graphs, result.cache.previous["graph_sha256"], result.sha256) is not None:
            return "updated"
    fill_store(graph_file, store_dir, data, result.sha256)
    return "filled"


def validate_build(result: BuildResult, store: ox.Store | None, validator: str = "auto") -> ValidationReport:
    """Validate the build's graph; sets ``result.validation`` and the report's lines.

    With a store holding this build's graph and the last build's results in the manifest,
    only the focus nodes of the graphs that changed are checked again (builders.incvalidate),
    unless ``validator`` is "reference". Otherwise the whole graph: pyshacl ("reference", or
    "auto" under FAST_FROM_TRIPLES triples) or the compiled shapes on Oxigraph."""
    started = time.perf_counter()
    report = result.report
    previous = result.cache.previous.get("validation") if result.cache is not None else None
    change = result.change() if store is not None and previous is not None and validator != "reference" else None
    if change is not None:
        run = revalidate(results_from_json(previous), change, store)
        results, kind = run.results, "sparql"
        scope = {"scope": "incremental", "graphs_changed": len(change.graphs()), "focus_nodes_checked": run.focus, "results_kept": run.kept}
    elif validator == "fast" or (validator == "auto" and report.triples >= FAST_FROM_TRIPLES):
        if store is None:
            store = ox.Store()
            _load_with_union(store, Path("graph.nq"), result.nq)
        results, kind, scope = validate_store(store).results, "sparql", {"scope": "whole graph"}
    else:
        union = union_graph(result.dataset)
        results, kind, scope = shacl_results(union), "pyshacl", {"scope": "whole graph"}
    if store is not None:
        about = _about_all(store, {r.focus for r in results}).__getitem__
    else:
        about = about_in(union)
    result.validation_results = results
    result.validation = make_report(results, about, report.triples)
    report.validation = {"conforms": result.validation.conforms, "violations": len(result.validation.violations),
                         "validator": kind, **scope, "seconds": round(time.perf_counter() - started, 2)}
    _per_filing(result)
    return result.validation


def _per_filing(result: BuildResult) -> None:
    """Each filing emitted in this build: how many violations are about nodes its graph describes."""
    by_focus = Counter(v.focus for v in result.validation.violations)
    graphs = {g.filing_id: g for g in result.graphs}
    for filing in result.report.filings:
        if filing.emitted and filing.filing_id in graphs:
            described = subjects(graphs[filing.filing_id].nquads) if by_focus else set()
            filing.violations = sum(n for focus, n in by_focus.items() if focus in described)


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
    if result.cache is not None:
        result.cache.sync()
    with AtomicGroup() as group:
        group.write(out / "graph.nq", result.nq)
        group.write(out / "graph.trig", result.trig_bytes)
        if fmt == "ttl":
            group.write(out / "graph.ttl", serialize_dataset(result.dataset, "ttl"))
        group.write(out / "report.json", result.report.to_json())
        if result.validation is not None:
            group.write(out / "validation.txt", result.validation.text())
        if result.cache is not None:
            result.cache.graph_sha256 = result.sha256
            if result.validation_results is not None:
                result.cache.validation = results_to_json(result.validation_results)
            group.write(out / MANIFEST, result.cache.manifest())
    if result.cache is not None:
        result.cache.prune()
    for name in OUTPUT_NAMES:
        if out / name not in group.paths:
            (out / name).unlink(missing_ok=True)
    if result.state is not None:
        # After the renames: the state names the files it describes by size and time.
        result.state.graph_sha256, result.state.files = result.sha256, file_stamps(out)
        result.state.save(out)
    return group.paths


def stderr_progress(index: int, total: int, label: str) -> None:
    """A one-line progress indicator on stderr (only when it is a terminal, or for long runs)."""
    if sys.stderr.isatty() or total >= 20:
        sys.stderr.write(f"\r[{index}/{total}] {one_line(label)[-70:]:<70}")
        if index == total:
            sys.stderr.write("\n")
        sys.stderr.flush()
