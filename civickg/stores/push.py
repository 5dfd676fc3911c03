"""Load a build into any SPARQL 1.1 server through the Graph Store HTTP Protocol.

Each graph of the build is REPLACED whole with an HTTP PUT of its N-Triples: one graph per article
(``https://civickg.org/graph/<article>``), the corpus graph, and the ontology
(``https://civickg.org/graph/ontology``). Then the manifest graph (``https://civickg.org/graph/manifest``)
is replaced with the list of graphs pushed, and graphs an earlier push listed that the build no longer
has are deleted. Pushing twice leaves the same content; the remote store reads the manifest to know
which graphs are civickg's.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import httpx
import pyoxigraph as ox
from rdflib.namespace import DCTERMS, VOID, XSD

from civickg.errors import CivicError
from civickg.namespaces import GRAPH
from civickg.stores.remote import MANIFEST_GRAPH, Connection, EndpointError, public_url, pushed_graphs

ONTOLOGY_GRAPH = str(GRAPH["ontology"])
NTRIPLES = "application/n-triples"
PUSH_TIMEOUT = 300.0  # seconds per request: a large article graph on a busy server takes a while

#: Where each server keeps its Graph Store, from its SPARQL endpoint URL, by the start of its Server header.
#: Each entry maps the endpoint path's last segment (or "" for any) to the graph store path replacing it.
GRAPH_STORES: dict[str, tuple[str, str]] = {
    "Oxigraph/": ("query", "store"),
    "Virtuoso/": ("sparql", "sparql-graph-crud-auth"),
    "Apache Jena Fuseki": ("", "data"),
}


class PushFailed(CivicError):
    """A push stopped part way; ``report`` says which graphs were replaced and which were not."""

    def __init__(self, message: str, report: PushReport | None = None, *, hint: str | None = None) -> None:
        self.report = report
        super().__init__(message, hint=hint)


@dataclass(frozen=True)
class GraphBody:
    """One graph of the build, serialized for the PUT."""

    name: str
    body: bytes
    triples: int


@dataclass
class PushReport:
    """What a push did: graphs replaced (with their triple counts), deleted, and left as they were."""

    endpoint: str
    graph_store: str
    server: str = ""
    replaced: dict[str, int] = field(default_factory=dict)
    deleted: list[str] = field(default_factory=list)
    failed: str | None = None
    not_replaced: list[str] = field(default_factory=list)

    @property
    def triples(self) -> int:
        return sum(self.replaced.values())

    def summary(self) -> str:
        """One line for the CLI."""
        done = f"replaced {len(self.replaced)} graphs ({self.triples:,} triples) at {public_url(self.graph_store)}"
        if self.deleted:
            done += f", deleted {len(self.deleted)} stale graphs"
        if self.failed:
            done += f"; NOT replaced: {', '.join(self.not_replaced)}"
        return done


def build_graphs(dataset: Path | str, ontology: Path | str) -> list[GraphBody]:
    """The build's graphs in push order (article graphs, the corpus graph, then the ontology), as N-Triples."""
    dataset, ontology = Path(dataset), Path(ontology)
    for path in (dataset, ontology):
        if not path.is_file():
            raise CivicError(f"{path} does not exist", hint="run `civickg build` first")
    by_graph: dict[str, list[ox.Triple]] = {}
    try:
        for quad in ox.parse(path=str(dataset), format=ox.RdfFormat.TRIG):
            if isinstance(quad.graph_name, ox.DefaultGraph):
                raise CivicError("the dataset has triples outside any named graph", file=dataset,
                                 hint="every triple of a build belongs to an article, corpus or ontology graph")
            by_graph.setdefault(quad.graph_name.value, []).append(quad.triple)
        by_graph.setdefault(ONTOLOGY_GRAPH, []).extend(ox.parse(path=str(ontology), format=ox.RdfFormat.TURTLE))
    except SyntaxError as exc:
        raise CivicError(f"cannot read the build ({' '.join(str(exc).split())})", file=dataset,
                         hint="run `civickg build` again") from None
    order = sorted(by_graph, key=lambda g: (g == ONTOLOGY_GRAPH, g == str(GRAPH["corpus"]), g))
    return [_body(name, by_graph[name]) for name in order]


def _body(name: str, triples: list[ox.Triple]) -> GraphBody:
    text = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
    lines = sorted(set(text.splitlines(keepends=True)))  # one line per triple; sorted for readable bodies
    return GraphBody(name, b"".join(lines), len(lines))


def manifest_body(graphs: list[GraphBody]) -> GraphBody:
    """The manifest graph: ``<manifest> dcterms:hasPart <graph>`` and each graph's ``void:triples``."""
    m = ox.NamedNode(str(MANIFEST_GRAPH))
    triples = []
    for g in graphs:
        node = ox.NamedNode(g.name)
        triples.append(ox.Triple(m, ox.NamedNode(str(DCTERMS.hasPart)), node))
        triples.append(ox.Triple(node, ox.NamedNode(str(VOID.triples)),
                                 ox.Literal(str(g.triples), datatype=ox.NamedNode(str(XSD.integer)))))
    return _body(str(MANIFEST_GRAPH), triples)


def graph_store_for(endpoint: str, server: str) -> str | None:
    """The Graph Store URL next to ``endpoint`` on a server that names itself ``server``, if it is a known one."""
    for prefix, (segment, store) in GRAPH_STORES.items():
        if server.startswith(prefix):
            parts = urlsplit(endpoint)
            head, _, last = parts.path.rstrip("/").rpartition("/")
            if segment and last != segment:
                return None
            return urlunsplit((parts.scheme, parts.netloc, f"{head}/{store}", "", ""))
    return None


def push(url: str, dataset_trig_path: Path | str, ontology_path: Path | str, *, graph_store_url: str | None = None,
         auth: httpx.Auth | str | None = "configured", timeout: float = PUSH_TIMEOUT,
         environ: Mapping[str, str] | None = None, progress: Callable[[str], None] | None = None) -> PushReport:
    """Replace the build's graphs on the server whose SPARQL endpoint is ``url``; delete graphs it no longer has.

    ``graph_store_url`` is the server's Graph Store endpoint (found from the Server header for Oxigraph,
    Virtuoso and Fuseki when not given). ``auth`` is "configured" (credentials from CIVICKG_SPARQL_USER /
    CIVICKG_SPARQL_PASSWORD or the netrc file), None, or an httpx auth. ``progress`` gets a line per graph.
    Raises PushFailed (with the report) when a graph cannot be replaced.
    """
    graphs = build_graphs(dataset_trig_path, ontology_path)
    say = progress or (lambda _line: None)
    connection = Connection(url, timeout=timeout, environ=environ, auth=auth)
    try:
        before, server = pushed_graphs(connection, url)
        store = graph_store_url or graph_store_for(url, server)
        if store is None:
            raise CivicError(f"cannot tell where the Graph Store of {public_url(url)} is "
                             f"({server.split()[0] if server else 'the server does not name itself'})",
                             hint="give its URL with --graph-store (see docs/remote.md)")
        report = PushReport(url, store, server)
        pending = [*graphs, manifest_body(graphs)]  # the manifest last: it lists only what is in place
        for i, graph in enumerate(pending):
            try:
                connection.send("PUT", store, what=f"the graph {graph.name}", params={"graph": graph.name},
                                content=graph.body, headers={"Content-Type": NTRIPLES})
            except CivicError as exc:
                report.failed = graph.name
                report.not_replaced = [g.name for g in pending[i:]]
                raise PushFailed(f"push stopped at {graph.name}: {exc.render()}; replaced {i} of {len(pending)} "
                                 f"graphs, not replaced: {', '.join(report.not_replaced)}", report) from None
            if graph.name == str(MANIFEST_GRAPH):
                say(f"listed {len(graphs)} graphs in {graph.name}")
            else:
                report.replaced[graph.name] = graph.triples
                say(f"replaced {graph.name} ({graph.triples:,} triples)")
        for stale in sorted(set(before) - {g.name for g in graphs}):
            try:
                connection.send("DELETE", store, what=f"the deletion of {stale}", params={"graph": stale})
            except EndpointError as exc:
                if exc.status != 404:  # already gone is what was wanted
                    raise PushFailed(f"the build's graphs were replaced, but the stale graph {stale} could not be "
                                     f"deleted: {exc.render()}", report) from None
            report.deleted.append(stale)
            say(f"deleted {stale} (no longer in the build)")
        return report
    finally:
        connection.close()
