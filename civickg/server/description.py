"""The SPARQL 1.1 Service Description of the endpoint, with its limits and named graphs."""

from __future__ import annotations

from string import Template

from rdflib import BNode, Graph, Namespace, URIRef

from civickg.namespaces import bind_prefixes
from civickg.server.paths import TEMPLATES

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
#: rdflib's serializer name for each graph format the description is offered in.
RDFLIB_FORMATS = {"ttl": "turtle", "jsonld": "json-ld", "nt": "nt11", "rdfxml": "pretty-xml"}


def service_description(endpoint: str, *, timeout: float, max_rows: int, engine: str, quads: int,
                        named_graphs: list[str]) -> Graph:
    """The description of the endpoint at ``endpoint`` as an RDF graph."""
    template = Template((TEMPLATES / "service-description.ttl").read_text(encoding="utf-8"))
    text = template.substitute(endpoint=endpoint, timeout=f"{timeout:g}", max_rows=max_rows, engine=engine,
                               quads=quads)
    graph = bind_prefixes(Graph()).parse(data=text, format="turtle")
    graph.bind("sd", SD)
    dataset = next(graph.objects(None, SD.defaultDataset))
    for name in named_graphs:
        described = BNode()
        graph.add((dataset, SD.namedGraph, described))
        graph.add((described, SD.name, URIRef(name)))
    return graph
