"""What the graph says, checked against the articles: facts, evidence, offsets."""

from __future__ import annotations

from decimal import Decimal

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from civickg.namespaces import ARTICLE, CID, CIVIC, OA, SDO, sparql_prologue


def ask(graph, query: str, **bindings):
    return list(graph.query(sparql_prologue() + query, initBindings=bindings))


def evidence_for(graph, s, p, o):
    """(quote, article, start, end, exact) for every evidence record of one triple."""
    return [tuple(row) for row in ask(graph, """
        SELECT ?quote ?article ?start ?end ?exact WHERE {
          ?ev rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; a civic:Evidence ;
              civic:quote ?quote ; prov:wasDerivedFrom ?article ; oa:hasTarget ?target .
          ?target oa:hasSource ?article ; oa:hasSelector ?position , ?quoted .
          ?position oa:start ?start ; oa:end ?end .
          ?quoted oa:exact ?exact .
        }""", s=s, p=p, o=o)]


def test_wang_yong_received_the_12th_china_charity_award_with_quote(graph):
    assert (CID["wang-yong"], CIVIC.received, CID["china-charity-award"]) in graph
    assert (CID["china-charity-award"], RDFS.label, Literal("中华慈善奖", lang="zh")) in graph
    conferral = CID["wang-yong-china-charity-award-12"]
    assert (conferral, CIVIC.recipient, CID["wang-yong"]) in graph
    assert (conferral, CIVIC.award, CID["china-charity-award"]) in graph
    assert (conferral, CIVIC.edition, Literal(12, datatype=XSD.integer)) in graph
    assert (conferral, CIVIC.conferralStatus, CIVIC.conferred) in graph
    [(quote, article, start, end, exact)] = evidence_for(graph, CID["wang-yong"], CIVIC.received,
                                                         CID["china-charity-award"])
    assert str(quote) == "王勇获评第十二届“中华慈善奖”" == str(exact)
    assert article == ARTICLE["jinan-civil-affairs-2024"]
    text = str(graph.value(article, SDO.text))
    assert text[int(start):int(end)] == "王勇获评第十二届“中华慈善奖”"


def test_anqing_studio_is_in_minziqian_community(graph):
    studio = CID["anqing-studio"]
    assert (studio, RDF.type, CIVIC.Studio) in graph
    assert (studio, RDFS.label, Literal("安晴工作室", lang="zh")) in graph
    assert (studio, CIVIC.locatedIn, CID["minziqian-community"]) in graph
    quotes = {str(q) for q, *_ in evidence_for(graph, studio, CIVIC.locatedIn, CID["minziqian-community"])}
    assert quotes == {"闵子骞社区安晴工作室"}


def test_shandalu_2023_fiscal_revenue_is_8_4_yi_yuan_up_6_92_percent(graph):
    rows = ask(graph, """
        SELECT ?value ?unit ?change ?quote WHERE {
          ?obs a civic:IndicatorObservation ; civic:refArea cid:shandalu-subdistrict ;
               civic:indicator ?ind ; civic:refPeriod "2023"^^xsd:gYear ;
               civic:value ?value ; civic:unit ?unit ; civic:yearOnYearChange ?change .
          ?ind rdfs:label "财源建设"@zh .
          ?ev rdf:subject ?obs ; rdf:predicate civic:value ; civic:quote ?quote .
        }""")
    assert len(rows) == 1
    value, unit, change, quote = rows[0]
    assert value.toPython() == Decimal("8.4") and value.datatype == XSD.decimal
    assert str(unit) == "亿元"
    assert change.toPython() == Decimal("6.92")
    assert str(quote) == "街道财源建设完成8.4亿元，同比增长6.92%"


def test_administrative_chain_subdistrict_district_city(graph):
    assert (CID["shandalu-subdistrict"], CIVIC.partOf, CID["licheng-district"]) in graph
    assert (CID["licheng-district"], CIVIC.partOf, CID["jinan"]) in graph
    rows = ask(graph, "SELECT ?area WHERE { cid:shandalu-subdistrict civic:partOf+ ?area }")
    assert {r[0] for r in rows} >= {CID["licheng-district"], CID["jinan"]}
    assert (CID["jinan"], RDFS.label, Literal("济南市", lang="zh")) in graph
    assert [str(q) for q, *_ in evidence_for(graph, CID["licheng-district"], CIVIC.partOf, CID["jinan"])] == \
        ["济南市历城区"]


def test_zong_zhaoyang_article_has_zhao_liang_as_correspondent(graph):
    rows = ask(graph, """
        SELECT ?article ?title ?correspondent WHERE {
          ?article a civic:Article ; civic:reporter ?r ; civic:correspondent ?c ; dcterms:title ?title .
          ?r rdfs:label "宗兆洋"@zh . ?c rdfs:label ?correspondent .
          FILTER(LANG(?title) = "zh" && LANG(?correspondent) = "zh")
        }""")
    assert [(r[0], str(r[1]), str(r[2])) for r in rows] == [
        (ARTICLE["shandalu-subdistrict-2023"], "济南市历城区山大路街道：党建引领风帆劲 凝心为民启新篇", "赵亮")]
    [(quote, *_)] = evidence_for(graph, ARTICLE["shandalu-subdistrict-2023"], CIVIC.correspondent, CID["zhao-liang"])
    assert str(quote) == "通讯员 赵亮"
    assert (ARTICLE["jinan-civil-affairs-2024"], CIVIC.reporter, CID["shi-anqi"]) in graph


def test_aliases(graph):
    assert (CID["jinan"], URIRef("http://www.w3.org/2004/02/skos/core#altLabel"), Literal("济南", lang="zh")) in graph
    assert (CID["shandong-university"], URIRef("http://www.w3.org/2004/02/skos/core#altLabel"),
            Literal("山大", lang="zh")) in graph


def test_counts_of_the_seed(built):
    assert len(built.annotations.entities) > 90
    assert len(built.annotations.facts) > 150
    # the seed's two articles, in text order; a corpus may hold more
    seed = [a.id for a in built.corpus.articles if a.source == "000_914b0a86cd06571a.txt"]
    assert seed == ["jinan-civil-affairs-2024", "shandalu-subdistrict-2023"]


def test_every_fact_has_evidence_at_its_offsets(graph):
    from civickg.sparql.stats import compute
    stats = compute(graph)
    assert stats.statement_total == stats.summary["evidence"]
    assert stats.summary["facts"] > 200
    assert stats.without_evidence == 0
    texts = {a: str(t) for a, t in graph.subject_objects(SDO.text)}
    rows = ask(graph, """SELECT ?article ?start ?end ?exact WHERE {
        ?t oa:hasSource ?article ; oa:hasSelector ?p , ?q .
        ?p oa:start ?start ; oa:end ?end . ?q oa:exact ?exact . }""")
    assert len(rows) > 700
    for article, start, end, exact in rows:
        assert texts[article][int(start):int(end)] == str(exact)


def test_counts_figures_of_property_takeover(graph):
    rows = ask(graph, """SELECT ?value ?unit WHERE {
        ?obs civic:refArea cid:shandalu-subdistrict ; civic:value ?value ; civic:unit ?unit ;
             civic:refPeriod "2023"^^xsd:gYear . }""")
    figures = {(r[0].toPython(), str(r[1])) for r in rows}
    assert {(Decimal("206"), "栋"), (Decimal("8297"), "户"), (Decimal("63.84"), "万平方米")} <= figures


def test_evidence_iris_are_readable(graph):
    evidence = {str(e) for e in graph.subjects(RDF.type, CIVIC.Evidence)}
    assert ("https://civickg.org/evidence/jinan-civil-affairs-2024/wang-yong--received--china-charity-award"
            in evidence)
    assert all(e.startswith("https://civickg.org/evidence/") for e in evidence)
    assert OA.TextQuoteSelector in set(graph.objects(None, RDF.type))


def test_readme_example_matches_the_graph(graph):
    """The evidence record shown in the README is the one the build makes."""
    from tests.conftest import ROOT
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ev = "https://civickg.org/evidence/jinan-civil-affairs-2024/wang-yong--received--china-charity-award"
    position, quote = URIRef(ev + "#position"), URIRef(ev + "#quote")
    start, end = int(graph.value(position, OA.start)), int(graph.value(position, OA.end))
    assert f"oa:start {start} ; oa:end {end}" in readme
    assert f'oa:prefix "{graph.value(quote, OA.prefix)}"' in readme
    assert f'oa:suffix "{graph.value(quote, OA.suffix)}"' in readme
    assert f"<{ev}>" in readme
