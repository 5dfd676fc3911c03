"""The server's query pool: worker processes answer queries, a runaway query is stopped and its worker replaced.

No assertion depends on how fast a normal query runs: the pool's time limit is far above their duration,
and only the runaway query (which never ends) is run under a short limit.
"""

from __future__ import annotations

import json
import multiprocessing
from collections.abc import Iterator
from pathlib import Path

import pytest

from civickg.errors import CivicError, QuerySyntaxError, QueryTimeout, RowLimitExceeded, UpdateRefused
from civickg.namespaces import CID
from civickg.project import Project
from civickg.server.pool import Answer, QueryPool, StoreSpec, store_spec
from civickg.stores.oxigraph import STAMP

WORKER = "civickg-query-worker"
#: A limit no normal query comes near, even on a loaded machine.
GENEROUS = 120.0
#: The limit the runaway query runs under.
SHORT = 2.0
AWARD = "SELECT ?award WHERE { cid:wang-yong civic:received ?award }"
#: Every triple against every triple, four times over: about 10^17 rows to count, so it never ends.
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
#: Every quad of the store: thousands of rows, far over the cap below.
EVERYTHING = "SELECT * WHERE { ?s ?p ?o }"
CAP = 20


def workers() -> set[int]:
    """Process ids of the live query workers of this process."""
    return {p.pid for p in multiprocessing.active_children() if p.name == WORKER}


@pytest.fixture(scope="module")
def pool(built_project: Project) -> Iterator[QueryPool]:
    """One worker on the default Oxigraph store, so a replaced worker is the one that answers next."""
    started = QueryPool(store_spec("oxigraph", built_project.root), size=1, timeout=GENEROUS, max_rows=CAP).start()
    try:
        yield started
    finally:
        started.close()


def test_store_spec_of_the_default_store_loads_it_first(built_project: Project):
    spec = store_spec("oxigraph", built_project.root)
    assert spec == StoreSpec("oxigraph", str(built_project.root), None)
    assert [p for p in (built_project.build / "oxigraph").iterdir() if p.is_dir() and ".partial" not in p.name]


def test_a_select_comes_back_as_json(pool: QueryPool):
    answer = pool.run(AWARD, "json")
    assert isinstance(answer, Answer)
    assert answer.form == "SELECT"
    assert answer.rows == 1
    doc = json.loads(answer.body.encode("utf-8"))
    assert doc["head"]["vars"] == ["award"]
    assert [b["award"]["value"] for b in doc["results"]["bindings"]] == [str(CID["china-charity-award"])]


def test_row_count_matches_the_body(pool: QueryPool):
    answer = pool.run("SELECT ?label WHERE { cid:wang-yong rdfs:label ?label } ORDER BY ?label", "json")
    bindings = json.loads(answer.body)["results"]["bindings"]
    assert answer.rows == len(bindings) == 2
    assert [b["label"]["value"] for b in bindings] == ["Wang Yong", "王勇"]


def test_other_formats_and_forms(pool: QueryPool):
    ask = pool.run("ASK { cid:wang-yong civic:received cid:china-charity-award }", "json")
    assert ask.form == "ASK" and json.loads(ask.body)["boolean"] is True
    csv = pool.run(AWARD, "csv")
    assert csv.body.splitlines() == ["award", str(CID["china-charity-award"])]


def test_the_pool_knows_the_store_size(pool: QueryPool):
    assert pool.quads > 10_000


def test_a_result_over_the_row_cap_is_refused(pool: QueryPool):
    with pytest.raises(RowLimitExceeded) as info:
        pool.run(EVERYTHING, "json")
    assert f"more than {CAP:,} rows" in info.value.render()
    assert pool.run(AWARD, "json").rows == 1  # the worker is still there


def test_the_callers_row_cap_wins(pool: QueryPool):
    with pytest.raises(RowLimitExceeded, match="more than 3 rows"):
        pool.run(EVERYTHING, "json", max_rows=3)
    answer = pool.run("SELECT ?s WHERE { ?s ?p ?o } LIMIT 100", "json", max_rows=1000)
    assert answer.rows == 100


def test_query_errors_come_back_as_their_own_types(pool: QueryPool):
    with pytest.raises(UpdateRefused):
        pool.run("INSERT DATA { cid:a cid:b cid:c }", "json")
    with pytest.raises(QuerySyntaxError):
        pool.run("SELECT ?x WHERE { ?x ", "json")
    assert pool.run(AWARD, "json").rows == 1


def test_a_runaway_query_is_stopped_and_its_worker_replaced(pool: QueryPool):
    before = workers()
    assert len(before) == 1
    pool.timeout = SHORT
    try:
        with pytest.raises(QueryTimeout) as info:
            pool.run(RUNAWAY, "json")
    finally:
        pool.timeout = GENEROUS  # the replacement may take its time to load; the next query waits for it
    assert f"time limit of {SHORT:g}s" in info.value.render()
    answer = pool.run(AWARD, "json")
    assert answer.rows == 1
    after = workers()
    assert len(after) == 1
    assert not after & before


def test_a_query_sent_while_the_only_worker_is_replaced_waits_for_it(pool: QueryPool):
    # the replacement takes seconds to start (a new process loads the store), far longer than the limit here;
    # the query must wait for it rather than fail at once as if every worker were busy
    pool.timeout = 0.5
    try:
        with pytest.raises(QueryTimeout):
            pool.run(RUNAWAY, "json")
        assert pool.replacing == 1
        answer = pool.run(AWARD, "json")
    finally:
        pool.timeout = GENEROUS
    assert json.loads(answer.body)["results"]["bindings"][0]["award"]["value"] == str(CID["china-charity-award"])
    assert pool.replacing == 0


def test_close_stops_every_worker(built_project: Project):
    before = workers()
    pool = QueryPool(store_spec("oxigraph", built_project.root), size=2, timeout=GENEROUS).start()
    mine = workers() - before
    assert len(mine) == 2
    assert pool.run(AWARD, "json").rows == 1
    pool.close()
    assert not workers() & mine


def test_an_on_disk_store_is_loaded_once_then_opened_read_only(built_project: Project, tmp_path: Path):
    location = tmp_path / "oxigraph"
    spec = store_spec("oxigraph", built_project.root, location)
    assert spec.path == str(location)
    assert (location / STAMP).exists()
    pool = QueryPool(spec, size=1, timeout=GENEROUS).start()
    try:
        assert pool.run(AWARD, "json").rows == 1
    finally:
        pool.close()


def test_a_pool_needs_a_worker_a_limit_and_a_cap(built_project: Project):
    spec = store_spec("oxigraph", built_project.root)
    for kwargs in ({"size": 0}, {"timeout": 0}, {"max_rows": 0}):
        with pytest.raises(CivicError, match="at least one worker"):
            QueryPool(spec, **kwargs)
