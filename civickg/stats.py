"""Counts that describe a graph: by class, by predicate, and facts with and without evidence."""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph

from civickg.namespaces import curie
from civickg.sparql import packaged_query


@dataclass(frozen=True)
class Stats:
    """What a graph holds."""

    triples: int
    by_class: list[tuple[str, int]]
    by_predicate: list[tuple[str, int]]
    facts: list[tuple[str, int, int]]  # predicate, facts, with evidence

    @property
    def fact_total(self) -> int:
        return sum(f for _, f, _ in self.facts)

    @property
    def with_evidence(self) -> int:
        return sum(e for _, _, e in self.facts)

    @property
    def without_evidence(self) -> int:
        return self.fact_total - self.with_evidence

    def as_dict(self) -> dict[str, object]:
        return {"triples": self.triples, "facts": self.fact_total, "facts_with_evidence": self.with_evidence,
                "facts_without_evidence": self.without_evidence,
                "by_class": dict(self.by_class), "by_predicate": dict(self.by_predicate),
                "facts_by_predicate": {p: {"facts": f, "with_evidence": e} for p, f, e in self.facts}}


def compute(graph: Graph) -> Stats:
    """Count a graph's classes, predicates and evidenced facts."""
    by_class = [(curie(r[0]), int(r[1])) for r in graph.query(packaged_query("count-by-class"))]
    by_pred = [(curie(r[0]), int(r[1])) for r in graph.query(packaged_query("count-by-predicate"))]
    supported = {r[0]: int(r[1]) for r in graph.query(packaged_query("evidenced-facts-by-predicate"))}
    facts = [(curie(r[0]), int(r[1]), min(int(r[1]), supported.get(r[0], 0)))
             for r in graph.query(packaged_query("facts-by-predicate"))]
    return Stats(len(graph), by_class, by_pred, facts)
