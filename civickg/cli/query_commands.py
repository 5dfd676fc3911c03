"""Commands for asking the graph questions: query, queries, serve."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import TextIO

from rich.console import Console
from rich.markup import escape
from rich.table import Table

from civickg.cli.common import console, literal, make_console, open_output, project_of, status, stderr, store_options
from civickg.errors import BadParameter, CivicError
from civickg.sparql import library as querylib
from civickg.sparql.results import FORMATS, serialize
from civickg.sparql.run import QuerySource, notices, resolve, run, table
from civickg.stores import StoreSources, is_endpoint_url, open_store

OUTPUT_FORMATS = ("table", *FORMATS)


def register(sub: argparse._SubParsersAction) -> None:
    """Add query, queries and serve."""
    p = sub.add_parser("query", help="run SPARQL: a .rq file, a library query name, or inline text",
                       description="Run a SPARQL query on the last build (the union of all article graphs and "
                                   "the ontology). QUERY is a .rq file, the name of a competency question in "
                                   "graph/queries/ (see `civickg queries`), inline SPARQL, or - for stdin. "
                                   "civickg's prefixes (civic:, cid:, rdfs:, …) are predeclared. SELECT and ASK "
                                   "print a table or a SPARQL 1.1 result format; CONSTRUCT and DESCRIBE print "
                                   "Turtle (or --format jsonld / nt / rdfxml).",
                       epilog="examples:\n  civickg query awards\n  civickg query entity -p entity=jinan\n"
                              "  civickg query 'SELECT ?award WHERE { cid:wang-yong civic:received ?award }'\n"
                              "  civickg query indicators --format csv -o indicators.csv\n"
                              "  civickg query entity-graph --format jsonld --store oxigraph",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("query", metavar="QUERY", help="a .rq file, a library query name, SPARQL text, or -")
    p.add_argument("-p", "--param", action="append", default=[], metavar="NAME=VALUE",
                   help="bind a parameter of a library query (e.g. entity=cid:jinan or entity=jinan); repeatable")
    p.add_argument("-f", "--format", choices=OUTPUT_FORMATS, default="table",
                   help="table (default; Turtle for graphs), csv, tsv, json, xml, or ttl, jsonld, nt, rdfxml")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    store_options(p)
    p.add_argument("--max-rows", type=int, metavar="N", help="fail when the answer has more than N rows")
    p.add_argument("--include", action="append", default=[], metavar="FILE",
                   help="also load this Turtle file, in the named graph https://civickg.org/graph/include/<stem> "
                        "(repeatable; build/analysis.ttl is loaded without it)")
    p.set_defaults(handler=cmd_query)

    p = sub.add_parser("queries", help="list the competency questions in graph/queries/",
                       description="List the library of competency questions (graph/queries/*.rq) with their "
                                   "questions in Chinese and English, or show one with its SPARQL.")
    p.add_argument("name", nargs="?", metavar="NAME", help="show this query: header, parameters and SPARQL")
    p.add_argument("--json", action="store_true", help="print the library as JSON")
    p.add_argument("--runnable", action="store_true",
                   help="with NAME: print the query with civickg's PREFIX lines, for other SPARQL tools")
    p.set_defaults(handler=cmd_queries)

    p = sub.add_parser("serve", help="serve a SPARQL 1.1 endpoint and a query page over HTTP",
                       description="Serve the last build read-only: the SPARQL 1.1 Protocol at /sparql (GET and "
                                   "POST; JSON, XML, CSV, TSV, Turtle, JSON-LD by content negotiation; a service "
                                   "description without a query), a query page at /, and a page per entity at "
                                   "/entity/<id>. Queries run in worker processes with a time limit and a row "
                                   "cap: past either the client gets a clear error and the server stays up. "
                                   "Request bodies and query texts have size limits; repeated questions on an "
                                   "unchanged build are answered from a cache, and a new build is picked up "
                                   "when it is written. With --store URL it is a read-only front for that "
                                   "SPARQL server (the same routes and limits, no cache).")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1: this machine only)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    store_options(p)
    p.add_argument("--timeout", type=float, default=10.0, metavar="SECONDS",
                   help="time limit per query (default 10); past it: HTTP 503")
    p.add_argument("--max-rows", type=int, default=10_000, metavar="N",
                   help="row (or triple) cap per answer (default 10000); past it: HTTP 422")
    p.add_argument("--workers", type=int, default=2, metavar="N",
                   help="query worker processes, each with its own copy of the store (default 2)")
    p.add_argument("--cors-origin", action="append", metavar="ORIGIN",
                   help="allow browser pages from ORIGIN (repeatable; default: any origin)")
    p.add_argument("--max-body", type=int, default=1_000_000, metavar="BYTES",
                   help="largest POST body read (default 1000000); past it: HTTP 413")
    p.add_argument("--max-query-length", type=int, default=100_000, metavar="CHARS",
                   help="longest query text answered (default 100000 characters); past it: HTTP 413")
    p.add_argument("--cache-size", type=int, default=256, metavar="N",
                   help="answers kept for repeated questions on the same build (default 256; 0: none)")
    p.set_defaults(handler=cmd_serve)


def _params(pairs: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise BadParameter(f"--param {pair!r} is not NAME=VALUE", hint="e.g. --param entity=cid:jinan")
        out[name.strip()] = value.strip()
    return out


def cmd_query(args: argparse.Namespace) -> int:
    project = project_of(args)
    params = _params(args.param)
    if args.query == "-":
        if params:
            raise BadParameter("parameters apply to library queries and .rq files, not to stdin")
        source = QuerySource(sys.stdin.read(), "stdin")
    else:
        source = resolve(args.query, project, params)
    with status(f"loading the graph ({args.store})"):
        store = open_store(args.store, project, location=args.store_path, include=args.include)
    try:
        started = time.perf_counter()
        result = run(source, store, max_rows=args.max_rows)
        elapsed = time.perf_counter() - started
        lines = notices(result, store, params)
    finally:
        store.close()
    fmt = args.format
    if fmt == "table" and result.is_graph:
        fmt = "ttl"
    with open_output(args.output) as handle:
        if fmt == "table":
            _page(handle).print(table(result))
        else:
            handle.write(serialize(result, fmt))
    for line in lines:
        stderr.print(f"[yellow]{escape(line)}[/]", highlight=False, soft_wrap=True)
    noun = "triples" if result.is_graph else ("rows" if result.form == "SELECT" else "answer")
    count = f"{len(result):,} {noun}" if result.form != "ASK" else "1 answer"
    stderr.print(f"[dim]{literal(source.label)}: {count} in {elapsed:.2f}s ({literal(store.description)})[/]",
                 highlight=False)
    if args.output:
        stderr.print(f"wrote {literal(args.output)} ({Path(args.output).stat().st_size:,} bytes, {fmt})")
    return 0


def _page(handle: TextIO) -> Console:
    """The terminal console (tables fold to its width), or an unbounded one for a file or a pipe."""
    return console if handle is sys.stdout else make_console(file=handle)


def cmd_queries(args: argparse.Namespace) -> int:
    project = project_of(args)
    if args.name:
        question = querylib.get(args.name, project)
        if args.json:
            print(json.dumps(question.as_dict(), ensure_ascii=False, indent=1))
        elif args.runnable:
            sys.stdout.write(question.runnable())
        else:
            from rich.syntax import Syntax

            page = _page(sys.stdout)
            page.print(f"[bold]{literal(question.name)}[/]  {literal(question.path)}")
            page.print(f"  {literal(question.zh)}\n  {literal(question.en)}")
            for param in question.params:
                page.print(f"  [cyan]param[/] {literal(param.name)} = {literal(param.default)}  {literal(param.about)}")
            page.print(Syntax(question.text, "sparql", word_wrap=True, theme="ansi_light"))
        return 0
    library = querylib.load(project)
    if args.json:
        print(json.dumps([q.as_dict() for q in library.values()], ensure_ascii=False, indent=1))
        return 0
    grid = Table(title=f"{len(library)} competency questions in {literal(project.queries)}", show_lines=False)
    grid.add_column("name", style="bold", no_wrap=True)
    grid.add_column("问题", overflow="fold")
    grid.add_column("question", overflow="fold")
    grid.add_column("parameters", overflow="fold")
    for q in library.values():
        grid.add_row(*(literal(c) for c in (q.name, q.zh, q.en, ", ".join(f"{p.name}={p.default}" for p in q.params))))
    _page(sys.stdout).print(grid)
    console.print("Run one with `civickg query NAME` (parameters: `-p name=value`).")
    return 0


def _front(store: str) -> str:
    from civickg.stores.remote import public_url

    return f"a read-only front for {public_url(store)}" if is_endpoint_url(store) else f"{store} store"


def cmd_serve(args: argparse.Namespace) -> int:
    from civickg.server.app import ServerSettings, serve

    project = project_of(args)
    settings = ServerSettings(root=project.root, engine=args.store,
                              store_path=Path(args.store_path) if args.store_path else None,
                              timeout=args.timeout, max_rows=args.max_rows, workers=args.workers,
                              cors_origins=tuple(args.cors_origin or ("*",)), max_body=args.max_body,
                              max_query_chars=args.max_query_length, cache_size=args.cache_size)
    if not is_endpoint_url(args.store):
        StoreSources.of(project)  # a missing build is one line here, not a traceback from a worker
    if args.host not in ("127.0.0.1", "localhost", "::1"):
        stderr.print(f"[yellow]note:[/] binding {literal(args.host)}: other machines can reach this endpoint")
    base = f"http://{args.host if ':' not in args.host else f'[{args.host}]'}:{args.port}"
    stderr.print(f"civickg SPARQL endpoint [bold]{literal(base)}/sparql[/] · query page {literal(base)}/ · "
                 f"{_front(args.store)}, {args.workers} workers, {args.timeout:g}s and {args.max_rows:,} rows "
                 "per query",
                 highlight=False, soft_wrap=True)
    try:
        serve(settings, host=args.host, port=args.port)
    except OSError as exc:
        raise CivicError(f"cannot serve on {args.host}:{args.port}: {exc.strerror or exc}",
                         hint="choose another --port") from None
    return 0


__all__ = ["register"]
