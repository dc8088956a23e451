"""The plain typed objects that flow between the stages.

parse  -> :class:`Filing` (header fields + :class:`Document` texts)
extract-> :class:`Extraction` (mentions of entities, facts, licenses, each with :class:`Evidence`)
resolve-> :class:`ResolvedGraph` (one :class:`Entity` per real-world thing, IRIs assigned)
emit   -> RDF quads

Nothing here does work beyond small conveniences; the stages own the logic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

# --------------------------------------------------------------------------- dates


@dataclass(frozen=True, order=True, slots=True)
class PartialDate:
    """A date as precise as the text states it: a year, a month or a day."""

    year: int
    month: int | None = None
    day: int | None = None

    def __str__(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @property
    def xsd_type(self) -> str:
        """The XML Schema datatype local name that holds exactly this precision."""
        if self.month is None:
            return "gYear"
        if self.day is None:
            return "gYearMonth"
        return "date"

    @classmethod
    def parse(cls, text: str | None) -> PartialDate | None:
        """Read ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (the gold/ontology notation)."""
        if not text:
            return None
        m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text.strip())
        if not m:
            return None
        y, mo, d = (int(g) if g else None for g in m.groups())
        return cls(y, mo, d)

    def sort_key(self) -> tuple[int, int, int]:
        """Earliest day the date could mean; used to order events."""
        return (self.year, self.month or 1, self.day or 1)

    def refines(self, coarse: PartialDate) -> bool:
        """'2020-08-07' refines '2020-08' and '2020' (and itself): the same date, said as or more exactly."""
        return self.year == coarse.year and coarse.month in (None, self.month) and coarse.day in (None, self.day)

    @property
    def precision(self) -> int:
        return 1 + (self.month is not None) + (self.day is not None)


# --------------------------------------------------------------------------- parse output


@dataclass(slots=True)
class Document:
    """One document of a filing with its extracted text; evidence offsets point into ``text``."""

    sequence: int
    doc_type: str  # "8-K", "EX-99.1", ... or the form type for single-document inputs
    text: str
    filename: str | None = None
    description: str | None = None
    source_format: str = "text"  # text | html | markdown
    # Set by drop_text(): the length of the text once it is no longer held. Emit and reports
    # need only the length, so a build keeps extractions of thousands of filings without
    # holding every document's text (see builders.parallel).
    dropped_length: int | None = None

    @property
    def length(self) -> int:
        return len(self.text) if self.dropped_length is None else self.dropped_length

    def drop_text(self) -> None:
        if self.dropped_length is None:
            self.dropped_length = len(self.text)
            self.text = ""


@dataclass(slots=True)
class FilerInfo:
    """A filer block of the SEC header (or the cover page when there is no header)."""

    name: str
    cik: str | None = None
    sic: str | None = None
    ein: str | None = None
    state_of_incorporation: str | None = None
    file_number: str | None = None
    business_address: str | None = None
    phone: str | None = None
    former_names: list[tuple[str, PartialDate | None]] = field(default_factory=list)


@dataclass(slots=True)
class Filing:
    """One input file: a full EDGAR submission, an HTML filing or a text rendering."""

    source: str  # the path as the user gave it (display only; never part of an IRI)
    sha256: str
    documents: list[Document]
    accession: str | None = None
    form_type: str | None = None
    filed: PartialDate | None = None
    period: PartialDate | None = None
    header_items: list[str] = field(default_factory=list)
    filers: list[FilerInfo] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def filing_id(self) -> str:
        """Accession number, or a content hash when the input carries none."""
        return self.accession or f"sha256-{self.sha256[:16]}"

    @property
    def text_chars(self) -> int:
        return sum(d.length for d in self.documents)


# --------------------------------------------------------------------------- extract output


@dataclass(frozen=True, order=True, slots=True)
class Evidence:
    """An exact span of a document's extracted text that a fact was read from."""

    doc: int  # Document.sequence
    start: int
    end: int
    quote: str


class Kind(StrEnum):
    ORG = "org"
    PERSON = "person"
    PRODUCT = "product"
    PLATFORM = "platform"


@dataclass(slots=True)
class Mention:
    """An entity as one filing names it. ``key`` is unique per kind within the filing."""

    kind: Kind
    key: str
    name: str  # the preferred name in this filing
    aliases: set[str] = field(default_factory=set)
    evidence: list[Evidence] = field(default_factory=list)
    # Organization details (from header or cover page)
    org_class: str = "Company"  # Company | Organization
    cik: str | None = None
    ein: str | None = None
    file_number: str | None = None
    ticker: str | None = None
    exchange: str | None = None
    state: str | None = None
    address: str | None = None
    phone: str | None = None
    is_registrant: bool = False
    quoted: bool = False  # a person the text names as one with no role: quoted ('"...," said John Smith'), a byline, a photo credit
    party: bool = False  # an organization named as a party ("an agreement with X"): a company even if said once
    described: bool = False  # one the text says is a company ("pharma giant X", "X (NASDAQ: XX)"): likewise
    # a product or platform an agreement names only by its defined term ("Licensed Products", "the Licensed
    # Technology"): what a license is of, but no named drug or technology
    defined_term: bool = False

    @property
    def ref(self) -> Ref:
        return Ref(self.kind, self.key)


@dataclass(frozen=True, order=True, slots=True)
class Ref:
    """A pointer to a :class:`Mention` of the same filing."""

    kind: Kind
    key: str


@dataclass(frozen=True, slots=True)
class Fact:
    """One stated relation ``subject --prop--> value`` with the sentence it came from.

    ``value`` is a :class:`Ref` for relations between entities, a :class:`PartialDate`
    or a plain string for literals (phase names are ``fkg`` concept local names).
    """

    subject: Ref
    prop: str  # local name in the fkg namespace: developer, usesPlatform, owner, ...
    value: Ref | str | PartialDate
    evidence: Evidence


@dataclass(slots=True)
class Role:
    person: Ref
    organization: Ref | None
    title: str | None
    evidence: Evidence


class EventType(StrEnum):
    GRANT = "Grant"
    AMENDMENT = "Amendment"
    RENEWAL = "Renewal"
    OPTION_EXERCISE = "OptionExercise"
    TERMINATION = "Termination"
    RIGHTS_RETURNED = "RightsReturned"


@dataclass(slots=True)
class LicenseEvent:
    type: EventType
    date: PartialDate | None
    evidence: Evidence


@dataclass(slots=True)
class License:
    """An agreement granting rights to a product or platform, as one filing states it."""

    licensor: Ref
    licensee: Ref
    asset: Ref
    status: str = "Active"  # Active | Terminated | Expired
    effective: PartialDate | None = None
    terminated: PartialDate | None = None
    territory: str | None = None
    exclusive: bool | None = None
    scopes: set[str] = field(default_factory=set)  # research, development, commercialization, manufacturing
    events: list[LicenseEvent] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    upfront: str | None = None
    milestones: str | None = None
    royalties: str | None = None

    @property
    def key(self) -> tuple[Ref, Ref, Ref]:
        return (self.licensor, self.licensee, self.asset)


@dataclass(slots=True)
class Collaboration:
    """An agreement between parties that grants no (recognized) license: still a partnership."""

    parties: list[Ref]
    kind: str = "collaboration"  # collaboration | agreement | license (direction unknown)
    status: str = "Active"
    effective: PartialDate | None = None
    terminated: PartialDate | None = None
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(slots=True)
class CoverPage:
    """What the 8-K cover and signature block state."""

    report_date: PartialDate | None = None
    items: list[str] = field(default_factory=list)
    exhibits: list[str] = field(default_factory=list)
    signers: list[Ref] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(slots=True)
class Extraction:
    """Everything read out of one filing."""

    filing: Filing
    mentions: dict[Ref, Mention] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    licenses: list[License] = field(default_factory=list)
    collaborations: list[Collaboration] = field(default_factory=list)
    cover: CoverPage = field(default_factory=CoverPage)
    registrant: Ref | None = None
    warnings: list[str] = field(default_factory=list)

    def of_kind(self, kind: Kind) -> list[Mention]:
        return [m for r, m in sorted(self.mentions.items()) if r.kind is kind]
