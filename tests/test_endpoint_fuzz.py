"""The endpoint's published API (/openapi.json) fuzzed with schemathesis against the real server on 127.0.0.1:
no request gets a 500, every status and content type is one the schema names, and no answer takes longer
than the time limit plus a generous margin."""

from __future__ import annotations

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.checks import content_type_conformance, not_a_server_error, status_code_conformance

from tests.query_support import served

pytestmark = [pytest.mark.server, pytest.mark.slow]

#: The server's time limit, and the bound on any response: the limit plus a margin for a loaded machine.
TIMEOUT = 5
BOUND = TIMEOUT + 10


@pytest.fixture(scope="module")
def endpoint(built_project):
    with served(built_project.root, "--store", "oxigraph", "--timeout", str(TIMEOUT)) as running:
        yield running


@pytest.fixture(scope="module")
def api(endpoint):
    return schemathesis.openapi.from_url(endpoint.base + "/openapi.json")


def test_the_schema_describes_every_route_and_its_statuses(api, endpoint):
    document = api.raw_schema
    assert sorted(document["paths"]) == ["/", "/entity/{entity_id}", "/queries", "/resource", "/sparql"]
    sparql = document["paths"]["/sparql"]
    assert {p["name"] for p in sparql["get"]["parameters"]} >= {"query", "format", "default-graph-uri"}
    assert set(sparql["post"]["requestBody"]["content"]) == {"application/x-www-form-urlencoded",
                                                             "application/sparql-query"}
    assert {"200", "400", "403", "406", "413", "415", "422", "503"} == set(sparql["get"]["responses"])


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=["valid", "invalid"])
def test_no_request_breaks_or_stalls_the_endpoint(api, endpoint, mode):
    seen: set[str] = set()

    @given(case=api.as_strategy(generation_mode=mode))
    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True,
              database=None)
    def request(case):
        seen.add(f"{case.method} {case.path}")
        response = case.call(base_url=endpoint.base, timeout=BOUND + 30)
        case.validate_response(response, checks=[not_a_server_error, status_code_conformance,
                                                 content_type_conformance])
        assert response.elapsed < BOUND, f"{case.method} {case.path} took {response.elapsed:.1f}s"

    request()
    assert {"GET /sparql", "POST /sparql", "GET /entity/{entity_id}", "GET /resource"} <= seen
