"""Extraction evaluation against gold annotations (format and rules: ``spec/GOLD.md``).

Names match after normalization (case, punctuation and legal suffixes dropped); a
graph node matches a gold entry when any of its labels matches the gold name or
any alias. Licenses match on licensor, licensee and asset; status and dates are
scored on matched licenses. ``must-find`` gold files count towards recall only.
Micro-averages: precision over ``complete`` files, recall over all files.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from .errors import GoldError
from .extract.names import normalize_name
from .pipeline import build_graph
from .store import load_dataset
from .vocab import FKG

# A missed license's nearest graph license: all parts right but one, or the two
# parties swapped. With none that near, what the graph lacks: the asset as a
# product or platform, a party as an organization, or only the license itself.
MISS_CAUSES = ("licensor", "licensee", "asset", "reversed", "no_asset", "no_party", "unread")
MISS_CAUSE_TEXT = {"licensor": "wrong licensor", "licensee": "wrong licensee", "asset": "wrong asset",
                   "reversed": "parties reversed", "no_asset": "asset not in the graph",
                   "no_party": "a party not in the graph", "unread": "all three in the graph, no license"}
KINDS = ["organizations", "people", "products", "platforms", "licenses", "successions"]
GOLD_KEY = {"organizations": "companies", "people": "people", "products": "product_candidates", "platforms": "platforms"}
CLASS_OF = {"organizations": FKG.Organization, "people": FKG.Person, "products": FKG.ProductCandidate, "platforms": FKG.TechnologyPlatform}


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    precision_counted: bool = True

    @property
    def precision(self) -> float | None:
        if not self.precision_counted:
            return None
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if self.fn == 0 else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class DocumentResult:
    gold: str
    document: str
    scope: str
    scores: dict[str, Score] = field(default_factory=dict)
    status_correct: int = 0
    status_total: int = 0
    date_correct: int = 0
    date_total: int = 0
    misses: dict[str, list[str]] = field(default_factory=dict)
    extras: dict[str, list[str]] = field(default_factory=dict)
    # Why each missed license was missed (MISS_CAUSES).
    license_miss_causes: dict[str, int] = field(default_factory=dict)


@dataclass
class EvalReport:
    documents: list[DocumentResult]
    skipped: list[str]
    # Gold documents whose filing could not be read: scored as an empty graph (every fact
    # missed), and named here so a bug or a bad file is not mistaken for poor extraction.
    unreadable: list[str] = field(default_factory=list)

    def micro(self) -> dict[str, Score]:
        total = {k: Score() for k in KINDS}
        for doc in self.documents:
            for kind, s in doc.scores.items():
                t = total[kind]
                t.tp += s.tp
                t.fn += s.fn
                if doc.scope == "complete":
                    t.fp += s.fp
        return total

    def micro_precision(self, kind: str) -> float | None:
        """Precision over the complete files only (must-find files list a sample)."""
        complete = [d.scores[kind] for d in self.documents if d.scope == "complete"]
        if not complete:
            return None
        tp, fp = sum(s.tp for s in complete), sum(s.fp for s in complete)
        return tp / (tp + fp) if tp + fp else 1.0

    def summary(self) -> dict:
        micro = self.micro()
        out = {}
        for kind in KINDS:
            p, r = self.micro_precision(kind), micro[kind].recall
            f1 = (2 * p * r / (p + r) if p is not None and p + r else (0.0 if p is not None else None))
            out[kind] = {"precision": p, "recall": r, "f1": f1, "tp": micro[kind].tp, "fp": micro[kind].fp, "fn": micro[kind].fn}
        st = sum(d.status_total for d in self.documents)
        dt_ = sum(d.date_total for d in self.documents)
        out["license_status_accuracy"] = sum(d.status_correct for d in self.documents) / st if st else None
        out["license_date_accuracy"] = sum(d.date_correct for d in self.documents) / dt_ if dt_ else None
        out["license_miss_causes"] = self.license_miss_causes()
        return out

    def license_miss_causes(self) -> dict[str, int]:
        total = dict.fromkeys(MISS_CAUSES, 0)
        for doc in self.documents:
            for cause, n in doc.license_miss_causes.items():
                total[cause] += n
        return total

    def to_json(self) -> str:
        docs = []
        for d in self.documents:
            item = asdict(d)
            item["scores"] = {k: {"tp": s.tp, "fp": s.fp, "fn": s.fn, "precision": s.precision, "recall": s.recall, "f1": s.f1} for k, s in d.scores.items()}
            docs.append(item)
        out = {"micro": self.summary(), "documents": docs, "skipped": self.skipped, "unreadable": self.unreadable}
        return json.dumps(out, indent=2, ensure_ascii=False) + "\n"

    def table(self) -> str:
        lines = ["kind           precision  recall     F1     tp   fp   fn"]
        summary = self.summary()
        for kind in KINDS:
            s = summary[kind]
            lines.append(f"{kind:<14} {_pct(s['precision']):>9} {_pct(s['recall']):>7} {_pct(s['f1']):>6} {s['tp']:>6} {s['fp']:>4} {s['fn']:>4}")
        lines.append(f"license status accuracy: {_pct(summary['license_status_accuracy'])}   license date accuracy: {_pct(summary['license_date_accuracy'])}")
        causes = summary["license_miss_causes"]
        if any(causes.values()):
            lines.append("licenses missed because: " + ", ".join(f"{MISS_CAUSE_TEXT[c]} {n}" for c, n in causes.items() if n))
        lines.append("")
        lines.append("per document (F1, or recall for must-find):")
        for d in self.documents:
            cells = []
            for kind in KINDS:
                s = d.scores[kind]
                value = s.f1 if d.scope == "complete" else s.recall
                cells.append(f"{kind[:5]} {_pct(value)}")
            lines.append(f"  {Path(d.gold).name:<48} {d.scope:<9} " + "  ".join(cells))
        if self.skipped:
            lines.append(f"skipped (document not in the graph or inputs): {', '.join(self.skipped)}")
        for problem in self.unreadable:
            lines.append(f"could not be read, scored as empty: {problem}")
        return "\n".join(lines) + "\n"


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


# --------------------------------------------------------------------------- loading


def load_gold(folder: str | Path) -> list[tuple[Path, dict]]:
    paths = sorted(Path(folder).rglob("*.json")) if Path(folder).is_dir() else [Path(folder)]
    out = []
    for path in paths:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError) as exc:
            raise GoldError(f"{path}: not a readable gold JSON file ({exc})") from exc
        if not isinstance(data, dict) or "document" not in data:
            raise GoldError(f"{path}: a gold file needs a \"document\" field (see spec/GOLD.md)")
        out.append((path, data))
    return out


def evaluate(gold_dir: str | Path, target: str | Path | Iterable[str | Path]) -> EvalReport:
    """Score a build folder (its graph.nq) or input files/folders (each gold document built alone)."""
    gold = load_gold(gold_dir)
    targets = [Path(t) for t in ([target] if isinstance(target, str | Path) else target)]
    if len(targets) == 1 and (targets[0] / "graph.nq").exists():
        return _evaluate_build(gold, load_dataset(targets[0]))
    return _evaluate_inputs(gold, targets)


def _evaluate_build(gold, ds: Dataset) -> EvalReport:
    by_source = {str(ds.value(f, FKG.sourceFile)): f for f in ds.subjects(RDF.type, FKG.Filing)}
    report = EvalReport([], [])
    for path, data in gold:
        filing = by_source.get(Path(data["document"]).name)
        if filing is None:
            report.skipped.append(path.name)
            continue
        report.documents.append(score_document(path, data, ds.graph(filing), ds))
    return report


def _evaluate_inputs(gold, targets: list[Path]) -> EvalReport:
    from .pipeline import discover_inputs

    files = {p.name: p for p in discover_inputs(targets)}
    report = EvalReport([], [])
    for path, data in gold:
        source = files.get(Path(data["document"]).name)
        if source is None:
            report.skipped.append(path.name)
            continue
        result = build_graph([source], validate=False)
        report.unreadable += [f"{path.name}: {Path(f.source).name}: {f.error}" for f in result.report.filings if f.status == "error"]
        graphs = [g for g in result.dataset.graphs() if len(g)]
        graph = graphs[0] if graphs else Graph()
        report.documents.append(score_document(path, data, graph, result.dataset))
    return report


# --------------------------------------------------------------------------- scoring


def _names(g: Graph, node) -> set[str]:
    names = {normalize_name(str(x)) for p in (RDFS.label, SKOS.altLabel) for x in g.objects(node, p)}
    return {n for n in names if n}


def _gold_names(entry: dict) -> set[str]:
    raw = [entry.get("name") or ""] + list(entry.get("aliases") or [])
    return {normalize_name(n) for n in raw if n} - {""}


def _entity_names(data: dict, name: str | None) -> set[str]:
    """A license's or succession's party or asset, by every name its gold entry gives it: the
    spec matches entities "by name or any alias", and a license names each by its entry's name."""
    wanted = normalize_name(name or "")
    for key in GOLD_KEY.values():
        for entry in data.get(key) or []:
            names = _gold_names(entry)
            if wanted in names:
                return names
    return {wanted} - {""}


def _match(gold_entries: list[set[str]], predicted: dict[URIRef, set[str]], optional: set[str] = frozenset()):
    """Greedy one-to-one matching; returns (tp, fp, fn, missed gold indexes, extra nodes)."""
    unmatched = dict(predicted)
    missed = []
    tp = 0
    for i, names in enumerate(gold_entries):
        hit = next((n for n, pnames in sorted(unmatched.items()) if pnames & names), None)
        if hit is None:
            missed.append(i)
        else:
            tp += 1
            del unmatched[hit]
    extras = [n for n, pnames in unmatched.items() if not (pnames & optional)]
    return tp, len(extras), len(missed), missed, extras


def score_document(path: Path, data: dict, g: Graph, context: Graph | Dataset) -> DocumentResult:
    scope = data.get("scope", "complete")
    result = DocumentResult(gold=str(path), document=data["document"], scope=scope)
    names_of: dict[str, set[str]] = {}  # every name of each kind's nodes, for why a license was missed
    for kind in ("organizations", "people", "products", "platforms"):
        entries = data.get(GOLD_KEY[kind]) or []
        gold_names = [_gold_names(e) for e in entries]
        predicted = {n: _names(g, n) for n in set(g.subjects(RDF.type, CLASS_OF[kind]))}
        names_of[kind] = set().union(*predicted.values())
        optional = {normalize_name(o) for o in data.get("optional_organizations") or []} if kind == "organizations" else set()
        tp, fp, fn, missed, extras = _match(gold_names, predicted, optional)
        result.scores[kind] = Score(tp, fp, fn, scope == "complete")
        result.misses[kind] = [entries[i].get("name", "") for i in missed]
        result.extras[kind] = sorted(str(g.value(n, RDFS.label)) for n in extras)
    _score_licenses(result, data, g, context, (names_of["organizations"], names_of["products"] | names_of["platforms"]))
    _score_successions(result, data, g)
    return result


def _score_licenses(result: DocumentResult, data: dict, g: Graph, context, known: tuple[set[str], set[str]]) -> None:
    gold = data.get("licenses") or []
    predicted = {}
    for lic in set(g.subjects(RDF.type, FKG.License)):
        parts = [g.value(lic, p) for p in (FKG.licensor, FKG.licensee, FKG.licensedAsset)]
        if None in parts:
            continue
        predicted[lic] = tuple(_names(g, p) or _names(context, p) for p in parts)
    unmatched = dict(predicted)
    tp, missed = 0, []
    for entry in gold:
        want = tuple(_entity_names(data, entry.get(k)) for k in ("licensor", "licensee", "asset"))
        hit = next((lic for lic, have in sorted(unmatched.items()) if all(w & h for w, h in zip(want, have, strict=True))), None)
        if hit is None:
            cause = _miss_cause(want, predicted.values(), known)
            result.license_miss_causes[cause] = result.license_miss_causes.get(cause, 0) + 1
            missed.append(f"{entry.get('licensor')} -> {entry.get('licensee')}: {entry.get('asset')} ({MISS_CAUSE_TEXT[cause]})")
            continue
        tp += 1
        del unmatched[hit]
        _score_license_details(result, entry, hit, g, context)
    result.scores["licenses"] = Score(tp, len(unmatched), len(missed), result.scope == "complete")
    result.misses["licenses"] = missed
    result.extras["licenses"] = sorted(str(g.value(n, RDFS.label)) for n in unmatched)


def _miss_cause(want: tuple[set[str], ...], predicted: Iterable[tuple[set[str], ...]], known: tuple[set[str], set[str]]) -> str:
    """The nearest miss among the document's graph licenses, matched or not; else what the graph lacks."""
    haves = list(predicted)
    for have in haves:
        if want[2] & have[2] and want[0] & have[1] and want[1] & have[0]:
            return "reversed"
    for have in haves:
        wrong = [part for part, w, h in zip(MISS_CAUSES, want, have, strict=False) if not w & h]
        if len(wrong) == 1:
            return wrong[0]
    orgs, assets = known
    if not want[2] & assets:
        return "no_asset"
    return "unread" if want[0] & orgs and want[1] & orgs else "no_party"


def _score_license_details(result: DocumentResult, entry: dict, lic, g: Graph, context) -> None:
    if entry.get("status"):
        status = g.value(lic, FKG.status) or context.value(lic, FKG.status)
        result.status_total += 1
        result.status_correct += int(status is not None and str(status).endswith("#" + entry["status"]))
    for key, prop in (("effective", FKG.effectiveDate), ("terminated", FKG.terminationDate)):
        if entry.get(key):
            value = g.value(lic, prop) or context.value(lic, prop)
            result.date_total += 1
            result.date_correct += int(value is not None and str(value) == str(entry[key]))
            if value is None or str(value) != str(entry[key]):
                result.misses.setdefault("license_dates", []).append(
                    f"{entry.get('licensor')} -> {entry.get('licensee')}: {entry.get('asset')}: {key} {entry[key]}, graph {value}")


def _score_successions(result: DocumentResult, data: dict, g: Graph) -> None:
    gold = data.get("successions") or []
    predicted = {(a, b): (_names(g, a), _names(g, b)) for a, b in g.subject_objects(FKG.succeededBy)}
    unmatched = dict(predicted)
    tp, missed = 0, []
    for entry in gold:
        want = (_entity_names(data, entry.get("from")), _entity_names(data, entry.get("to")))
        hit = next((k for k, (a, b) in sorted(unmatched.items()) if want[0] & a and want[1] & b), None)
        if hit is None:
            missed.append(f"{entry.get('from')} -> {entry.get('to')}")
        else:
            tp += 1
            del unmatched[hit]
    result.scores["successions"] = Score(tp, len(unmatched), len(missed), result.scope == "complete")
    result.misses["successions"] = missed
