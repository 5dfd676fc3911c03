"""Hostile labels, quotes and titles: the explorer shows them as text and never runs them.

The graph below is built by hand so that every kind of text the page displays (labels, aliases,
notes, quotes, article titles, observation units and ranks, property values, even an entity id)
carries markup that would run a script if it were parsed as HTML. The page is then used the way a
visitor would: hover, click, search, path, language switch, focus. No script from the data may
run: the flag the payloads set stays unset, no dialog opens, and nothing is requested.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SDO, SKOS, XSD

from civickg.evidence import EvidenceWriter, Span
from civickg.explore import build_explorer, write_explorer
from civickg.namespaces import ARTICLE, CID, CIVIC
from civickg.ontology.model import load_ontology
from tests.browser import chromium, node_point, open_explorer

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent

IMG = '<img src=x onerror="window.__xss=1;alert(1)">'
SCRIPT = "</script><script>window.__xss=2;alert(2)</script>"
QUOTES = "\"'><svg onload=\"window.__xss=3\">"
HREF = '<a href="javascript:window.__xss=4">href</a>'
TEMPLATE = '${window.__xss=5} {{constructor.constructor("window.__xss=6")()}} &lt;b&gt; \u2028 end'
FRAME = '<style>body{display:none}</style><iframe srcdoc="<script>parent.__xss=7</script>"></iframe>'
PAYLOADS = (IMG, SCRIPT, QUOTES, HREF, TEMPLATE, FRAME)

STUDIO, PERSON, AWARD, INDICATOR = CID["evil-studio"], CID["evil-person"], CID["evil-award"], CID["evil-indicator"]
WEIRD = URIRef(str(CID) + 'evil-"><img src=x onerror=window.__xss=9>')
ARTICLE_IRI = ARTICLE["evil-article"]


def hostile_graph() -> Graph:
    g = Graph()
    entities = [(STUDIO, CIVIC.Studio, "工作室" + IMG, SCRIPT), (PERSON, CIVIC.Person, SCRIPT + "王", IMG),
                (AWARD, CIVIC.Award, HREF, TEMPLATE), (INDICATOR, CIVIC.Indicator, FRAME, QUOTES),
                (WEIRD, CIVIC.Community, "怪" + TEMPLATE, HREF)]
    for iri, cls, zh, en in entities:
        g.add((iri, RDF.type, cls))
        g.add((iri, RDFS.label, Literal(zh, lang="zh")))
        g.add((iri, RDFS.label, Literal(en, lang="en")))
    g.add((STUDIO, SKOS.altLabel, Literal(QUOTES, lang="zh")))
    g.add((STUDIO, RDFS.comment, Literal(HREF, lang="en")))
    g.add((ARTICLE_IRI, RDF.type, CIVIC.Article))
    g.add((ARTICLE_IRI, DCTERMS.title, Literal(SCRIPT, lang="zh")))
    g.add((ARTICLE_IRI, DCTERMS.title, Literal(IMG, lang="en")))
    g.add((ARTICLE_IRI, SDO.text, Literal(QUOTES + FRAME + TEMPLATE, lang="zh")))
    obs = CID["evil-observation"]
    g.add((obs, RDF.type, CIVIC.IndicatorObservation))
    for p, o in ((CIVIC.refArea, STUDIO), (CIVIC.indicator, INDICATOR), (CIVIC.unit, Literal(IMG, lang="zh")),
                 (CIVIC.rank, Literal(SCRIPT, lang="zh")), (CIVIC.value, Literal("1.5", datatype=XSD.decimal)),
                 (CIVIC.refPeriod, Literal("2023", datatype=XSD.gYear)),
                 (CIVIC.yearOnYearChange, Literal("3", datatype=XSD.decimal))):
        g.add((obs, p, o))
    facts = [(STUDIO, CIVIC.locatedIn, WEIRD, IMG), (PERSON, CIVIC.received, AWARD, SCRIPT),
             (PERSON, CIVIC.locatedIn, WEIRD, FRAME), (STUDIO, CIVIC.goal, Literal(FRAME, lang="zh"), HREF),
             (ARTICLE_IRI, SDO.mentions, STUDIO, QUOTES), (obs, CIVIC.value, Literal("1.5", datatype=XSD.decimal),
                                                           TEMPLATE)]
    writer = EvidenceWriter()
    for s, p, o, quote in facts:
        writer.assert_fact(g, "evil-article", s, p, o, Span(0, len(quote), quote, "", ""))
    return g


@pytest.fixture(scope="module")
def hostile_page(tmp_path_factory) -> tuple[Path, str]:
    ontology = load_ontology([ROOT / "ontology" / "civic.ttl"]).graph
    explorer = build_explorer(hostile_graph(), ontology)
    path = write_explorer(explorer, tmp_path_factory.mktemp("xss") / "hostile.html")
    return path, explorer.html


def test_payloads_are_not_in_the_html_as_markup(hostile_page):
    _, html = hostile_page
    assert len(re.findall(r"^<script\b", html, re.M)) == 3
    for payload in PAYLOADS:
        assert payload not in html
    assert "<iframe" not in html and "<img" not in html and "<svg onload" not in html


@pytest.mark.parametrize("policy", ["with CSP", "without CSP"])
def test_nothing_from_the_data_runs_while_a_visitor_uses_the_page(hostile_page, policy, tmp_path):
    path, html = hostile_page
    if policy == "without CSP":  # escaping alone must hold, not only the page's Content-Security-Policy
        path = tmp_path / "no-csp.html"
        path.write_text(re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>\n', "", html, count=1),
                        encoding="utf-8")
        assert "Content-Security-Policy" not in path.read_text(encoding="utf-8")
    with chromium() as browser:
        watched = open_explorer(browser, path)
        page = watched.page
        ids = page.evaluate("window.civickg.nodes.getIds()")
        assert sorted(ids) == sorted(["evil-studio", "evil-person", "evil-award", str(WEIRD)[len(str(CID)):]])
        # the indicator has no link: it is listed, not drawn
        chip = page.locator('#unlinked-groups button[data-entity="evil-indicator"]')
        assert chip.text_content() == FRAME
        chip.click()
        assert page.locator("#panel .entity-name").text_content() == FRAME
        # the article: its title and text as plain text, the mention a button that selects the studio
        page.locator('button[data-article="evil-article"]').click()
        assert page.locator("#reader-title").text_content() == SCRIPT
        assert page.locator("#reader-text").text_content() == QUOTES + FRAME + TEMPLATE
        page.locator('#reader-text .mention[data-entity="evil-studio"]').click()
        assert page.locator("#panel .entity-name").text_content() == "工作室" + IMG
        page.locator("#reader-back").click()
        for lang in ("zh", "en"):
            page.locator(f"#lang-{lang}").click()
            for node in ids:
                page.evaluate("(id) => window.civickg.network.focus(id, {scale: 1.5, animation: false})", node)
                x, y = node_point(page, node)
                page.mouse.move(x - 25, y - 25)
                page.mouse.move(x, y)
                page.wait_for_selector("div.vis-tooltip", state="visible")
                label = page.evaluate(f"(id) => window.civickg.data.entities[id].{lang}", node)
                assert label in page.locator("div.vis-tooltip").text_content()
                page.mouse.click(x, y)
                assert page.locator("#panel .entity-name").text_content() == label
        # the studio's panel shows every hostile text as plain text
        page.locator("#lang-zh").click()
        page.evaluate("window.civickg.selectEntity('evil-studio')")
        panel = page.locator("#panel")
        assert panel.locator(".other-name").text_content() == SCRIPT
        text = panel.text_content()
        for payload in (IMG, SCRIPT, QUOTES, HREF, FRAME):
            assert payload in text
        assert panel.locator("table.observations").count() == 1
        # search with markup, pick the result; path and focus; click an edge
        page.locator("#search").fill("<img")
        assert page.locator("#search-results li").count() >= 1
        page.locator("#search").press("Enter")
        page.evaluate("window.civickg.showPath('evil-person', 'evil-award')")
        assert page.locator("#path-result li").count() == 1
        assert SCRIPT in page.locator("#path-result").text_content()
        page.locator('#panel button[data-action="focus2"]').click()
        page.locator("#show-whole").click()
        page.evaluate("window.civickg.network.fit({animation: false})")
        (ax, ay), (bx, by) = node_point(page, "evil-person"), node_point(page, "evil-award")
        page.mouse.click((ax + bx) / 2, (ay + by) / 2)
        page.wait_for_timeout(300)
        assert page.evaluate("window.__xss") is None
        assert page.evaluate("document.querySelectorAll('img, iframe, object, embed').length") == 0
        assert page.evaluate("""[...document.querySelectorAll('*')]
            .filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length""") == 0
        assert watched.dialogs == []
        assert watched.problems() == []
        assert all(url.startswith(("file://", "data:", "blob:")) for url in watched.requests)
        assert [u for u in watched.requests if u.startswith("file://")] == [path.resolve().as_uri()]
