"""Benchmark the ontology tools on the seed: how long the lint, its parts and the HTML reference take.

Prints one table (median of ``--runs`` runs, in seconds): loading the vendored vocabularies, the
in-memory build the lint and the docs use, the lint as a whole and without the rules that need the
build, the docs with and without examples, and the volunteer-teams competency question on rdflib.

    .venv/bin/python scripts/bench_ontology.py
    .venv/bin/python scripts/bench_ontology.py --runs 5
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from civickg.builder import library  # noqa: E402
from civickg.namespaces import sparql_prologue  # noqa: E402
from civickg.ontology.docs import write_docs  # noqa: E402
from civickg.ontology.lint import NEEDS_DATA, RULES, lint  # noqa: E402
from civickg.ontology.vocabularies import load_vocabularies  # noqa: E402
from civickg.project import Project  # noqa: E402


def timed(step: Callable[[], object], runs: int) -> float:
    """The median wall time of ``runs`` calls of ``step``."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        step()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per step (default 3)")
    args = parser.parse_args(argv)
    project = Project.find(ROOT)
    graph = library.build(project).union()
    query = sparql_prologue() + (project.queries / "volunteer-teams.rq").read_text(encoding="utf-8")
    without_data = tuple(name for name, _ in RULES if name not in NEEDS_DATA)
    out = Path(tempfile.mkdtemp(prefix="civickg-ontology-docs-"))
    steps: list[tuple[str, Callable[[], object]]] = [
        ("load ontology/vocab/*.ttl (14 term lists)", lambda: load_vocabularies(ROOT / "ontology" / "vocab")),
        ("build the graph in memory", lambda: library.build(project)),
        ("ontology lint, all 13 rules", lambda: lint(project)),
        (f"ontology lint, {len(without_data)} rules without the build", lambda: lint(project, without_data)),
        ("ontology docs, with examples (graph given)", lambda: write_docs(project, out, data=graph)),
        ("ontology docs, --no-data", lambda: write_docs(project, out, with_data=False)),
        ("volunteer-teams.rq on rdflib", lambda: list(graph.query(query))),
    ]
    table = Table(title=f"civickg ontology tools on the seed ({len(graph):,} triples), median of {args.runs}")
    table.add_column("step")
    table.add_column("seconds", justify="right")
    for name, step in steps:
        table.add_row(name, f"{timed(step, args.runs):.2f}")
    Console().print(table)
    return 0


if __name__ == "__main__":
    sys.exit(main())
