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
import re
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from string import Template
from typing import Any
from urllib.parse import parse_qs, quote

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from rdflib import BNode, Graph, Namespace, URIRef
from starlette.concurrency import run_in_threadpool

from civickg import querylib
from civickg.errors import CivicError
from civickg.namespaces import CID, PREFIXES, bind_prefixes, curie
from civickg.project import Project
from civickg.query_errors import (
    QuerySyntaxError,
    QueryTimeout,
    RowLimitExceeded,
    UnsupportedQuery,
    UpdateRefused,
)
from civickg.querypool import PoolBusy, QueryPool, WorkerFailed, store_spec
from civickg.querytext import QUERY_FORMS, inspect
from civickg.results import FORMATS, GRAPH_FORMS, find_format

PACKAGE = Path(__file__).parent
TEMPLATES = PACKAGE / "templates"
STATIC = PACKAGE / "static"

#: Media types a client may ask for, and the format each means, for results and for graphs.
RESULT_TYPES = {
    "application/sparql-results+json": "json", "application/json": "json", "text/javascript": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": "ttl", "application/turtle": "ttl", "application/x-turtle": "ttl",
    "application/ld+json": "jsonld", "application/x-json+ld": "jsonld", "application/json": "jsonld",
    "application/n-triples": "nt", "text/plain": "nt", "application/rdf+xml": "rdfxml", "application/xml": "rdfxml",
}
STATUS: dict[type[CivicError], int] = {
    QuerySyntaxError: 400, UnsupportedQuery: 400, UpdateRefused: 403, RowLimitExceeded: 422,
    QueryTimeout: 503, PoolBusy: 503, WorkerFailed: 500,
}
#: The row cap for the server's own entity pages (an article page lists every entity it mentions).
PAGE_ROWS = 50_000
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
_ENTITY_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")


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


class HTTPProblem(Exception):
    """An error answer: status, a one-line message, and extra headers."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


def _problem(exc: CivicError) -> HTTPProblem:
    status = next((code for cls, code in STATUS.items() if isinstance(exc, cls)), 400)
    headers = {"Retry-After": "1"} if isinstance(exc, PoolBusy) else None
    return HTTPProblem(status, exc.render(), headers)


# ---------------------------------------------------------------- content negotiation

def _accepted(header: str) -> list[str]:
    """Media ranges from an Accept header, best first (q=0 dropped; ties keep their order)."""
    ranges = []
    for position, part in enumerate(header.split(",")):
        fields = [f.strip() for f in part.split(";")]
        if not fields[0]:
            continue
        q = 1.0
        for field in fields[1:]:
            if field.startswith("q="):
                try:
                    q = float(field[2:])
                except ValueError:
                    q = 0.0
        if q > 0:
            ranges.append((-q, position, fields[0].lower()))
    return [media for _, _, media in sorted(ranges)]


def negotiate(accept: str | None, graph: bool, asked: list[str]) -> str:
    """The format for an answer: a ``format``/``output`` parameter if one fits, else the Accept header."""
    table = GRAPH_TYPES if graph else RESULT_TYPES
    for value in asked:
        name = table.get(value.lower()) or value.lower()
        if graph and name in ("json", "xml"):
            name = {"json": "jsonld", "xml": "rdfxml"}[name]
        fmt = find_format(name)
        if fmt is not None and fmt.for_graphs == graph:
            return fmt.name
    default = "ttl" if graph else "json"
    if not accept:
        return default
    for media in _accepted(accept):
        if media in table:
            return table[media]
        if media == "*/*":
            return default
        if media.endswith("/*"):
            family = media[:-1]
            for candidate, name in table.items():
                if candidate.startswith(family):
                    return name
    offered = ", ".join(sorted({t for t, n in table.items() if FORMATS[n].media_type == t}))
    raise HTTPProblem(406, f"none of the requested types ({accept}) is offered for this query; offered: {offered}")


def _media_type(name: str) -> str:
    media = FORMATS[name].media_type
    return f"{media}; charset=utf-8" if not media.endswith("+xml") and media != "application/rdf+xml" else media


# ---------------------------------------------------------------- the application

def create_app(settings: ServerSettings) -> FastAPI:
    """The FastAPI application; its lifespan starts and stops the query workers."""
    project = Project.find(settings.root)
    spec = store_spec(settings.engine, project.root, settings.store_path)
    pool = QueryPool(spec, size=settings.workers, timeout=settings.timeout, max_rows=settings.max_rows)
    pages = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]))
    entity_query = querylib.parse(Path(str(resources.files("civickg.sparql").joinpath("entity-page.rq"))))

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        await run_in_threadpool(pool.start)
        try:
            yield
        finally:
            await run_in_threadpool(pool.close)

    app = FastAPI(title="civickg SPARQL endpoint", lifespan=lifespan, docs_url=None, redoc_url=None,
                  openapi_url=None)
    app.add_middleware(CORSMiddleware, allow_origins=list(settings.cors_origins), allow_methods=["GET", "POST"],
                       allow_headers=["*"], expose_headers=["X-Result-Count"])
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.exception_handler(HTTPProblem)
    async def problem(request: Request, exc: HTTPProblem) -> PlainTextResponse:
        return PlainTextResponse(exc.message + "\n", status_code=exc.status, headers=exc.headers)

    async def answer(text: str, accept: str | None, asked: list[str]) -> Response:
        info = inspect(text)
        if info.is_update:
            raise HTTPProblem(403, f"{info.form} is SPARQL Update, and this endpoint is read-only: updates are "
                                   f"refused (only SELECT, ASK, CONSTRUCT and DESCRIBE are answered)")
        graph = info.form in GRAPH_FORMS
        fmt = negotiate(accept, graph, asked) if info.form in QUERY_FORMS else "json"
        try:
            result = await run_in_threadpool(pool.run, text, fmt)
        except CivicError as exc:
            raise _problem(exc) from None
        return Response(result.body, media_type=_media_type(fmt), headers={"X-Result-Count": str(result.rows)})

    def _dataset_refused(params: dict[str, list[str]]) -> None:
        for key in ("default-graph-uri", "named-graph-uri"):
            if params.get(key):
                raise HTTPProblem(400, f"{key} is not supported: the default graph is always the union of all "
                                       "article graphs and the ontology; use GRAPH or FROM in the query instead")

    def _one_query(params: dict[str, list[str]]) -> str | None:
        if params.get("update"):
            raise HTTPProblem(403, "this endpoint is read-only: SPARQL Update requests are refused")
        queries = params.get("query", [])
        if len(queries) > 1:
            raise HTTPProblem(400, "give exactly one query parameter")
        return queries[0] if queries else None

    def _asked(params: dict[str, list[str]]) -> list[str]:
        return [v for key in ("format", "output", "results") for v in params.get(key, [])]

    @app.get("/sparql")
    async def sparql_get(request: Request) -> Response:
        params = parse_qs(request.url.query, keep_blank_values=True)
        _dataset_refused(params)
        text = _one_query(params)
        if text is None:
            try:
                await list_named_graphs()
            except CivicError as exc:
                raise _problem(exc) from None
            return service_description(request, params)
        return await answer(text, request.headers.get("accept"), _asked(params))

    @app.post("/sparql")
    async def sparql_post(request: Request) -> Response:
        params = parse_qs(request.url.query, keep_blank_values=True)
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        body = (await request.body()).decode("utf-8", errors="replace")
        if kind == "application/sparql-update":
            raise HTTPProblem(403, "this endpoint is read-only: SPARQL Update requests are refused")
        if kind == "application/x-www-form-urlencoded":
            params = {**params, **parse_qs(body, keep_blank_values=True)}
            _dataset_refused(params)
            text = _one_query(params)
            if text is None:
                raise HTTPProblem(400, "the form has no query parameter")
        elif kind == "application/sparql-query":
            _dataset_refused(params)
            if params.get("query"):
                raise HTTPProblem(400, "give the query either in the body or as a parameter, not both")
            text = body
        else:
            raise HTTPProblem(415, f"POST a query as application/x-www-form-urlencoded or application/sparql-query, "
                                   f"not {kind or 'an untyped body'}")
        return await answer(text, request.headers.get("accept"), _asked(params))

    named_graphs: list[str] = []

    async def list_named_graphs() -> None:
        if not named_graphs:
            found = await run_in_threadpool(pool.run, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }", "json")
            names = {b["g"]["value"] for b in json.loads(found.body)["results"]["bindings"]}
            named_graphs.extend(sorted(names))

    def service_description(request: Request, params: dict[str, list[str]]) -> Response:
        endpoint = str(request.url.replace(query=""))
        template = Template((TEMPLATES / "service-description.ttl").read_text(encoding="utf-8"))
        text = template.substitute(endpoint=endpoint, timeout=f"{settings.timeout:g}", max_rows=settings.max_rows,
                                   engine=settings.engine, quads=pool.quads)
        graph = bind_prefixes(Graph()).parse(data=text, format="turtle")
        graph.bind("sd", SD)
        dataset = next(graph.objects(None, SD.defaultDataset))
        for name in named_graphs:
            described = BNode()
            graph.add((dataset, SD.namedGraph, described))
            graph.add((described, SD.name, URIRef(name)))
        accept = request.headers.get("accept") or ""
        if not _asked(params) and _accepted(accept)[:1] == ["text/html"]:
            # a person following the link from the query page: Turtle, shown rather than downloaded
            return PlainTextResponse(graph.serialize(format="turtle"))
        fmt = negotiate(accept, True, _asked(params))
        rdflib_format = {"ttl": "turtle", "jsonld": "json-ld", "nt": "nt11", "rdfxml": "pretty-xml"}[fmt]
        return Response(graph.serialize(format=rdflib_format), media_type=_media_type(fmt))

    @app.get("/queries")
    async def queries() -> JSONResponse:
        library = querylib.load(project)
        return JSONResponse({"prefixes": {p: str(ns) for p, ns in sorted(PREFIXES.items())},
                             "limits": {"timeout": settings.timeout, "max_rows": settings.max_rows},
                             "queries": [q.as_dict() for q in library.values()]})

    async def describe(iri: str) -> HTMLResponse:
        text = entity_query.sparql(entity=f"<{iri}>")
        try:
            found = await run_in_threadpool(lambda: pool.run(text, "json", max_rows=PAGE_ROWS))
        except CivicError as exc:
            raise _problem(exc) from None
        rows = [{k: v["value"] for k, v in b.items()} for b in json.loads(found.body)["results"]["bindings"]]
        if not rows:
            raise HTTPProblem(404, f"nothing is known about <{iri}>")
        page = pages.get_template("entity.html").render(iri=iri, curie=curie, rows=rows, **_summary(rows),
                                                        link=_link, quote=quote)
        return HTMLResponse(page)

    @app.get("/entity/{entity_id}")
    async def entity(entity_id: str) -> HTMLResponse:
        if not _ENTITY_ID.match(entity_id):
            raise HTTPProblem(404, f"{entity_id!r} is not an entity id")
        return await describe(str(CID[entity_id]))

    @app.get("/resource")
    async def resource(iri: str) -> HTMLResponse:
        if not re.match(r"^[a-z][a-z0-9+.-]*:[^\s<>\"{}|\\^`]*$", iri, re.IGNORECASE):
            raise HTTPProblem(400, f"{iri!r} is not an IRI")
        return await describe(iri)

    @app.get("/")
    async def index() -> HTMLResponse:
        return HTMLResponse((STATIC / "query.html").read_text(encoding="utf-8"))

    return app


def _link(iri: str) -> str:
    """Where the page for ``iri`` is: /entity/<id> for civickg entities, /resource?iri=… for the rest."""
    if iri.startswith(str(CID)) and _ENTITY_ID.match(iri[len(str(CID)):]):
        return f"/entity/{iri[len(str(CID)):]}"
    return f"/resource?iri={quote(iri, safe='')}"


def _summary(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Labels, classes and notes of the entity, taken from its outgoing description rows."""
    labels = {r.get("valueLang", ""): r["value"] for r in rows
              if r["direction"] == "out" and r["property"].endswith("rdf-schema#label")}
    classes = sorted({r.get("valueLabel") or curie(r["value"]) for r in rows
                      if r["direction"] == "out" and r["property"].endswith("22-rdf-syntax-ns#type")})
    return {"label_zh": labels.get("zh", ""), "label_en": labels.get("en", ""), "classes": classes}


def serve(settings: ServerSettings, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the server until interrupted."""
    import uvicorn

    uvicorn.run(create_app(settings), host=host, port=port, log_level="info", access_log=True)


__all__ = ["ServerSettings", "create_app", "negotiate", "serve"]
