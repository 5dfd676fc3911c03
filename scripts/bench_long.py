"""Benchmark drafting against an article's length: does a long article cost in proportion to its length?

The dev set's dev-split texts, joined into one article, are drafted once as they are and once repeated
(16 times by default, about 330,000 characters: a long work report saved whole, or a page of many articles).
Each draft's CPU time is printed per 1,000 characters, and the ratio of the long one's to the short one's:
about 1 when the cost grows with the length, far more when some reading compares every name with every other.
Run: python scripts/bench_long.py [--copies 1 4 16]
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


@dataclass
class LongDraft:
    """One draft of the joined text: its length, CPU seconds and what it drafted."""

    copies: int
    characters: int
    seconds: float
    entities: int

    @property
    def per_thousand(self) -> float:
        """CPU milliseconds per 1,000 characters."""
        return 1_000_000 * self.seconds / self.characters


def measure(copies: list[int]) -> list[LongDraft]:
    """Draft the dev texts joined, repeated each number of ``copies`` times (the extractor loaded before)."""
    from civickg.extract import draft_annotation
    from civickg.extract.devset import load_devset

    text = "\n".join(a.text() for a in load_devset(ROOT / "devset", "dev"))
    draft_annotation("warm-up", text[:2000], year=2024)
    out = []
    for n in copies:
        article = "\n".join([text] * n)
        started = time.process_time()
        draft = draft_annotation("long", article, year=2024)
        out.append(LongDraft(n, len(article), time.process_time() - started, len(draft["entities"])))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, nargs="+", default=[1, 4, 16],
                        help="how many times the joined dev texts are repeated, one draft each (default 1 4 16)")
    runs = measure(sorted(set(parser.parse_args().copies)))
    print(f"{'copies':>6} {'characters':>11} {'CPU s':>8} {'ms/1,000 chars':>15} {'ratio':>6} {'entities':>9}")
    for run in runs:
        print(f"{run.copies:>6} {run.characters:>11,} {run.seconds:>8.2f} {run.per_thousand:>15.1f} "
              f"{run.per_thousand / runs[0].per_thousand:>6.2f} {run.entities:>9,}")


if __name__ == "__main__":
    main()
