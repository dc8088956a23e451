"""Fetch stage: a company's filings from EDGAR into a local cache, the way the SEC asks.

:mod:`settings` (hosts, identity, pace) -> :mod:`client` (rate-limited, retrying GET)
-> :mod:`edgar` (tickers, submissions pages, selection, downloads) -> :mod:`cache`
(atomic files and ``manifest.jsonl``). :mod:`filings` holds the dataclasses passed around.
"""

from .cache import Cache
from .client import EdgarClient, RateLimiter
from .edgar import Edgar, fetch_filings
from .filings import FetchedFiling, FetchResult, FilingQuery, FilingRef, Selection
from .settings import FetchSettings

__all__ = [
    "Cache", "Edgar", "EdgarClient", "FetchResult", "FetchSettings", "FetchedFiling",
    "FilingQuery", "FilingRef", "RateLimiter", "Selection", "fetch_filings",
]
