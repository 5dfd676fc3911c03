"""civickg's prefixes as plain IRI strings, for code that reads or writes SPARQL text without rdflib.

``civickg.namespaces`` builds its rdflib Namespace objects from this table; a query on the Oxigraph engine
reads only this module, so it never imports rdflib.
"""

from __future__ import annotations

BASE = "https://civickg.org/"
#: The named graphs of the ontology and of the network figures (build/analysis.ttl), as IRIs.
GRAPH_BASE = BASE + "graph/"
ONTOLOGY_GRAPH_IRI = GRAPH_BASE + "ontology"
ANALYSIS_GRAPH_IRI = GRAPH_BASE + "analysis"
XSD_IRI = "http://www.w3.org/2001/XMLSchema#"
RDF_IRI = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"

#: Prefixes bound in every graph civickg writes and predeclared in every query: prefix -> namespace IRI.
PREFIX_IRIS: dict[str, str] = {
    "civic": BASE + "ontology/", "cid": BASE + "id/", "article": BASE + "article/", "evidence": BASE + "evidence/",
    "rdf": RDF_IRI, "rdfs": "http://www.w3.org/2000/01/rdf-schema#", "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": XSD_IRI, "skos": "http://www.w3.org/2004/02/skos/core#", "dcterms": "http://purl.org/dc/terms/",
    "org": "http://www.w3.org/ns/org#", "schema": "https://schema.org/", "foaf": "http://xmlns.com/foaf/0.1/",
    "prov": "http://www.w3.org/ns/prov#", "oa": "http://www.w3.org/ns/oa#", "qb": "http://purl.org/linked-data/cube#",
    "sh": "http://www.w3.org/ns/shacl#", "vann": "http://purl.org/vocab/vann/",
}


def sparql_prologue() -> str:
    """PREFIX declarations for every civickg prefix, to put in front of a query."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in sorted(PREFIX_IRIS.items()))


def curie(iri: str) -> str:
    """``civic:locatedIn`` for a full IRI in a known namespace, else the IRI."""
    text = str(iri)
    matches = [(len(ns), prefix) for prefix, ns in PREFIX_IRIS.items() if text.startswith(ns)]
    if not matches:
        return text
    length, prefix = max(matches)
    return f"{prefix}:{text[length:]}"
