"""Benchmark `civickg ingest`: start-up, and 1,000 generated articles of about 1,000 characters taken in from a
temporary folder (decode, clean, extract, link, write the source and the draft; no build), against plain
jieba.posseg.lcut over the same texts in the same run. Run: python scripts/bench_ingest.py [--articles N]

The articles are saved in turn as UTF-8, GBK, UTF-16 with BOM and UTF-8 with BOM, and ingested into a
temporary copy of the project (its ontology/ and graph/), so the repository is not touched.
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CODECS = ("utf-8", "gbk", "utf-16", "utf-8-sig")


def generated_articles(count: int) -> list[str]:
    """The articles scripts/bench_extract.py generates (same generator, same seed)."""
    spec = importlib.util.spec_from_file_location("bench_extract", ROOT / "scripts" / "bench_extract.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rng = random.Random(0)
    return [module.article(rng) for _ in range(count)]


def startup_seconds() -> tuple[float, float]:
    """Wall and CPU seconds for a fresh process to import the ingest path and load the rules and dictionaries."""
    code = ("import time; t = time.perf_counter(); c = time.process_time(); import civickg.sources.ingest, "
            "civickg.extract.annotate; from civickg.extract.draft import extractor; extractor(); "
            "print(time.perf_counter() - t, time.process_time() - c)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    wall, cpu = map(float, out.stdout.split())
    return wall, cpu


@dataclass
class IngestTimes:
    """One run of :func:`measure`: seconds (wall, CPU) of each part, and the ingest report."""

    articles: int
    characters: int
    startup: tuple[float, float]
    ingest: tuple[float, float]
    posseg: tuple[float, float]
    summary: str

    def ratio(self, clock: int) -> float:
        """jieba.posseg's time over ingest's (0: wall clock, 1: CPU); the target is at least 0.5."""
        return self.posseg[clock] / self.ingest[clock]


def measure(count: int) -> IngestTimes:
    """Start-up in a fresh process, then ``count`` generated articles ingested into a temporary project copy, then
    jieba.posseg.lcut over the same texts."""
    texts = generated_articles(count)
    startup = startup_seconds()

    from civickg.extract.annotate import ArticleDrafter
    from civickg.extract.draft import extractor
    from civickg.project import Project
    from civickg.sources.ingest import IngestOptions, ingest_paths

    extractor()  # loaded once before both timings, as start-up is measured on its own
    import jieba.posseg

    with tempfile.TemporaryDirectory(prefix="civickg-bench-ingest-") as tmp:
        folder, project = Path(tmp) / "articles", Project(Path(tmp) / "project")
        folder.mkdir()
        for name in ("ontology", "graph"):
            shutil.copytree(ROOT / name, project.root / name)
        for n, text in enumerate(texts):
            (folder / f"bench-{n:04d}.txt").write_bytes(text.encode(CODECS[n % len(CODECS)]))
        t0, c0 = time.perf_counter(), time.process_time()
        report = ingest_paths([folder], project, IngestOptions(date="2024-03-01"),
                              drafter=ArticleDrafter(project.annotations))
        ingest = time.perf_counter() - t0, time.process_time() - c0

    t0, c0 = time.perf_counter(), time.process_time()
    for text in texts:
        jieba.posseg.lcut(text)
    posseg = time.perf_counter() - t0, time.process_time() - c0
    return IngestTimes(len(texts), sum(len(t) for t in texts), startup, ingest, posseg, report.summary())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    run = measure(parser.parse_args().articles)
    (wall, cpu), n = run.ingest, run.articles
    rows = [
        ("articles (characters)", f"{n} ({run.characters})", "", ""),
        ("start-up (fresh process: imports, rules, dictionaries) s", f"{run.startup[0]:.2f}", f"{run.startup[1]:.2f}",
         "target < 3"),
        ("ingest, all articles s", f"{wall:.2f}", f"{cpu:.2f}", ""),
        ("  per article ms", f"{1000 * wall / n:.1f}", f"{1000 * cpu / n:.1f}", ""),
        ("jieba.posseg.lcut, same texts s", f"{run.posseg[0]:.2f}", f"{run.posseg[1]:.2f}", ""),
        ("speed ratio (posseg time / ingest time)", f"{run.ratio(0):.2f}", f"{run.ratio(1):.2f}", "target >= 0.5"),
    ]
    print(f"{'measure':<58} {'wall':>14} {'cpu':>8}  target")
    for name, wall_cell, cpu_cell, target in rows:
        print(f"{name:<58} {wall_cell:>14} {cpu_cell:>8}  {target}")
    print(run.summary)


if __name__ == "__main__":
    main()
