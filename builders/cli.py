"""The ``filing-kg`` command: a thin layer over the library (see ``builders.pipeline``).

Exit codes (every command):
  0  success
  1  the graph violates the SHACL shapes (build, validate)
  2  error: bad arguments or unreadable input; nothing was written
  3  partial: some inputs could not be read; the rest were built (build)
"""

from __future__ import annotations

import argparse
import json
import sys
import textwrap
from pathlib import Path

from . import __version__
from .errors import FilingKGError

EXIT_OK, EXIT_VIOLATIONS, EXIT_ERROR, EXIT_PARTIAL = 0, 1, 2, 3


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="filing-kg",
        description="Build a knowledge graph of biotech licensing from SEC filings: companies, people, "
        "product candidates, technology platforms and licenses, every fact with the sentence it came from.",
        epilog=textwrap.dedent(
            """\
            examples:
              filing-kg build data/filings --out out/demo
              filing-kg validate out/demo
              filing-kg query --list
              filing-kg query rights-holder out/demo --param product="cantuzumab mertansine" --param date=2002-06-30
              filing-kg export out/demo --to graphml --out out/demo/graph.graphml
              filing-kg eval --gold data/gold data/filings

            exit codes: 0 success, 1 SHACL violations, 2 error, 3 partial (some inputs unreadable)"""
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"filing-kg {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for add in (_add_build, _add_validate, _add_query, _add_export, _add_eval, _add_summary, _add_load, _add_explain, _add_serve):
        add(sub)
    return parser


def _command(sub, name: str, help_text: str, description: str, examples: list[str]) -> argparse.ArgumentParser:
    epilog = "examples:\n" + "\n".join(f"  {e}" for e in examples)
    return sub.add_parser(name, help=help_text, description=description, epilog=epilog, formatter_class=argparse.RawDescriptionHelpFormatter)


# --------------------------------------------------------------------------- build


def _add_build(sub) -> None:
    p = _command(
        sub, "build", "read filings and write the graph",
        "Read filings (full EDGAR submissions, HTML or text; files or folders), extract entities and licenses, "
        "resolve them across filings and write DIR/graph.nq (one named graph per filing, sorted, byte-identical "
        "for identical input), DIR/graph.trig, DIR/report.json (per filing: what was read, counts, warnings, errors) "
        "and DIR/validation.txt. Files that cannot be read are reported and skipped (exit 3).",
        ["filing-kg build data/filings --out out/demo", "filing-kg build 0001213900-25-032135.txt --out out/abvc --format ttl"],
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="filing files or folders of filings")
    p.add_argument("--out", required=True, metavar="DIR", help="output folder (created if missing)")
    p.add_argument("--format", choices=["nq", "trig", "ttl"], default="nq", help="also write this format (graph.nq and graph.trig are always written)")
    p.add_argument("--no-validate", action="store_true", help="skip SHACL validation")
    p.add_argument("--store", metavar="DIR", help="fill this Oxigraph store (default: OUT/store), which query, explain and serve open")
    p.add_argument("--no-store", action="store_true", help="write only the graph files, no Oxigraph store")
    p.add_argument("--quiet", "-q", action="store_true", help="print nothing but errors")
    p.set_defaults(func=_build)


def _build(args) -> int:
    from .pipeline import build_graph, stderr_progress, write_outputs

    result = build_graph(args.inputs, progress=None if args.quiet else stderr_progress, validate=not args.no_validate)
    report = result.report
    if not result.extractions:
        for f in report.failed:
            print(f"error: {f.source}: {f.error}", file=sys.stderr)
        print("error: no input could be read; nothing written", file=sys.stderr)
        return EXIT_ERROR
    write_outputs(result, args.out, args.format)
    _write_store(args)
    for f in report.failed:
        print(f"warning: skipped {f.source}: {f.error}", file=sys.stderr)
    if not args.quiet:
        print(summary_text(report, Path(args.out)))
    if result.validation is not None and not result.validation.conforms:
        return EXIT_VIOLATIONS
    return EXIT_PARTIAL if report.failed else EXIT_OK


def _write_store(args) -> None:
    from .store import STORE_DIR, fill_store, remove_store

    default = Path(args.out) / STORE_DIR
    if args.no_store:
        remove_store(default)  # a store left from an earlier build would answer for the old graph
        return
    fill_store(Path(args.out) / "graph.nq", args.store or default)
    if args.store:
        remove_store(default)


def summary_text(report, out: Path) -> str:
    read = len(report.filings) - len(report.failed)
    lines = [
        f"filings read: {read} of {len(report.filings)}" + (f" ({len(report.failed)} skipped, see report.json)" if report.failed else ""),
        f"triples: {report.triples}  (quads: {report.quads})",
        "entities: " + ", ".join(f"{k} {v}" for k, v in report.entities.items()),
        "licenses: " + (", ".join(f"{k} {v}" for k, v in sorted(report.licenses.items())) or "none"),
        f"merges across filings: {len(report.merges)}",
    ]
    if report.validation is not None:
        verdict = "conforms" if report.validation["conforms"] else f"{report.validation['violations']} violation(s), see validation.txt"
        lines.append(f"validation: {verdict}")
    lines.append(f"outputs: {out}/graph.nq, graph.trig, report.json, validation.txt" + (", store/" if (out / "store").is_dir() else ""))
    lines.append(f"time: {report.seconds:.1f} s")
    return "\n".join(lines)


# --------------------------------------------------------------------------- validate


def _add_validate(sub) -> None:
    p = _command(
        sub, "validate", "check a graph against the SHACL shapes",
        "Validate the union of a graph's named graphs with pyshacl against ontology/shapes.ttl (the ontology as "
        "ont_graph). Prints each violation with the focus node's label, the property, the message and the filing "
        "it came from. Exit 0 conforms, 1 violations, 2 error.",
        ["filing-kg validate out/demo", "filing-kg validate out/demo/graph.nq"],
    )
    p.add_argument("graph", nargs="?", metavar="GRAPH", help="a build folder or a .nq/.trig/.ttl file")
    p.add_argument("--store", metavar="DIR", help="validate what an Oxigraph store holds (read through rdflib)")
    p.set_defaults(func=_validate)


def _validate(args) -> int:
    from .store import load_rdflib, union_graph
    from .validate import validate_graph

    report = validate_graph(union_graph(load_rdflib(args.graph, args.store)))
    sys.stdout.write(report.text())
    return EXIT_OK if report.conforms else EXIT_VIOLATIONS


# --------------------------------------------------------------------------- query


def _add_query(sub) -> None:
    p = _command(
        sub, "query", "run a library query (or a .rq file) on a graph",
        "Run a named query from the library (see --list) or a SPARQL file over the union of a graph's filings "
        "(--graph restricts it to one filing). GRAPH is a build folder (its Oxigraph store when it has one, "
        "else its graph.nq), a graph file or a store folder. Parameters are bound as RDF terms, never pasted "
        "into the query text.",
        [
            "filing-kg query --list",
            "filing-kg query license-history out/demo --param product=\"cantuzumab mertansine\"",
            "filing-kg query rights-holder out/demo --param product=\"cantuzumab mertansine\" --param date=2002-06-30",
            "filing-kg query licenses-ended --store out/demo/store --param from=2003 --param to=2003 --format csv",
            "filing-kg query filings out/demo --graph https://w3id.org/filing-kg/id/filing/0001213900-25-032135",
            "filing-kg query --all out/demo",
        ],
    )
    p.add_argument("name", nargs="?", metavar="NAME_OR_FILE", help="a library query name or a .rq file")
    p.add_argument("graph", nargs="?", metavar="GRAPH", help="a build folder, a .nq/.trig/.ttl file or a store folder")
    _add_source_options(p)
    p.add_argument("--param", action="append", default=[], metavar="K=V", help="a query parameter (repeatable)")
    p.add_argument("--format", choices=["table", "csv", "json"], default="table")
    p.add_argument("--limit", type=int, metavar="N", help="print at most N rows")
    p.add_argument("--list", action="store_true", help="list the library's queries, their parameters and examples")
    p.add_argument("--all", action="store_true", help="run every library query with its defaults (GRAPH is the first argument)")
    p.set_defaults(func=_query)


def _add_source_options(p) -> None:
    p.add_argument("--store", metavar="DIR", help="an Oxigraph store filled by build (or load)")
    p.add_argument("--graph", dest="filing_graph", metavar="IRI",
                   help="only this filing's named graph (its IRI, or its id such as an accession number)")
    p.add_argument("--engine", choices=["auto", "oxigraph", "rdflib"], default="auto",
                   help="auto: the store when there is one, else rdflib in memory (default auto)")


def _open_engine(args, graph: str | None):
    from .store import open_engine

    return open_engine(graph, args.store, args.engine)


def _filing_graph(arg: str | None) -> str | None:
    """A filing graph IRI from an IRI or a bare filing id (accession number or sha256-...)."""
    from .vocab import filing_iri

    if arg is None or arg.startswith(("http://", "https://")):
        return arg
    return str(filing_iri(arg))


def _query(args) -> int:
    from .query import describe, format_result, library, load_query, run_query

    if args.list:
        print("\n\n".join(describe(q) for q in library().values()))
        return EXIT_OK
    graph = _filing_graph(args.filing_graph)
    if args.all:
        source = args.graph or args.name
        if not source and not args.store:
            raise FilingKGError("query --all needs a GRAPH or --store DIR")
        engine = _open_engine(args, source)
        for query in library().values():
            print(f"== {query.name}: {query.title}")
            sys.stdout.write(format_result(run_query(engine, query, graph=graph, limit=args.limit), args.format))
            print()
        return EXIT_OK
    if not args.name or not (args.graph or args.store):
        raise FilingKGError("query needs NAME_OR_FILE and GRAPH or --store DIR (or --list / --all); see filing-kg query --help")
    values = {}
    for item in args.param:
        if "=" not in item:
            raise FilingKGError(f"--param {item!r}: expected K=V")
        key, value = item.split("=", 1)
        values[key.strip()] = value
    query = load_query(args.name)
    result = run_query(_open_engine(args, args.graph), query, values, graph=graph, limit=args.limit)
    sys.stdout.write(format_result(result, args.format))
    if result.truncated:
        print(f"(stopped at --limit {args.limit})", file=sys.stderr)
    return EXIT_OK


# --------------------------------------------------------------------------- export


def _add_export(sub) -> None:
    p = _command(
        sub, "export", "write the graph for Gephi, Cytoscape or yEd",
        "Project the graph onto a property graph (organizations, people, products and platforms as nodes; "
        "licenses, development, platform use, ownership, succession and roles as edges, each with provenance) "
        "and write it as GraphML (yEd, Cytoscape, Gephi), GEXF (Gephi) or Cytoscape.js JSON.",
        ["filing-kg export out/demo --to graphml --out out/demo/graph.graphml", "filing-kg export out/demo --to cyjs --out out/demo/graph.cyjs"],
    )
    p.add_argument("graph", nargs="?", metavar="GRAPH", help="a build folder or a .nq/.trig/.ttl file")
    p.add_argument("--store", metavar="DIR", help="export what an Oxigraph store holds")
    p.add_argument("--to", required=True, choices=["graphml", "gexf", "cyjs"], help="output format")
    p.add_argument("--out", required=True, metavar="FILE", help="output file")
    p.set_defaults(func=_export)


def _export(args) -> int:
    from .export import project, write
    from .store import load_rdflib, union_graph

    stats = write(project(union_graph(load_rdflib(args.graph, args.store))), args.to, Path(args.out))
    print(f"wrote {args.out}: {stats.nodes} nodes, {stats.edges} edges")
    return EXIT_OK


# --------------------------------------------------------------------------- eval


def _add_eval(sub) -> None:
    p = _command(
        sub, "eval", "score extraction against gold annotations",
        "Compare the graph with hand-checked gold files (spec/GOLD.md): precision, recall and F1 per kind "
        "(organizations, people, products, platforms, licenses, successions), license status and date accuracy, "
        "per document and micro-averaged. TARGET is a build folder (its graph.nq) or input files/folders "
        "(each gold document is then built alone). Gold files whose document is not found are skipped.",
        ["filing-kg eval --gold data/gold/dev ../shared/corpus", "filing-kg eval --gold data/gold out/demo --json out/demo/eval.json"],
    )
    p.add_argument("targets", nargs="+", metavar="TARGET", help="a build folder, or filings/folders")
    p.add_argument("--gold", required=True, metavar="DIR", help="folder of gold .json files (searched recursively)")
    p.add_argument("--json", metavar="FILE", help="also write the full result as JSON")
    p.set_defaults(func=_eval)


def _eval(args) -> int:
    from .atomic import atomic_write_text
    from .evaluate import evaluate

    report = evaluate(args.gold, args.targets[0] if len(args.targets) == 1 else args.targets)
    sys.stdout.write(report.table())
    if args.json:
        atomic_write_text(args.json, report.to_json())
    return EXIT_OK


# --------------------------------------------------------------------------- summary


def _add_summary(sub) -> None:
    p = _command(
        sub, "summary", "summarize a build folder",
        "Print what a build read and wrote: filings, triples, entities by class, licenses by status, validation.",
        ["filing-kg summary out/demo"],
    )
    p.add_argument("out", metavar="DIR", help="a build folder")
    p.set_defaults(func=_summary)


def _summary(args) -> int:
    from .pipeline import BuildReport, FilingReport

    path = Path(args.out) / "report.json"
    if not path.exists():
        raise FilingKGError(f"{args.out}: no report.json (run filing-kg build first)")
    data = json.loads(path.read_text(encoding="utf-8"))
    data.pop("summary", None)
    data["filings"] = [FilingReport(**f) for f in data["filings"]]
    print(summary_text(BuildReport(**data), Path(args.out)))
    return EXIT_OK


# --------------------------------------------------------------------------- load


def _add_load(sub) -> None:
    p = _command(
        sub, "load", "fill an Oxigraph store from a graph file",
        "Load a build's graph.nq (or any .nq/.trig/.ttl/.nt file) into an on-disk Oxigraph store, replacing "
        "what the store held. build does this itself (OUT/store); use load for graphs built elsewhere.",
        ["filing-kg load out/demo --store out/demo/store", "filing-kg load big.nq --store /data/kg-store"],
    )
    p.add_argument("graph", metavar="GRAPH", help="a build folder or a .nq/.trig/.ttl/.nt file")
    p.add_argument("--store", required=True, metavar="DIR", help="the store folder (created or replaced)")
    p.set_defaults(func=_load)


def _load(args) -> int:
    from .store import fill_store

    manifest = fill_store(args.graph, args.store)
    print(f"loaded {manifest['quads']} quads in {manifest['graphs']} filing graphs into {args.store}")
    return EXIT_OK


# --------------------------------------------------------------------------- explain


def _add_explain(sub) -> None:
    p = _command(
        sub, "explain", "show every fact about an entity and where it says so",
        "Print every fact about an entity (a name, alias or IRI), grouped by kind (names, relations, licenses, "
        "roles, collaborations, filings), each with the quoted sentence, the document (e.g. EX-99.1) and the "
        "filing's accession number. A name matching several entities lists them.",
        [
            "filing-kg explain \"cantuzumab mertansine\" out/demo",
            "filing-kg explain ImmunoGen --store out/demo/store",
            "filing-kg explain https://w3id.org/filing-kg/id/org/immunogen out/demo --format json",
        ],
    )
    p.add_argument("entity", metavar="ENTITY", help="a name, alias or IRI")
    p.add_argument("graph", nargs="?", metavar="GRAPH", help="a build folder, a .nq/.trig/.ttl file or a store folder")
    _add_source_options(p)
    p.add_argument("--format", choices=["text", "json"], default="text")
    p.set_defaults(func=_explain)


def _explain(args) -> int:
    from .explain import explain

    if not (args.graph or args.store):
        raise FilingKGError("explain needs a GRAPH or --store DIR; see filing-kg explain --help")
    report = explain(_open_engine(args, args.graph), args.entity, graph=_filing_graph(args.filing_graph))
    sys.stdout.write(report.to_json() if args.format == "json" else report.text())
    return EXIT_OK


# --------------------------------------------------------------------------- serve


def _add_serve(sub) -> None:
    p = _command(
        sub, "serve", "answer SPARQL over HTTP (SPARQL 1.1 Protocol)",
        "Serve a store read-only at http://HOST:PORT/sparql (GET ?query=, POST application/sparql-query or "
        "form-encoded). Results as SPARQL JSON, XML, CSV or TSV, graphs as Turtle, N-Triples, RDF/XML or JSON-LD, "
        "chosen by the Accept header. Updates, SERVICE and LOAD are refused; each query has a time limit and a "
        "row limit. A page at / has a query box and the library's questions. Binds 127.0.0.1 unless told otherwise.",
        [
            "filing-kg serve --store out/demo/store",
            "filing-kg serve out/demo --port 8000 --timeout 10 --max-rows 5000",
            "curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * { ?s ?p ?o } LIMIT 5' http://127.0.0.1:7878/sparql",
        ],
    )
    p.add_argument("graph", nargs="?", metavar="GRAPH", help="a build folder (its store/), a store folder or a graph file")
    p.add_argument("--store", metavar="DIR", help="an Oxigraph store filled by build (or load)")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=7878, help="port (default 7878; 0 picks a free one)")
    p.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS", help="time limit per query (default 30)")
    p.add_argument("--max-rows", type=int, default=10000, metavar="N", help="result rows (or triples) per answer (default 10000)")
    p.add_argument("--workers", type=int, default=2, metavar="N", help="queries answered at once, one process each (default 2)")
    p.set_defaults(func=_serve)


def _serve(args) -> int:
    from .serve import ServeConfig, serve

    if not (args.graph or args.store):
        raise FilingKGError("serve needs --store DIR (or a build folder / graph file); see filing-kg serve --help")
    config = ServeConfig(graph=args.graph, store=args.store, host=args.host, port=args.port, timeout=args.timeout,
                         max_rows=args.max_rows, workers=args.workers)
    return serve(config, announce=lambda url: print(f"SPARQL endpoint: {url}sparql  (page: {url}; Ctrl-C stops)", flush=True))


# --------------------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_ERROR
    try:
        return args.func(args)
    except FilingKGError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
