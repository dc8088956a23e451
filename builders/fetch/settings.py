"""How the fetcher talks to EDGAR: hosts, identity, pace, patience, cache lifetime.

Defaults follow the SEC's fair-access policy: a declared User-Agent ("Name email")
on every request and at most 10 requests per second from one client (we default to 8).
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace

from ..errors import FetchError

DEFAULT_EDGAR_URL = "https://www.sec.gov"
DEFAULT_DATA_URL = "https://data.sec.gov"
MAX_RATE = 10.0  # the SEC's published ceiling per client, across all its hosts

_EMAIL = re.compile(r"[^\s@]+@[^\s@]+\.[^\s@]+")
_ENV = {
    "user_agent": "FILING_KG_USER_AGENT",
    "edgar_url": "FILING_KG_EDGAR_URL",
    "data_url": "FILING_KG_DATA_URL",
    "offline": "FILING_KG_OFFLINE",
}


@dataclass(frozen=True)
class FetchSettings:
    user_agent: str | None = None
    edgar_url: str = DEFAULT_EDGAR_URL  # /files/company_tickers.json, /Archives/edgar/data/...
    data_url: str = DEFAULT_DATA_URL  # /submissions/CIK##########.json
    offline: bool = False
    rate: float = 8.0  # requests per second, shared by every thread of the process
    max_age: float = 3600.0  # seconds a cached submissions/tickers JSON stays fresh
    timeout: float = 30.0  # seconds to connect, and between bytes of an answer
    max_attempts: int = 5  # per URL, the first try included
    backoff: float = 1.0  # wait before the first retry; doubles each retry, with jitter
    backoff_max: float = 60.0
    retry_after_max: float = 600.0  # a longer Retry-After is reported, not waited out
    workers: int = 4  # parallel downloads; the rate limit still holds across them

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None, **overrides) -> FetchSettings:
        """Defaults, then ``FILING_KG_*`` variables, then ``overrides`` that are not None."""
        env = os.environ if env is None else env
        values: dict = {}
        for name, var in _ENV.items():
            if env.get(var):
                values[name] = env[var].strip().lower() in {"1", "true", "yes"} if name == "offline" else env[var]
        values.update({k: v for k, v in overrides.items() if v is not None})
        known = {f.name for f in fields(cls)}
        unknown = set(values) - known
        if unknown:
            raise TypeError(f"unknown fetch settings: {sorted(unknown)}")
        return replace(cls(), **values).checked()

    def checked(self) -> FetchSettings:
        """Refuse settings that would break the SEC's rules or cannot work."""
        if not 0 < self.rate <= MAX_RATE:
            raise FetchError(f"--rate {self.rate:g}: must be above 0 and at most {MAX_RATE:g} requests/s (the SEC's limit)")
        for name in ("edgar_url", "data_url"):
            url = getattr(self, name)
            if not re.match(r"https?://[^/\s]+", url or ""):
                raise FetchError(f"{name.replace('_', '-')} {url!r}: expected http(s)://host[:port]")
        if self.max_attempts < 1 or self.workers < 1 or self.timeout <= 0:
            raise FetchError("--retries, --workers and --timeout must be positive")
        return replace(self, edgar_url=self.edgar_url.rstrip("/"), data_url=self.data_url.rstrip("/"))

    def require_identity(self) -> str:
        """The User-Agent to send; the SEC blocks undeclared tools, so we do not start without one."""
        agent = (self.user_agent or "").strip()
        if not _EMAIL.search(agent) or len(agent.split()) < 2:
            raise FetchError(
                "EDGAR requires a declared identity: pass --user-agent \"Your Name you@example.com\" "
                "or set FILING_KG_USER_AGENT (a name and a contact email), or use --offline"
            )
        return agent
