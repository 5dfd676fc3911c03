"""The worked extension: volunteer teams (志愿服务队) in the ontology, the data, a query and the guide."""

from __future__ import annotations

import re

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import ORG, RDF, RDFS, XSD

from civickg.namespaces import CID, CIVIC, sparql_prologue
from civickg.ontology.model import load_ontology
from civickg.ontology.releases import releases, version_key
from civickg.validate.checks import check_shacl
from tests.conftest import ROOT, ontology_version

QUERY = ROOT / "graph" / "queries" / "volunteer-teams.rq"
GUIDE = ROOT / "ontology" / "README.md"
TEAMS = CID["baihua-park-volunteer-teams"]


@pytest.fixture(scope="module")
def rows(graph):
    result = graph.query(sparql_prologue() + QUERY.read_text(encoding="utf-8"))
    return [row.asdict() for row in result]


def test_the_query_answers_who_how_many_which_brand_and_quote(rows):
    assert len(rows) == 1
    row = rows[0]
    assert row["founder"] == CID["baihua-park-community"] and str(row["founderLabel"]) == "百花公园社区"
    assert row["teams"] == CID["baihua-park-volunteer-teams"]
    assert row["number"].toPython() == 5
    assert str(row["brandLabel"]) == "“百花邻聚力”"
    assert str(row["communityLabel"]) == "百花公园社区"
    assert str(row["quote"]) == "百花公园社区以“百花邻聚力”品牌成立5支志愿服务队"


def test_the_answer_names_the_article(rows):
    assert str(rows[0]["articleTitle"]).startswith("济南市历城区山大路街道")
    assert str(rows[0]["teamsLabel"]) == "百花公园社区志愿服务队"


def test_the_query_is_headed_by_its_question():
    lines = QUERY.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "# zh: 谁成立了志愿服务队？几支、以什么品牌、在哪个社区？原文怎么说？"
    assert lines[1].startswith("# en: Who set up volunteer teams")
    assert lines[2].startswith("# note: ")


def test_every_fact_about_the_teams_has_its_quote(graph):
    quotes = {}
    for ev in graph.subjects(RDF.subject, TEAMS):
        quotes[graph.value(ev, RDF.predicate)] = str(graph.value(ev, CIVIC.quote))
    assert quotes == {
        RDF.type: "5支志愿服务队",
        CIVIC.underBrand: "以“百花邻聚力”品牌成立5支志愿服务队",
        CIVIC.numberOfTeams: "成立5支志愿服务队",
        CIVIC.locatedIn: "百花公园社区以“百花邻聚力”品牌成立5支志愿服务队",
    }
    assert (TEAMS, CIVIC.numberOfTeams, Literal(5, datatype=XSD.integer)) in graph
    assert (TEAMS, RDF.type, CIVIC.VolunteerTeam) in graph


def test_the_count_agrees_with_the_indicator_observation(graph):
    obs = CID["baihua-park-2023-volunteer-service-teams"]
    assert graph.value(obs, CIVIC.refArea) == CID["baihua-park-community"]
    assert graph.value(obs, CIVIC.indicator) == CID["volunteer-service-teams"]
    assert graph.value(obs, CIVIC.value).toPython() == graph.value(TEAMS, CIVIC.numberOfTeams).toPython() == 5


def test_the_class_is_an_organizational_unit_with_labels(graph):
    onto = load_ontology([ROOT / "ontology" / "civic.ttl"]).graph
    assert set(onto.objects(CIVIC.VolunteerTeam, RDFS.subClassOf)) == {
        CIVIC.Organization, ORG.OrganizationalUnit}
    assert Literal("志愿服务队", lang="zh") in set(onto.objects(CIVIC.VolunteerTeam, RDFS.label))
    assert onto.value(CIVIC.numberOfTeams, RDFS.range) == XSD.integer


def team_graph(count: Literal) -> Graph:
    """A small data graph: one volunteer team entity with the given count."""
    g = Graph()
    g.add((TEAMS, RDF.type, CIVIC.VolunteerTeam))
    g.add((TEAMS, RDFS.label, Literal("测试志愿服务队", lang="zh")))
    g.add((TEAMS, RDFS.label, Literal("test teams", lang="en")))
    g.add((TEAMS, CIVIC.numberOfTeams, count))
    return g


@pytest.mark.parametrize("count", [Literal(0, datatype=XSD.integer), Literal("五", lang="zh")])
def test_the_shape_rejects_a_bad_count(count):
    ontology = load_ontology([ROOT / "ontology" / "civic.ttl"])
    check = check_shacl(team_graph(count), ROOT / "ontology" / "shapes.ttl", ontology)
    assert any("civic:numberOfTeams is at most one xsd:integer ≥ 1" in p for p in check.problems), check.problems
    good = check_shacl(team_graph(Literal(5, datatype=XSD.integer)), ROOT / "ontology" / "shapes.ttl", ontology)
    assert good.problems == []
    assert any("should be civic:established by someone" in w for w in good.warnings)


# The guide walks through exactly this change: its excerpts are the files' text.

def guide_excerpts() -> list[tuple[str, str, str]]:
    """(language, file, text) of each fenced block of the worked example that starts with a file name."""
    text = GUIDE.read_text(encoding="utf-8")
    section = text[text.index("## Worked example: volunteer teams"):]
    found = []
    for lang, body in re.findall(r"```(\w+)\n(.*?)```", section, re.DOTALL):
        first, _, rest = body.partition("\n")
        if re.fullmatch(r"# [\w./-]+\.(ttl|yaml|rq|py)", first):
            found.append((lang, first[2:], rest))
    return found


def test_the_guide_quotes_the_repository_verbatim():
    excerpts = guide_excerpts()
    assert {file for _, file, _ in excerpts} == {
        "ontology/civic.ttl", "ontology/shapes.ttl", "graph/annotations/shandalu-subdistrict-2023.yaml",
        "graph/queries/volunteer-teams.rq", "tests/test_volunteer_teams.py"}
    for _, file, body in excerpts:
        assert body in (ROOT / file).read_text(encoding="utf-8"), f"the guide's excerpt of {file} is out of date"


def test_the_guide_shows_the_real_version_and_lint_output():
    guide = GUIDE.read_text(encoding="utf-8")
    assert '+    owl:versionInfo "0.2.0" ;' in guide  # the step this example took, 0.1.0 -> 0.2.0
    assert "## 0.2.0" in (ROOT / "ontology" / "CHANGELOG.md").read_text(encoding="utf-8")
    released = releases(ROOT / "ontology" / "releases")
    assert {CIVIC.VolunteerTeam, CIVIC.numberOfTeams} <= set(released["0.2.0"]) - set(released["0.1.0"])
    assert version_key(ontology_version()) >= version_key("0.2.0")
    for command in ("civickg build", "civickg validate", "civickg ontology lint", "civickg ontology release",
                    "make test"):
        assert command in guide


def test_the_term_counts_the_guide_gives_are_those_of_the_release_records():
    guide = GUIDE.read_text(encoding="utf-8")
    released = releases(ROOT / "ontology" / "releases")
    claims = re.findall(r"releases/(\d+\.\d+\.\d+)\.txt \((\d+) terms; (\d+\.\d+\.\d+)\.txt had (\d+)\)", guide)
    assert claims, "the guide says how many terms the 0.2.0 release record lists"
    for version, count, prior, prior_count in claims:
        assert (len(released[version]), len(released[prior])) == (int(count), int(prior_count))
