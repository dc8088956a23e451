"""Parameter binding on both engines, injection attempts, and what the lexer sees in a query."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from builders.errors import QueryError
from builders.query import library, load_query, run_query
from builders.sparql import bind_text, keywords, query_form, read_only_refusal, where_group_start

ENGINES = ["rdflib", "oxigraph"]

NASTY = [
    'huN901-DM1" } UNION { ?iri ?p ?o } #',
    "x') || true || ('",
    'a"\n} ; DROP ALL ; SELECT * WHERE { ?s ?p ?o',
    "<https://w3id.org/filing-kg/id/product/hun901-dm1>",
    "back\\slash \\u0022 and \\\" and tab\t end",
    '"""triple""" \'\'\'single\'\'\'',
    "unicode \u00e9\u4e2d\U0001f600 > < { } # ?s $s",
    "",
]


@pytest.fixture(params=ENGINES)
def engine(request, library_engines):
    return library_engines[request.param]


@pytest.mark.parametrize("value", NASTY)
def test_a_parameter_value_comes_back_exactly_as_given(engine, tmp_path, value):
    rq = tmp_path / "echo.rq"
    rq.write_text("# title: echo\n# param: v (string, required) - anything\n"
                  "SELECT ?echo ?len WHERE { BIND (?v AS ?echo) BIND (STRLEN(?v) AS ?len) }\n", encoding="utf-8")
    rows = run_query(engine, load_query(str(rq)), {"v": value}).records()
    assert rows == [{"echo": Literal(value), "len": Literal(len(value), datatype=XSD.integer)}]


@pytest.mark.parametrize("value", NASTY)
def test_injection_attempts_match_nothing_instead_of_everything(engine, value):
    assert run_query(engine, library()["entity-facts"], {"entity": value}).rows == []
    assert run_query(engine, library()["rights-holder"], {"product": value, "date": "2002-06-30"}).rows == []
    assert run_query(engine, library()["filings"], {"form": value}).rows == []


def test_the_same_queries_do_match_with_honest_values(engine):
    assert len(run_query(engine, library()["entity-facts"], {"entity": "huN901-DM1"}).rows) == 5
    assert len(run_query(engine, library()["rights-holder"], {"product": "cantuzumab mertansine", "date": "2002-06-30"}).rows) == 1


def test_iri_parameters_must_be_iris(engine):
    query = library()["entity-facts"]
    for bad in ["https://w3id.org/x> } UNION { ?s ?p ?o", "not an iri", "https://a b", 'https://x/"'] :
        with pytest.raises(QueryError, match="expected an iri"):
            run_query(engine, query, {"iri": bad})


def test_parameters_reach_subqueries_unions_and_exists_on_both_engines(library_engines, tmp_path):
    rq = tmp_path / "scopes.rq"
    rq.write_text(
        "# title: scopes\n# param: name (string, required) - a label\n"
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
        "SELECT ?how ?x WHERE {\n"
        "  { SELECT ?x (\"sub\" AS ?how) WHERE { ?x rdfs:label ?name } }\n"
        "  UNION { ?x rdfs:label ?l . FILTER (?l = ?name) BIND (\"union\" AS ?how) }\n"
        "  UNION { ?x a ?c . FILTER EXISTS { ?x rdfs:label ?name } BIND (\"exists\" AS ?how) }\n"
        "  UNION { OPTIONAL { ?x rdfs:label ?name } BIND (\"optional\" AS ?how) FILTER (BOUND(?x)) }\n"
        "}\n", encoding="utf-8")
    query = load_query(str(rq))
    answers = {name: sorted((str(r["how"]), str(r["x"])) for r in run_query(e, query, {"name": "huN901-DM1"}).records())
               for name, e in library_engines.items()}
    assert answers["rdflib"] == answers["oxigraph"]
    hun = "https://w3id.org/filing-kg/id/product/hun901-dm1"
    assert {how for how, x in answers["oxigraph"] if x == hun} == {"sub", "union", "exists", "optional"}


def test_bind_text_opens_each_group_that_uses_the_parameter_and_nothing_else():
    text = ('SELECT ?a WHERE { ?a <p> "{ ?x }" . VALUES ?v { 1 } { ?a <q> ?x } UNION { ?a <r> ?b } '
            'FILTER EXISTS { ?a <s> ?x } OPTIONAL { SELECT ?a WHERE { ?a <t> ?x } } } # { ?x }')
    bound = bind_text(text, ["x"])
    call = 'BIND(<urn:x-filing-kg:param>("x") AS ?x)'
    assert bound.count(call) == 4  # outer group, union branch, EXISTS, the subquery's WHERE
    assert '{ ?a <r> ?b }' in bound and 'VALUES ?v { 1 }' in bound and '"{ ?x }"' in bound
    assert "{ SELECT ?a WHERE { " + call in bound
    with pytest.raises(QueryError, match="not a SPARQL variable name"):
        bind_text(text, ['x) AS ?y } #'])
    with pytest.raises(QueryError, match="no WHERE group"):
        bind_text("DESCRIBE <https://x>", ["x"])


def test_keywords_ignore_strings_iris_comments_variables_and_prefixed_names():
    text = ('PREFIX service: <http://ex/SERVICE#> # SERVICE in a comment\n'
            'SELECT ?service ?load WHERE { ?s service:x "SERVICE <http://evil>" ; <http://ex/INSERT> $insert }')
    assert "SERVICE" not in keywords(text) and "INSERT" not in keywords(text)
    assert read_only_refusal(text) is None
    assert query_form(text) == "SELECT"


@pytest.mark.parametrize("text, refused", [
    ("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", "SERVICE"),
    ("select * { service silent <http://x/> { ?s ?p ?o } }", "SERVICE"),
    ("INSERT DATA { <http://a> <http://b> <http://c> }", "Update"),
    ("PREFIX x: <http://x/> DELETE WHERE { ?s ?p ?o }", "Update"),
    ("LOAD <http://example.org/data.ttl>", "Update"),
    ("CLEAR ALL", "Update"),
    ("DROP GRAPH <http://x>", "Update"),
    ("WITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", "Update"),
])
def test_updates_load_and_service_are_recognised(text, refused):
    assert refused in (read_only_refusal(text) or "")


def test_where_group_start_finds_the_outer_group():
    text = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
    assert text[where_group_start(text) - 1:] == "{ ?s ?p ?o }"
    assert where_group_start("ASK { ?s ?p ?o }") == 5
    assert where_group_start("DESCRIBE <http://x>") is None


def test_terms_from_oxigraph_keep_their_type_and_lexical_form(library_engines):
    text = 'SELECT ?a ?b ?c ?d WHERE { BIND("2003"^^<http://www.w3.org/2001/XMLSchema#gYear> AS ?a) BIND("x"@en AS ?b) BIND(<http://x/y> AS ?c) BIND("plain" AS ?d) }'
    rdflib_row, ox_row = (e.run(text).rows[0] for e in library_engines.values())
    assert ox_row[0] == Literal("2003", datatype=XSD.gYear) and str(ox_row[0]) == "2003"
    assert ox_row[1] == Literal("x", lang="en") and ox_row[2] == URIRef("http://x/y") and ox_row[3] == Literal("plain")
    assert rdflib_row[1:] == ox_row[1:]


def test_one_lexical_form_under_different_types_stays_different_terms(library_engines):
    # answers convert each distinct value once: "1", "1"@en, "1"^^xsd:integer and <1> must not share a term
    text = ('SELECT ?v WHERE { VALUES ?v { "1" "1"@en "1"^^<http://www.w3.org/2001/XMLSchema#integer> '
            '<http://x/1> "1" UNDEF } }')
    rows = [row[0] for row in library_engines["oxigraph"].run(text).rows]
    assert rows == [Literal("1"), Literal("1", lang="en"), Literal("1", datatype=XSD.integer),
                    URIRef("http://x/1"), Literal("1"), None]
    assert [type(v) for v in rows[:4]] == [Literal, Literal, Literal, URIRef]
    assert rows[2].datatype == XSD.integer and rows[1].language == "en" and rows[0].datatype is None


def test_candidate_iris_are_written_short_under_a_prefix_the_text_declares():
    from builders.sparql import values_text

    text = "SELECT ?p WHERE { ?p <http://x/p> ?o }"
    iris = ["https://w3id.org/filing-kg/id/product/zx-101", "https://w3id.org/filing-kg/id/product/a.b", "http://x/other/q"]
    narrowed = values_text(text, {"p": iris})
    assert narrowed.startswith("PREFIX fkgv0: <https://w3id.org/filing-kg/id/product/>\nPREFIX fkgv1: <http://x/other/>\n")
    assert "VALUES ?p { fkgv0:zx-101 <https://w3id.org/filing-kg/id/product/a.b> fkgv1:q }" in narrowed
    # a query that uses the name itself keeps its meaning: the IRIs are written whole
    own = "PREFIX fkgv0: <http://else/>\nSELECT ?p WHERE { ?p fkgv0:p ?o }"
    assert values_text(own, {"p": iris[:1]}) == own.replace("WHERE {", "WHERE { VALUES ?p { <https://w3id.org/filing-kg/id/product/zx-101> } ", 1)
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode(iris[0]), ox.NamedNode("http://x/p"), ox.Literal("1")))
    assert [row[0].value for row in store.query(narrowed)] == [iris[0]]
