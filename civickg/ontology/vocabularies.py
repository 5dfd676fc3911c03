"""The standard vocabularies civic.ttl aligns to, read from local term lists in ontology/vocab/."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, VANN

from civickg.errors import OntologyError
from civickg.ontology.model import CLASS_TYPES, read_turtle

#: A datatype counts as a class when a term is aligned to a vocabulary term.
VOCABULARY_CLASS_TYPES = {*CLASS_TYPES, RDFS.Datatype}
PROPERTY_TYPES = {RDF.Property, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty,
                  OWL.OntologyProperty, OWL.FunctionalProperty, OWL.TransitiveProperty}


@dataclass
class Vocabulary:
    """One vocabulary's term list: its prefix, namespace, ontology IRI and terms by kind."""

    prefix: str
    namespace: str
    iri: URIRef
    file: Path
    kinds: dict[URIRef, str] = field(default_factory=dict)  # term -> class | property | other
    comments: dict[URIRef, str] = field(default_factory=dict)

    @property
    def names(self) -> set[URIRef]:
        """IRIs a term's rdfs:isDefinedBy may use for this vocabulary."""
        return {self.iri, URIRef(self.namespace), URIRef(self.namespace.rstrip("#"))}

    def __contains__(self, term: object) -> bool:
        return term in self.kinds


@dataclass
class Vocabularies:
    """Every vendored vocabulary, looked up by the namespace of a term."""

    folder: Path
    items: list[Vocabulary]

    def owner(self, iri: URIRef) -> Vocabulary | None:
        """The vocabulary whose namespace ``iri`` is in (longest match), if any is vendored."""
        matches = [v for v in self.items if str(iri).startswith(v.namespace)]
        return max(matches, key=lambda v: len(v.namespace)) if matches else None

    def named(self, iri: URIRef) -> Vocabulary | None:
        """The vocabulary that ``iri`` names (its ontology IRI or namespace)."""
        return next((v for v in self.items if iri in v.names), None)

    def kind(self, iri: URIRef) -> str | None:
        vocab = self.owner(iri)
        return vocab.kinds.get(iri) if vocab else None

    def comment(self, iri: URIRef) -> str:
        vocab = self.owner(iri)
        return vocab.comments.get(iri, "") if vocab else ""


def _kind(types: set[URIRef]) -> str:
    if types & VOCABULARY_CLASS_TYPES:
        return "class"
    if types & PROPERTY_TYPES:
        return "property"
    return "other"


def read_vocabulary(path: Path) -> Vocabulary:
    """Parse one term list; its owl:Ontology header gives prefix and namespace."""
    graph = read_turtle(path, "vocabulary", hint="regenerate it with scripts/vendor_vocab.py")
    iri = next((s for s in graph.subjects(RDF.type, OWL.Ontology) if isinstance(s, URIRef)), None)
    namespace = graph.value(iri, VANN.preferredNamespaceUri) if iri is not None else None
    prefix = graph.value(iri, VANN.preferredNamespacePrefix) if iri is not None else None
    if iri is None or namespace is None or prefix is None:
        raise OntologyError("no owl:Ontology header with vann:preferredNamespaceUri and vann:preferredNamespacePrefix",
                            file=path, hint="see ontology/vocab/README.md")
    vocab = Vocabulary(str(prefix), str(namespace), iri, path)
    for term in {s for s in graph.subjects(RDFS.isDefinedBy, None) if isinstance(s, URIRef)}:
        vocab.kinds[term] = _kind(set(graph.objects(term, RDF.type)))
        comment = next((c for c in graph.objects(term, RDFS.comment) if isinstance(c, Literal)), None)
        if comment is not None:
            vocab.comments[term] = str(comment)
    return vocab


def load_vocabularies(folder: Path) -> Vocabularies:
    """Every ``*.ttl`` term list in ``folder`` (ontology/vocab/)."""
    return Vocabularies(folder, [read_vocabulary(p) for p in sorted(folder.glob("*.ttl"))])
