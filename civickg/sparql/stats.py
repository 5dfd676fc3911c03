"""Counts that describe a graph, in the words civickg uses everywhere (README, "Counting").

articles, entities, observations (figures), facts (relations and values about an entity), statements
(every asserted triple an evidence record supports: facts, types, mentions, bylines, observation fields),
evidence records, triples; and counts by class and by predicate, with statements with and without evidence,
and statements by review status (curated by hand, drafted by the extractor and reviewed, or draft only).
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Graph

from civickg.namespaces import curie
from civickg.sparql import packaged_query

SUMMARY_KEYS = ("articles", "entities", "observations", "facts", "statements", "evidence")
REVIEW_KEYS = ("curated", "reviewed", "draft")


@dataclass(frozen=True)
class Stats:
    """What a graph holds."""

    triples: int
    summary: dict[str, int]
    by_class: list[tuple[str, int]]
    by_predicate: list[tuple[str, int]]
    statements: list[tuple[str, int, int]]  # predicate, statements, with evidence
    review: dict[str, int]  # statements by review status: curated, reviewed, draft

    @property
    def statement_total(self) -> int:
        return sum(f for _, f, _ in self.statements)

    @property
    def with_evidence(self) -> int:
        return sum(e for _, _, e in self.statements)

    @property
    def without_evidence(self) -> int:
        return self.statement_total - self.with_evidence

    def as_dict(self) -> dict[str, object]:
        return {"triples": self.triples, **self.summary, "evidence_records": self.summary["evidence"],
                "statements_with_evidence": self.with_evidence, "statements_without_evidence": self.without_evidence,
                "by_class": dict(self.by_class), "by_predicate": dict(self.by_predicate),
                "statements_by_predicate": {p: {"statements": f, "with_evidence": e} for p, f, e in self.statements},
                "statements_by_review": dict(self.review)}


def compute(graph: Graph) -> Stats:
    """Count a graph's articles, entities, facts, statements and evidence, by class and by predicate."""
    row = next(iter(graph.query(packaged_query("summary"))))
    summary = {key: int(row[key]) for key in SUMMARY_KEYS}
    by_class = [(curie(r[0]), int(r[1])) for r in graph.query(packaged_query("count-by-class"))]
    by_pred = [(curie(r[0]), int(r[1])) for r in graph.query(packaged_query("count-by-predicate"))]
    supported = {r[0]: int(r[1]) for r in graph.query(packaged_query("evidenced-statements-by-predicate"))}
    statements = [(curie(r[0]), int(r[1]), min(int(r[1]), supported.get(r[0], 0)))
                  for r in graph.query(packaged_query("statements-by-predicate"))]
    found = {str(r[0]): int(r[1]) for r in graph.query(packaged_query("statements-by-review"))}
    review = {key: found.get(key, 0) for key in REVIEW_KEYS}
    return Stats(len(graph), summary, by_class, by_pred, statements, review)
