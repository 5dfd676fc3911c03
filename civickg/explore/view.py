"""Which part of the entity network a page shows: classes, a focus and its neighbourhood."""

from __future__ import annotations

import difflib
from dataclasses import dataclass

import networkx as nx
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF

from civickg.errors import CivicError
from civickg.evidence import QuoteIndex
from civickg.explore.network import entity_network, superclasses
from civickg.namespaces import CID, CIVIC, curie, labels


@dataclass(frozen=True)
class View:
    """What part of the graph a page shows and how it opens."""

    focus: str | None = None          # entity id, CURIE or exact label: show its neighbourhood only
    depth: int = 1                    # neighbourhood radius around ``focus``
    classes: tuple[str, ...] = ()     # only entities of these classes (and their subclasses)
    lang: str = "zh"                  # language of the labels when the page opens
    max_nodes: int = 2500             # draw at most this many entities at first (the most central)
    seed: int = 7                     # layout seed




def explorer_network(graph: Graph, ontology: Graph, quotes: QuoteIndex | None = None) -> nx.MultiDiGraph:
    """The entity network without nodes outside the civic ontology (such as the qb:DataSet)."""
    net = entity_network(graph, ontology, quotes)
    known = {curie(c).split(":")[-1] for c in civic_classes(ontology)}
    net.remove_nodes_from([n for n, d in net.nodes(data=True) if d["class"] not in known])
    return net


def select_view(net: nx.MultiDiGraph, ontology: Graph, view: View) -> nx.MultiDiGraph:
    """The part of ``net`` a view shows: its classes, then the neighbourhood of its focus."""
    keep = set(net)
    if view.classes:
        wanted = resolve_classes(ontology, view.classes)
        keep = {n for n in keep if set(net.nodes[n]["classes"]) & wanted}
    if view.focus:
        if view.depth < 1:
            raise CivicError(f"depth must be at least 1, not {view.depth}")
        centre = resolve_entity(net, view.focus)
        around = nx.ego_graph(net.to_undirected(as_view=True), centre, radius=view.depth)
        keep = (keep & set(around)) | {centre}
    return induced(net, keep)


def resolve_entity(net: nx.MultiDiGraph, name: str) -> str:
    """The node an id, CURIE, IRI or exact label (zh, en or alias) names."""
    for prefix in ("", "cid:", str(CID)):
        if name.startswith(prefix) and name[len(prefix):] in net:
            return name[len(prefix):]
    found = sorted(n for n, d in net.nodes(data=True) if name in (d["label_zh"], d["label_en"], *d["aliases"]))
    if len(found) == 1:
        return found[0]
    if found:
        raise CivicError(f"{name!r} names {len(found)} entities", hint="use one of the ids " + ", ".join(found))
    names = sorted({str(n) for n in net} | {d["label_zh"] for _, d in net.nodes(data=True)})
    close = difflib.get_close_matches(name, names, n=5, cutoff=0.4)
    hint = f"did you mean {', '.join(close)}?" if close else "give an entity id such as anqing-studio or its label"
    raise CivicError(f"no entity {name!r} in the graph", hint=hint)


def resolve_classes(ontology: Graph, names: tuple[str, ...] | list[str]) -> set[str]:
    """Local names of the classes ``names`` (local names, CURIEs or labels) denote, with subclasses."""
    classes = civic_classes(ontology)
    by_name: dict[str, URIRef] = {}
    for iri in classes:
        by_name[curie(iri).split(":")[-1].lower()] = iri
        by_name[curie(iri).lower()] = iri
        for label in labels(ontology, iri).values():
            by_name.setdefault(label.lower(), iri)
    supers = superclasses(ontology)
    wanted: set[str] = set()
    for name in names:
        iri = by_name.get(name.strip().lower())
        if iri is None:
            known = sorted(curie(c).split(":")[-1] for c in classes)
            close = difflib.get_close_matches(name, known, n=3)
            hint = f"did you mean {', '.join(close)}?" if close else "known classes: " + ", ".join(known)
            raise CivicError(f"no class {name!r} in the ontology", hint=hint)
        wanted |= {curie(c).split(":")[-1] for c in classes if iri in supers.get(c, {c})}
    return wanted



def induced(net: nx.MultiDiGraph, keep: set[str]) -> nx.MultiDiGraph:
    """The subgraph on ``keep`` as a new graph, nodes and edges in the original (sorted) order."""
    sub = nx.MultiDiGraph()
    sub.add_nodes_from((n, net.nodes[n]) for n in net if n in keep)
    sub.add_edges_from((u, v, k, d) for u, v, k, d in net.edges(keys=True, data=True) if u in keep and v in keep)
    return sub


def civic_classes(ontology: Graph) -> set[URIRef]:
    return {c for c in ontology.subjects(RDF.type, OWL.Class)
            if isinstance(c, URIRef) and str(c).startswith(str(CIVIC))}

