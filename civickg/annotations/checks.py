"""Checks across annotation files: terms the ontology defines, ids that exist and are declared once."""

from __future__ import annotations

from rdflib import URIRef

from civickg.annotations.model import Annotations
from civickg.errors import AnnotationError
from civickg.ontology.model import Ontology


def _expand(ontology: Ontology, name: str, problem: str, file: str, line: int) -> URIRef:
    """The IRI of a local name or CURIE, or an AnnotationError at the item's line."""
    try:
        return ontology.expand(name)
    except KeyError:
        raise AnnotationError(problem, file=file, line=line, hint="use a prefix the ontology declares") from None


def check_terms(ann: Annotations, ontology: Ontology) -> None:
    """Every class and property named must be defined, and used the right way."""
    classes, obj_props, data_props = ontology.classes, ontology.object_properties, ontology.datatype_properties
    for ent in ann.entities.values():
        for name in ent.classes:
            iri = _expand(ontology, name, f"entity '{ent.id}': unknown prefix in class '{name}'", ent.file, ent.line)
            if iri not in classes:
                raise AnnotationError(f"entity '{ent.id}': unknown class '{name}'", file=ent.file,
                                      line=ent.line, hint="use a class defined in ontology/civic.ttl, "
                                      "or add it there (ontology/README.md)")
    for fact in ann.facts:
        iri = _expand(ontology, fact.p, f"fact '{fact.describe()}': unknown prefix in '{fact.p}'", fact.file, fact.line)
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
            target = _expand(ontology, fact.o, f"fact '{fact.describe()}': unknown prefix in '{fact.o}'",
                             fact.file, fact.line)
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
