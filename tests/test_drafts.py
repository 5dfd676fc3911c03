"""Drafts in the graph: a drafted article's named graph, review marks on evidence, the query that keeps or
drops drafts, stats by review status, validation and the explorer's draft marks."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, XSD
from ruamel.yaml import YAML

from civickg.builder import library
from civickg.evidence import draft_only
from civickg.explore import build_explorer, write_explorer
from civickg.extract import write_draft
from civickg.namespaces import ARTICLE, CID, CIVIC, EVIDENCE, GRAPH
from civickg.ontology.model import load_ontology
from civickg.sparql.run import run
from civickg.sparql.stats import compute
from civickg.stores import open_store
from civickg.validate.checks import validate
from tests.browser import chromium, open_explorer
from tests.draft_support import DRAFTED, draft_project
from tests.query_support import rows
from tests.test_explorer import embedded

REVIEWED = f"{DRAFTED}/huaming-jiedao--partOf--dongli-qu"   # the fact a reviewer checks below
#: where the drafted article says who serves the elderly
SERVES_QUOTE = "食堂投用后,每日将供应30多种家常菜与特色面点,不仅为老年人"
DRAFTED_FACTS: list[dict] = []   # the draft's facts, as the extractor wrote them (filled by the fixture)


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """The seed plus the Tianjin dev article, drafted by the extractor; one of its facts reviewed."""
    project = draft_project(tmp_path_factory.mktemp("drafted"))
    path = project.annotations / f"{DRAFTED}.yaml"
    doc = YAML(typ="rt").load(path.read_text(encoding="utf-8"))
    DRAFTED_FACTS[:] = [dict(f) for f in doc["facts"]]
    fact = next(f for f in doc["facts"] if (f["s"], f["p"], f["o"]) == ("huaming-jiedao", "partOf", "dongli-qu"))
    fact.update({"status": "reviewed", "reviewed_by": "Li Ming", "reviewed_on": "2026-01-20"})
    write_draft(doc, path)
    library.write(library.build(project), project)
    return project


@pytest.fixture(scope="module")
def serves(project) -> dict:
    """A drafted fact about an entity of the seed: who serves the elderly (为老年人), as the rules found it."""
    return next(f for f in DRAFTED_FACTS if f["p"] == "serves" and f["o"] == "elderly-people")


def triple(fact: dict) -> tuple:
    return CID[fact["s"]], CIVIC[fact["p"]], CID[fact["o"]]


@pytest.fixture(scope="module")
def dataset(project):
    return library.load_dataset(project)


@pytest.fixture(scope="module")
def graph(project):
    return library.load_graph(project)


def test_the_drafted_article_has_its_own_named_graph(dataset, serves):
    draft = dataset.graph(GRAPH[f"draft/{DRAFTED}"])
    assert (ARTICLE[DRAFTED], RDF.type, CIVIC.Article) in draft
    assert triple(serves) in draft
    assert (CID["huaming-jiedao"], RDF.type, CIVIC.Subdistrict) in draft
    assert len(dataset.graph(GRAPH[DRAFTED])) == 0
    assert (CID["wang-yong"], CIVIC.received, CID["china-charity-award"]) in dataset.graph(
        GRAPH["jinan-civil-affairs-2024"])


def test_a_drafted_statement_carries_status_confidence_and_rule(graph, serves):
    ev = EVIDENCE[f"{DRAFTED}/{serves['s']}--serves--elderly-people"]
    # the canteen the sentence opens with serves them (rel.serves), and the quote runs from it to them
    assert (serves["s"], serves["quote"], serves["method"]) == ("diyi-shequ-huimin-shitang", SERVES_QUOTE, "rel.serves")
    assert graph.value(ev, CIVIC.quote) == Literal(SERVES_QUOTE)
    assert graph.value(ev, CIVIC.reviewStatus) == CIVIC.draft
    assert graph.value(ev, CIVIC.confidence) == Literal(Decimal(str(serves["confidence"])), datatype=XSD.decimal)
    assert graph.value(ev, CIVIC.extractionRule) == Literal("rel.serves")
    assert graph.value(ev, PROV.wasAttributedTo) is None
    mention = EVIDENCE[f"{DRAFTED}/article--mentions--elderly-people"]
    assert graph.value(mention, CIVIC.extractionRule) == Literal("person.group")


def test_a_reviewed_statement_names_its_reviewer_and_date(graph):
    ev = EVIDENCE[REVIEWED]
    assert graph.value(ev, CIVIC.reviewStatus) == CIVIC.reviewed
    assert graph.value(ev, CIVIC.extractionRule) == Literal("rel.nested.part-of")
    agent = graph.value(ev, PROV.wasAttributedTo)
    assert agent == URIRef("https://civickg.org/agent/li-ming")
    assert (agent, RDF.type, PROV.Agent) in graph and graph.value(agent, RDFS.label) == Literal("Li Ming")
    assert graph.value(ev, DCTERMS.date) == Literal("2026-01-20", datatype=XSD.date)


def test_curated_statements_carry_no_review_marks(graph):
    ev = EVIDENCE["jinan-civil-affairs-2024/wang-yong--received--china-charity-award"]
    assert graph.value(ev, CIVIC.quote) == Literal("王勇获评第十二届“中华慈善奖”")
    assert not set(graph.predicates(ev)) & {CIVIC.reviewStatus, CIVIC.confidence, CIVIC.extractionRule}


def test_draft_only_statements_are_those_no_curated_or_reviewed_record_supports(graph, serves):
    drafts = draft_only(graph)
    assert triple(serves) in drafts
    assert (CID["huaming-jiedao"], CIVIC.partOf, CID["dongli-qu"]) not in drafts
    assert (ARTICLE[DRAFTED], URIRef("https://schema.org/mentions"), CID["elderly-people"]) in drafts
    assert (CID["elderly-people"], RDF.type, CIVIC.PersonGroup) not in drafts   # declared by the seed


def test_reviewed_facts_drops_drafts_and_keeps_them_on_request(project, serves):
    store = open_store("memory", project.root)
    kept = rows(run("reviewed-facts", store, {}, root=project))
    assert {r["status"] for r in kept} == {"curated", "reviewed"}
    [reviewed] = [r for r in kept if r["status"] == "reviewed"]
    assert (reviewed["subject"], reviewed["object"], reviewed["reviewer"], reviewed["rule"]) == (
        str(CID["huaming-jiedao"]), str(CID["dongli-qu"]), "Li Ming", "rel.nested.part-of")
    assert reviewed["date"] == "2026-01-20" and reviewed["quote"] == "东丽区华明街道"
    everything = rows(run("reviewed-facts", store, {"keep": "civic:draft"}, root=project))
    key = tuple(map(str, triple(serves)))
    found = [r for r in everything if (r["subject"], r["predicate"], r["object"]) == key]
    assert [(r["status"], r.get("rule"), r["quote"]) for r in found] == [("draft", "rel.serves", SERVES_QUOTE)]
    assert not [r for r in kept if (r["subject"], r["predicate"], r["object"]) == key]
    assert len(everything) > len(kept)


def test_stats_count_statements_by_review_status(graph):
    stats = compute(graph)
    assert stats.review["curated"] == 899          # the seed's statements, as before
    assert stats.review["reviewed"] == 1
    assert stats.review["draft"] > 50
    assert sum(stats.review.values()) == stats.summary["statements"]
    assert stats.as_dict()["statements_by_review"] == stats.review


def test_validate_passes_on_a_corpus_with_drafts(graph, project):
    report = validate(graph, load_ontology([project.ontology]), project.shapes)
    assert report.ok, report.problems()
    assert any("civic:reporter" in w for w in report.warnings())   # the web article prints no byline


def test_the_explorer_marks_draft_entities_and_facts(graph, project, serves):
    data = embedded(build_explorer(graph, load_ontology([project.ontology]).graph).html)
    assert data["entities"]["huaming-jiedao"].get("draft") is True
    assert "draft" not in data["entities"]["elderly-people"]       # curated in the seed
    assert "draft" not in data["entities"]["wang-yong"]
    facts = {(f["s"], f["p"], f["o"]): f for f in data["facts"]}
    assert facts[(serves["s"], "civic:serves", "elderly-people")]["draft"] is True
    assert "draft" not in facts[("huaming-jiedao", "civic:partOf", "dongli-qu")]   # reviewed
    assert "draft" not in facts[("wang-yong", "civic:received", "china-charity-award")]


@pytest.mark.browser
def test_the_explorer_draws_drafts_dashed_and_tags_them(graph, project, serves, tmp_path):
    page_file = write_explorer(build_explorer(graph, load_ontology([project.ontology]).graph), tmp_path / "e.html")
    with chromium() as browser:
        watched = open_explorer(browser, page_file)
        page = watched.page
        page.evaluate("(id) => window.civickg.selectEntity(id)", serves["s"])
        assert page.text_content("#panel-body .badges .draft-tag") == "草稿"
        assert page.evaluate("(id) => window.civickg.nodes.get(id).shapeProperties.borderDashes", serves["s"]) == [5, 4]
        assert page.evaluate("window.civickg.nodes.get('elderly-people').shapeProperties") is None   # curated
        serves = page.locator("#panel-body li", has_text="老年人")
        assert serves.first.locator(".draft-tag").text_content() == "草稿"
        assert watched.problems() == []
