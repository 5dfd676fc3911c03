"""Stores: every engine answers the same query over the seed, on-disk Oxigraph is stamped and reused, and
every store is read-only."""

from __future__ import annotations

import gc
import json
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Literal, URIRef

from civickg.errors import CivicError, QueryError, UnsupportedQuery, UpdateRefused
from civickg.namespaces import CID, GRAPH
from civickg.project import Project
from civickg.stores import ENGINES, ONTOLOGY_GRAPH, Store, StoreSources, open_store
from civickg.stores.oxigraph import STAMP
from tests.conftest import copy_project

AWARD = "SELECT ?award ?label WHERE { cid:wang-yong civic:received ?award . ?award rdfs:label ?label } ORDER BY ?label"
EXPECTED_AWARD = [(CID["china-charity-award"], Literal("China Charity Award", lang="en")),
                  (CID["china-charity-award"], Literal("中华慈善奖", lang="zh"))]
MARKER = "SELECT ?label WHERE { cid:store-test-marker rdfs:label ?label }"
UPDATES = [
    "INSERT DATA { cid:wang-yong civic:received cid:nobel-prize }",
    "PREFIX ex: <https://example.org/>\nDELETE WHERE { ?s ?p ?o }",
    "DELETE DATA { cid:wang-yong civic:received cid:china-charity-award }",
    "LOAD <https://example.org/data.ttl>",
    "CLEAR ALL",
    "DROP GRAPH <https://civickg.org/graph/corpus>",
    "WITH <https://civickg.org/graph/corpus> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
]
SERVICE = "SELECT * WHERE { SERVICE <https://query.wikidata.org/sparql> { ?s ?p ?o } } LIMIT 1"


@pytest.fixture(scope="module", params=sorted(ENGINES))
def store(request: pytest.FixtureRequest, built_project: Project) -> Store:
    """A store on each engine over the built seed (in memory)."""
    with open_store(request.param, built_project) as opened:
        yield opened


def test_every_engine_is_a_store():
    assert {"memory", "oxigraph"} <= set(ENGINES)
    for name, kind in ENGINES.items():
        assert issubclass(kind, Store) and kind.engine == name


def test_every_engine_answers_wang_yongs_award(store: Store):
    result = store.query(AWARD)
    assert result.form == "SELECT"
    assert result.variables == ("award", "label")
    assert result.rows == EXPECTED_AWARD


def test_every_engine_answers_ask_and_construct(store: Store):
    assert store.query("ASK { cid:wang-yong civic:received cid:china-charity-award }").boolean is True
    assert store.query("ASK { cid:wang-yong civic:received cid:nobel-prize }").boolean is False
    graph = store.query("CONSTRUCT { cid:wang-yong civic:received ?a } WHERE { cid:wang-yong civic:received ?a }")
    assert set(graph.graph) == {(CID["wang-yong"], URIRef("https://civickg.org/ontology/received"),
                                 CID["china-charity-award"])}


def test_every_engine_holds_the_article_graphs_and_the_ontology(store: Store):
    result = store.query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g")
    assert [row[0] for row in result.rows] == sorted([GRAPH["corpus"], GRAPH["jinan-civil-affairs-2024"],
                                                      ONTOLOGY_GRAPH, GRAPH["shandalu-subdistrict-2023"]])
    label = store.query(f"SELECT ?l WHERE {{ GRAPH <{ONTOLOGY_GRAPH}> {{ civic:received rdfs:label ?l }} }}")
    assert Literal("获得", lang="zh") in {row[0] for row in label.rows}
    assert len(store) > 0


@pytest.mark.parametrize("update", UPDATES)
def test_updates_are_refused_by_every_engine(store: Store, update: str):
    size = len(store)
    with pytest.raises(UpdateRefused) as info:
        store.query(update)
    assert "read-only" in info.value.render()
    assert "\n" not in info.value.render()
    assert len(store) == size
    assert store.query("ASK { cid:wang-yong civic:received cid:china-charity-award }").boolean is True


def test_service_is_refused_by_every_engine(store: Store):
    with pytest.raises(UnsupportedQuery) as info:
        store.query(SERVICE)
    message = info.value.render()
    assert "SERVICE" in message and "line 1, column 18" in message
    assert "\n" not in message


def test_an_unknown_engine_is_refused_in_one_line(built_project: Project):
    with pytest.raises(QueryError) as info:
        open_store("virtuoso", built_project)
    message = info.value.render()
    assert "\n" not in message
    assert "unknown store engine 'virtuoso'" in message
    for name in ENGINES:
        assert name in message


def test_an_unbuilt_project_tells_to_build(project_copy: Project):
    with pytest.raises(CivicError) as info:
        StoreSources.of(project_copy)
    message = info.value.render()
    assert "\n" not in message
    assert "civickg.trig" in message
    assert "run `civickg build`" in message
    with pytest.raises(CivicError, match="civickg build"):
        open_store("oxigraph", project_copy)


def test_the_memory_store_has_no_disk_form(built_project: Project, tmp_path: Path):
    with pytest.raises(QueryError, match="no on-disk form"):
        open_store("memory", built_project, location=tmp_path / "store")


# ---------------------------------------------------------------- Oxigraph on disk

@pytest.fixture
def built_copy(built_project: Project, tmp_path: Path) -> Project:
    """A copy of the built seed (inputs and build/) that a test may change."""
    project = copy_project(tmp_path / "project")
    shutil.copytree(built_project.build, project.build)
    return project


def _release(store: Store) -> None:
    """Close a store and drop the engine's handle, so the folder can be opened again."""
    store.close()
    del store
    gc.collect()


def _add_marker(location: Path) -> None:
    """Put a quad into the on-disk store behind civickg's back."""
    raw = ox.Store(str(location))
    raw.add(ox.Quad(ox.NamedNode(str(CID["store-test-marker"])),
                    ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), ox.Literal("added directly"),
                    ox.NamedNode(str(GRAPH["store-test"]))))
    raw.flush()
    del raw
    gc.collect()


def test_on_disk_oxigraph_writes_its_stamp(built_copy: Project, tmp_path: Path):
    location = tmp_path / "oxigraph"
    store = open_store("oxigraph", built_copy, location=location)
    try:
        assert store.query(AWARD).rows == EXPECTED_AWARD
        assert str(location) in store.description
    finally:
        _release(store)
    stamp = json.loads((location / STAMP).read_text(encoding="utf-8"))
    sources = StoreSources.of(built_copy)
    assert stamp["sha256"] == sources.fingerprint()
    assert stamp["dataset"] == str(sources.dataset)
    assert stamp["ontology"] == str(sources.ontology)


def test_on_disk_oxigraph_is_reused_while_the_build_is_unchanged(built_copy: Project, tmp_path: Path):
    location = tmp_path / "oxigraph"
    _release(open_store("oxigraph", built_copy, location=location))
    _add_marker(location)
    store = open_store("oxigraph", built_copy, location=location)
    try:
        assert store.query(MARKER).rows == [(Literal("added directly"),)]  # not reloaded: the quad is still there
        assert store.query(AWARD).rows == EXPECTED_AWARD
    finally:
        _release(store)
    reader = open_store("oxigraph", built_copy, location=location, read_only=True)
    try:
        assert reader.query(MARKER).rows == [(Literal("added directly"),)]
    finally:
        _release(reader)


def test_on_disk_oxigraph_is_reloaded_when_the_build_changes(built_copy: Project, tmp_path: Path):
    location = tmp_path / "oxigraph"
    _release(open_store("oxigraph", built_copy, location=location))
    _add_marker(location)
    before = json.loads((location / STAMP).read_text(encoding="utf-8"))["sha256"]
    trig = built_copy.built_file("trig")
    with trig.open("a", encoding="utf-8") as out:
        out.write('\n<https://civickg.org/graph/extra> {\ncid:extra-entity rdfs:label "新加的"@zh .\n}\n')
    store = open_store("oxigraph", built_copy, location=location)
    try:
        assert store.query(MARKER).rows == []  # the store was cleared and loaded again
        extra = store.query("SELECT ?l WHERE { cid:extra-entity rdfs:label ?l }")
        assert extra.rows == [(Literal("新加的", lang="zh"),)]
        assert store.query(AWARD).rows == EXPECTED_AWARD
    finally:
        _release(store)
    after = json.loads((location / STAMP).read_text(encoding="utf-8"))["sha256"]
    assert after != before
    assert after == StoreSources.of(built_copy).fingerprint()


def test_a_stale_on_disk_store_is_not_opened_read_only(built_copy: Project, tmp_path: Path):
    location = tmp_path / "oxigraph"
    _release(open_store("oxigraph", built_copy, location=location))
    with built_copy.built_file("trig").open("a", encoding="utf-8") as out:
        out.write("\n")
    with pytest.raises(QueryError) as info:
        open_store("oxigraph", built_copy, location=location, read_only=True)
    assert "does not hold the current build" in info.value.render()


def test_a_closed_on_disk_store_says_it_was_closed(built_copy: Project, tmp_path: Path):
    store = open_store("oxigraph", built_copy, location=tmp_path / "oxigraph")
    assert store.query("ASK { ?s ?p ?o }").boolean is True
    store.close()
    with pytest.raises(QueryError, match="was closed") as info:
        store.query("ASK { ?s ?p ?o }")
    assert "open_store()" in info.value.render()
    with pytest.raises(QueryError, match="was closed"):
        len(store)
