"""SPARQL results on the wire: content negotiation and the W3C result formats.

SELECT and ASK answers go out as SPARQL 1.1 Query Results JSON, XML, CSV or
TSV (or an HTML table for a browser); CONSTRUCT and DESCRIBE answers as
Turtle, N-Triples, RDF/XML or JSON-LD. The endpoint picks one from a
``format``/``output`` request parameter when it names one, else from the
Accept header (q-values honoured), else JSON / Turtle.
"""

from __future__ import annotations

import html
import io
import json
import re
from dataclasses import dataclass
from xml.sax.saxutils import XMLGenerator

from rdflib import BNode, Graph, URIRef
from rdflib.namespace import XSD

from .sparql import QueryResult
from .vocab import PREFIXES

RESULTS_NS = "http://www.w3.org/2005/sparql-results#"


@dataclass(frozen=True)
class Format:
    name: str
    media_type: str
    aliases: tuple[str, ...]  # other media types and format= names that select it

    @property
    def content_type(self) -> str:
        return f"{self.media_type}; charset=utf-8"


TABLE_FORMATS = [  # SELECT and ASK
    Format("json", "application/sparql-results+json", ("application/json", "json", "srj")),
    Format("xml", "application/sparql-results+xml", ("application/xml", "text/xml", "xml", "srx")),
    Format("csv", "text/csv", ("csv",)),
    Format("tsv", "text/tab-separated-values", ("tsv",)),
    Format("html", "text/html", ("html",)),
]
GRAPH_FORMATS = [  # CONSTRUCT and DESCRIBE
    Format("turtle", "text/turtle", ("application/turtle", "application/x-turtle", "text/n3", "text/rdf+n3", "turtle", "ttl", "n3")),
    Format("ntriples", "application/n-triples", ("text/plain", "nt", "ntriples", "n-triples")),
    Format("rdfxml", "application/rdf+xml", ("application/xml", "text/xml", "xml", "rdf+xml", "rdfxml")),
    Format("jsonld", "application/ld+json", ("application/x-json+ld", "application/json", "json-ld", "jsonld", "json")),
    Format("html", "text/html", ("html",)),
]


class NotAcceptable(Exception):
    """No format the client accepts can carry this kind of result."""


def negotiate(kind: str, accept: str | None, requested: list[str] | None = None) -> Format:
    """The format for a result of ``kind`` (SELECT, ASK or GRAPH)."""
    formats = GRAPH_FORMATS if kind == "GRAPH" else TABLE_FORMATS
    for value in requested or []:
        for fmt in formats:
            if value.strip().lower() in (fmt.name, fmt.media_type, *fmt.aliases):
                return fmt
    ranges = _accept_ranges(accept)
    if not ranges:
        return formats[0]
    for media, _q in ranges:
        if media in ("*/*", "application/*", "text/*"):
            prefix = media.split("/")[0]
            match = [f for f in formats if prefix == "*" or f.media_type.startswith(prefix + "/")]
            if match:
                return match[0]
        for fmt in formats:
            if media == fmt.media_type or media in fmt.aliases:
                return fmt
    offered = ", ".join(f.media_type for f in formats)
    raise NotAcceptable(f"cannot answer a {kind} query as {accept!r}; available: {offered}")


def _accept_ranges(accept: str | None) -> list[tuple[str, float]]:
    """Media ranges by decreasing q (ties keep the client's order); q=0 ranges dropped."""
    ranges = []
    for i, part in enumerate((accept or "").split(",")):
        fields = [f.strip() for f in part.split(";")]
        if not fields[0]:
            continue
        q = 1.0
        for param in fields[1:]:
            if m := re.fullmatch(r"q\s*=\s*([0-9.]+)", param):
                try:
                    q = float(m.group(1))
                except ValueError:
                    q = 0.0
        if q > 0:
            ranges.append((fields[0].lower(), q, i))
    return [(media, q) for media, q, _i in sorted(ranges, key=lambda r: (-r[1], r[2]))]


def serialize(result: QueryResult, fmt: Format) -> bytes:
    if result.kind == "GRAPH":
        return _graph(result, fmt)
    return {"json": _json, "xml": _xml, "csv": _csv, "tsv": _tsv, "html": _html_table}[fmt.name](result)


# --------------------------------------------------------------------------- SELECT / ASK


def _json_term(term) -> dict:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    out = {"type": "literal", "value": str(term)}
    if term.language:
        out["xml:lang"] = term.language
    elif term.datatype is not None and term.datatype != XSD.string:
        out["datatype"] = str(term.datatype)
    return out


def _json(result: QueryResult) -> bytes:
    if result.kind == "ASK":
        doc = {"head": {}, "boolean": bool(result.boolean)}
    else:
        bindings = [{v: _json_term(t) for v, t in zip(result.vars, row, strict=True) if t is not None} for row in result.rows]
        doc = {"head": {"vars": list(result.vars)}, "results": {"bindings": bindings}}
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def _xml(result: QueryResult) -> bytes:
    buf = io.StringIO()
    out = XMLGenerator(buf, encoding="utf-8", short_empty_elements=True)
    out.startDocument()
    out.startElement("sparql", {"xmlns": RESULTS_NS})
    out.startElement("head", {})
    for var in result.vars if result.kind == "SELECT" else []:
        out.startElement("variable", {"name": var})
        out.endElement("variable")
    out.endElement("head")
    if result.kind == "ASK":
        _element(out, "boolean", {}, "true" if result.boolean else "false")
    else:
        out.startElement("results", {})
        for row in result.rows:
            out.startElement("result", {})
            for var, term in zip(result.vars, row, strict=True):
                if term is not None:
                    out.startElement("binding", {"name": var})
                    _xml_term(out, term)
                    out.endElement("binding")
            out.endElement("result")
        out.endElement("results")
    out.endElement("sparql")
    out.endDocument()
    return buf.getvalue().encode("utf-8")


def _xml_term(out: XMLGenerator, term) -> None:
    if isinstance(term, URIRef):
        _element(out, "uri", {}, str(term))
    elif isinstance(term, BNode):
        _element(out, "bnode", {}, str(term))
    else:
        attrs = {}
        if term.language:
            attrs["xml:lang"] = term.language
        elif term.datatype is not None and term.datatype != XSD.string:
            attrs["datatype"] = str(term.datatype)
        _element(out, "literal", attrs, _xml_safe(str(term)))


def _element(out: XMLGenerator, name: str, attrs: dict, text: str) -> None:
    out.startElement(name, attrs)
    out.characters(text)
    out.endElement(name)


def _xml_safe(text: str) -> str:
    """XML 1.0 cannot carry most control characters; they become U+FFFD."""
    return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", "\ufffd", text)


def _csv(result: QueryResult) -> bytes:
    # SPARQL 1.1 CSV: plain values, RFC 4180 quoting, CRLF line ends
    if result.kind == "ASK":
        return f"_askResult\r\n{str(result.boolean).lower()}\r\n".encode()
    lines = [",".join(_csv_field(v) for v in result.vars)]
    for row in result.rows:
        lines.append(",".join(_csv_field("" if t is None else (f"_:{t}" if isinstance(t, BNode) else str(t))) for t in row))
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def _csv_field(value: str) -> str:
    return '"' + value.replace('"', '""') + '"' if re.search(r'[",\r\n]', value) else value


def _tsv(result: QueryResult) -> bytes:
    # SPARQL 1.1 TSV: terms in Turtle/N-Triples syntax, variables with "?"
    if result.kind == "ASK":
        return f"?_askResult\n{str(result.boolean).lower()}\n".encode()
    lines = ["\t".join(f"?{v}" for v in result.vars)]
    lines += ["\t".join("" if t is None else nt_term(t) for t in row) for row in result.rows]
    return ("\n".join(lines) + "\n").encode("utf-8")


def nt_term(term) -> str:
    """A term in N-Triples syntax (tabs and newlines escaped, as TSV needs)."""
    if isinstance(term, URIRef):
        return f"<{term}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    text = str(term).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
    if term.language:
        return f'"{text}"@{term.language}'
    if term.datatype is not None and term.datatype != XSD.string:
        return f'"{text}"^^<{term.datatype}>'
    return f'"{text}"'


def _html_table(result: QueryResult) -> bytes:
    if result.kind == "ASK":
        return _page("ASK", f"<p class=answer>{str(result.boolean).lower()}</p>").encode("utf-8")
    head = "".join(f"<th>{html.escape(v)}</th>" for v in result.vars)
    body = "".join("<tr>" + "".join(f"<td>{_html_cell(t)}</td>" for t in row) + "</tr>" for row in result.rows)
    note = f"<p>{len(result.rows)} row{'s' if len(result.rows) != 1 else ''}" + (" (limited)" if result.truncated else "") + "</p>"
    return _page("Results", f"{note}<table><tr>{head}</tr>{body}</table>").encode("utf-8")


def _html_cell(term) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        return f"<code>{html.escape(str(term))}</code>"
    return html.escape(str(term))


def _page(title: str, body: str) -> str:
    return (f"<!doctype html><html><head><meta charset=utf-8><title>{html.escape(title)}</title>"
            "<style>body{font:14px sans-serif;margin:1em}table{border-collapse:collapse}"
            "td,th{border:1px solid #ccc;padding:2px 6px;vertical-align:top;text-align:left}</style></head>"
            f"<body><p><a href='/'>&larr; query page</a></p>{body}</body></html>")


# --------------------------------------------------------------------------- CONSTRUCT / DESCRIBE


def _graph(result: QueryResult, fmt: Format) -> bytes:
    if fmt.name == "ntriples":
        return "".join(f"{nt_term(s)} {nt_term(p)} {nt_term(o)} .\n" for s, p, o in result.triples).encode("utf-8")
    if fmt.name == "html":
        rows = "".join("<tr>" + "".join(f"<td>{_html_cell(t)}</td>" for t in triple) + "</tr>" for triple in result.triples)
        return _page("Triples", f"<table><tr><th>subject</th><th>predicate</th><th>object</th></tr>{rows}</table>").encode("utf-8")
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    for s, p, o in result.triples:
        g.add((s, p, o))
    rdflib_format = {"turtle": "turtle", "rdfxml": "xml", "jsonld": "json-ld"}[fmt.name]
    return g.serialize(format=rdflib_format, encoding="utf-8")
