"""Fast whole-graph validation: the SHACL shapes compiled to SPARQL and run on Oxigraph.

pyshacl (:mod:`builders.validate`) stays the reference: it walks the graph in Python, focus
node by focus node, which takes minutes at 10^6 triples. Here each constraint of
``shapes.ttl`` becomes one SPARQL SELECT that returns every focus node (and value) violating
it, and Oxigraph answers it over its indexes: the whole store in about a second.

The compiler covers the SHACL Core constraints the shapes use (targetClass,
targetSubjectsOf, IRI and inverse paths, min/maxCount, datatype, pattern, class, in,
hasValue, disjoint, lessThan, minInclusive, minLength, or of simple shapes) and SPARQL-based
constraints; a shape using anything else is refused with an error naming it, never skipped
silently. Semantics follow pyshacl's, including its corner cases: a value that cannot be
compared fails minInclusive and lessThan; an ill-formed typed literal
(``"2024-02-30"^^xsd:date``) fails sh:datatype; sh:class and sh:targetClass follow
rdfs:subClassOf, read from the ontology (which pyshacl is given as ont_graph).
tests/test_fastvalidate.py checks that both report exactly the same results (focus, path,
constraint component, message, value) on a broken graph per shape.

Use :func:`validate_store` on a filled store (a build folder's ``store/``: its default graph is
the union of the filings) or :func:`validate_fast` on an rdflib graph.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from functools import lru_cache

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH, XSD

from .errors import GraphError
from .resources import ontology_graph, shapes_graph
from .validate import Result, ValidationReport, _short, make_report

# Datatypes whose lexical forms Oxigraph can check by casting (pyshacl: Literal.ill_typed).
_CASTABLE = {XSD.date, XSD.gYear, XSD.gYearMonth, XSD.integer, XSD.boolean, XSD.decimal, XSD.double}
_PREFIXES = "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\nPREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n"


@dataclass(frozen=True)
class Check:
    """Constraints of one shape and path as one query: every row is a violation (?this, and
    ?value when it has one). With several components, each row says which it violates in
    boolean columns ?c0, ?c1 ... (one query per path instead of one per constraint: the scan
    of the values is the cost, so it is paid once)."""

    shape: str  # the node shape it belongs to, for error messages and timings
    components: tuple[str, ...]
    path: str
    message: str
    query: str
    has_value: bool = True  # rows bind ?value (the offending value), else only ?this

    def violated(self, row) -> list[str]:
        if len(self.components) == 1:
            return list(self.components)
        return [c for i, c in enumerate(self.components) if _true(row[f"c{i}"])]


def _true(term) -> bool:
    return term is not None and term.value == "true"


class UnsupportedShape(GraphError):
    """shapes.ttl uses a SHACL feature this compiler does not translate."""


# --------------------------------------------------------------------------- compiling the shapes


@lru_cache(maxsize=1)
def compiled_checks() -> tuple[Check, ...]:
    return tuple(compile_shapes(shapes_graph(), ontology_graph()))


def compile_shapes(shapes: Graph, ontology: Graph) -> list[Check]:
    compiler = _Compiler(shapes, ontology)
    checks: list[Check] = []
    node_shapes = set(shapes.subjects(RDF.type, SH.NodeShape))
    for shape in sorted(node_shapes):
        checks += compiler.node_shape(shape)
    return checks


class _Compiler:
    def __init__(self, shapes: Graph, ontology: Graph) -> None:
        self.sg = shapes
        self.subclasses: dict[URIRef, set[URIRef]] = {}
        for sub, sup in ontology.subject_objects(RDFS.subClassOf):
            self.subclasses.setdefault(sup, set()).add(sub)

    # ---- helpers

    def closure(self, cls: URIRef) -> list[URIRef]:
        """``cls`` and every class below it (rdfs:subClassOf*)."""
        seen, todo = {cls}, [cls]
        while todo:
            for sub in self.subclasses.get(todo.pop(), ()):
                if sub not in seen:
                    seen.add(sub)
                    todo.append(sub)
        return sorted(seen)

    def is_instance(self, var: str, cls: URIRef) -> str:
        values = " ".join(f"<{c}>" for c in self.closure(cls))
        return f"EXISTS {{ {var} rdf:type ?_t . VALUES ?_t {{ {values} }} }}"

    def message(self, *nodes) -> str:
        for node in nodes:
            msg = self.sg.value(node, SH.message)
            if msg is not None:
                return str(msg)
        raise UnsupportedShape(f"shapes.ttl: {nodes[0]}: no sh:message (the fast validator needs one to match pyshacl's)")

    def path(self, shape) -> tuple[str, str]:
        """(SPARQL path, printed path) of a property shape."""
        path = self.sg.value(shape, SH.path)
        if isinstance(path, URIRef):
            return f"<{path}>", _short(path)
        inverse = self.sg.value(path, SH.inversePath)
        if isinstance(inverse, URIRef):
            return f"^<{inverse}>", f"^{_short(inverse)}"
        raise UnsupportedShape(f"shapes.ttl: {shape}: only IRI and inverse paths are compiled")

    def target(self, shape) -> str:
        parts = []
        for cls in self.sg.objects(shape, SH.targetClass):
            values = " ".join(f"<{c}>" for c in self.closure(cls))
            parts.append(f"{{ ?this rdf:type ?_tc . VALUES ?_tc {{ {values} }} }}")
        for prop in self.sg.objects(shape, SH.targetSubjectsOf):
            parts.append(f"{{ ?this <{prop}> ?_any }}")
        for kind in (SH.targetNode, SH.targetObjectsOf, SH.target):
            if self.sg.value(shape, kind) is not None:
                raise UnsupportedShape(f"shapes.ttl: {shape}: {_short(kind)} is not compiled")
        if not parts:
            return ""
        return "{ SELECT DISTINCT ?this WHERE { " + " UNION ".join(parts) + " } }"

    # ---- shapes

    def node_shape(self, shape) -> list[Check]:
        target = self.target(shape)
        if not target:
            return []
        name = _short(shape)
        checks = []
        for prop in sorted(self.sg.objects(shape, SH.property)):
            checks += self.property_shape(name, target, prop)
        node_message = lambda: self.message(shape)  # noqa: E731 - only asked for when needed
        for members in self.sg.objects(shape, SH["or"]):
            cond = " || ".join(self.conforms("?this", m) for m in Collection(self.sg, members))
            checks.append(Check(name, ("OrConstraintComponent",), "(node)", node_message(),
                                f"SELECT ?this WHERE {{ {target} FILTER (!({cond})) }}", has_value=False))
        for sparql in self.sg.objects(shape, SH.sparql):
            checks.append(self.sparql(name, target, shape, sparql))
        self._refuse_others(shape, {SH.targetClass, SH.targetSubjectsOf, SH.property, SH["or"], SH.sparql, SH.message, RDF.type, RDFS.label})
        return checks

    def property_shape(self, name: str, target: str, prop) -> list[Check]:
        path, shown = self.path(prop)
        message = self.message(prop)
        each = f"{target} ?this {path} ?value ."

        def check(component: str, body: str, tail: str = "") -> Check:
            """A check whose rows are violations; one with a ``tail`` (GROUP BY) has no ?value."""
            select = "?this" if tail else "?this ?value"
            return Check(name, (component,), shown, message, f"SELECT {select} WHERE {{ {body} }} {tail}", has_value=not tail)

        checks = []
        sg = self.sg
        checks += self.cardinality(name, target, path, shown, message, sg.value(prop, SH.minCount), sg.value(prop, SH.maxCount))
        # Constraints on each value: one query for all of them, a flag column each.
        conditions: list[tuple[str, str]] = []  # (component, "this value violates it")
        datatype = sg.value(prop, SH.datatype)
        if datatype is not None:
            conditions.append(("DatatypeConstraintComponent", f"!({self.has_datatype('?value', datatype)})"))
        pattern = sg.value(prop, SH.pattern)
        if pattern is not None:
            flags = sg.value(prop, SH.flags)
            regex = f"REGEX(STR(?value), {_literal(pattern)}{', ' + _literal(flags) if flags else ''})"
            conditions.append(("PatternConstraintComponent", f"(isBlank(?value) || !{regex})"))
        cls = sg.value(prop, SH["class"])
        if cls is not None:
            conditions.append(("ClassConstraintComponent", f"NOT {self.is_instance('?value', cls)}"))
        allowed = sg.value(prop, SH["in"])
        if allowed is not None:
            one_of = " || ".join(f"sameTerm(?value, {_term(v)})" for v in Collection(sg, allowed))
            conditions.append(("InConstraintComponent", f"!({one_of})"))
        min_inclusive = sg.value(prop, SH.minInclusive)
        if min_inclusive is not None:
            conditions.append(("MinInclusiveConstraintComponent", f"!COALESCE(?value >= {_term(min_inclusive)}, false)"))
        min_length = sg.value(prop, SH.minLength)
        if min_length is not None:
            conditions.append(("MinLengthConstraintComponent", f"(isBlank(?value) || STRLEN(STR(?value)) < {int(min_length)})"))
        for members in sg.objects(prop, SH["or"]):
            cond = " || ".join(self.conforms("?value", m) for m in Collection(sg, members))
            conditions.append(("OrConstraintComponent", f"!({cond})"))
        if len(conditions) == 1 and cls is not None:
            # The class alone: an anti-join (MINUS) is evaluated once, not per value as NOT
            # EXISTS is: half the time on the evidence nodes at 10^6 triples.
            values = " ".join(f"<{c}>" for c in self.closure(cls))
            checks.append(check(conditions[0][0], f"{each} MINUS {{ ?value rdf:type ?_t . VALUES ?_t {{ {values} }} }}"))
        elif len(conditions) == 1:
            checks.append(check(conditions[0][0], f"{each} FILTER ({conditions[0][1]})"))
        elif conditions:
            binds = " ".join(f"BIND ({cond} AS ?c{i})" for i, (_c, cond) in enumerate(conditions))
            flags = " ".join(f"?c{i}" for i in range(len(conditions)))
            any_ = " || ".join(f"?c{i}" for i in range(len(conditions)))
            checks.append(Check(name, tuple(c for c, _cond in conditions), shown, message,
                                f"SELECT ?this ?value {flags} WHERE {{ {each} {binds} FILTER ({any_}) }}"))
        # Constraints comparing with another property or asking for a value: their own queries.
        has_value = sg.value(prop, SH.hasValue)
        if has_value is not None:
            checks.append(Check(name, ("HasValueConstraintComponent",), shown, message,
                                f"SELECT ?this WHERE {{ {target} FILTER NOT EXISTS {{ ?this {path} {_term(has_value)} }} }}", has_value=False))
        disjoint = sg.value(prop, SH.disjoint)
        if disjoint is not None:
            checks.append(check("DisjointConstraintComponent", f"{each} ?this <{disjoint}> ?value ."))
        less_than = sg.value(prop, SH.lessThan)
        if less_than is not None:
            checks.append(check("LessThanConstraintComponent", f"{each} ?this <{less_than}> ?_o . FILTER (!COALESCE(?value < ?_o, false))"))
        self._refuse_others(prop, {SH.path, SH.minCount, SH.maxCount, SH.datatype, SH.pattern, SH.flags, SH["class"], SH["in"], SH.hasValue,
                                   SH.disjoint, SH.lessThan, SH.minInclusive, SH.minLength, SH["or"], SH.message, RDF.type, RDFS.label})
        return checks

    def cardinality(self, name, target, path, shown, message, min_count, max_count) -> list[Check]:
        """sh:minCount / sh:maxCount. minCount 1 alone is a NOT EXISTS (several times faster
        than counting); with a maxCount both are read off one count per focus node."""
        low = int(min_count) if min_count is not None else None
        high = int(max_count) if max_count is not None else None
        if low is None and high is None:
            return []
        if high is None and low == 1:
            return [Check(name, ("MinCountConstraintComponent",), shown, message,
                          f"SELECT ?this WHERE {{ {target} FILTER NOT EXISTS {{ ?this {path} ?_v }} }}", has_value=False)]
        count = "COUNT(DISTINCT ?_v)"
        tests = [(c, t) for c, t in (("MinCountConstraintComponent", f"{count} < {low}" if low is not None else None),
                                     ("MaxCountConstraintComponent", f"{count} > {high}" if high is not None else None)) if t]
        flags = " ".join(f"(({t}) AS ?c{i})" for i, (_c, t) in enumerate(tests))
        values = f"OPTIONAL {{ ?this {path} ?_v }}" if low is not None else f"?this {path} ?_v ."
        having = " || ".join(f"({t})" for _c, t in tests)
        return [Check(name, tuple(c for c, _t in tests), shown, message,
                      f"SELECT ?this {flags} WHERE {{ {target} {values} }} GROUP BY ?this HAVING ({having})", has_value=False)]

    def conforms(self, var: str, shape) -> str:
        """A SPARQL condition: ``var`` conforms to a member shape of sh:or (the simple kinds used)."""
        sg = self.sg
        conditions = []
        if sg.value(shape, SH.path) is not None:
            path, _shown = self.path(shape)
            n = sg.value(shape, SH.minCount)
            if n is None or int(n) != 1 or set(sg.predicates(shape)) - {SH.path, SH.minCount}:
                raise UnsupportedShape(f"shapes.ttl: {shape}: in sh:or only [ sh:path P ; sh:minCount 1 ] is compiled")
            return f"EXISTS {{ {var} {path} ?_m }}"
        for pred, obj in sg.predicate_objects(shape):
            if pred == SH["class"]:
                conditions.append(self.is_instance(var, obj))
            elif pred == SH.datatype:
                conditions.append(self.has_datatype(var, obj))
            else:
                raise UnsupportedShape(f"shapes.ttl: {shape}: {_short(pred)} inside sh:or is not compiled")
        return "(" + " && ".join(conditions or ["true"]) + ")"

    def has_datatype(self, var: str, datatype: URIRef) -> str:
        cond = f"isLiteral({var}) && DATATYPE({var}) = <{datatype}>"
        if datatype in _CASTABLE:  # well-formed: the cast of its lexical form gives it back
            cond += f" && COALESCE(<{datatype}>(STR({var})) = {var}, false)"
        return f"({cond})"

    def sparql(self, name: str, target: str, shape, constraint) -> Check:
        text = str(self.sg.value(constraint, SH.select)).replace("$this", "?this")
        head, _, body = text.partition("WHERE")
        prefixes = head[: head.upper().rindex("SELECT")]
        start, end = body.index("{"), body.rindex("}")
        query = f"{prefixes} SELECT DISTINCT ?this WHERE {{ {target} {{ {body[start + 1 : end]} }} }}"
        return Check(name, ("SPARQLConstraintComponent",), "(node)", self.message(constraint, shape), query, has_value=False)

    def _refuse_others(self, shape, known: set) -> None:
        for pred in set(self.sg.predicates(shape)) - known:
            raise UnsupportedShape(f"shapes.ttl: {shape}: {_short(pred)} is not compiled by the fast validator")


def _term(node) -> str:
    if isinstance(node, Literal):
        return node.n3()
    return f"<{node}>"


def _literal(text) -> str:
    return Literal(str(text)).n3()


# --------------------------------------------------------------------------- running them


@dataclass
class FastRun:
    report: ValidationReport
    results: set[Result]
    seconds: dict[str, float]  # per node shape


def run_checks(store: ox.Store) -> tuple[set[Result], dict[str, float]]:
    """Every compiled check on the store's default graph (the union of the filings)."""
    results: set[Result] = set()
    seconds: dict[str, float] = {}
    for check in compiled_checks():
        started = time.perf_counter()
        for row in store.query(_PREFIXES + check.query):
            this = row["this"]
            value = row["value"] if check.has_value else None
            for component in check.violated(row):
                results.add(Result(
                    focus=_text(this), path=check.path, component=component, message=check.message,
                    value=_text(value) if value is not None and value != this else None,
                ))
        seconds[check.shape] = seconds.get(check.shape, 0.0) + time.perf_counter() - started
    return results, seconds


def _text(term) -> str:
    """The string rdflib's str() gives for the same term (what the reference reports)."""
    return term.value


_ABOUT = _PREFIXES + """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX fkg: <https://w3id.org/filing-kg/ontology#>
SELECT ?focus (MIN(STR(?label)) AS ?l) WHERE { VALUES ?focus { %s } OPTIONAL { ?focus rdfs:label ?label } } GROUP BY ?focus
"""
_FILINGS = _PREFIXES + """
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX fkg: <https://w3id.org/filing-kg/ontology#>
SELECT ?focus ?filing (MIN(STR(?acc)) AS ?a) (MIN(STR(?file)) AS ?f) WHERE {
  VALUES ?focus { %s } ?focus prov:wasDerivedFrom ?filing .
  OPTIONAL { ?filing fkg:accessionNumber ?acc } OPTIONAL { ?filing fkg:sourceFile ?file }
} GROUP BY ?focus ?filing
"""


def _about_all(store: ox.Store, focuses: set[str]) -> dict[str, tuple[str | None, tuple[str, ...]]]:
    """Label and filings of every focus node, a few queries for all of them (as validate._about)."""
    about: dict[str, tuple[str | None, list[str]]] = {f: (None, []) for f in focuses}
    iris = sorted(f for f in focuses if "://" in f or f.startswith("urn:"))
    for start in range(0, len(iris), 500):
        values = " ".join(f"<{f}>" for f in iris[start : start + 500])
        for row in store.query(_ABOUT % values):
            label = row["l"]
            about[row["focus"].value] = (label.value if label is not None else None, [])
        for row in store.query(_FILINGS % values):
            shown = row["a"] or row["f"]
            about[row["focus"].value][1].append(shown.value if shown is not None else row["filing"].value)
    return {f: (label, tuple(sorted(filings))) for f, (label, filings) in about.items()}


def validate_store(store: ox.Store) -> FastRun:
    results, seconds = run_checks(store)
    about = _about_all(store, {r.focus for r in results})
    triples = sum(1 for _ in store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    report = make_report(results, about.__getitem__, triples)
    return FastRun(report, results, seconds)


def store_of_graph(data: Graph) -> ox.Store:
    """An in-memory Oxigraph store holding ``data`` in its default graph."""
    store = ox.Store()
    text = data.serialize(format="nt", encoding="utf-8")
    store.bulk_load(text, format=ox.RdfFormat.N_TRIPLES)
    return store


def validate_fast(data: Graph) -> ValidationReport:
    """The fast path on an rdflib graph (loaded into an in-memory store first)."""
    return validate_store(store_of_graph(data)).report
