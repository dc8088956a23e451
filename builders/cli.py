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
    for add in (_add_build, _add_validate, _add_query, _add_export, _add_eval, _add_summary):
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
    for f in report.failed:
        print(f"warning: skipped {f.source}: {f.error}", file=sys.stderr)
    if not args.quiet:
        print(summary_text(report, Path(args.out)))
    if result.validation is not None and not result.validation.conforms:
        return EXIT_VIOLATIONS
    return EXIT_PARTIAL if report.failed else EXIT_OK


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
    lines.append(f"outputs: {out}/graph.nq, graph.trig, report.json, validation.txt")
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
    p.add_argument("graph", metavar="GRAPH", help="a build folder or a .nq/.trig/.ttl file")
    p.set_defaults(func=_validate)


def _validate(args) -> int:
    from .store import load_dataset, union_graph
    from .validate import validate_graph

    report = validate_graph(union_graph(load_dataset(args.graph)))
    sys.stdout.write(report.text())
    return EXIT_OK if report.conforms else EXIT_VIOLATIONS


# --------------------------------------------------------------------------- query


def _add_query(sub) -> None:
    p = _command(
        sub, "query", "run a library query (or a .rq file) on a graph",
        "Run a named query from the library (see --list) or a SPARQL file over the union of a graph's filings. "
        "Parameters are bound as RDF terms, never pasted into the query text.",
        [
            "filing-kg query --list",
            "filing-kg query license-history out/demo --param product=\"cantuzumab mertansine\"",
            "filing-kg query licenses-ended out/demo --param from=2003 --param to=2003 --format csv",
            "filing-kg query --all out/demo",
        ],
    )
    p.add_argument("name", nargs="?", metavar="NAME_OR_FILE", help="a library query name or a .rq file")
    p.add_argument("graph", nargs="?", metavar="GRAPH", help="a build folder or a .nq/.trig/.ttl file")
    p.add_argument("--param", action="append", default=[], metavar="K=V", help="a query parameter (repeatable)")
    p.add_argument("--format", choices=["table", "csv", "json"], default="table")
    p.add_argument("--list", action="store_true", help="list the library's queries and their parameters")
    p.add_argument("--all", action="store_true", help="run every library query with its defaults (GRAPH is the first argument)")
    p.set_defaults(func=_query)


def _query(args) -> int:
    from .query import format_result, library, load_query, run_query
    from .store import load_dataset

    if args.list:
        for query in library().values():
            print(f"{query.name}: {query.title}")
            for param in query.params:
                default = f", default {param.default}" if param.default else ""
                print(f"    --param {param.name}=<{param.type}{default}>  {param.doc}")
        return EXIT_OK
    if args.all:
        graph = args.graph or args.name
        if not graph:
            raise FilingKGError("query --all needs a GRAPH")
        ds = load_dataset(graph)
        for query in library().values():
            print(f"== {query.name}: {query.title}")
            sys.stdout.write(format_result(run_query(ds, query), args.format))
            print()
        return EXIT_OK
    if not args.name or not args.graph:
        raise FilingKGError("query needs NAME_OR_FILE and GRAPH (or --list / --all); see filing-kg query --help")
    values = {}
    for item in args.param:
        if "=" not in item:
            raise FilingKGError(f"--param {item!r}: expected K=V")
        key, value = item.split("=", 1)
        values[key.strip()] = value
    query = load_query(args.name)
    sys.stdout.write(format_result(run_query(load_dataset(args.graph), query, values), args.format))
    return EXIT_OK


# --------------------------------------------------------------------------- export


def _add_export(sub) -> None:
    p = _command(
        sub, "export", "write the graph for Gephi, Cytoscape, yEd, Graphviz, spreadsheets or a browser",
        "Project the graph onto a property graph (organizations, people, products and platforms as nodes; "
        "licenses, development, platform use, ownership, succession, roles and collaborations as edges, each "
        "with its filings, accession numbers and first quote) and write it as GraphML (yEd, Cytoscape, Gephi), "
        "GEXF 1.2 (Gephi, with a timeline of the licenses), Cytoscape.js JSON (Cytoscape desktop or web), "
        "Graphviz DOT, a CSV pair FILE.nodes.csv + FILE.edges.csv (spreadsheets, neo4j-admin import) or a "
        "self-contained HTML page (search, filters, the source sentence of every fact; works offline).",
        [
            "filing-kg export out/demo --to html --out out/demo/graph.html",
            "filing-kg export out/demo --to graphml --out out/demo/graph.graphml",
            "filing-kg export out/demo --to gexf --out out/demo/graph.gexf --licenses-as-nodes",
            "filing-kg export out/demo --to csv --out out/demo/graph.csv   # graph.nodes.csv, graph.edges.csv",
            "filing-kg export out/demo --to dot --out imgn.dot --focus ImmunoGen --depth 2 && sfdp -Tsvg imgn.dot -o imgn.svg",
        ],
    )
    p.add_argument("graph", metavar="GRAPH", help="a build folder or a .nq/.trig/.ttl file")
    p.add_argument("--to", required=True, choices=["graphml", "gexf", "cyjs", "dot", "csv", "html"], help="output format")
    p.add_argument("--out", required=True, metavar="FILE", help="output file (for csv: FILE.nodes.csv and FILE.edges.csv)")
    p.add_argument("--focus", metavar="ENTITY", help="only the neighbourhood of this entity (a name, alias, id such as org/immunogen, or IRI)")
    p.add_argument("--depth", type=int, default=1, metavar="N", help="with --focus: how many links away to go (default 1)")
    p.add_argument("--licenses-as-nodes", action="store_true", help="draw each license (and collaboration) as a node linked to its parties and asset")
    p.add_argument("--title", help="a title for the graph (page heading, GEXF description)")
    p.set_defaults(func=_export)


def _export(args) -> int:
    from .export import export_graph
    from .store import load_dataset, union_graph

    if args.depth != 1 and args.focus is None:
        raise FilingKGError("--depth needs --focus ENTITY")
    graph = union_graph(load_dataset(args.graph))
    stats = export_graph(graph, args.to, args.out, focus=args.focus, depth=args.depth, agreements_as_nodes=args.licenses_as_nodes, title=args.title)
    print(f"wrote {', '.join(str(f) for f in stats.files)}: {stats.nodes} nodes, {stats.edges} edges")
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
