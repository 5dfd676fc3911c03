"""Serialize a build deterministically: Turtle, N-Triples, TriG, JSON-LD, GraphML, CSV."""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterable
from typing import Any

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS
from rdflib.plugins.serializers.nquads import _nq_row
from rdflib.plugins.serializers.turtle import TurtleSerializer
from rdflib.term import Node

from civickg.namespaces import PREFIXES, bind_prefixes


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


def to_nquads_lines(dataset: Dataset, graph: URIRef) -> str:
    """The N-Quads lines of one named graph, sorted, each ending in a newline (as ``to_nquads`` writes them)."""
    return "".join(sorted({_nq_row(triple, graph) for triple in dataset.graph(graph)}))


def merge_lines(chunks: Iterable[str]) -> str:
    """Sorted, unique lines of several chunks of newline-ended lines (the same as one sorted serialization)."""
    lines = sorted({line for chunk in chunks for line in chunk.splitlines() if line.strip()})
    return "\n".join(lines) + "\n"


def _canonical_graph(graph: Graph) -> Graph:
    """A copy of ``graph`` with triples inserted in sorted order, so serializers see one order."""
    copy = bind_prefixes(Graph())
    for triple in sorted(graph, key=lambda t: tuple(x.n3() for x in t)):
        copy.add(triple)
    return copy


class _LosslessTurtle(TurtleSerializer):
    """rdflib's Turtle writer, except that a literal whose shorthand would read back as another lexical form
    (rdflib writes the decimal "100" as ``100.0``) is written quoted, with its datatype."""

    def get_pname(self, uri: Node, gen_prefix: bool = True) -> str | None:
        """rdflib's prefixed name, answered at once for an IRI that cannot have one (an evidence record's, whose
        local part holds a / or #): rdflib looks such an IRI up among every namespace it has seen, each time
        the IRI is written. Only a new predicate can bind a namespace (rdflib makes prefixes for predicates
        only), so what is known is forgotten after each."""
        if gen_prefix:
            if uri not in self.__dict__.setdefault("_predicates", set()):
                self._predicates.add(uri)
                self.__dict__.pop("_bound", None)
                self.__dict__.pop("_unnamed", None)
        elif isinstance(uri, URIRef):
            known: dict[str, bool] = self.__dict__.setdefault("_unnamed", {})
            unnamed = known.get(uri)
            if unnamed is None:
                unnamed = known[uri] = not self._may_be_named(str(uri))
            if unnamed:
                return None
        return super().get_pname(uri, gen_prefix)

    def _may_be_named(self, iri: str) -> bool:
        """Whether a bound namespace begins ``iri`` with no / or # after it (else rdflib finds no name: the
        namespace it splits off ends after the last of them)."""
        if "_bound" not in self.__dict__:
            self._bound = tuple(str(ns) for _, ns in self.store.namespaces())
        if not iri.startswith(self._bound):
            return False
        return any(iri.startswith(ns) and "/" not in iri[len(ns):] and "#" not in iri[len(ns):]
                   for ns in self._bound)

    def label(self, node: Node, position: int) -> str:
        text = super().label(node, position)
        if isinstance(node, Literal) and node.datatype is not None and not text.startswith('"') \
                and text != str(node):
            return node._literal_n3(use_plain=False, qname_callback=lambda dt: self.get_pname(dt, True))
        return text


class _TurtleStatements(_LosslessTurtle):
    """The Turtle writer, one subject at a time: each subject's statement as ``to_turtle`` writes it."""

    def statements(self) -> tuple[dict[str, str], dict[str, str]]:
        """(statement text by subject in N-Triples form, prefixes the graph uses by name)."""
        self.reset()
        self.stream, self.encoding = io.BytesIO(), "utf-8"
        self.preprocess()
        out = {}
        for subject in self.orderSubjects():
            start = self.stream.tell()
            self.statement(subject)
            out[subject.n3()] = self.stream.getvalue()[start:].decode("utf-8")
        return out, {prefix: str(ns) for prefix, ns in self.namespaces.items()}


def turtle_statements(graph: Graph) -> tuple[dict[str, str], dict[str, str]] | None:
    """Each subject's Turtle statement (text by subject) and the prefixes used, from which ``join_turtle``
    writes the same bytes as ``to_turtle``; None when the graph has what makes statements depend on each other
    (blank nodes, classes, which the writer puts first)."""
    if any(isinstance(term, BNode) for triple in graph for term in triple) \
            or (None, RDF.type, RDFS.Class) in graph:
        return None
    return _TurtleStatements(_canonical_graph(graph)).statements()


def join_turtle(statements: Iterable[str], prefixes: dict[str, str]) -> str:
    """Turtle from statements already in the writer's order (by times referenced, then IRI) and prefixes."""
    header = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(prefixes.items()))
    return header + "".join(f"{text}\n" for text in statements) + "\n"


def to_turtle(graph: Graph) -> str:
    """Turtle, triples in a stable order; every literal reads back with the lexical form it has."""
    out = io.BytesIO()
    _LosslessTurtle(_canonical_graph(graph)).serialize(out, encoding="utf-8")
    return out.getvalue().decode("utf-8")


def to_trig(dataset: Dataset) -> str:
    """TriG with one named graph per article, graphs and triples in a stable order."""
    blocks = [trig_header()]
    for ctx in sorted(dataset.graphs(), key=lambda c: str(c.identifier)):
        if len(ctx) == 0:
            continue
        blocks.append(trig_block(ctx))
    return "\n".join(blocks)


def trig_header() -> str:
    return "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(PREFIXES.items()))


def trig_block(ctx: Graph, turtle: str | None = None) -> str:
    """One named graph as a TriG block (no prefixes: the header declares them), from its ``turtle`` when that
    is already written."""
    # Lines are not indented: a multi-line literal's continuation lines are part of its value.
    body = [line for line in (turtle if turtle is not None else to_turtle(ctx)).splitlines()
            if not line.startswith("@prefix")]
    text = "\n".join(body).strip("\n")
    return f"<{ctx.identifier}> {{\n{text}\n}}\n"


def join_trig(blocks: dict[str, str]) -> str:
    """TriG from each named graph's block, by graph IRI (the same as ``to_trig`` of the whole dataset)."""
    return "\n".join([trig_header(), *(blocks[name] for name in sorted(blocks) if blocks[name])])


def _sort_json(node: Any) -> Any:
    """Sort JSON-LD arrays (unordered sets in RDF) and keys, so output is byte-stable."""
    if isinstance(node, dict):
        return {k: _sort_json(v) for k, v in sorted(node.items())}
    if isinstance(node, list):
        items = [_sort_json(v) for v in node]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return node


def _jsonld_graph(graph: Graph) -> list[Any]:
    """The @graph nodes of ``graph`` in compact JSON-LD, sorted."""
    raw = json.loads(graph.serialize(format="json-ld", context=jsonld_context()["@context"], auto_compact=True))
    body = {k: v for k, v in raw.items() if k != "@context"}
    if "@graph" not in body:
        body = {"@graph": [body]} if body else {"@graph": []}
    return _sort_json(body["@graph"])


def to_jsonld(graph: Graph) -> str:
    """Compact JSON-LD with the civickg context inlined; @graph sorted by @id."""
    doc = {"@context": jsonld_context()["@context"], "@graph": _jsonld_graph(graph)}
    return json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=False) + "\n"


def jsonld_nodes(graph: Graph) -> dict[str, list[str]]:
    """Each subject's JSON-LD node as [sort key, text as ``to_jsonld`` indents it], by its compact @id."""
    nodes = {}
    for node in _jsonld_graph(graph):
        text = json.dumps(node, ensure_ascii=False, indent=1, sort_keys=False).replace("\n", "\n  ")
        nodes[node["@id"]] = [json.dumps(node, sort_keys=True, ensure_ascii=False), "  " + text]
    return nodes


_GRAPH_MARK = "\0nodes"


def join_jsonld(nodes: Iterable[list[str]]) -> str:
    """JSON-LD from ``jsonld_nodes`` entries (any order): the same bytes as ``to_jsonld`` of their union."""
    texts = [text for _, text in sorted(nodes, key=lambda entry: entry[0])]
    doc = {"@context": jsonld_context()["@context"], "@graph": [_GRAPH_MARK] if texts else []}
    head = json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=False)
    return head.replace(f"  {json.dumps(_GRAPH_MARK)}", ",\n".join(texts)) + "\n"


#: Serializers by format name: a function of the union graph, or of the dataset for quads.
GRAPH_SERIALIZERS: dict[str, Callable[[Graph], str]] = {"ttl": to_turtle, "nt": to_ntriples, "jsonld": to_jsonld}
DATASET_SERIALIZERS: dict[str, Callable[[Dataset], str]] = {"trig": to_trig, "nq": to_nquads}
