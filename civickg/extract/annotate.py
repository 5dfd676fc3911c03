"""Draft the annotation file of an ingested article, keeping what a person has reviewed.

A file without ``status: draft`` is curated and never touched. In a draft file, items marked
``status: reviewed`` are kept as they are and every other item is replaced by the new draft.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from civickg.extract.draft import draft_annotation
from civickg.extract.linking import IdMaker, KnownEntities
from civickg.extract.writer import write_draft
from civickg.project import Project
from civickg.sources.corpus import Article

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


def add_bylines(draft: dict[str, Any], article: Article, taken: set[str]) -> None:
    """Give each reporter and correspondent of the metadata an entity of this article, as the build needs."""
    labelled = {e["zh"] for e in draft["entities"]}
    ids = IdMaker(taken | {e["id"] for e in draft["entities"]})
    for field, names in (("reporters", article.reporters), ("correspondents", article.correspondents)):
        cls, method = BYLINE_CLASSES[field]
        for name in names:
            if name in labelled or name not in article.text:
                continue
            draft["entities"].append({"id": ids.make(name), "class": cls, "zh": name, "en": name,
                                      "mention": name, "confidence": 0.9, "method": method})
            labelled.add(name)


def ids_declared(folder: Path, *, exclude: str) -> set[str]:
    """Every entity and observation id declared in the annotation files of a folder but one article's."""
    taken: set[str] = set()
    for path in sorted(folder.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        if data.get("article") != exclude:
            taken.update(str(i["id"]) for kind in ("entities", "observations") for i in data.get(kind) or []
                         if isinstance(i, dict) and "id" in i)
    return taken


def unique_observation_ids(draft: dict[str, Any], taken: set[str]) -> None:
    """Give each drafted observation an id no other file declares (``-2``, ``-3``, … as needed)."""
    used = set(taken) | {e["id"] for e in draft["entities"]}
    for item in draft.get("observations") or []:
        ident, n = item["id"], 1
        while ident in used:
            n += 1
            ident = f"{item['id']}-{n}"
        item["id"] = ident
        used.add(ident)


def draft_article(article: Article, project: Project) -> dict[str, int]:
    """Write graph/annotations/<article>.yaml as a draft (keeping reviewed items); return what was drafted."""
    path = project.annotations / f"{article.id}.yaml"
    existing = yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else None
    if is_curated(existing):
        return {"curated": 1}
    kept = reviewed_items(existing)
    known = KnownEntities.from_annotations(project.annotations, exclude=[article.id])
    known = KnownEntities([*known.entities, *kept["entities"]])
    draft = draft_annotation(article.id, article.text, known, year=article.year,
                             ontology=project.ontology)
    add_bylines(draft, article, set(known.ids))
    unique_observation_ids(draft, ids_declared(project.annotations, exclude=article.id))
    merged = merge(draft, kept)
    write_draft(merged, path)
    return {kind: len(draft.get(kind) or []) for kind in ("entities", "facts", "observations")}

