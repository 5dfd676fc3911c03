"""How many actions of `civickg review` turn each dev-set draft into its gold annotation (docs/review.md).

An item needs a change when the gold annotation does not have it as drafted: a drafted entity, fact or figure
the gold lacks is one reject (rejecting an entity also removes its facts and figures: those cost nothing more);
a gold item the draft lacks is one add (from a selection); an entity found with another class or English label
is one edit. Every other drafted item is right as drafted and is accepted by one "accept all ≥ 0". Entities
are matched by the words they are found at, as `civickg evaluate` matches them.

    python scripts/review_actions.py [--split dev|heldout|all]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from civickg.extract import KnownEntities, draft_annotation  # noqa: E402
from civickg.extract.evaluate import _fact_key, _obs_key, alignment, devset_articles  # noqa: E402
from civickg.extract.linking import declared_in_folder  # noqa: E402
from civickg.project import Project  # noqa: E402


def _entities(annotation: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {e["id"]: e for e in annotation.get("entities") or []}


def _classes(entity: dict[str, Any]) -> set[str]:
    value = entity.get("class")
    return set(value) if isinstance(value, list) else {str(value)}


def actions(draft: dict[str, Any], gold: dict[str, Any], text: str) -> dict[str, int]:
    """The counts of one article: drafted items, rejects, edits, adds, and actions (those plus one accept-all)."""
    _, _, mapping, _ = alignment(draft, gold, text)
    drafted = [e["id"] for e in draft.get("entities") or []]
    rejected = {i for i in drafted if i not in mapping}
    mine, theirs = _entities(draft), _entities(gold)
    pairs = [(mine[d], theirs[g]) for d, g in mapping.items() if d in mine and g in theirs]
    edits = sum(1 for d, g in pairs if _classes(d) != _classes(g)
                or str(d.get("en", "")).casefold() != str(g.get("en", "")).casefold())
    added = sum(1 for e in gold.get("entities") or [] if e["id"] not in set(mapping.values()))
    gold_facts = {_fact_key(f, None) for f in gold.get("facts") or []}
    kept_facts = [f for f in draft.get("facts") or [] if not {f.get("s"), f.get("o")} & rejected]
    fact_keys = {_fact_key(f, mapping) for f in kept_facts}
    gold_obs = [_obs_key(o, None, True) for o in gold.get("observations") or []]
    kept_obs = [o for o in draft.get("observations") or [] if not {o.get("indicator"), o.get("about")} & rejected]
    obs_keys = [_obs_key(o, mapping, True) for o in kept_obs]
    rejects = len(rejected) + sum(k not in gold_facts for k in fact_keys) + sum(k not in gold_obs for k in obs_keys)
    added += len(gold_facts - fact_keys) + sum(k not in obs_keys for k in gold_obs)
    items = len(drafted) + len(draft.get("facts") or []) + len(draft.get("observations") or []) + \
        len(draft.get("mentions") or [])
    return {"items": items, "reject": rejects, "edit": edits, "add": added, "actions": rejects + edits + added + 1}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=("dev", "heldout", "all"))
    args = parser.parse_args()
    project = Project.find(ROOT)
    print("| article | characters | drafted items | reject | edit | add | actions |")
    print("|---|---|---|---|---|---|---|")
    declared = declared_in_folder(project.annotations)
    for art in devset_articles(project.root / "devset", args.split):
        known = KnownEntities.from_declarations(declared, exclude=[art.id])
        draft = draft_annotation(art.id, art.text, known, year=art.year, ontology=project.ontology)
        n = actions(draft, art.gold, art.text)
        print(f"| {art.id} | {len(art.text):,} | {n['items']} | {n['reject']} | {n['edit']} | {n['add']} | "
              f"{n['actions']} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
