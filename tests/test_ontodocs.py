"""The HTML reference of the ontology: a page per term with its labels, hierarchy and quoted examples."""

from __future__ import annotations

import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
from markupsafe import escape

from civickg.builder import library
from civickg.namespaces import curie
from civickg.ontology.docs import write_docs
from civickg.ontology.model import read_turtle
from civickg.ontology.terms import civic_terms, read_terms
from tests.conftest import ROOT, copy_project, edit, ontology_version


class Links(HTMLParser):
    """Every href and src of a page."""

    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.sources: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("href"):
            self.hrefs.append(values["href"])
        if values.get("src"):
            self.sources.append(values["src"])


@pytest.fixture(scope="module")
def docs(built_project, graph, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("ontology-docs")
    write_docs(built_project, out, data=graph)
    return out


#: The current version, and the civic: terms of its release record (ontology/releases/<version>.txt).
VERSION = ontology_version()
RELEASED = sum(1 for line in (ROOT / "ontology" / "releases" / f"{VERSION}.txt").read_text(encoding="utf-8")
               .splitlines() if line.startswith("https://"))


def page(docs: Path, name: str) -> str:
    return (docs / name).read_text(encoding="utf-8")


def test_every_civic_term_has_a_page_with_labels_and_definitions(docs):
    index = page(docs, "index.html")
    terms = civic_terms(read_turtle(ROOT / "ontology" / "civic.ttl"))
    assert len(terms) == RELEASED and {t.local for t in terms} >= {"VolunteerTeam", "numberOfTeams", "Studio"}
    for term in terms:
        kind = {"class": "class", "individual": "individual"}.get(term.kind, "property")
        name = f"{kind}-{term.local}.html"
        assert f'href="{name}"' in index, name
        text = page(docs, name)
        for lang in ("zh", "en"):
            assert str(escape(term.label(lang))) in text
            assert str(escape(term.definition(lang))) in text


def test_class_page_shows_hierarchy_alignment_shape_question_and_quoted_example(docs):
    text = page(docs, "class-VolunteerTeam.html")
    assert '<a href="class-Organization.html" title="Organization">civic:Organization</a>' in text
    assert 'href="http://www.w3.org/ns/org#OrganizationalUnit"' in text and ">org:OrganizationalUnit<" in text
    assert "part of some larger FormalOrganization" in text  # the vocabulary's own comment
    assert '<a href="property-numberOfTeams.html"' in text  # a property with this domain
    assert "cs:VolunteerTeamShape" in text and "civic:numberOfTeams is at most one xsd:integer ≥ 1" in text
    assert "volunteer-teams.rq" in text and "谁成立了志愿服务队" in text
    assert "1 instance of this class." in text
    assert "cid:baihua-park-volunteer-teams" in text and "百花公园社区志愿服务队" in text
    assert "“5支志愿服务队”" in text and "济南市历城区山大路街道" in text


def test_superclass_page_lists_subclasses_and_counts_through_them(docs):
    text = page(docs, "class-Organization.html")
    assert 'href="class-VolunteerTeam.html"' in text and 'href="class-Studio.html"' in text
    assert re.search(r"0 instances of this class, \d+ with its subclasses", text)


def test_property_page_shows_domain_range_and_examples(docs):
    text = page(docs, "property-numberOfTeams.html")
    assert "Domain</dt><dd><a href=\"class-VolunteerTeam.html\"" in text
    assert ">xsd:integer<" in text
    assert "Used in 1 triple." in text
    assert '<span class="literal">5</span>' in text and "“成立5支志愿服务队”" in text
    located = page(docs, "property-locatedIn.html")
    assert ">schema:location<" in located and "Superproperties" in located
    assert "any (no rdfs:domain)" in located and 'href="class-Place.html"' in located


def test_reused_terms_and_individuals_have_pages(docs):
    assert "标注目标" in page(docs, "reused-oa-hasTarget.html")
    assert "http://www.w3.org/ns/oa#" in page(docs, "reused-oa-hasTarget.html")
    conferred = page(docs, "individual-conferred.html")
    assert "已授予" in conferred and "Referred to by" in conferred


def test_index_has_the_version_the_class_tree_and_the_alignments(docs):
    index = page(docs, "index.html")
    assert VERSION in index and f"https://civickg.org/ontology/{VERSION}" in index
    assert re.search(r'<li style="--depth: 1">\s*<a href="class-VolunteerTeam.html">', index)
    assert re.search(r'<li style="--depth: 2">\s*<a href="class-City.html">', index)
    alignments = index[index.index('id="alignments"'):]
    assert ">org:OrganizationalUnit<" in alignments and 'href="class-VolunteerTeam.html"' in alignments


def test_pages_work_offline_and_every_internal_link_resolves(docs):
    for path in sorted(docs.glob("*.html")):
        links = Links()
        links.feed(path.read_text(encoding="utf-8"))
        assert links.sources == [], path.name  # no scripts or images from anywhere
        for href in links.hrefs:
            if href.startswith(("http://", "https://")):
                assert not href.endswith((".css", ".js")), href
                continue
            if href.startswith("data:"):
                continue
            target = href.split("#", 1)[0]
            assert (docs / target).exists(), f"{path.name} links to missing {href}"
    assert (docs / "style.css").read_text(encoding="utf-8").count("http") == 0


def test_text_is_escaped_and_deprecations_are_shown(tmp_path):
    project = copy_project(tmp_path / "project")
    onto = project.root / "ontology" / "civic.ttl"
    edit(onto, '"志愿服务队"@zh , "Volunteer team"@en', '"志愿服务队"@zh , "Volunteer <b>team</b> & \\"co\\""@en')
    edit(onto, "civic:partnerOf a owl:ObjectProperty , owl:SymmetricProperty ;",
         "civic:partnerOf a owl:ObjectProperty , owl:SymmetricProperty ;\n"
         "    owl:deprecated true ; dcterms:isReplacedBy civic:serves ;")
    edit(project.root / "graph" / "annotations" / "shandalu-subdistrict-2023.yaml",
         "en: Baihua Park Community volunteer service teams", "en: Baihua <script>alert(1)</script> teams")
    out = tmp_path / "docs"
    write_docs(project, out, data=library.build(project).union())
    text = page(out, "class-VolunteerTeam.html")
    assert "Volunteer &lt;b&gt;team&lt;/b&gt; &amp; &#34;co&#34;" in text and "<b>team</b>" not in text
    assert "Baihua &lt;script&gt;alert(1)&lt;/script&gt; teams" in text and "<script>" not in text
    partner = page(out, "property-partnerOf.html")
    assert "Deprecated: use" in partner and 'href="property-serves.html"' in partner


def test_cli_writes_the_docs(built_project, tmp_path):
    out = tmp_path / "site"
    done = subprocess.run([sys.executable, "-m", "civickg", "--root", str(built_project.root), "ontology", "docs",
                           "-o", str(out), "--no-data"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "wrote" in done.stdout and (out / "index.html").exists()
    assert "Examples from the graph" not in page(out, "class-VolunteerTeam.html")
    terms = read_terms(read_turtle(ROOT / "ontology" / "civic.ttl"))
    reused = [t for t in terms if not t.is_civic]
    assert {"org:headOf", "schema:text", "oa:TextQuoteSelector"} <= {curie(t.iri) for t in reused}
    assert len(list(out.glob("*.html"))) == 1 + RELEASED + len(reused)  # the index, a page per term
