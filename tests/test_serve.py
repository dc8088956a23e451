"""The SPARQL endpoint over loopback: a real client (SPARQLWrapper), plain requests, and refusals."""

from __future__ import annotations

import csv
import io
import json
import threading
import time
import urllib.error
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
import requests
from rdflib import Graph, URIRef
from SPARQLWrapper import (
    CSV,
    JSON,
    JSONLD,
    POST,
    POSTDIRECTLY,
    RDFXML,
    TSV,
    TURTLE,
    XML,
    SPARQLWrapper,
)
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from builders.cli import _parser
from builders.query import library, with_defaults
from builders.serve import ServeConfig, start
from builders.vocab import filing_iri

PREFIXES = "PREFIX fkg: <https://w3id.org/filing-kg/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
LICENSES = PREFIXES + """SELECT ?licensee ?asset WHERE {
  ?l a fkg:License ; fkg:licensor/rdfs:label "ImmunoGen, Inc." ; fkg:licensee/rdfs:label ?licensee ;
     fkg:licensedAsset/rdfs:label ?asset } ORDER BY ?licensee ?asset"""
SEED_LICENSEES = ["Abgenix", "Boehringer Ingelheim", "British Biotech", "Genentech", "Millennium", "SmithKline Beecham"]
HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


@pytest.fixture(scope="module")
def endpoint(library_out):
    running = start(ServeConfig(store=str(library_out / "store"), port=0, workers=1, quiet=True))
    yield running.url + "sparql"
    running.stop()


@pytest.fixture(scope="module")
def tight(library_out):
    """An endpoint with a 1 s time limit and 5 rows per answer."""
    running = start(ServeConfig(graph=str(library_out), port=0, workers=2, timeout=1.0, max_rows=5, quiet=True))
    yield running.url + "sparql"
    running.stop()


def client(url: str, query: str, fmt=JSON) -> SPARQLWrapper:
    sparql = SPARQLWrapper(url)
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    return sparql


# --------------------------------------------------------------------------- a real client


def test_sparqlwrapper_select_as_json_xml_csv_tsv(endpoint):
    data = client(endpoint, LICENSES, JSON).queryAndConvert()
    assert data["head"]["vars"] == ["licensee", "asset"]
    assert [b["licensee"]["value"] for b in data["results"]["bindings"]] == SEED_LICENSEES
    assert data["results"]["bindings"][0]["asset"] == {"type": "literal", "value": "TAP technology"}

    doc = client(endpoint, LICENSES, XML).queryAndConvert()
    assert [n.firstChild.data for n in doc.getElementsByTagName("literal")][::2] == SEED_LICENSEES

    rows = list(csv.reader(io.StringIO(client(endpoint, LICENSES, CSV).queryAndConvert().decode())))
    assert rows[0] == ["licensee", "asset"] and [r[0] for r in rows[1:]] == SEED_LICENSEES

    tsv = client(endpoint, LICENSES, TSV).queryAndConvert().decode().splitlines()
    assert tsv[0] == "?licensee\t?asset" and tsv[1] == '"Abgenix"\t"TAP technology"'


def test_sparqlwrapper_posts_form_encoded_and_direct(endpoint):
    form = client(endpoint, LICENSES)
    form.setMethod(POST)
    direct = client(endpoint, LICENSES)
    direct.setMethod(POST)
    direct.setRequestMethod(POSTDIRECTLY)
    for sparql in (form, direct):
        bindings = sparql.queryAndConvert()["results"]["bindings"]
        assert [b["licensee"]["value"] for b in bindings] == SEED_LICENSEES


def test_sparqlwrapper_ask_and_construct_in_every_graph_format(endpoint):
    assert client(endpoint, PREFIXES + "ASK { ?p a fkg:TechnologyPlatform }").queryAndConvert()["boolean"] is True
    construct = PREFIXES + "CONSTRUCT { ?l fkg:licensee ?le } WHERE { ?l a fkg:License ; fkg:licensee ?le }"
    turtle = Graph().parse(data=client(endpoint, construct, TURTLE).queryAndConvert().decode(), format="turtle")
    from_xml = client(endpoint, construct, RDFXML).queryAndConvert()
    from_jsonld = client(endpoint, construct, JSONLD).queryAndConvert()
    assert len(turtle) == len(from_xml) == len(from_jsonld) == 11  # the library build's 11 licenses (ABVC's partner table's three too)
    assert set(turtle) == set(from_xml) == set(from_jsonld)


def test_sparqlwrapper_sees_refusals_and_bad_queries(endpoint):
    update = client(endpoint, "INSERT DATA { <http://a> <http://b> <http://c> }")
    update.setMethod(POST)
    with pytest.raises(urllib.error.HTTPError) as refused:
        update.query()
    assert refused.value.code == 403
    with pytest.raises(urllib.error.HTTPError) as service:
        client(endpoint, "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }").query()
    assert service.value.code == 403
    with pytest.raises(QueryBadFormed):
        client(endpoint, "SELECT * WHERE { ?s ?p ").query()


# --------------------------------------------------------------------------- plain HTTP


def test_content_negotiation_follows_accept_and_q_values(endpoint):
    query = {"query": LICENSES}
    cases = {
        "text/csv;q=0.5, application/sparql-results+xml": "application/sparql-results+xml",
        "text/tab-separated-values": "text/tab-separated-values",
        "application/json": "application/sparql-results+json",
        "*/*": "application/sparql-results+json",
        "text/html": "text/html",
    }
    for accept, expected in cases.items():
        r = requests.get(endpoint, params=query, headers={"Accept": accept}, timeout=30)
        assert r.status_code == 200 and r.headers["Content-Type"].startswith(expected), accept
    assert requests.get(endpoint, params={**query, "format": "csv"}, timeout=30).text.startswith("licensee,asset\r\n")
    r = requests.get(endpoint, params=query, headers={"Accept": "image/png"}, timeout=30)
    assert r.status_code == 406 and "text/csv" in r.text


def test_construct_and_describe_as_ntriples_jsonld_turtle(endpoint):
    construct = PREFIXES + "CONSTRUCT { ?p rdfs:label ?n } WHERE { ?p a fkg:TechnologyPlatform ; rdfs:label ?n }"
    nt = requests.post(endpoint, data={"query": construct}, headers={"Accept": "application/n-triples"}, timeout=30)
    assert nt.headers["Content-Type"].startswith("application/n-triples")
    assert nt.text == '<https://w3id.org/filing-kg/id/platform/tap-technology> <http://www.w3.org/2000/01/rdf-schema#label> "TAP technology" .\n'
    ld = requests.post(endpoint, data={"query": construct}, headers={"Accept": "application/ld+json"}, timeout=30)
    assert "TAP technology" in json.dumps(ld.json())
    describe = requests.get(endpoint, params={"query": "DESCRIBE <https://w3id.org/filing-kg/id/platform/tap-technology>"}, timeout=30)
    assert describe.headers["Content-Type"].startswith("text/turtle")
    g = Graph().parse(data=describe.text, format="turtle")
    assert (URIRef("https://w3id.org/filing-kg/id/platform/tap-technology"), None, None) in g


def test_post_sparql_query_body_and_default_graph_uri(endpoint):
    count = PREFIXES + "SELECT (COUNT(?f) AS ?n) WHERE { ?f a fkg:Filing }"
    r = requests.post(endpoint, data=count.encode(), headers={"Content-Type": "application/sparql-query"}, timeout=30)
    assert r.json()["results"]["bindings"][0]["n"]["value"] == "3"
    one = requests.post(endpoint, params={"default-graph-uri": str(filing_iri("0001213900-25-032135"))},
                        data=count.encode(), headers={"Content-Type": "application/sparql-query"}, timeout=30)
    assert one.json()["results"]["bindings"][0]["n"]["value"] == "1"


@pytest.mark.parametrize("request_kwargs, status", [
    ({"method": "POST", "data": {"update": "INSERT DATA { <http://a> <http://b> <http://c> }"}}, 403),
    ({"method": "POST", "data": b"DROP ALL", "headers": {"Content-Type": "application/sparql-update"}}, 403),
    ({"method": "GET", "params": {"query": "DELETE WHERE { ?s ?p ?o }"}}, 403),
    ({"method": "GET", "params": {"query": "LOAD <http://example.org/x.ttl>"}}, 403),
    ({"method": "GET", "params": {"query": "SELECT * { ?s ?p ?o }", "named-graph-uri": "http://x"}}, 400),
    ({"method": "GET", "params": {}}, 400),
    ({"method": "GET", "params": {"query": ["ASK {}", "ASK {}"]}}, 400),
    ({"method": "POST", "data": b"ASK {}", "headers": {"Content-Type": "text/plain"}}, 415),
    ({"method": "PUT", "data": b"x"}, 405),
])
def test_refusals_and_bad_requests(endpoint, request_kwargs, status):
    method = request_kwargs.pop("method")
    r = requests.request(method, endpoint, timeout=30, **request_kwargs)
    assert r.status_code == status, r.text


def test_service_never_reaches_another_host(endpoint):
    hits = []

    class Recorder(BaseHTTPRequestHandler):
        def do_GET(self):
            hits.append(self.path)
            self.send_response(200)
            self.end_headers()

        do_POST = do_GET

        def log_message(self, *args):
            pass

    other = HTTPServer(("127.0.0.1", 0), Recorder)
    threading.Thread(target=other.serve_forever, daemon=True).start()
    try:
        target = f"http://127.0.0.1:{other.server_address[1]}/sparql"
        r = requests.get(endpoint, params={"query": f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}"}, timeout=30)
        assert r.status_code == 403 and "SERVICE" in r.text
        assert hits == []
    finally:
        other.shutdown()
        other.server_close()


def test_time_limit_stops_a_runaway_query_and_the_endpoint_recovers(tight):
    started = time.monotonic()
    r = requests.get(tight, params={"query": HEAVY}, timeout=60)
    assert r.status_code == 503 and "time limit" in r.text
    assert time.monotonic() - started < 10
    deadline = time.monotonic() + 30
    while True:  # the killed worker is replaced in the background
        ok = requests.get(tight, params={"query": "ASK { ?s ?p ?o }"}, timeout=30)
        if ok.status_code == 200 or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert ok.json()["boolean"] is True


def test_row_limit_cuts_the_answer_and_says_so(tight):
    r = requests.get(tight, params={"query": "SELECT * WHERE { ?s ?p ?o }"}, timeout=30)
    assert len(r.json()["results"]["bindings"]) == 5
    assert r.headers["X-Filing-KG-Truncated"] == "5 rows"
    small = requests.get(tight, params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 3"}, timeout=30)
    assert "X-Filing-KG-Truncated" not in small.headers


def test_cors_preflight_for_browser_clients(endpoint):
    r = requests.options(endpoint, headers={"Origin": "https://yasgui.example", "Access-Control-Request-Method": "POST"}, timeout=30)
    assert r.status_code == 204
    assert r.headers["Access-Control-Allow-Origin"] == "*" and "POST" in r.headers["Access-Control-Allow-Methods"]


def test_page_lists_the_library_and_each_query_runs_as_shown(endpoint):
    page = requests.get(endpoint.removesuffix("sparql"), timeout=30)
    assert page.status_code == 200 and page.headers["Content-Type"].startswith("text/html")
    for query in library().values():
        assert query.title.replace("'", "&#x27;") in page.text or query.title in page.text
        r = requests.post(endpoint, data={"query": with_defaults(query)}, headers={"Accept": "application/sparql-results+json"}, timeout=60)
        assert r.status_code == 200, (query.name, r.text)
    history = requests.post(endpoint, data={"query": with_defaults(library()["license-history"])}, timeout=60).json()
    assert {b["asset"]["value"] for b in history["results"]["bindings"]} >= {"cantuzumab mertansine", "TAP technology"}
    assert requests.get(endpoint.removesuffix("sparql") + "nope", timeout=30).status_code == 404


def test_binds_loopback_unless_told_otherwise(endpoint):
    assert ServeConfig().host == "127.0.0.1"
    assert _parser().parse_args(["serve", "--store", "x"]).host == "127.0.0.1"
    assert endpoint.startswith("http://127.0.0.1:")
