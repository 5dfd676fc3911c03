"""Versioning: version info and IRI agree, and no term of any release disappears without a deprecation."""

from __future__ import annotations

import itertools
import re
import subprocess
import sys

import pytest
from rdflib import URIRef

from civickg.namespaces import CIVIC
from civickg.ontology.model import read_turtle
from civickg.ontology.releases import check_releases, read_release, releases, render_release, version_key
from civickg.ontology.terms import civic_terms, header
from tests.conftest import ROOT, edit, next_minor, ontology_version

ONTOLOGY = ROOT / "ontology" / "civic.ttl"
RELEASES = ROOT / "ontology" / "releases"
PARTNER_BLOCK = "civic:partnerOf a owl:ObjectProperty , owl:SymmetricProperty ;"


@pytest.fixture(scope="module")
def graph():
    return read_turtle(ONTOLOGY)


def test_version_info_and_version_iri_agree(graph):
    head = header(graph)
    assert re.fullmatch(r"\d+\.\d+\.\d+", head.version or "")
    assert head.version_iri == URIRef(f"{CIVIC}{head.version}")


def test_current_version_is_released_and_in_the_changelog(graph):
    version = header(graph).version
    assert version == max(releases(RELEASES), key=version_key)
    assert (RELEASES / f"{version}.txt").read_text(encoding="utf-8") == render_release(graph, version)
    changelog = (ROOT / "ontology" / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"\n## {version}\n" in changelog


def test_releases_0_1_0_and_0_2_0():
    recorded = releases(RELEASES)
    assert list(recorded)[:2] == ["0.1.0", "0.2.0"]
    assert len(recorded["0.1.0"]) == 107
    analysis = {CIVIC[t] for t in ("NetworkAnalysis", "EntityCluster", "ConnectedComponent", "NetworkCommunity",
                                   "algorithm", "randomSeed", "modularity", "clusterSize", "degree",
                                   "degreeCentrality", "betweennessCentrality")}
    assert set(recorded["0.2.0"]) - set(recorded["0.1.0"]) == {CIVIC.VolunteerTeam, CIVIC.numberOfTeams} | analysis


def test_release_records_only_grow():
    recorded = list(releases(RELEASES).values())
    for older, newer in itertools.pairwise(recorded):
        assert set(older) <= set(newer)


def test_no_released_term_has_disappeared(graph):
    assert check_releases(graph, RELEASES) == []


def test_every_released_term_is_a_civic_term(graph):
    current = {t.iri for t in civic_terms(graph)}
    for version, iris in releases(RELEASES).items():
        assert all(str(i).startswith(str(CIVIC)) for i in iris), version
        assert set(iris) <= current, version


# The check can fail: change a temporary copy of the ontology and watch it report.

def problems_after(project_copy, old: str, new: str) -> list:
    path = project_copy.root / "ontology" / "civic.ttl"
    edit(path, old, new)
    return check_releases(read_turtle(path), project_copy.root / "ontology" / "releases")


def test_removing_a_term_is_reported(project_copy):
    path = project_copy.root / "ontology" / "civic.ttl"
    text = path.read_text(encoding="utf-8")
    start = text.index(PARTNER_BLOCK)
    end = text.index("\n\n", start)
    path.write_text(text[:start] + text[end + 2:], encoding="utf-8")
    problems = check_releases(read_turtle(path), project_copy.root / "ontology" / "releases")
    assert [(p.iri, p.version) for p in problems] == [(CIVIC.partnerOf, "0.1.0")]
    assert "no longer declared" in problems[0].problem
    assert "owl:deprecated true ; dcterms:isReplacedBy" in problems[0].fix


def test_renaming_a_term_is_reported(project_copy):
    problems = problems_after(project_copy, PARTNER_BLOCK, PARTNER_BLOCK.replace("partnerOf", "worksWith"))
    assert [p.iri for p in problems] == [CIVIC.partnerOf]


def test_renaming_with_a_deprecation_pointing_to_the_replacement_passes(project_copy):
    path = project_copy.root / "ontology" / "civic.ttl"
    edit(path, PARTNER_BLOCK, PARTNER_BLOCK.replace("partnerOf", "worksWith"))
    path.write_text(path.read_text(encoding="utf-8") + """
civic:partnerOf owl:deprecated true ;
    dcterms:isReplacedBy civic:worksWith ;
    rdfs:label "合作（已弃用）"@zh , "partner of (deprecated)"@en ;
    skos:definition "Deprecated in 0.3.0: use civic:worksWith."@en , "0.3.0 起弃用：请用 civic:worksWith。"@zh .
""", encoding="utf-8")
    assert check_releases(read_turtle(path), project_copy.root / "ontology" / "releases") == []


def test_deprecation_without_replacement_is_reported(project_copy):
    problems = problems_after(project_copy, PARTNER_BLOCK, PARTNER_BLOCK + "\n    owl:deprecated true ;")
    assert [(p.iri, p.problem) for p in problems] == [(CIVIC.partnerOf, "is deprecated but names no replacement")]


def test_replacement_must_be_declared(project_copy):
    problems = problems_after(project_copy, PARTNER_BLOCK,
                              PARTNER_BLOCK + "\n    owl:deprecated true ; dcterms:isReplacedBy civic:worksWith ;")
    assert [p.iri for p in problems] == [CIVIC.partnerOf]
    assert "civic:worksWith, which the ontology does not declare" in problems[0].problem


def test_release_command_writes_the_record_of_a_new_version(project_copy):
    root = project_copy.root
    old = ontology_version(root)
    new = next_minor(old)
    edit(root / "ontology" / "civic.ttl", f'owl:versionInfo "{old}"', f'owl:versionInfo "{new}"')
    done = subprocess.run([sys.executable, "-m", "civickg", "--root", str(root), "ontology", "release"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    record = root / "ontology" / "releases" / f"{new}.txt"
    assert read_release(record) == read_release(root / "ontology" / "releases" / f"{old}.txt")
    check = subprocess.run([sys.executable, "-m", "civickg", "--root", str(root), "ontology", "release", "--check"],
                           capture_output=True, text=True)
    assert check.returncode == 0 and "up to date" in check.stdout
