"""The SPARQL 1.1 Protocol side of the endpoint: reading a request's query, content negotiation, errors."""

from __future__ import annotations

from urllib.parse import unquote_to_bytes

from starlette.requests import Request

from civickg.errors import (
    CivicError,
    QuerySyntaxError,
    QueryTimeout,
    RowLimitExceeded,
    UnsupportedQuery,
    UpdateRefused,
)
from civickg.server.pool import PoolBusy, WorkerFailed
from civickg.sparql.results import FORMATS, find_format

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


class HTTPProblem(Exception):
    """An error answer: status, a one-line message, and extra headers."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


def problem(exc: CivicError) -> HTTPProblem:
    """The HTTP answer to a civickg error: its status by kind, its one-line message."""
    status = next((code for cls, code in STATUS.items() if isinstance(exc, cls)), 400)
    headers = {"Retry-After": "1"} if isinstance(exc, PoolBusy) else None
    return HTTPProblem(status, exc.render(), headers)


def accepted(header: str) -> list[str]:
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
    for media in accepted(accept):
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


def media_type(name: str) -> str:
    """The Content-Type of a result format, with a charset where the type takes one."""
    media = FORMATS[name].media_type
    return f"{media}; charset=utf-8" if not media.endswith("+xml") and media != "application/rdf+xml" else media


def refuse_dataset(params: dict[str, list[str]]) -> None:
    """A request may not choose its own dataset: the default graph is always the union."""
    for key in ("default-graph-uri", "named-graph-uri"):
        if params.get(key):
            raise HTTPProblem(400, f"{key} is not supported: the default graph is always the union of all "
                                   "article graphs and the ontology; use GRAPH or FROM in the query instead")


def one_query(params: dict[str, list[str]]) -> str | None:
    """The request's one ``query`` parameter (None when it has none); an ``update`` is refused."""
    if params.get("update"):
        raise HTTPProblem(403, "this endpoint is read-only: SPARQL Update requests are refused")
    queries = params.get("query", [])
    if len(queries) > 1:
        raise HTTPProblem(400, "give exactly one query parameter")
    return queries[0] if queries else None


def asked_formats(params: dict[str, list[str]]) -> list[str]:
    """Formats named by ``format``, ``output`` or ``results`` parameters, in order."""
    return [v for key in ("format", "output", "results") for v in params.get(key, [])]


def utf8(raw: bytes, what: str) -> str:
    """``raw`` decoded as UTF-8; 400 with the offending byte's position when it is not UTF-8."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise HTTPProblem(400, f"{what} is not valid UTF-8 (byte 0x{raw[exc.start]:02X} at offset {exc.start}): "
                               "send the query as UTF-8 (percent-encoded in a URL or a form)") from None


def parameters(raw: bytes, what: str) -> dict[str, list[str]]:
    """The parameters of a query string or a form body; every name and value must be UTF-8 once unescaped."""
    params: dict[str, list[str]] = {}
    for field in raw.split(b"&"):
        if not field:
            continue
        key, _, value = field.partition(b"=")
        name = utf8(unquote_to_bytes(key.replace(b"+", b" ")), what)
        params.setdefault(name, []).append(utf8(unquote_to_bytes(value.replace(b"+", b" ")), what))
    return params


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 past ``limit`` bytes: by its Content-Length before reading, and while
    reading a body of unknown length (nothing past the limit is read)."""
    too_large = HTTPProblem(413, f"the request body is larger than {limit:,} bytes, this endpoint's limit "
                                 "(--max-body): send a shorter query")
    declared = request.headers.get("content-length")
    if declared is not None and (not declared.strip().isdigit() or int(declared) > limit):
        if not declared.strip().isdigit():
            raise HTTPProblem(400, f"Content-Length {declared!r} is not a number of bytes")
        raise too_large
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise too_large
        chunks.append(chunk)
    return b"".join(chunks)
