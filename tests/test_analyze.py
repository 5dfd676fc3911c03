"""Network figures of the real graph, their RDF form, SPARQL over it, and the analyze command."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Graph
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from civickg.cli import main
from civickg.explore import explorer_network
from civickg.explore.analyze import analysis_graph, analysis_turtle, analyze
from civickg.namespaces import CID, CIVIC, sparql_prologue
from civickg.ontology.model import load_ontology

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def network(graph, built_project):
    return explorer_network(graph, load_ontology([built_project.ontology]).graph)


@pytest.fixture(scope="module")
def result(network):
    return analyze(network)


def test_top_entity_by_degree_is_the_subdistrict_that_reports_its_work(result, network):
    [first, *_] = result.top("degree", 3)
    assert first.id == "shandalu-subdistrict" and first.label_zh == "山大路街道"
    assert first.degree == network.degree("shandalu-subdistrict") == first.in_degree + first.out_degree
    assert first.degree > 3 * result.entities["anqing-studio"].degree


def test_betweenness_is_highest_for_the_entities_that_bridge_the_two_articles(result):
    bridges = {e.id for e in result.top("betweenness", 4)}
    assert {"shandalu-subdistrict", "jinan"} <= bridges
    assert result.entities["anqing-studio"].betweenness == 0.0     # a leaf connects nobody


def test_components_match_networkx_and_the_largest_holds_both_articles(result, network):
    assert len(result.components) == nx.number_connected_components(network.to_undirected())
    largest = set(result.components[0].members)
    assert {"anqing-studio", "wang-yong", "china-charity-award", "jinan"} <= largest
    assert [c.size for c in result.components] == sorted((c.size for c in result.components), reverse=True)


def test_communities_partition_the_entities_and_keep_neighbours_together(result, network):
    members = [m for c in result.communities for m in c.members]
    assert sorted(members) == sorted(network)
    home = result.entities["anqing-studio"].community
    community = set(result.communities[home - 1].members)
    assert community & set(nx.all_neighbors(network, "anqing-studio"))
    assert 0.3 < result.modularity < 1


def test_analysis_is_repeatable(network, result):
    again = analyze(network)
    assert again.communities == result.communities and analysis_turtle(again) == analysis_turtle(result)


def test_sparql_finds_the_community_of_anqing_studio_and_the_most_central_entities(graph, result):
    combined = Graph()
    combined += graph
    combined += analysis_graph(result)
    rows = combined.query(sparql_prologue() + """
        SELECT ?label WHERE {
          ?community a civic:NetworkCommunity ; skos:member cid:anqing-studio , ?other .
          ?other rdfs:label ?label . FILTER(lang(?label) = "zh")
        }""")
    labels = {str(r.label) for r in rows}
    assert "安晴工作室" in labels and len(labels) == len(result.communities[
        result.entities["anqing-studio"].community - 1].members)
    [top] = combined.query(sparql_prologue() + """
        SELECT ?label ?b WHERE { ?e civic:betweennessCentrality ?b ; rdfs:label ?label .
                                 FILTER(lang(?label) = "zh") } ORDER BY DESC(?b) LIMIT 1""")
    assert str(top.label) == "山大路街道"
    [run] = combined.query(sparql_prologue() + """
        SELECT ?algorithm ?modularity WHERE { ?run a civic:NetworkAnalysis ; civic:algorithm ?algorithm ;
                                                  civic:modularity ?modularity }""")
    assert str(run.algorithm) == "networkx.community.louvain_communities"
    assert abs(float(run.modularity) - result.modularity) < 1e-6


def test_every_term_the_rdf_uses_is_defined_in_the_ontology_with_labels_and_definitions(result):
    ontology = Graph().parse(ROOT / "ontology" / "civic.ttl", format="turtle")
    data = analysis_graph(result)
    used = {p for p in data.predicates() if str(p).startswith(str(CIVIC))}
    used |= {o for o in data.objects(None, RDF.type) if str(o).startswith(str(CIVIC))}
    defined = {s for s in ontology.subjects(RDF.type, None)
               if (s, RDF.type, OWL.Class) in ontology or (s, RDF.type, OWL.DatatypeProperty) in ontology}
    assert used <= defined
    for term in defined:
        assert {lit.language for lit in ontology.objects(term, RDFS.label)} == {"zh", "en"}, term
        assert {lit.language for lit in ontology.objects(term, SKOS.definition)} == {"zh", "en"}, term


def test_figures_sit_on_the_entities_of_the_graph(result):
    data = analysis_graph(result)
    assert (CID["anqing-studio"], CIVIC.degree, None) in data
    assert int(data.value(CID["shandalu-subdistrict"], CIVIC.degree)) == result.entities["shandalu-subdistrict"].degree
    assert all(str(s).startswith(str(CID)) for s in data.subjects(CIVIC.degree, None))
    assert len(set(data.subjects(CIVIC.degree, None))) == len(result.entities)


def test_cli_prints_json_and_writes_turtle(built_project, tmp_path, capsys, result):
    assert main(["--root", str(built_project.root), "analyze", "--json", "--top", "3"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["top_degree"][0]["id"] == "shandalu-subdistrict" and len(report["top_degree"]) == 3
    assert report["components"] == len(result.components)
    target = tmp_path / "analysis.ttl"
    assert main(["--root", str(built_project.root), "analyze", "--write", str(target)]) == 0
    assert target.read_text(encoding="utf-8") == analysis_turtle(result)
    assert main(["--root", str(built_project.root), "analyze"]) == 0
    out = capsys.readouterr().out
    assert "top entities by betweenness" in out and "山大路街道" in out


def test_another_process_with_another_hash_seed_finds_the_same_communities(built_project, tmp_path, result):
    target = tmp_path / "other.ttl"
    env = dict(os.environ, PYTHONHASHSEED="4242")
    subprocess.run([sys.executable, "-m", "civickg", "--root", str(built_project.root), "analyze", "--write",
                    str(target)], check=True, env=env, capture_output=True)
    assert target.read_text(encoding="utf-8") == analysis_turtle(result)
