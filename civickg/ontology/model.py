"""The civic ontology: load it and answer what it defines."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from civickg.errors import OntologyError
from civickg.namespaces import CIVIC, bind_prefixes

#: What makes a term a class, an object property or another property, for every reader of an ontology.
CLASS_TYPES = frozenset({OWL.Class, RDFS.Class})
OBJECT_TYPES = (OWL.ObjectProperty,)
DATA_TYPES = (OWL.DatatypeProperty, OWL.AnnotationProperty, RDF.Property)


def read_turtle(path: Path, what: str = "ontology", hint: str = "fix the Turtle syntax") -> Graph:
    """Parse a Turtle file with civickg's prefixes bound; a missing file or a syntax error is one line."""
    graph = bind_prefixes(Graph())
    try:
        graph.parse(path, format="turtle")
    except FileNotFoundError:
        raise OntologyError(f"{what} file not found", file=path,
                            hint="run civickg from the project folder or pass --root") from None
    except OSError as exc:
        raise OntologyError(f"cannot read the {what}: {exc.strerror or exc}", file=path,
                            hint="give the path of a readable Turtle file") from None
    except Exception as exc:  # rdflib raises several parser exception types
        raise OntologyError(f"cannot parse the {what}: {exc}", file=path, hint=hint) from None
    return graph


@dataclass
class Ontology:
    """An ontology graph with lookups for classes, properties and prefixes."""

    graph: Graph
    path: Path

    @classmethod
    def load(cls, path: Path) -> Ontology:
        """Parse a Turtle ontology; a syntax error names the file and line."""
        return cls(read_turtle(path), path)

    def _typed(self, types: Iterable[URIRef]) -> set[URIRef]:
        return {s for t in types for s in self.graph.subjects(RDF.type, t) if isinstance(s, URIRef)}

    @property
    def classes(self) -> set[URIRef]:
        return self._typed(CLASS_TYPES)

    @property
    def object_properties(self) -> set[URIRef]:
        return self._typed(OBJECT_TYPES)

    @property
    def datatype_properties(self) -> set[URIRef]:
        return self._typed(DATA_TYPES)

    @property
    def properties(self) -> set[URIRef]:
        return self.object_properties | self.datatype_properties

    @property
    def individuals(self) -> set[URIRef]:
        return self._typed((OWL.NamedIndividual,))

    def expand(self, name: str) -> URIRef:
        """A local name (``locatedIn``) or CURIE (``org:memberOf``) as a full IRI."""
        if ":" not in name:
            return CIVIC[name]
        prefix, local = name.split(":", 1)
        namespaces = dict(self.graph.namespaces())
        if prefix not in namespaces:
            raise KeyError(prefix)
        return URIRef(str(namespaces[prefix]) + local)

    def label(self, term: URIRef, lang: str = "en") -> str:
        """The term's rdfs:label in ``lang``, or its local name."""
        for value in self.graph.objects(term, RDFS.label):
            if getattr(value, "language", None) == lang:
                return str(value)
        return str(term).rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def load_ontology(paths: list[Path]) -> Ontology:
    """Load the main ontology file and merge any further Turtle files into it."""
    onto = Ontology.load(paths[0])
    for extra in paths[1:]:
        onto.graph += Ontology.load(extra).graph
    return onto
