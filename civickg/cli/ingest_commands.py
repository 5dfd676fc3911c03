"""The ingest command: take new articles (text or saved web pages, any common encoding) into graph/."""

from __future__ import annotations

import argparse
from pathlib import Path

from civickg.cli.common import console, progress_steps, project_of, stderr
from civickg.sources.ingest import DEFAULT_MAX_BYTES, IngestOptions, article_files, ingest_paths


def register(sub: argparse._SubParsersAction) -> None:
    """Add ingest."""
    p = sub.add_parser("ingest", help="take new articles (.txt, .md, .html) into graph/ and draft their annotations",
                       description="Store each article in graph/sources (the original bytes, a UTF-8 text and a "
                                   "metadata file: title, date, url, publisher, reporters, encoding, reader, "
                                   "SHA-256) and draft graph/annotations/<id>.yaml with the extractor, linking to "
                                   "the entities the graph already knows. Encodings: UTF-8 (with or without BOM), "
                                   "UTF-16 with BOM, GB18030/GBK, Big5. The same bytes again change nothing; a "
                                   "reviewed annotation is never overwritten. Then review the draft and run "
                                   "`civickg build && civickg validate`.")
    p.add_argument("paths", nargs="+", metavar="PATH", type=Path, help="an article file, or a folder of them")
    p.add_argument("--id", help="the article id (default: from the file name, else the title's pinyin)")
    p.add_argument("--title", help="the title (default: the page's headline, else the first line)")
    p.add_argument("--date", metavar="YYYY-MM-DD",
                   help="the date of publication (default: from the page, its first lines or its address)")
    p.add_argument("--url", help="where the article was published")
    p.add_argument("--publisher", help="who published it (default: the page's site name)")
    p.add_argument("--replace", action="store_true", help="replace an article already ingested under the same id")
    p.add_argument("--meta", type=Path, metavar="TABLE",
                   help="a CSV (or .tsv) table with a header row and a row per file: file, and any of id, title, "
                        "date, url, publisher; a cell overrides the option of its column for its file")
    p.add_argument("--max-size", type=int, default=DEFAULT_MAX_BYTES, metavar="BYTES",
                   help=f"refuse files larger than this (default: {DEFAULT_MAX_BYTES:,})")
    p.set_defaults(handler=cmd_ingest)


def cmd_ingest(args: argparse.Namespace) -> int:
    from civickg.extract.annotate import ArticleDrafter

    project = project_of(args)
    options = IngestOptions(id=args.id, title=args.title, date=args.date, url=args.url, publisher=args.publisher,
                            replace=args.replace, max_bytes=args.max_size, meta=args.meta)
    files = article_files(args.paths)
    drafter = ArticleDrafter(project.annotations, project.declared_cache)
    with progress_steps("ingesting", len(files)) as step:
        report = ingest_paths(files, project, options, drafter=drafter,
                              progress=step)
    if len(report.outcomes) == 1 and report.outcomes[0].status == "refused":
        stderr.print(f"[bold red]error:[/] {report.outcomes[0].message}", soft_wrap=True, markup=True,
                     highlight=False)
        return 2
    for outcome in report.outcomes:
        if outcome.status == "refused":
            stderr.print(f"[red]refused[/] {outcome.message}", soft_wrap=True, highlight=False)
        else:
            drafted = outcome.drafted
            tail = (" — kept its reviewed annotation" if drafted.get("curated") else
                    f"; drafted {drafted.get('entities', 0)} entities, {drafted.get('facts', 0)} facts, "
                    f"{drafted.get('observations', 0)} observations" if drafted else "")
            console.print(f"{outcome.path}: {outcome.message}{tail}", soft_wrap=True, highlight=False)
    console.print(f"[bold]{report.summary()}[/]", soft_wrap=True)
    if report.count("ingested", "replaced"):
        console.print("next: review graph/annotations/<id>.yaml, then `civickg build && civickg validate`",
                      soft_wrap=True)
    return 1 if report.count("refused") else 0


__all__ = ["register"]
