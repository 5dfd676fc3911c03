"""The command line, run as a user runs it."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys

import networkx as nx
import pytest


def civickg(project, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "civickg", "--root", str(project.root), *args],
                          capture_output=True, text=True, encoding="utf-8")


def test_help_lists_commands():
    out = subprocess.run([sys.executable, "-m", "civickg", "--help"], capture_output=True, text=True).stdout
    for command in ("build", "validate", "export", "stats"):
        assert command in out
    export_help = subprocess.run([sys.executable, "-m", "civickg", "export", "--help"],
                                 capture_output=True, text=True).stdout
    assert "graphml" in export_help and "Gephi" in export_help


@pytest.mark.parametrize("fmt", ["ttl", "nt", "trig", "jsonld"])
def test_export_rdf_to_stdout(built_project, fmt):
    run = civickg(built_project, "export", "--format", fmt)
    assert run.returncode == 0, run.stderr
    assert "王勇获评第十二届“中华慈善奖”" in run.stdout
    assert run.stdout == (built_project.build / f"civickg.{fmt}").read_text(encoding="utf-8")


def test_export_graphml_for_gephi(built_project, tmp_path):
    target = tmp_path / "g.graphml"
    run = civickg(built_project, "export", "--format", "graphml", "-o", str(target))
    assert run.returncode == 0, run.stderr
    net = nx.read_graphml(target)
    assert net.nodes["anqing-studio"]["label_zh"] == "安晴工作室"
    assert net.nodes["anqing-studio"]["class"] == "Studio"
    edges = [d for u, v, d in net.edges(data=True) if u == "anqing-studio" and v == "minziqian-community"]
    assert edges and edges[0]["predicate"] == "civic:locatedIn" and edges[0]["quote"] == "闵子骞社区安晴工作室"
    assert net.number_of_nodes() > 90


def test_export_csv_for_pandas(built_project):
    run = civickg(built_project, "export", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(run.stdout)))
    hit = [r for r in rows if r["source"] == "wang-yong" and r["predicate"] == "civic:received"]
    assert hit == [{"source": "wang-yong", "source_label": "王勇", "source_class": "AwardCandidate",
                    "predicate": "civic:received", "predicate_label": "获得", "target": "china-charity-award",
                    "target_label": "中华慈善奖", "target_class": "Award", "quote": "王勇获评第十二届“中华慈善奖”",
                    "article": "https://civickg.org/article/jinan-civil-affairs-2024"}]


def test_stats_json(built_project):
    run = civickg(built_project, "stats", "--json")
    stats = json.loads(run.stdout)
    assert stats["statements_without_evidence"] == 0
    assert stats["statements"] == stats["statements_with_evidence"] == stats["evidence_records"]
    assert stats["by_class"]["civic:Studio"] == 3
    assert stats["by_class"]["civic:Evidence"] == stats["evidence_records"]
    assert stats["statements_by_predicate"]["civic:partOf"]["with_evidence"] >= 2
    # one vocabulary: the counts `civickg build` prints are the counts `stats` reports
    built = civickg(built_project, "build").stdout
    built = re.sub(r" \(\d+ unchanged, from build/cache\)", "", built)
    assert (f"{stats['articles']} articles: {stats['entities']} entities, {stats['facts']} facts, "
            f"{stats['observations']} observations, {stats['evidence_records']} evidence records, "
            f"{stats['triples']} triples") in " ".join(built.split())


def test_stats_table(built_project):
    run = civickg(built_project, "stats")
    assert run.returncode == 0
    assert "statements" in run.stdout and "civic:Studio" in run.stdout and "without" in run.stdout


def test_commands_before_build_say_what_to_do(project_copy):
    run = civickg(project_copy, "stats")
    assert run.returncode == 2
    assert "run `civickg build` first" in run.stderr and "Traceback" not in run.stderr
