"""Serialize a build deterministically: Turtle, N-Triples, TriG, JSON-LD, GraphML, CSV."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import networkx as nx
from rdflib import Dataset, Graph

from civickg.namespaces import PREFIXES, bind_prefixes

RDF_FORMATS = ("ttl", "nt", "trig", "jsonld")
GRAPH_FORMATS = ("graphml", "csv")
FORMATS = RDF_FORMATS + GRAPH_FORMATS
EXTENSIONS = {"ttl": "ttl", "nt": "nt", "trig": "trig", "jsonld": "jsonld", "graphml": "graphml", "csv": "csv"}


def jsonld_context() -> dict[str, Any]:
    """The JSON-LD context: civickg's prefixes, plus short names for labels and quotes."""
    ctx: dict[str, Any] = {p: str(ns) for p, ns in sorted(PREFIXES.items())}
    return {"@context": ctx}


def to_ntriples(graph: Graph) -> str:
    """N-Triples, one triple a line, lines sorted (stable across runs)."""
    lines = graph.serialize(format="nt11", encoding="utf-8").decode("utf-8").splitlines()
    return "\n".join(sorted(set(line for line in lines if line.strip()))) + "\n"


def to_nquads(dataset: Dataset) -> str:
    """N-Quads, lines sorted."""
    lines = dataset.serialize(format="nquads", encoding="utf-8").decode("utf-8").splitlines()
    return "\n".join(sorted(set(line for line in lines if line.strip()))) + "\n"


def _canonical_graph(graph: Graph) -> Graph:
    """A copy of ``graph`` with triples inserted in sorted order, so serializers see one order."""
    copy = bind_prefixes(Graph())
    for triple in sorted(graph, key=lambda t: tuple(x.n3() for x in t)):
        copy.add(triple)
    return copy


def to_turtle(graph: Graph) -> str:
    return _canonical_graph(graph).serialize(format="turtle")


def to_trig(dataset: Dataset) -> str:
    """TriG with one named graph per article, graphs and triples in a stable order."""
    header = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(PREFIXES.items()))
    blocks = [header]
    for ctx in sorted(dataset.graphs(), key=lambda c: str(c.identifier)):
        if len(ctx) == 0:
            continue
        # Lines are not indented: a multi-line literal's continuation lines are part of its value.
        body = [line for line in to_turtle(ctx).splitlines() if not line.startswith("@prefix")]
        text = "\n".join(body).strip("\n")
        blocks.append(f"<{ctx.identifier}> {{\n{text}\n}}\n")
    return "\n".join(blocks)


def _sort_json(node: Any) -> Any:
    """Sort JSON-LD arrays (unordered sets in RDF) and keys, so output is byte-stable."""
    if isinstance(node, dict):
        return {k: _sort_json(v) for k, v in sorted(node.items())}
    if isinstance(node, list):
        items = [_sort_json(v) for v in node]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return node


def to_jsonld(graph: Graph) -> str:
    """Compact JSON-LD with the civickg context inlined; @graph sorted by @id."""
    ctx = jsonld_context()["@context"]
    raw = json.loads(graph.serialize(format="json-ld", context=ctx, auto_compact=True))
    body = {k: v for k, v in raw.items() if k != "@context"}
    if "@graph" not in body:
        body = {"@graph": [body]} if body else {"@graph": []}
    doc = {"@context": ctx, "@graph": _sort_json(body["@graph"])}
    return json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def to_graphml(network: nx.MultiDiGraph) -> str:
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


def to_csv(network: nx.MultiDiGraph) -> str:
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
