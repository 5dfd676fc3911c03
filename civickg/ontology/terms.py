"""The terms an ontology file declares, as plain records for documentation, lint and releases."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, QB, RDF, RDFS, SKOS

from civickg.namespaces import CIVIC, curie
from civickg.ontology.model import CLASS_TYPES

PROPERTY_KINDS = {
    OWL.ObjectProperty: "object property",
    OWL.DatatypeProperty: "datatype property",
    OWL.AnnotationProperty: "annotation property",
    RDF.Property: "property",
    QB.DimensionProperty: "property",
    QB.MeasureProperty: "property",
    QB.AttributeProperty: "property",
}
#: Kinds in the order documentation lists them.
KINDS = ("class", "object property", "datatype property", "annotation property", "property", "individual")
CHARACTERISTICS = {
    OWL.TransitiveProperty: "transitive", OWL.SymmetricProperty: "symmetric",
    OWL.FunctionalProperty: "functional", OWL.InverseFunctionalProperty: "inverse functional",
    QB.DimensionProperty: "cube dimension", QB.MeasureProperty: "cube measure",
    QB.AttributeProperty: "cube attribute",
}


@dataclass
class Term:
    """One declared term: what it is, what it is called and where it sits in the hierarchy."""

    iri: URIRef
    kind: str
    types: list[URIRef]
    labels: dict[str, list[str]]
    definitions: dict[str, list[str]]
    alt_labels: dict[str, list[str]] = field(default_factory=dict)
    notes: dict[str, list[str]] = field(default_factory=dict)  # editorial and scope notes, by language
    supers: list[URIRef] = field(default_factory=list)  # rdfs:subClassOf / rdfs:subPropertyOf targets
    subs: list[URIRef] = field(default_factory=list)
    domains: list[URIRef] = field(default_factory=list)
    ranges: list[URIRef] = field(default_factory=list)
    disjoint: list[URIRef] = field(default_factory=list)
    characteristics: list[str] = field(default_factory=list)
    defined_by: list[URIRef] = field(default_factory=list)
    deprecated: bool = False
    replaced_by: list[URIRef] = field(default_factory=list)

    @property
    def curie(self) -> str:
        return curie(self.iri)

    @property
    def local(self) -> str:
        text = str(self.iri)
        return text[len(str(CIVIC)):] if self.is_civic else text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]

    @property
    def is_civic(self) -> bool:
        return str(self.iri).startswith(str(CIVIC)) and str(self.iri) != str(CIVIC)

    @property
    def is_class(self) -> bool:
        return self.kind == "class"

    @property
    def is_property(self) -> bool:
        return self.kind not in ("class", "individual")

    def label(self, lang: str) -> str:
        """The first label in ``lang``, or the local name."""
        return (self.labels.get(lang) or [self.local])[0]

    def definition(self, lang: str) -> str:
        return (self.definitions.get(lang) or [""])[0]

    @property
    def alignments(self) -> list[URIRef]:
        """Standard terms this one specialises: superclasses and superproperties outside civic:."""
        return [s for s in self.supers if not str(s).startswith(str(CIVIC))]


def kind_of(types: set[URIRef]) -> str:
    """class, object property, datatype property, annotation property, property or individual."""
    if types & CLASS_TYPES:
        return "class"
    for rdf_type in (OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty):
        if rdf_type in types:
            return PROPERTY_KINDS[rdf_type]
    if types & set(PROPERTY_KINDS):
        return "property"
    return "individual"


def _by_lang(graph: Graph, node: URIRef, prop: URIRef) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    for value in sorted(graph.objects(node, prop)):
        if isinstance(value, Literal):
            found[value.language or ""].append(str(value))
    return dict(found)


def _iris(graph: Graph, node: URIRef, prop: URIRef) -> list[URIRef]:
    return sorted(o for o in graph.objects(node, prop) if isinstance(o, URIRef))


def declared(graph: Graph) -> list[URIRef]:
    """Every IRI the graph gives an rdf:type, except ontology headers, sorted."""
    headers = set(graph.subjects(RDF.type, OWL.Ontology))
    return sorted({s for s in graph.subjects(RDF.type, None) if isinstance(s, URIRef) and s not in headers})


def read_term(graph: Graph, iri: URIRef) -> Term:
    """The record of one declared term."""
    types = set(_iris(graph, iri, RDF.type))
    kind = kind_of(types)
    hierarchy = RDFS.subClassOf if kind == "class" else RDFS.subPropertyOf
    notes = _by_lang(graph, iri, SKOS.editorialNote)
    for lang, values in _by_lang(graph, iri, SKOS.scopeNote).items():
        notes.setdefault(lang, []).extend(values)
    disjoint = set(_iris(graph, iri, OWL.disjointWith)) | {s for s in graph.subjects(OWL.disjointWith, iri)
                                                          if isinstance(s, URIRef)}
    return Term(
        iri=iri, kind=kind, types=sorted(types),
        labels=_by_lang(graph, iri, RDFS.label), definitions=_by_lang(graph, iri, SKOS.definition),
        alt_labels=_by_lang(graph, iri, SKOS.altLabel), notes=notes,
        supers=_iris(graph, iri, hierarchy) if kind != "individual" else [],
        subs=sorted(s for s in graph.subjects(hierarchy, iri) if isinstance(s, URIRef)) if kind != "individual" else [],
        domains=_iris(graph, iri, RDFS.domain), ranges=_iris(graph, iri, RDFS.range),
        disjoint=sorted(disjoint),
        characteristics=sorted(CHARACTERISTICS[t] for t in types if t in CHARACTERISTICS),
        defined_by=_iris(graph, iri, RDFS.isDefinedBy),
        deprecated=any(v.toPython() is True for v in graph.objects(iri, OWL.deprecated) if isinstance(v, Literal)),
        replaced_by=_iris(graph, iri, DCTERMS.isReplacedBy),
    )


def read_terms(graph: Graph) -> list[Term]:
    """Every declared term of the graph (civic: terms and the reused standard terms)."""
    return [read_term(graph, iri) for iri in declared(graph)]


def civic_terms(graph: Graph) -> list[Term]:
    """The terms in the civic: namespace, sorted by IRI."""
    return [t for t in read_terms(graph) if t.is_civic]


@dataclass(frozen=True)
class Header:
    """The ontology header: IRI, title, version."""

    iri: URIRef | None
    version: str | None
    version_iri: URIRef | None
    titles: dict[str, list[str]]
    descriptions: dict[str, list[str]]


def header(graph: Graph) -> Header:
    """The first owl:Ontology of the graph and its version."""
    iri = next((s for s in graph.subjects(RDF.type, OWL.Ontology) if isinstance(s, URIRef)), None)
    if iri is None:
        return Header(None, None, None, {}, {})
    version = graph.value(iri, OWL.versionInfo)
    version_iri = graph.value(iri, OWL.versionIRI)
    return Header(iri, str(version) if version is not None else None,
                  version_iri if isinstance(version_iri, URIRef) else None,
                  _by_lang(graph, iri, DCTERMS.title), _by_lang(graph, iri, DCTERMS.description))
