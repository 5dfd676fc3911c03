"""The per-article build cache: a rebuild after one annotation changed rebuilds that article only, and the
cached build writes the same bytes as a build without the cache."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib.namespace import RDF

from civickg.builder import library
from civickg.builder.assemble import _shared_subjects
from civickg.builder.export import to_jsonld, to_nquads, to_ntriples, to_trig, to_turtle
from civickg.builder.output import render_outputs
from civickg.namespaces import CID, CIVIC
from civickg.project import Project
from civickg.review.checks import _shacl_data
from tests.conftest import copy_project
from tests.script_support import script

ROOT = Path(__file__).resolve().parent.parent


def _synth():
    return script("synth_corpus")


@pytest.fixture()
def synth(tmp_path: Path) -> Project:
    """A synthetic project of three articles."""
    _synth().write_project(tmp_path / "synth", 3, seed=7)
    return Project(tmp_path / "synth")


def test_one_changed_annotation_rebuilds_that_article_only_with_the_same_bytes(synth: Project) -> None:
    first = library.build(synth)
    assert first.reused == []
    assert len(list((synth.build / "cache" / "articles").glob("*.json"))) == 3
    again = library.build(synth)
    assert again.reused == ["synth-00001", "synth-00002", "synth-00003"]
    assert render_outputs(again) == render_outputs(first)

    path = synth.annotations / "synth-00002.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("Resident synth-00002", "Resident Two Changed"),
                    encoding="utf-8")
    cached = library.build(synth)
    assert cached.reused == ["synth-00001", "synth-00003"]
    uncached = library.build(synth, cache=False)
    assert uncached.reused == []
    files = render_outputs(cached)
    assert files == render_outputs(uncached)
    assert '"Resident Two Changed"@en' in files["civickg.nt"].decode("utf-8")
    assert "Resident synth-00002" not in files["civickg.trig"].decode("utf-8")
    # entries of the old annotation are pruned: one entry per article
    assert len(list((synth.build / "cache" / "articles").glob("*.json"))) == 3


def test_a_damaged_or_deleted_cache_is_rebuilt(synth: Project) -> None:
    first = render_outputs(library.build(synth))
    entries = sorted((synth.build / "cache" / "articles").glob("*.json"))
    entries[0].write_text("{not json", encoding="utf-8")
    entries[1].unlink()
    again = library.build(synth)
    assert len(again.reused) == 1
    assert render_outputs(again) == first


def test_outputs_from_pieces_are_the_whole_graph_rendered(synth: Project) -> None:
    """Turtle and JSON-LD written from each article's statements and nodes (one article rebuilt, two from the
    cache, subjects that several articles describe rendered again) are the bytes of the whole graph rendered."""
    library.build(synth)
    path = synth.annotations / "synth-00003.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("Resident synth-00003", "Resident Three"),
                    encoding="utf-8")
    built = library.build(synth)
    assert built.reused == ["synth-00001", "synth-00002"]
    files = {name: data.decode("utf-8") for name, data in render_outputs(built).items()}
    union = built.union()
    assert files["civickg.ttl"] == to_turtle(union)
    assert files["civickg.jsonld"] == to_jsonld(union)
    assert files["civickg.nt"] == to_ntriples(union)
    assert files["civickg.nq"] == to_nquads(built.dataset)
    assert files["civickg.trig"] == to_trig(built.dataset)
    assert built.triple_count() == len(union)
    # a city declared in one article and placed in by others: one Turtle statement, one JSON-LD node
    city = "<https://civickg.org/id/synth-city-c0>"
    assert city in _shared_subjects(list(built.pieces.values()))
    assert files["civickg.ttl"].count("\ncid:synth-city-c0 ") == 1
    assert files["civickg.jsonld"].count('\n  {\n   "@id": "cid:synth-city-c0",') == 1
    assert sum(line.startswith(city) for line in files["civickg.nt"].splitlines()) > 3
    assert '"Resident Three"@en' in files["civickg.ttl"]


def test_a_check_looks_nodes_up_in_the_cached_graphs_without_parsing_them_all(tmp_path: Path) -> None:
    """What the review's SHACL check reads about the nodes a reviewer touched is the same whether the other
    articles were built afresh or read from the cache (where only the lines naming those nodes are parsed)."""
    project = copy_project(tmp_path)
    library.build(project)
    cached = library.build(project)
    assert cached.reused == ["jinan-civil-affairs-2024", "shandalu-subdistrict-2023"]
    focus = {CID["wang-yong"], CID["shandalu-subdistrict"]}
    picked = cached.cached_quads(lambda line: f"<{CID['wang-yong']}>" in line)
    triples = {(s, p, o) for s, p, o, _ in picked.quads((None, None, None, None))}
    assert (CID["wang-yong"], CIVIC.received, CID["china-charity-award"]) in triples
    assert all(CID["wang-yong"] in (s, o) for s, _, o in triples)
    data = _shacl_data(cached, focus)
    assert not cached._loaded                                      # the cached graphs were not parsed whole
    assert (CID["china-charity-award"], RDF.type, CIVIC.Award) in data
    assert set(data) == set(_shacl_data(library.build(project, cache=False), focus))
