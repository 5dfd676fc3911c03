"""The SPARQL endpoint, started for real with `civickg serve` and queried over HTTP with SPARQLWrapper."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import urllib.error
from urllib.parse import urlparse

import httpx
import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from SPARQLWrapper import CSV, JSON, JSONLD, POST, POSTDIRECTLY, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from civickg.namespaces import CID, CIVIC, RDFS
from tests.browser import chromium
from tests.query_support import served

pytestmark = [pytest.mark.server,
              pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")]

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
#: Far above what any query sent to the shared server takes (milliseconds to a few seconds on a loaded machine).
TIMEOUT = 120
#: The limit of the server the runaway SLOW query is sent to: Oxigraph answers the other queries there in
#: milliseconds, so only SLOW comes near it.
SHORT = 2
MAX_ROWS = 200
MAX_BODY = 10_000
MAX_QUERY = 2_000
WANG_YONG = """SELECT ?award ?quote WHERE {
  ?person rdfs:label "王勇"@zh ;
          civic:received ?award .
  ?evidence rdf:subject ?person ; rdf:predicate civic:received ; civic:quote ?quote .
}"""
#: How long a client waits: a request may wait for a worker being replaced after the SLOW query.
http = httpx.Client(timeout=120)
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@pytest.fixture(scope="module")
def server(built_project):
    with served(built_project.root, "--timeout", str(TIMEOUT), "--max-rows", str(MAX_ROWS), "--max-body",
                str(MAX_BODY), "--max-query-length", str(MAX_QUERY)) as running:
        yield running


def client(server, query: str, fmt: str = JSON, *, method: str = "GET", request: str | None = None) -> SPARQLWrapper:
    sparql = SPARQLWrapper(server.endpoint)
    sparql.setQuery(query)
    sparql.setReturnFormat(fmt)
    sparql.setMethod(method)
    if request:
        sparql.setRequestMethod(request)
    return sparql


def http_error(sparql: SPARQLWrapper) -> tuple[int, str]:
    with pytest.raises(urllib.error.HTTPError) as caught:
        sparql.query()
    return caught.value.code, caught.value.read().decode("utf-8")


# ---------------------------------------------------------------- SELECT, ASK, CONSTRUCT, DESCRIBE in each format

@pytest.mark.parametrize("method,request_method", [("GET", None), ("POST", None), ("POST", POSTDIRECTLY)],
                         ids=["GET", "POST form", "POST sparql-query"])
def test_select_with_a_chinese_literal(server, method, request_method):
    sparql = client(server, WANG_YONG, method=POST if method == "POST" else "GET", request=request_method)
    result = sparql.queryAndConvert()
    [row] = result["results"]["bindings"]
    assert row["award"] == {"type": "uri", "value": str(CID["china-charity-award"])}
    assert row["quote"]["value"] == "王勇获评第十二届“中华慈善奖”"


def test_select_as_xml(server):
    document = client(server, WANG_YONG, XML).queryAndConvert()
    literals = [n.firstChild.data for n in document.getElementsByTagName("literal")]
    uris = [n.firstChild.data for n in document.getElementsByTagName("uri")]
    assert literals == ["王勇获评第十二届“中华慈善奖”"] and uris == [str(CID["china-charity-award"])]


def test_select_as_csv_and_tsv(server):
    table = client(server, WANG_YONG, CSV).queryAndConvert().decode("utf-8")
    assert list(csv.reader(io.StringIO(table))) == [["award", "quote"],
                                                    [str(CID["china-charity-award"]), "王勇获评第十二届“中华慈善奖”"]]
    tabbed = client(server, WANG_YONG, TSV).queryAndConvert().decode("utf-8")
    assert tabbed == f'?award\t?quote\n<{CID["china-charity-award"]}>\t"王勇获评第十二届“中华慈善奖”"\n'


@pytest.mark.parametrize("fmt", [JSON, XML])
def test_ask(server, fmt):
    yes = client(server, "ASK { cid:wang-yong civic:received cid:china-charity-award }", fmt).queryAndConvert()
    no = client(server, "ASK { cid:wang-yong civic:received cid:shandong-charity-award }", fmt).queryAndConvert()
    if fmt == JSON:
        assert (yes["boolean"], no["boolean"]) == (True, False)
    else:
        assert [d.getElementsByTagName("boolean")[0].firstChild.data for d in (yes, no)] == ["true", "false"]


@pytest.mark.parametrize("fmt", [TURTLE, JSONLD, XML])
def test_construct_as_turtle_json_ld_and_rdf_xml(server, fmt):
    query = "CONSTRUCT { ?s civic:partOf ?o ; rdfs:label ?l } WHERE { ?s civic:partOf ?o ; rdfs:label ?l . " \
            "FILTER(?o = cid:shandalu-subdistrict) }"
    converted = client(server, query, fmt).queryAndConvert()
    graph = Graph().parse(data=converted, format="turtle") if fmt == TURTLE else converted
    assert (CID["anqing-studio"], CIVIC.partOf, CID["shandalu-subdistrict"]) not in graph
    assert (CID["minziqian-community"], CIVIC.partOf, CID["shandalu-subdistrict"]) in graph
    assert (CID["minziqian-community"], RDFS.label, Literal("闵子骞社区", lang="zh")) in graph


def test_describe_as_turtle(server):
    text = client(server, "DESCRIBE cid:anqing-studio", TURTLE).queryAndConvert()
    graph = Graph().parse(data=text, format="turtle")
    assert (CID["anqing-studio"], CIVIC.locatedIn, CID["minziqian-community"]) in graph


# ---------------------------------------------------------------- errors and limits

def test_a_malformed_query_is_400_with_the_parsers_message(server):
    with pytest.raises(QueryBadFormed) as caught:
        client(server, 'SELECT ?x WHERE {\n  ?x rdfs:label "王勇"@zh\n  FILTER( }').query()
    assert "line 3, column" in str(caught.value) and "expected" in str(caught.value).lower()
    with pytest.raises(QueryBadFormed, match="unknown prefix 'foo:'"):
        client(server, "SELECT ?x WHERE { ?x foo:bar ?y }").query()


def test_an_update_is_refused_with_403(server):
    code, message = http_error(client(server, "INSERT DATA { cid:x rdfs:label '改' }", method=POST))
    assert code == 403 and "read-only" in message
    raw = http.post(server.endpoint, content="DELETE WHERE { ?s ?p ?o }",
                     headers={"Content-Type": "application/sparql-update"})
    assert raw.status_code == 403 and "read-only" in raw.text
    as_query = http.get(server.endpoint, params={"query": "DELETE WHERE { ?s ?p ?o }"})
    assert as_query.status_code == 403 and "DELETE is SPARQL Update" in as_query.text
    assert client(server, "ASK { cid:x rdfs:label '改' }").queryAndConvert()["boolean"] is False


def test_a_query_over_the_time_limit_is_503_and_the_server_stays_up(built_project):
    with served(built_project.root, "--store", "oxigraph", "--timeout", str(SHORT), "--workers", "2") as running:
        code, message = http_error(client(running, SLOW))
        assert code == 503 and f"time limit of {SHORT}s" in message
        for _ in range(3):  # the other worker answers while the stopped one is replaced
            [row] = client(running, WANG_YONG).queryAndConvert()["results"]["bindings"]
            assert row["quote"]["value"] == "王勇获评第十二届“中华慈善奖”"
        code, _ = http_error(client(running, SLOW))  # now both workers are stopped, or being replaced
        assert code == 503
        # the next requests wait for a replacement instead of failing at once
        description = http.get(running.endpoint, headers={"Accept": "text/turtle"})
        assert description.status_code == 200, description.text
        assert "https://civickg.org/graph/jinan-civil-affairs-2024" in description.text
        [row] = client(running, WANG_YONG).queryAndConvert()["results"]["bindings"]
        assert row["quote"]["value"] == "王勇获评第十二届“中华慈善奖”"


def test_a_result_over_the_row_cap_is_422(server):
    # answers just past the cap, produced in milliseconds: the time limit is never near
    code, message = http_error(client(server, f"SELECT * WHERE {{ ?s ?p ?o }} LIMIT {5 * MAX_ROWS}"))
    assert code == 422 and f"more than {MAX_ROWS} rows" in message and "LIMIT" in message
    construct = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ ?s ?p ?o }} LIMIT {5 * MAX_ROWS}"
    code, message = http_error(client(server, construct, TURTLE))
    assert code == 422 and f"more than {MAX_ROWS} triples" in message
    page = client(server, f"SELECT * WHERE {{ ?s ?p ?o }} LIMIT {MAX_ROWS}").queryAndConvert()
    assert len(page["results"]["bindings"]) == MAX_ROWS


def test_a_body_over_the_limit_is_413_whether_its_length_is_declared_or_not(server):
    query = "SELECT * WHERE { ?s rdfs:label ?l } #" + "x" * MAX_BODY
    declared = http.post(server.endpoint, content=query, headers={"Content-Type": "application/sparql-query"})
    assert declared.status_code == 413 and f"larger than {MAX_BODY:,} bytes" in declared.text

    def chunks():  # no Content-Length: the server counts as it reads
        yield b"SELECT * WHERE { ?s rdfs:label ?l } #"
        for _ in range(40):
            yield b"x" * 1000

    streamed = http.post(server.endpoint, content=chunks(), headers={"Content-Type": "application/sparql-query"})
    assert "content-length" not in streamed.request.headers
    assert streamed.status_code == 413 and "--max-body" in streamed.text
    form = http.post(server.endpoint, data={"query": query})
    assert form.status_code == 413 and "--max-body" in form.text


def test_a_query_over_the_length_limit_is_413(server):
    # 3 bytes a character: under the body limit, over the query limit
    query = "ASK { ?s rdfs:label ?l } #" + "济" * MAX_QUERY
    response = http.post(server.endpoint, content=query.encode("utf-8"),
                          headers={"Content-Type": "application/sparql-query"})
    assert response.status_code == 413
    assert response.text == (f"the query has {len(query):,} characters, more than this endpoint's limit of "
                             f"{MAX_QUERY:,} (--max-query-length)\n")


def test_a_bare_run_of_chinese_is_a_one_line_400_and_the_server_answers_on(server):
    # such a run used to take the query checks quadratic time on the server's event loop
    runaway = http.post(server.endpoint, content=("济" * (MAX_QUERY - 10)).encode("utf-8"),
                         headers={"Content-Type": "application/sparql-query"}, timeout=60)
    assert runaway.status_code == 400 and "\n" not in runaway.text.rstrip("\n")
    [row] = client(server, WANG_YONG).queryAndConvert()["results"]["bindings"]
    assert row["quote"]["value"] == "王勇获评第十二届“中华慈善奖”"


@pytest.mark.parametrize("request_kwargs", [
    {"method": "GET", "url": "?query=SELECT%20%3Fx%20WHERE%20%7B%20%3Fx%20rdfs%3Alabel%20%22%FF%FE%22%20%7D"},
    {"method": "POST", "content": b'SELECT ?x WHERE { ?x rdfs:label "\xff\xfe" }',
     "headers": {"Content-Type": "application/sparql-query"}},
    {"method": "POST", "content": b"query=ASK%20%7B%7D%FF",
     "headers": {"Content-Type": "application/x-www-form-urlencoded"}},
], ids=["GET", "POST sparql-query", "POST form"])
def test_a_query_that_is_not_utf8_is_400(server, request_kwargs):
    kwargs = dict(request_kwargs)
    url = server.endpoint + kwargs.pop("url", "")
    response = http.request(kwargs.pop("method"), url, **kwargs)
    assert response.status_code == 400
    assert "is not valid UTF-8 (byte 0xFF at offset" in response.text and "send the query as UTF-8" in response.text


def test_a_repeated_question_is_answered_from_the_cache_with_the_same_bytes(server):
    query = "SELECT ?l WHERE { cid:anqing-studio rdfs:label ?l } ORDER BY ?l"
    first = http.get(server.endpoint, params={"query": query}, headers={"Accept": "text/csv"})
    second = http.get(server.endpoint, params={"query": query}, headers={"Accept": "text/csv"})
    other_format = http.get(server.endpoint, params={"query": query}, headers={"Accept": "text/tab-separated-values"})
    assert (first.headers["x-cache"], second.headers["x-cache"], other_format.headers["x-cache"]) == \
           ("miss", "hit", "miss")
    assert second.content == first.content and "安晴工作室" in second.text
    assert second.headers["x-result-count"] == first.headers["x-result-count"]


PROBE = "https://civickg.org/id/cache-probe"


def test_a_new_build_is_picked_up_and_invalidates_the_cache(built_project, tmp_path):
    shutil.copytree(built_project.root, tmp_path / "project", ignore=shutil.ignore_patterns("serve-*.log"))
    root = tmp_path / "project"
    ask = f'ASK {{ <{PROBE}> rdfs:label "新的"@zh }}'
    with served(root, "--workers", "1", "--timeout", "60") as running:
        before = [http.get(running.endpoint, params={"query": ask}, timeout=120) for _ in range(2)]
        assert [(r.json()["boolean"], r.headers["x-cache"]) for r in before] == [(False, "miss"), (False, "hit")]
        dataset = root / "build" / "civickg.trig"
        rebuilt = dataset.read_text(encoding="utf-8") + \
            f'\n<https://civickg.org/graph/probe> {{ <{PROBE}> <{RDFS.label}> "新的"@zh . }}\n'
        dataset.with_suffix(".new").write_text(rebuilt, encoding="utf-8")
        dataset.with_suffix(".new").replace(dataset)  # as the build writes: atomically
        after = [http.get(running.endpoint, params={"query": ask}, timeout=120) for _ in range(2)]
        assert [(r.json()["boolean"], r.headers["x-cache"]) for r in after] == [(True, "miss"), (True, "hit")]


# ---------------------------------------------------------------- protocol details

def test_the_service_description_is_served_without_a_query(server):
    response = http.get(server.endpoint, headers={"Accept": "text/turtle"})
    assert response.headers["content-type"].startswith("text/turtle"), response.text
    graph = Graph().parse(data=response.text, format="turtle")
    service = next(graph.subjects(SD.endpoint, URIRef(server.endpoint)))
    assert (service, SD.supportedLanguage, SD.SPARQL11Query) in graph
    formats = {str(f).rsplit("/", 1)[-1] for f in graph.objects(service, SD.resultFormat)}
    assert {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle",
            "JSON-LD"} <= formats
    names = {str(n) for n in graph.objects(None, SD.name)}
    assert "https://civickg.org/graph/jinan-civil-affairs-2024" in names
    as_jsonld = http.get(server.endpoint, headers={"Accept": "application/ld+json"})
    assert as_jsonld.headers["content-type"].startswith("application/ld+json") and json.loads(as_jsonld.text)


@pytest.mark.parametrize("accept,expected", [
    ("text/csv", "text/csv"), ("text/tab-separated-values", "text/tab-separated-values"),
    ("application/sparql-results+xml", "application/sparql-results+xml"), ("*/*", "application/sparql-results+json"),
    ("text/html,application/xhtml+xml;q=0.9,*/*;q=0.8", "application/sparql-results+json"),
    ("application/sparql-results+json;q=0.5, text/csv", "text/csv"),
])
def test_content_negotiation(server, accept, expected):
    response = http.get(server.endpoint, params={"query": WANG_YONG}, headers={"Accept": accept})
    assert response.status_code == 200 and response.headers["content-type"].startswith(expected)
    assert "王勇获评第十二届“中华慈善奖”" in response.text


def test_unacceptable_types_and_bodies_are_refused(server):
    assert http.get(server.endpoint, params={"query": WANG_YONG}, headers={"Accept": "image/png"}).status_code == 406
    assert http.get(server.endpoint, params={"query": WANG_YONG, "format": "tsv"}).text.startswith("?award\t?quote")
    assert http.post(server.endpoint, content=WANG_YONG, headers={"Content-Type": "text/plain"}).status_code == 415
    dataset = http.get(server.endpoint, params={"query": WANG_YONG, "default-graph-uri": "http://example.org/g"})
    assert dataset.status_code == 400 and "default-graph-uri" in dataset.text


def test_cors_lets_browser_clients_in(server):
    simple = http.get(server.endpoint, params={"query": WANG_YONG}, headers={"Origin": "http://example.org"})
    assert simple.headers["access-control-allow-origin"] == "*"
    preflight = http.options(server.endpoint, headers={"Origin": "http://example.org",
                                                        "Access-Control-Request-Method": "POST",
                                                        "Access-Control-Request-Headers": "content-type"})
    assert preflight.status_code == 200 and "POST" in preflight.headers["access-control-allow-methods"]


PAGES = ["/", "/entity/wang-yong", "/resource?iri=https%3A%2F%2Fcivickg.org%2Farticle%2Fjinan-civil-affairs-2024",
         "/queries", "/sparql", "/static/query.js", "/static/query.css", "/openapi.json", "/entity/no-such-entity"]


@pytest.mark.parametrize("path", PAGES)
def test_every_response_carries_the_security_headers(server, path):
    response = http.get(server.base + path)
    policy = response.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy and "unsafe-inline" not in policy
    assert response.headers["x-content-type-options"] == "nosniff"


def test_the_pages_have_no_inline_script_or_style(server):
    for path in ("/", "/entity/wang-yong"):
        page = http.get(server.base + path).text
        assert re.findall(r"<script\b[^>]*>", page) in ([], ['<script src="/static/query.js">'])
        assert "<style" not in page and " style=" not in page and " onclick=" not in page


def test_it_binds_localhost_by_default(server):
    assert urlparse(server.base).hostname == "127.0.0.1"
    assert "Uvicorn running on http://127.0.0.1:" in server.log.read_text(encoding="utf-8")


# ---------------------------------------------------------------- the pages

def test_the_query_page_works_offline(server):
    page = http.get(server.base + "/")
    assert page.status_code == 200 and 'id="query"' in page.text and "/static/query.js" in page.text
    script = http.get(server.base + "/static/query.js").text
    style = http.get(server.base + "/static/query.css").text
    for text in (page.text, script, style):
        assert "src=\"http" not in text and "href=\"http" not in text and "@import" not in text
    library = http.get(server.base + "/queries").json()
    assert len(library["queries"]) >= 20 and library["prefixes"]["cid"] == str(CID)
    assert any(q["zh"] == "谁获得或被推荐了哪些奖项和荣誉？原文怎么说？" for q in library["queries"])


def test_an_entity_page_lists_its_facts_with_quotes_and_articles(server):
    page = http.get(server.base + "/entity/wang-yong")
    assert page.status_code == 200
    for text in ("王勇", "Wang Yong", "中华慈善奖", "王勇获评第十二届“中华慈善奖”", "济南市推荐的慈善楷模候选对象王勇",
                 "济南民政开启“加速度”，多项工作走在前", 'href="/entity/china-charity-award"'):
        assert text in page.text
    article = http.get(server.base + "/resource", params={"iri": "https://civickg.org/article/jinan-civil-affairs-2024"})
    assert article.status_code == 200 and "史安琪" in article.text, article.text
    assert http.get(server.base + "/entity/no-such-entity").status_code == 404


@pytest.mark.browser
def test_a_researcher_runs_a_question_and_follows_an_entity(server):
    with chromium() as browser:
        page = browser.new_page()
        errors: list[str] = []
        hosts: set[str] = set()
        # the browser logs the 400 of the malformed query below; anything else is a fault of the page
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" and "status of 400" not in m.text
                else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.on("request", lambda r: hosts.add(urlparse(r.url).netloc))
        page.goto(server.base + "/")
        page.click("button[data-name='awards']")
        page.wait_for_selector("table.results a[href='/entity/wang-yong']")
        assert "王勇获评第十二届“中华慈善奖”" in page.inner_text("table.results")
        page.fill("#query", 'SELECT ?x WHERE { ?x rdfs:label "安晴工作室"@zh }')
        page.keyboard.press("Control+Enter")
        page.wait_for_selector("table.results a[href='/entity/anqing-studio']")
        page.fill("#query", "SELECT ?x WHERE { ?x foo:y ?z }")
        page.click("#run")
        page.wait_for_selector("#error:not([hidden])")
        assert "unknown prefix 'foo:'" in page.inner_text("#error")
        page.goto(server.base + "/?q=awards")
        page.click("#run")
        page.click("table.results a[href='/entity/wang-yong']")
        page.wait_for_selector("h1")
        assert "王勇" in page.inner_text("h1") and "王勇获评第十二届“中华慈善奖”" in page.inner_text("table.facts")
        assert errors == [] and hosts == {urlparse(server.base).netloc}


def test_an_oxigraph_store_on_disk_serves_with_read_only_workers(built_project, tmp_path):
    with served(built_project.root, "--store", "oxigraph", "--store-path", str(tmp_path / "ox"), "--timeout", "2",
                "--workers", "2") as running:
        [row] = client(running, WANG_YONG).queryAndConvert()["results"]["bindings"]
        assert row["quote"]["value"] == "王勇获评第十二届“中华慈善奖”"
        code, message = http_error(client(running, SLOW))
        assert code == 503 and "time limit of 2s" in message
        assert client(running, "ASK { cid:anqing-studio ?p ?o }").queryAndConvert()["boolean"] is True
