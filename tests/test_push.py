"""push: the build's graphs PUT into a real Oxigraph server (started here, on loopback) answer the library as the embedded store does."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests

from builders.cli import main
from builders.push import PushSettings, default_graph_store, open_source, push
from builders.query import library, with_defaults
from builders.sparql import query_form
from builders.store import open_engine, open_store


def _oxigraph_binary() -> str | None:
    beside = Path(sys.executable).parent / "oxigraph"  # pip install oxigraph (the dev extra)
    return str(beside) if beside.exists() else shutil.which("oxigraph")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    binary = _oxigraph_binary()
    if binary is None:
        pytest.skip("the oxigraph server binary is not installed (pip install oxigraph, in the dev extra)")
    port = _free_port()
    proc = subprocess.Popen([binary, "serve", "--location", str(tmp_path_factory.mktemp("oxigraph-server")), "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            requests.get(f"{base}/query", params={"query": "ASK {}"}, timeout=1)
            break
        except requests.ConnectionError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.skip(f"oxigraph serve did not start: {proc.stderr.read().decode(errors='replace')[:300]}")
            time.sleep(0.1)
    yield base
    proc.terminate()
    proc.wait(timeout=10)


def _rows_remote(endpoint: str, text: str) -> list[tuple[str, ...]]:
    """A plain SPARQL 1.1 Protocol client: POST form-encoded, results as SPARQL JSON."""
    response = requests.post(endpoint, data={"query": text}, headers={"Accept": "application/sparql-results+json"}, timeout=60)
    assert response.status_code == 200, response.text[:300]
    data = response.json()
    names = data["head"]["vars"]
    return sorted(tuple(b[n]["value"] if n in b else "" for n in names) for b in data["results"]["bindings"])


def _rows_local(engine, text: str) -> list[tuple[str, ...]]:
    return sorted(tuple(str(t) if t is not None else "" for t in row) for row in engine.run(text).rows)


def test_push_then_every_library_query_answers_as_the_embedded_store(server, library_out, capsys):
    endpoint = f"{server}/query"
    assert main(["push", str(library_out), "--endpoint", endpoint, "--union-default", "--quiet"]) == 0
    local = open_store(library_out / "store")
    named = sum(1 for q in local.quads_for_pattern(None, None, None) if not isinstance(q.graph_name, ox.DefaultGraph))
    assert requests.post(endpoint, data={"query": "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"},
                         headers={"Accept": "application/sparql-results+json"}).json()["results"]["bindings"][0]["n"]["value"] == str(named)
    engine = open_engine(library_out)
    compared = 0
    for query in library().values():
        text = with_defaults(query)
        if query_form(text) != "SELECT":
            continue
        assert _rows_remote(endpoint, text) == _rows_local(engine, text), query.name
        compared += 1
    assert compared >= 10


def test_pushing_again_replaces_each_graph(server, library_out):
    settings = PushSettings(graph_store=default_graph_store(f"{server}/query"), endpoint=f"{server}/query")
    first = push(open_source(library_out, None), settings)
    second = push(open_source(library_out, None), settings)
    assert not first.failed and not second.failed
    assert first.remote_quads == second.remote_quads == sum(g.triples for g in second.graphs)


def test_server_errors_are_retried_and_client_errors_are_not(tmp_path, library_out):
    """A fake store answering 503 then 204 (retried), and 400 for another graph (not retried)."""
    calls = []

    class FakeSession:
        def put(self, url, params, data, headers, timeout):
            calls.append(params.get("graph"))
            response = requests.Response()
            if "0001213900" in params.get("graph", ""):
                response.status_code, response._content = 400, b"bad graph\nmore"
            else:
                response.status_code = 503 if calls.count(params["graph"]) == 1 else 204
            return response

    settings = PushSettings(graph_store="http://127.0.0.1:9/store", backoff=0.01)
    result = push(open_source(library_out, None), settings, session=FakeSession())
    (bad,) = result.failed
    assert bad.status == 400 and bad.error == "HTTP 400: bad graph" and bad.attempts == 1
    assert all(g.attempts == 2 for g in result.graphs if g.ok)


def test_an_unreachable_store_fails_with_one_line(library_out, capsys):
    port = _free_port()  # nothing listens there
    code = main(["push", str(library_out), "--endpoint", f"http://127.0.0.1:{port}/query", "--retries", "1", "--quiet"])
    assert code == 2
    err = capsys.readouterr().err
    assert "ConnectionError" in err and "Traceback" not in err


def test_an_endpoint_of_unknown_layout_needs_graph_store(library_out, capsys):
    assert main(["push", str(library_out), "--endpoint", "http://127.0.0.1:9/kg/ask"]) == 2
    assert "--graph-store" in capsys.readouterr().err
