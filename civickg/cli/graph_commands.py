"""Commands for the graph itself: build, validate, export, stats."""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from rich.table import Table

from civickg.builder import library
from civickg.cli.common import (
    build_graph,
    console,
    literal,
    open_output,
    progress_count,
    progress_stages,
    project_of,
    status,
    stderr,
    store_options,
)
from civickg.explore.exports import EXPORT_FORMATS, export
from civickg.ontology.model import load_ontology
from civickg.sparql.stats import compute
from civickg.validate.corpus import validate_build


def register(sub: argparse._SubParsersAction) -> None:
    """Add build, validate, export and stats."""
    p = sub.add_parser("build", help="build the graph from the sources and annotations",
                       description="Read graph/sources and graph/annotations, check them, and write the "
                                   "RDF dataset to build/: civickg.ttl, .nt, .nq, .trig (one named graph per "
                                   "article), .jsonld with context.jsonld, and the clean article texts in "
                                   "build/text/. Nothing is written unless the whole build succeeds.")
    p.add_argument("--convert-encoding", action="store_true",
                   help="convert a GB18030/GBK or Big5 source to UTF-8 in place once the build has passed "
                        "(keeps a .orig copy)")
    p.set_defaults(handler=cmd_build)

    p = sub.add_parser("validate", help="check the built graph (SHACL, quotes, terms, OWL RL)",
                       description="Check build/civickg.trig: SHACL shapes (ontology/shapes.ttl), every quote "
                                   "verbatim at its offsets, every class and property defined in the "
                                   "ontology, and a consistent OWL RL closure. Exit code 1 on any violation.")
    p.add_argument("--json", action="store_true", help="print the report as JSON")
    p.set_defaults(handler=cmd_validate)

    p = sub.add_parser("export", help="write the graph as ttl, nt, trig, jsonld, graphml or csv",
                       description="Serialize the built graph. ttl/nt/jsonld hold the union of all article "
                                   "graphs, trig one named graph per article; graphml and csv hold the entity "
                                   "graph (entities as nodes, facts between them as edges, with quotes) for "
                                   "Gephi and pandas.")
    p.add_argument("--format", "-f", choices=EXPORT_FORMATS, default="ttl", help="output format (default: ttl)")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    p.set_defaults(handler=cmd_export)

    p = sub.add_parser("stats", help="count entities by class, triples by predicate, evidenced facts",
                       description="Counts of the built graph: entities by class, triples by predicate, "
                                   "facts with and without an evidence record, and statements curated by hand, "
                                   "drafted by the extractor and reviewed, or draft only.")
    p.add_argument("--json", action="store_true", help="print the counts as JSON")
    store_options(p)
    p.set_defaults(handler=cmd_stats)


def cmd_build(args: argparse.Namespace) -> int:
    project = project_of(args)
    started = time.perf_counter()
    with progress_count("building the graph (articles)") as tell:
        built = library.build(project, convert=args.convert_encoding, progress=tell)
    with status("writing build/"):
        written = library.write(built, project)
    ann = built.annotations
    reused = f" ({len(built.reused)} unchanged, from build/cache)" if built.reused else ""
    console.print(f"[bold green]built[/] {len(built.corpus.articles)} articles{reused}: {len(ann.entities)} entities, "
                  f"{len(ann.facts)} facts, {len(ann.observations)} observations, "
                  f"{built.evidence_count} evidence records, {built.triple_count()} triples "
                  f"in {time.perf_counter() - started:.1f}s", soft_wrap=True)
    for path in written:
        if path.suffix in {".ttl", ".nt", ".trig", ".jsonld", ".nq"}:
            console.print(f"  {literal(path.relative_to(project.root))}  ({path.stat().st_size:,} bytes)")
    for line in built.unannotated():
        stderr.print(f"[yellow]warning:[/] {literal(line)}", soft_wrap=True)
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    project = project_of(args)
    with status("loading the built graph"):
        dataset = library.load_dataset(project)
        ontology = load_ontology([project.ontology])
    with progress_stages("validating") as tell:
        report = validate_build(dataset, ontology, project.shapes, project.build / "cache", progress=tell)
    if args.json:
        print(json.dumps(report.as_dict(), ensure_ascii=False, indent=1))
        return 0 if report.ok else 1
    table = Table(title="civickg validate", show_lines=False)
    for column in ("check", "what", "checked", "result"):
        table.add_column(column)
    for check in report.checks:
        result = "[green]ok[/]" if check.ok else f"[red]{len(check.problems)} problem(s)[/]"
        if check.warnings:
            result += f" [yellow]{len(check.warnings)} warning(s)[/]"
        table.add_row(literal(check.name), literal(check.description), str(check.checked), result)
    console.print(table)
    for mark, lines in (("[red]✗[/]", report.problems()), ("[yellow]![/]", report.warnings())):
        for line in lines:
            where = report.where(line)
            found = f"  [dim](in {literal(where.rsplit('/graph/', 1)[-1])})[/]" if where else ""
            console.print(f"  {mark} {literal(line)}{found}", soft_wrap=True)
    console.print("[bold green]valid[/]" if report.ok else "[bold red]invalid[/]")
    return 0 if report.ok else 1


def cmd_export(args: argparse.Namespace) -> int:
    project = project_of(args)
    fmt = args.format
    text = export(project, fmt)
    with open_output(args.output) as handle:
        handle.write(text)
    if args.output:
        stderr.print(f"wrote {literal(args.output)} ({Path(args.output).stat().st_size:,} bytes, {fmt})")
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    project = project_of(args)
    with status(f"loading the graph ({args.store})"):
        graph = build_graph(args, project)
    with status("counting"):
        stats = compute(graph)
    if args.json:
        print(json.dumps(stats.as_dict(), ensure_ascii=False, indent=1))
        return 0
    s = stats.summary
    console.print(f"[bold]{s['articles']}[/] articles: {s['entities']:,} entities, {s['facts']:,} facts, "
                  f"{s['observations']:,} observations; {stats.statement_total:,} statements, "
                  f"{stats.with_evidence:,} with evidence, {stats.without_evidence:,} without; "
                  f"{s['evidence']:,} evidence records; {stats.triples:,} triples", soft_wrap=True)
    r = stats.review
    console.print(f"statements by review: {r['curated']:,} curated by hand, {r['reviewed']:,} drafted and reviewed, "
                  f"{r['draft']:,} draft only")
    for title, rows in (("by class", stats.by_class), ("by predicate", stats.by_predicate)):
        table = Table(title=title)
        table.add_column(title.split()[-1])
        table.add_column("count", justify="right")
        for name, count in rows:
            table.add_row(literal(name), f"{count:,}")
        console.print(table)
    table = Table(title="statements and evidence")
    for column in ("predicate", "statements", "with evidence", "without"):
        table.add_column(column, justify="right" if column != "predicate" else "left")
    for name, count, evidenced in stats.statements:
        table.add_row(literal(name), str(count), str(evidenced), str(count - evidenced))
    console.print(table)
    return 0


__all__ = ["register"]
