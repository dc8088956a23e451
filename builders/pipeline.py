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
import os
import re
import shutil
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import asdict, dataclass, field, fields
from itertools import chain
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
from .jsontext import iter_long
from .model import Extraction, Fact, Filing, Kind, PartialDate
from .parallel import read_all
from .parse import DEFAULT_LIMITS, Limits, parse_path
from .rebuild import (
    STATE,
    LazyExtractions,
    RebuildState,
    UnionCounts,
    UnionTally,
    file_stamps,
    quick_rebuild,
    state_of,
)
from .resolve import Resolution, resolve
from .spool import GraphFiles, Spool, trim_heap
from .store import (
    STORE_DIR,
    _load_with_union,
    fill_store,
    fill_store_apart,
    replace_graphs,
    union_graph,
)
from .validate import Result, ValidationReport, about_in, make_report, shacl_results
from .vocab import filing_iri

OUTPUT_NAMES = ("graph.nq", "graph.trig", "graph.ttl", "report.json", "validation.txt", "manifest.json", STATE)
INPUT_SUFFIXES = {".txt", ".htm", ".html", ".xhtml", ".md", ".nc", ".sgml", ".xml"}
IGNORED_NAMES = {"MANIFEST.tsv", "README.md", "LICENSE", "NOTICE"}
# From this size on a build validates with the fast validator (builders.fastvalidate): pyshacl
# takes ~30 s at 10^5 triples and grows linearly; both report the same violations.
FAST_FROM_TRIPLES = 50_000
# From this size on the store is filled in a process of its own (store.fill_store_apart): the
# bulk load's memory then never adds to the build's (a second to start the process).
FILL_APART_FROM_TRIPLES = 500_000
# Graphs written between two trims of the heap (spool.trim_heap, 0.1 ms each).
TRIM_EVERY = 500


@dataclass(slots=True)
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
        return "".join(self.json_chunks())

    def json_chunks(self) -> Iterator[str]:
        """report.json's text a filing at a time: at 170,000 filings the whole text, its bytes
        and a dict per filing took 560 MB more at the build's peak."""
        # Fields one level deep, not asdict(): its deep copy of every filing's documents took a
        # second of a 1,000-filing rebuild. The values are JSON already (lists, dicts, strings).
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        names = [f.name for f in fields(FilingReport)]
        data["filings"] = ({name: getattr(r, name) for name in names} for r in self.filings)
        failed = len(self.failed)
        data["summary"] = {"files": len(self.filings), "read": len(self.filings) - failed, "failed": failed}
        data["problems"] = self.problems()
        return iter_long(data, {"filings", "problems"})


_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def one_line(text: str) -> str:
    """Control characters (newlines, terminal escapes) shown as ``\\xNN``: one printable line,
    whatever a file name or a filing put in the message."""
    return _UNPRINTABLE.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


@dataclass(slots=True)
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
    quads: int | None = None  # lines of its N-Quads, counted when merged
    _block: tuple[GraphFiles, int, int] | None = field(default=None, repr=False, compare=False)

    def text(self) -> str:
        """Its N-Quads: held, or read back from its block of graph.nq once written there."""
        if self.nquads is not None:
            return self.nquads
        if self._block is None:
            raise ValueError(f"graph of {self.filing_id}: its text is neither held nor written")
        files, offset, size = self._block
        with files.nq.open("rb") as handle:
            handle.seek(offset)
            return handle.read(size).decode("utf-8")

    def release(self, files: GraphFiles, span: tuple[int, int]) -> None:
        """Drop the texts once written to graph.nq (a big build never holds them all at once)."""
        self.nquads = self.trig = None
        self._block = (files, *span)


@dataclass
class BuildResult:
    report: BuildReport
    extractions: Sequence[Extraction]
    graphs: list[FilingGraph]
    files: GraphFiles  # graph.nq and graph.trig, written as merged (builders.spool)
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

    @property
    def nq(self) -> bytes:
        """graph.nq's bytes, read from its file (a notebook's small build; a big one reads the file)."""
        return self.files.nq.read_bytes()

    @property
    def trig_bytes(self) -> bytes:
        return self.files.trig.read_bytes()

    @property
    def nquads(self) -> str:
        return self.nq.decode("utf-8")

    @property
    def sha256(self) -> str:
        """graph.nq's sha256 (the store's manifest and the next build check it)."""
        return self.files.sha256

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
        after = {iri: g.text() for iri, g in new.items() if old.get(iri) != g.fingerprint}
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
    trim_heap()  # the workers' pickled reads, freed
    extractions = _drop_duplicates(read)
    # Resolution sees the filings in one order whatever the order of the inputs.
    extractions.sort(key=lambda e: e.filing.filing_id)
    resolution = resolve(extractions)
    keys = {id(e): cache.key_of(r.source) for e, r in read} if cache is not None else {}
    tally = UnionTally()
    files, graphs, spans = spool_graphs(emit_graphs(extractions, resolution, keys, cache), spool_folder(cache), tally)
    result = BuildResult(report, extractions, graphs, files, cache=cache, _resolution=resolution)
    union = _summarize(result, tally.counts())
    if cache is not None:
        result.state = state_of(report, read, extractions, resolution, graphs, spans, union, cache)
    emitted = {g.filing_id: g.emitted for g in graphs}
    kept = {id(e) for e in extractions}
    for extraction, filing_report in read:
        if id(extraction) in kept:
            filing_report.emitted = emitted[extraction.filing.filing_id]
    if cache is not None:
        report.cache = cache.summary() | {"graphs_emitted": sum(g.emitted for g in graphs), "graphs_reused": sum(not g.emitted for g in graphs)}
    if result.state is not None and report.triples >= FAST_FROM_TRIPLES:
        del read, extractions, resolution
        _forget_extractions(result)
    if validate:
        validate_build(result, None, validator)
    report.seconds = round(time.perf_counter() - started, 2)
    return result


def _forget_extractions(result: BuildResult) -> None:
    """Hand a big build's extractions back to the cache they were read from: what follows
    (filling the store, validating on it, writing the files) reads the graph, not them, and at
    10^7 triples they are gigabytes. ``result.extractions`` then loads each on use, and
    ``result.resolution`` resolves them again (builders.rebuild.LazyExtractions)."""
    state, cache = result.state, result.cache
    ordered = sorted(state.filings)
    result.extractions = LazyExtractions(cache.folder, [state.filings[f].extraction_key for f in ordered],
                                         [state.inputs[state.filings[f].input].source for f in ordered], {}, cache.limits)
    result._resolution = None
    trim_heap()


def emit_graphs(extractions: list[Extraction], resolution: Resolution, keys: dict[int, str | None],
                cache: ExtractionCache | None) -> Iterator[FilingGraph]:
    """Each filing's graph as text, one at a time in graph order (graph.nq's): taken from the
    cache when the filing's extraction (``keys``: its cache key, by id of the Extraction) and
    its slice of the resolution are those of a graph emitted before, emitted otherwise."""
    # Each slice made as its graph is emitted, not every filing's at once (held through the whole emission).
    licenses, collaborations = resolution.by_filing()
    for ext in sorted(extractions, key=lambda e: f"<{filing_iri(e.filing.filing_id)}>"):
        fid = ext.filing.filing_id
        view = resolution.slice_of(ext, licenses[fid], collaborations[fid])
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
        yield graph


def nq_block(text: str) -> bytes:
    """A graph's bytes in graph.nq (merge_nquads: an empty graph has none)."""
    if not text.strip():
        return b""
    return (text if text.endswith("\n") else text + "\n").encode("utf-8")


def spool_folder(cache: ExtractionCache | None) -> Path | None:
    """Where a build's graph files are written before they are renamed into place: beside the
    outputs when it has an output folder (its cache's), else a temp folder (None)."""
    return cache.folder.parent if cache is not None else None


Spans = dict[str, tuple[tuple[int, int], tuple[int, int]]]


def spool_graphs(graphs: Iterable[FilingGraph], folder: Path | None, tally: UnionTally) -> tuple[GraphFiles, list[FilingGraph], Spans]:
    """graph.nq and graph.trig (as merge_nquads and merge_trig write them) from the graphs'
    texts in graph order, written to temp files one graph at a time, each text dropped once
    written and counted into ``tally``. Returns the files, the graphs by filing id, and where
    each graph's block lies in each file: (offset, bytes), by filing id."""
    kept, spans = [], {}
    graphs = iter(graphs)
    first = next(graphs, None)
    # No graph, no output folder made: a build that read nothing writes nothing.
    with Spool(folder if first is not None else None) as spool:
        for g in chain([first], graphs) if first is not None else ():
            if not kept:
                spool.add(b"", merge_trig({"urn:x": ""}).encode("utf-8"))  # the @prefix lines
            text = g.nquads
            spans[g.filing_id] = spool.add(nq_block(text), g.trig.encode("utf-8"))
            g.quads = text.count("\n")
            tally.add(g.iri, text)
            g.release(spool.files, spans[g.filing_id][0])
            kept.append(g)
            if len(kept) % TRIM_EVERY == 0:
                trim_heap()
        files = spool.close()
    kept.sort(key=lambda g: g.filing_id)
    return files, kept, spans


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


def _summarize(result: BuildResult, union: UnionCounts) -> UnionCounts:
    """Counts for the report, read off the N-Quads text as it was written (``union``): triples
    of the union (a statement made in several filings counts once), quads, and entities by
    class. Returns the union's counts, which a rebuild updates with the graphs that changed
    instead of counting again."""
    report = result.report
    report.quads = sum(g.quads for g in result.graphs)
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
    change = result.change()
    if change is not None:
        graphs = {g: change.after.get(g) for g in change.graphs()}
        if replace_graphs(store_dir, graph_file, result.files.nq, graphs, result.cache.previous["graph_sha256"], result.sha256,
                          result.report.quads) is not None:
            return "updated"
    if result.report.triples >= FILL_APART_FROM_TRIPLES:
        fill_store_apart(graph_file, store_dir, result.files.nq, result.sha256)
    else:
        fill_store(graph_file, store_dir, result.files.nq, result.sha256)
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
            _load_with_union(store, Path("graph.nq"), read_from=result.files.nq)
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
            described = subjects(graphs[filing.filing_id].text()) if by_focus else set()
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
        files = result.files
        moved = group.adopt(out / "graph.nq", files.nq, move=files.spooled)
        group.adopt(out / "graph.trig", files.trig, move=files.spooled)
        if fmt == "ttl":
            group.write(out / "graph.ttl", serialize_dataset(result.dataset, "ttl"))
        group.write(out / "report.json", result.report.json_chunks())
        if result.validation is not None:
            group.write(out / "validation.txt", result.validation.text())
        if result.cache is not None:
            result.cache.graph_sha256 = result.sha256
            if result.validation_results is not None:
                result.cache.validation = results_to_json(result.validation_results)
            group.write(out / MANIFEST, result.cache.manifest_chunks())
    if moved:
        files.adopted(out / "graph.nq", out / "graph.trig")
    if result.cache is not None:
        result.cache.prune()
    for name in OUTPUT_NAMES:
        if out / name not in group.paths:
            (out / name).unlink(missing_ok=True)
    _remove_leftovers(out)
    if result.state is not None:
        # After the renames: the state names the files it describes by size and time.
        result.state.graph_sha256, result.state.files = result.sha256, file_stamps(out)
        result.state.save(out)
    return group.paths


def _remove_leftovers(out: Path) -> None:
    """Temp files and store folders a killed build left in ``out`` (graph.nq's is written for
    most of a build: gigabytes at 10^7 triples). This build's own are renamed by now, and no other
    build is writing here: the CLI holds the folder's lock (atomic.folder_lock), and a notebook
    that builds into a folder shared with other processes should too."""
    for name in (*OUTPUT_NAMES, STORE_DIR):
        for stray in out.glob(f".{name}.*.tmp"):
            if stray.is_dir():
                shutil.rmtree(stray, ignore_errors=True)
            else:
                stray.unlink(missing_ok=True)


def stderr_progress(index: int, total: int, label: str) -> None:
    """A one-line progress indicator on stderr (only when it is a terminal, or for long runs)."""
    if sys.stderr.isatty() or total >= 20:
        sys.stderr.write(f"\r[{index}/{total}] {one_line(label)[-70:]:<70}")
        if index == total:
            sys.stderr.write("\n")
        sys.stderr.flush()
