"""Whole-process start-up: `civickg query awards -f csv` against a plain pyoxigraph script doing the same work.

    .venv/bin/python scripts/bench_start.py [--runs 11] [--query awards] [--root DIR]

civickg runs on its default engine (Oxigraph, the persistent store in build/oxigraph/, loaded by an untimed
first run); the plain script (scripts/plain_oxigraph_query.py) bulk-loads build/civickg.nq into an Oxigraph
store in memory and runs the same query (`civickg queries NAME --runnable`). Both run as fresh processes, side
by side in turns; the table gives the median wall time of each and their ratio (target: at most 2x).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGET = 2.0


def timed(command: list[str], cwd: Path) -> float:
    """Wall seconds of one run of ``command``; its output is checked, then dropped."""
    started = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, capture_output=True, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode != 0 or not done.stdout:
        sys.exit(f"{' '.join(command)} failed: {done.stderr.decode('utf-8', 'replace').strip()}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=11, help="runs of each command (default 11)")
    parser.add_argument("--query", default="awards", help="the competency question to run (default awards)")
    parser.add_argument("--root", type=Path, default=HERE.parent, help="project folder (default: this checkout)")
    args = parser.parse_args()
    root = args.root.resolve()
    civickg = [sys.executable, "-m", "civickg", "query", args.query, "-f", "csv"]
    with tempfile.TemporaryDirectory() as tmp:
        query_file = Path(tmp) / f"{args.query}.rq"
        text = subprocess.run([sys.executable, "-m", "civickg", "queries", args.query, "--runnable"], cwd=root,
                              capture_output=True, check=True).stdout
        query_file.write_bytes(text)
        plain = [sys.executable, str(HERE / "plain_oxigraph_query.py"), str(root / "build" / "civickg.nq"),
                 str(query_file)]
        timed(civickg, root)  # loads the persistent store once, if this build is new to it
        times: dict[str, list[float]] = {"civickg": [], "plain": []}
        for _ in range(args.runs):
            times["civickg"].append(timed(civickg, root))
            times["plain"].append(timed(plain, root))
    median = {name: statistics.median(values) for name, values in times.items()}
    ratio = median["civickg"] / median["plain"]
    print(f"{'command':<58} {'median s':>9} {'min s':>7} {'max s':>7}")
    print(f"{'civickg query ' + args.query + ' -f csv (Oxigraph, persistent store)':<58} "
          f"{median['civickg']:>9.3f} {min(times['civickg']):>7.3f} {max(times['civickg']):>7.3f}")
    print(f"{'plain pyoxigraph: bulk_load build/civickg.nq + the query':<58} "
          f"{median['plain']:>9.3f} {min(times['plain']):>7.3f} {max(times['plain']):>7.3f}")
    verdict = "met" if ratio <= TARGET else f"missed by {ratio / TARGET:.2f}x"
    print(f"ratio {ratio:.2f}x over {args.runs} runs each (target <= {TARGET:g}x: {verdict})")


if __name__ == "__main__":
    main()
