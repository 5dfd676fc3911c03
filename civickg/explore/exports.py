"""Exports of the build by format name: RDF serializations and the entity network (GraphML, CSV)."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from typing import Any

import networkx as nx

from civickg.builder import library
from civickg.builder.export import DATASET_SERIALIZERS, GRAPH_SERIALIZERS
from civickg.explore.network import entity_network
from civickg.ontology.model import load_ontology
from civickg.project import Project


def network_graphml(network: nx.MultiDiGraph) -> str:
    """GraphML of the entity graph (for Gephi, yEd, Cytoscape)."""
    clean = nx.MultiDiGraph()
    for node, data in sorted(network.nodes(data=True)):
        clean.add_node(node, **{k: _plain(v) for k, v in sorted(data.items())})
    for u, v, key, data in sorted(network.edges(keys=True, data=True), key=lambda e: (e[0], e[1], str(e[2]))):
        clean.add_edge(u, v, key=key, **{k: _plain(v2) for k, v2 in sorted(data.items())})
    buffer = io.BytesIO()
    nx.write_graphml(clean, buffer, encoding="utf-8", prettyprint=True)
    return buffer.getvalue().decode("utf-8")


def _plain(value: Any) -> str | int | float:
    if isinstance(value, (list, tuple)):
        return " | ".join(map(str, value))
    if isinstance(value, (int, float, str)):
        return value
    return str(value)


EDGE_COLUMNS = ("source", "source_label", "source_class", "predicate", "predicate_label",
                "target", "target_label", "target_class", "quote", "article")


def network_csv(network: nx.MultiDiGraph) -> str:
    """One row per fact between entities, with labels, classes and the supporting quote."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(EDGE_COLUMNS)
    rows = []
    for u, v, data in network.edges(data=True):
        su, sv = network.nodes[u], network.nodes[v]
        rows.append((u, su.get("label_zh", ""), su.get("class", ""), data.get("predicate", ""),
                     data.get("label_zh", ""), v, sv.get("label_zh", ""), sv.get("class", ""),
                     data.get("quote", ""), data.get("article", "")))
    writer.writerows(sorted(rows))
    return buffer.getvalue()


NETWORK_SERIALIZERS: dict[str, Callable[[nx.MultiDiGraph], str]] = {"graphml": network_graphml, "csv": network_csv}
#: Every format ``civickg export`` writes.
EXPORT_FORMATS = (*GRAPH_SERIALIZERS, *DATASET_SERIALIZERS, *NETWORK_SERIALIZERS)


def export(project: Project, fmt: str) -> str:
    """The project's last build in format ``fmt`` (one of EXPORT_FORMATS)."""
    if fmt in DATASET_SERIALIZERS:
        return DATASET_SERIALIZERS[fmt](library.load_dataset(project))
    graph = library.load_graph(project)
    if fmt in GRAPH_SERIALIZERS:
        return GRAPH_SERIALIZERS[fmt](graph)
    network = entity_network(graph, load_ontology([project.ontology]).graph)
    return NETWORK_SERIALIZERS[fmt](network)
