"""Read curated annotation files and check them against the schema, ontology and articles."""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonschema

from civickg.errors import AnnotationError
from civickg.ontology import Ontology
from civickg.yamlio import LineList, load_yaml

Value = str | int | float | bool


@dataclass(frozen=True)
class Entity:
    """A named thing in an article: its id, classes, labels and the words that name it."""

    id: str
    classes: tuple[str, ...]
    zh: str
    en: str
    aliases: tuple[str, ...]
    en_aliases: tuple[str, ...]
    mention: str
    occurrence: int
    note: str | None
    article: str
    file: str
    line: int


@dataclass(frozen=True)
class Fact:
    """A statement ``s p o`` (or ``s p value``) and the quote that supports it."""

    s: str
    p: str
    o: str | None
    value: Value | None
    datatype: str | None
    quote: str
    occurrence: int
    note: str | None
    article: str
    file: str
    line: int

    def describe(self) -> str:
        obj = self.o if self.o is not None else repr(self.value)
        return f"{self.s} {self.p} {obj}"


@dataclass(frozen=True)
class Observation:
    """One figure: indicator, area or body, period, value, unit, change, rank."""

    id: str
    indicator: str
    about: str
    period: int
    value: float | int | None
    unit: str | None
    change: float | int | None
    rank: str | None
    at_least: bool | None
    planned: bool | None
    quote: str
    occurrence: int
    zh: str | None
    en: str | None
    note: str | None
    article: str
    file: str
    line: int


@dataclass(frozen=True)
class Mention:
    """An entity declared in another file that this article also names."""

    id: str
    quote: str
    occurrence: int
    article: str
    file: str
    line: int


@dataclass
class Annotations:
    """All annotation files, merged, with every id resolved."""

    entities: dict[str, Entity] = field(default_factory=dict)
    facts: list[Fact] = field(default_factory=list)
    observations: dict[str, Observation] = field(default_factory=dict)
    mentions: list[Mention] = field(default_factory=list)
    files: dict[str, str] = field(default_factory=dict)  # article id -> file

    def ids(self) -> set[str]:
        return set(self.entities) | set(self.observations)


def _line_of(doc: Any, path: list[Any]) -> int | None:
    """The line of the deepest node along ``path`` that remembers its line."""
    line = getattr(doc, "line", None)
    node = doc
    for key in path:
        try:
            node = node[key]
        except (KeyError, IndexError, TypeError):
            break
        line = getattr(node, "line", line)
    return line


def key_line(lines: list[str], start: int | None, key: str) -> int | None:
    """The line of ``key:`` inside the YAML mapping that starts on line ``start`` (1-based), else ``start``."""
    if start is None:
        return None
    pattern = re.compile(rf"^\s*(-\s+)?{re.escape(key)}\s*:")
    for number in range(start, min(len(lines), start + 60) + 1):
        text = lines[number - 1]
        if pattern.match(text):
            return number
        if number > start and re.match(r"^\s*-\s", text):
            break
    return start


def _error_line(doc: Any, error: jsonschema.ValidationError, lines: list[str]) -> int | None:
    """The line of the key at fault: the wrongly typed value's key, or the first unexpected key."""
    path = list(error.absolute_path)
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        allowed = set(error.schema.get("properties", {}))
        extra = sorted(k for k in error.instance if k not in allowed)
        if extra:
            return key_line(lines, _line_of(doc, path), str(extra[0]))
    if path and isinstance(path[-1], str):
        return key_line(lines, _line_of(doc, path[:-1]), path[-1])
    return _line_of(doc, path)


#: Which error to report first among those of one mapping: an unknown key explains a missing one.
_PRIORITY = {"additionalProperties": 0, "required": 2, "oneOf": 3, "anyOf": 3}


def _schema_message(error: jsonschema.ValidationError) -> str:
    where = ".".join(str(p) for p in error.absolute_path) or "top level"
    if error.validator == "additionalProperties":
        allowed = sorted(error.schema.get("properties", {}))
        extra = sorted(k for k in error.instance if k not in allowed) if isinstance(error.instance, dict) else []
        close = difflib.get_close_matches(str(extra[0]), allowed, n=1) if extra else []
        tip = f"did you mean '{close[0]}'?" if close else f"allowed keys: {', '.join(allowed)}"
        return f"{where}: {error.message} ({tip})"
    if error.validator == "oneOf" and isinstance(error.instance, dict) and "s" in error.instance:
        return f"{where}: a fact needs exactly one of 'o' (an entity) or 'value' (a literal)"
    if error.validator in ("oneOf", "anyOf"):
        options = [o.get("required") for o in error.schema.get(error.validator, [])]
        if options and all(options):
            names = " or ".join("+".join(f"'{k}'" for k in keys) for keys in options)
            return f"{where}: needs {'exactly' if error.validator == 'oneOf' else 'at least'} one of {names}"
        return f"{where}: {error.validator} failed — {error.schema.get('description', error.message)}"
    return f"{where}: {error.message}"


def check_schema(doc: Any, schema: dict[str, Any], file: Path) -> None:
    """Validate one parsed annotation file against the JSON Schema; report file:line."""
    validator = jsonschema.Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(doc), key=lambda e: (list(map(str, e.absolute_path)), e.message))
    if errors:
        lines = file.read_text(encoding="utf-8").splitlines() if file.exists() else []
        first = min(errors, key=lambda e: (_line_of(doc, list(e.absolute_path)) or 0, _PRIORITY.get(e.validator, 1),
                                           _error_line(doc, e, lines) or 0))
        raise AnnotationError(f"does not match the annotation schema: {_schema_message(first)}",
                              file=file, line=_error_line(doc, first, lines),
                              hint="see graph/annotations/README.md and annotation.schema.json")


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


def load_schema(path: Path) -> dict[str, Any]:
    """The annotation JSON Schema."""
    return json.loads(path.read_text(encoding="utf-8"))


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


def check_terms(ann: Annotations, ontology: Ontology) -> None:
    """Every class and property named must be defined, and used the right way."""
    classes, obj_props, data_props = ontology.classes, ontology.object_properties, ontology.datatype_properties
    for ent in ann.entities.values():
        for name in ent.classes:
            try:
                iri = ontology.expand(name)
            except KeyError:
                raise AnnotationError(f"entity '{ent.id}': unknown prefix in class '{name}'",
                                      file=ent.file, line=ent.line,
                                      hint="use a prefix the ontology declares") from None
            if iri not in classes:
                raise AnnotationError(f"entity '{ent.id}': unknown class '{name}'", file=ent.file,
                                      line=ent.line, hint="use a class defined in ontology/civic.ttl, "
                                      "or add it there (ontology/README.md)")
    for fact in ann.facts:
        try:
            iri = ontology.expand(fact.p)
        except KeyError:
            raise AnnotationError(f"fact '{fact.describe()}': unknown prefix in '{fact.p}'",
                                  file=fact.file, line=fact.line,
                                  hint="use a prefix the ontology declares") from None
        if iri not in obj_props | data_props:
            raise AnnotationError(f"fact '{fact.describe()}': unknown predicate '{fact.p}'",
                                  file=fact.file, line=fact.line,
                                  hint="use a property defined in ontology/civic.ttl, or add it there "
                                       "(ontology/README.md)")
        if iri in obj_props and fact.o is None:
            raise AnnotationError(f"fact '{fact.describe()}': '{fact.p}' links to an entity",
                                  file=fact.file, line=fact.line, hint="give 'o: <entity id>' instead of 'value'")
        if iri in data_props and iri not in obj_props and fact.o is not None:
            raise AnnotationError(f"fact '{fact.describe()}': '{fact.p}' takes a literal value",
                                  file=fact.file, line=fact.line, hint="give 'value:' instead of 'o'")
        if fact.o is not None and ":" in fact.o:
            try:
                target = ontology.expand(fact.o)
            except KeyError:
                raise AnnotationError(f"fact '{fact.describe()}': unknown prefix in '{fact.o}'",
                                      file=fact.file, line=fact.line,
                                      hint="use a prefix the ontology declares") from None
            if target not in ontology.individuals | classes:
                raise AnnotationError(f"fact '{fact.describe()}': '{fact.o}' is not defined in the ontology",
                                      file=fact.file, line=fact.line,
                                      hint="refer to an entity id or an individual of the ontology")


def check_references(ann: Annotations) -> None:
    """Every id a fact, observation or mention refers to must be declared somewhere."""
    ids = ann.ids()

    def need(ref: str, what: str, file: str, line: int) -> None:
        if ref not in ids:
            raise AnnotationError(f"{what} refers to undefined entity '{ref}'", file=file, line=line,
                                  hint="declare it under 'entities:' (in this or another annotation file) "
                                       "or fix the id")

    for fact in ann.facts:
        need(fact.s, f"fact '{fact.describe()}'", fact.file, fact.line)
        if fact.o is not None and ":" not in fact.o:
            need(fact.o, f"fact '{fact.describe()}'", fact.file, fact.line)
    for obs in ann.observations.values():
        need(obs.indicator, f"observation '{obs.id}'", obs.file, obs.line)
        need(obs.about, f"observation '{obs.id}'", obs.file, obs.line)
    for men in ann.mentions:
        need(men.id, "mention", men.file, men.line)
