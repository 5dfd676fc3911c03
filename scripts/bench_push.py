"""Time `push` into real servers (Oxigraph server, Virtuoso): triples per second for the seed build, and for a
synthetic build of the seed's article graphs copied N times under new names.

    .venv/bin/python scripts/bench_push.py [--copies 10] [--repeat 3] [--root DIR]

Starts both servers on free ports in a temporary folder (as the tests do), pushes each build --repeat
times (the first push creates the graphs, the later ones replace them) and prints a table of the median.
Run `civickg build` first. Nothing is asserted (tests check content, this script checks speed).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

import pyoxigraph as ox
from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from civickg.namespaces import BASE, CIVIC, GRAPH  # noqa: E402
from civickg.project import Project  # noqa: E402
from civickg.stores.push import push  # noqa: E402
from tests.servers import STARTERS  # noqa: E402

SHARED = (str(CIVIC), str(GRAPH["ontology"]), str(GRAPH["corpus"]))


def replicated(dataset: Path, copies: int, target: Path) -> Path:
    """The dataset's article graphs ``copies`` times, every civickg IRI but the ontology's renamed per copy."""
    quads = [q for q in ox.parse(path=str(dataset), format=ox.RdfFormat.TRIG)
             if q.graph_name.value != str(GRAPH["corpus"])]

    def rename(term, k: int):
        if isinstance(term, ox.NamedNode) and term.value.startswith(BASE) and not term.value.startswith(SHARED):
            return ox.NamedNode(f"{term.value}-copy{k}")
        return term

    out = [ox.Quad(rename(q.subject, k), q.predicate, rename(q.object, k), rename(q.graph_name, k))
           for k in range(copies) for q in quads]
    ox.serialize(out, str(target), format=ox.RdfFormat.TRIG)
    return target


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=10, help="copies of the seed in the synthetic build (0: none)")
    parser.add_argument("--repeat", type=int, default=3, help="pushes per build and server (default 3)")
    parser.add_argument("--root", help="project folder (default: this checkout)")
    args = parser.parse_args()
    project = Project.find(args.root)
    console = Console()
    table = Table(title=f"push over the Graph Store Protocol, median of {args.repeat} pushes")
    for column in ("server", "build", "graphs", "triples", "first push (s)", "median (s)", "triples/s"):
        table.add_column(column, justify="left" if column in ("server", "build") else "right")
    with tempfile.TemporaryDirectory(prefix="civickg-bench-push-") as tmp, ExitStack() as stack:
        builds = {"seed": Project.of(project).built_file("trig")}
        if args.copies:
            builds[f"seed ×{args.copies}"] = replicated(builds["seed"], args.copies, Path(tmp) / "replicated.trig")
        for name, start in STARTERS.items():
            console.print(f"starting {name} …")
            server = stack.enter_context(start(Path(tmp) / name))
            for label, dataset in builds.items():
                times, report = [], None
                for _ in range(args.repeat):
                    started = time.perf_counter()
                    report = push(server.endpoint, dataset, project.ontology, environ=server.environ)
                    times.append(time.perf_counter() - started)
                assert report is not None
                median = statistics.median(times)
                table.add_row(name, label, str(len(report.replaced)), f"{report.triples:,}", f"{times[0]:.2f}",
                              f"{median:.2f}", f"{report.triples / median:,.0f}")
            stack.close()  # stop this server before timing the next one
    console.print(table)


if __name__ == "__main__":
    main()
