"""What the review page shows: the articles and their progress, an article's items with where their words are,
the entities the graph already has (to link to), and the ontology's classes and the predicates it allows.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rdflib import URIRef
from rdflib.namespace import RDFS

from civickg.evidence import locate
from civickg.extract.linking import declared_in_folder
from civickg.namespaces import CIVIC, curie
from civickg.ontology.model import Ontology
from civickg.review.document import SECTIONS, Session

#: The field whose words each section's items are found by.
WORDS = {"entities": "mention", "facts": "quote", "observations": "quote", "mentions": "quote"}


def term_name(term: URIRef) -> str:
    """A class or property as the annotation files write it: a civic: local name, else a CURIE."""
    return str(term)[len(str(CIVIC)):] if str(term).startswith(str(CIVIC)) else curie(term)


def plain(value: Any) -> Any:
    """A YAML value as JSON-ready data."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, (bool, int, float)) or value is None:
        return value
    return str(value)


def status_of(item: Any, file_status: str | None) -> str:
    """draft, reviewed, or curated (a hand-written item of a file that has no status)."""
    return str(item.get("status") or file_status or "curated")


def items_of(session: Session) -> list[dict[str, Any]]:
    """Every item with its key, fields, status and where its words are in the text (None if they are not)."""
    file_status = session.doc.get("status")
    out = []
    for section in SECTIONS:
        for item in session.doc.get(section) or []:
            key = next(k for k, v in session.items.items() if v is item)
            words = item.get(WORDS[section])
            span = locate(session.text, str(words), int(item.get("occurrence") or 1)) if words else None
            out.append({"key": key, "section": section, "fields": plain(item),
                        "status": status_of(item, file_status), "confidence": plain(item.get("confidence")),
                        "start": span.start if span else None, "end": span.end if span else None})
    return out


def progress(doc: Any) -> dict[str, Any]:
    """How many items a file has and how many a person has checked."""
    file_status = doc.get("status")
    items = [item for section in SECTIONS for item in doc.get(section) or []]
    reviewed = sum(status_of(item, file_status) in ("reviewed", "curated") for item in items)
    return {"status": file_status or "curated", "items": len(items), "reviewed": reviewed}


def _tuple(value: Any) -> tuple[str, ...]:
    return () if value is None else tuple(map(str, value)) if isinstance(value, list) else (str(value),)


@dataclass
class Known:
    """The entities of the annotation files, for linking: each with its article, and the articles naming each id."""

    entities: dict[str, dict[str, Any]]  # id -> {id, zh, en, classes, aliases, article}, the first declaration
    named: dict[str, set[str]]  # id -> the articles whose mentions or facts name it

    @classmethod
    def read(cls, annotations: Path, articles: set[str], cache: Path | None = None) -> Known:
        """From what each file of ``annotations`` declares (:func:`declarations`, kept in ``cache`` by the file's
        hash, so that a corpus of a thousand drafts is not parsed again for every look-up), the articles of the
        corpus only; a file that cannot be read is an AnnotationError naming it."""
        entities: dict[str, dict[str, Any]] = {}
        named: dict[str, set[str]] = {}
        for declared in declared_in_folder(annotations, cache):
            article = declared["article"]
            if article not in articles:
                continue
            for ent in declared["entities"]:
                entities.setdefault(str(ent["id"]), {
                    "id": str(ent["id"]), "zh": str(ent.get("zh", "")), "en": str(ent.get("en", "")),
                    "classes": _tuple(ent.get("class")),
                    "aliases": _tuple(ent.get("aliases")) + _tuple(ent.get("en_aliases")), "article": article})
            for ident in declared.get("names", ()):
                named.setdefault(ident, set()).add(article)
        return cls(entities, named)

    def elsewhere(self, ident: str) -> list[str]:
        """The articles that name the entity: where it is declared, mentioned, or in a fact."""
        found = set(self.named.get(ident, ()))
        if ident in self.entities:
            found.add(self.entities[ident]["article"])
        return sorted(found)

    def search(self, words: str, limit: int = 20, besides: str = "") -> list[dict[str, Any]]:
        """Entities whose id, Chinese or English name or alias contains ``words`` (any case), except those the
        article ``besides`` declares (merge those instead)."""
        needle = words.strip().casefold()
        if not needle:
            return []
        hits = []
        for ident in sorted(self.entities):
            ent = self.entities[ident]
            if ent["article"] == besides:
                continue
            names = (ident, ent["zh"], ent["en"], *ent["aliases"])
            if any(needle in name.casefold() for name in names):
                exact = any(needle == name.casefold() for name in names)
                hits.append((not exact, len(ent["zh"]), {
                    "id": ident, "zh": ent["zh"], "en": ent["en"], "classes": list(ent["classes"]),
                    "aliases": list(ent["aliases"]), "article": ent["article"], "elsewhere": self.elsewhere(ident)}))
        return [hit for _, _, hit in sorted(hits, key=lambda h: (h[0], h[1], h[2]["id"]))][:limit]

    def classes_of(self, ident: str) -> tuple[str, ...]:
        ent = self.entities.get(ident)
        return ent["classes"] if ent else ()


def _supers(ontology: Ontology, names: tuple[str, ...]) -> set[URIRef]:
    found: set[URIRef] = set()
    for name in names:
        try:
            found |= set(ontology.graph.transitive_objects(ontology.expand(name), RDFS.subClassOf))
        except KeyError:
            continue
    return found


def _fits(ontology: Ontology, prop: URIRef, axis: URIRef, classes: set[URIRef]) -> bool:
    declared = set(ontology.graph.objects(prop, axis))
    return not declared or bool(declared & classes)


def predicates(ontology: Ontology, subject: tuple[str, ...], obj: tuple[str, ...] | None) -> list[str]:
    """The properties the ontology allows from an entity of the ``subject`` classes: to an entity of the ``obj``
    classes (object properties), or to a value when ``obj`` is None (datatype properties); by domain and range."""
    supers_s = _supers(ontology, subject)
    pool = ontology.object_properties if obj is not None else ontology.datatype_properties
    supers_o = _supers(ontology, obj) if obj is not None else set()
    allowed = [p for p in pool if _fits(ontology, p, RDFS.domain, supers_s)
               and (obj is None or _fits(ontology, p, RDFS.range, supers_o))]
    return sorted(term_name(p) for p in allowed)


def classes(ontology: Ontology) -> list[dict[str, str]]:
    """The ontology's classes with their labels, for the class menus."""
    return sorted(({"name": term_name(c), "zh": ontology.label(c, "zh"), "en": ontology.label(c, "en")}
                   for c in ontology.classes if str(c).startswith(str(CIVIC))), key=lambda c: c["name"])
