"""Network figures of the entity graph (networkx), and the same figures as RDF for SPARQL.

Degree counts links, the facts between two entities (parallel links count twice); betweenness,
components and communities are computed on the undirected simple graph, because "who connects
whom" does not depend on which way a fact is phrased. Communities come from Louvain with a fixed
seed, so a run is reproducible.
The RDF uses the network-analysis terms of ``ontology/civic.ttl``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import networkx as nx
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD

from civickg.namespaces import BASE, CID, CIVIC, bind_prefixes, canonical_decimal

#: Where analysis results are minted: the run, its components and communities.
ANALYSIS = Namespace(BASE + "analysis/")
#: Exact betweenness up to this many entities; beyond, a seeded sample of this many sources.
BETWEENNESS_EXACT_LIMIT = 2000
ALGORITHM = "networkx.community.louvain_communities"


@dataclass(frozen=True)
class EntityFigures:
    """One entity's place in the network."""

    id: str
    label_zh: str
    label_en: str
    cls: str
    degree: int
    in_degree: int
    out_degree: int
    degree_centrality: float
    betweenness: float
    component: int
    community: int


@dataclass(frozen=True)
class Cluster:
    """A connected component or a community: its number (1 = largest) and members (sorted ids)."""

    kind: str
    number: int
    members: tuple[str, ...]

    @property
    def size(self) -> int:
        return len(self.members)


@dataclass(frozen=True)
class Analysis:
    """The figures of one network."""

    entities: dict[str, EntityFigures]
    components: list[Cluster]
    communities: list[Cluster]
    modularity: float
    links: int
    seed: int
    resolution: float
    betweenness_sources: int | None = None   # None: exact
    notes: list[str] = field(default_factory=list)

    def top(self, key: str, n: int = 10) -> list[EntityFigures]:
        """The ``n`` entities with the highest ``key`` (degree, betweenness, …), ties by id."""
        return sorted(self.entities.values(), key=lambda e: (-getattr(e, key), e.id))[:n]

    def as_dict(self, top: int = 10) -> dict[str, Any]:
        """A JSON-ready summary: totals, top entities, clusters with their members."""
        def row(e: EntityFigures) -> dict[str, Any]:
            return {"id": e.id, "label_zh": e.label_zh, "label_en": e.label_en, "class": e.cls,
                    "degree": e.degree, "in_degree": e.in_degree, "out_degree": e.out_degree,
                    "degree_centrality": round(e.degree_centrality, 6), "betweenness": round(e.betweenness, 6),
                    "component": e.component, "community": e.community}

        def clusters(items: list[Cluster]) -> list[dict[str, Any]]:
            return [{"number": c.number, "size": c.size, "members": list(c.members)} for c in items]

        return {"entities": len(self.entities), "links": self.links,
                "components": len(self.components), "largest_component": self.components[0].size
                if self.components else 0, "communities": len(self.communities),
                "modularity": round(self.modularity, 6), "algorithm": ALGORITHM, "seed": self.seed,
                "resolution": self.resolution, "betweenness_sources": self.betweenness_sources,
                "top_degree": [row(e) for e in self.top("degree", top)],
                "top_betweenness": [row(e) for e in self.top("betweenness", top)],
                "component_list": clusters(self.components), "community_list": clusters(self.communities)}


def analyze(net: nx.MultiDiGraph, *, seed: int = 0, resolution: float = 1.0) -> Analysis:
    """Degree, betweenness, connected components and Louvain communities of an entity network."""
    simple = nx.Graph()
    simple.add_nodes_from(sorted(net))
    simple.add_edges_from(sorted((min(u, v), max(u, v)) for u, v in net.edges() if u != v))
    n = simple.number_of_nodes()
    sources = None if n <= BETWEENNESS_EXACT_LIMIT else BETWEENNESS_EXACT_LIMIT
    between = nx.betweenness_centrality(simple, k=sources, seed=seed) if n > 2 else dict.fromkeys(simple, 0.0)
    centrality = nx.degree_centrality(net) if n > 1 else dict.fromkeys(net, 0.0)
    components = _numbered("component", nx.connected_components(simple))
    found = nx.community.louvain_communities(simple, seed=seed, resolution=resolution) if n else []
    communities = _numbered("community", found)
    modularity = nx.community.modularity(simple, found) if simple.number_of_edges() else 0.0
    comp_of = {m: c.number for c in components for m in c.members}
    comm_of = {m: c.number for c in communities for m in c.members}
    entities = {}
    for node in sorted(net):
        d = net.nodes[node]
        entities[node] = EntityFigures(
            id=node, label_zh=d.get("label_zh", node), label_en=d.get("label_en", node), cls=d.get("class", ""),
            degree=net.degree(node), in_degree=net.in_degree(node), out_degree=net.out_degree(node),
            degree_centrality=float(centrality[node]), betweenness=float(between[node]),
            component=comp_of[node], community=comm_of[node])
    notes = [] if sources is None else [f"betweenness estimated from {sources} sampled sources"]
    return Analysis(entities, components, communities, float(modularity), net.number_of_edges(), seed,
                    resolution, sources, notes)


def _numbered(kind: str, groups: Any) -> list[Cluster]:
    """Clusters numbered from 1, largest first, ties by their smallest member."""
    ordered = sorted((tuple(sorted(g)) for g in groups), key=lambda m: (-len(m), m[0]))
    return [Cluster(kind, i, members) for i, members in enumerate(ordered, start=1)]


def analysis_graph(analysis: Analysis) -> Graph:
    """The analysis as RDF: figures on each entity, clusters as skos:Collections, the run as an activity."""
    graph = bind_prefixes(Graph())
    graph.bind("analysis", ANALYSIS)
    run = ANALYSIS.run
    graph.add((run, RDF.type, CIVIC.NetworkAnalysis))
    graph.add((run, RDFS.label, Literal("实体网络分析", lang="zh")))
    graph.add((run, RDFS.label, Literal("Entity network analysis", lang="en")))
    graph.add((run, CIVIC.algorithm, Literal(ALGORITHM)))
    graph.add((run, CIVIC.randomSeed, Literal(analysis.seed, datatype=XSD.integer)))
    graph.add((run, CIVIC.modularity, _decimal(analysis.modularity)))
    for cluster in analysis.components + analysis.communities:
        node = ANALYSIS[f"{cluster.kind}-{cluster.number}"]
        cls, zh, en = ((CIVIC.ConnectedComponent, "连通分量", "Connected component") if cluster.kind == "component"
                       else (CIVIC.NetworkCommunity, "网络社团", "Network community"))
        graph.add((node, RDF.type, cls))
        graph.add((node, RDFS.label, Literal(f"{zh} {cluster.number}", lang="zh")))
        graph.add((node, RDFS.label, Literal(f"{en} {cluster.number}", lang="en")))
        graph.add((node, CIVIC.clusterSize, Literal(cluster.size, datatype=XSD.integer)))
        graph.add((node, PROV.wasGeneratedBy, run))
        for member in cluster.members:
            graph.add((node, SKOS.member, _entity(member)))
    for e in analysis.entities.values():
        iri = _entity(e.id)
        graph.add((iri, CIVIC.degree, Literal(e.degree, datatype=XSD.integer)))
        graph.add((iri, CIVIC.degreeCentrality, _decimal(e.degree_centrality)))
        graph.add((iri, CIVIC.betweennessCentrality, _decimal(e.betweenness)))
    return graph


def analysis_turtle(analysis: Analysis) -> str:
    """The analysis as Turtle, triples in a stable order (two runs give the same text)."""
    ordered = bind_prefixes(Graph())
    ordered.bind("analysis", ANALYSIS)
    for triple in sorted(analysis_graph(analysis), key=lambda t: tuple(x.n3() for x in t)):
        ordered.add(triple)
    return ordered.serialize(format="turtle")


def _entity(node: str) -> URIRef:
    return URIRef(node) if ":" in node else CID[node]


def _decimal(value: float) -> Literal:
    return Literal(canonical_decimal(Decimal(f"{value:.6f}")), datatype=XSD.decimal)
