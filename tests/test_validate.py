"""Validation: the seed graph passes every check, and each check catches what it is for."""

from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from civickg.namespaces import CID, CIVIC, EVIDENCE, OA
from civickg.ontology.model import load_ontology
from civickg.validate.checks import check_labels, check_owl_rl, check_quotes, check_shacl, check_terms, validate


@pytest.fixture(scope="module")
def ontology(built_project):
    return load_ontology([built_project.ontology])


@pytest.fixture(scope="module")
def report(graph, ontology, built_project):
    return validate(graph, ontology, built_project.shapes)


def copy_of(graph: Graph) -> Graph:
    g = Graph()
    for triple in graph:
        g.add(triple)
    return g


def test_seed_graph_is_valid(report):
    assert report.problems() == []
    assert [c.name for c in report.checks] == ["terms", "ontology-labels", "quotes", "shacl", "owl-rl"]
    quotes = next(c for c in report.checks if c.name == "quotes")
    assert quotes.checked > 700


def test_moved_offset_is_caught(graph):
    g = copy_of(graph)
    position = URIRef(EVIDENCE["jinan-civil-affairs-2024/wang-yong--received--china-charity-award"] + "#position")
    start = int(g.value(position, OA.start))
    g.set((position, OA.start, Literal(start + 1)))
    problems = check_quotes(g).problems
    assert len(problems) == 1
    assert "王勇获评第十二届“中华慈善奖”" in problems[0] and "wang-yong--received--china-charity-award" in problems[0]


def test_missing_label_breaks_a_shape(graph, ontology, built_project):
    g = copy_of(graph)
    g.remove((CID["anqing-studio"], RDFS.label, Literal("Anqing Studio", lang="en")))
    problems = check_shacl(g, built_project.shapes, ontology).problems
    assert any(p.startswith("cid:anqing-studio rdfs:label") for p in problems), problems


def test_conferral_without_recipient_breaks_a_shape(graph, ontology, built_project):
    g = copy_of(graph)
    g.remove((CID["wang-yong-china-charity-award-12"], CIVIC.recipient, None))
    problems = check_shacl(g, built_project.shapes, ontology).problems
    assert any("cid:wang-yong-china-charity-award-12 civic:recipient" in p for p in problems), problems


def test_undefined_term_is_caught(graph, ontology):
    g = copy_of(graph)
    g.add((CID["wang-yong"], CIVIC.bestFriendOf, CID["jinan"]))
    g.add((CID["wang-yong"], RDF.type, CIVIC.Philanthropist))
    problems = check_terms(g, ontology).problems
    assert "property civic:bestFriendOf is used but not defined in civic.ttl" in problems
    assert "class civic:Philanthropist is used but not defined in civic.ttl" in problems


def test_owl_rl_finds_a_person_that_is_an_organization(graph, ontology):
    g = Graph()
    for s, p, o in graph:
        if not str(s).startswith(str(EVIDENCE)):
            g.add((s, p, o))
    assert check_owl_rl(g, ontology)[0].ok
    g.add((CID["jinan-civil-affairs-bureau"], RDF.type, CIVIC.Person))
    problems = check_owl_rl(g, ontology)[0].problems
    assert any("jinan-civil-affairs-bureau" in p for p in problems), problems


def test_every_ontology_term_has_labels_and_definition(ontology):
    check = check_labels(ontology)
    assert check.ok, check.problems
    assert check.checked > 90
