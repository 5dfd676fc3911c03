"""`push` into real servers (Oxigraph server, Virtuoso) over the SPARQL 1.1 Graph Store HTTP Protocol."""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import httpx
import pytest
from rdflib import BNode, Dataset, Graph, Literal
from rdflib.compare import isomorphic
from rdflib.namespace import XSD

from civickg.errors import CivicError
from civickg.namespaces import GRAPH
from civickg.project import Project
from civickg.stores.credentials import find_credentials
from civickg.stores.push import PushFailed, build_graphs, graph_store_for, push
from civickg.stores.remote import MANIFEST_GRAPH, EndpointError
from tests.query_support import free_port
from tests.servers import RunningServer, oxigraph_server

pytestmark = [pytest.mark.server, pytest.mark.slow]

ARTICLES = ("jinan-civil-affairs-2024", "shandalu-subdistrict-2023")
EXPECTED = [str(GRAPH[a]) for a in ARTICLES] + [str(GRAPH["corpus"]), str(GRAPH["ontology"])]


def sources(project) -> tuple[Path, Path]:
    return Project.of(project).built_file("trig"), project.ontology


def build_dataset(project) -> dict[str, Graph]:
    """The build's graphs as rdflib reads them from the TriG and the ontology: what the server must hold."""
    dataset = Dataset()
    dataset.parse(Project.of(project).built_file("trig"), format="trig")
    graphs = {str(g.identifier): g for g in dataset.graphs() if len(g)}
    graphs[str(GRAPH["ontology"])] = Graph().parse(project.ontology, format="turtle")
    return graphs


def as_stored(graph: Graph, server: RunningServer) -> Graph:
    """The graph as ``server`` stores it: both servers keep an xsd:decimal in its shortest form (the TriG's
    ``44.0`` comes back as ``"44"^^xsd:decimal``), and Oxigraph (server and embedded engine alike) keeps
    xsd:nonNegativeInteger values as xsd:integer. Every other term must come back exactly as built."""
    out = Graph()
    for s, p, o in graph:
        if isinstance(o, Literal) and o.datatype == XSD.decimal:
            o = Literal(format(Decimal(str(o)).normalize(), "f"), datatype=XSD.decimal)
        elif isinstance(o, Literal) and o.datatype == XSD.nonNegativeInteger and server.name == "oxigraph":
            o = Literal(str(o), datatype=XSD.integer)
        out.add((s, p, o))
    return out


CAP = 10_000  # Virtuoso's ResultSetMaxRows, which also cuts off Graph Store GETs and sorted pages


def sparql(server: RunningServer, query: str, accept: str) -> str:
    response = httpx.post(server.endpoint, data={"query": query}, headers={"Accept": accept}, timeout=120)
    assert response.status_code == 200, response.text
    return response.text


def fetch(server: RunningServer, graph: str) -> Graph | None:
    """A graph as the server holds it, read with plain SPARQL over HTTP; None when it does not exist.

    A graph as large as the server's row cap is read predicate by predicate (it must then have no blank
    nodes, whose labels hold only within one answer)."""
    whole = Graph().parse(data=sparql(server, f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}",
                                      "application/n-triples"), format="nt")
    if len(whole) < CAP:
        return whole if len(whole) else None
    listed = sparql(server, f"SELECT DISTINCT ?p WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}",
                    "application/sparql-results+json")
    held = Graph()
    for binding in json.loads(listed)["results"]["bindings"]:
        predicate = binding["p"]["value"]
        held += Graph().parse(data=sparql(server, f"CONSTRUCT {{ ?s <{predicate}> ?o }} WHERE {{ "
                                                  f"GRAPH <{graph}> {{ ?s <{predicate}> ?o }} }}",
                                          "application/n-triples"), format="nt")
    assert not any(isinstance(t, BNode) for triple in held for t in triple)
    return held


def test_the_build_is_cut_into_its_graphs_in_push_order(built_project):
    graphs = build_graphs(*sources(built_project))
    assert [g.name for g in graphs] == EXPECTED
    expected = build_dataset(built_project)
    assert {g.name: g.triples for g in graphs} == {name: len(g) for name, g in expected.items()}


def test_the_graph_store_is_found_from_the_server_header():
    assert graph_store_for("http://h:7878/query", "Oxigraph/0.5.13") == "http://h:7878/store"
    assert graph_store_for("http://h:8890/sparql", "Virtuoso/07.20.3229 (Linux)") == \
        "http://h:8890/sparql-graph-crud-auth"
    assert graph_store_for("http://h:3030/civic/sparql", "Apache Jena Fuseki (4.10.0)") == "http://h:3030/civic/data"
    assert graph_store_for("http://h:8890/other", "Virtuoso/07.20.3229 (Linux)") is None
    assert graph_store_for("http://h/sparql", "nginx") is None


def test_pushing_twice_leaves_exactly_the_builds_graphs(sparql_server, built_project):
    lines: list[str] = []
    first = push(sparql_server.endpoint, *sources(built_project), environ=sparql_server.environ, progress=lines.append)
    second = push(sparql_server.endpoint, *sources(built_project), environ=sparql_server.environ)
    expected = build_dataset(built_project)
    for report in (first, second):
        assert list(report.replaced) == EXPECTED
        assert report.graph_store == sparql_server.graph_store
        assert report.failed is None and report.not_replaced == [] and report.deleted == []
    assert first.replaced == second.replaced == {name: len(g) for name, g in expected.items()}
    assert lines[0] == f"replaced {EXPECTED[0]} ({len(expected[EXPECTED[0]]):,} triples)"
    assert lines[-1] == f"listed 4 graphs in {MANIFEST_GRAPH}"
    for name, graph in expected.items():
        held = fetch(sparql_server, name)
        assert held is not None, name
        assert len(held) == len(graph), name
        assert isomorphic(held, as_stored(graph, sparql_server)), f"{name} differs on {sparql_server.name}"
    manifest = fetch(sparql_server, str(MANIFEST_GRAPH))
    assert manifest is not None
    assert sorted(str(o) for o in manifest.objects(MANIFEST_GRAPH, None)) == sorted(EXPECTED)


def test_a_graph_no_longer_in_the_build_is_deleted(sparql_server, built_project, tmp_path):
    extra = str(GRAPH["retired-article"])
    trig = tmp_path / "with-extra.trig"
    shutil.copy(Project.of(built_project).built_file("trig"), trig)
    with trig.open("a", encoding="utf-8") as out:
        out.write(f'\n<{extra}> {{ <https://civickg.org/id/x> rdfs:label "旧"@zh . }}\n')
    with_extra = push(sparql_server.endpoint, trig, built_project.ontology, environ=sparql_server.environ)
    assert extra in with_extra.replaced and fetch(sparql_server, extra) is not None
    lines: list[str] = []
    report = push(sparql_server.endpoint, *sources(built_project), environ=sparql_server.environ,
                  progress=lines.append)
    assert report.deleted == [extra]
    assert lines[-1] == f"deleted {extra} (no longer in the build)"
    assert fetch(sparql_server, extra) is None
    assert list(report.replaced) == EXPECTED


def test_a_push_that_stops_says_which_graphs_were_replaced(built_project, tmp_path):
    with oxigraph_server(tmp_path) as server:
        def stop_after_the_first_graph(line: str) -> None:
            server.stop()

        with pytest.raises(PushFailed) as caught:
            push(server.endpoint, *sources(built_project), environ=server.environ,
                 progress=stop_after_the_first_graph)
    report = caught.value.report
    assert list(report.replaced) == EXPECTED[:1]
    assert report.failed == EXPECTED[1]
    assert report.not_replaced == [*EXPECTED[1:], str(MANIFEST_GRAPH)]
    message = caught.value.render()
    assert "\n" not in message
    assert message.startswith(f"push stopped at {EXPECTED[1]}: cannot connect to {server.graph_store} "
                               "(connection refused)")
    assert "replaced 1 of 5 graphs" in message


def test_a_wrong_password_is_one_line_and_never_shown(virtuoso, built_project, caplog, capsys):
    caplog.set_level(logging.DEBUG)
    wrong = "not-the-" + virtuoso.password[::-1]
    environ = {**virtuoso.environ, "CIVICKG_SPARQL_PASSWORD": wrong}
    with pytest.raises(PushFailed) as caught:
        push(virtuoso.endpoint, *sources(built_project), environ=environ)
    message = caught.value.render()
    assert "\n" not in message
    assert f"{virtuoso.graph_store} refused the graph {EXPECTED[0]} (401 Unauthorized)" in message
    assert "check CIVICKG_SPARQL_USER / CIVICKG_SPARQL_PASSWORD or ~/.netrc" in message
    assert caught.value.report.replaced == {}
    out = capsys.readouterr()
    for secret in (wrong, virtuoso.password):
        for text in (message, repr(caught.value.report), caplog.text, out.out, out.err):
            assert secret not in text


def test_no_credentials_for_a_server_that_wants_them(virtuoso, built_project):
    with pytest.raises(PushFailed) as caught:
        push(virtuoso.endpoint, *sources(built_project), environ={"NETRC": "/nonexistent"})
    assert "the server wants credentials: set CIVICKG_SPARQL_USER and CIVICKG_SPARQL_PASSWORD" in caught.value.render()


def test_credentials_come_from_a_netrc_file(virtuoso, built_project, tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    netrc = tmp_path / "netrc"
    netrc.write_text(f"machine 127.0.0.1 login {virtuoso.user} password {virtuoso.password}\n", encoding="utf-8")
    netrc.chmod(0o600)
    credentials = find_credentials(virtuoso.endpoint, {"NETRC": str(netrc)})
    assert credentials is not None and credentials.user == "dba"
    assert virtuoso.password not in repr(credentials) + str(credentials)
    report = push(virtuoso.endpoint, *sources(built_project), environ={"NETRC": str(netrc)})
    assert list(report.replaced) == EXPECTED
    assert virtuoso.password not in caplog.text + repr(report) + report.summary()


def test_credentials_in_the_url_are_refused_without_echoing_them(built_project):
    with pytest.raises(CivicError) as caught:
        push("http://dba:s3cret@127.0.0.1:1/sparql", *sources(built_project))
    assert "s3cret" not in caught.value.render()
    assert "must not contain a user name or password" in caught.value.render()


def test_half_the_credentials_is_an_error():
    with pytest.raises(CivicError, match="CIVICKG_SPARQL_PASSWORD is not set"):
        find_credentials("http://h/sparql", {"CIVICKG_SPARQL_USER": "dba"})


def test_a_server_that_is_down_is_one_line(built_project):
    url = f"http://127.0.0.1:{free_port()}/sparql"
    with pytest.raises(EndpointError) as caught:
        push(url, *sources(built_project), environ={"NETRC": "/nonexistent"})
    assert caught.value.render() == (f"cannot connect to {url} (connection refused) — is the server running, "
                                     "and is the URL right?")


def test_a_missing_build_is_one_line(tmp_path):
    with pytest.raises(CivicError, match="does not exist — run `civickg build` first"):
        push("http://127.0.0.1:1/sparql", tmp_path / "civickg.trig", tmp_path / "civic.ttl")


def _cli(project, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "civickg", "--root", str(project.root), *args],
                          capture_output=True, text=True, encoding="utf-8", env={**os.environ, **(env or {})})


def test_push_and_query_from_the_command_line(built_project, sparql_server):
    """The two commands the README gives: push the build, then ask the server the same question."""
    pushed = _cli(built_project, "push", sparql_server.endpoint, "--graph-store", sparql_server.graph_store,
                  env=sparql_server.environ)
    assert pushed.returncode == 0, pushed.stderr
    assert "graphs" in pushed.stdout
    if sparql_server.password:
        assert sparql_server.password not in pushed.stdout + pushed.stderr
    remote = _cli(built_project, "query", "awards", "--format", "csv", "--store", sparql_server.endpoint,
                  env=sparql_server.environ)
    embedded = _cli(built_project, "query", "awards", "--format", "csv", "--store", "oxigraph")
    assert remote.returncode == 0, remote.stderr
    assert "中华慈善奖" in remote.stdout
    assert sorted(remote.stdout.splitlines()[1:]) == sorted(embedded.stdout.splitlines()[1:])
