"""Benchmark `civickg ingest`: start-up, and 1,000 generated articles of about 1,000 characters taken in from a
temporary folder (decode, clean, extract, link, write the source and the draft; no build), against plain
jieba.posseg.lcut over the same texts in the same run, in turns of 100 articles; then the same comparison on the
real pages of the repository (the dev set's texts and the wild pages), one by one.
Run: python scripts/bench_ingest.py [--articles N] [--no-real]

The articles are saved in turn as UTF-8, GBK, UTF-16 with BOM and UTF-8 with BOM, and ingested into a
temporary copy of the project (its ontology/ and graph/), so the repository is not touched. The copy lies in the
project's build/ folder by default, on the file system a real ingest writes to (``--workdir`` puts it elsewhere:
creating a file in some machines' /tmp costs ten times what it costs beside the project).
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
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from civickg.extract.annotate import ArticleDrafter
    from civickg.project import Project

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
    one_more: tuple[float, float]  # without and with the declarations cache
    summary: str

    def ratio(self, clock: int) -> float:
        """jieba.posseg's time over ingest's (0: wall clock, 1: CPU); the target is at least 0.5."""
        return self.posseg[clock] / self.ingest[clock]


def project_copy(tmp: Path) -> tuple[Project, ArticleDrafter]:
    """A copy of the project's ontology/ and graph/ in ``tmp`` (the repository is not touched), and the drafter
    `civickg ingest` uses for it, which reads the annotations once."""
    from civickg.extract.annotate import ArticleDrafter
    from civickg.project import Project

    project = Project(tmp / "project")
    for name in ("ontology", "graph"):
        shutil.copytree(ROOT / name, project.root / name)
    return project, ArticleDrafter(project.annotations, project.declared_cache)


def _made(folder: Path | None) -> Path | None:
    """``folder``, made if missing (None: the system's temporary folder)."""
    if folder is not None:
        folder.mkdir(parents=True, exist_ok=True)
    return folder


def measure(count: int, block: int = 100, workdir: Path | None = ROOT / "build") -> IngestTimes:
    """Start-up in a fresh process, then ``count`` generated articles ingested into a temporary project copy and
    jieba.posseg.lcut over the same texts, in turns of ``block`` articles (ingest a block, tag the same block), so
    that a change in the machine's load during the run falls on both sides alike."""
    texts = generated_articles(count)
    startup = startup_seconds()

    from civickg.extract.draft import extractor
    from civickg.sources.ingest import IngestOptions, IngestReport, ingest_paths

    extractor()  # loaded once before both timings, as start-up is measured on its own
    import jieba.posseg

    ingest, posseg, reports = [0.0, 0.0], [0.0, 0.0], []
    with tempfile.TemporaryDirectory(prefix="civickg-bench-ingest-", dir=_made(workdir)) as tmp:
        project, drafter = project_copy(Path(tmp))
        for start in range(0, len(texts), block):
            folder = Path(tmp) / f"articles-{start:05d}"
            folder.mkdir()
            for n in range(start, min(start + block, len(texts))):
                (folder / f"bench-{n:04d}.txt").write_bytes(texts[n].encode(CODECS[n % len(CODECS)]))
            t0, c0 = time.perf_counter(), time.process_time()
            report = ingest_paths([folder], project, IngestOptions(date="2024-03-01"), drafter=drafter)
            ingest[0] += time.perf_counter() - t0
            ingest[1] += time.process_time() - c0
            reports.append(report)
            t0, c0 = time.perf_counter(), time.process_time()
            for text in texts[start:start + block]:
                jieba.posseg.lcut(text)
            posseg[0] += time.perf_counter() - t0
            posseg[1] += time.process_time() - c0
        one = _one_more(Path(tmp), project, texts)
    summary = IngestReport([o for r in reports for o in r.outcomes], ingest[0]).summary()
    return IngestTimes(len(texts), sum(len(t) for t in texts), startup, (ingest[0], ingest[1]),
                       (posseg[0], posseg[1]), one, summary)


#: the real pages of the repository: the dev set's texts (dev and heldout) and the wild pages, with their metadata
REAL = ((ROOT / "devset" / "texts", None), (ROOT / "devset" / "wild", ROOT / "devset" / "wild" / "sources.tsv"))


@dataclass
class RealTimes:
    """One run of :func:`measure_real`: CPU seconds of ingest and of jieba.posseg.lcut, on all the pages and on
    those printed in simplified characters (jieba's model of unknown words is slow on traditional text)."""

    articles: int
    traditional: int
    characters: int
    ingest: tuple[float, float]      # (all pages, simplified pages)
    posseg: tuple[float, float]

    def ratio(self, which: int) -> float:
        """jieba.posseg's CPU time over ingest's (0: all pages, 1: the simplified ones; NaN without any)."""
        return self.posseg[which] / self.ingest[which] if self.ingest[which] else float("nan")


def measure_real(limit: int | None = None, block: int = 10, workdir: Path | None = ROOT / "build") -> RealTimes:
    """The real pages (``limit`` of each folder, or all) ingested into a temporary project copy (decoded, cleaned,
    extracted, stored, drafted) one by one, in turns of ``block`` files, each turn followed by jieba.posseg.lcut over
    the clean texts of the same pages; CPU time."""
    from civickg.extract.draft import extractor
    from civickg.extract.text import simplify
    from civickg.sources.corpus import load_source
    from civickg.sources.ingest import IngestOptions, SourceIndex, article_files, ingest_one
    from civickg.sources.table import read_table

    extractor()
    import jieba.posseg

    ingest, posseg, counts = [0.0, 0.0], [0.0, 0.0], [0, 0, 0]
    with tempfile.TemporaryDirectory(prefix="civickg-bench-real-", dir=_made(workdir)) as tmp:
        project, drafter = project_copy(Path(tmp))
        index = SourceIndex(project.sources)
        for folder, meta in REAL:
            rows = read_table(meta) if meta is not None else {}
            files = article_files([folder])[:limit]
            for start in range(0, len(files), block):
                spent: list[tuple[float, str | None]] = []
                for path in files[start:start + block]:
                    c0 = time.process_time()
                    outcome = ingest_one(path, project, IngestOptions(date="2024-03-01").for_file(path, rows), drafter,
                                         index)
                    spent.append((time.process_time() - c0, outcome.article_id if outcome.status == "ingested"
                                  else None))
                for seconds, ident in spent:
                    if ident is None:
                        continue
                    text = load_source(project.sources / f"{ident}.yaml")[0][0].text     # the clean text stored
                    c0 = time.process_time()
                    jieba.posseg.lcut(text)
                    tagged = time.process_time() - c0
                    simplified = not simplify(text).traditional
                    ingest[0] += seconds
                    posseg[0] += tagged
                    if simplified:
                        ingest[1] += seconds
                        posseg[1] += tagged
                    counts[0] += 1
                    counts[1] += not simplified
                    counts[2] += len(text)
    return RealTimes(counts[0], counts[1], counts[2], (ingest[0], ingest[1]), (posseg[0], posseg[1]))


def _one_more(tmp: Path, project: object, texts: list[str]) -> tuple[float, float]:
    """Seconds to ingest one article more into the project as `civickg ingest FILE` does (a fresh source index and
    drafter, which read every stored metadata file and what every annotation file declares): without the
    declarations cache, then with it (as the blocks' drafter, like the command, filled it)."""
    from civickg.extract.annotate import ArticleDrafter
    from civickg.sources.ingest import IngestOptions, ingest_paths

    seconds = []
    for n, cache in enumerate((None, project.declared_cache)):
        path = tmp / f"one-more-{n}.txt"
        path.write_text(texts[n].replace("。", "。\n", 1), encoding="utf-8")
        t0 = time.perf_counter()
        ingest_paths([path], project, IngestOptions(date="2024-03-01"), drafter=ArticleDrafter(project.annotations,
                                                                                               cache))
        seconds.append(time.perf_counter() - t0)
    return seconds[0], seconds[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--no-real", action="store_true", help="leave out the real pages (devset/texts, devset/wild)")
    parser.add_argument("--workdir", type=Path, default=ROOT / "build",
                        help="where the temporary project copy is made (default: build/, beside the project)")
    parse = parser.parse_args()
    run = measure(parse.articles, workdir=parse.workdir)
    (wall, cpu), n = run.ingest, run.articles
    rows = [
        ("articles (characters)", f"{n} ({run.characters})", "", ""),
        ("start-up (fresh process: imports, rules, dictionaries) s", f"{run.startup[0]:.2f}", f"{run.startup[1]:.2f}",
         "target < 3"),
        ("ingest, all articles s", f"{wall:.2f}", f"{cpu:.2f}", ""),
        ("  per article ms", f"{1000 * wall / n:.1f}", f"{1000 * cpu / n:.1f}", ""),
        ("jieba.posseg.lcut, same texts s", f"{run.posseg[0]:.2f}", f"{run.posseg[1]:.2f}", ""),
        (f"one article more into the {n:,}: civickg ingest FILE s", f"{run.one_more[1]:.2f}", "", ""),
        ("  the same without the declarations cache s", f"{run.one_more[0]:.2f}", "", ""),
        ("speed ratio (posseg time / ingest time)", f"{run.ratio(0):.2f}", f"{run.ratio(1):.2f}", "target >= 0.5"),
    ]
    if not parse.no_real:
        real = measure_real(workdir=parse.workdir)
        rows += [
            (f"real pages: {real.articles} (dev set and wild; {real.traditional} traditional), {real.characters} chars",
             "", "", ""),
            ("  speed ratio, the simplified pages", "", f"{real.ratio(1):.2f}", "target >= 0.5"),
            ("  speed ratio, all pages", "", f"{real.ratio(0):.2f}", ""),
        ]
    print(f"{'measure':<58} {'wall':>14} {'cpu':>8}  target")
    for name, wall_cell, cpu_cell, target in rows:
        print(f"{name:<58} {wall_cell:>14} {cpu_cell:>8}  {target}")
    print(run.summary)


if __name__ == "__main__":
    main()
