"""Resolve stage: many filings' :class:`Extraction` -> one node per real-world thing.

Organizations are joined by CIK where a header states one, otherwise by normalized
name or alias; products, platforms and people by normalized name or alias. Two
organizations with different CIKs are never joined. Each cluster gets one IRI and
one preferred label. Licenses are then keyed by their resolved parties and asset,
so a later filing that ends a license closes the same License node an earlier
filing opened; rights returned by a successor close its predecessor's license.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from rdflib import URIRef

from .extract.context import key_for
from .extract.entities.product_names import DESCRIBED_MOLECULE
from .extract.names import has_legal_suffix, is_inn, slug
from .model import (
    Collaboration,
    EventType,
    Evidence,
    Extraction,
    Kind,
    License,
    LicenseEvent,
    PartialDate,
    Ref,
)
from .vocab import digest, iri

KIND_PATH = {Kind.ORG: "org", Kind.PERSON: "person", Kind.PRODUCT: "product", Kind.PLATFORM: "platform"}
Item = tuple[str, Ref]  # (filing id, ref within that filing)


@dataclass
class Entity:
    iri: URIRef
    kind: Kind
    label: str
    org_class: str = "Company"
    cik: str | None = None
    names: set[str] = field(default_factory=set)
    filings: set[str] = field(default_factory=set)
    defined_term: bool = False  # every mention is an agreement's defined term ("Licensed Products")


@dataclass
class ResolvedEvent:
    iri: URIRef
    type: EventType
    date: PartialDate | None
    filing_id: str
    evidence: Evidence


@dataclass
class ResolvedLicense:
    iri: URIRef
    licensor: URIRef
    licensee: URIRef
    asset: URIRef
    events: list[ResolvedEvent] = field(default_factory=list)
    stated: list[tuple[str, License]] = field(default_factory=list)  # (filing id, as stated there)
    filings: set[str] = field(default_factory=set)  # every filing that mentions it
    status: str = "Active"
    status_source: str | None = None
    effective: PartialDate | None = None
    effective_source: str | None = None
    terminated: PartialDate | None = None
    terminated_source: str | None = None


@dataclass
class ResolvedCollaboration:
    iri: URIRef
    parties: list[URIRef]
    filing_id: str
    collaboration: Collaboration


@dataclass
class Merge:
    """A report line: names from different filings found to be one entity."""

    iri: str
    label: str
    names: list[str]
    filings: list[str]
    reason: str


@dataclass
class Resolution:
    entities: dict[URIRef, Entity]
    iri_of: dict[Item, URIRef]
    licenses: list[ResolvedLicense]
    collaborations: list[ResolvedCollaboration]
    merges: list[Merge]
    mentions: dict[str, str] = field(default_factory=dict)  # filing id -> mention_digest, as clustering ordered them

    def ref_iri(self, filing_id: str, ref: Ref) -> URIRef | None:
        return self.iri_of.get((filing_id, ref))

    def slices(self, extractions: list[Extraction]) -> dict[str, FilingSlice]:
        """Each filing's slice of the resolution (see :class:`FilingSlice`), by filing id."""
        licenses, collaborations = self.by_filing()
        return {e.filing.filing_id: self.slice_of(e, licenses[e.filing.filing_id], collaborations[e.filing.filing_id]) for e in extractions}

    def by_filing(self) -> tuple[dict[str, list[ResolvedLicense]], dict[str, list[ResolvedCollaboration]]]:
        """The licenses each filing mentions and the collaborations it states, by filing id."""
        licenses: dict[str, list[ResolvedLicense]] = defaultdict(list)
        for lic in self.licenses:
            for fid in sorted(lic.filings):
                licenses[fid].append(lic)
        collaborations: dict[str, list[ResolvedCollaboration]] = defaultdict(list)
        for collab in self.collaborations:
            collaborations[collab.filing_id].append(collab)
        return licenses, collaborations

    def slice_of(self, ext: Extraction, licenses: list[ResolvedLicense], collaborations: list[ResolvedCollaboration]) -> FilingSlice:
        """One filing's slice. ``ext`` needs only its filing id, mentions, licenses and
        collaborations: the licenses and collaborations must be the objects resolve() saw."""
        fid = ext.filing.filing_id
        iris = {ref: self.iri_of[(fid, ref)] for ref in ext.mentions}
        license_slices, collab_slices = agreement_slices(fid, ext, licenses, collaborations)
        named = [*iris.values(), *(n for lic in license_slices for n in (lic.licensor, lic.licensee, lic.asset)),
                 *(p for c in collab_slices for p in c.parties)]
        entities = {node: entity_label(self.entities[node]) for node in named}
        return FilingSlice(fid, iris, entities, license_slices, collab_slices)


def agreement_slices(fid: str, ext, licenses: list[ResolvedLicense], collaborations: list[ResolvedCollaboration]
                     ) -> tuple[tuple[LicenseSlice, ...], tuple[CollaborationSlice, ...]]:
    """The licenses and collaborations as one filing's graph states them: the part of its slice
    that other filings can change without changing any entity (a later filing ending a license)."""
    stated_index = {id(lic): i for i, lic in enumerate(ext.licenses)}
    collab_index = {id(c): i for i, c in enumerate(ext.collaborations)}
    license_slices = tuple(
        LicenseSlice(
            lic.iri, lic.licensor, lic.licensee, lic.asset,
            status=lic.status if lic.status_source == fid else None,
            effective=lic.effective if lic.effective_source == fid else None,
            terminated=lic.terminated if lic.terminated_source == fid else None,
            stated=tuple(stated_index[id(stated)] for f, stated in lic.stated if f == fid),
            events=tuple(e for e in lic.events if e.filing_id == fid),
        )
        for lic in licenses
    )
    collab_slices = tuple(CollaborationSlice(c.iri, tuple(c.parties), collab_index[id(c.collaboration)]) for c in collaborations)
    return license_slices, collab_slices


# --------------------------------------------------------------------------- one filing's view


@dataclass(frozen=True)
class EntityLabel:
    """What a filing's graph says of an entity it names besides its IRI."""

    label: str
    org_class: str
    defined_term: bool = False


def entity_label(entity: Entity | EntityLabel) -> EntityLabel:
    return EntityLabel(entity.label, entity.org_class, entity.defined_term)


@dataclass(frozen=True)
class LicenseSlice:
    """A license as one filing's graph states it: status and dates only where that filing
    is their source; ``stated`` indexes the filing's own ``Extraction.licenses``."""

    iri: URIRef
    licensor: URIRef
    licensee: URIRef
    asset: URIRef
    status: str | None
    effective: PartialDate | None
    terminated: PartialDate | None
    stated: tuple[int, ...]
    events: tuple[ResolvedEvent, ...]


@dataclass(frozen=True)
class CollaborationSlice:
    iri: URIRef
    parties: tuple[URIRef, ...]
    index: int  # into the filing's own Extraction.collaborations


@dataclass(frozen=True)
class FilingSlice:
    """Everything the emit stage reads from the resolution for one filing, and nothing else.

    A filing's graph is a function of its extraction and this slice, so an incremental build
    re-emits only the filings whose extraction or slice changed (adding a filing that names
    the same company changes that company's ``Entity.filings`` but none of these fields).
    Its repr is deterministic (dicts in insertion order, no sets): :meth:`key` hashes it."""

    filing_id: str
    iris: dict[Ref, URIRef]
    entities: dict[URIRef, EntityLabel]
    licenses: tuple[LicenseSlice, ...]
    collaborations: tuple[CollaborationSlice, ...]

    def node(self, ref: Ref | None) -> URIRef | None:
        return self.iris.get(ref) if ref is not None else None

    def key(self) -> str:
        return hashlib.sha256(repr(self).encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------- clustering


class _UnionFind:
    """Disjoint sets of mentions; each set remembers the CIKs its members carry and the
    filings they come from."""

    def __init__(self) -> None:
        self.parent: dict[Item, Item] = {}
        self.ciks: dict[Item, set[str]] = {}
        self.filings: dict[Item, dict[str, Ref]] = {}  # legal entities in the set, by filing

    def find(self, x: Item) -> Item:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: Item, b: Item) -> bool:
        """Join the sets of a and b unless they carry different CIKs, or two legal entities that
        one filing names side by side ("Syndax Pharmaceuticals, Inc." and its subsidiary "Syndax
        Limited"; "Merck & Co., Inc." and "Merck KGaA"): a shared short name does not make them one."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        ca, cb = self.ciks.get(ra, set()), self.ciks.get(rb, set())
        if ca and cb and ca != cb:
            return False
        fa, fb = self.filings.get(ra, {}), self.filings.get(rb, {})
        if any(fa[fid] != ref for fid, ref in fb.items() if fid in fa):
            return False
        keep, gone = min(ra, rb), max(ra, rb)
        self.parent[gone] = keep
        self.ciks[keep] = ca | cb
        self.ciks.pop(gone, None)
        self.filings[keep] = fa | fb
        self.filings.pop(gone, None)
        return True


def mention_digest(ext: Extraction) -> str:
    """What clustering and naming read of a filing's mentions (refs, names, aliases, CIK, class).
    Equal digests for every filing: the same entities, IRIs, labels and merges."""
    # (a defined term marked only where there is one: the digests, and so the joining order, of other filings stay)
    rows = sorted((ref.kind.value, ref.key, m.name, tuple(sorted(m.aliases)), m.cik, m.org_class, *(["term"] if m.defined_term else []))
                  for ref, m in ext.mentions.items())
    return hashlib.sha256(repr(rows).encode("utf-8")).hexdigest()


def resolve(extractions: list[Extraction]) -> Resolution:
    extractions = sorted(extractions, key=lambda e: e.filing.filing_id)
    digests = {e.filing.filing_id: mention_digest(e) for e in extractions}
    rank = {fid: (d, fid) for fid, d in digests.items()}
    clusters = _cluster(extractions, rank)
    entities, iri_of, merges = _name_clusters(clusters, extractions, rank)
    resolution = Resolution(entities, iri_of, [], [], merges, digests)
    resolution.licenses, resolution.collaborations = _resolve_licenses(extractions, resolution)
    return resolution


def _cluster(extractions: list[Extraction], rank: dict[str, tuple[str, str]]) -> dict[Item, list[Item]]:
    """Joining is greedy: whether a union is refused depends on the sets formed before it. So
    filings are joined in the order of what they name (``rank``: mention digest first), not of
    their ids: a filing whose id changes with its text (one named by its content hash) keeps
    its place, and with it every cluster and IRI (builders.rebuild relies on this)."""
    uf = _UnionFind()
    by_key: dict[tuple, Item] = {}
    extractions = sorted(extractions, key=lambda e: rank[e.filing.filing_id])
    for ext in extractions:
        fid = ext.filing.filing_id
        for ref, mention in ext.mentions.items():
            item = (fid, ref)
            uf.find(item)
            if mention.cik:
                uf.ciks[item] = {mention.cik}
            if ref.kind is Kind.ORG and has_legal_suffix(mention.name):
                uf.filings[item] = {fid: ref}
    # CIKs and names first, short names after: where a union is refused ("Halvex plc" and its subsidiary "Halvex Group
    # Limited (HLX)" in one filing), the full name's join must not lose its place to a short name's
    for by_names in (True, False):
        for ext in extractions:
            fid = ext.filing.filing_id
            for ref, mention in sorted(ext.mentions.items()):
                item = (fid, ref)
                if by_names:
                    keys = [("cik", mention.cik)] if mention.cik else []
                    keys += [(ref.kind, key_for(ref.kind, mention.name))] if linkable(mention.name) else []
                else:
                    keys = [(ref.kind, key_for(ref.kind, n)) for n in sorted(mention.aliases) if linkable(n)]
                for key in keys:
                    if not key[1]:
                        continue
                    other = by_key.setdefault(key, item)
                    if other != item:
                        uf.union(other, item)
    clusters: dict[Item, list[Item]] = defaultdict(list)
    for item in list(uf.parent):
        clusters[uf.find(item)].append(item)
    return clusters


# How a filing refers to itself or a party by role: true inside that filing, meaningless across
# filings (every registrant is "the Company"), so never a reason to join two filings' entities.
_SELF_REFERENCES = {
    "company", "registrant", "corporation", "issuer", "partnership", "trust", "bank", "fund",
    "we", "us", "our", "parent", "buyer", "seller", "purchaser", "licensee", "licensor", "sponsor",
}


# ... and how an agreement names what it licenses when it names no product ("the Licensed Technology", "Issued
# Patents", "the Compound"): two filings' "Licensed Technology" are two things.
_DEFINED_TERM = re.compile(
    r"(?:(?:licensed|covered|subject|issued|optioned)\s+)?(?:patent\s+)?(?:compounds?|products?|programs?|candidates?|technology|improvements|"
    r"technologies|patent\s+rights|patent\s+applications?|patents?|applications?|know-?\s?how|inventions?|"
    r"intellectual\s+property(?:\s+rights)?|ip|(?:biological\s+)?materials?|subject\s+matter)"
)


# ... and a molecule a filing names only by what it binds ("its anti-glycan antibody"): two companies may have one each.
_DESCRIBED = re.compile(DESCRIBED_MOLECULE)


def linkable(name: str) -> bool:
    """Whether a name may join two filings' mentions: not a role ("the Company"), an agreement's defined term ("the
    Licensed Technology") or a molecule described, which mean something only inside their filing."""
    words = name.lower().split()
    if words[:1] == ["the"]:
        words = words[1:]
    if _DESCRIBED.fullmatch(name):
        return False
    return bool(words) and " ".join(words) not in _SELF_REFERENCES and not _DEFINED_TERM.fullmatch(" ".join(words))


def _name_clusters(clusters, extractions, rank: dict[str, tuple[str, str]]):
    mention_of = {(e.filing.filing_id, r): m for e in extractions for r, m in e.mentions.items()}
    entities: dict[URIRef, Entity] = {}
    iri_of: dict[Item, URIRef] = {}
    merges: list[Merge] = []
    # In joining order: of two clusters whose labels make one slug, the first keeps it bare.
    for items in sorted(clusters.values(), key=lambda its: min((rank[fid], ref) for fid, ref in its)):
        items = sorted(items)
        mentions = [mention_of[i] for i in items]
        kind = items[0][1].kind
        label = _preferred_label(kind, mentions)
        cik = next((m.cik for m in mentions if m.cik), None)
        local = f"cik-{cik}" if cik else slug(label)
        node = iri(KIND_PATH[kind], local)
        if node in entities:  # same slug, different CIK or kind collision: keep both distinct
            node = iri(KIND_PATH[kind], f"{local}-{digest(*sorted(n for m in mentions for n in (m.name, *m.aliases)), length=8)}")
        if node in entities:  # the same names, never joined: each filing's own "Licensed Technology"
            node = iri(KIND_PATH[kind], f"{local}-{digest(*sorted(n for m in mentions for n in (m.name, *m.aliases)), *sorted({f for f, _ in items}), length=8)}")
        names = {n for m in mentions for n in (m.name, *m.aliases)}
        org_class = "Organization" if any(m.org_class == "Organization" for m in mentions) else "Company"
        filings = {fid for fid, _ in items}
        defined_term = all(m.defined_term for m in mentions)
        entities[node] = Entity(node, kind, label, org_class, cik, names, filings, defined_term)
        for item in items:
            iri_of[item] = node
        if len(filings) > 1:
            reason = "same CIK" if cik and sum(1 for m in mentions if m.cik) > 1 else "same normalized name or alias"
            merges.append(Merge(str(node), label, sorted(names), sorted(filings), reason))
    return entities, iri_of, merges


def _preferred_label(kind: Kind, mentions) -> str:
    counts = Counter(m.name for m in mentions)

    def score(name: str) -> tuple:
        mixed = name != name.upper()
        if kind is Kind.ORG:
            return (mixed, has_legal_suffix(name), counts[name], -len(name), name)
        if kind is Kind.PRODUCT:
            return (" " in name or is_inn(name), counts[name], mixed, name)
        return (mixed, counts[name], len(name), name)

    return max(counts, key=score)


# --------------------------------------------------------------------------- licenses


def resolve_agreements(extractions, res: Resolution):
    """Licenses and collaborations of ``extractions`` given their entities (``res.iri_of``).
    Reads of each extraction only its filing id and dates, licenses, collaborations and
    succeededBy facts (builders.rebuild keeps just those for a rebuild)."""
    return _resolve_licenses(extractions, res)


def _resolve_licenses(extractions: list[Extraction], res: Resolution):
    by_key: dict[tuple[URIRef, URIRef, URIRef], ResolvedLicense] = {}
    pending: list[tuple[str, License, tuple]] = []
    successors = _successions(extractions, res)
    for ext in extractions:
        fid = ext.filing.filing_id
        for lic in ext.licenses:
            key = tuple(res.ref_iri(fid, r) for r in lic.key)
            if None in key:
                continue
            has_grant = any(e.type in (EventType.GRANT, EventType.OPTION_EXERCISE) for e in lic.events)
            if has_grant or key in by_key:
                _add_license(by_key, key, fid, lic)
            else:
                pending.append((fid, lic, key))
    for fid, lic, key in pending:
        _add_license(by_key, _predecessor_key(key, by_key, successors) or key, fid, lic)
    collaborations = _resolve_collaborations(extractions, res, by_key)
    dates = {e.filing.filing_id: _filing_date(e) for e in extractions}
    for resolved in by_key.values():
        _settle(resolved, dates)
    return sorted(by_key.values(), key=lambda r: str(r.iri)), collaborations


def _successions(extractions, res) -> dict[URIRef, set[URIRef]]:
    """successor IRI -> its predecessors (transitively)."""
    direct: dict[URIRef, set[URIRef]] = defaultdict(set)
    for ext in extractions:
        fid = ext.filing.filing_id
        for f in ext.facts:
            if f.prop == "succeededBy" and isinstance(f.value, Ref):
                a, b = res.ref_iri(fid, f.subject), res.ref_iri(fid, f.value)
                if a and b:
                    direct[b].add(a)
    closed: dict[URIRef, set[URIRef]] = {}
    for node in direct:
        seen, stack = set(), [node]
        while stack:
            for p in direct.get(stack.pop(), ()):
                if p not in seen:
                    seen.add(p)
                    stack.append(p)
        closed[node] = seen
    return closed


def _predecessor_key(key, by_key, successors):
    """The license a successor's ending refers to: granted by or to its predecessor."""
    licensor, licensee, asset = key
    for lr in [licensor, *sorted(successors.get(licensor, ()))]:
        for le in [licensee, *sorted(successors.get(licensee, ()))]:
            if (lr, le, asset) in by_key:
                return (lr, le, asset)
    return None


def _add_license(by_key, key, fid: str, lic: License) -> None:
    resolved = by_key.get(key)
    if resolved is None:
        resolved = ResolvedLicense(iri("license", digest(*key)), *key)
        by_key[key] = resolved
    resolved.stated.append((fid, lic))
    resolved.filings.add(fid)
    for event in lic.events:
        _add_event(resolved, fid, event)


def _add_event(resolved: ResolvedLicense, fid: str, event: LicenseEvent) -> None:
    anchor = str(event.date) if event.date else fid
    node = iri("event", digest(resolved.iri, event.type.value, anchor))
    resolved.events.append(ResolvedEvent(node, event.type, event.date, fid, event.evidence))


def _resolve_collaborations(extractions, res, by_key):
    out = []
    for ext in extractions:
        fid = ext.filing.filing_id
        for collab in ext.collaborations:
            parties = [res.ref_iri(fid, p) for p in collab.parties]
            if None in parties:
                continue
            ended = collab.status != "Active"
            match = [r for (a, b, _), r in by_key.items() if {a, b} == set(parties)]
            if ended and len(match) == 1:
                event_type = EventType.TERMINATION
                _add_event(match[0], fid, LicenseEvent(event_type, collab.terminated, collab.evidence[0]))
                match[0].filings.add(fid)
                continue
            if not ended and match:
                continue  # an undirected mention of a license we already know
            node = iri("agreement", digest(*sorted(str(p) for p in parties), collab.kind, fid))
            out.append(ResolvedCollaboration(node, sorted(set(parties), key=str), fid, collab))
    return sorted(out, key=lambda c: str(c.iri))


def _filing_date(ext: Extraction) -> tuple[int, int, int]:
    date = ext.cover.report_date or ext.filing.filed or ext.filing.period
    return date.sort_key() if date else (0, 0, 0)


def _exact(first: ResolvedEvent, resolved: ResolvedLicense) -> tuple[PartialDate, str]:
    """The first start, as exactly as any filing states it ("In August 2020" and "On August 7, 2020")."""
    candidates = [(first.date, first.filing_id)]
    candidates += [(e.date, e.filing_id) for e in resolved.events if e.date and e.type in (EventType.GRANT, EventType.OPTION_EXERCISE)]
    candidates += [(lic.effective, fid) for fid, lic in resolved.stated if lic.effective]
    fitting = [(d, fid) for d, fid in candidates if d.refines(first.date)]
    return max(fitting, key=lambda c: c[0].precision)  # the first of the most exact, in event order


def _settle(resolved: ResolvedLicense, filing_dates: dict[str, tuple[int, int, int]]) -> None:
    """One status and one pair of dates per license, each attributed to the filing stating it."""

    def when(e: ResolvedEvent):
        return (e.date.sort_key() if e.date else filing_dates.get(e.filing_id, (9999, 12, 31)), e.filing_id)

    resolved.events.sort(key=lambda e: (when(e), e.type.value, str(e.iri)))
    starts = [e for e in resolved.events if e.type in (EventType.GRANT, EventType.OPTION_EXERCISE) and e.date]
    ends = [e for e in resolved.events if e.type in (EventType.TERMINATION, EventType.RIGHTS_RETURNED)]
    if starts:
        resolved.effective, resolved.effective_source = _exact(starts[0], resolved)
    else:
        # No dated grant, but a filing's exhibit index dates the agreement.
        dated = sorted((lic.effective.sort_key(), fid, lic.effective) for fid, lic in resolved.stated if lic.effective)
        if dated:
            resolved.effective, resolved.effective_source = dated[0][2], dated[0][1]
    expired = sorted((filing_dates.get(fid), fid) for fid, lic in resolved.stated if lic.status == "Expired")
    if ends:
        last = ends[-1]
        resolved.status, resolved.status_source = "Terminated", last.filing_id
        dated = [e for e in ends if e.date]
        if dated:
            resolved.terminated, resolved.terminated_source = dated[-1].date, dated[-1].filing_id
    elif expired:
        resolved.status, resolved.status_source = "Expired", expired[-1][1]
    else:
        latest = max(resolved.filings, key=lambda fid: (filing_dates.get(fid, (0, 0, 0)), fid))
        resolved.status, resolved.status_source = "Active", latest
