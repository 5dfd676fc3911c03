"""scripts/bench.py --quick (what `make bench BENCH_ARGS=--quick` runs): one table with every row it promises."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
VERDICT = re.compile(r"^(met|missed by \d+\.\d\d×|—)$")


@pytest.fixture(scope="module")
def table() -> dict[str, list[str]]:
    """The quick benchmark's table, by measurement (the first cell), with the other three cells."""
    done = subprocess.run([sys.executable, "scripts/bench.py", "--quick"], cwd=ROOT, capture_output=True,
                          text=True, timeout=3600)
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.strip().splitlines()
    assert lines[:2] == ["| measurement | target | measured | verdict |", "|---|---|---|---|"]
    rows = {}
    for line in lines[2:]:
        cells = [c.strip() for c in line.strip("|").split(" | ")]
        assert len(cells) == 4, line
        rows[cells[0]] = cells[1:]
    return rows


def row(table: dict[str, list[str]], start: str) -> list[str]:
    found = [cells for name, cells in table.items() if name.startswith(start)]
    assert len(found) == 1, f"no single row starting {start!r} in {sorted(table)}"
    return found[0]


def test_build_rows_give_seconds_per_article_for_each_size(table) -> None:
    for size in (3, 6):
        target, measured, _ = row(table, f"build {size} articles (")
        assert target == "flat s/article"
        assert re.fullmatch(r"\d+\.\d\d s/article \(\d+\.\d s\)", measured)


def test_the_incremental_row_reuses_every_article_but_the_changed_one(table) -> None:
    target, measured, _ = table["rebuild after 1 of 6 annotations changed (5 reused)"]
    assert target == "≪ full build"
    assert re.fullmatch(r"\d+\.\d s vs \d+\.\d s uncached = \d+\.\d\d× \(every article cached: \d+\.\d s\)", measured)


def test_the_validate_rows_give_seconds_per_article_and_the_cached_rerun(table) -> None:
    target, measured, _ = row(table, "validate 3 articles (per article, cache empty; 0 problems)")
    assert target == "flat s/article"
    assert re.fullmatch(r"\d+\.\d\d s/article \(\d+\.\d s\)", measured)
    target, measured, _ = table["validate again after 1 of 3 annotations changed"]
    assert target == "≪ first run"
    assert re.fullmatch(r"\d+\.\d s vs \d+\.\d s = \d+\.\d\d×", measured)


def test_load_query_memory_and_endpoint_rows_have_targets_and_verdicts(table) -> None:
    questions = len(list((ROOT / "graph" / "queries").glob("*.rq")))
    expected = {r"load [\d,]+ triples: civickg store vs pyoxigraph bulk_load": "≤ 1.5×",
                rf"query [\d,]+ triples: {questions} questions, civickg vs raw pyoxigraph": "≤ 1.2×",
                r"query [\d,]+ triples: the slowest question against raw \([a-z-]+\)": "≤ 1.2×",
                r"query [\d,]+ triples: rdflib / civickg on Oxigraph": "≥ 8×",
                r"memory [\d,]+ triples: a query process that loads the store": "< 1 GB",
                r"memory [\d,]+ triples: a query process that opens the stored build": "< 1 GB",
                r"memory [\d,]+ triples: civickg serve": "< 1 GB",
                r"endpoint [\d,]+ triples: 10 clients asking awards": "p99 < 200 ms"}
    for pattern, target in expected.items():
        found = [cells for name, cells in table.items() if re.match(pattern, name)]
        assert len(found) == 1, (pattern, sorted(table))
        assert found[0][0] == target
        assert VERDICT.match(found[0][2]), found[0]


def test_push_rows_name_both_servers_with_a_rate(table) -> None:
    for server in ("oxigraph", "virtuoso"):
        found = [cells for name, cells in table.items() if re.match(rf"push [\d,]+ triples into the {server} server",
                                                                     name)]
        assert len(found) == 1, sorted(table)
        assert re.fullmatch(r"[\d,]+ triples in \d+\.\d s = [\d,]+ triples/s", found[0][1]), found[0]
