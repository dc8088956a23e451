"""What the fetch stage passes around: which filings were asked for, found and fetched."""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..errors import FetchError
from ..model import PartialDate
from .identifiers import normalize_accession, normalize_cik, normalize_ticker


@dataclass(frozen=True)
class FilingRef:
    """One filing as a company's submissions JSON lists it (identifiers validated)."""

    cik: str  # 10 digits
    accession: str  # 0001234567-YY-NNNNNN
    form: str
    filed: date | None = None
    items: tuple[str, ...] = ()  # 8-K items, "1.01", "9.01", ...
    primary_document: str | None = None  # metadata only: never used to build a path
    description: str | None = None

    @property
    def sort_key(self) -> tuple[date, str]:
        return (self.filed or date.min, self.accession)


@dataclass(frozen=True)
class FilingQuery:
    """Which filings of one company to fetch. Build it with :meth:`make`, which validates."""

    cik: str | None = None
    ticker: str | None = None
    forms: tuple[str, ...] = ()  # exact form types, case-insensitive: "8-K", "8-K/A", "10-K"
    since: date | None = None
    until: date | None = None
    items: tuple[str, ...] = ()  # keep filings reporting any of these items
    accessions: tuple[str, ...] = ()
    limit: int | None = None  # the most recent N that match

    @classmethod
    def make(cls, cik=None, ticker=None, forms=(), since=None, until=None, items=(), accessions=(), limit=None) -> FilingQuery:
        if (cik is None) == (ticker is None):
            raise FetchError("give exactly one of --cik or --ticker")
        forms = tuple(dict.fromkeys(f.strip().upper() for f in _split(forms)))
        exhibits = [f for f in forms if f.startswith("EX-")]
        if exhibits:
            raise FetchError(
                f"--form {exhibits[0]}: exhibit types are not filing forms; each full submission "
                f"fetched contains all of its exhibits (select the filing's form, e.g. --form 8-K)"
            )
        if limit is not None and limit < 1:
            raise FetchError(f"--limit {limit}: must be at least 1")
        query = cls(
            cik=normalize_cik(cik) if cik is not None else None,
            ticker=normalize_ticker(ticker) if ticker is not None else None,
            forms=forms,
            since=_bound(since, "--since", first=True),
            until=_bound(until, "--until", first=False),
            items=tuple(dict.fromkeys(_split(items))),
            accessions=tuple(normalize_accession(a) for a in _split(accessions)),
            limit=limit,
        )
        if query.since and query.until and query.since > query.until:
            raise FetchError(f"--since {query.since} is after --until {query.until}")
        return query

    def matches(self, ref: FilingRef) -> bool:
        if self.forms and ref.form.upper() not in self.forms:
            return False
        if self.accessions and ref.accession not in self.accessions:
            return False
        if (self.since or self.until) and ref.filed is None:
            return False
        if self.since and ref.filed < self.since:
            return False
        if self.until and ref.filed > self.until:
            return False
        return not self.items or any(item in self.items for item in ref.items)

    def select(self, refs: list[FilingRef]) -> list[FilingRef]:
        """The matching filings (the most recent ``limit`` of them), oldest first."""
        chosen = sorted((r for r in refs if self.matches(r)), key=lambda r: r.sort_key, reverse=True)
        if self.limit:
            chosen = chosen[: self.limit]
        return sorted(chosen, key=lambda r: r.sort_key)

    def describe(self) -> dict:
        """For the manifest and reports: only what was asked."""
        out = {
            "cik": self.cik, "ticker": self.ticker, "forms": list(self.forms), "items": list(self.items),
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat() if self.until else None,
            "accessions": list(self.accessions), "limit": self.limit,
        }
        return {k: v for k, v in out.items() if v not in (None, [])}


@dataclass
class FetchedFiling:
    ref: FilingRef
    status: str  # downloaded | cached | failed
    path: Path | None = None
    bytes: int = 0
    sha256: str | None = None
    attempts: int = 0
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.status != "failed"


@dataclass
class Selection:
    """The filings chosen for a query, before anything is downloaded."""

    query: FilingQuery
    cik: str
    company: str | None
    filings: list[FilingRef]
    listed: int  # filings listed in the submissions pages read
    warnings: list[str] = field(default_factory=list)


@dataclass
class FetchResult:
    selection: Selection
    fetched: list[FetchedFiling]
    requests: int = 0  # HTTP attempts made, retries included
    warnings: list[str] = field(default_factory=list)

    @property
    def paths(self) -> list[Path]:
        """Files ready to build from, oldest filing first."""
        return [f.path for f in self.fetched if f.ok and f.path is not None]

    @property
    def failed(self) -> list[FetchedFiling]:
        return [f for f in self.fetched if not f.ok]

    def count(self, status: str) -> int:
        return sum(1 for f in self.fetched if f.status == status)

    def summary(self) -> str:
        s = self.selection
        who = f"{s.company} (CIK {s.cik})" if s.company else f"CIK {s.cik}"
        size = sum(f.bytes for f in self.fetched if f.ok)
        return (
            f"{who}: {len(s.filings)} of {s.listed} listed filings selected; "
            f"{self.count('downloaded')} downloaded, {self.count('cached')} from the cache, "
            f"{len(self.failed)} failed; {_human(size)}; {self.requests} HTTP requests"
        )


def _split(values) -> list[str]:
    """Repeated options and comma lists alike: ("1.01,1.02", "2.01") -> [...]."""
    if isinstance(values, str):
        values = [values]
    return [part.strip() for v in values or () for part in str(v).split(",") if part.strip()]


def _bound(value, option: str, first: bool) -> date | None:
    """``2003`` -> 2003-01-01 as a start, 2003-12-31 as an end; likewise ``2003-06``."""
    if value is None or isinstance(value, date):
        return value
    partial = PartialDate.parse(str(value))
    if partial is None:
        raise FetchError(f"{option} {value!r}: expected YYYY, YYYY-MM or YYYY-MM-DD")
    try:
        if partial.day is not None:
            return date(partial.year, partial.month, partial.day)
        if partial.month is not None:
            day = 1 if first else calendar.monthrange(partial.year, partial.month)[1]
            return date(partial.year, partial.month, day)
        return date(partial.year, 1, 1) if first else date(partial.year, 12, 31)
    except ValueError as exc:
        raise FetchError(f"{option} {value!r}: {exc}") from None


def _human(size: int) -> str:
    for unit in ("B", "KB", "MB"):
        if size < 1024:
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} GB"
