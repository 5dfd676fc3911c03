"""Serializers and exports: every format parses back to its input, byte-stable, and the network exports."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal

import networkx as nx
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import XSD
from rdflib.plugins.serializers.turtle import TurtleSerializer

from civickg.builder import library
from civickg.builder.dataset import Built
from civickg.builder.export import (
    DATASET_SERIALIZERS,
    GRAPH_SERIALIZERS,
    _canonical_graph,
    _LosslessTurtle,
    to_turtle,
)
from civickg.explore.exports import EDGE_COLUMNS, EXPORT_FORMATS, NETWORK_SERIALIZERS, export
from civickg.namespaces import ARTICLE, CID, CIVIC, EVIDENCE, GRAPH, bind_prefixes
from civickg.project import Project
from tests.conftest import copy_project

PARSE_AS = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld", "trig": "trig", "nq": "nquads"}
CIVIL = "jinan-civil-affairs-2024"
SHANDALU = "shandalu-subdistrict-2023"
AWARD_QUOTE = "王勇获评第十二届“中华慈善奖”"
RECEIVED_RECORD = EVIDENCE[f"{CIVIL}/wang-yong--received--china-charity-award"]
#: Nodes whose statements make the sample: a person, an award, an observation (decimals, gYear), an article
#: (a multi-line text), an evidence record and its selectors (integer offsets).
SAMPLE_NODES = [CID["wang-yong"], CID["china-charity-award"], CID["anqing-studio"], ARTICLE[CIVIL],
                RECEIVED_RECORD, URIRef(RECEIVED_RECORD + "#target"), URIRef(RECEIVED_RECORD + "#quote"),
                URIRef(RECEIVED_RECORD + "#position")]
#: An observation with decimal values that have a fractional part (8.4, 6.92).
FISCAL_REVENUE = CID["shandalu-2023-fiscal-revenue"]


@pytest.fixture(scope="module")
def seed_build(tmp_path_factory: pytest.TempPathFactory) -> Built:
    return library.build(copy_project(tmp_path_factory.mktemp("seed")))


@pytest.fixture(scope="module")
def sample_dataset(seed_build: Built) -> Dataset:
    """A small dataset cut from the seed build: the sample nodes' statements and one observation's, in
    the named graphs they were built in."""
    nodes = [*SAMPLE_NODES, FISCAL_REVENUE]
    out = bind_prefixes(Dataset())
    for ctx in seed_build.dataset.graphs():
        target = out.graph(ctx.identifier)
        for node in nodes:
            for triple in ctx.triples((node, None, None)):
                target.add(triple)
    return out


@pytest.fixture(scope="module")
def sample_graph(sample_dataset: Dataset) -> Graph:
    graph = bind_prefixes(Graph())
    for s, p, o, _ in sample_dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def _named(dataset: Dataset) -> dict[str, Graph]:
    """Non-empty named graphs by name, each as a plain Graph."""
    out = {}
    for ctx in dataset.graphs():
        if len(ctx) and ctx.identifier != URIRef("urn:x-rdflib:default"):
            graph = Graph()
            for triple in ctx:
                graph.add(triple)
            out[str(ctx.identifier)] = graph
    return out


def test_the_sample_has_the_tricky_terms(sample_graph: Graph):
    datatypes = {o.datatype for o in sample_graph.objects() if isinstance(o, Literal)}
    assert {XSD.decimal, XSD.gYear, XSD.integer} <= datatypes
    assert any("\n" in str(o) for o in sample_graph.objects() if isinstance(o, Literal))
    assert any(o.language == "zh" for o in sample_graph.objects() if isinstance(o, Literal))
    assert (CID["wang-yong"], CIVIC.received, CID["china-charity-award"]) in sample_graph


@pytest.mark.parametrize("fmt", sorted(GRAPH_SERIALIZERS))
def test_graph_serializer_parses_back_to_its_input(sample_graph: Graph, fmt: str):
    text = GRAPH_SERIALIZERS[fmt](sample_graph)
    back = Graph().parse(data=text, format=PARSE_AS[fmt])
    assert len(back) == len(sample_graph)
    assert isomorphic(back, sample_graph)


@pytest.mark.parametrize("fmt", sorted(DATASET_SERIALIZERS))
def test_dataset_serializer_parses_back_to_its_input(sample_dataset: Dataset, fmt: str):
    text = DATASET_SERIALIZERS[fmt](sample_dataset)
    back = Dataset()
    back.parse(data=text, format=PARSE_AS[fmt])
    expected, got = _named(sample_dataset), _named(back)
    assert set(got) == set(expected) == {str(GRAPH[CIVIL]), str(GRAPH[SHANDALU])}
    for name, graph in expected.items():
        assert isomorphic(got[name], graph), name


@pytest.mark.parametrize("fmt", sorted(GRAPH_SERIALIZERS))
def test_graph_serializations_are_byte_identical(sample_graph: Graph, fmt: str):
    reordered = bind_prefixes(Graph())
    for triple in sorted(sample_graph, reverse=True):
        reordered.add(triple)
    first = GRAPH_SERIALIZERS[fmt](sample_graph)
    assert GRAPH_SERIALIZERS[fmt](sample_graph) == first
    assert GRAPH_SERIALIZERS[fmt](reordered) == first


@pytest.mark.parametrize("fmt", sorted(DATASET_SERIALIZERS))
def test_dataset_serializations_are_byte_identical(sample_dataset: Dataset, fmt: str):
    reordered = bind_prefixes(Dataset())
    for s, p, o, ctx in sorted(sample_dataset.quads((None, None, None, None)), reverse=True):
        reordered.graph(ctx.identifier if hasattr(ctx, "identifier") else ctx).add((s, p, o))
    first = DATASET_SERIALIZERS[fmt](sample_dataset)
    assert DATASET_SERIALIZERS[fmt](sample_dataset) == first
    assert DATASET_SERIALIZERS[fmt](reordered) == first


def test_ntriples_lines_are_sorted_and_unique(sample_graph: Graph):
    lines = GRAPH_SERIALIZERS["nt"](sample_graph).splitlines()
    assert lines == sorted(set(lines))
    assert len(lines) == len(sample_graph)


def test_jsonld_inlines_the_civickg_context(sample_graph: Graph):
    doc = json.loads(GRAPH_SERIALIZERS["jsonld"](sample_graph))
    assert doc["@context"]["cid"] == str(CID)
    ids = [node["@id"] for node in doc["@graph"]]
    assert "cid:wang-yong" in ids


def test_export_formats_cover_every_serializer():
    assert set(EXPORT_FORMATS) == set(GRAPH_SERIALIZERS) | set(DATASET_SERIALIZERS) | set(NETWORK_SERIALIZERS)
    assert {"ttl", "nt", "jsonld", "trig", "nq", "graphml", "csv"} <= set(EXPORT_FORMATS)


@pytest.mark.parametrize("fmt", sorted(PARSE_AS))
def test_a_whole_decimal_keeps_its_lexical_form(fmt: str):
    value = (CID["shandalu-2023-satisfaction-rate"], CIVIC.value, Literal(Decimal("100"), datatype=XSD.decimal))
    data = bind_prefixes(Dataset())
    data.graph(GRAPH[SHANDALU]).add(value)
    graph = bind_prefixes(Graph())
    graph.add(value)
    if fmt in GRAPH_SERIALIZERS:
        back = Graph().parse(data=GRAPH_SERIALIZERS[fmt](graph), format=PARSE_AS[fmt])
        assert set(back) == {value}
    else:
        back_ds = Dataset()
        back_ds.parse(data=DATASET_SERIALIZERS[fmt](data), format=PARSE_AS[fmt])
        assert set(_named(back_ds)[str(GRAPH[SHANDALU])]) == {value}


def test_names_are_those_of_rdflibs_turtle_writer_where_it_finds_none_at_once(seed_build: Built):
    """civickg's Turtle writer answers at once for an IRI that can have no prefixed name (an evidence record's,
    with a / after its namespace); every name it writes is rdflib's own, even after rdflib makes a prefix for a
    predicate in a namespace no prefix had, which names the subjects there too."""
    graph = bind_prefixes(Graph())
    for triple in seed_build.dataset.graph(GRAPH[CIVIL]):
        graph.add(triple)
    other = "http://example.org/terms/"
    graph.add((URIRef(other + "a"), URIRef(other + "says"), URIRef(other + "b")))
    graph.add((RECEIVED_RECORD, URIRef(other + "seenBy"), URIRef(other + "c/d")))
    ours = to_turtle(graph)

    class RdflibNames(_LosslessTurtle):   # the same writer, every name looked up by rdflib
        get_pname = TurtleSerializer.get_pname

    plain = io.BytesIO()
    RdflibNames(_canonical_graph(graph)).serialize(plain, encoding="utf-8")
    assert ours == plain.getvalue().decode("utf-8")
    assert f"<{RECEIVED_RECORD}> a civic:Evidence ;" in ours     # a / after evidence/: written whole
    assert "cid:wang-yong" in ours and "ns1:a ns1:says ns1:b" in ours and "<http://example.org/terms/c/d>" in ours


@pytest.mark.parametrize("fmt", [f for f in EXPORT_FORMATS if f in PARSE_AS])
def test_rdf_export_of_the_built_seed_is_its_build_file(built_project: Project, fmt: str):
    """Exporting re-reads the build and serializes it again: the same bytes as the file the build wrote."""
    text = export(built_project, fmt)
    assert text.encode("utf-8") == (built_project.build / f"civickg.{fmt}").read_bytes()
    if fmt == "nt":
        graph = Graph().parse(data=text, format="nt")
        assert (CID["wang-yong"], CIVIC.received, CID["china-charity-award"]) in graph


def test_graphml_export_parses_with_networkx(built_project: Project):
    text = export(built_project, "graphml")
    net = nx.read_graphml(io.BytesIO(text.encode("utf-8")))
    assert net.is_directed() and net.is_multigraph()
    assert "anqing-studio" in net
    assert net.nodes["anqing-studio"]["label_zh"] == "安晴工作室"
    assert net.nodes["anqing-studio"]["class"] == "Studio"
    edges = net.get_edge_data("wang-yong", "china-charity-award")
    assert edges is not None
    received = [d for d in edges.values() if d["predicate"] == "civic:received"]
    assert len(received) == 1 and received[0]["quote"] == AWARD_QUOTE
    assert export(built_project, "graphml") == text


def test_csv_export_has_the_header_and_wang_yongs_award(built_project: Project):
    text = export(built_project, "csv")
    rows = list(csv.reader(io.StringIO(text)))
    assert tuple(rows[0]) == EDGE_COLUMNS
    records = [dict(zip(EDGE_COLUMNS, row, strict=True)) for row in rows[1:]]
    award = [r for r in records if (r["source"], r["target"], r["predicate"])
             == ("wang-yong", "china-charity-award", "civic:received")]
    assert len(award) == 1
    row = award[0]
    assert row["source_label"] == "王勇"
    assert row["target_label"] == "中华慈善奖"
    assert row["target_class"] == "Award"
    assert row["quote"] == AWARD_QUOTE
    assert row["article"] == str(ARTICLE[CIVIL])
    assert rows[1:] == sorted(rows[1:])
    assert export(built_project, "csv") == text
