"""Build outputs: every format parses, rebuilds are byte-identical, writes are atomic."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal
from rdflib.namespace import RDFS

from civickg.builder import library
from civickg.builder.output import render_outputs, write_build
from civickg.namespaces import ARTICLE, CID, CIVIC, GRAPH, SDO
from tests.conftest import ROOT, copy_project

OUTPUTS = ("civickg.ttl", "civickg.nt", "civickg.nq", "civickg.trig", "civickg.jsonld", "context.jsonld")


def rapper_count(path: Path, syntax: str) -> int:
    """Parse with Raptor (an independent parser) and return the triple count it reports."""
    result = subprocess.run(["rapper", "-c", "-i", syntax, str(path)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "error" not in result.stderr.lower(), result.stderr
    return int(result.stderr.split("returned")[1].split()[0])


@pytest.mark.parametrize(("name", "syntax"), [("civickg.ttl", "turtle"), ("civickg.nt", "ntriples"),
                                              ("civickg.trig", "trig"), ("civickg.nq", "nquads")])
def test_rapper_reads_every_rdf_output(built_project, graph, name, syntax):
    count = rapper_count(built_project.build / name, syntax)
    if syntax in ("turtle", "ntriples"):
        assert count == len(graph)
    else:
        assert count >= len(graph)


def test_trig_has_one_named_graph_per_article(built_project):
    ds = Dataset()
    ds.parse(built_project.build / "civickg.trig", format="trig")
    names = {str(g.identifier) for g in ds.graphs() if len(g)}
    assert {str(GRAPH["jinan-civil-affairs-2024"]), str(GRAPH["shandalu-subdistrict-2023"]),
            str(GRAPH["corpus"])} <= names
    studio_graph = ds.graph(GRAPH["shandalu-subdistrict-2023"])
    clean_text = (built_project.build / "text" / "shandalu-subdistrict-2023.txt").read_text(encoding="utf-8")
    assert str(studio_graph.value(ARTICLE["shandalu-subdistrict-2023"], SDO.text)) == clean_text
    assert (CID["anqing-studio"], CIVIC.locatedIn, CID["minziqian-community"]) in studio_graph
    assert (CID["anqing-studio"], CIVIC.locatedIn, CID["minziqian-community"]) not in \
        ds.graph(GRAPH["jinan-civil-affairs-2024"])


def test_jsonld_with_context_round_trips(built_project, graph):
    doc = json.loads((built_project.build / "civickg.jsonld").read_text(encoding="utf-8"))
    context = json.loads((built_project.build / "context.jsonld").read_text(encoding="utf-8"))
    assert doc["@context"]["civic"] == "https://civickg.org/ontology/" == context["@context"]["civic"]
    again = Graph().parse(data=json.dumps(doc), format="json-ld")
    assert len(again) == len(graph)
    assert (CID["wang-yong"], RDFS.label, Literal("王勇", lang="zh")) in again


def test_rebuild_is_byte_identical_across_processes(tmp_path):
    """Two builds in separate processes, with different hash seeds, write the same bytes."""
    digests = []
    for seed in ("1", "2"):
        project = copy_project(tmp_path / f"p{seed}")
        env = {**os.environ, "PYTHONHASHSEED": seed}
        run = subprocess.run([sys.executable, "-m", "civickg", "--root", str(project.root), "build"],
                             capture_output=True, text=True, env=env)
        assert run.returncode == 0, run.stderr
        digests.append({name: (project.build / name).read_bytes() for name in OUTPUTS})
    assert digests[0] == digests[1]


def test_failed_write_leaves_previous_outputs(built_project, tmp_path, monkeypatch):
    out = tmp_path / "out"
    built = library.build(built_project)
    write_build(built, out)
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}

    def broken_render(_built):
        raise RuntimeError("disk full while rendering")

    monkeypatch.setattr("civickg.builder.output.render_outputs", broken_render)
    with pytest.raises(RuntimeError):
        write_build(built, out)
    assert {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()} == before
    assert not list(out.glob(".*.tmp"))


def test_clean_texts_and_repairs_are_written(built_project):
    text = (built_project.build / "text" / "shandalu-subdistrict-2023.txt").read_text(encoding="utf-8")
    assert "这一年，山大路街道持之以恒抓好项目突破。" in text
    repairs = json.loads((built_project.build / "text" / "repairs.json").read_text(encoding="utf-8"))
    kinds = [r["kind"] for r in repairs["000_914b0a86cd06571a.yaml"]]
    assert kinds.count("join") == 5 and kinds.count("drop-repeat") == 1


def test_render_does_not_touch_the_disk(built, tmp_path):
    files = render_outputs(built)
    assert set(OUTPUTS) <= set(files)
    assert files["civickg.nt"].decode("utf-8").count("\n") == len(built.union())


def test_sources_are_kept_unchanged():
    kept = (ROOT / "graph/sources/000_914b0a86cd06571a.txt").read_bytes()
    seed = ROOT.parent / "shared" / "corpus" / "000_914b0a86cd06571a.txt"
    import hashlib
    assert hashlib.sha256(kept).hexdigest() == "8926f2465d4d106dc798758e421c2d4158fe87581cb45e162818283fcaa7665b"
    if seed.exists():
        assert seed.read_bytes() == kept
    assert shutil.which("rapper"), "raptor2-utils is installed by scripts/install-system-deps.sh"
