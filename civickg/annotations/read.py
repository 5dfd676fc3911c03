"""Read curated annotation files and check them against the schema, ontology and articles."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from civickg.annotations.checks import check_references, check_terms
from civickg.annotations.model import Annotations, Entity, Fact, Mention, Observation
from civickg.annotations.schema import check_schema, load_schema
from civickg.errors import AnnotationError
from civickg.ontology.model import Ontology
from civickg.sources.yamlio import LineList, load_yaml


def _as_tuple(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, (list, LineList)):
        return tuple(str(v) for v in value)
    return (str(value),)


def read_file(path: Path, schema: dict[str, Any]) -> tuple[str, list[Entity], list[Fact],
                                                           list[Observation], list[Mention]]:
    """Parse one annotation file into its parts (no cross-file checks)."""
    doc = load_yaml(path)
    if doc is None:
        raise AnnotationError("the file is empty", file=path, line=1,
                              hint="start from the example in graph/annotations/README.md")
    check_schema(doc, schema, path)
    article = str(doc["article"])
    where = str(path)
    entities = [Entity(id=e["id"], classes=_as_tuple(e["class"]), zh=str(e["zh"]), en=str(e["en"]),
                       aliases=_as_tuple(e.get("aliases")), en_aliases=_as_tuple(e.get("en_aliases")),
                       mention=str(e["mention"]), occurrence=int(e.get("occurrence", 1)),
                       note=e.get("note"), article=article, file=where, line=e.line)
                for e in doc.get("entities") or []]
    facts = [Fact(s=f["s"], p=f["p"], o=f.get("o"), value=f.get("value"), datatype=f.get("datatype"),
                  quote=str(f["quote"]), occurrence=int(f.get("occurrence", 1)), note=f.get("note"),
                  article=article, file=where, line=f.line)
             for f in doc.get("facts") or []]
    observations = [Observation(id=o["id"], indicator=o["indicator"], about=o["about"],
                                period=int(o["period"]), value=o.get("value"), unit=o.get("unit"),
                                change=o.get("change"), rank=o.get("rank"), at_least=o.get("at_least"),
                                planned=o.get("planned"), quote=str(o["quote"]),
                                occurrence=int(o.get("occurrence", 1)), zh=o.get("zh"), en=o.get("en"),
                                note=o.get("note"), article=article, file=where, line=o.line)
                    for o in doc.get("observations") or []]
    mentions = [Mention(id=m["id"], quote=str(m["quote"]), occurrence=int(m.get("occurrence", 1)),
                        article=article, file=where, line=m.line)
                for m in doc.get("mentions") or []]
    return article, entities, facts, observations, mentions


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
        article, entities, facts, observations, mentions = read_file(path, schema)
        if article not in article_ids:
            raise AnnotationError(f"unknown article '{article}'", file=path, line=1,
                                  hint=f"use one of: {', '.join(sorted(article_ids))}")
        if article in result.files:
            raise AnnotationError(f"article '{article}' is already annotated in {result.files[article]}",
                                  file=path, line=1, hint="keep one annotation file per article")
        result.files[article] = str(path)
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
