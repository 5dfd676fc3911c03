"""The entity graph as networkx: entities as nodes, facts between them as directed edges."""

from __future__ import annotations

from collections import defaultdict

import networkx as nx
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from civickg.evidence import QuoteIndex, quote_index
from civickg.namespaces import CID, CIVIC, curie, labels, local_id

HIDDEN_CLASSES = {CIVIC.IndicatorObservation, CIVIC.Evidence, CIVIC.Article}


def superclasses(ontology: Graph) -> dict[URIRef, set[URIRef]]:
    """Every class with all its superclasses (reflexive, transitive)."""
    closure: dict[URIRef, set[URIRef]] = {}
    for cls in set(ontology.subjects(RDF.type, OWL.Class)):
        if isinstance(cls, URIRef):
            closure[cls] = {c for c in ontology.transitive_objects(cls, RDFS.subClassOf) if isinstance(c, URIRef)}
    return closure


def most_specific(classes: set[URIRef], supers: dict[URIRef, set[URIRef]]) -> list[URIRef]:
    """The classes not implied by another class of the set, sorted."""
    return sorted(c for c in classes if not any(c != o and c in supers.get(o, set()) for o in classes))


def entity_network(graph: Graph, ontology: Graph, quotes: QuoteIndex | None = None) -> nx.MultiDiGraph:
    """Entities (cid: nodes that are not observations or evidence) and the links between them, each link
    with its first quote; ``quotes`` is the graph's :func:`civickg.evidence.quote_index` when already made."""
    supers = superclasses(ontology)
    props = {p: labels(ontology, p) for p in set(ontology.subjects(RDF.type, OWL.ObjectProperty))}
    net = nx.MultiDiGraph()
    types: dict[URIRef, set[URIRef]] = defaultdict(set)
    for s, o in graph.subject_objects(RDF.type):
        if isinstance(s, URIRef) and str(s).startswith(str(CID)) and isinstance(o, URIRef):
            types[s].add(o)
    for node, classes in sorted(types.items()):
        if classes & HIDDEN_CLASSES or not (classes - {OWL.NamedIndividual}):
            continue
        specific = most_specific({c for c in classes if c in supers}, supers) or sorted(classes)
        lab = labels(graph, node)
        aliases = sorted(str(a) for a in graph.objects(node, SKOS.altLabel))
        net.add_node(local_id(node), iri=str(node), label_zh=lab.get("zh", local_id(node)),
                     label_en=lab.get("en", local_id(node)), **{"class": curie(specific[0]).split(":")[-1]},
                     classes=[curie(c).split(":")[-1] for c in specific], aliases=aliases)
    quotes = quote_index(graph) if quotes is None else quotes
    for s, p, o in sorted(graph.triples((None, None, None))):
        if p not in props or not isinstance(o, URIRef):
            continue
        u, v = local_id(s), local_id(o)
        if u not in net or v not in net:
            continue
        ev = quotes.get((s, p, o), [])
        net.add_edge(u, v, key=curie(p), predicate=curie(p), label_zh=props[p].get("zh", curie(p)),
                     label_en=props[p].get("en", curie(p)), quote=ev[0][0] if ev else "",
                     article=ev[0][1] if ev else "")
    return net
