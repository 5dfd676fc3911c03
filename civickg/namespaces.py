"""The namespaces civickg mints and reuses, as rdflib Namespace objects."""

from __future__ import annotations

from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, QB, RDF, RDFS, SDO, SKOS, XSD

BASE = "https://civickg.org/"
CIVIC = Namespace(BASE + "ontology/")
CID = Namespace(BASE + "id/")
ARTICLE = Namespace(BASE + "article/")
EVIDENCE = Namespace(BASE + "evidence/")
GRAPH = Namespace(BASE + "graph/")
PUBLICATION = Namespace(BASE + "publication/")
SOURCE = Namespace(BASE + "source/")
AGENT = Namespace(BASE + "agent/")     # reviewers of drafted statements
OA = Namespace("http://www.w3.org/ns/oa#")
VANN = Namespace("http://purl.org/vocab/vann/")
SH = Namespace("http://www.w3.org/ns/shacl#")

#: Prefixes bound in every graph civickg writes and predeclared in every query.
PREFIXES: dict[str, Namespace] = {
    "civic": CIVIC, "cid": CID, "article": ARTICLE, "evidence": EVIDENCE,
    "rdf": Namespace(str(RDF)), "rdfs": Namespace(str(RDFS)), "owl": Namespace(str(OWL)),
    "xsd": Namespace(str(XSD)), "skos": Namespace(str(SKOS)), "dcterms": Namespace(str(DCTERMS)),
    "org": Namespace(str(ORG)), "schema": Namespace(str(SDO)), "foaf": Namespace(str(FOAF)),
    "prov": Namespace(str(PROV)), "oa": OA, "qb": Namespace(str(QB)), "sh": SH, "vann": VANN,
}


def bind_prefixes(graph: Graph) -> Graph:
    """Bind civickg's prefixes on ``graph`` (replacing rdflib's defaults) and return it."""
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True, replace=True)
    return graph


def sparql_prologue() -> str:
    """PREFIX declarations for every civickg prefix, to put in front of a query."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in sorted(PREFIXES.items()))


def curie(iri: URIRef) -> str:
    """``civic:locatedIn`` for a full IRI in a known namespace, else the IRI."""
    text = str(iri)
    matches = [(len(str(ns)), prefix) for prefix, ns in PREFIXES.items() if text.startswith(str(ns))]
    if not matches:
        return text
    length, prefix = max(matches)
    return f"{prefix}:{text[length:]}"


def expand_curie(name: str) -> URIRef:
    """The full IRI of a CURIE in a known namespace (``civic:locatedIn``); anything else as an IRI."""
    prefix, _, local = name.partition(":")
    return URIRef(str(PREFIXES[prefix]) + local) if prefix in PREFIXES else URIRef(name)


def local_id(iri: URIRef) -> str:
    """The id part of an entity IRI (``cid:anqing-studio`` -> ``anqing-studio``)."""
    return str(iri)[len(str(CID)):] if str(iri).startswith(str(CID)) else str(iri)


def labels(graph: Graph, node: URIRef) -> dict[str, str]:
    """The node's rdfs:label by language tag (zh, en)."""
    found: dict[str, str] = {}
    for value in sorted(graph.objects(node, RDFS.label)):
        if isinstance(value, Literal) and value.language and value.language not in found:
            found[value.language] = str(value)
    return found
