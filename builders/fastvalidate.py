"""Fast whole-graph validation: the SHACL shapes compiled to SPARQL and run on Oxigraph.

pyshacl (:mod:`builders.validate`) stays the reference: it walks the graph in Python, focus
node by focus node, which takes minutes at 10^6 triples. Here each constraint of
``shapes.ttl`` becomes one SPARQL SELECT that returns every focus node (and value) violating
it, and Oxigraph answers it over its indexes: 10^6 triples in a few seconds.

What costs time on Oxigraph's on-disk store (measured at 10^6 triples, bench/scale.py) and how
the queries avoid it: looking up a node's values one by one (about 20 µs each), so a path's
values are scanned once without the target, the few violating rows kept when their node is a
focus node (:class:`_FocusNodes`), and two properties of one node are joined by hashing two
subqueries; decoding a literal for each function applied to it, so each condition names the
value once; scanning a predicate once per shape, so shapes sharing a property shape (labels,
prov:wasDerivedFrom) share its queries. pyoxigraph holds the GIL while it evaluates, so
running the queries in threads gains nothing.

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
class Target:
    """The focus nodes of a node shape: instances of some classes (rdfs:subClassOf* included) and
    subjects of some predicates."""

    classes: frozenset[str] = frozenset()
    subjects_of: tuple[str, ...] = ()

    def pattern(self) -> str:
        """A group binding ?this to every focus node, some more than once (a node typed with two
        classes of the closure): cheaper than a DISTINCT subquery, and results are a set anyway."""
        parts = []
        if self.classes:
            values = " ".join(f"<{c}>" for c in sorted(self.classes))
            parts.append(f"{{ ?this rdf:type ?_tc . VALUES ?_tc {{ {values} }} }}")
        parts += [f"{{ ?this <{prop}> ?_any }}" for prop in self.subjects_of]
        return " UNION ".join(parts)

    def distinct(self) -> str:
        """The focus nodes once each (what a count per focus node needs)."""
        return "{ SELECT DISTINCT ?this WHERE { " + self.pattern() + " } }"


@dataclass(frozen=True)
class Check:
    """Constraints of one shape and path as one query: every row is a violation (?this, and
    ?value when it has one). With several components, each row says which it violates in
    boolean columns ?c0, ?c1 ... (one query per path instead of one per constraint: the scan
    of the values is the cost, so it is paid once).

    A check with a ``candidates_of`` target does not join with the target in SPARQL: it scans
    the path's values, keeps the violating ones, and :func:`run_checks` keeps the rows whose
    ?this is a focus node of the target. Joining first made Oxigraph look up every focus node's
    values one by one (20 µs each on disk, 75,000 evidence nodes per path at 10^6 triples);
    the scan of one predicate is several times faster, violations are few, and shapes sharing
    a property shape (every label, every prov:wasDerivedFrom) share one query."""

    shape: str  # the node shape it belongs to, for error messages and timings
    components: tuple[str, ...]
    path: str
    message: str
    query: str
    has_value: bool = True  # rows bind ?value (the offending value), else only ?this
    candidates_of: Target | None = None  # rows are candidates, kept when ?this is a focus node of this

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
        self.needs_one = self._min_one_targets()

    def _min_one_targets(self) -> dict[str, Target]:
        """For each path some property shape gives sh:minCount 1: the union of the targets asking it."""
        union: dict[str, tuple[set[str], set[str]]] = {}
        for shape in self.sg.subjects(RDF.type, SH.NodeShape):
            target = self.target(shape)
            for prop in self.sg.objects(shape, SH.property) if target is not None else ():
                count = self.sg.value(prop, SH.minCount)
                if count is not None and int(count) == 1:
                    classes, subjects_of = union.setdefault(self.path(prop)[0], (set(), set()))
                    classes |= target.classes
                    subjects_of |= set(target.subjects_of)
        return {path: Target(frozenset(c), tuple(sorted(s))) for path, (c, s) in union.items()}

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

    def target(self, shape) -> Target | None:
        for kind in (SH.targetNode, SH.targetObjectsOf, SH.target):
            if self.sg.value(shape, kind) is not None:
                raise UnsupportedShape(f"shapes.ttl: {shape}: {_short(kind)} is not compiled")
        classes = frozenset(str(c) for cls in self.sg.objects(shape, SH.targetClass) for c in self.closure(cls))
        subjects_of = tuple(sorted(str(p) for p in self.sg.objects(shape, SH.targetSubjectsOf)))
        if not classes and not subjects_of:
            return None
        return Target(classes, subjects_of)

    # ---- shapes

    def node_shape(self, shape) -> list[Check]:
        target = self.target(shape)
        if target is None:
            return []
        name = _short(shape)
        checks = []
        for prop in sorted(self.sg.objects(shape, SH.property)):
            checks += self.property_shape(name, target, prop)
        node_message = lambda: self.message(shape)  # noqa: E731 - only asked for when needed
        for members in self.sg.objects(shape, SH["or"]):
            cond = " || ".join(self.conforms("?this", m) for m in Collection(self.sg, members))
            checks.append(Check(name, ("OrConstraintComponent",), "(node)", node_message(),
                                f"SELECT ?this WHERE {{ {target.pattern()} FILTER (!({cond})) }}", has_value=False))
        for sparql in self.sg.objects(shape, SH.sparql):
            checks.append(self.sparql(name, target, shape, sparql))
        self._refuse_others(shape, {SH.targetClass, SH.targetSubjectsOf, SH.property, SH["or"], SH.sparql, SH.message, RDF.type, RDFS.label})
        return checks

    def property_shape(self, name: str, target: Target, prop) -> list[Check]:
        path, shown = self.path(prop)
        message = self.message(prop)
        each = f"?this {path} ?value ."

        def candidates(components: tuple[str, ...], select: str, body: str, tail: str = "", has_value: bool = True) -> Check:
            """Rows of every node with the path, whatever its class: the target is applied after."""
            return Check(name, components, shown, message, f"SELECT {select} WHERE {{ {body} }} {tail}".rstrip(),
                         has_value=has_value, candidates_of=target)

        def on_target(component: str, body: str) -> Check:
            """Rows of focus nodes: for constraints violated by a missing value, the target is the scan."""
            return Check(name, (component,), shown, message, f"SELECT ?this WHERE {{ {target.pattern()} {body} }}", has_value=False)

        checks = []
        sg = self.sg
        checks += self.cardinality(name, target, path, shown, message, sg.value(prop, SH.minCount), sg.value(prop, SH.maxCount))
        # Constraints on each value: one query for all of them, a flag column each. Each condition
        # names ?value once where it can: Oxigraph decodes the term again for every function
        # applied to it, and on the 138,000 labels of 10^6 triples that is most of the time.
        conditions: list[tuple[str, str]] = []  # (component, "this value violates it")
        datatype = sg.value(prop, SH.datatype)
        if datatype is not None:
            conditions.append(("DatatypeConstraintComponent", self.lacks_datatype("?value", datatype)))
        pattern = sg.value(prop, SH.pattern)
        if pattern is not None:
            flags = sg.value(prop, SH.flags)
            regex = f"REGEX(STR(?value), {_literal(pattern)}{', ' + _literal(flags) if flags else ''})"
            conditions.append(("PatternConstraintComponent", f"COALESCE(!{regex}, true)"))  # STR of a blank node: an error, a violation
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
            conditions.append(("MinLengthConstraintComponent", f"COALESCE(STRLEN(STR(?value)) < {int(min_length)}, true)"))
        for members in sg.objects(prop, SH["or"]):
            cond = " || ".join(self.conforms("?value", m) for m in Collection(sg, members))
            conditions.append(("OrConstraintComponent", f"!({cond})"))
        if len(conditions) == 1 and cls is not None:
            # The class alone: an anti-join (MINUS) is evaluated once, not per value as NOT EXISTS is.
            values = " ".join(f"<{c}>" for c in self.closure(cls))
            checks.append(candidates((conditions[0][0],), "?this ?value", f"{each} MINUS {{ ?value rdf:type ?_t . VALUES ?_t {{ {values} }} }}"))
        elif len(conditions) == 1:
            checks.append(candidates((conditions[0][0],), "?this ?value", f"{each} FILTER ({conditions[0][1]})"))
        elif conditions:
            binds = " ".join(f"BIND ({cond} AS ?c{i})" for i, (_c, cond) in enumerate(conditions))
            flags = " ".join(f"?c{i}" for i in range(len(conditions)))
            any_ = " || ".join(f"?c{i}" for i in range(len(conditions)))
            checks.append(candidates(tuple(c for c, _cond in conditions), f"?this ?value {flags}", f"{each} {binds} FILTER ({any_})"))
        # Constraints comparing with another property or asking for a value: their own queries.
        has_value = sg.value(prop, SH.hasValue)
        if has_value is not None:
            checks.append(on_target("HasValueConstraintComponent", f"MINUS {{ ?this {path} {_term(has_value)} }}"))
        # Two properties of the same node: each scanned in a subquery of its own, which Oxigraph
        # joins by hashing (0.2 s for the 75,000 evidence offsets of 10^6 triples); as one basic
        # graph pattern it looked the second up once per value of the first (1-2 s).
        values_of = f"{{ SELECT ?this ?value WHERE {{ {each} }} }}"
        disjoint = sg.value(prop, SH.disjoint)
        if disjoint is not None:
            checks.append(candidates(("DisjointConstraintComponent",), "?this ?value",
                                     f"{values_of} {{ SELECT ?this ?value WHERE {{ ?this <{disjoint}> ?value }} }}"))
        less_than = sg.value(prop, SH.lessThan)
        if less_than is not None:
            checks.append(candidates(("LessThanConstraintComponent",), "?this ?value",
                                     f"{values_of} {{ SELECT ?this ?_o WHERE {{ ?this <{less_than}> ?_o }} }} "
                                     "FILTER (!COALESCE(?value < ?_o, false))"))
        self._refuse_others(prop, {SH.path, SH.minCount, SH.maxCount, SH.datatype, SH.pattern, SH.flags, SH["class"], SH["in"], SH.hasValue,
                                   SH.disjoint, SH.lessThan, SH.minInclusive, SH.minLength, SH["or"], SH.message, RDF.type, RDFS.label})
        return checks

    def cardinality(self, name, target: Target, path, shown, message, min_count, max_count) -> list[Check]:
        """sh:minCount / sh:maxCount, each its own query. minCount 1: the focus nodes MINUS those
        with a value (one anti-join; NOT EXISTS or a count per focus node joined the values node by
        node). maxCount: the subjects with too many values, grouped off one scan of the predicate
        without the target (applied after, to the few rows)."""
        low = int(min_count) if min_count is not None else 0
        checks = []
        if low == 1:
            # Over the focus nodes of every shape asking for this path (one scan of its values for
            # the ten shapes that need a label), each shape keeping its own nodes.
            everyone = self.needs_one[path]
            checks.append(Check(name, ("MinCountConstraintComponent",), shown, message,
                                f"SELECT ?this WHERE {{ {everyone.pattern()} MINUS {{ ?this {path} ?_v }} }}",
                                has_value=False, candidates_of=target))
        elif low > 1:
            checks.append(Check(name, ("MinCountConstraintComponent",), shown, message,
                                f"SELECT ?this WHERE {{ {target.distinct()} OPTIONAL {{ ?this {path} ?_v }} }} "
                                f"GROUP BY ?this HAVING (COUNT(DISTINCT ?_v) < {low})", has_value=False))
        if max_count is not None:
            checks.append(Check(name, ("MaxCountConstraintComponent",), shown, message,
                                f"SELECT ?this WHERE {{ ?this {path} ?_v }} GROUP BY ?this HAVING (COUNT(DISTINCT ?_v) > {int(max_count)})",
                                has_value=False, candidates_of=target))
        return checks

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

    def lacks_datatype(self, var: str, datatype: URIRef) -> str:
        """A SPARQL condition: ``var`` is not a well-formed literal of ``datatype``. Without a lexical
        check it names the variable once (a blank node or IRI has no datatype: an error, so true)."""
        if datatype in _CASTABLE:
            return f"!{self.has_datatype(var, datatype)}"
        return f"COALESCE(DATATYPE({var}) != <{datatype}>, true)"

    def has_datatype(self, var: str, datatype: URIRef) -> str:
        cond = f"isLiteral({var}) && DATATYPE({var}) = <{datatype}>"
        if datatype in _CASTABLE:  # well-formed: the cast of its lexical form gives it back
            cond += f" && COALESCE(<{datatype}>(STR({var})) = {var}, false)"
        return f"({cond})"

    def sparql(self, name: str, target: Target, shape, constraint) -> Check:
        text = str(self.sg.value(constraint, SH.select)).replace("$this", "?this")
        head, _, body = text.partition("WHERE")
        prefixes = head[: head.upper().rindex("SELECT")]
        start, end = body.index("{"), body.rindex("}")
        query = f"{prefixes} SELECT DISTINCT ?this WHERE {{ {target.pattern()} {{ {body[start + 1 : end]} }} }}"
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
    focus = _FocusNodes(store)
    # query text -> rows: shapes sharing a property shape ask once, and the query's time is
    # counted under the first shape that asks it
    answers: dict[str, list] = {}
    for check in compiled_checks():
        started = time.perf_counter()
        if check.query not in answers:
            answers[check.query] = list(store.query(_PREFIXES + check.query))
        for row in answers[check.query]:
            this = row["this"]
            if check.candidates_of is not None and not focus.of(this, check.candidates_of):
                continue
            value = row["value"] if check.has_value else None
            for component in check.violated(row):
                results.add(Result(
                    focus=_text(this), path=check.path, component=component, message=check.message,
                    value=_text(value) if value is not None and value != this else None,
                ))
        seconds[check.shape] = seconds.get(check.shape, 0.0) + time.perf_counter() - started
    return results, seconds


_RDF_TYPE = ox.NamedNode(str(RDF.type))


class _FocusNodes:
    """Whether a node is a focus node of a target, from its own rdf:type triples (looked up once
    per node): the checks that scan a path without the target ask this of their few rows."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store
        self.types: dict = {}

    def of(self, node, target: Target) -> bool:
        if isinstance(node, ox.Literal):  # only an inverse path gives a literal here; no target holds one
            return False
        if node not in self.types:
            self.types[node] = {q.object.value for q in self.store.quads_for_pattern(node, _RDF_TYPE, None, ox.DefaultGraph())}
        if self.types[node] & target.classes:
            return True
        return any(next(self.store.quads_for_pattern(node, ox.NamedNode(p), None, ox.DefaultGraph()), None) is not None
                   for p in target.subjects_of)


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
    triples = _triples(store)
    report = make_report(results, about.__getitem__, triples)
    return FastRun(report, results, seconds)


def _triples(store: ox.Store) -> int:
    """Triples of the default graph, counted inside Oxigraph (iterating them into Python took 15 s at 10^6)."""
    (row,) = store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    return int(row["n"].value)


def store_of_graph(data: Graph) -> ox.Store:
    """An in-memory Oxigraph store holding ``data`` in its default graph."""
    store = ox.Store()
    text = data.serialize(format="nt", encoding="utf-8")
    store.bulk_load(text, format=ox.RdfFormat.N_TRIPLES)
    return store


def validate_fast(data: Graph) -> ValidationReport:
    """The fast path on an rdflib graph (loaded into an in-memory store first)."""
    return validate_store(store_of_graph(data)).report
