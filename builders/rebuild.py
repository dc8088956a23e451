"""The steady-state rebuild: a few inputs changed since the last build into the same folder.

A build from scratch (or an incremental one that could not take this path) reads every
input's extraction and resolves every filing. When only a few inputs changed, and the
changed filings name the same entities as before (their mentions are those resolution
clustered last time), every entity, IRI and label of the last build holds: only the
licenses and collaborations can move, and they are resolved again from the few filings
that state any. So the last build leaves, in ``OUT/rebuild.pickle`` (:class:`RebuildState`):

- per input its cache key and its report, so unchanged inputs are not unpickled;
- per filing what clustering read of its mentions (a digest), its IRIs (pickled apart, read
  only when its graph is emitted again), the digest of its licenses' and collaborations'
  slice, its graph's fingerprint and where its block lies in graph.nq and graph.trig;
- the inputs of license resolution (licenses, collaborations, successions, dates) of the
  filings stating any, every entity's label, the merges;
- how many graphs state each triple of the union (:class:`UnionCounts`), for the report's counts.

A rebuild then reads the changed inputs, resolves the agreements again, emits the graphs
whose slice changed, and splices graph.nq and graph.trig: the unchanged graphs' bytes are
copied from the last files. A filing without an accession number is named by its content
hash, so an edit renames it: it takes the same path under its new id (its old graph leaves,
the new one comes in at its sorted place), since clustering orders filings by what they name,
not by id (builders.resolve._cluster; ``_renamable`` says when a new id changes nothing). Anything else (an input added, removed, failing or duplicated,
changed mentions, another code digest, output files not those of the state) returns None,
and the build runs the whole way: the output is byte for byte a build from scratch either way
(tests/test_incremental.py).
"""

from __future__ import annotations

import hashlib
import os
import pickle
from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from itertools import groupby, islice
from pathlib import Path

from rdflib import URIRef
from rdflib.namespace import RDF

from .atomic import atomic_writer
from .incremental import ExtractionCache, code_digest, graph_fingerprint
from .model import Collaboration, Extraction, Fact, License, PartialDate, Ref
from .resolve import (
    EntityLabel,
    Resolution,
    agreement_slices,
    entity_label,
    mention_digest,
    resolve_agreements,
)
from .spool import GraphFiles, Spool
from .vocab import FKG, filing_iri

STATE = "rebuild.pickle"
# A rebuild reading more changed inputs than this runs the whole way: past a few, emitting
# and splicing gain little over the full path, and the full path is the one measured most.
MAX_CHANGED = 16
TYPE = f" <{RDF.type}> "
CLASSES = ("Organization", "Company", "Person", "ProductCandidate", "TechnologyPlatform", "License", "Collaboration", "Filing",
           "DefinedProductTerm", "DefinedRightsTerm")
_TYPED = {f"<{FKG[c]}>": c for c in CLASSES}


# --------------------------------------------------------------------------- what resolution reads


@dataclass(slots=True)
class _FilingDates:
    filing_id: str
    filed: PartialDate | None
    period: PartialDate | None


@dataclass(slots=True)
class _CoverDate:
    report_date: PartialDate | None


@dataclass
class AgreementInputs:
    """What resolve_agreements reads of one extraction; ``licenses`` and ``collaborations`` are
    the extraction's own lists (their order indexes a filing's slice)."""

    filing: _FilingDates
    cover: _CoverDate
    licenses: list[License]
    collaborations: list[Collaboration]
    facts: list[Fact]  # succeededBy only

    @classmethod
    def of(cls, ext: Extraction) -> AgreementInputs | None:
        """None for a filing stating no license, collaboration or succession (most 8-Ks)."""
        successions = [f for f in ext.facts if f.prop == "succeededBy" and isinstance(f.value, Ref)]
        if not (ext.licenses or ext.collaborations or successions):
            return None
        f = ext.filing
        return cls(_FilingDates(f.filing_id, f.filed, f.period), _CoverDate(ext.cover.report_date), ext.licenses, ext.collaborations, successions)

    def refs(self) -> Iterator[Ref]:
        for lic in self.licenses:
            yield from lic.key
        for collab in self.collaborations:
            yield from collab.parties
        for fact in self.facts:
            yield fact.subject
            yield fact.value


def agreements_digest(fid: str, inputs: AgreementInputs | None, res: Resolution, licenses, collaborations) -> str | None:
    """The digest of a filing's license and collaboration slices (None: it states none)."""
    if inputs is None and not licenses and not collaborations:
        return None
    parts = agreement_slices(fid, inputs, licenses, collaborations)
    return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest() if any(parts) else None


class _Labels(dict):
    """entity IRI (str) -> EntityLabel, looked up by URIRef as Resolution.slice_of does."""

    def __missing__(self, node):
        return dict.__getitem__(self, str(node))


# --------------------------------------------------------------------------- union counts


def _triples(nq: str, iri: str) -> Iterator[str]:
    cut = len(iri) + 5  # ' <IRI> .' ends each line
    return (line[:-cut] for line in nq.split("\n") if line)


def _key(triple: str) -> bytes:
    return hashlib.blake2b(triple.encode("utf-8"), digest_size=16).digest()


class _Keys:
    """The sorted 16-byte keys of a bytes object, as a sequence bisect can search."""

    def __init__(self, blob: bytes) -> None:
        self.blob = blob

    def __len__(self) -> int:
        return len(self.blob) // 16

    def __getitem__(self, i: int) -> bytes:
        return self.blob[16 * i : 16 * i + 16]


@dataclass
class UnionCounts:
    """How many named graphs state each triple of the union, by a 16-byte hash of its text
    (sorted keys in one bytes object: a rebuild loads it at once and bisects), and the counts
    the report gives: triples of the union, typed subjects per class."""

    keys: bytes | bytearray = b""
    graphs: array = field(default_factory=lambda: array("I"))
    triples: int = 0
    classes: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CLASSES, 0))

    @classmethod
    def of(cls, texts: Iterable[tuple[str, str]]) -> UnionCounts:
        """From (graph IRI, N-Quads) of every graph."""
        tally = UnionTally()
        for iri, nq in texts:
            tally.add(iri, nq)
        return tally.counts()

    def update(self, removed: Iterable[tuple[str, str]], added: Iterable[tuple[str, str]]) -> None:
        """Graphs' texts replaced: each (graph IRI, N-Quads) of ``removed`` left, of ``added`` came."""
        delta: Counter[bytes] = Counter()
        triple_of: dict[bytes, str] = {}
        for sign, texts in ((-1, removed), (1, added)):
            for iri, nq in texts:
                for triple in _triples(nq, iri):
                    key = _key(triple)
                    delta[key] += sign
                    triple_of[key] = triple
        index = _Keys(self.keys)
        inserted, dropped = [], set()
        for key, change in sorted(delta.items()):
            if not change:
                continue
            i = bisect_left(index, key)
            present = i < len(index) and index[i] == key
            before = self.graphs[i] if present else 0
            after = before + change
            if after < 0:
                raise ValueError("union counts out of step with the graphs")
            if not before or not after:
                self.triples += 1 if after else -1
                _count_class(self.classes, triple_of[key], 1 if after else -1)
            if present:
                self.graphs[i] = after
                if not after:
                    dropped.add(i)
            elif after:
                inserted.append((i, key, after))
        if inserted or dropped:
            self._splice(inserted, dropped)

    def _splice(self, inserted: list[tuple[int, bytes, int]], dropped: set[int]) -> None:
        """New keys in at their bisect positions, keys no graph states any more out."""
        # Sorted by position, insertions (in key order) before the drop of the old key there.
        cuts = sorted([(i, 0, key, n) for i, key, n in inserted] + [(i, 1, b"", 0) for i in dropped], key=lambda c: c[:2])
        keys, graphs, start = [], array("I"), 0
        for i, drop, key, n in cuts:
            keys.append(self.keys[16 * start : 16 * i])
            graphs.extend(self.graphs[start:i])
            if drop:
                start = i + 1
            else:
                keys.append(key)
                graphs.append(n)
                start = i
        keys.append(self.keys[16 * start :])
        graphs.extend(self.graphs[start:])
        self.keys, self.graphs = b"".join(keys), graphs


_CLASS_BYTE = {f"<{FKG[c]}>": bytes([i]) for i, c in enumerate(CLASSES, 1)}


class UnionTally:
    """:class:`UnionCounts` made graph by graph in little memory: a Counter of 10^7 keys took
    1.5 GB. Each statement's key and a byte naming the class it types (0: none) go to one of
    256 buckets by the key's first byte (17 bytes a statement); the buckets are counted one at
    a time, in key order, at the end."""

    def __init__(self) -> None:
        self._buckets = [bytearray() for _ in range(256)]

    def add(self, iri: str, nq: str) -> None:
        buckets = self._buckets
        for triple in _triples(nq, iri):
            key = _key(triple)
            typed = _CLASS_BYTE.get(triple.partition(TYPE)[2], b"\0") if TYPE in triple else b"\0"
            buckets[key[0]] += key + typed

    def counts(self) -> UnionCounts:
        keys, graphs, classes = bytearray(), array("I"), dict.fromkeys(CLASSES, 0)
        for b, bucket in enumerate(self._buckets):
            data = bytes(bucket)
            self._buckets[b] = bytearray()
            records = sorted(data[i : i + 17] for i in range(0, len(data), 17))
            for record, same in groupby(records):
                keys += record[:16]
                graphs.append(sum(1 for _ in same))
                if record[16]:
                    classes[CLASSES[record[16] - 1]] += 1
        return UnionCounts(keys, graphs, len(graphs), classes)  # a bytearray: not copied again


def _count_class(classes: dict[str, int], triple: str, change: int) -> None:
    if TYPE in triple:
        cls = _TYPED.get(triple.partition(TYPE)[2])
        if cls is not None:
            classes[cls] += change


# --------------------------------------------------------------------------- the state


@dataclass(slots=True)
class InputState:
    source: str
    key: str | None  # its cache key (None: not hashed, so read again every build)
    filing_id: str | None  # None: unreadable (read again every build)
    status: str | None  # as read (the report's may say it was a duplicate)
    report: object  # its FilingReport


@dataclass(slots=True)
class FilingState:
    filing_id: str
    iri: str
    mentions: str  # mention_digest
    iris: bytes  # pickled [(Ref, IRI)] in the extraction's mention order
    agreements: str | None  # agreements_digest
    extraction_key: str
    fingerprint: str
    nq: tuple[int, int]  # (offset, bytes) of its block in graph.nq
    trig: tuple[int, int]
    quads: int
    input: int  # the index of the input it was read from


@dataclass
class RebuildState:
    code: str
    graph_sha256: str
    files: dict[str, tuple[int, int]]  # graph.nq / graph.trig -> (bytes, mtime_ns) as written
    trig_header: int  # bytes of graph.trig's @prefix lines
    inputs: list[InputState]
    filings: dict[str, FilingState]  # the filings kept (one per filing id), in graph order
    duplicated: set[str]  # filing ids more than one input holds
    agreements: dict[str, AgreementInputs]
    agreement_iris: dict[tuple[str, Ref], URIRef]  # restricted_iris: what resolving them again looks up
    labels: dict[str, EntityLabel]
    merges: list[dict]
    union: UnionCounts

    def save(self, out: Path) -> None:
        """Streamed, and pickled in pieces of STATE_CHUNK records: one pickle of the whole state
        holds a memo entry for each of its millions of objects while it is written, 384 MB at
        195,000 inputs, on top of a build's peak. The pieces share no memo, so an object two
        pieces hold comes back as two equal copies (nothing here relies on identity)."""
        with atomic_writer(out / STATE) as handle:
            pickle.dump(replace(self, **{name: type(getattr(self, name))() for name in _CHUNKED}), handle, protocol=pickle.HIGHEST_PROTOCOL)
            for name in _CHUNKED:
                records = getattr(self, name)
                pieces = -(-len(records) // STATE_CHUNK)
                pickle.dump(pieces, handle)
                rest = iter(records.items() if isinstance(records, dict) else records)
                for _ in range(pieces):
                    pickle.dump(list(islice(rest, STATE_CHUNK)), handle, protocol=pickle.HIGHEST_PROTOCOL)


# The fields of RebuildState with a record per input, filing or entity, and how many records a piece holds.
_CHUNKED = ("inputs", "filings", "agreements", "agreement_iris", "labels", "merges")
STATE_CHUNK = 4096


def _read_state(handle) -> RebuildState | None:
    state = pickle.load(handle)
    if not isinstance(state, RebuildState):
        return None
    for name in _CHUNKED:
        records = [record for _ in range(pickle.load(handle)) for record in pickle.load(handle)]
        setattr(state, name, type(getattr(state, name))(records))  # the labels' dict is a _Labels
    return state


def load_state(out: Path, cache: ExtractionCache) -> RebuildState | None:
    """The last build's state, if it describes the files in ``out`` and this code made it."""
    try:
        with (out / STATE).open("rb") as handle:
            state = _read_state(handle)
    except Exception:  # noqa: BLE001 - missing, damaged or foreign: a build the whole way
        return None
    if not isinstance(state, RebuildState) or state.code != code_digest() or state.graph_sha256 != cache.previous.get("graph_sha256"):
        return None
    for name, (size, mtime_ns) in state.files.items():
        try:
            stat = (out / name).stat()
        except OSError:
            return None
        if (stat.st_size, stat.st_mtime_ns) != (size, mtime_ns):
            return None
    return state


def file_stamps(out: Path) -> dict[str, tuple[int, int]]:
    stamps = {}
    for name in ("graph.nq", "graph.trig"):
        stat = (out / name).stat()
        stamps[name] = (stat.st_size, stat.st_mtime_ns)
    return stamps


def iris_blob(ext: Extraction, res: Resolution) -> bytes:
    fid = ext.filing.filing_id
    return pickle.dumps([(ref, str(res.iri_of[(fid, ref)])) for ref in ext.mentions], protocol=pickle.HIGHEST_PROTOCOL)


def iris_of(fid: str, blob: bytes) -> dict[tuple[str, Ref], URIRef]:
    return {(fid, ref): URIRef(node) for ref, node in pickle.loads(blob)}


def restricted_iris(agreements: dict[str, AgreementInputs], iri_of) -> dict[tuple[str, Ref], URIRef]:
    """Of ``iri_of``, the entries the agreement inputs use (all resolve_agreements looks up)."""
    out = {}
    for fid, inputs in agreements.items():
        for ref in inputs.refs():
            node = iri_of.get((fid, ref))
            if node is not None:
                out[(fid, ref)] = node
    return out


def state_of(report, read, extractions: list[Extraction], res: Resolution, graphs, spans, union: UnionCounts,
             cache: ExtractionCache) -> RebuildState | None:
    """The state a build leaves for the next (graph.nq's sha256 and the files' stamps are set
    once they are written). ``report.filings`` are every input's reports in input order; ``read``
    the (extraction, report) of the inputs read, ``extractions`` those kept, by filing id."""
    index_of = {r.source: i for i, r in enumerate(report.filings)}
    source_of = {id(ext): rep.source for ext, rep in read}
    inputs = []
    for r in report.filings:
        entry = cache.entries.get(r.source)
        inputs.append(InputState(r.source, entry.key if entry else None, entry.filing_id if entry else None,
                                 entry.status if entry else None, r))
    licenses, collaborations = res.by_filing()
    agreements = {}
    filings = {}
    by_id = {g.filing_id: g for g in graphs}
    for ext in extractions:
        fid = ext.filing.filing_id
        key, graph = cache.key_of(source_of[id(ext)]), by_id[fid]
        if key is None or graph.fingerprint is None:
            return None
        inputs_of = AgreementInputs.of(ext)
        if inputs_of is not None:
            agreements[fid] = inputs_of
        nq, trig = spans[fid]
        filings[fid] = FilingState(fid, graph.iri, res.mentions.get(fid) or mention_digest(ext), iris_blob(ext, res),
                                   agreements_digest(fid, inputs_of, res, licenses.get(fid, []), collaborations.get(fid, [])),
                                   key, graph.fingerprint, nq, trig, graph.quads, index_of[source_of[id(ext)]])
    ordered = {f.filing_id: f for f in sorted(filings.values(), key=lambda f: f"<{f.iri}>")}  # graph order
    held = Counter(ext.filing.filing_id for ext, _ in read)
    return RebuildState(
        code=code_digest(), graph_sha256="", files={}, trig_header=min((f.trig[0] for f in filings.values()), default=0),
        inputs=inputs, filings=ordered, duplicated={fid for fid, n in held.items() if n > 1},
        agreements=agreements, agreement_iris=restricted_iris(agreements, res.iri_of),
        labels=_Labels({str(node): entity_label(e) for node, e in res.entities.items()}),
        merges=report.merges, union=union,
    )


# --------------------------------------------------------------------------- the steady-state rebuild


@dataclass
class QuickOutcome:
    result: object | None  # a BuildResult, or None: build the whole way
    reads: dict[int, tuple]  # inputs read on the way, by index: the whole way does not read them again


@dataclass
class _SliceInput:
    """An extraction as Resolution.slice_of reads it, with the license and collaboration
    objects resolve_agreements saw (equal to the extraction's own, index for index)."""

    filing: object
    mentions: dict
    licenses: list
    collaborations: list


class LazyExtractions(Sequence):
    """A build's extractions in filing order, unpickled from the cache on first use (a
    steady-state rebuild itself reads only the changed ones); an entry gone or damaged since
    is read again from its input."""

    def __init__(self, folder: Path, keys: list[str], sources: list[str], known: dict[int, Extraction], limits) -> None:
        self.folder, self.keys, self.sources, self.known, self.limits = folder, keys, sources, known, limits

    def __len__(self) -> int:
        return len(self.keys)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i not in self.known:
            self.known[i] = _load(self.folder, self.keys[i]) or _read_again(Path(self.sources[i]), self.limits)
        return self.known[i]


def _read_again(path: Path, limits) -> Extraction:
    from .errors import FilingKGError
    from .parallel import read_one

    extraction, report = read_one(path, limits, keep_text=False)
    if extraction is None:
        raise FilingKGError(f"{path}: changed while building: {report.error}")
    return extraction


def quick_rebuild(paths: list[Path], cache: ExtractionCache, limits, jobs: int, keep_text: bool, progress) -> QuickOutcome:
    """The steady-state rebuild (see the module's doc), or None when its conditions do not hold."""
    from .parallel import read_one

    out = cache.folder.parent
    state = load_state(out, cache)
    if state is None or [str(p) for p in paths] != [i.source for i in state.inputs]:
        return QuickOutcome(None, {})
    entries = [cache._entry(p) for p in paths]
    again = [i for i, (entry, known) in enumerate(zip(entries, state.inputs, strict=True))
             if entry is None or known.key is None or known.filing_id is None or entry.key != known.key]
    if len(again) > MAX_CHANGED:
        return QuickOutcome(None, {})
    reads = {}
    for n, i in enumerate(again):
        reads[i] = read_one(paths[i], limits, keep_text)
        if progress:
            progress(n + 1, len(paths), str(paths[i]))
    changed = _changed_filings(state, reads)
    if changed is None:
        return QuickOutcome(None, reads)
    fresh, renames = changed
    result = _rebuild(state, fresh, renames, reads, entries, cache, jobs)
    if result is None:
        return QuickOutcome(None, reads)
    for i, read in sorted(reads.items()):
        cache.put(paths[i], read)
    cache.reused, cache.read = len(paths) - len(reads), len(reads)
    result.report.cache = cache.summary() | {"graphs_emitted": sum(g.emitted for g in result.graphs),
                                             "graphs_reused": sum(not g.emitted for g in result.graphs)}
    if progress:
        progress(len(paths), len(paths), f"{len(paths) - len(reads)} unchanged input(s) reused")
    return QuickOutcome(result, reads)


def _changed_filings(state: RebuildState, reads: dict[int, tuple]) -> tuple[dict[str, Extraction], dict[str, str]] | None:
    """The changed filings' new extractions by filing id, and the ids that changed (old -> new),
    when each is a filing of the last build, held by no other input, naming the same entities;
    else None."""
    fresh, renames = {}, {}
    for i, (ext, _report) in reads.items():
        known = state.inputs[i]
        if ext is None:
            if known.filing_id is not None:
                return None  # a filing is gone
            continue
        fid, old = ext.filing.filing_id, known.filing_id
        if old is None or old in state.duplicated or old not in state.filings:
            return None
        if mention_digest(ext) != state.filings[old].mentions:
            return None
        if fid != old:
            renames[old] = fid
        fresh[fid] = ext
    if renames and not _renamable(state, renames):
        return None
    return fresh, renames


def _renamable(state: RebuildState, renames: dict[str, str]) -> bool:
    """Whether filings whose id changed with their text (an id that is a content hash) keep
    every entity and IRI. Clustering orders filings by what they name (builders.resolve._cluster),
    so a renamed filing keeps its place, except among its twins (filings naming exactly the same
    entities), which are joined one after another in order of id. Its place among them changes
    nothing when every twin's names went to the same IRIs: joined in any order, the twins make
    the same clusters. A new id must be no other filing's."""
    new = set(renames.values())
    taken = {i.filing_id for i in state.inputs} | set(state.filings)
    if len(new) < len(renames) or new & taken:
        return False
    twins: dict[str, list[FilingState]] = {}
    for filing in state.filings.values():
        twins.setdefault(filing.mentions, []).append(filing)
    for old in renames:
        filing = state.filings[old]
        mine = dict(pickle.loads(filing.iris))
        if any(dict(pickle.loads(t.iris)) != mine for t in twins[filing.mentions] if t is not filing):
            return False
    return True


def _renamed(state: RebuildState, renames: dict[str, str]) -> RebuildState:
    """The state as if the renamed filings had had their new ids in the last build: in graph
    order under their new IRIs, their agreements and merges under the new ids (their graphs are
    emitted again; until then their spans and fingerprints are the old ones)."""
    if not renames:
        return state
    filings = {}
    for fid, known in state.filings.items():
        new = renames.get(fid, fid)
        filings[new] = replace(known, filing_id=new, iri=str(filing_iri(new))) if new != fid else known
    merges = [m | {"filings": sorted(renames.get(f, f) for f in m["filings"])} if renames.keys() & set(m["filings"]) else m
              for m in state.merges]
    return replace(
        state,
        filings=dict(sorted(filings.items(), key=lambda kv: f"<{kv[1].iri}>")),
        agreements={renames.get(fid, fid): inputs for fid, inputs in state.agreements.items()},
        agreement_iris={(renames.get(fid, fid), ref): node for (fid, ref), node in state.agreement_iris.items()},
        merges=merges,
    )


@dataclass
class _Agreements:
    """Licenses and collaborations resolved again, with what they were resolved from."""

    res: Resolution  # entities as the state has them, iri_of as far as the agreements need it
    inputs: dict[str, AgreementInputs]
    iris: dict[tuple[str, Ref], URIRef]  # restricted_iris of ``inputs``
    licenses: dict
    collaborations: dict
    digests: dict[str, str | None]  # agreements_digest of every filing stating any, before or now


def _agreements_again(state: RebuildState, fresh: dict[str, Extraction]) -> _Agreements:
    inputs = dict(state.agreements)
    iris = {k: v for k, v in state.agreement_iris.items() if k[0] not in fresh}
    for fid, ext in fresh.items():
        mine = AgreementInputs.of(ext)
        inputs.pop(fid, None)
        if mine is not None:
            inputs[fid] = mine
            iris.update(restricted_iris({fid: mine}, iris_of(fid, state.filings[fid].iris)))
    res = Resolution(state.labels, iris, [], [], [])
    res.licenses, res.collaborations = resolve_agreements([inputs[f] for f in sorted(inputs)], res)
    licenses, collaborations = res.by_filing()
    digests = {fid: agreements_digest(fid, inputs.get(fid), res, licenses.get(fid, []), collaborations.get(fid, []))
               for fid in set(state.agreements) | set(inputs)}
    return _Agreements(res, inputs, iris, licenses, collaborations, digests)


def _rebuild(state: RebuildState, fresh: dict[str, Extraction], renames: dict[str, str], reads, entries, cache: ExtractionCache,
             jobs: int):
    """The steady-state rebuild once the changed filings are read (None: go the whole way)."""
    from .pipeline import BuildResult, FilingGraph

    old_iris = {new: state.filings[old].iri for old, new in renames.items()}  # what the old graph.nq calls them
    state = _renamed(state, renames)
    agreed = _agreements_again(state, fresh)
    # A filing's graph changes when its extraction does, or its agreements' slice (a license
    # another filing ended): entities, IRIs and labels are the last build's.
    dirty = set(fresh) | {fid for fid, d in agreed.digests.items() if d != state.filings[fid].agreements}
    extractions = dict(fresh)
    for fid in dirty - set(fresh):
        extractions[fid] = _load(cache.folder, state.filings[fid].extraction_key)
        if extractions[fid] is None:
            return None
    out = cache.folder.parent
    graphs, filings = _emit_dirty(state, agreed, extractions, {fid: entries[state.filings[fid].input].key for fid in fresh}, cache, FilingGraph)
    changed = [fid for fid in graphs if graphs[fid].fingerprint != state.filings[fid].fingerprint]
    with _opened(out / "graph.nq", out / "graph.trig") as (old_nq, old_trig):
        state.union.update(((old_iris.get(f, state.filings[f].iri), old_nq.read(state.filings[f].nq).decode("utf-8")) for f in changed),
                           ((graphs[f].iri, graphs[f].nquads) for f in changed))
        files, filings = _splice(filings, {fid: (g.nquads, g.trig) for fid, g in graphs.items()}, old_nq, old_trig, state.trig_header, out)
    report = _report(state, reads, graphs, agreed.res, filings, jobs)
    _note_reused(cache, state, filings, entries, reads)
    ordered = sorted(filings)
    all_graphs = [graphs.get(fid) or FilingGraph(fid, filings[fid].iri, None, None, filings[fid].fingerprint, emitted=False) for fid in ordered]
    new_state = RebuildState(
        state.code, "", {}, state.trig_header, _inputs(state, reads, entries), filings, state.duplicated,
        agreed.inputs, agreed.iris, state.labels, state.merges, state.union)
    known = {i: extractions[fid] for i, fid in enumerate(ordered) if fid in extractions}
    cache.replaced = _replaced(state, filings, entries, reads)
    sources = [state.inputs[filings[f].input].source for f in ordered]
    lazy = LazyExtractions(cache.folder, [filings[f].extraction_key for f in ordered], sources, known, cache.limits)
    return BuildResult(report, lazy, all_graphs, files, cache=cache, state=new_state)


def _emit_dirty(state: RebuildState, agreed: _Agreements, extractions: dict[str, Extraction], fresh_keys: dict[str, str],
                cache: ExtractionCache, FilingGraph) -> tuple[dict, dict[str, FilingState]]:
    """The graphs of the filings sliced again (from the graph cache or emitted), and the
    filings' states with theirs updated (spans still the last build's)."""
    res = Resolution(agreed.res.entities, dict(agreed.iris), agreed.res.licenses, agreed.res.collaborations, [])
    graphs, filings = {}, dict(state.filings)
    for fid in sorted(extractions):
        known, ext = state.filings[fid], extractions[fid]
        res.iri_of.update(iris_of(fid, known.iris))  # the mentions are the last build's (same digest)
        inputs = agreed.inputs.get(fid)
        view = res.slice_of(_SliceInput(ext.filing, ext.mentions, inputs.licenses if inputs else ext.licenses,
                                        inputs.collaborations if inputs else ext.collaborations),
                            agreed.licenses.get(fid, []), agreed.collaborations.get(fid, []))
        key = fresh_keys.get(fid, known.extraction_key)
        graphs[fid] = _graph_of(FilingGraph, fid, known.iri, ext, view, key, cache)
        filings[fid] = FilingState(fid, known.iri, known.mentions, known.iris, agreed.digests.get(fid), key, graphs[fid].fingerprint,
                                   known.nq, known.trig, graphs[fid].nquads.count("\n"), known.input)
    return graphs, filings


def _note_reused(cache: ExtractionCache, state: RebuildState, filings: dict[str, FilingState], entries, reads) -> None:
    """What the cache records for the manifest, as if every unchanged input had been unpickled."""
    for fid, known in filings.items():
        cache.graphs[fid] = known.fingerprint
    for i, (entry, known) in enumerate(zip(entries, state.inputs, strict=True)):
        if i not in reads:
            entry.filing_id, entry.status = known.filing_id, known.status


def _replaced(state: RebuildState, filings: dict[str, FilingState], entries, reads) -> tuple[set[str], set[str]]:
    """The cache entries this rebuild made unused: the changed inputs' old extractions, the
    changed graphs' old texts (unless another input or graph still uses them)."""
    keys = {state.inputs[i].key for i in reads} - {e.key for e in entries if e is not None} - {None}
    fingerprints = {f.fingerprint for f in state.filings.values()} - {f.fingerprint for f in filings.values()}
    return keys, fingerprints


def _load(folder: Path, key: str) -> Extraction | None:
    try:
        with (folder / f"{key}.pickle").open("rb") as handle:
            return pickle.load(handle)[0]
    except Exception:  # noqa: BLE001 - gone or damaged: the build goes the whole way
        return None


def _graph_of(FilingGraph, fid: str, iri: str, ext: Extraction, view, key: str, cache: ExtractionCache):
    """A changed slice's graph: from the graph cache when made before, else emitted."""
    from .emit import filing_nquads, trig_block

    fingerprint = graph_fingerprint(key, view.key())
    cached = cache.graph_get(fingerprint)
    if cached is not None:
        graph = FilingGraph(fid, iri, *cached, fingerprint, emitted=False)
    else:
        nq = filing_nquads(ext, view)
        graph = FilingGraph(fid, iri, nq, trig_block(nq), fingerprint)
        cache.graph_put(fingerprint, graph.nquads, graph.trig)
    return graph


class _OldFile:
    """The last graph.nq or graph.trig, read block by block (pread): it may be gigabytes, and a
    rebuild needs only the blocks it copies, each once."""

    def __init__(self, path: Path) -> None:
        self._fd = os.open(path, os.O_RDONLY)

    def read(self, span: tuple[int, int]) -> bytes:
        return os.pread(self._fd, span[1], span[0])

    def close(self) -> None:
        os.close(self._fd)


@contextmanager
def _opened(*paths: Path) -> Iterator[list[_OldFile]]:
    files = []
    try:
        for path in paths:
            files.append(_OldFile(path))
        yield files
    finally:
        for f in files:
            f.close()


def _splice(filings: dict[str, FilingState], texts: dict[str, tuple[str, str]], old_nq: _OldFile, old_trig: _OldFile,
            header: int, folder: Path) -> tuple[GraphFiles, dict[str, FilingState]]:
    """graph.nq and graph.trig, written to temp files in ``folder``, with the changed graphs'
    blocks replaced; the others' bytes are the last files' (the same graphs in the same order),
    and every block's new span."""
    from .pipeline import nq_block

    out = {}
    with Spool(folder) as spool:
        spool.add(b"", old_trig.read((0, header)))
        for fid, known in filings.items():
            if fid in texts:
                nq, trig = nq_block(texts[fid][0]), texts[fid][1].encode("utf-8")
            else:
                nq, trig = old_nq.read(known.nq), old_trig.read(known.trig)
            nq_span, trig_span = spool.add(nq, trig)
            out[fid] = FilingState(known.filing_id, known.iri, known.mentions, known.iris, known.agreements, known.extraction_key,
                                   known.fingerprint, nq_span, trig_span, known.quads, known.input)
        return spool.close(), out


def _report(state: RebuildState, reads, graphs, res: Resolution, filings: dict[str, FilingState], jobs: int):
    """The build report a build the whole way would write (the same counts, reports and flags)."""
    from .pipeline import BuildReport

    report = BuildReport(jobs=jobs)
    for i, known in enumerate(state.inputs):
        if i in reads:
            report.filings.append(reads[i][1])
            continue
        filing = known.report
        filing.cached, filing.emitted, filing.violations = True, None, None
        report.filings.append(filing)
    for fid, known in filings.items():
        report.filings[known.input].emitted = graphs[fid].emitted if fid in graphs else False
    report.quads = sum(f.quads for f in filings.values())
    report.triples = state.union.triples
    report.entities = dict(state.union.classes)
    report.licenses = dict(Counter(lic.status for lic in res.licenses))
    report.merges = state.merges
    return report


def _inputs(state: RebuildState, reads, entries) -> list[InputState]:
    out = []
    for i, known in enumerate(state.inputs):
        if i in reads:
            entry, (ext, report) = entries[i], reads[i]
            out.append(InputState(known.source, entry.key if entry else None, ext.filing.filing_id if ext is not None else None,
                                  report.status, report))
        else:
            out.append(known)
    return out
