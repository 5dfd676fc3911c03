"""The rdflib engine: a Dataset in memory, the reference the other engines are compared with."""

from __future__ import annotations

import re
from pathlib import Path

import rdflib.plugins.sparql
from pyparsing import ParseBaseException
from rdflib import Dataset, Graph, URIRef

from civickg.errors import QueryError, QuerySyntaxError
from civickg.namespaces import PREFIXES, bind_prefixes
from civickg.sparql.results import QueryResult, plain
from civickg.stores.base import ONTOLOGY_GRAPH, Store, StoreSources, capped, is_build_graph

# rdflib would otherwise fetch any FROM <url> it does not hold: a query must never reach the network.
rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS = False

_PYPARSING_WHERE = re.compile(r"\s*\(at char \d+\),?\s*\(line:\d+, col:\d+\)\s*$")


class MemoryStore(Store):
    """rdflib's Dataset in memory; the default graph is the union of the named graphs."""

    engine = "memory"

    def __init__(self, dataset: Dataset) -> None:
        self.dataset = dataset

    @classmethod
    def open(cls, sources: StoreSources, *, path: Path | None = None, read_only: bool = False) -> MemoryStore:
        if path is not None:
            raise QueryError("the memory store has no on-disk form", hint="use --store oxigraph with a path")
        dataset = bind_prefixes(Dataset(default_union=True))
        dataset.parse(sources.dataset, format="trig")
        dataset.graph(ONTOLOGY_GRAPH).parse(sources.ontology, format="turtle")
        for path, graph in sources.extras:
            try:
                dataset.graph(URIRef(graph)).parse(path, format="turtle")
            except Exception as exc:  # rdflib's parsers raise several kinds
                raise QueryError(f"{path} is not valid Turtle: {' '.join(str(exc).split())[:200]}",
                                 hint="include only Turtle files") from None
        return cls(dataset)

    @property
    def description(self) -> str:
        return "rdflib in memory"

    def build_graph(self) -> Graph:
        """The build's graphs (as build-graph.rq selects them), merged straight from the dataset."""
        graph = bind_prefixes(Graph())
        for named in self.dataset.graphs():
            if is_build_graph(named.identifier):
                for triple in named:
                    graph.add(triple)
        return graph

    def __len__(self) -> int:
        return sum(len(g) for g in self.dataset.graphs())

    def _run(self, text: str, form: str | None, max_rows: int | None, file: Path | str | None) -> QueryResult:
        try:
            answer = self.dataset.query(text, initNs=PREFIXES)
            kind = str(answer.type)
            if kind == "ASK":
                return QueryResult("ASK", boolean=bool(answer.askAnswer))
            if kind in ("CONSTRUCT", "DESCRIBE"):
                graph = bind_prefixes(Graph())
                for triple in capped(answer.graph or (), max_rows, "triples"):
                    graph.add(tuple(plain(t) for t in triple))  # type: ignore[arg-type]
                return QueryResult(kind, graph=graph)
            variables = tuple(str(v) for v in answer.vars or ())
            rows = capped(answer, max_rows, "rows")
            return QueryResult("SELECT", variables, [tuple(plain(t) for t in row) for row in rows])  # type: ignore[union-attr]
        except ParseBaseException as exc:
            message = _PYPARSING_WHERE.sub("", str(exc)).strip()
            raise QuerySyntaxError(message, line=exc.lineno, column=exc.col, file=file) from None
        except QueryError:
            raise
        except Exception as exc:  # rdflib raises bare Exceptions for semantic errors
            raise QueryError(f"rdflib could not run the query: {exc}", file=file) from None
