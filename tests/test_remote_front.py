"""`stats`, `explore` and `serve` with --store URL, against each server the tests start (the Oxigraph server
and Virtuoso): the same answers as on the embedded store."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from SPARQLWrapper import JSON, SPARQLWrapper

from civickg.project import Project
from civickg.sparql import library as querylib
from civickg.stores.push import push
from tests.query_support import served

pytestmark = [pytest.mark.server, pytest.mark.slow]

AWARDS = "SELECT ?person ?award WHERE { ?person civic:received ?award } ORDER BY ?person ?award"


@pytest.fixture(scope="module")
def pushed(sparql_server, built_project) -> str:
    """Each server's endpoint in turn, with the build pushed to it."""
    push(sparql_server.endpoint, Project.of(built_project).built_file("trig"), built_project.ontology,
         environ=sparql_server.environ)
    return sparql_server.endpoint


def civickg(root: Path, *args: str) -> subprocess.CompletedProcess:
    done = subprocess.run([sys.executable, "-m", "civickg", "--root", str(root), *args],
                          capture_output=True, text=True, encoding="utf-8", timeout=600)
    assert done.returncode == 0, done.stderr
    return done


def test_stats_of_the_server_are_the_stats_of_the_build(pushed, built_project):
    there = json.loads(civickg(built_project.root, "stats", "--json", "--store", pushed).stdout)
    here = json.loads(civickg(built_project.root, "stats", "--json").stdout)
    assert there == here
    assert there["triples"] == 17_716 and there["entities"] == 212 and there["statements_with_evidence"] == 899
    assert there["by_class"]["civic:Award"] == here["by_class"]["civic:Award"] > 0


def test_explore_draws_the_same_page_from_the_server(pushed, built_project, tmp_path):
    there, here = tmp_path / "there.html", tmp_path / "here.html"
    civickg(built_project.root, "explore", "--store", pushed, "-o", str(there))
    civickg(built_project.root, "explore", "-o", str(here))
    page = there.read_text(encoding="utf-8")
    assert page == here.read_text(encoding="utf-8")
    assert "王勇" in page and "中华慈善奖" in page


def bindings(endpoint: str, query: str) -> list[dict]:
    """The JSON result rows of ``query`` asked with SPARQLWrapper, a client that knows nothing of civickg."""
    sparql = SPARQLWrapper(endpoint)
    sparql.setQuery(query)
    sparql.setReturnFormat(JSON)
    return sparql.queryAndConvert()["results"]["bindings"]


def test_serve_fronts_the_server_with_the_same_answers(pushed, built_project):
    with (served(built_project.root, "--store", pushed) as front,
          served(built_project.root, "--store", "memory") as embedded):  # the reference engine, served
        answers = [bindings(server.endpoint, AWARDS) for server in (front, embedded)]
        assert answers[0] == answers[1]
        assert {"person": {"type": "uri", "value": "https://civickg.org/id/wang-yong"},
                "award": {"type": "uri", "value": "https://civickg.org/id/china-charity-award"}} in answers[0]
        people = querylib.get("people", built_project).sparql()
        answers = [bindings(server.endpoint, people) for server in (front, embedded)]
        assert sorted(map(json.dumps, answers[0])) == sorted(map(json.dumps, answers[1]))
        assert any(row["personLabel"]["value"] == "王勇" and row.get("otherLabel", {}).get("value") == "中华慈善奖"
                   and row["quote"]["value"] == "慈善楷模候选对象王勇" for row in answers[0])
        pages = [httpx.get(f"{server.base}/entity/wang-yong", timeout=120) for server in (front, embedded)]
        assert pages[0].status_code == 200 and "中华慈善奖" in pages[0].text
        assert pages[0].text == pages[1].text
        refused = httpx.post(front.endpoint, data={"update": "CLEAR ALL"}, timeout=120)
        assert refused.status_code == 403
        assert "read-only front" in front.log.read_text(encoding="utf-8")
