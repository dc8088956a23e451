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


def _count(ds, name: str, **params) -> int:
    return len(list(run_query(ds, library()[name], params)))


def test_a_plain_value_matches(seed_dataset):
    assert _count(seed_dataset, "license-history", product="cantuzumab mertansine") > 0


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_string_parameters_match_nothing_and_change_nothing(seed_dataset, value):
    quads = len(list(seed_dataset.quads((None, None, None, None))))
    for name, param in (("license-history", "product"), ("entity-facts", "entity"), ("licensing-partners", "company")):
        assert _count(seed_dataset, name, **{param: value}) == 0, (name, value)
    assert len(list(seed_dataset.quads((None, None, None, None)))) == quads


@pytest.mark.parametrize(("param", "value"), [("date", "2003-01-01\"^^<x> } #"), ("date", "today; DROP ALL")])
def test_typed_parameters_refuse_what_is_not_their_type(seed_dataset, param, value):
    with pytest.raises(QueryError, match="expected a date"):
        run_query(seed_dataset, library()["rights-holder"], {param: value})


@pytest.mark.parametrize("value", ["1999 } ", "1999.5", "0x7CF"])
def test_year_parameters_refuse_what_is_not_a_year(seed_dataset, value):
    with pytest.raises(QueryError, match="expected a year"):
        run_query(seed_dataset, library()["licenses-ended"], {"from": value})
