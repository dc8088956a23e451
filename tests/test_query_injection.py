"""Query parameters are RDF terms, never SPARQL text: hostile values match nothing and change nothing.

(The SPARQL endpoint's own refusals — Update, SERVICE, LOAD, size, timeout, bind
address — are tested with `filing-kg serve`; see SECURITY.md.)
"""

from __future__ import annotations

import pytest

from builders.errors import QueryError
from builders.query import library, run_query

HOSTILE = [
    'cantuzumab mertansine") || true || ("',
    'x" } UNION { ?license ?p ?o } #',
    "x' . } INSERT DATA { <http://e/x> <http://e/y> <http://e/z> } #",
    'x"^^<http://www.w3.org/2001/XMLSchema#string> ) ) } SERVICE <http://127.0.0.1:1/> { ?s ?p ?o } #',
    "cantuzumab mertansine\n} LIMIT 1000 #",
]


ENGINES = ["rdflib", "oxigraph"]


@pytest.fixture(params=ENGINES)
def engine(request, library_engines):
    return library_engines[request.param]


def _count(engine, name: str, **params) -> int:
    return len(run_query(engine, library()[name], params).rows)


def _size(engine) -> int:
    return int(engine.run("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").rows[0][0])


def test_a_plain_value_matches(engine):
    assert _count(engine, "license-history", product="cantuzumab mertansine") > 0


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_string_parameters_match_nothing_and_change_nothing(engine, value):
    before = _size(engine)
    for name, param in (("license-history", "product"), ("entity-facts", "entity"), ("licensing-partners", "company")):
        assert _count(engine, name, **{param: value}) == 0, (name, value)
    assert _size(engine) == before


@pytest.mark.parametrize(("param", "value"), [("date", "2003-01-01\"^^<x> } #"), ("date", "today; DROP ALL")])
def test_typed_parameters_refuse_what_is_not_their_type(engine, param, value):
    with pytest.raises(QueryError, match="expected a date"):
        run_query(engine, library()["rights-holder"], {param: value})


@pytest.mark.parametrize("value", ["1999 } ", "1999.5", "0x7CF"])
def test_year_parameters_refuse_what_is_not_a_year(engine, value):
    with pytest.raises(QueryError, match="expected a year"):
        run_query(engine, library()["licenses-ended"], {"from": value})
