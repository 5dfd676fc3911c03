"""A read-only SPARQL 1.1 Protocol endpoint over the last build, with a query page and entity pages.

    /sparql              GET ?query=… or POST (form-encoded or application/sparql-query); without a
                         query, the SPARQL Service Description. Results by content negotiation (or a
                         ``format`` parameter): SPARQL JSON, XML, CSV, TSV; Turtle, JSON-LD, N-Triples,
                         RDF/XML for graphs.
    /                    the query page (offline: its own HTML, JS and CSS)
    /queries             the competency questions as JSON (for the page's examples)
    /entity/<id>         every fact about cid:<id>, with quotes and article titles
    /resource?iri=…      the same for any other IRI
    /openapi.json        the OpenAPI description of these routes (``openapi.yaml``)

Queries run in a QueryPool of worker processes, so the time limit is enforced by stopping the worker.
Reading a request (decoding, the text checks) runs in threads, never on the event loop; answers are kept
in an AnswerCache keyed by the build, and a new build is loaded when its files change.

Status codes: 400 a malformed query (the parser's message, with line and column), an unknown prefix,
SERVICE, a dataset given in the request, or a query that is not UTF-8; 403 an update (the endpoint is
read-only); 406 no acceptable result format; 413 a body over the byte limit or a query over the character
limit; 415 a POST body of another type; 422 an answer larger than the row cap (the query is
valid, the client should page it with LIMIT/OFFSET); 503 the time limit was reached (as Fuseki does:
the service could not answer this query now; the worker was replaced and the server stays up) or all
workers stayed busy (with Retry-After).
"""

from __future__ import annotations

import json
import os
import threading
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool

from civickg.errors import CivicError
from civickg.namespaces import CID, PREFIXES
from civickg.project import Project
from civickg.server import pages
from civickg.server.cache import AnswerCache, CachedAnswer, CacheKey
from civickg.server.description import RDFLIB_FORMATS, service_description
from civickg.server.paths import PACKAGE, STATIC
from civickg.server.pool import QueryPool, store_spec
from civickg.server.protocol import (
    HTTPProblem,
    accepted,
    asked_formats,
    media_type,
    negotiate,
    one_query,
    parameters,
    problem,
    read_body,
    refuse_dataset,
    utf8,
)
from civickg.server.security import SecurityHeaders
from civickg.sparql import library as querylib
from civickg.sparql.results import GRAPH_FORMS
from civickg.sparql.text import QUERY_FORMS, inspect
from civickg.stores import DEFAULT_ENGINE, StoreSources, is_endpoint_url

#: How many GET requests are remembered already read and checked (their query strings are under 16 KB each).
READ_MEMO = 256
#: The named graphs of the store, for the service description.
GRAPHS_QUERY = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"


@dataclass(frozen=True)
class ServerSettings:
    """What the server serves and its limits; all limits are on by default."""

    root: Path
    engine: str = DEFAULT_ENGINE
    store_path: Path | None = None
    timeout: float = 10.0
    max_rows: int = 10_000
    workers: int = 2
    cors_origins: tuple[str, ...] = ("*",)
    max_body: int = 1_000_000
    max_query_chars: int = 100_000
    cache_size: int = 256

    def __post_init__(self) -> None:
        if self.max_body < 1 or self.max_query_chars < 1 or self.cache_size < 0:
            raise CivicError("the body and query limits must be positive and the cache size at least 0",
                             hint="for instance --max-body 1000000 --max-query-length 100000 --cache-size 256")


@dataclass(frozen=True)
class Asked:
    """A request's query, checked and ready to run: its text and the format of its answer."""

    text: str
    fmt: str


class Endpoint:
    """The server's state (settings, worker pool, answer cache, page templates) and one method per route."""

    def __init__(self, settings: ServerSettings) -> None:
        self.settings = settings
        self.project = Project.find(settings.root)
        #: A front for another SPARQL server: no local build to watch, and answers are not cached (it may change).
        self.remote = is_endpoint_url(settings.engine)
        self.sources = None if self.remote else StoreSources.of(self.project)
        self.cache = AnswerCache(0 if self.remote else settings.cache_size)
        self.pages = pages.environment()
        self.entity_query = querylib.parse(Path(str(resources.files("civickg.sparql").joinpath("entity-page.rq"))))
        self.pool: QueryPool | None = None
        self.build = ""  # the fingerprint of the build the workers hold
        self._signature: tuple[int, ...] = ()
        self._loading = threading.Lock()
        self._read: OrderedDict[tuple[bytes, str | None], tuple[dict[str, list[str]], Asked | None]] = OrderedDict()

    def routes(self) -> list[tuple[str, str, Callable]]:
        """(method, path, handler) of every route."""
        return [("GET", "/sparql", self.sparql_get), ("POST", "/sparql", self.sparql_post),
                ("GET", "/queries", self.queries), ("GET", "/entity/{entity_id}", self.entity),
                ("GET", "/resource", self.resource), ("GET", "/", self.index)]

    # ------------------------------------------------------------ the build and its workers

    def signature(self) -> tuple[int, ...]:
        """Size and modification time of the build's files: a cheap sign that a new build was written."""
        if self.sources is None:
            return (0,)
        stats = [os.stat(path) for path in (self.sources.dataset, self.sources.ontology)]
        return tuple(n for st in stats for n in (st.st_size, st.st_mtime_ns))

    def load(self) -> None:
        """Start workers over the build on disk, if it is not the one they hold; the old pool stops once its
        queries have had their time."""
        with self._loading:
            signature = self.signature()
            if signature == self._signature:
                return
            fingerprint = self.sources.fingerprint() if self.sources is not None else self.settings.engine
            if fingerprint != self.build:
                spec = store_spec(self.settings.engine, self.project.root, self.settings.store_path)
                pool = QueryPool(spec, size=self.settings.workers, timeout=self.settings.timeout,
                                 max_rows=self.settings.max_rows).start()
                old, self.pool, self.build = self.pool, pool, fingerprint
                self.cache.clear()
                if old is not None:  # its running queries finish within the time limit
                    retire = threading.Timer(self.settings.timeout + 1, old.close)
                    retire.daemon = True
                    retire.start()
            self._signature = signature

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()

    async def current(self) -> tuple[QueryPool, str]:
        """The pool and build fingerprint to answer from, after loading a new build if one was written."""
        try:
            changed = self.signature() != self._signature
        except OSError:  # the build is being replaced: keep answering from the one loaded
            changed = False
        if changed:
            try:
                await run_in_threadpool(self.load)
            except (CivicError, OSError) as exc:
                raise HTTPProblem(503, f"the new build could not be loaded: {exc}", {"Retry-After": "5"}) from None
        assert self.pool is not None
        return self.pool, self.build

    async def run(self, text: str, fmt: str, max_rows: int | None = None) -> tuple[bytes, int, bool]:
        """The answer's bytes, rows and whether it came from the cache; civickg errors become HTTP problems."""
        pool, build = await self.current()
        key = CacheKey(text, fmt, max_rows or self.settings.max_rows, build)
        cached = self.cache.get(key)
        if cached is not None:
            return cached.body, cached.rows, True

        def ask() -> CachedAnswer:
            result = pool.run(text, fmt, max_rows=max_rows)
            return CachedAnswer(result.body.encode("utf-8"), result.rows)

        try:
            answer = await run_in_threadpool(ask)
        except CivicError as exc:
            raise problem(exc) from None
        if build == self.build:
            self.cache.put(key, answer)
        return answer.body, answer.rows, False

    # ------------------------------------------------------------ /sparql

    def prepare(self, text: str, accept: str | None, asked: list[str]) -> Asked:
        """Check a query's size and form and choose its format (in a worker thread: it reads the whole text)."""
        if len(text) > self.settings.max_query_chars:
            raise HTTPProblem(413, f"the query has {len(text):,} characters, more than this endpoint's limit of "
                                   f"{self.settings.max_query_chars:,} (--max-query-length)")
        info = inspect(text)
        if info.is_update:
            raise HTTPProblem(403, f"{info.form} is SPARQL Update, and this endpoint is read-only: updates are "
                                   f"refused (only SELECT, ASK, CONSTRUCT and DESCRIBE are answered)")
        fmt = negotiate(accept, info.form in GRAPH_FORMS, asked) if info.form in QUERY_FORMS else "json"
        return Asked(text, fmt)

    def read_get(self, raw: bytes, accept: str | None) -> tuple[dict[str, list[str]], Asked | None]:
        params = parameters(raw, "the query string")
        refuse_dataset(params)
        text = one_query(params)
        return params, None if text is None else self.prepare(text, accept, asked_formats(params))

    def read_post(self, raw: bytes, kind: str, body: bytes, accept: str | None) -> Asked:
        params = parameters(raw, "the query string")
        if kind == "application/x-www-form-urlencoded":
            params = {**params, **parameters(body, "the form")}
            refuse_dataset(params)
            text = one_query(params)
            if text is None:
                raise HTTPProblem(400, "the form has no query parameter")
        else:
            refuse_dataset(params)
            if params.get("query"):
                raise HTTPProblem(400, "give the query either in the body or as a parameter, not both")
            text = utf8(body, "the query")
        return self.prepare(text, accept, asked_formats(params))

    async def answer(self, asked: Asked) -> Response:
        body, rows, hit = await self.run(asked.text, asked.fmt)
        return Response(body, media_type=media_type(asked.fmt),
                        headers={"X-Result-Count": str(rows), "X-Cache": "hit" if hit else "miss"})

    async def sparql_get(self, request: Request) -> Response:
        # the same request again (the common case) skips reading and checking its query: a small memo
        key = (request.scope["query_string"], request.headers.get("accept"))
        read = self._read.get(key)
        if read is None:
            read = await run_in_threadpool(self.read_get, *key)
            self._read[key] = read
            if len(self._read) > READ_MEMO:
                self._read.popitem(last=False)
        params, asked = read
        if asked is None:
            return await self.description(request, params)
        return await self.answer(asked)

    async def sparql_post(self, request: Request) -> Response:
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if kind == "application/sparql-update":
            raise HTTPProblem(403, "this endpoint is read-only: SPARQL Update requests are refused")
        if kind not in ("application/x-www-form-urlencoded", "application/sparql-query"):
            raise HTTPProblem(415, f"POST a query as application/x-www-form-urlencoded or application/sparql-query, "
                                   f"not {kind or 'an untyped body'}")
        body = await read_body(request, self.settings.max_body)
        asked = await run_in_threadpool(self.read_post, request.scope["query_string"], kind, body,
                                        request.headers.get("accept"))
        return await self.answer(asked)

    async def description(self, request: Request, params: dict[str, list[str]]) -> Response:
        body, _, _ = await self.run(GRAPHS_QUERY, "json")
        accept = request.headers.get("accept") or ""
        url = str(request.url.replace(query=""))

        def describe() -> Response:
            named = sorted({b["g"]["value"] for b in json.loads(body)["results"]["bindings"]})
            assert self.pool is not None
            graph = service_description(url, timeout=self.settings.timeout, max_rows=self.settings.max_rows,
                                        engine=self.settings.engine, quads=self.pool.quads, named_graphs=named)
            if not asked_formats(params) and accepted(accept)[:1] == ["text/html"]:
                # a person following the link from the query page: Turtle, shown rather than downloaded
                return PlainTextResponse(graph.serialize(format="turtle"))
            fmt = negotiate(accept, True, asked_formats(params))
            return Response(graph.serialize(format=RDFLIB_FORMATS[fmt]), media_type=media_type(fmt))

        return await run_in_threadpool(describe)

    # ------------------------------------------------------------ the pages

    async def queries(self) -> JSONResponse:
        library = await run_in_threadpool(querylib.load, self.project)
        return JSONResponse({"prefixes": {p: str(ns) for p, ns in sorted(PREFIXES.items())},
                             "limits": {"timeout": self.settings.timeout, "max_rows": self.settings.max_rows},
                             "queries": [q.as_dict() for q in library.values()]})

    async def describe(self, iri: str) -> HTMLResponse:
        body, _, _ = await self.run(self.entity_query.sparql(entity=f"<{iri}>"), "json", max_rows=pages.PAGE_ROWS)

        def render() -> str:
            rows = [{k: v["value"] for k, v in b.items()} for b in json.loads(body)["results"]["bindings"]]
            if not rows:
                raise HTTPProblem(404, f"nothing is known about <{iri}>")
            return pages.entity_page(self.pages, iri, rows)

        return HTMLResponse(await run_in_threadpool(render))

    async def entity(self, entity_id: str) -> HTMLResponse:
        if not pages.ENTITY_ID.match(entity_id):
            raise HTTPProblem(404, f"{entity_id!r} is not an entity id")
        return await self.describe(str(CID[entity_id]))

    async def resource(self, iri: str) -> HTMLResponse:
        if not pages.IRI.match(iri):
            raise HTTPProblem(400, f"{iri!r} is not an IRI")
        return await self.describe(iri)

    async def index(self) -> HTMLResponse:
        return HTMLResponse(pages.query_page(self.pages))


async def _problem_response(request: Request, exc: HTTPProblem) -> PlainTextResponse:
    return PlainTextResponse(exc.message + "\n", status_code=exc.status, headers=exc.headers)


def openapi_operations() -> dict[str, dict[str, dict[str, Any]]]:
    """What /openapi.json says about each route beyond its path: parameters, bodies, responses
    (``openapi.yaml``, keyed by path and method)."""
    return yaml.safe_load((PACKAGE / "openapi.yaml").read_text(encoding="utf-8"))


def create_app(settings: ServerSettings) -> FastAPI:
    """The FastAPI application; its lifespan starts and stops the query workers."""
    endpoint = Endpoint(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await run_in_threadpool(endpoint.load)
        try:
            yield
        finally:
            await run_in_threadpool(endpoint.close)

    app = FastAPI(title="civickg SPARQL endpoint", version="1", lifespan=lifespan, docs_url=None, redoc_url=None,
                  openapi_url="/openapi.json",
                  description="A read-only SPARQL 1.1 Protocol endpoint over civickg's last build.")
    app.add_middleware(CORSMiddleware, allow_origins=list(settings.cors_origins), allow_methods=["GET", "POST"],
                       allow_headers=["*"], expose_headers=["X-Result-Count", "X-Cache"])
    app.add_middleware(SecurityHeaders)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_exception_handler(HTTPProblem, _problem_response)  # type: ignore[arg-type]
    operations = openapi_operations()
    for method, path, handler in endpoint.routes():
        operation = dict(operations[path][method.lower()])
        app.add_api_route(path, handler, methods=[method], response_class=Response,
                          summary=operation.pop("summary"), description=operation.pop("description", None),
                          responses=operation.pop("responses"), openapi_extra=operation or None)
    return app


def serve(settings: ServerSettings, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the server until interrupted."""
    import uvicorn

    uvicorn.run(create_app(settings), host=host, port=port, log_level="info", access_log=True)


__all__ = ["Endpoint", "ServerSettings", "create_app", "serve"]
