"""Assemble the graph of every curated article: the seed's and the dev set's, as a project folder of its own.

The dev set's articles (devset/: texts, metadata, gold annotations curated by hand) are real articles of the
genre from many cities, in simplified and traditional characters, one a saved web page. This script takes them
in as any article is taken in (``civickg ingest``, with each article's id, title, date, url and publisher from
its metadata) into a copy of the project's ``ontology/`` and ``graph/`` (the seed's sources, annotations and
queries), and puts each article's gold annotation where the drafted one was: the gold is reviewed, so the build
keeps it in the article's own named graph. Then build, validate, query and explore it as the project itself:

    python scripts/corpus_graph.py --out build/corpus
    civickg --root build/corpus build
    civickg --root build/corpus validate
    civickg --root build/corpus explore -o build/corpus/build/explorer.html

``make corpus`` runs these four. The folder is written beside ``--out`` first and moved in place at the end,
so a failed run leaves the previous one as it was. ``--only ID...`` takes these dev-set articles only.
"""

from __future__ import annotations

import argparse
import csv
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from civickg.errors import CivicError  # noqa: E402
from civickg.extract.devset import DevArticle, load_devset  # noqa: E402
from civickg.project import Project  # noqa: E402
from civickg.sources.ingest import IngestOptions, ingest_paths  # noqa: E402

COLUMNS = ("file", "id", "title", "date", "url", "publisher")


def chosen(devset: Path, only: list[str]) -> list[DevArticle]:
    """The dev-set articles to take in: all, or those of ``only`` (an unknown id is an error)."""
    articles = load_devset(devset, "all")
    unknown = sorted(set(only) - {a.id for a in articles})
    if unknown:
        raise CivicError(f"no dev-set article '{unknown[0]}'", file=devset / "meta",
                         hint="give ids of devset/meta/*.yaml")
    return [a for a in articles if not only or a.id in only]


def stage(articles: list[DevArticle], folder: Path) -> Path:
    """Copy each article's file (the saved page itself for a page) into ``folder``, with a table of its metadata."""
    rows = []
    for art in articles:
        page = art.folder / "texts" / f"{art.id}.html"
        path = page if art.meta.get("kind") == "html" and page.exists() else art.text_path
        shutil.copyfile(path, folder / path.name)
        meta = art.meta
        rows.append({"file": path.name, "id": art.id, "title": meta.get("title") or "", "date": meta.get("date") or "",
                     "url": meta.get("url") or "", "publisher": meta.get("publisher") or ""})
    table = folder / "articles.csv"
    with table.open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return table


def assemble(out: Path, only: list[str] | None = None, root: Path = ROOT) -> int:
    """Write the project folder ``out``; return how many dev-set articles it took in, each with its gold."""
    devset = root / "devset"
    articles = chosen(devset, only or [])
    partial = out.with_name(out.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    for name in ("ontology", "graph"):
        shutil.copytree(root / name, partial / name, ignore=shutil.ignore_patterns("__pycache__"))
    project = Project.of(partial)
    with tempfile.TemporaryDirectory() as tmp:
        table = stage(articles, Path(tmp))
        report = ingest_paths([Path(tmp)], project, IngestOptions(meta=table))
    refused = [o for o in report.outcomes if o.status == "refused"]
    if refused or report.count("ingested") != len(articles):
        raise CivicError(f"{len(refused)} of {len(articles)} dev-set articles were refused", file=devset,
                         hint=refused[0].message if refused else "run civickg ingest on them to see why")
    for art in articles:
        shutil.copyfile(art.gold_path, project.annotations / f"{art.id}.yaml")
    shutil.rmtree(out, ignore_errors=True)
    partial.rename(out)
    return len(articles)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "corpus",
                        help="the project folder to write (default: build/corpus)")
    parser.add_argument("--only", nargs="+", default=[], metavar="ID", help="only these dev-set articles")
    args = parser.parse_args(argv)
    try:
        taken = assemble(args.out.resolve(), args.only)
    except CivicError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"{args.out}: the seed and {taken} dev-set articles, each with its curated annotation")
    print(f"next: civickg --root {args.out} build && civickg --root {args.out} validate")
    return 0


if __name__ == "__main__":
    sys.exit(main())
