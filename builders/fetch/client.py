"""The one way the fetcher touches the network: a rate-limited, retrying HTTP GET.

Every attempt, retries included, takes a slot from one process-wide rate limiter, so
any number of threads and clients together stay under the SEC's limit. Transient
failures (429, 5xx, dropped or truncated connections, timeouts) are retried with
exponential backoff and jitter, honouring ``Retry-After``; a 403 stops everything.
"""

from __future__ import annotations

import email.utils
import random
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TypeVar

import requests

from ..errors import AccessDenied, FetchError, OfflineError
from .settings import FetchSettings

T = TypeVar("T")

RETRY_STATUS = {429, 500, 502, 503, 504}
_TRANSIENT = (
    requests.ConnectionError,  # refused, reset, DNS
    requests.Timeout,
    requests.exceptions.ChunkedEncodingError,  # body shorter than Content-Length, or cut mid-chunk
    requests.exceptions.ContentDecodingError,  # a gzip stream cut short
)


class RateLimiter:
    """Spaces request starts evenly, across threads, so that any 1-second window holds at
    most ``rate`` of them even after network jitter: ``rate`` starts span 1 s + ``JITTER``.

    A slot is reserved under the lock and waited for outside it, so waiting threads
    queue in order without holding each other up.
    """

    JITTER = 0.05  # seconds of arrival jitter absorbed per ``rate`` requests

    def __init__(self, rate: float, clock: Callable[[], float] = time.monotonic, sleep: Callable[[float], None] = time.sleep):
        self._lock = threading.Lock()
        self._clock, self._sleep = clock, sleep
        self._next = 0.0
        self.rate = rate

    def set_rate(self, rate: float) -> None:
        with self._lock:
            self.rate = rate

    def acquire(self) -> float:
        """Block until this caller may start a request; returns the slot's time."""
        with self._lock:
            now = self._clock()
            slot = max(now, self._next)
            self._next = slot + (1.0 + self.JITTER) / self.rate
        if slot > now:
            self._sleep(slot - now)
        return slot


_PROCESS_LIMITER = RateLimiter(8.0)


def process_limiter(rate: float) -> RateLimiter:
    """The limiter every client of this process shares (the SEC counts per client, not per thread)."""
    _PROCESS_LIMITER.set_rate(rate)
    return _PROCESS_LIMITER


class RetryableError(FetchError):
    """An answer worth trying again: the caller's checks may raise it too (a truncated file)."""

    def __init__(self, message: str, retry_after: float | None = None, status: int | None = None):
        super().__init__(message, status)
        self.retry_after = retry_after


@dataclass
class Fetched:
    """What a fetch returned, and what it cost."""

    value: object
    url: str
    status: int
    attempts: int


class EdgarClient:
    """GETs with the SEC's manners; one instance may be shared by threads."""

    def __init__(self, settings: FetchSettings, limiter: RateLimiter | None = None, sleep: Callable[[float], None] = time.sleep):
        self.settings = settings
        self.offline = settings.offline
        self.user_agent = None if settings.offline else settings.require_identity()
        self.limiter = limiter or process_limiter(settings.rate)
        self._sleep = sleep
        self._local = threading.local()
        self._count_lock = threading.Lock()
        self.requests = 0  # attempts sent, retries included
        self.waits: list[float] = []  # backoff waits, in seconds (for reports and tests)

    def _session(self) -> requests.Session:
        # Sessions pool connections but are not documented as thread-safe: one per thread.
        session = getattr(self._local, "session", None)
        if session is None:
            session = requests.Session()
            session.headers.update({
                "User-Agent": self.user_agent,
                "Accept-Encoding": "gzip, deflate",
            })
            self._local.session = session
        return session

    def fetch(self, url: str, read: Callable[[requests.Response], T]) -> Fetched:
        """GET ``url`` and hand a 200 answer (streamed) to ``read``; retry what is transient.

        ``read`` may raise :class:`RetryableError` when the body fails its checks.
        """
        if self.offline:
            raise OfflineError(f"offline: refusing to fetch {url}")
        attempt = 1
        while True:
            try:
                return Fetched(self._attempt(url, read), url, 200, attempt)
            except RetryableError as exc:
                if attempt >= self.settings.max_attempts:
                    raise FetchError(f"{url}: {exc} (gave up after {attempt} attempts)", exc.status) from None
                self._wait(url, attempt, exc)
            attempt += 1

    def _attempt(self, url: str, read: Callable[[requests.Response], T]) -> T:
        self.limiter.acquire()
        with self._count_lock:
            self.requests += 1
        timeout = self.settings.timeout
        try:
            with self._session().get(url, stream=True, timeout=(timeout, timeout)) as response:
                self._check_status(url, response)
                return read(response)
        except requests.Timeout:
            raise RetryableError(f"timed out (no answer within {timeout:g} s)") from None
        except _TRANSIENT as exc:
            raise RetryableError(f"connection failed or cut short ({type(exc).__name__})") from None

    def _check_status(self, url: str, response: requests.Response) -> None:
        status = response.status_code
        if status == 200:
            return
        if status == 403:
            raise AccessDenied(
                f"{url}: 403 Forbidden. The SEC refuses automated requests without a declared "
                f"User-Agent (a name and email; sent: {self.user_agent!r}) and blocks clients that "
                f"exceed 10 requests/s for about 10 minutes. Check --user-agent and --rate, then retry later.",
                403,
            )
        if status in RETRY_STATUS:
            raise RetryableError(f"HTTP {status} {response.reason or ''}".strip(), _retry_after(response.headers.get("Retry-After")), status)
        if status == 404:
            raise FetchError(f"{url}: 404 Not Found", 404)
        raise FetchError(f"{url}: unexpected HTTP {status} {response.reason or ''}".strip(), status)

    def _wait(self, url: str, attempt: int, error: RetryableError) -> None:
        s, retry_after = self.settings, error.retry_after
        if retry_after is not None:
            if retry_after > s.retry_after_max:
                raise FetchError(
                    f"{url}: {error}; the server asks to retry after {retry_after:g} s "
                    f"(more than {s.retry_after_max:g} s); try again later", error.status,
                )
            delay = retry_after
        else:
            # Exponential backoff with "equal jitter": never zero, never in lockstep with other threads.
            base = min(s.backoff_max, s.backoff * 2 ** (attempt - 1))
            delay = base / 2 + random.uniform(0, base / 2)
        with self._count_lock:
            self.waits.append(delay)
        self._sleep(delay)


def _retry_after(value: str | None) -> float | None:
    """``Retry-After`` is either seconds or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())
