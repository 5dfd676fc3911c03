"""Commands for the ontology itself: docs, lint, terms, release."""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from rdflib import Graph
from rich.table import Table

from civickg.builder import library
from civickg.builder.output import write_atomic
from civickg.cli.common import console, literal, project_of, status, stderr
from civickg.errors import OntologyError
from civickg.ontology.docs import write_docs
from civickg.ontology.lint import RULES, lint
from civickg.ontology.model import read_turtle
from civickg.ontology.releases import plan_release
from civickg.ontology.terms import KINDS, civic_terms, header, read_terms


def register(sub: argparse._SubParsersAction) -> None:
    """Add the ``ontology`` command group."""
    group = sub.add_parser("ontology", help="document, lint and release the ontology",
                           description="Work on ontology/civic.ttl: browsable HTML documentation, a lint of "
                                       "the ontology and of how the data uses it, a list of the terms, and release "
                                       "records. See docs/ontology.md and ontology/README.md.")
    commands = group.add_subparsers(dest="ontology_command", metavar="SUBCOMMAND", required=True)

    p = commands.add_parser("docs", help="write browsable HTML documentation of every term",
                            description="Write an index and one page per class, property and individual "
                                        "(labels, definition, hierarchy, domain and range, alignments, shapes, "
                                        "competency questions, and examples with quotes from the graph, built in "
                                        "memory from the annotations). Works offline.")
    p.add_argument("-o", "--output", metavar="DIR", default=None, help="target folder (default: build/ontology/)")
    data = p.add_mutually_exclusive_group()
    data.add_argument("--no-data", action="store_true", help="leave out counts and examples (skips the build)")
    data.add_argument("--from-build", action="store_true",
                      help="take the examples from build/civickg.nt instead of building in memory")
    p.set_defaults(handler=cmd_docs)

    p = commands.add_parser("lint", help="check labels, names, uses, shapes, alignments and versions",
                            description="Check the ontology and how annotations, shapes and queries use it. "
                                        "Prints one line per problem (file:line: term problem — fix: …) and "
                                        "exits 1 if there is any. Rules: " + ", ".join(n for n, _ in RULES) + ".")
    p.add_argument("--rule", action="append", choices=[n for n, _ in RULES], help="run only this rule (repeatable)")
    p.add_argument("--json", action="store_true", help="print the findings as JSON")
    p.add_argument("--list-rules", action="store_true", help="describe every rule and exit")
    p.set_defaults(handler=cmd_lint)

    p = commands.add_parser("terms", help="list the terms of the ontology",
                            description="List the terms civic.ttl declares, with their kind and labels.")
    p.add_argument("--kind", choices=KINDS, help="only terms of this kind")
    p.add_argument("--reused", action="store_true", help="also the reused standard terms")
    p.add_argument("--iris", action="store_true", help="print bare IRIs, one a line")
    p.add_argument("--ontology", metavar="FILE", help="read another ontology file (default: ontology/civic.ttl)")
    p.set_defaults(handler=cmd_terms)

    p = commands.add_parser("release", help="write the release record of the current version",
                            description="Write ontology/releases/<owl:versionInfo>.txt: every civic: term IRI of "
                                        "civic.ttl. The lint and tests use these records to make sure no released "
                                        "term ever disappears.")
    p.add_argument("--ontology", metavar="FILE", help="read another ontology file (default: ontology/civic.ttl)")
    p.add_argument("--check", action="store_true", help="only report whether the record is up to date")
    p.set_defaults(handler=cmd_release)


def cmd_docs(args: argparse.Namespace) -> int:
    project = project_of(args)
    out = Path(args.output) if args.output else project.build / "ontology"
    started = time.perf_counter()
    with status("writing the ontology documentation"):
        graph = library.load_graph(project) if args.from_build else None
        written = write_docs(project, out, data=graph, with_data=not args.no_data)
    elapsed = time.perf_counter() - started
    console.print(f"[bold green]wrote[/] {len(written)} files to {literal(out)} in {elapsed:.1f}s; "
                  f"open {literal(out / 'index.html')}")
    return 0


def cmd_lint(args: argparse.Namespace) -> int:
    if args.list_rules:
        for name, rule in RULES:
            console.print(f"[bold]{name}[/]: {(rule.__doc__ or '').strip()}")
        return 0
    project = project_of(args)
    with status("linting the ontology"):
        findings = lint(project, tuple(args.rule) if args.rule else None)
    if args.json:
        print(json.dumps([f.__dict__ for f in findings], ensure_ascii=False, indent=1))
        return 1 if findings else 0
    for finding in findings:
        console.print(finding.render(), soft_wrap=True, markup=False)
    rules = len(args.rule) if args.rule else len(RULES)
    summary = f"{len(findings)} problem(s)" if findings else "no problems"
    (stderr if findings else console).print(f"ontology lint: {summary} ({rules} rules)", markup=False)
    return 1 if findings else 0


def _ontology_file(args: argparse.Namespace) -> Path:
    return Path(args.ontology) if args.ontology else project_of(args).ontology


def _load(path: Path) -> Graph:
    return read_turtle(path)


def cmd_terms(args: argparse.Namespace) -> int:
    graph = _load(_ontology_file(args))
    terms = read_terms(graph) if args.reused else civic_terms(graph)
    if args.kind:
        terms = [t for t in terms if t.kind == args.kind]
    if args.iris:
        for term in terms:
            print(term.iri)
        return 0
    table = Table(title=f"{len(terms)} terms")
    for column in ("term", "kind", "中文", "English", "aligns to"):
        table.add_column(column)
    for term in terms:
        cells = (term.curie + (" (deprecated)" if term.deprecated else ""), term.kind, term.label("zh"),
                 term.label("en"), ", ".join(a.n3(graph.namespace_manager) for a in term.alignments))
        table.add_row(*(literal(c) for c in cells))
    console.print(table)
    return 0


def cmd_release(args: argparse.Namespace) -> int:
    path = _ontology_file(args)
    graph = _load(path)
    version = header(graph).version
    if not version:
        raise OntologyError("the ontology has no owl:versionInfo", file=path, hint='add owl:versionInfo "0.2.0"')
    record = plan_release(graph, project_of(args).releases, version)
    if args.check:
        state = "up to date" if record.up_to_date else "out of date: run `civickg ontology release`"
        console.print(f"{literal(record.path)}: {state}")
        return 0 if record.up_to_date else 1
    write_atomic(record.path, record.text.encode("utf-8"))
    since = f"since {record.previous}" if record.previous else "(the first release)"
    console.print(f"[bold green]wrote[/] {literal(record.path)}: {record.terms} terms "
                  f"({len(record.added)} added, {len(record.dropped)} dropped {since})")
    return 0


__all__ = ["register"]
