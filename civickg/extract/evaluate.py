"""Comparing drafts with curated (gold) annotations of the same article text: precision, recall, F1.

The metric (docs/extraction.md, "Metrics"):

- **entities** — each entity's spans are the occurrence its ``mention`` names and every occurrence of
  its label and aliases (entities listed under ``mentions:`` have their quotes). A draft entity and a
  gold entity align when a span of one overlaps a span of the other; the alignment is one to one, the
  pairs with the largest overlap (intersection over union of the best pair of spans) first. Ids play
  no part. ``entities (overlap + class)`` aligns the same way but only pairs sharing a class.
- **facts** — (subject, predicate, object) with draft ids replaced by the gold ids they align to
  (a subject or object that aligns to nothing cannot match; a draft entity left out of the one-to-one
  alignment still stands for the gold entity it names by an identical span, as a second draft entity for
  the same thing says nothing new); predicates compared without ``civic:``,
  literal values normalised (numbers by value, text by its simplified, unquoted form). Each distinct
  triple counts once.
- **indicator values** — (value, unit) of each figure, or ("rank", rank) for a figure that states only
  a rank; ``indicators`` also needs the aligned area (``about``). Figures are counted as a multiset:
  two figures with the same value are two figures.

Precision is matched draft items / draft items, recall matched gold items / gold items; both are
undefined (``None``, printed "–") when there is nothing to divide by. Totals are micro-averaged: the
counts of all articles are added before dividing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from civickg.errors import CivicError
from civickg.extract.devset import SPLITS, load_devset
from civickg.extract.draft import draft_annotation
from civickg.extract.linking import KnownEntities, declarations, declared_in_folder, normal_label
from civickg.project import Project
from civickg.sources.corpus import load_corpus
from civickg.sources.yamlio import load_yaml

Span = tuple[int, int]
Annotation = dict[str, Any]
SEED = "seed"   # the split of the project's own articles: the rules were written from them
FIGURE = "Indicator"   # a statistic: aligned with statistics before things (a count and its group print alike)


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
        """Counts and rounded ratios; a ratio with nothing to divide by is None."""
        return {"matched_draft": self.matched_draft, "draft": self.draft, "matched_gold": self.matched_gold,
                "gold": self.gold, "precision": round(self.precision, 4) if self.draft else None,
                "recall": round(self.recall, 4) if self.gold else None,
                "f1": round(self.f1, 4) if self.draft and self.gold else None}


KINDS = ("entities", "entities_typed", "facts", "facts_reachable", "indicator_values", "indicators")
LABELS = {"entities": "entities (overlap)", "entities_typed": "entities (overlap + class)",
          "facts": "facts (s, p, o)", "facts_reachable": "facts with both ends found",
          "indicator_values": "indicators (value, unit)", "indicators": "indicators (value, unit, area)"}


@dataclass
class ArticleScore:
    """The scores of one article, and the split it belongs to (dev, heldout, seed; empty if not given)."""

    article: str
    scores: dict[str, Score]
    split: str = ""
    #: the same comparisons broken down: "predicate" (facts by predicate), "class" (entities by class),
    #: "confidence" (drafted entities and facts by their confidence: precision only)
    by: dict[str, dict[str, Score]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {"article": self.article, "split": self.split, **{k: v.as_dict() for k, v in self.scores.items()}}


def _total(articles: Iterable[ArticleScore]) -> dict[str, Score]:
    total = {k: Score() for k in KINDS}
    for art in articles:
        for k in KINDS:
            total[k] = total[k] + art.scores[k]
    return total


@dataclass
class Evaluation:
    """Scores per article, per split and over all of them (micro: counts added before dividing)."""

    articles: list[ArticleScore] = field(default_factory=list)

    @property
    def overall(self) -> dict[str, Score]:
        return _total(self.articles)

    @property
    def splits(self) -> dict[str, dict[str, Score]]:
        """Micro totals of each split, in the order the splits first appear."""
        names = list(dict.fromkeys(a.split for a in self.articles if a.split))
        return {name: _total(a for a in self.articles if a.split == name) for name in names}

    def breakdown(self, by: str) -> dict[str, dict[str, Score]]:
        """Micro totals per key of ``by`` (predicate, class or confidence): for each split, then for all articles;
        the most common in the gold first, confidence bands in order."""
        out: dict[str, dict[str, Score]] = {}
        for name in [*self.splits, "all"]:
            total: dict[str, Score] = {}
            for art in self.articles:
                if name in ("all", art.split):
                    for key, score in art.by.get(by, {}).items():
                        total[key] = total.get(key, Score()) + score
            order = (lambda kv: kv[0]) if by == "confidence" else (lambda kv: (-kv[1].gold, -kv[1].draft, kv[0]))
            out[name] = dict(sorted(total.items(), key=order))
        return out

    def as_dict(self) -> dict[str, Any]:
        return {"articles": [a.as_dict() for a in self.articles],
                "splits": {name: {k: v.as_dict() for k, v in scores.items()} for name, scores in self.splits.items()},
                "overall": {k: v.as_dict() for k, v in self.overall.items()}}


# ---------------------------------------------------------------------------------------- entities

def _find_all(text: str, needle: str) -> list[Span]:
    spans, start = [], 0
    if not needle:
        return spans
    while (idx := text.find(needle, start)) >= 0:
        spans.append((idx, idx + len(needle)))
        start = idx + 1
    return spans


def _nth(text: str, needle: str, occurrence: int) -> list[Span]:
    found = _find_all(text, needle)
    return [found[occurrence - 1]] if len(found) >= occurrence else found[:1]


def entity_spans(annotation: Annotation, text: str) -> dict[str, list[Span]]:
    """Each entity's spans: its mention (the occurrence meant), and where its label and aliases occur;
    for ids under ``mentions:``, their quotes. Every declared id is a key, even one with no span."""
    spans: dict[str, set[Span]] = {}
    for ent in annotation.get("entities") or []:
        found = set(_nth(text, str(ent.get("mention", "")), int(ent.get("occurrence", 1))))
        for label in [ent.get("zh", ""), *(ent.get("aliases") or [])]:
            found.update(_find_all(text, str(label)))
            bare = str(label).strip("“”《》")
            if bare != label:
                found.update(_find_all(text, bare))
        spans.setdefault(str(ent["id"]), set()).update(found)
    for men in annotation.get("mentions") or []:
        found = set(_nth(text, str(men["quote"]), int(men.get("occurrence", 1))))
        spans.setdefault(str(men["id"]), set()).update(found)
    return {key: sorted(value) for key, value in spans.items()}


def _classes(annotation: Annotation) -> dict[str, set[str]]:
    out = {}
    for ent in annotation.get("entities") or []:
        cls = ent.get("class")
        names = [cls] if isinstance(cls, str) else list(cls or [])
        out[str(ent["id"])] = {str(n).removeprefix("civic:") for n in names}
    return out


def overlap(a: list[Span], b: list[Span]) -> float:
    """The best intersection over union of a span of ``a`` with a span of ``b`` (0 when none overlap)."""
    best = 0.0
    for s1, e1 in a:
        for s2, e2 in b:
            inter = min(e1, e2) - max(s1, s2)
            if inter > 0:
                best = max(best, inter / (max(e1, e2) - min(s1, s2)))
    return best


def align(draft_spans: dict[str, list[Span]], gold_spans: dict[str, list[Span]],
          accept: Callable[[str, str], bool] | None = None,
          prefer: Callable[[str, str], bool] | None = None,
          kind: Callable[[str, str], bool] | None = None) -> dict[str, str]:
    """One-to-one alignment of draft entities to gold entities by overlapping spans, best overlap first; pairs of
    one ``kind`` (a figure with a figure, a thing with a thing) before the others, and among equal overlaps the
    pairs ``prefer`` accepts first (a group and its count printed alike: each to its own), then by id, so the
    result is deterministic."""
    pairs = []
    for d, ds in draft_spans.items():
        for g, gs in gold_spans.items():
            if accept is not None and not accept(d, g):
                continue
            score = overlap(ds, gs)
            if score > 0:
                pairs.append((kind is not None and not kind(d, g), -score, prefer is not None and not prefer(d, g),
                              d, g))
    pairs.sort()
    used_g: set[str] = set()
    mapping: dict[str, str] = {}
    for *_, d, g in pairs:
        if d not in mapping and g not in used_g:
            mapping[d] = g
            used_g.add(g)
    return mapping


def same_entity(draft_spans: dict[str, list[Span]], gold_spans: dict[str, list[Span]],
                mapping: dict[str, str]) -> dict[str, str]:
    """``mapping`` extended, for facts, to draft entities it leaves out that name a gold entity by exactly
    the same words at the same place (a second draft entity for one thing, such as a short name kept apart):
    each goes to the gold entity with which it shares the most identical spans (ties by id)."""
    extended = dict(mapping)
    for d, ds in draft_spans.items():
        if d in mapping or not ds:
            continue
        exact = set(ds)
        shared = sorted((-len(exact & set(gs)), g) for g, gs in gold_spans.items() if exact & set(gs))
        if shared:
            extended[d] = shared[0][1]
    return extended


# ---------------------------------------------------------------------------------------- facts, figures

def normal_value(value: Any) -> str:
    """A literal as compared: numbers by exact value (8.40 is 8.4), booleans lower case, text normalised."""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, int | float | Decimal):
        try:
            return format(Decimal(str(value)).normalize(), "f")
        except InvalidOperation:
            return str(value)
    return normal_label(str(value))


def _fact_key(fact: Annotation, mapping: dict[str, str] | None) -> tuple[str, str, str]:
    """(subject, predicate, object); draft ids become the gold ids they align to (``mapping``)."""
    def ident(name: Any) -> str:
        name = str(name)
        return name if mapping is None else mapping.get(name, "unaligned:" + name)

    predicate = str(fact["p"]).removeprefix("civic:")
    if "o" in fact:
        o = str(fact["o"])
        return ident(fact["s"]), predicate, o.removeprefix("civic:") if ":" in o else ident(o)
    return ident(fact["s"]), predicate, "value:" + normal_value(fact["value"])


def _obs_key(obs: Annotation, mapping: dict[str, str] | None, with_area: bool) -> tuple:
    unit = "%" if obs.get("unit") == "％" else obs.get("unit")
    what = (normal_value(obs["value"]), unit) if "value" in obs else ("rank", normal_label(str(obs.get("rank", ""))))
    if not with_area:
        return what
    about = str(obs["about"])
    return (*what, about if mapping is None else mapping.get(about, "unaligned:" + about))


def set_score(draft: Iterable[tuple], gold: Iterable[tuple]) -> Score:
    """Distinct items on each side; an item matches when the other side has it too."""
    draft_set, gold_set = set(draft), set(gold)
    both = len(draft_set & gold_set)
    return Score(both, len(draft_set), both, len(gold_set))


def multiset_score(draft: Iterable[tuple], gold: Iterable[tuple]) -> Score:
    """Items counted with repetition; each gold item matches at most one draft item."""
    d, g = Counter(draft), Counter(gold)
    both = sum((d & g).values())
    return Score(both, sum(d.values()), both, sum(g.values()))


def _by_predicate(draft_keys: set[tuple], gold_keys: set[tuple]) -> dict[str, Score]:
    """Fact scores per predicate: ``set_score`` over the keys of each predicate."""
    predicates = sorted({key[1] for key in draft_keys | gold_keys})
    return {p: set_score({k for k in draft_keys if k[1] == p}, {k for k in gold_keys if k[1] == p})
            for p in predicates}


def _by_class(mapping: dict[str, str], d_cls: dict[str, set[str]], g_cls: dict[str, set[str]],
              d_ids: Iterable[str], g_ids: Iterable[str]) -> dict[str, Score]:
    """Entity scores per class (overlap alignment): precision over the draft's entities of the class,
    recall over the gold's; an entity of two classes counts under each."""
    out: dict[str, Score] = {}
    aligned_gold = set(mapping.values())
    for d in d_ids:
        for cls in d_cls.get(d) or {"(none)"}:
            score = out.setdefault(cls, Score())
            score.matched_draft, score.draft = score.matched_draft + int(d in mapping), score.draft + 1
    for g in g_ids:
        for cls in g_cls.get(g) or {"(none)"}:
            score = out.setdefault(cls, Score())
            score.matched_gold, score.gold = score.matched_gold + int(g in aligned_gold), score.gold + 1
    return out


def _band(confidence: Any) -> str:
    """The band of a drafted item's confidence, as ``0.4–0.5`` (the top band ``0.9–1.0`` holds 1.0)."""
    try:
        tenth = min(max(int(float(confidence) * 10 + 1e-9), 0), 9)
    except (TypeError, ValueError):
        return "none"
    return f"{tenth / 10:.1f}–{(tenth + 1) / 10:.1f}"


def _by_confidence(draft: Annotation, mapping: dict[str, str], same: dict[str, str],
                   g_facts: set[tuple[str, str, str]]) -> dict[str, Score]:
    """How often the draft is right at each confidence: every drafted entity (aligned to a gold one) and fact (in the
    gold) counted in the band of its ``confidence``, under ``entities 0.4–0.5``, ``facts 0.4–0.5``… Only precision is
    defined (the gold has no confidence): what a reviewer can trust at a given confidence."""
    out: dict[str, Score] = {}
    rows = [("entities", e.get("confidence"), str(e["id"]) in mapping) for e in draft.get("entities") or []]
    rows += [("facts", f.get("confidence"), _fact_key(f, same) in g_facts) for f in draft.get("facts") or []]
    for kind, confidence, right in rows:
        score = out.setdefault(f"{kind} {_band(confidence)}", Score())
        score.matched_draft, score.draft = score.matched_draft + int(right), score.draft + 1
    return out


def alignment(draft: Annotation, gold: Annotation, text: str) -> tuple[dict[str, list[Span]], dict[str, list[Span]],
                                                                      dict[str, str], dict[str, str]]:
    """The entities' spans on each side, the one-to-one alignment of draft entities to gold ones, and that
    alignment extended for facts (:func:`same_entity`): what every comparison of a draft with its gold reads."""
    d_spans, g_spans = entity_spans(draft, text), entity_spans(gold, text)
    d_cls, g_cls = _classes(draft), _classes(gold)
    mapping = align(d_spans, g_spans, prefer=lambda d, g: bool(d_cls.get(d, set()) & g_cls.get(g, set())),
                    kind=lambda d, g: (FIGURE in d_cls.get(d, set())) == (FIGURE in g_cls.get(g, set())))
    return d_spans, g_spans, mapping, same_entity(d_spans, g_spans, mapping)


def reachable(g_facts: set[tuple[str, str, str]], g_spans: dict[str, list[Span]], found: set[str]) -> Score:
    """The gold facts whose subject, and object when it is an entity, the draft found (``found``: the gold ids
    draft entities align to): the most fact recall any reading of relations could reach with these entities. Its
    recall is that ceiling; it has no precision."""
    reached = sum(s in found and (o not in g_spans or o in found) for s, _p, o in g_facts)
    return Score(0, 0, reached, len(g_facts))


def evaluate(draft: Annotation, gold: Annotation, text: str, *, split: str = "") -> ArticleScore:
    """Compare one draft with its gold annotation over the article's clean text."""
    d_spans, g_spans, mapping, same = alignment(draft, gold, text)
    d_cls, g_cls = _classes(draft), _classes(gold)
    typed = align(d_spans, g_spans, accept=lambda d, g: bool(d_cls.get(d, set()) & g_cls.get(g, set())))
    d_obs, g_obs = draft.get("observations") or [], gold.get("observations") or []
    d_facts = {_fact_key(f, same) for f in draft.get("facts") or []}
    g_facts = {_fact_key(f, None) for f in gold.get("facts") or []}
    scores = {
        "entities": Score(len(mapping), len(d_spans), len(mapping), len(g_spans)),
        "entities_typed": Score(len(typed), len(d_spans), len(typed), len(g_spans)),
        "facts": set_score(d_facts, g_facts),
        "facts_reachable": reachable(g_facts, g_spans, set(same.values())),
        "indicator_values": multiset_score([_obs_key(o, None, False) for o in d_obs],
                                           [_obs_key(o, None, False) for o in g_obs]),
        "indicators": multiset_score([_obs_key(o, mapping, True) for o in d_obs],
                                     [_obs_key(o, None, True) for o in g_obs]),
    }
    by = {"predicate": _by_predicate(d_facts, g_facts),
          "class": _by_class(mapping, d_cls, g_cls, d_spans, g_spans),
          "confidence": _by_confidence(draft, mapping, same, g_facts)}
    return ArticleScore(str(gold.get("article", draft.get("article", ""))), scores, split, by)


def evaluate_many(items: Iterable[tuple[Any, ...]]) -> Evaluation:
    """Evaluate (draft, gold, text) or (draft, gold, text, split) tuples; totals are micro-averaged."""
    return Evaluation([evaluate(*item[:3], split=str(item[3]) if len(item) > 3 else "") for item in items])


# ---------------------------------------------------------------------------------------- table

def _ratio(value: float, defined: bool) -> str:
    return f"{value:6.3f}" if defined else f"{'–':>6}"


def _rows(name: str, split: str, scores: dict[str, Score]) -> list[str]:
    rows = []
    for kind in KINDS:
        sc = scores[kind]
        rows.append(f"{name:<48} {split:<8} {LABELS[kind]:<31} {_ratio(sc.precision, bool(sc.draft))} "
                    f"{_ratio(sc.recall, bool(sc.gold))} {_ratio(sc.f1, bool(sc.draft and sc.gold))}  "
                    f"{sc.draft:5d} {sc.gold:5d}")
    return rows


def render_table(evaluation: Evaluation) -> str:
    """A plain-text table: one block per article, one per split and one for all of them."""
    rows = [f"{'article':<48} {'split':<8} {'what':<31} {'P':>6} {'R':>6} {'F1':>6}  {'draft':>5} {'gold':>5}"]
    for art in evaluation.articles:
        rows += _rows(art.article, art.split, art.scores)
    splits = evaluation.splits
    if len(evaluation.articles) > 1:
        for name, scores in splits.items():
            rows += _rows(f"all {name} articles (micro)", name, scores)
        rows += _rows("all articles (micro)", "all", evaluation.overall)
    return "\n".join(rows)


def render_breakdown(evaluation: Evaluation, by: str) -> str:
    """A plain-text table of the scores per predicate (facts), per class (entities) or per confidence band (drafted
    entities and facts: precision only), per split and overall, the most common in the gold first."""
    what = {"predicate": "facts by predicate", "class": "entities by class",
            "confidence": "drafted entities and facts by confidence: how often right"}[by]
    rows = [f"{'split':<8} {by:<24} {'P':>6} {'R':>6} {'F1':>6}  {'draft':>5} {'gold':>5}   ({what})"]
    for name, scores in evaluation.breakdown(by).items():
        for key, sc in scores.items():
            gold = f"{sc.gold:5d}" if by != "confidence" else f"{'–':>5}"
            rows.append(f"{name:<8} {key:<24} {_ratio(sc.precision, bool(sc.draft))} "
                        f"{_ratio(sc.recall, bool(sc.gold))} {_ratio(sc.f1, bool(sc.draft and sc.gold))}  "
                        f"{sc.draft:5d} {gold}")
    return "\n".join(rows)


# ---------------------------------------------------------------------------------------- the dev set and the seed

@dataclass(frozen=True)
class GoldArticle:
    """One article to evaluate on: its clean text, its gold annotation, its split and the year of its figures."""

    id: str
    split: str
    text: str
    gold: Annotation
    year: int | None


def devset_articles(folder: Path, split: str = "all") -> list[GoldArticle]:
    """The dev-set articles of ``folder`` (a dev set with meta/, texts/, gold/, or its gold/ folder)."""
    root, gold_dir = (folder, folder / "gold") if (folder / "meta").is_dir() else (folder.parent, folder)
    found = []
    for art in load_devset(root, split):
        gold_path = gold_dir / f"{art.id}.yaml"
        if not gold_path.exists():
            raise CivicError(f"no gold annotation for dev-set article '{art.id}'", file=gold_path,
                             hint="write it (devset/README.md, 'Adding an article') or remove its meta file")
        date = str(art.meta.get("date") or "")
        found.append(GoldArticle(art.id, art.split, art.text(), _plain(load_yaml(gold_path, error=CivicError)),
                                 int(date[:4]) if date[:4].isdigit() else None))
    return found


def seed_articles(project: Project) -> list[GoldArticle]:
    """The project's own articles with a curated annotation file (split ``seed``), drafts left out (known as drafts
    from what each file declares, kept by its hash in build/cache/declared/, without parsing them whole)."""
    cache = project.declared_cache
    curated = [path for path in sorted(project.annotations.glob("*.yaml"))
               if declarations(path, cache).get("status") != "draft"]
    if not curated:
        return []
    corpus = load_corpus(project.sources)
    found = []
    for path in curated:
        gold = _plain(load_yaml(path, error=CivicError))
        if not isinstance(gold, dict) or gold.get("status") == "draft":
            continue
        article = corpus.article(str(gold["article"]))
        found.append(GoldArticle(article.id, SEED, article.text, gold, article.year))
    return found


def _plain(value: Any) -> Any:
    """YAML with line numbers as plain dicts and lists."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def drafted_articles(root: Project | Path | str | None = None, *, gold: Path | None = None, split: str = "all",
                     only: Iterable[str] = ()) -> list[tuple[Annotation, Annotation, str, str]]:
    """(draft, gold, text, split) for every dev-set article (``gold``, default devset/) and seed article, each
    drafted afresh; ``only`` keeps the articles of these ids (an unknown id is an error).

    ``split`` is dev, heldout, seed or all. Drafts link to the entities the project's annotations declare,
    except those of the article itself.
    """
    project = Project.of(root)
    if split not in (*SPLITS, SEED, "all"):
        raise CivicError(f"unknown split '{split}'", hint=f"use one of: {', '.join((*SPLITS, SEED, 'all'))}")
    articles = [] if split == SEED else devset_articles(gold or project.root / "devset", split)
    if split in (SEED, "all"):
        articles += seed_articles(project)
    wanted = list(only)
    unknown = sorted(set(wanted) - {a.id for a in articles})
    if unknown:
        raise CivicError(f"no article '{unknown[0]}' in the {split} split" if split != "all" else
                         f"no article '{unknown[0]}' in the dev set or the seed",
                         hint="civickg evaluate --split all lists every article's id")
    items = []
    declared = declared_in_folder(project.annotations, project.declared_cache)
    for art in articles:
        if wanted and art.id not in wanted:
            continue
        known = KnownEntities.from_declarations(declared, exclude=[art.id])
        draft = draft_annotation(art.id, art.text, known, year=art.year, ontology=project.ontology)
        items.append((draft, art.gold, art.text, art.split))
    return items


def evaluate_corpus(root: Project | Path | str | None = None, *, gold: Path | None = None,
                    split: str = "all") -> Evaluation:
    """Draft every dev-set article and seed article afresh and score each draft (:func:`drafted_articles`)."""
    return evaluate_many(drafted_articles(root, gold=gold, split=split))
