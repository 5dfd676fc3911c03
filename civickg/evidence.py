"""Evidence records: the one place that writes them into a graph and reads them back.

A fact ``s p o`` asserted from an article gets one ``civic:Evidence`` record (an ``oa:Annotation`` and an
``rdf:Statement``): ``rdf:subject/predicate/object``, the verbatim ``civic:quote``, ``prov:wasDerivedFrom``
the article, and an ``oa:SpecificResource`` target with a TextQuoteSelector and a TextPositionSelector.
Offsets count code points in the article's clean text. A statement drafted by the extractor also carries
its ``civic:reviewStatus`` (``civic:draft`` or ``civic:reviewed``), ``civic:confidence`` and
``civic:extractionRule``, and once reviewed ``prov:wasAttributedTo`` the reviewer and ``dcterms:date``
(:class:`Review`); a hand-curated statement carries none of these. The builder writes records with
:class:`EvidenceWriter`; the validator, the explorer and the ontology docs read them with :func:`records`,
:func:`quote_index`, :func:`draft_only` and :func:`targets`.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, XSD
from rdflib.term import Node

from civickg.errors import QuoteNotFoundError
from civickg.namespaces import AGENT, ARTICLE, CID, CIVIC, EVIDENCE, OA, canonical, decimal

CONTEXT = 16  # characters of prefix and suffix kept around each quote
_SAFE = re.compile(r"^[A-Za-z0-9.\-]+$")


@dataclass(frozen=True)
class Span:
    """A quote located in an article's clean text: [start, end) in code points."""

    start: int
    end: int
    exact: str
    prefix: str
    suffix: str


def locate(text: str, quote: str, occurrence: int = 1) -> Span | None:
    """The ``occurrence``-th place ``quote`` appears in ``text``, or None."""
    start = -1
    for _ in range(occurrence):
        start = text.find(quote, start + 1)
        if start < 0:
            return None
    end = start + len(quote)
    return Span(start, end, quote, text[max(0, start - CONTEXT):start], text[end:end + CONTEXT])


def require(text: str, quote: str, occurrence: int, *, article: str, what: str, file: str,
            line: int) -> Span:
    """Locate a quote or raise a QuoteNotFoundError naming the fact and the quote."""
    span = locate(text, quote, occurrence)
    if span is None:
        nth = f" (occurrence {occurrence})" if occurrence > 1 else ""
        raise QuoteNotFoundError(f"{what}: quote “{quote}”{nth} is not in article '{article}'",
                                 file=file, line=line,
                                 hint="copy the words verbatim from build/text/"
                                      f"{article}.txt (full-width punctuation, one paragraph)")
    return span


def verify(text: str, span: Span) -> bool:
    """True when the selectors agree with the text."""
    return (text[span.start:span.end] == span.exact
            and text[max(0, span.start - len(span.prefix)):span.start] == span.prefix
            and text[span.end:span.end + len(span.suffix)] == span.suffix)


@dataclass(frozen=True)
class Review:
    """How a statement was made and checked: drafted by a rule, or reviewed by someone; all None if curated."""

    status: str | None = None         # "draft" or "reviewed"
    confidence: float | None = None   # the extractor's confidence, 0-1
    method: str | None = None         # the id of the extraction rule
    reviewer: str | None = None
    date: str | None = None           # YYYY-MM-DD

    @property
    def is_draft(self) -> bool:
        return self.status == "draft"


REVIEW_STATUS = {"draft": CIVIC.draft, "reviewed": CIVIC.reviewed}


def agent_iri(name: str) -> URIRef:
    """``agent/<name>`` for a reviewer: lowercase ASCII words kept, any other name hashed."""
    words = re.findall(r"[A-Za-z0-9]+", name)
    if name.isascii() and words:
        return AGENT["-".join(w.lower() for w in words)]
    return AGENT["h" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:10]]


def review_triples(ev: URIRef, review: Review) -> list[tuple[URIRef, URIRef, Node]]:
    """The triples that say how the statement of record ``ev`` was drafted and reviewed."""
    triples: list[tuple[URIRef, URIRef, Node]] = []
    if review.status:
        triples.append((ev, CIVIC.reviewStatus, REVIEW_STATUS[review.status]))
    if review.confidence is not None:
        triples.append((ev, CIVIC.confidence, decimal(review.confidence)))
    if review.method:
        triples.append((ev, CIVIC.extractionRule, Literal(review.method)))
    if review.reviewer:
        agent = agent_iri(review.reviewer)
        triples += [(ev, PROV.wasAttributedTo, agent), (agent, RDF.type, PROV.Agent),
                    (agent, RDFS.label, Literal(review.reviewer))]
    if review.date:
        triples.append((ev, DCTERMS.date, canonical(str(review.date), XSD.date)))
    return triples


# ---------------------------------------------------------------- writing

def slug(node: Node) -> str:
    """A readable, stable IRI segment for a term of an evidence record."""
    if isinstance(node, URIRef):
        return re.split(r"[/#]", str(node))[-1]
    text = str(node)
    return text if _SAFE.match(text) else "h" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


class EvidenceWriter:
    """Asserts facts with their evidence records; keeps record IRIs unique across one dataset."""

    def __init__(self) -> None:
        self._keys: set[str] = set()
        self.count = 0

    def record_iri(self, article_id: str, s: URIRef, p: URIRef, o: Node) -> URIRef:
        """``evidence/<article>/<subject>--<predicate>--<object>``, numbered when it repeats."""
        local = slug(s) if str(s).startswith(str(CID)) else "article"
        base = f"{article_id}/{local}--{slug(p)}--{slug(o)}"
        key, n = base, 1
        while key in self._keys:
            n += 1
            key = f"{base}--{n}"
        self._keys.add(key)
        return EVIDENCE[key]

    def assert_fact(self, graph: Graph, article_id: str, s: URIRef, p: URIRef, o: Node, span: Span,
                    review: Review | None = None) -> URIRef:
        """Add ``s p o`` to ``graph`` with its evidence record (and its review marks); return the record's IRI."""
        graph.add((s, p, o))
        ev = self.record_iri(article_id, s, p, o)
        target, quote_sel, pos_sel = URIRef(ev + "#target"), URIRef(ev + "#quote"), URIRef(ev + "#position")
        art = ARTICLE[article_id]
        for triple in (
            (ev, RDF.type, CIVIC.Evidence), (ev, RDF.subject, s), (ev, RDF.predicate, p), (ev, RDF.object, o),
            (ev, CIVIC.quote, Literal(span.exact)), (ev, PROV.wasDerivedFrom, art), (ev, OA.hasTarget, target),
            (target, RDF.type, OA.SpecificResource), (target, OA.hasSource, art),
            (target, OA.hasSelector, quote_sel), (target, OA.hasSelector, pos_sel),
            (quote_sel, RDF.type, OA.TextQuoteSelector), (quote_sel, OA.exact, Literal(span.exact)),
            (quote_sel, OA.prefix, Literal(span.prefix)), (quote_sel, OA.suffix, Literal(span.suffix)),
            (pos_sel, RDF.type, OA.TextPositionSelector),
            # xsd:integer, not Web Annotation's xsd:nonNegativeInteger: Oxigraph stores every integer type as
            # xsd:integer, so that type would read back differently on each engine; the value is the same.
            (pos_sel, OA.start, Literal(str(span.start), datatype=XSD.integer)),
            (pos_sel, OA.end, Literal(str(span.end), datatype=XSD.integer)),
        ):
            graph.add(triple)
        for triple in review_triples(ev, review) if review else ():
            graph.add(triple)
        self.count += 1
        return ev


# ---------------------------------------------------------------- reading

@dataclass(frozen=True)
class Record:
    """One evidence record as read back from a graph."""

    iri: URIRef
    subject: Node | None
    predicate: Node | None
    object: Node | None
    quote: str
    article: Node | None

    @property
    def triple(self) -> tuple[Node | None, Node | None, Node | None]:
        return (self.subject, self.predicate, self.object)


def records(graph: Graph) -> Iterator[Record]:
    """Every evidence record in ``graph``, in IRI order."""
    for ev in sorted(graph.subjects(RDF.type, CIVIC.Evidence)):
        quote = graph.value(ev, CIVIC.quote)
        yield Record(ev, graph.value(ev, RDF.subject), graph.value(ev, RDF.predicate), graph.value(ev, RDF.object),
                     "" if quote is None else str(quote), graph.value(ev, PROV.wasDerivedFrom))


#: (s, p, o) -> sorted [(quote, article IRI)]
QuoteIndex = dict[tuple, list[tuple[str, str]]]


def quote_index(graph: Graph) -> QuoteIndex:
    """(s, p, o) -> sorted [(quote, article IRI)] over every evidence record."""
    index: dict[tuple, list[tuple[str, str]]] = defaultdict(list)
    for rec in records(graph):
        index[rec.triple].append((rec.quote, str(rec.article)))
    for key in index:
        index[key].sort()
    return dict(index)


def draft_only(graph: Graph) -> set[tuple]:
    """The (s, p, o) whose every evidence record is a draft (``civic:reviewStatus civic:draft``)."""
    status: dict[tuple, set[bool]] = defaultdict(set)
    for rec in records(graph):
        status[rec.triple].add((rec.iri, CIVIC.reviewStatus, CIVIC.draft) in graph)
    return {triple for triple, drafts in status.items() if drafts == {True}}


@dataclass(frozen=True)
class Target:
    """Where a record points: the article and the span its selectors describe (None when unreadable)."""

    iri: URIRef
    source: Node | None
    span: Span | None
    problem: str = ""


def targets(graph: Graph) -> Iterator[Target]:
    """Every ``oa:SpecificResource`` with its source and selectors, in IRI order."""
    for target in sorted(graph.subjects(RDF.type, OA.SpecificResource)):
        source = graph.value(target, OA.hasSource)
        quote_sel = pos_sel = None
        for sel in graph.objects(target, OA.hasSelector):
            if (sel, RDF.type, OA.TextQuoteSelector) in graph:
                quote_sel = sel
            elif (sel, RDF.type, OA.TextPositionSelector) in graph:
                pos_sel = sel
        if quote_sel is None or pos_sel is None:
            yield Target(target, source, None, "missing selector")
            continue
        try:
            span = Span(int(graph.value(pos_sel, OA.start)), int(graph.value(pos_sel, OA.end)),
                        str(graph.value(quote_sel, OA.exact)), str(graph.value(quote_sel, OA.prefix) or ""),
                        str(graph.value(quote_sel, OA.suffix) or ""))
        except (TypeError, ValueError):
            yield Target(target, source, None, "selector values missing or not integers")
            continue
        yield Target(target, source, span)
