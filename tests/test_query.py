"""Running queries: the text checks, both stores, the result formats, the library's headers, the CLI."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.query import Result
from rich.cells import cell_len
from rich.console import Console

from civickg.errors import (
    BadParameter,
    CivicError,
    QueryError,
    QuerySyntaxError,
    RowLimitExceeded,
    UnknownQuery,
    UnsupportedQuery,
    UpdateRefused,
)
from civickg.namespaces import CID, CIVIC
from civickg.sparql import library as querylib
from civickg.sparql.results import serialize
from civickg.sparql.run import missing_entities, notices, resolve, run, table, to_dataframe
from civickg.sparql.text import inspect
from civickg.stores import open_store
from civickg.stores.oxigraph import STAMP
from tests.query_support import canonical, normal, stores

ENGINES = ("memory", "oxigraph")
AWARD_QUERY = """SELECT ?person ?award ?quote WHERE {
  ?person rdfs:label "王勇"@zh ; civic:received ?award .
  ?e rdf:subject ?person ; rdf:predicate civic:received ; rdf:object ?award ; civic:quote ?quote .
}"""


@pytest.fixture(scope="module")
def engines(built_project):
    return stores(str(built_project.root))


def civickg(project, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "civickg", "--root", str(project.root), *args], input=stdin,
                          capture_output=True, text=True, encoding="utf-8")


# ---------------------------------------------------------------- reading the text

def test_the_form_is_read_past_prefixes_comments_and_base():
    assert inspect("# a comment\nPREFIX x: <http://x/>\nBASE <http://b/>\nselect * { ?s ?p ?o }").form == "SELECT"
    assert inspect("PREFIX x: <http://x/> CONSTRUCT WHERE { ?s ?p ?o }").declared == {"x": "http://x/"}
    assert inspect("  # drop it all\n  DELETE WHERE { ?s ?p ?o }").is_update
    assert inspect("INSERT DATA { <a:b> <a:b> 'SELECT' }").is_update


@pytest.mark.parametrize("engine", ENGINES)
def test_an_unknown_prefix_is_reported_at_its_line_and_column(engines, engine):
    with pytest.raises(QuerySyntaxError) as caught:
        engines[engine].query("SELECT ?x WHERE {\n  ?x foo:bar ?y .\n}")
    assert (caught.value.line, caught.value.column) == (2, 6)
    assert caught.value.render().startswith("line 2, column 6: unknown prefix 'foo:'")
    assert "civic" in caught.value.render()  # the hint names the prefixes there are


@pytest.mark.parametrize("engine", ENGINES)
def test_a_syntax_error_is_one_line_with_the_position(engines, engine):
    with pytest.raises(QuerySyntaxError) as caught:
        engines[engine].query('SELECT ?x WHERE {\n  ?x rdfs:label "王勇"@zh .\n  FILTER( }')
    error = caught.value
    assert error.line == 3 and isinstance(error.column, int)
    assert error.render().startswith(f"line 3, column {error.column}: ") and "\n" not in error.render()


def test_prefixed_names_in_strings_iris_and_comments_are_not_checked(engines):
    text = 'SELECT ?x WHERE { ?x rdfs:label ?l . FILTER(?l != "foo:bar" && ?x != <urn:foo:bar>) } # bar:baz'
    assert len(engines["memory"].query(text)) > 0


@pytest.mark.parametrize("engine", ENGINES)
def test_updates_and_service_are_refused(engines, engine):
    store = engines[engine]
    with pytest.raises(UpdateRefused, match="read-only"):
        store.query("INSERT DATA { cid:x rdfs:label 'x' }")
    with pytest.raises(UpdateRefused):
        store.query("PREFIX ex: <http://example.org/>\nDELETE WHERE { ?s ?p ?o }")
    with pytest.raises(UnsupportedQuery, match="SERVICE"):
        store.query("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    assert store.query("ASK { cid:wang-yong civic:received cid:china-charity-award }").boolean is True


@pytest.mark.parametrize("engine", ENGINES)
def test_a_prefix_the_query_declares_wins_over_the_predeclared_one(engines, engine):
    result = engines[engine].query("PREFIX cid: <http://example.org/>\nSELECT ?x WHERE { VALUES ?x { cid:a } }")
    assert result.rows == [(URIRef("http://example.org/a"),)]


@pytest.mark.parametrize("engine", ENGINES)
def test_the_row_cap_stops_a_large_answer(engines, engine):
    with pytest.raises(RowLimitExceeded, match="more than 100 rows"):
        engines[engine].query("SELECT * WHERE { ?s ?p ?o }", max_rows=100)
    with pytest.raises(RowLimitExceeded, match="more than 10 triples"):
        engines[engine].query("CONSTRUCT WHERE { ?s ?p ?o }", max_rows=10)
    assert len(engines[engine].query(AWARD_QUERY, max_rows=100)) == 1


def test_named_graphs_hold_the_articles_and_the_ontology(engines):
    result = engines["memory"].query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g")
    graphs = {str(g) for (g,) in result.rows}
    assert {"https://civickg.org/graph/jinan-civil-affairs-2024", "https://civickg.org/graph/shandalu-subdistrict-2023",
            "https://civickg.org/graph/ontology"} <= graphs


# ---------------------------------------------------------------- result formats

@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_select_results_read_back_with_an_independent_parser(engines, fmt):
    result = engines["memory"].query(AWARD_QUERY)
    text = serialize(result, fmt)
    assert "王勇获评第十二届“中华慈善奖”" in text
    parsed = Result.parse(io.StringIO(text) if fmt != "xml" else io.BytesIO(text.encode("utf-8")), format=fmt)
    assert [str(v) for v in parsed.vars] == list(result.variables)
    [row] = list(parsed)
    assert str(row[0]) == str(CID["wang-yong"]) and str(row[1]) == str(CID["china-charity-award"])
    assert str(row[2]) == "王勇获评第十二届“中华慈善奖”"
    if fmt != "csv":  # CSV keeps only the text of each term
        assert row[0] == CID["wang-yong"] and row[2] == Literal("王勇获评第十二届“中华慈善奖”")


def test_csv_and_tsv_follow_the_sparql_conventions(engines):
    result = engines["memory"].query('SELECT ?s ?label WHERE { ?s rdfs:label ?label . '
                                     'FILTER(?s = cid:wang-yong && LANG(?label) = "zh") }')
    assert serialize(result, "csv") == f"s,label\r\n{CID['wang-yong']},王勇\r\n"
    assert serialize(result, "tsv") == f'?s\t?label\n<{CID["wang-yong"]}>\t"王勇"@zh\n'


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
def test_ask_results_in_every_format(engines, fmt):
    text = serialize(engines["oxigraph"].query("ASK { cid:wang-yong civic:received cid:china-charity-award }"), fmt)
    if fmt in ("json", "xml"):
        assert Result.parse(io.BytesIO(text.encode()), format=fmt).askAnswer is True
    else:
        assert text.splitlines()[1] == "true"


@pytest.mark.parametrize("fmt,parser", [("ttl", "turtle"), ("jsonld", "json-ld"), ("nt", "nt"), ("rdfxml", "xml")])
def test_graphs_read_back_from_every_rdf_format(engines, fmt, parser):
    result = engines["memory"].query("CONSTRUCT { cid:anqing-studio ?p ?o } WHERE { cid:anqing-studio ?p ?o }")
    text = serialize(result, fmt)
    assert "安晴工作室" in text
    assert isomorphic(Graph().parse(data=text, format=parser), result.graph)


def test_a_graph_format_for_a_select_is_a_clear_error(engines):
    with pytest.raises(QueryError, match="ttl is a format for CONSTRUCT and DESCRIBE"):
        serialize(engines["memory"].query(AWARD_QUERY), "ttl")


def test_the_table_aligns_chinese_text_by_display_width(engines):
    result = engines["memory"].query('SELECT ?s ?label WHERE { VALUES ?s { cid:wang-yong cid:anqing-studio } '
                                     '?s rdfs:label ?label } ORDER BY ?s ?label')
    console = Console(width=120, record=True, color_system=None)
    console.print(table(result))
    lines = [line for line in console.export_text().splitlines() if line.strip()]
    assert len({cell_len(line) for line in lines}) == 1  # every line is as wide on screen as the others
    zh = next(line for line in lines if "安晴工作室" in line)
    en = next(line for line in lines if "Anqing Studio" in line)
    # both labels start in the same screen column, and the Chinese one takes two columns a character
    assert cell_len(zh[:zh.index("安晴工作室")]) == cell_len(en[:en.index("Anqing Studio")])
    assert cell_len(zh) == cell_len(en) and len(zh) < len(en)


def test_a_select_goes_into_a_dataframe_with_numbers_as_numbers(engines, built_project):
    frame = to_dataframe(run("indicators", engines["memory"], root=built_project))
    fiscal = frame[frame["indicatorLabel"] == "财源建设"].iloc[0]
    assert fiscal["value"] == pytest.approx(8.4) and fiscal["change"] == pytest.approx(6.92)
    assert fiscal["indicator"] == "cid:fiscal-revenue-construction"


# ---------------------------------------------------------------- stores

def test_an_oxigraph_store_on_disk_is_loaded_once_and_opens_read_only(built_project, tmp_path):
    path = tmp_path / "store"
    store = open_store("oxigraph", built_project, location=path)
    quads = len(store)
    store.close()
    del store
    stamp = json.loads((path / STAMP).read_text(encoding="utf-8"))
    assert len(stamp["sha256"]) == 64
    reader = open_store("oxigraph", built_project, location=path, read_only=True)
    assert len(reader) == quads and reader.description.startswith("Oxigraph on disk")
    assert canonical(reader.query(AWARD_QUERY)) == canonical(open_store("memory", built_project).query(AWARD_QUERY))
    (path / STAMP).write_text('{"sha256": "an older build"}', encoding="utf-8")
    with pytest.raises(QueryError, match="does not hold the current build"):
        open_store("oxigraph", built_project, location=path, read_only=True)


def test_an_unknown_engine_or_a_missing_build_is_a_clear_error(project_copy):
    with pytest.raises(QueryError, match="unknown store engine 'fuseki'"):
        open_store("fuseki", project_copy)
    with pytest.raises(CivicError, match="civickg build"):
        open_store("memory", project_copy)


# ---------------------------------------------------------------- the library of questions

def write_rq(folder: Path, name: str, text: str) -> Path:
    path = folder / f"{name}.rq"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_header_is_read_with_continuation_lines_and_parameters(tmp_path):
    path = write_rq(tmp_path, "who", "# zh: 谁？\n# en: Who?\n# note: First line\n#   and more.\n"
                                     "# param: entity = cid:wang-yong — the one\n"
                                     "SELECT ?p WHERE { VALUES ?entity { cid:wang-yong } ?entity ?p ?o }\n")
    question = querylib.parse(path)
    assert (question.zh, question.en, question.note) == ("谁？", "Who?", "First line and more.")
    [param] = question.params
    assert (param.name, param.default, param.about) == ("entity", "cid:wang-yong", "the one")
    assert "VALUES ?entity { cid:jinan }" in question.sparql(entity="jinan")
    assert question.runnable().startswith("PREFIX article: <https://civickg.org/article/>")


@pytest.mark.parametrize("header,problem", [
    ("# en: Who?\n# note: n\n", "lacks '# zh: …'"),
    ("# zh: 谁\n# en: Who?\n# note: n\n# title: x\n", "unknown header key 'title'"),
    ("# zh: 谁\n# en: Who?\n# note: n\n# param: entity = cid:jinan\n", "differs from cid:wang-yong"),
    ("# zh: 谁\n# en: Who?\n# note: n\n# param: other = cid:jinan\n", "no VALUES clause that binds ?other"),
])
def test_a_bad_header_names_the_file(tmp_path, header, problem):
    path = write_rq(tmp_path, "bad", header + "SELECT * WHERE { VALUES ?entity { cid:wang-yong } ?entity ?p ?o }\n")
    with pytest.raises(QueryError, match=re.escape(problem)) as caught:
        querylib.parse(path)
    assert str(path) in caught.value.render()


def test_parameters_take_one_term_and_nothing_else(tmp_path):
    path = write_rq(tmp_path, "pair", "# zh: 路径\n# en: Path?\n# note: two parameters in one VALUES row\n"
                                      "# param: from = cid:a\n# param: to = cid:b\n"
                                      "SELECT * WHERE { VALUES (?from ?to) { (cid:a cid:b) } }\n")
    question = querylib.parse(path)
    assert "(cid:a <http://example.org/x>)" in question.sparql({"to": "<http://example.org/x>"})
    assert '("山大"@zh cid:b)' in question.sparql({"from": '"山大"@zh'})
    for bad in ("cid:x } } ; DROP ALL", "nope:x", '"unterminated', "?var"):
        with pytest.raises(BadParameter):
            question.sparql({"from": bad})
    with pytest.raises(BadParameter, match="no parameter 'entity'"):
        question.sparql(entity="jinan")


def test_a_query_is_found_by_file_name_or_text(built_project, tmp_path):
    path = write_rq(tmp_path, "mine", AWARD_QUERY)
    assert resolve(str(path), built_project).text == AWARD_QUERY
    assert resolve("awards", built_project).file == built_project.queries / "awards.rq"
    assert resolve(AWARD_QUERY, built_project).label == "inline query"
    with pytest.raises(UnknownQuery, match="did you mean awards"):
        resolve("awardz", built_project)
    with pytest.raises(UnknownQuery, match="does not exist"):
        resolve(str(tmp_path / "missing.rq"), built_project)
    with pytest.raises(BadParameter):
        resolve(AWARD_QUERY, built_project, {"entity": "jinan"})


# ---------------------------------------------------------------- the command line

def test_cli_query_prints_a_table_and_each_format(built_project):
    table_run = civickg(built_project, "query", "awards")
    assert table_run.returncode == 0, table_run.stderr
    assert "王勇获评第十二届“中华慈善奖”" in table_run.stdout and "cid:wang-yong" in table_run.stdout
    assert "awards (awards.rq):" in table_run.stderr and "rows" in table_run.stderr
    csv_run = civickg(built_project, "query", "awards", "--format", "csv", "--store", "oxigraph")
    rows = list(csv.DictReader(io.StringIO(csv_run.stdout)))
    assert any(r["recipientLabel"] == "王勇" and r["awardLabel"] == "中华慈善奖" for r in rows)
    json_run = civickg(built_project, "query", "entity", "-p", "entity=jinan", "--format", "json")
    bindings = json.loads(json_run.stdout)["results"]["bindings"]
    assert any(b["value"]["value"] == str(CID["licheng-district"]) for b in bindings)


def test_cli_query_runs_a_file_stdin_and_a_graph_on_a_disk_store(built_project, tmp_path):
    path = write_rq(tmp_path, "mine", "CONSTRUCT { ?s civic:partOf cid:jinan } WHERE { ?s civic:partOf cid:jinan }")
    run_file = civickg(built_project, "query", str(path), "--store", "oxigraph", "--store-path", str(tmp_path / "ox"))
    assert run_file.returncode == 0, run_file.stderr
    graph = Graph().parse(data=run_file.stdout, format="turtle")
    assert (CID["licheng-district"], CIVIC.partOf, CID["jinan"]) in graph
    run_stdin = civickg(built_project, "query", "-", "--format", "tsv",
                        stdin='SELECT ?s WHERE { ?s rdfs:label "安晴工作室"@zh }')
    assert run_stdin.stdout == f"?s\n<{CID['anqing-studio']}>\n"


@pytest.mark.parametrize("args,message", [
    (("query", "SELECT ?x WHERE {\n ?x foo:y ?z }"), "error: line 2, column 5: unknown prefix 'foo:'"),
    (("query", "awardz"), "no query named 'awardz' in graph/queries/ — did you mean awards?"),
    (("query", "awards", "--format", "ttl"), "ttl is a format for CONSTRUCT and DESCRIBE results"),
    (("query", "INSERT DATA { cid:a rdfs:label 'a' }"), "INSERT is SPARQL Update"),
    (("query", "entity", "-p", "entity=cid:x } DROP ALL"), "is not one RDF term"),
])
def test_cli_errors_are_one_line_and_exit_2(built_project, args, message):
    done = civickg(built_project, *args)
    assert done.returncode == 2
    lines = [line for line in done.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and message in lines[0], done.stderr


def test_cli_queries_lists_the_library_and_shows_one(built_project):
    listing = civickg(built_project, "queries")
    for name in querylib.load(built_project):
        assert name in listing.stdout
    assert "谁获得或被推荐了哪些奖项和荣誉？原文怎么说？" in listing.stdout
    runnable = civickg(built_project, "queries", "fact-evidence", "--runnable").stdout
    assert runnable.startswith("PREFIX ") and "VALUES (?subject ?predicate ?object)" in runnable
    # the runnable text needs no predeclared prefixes: plain rdflib answers it
    answer = list(open_store("memory", built_project).dataset.query(runnable))
    assert [normal(row[0]) for row in answer] == [normal(Literal("王勇获评第十二届“中华慈善奖”"))]
    described = json.loads(civickg(built_project, "queries", "entity", "--json").stdout)
    assert described["params"] == [{"name": "entity", "default": "cid:wang-yong", "about": "the entity to describe"}]


# ---------------------------------------------------------------- saying what a query found

@pytest.mark.parametrize("engine", ["memory", "oxigraph"])
def test_a_parameter_that_names_no_entity_is_reported_with_close_matches(engines, engine):
    store = engines[engine]
    assert missing_entities({"entity": "wang-yong"}, store) == []
    assert missing_entities({"entity": "wang-yon"}, store) == [
        "parameter entity: the graph holds no entity cid:wang-yon; did you mean cid:wang-yong (王勇)?"]
    by_name = missing_entities({"entity": "cid:安晴工作"}, store)
    assert by_name == ["parameter entity: the graph holds no entity cid:安晴工作; did you mean "
                       "cid:anqing-studio (安晴工作室)?"]
    assert missing_entities({"term": '"慈善"', "predicate": "civic:received"}, store) == []
    assert missing_entities({"entity": "zzzz-qqqq"}, store) == [
        "parameter entity: the graph holds no entity cid:zzzz-qqqq"]


@pytest.mark.parametrize("engine", ["memory", "oxigraph"])
def test_an_empty_select_says_0_rows(engines, engine, built_project):
    store = engines[engine]
    empty = run("connection", store, {"from": "shandong", "to": "wang-yong"}, root=built_project)
    assert notices(empty, store, {"from": "shandong", "to": "wang-yong"}) == [
        "0 rows: nothing in the graph matches the query"]
    found = run("awards", store, root=built_project)
    assert notices(found, store) == []
    assert notices(store.query("ASK { cid:nobody ?p ?o }"), store) == []


def test_cli_query_reports_an_unknown_entity_on_stderr_and_keeps_stdout_clean(built_project):
    done = civickg(built_project, "query", "entity", "-p", "entity=no-such-thing", "--format", "csv")
    assert done.returncode == 0, done.stderr
    assert done.stdout == "direction,property,propertyLabel,value,valueLabel,quote,articleTitle\n"  # text mode
    lines = done.stderr.splitlines()
    assert lines[0].startswith("parameter entity: the graph holds no entity cid:no-such-thing")
    assert lines[1] == "0 rows: nothing in the graph matches the query"
    path = civickg(built_project, "query", "connection", "-p", "from=wang-yong", "-p", "to=china-charity-award",
                   "--format", "json", "--store", "oxigraph")
    assert json.loads(path.stdout)["results"]["bindings"] == []
    assert "0 rows: nothing in the graph matches the query" in path.stderr.splitlines()
