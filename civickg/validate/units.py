"""Split a built dataset into units that can be validated one at a time, with what each needs from the rest.

A unit is one named graph (an article's, or the corpus graph) plus its context, taken from the whole dataset:
the description (every triple with it as subject) of each node the graph names; for the nodes the unit owns
(each node is owned by one unit), the triples that point at them through a property a shape follows
backwards (``sh:inversePath``), with their subjects' descriptions where a sequence path goes on from there;
and the types every node of the unit has in the whole dataset, asserted or given by an rdfs:domain or
rdfs:range (through rdfs:subPropertyOf). So a shape that looks one or two steps from a node it owns sees
what it would see in the whole graph. Every backward link joins one unit only, so the units together stay
linear in the size of the dataset; building them is one pass over the triples (dictionaries keyed by node).
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import RDF, RDFS
from rdflib.term import Node

from civickg.namespaces import SH
from civickg.ontology.model import Ontology

Triple = tuple[Node, Node, Node]


#: Articles per unit, on average: a unit's fixed cost (the ontology, pyshacl's and owlrl's passes) is paid
#: once for this many articles; units end where an article's id hashes to a multiple of it, so adding or
#: removing an article changes only its own unit.
BATCH = 8


@dataclass
class Unit:
    """Named graphs validated together, with their context; ``owned`` maps each node whose SHACL results are
    this unit's to report to the graph that owns it (the first graph, by IRI, that describes it, or else
    that names it: every node is owned by one graph)."""

    names: list[str]
    graph: Graph
    owned: dict[Node, str]


def _closure(pairs: Iterable[tuple[Node, Node]]) -> dict[Node, set[Node]]:
    """Reflexive-transitive closure of a relation given as (sub, super) pairs."""
    up: dict[Node, set[Node]] = defaultdict(set)
    for sub, sup in pairs:
        up[sub].add(sup)
    closed: dict[Node, set[Node]] = {}
    for start in list(up):
        seen, todo = {start}, [start]
        while todo:
            for nxt in up.get(todo.pop(), ()):
                if nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
        closed[start] = seen
    return closed


class Typing:
    """The types RDFS gives each node: asserted, and by the domain and range of the properties it is used with."""

    def __init__(self, ontology: Ontology) -> None:
        g = ontology.graph
        supers = _closure(g.subject_objects(RDFS.subPropertyOf))
        domains, ranges = defaultdict(set), defaultdict(set)
        for prop, cls in g.subject_objects(RDFS.domain):
            domains[prop].add(cls)
        for prop, cls in g.subject_objects(RDFS.range):
            ranges[prop].add(cls)
        props = set(domains) | set(ranges) | set(supers)
        self.supers = supers
        self.domain = {p: set().union(*(domains.get(q, set()) for q in supers.get(p, {p}))) for p in props}
        self.range = {p: set().union(*(ranges.get(q, set()) for q in supers.get(p, {p}))) for p in props}
        self.types: dict[Node, set[Node]] = defaultdict(set)

    def add(self, s: Node, p: Node, o: Node) -> None:
        if p == RDF.type:
            self.types[s].add(o)
        self.types[s].update(self.domain.get(p, ()))
        if isinstance(o, URIRef):
            self.types[o].update(self.range.get(p, ()))


def inverse_properties(shapes: Graph) -> tuple[set[Node], set[Node]]:
    """(the properties a shape follows backwards (``sh:inversePath``), those of them that start a sequence path
    and so need what the node at the other end says of itself)."""
    inverse, first = set(), set()
    lists = {o for p in (SH.alternativePath, SH["in"], SH.languageIn, SH["or"], SH["and"], SH.xone,
                         SH.ignoredProperties) for o in shapes.objects(None, p)}
    for step, prop in shapes.subject_objects(SH.inversePath):
        inverse.add(prop)
        for head in shapes.subjects(RDF.first, step):
            if head not in lists and not any(shapes.subjects(RDF.rest, head)):
                first.add(prop)
    return inverse, first


class Context:
    """Indexes over the whole dataset, built in one pass: descriptions, backward links, types, owners."""

    def __init__(self, dataset: Dataset, ontology: Ontology, inverse: tuple[set[Node], set[Node]]) -> None:
        self.described: dict[Node, set[Triple]] = defaultdict(set)
        self.pointing: dict[Node, set[Triple]] = defaultdict(set)
        self.typing = Typing(ontology)
        self.sequenced = inverse[1]
        describes: dict[Node, str] = {}
        names: dict[Node, str] = {}
        for s, p, o, graph in dataset.quads((None, None, None, None)):
            name = str(graph.identifier if isinstance(graph, Graph) else graph)
            self.described[s].add((s, p, o))
            if p in inverse[0]:
                self.pointing[o].add((s, p, o))
            self.typing.add(s, p, o)
            describes[s] = min(describes.get(s, name), name)
            if isinstance(o, URIRef):
                names[o] = min(names.get(o, name), name)
        self.owner = {**names, **describes}

    def unit(self, members: list[tuple[str, Graph]]) -> Unit:
        """The named graphs ``members`` (name, graph) with their context."""
        graph = Graph()
        owned: dict[Node, str] = {}
        for name, own in members:
            named = {n for triple in own for n in triple if isinstance(n, URIRef)}
            for node in named:
                graph += self.described.get(node, ())
                if self.owner.get(node) == name:
                    owned[node] = name
                    self._pointing(node, graph)
            graph += own
        for node in {n for triple in graph for n in (triple[0], triple[2]) if isinstance(n, URIRef)}:
            for cls in self.typing.types.get(node, ()):
                graph.add((node, RDF.type, cls))
        return Unit([name for name, _ in members], graph, owned)

    def _pointing(self, node: Node, graph: Graph) -> None:
        """Add what points at ``node`` through a backward property, and where a sequence path goes on, what
        the pointing node says of itself."""
        for s, p, o in self.pointing.get(node, ()):
            graph.add((s, p, o))
            if p in self.sequenced:
                graph += self.described.get(s, ())


def units(dataset: Dataset, context: Context) -> Iterator[Unit]:
    """The non-empty named graphs of ``dataset`` in IRI order, in units of about ``BATCH``."""
    members: list[tuple[str, Graph]] = []
    for ctx in sorted(dataset.graphs(), key=lambda c: str(c.identifier)):
        if len(ctx):
            name = str(ctx.identifier)
            members.append((name, ctx))
            if int(hashlib.sha256(name.encode()).hexdigest()[:8], 16) % BATCH == 0:
                yield context.unit(members)
                members = []
    if members:
        yield context.unit(members)


def split_shapes(shapes: Graph) -> tuple[Graph, Graph]:
    """(the shapes checked per unit, the corpus-wide shapes): a node shape with ``sh:targetNode`` is one query
    over the whole graph, so it runs once, on ``corpus_graph``; every other shape runs per unit."""
    corpus_wide = set(shapes.subjects(SH.targetNode, None))
    targets = (SH.targetNode, SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf)
    per_unit, whole = Graph(), Graph()
    for prefix, namespace in shapes.namespaces():
        per_unit.bind(prefix, namespace)
        whole.bind(prefix, namespace)
    for s, p, o in shapes:
        if not (s in corpus_wide and p == SH.targetNode):
            per_unit.add((s, p, o))
        if not (p in targets and s not in corpus_wide):
            whole.add((s, p, o))
    return per_unit, whole


def queried_properties(shapes: Graph, ontology: Ontology) -> set[Node]:
    """The ontology's properties that the corpus-wide shapes' queries name (as prefix:name)."""
    text = " ".join(str(q) for q in shapes.objects(None, SH.select))
    found = set()
    for prefix, local in re.findall(r"\b([A-Za-z][\w-]*):([A-Za-z_][\w-]*)", text):
        try:
            found.add(ontology.expand(f"{prefix}:{local}"))
        except KeyError:  # a prefix the ontology does not declare: not one of its properties
            continue
    return found & ontology.properties


def corpus_graph(context: Context, properties: set[Node]) -> Graph:
    """What the corpus-wide shapes need, linear in the entities: every node's types (asserted and by domain
    and range) and the links through ``properties`` (stated, or through a sub-property)."""
    graph = Graph()
    for node, classes in context.typing.types.items():
        for cls in classes:
            graph.add((node, RDF.type, cls))
    supers = context.typing.supers
    for triples in context.described.values():
        for s, p, o in triples:
            for prop in supers.get(p, {p}) & properties:
                graph.add((s, prop, o))
    return graph
