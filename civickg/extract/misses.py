"""What a draft misses and adds against its gold annotation, item by item: the lists behind the scores of
:mod:`civickg.extract.evaluate`, compared exactly as the metric compares them, for a person writing rules.

- **entities**: gold entities no draft entity aligns to (missed), draft entities aligned to none (extra);
- **facts**: gold facts the draft does not state (missed), drafted facts the gold does not state (extra);
- **figures**: gold figures (value, unit) no drafted figure matches (missed), drafted figures no gold figure
  matches (extra).

Each item carries its words (label, class, mention or quote) and, for a drafted item, the rule that made it.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from civickg.extract.evaluate import Annotation, _fact_key, _obs_key, alignment

KINDS = ("entities", "facts", "figures")


def _entity_item(ent: Annotation) -> dict[str, Any]:
    cls = ent.get("class")
    item = {"id": str(ent["id"]), "zh": str(ent.get("zh", "")),
            "class": cls if isinstance(cls, str) else ", ".join(map(str, cls or [])),
            "mention": str(ent.get("mention", ent.get("zh", "")))}
    if ent.get("method"):
        item["method"] = str(ent["method"])
    return item


def _names(annotation: Annotation) -> dict[str, str]:
    return {str(e["id"]): str(e.get("zh", e["id"])) for e in annotation.get("entities") or []}


def _fact_item(fact: Annotation, key: tuple[str, str, str], names: dict[str, str]) -> dict[str, Any]:
    """A fact in words: its subject and object by their labels (a literal as printed), the quote, the rule."""
    subject = names.get(str(fact["s"]), str(fact["s"]))
    obj = names.get(str(fact["o"]), str(fact["o"]).removeprefix("civic:")) if "o" in fact else str(fact["value"])
    item = {"s": subject, "p": key[1], "o": obj, "quote": str(fact.get("quote", ""))}
    if fact.get("method"):
        item["method"] = str(fact["method"])
    return item


def _figure_item(obs: Annotation) -> dict[str, Any]:
    what = {"value": obs["value"], "unit": obs.get("unit")} if "value" in obs else {"rank": obs.get("rank")}
    item = {**what, "quote": str(obs.get("quote", ""))}
    if obs.get("method"):
        item["method"] = str(obs["method"])
    return item


def _unmatched(items: list[tuple[Any, Any]], other: Counter) -> list[Any]:
    """The items (key, value) whose key ``other`` does not hold, each key of ``other`` used once."""
    left, out = Counter(other), []
    for key, value in items:
        if left[key] > 0:
            left[key] -= 1
        else:
            out.append(value)
    return out


def differences(draft: Annotation, gold: Annotation, text: str) -> dict[str, dict[str, list[dict[str, Any]]]]:
    """``{kind: {"missed": [...], "extra": [...]}}`` for entities, facts and figures of one article."""
    _, _, mapping, same = alignment(draft, gold, text)
    aligned_gold = set(mapping.values())
    out: dict[str, dict[str, list[dict[str, Any]]]] = {}
    out["entities"] = {
        "missed": [_entity_item(e) for e in gold.get("entities") or [] if str(e["id"]) not in aligned_gold],
        "extra": [_entity_item(e) for e in draft.get("entities") or [] if str(e["id"]) not in mapping]}
    g_facts = [(_fact_key(f, None), f) for f in gold.get("facts") or []]
    d_facts = [(_fact_key(f, same), f) for f in draft.get("facts") or []]
    g_keys, d_keys = {k for k, _ in g_facts}, {k for k, _ in d_facts}
    g_names, d_names = _names(gold), _names(draft)
    out["facts"] = {
        "missed": [_fact_item(f, k, g_names) for k, f in _first_of_each(g_facts) if k not in d_keys],
        "extra": [_fact_item(f, k, d_names) for k, f in _first_of_each(d_facts) if k not in g_keys]}
    g_obs = [(_obs_key(o, None, False), o) for o in gold.get("observations") or []]
    d_obs = [(_obs_key(o, None, False), o) for o in draft.get("observations") or []]
    out["figures"] = {
        "missed": [_figure_item(o) for o in _unmatched(g_obs, Counter(k for k, _ in d_obs))],
        "extra": [_figure_item(o) for o in _unmatched(d_obs, Counter(k for k, _ in g_obs))]}
    return out


def _first_of_each(facts: list[tuple[tuple, Annotation]]) -> list[tuple[tuple, Annotation]]:
    """Each distinct key once (facts are scored as a set), with the first fact that states it."""
    seen: set[tuple] = set()
    out = []
    for key, fact in facts:
        if key not in seen:
            seen.add(key)
            out.append((key, fact))
    return out


def _line(kind: str, side: str, item: dict[str, Any]) -> str:
    rule = f"  [{item['method']}]" if "method" in item else ""
    if kind == "entities":
        words = f"{item['zh']} ({item['class']})" + (f"  «{item['mention']}»" if item["mention"] != item["zh"] else "")
    elif kind == "facts":
        words = f"{item['s']} —{item['p']}→ {item['o']}  «{item['quote']}»"
    else:
        what = f"{item['value']} {item['unit'] or ''}".strip() if "value" in item else f"rank {item['rank']}"
        words = f"{what}  «{item['quote']}»"
    return f"  {side:<6} {kind[:-1] if kind != 'entities' else 'entity':<7} {words}{rule}"


def render_differences(found: list[tuple[str, str, dict[str, Any]]]) -> str:
    """A plain-text listing: per article (id, split), the missed then the extra items of each kind."""
    rows = []
    for article, split, diff in found:
        counts = ", ".join(f"{len(diff[k]['missed'])} missed and {len(diff[k]['extra'])} extra {k}" for k in KINDS)
        rows.append(f"== {article} ({split}): {counts}")
        for kind in KINDS:
            rows += [_line(kind, side, item) for side in ("missed", "extra") for item in diff[kind][side]]
    return "\n".join(rows)
