"""Push a build to a SPARQL 1.1 store over the Graph Store HTTP Protocol.

Each filing's named graph is sent as one ``PUT <graph-store>?graph=<filing IRI>`` with an
N-Triples body, so pushing a filing again replaces it and nothing else; with
``union_default`` the union of the filings also replaces the default graph, which is how the
embedded store is laid out (queries read the default graph). Graphs are read one at a time
from the build's Oxigraph store (or the graph file loaded into an in-memory one), so memory
holds one filing's graph, not the build.

Retries: connection errors, timeouts, 429 and 5xx are retried with exponential backoff
(honouring Retry-After); any other answer fails that graph with the server's status and
first line of text, and the push goes on with the others.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox
import requests

from .errors import FilingKGError
from .store import memory_store, open_store, resolve_store

NTRIPLES = "application/n-triples"
RETRY_STATUS = {429, 500, 502, 503, 504}


@dataclass
class PushSettings:
    graph_store: str
    endpoint: str | None = None  # SPARQL query endpoint: counts are checked there after the push
    union_default: bool = False
    headers: dict[str, str] = field(default_factory=dict)
    attempts: int = 5
    backoff: float = 0.5  # seconds before the second attempt; doubles each time
    timeout: float = 120.0


@dataclass
class GraphPush:
    graph: str  # the IRI, or "" for the default graph
    triples: int
    ok: bool
    status: int | None = None
    error: str | None = None
    attempts: int = 1


@dataclass
class PushResult:
    graphs: list[GraphPush] = field(default_factory=list)
    remote_quads: int | None = None  # counted at the endpoint afterwards, when given

    @property
    def failed(self) -> list[GraphPush]:
        return [g for g in self.graphs if not g.ok]

    def summary(self) -> str:
        pushed = [g for g in self.graphs if g.ok]
        text = f"pushed {len(pushed)} of {len(self.graphs)} graph(s), {sum(g.triples for g in pushed)} triples"
        if self.remote_quads is not None:
            text += f"; the endpoint now holds {self.remote_quads} quads in named graphs"
        return text


def default_graph_store(endpoint: str) -> str:
    """Oxigraph's layout: /query answers SPARQL, /store is the Graph Store (others: give --graph-store)."""
    base, _, last = endpoint.rstrip("/").rpartition("/")
    if last in ("query", "sparql"):
        return f"{base}/store"
    raise FilingKGError(f"{endpoint}: cannot guess the Graph Store URL from this endpoint; give --graph-store URL")


def open_source(graph: str | Path | None, store: str | Path | None) -> ox.Store:
    store_dir = resolve_store(graph, store)
    if store_dir is not None:
        return open_store(store_dir)
    return memory_store(graph)


def graphs_of(source: ox.Store, union_default: bool) -> Iterator[tuple[str, bytes, int]]:
    """(graph IRI or "" for the default graph, N-Triples body, triples) one graph at a time, in IRI order."""
    names = sorted(g.value for g in source.named_graphs())
    for name in names:
        yield name, *_ntriples(source.quads_for_pattern(None, None, None, ox.NamedNode(name)))
    if union_default:
        yield "", *_ntriples(source.quads_for_pattern(None, None, None, ox.DefaultGraph()))


def _ntriples(quads) -> tuple[bytes, int]:
    triples = [ox.Triple(q.subject, q.predicate, q.object) for q in quads]
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"", len(triples)


def push(source: ox.Store, settings: PushSettings, done: Callable[[GraphPush], None] | None = None,
         session: requests.Session | None = None) -> PushResult:
    http = session or requests.Session()
    result = PushResult()
    for name, body, triples in graphs_of(source, settings.union_default):
        outcome = put_graph(http, settings, name, body, triples)
        result.graphs.append(outcome)
        if done:
            done(outcome)
    if settings.endpoint and not result.failed:
        result.remote_quads = count_remote(http, settings)
    return result


def put_graph(http: requests.Session, settings: PushSettings, name: str, body: bytes, triples: int) -> GraphPush:
    params = {"graph": name} if name else {"default": ""}
    headers = {"Content-Type": NTRIPLES, **settings.headers}
    wait = settings.backoff
    for attempt in range(1, settings.attempts + 1):
        try:
            response = http.put(settings.graph_store, params=params, data=body, headers=headers, timeout=settings.timeout)
        except (requests.ConnectionError, requests.Timeout) as exc:
            problem, status, retry_after = f"{type(exc).__name__}: {exc}", None, None
        else:
            if response.status_code < 300:
                return GraphPush(name, triples, True, response.status_code, attempts=attempt)
            first_line = (response.text or "").strip().splitlines()[:1]
            problem = f"HTTP {response.status_code}" + (f": {first_line[0][:200]}" if first_line else "")
            status, retry_after = response.status_code, response.headers.get("Retry-After")
            if status not in RETRY_STATUS:
                return GraphPush(name, triples, False, status, problem, attempt)
        if attempt < settings.attempts:
            time.sleep(_delay(retry_after, wait))
            wait *= 2
    return GraphPush(name, triples, False, status, f"{problem} (after {settings.attempts} attempts)", settings.attempts)


def _delay(retry_after: str | None, wait: float) -> float:
    try:
        return min(60.0, max(wait, float(retry_after))) if retry_after else wait
    except ValueError:
        return wait


def count_remote(http: requests.Session, settings: PushSettings) -> int | None:
    """Quads in the endpoint's named graphs (a check that the push arrived)."""
    query = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    try:
        response = http.post(settings.endpoint, data={"query": query}, headers={"Accept": "application/sparql-results+json", **settings.headers},
                             timeout=settings.timeout)
        response.raise_for_status()
        return int(response.json()["results"]["bindings"][0]["n"]["value"])
    except (requests.RequestException, ValueError, KeyError, IndexError):
        return None
