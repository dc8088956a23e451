"""The ``filing-kg`` command: a thin layer over the library (see ``builders.pipeline``).

Exit codes (every command):
  0  success
  1  the graph violates the SHACL shapes (build, validate)
  2  error: bad arguments or unreadable input; nothing was written
  3  partial: some inputs could not be read; the rest were built (build)
"""

from __future__ import annotations

import argparse
import os
import sys
import textwrap
import time
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
              filing-kg fetch --ticker XYZ --form 8-K --since 2000 --cache cache --user-agent "Jane Doe jane@example.com"
              filing-kg build --ticker XYZ --form 8-K --cache cache --out out/xyz
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
    for add in (_add_build, _add_fetch, _add_validate, _add_query, _add_export, _add_eval, _add_summary, _add_load, _add_explain, _add_serve, _add_push):
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
        "and DIR/validation.txt. Filings are read in --jobs worker processes; DIR/manifest.json, DIR/extractions/ and "
        "DIR/graphs/ let the next build into DIR read only the inputs that are new or changed, emit only the filing "
        "graphs that changed, replace only those in the store and validate only their nodes again (the output is the "
        "same as a build from scratch). Files that cannot be read are reported and skipped (exit 3); every problem is one "
        "line of report.json's \"problems\", naming the file. Outputs are replaced all together, only once all are "
        "written. Exit codes: 0 built (warnings allowed), 1 SHACL violations, 2 error (nothing written), "
        "3 partial (some inputs unreadable, the rest built).",
        [
            "filing-kg build data/filings --out out/demo",
            "filing-kg build 0001213900-25-032135.txt --out out/abvc --format ttl",
            "filing-kg build --ticker XYZ --form 8-K --since 2000 --cache cache --out out/xyz  # fetch, then build",
            "filing-kg build --cik 320193 --form 8-K --cache cache --offline --out out/xyz  # replay from the cache",
            "filing-kg build corpus/ --out out/big --jobs 2 --no-validate   # 2 worker processes; rerun: only changed files are read",
        ],
    )
    p.add_argument("inputs", nargs="*", metavar="INPUT", help="filing files or folders of filings (optional with --cik/--ticker)")
    p.add_argument("--out", required=True, metavar="DIR", help="output folder (created if missing)")
    p.add_argument("--format", choices=["nq", "trig", "ttl"], default="nq", help="also write this format (graph.nq and graph.trig are always written)")
    p.add_argument("--no-validate", action="store_true", help="skip SHACL validation")
    p.add_argument("--validator", choices=["auto", "fast", "reference"], default="auto",
                   help="reference: pyshacl; fast: the shapes as SPARQL on Oxigraph (same violations); auto: fast from 50000 triples (default)")
    p.add_argument("--store", metavar="DIR", help="fill this Oxigraph store (default: OUT/store), which query, explain and serve open")
    p.add_argument("--no-store", action="store_true", help="write only the graph files, no Oxigraph store")
    p.add_argument("--quiet", "-q", action="store_true", help="print nothing but errors")
    p.add_argument("--jobs", "-j", type=_positive(int), default=None, metavar="N",
                   help="read (parse + extract) filings in N worker processes; resolution runs once after (default: all cores)")
    p.add_argument("--no-incremental", action="store_true",
                   help="read, emit and validate everything again instead of reusing OUT/extractions/ and OUT/graphs/")
    p.add_argument("--max-file-mb", type=_positive(float), default=512, metavar="MB", help="refuse input files larger than this (default 512)")
    p.add_argument("--max-text-chars", type=_positive(int), default=20_000_000, metavar="N", help="read at most N characters of text per filing; the rest is reported, not read (default 20000000)")
    _add_edgar_options(p, required=False)
    p.set_defaults(func=_build)


def _positive(kind):
    def convert(text: str):
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"expected a number, not {text!r}") from None
        if value <= 0:
            raise argparse.ArgumentTypeError(f"must be positive, not {text}")
        return value
    return convert


def _build(args) -> int:
    from .atomic import folder_lock

    with folder_lock(args.out):
        return _build_locked(args)


def _build_locked(args) -> int:
    from .parse.limits import MB, Limits
    from .pipeline import build_graph, one_line, stderr_progress, validate_build, write_outputs

    started = time.perf_counter()
    fetched = _fetch_for_build(args)
    inputs = [*(fetched.paths if fetched else []), *args.inputs]
    if not inputs:
        raise FilingKGError("build needs INPUT files or folders, or --cik/--ticker with --cache (see filing-kg build --help)")
    from .incremental import CACHE_DIR, ExtractionCache
    from .parallel import default_jobs

    limits = Limits(max_file_bytes=int(args.max_file_mb * MB), max_text_chars=args.max_text_chars)
    cache = None if args.no_incremental else ExtractionCache(Path(args.out) / CACHE_DIR, limits)
    # The steady-state rebuild loads no unchanged extraction: worth it unless what follows needs
    # them all anyway (graph.ttl, pyshacl on the whole graph, which a build without store runs).
    quick = args.format != "ttl" and (args.no_validate or (args.validator != "reference" and not args.no_store))
    result = build_graph(inputs, progress=None if args.quiet else stderr_progress, validate=False,
                         limits=limits, jobs=args.jobs or default_jobs(), keep_text=False, cache=cache, quick=quick)
    report = result.report
    if not result.extractions:
        for f in report.failed:
            print(one_line(f"error: {f.source}: {f.error}"), file=sys.stderr)
        print("error: no input could be read; nothing written", file=sys.stderr)
        return EXIT_ERROR
    # The store first, then validation on it, then the files: validating an incremental build
    # reads the whole graph's union from the store. The store's manifest names the graph.nq it
    # holds (by sha256), so until the files are renamed into place readers take it as stale.
    store = _write_store(args, result)
    if not args.no_validate:
        validate_build(result, store, args.validator)
    del store
    report.seconds = round(time.perf_counter() - started, 2)
    write_outputs(result, args.out, args.format)
    for f in report.failed:
        print(one_line(f"warning: skipped {f.source}: {f.error}"), file=sys.stderr)
    if not args.quiet:
        print(summary_text(report, Path(args.out)))
    if result.validation is not None and not result.validation.conforms:
        return EXIT_VIOLATIONS
    return EXIT_PARTIAL if report.failed or (fetched and fetched.failed) else EXIT_OK


def _write_store(args, result):
    """The build's Oxigraph store brought to its graph (a read-only handle), or None with --no-store."""
    from .pipeline import write_store
    from .store import STORE_DIR, open_store, remove_store

    default = Path(args.out) / STORE_DIR
    if args.no_store:
        remove_store(default)  # a store left from an earlier build would answer for the old graph
        return None
    target = Path(args.store) if args.store else default
    write_store(result, target, Path(args.out) / "graph.nq")
    if args.store:
        remove_store(default)
    return open_store(target)


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
    reused = f", {report.cache['reused']} unchanged input(s) reused" if report.cache and report.cache.get("reused") else ""
    lines.append(f"time: {report.seconds:.1f} s ({report.jobs} job(s){reused})")
    return "\n".join(lines)


# --------------------------------------------------------------------------- fetch


def _add_fetch(sub) -> None:
    p = _command(
        sub, "fetch", "download a company's filings from EDGAR into a cache",
        "Resolve a ticker to its CIK (the SEC's company_tickers.json), read the company's submissions "
        "(data.sec.gov, older pages included), select filings and download each full submission "
        "(/Archives/edgar/data/<cik>/<accession>.txt) into the cache. Follows the SEC's fair-access rules: "
        "a declared User-Agent is required, at most --rate requests/s (never above 10) across threads, "
        "retries with backoff on 429/5xx honouring Retry-After, a 403 stops the run. Archives are kept "
        "forever; submissions JSON expires after --max-age. Every fetch is logged in CACHE/manifest.jsonl. "
        "Exit 0 all fetched, 3 some failed, 2 error.",
        [
            'filing-kg fetch --ticker XYZ --form 8-K --since 2000 --cache cache --user-agent "Jane Doe jane@example.com"',
            "FILING_KG_USER_AGENT='Jane Doe jane@example.com' filing-kg fetch --cik 320193 --items 1.01,1.02 --limit 20 --cache cache",
            "filing-kg fetch --cik 320193 --form 8-K --cache cache --offline   # only what the cache holds",
        ],
    )
    _add_edgar_options(p, required=True)
    p.add_argument("--quiet", "-q", action="store_true", help="print nothing but errors")
    p.set_defaults(func=_fetch)


def _add_edgar_options(p, required: bool) -> None:
    """Options shared by fetch and build (where they replace or add to INPUT)."""
    g = p.add_argument_group("EDGAR" + ("" if required else " (fetch, then build; instead of or besides INPUT)"))
    who = g.add_mutually_exclusive_group(required=required)
    who.add_argument("--cik", metavar="N", help="the company's Central Index Key (padding optional)")
    who.add_argument("--ticker", metavar="T", help="the company's ticker, resolved with the SEC's company_tickers.json")
    g.add_argument("--form", action="append", default=[], metavar="FORM", help="keep filings of this form, e.g. 8-K, 8-K/A, 10-K (repeatable; default: all)")
    g.add_argument("--since", metavar="DATE", help="filed on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)")
    g.add_argument("--until", metavar="DATE", help="filed on or before DATE")
    g.add_argument("--items", action="append", default=[], metavar="LIST", help="8-K items, e.g. 1.01,1.02: keep filings reporting any of them")
    g.add_argument("--accession", action="append", default=[], metavar="A", help="only this filing (with or without dashes; repeatable)")
    g.add_argument("--limit", type=int, metavar="N", help="the N most recent matching filings")
    g.add_argument("--cache", metavar="DIR", default=os.environ.get("FILING_KG_CACHE"), help="cache folder (env FILING_KG_CACHE)")
    g.add_argument("--offline", action="store_true", default=None, help="never touch the network: use only the cache (env FILING_KG_OFFLINE=1)")
    g.add_argument("--user-agent", metavar="'NAME EMAIL'", help="your identity, required by the SEC (env FILING_KG_USER_AGENT)")
    g.add_argument("--edgar-url", metavar="URL", help="archives and tickers host (env FILING_KG_EDGAR_URL; default https://www.sec.gov)")
    g.add_argument("--data-url", metavar="URL", help="submissions host (env FILING_KG_DATA_URL; default https://data.sec.gov)")
    g.add_argument("--rate", type=float, metavar="N", help="requests per second across all threads (default 8, at most 10)")
    g.add_argument("--max-age", type=float, metavar="SECONDS", help="how long cached submissions JSON stays fresh (default 3600)")
    g.add_argument("--timeout", type=float, metavar="SECONDS", help="network timeout (default 30)")
    g.add_argument("--retries", type=int, metavar="N", help="attempts per URL, the first included (default 5)")
    g.add_argument("--workers", type=int, metavar="N", help="parallel downloads (default 4)")


def _run_fetch(args, show):
    """argparse namespace -> the fetch library; ``show`` decides what is printed."""
    from .fetch import Cache, Edgar, FetchSettings, FilingQuery

    if not args.cache:
        raise FilingKGError("--cache DIR is required with --cik/--ticker (or set FILING_KG_CACHE)")
    query = FilingQuery.make(
        cik=args.cik, ticker=args.ticker, forms=args.form, since=args.since, until=args.until,
        items=args.items, accessions=args.accession, limit=args.limit,
    )
    settings = FetchSettings.from_env(
        user_agent=args.user_agent, edgar_url=args.edgar_url, data_url=args.data_url, offline=args.offline,
        rate=args.rate, max_age=args.max_age, timeout=args.timeout, max_attempts=args.retries, workers=args.workers,
    )
    edgar = Edgar(settings, Cache(args.cache))
    selection = edgar.plan(query)
    return show(edgar, selection)


def _fetch(args) -> int:
    result = _run_fetch(args, lambda edgar, selection: _download(edgar, selection, args.quiet, sys.stdout))
    if not result.selection.filings:
        print("error: no filing matches the selection", file=sys.stderr)
        return EXIT_ERROR
    if result.failed and len(result.failed) == len(result.fetched):
        return EXIT_ERROR
    return EXIT_PARTIAL if result.failed else EXIT_OK


def _fetch_for_build(args):
    if not (args.cik or args.ticker):
        stray = [f"--{name}" for name in ("form", "items", "accession", "since", "until", "limit") if getattr(args, name)]
        if stray:
            raise FilingKGError(f"{stray[0]} selects filings to fetch: give --cik or --ticker too")
        return None
    result = _run_fetch(args, lambda edgar, selection: _download(edgar, selection, args.quiet, sys.stderr))
    if not result.paths:
        raise FilingKGError("no filing fetched for the selection: " + (result.failed[0].error if result.failed else "none matches"))
    return result


def _download(edgar, selection, quiet: bool, stream):
    """Download with a progress bar on stderr; one line per filing and a summary on ``stream``."""
    from tqdm import tqdm

    for warning in selection.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    with tqdm(total=len(selection.filings), unit="filing", desc="fetch", disable=quiet or None, file=sys.stderr, leave=False) as bar:
        def done(f):
            bar.update(1)
            if not quiet:
                what = f"{f.status} ({f.bytes:,} bytes)" if f.ok else f"FAILED: {f.error}"
                tqdm.write(f"{f.ref.accession}  {f.ref.form:<8} {str(f.ref.filed or '-'):<10}  {what}", file=stream)
        result = edgar.download(selection, done)
    for warning in result.warnings[len(selection.warnings):]:
        print(f"warning: {warning}", file=sys.stderr)
    if not quiet:
        print(result.summary() + f"; cache {edgar.cache.root}", file=stream)
    return result


# --------------------------------------------------------------------------- validate


def _add_validate(sub) -> None:
    p = _command(
        sub, "validate", "check a graph against the SHACL shapes",
        "Validate the union of a graph's named graphs against ontology/shapes.ttl. Two validators report the "
        "same violations (a test holds them to it): --reference is pyshacl (the ontology as ont_graph), which "
        "takes minutes at 10^6 triples; --fast runs the shapes compiled to SPARQL on Oxigraph (the build's "
        "store when there is one, else the graph loaded into memory), about a second at 10^6 triples. By "
        f"default --fast is used for a store or a graph file over {FAST_FROM_MB} MB, pyshacl otherwise. Prints each "
        "violation with the focus node's label, the property, the message and the filing it came from. "
        "Exit 0 conforms, 1 violations, 2 error.",
        ["filing-kg validate out/demo", "filing-kg validate out/demo/graph.nq --reference",
         "filing-kg validate out/big --fast --timings"],
    )
    p.add_argument("graph", nargs="?", metavar="GRAPH", help="a build folder or a .nq/.trig/.ttl file")
    p.add_argument("--store", metavar="DIR", help="validate what an Oxigraph store holds")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--fast", action="store_true", help="the shapes as SPARQL on Oxigraph")
    which.add_argument("--reference", action="store_true", help="pyshacl, the reference implementation")
    p.add_argument("--timings", action="store_true", help="with --fast: print the seconds spent per shape on stderr")
    p.set_defaults(func=_validate)


FAST_FROM_MB = 20


def _validate(args) -> int:
    from .store import load_rdflib, resolve_store, union_graph
    from .validate import validate_graph

    if not (args.graph or args.store):
        raise FilingKGError("validate needs a GRAPH or --store DIR; see filing-kg validate --help")
    store_dir = None if args.reference else resolve_store(args.graph, args.store)
    fast = args.fast or (not args.reference and (store_dir is not None or _graph_mb(args.graph) > FAST_FROM_MB))
    if fast:
        report = _validate_fast(args, store_dir)
    else:
        report = validate_graph(union_graph(load_rdflib(args.graph, args.store)))
    sys.stdout.write(report.text())
    return EXIT_OK if report.conforms else EXIT_VIOLATIONS


def _graph_mb(graph: str | None) -> float:
    from .store import graph_path

    return graph_path(graph).stat().st_size / 1e6 if graph else 0.0


def _validate_fast(args, store_dir):
    from .fastvalidate import validate_store
    from .store import memory_store, open_store

    store = open_store(store_dir) if store_dir is not None else memory_store(args.graph)
    run = validate_store(store)
    if args.timings:
        for shape, seconds in sorted(run.seconds.items(), key=lambda kv: -kv[1]):
            print(f"{seconds:8.3f} s  {shape}", file=sys.stderr)
    return run.report


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
    p.add_argument("graph", nargs="?", metavar="GRAPH", help="a build folder or a .nq/.trig/.ttl file")
    p.add_argument("--store", metavar="DIR", help="export what an Oxigraph store holds")
    p.add_argument("--to", required=True, choices=["graphml", "gexf", "cyjs", "dot", "csv", "html"], help="output format")
    p.add_argument("--out", required=True, metavar="FILE", help="output file (for csv: FILE.nodes.csv and FILE.edges.csv)")
    p.add_argument("--focus", metavar="ENTITY", help="only the neighbourhood of this entity (a name, alias, id such as org/immunogen, or IRI)")
    p.add_argument("--depth", type=int, default=1, metavar="N", help="with --focus: how many links away to go (default 1)")
    p.add_argument("--licenses-as-nodes", action="store_true", help="draw each license (and collaboration) as a node linked to its parties and asset")
    p.add_argument("--title", help="a title for the graph (page heading, GEXF description)")
    p.set_defaults(func=_export)


def _export(args) -> int:
    from .export import export_graph
    from .store import load_rdflib, union_graph

    if args.depth != 1 and args.focus is None:
        raise FilingKGError("--depth needs --focus ENTITY")
    graph = union_graph(load_rdflib(args.graph, args.store))
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
        "(each gold document is then built alone). Gold files whose document is not found are skipped. Under the "
        "table, why each missed license was missed. A document that cannot be read is scored as empty and named "
        "(exit 3).",
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
    for problem in report.unreadable:
        print(f"filing-kg eval: could not read {problem}", file=sys.stderr)
    return EXIT_PARTIAL if report.unreadable else EXIT_OK


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
    from .pipeline import BuildReport

    path = Path(args.out) / "report.json"
    if not path.exists():
        raise FilingKGError(f"{args.out}: no report.json (run filing-kg build first)")
    try:
        report = BuildReport.from_json(path.read_text(encoding="utf-8"))
    except (ValueError, TypeError) as exc:
        raise FilingKGError(f"{path}: not a report.json of this version ({exc})") from exc
    print(summary_text(report, Path(args.out)))
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


# --------------------------------------------------------------------------- push


def _add_push(sub) -> None:
    p = _command(
        sub, "push", "load a build into a SPARQL 1.1 store over the Graph Store Protocol",
        "PUT each filing's named graph (N-Triples) to a SPARQL 1.1 Graph Store HTTP Protocol endpoint, so "
        "pushing a filing again replaces it. Works with Oxigraph, Apache Jena Fuseki, GraphDB, Amazon Neptune "
        "and any other GSP store (see README). Connection errors, 429 and 5xx are retried with backoff. "
        "--graph-store defaults to the endpoint's sibling /store (Oxigraph's layout). After the push the "
        "endpoint is asked how many quads its named graphs hold. Exit 0 all pushed, 3 some failed, 2 error.",
        [
            "filing-kg push out/demo --endpoint http://127.0.0.1:7878/query            # oxigraph serve",
            "filing-kg push out/demo --endpoint http://127.0.0.1:3030/kg/sparql --graph-store http://127.0.0.1:3030/kg/data  # Fuseki",
            "filing-kg push out/demo --endpoint http://host:7200/repositories/kg --graph-store http://host:7200/repositories/kg/rdf-graphs/service  # GraphDB",
        ],
    )
    p.add_argument("graph", nargs="?", metavar="GRAPH", help="a build folder (its store/ or graph.nq) or a graph file")
    p.add_argument("--store", metavar="DIR", help="push what this Oxigraph store holds")
    p.add_argument("--endpoint", required=True, metavar="URL", help="the store's SPARQL query endpoint")
    p.add_argument("--graph-store", metavar="URL", help="its Graph Store Protocol URL (default: the endpoint's /store)")
    p.add_argument("--union-default", action="store_true",
                   help="also PUT the union of the filings into the default graph (as the embedded store holds it)")
    p.add_argument("--header", action="append", default=[], metavar="'NAME: VALUE'", help="an HTTP header on every request, e.g. Authorization (repeatable)")
    p.add_argument("--retries", type=_positive(int), default=5, metavar="N", help="attempts per graph, the first included (default 5)")
    p.add_argument("--timeout", type=_positive(float), default=120.0, metavar="SECONDS", help="per request (default 120)")
    p.add_argument("--quiet", "-q", action="store_true", help="print nothing but errors")
    p.set_defaults(func=_push)


def _push(args) -> int:
    from tqdm import tqdm

    from .pipeline import one_line
    from .push import PushSettings, default_graph_store, open_source, push

    if not (args.graph or args.store):
        raise FilingKGError("push needs a GRAPH or --store DIR; see filing-kg push --help")
    headers = {}
    for item in args.header:
        name, sep, value = item.partition(":")
        if not sep or not name.strip():
            raise FilingKGError(f"--header {item!r}: expected 'NAME: VALUE'")
        headers[name.strip()] = value.strip()
    settings = PushSettings(graph_store=args.graph_store or default_graph_store(args.endpoint), endpoint=args.endpoint,
                            union_default=args.union_default, headers=headers, attempts=args.retries, timeout=args.timeout)
    source = open_source(args.graph, args.store)
    total = sum(1 for _ in source.named_graphs()) + (1 if args.union_default else 0)
    with tqdm(total=total, unit="graph", desc="push", disable=args.quiet or None, file=sys.stderr, leave=False) as bar:
        def done(outcome):
            bar.update(1)
            if not outcome.ok:
                tqdm.write(one_line(f"error: {outcome.graph or 'default graph'}: {outcome.error}"), file=sys.stderr)
        result = push(source, settings, done)
    if not args.quiet:
        print(result.summary())
    if result.failed and len(result.failed) == len(result.graphs):
        return EXIT_ERROR
    return EXIT_PARTIAL if result.failed else EXIT_OK


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
    except OSError as exc:
        # A path the user gave that cannot be written or read (a file where a folder must be,
        # a full disk): the path and the reason are the whole story, a traceback is noise.
        from .pipeline import one_line

        print(one_line(f"error: {_os_error_text(exc)}"), file=sys.stderr)
        return EXIT_ERROR


def _os_error_text(exc: OSError) -> str:
    reason = exc.strerror or str(exc)
    if exc.filename is None:
        return reason
    # mkdir(parents=True) names the part of the path that failed, which is the useful one, but
    # says "File exists" of a file where a folder must be.
    if isinstance(exc, FileExistsError) and not Path(exc.filename).is_dir():
        reason = "is a file, not a folder"
    elif isinstance(exc, NotADirectoryError):
        reason = "a part of this path is a file, not a folder"
    return f"{exc.filename}: {reason}"


if __name__ == "__main__":
    sys.exit(main())
