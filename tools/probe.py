"""Score the extractor on probes: real passages from filings and releases nobody tuned to.

A probe is a JSON list of passages (``data/probes/*.json``), each copied verbatim from a
public filing or press release with what an analyst reads in it (``spec/GOLD.md``'s kinds):

    {"id": "a01", "source": "<where it was found>", "company": "<filer>", "genre": "8-K",
     "year": 2014, "text": "<verbatim passage>",
     "licenses": [{"licensor": "...", "licensee": "...", "asset": "...", "status": "Active"}],
     "products": [...], "platforms": [{"name": "...", "owner": "..."}],
     "organizations": [...], "people": [{"name": "...", "title": "..."}]}

Each passage is read as a one-document 8-K whose registrant is ``company`` (what "we" and
"the Company" mean). Names match as the eval matches them (normalized; an asset also when one
name contains the other, "TAP technology" and "TAP"). Prints found / missed / not in the probe
per kind, and with -v every miss:

    .venv/bin/python tools/probe.py data/probes/licenses-8k.json -v
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from builders.evaluate import MISS_CAUSE_TEXT, MISS_CAUSES  # noqa: E402
from builders.extract import extract  # noqa: E402
from builders.extract.names import normalize_name  # noqa: E402
from builders.model import Kind  # noqa: E402
from builders.parse import parse_path  # noqa: E402

KINDS = {"products": Kind.PRODUCT, "platforms": Kind.PLATFORM, "organizations": Kind.ORG, "people": Kind.PERSON}


@dataclass
class Tally:
    found: int = 0
    missed: int = 0
    extra: int = 0
    notes: list[str] = field(default_factory=list)
    causes: dict[str, int] = field(default_factory=dict)  # why each license was missed (evaluate.MISS_CAUSES)


def read_passage(case: dict, folder: Path):
    path = folder / f"{case['id']}.txt"
    company = case.get("company") or "Probe Filer, Inc."
    path.write_text(f"FORM 8-K\n\n{company}\n(Exact name of registrant as specified in its charter)\n\n{case['text']}\n", encoding="utf-8")
    return extract(parse_path(path))


def _names(mention) -> set[str]:
    return {normalize_name(n) for n in (mention.name, *mention.aliases)} - {""}


def _same(gold: str, names: set[str], loose: bool = False) -> bool:
    g = normalize_name(gold)
    return g in names or (loose and any(g in n or n in g for n in names if len(n) > 2))


def score_licenses(case: dict, ext, tally: Tally) -> None:
    predicted = [(_names(ext.mentions[lic.licensor]), _names(ext.mentions[lic.licensee]), _names(ext.mentions[lic.asset]), lic)
                 for lic in ext.licenses]
    left = list(predicted)
    for gold in case.get("licenses") or []:
        hit = next((p for p in left if _same(gold["licensor"], p[0]) and _same(gold["licensee"], p[1]) and _same(gold["asset"], p[2], True)), None)
        if hit is None:
            tally.missed += 1
            cause = miss_cause(gold, left, ext)
            tally.causes[cause] = tally.causes.get(cause, 0) + 1
            tally.notes.append(f"{case['id']} MISSED ({MISS_CAUSE_TEXT[cause]}): {gold['licensor']} -> {gold['licensee']}: {gold['asset']}")
        else:
            tally.found += 1
            left.remove(hit)
    for _, _, _, lic in left:
        tally.extra += 1
        n = lambda ref: ext.mentions[ref].name  # noqa: E731
        tally.notes.append(f"{case['id']} EXTRA: {n(lic.licensor)} -> {n(lic.licensee)}: {n(lic.asset)}")


def miss_cause(gold: dict, predicted: list[tuple], ext) -> str:
    """As the eval explains a miss (``builders.evaluate``): the nearest extracted license that no other gold license
    matched, else what the passage's extraction lacks. Reading the causes' totals of a held-out probe tells where
    it fails without reading it."""
    want = (gold["licensor"], gold["licensee"], gold["asset"])
    if any(_same(want[0], p[1]) and _same(want[1], p[0]) and _same(want[2], p[2], True) for p in predicted):
        return "reversed"
    for p in predicted:
        wrong = [part for part, w, have in zip(MISS_CAUSES, want, p, strict=False) if not _same(w, have, part == "asset")]
        if len(wrong) == 1:
            return wrong[0]
    names = {kind: set().union(*(_names(m) for r, m in ext.mentions.items() if r.kind in kinds))
             for kind, kinds in (("orgs", {Kind.ORG}), ("assets", {Kind.PRODUCT, Kind.PLATFORM}))}
    if not _same(want[2], names["assets"], True):
        return "no_asset"
    return "unread" if _same(want[0], names["orgs"]) and _same(want[1], names["orgs"]) else "no_party"


def _gold_entries(case: dict, kind: str) -> list[list[str]]:
    """Each entity the case names, by all its names: ``product_aliases`` groups a product's names."""
    names = [g if isinstance(g, str) else g.get("name", "") for g in case.get(kind) or []]
    if kind == "organizations":  # the registrant the probe made up is no finding
        names = [g for g in names if normalize_name(g) != normalize_name(case.get("company") or "")]
    entries: list[list[str]] = []
    groups = case.get("product_aliases") or [] if kind == "products" else []
    for name in names:
        group = next((g for g in groups if name in g), [name])
        if not any(name in e for e in entries):
            entries.append(list(group))
    return entries


def score_entities(case: dict, ext, kind: str, tally: Tally) -> None:
    # (an agreement's defined term, "Licensed Products", is a license's asset but no named product: the graph types it apart)
    mentions = [m for ref, m in ext.mentions.items() if ref.kind is KINDS[kind] and not m.defined_term]
    registrant = []
    if kind == "organizations":
        registrant = [m for m in mentions if normalize_name(m.name) == normalize_name(case.get("company") or "")]
        mentions = [m for m in mentions if m not in registrant]
    left = list(mentions)
    for entry in _gold_entries(case, kind):
        hit = next((m for m in left if any(_same(name, _names(m)) for name in entry)), None)
        if hit is None and any(_same(name, _names(m)) for m in registrant for name in entry):
            continue  # the registrant by its short name ("Zorbix" of "Zorbix AB"): the probe wrote it on the cover
        if hit is None:
            tally.missed += 1
            tally.notes.append(f"{case['id']} {kind} MISSED: {' = '.join(entry)}")
        else:
            tally.found += 1
            left.remove(hit)
    for m in left:
        tally.extra += 1
        tally.notes.append(f"{case['id']} {kind} EXTRA: {m.name}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("probes", nargs="+", type=Path, help="probe JSON files")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every miss and extra")
    args = parser.parse_args(argv)
    tallies: dict[str, Tally] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for probe in args.probes:
            for case in json.loads(probe.read_text(encoding="utf-8")):
                ext = read_passage(case, Path(tmp))
                if "licenses" in case:
                    score_licenses(case, ext, tallies.setdefault("licenses", Tally()))
                for kind in KINDS:
                    if kind in case:
                        score_entities(case, ext, kind, tallies.setdefault(kind, Tally()))
    for kind, t in tallies.items():
        print(f"{kind:14} found {t.found:4}  missed {t.missed:4}  not in the probe {t.extra:4}")
        if t.causes:
            print(" " * 15 + "missed because: " + ", ".join(f"{MISS_CAUSE_TEXT[c]} {n}" for c, n in sorted(t.causes.items())))
        for note in t.notes if args.verbose else ():
            print(f"    {note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
