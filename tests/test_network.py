"""The entity network (networkx) read from a built graph, and the namespace helpers it uses."""

from __future__ import annotations

import networkx as nx
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import FOAF, ORG, OWL, RDF, RDFS, SDO

from civickg.builder import library
from civickg.builder.dataset import Built
from civickg.evidence import EvidenceWriter, locate, quote_index
from civickg.explore.network import entity_network, most_specific, superclasses
from civickg.namespaces import ARTICLE, CID, CIVIC, EVIDENCE, curie, expand_curie, labels, local_id
from tests.conftest import copy_project

AWARD_QUOTE = "王勇获评第十二届“中华慈善奖”"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    return library.build(copy_project(tmp_path_factory.mktemp("seed")))


@pytest.fixture(scope="module")
def union(built: Built) -> Graph:
    return built.union()


@pytest.fixture(scope="module")
def ontology(built: Built) -> Graph:
    return built.ontology.graph


@pytest.fixture(scope="module")
def network(union: Graph, ontology: Graph) -> nx.MultiDiGraph:
    return entity_network(union, ontology)


# ---------------------------------------------------------------- the network of the seed

def test_anqing_studio_is_a_node_with_its_labels_and_class(network: nx.MultiDiGraph):
    node = network.nodes["anqing-studio"]
    assert node["iri"] == str(CID["anqing-studio"])
    assert node["label_zh"] == "安晴工作室"
    assert node["label_en"] == "Anqing Studio"
    assert node["class"] == "Studio"
    assert node["classes"] == ["Studio"]


def test_a_node_has_its_most_specific_class_only(network: nx.MultiDiGraph):
    # wang-yong is declared [Person, AwardCandidate]; AwardCandidate is a kind of Person
    assert network.nodes["wang-yong"]["classes"] == ["AwardCandidate"]
    assert network.nodes["zhao-liang"]["class"] == "Correspondent"
    assert network.nodes["shi-anqi"]["label_zh"] == "史安琪"


def test_wang_yong_received_the_china_charity_award(network: nx.MultiDiGraph):
    assert network.has_edge("wang-yong", "china-charity-award", key="civic:received")
    edge = network.edges["wang-yong", "china-charity-award", "civic:received"]
    assert edge["predicate"] == "civic:received"
    assert edge["label_zh"] == "获得"
    assert edge["label_en"] == "received"
    assert edge["quote"] == AWARD_QUOTE
    assert edge["article"] == str(ARTICLE["jinan-civil-affairs-2024"])
    assert not network.has_edge("china-charity-award", "wang-yong")


def test_parallel_links_are_kept_apart_by_their_key(network: nx.MultiDiGraph):
    keys = set(network.get_edge_data("wang-yong", "china-charity-award"))
    assert keys == {"civic:received", "civic:recommendedFor"}
    conferral = network.get_edge_data("wang-yong-china-charity-award-12", "china-charity-award")
    assert set(conferral) == {"civic:award"}


def test_no_node_for_observations_evidence_or_articles(network: nx.MultiDiGraph, union: Graph):
    iris = {data["iri"] for _, data in network.nodes(data=True)}
    observations = {str(s) for s in union.subjects(RDF.type, CIVIC.IndicatorObservation)}
    assert observations, "the seed has observations"
    assert not iris & observations
    assert not any(iri.startswith(str(EVIDENCE)) or iri.startswith(str(ARTICLE)) for iri in iris)
    assert all(iri.startswith(str(CID)) for iri in iris)
    assert "jinan-2023-community-elderly-care-facility-compliance-rate" not in network


def test_every_link_is_an_object_property_between_nodes(network: nx.MultiDiGraph, ontology: Graph):
    properties = {curie(p) for p in ontology.subjects(RDF.type, OWL.ObjectProperty)}
    assert network.number_of_edges() > 100
    for u, v, key, data in network.edges(keys=True, data=True):
        assert key == data["predicate"] and key in properties
        assert u in network and v in network
    assert not network.has_edge("wang-yong-china-charity-award-12", "wang-yong", key="civic:edition")


def test_a_given_quote_index_gives_the_same_network(union: Graph, ontology: Graph, network: nx.MultiDiGraph):
    again = entity_network(union, ontology, quote_index(union))
    assert sorted(again.nodes(data="label_zh")) == sorted(network.nodes(data="label_zh"))
    assert sorted(again.edges(keys=True, data="quote")) == sorted(network.edges(keys=True, data="quote"))


def test_a_small_graph(ontology: Graph):
    graph = Graph()
    text = "闵子骞社区安晴工作室位于山大路街道。"
    writer = EvidenceWriter()
    span = locate(text, "安晴工作室位于山大路街道")
    assert span is not None
    graph.add((CID["anqing-studio"], RDF.type, CIVIC.Studio))
    graph.add((CID["anqing-studio"], RDFS.label, Literal("安晴工作室", lang="zh")))
    graph.add((CID["shandalu"], RDF.type, CIVIC.Subdistrict))
    graph.add((CID["only-individual"], RDF.type, OWL.NamedIndividual))
    graph.add((CID["an-observation"], RDF.type, CIVIC.IndicatorObservation))
    graph.add((CID["an-observation"], CIVIC.refArea, CID["shandalu"]))
    writer.assert_fact(graph, "a", CID["anqing-studio"], CIVIC.locatedIn, CID["shandalu"], span)
    net = entity_network(graph, ontology)
    assert sorted(net) == ["anqing-studio", "shandalu"]
    assert net.nodes["shandalu"]["label_zh"] == "shandalu"  # no label: the id stands in
    assert list(net.edges(keys=True, data="quote")) == [("anqing-studio", "shandalu", "civic:locatedIn",
                                                         "安晴工作室位于山大路街道")]


# ---------------------------------------------------------------- helpers

def test_labels_by_language(union: Graph):
    assert labels(union, CID["wang-yong"]) == {"zh": "王勇", "en": "Wang Yong"}
    assert labels(union, CID["anqing-studio"]) == {"zh": "安晴工作室", "en": "Anqing Studio"}
    assert labels(union, CID["no-such-entity"]) == {}


def test_labels_skip_untagged_and_take_the_first_per_language():
    graph = Graph()
    node = CID["x"]
    graph.add((node, RDFS.label, Literal("plain")))
    graph.add((node, RDFS.label, Literal("乙", lang="zh")))
    graph.add((node, RDFS.label, Literal("甲", lang="zh")))
    assert labels(graph, node) == {"zh": "乙"}  # sorted: 乙 (U+4E59) before 甲 (U+7532)


def test_local_id():
    assert local_id(CID["anqing-studio"]) == "anqing-studio"
    assert local_id(CIVIC.Studio) == str(CIVIC.Studio)
    assert local_id(URIRef("https://example.org/x")) == "https://example.org/x"


def test_curie_round_trip():
    assert curie(CIVIC.received) == "civic:received"
    assert curie(CID["wang-yong"]) == "cid:wang-yong"
    assert expand_curie("civic:received") == CIVIC.received
    assert curie(URIRef("https://example.org/x")) == "https://example.org/x"


def test_superclasses_are_reflexive_and_transitive(ontology: Graph):
    supers = superclasses(ontology)
    assert CIVIC.Studio in supers[CIVIC.Studio]
    assert {CIVIC.Organization, ORG.Organization, SDO.Organization} <= supers[CIVIC.Studio]
    assert {CIVIC.Person, FOAF.Person} <= supers[CIVIC.AwardCandidate]
    assert CIVIC.AwardCandidate not in supers[CIVIC.Person]
    assert all(cls in closure for cls, closure in supers.items())


def test_most_specific(ontology: Graph):
    supers = superclasses(ontology)
    assert most_specific({CIVIC.Person, CIVIC.AwardCandidate}, supers) == [CIVIC.AwardCandidate]
    assert most_specific({CIVIC.Reporter, CIVIC.Correspondent, CIVIC.Person}, supers) == [CIVIC.Correspondent,
                                                                                            CIVIC.Reporter]
    assert most_specific({CIVIC.Studio, CIVIC.Organization}, supers) == [CIVIC.Studio]
    assert most_specific(set(), supers) == []
    unknown = URIRef("https://example.org/Thing")
    assert most_specific({unknown, CIVIC.Studio}, supers) == [CIVIC.Studio, unknown]
