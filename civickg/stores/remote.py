"""A read-only store over any SPARQL 1.1 Protocol endpoint: Oxigraph server, Virtuoso, Fuseki, GraphDB, …

    store = open_remote("http://127.0.0.1:7878/query")
    result = store.query("SELECT ?award WHERE { cid:wang-yong civic:received ?award }")

The answers are the project's QueryResult with rdflib terms, so every output format reads the same as
from the embedded engines. What a query sees is scoped to the graphs ``civickg push`` wrote: a server's
default graph may hold anything (Virtuoso's holds its system graphs), so each request names the pushed
graphs with the protocol's ``default-graph-uri`` (their merge is the default graph, as the union is in
the embedded stores) and ``named-graph-uri`` (for ``GRAPH ?g`` patterns). The list of pushed graphs is
read once, from the manifest graph ``https://civickg.org/graph/manifest`` that push writes last.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit, urlunsplit

import httpx
import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS
from rdflib.term import Node

from civickg.errors import QueryError, QueryTimeout, RowLimitExceeded
from civickg.namespaces import GRAPH, PREFIXES, bind_prefixes
from civickg.sparql import library as querylib
from civickg.sparql.results import QueryResult, plain
from civickg.sparql.text import inspect
from civickg.stores.base import Store, StoreSources, capped, is_build_graph, is_endpoint_url
from civickg.stores.credentials import PASSWORD_VARIABLE, USER_VARIABLE, refuse_userinfo, server_auth
from civickg.stores.oxigraph import oxigraph_syntax_error

MANIFEST_GRAPH = GRAPH["manifest"]
DEFAULT_TIMEOUT = 60.0

RESULTS_JSON = "application/sparql-results+json"
FORM = "application/x-www-form-urlencoded"
GRAPH_TYPES = {"application/n-triples": "nt", "text/plain": "nt", "text/turtle": "turtle",
               "application/x-turtle": "turtle", "application/rdf+xml": "xml", "application/ld+json": "json-ld"}
ACCEPT_GRAPH = "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.8"
ACCEPT = {"SELECT": RESULTS_JSON, "ASK": RESULTS_JSON, "CONSTRUCT": ACCEPT_GRAPH, "DESCRIBE": ACCEPT_GRAPH}

#: Servers known to wait forever for a query POSTed as application/sparql-query: sent as a form instead.
FORM_ONLY_SERVERS = ("Virtuoso/",)

#: How deep a graph is split when read in parts: 16 ** 4 = 65,536 parts at most, each the subjects whose MD5
#: starts with the same 4 hex digits; a part still cut off then holds more per subject than the server sends.
MAX_PART_DEPTH = 4
HEX_DIGITS = "0123456789abcdef"

_PREFIX_IRIS = {p: str(ns) for p, ns in PREFIXES.items()}
_TAGS = re.compile(r"<[^>]+>")


class EndpointError(QueryError):
    """A SPARQL server cannot be reached, refuses the request, or answers something that is not SPARQL."""

    def __init__(self, message: str, *, status: int | None = None, file: Path | str | None = None,
                 hint: str | None = None) -> None:
        self.status = status
        super().__init__(message, file=file, hint=hint)


def public_url(url: str) -> str:
    """``url`` without its query string, for messages."""
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


def _first_line(text: str) -> str:
    for line in _TAGS.sub(" ", text).splitlines():
        line = " ".join(line.split())
        if line:
            return line if len(line) <= 200 else line[:199] + "…"
    return ""


class Connection:
    """HTTP to one server, turning every transport failure and refusal into a one-line EndpointError."""

    def __init__(self, url: str, *, timeout: float = DEFAULT_TIMEOUT, environ: Mapping[str, str] | None = None,
                 auth: httpx.Auth | str | None = "configured") -> None:
        refuse_userinfo(url)
        self.timeout = timeout
        self.auth = server_auth(url, environ) if auth == "configured" else auth
        self.client = httpx.Client(timeout=httpx.Timeout(timeout, connect=min(timeout, 30.0)),
                                   headers={"User-Agent": "civickg"}, follow_redirects=True)

    def close(self) -> None:
        self.client.close()

    def send(self, method: str, url: str, *, what: str, **kwargs: Any) -> httpx.Response:
        """Send a request; a response outside 2xx becomes an EndpointError saying ``what`` failed."""
        where = public_url(url)
        try:
            response = self.client.request(method, url, auth=self.auth or httpx.USE_CLIENT_DEFAULT, **kwargs)
        except httpx.TimeoutException:
            raise QueryTimeout(f"{where} did not answer {what} within {self.timeout:g}s",
                               hint="the server is busy or the request is heavy; raise the timeout") from None
        except httpx.ConnectError as exc:
            reason = "connection refused" if "refused" in str(exc).lower() else _first_line(str(exc)) or "no answer"
            raise EndpointError(f"cannot connect to {where} ({reason})",
                                hint="is the server running, and is the URL right?") from None
        except httpx.HTTPError as exc:
            raise EndpointError(f"{where}: {what} failed ({_first_line(str(exc)) or type(exc).__name__})") from None
        if response.is_success:
            return response
        raise self._refusal(response, where, what)

    def _refusal(self, response: httpx.Response, where: str, what: str) -> EndpointError:
        status = f"{response.status_code} {response.reason_phrase}".strip()
        if response.status_code in (401, 403):
            hint = (f"the credentials were refused; check {USER_VARIABLE} / {PASSWORD_VARIABLE} or ~/.netrc"
                    if self.auth else f"the server wants credentials: set {USER_VARIABLE} and {PASSWORD_VARIABLE}, "
                                      "or add the host to ~/.netrc")
            return EndpointError(f"{where} refused {what} ({status})", status=response.status_code, hint=hint)
        if response.status_code == 404:
            return EndpointError(f"{where} does not exist ({status})", status=404,
                                 hint="is this the server's SPARQL endpoint (or graph store) URL? see docs/remote.md")
        detail = _first_line(response.text)
        return EndpointError(f"{where} refused {what} ({status}{': ' + detail if detail else ''})",
                             status=response.status_code)


def _form(*pairs: tuple[str, str]) -> bytes:
    """A URL-encoded form body; keys may repeat (one ``default-graph-uri`` per graph)."""
    return urlencode(pairs).encode("ascii")


def _term(value: Mapping[str, str]) -> Node:
    kind = value.get("type")
    text = value.get("value", "")
    if kind == "uri":
        return URIRef(text)
    if kind == "bnode":
        return BNode(text)
    if kind in ("literal", "typed-literal"):
        if value.get("xml:lang"):
            return Literal(text, lang=value["xml:lang"])
        datatype = value.get("datatype")
        return plain(Literal(text, datatype=URIRef(datatype) if datatype else None))  # type: ignore[return-value]
    raise ValueError(f"unknown term type {kind!r}")


def _with_prefixes(text: str) -> str:
    """``text`` with PREFIX declarations for the civickg prefixes it uses but does not declare.

    They go in front of the first line, so the server's line numbers still match the text."""
    info = inspect(text)
    used = {t.text.split(":", 1)[0] for t in info.tokens if t.kind == "pname"}
    missing = sorted(p for p in used if p in _PREFIX_IRIS and p not in info.declared)
    return "".join(f"PREFIX {p}: <{_PREFIX_IRIS[p]}> " for p in missing) + text


def _check_syntax(text: str, file: Path | str | None) -> None:
    """Parse with Oxigraph (on an empty store), so a syntax error reads as it does on the embedded engines."""
    try:
        ox.Store().query(text, prefixes=_PREFIX_IRIS)
    except SyntaxError as exc:
        raise oxigraph_syntax_error(exc, file) from None
    except Exception:
        pass


class RemoteStore(Store):
    """A SPARQL 1.1 Protocol endpoint holding what ``civickg push`` wrote; read-only."""

    engine = "remote"

    def __init__(self, endpoint: str, connection: Connection, graphs: Sequence[str], server: str = "") -> None:
        self.endpoint = endpoint
        self.connection = connection
        self.graphs = tuple(graphs)
        self.server = server
        self._direct = not any(server.startswith(s) for s in FORM_ONLY_SERVERS)

    @classmethod
    def open(cls, sources: StoreSources, *, path: Path | None = None, read_only: bool = False) -> RemoteStore:
        raise QueryError("a remote store is opened by its URL, not from the build",
                         hint="give the endpoint URL, e.g. --store http://localhost:7878/query")

    @classmethod
    def connect(cls, url: str, *, timeout: float = DEFAULT_TIMEOUT, environ: Mapping[str, str] | None = None,
                auth: httpx.Auth | str | None = "configured") -> RemoteStore:
        """Connect to the endpoint at ``url`` and read which graphs civickg pushed there."""
        connection = Connection(url, timeout=timeout, environ=environ, auth=auth)
        try:
            graphs, server = pushed_graphs(connection, url)
        except BaseException:
            connection.close()
            raise
        if not graphs:
            connection.close()
            raise EndpointError(f"{public_url(url)} holds no graphs pushed by civickg",
                                hint=f"run `civickg push {public_url(url)}` first")
        return cls(url, connection, graphs, server)

    @property
    def description(self) -> str:
        server = f", {self.server.split()[0]}" if self.server else ""
        return f"SPARQL endpoint {public_url(self.endpoint)} ({len(self.graphs)} graphs{server})"

    def __len__(self) -> int:
        result = self._request("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", "SELECT", None, None,
                               default_graphs=False)
        return int(result.rows[0][0]) if result.rows and result.rows[0][0] is not None else 0

    def close(self) -> None:
        self.connection.close()

    def build_graph(self) -> Graph:
        """The build's graphs (as build-graph.rq selects them), read one by one, each in parts when the server
        cuts its answer off (Virtuoso's ResultSetMaxRows, which it applies to a CONSTRUCT without a sign)."""
        graph = bind_prefixes(Graph())
        for name in self.graphs:
            if is_build_graph(URIRef(name)):
                self._read_part(name, "", graph)
        return graph

    def _read_part(self, name: str, part: str, into: Graph) -> int:
        """Add to ``into`` the triples of graph ``name`` whose subject's MD5 starts with ``part``; their number.

        The server counts the part first; an answer with fewer triples was cut off, so the part is read again
        as its 16 sub-parts (civickg/sparql/graph-part.rq)."""
        bound = {"graph": f"<{name}>", "part": f'"{part}"'}
        [(size,)] = self.query(_packaged("graph-part-size").sparql(bound)).rows
        expected = int(size) if size is not None else 0
        if expected == 0:
            return 0
        answer = self.query(_packaged("graph-part").sparql(bound)).graph
        if answer is not None and len(answer) == expected:
            for triple in answer:
                into.add(triple)
            return expected
        if len(part) >= MAX_PART_DEPTH:
            raise RowLimitExceeded(f"{public_url(self.endpoint)} cut off even the smallest part of <{name}> "
                                   f"({expected:,} triples whose subjects' MD5 starts with {part})",
                                   hint="raise the server's limit (Virtuoso: ResultSetMaxRows)")
        found = sum(self._read_part(name, part + digit, into) for digit in HEX_DIGITS)
        if found != expected:
            raise EndpointError(f"{public_url(self.endpoint)}: <{name}> holds {expected:,} triples, but its parts "
                                f"only {found:,}", hint="a graph read in parts must have IRIs for subjects, "
                                                        "not blank nodes; raise the server's limit instead")
        return expected

    def _run(self, text: str, form: str | None, max_rows: int | None, file: Path | str | None) -> QueryResult:
        _check_syntax(text, file)
        return self._request(_with_prefixes(text), form, max_rows, file)

    def _request(self, text: str, form: str | None, max_rows: int | None, file: Path | str | None, *,
                 default_graphs: bool = True) -> QueryResult:
        accept = ACCEPT.get(form or "", f"{RESULTS_JSON}, {ACCEPT_GRAPH}")
        dataset = [("named-graph-uri", g) for g in self.graphs]
        if default_graphs:
            dataset = [("default-graph-uri", g) for g in self.graphs] + dataset
        if self._direct:
            try:
                response = self.connection.send(
                    "POST", self.endpoint, what="the query", params=dataset, content=text.encode("utf-8"),
                    headers={"Content-Type": "application/sparql-query; charset=utf-8", "Accept": accept})
                return read_answer(response, form, max_rows, file)
            except EndpointError as exc:
                if exc.status not in (400, 405, 415):
                    raise
        response = self.connection.send("POST", self.endpoint, what="the query",
                                        content=_form(("query", text), *dataset),
                                        headers={"Content-Type": FORM, "Accept": accept})
        self._direct = False  # the form worked where the direct POST did not: keep to forms
        return read_answer(response, form, max_rows, file)


@functools.cache
def _packaged(name: str) -> querylib.CompetencyQuestion:
    """A query the remote store runs, shipped in civickg/sparql/, with its parameters."""
    return querylib.parse(Path(str(resources.files("civickg.sparql").joinpath(f"{name}.rq"))))


def read_answer(response: httpx.Response, form: str | None, max_rows: int | None,
                file: Path | str | None = None) -> QueryResult:
    """A SPARQL answer (JSON results, or an RDF graph) as a QueryResult; anything else is an EndpointError."""
    where = public_url(str(response.request.url))
    media = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if media in (RESULTS_JSON, "application/json"):
        try:
            return _from_json(response.json(), form, max_rows, response.headers)
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise EndpointError(f"{where} answered malformed SPARQL JSON results ({exc})", file=file) from None
    if media in GRAPH_TYPES:
        graph = bind_prefixes(Graph())
        try:
            parsed = Graph().parse(data=response.text, format=GRAPH_TYPES[media])
        except Exception as exc:
            raise EndpointError(f"{where} answered {media} that does not parse ({_first_line(str(exc))})",
                                file=file) from None
        for triple in capped(parsed, max_rows, "triples"):
            graph.add(tuple(plain(t) for t in triple))  # type: ignore[arg-type]
        return QueryResult(form if form in ("CONSTRUCT", "DESCRIBE") else "CONSTRUCT", graph=graph)
    raise EndpointError(f"{where} answered {media or 'no content type'}, not SPARQL results",
                        file=file, hint="is this the server's SPARQL endpoint URL? see docs/remote.md")


def _from_json(doc: dict[str, Any], form: str | None, max_rows: int | None,
               headers: httpx.Headers) -> QueryResult:
    if "boolean" in doc:
        return QueryResult("ASK", boolean=bool(doc["boolean"]))
    variables = tuple(doc["head"].get("vars", ()))
    bindings = doc["results"]["bindings"]
    if form == "ASK" and variables == ("__ASK_RETVAL",):  # Virtuoso 7 answers ASK as a one-column SELECT
        return QueryResult("ASK", boolean=bool(bindings) and bindings[0]["__ASK_RETVAL"]["value"] not in ("0", ""))
    cap = headers.get("x-sparql-maxrows")
    if cap and cap.isdigit() and len(bindings) >= int(cap):
        raise RowLimitExceeded(f"the server cut the answer off at {int(cap):,} rows",
                               hint="add LIMIT and OFFSET to page through it, or raise the server's limit "
                                    "(Virtuoso: ResultSetMaxRows)")
    rows = capped(bindings, max_rows, "rows")
    return QueryResult("SELECT", variables,
                       [tuple(_term(b[v]) if v in b else None for v in variables) for b in rows])


def pushed_graphs(connection: Connection, url: str) -> tuple[list[str], str]:
    """The graphs listed in the manifest at ``url`` (empty when nothing was pushed) and the server's name."""
    text = f"SELECT ?graph WHERE {{ GRAPH <{MANIFEST_GRAPH}> {{ <{MANIFEST_GRAPH}> <{DCTERMS.hasPart}> ?graph }} }}"
    response = connection.send("POST", url, what="the query for the pushed graphs", content=_form(("query", text)),
                               headers={"Content-Type": FORM, "Accept": RESULTS_JSON})
    result = read_answer(response, "SELECT", None)
    if result.form != "SELECT":
        raise EndpointError(f"{public_url(url)} answered the query for the pushed graphs with a {result.form}")
    graphs = sorted(str(row[0]) for row in result.rows if isinstance(row[0], URIRef))
    return graphs, response.headers.get("server", "")


def open_remote(url: str, *, timeout: float = DEFAULT_TIMEOUT, environ: Mapping[str, str] | None = None) -> RemoteStore:
    """A read-only store over the SPARQL endpoint at ``url`` (credentials from the environment or ~/.netrc)."""
    return RemoteStore.connect(url, timeout=timeout, environ=environ)


__all__ = ["MANIFEST_GRAPH", "Connection", "EndpointError", "RemoteStore", "is_endpoint_url", "open_remote",
           "pushed_graphs", "read_answer"]
