"""The ontology lint: it passes on the repository, and each rule catches a crafted mistake in one line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from civickg.ontology.lint import RULES, Finding, lint
from civickg.project import Project
from tests.conftest import ROOT, copy_project, edit, next_minor, ontology_version

ONTO = "ontology/civic.ttl"
SHAPES = "ontology/shapes.ttl"
ANN = "graph/annotations/shandalu-subdistrict-2023.yaml"
TEAM_SUPERS = 'rdfs:subClassOf civic:Organization , org:OrganizationalUnit ;\n    rdfs:label "志愿服务队"'


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> Project:
    return copy_project(tmp_path_factory.mktemp("lint-clean"))


def line_of(project: Project, relative: str, text: str) -> int:
    """The 1-based line of the first line of ``relative`` that contains ``text``."""
    lines = (project.root / relative).read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if text in line)


def only(findings: list[Finding], rule: str) -> Finding:
    """The one finding of ``rule``, checked to render as one line naming file, term and fix."""
    matching = [f for f in findings if f.rule == rule]
    assert len(matching) == 1, [f.render() for f in findings]
    found = matching[0]
    line = found.render()
    assert "\n" not in line and " — fix: " in line and found.term in line and found.file in line
    assert line.endswith(f"[{rule}]")
    return found


def test_lint_passes_on_the_repository(clean):
    findings = lint(clean)
    assert [f.render() for f in findings] == []


def test_every_rule_is_documented():
    names = [name for name, _ in RULES]
    assert len(names) == len(set(names)) == 13
    assert all(rule.__doc__ and rule.__doc__.strip() for _, rule in RULES)
    guide = (ROOT / "docs" / "ontology.md").read_text(encoding="utf-8")
    assert all(f"`{name}`" in guide for name in names)


def test_missing_label(project_copy):
    edit(project_copy.root / ONTO, '"志愿服务队"@zh , "Volunteer team"@en', '"志愿服务队"@zh')
    found = only(lint(project_copy, ("labels",)), "labels")
    assert found.render() == (f"{ONTO}:{line_of(project_copy, ONTO, 'civic:VolunteerTeam a owl:Class')}: "
                              'civic:VolunteerTeam has no rdfs:label @en — fix: give it exactly one '
                              'rdfs:label "…"@en [labels]')


def test_missing_definition(project_copy):
    edit(project_copy.root / ONTO, 'skos:definition "How many teams', 'rdfs:comment "How many teams')
    findings = [f for f in lint(project_copy, ("labels",)) if f.term == "civic:numberOfTeams"]
    assert {f.problem for f in findings} == {"has no skos:definition @en", "has no skos:definition @zh"}


def test_duplicate_label(project_copy):
    edit(project_copy.root / ONTO, '"署名记者"@zh', '"记者"@zh')
    found = only(lint(project_copy, ("duplicate-labels",)), "duplicate-labels")
    assert found.term == "civic:reporter"
    assert found.problem == 'has the same rdfs:label "记者"@zh as civic:Reporter'
    assert found.line == line_of(project_copy, ONTO, "civic:reporter a owl:ObjectProperty")


def test_naming_conventions(project_copy):
    (project_copy.root / ONTO).write_text((project_copy.root / ONTO).read_text(encoding="utf-8") + '''
civic:volunteer_group a owl:Class ;
    rdfs:label "志愿者群体"@zh , "Volunteer group"@en ;
    skos:definition "A test class."@en , "测试类。"@zh .
civic:TeamSize a owl:DatatypeProperty ;
    rdfs:label "队伍规模"@zh , "team size"@en ;
    skos:definition "A test property."@en , "测试属性。"@zh ;
    rdfs:range xsd:integer .
''', encoding="utf-8")
    findings = {f.term: f for f in lint(project_copy, ("names",))}
    assert set(findings) == {"civic:volunteer_group", "civic:TeamSize"}
    assert findings["civic:volunteer_group"].problem == "is a class but not UpperCamelCase"
    assert findings["civic:TeamSize"].problem == "is a datatype property but not lowerCamelCase"
    assert "civic:teamSize" in findings["civic:TeamSize"].fix


def test_unknown_class_in_annotation(project_copy):
    edit(project_copy.root / ANN, "class: VolunteerTeam", "class: VolunteerTeem")
    findings = lint(project_copy, ("undefined",))
    found = only(findings, "undefined")
    assert found.file == ANN and found.line == line_of(project_copy, ANN, "class: VolunteerTeem")
    assert found.render().startswith(f"{ANN}:{found.line}: VolunteerTeem is not a class of {ONTO} "
                                     "(did you mean VolunteerTeam?)")
    assert any(f.rule == "build" and "unknown class 'VolunteerTeem'" in f.problem for f in findings)


def test_unknown_predicate_in_annotation(project_copy):
    edit(project_copy.root / ANN, "p: numberOfTeams", "p: teamCount")
    found = only(lint(project_copy, ("undefined",)), "undefined")
    assert found.term == "teamCount" and found.line == line_of(project_copy, ANN, "p: teamCount")
    assert f"is not a property of {ONTO}" in found.problem


def test_unknown_terms_in_a_query(project_copy):
    query = project_copy.root / "graph" / "queries" / "teams-by-size.rq"
    query.write_text("# zh: 测试\n# en: test\nSELECT ?t ?n WHERE {\n  ?t civic:numberOfTeam ?n ;\n"
                     "     civic:locatedIn cid:baihua-park-comunity ;\n     schema:name ?name .\n}\n",
                     encoding="utf-8")
    findings = {f.term: f for f in lint(project_copy, ("undefined",))}
    assert set(findings) == {"civic:numberOfTeam", "cid:baihua-park-comunity", "schema:name"}
    path = "graph/queries/teams-by-size.rq"
    assert findings["civic:numberOfTeam"].render().startswith(
        f"{path}:4: civic:numberOfTeam is not defined in {ONTO} (did you mean numberOfTeams?)")
    assert findings["cid:baihua-park-comunity"].line == 5
    assert findings["cid:baihua-park-comunity"].problem == "is not an entity of the built graph"
    assert "the graph has no data for it" in findings["schema:name"].problem


def test_a_query_may_name_the_graphs_of_a_store(project_copy):
    query = project_copy.root / "graph" / "queries" / "teams-by-size.rq"
    query.write_text("# zh: 测试\n# en: test\nSELECT ?c WHERE {\n  GRAPH <https://civickg.org/graph/ontology> "
                     "{ ?c rdfs:subClassOf* civic:Organization }\n  ?t a civic:VolunteerTem .\n}\n", encoding="utf-8")
    assert {f.term for f in lint(project_copy, ("undefined",))} == {"civic:VolunteerTem"}


def test_unknown_terms_in_shapes(project_copy):
    edit(project_copy.root / SHAPES, "sh:targetClass civic:VolunteerTeam ;", "sh:targetClass civic:VolunteerTeem ;")
    edit(project_copy.root / SHAPES, "sh:minInclusive 1 ;\n        sh:message \"civic:numberOfTeams",
         "sh:minInclusiv 1 ;\n        sh:message \"civic:numberOfTeams")
    findings = {f.term: f for f in lint(project_copy, ("undefined",))}
    assert set(findings) == {"civic:VolunteerTeem", "sh:minInclusiv"}
    assert findings["civic:VolunteerTeem"].line == line_of(project_copy, SHAPES, "civic:VolunteerTeem")
    assert findings["sh:minInclusiv"].problem == "is not a term of sh: (ontology/vocab/sh.ttl)"


def test_class_without_shape(project_copy):
    edit(project_copy.root / SHAPES, "sh:targetClass civic:VolunteerTeam ;", "sh:targetNode civic:VolunteerTeam ;")
    found = only(lint(project_copy, ("shapes",)), "shapes")
    assert found.render() == (f"{SHAPES}: civic:VolunteerTeam is used by the data but no shape targets it — fix: "
                              f"add cs:VolunteerTeamShape with `sh:targetClass civic:VolunteerTeam` to {SHAPES} "
                              "[shapes]")


def test_unused_property_needs_a_note(project_copy):
    path = project_copy.root / ONTO
    path.write_text(path.read_text(encoding="utf-8") + '''
civic:teamLeader a owl:ObjectProperty ;
    rdfs:label "队长"@zh , "team leader"@en ;
    skos:definition "The person who leads the team."@en , "带领队伍的人。"@zh ;
    rdfs:range civic:Person .
''', encoding="utf-8")
    found = only(lint(project_copy, ("unused",)), "unused")
    assert found.term == "civic:teamLeader" and found.line == line_of(project_copy, ONTO, "civic:teamLeader a")
    assert "skos:editorialNote" in found.fix
    edit(path, '"带领队伍的人。"@zh ;', '"带领队伍的人。"@zh ;\n    skos:editorialNote "No leader is named yet."@en ;')
    assert lint(project_copy, ("unused",)) == []


def test_alignment_target_must_exist_with_the_right_kind(project_copy):
    edit(project_copy.root / ONTO, TEAM_SUPERS,
         TEAM_SUPERS.replace("org:OrganizationalUnit", "org:OrganisationalUnit , schema:location"))
    edit(project_copy.root / ONTO, "schema:text a owl:DatatypeProperty ;\n    rdfs:isDefinedBy <https://schema.org/>",
         "schema:text a owl:DatatypeProperty ;\n    rdfs:isDefinedBy <http://purl.org/dc/terms/>")
    findings = {f.term: f for f in lint(project_copy, ("alignment",))}
    assert set(findings) == {"org:OrganisationalUnit", "schema:location", "schema:text"}
    typo = findings["org:OrganisationalUnit"]
    assert typo.line == line_of(project_copy, ONTO, "org:OrganisationalUnit")
    assert typo.problem == "(in the block of civic:VolunteerTeam) is not a term of org: (ontology/vocab/org.ttl)"
    assert findings["schema:location"].problem.endswith("is a property of schema:, but rdfs:subClassOf needs a class")
    assert "which rdfs:isDefinedBy names" in findings["schema:text"].problem


def test_unvendored_vocabulary(project_copy):
    edit(project_copy.root / ONTO, TEAM_SUPERS,
         TEAM_SUPERS.replace("org:OrganizationalUnit", "<http://example.org/vocab#Team>"))
    found = only(lint(project_copy, ("alignment",)), "alignment")
    assert found.term == "http://example.org/vocab#Team"
    assert "is in no vocabulary kept in ontology/vocab/" in found.problem


def test_datatype_property_needs_a_range(project_copy):
    edit(project_copy.root / ONTO, "    rdfs:domain civic:VolunteerTeam ;\n    rdfs:range xsd:integer .",
         "    rdfs:domain civic:VolunteerTeam .")
    found = only(lint(project_copy, ("ranges",)), "ranges")
    assert found.term == "civic:numberOfTeams" and "rdfs:range xsd:string" in found.fix


def test_two_measures_without_a_measure_dimension(project_copy):
    edit(project_copy.root / ONTO, "[ qb:attribute civic:yearOnYearChange ]", "[ qb:measure civic:yearOnYearChange ]")
    findings = lint(project_copy, ("cube",))
    rendered = [f.render() for f in findings]
    line = line_of(project_copy, ONTO, "civic:indicatorStructure a qb:DataStructureDefinition")
    assert rendered[0].startswith(f"{ONTO}:{line}: civic:indicatorStructure has 2 measures (civic:value, "
                                  "civic:yearOnYearChange) and no qb:measureType dimension")
    assert any(f.term == "civic:yearOnYearChange" and "is a qb:measure of civic:indicatorStructure but not a "
               "qb:MeasureProperty" in f.problem for f in findings)


def test_disjointness_must_agree_with_the_kind_shape(project_copy):
    edit(project_copy.root / ONTO, "civic:Article owl:disjointWith civic:Evidence .",
         "civic:Article owl:disjointWith civic:Evidence .\ncivic:Brand owl:disjointWith civic:Organization .")
    found = only(lint(project_copy, ("disjointness",)), "disjointness")
    assert found.term == "civic:Brand owl:disjointWith civic:Organization"
    assert "cs:KindShape" in found.fix


def test_removed_term_of_a_release(project_copy):
    edit(project_copy.root / ONTO, "civic:partnerOf a owl:ObjectProperty , owl:SymmetricProperty ;",
         "civic:worksWith a owl:ObjectProperty , owl:SymmetricProperty ;")
    found = only(lint(project_copy, ("releases",)), "releases")
    assert found.render().startswith(f"{ONTO}: civic:partnerOf was released in 0.1.0 but is no longer declared")
    assert "owl:deprecated true ; dcterms:isReplacedBy" in found.fix


def test_deprecated_term_needs_a_replacement(project_copy):
    edit(project_copy.root / ONTO, "civic:partnerOf a owl:ObjectProperty , owl:SymmetricProperty ;",
         "civic:partnerOf a owl:ObjectProperty , owl:SymmetricProperty ;\n    owl:deprecated true ;")
    found = only(lint(project_copy, ("deprecated",)), "deprecated")
    assert found.term == "civic:partnerOf" and "dcterms:isReplacedBy" in found.fix


def test_version_iri_changelog_and_release_record(project_copy):
    old = ontology_version(project_copy.root)
    new = next_minor(old)
    edit(project_copy.root / ONTO, f'owl:versionInfo "{old}"', f'owl:versionInfo "{new}"')
    rendered = sorted(f.render() for f in lint(project_copy, ("version",)))
    line = line_of(project_copy, ONTO, "owl:versionIRI")
    assert rendered == [
        f"ontology/CHANGELOG.md: {new} has no changelog entry — fix: add a '## {new}' section saying what "
        "changed [version]",
        f"{ONTO}:{line}: owl:versionIRI is https://civickg.org/ontology/{old} but owl:versionInfo is {new} — "
        f"fix: set owl:versionIRI <https://civickg.org/ontology/{new}> [version]",
        f"ontology/releases/{new}.txt: {new} has no release record — fix: run `civickg ontology release` [version]",
    ]


def run_cli(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "civickg", "--root", str(root), "ontology", *args],
                          capture_output=True, text=True, env={"COLUMNS": "400", "PATH": "/usr/bin:/bin"})


def test_cli_exit_codes_and_one_line_per_problem(clean, project_copy):
    ok = run_cli(clean.root, "lint")
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "no problems" in ok.stdout
    edit(project_copy.root / ONTO, '"署名记者"@zh', '"记者"@zh')
    edit(project_copy.root / ONTO, "    rdfs:domain civic:VolunteerTeam ;\n    rdfs:range xsd:integer .",
         "    rdfs:domain civic:VolunteerTeam .")
    bad = run_cli(project_copy.root, "lint")
    assert bad.returncode == 1
    lines = bad.stdout.strip().splitlines()
    assert len(lines) == 2 and all(line.startswith(f"{ONTO}:") and " — fix: " in line for line in lines)
    assert "2 problem(s)" in bad.stderr
