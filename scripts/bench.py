"""Measure civickg at scale and print one Markdown table: each row a target, the measurement and the verdict.

    .venv/bin/python scripts/bench.py                 # the issue's sizes (long: builds 1,000 articles)
    .venv/bin/python scripts/bench.py --quick         # tiny sizes, a minute or two: checks that every row runs
    .venv/bin/python scripts/bench.py --build-sizes 10 100 --triples 100000 1000000 --incremental-in 100

Every ratio compares two measurements taken in this run on this machine. The corpora are synthetic
(scripts/synth_corpus.py) and go through the real build; a query corpus larger than the largest build is the
built dataset copied under new names (scripts/bench_push.py). Rows: store load against pyoxigraph's
bulk_load of the same N-Quads; each competency question through civickg against raw pyoxigraph and against
rdflib; build seconds per article; the rebuild after one annotation changed; peak memory of a query process
and of the endpoint; the endpoint under concurrent clients (scripts/bench_endpoint.py); push into the Oxigraph
server and Virtuoso (scripts/bench_push.py, tests/servers.py); the extractor's quality targets on the heldout
split (devset/targets.yaml), ingest's start-up and speed against jieba.posseg (scripts/bench_ingest.py), and
drafting a long article against a short one (scripts/bench_long.py). Nothing is asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import bench_endpoint  # noqa: E402
import bench_extract_quality  # noqa: E402
import bench_ingest  # noqa: E402
import bench_long  # noqa: E402
import bench_push  # noqa: E402
import synth_corpus  # noqa: E402

from civickg.builder import library  # noqa: E402
from civickg.extract.evaluate import LABELS, evaluate_corpus  # noqa: E402
from civickg.namespaces import PREFIXES  # noqa: E402
from civickg.ontology.model import load_ontology  # noqa: E402
from civickg.project import Project  # noqa: E402
from civickg.sparql import library as querylib  # noqa: E402
from civickg.sparql.run import resolve, run  # noqa: E402
from civickg.stores import open_store  # noqa: E402
from civickg.stores.base import ONTOLOGY_GRAPH  # noqa: E402
from civickg.stores.push import push  # noqa: E402
from civickg.stores.registry import managed_store_folder  # noqa: E402
from civickg.validate import Report  # noqa: E402
from civickg.validate.corpus import validate_build  # noqa: E402

GIB = 1024 ** 3


@dataclass
class Row:
    """One line of the table."""

    what: str
    target: str
    measured: str
    verdict: str


class Rows(list):
    """The table's rows; each is also shown on stderr as soon as it is measured (a long run shows progress)."""

    def append(self, row: Row) -> None:
        print(markdown(row), file=sys.stderr, flush=True)
        super().append(row)

    def __iadd__(self, rows: Iterable[Row]) -> Rows:  # type: ignore[override, misc]
        for row in rows:
            self.append(row)
        return self


def markdown(row: Row) -> str:
    return f"| {row.what} | {row.target} | {row.measured} | {row.verdict} |"


def verdict(value: float, limit: float, *, below: bool = True, unit: str = "×") -> str:
    """``met``, or ``missed by`` how much, for a value that must stay below (or reach) ``limit``."""
    if math.isnan(value):
        return "not measured"
    if (value <= limit) if below else (value >= limit):
        return "met"
    return f"missed by {value / limit:.2f}×" if below else f"missed by {limit / value:.2f}×"


def timed(call: Callable[[], object]) -> tuple[float, object]:
    started = time.perf_counter()
    result = call()
    return time.perf_counter() - started, result


def median_time(call: Callable[[], object], repeat: int) -> float:
    return statistics.median(timed(call)[0] for _ in range(repeat))


def build_corpus(folder: Path, articles: int) -> tuple[Project, float, int]:
    """A synthetic project of ``articles`` articles, built without the cache; (project, seconds, triples)."""
    synth_corpus.write_project(folder, articles, seed=0)
    project = Project(folder)
    seconds = timed(lambda: library.write(library.build(project, cache=False), project))[0]
    triples = sum(1 for _ in ox.parse(path=str(project.built_file("nq")), format=ox.RdfFormat.N_QUADS))
    return project, seconds, triples


def incremental(project: Project) -> tuple[float, float, list[str]]:
    """Rebuild with the cache filled, then after one annotation changed: (seconds, full seconds, reused)."""
    full = timed(lambda: library.write(library.build(project), project))[0]  # fills the cache
    path = sorted(project.annotations.glob("synth-*.yaml"))[len(list(project.annotations.glob("synth-*.yaml"))) // 2]
    path.write_text(path.read_text(encoding="utf-8").replace("en: Resident ", "en: Changed resident "),
                    encoding="utf-8")
    seconds, built = timed(lambda: library.build(project))
    seconds += timed(lambda: library.write(built, project))[0]
    return seconds, full, built.reused


def validate_rows(project: Project, size: int) -> list[Row]:
    """``civickg validate``'s work (load the dataset, every check per article, corpus-wide checks) with the
    validation cache empty, then again after one annotation changed and the build was redone."""
    shutil.rmtree(project.build / "cache" / "validate", ignore_errors=True)
    ontology = load_ontology([project.ontology])

    def run() -> Report:
        return validate_build(library.load_dataset(project), ontology, project.shapes, project.build / "cache")

    seconds, report = timed(run)
    path = sorted(project.annotations.glob("synth-*.yaml"))[0]
    path.write_text(path.read_text(encoding="utf-8").replace("en: Resident ", "en: Revalidated resident "),
                    encoding="utf-8")
    library.write(library.build(project), project)
    again = timed(run)[0]
    problems = len(report.problems())
    return [Row(f"validate {size:,} articles (per article, cache empty; {problems} problems)", "flat s/article",
                f"{seconds / size:.2f} s/article ({seconds:.1f} s)", "—"),
            Row(f"validate again after 1 of {size:,} annotations changed", "≪ first run",
                f"{again:.1f} s vs {seconds:.1f} s = {again / seconds:.2f}×", "—")]


def scaled(source: Project, copies: int, folder: Path) -> Project:
    """A project whose build is ``source``'s article graphs ``copies`` times under new names."""
    for name in ("ontology", "graph"):
        os.symlink(source.root / name, folder / name)
    (folder / "build").mkdir()
    trig = bench_push.replicated(source.built_file("trig"), copies, folder / "build" / "civickg.trig")
    quads = list(ox.parse(path=str(trig), format=ox.RdfFormat.TRIG))
    quads += [q for q in ox.parse(path=str(source.built_file("nq")), format=ox.RdfFormat.N_QUADS)
              if q.graph_name.value.endswith("/graph/corpus")]
    ox.serialize(quads, str(trig), format=ox.RdfFormat.TRIG)
    ox.serialize(quads, str(folder / "build" / "civickg.nq"), format=ox.RdfFormat.N_QUADS)
    return Project(folder)


def raw_store(project: Project, folder: Path | None = None) -> ox.Store:
    """pyoxigraph's own bulk load of the build's N-Quads and the ontology (in memory, or on disk in ``folder``)."""
    store = ox.Store(None if folder is None else str(folder))
    store.bulk_load(path=str(project.built_file("nq")), format=ox.RdfFormat.N_QUADS)
    store.bulk_load(path=str(project.ontology), format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode(str(ONTOLOGY_GRAPH)))
    return store


def raw_query(store: ox.Store, text: str) -> int:
    """Run ``text`` on raw pyoxigraph and read every row (as civickg does); the number of rows."""
    answer = store.query(text, prefixes={p: str(n) for p, n in PREFIXES.items()}, use_default_graph_as_union=True)
    if isinstance(answer, ox.QueryBoolean):
        return 1
    if isinstance(answer, ox.QueryTriples):
        return sum(1 for _ in answer)
    names = answer.variables
    return sum(1 for solution in answer for _ in [[solution[v] for v in names]])


def drop_managed_store(project: Project) -> None:
    """Remove the persistent store under build/, so the next open loads it again."""
    shutil.rmtree(managed_store_folder(project), ignore_errors=True)


def fresh_load(project: Project) -> float:
    """Seconds for civickg to load its persistent store from the build (the store removed first, not timed)."""
    drop_managed_store(project)
    seconds, store = timed(lambda: open_store("oxigraph", project))
    store.close()  # type: ignore[attr-defined]
    return seconds


def raw_disk_load(project: Project) -> float:
    """Seconds for pyoxigraph alone to bulk-load the build into a new on-disk store and flush it."""
    with tempfile.TemporaryDirectory(prefix="civickg-bench-raw-", dir=project.root / "build") as tmp:
        seconds, store = timed(lambda: raw_store(project, Path(tmp) / "store"))
        flushed = timed(store.flush)[0]  # type: ignore[attr-defined]
        del store
        return seconds + flushed


def load_rows(project: Project, label: str, repeat: int) -> list[Row]:
    civic = statistics.median(fresh_load(project) for _ in range(repeat))
    raw = median_time(lambda: raw_store(project), repeat)
    disk = statistics.median(raw_disk_load(project) for _ in range(repeat))
    return [Row(f"load {label}: civickg store vs pyoxigraph bulk_load", "≤ 1.5×",
                f"{civic:.2f} s vs {raw:.2f} s = {civic / raw:.2f}×", verdict(civic / raw, 1.5)),
            Row(f"load {label}: civickg store vs pyoxigraph bulk_load into an on-disk store", "≤ 1.5×",
                f"{civic:.2f} s vs {disk:.2f} s = {civic / disk:.2f}×", verdict(civic / disk, 1.5))]


def query_rows(project: Project, label: str, repeat: int, rdflib: bool) -> list[Row]:
    """Every competency question: civickg's path vs raw pyoxigraph (and vs rdflib when asked)."""
    questions = sorted(querylib.load(project))
    civic_store, raw = open_store("oxigraph", project), raw_store(project)
    # The same on-disk store civickg opens, queried by pyoxigraph alone: civickg's own cost without the store's.
    on_disk = ox.Store.read_only(str(civic_store.path))  # type: ignore[attr-defined]
    memory = open_store("memory", project) if rdflib else None
    ratios, disk_ratios, slow, totals = {}, {}, {}, [0.0, 0.0, 0.0, 0.0]
    for name in questions:
        text = resolve(name, project).text
        run(name, civic_store, root=project)  # warm
        raw_query(on_disk, text)
        civic = median_time(lambda n=name: run(n, civic_store, root=project), repeat)
        plain = median_time(lambda t=text: raw_query(raw, t), repeat)
        totals[0] += civic
        totals[1] += plain
        totals[3] += (disk := median_time(lambda t=text: raw_query(on_disk, t), repeat))
        disk_ratios[name] = civic / max(disk, 1e-4)
        ratios[name] = civic / max(plain, 1e-4)
        if memory is not None:
            totals[2] += (rd := median_time(lambda n=name: run(n, memory, root=project), 1))
            slow[name] = rd / max(civic, 1e-4)
    worst, disk_worst = max(ratios, key=ratios.get), max(disk_ratios, key=disk_ratios.get)
    rows = [Row(f"query {label}: {len(questions)} questions, civickg vs raw pyoxigraph (sum of medians)", "≤ 1.2×",
                f"{totals[0] * 1000:,.0f} ms vs {totals[1] * 1000:,.0f} ms = {totals[0] / totals[1]:.2f}×",
                verdict(totals[0] / totals[1], 1.2)),
            Row(f"query {label}: the slowest question against raw ({worst})", "≤ 1.2×",
                f"{ratios[worst]:.2f}×", verdict(ratios[worst], 1.2)),
            Row(f"query {label}: civickg vs raw pyoxigraph on civickg's own on-disk store (sum of medians)", "≤ 1.2×",
                f"{totals[0] * 1000:,.0f} ms vs {totals[3] * 1000:,.0f} ms = {totals[0] / totals[3]:.2f}×",
                verdict(totals[0] / totals[3], 1.2)),
            Row(f"query {label}: the slowest question against raw on the same store ({disk_worst})", "≤ 1.2×",
                f"{disk_ratios[disk_worst]:.2f}×", verdict(disk_ratios[disk_worst], 1.2))]
    if memory is not None:
        least = min(slow, key=slow.get)
        rows.append(Row(f"query {label}: rdflib / civickg on Oxigraph (sum; the least: {least} {slow[least]:.1f}×)",
                        "≥ 8×", f"{totals[2] * 1000:,.0f} ms / {totals[0] * 1000:,.0f} ms = "
                        f"{totals[2] / totals[0]:.1f}×", verdict(totals[2] / totals[0], 8, below=False)))
    return rows


#: A process that opens (or loads) the store and answers every question, then prints its own peak resident
#: memory: VmHWM, which belongs to the process's memory since it started. ``ru_maxrss`` would not do: Linux
#: carries the parent's peak over into a child at fork and exec, so a child of a benchmark holding a large
#: corpus would report the benchmark's memory, not its own.
QUERY_PROCESS = """
import sys
from pathlib import Path
from civickg.sparql import library as querylib
from civickg.sparql.run import run
from civickg.stores import open_store
store = open_store("oxigraph", sys.argv[1])
for name in sorted(querylib.load(sys.argv[1])):
    run(name, store, root=sys.argv[1])
status = Path("/proc/self/status").read_text().splitlines()
print(next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmHWM")))
"""


def peak_query(project: Project, *, load: bool) -> float:
    """Peak resident memory (bytes) of a process that answers every question; with ``load`` it also loads the
    store (the first command after a build), else it opens the store already on disk."""
    if load:
        drop_managed_store(project)
    out = subprocess.run([sys.executable, "-c", QUERY_PROCESS, str(project.root)], capture_output=True, text=True,
                         check=True)
    return float(out.stdout.split()[-1])


def process_tree_peak(pid: int) -> float:
    """The summed peak resident memory (VmHWM) of ``pid`` and its children, in bytes (Linux /proc)."""
    total, pending = 0.0, [pid]
    while pending:
        current = pending.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += next(int(line.split()[1]) * 1024 for line in status.splitlines() if line.startswith("VmHWM"))
            for task in Path(f"/proc/{current}/task").iterdir():
                pending += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, StopIteration):
            continue
    return total


def endpoint_rows(project: Project, label: str, clients: int, seconds: float) -> list[Row]:
    """``civickg serve`` on Oxigraph under ``clients`` concurrent clients asking awards; and its peak memory."""
    query = querylib.load(project)["awards"].sparql()
    extra = ["--timeout", "10", "--cache-size", "0"]
    with bench_endpoint.endpoint(project.root, "oxigraph", extra) as (url, pid):
        for name in sorted(querylib.load(project)):
            bench_endpoint.httpx.get(url, params={"query": resolve(name, project).text}, timeout=60)
        phase = asyncio.run(bench_endpoint.load(url, query, clients, seconds, False, 10.0))
        peak = process_tree_peak(pid)
    p99 = phase.percentile(99) * 1000
    return [Row(f"endpoint {label}: {clients} clients asking awards, {seconds:g} s, answer cache off", "p99 < 200 ms",
                f"{phase.rate:,.0f} req/s, p99 {p99:,.0f} ms, {phase.errors} errors", verdict(p99, 200)),
            Row(f"memory {label}: civickg serve (server and workers, peak)", "< 1 GB",
                f"{peak / GIB:.2f} GB", verdict(peak / GIB, 1.0))]


def push_rows(project: Project, label: str) -> list[Row]:
    rows = []
    with tempfile.TemporaryDirectory(prefix="civickg-bench-servers-") as tmp:
        for name, start in bench_push.STARTERS.items():
            with start(Path(tmp) / name) as server:
                seconds, report = timed(lambda s=server: push(s.endpoint, project.built_file("trig"), project.ontology,
                                                              environ=s.environ))
            rate = report.triples / seconds
            rows.append(Row(f"push {label} into the {name} server ({len(report.replaced)} graphs)", "—",
                            f"{report.triples:,} triples in {seconds:.1f} s = {rate:,.0f} triples/s", "—"))
    return rows


def extraction_rows() -> list[Row]:
    """The extractor's quality targets (devset/targets.yaml), each on the split they are set for (the articles the
    rules were not written from), with its precision and the other splits' scores beside it."""
    targets = bench_extract_quality.load_targets()
    evaluation = evaluate_corpus(ROOT, split="all")
    splits, split = evaluation.splits, targets["split"]
    count = sum(1 for a in evaluation.articles if a.split == split)
    rows = []
    for target in targets["targets"]:
        kind, measure, floor = target["kind"], target["measure"], float(target["at_least"])
        score = splits[split][kind]
        others = ", ".join(f"{name} {getattr(scores[kind], measure):.3f}" for name, scores in splits.items()
                           if name != split)
        rows.append(Row(f"extract {LABELS[kind]} {measure} on the {split} split ({count} articles)",
                        f"≥ {floor:.2f}", f"{getattr(score, measure):.3f} (precision {score.precision:.3f}; {others})",
                        verdict(getattr(score, measure), floor, below=False)))
    return rows


def ingest_rows(articles: int) -> list[Row]:
    """Start-up, and ingest of generated articles against jieba.posseg.lcut over the same texts (scripts/
    bench_ingest.py); the verdict reads CPU time, which a shared machine disturbs less than the wall clock."""
    run = bench_ingest.measure(articles)
    return [Row("ingest start-up (a fresh process: imports, rules, dictionaries)", "< 3 s",
                f"{run.startup[0]:.2f} s (CPU {run.startup[1]:.2f} s)", verdict(run.startup[0], 3.0)),
            Row(f"ingest {run.articles:,} generated articles: jieba.posseg.lcut time / ingest time", "≥ 0.5×",
                f"{run.ratio(1):.2f}× CPU, {run.ratio(0):.2f}× wall ({run.ingest[1]:.1f} s vs {run.posseg[1]:.1f} s "
                "CPU)", verdict(run.ratio(1), 0.5, below=False)),
            Row(f"ingest one article more into those {run.articles:,} (civickg ingest FILE, after start-up)", "< 2 s",
                f"{run.one_more[1]:.2f} s ({run.one_more[0]:.2f} s without the declarations cache)",
                verdict(run.one_more[1], 2.0))]


def real_ingest_rows(limit: int | None) -> list[Row]:
    """Ingest of the repository's real pages against jieba.posseg.lcut over their clean texts (scripts/
    bench_ingest.py): the verdict reads the pages in simplified characters; on traditional ones jieba's model of
    unknown words is many times slower, and the ratio over all pages is shown beside."""
    run = bench_ingest.measure_real(limit)
    return [Row(f"ingest {run.articles} real pages (dev set, wild; {run.traditional} traditional): jieba.posseg.lcut "
                "time / ingest time", "≥ 0.5×",
                f"{run.ratio(1):.2f}× CPU on the {run.articles - run.traditional} simplified ({run.ingest[1]:.1f} s vs "
                f"{run.posseg[1]:.1f} s); {run.ratio(0):.2f}× on all", verdict(run.ratio(1), 0.5, below=False))]


def long_rows(copies: int) -> list[Row]:
    """Drafting a long article against a short one, per 1,000 characters (scripts/bench_long.py)."""
    short, long = bench_long.measure([1, copies])
    ratio = long.per_thousand / short.per_thousand
    return [Row(f"draft one article of {long.characters:,} characters against one of {short.characters:,} "
                "(CPU per 1,000 characters)", "≤ 2×",
                f"{long.per_thousand:.1f} ms vs {short.per_thousand:.1f} ms = {ratio:.2f}×", verdict(ratio, 2.0))]


def options() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="tiny sizes (builds of 3 and 6 articles, one query "
                        "corpus, 5 s of endpoint load): checks every row runs, measures little")
    parser.add_argument("--build-sizes", type=int, nargs="+", default=[10, 100, 1000],
                        help="articles per timed build (default 10 100 1000)")
    parser.add_argument("--incremental-in", type=int, default=1000,
                        help="the corpus (one of --build-sizes) in which one article is changed (default 1000)")
    parser.add_argument("--validate-sizes", type=int, nargs="*", default=[10, 100],
                        help="validate the builds of these sizes (one of --build-sizes each; default 10 100)")
    parser.add_argument("--triples", type=int, nargs="*", default=[100_000, 1_000_000],
                        help="query corpus sizes in triples, made from the largest build (default 100000 1000000; "
                             "none: no load, query, memory or endpoint rows)")
    parser.add_argument("--rdflib-up-to", type=int, default=100_000, help="compare rdflib up to this size (it is slow)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per timed query or load (median)")
    parser.add_argument("--clients", type=int, default=50, help="endpoint clients (default 50)")
    parser.add_argument("--seconds", type=float, default=20.0, help="endpoint load phase (default 20)")
    parser.add_argument("--no-push", action="store_true", help="skip the push rows (they start two servers)")
    parser.add_argument("--ingest-articles", type=int, default=1000,
                        help="generated articles ingested for the speed ratio (default 1000)")
    parser.add_argument("--real-pages", type=int, default=None,
                        help="real pages of each folder (devset/texts, devset/wild) ingested for the ratio "
                             "(default all)")
    parser.add_argument("--long-copies", type=int, default=16, help="the long article is the dev texts joined and "
                        "repeated this many times (default 16: about 330,000 characters)")
    parser.add_argument("--plan", action="store_true", help="print what would be measured, one line per step, and "
                        "measure nothing")
    args = parser.parse_args()
    if args.quick:
        args.build_sizes, args.incremental_in, args.triples, args.validate_sizes = [3, 6], 6, [0], [3]
        args.repeat, args.seconds, args.clients = 1, 5.0, 10
        args.ingest_articles, args.long_copies, args.real_pages = 40, 2, 3
    if args.incremental_in not in args.build_sizes:
        parser.error("--incremental-in must be one of --build-sizes")
    if not set(args.validate_sizes) <= set(args.build_sizes):
        parser.error("each of --validate-sizes must be one of --build-sizes")
    return args


def plan(args: argparse.Namespace) -> list[str]:
    """The steps a run with ``args`` takes, in order (``--plan``)."""
    steps = [f"build {size:,} articles" for size in sorted(args.build_sizes)]
    steps.append(f"rebuild after 1 of {args.incremental_in:,} annotations changed")
    steps += [f"validate {size:,} articles" for size in sorted(args.validate_sizes)]
    for target in args.triples:
        size = f"{target:,} triples" if target else "the largest build"
        with_rdflib = ", with rdflib" if target <= args.rdflib_up_to else ""
        steps.append(f"load, query{with_rdflib}, memory and endpoint ({args.clients} clients, {args.seconds:g} s) "
                     f"at {size}, {args.repeat} run(s) per timing")
    if not args.no_push:
        steps.append("push into the oxigraph server and into virtuoso")
    steps += ["score the extractor on the dev set (the targets on the heldout split)",
              f"ingest {args.ingest_articles:,} generated articles, and jieba.posseg over the same texts",
              f"ingest {'all' if args.real_pages is None else args.real_pages} real pages of devset/texts and of "
              "devset/wild, and jieba.posseg over their clean texts",
              f"draft one article of the dev texts repeated {args.long_copies} times, and one of them once"]
    return steps


def main() -> None:
    args = options()
    if args.plan:
        print("\n".join(plan(args)))
        return
    rows = Rows()
    with tempfile.TemporaryDirectory(prefix="civickg-bench-") as tmp:
        built: dict[int, tuple[Project, int, float]] = {}
        for size in sorted(args.build_sizes):
            print(f"building {size} articles …", file=sys.stderr)
            project, seconds, triples = build_corpus(Path(tmp) / f"synth-{size}", size)
            built[size] = (project, triples, seconds)
            rows.append(Row(f"build {size:,} articles ({triples:,} triples)", "flat s/article",
                            f"{seconds / size:.2f} s/article ({seconds:.1f} s)", "—"))
        project, _, uncached = built[args.incremental_in]
        seconds, full, reused = incremental(project)
        rows.append(Row(f"rebuild after 1 of {args.incremental_in:,} annotations changed ({len(reused):,} reused)",
                        "≪ full build", f"{seconds:.1f} s vs {uncached:.1f} s uncached = {seconds / uncached:.2f}× "
                        f"(every article cached: {full:.1f} s)", "—"))
        for size in sorted(args.validate_sizes):
            print(f"validating {size} articles …", file=sys.stderr)
            rows += validate_rows(built[size][0], size)
        largest, largest_triples, _ = built[max(built)]
        for target in args.triples:
            copies = max(1, round(target / largest_triples)) if target else 0
            corpus = largest
            if copies > 1:
                (Path(tmp) / f"x{copies}").mkdir()
                corpus = scaled(largest, copies, Path(tmp) / f"x{copies}")
            triples = sum(1 for _ in ox.parse(path=str(corpus.built_file("nq")), format=ox.RdfFormat.N_QUADS))
            label = f"{triples:,} triples"
            print(f"measuring at {label} …", file=sys.stderr)
            rows += load_rows(corpus, label, args.repeat)
            rows += query_rows(corpus, label, args.repeat, triples <= args.rdflib_up_to)
            for load, what in ((True, "loads the store, then every question"),
                               (False, "opens the stored build, then every question")):
                peak = peak_query(corpus, load=load)
                rows.append(Row(f"memory {label}: a query process that {what}", "< 1 GB",
                                f"{peak / GIB:.2f} GB", verdict(peak / GIB, 1.0)))
            rows += endpoint_rows(corpus, label, args.clients, args.seconds)
        if not args.no_push:
            rows += push_rows(largest, f"{largest_triples:,} triples")
    print("scoring the extractor, ingesting, drafting a long article …", file=sys.stderr)
    rows += extraction_rows()
    rows += ingest_rows(args.ingest_articles)
    rows += real_ingest_rows(args.real_pages)
    rows += long_rows(args.long_copies)
    print_table(rows)


def print_table(rows: list[Row]) -> None:
    print("| measurement | target | measured | verdict |")
    print("|---|---|---|---|")
    for row in rows:
        print(markdown(row))


if __name__ == "__main__":
    main()
