"""The default store: Oxigraph in build/oxigraph/<key>, loaded once per build and opened read-only by everyone."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from civickg.builder import library
from civickg.project import Project
from civickg.stores import DEFAULT_ENGINE, StoreSources, open_store
from civickg.stores.oxigraph import STAMP, OxigraphStore

AWARD = "SELECT ?award WHERE { cid:wang-yong civic:received ?award }"
CHINA_CHARITY_AWARD = "https://civickg.org/id/china-charity-award"


def stores_in(project: Project) -> list[str]:
    return sorted(p.name for p in (project.build / "oxigraph").iterdir() if p.is_dir())


def test_the_default_engine_is_oxigraph_on_disk_under_build(project_copy: Project):
    library.write(library.build(project_copy), project_copy)
    assert DEFAULT_ENGINE == "oxigraph"
    with open_store(root=project_copy) as store:
        assert isinstance(store, OxigraphStore) and store.read_only
        assert store.path is not None and store.path.parent == project_copy.build / "oxigraph"
        assert [str(t) for (t,) in store.query(AWARD).rows] == [CHINA_CHARITY_AWARD]
        key = store.path.name
    assert key == StoreSources.of(project_copy).fingerprint()[:len(key)]
    stamp = project_copy.build / "oxigraph" / key / STAMP
    loaded = stamp.stat().st_mtime_ns
    with open_store(root=project_copy) as again:  # reused, not loaded again
        assert again.path == project_copy.build / "oxigraph" / key
    assert stamp.stat().st_mtime_ns == loaded and stores_in(project_copy) == [key]


def test_a_new_build_gets_a_new_store_and_old_ones_go(project_copy: Project):
    library.write(library.build(project_copy), project_copy)
    keys = []
    for label in ("第一版", "第二版", "第三版"):
        extra = project_copy.root / "extra.ttl"
        extra.write_text(f'<https://civickg.org/id/test-note> <http://www.w3.org/2000/01/rdf-schema#comment> '
                         f'"{label}"@zh .\n', encoding="utf-8")
        with open_store(root=project_copy, include=[extra]) as store:
            keys.append(store.path.name)
            [(comment,)] = store.query("SELECT ?c WHERE { cid:test-note rdfs:comment ?c }").rows
            assert str(comment) == label
    assert len(set(keys)) == 3
    assert stores_in(project_copy) == sorted(keys[1:])  # the newest and the one before it


def test_concurrent_first_commands_load_once_and_agree(project_copy: Project):
    library.write(library.build(project_copy), project_copy)
    command = [sys.executable, "-m", "civickg", "--root", str(project_copy.root), "query", AWARD, "-f", "csv"]
    runs = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(4)]
    outputs = [run.communicate(timeout=600) for run in runs]
    assert [run.returncode for run in runs] == [0] * 4, [err.decode() for _, err in outputs]
    assert {out.decode() for out, _ in outputs} == {f"award\r\n{CHINA_CHARITY_AWARD}\r\n"}
    [key] = stores_in(project_copy)
    assert not [p for p in (project_copy.build / "oxigraph").iterdir() if ".partial-" in p.name]
    assert all(f"Oxigraph on disk at {project_copy.build / 'oxigraph' / key}" in err.decode() for _, err in outputs)


def test_the_memory_engine_stays_the_reference(built_project: Project):
    here = open_store("memory", built_project).build_graph()
    there = open_store(root=built_project).build_graph()
    assert set(here) == set(there) == set(library.load_graph(built_project))


def test_a_store_path_still_keeps_the_store_where_asked(built_project: Project, tmp_path: Path):
    with open_store("oxigraph", built_project, location=tmp_path / "ox") as store:
        assert store.path == tmp_path / "ox" and not store.read_only
        assert [str(t) for (t,) in store.query(AWARD).rows] == [CHINA_CHARITY_AWARD]
    assert (tmp_path / "ox" / STAMP).is_file()


def test_a_build_loaded_in_chunks_holds_every_quad_of_the_build(built_project: Project, tmp_path: Path, monkeypatch):
    """The on-disk store is bulk-loaded a few thousand quads at a time here (LOAD_CHUNK bounds its memory)."""
    import pyoxigraph as ox

    from civickg.stores import oxigraph

    monkeypatch.setattr(oxigraph, "LOAD_CHUNK", 5_000)
    sources = StoreSources.of(built_project)
    expected = ox.Store()
    expected.load(path=str(sources.dataset), format=ox.RdfFormat.TRIG)
    assert len(expected) > 3 * oxigraph.LOAD_CHUNK  # several chunks
    with OxigraphStore.open(sources, path=tmp_path / "store") as store:
        held = set(store.store.quads_for_pattern(None, None, None, None))
        assert held >= set(expected) and len(held) - len(expected) == len(
            list(ox.parse(path=str(sources.ontology), format=ox.RdfFormat.TURTLE)))
        assert [str(t) for (t,) in store.query(AWARD).rows] == [CHINA_CHARITY_AWARD]


def test_a_project_named_by_a_string_is_the_same_project(built_project: Project):
    """``Project("folder")``, as a notebook writes it, holds a Path and finds the same files."""
    named = Project(str(built_project.root))
    assert named == built_project and named.queries == built_project.queries
    assert len(library.load_graph(named)) == len(library.load_graph(built_project))
