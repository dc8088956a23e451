"""Fetch stage against a real HTTP server on 127.0.0.1 that answers like EDGAR (tests/fake_edgar.py).

Most tests give the client a fast limiter and a no-op backoff sleep (recording the waits it
asked for) so they run in milliseconds; test_rate_limit_* measures the real pace.
"""

from __future__ import annotations

import hashlib
import json
import socket
import subprocess
import sys
import threading
import time
from datetime import date
from email.utils import format_datetime
from pathlib import Path

import pytest

from builders.cli import main
from builders.errors import AccessDenied, FetchError, OfflineError
from builders.fetch import (
    Cache,
    Edgar,
    EdgarClient,
    FetchSettings,
    FilingQuery,
    RateLimiter,
    fetch_filings,
)
from builders.fetch.client import _retry_after
from builders.fetch.identifiers import check_page_name, normalize_accession, normalize_cik

from .fake_edgar import FIXTURES, USER_AGENT, CutDocument, FakeEdgar, Hang, Slow, Status, Truncate

ROOT = Path(__file__).resolve().parent.parent
A04, A07, A09 = "0000723533-04-000001", "0001164150-07-000163", "0001213900-09-002194"
PAGE = "/submissions/CIK0000723533-submissions-001.json"
EIGHT_KS = FilingQuery.make(ticker="XPTL", forms=["8-K"])


def archive(accession: str) -> str:
    return f"/Archives/edgar/data/723533/{accession}.txt"


def fixture(accession: str) -> bytes:
    return (FIXTURES / "archives" / f"{accession}.txt").read_bytes()


@pytest.fixture
def server():
    with FakeEdgar() as s:
        yield s


def settings(server: FakeEdgar, **overrides) -> FetchSettings:
    values = {"user_agent": USER_AGENT, "edgar_url": server.url, "data_url": server.url, "timeout": 5, "backoff": 0.1, "backoff_max": 10}
    return FetchSettings.from_env(env={}, **{**values, **overrides})


def fast_client(s: FetchSettings) -> EdgarClient:
    """Unthrottled, and backoff waits are recorded in ``client.waits`` instead of slept."""
    return EdgarClient(s, limiter=RateLimiter(1000), sleep=lambda seconds: None)


def fetch(server, cache, query=EIGHT_KS, **overrides):
    s = settings(server, **overrides)
    client = fast_client(s)
    return fetch_filings(query, s, cache, client=client), client


# --------------------------------------------------------------------------- happy path


def test_fetch_resolves_ticker_reads_both_pages_and_downloads_full_submissions(server, tmp_path):
    result, _ = fetch(server, tmp_path / "cache")

    assert [f.ref.accession for f in result.fetched] == [A04, A07, A09]  # oldest first
    assert [f.status for f in result.fetched] == ["downloaded"] * 3
    assert result.selection.company == "EXPERTELLIGENCE INC" and result.selection.cik == "0000723533"
    assert result.selection.listed == 5  # 3 recent + 2 on the older page
    for f in result.fetched:
        assert f.path == tmp_path / "cache" / "archives" / "0000723533" / f"{f.ref.accession}.txt"
        assert f.path.read_bytes() == fixture(f.ref.accession)
    newest = result.fetched[-1].ref
    assert newest.filed == date(2009, 8, 19) and newest.items == ("4.01", "9.01")
    assert sorted(server.paths()) == sorted([
        "/files/company_tickers.json", "/submissions/CIK0000723533.json", PAGE,
        archive(A04), archive(A07), archive(A09),
    ])
    # The SEC's manners on every request: the declared identity, compressed transfer.
    assert all(h.headers["User-Agent"] == USER_AGENT for h in server.hits)
    assert all("gzip" in h.headers["Accept-Encoding"] and h.gzipped for h in server.hits)


def test_manifest_records_every_fetch_with_its_checksum(server, tmp_path):
    result, _ = fetch(server, tmp_path / "cache")
    entries = list(Cache(tmp_path / "cache").records())

    archives = {e["accession"]: e for e in entries if e["kind"] == "archive"}
    for acc in (A04, A07, A09):
        data = fixture(acc)
        assert archives[acc]["status"] == 200
        assert archives[acc]["bytes"] == len(data)
        assert archives[acc]["sha256"] == hashlib.sha256(data).hexdigest()
        assert archives[acc]["url"] == server.url + archive(acc)
    assert {e["path"] for e in entries if e["kind"] == "json"} == {
        "json/company_tickers.json", "json/submissions/CIK0000723533.json",
        "json/submissions/CIK0000723533-submissions-001.json",
    }
    run = [e for e in entries if e["kind"] == "run"][-1]
    assert run["accessions"] == [A04, A07, A09] and run["query"] == {"ticker": "XPTL", "forms": ["8-K"]}


# --------------------------------------------------------------------------- selection


@pytest.mark.parametrize(("options", "expected", "reads_older_page"), [
    ({"forms": ["8-K"], "since": "2005"}, [A07, A09], False),  # the older page ends in 2004
    ({"items": ["8.01"]}, [A07], True),
    ({"items": "4.01,1.01"}, [A09], True),
    ({"forms": ["8-k"], "limit": 1}, [A09], False),  # the newest match is on the first page
    ({"forms": ["8-K"], "limit": 3}, [A04, A07, A09], True),
    ({"accessions": ["000072353304000001"]}, [A04], True),  # no dashes
    ({"until": "2004"}, ["0000723533-03-000005", A04], True),  # every form
    ({"forms": ["10-K", "10-Q"], "since": "2003-11", "until": "2008-12-29"}, ["0000723533-03-000005", "0001213900-08-000999"], True),
])
def test_selection(server, tmp_path, options, expected, reads_older_page):
    s = settings(server)
    edgar = Edgar(s, Cache(tmp_path / "cache"), fast_client(s))
    selection = edgar.plan(FilingQuery.make(cik="723533", **options))
    assert [r.accession for r in selection.filings] == expected
    assert (PAGE in server.paths()) is reads_older_page


@pytest.mark.parametrize(("options", "message"), [
    ({"cik": "1", "forms": ["EX-99.1"]}, "exhibit types are not filing forms"),
    ({"cik": "1", "since": "2009-13"}, "--since"),
    ({"cik": "1", "since": "2010", "until": "2009"}, "after --until"),
    ({"cik": "1", "limit": 0}, "--limit"),
    ({"cik": "1", "ticker": "X"}, "exactly one"),
    ({"cik": "12345678901"}, "invalid CIK"),
    ({"ticker": "../x"}, "invalid ticker"),
])
def test_query_refuses_bad_options(options, message):
    with pytest.raises(FetchError, match=message):
        FilingQuery.make(**options)


def test_identifiers_are_normalized():
    assert normalize_accession("000072353304000001") == A04
    assert normalize_accession(A04) == A04
    assert normalize_cik("723533") == normalize_cik("CIK0000723533") == normalize_cik(723533) == "0000723533"
    for bad in ("0000723533-04-00001", "../0000723533-04-000001", "0000723533-04-000001.txt", ""):
        with pytest.raises(FetchError):
            normalize_accession(bad)
    with pytest.raises(FetchError):
        check_page_name("../CIK0000723533-submissions-001.json")


# --------------------------------------------------------------------------- faults


def test_429_waits_as_long_as_retry_after_says(server, tmp_path):
    server.fail(archive(A07), Status(429, {"Retry-After": "7"}))
    result, client = fetch(server, tmp_path / "cache")

    assert all(f.status == "downloaded" for f in result.fetched)
    assert result.fetched[1].attempts == 2 and server.paths(archive(A07)) == [archive(A07)] * 2
    assert client.waits == [7.0]


def test_retry_after_longer_than_the_cap_is_reported_not_waited(server, tmp_path):
    server.fail(archive(A07), Status(429, {"Retry-After": "3600"}))
    result, client = fetch(server, tmp_path / "cache", retry_after_max=60)
    failed = result.failed
    assert [f.ref.accession for f in failed] == [A07]
    assert "retry after 3600 s" in failed[0].error and client.waits == []


def test_retry_after_accepts_seconds_and_http_dates():
    from datetime import UTC, datetime, timedelta

    assert _retry_after("120") == 120.0
    in_30s = format_datetime(datetime.now(UTC) + timedelta(seconds=30), usegmt=True)
    assert 25 <= _retry_after(in_30s) <= 30
    assert _retry_after("soon") is None and _retry_after(None) is None


def test_503_twice_then_success_backs_off_exponentially_with_jitter(server, tmp_path):
    server.fail(archive(A04), Status(503), times=2)
    result, client = fetch(server, tmp_path / "cache", backoff=0.1)

    assert result.fetched[0].status == "downloaded" and result.fetched[0].attempts == 3
    assert result.fetched[0].path.read_bytes() == fixture(A04)
    first, second = client.waits
    assert 0.05 <= first <= 0.1 and 0.1 <= second <= 0.2  # base 0.1 then 0.2, half of each jittered


def test_connection_refused_is_retried_then_reported(tmp_path):
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    s = FetchSettings.from_env(env={}, user_agent=USER_AGENT, edgar_url=f"http://127.0.0.1:{port}", data_url=f"http://127.0.0.1:{port}", max_attempts=3, backoff=0.01)
    client = fast_client(s)
    with pytest.raises(FetchError, match="connection failed.*gave up after 3 attempts"):
        fetch_filings(EIGHT_KS, s, tmp_path / "cache", client=client)
    assert client.requests == 3 and len(client.waits) == 2


def test_truncated_body_is_retried(server, tmp_path):
    server.fail(archive(A09), Truncate(keep=0.5))
    result, _ = fetch(server, tmp_path / "cache")
    assert result.fetched[2].status == "downloaded" and result.fetched[2].attempts == 2
    assert result.fetched[2].path.read_bytes() == fixture(A09)


def test_a_body_that_stays_truncated_leaves_nothing_in_the_cache(tmp_path):
    with FakeEdgar(gzip_ok=False) as server:  # plain bytes: our own length check, not gzip's
        server.fail(archive(A09), Truncate(keep=0.9), times=3)
        result, _ = fetch(server, tmp_path / "cache", max_attempts=3)
    assert [f.ref.accession for f in result.failed] == [A09]
    assert "gave up after 3 attempts" in result.failed[0].error
    assert [f.status for f in result.fetched[:2]] == ["downloaded", "downloaded"]  # the others still come
    folder = tmp_path / "cache" / "archives" / "0000723533"
    assert sorted(p.name for p in folder.iterdir()) == [f"{A04}.txt", f"{A07}.txt"]  # no partial, no temp
    errors = [e for e in Cache(tmp_path / "cache").records() if e.get("accession") == A09]
    assert errors and all(e["status"] == "error" for e in errors)


def test_a_submission_that_does_not_close_is_rejected(server, tmp_path):
    server.fail(archive(A07), CutDocument(keep=0.6), times=2)
    result, _ = fetch(server, tmp_path / "cache", max_attempts=2)
    assert [f.ref.accession for f in result.failed] == [A07]
    assert "does not end with </SEC-DOCUMENT>" in result.failed[0].error
    assert not (tmp_path / "cache" / "archives" / "0000723533" / f"{A07}.txt").exists()


def test_403_stops_the_run_with_the_likely_reason(server, tmp_path):
    server.fail(archive(A04), Status(403), times=10)
    with pytest.raises(AccessDenied, match=r"403 Forbidden.*User-Agent.*10 requests/s"):
        fetch(server, tmp_path / "cache", workers=1)
    assert server.paths("/Archives/") == [archive(A04)]  # not retried; the rest not started


def test_slow_server_times_out_and_is_retried(server, tmp_path):
    server.fail(archive(A04), Slow(1.5))
    result, _ = fetch(server, tmp_path / "cache", timeout=0.3)
    assert result.fetched[0].status == "downloaded" and result.fetched[0].attempts == 2

    server.fail(archive(A07), Slow(1.5), times=2)
    result, _ = fetch(server, tmp_path / "cache2", timeout=0.3, max_attempts=2)
    assert [f.ref.accession for f in result.failed] == [A07]
    assert "timed out" in result.failed[0].error


# --------------------------------------------------------------------------- pace


def _max_in_window(times: list[float], window: float) -> int:
    times = sorted(times)
    return max(sum(1 for t in times[i:] if t - start < window) for i, start in enumerate(times))


def _hammer(server: FakeEdgar, client: EdgarClient, threads: int = 4, each: int = 5) -> list[float]:
    url = server.url + "/files/company_tickers.json"
    server.hits.clear()
    workers = [threading.Thread(target=lambda: [client.fetch(url, lambda r: r.content) for _ in range(each)]) for _ in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return [h.time for h in server.hits]


def test_rate_limit_holds_across_4_threads(server):
    s = settings(server, rate=10)
    limited = _hammer(server, EdgarClient(s, limiter=RateLimiter(s.rate)))
    assert len(limited) == 20
    # As the server saw them: never more than 10 requests in any 1-second window.
    assert _max_in_window(limited, 1.0) <= 10
    assert max(limited) - min(limited) >= 1.8  # 20 requests at 10/s take ~2 s

    # The same measurement catches a client that does not hold the pace.
    unlimited = _hammer(server, EdgarClient(s, limiter=RateLimiter(1000)))
    assert _max_in_window(unlimited, 1.0) > 10


def test_rate_is_capped_and_shared_by_every_client_of_the_process(server):
    with pytest.raises(FetchError, match="at most 10"):
        settings(server, rate=11)
    one, two = EdgarClient(settings(server)), EdgarClient(settings(server, rate=5))
    assert one.limiter is two.limiter


def test_identity_is_required_before_any_request(server, tmp_path):
    for agent in (None, "", "curl/8.0", "nobody@example.com"):
        with pytest.raises(FetchError, match="--user-agent"):
            fetch_filings(EIGHT_KS, settings(server, user_agent=agent), tmp_path / "cache")
    assert server.hits == []


# --------------------------------------------------------------------------- cache and offline


def test_offline_with_a_cold_cache_fails_without_touching_the_network(server, tmp_path):
    s = settings(server, user_agent=None, offline=True)
    with pytest.raises(OfflineError, match="without --offline"):
        fetch_filings(EIGHT_KS, s, tmp_path / "cache")
    assert server.hits == []


def test_offline_with_a_warm_cache_replays_the_fetch(server, tmp_path):
    online, _ = fetch(server, tmp_path / "cache")
    server.hits.clear()
    s = settings(server, user_agent=None, offline=True, max_age=0)  # expired JSON is fine offline
    offline = fetch_filings(EIGHT_KS, s, tmp_path / "cache")

    assert server.hits == []
    assert offline.paths == online.paths and [f.status for f in offline.fetched] == ["cached"] * 3
    assert [f.sha256 for f in offline.fetched] == [f.sha256 for f in online.fetched]


def test_submissions_json_expires_but_archives_never_do(server, tmp_path):
    fetch(server, tmp_path / "cache")
    server.hits.clear()
    fetch(server, tmp_path / "cache")  # within max_age: nothing asked again
    assert server.hits == []
    fetch(server, tmp_path / "cache", max_age=0)
    assert sorted(server.paths()) == sorted(["/files/company_tickers.json", "/submissions/CIK0000723533.json", PAGE])


def test_a_stale_json_is_used_when_the_server_fails(server, tmp_path):
    fetch(server, tmp_path / "cache")
    server.fail("/submissions/CIK0000723533.json", Status(503), times=2)
    result, _ = fetch(server, tmp_path / "cache", max_age=0, max_attempts=2)
    assert len(result.paths) == 3
    assert any("using the cached copy of the submissions" in w for w in result.warnings)


def test_a_cached_archive_that_no_longer_matches_the_manifest_is_not_trusted(server, tmp_path):
    cache = tmp_path / "cache"
    result, _ = fetch(server, cache)
    result.fetched[0].path.write_bytes(b"<SEC-DOCUMENT>tampered</SEC-DOCUMENT>\n")

    offline = fetch_filings(EIGHT_KS, settings(server, offline=True), cache)
    assert [f.ref.accession for f in offline.failed] == [A04] and "manifest" in offline.failed[0].error

    again, _ = fetch(server, cache)
    assert again.fetched[0].status == "downloaded" and again.fetched[0].path.read_bytes() == fixture(A04)


def test_resuming_after_a_killed_run_downloads_only_what_is_missing(server, tmp_path):
    cache = tmp_path / "cache"
    release = threading.Event()
    server.fail(archive(A09), Hang(release))  # the last filing hangs mid-body
    command = [
        sys.executable, "-m", "builders", "fetch", "--ticker", "XPTL", "--form", "8-K", "--workers", "1", "--quiet",
        "--cache", str(cache), "--edgar-url", server.url, "--data-url", server.url, "--user-agent", USER_AGENT,
    ]
    proc = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    folder = cache / "archives" / "0000723533"
    try:
        deadline = time.monotonic() + 30
        while not list(folder.glob(f".{A09}.txt.*.tmp")):
            assert proc.poll() is None, proc.stderr.read().decode()
            assert time.monotonic() < deadline, "the download never started"
            time.sleep(0.02)
    finally:
        proc.kill()
        proc.wait()
        release.set()
    assert sorted(p.name for p in folder.glob("*.txt")) == [f"{A04}.txt", f"{A07}.txt"]  # the partial is not one

    server.hits.clear()
    result, _ = fetch(server, cache)
    assert [f.status for f in result.fetched] == ["cached", "cached", "downloaded"]
    assert server.paths("/Archives/") == [archive(A09)]
    assert result.fetched[2].path.read_bytes() == fixture(A09)
    assert all(isinstance(e, dict) for e in Cache(cache).records())


def test_hostile_submissions_json_cannot_reach_outside_the_cache(server, tmp_path):
    server.bodies["/submissions/CIK0000723533.json"] = json.dumps({
        "name": "HOSTILE",
        "filings": {
            "recent": {
                "accessionNumber": ["../../../../../tmp/evil", f"{A04}/../../../evil", "000072353304000001", 7],
                "form": ["8-K"] * 4, "filingDate": ["2004-01-08"] * 4,
            },
            "files": [{"name": "../../../outside.json"}, {"name": "/etc/passwd"}, {"name": PAGE[13:] + "/../x"}],
        },
    }).encode()
    cache = tmp_path / "cache"
    result, _ = fetch(server, cache, query=FilingQuery.make(cik="723533"))

    assert [f.ref.accession for f in result.fetched] == [A04]
    assert len([w for w in result.warnings if "skipped" in w]) == 6
    assert not any(".." in p or "passwd" in p for p in server.paths())
    written = {p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file()}
    assert all(p.startswith("cache/") for p in written)
    with pytest.raises(FetchError):
        Cache(cache).archive_path("723533", "../../x")


# --------------------------------------------------------------------------- CLI


def _cli_net(server: FakeEdgar, cache: Path) -> list[str]:
    return ["--edgar-url", server.url, "--data-url", server.url, "--cache", str(cache)]


def test_build_from_a_ticker_gives_the_same_graph_as_building_the_files(server, tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("FILING_KG_USER_AGENT", raising=False)
    cache = tmp_path / "cache"
    assert main(["build", str(FIXTURES / "archives"), "--out", str(tmp_path / "direct"), "--quiet"]) == 0
    assert main(["build", "--ticker", "XPTL", "--form", "8-K", "--user-agent", USER_AGENT, "--out", str(tmp_path / "fetched"), *_cli_net(server, cache)]) == 0
    err = capsys.readouterr().err
    assert "3 downloaded" in err
    direct = (tmp_path / "direct" / "graph.nq").read_bytes()
    assert direct and (tmp_path / "fetched" / "graph.nq").read_bytes() == direct

    hits = len(server.hits)
    assert main(["build", "--ticker", "XPTL", "--form", "8-K", "--offline", "--out", str(tmp_path / "replay"), *_cli_net(server, cache)]) == 0
    assert len(server.hits) == hits
    assert (tmp_path / "replay" / "graph.nq").read_bytes() == direct


def test_fetch_command_reports_each_filing_and_exits_3_when_some_fail(server, tmp_path, capsys):
    code = main(["fetch", "--cik", "723533", "--user-agent", USER_AGENT, *_cli_net(server, tmp_path / "cache")])
    out = capsys.readouterr().out
    assert code == 3  # the 10-K and 10-Q archives are not served (404)
    assert f"{A09}  8-K      2009-08-19  downloaded (30,298 bytes)" in out
    assert "0001213900-08-000999  10-K" in out and "404 Not Found" in out
    assert "5 of 5 listed filings selected; 3 downloaded, 0 from the cache, 2 failed" in out


def test_fetch_command_errors_exit_2_without_traceback(server, tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("FILING_KG_USER_AGENT", raising=False)
    net = _cli_net(server, tmp_path / "cache")
    assert main(["fetch", "--cik", "723533", *net]) == 2
    assert "error: EDGAR requires a declared identity" in capsys.readouterr().err
    assert server.hits == []

    server.fail("/submissions/CIK0000723533.json", Status(403))
    assert main(["fetch", "--cik", "723533", "--user-agent", USER_AGENT, *net]) == 2
    assert "403 Forbidden" in capsys.readouterr().err

    assert main(["build", "--out", str(tmp_path / "out")]) == 2
    assert "build needs INPUT" in capsys.readouterr().err
    assert main(["build", str(FIXTURES / "archives"), "--form", "8-K", "--out", str(tmp_path / "out")]) == 2
    assert "--form selects filings to fetch: give --cik or --ticker" in capsys.readouterr().err

    (tmp_path / "file").write_text("not a folder")
    assert main(["fetch", "--cik", "723533", "--user-agent", USER_AGENT, "--cache", str(tmp_path / "file")]) == 2
    assert "is not a folder" in capsys.readouterr().err


def test_fetch_help_has_examples(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["fetch", "--help"])
    assert exit_info.value.code == 0
    assert "examples:" in capsys.readouterr().out
