"""Read curated annotation files and check them against the schema, ontology and articles."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from civickg.annotations.checks import check_references, check_terms
from civickg.annotations.model import Annotations, Entity, Fact, Mention, Observation
from civickg.annotations.schema import check_schema, load_schema
from civickg.errors import AnnotationError
from civickg.evidence import Review
from civickg.ontology.model import Ontology
from civickg.sources.yamlio import LineList, load_yaml


def _as_tuple(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, (list, LineList)):
        return tuple(str(v) for v in value)
    return (str(value),)


def review_of(item: Any, file_level: Review) -> Review:
    """An item's review marks: its own status, else the file's; its confidence and rule; the reviewer and
    date (its own, else the file's) when it is reviewed."""
    status = item.get("status") or file_level.status
    if status is None and "confidence" not in item and "method" not in item:
        return Review()
    conf = item.get("confidence")
    reviewed = status == "reviewed"
    date = item.get("reviewed_on") or file_level.date
    return Review(status=status, confidence=None if conf is None else float(conf), method=item.get("method"),
                  reviewer=(item.get("reviewed_by") or file_level.reviewer) if reviewed else None,
                  date=str(date) if reviewed and date else None)


def file_review(doc: Any) -> Review:
    """The file-level status, reviewer and date (``status: draft`` on a file the extractor wrote)."""
    date = doc.get("reviewed_on")
    return Review(status=doc.get("status"), reviewer=doc.get("reviewed_by"), date=None if date is None else str(date))


Parts = tuple[str, list[Entity], list[Fact], list[Observation], list[Mention]]


def read_file(path: Path, schema: dict[str, Any]) -> Parts:
    """Parse one annotation file into its parts (no cross-file checks); each item with its review marks."""
    return read_reviewed(path, schema)[1]


def read_reviewed(path: Path, schema: dict[str, Any]) -> tuple[Review, Parts]:
    """The file's own status, reviewer and date, and its parts."""
    doc = load_yaml(path)
    if doc is None:
        raise AnnotationError("the file is empty", file=path, line=1,
                              hint="start from the example in graph/annotations/README.md")
    check_schema(doc, schema, path)
    article = str(doc["article"])
    where = str(path)
    top = file_review(doc)
    entities = [Entity(id=e["id"], classes=_as_tuple(e["class"]), zh=str(e["zh"]), en=str(e["en"]),
                       aliases=_as_tuple(e.get("aliases")), en_aliases=_as_tuple(e.get("en_aliases")),
                       mention=str(e["mention"]), occurrence=int(e.get("occurrence", 1)),
                       note=e.get("note"), article=article, file=where, line=e.line, review=review_of(e, top))
                for e in doc.get("entities") or []]
    facts = [Fact(s=f["s"], p=f["p"], o=f.get("o"), value=f.get("value"), datatype=f.get("datatype"),
                  quote=str(f["quote"]), occurrence=int(f.get("occurrence", 1)), note=f.get("note"),
                  article=article, file=where, line=f.line, review=review_of(f, top))
             for f in doc.get("facts") or []]
    observations = [Observation(id=o["id"], indicator=o["indicator"], about=o["about"],
                                period=int(o["period"]), value=o.get("value"), unit=o.get("unit"),
                                change=o.get("change"), rank=o.get("rank"), at_least=o.get("at_least"),
                                planned=o.get("planned"), quote=str(o["quote"]),
                                occurrence=int(o.get("occurrence", 1)), zh=o.get("zh"), en=o.get("en"),
                                note=o.get("note"), article=article, file=where, line=o.line,
                                review=review_of(o, top))
                    for o in doc.get("observations") or []]
    mentions = [Mention(id=m["id"], quote=str(m["quote"]), occurrence=int(m.get("occurrence", 1)),
                        article=article, file=where, line=m.line, review=review_of(m, top))
                for m in doc.get("mentions") or []]
    return top, (article, entities, facts, observations, mentions)


def load_annotations(folder: Path, schema_path: Path, ontology: Ontology,
                     article_ids: set[str]) -> Annotations:
    """Read every ``*.yaml`` in ``folder`` and check ids, terms and references across files."""
    schema = load_schema(schema_path)
    result = Annotations()
    declared_at: dict[str, str] = {}
    files = sorted(folder.glob("*.yaml"))
    if not files:
        raise AnnotationError("no annotation files (*.yaml)", file=folder,
                              hint="add one per article (see graph/annotations/README.md)")
    for path in files:
        top, (article, entities, facts, observations, mentions) = read_reviewed(path, schema)
        if article not in article_ids:
            raise AnnotationError(f"unknown article '{article}'", file=path, line=1,
                                  hint=f"use one of: {', '.join(sorted(article_ids))}")
        if article in result.files:
            raise AnnotationError(f"article '{article}' is already annotated in {result.files[article]}",
                                  file=path, line=1, hint="keep one annotation file per article")
        result.files[article] = str(path)
        if top.status:
            result.status[article] = top.status
        for item in [*entities, *observations]:
            if item.id in declared_at:
                raise AnnotationError(f"duplicate id '{item.id}' (first declared at {declared_at[item.id]})",
                                      file=path, line=item.line,
                                      hint="give it another id, or refer to the existing one")
            declared_at[item.id] = f"{path}:{item.line}"
        result.entities.update({e.id: e for e in entities})
        result.observations.update({o.id: o for o in observations})
        result.facts.extend(facts)
        result.mentions.extend(mentions)
    check_terms(result, ontology)
    check_references(result)
    return result
