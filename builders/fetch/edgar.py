"""EDGAR's endpoints: ticker -> CIK, a company's submissions (all pages), full submissions.

Library use::

    from builders.fetch import FetchSettings, FilingQuery, fetch_filings
    settings = FetchSettings.from_env(user_agent="Jane Doe jane@example.com")
    result = fetch_filings(FilingQuery.make(ticker="XYZ", forms=["8-K"], since="2000"), settings, "cache")
    result.paths   # full submissions, oldest first, ready for builders.pipeline.build_graph
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait
from datetime import date
from pathlib import Path

import requests

from ..errors import AccessDenied, FetchError, OfflineError
from .cache import Cache
from .client import EdgarClient, RetryableError
from .filings import FetchedFiling, FetchResult, FilingQuery, FilingRef, Selection
from .identifiers import check_page_name, normalize_accession, normalize_cik
from .settings import FetchSettings

# A full submission ends by closing its outer element (classic and .nc dialects);
# a cut-off download does not, whatever its length claims.
_CLOSED = re.compile(rb"</(SEC-DOCUMENT|SUBMISSION)>\s*(-----END PRIVACY-ENHANCED MESSAGE-----\s*)?$")

OnDone = Callable[[FetchedFiling], None]


class Edgar:
    def __init__(self, settings: FetchSettings, cache: Cache, client: EdgarClient | None = None):
        self.settings = settings
        self.cache = cache
        self.client = client or EdgarClient(settings)
        self.warnings: list[str] = []

    # ------------------------------------------------------------------ URLs

    def tickers_url(self) -> str:
        return f"{self.settings.edgar_url}/files/company_tickers.json"

    def submissions_url(self, name: str) -> str:
        return f"{self.settings.data_url}/submissions/{name}"

    def archive_url(self, ref: FilingRef) -> str:
        return f"{self.settings.edgar_url}/Archives/edgar/data/{int(ref.cik)}/{ref.accession}.txt"

    # ------------------------------------------------------------------ lookup and selection

    def resolve_ticker(self, ticker: str) -> tuple[str, str | None]:
        """Ticker -> (CIK, company title) from the SEC's company_tickers.json."""
        data = self._json(self.tickers_url(), self.cache.tickers_path(), "the ticker list")
        rows = data.values() if isinstance(data, dict) else data if isinstance(data, list) else []
        for row in rows:
            if isinstance(row, dict) and str(row.get("ticker", "")).upper() == ticker.upper():
                try:
                    return normalize_cik(row.get("cik_str", "")), row.get("title")
                except FetchError as exc:
                    raise FetchError(f"company_tickers.json: ticker {ticker}: {exc}") from None
        raise FetchError(f"ticker {ticker!r} is not in the SEC's company_tickers.json ({self.tickers_url()})")

    def plan(self, query: FilingQuery) -> Selection:
        """Read the company's submissions (older pages only as far as needed) and pick filings."""
        company = None
        cik = query.cik
        if cik is None:
            cik, company = self.resolve_ticker(query.ticker)
        name = f"CIK{cik}.json"
        data = self._json(self.submissions_url(name), self.cache.submissions_path(cik), f"the submissions of CIK {cik}")
        if not isinstance(data, dict) or not isinstance(data.get("filings"), dict):
            raise FetchError(f"{self.submissions_url(name)}: not a submissions JSON (no 'filings')")
        company = data.get("name") if isinstance(data.get("name"), str) else company
        refs = _refs(cik, data["filings"].get("recent"), name, self.warnings)
        for page in _pages(data["filings"].get("files"), self.warnings):
            if _enough(query, refs) or _before(page, query.since):
                continue
            columns = self._json(self.submissions_url(page["name"]), self.cache.page_path(page["name"]), f"submissions page {page['name']}")
            refs += _refs(cik, columns, page["name"], self.warnings)
        refs = list({r.accession: r for r in reversed(refs)}.values())  # first listing wins
        return Selection(query, cik, company, query.select(refs), len(refs), list(self.warnings))

    # ------------------------------------------------------------------ downloads

    def download(self, selection: Selection, on_done: OnDone | None = None) -> FetchResult:
        """Fetch every selected filing not already cached; a 403 stops the run."""
        self.cache.clean_partials()
        known = self.cache.recorded_sha256()
        stop = threading.Event()
        results: dict[str, FetchedFiling] = {}
        workers = max(1, min(self.settings.workers, len(selection.filings)))
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="fetch") as pool:
            futures = {pool.submit(self._one, ref, known, stop): ref for ref in selection.filings}
            try:
                pending = set(futures)
                while pending:
                    done, pending = wait(pending, return_when=FIRST_EXCEPTION)
                    for future in done:
                        fetched = future.result()  # AccessDenied surfaces here
                        results[fetched.ref.accession] = fetched
                        if on_done:
                            on_done(fetched)
            except BaseException:
                stop.set()
                pool.shutdown(wait=True, cancel_futures=True)
                raise
        fetched = [results[r.accession] for r in selection.filings]
        self.cache.record(
            kind="run", cik=selection.cik, query=selection.query.describe(),
            accessions=[f.ref.accession for f in fetched if f.ok],
            failed=[f.ref.accession for f in fetched if not f.ok], offline=self.settings.offline,
        )
        return FetchResult(selection, fetched, self.client.requests, list(self.warnings))

    def _one(self, ref: FilingRef, known: dict[str, str], stop: threading.Event) -> FetchedFiling:
        path = self.cache.archive_path(ref.cik, ref.accession)
        rel = self.cache.relative(path)
        if path.exists():
            sha = self.cache.sha256(path)
            if known.get(rel, sha) == sha:
                return FetchedFiling(ref, "cached", path, path.stat().st_size, sha)
            problem = f"{rel} differs from the manifest's sha256 (changed since it was fetched)"
            if self.settings.offline:
                return FetchedFiling(ref, "failed", error=f"{problem}; fetch it again without --offline")
            self.warnings.append(f"{problem}; fetching it again")
        if self.settings.offline:
            return FetchedFiling(ref, "failed", error=f"not in the cache ({rel}) and --offline was given")
        if stop.is_set():
            return FetchedFiling(ref, "failed", error="not fetched: the run stopped after an earlier error")
        url = self.archive_url(ref)
        try:
            fetched = self.client.fetch(url, lambda response: self._save_archive(response, path))
        except FetchError as exc:
            self.cache.record(kind="archive", url=url, cik=ref.cik, accession=ref.accession, status=exc.status or "error", error=str(exc))
            if isinstance(exc, AccessDenied | OfflineError):
                stop.set()
                raise
            return FetchedFiling(ref, "failed", error=str(exc))
        stored = fetched.value
        self.cache.record(
            kind="archive", url=url, cik=ref.cik, accession=ref.accession, status=200,
            bytes=stored.bytes, sha256=stored.sha256, path=rel, attempts=fetched.attempts,
        )
        return FetchedFiling(ref, "downloaded", path, stored.bytes, stored.sha256, fetched.attempts)

    def _save_archive(self, response: requests.Response, path: Path):
        check = _submission_check(response)
        return self.cache.write_stream(path, response.iter_content(chunk_size=1 << 16), check)

    # ------------------------------------------------------------------ JSON with expiry

    def _json(self, url: str, path: Path, what: str):
        age = self.cache.age(path)
        if age is not None and (self.settings.offline or age <= self.settings.max_age):
            try:
                return json.loads(path.read_bytes())
            except ValueError:
                if self.settings.offline:
                    raise FetchError(f"{path}: cached copy of {what} is not valid JSON; fetch it again without --offline") from None
        if self.settings.offline:
            raise OfflineError(
                f"--offline: {what} is not in the cache ({path}); run the same command once without --offline to fetch it"
            )
        try:
            fetched = self.client.fetch(url, _read_json)
        except FetchError as exc:
            self.cache.record(kind="json", url=url, status=exc.status or "error", error=str(exc))
            if isinstance(exc, AccessDenied) or age is None:
                raise
            self.warnings.append(f"using the cached copy of {what} ({age / 3600:.1f} h old): {exc}")
            return json.loads(path.read_bytes())
        raw, data = fetched.value
        stored = self.cache.write_bytes(path, raw)
        self.cache.record(
            kind="json", url=url, status=200, bytes=stored.bytes, sha256=stored.sha256,
            path=self.cache.relative(path), attempts=fetched.attempts,
        )
        return data


def fetch_filings(query: FilingQuery, settings: FetchSettings, cache_dir: str | Path,
                  on_done: OnDone | None = None, client: EdgarClient | None = None) -> FetchResult:
    """Select and download a company's filings into ``cache_dir`` (see :class:`Edgar`)."""
    edgar = Edgar(settings, Cache(cache_dir), client)
    return edgar.download(edgar.plan(query), on_done)


# ---------------------------------------------------------------------- reading answers


def _read_json(response: requests.Response) -> tuple[bytes, object]:
    raw = response.content  # a body shorter than Content-Length raises here (retried)
    _check_length(response, len(raw))
    try:
        return raw, json.loads(raw)
    except ValueError:
        raise RetryableError(f"invalid JSON ({len(raw)} bytes)") from None


def _check_length(response: requests.Response, size: int) -> None:
    declared = response.headers.get("Content-Length", "")
    # With Content-Encoding the header counts compressed bytes (urllib3 checks those).
    if declared.isdigit() and not response.headers.get("Content-Encoding") and size != int(declared):
        raise RetryableError(f"truncated body: {size} of {declared} bytes")


def _submission_check(response: requests.Response) -> Callable[[int, bytes], None]:
    def check(size: int, tail: bytes) -> None:
        _check_length(response, size)
        if not _CLOSED.search(tail):
            raise RetryableError(f"incomplete submission ({size} bytes): it does not end with </SEC-DOCUMENT> or </SUBMISSION>")

    return check


# ---------------------------------------------------------------------- submissions JSON


def _refs(cik: str, columns, source: str, warnings: list[str]) -> list[FilingRef]:
    """Columns of a submissions page (``accessionNumber[i]``, ``form[i]``, ...) -> refs.

    Entries with an invalid accession number are skipped with a warning: they would
    otherwise become URLs and file names.
    """
    if not isinstance(columns, dict) or not isinstance(columns.get("accessionNumber"), list):
        raise FetchError(f"{source}: no filings listed (expected columns such as 'accessionNumber')")
    numbers = columns["accessionNumber"]

    def col(name: str) -> list:
        values = columns.get(name)
        return values if isinstance(values, list) and len(values) == len(numbers) else [None] * len(numbers)

    forms, filed, items, docs, descs = (col(n) for n in ("form", "filingDate", "items", "primaryDocument", "primaryDocDescription"))
    refs = []
    for i, number in enumerate(numbers):
        try:
            accession = normalize_accession(number if isinstance(number, str) else "")
        except FetchError as exc:
            warnings.append(f"{source}: entry {i} skipped: {exc}")
            continue
        refs.append(FilingRef(
            cik=cik, accession=accession, form=str(forms[i] or "").strip(), filed=_date(filed[i]),
            items=tuple(x.strip() for x in str(items[i] or "").split(",") if x.strip()),
            primary_document=docs[i] if isinstance(docs[i], str) else None,
            description=descs[i] if isinstance(descs[i], str) else None,
        ))
    return refs


def _pages(files, warnings: list[str]) -> list[dict]:
    """The older pages listed under ``filings.files``, names validated."""
    pages = []
    for entry in files if isinstance(files, list) else []:
        name = entry.get("name") if isinstance(entry, dict) else None
        try:
            check_page_name(name)
        except FetchError as exc:
            warnings.append(f"filings.files: skipped: {exc}")
            continue
        pages.append({"name": name, "to": _date(entry.get("filingTo"))})
    return pages


def _before(page: dict, since: date | None) -> bool:
    """The page holds only filings older than --since: no need to read it."""
    return since is not None and page["to"] is not None and page["to"] < since


def _enough(query: FilingQuery, refs: list[FilingRef]) -> bool:
    """--limit is already met by newer filings (pages go back in time)."""
    return query.limit is not None and sum(1 for r in refs if query.matches(r)) >= query.limit


def _date(value) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None
