"""A read-only SPARQL 1.1 Protocol endpoint over the last build, with a query page and entity pages.

    /sparql              GET ?query=… or POST (form-encoded or application/sparql-query); without a
                         query, the SPARQL Service Description. Results by content negotiation (or a
                         ``format`` parameter): SPARQL JSON, XML, CSV, TSV; Turtle, JSON-LD, N-Triples,
                         RDF/XML for graphs.
    /                    the query page (offline: its own HTML, JS and CSS)
    /queries             the competency questions as JSON (for the page's examples)
    /entity/<id>         every fact about cid:<id>, with quotes and article titles
    /resource?iri=…      the same for any other IRI

Queries run in a QueryPool of worker processes, so the time limit is enforced by stopping the worker.

Status codes: 400 a malformed query (the parser's message, with line and column), an unknown prefix,
SERVICE, or a dataset given in the request; 403 an update (the endpoint is read-only); 406 no acceptable
result format; 415 a POST body of another type; 422 an answer larger than the row cap (the query is
valid, the client should page it with LIMIT/OFFSET); 503 the time limit was reached (as Fuseki does:
the service could not answer this query now; the worker was replaced and the server stays up) or all
workers stayed busy (with Retry-After).
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from urllib.parse import parse_qs

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool

from civickg.errors import CivicError
from civickg.namespaces import CID, PREFIXES
from civickg.project import Project
from civickg.server import pages
from civickg.server.description import RDFLIB_FORMATS, service_description
from civickg.server.paths import STATIC
from civickg.server.pool import QueryPool, store_spec
from civickg.server.protocol import (
    HTTPProblem,
    accepted,
    asked_formats,
    media_type,
    negotiate,
    one_query,
    problem,
    refuse_dataset,
)
from civickg.sparql import library as querylib
from civickg.sparql.results import GRAPH_FORMS
from civickg.sparql.text import QUERY_FORMS, inspect


@dataclass(frozen=True)
class ServerSettings:
    """What the server serves and its limits; all limits are on by default."""

    root: Path
    engine: str = "memory"
    store_path: Path | None = None
    timeout: float = 10.0
    max_rows: int = 10_000
    workers: int = 2
    cors_origins: tuple[str, ...] = ("*",)


class Endpoint:
    """The server's state (settings, worker pool, page templates) and one method per route."""

    def __init__(self, settings: ServerSettings) -> None:
        self.settings = settings
        self.project = Project.find(settings.root)
        spec = store_spec(settings.engine, self.project.root, settings.store_path)
        self.pool = QueryPool(spec, size=settings.workers, timeout=settings.timeout, max_rows=settings.max_rows)
        self.pages = pages.environment()
        self.entity_query = querylib.parse(Path(str(resources.files("civickg.sparql").joinpath("entity-page.rq"))))
        self.named_graphs: list[str] = []

    def routes(self) -> list[tuple[str, str, Callable]]:
        """(method, path, handler) of every route."""
        return [("GET", "/sparql", self.sparql_get), ("POST", "/sparql", self.sparql_post),
                ("GET", "/queries", self.queries), ("GET", "/entity/{entity_id}", self.entity),
                ("GET", "/resource", self.resource), ("GET", "/", self.index)]

    async def run(self, text: str, fmt: str, max_rows: int | None = None) -> tuple[bytes, int]:
        """Run a query in the pool; civickg errors become HTTP problems."""
        try:
            result = await run_in_threadpool(lambda: self.pool.run(text, fmt, max_rows=max_rows))
        except CivicError as exc:
            raise problem(exc) from None
        return result.body, result.rows

    async def answer(self, text: str, accept: str | None, asked: list[str]) -> Response:
        info = inspect(text)
        if info.is_update:
            raise HTTPProblem(403, f"{info.form} is SPARQL Update, and this endpoint is read-only: updates are "
                                   f"refused (only SELECT, ASK, CONSTRUCT and DESCRIBE are answered)")
        fmt = negotiate(accept, info.form in GRAPH_FORMS, asked) if info.form in QUERY_FORMS else "json"
        body, rows = await self.run(text, fmt)
        return Response(body, media_type=media_type(fmt), headers={"X-Result-Count": str(rows)})

    async def sparql_get(self, request: Request) -> Response:
        params = parse_qs(request.url.query, keep_blank_values=True)
        refuse_dataset(params)
        text = one_query(params)
        if text is None:
            return await self.description(request, params)
        return await self.answer(text, request.headers.get("accept"), asked_formats(params))

    async def sparql_post(self, request: Request) -> Response:
        params = parse_qs(request.url.query, keep_blank_values=True)
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        body = (await request.body()).decode("utf-8", errors="replace")
        if kind == "application/sparql-update":
            raise HTTPProblem(403, "this endpoint is read-only: SPARQL Update requests are refused")
        if kind == "application/x-www-form-urlencoded":
            params = {**params, **parse_qs(body, keep_blank_values=True)}
            refuse_dataset(params)
            text = one_query(params)
            if text is None:
                raise HTTPProblem(400, "the form has no query parameter")
        elif kind == "application/sparql-query":
            refuse_dataset(params)
            if params.get("query"):
                raise HTTPProblem(400, "give the query either in the body or as a parameter, not both")
            text = body
        else:
            raise HTTPProblem(415, f"POST a query as application/x-www-form-urlencoded or application/sparql-query, "
                                   f"not {kind or 'an untyped body'}")
        return await self.answer(text, request.headers.get("accept"), asked_formats(params))

    async def description(self, request: Request, params: dict[str, list[str]]) -> Response:
        if not self.named_graphs:
            body, _ = await self.run("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", "json")
            self.named_graphs.extend(sorted({b["g"]["value"] for b in json.loads(body)["results"]["bindings"]}))
        graph = service_description(str(request.url.replace(query="")), timeout=self.settings.timeout,
                                    max_rows=self.settings.max_rows, engine=self.settings.engine,
                                    quads=self.pool.quads, named_graphs=self.named_graphs)
        accept = request.headers.get("accept") or ""
        if not asked_formats(params) and accepted(accept)[:1] == ["text/html"]:
            # a person following the link from the query page: Turtle, shown rather than downloaded
            return PlainTextResponse(graph.serialize(format="turtle"))
        fmt = negotiate(accept, True, asked_formats(params))
        return Response(graph.serialize(format=RDFLIB_FORMATS[fmt]), media_type=media_type(fmt))

    async def queries(self) -> JSONResponse:
        library = querylib.load(self.project)
        return JSONResponse({"prefixes": {p: str(ns) for p, ns in sorted(PREFIXES.items())},
                             "limits": {"timeout": self.settings.timeout, "max_rows": self.settings.max_rows},
                             "queries": [q.as_dict() for q in library.values()]})

    async def describe(self, iri: str) -> HTMLResponse:
        body, _ = await self.run(self.entity_query.sparql(entity=f"<{iri}>"), "json", max_rows=pages.PAGE_ROWS)
        rows = [{k: v["value"] for k, v in b.items()} for b in json.loads(body)["results"]["bindings"]]
        if not rows:
            raise HTTPProblem(404, f"nothing is known about <{iri}>")
        return HTMLResponse(pages.entity_page(self.pages, iri, rows))

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


def create_app(settings: ServerSettings) -> FastAPI:
    """The FastAPI application; its lifespan starts and stops the query workers."""
    endpoint = Endpoint(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await run_in_threadpool(endpoint.pool.start)
        try:
            yield
        finally:
            await run_in_threadpool(endpoint.pool.close)

    app = FastAPI(title="civickg SPARQL endpoint", lifespan=lifespan, docs_url=None, redoc_url=None,
                  openapi_url=None)
    app.add_middleware(CORSMiddleware, allow_origins=list(settings.cors_origins), allow_methods=["GET", "POST"],
                       allow_headers=["*"], expose_headers=["X-Result-Count"])
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.add_exception_handler(HTTPProblem, _problem_response)  # type: ignore[arg-type]
    for method, path, handler in endpoint.routes():
        app.add_api_route(path, handler, methods=[method])
    return app


def serve(settings: ServerSettings, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the server until interrupted."""
    import uvicorn

    uvicorn.run(create_app(settings), host=host, port=port, log_level="info", access_log=True)


__all__ = ["Endpoint", "ServerSettings", "create_app", "serve"]
