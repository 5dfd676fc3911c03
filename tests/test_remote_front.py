"""`stats`, `explore` and `serve` with --store URL, against the Oxigraph server the tests start: the same
answers as on the embedded store."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
from SPARQLWrapper import JSON, SPARQLWrapper

from civickg.project import Project
from civickg.stores.push import push
from tests.query_support import served

pytestmark = [pytest.mark.server, pytest.mark.slow]

AWARDS = "SELECT ?person ?award WHERE { ?person civic:received ?award } ORDER BY ?person ?award"


@pytest.fixture(scope="module")
def pushed(oxigraph, built_project) -> str:
    """The Oxigraph server's endpoint, with the build pushed to it."""
    push(oxigraph.endpoint, Project.of(built_project).built_file("trig"), built_project.ontology,
         environ=oxigraph.environ)
    return oxigraph.endpoint


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


def test_serve_fronts_the_server_with_the_same_answers(pushed, built_project):
    with (served(built_project.root, "--store", pushed) as front,
          served(built_project.root, "--store", "memory") as embedded):  # the reference engine, served
        answers = []
        for server in (front, embedded):
            sparql = SPARQLWrapper(server.endpoint)
            sparql.setQuery(AWARDS)
            sparql.setReturnFormat(JSON)
            answers.append(sparql.queryAndConvert()["results"]["bindings"])
        assert answers[0] == answers[1]
        assert {"person": {"type": "uri", "value": "https://civickg.org/id/wang-yong"},
                "award": {"type": "uri", "value": "https://civickg.org/id/china-charity-award"}} in answers[0]
        page = httpx.get(f"{front.base}/entity/wang-yong", timeout=120)
        assert page.status_code == 200 and "中华慈善奖" in page.text
        refused = httpx.post(front.endpoint, data={"update": "CLEAR ALL"}, timeout=120)
        assert refused.status_code == 403
        assert "read-only front" in front.log.read_text(encoding="utf-8")
