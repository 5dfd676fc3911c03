"""The builder: literals from YAML values, and the dataset a build of the seed makes."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SDO, XSD

from civickg.builder import library
from civickg.builder.dataset import CORPUS_GRAPH, Built, literal
from civickg.namespaces import ARTICLE, CID, CIVIC, GRAPH, PUBLICATION, SOURCE, LiteralFormError
from tests.conftest import copy_project

SEED = "000_914b0a86cd06571a.txt"
SEED_SHA256 = "8926f2465d4d106dc798758e421c2d4158fe87581cb45e162818283fcaa7665b"
PUBLICATION_IRI = PUBLICATION["jinan-confidence-special-2024"]
RECEIVED = (CID["wang-yong"], CIVIC.received, CID["china-charity-award"])


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """A build of a copy of the seed, in memory only (nothing is written)."""
    return library.build(copy_project(tmp_path_factory.mktemp("seed")))


def test_int_is_xsd_integer():
    assert literal(12) == Literal(12, datatype=XSD.integer)
    assert literal(12).datatype == XSD.integer
    assert literal(12).toPython() == 12


def test_float_is_xsd_decimal_of_its_written_form():
    value = literal(6.9)
    assert value.datatype == XSD.decimal
    assert value.toPython() == Decimal("6.9")
    assert str(value) == "6.9"


def test_cjk_text_is_tagged_zh_and_other_text_is_plain():
    assert literal("中华慈善奖") == Literal("中华慈善奖", lang="zh")
    assert literal("A级") == Literal("A级", lang="zh")
    plain = literal("5A")
    assert plain == Literal("5A")
    assert plain.language is None and plain.datatype is None


def test_bool_stays_boolean():
    assert literal(True).datatype == XSD.boolean
    assert literal(False).toPython() is False


def test_datatype_overrides_the_value_type():
    assert literal(2023, "gYear") == Literal("2023", datatype=XSD.gYear)
    assert literal("12", "integer") == Literal("12", datatype=XSD.integer)
    assert literal("012", "integer") == Literal("12", datatype=XSD.integer)
    assert literal("2024-03-01", "date") == Literal("2024-03-01", datatype=XSD.date)
    with pytest.raises(LiteralFormError, match="xsd:decimal"):
        literal(1.5, "double")  # engines write doubles differently ("1.5", "1.5E0", 1.5e+00)


def test_the_dataset_has_a_named_graph_per_article_and_the_corpus(built: Built):
    names = {c.identifier for c in built.dataset.graphs() if len(c)}
    assert names == {CORPUS_GRAPH, GRAPH["jinan-civil-affairs-2024"], GRAPH["shandalu-subdistrict-2023"]}


def test_the_article_graph_holds_wang_yongs_award(built: Built):
    civil = built.dataset.graph(GRAPH["jinan-civil-affairs-2024"])
    assert RECEIVED in civil
    assert RECEIVED not in built.dataset.graph(GRAPH["shandalu-subdistrict-2023"])
    assert RECEIVED not in built.dataset.graph(CORPUS_GRAPH)
    assert (CID["wang-yong"], RDFS.label, Literal("王勇", lang="zh")) in civil
    assert (CID["wang-yong"], RDF.type, CIVIC.Person) in civil


def test_the_award_has_its_evidence_record(built: Built):
    civil = built.dataset.graph(GRAPH["jinan-civil-affairs-2024"])
    records = [ev for ev in civil.subjects(RDF.subject, RECEIVED[0])
               if (ev, RDF.predicate, RECEIVED[1]) in civil and (ev, RDF.object, RECEIVED[2]) in civil]
    assert len(records) == 1
    ev = records[0]
    assert (ev, RDF.type, CIVIC.Evidence) in civil
    assert civil.value(ev, CIVIC.quote) == Literal("王勇获评第十二届“中华慈善奖”")
    assert civil.value(ev, PROV.wasDerivedFrom) == ARTICLE["jinan-civil-affairs-2024"]


def test_the_article_node_carries_its_metadata(built: Built):
    civil = built.dataset.graph(GRAPH["jinan-civil-affairs-2024"])
    art = ARTICLE["jinan-civil-affairs-2024"]
    assert (art, RDF.type, CIVIC.Article) in civil
    assert (art, DCTERMS.title, Literal("济南民政开启“加速度”，多项工作走在前", lang="zh")) in civil
    assert [civil.value(p, RDFS.label) for p in civil.objects(art, CIVIC.reporter)] == [Literal("史安琪", lang="zh")]
    assert list(civil.objects(art, CIVIC.correspondent)) == []
    assert (art, SDO.isPartOf, PUBLICATION_IRI) in civil
    assert (art, PROV.wasDerivedFrom, SOURCE[SEED]) in civil
    text = civil.value(art, SDO.text)
    assert str(text).startswith("牢牢守住民生底线 持续增进民生福祉\n")


def test_the_byline_of_the_second_article(built: Built):
    shandalu = built.dataset.graph(GRAPH["shandalu-subdistrict-2023"])
    art = ARTICLE["shandalu-subdistrict-2023"]
    assert (art, CIVIC.correspondent, CID["zhao-liang"]) in shandalu
    assert (CID["zhao-liang"], RDFS.label, Literal("赵亮", lang="zh")) in shandalu
    reporters = [shandalu.value(p, RDFS.label) for p in shandalu.objects(art, CIVIC.reporter)]
    assert reporters == [Literal("宗兆洋", lang="zh")]


def test_the_corpus_graph_holds_the_publication_and_the_sources_digest(built: Built):
    corpus = built.dataset.graph(CORPUS_GRAPH)
    assert (PUBLICATION_IRI, RDF.type, CIVIC.Publication) in corpus
    assert (PUBLICATION_IRI, RDFS.label, Literal("济南底气 · 2024济南市两会特别策划", lang="zh")) in corpus
    source = SOURCE[SEED]
    assert (source, RDF.type, CIVIC.SourceText) in corpus
    assert (source, SDO.sha256, Literal(SEED_SHA256)) in corpus
    assert (source, RDFS.label, Literal(SEED)) in corpus


def test_evidence_count_is_the_number_of_records(built: Built):
    records = {s for s, _, _, _ in built.dataset.quads((None, RDF.type, CIVIC.Evidence, None))}
    assert built.evidence_count == len(records)
    assert built.evidence_count > 0


def test_every_statement_with_a_record_is_asserted_in_the_same_graph(built: Built):
    for ctx in built.dataset.graphs():
        for ev in ctx.subjects(RDF.type, CIVIC.Evidence):
            triple = (ctx.value(ev, RDF.subject), ctx.value(ev, RDF.predicate), ctx.value(ev, RDF.object))
            assert triple in ctx, (ev, ctx.identifier)


def test_union_holds_every_named_graphs_triples(built: Built):
    union = built.union()
    total = set()
    for ctx in built.dataset.graphs():
        for triple in ctx:
            assert triple in union
            total.add(triple)
    assert len(union) == len(total)
    assert RECEIVED in union
    assert (SOURCE[SEED], SDO.sha256, Literal(SEED_SHA256)) in union


def test_union_binds_civickg_prefixes(built: Built):
    namespaces = dict(built.union().namespaces())
    assert namespaces["cid"] == URIRef(str(CID))
    assert namespaces["civic"] == URIRef(str(CIVIC))
