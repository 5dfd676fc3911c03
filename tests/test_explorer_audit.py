"""The explorer audited as a visitor's browser sees it: Lighthouse 12 (mobile defaults) and axe-core.

Both come from npm (``scripts/install-web-audit.sh`` puts them in ``.web-audit/``; nothing is fetched
while the tests run). The page is served from 127.0.0.1 by a plain HTTP server, as Lighthouse expects.
Lighthouse's performance score times the page's work on this machine, so it depends on how busy the
machine is: ``scripts/bench_explorer.py`` reports it; the test here checks what the score is made of and
does not depend on speed (one request, its size, nothing parsed or shifted that the first view does not need).
"""

from __future__ import annotations

import json
import os
import shlex
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from civickg.explore import build_explorer, write_explorer
from civickg.ontology.model import load_ontology
from tests.browser import chromium
from tests.doc_commands import read_document
from tests.webaudit import install_tools, run_lighthouse, serve

pytestmark = pytest.mark.browser
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def tools() -> Path:
    """The npm-installed tools (installed once by the project's script)."""
    return install_tools()


@pytest.fixture(scope="module")
def explorer_page(graph, built_project, tmp_path_factory) -> Path:
    """The seed explorer, written into a folder of its own."""
    ontology = load_ontology([built_project.ontology]).graph
    return write_explorer(build_explorer(graph, ontology), tmp_path_factory.mktemp("served") / "explorer.html")


@pytest.fixture(scope="module")
def served(explorer_page: Path) -> Iterator[str]:
    """The seed explorer at http://127.0.0.1:PORT/explorer.html."""
    with serve(explorer_page.parent) as base:
        yield base + "explorer.html"


@pytest.fixture(scope="module")
def lighthouse(tools: Path, served: str, tmp_path_factory) -> dict:
    return run_lighthouse(tools, served, tmp_path_factory.mktemp("lighthouse") / "report.json",
                          "performance,accessibility,best-practices")


def failing(report: dict, category: str) -> list[str]:
    refs = report["categories"][category]["auditRefs"]
    return [r["id"] for r in refs if r["weight"] and (report["audits"][r["id"]]["score"] or 0) < 1]


def test_lighthouse_accessibility_and_best_practices_are_full(lighthouse):
    assert (lighthouse["categories"]["accessibility"]["score"], failing(lighthouse, "accessibility")) == (1, [])
    assert (lighthouse["categories"]["best-practices"]["score"],
            failing(lighthouse, "best-practices")) == (1, [])


def test_lighthouse_finds_the_phone_view_shown_by_one_small_request_before_the_graph_library(lighthouse,
                                                                                            explorer_page: Path):
    audits = lighthouse["audits"]
    # one request: the page itself, from 127.0.0.1, compressed; no script, style sheet or font fetched
    requests = audits["network-requests"]["details"]["items"]
    assert [(r["url"].split("/")[-1], r.get("entity"), r.get("resourceType")) for r in requests] == [
        ("explorer.html", "127.0.0.1", "Document")]
    diagnostics = audits["diagnostics"]["details"]["items"][0]
    assert (diagnostics["numRequests"], diagnostics["numScripts"], diagnostics["numStylesheets"],
            diagnostics["numFonts"]) == (1, 0, 0, 0)
    assert audits["uses-text-compression"]["score"] == 1
    # small enough to arrive in about a second on Lighthouse's slow 4G (1.6 Mbit/s), whatever the machine
    sent = requests[0]["transferSize"]
    assert sent < 250_000 and requests[0]["resourceSize"] == explorer_page.stat().st_size
    # the only script parsed before the first view is the page's own: vis-network's text stays unparsed
    scripts = audits["script-treemap-data"]["details"]["nodes"]
    assert len(scripts) == 1 and scripts[0]["resourceBytes"] < 100_000, scripts
    assert explorer_page.stat().st_size > 5 * scripts[0]["resourceBytes"]
    # nothing blocks the first paint, and nothing visible moves once it is shown (the status line keeps its
    # height when its text is set; Lighthouse counts a shift of 0.1 or more as poor)
    assert audits["render-blocking-insight"]["details"]["items"] == []
    assert audits["cumulative-layout-shift"]["numericValue"] < 0.01
    assert not [s for s in audits["layout-shifts"]["details"]["items"] if s["score"] >= 0.001], audits["layout-shifts"]
    # the largest paint is the welcome text, which needs no script at all
    element = audits["largest-contentful-paint-element"]["details"]["items"][0]["items"][0]["node"]
    assert element["selector"].endswith("section#welcome > p#welcome-2"), element
    assert "中华慈善奖" in element["nodeLabel"]
    assert audits["dom-size"]["numericValue"] < 800


def test_axe_finds_nothing_serious_or_critical(tools: Path, served: str):
    axe = (tools / "axe-core" / "axe.min.js").read_text(encoding="utf-8")
    with chromium() as browser:
        context = browser.new_context(bypass_csp=True, viewport={"width": 1400, "height": 900})
        page = context.new_page()
        page.goto(served)
        page.wait_for_selector("html[data-drawn='true']", state="attached")
        page.add_script_tag(content=axe)
        views = {}
        views["first view"] = page.evaluate("axe.run().then(r => r.violations)")
        page.evaluate("window.civickg.selectEntity('china-charity-award')")   # vis-network takes over
        page.wait_for_selector("html[data-network='ready']", state="attached")
        page.locator('button[data-article="jinan-civil-affairs-2024"]').click()
        views["entity and article"] = page.evaluate("axe.run().then(r => r.violations)")
        context.close()
    for view, violations in views.items():
        bad = [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in violations
               if v["impact"] in ("serious", "critical")]
        assert bad == [], view


def test_the_explorer_benchmark_reports_lighthouse_on_the_seed_explorer(tmp_path):
    """docs/explorer.md's Lighthouse command, with one run: its table is the seed explorer's report."""
    shown = [c.text for c in read_document("docs/explorer.md").commands if "scripts/bench_explorer.py" in c.text]
    assert shown == [".venv/bin/python scripts/bench_explorer.py --sizes --lighthouse-runs 3"]
    words = shlex.split(shown[0])
    done = subprocess.run([sys.executable, *words[1:-1], "1", "--out", str(tmp_path)], cwd=ROOT,
                          capture_output=True, text=True, timeout=1200, env=dict(os.environ, COLUMNS="200"))
    assert done.returncode == 0, done.stderr[-2000:]
    page = tmp_path / "seed" / "served" / "explorer.html"
    report = json.loads((page.parent / "lighthouse-1.json").read_text(encoding="utf-8"))
    assert report["requestedUrl"].endswith("/explorer.html") and "中华慈善奖" in page.read_text(encoding="utf-8")
    title = f"Lighthouse 12 on the seed explorer, mobile defaults ({page.stat().st_size / 1e3:,.0f} kB, "
    assert title in " ".join(done.stdout.split()), done.stdout
    rows = [[cell.strip() for cell in line.split("│")[1:-1]] for line in done.stdout.splitlines()
            if line.startswith("│")]
    score = round(report["categories"]["performance"]["score"] * 100)
    blocking = report["audits"]["total-blocking-time"]["numericValue"]
    assert [(r[0], r[3], r[6], r[9]) for r in rows] == [
        ("1", str(score), f"{blocking:.0f}", "yes" if score >= 90 else "no")]
    assert "explorer benchmark" not in done.stdout                   # --sizes with no size: Lighthouse only
