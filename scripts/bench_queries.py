"""Time the competency questions on each engine: load time per store, then the median of a few runs per query.

    .venv/bin/python scripts/bench_queries.py [--repeat 5] [--root DIR]

Prints a table; nothing is asserted (tests check answers, this script checks speed).
"""

from __future__ import annotations

import argparse
import statistics
import time

from rich.console import Console
from rich.table import Table

from civickg.project import Project
from civickg.sparql import library as querylib
from civickg.sparql.run import run
from civickg.stores import ENGINES, open_store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs per query and engine (default 5)")
    parser.add_argument("--root", help="project folder (default: this checkout)")
    args = parser.parse_args()
    project = Project.find(args.root)
    questions = querylib.load(project)
    console = Console()

    stores, loads = {}, {}
    for engine in ENGINES:
        started = time.perf_counter()
        stores[engine] = open_store(engine, project)
        loads[engine] = time.perf_counter() - started
        run("articles", stores[engine], root=project)  # warm up the engine's SPARQL machinery

    table = Table(title=f"competency questions, median of {args.repeat} runs (ms)")
    table.add_column("question")
    for engine in ENGINES:
        table.add_column(engine, justify="right")
    table.add_column("rows", justify="right")
    totals = dict.fromkeys(ENGINES, 0.0)
    for name in questions:
        cells, size = [], 0
        for engine, store in stores.items():
            times = []
            for _ in range(args.repeat):
                started = time.perf_counter()
                result = run(name, store, root=project)
                times.append(time.perf_counter() - started)
            median = statistics.median(times)
            totals[engine] += median
            cells.append(f"{median * 1000:,.1f}")
            size = len(result)
        table.add_row(name, *cells, str(size))
    table.add_row("[bold]all questions[/]", *(f"[bold]{totals[e] * 1000:,.0f}[/]" for e in ENGINES), "")
    table.add_row("[dim]store load[/]", *(f"[dim]{loads[e] * 1000:,.0f}[/]" for e in ENGINES), "")
    console.print(table)


if __name__ == "__main__":
    main()
