"""The name index (builders/name_index.py): a query narrowed to the entities its name parameter matches
answers exactly what the plain query answers, and the index is never used when it is not the store's."""

from __future__ import annotations

import re

import pyoxigraph as ox
import pytest

from builders.errors import QueryError
from builders.name_index import (
    INDEX_FILE,
    NAME_PREDICATES,
    Lookup,
    NameIndex,
    names_of_nquads,
    read_index,
)
from builders.query import library, narrowed_text, run_query
from builders.sparql import OxigraphEngine
from builders.store import fill_store, store_engine, store_manifest

# per parameter: the header's example value, other case, part of a word, a whole alias, text in
# many names, text in none, and text that could end a string in SPARQL
VALUES = ["ImmunoGen", "immunogen", "GEN", "mertansine", "TAP", "TAP technology", "huN901-DM1", "Inc", "Gilead",
          "SmithKline", "cantuzumab mertansine", "Arcus", "no such name", "a", '") || true || ("',
          "TIGIT", "pd-1", "cancer", "Her2", "8-K", "10-k"]


def _plain(engine: OxigraphEngine) -> OxigraphEngine:
    return OxigraphEngine(engine.store, label="plain")  # no name index: the .rq text as written


def _lookup_cases():
    for query in library().values():
        for lookup in query.lookups:
            yield pytest.param(query.name, lookup.param, id=f"{query.name}-{lookup.param}")


@pytest.mark.parametrize(("name", "param"), list(_lookup_cases()))
def test_narrowed_query_answers_exactly_as_the_plain_query(library_out, name, param):
    fast = store_engine(library_out / "store")
    plain = _plain(fast)
    query = library()[name]
    narrowed = 0
    for value in VALUES:
        params = {param: value}
        assert run_query(fast, query, params).rows == run_query(plain, query, params).rows, (name, value)
        narrowed += narrowed_text(fast, query, params) != query.text
    assert narrowed >= len(VALUES) - 2  # the index was used (not the plain path every time)


# matched against the names of either of two entities (one VALUES cannot say "or")
EITHER_SIDE = {("license-terms", "company")}


def test_every_name_query_declares_its_lookup():
    """A query whose FILTER matches a string parameter against names says so in its header."""
    for query in library().values():
        for param in query.params:
            matches_names = f"LCASE(STR(?{param.name}))" in query.text and "skos:altLabel" in query.text
            if matches_names and (query.name, param.name) not in EITHER_SIDE:
                assert param.name in {lk.param for lk in query.lookups}, (query.name, param.name)


def test_the_index_file_holds_every_name_the_store_holds(library_out):
    store_dir = library_out / "store"
    index = read_index(store_dir, store_manifest(store_dir)["source_sha256"])
    store = store_engine(store_dir).store
    expected = set()
    for predicate in NAME_PREDICATES:
        for quad in store.quads_for_pattern(None, ox.NamedNode(predicate), None, ox.DefaultGraph()):
            expected.add((quad.subject.value, quad.object.value.lower()))
    held = {(iri, name) for iri, name in zip(index.iris, index.text[1:-1].split("\n"), strict=True)}
    assert held | set(index.odd) == expected


def test_an_index_of_another_graph_is_not_used(library_out, tmp_path):
    store_dir = library_out / "store"
    assert read_index(store_dir, "0" * 64) is None
    assert read_index(tmp_path, store_manifest(store_dir)["source_sha256"]) is None
    assert (store_dir / INDEX_FILE).is_file()


def test_names_with_escapes_blank_nodes_and_line_breaks():
    data = "\n".join([
        '<http://e/a> <http://www.w3.org/2000/01/rdf-schema#label> "Caf\\u00E9 \\"Q\\"" <http://e/g> .',
        '_:b <http://www.w3.org/2004/02/skos/core#altLabel> "Blank Co" <http://e/g> .',
        '<http://e/c> <http://www.w3.org/2000/01/rdf-schema#label> "two\\nlines"@en .',
        '<http://e/d> <http://www.w3.org/2000/01/rdf-schema#comment> "not a name" .',
    ]).encode()
    pairs = names_of_nquads(data)
    assert pairs == {("http://e/a", 'café "q"'), (None, "blank co"), ("http://e/c", "two\nlines")}
    index = NameIndex.of(pairs)
    assert index.matching("contains", "CAFÉ") == {"http://e/a"}
    assert index.matching("equals", "Two\nLines") == {"http://e/c"}
    assert index.matching("contains", "blank") == {None}  # the caller runs the plain query then
    assert index.matching("contains", "") is None
    assert index.matching("contains", "a", most=1) is None  # blank co, café


def test_lookup_lines_resolve_via_the_query_prefixes_and_refuse_what_they_cannot():
    fkg = {"fkg": "https://w3id.org/filing-kg/ontology#"}
    assert Lookup.parse("target contains ?p via fkg:target", fkg) == Lookup("target", "contains", "p",
                                                                           "https://w3id.org/filing-kg/ontology#target")
    assert Lookup.parse("name equals ?x") == Lookup("name", "equals", "x")
    for bad in ("target contains ?p via nope:target", "target like ?p", "target contains p", "t contains ?p via <a b>"):
        with pytest.raises((QueryError, ValueError)):
            Lookup.parse(bad, fkg)


def test_a_value_lookup_is_one_query_with_the_parameter_bound(library_engines):
    query = library()["products-by-target"]
    engine = library_engines["oxigraph"]
    pairs = engine.run("SELECT ?p ?t WHERE { ?p <https://w3id.org/filing-kg/ontology#target> ?t } ORDER BY ?p ?t").rows
    assert pairs
    part = str(pairs[0][1])[-4:].upper()
    expected = sorted({str(p) for p, t in pairs if part.lower() in str(t).lower()})
    text = narrowed_text(engine, query, {"target": part})
    # the candidates are written as prefixed names of namespaces declared before the query
    prefixes = dict(re.findall(r"^PREFIX (fkgv\d+): <([^>]+)>\n", text, re.M))
    assert prefixes and text.startswith("PREFIX fkgv0: ")

    def written(iri: str) -> str:
        return next((f"{p}:{iri[len(ns):]}" for p, ns in prefixes.items() if iri.startswith(ns) and "/" not in iri[len(ns):]), f"<{iri}>")

    assert f"VALUES ?p {{ {' '.join(written(iri) for iri in expected)} }}" in text
    # the VALUES blocks and their prefixes are all that was added: the value itself is never written in
    body = re.sub(r"^(?:PREFIX fkgv\d+: <[^>]+>\n)+", "", text)
    assert re.sub(r" VALUES \?p \{[^}]*\} ", "", body) == query.text
    assert narrowed_text(library_engines["rdflib"], query, {"target": part}) == query.text


def test_an_updated_store_keeps_the_index_a_full_reading_would_write(tmp_path):
    """Replacing graphs updates the name index from the changed statements only; the file must be the
    one reading every name of the new graph gives, names that only changed case included."""
    from builders.store import replace_graphs

    ex = "http://example.org/"
    label = "<http://www.w3.org/2000/01/rdf-schema#label>"
    alt = "<http://www.w3.org/2004/02/skos/core#altLabel>"
    old = (f'<{ex}acme> {label} "Acme Bio, Inc." <{ex}g1> .\n<{ex}acme> {alt} "ACME" <{ex}g1> .\n'
           f'<{ex}acme> {alt} "Acme" <{ex}g2> .\n<{ex}zeta> {label} "Zeta Pharma" <{ex}g2> .\n'
           f'<{ex}beta> {label} "Beta\\nLine" <{ex}g1> .\n')
    source = tmp_path / "graph.nq"
    source.write_text(old)
    fill_store(source, tmp_path / "store")
    g1 = f'<{ex}acme> {label} "Acme Bio, Inc." <{ex}g1> .\n<{ex}new> {label} "New Co" <{ex}g1> .\n'
    new = g1 + f'<{ex}acme> {alt} "Acme" <{ex}g2> .\n<{ex}zeta> {label} "Zeta Pharma" <{ex}g2> .\n'
    source.write_text(new)
    previous = store_manifest(tmp_path / "store")["source_sha256"]
    assert replace_graphs(tmp_path / "store", source, source, {f"{ex}g1": g1}, previous) is not None
    updated = (tmp_path / "store" / "filing-kg-names.tsv").read_text()
    fill_store(source, tmp_path / "fresh")
    assert updated == (tmp_path / "fresh" / "filing-kg-names.tsv").read_text()
    index = read_index(tmp_path / "store", store_manifest(tmp_path / "store")["source_sha256"])
    assert index.matching("equals", "acme") == {f"{ex}acme"}  # "ACME" left with g1, "Acme" of g2 stays
    assert index.matching("contains", "line") == set() and index.matching("equals", "new co") == {f"{ex}new"}
