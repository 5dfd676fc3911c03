"""Commands for the extractor: evaluate its drafts against the dev set and the seed annotations."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from civickg.cli.common import console, project_of, status


def register(sub: argparse._SubParsersAction) -> None:
    """Add evaluate."""
    p = sub.add_parser("evaluate", help="score the extractor's drafts against gold annotations (P, R, F1)",
                       description="Draft each dev-set article (devset/: meta/, texts/, gold/) and each seed "
                                   "article (graph/annotations) afresh with the extractor, compare every draft "
                                   "with its gold annotation and print precision, recall and F1 for entities "
                                   "(overlapping spans; spans and class), facts (subject, predicate, object "
                                   "after aligning entities) and indicator values, per article, per split and "
                                   "overall (micro). The metric: docs/extraction.md.")
    p.add_argument("--gold", metavar="DIR", type=Path,
                   help="the dev set (a folder with meta/, texts/, gold/) or its gold/ folder (default: devset/)")
    p.add_argument("--split", choices=("dev", "heldout", "seed", "all"), default="all",
                   help="which articles: the dev set's dev or heldout split, the seed articles, or all (default)")
    p.add_argument("--by", choices=("predicate", "class", "confidence"),
                   help="break the scores down instead: facts by predicate, entities by class (precision over "
                        "the draft's entities of the class, recall over the gold's), or the drafted entities and "
                        "facts by confidence band (how often a draft item of that confidence is right: precision "
                        "only), per split and overall")
    p.add_argument("--misses", action="store_true",
                   help="list, per article, the gold entities, facts and figures the draft misses and the drafted "
                        "ones the gold does not have, each with its words and rule (compared as the scores compare "
                        "them; for writing rules: keep the heldout split out of it)")
    p.add_argument("--article", metavar="ID", action="append", default=[],
                   help="only this article (repeatable)")
    p.add_argument("--json", action="store_true", help="print the scores (or the misses) as JSON")
    p.set_defaults(handler=cmd_evaluate)


def cmd_evaluate(args: argparse.Namespace) -> int:
    from civickg.extract.evaluate import drafted_articles, evaluate_many, render_breakdown, render_table

    project = project_of(args)
    with status("drafting and scoring each article"):
        items = drafted_articles(project, gold=args.gold, split=args.split, only=args.article)
    if args.misses:
        return _print_misses(items, args.json)
    evaluation = evaluate_many(items)
    if args.by and args.json:
        breakdown = {name: {key: score.as_dict() for key, score in scores.items()}
                     for name, scores in evaluation.breakdown(args.by).items()}
        print(json.dumps(breakdown, ensure_ascii=False, indent=1))
    elif args.by:
        console.print(render_breakdown(evaluation, args.by), markup=False, soft_wrap=True)
    elif args.json:
        print(json.dumps(evaluation.as_dict(), ensure_ascii=False, indent=1))
    else:
        console.print(render_table(evaluation), markup=False, soft_wrap=True)
    return 0


def _print_misses(items: list, as_json: bool) -> int:
    from civickg.extract.misses import differences, render_differences

    found = [(str(gold.get("article", "")), split, differences(draft, gold, text))
             for draft, gold, text, split in items]
    if as_json:
        print(json.dumps([{"article": a, "split": s, **d} for a, s, d in found], ensure_ascii=False, indent=1))
    else:
        console.print(render_differences(found), markup=False, soft_wrap=True)
    return 0
