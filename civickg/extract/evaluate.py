"""Comparing a draft with a curated (gold) annotation of the same article text."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import Any

from civickg.extract.linking import normal_label

Span = tuple[int, int]


@dataclass
class Score:
    """Counts of one comparison: matched and total on each side."""

    matched_draft: int = 0
    draft: int = 0
    matched_gold: int = 0
    gold: int = 0

    @property
    def precision(self) -> float:
        return self.matched_draft / self.draft if self.draft else 0.0

    @property
    def recall(self) -> float:
        return self.matched_gold / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(self.matched_draft + other.matched_draft, self.draft + other.draft,
                     self.matched_gold + other.matched_gold, self.gold + other.gold)

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4)}


KINDS = ("entities", "entities_typed", "facts", "indicators", "indicator_values")
LABELS = {"entities": "entities (overlap)", "entities_typed": "entities (overlap + class)",
          "facts": "facts (s, p, o)", "indicators": "indicators (value, unit, area)",
          "indicator_values": "indicators (value, unit)"}


@dataclass
class ArticleScore:
    """The scores of one article."""

    article: str
    scores: dict[str, Score]

    def as_dict(self) -> dict[str, Any]:
        return {"article": self.article, **{k: v.as_dict() for k, v in self.scores.items()}}


@dataclass
class Evaluation:
    """Scores per article and over all of them (micro: counts added before dividing)."""

    articles: list[ArticleScore] = field(default_factory=list)

    @property
    def overall(self) -> dict[str, Score]:
        total = {k: Score() for k in KINDS}
        for art in self.articles:
            for k in KINDS:
                total[k] = total[k] + art.scores[k]
        return total

    def as_dict(self) -> dict[str, Any]:
        return {"articles": [a.as_dict() for a in self.articles],
                "overall": {k: v.as_dict() for k, v in self.overall.items()}}


def _find_all(text: str, needle: str) -> list[Span]:
    spans, start = [], 0
    if not needle:
        return spans
    while True:
        idx = text.find(needle, start)
        if idx < 0:
            return spans
        spans.append((idx, idx + len(needle)))
        start = idx + 1


def _nth(text: str, needle: str, occurrence: int) -> list[Span]:
    found = _find_all(text, needle)
    return [found[occurrence - 1]] if len(found) >= occurrence else found[:1]


def entity_spans(annotation: dict[str, Any], text: str) -> dict[str, list[Span]]:
    """Each entity's spans: its mention (the occurrence meant), and where its label and aliases occur."""
    spans: dict[str, list[Span]] = {}
    for ent in annotation.get("entities") or []:
        found = _nth(text, str(ent.get("mention", "")), int(ent.get("occurrence", 1)))
        for label in [ent.get("zh", ""), *(ent.get("aliases") or [])]:
            found += _find_all(text, str(label))
            bare = str(label).strip("“”《》")
            if bare != label:
                found += _find_all(text, bare)
        spans[str(ent["id"])] = sorted(set(found))
    for men in annotation.get("mentions") or []:
        found = _nth(text, str(men["quote"]), int(men.get("occurrence", 1)))
        spans.setdefault(str(men["id"]), [])
        spans[str(men["id"])] = sorted(set(spans[str(men["id"])] + found))
    return spans


def _classes(annotation: dict[str, Any]) -> dict[str, set[str]]:
    out = {}
    for ent in annotation.get("entities") or []:
        cls = ent.get("class")
        out[str(ent["id"])] = {cls} if isinstance(cls, str) else set(cls or [])
    return out


def _overlap(a: list[Span], b: list[Span]) -> float:
    best = 0.0
    for s1, e1 in a:
        for s2, e2 in b:
            inter = min(e1, e2) - max(s1, s2)
            if inter > 0:
                best = max(best, inter / (max(e1, e2) - min(s1, s2)))
    return best


def align(draft_spans: dict[str, list[Span]], gold_spans: dict[str, list[Span]],
          accept: Any = None) -> dict[str, str]:
    """One-to-one alignment of draft entities to gold entities, best overlap first."""
    pairs = []
    for d, ds in draft_spans.items():
        for g, gs in gold_spans.items():
            if accept is not None and not accept(d, g):
                continue
            score = 1.0 if d == g else _overlap(ds, gs)
            if score > 0:
                pairs.append((-score, d, g))
    pairs.sort()
    used_d, used_g, mapping = set(), set(), {}
    for _, d, g in pairs:
        if d not in used_d and g not in used_g:
            mapping[d] = g
            used_d.add(d)
            used_g.add(g)
    return mapping


def _norm_value(value: Any) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int | float):
        return f"{float(value):g}"
    return normal_label(str(value))


def _fact_key(fact: dict[str, Any], mapping: dict[str, str]) -> tuple:
    s = mapping.get(str(fact["s"]), "draft:" + str(fact["s"]))
    if "o" in fact:
        o = str(fact["o"])
        return s, fact["p"], o if ":" in o else mapping.get(o, "draft:" + o)
    return s, fact["p"], "value:" + _norm_value(fact["value"])


def _set_score(draft: list[tuple], gold: list[tuple]) -> Score:
    gold_set, draft_set = set(gold), set(draft)
    return Score(len(draft_set & gold_set), len(draft_set), len(gold_set & draft_set), len(gold_set))


def _obs_key(obs: dict[str, Any], mapping: dict[str, str] | None, with_area: bool) -> tuple:
    unit = "%" if obs.get("unit") == "％" else obs.get("unit")
    value = _norm_value(obs["value"]) if "value" in obs else None
    what = (value, unit) if value is not None else ("rank", normal_label(str(obs.get("rank", ""))))
    if not with_area:
        return what
    about = str(obs["about"])
    return (*what, mapping.get(about, "draft:" + about) if mapping is not None else about)


def evaluate(draft: dict[str, Any], gold: dict[str, Any], text: str) -> ArticleScore:
    """Compare one draft with its gold annotation over the article's clean text."""
    d_spans, g_spans = entity_spans(draft, text), entity_spans(gold, text)
    d_spans = {k: v for k, v in d_spans.items() if v}
    g_declared = {str(e["id"]) for e in gold.get("entities") or []} | {str(m["id"]) for m in gold.get("mentions") or []}
    g_spans = {k: v for k, v in g_spans.items() if k in g_declared}
    mapping = align(d_spans, g_spans)
    d_cls, g_cls = _classes(draft), _classes(gold)
    typed = align(d_spans, g_spans, accept=lambda d, g: bool(d_cls.get(d, set()) & g_cls.get(g, set()))
                  or (d == g))
    scores = {
        "entities": Score(len(mapping), len(d_spans), len(mapping), len(g_spans)),
        "entities_typed": Score(len(typed), len(d_spans), len(typed), len(g_spans)),
    }
    identity = {g: g for g in g_spans}
    scores["facts"] = _set_score([_fact_key(f, mapping) for f in draft.get("facts") or []],
                                 [_fact_key(f, identity) for f in gold.get("facts") or []])
    scores["indicators"] = _set_score([_obs_key(o, mapping, True) for o in draft.get("observations") or []],
                                      [_obs_key(o, None, True) for o in gold.get("observations") or []])
    scores["indicator_values"] = _set_score([_obs_key(o, None, False) for o in draft.get("observations") or []],
                                            [_obs_key(o, None, False) for o in gold.get("observations") or []])
    return ArticleScore(str(gold.get("article", draft.get("article", ""))), scores)


def evaluate_many(items: Iterable[tuple[dict[str, Any], dict[str, Any], str]]) -> Evaluation:
    """Evaluate (draft, gold, text) triples; the overall scores are micro-averaged."""
    return Evaluation([evaluate(d, g, t) for d, g, t in items])


def render_table(evaluation: Evaluation) -> str:
    """A plain-text table: one block per article and one for all of them."""
    rows = [f"{'article':<34} {'what':<32} {'P':>6} {'R':>6} {'F1':>6}  {'draft':>5} {'gold':>5}"]
    blocks = [(a.article, a.scores) for a in evaluation.articles]
    if len(evaluation.articles) > 1:
        blocks.append(("all (micro)", evaluation.overall))
    for name, scores in blocks:
        for kind in KINDS:
            sc = scores[kind]
            rows.append(f"{name:<34} {LABELS[kind]:<32} {sc.precision:6.3f} {sc.recall:6.3f} {sc.f1:6.3f}  "
                        f"{sc.draft:5d} {sc.gold:5d}")
    return "\n".join(rows)
