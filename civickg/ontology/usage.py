"""Where terms are used: annotation files, SHACL shapes and SPARQL queries, each use with file:line."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF
from rdflib.paths import Path as PropertyPath
from rdflib.plugins.sparql.algebra import translateQuery
from rdflib.plugins.sparql.parser import parseQuery

from civickg.annotations.schema import key_line
from civickg.errors import CivicError, QueryError
from civickg.namespaces import SH, curie, sparql_prologue
from civickg.ontology.model import Ontology
from civickg.sources.yamlio import LineDict, load_yaml

SHAPES_NS = "https://civickg.org/shapes/"


@dataclass(frozen=True)
class Use:
    """One use of a term: as a class, a property, or any term; ``iri`` is None for an unknown prefix."""

    iri: URIRef | None
    written: str
    role: str  # class | property | term
    file: Path
    line: int | None


def _expand(ontology: Ontology, name: str) -> URIRef | None:
    try:
        return ontology.expand(name)
    except KeyError:
        return None


def annotation_uses(folder: Path, ontology: Ontology) -> list[Use]:
    """The classes of entities and the predicates of facts in every ``*.yaml`` of ``folder``."""
    uses: list[Use] = []
    for path in sorted(folder.glob("*.yaml")):
        doc = load_yaml(path)
        if not isinstance(doc, dict):
            continue
        lines = path.read_text(encoding="utf-8").splitlines()
        for entity in doc.get("entities") or []:
            if not isinstance(entity, LineDict):
                continue
            names = entity.get("class")
            line = key_line(lines, entity.line, "class")
            for name in names if isinstance(names, list) else [names]:
                if isinstance(name, str):
                    uses.append(Use(_expand(ontology, name), name, "class", path, line))
        for fact in doc.get("facts") or []:
            if isinstance(fact, LineDict) and isinstance(fact.get("p"), str):
                uses.append(Use(_expand(ontology, fact["p"]), fact["p"], "property", path,
                                key_line(lines, fact.line, "p")))
    return uses


def locate(lines: list[str], iri: URIRef, start: int = 1) -> int | None:
    """The first line (1-based, from ``start``, comment lines skipped) that writes ``iri`` in full or as a CURIE."""
    short = curie(iri)
    patterns = [re.compile(re.escape(f"<{iri}>"))]
    if short != str(iri):
        patterns.append(re.compile(rf"(?<![\w:/-]){re.escape(short)}(?![\w-])"))
    for number in range(max(start, 1), len(lines) + 1):
        text = lines[number - 1]
        if not text.lstrip().startswith("#") and any(p.search(text) for p in patterns):
            return number
    return None


def _walk(node: Any, found: set[URIRef]) -> None:
    """Collect every IRI in a translated SPARQL algebra tree."""
    if isinstance(node, URIRef):
        found.add(node)
    elif isinstance(node, Literal):
        return
    elif isinstance(node, dict):
        for value in node.values():
            _walk(value, found)
    elif isinstance(node, (list, tuple, set, frozenset)):
        for value in node:
            _walk(value, found)
    elif isinstance(node, PropertyPath):
        for attr in ("args", "path", "arg"):
            if hasattr(node, attr):
                _walk(getattr(node, attr), found)


def sparql_iris(text: str, file: Path) -> set[URIRef]:
    """Every IRI a SPARQL query uses, from its parse tree (civickg's prefixes are predeclared)."""
    try:
        query = translateQuery(parseQuery(sparql_prologue() + text))
    except Exception as exc:  # pyparsing and rdflib raise several exception types
        raise QueryError(f"cannot parse the query: {exc}", file=file, hint="fix the SPARQL syntax") from None
    found: set[URIRef] = set()
    _walk(query.algebra, found)
    return found


def query_uses(paths: Iterable[Path]) -> Iterator[Use | CivicError]:
    """The IRIs of each query, or a QueryError for a query that does not parse."""
    for path in paths:
        text = path.read_text(encoding="utf-8")
        try:
            iris = sparql_iris(text, path)
        except QueryError as exc:
            yield exc
            continue
        lines = text.splitlines()
        for iri in sorted(iris):
            yield Use(iri, curie(iri), "term", path, locate(lines, iri))


def shape_uses(path: Path, shapes: Graph) -> list[Use]:
    """Every IRI in the shapes graph and in its SPARQL constraints, except the shapes' own (cs:)."""
    iris = {term for triple in shapes for term in triple
            if isinstance(term, URIRef) and not str(term).startswith(SHAPES_NS)}
    for select in shapes.objects(None, SH.select):
        iris |= sparql_iris(str(select), path)
    lines = path.read_text(encoding="utf-8").splitlines()
    return [Use(iri, curie(iri), "term", path, locate(lines, iri)) for iri in sorted(iris)]


def data_classes(data: Graph) -> set[URIRef]:
    """The classes the data gives its nodes."""
    return {o for o in data.objects(None, RDF.type) if isinstance(o, URIRef)}
