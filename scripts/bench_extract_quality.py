"""How good are the extractor's drafts? Draft every dev-set and seed article afresh, score each against its
gold annotation, print the table (per article, per split, overall) and the targets of devset/targets.yaml
beside the heldout scores, with the precision next to each. Run: python scripts/bench_extract_quality.py

Exit code 0 whether or not the targets are met: this measures, it does not gate.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from civickg.extract.evaluate import LABELS, evaluate_corpus, render_table  # noqa: E402


def load_targets() -> dict:
    """devset/targets.yaml: the split the targets hold on, and each target's kind, measure and floor."""
    return yaml.safe_load((ROOT / "devset" / "targets.yaml").read_text(encoding="utf-8"))


def target_lines(splits: dict, targets: dict) -> list[str]:
    """Each target beside the score it sets, on every split, with the precision next to it."""
    lines = [f"{'target (' + targets['split'] + ')':<44} {'split':<8} {'score':>6} {'target':>7}  {'P':>6}  met"]
    for target in targets["targets"]:
        kind, measure, floor = target["kind"], target["measure"], float(target["at_least"])
        for split, scores in splits.items():
            score = scores[kind]
            value = getattr(score, measure)
            defined = score.gold if measure == "recall" else score.gold and score.draft
            met = "yes" if defined and value >= floor else "no"
            flag = met if split == targets["split"] else f"({met})"
            lines.append(f"{LABELS[kind] + ' ' + measure:<44} {split:<8} {value:6.3f} {'≥ ' + f'{floor:.2f}':>7}  "
                         f"{score.precision:6.3f}  {flag}")
    return lines


def main() -> int:
    targets = load_targets()
    evaluation = evaluate_corpus(ROOT, split="all")
    print(render_table(evaluation))
    print()
    splits = {**evaluation.splits, "all": evaluation.overall}
    print("\n".join(target_lines(splits, targets)))
    print(f"\nTargets hold on the {targets['split']} split (articles the rules were not written from); "
          "the other splits are shown in brackets for comparison.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
