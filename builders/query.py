"""Query stage: the SPARQL library in ``queries/`` and running it on either engine.

Each ``.rq`` file starts with a comment header, one ``key: value`` a line;
a line of ``#`` followed by two or more spaces continues the previous key::

    # title: Who holds the rights to a product on a date
    # question: For each licensed product, who held the rights on the date ...
    #   ... and since when.
    # param: product (string, optional) - a product name or alias; all products when omitted
    # param: date (date, default today) - the as-of date, YYYY-MM-DD
    # example: filing-kg query rights-holder out/demo --param product="..." --param date=2002-06-30
    # answer:
    #   asset | holder | since | licensor | status
    #   cantuzumab mertansine | SmithKline Beecham | 1999 | ImmunoGen, Inc. | Terminated

A param line is ``name (type[, required | optional][, default VALUE]) - what it is``
with type one of string, date, year, integer, iri. Parameters are bound as RDF
terms (see :mod:`builders.sparql`), never pasted into the query text, so a value
with quotes, ``>`` or newlines cannot change the query.

A ``# lookup: PARAM equals|contains ?VAR`` line says that a string parameter is
matched, any case, against the whole of or part of a name or alias of ``?VAR``
(the query's own FILTER does the matching). Where the store has a name index
(:mod:`builders.name_index`), ``?VAR`` is then given as VALUES of the entities so
named before the query runs: the same answer, planned from a few IRIs instead
of a pass over every name.

Writing a query both engines answer fast (bench/run.py measures the library;
each rule below cost Oxigraph minutes at 10^5 triples when broken):

- put every triple pattern of the main question in one connected block before
  the FILTERs; look names up inside each UNION branch, never in a block after
  the UNION (two unconnected patterns there are a cross product);
- keep OPTIONALs flat (no OPTIONAL inside OPTIONAL, no BIND inside one) and
  joined on variables that are always bound;
- give an EXISTS a single triple pattern (its body is planned without the
  outer bindings); match through the main pattern instead when more is needed;
- a parameter an index lookup should use (an entity's IRI) is best typed
  ``iri``: Oxigraph then plans with the value; a name parameter gets the same
  from a ``# lookup:`` line, provided every group using its variable may be
  narrowed to the matching entities (match the name on the variable itself, a
  UNION branch per side when it may be either of two);
- select the few rows a literal filter keeps in a subquery first (dated events
  in a period), then look up from them: a filter after the join runs on every
  row's full set of lookups. Oxigraph starts a join at the pattern that looks
  most selective, and ``?x a fkg:Class`` looks more selective than a subquery:
  test the type with ``FILTER EXISTS`` there, or it reads every member first;
- a lookup from a row costs 10-20 µs at 10^6 triples, a pass over a predicate
  under 1 µs a triple: where every node of a small class is read anyway
  (counts), take each property from ``{ SELECT ?x ?v WHERE { ?x p ?v } }``,
  which Oxigraph evaluates once and joins by hash; an OPTIONAL of patterns is
  planned without the row's bindings, and one holding an aggregate is computed
  whole: for a per-row list, aggregate after the join (officers);
- a subquery in which the name index may put VALUES ``?c`` must project ``?c``:
  VALUES goes into every group using the variable, the outer one included.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import shlex
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from .errors import QueryError
from .name_index import Lookup, narrow
from .resources import query_files
from .sparql import Engine, QueryResult, bind_text, values_text

HEADER_LINE = re.compile(r"^#\s?(?P<key>title|question|param|lookup|example|answer|example answer):\s?(?P<value>.*)$")
CONTINUATION = re.compile(r"^#\s{2,}(?P<value>\S.*)$")
PARAM = re.compile(r"^(?P<name>\w+)\s*\((?P<type>\w+)(?:,\s*(?P<opt>[^)]*))?\)\s*(?:-\s*(?P<doc>.*))?$")
PREFIX_LINE = re.compile(r"^PREFIX\s+(\w*):\s*<([^>]*)>", re.MULTILINE | re.IGNORECASE)
PARAM_TYPES = {"string", "date", "year", "iri", "integer"}


@dataclass
class Param:
    name: str
    type: str
    required: bool = False
    default: str | None = None
    doc: str = ""

    def usage(self) -> str:
        default = f", default {self.default}" if self.default else (", required" if self.required else "")
        return f"--param {self.name}=<{self.type}{default}>"


@dataclass
class NamedQuery:
    name: str
    text: str
    title: str = ""
    question: str = ""
    params: list[Param] = field(default_factory=list)
    examples: list[str] = field(default_factory=list)
    answer: str = ""
    lookups: list[Lookup] = field(default_factory=list)

    def example_params(self) -> dict[str, str]:
        """The ``--param`` values of the first example call (what the benchmark and the demo use)."""
        if not self.examples:
            return {}
        words = shlex.split(self.examples[0])
        return dict(w.split("=", 1) for a, w in zip(words, words[1:], strict=False) if a == "--param" and "=" in w)


def parse_header(name: str, text: str) -> NamedQuery:
    query = NamedQuery(name=name, text=text)
    last: str | None = None
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        if m := HEADER_LINE.match(line):
            last = _header_value(query, name, "answer" if m["key"] == "example answer" else m["key"], m["value"].strip())
        elif (m := CONTINUATION.match(line)) and last:
            _continue(query, last, m["value"].rstrip())
    return query


def _header_value(query: NamedQuery, name: str, key: str, value: str) -> str:
    if key == "param":
        m = PARAM.match(value)
        if not m or m["type"] not in PARAM_TYPES:
            raise QueryError(f"query {name!r}: bad param line {value!r} (expected: name (type[, optional][, default X]) - doc; "
                             f"types: {', '.join(sorted(PARAM_TYPES))})")
        opt = (m["opt"] or "").strip()
        default = re.search(r"default\s+(.+)", opt)
        query.params.append(Param(m["name"], m["type"], required="required" in opt,
                                  default=default.group(1).strip() if default else None, doc=(m["doc"] or "").strip()))
    elif key == "lookup":
        query.lookups.append(_lookup(query, name, value))
    elif key == "example":
        query.examples.append(value)
    else:
        setattr(query, key, value)
    return key


def _lookup(query: NamedQuery, name: str, value: str) -> Lookup:
    try:
        lookup = Lookup.parse(value, dict(PREFIX_LINE.findall(query.text)))
    except QueryError as exc:
        raise QueryError(f"query {name!r}: {exc}") from exc
    if not any(p.name == lookup.param and p.type == "string" for p in query.params):
        raise QueryError(f"query {name!r}: lookup {value!r} names no string parameter declared above it")
    return lookup


def _continue(query: NamedQuery, key: str, value: str) -> None:
    if key == "param":
        query.params[-1].doc = f"{query.params[-1].doc} {value}".strip()
    elif key == "example":
        query.examples[-1] = f"{query.examples[-1]} {value}"
    elif key == "answer":
        query.answer = f"{query.answer}\n{value}".strip("\n")
    else:
        setattr(query, key, f"{getattr(query, key)} {value}".strip())


def library() -> dict[str, NamedQuery]:
    return {name: parse_header(name, text) for name, text in query_files().items()}


def load_query(name_or_file: str) -> NamedQuery:
    lib = library()
    if name_or_file in lib:
        return lib[name_or_file]
    path = Path(name_or_file)
    if path.suffix == ".rq" and path.exists():
        try:
            return parse_header(path.stem, path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryError(f"{path}: cannot read: {exc}") from exc
    close = [n for n in lib if name_or_file.lower() in n]
    hint = f" Did you mean: {', '.join(close)}?" if close else " See `filing-kg query --list`."
    raise QueryError(f"no query named {name_or_file!r} and no such .rq file.{hint}")


def bindings(query: NamedQuery, values: dict[str, str]) -> dict[str, object]:
    """Turn ``--param k=v`` strings into typed RDF terms (defaults filled in)."""
    known = {p.name: p for p in query.params}
    unknown = set(values) - set(known)
    if unknown:
        raise QueryError(f"query {query.name!r} has no parameter {', '.join(sorted(unknown))} (it takes: {', '.join(known) or 'none'})")
    out: dict[str, object] = {}
    for param in query.params:
        raw = values.get(param.name, param.default)
        if raw is None:
            if param.required:
                raise QueryError(f"query {query.name!r} needs --param {param.name}=... ({param.doc})")
            continue
        out[param.name] = _term(param, raw)
    return out


def _term(param: Param, raw: str):
    try:
        if param.type == "date":
            value = dt.date.today() if raw == "today" else dt.date.fromisoformat(raw)
            return Literal(value.isoformat(), datatype=XSD.date)
        if param.type in ("year", "integer"):
            return Literal(int(raw), datatype=XSD.integer)
        if param.type == "iri":
            if not re.fullmatch(r"https?://[^\s<>\"{}|\\^`]+", raw):
                raise ValueError("not an http(s) IRI")
            return URIRef(raw)
    except ValueError as exc:
        article = "an" if param.type[0] in "aeiou" else "a"
        raise QueryError(f"--param {param.name}={raw!r}: expected {article} {param.type} ({exc})") from exc
    return Literal(raw)


def run_query(engine: Engine, query: NamedQuery, values: dict[str, str] | None = None,
              graph: str | None = None, limit: int | None = None) -> QueryResult:
    try:
        terms = bindings(query, values or {})
        return engine.run(query.text, terms, graph=graph, limit=limit,
                          narrow=candidates(engine, query, values or {}))
    except QueryError as exc:
        raise QueryError(f"query {query.name!r} failed: {exc}") from exc


def candidates(engine: Engine, query: NamedQuery, values: dict[str, str]) -> dict[str, list[str]] | None:
    """The entities each ``# lookup:`` variable may be, when the engine can tell them (see
    :mod:`builders.name_index`); None to run the query as written."""
    if not query.lookups or not any(lk.param in values for lk in query.lookups):
        return None
    return narrow(engine, query.lookups, values)


def narrowed_text(engine: Engine, query: NamedQuery, values: dict[str, str]) -> str:
    """The query text as :func:`run_query` narrows it: the matched entities as VALUES."""
    found = candidates(engine, query, values)
    return query.text if found is None else values_text(query.text, found)


def with_defaults(query: NamedQuery) -> str:
    """The query text with its parameters' defaults written in as BINDs: runnable as is by any
    SPARQL client (the endpoint's page shows these). Defaults come from the library's own headers."""
    from .results import nt_term

    exprs = {p.name: nt_term(_term(p, p.default)) for p in query.params if p.default is not None}
    return bind_text(query.text, list(exprs), exprs) if exprs else query.text


def describe(query: NamedQuery, full: bool = False) -> str:
    """The library entry as ``query --list`` prints it."""
    lines = [f"{query.name}: {query.title}"]
    if query.question:
        lines.append(f"    {query.question}")
    for param in query.params:
        lines.append(f"    {param.usage()}  {param.doc}")
    for example in query.examples:
        lines.append(f"    e.g. {example}")
    if full and query.answer:
        lines += ["    answer:"] + [f"      {line}" for line in query.answer.splitlines()]
    return "\n".join(lines)


# --------------------------------------------------------------------------- output


def rows(result: QueryResult) -> tuple[list[str], list[list[str]]]:
    """Header and rows as strings."""
    if result.kind == "ASK":
        return ["answer"], [[str(result.boolean).lower()]]
    if result.kind == "GRAPH":
        return ["subject", "predicate", "object"], [[t.n3() for t in triple] for triple in result.triples]
    table = [["" if term is None else str(term) for term in row] for row in result.rows]
    return list(result.vars), table


def format_result(result: QueryResult, fmt: str = "table", max_width: int = 60) -> str:
    header, table = rows(result)
    if fmt == "json":
        return json.dumps([dict(zip(header, r, strict=True)) for r in table], indent=2, ensure_ascii=False) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(table)
        return buf.getvalue()
    if fmt != "table":
        raise QueryError(f"unknown format {fmt!r} (use table, csv or json)")
    return render_table(header, table, max_width)


def render_table(header: list[str], table: list[list[str]], max_width: int = 60) -> str:
    def clip(text: str) -> str:
        text = " ".join(text.split())
        return text if len(text) <= max_width else text[: max_width - 1] + "\u2026"

    cells = [[clip(c) for c in row] for row in table]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(header)]
    line = "+-" + "-+-".join("-" * w for w in widths) + "-+"
    out = [line, "| " + " | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)) + " |", line]
    out += ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |" for r in cells]
    out.append(line)
    out.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(out) + "\n"
