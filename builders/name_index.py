"""A name index beside the Oxigraph store: a name parameter turned into the few entities it names.

Many library queries take part of a name (``--param company=ImmunoGen``) and match it with
``FILTER (CONTAINS(LCASE(STR(?name)), LCASE(STR(?company))))`` over every ``rdfs:label`` and
``skos:altLabel``. Oxigraph cannot answer that from an index: at 10^6 triples it decodes all
~158,000 names, once per row that reaches the filter (seconds to a minute per query).

The index holds each name lower-cased, with its entity: ``filing-kg-names.tsv`` beside the
store, written when the store is filled or updated (names found in the N-Quads bytes, 2-7 s at
10^6 triples; reading them back from the store would take 6 s) and read once per engine, only
by a query with a name parameter. Before such a query runs, :func:`narrow` turns each name
parameter its header declares (``# lookup: company contains ?c``) into the IRIs whose name
matches, and the query gets ``VALUES ?c { ... }`` in every group using ``?c``: Oxigraph then
plans from those few IRIs, as it does for an ``iri`` parameter. The query's own FILTER stays, so
the answer is the plain query's: the candidates are exactly the entities the FILTER keeps (the
same lower-casing as SPARQL's LCASE: Python's ``str.lower`` and Oxigraph's Rust
``to_lowercase`` both apply Unicode's lowercase mapping), and VALUES only removes rows the
FILTER would have removed.

A parameter matched against values rather than names (``# lookup: target contains ?p via
fkg:target``: a product's targets) is resolved the same way by one small query on the engine,
``SELECT DISTINCT ?x WHERE { ?x fkg:target ?value . FILTER (...) }`` with the parameter bound:
asked alone, Oxigraph reads the few values once; inside the full query it built every product's
rows before the FILTER.

Nothing here is needed for a correct answer: the .rq text runs as written on rdflib, on a
pushed Oxigraph server, on a store whose index is missing or of another graph (the index file
names the sha256 of the graph it was read from, as the store's manifest does), or when a
parameter matches too many names for VALUES to pay (:data:`MAX_CANDIDATES`).
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import accumulate, repeat
from operator import add
from pathlib import Path

import pyoxigraph as ox
from rdflib import Literal, URIRef

from .atomic import atomic_write_text
from .errors import QueryError

NAME_PREDICATES = ("http://www.w3.org/2000/01/rdf-schema#label", "http://www.w3.org/2004/02/skos/core#altLabel")
LOOKUP = re.compile(r"^(?P<param>\w+)\s+(?P<how>equals|contains)\s+\?(?P<var>\w+)(?:\s+via\s+(?P<via>\S+))?$")
# Past this many entities a VALUES block costs more to parse and join than the plain scan saves
# (the plain query reads every name once anyway).
MAX_CANDIDATES = 500
BLANK = "_"  # a blank node's place in the list of IRIs (no IRI is "_")


@dataclass(frozen=True)
class Lookup:
    """A header's ``# lookup: PARAM equals|contains ?VAR [via PREDICATE]``: the parameter
    matches, in any case, the whole of (equals) or part of (contains) a name or alias of the
    entity ``?VAR`` or, with ``via``, the string of a value of ``?VAR PREDICATE ?value`` (a
    product's targets: the entities are then found by one small query, not the name index)."""

    param: str
    how: str
    var: str
    via: str | None = None  # the predicate's full IRI

    @classmethod
    def parse(cls, text: str, prefixes: dict[str, str] | None = None) -> Lookup:
        m = LOOKUP.match(text.strip())
        if not m:
            raise QueryError(f"bad lookup line {text!r} (expected: PARAM equals|contains ?VAR [via PREDICATE])")
        return cls(m["param"], m["how"], m["var"], _iri(m["via"], prefixes or {}) if m["via"] else None)


def _iri(term: str, prefixes: dict[str, str]) -> str:
    if term.startswith("<") and term.endswith(">"):
        return ox.NamedNode(term[1:-1]).value
    prefix, _, local = term.partition(":")
    if prefix not in prefixes or not local:
        raise QueryError(f"lookup via {term!r}: not an IRI or a prefixed name of the query's PREFIXes")
    return ox.NamedNode(prefixes[prefix] + local).value


@dataclass
class NameIndex:
    """Every entity's names, lower-cased, as one text searched by ``str.find`` (a Python loop over
    158,000 names took 70 ms a search, building a dict of them 1.5 s a load).

    ``text`` holds the names one a line, ``iris[i]`` is the entity named on line i (:data:`BLANK`
    for a blank node, which VALUES cannot name: a match on one sends the query down the plain path)
    and ``starts[i]`` where line i begins. Names holding a line break are kept aside in ``odd``.
    """

    text: str = "\n"
    iris: list[str] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    odd: list[tuple[str | None, str]] = field(default_factory=list)

    @classmethod
    def of(cls, pairs: Iterable[tuple[str | None, str]]) -> NameIndex:
        rows = sorted(pairs, key=lambda p: (p[1], p[0] or ""))
        plain = [(iri, name) for iri, name in rows if "\n" not in name]
        return cls.from_lines([name for _, name in plain], [iri or BLANK for iri, _ in plain],
                              [(iri, name) for iri, name in rows if "\n" in name])

    @classmethod
    def from_lines(cls, names: list[str], iris: list[str], odd: list[tuple[str | None, str]]) -> NameIndex:
        starts = list(accumulate(map(add, map(len, names), repeat(1)), initial=1))[:-1]  # all in C: 155,000 names
        return cls("\n" + "\n".join(names) + "\n", iris, starts, odd)

    def updated(self, removed: Iterable[tuple[str | None, str]], added: Iterable[tuple[str | None, str]]) -> NameIndex:
        """The index after some names left the graph and others came: the same lines, in the same
        order, as :meth:`of` would give for the new set of names (an update to one filing of a
        10,000-filing store then costs milliseconds, not the 2 s of reading every name again)."""
        names = self.text[1:-1].split("\n") if self.iris else []
        keys = [(name, "" if iri == BLANK else iri) for name, iri in zip(names, self.iris, strict=True)]
        odd = set(self.odd)
        for iri, name in removed:
            if "\n" in name:
                odd.discard((iri, name))
            elif (j := bisect_left(keys, (name, iri or ""))) < len(keys) and keys[j] == (name, iri or ""):
                del keys[j]
        for iri, name in added:
            if "\n" in name:
                odd.add((iri, name))
            elif (j := bisect_left(keys, (name, iri or ""))) == len(keys) or keys[j] != (name, iri or ""):
                keys.insert(j, (name, iri or ""))
        return NameIndex.from_lines([name for name, _ in keys], [iri or BLANK for _, iri in keys],
                                    sorted(odd, key=lambda p: (p[1], p[0] or "")))

    def matching(self, how: str, text: str, most: int = MAX_CANDIDATES) -> set[str | None] | None:
        """IRIs with a name equal to (``equals``) or containing (``contains``) ``text``, any case;
        None once more than ``most`` lines match."""
        key = text.lower()
        if how == "contains" and not key:
            return None  # every name contains ""
        needle = f"\n{key}\n" if how == "equals" else key
        found: set[str | None] = {iri for iri, name in self.odd if (name == key if how == "equals" else key in name)}
        hits, at = 0, self.text.find(needle)
        while at >= 0:
            line = bisect_right(self.starts, at + 1 if how == "equals" else at) - 1
            found.add(None if self.iris[line] == BLANK else self.iris[line])
            hits += 1
            if hits > most:
                return None
            # the next search starts on the next line: one hit per name is enough
            at = self.text.find(needle, self.starts[line + 1] - 1 if line + 1 < len(self.starts) else len(self.text))
        return found if len(found) <= most else None


# --------------------------------------------------------------------------- reading names from a graph file

_PREDICATES = tuple(f" <{p}> ".encode() for p in NAME_PREDICATES)
_SIMPLE_OBJECT = re.compile(rb'"([^"\\]*)"(?:@[A-Za-z0-9-]+|\^\^<[^>]*>)?(?: <[^>]*>)? \.\s*$')


def names_of_nquads(data: bytes) -> set[tuple[str | None, str]]:
    """(subject IRI or None, lower-cased name) of every name statement in N-Quads ``data``.

    Reading the names back from the store costs 40 µs each (every long literal is a RocksDB
    lookup: 6 s at 10^6 triples); finding the two predicates in the file's bytes costs 2-7 s
    beside the 30-50 s of loading them. Lines with escapes, blank nodes or IRI objects go
    through pyoxigraph's parser.
    """
    pairs: set[tuple[str | None, str]] = set()
    for predicate in _PREDICATES:
        at = data.find(predicate)
        while at >= 0:
            start = data.rfind(b"\n", 0, at) + 1
            end = data.find(b"\n", at)
            end = len(data) if end < 0 else end
            simple = _SIMPLE_OBJECT.match(data, at + len(predicate), end)
            if simple and data[start:start + 1] == b"<":
                pairs.add((data[start + 1:at - 1].decode("utf-8"), simple.group(1).decode("utf-8").lower()))
            else:
                pairs.update(names_of_quads(ox.parse(data[start:end], format=ox.RdfFormat.N_QUADS)))
            at = data.find(predicate, end)
    return pairs


def names_of_file(path: Path, fmt: ox.RdfFormat) -> set[tuple[str | None, str]]:
    if fmt == ox.RdfFormat.N_QUADS or fmt == ox.RdfFormat.N_TRIPLES:
        pairs: set[tuple[str | None, str]] = set()
        for block in _line_blocks(path):
            pairs |= names_of_nquads(block)
        return pairs
    return names_of_quads(ox.parse(path=str(path), format=fmt))


def _line_blocks(path: Path, size: int = 1 << 25) -> Iterator[bytes]:
    """The file in blocks of about ``size`` bytes cut after a line break: a graph.nq of 10^7
    triples is 2.5 GB, and its names are found a block at a time."""
    rest = b""
    with path.open("rb") as handle:
        while block := handle.read(size):
            block = rest + block
            cut = block.rfind(b"\n") + 1
            rest = block[cut:]
            if cut:
                yield block[:cut]
    if rest:
        yield rest


def names_of_quads(quads) -> set[tuple[str | None, str]]:
    pairs: set[tuple[str | None, str]] = set()
    for quad in quads:
        if quad.predicate.value in NAME_PREDICATES and not isinstance(quad.object, ox.BlankNode):
            # an IRI object's STR() is the IRI, which the FILTER compares like a name; STR() of a
            # blank node is an error, which the FILTER never keeps
            iri = quad.subject.value if isinstance(quad.subject, ox.NamedNode) else None
            pairs.add((iri, quad.object.value.lower()))
    return pairs


# --------------------------------------------------------------------------- the index file beside a store

INDEX_FILE = "filing-kg-names.tsv"


def write_index(store_dir: Path, pairs: set[tuple[str | None, str]] | NameIndex, source_sha256: str | None) -> None:
    """``filing-kg-names.tsv`` beside the store: the sha256 of the graph it was read from, the
    number of names, the names one a line, their entities' IRIs in the same order (``_`` for a
    blank node), then names holding a line break as JSON. Sorted: the same graph writes the
    same file. Laid out so that reading it is two splits (30 ms at 10^6 triples)."""
    index = pairs if isinstance(pairs, NameIndex) else NameIndex.of(pairs)
    names = index.text[1:-1] if index.iris else ""
    lines = [f"# source_sha256 {source_sha256}", f"# names {len(index.iris)}"]
    lines += ([names] if index.iris else []) + [iri or BLANK for iri in index.iris]
    lines += [json.dumps(row, ensure_ascii=False) for row in index.odd]
    atomic_write_text(Path(store_dir) / INDEX_FILE, "\n".join(lines) + "\n")


def read_index(store_dir: Path, source_sha256: str | None) -> NameIndex | None:
    """The store's name index, or None when it has none or one of another graph (a store
    filled before the index existed, or changed since): queries then run as written."""
    try:
        text = (Path(store_dir) / INDEX_FILE).read_text(encoding="utf-8")
    except OSError:
        return None
    head, _, rest = text.partition("\n")
    if source_sha256 is None or head != f"# source_sha256 {source_sha256}":
        return None
    count, _, body = rest.partition("\n")
    n = int(count.removeprefix("# names "))
    lines = body.split("\n")  # not splitlines(): a name may hold U+2028 or a form feed
    odd = [tuple(json.loads(line)) for line in lines[2 * n:] if line]
    return NameIndex.from_lines(lines[:n], lines[n:2 * n], odd)


def narrow(engine, lookups: list[Lookup], values: dict[str, str]) -> dict[str, list[str]] | None:
    """The entities each declared variable may be (sorted IRIs), or None when the engine cannot
    tell or one parameter matches too many entities to be worth it (run the plain query then)."""
    out: dict[str, list[str]] = {}
    for lookup in lookups:
        text = values.get(lookup.param)
        if text is None:
            continue
        found = _by_value(engine, lookup, text) if lookup.via else _by_name(engine, lookup, text)
        if found is None or None in found:
            return None
        out[lookup.var] = sorted(found & set(out[lookup.var])) if lookup.var in out else sorted(found)
    return out


def _by_name(engine, lookup: Lookup, text: str) -> set[str | None] | None:
    index = engine.name_index()
    return None if index is None else index.matching(lookup.how, text)


def _by_value(engine, lookup: Lookup, text: str) -> set[str | None] | None:
    """The subjects of ``lookup.via`` whose value matches, by one query: the values are few (942
    targets at 10^6 triples), and asked alone Oxigraph reads them once, where inside the full
    query it builds every product's rows first. The parameter is bound, never written in."""
    if not getattr(engine, "narrows", False):
        return None
    test = ("LCASE(STR(?value)) = LCASE(STR(?param))" if lookup.how == "equals"
            else "CONTAINS(LCASE(STR(?value)), LCASE(STR(?param)))")
    query = f"SELECT DISTINCT ?x WHERE {{ ?x {ox.NamedNode(lookup.via)} ?value . FILTER ({test}) }}"
    result = engine.run(query, {"param": Literal(text)}, limit=MAX_CANDIDATES)
    if result.truncated:
        return None
    return {str(x) if isinstance(x, URIRef) else None for (x,) in result.rows}
