"""Running SPARQL on either engine with one result type, and binding parameters safely.

Two engines answer the same queries: rdflib (in memory, for small graphs and
for pyshacl) and Oxigraph (``pyoxigraph``, on disk, the default for anything
built with a store). Results come back as a :class:`QueryResult` of rdflib
terms whatever the engine, so formatting, tests and the endpoint do not care.

Parameters never enter the query text as values. rdflib takes them as
``initBindings``. pyoxigraph has no such argument (its ``substitutions`` only
replace projected variables after evaluation, which filters do not see), so
the Oxigraph engine opens every group pattern that uses the variable with
``BIND(<urn:x-filing-kg:param>("name") AS ?name)`` and answers that custom
function from a dictionary of terms. Only the parameter *name*, a checked
identifier, is ever written into the text; a value with quotes, ``>`` or
newlines stays a value. Both ways the parameter acts as if substituted for the
variable throughout the query (subqueries, UNION branches, EXISTS included),
so the two engines give the same answers.
"""

from __future__ import annotations

import re
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Identifier

from .errors import QueryError
from .statistics import STATISTICS_GRAPH, one_graph_store, statistics_nt

PARAM_FUNCTION = "urn:x-filing-kg:param"
XSD_STRING = str(XSD.string)
QUERY_FORMS = {"SELECT", "CONSTRUCT", "ASK", "DESCRIBE"}
UPDATE_FORMS = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}
NAME = re.compile(r"[A-Za-z_]\w*")


# --------------------------------------------------------------------------- results


@dataclass
class QueryResult:
    """What a query answered: rows for SELECT, a boolean for ASK, triples for CONSTRUCT/DESCRIBE."""

    kind: str  # SELECT | ASK | GRAPH
    vars: list[str] = field(default_factory=list)
    rows: list[tuple[Identifier | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[tuple[Identifier, Identifier, Identifier]] = field(default_factory=list)
    truncated: bool = False  # more rows (or triples) existed than the limit allowed

    def records(self) -> list[dict[str, Identifier]]:
        """Rows as dictionaries of the bound variables (handy in tests and notebooks)."""
        return [{v: t for v, t in zip(self.vars, row, strict=True) if t is not None} for row in self.rows]

    def column(self, name: str) -> list[str]:
        i = self.vars.index(name)
        return [str(row[i]) if row[i] is not None else "" for row in self.rows]

    def __len__(self) -> int:
        return len(self.rows) if self.kind == "SELECT" else len(self.triples)


def _take(items: Iterable, limit: int | None) -> tuple[list, bool]:
    out = []
    for item in items:
        if limit is not None and len(out) >= limit:
            return out, True
        out.append(item)
    return out, False


# --------------------------------------------------------------------------- a small SPARQL lexer

_TOKEN = re.compile(
    r"""
      (?P<comment>\#[^\n]*)
    | (?P<string>\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''
                |"(?:[^"\\\n\r]|\\.)*"|'(?:[^'\\\n\r]|\\.)*')
    | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    | (?P<var>[?$]\w+)
    | (?P<pname>[^\W\d][\w.-]*:[\w.:%\\-]*|:[\w.:%\\-]*)
    | (?P<word>[^\W\d]\w*)
    | (?P<open>\{) | (?P<close>\}) | (?P<lparen>\() | (?P<rparen>\))
    | (?P<other>\S)
    """,
    re.VERBOSE | re.DOTALL,
)


@dataclass(frozen=True)
class Token:
    kind: str
    text: str
    start: int
    depth: int  # brace depth before this token


def tokens(text: str) -> list[Token]:
    """The query's tokens with comments, strings and IRIs kept whole, so keywords inside them are not seen."""
    out, depth = [], 0
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or "other"
        if kind == "comment":
            continue
        if kind == "close":
            depth = max(depth - 1, 0)
        out.append(Token(kind, m.group(), m.start(), depth))
        if kind == "open":
            depth += 1
    return out


def keywords(text: str) -> list[str]:
    """Bare words of the query, upper-cased (never variables, prefixed names, strings or IRIs)."""
    return [t.text.upper() for t in tokens(text) if t.kind == "word"]


def query_form(text: str) -> str | None:
    """SELECT, CONSTRUCT, ASK, DESCRIBE, or the first keyword of an update (INSERT, LOAD ...)."""
    for word in keywords(text):
        if word in QUERY_FORMS or word in UPDATE_FORMS:
            return word
    return None


def where_group_start(text: str) -> int | None:
    """Offset just inside the outermost ``WHERE {`` (or the first top-level ``{`` when WHERE is omitted)."""
    toks = tokens(text)
    form_seen = False
    for i, tok in enumerate(toks):
        if tok.depth != 0:
            continue
        if tok.kind == "word" and tok.text.upper() in QUERY_FORMS:
            form_seen = True
        elif tok.kind == "word" and tok.text.upper() == "WHERE":
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            return nxt.start + 1 if nxt is not None and nxt.kind == "open" else None
    if not form_seen:
        return None
    # No WHERE keyword: the group is the first top-level "{" outside parentheses after the form
    # (a CONSTRUCT template always comes with WHERE, so it is not mistaken for the group).
    parens, after_form = 0, False
    for tok in toks:
        if tok.kind == "word" and tok.depth == 0 and tok.text.upper() in QUERY_FORMS:
            after_form = True
        elif tok.kind == "lparen" and tok.depth == 0:
            parens += 1
        elif tok.kind == "rparen" and tok.depth == 0:
            parens = max(parens - 1, 0)
        elif tok.kind == "open" and tok.depth == 0 and parens == 0 and after_form:
            return tok.start + 1
    return None


# --------------------------------------------------------------------------- term conversion


def to_ox(term: Identifier):
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype or XSD.string)))
    raise QueryError(f"cannot bind {term!r}: not an RDF term")


def from_ox(term) -> Identifier | None:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value
        if datatype == XSD_STRING:
            return Literal(term.value)
        # keep the lexical form Oxigraph returns; rdflib would otherwise re-normalize it
        return Literal(term.value, datatype=URIRef(datatype), normalize=False)
    return Literal(str(term))  # RDF-star triples: shown as text


# --------------------------------------------------------------------------- engines


class Engine(ABC):
    """One store answering SPARQL; ``graph`` restricts a query to one named graph (one filing)."""

    name = "engine"

    @abstractmethod
    def run(self, text: str, bindings: dict[str, Identifier] | None = None, graph: str | None = None,
            limit: int | None = None, narrow: dict[str, list[str]] | None = None) -> QueryResult:
        """Run ``text`` with ``bindings`` as its parameters; ``narrow`` names the only IRIs some
        variables may take (written in as VALUES), found beforehand from the parameters."""

    @abstractmethod
    def graphs(self) -> list[str]: ...

    def name_index(self):
        """The store's :class:`~builders.name_index.NameIndex`, or None when this engine has none
        (name parameters then go through the query's own FILTER only)."""
        return None

    def check_graph(self, graph: str | None) -> None:
        if graph is not None and graph not in set(self.graphs()):
            raise QueryError(f"no filing graph <{graph}> in this store (it has {len(self.graphs())}; "
                             "see `filing-kg query filings` for their IRIs)")


class RdflibEngine(Engine):
    """rdflib's in-memory Dataset: the union of its named graphs by default."""

    name = "rdflib"

    def __init__(self, dataset: Dataset) -> None:
        self.dataset = dataset
        self._statistics: dict[str | None, Dataset] = {}

    def graphs(self) -> list[str]:
        return sorted(str(g.identifier) for g in self.dataset.graphs() if isinstance(g.identifier, URIRef)
                      and str(g.identifier) not in ("urn:x-rdflib:default", STATISTICS_GRAPH))

    def statistics(self, graph: str | None = None) -> Dataset:
        """The statistics graph (builders/statistics.py) of the union or of one filing's graph,
        counted on first use: an rdflib Dataset is made from graph files, which never hold it.
        Kept in a Dataset of its own: this one's default graph is the union of all its graphs."""
        if graph not in self._statistics:
            source = self.dataset if graph is None else self.dataset.graph(URIRef(graph))
            rows = lambda text: ([str(v) for v in row] for row in source.query(text))  # noqa: E731
            counts = Dataset()
            counts.graph(URIRef(STATISTICS_GRAPH)).parse(data=statistics_nt(rows), format="nt")
            self._statistics[graph] = counts
        return self._statistics[graph]

    def run(self, text, bindings=None, graph=None, limit=None, narrow=None) -> QueryResult:
        self.check_graph(graph)
        text = values_text(text, narrow or {})
        target: Graph = self.dataset if graph is None else self.dataset.graph(URIRef(graph))
        if STATISTICS_GRAPH in text:  # a query of the counts reads only them (the library's dashboard)
            target = self.statistics(graph)
        try:
            result = target.query(text, initBindings=dict(bindings or {}))
            return _from_rdflib(result, limit)
        except QueryError:
            raise
        except Exception as exc:  # rdflib's parser and evaluator raise many types
            raise QueryError(_first_line(exc)) from exc


class OxigraphEngine(Engine):
    """A pyoxigraph Store filled by :mod:`builders.store`: named graphs per filing, their union as default graph."""

    name = "oxigraph"
    narrows = True  # worth narrowing a query to the entities a parameter matches (builders/name_index.py)

    def __init__(self, store: ox.Store, label: str = "", names: Callable[[], object] | None = None) -> None:
        self.store = store
        self.label = label
        self._read_names = names  # reads the name index beside the store (builders/store.py)
        self._names = None

    def name_index(self):
        # read on first use, once: queries without a name parameter never pay for it
        if self._read_names is not None:
            self._names, self._read_names = self._read_names(), None
        return self._names

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self.store.named_graphs() if isinstance(g, ox.NamedNode) and g.value != STATISTICS_GRAPH)

    def run(self, text, bindings=None, graph=None, limit=None, narrow=None) -> QueryResult:
        self.check_graph(graph)
        bindings = dict(bindings or {})
        values = {name: to_ox(term) for name, term in bindings.items()}
        # An IRI is written in as a term: Oxigraph then plans with it (an index lookup instead of a
        # scan and join, 0.5 ms instead of 90 ms at 10^5 triples), and pyoxigraph's IRI parser has
        # already refused anything that could end it (> " { } | ^ ` \ spaces). Literals stay
        # behind the function: they are only compared in filters, where planning gains nothing.
        iris = {name: str(term) for name, term in values.items() if isinstance(term, ox.NamedNode)}
        # VALUES after the BINDs: binding scans the text for its groups, and a few hundred IRIs
        # written into every group make that scan (and the parse) five times longer
        text = values_text(bind_text(text, list(bindings), iris), narrow or {})
        kwargs = {"custom_functions": {ox.NamedNode(PARAM_FUNCTION): _param_lookup(values)}}
        store = self.store
        if graph is not None and STATISTICS_GRAPH in text:  # the counts of that filing's graph alone
            store = one_graph_store(self.store, graph)
        elif graph is not None:
            kwargs["default_graph"] = ox.NamedNode(graph)
        try:
            return _from_ox(store.query(text, **kwargs), limit)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax: {exc}") from exc
        except (OSError, RuntimeError, ValueError, TypeError) as exc:
            raise QueryError(_first_line(exc)) from exc


def _param_lookup(values: dict) -> Callable:
    def lookup(name):
        return values.get(getattr(name, "value", None))
    return lookup


def bind_text(text: str, names: list[str], expressions: dict[str, str] | None = None) -> str:
    """The query with ``BIND(<param function>("name") AS ?name)`` opening each group that uses ``?name``.

    ``expressions`` replaces the function call by a SPARQL expression for some
    names: only trusted text (the library's own defaults shown on the endpoint's
    page) or an IRI serialized by pyoxigraph after its parser validated it.

    Binding the parameter in every group pattern that mentions it (and not only
    the outermost one) gives the same answers as rdflib's ``initBindings``: the
    value is seen inside UNION branches, OPTIONAL and EXISTS groups and
    subqueries, as if the variable had been replaced by the value.
    """
    if not names:
        return text
    for name in names:
        if not NAME.fullmatch(name):
            raise QueryError(f"parameter name {name!r} is not a SPARQL variable name")
    wanted = set(names)
    inserts = [(at, sorted(used & wanted)) for at, used in _groups(text) if used & wanted]
    if not inserts and where_group_start(text) is None:
        raise QueryError("cannot bind parameters: the query has no WHERE group")
    out, last = [], 0
    for at, used in sorted(inserts):
        exprs = expressions or {}
        binds = " ".join(f'BIND({exprs.get(name) or f"<{PARAM_FUNCTION}>({chr(34)}{name}{chr(34)})"} AS ?{name})' for name in used)
        out += [text[last:at], f" {binds} "]
        last = at
    out.append(text[last:])
    return "".join(out)


def values_text(text: str, candidates: dict[str, list[str]]) -> str:
    """The query with ``VALUES ?var { <iri> ... }`` opening each group that uses ``?var``.

    Each IRI is parsed and written back by pyoxigraph (as the engine writes an ``iri``
    parameter), so nothing but an IRI can come out of it. Placed in every group using the
    variable, as :func:`bind_text` places a parameter, so UNION branches and EXISTS bodies plan
    from the few IRIs too.
    """
    if not candidates:
        return text
    for name in candidates:
        if not NAME.fullmatch(name):
            raise QueryError(f"{name!r} is not a SPARQL variable name")
    prefixes: dict[str, str] = {}  # namespace -> prefix name
    blocks = {name: f"VALUES ?{name} {{ {' '.join(_short_iri(iri, prefixes, text) for iri in iris)} }}"
              for name, iris in candidates.items()}
    inserts = [(at, sorted(used & set(blocks))) for at, used in _groups(text) if used & set(blocks)]
    out, last = [], 0
    for at, used in sorted(inserts):
        out += [text[last:at], " " + " ".join(blocks[name] for name in used) + " "]
        last = at
    out.append(text[last:])
    prologue = "".join(f"PREFIX {prefix}: {ox.NamedNode(ns)}\n" for ns, prefix in prefixes.items())
    return prologue + "".join(out)


# A local name that needs no escaping in a prefixed name ("0001213900-25-032135", "quarra-pharma").
_PLAIN_LOCAL = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_\-]*")


def _short_iri(iri: str, prefixes: dict[str, str], text: str) -> str:
    """``iri`` as a prefixed name of a prefix this function declares, else written whole. The candidate
    lists repeat one namespace hundreds of times in each group: the filings query at 10^6 triples went
    from 226 KB of text to 102 KB, and Oxigraph's parse with it (72-84 ms -> 65 ms for the whole run)."""
    node = ox.NamedNode(iri)  # parsed, so nothing but an IRI comes out
    ns, _, local = node.value.rpartition("/")
    if not ns or not _PLAIN_LOCAL.fullmatch(local):
        return str(node)
    if (ns + "/") not in prefixes:
        prefix = f"fkgv{len(prefixes)}"
        if re.search(rf"\b{prefix}:", text):
            return str(node)  # the query declares that name itself
        prefixes[ns + "/"] = prefix
    return f"{prefixes[ns + '/']}:{local}"


def read_only_refusal(text: str) -> str | None:
    """Why a read-only endpoint must not run this text, or None when it may."""
    form = query_form(text)
    words = set(keywords(text))
    if form in UPDATE_FORMS or "LOAD" in words:
        return "SPARQL Update (INSERT, DELETE, LOAD, CLEAR, DROP ...) is refused: this endpoint is read-only"
    if "SERVICE" in words:
        return "SERVICE is refused: this endpoint does not query other endpoints"
    return None


def _groups(text: str) -> list[tuple[int, set[str]]]:
    """(offset just inside the brace, variables used anywhere inside) of each group graph pattern.

    Braces that are not group patterns are skipped: VALUES and DATA blocks,
    CONSTRUCT templates, and the braces around a subquery (its own WHERE group
    is a group).
    """
    toks = tokens(text)
    stack: list[tuple[int, bool, set[str]]] = []  # (offset, is a group, variables)
    found: list[tuple[int, set[str]]] = []
    data_block = False
    for i, tok in enumerate(toks):
        if tok.kind == "word" and tok.text.upper() in ("VALUES", "DATA"):
            data_block = True
        elif tok.kind == "open":
            prev = toks[i - 1].text.upper() if i else ""
            nxt = toks[i + 1].text.upper() if i + 1 < len(toks) else ""
            is_group = not data_block and prev != "CONSTRUCT" and nxt != "SELECT"
            stack.append((tok.start + 1, is_group, set()))
            data_block = False
        elif tok.kind == "close" and stack:
            at, is_group, used = stack.pop()
            if is_group:
                found.append((at, used))
            if stack:
                stack[-1][2].update(used)
        elif tok.kind == "var" and stack:
            stack[-1][2].add(tok.text[1:])
    return found


def _from_rdflib(result, limit: int | None) -> QueryResult:
    if result.type == "ASK":
        return QueryResult("ASK", boolean=bool(result.askAnswer))
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        triples, cut = _take(iter(result.graph), limit)
        return QueryResult("GRAPH", triples=triples, truncated=cut)
    names = [str(v) for v in result.vars]
    rows, cut = _take((tuple(row[i] for i in range(len(names))) for row in result), limit)
    return QueryResult("SELECT", vars=names, rows=rows, truncated=cut)


def _from_ox(result, limit: int | None) -> QueryResult:
    if isinstance(result, ox.QueryBoolean):
        return QueryResult("ASK", boolean=bool(result))
    if isinstance(result, ox.QueryTriples):
        triples, cut = _take(((from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)) for t in result), limit)
        return QueryResult("GRAPH", triples=triples, truncated=cut)
    names = [v.value for v in result.variables]
    # Answers repeat their values (a form type, a date, a company's name on every row), and making
    # an rdflib term costs 5-10 µs: each distinct value is converted once per answer.
    seen: dict = {}

    def term(value):
        if value is None:
            return None
        if value not in seen:
            seen[value] = from_ox(value)
        return seen[value]

    rows, cut = _take((tuple(term(sol[i]) for i in range(len(names))) for sol in result), limit)
    return QueryResult("SELECT", vars=names, rows=rows, truncated=cut)


def _first_line(exc: Exception) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0]
