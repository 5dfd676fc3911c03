"""Draft the annotation file of an ingested article, keeping what a person has reviewed.

A file without ``status: draft`` is curated and never touched. In a draft file, items marked
``status: reviewed`` are kept as they are and every other item is replaced by the new draft.
"""

from __future__ import annotations

from collections.abc import Set as AbstractSet
from pathlib import Path
from typing import Any

import yaml

from civickg.extract.draft import draft_annotation
from civickg.extract.linking import (
    IdMaker,
    KnownEntities,
    KnownEntity,
    declarations,
    declared_in,
    normal_label,
    remember_declared,
)
from civickg.extract.writer import dump_draft
from civickg.project import Project
from civickg.sources.corpus import Article
from civickg.sources.encodings import write_bytes_atomic

#: libyaml's loader when PyYAML was built with it (the same mappings, several times faster), else PyYAML's own.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _load(path: Path) -> Any:
    """A YAML file of graph/annotations as plain data."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)


KINDS = ("entities", "facts", "observations", "mentions")
#: The class and rule of a byline name, by the metadata field that lists it.
BYLINE_CLASSES = {"reporters": ("Reporter", "person.byline.reporter"),
                  "correspondents": ("Correspondent", "person.byline.correspondent")}


def is_curated(annotation: dict[str, Any] | None) -> bool:
    """True for a file a person wrote or reviewed as a whole (no ``status: draft``)."""
    return annotation is not None and annotation.get("status") != "draft"


def reviewed_items(annotation: dict[str, Any] | None) -> dict[str, list[dict]]:
    """The items of a draft file marked ``status: reviewed``, by kind."""
    if not annotation:
        return {kind: [] for kind in KINDS}
    return {kind: [i for i in annotation.get(kind) or [] if isinstance(i, dict) and i.get("status") == "reviewed"]
            for kind in KINDS}


def _key(kind: str, item: dict) -> object:
    if kind == "facts":
        return (item.get("s"), item.get("p"), item.get("o"), item.get("value"))
    return item.get("id")


def merge(draft: dict[str, Any], kept: dict[str, list[dict]]) -> dict[str, Any]:
    """The new draft with the reviewed items kept first; a draft item that repeats one is left out."""
    merged = {key: value for key, value in draft.items() if key not in KINDS}
    for kind in KINDS:
        keys = {_key(kind, item) for item in kept[kind]}
        items = kept[kind] + [i for i in draft.get(kind) or [] if _key(kind, i) not in keys]
        if items or kind == "entities":
            merged[kind] = items
    return merged


def add_bylines(draft: dict[str, Any], article: Article, taken: AbstractSet[str]) -> None:
    """Give each reporter and correspondent of the metadata an entity of this article, as the build needs."""
    labelled = {e["zh"] for e in draft["entities"]}
    ids = IdMaker(taken, {e["id"] for e in draft["entities"]})
    for field, names in (("reporters", article.reporters), ("correspondents", article.correspondents)):
        cls, method = BYLINE_CLASSES[field]
        for name in names:
            if name in labelled or name not in article.text:
                continue
            draft["entities"].append({"id": ids.make(name), "class": cls, "zh": name, "en": name,
                                      "mention": name, "confidence": 0.9, "method": method})
            labelled.add(name)


class GrowingKnownEntities(KnownEntities):
    """Known entities that drafts add to as they are written."""

    def add(self, items: list[dict]) -> None:
        """Know these entities too (first label wins, as in ``KnownEntities``)."""
        for item in items:
            entity = KnownEntity.from_mapping(item)
            self.entities.append(entity)
            for label in (entity.zh, *entity.aliases):
                key = normal_label(label)
                if key:
                    self.by_label.setdefault(key, entity)
            self.ids.add(entity.id)


class ArticleDrafter:
    """Drafts ingested articles one after another, reading graph/annotations once and keeping up with its drafts.

    Calling it with an article writes graph/annotations/<article>.yaml as a draft (keeping reviewed items, never
    touching a curated file) and returns what it drafted, by kind. ``cache``: a folder where what each annotation
    file declares is kept by the file's hash (:func:`declarations`; `civickg ingest` uses build/cache/declared).
    """

    def __init__(self, folder: Path, cache: Path | None = None) -> None:
        self.folder, self.cache = folder, cache
        self.by_article: dict[str, list[dict]] = {}  # entities each file declares
        self.taken: set[str] = set()  # entity and observation ids declared anywhere
        for path in sorted(folder.glob("*.yaml")):
            self._record(declarations(path, cache))
        self.known = GrowingKnownEntities([e for items in self.by_article.values() for e in items])

    def _record(self, declared: dict[str, Any]) -> None:
        self.by_article[declared["article"]] = declared["entities"]
        self.taken.update(declared["taken"])

    def known_for(self, article_id: str, kept: list[dict]) -> KnownEntities:
        """The entities of every other article, and the reviewed ones of this article."""
        if article_id not in self.by_article and not kept:
            return self.known
        others = [e for art, items in self.by_article.items() if art != article_id for e in items]
        return KnownEntities([*others, *kept])

    def __call__(self, article: Article, project: Project) -> dict[str, int]:
        path = self.folder / f"{article.id}.yaml"
        existing = _load(path) if path.exists() else None
        if is_curated(existing):
            return {"curated": 1}
        kept = reviewed_items(existing)
        known = self.known_for(article.id, kept["entities"])
        draft = draft_annotation(article.id, article.text, known, year=article.year, ontology=project.ontology)
        add_bylines(draft, article, known.ids)
        own = {str(i["id"]) for items in ((existing or {}).get(k) or [] for k in ("entities", "observations"))
               for i in items if isinstance(i, dict) and "id" in i}
        unique_observation_ids(draft, self.taken, free=own)
        merged = merge(draft, kept)
        text = dump_draft(merged).encode("utf-8")
        path.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(path, text)
        declared = declared_in(merged)
        remember_declared(self.cache, text, declared)
        replaced = article.id in self.by_article
        self._record(declared)
        if replaced:
            self.known = GrowingKnownEntities([e for items in self.by_article.values() for e in items])
        else:
            self.known.add(merged["entities"])
        return {kind: len(draft.get(kind) or []) for kind in ("entities", "facts", "observations")}


def unique_observation_ids(draft: dict[str, Any], taken: AbstractSet[str],
                           free: AbstractSet[str] = frozenset()) -> None:
    """Give each drafted observation an id no other file declares (``-2``, ``-3``, … as needed).

    ``taken``: the ids declared anywhere; ``free``: those among them the article's own file declared, free again.
    """
    entity_ids = {e["id"] for e in draft["entities"]}
    used: set[str] = set()
    for item in draft.get("observations") or []:
        ident, n = item["id"], 1
        while ident in used or ident in entity_ids or (ident in taken and ident not in free):
            n += 1
            ident = f"{item['id']}-{n}"
        item["id"] = ident
        used.add(ident)


def draft_article(article: Article, project: Project) -> dict[str, int]:
    """Draft one article (``ArticleDrafter`` for many)."""
    return ArticleDrafter(project.annotations)(article, project)
