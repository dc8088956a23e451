"""A strict N-Quads checker: the W3C RDF 1.1 N-Quads grammar, line by line.

rdflib's own parser is lenient (it accepts IRIs with spaces, for one), so parsing the
output back with it proves little alone; this checks each line against the grammar,
that IRIs are absolute, that typed literals of the datatypes we emit have valid
lexical forms, and that rdflib reads the text back to the same statements.
"""

from __future__ import annotations

import datetime as dt
import re

from rdflib import Dataset

_HEX = "[0-9A-Fa-f]"
_UCHAR = rf"(?:\\u{_HEX}{{4}}|\\U{_HEX}{{8}})"
_ECHAR = r"""\\[tbnrf"'\\]"""
IRIREF = rf"""<(?:[^\x00-\x20<>"{{}}|^`\\]|{_UCHAR})*>"""
BLANK = r"_:[A-Za-z0-9_](?:[A-Za-z0-9_.\-]*[A-Za-z0-9_\-])?"
STRING = rf""""(?:[^"\\\n\r]|{_ECHAR}|{_UCHAR})*\""""
LANGTAG = r"@[a-zA-Z]+(?:-[a-zA-Z0-9]+)*"
LITERAL = rf"(?P<lex>{STRING})(?:\^\^(?P<dt>{IRIREF})|{LANGTAG})?"
_WS = r"[ \t]+"
STATEMENT = re.compile(
    rf"(?P<s>{IRIREF}|{BLANK}){_WS}(?P<p>{IRIREF}){_WS}(?P<o>{IRIREF}|{BLANK}|{LITERAL})"
    rf"(?:{_WS}(?P<g>{IRIREF}|{BLANK}))?[ \t]*\.[ \t]*"
)
_ABSOLUTE = re.compile(r"<[A-Za-z][A-Za-z0-9+.\-]*:")
XSD = "http://www.w3.org/2001/XMLSchema#"
_LEXICAL = {
    "integer": re.compile(r"[+-]?[0-9]+"),
    "boolean": re.compile(r"true|false|1|0"),
    "gYear": re.compile(r"-?[0-9]{4,}"),
    "gYearMonth": re.compile(r"-?[0-9]{4,}-(0[1-9]|1[0-2])"),
    "date": re.compile(r"-?[0-9]{4,}-[0-9]{2}-[0-9]{2}"),
    "decimal": re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)"),
}


def statement_problems(line: str) -> list[str]:
    """What is wrong with one N-Quads line (empty when nothing is)."""
    m = STATEMENT.fullmatch(line)
    if not m:
        return [f"not an N-Quads statement: {line[:200]!r}"]
    problems = []
    for role in ("s", "p", "o", "g"):
        term = m.group(role)
        if term and term.startswith("<") and not _ABSOLUTE.match(term):
            problems.append(f"relative IRI {term[:100]!r}")
    datatype = m.group("dt")
    if datatype and datatype[1:-1].startswith(XSD):
        local = datatype[1 + len(XSD) : -1]
        lexical = m.group("lex")[1:-1]
        pattern = _LEXICAL.get(local)
        if pattern and not pattern.fullmatch(lexical):
            problems.append(f"invalid xsd:{local} literal {lexical!r}")
        elif local == "date":
            try:
                dt.date.fromisoformat(lexical)
            except ValueError:
                problems.append(f"no such day: xsd:date {lexical!r}")
    return problems


def check_nquads(text: str) -> None:
    """Raise AssertionError naming every bad line; check that rdflib reads back the same statements."""
    lines = [line for line in text.split("\n") if line]
    problems = [p for line in lines for p in statement_problems(line)]
    assert not problems, "invalid N-Quads:\n" + "\n".join(problems[:20])
    assert "\r" not in text, "a raw carriage return in N-Quads output"
    ds = Dataset()
    ds.parse(data=text, format="nquads")
    parsed = sum(1 for _ in ds.quads((None, None, None, None)))
    assert parsed == len(set(lines)), f"{len(set(lines))} lines but rdflib read {parsed} statements"
