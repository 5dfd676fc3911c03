"""Validation article by article: the same report as on the whole graph, each finding named by its article,
and a second run served from build/cache/validate."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal

from civickg.builder import library
from civickg.namespaces import CID, CIVIC, GRAPH, RDF, RDFS
from civickg.ontology.model import load_ontology
from civickg.project import Project
from civickg.validate.checks import validate
from civickg.validate.corpus import validate_build
from tests.script_support import script

ROOT = Path(__file__).resolve().parent.parent


def _synth():
    return script("synth_corpus")


@pytest.fixture(scope="module")
def planted(tmp_path_factory: pytest.TempPathFactory):
    """A built synthetic corpus of three articles with two defects planted in its graphs: an English label
    removed in synth-00002, and in synth-00003 a district said to be a person."""
    root = tmp_path_factory.mktemp("units") / "synth"
    _synth().write_project(root, 3, seed=7)
    project = Project(root)
    library.write(library.build(project), project)
    dataset = library.load_dataset(project)
    second = dataset.graph(GRAPH["synth-00002"])
    body = next(s for s, _, _ in second.triples((None, RDF.type, CIVIC.GovernmentBody)))
    english = next(o for o in second.objects(body, RDFS.label) if isinstance(o, Literal) and o.language == "en")
    second.remove((body, RDFS.label, english))
    district = next(s for s in dataset.subjects(RDF.type, CIVIC.District))
    dataset.graph(GRAPH["synth-00003"]).add((district, RDF.type, CIVIC.Person))
    return project, dataset, body, district


def test_per_article_validation_names_the_article_and_matches_the_whole_graph(planted) -> None:
    project, dataset, body, district = planted
    ontology = load_ontology([project.ontology])
    report = validate_build(dataset, ontology, project.shapes, project.build / "cache")
    label = next(p for p in report.problems() if p.startswith(f"[shacl] cid:{body[len(CID):]} rdfs:label"))
    assert report.where(label) == str(GRAPH["synth-00002"])
    clash = [p for p in report.problems() if p.startswith("[shacl]") and f"{district} is both a" in p]
    assert clash and f"{CIVIC.Person} and a {CIVIC.Place}, which exclude each other" in clash[0]
    owl = [p for p in report.problems() if p.startswith("[owl-rl]")]
    assert owl == [f"[owl-rl] Disjoint classes {CIVIC.Person} and {CIVIC.Place} have a common individual {district}"]
    assert report.where(owl[0]) in {str(GRAPH[a]) for a in ("synth-00001", "synth-00003")}

    whole = validate(_union(dataset), ontology, project.shapes)
    for mine, theirs in zip(report.checks, whole.checks, strict=True):
        assert (mine.name, mine.problems, mine.warnings) == (theirs.name, theirs.problems, theirs.warnings)


def test_a_second_run_reads_every_article_from_the_cache(planted) -> None:
    project, dataset, _, _ = planted
    ontology = load_ontology([project.ontology])
    first = validate_build(dataset, ontology, project.shapes, project.build / "cache")
    entries = {path: path.stat().st_mtime_ns for path in (project.build / "cache" / "validate").glob("*.json")}
    assert entries
    seen = []
    again = validate_build(dataset, ontology, project.shapes, project.build / "cache",
                           progress=lambda step, done, total: seen.append((step, done, total)))
    assert again.as_dict() == first.as_dict()
    assert {path: path.stat().st_mtime_ns for path in entries} == entries  # read, not written again
    assert ("SHACL and OWL RL per article", 4, 4) in seen  # three articles and the corpus graph


def _union(dataset: Dataset) -> Graph:
    graph = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph
