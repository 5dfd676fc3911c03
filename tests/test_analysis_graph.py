"""The network figures of `civickg analyze --write` reach every store, as docs/explorer.md promises."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from civickg.builder import library
from civickg.namespaces import CID, CIVIC
from civickg.project import Project
from civickg.stores import ANALYSIS_GRAPH, StoreSources, open_store
from civickg.stores.base import included_graph
from tests.conftest import ROOT, copy_project

pytestmark = pytest.mark.slow


def documented_query() -> str:
    """The community question of docs/explorer.md, as printed there."""
    guide = (ROOT / "docs" / "explorer.md").read_text(encoding="utf-8")
    return next(block for block in re.findall(r"```sparql\n(.*?)```", guide, re.S) if "NetworkCommunity" in block)


def civickg(project: Project, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "civickg", "--root", str(project.root), *args],
                          capture_output=True, text=True, cwd=project.root)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Project:
    built = copy_project(tmp_path_factory.mktemp("analysis"))
    library.write(library.build(built), built)
    return built


def names(done: subprocess.CompletedProcess) -> list[str]:
    assert done.returncode == 0, done.stderr
    return [line.split(",")[0] for line in done.stdout.splitlines()[1:]]


def test_the_documented_query_finds_the_communities_after_analyze_write(project):
    query = project.root / "community.rq"
    query.write_text(documented_query(), encoding="utf-8")
    disk = project.root / "build" / "oxigraph"
    assert names(civickg(project, "query", "community.rq", "--format", "csv")) == []
    assert names(civickg(project, "query", "community.rq", "--format", "csv", "--store", "oxigraph",
                         "--store-path", str(disk))) == []
    done = civickg(project, "analyze", "--write")
    assert done.returncode == 0 and "build/analysis.ttl" in done.stdout, done.stderr
    assert project.analysis.exists()
    expected = ["山大路街道", "便民服务大厅", "建鑫社区", "24小时自助服务“不打烊”功能区", "5分钟全科网格服务圈"]
    assert names(civickg(project, "query", "community.rq", "--format", "csv")) == expected
    # the on-disk store was stamped without the figures: its fingerprint now differs, so it reloads
    assert names(civickg(project, "query", "community.rq", "--format", "csv", "--store", "oxigraph",
                         "--store-path", str(disk))) == expected


def test_the_figures_sit_in_their_own_named_graph(project):
    if not project.analysis.exists():
        assert civickg(project, "analyze", "--write").returncode == 0
    store = open_store("memory", project)
    graphs = {g.identifier for g in store.dataset.graphs()}
    assert ANALYSIS_GRAPH in graphs
    degree = store.dataset.graph(ANALYSIS_GRAPH).value(CID["shandalu-subdistrict"], CIVIC.degree)
    assert int(degree) == 73
    without = StoreSources(project.built_file("trig"), project.ontology)
    assert StoreSources.of(project).fingerprint() != without.fingerprint()


def test_include_loads_any_other_turtle_file(project, tmp_path):
    other = tmp_path / "figures-seed-1.ttl"
    assert civickg(project, "analyze", "--write", str(other), "--seed", "1").returncode == 0
    ask = f"ASK {{ GRAPH ?g {{ cid:anqing-studio civic:degree ?d }} FILTER(?g = <{included_graph(other)}>) }}"
    done = civickg(project, "query", ask, "--include", str(other), "--format", "json")
    assert done.returncode == 0 and '"boolean": true' in done.stdout, done.stderr
    missing = civickg(project, "query", ask, "--include", str(tmp_path / "nowhere.ttl"))
    assert missing.returncode == 2 and "nowhere.ttl does not exist" in missing.stderr
    assert "Traceback" not in missing.stderr
