"""Query stage: the SPARQL library in ``queries/`` and safe parameter binding.

Each ``.rq`` file starts with a comment header::

    # title: Who holds the rights to a product on a date
    # question: ...
    # param: product (string, optional) - a product name or alias; all products when omitted
    # example: filing-kg query rights-holder out/demo --param product="..."

Parameters are bound with ``initBindings`` (as RDF terms), never pasted into
the query text, so a value with quotes, ``>`` or newlines cannot change the query.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.query import Result

from .errors import QueryError
from .resources import query_files

PARAM_LINE = re.compile(r"^#\s*param:\s*(?P<name>\w+)\s*\((?P<type>\w+)(?:,\s*(?P<opt>[^)]*))?\)\s*(?:-\s*(?P<doc>.*))?$")
PARAM_TYPES = {"string", "date", "year", "iri", "integer"}


@dataclass
class Param:
    name: str
    type: str
    required: bool = False
    default: str | None = None
    doc: str = ""


@dataclass
class NamedQuery:
    name: str
    text: str
    title: str = ""
    question: str = ""
    params: list[Param] = field(default_factory=list)
    examples: list[str] = field(default_factory=list)


def parse_header(name: str, text: str) -> NamedQuery:
    query = NamedQuery(name=name, text=text)
    for line in text.splitlines():
        if not line.startswith("#"):
            if line.strip():
                break
            continue
        if m := PARAM_LINE.match(line):
            opt = (m.group("opt") or "").strip()
            default = re.search(r"default\s+(.+)", opt)
            query.params.append(
                Param(m.group("name"), m.group("type"), required=opt.startswith("required"),
                      default=default.group(1).strip() if default else None, doc=(m.group("doc") or "").strip())
            )
        elif m := re.match(r"#\s*(title|question|example):\s*(.*)", line):
            key, value = m.groups()
            if key == "example":
                query.examples.append(value)
            else:
                setattr(query, key, value)
    return query


def library() -> dict[str, NamedQuery]:
    return {name: parse_header(name, text) for name, text in query_files().items()}


def load_query(name_or_file: str) -> NamedQuery:
    lib = library()
    if name_or_file in lib:
        return lib[name_or_file]
    path = Path(name_or_file)
    if path.suffix == ".rq" and path.exists():
        return parse_header(path.stem, path.read_text(encoding="utf-8"))
    close = [n for n in lib if name_or_file.lower() in n]
    hint = f" Did you mean: {', '.join(close)}?" if close else " See `filing-kg query --list`."
    raise QueryError(f"no query named {name_or_file!r} and no such .rq file.{hint}")


def bindings(query: NamedQuery, values: dict[str, str]) -> dict[str, object]:
    """Turn ``--param k=v`` strings into typed RDF terms for ``initBindings``."""
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
        raise QueryError(f"--param {param.name}={raw!r}: expected a {param.type} ({exc})") from exc
    return Literal(raw)


def run_query(ds: Dataset, query: NamedQuery, values: dict[str, str] | None = None) -> Result:
    try:
        return ds.query(query.text, initBindings=bindings(query, values or {}))
    except QueryError:
        raise
    except Exception as exc:  # rdflib's parser raises pyparsing exceptions
        raise QueryError(f"query {query.name!r} failed: {exc}") from exc


# --------------------------------------------------------------------------- output


def rows(result: Result) -> tuple[list[str], list[list[str]]]:
    """Header and rows as strings (IRIs shortened to their last path segments for reading)."""
    if result.type == "ASK":
        return ["answer"], [[str(result.askAnswer).lower()]]
    names = [str(v) for v in result.vars]
    table = [[_cell(row[i]) for i in range(len(names))] for row in result]
    return names, table


def _cell(term) -> str:
    if term is None:
        return ""
    return str(term)


def format_result(result: Result, fmt: str = "table", max_width: int = 60) -> str:
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
