"""Evidence records: locating quotes, writing records with both selectors, reading them back."""

from __future__ import annotations

import hashlib

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, XSD

from civickg.builder import library
from civickg.errors import QuoteNotFoundError
from civickg.evidence import CONTEXT, EvidenceWriter, Span, locate, quote_index, records, require, slug, targets, verify
from civickg.namespaces import ARTICLE, CID, CIVIC, EVIDENCE, OA
from tests.conftest import copy_project

TEXT = "记者 史安琪\n济南市推荐的慈善楷模候选对象王勇获评第十二届“中华慈善奖”。王勇热心公益，王勇获评先进。"
AWARD_QUOTE = "王勇获评第十二届“中华慈善奖”"
CIVIL = "jinan-civil-affairs-2024"


@pytest.fixture(scope="module")
def seed_graph(tmp_path_factory: pytest.TempPathFactory) -> Graph:
    """The union graph of a build of the seed, in memory."""
    return library.build(copy_project(tmp_path_factory.mktemp("seed"))).union()


# ---------------------------------------------------------------- locating

def test_locate_first_occurrence_with_context():
    span = locate(TEXT, "王勇")
    assert span is not None
    assert (span.start, span.end) == (TEXT.index("王勇"), TEXT.index("王勇") + 2)
    assert span.exact == "王勇"
    assert len(span.prefix) == CONTEXT
    assert span.prefix == TEXT[span.start - CONTEXT:span.start]
    assert span.prefix.endswith("慈善楷模候选对象")
    assert span.suffix == TEXT[span.end:span.end + CONTEXT]
    assert span.suffix.startswith("获评第十二届")


def test_locate_nth_occurrence():
    first, second, third = (locate(TEXT, "王勇", n) for n in (1, 2, 3))
    assert first is not None and second is not None and third is not None
    assert first.start < second.start < third.start
    assert TEXT[second.start:].startswith("王勇热心公益")
    assert TEXT[third.start:].startswith("王勇获评先进")
    assert locate(TEXT, "王勇", 4) is None


def test_locate_absent_quote_is_none():
    assert locate(TEXT, "李四") is None
    assert locate(TEXT, "中华慈善奖”。王勇热心公益，张三") is None


def test_context_is_cut_at_the_ends_of_the_text():
    head = locate(TEXT, "记者")
    assert head is not None and head.prefix == "" and head.start == 0
    assert head.suffix == TEXT[2:2 + CONTEXT]
    tail = locate(TEXT, "先进。")
    assert tail is not None and tail.suffix == "" and tail.end == len(TEXT)
    assert tail.prefix == TEXT[len(TEXT) - 3 - CONTEXT:len(TEXT) - 3]


def test_offsets_count_code_points():
    span = locate("“中华慈善奖”", "慈善")
    assert span is not None and (span.start, span.end) == (3, 5)


def test_require_returns_the_span():
    span = require(TEXT, AWARD_QUOTE, 1, article=CIVIL, what="fact 'wang-yong received'", file="a.yaml", line=3)
    assert span == locate(TEXT, AWARD_QUOTE)


def test_require_names_file_line_and_quote():
    with pytest.raises(QuoteNotFoundError) as info:
        require(TEXT, "王勇获评第十三届", 1, article=CIVIL, what="fact 'wang-yong received china-charity-award'",
                file="graph/annotations/jinan-civil-affairs-2024.yaml", line=597)
    message = info.value.render()
    assert "\n" not in message
    assert message.startswith("graph/annotations/jinan-civil-affairs-2024.yaml:597: ")
    assert "“王勇获评第十三届”" in message
    assert "fact 'wang-yong received china-charity-award'" in message
    assert f"article '{CIVIL}'" in message
    assert f"build/text/{CIVIL}.txt" in message


def test_require_names_the_missing_occurrence():
    with pytest.raises(QuoteNotFoundError, match=r"“王勇” \(occurrence 4\)"):
        require(TEXT, "王勇", 4, article=CIVIL, what="mention", file="a.yaml", line=1)


def test_verify_agrees_with_the_text_and_catches_shifts():
    span = locate(TEXT, AWARD_QUOTE)
    assert span is not None and verify(TEXT, span)
    shifted = Span(span.start + 1, span.end + 1, span.exact, span.prefix, span.suffix)
    assert not verify(TEXT, shifted)
    wrong_prefix = Span(span.start, span.end, span.exact, "别的" + span.prefix[2:], span.suffix)
    assert not verify(TEXT, wrong_prefix)
    wrong_suffix = Span(span.start, span.end, span.exact, span.prefix, span.suffix[:-1] + "X")
    assert not verify(TEXT, wrong_suffix)
    assert not verify(TEXT.replace("第十二届", "第十三届"), span)


# ---------------------------------------------------------------- writing

def test_slug_of_terms():
    assert slug(CID["wang-yong"]) == "wang-yong"
    assert slug(CIVIC.received) == "received"
    assert slug(RDF.type) == "type"  # the fragment after '#'
    assert slug(Literal(12, datatype=XSD.integer)) == "12"
    assert slug(Literal("6.9")) == "6.9"


def test_slug_of_cjk_literal_is_a_stable_hash():
    expected = "h" + hashlib.sha1("中华慈善奖".encode()).hexdigest()[:10]
    assert slug(Literal("中华慈善奖", lang="zh")) == expected
    assert slug(Literal("中华慈善奖")) == expected
    assert slug(Literal("慈善楷模")) != expected
    assert slug(Literal("two words")).startswith("h")  # a space is not safe in an IRI


def _written() -> tuple[Graph, EvidenceWriter, list[URIRef], Span]:
    graph = Graph()
    writer = EvidenceWriter()
    span = locate(TEXT, AWARD_QUOTE)
    assert span is not None
    s, o = CID["wang-yong"], CID["china-charity-award"]
    iris = [writer.assert_fact(graph, CIVIL, s, CIVIC.received, o, span),
            writer.assert_fact(graph, CIVIL, s, CIVIC.received, o, span),
            writer.assert_fact(graph, CIVIL, ARTICLE[CIVIL], CIVIC.reporter, CID["shi-anqi"], locate(TEXT, "史安琪")),
            writer.assert_fact(graph, CIVIL, CID["award-12"], CIVIC.edition, Literal("第十二届", lang="zh"),
                               locate(TEXT, "第十二届"))]
    return graph, writer, iris, span


def test_record_iris_are_readable_and_numbered_when_repeated():
    _, writer, iris, _ = _written()
    assert iris[0] == EVIDENCE[f"{CIVIL}/wang-yong--received--china-charity-award"]
    assert iris[1] == EVIDENCE[f"{CIVIL}/wang-yong--received--china-charity-award--2"]
    assert iris[2] == EVIDENCE[f"{CIVIL}/article--reporter--shi-anqi"]
    cjk = "h" + hashlib.sha1("第十二届".encode()).hexdigest()[:10]
    assert iris[3] == EVIDENCE[f"{CIVIL}/award-12--edition--{cjk}"]
    assert writer.count == 4


def test_assert_fact_adds_the_triple_and_its_record_with_both_selectors():
    graph, _, iris, span = _written()
    ev = iris[0]
    s, p, o = CID["wang-yong"], CIVIC.received, CID["china-charity-award"]
    assert (s, p, o) in graph
    assert (ev, RDF.type, CIVIC.Evidence) in graph
    assert (ev, RDF.subject, s) in graph and (ev, RDF.predicate, p) in graph and (ev, RDF.object, o) in graph
    assert graph.value(ev, CIVIC.quote) == Literal(AWARD_QUOTE)
    assert graph.value(ev, PROV.wasDerivedFrom) == ARTICLE[CIVIL]
    target = graph.value(ev, OA.hasTarget)
    assert target == URIRef(ev + "#target")
    assert (target, RDF.type, OA.SpecificResource) in graph
    assert graph.value(target, OA.hasSource) == ARTICLE[CIVIL]
    selectors = set(graph.objects(target, OA.hasSelector))
    assert selectors == {URIRef(ev + "#quote"), URIRef(ev + "#position")}
    quote_sel, pos_sel = URIRef(ev + "#quote"), URIRef(ev + "#position")
    assert (quote_sel, RDF.type, OA.TextQuoteSelector) in graph
    assert graph.value(quote_sel, OA.exact) == Literal(AWARD_QUOTE)
    assert graph.value(quote_sel, OA.prefix) == Literal(span.prefix)
    assert graph.value(quote_sel, OA.suffix) == Literal(span.suffix)
    assert (pos_sel, RDF.type, OA.TextPositionSelector) in graph
    assert graph.value(pos_sel, OA.start) == Literal(span.start, datatype=XSD.integer)
    assert graph.value(pos_sel, OA.end) == Literal(span.end, datatype=XSD.integer)


def test_a_record_is_eighteen_triples():
    graph = Graph()
    span = locate(TEXT, AWARD_QUOTE)
    assert span is not None
    EvidenceWriter().assert_fact(graph, CIVIL, CID["wang-yong"], CIVIC.received, CID["china-charity-award"], span)
    assert len(graph) == 1 + 18


# ---------------------------------------------------------------- reading back

def test_records_round_trip_what_was_written():
    graph, _, iris, _ = _written()
    graph.add((CID["wang-yong"], RDFS.label, Literal("王勇", lang="zh")))  # not a record
    read = list(records(graph))
    assert [r.iri for r in read] == sorted(iris)
    first = next(r for r in read if r.iri == iris[0])
    assert first.triple == (CID["wang-yong"], CIVIC.received, CID["china-charity-award"])
    assert first.quote == AWARD_QUOTE
    assert first.article == ARTICLE[CIVIL]
    edition = next(r for r in read if r.iri == iris[3])
    assert edition.object == Literal("第十二届", lang="zh")


def test_quote_index_round_trips_what_was_written():
    graph, _, _, _ = _written()
    index = quote_index(graph)
    key = (CID["wang-yong"], CIVIC.received, CID["china-charity-award"])
    assert index[key] == [(AWARD_QUOTE, str(ARTICLE[CIVIL]))] * 2
    assert index[(ARTICLE[CIVIL], CIVIC.reporter, CID["shi-anqi"])] == [("史安琪", str(ARTICLE[CIVIL]))]
    assert len(index) == 3


def test_targets_round_trip_the_spans():
    graph, _, iris, span = _written()
    found = {t.iri: t for t in targets(graph)}
    assert set(found) == {URIRef(iri + "#target") for iri in iris}
    target = found[URIRef(iris[0] + "#target")]
    assert target.source == ARTICLE[CIVIL]
    assert target.span == span
    assert target.problem == ""
    assert all(verify(TEXT, t.span) for t in found.values() if t.span is not None)


def test_targets_report_a_missing_selector():
    graph, _, iris, _ = _written()
    graph.remove((URIRef(iris[0] + "#target"), OA.hasSelector, URIRef(iris[0] + "#position")))
    broken = [t for t in targets(graph) if t.span is None]
    assert [(t.iri, t.problem) for t in broken] == [(URIRef(iris[0] + "#target"), "missing selector")]


def test_targets_report_a_selector_that_is_not_an_integer():
    graph, _, iris, _ = _written()
    pos = URIRef(iris[0] + "#position")
    graph.set((pos, OA.start, Literal("twelve")))
    broken = [t for t in targets(graph) if t.span is None]
    assert len(broken) == 1 and "not integers" in broken[0].problem


def test_the_seed_holds_wang_yongs_award_record(seed_graph: Graph):
    iri = EVIDENCE[f"{CIVIL}/wang-yong--received--china-charity-award"]
    found = [r for r in records(seed_graph) if r.iri == iri]
    assert len(found) == 1
    record = found[0]
    assert record.triple == (CID["wang-yong"], CIVIC.received, CID["china-charity-award"])
    assert record.quote == AWARD_QUOTE
    assert record.article == ARTICLE[CIVIL]
    key = (CID["wang-yong"], CIVIC.received, CID["china-charity-award"])
    assert quote_index(seed_graph)[key] == [(AWARD_QUOTE, str(ARTICLE[CIVIL]))]


def test_the_seed_records_point_at_the_clean_text(seed_graph: Graph):
    text = str(seed_graph.value(ARTICLE[CIVIL], URIRef("https://schema.org/text")))
    target = next(t for t in targets(seed_graph)
                  if t.iri == EVIDENCE[f"{CIVIL}/wang-yong--received--china-charity-award#target"])
    assert target.source == ARTICLE[CIVIL]
    assert target.span is not None and target.span.exact == AWARD_QUOTE
    assert text[target.span.start:target.span.end] == AWARD_QUOTE
    assert verify(text, target.span)
