"""scripts/bench.py --quick (what `make bench BENCH_ARGS=--quick` runs): one table with every row it promises; every
bench command the documents show, planned; the start-up benchmark, run."""

from __future__ import annotations

import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.doc_commands import DOCUMENTS, read_document

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
    expected = {r"load [\d,]+ triples: civickg store vs pyoxigraph bulk_load$": "≤ 1.5×",
                r"load [\d,]+ triples: civickg store vs pyoxigraph bulk_load into an on-disk store": "≤ 1.5×",
                rf"query [\d,]+ triples: {questions} questions, civickg vs raw pyoxigraph \(sum": "≤ 1.2×",
                r"query [\d,]+ triples: the slowest question against raw \([a-z-]+\)": "≤ 1.2×",
                r"query [\d,]+ triples: civickg vs raw pyoxigraph on civickg's own on-disk store": "≤ 1.2×",
                r"query [\d,]+ triples: the slowest question against raw on the same store \([a-z-]+\)": "≤ 1.2×",
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


def test_the_extractor_targets_are_rows_on_the_heldout_split(table) -> None:
    """devset/targets.yaml's targets, each on the heldout split with its article count, its precision and the
    other splits beside it (what `make bench` promises the issue's targets are printed by)."""
    targets = yaml.safe_load((ROOT / "devset" / "targets.yaml").read_text(encoding="utf-8"))
    heldout = sum(1 for meta in (ROOT / "devset" / "meta").glob("*.yaml")
                  if yaml.safe_load(meta.read_text(encoding="utf-8")).get("split") == "heldout")
    names = {"entities": "entities (overlap) f1", "facts": "facts (s, p, o) recall",
             "indicator_values": "indicators (value, unit) recall"}
    assert [t["kind"] for t in targets["targets"]] == list(names)
    for t in targets["targets"]:
        target, measured, verdict = table[f"extract {names[t['kind']]} on the heldout split ({heldout} articles)"]
        assert target == f"≥ {t['at_least']:.2f}"
        found = re.fullmatch(r"(0\.\d{3}|1\.000) \(precision (0\.\d{3}|1\.000); dev 0\.\d{3}, seed (0\.\d{3}|1\.000)\)",
                             measured)
        assert found, measured
        assert VERDICT.match(verdict)
        assert (verdict == "met") == (float(found[1]) >= t["at_least"])


def test_ingest_speed_and_a_long_article_are_rows(table) -> None:
    target, measured, verdict = table["ingest start-up (a fresh process: imports, rules, dictionaries)"]
    assert target == "< 3 s" and re.fullmatch(r"\d+\.\d\d s \(CPU \d+\.\d\d s\)", measured) and VERDICT.match(verdict)
    target, measured, verdict = table["ingest 40 generated articles: jieba.posseg.lcut time / ingest time"]
    assert target == "≥ 0.5×" and VERDICT.match(verdict)
    assert re.fullmatch(r"\d\.\d\d× CPU, \d\.\d\d× wall \(\d+\.\d s vs \d+\.\d s CPU\)", measured), measured
    target, measured, verdict = table["ingest 6 real pages (dev set, wild; 0 traditional): jieba.posseg.lcut time / "
                                      "ingest time"]
    assert target == "≥ 0.5×" and VERDICT.match(verdict)
    assert re.fullmatch(r"\d+\.\d\d× CPU on the 6 simplified \(\d+\.\d s vs \d+\.\d s\); \d+\.\d\d× on all",
                        measured), measured
    target, measured, verdict = table["ingest one article more into those 40 (civickg ingest FILE, after start-up)"]
    assert target == "< 2 s" and VERDICT.match(verdict)
    assert re.fullmatch(r"\d+\.\d\d s \(\d+\.\d\d s without the declarations cache\)", measured), measured
    from civickg.extract.devset import load_devset
    joined = "\n".join(a.text() for a in load_devset(ROOT / "devset", "dev"))
    long = f"{2 * len(joined) + 1:,}"
    target, measured, verdict = table[f"draft one article of {long} characters against one of {len(joined):,} "
                                      "(CPU per 1,000 characters)"]
    assert target == "≤ 2×" and VERDICT.match(verdict)
    assert re.fullmatch(r"\d+\.\d ms vs \d+\.\d ms = \d+\.\d\d×", measured), measured


def documented_bench_commands() -> list[str]:
    """Every `make bench …` and `scripts/bench.py …` command the documents show."""
    shown = {c.text for name in DOCUMENTS for c in read_document(name).commands}
    return sorted(c for c in shown if c.startswith("make bench") or "scripts/bench.py" in c)


def bench_arguments(command: str) -> list[str]:
    """The arguments the command gives scripts/bench.py (`make bench` passes BENCH_ARGS)."""
    words = shlex.split(command)
    if words[:2] == ["make", "bench"]:
        settings = dict(word.split("=", 1) for word in words[2:])
        # Under `make test` this runs in a nested make, which would print "Entering directory" lines.
        made = subprocess.run(
            ["make", "--no-print-directory", "-n", "bench", *words[2:]],
            cwd=ROOT, capture_output=True, text=True,
        )
        assert made.returncode == 0, made.stderr
        expected = f"scripts/bench.py {settings.get('BENCH_ARGS', '')}".strip()
        runs = [line.strip() for line in made.stdout.splitlines() if "scripts/bench.py" in line]
        assert len(runs) == 1 and runs[0].endswith(expected), made.stdout
        return shlex.split(settings.get("BENCH_ARGS", ""))
    assert words[:2] == [".venv/bin/python", "scripts/bench.py"], command
    return words[2:]


def build_sizes(arguments: list[str]) -> list[int]:
    if "--quick" in arguments:
        return [3, 6]
    if "--build-sizes" not in arguments:
        return [10, 100, 1000]
    rest = arguments[arguments.index("--build-sizes") + 1:]
    return sorted(int(word) for word in rest[:next((i for i, w in enumerate(rest) if w.startswith("-")), len(rest))])


@pytest.mark.parametrize("command", documented_bench_commands())
def test_each_documented_bench_command_plans_what_it_says(command) -> None:
    """Each command runs as shown with --plan appended (a full run takes up to an hour; --quick runs above)."""
    arguments = bench_arguments(command)
    done = subprocess.run([sys.executable, "scripts/bench.py", *arguments, "--plan"], cwd=ROOT,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, f"{command}: {done.stderr}"
    steps = done.stdout.splitlines()
    assert [s for s in steps if s.startswith("build ")] == [f"build {n:,} articles" for n in build_sizes(arguments)]
    assert ("push into the oxigraph server and into virtuoso" in steps) == ("--no-push" not in arguments)


def test_the_start_up_benchmark_runs_as_documented(built_project) -> None:
    """docs/scale.md's `scripts/bench_start.py --runs 7`, with one run each: both commands, their ratio."""
    shown = [c.text for c in read_document("docs/scale.md").commands if "scripts/bench_start.py" in c.text]
    assert shown == [".venv/bin/python scripts/bench_start.py --runs 7"]
    done = subprocess.run([sys.executable, "scripts/bench_start.py", *shlex.split(shown[0])[2:], "--runs", "1",
                           "--root", str(built_project.root)], cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[1].startswith("civickg query awards -f csv (Oxigraph, persistent store)")
    assert lines[2].startswith("plain pyoxigraph: bulk_load build/civickg.nq + the query")
    assert re.fullmatch(r"ratio \d+\.\d\dx over 1 runs each \(target <= 2x: (met|missed by \d+\.\d\dx)\)", lines[3])


def test_a_query_process_reports_its_own_peak_memory_not_its_parent_s(built_project) -> None:
    """A benchmark holding a large corpus starts the query process: the peak it reports is the child's own."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import bench
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    held = bytearray(b"\1") * (600 << 20)                # 600 MB resident here, as a large corpus would be
    peak = bench.peak_query(built_project, load=False)
    assert len(held) == 600 << 20
    assert 20e6 < peak < 400e6, f"{peak / 1e6:.0f} MB"   # the seed's questions in a fresh interpreter
