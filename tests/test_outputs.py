"""Build outputs: every format parses, rebuilds are byte-identical, writes are atomic."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, Literal
from rdflib.namespace import RDFS, XSD

from civickg.builder import library
from civickg.builder.output import render_outputs, write_build
from civickg.namespaces import ARTICLE, CID, CIVIC, GRAPH, SDO, is_canonical
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


# ---------------------------------------------------------------- one graph in every file, one form per literal

#: Each RDF output and how pyoxigraph (a strict parser that keeps lexical forms as written) reads it.
OXIGRAPH_FORMATS = {"civickg.ttl": ox.RdfFormat.TURTLE, "civickg.nt": ox.RdfFormat.N_TRIPLES,
                    "civickg.nq": ox.RdfFormat.N_QUADS, "civickg.trig": ox.RdfFormat.TRIG,
                    "civickg.jsonld": ox.RdfFormat.JSON_LD}
RDFLIB_FORMATS = {"civickg.ttl": "turtle", "civickg.nt": "nt", "civickg.nq": "nquads", "civickg.trig": "trig",
                  "civickg.jsonld": "json-ld"}
SATISFACTION = "<https://civickg.org/id/shandalu-2023-satisfaction-rate> <https://civickg.org/ontology/value> "
FISCAL = "<https://civickg.org/id/shandalu-2023-fiscal-revenue> <https://civickg.org/ontology/value> "
DECIMAL = "^^<http://www.w3.org/2001/XMLSchema#decimal>"


def oxigraph_quads(path: Path) -> set[ox.Quad]:
    """The quads of a file, read by pyoxigraph without any normalisation of their terms."""
    with path.open("rb") as handle:
        return set(ox.parse(handle, format=OXIGRAPH_FORMATS[path.name]))


def triples_of(quads: set[ox.Quad]) -> set[str]:
    """The triples of the union, each as N-Triples text (every term exactly as read)."""
    return {str(q.triple) for q in quads}


@pytest.fixture(scope="module")
def parsed_outputs(built_project) -> dict[str, set[ox.Quad]]:
    return {name: oxigraph_quads(built_project.build / name) for name in OXIGRAPH_FORMATS}


def test_every_rdf_output_holds_exactly_the_same_triples(parsed_outputs):
    union = {name: triples_of(quads) for name, quads in parsed_outputs.items()}
    reference = union["civickg.nt"]
    assert f'{SATISFACTION}"100"{DECIMAL}' in reference and f'{FISCAL}"8.4"{DECIMAL}' in reference
    for name, triples in union.items():
        assert triples == reference, (name, sorted(triples ^ reference)[:4])
    assert len(reference) == len(parsed_outputs["civickg.nt"])


def test_trig_and_nquads_hold_exactly_the_same_quads(parsed_outputs):
    trig, nquads = parsed_outputs["civickg.trig"], parsed_outputs["civickg.nq"]
    assert trig == nquads, sorted(trig ^ nquads)[:4]
    named = {q.graph_name.value for q in trig}
    assert named == {str(GRAPH["corpus"]), str(GRAPH["jinan-civil-affairs-2024"]),
                     str(GRAPH["shandalu-subdistrict-2023"])}


def test_rdflib_reads_the_same_literals_from_every_output(built_project):
    """What validate (civickg.nt) and query (civickg.trig) read through rdflib: the same terms everywhere."""
    reference: set | None = None
    for name, fmt in RDFLIB_FORMATS.items():
        graph = Dataset() if fmt in ("trig", "nquads") else Graph()
        graph.parse(built_project.build / name, format=fmt)
        literals = {(s, p, o) for s, p, o, *_ in (graph.quads() if isinstance(graph, Dataset) else graph)
                    if isinstance(o, Literal)}
        assert (CID["shandalu-2023-satisfaction-rate"], CIVIC.value,
                Literal("100", datatype=XSD.decimal)) in literals, name
        reference = literals if reference is None else reference
        assert literals == reference, (name, sorted(literals ^ reference)[:4])


def test_every_literal_is_canonical_and_oxigraph_keeps_it_as_written(built_project, parsed_outputs):
    graph = Graph().parse(built_project.build / "civickg.nt", format="nt")
    odd = sorted({o.n3() for o in graph.objects() if isinstance(o, Literal) and not is_canonical(o)})
    assert odd == []
    datatypes = {o.datatype for o in graph.objects() if isinstance(o, Literal)}
    assert datatypes == {None, XSD.integer, XSD.decimal, XSD.boolean, XSD.gYear}
    store = ox.Store()
    store.load(path=str(built_project.build / "civickg.trig"), format=ox.RdfFormat.TRIG)
    assert set(store) == parsed_outputs["civickg.trig"]
